"""Mutation testing of ``threadline.core`` against ``tests/core`` (mutmut 3.8).

mutmut 3 only imports mutated code from ``./``, ``src/`` or ``source/``, and writes its
``mutants/`` folder beside the code. So this script copies the repository's package and
tests to a throw-away folder under /tmp (``app/threadline`` becomes ``src/threadline``),
configures mutmut there (mutate ``threadline/core`` only, select tests from
``tests/core``), runs it with one worker process under ``nice``, and prints the kill
rate and the surviving mutants by function. The real tree is only read.

    .venv/bin/python bench/mutation.py                 # everything (several minutes)
    .venv/bin/python bench/mutation.py --keep DIR      # reuse DIR's results: only
                                                       # changed code is run again
    .venv/bin/python bench/mutation.py --keep DIR --again  # and run the mutants that
                                                       # survived there again (tests changed)
    .venv/bin/python bench/mutation.py --survivors     # also list every survivor

It is not part of CI or ``make test``: ``make mutation`` runs it.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = "mutmut==3.8.*"

CONFIG = """
[tool.mutmut]
source_paths = ["src/threadline"]
only_mutate = ["src/threadline/core/*"]
pytest_add_cli_args_test_selection = ["tests/core"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]
use_git_change_detection = false
also_copy = ["conftest.py"]
"""

#: Mutated code runs slower (mutmut's trampolines, its coverage pass) and each surviving
#: mutant runs every test of its function: hypothesis gets no deadline, a fixed seed (a
#: mutant is killed or not the same way each run) and at most 50 examples a test.
CONFTEST = """
from hypothesis import HealthCheck, settings

settings.register_profile(
    "mutation", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("mutation")
MAX_EXAMPLES = 50


def pytest_collection_modifyitems(items):
    for item in items:
        test = getattr(item, "obj", None)
        chosen = getattr(test, "_hypothesis_internal_use_settings", None)
        if chosen is not None and chosen.max_examples > MAX_EXAMPLES:
            test._hypothesis_internal_use_settings = settings(chosen, max_examples=MAX_EXAMPLES)
"""


def ensure_mutmut(python: str) -> None:
    """Install mutmut 3.8 into the running (project) venv when it is missing."""
    try:
        if version("mutmut").startswith("3.8."):
            return
    except PackageNotFoundError:
        pass
    subprocess.run([python, "-m", "pip", "install", "--quiet", MUTMUT], check=True)


def make_copy(work: Path) -> None:
    """The package (as ``src/threadline``), the tests and a pyproject.toml set up for
    mutmut, in ``work``; results of an earlier run there are kept."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    src = work / "src" / "threadline"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(ROOT / "app" / "threadline", src, ignore=ignore)
    if (work / "tests").exists():
        shutil.rmtree(work / "tests")
    shutil.copytree(ROOT / "tests", work / "tests", ignore=ignore)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    # The tests must import the mutated copy, never the real tree's app/ folder.
    pyproject = pyproject.replace('pythonpath = ["app", "tests"]', 'pythonpath = ["tests"]')
    (work / "pyproject.toml").write_text(pyproject + CONFIG, encoding="utf-8")
    (work / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    # copytree keeps modification times: mutmut mutates again only the files changed
    # since its last run in ``work`` (and runs again only their changed functions).


_RESULT = re.compile(r"^\s*(\S+): (.+)$")


def results(mutmut: str, work: Path) -> list[tuple[str, str]]:
    """Every mutant's name and status, as ``mutmut results --all true`` prints them."""
    out = subprocess.run(
        [mutmut, "results", "--all", "true"], cwd=work, check=True, capture_output=True, text=True
    ).stdout
    return [(m.group(1), m.group(2)) for m in map(_RESULT.match, out.splitlines()) if m]


def function_of(mutant: str) -> str:
    """``threadline.core.compose.x_check_draft__mutmut_3`` -> ``compose.check_draft``."""
    module, _, rest = mutant.rpartition(".")
    name = re.sub(r"__mutmut_\d+$", "", rest)
    name = name.removeprefix("x_").replace("ǁ", ".").strip(".")
    name = re.sub(r"^x[ǁ.]", "", name)
    return f"{module.rpartition('.')[2]}.{name}"


def report(statuses: list[tuple[str, str]], show_survivors: bool) -> float:
    """Print the figures; return the kill rate in percent."""
    counts = collections.Counter(status for _, status in statuses)
    total = len(statuses)
    killed = counts["killed"]
    rate = 100.0 * killed / total if total else 0.0
    print(f"\nmutants: {total}, killed: {killed} ({rate:.1f}%)")
    print("by status: " + json.dumps(dict(sorted(counts.items()))))
    alive = [name for name, status in statuses if status != "killed"]
    by_function = collections.Counter(function_of(name) for name in alive)
    if by_function:
        print("not killed, by function:")
        for function, count in by_function.most_common():
            print(f"  {count:4d}  {function}")
    if show_survivors:
        print("not killed:")
        for name, status in statuses:
            if status != "killed":
                print(f"  {name}: {status}")
    return rate


def main() -> int:
    """Copy, run mutmut, print the kill rate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--survivors", action="store_true", help="list every survivor")
    parser.add_argument("--again", action="store_true", help="run last run's survivors again")
    parser.add_argument("--report-only", action="store_true", help="print the last results")
    parser.add_argument("mutants", nargs="*", help="run only these mutants (names or globs)")
    args = parser.parse_args()
    python = sys.executable
    ensure_mutmut(python)
    mutmut = str(Path(python).with_name("mutmut"))
    work = args.keep or Path(tempfile.mkdtemp(prefix="threadline-mutation-"))
    work = work.resolve()
    if work == ROOT or ROOT in work.parents:
        parser.error("the work folder must be outside the repository")
    work.mkdir(parents=True, exist_ok=True)
    try:
        if not args.report_only:
            make_copy(work)
            names = list(args.mutants)
            if args.again and (work / "mutants").exists():
                names += [name for name, status in results(mutmut, work) if status != "killed"]
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            command = ["nice", "-n", "10", mutmut, "run", "--max-children", "1", *names]
            print(f"in {work}: {' '.join(command)}", flush=True)
            subprocess.run(command, cwd=work, env=env, check=True)
        rate = report(results(mutmut, work), args.survivors)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if rate else 1


if __name__ == "__main__":
    sys.exit(main())
