"""Which server folders an account syncs: the server's folders beside the synced ones,
and the user's choice applied (``threadline folders`` and the Folders dialog alike).

Listing asks the server (LIST, one round trip); choosing only changes the store. An
added folder's mail arrives with the next sync; a removed folder's mail stays in the
archive (Threadline never deletes mail). The folders Threadline finds by itself (Inbox,
Sent, Gmail's All Mail: see :func:`~threadline.services.syncing.folder_roles`) are
always synced and cannot be removed. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from threadline.errors import InvalidInputError
from threadline.i18n import Context, translate
from threadline.net.imap.session import FolderListing, ImapSession
from threadline.services.syncing import SessionFactory, folder_roles
from threadline.store.accounts import Account
from threadline.store.folders import ALL, INBOX, SENT, Folder, FolderStore

folder_choice = Context("folder_choice")

#: The roles in words, as a list shows them (English: the Folders window and the command
#: line put them in the user's words).
ROLE_LABELS = {INBOX: "Inbox", SENT: "Sent", ALL: "All Mail"}
#: Folder names an error message lists at most.
NAMES_SHOWN = 12
_ROLE_ORDER = {INBOX: 0, ALL: 1, SENT: 2}


@dataclass(frozen=True)
class ServerFolders:
    """What the server said: its folders (LIST) and whether it is Gmail."""

    host: str
    listing: tuple[FolderListing, ...]
    gmail: bool = False

    def roles(self) -> dict[str, str]:
        """The role of each folder Threadline syncs by itself: ``{"INBOX": "inbox"}``."""
        return {name: role for role, name in folder_roles(self.listing, gmail=self.gmail).items()}

    def find(self, name: str) -> FolderListing | None:
        """The folder named exactly ``name`` (INBOX in any case, as RFC 3501 says)."""
        for folder in self.listing:
            if folder.name == name:
                return folder
        if name.upper() == "INBOX":
            for folder in self.listing:
                if folder.name.upper() == "INBOX":
                    return folder
        return None


def read_server_folders(session: ImapSession) -> ServerFolders:
    """The folders of the server ``session`` is logged in to."""
    return ServerFolders(session.host, tuple(session.list_folders()), session.gmail)


def load_server_folders(open_session: SessionFactory, account: Account) -> ServerFolders:
    """Connect, log in and list the account's server folders (network: not on a GUI thread)."""
    with open_session(account) as session:
        return read_server_folders(session)


@dataclass(frozen=True)
class Outcome:
    """What adding or removing a folder did, in one sentence; ``changed``: the store changed."""

    text: str
    changed: bool = True

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class FolderChoice:
    """One folder as the user chooses: on the server, synced, or both."""

    name: str
    #: Threadline syncs it (a folder gone from the server is not synced any more).
    synced: bool
    #: inbox, sent or all for the folders Threadline syncs by itself; '' otherwise.
    role: str = ""
    #: It is on the server (False: deleted or renamed there; its mail stays here).
    on_server: bool = True
    #: The store's row for it, if Threadline knows it; and how many messages came from it.
    folder_id: int | None = None
    messages: int = 0

    @property
    def role_label(self) -> str:
        """The role in words ("Inbox", "Sent", "All Mail"), or ''."""
        return ROLE_LABELS.get(self.role, "")

    @property
    def fixed(self) -> bool:
        """Always synced: the user cannot remove it."""
        return bool(self.role)

    @property
    def addable(self) -> bool:
        """It can be added: on the server and not synced yet."""
        return self.on_server and not self.synced

    @property
    def removable(self) -> bool:
        """It can be removed: known here and not one of the role folders."""
        return self.folder_id is not None and not self.fixed

    @property
    def state(self) -> str:
        """One word for the state: synced, not synced, or missing (gone from the server)."""
        if not self.on_server:
            return "missing"
        return "synced" if self.synced else "not synced"

    @property
    def note(self) -> str:
        """What a person should know beyond the state, or '' (in the user's language)."""
        if not self.on_server:
            return folder_choice.tr(
                "no longer on the server (deleted or renamed); %n message(s) from it stay(s) in "
                "Threadline",
                "",
                self.messages,
            )
        if self.folder_id is not None and not self.synced:
            return translate(
                "folder_choice", "was gone from the server for a while; add it to sync it again"
            )
        return ""


