"""The app's main window opened as a person sees it: shown, exposed and active."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from threadline.paths import Profile
from threadline.ui.main_window import MainWindow


def open_window(qtbot: QtBot, profile: Profile) -> MainWindow:
    """The main window on ``profile``, shown and active (shortcuts need an active window)."""
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window
