"""The network coming back reaches the app once per change to online, and a platform
that cannot tell is said so (the schedule then keeps its retries)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import pytest
from PySide6 import QtNetwork

from threadline.ui.network_watch import on_network_back


class Reachability(Enum):
    Online = 4
    Disconnected = 1


class Signal:
    def __init__(self) -> None:
        self.slots: list[Callable[[Reachability], None]] = []

    def connect(self, slot: Callable[[Reachability], None]) -> None:
        self.slots.append(slot)

    def emit(self, value: Reachability) -> None:
        for slot in self.slots:
            slot(value)


class StandIn:
    """QNetworkInformation as a platform backend drives it (a real one cannot be toggled)."""

    Reachability = Reachability
    loaded = True
    info: StandIn | None = None

    def __init__(self) -> None:
        self.reachabilityChanged = Signal()

    @classmethod
    def loadDefaultBackend(cls) -> bool:
        return cls.loaded

    @classmethod
    def instance(cls) -> StandIn | None:
        return cls.info


def test_only_coming_online_calls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    StandIn.info = StandIn()
    monkeypatch.setattr(QtNetwork, "QNetworkInformation", StandIn)
    calls: list[str] = []

    assert on_network_back(lambda: calls.append("back"))
    StandIn.info.reachabilityChanged.emit(Reachability.Disconnected)
    StandIn.info.reachabilityChanged.emit(Reachability.Online)

    assert calls == ["back"]


def test_a_platform_that_cannot_tell_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QtNetwork, "QNetworkInformation", StandIn)
    monkeypatch.setattr(StandIn, "loaded", False)
    assert on_network_back(lambda: None) is False


def test_the_real_backend_answers_without_raising() -> None:
    assert on_network_back(lambda: None) in (True, False)
