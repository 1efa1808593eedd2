"""``threadline accounts add|edit|list|test|remove``: accounts on the command line.

An account sends through an SMTP server and may receive from an IMAP server. For
well-known providers (by the address's domain, or the ``--oauth`` provider) both sides
are filled in from presets; options given on the command line always win.

The password is read with getpass on a terminal, or from stdin with --password-stdin:
never from the command line, where other users could see it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import webbrowser
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from threadline.cli import profile_from
from threadline.core.mail_providers import (
    IMAP_PORTS,
    SMTP_PORTS,
    guessed_servers,
    preset_for,
    suggested_save_sent,
)
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.net import secrets
from threadline.store import db
from threadline.store.accounts import SECURITY_CHOICES, Account, AccountStore, new_account_id

if TYPE_CHECKING:
    from threadline.net.oauth.providers import Provider


def _add_server_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """The options of both sides' servers, shared by ``add`` and ``edit``."""

    def default(when_adding: str) -> str:
        return translate("accounts_command", "default: unchanged") if editing else when_adding

    if editing:
        host = translate("accounts_command", "SMTP server, e.g. smtp.example.org")
        imap_host = translate(
            "accounts_command", "IMAP server the account's mail comes from, e.g. imap.example.org"
        )
        security = translate(
            "accounts_command",
            "tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); "
            "default: unchanged",
        )
        imap_security = translate(
            "accounts_command",
            "tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); "
            "default: unchanged",
        )
        save_sent = translate(
            "accounts_command",
            "file a copy of each sent message in the IMAP server's Sent folder (default: "
            "unchanged, or as for a new account when the first incoming server is given)",
        )
    else:
        host = translate(
            "accounts_command",
            "SMTP server, e.g. smtp.example.org (preset for known providers and with --oauth)",
        )
        imap_host = translate(
            "accounts_command",
            "IMAP server the account's mail comes from, e.g. imap.example.org (preset for "
            "known providers and with --oauth)",
        )
        security = translate(
            "accounts_command",
            "tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1); "
            "default: the preset's, else starttls",
        )
        imap_security = translate(
            "accounts_command",
            "tls (implicit, port 993), starttls (port 143), none (only from 127.0.0.1); "
            "default: the preset's, else tls",
        )
        save_sent = translate(
            "accounts_command",
            "file a copy of each sent message in the IMAP server's Sent folder (default: "
            "yes, except where the SMTP server files it itself, as Gmail and Microsoft do)",
        )
    parser.add_argument("--host", help=host)
    parser.add_argument(
        "--port", type=int, metavar="N",
        help=default(translate("accounts_command", "default: 465 for tls, 587 for starttls")),
    )  # fmt: skip
    parser.add_argument("--security", choices=SECURITY_CHOICES, help=security)
    parser.add_argument("--imap-host", metavar="HOST", help=imap_host)
    parser.add_argument(
        "--imap-port", type=int, metavar="N",
        help=default(translate("accounts_command", "default: 993 for tls, 143 for starttls")),
    )  # fmt: skip
    parser.add_argument("--imap-security", choices=SECURITY_CHOICES, help=imap_security)
    parser.add_argument(
        "--no-imap",
        action="store_true",
        help=translate(
            "accounts_command",
            "no incoming server: the account only sends (also at a known provider)",
        ),
    )
    parser.add_argument(
        "--save-sent", action=argparse.BooleanOptionalAction, default=None, help=save_sent
    )


