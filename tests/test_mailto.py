"""mailto: URLs per RFC 6068."""

from __future__ import annotations

import pytest

from threadline.core.addresses import Address, parse_address_list
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


@pytest.mark.parametrize(
    ("query", "subject"),
    [
        ("subject==?utf-8?q?caf=C3=A9?=", "café"),
        ("subject=%3D%3Futf-8%3Fq%3Fcaf%3DC3%3DA9%3F%3D", "café"),
        ("subject=Re:%20=?iso-8859-1?q?caf=C3=A9?=%20plans", "Re: café plans"),
        ("subject==?utf-8?b?Y2Fmw6k=?=%20=?utf-8?b?IHBsYW5z?=", "café plans"),
        ("subject==?x-klingon?q?caf=E9?=", "café"),
        ("subject=50%25%20=?%20off", "50% =? off"),
    ],
)
def test_encoded_words_in_the_subject_are_decoded(query: str, subject: str) -> None:
    assert parse_mailto(f"mailto:ann@example.org?{query}").subject == subject


def test_encoded_names_of_addresses_are_decoded_and_stay_one_address() -> None:
    request = parse_mailto(
        "mailto:%3D%3Futf-8%3Fq%3FZo%3DC3%3DAB%3F%3D%20%3Czoe@example.org%3E"
        "?cc=%3D%3Futf-8%3Fq%3FDoe%3D2C_John%3F%3D%20%3Cjohn@example.org%3E,b@example.org"
    )
    assert request.to == ["Zoë <zoe@example.org>"]
    assert request.cc == ['"Doe, John" <john@example.org>', "b@example.org"]
    assert parse_address_list(request.cc) == [
        Address("john@example.org", "Doe, John"), Address("b@example.org")
    ]  # fmt: skip