def folder_choices(
    store: FolderStore, account: Account, server: ServerFolders
) -> list[FolderChoice]:
    """Every folder to choose from: the server's (that can hold mail) and the ones known
    here that vanished there. Role folders first (Inbox, All Mail, Sent), then by name."""
    known = {folder.name: folder for folder in store.folders(account.id)}
    roles = server.roles()
    claimed = set(roles.values())
    choices = []
    for listed in server.listing:
        if not listed.selectable:
            continue
        stored = known.pop(listed.name, None)
        role = roles.get(listed.name, "")
        if not role and stored is not None and stored.role not in claimed:
            role = stored.role  # as the next sync keeps it
        synced = bool(role) or (stored is not None and not stored.missing)
        choices.append(_choice(store, listed.name, stored, synced=synced, role=role))
    for stored in known.values():  # deleted or renamed on the server
        choices.append(_choice(store, stored.name, stored, synced=False, on_server=False))
    return sorted(choices, key=_order)


def _choice(
    store: FolderStore,
    name: str,
    stored: Folder | None,
    *,
    synced: bool,
    role: str = "",
    on_server: bool = True,
) -> FolderChoice:
    return FolderChoice(
        name=name,
        synced=synced,
        role=role,
        on_server=on_server,
        folder_id=stored.id if stored else None,
        messages=store.message_count(stored.id) if stored else 0,
    )


def _order(choice: FolderChoice) -> tuple[int, str, str]:
    return (_ROLE_ORDER.get(choice.role, 3), choice.name.casefold(), choice.name)


def _names(names: Iterable[str]) -> str:
    """Names for a sentence, at most :data:`NAMES_SHOWN` of them."""
    listed = sorted(set(names), key=str.casefold)
    shown = ", ".join(repr(name) for name in listed[:NAMES_SHOWN])
    more = len(listed) - NAMES_SHOWN
    if more > 0:
        return folder_choice.tr("{names} and %n more", "", more).format(names=shown)
    return shown


def add_folder(store: FolderStore, account: Account, server: ServerFolders, name: str) -> Outcome:
    """Sync the folder ``name`` from now on; says what happened.

    It must be on the server and able to hold mail (else :class:`InvalidInputError`).
    """
    listed = server.find(name)
    if listed is None:
        raise InvalidInputError(_not_on_server(server, name))
    if not listed.selectable:
        inside = [
            f.name for f in server.listing
            if f.selectable and f.delimiter and f.name.startswith(listed.name + f.delimiter)
        ]  # fmt: skip
        values = {"folder": repr(listed.name), "host": server.host}
        if inside:
            holds = translate(
                "folder_choice",
                "The folder {folder} on {host} holds only other folders, not mail. Folders "
                "inside it: {names}.",
            ).format(names=_names(inside), **values)
        else:
            holds = translate(
                "folder_choice",
                "The folder {folder} on {host} holds only other folders, not mail.",
            ).format(**values)
        raise InvalidInputError(holds)
    choice = next(c for c in folder_choices(store, account, server) if c.name == listed.name)
    if choice.fixed:
        return Outcome(_already_synced(choice.name, choice.role), False)
    if choice.synced:
        said = translate("folder_choice", "{folder} is already synced.")
        return Outcome(said.format(folder=repr(choice.name)), changed=False)
    store.ensure(account.id, listed.name)
    said = translate(
        "folder_choice", "Added {folder}: its conversations arrive with the next sync."
    )
    said = translate(
        "folder_choice", "Added {folder}: its conversations arrive with the next sync."
    )
    return Outcome(said.format(folder=repr(listed.name)))


