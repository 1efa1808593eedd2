"""The AppStream <releases> of the metainfo file, written from CHANGELOG.md (one source).

    python packaging/appstream_releases.py            rewrite <releases> in the metainfo
    python packaging/appstream_releases.py --check    exit 1 when the metainfo is not up to date
    python packaging/appstream_releases.py --notes 0.1.0   print that version's section
                                                           (the release workflow's notes)

CHANGELOG.md follows Keep a Changelog 1.1.0: ``## [x.y.z] - YYYY-MM-DD`` headings, newest
first, ``### Added`` / ``### Fixed`` ... groups of ``- `` items. The ``[Unreleased]``
section is not a release and is left out of the metainfo.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "resources" / "org.threadline.Threadline.metainfo.xml"

HEADING = re.compile(r"^## \[?(?P<version>[^\]\s]+)\]?(?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
GROUPS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
RELEASES = re.compile(r"^(?P<indent>[ \t]*)<releases>.*?</releases>[ \t]*$", re.M | re.S)


class ChangelogError(ValueError):
    """CHANGELOG.md is not in the form this script reads."""


@dataclass
class Release:
    version: str
    date: str
    groups: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)  # the section's Markdown lines


def parse_changelog(text: str) -> tuple[Release | None, list[Release]]:
    """The Unreleased section (or None) and the releases, newest first."""
    unreleased: Release | None = None
    releases: list[Release] = []
    current: Release | None = None
    group: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("## "):
            match = HEADING.match(line)
            if match is None:
                raise ChangelogError(f"line {number}: a version heading reads '## [x.y.z] - "
                                     f"YYYY-MM-DD' or '## [Unreleased]', not {line!r}")  # fmt: skip
            version, date = match["version"], match["date"]
            current, group = Release(version, date or ""), None
            if version.lower() == "unreleased":
                if releases or unreleased is not None:
                    raise ChangelogError(f"line {number}: [Unreleased] comes first, once")
                unreleased = current
            else:
                if not date:
                    raise ChangelogError(f"line {number}: release {version} has no date")
                if not re.fullmatch(r"\d+\.\d+\.\d+(?:[-+.][0-9A-Za-z.-]+)?", version):
                    raise ChangelogError(f"line {number}: {version!r} is not a version")
                if any(r.version == version for r in releases):
                    raise ChangelogError(f"line {number}: release {version} appears twice")
                if releases and date > releases[-1].date:
                    raise ChangelogError(f"line {number}: releases go newest first")
                releases.append(current)
            continue
        if current is None or re.match(r"^\[[^\]]+\]: ", line):
            continue  # the intro, and link references (which belong to no section)
        current.text.append(line)
        if line.startswith("### "):
            group = line[4:].strip()
            if group not in GROUPS:
                raise ChangelogError(f"line {number}: {group!r} is not one of {GROUPS}")
            current.groups.setdefault(group, [])
        elif line.startswith("- "):
            if group is None:
                raise ChangelogError(f"line {number}: an item outside a ### group")
            current.groups[group].append(line[2:].strip())
        elif line.startswith("  ") and line.strip() and group is not None:
            items = current.groups[group]
            if not items:
                raise ChangelogError(f"line {number}: a continuation line without an item")
            items[-1] += " " + line.strip()
        elif line.strip():
            raise ChangelogError(f"line {number}: unexpected text {line!r}")
    return unreleased, releases


def inline(text: str) -> str:
    """Markdown inline text as AppStream description markup (``code`` and plain text)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # links: their text
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m[1] or m[2], text)
    parts = re.split(r"`([^`]+)`", text)
    return "".join(
        f"<code>{escape(part)}</code>" if index % 2 else escape(part)
        for index, part in enumerate(parts)
    )


def releases_xml(releases: list[Release], indent: str = "  ") -> str:
    """The <releases> element, indented as the metainfo file is."""
    step = "  "
    lines = [f"{indent}<releases>"]
    for release in releases:
        lines.append(f'{indent}{step}<release version="{release.version}" date="{release.date}">')
        lines.append(f"{indent}{step * 2}<description>")
        for group, items in release.groups.items():
            if not items:
                continue
            lines.append(f"{indent}{step * 3}<p>{group}:</p>")
            lines.append(f"{indent}{step * 3}<ul>")
            lines.extend(f"{indent}{step * 4}<li>{inline(item)}</li>" for item in items)
            lines.append(f"{indent}{step * 3}</ul>")
        lines.append(f"{indent}{step * 2}</description>")
        lines.append(f"{indent}{step}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def updated_metainfo(metainfo: str, releases: list[Release]) -> str:
    """The metainfo text with its <releases> element replaced."""
    match = RELEASES.search(metainfo)
    if match is None:
        raise ChangelogError("the metainfo file has no <releases> element to replace")
    new = releases_xml(releases, match["indent"])
    return metainfo[: match.start()] + new + metainfo[match.end() :]


def notes(releases: list[Release], version: str) -> str:
    """One release's section of CHANGELOG.md, as the release's notes."""
    for release in releases:
        if release.version == version:
            return "\n".join(release.text).strip() + "\n"
    raise ChangelogError(f"CHANGELOG.md has no section for {version}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is up to date")
    parser.add_argument("--notes", metavar="VERSION", help="print the section of VERSION")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    parser.add_argument("--metainfo", type=Path, default=METAINFO)
    args = parser.parse_args(argv)
    try:
        _unreleased, releases = parse_changelog(args.changelog.read_text(encoding="utf-8"))
        if args.notes:
            sys.stdout.write(notes(releases, args.notes))
            return 0
        current = args.metainfo.read_text(encoding="utf-8")
        wanted = updated_metainfo(current, releases)
    except ChangelogError as error:
        print(f"{args.changelog.name}: {error}", file=sys.stderr)
        return 2
    if wanted == current:
        return 0
    if args.check:
        print(f"{args.metainfo.name}: <releases> differs from {args.changelog.name}; run "
              "python packaging/appstream_releases.py", file=sys.stderr)  # fmt: skip
        return 1
    args.metainfo.write_text(wanted, encoding="utf-8")
    print(f"wrote <releases> of {args.metainfo.name} from {args.changelog.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
