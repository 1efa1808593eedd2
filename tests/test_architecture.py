"""The layers of DESIGN.md hold, checked on the source: who may import whom.

An AST walk over ``app/threadline`` collects every import (lazy ones inside functions
too) and builds the graph between the top-level parts of the package: ``core``,
``store``, ``net``, ``services``, ``ui``, ``commands`` and each top-level module (``drafts``,
``mailer``, ``cli``, ...) on its own. A failure names the file and line of each import
that breaks a rule, and for a cycle the whole path.

And the tests mirror the source: every module has a test module of its own name.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "app" / "threadline"
ROOT = "threadline"


@dataclass(frozen=True)
class Import:
    """One import statement's target, and where it is written."""

    importer: str  # dotted module name
    target: str  # dotted module name (a package's ``__init__`` is the package's name)
    path: Path
    line: int

    def __str__(self) -> str:
        where = self.path.relative_to(SOURCE.parents[1])
        return f"{where}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = [ROOT, *path.relative_to(SOURCE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(SOURCE.rglob("*.py"))}


def is_package(name: str) -> bool:
    return MODULES.get(name, Path()).name == "__init__.py"


def imports_of(name: str, path: Path, source: str | None = None) -> Iterator[Import]:
    """Every import in the module, also inside functions; relative ones resolved."""
    tree = ast.parse(path.read_bytes() if source is None else source, filename=str(path))
    package = name if is_package(name) else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"  # `from threadline.net import secrets`
                yield Import(name, submodule if submodule in MODULES else source, path, node.lineno)


IMPORTS: list[Import] = [i for name, path in MODULES.items() for i in imports_of(name, path)]


def part(module: str) -> str:
    """The layer node of a threadline module: its top-level package or module."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else ROOT


def within(module: str, *parts: str) -> bool:
    return module.split(".")[0] == ROOT and part(module) in parts


def internal() -> list[Import]:
    return [i for i in IMPORTS if i.target.split(".")[0] == ROOT]


# -- cycles ------------------------------------------------------------------------


Graph = dict[str, set[str]]


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Tarjan's components with more than one node (self-imports are not cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def cycle_path(graph: Graph, component: list[str]) -> list[str]:
    """One concrete cycle through the component's first node: ``[a, b, ..., a]``."""
    start = component[0]
    members = set(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph.get(node, set()) & members):
            if nxt == start:
                return [*paths[node], start]
            if nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    raise AssertionError("a strongly connected component always has a cycle")


def explain_cycles(edges: dict[tuple[str, str], list[Import]]) -> str:
    graph: Graph = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    lines = []
    for component in strongly_connected(graph):
        path = cycle_path(graph, component)
        lines.append("cycle: " + " -> ".join(path))
        for a, b in pairwise(path):
            lines.append(f"  {a} -> {b}: {edges[a, b][0]}")
    return "\n".join(lines)


def edges_by(node_of: dict[str, str]) -> dict[tuple[str, str], list[Import]]:
    edges: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for i in internal():
        a, b = node_of.get(i.importer), node_of.get(i.target)
        if a and b and a != b:
            edges[a, b].append(i)
    return edges


def subpart(module: str) -> str:
    """One level finer: ``net.smtp``, ``net.oauth``, ``net.tls``, ``store.outbox``, ..."""
    pieces = module.split(".")
    return ".".join(pieces[1:3]) if len(pieces) > 2 else part(module)


def test_no_import_cycle_between_the_parts_of_the_package() -> None:
    problem = explain_cycles(edges_by({m: part(m) for m in MODULES}))
    if problem:
        pytest.fail(problem, pytrace=False)


def test_no_import_cycle_between_subpackages_either() -> None:
    """e.g. ``net.smtp`` and ``net.oauth`` (they imported each other before ``net/errors``)."""
    problem = explain_cycles(edges_by({m: subpart(m) for m in MODULES}))
    if problem:
        pytest.fail(problem, pytrace=False)