def register(subparsers: Any) -> None:
    """Add the ``accounts`` command and its subcommands."""
    parser = subparsers.add_parser(
        "accounts",
        help=translate(
            "accounts_command", "add, edit, list, test or remove accounts (sending and receiving)"
        ),
    )
    commands = parser.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    add = commands.add_parser(
        "add",
        help=translate("accounts_command", "add an account (the password goes to the keyring)"),
    )
    add.add_argument(
        "address", help=translate("accounts_command", "the From address, e.g. ann@example.org")
    )
    add.add_argument(
        "--name", default="", help=translate("accounts_command", "display name, e.g. 'Ann Example'")
    )
    _add_server_options(add, editing=False)
    add.add_argument(
        "--user", help=translate("accounts_command", "login name (default: the address)")
    )
    add.add_argument(
        "--alias",
        action="append",
        default=[],
        metavar="ADDRESS",
        help=translate(
            "accounts_command",
            "another address this account sends as (repeat for more); replies to mail sent "
            "to it go from it",
        ),
    )
    add.add_argument(
        "--no-auth",
        action="store_true",
        help=translate("accounts_command", "the server needs no login"),
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("accounts_command", "read the password from standard input"),
    )
    add.add_argument(
        "--oauth",
        metavar="PROVIDER",
        help=translate(
            "accounts_command",
            "sign in with OAuth2 instead of a password: google, microsoft or a configured one",
        ),
    )
    add.set_defaults(func=run_add)

    signin = commands.add_parser(
        "signin", help=translate("accounts_command", "sign an OAuth2 account in again (browser)")
    )
    signin.add_argument(
        "account", nargs="?", help=translate("accounts_command", "id, address or name")
    )
    signin.set_defaults(func=run_signin)
    signout = commands.add_parser(
        "signout", help=translate("accounts_command", "forget an OAuth2 account's tokens")
    )
    signout.add_argument(
        "account", nargs="?", help=translate("accounts_command", "id, address or name")
    )
    signout.set_defaults(func=run_signout)

    edit = commands.add_parser(
        "edit",
        help=translate(
            "accounts_command", "change an account's servers or name; only what is given changes"
        ),
    )
    edit.add_argument("account", help=translate("accounts_command", "id, address or name"))
    edit.add_argument("--name", help=translate("accounts_command", "display name"))
    _add_server_options(edit, editing=True)
    edit.add_argument("--user", help=translate("accounts_command", "login name"))
    edit.set_defaults(func=run_edit)

    listing = commands.add_parser("list", help=translate("accounts_command", "list accounts"))
    listing.set_defaults(func=run_list)

    test = commands.add_parser(
        "test", help=translate("accounts_command", "connect and log in, without sending anything")
    )
    test.add_argument(
        "account",
        nargs="?",
        help=translate("accounts_command", "id, address or name (default: the only one)"),
    )
    test.set_defaults(func=run_test)

    remove = commands.add_parser(
        "remove", help=translate("accounts_command", "remove an account and its password")
    )
    remove.add_argument("account", help=translate("accounts_command", "id, address or name"))
    remove.set_defaults(func=run_remove)


def _store(args: argparse.Namespace) -> AccountStore:
    return AccountStore(db.connect(profile_from(args).store_path))


def _stdin_line() -> str:
    """One line of standard input, which must be UTF-8: a password in another encoding
    could not be sent (RFC 4616 PLAIN is UTF-8)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (a test's StringIO)
        return sys.stdin.readline().rstrip("\r\n")
    line = stream.readline().rstrip(b"\r\n")
    try:
        return str(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInputError(
            translate(
                "accounts_command",
                "The password on standard input is not UTF-8 text; mail servers take "
                "passwords in UTF-8 (RFC 4616). Pass it in UTF-8.",
            )
        ) from None


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = _stdin_line()
    elif sys.stdin.isatty():
        password = getpass.getpass(
            translate("accounts_command", "Password (stored in the system keyring): ")
        )
    else:
        raise InvalidInputError(
            translate(
                "accounts_command",
                "No terminal to ask for the password: pass it on standard input with "
                "--password-stdin.",
            )
        )
    if not password:
        raise InvalidInputError(translate("accounts_command", "The password is empty."))
    return password


def _browser_sign_in(args: argparse.Namespace, account: Account) -> None:
    from threadline.net.oauth.flow import sign_in
    from threadline.net.oauth.providers import provider
    from threadline.net.oauth.tokens import store_sign_in

    chosen = provider(account.oauth_provider or "", profile_from(args).config_dir)

    def open_browser(url: str) -> None:
        visit = translate(
            "accounts_command",
            "Sign in to {provider} in your browser. If it does not open, visit:",
        )
        print(f"{visit.format(provider=safe_line(chosen.name))}\n{safe_line(url)}")
        webbrowser.open(url)

    store_sign_in(
        account.id, sign_in(chosen, open_browser=open_browser, login_hint=account.address)
    )
    said = translate("accounts_command", "Signed in as {address}.")
    print(said.format(address=safe_line(account.address)))


def run_signin(args: argparse.Namespace) -> int:
    """Sign an OAuth2 account in (again)."""
    account = _store(args).find(args.account)
    if account.auth_method != "oauth2":
        raise InvalidInputError(
            translate("accounts_command", "{address} uses a password, not OAuth2 sign-in.").format(
                address=account.address
            )
        )
    _browser_sign_in(args, account)
    return 0


def run_signout(args: argparse.Namespace) -> int:
    """Forget an OAuth2 account's tokens."""
    from threadline.net.oauth.tokens import sign_out

    account = _store(args).find(args.account)
    sign_out(account.id)
    said = translate(
        "accounts_command", "Signed out {address}; its tokens were removed from the keyring."
    )
    print(said.format(address=safe_line(account.address)))
    return 0


