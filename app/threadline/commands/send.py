"""``threadline send``: send a message from a script, into the right conversation."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from threadline.cli import profile_from
from threadline.commands.arguments import LARGEST, row_id
from threadline.commands.output import print_json
from threadline.core.charsets import decode_text
from threadline.core.dates import parse_send_time
from threadline.core.terminal import safe_line
from threadline.errors import InvalidInputError
from threadline.i18n import translate
from threadline.mailer import ADDRESS_HEADERS, Mailer


def epilog() -> str:
    """The end of ``send --help``: the threading options and the exit statuses."""
    return translate(
        "send_command",
        "threading (choose at most one):\n"
        "  --in-reply-to MSGID   reply to any message by its Message-ID\n"
        "  --thread THREAD       reply to the newest message of a stored conversation\n"
        "  --thread-key KEY      a name you choose (e.g. a ticket number): the first send "
        "starts a\n"
        "                        conversation, every later send replies to the last one "
        "under KEY\n"
        "\n"
        "exit status:\n"
        "  0   sent (or queued with --queue-only, or scheduled with --at)\n"
        "  75  a temporary failure: the message is queued and will be retried\n"
        "        ('threadline outbox flush' sends it)\n"
        "  1   the server refused the message for good (it stays in the outbox)\n"
        "  2   bad input: nothing was stored or sent\n",
    )


def register(subparsers: Any) -> None:
    """Add the ``send`` command."""
    parser = subparsers.add_parser(
        "send",
        help=translate(
            "send_command", "send a message (or a reply into a conversation) through the outbox"
        ),
        description=translate(
            "send_command", "Send a message through the durable outbox and print its Message-ID."
        ),
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--account",
        help=translate(
            "send_command",
            "account id, address, alias or name (default: a reply goes from the address its "
            "parent was sent to, a new message from the account used last or the only one)",
        ),
    )
    parser.add_argument("--to", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument("--cc", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument("--bcc", action="append", default=[], metavar="ADDRESSES")
    parser.add_argument(
        "--subject", help=translate("send_command", "required for a new conversation")
    )
    body = parser.add_mutually_exclusive_group()
    body.add_argument(
        "--body", help=translate("send_command", "the text (default: read from standard input)")
    )
    body.add_argument(
        "--body-file",
        type=Path,
        metavar="FILE",
        help=translate("send_command", "read the text from FILE"),
    )
    parser.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help=translate("send_command", "an HTML version of the text"),
    )
    parser.add_argument(
        "--charset",
        metavar="CHARSET",
        help=translate(
            "send_command",
            "the encoding of the text on standard input, --body-file, --html and the "
            "options (default: UTF-8, then the locale's; anything else is refused)",
        ),
    )
    parser.add_argument(
        "--attach",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help=translate(
            "send_command", "regular files to attach (read when the message is written)"
        ),
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        metavar="SIZE",
        help=translate(
            "send_command",
            "refuse a message larger than SIZE (e.g. 10M, 500K; default: what the server "
            "announces, else 25M)",
        ),
    )
    parser.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="NAME:VALUE",
        help=translate(
            "send_command",
            "an extra header, e.g. 'X-Ticket: 4711' (To, Cc, Bcc and Reply-To add "
            "addresses; headers Threadline writes itself are refused)",
        ),
    )
    threading = parser.add_mutually_exclusive_group()
    threading.add_argument("--in-reply-to", metavar="MSGID")
    threading.add_argument("--thread", type=row_id, metavar="THREAD")
    threading.add_argument("--thread-key", metavar="KEY")
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "send_command",
            "reply even to a message that has no Message-ID (the reply then joins its "
            "conversation by subject only); without it such a reply is refused",
        ),
    )
    parser.add_argument(
        "--new-topic",
        action="store_true",
        help=translate(
            "send_command",
            "let --subject change the topic of the conversation replied to (Gmail then "
            "starts a new conversation); without it such a --subject is refused",
        ),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--queue-only",
        action="store_true",
        help=translate("send_command", "queue it for the app or 'outbox flush'"),
    )
    mode.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("send_command", "print the message; store nothing"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "send_command",
            "print the outcome as JSON: message_id, outbox_id, state, thread_id, error, "
            "warning, exit_status (see the README)",
        ),
    )
    parser.add_argument(
        "--at",
        metavar="TIME",
        help=translate(
            "send_command",
            "send later, at TIME (ISO 8601, e.g. '2026-12-01 08:00'; local time unless a "
            "zone is given): the app, or 'threadline outbox flush' run after TIME, sends it",
        ),
    )
    parser.set_defaults(func=run)


def _size(text: str) -> int:
    """``10M``, ``500K``, ``2G`` or plain bytes, as a number of bytes."""
    value = text.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(value[-1:], 1)
    number = value[:-1] if factor > 1 else value
    try:
        size = round(float(number) * factor)
    except (ValueError, OverflowError):  # not a number, nan; inf
        size = 0
    if not 0 < size <= LARGEST:
        raise argparse.ArgumentTypeError(
            translate("send_command", "{size} is not a size like 10M or 500K").format(
                size=repr(text)
            )
        )
    return size


def _read_text(path: Path, html: bool, charset: str | None) -> str:
    """The text of the body file, or (``html``) of the HTML file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        if html:
            problem = translate("send_command", "Cannot read the HTML file {path}: {reason}.")
        else:
            problem = translate("send_command", "Cannot read the body file {path}: {reason}.")
        raise InvalidInputError(problem.format(path=path, reason=reason)) from None
    if html:
        what = translate("send_command", "the HTML file {path}")
    else:
        what = translate("send_command", "the body file {path}")
    return decode_text(data, what.format(path=path), charset)


