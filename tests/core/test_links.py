"""Does a link's visible text name the host it really leads to? (phishing check)"""

from __future__ import annotations

import pytest

from threadline.core.links import is_deceptive, shown_host, target_host


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://bank.example/login", "bank.example"),
        ("HTTPS://BANK.EXAMPLE", "bank.example"),
        ("http://www.bank.example:8443/x?y=1", "bank.example"),
        ("www.bank.example", "bank.example"),
        ("bank.example", "bank.example"),  # a bare domain reads as an address
        ("bank.example/help", "bank.example"),
        ("bank.example.", "bank.example"),  # the end of a sentence
        ('"bank.example"', "bank.example"),
        ("  https://bank.example/, ", "bank.example"),
        ("https://user@evil.example/", "evil.example"),
        ("ann@bank.example", "bank.example"),
        ("mailto:ann@bank.example", "bank.example"),
        ("https://bücher.example/", "xn--bcher-kva.example"),  # IDN: compared as A-labels
        ("www.BÜCHER.example", "xn--bcher-kva.example"),
        ("https://раураl.com", "xn--l-7sba6dbr.com"),  # Cyrillic look-alike of paypal.com
        ("https://xn--bcher-kva.example", "xn--bcher-kva.example"),
        ("<https://bank.example/login>", "bank.example"),  # as plain-text mail writes it
        ("(bank.example)", "bank.example"),
        ("[www.bank.example]", "bank.example"),
        ("«ann@bank.example»", "bank.example"),
        ("'mailto:ann@bank.example'", "bank.example"),
    ],
)
def test_text_that_reads_as_an_address_names_its_host(text: str, host: str) -> None:
    assert shown_host(text) == host


@pytest.mark.parametrize(
    "text",
    ["Help centre", "Click here", "e.g.", "i.e.", "v2.0", "1.5", "", "   ", "https://",
     "https://[::1]/", "http://[bad", "see bank.example now", "ann@",
     "localhost"],
)  # fmt: skip
def test_text_that_is_not_an_address_names_no_host(text: str) -> None:
    assert shown_host(text) is None


@pytest.mark.parametrize(
    ("href", "host"),
    [
        ("https://evil.example/login", "evil.example"),
        ("https://www.bank.example:8443/x", "bank.example"),
        ("  http://Bank.Example./  ", "bank.example"),
        ("mailto:ann@bank.example?subject=Hi", "bank.example"),
        ("MAILTO:Ann@Bank.Example", "bank.example"),
        ("mailto:a@x.example,b@y.example", "x.example"),  # the first recipient
        ("mailto:ann%40bank.example", "bank.example"),
        ("https://bücher.example/", "xn--bcher-kva.example"),
        ("mailto:", None),
        ("mailto:not-an-address", None),
        ("javascript:alert(1)", None),
        ("http://[bad", None),
        ("/relative/path", None),
    ],
)
def test_the_real_target_of_a_link(href: str, host: str | None) -> None:
    assert target_host(href) == host


@pytest.mark.parametrize(
    ("text", "href", "deceptive"),
    [
        ("https://bank.example/login", "https://evil.example/login", True),
        ("bank.example", "https://evil.example", True),
        ("www.bank.example", "https://bank.example.evil.example/", True),
        ("https://paypal.com", "https://раураl.com", True),  # look-alike target
        ("ann@bank.example", "mailto:ann@evil.example", True),
        ("<https://bank.example/login>", "https://evil.example/login", True),
        ("(https://bank.example).", "https://evil.example/", True),
        ("https://bank.example", "javascript:alert(1)", True),
        ("https://bank.example/login", "https://www.bank.example/other", False),
        ("https://bank.example", "mailto:help@bank.example", False),
        ("ann@bank.example", "mailto:ann@bank.example", False),
        ("www.bücher.example", "https://xn--bcher-kva.example/", False),
        ("Help centre", "https://evil.example", False),  # words, not an address
        ("e.g.", "https://evil.example", False),
        ("v2.0", "https://evil.example/v2", False),
    ],
)
def test_is_deceptive(text: str, href: str, deceptive: bool) -> None:
    assert is_deceptive(text, href) is deceptive


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://bank.example/a b", None),  # spaces: running text, not an address
        ("ann@intranet.x1", "intranet.x1"),
        ("www.intranet.x1", "intranet.x1"),
        ("WWW.Intranet.x1", "intranet.x1"),
        ("intranet.x1/path", "intranet.x1"),
        ("intranet.x1", None),  # bare, and no letters after its last dot
        ("ann@mail.example.xx.", "mail.example.xx"),
    ],
)
def test_shown_host_exactly(text: str, host: str | None) -> None:
    assert shown_host(text) == host


def test_target_host_keeps_a_last_label_that_ends_in_x() -> None:
    assert target_host("https://inbox.example.tax./x") == "inbox.example.tax"
