"""Threadline's own files are found the same way from a checkout, a wheel and a bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from threadline.resources import app_icon_path, data_dir, resource_path

PACKAGE = Path(__file__).resolve().parents[1] / "app" / "threadline"


def test_the_data_folder_is_the_packages_own() -> None:
    assert data_dir().resolve() == (PACKAGE / "data").resolve()
    assert resource_path("threadline.svg") == data_dir() / "threadline.svg"


def test_the_app_icon_is_an_svg_picture() -> None:
    icon = app_icon_path()
    assert icon.name == "threadline.svg" and icon.is_file()
    assert ElementTree.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_a_missing_file_is_named_with_its_folder() -> None:
    with pytest.raises(FileNotFoundError, match=r"Threadline's file nothing\.png is missing from "):
        resource_path("nothing.png")
    with pytest.raises(FileNotFoundError):
        resource_path("")  # the folder itself is not a file


def test_a_frozen_bundle_looks_in_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "threadline" / "data"
    bundled.mkdir(parents=True)
    (bundled / "threadline.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert data_dir() == bundled
    assert app_icon_path() == bundled / "threadline.svg"
