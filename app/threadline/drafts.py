"""Drafts saved while the user writes, so a crash or a closed window loses nothing.

One JSON file per draft in the profile's ``drafts`` folder, written atomically (a temp
file renamed over the old one) and private to the user (0600). A draft's id is its file
name, 32 lowercase hex digits: never a path, and never taken from inside the file.

The JSON holds the text only. A file attached from disk is kept as its path (read when
the message goes); bytes that exist nowhere else (a forwarded message's attachments, a
message taken back from the outbox) are written once to ``<id>.parts/<sha256>`` and named
by their digest, so saving a draft again writes the text alone, however large its
attachments. :class:`DraftWriter` does the writing on a thread of its own, in the order
asked. Qt-free.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import stat
import threading
import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft

log = logging.getLogger("threadline.drafts")


@dataclass
class SavedDraft:
    """A draft on disk: the message so far, and which conversation it replies in."""

    draft_id: str
    draft: Draft
    reply_thread_id: int | None = None
    reply_subject: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: When the file was last written (seconds since the epoch; 0 before it was).
    saved_at: float = 0.0


#: Flags that keep ``os.open`` from translating line ends (Windows) or following a link.
_NO_FOLLOW = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
_DRAFT_ID = re.compile(r"[0-9a-f]{32}")
_PART = re.compile(r"[0-9a-f]{64}")


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


def parts_folder(folder: Path, draft_id: str) -> Path:
    """Where a draft's attachment bytes are kept (one file per attachment, by digest)."""
    return _draft_file(folder, draft_id).with_suffix(".parts")


def _address(value: dict[str, str]) -> Address:
    return Address(value["address"], value.get("name", ""))


def _addresses(values: list[Address]) -> list[dict[str, str]]:
    return [{"address": a.address, "name": a.name} for a in values]


class _Parts:
    """A draft's kept bytes while it is written: which parts it uses, hashed once."""

    def __init__(self, place: Path, known: dict[int, tuple[bytes, str]]) -> None:
        self.place = place
        self.known = known  # id(bytes) -> (the bytes, their digest), from earlier saves
        self.hashed: dict[int, tuple[bytes, str]] = {}
        self.names: set[str] = set()

    def keep(self, data: bytes) -> str:
        """The digest naming ``data``, written to the parts folder unless it is there."""
        found = self.known.get(id(data))
        digest = found[1] if found is not None and found[0] is data else ""
        if not digest:
            digest = hashlib.sha256(data).hexdigest()
        self.hashed[id(data)] = (data, digest)
        self.names.add(digest)
        target = self.place / digest
        if not target.is_file():
            _private_folder(self.place)
            _write_atomically(target, lambda out: out.write(data))
        return digest

    def name_of(self, path: Path) -> str | None:
        """The part ``path`` is, when it is one of this draft's (a draft read from disk)."""
        inside = os.path.abspath(path.parent) == os.path.abspath(self.place)
        if inside and _PART.fullmatch(path.name):
            self.names.add(path.name)
            return path.name
        return None


def _encode(saved: SavedDraft, parts: _Parts) -> dict[str, Any]:
    d = saved.draft
    return {
        "id": saved.draft_id,
        "reply_thread_id": saved.reply_thread_id,
        "reply_subject": saved.reply_subject,
        "sender": {"address": d.sender.address, "name": d.sender.name},
        "to": _addresses(d.to),
        "cc": _addresses(d.cc),
        "bcc": _addresses(d.bcc),
        "subject": d.subject,
        "body": d.body,
        "attachments": [_encode_attachment(a, parts) for a in d.attachments],
        "attached_messages": [parts.keep(raw) for raw in d.attached_messages],
        "in_reply_to": d.in_reply_to,
        "references": d.references,
        "thread_topic": d.thread_topic,
        "thread_index": d.thread_index,
        "resumed_id": d.resumed_id,
        "resumed_recipients": list(d.resumed_recipients),
    }


def _encode_attachment(attachment: Attachment, parts: _Parts) -> dict[str, Any]:
    """A file attached from disk is saved as its path (read when the message goes);
    bytes held in memory are kept once as a part, named by their digest."""
    saved: dict[str, Any] = {"filename": attachment.filename, "type": attachment.content_type,
                             "size": attachment.size}  # fmt: skip
    if attachment.path is not None:
        part = parts.name_of(attachment.path)
        if part:
            saved["part"] = part
        else:
            saved["path"] = str(attachment.path)
    else:
        saved["part"] = parts.keep(attachment.data)
    return saved


