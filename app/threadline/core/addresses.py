"""E-mail addresses typed by people: parse, validate, format.

``parse_address_list("Ann <ann@example.org>, bob@example.net")`` gives two
:class:`Address` values, or an :class:`InvalidInputError` naming the entry that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.headerregistry import Address as EmailAddress
from email.utils import getaddresses

from threadline.core.headers import check_header_value
from threadline.errors import InvalidInputError
from threadline.i18n import translate

# Dot-atom local parts (RFC 5322 §3.4.1); quoted local parts are accepted as well.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]"
_LOCAL = re.compile(rf'^(?:{_ATEXT}+(?:\.{_ATEXT}+)*|"(?:[^"\\\r\n]|\\.)*")$')
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


@dataclass(frozen=True)
class Address:
    """One mailbox: an optional display name and an ``addr-spec``."""

    address: str
    name: str = ""

    def __str__(self) -> str:
        return self.formatted()

    @property
    def domain(self) -> str:
        """The part after the last ``@``."""
        return self.address.rpartition("@")[2]

    @property
    def key(self) -> str:
        """A comparison key: domain case-insensitive, local part as written."""
        local, _, domain = self.address.rpartition("@")
        return f"{local}@{domain.lower()}"

    @property
    def ascii_address(self) -> str:
        """The address with its domain IDNA-encoded, as SMTP and headers need it."""
        local, _, domain = self.address.rpartition("@")
        if domain.isascii():
            return self.address
        try:
            return f"{local}@{domain.encode('idna').decode('ascii')}"
        except UnicodeError:
            return self.address

    @property
    def needs_smtputf8(self) -> bool:
        """Whether the part before the ``@`` has non-ASCII characters: only servers that
        offer SMTPUTF8 (RFC 6531) take such an address (IDNA covers the domain)."""
        return not self.address.rpartition("@")[0].isascii()

    def formatted(self) -> str:
        """``Name <addr>`` quoted as needed, domain IDNA-encoded (names: RFC 2047 later)."""
        local, _, domain = self.ascii_address.rpartition("@")
        return str(EmailAddress(display_name=self.name, username=local, domain=domain))


def validate_address(address: str) -> str:
    """Return the ``addr-spec`` if it is a deliverable-looking address, else raise."""
    check_header_value(translate("addresses", "the address"), address)
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise InvalidInputError(
            translate(
                "addresses",
                "{address} is not an e-mail address (it needs a name@domain).",
            ).format(address=repr(address))
        )
    if not _LOCAL.match(local) or len(local) > 64:
        raise InvalidInputError(
            translate(
                "addresses",
                "{address} is not an e-mail address: the part before @ is invalid.",
            ).format(address=repr(address))
        )
    if not _valid_domain(domain):
        raise InvalidInputError(
            translate(
                "addresses",
                "{address} is not an e-mail address: {domain} is not a domain.",
            ).format(address=repr(address), domain=repr(domain))
        )
    return address


def _valid_domain(domain: str) -> bool:
    if domain.startswith("[") and domain.endswith("]"):
        return True  # an address literal such as [127.0.0.1]
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_domain.split(".")
    return len(ascii_domain) <= 253 and all(_LABEL.match(label) for label in labels)


def parse_address(text: str) -> Address:
    """One address as typed: ``ann@example.org`` or ``Ann Example <ann@example.org>``."""
    found = parse_address_list(text)
    if len(found) != 1:
        raise InvalidInputError(
            translate(
                "addresses",
                "Expected one e-mail address, found {count} in {text}.",
            ).format(count=len(found), text=repr(text))
        )
    return found[0]


def parse_address_list(text: str | Iterable[str]) -> list[Address]:
    """Every address in a comma-separated list (or several such lists), validated.

    Duplicates (same address) are dropped, keeping the first. Empty entries are ignored.
    """
    texts = [text] if isinstance(text, str) else list(text)
    for item in texts:
        check_header_value(translate("addresses", "the address list"), item)
    result: list[Address] = []
    seen: set[str] = set()
    for item in texts:
        for entry in _split_entries(item):
            pairs = getaddresses([entry])
            if len(pairs) != 1 or not pairs[0][1]:
                raise InvalidInputError(
                    translate(
                        "addresses",
                        "{entry} is not an e-mail address.",
                    ).format(entry=repr(entry.strip()))
                )
            name, address = pairs[0]
            _check_shape(entry.strip(), address)
            validate_address(address)
            parsed = Address(address=address, name=name.strip())
            if parsed.key not in seen:
                seen.add(parsed.key)
                result.append(parsed)
    return result


def _check_shape(entry: str, address: str) -> None:
    """Catch what ``getaddresses`` silently repairs: stray words, unclosed brackets."""
    if "<" in entry:
        if not entry.endswith(">"):
            raise InvalidInputError(
                translate(
                    "addresses",
                    "{entry} is missing a closing '>'.",
                ).format(entry=repr(entry))
            )
        inner = entry[entry.rindex("<") + 1 : -1].strip()
        if inner != address:
            raise InvalidInputError(
                translate(
                    "addresses",
                    "{entry} is not an e-mail address.",
                ).format(entry=repr(entry))
            )
    elif entry != address:
        raise InvalidInputError(
            translate(
                "addresses",
                "{entry} is not an e-mail address (write a name as 'Name <name@domain>').",
            ).format(entry=repr(entry))
        )


def _split_entries(text: str) -> list[str]:
    """Split on commas and semicolons outside quotes and angle brackets."""
    entries: list[str] = []
    current = ""
    quoted = False
    depth = 0
    escaped = False
    for char in text:
        if escaped:
            current += char
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "<" and not quoted:
            depth += 1
        elif char == ">" and not quoted:
            depth = max(0, depth - 1)
        elif char in ",;" and not quoted and depth == 0:
            entries.append(current)
            current = ""
            continue
        current += char
    entries.append(current)
    return [entry for entry in entries if entry.strip()]


def addresses_from_header(value: str | None) -> list[Address]:
    """Addresses from a header of a received message: lenient, never raises."""
    if not value:
        return []
    result: list[Address] = []
    seen: set[str] = set()
    for name, address in getaddresses([str(value)]):
        if "@" not in address:
            continue
        parsed = Address(address=address, name=name)
        if parsed.key not in seen:
            seen.add(parsed.key)
            result.append(parsed)
    return result
