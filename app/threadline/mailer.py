"""Send into the right conversation from Python: the API behind ``threadline send``.

    from threadline.mailer import Mailer
    from threadline.paths import Profile

    with Mailer.open(Profile.default(), account="ops@example.org") as mailer:
        result = mailer.send(
            to="customer@example.com",
            subject="Ticket 4711: printer on fire",
            body="We are on it.",
            thread_key="ticket-4711",   # later sends under this key reply into the thread
        )
        print(result.message_id, result.state)

Every message goes through the durable outbox: it is stored with its final Message-ID
before the first byte goes to the server, retried after temporary failures, and filed
in its conversation once sent. No Qt is involved.
"""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from threadline.core.addresses import Address, parse_address_list
from threadline.core.attachments import DEFAULT_MAX_SIZE, Writable, format_size
from threadline.core.compose import (
    Attachment,
    Draft,
    build_message,
    estimated_size,
    write_message,
)
from threadline.core.outlook import new_thread_index, thread_topic
from threadline.core.parse import header_text, parse_message
from threadline.core.subject import is_reply_subject_changed, reply_subject
from threadline.errors import InvalidInputError, NotFoundError
from threadline.i18n import translate
from threadline.paths import Profile
from threadline.services.identities import Senders
from threadline.services.replying import (
    ReplyPlan,
    reply_to_message_id,
    reply_to_stored,
    reply_to_thread_key,
)
from threadline.services.sending import (
    FlushReport,
    OutboxRunner,
    ask_server,
    authenticator_factory,
    busy,
    queue_draft,
)
from threadline.services.syncing import session_factory
from threadline.store import db
from threadline.store.accounts import Account, remember_last_used
from threadline.store.db import transaction
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox
from threadline.store.thread_keys import ThreadKeys

Addresses = str | Sequence[str]


@dataclass(frozen=True)
class SendResult:
    """What happened to one message."""

    message_id: str  # bare
    outbox_id: int
    state: str  # scheduled, queued, sent, failed-temporary, failed-permanent, busy
    error: str = ""
    warning: str = ""
    #: The stored conversation the message joined (once sent and filed), else None.
    thread_id: int | None = None

    @property
    def exit_code(self) -> int:
        """0 sent or queued, 75 waiting for a retry (or sent by another process), 1 refused."""
        return {"failed-temporary": 75, "busy": 75, "failed-permanent": 1}.get(self.state, 0)


@dataclass
class MessageSpec:
    """What the caller asks for, before threading is resolved."""

    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    bcc: list[Address] = field(default_factory=list)
    reply_to: list[Address] = field(default_factory=list)
    subject: str | None = None
    body: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    #: A subject that differs from the conversation's changes its topic on purpose.
    new_topic: bool = False
    #: Reply even to a message without a Message-ID (the reply threads by subject only).
    force: bool = False


def _addresses(value: Addresses | None) -> list[Address]:
    if not value:
        return []
    return parse_address_list([value] if isinstance(value, str) else list(value))


def _once(addresses: Iterable[Address], seen: set[str]) -> list[Address]:
    """``addresses`` without those in ``seen`` (case-insensitive), which grows."""
    kept: list[Address] = []
    for address in addresses:
        key = address.key.lower()
        if key not in seen:
            seen.add(key)
            kept.append(address)
    return kept


#: A message larger than this is checked against the server's size limit before it is
#: queued (smaller ones fit everywhere).
ASK_SERVER_ABOVE = 1024 * 1024


