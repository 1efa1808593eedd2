"""The GUI thread keeps answering while a send waits on a slow server and during imports."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from helpers.smtp_server import SmtpServer
from threadline.paths import Profile
from threadline.store.mbox import mbox_entry
from threadline.ui.main_window import MainWindow

TICK_MS = 10
#: The longest the event loop may be unresponsive: well under what a person notices.
MAX_GAP_S = 0.15


class LoopWatch:
    """Records how regularly a fast QTimer fires: long gaps mean a blocked GUI thread."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False))


def test_gui_answers_while_the_server_holds_a_send(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = MainWindow(mail_profile)
    qtbot.addWidget(window)
    window.show()
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Slow server")
    server.faults.hold = threading.Event()
    watch = LoopWatch()
    composer.send()
    qtbot.waitUntil(server.faults.holding.is_set, timeout=10_000)
    start = len(watch.stamps)
    qtbot.waitUntil(lambda: len(watch.stamps) >= start + 30, timeout=10_000)  # ~0.3 s held
    assert not composer.isVisible()  # queued: the composer is closed while the app sends
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        server.faults.hold.set()
    assert watch.longest_gap() < MAX_GAP_S


def test_gui_answers_during_a_large_import(
    qtbot: QtBot, mail_profile: Profile, tmp_path: Path
) -> None:
    mbox = tmp_path / "big.mbox"
    with mbox.open("wb") as out:
        for n in range(4000):
            out.write(mbox_entry(make_raw(f"bulk{n}@example.org", subject=f"Bulk {n}",
                                          body="Lorem ipsum dolor sit amet. " * 40)))  # fmt: skip
    window = MainWindow(mail_profile)
    qtbot.addWidget(window)
    window.show()
    watch = LoopWatch()
    window.import_paths([mbox])
    qtbot.waitUntil(lambda: window.model.total >= 4002, timeout=120_000)
    assert watch.longest_gap() < MAX_GAP_S
    assert len(watch.stamps) > 20  # the loop really ran throughout
    assert "Imported 4000 messages" in window.statusBar().currentMessage()
