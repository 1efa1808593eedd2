"""Bytes a person hands over, decoded or refused in one sentence (issue 12, point 8)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core import charsets
from threadline.core.charsets import (
    check_charset,
    declared_codec,
    decode_argument,
    decode_declared,
    decode_text,
)
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


# -- text a sender's program labelled (issue 12, point 20) ------------------------------


@pytest.mark.parametrize(
    ("data", "charset", "text"),
    [
        (b"caf\xc3\xa9", "utf-8", "café"),
        (b"caf\xe9", "iso-8859-1", "café"),
        (b"\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r", "Привет"),
        (b"caf\xc3\xa9", "koi8-r", "cafц╘"),  # only Latin labels are doubted
        # the label is wrong: UTF-8 sent as Latin-1 or ASCII is read as UTF-8
        (b"caf\xc3\xa9", "iso-8859-1", "café"),
        (b"caf\xc3\xa9", "us-ascii", "café"),
        (b"caf\xc3\xa9", "windows-1252", "café"),
        (b"caf\xc3\xa9", "ISO-8859-15", "café"),
        # bytes the label cannot decode: UTF-8, else Windows-1252
        (b"caf\xe9", "utf-8", "café"),
        (b"caf\xe9 \x80", "us-ascii", "café €"),
        (b"\x81\xe9", "utf-8", "\ufffdé"),
        # unknown labels, none, or codecs that are no character set
        (b"caf\xc3\xa9", "x-klingon", "café"),
        (b"caf\xe9", None, "café"),
        (b"caf\xe9", "", "café"),
        (b"Y2Fm", "base64", "Y2Fm"),
        (b"\\x1b[2J", "unicode_escape", "\\x1b[2J"),
        # the superset mail programs really write under the label
        (b"\xd6\xd0\xce\xc4\x95\x4e", "gb2312", "中文昇"),  # 0x95 0x4e: GBK, not GB2312
        (b"\x87\x40", "shift_jis", "①"),
        (b"caf\xc3\xa9", "utf-8*en", "café"),  # RFC 2231 language
    ],
)
def test_declared_text_is_readable_whatever_its_label(
    data: bytes, charset: str | None, text: str
) -> None:
    assert decode_declared(data, charset) == text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("UTF-8", "utf-8"),
        (" utf-8*de ", "utf-8"),
        ("latin-1", "iso8859-1"),
        ("us-ascii", "ascii"),
        ("gbk", "gb18030"),
        ("GB2312", "gb18030"),
        ("ks_c_5601-1987", "cp949"),
        ("euc-kr", "cp949"),
        ("iso-8859-8-i", "iso8859-8"),
        ("shift_jis", "cp932"),
        ("x-unknown", None),
        ("", None),
        (None, None),
        ("rot13", None),
        ("raw-unicode-escape", None),
    ],
)
def test_declared_codec(label: str | None, codec: str | None) -> None:
    assert declared_codec(label) == codec


@given(st.binary(), st.sampled_from(["utf-8", "us-ascii", "latin-1", "gb2312", "utf-16",
                                     "x-nope", "iso-2022-jp", None]))  # fmt: skip
def test_declared_text_never_raises(data: bytes, charset: str | None) -> None:
    text = decode_declared(data, charset)
    assert isinstance(text, str)
    if data.isascii() and charset not in ("utf-16", "iso-2022-jp"):
        assert text == data.decode("ascii")


def test_the_first_and_last_undecodable_bytes_of_an_argument() -> None:
    assert decode_argument(os.fsdecode(b"\x80"), "--subject", "cp1252") == "€"
    assert decode_argument(os.fsdecode(b"\xff"), "--subject", "latin-1") == "ÿ"
    with pytest.raises(InvalidInputError) as raised:
        decode_argument(os.fsdecode(b"\xff"), "--subject", "ascii")
    assert str(raised.value).startswith("The value of --subject is not valid ascii (byte 0xff")
    with pytest.raises(InvalidInputError) as offered:
        decode_argument(os.fsdecode(b"\x80"), "--body", offer_charset=True)
    assert str(offered.value) == (
        "The value of --body is not valid text in this terminal's encoding (UTF-8 is "
        "expected); type it again in UTF-8, or give its encoding with --charset."
    )
    with pytest.raises(InvalidInputError) as plain:
        decode_argument(os.fsdecode(b"\x80"), "--name")
    assert str(plain.value) == (
        "The value of --name is not valid text in this terminal's encoding (UTF-8 is "
        "expected); type it again in UTF-8."
    )
