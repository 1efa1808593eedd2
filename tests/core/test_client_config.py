"""Thunderbird autoconfig files read warily: the usable servers, placeholders filled in."""

from __future__ import annotations

import pytest

from threadline.core.client_config import (
    ClientConfig,
    ClientConfigError,
    ServerSetting,
    parse_client_config,
)

#: Thunderbird's example file (freenet.de in the format's documentation), shortened:
#: IMAP over SSL then STARTTLS, POP3, SMTP over SSL then STARTTLS.
FREENET = b"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="freenet.de">
    <domain>freenet.de</domain>
    <displayName>Freenet Mail</displayName>
    <displayShortName>Freenet</displayShortName>
    <incomingServer type="imap">
      <hostname>imap.freenet.de</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-encrypted</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>imap.freenet.de</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-encrypted</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.freenet.de</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.freenet.de</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-encrypted</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.freenet.de</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
    <documentation url="http://kundenservice.freenet.de/hilfe/email/programme/config/index.html">
      <descr lang="de">Allgemeine Beschreibung der Einstellungen</descr>
    </documentation>
  </emailProvider>
</clientConfig>
"""


def config(servers: str, *, head: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>{head}<clientConfig version="1.1"><emailProvider id="x">'
        f"<domain>Example.ORG</domain>{servers}</emailProvider></clientConfig>"
    ).encode()


def test_a_real_file_gives_its_imap_and_smtp_servers_best_first() -> None:
    parsed = parse_client_config(FREENET, "Ann.Lee@freenet.de")
    assert parsed == ClientConfig(
        name="Freenet Mail",
        domains=("freenet.de",),
        imap=(
            ServerSetting("imap.freenet.de", 993, "tls", "Ann.Lee@freenet.de",
                          ("password-encrypted",)),
            ServerSetting("imap.freenet.de", 143, "starttls", "Ann.Lee@freenet.de",
                          ("password-encrypted",)),
        ),
        smtp=(
            ServerSetting("smtp.freenet.de", 465, "tls", "Ann.Lee@freenet.de",
                          ("password-encrypted",)),
            ServerSetting("smtp.freenet.de", 587, "starttls", "Ann.Lee@freenet.de"),
        ),
        skipped=("A POP3 server (Threadline uses IMAP and SMTP).",),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("username", "expected"),
    [("%EMAILLOCALPART%", "ann.lee"), ("%EMAILADDRESS%", "ann.lee@Mail.Example.ORG"),
     ("u-%EMAILLOCALPART%@%EMAILDOMAIN%", "u-ann.lee@mail.example.org"), ("fixed", "fixed"),
     ("", ""), ("%UNKNOWN%", ""), ("two words", "")],
)  # fmt: skip
def test_placeholders_in_the_user_name_are_filled_in(username: str, expected: str) -> None:
    parsed = parse_client_config(
        config(
            "<incomingServer type='imap'><hostname>imap.%EMAILDOMAIN%</hostname><port>993</port>"
            f"<socketType>SSL</socketType><username>{username}</username></incomingServer>"
        ),
        "ann.lee@Mail.Example.ORG",
    )
    assert parsed.imap == (ServerSetting("imap.mail.example.org", 993, "tls", expected),)
    assert parsed.domains == ("example.org",)


@pytest.mark.parametrize(
    ("server", "reason"),
    [("<hostname>imap.example.org</hostname><port>143</port><socketType>plain</socketType>",
      "The IMAP server imap.example.org on port 143: without encryption."),
     ("<hostname>127.0.0.1</hostname><port>993</port><socketType>SSL</socketType>",
      "The IMAP server 127.0.0.1: a provider's server is never on this computer."),
     ("<hostname>localhost</hostname><port>993</port><socketType>SSL</socketType>",
      "The IMAP server localhost: a provider's server is never on this computer."),
     ("<hostname>imap example.org</hostname><port>993</port><socketType>SSL</socketType>",
      "The IMAP server imap example.org: not a server name."),
     ("<hostname>imap.example.org\r\nX</hostname><port>993</port><socketType>SSL</socketType>",
      "The IMAP server imap.example.org x: not a server name."),
     ("<port>993</port><socketType>SSL</socketType>",
      "The IMAP server (no name): not a server name."),
     ("<hostname>imap.example.org</hostname><port>99999</port><socketType>SSL</socketType>",
      "The IMAP server imap.example.org: 99999 is not a port number."),
     ("<hostname>imap.example.org</hostname><port>-1</port><socketType>SSL</socketType>",
      "The IMAP server imap.example.org: -1 is not a port number."),
     ("<hostname>imap.example.org</hostname><socketType>SSL</socketType>",
      "The IMAP server imap.example.org: no port is not a port number."),
     ("<hostname>imap.example.org</hostname><port>993</port><socketType>TLS1.3</socketType>",
      "The IMAP server imap.example.org: unknown encryption 'tls1.3'.")],
)  # fmt: skip
def test_a_server_that_cannot_be_used_is_left_out_with_the_reason(server: str, reason: str) -> None:
    good = "<hostname>mail.example.org</hostname><port>143</port><socketType>STARTTLS</socketType>"
    parsed = parse_client_config(
        config(
            f"<incomingServer type='imap'>{server}</incomingServer>"
            f"<incomingServer type='imap'>{good}</incomingServer>"
        ),
        "ann@example.org",
    )
    assert parsed.skipped == (reason,)
    assert parsed.imap == (ServerSetting("mail.example.org", 143, "starttls"),)
    assert parsed.smtp == ()


def test_the_servers_sides_are_never_mixed_up() -> None:
    """An SMTP server listed as incoming (or the other way round) is left out."""
    parsed = parse_client_config(
        config(
            "<incomingServer type='smtp'><hostname>a.example.org</hostname><port>1</port>"
            "<socketType>SSL</socketType></incomingServer>"
            "<outgoingServer type='imap'><hostname>b.example.org</hostname><port>2</port>"
            "<socketType>SSL</socketType></outgoingServer>"
        ),
        "ann@example.org",
    )
    assert (parsed.imap, parsed.smtp) == ((), ())
    assert len(parsed.skipped) == 2


@pytest.mark.parametrize(
    ("auth", "takes_password"),
    [((), True), (("password-cleartext",), True), (("OAuth2", "password-cleartext"), True),
     (("OAuth2",), False), (("none",), False), (("client-IP-address",), False)],
)  # fmt: skip
def test_whether_a_server_signs_in_with_a_password(
    auth: tuple[str, ...], takes_password: bool
) -> None:
    assert ServerSetting("a.example.org", 1, "tls", auth=auth).takes_password is takes_password


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"<html><body>Not found</body></html>",
      "It is not an autoconfig file (it starts with <html>)."),
     (b"<clientConfig version='1.1'/>", "The autoconfig file names no email provider."),
     (b"<clientConfig><emailProvider>",
      "The autoconfig file is not well-formed XML (no element found, line 1)."),
     (b"", "The autoconfig file is not well-formed XML (no element found, line 1)."),
     (b"\xff\xfe\x00garbage", "The autoconfig file is not well-formed XML"),
     # GMX's file in Thunderbird's database has "&amP;": an undefined entity
     (config("<x>POP3 &amP; IMAP</x>"), "not well-formed XML (undefined entity, line 1)")],
)  # fmt: skip
def test_what_is_not_an_autoconfig_file_is_refused_in_words(data: bytes, message: str) -> None:
    with pytest.raises(ClientConfigError) as refused:
        parse_client_config(data, "ann@example.org")
    assert message in str(refused.value)


@pytest.mark.parametrize(
    "head",
    [  # the billion laughs, an external entity, a harmless-looking document type
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE clientConfig SYSTEM "http://127.0.0.1:9/evil.dtd">',
        "<!DOCTYPE clientConfig>",
    ],
)
def test_a_document_type_and_entities_are_refused_before_anything_is_expanded(head: str) -> None:
    data = config(
        "<incomingServer type='imap'><hostname>imap.example.org</hostname><port>993</port>"
        "<socketType>SSL</socketType><username>&lol2;</username></incomingServer>",
        head=head,
    )
    with pytest.raises(ClientConfigError, match="declares a document type or entities"):
        parse_client_config(data, "ann@example.org")


def test_utf16_files_are_read_too() -> None:
    text = FREENET.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parsed = parse_client_config(text.encode("utf-16"), "ann@freenet.de")
    assert parsed.imap[0].host == "imap.freenet.de"
    with pytest.raises(ClientConfigError, match="declares a document type"):
        doctype = text.replace("<clientConfig", "<!DOCTYPE clientConfig><clientConfig", 1)
        parse_client_config(doctype.encode("utf-16"), "ann@freenet.de")
