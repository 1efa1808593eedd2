"""Hostile mail and the traps that prove it did nothing: a canary file, a FIFO, an HTTP
server that counts requests, and an inotify watch that sees every open of the traps."""

from __future__ import annotations

import ctypes
import http.server
import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "hostile"

# A 1x1 PNG: if the canary were ever loaded, it would really show.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2"
    "2a5e6f0000000049454e44ae426082"
)

_IN_ACCESS = 0x001
_IN_OPEN = 0x020
_IN_NONBLOCK = os.O_NONBLOCK
_EVENT = struct.Struct("iIII")


class OpenWatch:
    """Every open (or read) of a file in the watched folders, seen by Linux inotify."""

    def __init__(self, *folders: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(_IN_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        for folder in folders:
            if (
                self._libc.inotify_add_watch(self.fd, os.fsencode(folder), _IN_OPEN | _IN_ACCESS)
                < 0
            ):
                raise OSError(ctypes.get_errno(), f"cannot watch {folder}")
        self.opened: list[str] = []

    def events(self) -> list[str]:
        """Names opened or read since the watch began (``.`` for the folder itself)."""
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size : offset + _EVENT.size + length]
                self.opened.append(name.rstrip(b"\0").decode() or ".")
                offset += _EVENT.size + length
        return self.opened

    def close(self) -> None:
        os.close(self.fd)


class _Counting(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.paths.append(self.path)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@dataclass
class Traps:
    """The folder outside the profile, its canary and FIFO, and the counting server."""

    folder: Path
    canary: Path
    fifo: Path
    port: int
    requests: list[str] = field(default_factory=list)
    watch: OpenWatch | None = None

    def messages(self) -> list[bytes]:
        """The hostile corpus with the placeholders pointing at these traps."""
        found = []
        for path in sorted(CORPUS.glob("*.eml")):
            raw = path.read_bytes()
            raw = raw.replace(b"@@CANARY@@", os.fsencode(self.canary))
            raw = raw.replace(b"@@FIFO@@", os.fsencode(self.fifo))
            raw = raw.replace(b"@@PORT@@", str(self.port).encode())
            found.append(raw)
        return found

    def touched(self) -> list[str]:
        """Files of the trap folder opened, plus every request the server received."""
        opened = self.watch.events() if self.watch else []
        # "." is the folder itself being listed: Python's import system lists the
        # working directory (sys.path[0]) of a `python -c` run; no file is read by that.
        files = [name for name in opened if name != "."]
        return files + [f"http {path}" for path in self.requests]


@contextmanager
def traps(root: Path, fifo: bool = True) -> Iterator[Traps]:
    """A trap folder (canary PNG + FIFO) under ``root`` and a request-counting server.

    In-process tests pass ``fifo=False`` (a second canary file instead): opening a FIFO
    blocks inside Qt where no time-out can interrupt it, so only tests that run the app
    in a subprocess under a time limit use a real one.
    """
    folder = root / "outside-the-profile"
    folder.mkdir()
    canary = folder / "canary.png"
    canary.write_bytes(PNG)
    pipe = folder / "fifo.png"
    if fifo:
        os.mkfifo(pipe)
    else:
        pipe.write_bytes(PNG)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    server.paths = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    watch = OpenWatch(folder)
    try:
        yield Traps(folder, canary, pipe, server.server_address[1], server.paths, watch)  # type: ignore[attr-defined]
    finally:
        watch.close()
        server.shutdown()
        server.server_close()
        thread.join()
