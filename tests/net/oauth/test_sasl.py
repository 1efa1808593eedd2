"""SASL initial responses, byte for byte as the specifications' own examples."""

from __future__ import annotations

import base64

from threadline.net.oauth.sasl import oauthbearer, xoauth2


def test_xoauth2_is_googles_documented_string() -> None:
    """developers.google.com/gmail/imap/xoauth2-protocol, "The SASL XOAUTH2 Mechanism"."""
    token = "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"
    response = xoauth2("someuser@example.com", token)
    assert response == f"user=someuser@example.com\x01auth=Bearer {token}\x01\x01"
    assert base64.b64encode(response.encode()).decode() == (
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNr"
        "QmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
    )


def test_oauthbearer_is_the_example_of_rfc_7628() -> None:
    """RFC 7628 §4.1: GS2 header with the authorization identity, host, port, token."""
    token = "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="
    response = oauthbearer("user@example.com", token, "server.example.com", 143)
    assert response == (
        "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
        f"auth=Bearer {token}\x01\x01"
    )
    assert base64.b64encode(response.encode()).decode() == (
        "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVh"
        "cmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"
    )


def test_the_token_and_user_appear_once_and_nothing_else_is_added() -> None:
    response = xoauth2("ann@example.org", "t0k")
    assert response.count("t0k") == 1 and response.count("ann@example.org") == 1
    assert response.split("\x01") == ["user=ann@example.org", "auth=Bearer t0k", "", ""]
    fields = oauthbearer("ann@example.org", "t0k", "smtp.example.org", 587).split("\x01")
    assert fields == ["n,a=ann@example.org,", "host=smtp.example.org", "port=587",
                      "auth=Bearer t0k", "", ""]  # fmt: skip
