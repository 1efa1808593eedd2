"""The language is chosen (option, environment, system), installed, and lays out right to left
for Arabic; the window in German, French, Arabic and the pseudo-locale: nothing left in English,
plural forms, mirrored layout, no label cut off at 1366×768."""

from __future__ import annotations

import re
import smtplib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QTabBar,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers.dovecot import Dovecot
from threadline import i18n
from threadline.core.reply import ReplyMode
from threadline.net.smtp.errors import from_smtp_exception
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.messages import MessageStore
from threadline.ui import translation
from threadline.ui.composer import COMPOSER_SIZE, ComposerWindow, SendLaterDialog
from threadline.ui.folders_dialog import FoldersDialog
from threadline.ui.main_window import MainWindow


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    installed = translation.install(request.param, qapp)
    yield request.param
    installed.remove()


def test_the_shipped_catalogues_are_found() -> None:
    assert {"de", "fr", "ar", "pseudo"} <= set(translation.available_languages())


@pytest.mark.parametrize(
    ("option", "env", "system", "expected"),
    [
        ("de", "fr", ["ar"], "de"),  # --lang wins
        (None, "fr_CA.UTF-8", ["de-DE"], "fr"),  # then THREADLINE_LANG, a variant finds its base
        (None, None, ["de-AT", "en"], "de"),  # then the system's UI languages, in order
        (None, None, ["ja-JP", "fr-FR"], "fr"),
        (None, None, ["C"], "en"),  # C / POSIX: the source text
        (None, None, ["en-GB", "de"], "en"),
        (None, None, ["ja"], "en"),  # nothing for Japanese: English
        ("xx", None, ["de"], "en"),  # an unknown language asked for: English, not the system's
        ("pseudo", None, ["de"], "pseudo"),
    ],
)
def test_the_language_is_chosen_by_option_then_environment_then_system(
    option: str | None, env: str | None, system: list[str], expected: str
) -> None:
    environ = {translation.ENV_VAR: env} if env else {}
    assert translation.choose_language(option, environ, system) == expected


def test_the_c_locale_of_the_tests_means_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(translation.ENV_VAR, raising=False)
    assert translation.choose_language(None, {}, ["C"]) == "en"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_german_installs_ours_and_qts_catalogue_and_german_formats(language: str) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_lays_out_right_to_left(language: str) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic


def test_removing_the_translators_restores_english_left_to_right(qapp: QApplication) -> None:
    installed = translation.install("ar", qapp)
    installed.remove()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() != QLocale.Language.Arabic


# -- the app in German, French, Arabic and the pseudo-locale ------------------------------

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Names that stay as they are in every language.
NAMES = {"Threadline", "SMTP", "IMAP", "STARTTLS", "TLS", "OAuth", "OAuth2", "Gmail",
         "Microsoft", "Outlook", "Thunderbird", "Mozilla", "Maildir", "mbox", "eml", "DNS",
         "Message", "Ctrl", "Shift", "Return", "Enter", "Down", "Escape", "Esc", "Del",
         "Delete", "Backspace", "PgUp", "PgDown"}  # fmt: skip
#: Qt's own buttons: Qt's catalogue (qtbase) translates them, the pseudo-locale has none.
QT_OWN = {"OK", "Cancel", "Close", "&OK", "&Cancel", "&Close"}
PSEUDO_BRACKETS = re.compile(r"\[[^\[\]]*\]")
TAGS = re.compile(r"<[^>]*>")