# -- who may import whom -----------------------------------------------------------


def offenders(importers: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return [
        str(i)
        for i in internal()
        if within(i.importer, *importers) and within(i.target, *forbidden)
    ]


def test_core_is_pure() -> None:
    """core imports nothing of threadline but core, the error classes, the Qt-free
    translation of their messages (i18n) and the package root."""
    allowed = ("core", "errors", "i18n", ROOT)
    bad = [
        str(i) for i in internal() if within(i.importer, "core") and not within(i.target, *allowed)
    ]
    if bad:
        pytest.fail("\n".join(bad), pytrace=False)


def test_the_network_edge_never_imports_the_store_ui_or_commands() -> None:
    bad = offenders(("net",), ("store", "ui", "commands"))
    if bad:
        pytest.fail("\n".join(bad), pytrace=False)


def test_the_store_never_imports_the_network_ui_or_commands() -> None:
    bad = offenders(("store",), ("net", "ui", "commands"))
    if bad:
        pytest.fail("\n".join(bad), pytrace=False)


def test_the_use_cases_never_import_the_windows_or_the_commands() -> None:
    """services (replying, sending) are written once, for the GUI and the CLI alike."""
    bad = offenders(("services",), ("ui", "commands", "cli"))
    if bad:
        pytest.fail("\n".join(bad), pytrace=False)


def test_only_ui_imports_qt() -> None:
    qt = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    bad = [str(i) for i in IMPORTS if i.target.split(".")[0] in qt and not within(i.importer, "ui")]
    if bad:
        pytest.fail("\n".join(bad), pytrace=False)


# -- the profile is chosen at the entry points and handed down ---------------------

#: Where ``Profile.default()`` belongs: the entry points that choose the profile.
ENTRY_POINTS = ("threadline.cli", "threadline.ui.app")

#: Calls below the entry points, per module: none (issue 11 passed the profile down).
#: Keep it empty: a new call anywhere else fails.
KNOWN_DEFAULT_PROFILE_CALLS: dict[str, int] = {}


def default_profile_calls() -> dict[str, list[int]]:
    calls: dict[str, list[int]] = defaultdict(list)
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "default"
                and isinstance(node.func.value, ast.Name | ast.Attribute)
                and (getattr(node.func.value, "id", None) or getattr(node.func.value, "attr", None))
                == "Profile"
            ):
                calls[name].append(node.lineno)
    return calls


def test_only_the_entry_points_choose_the_default_profile() -> None:
    calls = default_profile_calls()
    new = [
        f"{MODULES[name].relative_to(SOURCE.parents[1])}:{line} calls Profile.default()"
        for name, lines in sorted(calls.items())
        if name not in ENTRY_POINTS
        and not within(name, "commands")
        and len(lines) > KNOWN_DEFAULT_PROFILE_CALLS.get(name, 0)
        for line in lines
    ]
    if new:
        pytest.fail(
            "Pass the Profile down from cli.py / ui/app.py / commands instead:\n" + "\n".join(new),
            pytrace=False,
        )
    fixed = {
        name: allowed
        for name, allowed in KNOWN_DEFAULT_PROFILE_CALLS.items()
        if len(calls.get(name, [])) < allowed
    }
    if fixed:
        pytest.fail(f"Fewer Profile.default() calls now: lower KNOWN_DEFAULT_PROFILE_CALLS {fixed}")


# -- every module has a test module of its own name (issue 11) ---------------------

TESTS = Path(__file__).resolve().parent


def expected_tests(module: Path, shared: set[str]) -> Path:
    """Where the tests of ``app/threadline/<pkg>/<mod>.py`` live: ``tests/<pkg>/test_<mod>.py``.

    Test module names must be unique (pytest imports them by name: no ``__init__.py`` in
    tests), so a module whose name another module has too (``store/accounts.py`` and
    ``commands/accounts.py``) gets its package's name in front: ``test_store_accounts.py``.
    A top-level module keeps the plain name (``errors.py``: ``tests/test_errors.py``).
    """
    folders = module.parent.parts
    name = module.stem
    if folders and name in shared:
        name = f"{folders[-1]}_{name}"
    return Path(*folders, f"test_{name}.py")


