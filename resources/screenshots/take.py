"""Screenshots of the real app on demo data, for the README.

    make screenshots     (runs this under Xvfb: xvfb-run -a -s "-screen 0 1280x800x24")

Starts Threadline as ``threadline --demo`` does, opens the launch-plan conversation,
starts a reply, and saves main-window.png and composer.png beside this script; then
attaches two large files (composer-attachments.png: the size note near the server's
limit), saves the reply and a new message as drafts and shows Drafts (drafts.png); last
the Accounts window with a mistyped alias marked beside its field (accounts.png), and the
Outbox with a refused message and one waiting for its retry (outbox.png).

The reader's scenes (sample mail from scenes.py, imported into the demo profile):
long-conversation.png (300 messages quoting each other, signed), newsletter-light.png and
newsletter-dark.png (an HTML newsletter whose web pictures are blocked; the second in a
dark Fusion palette), rtl.png (Arabic and Hebrew mail and a reply quoting it) and
attachments.png (a message with five files).

The translated scenes (issue 15): main-window-de.png and composer-de.png (German),
main-window-ar.png and composer-ar.png (Arabic, right to left): a window opened after the
language's catalogues are installed, the launch-plan conversation and a reply to it.

    take.py [SCENE ...]   only these (the README ones are taken together); all by default
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: The README's screenshots, taken one after the other by one walk through the app.
README = ("main-window", "composer", "composer-attachments", "drafts", "accounts", "outbox")
#: The reader's scenes, each a conversation of scenes.py.
READER = ("long-conversation", "newsletter-light", "rtl", "attachments", "newsletter-dark")
#: The main window and a reply in another language: ``<scene>-<language>``.
LANGUAGE = ("main-window-de", "composer-de", "main-window-ar", "composer-ar")
#: A reply's first line in each language of the translated scenes.
REPLY_TEXT = {
    "de": "Danke, Maya — der 12. passt mir. Ich buche den Raum.\n",
    "ar": "شكرًا يا مايا — يناسبني يوم 12. سأحجز القاعة.\n",
}


def main(names: list[str]) -> int:
    known = README + READER + LANGUAGE
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown scene(s): {', '.join(unknown)}; known: {', '.join(known)}")
        return 2
    wanted = names or list(known)
    reader_scenes = [n for n in READER if n in wanted]
    languages = list(dict.fromkeys(n.rpartition("-")[2] for n in LANGUAGE if n in wanted))
    from threadline.core.reply import ReplyMode
    from threadline.demo import create_demo_profile
    from threadline.ui.app import create_application
    from threadline.ui.composer import ComposerWindow
    from threadline.ui.main_window import MainWindow

    app = create_application()
    profile, server, _account = create_demo_profile()
    window = MainWindow(profile)
    window.setWindowTitle("Threadline")
    window.resize(1200, 720)
    window.show()
    state: dict[str, object] = {}

    def open_conversation() -> None:
        for row in range(window.model.rowCount()):
            summary = window.model.conversation_at(row)
            if summary and summary.subject.startswith("Launch plan"):
                window.list.setCurrentIndex(window.model.index(row, 0))
        QTimer.singleShot(400, shoot_main)

    def shoot_main() -> None:
        window.grab().save(str(HERE / "main-window.png"))
        composer = window.reply(ReplyMode.ALL)
        assert composer is not None
        composer.move(window.x() + 240, window.y() + 60)
        composer.body.insertPlainText("Thanks Maya — the 12th works for me. I'll book the room.\n")
        state["composer"] = composer
        QTimer.singleShot(400, shoot_composer)

    def shoot_composer() -> None:
        composer = state["composer"]
        assert isinstance(composer, ComposerWindow)
        composer.grab().save(str(HERE / "composer.png"))
        files = []
        for name, size in (("launch-video.mp4", 21_000_000), ("slides.pdf", 3_200_000)):
            files.append(profile.data_dir / name)
            with files[-1].open("wb") as out:
                out.truncate(size)  # sparse: only the size is read before sending
        # the size note is shot once the demo server said its SIZE
        composer.limits.answered.connect(lambda: QTimer.singleShot(300, shoot_attachments))
        composer.add_attachments(files)

    def shoot_attachments() -> None:
        composer = state["composer"]
        assert isinstance(composer, ComposerWindow)
        composer.grab().save(str(HERE / "composer-attachments.png"))
        composer.keep_draft()
        composer.close()
        lunch = window.compose_new()
        assert lunch is not None
        lunch.to_field.setText("omar@northwind.example")
        lunch.subject.setText("Lunch on Friday?")
        lunch.body.setPlainText("Ramen at 12:30 works for me.")
        lunch.keep_draft()
        lunch.close()
        window.show_drafts()
        QTimer.singleShot(600, shoot_drafts)

    def shoot_drafts() -> None:
        window.grab().save(str(HERE / "drafts.png"))
        accounts = window.open_accounts()  # the demo account: SMTP on a port of its own
        accounts.aliases.setText("ann.work at northwind.example")
        accounts.save_button.click()  # not saved: the alias is marked beside its field
        state["accounts"] = accounts
        QTimer.singleShot(400, shoot_accounts)

    def shoot_accounts() -> None:
        accounts = state["accounts"]
        assert isinstance(accounts, QWidget)
        accounts.grab().save(str(HERE / "accounts.png"))
        accounts.close()
        outbox = window.open_outbox()  # one refused for good, one that will be retried
        for subject, to, error, temporary in (
            ("Invoice 2026-114", "billing@northwind.example",
             "The server refused every recipient (billing@northwind.example: 550 5.1.1 "
             "Recipient address rejected: User unknown in virtual mailbox table). Check "
             "the addresses.", False),
            ("Re: Launch plan for the spring release", "maya@northwind.example",
             "127.0.0.1 is not answering (connection refused). Threadline will retry.", True),
        ):  # fmt: skip
            failed_message(window, subject, to, error, temporary=temporary)
        outbox.refresh()
        outbox.table.selectRow(0)
        state["outbox"] = outbox
        QTimer.singleShot(400, shoot_outbox)

    def shoot_outbox() -> None:
        outbox = state["outbox"]
        assert isinstance(outbox, QWidget)
        outbox.grab().save(str(HERE / "outbox.png"))
        outbox.close()
        next_reader_scene()

    def next_reader_scene() -> None:
        if languages:
            take_language_scenes(window, languages.pop(0), wanted, next_reader_scene)
            return
        if not reader_scenes:
            app.quit()
            return
        name = reader_scenes.pop(0)
        take_reader_scene(app, window, name, next_reader_scene)

    if any(n in wanted for n in README):
        QTimer.singleShot(300, open_conversation)
    elif languages:
        QTimer.singleShot(300, next_reader_scene)
    else:
        QTimer.singleShot(300, next_reader_scene)
    code = app.exec()
    server.stop()
    print(f"saved {', '.join(n + '.png' for n in wanted if n in known)} in {HERE}")
    return code


def take_language_scenes(window: object, language: str, wanted: list[str],
                         then: Callable[[], None]) -> None:  # fmt: skip
    """A main window and a reply opened in ``language``; back to English, then ``then``."""
    from threadline.core.reply import ReplyMode
    from threadline.ui import translation
    from threadline.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    installed = translation.install(language)
    shown = MainWindow(window.profile)
    shown.setWindowTitle("Threadline")
    shown.resize(window.size())
    shown.show()
    state: dict[str, object] = {}

    def select() -> None:
        for row in range(shown.model.rowCount()):
            summary = shown.model.conversation_at(row)
            if summary and summary.subject.startswith("Launch plan"):
                shown.list.setCurrentIndex(shown.model.index(row, 0))
        QTimer.singleShot(600, shoot_main)

    def shoot_main() -> None:
        if f"main-window-{language}" in wanted:
            shown.grab().save(str(HERE / f"main-window-{language}.png"))
        composer = shown.reply(ReplyMode.ALL)
        assert composer is not None
        composer.move(shown.x() + 240, shown.y() + 60)
        composer.body.insertPlainText(REPLY_TEXT[language])
        state["composer"] = composer
        QTimer.singleShot(600, shoot_composer)

    def shoot_composer() -> None:
        composer = state["composer"]
        assert isinstance(composer, QWidget)
        if f"composer-{language}" in wanted:
            composer.grab().save(str(HERE / f"composer-{language}.png"))
        composer.discard_now()  # type: ignore[attr-defined]
        shown.close()
        installed.remove()
        then()

    QTimer.singleShot(300, select)


def take_reader_scene(app: QApplication, window: object, name: str,
                      then: Callable[[], None]) -> None:  # fmt: skip
    """Import the scene's mail, open its conversation, shoot ``name``.png, then ``then``."""
    import scenes
    from PySide6.QtGui import QColor, QPalette

    from threadline.store.importer import import_bytes
    from threadline.store.messages import MessageStore
    from threadline.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    mail = {"long-conversation": scenes.long_conversation, "newsletter-light": scenes.newsletter,
            "newsletter-dark": scenes.newsletter, "rtl": scenes.rtl,
            "attachments": scenes.attachments}[name]()  # fmt: skip
    store = MessageStore(window.store.conn)
    import_bytes(store, mail)  # a duplicate (the dark newsletter) is skipped
    subjects = {"long-conversation": "Weekly release check", "rtl": "موعد الاجتماع",
                "attachments": "Launch material"}  # fmt: skip
    subject = subjects.get(name, "Spring is here")
    if name == "newsletter-dark":  # a dark desktop: the palette is set before the window
        assert isinstance(window, MainWindow)
        light = (app.style().name(), app.palette())
        app.setStyle("Fusion")
        dark = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#232428"),
                             (QPalette.ColorRole.WindowText, "#e6e6e6"),
                             (QPalette.ColorRole.Base, "#2b2d31"),
                             (QPalette.ColorRole.AlternateBase, "#33353a"),
                             (QPalette.ColorRole.Text, "#e6e6e6"),
                             (QPalette.ColorRole.Button, "#34363b"),
                             (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                             (QPalette.ColorRole.Mid, "#4a4c52"),
                             (QPalette.ColorRole.Highlight, "#3d7bd9"),
                             (QPalette.ColorRole.HighlightedText, "#ffffff"),
                             (QPalette.ColorRole.Link, "#8ab4f8"),
                             (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):  # fmt: skip
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
        shown = MainWindow(window.profile)
        shown.setWindowTitle("Threadline")
        shown.resize(window.size())
        shown.show()

        def restore() -> None:
            shown.close()
            app.setStyle(light[0])
            app.setPalette(light[1])
            then()

        take_reader_scene_in(shown, name, subject, restore)
        return
    window.reload_list()
    take_reader_scene_in(window, name, subject, then)


def take_reader_scene_in(window: object, name: str, subject: str,
                         then: Callable[[], None]) -> None:  # fmt: skip
    from threadline.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def select() -> None:
        for row in range(window.model.rowCount()):
            summary = window.model.conversation_at(row)
            if summary and summary.subject.startswith(subject):
                window.list.setCurrentIndex(window.model.index(row, 0))
                break
        if name == "rtl":
            for card in window.reader.cards:
                card.expand()
        QTimer.singleShot(600, shoot)

    def shoot() -> None:
        window.grab().save(str(HERE / f"{name}.png"))
        then()

    QTimer.singleShot(300, select)


def failed_message(window: object, subject: str, to: str, error: str, *, temporary: bool) -> None:
    """A message in the demo's outbox whose one attempt failed with ``error``."""
    from threadline.core.addresses import Address
    from threadline.core.compose import Draft
    from threadline.services.sending import queue_draft
    from threadline.store.accounts import AccountStore
    from threadline.store.outbox import Outbox
    from threadline.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    conn = window.store.conn
    [account] = AccountStore(conn).all()
    draft = Draft(sender=account.sender, to=[Address(to)], subject=subject, body="…")
    entry = queue_draft(conn, account, draft, due_at=2**31 - 1).outbox_id  # not sent now
    outbox = Outbox(conn)
    conn.execute("UPDATE outbox SET due_at = 0 WHERE id = ?", (entry,))
    outbox.claim_due("screenshots")
    outbox.record_failure(entry, outbox.begin_attempt(entry, "screenshots"), error,
                          temporary=temporary)  # fmt: skip


if __name__ == "__main__":
    sys.exit((QApplication.instance() and 0) or main(sys.argv[1:]))
