"""The command-line entry point."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

import threadline
from helpers.mail import make_raw
from threadline.cli import (
    COMMAND_MODULES,
    COMMAND_NAMES,
    build_command_parser,
    build_gui_parser,
    main,
    modules_for,
)
from threadline.paths import Profile
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore


def test_version_flag_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Threadline {threadline.__version__}"


def test_python_dash_m_runs_the_same_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == f"Threadline {threadline.__version__}"


def test_starting_the_app_without_a_display_says_so_plainly(tmp_path: object) -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("threadline: There is no graphical display")
    assert done.stderr.count("\n") == 1
    german = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path)],
        capture_output=True, text=True, timeout=60, env={**env, "THREADLINE_LANG": "de"},
    )  # fmt: skip
    assert german.returncode == 1
    assert german.stderr.startswith("threadline: Es gibt keine grafische Anzeige")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["help"]) == 0
    out = capsys.readouterr().out
    for command in ("import", "threads", "show", "accounts", "send", "outbox"):
        assert command in out


# -- issue 12, point 10: pipes, abbreviations, one line per problem ---------------------


def _every_parser(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.extend(_every_parser(child))
    return found


def test_no_parser_takes_an_abbreviation_for_another_option() -> None:
    parser, _commands = build_command_parser()
    parsers = [*_every_parser(parser), build_gui_parser()]
    assert len(parsers) > 10
    assert all(not p.allow_abbrev for p in parsers)


@pytest.mark.parametrize(
    "args",
    [
        ["send", "--att", "x.pdf", "--to", "a@example.com"],  # not --attach
        ["send", "--subj", "s"],  # not --subject
        ["threads", "--lim", "3"],  # not --limit
        ["accounts", "add", "a@x.org", "--na", "Ann"],  # not --name
    ],
)
def test_an_unknown_option_is_one_line_exit_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--profile", str(tmp_path), *args])
    assert raised.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    bad = next(arg for arg in args if arg in ("--att", "--subj", "--lim", "--na"))
    assert "unrecognized arguments" in captured.err and bad in captured.err


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path: Path) -> None:
    store = MessageStore(db.connect(Profile.at(tmp_path / "p").ensure().store_path))
    import_bytes(store, [make_raw(f"m{n}@x.org", subject=f"Subject {n} " + "x" * 60)
                         for n in range(3000)])  # fmt: skip
    store.conn.close()
    command = (
        f'"{sys.executable}" -m threadline --profile "{tmp_path / "p"}" threads --limit 5000'
        ' | head -1; echo "status ${PIPESTATUS[0]}" >&2'
    )
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert done.stderr.strip() == "status 141"


def test_a_bug_in_a_command_is_one_line_unless_debugging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threadline.commands.threads as threads

    def broken(_args: argparse.Namespace) -> int:
        raise ZeroDivisionError("secret detail")

    monkeypatch.setattr(threads, "run_threads", broken)
    assert main(["--profile", str(tmp_path), "threads"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "secret detail" not in err
    monkeypatch.setenv("THREADLINE_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["--profile", str(tmp_path), "threads"])


# -- issue 14: start-up imports only what the window needs ------------------------------


def test_the_command_names_known_up_front_are_those_the_modules_register() -> None:
    _parser, registered = build_command_parser()
    assert registered == COMMAND_NAMES


def probe_lists(probe: str) -> list[str]:
    """The words ``probe`` (Python code) prints, run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_starting_the_app_imports_no_command_sending_or_imap_module() -> None:
    """The window's modules leave out sending, IMAP, OAuth, import, the composer and
    replying (with the address parser): each is imported when first used, or by the
    worker thread that uses it."""
    probe = (
        "import sys\n"
        "from threadline import cli\n"
        "cli.build_gui_parser()\n"
        "import threadline.ui.app, threadline.ui.main_window\n"
        "late = ('threadline.commands', 'threadline.services.sending', 'threadline.mailer',"
        " 'threadline.services.syncing', 'threadline.store.importer',"
        " 'threadline.store.batch_index', 'threadline.ui.composer',"
        " 'threadline.ui.accounts_dialog', 'threadline.ui.outbox_dialog',"
        " 'threadline.net.oauth', 'threadline.net.remote_images', 'imapclient', 'smtplib',"
        " 'authlib', 'requests', 'keyring', 'multiprocessing', 'threadline.core.compose',"
        " 'threadline.core.reply', 'threadline.core.addresses', 'threadline.drafts',"
        " 'threadline.services.replying', 'threadline.services.identities',"
        " 'threadline.core.parse', 'threadline.store.indexing', 'threadline.core.sanitize',"
        " 'nh3', 'email.policy', 'threadline.store.outbox', 'threadline.store.trash',"
        " 'threadline.services.deleting', 'threadline.ui.attachment_strip',"
        " 'threadline.ui.thread_view')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(late))))\n"
    )
    assert probe_lists(probe) == []


