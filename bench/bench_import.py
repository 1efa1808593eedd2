"""Import benchmark: index and store N generated messages, in one process and in parallel.

    .venv/bin/python bench/bench_import.py                     # 20,000 messages
    .venv/bin/python bench/bench_import.py --messages 100000 --dressed

The messages are bench_store's (random thread shapes, 1-4 KB bodies, out-of-order
arrival, missing parents); ``--dressed`` gives each the headers real mail carries
(Received, DKIM-Signature, MIME, lists), 72-column lines, and every third one an HTML
alternative. Prints messages per second for:

- indexing only (``index_message`` in this process; ``index_many`` with worker processes),
- a full import of the mbox into a fresh store (``import_paths`` with ``workers=0``, and
  with worker processes), each in a child process,

and the peak RSS of the importing process and of its largest worker. Figures only; not
a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests")]

# Worker processes import this script again: keep its top level light (no test helpers).
from threadline.store import db  # noqa: E402
from threadline.store.batch_index import default_workers, index_many  # noqa: E402
from threadline.store.importer import import_paths  # noqa: E402
from threadline.store.indexing import index_message  # noqa: E402
from threadline.store.mbox import mbox_entry  # noqa: E402
from threadline.store.messages import MessageStore  # noqa: E402


def dress(raw: bytes, n: int) -> bytes:
    """``raw`` with the headers and line lengths of real mail; every third one HTML too."""
    head, _, body = raw.partition(b"\r\n\r\n")
    text = "\r\n".join(textwrap.wrap(body.decode(), 72)) + "\r\n"
    trace = [
        f"Received: from mx{n % 7}.corpus.example (mx{n % 7}.corpus.example [192.0.2.{n % 250}])"
        f"\r\n\tby mail.example.test (Postfix) with ESMTPS id {n:010X}\r\n"
        f"\tfor <bench@example.test>; Mon, 5 Jan 2025 10:{n % 60:02d}:00 +0000",
        f"Received: by mx{n % 7}.corpus.example with SMTP id x{n}; Mon, 5 Jan 2025 10:00:00 +0000",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=corpus.example; s=s1;\r\n"
        "\th=from:to:subject:date:message-id; bh=" + f"{n:044d}" + ";\r\n\tb=" + "A" * 64
        + "\r\n\t " + "B" * 64 + "\r\n\t " + "C" * 44,
        "MIME-Version: 1.0",
        "X-Mailer: Bench Mail 1.0",
    ]  # fmt: skip
    if n % 4 == 0:
        trace.append(f"List-Id: <list{n % 5}.corpus.example>")
    if n % 3:
        parts = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        return (
            b"\r\n".join([head, *(h.encode() for h in trace + parts)])
            + b"\r\n\r\n"
            + (text.encode())
        )
    html = "<html><body><p>" + text.replace("\r\n", "<br>\r\n") + "</p></body></html>\r\n"
    boundary = f"b{n:08d}"
    parts = [f'Content-Type: multipart/alternative; boundary="{boundary}"']
    mime = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}"
        f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}"
        f"--{boundary}--\r\n"
    )
    return (
        b"\r\n".join([head, *(h.encode() for h in trace + parts)]) + b"\r\n\r\n" + (mime.encode())
    )


def vm_hwm(pid: int | str = "self") -> int:
    """A process's peak RSS in kB (0 when it cannot be read: gone, or not Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class DescendantsPeak(threading.Thread):
    """Samples the peak RSS of this process's descendants (the worker processes)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.cpu: dict[int, float] = {}  # seconds of CPU each descendant used, last seen
        self.done = threading.Event()

    def run(self) -> None:
        ticks = os.sysconf("SC_CLK_TCK")
        while not self.done.wait(0.1):
            for pid in self.descendants():
                self.peak = max(self.peak, vm_hwm(pid))
                try:
                    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    self.cpu[pid] = (int(fields[11]) + int(fields[12])) / ticks
                except (OSError, IndexError, ValueError):
                    continue

    def descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                        parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
        found, frontier = [], {os.getpid()}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier}
            found.extend(frontier)
        return found


def child(mbox: str, profile: str, workers: int) -> None:
    """Import ``mbox`` into a fresh store; print seconds, counts and peak RSS as JSON."""
    sampler = DescendantsPeak()
    if sys.platform == "linux":
        sampler.start()
    store = MessageStore(db.connect(Path(profile) / "store.sqlite3"))
    started, cpu = time.perf_counter(), time.process_time()
    report = import_paths(store, [mbox], workers=workers)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    sampler.done.set()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "imported": report.imported,
                "rss_kb": vm_hwm(),
                "workers_rss_kb": sampler.peak,
                "workers_cpu": sum(sampler.cpu.values()),
            }
        )
    )


def run_child(mbox: Path, scratch: Path, workers: int) -> dict[str, float]:
    profile = Path(tempfile.mkdtemp(dir=scratch))
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(mbox), str(profile), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    shutil.rmtree(profile)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: as many as help)"
    )
    parser.add_argument("--dressed", action="store_true", help="real mail's headers and MIME")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        mbox, profile, workers = options.child
        child(mbox, profile, int(workers))
        return
    from helpers.corpus import generate_corpus  # the parent alone needs the test helpers

    workers = default_workers() if options.workers is None else options.workers
    parallel = max(1, workers)
    scratch = Path(tempfile.mkdtemp(prefix="threadline-bench-import-"))
    try:
        print(f"generating {options.messages} messages ...", flush=True)
        raws = generate_corpus(options.messages, seed=7, body_size=2500).messages
        if options.dressed:
            raws = [dress(raw, n) for n, raw in enumerate(raws)]
        mbox = scratch / "corpus.mbox"
        with mbox.open("wb") as out:
            for raw in raws:
                out.write(mbox_entry(raw))
        count = len(raws)
        average = sum(map(len, raws)) / count / 1024
        print(
            f"corpus: {count} messages{' (dressed)' if options.dressed else ''}, "
            f"{average:.1f} KB on average, mbox {mbox.stat().st_size / 1e6:.0f} MB; "
            f"{os.cpu_count()} CPUs, {parallel} worker process(es) for the parallel runs"
        )

        started = time.perf_counter()
        for raw in raws:
            index_message(raw)
        single = count / (time.perf_counter() - started)
        print(f"index only, one process:        {single:8,.0f} msg/s")

        pids: set[int] = set()
        peak = 0

        def chunk_done(pid: int, _count: int) -> None:
            nonlocal peak
            pids.add(pid)
            peak = max(peak, vm_hwm(pid))

        started = time.perf_counter()
        for _item in index_many(raws, workers=parallel, on_chunk=chunk_done):
            pass
        many = count / (time.perf_counter() - started)
        print(
            f"index only, {len(pids - {os.getpid()})} worker process(es):  {many:8,.0f} msg/s"
            f"  ({many / single:.2f}x; worker peak RSS {peak // 1024} MB)"
        )
        del raws

        for label, run_workers in (("one process", 0), (f"{parallel} worker(s)", parallel)):
            result = run_child(mbox, scratch, run_workers)
            rate = result["imported"] / result["seconds"]
            workers_rss = (
                f", workers {int(result['workers_rss_kb']) // 1024} MB"
                if result["workers_rss_kb"]
                else ""
            )
            workers_cpu = f" + workers {result['workers_cpu']:.1f} s" if run_workers else ""
            print(
                f"full import, {label + ':':14s} {rate:8,.0f} msg/s  ({result['seconds']:.1f} s;"
                f" CPU: importing process {result['cpu']:.1f} s{workers_cpu};"
                f" peak RSS {int(result['rss_kb']) // 1024} MB{workers_rss})"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
