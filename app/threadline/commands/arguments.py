"""Argument types shared by the commands: numbers a command can use, refused in one line.

``type=int`` takes ``99999999999999999999999``, which SQLite cannot hold (an
OverflowError deep in a query); these types refuse it as argparse refuses ``abc``.
"""

from __future__ import annotations

import argparse

from threadline.i18n import translate

#: The largest number SQLite stores in an INTEGER column (a row id, a count).
LARGEST = 2**63 - 1


def _whole_number(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not least <= value <= LARGEST:
        raise argparse.ArgumentTypeError(
            translate("arguments", "{value} is not a number from {least} up").format(
                value=repr(text), least=least
            )
        )
    return value


def row_id(text: str) -> int:
    """A number shown by a listing (a conversation, an outbox entry): 0 or more."""
    return _whole_number(text, 0)


def count(text: str) -> int:
    """How many: 1 or more."""
    return _whole_number(text, 1)
