"""Dates and times: the ones people type (``threadline send --at``) and the ones mail
carries (RFC 5322 §3.3 ``Date:`` and ``Received:``, with every obsolete form of §4.3).

Mail dates are read leniently: an optional day name; two- and three-digit years (00-49
are 2000-2049, 50-999 add 1900); month names in any case, whole or abbreviated; missing
seconds; comments anywhere; ``-0000`` (UTC, the local zone unknown); the named zones of
§4.3 (UT, GMT, EST ... PDT), other names and military letters read as ``-0000``, as the
RFC says. What the grammar cannot read goes to the email package's looser reader
(ctime-style dates), then to ISO 8601.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime
from email.utils import parsedate_tz

from threadline.errors import InvalidInputError
from threadline.i18n import translate

EXAMPLES = "2026-12-01 08:00, 2026-12-01T08:00 or 2026-12-01T08:00+01:00"


def parse_send_time(text: str, now: float) -> float:
    """``text`` (ISO 8601; without a zone, the local time) as epoch seconds after ``now``.

    Raises :class:`InvalidInputError` for a form it cannot read or a time not to come.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            translate(
                "dates",
                "{text} is not a date and time Threadline can read; write it like {examples}.",
            ).format(text=repr(text), examples=EXAMPLES)
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the local time zone, daylight saving included
    when = moment.timestamp()
    if when <= now:
        shown = moment.strftime("%Y-%m-%d %H:%M %Z").strip()
        raise InvalidInputError(
            translate(
                "dates",
                "{time} has already passed; choose a time to come.",
            ).format(time=shown)
        )
    return when


#: Named zones of RFC 5322 §4.3, in minutes east of UTC; any other name means -0000.
NAMED_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
}  # fmt: skip
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_TIME = re.compile(
    r"\s*(?:[a-z]+\s*,?\s*)?"  # the day name (any, or none)
    r"(?P<day>\d{1,2})\s*[-/ ]?\s*(?P<month>[a-z]{3,9})\.?\s*[-/ ]?\s*(?P<year>\d{2,4})"
    r"\s+(?P<hour>\d{1,2})\s*:\s*(?P<minute>\d{1,2})(?:\s*:\s*(?P<second>\d{1,2}))?(?:[.,]\d+)?"
    r"\s*(?:(?P<sign>[+-])\s*(?P<zh>\d\d):?(?P<zm>\d\d)\b|(?P<name>[a-z]{1,5})\b)?",
    re.IGNORECASE | re.ASCII,
)
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")
_SPACES = re.compile(r"\s+")


def parse_mail_date(text: str) -> int | None:
    """A ``Date:`` (or ``Received:`` date) value as epoch seconds; ``None`` if unreadable."""
    if "(" in text:
        text = _without_comments(text)
    match = _DATE_TIME.match(text)
    if match:
        return _from_match(match)
    return _loosely(text)


def received_time(values: list[str]) -> int | None:
    """The newest time among ``Received:`` values (the date after each one's last ';')."""
    times = [parse_mail_date(value.rpartition(";")[2]) for value in values if ";" in value]
    known = [t for t in times if t is not None]
    return max(known) if known else None


def _without_comments(text: str) -> str:
    """``text`` with its (nested) comments replaced by spaces."""
    previous = None
    while previous != text:
        previous, text = text, _COMMENT.sub(" ", text)
    return text


def _year(digits: str) -> int:
    """RFC 5322 §4.3: 00-49 are 2000-2049, 50-99 and three digits add 1900."""
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 50 else 1900)
    return year + 1900 if len(digits) == 3 else year


def _from_match(match: re.Match[str]) -> int | None:
    month_name = match["month"][:3].lower()
    if month_name not in _MONTHS:
        return None
    month = _MONTHS.index(month_name) + 1
    year, day = _year(match["year"]), int(match["day"])
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"] or 0)
    if not (hour < 24 and minute < 60 and second <= 60):  # 60: a leap second
        return None
    try:
        datetime(year, month, day)  # checks the day against the month
    except ValueError:
        return None
    if match["sign"]:
        if int(match["zm"]) >= 60:
            return None
        offset = int(match["zh"]) * 60 + int(match["zm"])
        offset = -offset if match["sign"] == "-" else offset
    else:  # a name: known, or -0000 (as the military letters); none: -0000 too
        offset = NAMED_ZONES.get((match["name"] or "").upper(), 0)
    return calendar.timegm((year, month, day, hour, minute, second)) - offset * 60


def _loosely(text: str) -> int | None:
    """Dates beyond the grammar: ctime style (the email package's reader), ISO 8601."""
    text = _SPACES.sub(" ", text).strip()
    try:
        parts = parsedate_tz(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        parts = None
    if parts is not None:
        if not 1 <= parts[0] <= 9999:
            return None
        return calendar.timegm((*parts[:6],)) - (parts[9] or 0)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return calendar.timegm(moment.timetuple())
    return int(moment.timestamp())