def _check_size(size: int, limit: int, whose: str) -> None:
    """Refuse a message of about ``size`` bytes over ``limit``: ``whose`` limit it is,
    ``given`` (by the caller), ``default``, or the server's name (its SIZE)."""
    if size <= limit:
        return
    values = {"size": format_size(size), "limit": format_size(limit), "server": whose}
    if whose == "given":
        too_large = translate(
            "mailer",
            "The message would be about {size} with its attachments (base64 adds a third), "
            "more than the limit of {limit} given. Nothing was queued; attach less, or share "
            "large files another way.",
        )
    elif whose == "default":
        too_large = translate(
            "mailer",
            "The message would be about {size} with its attachments (base64 adds a third), "
            "more than the {limit} most mail servers take. Nothing was queued; attach less, or "
            "share large files another way.",
        )
    else:
        too_large = translate(
            "mailer",
            "The message would be about {size} with its attachments (base64 adds a third), "
            "more than {server} takes (it announces a limit of {limit}). Nothing was queued; "
            "attach less, or share large files another way.",
        )
    raise InvalidInputError(too_large.format(**values))


#: Extra headers that name recipients: they are added to the matching option instead.
ADDRESS_HEADERS = ("to", "cc", "bcc", "reply-to")


def _address_headers(headers: dict[str, str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """``headers`` without To/Cc/Bcc/Reply-To, and the values of those by lower-case name."""
    others: dict[str, str] = {}
    named: dict[str, list[str]] = {name: [] for name in ADDRESS_HEADERS}
    for name, value in headers.items():
        key = name.strip().lower()
        if key in named:
            named[key].append(value)
        else:
            others[name] = value
    return others, named


class Mailer:
    """One profile's store and its sending accounts.

    ``account`` (an id, address, alias or display name) sends everything; without it, a
    reply goes from the account (or alias) its parent was sent to, a message under a
    thread key from the key's account, and a new message from the account used last (or
    the only one: with several and nothing to go by, the caller must choose).
    """

    def __init__(
        self, conn: sqlite3.Connection, account: str | None = None, *,
        config_dir: Path | None = None,
    ) -> None:  # fmt: skip
        self.conn = conn
        # recovers once, at its first run; OAuth providers from the profile's config_dir
        self.runner = OutboxRunner(
            conn,
            authenticator_for=authenticator_factory(config_dir),
            imap_sessions=session_factory(config_dir),
        )
        self.account_name = account
        senders = self._senders()  # an unknown account is refused here
        only = senders.accounts[0] if len(senders.accounts) == 1 else None
        #: The account that sends everything, when the caller chose one (or there is one).
        self.account: Account | None = senders.chosen or only
        self.store = MessageStore(conn)

    @classmethod
    def open(cls, profile: Profile | Path | str, account: str | None = None) -> Mailer:
        """Open a profile (a folder, or ``Profile.default()`` for the user's) and its store."""
        chosen = profile if isinstance(profile, Profile) else Profile.at(Path(profile))
        conn = db.connect(chosen.ensure().store_path)
        try:
            return cls(conn, account, config_dir=chosen.config_dir)
        except Exception:
            conn.close()
            raise

    def _senders(self) -> Senders:
        return Senders.load(self.conn, self.account_name, strict=True)

    def __enter__(self) -> Mailer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the store."""
        self.conn.close()

    # -- the API ---------------------------------------------------------------------

    def send(
        self,
        *,
        to: Addresses | None = None,
        cc: Addresses | None = None,
        bcc: Addresses | None = None,
        reply_to: Addresses | None = None,
        subject: str | None = None,
        body: str = "",
        html: str | None = None,
        attachments: Iterable[Path | str] = (),
        headers: dict[str, str] | None = None,
        in_reply_to: str | None = None,
        thread: int | None = None,
        thread_key: str | None = None,
        new_topic: bool = False,
        force: bool = False,
        max_size: int | None = None,
        queue_only: bool = False,
        at: float | None = None,
    ) -> SendResult:
        """Queue a message (new, or replying as asked) and send it unless ``queue_only``.

        ``at`` (epoch seconds, to come) schedules it instead: the app, or a later
        ``outbox flush``, sends it then, dated when it goes.

        At most one of ``in_reply_to`` (any Message-ID, stored or not), ``thread`` (a
        stored conversation: reply to its newest message) and ``thread_key`` (a name the
        caller chooses: the first send starts a conversation, later ones reply into it).
        A reply keeps its conversation's subject: a ``subject`` that changes the topic
        (Gmail then starts a new conversation) is refused unless ``new_topic``. A reply to a
        stored message without a Message-ID is refused unless ``force`` (it would thread by
        subject only); forced, the result carries the warning. Attachments must be
        regular files; a message over ``max_size`` bytes (default: the server's SIZE, else
        25 MB) or with an address the server cannot take is refused before it is queued.
        ``headers`` are extra headers; To, Cc, Bcc and Reply-To among them add recipients
        (or reply-to addresses) as the options do, and headers Threadline writes itself
        (Message-ID, From, Subject, Date, MIME...) are refused.
        Bad input raises :class:`~threadline.errors.InvalidInputError` or
        :class:`~threadline.errors.NotFoundError` before anything is stored.
        """
        if at is not None and at <= time.time():
            raise InvalidInputError(
                translate(
                    "mailer",
                    "The time to send at has already passed.",
                )
            )
        spec = self._spec(to, cc, bcc, reply_to, subject, body, html, attachments, headers)
        spec.new_topic, spec.force = new_topic, force
        wide = [a for a in [*spec.to, *spec.cc, *spec.bcc, *spec.reply_to] if a.needs_smtputf8]
        big = sum(a.size for a in spec.attachments) > ASK_SERVER_ABOVE or max_size is not None
        if wide or big or in_reply_to is not None or thread is not None:  # before storing
            plan = self._threaded(spec, in_reply_to, thread, thread_key)
            self._check_server(plan, max_size)
        with transaction(self.conn):  # BEGIN IMMEDIATE: one sender per key at a time
            plan = self._threaded(spec, in_reply_to, thread, thread_key)
            queued = queue_draft(
                self.conn, plan.account, plan.draft, due_at=at or 0, scheduled_for=at
            )
            remember_last_used(self.conn, plan.account.id)
            if thread_key is not None:
                self._advance_key(thread_key, plan, queued.raw, queued.message_id, new_topic)
        if at is not None:
            return SendResult(queued.message_id, queued.outbox_id, "scheduled", "", plan.warning)
        if queue_only:
            return SendResult(queued.message_id, queued.outbox_id, "queued", "", plan.warning)
        report = self.runner.run(entry_ids=[queued.outbox_id])
        if queued.outbox_id in report.busy:
            return SendResult(queued.message_id, queued.outbox_id, "busy", busy())
        entry = Outbox(self.conn).get(queued.outbox_id)
        error = entry.last_error if entry.state.startswith("failed") else ""
        warning = f"{plan.warning} {entry.last_error if entry.state == 'sent' else ''}".strip()
        copy_error = report.copies_waiting.get(queued.outbox_id)
        if copy_error:
            later = translate(
                "mailer",
                "The copy for the Sent folder is not filed yet ({error}); it will be filed later.",
            ).format(error=copy_error)
            warning = f"{warning} {later}".strip()
        stored = self.store.find_by_message_id(queued.message_id) if entry.state == "sent" else []
        thread_id = stored[-1].thread_id if stored else None
        return SendResult(
            queued.message_id, queued.outbox_id, entry.state, error, warning, thread_id
        )

    def reply(self, message_id: str, *, body: str, **options: object) -> SendResult:
        """Reply to a message by its Message-ID (shorthand for ``send(in_reply_to=...)``)."""
        return self.send(in_reply_to=message_id, body=body, **options)  # type: ignore[arg-type]

    def preview(
        self,
        *,
        to: Addresses | None = None,
        cc: Addresses | None = None,
        bcc: Addresses | None = None,
        reply_to: Addresses | None = None,
        subject: str | None = None,
        body: str = "",
        html: str | None = None,
        attachments: Iterable[Path | str] = (),
        headers: dict[str, str] | None = None,
        in_reply_to: str | None = None,
        thread: int | None = None,
        thread_key: str | None = None,
        new_topic: bool = False,
        force: bool = False,
        max_size: int | None = None,
        out: Writable | None = None,
    ) -> bytes:
        """The message that ``send`` would queue, as bytes; nothing is stored and no
        server is asked (the size limit is ``max_size``, else 25 MB). With ``out``, the
        message is written there in chunks instead (attachments are never read whole)
        and ``b""`` is returned."""
        spec = self._spec(to, cc, bcc, reply_to, subject, body, html, attachments, headers)
        spec.new_topic, spec.force = new_topic, force
        plan = self._threaded(spec, in_reply_to, thread, thread_key)
        limit = max_size or DEFAULT_MAX_SIZE
        _check_size(estimated_size(plan.draft), limit, "given" if max_size else "default")
        message = build_message(plan.draft)
        if out is not None:
            write_message(message, out)
            return b""
        buffer = io.BytesIO()
        write_message(message, buffer)
        return buffer.getvalue()

    def flush(self) -> FlushReport:
        """Send everything due in the outbox."""
        return self.runner.run()

    # -- threading ---------------------------------------------------------------------

    def _spec(
        self,
        to: Addresses | None,
        cc: Addresses | None,
        bcc: Addresses | None,
        reply_to: Addresses | None,
        subject: str | None,
        body: str,
        html: str | None,
        attachments: Iterable[Path | str],
        headers: dict[str, str] | None,
    ) -> MessageSpec:
        extra, named = _address_headers(dict(headers or {}))

        def listed(value: Addresses | None, key: str) -> list[Address]:
            given = [value] if isinstance(value, str) else list(value or [])
            return _addresses([*given, *named[key]])

        return MessageSpec(
            to=listed(to, "to"),
            cc=listed(cc, "cc"),
            bcc=listed(bcc, "bcc"),
            reply_to=listed(reply_to, "reply-to"),
            subject=subject,
            body=body,
            html=html,
            attachments=[Attachment.from_path(p) for p in attachments],
            headers=extra,
        )

    def _check_server(self, plan: ReplyPlan, max_size: int | None) -> None:
        """Refuse, before queueing, what the account's server would refuse for good: an
        address with a non-ASCII local part when it does not offer SMTPUTF8 (RFC 6531),
        and a message over ``max_size``, else over the server's SIZE (RFC 1870), else
        over :data:`DEFAULT_MAX_SIZE`. The server is asked only when that matters (such
        an address, or a message over 1 MB); when it cannot be asked now, the message is
        queued and sending says why."""
        draft = plan.draft
        wide = [a.address for a in [*draft.to, *draft.cc, *draft.bcc, draft.sender]
                if a.needs_smtputf8]  # fmt: skip
        size = estimated_size(draft)
        offer = None
        if wide or (max_size is None and size > ASK_SERVER_ABOVE):
            offer = ask_server(plan.account, ssl_context=self.runner.ssl_context,
                               timeout=min(self.runner.timeout, 10))  # fmt: skip
        host = plan.account.smtp_host
        if wide and offer is not None and not offer.smtputf8:
            raise InvalidInputError(
                translate(
                    "mailer",
                    "{host} does not take addresses with non-ASCII characters before the @ (it "
                    "does not offer SMTPUTF8, RFC 6531): {addresses}. Nothing was queued; change "
                    "the address or send through another account.",
                ).format(host=host, addresses=", ".join(wide))
            )
        if max_size is not None:
            _check_size(size, max_size, "given")
        elif offer is not None and offer.size_limit is not None:
            _check_size(size, offer.size_limit, host)
        else:
            _check_size(size, DEFAULT_MAX_SIZE, "default")

    def _threaded(
        self,
        spec: MessageSpec,
        in_reply_to: str | None,
        thread: int | None,
        thread_key: str | None,
    ) -> ReplyPlan:
        chosen = [x for x in (in_reply_to, thread, thread_key) if x is not None]
        if len(chosen) > 1:
            raise InvalidInputError(
                translate(
                    "mailer",
                    "Use only one of --in-reply-to, --thread and --thread-key.",
                )
            )
        senders = self._senders()
        plan: ReplyPlan | None = None
        if in_reply_to is not None:
            plan = reply_to_message_id(
                self.store, senders, in_reply_to, subject=spec.subject or None, include_quote=False
            )
        elif thread is not None:
            newest = self.store.newest_message(thread)
            if newest is None:
                raise NotFoundError(
                    translate(
                        "mailer",
                        "There is no conversation {thread}. 'threadline threads' lists them.",
                    ).format(thread=thread)
                )
            plan = reply_to_stored(self.store, senders, newest.rowid, include_quote=False)
        elif thread_key is not None:
            plan = reply_to_thread_key(self.store, senders, thread_key)
        if plan is None:
            return self._new_conversation(spec, senders)
        if plan.warning and not spec.force:
            raise InvalidInputError(
                translate(
                    "mailer",
                    "{warning} Give --force (force=True in Python) to send it anyway.",
                ).format(warning=plan.warning)
            )
        known = plan.conversation is not None or thread_key is not None
        draft = self._filled(spec, plan.draft, known_topic=known)
        return ReplyPlan(draft, plan.account, plan.conversation, plan.warning)

    def _filled(self, spec: MessageSpec, reply: Draft, *, known_topic: bool) -> Draft:
        """The caller's message on a reply's headers.

        The subject is the reply's; a caller's subject of another topic (when the topic is
        known: a stored parent, a thread key) needs ``spec.new_topic``.

        Recipients are added to the reply's own: ``to`` replaces To only when given, Cc
        and Bcc add to what the reply has (so ``--cc`` never drops the parent's sender);
        an address is written once.
        """
        subject, topic = reply.subject, reply.thread_topic
        if spec.subject and is_reply_subject_changed(reply.subject, spec.subject):
            if known_topic and not spec.new_topic:
                raise InvalidInputError(
                    translate(
                        "mailer",
                        "--subject {subject} would change the conversation's topic ({topic}), and "
                        "Gmail and other clients would then start a new conversation. Leave "
                        "--subject out to keep the topic, or add --new-topic (new_topic=True in "
                        "Python) to change it.",
                    ).format(subject=repr(spec.subject), topic=repr(reply.subject))
                )
            subject, topic = reply_subject(spec.subject), thread_topic(spec.subject)
        draft = self._base(spec, reply.sender, subject)
        seen: set[str] = set()
        draft.to = _once(spec.to or reply.to, seen)
        draft.cc = _once([*reply.cc, *spec.cc], seen)
        draft.bcc = _once(spec.bcc, seen)
        draft.in_reply_to = reply.in_reply_to
        draft.references = reply.references
        draft.thread_topic = topic
        draft.thread_index = reply.thread_index
        return draft

    def _base(self, spec: MessageSpec, sender: Address, subject: str) -> Draft:
        seen: set[str] = set()  # an address in To and Cc is written (and sent to) once
        return Draft(
            sender=sender,
            to=_once(spec.to, seen),
            cc=_once(spec.cc, seen),
            bcc=_once(spec.bcc, seen),
            reply_to=spec.reply_to,
            subject=subject,
            body=spec.body,
            html=spec.html,
            attachments=spec.attachments,
            extra_headers=spec.headers,
        )

    def _new_conversation(self, spec: MessageSpec, senders: Senders) -> ReplyPlan:
        if not spec.subject:
            raise InvalidInputError(
                translate(
                    "mailer",
                    "A new conversation needs a subject (--subject).",
                )
            )
        sender = senders.choose()
        draft = self._base(spec, sender.address, spec.subject)
        draft.thread_index = new_thread_index()
        return ReplyPlan(draft, sender.account)

    def _advance_key(
        self, key: str, plan: ReplyPlan, raw: bytes, message_id: str, new_topic: bool
    ) -> None:
        keys = ThreadKeys(self.conn)
        known = keys.get(key)
        draft = plan.draft
        keys.advance(
            key,
            account_id=plan.account.id,
            subject=known.subject if known else draft.subject,
            message_id=message_id,
            references=draft.references,
            thread_index=draft.thread_index or header_text(parse_message(raw), "Thread-Index"),
        )
        if known and new_topic:
            keys.change_subject(key, draft.subject)