def english_sources(language: str) -> set[str]:
    """The source texts whose translation in ``language`` differs from them (a text shown
    as its source is then left in English)."""
    root = ET.parse(TS_DIR / f"threadline_{language}.ts").getroot()
    english = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        texts = forms or [None if translation is None else translation.text]
        if source not in texts and "{" not in source and "%n" not in source:
            english.add(source)
    return english


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text of a window: labels, buttons, placeholders, group
    titles, tabs, combo entries, tooltips, the window title, menus and their entries."""
    yield f"{type(top).__name__} title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"{name} tooltip", TAGS.sub("", widget.toolTip())
        if isinstance(widget, QLabel):
            yield name, TAGS.sub("", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield name, widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield name, widget.itemText(index)
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                yield name, widget.item(index).text()
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield name, header.text() if header else ""
    if isinstance(top, QMainWindow):
        for menu_action in top.menuBar().actions():
            yield "menu", menu_action.text()
            menu = menu_action.menu()
            assert isinstance(menu, QMenu)
            for action in menu.actions():
                if not action.isSeparator():
                    yield f"menu {menu_action.text()}", action.text()
                    yield f"menu {menu_action.text()} tooltip", action.toolTip()


def data_words(profile: Profile) -> set[str]:
    """Words that come from mail and accounts (subjects, names, addresses, text)."""
    conn = db.connect(profile.store_path)
    store = MessageStore(conn)
    texts = []
    for summary in store.conversations(limit=100):
        texts += [summary.subject, summary.participants]
        for message in store.thread_messages(summary.thread_id):
            texts += [message.sender, message.from_addr, message.to_addrs, message.cc_addrs,
                      message.snippet, message.subject]  # fmt: skip
    for account in AccountStore(conn).all():
        texts += [account.label, account.address, account.display_name, account.smtp_host]
    conn.close()
    return set(re.findall(r"[A-Za-z]{2,}", " ".join(t or "" for t in texts)))


def windows_of(qtbot: QtBot, profile: Profile) -> dict[str, QWidget]:
    """The main window at 1366×768 with a conversation open, a reply composer, a new
    composer, the Accounts window, the Outbox and the Trash, each at its preferred size."""
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.list.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.current is not None)
    reply = window.reply(ReplyMode.SENDER)
    new = window.compose_new()
    accounts = window.open_accounts()
    outbox = window.open_outbox()
    trash = window.open_trash()
    assert reply is not None and new is not None and accounts is not None
    shown: dict[str, QWidget] = {"main window": window, "reply": reply, "composer": new,
                                 "accounts": accounts, "outbox": outbox,
                                 "trash": trash}  # fmt: skip
    for dialog, size in ((reply, COMPOSER_SIZE), (new, COMPOSER_SIZE),
                         (accounts, QSize(780, 560)), (outbox, QSize(880, 360)),
                         (trash, QSize(640, 400))):  # fmt: skip
        dialog.resize(size)
        qtbot.waitExposed(dialog)
    for _ in range(3):  # the layouts settle (a wrapped label takes its height): the
        # layout requests they post are handled, in rounds, without waiting on a clock
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QCoreApplication.processEvents()
    return shown


def close_all(shown: dict[str, QWidget]) -> None:
    for widget in shown.values():
        if isinstance(widget, ComposerWindow):
            widget.discard_now()
    shown["main window"].close()


def cut_off(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (a wrapped label: lower),
    or partly outside what their window shows (cut by a scroll area or the window edge)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue  # elided on purpose (a message's snippet)
        text = widget.text()
        if not text.strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                found.append(f"{text!r}: {widget.height()} px high, needs more")
        elif widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{text!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
        seen = widget.visibleRegion().boundingRect()
        if not seen.isEmpty() and seen.width() < widget.width() - 1:
            found.append(f"{text!r}: only {seen.width()} of {widget.width()} px in view")
    return found


LANGUAGES = ["de", "fr", "ar", "pseudo"]
#: English is checked for cut-off labels too (its texts are the sources).


def date_words() -> set[str]:
    """The names of days and months in the formats' language (the pseudo-locale keeps the
    system's: "Wed 2 Dec")."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    return {locale.dayName(d, short) for d in range(1, 8)} | {
        locale.monthName(m, short) for m in range(1, 13)
    }