@pytest.mark.parametrize("command", [["outbox"], ["threads"], ["show", "1"]])
def test_a_listing_command_loads_neither_sending_nor_imap_nor_the_other_commands(
    tmp_path: Path, command: list[str]
) -> None:
    """Scripts run these often: each loads its own command module only, and no smtplib,
    keyring, imapclient or mailer (``threadline outbox`` took 0.45 s, now 0.1 s)."""
    others = tuple(f"threadline.commands.{name}" for name in COMMAND_MODULES
                   if name not in modules_for(command[0]))  # fmt: skip
    heavy = ("smtplib", "keyring", "imapclient", "threadline.mailer", "PySide6",
             "threadline.services.sending", "threadline.services.syncing", *others)  # fmt: skip
    probe = (
        "import sys\n"
        "from threadline import cli\n"
        f"cli.main(['--profile', {str(tmp_path / 'profile')!r}, *{command!r}])\n"
        f"print('LOADED', *sorted(m for m in sys.modules if m.startswith({heavy!r})))\n"
    )
    words = probe_lists(probe)
    assert words[words.index("LOADED") + 1 :] == []


def test_the_window_s_plain_python_modules_are_imported_before_qt() -> None:
    """PySide reads the source of each module imported after it (PYSIDE-2029): every
    module the window's code imports that does not use Qt is in cli.WINDOW_MODULES, which
    the app imports first. The probe lists the ones that would be read."""
    probe = (
        "import os, sys\n"
        "from threadline import cli\n"
        "cli.import_window_modules()\n"
        "import PySide6.QtWidgets\n"
        "before = set(sys.modules)\n"
        "import threadline.ui.app, threadline.ui.main_window\n"
        "def plain(name):\n"
        "    path = getattr(sys.modules[name], '__file__', None)\n"
        "    if not (isinstance(path, str) and path.endswith('.py') and os.path.isfile(path)):\n"
        "        return False\n"
        "    with open(path, encoding='utf-8', errors='replace') as source:\n"
        "        return 'PySide6' not in source.read()\n"
        "print(' '.join(sorted(m for m in set(sys.modules) - before if plain(m))))\n"
    )
    assert probe_lists(probe) == []


# -- issue 15: the command line speaks the user's language -------------------------------

#: Variables that choose a language; each test sets its own.
LANGUAGE_VARIABLES = ("THREADLINE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run_in(language: dict[str, str], profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``threadline --profile PROFILE ARGS`` in a process whose language is ``language``."""
    env = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=60, env={**env, **language},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ({"LANG": "C"},
         "threadline: There is no conversation 999. 'threadline threads' lists them."),
        ({"THREADLINE_LANG": "de", "LANG": "C"},
         "threadline: Es gibt keine Unterhaltung 999. 'threadline threads' listet sie auf."),
        ({"LANG": "fr_FR.UTF-8"},
         "threadline: Il n’y a pas de conversation 999. 'threadline threads' les liste."),
        ({"LANGUAGE": "ar:fr", "LANG": "de_DE.UTF-8"},
         "threadline: لا توجد محادثة 999. 'threadline threads' يسردها."),
    ],
)  # fmt: skip
def test_an_error_in_the_users_language_with_the_same_exit_status(
    language: dict[str, str], expected: str, tmp_path: Path
) -> None:
    done = run_in(language, tmp_path, "show", "999")
    assert done.returncode == 2
    assert done.stderr == expected + "\n"
    assert done.stdout == ""


