"""Finding a new account's servers from its address, for a domain without a preset.

First the domain itself: its own autoconfig file (``autoconfig.<domain>``, then
``<domain>/.well-known``) and its RFC 6186 SRV records, asked at once; the first that
names a usable server wins, in that order. Only then, and only when the user agreed
(the caller asks), Thunderbird's database: :func:`find_in_ispdb`. Each answer says in
words where the settings come from and what was left out; nothing here connects to a mail
server or stores anything. Qt-free, blocking: the GUI runs it in the background.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import dns.exception
import dns.resolver

from threadline.core.client_config import (
    ClientConfigError,
    ServerSetting,
    parse_client_config,
)
from threadline.core.hosts import is_loopback
from threadline.core.mail_providers import domain_of
from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.net import autoconfig, srv
from threadline.net.autoconfig import AutoconfigFetchError, Route

OWN = "own"
DNS = "dns"
ISPDB = "ispdb"
SECURITY_WORDS = {"tls": "TLS", "starttls": "STARTTLS", "none": "no encryption"}  # English


@dataclass(frozen=True)
class Lookups:
    """How the look-ups reach the network. The app passes its verifying TLS context and
    lets the rest default; tests point every part at servers on 127.0.0.1."""

    context: ssl.SSLContext
    #: None: a resolver with the system's settings, made when first needed.
    resolver: dns.resolver.Resolver | None = None
    route: Route | None = None
    timeout: float = autoconfig.TIMEOUT
    ispdb_url: str = autoconfig.ISPDB_URL
    make_resolver: Callable[[], dns.resolver.Resolver] = field(default=dns.resolver.Resolver)

    def resolver_to_ask(self) -> dns.resolver.Resolver:
        """The resolver to ask."""
        return self.resolver if self.resolver is not None else self.make_resolver()


@dataclass(frozen=True)
class Found:
    """Settings found for an address, and where."""

    source: str  # OWN, DNS or ISPDB
    domain: str
    where: str  # "example.org's own configuration", in words
    url: str  # the file's address, or the DNS names asked
    smtp: ServerSetting | None
    imap: ServerSetting | None
    notes: tuple[str, ...] = ()  # what the user should know: servers left out, elsewhere


@dataclass(frozen=True)
class Search:
    """A search's result: what was found (or None) and what each place answered."""

    domain: str
    found: Found | None
    tried: tuple[str, ...] = ()


def find_at_domain(address: str, lookups: Lookups) -> Search:
    """The domain's own autoconfig files and SRV records, asked at once; the first usable
    answer in that order wins."""
    domain = domain_of(address)
    if not domain:
        return Search("", None, (_no_domain(),))
    urls = autoconfig.own_urls(address.strip(), domain)
    with ThreadPoolExecutor(max_workers=len(urls) + 1) as pool:
        files = [pool.submit(_from_file, url, address, domain, OWN, lookups) for url in urls]
        records = pool.submit(_from_srv, domain, lookups)
        answers = [future.result() for future in (*files, records)]
    tried = tuple(line for _found, line in answers if line)
    for found, _line in answers:
        if found is not None:
            return Search(domain, found, tried)
    return Search(domain, None, tried)


def find_in_ispdb(address: str, lookups: Lookups) -> Search:
    """Thunderbird's database of providers (only the domain is sent): ask the user first."""
    domain = domain_of(address)
    if not domain:
        return Search("", None, (_no_domain(),))
    url = autoconfig.ispdb_url(domain, lookups.ispdb_url)
    found, line = _from_file(url, address, domain, ISPDB, lookups)
    return Search(domain, found, (line,) if line else ())


def _no_domain() -> str:
    return translate("account_setup", "There is no domain to ask in that address.")


def _where(source: str, domain: str) -> str:
    """Where settings come from, after "Settings from"."""
    if source == OWN:
        return translate("account_setup", "{domain}'s own configuration").format(domain=domain)
    if source == DNS:
        return translate("account_setup", "the DNS records of {domain}").format(domain=domain)
    return translate("account_setup", "Thunderbird's database")