def english_left(
    shown: dict[str, QWidget], language: str, allowed: set[str]
) -> tuple[list[str], set[str]]:
    """The texts of ``shown`` left in English, and every text that was checked."""
    english = english_sources("de" if language == "pseudo" else language)
    sources = {e.replace("&", "") for e in english}
    left: list[str] = []
    checked = set()
    for name, top in shown.items():
        for where, text in shown_texts(top):
            text = text.replace("&", "").strip()
            if not text or text in QT_OWN:
                continue
            checked.add(text)
            if language == "pseudo":
                rest = PSEUDO_BRACKETS.sub(" ", text)
                words = [w for w in re.findall(r"[A-Za-z]{3,}", rest) if w not in allowed]
                if words:
                    left.append(f"{name}: {where}: {text!r}")
            elif any(line.strip() in sources - allowed for line in text.splitlines()):
                left.append(f"{name}: {where}: {text!r}")
    return left, checked


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_nothing_is_left_in_english_and_nothing_is_cut_off(
    language: str, qtbot: QtBot, mail_profile: Profile
) -> None:
    shown = windows_of(qtbot, mail_profile)
    left, checked = english_left(shown, language, NAMES | data_words(mail_profile))
    truncated = [f"{name}: {problem}" for name, top in shown.items() for problem in cut_off(top)]
    close_all(shown)
    assert len(checked) > 100  # the walk saw the windows' texts
    assert left == [], "\n".join(left)
    assert truncated == [], "\n".join(truncated)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_folders_send_later_shortcuts_and_about_windows_too(
    language: str, qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    """The windows opened from the others: an account's Folders (loaded from a real
    Dovecot), a composer's Send later, the keyboard shortcuts and About."""
    window = MainWindow(imap_profile)
    qtbot.addWidget(window)
    window.show()
    [account] = window.accounts()
    folders = FoldersDialog(imap_profile.store_path, account, window,
                            config_dir=imap_profile.config_dir)  # fmt: skip
    folders.show()
    qtbot.waitUntil(lambda: folders.list.count() > 0, timeout=20_000)
    composer = window.compose_new()
    assert composer is not None
    later = SendLaterDialog(composer)
    later.show()
    shown: dict[str, QWidget] = {
        "folders": folders, "send later": later, "shortcuts": window.show_shortcuts(),
        "about": window.show_about(),
    }  # fmt: skip
    for top in shown.values():
        qtbot.waitExposed(top)
    for _ in range(3):  # the layouts settle, as in windows_of
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QCoreApplication.processEvents()
    server_folders = {"Trash", "Projects"}  # the server's names for its folders: data
    left, checked = english_left(shown, language, NAMES | server_folders | date_words())
    truncated = [f"{name}: {problem}" for name, top in shown.items() for problem in cut_off(top)]
    for top in shown.values():
        top.close()
    composer.discard_now()
    window.close()
    assert len(checked) >= 14  # (the folder rows, the dialogs' texts and buttons)
    assert left == [], "\n".join(left)
    assert truncated == [], "\n".join(truncated)


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_mirrors_the_list_the_reader_and_the_composer(
    language: str, qtbot: QtBot, mail_profile: Profile
) -> None:
    shown = windows_of(qtbot, mail_profile)
    window, composer = shown["main window"], shown["reply"]
    assert isinstance(window, MainWindow) and isinstance(composer, ComposerWindow)
    for widget in (window, window.list, window.reader, composer, composer.body):
        assert widget.isRightToLeft(), widget
    # the list is on the right, the reader on the left; a field's label right of it
    list_x = window.list.mapTo(window, window.list.rect().topLeft()).x()
    reader_x = window.reader.mapTo(window, window.reader.rect().topLeft()).x()
    assert list_x > reader_x
    labels = [form.labelForField(composer.to_field) for form in composer.findChildren(QFormLayout)]
    label = next(found for found in labels if found is not None)
    assert label.geometry().left() > composer.to_field.geometry().left()
    assert composer.send_button.mapTo(composer, composer.send_button.rect().topLeft()).x() < (
        composer.width() / 2
    )  # Send sits at the left, where a right-to-left reader ends
    close_all(shown)


PLURALS = {
    "en": ["0 messages", "1 message", "2 messages", "5 messages", "21 messages"],
    "de": ["0 Nachrichten", "1 Nachricht", "2 Nachrichten", "5 Nachrichten", "21 Nachrichten"],
    "fr": ["0 message", "1 message", "2 messages", "5 messages", "21 messages"],
    "ar": ["لا رسائل", "رسالة واحدة", "رسالتان", "5 رسائل", "21 رسالة"],
}


@pytest.mark.parametrize("language", list(PLURALS), indirect=True)
def test_plural_forms_for_0_1_2_5_21(language: str) -> None:
    words = [QCoreApplication.translate("_ListWords", "%n message(s)", "", n)
             for n in (0, 1, 2, 5, 21)]  # fmt: skip
    assert words == PLURALS[language]
    # and where it shows: "Show N more messages" in the reader, a reply's banner
    gap = [QCoreApplication.translate("ThreadView", "Show %n more message(s)", "", n)
           for n in (1, 21)]  # fmt: skip
    assert "1" in gap[0] or language == "ar"
    assert gap[0] != gap[1].replace("21", "1")  # not one form for both


def test_mail_text_is_isolated_only_right_to_left(qapp: QApplication) -> None:
    # "Lunch on Friday?" in an Arabic window keeps its question mark at its end
    assert translation.isolated("Lunch on Friday?") == "Lunch on Friday?"
    installed = translation.install("ar", qapp)
    try:
        assert translation.isolated("Lunch on Friday?") == "\u2068Lunch on Friday?\u2069"
        assert translation.isolated("") == ""
    finally:
        installed.remove()


def test_the_lower_layers_speak_through_the_installed_translators(qapp: QApplication) -> None:
    """threadline.i18n (the messages of the store, the network edge, the services) answers
    with the application's translators while they are installed, and English again after."""
    installed = translation.install("de", qapp)
    try:
        assert i18n.translate("_ListWords", "%n message(s)", None, 2) == "2 Nachrichten"
    finally:
        installed.remove()
    assert i18n.translate("_ListWords", "%n message(s)", None, 2) == "2 messages"
    assert i18n.translate("_ListWords", "%n message(s)", None, 1) == "1 message"


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_lower_layers_error_speaks_the_windows_language(language: str) -> None:
    """A refused SMTP login, mapped by the network edge (no Qt there), reads in German while
    the German translators are installed; the server's own words stay as it said them."""
    refused = smtplib.SMTPAuthenticationError(535, b"5.7.8 Bad credentials")
    error = from_smtp_exception(refused, "smtp.example.org")
    assert str(error) == (
        "smtp.example.org hat Benutzername oder Passwort abgelehnt (535 5.7.8 Bad credentials). "
        "Prüfen Sie sie in den Kontoeinstellungen; manche Anbieter verlangen ein App-Passwort "
        "oder eine OAuth-Anmeldung."
    )
    timed_out = from_smtp_exception(TimeoutError(), "smtp.example.org")
    assert timed_out.test_text == (
        "smtp.example.org hat nicht rechtzeitig geantwortet. Prüfen Sie Servername und Port, "
        "falls das wieder vorkommt."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "'ann@' ist keine E-Mail-Adresse (sie braucht die Form name@domain)."),
     ("fr", "'ann@' n’est pas une adresse e-mail (il faut un nom@domaine)."),
     ("ar", "'ann@' ليس عنوان بريد إلكتروني (يلزم name@domain).")],
    indirect=["language"],
)  # fmt: skip
def test_an_invalid_address_from_the_core_in_the_windows_language(
    language: str, expected: str
) -> None:
    from threadline.core.addresses import validate_address
    from threadline.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as raised:
        validate_address("ann@")
    assert str(raised.value) == expected
