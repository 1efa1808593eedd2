"""A connection test's result, one line per side, as the Accounts window shows it."""

from __future__ import annotations

from threadline.services.account_check import SideCheck


def result_line(check: SideCheck) -> str:
    """One line of the Accounts window's test result: ✔ or ✘, the side, what happened."""
    return f"{'✔' if check.ok else '✘'} {check.side}: {check.text}"
