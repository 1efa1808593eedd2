"""IMAP sync, as the GUI and the CLI both use it: the server's folders into the store.

Per folder, by RFC 4549 and RFC 7162:

1. SELECT; a new UIDVALIDITY starts the folder over (nothing stored is duplicated:
   the same bytes are one message).
2. Read state made here goes to the server first (``UID STORE +FLAGS.SILENT \\Seen``),
   and messages deleted here move to the account's Trash folder (``UID MOVE``, or COPY,
   ``\\Deleted`` and ``UID EXPUNGE``; see :mod:`threadline.store.trash`). Messages whose
   deletion was undone after that move come back from the Trash before any folder syncs.
3. Changes to known messages: with QRESYNC the SELECT itself reports changed flags and
   ``VANISHED`` UIDs since the last HIGHESTMODSEQ; with CONDSTORE only, ``FETCH ...
   CHANGEDSINCE`` and a UID list; without either, a UID/FLAGS comparison. Once a day
   the full UID list is compared as well, to catch what a server's MODSEQ missed.
4. New UIDs are downloaded with ``BODY.PEEK[]`` (never marking mail read) in batches;
   each batch is stored (raw bytes, threading, search) in one transaction together
   with the folder's new UIDNEXT, so a crash or a dropped connection loses nothing
   and the next sync resumes where the last commit ended.
5. The new HIGHESTMODSEQ is saved last, once everything it covers is stored.

One account's failure never stops the others; a folder that vanished from the server is
marked missing and its messages stay. No Qt here.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from threadline.errors import InvalidInputError, ThreadlineError
from threadline.i18n import Context, translate
from threadline.net import secrets as credentials
from threadline.net.imap.auth import ImapAuthenticator, ImapOAuth2Login, ImapPasswordLogin
from threadline.net.imap.errors import FolderMissing, ImapError
from threadline.net.imap.qresync import Selected
from threadline.net.imap.session import Fetched, FolderListing, ImapSession
from threadline.net.imap.settings import ImapSettings
from threadline.store.accounts import Account
from threadline.store.folders import ALL, INBOX, SENT, Arrived, Folder, FolderStore, NewMessage
from threadline.store.indexing import index_message
from threadline.store.trash import InServerTrash, Trash

syncing = Context("syncing")

#: Compare the full UID list of a folder this often (seconds).
FULL_CHECK_EVERY = 24 * 60 * 60
#: A download batch ends at this many messages or this many bytes, whichever comes first.
BATCH_MESSAGES = 500
BATCH_BYTES = 16 * 1024 * 1024

#: Names of Sent folders on servers without SPECIAL-USE (compared case-insensitively,
#: with any personal-namespace prefix such as ``INBOX.``).
SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "[gmail]/sent mail")
#: Names of Trash folders on servers without SPECIAL-USE (the same way).
TRASH_NAMES = ("trash", "deleted items", "deleted messages", "[gmail]/trash", "bin")


@dataclass(frozen=True)
class SyncProgress:
    """How far the sync of one folder is: messages downloaded of how many new."""

    account: str
    folder: str
    done: int
    total: int


@dataclass
class FolderReport:
    """What syncing one folder did."""

    name: str
    new: int = 0
    flags_changed: int = 0
    gone: int = 0
    #: Messages deleted here that this sync moved to the server's Trash folder...
    trashed: int = 0
    #: ... or left where they are: the server has no Trash folder to move them to.
    kept: int = 0
    error: str = ""


@dataclass
class SyncReport:
    """What syncing one account did; ``error`` is set when the account could not sync."""

    account: str
    folders: list[FolderReport] = field(default_factory=list)
    error: str = ""
    temporary: bool = False
    #: The CLI's exit status for ``error`` (2 bad input, 1 refused, 75 temporary).
    exit_code: int = 0

    @property
    def new(self) -> int:
        """Messages new to the store."""
        return sum(f.new for f in self.folders)

    @property
    def failed(self) -> bool:
        """Whether the account or one of its folders failed."""
        return bool(self.error) or any(f.error for f in self.folders)

    def summary(self) -> str:
        """One line for people: ``ann@example.org: 12 new messages, 3 changed elsewhere.``

        Built a part at a time, each part a pattern around the summary so far, so that a
        translation chooses its own punctuation and order."""
        if self.error:
            return f"{self.account}: {self.error}"
        text = syncing.tr("%n new message(s)", "", self.new)
        changed = sum(f.flags_changed for f in self.folders)
        if changed:
            text = syncing.tr("{summary}, %n changed elsewhere", "", changed).format(summary=text)
        gone = sum(f.gone for f in self.folders)
        if gone:
            text = syncing.tr("{summary}, %n deleted on the server (kept here)", "", gone).format(
                summary=text
            )
        trashed = sum(f.trashed for f in self.folders)
        if trashed:
            text = syncing.tr("{summary}, %n moved to the server's Trash", "", trashed).format(
                summary=text
            )
        kept = sum(f.kept for f in self.folders)
        if kept:
            text = syncing.tr(
                "{summary}, %n deleted here only (the server has no Trash folder)", "", kept
            ).format(summary=text)
        for folder in self.folders:
            if folder.error:
                text = translate("syncing", "{summary}, {folder}: {error}").format(
                    summary=text, folder=folder.name, error=folder.error
                )
        return translate("syncing", "{account}: {summary}.").format(
            account=self.account, summary=text
        )


ProgressCallback = Callable[[SyncProgress], None]
LoginFactory = Callable[[Account], ImapAuthenticator | None]
SessionFactory = Callable[[Account], ImapSession]


def imap_settings(account: Account) -> ImapSettings:
    """What the IMAP client needs of a stored account (``net`` never imports the store)."""
    if not account.has_imap:
        raise InvalidInputError(
            translate(
                "syncing",
                "{address} has no incoming (IMAP) server. Add one with 'threadline accounts "
                "edit' or in the Accounts window.",
            ).format(address=account.address)
        )
    return ImapSettings(
        host=account.imap_host,
        port=account.imap_port,
        security=account.imap_security,
        auth_method=account.auth_method,
    )


def login_factory(config_dir: Path | None) -> LoginFactory:
    """How accounts log in to IMAP: the keyring password, or OAuth2 (the same secret as
    for SMTP: one sign-in serves both sides)."""

    def login_for(account: Account) -> ImapAuthenticator | None:
        if account.auth_method == "password":
            return ImapPasswordLogin(
                username=account.username,
                password=lambda: credentials.get_password(account.id),
                account_label=account.address,
            )
        if account.auth_method == "oauth2":
            from threadline.net.oauth.providers import provider
            from threadline.net.oauth.tokens import TokenSource

            chosen = provider(account.oauth_provider or "", config_dir)
            return ImapOAuth2Login(
                TokenSource(account.id, chosen, account.address),
                account.username or account.address,
                chosen.mechanism,
                host=account.imap_host,
                port=account.imap_port,
            )
        return None

    return login_for


def session_factory(config_dir: Path | None, **options: object) -> SessionFactory:
    """Opens (not yet connected) sessions for accounts; ``options`` go to ImapSession."""
    login_for = login_factory(config_dir)

    def open_for(account: Account) -> ImapSession:
        return ImapSession(
            imap_settings(account),
            authenticator=login_for(account),
            **options,  # type: ignore[arg-type]
        )

    return open_for


def folder_roles(listing: Iterable[FolderListing], *, gmail: bool) -> dict[str, str]:
    """The folders to sync by role: ``{"inbox": "INBOX", "sent": "Sent"}``, or on Gmail
    ``{"all": "[Gmail]/All Mail"}`` (All Mail holds the inbox and sent mail both)."""
    folders = [f for f in listing if f.selectable]
    roles: dict[str, str] = {}
    for folder in folders:
        lowered = {flag.lower() for flag in folder.flags}
        if folder.name.upper() == "INBOX":
            roles.setdefault(INBOX, folder.name)
        if "\\sent" in lowered:
            roles.setdefault(SENT, folder.name)
        if "\\all" in lowered:
            roles.setdefault(ALL, folder.name)
    if SENT not in roles:
        for folder in folders:
            if _plain_name(folder) in SENT_NAMES:
                roles[SENT] = folder.name
                break
    if gmail and ALL in roles:
        return {ALL: roles[ALL]}
    roles.pop(ALL, None)
    return roles


def _plain_name(folder: FolderListing) -> str:
    """A folder's name in lower case without a personal-namespace ``INBOX.`` prefix."""
    plain = folder.name.lower()
    if folder.delimiter and plain.startswith("inbox" + folder.delimiter.lower()):
        plain = plain[len("inbox") + len(folder.delimiter) :]
    return plain


