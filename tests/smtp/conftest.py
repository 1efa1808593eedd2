"""Fixtures of the sending tests."""

from helpers.keyrings import memory_keyring, secret_service_keyring
from helpers.smtp_server import smtp_server, test_ca

__all__ = ["memory_keyring", "secret_service_keyring", "smtp_server", "test_ca"]
