"""Bytes a person hands over, decoded or refused in one sentence (issue 12, point 8)."""

from __future__ import annotations

import os

import pytest

from threadline.core import charsets
from threadline.core.charsets import check_charset, decode_argument, decode_text
from threadline.errors import InvalidInputError


def test_utf8_first_without_its_byte_order_mark() -> None:
    assert decode_text("café".encode(), "the text") == "café"
    assert decode_text(b"\xef\xbb\xbfcaf\xc3\xa9", "the text") == "café"


def test_not_utf8_is_refused_naming_the_byte_and_the_option() -> None:
    with pytest.raises(InvalidInputError) as raised:
        decode_text(b"caf\xe9", "the text on standard input")
    message = str(raised.value)
    assert message.startswith("The text on standard input is not UTF-8 (byte 0xe9 at position 3)")
    assert "--charset" in message and "\n" not in message


def test_the_locales_encoding_is_tried_after_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charsets.locale, "getpreferredencoding", lambda _do=False: "cp1252")
    assert decode_text(b"caf\xe9 \x80", "the text") == "café €"


def test_a_given_charset_is_used_exactly() -> None:
    assert decode_text(b"caf\xe9", "the text", "latin-1") == "café"
    with pytest.raises(InvalidInputError, match="is not valid ascii"):
        decode_text(b"caf\xe9", "the text", "ascii")
    with pytest.raises(InvalidInputError, match="'klingon' is not a character set"):
        check_charset("klingon")


def test_command_line_values_with_undecodable_bytes() -> None:
    value = os.fsdecode(b"caf\xe9")
    assert decode_argument("café", "--subject") == "café"
    assert decode_argument(value, "--subject", "latin-1") == "café"
    with pytest.raises(InvalidInputError, match="--subject is not valid text") as raised:
        decode_argument(value, "--subject", offer_charset=True)
    assert "--charset" in str(raised.value)
    with pytest.raises(InvalidInputError) as plain:
        decode_argument(value, "--name")
    assert "--charset" not in str(plain.value)
