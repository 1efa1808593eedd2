"""``parse_send_time``: the times people type for ``send --at``; ``parse_mail_date``:
the dates mail carries, in RFC 5322 form and every obsolete one (property tests)."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.dates import NAMED_ZONES, parse_mail_date, parse_send_time, received_time
from threadline.errors import InvalidInputError

NOW = 1_790_000_000.0  # 2026-09-21 14:13:20 UTC


def test_parse_send_time_reads_iso_forms_in_local_time_or_with_a_zone() -> None:
    assert parse_send_time("2027-01-15T08:00:00+00:00", NOW) == 1_800_000_000
    assert parse_send_time("2027-01-15T09:00+01:00", NOW) == 1_800_000_000
    assert parse_send_time("  2027-01-15T08:00:00Z\n", NOW) == 1_800_000_000
    local = parse_send_time("2027-01-15 08:00", NOW)
    assert time.localtime(local)[:5] == (2027, 1, 15, 8, 0)
    assert parse_send_time("2027-01-15T08:00", NOW) == local


@pytest.mark.parametrize("text", ["tomorrow", "25:99", "2027-02-30 08:00", "", "15/01/2027"])
def test_an_unreadable_time_says_how_to_write_one(text: str) -> None:
    with pytest.raises(InvalidInputError, match="is not a date and time Threadline can read; "
                       "write it like 2026-12-01 08:00"):  # fmt: skip
        parse_send_time(text, NOW)


@pytest.mark.parametrize("text", ["2026-01-01T00:00Z", "2026-09-21T14:13:20Z"])
def test_a_time_that_has_passed_or_is_now_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match="has already passed; choose a time to come"):
        parse_send_time(text, NOW)


JAN_5 = calendar.timegm((2026, 1, 5, 10, 0, 0))


@pytest.mark.parametrize(
    "text",
    [
        "Mon, 5 Jan 2026 10:00:00 +0000",
        "Mon, 5 Jan 2026 10:00:00 -0000",  # UTC, the sender's zone unknown (§3.3)
        "Mon, 05 Jan 2026 11:00:00 +0100",
        "5 Jan 2026 10:00 +0000",  # no day name, no seconds
        "Mon, 5 Jan 26 10:00:00 GMT",  # two-digit year
        "Mon, 5 Jan 126 10:00:00 UT",  # three-digit year: 1900 + 126
        "Mon, 5 Jan 2026 05:00:00 EST",
        "Mon, 5 Jan 2026 03:00:00 PDT",
        "Mon, 5 Jan 2026 10:00:00 J",  # military letters mean -0000 (RFC 5322 §4.3)
        "Mon, 5 Jan 2026 10:00:00 CEST",  # unknown names too
        "Mon, 5 Jan 2026 10:00:00",  # no zone at all
        "Mon (day) , 5 (d) Jan (m) 2026 (y) 10:00:00 (t) +0000 (z (nested))",
        "Mon, 5 Jan 2026 10 : 00 : 00 +0000",
        "monday, 5 JANUARY 2026 10:00:00 +0000",
        "  Mon,\r\n 5 Jan 2026\r\n\t10:00:00 +0000  ",  # folded
        "Mon, 5-Jan-2026 10:00:00 +0000",
        "Mon, 5 Jan 2026 10:00:00.123 +0000",
        "Mon, 5 Jan 2026 10:00:00 +00:00",
        "Mon Jan  5 10:00:00 2026",  # ctime
        "2026-01-05T11:00:00+01:00",
        "2026-01-05 10:00:00",
    ],
)
def test_every_form_of_the_same_moment_is_read_alike(text: str) -> None:
    assert parse_mail_date(text) == JAN_5


@pytest.mark.parametrize(
    "text",
    ["", "never", "Mon, 32 Jan 2026 10:00:00 +0000", "Mon, 29 Feb 2026 10:00:00 +0000",
     "Mon, 5 Foo 2026 10:00:00 +0000", "Mon, 5 Jan 2026 24:00:00 +0000",
     "Mon, 5 Jan 2026 10:61:00 +0000", "Mon, 5 Jan 2026 10:00:00 +0160", "Mon, 5 Jan 2026"],
)  # fmt: skip
def test_what_is_no_date_is_none(text: str) -> None:
    assert parse_mail_date(text) is None


def test_two_digit_years_follow_rfc_5322() -> None:
    assert parse_mail_date("1 Jan 49 00:00 +0000") == calendar.timegm((2049, 1, 1, 0, 0, 0))
    assert parse_mail_date("1 Jan 50 00:00 +0000") == calendar.timegm((1950, 1, 1, 0, 0, 0))
    assert parse_mail_date("1 Jan 00 00:00 +0000") == calendar.timegm((2000, 1, 1, 0, 0, 0))


def test_the_newest_received_time_wins() -> None:
    values = [
        "from a by b; Mon, 5 Jan 2026 10:00:00 +0000",
        "from c (c; with ; in a comment) by a; Mon, 5 Jan 2026 11:00:00 +0000 (UTC)",
        "by x with local; garbage",
        "no date here",
    ]
    assert received_time(values) == JAN_5 + 3600
    assert received_time(values[2:]) is None
    assert received_time([]) is None


_MOMENTS = st.datetimes(
    min_value=datetime(1951, 1, 1), max_value=datetime(2048, 12, 31),  # 2-digit years stay
    timezones=st.builds(timezone, st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
        lambda minutes: timedelta(minutes=minutes))),
).map(lambda moment: moment.replace(microsecond=0))  # fmt: skip


@given(_MOMENTS)
def test_format_then_parse_is_the_identity(moment: datetime) -> None:
    assert parse_mail_date(format_datetime(moment)) == int(moment.timestamp())


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@given(
    _MOMENTS,
    st.booleans(),  # a day name
    st.booleans(),  # a two-digit year
    st.booleans(),  # seconds (when they are 0)
    st.sampled_from(["", " (comment)", " (a (nested) one)"]),
    st.sampled_from(["numeric", "-0000", *sorted(NAMED_ZONES)]),
)
def test_obsolete_forms_then_parse_give_the_moment(
    moment: datetime, day_name: bool, short_year: bool, seconds: bool, comment: str, zone: str
) -> None:
    if zone == "numeric":
        shown, offset = moment, moment.utcoffset() or timedelta()
        minutes = int(offset.total_seconds() // 60)
        text_zone = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    else:
        minutes = 0 if zone == "-0000" else NAMED_ZONES[zone]
        shown = moment.astimezone(timezone(timedelta(minutes=minutes)))
        text_zone = zone
    if not seconds:
        shown = shown.replace(second=0)
    year = f"{shown.year % 100:02d}" if short_year else str(shown.year)
    clock = f"{shown.hour:02d}:{shown.minute:02d}" + (f":{shown.second:02d}" if seconds else "")
    text = (f"{_DAYS[shown.weekday()]},{comment} " if day_name else "") + (
        f"{shown.day} {_NAMES[shown.month - 1]}{comment} {year} {clock} {text_zone}{comment}"
    )
    assert parse_mail_date(text) == int(shown.astimezone(UTC).timestamp())
