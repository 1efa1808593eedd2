"""Drafts saved while the user writes, so a crash or a closed window loses nothing.

One JSON file per draft in the profile's ``drafts`` folder, written atomically (a temp
file renamed over the old one). Qt-free: the composer calls :func:`save_draft` a moment
after each edit and :func:`delete_draft` once the message is in the outbox.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft


@dataclass
class SavedDraft:
    """A draft on disk: the message so far, and which conversation it replies in."""

    draft_id: str
    draft: Draft
    reply_thread_id: int | None = None
    reply_subject: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def new_draft_id() -> str:
    """A fresh draft id (also the file name)."""
    return uuid.uuid4().hex


def _address(value: dict[str, str]) -> Address:
    return Address(value["address"], value.get("name", ""))


def _encode(saved: SavedDraft) -> dict[str, Any]:
    d = saved.draft
    return {
        "id": saved.draft_id,
        "reply_thread_id": saved.reply_thread_id,
        "reply_subject": saved.reply_subject,
        "sender": {"address": d.sender.address, "name": d.sender.name},
        "to": [{"address": a.address, "name": a.name} for a in d.to],
        "cc": [{"address": a.address, "name": a.name} for a in d.cc],
        "bcc": [{"address": a.address, "name": a.name} for a in d.bcc],
        "subject": d.subject,
        "body": d.body,
        "attachments": [
            {
                "filename": a.filename,
                "type": a.content_type,
                "data": base64.b64encode(a.data).decode("ascii"),
            }
            for a in d.attachments
        ],
        "in_reply_to": d.in_reply_to,
        "references": d.references,
        "thread_topic": d.thread_topic,
        "thread_index": d.thread_index,
    }


def _decode(data: dict[str, Any]) -> SavedDraft:
    draft = Draft(
        sender=_address(data["sender"]),
        to=[_address(a) for a in data["to"]],
        cc=[_address(a) for a in data["cc"]],
        bcc=[_address(a) for a in data["bcc"]],
        subject=data["subject"],
        body=data["body"],
        attachments=[
            Attachment(a["filename"], base64.b64decode(a["data"]), a["type"])
            for a in data["attachments"]
        ],
        in_reply_to=data["in_reply_to"],
        references=list(data["references"]),
        thread_topic=data["thread_topic"],
        thread_index=data["thread_index"],
    )
    return SavedDraft(data["id"], draft, data["reply_thread_id"], data["reply_subject"])


def save_draft(folder: Path, saved: SavedDraft) -> Path:
    """Write a draft atomically; returns its file."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{saved.draft_id}.json"
    temporary = target.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        json.dump(_encode(saved), out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    temporary.replace(target)
    return target


def load_drafts(folder: Path) -> list[SavedDraft]:
    """Every readable draft, oldest first (unreadable files are left alone)."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime):
        try:
            found.append(_decode(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def delete_draft(folder: Path, draft_id: str) -> None:
    """Forget a draft (sent, or discarded)."""
    (folder / f"{draft_id}.json").unlink(missing_ok=True)
