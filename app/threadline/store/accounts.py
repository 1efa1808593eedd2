"""Accounts: who sends, through which SMTP server, where its mail comes from (IMAP).

Never a secret here: :mod:`threadline.net.secrets` keeps those in the OS keyring.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from threadline.core.hosts import is_loopback
from threadline.errors import InvalidInputError, NotFoundError
from threadline.i18n import Context, translate
from threadline.store.db import transaction

# (the address parser, with the stdlib's email header machinery, loads when first used:
# the app's start lists accounts without it)
if TYPE_CHECKING:
    from threadline.core.addresses import Address

SECURITY_CHOICES = ("tls", "starttls", "none")
AUTH_CHOICES = ("password", "oauth2", "none")

account_store = Context("account_store")


@dataclass(frozen=True)
class Account:
    """One identity and the SMTP server it sends through."""

    id: str
    address: str
    smtp_host: str
    smtp_port: int
    security: str = "starttls"
    username: str = ""
    auth_method: str = "password"
    display_name: str = ""
    oauth_provider: str | None = None
    #: Other addresses this account sends as (same server and login), plain addresses.
    aliases: tuple[str, ...] = ()
    #: The incoming side: the IMAP server its conversations are synced from ('' for none).
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "tls"
    #: File a copy of each sent message in the server's Sent folder (off where the
    #: provider files SMTP-sent mail itself, as Gmail does).
    save_sent: bool = True

    @property
    def has_imap(self) -> bool:
        """Whether the account syncs from an IMAP server."""
        return bool(self.imap_host)

    @property
    def sender(self) -> Address:
        """The From address of this account's messages."""
        from threadline.core.addresses import Address

        return Address(self.address, self.display_name)

    @property
    def label(self) -> str:
        """How the account is shown to people: ``Name <address>`` (no header quoting)."""
        return f"{self.display_name} <{self.address}>" if self.display_name else self.address

    @property
    def addresses(self) -> tuple[str, ...]:
        """The address and then the aliases: every From this account may send."""
        return (self.address, *self.aliases)

    def validated(self) -> Account:
        """Return ``self`` if the settings are usable, else raise with what to change."""
        from threadline.core.addresses import validate_address

        validate_address(self.address)
        if not self.smtp_host or any(c.isspace() for c in self.smtp_host):
            raise InvalidInputError(
                translate(
                    "account_store",
                    "{host} is not a server name.",
                ).format(host=repr(self.smtp_host))
            )
        if not 0 < self.smtp_port < 65536:
            raise InvalidInputError(
                translate(
                    "account_store",
                    "{port} is not a port number (1-65535).",
                ).format(port=self.smtp_port)
            )
        if self.security not in SECURITY_CHOICES:
            raise InvalidInputError(
                translate(
                    "account_store",
                    "Security must be one of {choices}.",
                ).format(choices=", ".join(SECURITY_CHOICES))
            )
        if self.auth_method not in AUTH_CHOICES:
            raise InvalidInputError(
                translate(
                    "account_store",
                    "Authentication must be one of {choices}.",
                ).format(choices=", ".join(AUTH_CHOICES))
            )
        if self.security == "none" and not is_loopback(self.smtp_host):
            raise InvalidInputError(
                translate(
                    "account_store",
                    "Sending without encryption is only allowed to a server on this computer "
                    "(127.0.0.1). Choose TLS or STARTTLS for other servers.",
                )
            )
        if self.imap_host:
            _check_server(self.imap_host, self.imap_port, self.imap_security)
        if self.auth_method == "password" and not self.username:
            raise InvalidInputError(
                translate(
                    "account_store",
                    "Password authentication needs a user name.",
                )
            )
        seen = {self.address.lower()}
        for alias in self.aliases:
            validate_address(alias)
            if alias.lower() in seen:
                raise InvalidInputError(
                    translate(
                        "account_store",
                        "{alias} is given twice among the account's addresses.",
                    ).format(alias=alias)
                )
            seen.add(alias.lower())
        return self


def _check_server(host: str, port: int, security: str) -> None:
    if any(c.isspace() or ord(c) < 32 for c in host):
        raise InvalidInputError(
            translate(
                "account_store",
                "{host} is not a server name.",
            ).format(host=repr(host))
        )
    if not 0 < port < 65536:
        raise InvalidInputError(
            translate(
                "account_store",
                "{port} is not a port number (1-65535).",
            ).format(port=port)
        )
    if security not in SECURITY_CHOICES:
        raise InvalidInputError(
            translate(
                "account_store",
                "Security must be one of {choices}.",
            ).format(choices=", ".join(SECURITY_CHOICES))
        )
    if security == "none" and not is_loopback(host):
        raise InvalidInputError(
            translate(
                "account_store",
                "Receiving without encryption is only allowed from a server on this computer "
                "(127.0.0.1). Choose TLS or STARTTLS for other servers.",
            )
        )


