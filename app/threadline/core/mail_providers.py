"""Well-known mail providers by address domain: their servers, and who files sent mail.

Pure data and lookups: no network, no DNS. :func:`preset_for` knows the big providers;
:func:`guessed_servers` proposes ``imap.<domain>`` / ``smtp.<domain>`` for any other
domain (a proposal for the user to confirm, never something to connect to unasked).

``saves_smtp_sent_mail`` says whether the provider files a message submitted through
its SMTP server in the Sent folder by itself. Then Threadline must not APPEND its own
copy, or every message shows twice in Sent. Where the sources are silent or disagree,
the entry says False, so Threadline files a copy: a duplicate in Sent is visible and
fixed with one checkbox, while a missing copy is information lost without anyone
noticing (the recipients have the message, the sender's other devices do not).
:func:`suggested_save_sent` applies the rule to the SMTP server actually used, so a
Google Workspace or Microsoft 365 mailbox on its own domain gets it too. A server on this
computer (Proton Mail Bridge) is known by the address only: 127.0.0.1 is every local server.
"""

from __future__ import annotations

from dataclasses import dataclass

from threadline.core.hosts import is_loopback
from threadline.i18n import QT_TRANSLATE_NOOP

#: The standard port of each security choice (RFC 8314 for implicit TLS).
SMTP_PORTS = {"tls": 465, "starttls": 587, "none": 25}
IMAP_PORTS = {"tls": 993, "starttls": 143, "none": 143}


@dataclass(frozen=True)
class MailProvider:
    """One provider's servers (both sides) and how it treats sent mail."""

    key: str
    name: str
    domains: tuple[str, ...]
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    #: The OAuth2 provider key of :mod:`threadline.net.oauth.providers`, if one exists.
    oauth_provider: str | None = None
    #: Whether mail sent through ``smtp_host`` lands in Sent without Threadline's copy.
    saves_smtp_sent_mail: bool = False
    #: Other names of the same submission service (they file sent mail the same way).
    other_smtp_hosts: tuple[str, ...] = ()
    #: What the user must know or do beyond the servers (an app password, a switch to turn
    #: on), one or two sentences; '' when nothing.
    hint: str = ""  # English; shown as translate("mail_providers", hint)

    @property
    def save_sent(self) -> bool:
        """Whether Threadline should file a copy of each sent message in Sent."""
        return not self.saves_smtp_sent_mail


