"""The Qt-free translation of the lower layers' and the command line's messages: English
(with its plural forms) unless a backend is installed, the command line's language from
the environment as gettext reads it, and no Qt for any of it."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from threadline import i18n
from threadline.i18n import Context, translate

SOURCE = Path(__file__).resolve().parents[1] / "app" / "threadline"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    previous = i18n.use(None)
    yield
    i18n.use(previous)


def test_english_is_the_source_text() -> None:
    assert translate("cli", "The password is empty.") == "The password is empty."
    assert translate("cli", "Nothing to change: {x}.").format(x="y") == "Nothing to change: y."


def test_english_plural_forms_come_from_the_english_catalogue() -> None:
    words = [translate("_ListWords", "%n message(s)", None, n) for n in (0, 1, 2, 21)]
    assert words == ["0 messages", "1 message", "2 messages", "21 messages"]
    # a disambiguation the catalogue does not know finds the text without one, as Qt does
    assert translate("_ListWords", "%n message(s)", "other", 1) == "1 message"


def test_a_number_fills_in_percent_n_even_without_a_catalogue_entry() -> None:
    assert translate("nowhere", "%n item(s) left", None, 3) == "3 item(s) left"
    assert translate("nowhere", "100%n", None, -1) == "100%n"  # no number: left alone


def test_a_backend_translates_until_the_previous_one_is_put_back() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def shouting(context: str, source: str, disambiguation: str | None = None, n: int = -1
                 ) -> str:  # fmt: skip
        calls.append((context, source, disambiguation, n))
        return source.upper()

    previous = i18n.use(shouting)
    assert previous is i18n.english
    assert translate("smtp", "refused") == "REFUSED"
    assert Context("imported").tr("%n message(s)", "", 2) == "%N MESSAGE(S)"
    assert calls[-1] == ("imported", "%n message(s)", "", 2)
    assert i18n.use(previous) is shouting
    assert translate("smtp", "refused") == "refused"
    i18n.use(shouting)
    i18n.use(None)  # None: English again
    assert translate("smtp", "refused") == "refused"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),  # nothing set: the C locale
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),  # a variant finds its language
        ({"LANG": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),  # no catalogue: English
        ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),  # LANGUAGE first, a list
        ({"LANGUAGE": "ja:ar", "LANG": "de_DE.UTF-8"}, "ar"),
        ({"LANGUAGE": "fr", "LANG": "C"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ({"LANGUAGE": "fr", "LC_ALL": "C.UTF-8", "LANG": "de_DE"}, "en"),
        ({"THREADLINE_LANG": "ar", "LANG": "de_DE.UTF-8"}, "ar"),  # ours wins
        ({"THREADLINE_LANG": "pseudo"}, "pseudo"),
        ({"THREADLINE_LANG": "xx", "LANG": "de_DE.UTF-8"}, "en"),  # asked for: not the system
    ],
)
def test_the_command_lines_language_comes_from_the_environment(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.environment_language(environ) == expected


def test_the_english_plural_forms_are_read_without_qt() -> None:
    found = i18n._english_plurals()
    assert found[("_ListWords", "%n message(s)", "")] == ["%n message", "%n messages"]
    assert i18n.english("_ListWords", "%n message(s)", None, 1) == "1 message"
    assert i18n.english("_ListWords", "%n message(s)", None, 21) == "21 messages"
    assert i18n.english("nowhere", "%n thing(s)", None, 2) == "2 thing(s)"  # unknown: as is


def test_english_needs_no_qt() -> None:
    probe = (
        "import sys\n"
        "from threadline.i18n import translate\n"
        "assert translate('_ListWords', '%n message(s)', None, 1) == '1 message'\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip() == "[]"


def context_objects() -> list[tuple[str, str, str]]:
    """(where, variable, context) of every ``name = Context("...")`` in the package."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_bytes())):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "Context"
            ):
                (target,) = node.targets
                argument = node.value.args[0]
                assert isinstance(target, ast.Name) and isinstance(argument, ast.Constant)
                where = f"{path.relative_to(SOURCE)}:{node.lineno}"
                found.append((where, target.id, str(argument.value)))
    return found


def test_every_context_object_is_named_like_its_context() -> None:
    """lupdate takes the name before ``.tr(`` for the context: another name would file the
    text where the program never looks it up."""
    wrong = [f"{where}: {name} = Context({context!r})"
             for where, name, context in context_objects() if name != context]  # fmt: skip
    assert wrong == []


def test_a_text_marked_in_a_table_is_translated_where_it_is_shown() -> None:
    """QT_TRANSLATE_NOOP leaves a table's text English (it is filled at import time, before
    the language is chosen); lupdate puts it in the catalogues, and translate() finds it."""
    from threadline.core.mail_providers import preset_for

    preset = preset_for("ann@yahoo.com")
    assert preset is not None
    assert i18n.QT_TRANSLATE_NOOP("ctx", "text") == "text"
    assert preset.hint.startswith("Yahoo takes an app password")

    def german(context: str, source: str, disambiguation: str | None = None, n: int = -1
               ) -> str:  # fmt: skip
        from threadline.ui.catalogue import backend

        found = backend("de")
        assert found is not None
        return found(context, source, disambiguation, n)

    i18n.use(german)
    assert translate("mail_providers", preset.hint).startswith("Yahoo verlangt ein App-Passwort")
