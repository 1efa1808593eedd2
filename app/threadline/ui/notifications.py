"""Desktop notifications: a message that waited was finally sent, or refused."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

_TRAY: list[QSystemTrayIcon] = []  # one icon for the process, kept alive


def show_notification(title: str, text: str) -> bool:
    """Show ``text`` as a desktop notification; False where the system has no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    if not _TRAY:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        _TRAY.append(QSystemTrayIcon(icon))
    tray = _TRAY[0]
    tray.show()
    tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
    return True
