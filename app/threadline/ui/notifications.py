"""Desktop notifications: a message that waited was finally sent, or refused.

On Linux desktops the notification server of the freedesktop.org specification
(``org.freedesktop.Notifications`` on the session bus: GNOME, KDE, Xfce...) shows them;
the call goes over D-Bus with jeepney (already there for the keyring) on a worker
thread. Elsewhere, or without such a server, the system tray's balloon does.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from threadline import APP_NAME
from threadline.ui.worker import Progress, run_in_background

_TRAY: list[QSystemTrayIcon] = []  # one icon for the process, kept alive
#: How long a notification stays (milliseconds; the server may choose otherwise).
SHOW_FOR_MS = 10_000
NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")


def notify_over_dbus(title: str, text: str) -> int:
    """Ask the session's notification server to show it; returns the server's id."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    service, path = NOTIFICATIONS
    address = DBusAddress(path, bus_name=service, interface=service)
    call = new_method_call(
        address, "Notify", "susssasa{sv}i",
        (APP_NAME, 0, "mail-send", title, text, [], {}, SHOW_FOR_MS),
    )  # fmt: skip
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(call, timeout=5)
    if reply.header.message_type.name != "method_return":
        raise OSError(f"the notification server answered {reply.body!r}")
    return int(reply.body[0])


def show_in_tray(title: str, text: str) -> bool:
    """The system tray's balloon; False where there is no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return False
    if not _TRAY:
        app = QApplication.instance()
        icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        _TRAY.append(QSystemTrayIcon(icon))
    tray = _TRAY[0]
    tray.show()
    tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_FOR_MS)
    return True


def show_notification(title: str, text: str) -> None:
    """Show ``text`` as a desktop notification, without waiting for it."""
    if not sys.platform.startswith("linux"):
        show_in_tray(title, text)
        return

    def work(_progress: Progress) -> int:
        return notify_over_dbus(title, text)

    run_in_background(work, lambda _id: None, lambda _error: show_in_tray(title, text))
