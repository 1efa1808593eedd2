"""The header-injection guard: no line break or control character reaches a header."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import Address, addresses_from_header
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.headers import (
    HeaderInjectionError,
    check_header_value,
    check_header_values,
    decode_words,
)
from threadline.errors import InvalidInputError


@pytest.mark.parametrize("bad", ["a\rb", "a\nb", "a\r\nBcc: x@y", "a\x00", "a\u2028b", "a\x85b"])
def test_line_breaks_in_header_values_are_refused(bad: str) -> None:
    with pytest.raises(HeaderInjectionError, match="subject"):
        check_header_value("the subject", bad)


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
        check_header_value("the thread key", bad)
    assert str(raised.value).startswith(f"The thread key contains {named}, which is not allowed")
    assert isinstance(raised.value, InvalidInputError) and raised.value.exit_code == 2


def test_ordinary_values_pass_unchanged() -> None:
    assert check_header_value("the subject", "Grüße\tand tabs") == "Grüße\tand tabs"
    assert check_header_value("the subject", "") == ""
    assert check_header_value("the subject", "emoji 🎉, bidi \u202e and NBSP\xa0") == (
        "emoji 🎉, bidi \u202e and NBSP\xa0"
    )


def test_several_values_are_checked_one_by_one() -> None:
    assert check_header_values("the recipient", ["a@x.org", "b@y.org"]) == ["a@x.org", "b@y.org"]
    assert check_header_values("the recipient", []) == []
    with pytest.raises(HeaderInjectionError, match="The recipient contains a line feed"):
        check_header_values("the recipient", ["a@x.org", "b@y.org\nBcc: evil@z.example"])


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
        check_header_value("the subject", f"Hi {control}[2J there")


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


# -- RFC 2047 encoded words in, text out (issue 12, point 20) -------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("=?utf-8?q?caf=C3=A9?=", "café"),
        ("=?UTF-8?Q?caf=C3=A9?=", "café"),
        ("=?utf-8?b?Y2Fmw6k=?=", "café"),
        ("=?utf-8?b?Y2Fmw6k?=", "café"),  # padding left out
        ("=?utf-8?b?Y2Fmw6k==?=", "café"),  # padding overdone
        ("=?utf-8?b?YWJX?=", "abW"),
        ("=?koi8-r?b?8NLJ18XU?= =?utf-8?q?_caf=C3=A9?=", "Привет café"),
        ("=?koi8-r?b?8NLJ18XU?=", "Привет"),
        ("=?utf-8*en?q?caf=C3=A9?=", "café"),  # RFC 2231 language
        ("=?utf-8?q?a_b=5Fc?=", "a b_c"),  # "_" is a space, "=5F" an underscore
        ("=?utf-8?q?=3D?=", "="),
        ("=?utf-8?q?100=?=", "100="),  # a lone "=" stays
        # a wrong or unknown charset still gives readable text
        ("=?iso-8859-1?q?caf=C3=A9?=", "café"),
        ("=?iso-8859-1?q?caf=E9?=", "café"),
        ("=?us-ascii?q?caf=E9?=", "café"),
        ("=?utf-8?q?caf=E9?=", "café"),
        ("=?x-klingon?q?caf=C3=A9?=", "café"),
        # words side by side: the whitespace between them goes, their bytes are joined
        ("=?utf-8?q?Caf=C3=A9_?=\r\n =?utf-8?q?plans?=", "Café plans"),
        ("=?utf-8?q?caf=C3?=\r\n =?utf-8?q?=A9?=", "café"),  # é split between two words
        ("=?utf-8?b?Y2Fmw6k=?= \t =?utf-8?b?IHBsYW5z?=", "café plans"),
        ("=?utf-8?q?Ann?= =?iso-8859-1?q?_M=FCller?=", "Ann Müller"),
        ("=?utf-8?q?a?==?utf-8?q?b?=", "ab"),
        # a word a sender's program broke across a fold
        ("=?utf-8?q?caf=C3=A9_pl\r\n ans?=", "café plans"),
        ("=?utf-8?b?Y2Fm\r\n w6k=?=", "café"),
        # text around words stays as it is, folds are unfolded
        ("Re:  =?utf-8?q?caf=C3=A9?=  plans", "Re:  café  plans"),
        ("Re: =?utf-8?q?x?= and\r\n\tmore", "Re: x and\tmore"),
        ("foo=?utf-8?q?caf=C3=A9?=bar", "foocafébar"),
        ("=?utf-8?q?a?= b =?utf-8?q?c?=", "a b c"),
        ("=?utf-8?q?a?=\u00a0=?utf-8?q?b?=", "a\u00a0b"),  # only spaces and tabs are dropped
        ("=?utf-8?q?a?=X=?utf-8?q?b?=", "aXb"),
        ("plain\r\n folded\n\tagain", "plain folded\tagain"),
        # not encoded words: kept as written
        ("=?utf-8?x?abc?=", "=?utf-8?x?abc?="),
        ("=?utf-8?b?!!!?=", "=?utf-8?b?!!!?="),
        ("=?utf-8?q?a?= =?utf-8?b?!?= =?utf-8?q?b?=", "a =?utf-8?b?!?= b"),
        ("50% off =? really ?=", "50% off =? really ?="),
        ("plain text", "plain text"),
        ("", ""),
        # raw 8-bit bytes as the parser keeps them: UTF-8, else Windows-1252
        ("caf\udcc3\udca9", "café"),
        ("caf\udce9 \udc80", "café €"),
        ("\ud800x", "\ufffdx"),
        ("=?utf-8?q?a\ud800?=", "a\ufffd"),
    ],
)
def test_encoded_words_are_decoded(value: str, text: str) -> None:
    assert decode_words(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("=?utf-8?q?Zo=C3=AB?= <z@x.org>", "Zoë <z@x.org>"),
        ("=?iso-8859-1?q?Zo=C3=AB?= <z@x.org>", "Zoë <z@x.org>"),
        ("=?utf-8?q?Doe=2C_John?= <j@x.org>, b@y.org", '"Doe, John" <j@x.org>, b@y.org'),
        ("=?utf-8?q?a=22b=5Cc?= <z@x.org>", '"a\\"b\\\\c" <z@x.org>'),
        ('"=?utf-8?q?Zo=C3=AB?=" <z@x.org>', '"Zoë" <z@x.org>'),
        ('"=?utf-8?q?a=22b?=" <z@x.org>', '"a\\"b" <z@x.org>'),
        ('"x\\" =?utf-8?q?a,b?=" <z@x.org>', '"x\\" a,b" <z@x.org>'),
        ('"x" =?utf-8?q?a,b?= <z@x.org>', '"x" "a,b" <z@x.org>'),
        ('"a\\"b" =?utf-8?q?x,y?= <z@x.org>', '"a\\"b" "x,y" <z@x.org>'),
        ('"=?utf-8?q?a,b?= x =?utf-8?q?c?=" <z@x.org>', '"a,b x c" <z@x.org>'),
        ('"x =?utf-8?q?a?= y =?utf-8?q?b,c?= z" <q@x.org>', '"x a y b,c z" <q@x.org>'),
        ("=?utf-8?q?J=2E?= =?utf-8?q?_Doe?= <j@x.org>", '"J. Doe" <j@x.org>'),
    ],
)
def test_names_in_address_headers_stay_one_name(value: str, text: str) -> None:
    assert decode_words(value, phrase=True) == text


def test_address_lists_read_back_with_their_decoded_names() -> None:
    text = decode_words("=?utf-8?q?Doe=2C_John?= <j@x.org>, =?utf-8?q?Zo=C3=AB?= <z@x.org>",
                        phrase=True)  # fmt: skip
    assert addresses_from_header(text) == [Address("j@x.org", "Doe, John"),
                                           Address("z@x.org", "Zoë")]  # fmt: skip


@given(st.text())
def test_decoding_never_raises_and_leaves_plain_text_alone(value: str) -> None:
    for phrase in (False, True):
        text = decode_words(value, phrase=phrase)
        if "=?" not in value and "\n" not in value and value.isascii():
            assert text == value


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"))),
       st.booleans())  # fmt: skip
def test_what_the_email_package_encodes_is_read_back_exactly(subject: str, fold: bool) -> None:
    from email.header import Header

    encoded = Header(subject, "utf-8", maxlinelen=40 if fold else 10_000).encode()
    assert decode_words(encoded) == subject


def test_the_refusals_word_for_word() -> None:
    with pytest.raises(HeaderInjectionError) as line_break:
        check_header_value("the subject", "a\nb")
    assert str(line_break.value) == (
        "The subject contains a line feed (LF), which is not allowed in a mail header. "
        "Remove the line break and try again."
    )
    with pytest.raises(HeaderInjectionError) as control:
        check_header_value("the subject", "a\x1bb")
    assert str(control.value) == (
        "The subject contains a control character (U+001B), which is not allowed in a mail "
        "header. Remove it and try again."
    )
