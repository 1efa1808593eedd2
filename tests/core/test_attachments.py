"""Attachments from files: only regular files, written in chunks when the message is
written, never held whole in memory (issue 12, point 9)."""

from __future__ import annotations

import base64
import email
import io
import os
import socket
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from threadline.core import attachments
from threadline.core.addresses import Address
from threadline.core.attachments import (
    encoded_size,
    format_size,
    open_regular,
    safe_filename,
    write_base64,
)
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


# -- exact sizes, names and refusals (mutation testing, issue 12) ---------------------


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "1 KB"),
        (2047, "1 KB"),
        (2048, "2 KB"),
        (1024 * 1024 - 1, "1023 KB"),
        (1024 * 1024, "1 MB"),
        (1024 * 1024 * 3 // 2, "1.5 MB"),
        (43_200_000, "41.2 MB"),
        (100 * 1024 * 1024, "100 MB"),
    ],
)
def test_format_size(size: int, shown: str) -> None:
    assert format_size(size) == shown


@pytest.mark.parametrize(("size", "encoded"), [(0, 0), (1, 6), (57, 78), (58, 84), (300, 412)])
def test_encoded_size_counts_base64_and_its_line_ends(size: int, encoded: int) -> None:
    assert encoded_size(size) == encoded


def test_refusals_say_what_the_file_is(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    sock = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    try:
        expected = {
            fifo: "it is a FIFO (named pipe), not a regular file.",
            folder: "it is a folder, not a regular file.",
            Path("/dev/null"): "it is a device, not a regular file.",
            sock: "it is a socket or other special file, not a regular file.",
            tmp_path / "missing": "No such file or directory.",
        }
        for path, reason in expected.items():
            with pytest.raises(InvalidInputError) as raised:
                Attachment.from_path(path)
            assert str(raised.value) == f"Cannot attach {path}: {reason}"
    finally:
        server.close()


def test_a_file_that_became_a_fifo_after_its_check_is_refused_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    monkeypatch.setattr(attachments, "_regular_stat", lambda path: None)  # the race
    with pytest.raises(InvalidInputError) as raised:
        open_regular(fifo)
    assert str(raised.value) == f"Cannot attach {fifo}: it is not a regular file."
    gone = tmp_path / "gone"  # removed between the check and the opening
    with pytest.raises(InvalidInputError) as missing:
        open_regular(gone)
    assert str(missing.value) == f"Cannot attach {gone}: No such file or directory."


def test_write_base64_in_several_chunks(tmp_path: Path) -> None:
    data = bytes(range(256)) * 600  # 153,600 bytes: three chunks of 57 KB
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    out = io.BytesIO()
    assert write_base64(path, out) == len(data)
    encoded = base64.b64encode(data)
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    assert out.getvalue() == b"\r\n".join(lines)
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert write_base64(empty, out := io.BytesIO()) == 0 and out.getvalue() == b""


def test_content_is_the_data_or_the_files_bytes(tmp_path: Path) -> None:
    assert Attachment(filename="a", data=b"abc").content() == b"abc"
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from the file")
    attached = Attachment.from_path(path)
    assert attached.content() == b"from the file" and attached.data == b""
    assert attached.content_type == "text/plain" and attached.size == 13


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("a.pdf", "application/pdf"), ("a.tar.gz", "application/octet-stream"),
     ("a.unknown-ext", "application/octet-stream")],
)  # fmt: skip
def test_the_type_is_guessed_from_the_name(tmp_path: Path, name: str, content_type: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")
    assert Attachment.from_path(path).content_type == content_type


def test_a_file_of_exactly_the_limit_is_attached(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert Attachment.from_path(path, max_size=100).size == 100
    with pytest.raises(InvalidInputError) as raised:
        Attachment.from_path(path, max_size=99)
    assert str(raised.value) == (
        f"Cannot attach {path}: it is 1 KB, more than the 1 KB a message may carry here."
    )


@pytest.mark.parametrize(
    ("name", "safe"),
    [("XmasX.txt", "XmasX.txt"), ("X", "X"), ("dir/X", "X"), ("report.pdf/..", "report.pdf"),
     ("a/ . /..", "a"), ("...", "attachment"), ("a\u2028b\u2029", "a_b_")],
)  # fmt: skip
def test_safe_filename_exactly(name: str, safe: str) -> None:
    assert safe_filename(name) == safe
