"""Desktop integration files, icons and installer scripts agree with the package."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import threadline
from threadline.resources import app_icon_path, resource_path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{threadline.APP_ID}.desktop"
METAINFO = RESOURCES / f"{threadline.APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/system-deps installs it)")
    return found


def test_the_app_icon_is_found_from_the_package() -> None:
    icon = app_icon_path()
    assert icon.read_text(encoding="utf-8").startswith("<svg")
    with pytest.raises(FileNotFoundError, match=r"missing\.png"):
        resource_path("missing.png")


def test_desktop_file_is_valid_and_handles_mailto() -> None:
    done = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    text = DESKTOP.read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/mailto;" in text
    assert f"Icon={threadline.APP_ID}" in text
    assert "Exec=threadline %u" in text


def test_metainfo_is_valid_and_matches_the_version_and_id() -> None:
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    tree = ET.parse(METAINFO)
    assert tree.findtext("id") == threadline.APP_ID
    releases = [r.get("version") for r in tree.iter("release")]
    assert releases[0] == threadline.__version__


def test_every_icon_size_exists_and_the_installers_share_the_app_id() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (
            RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{threadline.APP_ID}.png"
        )
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (RESOURCES / "icons" / "threadline.ico").stat().st_size > 0
    spec = (ROOT / "packaging" / "threadline.spec").read_text(encoding="utf-8")
    assert "threadline.__version__" in spec and "bundle_identifier=APP_ID" in spec
    assert '"CFBundleURLSchemes": ["mailto"]' in spec
    iss = (ROOT / "packaging" / "windows" / "threadline.iss").read_text(encoding="utf-8")
    assert re.search(rf'#define AppId "{re.escape(threadline.APP_ID)}"', iss)


def test_the_theme_svg_is_the_app_icon() -> None:
    scalable = RESOURCES / "icons" / "hicolor" / "scalable" / "apps" / f"{threadline.APP_ID}.svg"
    assert scalable.read_bytes() == app_icon_path().read_bytes()  # render_icons.py copies it


def test_a_wheel_carries_the_data_files_the_app_looks_up(tmp_path: Path) -> None:
    import sys
    import zipfile

    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    [wheel] = tmp_path.glob("threadline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "threadline/data/threadline.svg" in names
    assert {"threadline/store/migrations/0001_messages.sql",
            "threadline/store/migrations/0002_outbox.sql",
            "threadline/store/migrations/0003_thread_keys.sql"} <= names  # fmt: skip
