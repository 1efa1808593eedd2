"""mailto: URLs per RFC 6068."""

from __future__ import annotations

import pytest

from threadline.errors import InvalidInputError
from threadline.mailto import parse_mailto


def test_all_fields_are_decoded() -> None:
    request = parse_mailto(
        "mailto:ann@example.org,bob@example.net?cc=carol@example.com&bcc=dave@example.com"
        "&subject=Caf%C3%A9%20plans&body=Line%201%0D%0ALine%202"
        "&In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"
    )
    assert request.to == ["ann@example.org", "bob@example.net"]
    assert request.cc == ["carol@example.com"] and request.bcc == ["dave@example.com"]
    assert request.subject == "Café plans"
    assert request.body == "Line 1\nLine 2"
    assert request.in_reply_to == "3469A91.D10AF4C@example.com"


def test_to_in_the_query_and_an_empty_path() -> None:
    assert parse_mailto("mailto:?to=a@b.org&to=c@d.org").to == ["a@b.org", "c@d.org"]


def test_not_a_mailto_url() -> None:
    with pytest.raises(InvalidInputError, match="not a mailto"):
        parse_mailto("http://example.org")
