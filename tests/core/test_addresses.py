"""Addresses people type: parsed, validated, formatted; received ones read leniently."""

from __future__ import annotations

import pytest

from threadline.core.addresses import (
    Address,
    addresses_from_header,
    parse_address,
    parse_address_list,
    validate_address,
)
from threadline.core.headers import HeaderInjectionError
from threadline.errors import InvalidInputError


def test_address_list_with_names_quotes_and_separators() -> None:
    parsed = parse_address_list('Ann <ann@example.org>, bob@example.net; "Doe, J" <j@x.io>')
    assert parsed == [
        Address("ann@example.org", "Ann"),
        Address("bob@example.net"),
        Address("j@x.io", "Doe, J"),
    ]


def test_duplicates_are_dropped_case_insensitively_on_the_domain() -> None:
    assert parse_address_list("a@X.org, A <a@x.org>") == [Address("a@X.org")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("foo", "'foo' is not an e-mail address"),
        ("a@b c", "is not an e-mail address"),
        ("Ann <a@b.org", "missing a closing '>'"),
        ("a@-bad-.org", "is not a domain"),
        ("a..b@x.org", "the part before @ is invalid"),
        ("ann@example.org, oops", "'oops'"),
    ],
)
def test_bad_addresses_get_a_clear_error_naming_the_entry(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        parse_address_list(text)


def test_parse_address_wants_exactly_one() -> None:
    assert parse_address("Ann <a@b.org>").name == "Ann"
    with pytest.raises(InvalidInputError, match="Expected one"):
        parse_address("a@b.org, c@d.org")


def test_header_addresses_are_read_leniently() -> None:
    assert addresses_from_header("Ann <a@b.org>, undisclosed-recipients:;") == [
        Address("a@b.org", "Ann")
    ]
    assert addresses_from_header(None) == []


def test_international_domain_is_idna_in_headers_and_envelope() -> None:
    address = Address("jürgen@bücher.de", "Jürgen")
    assert address.ascii_address == "jürgen@xn--bcher-kva.de"
    assert "xn--bcher-kva.de" in address.formatted()


def test_several_lists_are_read_as_one_and_empty_entries_are_skipped() -> None:
    assert parse_address_list(["a@x.org, ", " ; b@y.org", "a@X.ORG"]) == [
        Address("a@x.org"),
        Address("b@y.org"),
    ]
    assert parse_address_list("") == []
    assert parse_address_list(" , ;") == []


def test_separators_inside_quotes_and_angle_brackets_do_not_split() -> None:
    assert parse_address_list('"Smith; Ann" <ann@x.org>, "A \\"B\\", C" <b@x.org>') == [
        Address("ann@x.org", "Smith; Ann"),
        Address("b@x.org", 'A "B", C'),
    ]


@pytest.mark.parametrize(
    "good",
    ["ann@example.org", "first.last+tag@sub.example.co.uk", '"odd local"@example.org',
     "root@[127.0.0.1]", "jürgen@bücher.de", "o'brien@example.ie"],
)  # fmt: skip
def test_validate_address_accepts_what_servers_accept(good: str) -> None:
    assert validate_address(good) == good


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("@example.org", "it needs a name@domain"),
        ("ann@", "it needs a name@domain"),
        (".ann@example.org", "the part before @ is invalid"),
        ("a" * 65 + "@example.org", "the part before @ is invalid"),
        ("ann@exa_mple.org", "is not a domain"),
        ("ann@" + "a" * 64 + ".org", "is not a domain"),
        ("ann@example.org\r\nBcc: x@y.z", "carriage return"),
    ],
)
def test_validate_address_names_what_is_wrong(bad: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        validate_address(bad)


def test_a_line_break_in_a_list_is_an_injection_error() -> None:
    with pytest.raises(HeaderInjectionError, match="The address list contains a line feed"):
        parse_address_list("a@x.org,\nBcc: evil@z.example")


def test_formatting_quotes_names_that_need_it() -> None:
    assert Address("ann@x.org").formatted() == "ann@x.org"
    assert Address("ann@x.org", "Ann").formatted() == "Ann <ann@x.org>"
    assert Address("j@x.io", "Doe, J").formatted() == '"Doe, J" <j@x.io>'
    assert str(Address("ann@x.org", "Ann")) == "Ann <ann@x.org>"


def test_domain_and_key_compare_the_domain_case_insensitively() -> None:
    ann = Address("Ann@Example.ORG")
    assert ann.domain == "Example.ORG"
    assert ann.key == "Ann@example.org"  # the local part stays as written
    assert ann.key != Address("ann@example.org").key
    assert Address("x@[127.0.0.1]").ascii_address == "x@[127.0.0.1]"


# -- refusals word for word, limits exactly (mutation testing, issue 12) --------------


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('""', "'\"\"' is not an e-mail address."),
        ("Ann <a,b@x.org>", "'Ann <a,b@x.org>' is not an e-mail address."),
        ("x <<a>, b@x.org>", "'x <<a>, b@x.org>' is not an e-mail address."),
        ("Ann <a@x.org", "'Ann <a@x.org' is missing a closing '>'."),
        ("A <a @x.org>", "'A <a @x.org>' is not an e-mail address."),
        ("a\n@x.org", "The address list contains a line feed (LF)"),
    ],
)
def test_what_is_not_an_address_list_is_named(text: str, error: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        parse_address_list(text)
    assert str(raised.value).startswith(error)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ('"x<y" <c@d.org>', [Address("c@d.org", "x<y")]),
        ('"Doe\\", J" <j@x.org>, k@x.org', [Address("j@x.org", 'Doe", J'), Address("k@x.org")]),
        ('"a\\\\" <j@x.org>; k@x.org', [Address("j@x.org", "a\\"), Address("k@x.org")]),
        ('"a@b"@example.org', [Address('"a@b"@example.org')]),
    ],
)
def test_quotes_escapes_and_brackets_in_a_list(text: str, addresses: list[Address]) -> None:
    assert parse_address_list(text) == addresses


def test_the_limits_of_an_address() -> None:
    label = "d" * 63
    domain_253 = ".".join([label, label, label, "d" * 61])
    assert len(domain_253) == 253
    assert validate_address(f"a@{domain_253}") == f"a@{domain_253}"
    with pytest.raises(InvalidInputError, match="is not a domain"):
        validate_address(f"a@{domain_253}d")
    assert validate_address("l" * 64 + "@x.org")
    with pytest.raises(InvalidInputError, match="the part before @ is invalid"):
        validate_address("l" * 65 + "@x.org")
    assert validate_address("a@[127.0.0.1]") == "a@[127.0.0.1]"
    for broken in ("a@[127.0.0.1", "a@127.0.0.1]"):
        with pytest.raises(InvalidInputError, match="is not a domain"):
            validate_address(broken)
    with pytest.raises(InvalidInputError) as raised:
        validate_address("a\r@x.org")
    assert str(raised.value).startswith("The address contains a carriage return (CR)")
