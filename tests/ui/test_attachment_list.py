"""The composer's attachment list: sizes as the locale writes them, and taking files off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from threadline.core.compose import Attachment
from threadline.ui.attachment_list import AttachmentList
from threadline.ui.sizes import data_size


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1, "1 byte"), (812, "812 bytes"), (1536, "1.5 kB"),
     (2_500_000, "2.4 MB"), (25 * 1024 * 1024, "25.0 MB")],
)  # fmt: skip
def test_sizes_are_written_as_the_locale_writes_them(size: int, shown: str) -> None:
    """Issue 17, point 7: one byte was shown as "1 KB"."""
    assert data_size(size, QLocale.c()) == shown


def test_sizes_follow_the_users_locale() -> None:
    assert data_size(2_500_000, QLocale(QLocale.Language.German)) == "2,4 MB"


@pytest.fixture
def listed(qtbot: QtBot, tmp_path: Path) -> AttachmentList:
    widget = AttachmentList()
    qtbot.addWidget(widget)
    note = tmp_path / "note.txt"
    note.write_bytes(b"x")
    widget.show_attachments([Attachment("a.pdf", b"x" * 1536, "application/pdf"),
                             Attachment.from_path(note), Attachment("c.png", b"png")])  # fmt: skip
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def test_each_file_is_listed_with_its_size(listed: AttachmentList) -> None:
    texts = [listed.item(row).text() for row in range(listed.count())]
    assert texts == ["a.pdf (1.5 kB)", "note.txt (1 byte)", "c.png (3 bytes)"]
    assert not listed.item(0).icon().isNull()
    assert listed.item(1).toolTip().endswith("note.txt")
    listed.show_attachments([])
    assert listed.isHidden()


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_and_backspace_ask_to_remove_the_selected_files(
    qtbot: QtBot, listed: AttachmentList, key: Qt.Key
) -> None:
    """Issue 17, point 7: Delete, Backspace and the context menu did nothing."""
    listed.setCurrentRow(0)
    listed.item(2).setSelected(True)
    with qtbot.waitSignal(listed.remove_requested) as asked:
        qtbot.keyClick(listed, key)
    assert asked.args == [[2, 0]]


def test_the_context_menu_offers_remove(qtbot: QtBot, listed: AttachmentList) -> None:
    assert listed.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    [remove] = listed.actions()
    assert remove.text() == "Remove"
    listed.setCurrentRow(1)
    with qtbot.waitSignal(listed.remove_requested) as asked:
        remove.trigger()
    assert asked.args == [[1]]
