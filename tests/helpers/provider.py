"""A mail provider on 127.0.0.1 as users have one: aiosmtpd (STARTTLS, AUTH) to send and
Dovecot (``ssl = required``) to receive, with one log-in for both sides, each with its
own test CA; and the trust a client needs for both."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.dovecot import Dovecot
from helpers.smtp_server import PASSWORD, USER, CertificateAuthority, SmtpServer


@dataclass
class Provider:
    """The two servers and their CAs."""

    smtp: SmtpServer
    imap: Dovecot
    ca: CertificateAuthority

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts both test CAs."""
        context = ssl.create_default_context(cafile=str(self.imap.ca_file))
        self.ca.ca.configure_trust(context)
        return context

    def ca_bundle(self, folder: Path) -> Path:
        """Both CAs in one PEM file, as a company bundle would hold (THREADLINE_CA_FILE)."""
        bundle = folder / "ca-bundle.pem"
        bundle.write_bytes(self.imap.ca_file.read_bytes() + self.ca.ca.cert_pem.bytes())
        return bundle


@pytest.fixture
def provider(test_ca: CertificateAuthority) -> Iterator[Provider]:
    """Both servers running, with the SMTP server's log-in on Dovecot too."""
    with (
        SmtpServer("starttls", test_ca) as smtp,
        Dovecot(tls=True, user=USER, password=PASSWORD) as imap,
    ):
        yield Provider(smtp, imap.ready(), test_ca)
