"""One way to ask before something that cannot be undone (delete, remove)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from threadline.ui.plain import plain_message_box


def confirm(
    parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], object]
) -> QMessageBox:
    """Ask without blocking; ``on_yes`` runs only if the user picks ``action``.

    Cancel is the default button, so Enter or Escape change nothing.
    """
    box = plain_message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setAccessibleName(title)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box