@dataclass(frozen=True)
class _Side:
    """One server as the options and presets decided it, and where it came from."""

    host: str
    port: int
    security: str
    source: str = ""  # the preset's name, '' when the options gave the host


def _check_options(args: argparse.Namespace) -> None:
    """Refuse options that are empty or contradict each other (scripts' empty variables)."""
    if args.host is not None and not args.host.strip():
        raise InvalidInputError(
            translate("accounts_command", "--host is empty: give the SMTP server's name.")
        )
    if args.imap_host is not None and not args.imap_host.strip():
        raise InvalidInputError(
            translate(
                "accounts_command",
                "--imap-host is empty: give the IMAP server's name, or --no-imap for an account "
                "that only sends.",
            )
        )
    if args.no_imap and (
        args.imap_host is not None or args.imap_port is not None or args.imap_security
    ):
        raise InvalidInputError(
            translate(
                "accounts_command",
                "--no-imap cannot go with --imap-host, --imap-port or --imap-security.",
            )
        )


def _port(given: int | None, security: str, base: _Side | None, defaults: dict[str, int]) -> int:
    """The given port, else the preset's (if its security was kept), else the standard one."""
    if given is not None:
        return given
    if base is not None and base.security == security:
        return base.port
    return defaults[security]


def _smtp_side(args: argparse.Namespace, oauth: Provider | None) -> _Side:
    preset = preset_for(args.address)
    base: _Side | None = None
    if args.host is not None:
        base = _Side(args.host.strip(), 0, "starttls")
    elif oauth is not None:
        base = _Side(oauth.smtp_host, oauth.smtp_port, oauth.security, oauth.name)
    elif preset is not None:
        base = _Side(preset.smtp_host, preset.smtp_port, preset.smtp_security, preset.name)
    else:
        guess = guessed_servers(args.address)
        if guess:
            problem = translate(
                "accounts_command",
                "Give the SMTP server with --host (for example {host}), or use --oauth PROVIDER.",
            ).format(host=guess.smtp_host)
        else:
            problem = translate(
                "accounts_command", "Give the SMTP server with --host, or use --oauth PROVIDER."
            )
        raise InvalidInputError(problem)
    security = args.security or base.security
    given_host = args.host is not None
    port = _port(args.port, security, None if given_host else base, SMTP_PORTS)
    return _Side(base.host, port, security, base.source)


