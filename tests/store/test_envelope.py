"""mbox separator lines, checked as mutt's ``mutt_is_from`` does (prefix, lax, strict)."""

from __future__ import annotations

import calendar

import pytest

from threadline.store.envelope import Check, Envelope, parse_envelope

JAN_2001 = calendar.timegm((2001, 1, 1, 0, 0, 0))


@pytest.mark.parametrize(
    "line",
    [
        b"From MAILER-DAEMON Thu Jan 01 00:00:00 1970\n",  # ours and Python's mailbox
        b"From - Mon Jan  1 00:00:00 2001\r\n",  # Thunderbird
        b"From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001\n",  # git
        b"From 1790000000000000000@xxx Mon Jan 01 00:00:00 +0000 2001\n",  # Google Takeout
        b"From ann@example.org Mon Jan  1 00:00 2001\n",  # no seconds
        b"From ann@example.org Mon Jan  1 00:00:00 MET DST 2001\n",  # two zone words
        b"From ann at example.org  Mon Jan  1 00:00:00 2001\n",  # pipermail
        b'From "ann smith"@example.org Mon Jan  1 00:00:00 2001\n',  # quoted local part
        b"From Mon Jan  1 00:00:00 2001\n",  # no return path
        b"From ann@example.org Mon Jan  1 00:00:00 2001 remote from x\n",  # UUCP tail
    ],
)
def test_real_separators_pass_the_strict_check(line: bytes) -> None:
    assert parse_envelope(line, Check.STRICT) is not None


@pytest.mark.parametrize(
    "line",
    [
        b"From the start of the project, we knew\n",
        b"From here on\n",
        b"From ann@example.org\n",  # no date
        b"From ann@example.org Mon Jan  1\n",
        b"From ann@example.org Monday Jan  1 00:00:00 2001\n",  # day name of 6 letters
        b"From ann@example.org Mon Foo  1 00:00:00 2001\n",  # no month
        b"From ann@example.org Mon Jan  x 00:00:00 2001\n",
        b"From ann@example.org Mon Jan  1 noon 2001\n",
        b"From ann@example.org Mon Jan  1 00:00:00 -5\n",  # negative year
        b"Frm ann@example.org Mon Jan  1 00:00:00 2001\n",
    ],
)
def test_sentences_and_broken_lines_fail_the_lax_and_strict_checks(line: bytes) -> None:
    assert parse_envelope(line, Check.LAX) is None
    assert parse_envelope(line, Check.STRICT) is None


def test_the_lax_check_takes_any_return_path_the_strict_one_a_single_word() -> None:
    line = b"From Ann Smith <ann@example.org> Mon Jan  1 00:00:00 2001\n"
    assert parse_envelope(line, Check.LAX) == Envelope(b"Ann Smith <ann@example.org>", JAN_2001)
    assert parse_envelope(line, Check.STRICT) is None
    unbalanced = b'From "ann@example.org Mon Jan  1 00:00:00 2001\n'
    assert parse_envelope(unbalanced, Check.STRICT) is None


def test_the_prefix_check_takes_any_from_line() -> None:
    assert parse_envelope(b"From somebody\n", Check.PREFIX) == Envelope(b"", None)
    assert parse_envelope(b"Subject: x\n", Check.PREFIX) is None
    dated = parse_envelope(b"From a Mon Jan  1 00:00:00 2001\n", Check.PREFIX)
    assert dated == Envelope(b"a", JAN_2001)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"From a Mon Jan  1 00:00:00 2001\n", JAN_2001),
        (b"From a Mon Jan  1 01:00:00 +0100 2001\n", JAN_2001),  # a numeric zone counts
        (b"From a Sun Dec 31 19:00:00 -0500 2000\n", JAN_2001),
        (b"From a Mon Jan  1 00:00:00 01\n", JAN_2001),  # two-digit years, as mutt reads
        (b"From a Fri Jan  1 00:00:00 99\n", calendar.timegm((1999, 1, 1, 0, 0, 0))),
        (b"From a Mon Feb 30 00:00:00 2001\n", calendar.timegm((2001, 3, 2, 0, 0, 0))),
        (b"From a Mon Jan 41 00:00:00 2001\n", None),  # a separator, a date out of range
        (b"From a Mon Jan  1 25:00:00 2001\n", None),
    ],
)
def test_the_envelope_time_is_read_as_utc_unless_a_zone_is_given(
    line: bytes, expected: int | None
) -> None:
    envelope = parse_envelope(line, Check.LAX)
    assert envelope is not None and envelope.time == expected


def test_a_login_name_that_is_a_weekday_is_not_taken_for_the_date() -> None:
    for line in (b"From mon Mon Jan  1 00:00:00 2001\n", b"From mon Mon Jan  1 00:00:00 2001 x\n"):
        envelope = parse_envelope(line, Check.STRICT)
        assert envelope is not None and envelope.time == JAN_2001


def test_thunderbirds_bare_separator_passes_only_after_an_empty_line_or_at_the_start() -> None:
    for check in (Check.PREFIX, Check.LAX):
        assert parse_envelope(b"From \r\n", check) == Envelope(b"", None)
    assert parse_envelope(b"From \r\n", Check.STRICT) is None
