"""A To/Cc/Bcc field: completion from known addresses, validation as you type."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from threadline.core.addresses import Address, parse_address_list
from threadline.errors import InvalidInputError
from threadline.store.messages import MessageStore
from threadline.ui.plain import plain_tooltip


class AddressField(QLineEdit):
    """A line of addresses; ``problem`` says what is wrong with it ("" when fine)."""

    validity_changed = Signal(str)

    def __init__(self, store: MessageStore, label: str) -> None:
        super().__init__()
        self.store = store
        self.label = label
        self.problem = ""
        self.setAccessibleName(self.tr("{field} addresses").format(field=label))
        self.setPlaceholderText(self.tr("name@example.org, Another Name <another@example.org>"))
        # the red frame of a bad entry is drawn by a style sheet, which makes a line edit
        # 4 px lower: keep the native height so nothing below moves under the pointer
        self.setFixedHeight(self.sizeHint().height())
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self)
        completer.activated.connect(self._insert_completion)
        self.completer_popup = completer
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(self._recheck)
        self.editingFinished.connect(self.validate)

    def _current_word(self) -> str:
        return self.text().rsplit(",", 1)[-1].strip()

    def _suggest(self, _text: str) -> None:
        word = self._current_word()
        if len(word) < 2:
            return
        found = [a.formatted() for a in self.store.known_addresses(word, limit=12)]
        self.suggestions.setStringList(found)
        if found:
            self.completer_popup.setCompletionPrefix("")
            self.completer_popup.complete()

    def _insert_completion(self, chosen: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText((head + ", " if head else "") + chosen + ", ")
        self.validate()  # Enter reached the field before the pick and found a half word

    def _recheck(self, _text: str) -> None:
        """A field marked wrong is checked again as it changes: the frame goes when fixed."""
        if self.problem:
            self.validate()

    def addresses(self) -> list[Address]:
        """The addresses typed (raises InvalidInputError naming the bad one)."""
        text = self.text().strip().rstrip(",")
        return parse_address_list(text) if text else []

    def validate(self) -> bool:
        """Check the field; show a red frame and keep ``problem`` up to date."""
        try:
            self.addresses()
        except InvalidInputError as error:
            self.problem = f"{self.label}: {error}"
        else:
            self.problem = ""
        self.setStyleSheet("border: 1px solid #d33;" if self.problem else "")
        self.setToolTip(plain_tooltip(self.problem))
        self.validity_changed.emit(self.problem)
        return not self.problem
