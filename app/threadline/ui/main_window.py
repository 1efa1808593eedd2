"""The main window: conversations on the left, the selected one on the right."""

from __future__ import annotations

import gc
import html
import math
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from threadline import APP_NAME, __version__
from threadline.errors import InvalidInputError, NotFoundError
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.messages import MessageStore
from threadline.store.models import ConversationSummary
from threadline.ui.app_outbox import AppOutbox
from threadline.ui.app_sync import AppSync, imap_sessions
from threadline.ui.conversation_delegate import ConversationDelegate
from threadline.ui.conversation_model import ConversationModel
from threadline.ui.drafts_place import DraftsPlace
from threadline.ui.errors import show_error
from threadline.ui.notifications import show_notification
from threadline.ui.outbox_count import OutboxCount
from threadline.ui.plain import plain_label
from threadline.ui.remote_pictures import PicturePolicy
from threadline.ui.sync_status import SyncStatusLine
from threadline.ui.undo_note import UndoNote
from threadline.ui.window_fit import fit_to_screen, restore_geometry, save_geometry
from threadline.ui.worker import Progress, run_in_background

# Start-up imports only what the first window shows. What one window or action needs
# (the composer, the Outbox, importing, the Accounts dialog with OAuth's authlib and
# requests, sending with keyring and smtplib, IMAP) is imported when first used, or on
# the worker thread that uses it (bench/bench_ui.py measures the start).
if TYPE_CHECKING:
    from threadline.core.compose import Draft
    from threadline.core.reply import ReplyMode
    from threadline.drafts import SavedDraft
    from threadline.mailto import MailtoRequest
    from threadline.services.identities import Senders
    from threadline.services.replying import ReplyPlan
    from threadline.services.sending import FlushReport, OutboxRunner
    from threadline.services.syncing import SyncReport
    from threadline.store.folders import FolderStore
    from threadline.store.importer import ImportReport
    from threadline.store.outbox import Outbox
    from threadline.store.trash import Deletion, Restored
    from threadline.ui.accounts_dialog import AccountsDialog
    from threadline.ui.composer import ComposerWindow, Opened, QueuedSend, ReplyContext
    from threadline.ui.outbox_dialog import OutboxDialog
    from threadline.ui.thread_view import ThreadView
    from threadline.ui.trash_dialog import TrashDialog

SEARCH_DELAY_MS = 250
#: The window's size where the screen has room (see ui/window_fit.py).
MAIN_WINDOW_SIZE = QSize(1180, 720)
#: The least share of the window's width the reader keeps beside the list.
READER_SHARE = 0.6
#: The list's width until the user drags the divider.
DEFAULT_LIST_WIDTH = 380
#: The import file dialog's filters: mail files first (compressed mbox too), then any.
MAIL_PATTERNS = "*.eml *.mbox *.mbx *.mbs *.mbox.gz *.mbox.xz *.mbox.zst *.gz *.xz *.zst"


def mail_files() -> str:
    """The import file dialog's filters, in the user's words."""
    mail = translate("MainWindow", "Mail files ({patterns})").format(patterns=MAIL_PATTERNS)
    return f"{mail};;" + translate("MainWindow", "All files (*)")


#: Seconds a sent message waits for Undo, unless the settings say otherwise.
UNDO_SECONDS = 5
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def empty_state() -> str:
    """The reader's note while there is no conversation at all."""
    return (
        "<div style='margin:40px; color:palette(placeholder-text)'><h3>"
        + translate("MainWindow", "No conversations yet")
        + "</h3><p>"
        + translate(
            "MainWindow",
            "Import mail you already have — .eml files, mbox files or Maildir folders — with "
            "<b>Import</b> or <b>Import folder</b>, or drop them on this window.",
        )
        + "</p><p>"
        + translate(
            "MainWindow",
            "Or write a new message with <b>New</b> (Ctrl+N). Replies you send land in the "
            "right conversation, here and in your recipients' mail programs.",
        )
        + "</p></div>"
    )


