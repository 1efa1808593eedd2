"""Run every benchmark with its default sizes, one after another (``make bench``).

    .venv/bin/python bench/run_all.py [--only ui reader ...]

Each script prints its own figures; this prints which one runs and how long it took.
Some need system programs (bench_sync: Dovecot and mbsync) or build large stores
(100,000 messages): the whole run takes a while. Mutation testing is not a benchmark
(``make mutation``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: In the order they are run: quick ones first.
BENCHES = ("thread_key", "reader", "ui", "send", "attachment", "import", "store", "sync")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="+", choices=BENCHES, help="run only these")
    chosen = parser.parse_args().only or list(BENCHES)
    failed = []
    for name in chosen:
        print(f"\n== bench_{name}.py", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(HERE / f"bench_{name}.py")], check=False)
        outcome = "" if done.returncode == 0 else f", exit {done.returncode}"
        print(f"== bench_{name}.py: {time.perf_counter() - start:.0f} s{outcome}", flush=True)
        if done.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
