"""``threadline threads`` and ``threadline show THREAD``: read the store.

Everything printed here came from mail, so it goes through
:func:`threadline.core.terminal.safe_line` first.
"""

from __future__ import annotations

import argparse
import base64
import sys
import time
from typing import Any

from threadline.cli import profile_from
from threadline.commands.arguments import count, row_id
from threadline.commands.output import header_id, iso_time, print_json
from threadline.core.terminal import safe_line
from threadline.errors import NotFoundError
from threadline.i18n import Context, translate
from threadline.store import db
from threadline.store.mbox import write_mbox
from threadline.store.messages import MessageStore
from threadline.store.models import ConversationSummary, StoredMessage

threads_command = Context("threads_command")


def register(subparsers: Any) -> None:
    """Add the ``threads`` and ``show`` commands."""
    listing = subparsers.add_parser(
        "threads",
        help=translate("threads_command", "list conversations, the most recently active first"),
    )
    listing.add_argument(
        "--limit",
        type=count,
        default=50,
        help=translate("threads_command", "how many (default 50)"),
    )
    listing.add_argument(
        "--search",
        metavar="WORDS",
        help=translate("threads_command", "only conversations matching WORDS"),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate("threads_command", "a JSON list (see the README)"),
    )
    listing.set_defaults(func=run_threads)
    show = subparsers.add_parser(
        "show", help=translate("threads_command", "show one conversation's messages as a tree")
    )
    show.add_argument(
        "thread",
        type=row_id,
        metavar="THREAD",
        help=translate("threads_command", "a number from 'threadline threads'"),
    )
    show.add_argument(
        "--json",
        action="store_true",
        help=translate("threads_command", "a JSON object (see the README)"),
    )
    show.add_argument(
        "--raw",
        action="store_true",
        help=translate(
            "threads_command",
            "the messages' exact bytes: an mbox file (importing it gives them back), or "
            "with --json a base64 'raw' field in each message",
        ),
    )
    show.set_defaults(func=run_show)


def _date(epoch: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(epoch))


def _clip(text: str, width: int) -> str:
    """``text`` made safe to print (see :mod:`threadline.core.terminal`), then clipped."""
    text = safe_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _open(args: argparse.Namespace) -> MessageStore:
    return MessageStore(db.connect(profile_from(args).store_path))


def run_threads(args: argparse.Namespace) -> int:
    """Print one line per conversation: id, date, count, subject, participants."""
    store = _open(args)
    if args.search:
        conversations = store.search(args.search, limit=args.limit)
    else:
        conversations = store.conversations(limit=args.limit)
    if getattr(args, "json", False):
        print_json([_thread_json(c) for c in conversations])
        return 0
    for c in conversations:
        marks = ("*" if c.unread_count else " ") + ("S" if c.has_sent else " ")
        print(
            f"{c.thread_id:>7} {marks} {_date(c.latest_date)} ({c.message_count:>3})  "
            f"{_clip(c.subject or _no_subject(), 60)}  — {_clip(c.participants, 40)}"
        )
    return 0


def _no_subject() -> str:
    return translate("threads_command", "(no subject)")


def run_show(args: argparse.Namespace) -> int:
    """Print a conversation's messages in tree order, indented by depth."""
    store = _open(args)
    summary = store.conversation(args.thread)
    if summary is None:
        raise NotFoundError(
            translate(
                "threads_command",
                "There is no conversation {thread}. 'threadline threads' lists them.",
            ).format(thread=args.thread)
        )
    messages = store.thread_messages(args.thread)
    raw = bool(getattr(args, "raw", False))
    if getattr(args, "json", False):
        print_json({
            "thread_id": summary.thread_id,
            "subject": summary.subject,
            "message_count": summary.message_count,
            "messages": [_message_json(store, m, raw=raw) for m in messages],
        })  # fmt: skip
        return 0
    if raw:  # exact bytes, for scripts and other mail programs (git am reads mbox)
        sys.stdout.flush()
        write_mbox(sys.stdout.buffer, (store.raw(m.rowid) for m in messages))
        return 0
    count = threads_command.tr("%n message(s)", "", summary.message_count)
    print(f"{safe_line(summary.subject or _no_subject())}  ({count})")
    for message in messages:
        indent = "  " * message.depth
        sender, message_id = safe_line(message.sender), safe_line(message.message_id)
        print(f"{indent}{_date(message.date_utc)}  {sender}  <{message_id}>")
        if message.snippet:
            print(f"{indent}  {_clip(message.snippet, 100 - len(indent))}")
    return 0


def _addresses(joined: str) -> list[str]:
    return [a for a in joined.split(", ") if a]


def _thread_json(c: ConversationSummary) -> dict[str, object]:
    """One conversation as ``threads --json`` lists it (field names in the README)."""
    return {
        "thread_id": c.thread_id,
        "subject": c.subject,
        "participants": c.participants,
        "message_count": c.message_count,
        "unread_count": c.unread_count,
        "has_sent": c.has_sent,
        "latest_date": iso_time(c.latest_date),
        "snippet": c.snippet,
    }


def _message_json(store: MessageStore, m: StoredMessage, *, raw: bool) -> dict[str, object]:
    """One message as ``show --json`` lists it (field names in the README)."""
    found: dict[str, object] = {
        "message_id": header_id(m.message_id),
        "has_message_id": m.has_message_id,
        "parent_id": header_id(m.parent_id),
        "depth": m.depth,
        "subject": m.subject,
        "from_name": m.from_name,
        "from_addr": m.from_addr,
        "to": _addresses(m.to_addrs),
        "cc": _addresses(m.cc_addrs),
        "date": iso_time(m.date_utc),
        "snippet": m.snippet,
        "is_sent": m.is_sent,
        "is_unread": m.is_unread,
    }
    if raw:
        found["raw"] = base64.b64encode(store.raw(m.rowid)).decode("ascii")
    return found
