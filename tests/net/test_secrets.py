"""Passwords in the OS keyring only, with plain-language errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import keyring
import keyring.errors
import pytest

from helpers.keyrings import FailingKeyring, MemoryKeyring
from threadline.net import secrets
from threadline.net.secrets import CredentialsError


def test_set_get_delete_in_memory(memory_keyring: MemoryKeyring) -> None:
    secrets.set_password("acct1", "pw")
    assert secrets.get_password("acct1") == "pw"
    assert memory_keyring.secrets == {("Threadline", "acct1"): "pw"}
    secrets.delete_password("acct1")
    secrets.delete_password("acct1")  # deleting twice is fine
    assert secrets.get_password("acct1") is None


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (keyring.errors.NoKeyringError(), "No password store is available"),
        (keyring.errors.KeyringLocked(), "keyring is locked"),
        (keyring.errors.InitError(), "create a default keyring"),
    ],
)
def test_keyring_problems_are_explained_and_never_fall_back_to_a_file(
    error: Exception, advice: str, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailingKeyring(error))
    try:
        with pytest.raises(CredentialsError, match=advice):
            secrets.set_password("acct", "pw")
        with pytest.raises(CredentialsError, match=advice):
            secrets.get_password("acct")
    finally:
        keyring.set_keyring(previous)


@pytest.mark.keyring
def test_the_real_secret_service_keyring_stores_the_password(
    secret_service_keyring: object,
) -> None:
    secrets.set_password("real-acct", "r3al-secret")
    try:
        assert keyring.get_keyring().__class__.__module__.endswith("SecretService")
        assert secrets.get_password("real-acct") == "r3al-secret"
        found = subprocess.run(
            ["secret-tool", "lookup", "service", "Threadline", "username", "real-acct"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert found.stdout == "r3al-secret"  # seen by another program: really in the keyring
    finally:
        secrets.delete_password("real-acct")
    assert secrets.get_password("real-acct") is None
