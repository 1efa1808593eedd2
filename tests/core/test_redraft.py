"""A built message taken back into its draft, and built again, is the same message."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage

from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.compose import (
    Attachment,
    Draft,
    build_message,
    envelope_recipients,
    message_bytes,
)
from threadline.core.redraft import draft_from_bytes
from threadline.core.reply import forward_draft

MESSAGE_ID = "<fixed@example.org>"


def full_draft(body: str = "Hello\nthere") -> Draft:
    return Draft(
        sender=Address("ann@example.org", "Ann"),
        to=[Address("bob@example.net", "Bob")],
        cc=[Address("cy@example.net")],
        bcc=[Address("dee@example.net")],
        subject="Re: Plan",
        body=body,
        in_reply_to="p1@example.org",
        references=["p0@example.org", "p1@example.org"],
        thread_topic="Plan",
        thread_index="AQHdgNEPDUhCc4iQRuqoNLxnhcnlog==",
        attachments=[Attachment("a.txt", b"abc", "text/plain")],
    )


def test_every_field_comes_back() -> None:
    draft = full_draft()
    built = build_message(draft, message_id=MESSAGE_ID)
    back = draft_from_bytes(message_bytes(built), envelope_recipients(draft))
    assert back.resumed_id == "fixed@example.org"
    assert back.resumed_recipients == ("bob@example.net", "cy@example.net", "dee@example.net")
    assert replace(back, resumed_id=None, resumed_recipients=()) == draft


def test_taken_back_it_keeps_its_message_id_while_it_goes_to_the_same_people() -> None:
    draft = full_draft()
    built = build_message(draft, message_id=MESSAGE_ID)
    back = draft_from_bytes(message_bytes(built), [r.upper() for r in envelope_recipients(draft)])
    back.body = "Changed the text"  # the text may change: it is still this message
    assert build_message(back)["Message-ID"] == MESSAGE_ID
    back.bcc = []  # one person less: another message, another id
    assert back.kept_message_id() is None
    assert build_message(back)["Message-ID"] != MESSAGE_ID
    assert full_draft().kept_message_id() is None  # a new draft keeps nothing


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.just("\n")))
def test_any_body_builds_byte_for_byte_the_same_message_again(body: str) -> None:
    draft = full_draft(body)
    when = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    first = build_message(draft, message_id=MESSAGE_ID, date=when)
    again = draft_from_bytes(message_bytes(first), envelope_recipients(draft))
    second = build_message(again, message_id=MESSAGE_ID, date=when)
    assert without_boundary(second) == without_boundary(first)


def without_boundary(message: EmailMessage) -> bytes:
    """The bytes with the MIME boundary (random on each build) blanked out."""
    return message_bytes(message).replace(str(message.get_boundary()).encode(), b"BOUNDARY")


def test_a_forwarded_message_stays_attached() -> None:
    original = message_bytes(build_message(full_draft()))
    forward = forward_draft(original, Address("ann@example.org"), as_attachment=True)
    forward.to = [Address("zoe@example.org")]
    back = draft_from_bytes(message_bytes(build_message(forward)), ["zoe@example.org"])
    assert len(back.attached_messages) == 1 and b"Subject: Re: Plan" in back.attached_messages[0]
    assert back.attachments == [] and back.to == [Address("zoe@example.org")]


def test_the_html_alternative_and_the_reply_to_come_back() -> None:
    draft = full_draft()
    draft.html = "<p>Hello\n<b>there</b></p>"
    draft.reply_to = [Address("team@example.org", "Team")]
    back = draft_from_bytes(message_bytes(build_message(draft)), envelope_recipients(draft))
    assert back.html == "<p>Hello\n<b>there</b></p>"  # line ends as the composer had them
    assert back.reply_to == [Address("team@example.org", "Team")]
    assert replace(back, resumed_id=None, resumed_recipients=()) == draft


def test_a_message_from_elsewhere_becomes_what_can_be_read_of_it() -> None:
    html_only = (
        b"To: b@x.org\r\nSubject: s\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi</p>\r\n"
    )
    back = draft_from_bytes(html_only, ["b@x.org", "hidden@x.org"])
    assert back.sender == Address("")
    assert back.to == [Address("b@x.org")] and back.bcc == [Address("hidden@x.org")]
    assert back.body == "" and back.html is None  # the composer's text is plain
    assert back.thread_topic is None and back.thread_index is None
    assert back.in_reply_to is None and back.references == []


def test_attachments_and_forwarded_messages_all_come_back_in_order() -> None:
    original = message_bytes(build_message(full_draft()))
    draft = forward_draft(original, Address("ann@example.org"), as_attachment=True)
    draft.to = [Address("zoe@example.org")]
    draft.attachments = [Attachment("b.txt", b"bbb", "text/plain")]
    built = message_bytes(build_message(draft))
    back = draft_from_bytes(built, ["zoe@example.org"])
    assert [a.filename for a in back.attachments] == ["b.txt"]
    assert len(back.attached_messages) == 1


def test_a_body_without_a_final_line_break_and_a_nameless_attachment() -> None:
    plain = draft_from_bytes(b"To: b@x.org\r\nContent-Type: text/plain\r\n\r\nHi", [])
    assert plain.body == "Hi"
    mixed = (
        b"To: b@x.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nBody\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment\r\n\r\n%PDF\r\n"
        b"--b--\r\n"
    )
    [attachment] = draft_from_bytes(mixed, []).attachments
    assert (attachment.filename, attachment.content_type) == ("attachment", "application/pdf")


def test_an_attachment_after_a_forwarded_message_comes_back_too() -> None:
    raw = (
        b"To: b@x.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nBody\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: old\r\n\r\nOld\r\n"
        b"--b\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=a.csv\r\n\r\n"
        b"1,2\r\n--b--\r\n"
    )
    back = draft_from_bytes(raw, [])
    assert len(back.attached_messages) == 1
    assert [(a.filename, a.data) for a in back.attachments] == [("a.csv", b"1,2")]
