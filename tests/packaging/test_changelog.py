"""CHANGELOG.md is the one source of the AppStream release notes.

(packaging/appstream_releases.py writes them.)
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import threadline

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "appstream_releases.py"


def load_script() -> ModuleType:
    # packaging/ is not a package (and 'packaging' is a PyPI name): load the file itself
    spec = importlib.util.spec_from_file_location("appstream_releases", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


releases_script = load_script()

SAMPLE = """# Changelog

Intro text.

## [Unreleased]

### Added

- Something new

## [1.1.0] - 2027-02-03

### Added

- The `threadline` command gets **--json** and a [link](https://example.org)
  that goes on a second line
- Less & more <things>

### Fixed

- A crash

## [1.0.0] - 2027-01-01

### Security

- Passwords stay in the keyring

[unreleased]: https://example.org/compare/v1.1.0...HEAD
"""


def test_the_metainfo_releases_are_those_of_the_changelog() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_the_newest_release_is_the_package_version_and_unreleased_is_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    unreleased, releases = releases_script.parse_changelog(text)
    assert unreleased is not None
    assert releases[0].version == threadline.__version__
    tree = ET.parse(releases_script.METAINFO)
    versions = [r.get("version") for r in tree.iter("release")]
    assert versions == [r.version for r in releases]


def test_sections_groups_and_items_are_read() -> None:
    unreleased, releases = releases_script.parse_changelog(SAMPLE)
    assert unreleased is not None and unreleased.groups == {"Added": ["Something new"]}
    assert [(r.version, r.date) for r in releases] == [("1.1.0", "2027-02-03"),
                                                        ("1.0.0", "2027-01-01")]  # fmt: skip
    assert releases[0].groups["Added"] == [
        "The `threadline` command gets **--json** and a [link](https://example.org) "
        "that goes on a second line",
        "Less & more <things>",
    ]
    assert releases[0].groups["Fixed"] == ["A crash"]
    assert releases[1].groups == {"Security": ["Passwords stay in the keyring"]}


def test_the_xml_escapes_text_and_keeps_code() -> None:
    _unreleased, releases = releases_script.parse_changelog(SAMPLE)
    xml = releases_script.releases_xml(releases)
    element = ET.fromstring(xml)  # well-formed
    first = element.find("release")
    assert first is not None and first.get("version") == "1.1.0"
    items = [ET.tostring(li, encoding="unicode").strip() for li in element.iter("li")]
    assert items[0] == (
        "<li>The <code>threadline</code> command gets --json and a link that goes on a "
        "second line</li>"
    )
    assert items[1] == "<li>Less &amp; more &lt;things&gt;</li>"
    assert [p.text for p in element.iter("p")] == ["Added:", "Fixed:", "Security:"]
    assert "Something new" not in xml  # Unreleased is no release


def test_updating_replaces_only_the_releases_element() -> None:
    _unreleased, releases = releases_script.parse_changelog(SAMPLE)
    metainfo = (
        "<component>\n  <id>x</id>\n  <releases>\n    <release version='0'/>\n"
        "  </releases>\n</component>\n"
    )
    updated = releases_script.updated_metainfo(metainfo, releases)
    assert updated.startswith("<component>\n  <id>x</id>\n  <releases>\n    <release ")
    assert updated.endswith("  </releases>\n</component>\n")
    assert "version='0'" not in updated
    assert releases_script.updated_metainfo(updated, releases) == updated
    with pytest.raises(releases_script.ChangelogError, match="no <releases>"):
        releases_script.updated_metainfo("<component/>", releases)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## 1.0.0\n", "has no date"),
        ("## [1.0] - 2027-01-01\n", "is not a version"),
        ("## [1.0.0] - 2027-01-01\n### Added\n- a\n## [Unreleased]\n", "comes first"),
        ("## [1.0.0] - 2027-01-01\n## [1.1.0] - 2027-02-01\n", "newest first"),
        ("## [1.0.0] - 2027-01-01\n## [1.0.0] - 2026-01-01\n", "appears twice"),
        ("## [1.0.0] - 2027-01-01\n### Improved\n", "is not one of"),
        ("## [1.0.0] - 2027-01-01\n- loose item\n", "outside a ### group"),
        ("## [1.0.0] - 2027-01-01\n### Added\nstray text\n", "unexpected text"),
        ("## Version 1.0.0 (January)\n", "version heading"),
    ],
)
def test_malformed_changelogs_are_refused(text: str, message: str) -> None:
    with pytest.raises(releases_script.ChangelogError, match=message):
        releases_script.parse_changelog(text)


def test_check_fails_when_the_metainfo_differs_and_writing_fixes_it(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(SAMPLE, encoding="utf-8")
    metainfo = tmp_path / "metainfo.xml"
    metainfo.write_text(releases_script.METAINFO.read_text(encoding="utf-8"), encoding="utf-8")
    paths = ["--changelog", str(changelog), "--metainfo", str(metainfo)]
    assert releases_script.main([*paths, "--check"]) == 1
    assert releases_script.main(paths) == 0
    assert releases_script.main([*paths, "--check"]) == 0
    assert '<release version="1.1.0" date="2027-02-03">' in metainfo.read_text(encoding="utf-8")


def test_notes_print_one_section(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(SAMPLE, encoding="utf-8")
    assert releases_script.main(["--changelog", str(changelog), "--notes", "1.0.0"]) == 0
    assert capsys.readouterr().out == "### Security\n\n- Passwords stay in the keyring\n"
    assert releases_script.main(["--changelog", str(changelog), "--notes", "9.9.9"]) == 2
    assert "no section for 9.9.9" in capsys.readouterr().err
