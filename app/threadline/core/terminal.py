"""Text from mail or a server made safe to print on a terminal.

A subject, a sender's name, a file name in an archive or a server's reply is chosen by
someone else. Printed raw, ``ESC ] 0; ... BEL`` sets the terminal's title, ``ESC [ 2J``
clears the screen, a C1 ``CSI`` (U+009B) does the same in one byte on some terminals,
and a bidi override (U+202E) makes ``txt.exe`` read as ``exe.txt``.

The one rule: every character that controls a terminal or reorders text is shown as a
visible backslash escape of its code point, like Python's ``repr``: ``\\x1b``, ``\\x9b``,
``\\u202e``. The escape is plain ASCII (it prints in any output encoding) and says what
was there. These are the C0 controls U+0000-U+001F, DEL U+007F, the C1 controls
U+0080-U+009F, the bidi embeddings, overrides and isolates U+202A-U+202E and
U+2066-U+2069, and lone surrogates (which no output encoding accepts).

Line breaks (CR, LF, CRLF, VT, FF, U+001C-U+001E, NEL, U+2028, U+2029) and tab are the
exception: :func:`safe_line`, for one-line fields (subject, name, id, snippet, an error
message), turns each into one space; :func:`safe_text`, for bodies, keeps tab and
writes every line break as ``\\n``.

JSON output needs none of this: :func:`json.dumps` escapes control characters itself.
"""

from __future__ import annotations

import re

#: DEL, C1 controls, bidi embeddings, overrides and isolates, lone surrogates.
_BEYOND_C0 = "\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"

#: Characters that control a terminal or reorder the text around them.
UNSAFE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")

#: The same without tab and LF, which a body keeps.
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_C0}]")

#: Line breaks as str.splitlines() knows them, CRLF counted once.
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def is_unsafe(char: str) -> bool:
    """Whether ``char`` (one character) controls a terminal or reorders text."""
    return UNSAFE.fullmatch(char) is not None


def safe_line(text: str) -> str:
    """``text`` for a one-line field: line breaks and tabs as spaces, controls escaped."""
    return UNSAFE.sub(_escape, LINE_BREAK.sub(" ", text).replace("\t", " "))


def safe_text(text: str) -> str:
    """``text`` for a body: tabs kept, line breaks as ``\\n``, other controls escaped."""
    return _UNSAFE_IN_TEXT.sub(_escape, LINE_BREAK.sub("\n", text))
