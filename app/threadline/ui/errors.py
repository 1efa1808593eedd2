"""One place that turns errors into dialogs people can act on."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from threadline.errors import ThreadlineError
from threadline.ui.plain import plain_message_box

log = logging.getLogger("threadline.ui")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """Show ``error`` in a non-blocking dialog; unexpected ones include a short trace."""
    if isinstance(error, ThreadlineError):
        text = str(error)
    else:
        log.error("unexpected error", exc_info=error)
        text = QCoreApplication.translate("Errors", "Something went wrong: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )
    box = plain_message_box(parent, QMessageBox.Icon.Warning, title, text)
    if not isinstance(error, ThreadlineError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(title)
    box.open()
    return box
