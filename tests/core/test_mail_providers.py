"""Well-known mail providers by domain, guesses for the others, and who files sent mail."""

from __future__ import annotations

import socket

import pytest

from threadline.core.hosts import is_loopback
from threadline.core.mail_providers import (
    IMAP_PORTS,
    PROVIDERS,
    SMTP_PORTS,
    MailProvider,
    domain_of,
    files_sent_mail_itself,
    guessed_servers,
    preset_for,
    suggested_save_sent,
)
from threadline.net.oauth.providers import PRESETS
from threadline.store.accounts import SECURITY_CHOICES


@pytest.mark.parametrize(
    ("address", "key", "smtp", "imap", "save_sent"),
    [
        ("ann@gmail.com", "gmail", ("smtp.gmail.com", 465, "tls"), ("imap.gmail.com", 993, "tls"),
         False),
        ("Ann@GoogleMail.COM", "gmail", ("smtp.gmail.com", 465, "tls"),
         ("imap.gmail.com", 993, "tls"), False),
        ("bob@outlook.com", "microsoft", ("smtp.office365.com", 587, "starttls"),
         ("outlook.office365.com", 993, "tls"), False),
        ("bob@hotmail.co.uk", "microsoft", ("smtp.office365.com", 587, "starttls"),
         ("outlook.office365.com", 993, "tls"), False),
        ("bob@live.com", "microsoft", ("smtp.office365.com", 587, "starttls"),
         ("outlook.office365.com", 993, "tls"), False),
        ("bob@msn.com", "microsoft", ("smtp.office365.com", 587, "starttls"),
         ("outlook.office365.com", 993, "tls"), False),
        ("cat@icloud.com", "icloud", ("smtp.mail.me.com", 587, "starttls"),
         ("imap.mail.me.com", 993, "tls"), True),
        ("cat@me.com", "icloud", ("smtp.mail.me.com", 587, "starttls"),
         ("imap.mail.me.com", 993, "tls"), True),
        ("cat@mac.com", "icloud", ("smtp.mail.me.com", 587, "starttls"),
         ("imap.mail.me.com", 993, "tls"), True),
        ("dan@fastmail.com", "fastmail", ("smtp.fastmail.com", 465, "tls"),
         ("imap.fastmail.com", 993, "tls"), True),
        ("dan@fastmail.fm", "fastmail", ("smtp.fastmail.com", 465, "tls"),
         ("imap.fastmail.com", 993, "tls"), True),
        ("eve@yahoo.com", "yahoo", ("smtp.mail.yahoo.com", 465, "tls"),
         ("imap.mail.yahoo.com", 993, "tls"), True),
        ("eve@ymail.com", "yahoo", ("smtp.mail.yahoo.com", 465, "tls"),
         ("imap.mail.yahoo.com", 993, "tls"), True),
        ("fay@gmx.de", "gmx", ("mail.gmx.net", 465, "tls"), ("imap.gmx.net", 993, "tls"), True),
        ("fay@gmx.net", "gmx", ("mail.gmx.net", 465, "tls"), ("imap.gmx.net", 993, "tls"), True),
        ("fay@gmx.com", "gmx-com", ("mail.gmx.com", 465, "tls"), ("imap.gmx.com", 993, "tls"),
         True),
        ("fay@gmx.co.uk", "gmx-com", ("mail.gmx.com", 465, "tls"), ("imap.gmx.com", 993, "tls"),
         True),
        ("gus@mailbox.org", "mailbox-org", ("smtp.mailbox.org", 465, "tls"),
         ("imap.mailbox.org", 993, "tls"), True),
        ("hal@proton.me", "proton-bridge", ("127.0.0.1", 1025, "none"),
         ("127.0.0.1", 1143, "none"), False),
        ("hal@protonmail.com", "proton-bridge", ("127.0.0.1", 1025, "none"),
         ("127.0.0.1", 1143, "none"), False),
        ("hal@pm.me", "proton-bridge", ("127.0.0.1", 1025, "none"),
         ("127.0.0.1", 1143, "none"), False),
    ],
)  # fmt: skip
def test_known_domains_get_both_servers_and_the_sent_copy_rule(
    address: str, key: str, smtp: tuple[str, int, str], imap: tuple[str, int, str],
    save_sent: bool,
) -> None:  # fmt: skip
    preset = preset_for(address)
    assert preset is not None
    assert preset.key == key
    assert (preset.smtp_host, preset.smtp_port, preset.smtp_security) == smtp
    assert (preset.imap_host, preset.imap_port, preset.imap_security) == imap
    assert preset.save_sent is save_sent
    assert preset.saves_smtp_sent_mail is not save_sent


def test_only_gmail_microsoft_and_proton_bridge_are_known_to_file_smtp_sent_mail() -> None:
    """The others are unknown or disputed: Threadline files the copy (see the module)."""
    assert {p.key for p in PROVIDERS if p.saves_smtp_sent_mail} == {
        "gmail", "microsoft", "proton-bridge",
    }  # fmt: skip


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_a_server_on_this_computer_files_sent_mail_only_for_the_address_of_its_preset(
    host: str,
) -> None:
    """127.0.0.1 is Proton Mail Bridge for a proton.me address, the demo server or a local
    Postfix for everyone else: those do not file sent mail, so the copy stays on."""
    assert not files_sent_mail_itself(host)
    assert suggested_save_sent(host) is True
    assert suggested_save_sent(host, "ann@example.org") is True
    assert suggested_save_sent("127.0.0.1", "hal@proton.me") is False
    assert suggested_save_sent("127.0.0.1 ", "Hal@PM.me") is False
    assert suggested_save_sent("smtp.example.org", "hal@proton.me") is True  # not Bridge
    assert suggested_save_sent("smtp.gmail.com", "hal@proton.me") is False  # the host rule


