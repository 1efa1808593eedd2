"""Web pictures in HTML mail: nothing is requested until the user lets them in, for one
message or for every message from its sender (remembered); a local server counts."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.ui.remote_pictures import PicturePolicy
from threadline.ui.thread_view import ThreadView


@dataclass
class Web:
    """A picture server on 127.0.0.1 that counts what it is asked for."""

    port: int
    requests: list[str] = field(default_factory=list)


def _picture() -> bytes:
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


@pytest.fixture
def web() -> Iterator[Web]:
    picture = _picture()
    asked: list[str] = []

    class Pictures(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(picture)))
            self.end_headers()
            self.wfile.write(picture)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pictures)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Web(server.server_address[1], asked)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def newsletter(msgid: str, sender: str, port: int, pictures: int = 2) -> bytes:
    images = "".join(
        f'<img src="http://127.0.0.1:{port}/{msgid}/{n}.png">' for n in range(pictures)
    )
    return make_raw(msgid, sender=sender, extra="Content-Type: text/html; charset=utf-8\r\n",
                    body=f"<p>Our news</p>{images}<p>Bye</p>")  # fmt: skip


def open_view(qtbot: QtBot, store: MessageStore, raw: bytes, policy: PicturePolicy) -> ThreadView:
    added = store.add_message(raw)
    view = ThreadView()
    view.picture_policy = policy
    qtbot.addWidget(view)
    view.show_conversation(store, store.thread_messages(added.thread_id))
    return view


def test_pictures_load_only_when_the_user_says_so(qtbot: QtBot, tmp_path: Path, web: Web) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    view = open_view(qtbot, store, newsletter("n1@shop.example", "news@shop.example", web.port),
                     PicturePolicy())  # fmt: skip
    [card] = view.cards
    bar = card.pictures_bar
    assert bar is not None and bar.isVisibleTo(card)
    assert "2 pictures from the web are not shown" in bar.note.text()
    assert web.requests == []  # opening the message asked nothing of the web
    bar.show_button.click()
    qtbot.waitUntil(lambda: bar.done, timeout=10_000)
    assert sorted(web.requests) == ["/n1@shop.example/0.png", "/n1@shop.example/1.png"]
    assert not bar.isVisibleTo(card), bar.note.text()
    image = card.body.document().resource(2, card.body.remote[0])  # ImageResource
    assert isinstance(image, QImage) and not image.isNull() and image.width() == 4


def test_always_from_a_sender_is_remembered_for_their_next_message(
    qtbot: QtBot, tmp_path: Path, web: Web
) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    policy = PicturePolicy()
    remembered: list[set[str]] = []
    policy.changed.connect(lambda: remembered.append(set(policy.trusted)))
    first = open_view(qtbot, store, newsletter("a@shop.example", "News <news@shop.example>",
                                               web.port), policy)  # fmt: skip
    bar = first.cards[0].pictures_bar
    assert bar is not None
    bar.trust_button.click()
    qtbot.waitUntil(lambda: bar.done, timeout=10_000)
    assert remembered == [{"news@shop.example"}]
    later = open_view(qtbot, store, newsletter("b@shop.example", "news@shop.example", web.port, 1),
                      policy)  # fmt: skip
    second = later.cards[0].pictures_bar
    assert second is not None
    qtbot.waitUntil(lambda: second.done, timeout=10_000)  # loaded without asking
    assert "/b@shop.example/0.png" in web.requests
    other = open_view(qtbot, store, newsletter("c@else.example", "ads@else.example", web.port),
                      policy)  # fmt: skip
    assert other.cards[0].pictures_bar is not None and not other.cards[0].pictures_bar.done
    assert not any(path.startswith("/c@else.example") for path in web.requests)