def import_summary_box(parent: QWidget, report: ImportReport) -> QMessageBox:
    """What an import did, to read at leisure: the summary, and every skipped file or
    message with its reason under "Show Details…"."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "Import"))
    box.setIcon(QMessageBox.Icon.Warning if report.problems else QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names come from the disk
    box.setText(report.summary())
    if report.problems:
        box.setInformativeText(
            translate("MainWindow", "Show Details… lists what was skipped, and why.")
        )
        box.setDetailedText(
            "\n".join(
                f"{problem.path}"
                + (f" (message {problem.message})" if problem.message is not None else "")
                + f": {problem.reason}"
                for problem in report.problems
            )
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.NonModal)
    return box


def reply_mode(name: str) -> ReplyMode:
    """``ReplyMode[name]``, imported when a reply is asked for (not at start-up)."""
    from threadline.core.reply import ReplyMode

    return ReplyMode[name]


def _has_list(window: MainWindow, rowid: int) -> bool:
    """Whether Reply to list can answer the stored message ``rowid``."""
    from threadline.services.replying import can_reply_to_list

    return can_reply_to_list(window.store, rowid)


class MainWindow(QMainWindow):
    """Conversations, the open conversation, and the actions on them."""

    #: The outbox runner's clock, and how often it looks for work from other processes
    #: (tests make time pass without waiting).
    clock: Callable[[], float] = staticmethod(time.time)
    outbox_tick = 2.0
    #: A conversation shown without the user choosing it (the newest, at start) is marked
    #: read only after it was on screen this long in the active window, as Thunderbird's
    #: "mark as read after N seconds": starting the app must not mark mail read on the server.
    auto_read_ms = 3000
    #: Whether the objects made at start have been left out of garbage collection.
    start_objects_frozen = False
    #: Whether the outbox runner and the sync were started (just after the window is up).
    background_started = False
    #: Whether the window was painted once, and whether that starts the outbox and sync.
    drawn = False
    start_when_drawn = False
    #: The first conversation is chosen and waits for the first paint to be read.
    reader_waits = False

    def __init__(self, profile: Profile, *, reader_after_paint: bool = False) -> None:
        """The window on ``profile``. ``reader_after_paint`` (the app's start): the list
        shows at once and the newest conversation is read and drawn just after the first
        paint, so the window is up before any mail is parsed."""
        super().__init__()
        self.profile = profile
        self.store_path = profile.store_path
        self.store = MessageStore(db.connect(self.store_path))
        self.settings = QSettings(
            str(profile.config_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self.current: ConversationSummary | None = None
        self.import_summary: QMessageBox | None = None  # what the last import did
        self._showing_unasked = False
        self.auto_read = QTimer(self, singleShot=True, interval=self.auto_read_ms)
        self.auto_read.timeout.connect(self._read_what_is_shown)
        self.composers: list[ComposerWindow] = []
        self.pending: QueuedSend | None = None  # the last message sent, while Undo is offered
        self.notify: Callable[[str, str], object] = show_notification
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._reader: ThreadView | None = None
        self._build()
        if not reader_after_paint:
            self._make_reader()
        self._restore_layout()
        self.outbox_runner = AppOutbox(self.store_path, self._make_runner, self.outbox_tick)
        self.outbox_runner.reported.connect(self._after_run)
        self.outbox_runner.failed.connect(lambda e: show_error(self, self.tr("Sending failed"), e))
        self.sync = AppSync(self.store_path, imap_sessions(profile.config_dir))
        self.sync.synced.connect(self._after_sync)
        self.sync.status.connect(self.sync_status.show_status)
        self.sync_status.retry_requested.connect(self.sync.retry)
        self.model.reload()
        self.refresh_accounts()
        if reader_after_paint:  # the reader (or an empty list's welcome) and the Outbox
            self.reader_waits = True  # count come just after the first paint
            if self.model.rowCount():
                self.keeping_view = True  # the first row is chosen; its reading waits
                try:
                    self.list.setCurrentIndex(self.model.index(0, 0))
                finally:
                    self.keeping_view = False
        else:
            if self.model.rowCount():
                self.show_first()
            else:
                self.open_row(-1)
            self.outbox_count.refresh(self.store.conn)
        # sending and sync start once the window is drawn: their threads import smtplib,
        # keyring and imapclient, which would hold the interpreter while it draws
        QTimer.singleShot(0, self._start_background_when_drawn)

    def _start_background_when_drawn(self) -> None:
        if self.isVisible() and not self.drawn:
            self.start_when_drawn = True  # see event(): the first paint starts them,
            QTimer.singleShot(1000, self._start_background)  # or this (a minimized start)
        else:
            self._start_background()

    def event(self, event: QEvent) -> bool:
        """The first paint starts what waited for it."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self.drawn:
            self.drawn = True
            if self.start_when_drawn:
                QTimer.singleShot(0, self._start_background)
        return handled

    def _start_background(self) -> None:
        """Start the outbox runner and the sync (once; not after the window closed)."""
        if self.background_started:
            return
        self.background_started = True
        if self.reader_waits:  # the newest conversation, chosen before the first paint
            self.reader_waits = False
            row = self.list.currentIndex().row()
            if self.current is None:  # (row -1: the welcome of an empty list)
                self._showing_unasked = True
                try:
                    self.open_row(row)
                finally:
                    self._showing_unasked = False
        self.outbox_count.refresh(self.store.conn)
        self.outbox_runner.idle.connect(lambda: self.outbox_count.refresh(self.store.conn))
        self.outbox_runner.start()
        self.sync.start()
        self._update_actions()  # what waited for the first paint (Reply to list)
        self.drafts.refresh()  # drafts left from last time (a crash, or saved) are listed

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.model = ConversationModel(self.store)
        self._folders: FolderStore | None = None
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setUniformItemSizes(True)
        # rows elide their text to the width: never a sideways scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.keeping_view = False  # a sync reloads the list: the selection is put back as is
        self.list.selectionModel().currentChanged.connect(
            lambda index, _old: None if self.keeping_view else self.open_row(index.row())
        )

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search all mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        # Down in the search box goes on into the results; Escape clears the search
        for key, slot in (
            (Qt.Key.Key_Down, self.focus_results),
            (Qt.Key.Key_Escape, self.search.clear),
        ):
            QShortcut(QKeySequence(key), self.search, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

        self.welcome = QWidget()
        welcome_layout = QHBoxLayout(self.welcome)
        welcome_layout.setContentsMargins(8, 6, 8, 6)
        self.welcome_text = QLabel(
            self.tr("No sending account yet. Add one to reply and send, or import mail you have.")
        )
        self.welcome_text.setWordWrap(True)
        add_account = QPushButton(self.tr("Add account…"))
        add_account.clicked.connect(self.open_accounts)
        import_button = QPushButton(self.tr("Import mail…"))
        import_button.clicked.connect(self.choose_import)
        welcome_layout.addWidget(self.welcome_text, 1)
        welcome_layout.addWidget(add_account)
        welcome_layout.addWidget(import_button)
        self.welcome.setStyleSheet("QWidget { background: palette(alternate-base); }")

        self.undo_bar = QWidget()
        self.undo_bar.setAccessibleName(self.tr("Sending"))
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 8, 4)
        self.undo_text = plain_label()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo send"))
        self.undo_button.clicked.connect(self.undo_send)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.setStyleSheet("QWidget { background: palette(alternate-base); }")
        self.undo_bar.hide()
        self.undo_clock = QTimer(self, interval=250)
        self.undo_clock.timeout.connect(self._tick_undo)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        # Drafts: a place of their own beside the conversations (issue 17, point 5)
        self.drafts: DraftsPlace = DraftsPlace(self.profile.drafts_dir)
        self.drafts.open_requested.connect(self.open_draft)
        self.drafts.deleted.connect(self._draft_deleted)
        self.drafts.count_changed.connect(self._drafts_counted)
        self.drafts_announced = False  # the status bar named the drafts left from before
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.setAccessibleName(self.tr("Conversations and drafts"))
        self.left_tabs.addTab(self.list, self.tr("Conversations"))
        self.left_tabs.addTab(self.drafts, self.tr("Drafts"))
        self.search.textChanged.connect(lambda _text: self.left_tabs.setCurrentIndex(0))
        left_layout.addWidget(self.left_tabs)

        self.header = plain_label()  # the subject comes from mail: never markup
        self.header.setAccessibleName(self.tr("Conversation subject"))
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header.setFont(font)
        right = QWidget()
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(12, 6, 6, 6)
        self.right_layout.addWidget(self.header)
        self.reader_place = QWidget()  # the reader's place until it is made
        self.right_layout.addWidget(self.reader_place, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)  # the reader takes what the window gains
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._list_width_chosen())
        self.splitter.installEventFilter(self)
        #: The list's width as the user left it (restored, or dragged): kept when room allows.
        self.chosen_list_width = self.splitter.sizes()[0] or DEFAULT_LIST_WIDTH
        self.splitter.setSizes([DEFAULT_LIST_WIDTH, 700])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.welcome)
        central_layout.addWidget(self.undo_bar)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.sync_status: SyncStatusLine = SyncStatusLine()
        self.statusBar().addPermanentWidget(self.sync_status)
        self.outbox_count: OutboxCount = OutboxCount()  # how many messages wait to go (issue 14)
        self.outbox_count.clicked.connect(self.open_outbox)
        self.statusBar().addPermanentWidget(self.outbox_count)
        self.undo_note = UndoNote()  # "Conversation moved to Trash. [Undo]"
        self.undo_note.undo_requested.connect(self.undo_delete)
        self.statusBar().addWidget(self.undo_note)
        self.last_deletion: Deletion | None = None
        self._actions()

    def _action(self, text: str, keys: str | QKeySequence.StandardKey | None, slot: object,
                tip: str, icon: str = "") -> QAction:  # fmt: skip
        action = QAction(QIcon.fromTheme(icon), text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if keys else tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New message"),
            "Ctrl+N",
            self.compose_new,
            self.tr("Write a new message"),
            "mail-message-new",
        )
        self.reply_action = self._action(
            self.tr("&Reply"),
            "Ctrl+R",
            lambda: self.reply(reply_mode("SENDER")),
            self.tr("Reply to the sender"),
            "mail-reply-sender",
        )
        self.reply_all_action = self._action(
            self.tr("Reply &all"),
            "Ctrl+Shift+R",
            lambda: self.reply(reply_mode("ALL")),
            self.tr("Reply to everyone"),
            "mail-reply-all",
        )
        self.reply_list_action = self._action(
            self.tr("Reply to &list"),
            "Ctrl+L",
            lambda: self.reply(reply_mode("LIST")),
            self.tr("Reply to the mailing list"),
            "mail-reply-list",
        )
        self.forward_action = self._action(
            self.tr("&Forward"),
            "Ctrl+Shift+F",
            self.forward,
            self.tr("Forward as a new conversation"),
            "mail-forward",
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            "Ctrl+I",
            self.choose_import,
            self.tr("Import .eml, mbox or Maildir"),
            "document-import",
        )
        self.import_folder_action = self._action(
            self.tr("Import &folder…"),
            "Ctrl+Shift+I",
            self.choose_import_folder,
            self.tr("Import a Maildir or a folder of mail"),
            "folder-open",
        )
        self.outbox_action = self._action(
            self.tr("&Outbox"),
            "Ctrl+O",
            self.open_outbox,
            self.tr("Queued and failed messages"),
            "mail-send",
        )
        self.accounts_action = self._action(
            self.tr("&Accounts…"),
            None,
            self.open_accounts,
            self.tr("Sending accounts"),
            "preferences-system",
        )
        self.search_action = self._action(
            self.tr("&Search"), "Ctrl+F", self.focus_search, self.tr("Search all mail")
        )
        self.mark_unread_action = self._action(
            self.tr("Mark as &unread"), "Ctrl+U", self.mark_unread,
            self.tr("Mark the conversation's newest message unread, here and on the server"),
        )  # fmt: skip
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete_conversation,
            self.tr("Move the conversation to the Trash (Ctrl+Z brings it back)"), "edit-delete",
        )  # fmt: skip
        # Delete acts where the conversation is, the list and the reader (Delete in the
        # search box and in Drafts stays theirs)
        self.removeAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_delete_action = self._action(
            self.tr("&Undo delete"), QKeySequence.StandardKey.Undo, self.undo_delete,
            self.tr("Bring back what was deleted last"),
        )  # fmt: skip
        # right-click on a conversation: what can be done with it
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.reply_action, self.reply_all_action, self.forward_action,
                       self.mark_unread_action, self.delete_action):  # fmt: skip
            self.list.addAction(action)
        self._menus()
        toolbar = self.addToolBar(self.tr("Actions"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.reply_action, self.reply_all_action,
                       self.reply_list_action, self.forward_action):  # fmt: skip
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.import_action, self.import_folder_action, self.outbox_action,
                       self.accounts_action):  # fmt: skip
            toolbar.addAction(action)
        self._update_actions()

    @property
    def reader(self) -> ThreadView:
        """The messages of the conversation. At the app's start it is made just after the
        first paint (its module and Qt's text classes take some 25 ms to load), or when
        first used, whichever comes first."""
        return self._make_reader() if self._reader is None else self._reader

    def _make_reader(self) -> ThreadView:
        from threadline.ui.thread_view import ThreadView

        reader = self._reader = ThreadView()
        reader.setAccessibleName(self.tr("Messages of the conversation"))
        reader.link_hovered.connect(self.show_link_target)
        reader.answer_requested.connect(self.answer_message)
        reader.picture_policy = self._picture_policy()
        reader.addAction(self.delete_action)  # (Delete in the reader: see _actions)
        self.right_layout.replaceWidget(self.reader_place, reader)
        self.reader_place.deleteLater()
        before = self.reader_place.previousInFocusChain()  # Tab goes where it went before
        if before is not None:
            QWidget.setTabOrder(before, reader)
        return reader

    def _picture_policy(self) -> PicturePolicy:
        """Senders whose web pictures load without asking, kept in the window settings."""
        saved = self.settings.value("reader/pictures_from", [])
        trusted = [saved] if isinstance(saved, str) else saved if isinstance(saved, list) else []
        policy = PicturePolicy(str(address) for address in trusted)
        policy.changed.connect(
            lambda: self.settings.setValue("reader/pictures_from", sorted(policy.trusted))
        )
        return policy

    def _menus(self) -> None:
        """The menu bar: every action, its shortcut shown, each menu and entry reachable
        with Alt and its underlined letter."""
        self.expand_all_action = self._action(
            self.tr("&Expand all messages"), None, lambda: self.reader.expand_all(),
            self.tr("Open every message of the conversation"),
        )  # fmt: skip
        self.drafts_action = self._action(
            self.tr("&Drafts"),
            "Ctrl+Shift+D",
            self.show_drafts,
            self.tr("Messages saved to finish later"),
        )
        self.trash_action = self._action(
            self.tr("&Trash…"), None, self.open_trash,
            self.tr("Deleted conversations, to restore"),
        )  # fmt: skip
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, self.tr("Close Threadline")
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            "F1",
            self.show_shortcuts,
            self.tr("Every shortcut, in one list"),
        )
        self.about_action = self._action(
            self.tr("&About Threadline"), None, self.show_about, self.tr("Version")
        )
        entries: dict[str, list[QAction | None]] = {
            self.tr("&File"): [self.new_action, None, self.import_action, self.import_folder_action,
                      None, self.quit_action],
            self.tr("&Edit"): [self.undo_delete_action, None, self.search_action],
            self.tr("&View"): [self.expand_all_action, self.drafts_action, self.trash_action],
            self.tr("&Message"): [self.reply_action, self.reply_all_action, self.reply_list_action,
                         self.forward_action, None, self.mark_unread_action,
                         self.delete_action],
            self.tr("&Tools"): [self.outbox_action, self.accounts_action],
            self.tr("&Help"): [self.shortcuts_action, None, self.about_action],
        }  # fmt: skip
        bar = self.menuBar()
        for title, actions in entries.items():
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def show_shortcuts(self) -> QMessageBox:
        """F1: every menu entry with its shortcut, in a two-column table (keys first, at
        the right in a right-to-left language; each key sequence kept left to right)."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    rows.append((keys, action.text().replace("&", "")))
        native = QKeySequence.SequenceFormat.NativeText
        rows += [
            (QKeySequence(Qt.Key.Key_Down).toString(native),
             self.tr("From the search box into the results")),
            (QKeySequence(Qt.Key.Key_Escape).toString(native), self.tr("Clear the search")),
        ]  # fmt: skip
        table = "".join(
            f"<tr><td><b>\u2066{html.escape(keys)}\u2069</b></td><td>{html.escape(text)}</td></tr>"
            for keys, text in rows
        )
        direction = "rtl" if self.isRightToLeft() else "ltr"
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"),
                          f"<table dir='{direction}' cellspacing='0' cellpadding='3'>{table}"
                          "</table>", QMessageBox.StandardButton.Close, self)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.RichText)  # (our own words, escaped)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.shortcuts_box = box
        self.shortcuts = rows
        return box

    def show_about(self) -> QMessageBox:
        """Help → About: the name, version and what it is for."""
        about = self.tr("A desktop mail composer whose messages land in the right conversation.")
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About {app}").format(app=APP_NAME),
                          f"{APP_NAME} {__version__}\n\n{about}",
                          QMessageBox.StandardButton.Close, self)  # fmt: skip
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()  # (window-modal, without a nested event loop)
        self.about_box = box
        return box

    def _restore_layout(self) -> None:
        restore_geometry(self.settings, "window", self, MAIN_WINDOW_SIZE)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
            self.chosen_list_width = self.splitter.sizes()[0] or DEFAULT_LIST_WIDTH

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The splitter got its new width: share it (see :meth:`_keep_room_to_read`)."""
        if watched is self.splitter and isinstance(event, QResizeEvent):
            self._keep_room_to_read(event.size().width() - self.splitter.handleWidth())
        return super().eventFilter(watched, event)

    def _list_width_chosen(self) -> None:
        self.chosen_list_width = self.splitter.sizes()[0]
        self._keep_room_to_read()

    def _keep_room_to_read(self, total: int | None = None) -> None:
        """The list as wide as the user left it, while the reader keeps at least
        :data:`READER_SHARE` of the ``total`` width (at 800 px a 380 px list left 416)."""
        list_width, reader_width = self.splitter.sizes()
        total = list_width + reader_width if total is None else total
        if total <= 0:
            return
        wanted = min(self.chosen_list_width, int(total * (1 - READER_SHARE)))
        if (wanted, total - wanted) != (list_width, reader_width):
            self.splitter.setSizes([wanted, total - wanted])

    def showEvent(self, event: QShowEvent) -> None:
        """Once the window is up, the objects made at start live as long as the app:
        ``gc.freeze`` leaves them out of Python's full collections, which otherwise scan
        them all and froze the window for 100 ms and more in the middle of an import."""
        super().showEvent(event)
        if not self.start_objects_frozen:
            gc.freeze()
            self.start_objects_frozen = True

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self.settings, "window", self)
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
        # The runner finishes the message it is sending (the window is gone already). A
        # message still in its undo delay stays queued: it goes at the next start (or
        # with `threadline outbox flush`); nothing is lost, nothing is sent twice.
        self.hide()
        self.background_started = True  # closed before it started: it never will
        self.outbox_runner.stop()
        self.sync.stop()

    # -- state -------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        """The sending accounts."""
        return AccountStore(self.store.conn).all()

    def refresh_accounts(self) -> None:
        """Show the welcome strip while there is no account; sync new incoming servers."""
        self.welcome.setVisible(not self.accounts())
        self._update_actions()
        self.sync.refresh_accounts()

    def _update_actions(self) -> None:
        has_conversation = self.current is not None
        for action in (self.reply_action, self.reply_all_action, self.reply_list_action,
                       self.forward_action, self.mark_unread_action,
                       self.delete_action):  # fmt: skip
            action.setEnabled(has_conversation)
        newest = self.store.newest_message(self.current.thread_id) if self.current else None
        # (read once the window is drawn: it needs the reply machinery, not the first paint)
        to_list = newest is not None and self.background_started and _has_list(self, newest.rowid)
        self.reply_list_action.setEnabled(to_list)  # no List-Post: nothing to reply to
        self.reply_list_action.setToolTip(
            self.tr("Reply to the mailing list (Ctrl+L)") if to_list or newest is None
            else self.tr("Reply to list: this conversation's newest message names no mailing list")
        )  # fmt: skip

    def open_row(self, row: int) -> None:
        """Show the conversation on ``row``."""
        self.current = self.model.conversation_at(row)
        self._update_actions()
        if self.current is None:
            self.header.setText("")
            self.reader.show_note(empty_state() if not self.model.rowCount() else "")
            return
        messages = self.store.thread_messages(self.current.thread_id)
        self.auto_read.stop()
        if self.current.unread_count and self._showing_unasked:
            self.auto_read.start(self.auto_read_ms)
        elif self.current.unread_count:
            self.mark_read(self.current)
        self.header.setText(self.current.subject or self.tr("(no subject)"))
        self.reader.show_conversation(self.store, messages)

    def show_first(self) -> None:
        """Show the newest conversation without marking it read: the user did not pick it
        (it is marked read once it has been on screen a moment, see :attr:`auto_read_ms`)."""
        self._showing_unasked = True
        try:
            self.list.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._showing_unasked = False

    def _read_what_is_shown(self) -> None:
        if self.current is not None and self.current.unread_count and self.isActiveWindow():
            self.mark_read(self.current)

    def mark_unread(self) -> None:
        """Ctrl+U: the newest message the user received in the shown conversation is
        unread again, here and (at the next sync) on the server; it stays unread while it
        is on screen, until the user opens the conversation again."""
        if self.current is None:
            return
        messages = self.store.thread_messages(self.current.thread_id)
        received = [m for m in messages if not m.is_sent] or messages
        if not received:
            return
        newest = max(received, key=lambda m: (m.date_utc, m.rowid))
        self.auto_read.stop()
        if self.folders.mark_message_unread(newest.rowid):
            self.sync.wake()
        row = self.model.row_of(self.current.thread_id)
        fresh = self.model.refresh_row(row) if row is not None else None
        self.current = fresh or self.store.conversation(self.current.thread_id) or self.current
        self.statusBar().showMessage(self.tr("Marked as unread."), 4000)

    @property
    def folders(self) -> FolderStore:
        """Read state and server locations of the store (made on first use)."""
        if self._folders is None:
            from threadline.store.folders import FolderStore

            self._folders = FolderStore(self.store.conn)
        return self._folders

    def _outbox(self) -> Outbox:
        from threadline.store.outbox import Outbox

        return Outbox(self.store.conn)

    def delete_conversation(self) -> Deletion | None:
        """Delete: the shown conversation goes to the Trash (kept until emptied; on the
        server, to its Trash folder at the next sync); the list selects the next one and
        the reader shows it. Undo (the status bar, Ctrl+Z) brings it back."""
        if self.current is None:
            return None
        from threadline.services.deleting import delete_conversation

        row = self.model.row_of(self.current.thread_id) or 0
        try:
            deletion = delete_conversation(self.store.conn, self.current.thread_id)
        except NotFoundError:  # deleted meanwhile (another window, the command line)
            deletion = None
        if deletion is not None and deletion.to_move:
            self.sync.wake()
        self.last_deletion = deletion or self.last_deletion
        self.model.reload(at_least=self.model.rowCount(), reread=True)
        row = min(row, self.model.rowCount() - 1)
        self.list.setCurrentIndex(self.model.index(row, 0))  # the reader follows
        if row < 0:
            self.open_row(-1)
        if deletion is not None:
            self.undo_note.offer(self._deleted_text(deletion))
        return deletion

    def _deleted_text(self, deletion: Deletion) -> str:
        """ "Conversation moved to Trash." and, with copies on a server, what happens next."""
        text = self.tr("Conversation moved to Trash.")
        if deletion.to_move:
            text += " " + self.tr(
                "%n cop(ies) on the server go to its Trash folder at the next sync.",
                "",
                deletion.to_move,
            )
        return text

    def _restored_text(self, restored: Restored) -> str:
        """What the status line says after Undo."""
        text = self.tr("%n message(s) restored.", "", restored.messages)
        if restored.to_move_back:
            text += " " + self.tr("It comes back from the server's Trash at the next sync.")
        return text

    def undo_delete(self) -> None:
        """Undo (Ctrl+Z): the last deletion comes back, selected and shown."""
        deletion, self.last_deletion = self.last_deletion, None
        self.undo_note.withdraw()
        if deletion is None:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        try:
            from threadline.services.deleting import undo_deletion

            restored = undo_deletion(self.store.conn, deletion.id)
        except NotFoundError as error:
            self.statusBar().showMessage(str(error), 8000)
            return
        self.show_restored(restored)

    def show_restored(self, restored: Restored) -> None:
        """A deletion came back (Undo, or the Trash window): show it, and have the sync
        fetch it back from the server's Trash if it had moved it there."""
        last = self.last_deletion
        if last is not None and last.id == restored.deletion_id:  # Undo has no more to do
            self.last_deletion = None
            self.undo_note.withdraw()
        if restored.to_move_back:
            self.sync.wake()
        self.model.reload(at_least=self.model.rowCount(), reread=True)
        rows = [self.model.row_of(thread) for thread in restored.thread_ids]
        shown = [row for row in rows if row is not None]
        if shown:  # (a search that does not match it leaves the list as it is)
            self.list.setCurrentIndex(self.model.index(min(shown), 0))
        else:
            self._after_list_reset()
        self.statusBar().showMessage(self._restored_text(restored), 8000)

    def open_trash(self) -> TrashDialog:
        """View → Trash: every deletion, to restore (non-modal)."""
        from threadline.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.store.conn, self)
        dialog.restored.connect(self.show_restored)
        dialog.show()
        return dialog

    def mark_read(self, conversation: ConversationSummary) -> None:
        """Mark a conversation read here, and soon on the server (its \\Seen flags)."""
        if self.folders.mark_thread_read(conversation.thread_id):
            self.sync.wake()
        row = self.model.row_of(conversation.thread_id)
        fresh = self.model.refresh_row(row) if row is not None else None
        if self.current is not None and self.current.thread_id == conversation.thread_id:
            self.current = fresh or self.store.conversation(conversation.thread_id) or self.current

    def show_link_target(self, target: str) -> None:
        """Where the link under the pointer really goes, in the status bar."""
        if target:
            self.statusBar().showMessage(self.tr("Link to {target}").format(target=target))
        else:
            self.statusBar().clearMessage()

    def open_thread(self, thread_id: int) -> None:
        """Select and show a conversation by id (after a send or a mailto: reply)."""
        self.search.clear()
        self.model.show_search(None)
        row = self.model.row_of(thread_id)
        while row is None and self.model.canFetchMore(self.model.index(-1, 0)):
            self.model.fetchMore(self.model.index(-1, 0))
            row = self.model.row_of(thread_id)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self.open_row(row)

    def show_drafts(self) -> None:
        """View → Drafts: the list of drafts, to open or delete one."""
        self.left_tabs.setCurrentWidget(self.drafts)
        self.drafts.list.setFocus()

    def _drafts_counted(self, count: int) -> None:
        drafts = self.tr("Drafts ({count})").format(count=count) if count else self.tr("Drafts")
        self.left_tabs.setTabText(1, drafts)
        if self.drafts_announced:  # only what the first reading found: left from before
            return
        self.drafts_announced = True
        if count:
            self.statusBar().showMessage(
                self.tr("%n unsent draft(s) wait in Drafts.", "", count), 10000
            )

    def open_draft(self, saved: SavedDraft) -> ComposerWindow | None:
        """Open a draft from Drafts; a draft already open comes to the front instead."""
        for composer in self.composers:
            if composer.isVisible() and composer.draft_id == saved.draft_id:
                composer.raise_()
                composer.activateWindow()
                return composer
        from threadline.ui.composer import Opened, ReplyContext

        reply = None
        if saved.reply_thread_id is not None:
            conversation = self.store.conversation(saved.reply_thread_id)
            reply = ReplyContext(
                thread_id=saved.reply_thread_id,
                conversation_subject=saved.reply_subject,
                message_count=conversation.message_count if conversation else 1,
                original_subject=saved.reply_subject,
            )
        return self._open_composer(saved.draft, reply, saved.draft_id, Opened.SAVED)

    def _draft_deleted(self, draft_id: str) -> None:
        """A draft deleted in Drafts: a window that has it open closes without saving."""
        for composer in self.composers:
            if composer.isVisible() and composer.draft_id == draft_id:
                composer.discard_now()

    # -- search ------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus()
        self.search.selectAll()

    def focus_results(self) -> None:
        """Down in the search box: into the list, on its first row if none is chosen."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def run_search(self) -> None:
        """Full-text search in the background; the list shows the results."""
        text = self.search.text().strip()
        if not text:
            self.model.show_search(None)
            self._after_list_reset()
            return
        path = self.store_path

        def work(_progress: Progress) -> tuple[str, list[ConversationSummary]]:
            conn = db.connect(path)
            try:
                return text, MessageStore(conn).search(text, limit=500)
            finally:
                conn.close()

        def done(result: tuple[str, list[ConversationSummary]]) -> None:
            query, found = result
            if query == self.search.text().strip():  # ignore answers to older queries
                self.model.show_search(found)
                self._after_list_reset()
                self.statusBar().showMessage(
                    self.tr("%n conversation(s) match “{query}”.", "", len(found)).format(
                        query=query
                    ),
                    5000,
                )

        run_in_background(work, done, lambda e: show_error(self, self.tr("Search failed"), e))

    # -- composing ---------------------------------------------------------------------

    def _open_composer(
        self, draft: Draft | None, reply: ReplyContext | None = None, draft_id: str | None = None,
        opened: Opened | None = None,
    ) -> ComposerWindow | None:  # fmt: skip
        from threadline.ui.composer import COMPOSER_SIZE, ComposerWindow, Opened

        accounts = self.accounts()
        if not accounts:
            self.open_accounts()
            self.statusBar().showMessage(self.tr("Add a sending account first."), 8000)
            return None
        composer = ComposerWindow(
            self.store_path, accounts, draft, reply,
            drafts_dir=self.profile.drafts_dir, draft_id=draft_id,
            undo_seconds=self.undo_seconds(), clock=self.clock,
            opened=Opened.FRESH if opened is None else opened,
        )  # fmt: skip
        composer.sent.connect(self._queued)
        composer.drafts_changed.connect(self.drafts.refresh)
        self.composers = [c for c in self.composers if c.isVisible()]  # forget closed ones
        self.composers.append(composer)
        fit_to_screen(composer, COMPOSER_SIZE, self.screen())  # on this window's screen
        composer.show()
        return composer

    def compose_new(self) -> ComposerWindow | None:
        """Ctrl+N: a new message, from the account used last."""
        from threadline.core.compose import Draft

        if not self.accounts():
            return self._open_composer(None)
        return self._open_composer(Draft(sender=self._senders().choose().address))

    def compose_mailto(self, request: MailtoRequest) -> ComposerWindow | None:
        """Open the composer for a ``mailto:`` URL; with In-Reply-To, a reply to that id."""
        from threadline.core.addresses import parse_address_list
        from threadline.core.compose import Draft
        from threadline.services.replying import reply_to_message_id

        if not self.accounts():
            return self._open_composer(None)
        senders = self._senders()
        draft = Draft(sender=senders.choose().address, subject=request.subject)
        if request.in_reply_to:
            try:
                plan = reply_to_message_id(
                    self.store, senders, request.in_reply_to, subject=request.subject
                )
            except InvalidInputError as error:  # a broken id: write a new message instead
                self.statusBar().showMessage(str(error), 8000)
            else:
                if plan.conversation is not None:  # stored: reply into its conversation
                    self.open_thread(plan.conversation.thread_id)
                    composer = self._open_plan(plan)
                    if composer and request.body:
                        composer.body.setPlainText(request.body + composer.body.toPlainText())
                    return composer
                draft = plan.draft
        draft.to = parse_address_list(request.to) if request.to else []
        draft.cc = parse_address_list(request.cc) if request.cc else []
        draft.bcc = parse_address_list(request.bcc) if request.bcc else []
        draft.body = request.body
        return self._open_composer(draft)

    def _senders(self) -> Senders:
        """The accounts, and which one a message goes from (see services.identities)."""
        from threadline.services.identities import Senders

        return Senders.load(self.store.conn)

    def _open_plan(self, plan: ReplyPlan) -> ComposerWindow | None:
        """A composer for a reply or forward: its draft, its account and its banner."""
        from threadline.ui.composer import ReplyContext

        found = plan.conversation
        context = None
        if found is not None:
            context = ReplyContext(
                thread_id=found.thread_id,
                conversation_subject=found.conversation_subject,
                message_count=found.message_count,
                original_subject=found.original_subject,
            )
        composer = self._open_composer(plan.draft, context)
        if composer is not None and composer.account().id != plan.account.id:
            # a From the box does not list (an alias): at least its account sends it
            index = composer.sender_box.findData(plan.account.id)
            if index >= 0:
                composer.sender_box.setCurrentIndex(index)
        return composer

    def _reply_to(self, rowid: int, mode: ReplyMode) -> ComposerWindow | None:
        from threadline.services.replying import reply_to_stored

        if not self.accounts():
            return self._open_composer(None)
        words = (self.tr("On {date}, {sender} wrote:"), self.tr("{sender} wrote:"))
        plan = reply_to_stored(self.store, self._senders(), rowid, mode, attribution_words=words)
        return self._open_plan(plan)

    def reply(self, mode: ReplyMode) -> ComposerWindow | None:
        """Reply to the newest message of the open conversation."""
        if self.current is None:
            return None
        newest = self.store.newest_message(self.current.thread_id)
        if newest is None:
            return None
        try:
            return self._reply_to(newest.rowid, mode)
        except Exception as error:
            show_error(self, self.tr("Cannot reply"), error)
            return None

    def answer_message(self, rowid: int, mode: str) -> ComposerWindow | None:
        """A card's own Reply, Reply all or Forward: that message, not the newest (its
        Message-ID in In-Reply-To, References from its own chain)."""
        from threadline.core.reply import ReplyMode
        from threadline.services.replying import forward_stored

        try:
            if mode == "forward":
                if not self.accounts():
                    return self._open_composer(None)
                return self._open_plan(forward_stored(self.store, self._senders(), rowid))
            return self._reply_to(rowid, ReplyMode.ALL if mode == "all" else ReplyMode.SENDER)
        except Exception as error:
            show_error(self, self.tr("Cannot reply"), error)
            return None

    def forward(self) -> ComposerWindow | None:
        """Forward the newest message of the open conversation (a new conversation)."""
        from threadline.services.replying import forward_stored

        if not self.accounts():
            return self._open_composer(None)
        if self.current is None:
            return None
        newest = self.store.newest_message(self.current.thread_id)
        if newest is None:
            return None
        return self._open_plan(forward_stored(self.store, self._senders(), newest.rowid))

    # -- sending ---------------------------------------------------------------------

    def _make_runner(self, conn: sqlite3.Connection) -> OutboxRunner:
        """The runner, built on the outbox thread (which imports sending, not the GUI)."""
        from threadline.services.sending import OutboxRunner, authenticator_factory

        login = authenticator_factory(self.profile.config_dir)  # the profile's OAuth config
        return OutboxRunner(conn, clock=self.clock, authenticator_for=login)

    def undo_seconds(self) -> int:
        """How long a sent message waits for Undo (0-30 s; settings key sending/undo_seconds)."""
        value = self.settings.value("sending/undo_seconds", UNDO_SECONDS)
        try:
            return max(0, min(30, int(str(value))))
        except ValueError:
            return UNDO_SECONDS

    def _queued(self, queued: QueuedSend) -> None:
        """The composer put a message in the outbox: offer Undo, then let the runner go."""
        self.reload_in_step()
        if queued.scheduled:
            from threadline.ui.outbox_dialog import moment

            text = self.tr("Scheduled for {when}. It waits in the Outbox until then.")
            self.statusBar().showMessage(text.format(when=moment(queued.due_at)), 10000)
            return
        self.pending = queued
        delay = queued.due_at - self.clock()
        if delay > 0:
            self._tick_undo()
            self.undo_bar.show()
            self.undo_clock.start()
            QTimer.singleShot(int(delay * 1000) + 50, self.outbox_runner.wake)
        else:
            self.outbox_runner.wake()

    def _tick_undo(self) -> None:
        pending = self.pending
        left = 0.0 if pending is None else pending.due_at - self.clock()
        if pending is None or left <= 0:
            self.undo_bar.hide()
            self.undo_clock.stop()
            return
        subject = pending.subject or self.tr("(no subject)")
        text = self.tr("Sending “{subject}” in {seconds} s")
        self.undo_text.setText(text.format(subject=subject, seconds=math.ceil(left)))

    def undo_send(self) -> ComposerWindow | None:
        """Take the last message back before it goes, into a composer exactly as it was."""
        from threadline.ui.composer import Opened

        pending, self.pending = self.pending, None
        self.undo_bar.hide()
        self.undo_clock.stop()
        if pending is None:
            return None
        if not self._outbox().cancel(pending.outbox_id):
            self.statusBar().showMessage(
                self.tr("Too late to undo: the message is being sent."), 8000
            )
            return None
        self.reload_in_step()
        self.statusBar().showMessage(self.tr("Sending undone."), 5000)
        return self._open_composer(pending.draft, pending.reply, pending.draft_id, Opened.UNSAVED)

    def reopen_from_outbox(self, entry_id: int) -> ComposerWindow | None:
        """Take a waiting (scheduled, retrying, refused) message back to change it.

        It leaves the Outbox while it is edited and goes back in on Send with the same
        Message-ID while it goes to the same people (a new one when they changed).
        """
        taken = self._outbox().take_back(entry_id)
        if taken is None:
            self.statusBar().showMessage(
                self.tr("It is being sent right now; it cannot change."), 8000
            )
            return None
        from threadline.core.redraft import draft_from_bytes
        from threadline.ui.composer import Opened, ReplyContext

        entry, raw = taken
        draft = draft_from_bytes(raw, entry.recipients)
        reply = None
        parent = self.store.find_by_message_id(draft.in_reply_to) if draft.in_reply_to else []
        if parent:
            conversation = self.store.conversation(parent[-1].thread_id)
            reply = ReplyContext(
                thread_id=parent[-1].thread_id,
                conversation_subject=conversation.subject if conversation else draft.subject,
                message_count=conversation.message_count if conversation else 1,
                original_subject=parent[-1].subject,
            )
        self.reload_in_step()
        return self._open_composer(draft, reply, opened=Opened.UNSAVED)

    def _after_run(self, report: FlushReport) -> None:
        """What the outbox runner did: say it, and show a sent reply in its conversation."""
        self.reload_in_step()
        outbox = self._outbox()
        waited = []
        for entry_id in report.sent:
            entry = outbox.get(entry_id)
            if entry.attempts > 1 or entry.scheduled_for is not None:
                subject = entry.subject or self.tr("(no subject)")
                waited.append(self.tr("“{subject}” was sent.").format(subject=subject))
            if self.pending is not None and entry.message_id == self.pending.message_id:
                self.pending = None
                self.statusBar().showMessage(self.tr("Sent."), 5000)
                thread = self.store.thread_of_message(entry.message_id)
                if thread is not None:
                    self.open_thread(thread)
        for entry_id, error in report.failed_temporary.items():
            entry = outbox.get(entry_id)
            from threadline.ui.outbox_dialog import clock

            # the error says that Threadline tries again: only the time is added here
            text = self.tr("Not sent yet: {error} Next try at {time} (see the Outbox).")
            self.statusBar().showMessage(
                text.format(error=error, time=clock(entry.next_attempt_at)), 15000
            )
        for entry_id, error in report.failed_permanent.items():
            entry = outbox.get(entry_id)
            subject = entry.subject or self.tr("(no subject)")
            refused = self.tr("“{subject}” was refused: {error}")
            waited.append(refused.format(subject=subject, error=error))
            not_sent = self.tr("“{subject}” was not sent: {error} It stays in the Outbox, where "
                               "you can retry or delete it.")  # fmt: skip
            error_text = not_sent.format(subject=subject, error=error)
            show_error(self, self.tr("Message not sent"), InvalidInputError(error_text))
        if waited and not self.isActiveWindow():
            self.notify(APP_NAME, "\n".join(waited))

    # -- sync --------------------------------------------------------------------------

    def _after_sync(self, reports: list[SyncReport]) -> None:
        """A sync brought mail or read state: show it, leaving the user's place alone."""
        changed = any(
            report.new or any(f.flags_changed or f.gone for f in report.folders)
            for report in reports
        )
        if not changed:
            return
        self.reload_list()
        self._refresh_open_conversation()

    def reload_in_step(self) -> None:
        """Fill the list again from the first page (after a send, an import), keeping the
        list and the reader in step (see :meth:`_after_list_reset`)."""
        self.model.reload()
        self._after_list_reset()

    def _after_list_reset(self) -> None:
        """The list was filled again: the conversation in the reader stays selected when
        the list shows it; when it does not, the reader empties, so that nothing (Reply,
        Forward) acts on a conversation the user cannot see, and focus coming to the
        list does not pick another one behind the user's back."""
        current = self.current
        row = self.model.row_of(current.thread_id) if current is not None else None
        if row is not None:
            self.keeping_view = True
            try:
                self.list.setCurrentIndex(self.model.index(row, 0))
            finally:
                self.keeping_view = False
        elif current is not None:
            self.current = None
            self.auto_read.stop()
            self.header.setText("")
            self.reader.show_note(empty_state() if not self.model.rowCount() else "")
            self._update_actions()

    def reload_list(self) -> None:
        """Reload the conversation list; the selection stays, and so do the conversations
        in view (new ones come in above them unless the list was at its top)."""
        bar = self.list.verticalScrollBar()
        scroll = bar.value()
        height = max(1, self.list.sizeHintForRow(0)) if self.model.rowCount() else 1
        first = scroll // height
        last = first + self.list.viewport().height() // height + 2
        in_view = [(r.thread_id, r.latest_date) for r in self.model.rows[first:last]]
        current = self.current.thread_id if self.current is not None else None
        self.keeping_view = True
        try:
            self.model.reload(at_least=self.model.rowCount(), reread=True)
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row, 0))
        finally:
            self.keeping_view = False
        self.list.doItemsLayout()  # the scroll range of the new rows, now
        if scroll <= 0:
            bar.setValue(0)  # (selecting scrolls to the selection)
            return
        fresh = {r.thread_id: (n, r.latest_date) for n, r in enumerate(self.model.rows)}
        for offset, (thread_id, latest) in enumerate(in_view):
            now = fresh.get(thread_id)
            if now is not None and now[1] == latest:  # unchanged: it stays where it was
                bar.setValue(scroll + (now[0] - first - offset) * height)
                return
        bar.setValue(scroll)

    def _refresh_open_conversation(self) -> None:
        """New messages of the open conversation join it in the reader, in place."""
        current = self.current
        if current is None:
            self.open_row(-1)  # no "No conversations yet" beside a list that has some
            return
        fresh = self.store.conversation(current.thread_id)
        if fresh is None:  # a new message joined it to another conversation: follow it
            shown = self.reader.cards[0].message.message_id if self.reader.cards else ""
            thread = self.store.thread_of_message(shown) if shown else None
            if thread is not None:
                self.open_thread(thread)
            return
        self.current = fresh
        self.header.setText(fresh.subject or self.tr("(no subject)"))
        added = self.reader.add_messages(self.store.thread_messages(fresh.thread_id))
        if added and fresh.unread_count and self.isActiveWindow():
            self.mark_read(fresh)  # they are on the screen of the person using the app

    # -- dialogs -----------------------------------------------------------------------

    def open_accounts(self) -> AccountsDialog:
        """The accounts dialog (non-modal): one for the window, brought to the front when
        asked for again, as the user left it (Ctrl+N without an account, Add account…)."""
        from threadline.ui.accounts_dialog import AccountsDialog

        dialog: AccountsDialog | None = getattr(self, "accounts_dialog", None)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = AccountsDialog(self.profile, self)  # type: ignore[arg-type]
        dialog.changed.connect(self.refresh_accounts)
        dialog.folders_changed.connect(self.sync.wake)  # fetch a new folder's mail now
        self.accounts_dialog = dialog
        dialog.show()
        return dialog

    def open_outbox(self) -> OutboxDialog:
        """The outbox dialog (non-modal)."""
        from threadline.ui.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.store_path, self)  # type: ignore[arg-type]
        dialog.send_requested.connect(self.outbox_runner.wake)
        dialog.open_requested.connect(self.reopen_from_outbox)
        self.outbox_runner.reported.connect(dialog.report_run)
        dialog.undo_seconds.setValue(self.undo_seconds())
        dialog.undo_seconds.valueChanged.connect(
            lambda value: self.settings.setValue("sending/undo_seconds", value)
        )
        dialog.show()
        return dialog

    # -- import ------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Pick .eml or mbox files to import."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import mail: .eml or mbox files (Maildir: Import folder…)"),
            "",
            mail_files(),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_import_folder(self) -> None:
        """Pick a folder (a Maildir, or a folder of mail files) to import."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a Maildir or a folder of mail")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> Progress:
        """Import in the background with a progress dialog that can cancel."""
        from threadline.store.importer import ImportProgress, import_paths

        dialog = QProgressDialog(self.tr("Importing mail…"), self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        path = self.store_path

        def work(progress: Progress) -> ImportReport:
            conn = db.connect(path)
            try:
                return import_paths(MessageStore(conn), paths, progress=progress.report,
                                    cancelled=progress.cancelled)  # fmt: skip
            finally:
                conn.close()

        def moved(value: object) -> None:
            if isinstance(value, ImportProgress):
                if value.bytes_total:  # how far is known: the bar moves with the bytes
                    dialog.setValue(int(1000 * value.bytes_done / value.bytes_total))
                else:  # not known (empty files, a pipe): a busy bar
                    dialog.setRange(0, 0)
                dialog.setLabelText(self.tr("Importing mail… %n message(s)", "", value.messages))

        def done(report: ImportReport) -> None:
            dialog.close()
            self.reload_in_step()
            if self.current is None and self.model.rowCount():
                self.show_first()
            self.statusBar().showMessage(report.summary(), 15000)
            self.import_summary = import_summary_box(self, report)
            self.import_summary.show()

        def failed(error: Exception) -> None:
            dialog.close()
            show_error(self, self.tr("Import failed"), error)

        progress = run_in_background(work, done, failed, moved)
        dialog.canceled.connect(progress.cancel)
        self.import_progress = dialog
        return progress

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()