def test_help_in_the_users_language(tmp_path: Path) -> None:
    english = run_in({"LANG": "C"}, tmp_path, "send", "--help").stdout
    german = run_in({"THREADLINE_LANG": "de"}, tmp_path, "send", "--help").stdout
    assert "reply to any message by its Message-ID" in english
    assert "auf eine beliebige Nachricht über ihre Message-ID antworten" in german
    assert "a name you choose" not in german


def test_json_stays_english_for_scripts(tmp_path: Path) -> None:
    store = MessageStore(db.connect(Profile.at(tmp_path).ensure().store_path))
    import_bytes(store, [make_raw("a@x.org", subject="Budget")])
    store.conn.close()
    for args in (["threads", "--json"], ["show", "1", "--json"], ["outbox", "--json"]):
        english = run_in({"LANG": "C"}, tmp_path, *args)
        german = run_in({"THREADLINE_LANG": "de"}, tmp_path, *args)
        assert english.returncode == german.returncode == 0
        assert german.stdout == english.stdout and english.stdout.startswith(("[", "{"))
    # and its errors, which scripts read too
    failed = run_in({"THREADLINE_LANG": "de"}, tmp_path, "show", "999", "--json")
    assert failed.returncode == 2
    assert failed.stderr.startswith("threadline: There is no conversation 999.")


def test_an_english_command_imports_no_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from threadline.cli import main\n"
        f"assert main(['--profile', {str(tmp_path)!r}, 'outbox']) == 0\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))),"
        " file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    for language, qt in (({"LANG": "C"}, ""), ({"LANG": "en_US.UTF-8"}, ""),
                         ({"THREADLINE_LANG": "fr"}, "PySide6.QtCore")):  # fmt: skip
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              timeout=60, env={**env, **language}, check=True)  # fmt: skip
        loaded = done.stderr.split()
        assert [m for m in loaded if m.startswith("PySide6.Qt")] == ([qt] if qt else [])
        assert bool(loaded) == bool(qt)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["0 Threadline-Dateien sind", "1 Threadline-Datei ist", "2 Threadline-Dateien sind",
                "5 Threadline-Dateien sind", "21 Threadline-Dateien sind"]),
        ("fr", ["0 fichier de Threadline rendu", "1 fichier de Threadline rendu",
                "2 fichiers de Threadline rendus", "5 fichiers de Threadline rendus",
                "21 fichiers de Threadline rendus"]),
        ("ar", ["لم يُجعل أي ملف", "جُعل ملف واحد", "جُعل ملفان", "جُعلت 5 ملفات", "جُعل 21 ملفًا"]),
        ("en", ["Made 0 Threadline files", "Made 1 Threadline file private",
                "Made 2 Threadline files", "Made 5 Threadline files", "Made 21 Threadline files"]),
    ],
)  # fmt: skip
def test_the_command_lines_plural_forms_for_0_1_2_5_21(language: str, expected: list[str]) -> None:
    from threadline import i18n
    from threadline.paths import private_notice
    from threadline.ui.catalogue import backend

    previous = i18n.use(backend(language) if language != "en" else None)
    try:
        said = [private_notice(n) for n in (0, 1, 2, 5, 21)]
    finally:
        i18n.use(previous)
    assert [s.startswith(e) for s, e in zip(said, expected, strict=True)] == [True] * 5, said


