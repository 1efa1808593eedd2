"""Desktop app benchmark: start-up to a shown main window on a big store, scrolling, RSS.

    .venv/bin/python bench/bench_ui.py --messages 100000

Builds a store from generated mail (as bench_store.py does), then starts the real app in
a child process (offscreen Qt) and prints: process start to main window shown, time to
scroll to the end of the conversation list (fetching every page), and peak RSS.
"""

from __future__ import annotations

import argparse
import os
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

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from threadline.paths import Profile
from threadline.ui.app import create_application
from threadline.ui.main_window import MainWindow

app = create_application()
window = MainWindow(Profile.at(sys.argv[1]))
window.show()

def shown():
    print("shown", flush=True)
    start = time.perf_counter()
    model = window.model
    while model.canFetchMore(model.index(-1, 0)):
        model.fetchMore(model.index(-1, 0))
    window.list.scrollToBottom()
    app.processEvents()
    print(f"scrolled {time.perf_counter() - start:.3f} {model.rowCount()}", flush=True)
    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]
    print(f"rss {hwm}", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    count = parser.parse_args().messages
    with tempfile.TemporaryDirectory() as scratch:
        profile = Profile.at(Path(scratch) / "profile").ensure()
        mbox = Path(scratch) / "corpus.mbox"
        with mbox.open("wb") as out:
            for raw in generate_corpus(count, seed=11, body_size=2000).messages:
                out.write(mbox_entry(raw))
        store = MessageStore(db.connect(profile.store_path))
        import_paths(store, [mbox])
        conversations = store.conversation_count()
        store.conn.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "app")}
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(profile.data_dir.parent)],
                                     stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
            assert child.stdout is not None
            lines = []
            for line in child.stdout:
                if line.startswith("shown"):
                    timings.append(time.perf_counter() - start)
                lines.append(line.split())
            child.wait(timeout=300)
        scrolled = next(line for line in lines if line[0] == "scrolled")
        rss = next(line for line in lines if line[0] == "rss")
    print(f"store: {count} generated messages, {conversations} conversations")
    print(f"process start to main window shown: {min(timings):.2f} s (best of 3; "
          f"all {', '.join(f'{t:.2f}' for t in timings)})")  # fmt: skip
    print(f"scroll to the end of the list ({scrolled[2]} rows, every page fetched): "
          f"{float(scrolled[1]) * 1000:.0f} ms")  # fmt: skip
    print(f"peak RSS of the app: {int(rss[1]) // 1024} MB")


if __name__ == "__main__":
    main()
