"""``threadline --demo``: a throw-away profile with sample mail and a local test server.

The demo account sends to an SMTP server inside the app on 127.0.0.1 that accepts every
message and delivers it nowhere, so a new user can try Reply and Send with no account.
"""

from __future__ import annotations

import socket
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from threadline.core.addresses import Address
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.reply import reply_draft
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore

ME = Address("you@demo.threadline.test", "You (demo)")
MAYA = Address("maya@northwind.example", "Maya Lindqvist")
OMAR = Address("omar@northwind.example", "Omar Haddad")
SUPPORT = Address("help@printco.example", "PrintCo Support")
LIST = Address("dev@lists.example.org", "dev list")
PRIYA = Address("priya@example.org", "Priya Raman")


class _Sink:
    """Accepts every message and keeps a count (the demo's "delivery")."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 2.0.0 Accepted by the Threadline demo server (not delivered anywhere)"


@dataclass
class DemoServer:
    """The loopback SMTP server of a demo session."""

    controller: Controller
    sink: _Sink

    @property
    def port(self) -> int:
        """The port it listens on, on 127.0.0.1."""
        return int(self.controller.port)

    def stop(self) -> None:
        """Stop listening."""
        self.controller.stop()


def start_server() -> DemoServer:
    """Start the demo SMTP server on a free port of 127.0.0.1."""
    sink = _Sink()
    with socket.socket() as probe:  # aiosmtpd needs a concrete port: ask the OS for one
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(sink, hostname="127.0.0.1", port=port, ident="Threadline demo")
    controller.start()
    return DemoServer(controller, sink)


def _message(sender: Address, to: list[Address], subject: str, body: str, when: datetime,
             **extra: Any) -> bytes:  # fmt: skip
    draft = Draft(sender=sender, to=to, subject=subject, body=body, **extra)
    return message_bytes(build_message(draft, date=when))


def _reply(parent: bytes, sender: Address, body: str, when: datetime,
           to: list[Address] | None = None) -> bytes:  # fmt: skip
    draft = reply_draft(parent, sender)
    draft.body = body + draft.body
    if to:
        draft.to = to
    return message_bytes(build_message(draft, date=when))


def sample_messages(now: datetime | None = None) -> list[bytes]:
    """A handful of realistic conversations, the newest a few hours old."""
    now = (now or datetime.now()).astimezone().replace(microsecond=0)
    day = timedelta(days=1)
    out: list[bytes] = []
    plan = _message(MAYA, [ME, OMAR], "Launch plan for the spring release",
                    "Hi both,\n\nHere is the draft plan: code freeze on the 3rd, release "
                    "candidate on the 10th, launch on the 17th.\n\nDoes that work?\n\nMaya",
                    now - 3 * day)  # fmt: skip
    omar = _reply(plan, OMAR, "The 10th is tight for the translations. Could we make it "
                  "the 12th?", now - 3 * day + timedelta(hours=2), to=[MAYA, ME])  # fmt: skip
    maya2 = _reply(omar, MAYA, "The 12th is fine, I moved it. Anything else?",
                   now - 2 * day)  # fmt: skip
    out += [plan, omar, maya2]
    ticket = _message(SUPPORT, [ME], "[Ticket #4711] Printer shows error E-52",
                      "Hello,\n\nthank you for your request. Could you send us the serial "
                      "number of the printer?\n\nPrintCo Support", now - day)  # fmt: skip
    out.append(ticket)
    post = _message(PRIYA, [LIST], "[dev] Proposal: drop Python 3.10 support",
                    "Hi all,\n\n3.10 reaches end of life soon. I propose we drop it in the "
                    "next minor release.\n\nPriya", now - 5 * day,
                    extra_headers={"List-Post": "<mailto:dev@lists.example.org>",
                                   "List-Id": "<dev.lists.example.org>"})  # fmt: skip
    reply1 = _reply(post, MAYA, "+1, the new typing features are worth it.", now - 4 * day,
                    to=[LIST])  # fmt: skip
    out += [post, reply1]
    out.append(_message(OMAR, [ME], "Lunch on Friday?", "Ramen place at 12:30?",
                        now - timedelta(hours=5)))  # fmt: skip
    return out


def create_demo_profile(root: Path | None = None) -> tuple[Profile, DemoServer, Account]:
    """A new profile with sample mail and a demo account sending to a new demo server."""
    folder = Path(root) if root else Path(tempfile.mkdtemp(prefix="threadline-demo-"))
    profile = Profile.at(folder).ensure()
    server = start_server()
    conn = db.connect(profile.store_path)
    try:
        import_bytes(MessageStore(conn), sample_messages())
        account = AccountStore(conn).save(
            Account(
                id="demo",
                address=ME.address,
                display_name=ME.name,
                smtp_host="127.0.0.1",
                smtp_port=server.port,
                security="none",
                auth_method="none",
            )
        )
    finally:
        conn.close()
    return profile, server, account
