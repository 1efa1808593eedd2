"""A stored message (or a Message-ID, or a thread key) turned into a reply or forward draft.

The one place the GUI and the command line get a reply from: the threading headers and
recipients come from :mod:`threadline.core.reply`, the From from
:mod:`threadline.services.identities`, and the conversation it goes into (for the
composer's "Replying in" banner) from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser

from threadline.core.compose import Draft
from threadline.core.ids import parse_msgid
from threadline.core.outlook import child_thread_index, thread_topic
from threadline.core.parse import parse_message
from threadline.core.reply import (
    ATTRIBUTION_WORDS,
    ReplyMode,
    forward_draft,
    list_post_address,
    reply_draft,
    trim_references,
)
from threadline.core.subject import reply_subject
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.services.identities import Senders
from threadline.store.accounts import Account
from threadline.store.messages import MessageStore
from threadline.store.thread_keys import ThreadKeys, check_key


@dataclass(frozen=True)
class Conversation:
    """The stored conversation a reply goes into."""

    thread_id: int
    conversation_subject: str
    message_count: int
    original_subject: str  # of the message replied to


def no_message_id() -> str:
    """Said when the message replied to has no Message-ID (the reply cannot name it)."""
    return translate(
        "replying",
        "The message replied to has no Message-ID, so the reply cannot name it: it joins the "
        "conversation by its subject only, and Gmail, Outlook and others may show it apart.",
    )


@dataclass(frozen=True)
class ReplyPlan:
    """A draft, the account that sends it, the conversation it joins (if stored), and a
    warning for the user (e.g. :func:`no_message_id`), empty when all is well."""

    draft: Draft
    account: Account
    conversation: Conversation | None = None
    warning: str = ""


def reply_to_stored(
    store: MessageStore,
    senders: Senders,
    rowid: int,
    mode: ReplyMode = ReplyMode.SENDER,
    *,
    include_quote: bool = True,
    attribution_words: tuple[str, str] = ATTRIBUTION_WORDS,
) -> ReplyPlan:
    """A reply to the stored message ``rowid``, from the address it was sent to (its
    attribution line in ``attribution_words``: the GUI passes the user's language)."""
    parent = parse_message(store.raw(rowid))
    sender = senders.choose(parent)
    own = [identity.address.address for identity in senders.identities()]
    draft = reply_draft(
        parent,
        sender.address,
        mode,
        own_addresses=own,
        include_quote=include_quote,
        attribution_words=attribution_words,
    )
    message = store.message(rowid)
    summary = store.conversation(message.thread_id)
    conversation = Conversation(
        thread_id=message.thread_id,
        conversation_subject=summary.subject if summary else message.subject,
        message_count=summary.message_count if summary else 1,
        original_subject=message.subject,
    )
    warning = "" if draft.in_reply_to else no_message_id()
    return ReplyPlan(draft, sender.account, conversation, warning)


def can_reply_to_list(store: MessageStore, rowid: int) -> bool:
    """Whether Reply to list can answer a stored message: it names its list's posting
    address (``List-Post``, RFC 2369). Only the header block is parsed."""
    headers = BytesHeaderParser(policy=policy.default).parsebytes(store.raw(rowid))
    return isinstance(headers, EmailMessage) and list_post_address(headers) is not None


def forward_stored(
    store: MessageStore, senders: Senders, rowid: int, *, as_attachment: bool = False
) -> ReplyPlan:
    """A forward of the stored message ``rowid`` (a new conversation), from its recipient."""
    raw = store.raw(rowid)
    sender = senders.choose(parse_message(raw))
    return ReplyPlan(forward_draft(raw, sender.address, as_attachment=as_attachment),
                     sender.account)  # fmt: skip


def reply_to_message_id(
    store: MessageStore,
    senders: Senders,
    message_id: str,
    *,
    subject: str | None,
    mode: ReplyMode = ReplyMode.SENDER,
    include_quote: bool = True,
) -> ReplyPlan:
    """A reply to any Message-ID: the stored message if there is one, else a bare reply.

    A message that is not stored is known only by its id: In-Reply-To and References are
    that id, the subject is ``Re: `` + ``subject`` (``None``: unknown, an error), and the
    recipients are the caller's to fill in.
    """
    bare = parse_msgid(message_id)
    if not bare or "@" not in bare:
        raise InvalidInputError(
            translate(
                "replying",
                "{message_id} is not a Message-ID (like <abc@example.org>).",
            ).format(message_id=repr(message_id))
        )
    stored = store.find_by_message_id(bare)
    if stored:
        return reply_to_stored(store, senders, stored[-1].rowid, mode, include_quote=include_quote)
    if subject is None:
        raise InvalidInputError(
            translate(
                "replying",
                "{message_id} is not in the local store, so its subject is unknown: give "
                "--subject.",
            ).format(message_id=message_id)
        )
    sender = senders.choose()
    draft = Draft(
        sender=sender.address,
        subject=reply_subject(subject) if subject.strip() else "",
        in_reply_to=bare,
        references=[bare],
        thread_topic=thread_topic(subject),
    )
    return ReplyPlan(draft, sender.account)


def reply_to_thread_key(store: MessageStore, senders: Senders, key: str) -> ReplyPlan | None:
    """The next message under a thread key: a reply to the last one sent under it.

    ``None`` when nothing was sent under ``key`` yet (the caller starts a conversation).
    The key's account sends it unless the user chose another.
    """
    state = ThreadKeys(store.conn).get(check_key(key))
    if state is None:
        return None
    sender = senders.choose(usual=state.account_id)
    draft = Draft(
        sender=sender.address,
        subject=reply_subject(state.subject),
        in_reply_to=state.last_message_id,
        references=trim_references([*state.last_references, state.last_message_id]),
        thread_topic=thread_topic(state.subject),
        thread_index=child_thread_index(state.last_thread_index or None),
    )
    return ReplyPlan(draft, sender.account)
