"""Subjects: "Re: " exactly once, the rest byte for byte; the base subject for comparing.

Gmail starts a new conversation when the subject of a reply differs from the thread's
once reply prefixes are removed, so a reply must keep the original text and carry one
"Re: ", whatever mix of "RE:", "AW:", "Re[2]:" or "回复：" came before it. The rule
(:func:`reply_subject`): the parent's subject without its *leading* reply prefixes, and
one "Re: " in front; nothing else changes, not a space, not a list tag.

Sources of the prefixes: RFC 5322 §3.6.5 ("Re: "); the table "Abbreviations in other
languages" of Wikipedia's "List of email subject abbreviations" (AW, SV, VS, Antw, REF/RÉF,
Odp, Vá, 回复/回覆); Outlook's Italian "R:" and "RIF:"; counted forms ("Re[2]:", "Re^2:")
as written by older clients and handled by RFC 5256 §2.1's base subject.
"""

from __future__ import annotations

import re

from threadline.core.headers import decode_words

#: Prefixes mail clients put before a reply's subject, by language.
REPLY_PREFIXES = (
    "re",  # English, and most clients
    "aw",  # German: Antwort
    "sv",  # Danish, Norwegian, Swedish: svar
    "vs",  # Finnish: vastaus
    "antw",  # Dutch: antwoord
    "r",  # Italian (Outlook)
    "rif",  # Italian: riferimento
    "réf",  # French: référence
    "ref",
    "odp",  # Polish: odpowiedź
    "vá",  # Hungarian: válasz
    "atb",  # Latvian: atbilde
    "ynt",  # Turkish: yanıt
    "回复",  # Chinese (simplified)
    "答复",
    "回覆",  # Chinese (traditional)
    "答覆",
)

#: Prefixes mail clients put before a forwarded message's subject.
FORWARD_PREFIXES = (
    "fwd",
    "fw",
    "wg",  # German: weitergeleitet
    "tr",  # French: transféré
    "rv",  # Spanish: reenviado
    "doorst",  # Dutch: doorsturen
    "pd",  # Polish: prześlij dalej
    "转发",  # Chinese (simplified)
    "轉寄",  # Chinese (traditional)
    "転送",  # Japanese
)


def _prefix_pattern(words: tuple[str, ...], space: str = r"\s") -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "Re:", "RE :", "Re[2]:", "Re(3):", "Re^2:", full-width "回复：".
    return re.compile(
        rf"^(?:{alternatives}){space}*(?:\[\d+\]|\(\d+\)|\^\d+)?{space}*[:：]{space}*",
        re.IGNORECASE,
    )


_REPLY = _prefix_pattern(REPLY_PREFIXES)
_ANY_PREFIX = _prefix_pattern(REPLY_PREFIXES + FORWARD_PREFIXES)
#: The same, on text as it is: only spaces and tabs count as the space after a prefix.
_EXACT_REPLY = _prefix_pattern(REPLY_PREFIXES, r"[ \t]")
_EXACT_ANY_PREFIX = _prefix_pattern(REPLY_PREFIXES + FORWARD_PREFIXES, r"[ \t]")
_BLOB = re.compile(r"^\[[^\[\]]*\]\s*")
_TRAILER = re.compile(r"(?:\s*\((?:fwd|fw)\))+\s*$", re.IGNORECASE)
_FWD_WRAPPER = re.compile(r"^\[fwd:\s*(.*)\]$", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"\s+")


def normalise(subject: str | None) -> str:
    """Decode RFC 2047 words (:func:`~threadline.core.headers.decode_words`), and turn
    every run of whitespace into one space."""
    if not subject:
        return ""
    return _SPACES.sub(" ", decode_words(str(subject))).strip()


def base_subject(subject: str | None) -> str:
    """The subject with reply/forward prefixes, ``[list]`` tags and "(fwd)" removed.

    Follows RFC 5256 §2.1 (without its case folding), extended with localized
    prefixes and counted forms. ``base_subject(base_subject(s)) == base_subject(s)``.
    """
    text = normalise(subject)
    while True:
        before = text
        text = _TRAILER.sub("", text)
        text = _strip_leaders(text)
        wrapped = _FWD_WRAPPER.match(text)
        if wrapped:
            text = wrapped.group(1).strip()
        if text == before:
            return text


def _strip_leaders(text: str) -> str:
    """Remove leading reply/forward prefixes and ``[blob]`` tags (a tag only when text
    is left after it)."""
    while True:
        match = _ANY_PREFIX.match(text)
        if match:
            text = text[match.end() :]
            continue
        blob = _BLOB.match(text)
        if blob and text[blob.end() :].strip():
            text = text[blob.end() :]
            continue
        return text


def strip_reply_prefixes(subject: str | None) -> str:
    """``subject`` without its leading reply prefixes (and the spaces after each), and
    without leading whitespace; every other character kept as it is."""
    text = (subject or "").lstrip(" \t")
    while True:
        match = _EXACT_REPLY.match(text)
        if not match or match.end() == 0:
            return text
        text = text[match.end() :]


def reply_subject(subject: str | None) -> str:
    """``Re: `` plus the subject without its leading reply prefixes: never ``Re: Re:``.

    Byte for byte otherwise: list tags, forward prefixes, runs of spaces, even a later
    "Re:" (``[dev] Re: x`` -> ``Re: [dev] Re: x``) stay as the other clients show them.
    """
    rest = strip_reply_prefixes(subject)
    return f"Re: {rest}" if rest else "Re:"


def forward_subject(subject: str | None) -> str:
    """``Fwd: `` plus the subject without its leading reply or forward prefixes."""
    text = (subject or "").lstrip(" \t")
    while True:
        match = _EXACT_ANY_PREFIX.match(text)
        if not match or match.end() == 0:
            break
        text = text[match.end() :]
    return f"Fwd: {text}" if text else "Fwd:"


def is_reply_subject_changed(original: str | None, edited: str | None) -> bool:
    """Whether an edited reply subject no longer matches its conversation (Gmail splits)."""
    return base_subject(original).casefold() != base_subject(edited).casefold()