def _decode_attachment(saved: dict[str, Any], place: Path) -> Attachment:
    size = int(saved.get("size", 0))
    if "part" in saved:
        if not _PART.fullmatch(saved["part"]):
            raise ValueError("not a part name")
        return Attachment(saved["filename"], b"", saved["type"], path=place / saved["part"],
                          file_size=size)  # fmt: skip
    if "path" in saved:
        return Attachment(saved["filename"], b"", saved["type"], path=Path(saved["path"]),
                          file_size=size)  # fmt: skip
    # drafts written before parts existed carried the bytes in the JSON
    return Attachment(saved["filename"], base64.b64decode(saved["data"]), saved["type"])


def _decode(folder: Path, draft_id: str, data: dict[str, Any], *, messages: bool) -> SavedDraft:
    place = parts_folder(folder, draft_id)
    attached: list[bytes] = []
    if messages:
        for name in data.get("attached_messages", []):
            if not _PART.fullmatch(name):
                raise ValueError("not a part name")
            attached.append(_read_no_follow(place / name))
    draft = Draft(
        sender=_address(data["sender"]),
        to=[_address(a) for a in data["to"]],
        cc=[_address(a) for a in data["cc"]],
        bcc=[_address(a) for a in data["bcc"]],
        subject=data["subject"],
        body=data["body"],
        attachments=[_decode_attachment(a, place) for a in data["attachments"]],
        attached_messages=attached,
        in_reply_to=data["in_reply_to"],
        references=list(data["references"]),
        thread_topic=data["thread_topic"],
        thread_index=data["thread_index"],
        resumed_id=data.get("resumed_id"),
        resumed_recipients=tuple(data.get("resumed_recipients", ())),
    )
    return SavedDraft(draft_id, draft, data["reply_thread_id"], data["reply_subject"])


def _private_folder(path: Path) -> None:
    """Create ``path`` (0700); an existing link or file in its place is refused."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not stat.S_ISDIR(path.lstat().st_mode):
        raise OSError(f"{path} is not a folder")


def _write_atomically(target: Path, write: Callable[[Any], object], *, text: bool = False) -> None:
    """Write through a private temp file renamed over ``target`` (flushed to disk)."""
    temporary = target.with_name(target.name + ".tmp")
    # a leftover temp file (a crash) may be a link or have an old mode: start afresh
    temporary.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW
    fd = os.open(temporary, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") if text else os.fdopen(fd, "wb") as out:
        write(out)
        out.flush()
        os.fsync(out.fileno())
    temporary.replace(target)


def save_draft(
    folder: Path, saved: SavedDraft, *, digests: dict[int, tuple[bytes, str]] | None = None
) -> Path:
    """Write a draft atomically, readable only by the user; returns its file.

    Attachment bytes are written once into the draft's parts folder; parts no longer
    used are removed. ``digests`` (id of bytes -> bytes and digest) spares hashing the same
    bytes at each save, and is updated. Raises ``ValueError`` for an id
    :func:`new_draft_id` would not make.
    """
    target = _draft_file(folder, saved.draft_id)
    _private_folder(folder)
    parts = _Parts(parts_folder(folder, saved.draft_id), {} if digests is None else digests)
    encoded = _encode(saved, parts)
    _write_atomically(target, lambda out: json.dump(encoded, out, ensure_ascii=False),
                      text=True)  # fmt: skip
    _remove_parts(parts.place, keep=parts.names)
    if digests is not None:
        digests.clear()
        digests.update(parts.hashed)
    return target


def _remove_parts(place: Path, keep: Collection[str] = ()) -> None:
    """Remove the parts not in ``keep`` (and the folder once empty); never through links."""
    try:
        if not stat.S_ISDIR(place.lstat().st_mode):
            return
        entries = list(os.scandir(place))
    except OSError:
        return
    for entry in entries:
        if entry.name not in keep:
            Path(entry.path).unlink(missing_ok=True)
    if not keep:
        try:
            place.rmdir()
        except OSError:
            pass


def _listing(folder: Path) -> list[tuple[float, str, str, Path]]:
    """(mtime, name, id, path) of each regular ``<draft id>.json``, oldest first."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = []
    for entry in entries:
        draft_id, dot, extension = entry.name.partition(".")
        if extension != "json" or not dot or not is_draft_id(draft_id):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append((info.st_mtime, entry.name, draft_id, Path(entry.path)))
    return sorted(found)


def load_drafts(folder: Path, *, messages: bool = True) -> list[SavedDraft]:
    """Every readable draft, oldest first (unreadable files are left alone).

    Only regular files named ``<draft id>.json`` count; symbolic links are not followed.
    Without ``messages`` (a listing), attached messages are not read from their parts.
    """
    found = []
    for mtime, _name, draft_id, path in _listing(folder):
        loaded = _load(folder, draft_id, path, messages=messages)
        if loaded is not None:
            loaded.saved_at = mtime
            found.append(loaded)
    return found


