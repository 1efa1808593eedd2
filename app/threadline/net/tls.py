"""TLS contexts: the OS trust store, and a certificate's fingerprint for error messages."""

from __future__ import annotations

import hashlib
import os
import smtplib
import socket
import ssl

import truststore

#: A CA bundle to trust instead of the OS store (private CAs, test servers).
CA_FILE_ENV = "THREADLINE_CA_FILE"


def client_context() -> ssl.SSLContext:
    """A verifying client context: the OS trust store, host names checked.

    With ``$THREADLINE_CA_FILE`` set, that bundle is trusted instead (for a company CA).
    Verification is never turned off.
    """
    ca_file = os.environ.get(CA_FILE_ENV)
    if ca_file:
        context = ssl.create_default_context(cafile=ca_file)
    else:
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def peer_fingerprint(
    host: str, port: int, *, starttls: bool, ehlo_name: str, timeout: float = 10.0
) -> str | None:
    """The SHA-256 fingerprint of the certificate a server presents, for an error message.

    Called only after a verified handshake failed, so the user can compare the
    fingerprint with the one their provider publishes. This handshake does not verify
    (that is its purpose) and nothing is ever sent over it: it is closed at once.
    """
    reader = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    reader.check_hostname = False
    reader.verify_mode = ssl.CERT_NONE  # read-only: the certificate is shown, never trusted
    try:
        if starttls:
            with smtplib.SMTP(host, port, local_hostname=ehlo_name, timeout=timeout) as smtp:
                smtp.ehlo()
                smtp.starttls(context=reader)
                sock = smtp.sock
                assert isinstance(sock, ssl.SSLSocket)
                der = sock.getpeercert(binary_form=True)
        else:
            with (
                socket.create_connection((host, port), timeout=timeout) as raw,
                reader.wrap_socket(raw, server_hostname=host) as tls,
            ):
                der = tls.getpeercert(binary_form=True)
    except (OSError, smtplib.SMTPException, AssertionError):
        return None
    if not der:
        return None
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
