"""One IMAP connection: connect, secure, log in, then the few commands a sync needs.

Security rules, as for SMTP: certificates are verified against the OS trust store;
STARTTLS, when configured, is required (a server that does not offer it is an error,
never a silent plain-text session); credentials go only over TLS, or to a server on this
machine. Every library error leaves as a :class:`threadline.net.imap.errors.ImapError`
worded for people.

imapclient speaks IMAP; the few things it lacks (SELECT with QRESYNC, ``VANISHED``,
FETCH over ``1:*`` with ``CHANGEDSINCE``) are in :mod:`threadline.net.imap.qresync`.
"""

from __future__ import annotations

import re
import select
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any

from imapclient import IMAPClient

from threadline.core.hosts import is_loopback
from threadline.i18n import translate
from threadline.net.imap import qresync
from threadline.net.imap.auth import ImapAuthenticator
from threadline.net.imap.errors import (
    ConnectionDropped,
    ImapError,
    InsecureAuthRefused,
    ServerRefused,
    StartTlsUnavailable,
    TlsFailed,
    from_imap_exception,
)
from threadline.net.imap.qresync import Selected
from threadline.net.imap.settings import ImapSettings
from threadline.net.tls import client_context, peer_fingerprint

#: Seconds to wait for the connection and for each read.
DEFAULT_TIMEOUT = 60.0
SEEN = b"\\Seen"
DELETED = b"\\Deleted"
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_COPYUID = re.compile(r"^\s*(\d+)\s+([\d:,]+)\s+([\d:,]+)")


@dataclass(frozen=True)
class FolderListing:
    """One folder from LIST: its name (decoded), attributes and hierarchy delimiter."""

    name: str
    flags: tuple[str, ...]
    delimiter: str

    @property
    def selectable(self) -> bool:
        """Whether the folder can hold messages (not ``\\Noselect`` / ``\\NonExistent``)."""
        lowered = {flag.lower() for flag in self.flags}
        return not lowered & {"\\noselect", "\\nonexistent"}


@dataclass(frozen=True)
class Fetched:
    """A message as the server sent it: UID, flags, the exact bytes, Gmail's id."""

    uid: int
    flags: tuple[str, ...]
    raw: bytes
    gm_msgid: int | None = None

    @property
    def seen(self) -> bool:
        """Whether the server has it as read."""
        return "\\seen" in (flag.lower() for flag in self.flags)


@dataclass(frozen=True)
class Moved:
    """Where moved (or copied) messages went: the target folder's UIDVALIDITY and each
    message's new UID there, when the server said (UIDPLUS ``COPYUID``); else empty."""

    uidvalidity: int = 0
    new_uids: dict[int, int] = field(default_factory=dict)


def _ordered_uids(text: str) -> list[int]:
    """The UIDs of a COPYUID set in the order given (``4,1:2`` -> 4, 1, 2): the source
    and target sets pair up by position (RFC 4315 §3)."""
    found: list[int] = []
    for part in text.split(","):
        low, _colon, high = part.partition(":")
        first, last = int(low), int(high or low)
        found.extend(range(min(first, last), max(first, last) + 1))
    return found


def _copyuid(lines: list[Any]) -> tuple[int, dict[int, int]]:
    """The target UIDVALIDITY and ``{source uid: target uid}`` of COPYUID responses."""
    validity, pairs = 0, dict[int, int]()
    for line in lines:
        text = line.decode("ascii", "replace") if isinstance(line, bytes) else str(line)
        match = _COPYUID.match(text)
        if match is None:
            continue
        sources, targets = _ordered_uids(match.group(2)), _ordered_uids(match.group(3))
        if len(sources) == len(targets):
            validity = int(match.group(1))
            pairs.update(zip(sources, targets, strict=True))
    return validity, pairs


