"""Who a message goes from: an account's address or one of its aliases.

A reply or a forward goes from the address the parent was sent to (To, Cc, Delivered-To,
X-Original-To, in that order: the first one that is ours), or, for our own message, the
address it came from. A new message goes from the account used last. The account's SMTP
server and login send it, whichever of its addresses is the From.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.message import Message

from threadline.core.addresses import Address, addresses_from_header
from threadline.core.parse import header_text, without_controls
from threadline.errors import InvalidInputError, NotFoundError
from threadline.i18n import translate
from threadline.store.accounts import Account, AccountStore

#: Where a received message names the address it was sent to, most telling first.
RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To")


@dataclass(frozen=True)
class Identity:
    """One From a user may choose: an account's address or alias, with the account's name."""

    account_id: str
    address: Address

    @property
    def label(self) -> str:
        """How it is shown to people: ``Name <address>`` (no header quoting)."""
        name, address = self.address.name, self.address.address
        return f"{name} <{address}>" if name else address


def identities(accounts: Sequence[Account]) -> list[Identity]:
    """Every From of every account: each account's address, then its aliases."""
    return [
        Identity(account.id, Address(address, account.display_name))
        for account in accounts
        for address in account.addresses
    ]


def identity_index(choices: Sequence[Identity], sender: Address) -> int:
    """The position of ``sender``'s address among ``choices`` (case-insensitive), or -1."""
    wanted = sender.address.lower()
    return next((n for n, i in enumerate(choices) if i.address.address.lower() == wanted), -1)


def _header_values(message: Message, name: str) -> Iterator[str]:
    """Every occurrence of a header (Delivered-To is often there several times)."""
    try:
        values = message.get_all(name) or []
    except (ValueError, LookupError, UnicodeError, IndexError, AttributeError, TypeError):
        values = [header_text(message, name)]
    for value in values:
        yield without_controls(" ".join(str(value).split()))


def addressed_identity(choices: Sequence[Identity], parent: Message) -> Identity | None:
    """The identity ``parent`` was sent to; for a message of ours, the one it came from."""
    by_address: dict[str, Identity] = {}
    for identity in choices:
        by_address.setdefault(identity.address.address.lower(), identity)
    for name in (*RECIPIENT_HEADERS, "From"):
        for value in _header_values(parent, name):
            for address in addresses_from_header(value):
                found = by_address.get(address.address.lower())
                if found is not None:
                    return found
    return None


@dataclass(frozen=True)
class Sender:
    """The account that sends a message and the From it uses (its address or an alias)."""

    account: Account
    address: Address


@dataclass(frozen=True)
class Senders:
    """The accounts a message may go from, and how to choose among them.

    ``chosen`` is an account the user named (``--account``); ``chosen_address`` the alias
    the name was, if it was one. With ``strict``, several accounts and nothing to go by
    is an error (a script must say which); otherwise the first account is used.
    """

    accounts: tuple[Account, ...]
    last_used_id: str | None = None
    chosen: Account | None = None
    chosen_address: str | None = None
    strict: bool = False

    @classmethod
    def load(cls, conn: sqlite3.Connection, name: str | None = None, *, strict: bool = False
             ) -> Senders:  # fmt: skip
        """The profile's accounts; ``name`` (id, address, alias or display name) picks one."""
        store = AccountStore(conn)
        accounts = tuple(store.all())
        chosen = store.find(name) if name is not None else None
        alias = None
        if chosen is not None and name is not None:
            alias = next((a for a in chosen.aliases if a.lower() == name.strip().lower()), None)
        last = store.last_used()
        return cls(accounts, last.id if last else None, chosen, alias, strict)

    def identities(self) -> list[Identity]:
        """Every From the user may choose."""
        return identities(self.accounts)

    def choose(self, parent: Message | None = None, *, usual: str | None = None) -> Sender:
        """Who sends a reply to ``parent`` (or, with ``None``, a new message).

        ``usual`` is an account id that the conversation used before (a thread key's).
        """
        if not self.accounts:
            raise NotFoundError(
                translate(
                    "identities",
                    "There is no sending account yet. Add one with 'threadline accounts add'.",
                )
            )
        if self.chosen is not None:
            if self.chosen_address is not None:
                return self._sender(self.chosen, self.chosen_address)
            own = identities([self.chosen])
            found = addressed_identity(own, parent) if parent is not None else None
            return self._sender(self.chosen, (found or own[0]).address.address)
        if parent is not None:
            found = addressed_identity(self.identities(), parent)
            if found is not None:
                return self._sender(self._account(found.account_id), found.address.address)
        for account_id in (usual, self.last_used_id):
            account = self._account(account_id)
            if account is not None:
                return Sender(account, account.sender)
        if len(self.accounts) > 1 and self.strict:
            raise InvalidInputError(
                translate(
                    "identities",
                    "There are several accounts; choose one with --account: {accounts}",
                ).format(accounts=", ".join(a.address for a in self.accounts))
            )
        return Sender(self.accounts[0], self.accounts[0].sender)

    def _account(self, account_id: str | None) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def _sender(self, account: Account | None, address: str) -> Sender:
        assert account is not None
        return Sender(account, Address(address, account.display_name))
