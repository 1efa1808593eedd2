"""Times people type: ``threadline send --at`` and the like."""

from __future__ import annotations

from datetime import datetime

from threadline.errors import InvalidInputError

EXAMPLES = "2026-12-01 08:00, 2026-12-01T08:00 or 2026-12-01T08:00+01:00"


def parse_send_time(text: str, now: float) -> float:
    """``text`` (ISO 8601; without a zone, the local time) as epoch seconds after ``now``.

    Raises :class:`InvalidInputError` for a form it cannot read or a time not to come.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is not a date and time Threadline can read; write it like {EXAMPLES}."
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the local time zone, daylight saving included
    when = moment.timestamp()
    if when <= now:
        shown = moment.strftime("%Y-%m-%d %H:%M %Z").strip()
        raise InvalidInputError(f"{shown} has already passed; choose a time to come.")
    return when
