"""The command line's words in another language: a catalogue in a standalone QTranslator.

The command line has no QCoreApplication, and needs none to translate: a QTranslator
looks texts up by itself. This module imports only ``PySide6.QtCore`` (no GUI, no
platform plugin), and ``cli.py`` imports it only when the chosen language is not English,
so an English command never loads Qt. The desktop app translates through its installed
translators instead (``ui.translation.install``).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from threadline import i18n


def backend(language: str) -> i18n.Backend | None:
    """An :mod:`threadline.i18n` backend speaking ``language`` (``None`` when it has no
    catalogue). A text the catalogue lacks stays English."""
    translator = QTranslator()
    if not translator.load(str(i18n.catalogue_dir() / f"threadline_{language}.qm")):
        return None

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1
                  ) -> str:  # fmt: skip
        found = translator.translate(context, source, disambiguation, n)
        if not found:
            return i18n.english(context, source, disambiguation, n)
        # QTranslator leaves %n as it is (QCoreApplication.translate fills it in)
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate
