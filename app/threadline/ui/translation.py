"""The user's language: which one, its translators, and the layout direction it reads in.

Threadline's catalogues are ``threadline_<lang>.qm`` files in ``threadline/data/translations``
(built by ``make translations`` from ``resources/translations/*.ts`` and committed; a test
checks they are current). The language is, in this order: the ``--lang`` option,
``THREADLINE_LANG``, then the system's UI languages (``QLocale.system()``); English (the
source text) when none of them has a catalogue. ``pseudo`` is the pseudo-locale, every
string bracketed, accented and 40 % longer, for finding untranslated and cut-off text.

Qt's own ``qtbase_<lang>.qm`` is installed beside ours, so the standard dialogs and the
buttons of message boxes speak the same language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from threadline.core.bidi import isolate
from threadline.resources import data_dir

ENV_VAR = "THREADLINE_LANG"
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def catalogue_dir() -> Path:
    """Where the compiled catalogues live (a checkout, a wheel or a frozen bundle)."""
    return data_dir() / "translations"


def available_languages() -> list[str]:
    """The languages with a catalogue, the pseudo-locale included."""
    found = sorted(p.stem.removeprefix("threadline_") for p in catalogue_dir().glob("*.qm"))
    return [name for name in found if name]


def _normalized(name: str) -> str:
    """``de_DE.UTF-8`` → ``de``, ``pt-BR`` → ``pt_BR``, ``C``/``POSIX`` → ``en``."""
    name = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    if name in ("", "C", "POSIX"):
        return SOURCE_LANGUAGE
    return name


def _match(name: str, available: list[str]) -> str | None:
    name = _normalized(name)
    if name == SOURCE_LANGUAGE or name.split("_")[0] == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    if name in available:
        return name
    base = name.split("_")[0]
    return base if base in available else None


def choose_language(
    option: str | None = None,
    environ: Mapping[str, str] | None = None,
    system: list[str] | None = None,
) -> str:
    """The language to show: ``--lang``, else ``THREADLINE_LANG``, else the system's."""
    available = available_languages()
    env = os.environ if environ is None else environ
    for wanted in (option, env.get(ENV_VAR)):
        if wanted:
            return _match(wanted, available) or SOURCE_LANGUAGE
    for wanted in QLocale.system().uiLanguages() if system is None else system:
        found = _match(wanted, available)
        if found:
            return found
    return SOURCE_LANGUAGE


def formats() -> QLocale:
    """The locale numbers are written in: the default one, but a bare C/POSIX system
    writes ``2,000`` (British English forms) rather than C's ``2000``."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return locale


def isolated(text: str) -> str:
    """Mail's own text (a name, a subject, an address) in its own direction: isolated
    (FSI…PDI) while the window runs right to left, where "Lunch on Friday?" would
    otherwise show its question mark at the wrong end; unchanged left to right."""
    if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolate(text)
    return text


def is_right_to_left(language: str) -> bool:
    return language.split("_")[0] in RIGHT_TO_LEFT


@dataclass
class Installed:
    """The translators installed on the application (kept alive while they are in use)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight

    def remove(self) -> None:
        """Back to what was there before (tests switch languages in one process)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        if isinstance(QCoreApplication.instance(), QGuiApplication):
            QGuiApplication.setLayoutDirection(self.previous_direction)


def install(language: str, app: QCoreApplication | None = None) -> Installed:
    """Install Threadline's and Qt's catalogues for ``language``, set the locale and the
    layout direction. English installs only its plural forms ("%n message(s)")."""
    installed = Installed(language, previous_locale=QLocale())
    app = app or QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        installed.previous_direction = QGuiApplication.layoutDirection()
    if app is not None:  # English too: its catalogue holds the plural forms
        ours = QTranslator(app)
        if ours.load(str(catalogue_dir() / f"threadline_{language}.qm")):
            app.installTranslator(ours)
            installed.translators.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if language not in (PSEUDO, SOURCE_LANGUAGE) and qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            installed.translators.append(qt_own)
    # Dates and numbers follow the chosen language (the system's own variant of it, e.g.
    # de_AT, when the system speaks it); the pseudo-locale keeps the system's formats.
    system_language = QLocale.system().name().split("_")[0]
    if language not in (PSEUDO, SOURCE_LANGUAGE) and system_language != language.split("_")[0]:
        QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(language) else None
        QGuiApplication.setLayoutDirection(direction or Qt.LayoutDirection.LeftToRight)
    return installed
