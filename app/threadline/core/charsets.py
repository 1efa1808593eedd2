"""Text a person hands over as bytes (standard input, a file, the command line), decoded
or refused in one sentence, never a ``UnicodeError`` further down.

Without a charset: UTF-8 (a leading byte-order mark dropped), then the locale's
encoding when that is another one; with one: exactly that charset.
"""

from __future__ import annotations

import codecs
import locale
import os

from threadline.errors import InvalidInputError

_EXAMPLE = "e.g. --charset latin-1 or --charset cp1252"


def check_charset(charset: str) -> str:
    """The codec name of ``charset``, or :class:`InvalidInputError` naming it."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        raise InvalidInputError(
            f"--charset {charset!r} is not a character set Python knows ({_EXAMPLE})."
        ) from None


def decode_text(data: bytes, what: str, charset: str | None = None) -> str:
    """``data`` as text; ``what`` names it in the error ("the text on standard input")."""
    if charset:
        name = check_charset(charset)
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            raise InvalidInputError(
                f"{_capital(what)} is not valid {charset} (byte 0x{data[error.start]:02x} at "
                f"position {error.start}); give its real encoding with --charset."
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
        f"{_capital(what)} is not UTF-8 (byte 0x{data[first.start]:02x} at position "
        f"{first.start}); give its encoding with --charset ({_EXAMPLE})."
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
        return decode_text(raw, f"the value of {option}", charset)
    hint = ", or give its encoding with --charset" if offer_charset else ""
    raise InvalidInputError(
        f"The value of {option} is not valid text in this terminal's encoding (UTF-8 is "
        f"expected); type it again in UTF-8{hint}."
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
