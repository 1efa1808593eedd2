"""Output for scripts: one JSON document on standard output (``--json``).

The JSON is ASCII: every non-ASCII character, control character, DEL, C1 control and
bidi override from mail is a ``\\uXXXX`` escape, so nothing a sender wrote can control
the terminal, and every JSON reader gets the text back exactly. Times are ISO 8601 in
UTC (``2026-11-24T10:00:00Z``); ids of messages are in header form (``<id@host>``), as
``--in-reply-to`` takes them. The field names are listed in the README and kept stable.
"""

from __future__ import annotations

import json
import sys
import time


def to_json(value: object) -> str:
    """``value`` as one line of ASCII JSON."""
    return json.dumps(value, ensure_ascii=True)


def print_json(value: object) -> None:
    """Print ``value`` as one line of JSON on standard output."""
    sys.stdout.write(to_json(value) + "\n")


def iso_time(epoch: float | None) -> str | None:
    """``2026-11-24T10:00:00Z`` for epoch seconds (``None`` stays ``None``)."""
    if epoch is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def header_id(bare: str | None) -> str | None:
    """A bare Message-ID in header form, ``<id@host>``."""
    return f"<{bare}>" if bare else None
