"""Checking an account's servers: connect, encrypt and log in on each side, send nothing.

Used by ``threadline accounts test`` and the Accounts window's "Test" button alike.
Each side is checked even when the other fails, so one run says everything to fix. The
texts are for the person who ran the test: a network error's ``test_text`` (nothing is
retried after a test, and no message waits), and no login said to be accepted where the
account has none.
"""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass
from pathlib import Path

from threadline.core.terminal import safe_line
from threadline.errors import ThreadlineError
from threadline.i18n import translate
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

    side: str  # "Sending (SMTP)" or "Receiving (IMAP)", in the user's language
    ok: bool
    text: str
    exit_code: int = 0


def failed(side: str, error: ThreadlineError) -> SideCheck:
    """A side that failed: the error as a test reports it (without the outbox's promises)."""
    return SideCheck(side, False, error.test_text or str(error), error.exit_code)


def check_sending(
    account: Account,
    config_dir: Path | None,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
) -> SideCheck:
    """Connect to the SMTP server, secure the connection and log in (with ``password``,
    typed but not saved yet, instead of the keyring's)."""
    side = translate("account_check", "Sending (SMTP)")
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
        return failed(side, error)
    if account.auth_method == "none":
        text = translate("account_check", "{host} answered '{greeting}'; no sign-in needed.")
    else:
        text = translate("account_check", "{host} answered '{greeting}'; login accepted.")
    return SideCheck(side, True, text.format(host=account.smtp_host, greeting=greeting))


def check_receiving(
    account: Account,
    config_dir: Path | None,
    ssl_context: ssl.SSLContext | None = None,
    password: str | None = None,
) -> SideCheck:
    """Connect to the IMAP server, secure the connection, log in and find the folders."""
    side = translate("account_check", "Receiving (IMAP)")
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
        return failed(side, error)
    order = {"inbox": 0, "all": 1, "sent": 2}
    names = [roles[role] for role in sorted(roles, key=lambda r: order.get(r, 3))]
    found = ", ".join(safe_line(name) for name in names) or translate("account_check", "no folders")
    if account.auth_method == "none":
        said = translate(
            "account_check", "{host} answered '{greeting}'; no sign-in needed; syncs {folders}."
        )
    else:
        said = translate(
            "account_check", "{host} answered '{greeting}'; login accepted; syncs {folders}."
        )
    text = said.format(host=account.imap_host, greeting=greeting, folders=found)
    if SENT not in roles and ALL not in roles and account.save_sent:
        note = translate(
            "account_check", "No Sent folder was found, so sent mail cannot be filed there."
        )
        text = f"{text} {note}"
    return SideCheck(side, True, text)


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
