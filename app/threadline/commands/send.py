"""``threadline send``: send a message from a script, into the right conversation."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from threadline.cli import profile_from
from threadline.commands.output import print_json
from threadline.core.charsets import decode_text
from threadline.core.dates import parse_send_time
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.mailer import ADDRESS_HEADERS, Mailer

EPILOG = """\
threading (choose at most one):
  --in-reply-to MSGID   reply to any message by its Message-ID
  --thread THREAD       reply to the newest message of a stored conversation
  --thread-key KEY      a name you choose (e.g. a ticket number): the first send starts a
                        conversation, every later send replies to the last one under KEY

exit status:
  0   sent (or queued with --queue-only, or scheduled with --at)
  75  a temporary failure: the message is queued and will be retried
        ('threadline outbox flush' sends it)
  1   the server refused the message for good (it stays in the outbox)
  2   bad input: nothing was stored or sent
"""


def register(subparsers: Any) -> None:
    """Add the ``send`` command."""
    parser = subparsers.add_parser(
        "send",
        help="send a message (or a reply into a conversation) through the outbox",
        description="Send a message through the durable outbox and print its Message-ID.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--account",
        help="account id, address, alias or name (default: a reply goes from the address its "
        "parent was sent to, a new message from the account used last or the only one)",
    )
    parser.add_argument("--to", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument("--cc", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument("--bcc", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument("--subject", help="required for a new conversation")
    body = parser.add_mutually_exclusive_group()
    body.add_argument("--body", help="the text (default: read from standard input)")
    body.add_argument("--body-file", type=Path, metavar="FILE", help="read the text from FILE")
    parser.add_argument("--html", type=Path, metavar="FILE", help="an HTML version of the text")
    parser.add_argument(
        "--charset", metavar="CHARSET",
        help="the encoding of the text on standard input, --body-file, --html and the "
        "options (default: UTF-8, then the locale's; anything else is refused)",
    )  # fmt: skip
    parser.add_argument(
        "--attach",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help="regular files to attach (read when the message is written)",
    )
    parser.add_argument(
        "--max-size", type=_size, metavar="SIZE",
        help="refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server "
        "announces, else 25M)",
    )  # fmt: skip
    parser.add_argument(
        "--header", action="append", default=[], metavar="NAME:VALUE",
        help="an extra header, e.g. 'X-Ticket: 4711' (To, Cc, Bcc and Reply-To add "
        "addresses; headers Threadline writes itself are refused)",
    )  # fmt: skip
    threading = parser.add_mutually_exclusive_group()
    threading.add_argument("--in-reply-to", metavar="MSGID")
    threading.add_argument("--thread", type=int, metavar="THREAD")
    threading.add_argument("--thread-key", metavar="KEY")
    parser.add_argument(
        "--force", action="store_true",
        help="reply even to a message that has no Message-ID (the reply then joins its "
        "conversation by subject only); without it such a reply is refused",
    )  # fmt: skip
    parser.add_argument(
        "--new-topic", action="store_true",
        help="let --subject change the topic of the conversation replied to (Gmail then "
        "starts a new conversation); without it such a --subject is refused",
    )  # fmt: skip
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--queue-only", action="store_true", help="queue it for the app or 'outbox flush'"
    )
    mode.add_argument("--dry-run", action="store_true", help="print the message; store nothing")
    parser.add_argument(
        "--json", action="store_true",
        help="print the outcome as JSON: message_id, outbox_id, state, thread_id, error, "
        "warning, exit_status (see the README)",
    )  # fmt: skip
    parser.add_argument(
        "--at", metavar="TIME",
        help="send later, at TIME (ISO 8601, e.g. '2026-12-01 08:00'; local time unless a "
        "zone is given): the app, or 'threadline outbox flush' run after TIME, sends it",
    )  # fmt: skip
    parser.set_defaults(func=run)


def _size(text: str) -> int:
    """``10M``, ``500K``, ``2G`` or plain bytes, as a number of bytes."""
    value = text.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(value[-1:], 1)
    number = value[:-1] if factor > 1 else value
    try:
        size = round(float(number) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 10M or 500K") from None
    if size <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 10M or 500K")
    return size


def _read_text(path: Path, what: str, charset: str | None) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise InvalidInputError(f"Cannot read the {what} file {path}: {reason}.") from None
    return decode_text(data, f"the {what} file {path}", charset)


def _body(args: argparse.Namespace) -> str:
    if args.body is not None:
        return str(args.body)
    if args.body_file is not None:
        return _read_text(args.body_file, "body", args.charset)
    if not sys.stdin.isatty():
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # already text (a test's StringIO)
            return sys.stdin.read()
        return decode_text(stream.read(), "the text on standard input", args.charset)
    return ""


def _headers(values: list[str]) -> dict[str, str]:
    """``--header`` values by name. To, Cc, Bcc and Reply-To may be repeated (their
    addresses are joined; the Mailer adds them to the recipients); any other name once."""
    headers: dict[str, str] = {}
    for value in values:
        name, colon, text = value.partition(":")
        name, text = name.strip(), text.strip()
        if not colon or not name:
            raise InvalidInputError(f"--header {value!r} must look like 'Name: value'.")
        same = next((known for known in headers if known.lower() == name.lower()), None)
        if same is None:
            headers[name] = text
        elif name.lower() in ADDRESS_HEADERS:
            headers[same] = f"{headers[same]}, {text}"
        else:
            raise InvalidInputError(f"--header {same!r} is given twice; give each header once.")
    return headers


def run(args: argparse.Namespace) -> int:
    """Queue, send and print the Message-ID (or the message itself with --dry-run)."""
    options: dict[str, Any] = {
        "to": args.to,
        "cc": args.cc,
        "bcc": args.bcc,
        "subject": args.subject,
        "body": _body(args),
        "html": _read_text(args.html, "HTML", args.charset) if args.html else None,
        "attachments": args.attach,
        "headers": _headers(args.header),
        "in_reply_to": args.in_reply_to,
        "thread": args.thread,
        "thread_key": args.thread_key,
        "new_topic": args.new_topic,
        "force": args.force,
    }
    at = parse_send_time(args.at, time.time()) if args.at is not None else None
    if args.json and args.dry_run:
        raise InvalidInputError("--dry-run prints the message itself; leave out --json.")
    with Mailer.open(profile_from(args), args.account) as mailer:
        if args.dry_run:
            mailer.preview(**options, max_size=args.max_size, out=sys.stdout.buffer)
            return 0
        result = mailer.send(**options, max_size=args.max_size, queue_only=args.queue_only,
                             at=at)  # fmt: skip
    if args.json:
        print_json({
            "message_id": f"<{result.message_id}>",
            "outbox_id": result.outbox_id,
            "state": result.state,
            "thread_id": result.thread_id,
            "error": result.error,
            "warning": result.warning,
            "exit_status": result.exit_code,
        })  # fmt: skip
        return result.exit_code
    print(f"<{result.message_id}>")
    if at is not None:
        when = time.strftime("%a %-d %b %Y, %H:%M", time.localtime(at))
        print(f"threadline: scheduled for {when}; the app (or 'threadline outbox flush' "
              "run after then) sends it.", file=sys.stderr)  # fmt: skip
    if result.warning:
        print(f"threadline: warning: {safe_line(result.warning)}", file=sys.stderr)
    if result.error:  # may quote the server
        print(f"threadline: {safe_line(result.error)}", file=sys.stderr)
    return result.exit_code
