"""Bytes as text, never a ``UnicodeError`` further down.

Text a person hands over (standard input, a file, the command line) is decoded or
refused in one sentence: without a charset, UTF-8 (a leading byte-order mark dropped),
then the locale's encoding when that is another one; with one, exactly that charset.

Text a sender's program labelled (:func:`decode_declared`: an RFC 2047 encoded word,
a header's raw 8-bit bytes) is always readable, whatever the label says.
"""

from __future__ import annotations

import codecs
import locale
import os

from threadline.errors import InvalidInputError
from threadline.i18n import translate


def _example() -> str:
    return translate("charsets", "e.g. --charset latin-1 or --charset cp1252")


def check_charset(charset: str) -> str:
    """The codec name of ``charset``, or :class:`InvalidInputError` naming it."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        raise InvalidInputError(
            translate(
                "charsets",
                "--charset {charset} is not a character set Python knows ({example}).",
            ).format(charset=repr(charset), example=_example())
        ) from None


def decode_text(data: bytes, what: str, charset: str | None = None) -> str:
    """``data`` as text; ``what`` names it in the error ("the text on standard input", in
    the user's language: the subject of the error's sentence)."""
    if charset:
        name = check_charset(charset)
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            raise InvalidInputError(
                translate(
                    "charsets",
                    "{what} is not valid {charset} (byte 0x{byte} at position {position}); "
                    "give its real encoding with --charset.",
                ).format(
                    what=_capital(what),
                    charset=charset,
                    byte=format(data[error.start], "02x"),
                    position=error.start,
                )
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first = error
    local = locale.getpreferredencoding(False)
    if codecs.lookup(local).name not in ("utf-8", "ascii"):
        try:
            return data.decode(local)
        except UnicodeDecodeError:
            pass
    raise InvalidInputError(
        translate(
            "charsets",
            "{what} is not UTF-8 (byte 0x{byte} at position {position}); give its "
            "encoding with --charset ({example}).",
        ).format(
            what=_capital(what),
            byte=format(data[first.start], "02x"),
            position=first.start,
            example=_example(),
        )
    )


def decode_argument(
    value: str, option: str, charset: str | None = None, *, offer_charset: bool = False
) -> str:
    """A command-line value as text. Bytes the terminal's encoding could not decode
    arrive as surrogate escapes (PEP 383): decoded with ``charset``, or refused
    (``offer_charset``: the command has a --charset option to suggest)."""
    if not any("\udc80" <= char <= "\udcff" for char in value):
        return value
    raw = os.fsencode(value)
    if charset:
        what = translate("charsets", "the value of {option}").format(option=option)
        return decode_text(raw, what, charset)
    if offer_charset:
        refused = translate(
            "charsets",
            "The value of {option} is not valid text in this terminal's encoding (UTF-8 is "
            "expected); type it again in UTF-8, or give its encoding with --charset.",
        )
    else:
        refused = translate(
            "charsets",
            "The value of {option} is not valid text in this terminal's encoding (UTF-8 is "
            "expected); type it again in UTF-8.",
        )
    raise InvalidInputError(refused.format(option=option))


#: Declared charsets read as the superset that mail programs really write under that name.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",  # also ks_c_5601-1987, Outlook's name for it
    "shift_jis": "cp932",
    "iso-8859-8-i": "iso8859-8",
}
#: Single-byte labels that decode any bytes: valid UTF-8 under them is mislabelled UTF-8
#: (an ``Ã©`` pair in real Latin-1 text is far rarer than UTF-8 sent as Latin-1).
_LATIN = frozenset({"ascii", "iso8859-1", "iso8859-15", "cp1252"})
#: Python's own codecs that turn backslash escapes into any character: not charsets.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape"})


def declared_codec(charset: str | None) -> str | None:
    """The Python codec for a charset label from a message (``utf-8``, ``UTF-8*en`` with
    an RFC 2231 language, ``windows-1252``...), or ``None`` when Python knows none."""
    label = (charset or "").partition("*")[0].strip().lower()
    if not label:
        return None
    try:
        info = codecs.lookup(_SUPERSETS.get(label, label))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None  # base64, rot13, zlib...: not a character set
    return _SUPERSETS.get(info.name, info.name)


def decode_declared(data: bytes, charset: str | None = None) -> str:
    """``data`` as text, labelled ``charset`` by the sender's program; never raises.

    The label is trusted unless the bytes say otherwise: valid UTF-8 labelled as ASCII
    or Latin-1 is read as UTF-8; bytes the label cannot decode (or an unknown label) are
    read as UTF-8, else as Windows-1252 (the five bytes it lacks become U+FFFD).
    """
    codec = declared_codec(charset)
    if codec in _LATIN and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec is not None:
        try:
            return data.decode(codec)
        except UnicodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
