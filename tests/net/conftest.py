"""Fixtures of the network-edge tests: keyrings, a real SMTP server, a test CA."""

from helpers.keyrings import memory_keyring, secret_service_keyring
from helpers.smtp_server import smtp_server, test_ca

__all__ = ["memory_keyring", "secret_service_keyring", "smtp_server", "test_ca"]
