"""Fixtures of the command-line tests."""

from helpers.keyrings import secret_service_keyring
from helpers.smtp_server import test_ca

__all__ = ["secret_service_keyring", "test_ca"]
