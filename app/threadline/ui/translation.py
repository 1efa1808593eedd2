"""The user's language: which one, its translators, and the layout direction it reads in.

Threadline's catalogues are ``threadline_<lang>.qm`` files in ``threadline/data/translations``
(built by ``make translations`` from ``resources/translations/*.ts`` and committed; a test
checks they are current). The language is, in this order: the ``--lang`` option,
``THREADLINE_LANG``, then the system's UI languages (``QLocale.system()``); English (the
source text) when none of them has a catalogue. ``pseudo`` is the pseudo-locale, every
string bracketed, accented and 40 % longer, for finding untranslated and cut-off text.

Qt's own ``qtbase_<lang>.qm`` is installed beside ours, so the standard dialogs and the
buttons of message boxes speak the same language. The layers below the windows translate
their messages (an SMTP error, an invalid address) through :mod:`threadline.i18n`, which
``install`` points at ``QCoreApplication.translate``: the same translators answer them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from threadline import i18n
from threadline.core.bidi import isolate
from threadline.i18n import ENV_VAR, SOURCE_LANGUAGE, available_languages, catalogue_dir
from threadline.i18n import match_language as _match

PSEUDO = "pseudo"
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


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
    previous_backend: i18n.Backend | None = None

    def remove(self) -> None:
        """Back to what was there before (tests switch languages in one process)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.previous_backend is not None:
            i18n.use(self.previous_backend)
            self.previous_backend = None
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
        # the lower layers' messages through the same translators
        installed.previous_backend = i18n.use(QCoreApplication.translate)
    # Dates and numbers follow the chosen language (the system's own variant of it, e.g.
    # de_AT, when the system speaks it); the pseudo-locale keeps the system's formats.
    system_language = QLocale.system().name().split("_")[0]
    if language not in (PSEUDO, SOURCE_LANGUAGE) and system_language != language.split("_")[0]:
        QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(language) else None
        QGuiApplication.setLayoutDirection(direction or Qt.LayoutDirection.LeftToRight)
    return installed
