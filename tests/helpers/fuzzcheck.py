"""What the fuzz test checks on each stored message, without Qt: the reader's part and
the reply and forward drafts. :func:`check_rows` runs in worker processes too (it opens
the store read-only), so the 10,000 messages are read on every CPU there is."""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from threadline.core.addresses import Address
from threadline.core.links import is_deceptive, shown_host, target_host
from threadline.core.parse import body_text, html_only_body, inline_parts, parse_message
from threadline.core.reply import (
    MAX_IN_REPLY_TO,
    ReplyMode,
    forward_draft,
    reply_draft,
    writable_id,
)
from threadline.core.sanitize import sanitize_html
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.store.models import StoredMessage

ME = Address("me@example.org", "Me")

#: What sanitized HTML may never hold, whatever came in.
FORBIDDEN_TAGS = frozenset(
    {"script", "style", "iframe", "object", "embed", "base", "meta", "link", "form", "input",
     "svg", "math", "title", "template"}
)  # fmt: skip


class Markup(HTMLParser):
    """What is wrong in sanitized HTML, and its links with their texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> kept")
        for name, value in attrs:
            value = value or ""
            scheme = value.strip().partition(":")[0].lower() if ":" in value else ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name} kept")
            elif name == "href" and scheme not in ("http", "https", "mailto"):
                self.problems.append(f"link to {value[:60]!r} kept")
            elif name == "src" and scheme not in ("cid", "data", "http", "https"):
                self.problems.append(f"image from {value[:60]!r} kept")
            elif name == "style" and any(
                bad in value.lower() for bad in ("url(", "expression(", "@import")
            ):
                self.problems.append(f"style {value[:60]!r} kept")
        if tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text)))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)


def read_like_the_reader(parsed: EmailMessage) -> list[str]:
    """What a message card does with a message's body (ui.thread_view.MessageCard.body),
    and the link check of a click; returns what looks wrong in the sanitized HTML."""
    markup = html_only_body(parsed)
    if markup is None:
        return [] if isinstance(body_text(parsed), str) else ["the body is not text"]
    inline_parts(parsed)
    checker = Markup()
    checker.feed(sanitize_html(markup))
    checker.close()
    for href, text in checker.links:
        is_deceptive(text, href)
        shown_host(text)
        target_host(href)
    return checker.problems


def nameable(message_id: str) -> bool:
    """Whether a reply can name this id (core.reply leaves the others out)."""
    return writable_id(message_id) and len(message_id) <= MAX_IN_REPLY_TO


def check_drafts(parsed: EmailMessage, stored: StoredMessage) -> list[str]:
    """A reply and a forward draft of a stored message; returns what looks wrong."""
    mode = (ReplyMode.SENDER, ReplyMode.ALL)[stored.rowid % 2]
    draft = reply_draft(parsed, ME, mode, own_addresses=[ME.address])
    forward = forward_draft(parsed, ME)
    wrong = []
    named = stored.message_id if stored.has_message_id and nameable(stored.message_id) else None
    if draft.in_reply_to != named:
        wrong.append(f"the reply names {draft.in_reply_to!r}; the store knows the message as "
                     f"{stored.message_id!r}")  # fmt: skip
    if draft.in_reply_to and draft.references[-1:] != [draft.in_reply_to]:
        wrong.append(f"References {draft.references[-2:]} do not end with the parent")
    if not all(nameable(ref) for ref in draft.references):
        wrong.append(f"References hold an id that cannot be written: {draft.references}")
    for text in (draft.subject, forward.subject, draft.thread_topic or ""):
        if "\r" in text or "\n" in text or text.startswith("Re: Re:"):
            wrong.append(f"subject {text[:80]!r}")
    if forward.in_reply_to or forward.references:
        wrong.append("a forward continues the conversation")
    return wrong


@dataclass(frozen=True)
class Finding:
    """Something wrong with one stored message: at which stage, what, which exception."""

    rowid: int
    stage: str  # "reader" or "drafts"
    what: str
    error: str = ""  # the exception's type name, if one escaped


def check_rows(
    store_path: Path, rowids: list[int]
) -> tuple[list[Finding], list[tuple[float, int]]]:
    """Read, reply to and forward each of ``rowids``; the findings, and the time each
    message took (seconds, rowid) for those over a tenth of a second."""
    store = MessageStore(db.connect(store_path, readonly=True))
    findings: list[Finding] = []
    slow: list[tuple[float, int]] = []
    try:
        for rowid in rowids:
            began = time.perf_counter()
            findings.extend(_check_row(store, rowid))
            spent = time.perf_counter() - began
            if spent > 0.1:
                slow.append((spent, rowid))
    finally:
        store.conn.close()
    return findings, slow


def _check_row(store: MessageStore, rowid: int) -> list[Finding]:
    try:
        parsed = parse_message(store.raw(rowid))
        problems = read_like_the_reader(parsed)
    except Exception as error:
        return [Finding(rowid, "reader", f"{type(error).__name__}: {str(error)[:300]}",
                        type(error).__name__)]  # fmt: skip
    found = [Finding(rowid, "reader", f"sanitized HTML: {p}") for p in problems]
    try:
        wrong = check_drafts(parsed, store.message(rowid))
    except Exception as error:
        return [*found, Finding(rowid, "drafts", f"{type(error).__name__}: {str(error)[:300]}",
                                type(error).__name__)]  # fmt: skip
    return found + [Finding(rowid, "drafts", what) for what in wrong]


def main(argv: list[str] | None = None) -> int:
    """Make fuzzed messages again and run them through the checks with full tracebacks:
    ``.venv/bin/python tests/helpers/fuzzcheck.py SEED INDEX [INDEX...] [--out FOLDER]``."""
    import argparse
    import tempfile
    import traceback

    from helpers.corpora import CORPORA
    from helpers.fuzzmail import MailFuzzer, load_originals

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("seed", type=int)
    parser.add_argument("index", type=int, nargs="+")
    parser.add_argument("--out", type=Path, help="write each message here as an .eml file")
    args = parser.parse_args(argv)
    fuzzer = MailFuzzer(args.seed, load_originals(CORPORA if CORPORA.is_dir() else None))
    with tempfile.TemporaryDirectory() as scratch:
        store = MessageStore(db.connect(Path(scratch) / "store.sqlite3"))
        for index in args.index:
            fuzzed = fuzzer.message(index)
            print(fuzzed.describe(), f"{len(fuzzed.raw)} bytes")
            if args.out:
                print("  written to", fuzzed.save(args.out))
            try:
                rowid = store.add_message(fuzzed.raw).rowid
                parsed = parse_message(fuzzed.raw)
                print("  reader:", read_like_the_reader(parsed) or "fine")
                print("  drafts:", check_drafts(parsed, store.message(rowid)) or "fine")
            except Exception:
                traceback.print_exc()
    return 0


if __name__ == "__main__":
    import sys

    sys.path[:0] = [str(Path(__file__).resolve().parents[1])]  # tests/, for helpers
    sys.exit(main())
