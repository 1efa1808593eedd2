"""The conversation list as a Qt model: fetched page by page, so 100,000 open instantly."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from threadline.store.folders import FolderStore
from threadline.store.messages import MessageStore
from threadline.store.models import ConversationSummary
from threadline.ui.plain import plain_tooltip

PAGE_SIZE = 200
ConversationRole = Qt.ItemDataRole.UserRole + 1
#: The server folders a conversation's messages live in, as shown (``["Inbox", "Sent"]``).
FoldersRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def friendly_date(epoch: int, now: float | None = None, locale: QLocale | None = None) -> str:
    """As mail apps do, in the locale's forms: the time today (``14:05``, ``2:05 PM``), the
    weekday this week (``Mon``, ``Mo.``), else the short date (``24.11.26``, ``11/24/26``).
    The C locale of a bare system reads ``24 Nov`` this year and ``31 Dec 2025`` before."""
    locale = locale or QLocale()
    moment = time.localtime(epoch)
    today = time.localtime(now)
    shown = QDateTime.fromSecsSinceEpoch(epoch)
    if moment[:3] == today[:3]:
        return locale.toString(shown.time(), QLocale.FormatType.ShortFormat)
    age = (now or time.time()) - epoch
    if 0 <= age < 6 * 86400:
        return locale.toString(shown.date(), "ddd")
    if locale.language() == QLocale.Language.C:
        same_year = moment.tm_year == today.tm_year
        return locale.toString(shown.date(), "d MMM" if same_year else "d MMM yyyy")
    return locale.toString(shown.date(), QLocale.FormatType.ShortFormat)


def folder_label(name: str) -> str:
    """A server folder's name as shown: ``INBOX`` (any case) is "Inbox" (translated)."""
    if name.upper() == "INBOX":
        return QCoreApplication.translate("Folders", "Inbox")
    return name


class _ListWords(QObject):
    """Phrases of the list's tooltips and spoken text (a QObject for plural forms)."""

    def messages(self, count: int) -> str:
        return self.tr("%n message(s)", "", count)

    def unread(self, count: int) -> str:
        return self.tr("%n unread", "", count)


_WORDS: list[_ListWords] = []


def _words() -> _ListWords:
    if not _WORDS:
        _WORDS.append(_ListWords())
    return _WORDS[0]


def _messages(count: int) -> str:
    """ "1 message", "2 messages"."""
    return _words().messages(count)


class ConversationModel(QAbstractListModel):
    """Conversations, newest activity first; or the results of a search."""

    def __init__(self, store: MessageStore) -> None:
        super().__init__()
        self.store = store
        self.folders = FolderStore(store.conn)
        self.rows: list[ConversationSummary] = []
        self.total = 0
        self.search_results: list[ConversationSummary] | None = None
        #: Folder names by thread, read when a row is first drawn; cleared by a reload.
        self.folder_cache: dict[int, list[str]] = {}

    def reload(self, at_least: int = 0, *, reread: bool = False) -> None:
        """Start again from the first page (after a send, an import, a search change);
        fetch pages until ``at_least`` rows are there (to keep a scrolled list in place).
        ``reread``: search results are read again too (after a sync changed them)."""
        self.beginResetModel()
        self.rows = []
        self.folder_cache.clear()
        if self.search_results is not None:
            if reread:
                fresh = [self.store.conversation(r.thread_id) for r in self.search_results]
                self.search_results = [row for row in fresh if row is not None]
            self.rows = list(self.search_results)
            self.total = len(self.rows)
        else:
            self.total = self.store.conversation_count()
        self.endResetModel()
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
            if len(self.rows) >= at_least:
                break

    def show_search(self, results: list[ConversationSummary] | None) -> None:
        """Show search results (``None``: back to all conversations)."""
        self.search_results = results
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        last = self.rows[-1] if self.rows else None
        page = self.store.conversations(limit=PAGE_SIZE, after=last)
        page = page[: self.total - len(self.rows)]
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.subject or self.tr("(no subject)")
        if role == Qt.ItemDataRole.ToolTipRole:
            # the subject and names come from mail: a tooltip would read them as markup
            counts = _messages(row.message_count)
            if row.unread_count:
                counts = self.tr("{messages}, {unread}").format(
                    messages=counts, unread=_words().unread(row.unread_count)
                )
            folders = self.folder_names(row.thread_id)
            where = "\n" + self.tr("In {folders}").format(folders=" · ".join(folders))
            return plain_tooltip(
                f"{row.subject}\n{row.participants}\n{counts}{where if folders else ''}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            counts = _messages(row.message_count)
            if row.unread_count:
                counts = self.tr("{messages}, {unread}").format(
                    messages=counts, unread=_words().unread(row.unread_count)
                )
            folders = self.folder_names(row.thread_id)
            text = self.tr("{subject}, from {people}, {counts}, {date}").format(
                subject=row.subject or self.tr("no subject"),
                people=row.participants,
                counts=counts,
                date=friendly_date(row.latest_date),
            )
            if folders:
                text = self.tr("{text}, in {folders}").format(
                    text=text, folders=self.tr(" and ").join(folders)
                )
            return text
        if role == ConversationRole:
            return row
        if role == FoldersRole:
            return self.folder_names(row.thread_id)
        return None

    def folder_names(self, thread_id: int) -> list[str]:
        """The folders of a conversation's messages, as shown; read once per reload."""
        names = self.folder_cache.get(thread_id)
        if names is None:
            names = list(
                dict.fromkeys(folder_label(n) for n in self.folders.folder_names(thread_id))
            )
            self.folder_cache[thread_id] = names
        return names

    def refresh_row(self, row: int) -> ConversationSummary | None:
        """Re-read one conversation (after marking it read); returns the new summary."""
        current = self.conversation_at(row)
        fresh = self.store.conversation(current.thread_id) if current else None
        if fresh is not None:
            self.rows[row] = fresh
            self.folder_cache.pop(fresh.thread_id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
        return fresh

    def conversation_at(self, row: int) -> ConversationSummary | None:
        """The conversation on a row, if any."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, thread_id: int) -> int | None:
        """The row showing ``thread_id`` among those fetched so far."""
        for number, row in enumerate(self.rows):
            if row.thread_id == thread_id:
                return number
        return None
