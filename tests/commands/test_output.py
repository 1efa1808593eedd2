"""Structured output for scripts (issue 12, point 13): ``--json`` on threads, show, send
and outbox with the field names the README lists, and ``show --raw`` for exact bytes."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

from helpers.cli import profile, run, smtp_server
from helpers.mail import make_raw
from helpers.smtp_server import SmtpServer
from threadline.commands.output import iso_time, to_json
from threadline.store.mbox import read_mbox

__all__ = ["profile", "smtp_server"]

PARENT = make_raw("p1@z.example", subject="Budget \x1b[2J", sender="Zed <zed@z.example>",
                  to="ops@example.org", body="Numbers attached.")  # fmt: skip
CHILD = make_raw("c1@z.example", subject="Re: Budget", sender="Ann <ann@z.example>",
                 to="zed@z.example", in_reply_to="p1@z.example", references=["p1@z.example"],
                 date="Tue, 24 Nov 2026 11:00:00 +0000")  # fmt: skip

THREAD_FIELDS = {"thread_id", "subject", "participants", "message_count", "unread_count",
                 "has_sent", "latest_date", "snippet"}  # fmt: skip
MESSAGE_FIELDS = {"message_id", "has_message_id", "parent_id", "depth", "subject", "from_name",
                  "from_addr", "to", "cc", "date", "snippet", "is_sent", "is_unread"}  # fmt: skip


def imported(profile: Path, tmp_path: Path) -> Path:
    for name, raw in (("p.eml", PARENT), ("c.eml", CHILD)):
        (tmp_path / name).write_bytes(raw)
    done = run(profile, "import", str(tmp_path / "p.eml"), str(tmp_path / "c.eml"))
    assert done.returncode == 0, done.stderr
    return profile


def test_json_is_ascii_so_mail_cannot_control_the_terminal() -> None:
    text = to_json({"subject": "Budget \x1b[2J \x9b \u202e café"})
    assert text.isascii() and "\\u001b" in text and "\\u009b" in text and "\\u202e" in text
    assert json.loads(text) == {"subject": "Budget \x1b[2J \x9b \u202e café"}
    assert iso_time(0) == "1970-01-01T00:00:00Z" and iso_time(None) is None


def test_threads_and_show_as_json_and_raw(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    imported(profile, tmp_path)
    listing = run(profile, "threads", "--json")
    assert listing.returncode == 0, listing.stderr
    [thread] = json.loads(listing.stdout)
    assert set(thread) == THREAD_FIELDS
    assert thread["message_count"] == 2 and thread["latest_date"] == "2026-11-24T11:00:00Z"
    assert thread["subject"].startswith("Budget") and "\x1b" not in listing.stdout
    searched = json.loads(run(profile, "threads", "--json", "--search", "Numbers").stdout)
    assert [t["thread_id"] for t in searched] == [thread["thread_id"]]
    shown = run(profile, "show", str(thread["thread_id"]), "--json")
    assert shown.returncode == 0, shown.stderr
    conversation = json.loads(shown.stdout)
    assert set(conversation) == {"thread_id", "subject", "message_count", "messages"}
    first, second = conversation["messages"]
    assert set(first) == MESSAGE_FIELDS
    assert (first["message_id"], first["depth"], second["parent_id"]) == (
        "<p1@z.example>",
        0,
        "<p1@z.example>",
    )
    assert first["from_addr"] == "zed@z.example" and first["to"] == ["ops@example.org"]
    with_raw = json.loads(run(profile, "show", str(thread["thread_id"]), "--json",
                              "--raw").stdout)  # fmt: skip
    assert [base64.b64decode(m["raw"]) for m in with_raw["messages"]] == [PARENT, CHILD]
    exact = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), "show",
         str(thread["thread_id"]), "--raw"], capture_output=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert [raw for _offset, raw in read_mbox(io.BytesIO(exact))] == [PARENT, CHILD]
    missing = run(profile, "show", "999", "--json")
    assert missing.returncode == 2 and missing.stdout == ""


def test_send_and_outbox_as_json(profile: Path, smtp_server: SmtpServer) -> None:
    sent = run(profile, "send", "--to", "a@example.com", "--subject", "Plan", "--body", "x",
               "--json")  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    result = json.loads(sent.stdout)
    assert set(result) == {"message_id", "outbox_id", "state", "thread_id", "error", "warning",
                           "exit_status"}  # fmt: skip
    assert result["state"] == "sent" and result["exit_status"] == 0
    assert result["message_id"].startswith("<") and isinstance(result["thread_id"], int)
    listing = json.loads(run(profile, "threads", "--json").stdout)
    assert [t["thread_id"] for t in listing] == [result["thread_id"]]
    smtp_server.faults.data_reply = "554 5.7.1 No thanks"
    refused = run(profile, "send", "--to", "b@example.com", "--subject", "Spam?", "--body", "x",
                  "--json")  # fmt: skip
    assert refused.returncode == 1
    failed = json.loads(refused.stdout)
    assert failed["state"] == "failed-permanent" and "No thanks" in failed["error"]
    assert failed["thread_id"] is None and failed["exit_status"] == 1
    queued = json.loads(run(profile, "send", "--to", "c@example.com", "--subject", "Later",
                            "--body", "x", "--queue-only", "--json").stdout)  # fmt: skip
    assert queued["state"] == "queued"
    outbox = run(profile, "outbox", "--json")
    assert outbox.returncode == 0, outbox.stderr
    entries = json.loads(outbox.stdout)
    assert {e["outbox_id"] for e in entries} == {failed["outbox_id"], queued["outbox_id"]}
    assert set(entries[0]) == {"outbox_id", "message_id", "account_id", "subject", "recipients",
                               "state", "attempts", "created_at", "due_at", "scheduled_for",
                               "next_attempt_at", "sent_at", "last_error"}  # fmt: skip
    smtp_server.faults.data_reply = None
    flushed = run(profile, "outbox", "flush", "--json")
    report = json.loads(flushed.stdout)
    assert report["sent"] == [queued["outbox_id"]] and flushed.returncode == 0
    assert set(report) == {"sent", "failed_temporary", "failed_permanent", "busy",
                           "warnings", "copies_waiting", "exit_status"}  # fmt: skip
    [left] = json.loads(run(profile, "outbox", "--json").stdout)
    assert left["outbox_id"] == failed["outbox_id"] and left["state"] == "failed-permanent"