def test_the_providers_that_need_a_step_beyond_the_servers_say_which() -> None:
    hints = {p.key: p.hint for p in PROVIDERS if p.hint}
    assert set(hints) == {"icloud", "yahoo", "gmx", "gmx-com", "mailbox-org", "proton-bridge"}
    assert "Bridge must be running on this computer" in hints["proton-bridge"]
    assert "app-specific password" in hints["icloud"]
    assert "Allow POP3 and IMAP access" in hints["gmx"]


def test_oauth_keys_name_real_oauth_presets_with_the_same_servers() -> None:
    for provider in PROVIDERS:
        if provider.oauth_provider is None:
            continue
        oauth = PRESETS[provider.oauth_provider]
        assert (oauth.smtp_host, oauth.smtp_port, oauth.security) == (
            provider.smtp_host, provider.smtp_port, provider.smtp_security,
        )  # fmt: skip
        assert (oauth.imap_host, oauth.imap_port, oauth.imap_security) == (
            provider.imap_host, provider.imap_port, provider.imap_security,
        )  # fmt: skip
    assert {p.oauth_provider for p in PROVIDERS} == {"google", "microsoft", None}


def test_every_entry_is_usable_and_every_domain_belongs_to_one_provider() -> None:
    seen: dict[str, str] = {}
    for provider in PROVIDERS:
        assert provider.smtp_security in SECURITY_CHOICES and provider.imap_security in (
            SECURITY_CHOICES
        )
        # unencrypted only to this computer, as Account.validated allows
        assert provider.smtp_security != "none" or is_loopback(provider.smtp_host)
        assert provider.imap_security != "none" or is_loopback(provider.imap_host)
        assert 0 < provider.smtp_port < 65536 and 0 < provider.imap_port < 65536
        for domain in provider.domains:
            assert domain == domain.lower().strip() and "." in domain
            assert domain not in seen, f"{domain} in {seen.get(domain)} and {provider.key}"
            seen[domain] = provider.key
            assert preset_for(f"x@{domain}") is provider


@pytest.mark.parametrize(
    "address",
    ["ann@example.org", "ann@gmail.com.evil.example", "ann@notgmail.com", "ann@mail.gmail.com",
     "", "gmail.com", "@gmail.com", "ann@", "ann@gmail", "ann@[127.0.0.1]"],
)  # fmt: skip
def test_other_domains_and_non_addresses_have_no_preset(address: str) -> None:
    assert preset_for(address) is None


def test_unknown_domains_get_a_guess_on_both_sides_and_a_sent_copy() -> None:
    guess = guessed_servers("Ann@Mail.Example.ORG.")
    assert guess == MailProvider(
        key="", name="mail.example.org", domains=("mail.example.org",),
        smtp_host="smtp.mail.example.org", smtp_port=587, smtp_security="starttls",
        imap_host="imap.mail.example.org", imap_port=993, imap_security="tls",
    )  # fmt: skip
    assert guess.save_sent
    # a known domain can be guessed too: the caller decides which to prefer
    assert guessed_servers("ann@gmail.com") is not None


@pytest.mark.parametrize(
    "address", ["", "ann", "ann@", "@example.org", "ann@localhost", "ann@exa mple.org",
                "ann@.example.org", "ann@example..org", "ann@[192.0.2.1]", "ann@-x.example",
                "ann@example.org\r\nBcc: x@evil.example"],
)  # fmt: skip
def test_no_guess_without_a_usable_domain(address: str) -> None:
    assert guessed_servers(address) is None
    assert domain_of(address) == ""


def test_nothing_here_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a name was looked up")

    for name in ("getaddrinfo", "gethostbyname", "create_connection"):
        monkeypatch.setattr(socket, name, refuse)
    assert preset_for("ann@gmail.com") is not None
    assert guessed_servers("ann@example.org") is not None


@pytest.mark.parametrize(
    ("smtp_host", "files_itself"),
    [("smtp.gmail.com", True), ("SMTP.GMAIL.COM.", True), (" smtp.googlemail.com ", True),
     ("smtp.office365.com", True), ("smtp-mail.outlook.com", True),
     ("smtp-relay.gmail.com", False), ("smtp.mail.me.com", False), ("smtp.fastmail.com", False),
     ("smtp.mail.yahoo.com", False), ("smtp.example.org", False), ("127.0.0.1", False),
     ("", False)],
)  # fmt: skip
def test_the_sent_copy_rule_follows_the_smtp_server_actually_used(
    smtp_host: str, files_itself: bool
) -> None:
    """A Workspace or Microsoft 365 mailbox on its own domain sends through the same servers."""
    assert files_sent_mail_itself(smtp_host) is files_itself
    assert suggested_save_sent(smtp_host) is not files_itself


def test_standard_ports_of_each_security() -> None:
    assert SMTP_PORTS == {"tls": 465, "starttls": 587, "none": 25}
    assert IMAP_PORTS == {"tls": 993, "starttls": 143, "none": 143}
    assert set(SMTP_PORTS) == set(IMAP_PORTS) == set(SECURITY_CHOICES)


@pytest.mark.parametrize(
    ("address", "domain"),
    [('"a@b"@Gmail.com', "gmail.com"), ("a@mail.box", "mail.box"), ("a@[1.2.3.4]", ""),
     ("a@x.org.", "x.org"), ("a\x1f@x.org", ""), ("@x.org", "")],
)  # fmt: skip
def test_domain_of_exactly(address: str, domain: str) -> None:
    assert domain_of(address) == domain


def test_only_the_exact_host_files_sent_mail() -> None:
    assert files_sent_mail_itself(" SMTP.Gmail.com. ")
    assert not files_sent_mail_itself("smtp.gmail.comx")
