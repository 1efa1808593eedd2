"""Start the Qt application: profile, main window, demo mode, mailto: URLs, crash dialog."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from threadline import APP_ID, APP_NAME, __version__, i18n
from threadline.errors import ThreadlineError
from threadline.paths import Profile, private_notice
from threadline.resources import app_icon_path
from threadline.ui import translation
from threadline.ui.plain import plain_message_box

log = logging.getLogger("threadline.ui")
_OPEN_DIALOGS: list[QMessageBox] = []
_INSTALLED: list[translation.Installed] = []  # the app's translators, alive while it runs


def _install_crash_dialog(app: QApplication) -> None:
    """Unexpected errors show a dialog instead of killing the app; the outbox is on disk."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, trace))
        title = QCoreApplication.translate("Application", "{app} hit a problem")
        text = QCoreApplication.translate(
            "Application",
            "Something went wrong: {error}\n\nYour messages are safe: everything in the "
            "outbox is stored on disk and will be sent.",
        )
        box = plain_message_box(None, QMessageBox.Icon.Critical, title.format(app=APP_NAME),
                                text.format(error=f"{kind.__name__}: {error}"))  # fmt: skip
        box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
        box.finished.connect(lambda _result: _OPEN_DIALOGS.remove(box))
        _OPEN_DIALOGS.append(box)  # parentless: keep it alive until it is closed
        box.open()

    sys.excepthook = hook


def create_application() -> QApplication:
    """The QApplication with Threadline's name, id and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    return app


def check_display() -> None:
    """On Linux without X11 or Wayland, say so plainly (Qt would abort cryptically)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise ThreadlineError(
            i18n.translate(  # (said before Qt's translators: the command line's language)
                "app",
                "There is no graphical display to open the window on. Start Threadline from "
                "your desktop, or use the command line: 'threadline help' lists the commands.",
            )
        )


def smoke_report(installed: translation.Installed) -> str:
    """What ``--smoke-test`` prints: the window is up, in which language, and the catalogue
    files it found (a package test checks that a bundle carries Qt's own as well as ours)."""
    files = ", ".join(Path(t.filePath()).name for t in installed.translators) or "none"
    return f"smoke test: main window shown; language {installed.language}; catalogues: {files}"


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until its last window closes; returns the exit status."""
    from threadline.ui.main_window import MainWindow

    check_display()
    app = create_application()
    language = translation.choose_language(getattr(args, "lang", None))
    _INSTALLED.append(translation.install(language, app))
    demo_server = None
    if args.demo:
        from threadline.demo import create_demo_profile

        profile, demo_server, _account = create_demo_profile()
    else:
        profile = (Profile.at(args.profile) if args.profile else Profile.default()).ensure()
        if profile.tightened:
            log.warning("%s", private_notice(len(profile.tightened)))
    _install_crash_dialog(app)
    window = MainWindow(profile, reader_after_paint=True)  # up before mail is read
    if args.demo:
        title = QCoreApplication.translate(
            "Application", "{app} — demo (mail goes to a test server on this computer)"
        )
        window.setWindowTitle(title.format(app=APP_NAME))
    window.show()
    if args.url:
        from threadline.mailto import parse_mailto

        window.compose_mailto(parse_mailto(args.url))
    if args.smoke_test:
        if sys.stdout is not None:  # (None in a windowed build: Windows' GUI exe)
            print(smoke_report(_INSTALLED[-1]), flush=True)
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if demo_server is not None:
            demo_server.stop()
            window.close()  # stops its sending and sync threads first
            # the demo's throw-away profile goes with it (it held nothing of the user's)
            shutil.rmtree(profile.data_dir.parent, ignore_errors=True)
