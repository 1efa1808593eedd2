"""The question a composer asks when it closes with text not yet kept: Save, Discard or
Cancel (as Thunderbird and every word processor ask)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from threadline.ui.plain import plain_message_box

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class Answer(Enum):
    """What the user chose."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_to_save(
    parent: QWidget, *, changes: bool, on_answer: Callable[[Answer], object]
) -> QMessageBox:
    """Ask without blocking; ``on_answer`` gets the choice.

    ``changes``: the window holds a draft saved before (Discard then keeps that version).
    Enter saves (the default), Escape cancels, S and D choose by their mnemonics.
    """
    if changes:
        title, text = (
            translate("SaveQuestion", "Save changes?"),
            translate("SaveQuestion", "Save the changes to this draft before closing?"),
        )
        keep, drop = (
            translate("SaveQuestion", "&Save changes"),
            translate("SaveQuestion", "&Discard changes"),
        )
    else:
        title, text = (
            translate("SaveQuestion", "Save draft?"),
            translate("SaveQuestion", "Save this message as a draft before closing?"),
        )
        keep, drop = translate("SaveQuestion", "&Save draft"), translate("SaveQuestion", "&Discard")
    box = plain_message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setInformativeText(
        translate("SaveQuestion", "Saved drafts wait in Drafts in the main window.")
    )
    box.setAccessibleName(title)
    save = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        on_answer(Answer.SAVE if clicked is save else
                  Answer.DISCARD if clicked is discard else Answer.CANCEL)  # fmt: skip

    box.finished.connect(answered)
    box.open()
    return box
