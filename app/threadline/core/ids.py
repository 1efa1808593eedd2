"""Message-IDs: make unique ones, and read the ones other software wrote.

Ids are handled *bare* (``abc@example.org``) everywhere in code and in the store; only
header values carry angle brackets (``<abc@example.org>``).

Reading is lenient because real mail is not: brackets may be missing, headers folded,
comments (``(like this)``) sprinkled in, several ids in one header, and some ids have no
``@`` or contain spaces. Those are normalised into opaque tokens, never an exception.
"""

from __future__ import annotations

import base64
import re

from threadline.errors import InvalidInputError
from threadline.i18n import translate

#: Random bits in the left-hand side of a generated id (RFC 5322 needs "unique";
#: 160 bits make a collision less likely than a disk error).
RANDOM_BITS = 160

_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")
_BRACKETED = re.compile(r"<([^<>]*)>")
_WHITESPACE = re.compile(r"\s+")


def make_msgid(sender_address: str) -> str:
    """A new ``<random@domain>`` id on the sender's domain (never the local host name).

    The domain is IDNA-encoded when it is not ASCII. Raises :class:`InvalidInputError`
    when the address has no domain to use.
    """
    domain = sender_domain(sender_address)
    import secrets  # (imported when an id is made: reading ids needs none of it)

    token = base64.b32encode(secrets.token_bytes(RANDOM_BITS // 8)).decode("ascii")
    return f"<{token.rstrip('=').lower()}@{domain}>"


def sender_domain(address: str) -> str:
    """The ASCII (IDNA) domain of an ``addr-spec``, lower-cased."""
    _local, at, domain = address.strip().strip("<>").rpartition("@")
    domain = domain.strip().rstrip(".")
    if not at or not domain or any(c.isspace() or c in '<>()[]\\,;:"@' for c in domain):
        raise InvalidInputError(
            translate(
                "ids",
                "Cannot make a Message-ID: {address} is not an e-mail address with a domain.",
            ).format(address=repr(address))
        )
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError as error:
        raise InvalidInputError(
            translate(
                "ids",
                "Cannot make a Message-ID: the domain of {address} is not a valid name.",
            ).format(address=repr(address))
        ) from error


def format_msgid(bare: str) -> str:
    """The header form of a bare id: ``<bare>``."""
    return f"<{bare}>"


def parse_msgid(value: str | None) -> str | None:
    """The first id in a Message-ID header, bare; ``None`` when there is none."""
    ids = parse_msgid_list(value)
    return ids[0] if ids else None


def parse_msgid_list(value: str | None) -> list[str]:
    """All ids in a References / In-Reply-To header, bare, in order, without duplicates.

    Bracketed ids are taken as written (whitespace inside removed, but for a quoted
    local part's own); text outside any
    brackets is used only when the header has no brackets at all, split on whitespace
    (``In-Reply-To: abc@example.org``). Comments are dropped.
    """
    if not value:
        return []
    text = _COMMENT.sub(" ", str(value))
    bracketed = _BRACKETED.findall(text)
    if bracketed:
        candidates = bracketed
    else:
        candidates = [token.strip("<>,;") for token in _WHITESPACE.split(text)]
    ids: list[str] = []
    seen: set[str] = set()
    for candidate in candidates:
        bare = _squeezed(candidate)
        if bare and bare not in seen:
            seen.add(bare)
            ids.append(bare)
    return ids


_QUOTED = re.compile(r'("(?:[^"\\]|\\.)*")')


def _squeezed(candidate: str) -> str:
    """An id without the whitespace folding left in it, except inside a quoted local
    part (``"a b"@x`` is a different id from ``"ab"@x`` and is kept as received)."""
    return "".join(
        part if _QUOTED.fullmatch(part) else _WHITESPACE.sub("", part)
        for part in _QUOTED.split(candidate)
    )


def looks_valid(bare: str) -> bool:
    """Whether a bare id has RFC 5322 ``id-left "@" id-right`` shape (a sane id)."""
    left, at, right = bare.partition("@")
    return bool(at and left and right and "@" not in right and "<" not in bare and ">" not in bare)
