"""The command line's catalogue: a standalone QTranslator translates without an application,
fills in %n with the language's plural forms, and leaves a text it lacks in English."""

from __future__ import annotations

import subprocess
import sys

import pytest

from threadline.ui.catalogue import backend


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            ["0 Nachrichten", "1 Nachricht", "2 Nachrichten", "5 Nachrichten", "21 Nachrichten"],
        ),
        ("fr", ["0 message", "1 message", "2 messages", "5 messages", "21 messages"]),
        ("ar", ["لا رسائل", "رسالة واحدة", "رسالتان", "5 رسائل", "21 رسالة"]),
    ],
)
def test_a_language_with_its_plural_forms(language: str, expected: list[str]) -> None:
    translate = backend(language)
    assert translate is not None
    words = [translate("_ListWords", "%n message(s)", "", n) for n in (0, 1, 2, 5, 21)]
    assert words == expected


def test_a_text_the_catalogue_lacks_stays_english() -> None:
    translate = backend("de")
    assert translate is not None
    assert translate("nowhere", "Not in any catalogue.", None, -1) == "Not in any catalogue."
    # English plural forms for it too
    assert translate("_ListWords", "%n message(s)", "unknown", 1) == "1 Nachricht"


def test_no_catalogue_no_backend() -> None:
    assert backend("xx") is None


def test_it_needs_qt_core_only() -> None:
    probe = (
        "import sys\n"
        "from threadline.ui.catalogue import backend\n"
        "assert backend('fr')('_ListWords', '%n message(s)', '', 2) == '2 messages'\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip() == "['PySide6.QtCore']"
