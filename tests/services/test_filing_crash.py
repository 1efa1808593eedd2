"""kill -9 in the middle of the Sent APPEND: a real ``threadline outbox flush`` process is
killed while Dovecot is still receiving the copy's bytes; the next flush files the copy,
and the Sent folder ends up with exactly one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from helpers.dovecot import flags_of
from helpers.keyrings import secret_service_keyring
from helpers.provider import Provider, provider
from helpers.smtp_server import PASSWORD, test_ca
from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.net import secrets
from threadline.paths import Profile
from threadline.services.sending import queue_draft
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.sent_copies import SentCopies

__all__ = ["provider", "secret_service_keyring", "test_ca"]


def flush(profile: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "threadline", "--profile", str(profile), "outbox", "flush"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


@pytest.mark.slow
def test_kill_9_during_the_sent_append_files_one_copy_later(
    tmp_path: Path,
    provider: Provider,
    secret_service_keyring: KeyringBackend,
) -> None:
    smtp, imap = provider.smtp, provider.imap
    env = {**os.environ, "THREADLINE_CA_FILE": str(provider.ca_bundle(tmp_path))}
    profile = Profile.at(tmp_path / "profile").ensure()
    conn = db.connect(profile.store_path)
    account = AccountStore(conn).save(
        smtp.account(imap_host="127.0.0.1", imap_port=imap.tls_port, imap_security="tls")
    )
    secrets.set_password(account.id, PASSWORD)
    big = Attachment("figures.bin", os.urandom(12 * 1024 * 1024))
    queued = queue_draft(
        conn, account,
        Draft(sender=account.sender, to=[Address("bob@example.net")], subject="Big report",
              body="Attached.", attachments=[big]),
    )  # fmt: skip
    incoming = imap.maildir / ".Sent" / "tmp"

    first = flush(profile.data_dir.parent, env)
    try:
        while not (incoming.is_dir() and any(incoming.iterdir())):  # Dovecot is receiving it
            try:
                first.wait(timeout=0.01)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail(f"the flush ended before the APPEND was caught: {first.stderr!r}")
        first.send_signal(signal.SIGKILL)
    finally:
        first.wait(timeout=60)
        if first.stderr:
            first.stderr.close()

    assert len(smtp.received) == 1
    assert SentCopies(conn).state(queued.outbox_id)[0] == "pending"
    second = flush(profile.data_dir.parent, env)
    _out, err = second.communicate(timeout=120)

    assert second.returncode == 0, err
    assert SentCopies(conn).state(queued.outbox_id)[0] == "filed"
    assert len(flags_of(imap, "Sent")) == 1
    assert len(smtp.received) == 1  # sent once; only the copy was redone
    secrets.delete_password(account.id)
