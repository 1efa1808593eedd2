"""Words for people in the user's language, below the windows and on the command line.

The layers under ``ui/`` (``store``, ``net``, ``core``, ``services``, the mailer) and the
command line mark their messages with :func:`translate`, which has the signature of Qt's
``QCoreApplication.translate``. lupdate extracts them into the same catalogues as the
windows' words (``resources/translations/threadline_<lang>.ts``): translators keep one file
per language and one set of terms. This module imports no Qt, so those layers stay
Qt-free (scripts and the English command line never load Qt); whoever speaks to the user
installs a *backend* with :func:`use`:

- nobody (scripts, tests, the English command line): :func:`english`, the source text with
  its English plural forms ("1 message", "2 messages") read without Qt from
  :data:`ENGLISH_PLURALS`, a table ``make translations`` writes from the English catalogue;
- the desktop app: ``ui.translation.install`` installs ``QCoreApplication.translate``,
  so the application's translators answer;
- the command line in another language: ``ui.catalogue`` loads that language's
  catalogue into a standalone ``QTranslator`` (importing Qt only then).

Marking texts (lupdate reads the calls, so context and text are literals; import the
function by its name)::

    from threadline.i18n import Context, translate

    translate("smtp", "{host} refused the connection.").format(host=host)

    imported = Context("imported")  # named like its context: lupdate takes the name
    imported.tr("%n message(s) imported.", "", count)

A text with a number (%n) goes through a :class:`Context`: lupdate reads the fourth
argument of ``translate(context, text, None, count)`` as Qt 4's encoding argument and marks
no plural unless it is a literal number. Values go in with ``.format(name=...)`` after
translating, never by joining pieces of sentences.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from threadline.resources import data_dir

#: ``backend(context, source, disambiguation, n)``: the text for people, %n replaced.
Backend = Callable[[str, str, str | None, int], str]

ENV_VAR = "THREADLINE_LANG"
SOURCE_LANGUAGE = "en"
#: Where the command line looks for the user's language after ``THREADLINE_LANG``:
#: the locale's variables in the order gettext reads them.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text; for a number, its English form ("1 message", "2 messages")."""
    if n < 0:
        return source
    plurals = _english_plurals()  # Qt's English rule: the first form for 1, else the second
    forms = plurals.get((context, source, disambiguation or "")) or plurals.get(
        (context, source, "")
    )
    text = (forms[0] if n == 1 else forms[-1]) if forms else source
    return text.replace("%n", str(n))


_backend: Backend = english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the user's language (``QCoreApplication.translate``'s signature)."""
    return _backend(context, source, disambiguation, n)


def use(backend: Backend | None) -> Backend:
    """Translate with ``backend`` from now on (``None``: English again); returns the one
    used before, so a caller (a test, the GUI's translators) can put it back."""
    global _backend
    previous, _backend = _backend, backend or english
    return previous


class Context:
    """A context for texts with a number: ``name.tr("%n file(s)", "", count)``.

    The object must be named like its context (lupdate takes the name before ``.tr``
    for the context); tests/test_i18n.py checks that every one is.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Mark a text of a table filled at import time (before the language is chosen) for
    the catalogues; it is translated where it is shown: ``translate(context, text)``."""
    return source


# -- the catalogues and the command line's language -------------------------------------


def catalogue_dir() -> Path:
    """Where the compiled catalogues live (a checkout, a wheel or a frozen bundle)."""
    return data_dir() / "translations"


def available_languages() -> list[str]:
    """The languages with a catalogue, the pseudo-locale included."""
    found = sorted(p.stem.removeprefix("threadline_") for p in catalogue_dir().glob("*.qm"))
    return [name for name in found if name]


def normalized(name: str) -> str:
    """``de_DE.UTF-8`` → ``de_DE``, ``pt-BR`` → ``pt_BR``, ``C``/``POSIX`` → ``en``."""
    name = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    if name in ("", "C", "POSIX"):
        return SOURCE_LANGUAGE
    return name


def match_language(name: str, available: list[str]) -> str | None:
    """The catalogue for ``name`` (``fr_CA`` finds ``fr``), English for English and C, or
    ``None`` when there is none."""
    name = normalized(name)
    if name == SOURCE_LANGUAGE or name.split("_")[0] == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    if name in available:
        return name
    base = name.split("_")[0]
    return base if base in available else None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language, without Qt: ``THREADLINE_LANG``, else as gettext
    chooses: ``LANGUAGE`` (a list, ``fr:de``) unless the locale (``LC_ALL``, else
    ``LC_MESSAGES``, else ``LANG``) is C, then the locale. English when none of them names
    a language with a catalogue."""
    env = os.environ if environ is None else environ
    wanted = env.get(ENV_VAR)
    if wanted:
        return match_language(wanted, available_languages()) or SOURCE_LANGUAGE
    locale = next((env[name] for name in LOCALE_VARIABLES if env.get(name)), "C")
    if normalized(locale) == SOURCE_LANGUAGE and not locale.startswith(SOURCE_LANGUAGE):
        return SOURCE_LANGUAGE  # C, POSIX, C.UTF-8: gettext ignores LANGUAGE then too
    names = [n for n in env.get("LANGUAGE", "").split(":") if n] or [locale]
    if match_language(names[0], []) == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE  # English first: no need to look at the catalogues
    available = available_languages()
    return next((found for n in names if (found := match_language(n, available))), SOURCE_LANGUAGE)


# -- English plural forms, without Qt ---------------------------------------------------

#: The English plural forms of the texts with a number, as ``make translations`` writes
#: them from ``threadline_en.ts`` beside the catalogues (and a test keeps them current).
ENGLISH_PLURALS = "threadline_en_plurals.json"


@cache
def _english_plurals() -> dict[tuple[str, str, str], list[str]]:
    try:
        entries = json.loads((catalogue_dir() / ENGLISH_PLURALS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {(e["context"], e["source"], e["comment"]): e["forms"] for e in entries}
