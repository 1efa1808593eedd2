"""``parse_send_time``: the times people type for ``send --at``."""

from __future__ import annotations

import time

import pytest

from threadline.core.dates import parse_send_time
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
