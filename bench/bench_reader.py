"""Reader benchmark: opening one long conversation, on the GUI thread.

    .venv/bin/python bench/bench_reader.py --messages 300 2000 [--quoted]

Imports one conversation of N generated messages (a reply chain with a few branches,
three paragraphs each), opens it in the real main window (offscreen Qt) and prints,
best of 5: the time open_row takes (store read, mark read, cards built) and the layout
and paint that follow, then the time "Expand all" takes once (every message rendered).
With --quoted, each message quotes the one it answers below its own words (as replies
do): every open card then asks the search index whether its quote repeats an earlier
message before it folds the quote.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests")]

from helpers.mail import make_raw  # noqa: E402
from threadline.paths import Profile  # noqa: E402
from threadline.store import db  # noqa: E402
from threadline.store.importer import import_bytes  # noqa: E402
from threadline.store.messages import MessageStore  # noqa: E402
from threadline.ui.app import create_application  # noqa: E402
from threadline.ui.main_window import MainWindow  # noqa: E402


def conversation(count: int, *, quoted: bool = False) -> list[bytes]:
    """A chain where every 7th message answers one three back (branches)."""
    raws = []
    own = ("Some words of a reply in a long discussion. " * 6 + "\n\n") * 3
    bodies: list[str] = []
    for n in range(count):
        parent = n - 3 if n % 7 == 0 and n >= 3 else n - 1
        body = f"Reply {n}. {own}" if quoted else own  # (each one its own words)
        if quoted and n:  # the parent quoted whole (its own quote too), at most 60 lines
            lines = bodies[parent].rstrip("\n").split("\n")[:60]
            body += f"On Mon, Person {parent % 7} wrote:\n" + "\n".join(
                f">{line}" if line.startswith(">") or not line else f"> {line}" for line in lines
            )
        bodies.append(body)
        refs = [f"m{j}@x.org" for j in range(max(0, parent - 4), parent + 1)] if n else []
        raws.append(make_raw(
            f"m{n}@x.org", subject="Long" if n == 0 else "Re: Long",
            sender=f"Person {n % 7} <p{n % 7}@x.org>", to="ann@example.org",
            references=refs, in_reply_to=refs[-1] if refs else None,
            date=time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1.7e9 + n * 60)),
            body=body,
        ))  # fmt: skip
    return raws


def measure(count: int, *, quoted: bool = False) -> None:
    app = create_application()
    profile = Profile.at(Path(tempfile.mkdtemp(prefix="threadline-bench-"))).ensure()
    conn = db.connect(profile.store_path)
    import_bytes(MessageStore(conn), conversation(count, quoted=quoted))
    conn.close()
    window = MainWindow(profile)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    opening, painting, expanding = [], [], []
    for _ in range(5):
        start = time.perf_counter()
        window.open_row(0)
        built = time.perf_counter()
        app.processEvents()
        shown = time.perf_counter()
        opening.append(built - start)
        painting.append(shown - built)
    cards = len(window.reader.cards)
    start = time.perf_counter()
    window.reader.expand_all()  # once: every message parsed, sanitized and laid out
    app.processEvents()
    expanding.append(time.perf_counter() - start)
    window.close()
    print(f"{count:>6} {'quoting ' if quoted else ''}messages: open {min(opening) * 1000:6.1f} ms"
          f" (median {statistics.median(opening) * 1000:.1f}),"
          f" layout+paint {min(painting) * 1000:5.1f} ms, {cards} cards;"
          f" expand all {expanding[0]:.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[300, 2000])
    parser.add_argument("--quoted", action="store_true", help="each message quotes its parent")
    arguments = parser.parse_args()
    for count in arguments.messages:
        measure(count, quoted=arguments.quoted)


if __name__ == "__main__":
    main()