def _imap_side(args: argparse.Namespace, oauth: Provider | None) -> _Side | None:
    if args.no_imap:
        return None
    preset = preset_for(args.address)
    base: _Side | None = None
    if args.imap_host is not None:
        base = _Side(args.imap_host.strip(), 0, "tls")
    elif oauth is not None and oauth.imap_host:
        base = _Side(oauth.imap_host, oauth.imap_port, oauth.imap_security, oauth.name)
    elif oauth is None and preset is not None:  # an OAuth provider's tokens fit its servers
        base = _Side(preset.imap_host, preset.imap_port, preset.imap_security, preset.name)
    elif args.imap_port is not None or args.imap_security:
        raise InvalidInputError(
            translate(
                "accounts_command",
                "--imap-port and --imap-security need --imap-host: there is no preset for "
                "{address}.",
            ).format(address=args.address)
        )
    else:
        return None
    security = args.imap_security or base.security
    given_host = args.imap_host is not None
    port = _port(args.imap_port, security, None if given_host else base, IMAP_PORTS)
    return _Side(base.host, port, security, base.source)


def _describe_presets(smtp: _Side, imap: _Side | None, account: Account, given: bool) -> None:
    """Say what the presets filled in (before the 'Added' line scripts read last)."""
    if smtp.source or (imap is not None and imap.source):

        def server(side: _Side) -> str:
            where = f"{side.host}:{side.port} {side.security}"
            if not side.source:
                return where
            preset = translate("accounts_command", "{server} ({provider} preset)")
            return preset.format(server=where, provider=side.source)

        if imap is None:
            said = translate(
                "accounts_command", "Sending through {smtp}, receiving nothing (send only)."
            ).format(smtp=server(smtp))
        else:
            said = translate(
                "accounts_command", "Sending through {smtp}, receiving from {imap}."
            ).format(smtp=server(smtp), imap=server(imap))
        print(safe_line(said))
    if account.has_imap and not account.save_sent and not given:
        said = translate(
            "accounts_command",
            "{host} files sent mail in the Sent folder itself, so Threadline adds no copy "
            "there (--save-sent changes that).",
        )
        print(safe_line(said.format(host=account.smtp_host)))


def run_add(args: argparse.Namespace) -> int:
    """Save the account, then the password in the keyring (or sign in with OAuth2)."""
    _check_options(args)
    oauth: Provider | None = None
    if args.oauth:
        from threadline.net.oauth.providers import provider

        oauth = provider(args.oauth, profile_from(args).config_dir).require_client()
    smtp = _smtp_side(args, oauth)
    imap = _imap_side(args, oauth)
    if oauth is not None:
        auth = "oauth2"
    else:
        auth = "none" if args.no_auth else "password"
    account = Account(
        id=new_account_id(),
        address=args.address,
        display_name=args.name,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        security=smtp.security,
        username="" if auth == "none" else (args.user or args.address),
        auth_method=auth,
        oauth_provider=oauth.key if oauth is not None else None,
        aliases=tuple(args.alias),
        imap_host=imap.host if imap is not None else "",
        imap_port=imap.port if imap is not None else IMAP_PORTS["tls"],
        imap_security=imap.security if imap is not None else "tls",
        save_sent=suggested_save_sent(smtp.host) if args.save_sent is None else args.save_sent,
    ).validated()
    store = _store(args)
    if auth == "oauth2":
        _browser_sign_in(args, account)
    elif auth == "password":
        secrets.set_password(account.id, _read_password(args.password_stdin))
    store.save(account)
    _describe_presets(smtp, imap, account, args.save_sent is not None)
    said = translate("accounts_command", "Added {account} ({id}).")
    print(said.format(account=safe_line(account.label), id=account.id))
    return 0


