"""Drafts saved while the user writes, so a crash or a closed window loses nothing.

One JSON file per draft in the profile's ``drafts`` folder, written atomically (a temp
file renamed over the old one) and private to the user (0600). A draft's id is its file
name, 32 lowercase hex digits: never a path, and never taken from inside the file.
Qt-free: the composer calls :func:`save_draft` a moment after each edit and
:func:`delete_draft` once the message is in the outbox.
"""

from __future__ import annotations

import base64
import json
import os
import re
import stat
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


#: Flags that keep ``os.open`` from translating line ends (Windows) or following a link.
_NO_FOLLOW = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
_DRAFT_ID = re.compile(r"[0-9a-f]{32}")


def new_draft_id() -> str:
    """A fresh draft id (also the file name)."""
    return uuid.uuid4().hex


def is_draft_id(value: str) -> bool:
    """Whether ``value`` has the form :func:`new_draft_id` makes (so it names no path)."""
    return _DRAFT_ID.fullmatch(value) is not None


def _draft_file(folder: Path, draft_id: str) -> Path:
    if not is_draft_id(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return folder / f"{draft_id}.json"


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
        "attachments": [_encode_attachment(a) for a in d.attachments],
        "in_reply_to": d.in_reply_to,
        "references": d.references,
        "thread_topic": d.thread_topic,
        "thread_index": d.thread_index,
    }


def _encode_attachment(attachment: Attachment) -> dict[str, Any]:
    """A file attached from disk is saved as its path (read when the message goes);
    other attachments with their bytes."""
    saved: dict[str, Any] = {"filename": attachment.filename, "type": attachment.content_type}
    if attachment.path is not None:
        saved.update(path=str(attachment.path), size=attachment.size)
    else:
        saved["data"] = base64.b64encode(attachment.data).decode("ascii")
    return saved


def _decode_attachment(saved: dict[str, Any]) -> Attachment:
    if "path" in saved:
        return Attachment(saved["filename"], b"", saved["type"], path=Path(saved["path"]),
                          file_size=int(saved.get("size", 0)))  # fmt: skip
    return Attachment(saved["filename"], base64.b64decode(saved["data"]), saved["type"])


def _decode(draft_id: str, data: dict[str, Any]) -> SavedDraft:
    draft = Draft(
        sender=_address(data["sender"]),
        to=[_address(a) for a in data["to"]],
        cc=[_address(a) for a in data["cc"]],
        bcc=[_address(a) for a in data["bcc"]],
        subject=data["subject"],
        body=data["body"],
        attachments=[_decode_attachment(a) for a in data["attachments"]],
        in_reply_to=data["in_reply_to"],
        references=list(data["references"]),
        thread_topic=data["thread_topic"],
        thread_index=data["thread_index"],
    )
    return SavedDraft(draft_id, draft, data["reply_thread_id"], data["reply_subject"])


def save_draft(folder: Path, saved: SavedDraft) -> Path:
    """Write a draft atomically, readable only by the user; returns its file.

    Raises ``ValueError`` for an id :func:`new_draft_id` would not make.
    """
    target = _draft_file(folder, saved.draft_id)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_suffix(".tmp")
    # a leftover temp file (a crash) may be a link or have an old mode: start afresh
    temporary.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW
    with os.fdopen(os.open(temporary, flags, 0o600), "w", encoding="utf-8") as out:
        json.dump(_encode(saved), out, ensure_ascii=False)
        out.flush()
        os.fsync(out.fileno())
    temporary.replace(target)
    return target


def load_drafts(folder: Path) -> list[SavedDraft]:
    """Every readable draft, oldest first (unreadable files are left alone).

    Only regular files named ``<draft id>.json`` count; symbolic links are not followed.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    candidates = []
    for entry in entries:
        draft_id, dot, extension = entry.name.partition(".")
        if extension != "json" or not dot or not is_draft_id(draft_id):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            candidates.append((info.st_mtime, entry.name, draft_id, Path(entry.path)))
    found = []
    for _mtime, _name, draft_id, path in sorted(candidates):
        try:
            found.append(_decode(draft_id, json.loads(_read_no_follow(path))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def _read_no_follow(path: Path) -> str:
    with os.fdopen(os.open(path, os.O_RDONLY | _NO_FOLLOW), encoding="utf-8") as stream:
        return stream.read()


def delete_draft(folder: Path, draft_id: str) -> None:
    """Forget a draft (sent, or discarded). Raises ``ValueError`` for a malformed id."""
    _draft_file(folder, draft_id).unlink(missing_ok=True)
