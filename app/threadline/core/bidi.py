"""Right-to-left text beside left-to-right text: which way a text runs, and isolating it.

A name like "سارة أحمد" shown before "<sara@example.eg>" on one line takes the neutral
characters around it (spaces, "<", ",") into its right-to-left run, and the line comes
out scrambled ("sara@example.eg> ‹ سارة أحمد"). Unicode's answer (UAX #9, since 6.3) is
the isolate: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE lays a text out in its own
direction, as one unit that nothing around it reorders.
"""

from __future__ import annotations

import unicodedata

#: FIRST STRONG ISOLATE: what follows runs in the direction of its first strong letter.
FSI = "\u2068"
#: POP DIRECTIONAL ISOLATE: ends the isolate.
PDI = "\u2069"
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
#: Bidi classes that can reorder their surroundings (letters of a right-to-left script,
#: Arabic digits, and the explicit embedding, override and isolate controls).
_REORDERING = frozenset(
    {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
)


def direction(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` after the first strong letter of ``text`` (skipping what is
    inside isolates, as UAX #9 rule P2 does), ``None`` when it has none."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def is_rtl(text: str) -> bool:
    """Whether ``text`` is a right-to-left paragraph (its first strong letter is)."""
    return direction(text) == "rtl"


def needs_isolation(text: str) -> bool:
    """Whether ``text`` could reorder what stands beside it on a left-to-right line."""
    return any(unicodedata.bidirectional(char) in _REORDERING for char in text)


def isolate(text: str) -> str:
    """``text`` between FSI and PDI, its own isolates balanced: a stray PDI inside cannot
    end the isolate early, and embeddings or overrides it opens end with it."""
    out = []
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI:
            if not depth:
                continue  # would close our isolate: dropped
            depth -= 1
        out.append(char)
    return FSI + "".join(out) + PDI * depth + PDI


def isolate_if_needed(text: str) -> str:
    """``text`` isolated when it holds anything that could reorder its neighbours, else
    as it is (plain left-to-right names stay byte for byte what they were)."""
    return isolate(text) if needs_isolation(text) else text
