"""Every problem of an account's settings at once, each named by the field it is about.

:meth:`threadline.store.accounts.Account.validated` stops at the first problem; a form
wants them all, each beside its field. The rules are the same (a test holds them
together); the words say what to type.
"""

from __future__ import annotations

from threadline.core.addresses import validate_address
from threadline.core.hosts import is_loopback
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.store.accounts import AUTH_CHOICES, SECURITY_CHOICES, Account


def _host_problem(host: str) -> str:
    if any(c.isspace() or ord(c) < 32 for c in host):
        return translate("account_problems", "'{host}' is not a server name: no spaces.").format(
            host=host
        )
    return ""


def _port_problem(port: int) -> str:
    if 0 < port < 65536:
        return ""
    return translate("account_problems", "{port} is not a port number (1-65535).").format(port=port)


def _address_problem(address: str) -> str:
    if not address:
        return translate(
            "account_problems", "Enter the address mail goes out from, e.g. ann@example.org."
        )
    try:
        validate_address(address)
    except InvalidInputError as error:
        return str(error)
    return ""


def _aliases_problem(account: Account) -> str:
    seen = {account.address.lower()}
    for alias in account.aliases:
        problem = _address_problem(alias)
        if problem:
            return problem
        if alias.lower() in seen:
            return translate(
                "account_problems", "{alias} is given twice among the account's addresses."
            ).format(alias=alias)
        seen.add(alias.lower())
    return ""


def account_problems(account: Account) -> dict[str, str]:
    """Each field of ``account`` (an :class:`Account` field name) with its problem; empty
    when :meth:`Account.validated` accepts it."""
    found = {
        "address": _address_problem(account.address),
        "aliases": _aliases_problem(account),
        "smtp_port": _port_problem(account.smtp_port),
    }
    if not account.smtp_host:
        found["smtp_host"] = translate(
            "account_problems", "Enter the server mail goes out through, e.g. smtp.example.org."
        )
    else:
        found["smtp_host"] = _host_problem(account.smtp_host)
    if account.security not in SECURITY_CHOICES:
        found["security"] = _one_of(SECURITY_CHOICES)
    elif account.security == "none" and account.smtp_host and not is_loopback(account.smtp_host):
        found["security"] = translate(
            "account_problems",
            "Mail to {host} cannot go unencrypted: choose TLS or STARTTLS (only a server on "
            "this computer may go without).",
        ).format(host=account.smtp_host)
    if account.imap_host:
        found["imap_host"] = _host_problem(account.imap_host)
        found["imap_port"] = _port_problem(account.imap_port)
        if account.imap_security not in SECURITY_CHOICES:
            found["imap_security"] = _one_of(SECURITY_CHOICES)
        elif account.imap_security == "none" and not is_loopback(account.imap_host):
            found["imap_security"] = translate(
                "account_problems",
                "Mail from {host} cannot come unencrypted: choose TLS or STARTTLS (only a server "
                "on this computer may go without).",
            ).format(host=account.imap_host)
    if account.auth_method not in AUTH_CHOICES:
        found["auth_method"] = translate(
            "account_problems", "Sign-in must be one of {choices}."
        ).format(choices=", ".join(AUTH_CHOICES))
    elif account.auth_method == "password" and not account.username:
        found["username"] = translate(
            "account_problems", "Enter the user name for signing in (often the address)."
        )
    return {field: problem for field, problem in found.items() if problem}


def _one_of(choices: tuple[str, ...]) -> str:
    return translate("account_problems", "Security must be one of {choices}.").format(
        choices=", ".join(choices)
    )