def _response_words(responses: list[tuple[object, ...]]) -> list[str]:
    """The kind of each untagged response: ``(3, b'EXISTS')`` -> ``EXISTS``."""
    words = []
    for response in responses:
        for item in response:
            if isinstance(item, bytes) and item.isalpha():
                words.append(item.decode("ascii").upper())
                break
    return words


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class ImapSession:
    """An open, logged-in connection to one IMAP server; use as a context manager."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        authenticator: ImapAuthenticator | None = None,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.settings = settings
        self.authenticator = authenticator
        self.ssl_context = ssl_context or client_context()
        self.timeout = timeout
        self._client: IMAPClient | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.greeting = ""
        self.selected: Selected | None = None

    def __enter__(self) -> ImapSession:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def host(self) -> str:
        """The server's name as configured."""
        return self.settings.host

    @property
    def client(self) -> IMAPClient:
        """The imapclient connection (open)."""
        if self._client is None:
            raise ImapError(translate("imap", "The connection to the incoming server is not open."))
        return self._client

    def has(self, capability: str) -> bool:
        """Whether the server advertised ``capability`` (after log-in)."""
        return capability.upper() in self.capabilities

    @property
    def qresync(self) -> bool:
        """QRESYNC (RFC 7162) is on: SELECT reports flag changes and expunges since a modseq."""
        return self.has("QRESYNC")

    @property
    def condstore(self) -> bool:
        """CONDSTORE (RFC 7162): MODSEQ per message and FETCH ... CHANGEDSINCE."""
        return self.has("CONDSTORE") or self.has("QRESYNC")

    @property
    def gmail(self) -> bool:
        """Gmail's extensions (X-GM-MSGID, the All Mail folder)."""
        return self.has("X-GM-EXT-1")

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Library errors in the block leave as :class:`ImapError` worded for people."""
        try:
            yield
        except ImapError:
            raise
        except Exception as error:
            raise from_imap_exception(error, self.host) from None

    # -- connecting ---------------------------------------------------------------------

    def open(self) -> None:
        """Connect, secure the connection and log in, or raise :class:`ImapError`."""
        settings = self.settings
        encrypted = settings.security in ("tls", "starttls")
        if settings.security == "none" and not is_loopback(settings.host):
            raise InsecureAuthRefused(
                translate(
                    "imap",
                    "Refusing to connect to {host} without encryption. Choose TLS or STARTTLS "
                    "in the account settings.",
                ).format(host=settings.host)
            )
        try:
            client = IMAPClient(
                settings.host,
                settings.port,
                ssl=settings.security == "tls",
                ssl_context=self.ssl_context,
                timeout=self.timeout,
            )
            self._client = client
            self.greeting = _text(client.welcome or b"").strip()
            if settings.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise StartTlsUnavailable(
                        translate(
                            "imap",
                            "{host} does not offer STARTTLS, so the connection cannot be "
                            "encrypted. Nothing was sent. Check the port (993 for TLS, 143 for "
                            "STARTTLS) or ask your provider.",
                        ).format(host=settings.host)
                    )
                client.starttls(self.ssl_context)
            if settings.auth_method != "none" and self.authenticator is not None:
                if not encrypted and not is_loopback(settings.host):
                    raise InsecureAuthRefused(
                        translate(
                            "imap", "Refusing to send the password over an unencrypted connection."
                        )
                    )
                self.authenticator.authenticate(client, encrypted=encrypted)
            client._cached_capabilities = None  # the list after log-in is the one that counts
            self.capabilities = frozenset(_text(c).upper() for c in client.capabilities())
            if self.has("QRESYNC") and self.has("ENABLE"):
                client.enable("QRESYNC")
        except ssl.SSLCertVerificationError as error:
            self.close()
            raise self._certificate_error(error) from None
        except Exception as error:
            self.close()
            raise from_imap_exception(error, settings.host) from None

    def _certificate_error(self, error: ssl.SSLCertVerificationError) -> TlsFailed:
        settings = self.settings
        fingerprint = None
        if settings.security == "tls":  # a STARTTLS handshake needs the IMAP dialogue first
            fingerprint = peer_fingerprint(
                settings.host, settings.port, starttls=False, ehlo_name="", timeout=10.0
            )
        if fingerprint:
            text = translate(
                "imap",
                "The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint "
                "is {fingerprint}. Someone may be intercepting the connection, or the server "
                "uses a certificate your system does not know. Nothing was sent or received.",
            )
        else:
            text = translate(
                "imap",
                "The certificate of {host} is not trusted ({reason}). Someone may be "
                "intercepting the connection, or the server uses a certificate your system "
                "does not know. Nothing was sent or received.",
            )
        return TlsFailed(
            text.format(host=settings.host, reason=error.verify_message, fingerprint=fingerprint)
        )

    def close(self) -> None:
        """Log out if possible and close the socket."""
        client, self._client = self._client, None
        self.selected = None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception:  # noqa: S110
                pass

    # -- folders ------------------------------------------------------------------------

    def list_folders(self) -> list[FolderListing]:
        """Every folder on the server, with its attributes (SPECIAL-USE ones included)."""
        with self._translated():
            listed = self.client.list_folders()
        return [
            FolderListing(str(name), tuple(_text(f) for f in flags), _text(delimiter or b""))
            for flags, delimiter, name in listed
        ]

    def select(
        self, name: str, *, known: tuple[int, int] | None = None, readonly: bool = False
    ) -> Selected:
        """Open a folder. ``known`` (UIDVALIDITY, HIGHESTMODSEQ) asks QRESYNC for changes."""
        with self._translated():
            self.selected = qresync.select(
                self.client, name, known=known if self.qresync else None, readonly=readonly
            )
        return self.selected

    # -- reading ------------------------------------------------------------------------

    def uids_from(self, first_uid: int) -> list[int]:
        """The UIDs of the selected folder from ``first_uid`` on, ascending."""
        with self._translated():
            found = self.client.search(["UID", f"{max(first_uid, 1)}:*"])
        return sorted(uid for uid in found if uid >= first_uid)

    def all_uids(self) -> list[int]:
        """Every UID of the selected folder, ascending."""
        return self.uids_from(1)

    def flags(self, *, changed_since: int | None = None) -> dict[int, tuple[str, ...]]:
        """Flags of every message (or of those changed since a modseq: CONDSTORE)."""
        if self.selected is not None and self.selected.exists == 0:
            return {}
        modifiers = f"(CHANGEDSINCE {changed_since})" if changed_since else None
        with self._translated():
            fetched = qresync.uid_fetch(self.client, "1:*", "(UID FLAGS)", modifiers)
        return {
            uid: tuple(_text(f) for f in data.get(b"FLAGS", ())) for uid, data in fetched.items()
        }

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of some messages, to cut downloads into batches of similar weight."""
        sizes: dict[int, int] = {}
        with self._translated():
            for piece in qresync.chunks(uids):
                fetched = qresync.uid_fetch(
                    self.client, qresync.sequence_set(piece), "(UID RFC822.SIZE)"
                )
                sizes.update(
                    (uid, int(data.get(b"RFC822.SIZE", 0))) for uid, data in fetched.items()
                )
        return sizes

    def fetch_messages(self, uids: Sequence[int]) -> list[Fetched]:
        """The exact bytes and flags of some messages; ``BODY.PEEK`` never marks them read.

        A message expunged meanwhile is simply not in the answer.
        """
        if not uids:
            return []
        items = "(UID FLAGS BODY.PEEK[]" + (" X-GM-MSGID)" if self.gmail else ")")
        fetched: dict[int, dict[bytes, Any]] = {}
        with self._translated():
            for piece in qresync.chunks(uids):
                fetched.update(qresync.uid_fetch(self.client, qresync.sequence_set(piece), items))
        messages = []
        for uid in sorted(fetched):
            data = fetched[uid]
            raw = data.get(b"BODY[]")
            if raw is None:
                continue
            gm_msgid = data.get(b"X-GM-MSGID")
            messages.append(
                Fetched(
                    uid=uid,
                    flags=tuple(_text(f) for f in data.get(b"FLAGS", ())),
                    raw=bytes(raw),
                    gm_msgid=int(gm_msgid) if gm_msgid is not None else None,
                )
            )
        return messages

    def gmail_ids(self, uids: Sequence[int]) -> dict[int, tuple[int, tuple[str, ...]]]:
        """Gmail's X-GM-MSGID and the flags of some messages: the same message under
        another label has the same id, so it need not be downloaded twice."""
        found: dict[int, tuple[int, tuple[str, ...]]] = {}
        with self._translated():
            for piece in qresync.chunks(uids):
                fetched = qresync.uid_fetch(
                    self.client, qresync.sequence_set(piece), "(UID FLAGS X-GM-MSGID)"
                )
                for uid, data in fetched.items():
                    if data.get(b"X-GM-MSGID") is not None:
                        flags = tuple(_text(f) for f in data.get(b"FLAGS", ()))
                        found[uid] = (int(data[b"X-GM-MSGID"]), flags)
        return found

    def search_message_id(self, message_id: str) -> list[int]:
        """UIDs of the selected folder's messages with this (bare) Message-ID."""
        with self._translated():
            return sorted(self.client.search(["HEADER", "Message-ID", f"<{message_id}>"]))

    # -- writing ------------------------------------------------------------------------

    def add_seen(self, uids: Sequence[int]) -> None:
        """``UID STORE +FLAGS.SILENT (\\Seen)``: mark messages read on the server."""
        with self._translated():
            for piece in qresync.chunks(uids):
                self.client.add_flags(qresync.sequence_set(piece), [SEEN], silent=True)

    def remove_seen(self, uids: Sequence[int]) -> None:
        """``UID STORE -FLAGS.SILENT (\\Seen)``: mark messages unread on the server."""
        with self._translated():
            for piece in qresync.chunks(uids):
                self.client.remove_flags(qresync.sequence_set(piece), [SEEN], silent=True)

    def move(self, uids: Sequence[int], folder: str) -> Moved:
        """Move messages of the selected folder to ``folder``: ``UID MOVE`` (RFC 6851) when
        the server offers MOVE, else :meth:`copy_and_expunge`."""
        if not uids:
            return Moved()
        if not self.has("MOVE"):
            return self.copy_and_expunge(uids, folder)
        return self._uid_command("MOVE", uids, folder)

    def copy_and_expunge(self, uids: Sequence[int], folder: str) -> Moved:
        """Move without MOVE: ``UID COPY`` to ``folder``, ``\\Deleted`` on the originals,
        then ``UID EXPUNGE`` of just those (UIDPLUS). A server without UIDPLUS keeps them
        marked ``\\Deleted``: a plain EXPUNGE would also remove what other mail programs
        marked, so it is left to them (or to the server's own clean-up)."""
        if not uids:
            return Moved()
        moved = self._uid_command("COPY", uids, folder)
        with self._translated():
            for piece in qresync.chunks(uids):
                self.client.add_flags(qresync.sequence_set(piece), [DELETED], silent=True)
                if self.has("UIDPLUS"):
                    self.client.uid_expunge(qresync.sequence_set(piece))
        return moved

    def _uid_command(self, command: str, uids: Sequence[int], folder: str) -> Moved:
        """``UID COPY`` or ``UID MOVE`` in pieces; the COPYUID of each is collected."""
        validity, pairs = 0, dict[int, int]()
        with self._translated():
            imap = self.client._imap
            target = self.client._normalise_folder(folder)
            for piece in qresync.chunks(uids):
                imap.untagged_responses.pop("COPYUID", None)
                tag = imap._command("UID", command, qresync.sequence_set(piece), target)
                kind, data = imap._command_complete(command, tag)
                if kind != "OK":
                    reason = " ".join(_text(d) for d in data if d)
                    if command == "MOVE":
                        refused = translate(
                            "imap", "{host} would not move messages to {folder} ({reason})."
                        )
                    else:
                        refused = translate(
                            "imap", "{host} would not copy messages to {folder} ({reason})."
                        )
                    raise ServerRefused(
                        refused.format(host=self.host, folder=repr(folder), reason=reason)
                    )
                piece_validity, piece_pairs = _copyuid(imap.untagged_responses.pop("COPYUID", []))
                validity = piece_validity or validity
                pairs.update(piece_pairs)
        return Moved(validity, pairs)

    def append(
        self, folder: str, raw: bytes, *, seen: bool = True, when: datetime | None = None
    ) -> int | None:
        """APPEND a message; its new UID when the server says (UIDPLUS), else ``None``."""
        with self._translated():
            reply = self.client.append(folder, raw, flags=[SEEN] if seen else [], msg_time=when)
        match = _APPENDUID.search(reply if isinstance(reply, bytes) else str(reply).encode())
        return int(match.group(2)) if match else None

    def noop(self) -> list[str]:
        """NOOP: proves the connection is alive (raises when it is not, or on time-out);
        returns what the server reported meanwhile (``EXISTS``, ``FETCH``...)."""
        with self._translated():
            _text_reply, responses = self.client.noop()
        return _response_words(responses)

    # -- IDLE (RFC 2177) ------------------------------------------------------------------

    def idle_start(self) -> None:
        """Enter IDLE on the selected folder: the server reports changes as they happen."""
        with self._translated():
            self.client.idle()

    def idle_wait(self, timeout: float) -> list[str]:
        """What the server reported within ``timeout`` seconds while idling (``EXISTS``,
        ``EXPUNGE``, ``FETCH``, ``VANISHED``, ``BYE``...), as upper-case words; ``[]`` if
        nothing. A connection the server closed raises :class:`ConnectionDropped`.
        """
        with self._translated():
            responses = self.client.idle_check(timeout=timeout)
            if not responses and self._closed_by_peer():
                raise ConnectionDropped(
                    translate("imap", "{host} closed the connection while idle.").format(
                        host=self.host
                    )
                )
        return _response_words(responses)

    def _closed_by_peer(self) -> bool:
        """After ``idle_check`` read every line there was: still readable means EOF."""
        sock = self.client.socket()
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return False
        readable, _writable, _errors = select.select([sock], [], [], 0)
        return bool(readable)

    def idle_stop(self) -> list[str]:
        """Leave IDLE (``DONE``) so other commands can run; what the server still said."""
        with self._translated():
            _text_reply, responses = self.client.idle_done()
        return _response_words(responses)
