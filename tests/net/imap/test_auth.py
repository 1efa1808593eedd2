"""IMAP log-in: OAuth2's SASL exchange answers an error challenge with an empty line,
refreshes a refused token once, and never sends a token in clear."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from imapclient.exceptions import LoginError

from threadline.net.imap.auth import ImapOAuth2Login, ImapPasswordLogin
from threadline.net.imap.errors import InsecureAuthRefused, PasswordMissing


@dataclass
class Tokens:
    """Hands out tokens in order; counts forced refreshes."""

    values: list[str]
    refreshed: int = 0

    def access_token(self, *, force_refresh: bool = False) -> str:
        if force_refresh:
            self.refreshed += 1
            self.values.pop(0)
        return self.values[0]


@dataclass
class Client:
    """Records SASL exchanges; refuses the first ``refusals`` of them."""

    refusals: int = 0
    exchanges: list[list[bytes]] = field(default_factory=list)

    def sasl_login(self, mechanism: str, answer: object) -> None:
        assert callable(answer)
        exchange = [answer(b""), answer(b'{"status":"401"}')]
        self.exchanges.append(exchange)
        if len(self.exchanges) <= self.refusals:
            raise LoginError("AUTHENTICATE failed")


def test_xoauth2_sends_the_token_then_an_empty_answer_to_an_error() -> None:
    client = Client()
    ImapOAuth2Login(Tokens(["t1"]), "ann@example.org").authenticate(  # type: ignore[arg-type]
        client,
        encrypted=True,  # type: ignore[arg-type]
    )
    assert client.exchanges == [[b"user=ann@example.org\x01auth=Bearer t1\x01\x01", b""]]


def test_a_refused_token_is_refreshed_once() -> None:
    client = Client(refusals=1)
    tokens = Tokens(["old", "new"])
    login = ImapOAuth2Login(tokens, "ann@example.org", "OAUTHBEARER", "imap.example.org", 993)
    login.authenticate(client, encrypted=True)  # type: ignore[arg-type]
    assert tokens.refreshed == 1
    assert client.exchanges[1][0] == (
        b"n,a=ann@example.org,\x01host=imap.example.org\x01port=993\x01auth=Bearer new\x01\x01"
    )


def test_tokens_never_go_over_an_unencrypted_connection() -> None:
    client = Client()
    with pytest.raises(InsecureAuthRefused):
        ImapOAuth2Login(Tokens(["t"]), "a@x.org").authenticate(  # type: ignore[arg-type]
            client,
            encrypted=False,  # type: ignore[arg-type]
        )
    assert client.exchanges == []


def test_a_missing_password_is_a_sentence() -> None:
    with pytest.raises(PasswordMissing, match=r"No password is stored for ann@example\.org"):
        ImapPasswordLogin("ann", lambda: None, "ann@example.org").authenticate(
            object(),  # type: ignore[arg-type]
            encrypted=True,
        )
