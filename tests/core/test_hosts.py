"""Loopback host names, recognised without DNS."""

from __future__ import annotations

import pytest

from threadline.core.hosts import is_loopback


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST.", "127.0.0.1", "127.8.9.10", "::1", "[::1]", "[127.0.0.1]"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host", ["example.org", "localhost.example.org", "10.0.0.1", "::2", "", "[example.org]"]
)
def test_other_hosts(host: str) -> None:
    assert not is_loopback(host)
