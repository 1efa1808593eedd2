"""Header folding: every line within 998 octets, and the value comes back exactly."""

from __future__ import annotations

import email
import re
from email import policy

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.folding import (
    MAX_LINE,
    _merge_whitespace,
    check_line_lengths,
    encoded_words,
    fold_text,
    fold_tokens,
    unfold,
)
from threadline.core.headers import check_header_value
from threadline.errors import InvalidInputError


def decoded(folded: str, name: str) -> str:
    """What a receiving client reads: the header unfolded and its encoded words decoded."""
    message = email.message_from_bytes((folded + "\r\n").encode("ascii"), policy=policy.default)
    return str(message[name])


_WORDS = st.sampled_from(
    ["Re:", "x", "café", "日本語", "=?utf-8?q?x?=", "[PATCH]", "a" * 120, "b" * 1200, "€", ""]
)
_SPACES = st.sampled_from(["", " ", "  ", "\t", " \t ", " " * 90])
_VALUES = st.lists(st.tuples(_SPACES, _WORDS), max_size=12).map(
    lambda pairs: "".join(space + word for space, word in pairs)
) | st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"))


@settings(max_examples=400)
@given(_VALUES)
@example("x\t  y")
@example("Grüße  an\talle")
@example(" " * 2000 + "x")
def test_folding_keeps_every_line_within_998_and_gives_the_value_back(value: str) -> None:
    folded = fold_text("Subject", value)
    assert folded.endswith("\r\n")
    lines = folded[:-2].split("\r\n")
    assert all(len(line.encode()) <= MAX_LINE for line in lines)
    assert folded.isascii()
    assert all(line.strip(" \t") for line in lines[1:])  # never a blank continuation line
    chunks = re.findall(r"[ \t]*[^ \t]+|[ \t]+", value)
    if value.isascii() and "=?" not in value and all(len(chunk) < 900 for chunk in chunks):
        assert unfold(folded) == (f"Subject: {value}" if value else "Subject:")
    if not value.startswith((" ", "\t")):
        assert decoded(folded, "Subject") == value


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")))
def test_encoded_words_are_short_and_decode_to_the_text(text: str) -> None:
    words = encoded_words(text)
    assert all(len(word) <= 75 for word in words)
    if text:
        assert decoded("X: " + "\r\n ".join(words), "X") == text


def test_an_ascii_subject_folds_at_its_spaces_and_keeps_runs_of_spaces() -> None:
    subject = "x\t  y " + " ".join(f"word{n}" for n in range(30))
    folded = fold_text("Subject", subject)
    assert folded.startswith("Subject: x\t  y word0")
    assert all(len(line) <= 78 for line in folded.split("\r\n"))
    assert unfold(folded) == f"Subject: {subject}"


_TYPED = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from(" \t")
)


@settings(max_examples=150)
@given((_VALUES | _TYPED).filter(lambda v: not v.startswith((" ", "\t"))))
def test_built_messages_keep_the_subject_exactly_within_998_octets(subject: str) -> None:
    try:
        check_header_value("the subject", subject)
    except InvalidInputError:
        assume(False)  # controls are refused before anything is built (test_headers)
    draft = Draft(sender=Address("ann@example.org"), to=[Address("bob@example.net")],
                  subject=subject, body="x")  # fmt: skip
    raw = message_bytes(build_message(draft))
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= MAX_LINE for line in head.split(b"\r\n"))
    message = email.message_from_bytes(raw, policy=policy.default)
    assert str(message["Subject"]) == subject