def _domains(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PROVIDERS: tuple[MailProvider, ...] = (
    # Gmail files SMTP-sent mail in [Gmail]/Sent Mail by itself, documented by Google:
    # "Don't save sent messages on the server. Sent messages are automatically copied to
    # the Gmail/Sent folder if your email client uses SMTP."
    #   https://support.google.com/mail/answer/78892 (setting up other email clients)
    # Geary turns its own copy off for Gmail (GmailAccount.setup_account: save_sent =
    # false): https://github.com/GNOME/geary/blob/main/src/engine/imap-engine/gmail/imap-engine-gmail-account.vala
    # Servers: Thunderbird's ISPDB https://github.com/thunderbird/autoconfig
    # ispdb/googlemail.com (imap.gmail.com 993 SSL, smtp.gmail.com 465 SSL).
    MailProvider(
        key="gmail",
        name="Gmail",
        domains=("gmail.com", "googlemail.com"),
        smtp_host="smtp.gmail.com",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.gmail.com",
        imap_port=993,
        imap_security="tls",
        oauth_provider="google",
        saves_smtp_sent_mail=True,
        other_smtp_hosts=("smtp.googlemail.com",),
    ),
    # Outlook.com and Microsoft 365 (Exchange Online) file mail sent through SMTP AUTH in
    # Sent Items. We found no Microsoft page saying it, but every client that met it
    # agrees:
    #   K-9 Mail / Thunderbird for Android maintainer: "Outlook is saving a copy of sent
    #   messages automatically. Uncheck ... Upload sent messages"
    #   https://github.com/thunderbird/thunderbird-android/issues/7134 and /issues/4861
    #   Geary: OutlookAccount.setup_account sets save_sent = false
    #   https://github.com/GNOME/geary/blob/main/src/engine/imap-engine/outlook/imap-engine-outlook-account.vala
    #   Nextcloud Mail skips its APPEND when Exchange / Office 365 filed the message
    #   https://github.com/nextcloud/mail/pull/12932 (admin docs: nextcloud/documentation
    #   pull 15015); nmail: https://github.com/d99kris/nmail/issues/15; duplicates seen
    #   by Mailspring users: https://github.com/Foundry376/Mailspring/issues/937
    # Servers as in the OAuth preset and Thunderbird's ISPDB (ispdb/hotmail.com,
    # ispdb/office365.com): outlook.office365.com 993 SSL, smtp.office365.com 587 STARTTLS.
    # Microsoft's Outlook.com page names smtp-mail.outlook.com for the same service.
    MailProvider(
        key="microsoft",
        name="Outlook.com / Microsoft 365",
        domains=_domains(
            """
            outlook.com hotmail.com live.com msn.com windowslive.com outlook.at outlook.be
            outlook.cl outlook.cz outlook.de outlook.dk outlook.es outlook.fr outlook.hu
            outlook.ie outlook.in outlook.it outlook.jp outlook.kr outlook.lv outlook.my
            outlook.ph outlook.pt outlook.sa outlook.sg outlook.sk outlook.co.id
            outlook.co.il outlook.co.th outlook.com.ar outlook.com.au outlook.com.br
            outlook.com.gr outlook.com.tr outlook.com.vn hotmail.be hotmail.ca hotmail.cl
            hotmail.cz hotmail.de hotmail.dk hotmail.es hotmail.fi hotmail.fr hotmail.gr
            hotmail.hu hotmail.it hotmail.lt hotmail.lv hotmail.my hotmail.nl hotmail.no
            hotmail.ph hotmail.rs hotmail.se hotmail.sg hotmail.sk hotmail.co.id
            hotmail.co.il hotmail.co.in hotmail.co.jp hotmail.co.kr hotmail.co.th
            hotmail.co.uk hotmail.co.za hotmail.com.ar hotmail.com.au hotmail.com.br
            hotmail.com.hk hotmail.com.tr hotmail.com.tw hotmail.com.vn live.at live.be
            live.ca live.cl live.cn live.de live.dk live.fi live.fr live.hk live.ie live.in
            live.it live.jp live.nl live.no live.ru live.se live.co.jp live.co.kr
            live.co.uk live.co.za live.com.ar live.com.au live.com.mx live.com.my
            live.com.ph live.com.pt live.com.sg livemail.tw
            """
        ),
        smtp_host="smtp.office365.com",
        smtp_port=587,
        smtp_security="starttls",
        imap_host="outlook.office365.com",
        imap_port=993,
        imap_security="tls",
        oauth_provider="microsoft",
        saves_smtp_sent_mail=True,
        other_smtp_hosts=("smtp-mail.outlook.com",),
    ),
    # iCloud: the sources disagree, so Threadline files a copy (the safe default above).
    #   QuickMail reports a duplicate, saying smtp.mail.me.com files a copy itself:
    #   https://github.com/kellylford/QuickMail/issues/150 - but in the report just before
    #   it, while QuickMail's own copy was failing, the message was missing from Sent "both
    #   in QuickMail and on other devices": https://github.com/kellylford/QuickMail/issues/149
    #   apple-mail-fast-mcp sent through smtp.mail.me.com and found nothing in Sent
    #   Messages until it APPENDed a copy itself:
    #   https://github.com/s-morgan-jeffries/apple-mail-fast-mcp/issues/406
    #   We found no word from Apple either way (its client settings page:
    #   https://support.apple.com/en-us/102525).
    # Servers: Thunderbird's ISPDB ispdb/me.com.xml and Apple's page above (IMAP
    # imap.mail.me.com 993 SSL, SMTP smtp.mail.me.com 587 STARTTLS). Apple's IMAP login is
    # the part before the @ (ISPDB: %EMAILLOCALPART%), though the full address is said to
    # work too; Threadline uses one user name for both sides.
    MailProvider(
        key="icloud",
        name="iCloud Mail",
        domains=("icloud.com", "me.com", "mac.com"),
        smtp_host="smtp.mail.me.com",
        smtp_port=587,
        smtp_security="starttls",
        imap_host="imap.mail.me.com",
        imap_port=993,
        imap_security="tls",
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "iCloud takes an app-specific password (made in your Apple Account's settings), "
            "not your Apple Account password.",
        ),
    ),
    # Fastmail: we found no Fastmail page saying SMTP-sent mail is filed; one mutt-wizard user
    # saw duplicates and the maintainer guessed Fastmail files a copy
    # (https://github.com/LukeSmithxyz/mutt-wizard/issues/226), which is not a source to
    # drop the copy on. Silent sources: Threadline files a copy (safe default above).
    #   Fastmail's client page: https://www.fastmail.help/hc/en-us/articles/1500000279921
    # Servers: Thunderbird's ISPDB (messagingengine.com: imap.fastmail.com 993 SSL,
    # smtp.fastmail.com 465 SSL); domains from Fastmail's list as collected by Apprise
    # (https://github.com/caronc/apprise/wiki/Notify_email-Fastmail).
    MailProvider(
        key="fastmail",
        name="Fastmail",
        domains=_domains(
            """
            fastmail.com fastmail.fm fastmail.cn fastmail.co.uk fastmail.com.au fastmail.de
            fastmail.es fastmail.fr fastmail.im fastmail.in fastmail.jp fastmail.mx
            fastmail.net fastmail.nl fastmail.org fastmail.se fastmail.to fastmail.tw
            fastmail.uk fastmail.us messagingengine.com
            """
        ),
        smtp_host="smtp.fastmail.com",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.fastmail.com",
        imap_port=993,
        imap_security="tls",
    ),
    # Yahoo: Geary keeps its own Sent copy for Yahoo (YahooAccount.setup_account is a
    # no-op, while Gmail's and Outlook's turn the copy off):
    # https://github.com/GNOME/geary/blob/main/src/engine/imap-engine/yahoo/imap-engine-yahoo-account.vala
    # We found no word from Yahoo either way. Threadline files a copy (safe default above).
    # Servers: Thunderbird's ISPDB ispdb/yahoo.com (imap.mail.yahoo.com 993 SSL,
    # smtp.mail.yahoo.com 465 SSL), which points at
    # https://help.yahoo.com/kb/new-mail-for-desktop/imap-server-settings-yahoo-mail-sln4075.html
    MailProvider(
        key="yahoo",
        name="Yahoo Mail",
        domains=_domains(
            """
            yahoo.com yahoo.de yahoo.it yahoo.fr yahoo.es yahoo.se yahoo.co.uk yahoo.co.nz
            yahoo.com.au yahoo.com.ar yahoo.com.br yahoo.com.mx ymail.com rocketmail.com
            """
        ),
        smtp_host="smtp.mail.yahoo.com",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.mail.yahoo.com",
        imap_port=993,
        imap_security="tls",
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "Yahoo takes an app password (made in its account security settings), not your "
            "Yahoo password.",
        ),
    ),
    # GMX: two services with their own servers. ISPDB ispdb/gmx.net.xml (gmx.net, .de, .at,
    # .ch ...: imap.gmx.net 993 SSL, mail.gmx.net 465 SSL or 587 STARTTLS) and
    # ispdb/gmx.com.xml (gmx.com, gmx.co.uk, gmx.fr ...: imap.gmx.com, mail.gmx.com), whose
    # <enable> says access by mail programs must first be allowed in the web settings
    # (https://hilfe.gmx.net/pop-imap/einschalten.html). No word on filing SMTP-sent mail:
    # Threadline files a copy (safe default above).
    MailProvider(
        key="gmx",
        name="GMX",
        domains=_domains("gmx.net gmx.de gmx.at gmx.ch gmx.eu gmx.biz gmx.org gmx.info"),
        smtp_host="mail.gmx.net",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.gmx.net",
        imap_port=993,
        imap_security="tls",
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "Allow POP3 and IMAP access once in GMX's web settings, or it refuses the login.",
        ),
    ),
    MailProvider(
        key="gmx-com",
        name="GMX",
        domains=_domains(
            """
            gmx.com gmx.us gmx.co.uk gmx.es gmx.fr gmx.ca gmx.cn gmx.co.in gmx.com.br
            gmx.com.my gmx.com.tr gmx.hk gmx.ie gmx.it gmx.li gmx.ph gmx.pt gmx.ru gmx.se
            gmx.sg gmx.tm gmx.tw
            """
        ),
        smtp_host="mail.gmx.com",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.gmx.com",
        imap_port=993,
        imap_security="tls",
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "Allow POP3 and IMAP access once in GMX's web settings, or it refuses the login.",
        ),
    ),
    # mailbox.org: ISPDB ispdb/mailbox.org.xml and mailbox.org's own page
    # (https://kb.mailbox.org/de/privat/e-mail/e-mail-konfiguration/): imap.mailbox.org 993
    # SSL, smtp.mailbox.org 465 SSL; with two-factor sign-in, mail programs need an
    # application password. No word on filing SMTP-sent mail: Threadline files a copy.
    MailProvider(
        key="mailbox-org",
        name="mailbox.org",
        domains=("mailbox.org",),
        smtp_host="smtp.mailbox.org",
        smtp_port=465,
        smtp_security="tls",
        imap_host="imap.mailbox.org",
        imap_port=993,
        imap_security="tls",
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "With two-factor sign-in on, mailbox.org takes an application password.",
        ),
    ),
    # Proton Mail: mail programs reach it only through Proton Mail Bridge, which runs on the
    # user's computer and serves IMAP on 127.0.0.1:1143 and SMTP on 127.0.0.1:1025 (its
    # defaults) with a certificate of its own making. Threadline verifies certificates
    # against the system's store, where Bridge's is not, so the preset connects without TLS:
    # Threadline allows that to this computer only, and the connection never leaves it.
    # Bridge's SMTP server takes a login without TLS (newSMTPServer sets AllowInsecureAuth
    # in https://github.com/ProtonMail/proton-bridge). The login is the one Bridge shows,
    # not the Proton password (https://proton.me/support/protonmail-bridge-faq). Bridge
    # files every message it sends in Sent itself and cannot be told not to, a Proton
    # maintainer wrote (https://github.com/ProtonMail/proton-bridge/issues/430): no copy.
    MailProvider(
        key="proton-bridge",
        name="Proton Mail Bridge",
        domains=("proton.me", "protonmail.com", "protonmail.ch", "pm.me"),
        smtp_host="127.0.0.1",
        smtp_port=1025,
        smtp_security="none",
        imap_host="127.0.0.1",
        imap_port=1143,
        imap_security="none",
        saves_smtp_sent_mail=True,
        hint=QT_TRANSLATE_NOOP(
            "mail_providers",
            "Proton Mail Bridge must be running on this computer: use the user name and "
            "password Bridge shows, not your Proton password. The connection never leaves this "
            "computer.",
        ),
    ),
)

