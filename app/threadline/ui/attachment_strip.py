"""The files under a received message: open one with the desktop's own program, save
one or all of them. Drawn by Threadline, outside the message's own content."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from threadline.core.attachments import Attachment
from threadline.ui.errors import show_error
from threadline.ui.plain import plain_tooltip
from threadline.ui.sizes import data_size

#: Icons by the first half of the content type (from the desktop's icon theme).
_ICONS = {"image": "image-x-generic", "audio": "audio-x-generic", "video": "video-x-generic",
          "text": "text-x-generic", "message": "message-rfc822"}  # fmt: skip
_private_folder: Path | None = None


def private_copy(attachment: Attachment) -> Path:
    """The file written where only this user can read it (a folder of mode 0700, the file
    0600), removed when Threadline quits: what the desktop's program opens."""
    global _private_folder
    if _private_folder is None:
        _private_folder = Path(tempfile.mkdtemp(prefix="threadline-open-"))
        atexit.register(shutil.rmtree, _private_folder, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(dir=_private_folder))  # same names never collide
    path = folder / attachment.filename
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(attachment.data)
    return path


def open_with_desktop(url: QUrl) -> bool:
    """The desktop's program for the file (QDesktopServices)."""
    return QDesktopServices.openUrl(url)


class AttachmentStrip(QWidget):
    """One button per file (name, size, type icon) with Open and Save as…; Save all…"""

    def __init__(
        self, files: list[Attachment], opener: Callable[[QUrl], bool] = open_with_desktop
    ) -> None:
        super().__init__()
        self.files = files
        self.opener = opener
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.buttons: list[QToolButton] = []
        for attachment in files:
            button = QToolButton()
            size = data_size(len(attachment.data))
            button.setText(f"{attachment.filename} ({size})")
            main_type = attachment.content_type.split("/")[0]
            button.setIcon(QIcon.fromTheme(_ICONS.get(main_type, "application-x-generic")))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(
                self.tr("Attachment {name}, {size}").format(name=attachment.filename, size=size)
            )
            about = f"{attachment.filename}\n{attachment.content_type}, {size}"
            hint = self.tr("Click to open; the arrow to save")
            button.setToolTip(plain_tooltip(f"{about}\n{hint}"))
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            menu = QMenu(button)
            open_action = QAction(self.tr("Open"), menu)
            open_action.triggered.connect(lambda _c=False, a=attachment: self.open(a))
            save_action = QAction(self.tr("Save as…"), menu)
            save_action.triggered.connect(lambda _c=False, a=attachment: self.save(a))
            menu.addActions([open_action, save_action])
            button.setMenu(menu)
            button.clicked.connect(lambda _c=False, a=attachment: self.open(a))
            layout.addWidget(button)
            self.buttons.append(button)
        self.save_all_button = QPushButton(self.tr("Save all…"))
        self.save_all_button.setAccessibleName(self.tr("Save all attachments"))
        self.save_all_button.clicked.connect(lambda _c=False: self.save_all())
        self.save_all_button.setVisible(len(files) > 1)
        layout.addWidget(self.save_all_button)
        layout.addStretch(1)

    def open(self, attachment: Attachment) -> None:
        """Write a private copy and hand it to the desktop's program for its type."""
        try:
            path = private_copy(attachment)
        except OSError as error:
            show_error(self, self.tr("Cannot open the attachment"), error)
            return
        if not self.opener(QUrl.fromLocalFile(str(path))):
            show_error(self, self.tr("Cannot open the attachment"), OSError(self.tr(
                "No program on this computer opens {name}. Use Save as… and open it from there."
            ).format(name=attachment.filename)))  # fmt: skip

    def save(self, attachment: Attachment) -> Path | None:
        """Ask where, then write the file's exact bytes there."""
        start = str(Path.home() / attachment.filename)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), start)
        if not chosen:
            return None
        return self._write(Path(chosen), attachment)

    def save_all(self) -> list[Path]:
        """Ask for a folder, then write every file into it (names that exist get a number)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save all attachments in"), str(Path.home())
        )
        if not folder:
            return []
        written = []
        for attachment in self.files:
            target = _free_name(Path(folder), attachment.filename)
            path = self._write(target, attachment)
            if path is not None:
                written.append(path)
        return written

    def _write(self, path: Path, attachment: Attachment) -> Path | None:
        try:
            path.write_bytes(attachment.data)
        except OSError as error:
            show_error(self, self.tr("Cannot save the attachment"), error)
            return None
        return path


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``… when it is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