def test_fold_tokens_wraps_ids_between_tokens() -> None:
    folded = fold_tokens("References", [f"<{i:030d}@example.org>" for i in range(6)])
    assert all(len(line) <= 78 for line in folded.split("\r\n"))
    assert unfold(folded).split()[1:] == [f"<{i:030d}@example.org>" for i in range(6)]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"A: b\r\nIn-Reply-To: <" + b"x" * 1000 + b"@y>\r\n\r\nbody", "The In-Reply-To header"),
        (b"A: b\r\nB: x\r\n " + b"y" * 1000 + b"\r\n\r\nbody", "The B header"),
        (b"A: b\r\n\r\n" + b"z" * 1000, "A line of the message is 1,000 characters"),
    ],
)
def test_a_line_over_998_octets_is_refused_with_its_header(raw: bytes, words: str) -> None:
    with pytest.raises(InvalidInputError, match=words):
        check_line_lengths(raw)
    check_line_lengths(b"A: b\r\n\r\n" + b"z" * 998)


def test_an_in_reply_to_too_long_for_a_line_is_bad_input_not_a_server_refusal() -> None:
    huge = "x" * 1000 + "@y"
    draft = Draft(sender=Address("ann@example.org"), to=[Address("bob@example.net")],
                  subject="s", in_reply_to=huge, references=[huge])  # fmt: skip
    with pytest.raises(InvalidInputError, match="In-Reply-To"):
        message_bytes(build_message(draft))


def test_unfold_keeps_the_text_after_the_last_fold() -> None:
    assert unfold("abX\r\n cX\r\n") == "abX cX"
    assert unfold("Subject: a \r\n b \r\n") == "Subject: a  b "


# -- exact folds and refusals (mutation testing, issue 12) ---------------------------


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("", "Subject:\r\n"),
        ("   ", "Subject:    \r\n"),
        ("a  " + "b" * 80 + " café " + "c" * 10,
         "Subject: a\r\n  " + "b" * 80 + "\r\n =?utf-8?q?caf=C3=A9?= cccccccccc\r\n"),
        ("=?utf-8?q?x?= plain", "Subject: =?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3F=3D?= plain\r\n"),
        ("é" * 20, "Subject: =?utf-8?q?" + "=C3=A9" * 10 + "?=\r\n =?utf-8?q?"
         + "=C3=A9" * 10 + "?=\r\n"),
        ("x" + " " * 100 + "y", "Subject: x\r\n" + " " * 100 + "y\r\n"),
        ("a " + "é" * 3 + "  b", "Subject: a =?utf-8?q?=C3=A9=C3=A9=C3=A9?=  b\r\n"),
        ("é  ", "Subject: =?utf-8?q?=C3=A9__?=\r\n"),
    ],
)  # fmt: skip
def test_fold_text_exactly(value: str, folded: str) -> None:
    assert fold_text("Subject", value) == folded


def test_fold_text_and_tokens_with_another_line_end_and_width() -> None:
    assert fold_text("S", "aa bb cc", "\n", width=8) == "S: aa bb\n cc\n"
    assert fold_tokens("References", ["<a>", "<b>"], "\n", width=19) == "References: <a> <b>\n"
    assert fold_tokens("References", ["<a>", "<b>"], "\n", width=18) == "References: <a>\n <b>\n"
    assert fold_tokens("R", ["<" + "x" * 90 + ">"]) == "R: <" + "x" * 90 + ">\r\n"
    assert fold_tokens("R", []) == "R:\r\n"