_BY_DOMAIN: dict[str, MailProvider] = {
    domain: provider for provider in PROVIDERS for domain in provider.domains
}
#: Submission servers known to file sent mail themselves. Not a server on this computer:
#: 127.0.0.1 is Proton Mail Bridge for one user and the demo server or a Postfix for another.
_FILING_SMTP_HOSTS = frozenset(
    host
    for provider in PROVIDERS
    if provider.saves_smtp_sent_mail
    for host in (provider.smtp_host, *provider.other_smtp_hosts)
    if not is_loopback(host)
)


def domain_of(address: str) -> str:
    """The domain of a plain ``address``, lower case, without a final dot; '' if it has
    no usable one (no @, a space or control character anywhere, an IP literal)."""
    address = address.strip()
    local, at, domain = address.rpartition("@")
    if not at or not local or any(c.isspace() or ord(c) < 32 for c in address):
        return ""
    domain = domain.strip().lower().rstrip(".")
    if (
        "." not in domain
        or domain.startswith((".", "-", "["))
        or ".." in domain
        or any(c in "<>()[]\\,;:\"'/" for c in domain)
    ):
        return ""
    return domain


def preset_for(address: str) -> MailProvider | None:
    """The well-known provider of ``address``'s domain, or None."""
    return _BY_DOMAIN.get(domain_of(address))


