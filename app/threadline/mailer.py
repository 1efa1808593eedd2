"""Send into the right conversation from Python: the API behind ``threadline send``.

    from threadline.mailer import Mailer

    with Mailer.open(account="ops@example.org") as mailer:
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

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from threadline.core.addresses import Address, parse_address_list
from threadline.core.compose import Attachment, Draft, build_message, message_bytes
from threadline.core.ids import parse_msgid
from threadline.core.outlook import child_thread_index, new_thread_index, thread_topic
from threadline.core.parse import header_text, parse_message
from threadline.core.reply import ReplyMode, reply_draft, trim_references
from threadline.core.subject import reply_subject
from threadline.errors import InvalidInputError, NotFoundError
from threadline.paths import Profile
from threadline.sending import BUSY, FlushReport, OutboxRunner, queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.db import transaction
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox
from threadline.store.thread_keys import ThreadKeys, check_key

Addresses = str | Sequence[str]


@dataclass(frozen=True)
class SendResult:
    """What happened to one message."""

    message_id: str  # bare
    outbox_id: int
    state: str  # queued, sent, failed-temporary, failed-permanent, busy
    error: str = ""
    warning: str = ""

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
    subject: str | None = None
    body: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


def _addresses(value: Addresses | None) -> list[Address]:
    if not value:
        return []
    return parse_address_list([value] if isinstance(value, str) else list(value))


class Mailer:
    """One profile's store and one sending account."""

    def __init__(self, conn: sqlite3.Connection, account: Account) -> None:
        self.conn = conn
        self.runner = OutboxRunner(conn)  # recovers once, at its first run
        self.account = account
        self.store = MessageStore(conn)

    @classmethod
    def open(
        cls, profile: Profile | Path | str | None = None, account: str | None = None
    ) -> Mailer:
        """Open a profile (default: the user's) and choose an account by id, address or name."""
        if profile is None:
            chosen = Profile.default()
        elif isinstance(profile, Profile):
            chosen = profile
        else:
            chosen = Profile.at(Path(profile))
        conn = db.connect(chosen.ensure().store_path)
        try:
            return cls(conn, AccountStore(conn).find(account))
        except Exception:
            conn.close()
            raise

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
        subject: str | None = None,
        body: str = "",
        html: str | None = None,
        attachments: Iterable[Path | str] = (),
        headers: dict[str, str] | None = None,
        in_reply_to: str | None = None,
        thread: int | None = None,
        thread_key: str | None = None,
        queue_only: bool = False,
    ) -> SendResult:
        """Queue a message (new, or replying as asked) and send it unless ``queue_only``.

        At most one of ``in_reply_to`` (any Message-ID, stored or not), ``thread`` (a
        stored conversation: reply to its newest message) and ``thread_key`` (a name the
        caller chooses: the first send starts a conversation, later ones reply into it).
        Bad input raises :class:`~threadline.errors.InvalidInputError` or
        :class:`~threadline.errors.NotFoundError` before anything is stored.
        """
        spec = self._spec(to, cc, bcc, subject, body, html, attachments, headers)
        with transaction(self.conn):  # BEGIN IMMEDIATE: one sender per key at a time
            draft = self._threaded(spec, in_reply_to, thread, thread_key)
            queued = queue_draft(self.conn, self.account, draft)
            if thread_key is not None:
                self._advance_key(thread_key, draft, queued.raw, queued.message_id)
        if queue_only:
            return SendResult(queued.message_id, queued.outbox_id, "queued")
        report = self.runner.run(entry_ids=[queued.outbox_id])
        if queued.outbox_id in report.busy:
            return SendResult(queued.message_id, queued.outbox_id, "busy", BUSY)
        entry = Outbox(self.conn).get(queued.outbox_id)
        error = entry.last_error if entry.state.startswith("failed") else ""
        warning = entry.last_error if entry.state == "sent" else ""
        return SendResult(queued.message_id, queued.outbox_id, entry.state, error, warning)

    def reply(self, message_id: str, *, body: str, **options: object) -> SendResult:
        """Reply to a message by its Message-ID (shorthand for ``send(in_reply_to=...)``)."""
        return self.send(in_reply_to=message_id, body=body, **options)  # type: ignore[arg-type]

    def preview(
        self,
        *,
        to: Addresses | None = None,
        cc: Addresses | None = None,
        bcc: Addresses | None = None,
        subject: str | None = None,
        body: str = "",
        html: str | None = None,
        attachments: Iterable[Path | str] = (),
        headers: dict[str, str] | None = None,
        in_reply_to: str | None = None,
        thread: int | None = None,
        thread_key: str | None = None,
    ) -> bytes:
        """The message that ``send`` would queue, as bytes; nothing is stored."""
        spec = self._spec(to, cc, bcc, subject, body, html, attachments, headers)
        draft = self._threaded(spec, in_reply_to, thread, thread_key)
        return message_bytes(build_message(draft))

    def flush(self) -> FlushReport:
        """Send everything due in the outbox."""
        return self.runner.run()

    # -- threading ---------------------------------------------------------------------

    def _spec(
        self,
        to: Addresses | None,
        cc: Addresses | None,
        bcc: Addresses | None,
        subject: str | None,
        body: str,
        html: str | None,
        attachments: Iterable[Path | str],
        headers: dict[str, str] | None,
    ) -> MessageSpec:
        return MessageSpec(
            to=_addresses(to),
            cc=_addresses(cc),
            bcc=_addresses(bcc),
            subject=subject,
            body=body,
            html=html,
            attachments=[Attachment.from_path(p) for p in attachments],
            headers=dict(headers or {}),
        )

    def _threaded(
        self,
        spec: MessageSpec,
        in_reply_to: str | None,
        thread: int | None,
        thread_key: str | None,
    ) -> Draft:
        chosen = [x for x in (in_reply_to, thread, thread_key) if x is not None]
        if len(chosen) > 1:
            raise InvalidInputError("Use only one of --in-reply-to, --thread and --thread-key.")
        if in_reply_to is not None:
            return self._reply_to_id(spec, in_reply_to)
        if thread is not None:
            newest = self.store.newest_message(thread)
            if newest is None:
                raise NotFoundError(
                    f"There is no conversation {thread}. 'threadline threads' lists them."
                )
            return self._reply_to_stored(spec, self.store.raw(newest.rowid))
        if thread_key is not None:
            return self._reply_to_key(spec, check_key(thread_key))
        return self._new_conversation(spec)

    def _base(self, spec: MessageSpec, subject: str) -> Draft:
        return Draft(
            sender=self.account.sender,
            to=spec.to,
            cc=spec.cc,
            bcc=spec.bcc,
            subject=subject,
            body=spec.body,
            html=spec.html,
            attachments=spec.attachments,
            extra_headers=spec.headers,
        )

    def _new_conversation(self, spec: MessageSpec) -> Draft:
        if not spec.subject:
            raise InvalidInputError("A new conversation needs a subject (--subject).")
        draft = self._base(spec, spec.subject)
        draft.thread_index = new_thread_index()
        return draft

    def _reply_to_id(self, spec: MessageSpec, value: str) -> Draft:
        bare = parse_msgid(value)
        if not bare or "@" not in bare:
            raise InvalidInputError(f"{value!r} is not a Message-ID (like <abc@example.org>).")
        stored = self.store.find_by_message_id(bare)
        if stored:
            return self._reply_to_stored(spec, self.store.raw(stored[-1].rowid))
        if not spec.subject:
            raise InvalidInputError(
                f"{value} is not in the local store, so its subject is unknown: give --subject."
            )
        draft = self._base(spec, reply_subject(spec.subject))
        draft.in_reply_to = bare
        draft.references = [bare]
        draft.thread_topic = thread_topic(spec.subject)
        return draft

    def _reply_to_stored(self, spec: MessageSpec, raw: bytes) -> Draft:
        reply = reply_draft(raw, self.account.sender, ReplyMode.SENDER, include_quote=False)
        draft = self._base(spec, reply_subject(spec.subject) if spec.subject else reply.subject)
        if not (spec.to or spec.cc or spec.bcc):
            draft.to, draft.cc = reply.to, reply.cc
        draft.in_reply_to = reply.in_reply_to
        draft.references = reply.references
        draft.thread_topic = reply.thread_topic
        draft.thread_index = reply.thread_index
        return draft

    def _reply_to_key(self, spec: MessageSpec, key: str) -> Draft:
        state = ThreadKeys(self.conn).get(key)
        if state is None:
            return self._new_conversation(spec)
        draft = self._base(spec, reply_subject(spec.subject or state.subject))
        draft.in_reply_to = state.last_message_id
        draft.references = trim_references([*state.last_references, state.last_message_id])
        draft.thread_topic = thread_topic(state.subject)
        draft.thread_index = child_thread_index(state.last_thread_index or None)
        return draft

    def _advance_key(self, key: str, draft: Draft, raw: bytes, message_id: str) -> None:
        keys = ThreadKeys(self.conn)
        known = keys.get(key)
        keys.advance(
            key,
            account_id=self.account.id,
            subject=known.subject if known else draft.subject,
            message_id=message_id,
            references=draft.references,
            thread_index=header_text(parse_message(raw), "Thread-Index"),
        )