def _already_synced(name: str, role: str) -> str:
    if role == INBOX:
        said = translate("folder_choice", "{folder} is already synced: it is the account's Inbox.")
    elif role == SENT:
        said = translate(
            "folder_choice", "{folder} is already synced: it is the account's Sent folder."
        )
    else:
        said = translate(
            "folder_choice", "{folder} is already synced: it is the account's All Mail folder."
        )
    return said.format(folder=repr(name))


def _not_on_server(server: ServerFolders, name: str) -> str:
    names = [f.name for f in server.listing if f.selectable]
    values = {"folder": repr(name), "host": server.host}
    alike = [n for n in names if n.casefold() == name.strip().casefold()]
    if alike:
        return translate(
            "folder_choice",
            "There is no folder {folder} on {host}. Did you mean {other}? (Names are "
            "case-sensitive.)",
        ).format(other=repr(alike[0]), **values)
    if names:
        return translate(
            "folder_choice", "There is no folder {folder} on {host}. Folders there: {names}."
        ).format(names=_names(names), **values)
    return translate("folder_choice", "There is no folder {folder} on {host}.").format(**values)


def remove_folder(store: FolderStore, account: Account, name: str) -> Outcome:
    """Stop syncing the folder ``name`` (no server needed); its mail stays in the archive.

    The role folders cannot be removed, and a folder that is not synced has nothing to
    remove (both :class:`InvalidInputError`). Says what happened.
    """
    known = store.folders(account.id)
    folder = next((f for f in known if f.name == name), None)
    if folder is None and name.upper() == "INBOX":
        folder = next((f for f in known if f.name.upper() == "INBOX"), None)
        if folder is None:  # not stored before the first sync, and synced by it
            raise InvalidInputError(_always_synced("INBOX", INBOX))
    if folder is None:
        synced = [f.name for f in known if not f.missing]
        if synced:
            nothing = translate(
                "folder_choice",
                "{folder} is not synced, so there is nothing to remove. Synced folders: {names}.",
            ).format(folder=repr(name), names=_names(synced))
        else:
            nothing = translate(
                "folder_choice", "{folder} is not synced, so there is nothing to remove."
            ).format(folder=repr(name))
        raise InvalidInputError(nothing)
    if folder.role and not folder.missing:  # (one that vanished can be forgotten)
        raise InvalidInputError(_always_synced(folder.name, folder.role))
    count = store.message_count(folder.id)
    store.remove(folder.id)
    if not count:
        said = translate(
            "folder_choice", "Stopped syncing {folder} (no mail of it was downloaded yet)."
        )
        return Outcome(said.format(folder=repr(folder.name)))
    said = folder_choice.tr(
        "Stopped syncing {folder}. %n message(s) from it stay(s) in Threadline's archive, in "
        "their conversations and in search.",
        "",
        count,
    )
    return Outcome(said.format(folder=repr(folder.name)))


def _always_synced(name: str, role: str) -> str:
    if role == INBOX:
        said = translate(
            "folder_choice",
            "{folder} is the account's Inbox: Threadline always syncs it, so it cannot be removed.",
        )
    elif role == SENT:
        said = translate(
            "folder_choice",
            "{folder} is the account's Sent folder: Threadline always syncs it, so it cannot be "
            "removed.",
        )
    else:
        said = translate(
            "folder_choice",
            "{folder} is the account's All Mail folder: Threadline always syncs it, so it "
            "cannot be removed.",
        )
    return said.format(folder=repr(name))


def apply_choice(
    store: FolderStore, account: Account, server: ServerFolders, wanted: Iterable[str]
) -> list[Outcome]:
    """Make the synced folders those in ``wanted`` (the role folders stay whatever it
    holds); says what changed (nothing: an empty list)."""
    chosen = set(wanted)
    done = []
    for choice in folder_choices(store, account, server):
        if choice.addable and choice.name in chosen:
            done.append(add_folder(store, account, server, choice.name))
        elif choice.removable and choice.synced and choice.name not in chosen:
            done.append(remove_folder(store, account, choice.name))
    return done
