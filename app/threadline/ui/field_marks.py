"""Problems shown where they are: a red frame around the field, the reason under its row.

A form wraps each row with :meth:`FieldMarks.row`; :meth:`FieldMarks.show` then marks every
problem at once (no pop-up, one at a time), and a field's mark goes as soon as the user
changes that field. The reason is also the field's accessible description, so a screen
reader says it with the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from threadline.ui.plain import plain_label

#: A dark red that keeps 4.5:1 contrast on light backgrounds.
PROBLEM_COLOUR = "#b3261e"
_FRAMES = {
    "QLineEdit": "QLineEdit {{ border: 2px solid {c}; border-radius: 3px; padding: 1px 2px; }}",
    "QSpinBox": "QSpinBox {{ border: 2px solid {c}; border-radius: 3px; }}",
    "QComboBox": "QComboBox {{ border: 2px solid {c}; border-radius: 3px; padding: 1px 4px; }}",
}


class FieldMarks:
    """The marks of one form: which fields have a problem, and why."""

    def __init__(self) -> None:
        self.reasons: dict[QWidget, str] = {}
        self.labels: dict[QWidget, QLabel] = {}  # field -> the label under its row
        self.rows: dict[QLabel, list[QWidget]] = {}

    def row(self, widget: QWidget, *fields: QWidget) -> QWidget:
        """``widget`` (a field, or a row holding ``fields``) with a hidden reason under it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = plain_label()  # the reason may quote what the user typed
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        label.hide()
        layout.addWidget(label)
        for field in fields or (widget,):
            self.labels[field] = label
        self.rows[label] = list(fields or (widget,))
        return box

    def show(self, reasons: dict[QWidget, str]) -> None:
        """Mark exactly these fields (clearing every other mark)."""
        for field in list(self.reasons):
            if field not in reasons:
                self.clear(field)
        for field, reason in reasons.items():
            self.reasons[field] = reason
            frame = _FRAMES.get(type(field).__name__)
            if frame:
                field.setStyleSheet(frame.format(c=PROBLEM_COLOUR))
            field.setAccessibleDescription(reason)
            self._show_row(field)

    def clear(self, field: QWidget | None = None) -> None:
        """Take the mark off ``field`` (every field when None)."""
        for marked in [field] if field is not None else list(self.reasons):
            if self.reasons.pop(marked, None) is None:
                continue
            marked.setStyleSheet("")
            marked.setAccessibleDescription("")
            self._show_row(marked)

    def reason(self, field: QWidget) -> str:
        """Why ``field`` is marked ('' when it is not)."""
        return self.reasons.get(field, "")

    def _show_row(self, field: QWidget) -> None:
        label = self.labels.get(field)
        if label is None:
            return
        text = " ".join(self.reasons[f] for f in self.rows[label] if f in self.reasons)
        label.setText(text)
        label.setVisible(bool(text))
