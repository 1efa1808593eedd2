"""Slow work runs on the thread pool; its result, error and progress come back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from threadline.ui import worker
from threadline.ui.worker import Progress, run_in_background


def test_the_result_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: dict[str, threading.Thread] = {}
    results: list[object] = []

    def work(_progress: Progress) -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(result: object) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    run_in_background(work, done, lambda error: results.append(error))
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    assert threads["done"] is threading.main_thread()
    assert threads["work"] is not threading.main_thread()
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)  # the job let go of


def test_an_exception_goes_to_on_error_and_not_to_on_done(qtbot: QtBot) -> None:
    done: list[object] = []
    failed: list[tuple[Exception, threading.Thread]] = []

    def work(_progress: Progress) -> None:
        raise ValueError("the store is locked")

    run_in_background(work, done.append,
                      lambda error: failed.append((error, threading.current_thread())))  # fmt: skip
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    [(error, thread)] = failed
    assert isinstance(error, ValueError) and str(error) == "the store is locked"
    assert thread is threading.main_thread() and done == []


def test_progress_arrives_in_order_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[object, bool]] = []
    finished: list[object] = []

    def work(progress: Progress) -> str:
        for step in range(5):
            progress.report(step)
        return "done"

    def on_progress(value: object) -> None:
        seen.append((value, threading.current_thread() is threading.main_thread()))

    run_in_background(work, finished.append, finished.append, on_progress)
    qtbot.waitUntil(lambda: finished == ["done"] and len(seen) == 5, timeout=10_000)
    assert seen == [(step, True) for step in range(5)]


def test_cancel_asks_the_work_to_stop_at_its_next_check(qtbot: QtBot) -> None:
    started = threading.Event()
    results: list[object] = []

    def work(progress: Progress) -> str:
        started.set()
        checks = 0
        while not progress.cancelled():  # a long job that stops only when asked
            checks += 1
        return f"stopped after {checks} checks" if checks else "never ran"

    progress = run_in_background(work, results.append, results.append)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert not progress.cancelled() and results == []
    progress.cancel()
    assert progress.cancelled()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert str(results[0]).startswith("stopped after ")


def test_an_answer_for_a_widget_deleted_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """A dialog closed while its lookup ran: the answer never reaches the dead widget."""
    from PySide6.QtWidgets import QLabel
    from shiboken6 import delete

    label = QLabel()
    release = threading.Event()
    delivered: list[object] = []

    def work(_progress: Progress) -> str:
        release.wait(10)
        return "signed in"

    def done(text: object) -> None:
        delivered.append(text)
        label.setText(str(text))  # would raise: the C++ object is gone

    run_in_background(work, done, delivered.append, owner=label)
    kept = QLabel()  # the same, with an owner still alive, is delivered
    run_in_background(lambda _p: "kept", delivered.append, delivered.append, owner=kept)
    delete(label)
    release.set()
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)
    assert delivered == ["kept"]
