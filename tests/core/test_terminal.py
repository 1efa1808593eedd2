"""Text from mail made safe to print: controls shown as escapes, text otherwise kept."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from threadline.core.terminal import is_unsafe, safe_line, safe_text

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()))
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def test_escape_sequences_become_visible_escapes() -> None:
    assert safe_line("a\x1b]0;title\x07\x1b[2J\x9b31m b") == (
        "a\\x1b]0;title\\x07\\x1b[2J\\x9b31m b"
    )
    assert (
        safe_line("invoice\u202efdp.exe \u2066x\u2069") == "invoice\\u202efdp.exe \\u2066x\\u2069"
    )
    assert safe_line("del\x7f nul\x00 \udcff") == "del\\x7f nul\\x00 \\udcff"


def test_one_line_fields_turn_line_breaks_and_tabs_into_spaces() -> None:
    assert safe_line("Subject\r\nBcc: x\ty\rz\n\u2028w\x85v") == "Subject Bcc: x y z  w v"


def test_bodies_keep_tabs_and_write_every_line_break_as_lf() -> None:
    assert safe_text("a\tb\r\nc\rd\u2029e\x1b[2Jf\n") == "a\tb\nc\nd\ne\\x1b[2Jf\n"


def test_ordinary_text_is_unchanged() -> None:
    text = "Grüße, 山田さん — réunion à 10:00 \\ «ok» 🙂 \u200f"
    assert safe_line(text) == safe_text(text) == text
    assert not any(is_unsafe(c) for c in text)
    assert all(is_unsafe(c) for c in "\x00\x1b\x7f\x85\x9b\u202a\u202e\u2066\u2069\ud800")


@given(ANY_TEXT)
def test_no_control_survives_and_printable_text_is_kept(text: str) -> None:
    line = safe_line(text)
    assert not CONTROLS.search(line)
    assert len(line.splitlines()) <= 1
    body = safe_text(text)
    assert not CONTROLS.search(body.replace("\t", "").replace("\n", ""))
    line.encode("ascii" if text.isascii() else "utf-8")  # prints in any output encoding
    kept = [c for c in text if c.isprintable() and not is_unsafe(c)]
    assert all(c in line for c in kept)
