"""Checking an account's servers: connect, encrypt and log in on each side, send nothing.

Used by ``threadline accounts test`` and the Accounts window's "Test" button alike.
Each side is checked even when the other fails, so one run says everything to fix.
"""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass
from pathlib import Path

from threadline.core.terminal import safe_line
from threadline.errors import ThreadlineError
from threadline.net.imap.auth import ImapPasswordLogin
from threadline.net.imap.session import ImapSession
from threadline.net.smtp.transport import PasswordAuthenticator, SmtpSession
from threadline.services.sending import authenticator_factory, smtp_settings
from threadline.services.syncing import folder_roles, imap_settings, login_factory
from threadline.store.accounts import Account
from threadline.store.folders import ALL, SENT

#: Seconds a check waits for each server.
CHECK_TIMEOUT = 20.0


@dataclass(frozen=True)
class SideCheck:
    """How one side (sending or receiving) answered."""

    side: str  # "Sending (SMTP)" or "Receiving (IMAP)"
    ok: bool
    text: str
    exit_code: int = 0


def check_sending(
    account: Account,
    config_dir: Path | None,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
) -> SideCheck:
    """Connect to the SMTP server, secure the connection and log in (with ``password``,
    typed but not saved yet, instead of the keyring's)."""
    side = "Sending (SMTP)"
    authenticator = authenticator_factory(config_dir)(account)
    if password and account.auth_method == "password":
        authenticator = PasswordAuthenticator(account.username, lambda: password)
    try:
        with SmtpSession(
            smtp_settings(account),
            authenticator=authenticator,
            ssl_context=ssl_context,
            timeout=CHECK_TIMEOUT,
        ) as session:
            greeting = safe_line(session.greeting)
    except ThreadlineError as error:
        return SideCheck(side, False, str(error), error.exit_code)
    return SideCheck(side, True, f"{account.smtp_host} answered '{greeting}'; login accepted.")


def check_receiving(
    account: Account,
    config_dir: Path | None,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
) -> SideCheck:
    """Connect to the IMAP server, secure the connection, log in and find the folders."""
    side = "Receiving (IMAP)"
    login = login_factory(config_dir)(account)
    if password and account.auth_method == "password":
        login = ImapPasswordLogin(account.username, lambda: password)
    try:
        with ImapSession(
            imap_settings(account),
            authenticator=login,
            ssl_context=ssl_context,
            timeout=CHECK_TIMEOUT,
        ) as session:
            greeting = safe_line(_plain_greeting(session.greeting))
            roles = folder_roles(session.list_folders(), gmail=session.gmail)
    except ThreadlineError as error:
        return SideCheck(side, False, str(error), error.exit_code)
    order = {"inbox": 0, "all": 1, "sent": 2}
    names = [roles[role] for role in sorted(roles, key=lambda r: order.get(r, 3))]
    found = ", ".join(safe_line(name) for name in names) or "no folders"
    note = ""
    if SENT not in roles and ALL not in roles and account.save_sent:
        note = " No Sent folder was found, so sent mail cannot be filed there."
    return SideCheck(
        side,
        True,
        f"{account.imap_host} answered '{greeting}'; login accepted; syncs {found}.{note}",
    )


def _plain_greeting(greeting: str) -> str:
    """``* OK [CAPABILITY ...] Dovecot ready.`` -> ``Dovecot ready.``"""
    text = re.sub(r"^\*\s+OK\s+", "", greeting.strip(), flags=re.IGNORECASE)
    return re.sub(r"^\[[^\]]*\]\s*", "", text) or greeting


def check_account(
    account: Account,
    config_dir: Path | None,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
) -> list[SideCheck]:
    """Both sides of an account (receiving only when it has an IMAP server)."""
    checks = [check_sending(account, config_dir, ssl_context, password)]
    if account.has_imap:
        checks.append(check_receiving(account, config_dir, ssl_context, password))
    return checks
