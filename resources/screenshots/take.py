"""Screenshots of the real app on demo data, for the README.

    make screenshots     (runs this under Xvfb: xvfb-run -a -s "-screen 0 1280x800x24")

Starts Threadline as ``threadline --demo`` does, opens the launch-plan conversation,
starts a reply, and saves main-window.png and composer.png beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent


def main() -> int:
    from threadline.core.reply import ReplyMode
    from threadline.demo import create_demo_profile
    from threadline.ui.app import create_application
    from threadline.ui.main_window import MainWindow

    app = create_application()
    profile, server, _account = create_demo_profile()
    window = MainWindow(profile)
    window.setWindowTitle("Threadline")
    window.resize(1200, 720)
    window.show()
    state: dict[str, object] = {}

    def open_conversation() -> None:
        for row in range(window.model.rowCount()):
            summary = window.model.conversation_at(row)
            if summary and summary.subject.startswith("Launch plan"):
                window.list.setCurrentIndex(window.model.index(row, 0))
        QTimer.singleShot(400, shoot_main)

    def shoot_main() -> None:
        window.grab().save(str(HERE / "main-window.png"))
        composer = window.reply(ReplyMode.ALL)
        assert composer is not None
        composer.move(window.x() + 240, window.y() + 60)
        composer.body.insertPlainText("Thanks Maya — the 12th works for me. I'll book the room.\n")
        state["composer"] = composer
        QTimer.singleShot(400, shoot_composer)

    def shoot_composer() -> None:
        composer = state["composer"]
        composer.grab().save(str(HERE / "composer.png"))  # type: ignore[attr-defined]
        app.quit()

    QTimer.singleShot(300, open_conversation)
    code = app.exec()
    server.stop()
    print(f"saved {HERE / 'main-window.png'} and {HERE / 'composer.png'}")
    return code


if __name__ == "__main__":
    sys.exit(QApplication.instance() and 0 or main())