def _edited(account: Account, args: argparse.Namespace) -> Account:
    """``account`` with exactly the given options changed.

    A port follows a new security only while it is the old security's standard port
    (as in the Accounts dialog). When the account gets its first incoming server, 'save
    sent' follows the SMTP server's rule unless given: before, it did not matter.
    """
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["display_name"] = args.name
    if args.user is not None:
        changes["username"] = args.user
    if args.host is not None:
        changes["smtp_host"] = args.host.strip()
    if args.security:
        changes["security"] = args.security
        if args.port is None and account.smtp_port == SMTP_PORTS[account.security]:
            changes["smtp_port"] = SMTP_PORTS[args.security]
    if args.port is not None:
        changes["smtp_port"] = args.port
    if args.no_imap:
        changes["imap_host"] = ""
    elif args.imap_host is not None:
        changes["imap_host"] = args.imap_host.strip()
    elif (args.imap_port is not None or args.imap_security) and not account.has_imap:
        raise InvalidInputError(
            translate(
                "accounts_command", "{address} has no incoming server: give --imap-host too."
            ).format(address=account.address)
        )
    if args.imap_security:
        changes["imap_security"] = args.imap_security
        if args.imap_port is None and account.imap_port == IMAP_PORTS[account.imap_security]:
            changes["imap_port"] = IMAP_PORTS[args.imap_security]
    if args.imap_port is not None:
        changes["imap_port"] = args.imap_port
    if args.save_sent is not None:
        changes["save_sent"] = args.save_sent
    elif not account.has_imap and changes.get("imap_host"):
        changes["save_sent"] = suggested_save_sent(changes.get("smtp_host", account.smtp_host))
    return replace(account, **changes)


EDIT_OPTIONS = ("name", "user", "host", "port", "security", "imap_host", "imap_port",
                "imap_security", "save_sent")  # fmt: skip


def run_edit(args: argparse.Namespace) -> int:
    """Change the given settings of an account and nothing else."""
    if not args.no_imap and all(getattr(args, option) is None for option in EDIT_OPTIONS):
        raise InvalidInputError(
            translate(
                "accounts_command",
                "Nothing to change: give the settings to change, e.g. --imap-host "
                "imap.example.org.",
            )
        )
    _check_options(args)
    store = _store(args)
    account = store.find(args.account)
    edited = _edited(account, args).validated()
    if edited == account:
        said = translate("accounts_command", "Nothing changed: {account}")
        print(said.format(account=safe_line(_describe(account))))
        return 0
    store.save(edited)
    said = translate("accounts_command", "Changed: {account}")
    print(said.format(account=safe_line(_describe(edited))))
    return 0


def _describe(account: Account) -> str:
    """One line: id, label, SMTP server, login, aliases; then the incoming side, if any
    (appended, so the lines of send-only accounts read as they always did)."""
    login = account.username if account.auth_method == "password" else account.auth_method
    if account.auth_method == "none" or not login:
        login = translate("accounts_command", "none", "no login")
    columns = [
        account.id,
        account.label,
        f"{account.smtp_host}:{account.smtp_port} {account.security}",
        translate("accounts_command", "login: {login}").format(login=login),
    ]
    if account.aliases:
        also = translate("accounts_command", "also sends as: {addresses}")
        columns.append(also.format(addresses=", ".join(account.aliases)))
    if account.has_imap:
        columns.append(
            translate("accounts_command", "incoming: {server}").format(
                server=f"{account.imap_host}:{account.imap_port} {account.imap_security}"
            )
        )
        if account.save_sent:
            columns.append(translate("accounts_command", "save sent: yes"))
        else:
            columns.append(translate("accounts_command", "save sent: no"))
    return "  ".join(columns)


def run_list(args: argparse.Namespace) -> int:
    """One line per account."""
    for account in _store(args).all():
        print(safe_line(_describe(account)))
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Connect, secure and log in on both sides; report what each server said."""
    from threadline.services.account_check import check_account

    account = _store(args).find(args.account)
    checks = check_account(account, profile_from(args).config_dir)
    for check in checks:
        if check.ok:
            said = translate("accounts_command", "OK: {side}: {text}")
        else:
            said = "threadline: " + translate("accounts_command", "FAILED: {side}: {text}")
        print(
            said.format(side=check.side, text=safe_line(check.text)),
            file=sys.stdout if check.ok else sys.stderr,
        )
    failures = [check.exit_code for check in checks if not check.ok]
    return failures[0] if failures else 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the account (refused while its mail waits) and its keyring entry."""
    store = _store(args)
    account = store.find(args.account)
    store.remove(account.id)
    secrets.delete_password(account.id)
    if account.auth_method == "oauth2":
        from threadline.net.oauth.tokens import sign_out

        sign_out(account.id)
    said = translate("accounts_command", "Removed {account}.")
    print(said.format(account=safe_line(account.label)))
    return 0
