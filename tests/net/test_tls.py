"""TLS: contexts that always verify, and a server's fingerprint for an error message."""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
from pathlib import Path

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer, free_port
from threadline.net.tls import CA_FILE_ENV, client_context, peer_fingerprint


def test_the_default_context_verifies_certificates_and_host_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    context = client_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2


def test_a_ca_file_is_trusted_instead_and_verification_stays_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    ca_file = tmp_path / "ca.pem"
    test_ca.ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv(CA_FILE_ENV, str(ca_file))
    context = client_context()
    assert (context.verify_mode, context.check_hostname) == (ssl.CERT_REQUIRED, True)
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2
    with SmtpServer("tls", test_ca) as server:
        with smtplib.SMTP_SSL("127.0.0.1", server.port, context=context, timeout=10) as smtp:
            assert smtp.noop()[0] == 250
        # the name must match the certificate too (it names 127.0.0.1 and localhost)
        with (
            pytest.raises(ssl.SSLCertVerificationError, match="mismatch"),
            socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw,
        ):
            context.wrap_socket(raw, server_hostname="smtp.example.org")


def test_the_os_store_does_not_trust_a_private_ca(
    monkeypatch: pytest.MonkeyPatch, test_ca: CertificateAuthority
) -> None:
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    with (
        SmtpServer("tls", test_ca) as server,
        pytest.raises(ssl.SSLCertVerificationError),
        smtplib.SMTP_SSL("127.0.0.1", server.port, context=client_context(), timeout=10),
    ):
        pass


def fingerprint_of(test_ca: CertificateAuthority) -> str:
    pem = test_ca.leaf.cert_chain_pems[0].bytes().decode()
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2))


@pytest.mark.parametrize(("mode", "starttls"), [("tls", False), ("starttls", True)])
def test_the_fingerprint_is_the_sha256_of_the_servers_certificate(
    test_ca: CertificateAuthority, mode: str, starttls: bool
) -> None:
    with SmtpServer(mode, test_ca) as server:
        found = peer_fingerprint("127.0.0.1", server.port, starttls=starttls,
                                 ehlo_name="client.example")  # fmt: skip
        assert server.received == []  # nothing was sent over the unverified connection
    assert found == fingerprint_of(test_ca)
    assert len(found.split(":")) == 32


def test_no_fingerprint_when_nothing_answers_or_there_is_no_tls(
    test_ca: CertificateAuthority,
) -> None:
    closed = free_port()
    assert peer_fingerprint("127.0.0.1", closed, starttls=False, ehlo_name="c", timeout=2) is None
    with SmtpServer("plain", test_ca) as plain:
        assert peer_fingerprint("127.0.0.1", plain.port, starttls=True, ehlo_name="c",
                                timeout=5) is None  # fmt: skip