def new_account_id() -> str:
    """A stable, random account id (the keyring key)."""
    import uuid

    return uuid.uuid4().hex


class AccountStore:
    """Accounts in the store's SQLite database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def save(self, account: Account) -> Account:
        """Insert or update an account (validated first)."""
        account.validated()
        now = int(time.time())
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO accounts (id, display_name, address, smtp_host, smtp_port, security,"
                " username, auth_method, oauth_provider, aliases, imap_host, imap_port,"
                " imap_security, save_sent, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
                " display_name = excluded.display_name, address = excluded.address,"
                " smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port,"
                " security = excluded.security, username = excluded.username,"
                " auth_method = excluded.auth_method, oauth_provider = excluded.oauth_provider,"
                " aliases = excluded.aliases, imap_host = excluded.imap_host,"
                " imap_port = excluded.imap_port, imap_security = excluded.imap_security,"
                " save_sent = excluded.save_sent, updated_at = excluded.updated_at",
                (
                    account.id,
                    account.display_name,
                    account.address,
                    account.smtp_host,
                    account.smtp_port,
                    account.security,
                    account.username,
                    account.auth_method,
                    account.oauth_provider,
                    json.dumps(list(account.aliases)),
                    account.imap_host,
                    account.imap_port,
                    account.imap_security,
                    int(account.save_sent),
                    now,
                    now,
                ),
            )
        return account

    def all(self) -> list[Account]:
        """Every account, in the order they were added."""
        rows = self.conn.execute("SELECT * FROM accounts ORDER BY created_at, rowid")
        return [_account(row) for row in rows]

    def get(self, account_id: str) -> Account:
        """One account by id."""
        row = self.conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                translate(
                    "account_store",
                    "There is no account {account}.",
                ).format(account=repr(account_id))
            )
        return _account(row)

    def last_used(self) -> Account | None:
        """The account that queued a message last (see :func:`remember_last_used`)."""
        row = self.conn.execute(
            "SELECT * FROM accounts WHERE last_used > 0 ORDER BY last_used DESC LIMIT 1"
        ).fetchone()
        return _account(row) if row else None

    def find(self, name: str | None) -> Account:
        """An account by id, address, alias or display name; the only one if ``name`` is None."""
        accounts = self.all()
        if not accounts:
            raise NotFoundError(
                translate(
                    "account_store",
                    "There is no sending account yet. Add one with 'threadline accounts add'.",
                )
            )
        if name is None:
            if len(accounts) == 1:
                return accounts[0]
            raise InvalidInputError(
                translate(
                    "account_store",
                    "There are several accounts; choose one with --account: {accounts}",
                ).format(accounts=", ".join(a.address for a in accounts))
            )
        wanted = name.strip().lower()
        for account in accounts:
            if wanted in (
                account.id.lower(),
                *(address.lower() for address in account.addresses),
                account.display_name.lower(),
            ):
                return account
        raise NotFoundError(
            translate("account_store", "There is no account {account}. Known accounts: {accounts}")
            .format(account=repr(name), accounts=", ".join(a.address for a in accounts))
        )  # fmt: skip

    def remove(self, account_id: str) -> None:
        """Delete an account; refused while it still has mail waiting in the outbox."""
        waiting = self.conn.execute(
            "SELECT count(*) FROM outbox WHERE account_id = ? AND state != 'sent'", (account_id,)
        ).fetchone()[0]
        if waiting:
            raise InvalidInputError(
                account_store.tr(
                    "The account still has %n message(s) in the outbox. Send or delete it/them "
                    "first.",
                    "",
                    waiting,
                )
            )
        with transaction(self.conn):
            self.conn.execute("DELETE FROM outbox WHERE account_id = ?", (account_id,))
            if not self.conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,)).rowcount:
                raise NotFoundError(
                    translate(
                        "account_store",
                        "There is no account {account}.",
                    ).format(account=repr(account_id))
                )


def remember_last_used(conn: sqlite3.Connection, account_id: str) -> None:
    """Note that ``account_id`` just queued a message: new messages start from it."""
    with transaction(conn):
        conn.execute(
            "UPDATE accounts SET last_used = (SELECT max(last_used) + 1 FROM accounts)"
            " WHERE id = ?",
            (account_id,),
        )


def _account(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"],
        address=row["address"],
        smtp_host=row["smtp_host"],
        smtp_port=row["smtp_port"],
        security=row["security"],
        username=row["username"],
        auth_method=row["auth_method"],
        display_name=row["display_name"],
        oauth_provider=row["oauth_provider"],
        aliases=tuple(json.loads(row["aliases"])),
        imap_host=row["imap_host"],
        imap_port=row["imap_port"],
        imap_security=row["imap_security"],
        save_sent=bool(row["save_sent"]),
    )