def _from_file(
    url: str, address: str, domain: str, source: str, lookups: Lookups
) -> tuple[Found | None, str]:
    """The settings of one autoconfig file, or None and a line on why not."""
    try:
        data = autoconfig.fetch(
            url, context=lookups.context, timeout=lookups.timeout, route=lookups.route
        )
        config = parse_client_config(data, address.strip())
    except (AutoconfigFetchError, ClientConfigError) as error:
        return None, f"{url}: {error}"
    smtp = config.smtp[0] if config.smtp else None
    imap = config.imap[0] if config.imap else None
    if smtp is None and imap is None:
        said = translate("account_setup", "{url}: no IMAP or SMTP server Threadline can use.")
        return None, said.format(url=url)
    notes = list(config.skipped if not (smtp and imap) else ())
    if smtp is None:
        notes.append(
            translate(
                "account_setup",
                "It names no SMTP server Threadline can use: fill in the sending server.",
            )
        )
    if imap is None:
        notes.append(
            translate(
                "account_setup", "It names no IMAP server: without one the account only sends."
            )
        )
    if not all(server.takes_password for server in (smtp, imap) if server is not None):
        notes.append(
            translate(
                "account_setup",
                "It says the servers sign in without a password (OAuth2 or none): Threadline "
                "signs in with OAuth2 only for the providers set up in Sign-in.",
            )
        )
    return Found(source, domain, _where(source, domain), url, smtp, imap, tuple(notes)), ""


def _from_srv(domain: str, lookups: Lookups) -> tuple[Found | None, str]:
    """The best server of each side from the SRV records, or None and a line on why not."""
    chosen: dict[str, ServerSetting] = {}
    try:
        resolver = lookups.resolver_to_ask()
        for service, (side, security) in srv.SERVICES.items():
            if side in chosen:
                continue
            for record in srv.srv_records(service, domain, resolver, lookups.timeout):
                if record.target and record.port and not is_loopback(record.target):
                    chosen[side] = ServerSetting(record.target, record.port, security)
                    break
    except (ThreadlineError, dns.exception.DNSException) as error:
        return None, f"DNS: {error}"
    names = ", ".join(f"{service}.{domain}" for service in srv.SERVICES)
    if not chosen:
        return None, translate("account_setup", "DNS: no mail server records ({names}).").format(
            names=names
        )
    notes = []
    elsewhere = sorted(
        {s.host for s in chosen.values() if not (s.host == domain or s.host.endswith(f".{domain}"))}
    )
    if elsewhere:
        notes.append(
            translate(
                "account_setup",
                "The DNS points outside {domain} ({hosts}): use these servers only if your "
                "provider runs them.",
            ).format(domain=domain, hosts=", ".join(elsewhere))
        )
    if "smtp" not in chosen:
        notes.append(
            translate(
                "account_setup", "There is no record of an SMTP server: fill in the sending server."
            )
        )
    found = Found(
        DNS, domain, _where(DNS, domain), names, chosen.get("smtp"), chosen.get("imap"),
        tuple(notes),
    )  # fmt: skip
    return found, ""


def _server_words(server: ServerSetting) -> str:
    if server.security == "none":
        security = translate("account_setup", "no encryption")
    else:
        security = SECURITY_WORDS[server.security]
    return f"{server.host}:{server.port} ({security})"


def describe(found: Found, address: str = "") -> str:
    """What was found, in words: where from, both servers, the user name if it is not the
    address, and the notes."""
    values = {"where": found.where}
    if found.smtp is not None and found.imap is not None:
        text = translate(
            "account_setup",
            "Settings from {where}: sending through {smtp} and incoming mail from {imap}.",
        )
        values |= {"smtp": _server_words(found.smtp), "imap": _server_words(found.imap)}
    elif found.smtp is not None:
        text = translate("account_setup", "Settings from {where}: sending through {smtp}.")
        values["smtp"] = _server_words(found.smtp)
    elif found.imap is not None:
        text = translate("account_setup", "Settings from {where}: incoming mail from {imap}.")
        values["imap"] = _server_words(found.imap)
    else:
        text = translate("account_setup", "Settings from {where}.")
    text = text.format(**values)
    username = found_username(found)
    if username and username.lower() != address.strip().lower():
        text += " " + translate("account_setup", "User name: {name}.").format(name=username)
    return " ".join([text, *found.notes])


def found_username(found: Found) -> str:
    """The user name the settings name ('' when none: the address is the login)."""
    for server in (found.imap, found.smtp):
        if server is not None and server.username:
            return server.username
    return ""
