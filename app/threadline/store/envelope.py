"""mbox envelope lines: is ``From ...`` a message separator, and when was it written?

A separator looks like ``From [return-path] weekday month day time [zone [zone]] year``.
The checks are mutt's (``from.c``, ``mutt_is_from``), in three strengths:

- :attr:`Check.PREFIX`: any ``From `` line (the start of a file, or where a valid
  Content-Length says the next message begins);
- :attr:`Check.LAX`: read from the end (the date is what counts, so any return path,
  even one with spaces, passes): used after an empty line;
- :attr:`Check.STRICT`: read from the start (one return-path word, quoted parts and
  pipermail's ``me at example.org`` allowed, then the date): used where no empty line
  comes before, so that a ``From`` sentence in a body rarely passes.

One addition to mutt's rules: a bare ``From `` line, the separator Thunderbird writes
since version 128 (its ``MboxMsgOutputStream``), passes the prefix and lax checks.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass

_MONTHS = (b"jan", b"feb", b"mar", b"apr", b"may", b"jun",
           b"jul", b"aug", b"sep", b"oct", b"nov", b"dec")  # fmt: skip
_DAYS = frozenset((b"sun", b"mon", b"tue", b"wed", b"thu", b"fri", b"sat"))
#: ``sscanf("%d")``: an optional sign and digits at the start of a word.
_NUMBER = re.compile(rb"[+-]?\d+")
_TIME = re.compile(rb"([+-]?\d+):([+-]?\d+)(?::([+-]?\d+))?")
_ZONE = re.compile(rb"([+-])(\d\d)(\d\d)")


#: The usual separator, which every check takes; others go through mutt's full rules.
_USUAL = re.compile(
    rb"From ([^\s\"\\]+) +(?i:(sun|mon|tue|wed|thu|fri|sat) +"
    rb"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\S*) +(\d{1,2}) +"
    rb"(\d{1,2}):(\d{2})(?::(\d{2}))? +(?:([+-]\d{4}|[A-Za-z]+) +)?(\d{4})[ \t]*\r?\n?"
)


class Check(enum.Enum):
    """How strictly a ``From `` line is read (see the module's description)."""

    PREFIX = "prefix"
    LAX = "lax"
    STRICT = "strict"


@dataclass(frozen=True)
class Envelope:
    """A separator line: its return path (may be empty) and time (``None``: not read)."""

    sender: bytes
    time: int | None


@dataclass
class _Date:
    month: int
    day: int
    clock: tuple[int, int, int]
    zone: bytes
    year: int


def is_separator(line: bytes, check: Check) -> bool:
    """Whether ``line`` separates messages under ``check`` (quicker than parsing it)."""
    return _USUAL.fullmatch(line) is not None or parse_envelope(line, check) is not None


def parse_envelope(line: bytes, check: Check) -> Envelope | None:
    """The envelope of ``line`` if it is a separator under ``check``, else ``None``."""
    usual = _USUAL.fullmatch(line)
    if usual:
        sender, _day, month, day, hour, minute, second, zone, year = usual.groups()
        clock = (int(hour), int(minute), int(second or 0))
        date = _Date(_MONTHS.index(month.lower()) + 1, int(day), clock, zone or b"", int(year))
        return Envelope(sender, _epoch(date))
    if not line.startswith(b"From "):
        return None
    words = line[5:].split()
    if not words:  # Thunderbird 128 on writes a bare "From " (MboxMsgOutputStream.cpp)
        return Envelope(b"", None) if check is not Check.STRICT else None
    if check is Check.STRICT:
        found = _forward(line[5:].lstrip())
    else:
        found = _reverse(words)
    if found is None:
        return Envelope(b"", None) if check is Check.PREFIX else None
    sender, date = found
    return Envelope(sender, _epoch(date))


def _is_day(word: bytes) -> bool:
    return len(word) == 3 and word.lower() in _DAYS


def _month(word: bytes) -> int | None:
    try:
        return _MONTHS.index(word[:3].lower()) + 1
    except ValueError:
        return None


def _number(word: bytes) -> int | None:
    match = _NUMBER.match(word)
    return int(match.group()) if match else None


def _clock(word: bytes) -> tuple[int, int, int] | None:
    match = _TIME.match(word)
    if match is None:
        return None
    hour, minute, second = match.groups()
    return int(hour), int(minute), int(second or 0)


def _year(word: bytes) -> int | None:
    """mutt's reading: 4 digits as they are, 70-99 in the 1900s, 0-69 in the 2000s."""
    year = _number(word)
    if year is None or year < 0:
        return None
    if year > 1900:
        return year
    return year + 2000 if year < 70 else year + 1900


def _is_zone(word: bytes) -> bool:
    return word[:1].isalpha() or word[:1] in (b"+", b"-")


def _reverse(words: list[bytes]) -> tuple[bytes, _Date] | None:
    """mutt's lax check: year, zones, time, day, month and weekday read from the end."""
    at = len(words) - 1
    if at <= 0 or (year := _year(words[at])) is None:
        return None
    at -= 1
    zone = b""
    if _is_zone(words[at]):
        zone = words[at]
        at -= 1
        if at <= 0:
            return None
        if words[at][:1].isalpha():  # two zone words: "MET DST"
            at -= 1
            if at <= 0:
                return None
    clock = _clock(words[at])
    if clock is None or at - 2 <= 0:
        return None
    day, month = _number(words[at - 1]), _month(words[at - 2])
    if day is None or month is None or not _is_day(words[at - 3]):
        return None
    return b" ".join(words[: at - 3]), _Date(month, day, clock, zone, year)


def _forward(rest: bytes) -> tuple[bytes, _Date] | None:
    """mutt's strict check: one return-path word (maybe quoted), then the date in order."""
    sender = b""
    if not _is_day(rest[:3]) or not rest[3:4].isspace():
        end = _word_end(rest)
        if end is None:
            return None
        sender, rest = rest[:end], rest[end:]
        if rest[:4].lower() == b" at ":  # pipermail hides addresses: "me at example.org"
            space = rest.find(b" ", 4)
            if space < 0:
                return None
            sender, rest = sender + rest[:space], rest[space:]
    words = rest.split()
    if words and _is_day(words[0]) and len(words) > 1 and _is_day(words[1]):
        words = words[1:]  # a user whose login name is a weekday
    if len(words) < 5 or not _is_day(words[0]):
        return None
    month, day, clock = _month(words[1]), _number(words[2]), _clock(words[3])
    if month is None or day is None or clock is None:
        return None
    at, zone = 4, b""
    if _is_zone(words[at]):
        zone = words[at]
        at += 1
        if at < len(words) and words[at][:1].isalpha():
            at += 1
    if at >= len(words) or (year := _year(words[at])) is None:
        return None
    return sender, _Date(month, day, clock, zone, year)


def _word_end(text: bytes) -> int | None:
    """Where the first word ends (quotes and backslashes honoured); ``None``: never does."""
    quoted = False
    at = 0
    while at < len(text):
        char = text[at : at + 1]
        if char == b"\\":
            at += 1
            if at >= len(text):
                return None
        elif char == b'"':
            quoted = not quoted
        elif not quoted and char.isspace():
            return at
        at += 1
    return None


def _epoch(date: _Date) -> int | None:
    """The date as epoch seconds: UTC unless a numeric zone says otherwise."""
    hour, minute, second = date.clock
    if not (1 <= date.day <= 31 and 0 <= hour < 24 and 0 <= minute < 60 and 0 <= second <= 60):
        return None
    try:
        moment = calendar.timegm((date.year, date.month, date.day, hour, minute, second))
    except (ValueError, OverflowError):
        return None
    zone = _ZONE.fullmatch(date.zone)
    if zone:
        sign = -1 if zone.group(1) == b"-" else 1
        moment -= sign * (int(zone.group(2)) * 3600 + int(zone.group(3)) * 60)
    return moment
