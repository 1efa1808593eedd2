"""Starting the desktop app: a plain message without a display, the app's identity, and a
dialog instead of a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from threadline import APP_ID, APP_NAME, __version__
from threadline.errors import ThreadlineError
from threadline.ui.app import _install_crash_dialog, check_display, create_application

DISPLAYS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Linux with neither X11 nor Wayland, and no platform chosen for Qt."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in DISPLAYS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_without_a_display_on_linux_it_says_so_plainly(no_display: pytest.MonkeyPatch) -> None:
    with pytest.raises(ThreadlineError) as raised:
        check_display()
    assert str(raised.value).startswith("There is no graphical display to open the window on.")
    assert "'threadline help' lists the commands" in str(raised.value)
    assert raised.value.exit_code == 1


@pytest.mark.parametrize(
    ("name", "value"),
    [("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0"), ("QT_QPA_PLATFORM", "offscreen")],
)
def test_a_display_or_a_chosen_platform_is_enough(
    no_display: pytest.MonkeyPatch, name: str, value: str
) -> None:
    no_display.setenv(name, value)
    check_display()


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_other_systems_always_have_a_display(no_display: pytest.MonkeyPatch, platform: str) -> None:
    no_display.setattr(sys, "platform", platform)
    check_display()


def test_the_application_carries_threadlines_name_id_and_icon(qtbot: QtBot) -> None:
    running = QApplication.instance()
    assert isinstance(running, QApplication)
    before = (
        running.applicationName(), running.applicationVersion(), running.organizationName(),
        running.desktopFileName(), running.windowIcon(),
    )  # fmt: skip
    try:
        app = create_application()
        assert app is running  # the running one is reused
        assert (app.applicationName(), app.applicationVersion()) == (APP_NAME, __version__)
        assert (app.organizationName(), app.desktopFileName()) == (APP_NAME, APP_ID)
        assert not app.windowIcon().isNull()
    finally:  # the other tests share this QApplication
        name, version, organization, desktop, icon = before
        running.setApplicationName(name)
        running.setApplicationVersion(version)
        running.setOrganizationName(organization)
        running.setDesktopFileName(desktop)
        running.setWindowIcon(icon)


def test_an_unexpected_error_shows_a_dialog_instead_of_quitting(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = sys.excepthook
    _install_crash_dialog(app)
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert any("RuntimeError: boom" in box.text() for box in boxes)
        assert any("outbox is stored on disk" in box.text() for box in boxes)
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = previous


@pytest.mark.parametrize(
    ("language", "catalogues"),
    [("de", "threadline_de.qm, qtbase_de.qm"), ("en", "threadline_en.qm")],
)
def test_the_smoke_test_says_the_window_is_up_with_its_catalogues(
    tmp_path: Path, language: str, catalogues: str
) -> None:
    """``--smoke-test`` names the catalogues it found: a package test checks a bundle carries
    Qt's own (standard dialogs and buttons) besides Threadline's."""
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path / "profile"),
         "--lang", language, "--smoke-test"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"smoke test: main window shown; language {language}; catalogues: {catalogues}"
    ]
