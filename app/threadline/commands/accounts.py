"""``threadline accounts add|list|test|remove``: sending accounts on the command line.

The password is read with getpass on a terminal, or from stdin with --password-stdin:
never from the command line, where other users could see it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import webbrowser
from typing import Any

from threadline.cli import profile_from
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.net import secrets
from threadline.net.smtp.transport import SmtpSession
from threadline.store import db
from threadline.store.accounts import Account, AccountStore, new_account_id

DEFAULT_PORTS = {"tls": 465, "starttls": 587, "none": 25}


def register(subparsers: Any) -> None:
    """Add the ``accounts`` command and its subcommands."""
    parser = subparsers.add_parser("accounts", help="add, list, test or remove sending accounts")
    commands = parser.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add an account (the password goes to the keyring)")
    add.add_argument("address", help="the From address, e.g. ann@example.org")
    add.add_argument("--name", default="", help="display name, e.g. 'Ann Example'")
    add.add_argument("--host", help="SMTP server, e.g. smtp.example.org (preset with --oauth)")
    add.add_argument("--port", type=int, help="default: 465 for tls, 587 for starttls")
    add.add_argument(
        "--security", choices=("tls", "starttls", "none"), default="starttls",
        help="tls (implicit, port 465), starttls (port 587), none (only to 127.0.0.1)",
    )  # fmt: skip
    add.add_argument("--user", help="login name (default: the address)")
    add.add_argument(
        "--alias", action="append", default=[], metavar="ADDRESS",
        help="another address this account sends as (repeat for more); replies to mail sent "
        "to it go from it",
    )  # fmt: skip
    add.add_argument("--no-auth", action="store_true", help="the server needs no login")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.add_argument(
        "--oauth", metavar="PROVIDER",
        help="sign in with OAuth2 instead of a password: google, microsoft or a configured one",
    )  # fmt: skip
    add.set_defaults(func=run_add)

    signin = commands.add_parser("signin", help="sign an OAuth2 account in again (browser)")
    signin.add_argument("account", nargs="?", help="id, address or name")
    signin.set_defaults(func=run_signin)
    signout = commands.add_parser("signout", help="forget an OAuth2 account's tokens")
    signout.add_argument("account", nargs="?", help="id, address or name")
    signout.set_defaults(func=run_signout)

    listing = commands.add_parser("list", help="list accounts")
    listing.set_defaults(func=run_list)

    test = commands.add_parser("test", help="connect and log in, without sending anything")
    test.add_argument("account", nargs="?", help="id, address or name (default: the only one)")
    test.set_defaults(func=run_test)

    remove = commands.add_parser("remove", help="remove an account and its password")
    remove.add_argument("account", help="id, address or name")
    remove.set_defaults(func=run_remove)


def _store(args: argparse.Namespace) -> AccountStore:
    return AccountStore(db.connect(profile_from(args).store_path))


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password (stored in the system keyring): ")
    else:
        raise InvalidInputError(
            "No terminal to ask for the password: pass it on standard input with --password-stdin."
        )
    if not password:
        raise InvalidInputError("The password is empty.")
    return password


def _browser_sign_in(args: argparse.Namespace, account: Account) -> None:
    from threadline.net.oauth.flow import sign_in
    from threadline.net.oauth.providers import provider
    from threadline.net.oauth.tokens import store_sign_in

    chosen = provider(account.oauth_provider or "", profile_from(args).config_dir)

    def open_browser(url: str) -> None:
        print(
            f"Sign in to {safe_line(chosen.name)} in your browser. If it does not open, visit:"
            f"\n{safe_line(url)}"
        )
        webbrowser.open(url)

    store_sign_in(
        account.id, sign_in(chosen, open_browser=open_browser, login_hint=account.address)
    )
    print(f"Signed in as {safe_line(account.address)}.")


def _add_oauth(args: argparse.Namespace) -> int:
    from threadline.net.oauth.providers import provider

    chosen = provider(args.oauth, profile_from(args).config_dir).require_client()
    account = Account(
        id=new_account_id(),
        address=args.address,
        display_name=args.name,
        smtp_host=args.host or chosen.smtp_host,
        smtp_port=args.port or chosen.smtp_port,
        security=chosen.security
        if args.security == "starttls" and not args.host
        else args.security,
        username=args.user or args.address,
        auth_method="oauth2",
        oauth_provider=chosen.key,
        aliases=tuple(args.alias),
    ).validated()
    store = _store(args)
    _browser_sign_in(args, account)
    store.save(account)
    print(f"Added {safe_line(account.label)} ({account.id}).")
    return 0


def run_signin(args: argparse.Namespace) -> int:
    """Sign an OAuth2 account in (again)."""
    account = _store(args).find(args.account)
    if account.auth_method != "oauth2":
        raise InvalidInputError(f"{account.address} uses a password, not OAuth2 sign-in.")
    _browser_sign_in(args, account)
    return 0


def run_signout(args: argparse.Namespace) -> int:
    """Forget an OAuth2 account's tokens."""
    from threadline.net.oauth.tokens import sign_out

    account = _store(args).find(args.account)
    sign_out(account.id)
    print(f"Signed out {safe_line(account.address)}; its tokens were removed from the keyring.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Save the account, then the password in the keyring."""
    if args.oauth:
        return _add_oauth(args)
    if not args.host:
        raise InvalidInputError("Give the SMTP server with --host (or use --oauth PROVIDER).")
    auth = "none" if args.no_auth else "password"
    account = Account(
        id=new_account_id(),
        address=args.address,
        display_name=args.name,
        smtp_host=args.host,
        smtp_port=args.port or DEFAULT_PORTS[args.security],
        security=args.security,
        username="" if args.no_auth else (args.user or args.address),
        auth_method=auth,
        aliases=tuple(args.alias),
    ).validated()
    store = _store(args)
    if auth == "password":
        secrets.set_password(account.id, _read_password(args.password_stdin))
    store.save(account)
    print(f"Added {safe_line(account.label)} ({account.id}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """One line per account."""
    for account in _store(args).all():
        login = account.username if account.auth_method == "password" else account.auth_method
        also = f"  also sends as: {', '.join(account.aliases)}" if account.aliases else ""
        print(
            safe_line(
                f"{account.id}  {account.label}  {account.smtp_host}:{account.smtp_port}"
                f" {account.security}  login: {login or 'none'}{also}"
            )
        )
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Connect, secure, log in and report what the server said."""
    from threadline.services.sending import authenticator_factory, smtp_settings

    account = _store(args).find(args.account)
    authenticator = authenticator_factory(profile_from(args).config_dir)(account)
    with SmtpSession(smtp_settings(account), authenticator=authenticator, timeout=20) as session:
        greeting = safe_line(session.greeting)  # the server's words
        print(f"OK: {safe_line(account.smtp_host)} answered '{greeting}'; login accepted.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove the account (refused while its mail waits) and its keyring entry."""
    store = _store(args)
    account = store.find(args.account)
    store.remove(account.id)
    secrets.delete_password(account.id)
    if account.auth_method == "oauth2":
        from threadline.net.oauth.tokens import sign_out

        sign_out(account.id)
    print(f"Removed {safe_line(account.label)}.")
    return 0
