"""``threadline sync``: bring the conversations of the accounts' IMAP servers into the store.

Exit status: 0 done, 75 a temporary failure (the network, a time-out: try again later),
1 refused (a wrong password, an untrusted certificate, a folder that vanished), 2 bad
input. A progress bar on a terminal; one summary line per account otherwise.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from threadline.cli import profile_from
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.services.syncing import SyncProgress, SyncReport, session_factory, sync_accounts
from threadline.store import db
from threadline.store.accounts import Account, AccountStore

EX_TEMPFAIL = 75


def register(subparsers: Any) -> None:
    """Add the ``sync`` command."""
    parser = subparsers.add_parser(
        "sync",
        help=translate(
            "sync_command", "fetch new mail and read state from the accounts' IMAP servers"
        ),
        description=translate(
            "sync_command",
            "Sync INBOX and Sent (on Gmail: All Mail) of every account that has an "
            "incoming server, and any folder added with --folder. Mail deleted on the server "
            "stays in Threadline's archive.",
        ),
    )
    parser.add_argument(
        "--account", help=translate("sync_command", "only this account (id, address or name)")
    )
    parser.add_argument(
        "--folder",
        help=translate(
            "sync_command", "only this folder (added to the account's synced folders if new)"
        ),
    )
    parser.set_defaults(func=run)


class SyncBar:
    """A one-line progress bar on a terminal (nothing when output is not a terminal)."""

    def __init__(self, stream: Any = sys.stderr) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.drawn = False

    def __call__(self, progress: SyncProgress) -> None:
        if not self.enabled:
            return
        fraction = progress.done / progress.total if progress.total else 1.0
        width = 30
        filled = int(fraction * width)
        label = safe_line(f"{progress.account} {progress.folder}")[:40]
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%}"
            f"  {progress.done}/{progress.total}  {label}\x1b[K"
        )
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """End the progress line."""
        if self.drawn:
            self.stream.write("\n")
            self.drawn = False


def chosen_accounts(store: AccountStore, name: str | None) -> list[Account]:
    """The accounts to sync: the one named (it must have IMAP), or every one with IMAP."""
    if name is not None:
        account = store.find(name)
        if not account.has_imap:
            raise InvalidInputError(
                translate(
                    "sync_command",
                    "{address} has no incoming (IMAP) server. Add one with "
                    "'threadline accounts edit {address} --imap-host HOST'.",
                ).format(address=account.address)
            )
        return [account]
    accounts = [a for a in store.all() if a.has_imap]
    if not accounts:
        raise InvalidInputError(
            translate(
                "sync_command",
                "No account has an incoming (IMAP) server yet. Add one with "
                "'threadline accounts add ADDRESS --imap-host HOST' (or 'accounts edit').",
            )
        )
    return accounts


def exit_status(reports: list[SyncReport]) -> int:
    """0 done; else 2 bad input, 1 refused (the user must act), 75 it may pass by itself."""
    if any(r.exit_code == 2 for r in reports):
        return 2
    if any(r.failed and not r.temporary for r in reports):
        return 1
    if any(r.temporary for r in reports):
        return EX_TEMPFAIL
    return 0


def run(args: argparse.Namespace) -> int:
    """Sync and print one line per account."""
    profile = profile_from(args)
    conn = db.connect(profile.store_path)
    accounts = chosen_accounts(AccountStore(conn), args.account)
    bar = SyncBar()
    try:
        reports = sync_accounts(
            conn,
            accounts,
            session_factory(profile.config_dir),
            folder=args.folder,
            progress=bar,
        )
    finally:
        bar.close()
    for report in reports:
        stream = sys.stderr if report.error else sys.stdout
        prefix = "threadline: " if report.error else ""
        print(prefix + safe_line(report.summary()), file=stream)
    return exit_status(reports)
