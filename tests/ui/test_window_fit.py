"""Windows fit the screen they open on (200% scaling too) and remember their size per
screen arrangement."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from threadline.ui.window_fit import (
    fit_to_screen,
    fitted_size,
    restore_geometry,
    save_geometry,
    screen_key,
)

ROOT = Path(__file__).resolve().parents[2]


def test_a_preferred_size_shrinks_to_the_screen_but_not_below_the_minimum() -> None:
    big = QRect(0, 0, 2560, 1440)
    assert fitted_size(QSize(1180, 720), QSize(270, 218), big) == QSize(1180, 720)
    laptop = QRect(0, 0, 683, 384)  # 1366×768 at 200%
    assert fitted_size(QSize(1180, 720), QSize(270, 218), laptop) == QSize(642, 360)
    # a minimum larger than the share (but within the screen) wins over the share
    assert fitted_size(QSize(760, 620), QSize(380, 370), laptop) == QSize(642, 370)
    # a minimum larger than the screen is cut to the screen
    assert fitted_size(QSize(760, 620), QSize(900, 500), laptop) == QSize(683, 384)


def test_a_window_of_its_own_is_centred_on_its_screen(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fit_to_screen(window, QSize(400, 300))
    area = window.screen().availableGeometry()
    assert window.size() == QSize(400, 300)
    assert abs(window.geometry().center().x() - area.center().x()) <= 1
    dialog = QWidget(window)  # a child (dialog) is left where Qt puts it
    dialog.move(5, 7)
    fit_to_screen(dialog, QSize(200, 100))
    assert dialog.pos().x() == 5 and dialog.size() == QSize(200, 100)


def test_the_size_left_on_a_screen_comes_back_on_that_screen_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not restore_geometry(settings, "window", window, QSize(500, 400))
    assert window.size() == QSize(500, 400)  # nothing remembered: the preferred size
    window.resize(620, 410)
    save_geometry(settings, "window", window)
    again = QMainWindow()
    qtbot.addWidget(again)
    assert restore_geometry(settings, "window", again, QSize(500, 400))
    assert again.size() == QSize(620, 410)
    key = screen_key(window.screen())
    assert settings.contains(f"window/{key}") and "x" in key
    settings.remove(f"window/{key}")  # another screen: its own (here none) is used
    other = QMainWindow()
    qtbot.addWidget(other)
    assert not restore_geometry(settings, "window", other, QSize(500, 400))


PROBE = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui.main_window import MainWindow

profile = Profile.at(Path(sys.argv[1])).ensure()
conn = db.connect(profile.store_path)
AccountStore(conn).save(Account(id="a", address="ann@example.org", smtp_host="127.0.0.1",
                                smtp_port=2525, username="ann"))
conn.close()
screen = app.primaryScreen().availableGeometry()
window = MainWindow(profile)
window.show()
composer = window.compose_new()
accounts = window.open_accounts()
outbox = window.open_outbox()
app.processEvents()
print(screen.width(), screen.height(), app.primaryScreen().devicePixelRatio())
for name, shown in (("main", window), ("composer", composer), ("accounts", accounts),
                    ("outbox", outbox)):
    frame = shown.frameGeometry()
    send = composer.send_button
    print(name, frame.x(), frame.y(), frame.width(), frame.height())
corner = composer.send_button.mapToGlobal(composer.send_button.rect().bottomRight())
print("send", corner.x(), corner.y())
for shown in (composer, accounts, outbox, window):
    shown.close()
"""


def test_every_window_fits_a_1366x768_laptop_screen_at_200_percent(tmp_path: Path) -> None:
    """Seen before: at 200% the composer's Send button was off-screen."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    env = {
        **os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT / "app"),
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "profile")],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    width, height, ratio = int(lines[0][0]), int(lines[0][1]), float(lines[0][2])
    assert (width, height, ratio) == (683, 384, 2.0)  # logical pixels of that screen
    for name, x, y, w, h in lines[1:5]:
        left, top, right, bottom = int(x), int(y), int(x) + int(w), int(y) + int(h)
        assert left >= 0 and top >= 0 and right <= width and bottom <= height, name
    send_x, send_y = int(lines[5][1]), int(lines[5][2])
    assert send_x < width and send_y < height  # Send is on the screen
