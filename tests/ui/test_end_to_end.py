"""The whole round trip, every part real: a message delivered into Dovecot's INBOX is
synced by the app, answered from the GUI, received by aiosmtpd correctly threaded, filed
with the very same bytes in Dovecot's Sent folder, and Dovecot's own ``UID THREAD
REFERENCES`` puts question and answer in one thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.cli import parsed
from helpers.dovecot import Dovecot
from helpers.keyrings import MemoryKeyring
from helpers.mail import make_raw
from helpers.provider import Provider, provider
from helpers.smtp_server import PASSWORD, SmtpServer
from threadline.core.ids import parse_msgid
from threadline.net import secrets
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.messages import MessageStore
from threadline.ui.main_window import MainWindow

__all__ = ["provider"]

QUESTION = make_raw(
    "q1@northwind.example", subject="Quarterly numbers", sender="Bob <bob@northwind.example>",
    to="alice@example.test", body="Can you send the Q3 figures?",
)  # fmt: skip


@pytest.fixture
def servers(provider: Provider) -> tuple[SmtpServer, Dovecot]:
    return provider.smtp, provider.imap


@pytest.fixture
def profile(
    tmp_path: Path,
    provider: Provider,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> Profile:
    smtp, imap = provider.smtp, provider.imap
    monkeypatch.setenv("THREADLINE_CA_FILE", str(provider.ca_bundle(tmp_path)))
    profile = Profile.at(tmp_path / "profile").ensure()
    conn = db.connect(profile.store_path)
    account = AccountStore(conn).save(
        smtp.account(
            "alice@example.test", imap_host="127.0.0.1", imap_port=imap.tls_port,
            imap_security="tls",
        )
    )  # fmt: skip
    conn.close()
    secrets.set_password(account.id, PASSWORD)
    (profile.config_dir / "window.ini").write_text("[sending]\nundo_seconds=0\n")
    return profile


def sent_folder(imap: Dovecot) -> list[bytes]:
    with imap.admin() as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    return [fetched[uid][b"BODY[]"] for uid in sorted(fetched)]


def test_delivered_synced_answered_sent_filed_and_threaded_by_the_server(
    qtbot: QtBot, profile: Profile, servers: tuple[SmtpServer, Dovecot]
) -> None:
    smtp, imap = servers
    imap.deliver(QUESTION, "question")
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15_000)  # synced at start
    window.list.setCurrentIndex(window.model.index(0, 0))
    assert window.current is not None and window.current.subject == "Quarterly numbers"

    window.reply_action.trigger()
    composer = window.composers[-1]
    composer.body.setPlainText("Here they are: up 12%.")
    composer.send()

    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=20_000)
    received = smtp.received[0]
    answer = parsed(received.data)
    assert answer["Subject"] == "Re: Quarterly numbers"
    assert answer["In-Reply-To"] == "<q1@northwind.example>"
    assert "<q1@northwind.example>" in answer["References"]
    assert received.rcpt_tos == ["bob@northwind.example"]
    answer_id = parse_msgid(answer["Message-ID"])
    assert answer_id is not None and answer_id.endswith("@example.test")

    qtbot.waitUntil(lambda: len(sent_folder(imap)) == 1, timeout=20_000)
    (copy,) = sent_folder(imap)
    assert copy.replace(b"\r\n", b"\n") == received.data.replace(b"\r\n", b"\n")

    with imap.admin() as client:  # both in one mailbox, where THREAD can see them
        client.select_folder("Sent")
        client.copy(client.search("ALL"), "INBOX")
    threads = imap.thread_references()
    assert {"q1@northwind.example", answer_id} in threads
    store = MessageStore(db.connect(profile.store_path))
    thread = store.thread_of_message("q1@northwind.example")
    assert thread is not None and store.thread_of_message(answer_id) == thread
    summary = store.conversation(thread)
    assert summary is not None and summary.message_count == 2 and summary.has_sent
