"""Passwords and tokens in the OS keyring, and nowhere else.

A tiny get / set / delete interface keyed by account id, under the service name
``Threadline``. Keyring failures become :class:`CredentialsError` with what to do;
there is deliberately no fallback to a file. The one secrets module of the network
edge: SMTP passwords and OAuth2 refresh tokens alike.
"""

from __future__ import annotations

import keyring
import keyring.errors

from threadline import APP_NAME
from threadline.errors import ThreadlineError
from threadline.i18n import translate

SERVICE = APP_NAME


class CredentialsError(ThreadlineError):
    """The OS keyring cannot be used right now; the text says what to do."""


def _explain(error: Exception) -> CredentialsError:
    if isinstance(error, keyring.errors.NoKeyringError):
        return CredentialsError(
            translate(
                "secrets",
                "No password store is available. Threadline keeps passwords only in the system "
                "keyring: start a desktop session with a Secret Service keyring (GNOME Keyring "
                "or KWallet), or macOS Keychain / Windows Credential Manager, then try again.",
            )
        )
    if isinstance(error, keyring.errors.KeyringLocked):
        return CredentialsError(
            translate(
                "secrets",
                "The system keyring is locked. Unlock it (your login password usually does), "
                "then try again.",
            )
        )
    if isinstance(error, keyring.errors.InitError):
        return CredentialsError(
            translate(
                "secrets",
                "The system keyring could not be opened or has no collection to store passwords "
                "in. Open your keyring manager (e.g. Seahorse) and create a default keyring.",
            )
        )
    return CredentialsError(
        translate(
            "secrets",
            "The system keyring failed ({error}). Check that it is running and unlocked, then "
            "try again.",
        ).format(error=type(error).__name__)
    )


def _key(account_id: str, kind: str) -> str:
    return account_id if kind == "password" else f"{account_id}:{kind}"


def get_secret(account_id: str, kind: str = "password") -> str | None:
    """The stored secret of an account, or ``None`` when none is stored."""
    try:
        return keyring.get_password(SERVICE, _key(account_id, kind))
    except keyring.errors.KeyringError as error:
        raise _explain(error) from None


def set_secret(account_id: str, secret: str, kind: str = "password") -> None:
    """Store (or replace) an account's secret in the keyring."""
    try:
        keyring.set_password(SERVICE, _key(account_id, kind), secret)
    except keyring.errors.KeyringError as error:
        raise _explain(error) from None


def delete_secret(account_id: str, kind: str = "password") -> None:
    """Remove an account's secret; nothing happens when none is stored."""
    try:
        keyring.delete_password(SERVICE, _key(account_id, kind))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        raise _explain(error) from None


def get_password(account_id: str) -> str | None:
    """The account's SMTP password, or ``None``."""
    return get_secret(account_id, "password")


def set_password(account_id: str, password: str) -> None:
    """Store the account's SMTP password."""
    set_secret(account_id, password, "password")


def delete_password(account_id: str) -> None:
    """Forget the account's SMTP password."""
    delete_secret(account_id, "password")
