"""Hand-made messages for tests: small, readable, with exactly the headers asked for."""

from __future__ import annotations


def make_raw(
    msgid: str | None,
    *,
    subject: str = "Hello",
    sender: str = "Ann <ann@example.org>",
    to: str = "bob@example.net",
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    date: str = "Tue, 24 Nov 2026 10:00:00 +0000",
    body: str = "Hi there.",
    extra: str = "",
) -> bytes:
    """A raw RFC 5322 message (CRLF line ends) with the given threading headers."""
    lines = [f"From: {sender}", f"To: {to}", f"Subject: {subject}", f"Date: {date}"]
    if msgid is not None:
        lines.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        lines.append(f"In-Reply-To: <{in_reply_to}>")
    if references:
        lines.append("References: " + " ".join(f"<{r}>" for r in references))
    if extra:
        lines.extend(extra.strip("\r\n").split("\n"))
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("utf-8")
