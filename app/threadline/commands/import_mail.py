"""``threadline import PATH...``: import .eml, mbox and Maildir mail into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from threadline.cli import profile_from
from threadline.core.terminal import safe_line
from threadline.i18n import Context, translate
from threadline.store import db
from threadline.store.importer import ImportProgress, import_paths
from threadline.store.messages import MessageStore

import_command = Context("import_command")


def register(subparsers: Any) -> None:
    """Add the ``import`` command."""
    parser = subparsers.add_parser(
        "import",
        help=translate("import_command", "import .eml files, mbox files and Maildir folders"),
        description=translate(
            "import_command",
            "Import mail into Threadline's store. Folders are searched recursively; "
            "importing the same mail again adds nothing.",
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument(
        "--unread",
        action="store_true",
        help=translate("import_command", "mark imported messages unread"),
    )
    parser.set_defaults(func=run)


class ProgressBar:
    """A one-line progress bar on a terminal (nothing when output is not a terminal)."""

    def __init__(self, stream: Any = sys.stderr) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, progress: ImportProgress) -> None:
        if not self.enabled:
            return
        fraction = progress.bytes_done / progress.bytes_total if progress.bytes_total else 1.0
        width = 30
        filled = int(fraction * width)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%}"
            "  " + import_command.tr("%n message(s)", "", progress.messages)
        )
        self.stream.flush()

    def close(self) -> None:
        """End the progress line."""
        if self.enabled:
            self.stream.write("\n")


def run(args: argparse.Namespace) -> int:
    """Import and print a summary; exit 1 if any file was not mail."""
    profile = profile_from(args)
    store = MessageStore(db.connect(profile.store_path))
    bar = ProgressBar()
    try:
        report = import_paths(store, args.paths, progress=bar, is_unread=args.unread)
    finally:
        bar.close()
    for problem in report.problems:
        print(f"threadline: {safe_line(problem.reason)}", file=sys.stderr)  # names a file
    print(safe_line(report.summary()))
    return 1 if report.problems else 0
