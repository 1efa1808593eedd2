"""OAuth2 providers: presets for Google and Microsoft, and custom ones from config files.

Each distributor of Threadline registers its own OAuth client with Google and Microsoft,
so client ids (and secrets, for providers that insist) are configuration, read from
JSON files in this order, later ones winning:

1. ``/etc/threadline/oauth.json`` (packagers),
2. ``oauth.json`` beside the frozen app (packagers of the bundles),
3. ``oauth.json`` in the user's config folder (people),
4. ``$THREADLINE_OAUTH_CONFIG`` (a file; tests, administrators).

Format: ``{"google": {"client_id": "...", "client_secret": "..."}, "mycorp":
{"authorize_url": "...", "token_url": "...", "scopes": ["..."], "smtp_host": "...",
"smtp_port": 587, "security": "starttls", "mechanism": "OAUTHBEARER", "client_id": "...",
"imap_host": "...", "imap_port": 993, "imap_security": "tls"}}`` (the ``imap_*`` keys are
optional: without ``imap_host`` the provider presets only the sending side).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from threadline.core.mail_providers import IMAP_PORTS, SMTP_PORTS
from threadline.errors import InvalidInputError, NotFoundError
from threadline.i18n import translate

CONFIG_ENV = "THREADLINE_OAUTH_CONFIG"


@dataclass(frozen=True)
class Provider:
    """An OAuth2 authorization server and the mail servers that accept its tokens."""

    key: str
    name: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    smtp_host: str
    smtp_port: int
    security: str = "starttls"
    mechanism: str = "XOAUTH2"  # or OAUTHBEARER (RFC 7628)
    client_id: str = ""
    client_secret: str = ""
    extra_authorize_params: dict[str, str] = field(default_factory=dict)
    #: The incoming side ('' for a provider that presets only SMTP).
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "tls"

    def require_client(self) -> Provider:
        """``self`` if a client id is configured, else a clear error saying where to put it."""
        if not self.client_id:
            raise InvalidInputError(
                translate(
                    "oauth",
                    "No OAuth client id is configured for {provider}. Put one in oauth.json "
                    "(see the README, 'Sign in with Google and Microsoft').",
                ).format(provider=self.name)
            )
        return self


PRESETS: dict[str, Provider] = {
    "google": Provider(
        key="google",
        name="Google",
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",  # noqa: S106 - a URL, no secret
        scopes=("https://mail.google.com/",),  # SMTP and IMAP alike
        smtp_host="smtp.gmail.com",
        smtp_port=465,
        security="tls",
        imap_host="imap.gmail.com",
        imap_port=993,
        imap_security="tls",
        # offline access + consent: Google returns a refresh token only then
        extra_authorize_params={"access_type": "offline", "prompt": "consent"},
    ),
    "microsoft": Provider(
        key="microsoft",
        name="Microsoft 365 / Outlook.com",
        authorize_url="https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_url="https://login.microsoftonline.com/common/oauth2/v2.0/token",  # noqa: S106
        scopes=(
            "https://outlook.office.com/SMTP.Send",
            "https://outlook.office.com/IMAP.AccessAsUser.All",
            "offline_access",
        ),
        smtp_host="smtp.office365.com",
        smtp_port=587,
        security="starttls",
        imap_host="outlook.office365.com",
        imap_port=993,
        imap_security="tls",
    ),
}


def config_files(config_dir: Path | None = None) -> list[Path]:
    """The configuration files that exist, in the order they are applied."""
    candidates = [Path("/etc/threadline/oauth.json")]
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "oauth.json")
    if config_dir is not None:
        candidates.append(config_dir / "oauth.json")
    if os.environ.get(CONFIG_ENV):
        candidates.append(Path(os.environ[CONFIG_ENV]))
    return [path for path in candidates if path.is_file()]


def _apply(provider: Provider | None, key: str, values: dict[str, Any]) -> Provider:
    if provider is None:
        missing = {"authorize_url", "token_url", "smtp_host"} - set(values)
        if missing:
            raise InvalidInputError(
                translate("oauth", "The custom OAuth provider {provider} needs {fields}.").format(
                    provider=repr(key), fields=", ".join(sorted(missing))
                )
            )
        provider = Provider(
            key=key,
            name=str(values.get("name", key)),
            authorize_url=str(values["authorize_url"]),
            token_url=str(values["token_url"]),
            scopes=tuple(values.get("scopes", ())),
            smtp_host=str(values["smtp_host"]),
            smtp_port=587,  # or as given, below
        )
    changes = {k: v for k, v in values.items() if k in Provider.__dataclass_fields__}
    if "scopes" in changes:
        changes["scopes"] = tuple(changes["scopes"])
    for security, port, standard in (("security", "smtp_port", SMTP_PORTS),
                                     ("imap_security", "imap_port", IMAP_PORTS)):  # fmt: skip
        if changes.get(security) in standard and port not in changes:
            changes[port] = standard[changes[security]]  # the port follows the security given
        if port in changes:
            try:
                changes[port] = int(changes[port])
            except (TypeError, ValueError):
                raise InvalidInputError(
                    translate(
                        "oauth", "The OAuth provider {provider} has {field} {value}: not a number."
                    ).format(provider=repr(key), field=port, value=repr(changes[port]))
                ) from None
    return replace(provider, **changes)


def load_providers(config_dir: Path | None = None) -> dict[str, Provider]:
    """The presets merged with every configuration file."""
    providers = dict(PRESETS)
    for path in config_files(config_dir):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise InvalidInputError(
                translate("oauth", "Cannot read the OAuth configuration {path}: {reason}").format(
                    path=path, reason=error
                )
            ) from None
        for key, values in data.items():
            providers[key] = _apply(providers.get(key), key, values)
    return providers


def provider(key: str, config_dir: Path | None = None) -> Provider:
    """One provider by key (``google``, ``microsoft`` or a custom one)."""
    providers = load_providers(config_dir)
    if key not in providers:
        raise NotFoundError(
            translate("oauth", "There is no OAuth provider {provider}. Known: {known}.").format(
                provider=repr(key), known=", ".join(sorted(providers))
            )
        )
    return providers[key]
