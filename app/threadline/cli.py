"""Command line: ``threadline`` starts the app; ``threadline COMMAND`` runs a subcommand.

Each subcommand lives in its own module under :mod:`threadline.commands` and exposes
``register(subparsers)``, which adds its parser and sets ``func(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from threadline import __version__, i18n
from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.paths import Profile, private_notice

#: Modules under threadline.commands (one per subcommand or family of subcommands), with
#: the command names each registers. Known here so that starting the desktop app imports
#: none of them (a test checks the names against what the modules register).
COMMANDS: dict[str, tuple[str, ...]] = {
    "import_mail": ("import",),
    "threads": ("threads", "show"),
    "accounts": ("accounts",),
    "send": ("send",),
    "outbox": ("outbox",),
    "sync": ("sync",),
    "folders": ("folders",),
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS)
COMMAND_NAMES: frozenset[str] = frozenset(name for names in COMMANDS.values() for name in names)


#: The plain-Python modules the desktop app's main window needs (the store, and what it
#: and the window's own modules import), imported before Qt when the app starts. PySide
#: reads the source of every module imported after it (to find the modules that switch on
#: its ``__feature__`` options, PYSIDE-2029), some 15-20 ms over these; modules already
#: imported are not read. A test keeps the list complete.
WINDOW_MODULES: tuple[str, ...] = (
    "threadline.ui",  # (the package's __init__ only: no Qt)
    "threadline.resources",
    "threadline.core.bidi",
    "threadline.i18n",
    "threadline.store.messages",
    "threadline.store.accounts",
    "threadline.store.folders",
    "datetime",
    "html",
    "zipfile",
    "importlib.readers",  # (the catalogues are read with importlib.resources)
    "locale",
)

#: The exit status of a command stopped by an error in Threadline itself (EX_SOFTWARE).
INTERNAL_ERROR = 70

#: Set to show the traceback of such an error instead of one line.
DEBUG_ENV = "THREADLINE_DEBUG"

#: The exit status of a command whose output pipe was closed early (``threadline threads |
#: head -1``): 128 + SIGPIPE, what a shell shows for programs that SIGPIPE ends.
BROKEN_PIPE = 141


class CommandParser(argparse.ArgumentParser):
    """``argparse`` without prefix matching (``--at`` is never taken for ``--attach``, nor
    an unknown ``--att`` for it), whose errors are one line. Subcommand parsers are made
    of this class too (``add_subparsers`` uses the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Exit 2 with one line: what is wrong, and where the options are listed."""
        said = translate("cli", "{problem} (see '{command} --help').")
        self.exit(2, f"{self.prog}: {said.format(problem=message, command=self.prog)}\n")


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"Threadline {__version__}")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli", "use the profile in DIR instead of the default one (also $THREADLINE_PROFILE)"
        ),
    )


def modules_for(word: str | None) -> tuple[str, ...]:
    """The command modules to load for ``threadline WORD ...``: the one that registers the
    command ``word`` (a script's ``threadline outbox`` loads neither sending nor IMAP), or
    every one (``threadline help``)."""
    found = tuple(module for module, names in COMMANDS.items() if word in names)
    return found or COMMAND_MODULES


def build_command_parser(
    modules: Sequence[str] = COMMAND_MODULES,
) -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser for ``threadline COMMAND ...`` with the commands of ``modules`` (all by
    default), and the set of their names."""
    parser = CommandParser(
        prog="threadline",
        description=translate("cli", "Threadline: mail that lands in the right conversation."),
    )
    _add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        module = importlib.import_module(f"threadline.commands.{name}")
        module.register(subparsers)
    return parser, set(subparsers.choices)


def build_gui_parser() -> argparse.ArgumentParser:
    """The parser for starting the desktop app."""
    parser = CommandParser(
        prog="threadline",
        description=translate(
            "cli", "Start the Threadline desktop app. Run 'threadline help' for commands."
        ),
    )
    _add_common_options(parser)
    parser.add_argument(
        "url", nargs="?",
        help=translate("cli", "a mailto: URL to open in the composer (RFC 6068)"),
    )  # fmt: skip
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "cli",
            "try Threadline in a throw-away profile with sample mail and a local test server",
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate(
            "cli",
            "the language of the window, e.g. de, fr, ar or pseudo "
            "(default: $THREADLINE_LANG, else the system's)",
        ),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "cli", "open the main window, then quit at once (used to test installed packages)"
        ),
    )
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg == "--profile":
            skip_next = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def profile_from(args: argparse.Namespace) -> Profile:
    """The profile chosen by ``--profile`` or the environment, folders created and private.

    When files had to be made private (an older or loosely created profile), says so in
    one line on stderr.
    """
    profile = Profile.at(args.profile) if args.profile else Profile.default()
    ensured = profile.ensure()
    if ensured.tightened:
        print(f"threadline: {private_notice(len(ensured.tightened))}", file=sys.stderr)
    return ensured


