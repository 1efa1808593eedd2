"""Render the app icon (app/threadline/data/threadline.svg) into PNG sizes and a .ico.

    .venv/bin/python packaging/render_icons.py

Writes resources/icons/hicolor/<size>x<size>/apps/org.threadline.Threadline.png,
resources/icons/hicolor/scalable/apps/org.threadline.Threadline.svg (a copy of the source)
and resources/icons/threadline.ico. Uses Qt's SVG renderer, which the app already ships.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "app" / "threadline" / "data" / "threadline.svg"
APP_ID = "org.threadline.Threadline"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs an application for painting
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    icons = ROOT / "resources" / "icons"
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)  # the icon theme's SVG is the app's own, byte for byte
    for size in SIZES:
        target = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
    if not render(renderer, 256).save(str(icons / "threadline.ico"), "ICO"):
        print("cannot write the .ico (Qt's ico plugin is missing)", file=sys.stderr)
        return 1
    print(f"rendered {len(SIZES)} PNG sizes and threadline.ico into {icons}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
