"""The header-injection guard: no line break or control character reaches a header."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.headers import (
    HeaderInjectionError,
    check_header_value,
    check_header_values,
)
from threadline.errors import InvalidInputError


@pytest.mark.parametrize("bad", ["a\rb", "a\nb", "a\r\nBcc: x@y", "a\x00", "a\u2028b", "a\x85b"])
def test_line_breaks_in_header_values_are_refused(bad: str) -> None:
    with pytest.raises(HeaderInjectionError, match="subject"):
        check_header_value("subject", bad)


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        ("a\rb", "a carriage return (CR)"),
        ("a\nb", "a line feed (LF)"),
        ("a\x0bb", "a vertical tab"),
        ("a\x0cb", "a form feed"),
        ("a\x85b", "a next-line character (NEL)"),
        ("a\u2029b", "a paragraph separator"),
    ],
)
def test_the_error_names_the_field_and_the_character(bad: str, named: str) -> None:
    with pytest.raises(HeaderInjectionError) as raised:
        check_header_value("thread key", bad)
    assert str(raised.value).startswith(f"The thread key contains {named}, which is not allowed")
    assert isinstance(raised.value, InvalidInputError) and raised.value.exit_code == 2


def test_ordinary_values_pass_unchanged() -> None:
    assert check_header_value("subject", "Grüße\tand tabs") == "Grüße\tand tabs"
    assert check_header_value("subject", "") == ""
    assert check_header_value("subject", "emoji 🎉, bidi \u202e and NBSP\xa0") == (
        "emoji 🎉, bidi \u202e and NBSP\xa0"
    )


def test_several_values_are_checked_one_by_one() -> None:
    assert check_header_values("recipient", ["a@x.org", "b@y.org"]) == ["a@x.org", "b@y.org"]
    assert check_header_values("recipient", []) == []
    with pytest.raises(HeaderInjectionError, match="The recipient contains a line feed"):
        check_header_values("recipient", ["a@x.org", "b@y.org\nBcc: evil@z.example"])


_TEXT_WITH_BREAKS = st.text(alphabet=st.sampled_from(["a", " ", "\r", "\n", "é", ":", "\u2028"]))


@given(subject=_TEXT_WITH_BREAKS, name=_TEXT_WITH_BREAKS)
def test_cr_lf_can_never_reach_generated_headers(subject: str, name: str) -> None:
    draft = Draft(
        sender=Address("me@example.org", name),
        to=[Address("you@example.org")],
        subject=subject,
        body="hi",
    )
    try:
        raw = message_bytes(build_message(draft))
    except InvalidInputError:
        assert any(c in subject + name for c in "\r\n\u2028")
        return
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert b"\r" not in line and b"\n" not in line
        assert line[:1] in (b" ", b"\t") or b":" in line  # a header or its continuation
    names = [line.split(b":")[0] for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]
    assert len(names) == len(set(names))  # nothing smuggled in a second time


@pytest.mark.parametrize("control", ["\x1b", "\x07", "\x7f", "\x9b", "\x01"])
def test_control_characters_are_refused_in_header_values(control: str) -> None:
    with pytest.raises(
        HeaderInjectionError, match=f"control character \\(U\\+{ord(control):04X}\\)"
    ):
        check_header_value("subject", f"Hi {control}[2J there")


# -- extra headers never replace what Threadline writes itself (issue 12, point 1) ------


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("Message-ID", "--in-reply-to"),
        ("in-reply-to", "--in-reply-to"),
        ("References", "--thread-key"),
        ("Subject", "--subject"),
        ("Thread-Index", "--thread"),
        ("THREAD-TOPIC", "--thread"),
        ("From", "--account"),
        ("Sender", "--account"),
        ("Date", "--at"),
        ("MIME-Version", "--attach"),
        ("Content-Type", "--html"),
        ("Content-Transfer-Encoding", "--attach"),
        ("User-Agent", "Threadline writes"),
        ("Return-Path", "mail servers"),
        ("Received", "mail servers"),
        ("Resent-From", "mail servers"),
        ("To", "--to"),
        ("Cc", "--cc"),
        ("Bcc", "--bcc"),
        ("Reply-To", "Reply-To"),
    ],
)
def test_structural_extra_headers_are_refused_with_what_to_use(name: str, hint: str) -> None:
    draft = Draft(sender=Address("me@example.org"), to=[Address("you@example.org")],
                  extra_headers={name: "<evil@x>"})  # fmt: skip
    with pytest.raises(InvalidInputError) as raised:
        build_message(draft)
    message = str(raised.value)
    assert hint in message and name in message
    assert "\n" not in message and raised.value.exit_code == 2


def test_other_extra_headers_pass() -> None:
    extra = {"X-Ticket": "4711", "List-Unsubscribe": "<mailto:u@x.org>"}
    draft = Draft(sender=Address("me@example.org"), to=[Address("you@example.org")],
                  extra_headers=extra)  # fmt: skip
    raw = message_bytes(build_message(draft))
    assert b"\r\nX-Ticket: 4711\r\n" in raw and b"\r\nList-Unsubscribe: <mailto:u@x.org>\r\n" in raw
