"""A walk through every window: each control a screen reader can reach has a name,
the list and the messages are announced with what they are, focus is always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from helpers.windows import open_window
from threadline.paths import Profile


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: Qt's accessible name (set, or taken
    from a button's text or a label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(top: QWidget) -> list[str]:
    """Every visible control of ``top`` that takes the keyboard focus but has no name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox) and spoken_name(parent):
            continue  # a spin box's own line edit: spoken as the (named) spin box
        if not widget.isWindow() and not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(widget.parentWidget()).__name__}")  # fmt: skip
    return found


def test_every_control_of_every_window_has_a_name(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    qtbot.addWidget(composer)
    accounts = window.open_accounts()
    outbox = window.open_outbox()
    window.left_tabs.setCurrentIndex(1)  # Drafts
    window.left_tabs.setCurrentIndex(0)
    for shown in (window, composer, accounts, outbox):
        qtbot.waitExposed(shown)
        missing = unnamed_controls(shown)
        assert missing == [], f"{type(shown).__name__}: {missing}"
    for shown in (composer, accounts, outbox):
        shown.close()


def test_a_conversation_is_announced_with_subject_people_count_and_date(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    spoken = [
        str(window.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        for row in range(window.model.rowCount())
    ]
    launch = next(text for text in spoken if text.startswith("Re: Launch plan")
                  or text.startswith("Launch plan"))  # fmt: skip
    assert "Maya" in launch and "Omar" in launch and "2 message" in launch
    assert "23 Nov" in launch or "Mon" in launch  # the date, in words or numbers


def test_each_message_card_names_its_sender_and_its_buttons_say_whom_they_answer(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    window.list.setCurrentIndex(window.model.index(0, 0))
    card = window.reader.cards[-1]
    assert card.expanded
    assert spoken_name(card.body).startswith("Message from ")
    buttons = [b for b in card.findChildren(QAbstractButton) if b.isVisibleTo(card)]
    assert buttons and all(spoken_name(b) for b in buttons)
    reply = next(b for b in buttons if b.objectName() == "answer-sender")
    assert card.message.sender in spoken_name(reply)


def test_focus_is_drawn_on_the_list_and_the_reader(qtbot: QtBot, mail_profile: Profile) -> None:
    """Keyboard users see where they are: the reader draws a ring when it has the focus
    (its style sheet), the list its current row."""
    window = open_window(qtbot, mail_profile)
    assert ":focus" in window.reader.styleSheet()
    assert window.list.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert window.reader.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_every_menu_entry_is_reachable_with_the_alt_key(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    """Alt+letter opens each menu and a letter picks each entry: every action is
    reachable without a mouse, and its shortcut is shown beside it."""
    window = open_window(qtbot, mail_profile)
    menus = [action for action in window.menuBar().actions() if action.menu() is not None]
    assert [m.text().replace("&", "") for m in menus] == [
        "File", "Edit", "View", "Message", "Tools", "Help",
    ]  # fmt: skip
    for menu_action in menus:
        assert "&" in menu_action.text(), menu_action.text()
        entries = [a for a in menu_action.menu().actions() if not a.isSeparator()]
        letters = [a.text()[a.text().index("&") + 1].lower() for a in entries if "&" in a.text()]
        assert len(letters) == len(entries), [a.text() for a in entries]
        assert len(set(letters)) == len(letters), menu_action.text()  # no letter twice
