"""The size limit of an account's server: asked once in the background, else 25 MB."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer, free_port
from threadline.core.attachments import DEFAULT_MAX_SIZE
from threadline.store.accounts import Account
from threadline.ui.size_limits import SizeLimit, SizeLimits


@pytest.fixture(autouse=True)
def forget_answers() -> Iterator[None]:
    SizeLimits.known.clear()
    yield
    SizeLimits.known.clear()


def test_the_servers_size_is_asked_once_and_kept(qtbot: QtBot, test_ca: object) -> None:
    with SmtpServer("plain", test_ca, size_limit=3_000_000) as server:  # type: ignore[arg-type]
        account = server.account()
        limits = SizeLimits()
        assert limits.limit(account) == SizeLimit(DEFAULT_MAX_SIZE)  # not asked yet
        with qtbot.waitSignal(limits.answered, timeout=10_000):
            limits.ask(account)
        assert limits.limit(account) == SizeLimit(3_000_000, "127.0.0.1")
        assert SizeLimits().limit(account).size == 3_000_000  # another window knows it too
        limits.ask(account)  # known: no second question
        assert limits.asked == {("127.0.0.1", server.port, "none")}


def test_a_server_that_cannot_be_asked_leaves_the_usual_limit(qtbot: QtBot) -> None:
    account = Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=free_port(),
                      security="none", auth_method="none")  # fmt: skip
    limits = SizeLimits()
    with qtbot.waitSignal(limits.answered, timeout=10_000):
        limits.ask(account)
    assert limits.limit(account) == SizeLimit(DEFAULT_MAX_SIZE, None)
    assert SizeLimits.known == {}  # the next window asks again