def _quiet_streams() -> None:
    """Output that never raises: unencodable characters are replaced (a cp1252 console)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _commands_report_for_themselves() -> None:
    """A command prints its own one-line messages (cleaned of terminal controls); the
    library's log records would repeat them raw on stderr through Python's last resort."""
    logger = logging.getLogger("threadline")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False


def _decode_arguments(args: argparse.Namespace) -> None:
    """Every text option as text: bytes the terminal could not decode are decoded with
    the command's ``--charset`` (if it has one and it was given), or refused in one line.
    File names stay as they came (``type=Path`` options are not text)."""
    from threadline.core.charsets import decode_argument

    charset = getattr(args, "charset", None)
    offer = hasattr(args, "charset")
    for name, value in vars(args).items():
        option = "--" + name.replace("_", "-")
        if isinstance(value, str):
            setattr(args, name, decode_argument(value, option, charset, offer_charset=offer))
        elif isinstance(value, list):
            setattr(args, name, [
                decode_argument(v, option, charset, offer_charset=offer)
                if isinstance(v, str) else v
                for v in value
            ])  # fmt: skip


def _quiet_closed_stdout() -> None:
    """The reader went away: send what is left to /dev/null, so that neither this process
    nor the interpreter's final flush prints a BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def import_window_modules() -> None:
    """Import :data:`WINDOW_MODULES` (before Qt, which the caller imports next)."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)


def speak_the_users_language(argv: Sequence[str], word: str | None) -> i18n.Backend | None:
    """Messages and ``--help`` in the language of the environment (``THREADLINE_LANG``, else
    gettext's ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); returns the backend used
    before, or ``None`` when English stays. English needs no Qt; another language loads its
    catalogue with QtCore alone (ui.catalogue). A command with ``--json`` speaks English
    throughout: scripts read its JSON (which quotes messages) and its errors.

    Qt is imported after the modules that need no Qt (the commands; the window's plain
    modules): PySide reads the source of every module imported after it."""
    if "--json" in argv:
        return None
    language = i18n.environment_language()
    if language == i18n.SOURCE_LANGUAGE:
        return None
    if word in COMMAND_NAMES or word == "help":
        for name in modules_for(word):
            importlib.import_module(f"threadline.commands.{name}")
    else:
        import_window_modules()
    from threadline.ui.catalogue import backend  # QtCore, for another language only

    found = backend(language)
    return i18n.use(found) if found is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``threadline`` command; returns the exit status."""
    # A frozen build runs itself again as an import's worker process (store.batch_index):
    # that process parses mail and exits here, before any argument is read.
    if getattr(sys, "frozen", False):  # (a no-op otherwise: not imported at all then)
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    previous = speak_the_users_language(argv, _first_positional(argv))
    try:
        return _main(argv)
    finally:
        if previous is not None:
            i18n.use(previous)


def _main(argv: list[str]) -> int:
    _quiet_streams()
    word = _first_positional(argv)
    commands = COMMAND_NAMES
    if word == "help":
        build_command_parser()[0].print_help()
        return 0
    try:
        if word in commands:
            _commands_report_for_themselves()
            args = build_command_parser(modules_for(word))[0].parse_args(argv)
            _decode_arguments(args)
            result: int = args.func(args)
            sys.stdout.flush()  # a closed pipe is noticed here, not at exit
            return result
        gui_args = build_gui_parser().parse_args(argv)
        import_window_modules()
        from threadline.ui.app import run_gui  # Qt is imported only for the GUI

        return run_gui(gui_args)
    except ThreadlineError as error:  # may quote a server or a file name
        from threadline.core.terminal import safe_line

        print(f"threadline: {safe_line(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        interrupted = translate("cli", "interrupted")
        print(f"threadline: {interrupted}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `threadline threads | head -1`: the reader has enough
        _quiet_closed_stdout()
        return BROKEN_PIPE
    except Exception as error:  # a bug of ours: one line, never a traceback (unless asked)
        if os.environ.get(DEBUG_ENV) or word not in commands:
            raise  # the desktop app has its own crash dialog
        bug = translate(
            "cli",
            "an error in Threadline itself ({error}) stopped this command. Please report it; "
            "{variable}=1 shows the details.",
        )
        print(
            f"threadline: {bug.format(error=type(error).__name__, variable=DEBUG_ENV)}",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
