"""SASL initial responses for OAuth2 over SMTP (smtplib base64-encodes them)."""

from __future__ import annotations


def xoauth2(user: str, access_token: str) -> str:
    """Google's and Microsoft's ``XOAUTH2``."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def oauthbearer(user: str, access_token: str, host: str, port: int) -> str:
    """``OAUTHBEARER`` (RFC 7628 §3.1), with the GS2 header naming the user."""
    return f"n,a={user},\x01host={host}\x01port={port}\x01auth=Bearer {access_token}\x01\x01"
