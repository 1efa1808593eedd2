"""The composer: write a new message or a reply, and send it through the outbox."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt, QTime, QTimer, Signal
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
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from threadline.core.addresses import Address
from threadline.core.attachments import DEFAULT_MAX_SIZE
from threadline.core.compose import Attachment, Draft, estimated_size
from threadline.core.subject import is_reply_subject_changed
from threadline.drafts import SavedDraft, new_draft_id, writer_for
from threadline.errors import InvalidInputError
from threadline.services.identities import Identity, identities, identity_index
from threadline.services.sending import queue_draft
from threadline.store import db
from threadline.store.accounts import Account, remember_last_used
from threadline.store.messages import MessageStore
from threadline.ui.address_field import AddressField
from threadline.ui.attachment_list import AttachmentList
from threadline.ui.confirm import confirm
from threadline.ui.errors import show_error
from threadline.ui.plain import plain_label
from threadline.ui.save_question import Answer, ask_to_save
from threadline.ui.size_limits import ASK_ABOVE, SizeLimit, SizeLimits
from threadline.ui.sizes import data_size
from threadline.ui.translation import isolated
from threadline.ui.window_fit import fit_to_screen

#: Save the draft this long after the last edit.
AUTOSAVE_DELAY_MS = 1500
#: The window's size where the screen has room (see ui/window_fit.py).
COMPOSER_SIZE = QSize(760, 620)
#: The size note turns into a warning from this share of the server's limit on.
NEAR_LIMIT = 0.8
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
_NOTE_STYLES = {"": "color: #6b7280;", "near": "color: #b45309;", "over": "color: #b91c1c;"}


class Opened(Enum):
    """Where a composer's text comes from, which decides what closing it keeps."""

    FRESH = "fresh"  # a new message, reply or forward: untouched, there is nothing to keep
    SAVED = "saved"  # a draft opened from Drafts: on disk as it is
    UNSAVED = "unsaved"  # brought back by Undo or from the Outbox: only in this window


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
    """A window to write one message. Ctrl+Return sends it, Ctrl+S keeps it in Drafts.

    The draft is written in the background a moment after each edit (so a crash loses
    nothing); closing a window with text of the user's asks Save / Discard / Cancel, and
    an untouched one closes without leaving a draft behind.
    """

    sent = Signal(object)  # QueuedSend: the message is in the outbox; the app's runner sends it
    drafts_changed = Signal()  # this window's draft was written or removed
    _written = Signal(object)  # from the drafts writer's thread: None, or what went wrong

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
        opened: Opened = Opened.FRESH,
    ) -> None:
        super().__init__()
        self.undo_seconds = undo_seconds
        self.clock = clock  # the outbox runner's
        self.store_path = store_path
        self.drafts_dir = drafts_dir
        self.writer = writer_for(drafts_dir) if drafts_dir is not None else None
        self.opened = opened
        self.draft_id = draft_id or new_draft_id()
        self.finished = False  # queued or discarded: nothing left to save
        self.closing = False  # the user answered the question: close for good
        self.question: QMessageBox | None = None  # Save / Discard / Cancel, on closing
        self.confirmation: QMessageBox | None = None  # Discard, or a missing subject
        self.store = MessageStore(db.connect(store_path))
        self.accounts = accounts
        self.reply = reply
        self.attachments: list[Attachment] = list(draft.attachments) if draft else []
        self.base_draft = draft
        self.limits = SizeLimits(self)
        self.setAcceptDrops(True)
        self._build(draft)
        fit_to_screen(self, COMPOSER_SIZE)
        self._update_title()
        self.subject.textChanged.connect(self._update_title)
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.save_draft)
        for field in (self.to_field, self.cc_field, self.bcc_field, self.subject):
            field.textChanged.connect(self.autosave.start)
        self.body.textChanged.connect(self.autosave.start)
        self.sender_box.currentIndexChanged.connect(self.autosave.start)
        self.sender_box.currentIndexChanged.connect(self._refresh_size)
        self.limits.answered.connect(self._refresh_size)
        self._written.connect(self._after_write)
        self._refresh_attachments()
        #: The state closing compares with (``None``: the text is the user's and unsaved).
        self.baseline = None if opened is Opened.UNSAVED else self._state()
        #: The draft as it is kept on disk, which Discard goes back to.
        self.kept = self._saved() if opened is Opened.SAVED else None
        self.unkept_writes = False  # autosaves since then (Discard undoes them)

    # -- layout ------------------------------------------------------------------------

    def _build(self, draft: Draft | None) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.RichText)  # the subject in it is escaped
        self.banner.setAccessibleName(self.tr("Conversation this reply goes into"))
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 6px; padding: 8px; }"
        )
        if self.reply:
            subject = html.escape(self.reply.conversation_subject or self.tr("(no subject)"))
            unthreaded = ""
            if draft is not None and not draft.in_reply_to:
                no_id = self.tr(
                    "The message replied to has no Message-ID, so the reply cannot name it: it "
                    "joins the conversation by its subject only, and Gmail, Outlook and others "
                    "may show it apart."
                )
                unthreaded = f"<br>⚠ {html.escape(no_id)}"
            replying = self.tr(
                "↪ Replying in: {subject} (%n message(s))", "", self.reply.message_count
            )
            self.banner.setText(replying.format(subject=f"<b>{isolated(subject)}</b>") + unthreaded)
        else:
            self.banner.setText(self.tr("✉ New conversation"))
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.sender_box = QComboBox()
        self.sender_box.setAccessibleName(self.tr("From"))
        self.identities = identities(self.accounts)  # each account's address and aliases
        for identity in self.identities:
            self.sender_box.addItem(isolated(identity.label), identity.account_id)
        if draft:
            self.sender_box.setCurrentIndex(max(0, identity_index(self.identities, draft.sender)))
        form.addRow(self.tr("From"), self.sender_box)
        self.to_field = AddressField(self.store, self.tr("To"))
        self.cc_field = AddressField(self.store, self.tr("Cc"))
        self.bcc_field = AddressField(self.store, self.tr("Bcc"))
        for label, field, values in (
            (self.tr("To"), self.to_field, draft.to if draft else []),
            (self.tr("Cc"), self.cc_field, draft.cc if draft else []),
            (self.tr("Bcc"), self.bcc_field, draft.bcc if draft else []),
        ):
            field.setText(", ".join(a.formatted() for a in values))
            field.validity_changed.connect(self._show_problems)
            form.addRow(label, field)
        self.subject = QLineEdit(draft.subject if draft else "")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.textEdited.connect(self._check_subject)
        form.addRow(self.tr("Subject"), self.subject)
        layout.addLayout(form)

        # A reply's subject note keeps its place: the hint and the warning take the same
        # room (a stack is as tall as its tallest page), so nothing moves under the pointer.
        self.subject_hint = plain_label(
            self.tr(
                "Gmail keeps a reply in its conversation only while its subject stays the same."
            )
        )
        self.subject_hint.setAccessibleName(self.tr("Subject hint"))
        self.warning = plain_label(
            self.tr(
                "You changed the subject of a reply. Gmail will show it as a new conversation; "
                "other mail programs keep it in this one."
            )
        )
        self.warning.setAccessibleName(self.tr("Warning"))
        self.subject_note = QStackedWidget()
        for note, style in ((self.subject_hint, ""), (self.warning, "near")):
            note.setWordWrap(True)
            note.setStyleSheet(_NOTE_STYLES[style])
            self.subject_note.addWidget(note)
        self.subject_note.setVisible(self.reply is not None)
        layout.addWidget(self.subject_note)

        # A QTextEdit, not a QPlainTextEdit: it lays out each paragraph in its own
        # direction (an Arabic or Hebrew line right-aligned, its "> " quote marker at the
        # right, where the line starts), which QPlainTextEdit's layout cannot. Plain text
        # only: what is typed or pasted is text; the bytes sent are toPlainText()'s.
        self.body = QTextEdit()
        self.body.setAcceptRichText(False)
        self.body.setPlainText(draft.body if draft else "")
        self.body.setAccessibleName(self.tr("Message text"))
        # Tab leaves the text for Attach and Send, as in every other field; Ctrl+Tab
        # types a tab (as in Qt's own text editors)
        self.body.setTabChangesFocus(True)
        QShortcut(QKeySequence("Ctrl+Tab"), self.body, lambda: self.body.insertPlainText("\t"),
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        layout.addWidget(self.body, 1)

        attach_row = QHBoxLayout()
        self.attachment_list = AttachmentList()
        self.attachment_list.setMaximumHeight(70)
        self.attachment_list.remove_requested.connect(self.remove_attachments)
        attach_button = QPushButton(self.tr("Attach files…"))
        attach_button.setAccessibleName(self.tr("Attach files"))
        attach_button.clicked.connect(self.choose_attachments)
        self.attach_button = attach_button
        attach_row.addWidget(self.attachment_list, 1)
        attach_row.addStretch(0)
        attach_row.addWidget(
            attach_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        layout.addLayout(attach_row)
        self.size_note = plain_label()  # how large the message is, and the server's limit
        self.size_note.setAccessibleName(self.tr("Message size"))
        self.size_note.setWordWrap(True)
        layout.addWidget(self.size_note)

        bottom = QHBoxLayout()
        self.status = plain_label()  # server replies and errors: never markup
        self.status.setAccessibleName(self.tr("Sending status"))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Return)"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.later_button = QPushButton(self.tr("Send later…"))
        self.later_button.setAccessibleName(self.tr("Send later"))
        self.later_button.setToolTip(self.tr("Choose when the message goes"))
        self.later_button.clicked.connect(self.choose_send_time)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Throw this message away, with its draft"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setAccessibleName(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Keep it in Drafts to finish later (Ctrl+S)"))
        self.save_button.clicked.connect(self.keep_draft)
        self.save_button.setVisible(self.drafts_dir is not None)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.later_button)
        bottom.addWidget(self.send_button)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        # Escape closes the window: the draft is kept, and only unsaved text asks first
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        # from the text, Tab goes on to what is done next: attach, then send
        for first, second in (
            (self.body, self.attach_button), (self.attach_button, self.send_button),
            (self.send_button, self.later_button), (self.later_button, self.save_button),
            (self.save_button, self.discard_button),
        ):  # fmt: skip
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.keep_draft)
        if self.reply or (draft and draft.to):
            self.body.setFocus()
            self.body.moveCursor(self.body.textCursor().MoveOperation.Start)
        else:
            self.to_field.setFocus()

    # -- behaviour ---------------------------------------------------------------------

    def _check_subject(self, text: str) -> None:
        changed = self.reply and is_reply_subject_changed(self.reply.original_subject, text)
        self.subject_note.setCurrentWidget(self.warning if changed else self.subject_hint)

    def _update_title(self) -> None:
        """The window is named by its subject (Qt reads ``[*]`` as a marker: doubled)."""
        subject = " ".join(self.subject.text().split())
        fallback = self.tr("Reply") if self.reply else self.tr("New message")
        self.setWindowTitle((subject or fallback).replace("[*]", "[*][*]"))

    def _show_problems(self, _problem: str) -> None:
        problems = [f.problem for f in (self.to_field, self.cc_field, self.bcc_field) if f.problem]
        self.status.setText(problems[0] if problems else "")

    def _refresh_attachments(self) -> None:
        self.attachment_list.show_attachments(self.attachments)
        self._refresh_size()

    def _size_limit(self) -> tuple[int, SizeLimit]:
        """About how large the message is, and the most its account's server takes
        (asked in the background once the files pass 1 MB)."""
        draft = Draft(sender=Address(""), body=self.body.toPlainText(),
                      attachments=list(self.attachments))  # fmt: skip
        try:
            account = self.account()
        except InvalidInputError:
            return estimated_size(draft), SizeLimit(DEFAULT_MAX_SIZE)
        if sum(a.size for a in self.attachments) > ASK_ABOVE:
            self.limits.ask(account)
        return estimated_size(draft), self.limits.limit(account)

    def _refresh_size(self) -> None:
        """The note under the files: how many and how large, and a warning before the
        message (base64 adds a third) outgrows what the server takes."""
        self.size_note.setVisible(bool(self.attachments))
        if not self.attachments:
            return
        size, limit = self._size_limit()
        count = len(self.attachments)
        files = sum(a.size for a in self.attachments)
        text = self.tr("%n file(s), {size}", "", count).format(size=data_size(files))
        level = "over" if size > limit.size else "near" if size > NEAR_LIMIT * limit.size else ""
        if level == "over":
            text += " — " + self.tr(
                "about {size} once encoded for mail, more than {limit}. Remove a file, or share "
                "large files another way."
            ).format(size=data_size(size), limit=_limit_text(limit))
        elif level:
            text += " — " + self.tr("about {size} once encoded for mail, close to {limit}.").format(
                size=data_size(size), limit=_limit_text(limit)
            )
        self.size_note.setText(text)
        self.size_note.setStyleSheet(_NOTE_STYLES[level])

    def _check_size(self) -> None:
        """Refuse a message over the limit its server announced (it would refuse it)."""
        size, limit = self._size_limit()
        if limit.host is not None and size > limit.size:
            raise InvalidInputError(
                self.tr(
                    "The message would be about {size} with its attachments, more than {limit}. "
                    "Remove a file, or share large files another way."
                ).format(size=data_size(size), limit=_limit_text(limit))
            )

    def add_attachments(self, paths: list[Path]) -> None:
        """Attach files; unreadable ones are reported and skipped."""
        for path in paths:
            try:
                self.attachments.append(Attachment.from_path(path))
            except InvalidInputError as error:
                show_error(self, self.tr("Cannot attach"), error)
        self._refresh_attachments()
        self.autosave.start()

    def remove_attachments(self, rows: list[int]) -> None:
        """Take the files on ``rows`` off the message (Delete, Backspace, Remove)."""
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.attachments):
                del self.attachments[row]
        self._refresh_attachments()
        self.autosave.start()

    def choose_attachments(self) -> None:
        """Pick files with the system's file dialog."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
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
            raise InvalidInputError(
                self.tr("Add a sending account first (Accounts in the main window).")
            )
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
        body = self.body.toPlainText()
        return Draft(
            sender=self.identity().address,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=self.subject.text(),
            body=body,
            # an HTML alternative only while the text is the one it goes with
            html=base.html if base and base.body == body else None,
            attachments=list(self.attachments),
            in_reply_to=base.in_reply_to if base else None,
            references=list(base.references) if base else [],
            thread_topic=base.thread_topic if base else None,
            thread_index=base.thread_index if base else None,
            attached_messages=list(base.attached_messages) if base else [],
            reply_to=list(base.reply_to) if base else [],
            resumed_id=base.resumed_id if base else None,
            resumed_recipients=base.resumed_recipients if base else (),
        )

    def send(self) -> None:
        """Put the message in the outbox; it goes after the undo delay (Ctrl+Return)."""
        self._when_ready(lambda: self.queue(self.clock() + self.undo_seconds, scheduled=False))

    def choose_send_time(self) -> None:
        """ "Send later…": pick a time, then queue the message for it."""

        def pick() -> None:
            dialog = SendLaterDialog(self)
            dialog.chosen.connect(lambda when: self.queue(when, scheduled=True))
            self.send_later_dialog = dialog
            dialog.open()

        self._when_ready(pick)

    def _when_ready(self, go: Callable[[], object]) -> None:
        """Run ``go`` if the message can go: its addresses and size are fine, and a
        missing subject was meant (asked as Thunderbird asks; Enter keeps it unsent)."""
        if not self.send_button.isEnabled():
            return
        try:
            self.current_draft()
            self._check_size()
        except InvalidInputError as error:
            self.status.setText(str(error))
            show_error(self, self.tr("Cannot send yet"), error)
            return
        if self.subject.text().strip():
            go()
            return
        self.confirmation = confirm(
            self,
            self.tr("No subject"),
            self.tr("This message has no subject. Send it without one?"),
            self.tr("Send &without subject"),
            go,
        )
        self.confirmation.finished.connect(lambda _result: self.subject.setFocus())

    def queue(self, due_at: float, *, scheduled: bool) -> QueuedSend | None:
        """Queue the message to go at ``due_at`` (durable before any I/O); close the window."""
        if not self.send_button.isEnabled():
            return None
        try:
            draft = self.current_draft()
            self._check_size()
            account = self.account()
            queued = queue_draft(
                self.store.conn, account, draft,
                due_at=due_at, scheduled_for=due_at if scheduled else None,
            )  # fmt: skip
        except InvalidInputError as error:
            self.status.setText(str(error))
            show_error(self, self.tr("Cannot send yet"), error)
            return None
        remember_last_used(self.store.conn, account.id)  # a new message starts from it
        self.finished = True  # the outbox has it now; the draft file is no longer needed
        self.autosave.stop()
        if self.writer is not None:  # attachments kept in the profile stay for an Undo
            self.writer.delete(self.draft_id, keep_parts=True, done=self._written.emit)
        result = QueuedSend(
            queued.outbox_id, queued.message_id, draft.subject, due_at, scheduled,
            draft, self.reply, self.draft_id,
        )  # fmt: skip
        self.sent.emit(result)
        self.close()
        return result

    # -- drafts --------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        """What the user can change, to tell whether anything was."""
        return (self.sender_box.currentIndex(), self.to_field.text(), self.cc_field.text(),
                self.bcc_field.text(), self.subject.text(), self.body.toPlainText(),
                tuple(self.attachments))  # fmt: skip

    def _saved(self) -> SavedDraft | None:
        """The message as a draft to write (``None`` without an account to send from)."""
        try:
            draft = self.current_draft(validate=False)
        except InvalidInputError:
            return None
        return SavedDraft(self.draft_id, draft, self.reply.thread_id if self.reply else None,
                          self.reply.conversation_subject if self.reply else "")  # fmt: skip

    def has_unsaved_text(self) -> bool:
        """Whether closing now would lose something the user wrote."""
        return self.baseline is None or self._state() != self.baseline

    def save_draft(self) -> None:
        """Write the draft in the background (a moment after each edit): only its text;
        attachments are kept once. The GUI thread never waits on the disk."""
        if self.finished or self.writer is None:
            return
        saved = self._saved()
        if saved is not None:
            self.unkept_writes = True
            self.writer.save(saved, self._written.emit)

    def keep_draft(self) -> None:
        """Save draft (Ctrl+S): keep the message in Drafts as it is now."""
        if self.finished or self.writer is None:
            return
        self.autosave.stop()
        saved = self._saved()
        if saved is None:
            return
        self.writer.save(saved, self._written.emit)
        self.kept, self.baseline, self.unkept_writes = saved, self._state(), False

    def _drop_changes(self) -> None:
        """Back to what is kept: the draft as opened or last saved, or no draft at all
        (a message brought back by Undo also lets go of the attachments kept for it)."""
        changed = self.unkept_writes or (self.kept is None and self.opened is Opened.UNSAVED)
        if self.writer is not None and changed:
            if self.kept is not None:
                self.writer.save(self.kept, self._written.emit)
            else:
                self.writer.delete(self.draft_id, done=self._written.emit)
        self.unkept_writes = False

    def _after_write(self, error: object) -> None:
        if isinstance(error, Exception):
            self.status.setText(
                self.tr("The draft could not be saved: {error}").format(error=error)
            )
        elif not self.finished and not self.closing:
            problems = [f.problem for f in (self.to_field, self.cc_field, self.bcc_field)]
            if not any(problems):
                clock = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
                self.status.setText(self.tr("Draft saved at {time}").format(time=clock))
        self.drafts_changed.emit()

    def discard(self) -> None:
        """Discard: throw the message away, draft and all (asked first when it has text
        of the user's; Cancel is the default)."""
        if not self.has_unsaved_text() and self.kept is None:
            self.discard_now()
            return
        self.confirmation = confirm(
            self, self.tr("Discard message"),
            self.tr("Discard this message? Its text and its draft are deleted; this cannot be "
                    "undone."),
            self.tr("&Discard"), self.discard_now,
        )  # fmt: skip

    def discard_now(self) -> None:
        """Delete the draft and close, without a question."""
        self.finished = True
        self.autosave.stop()
        if self.writer is not None:
            self.writer.delete(self.draft_id, done=self._written.emit)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.stop()
        if self.finished or self.closing or self.writer is None:
            super().closeEvent(event)
            return
        if not self.has_unsaved_text():
            self._drop_changes()  # autosaves of text typed and taken back again
            super().closeEvent(event)
            return
        event.ignore()
        if self.question is None or not self.question.isVisible():
            self.question = ask_to_save(self, changes=self.kept is not None,
                                        on_answer=self._answered)  # fmt: skip

    def _answered(self, answer: Answer) -> None:
        if answer is Answer.CANCEL:
            self.autosave.start()  # edits not yet written
            return
        if answer is Answer.SAVE:
            self.keep_draft()
        else:
            self._drop_changes()
        self.closing = True
        self.close()


class SendLaterDialog(QDialog):
    """A date and time for "Send later", with the usual quick choices."""

    chosen = Signal(float)  # epoch seconds

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send later"))
        now = QDateTime.currentDateTime()
        self.when = QDateTimeEdit(now.addSecs(3600))
        self.when.setAccessibleName(self.tr("Send at"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setMinimumDateTime(now)
        self.problem = plain_label()
        quick = QHBoxLayout()
        for label, moment in (
            (self.tr("Tomorrow morning"), next_morning(now, days=1)),
            (self.tr("Monday morning"), next_monday_morning(now)),
        ):
            shown = QLocale().toString(moment, "ddd d MMM, HH:mm")
            button = QPushButton(self.tr("{label} ({when})").format(label=label, when=shown))
            button.clicked.connect(lambda _c=False, m=moment: self.when.setDateTime(m))
            quick.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Send this message at:")))
        layout.addWidget(self.when)
        layout.addLayout(quick)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        moment = self.when.dateTime().toSecsSinceEpoch()
        if moment <= time.time():
            self.problem.setText(self.tr("That time has passed; choose a time to come."))
            return
        super().accept()
        self.chosen.emit(float(moment))


def next_morning(now: QDateTime, days: int) -> QDateTime:
    """8:00 ``days`` days after ``now``'s date."""
    return QDateTime(now.date().addDays(days), QTime(8, 0))


def next_monday_morning(now: QDateTime) -> QDateTime:
    """8:00 on the next Monday (a week on, when today is Monday)."""
    return next_morning(now, days=(8 - now.date().dayOfWeek()) % 7 or 7)


def _limit_text(limit: SizeLimit) -> str:
    """``the limit of 32.0 MB at smtp.example.org``, ``the 25.0 MB most mail servers accept``."""
    if limit.host:
        text = translate("Composer", "the limit of {size} at {host}")
        return text.format(size=data_size(limit.size), host=limit.host)
    text = translate("Composer", "the {size} most mail servers accept")
    return text.format(size=data_size(limit.size))


def _addresses_of(field: AddressField, *, strict: bool) -> list[Address]:
    """A field's addresses; leniently, entries that do not parse are kept as typed."""
    try:
        return field.addresses()
    except InvalidInputError:
        if strict:
            raise
        return [Address(part.strip(), "") for part in field.text().split(",") if part.strip()]
