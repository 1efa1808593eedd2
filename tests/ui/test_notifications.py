"""Desktop notifications reach the session's notification server over real D-Bus.

The server is a stand-in that owns ``org.freedesktop.Notifications`` on the test's
private session bus (the test session runs one), answers ``Notify`` and records it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from jeepney import MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from pytestqt.qtbot import QtBot

from threadline.ui.notifications import NOTIFICATIONS, notify_over_dbus, show_notification


class NotificationServer:
    """Owns the name, answers one Notify call with id 7, and keeps its arguments."""

    def __init__(self) -> None:
        self.connection = open_dbus_connection(bus="SESSION")
        reply = self.connection.send_and_get_reply(message_bus.RequestName(NOTIFICATIONS[0]))
        assert reply.body == (1,), "another notification server owns the name"
        self.calls: list[tuple[object, ...]] = []
        self.received = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.received.is_set():
            message = self.connection.receive(timeout=30)
            header = message.header
            if header.message_type is MessageType.method_call and \
                    header.fields.get(3) == "Notify":  # fmt: skip
                self.calls.append(message.body)
                self.connection.send(new_method_return(message, "u", (7,)))
                self.received.set()

    def close(self) -> None:
        self.thread.join(timeout=30)
        self.connection.close()


@pytest.fixture
def notification_server() -> Iterator[NotificationServer]:
    server = NotificationServer()
    yield server
    server.close()


def test_a_notification_goes_to_the_session_notification_server(
    notification_server: NotificationServer,
) -> None:
    assert notify_over_dbus("Threadline", "“Monday news” was sent.") == 7
    [(app, replaces, icon, title, text, actions, hints, timeout)] = notification_server.calls
    assert (app, title, text) == ("Threadline", "Threadline", "“Monday news” was sent.")
    assert (replaces, actions, hints, icon, timeout) == (0, [], {}, "mail-send", 10_000)


def test_the_app_notifies_without_waiting(
    qtbot: QtBot, notification_server: NotificationServer
) -> None:
    show_notification("Threadline", "“Report” was refused: 550 no")
    qtbot.waitUntil(notification_server.received.is_set, timeout=10_000)
    assert notification_server.calls[0][4] == "“Report” was refused: 550 no"
