"""Telling the app when the network comes back, where the platform can say so."""

from __future__ import annotations

from collections.abc import Callable


def on_network_back(callback: Callable[[], None]) -> bool:
    """Call ``callback`` (on the GUI thread) each time the system reports being online
    again; returns whether the platform can tell (else retries keep their schedule)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:  # a build without QtNetwork
        return False
    if not QNetworkInformation.loadDefaultBackend():
        return False
    info: QNetworkInformation | None = QNetworkInformation.instance()
    if info is None:  # pragma: no cover - loadDefaultBackend said there is one
        return False
    online = QNetworkInformation.Reachability.Online
    info.reachabilityChanged.connect(lambda reach: callback() if reach == online else None)
    return True