def _body(args: argparse.Namespace) -> str:
    if args.body is not None:
        return str(args.body)
    if args.body_file is not None:
        return _read_text(args.body_file, False, args.charset)
    if not sys.stdin.isatty():
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # already text (a test's StringIO)
            return sys.stdin.read()
        what = translate("send_command", "the text on standard input")
        return decode_text(stream.read(), what, args.charset)
    return ""


def _headers(values: list[str]) -> dict[str, str]:
    """``--header`` values by name. To, Cc, Bcc and Reply-To may be repeated (their
    addresses are joined; the Mailer adds them to the recipients); any other name once."""
    headers: dict[str, str] = {}
    for value in values:
        name, colon, text = value.partition(":")
        name, text = name.strip(), text.strip()
        if not colon or not name:
            raise InvalidInputError(
                translate("send_command", "--header {value} must look like 'Name: value'.").format(
                    value=repr(value)
                )
            )
        same = next((known for known in headers if known.lower() == name.lower()), None)
        if same is None:
            headers[name] = text
        elif name.lower() in ADDRESS_HEADERS:
            headers[same] = f"{headers[same]}, {text}"
        else:
            raise InvalidInputError(
                translate(
                    "send_command", "--header {name} is given twice; give each header once."
                ).format(name=repr(same))
            )
    return headers


def run(args: argparse.Namespace) -> int:
    """Queue, send and print the Message-ID (or the message itself with --dry-run)."""
    options: dict[str, Any] = {
        "to": args.to,
        "cc": args.cc,
        "bcc": args.bcc,
        "subject": args.subject,
        "body": _body(args),
        "html": _read_text(args.html, True, args.charset) if args.html else None,
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
        raise InvalidInputError(
            translate("send_command", "--dry-run prints the message itself; leave out --json.")
        )
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
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(at))  # (read in every language)
        scheduled = translate(
            "send_command",
            "scheduled for {time}; the app (or 'threadline outbox flush' run after then) sends it.",
        )
        print(f"threadline: {scheduled.format(time=when)}", file=sys.stderr)
    if result.warning:
        warning = translate("send_command", "warning: {text}")
        print(f"threadline: {warning.format(text=safe_line(result.warning))}", file=sys.stderr)
    if result.error:  # may quote the server
        print(f"threadline: {safe_line(result.error)}", file=sys.stderr)
    return result.exit_code
