"""Write python-deps.json: the Flatpak module with Threadline's Python dependencies.

    .venv/bin/python packaging/flatpak/generate_python_deps.py

Needs PyPI (nothing else). pip resolves the runtime dependencies of pyproject.toml for the
KDE runtime's Python (RUNTIME_PYTHON) on each Flatpak architecture, as wheels only; the
module lists every wheel by its files.pythonhosted.org address and SHA-256 (what
flatpak-pip-generator and req2flatpak write), arch-specific wheels with only-arches, and
installs them offline with pip --no-index. PySide6 is left out: the io.qt.PySide.BaseApp
base app brings it. setuptools is added for building Threadline's own wheel in the
sandbox and removed from the finished app by the module's cleanup.

The pins change only when this script is run again; tests/packaging/test_flatpak.py
checks offline that every runtime dependency has a pinned wheel for each architecture.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "python-deps.json"
#: Python of the KDE runtime named in the manifest (6.10: freedesktop SDK 25.08).
RUNTIME_PYTHON = "3.13"
ARCHES = ("x86_64", "aarch64")
#: Provided by the base app, not by this module.
FROM_BASE_APP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
#: Needed to build Threadline's wheel in the sandbox (pyproject's build-system).
BUILD_ONLY = ["setuptools>=77"]
INDEX = "https://pypi.org/simple"


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """pyproject's runtime dependencies, less those the base app provides."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    return [r for r in requirements if canonicalize_name(r.name) not in FROM_BASE_APP]


def environment(arch: str) -> dict[str, str]:
    """Marker values of the Flatpak runtime's Python on ``arch``."""
    return {
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "python_version": RUNTIME_PYTHON,
        "python_full_version": f"{RUNTIME_PYTHON}.0",
        "os_name": "posix",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": arch,
    }


def applies(marker: Marker | None, arch: str, extras: set[str] | None = None) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**environment(arch), "extra": e}) for e in (extras or {""}))


def resolve(requirements: list[str], arch: str) -> list[dict[str, Any]]:
    """pip's installation report for ``requirements`` as wheels for the runtime on ``arch``."""
    python = RUNTIME_PYTHON.replace(".", "")
    platforms = ["manylinux_2_28", "manylinux_2_17", "manylinux2014", "linux"]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--isolated", "--quiet", "--dry-run",
            "--ignore-installed", "--report", str(report), "--index-url", INDEX,
            "--only-binary=:all:", "--implementation", "cp", "--python-version", RUNTIME_PYTHON,
            "--abi", f"cp{python}", "--abi", "abi3", "--abi", "none",
            *[f"--platform={p}_{arch}" for p in platforms],
            "--target", str(Path(scratch) / "target"), *requirements,
        ]  # fmt: skip
        # only PyPI: no pip.conf, find-links or extra index of this machine
        env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
        env["PIP_CONFIG_FILE"] = os.devnull
        subprocess.run(command, check=True, env=env)
        installs: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return installs


def needed(installs: list[dict[str, Any]], roots: list[Requirement], arch: str) -> list[str]:
    """Names reachable from ``roots`` with the markers evaluated for the runtime's Python.

    pip evaluates markers for the Python it runs on; the runtime's is newer, so backports
    such as importlib_metadata fall away here.
    """
    by_name = {canonicalize_name(i["metadata"]["name"]): i for i in installs}
    seen: dict[str, set[str]] = {}
    todo = [(r, set[str]()) for r in roots if applies(r.marker, arch)]
    while todo:
        requirement, _ = todo.pop()
        name = canonicalize_name(requirement.name)
        extras = set(requirement.extras)
        if name in seen and extras <= seen[name]:
            continue
        seen.setdefault(name, set()).update(extras)
        for text in by_name[name]["metadata"].get("requires_dist") or []:
            child = Requirement(text)
            if applies(child.marker, arch, extras | {""}):
                todo.append((child, set()))
    return sorted(seen)


def wheel_source(install: dict[str, Any], arch: str | None) -> dict[str, Any]:
    info = install["download_info"]
    url = info["url"]
    if not url.startswith("https://files.pythonhosted.org/"):
        raise SystemExit(f"{url} is not on PyPI's file host")
    source: dict[str, Any] = {
        "type": "file",
        "url": url,
        "sha256": info["archive_info"]["hashes"]["sha256"],
    }
    if arch is not None:
        source["only-arches"] = [arch]
    return source


def module(per_arch: dict[str, dict[str, dict[str, Any]]], build_only: set[str]) -> dict[str, Any]:
    """The flatpak-builder module installing the wheels (sources for every arch)."""
    names = sorted(set().union(*(set(wheels) for wheels in per_arch.values())))
    sources: list[dict[str, Any]] = []
    for name in names:
        urls = {
            arch: wheels[name]["download_info"]["url"]
            for arch, wheels in per_arch.items()
            if name in wheels
        }
        if len(urls) != len(per_arch):
            raise SystemExit(f"{name} is needed on {sorted(urls)} only")
        if len(set(urls.values())) == 1:  # one wheel for every arch (pure Python, or abi3 any)
            sources.append(wheel_source(next(iter(per_arch.values()))[name], None))
        else:
            sources.extend(wheel_source(per_arch[arch][name], arch) for arch in per_arch)
    pins = [f"{n}=={next(iter(per_arch.values()))[n]['metadata']['version']}" for n in names]
    site = "/lib/python*/site-packages"
    return {
        "name": "python3-threadline-deps",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            "--prefix=${FLATPAK_DEST} --no-build-isolation --no-deps " + " ".join(pins)
        ],
        "sources": sources,
        # build-only packages leave the finished app (cleanup runs after every module)
        "cleanup": [
            f"{site}/{pattern}"
            for name in sorted(build_only)
            for pattern in (name.replace("-", "_"), f"{name.replace('-', '_')}-*.dist-info")
        ]
        + [f"{site}/_distutils_hack", f"{site}/distutils-precedence.pth", f"{site}/pkg_resources"],
    }


def main() -> int:
    roots = runtime_requirements()
    build = [Requirement(text) for text in BUILD_ONLY]
    per_arch: dict[str, dict[str, dict[str, Any]]] = {}
    for arch in ARCHES:
        installs = resolve([str(r) for r in roots + build], arch)
        by_name = {canonicalize_name(i["metadata"]["name"]): i for i in installs}
        per_arch[arch] = {name: by_name[name] for name in needed(installs, roots + build, arch)}
    generated = module(per_arch, {canonicalize_name(r.name) for r in build})
    OUT.write_text(json.dumps(generated, indent=4) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(generated['sources'])} wheels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
