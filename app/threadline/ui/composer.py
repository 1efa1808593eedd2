"""The composer: write a new message or a reply, and send it through the outbox."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.core.subject import is_reply_subject_changed
from threadline.drafts import SavedDraft, delete_draft, new_draft_id, save_draft
from threadline.errors import InvalidInputError
from threadline.services.identities import Identity, identities, identity_index
from threadline.services.replying import NO_MESSAGE_ID
from threadline.services.sending import queue_draft
from threadline.store import db
from threadline.store.accounts import Account, remember_last_used
from threadline.store.messages import MessageStore
from threadline.ui.address_field import AddressField
from threadline.ui.errors import show_error
from threadline.ui.plain import plain_label

#: Save the draft this long after the last edit.
AUTOSAVE_DELAY_MS = 1500


@dataclass(frozen=True)
class ReplyContext:
    """Which conversation a reply goes into, for the banner and the subject warning."""

    thread_id: int
    conversation_subject: str
    message_count: int
    original_subject: str


@dataclass(frozen=True)
class QueuedSend:
    """A message the composer put in the outbox, and what Undo needs to bring it back."""

    outbox_id: int
    message_id: str  # bare
    subject: str
    due_at: float  # when it goes (now + the undo delay, or the chosen "send later" time)
    scheduled: bool  # chosen with "Send later"
    draft: Draft
    reply: ReplyContext | None
    draft_id: str


class ComposerWindow(QWidget):
    """A window to write one message. Ctrl+Return sends it."""

    sent = Signal(object)  # QueuedSend: the message is in the outbox; the app's runner sends it

    def __init__(
        self,
        store_path: Path,
        accounts: list[Account],
        draft: Draft | None = None,
        reply: ReplyContext | None = None,
        *,
        drafts_dir: Path | None = None,
        draft_id: str | None = None,
        undo_seconds: float = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.undo_seconds = undo_seconds
        self.clock = clock  # the outbox runner's
        self.store_path = store_path
        self.drafts_dir = drafts_dir
        self.draft_id = draft_id or new_draft_id()
        self.finished = False  # sent or queued: nothing left to save
        self.store = MessageStore(db.connect(store_path))
        self.accounts = accounts
        self.reply = reply
        self.attachments: list[Attachment] = list(draft.attachments) if draft else []
        self.base_draft = draft
        self.setWindowTitle("Reply" if reply else "New message")
        self.setAcceptDrops(True)
        self.resize(760, 620)
        self._build(draft)
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.save_draft)
        for field in (self.to_field, self.cc_field, self.bcc_field, self.subject):
            field.textChanged.connect(self.autosave.start)
        self.body.textChanged.connect(self.autosave.start)

    # -- layout ------------------------------------------------------------------------

    def _build(self, draft: Draft | None) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.RichText)  # the subject in it is escaped
        self.banner.setAccessibleName("Conversation this reply goes into")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 6px; padding: 8px; }"
        )
        if self.reply:
            subject = html.escape(self.reply.conversation_subject or "(no subject)")
            unthreaded = ""
            if draft is not None and not draft.in_reply_to:
                unthreaded = f"<br>⚠ {html.escape(NO_MESSAGE_ID)}"
            self.banner.setText(
                f"↪ Replying in: <b>{subject}</b>"
                f" ({self.reply.message_count} message"
                f"{'s' if self.reply.message_count != 1 else ''}){unthreaded}"
            )
        else:
            self.banner.setText("✉ New conversation")
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.sender_box = QComboBox()
        self.sender_box.setAccessibleName("From")
        self.identities = identities(self.accounts)  # each account's address and aliases
        for identity in self.identities:
            self.sender_box.addItem(identity.label, identity.account_id)
        if draft:
            self.sender_box.setCurrentIndex(max(0, identity_index(self.identities, draft.sender)))
        form.addRow("From", self.sender_box)
        self.to_field = AddressField(self.store, "To")
        self.cc_field = AddressField(self.store, "Cc")
        self.bcc_field = AddressField(self.store, "Bcc")
        for label, field, values in (
            ("To", self.to_field, draft.to if draft else []),
            ("Cc", self.cc_field, draft.cc if draft else []),
            ("Bcc", self.bcc_field, draft.bcc if draft else []),
        ):
            field.setText(", ".join(a.formatted() for a in values))
            field.validity_changed.connect(self._show_problems)
            form.addRow(label, field)
        self.subject = QLineEdit(draft.subject if draft else "")
        self.subject.setAccessibleName("Subject")
        self.subject.textEdited.connect(self._check_subject)
        form.addRow("Subject", self.subject)
        layout.addLayout(form)

        self.warning = plain_label()
        self.warning.setAccessibleName("Warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45309;")
        self.warning.hide()
        layout.addWidget(self.warning)

        self.body = QPlainTextEdit(draft.body if draft else "")
        self.body.setAccessibleName("Message text")
        layout.addWidget(self.body, 1)

        attach_row = QHBoxLayout()
        self.attachment_list = QListWidget()
        self.attachment_list.setAccessibleName("Attachments")
        self.attachment_list.setMaximumHeight(70)
        self._refresh_attachments()
        attach_button = QPushButton("Attach files…")
        attach_button.clicked.connect(self.choose_attachments)
        attach_row.addWidget(self.attachment_list, 1)
        attach_row.addStretch(0)
        attach_row.addWidget(
            attach_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        layout.addLayout(attach_row)

        bottom = QHBoxLayout()
        self.status = plain_label()  # server replies and errors: never markup
        self.status.setAccessibleName("Sending status")
        self.send_button = QPushButton("Send")
        self.send_button.setAccessibleName("Send")
        self.send_button.setToolTip("Send (Ctrl+Return)")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.later_button = QPushButton("Send later…")
        self.later_button.setAccessibleName("Send later")
        self.later_button.setToolTip("Choose when the message goes")
        self.later_button.clicked.connect(self.choose_send_time)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.later_button)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        if self.reply or (draft and draft.to):
            self.body.setFocus()
            self.body.moveCursor(self.body.textCursor().MoveOperation.Start)
        else:
            self.to_field.setFocus()

    # -- behaviour ---------------------------------------------------------------------

    def _check_subject(self, text: str) -> None:
        if self.reply and is_reply_subject_changed(self.reply.original_subject, text):
            self.warning.setText(
                "You changed the subject of a reply. Gmail will show it as a new "
                "conversation; other mail programs keep it in this one."
            )
            self.warning.show()
        else:
            self.warning.hide()

    def _show_problems(self, _problem: str) -> None:
        problems = [f.problem for f in (self.to_field, self.cc_field, self.bcc_field) if f.problem]
        self.status.setText(problems[0] if problems else "")

    def _refresh_attachments(self) -> None:
        self.attachment_list.clear()
        for attachment in self.attachments:
            size = attachment.size
            shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, size // 1024)} KB"
            self.attachment_list.addItem(f"📎 {attachment.filename} ({shown})")
        self.attachment_list.setVisible(bool(self.attachments))

    def add_attachments(self, paths: list[Path]) -> None:
        """Attach files; unreadable ones are reported and skipped."""
        for path in paths:
            try:
                self.attachments.append(Attachment.from_path(path))
            except InvalidInputError as error:
                show_error(self, "Cannot attach", error)
        self._refresh_attachments()

    def choose_attachments(self) -> None:
        """Pick files with the system's file dialog."""
        names, _ = QFileDialog.getOpenFileNames(self, "Attach files")
        self.add_attachments([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_attachments([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def identity(self) -> Identity:
        """The chosen From: an account's address or one of its aliases."""
        if not self.identities:
            raise InvalidInputError("Add a sending account first (Accounts in the main window).")
        return self.identities[max(0, self.sender_box.currentIndex())]

    def account(self) -> Account:
        """The account the chosen From belongs to (its server sends the message)."""
        chosen = self.identity().account_id
        return next(a for a in self.accounts if a.id == chosen)

    def current_draft(self, *, validate: bool = True) -> Draft:
        """The message as written.

        With ``validate`` (sending), a bad address raises InvalidInputError naming it;
        without (saving a draft), addresses that do not parse are kept as typed.
        """
        fields = (self.to_field, self.cc_field, self.bcc_field)
        if validate:
            for field in fields:
                if not field.validate():
                    raise InvalidInputError(field.problem)
        to, cc, bcc = (_addresses_of(field, strict=validate) for field in fields)
        base = self.base_draft
        return Draft(
            sender=self.identity().address,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            attachments=list(self.attachments),
            in_reply_to=base.in_reply_to if base else None,
            references=list(base.references) if base else [],
            thread_topic=base.thread_topic if base else None,
            thread_index=base.thread_index if base else None,
            attached_messages=list(base.attached_messages) if base else [],
        )

    def send(self) -> None:
        """Put the message in the outbox; it goes after the undo delay (Ctrl+Return)."""
        self.queue(self.clock() + self.undo_seconds, scheduled=False)

    def choose_send_time(self) -> None:
        """ "Send later…": pick a time, then queue the message for it."""
        dialog = SendLaterDialog(self)
        dialog.chosen.connect(lambda when: self.queue(when, scheduled=True))
        self.send_later_dialog = dialog
        dialog.open()

    def queue(self, due_at: float, *, scheduled: bool) -> QueuedSend | None:
        """Queue the message to go at ``due_at`` (durable before any I/O); close the window."""
        if not self.send_button.isEnabled():
            return None
        try:
            draft = self.current_draft()
            account = self.account()
            queued = queue_draft(
                self.store.conn, account, draft,
                due_at=due_at, scheduled_for=due_at if scheduled else None,
            )  # fmt: skip
        except InvalidInputError as error:
            self.status.setText(str(error))
            show_error(self, "Cannot send yet", error)
            return None
        remember_last_used(self.store.conn, account.id)  # a new message starts from it
        self.finished = True  # the outbox has it now; the draft file is no longer needed
        self.autosave.stop()
        if self.drafts_dir is not None:
            delete_draft(self.drafts_dir, self.draft_id)
        result = QueuedSend(
            queued.outbox_id, queued.message_id, draft.subject, due_at, scheduled,
            draft, self.reply, self.draft_id,
        )  # fmt: skip
        self.sent.emit(result)
        self.close()
        return result

    def save_draft(self) -> None:
        """Write the draft to disk (called a moment after each edit, and on close)."""
        if self.finished or self.drafts_dir is None:
            return
        try:
            draft = self.current_draft(validate=False)
        except InvalidInputError:
            return
        save_draft(
            self.drafts_dir,
            SavedDraft(
                self.draft_id,
                draft,
                self.reply.thread_id if self.reply else None,
                self.reply.conversation_subject if self.reply else "",
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.stop()
        self.save_draft()
        super().closeEvent(event)


class SendLaterDialog(QDialog):
    """A date and time for "Send later", with the usual quick choices."""

    chosen = Signal(float)  # epoch seconds

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send later")
        now = QDateTime.currentDateTime()
        self.when = QDateTimeEdit(now.addSecs(3600))
        self.when.setAccessibleName("Send at")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setMinimumDateTime(now)
        self.problem = plain_label()
        quick = QHBoxLayout()
        for label, moment in (
            ("Tomorrow morning", next_morning(now, days=1)),
            ("Monday morning", next_monday_morning(now)),
        ):
            button = QPushButton(f"{label} ({moment.toString('ddd d MMM, HH:mm')})")
            button.clicked.connect(lambda _c=False, m=moment: self.when.setDateTime(m))
            quick.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Schedule")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Send this message at:"))
        layout.addWidget(self.when)
        layout.addLayout(quick)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        moment = self.when.dateTime().toSecsSinceEpoch()
        if moment <= time.time():
            self.problem.setText("That time has passed; choose a time to come.")
            return
        super().accept()
        self.chosen.emit(float(moment))


def next_morning(now: QDateTime, days: int) -> QDateTime:
    """8:00 ``days`` days after ``now``'s date."""
    return QDateTime(now.date().addDays(days), QTime(8, 0))


def next_monday_morning(now: QDateTime) -> QDateTime:
    """8:00 on the next Monday (a week on, when today is Monday)."""
    return next_morning(now, days=(8 - now.date().dayOfWeek()) % 7 or 7)


def _addresses_of(field: AddressField, *, strict: bool) -> list[Address]:
    """A field's addresses; leniently, entries that do not parse are kept as typed."""
    try:
        return field.addresses()
    except InvalidInputError:
        if strict:
            raise
        return [Address(part.strip(), "") for part in field.text().split(",") if part.strip()]
