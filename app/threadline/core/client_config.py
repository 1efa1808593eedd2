"""Thunderbird's autoconfig file (``clientConfig`` version 1.1): the servers it names.

The format (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat, now
draft-ietf-mailmaint-autoconfig)::

    <clientConfig version="1.1">
      <emailProvider id="example.org">
        <domain>example.org</domain>
        <displayName>Example Mail</displayName>
        <incomingServer type="imap">
          <hostname>imap.example.org</hostname> <port>993</port>
          <socketType>SSL</socketType>            <!-- SSL, STARTTLS or plain -->
          <username>%EMAILADDRESS%</username>     <!-- or %EMAILLOCALPART%, ... -->
          <authentication>password-cleartext</authentication>
        </incomingServer>
        <outgoingServer type="smtp"> ... </outgoingServer>
      </emailProvider>
    </clientConfig>

Servers are listed best first. The file comes from the network, so it is read warily: a
document type declaration (and with it every entity) is refused, values are checked, and
what cannot be used is left out with the reason: POP3, no encryption, a server on this
computer (a provider's server is never the user's own machine), a bad name or port.
Pure: no network here (see :mod:`threadline.net.autoconfig`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from threadline.core.hosts import is_loopback
from threadline.errors import ThreadlineError
from threadline.i18n import translate

#: socketType -> the security names of :mod:`threadline.store.accounts`.
SOCKET_TYPES = {"ssl": "tls", "tls": "tls", "starttls": "starttls", "plain": "none"}
_LABEL = r"[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*\.?$")


class ClientConfigError(ThreadlineError):
    """The file is not a usable autoconfig file; the text says why."""


@dataclass(frozen=True)
class ServerSetting:
    """One server of the file, placeholders filled in."""

    host: str
    port: int
    security: str  # "tls", "starttls" or "none"
    username: str = ""  # '' when the file names none
    auth: tuple[str, ...] = ()  # the file's <authentication> values, in its order

    @property
    def takes_password(self) -> bool:
        """Whether the server signs in with a password (or names no method at all)."""
        methods = {method.lower() for method in self.auth}
        return not methods or bool(
            methods & {"password-cleartext", "plain", "password-encrypted", "secure"}
        )


@dataclass(frozen=True)
class ClientConfig:
    """The usable IMAP and SMTP servers of a file, best first, and what was left out."""

    name: str  # the provider's displayName ('' if none)
    domains: tuple[str, ...]
    imap: tuple[ServerSetting, ...]
    smtp: tuple[ServerSetting, ...]
    skipped: tuple[str, ...] = ()  # one sentence for each server left out


def parse_client_config(data: bytes, address: str) -> ClientConfig:
    """Read a clientConfig file for ``address`` (whose parts fill the placeholders)."""
    root = _parse_xml(data)
    if root.tag != "clientConfig":
        raise ClientConfigError(
            translate(
                "client_config",
                "It is not an autoconfig file (it starts with <{tag}>).",
            ).format(tag=root.tag)
        )
    provider = root.find("emailProvider")
    if provider is None:
        raise ClientConfigError(
            translate(
                "client_config",
                "The autoconfig file names no email provider.",
            )
        )
    fill = _placeholders(address)
    imap: list[ServerSetting] = []
    smtp: list[ServerSetting] = []
    skipped: list[str] = []
    for element in provider:
        if element.tag not in ("incomingServer", "outgoingServer"):
            continue
        kind = element.get("type", "").strip().lower()
        wanted = "imap" if element.tag == "incomingServer" else "smtp"
        if kind != wanted:
            if kind:
                skipped.append(
                    translate(
                        "client_config", "A {kind} server (Threadline uses IMAP and SMTP)."
                    ).format(kind=kind.upper())
                )
            continue
        server, problem = _server(element, kind, fill)
        if server is None:
            skipped.append(problem)
        else:
            (imap if kind == "imap" else smtp).append(server)
    return ClientConfig(
        name=_text(provider, "displayName"),
        domains=tuple(d.text.strip().lower() for d in provider.findall("domain") if d.text),
        imap=tuple(imap),
        smtp=tuple(smtp),
        skipped=tuple(skipped),
    )


def _parse_xml(data: bytes) -> Element:
    """Parse with expat, refusing any document type declaration and entity."""
    parser = expat.ParserCreate()
    builder = TreeBuilder()

    def refuse(*_args: object) -> int:
        raise ClientConfigError(
            translate(
                "client_config",
                "The autoconfig file declares a document type or entities, which Threadline "
                "does not read.",
            )
        )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise ClientConfigError(
            translate(
                "client_config",
                "The autoconfig file is not well-formed XML ({reason}, line {line}).",
            ).format(reason=expat.errors.messages[error.code], line=error.lineno)
        ) from None
    root: Element = builder.close()
    return root


def _placeholders(address: str) -> dict[str, str]:
    local, _, domain = address.strip().rpartition("@")
    return {
        "%EMAILADDRESS%": address.strip(),
        "%EMAILLOCALPART%": local,
        "%EMAILDOMAIN%": domain.lower(),
    }


def _filled(text: str, fill: dict[str, str]) -> str:
    for placeholder, value in fill.items():
        text = text.replace(placeholder, value)
    return text


def _text(element: Element, tag: str) -> str:
    found = element.find(tag)
    return " ".join((found.text or "").split()) if found is not None else ""


def _server(element: Element, kind: str, fill: dict[str, str]) -> tuple[ServerSetting | None, str]:
    """The server an element describes, or None and why it is left out."""
    host = _filled(_text(element, "hostname"), fill).lower()
    port_text = _text(element, "port")
    socket_type = _text(element, "socketType").lower()
    values = {
        "kind": kind.upper(),
        "host": host or translate("client_config", "(no name)"),
        "port": port_text or translate("client_config", "no port"),
        "encryption": socket_type,
    }
    if not _HOST.match(host):
        said = translate("client_config", "The {kind} server {host}: not a server name.")
        return None, said.format(**values)
    if is_loopback(host):
        said = translate(
            "client_config",
            "The {kind} server {host}: a provider's server is never on this computer.",
        )
        return None, said.format(**values)
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        said = translate("client_config", "The {kind} server {host}: {port} is not a port number.")
        return None, said.format(**values)
    security = SOCKET_TYPES.get(socket_type)
    if security is None:
        said = translate(
            "client_config", "The {kind} server {host}: unknown encryption '{encryption}'."
        )
        return None, said.format(**values)
    if security == "none":
        said = translate(
            "client_config", "The {kind} server {host} on port {port}: without encryption."
        )
        return None, said.format(**values)
    username = _filled(_text(element, "username"), fill)
    if any(c.isspace() or ord(c) < 32 for c in username) or "%" in username:
        username = ""  # an unknown placeholder or a broken value: the user types it
    auth = tuple(
        _filled(" ".join((a.text or "").split()), fill) for a in element.findall("authentication")
    )
    return ServerSetting(host.rstrip("."), int(port_text), security, username, auth), ""
