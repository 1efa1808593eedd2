"""Attachments from files: only regular files, written in chunks when the message is
written, never held whole in memory (issue 12, point 9)."""

from __future__ import annotations

import email
import io
import os
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from threadline.core.addresses import Address
from threadline.core.compose import (
    Attachment,
    Draft,
    build_message,
    estimated_size,
    message_bytes,
    write_message,
)
from threadline.errors import InvalidInputError

ANN = Address("ann@example.org", "Ann")
BOB = Address("bob@example.net", "Bob")


def reparse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.mark.parametrize("kind", ["fifo", "device", "directory", "link to a device"])
def test_only_regular_files_are_attached(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "thing"
    if kind == "fifo":
        os.mkfifo(path)  # opening it would wait for a writer for ever
    elif kind == "device":
        path = Path("/dev/zero")  # reading it never ends
    elif kind == "directory":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(InvalidInputError, match="not a regular file"):
        Attachment.from_path(path)


def test_a_file_is_read_when_the_message_is_written_in_76_column_lines(tmp_path: Path) -> None:
    data = os.urandom(300_001)
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    attachment = Attachment.from_path(path)
    assert attachment.size == len(data) and attachment.data == b""  # nothing read yet
    draft = Draft(sender=ANN, to=[BOB], subject="s", body="x", attachments=[attachment])
    message = build_message(draft)
    out = io.BytesIO()
    skeleton = write_message(message, out)
    raw = out.getvalue()
    assert len(skeleton) < 2000  # the skeleton holds a marker where the file goes
    assert raw == message_bytes(message)
    [part] = list(reparse(raw).iter_attachments())
    assert part.get_content() == data and part.get_filename() == "data.bin"
    body_lines = raw.split(b"\r\n\r\n", 1)[1].split(b"\r\n")
    assert max(len(line) for line in body_lines) <= 76
    assert 0 <= estimated_size(draft) - len(raw) < 8192  # a little over, never under


def test_an_empty_file_and_a_file_that_changed_into_a_fifo(tmp_path: Path) -> None:
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    draft = Draft(sender=ANN, to=[BOB], subject="s", attachments=[Attachment.from_path(empty)])
    raw = message_bytes(build_message(draft))
    [part] = list(reparse(raw).iter_attachments())
    assert part.get_content() == b""
    swapped = tmp_path / "swapped"
    swapped.write_bytes(b"x")
    attachment = Attachment.from_path(swapped)
    swapped.unlink()
    os.mkfifo(swapped)
    with pytest.raises(InvalidInputError, match="not a regular file"):
        message_bytes(build_message(Draft(sender=ANN, to=[BOB], subject="s",
                                          attachments=[attachment])))  # fmt: skip


def test_a_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    attachment = Attachment.from_path(path)
    draft = Draft(sender=ANN, to=[BOB], subject="s", attachments=[attachment])
    assert estimated_size(draft) > 50 * 1024 * 1024 * 4 // 3
    with pytest.raises(InvalidInputError, match="25 MB"):
        Attachment.from_path(path, max_size=25 * 1024 * 1024)