def trash_folder(listing: Iterable[FolderListing]) -> str | None:
    """The server's Trash folder: SPECIAL-USE ``\\Trash`` (RFC 6154), else a usual name
    ("Trash", "Deleted Items"...); ``None`` when it has none."""
    folders = [f for f in listing if f.selectable]
    for folder in folders:
        if "\\trash" in {flag.lower() for flag in folder.flags}:
            return folder.name
    for folder in folders:
        if _plain_name(folder) in TRASH_NAMES:
            return folder.name
    return None


class AccountSync:
    """Syncs one account's folders over one open session into the store."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        account: Account,
        session: ImapSession,
        *,
        clock: Callable[[], float] = time.time,
        progress: ProgressCallback | None = None,
        workers: int | None = None,
    ) -> None:
        self.account = account
        #: Processes that parse downloaded mail (None: the CPUs less one; 0: this one).
        self.workers = workers
        self.session = session
        self.folders = FolderStore(conn)
        self.trash = Trash(conn)
        #: The server's Trash folder, from the last LIST (``discover``); see _trash_name.
        self.trash_name: str | None = None
        self._listed = False
        self.clock = clock
        self.progress = progress

    def discover(self) -> list[Folder]:
        """Find INBOX and Sent (or Gmail's All Mail) by SPECIAL-USE; note vanished folders,
        and take back those that are on the server again."""
        listing = self.session.list_folders()
        self.trash_name, self._listed = trash_folder(listing), True
        on_server = {f.name for f in listing if f.selectable}
        for role, name in folder_roles(listing, gmail=self.session.gmail).items():
            self.folders.ensure(self.account.id, name, role)
        for folder in self.folders.folders(self.account.id):
            if folder.missing and folder.name in on_server:
                self.folders.ensure(self.account.id, folder.name)  # back: synced again
            elif folder.name not in on_server and not folder.missing:
                self.folders.mark_missing(
                    folder.id,
                    translate(
                        "syncing",
                        "The folder {folder} is no longer on the server (deleted or renamed).",
                    ).format(folder=repr(folder.name)),
                )
        return [f for f in self.folders.folders(self.account.id) if not f.missing]

    def add_folder(self, name: str) -> Folder:
        """Sync a folder the user chose (it must exist on the server)."""
        names = {f.name for f in self.session.list_folders() if f.selectable}
        if name not in names:
            raise InvalidInputError(
                translate(
                    "syncing", "There is no folder {folder} on {host}. Folders there: {names}"
                ).format(folder=repr(name), host=self.session.host, names=", ".join(sorted(names)))
            )
        return self.folders.ensure(self.account.id, name)

    def run(self, only: str | None = None) -> SyncReport:
        """Sync every folder (or only the one named); folder errors are reported, not raised.

        A dropped connection or a time-out ends the run (the connection is gone) and is
        raised, after the folders done so far are kept.
        """
        report = SyncReport(self.account.address)
        folders = self.discover()
        self.restore_from_trash(report)
        if only is not None:
            folders = [f for f in folders if f.name == only] or [self.add_folder(only)]
        for folder in folders:
            if not self._still_synced(folder):
                continue
            try:
                report.folders.append(self.sync_folder(folder))
            except (KeyError, sqlite3.IntegrityError):
                if self._still_synced(folder):
                    raise
                # The user stopped syncing it meanwhile: what was stored stays, no error.
            except FolderMissing as error:
                self.folders.mark_missing(folder.id, str(error))
                report.folders.append(FolderReport(folder.name, error=str(error)))
            except ImapError as error:
                if error.temporary:
                    raise
                self.folders.record_error(folder.id, str(error))
                report.folders.append(FolderReport(folder.name, error=str(error)))
        return report

    def _still_synced(self, folder: Folder) -> bool:
        """Whether the folder is still in the store (the user may remove one meanwhile:
        ``threadline folders remove``, the Folders dialog)."""
        try:
            self.folders.get(folder.id)
        except KeyError:
            return False
        return True

    def sync_folder(self, folder: Folder) -> FolderReport:
        """Bring one folder up to date (see the module's steps)."""
        report = FolderReport(folder.name)
        session = self.session
        known_state = (folder.uidvalidity, folder.highestmodseq) if folder.uidnext else None
        selected = session.select(folder.name, known=known_state)
        if selected.uidvalidity != folder.uidvalidity:
            folder = self.folders.reset_validity(folder.id, selected.uidvalidity)
        self._push_seen(folder)
        self._push_deleted(folder, report)
        if folder.uidnext:
            self._changes(folder, selected, report)
        now = int(self.clock())
        if folder.uidnext == 0 or selected.uidnext == 0 or selected.uidnext > folder.uidnext:
            report.new = self._download(folder, selected.uidnext)
        self.folders.save_state(
            folder.id,
            uidnext=max(selected.uidnext, self.folders.get(folder.id).uidnext),
            highestmodseq=selected.highestmodseq if session.condstore else 0,
            full_check_at=now if folder.uidnext == 0 else None,
            synced_at=now,
        )
        return report

    def _push_seen(self, folder: Folder) -> None:
        """Read state changed here goes to the server: read, and marked unread."""
        pending = self.folders.pending_seen(folder)
        if pending:
            self.session.add_seen(pending)
            self.folders.seen_stored(folder, pending)
        unread = self.folders.pending_unseen(folder)
        if unread:
            self.session.remove_seen(unread)
            self.folders.unseen_stored(folder, unread)

    def _trash_name(self) -> str | None:
        if not self._listed:
            self.trash_name, self._listed = trash_folder(self.session.list_folders()), True
        return self.trash_name

    def _push_deleted(self, folder: Folder, report: FolderReport) -> None:
        """Messages deleted here move from the (selected) folder to the server's Trash; in
        a server without one, or in the Trash itself, they stay where they are."""
        pending = self.trash.pending_moves(folder)
        if not pending:
            return
        trash = self._trash_name()
        if trash is None or trash == folder.name:
            self.trash.kept_on_server(folder, pending)
            report.kept += len(pending) if trash is None else 0
            return
        moved = self.session.move(pending, trash)
        self.trash.moved(
            folder, pending, trash, trash_uidvalidity=moved.uidvalidity, new_uids=moved.new_uids
        )
        report.trashed += len(pending)

    def restore_from_trash(self, report: SyncReport) -> None:
        """Messages whose deletion was undone after the sync moved them to the server's
        Trash go back to the folders they came from (found by the UID the move reported,
        else by Message-ID); the folders' syncs then find them at their new UIDs."""
        waiting = self.trash.pending_restores(self.account.id)
        by_trash: dict[str, list[InServerTrash]] = {}
        for copy in waiting:
            by_trash.setdefault(copy.trash, []).append(copy)
        for trash, copies in by_trash.items():
            try:
                self._restore_from(trash, copies)
            except ImapError as error:
                if error.temporary:
                    raise
                # e.g. the Trash folder is gone: there is nothing left to move back
                self.trash.restored_on_server(copies)
                report.folders.append(FolderReport(trash, error=str(error)))

    def _restore_from(self, trash: str, copies: list[InServerTrash]) -> None:
        selected = self.session.select(trash)
        by_origin: dict[int, list[int]] = {}
        for copy in copies:
            if copy.uid and copy.uidvalidity == selected.uidvalidity:
                uids = [copy.uid]
            elif copy.has_message_id:
                uids = self.session.search_message_id(copy.message_id)
            else:
                uids = []
            by_origin.setdefault(copy.folder_id, []).extend(uids)
        for folder_id, uids in by_origin.items():
            if uids:
                self.session.move(sorted(set(uids)), self.folders.get(folder_id).name)
        self.trash.restored_on_server(copies)

    def _changes(self, folder: Folder, selected: Selected, report: FolderReport) -> None:
        """Flags changed elsewhere and messages expunged since the last sync."""
        session = self.session
        full_check = self.clock() - folder.full_check_at >= FULL_CHECK_EVERY
        flags: dict[int, tuple[str, ...]]
        if selected.resynced and not full_check:  # QRESYNC said what changed: nothing to list
            flags, gone = selected.changed_flags, set(selected.vanished)
        elif session.condstore and folder.highestmodseq and not full_check:
            known = self.folders.known_uids(folder)
            unchanged = (
                selected.highestmodseq == folder.highestmodseq
                and selected.uidnext == folder.uidnext
                and selected.exists == len(known)
            )
            if unchanged:
                return
            flags = session.flags(changed_since=folder.highestmodseq)
            gone = known - set(session.all_uids())
        else:
            known = self.folders.known_uids(folder)
            flags = session.flags()
            gone = known - set(flags)
            missed = [uid for uid in flags if uid not in known and uid < folder.uidnext]
            if missed:  # below UIDNEXT but never stored: fetch them now
                report.new += self._store(folder, missed, uidnext=folder.uidnext)
            self.folders.save_state(folder.id, full_check_at=int(self.clock()))
        seen = {uid: "\\seen" in (f.lower() for f in values) for uid, values in flags.items()}
        report.flags_changed = self.folders.apply_flags(folder, seen)  # known UIDs only
        report.gone = self.folders.mark_gone(folder, gone)

    def _download(self, folder: Folder, server_uidnext: int) -> int:
        """Fetch and store every UID from the folder's UIDNEXT on, in batches.

        The next batch downloads on a helper thread while this one is indexed and
        stored, so the network and the store work at the same time.
        """
        session = self.session
        known = self.folders.known_uids(folder)
        uids = [uid for uid in session.uids_from(folder.uidnext or 1) if uid not in known]
        if uids and session.gmail:
            uids = self._link_gmail_copies(folder, uids)
        if not uids:
            return 0
        batches = self._batches(uids, server_uidnext)
        return self.folders.store_arrivals(
            folder,
            self._arrivals(batches),
            workers=self.workers,
            batch=BATCH_MESSAGES,
            on_stored=lambda done: self._report(folder, done, len(uids)),
        )

    def _arrivals(self, batches: list[tuple[list[int], int]]) -> Iterator[Arrived]:
        """The batches' messages in UID order; the next batch downloads on a helper thread
        while this one is parsed and stored, so the network and the store work together."""
        fetch = self.session.fetch_messages
        with ThreadPoolExecutor(1, thread_name_prefix="threadline-fetch") as fetcher:
            pending = fetcher.submit(fetch, batches[0][0])
            for position in range(len(batches)):
                fetched = pending.result()
                if position + 1 < len(batches):
                    pending = fetcher.submit(fetch, batches[position + 1][0])
                for message in fetched:
                    yield Arrived(message.uid, message.seen, message.raw, message.gm_msgid)

    def _link_gmail_copies(self, folder: Folder, uids: list[int]) -> list[int]:
        """On Gmail, messages already stored from another folder (same X-GM-MSGID) are
        linked, not downloaded again; returns the UIDs still to download."""
        copies = []
        for uid, (gm_msgid, flags) in self.session.gmail_ids(uids).items():
            rowid = self.folders.message_with_gm_msgid(self.account.id, gm_msgid)
            if rowid is not None:
                seen = "\\seen" in (flag.lower() for flag in flags)
                copies.append((uid, rowid, seen, gm_msgid))
        self.folders.link(folder, copies)
        linked = {uid for uid, _rowid, _seen, _gm in copies}
        return [uid for uid in uids if uid not in linked]

    def _batches(self, uids: list[int], server_uidnext: int) -> list[tuple[list[int], int]]:
        """Download batches of at most BATCH_MESSAGES or BATCH_BYTES, each with the UIDNEXT
        that is true once it is stored."""
        sizes = self.session.sizes(uids) if len(uids) > BATCH_MESSAGES else {}
        batches: list[tuple[list[int], int]] = []
        batch: list[int] = []
        weight = 0
        for uid in uids:
            batch.append(uid)
            weight += sizes.get(uid, 0)
            if len(batch) >= BATCH_MESSAGES or weight >= BATCH_BYTES:
                batches.append((batch, uid + 1))
                batch, weight = [], 0
        if batch:
            batches.append((batch, max(server_uidnext, batch[-1] + 1)))
        else:
            last, _uidnext = batches[-1]
            batches[-1] = (last, max(server_uidnext, last[-1] + 1))
        return batches

    def _store(self, folder: Folder, uids: list[int], *, uidnext: int) -> int:
        fetched = self.session.fetch_messages(uids)
        return self.folders.store_new(
            folder, [self._indexed(message) for message in fetched], uidnext=uidnext
        )

    def _indexed(self, message: Fetched) -> NewMessage:
        return NewMessage(
            uid=message.uid,
            seen=message.seen,
            record=index_message(message.raw),
            raw=message.raw,
            gm_msgid=message.gm_msgid,
        )

    def _report(self, folder: Folder, done: int, total: int) -> None:
        if self.progress:
            self.progress(SyncProgress(self.account.address, folder.name, done, total))


def sync_accounts(
    conn: sqlite3.Connection,
    accounts: Iterable[Account],
    open_session: SessionFactory,
    *,
    folder: str | None = None,
    progress: ProgressCallback | None = None,
    clock: Callable[[], float] = time.time,
) -> list[SyncReport]:
    """Sync each account with an incoming server; one account's failure never stops the
    others (its report carries the error)."""
    reports = []
    for account in accounts:
        if not account.has_imap:
            continue
        try:
            with open_session(account) as session:
                sync = AccountSync(conn, account, session, clock=clock, progress=progress)
                reports.append(sync.run(folder))
        except ThreadlineError as error:
            temporary = bool(getattr(error, "temporary", False))
            reports.append(
                SyncReport(
                    account.address,
                    error=str(error),
                    temporary=temporary,
                    exit_code=error.exit_code,
                )
            )
    return reports