def guessed_servers(address: str) -> MailProvider | None:
    """A proposal for any domain: ``smtp.<domain>`` (STARTTLS, 587) and ``imap.<domain>``
    (TLS, 993), Threadline filing the Sent copy. No look-up: only a guess to show the
    user. None when ``address`` has no usable domain."""
    domain = domain_of(address)
    if not domain:
        return None
    return MailProvider(
        key="",
        name=domain,
        domains=(domain,),
        smtp_host=f"smtp.{domain}",
        smtp_port=SMTP_PORTS["starttls"],
        smtp_security="starttls",
        imap_host=f"imap.{domain}",
        imap_port=IMAP_PORTS["tls"],
        imap_security="tls",
    )


def _host(name: str) -> str:
    return name.strip().lower().rstrip(".")


def files_sent_mail_itself(smtp_host: str, address: str = "") -> bool:
    """Whether mail submitted to ``smtp_host`` lands in the sender's Sent folder by itself.

    With ``address``, its provider's preset decides when ``smtp_host`` is that preset's
    server (how Proton Mail Bridge on 127.0.0.1 is told from any other local server)."""
    preset = preset_for(address) if address else None
    if preset is not None and _host(smtp_host) == _host(preset.smtp_host):
        return preset.saves_smtp_sent_mail
    return _host(smtp_host) in _FILING_SMTP_HOSTS


def suggested_save_sent(smtp_host: str, address: str = "") -> bool:
    """Whether Threadline should file a copy of mail sent through ``smtp_host`` in Sent."""
    return not files_sent_mail_itself(smtp_host, address)
