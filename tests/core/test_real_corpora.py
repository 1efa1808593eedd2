"""Real mail from ../shared/corpora goes through every core reader without a crash."""

from __future__ import annotations

from helpers.corpora import corpus_messages, fedora_mbox_messages, require_corpora
from threadline.core.addresses import Address
from threadline.core.compose import build_message, message_bytes
from threadline.core.ids import parse_msgid, parse_msgid_list
from threadline.core.parse import header_text, parse_message
from threadline.core.reply import ReplyMode, forward_draft, reply_draft
from threadline.core.subject import base_subject, reply_subject

ME = Address("me@example.org", "Me")


def _exercise(raw: bytes) -> None:
    msg = parse_message(raw)
    own_id = parse_msgid(header_text(msg, "Message-ID"))
    refs = parse_msgid_list(header_text(msg, "References"))
    subject = header_text(msg, "Subject")
    assert base_subject(base_subject(subject)) == base_subject(subject)
    assert not reply_subject(subject).startswith("Re: Re:")
    draft = reply_draft(raw, ME, ReplyMode.ALL)
    assert draft.in_reply_to == own_id
    if own_id:
        assert draft.references[-1] == own_id
    if refs and own_id and refs[0] != own_id:
        assert draft.references[0] == refs[0]
    if draft.to or draft.cc:
        out = message_bytes(build_message(draft))
        assert parse_message(out)["Subject"] == draft.subject
    forward_draft(raw, ME)


def test_every_corpus_message_can_be_replied_to_and_forwarded() -> None:
    root = require_corpora()
    count = 0
    for folder in ("notmuch-test-corpora", "cpython-test_email"):
        for _name, raw in corpus_messages(root / folder):
            _exercise(raw)
            count += 1
    assert count > 300


def test_every_fedora_list_message_can_be_replied_to() -> None:
    root = require_corpora()
    count = 0
    for raw in fedora_mbox_messages(root):
        _exercise(raw)
        count += 1
    assert count == 292
