"""The translation files are current: the .ts files hold every string of app/threadline/ui
(pyside6-lupdate adds nothing), every string of German, French and Arabic is translated,
and the committed .qm files are byte for byte what pyside6-lrelease makes of the .ts files."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "translations.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = load_script()


def test_the_catalogues_are_current_and_complete() -> None:
    assert script.check() == []


def test_lrelease_is_deterministic(tmp_path: Path) -> None:
    ts = script.ts_path("de")
    script.lrelease(ts, tmp_path / "one.qm")
    script.lrelease(ts, tmp_path / "two.qm")
    assert (tmp_path / "one.qm").read_bytes() == (tmp_path / "two.qm").read_bytes()


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


@pytest.mark.parametrize("language", [*script.LANGUAGES, script.PSEUDO])
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for message in ET.parse(script.ts_path(language)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form)))
            # a plural form may leave %n out ("eine Nachricht" for 1), never add one
            if [p for p in found if p != "%n"] != [p for p in wanted if p != "%n"]:
                wrong.append((source, form))
    assert wrong == []


def test_arabic_has_six_plural_forms() -> None:
    root = ET.parse(script.ts_path("ar")).getroot()
    assert root.get("language") == "ar"
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            assert len(list(message.iter("numerusform"))) == 6


def test_pseudo_text_is_bracketed_longer_and_keeps_markup() -> None:
    text = script.pseudo("Send {count} <b>now</b> &amp; later")
    assert text.startswith("[") and text.endswith("]")
    assert "{count}" in text and "<b>" in text and "&amp;" in text
    assert len(text) >= len("Send {count} <b>now</b> &amp; later") * 1.3
    assert "Send" not in text


def test_attribute_comments_do_not_reach_the_catalogues(tmp_path: Path) -> None:
    """``#:`` documents attributes here; lupdate would take it for a note to translators,
    and every edit of such a comment would make the catalogues out of date."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        "<TS>\n<context>\n    <message>\n        <source>Send</source>\n"
        "        <extracomment>Whether the window was painted once.\n"
        "more</extracomment>\n        <translation>Senden</translation>\n"
        "    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    script.drop_extracomments(ts)
    text = ts.read_text(encoding="utf-8")
    assert "extracomment" not in text and "<translation>Senden</translation>" in text
    for catalogue in sorted(script.TS_DIR.glob("*.ts")):
        assert "<extracomment>" not in catalogue.read_text(encoding="utf-8"), catalogue.name


def test_every_text_with_a_number_has_plural_forms() -> None:
    """A %n text extracted without plural forms was written ``translate(ctx, text, None, n)``
    (lupdate reads a variable there as Qt 4's encoding argument): it must go through
    ``i18n.Context(ctx).tr`` or ``self.tr``, or no language gets its plural forms."""
    singular = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(script.ts_path("de")).getroot().iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert singular == []
