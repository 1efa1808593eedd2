"""Numbers on the command line: what SQLite cannot hold is refused in one line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from helpers.cli import profile, run, smtp_server
from helpers.smtp_server import test_ca
from threadline.commands.arguments import LARGEST, count, row_id


def test_row_ids_and_counts_in_sqlite_s_range_are_taken() -> None:
    assert row_id("0") == 0 and row_id(str(LARGEST)) == LARGEST
    assert count("1") == 1 and count(" 50 ") == 50


@pytest.mark.parametrize("text", ["abc", "", "1.5", "-1", str(LARGEST + 1), "9" * 30])
def test_a_row_id_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="is not a number from 0 up"):
        row_id(text)


@pytest.mark.parametrize("text", ["0", "-5", "9" * 30])
def test_a_count_below_one_or_too_large_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="is not a number from 1 up"):
        count(text)


__all__ = ["profile", "smtp_server", "test_ca"]

HUGE = "9" * 23


@pytest.mark.parametrize(
    "args",
    [
        ["show", HUGE],
        ["outbox", "retry", HUGE],
        ["outbox", "delete", HUGE],
        ["threads", "--limit", HUGE],
        ["threads", "--limit", "-1"],
        ["send", "--to", "bob@example.net", "--subject", "x", "--body", "y", "--thread", HUGE],
        ["send", "--to", "bob@example.net", "--subject", "x", "--body", "y", "--max-size", "inf"],
    ],
)
def test_a_number_too_large_for_the_store_is_one_line_and_exit_2(
    profile: Path, args: list[str]
) -> None:
    done = run(profile, *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "error in Threadline itself" not in done.stderr
