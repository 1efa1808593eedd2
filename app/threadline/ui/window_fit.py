"""Windows that fit the screen they open on, and remember their size per screen.

A window asks for its usual size; on a small screen, or at 200% scaling (a 1366×768
laptop is 683×384 logical pixels then), it gets what the screen has room for, so
its buttons are never off-screen. Where the user left a window is remembered for each
screen arrangement separately: a size chosen on a large monitor does not come back on
the laptop's own screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The share of the screen's free area a window takes at most when it opens.
SCREEN_SHARE = 0.94


def screen_of(window: QWidget) -> QScreen:
    """The screen ``window`` is on, or opens on."""
    screen: QScreen | None = window.screen()  # None before Qt has any screen
    return screen if screen is not None else QGuiApplication.primaryScreen()


def fitted_size(preferred: QSize, minimum: QSize, area: QRect) -> QSize:
    """``preferred``, made smaller to fit ``area`` (by :data:`SCREEN_SHARE`), but not
    below ``minimum`` while that fits."""
    room = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    width = min(preferred.width(), room.width())
    height = min(preferred.height(), room.height())
    width = max(width, min(minimum.width(), area.width()))
    height = max(height, min(minimum.height(), area.height()))
    return QSize(width, height)


def fit_to_screen(window: QWidget, preferred: QSize, screen: QScreen | None = None) -> None:
    """Give ``window`` its ``preferred`` size where the screen has room, else as much
    as it has. A window of its own is centred on its screen (``screen``, else the one it
    is on); a dialog is left for Qt to centre over its parent."""
    if screen is not None and window.isWindow():
        window.setScreen(screen)
    area = screen_of(window).availableGeometry()
    size = fitted_size(preferred, window.minimumSizeHint(), area)
    window.resize(size)
    if window.parentWidget() is None:
        corner = area.center() - QPoint(size.width() // 2, size.height() // 2)
        window.move(max(area.left(), corner.x()), max(area.top(), corner.y()))


def screen_key(screen: QScreen) -> str:
    """A settings key for one screen arrangement: the screen's name and logical size."""
    size = screen.geometry().size()
    name = "".join(c if c.isalnum() else "-" for c in screen.name()) or "screen"
    return f"{name}-{size.width()}x{size.height()}"


def save_geometry(settings: QSettings, name: str, window: QWidget) -> None:
    """Remember where ``window`` is, for the screen it is on."""
    settings.setValue(f"{name}/{screen_key(screen_of(window))}", window.saveGeometry())


def restore_geometry(settings: QSettings, name: str, window: QWidget, preferred: QSize) -> bool:
    """Put ``window`` where it was last left on this screen; else fit it (returns
    whether a remembered place was used). A remembered size that no longer fits (the
    scale changed) is made to fit."""
    remembered = settings.value(f"{name}/{screen_key(screen_of(window))}")
    if isinstance(remembered, QByteArray) and window.restoreGeometry(remembered):
        area = screen_of(window).availableGeometry()
        if window.width() > area.width() or window.height() > area.height():
            fit_to_screen(window, window.size())
        return True
    fit_to_screen(window, preferred)
    return False