#: Words that stay as they are in every language (names, and the command line's own).
NAMES = {"Threadline", "threadline", "IMAP", "SMTP", "HOST", "ADDRESS", "PATH"}


def english_words(text: str) -> list[str]:
    """Words of ``text`` outside the pseudo-locale's brackets (an untranslated string)."""
    import re

    text = re.sub(r"\[[^\[\]]*\]", " ", text).replace("threadline:", " ")
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in NAMES]


def test_the_pseudo_locale_leaves_no_english(tmp_path: Path) -> None:
    """Every message of a few commands' outputs and error paths is translated: in the
    pseudo-locale nothing is left outside its brackets."""
    pseudo = {"THREADLINE_LANG": "pseudo"}
    said = []
    missing = str(tmp_path / "nowhere.mbox")
    for args in (["show", "999"], ["outbox"], ["sync"], ["threads", "--help"],
                 ["accounts", "add", "ann@example.org", "--host", " "],
                 ["accounts", "edit", "ann@example.org"],
                 ["send", "--to", "bob@example.org", "--subject", "Hi", "--body", "x"],
                 ["import", missing]):  # fmt: skip
        done = run_in(pseudo, tmp_path, *args)
        said.append((args, (done.stdout + done.stderr).replace(missing, "PATH")))
    left = [(args, english_words(text)) for args, text in said if english_words(text)]
    helps = said[3][1]
    assert "[" in helps and len(said) == 8
    assert "PATH" in said[7][1]  # the import's problem and summary were said
    # argparse's own words ("usage:", "options:", "show this help message and exit") and
    # the options' and metavars' names stay English
    argparse_words = {"usage", "options", "show", "this", "help", "message", "and", "exit",
                      "threads", "limit", "LIMIT", "search", "WORDS", "json"}  # fmt: skip
    left = [(args, [w for w in words if w not in argparse_words]) for args, words in left]
    assert [entry for entry in left if entry[1]] == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Imported 0 messages.", "Imported 1 message.", "Imported 2 messages.",
                "Imported 5 messages.", "Imported 21 messages."]),
        ("de", ["0 Nachrichten importiert.", "1 Nachricht importiert.", "2 Nachrichten importiert.",
                "5 Nachrichten importiert.", "21 Nachrichten importiert."]),
        ("fr", ["0 message importé.", "1 message importé.", "2 messages importés.",
                "5 messages importés.", "21 messages importés."]),
        ("ar", ["لم تُستورد أي رسالة.", "استُوردت رسالة واحدة.", "استُوردت رسالتان.",
                "استُوردت 5 رسائل.", "استُوردت 21 رسالة."]),
    ],
)  # fmt: skip
def test_the_import_summary_in_plural_forms_for_0_1_2_5_21(
    language: str, expected: list[str]
) -> None:
    from threadline import i18n
    from threadline.store.importer import ImportReport
    from threadline.ui.catalogue import backend

    previous = i18n.use(backend(language) if language != "en" else None)
    try:
        said = [ImportReport(imported=n).summary() for n in (0, 1, 2, 5, 21)]
        mixed = ImportReport(imported=3, duplicates=1, cancelled=True).summary()
    finally:
        i18n.use(previous)
    assert said == expected
    if language == "en":
        assert mixed == "Imported 3 messages (1 already there); cancelled before the end."


def test_an_import_speaks_german_end_to_end(tmp_path: Path) -> None:
    mail = tmp_path / "one.eml"
    mail.write_bytes(make_raw("a@x.org", subject="Budget"))
    done = run_in({"THREADLINE_LANG": "de"}, tmp_path / "profile", "import", str(mail))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "1 Nachricht importiert.\n"
    empty = tmp_path / "empty.txt"
    empty.write_text("no mail here\n")
    failed = run_in({"LANG": "fr_FR.UTF-8"}, tmp_path / "profile", "import", str(empty))
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"threadline: {empty} n’a pas été importé : ")
    assert failed.stdout == "0 message importé, 1 fichier ignoré.\n"
