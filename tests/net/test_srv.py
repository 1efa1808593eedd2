"""RFC 6186 SRV look-ups against a real DNS server on 127.0.0.1, never the system's."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from helpers.autoconfig_server import no_dns
from helpers.dns_server import DnsServer
from threadline.net.srv import SERVICES, SrvLookupError, SrvRecord, srv_records

__all__ = ["no_dns"]


@pytest.fixture
def dns_server(no_dns: list[str]) -> Iterator[DnsServer]:
    with DnsServer() as running:
        yield running


def test_the_services_are_rfc_6186_and_8314s_with_implicit_tls_first() -> None:
    assert list(SERVICES.items()) == [
        ("_submissions._tcp", ("smtp", "tls")),
        ("_submission._tcp", ("smtp", "starttls")),
        ("_imaps._tcp", ("imap", "tls")),
        ("_imap._tcp", ("imap", "starttls")),
    ]


def test_records_come_in_priority_then_weight_order(dns_server: DnsServer) -> None:
    dns_server.records["_imaps._tcp.example.org."] = [
        "20 0 993 backup.example.org.", "10 5 993 IMAP2.Example.ORG.",
        "10 60 9993 imap.example.org.",
    ]  # fmt: skip
    assert srv_records("_imaps._tcp", "example.org", dns_server.resolver()) == [
        SrvRecord(10, 60, 9993, "imap.example.org"),
        SrvRecord(10, 5, 993, "imap2.example.org"),
        SrvRecord(20, 0, 993, "backup.example.org"),
    ]
    assert dns_server.questions == ["_imaps._tcp.example.org."]  # no search-list guesses


def test_no_record_is_an_empty_list_and_a_dot_says_not_offered(dns_server: DnsServer) -> None:
    assert srv_records("_submission._tcp", "example.org", dns_server.resolver()) == []
    dns_server.records["_imap._tcp.example.org."] = ["0 0 0 ."]
    assert srv_records("_imap._tcp", "example.org", dns_server.resolver()) == [
        SrvRecord(0, 0, 0, "")
    ]


def test_a_dns_server_that_does_not_answer_is_said_in_words(dns_server: DnsServer) -> None:
    dns_server.silent = True
    started = time.monotonic()
    with pytest.raises(SrvLookupError) as failed:
        srv_records("_imaps._tcp", "example.org", dns_server.resolver(), timeout=0.5)
    assert str(failed.value) == "The DNS did not answer in time for _imaps._tcp.example.org."
    assert time.monotonic() - started < 3