def test_encoded_words_exactly() -> None:
    assert encoded_words("a b_c=?é\t") == ["=?utf-8?q?a_b=5Fc=3D=3F=C3=A9=09?="]
    assert encoded_words("") == []
    assert encoded_words("x" * 63) == ["=?utf-8?q?" + "x" * 63 + "?="]
    assert encoded_words("x" * 64) == ["=?utf-8?q?" + "x" * 63 + "?=", "=?utf-8?q?x?="]
    assert encoded_words("x" * 58 + "é") == ["=?utf-8?q?" + "x" * 58 + "?=", "=?utf-8?q?=C3=A9?="]
    assert encoded_words("x" * 57 + "é") == ["=?utf-8?q?" + "x" * 57 + "=C3=A9?="]


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"In-Reply-To: <" + b"x" * 1000 + b"@y>\r\n\r\nbody",
         "The In-Reply-To header would have a line of 1,017 characters, more than the 998 "
         "mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it."),
        (b"A: b\r\n\tc\r\n " + b"y" * 999 + b"\r\n\r\n",
         "The A header would have a line of 1,000 characters"),
        (b"X-" + b"N" * 70 + b": " + b"v" * 1000 + b"\r\n\r\n",
         "The X-" + "N" * 58 + " header would have a line of 1,074 characters"),
        (b"A: b\r\n\r\nline\r\n" + b"z" * 1001 + b"\r\nmore",
         "A line of the message is 1,001 characters long, more than the 998 mail allows "
         "(RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a file instead."),
        (b"A: b\r\n\r\n" + b"z" * 999, "A line of the message is 999 characters long"),
    ],
)  # fmt: skip
def test_line_length_refusals_exactly(raw: bytes, error: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        check_line_lengths(raw)
    assert str(raised.value).startswith(error)


def test_lines_of_998_octets_pass() -> None:
    check_line_lengths(b"A: " + b"b" * 995 + b"\r\n\r\n" + b"z" * 998 + b"\r\n" + b"y" * 998)


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"A: b\r\n\r\n" + b"z" * 1000 + b"\r\n\r\nend", "A line of the message is 1,000 "),
        (b"\n" + b"z" * 1000, "A line of the message is 1,000 "),
        (b" " + b"y" * 1000 + b"\r\n\r\n", "The  header would have a line of 1,001 "),
        (b"A: b\r\n c\r\n\t" + b"y" * 999 + b"\r\n\r\n", "The A header would have a line of 1,"),
        (b"X-A: b:c\r\n " + b"y" * 999 + b"\r\n\r\n", "The X-A header would have"),
        (b"X-B: a:" + b"v" * 1000 + b"\r\n\r\n", "The X-B header would have a line of 1,007 "),
        (b"X\xff: " + b"v" * 1000 + b"\r\n\r\n", "The X\ufffd header would have"),
    ],
)  # fmt: skip
def test_where_an_over_long_line_is_and_what_it_is_called(raw: bytes, error: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        check_line_lengths(raw)
    assert str(raised.value).startswith(error)


def test_the_longest_plain_word_and_long_runs_of_space_before_encoded_text() -> None:
    assert fold_text("Subject", "a" * 989) == "Subject: " + "a" * 989 + "\r\n"  # 998 octets
    assert fold_text("Subject", "a" * 990).startswith("Subject: =?utf-8?q?aaa")
    assert fold_text("S", "a" + " " * 78 + "é") == "S: a\r\n" + " " * 78 + "=?utf-8?q?=C3=A9?=\r\n"
    underscores = "=?utf-8?q?" + "_" * 63 + "?=\r\n =?utf-8?q?" + "_" * 17 + "=C3=A9?=\r\n"
    assert fold_text("S", "a\t" + " " * 80 + "é") == "S: a\r\n\t" + underscores
    assert fold_text("S", " " * 80 + "é") == "S: " + underscores


def test_only_text_with_both_ends_of_an_encoded_word_is_encoded() -> None:
    assert fold_text("S", "a=?b c?=d") == "S: a=?b c?=d\r\n"
    assert fold_text("S", "a=?b?=c").startswith("S: =?utf-8?q?a=3D=3Fb=3F=3Dc?=")


def test_whitespace_tokens_join_the_token_after_them_or_the_last_one() -> None:
    assert _merge_whitespace([" ", "a", "  ", "\t", "b", " ", "\t"]) == [" a", "  \tb \t"]
    assert _merge_whitespace(["  ", "\t"]) == ["  \t"]
    assert _merge_whitespace(["a", "\u00a0", "b"]) == ["a", "\u00a0", "b"]
    assert _merge_whitespace([]) == []
