"""``threadline --demo``: sample mail, a local server, and a reply that lands in its thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from threadline.core.reply import ReplyMode
from threadline.demo import create_demo_profile
from threadline.ui.main_window import MainWindow


def test_demo_reply_is_sent_to_the_local_server_and_joins_its_conversation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    profile, server, _account = create_demo_profile(tmp_path / "demo")
    try:
        window = MainWindow(profile)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 4
        assert not window.welcome.isVisible()  # the demo account is ready
        row = next(
            r for r in range(4) if window.model.conversation_at(r).subject.startswith("Launch")
        )  # type: ignore[union-attr]
        window.list.setCurrentIndex(window.model.index(row, 0))
        composer = window.reply(ReplyMode.ALL)
        assert composer is not None
        composer.body.insertPlainText("Works for me.\n")
        window.settings.setValue("sending/undo_seconds", 0)
        composer.undo_seconds = 0
        with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as signal:
            composer.send()
        assert len(signal.args[0].sent) == 1
        assert server.sink.count == 1
        qtbot.waitUntil(lambda: "Works for me." in window.reader.toPlainText(), timeout=10_000)
        assert window.current is not None and window.current.message_count == 4
        assert window.current.has_sent
    finally:
        server.stop()
