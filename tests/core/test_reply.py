"""Replies and forwards: threading headers, recipients, quoting."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.bidi import direction
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.outlook import parse_thread_index
from threadline.core.parse import parse_message
from threadline.core.quoting import is_attribution
from threadline.core.reply import (
    MAX_FOLDABLE_ID,
    MAX_ID_LENGTH,
    MAX_IN_REPLY_TO,
    MAX_REFERENCES,
    ReplyMode,
    attribution,
    forward_draft,
    quote,
    reply_draft,
    reply_recipients,
    reply_references,
    trim_references,
)
from threadline.errors import InvalidInputError

ANN = Address("ann@example.org", "Ann")
BOB = Address("bob@example.net", "Bob")


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def send(draft: Draft) -> bytes:
    return message_bytes(build_message(draft))


def test_the_classic_three_message_conversation() -> None:
    first = send(Draft(sender=ANN, to=[BOB], subject="Quarterly numbers", body="Here they are."))
    first_id = parse(first)["Message-ID"]
    second = send(reply_draft(first, BOB))
    msg2 = parse(second)
    assert msg2["In-Reply-To"] == first_id
    assert msg2["References"] == first_id
    assert msg2["Subject"] == "Re: Quarterly numbers"
    assert msg2["To"] == "Ann <ann@example.org>"
    third = parse(send(reply_draft(second, ANN)))
    assert third["In-Reply-To"] == msg2["Message-ID"]
    assert third["References"].split() == [first_id, msg2["Message-ID"]]
    assert third["Subject"] == "Re: Quarterly numbers"
    assert third["Thread-Topic"] == "Quarterly numbers"
    index = parse_thread_index(third["Thread-Index"])
    assert index is not None and index.depth == 2


def test_parent_without_references_uses_its_single_in_reply_to() -> None:
    parent = parse_message(b"Message-ID: <p@x>\r\nIn-Reply-To: <gp@x>\r\n\r\n")
    assert reply_references(parent) == ("p@x", ["gp@x", "p@x"])


def test_ambiguous_in_reply_to_is_not_used() -> None:
    parent = parse_message(b"Message-ID: <p@x>\r\nIn-Reply-To: <a@x> <b@x>\r\n\r\n")
    assert reply_references(parent) == ("p@x", ["p@x"])


def test_parent_without_message_id_still_keeps_its_chain() -> None:
    parent = parse_message(b"References: <a@x> <b@x>\r\nSubject: hi\r\n\r\n")
    assert reply_references(parent) == (None, ["a@x", "b@x"])


def test_duplicates_in_references_are_removed() -> None:
    parent = parse_message(b"Message-ID: <p@x>\r\nReferences: <a@x> <b@x> <a@x> <p@x>\r\n\r\n")
    assert reply_references(parent) == ("p@x", ["a@x", "b@x", "p@x"])


def test_long_chains_keep_the_root_and_the_newest_ids() -> None:
    chain = [f"m{i}@x" for i in range(100)]
    trimmed = trim_references(chain)
    assert len(trimmed) == MAX_REFERENCES
    assert trimmed[0] == "m0@x"
    assert trimmed[1:] == chain[-(MAX_REFERENCES - 1) :]


def test_broken_ids_are_dropped_from_the_middle_only() -> None:
    assert trim_references(["root", "yes", "ok@x", "parent"]) == ["root", "ok@x", "parent"]


@settings(max_examples=60, deadline=None)
@given(depth=st.integers(min_value=1, max_value=45))
def test_reply_chains_of_any_depth_stay_valid_and_bounded(depth: int) -> None:
    raw = send(Draft(sender=ANN, to=[BOB], subject="Deep", body="root"))
    root_id = parse(raw)["Message-ID"]
    for level in range(depth):
        parent_id = parse(raw)["Message-ID"]
        raw = send(reply_draft(raw, BOB if level % 2 == 0 else ANN, include_quote=False))
        msg = parse(raw)
        refs = msg["References"].split()
        assert refs[0] == root_id
        assert refs[-1] == parent_id == msg["In-Reply-To"]
        assert len(refs) == len(set(refs)) <= MAX_REFERENCES
        assert msg["Subject"] == "Re: Deep"
    head = raw.split(b"\r\n\r\n")[0].split(b"\r\n")
    assert max(len(line) for line in head) < 998
    # id headers fold at 78 columns; only Thread-Index (one base64 token) may be longer
    assert all(len(line) <= 78 for line in head if not line.startswith(b"Thread-Index:"))


def test_reply_goes_to_reply_to_before_from() -> None:
    parent = parse_message(
        b"From: Ann <ann@example.org>\r\nReply-To: team@example.org\r\nTo: me@example.com\r\n\r\n"
    )
    to, cc = reply_recipients(parent, ReplyMode.SENDER, ["me@example.com"])
    assert [a.address for a in to] == ["team@example.org"] and cc == []


def test_reply_all_drops_own_addresses_and_duplicates() -> None:
    parent = parse_message(
        b"From: Ann <ann@example.org>\r\nTo: me@example.com, Bob <bob@example.net>\r\n"
        b"Cc: ann@example.org, Carol <carol@example.com>, ME@EXAMPLE.COM\r\n\r\n"
    )
    to, cc = reply_recipients(parent, ReplyMode.ALL, ["me@example.com"])
    assert [a.address for a in to] == ["ann@example.org", "bob@example.net"]
    assert [a.address for a in cc] == ["carol@example.com"]


def test_reply_all_honours_mail_followup_to() -> None:
    parent = parse_message(
        b"From: ann@example.org\r\nTo: list@example.org, me@example.com\r\n"
        b"Mail-Followup-To: list@example.org\r\n\r\n"
    )
    to, cc = reply_recipients(parent, ReplyMode.ALL, ["me@example.com"])
    assert [a.address for a in to] == ["list@example.org"] and cc == []


def test_reply_to_list_uses_list_post() -> None:
    parent = parse_message(
        b"From: ann@example.org\r\nList-Post: <mailto:dev@lists.example.org?subject=x>\r\n\r\n"
    )
    to, _ = reply_recipients(parent, ReplyMode.LIST)
    assert [a.address for a in to] == ["dev@lists.example.org"]
    with pytest.raises(InvalidInputError, match="mailing list"):
        reply_recipients(parse_message(b"From: a@b.org\r\n\r\n"), ReplyMode.LIST)


def test_replying_to_my_own_message_goes_to_its_recipients() -> None:
    parent = parse_message(b"From: me@example.com\r\nTo: bob@example.net\r\n\r\n")
    to, _ = reply_recipients(parent, ReplyMode.SENDER, ["me@example.com"])
    assert [a.address for a in to] == ["bob@example.net"]


def test_quoting_nests_already_quoted_text() -> None:
    assert quote("Hi\n> earlier\n\nbye\n") == "> Hi\n>> earlier\n>\n> bye"


def test_reply_body_has_attribution_and_quote() -> None:
    parent = (
        b"From: Ann <ann@example.org>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
        b"Message-ID: <p@example.org>\r\nSubject: Plan\r\n\r\nLine one\r\n> old\r\n"
    )
    draft = reply_draft(parent, BOB)
    assert "On Tue, 24 Nov 2026 10:00:00 +0100, Ann <ann@example.org> wrote:" in draft.body
    assert "> Line one\n>> old" in draft.body


def test_html_only_parent_is_quoted_as_text() -> None:
    parent = (
        b"From: a@b.org\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><style>p{}</style><p>Hello <b>there</b></p><p>Second</p></html>\r\n"
    )
    assert "> Hello there\n>\n> Second" in reply_draft(parent, BOB).body


def test_malformed_parent_never_crashes_a_reply() -> None:
    parent = (
        b"From: \r\nDate: yesterday-ish\r\nSubject: =?bogus-charset?q?x?=\r\n"
        b"Content-Type: multipart/mixed; boundary=zzz\r\n\r\n--zzz\r\nContent-Type: text/plain;"
        b" charset=unknown-8\r\n\r\n\xff\xfe broken\r\n"
    )
    draft = reply_draft(parent, BOB)
    assert draft.in_reply_to is None and draft.subject.startswith("Re:")


def test_forward_starts_a_new_conversation_with_the_original_inline() -> None:
    parent = (
        b"From: Ann <ann@example.org>\r\nSubject: Re: Plan\r\nMessage-ID: <p@example.org>\r\n"
        b"References: <root@example.org>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nThe plan.\r\n--b\r\nContent-Type: text/csv\r\n"
        b"Content-Disposition: attachment; filename=plan.csv\r\n\r\na,b\r\n--b--\r\n"
    )
    draft = forward_draft(parent, BOB)
    assert draft.in_reply_to is None and draft.references == []
    assert draft.subject == "Fwd: Plan"
    assert "---------- Forwarded message ----------" in draft.body
    assert "The plan." in draft.body
    assert [a.filename for a in draft.attachments] == ["plan.csv"]
    attached = forward_draft(parent, BOB, as_attachment=True)
    assert attached.attached_messages == [parent]


def test_an_id_too_long_for_any_line_is_dropped_from_references() -> None:
    from threadline.core.reply import MAX_FOLDABLE_ID, trim_references

    huge = "h" * 1200 + "@x.org"
    assert trim_references([huge, "a@x.org", "b@x.org"]) == ["a@x.org", "b@x.org"]
    assert trim_references(["a@x.org", huge]) == ["a@x.org"]
    fits = "f" * (MAX_FOLDABLE_ID - 6) + "@x.org"
    assert trim_references([fits, "b@x.org"]) == [fits, "b@x.org"]


@pytest.mark.parametrize(
    ("subject", "reply", "topic"),
    [
        ("[RFC][PATCH] foo", "Re: [RFC][PATCH] foo", "[RFC][PATCH] foo"),
        ("x\t  y", "Re: x\t  y", "x\t  y"),
        ("[list] Re: x", "Re: [list] Re: x", "[list] Re: x"),
        ("AW: Fwd: y", "Re: Fwd: y", "Fwd: y"),
        ("Re: Grüße  an alle", "Re: Grüße  an alle", "Grüße  an alle"),
    ],
)
def test_a_reply_keeps_the_parents_subject_byte_for_byte(
    subject: str, reply: str, topic: str
) -> None:
    parent = send(Draft(sender=BOB, to=[ANN], subject=subject, body="x"))
    draft = reply_draft(parent, ANN)
    assert (draft.subject, draft.thread_topic) == (reply, topic)
    raw = send(draft)
    sent = parse(raw)
    assert (str(sent["Subject"]), str(sent["Thread-Topic"])) == (reply, topic)
    head = raw.split(b"\r\n\r\n")[0].decode()
    assert "\r\nThread-Topic: \r\n" not in head and "Thread-Topic:\r\n" not in head


def test_a_long_thread_topic_starts_on_its_own_line() -> None:
    subject = "[list] Re: " + " ".join(["word"] * 30)
    raw = send(reply_draft(send(Draft(sender=BOB, to=[ANN], subject=subject, body="x")), ANN))
    assert b"\r\nThread-Topic: [list] Re: word word" in raw


@pytest.mark.parametrize(
    ("list_post", "address"),
    [
        ("(Posting) <mailto:l@x.org>", "l@x.org"),  # RFC 2369 allows comments
        ("<mailto:l@x.org> (Posting only by members)", "l@x.org"),
        ("<http://x.org/post>, <mailto:l@x.org?subject=list>", "l@x.org"),
        ("<mailto:l%40x.org>", "l@x.org"),
        ("NO (posting not allowed on this list)", None),
        ("<http://x.org/post>", None),
        ("mailto:l@x.org (Posting)", "l@x.org"),  # no brackets, as some lists write it
        ("mailto:a@x.org,mailto:b@x.org", "a@x.org"),
        ("<mailto: dev@x.org>", "dev@x.org"),
        ("<MAILTO:l@x.org?subject=a?b>", "l@x.org"),
        ("<mailto:?subject=x>", None),
    ],
)
def test_list_post_is_read_with_comments_and_several_urls(
    list_post: str, address: str | None
) -> None:
    from threadline.core.reply import list_post_address

    parent = parse_message(f"From: a@x.org\r\nList-Post: {list_post}\r\n\r\nx".encode())
    found = list_post_address(parent)
    assert (found.address if found else None) == address


def test_a_quoted_message_id_is_kept_as_received_in_a_reply() -> None:
    parent = parse_message(b'From: a@x.org\r\nMessage-ID: <"a b"@x.org>\r\nSubject: s\r\n\r\nx')
    draft = reply_draft(parent, ANN)
    assert draft.in_reply_to == '"a b"@x.org' and draft.references == ['"a b"@x.org']
    raw = send(draft)
    assert b'\r\nIn-Reply-To: <"a b"@x.org>\r\n' in raw
    assert b'\r\nReferences: <"a b"@x.org>\r\n' in raw


def test_a_reply_names_ids_as_written_never_decoded_as_encoded_words() -> None:
    # an encoded word is not allowed in an id (RFC 2047 §5): the store, and every other
    # client, know this message by the token as written (found by the fuzz test)
    token = "=?utf-8?q?=3Cp=40x.org=3E?="
    parent = parse_message(f"From: a@x.org\r\nMessage-ID: {token}\r\nSubject: s\r\n\r\nx".encode())
    draft = reply_draft(parent, ANN)
    assert draft.in_reply_to == token and draft.references == [token]
    assert f"\r\nIn-Reply-To: <{token}>\r\n".encode() in send(draft)


def test_a_reply_reads_every_message_id_and_references_header() -> None:
    # as the store's index reads them: the reply names the parent by the store's id
    parent = parse_message(
        b"From: a@x.org\r\nMessage-ID: broken <half\r\nMessage-ID: <p@x.org>\r\n"
        b"References: <r1@x.org>\r\nReferences: <r2@x.org>\r\nSubject: s\r\n\r\nx"
    )
    assert reply_references(parent) == ("p@x.org", ["r1@x.org", "r2@x.org", "p@x.org"])


def test_ids_that_cannot_be_written_are_left_out_and_the_reply_can_be_sent() -> None:
    # an 8-bit byte or a control character in a received id, or an id longer than a
    # line: the reply raised UnicodeEncodeError or "Shorten it" (found by the fuzz test)
    long_id = "y" * 990 + "@x.org"
    for bad in (b"<s\xcbt@x.org>", b"<\xc3\xbcber@x.org>", b"<ctl\x1b[2J@x.org>", long_id.encode()):
        parent = parse_message(
            b"From: a@x.org\r\nMessage-ID: <p@x.org>\r\nReferences: <root@x.org> "
            + bad + b" <q@x.org>\r\nSubject: s\r\n\r\nx"
        )  # fmt: skip
        draft = reply_draft(parent, ANN)
        assert draft.references == ["root@x.org", "q@x.org", "p@x.org"], bad
        assert send(draft)
        own = parse_message(b"From: a@x.org\r\nMessage-ID: " + bad + b"\r\nSubject: s\r\n\r\nx")
        draft = reply_draft(own, ANN)
        assert draft.in_reply_to is None and draft.references == [], bad
        assert b"In-Reply-To" not in send(draft)
    fits = "f" * (MAX_IN_REPLY_TO - 6) + "@x.org"
    draft = reply_draft(
        parse_message(f"From: a@x.org\r\nMessage-ID: <{fits}>\r\n\r\nx".encode()), ANN
    )
    assert draft.in_reply_to == fits and f"In-Reply-To: <{fits}>\r\n".encode() in send(draft)


def test_raw_8bit_bytes_in_an_id_are_read_as_the_store_reads_them() -> None:
    # UTF-8 (else Windows-1252), so U+0085 (NEL) is white space inside the brackets and
    # the reply names the id the store knows (found by the fuzz test)
    parent = parse_message(b"From: a@x.org\r\nMessage-ID: <a\xc2\x85b@x.org>\r\n\r\nx")
    assert reply_references(parent) == ("ab@x.org", ["ab@x.org"])


def test_a_name_too_long_for_any_line_is_left_out_of_a_reply_all() -> None:
    # a broken encoded word became one 2,000-character word: "cannot be folded. Shorten
    # it." refused the reply (found by the fuzz test)
    word = "=?utf-8?q?" + "=E2=82=AC" * 100 + "?82=AC" + "=E2=82=AC" * 120 + "?="
    parent = parse_message(
        f"From: Ann <a@x.org>\r\nCc: {word} <c@x.org>, Cy <cy@x.org>\r\nSubject: s\r\n\r\nx"
        .encode()
    )  # fmt: skip
    draft = reply_draft(parent, BOB, ReplyMode.ALL)
    assert draft.cc == [Address("c@x.org"), Address("cy@x.org", "Cy")]
    assert b"\r\nCc: c@x.org, Cy <cy@x.org>\r\n" in send(draft)


# -- exact drafts: recipients, bodies, threading (mutation testing, issue 12) ----------

PLAN = (
    b"From: Ann <ann@example.org>\r\nTo: Bob <bob@example.net>, me@example.com\r\n"
    b"Cc: Carol <carol@example.com>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
    b"Subject: Re: Plan\r\nThread-Index: AQHde/IvAAAAAAAAAAAAAAAAAAAAAQ==\r\n"
    b"Message-ID: <p@example.org>\r\n"
    b"References: <root@example.org>\r\n\r\nThe plan.\r\n\r\n"
)
ME = Address("me@example.com", "Me")


def test_a_forward_inline_exactly() -> None:
    draft = forward_draft(PLAN, ME)
    assert draft.body == (
        "\n\n---------- Forwarded message ----------\n"
        "From: Ann <ann@example.org>\n"
        "Date: Tue, 24 Nov 2026 10:00:00 +0100\n"
        "Subject: Re: Plan\n"
        "To: Bob <bob@example.net>, me@example.com\n"
        "Cc: Carol <carol@example.com>\n"
        "\n"
        "The plan.\n"
    )
    assert (draft.sender, draft.to, draft.cc) == (ME, [], [])
    assert draft.subject == "Fwd: Plan" and draft.thread_topic == "Fwd: Plan"
    index = parse_thread_index(draft.thread_index)
    assert index is not None and index.depth == 0  # a new conversation, not the parent's
    assert draft.in_reply_to is None and draft.references == []
    assert draft.attachments == [] and draft.attached_messages == []


def test_a_forward_leaves_out_missing_headers_and_keeps_leading_blank_lines() -> None:
    draft = forward_draft(b"From: a@b.org\r\nSubject: x\r\n\r\n\r\nText  \r\n\r\n\r\n", ME)
    assert draft.body == (
        "\n\n---------- Forwarded message ----------\nFrom: a@b.org\nSubject: x\n\n\nText  \n"
    )


def test_a_forward_as_attachment_carries_the_original_whole() -> None:
    parsed = parse_message(PLAN)
    draft = forward_draft(parsed, ME, as_attachment=True)
    assert draft.attached_messages == [parsed.as_bytes()]
    assert draft.body == "" and draft.attachments == []
    assert draft.subject == "Fwd: Plan" and draft.thread_topic == "Fwd: Plan"
    index = parse_thread_index(draft.thread_index)
    assert index is not None and index.depth == 0


def test_a_forward_takes_the_attachments_along_with_their_types_and_names() -> None:
    parent = (
        b"From: a@b.org\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nBody\r\n"
        b"--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b--\r\n"
    )
    [attachment] = forward_draft(parent, ME).attachments
    assert attachment.filename == "attachment"
    assert attachment.content_type == "image/png" and attachment.data == b"\x00\x01\x02"


def test_a_reply_exactly() -> None:
    draft = reply_draft(PLAN, ME, ReplyMode.ALL)
    assert draft.sender == ME
    assert draft.to == [Address("ann@example.org", "Ann"), Address("bob@example.net", "Bob")]
    assert draft.cc == [Address("carol@example.com", "Carol")]
    assert draft.subject == "Re: Plan" and draft.thread_topic == "Plan"
    assert draft.in_reply_to == "p@example.org"
    assert draft.references == ["root@example.org", "p@example.org"]
    assert draft.body == (
        "\n\nOn Tue, 24 Nov 2026 10:00:00 +0100, Ann <ann@example.org> wrote:\n> The plan.\n"
    )
    index = parse_thread_index(draft.thread_index)
    assert index is not None and index.depth == 1 and index.guid == UUID(int=1)
    assert reply_draft(PLAN, ME, include_quote=False).body == ""
    to_sender = reply_draft(PLAN, ME)
    assert (to_sender.to, to_sender.cc) == ([Address("ann@example.org", "Ann")], [])


def test_a_reply_to_a_message_without_thread_index_starts_one() -> None:
    draft = reply_draft(b"From: a@b.org\r\nMessage-ID: <x@b.org>\r\n\r\nHi\r\n", ME)
    index = parse_thread_index(draft.thread_index)
    assert index is not None and index.depth == 0
    assert draft.body == "\n\na@b.org wrote:\n> Hi\n"
    assert draft.subject == "Re:" and draft.thread_topic == ""


@pytest.mark.parametrize(
    ("head", "mode", "to", "cc"),
    [
        # Reply-To beats From, for the sender and for all
        ("From: a@x.org\r\nReply-To: R <r@x.org>\r\nTo: b@x.org", ReplyMode.SENDER,
         ["R <r@x.org>"], []),
        ("From: a@x.org\r\nReply-To: r@x.org\r\nTo: b@x.org\r\nCc: c@x.org", ReplyMode.ALL,
         ["r@x.org", "b@x.org"], ["c@x.org"]),
        # my own address never appears, whatever its case; a duplicate only once
        ("From: A <a@x.org>\r\nTo: ME@Example.com, b@x.org, a@X.ORG\r\nCc: me@example.com",
         ReplyMode.ALL, ["A <a@x.org>", "b@x.org"], []),
        ("From: me@example.com\r\nReply-To: ME@example.com, a@x.org", ReplyMode.SENDER,
         ["a@x.org"], []),
        # replying to my own message: to its recipients
        ("From: Me <ME@example.com>\r\nTo: b@x.org, c@x.org\r\nCc: d@x.org", ReplyMode.SENDER,
         ["b@x.org", "c@x.org"], []),
        ("From: me@example.com\r\nTo: b@x.org\r\nCc: d@x.org", ReplyMode.ALL,
         ["b@x.org"], ["d@x.org"]),
        ("From: me@example.com\r\nReply-To: me@example.com", ReplyMode.SENDER, [], []),
        # nobody in To once mine are gone: the first Cc moves up
        ("From: me@example.com\r\nCc: c@x.org, d@x.org", ReplyMode.ALL,
         ["c@x.org"], ["d@x.org"]),
        ("From: a@x.org\r\nTo: me@example.com", ReplyMode.ALL, ["a@x.org"], []),
        # Mail-Followup-To beats everything for all, never for the sender
        ("From: a@x.org\r\nMail-Followup-To: l@x.org, me@example.com, l@x.org\r\nCc: c@x.org",
         ReplyMode.ALL, ["l@x.org"], []),
        ("From: a@x.org\r\nMail-Followup-To: l@x.org", ReplyMode.SENDER, ["a@x.org"], []),
        ("From: a@x.org\r\nList-Post: <mailto:l@x.org>\r\nCc: c@x.org", ReplyMode.LIST,
         ["l@x.org"], []),
    ],
)  # fmt: skip
def test_reply_recipients_exactly(head: str, mode: ReplyMode, to: list[str], cc: list[str]) -> None:
    parent = parse_message(head.encode() + b"\r\n\r\nx\r\n")
    found_to, found_cc = reply_recipients(parent, mode, ["me@example.com"])
    assert [str(a) for a in found_to] == to and [str(a) for a in found_cc] == cc


def test_reply_recipients_without_own_addresses_keep_everyone() -> None:
    parent = parse_message(b"From: a@x.org\r\nTo: me@example.com\r\nCc: a@x.org\r\n\r\n")
    assert reply_recipients(parent, ReplyMode.ALL) == (
        [Address("a@x.org"), Address("me@example.com")], []
    )  # fmt: skip


def test_reply_to_list_without_list_post_says_what_to_do() -> None:
    with pytest.raises(InvalidInputError) as raised:
        reply_recipients(parse_message(b"From: a@b.org\r\nList-Post: NO\r\n\r\n"), ReplyMode.LIST)
    assert str(raised.value) == (
        "This message did not come through a mailing list that accepts posts "
        "(it has no List-Post address). Use Reply or Reply all instead."
    )


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("a\r\nb\r\n\r\n", "> a\n> b"),
        ("\n\nx", ">\n>\n> x"),
        (">x", ">>x"),
        ("", ">"),
        ("trailing spaces stay  \n", "> trailing spaces stay  "),
        ("aX\nX", "> aX\n> X"),
    ],
)
def test_quote(text: str, quoted: str) -> None:
    assert quote(text) == quoted


def test_attribution_without_a_sender_or_a_date() -> None:
    assert attribution(parse_message(b"Subject: x\r\n\r\n")) == "someone wrote:"
    dated = parse_message(
        b"From: A <a@x.org>, b@x.org\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\n"
    )
    assert attribution(dated) == "On Tue, 24 Nov 2026 10:00:00 +0000, A <a@x.org> wrote:"


def test_trim_references_at_its_limits() -> None:
    ids = [f"{i}@x.org" for i in range(30)]
    assert trim_references(ids) == [ids[0], *ids[-19:]]
    assert len(trim_references(ids[:20])) == 20 and trim_references(ids[:20]) == ids[:20]
    assert trim_references(ids, limit=3) == [ids[0], ids[28], ids[29]]
    assert trim_references([]) == [] and trim_references(["a@x"]) == ["a@x"]
    assert trim_references(["a@x", "a@x"]) == ["a@x"]
    long_id = "l" * (MAX_ID_LENGTH - 6) + "@x.org"
    longer = "m" * (MAX_ID_LENGTH - 5) + "@x.org"
    assert trim_references(["r@x", long_id, longer, "n@x"]) == ["r@x", long_id, "n@x"]
    assert trim_references([longer, "n@x"]) == [longer, "n@x"]  # the root stays
    unfoldable = "u" * (MAX_FOLDABLE_ID - 6) + "@x.org"
    too_long = "v" * (MAX_FOLDABLE_ID - 5) + "@x.org"
    assert trim_references([unfoldable, "n@x", too_long]) == [unfoldable, "n@x"]
    assert trim_references([too_long]) == []
    assert trim_references(["r@x", "broken", "n@x"]) == ["r@x", "n@x"]


@pytest.mark.parametrize(
    ("sender", "named"),
    [
        ("سارة أحمد <sara@example.eg>", "\u2068سارة أحمد\u2069 <sara@example.eg>"),
        ("=?utf-8?b?15PXoNeZINeb15TXnw==?= <dani@example.il>",
         "\u2068דני כהן\u2069 <dani@example.il>"),
        ('"أحمد, سارة" <sara@example.eg>', '\u2068"أحمد, سارة"\u2069 <sara@example.eg>'),
        ("Ann <ann@example.org>", "Ann <ann@example.org>"),  # unchanged, byte for byte
        ("ann@example.org", "ann@example.org"),
    ],
)  # fmt: skip
def test_a_right_to_left_name_in_the_attribution_is_isolated(sender: str, named: str) -> None:
    parent = parse_message(
        f"From: {sender}\r\nDate: Tue, 24 Nov 2026 10:00:00 +0300\r\n\r\nنص\r\n".encode()
    )
    line = attribution(parent)
    assert line == f"On Tue, 24 Nov 2026 10:00:00 +0300, {named} wrote:"
    assert direction(line) == "ltr"  # the line runs left to right from "On"
    undated = attribution(parse_message(f"From: {sender}\r\n\r\nx\r\n".encode()))
    assert undated == f"{named} wrote:" and direction(undated) == "ltr"
    draft = reply_draft(parent, BOB)
    assert draft.body.startswith(f"\n\n{line}\n> نص")


def test_the_attribution_date_is_the_senders_own_in_rfc_5322_words() -> None:
    # not the reader's locale or time zone: day and month named, the sender's UTC offset
    for header, shown in (
        ("Tue, 3 Feb 2026 23:30:00 -0800", "Tue, 03 Feb 2026 23:30:00 -0800"),
        ("3 Feb 2026 23:30:00 +0000", "Tue, 03 Feb 2026 23:30:00 +0000"),
        ("Wed, 04 Feb 2026 09:00:00 +0530", "Wed, 04 Feb 2026 09:00:00 +0530"),
    ):
        parent = parse_message(f"From: a@x.org\r\nDate: {header}\r\n\r\n".encode())
        assert attribution(parent) == f"On {shown}, a@x.org wrote:"


@pytest.mark.parametrize(
    ("words", "line", "undated"),
    [
        (("Am {date} schrieb {sender}:", "{sender} schrieb:"),
         "Am Tue, 24 Nov 2026 10:00:00 +0100 schrieb Ann <ann@example.org>:",
         "Ann <ann@example.org> schrieb:"),
        (("Le {date}, {sender} a écrit :", "{sender} a écrit :"),
         "Le Tue, 24 Nov 2026 10:00:00 +0100, Ann <ann@example.org> a écrit :",
         "Ann <ann@example.org> a écrit :"),
    ],
)  # fmt: skip
def test_the_attribution_in_the_composers_language_keeps_the_rfc_5322_date(
    words: tuple[str, str], line: str, undated: str
) -> None:
    # the words follow the composer's language; the date stays unambiguous (named day and
    # month, the sender's offset), and the quote folding still knows it for an attribution
    parent = parse_message(
        b"From: Ann <ann@example.org>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\nHi\r\n"
    )
    assert attribution(parent, words) == line
    assert attribution(parse_message(b"From: Ann <ann@example.org>\r\n\r\n"), words) == undated
    assert reply_draft(parent, BOB, attribution_words=words).body.startswith(f"\n\n{line}\n> Hi")
    assert is_attribution(line)


def test_in_right_to_left_words_the_date_and_a_latin_sender_keep_their_order() -> None:
    # "في {date}، كتب {sender}:" is an Arabic line: the date and "Ann <ann@…>" are isolated
    # (FSI…PDI), so "+0100" stays after the time and "<" before the address
    parent = parse_message(
        b"From: Ann <ann@example.org>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\nHi\r\n"
    )
    line = attribution(parent, ("في {date}، كتب {sender}:", "كتب {sender}:"))
    date, who = "Tue, 24 Nov 2026 10:00:00 +0100", "Ann <ann@example.org>"
    assert line == f"في \u2068{date}\u2069، كتب \u2068{who}\u2069:"
    assert direction(line) == "rtl" and is_attribution(line)
