"""Finding an address's servers at its own domain (autoconfig, SRV) and, when asked,
in Thunderbird's database, against real HTTPS and DNS servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from helpers.autoconfig_server import AutoconfigServer, no_dns
from helpers.dns_server import DnsServer
from threadline.core.client_config import ServerSetting
from threadline.services.account_setup import (
    DNS,
    ISPDB,
    OWN,
    Found,
    Lookups,
    describe,
    find_at_domain,
    find_in_ispdb,
)

__all__ = ["no_dns"]

ADDRESS = "ann@example.org"
AUTOCONFIG = "https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=ann@example.org"
WELL_KNOWN = "https://example.org/.well-known/autoconfig/mail/config-v1.1.xml"
ISPDB_FILE = "https://autoconfig.thunderbird.net/v1.1/example.org"


def client_config(imap: str = "imap.example.org", smtp: str = "smtp.example.org",
                  username: str = "%EMAILLOCALPART%") -> str:  # fmt: skip
    return f"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.org">
  <domain>example.org</domain><displayName>Example Mail</displayName>
  <incomingServer type="imap"><hostname>{imap}</hostname><port>993</port>
    <socketType>SSL</socketType><username>{username}</username></incomingServer>
  <outgoingServer type="smtp"><hostname>{smtp}</hostname><port>465</port>
    <socketType>SSL</socketType><username>{username}</username></outgoingServer>
</emailProvider></clientConfig>"""


@dataclass
class Net:
    https: AutoconfigServer
    dns: DnsServer
    lookups: Lookups


@pytest.fixture
def net(no_dns: list[str]) -> Iterator[Net]:
    https = AutoconfigServer(("autoconfig.example.org", "example.org",
                              "autoconfig.thunderbird.net"))  # fmt: skip
    with https, DnsServer() as dns:
        lookups = Lookups(https.client_context(), resolver=dns.resolver(), route=https.route,
                          timeout=3)  # fmt: skip
        yield Net(https, dns, lookups)


def test_the_domains_own_file_gives_both_servers_and_says_so(net: Net) -> None:
    net.https.serve(AUTOCONFIG, client_config())
    search = find_at_domain(ADDRESS, net.lookups)
    assert search.found == Found(
        OWN, "example.org", "example.org's own configuration", AUTOCONFIG,
        smtp=ServerSetting("smtp.example.org", 465, "tls", "ann"),
        imap=ServerSetting("imap.example.org", 993, "tls", "ann"),
    )  # fmt: skip
    assert describe(search.found, ADDRESS) == (
        "Settings from example.org's own configuration: sending through smtp.example.org:465 "
        "(TLS) and incoming mail from imap.example.org:993 (TLS). User name: ann."
    )
    hosts = {request.host for request in net.https.requests}
    assert "autoconfig.thunderbird.net" not in hosts  # never unasked


def test_the_well_known_file_is_the_second_place(net: Net) -> None:
    net.https.serve(AUTOCONFIG, "<!DOCTYPE x><clientConfig/>")  # refused, not used
    net.https.serve(WELL_KNOWN, client_config(username="%EMAILADDRESS%"))
    search = find_at_domain(ADDRESS, net.lookups)
    assert search.found is not None and search.found.url == WELL_KNOWN
    assert describe(search.found, ADDRESS).endswith("imap.example.org:993 (TLS).")  # no user
    assert search.tried[0] == (
        f"{AUTOCONFIG}: The autoconfig file declares a document type or entities, which "
        "Threadline does not read."
    )


def test_the_own_file_wins_over_dns_records(net: Net) -> None:
    net.https.serve(WELL_KNOWN, client_config())
    net.dns.records["_imaps._tcp.example.org."] = ["0 1 993 other.example.org."]
    search = find_at_domain(ADDRESS, net.lookups)
    assert search.found is not None and search.found.source == OWN


def test_srv_records_give_the_servers_when_no_file_does(net: Net) -> None:
    net.dns.records.update({
        "_submissions._tcp.example.org.": ["0 0 0 ."],  # not offered
        "_submission._tcp.example.org.": ["10 1 587 mail.example.org."],
        "_imaps._tcp.example.org.": ["5 0 993 127.0.0.1.", "10 0 993 mx.provider.example."],
    })  # fmt: skip
    search = find_at_domain(ADDRESS, net.lookups)
    found = search.found
    assert found is not None and found.source == DNS
    assert (found.smtp, found.imap) == (
        ServerSetting("mail.example.org", 587, "starttls"),
        ServerSetting("mx.provider.example", 993, "tls"),  # never this computer
    )
    assert describe(found, ADDRESS) == (
        "Settings from the DNS records of example.org: sending through mail.example.org:587 "
        "(STARTTLS) and incoming mail from mx.provider.example:993 (TLS). The DNS points "
        "outside example.org (mx.provider.example): use these servers only if your provider "
        "runs them."
    )
    assert set(net.dns.questions) >= {"_submissions._tcp.example.org.",
                                      "_submission._tcp.example.org.",
                                      "_imaps._tcp.example.org."}  # fmt: skip


def test_nothing_at_the_domain_says_what_each_place_answered(net: Net) -> None:
    search = find_at_domain(ADDRESS, net.lookups)
    assert search.found is None
    assert search.tried == (
        f"{AUTOCONFIG}: autoconfig.example.org has no autoconfig file there (HTTP 404).",
        f"{WELL_KNOWN}: example.org has no autoconfig file there (HTTP 404).",
        "DNS: no mail server records (_submissions._tcp.example.org, "
        "_submission._tcp.example.org, _imaps._tcp.example.org, _imap._tcp.example.org).",
    )


def test_a_file_with_only_an_imap_server_says_what_is_missing(net: Net) -> None:
    net.https.serve(AUTOCONFIG, client_config(smtp="127.0.0.1"))
    found = find_at_domain(ADDRESS, net.lookups).found
    assert found is not None and found.smtp is None and found.imap is not None
    assert found.notes == (
        "The SMTP server 127.0.0.1: a provider's server is never on this computer.",
        "It names no SMTP server Threadline can use: fill in the sending server.",
    )


def test_thunderbirds_database_is_asked_for_the_domain_only(net: Net) -> None:
    net.https.serve(ISPDB_FILE, client_config(imap="imap.host.example", smtp="smtp.host.example"))
    search = find_in_ispdb(ADDRESS, net.lookups)
    assert search.found is not None and search.found.source == ISPDB
    assert describe(search.found, ADDRESS).startswith(
        "Settings from Thunderbird's database: sending through smtp.host.example:465 (TLS)"
    )
    [request] = net.https.requests
    assert (request.host, request.path) == ("autoconfig.thunderbird.net", "/v1.1/example.org")
    assert "ann" not in request.path
    assert net.dns.questions == []


def test_a_database_that_does_not_know_the_domain_is_said(net: Net) -> None:
    search = find_in_ispdb(ADDRESS, net.lookups)
    assert search.found is None
    assert search.tried == (
        f"{ISPDB_FILE}: autoconfig.thunderbird.net has no autoconfig file there (HTTP 404).",
    )


def test_no_domain_no_look_up(net: Net) -> None:
    assert find_at_domain("ann@", net.lookups).found is None
    assert find_in_ispdb("not an address", net.lookups).found is None
    assert net.https.requests == [] and net.dns.questions == []
