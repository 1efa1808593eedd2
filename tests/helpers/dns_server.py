"""A real DNS server on 127.0.0.1 (UDP) for tests, built on dnspython's message code.

It answers SRV questions from ``records`` (name -> list of "priority weight port target"),
NXDOMAIN for other names; with ``silent`` set it answers nothing (a resolver that times
out). :meth:`DnsServer.resolver` is a dnspython resolver that asks only this server.
"""

from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.rrset


class DnsServer:
    """SRV answers on 127.0.0.1; ``questions`` lists every name asked, in order."""

    def __init__(self) -> None:
        self.records: dict[str, list[str]] = {}
        self.questions: list[str] = []
        self.silent = False
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def resolver(self) -> dns.resolver.Resolver:
        """A resolver that asks this server only (never the system's)."""
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        resolver.port = self.port
        return resolver

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            query = dns.message.from_wire(data)
            question = query.question[0]
            name = question.name.to_text().lower()
            self.questions.append(name)
            if self.silent:
                continue
            response = dns.message.make_response(query)
            response.flags |= dns.flags.RA
            found = self.records.get(name)
            if found is None:
                response.set_rcode(dns.rcode.NXDOMAIN)
            elif question.rdtype == dns.rdatatype.SRV:
                response.answer.append(
                    dns.rrset.from_text_list(name, 300, dns.rdataclass.IN, dns.rdatatype.SRV, found)
                )
            self.sock.sendto(response.to_wire(), peer)

    def __enter__(self) -> DnsServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.sock.close()
