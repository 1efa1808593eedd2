"""Desktop app benchmark: start-up beside a bare Qt window, scrolling a big list, RSS.

    .venv/bin/python bench/bench_ui.py --messages 100000

Starts the real app in a child process (offscreen Qt) on an empty profile and on a store
of generated mail (as bench_store.py builds it), and, in the same run and turn about, a
bare PySide6 ``QMainWindow``. Prints for each the time from process start to the
window's first paint (median and best of ``--runs``) and the app's ratio to the bare
window; then, on the big store, the time to scroll to the end of the conversation list
(every page fetched) and the app's peak RSS.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests")]

from helpers.corpus import generate_corpus  # noqa: E402
from threadline.paths import Profile  # noqa: E402
from threadline.store import db  # noqa: E402
from threadline.store.importer import import_paths  # noqa: E402
from threadline.store.mbox import mbox_entry  # noqa: E402
from threadline.store.messages import MessageStore  # noqa: E402

#: Says "painted" at the window's first paint, then quits (or scrolls, with "scroll").
FIRST_PAINT = r"""
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then, self.done = then, False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("painted", flush=True)
            QTimer.singleShot(0, self.then)
        return False
"""

BARE = (
    FIRST_PAINT
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1180, 720)
painted = FirstPaint(app.quit)
window.installEventFilter(painted)
window.show()
app.exec()
"""
)

APP = (
    r"""
from threadline import cli  # the `threadline` command's module, imported before Qt as there
cli.import_window_modules()  # as cli.main does before it imports Qt
"""
    + FIRST_PAINT
    + r"""
import sys, time
from threadline.cli import build_gui_parser
from threadline.paths import Profile
from threadline.ui import translation
from threadline.ui.app import create_application
from threadline.ui.main_window import MainWindow

args = build_gui_parser().parse_args(["--profile", sys.argv[1]])  # as run_gui does
app = create_application()
installed = translation.install(translation.choose_language(None), app)
window = MainWindow(Profile.at(sys.argv[1]).ensure(), reader_after_paint=True)

def after():
    if "scroll" not in sys.argv:
        window.close()
        app.quit()
        return
    start = time.perf_counter()
    model = window.model
    while model.canFetchMore(model.index(-1, 0)):
        model.fetchMore(model.index(-1, 0))
    window.list.scrollToBottom()
    app.processEvents()
    print(f"scrolled {time.perf_counter() - start:.3f} {model.rowCount()}", flush=True)
    hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
    print(f"rss {hwm}", flush=True)
    window.close()
    app.quit()

painted = FirstPaint(after)
window.installEventFilter(painted)
window.show()
app.exec()
"""
)


def run_child(code: str, *args: str) -> tuple[float, list[list[str]]]:
    """Seconds from process start to "painted", and the lines the child printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "app")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed app is
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)  # fmt: skip
    assert child.stdout is not None
    painted = None
    lines = []
    for line in child.stdout:
        if line.startswith("painted") and painted is None:
            painted = time.perf_counter() - start
        lines.append(line.split())
    child.wait(timeout=300)
    if painted is None:
        raise SystemExit(f"the child never painted its window (exit {child.returncode})")
    return painted, lines


def start_times(profile_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    """The bare window's and the app's start times, measured turn about."""
    bare, app = [], []
    for _ in range(runs):
        bare.append(run_child(BARE)[0])
        app.append(run_child(APP, str(profile_dir))[0])
    return bare, app


def report(label: str, bare: list[float], app: list[float]) -> None:
    ratio = statistics.median(app) / statistics.median(bare)
    print(f"{label}: app {statistics.median(app):.3f} s (best {min(app):.3f}), bare "
          f"QMainWindow {statistics.median(bare):.3f} s (best {min(bare):.3f}): "
          f"{ratio:.2f}× the bare window")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    compileall.compile_dir(ROOT / "app", quiet=1)  # an installed app is compiled too
    print(f"process start to first paint, median of {options.runs}:")
    with tempfile.TemporaryDirectory() as scratch:
        empty = Profile.at(Path(scratch) / "empty").ensure()
        report("empty profile", *start_times(empty.data_dir.parent, options.runs))

        profile = Profile.at(Path(scratch) / "profile").ensure()
        mbox = Path(scratch) / "corpus.mbox"
        with mbox.open("wb") as out:
            for raw in generate_corpus(options.messages, seed=11, body_size=2000).messages:
                out.write(mbox_entry(raw))
        store = MessageStore(db.connect(profile.store_path))
        import_paths(store, [mbox])
        conversations = store.conversation_count()
        store.conn.close()
        label = f"{options.messages:,} messages ({conversations:,} conversations)"
        report(label, *start_times(profile.data_dir.parent, options.runs))
        _painted, lines = run_child(APP, str(profile.data_dir.parent), "scroll")
    scrolled = next(line for line in lines if line[0] == "scrolled")
    rss = next(line for line in lines if line[0] == "rss")
    print(f"scroll to the end of the list ({int(scrolled[2]):,} rows, every page fetched): "
          f"{float(scrolled[1]) * 1000:.0f} ms")  # fmt: skip
    print(f"peak RSS of the app: {int(rss[1]) // 1024} MB")


if __name__ == "__main__":
    main()