def modules_needing_tests() -> list[Path]:
    return sorted(
        path.relative_to(SOURCE)
        for path in SOURCE.rglob("*.py")
        if path.name not in ("__init__.py", "__main__.py")
    )


def shared_names(modules: list[Path]) -> set[str]:
    names = [module.stem for module in modules]
    return {name for name in names if names.count(name) > 1}


def test_every_module_has_a_test_module_of_its_own_name() -> None:
    modules = modules_needing_tests()
    shared = shared_names(modules)
    missing = [
        f"app/threadline/{module} has no tests/{expected}"
        for module in modules
        if not (TESTS / (expected := expected_tests(module, shared))).is_file()
    ]
    if missing:
        pytest.fail("Write the test modules (issue 11):\n" + "\n".join(missing), pytrace=False)


def test_test_module_names_are_unique() -> None:
    """pytest imports test modules by name: two ``test_x.py`` in different folders clash."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(TESTS.rglob("test_*.py")):
        found[path.name].append(str(path.relative_to(TESTS.parent)))
    clashes = {name: paths for name, paths in found.items() if len(paths) > 1}
    if clashes:
        pytest.fail("\n".join(" and ".join(paths) for paths in clashes.values()), pytrace=False)


# -- the checker itself ------------------------------------------------------------


def test_the_walk_sees_the_package() -> None:
    assert {"threadline.net.smtp.transport", "threadline.store.accounts"} <= set(MODULES)
    targets = {(i.importer, i.target) for i in IMPORTS}
    assert ("threadline.net.oauth.tokens", "threadline.net.secrets") in targets


def test_lazy_relative_and_from_imports_are_all_seen() -> None:
    source = (
        "import PySide6.QtCore\n"
        "from threadline.net import secrets\n"
        "def later():\n"
        "    from . import errors\n"
        "    from ..oauth.tokens import TokenSource\n"
    )
    name = "threadline.net.smtp.transport"
    found = {i.target for i in imports_of(name, MODULES[name], source)}
    assert found == {
        "PySide6.QtCore",
        "threadline.net.secrets",
        "threadline.net.smtp.errors",
        "threadline.net.oauth.tokens",
    }


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b"}, "b": {"a", "c"}, "c": set()}, ["a", "b", "a"]),
    ],
)
def test_a_cycle_is_found_with_its_path(graph: Graph, expected: list[str]) -> None:
    (component,) = strongly_connected(graph)
    assert cycle_path(graph, component) == expected


def test_an_acyclic_graph_has_no_cycle() -> None:
    assert strongly_connected({"ui": {"store", "net"}, "net": {"core"}, "store": {"core"}}) == []


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("core/links.py", "core/test_links.py"),
        ("net/oauth/sasl.py", "net/oauth/test_sasl.py"),
        ("demo.py", "test_demo.py"),
        ("errors.py", "test_errors.py"),  # top-level: the plain name
        ("net/smtp/errors.py", "net/smtp/test_smtp_errors.py"),
        ("commands/accounts.py", "commands/test_commands_accounts.py"),
    ],
)
def test_the_test_module_of_a_module(module: str, expected: str) -> None:
    assert expected_tests(Path(module), {"errors", "accounts"}) == Path(expected)


def test_the_walk_finds_the_modules_and_the_names_they_share() -> None:
    modules = modules_needing_tests()
    assert Path("net/oauth/sasl.py") in modules and Path("cli.py") in modules
    assert not any(m.name in ("__init__.py", "__main__.py") for m in modules)
    assert {"errors", "accounts", "outbox"} <= shared_names(modules)
    assert "links" not in shared_names(modules)