def load_draft(folder: Path, draft_id: str) -> SavedDraft | None:
    """One draft, whole (``None`` when it is gone or unreadable)."""
    path = _draft_file(folder, draft_id)
    loaded = _load(folder, draft_id, path, messages=True)
    if loaded is not None:
        try:
            loaded.saved_at = path.lstat().st_mtime
        except OSError:
            return None
    return loaded


def _load(folder: Path, draft_id: str, path: Path, *, messages: bool) -> SavedDraft | None:
    try:
        text = _read_no_follow(path).decode("utf-8")
        return _decode(folder, draft_id, json.loads(text), messages=messages)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_no_follow(path: Path) -> bytes:
    with os.fdopen(os.open(path, os.O_RDONLY | _NO_FOLLOW), "rb") as stream:
        return stream.read()


def delete_draft(folder: Path, draft_id: str, *, keep_parts: bool = False) -> None:
    """Forget a draft (sent, or discarded) and its kept attachments, unless
    ``keep_parts`` (a message sent with Undo offered may come back with them).
    Raises ``ValueError`` for a malformed id."""
    _draft_file(folder, draft_id).unlink(missing_ok=True)
    if not keep_parts:
        _remove_parts(parts_folder(folder, draft_id))


def remove_orphan_parts(folder: Path, *, min_age: float = 3600.0) -> int:
    """Remove parts folders whose draft is gone, older than ``min_age`` seconds (kept for
    an Undo, or left by a crash); returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        draft_id, _dot, extension = entry.name.partition(".")
        if extension != "parts" or not is_draft_id(draft_id):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or now - info.st_mtime < min_age:
            continue
        if not _draft_file(folder, draft_id).exists():
            _remove_parts(Path(entry.path))
            removed += 1
    return removed


#: Told when a write is done: ``None``, or the error that stopped it (on the writer's thread).
Done = Callable[[Exception | None], object]


@dataclass
class _Job:
    draft_id: str  # "" for a job about the whole folder
    run: Callable[[], object]
    done: list[Done] = field(default_factory=list)


class DraftWriter:
    """Writes a folder's drafts on a thread of its own, in the order asked.

    A save or delete of a draft that has not started yet is replaced by a newer one (its
    callers are told when the newer one is done). The thread ends when there is nothing
    to write, and is not a daemon: the last save finishes before the program exits.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Condition()
        self._jobs: list[_Job] = []
        self._running = False
        self._digests: dict[str, dict[int, tuple[bytes, str]]] = {}

    def save(self, saved: SavedDraft, done: Done | None = None) -> None:
        """Write ``saved`` (its text; attachment bytes only the first time)."""
        digests = self._digests.setdefault(saved.draft_id, {})
        self._submit(saved.draft_id, lambda: save_draft(self.folder, saved, digests=digests),
                     done)  # fmt: skip

    def delete(self, draft_id: str, *, keep_parts: bool = False, done: Done | None = None) -> None:
        """Remove a draft (see :func:`delete_draft`)."""

        def run() -> None:
            self._digests.pop(draft_id, None)
            delete_draft(self.folder, draft_id, keep_parts=keep_parts)

        self._submit(draft_id, run, done)

    def prune(self, min_age: float = 3600.0) -> None:
        """Remove orphaned parts folders (see :func:`remove_orphan_parts`)."""
        self._submit("", lambda: remove_orphan_parts(self.folder, min_age=min_age), None)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything asked so far is written (tests, the end of the app)."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._running, timeout)

    def _submit(self, draft_id: str, run: Callable[[], object], done: Done | None) -> None:
        job = _Job(draft_id, run, [done] if done else [])
        with self._lock:
            if draft_id:
                for old in [j for j in self._jobs if j.draft_id == draft_id]:
                    self._jobs.remove(old)
                    job.done[:0] = old.done
            self._jobs.append(job)
            if not self._running:
                self._running = True
                threading.Thread(target=self._work, name="threadline-drafts").start()

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._jobs:
                    self._running = False
                    self._lock.notify_all()
                    return
                job = self._jobs.pop(0)
            error: Exception | None = None
            try:
                job.run()
            except Exception as problem:  # told to the caller; the writer keeps going
                log.warning("could not write draft %s: %s", job.draft_id, problem)
                error = problem
            for done in job.done:
                try:
                    done(error)
                except Exception:  # a closed window's callback: never stop the writer
                    log.exception("draft writer callback failed")


_WRITERS: dict[str, DraftWriter] = {}
_WRITERS_LOCK = threading.Lock()


def writer_for(folder: Path) -> DraftWriter:
    """The one writer of ``folder`` in this process (composers and the Drafts list share it,
    so a delete never overtakes a save)."""
    key = os.path.abspath(folder)
    with _WRITERS_LOCK:
        writer = _WRITERS.get(key)
        if writer is None:
            writer = _WRITERS[key] = DraftWriter(Path(key))
        return writer
