"""Which way a text runs, and isolating it so it cannot reorder its neighbours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.bidi import (
    FSI,
    PDI,
    direction,
    is_rtl,
    isolate,
    isolate_if_needed,
    needs_isolation,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سارة أحمد", "rtl"),
        ("שלום", "rtl"),
        ("Sara", "ltr"),
        ("> مرحبا", "rtl"),  # the quote marker is neutral: the first letter decides
        ("123 שלום", "rtl"),  # digits are weak
        ("Re: موعد", "ltr"),
        ("", None),
        ("12 – !", None),
        (f"{FSI}سارة{PDI} <sara@example.eg>", "ltr"),  # an isolate's letters do not count
        (f"{FSI}abc{PDI} שלום", "rtl"),
        (f"{FSI}{FSI}x{PDI}{PDI}", None),
    ],
)
def test_direction_is_the_first_strong_letters(text: str, expected: str | None) -> None:
    assert direction(text) == expected
    assert is_rtl(text) == (expected == "rtl")


def test_only_text_that_can_reorder_needs_isolation() -> None:
    assert not needs_isolation("Bob Smith, Jr. (2)")
    assert needs_isolation("سارة")
    assert needs_isolation("Bob\u202e")  # RIGHT-TO-LEFT OVERRIDE
    assert needs_isolation("x\u2069")
    assert needs_isolation("١٢٣")  # Arabic-Indic digits
    assert isolate_if_needed("Bob Smith") == "Bob Smith"
    assert isolate_if_needed("سارة") == f"{FSI}سارة{PDI}"


def test_isolate_balances_what_the_text_opens_and_drops_stray_closes() -> None:
    assert isolate("سارة أحمد") == f"{FSI}سارة أحمد{PDI}"
    assert isolate(f"a{PDI}b") == f"{FSI}ab{PDI}"  # a stray PDI would end ours early
    assert isolate("a\u2067b") == f"{FSI}a\u2067b{PDI}{PDI}"  # an open RLI is closed
    assert isolate(f"\u2066x{PDI}{PDI}") == f"{FSI}\u2066x{PDI}{PDI}"


@given(st.text())
def test_an_isolate_is_always_balanced_and_keeps_the_other_characters(text: str) -> None:
    isolated = isolate(text)
    depth = 0
    for number, char in enumerate(isolated):
        depth += char in "\u2066\u2067\u2068"
        depth -= char == PDI
        assert depth >= 0
        assert depth > 0 or number == len(isolated) - 1  # only the last PDI closes it
    assert depth == 0
    assert isolated[0] == FSI
    assert [c for c in isolated if c != PDI][1:] == [c for c in text if c != PDI]
