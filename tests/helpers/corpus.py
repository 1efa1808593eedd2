"""Generated mail corpora with random thread shapes, and notmuch as a threading oracle."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from helpers.mail import make_raw

WORDS = (
    "budget",
    "plan",
    "release",
    "meeting",
    "invoice",
    "report",
    "deploy",
    "review",
    "patch",
    "design",
    "question",
    "server",
    "outage",
    "ticket",
    "customer",
    "schedule",
    "draft",
    "notes",
    "agenda",
    "quarterly",
    "numbers",
)


_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "da", "fe", "gu", "po", "qui")
#: A Zipf-like vocabulary of made-up words for bodies, so search hits are realistic.
VOCABULARY = [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES]
_VOCABULARY_WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


@dataclass(frozen=True)
class GeneratedCorpus:
    """Raw messages in arrival order, and which were left out (missing parents)."""

    messages: list[bytes]
    missing: set[str]


def generate_corpus(count: int, seed: int, *, body_size: int = 300) -> GeneratedCorpus:
    """``count`` messages in random threads, arriving out of order, some parents missing.

    Replies carry full References (most), only In-Reply-To, or a trimmed References
    (root and parent), as real clients do.
    """
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    ids: list[str] = []
    chains: dict[str, list[str]] = {}
    messages: dict[str, bytes] = {}
    for n in range(count):
        msgid = f"gen{seed}.{n}@corpus.example"
        if ids and rng.random() < 0.75:
            parent = rng.choice(ids[-200:])
            chain = [*chains[parent], parent]
        else:
            chain = []
        style = rng.random()
        if not chain:
            refs, irt = None, None
        elif style < 0.8:
            refs, irt = chain, chain[-1]
        elif style < 0.9:
            refs, irt = None, chain[-1]
        else:
            refs, irt = [chain[0], chain[-1]] if len(chain) > 1 else chain, chain[-1]
        subject = " ".join(rng.choice(WORDS) for _ in range(3))
        size = rng.randint(body_size // 2, body_size * 3 // 2)
        body = " ".join(rng.choices(VOCABULARY, _VOCABULARY_WEIGHTS, k=size // 7))
        when = start + timedelta(minutes=n * 7 + rng.randint(0, 5))
        messages[msgid] = make_raw(
            msgid,
            subject=("Re: " if chain else "") + subject,
            sender=f"User {n % 37} <user{n % 37}@corpus.example>",
            in_reply_to=irt,
            references=refs,
            date=format_datetime(when),
            body=body,
        )
        ids.append(msgid)
        chains[msgid] = chain
    missing = {i for i in ids if rng.random() < 0.05}
    arrived = [messages[i] for i in ids if i not in missing]
    rng.shuffle(arrived)
    return GeneratedCorpus(arrived, missing)


def write_maildir(root: Path, messages: Iterable[bytes]) -> Path:
    """Write messages into a new Maildir at ``root``; returns ``root``."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(messages):
        (root / "cur" / f"{n:07d}.threadline:2,S").write_bytes(raw)
    return root


def require_notmuch() -> str:
    """The notmuch binary; skip without it (a failure in CI, where it must be installed)."""
    binary = shutil.which("notmuch")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("notmuch is not installed in CI (.ci/system-deps installs it)")
        pytest.skip("notmuch is not installed")
    return binary


def notmuch_threads(maildir: Path, scratch: Path) -> set[frozenset[str]]:
    """Index ``maildir`` with notmuch and return its threads as sets of Message-IDs."""
    binary = require_notmuch()
    config = scratch / "notmuch-config"
    config.write_text(
        f"[database]\npath={maildir}\n[user]\nname=Test\nprimary_email=test@example.test\n"
        "[new]\ntags=new;\n[maildir]\nsynchronize_flags=false\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NOTMUCH_CONFIG": str(config)}
    subprocess.run(
        [binary, "new", "--quiet"], check=True, env=env, capture_output=True, timeout=600
    )
    shown = subprocess.run(
        [binary, "show", "--format=json", "--body=false", "*"],
        check=True,
        env=env,
        capture_output=True,
        timeout=600,
    )
    threads: set[frozenset[str]] = set()
    for thread in json.loads(shown.stdout):
        found: set[str] = set()
        _collect_ids(thread, found)
        threads.add(frozenset(found))
    return threads


def _collect_ids(node: object, found: set[str]) -> None:
    if isinstance(node, dict):
        if "id" in node:
            found.add(str(node["id"]))
        return
    if isinstance(node, list):
        for child in node:
            _collect_ids(child, found)
