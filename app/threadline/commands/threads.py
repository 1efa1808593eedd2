"""``threadline threads`` and ``threadline show THREAD``: read the store.

Everything printed here came from mail, so it goes through
:func:`threadline.core.terminal.safe_line` first.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from threadline.cli import profile_from
from threadline.core.terminal import safe_line
from threadline.errors import NotFoundError
from threadline.store import db
from threadline.store.messages import MessageStore


def register(subparsers: Any) -> None:
    """Add the ``threads`` and ``show`` commands."""
    listing = subparsers.add_parser(
        "threads", help="list conversations, the most recently active first"
    )
    listing.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    listing.add_argument("--search", metavar="WORDS", help="only conversations matching WORDS")
    listing.set_defaults(func=run_threads)
    show = subparsers.add_parser("show", help="show one conversation's messages as a tree")
    show.add_argument(
        "thread", type=int, metavar="THREAD", help="a number from 'threadline threads'"
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
    for c in conversations:
        marks = ("*" if c.unread_count else " ") + ("S" if c.has_sent else " ")
        print(
            f"{c.thread_id:>7} {marks} {_date(c.latest_date)} ({c.message_count:>3})  "
            f"{_clip(c.subject or '(no subject)', 60)}  — {_clip(c.participants, 40)}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print a conversation's messages in tree order, indented by depth."""
    store = _open(args)
    summary = store.conversation(args.thread)
    if summary is None:
        raise NotFoundError(
            f"There is no conversation {args.thread}. 'threadline threads' lists them."
        )
    print(f"{safe_line(summary.subject or '(no subject)')}  ({summary.message_count} messages)")
    for message in store.thread_messages(args.thread):
        indent = "  " * message.depth
        sender, message_id = safe_line(message.sender), safe_line(message.message_id)
        print(f"{indent}{_date(message.date_utc)}  {sender}  <{message_id}>")
        if message.snippet:
            print(f"{indent}  {_clip(message.snippet, 100 - len(indent))}")
    return 0
