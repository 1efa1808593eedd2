"""What an SMTP connection needs to know: server, port, security, how to log in.

A plain value, so the transport never reads the store; callers turn a stored account
into one (``threadline.services.sending.smtp_settings``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SmtpSettings:
    """One SMTP server as the transport sees it."""

    host: str
    port: int
    security: str = "starttls"  # "tls", "starttls" or "none" (loopback only)
    auth_method: str = "password"  # "password", "oauth2" or "none"
