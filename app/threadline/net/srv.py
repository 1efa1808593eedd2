"""SRV records of RFC 6186 (and RFC 8314): where a domain says its mail servers are.

``_submissions._tcp.<domain>`` (SMTP submission over TLS), ``_submission._tcp`` (with
STARTTLS), ``_imaps._tcp`` (IMAP over TLS) and ``_imap._tcp`` (with STARTTLS). A record
whose target is ``.`` says the service is not offered. Look-ups go through the resolver
given (dnspython's, reading the system's settings in the app; one pointed at a server on
127.0.0.1 in tests), with a time limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import dns.exception
import dns.name
import dns.rdtypes.IN.SRV
import dns.resolver

from threadline.errors import ThreadlineError
from threadline.i18n import translate

#: The services, best first within each side (RFC 8314 prefers implicit TLS), with the
#: side and the security each one means.
SERVICES: dict[str, tuple[str, str]] = {
    "_submissions._tcp": ("smtp", "tls"),
    "_submission._tcp": ("smtp", "starttls"),
    "_imaps._tcp": ("imap", "tls"),
    "_imap._tcp": ("imap", "starttls"),
}
#: Seconds for one look-up.
TIMEOUT = 5.0


class SrvLookupError(ThreadlineError):
    """The DNS could not be asked (no answer in time, no server); the text says so."""


@dataclass(frozen=True)
class SrvRecord:
    """One record: ``target`` '' means the service is explicitly not offered."""

    priority: int
    weight: int
    port: int
    target: str


def srv_records(
    service: str, domain: str, resolver: dns.resolver.Resolver, timeout: float = TIMEOUT
) -> list[SrvRecord]:
    """The records of ``service`` (e.g. ``_imaps._tcp``) for ``domain``, lowest priority
    first and the heaviest first within one; [] when there are none."""
    name = f"{service}.{domain}."
    try:
        answer = resolver.resolve(name, "SRV", lifetime=timeout, search=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except dns.exception.Timeout:
        raise SrvLookupError(
            translate("srv", "The DNS did not answer in time for {name}").format(name=name)
        ) from None
    except (dns.resolver.NoNameservers, dns.resolver.NoResolverConfiguration):
        raise SrvLookupError(
            translate("srv", "No DNS server could be asked for {name}").format(name=name)
        ) from None
    except dns.exception.DNSException as error:
        raise SrvLookupError(
            translate("srv", "The DNS look-up of {name} failed ({reason}).").format(
                name=name, reason=error
            )
        ) from None
    records = []
    for rdata in answer:
        assert isinstance(rdata, dns.rdtypes.IN.SRV.SRV)
        target = rdata.target
        records.append(
            SrvRecord(
                rdata.priority,
                rdata.weight,
                rdata.port,
                "" if target == dns.name.root else target.to_text(omit_final_dot=True).lower(),
            )
        )
    return sorted(records, key=lambda r: (r.priority, -r.weight, r.target))
