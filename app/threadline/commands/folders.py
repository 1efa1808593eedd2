"""``threadline folders list|add|remove``: which of an account's server folders are synced.

INBOX and Sent (on Gmail: All Mail) are always synced; ``add`` syncs another folder from
the next sync on; ``remove`` stops syncing one the user added, and its mail stays in
Threadline's archive. ``list`` and ``add`` ask the server; ``remove`` needs no network.

Exit status as for ``sync``: 0 done, 2 bad input (an unknown folder, a role folder to
remove), 1 refused by the server (a password, a certificate), 75 temporary (no network).
"""

from __future__ import annotations

import argparse
from typing import Any

from threadline.cli import profile_from
from threadline.commands.sync import chosen_accounts
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.services.folder_choice import (
    FolderChoice,
    add_folder,
    folder_choices,
    load_server_folders,
    remove_folder,
)
from threadline.services.syncing import session_factory
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import FolderStore

#: Folder names longer than this do not widen the list's first column.
NAME_COLUMN = 32


def register(subparsers: Any) -> None:
    """Add the ``folders`` command and its subcommands."""
    parser = subparsers.add_parser(
        "folders",
        help=translate(
            "folders_command", "list, add or remove the server folders an account syncs"
        ),
        description=translate(
            "folders_command",
            "INBOX and Sent (on Gmail: All Mail) are always synced. Add any other "
            "folder of the server; removing one stops syncing it, and its mail stays in "
            "Threadline.",
        ),
    )
    commands = parser.add_subparsers(dest="folders_command", metavar="ACTION", required=True)
    listing = commands.add_parser(
        "list",
        help=translate(
            "folders_command", "the server's folders: synced or not, their role, missing ones"
        ),
    )
    listing.set_defaults(func=run_list)
    add = commands.add_parser(
        "add",
        help=translate("folders_command", "sync a folder of the server from the next sync on"),
    )
    add.add_argument(
        "name",
        help=translate(
            "folders_command", "the folder's name on the server, as 'folders list' shows it"
        ),
    )
    add.set_defaults(func=run_add)
    remove = commands.add_parser(
        "remove",
        help=translate(
            "folders_command", "stop syncing a folder you added (its mail stays in Threadline)"
        ),
    )
    remove.add_argument(
        "name", help=translate("folders_command", "the folder's name, as 'folders list' shows it")
    )
    remove.set_defaults(func=run_remove)
    for command in (listing, add, remove):
        command.add_argument(
            "--account",
            help=translate(
                "folders_command",
                "id, address or name (default: the only one with an incoming server)",
            ),
        )


def _account(store: AccountStore, name: str | None) -> Account:
    """The account named, or the only one with an incoming server."""
    accounts = chosen_accounts(store, name)
    if len(accounts) > 1:
        raise InvalidInputError(
            translate(
                "folders_command",
                "Several accounts have an incoming server; choose one with --account: {accounts}",
            ).format(accounts=", ".join(a.address for a in accounts))
        )
    return accounts[0]


def _state(choice: FolderChoice) -> str:
    """synced, not synced or missing, in the user's words."""
    if not choice.on_server:
        return translate("folders_command", "missing")
    if choice.synced:
        return translate("folders_command", "synced")
    return translate("folders_command", "not synced")


def _role(choice: FolderChoice) -> str:
    """The folder's role (Inbox, Sent, All Mail) in the user's words, or ''."""
    roles = {
        "Inbox": translate("folders_command", "Inbox"),
        "Sent": translate("folders_command", "Sent"),
        "All Mail": translate("folders_command", "All Mail"),
    }
    return roles.get(choice.role_label, choice.role_label)


def line(choice: FolderChoice, width: int) -> str:
    """One folder: name, state (synced, not synced, missing), then its role or a note."""
    name = safe_line(choice.name)
    text = f"{name.ljust(width)}  {_state(choice).ljust(10)}  {_role(choice) or choice.note}"
    return text.rstrip()


def run_list(args: argparse.Namespace) -> int:
    """One line per folder of the server, and per synced folder gone from it."""
    profile = profile_from(args)
    conn = db.connect(profile.store_path)
    account = _account(AccountStore(conn), args.account)
    server = load_server_folders(session_factory(profile.config_dir), account)
    choices = folder_choices(FolderStore(conn), account, server)
    width = min(max((len(safe_line(c.name)) for c in choices), default=0), NAME_COLUMN)
    for choice in choices:
        print(line(choice, width))
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Sync a folder from the next sync on."""
    profile = profile_from(args)
    conn = db.connect(profile.store_path)
    account = _account(AccountStore(conn), args.account)
    server = load_server_folders(session_factory(profile.config_dir), account)
    outcome = add_folder(FolderStore(conn), account, server, args.name)
    said = safe_line(outcome.text)
    if outcome.changed:
        hint = translate("folders_command", "Run 'threadline sync' to fetch them now.")
        said = f"{said} {hint}"
    print(said)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Stop syncing a folder the user added; its mail stays."""
    profile = profile_from(args)
    conn = db.connect(profile.store_path)
    account = _account(AccountStore(conn), args.account)
    print(safe_line(remove_folder(FolderStore(conn), account, args.name).text))
    return 0
