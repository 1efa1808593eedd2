"""Find Threadline's own files the same way from a checkout, a wheel and a frozen bundle.

Runtime files live in the package folder ``threadline/data`` (package data in a wheel;
copied into the bundle by the PyInstaller spec), so ``importlib.resources`` finds them
in all three cases. The desktop-integration files (.desktop, AppStream metainfo, icon
PNGs for the icon theme) live in ``resources/`` and are installed by the packages.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def data_dir() -> Path:
    """The folder of ``threadline/data`` on disk."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "threadline" / "data"
    return Path(str(resources.files("threadline") / "data"))


def resource_path(name: str) -> Path:
    """A file in ``threadline/data`` (raises FileNotFoundError naming it when missing)."""
    path = data_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"Threadline's file {name} is missing from {path.parent}")
    return path


def app_icon_path() -> Path:
    """The application icon (scalable SVG)."""
    return resource_path("threadline.svg")
