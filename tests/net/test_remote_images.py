"""Fetching a message's web pictures (after the user agreed): web addresses only, no
redirect out of the web, nothing over the size limit."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from threadline.net import remote_images
from threadline.net.remote_images import fetch_pictures


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/away":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        body = b"x" * (2048 if self.path == "/big" else 10)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_pictures_come_back_and_the_rest_says_why(
    site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remote_images, "MAX_BYTES", 1024)
    result = fetch_pictures([f"{site}/a.png", f"{site}/a.png", f"{site}/big", f"{site}/away",
                             "file:///etc/passwd", "ftp://x/y"])  # fmt: skip
    assert result.pictures == {f"{site}/a.png": b"x" * 10}  # asked once
    assert result.failed[f"{site}/big"] == "larger than 5 MB"
    assert set(result.failed) == {f"{site}/big", f"{site}/away", "file:///etc/passwd",
                                  "ftp://x/y"}  # fmt: skip
    assert result.failed["file:///etc/passwd"] == "not a web address"
