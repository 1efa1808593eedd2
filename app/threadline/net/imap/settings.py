"""What an IMAP connection needs to know: server, port, security, how to log in.

A plain value, so the network edge never reads the store; callers turn a stored account
into one (``threadline.services.syncing.imap_settings``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImapSettings:
    """One IMAP server as the client sees it."""

    host: str
    port: int = 993
    security: str = "tls"  # "tls" (implicit, 993), "starttls" (143) or "none" (loopback only)
    auth_method: str = "password"  # "password", "oauth2" or "none"
