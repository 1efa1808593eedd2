"""``threadline outbox [flush|retry|delete]``: what waits to be sent, and sending it."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from threadline.cli import profile_from
from threadline.commands.arguments import row_id
from threadline.commands.output import iso_time, print_json
from threadline.core.terminal import safe_line
from threadline.i18n import translate
from threadline.store import db
from threadline.store.outbox import Outbox, OutboxEntry, OutboxState


def register(subparsers: Any) -> None:
    """Add the ``outbox`` command."""
    parser = subparsers.add_parser(
        "outbox",
        help=translate(
            "outbox_command", "list queued and failed messages; 'outbox flush' sends what is due"
        ),
        description=translate(
            "outbox_command",
            "Exit status of 'flush': 0 all sent, 75 some wait for a retry (or are "
            "being sent by another Threadline), "
            "1 some were refused for good.",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("outbox_command", "a JSON list (see the README)"),
    )
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="outbox_command", metavar="ACTION")
    flush_parser = actions.add_parser(
        "flush", help=translate("outbox_command", "send everything that is due")
    )
    flush_parser.add_argument(
        "--json",
        action="store_true",
        help=translate("outbox_command", "print what happened as JSON (see the README)"),
    )
    flush_parser.set_defaults(func=run_flush)
    retry = actions.add_parser(
        "retry", help=translate("outbox_command", "queue a failed message again")
    )
    retry.add_argument("id", type=row_id)
    retry.set_defaults(func=run_retry)
    delete = actions.add_parser(
        "delete", help=translate("outbox_command", "remove a message from the outbox")
    )
    delete.add_argument("id", type=row_id)
    delete.set_defaults(func=run_delete)


def _outbox(args: argparse.Namespace) -> Outbox:
    return Outbox(db.connect(profile_from(args).store_path))


def _when(epoch: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


def run_list(args: argparse.Namespace) -> int:
    """One line per message not yet sent, with its last error."""
    entries = _outbox(args).entries()
    if getattr(args, "json", False):
        print_json([_entry_json(entry) for entry in entries])
        return 0
    if not entries:
        print(translate("outbox_command", "The outbox is empty."))
    now = time.time()
    for entry in entries:
        # the state as scripts know it (the same words as in --json): not translated
        state, when = str(entry.state), ""
        if entry.state is OutboxState.FAILED_TEMPORARY:
            when = " " + translate("outbox_command", "next try {time}").format(
                time=_when(entry.next_attempt_at)
            )
        held = entry.waits_until(now)
        if held is not None:
            state = "scheduled" if entry.scheduled_for is not None else "held"
            when = " " + translate("outbox_command", "at {time}").format(time=_when(held))
        attempts = translate("outbox_command", "attempts {count}").format(count=entry.attempts)
        subject = safe_line(entry.subject or translate("outbox_command", "(no subject)"))
        print(
            f"{entry.id:>5}  {state:<16} {attempts}{when}  {subject}  -> "
            f"{safe_line(', '.join(entry.recipients))}"
        )
        if entry.last_error:  # the server's words
            print(f"       {safe_line(entry.last_error)}")
    return 0


def run_flush(args: argparse.Namespace) -> int:
    """Send what is due; report each failure on stderr."""
    # sending and IMAP are loaded here: listing the outbox (what scripts run most) needs
    # neither smtplib, keyring nor imapclient
    from threadline.services.sending import authenticator_factory, busy, flush
    from threadline.services.syncing import session_factory

    profile = profile_from(args)
    conn = db.connect(profile.store_path)
    report = flush(
        conn,
        authenticator_for=authenticator_factory(profile.config_dir),
        imap_sessions=session_factory(profile.config_dir),
    )
    if getattr(args, "json", False):
        print_json({
            "sent": report.sent,
            "failed_temporary": {str(k): v for k, v in report.failed_temporary.items()},
            "failed_permanent": {str(k): v for k, v in report.failed_permanent.items()},
            "busy": report.busy,
            "warnings": {str(k): v for k, v in report.warnings.items()},
            "copies_waiting": {str(k): v for k, v in report.copies_waiting.items()},
            "exit_status": report.exit_code,
        })  # fmt: skip
        return report.exit_code
    about = translate("outbox_command", "message {id}: {text}")
    for entry_id, error in {**report.failed_temporary, **report.failed_permanent}.items():
        print(f"threadline: {about.format(id=entry_id, text=safe_line(error))}", file=sys.stderr)
    for entry_id, warning in report.warnings.items():
        print(f"threadline: {about.format(id=entry_id, text=safe_line(warning))}", file=sys.stderr)
    for entry_id in report.busy:
        print(f"threadline: {about.format(id=entry_id, text=busy())}", file=sys.stderr)
    for entry_id, error in report.copies_waiting.items():
        waiting_copy = translate(
            "outbox_command",
            "message {id} was sent, but its copy for the Sent folder is not filed yet "
            "({error}); Threadline will try again.",
        )
        print(
            f"threadline: {waiting_copy.format(id=entry_id, error=safe_line(error))}",
            file=sys.stderr,
        )
    counts = {
        "sent": len(report.sent),
        "waiting": len(report.failed_temporary),
        "refused": len(report.failed_permanent),
        "busy": len(report.busy),
    }
    if report.busy:
        summary = translate(
            "outbox_command",
            "Sent {sent}; waiting for a retry {waiting}; refused {refused}; being sent by "
            "another Threadline {busy}.",
        )
    else:
        summary = translate(
            "outbox_command", "Sent {sent}; waiting for a retry {waiting}; refused {refused}."
        )
    print(summary.format(**counts))
    return report.exit_code


def run_retry(args: argparse.Namespace) -> int:
    """Queue a failed message again."""
    _outbox(args).retry_now(args.id)
    said = translate(
        "outbox_command", "Message {id} is queued again; 'threadline outbox flush' sends it."
    )
    print(said.format(id=args.id))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """Delete a message from the outbox."""
    _outbox(args).delete(args.id)
    print(
        translate("outbox_command", "Message {id} was deleted from the outbox.").format(id=args.id)
    )
    return 0


def _entry_json(entry: OutboxEntry) -> dict[str, object]:
    """One waiting message as ``outbox --json`` lists it (field names in the README)."""
    return {
        "outbox_id": entry.id,
        "message_id": f"<{entry.message_id}>",
        "account_id": entry.account_id,
        "subject": entry.subject,
        "recipients": list(entry.recipients),
        "state": str(entry.state),
        "attempts": entry.attempts,
        "created_at": iso_time(entry.created_at),
        "due_at": iso_time(entry.due_at) if entry.due_at else None,
        "scheduled_for": iso_time(entry.scheduled_for),
        "next_attempt_at": iso_time(entry.next_attempt_at) if entry.next_attempt_at else None,
        "sent_at": iso_time(entry.sent_at),
        "last_error": entry.last_error,
    }
