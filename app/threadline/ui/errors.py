"""One place that turns errors into dialogs people can act on."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from threadline.errors import ThreadlineError

log = logging.getLogger("threadline.ui")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """Show ``error`` in a non-blocking dialog; unexpected ones include a short trace."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(error, ThreadlineError):
        box.setText(str(error))
    else:
        log.error("unexpected error", exc_info=error)
        box.setText(f"Something went wrong: {type(error).__name__}: {error}")
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(title)
    box.open()
    return box
