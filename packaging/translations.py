"""Threadline's translations: extract, pseudo-translate, compile, check (``make translations``).

    python packaging/translations.py            lupdate + pseudo + lrelease (what make runs)
    python packaging/translations.py --check    fail when a .ts or .qm is not current

``pyside6-lupdate`` extracts the strings of ``app/threadline`` (the windows' ``tr`` and
``translate`` calls, and those of :mod:`threadline.i18n` in the command line and the layers
below the windows) into ``resources/translations/threadline_<lang>.ts`` (the translators'
files, edited with ``pyside6-linguist`` or a text editor); ``threadline_pseudo.ts`` is
generated from them (every string bracketed, accented and 40 % longer);
``pyside6-lrelease`` compiles each into ``app/threadline/data/translations/threadline_<lang>.qm``.
The .qm files are committed (so a checkout, a wheel, the Flatpak and the PyInstaller bundle
need no Qt tools to build) and ``--check`` (run by tests/packaging/test_translations.py)
proves they are what lrelease makes of the .ts files today, and that the .ts files hold
every string of the source.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "threadline"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "app" / "threadline" / "data" / "translations"
LANGUAGES = ("de", "fr", "ar")  # translated by people; add a language here and in README
#: English is the source text; its catalogue holds the plural forms only ("%n message(s)"
#: is "1 message", "2 messages"), as Qt's plural handling asks for.
ENGLISH = "en"
PSEUDO = "pseudo"
BIN = Path(sys.executable).parent

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as written: {placeholders}, %n / %1, HTML tags and entities, & before a mnemonic.
_KEEP = re.compile(r"\{[a-z_]*\}|%L?n|%\d|<[^>]*>|&[a-z]+;|&&|&(?=\w)")


def tool(name: str) -> str:
    """A Qt tool of this Python's PySide6 (the venv's bin), else from PATH."""
    local = BIN / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def pseudo(text: str) -> str:
    """``Send later…`` → ``[Šéñđ ļåţéŕ… ~~~~]``: accented, 40 % longer, bracketed."""
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTS))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTS))
    visible = len(re.sub(r"<[^>]*>", "", text))
    padding = "~" * max(1, round(visible * 0.4) - 2)
    return f"[{''.join(pieces)} {padding}]"


def ts_path(language: str) -> Path:
    return TS_DIR / f"threadline_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"threadline_{language}.qm"


def lupdate(ts_files: list[Path], language: str | None = None) -> None:
    command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    if language == ENGLISH:
        command.append("-pluralonly")
    command += ["-extensions", "py", str(SOURCES)]
    if language:
        command += ["-target-language", language]
    subprocess.run([*command, "-ts", *map(str, ts_files)], check=True)
    for ts_file in ts_files:
        drop_extracomments(ts_file)


#: lupdate reads a ``#:`` comment before a translated string as a note for translators;
#: in this code ``#:`` documents attributes, which said nothing to translators and made
#: every edit of such a comment change the catalogues.
_EXTRACOMMENT = re.compile(r"[ \t]*<extracomment>.*?</extracomment>\n", re.S)


def drop_extracomments(ts_file: Path) -> None:
    """Take lupdate's ``<extracomment>`` notes out of ``ts_file``."""
    text = ts_file.read_text(encoding="utf-8")
    cleaned = _EXTRACOMMENT.sub("", text)
    if cleaned != text:
        ts_file.write_text(cleaned, encoding="utf-8")


def write_pseudo(template: Path, target: Path) -> None:
    """The pseudo catalogue: every message of ``template`` pseudo-translated."""
    tree = ET.parse(template)  # noqa: S314 (our own files)
    root = tree.getroot()
    root.set("language", "en")  # English plural rules: two numerus forms
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n')


def lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True)


#: Beside the catalogues: English plural forms for threadline.i18n, which reads them
#: without Qt (the command line in English never loads Qt).
ENGLISH_PLURALS = "threadline_en_plurals.json"


def write_english_plurals(ts_file: Path, target: Path) -> None:
    """The numerus forms of the English catalogue as JSON: context, source, comment, forms."""
    entries = []
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 (our own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [form.text or "" for form in message.iter("numerusform")]
            entries.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "comment": message.findtext("comment") or "",
                    "forms": forms,
                }
            )
    entries.sort(key=lambda e: (e["context"], e["source"], e["comment"]))
    target.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> None:
    """lupdate every language, regenerate the pseudo catalogue, lrelease all of them, and
    write the English plural forms for the layers without Qt."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    for language in (ENGLISH, *LANGUAGES):
        lupdate([ts_dir / f"threadline_{language}.ts"], language)
    write_pseudo(ts_dir / f"threadline_{LANGUAGES[0]}.ts", ts_dir / f"threadline_{PSEUDO}.ts")
    for language in (ENGLISH, *LANGUAGES, PSEUDO):
        lrelease(ts_dir / f"threadline_{language}.ts", qm_dir / f"threadline_{language}.qm")
    write_english_plurals(ts_dir / f"threadline_{ENGLISH}.ts", qm_dir / ENGLISH_PLURALS)


def unfinished(ts_file: Path) -> list[str]:
    """The source texts of ``ts_file`` with no (or an unfinished) translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):  # noqa: S314
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            missing.append(message.findtext("source") or "")
            continue
        forms = list(translation.iter("numerusform"))
        if not (all(f.text for f in forms) if forms else translation.text):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    """What is not current, in words (empty when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        ts_copy, qm_copy = Path(scratch) / "ts", Path(scratch) / "qm"
        shutil.copytree(TS_DIR, ts_copy, ignore=shutil.ignore_patterns("*.md"))
        build(ts_copy, qm_copy)
        for language in (ENGLISH, *LANGUAGES, PSEUDO):
            name = f"threadline_{language}"
            if not filecmp.cmp(ts_copy / f"{name}.ts", ts_path(language), shallow=False):
                problems.append(f"{name}.ts is not current: run make translations")
            if not qm_path(language).exists() or not filecmp.cmp(
                qm_copy / f"{name}.qm", qm_path(language), shallow=False
            ):
                problems.append(f"{name}.qm is not current: run make translations")
        plurals = QM_DIR / ENGLISH_PLURALS
        if not plurals.exists() or not filecmp.cmp(
            qm_copy / ENGLISH_PLURALS, plurals, shallow=False
        ):
            problems.append(f"{ENGLISH_PLURALS} is not current: run make translations")
        for language in (ENGLISH, *LANGUAGES):
            for source in unfinished(ts_copy / f"threadline_{language}.ts"):
                problems.append(f"threadline_{language}.ts: not translated: {source!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
