"""The Flatpak manifest and its generated Python module, checked offline.

flatpak-builder cannot build here (no runtime, no network): its own parser reads the
manifest, and these tests hold its content to what packaging/README.md promises.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

import threadline

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{threadline.APP_ID}.yml"
DEPS = FLATPAK / "python-deps.json"

#: Every permission, each justified in the manifest's comments and packaging/README.md.
FINISH_ARGS = {
    "--share=network",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.freedesktop.Notifications",
}


def load_generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "generate_python_deps", FLATPAK / "generate_python_deps.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generator = load_generator()


def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return loaded


def deps() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DEPS.read_text(encoding="utf-8"))
    return loaded


def flatpak_builder() -> str:
    found = shutil.which("flatpak-builder")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("flatpak-builder is missing: .ci/system-deps installs it")
        pytest.skip("flatpak-builder is not installed (.ci/system-deps installs it)")
    return found


def show_manifest(path: Path) -> subprocess.CompletedProcess[str]:
    # run in a throw-away folder: it makes its state folder (.flatpak-builder) where it runs
    with tempfile.TemporaryDirectory() as scratch:
        return subprocess.run([flatpak_builder(), "--show-manifest", str(path)], cwd=scratch,
                              capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def test_flatpak_builder_reads_the_manifest_without_a_warning() -> None:
    done = show_manifest(MANIFEST)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    shown = json.loads(done.stdout)
    assert shown["id"] == threadline.APP_ID
    # the generated module is included, and it comes before the app's own
    assert [m["name"] for m in shown["modules"]] == ["python3-threadline-deps", "threadline"]


def test_flatpak_builder_warns_of_an_unknown_key(tmp_path: Path) -> None:
    # what makes the check above mean something: a misspelt key is a warning, not silence
    bad = tmp_path / "bad.yml"
    bad.write_text(MANIFEST.read_text(encoding="utf-8").replace("command:", "comand:"))
    shutil.copy(DEPS, tmp_path / DEPS.name)
    done = show_manifest(bad)
    assert "Unknown property comand" in done.stderr


def test_the_runtime_and_the_pyside_base_app_go_together() -> None:
    data = manifest()
    assert data["id"] == threadline.APP_ID
    assert (data["runtime"], data["sdk"]) == ("org.kde.Platform", "org.kde.Sdk")
    assert data["base"] == "io.qt.PySide.BaseApp"
    assert data["base-version"] == data["runtime-version"]
    # the base app's PySide6 is the runtime's Qt version: within pyproject's bounds
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    [pyside] = [Requirement(r) for r in project["dependencies"] if r.startswith("PySide6")]
    assert pyside.specifier.contains(Version(data["runtime-version"] + ".0"))
    assert "/app/cleanup-BaseApp.sh" in data["cleanup-commands"]
    assert data["command"] == "threadline"


def test_finish_args_are_exactly_the_justified_ones() -> None:
    args = manifest()["finish-args"]
    assert len(args) == len(set(args))
    assert set(args) == FINISH_ARGS
    text = MANIFEST.read_text(encoding="utf-8")
    for arg in FINISH_ARGS:  # each one has its reason in a comment just above it
        before = text[: text.index(f"  - {arg}")].rstrip().splitlines()[-1]
        assert before.strip().startswith(("#", "- --")), arg
    assert "jaraco/keyring issue 748" in text  # why not the secret portal


def test_the_app_module_installs_the_package_and_the_desktop_files() -> None:
    modules = manifest()["modules"]
    assert modules[0] == DEPS.name
    [app] = [m for m in modules if isinstance(m, dict) and m["name"] == "threadline"]
    commands = "\n".join(app["build-commands"])
    assert "--no-index" in commands and "--no-deps" in commands
    for installed in ("share/applications/", "share/metainfo/", "scalable/apps/"):
        assert installed in commands
    for file in re.findall(r"resources/[^ ]+", commands):
        resolved = file.replace("${FLATPAK_ID}", threadline.APP_ID).replace("${size}", "48")
        assert (ROOT / resolved).exists(), file
    [source] = app["sources"]
    assert source["type"] == "dir" and (FLATPAK / source["path"]).resolve() == ROOT
    assert {".git", ".venv", "packaging/out"} <= set(source["skip"])


def test_every_runtime_dependency_is_a_pinned_wheel_on_each_arch() -> None:
    module = deps()
    [command] = module["build-commands"]
    assert "--no-index" in command and "--no-deps" in command
    pins = {canonicalize_name(p.split("==")[0]): Version(p.split("==")[1])
            for p in command.split() if "==" in p}  # fmt: skip
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
        assert source["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    for requirement in generator.runtime_requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} has no wheel in {DEPS.name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), requirement
        for arch in generator.ARCHES:
            wheels = [s for s in module["sources"]
                      if canonicalize_name(wheel_name(s["url"])) == name
                      and arch in s.get("only-arches", [arch])]  # fmt: skip
            assert len(wheels) == 1, (name, arch)
    # every pinned name has its wheel, and nothing is listed twice for one arch
    assert {canonicalize_name(wheel_name(s["url"])) for s in module["sources"]} == set(pins)


def wheel_name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("-")[0]


def test_pyside_comes_from_the_base_app_and_setuptools_leaves_the_app() -> None:
    names = {canonicalize_name(wheel_name(s["url"])) for s in deps()["sources"]}
    assert not names & generator.FROM_BASE_APP
    assert "pyside6-essentials" not in {
        canonicalize_name(r.name) for r in generator.runtime_requirements()
    }
    assert "setuptools" in names  # builds Threadline's wheel in the sandbox ...
    assert "/lib/python*/site-packages/setuptools" in deps()["cleanup"]  # ... and goes


def test_markers_are_evaluated_for_the_runtime_python() -> None:
    # keyring needs importlib_metadata only before Python 3.12: not on the runtime's 3.13
    installs = [
        {"metadata": {"name": "keyring", "requires_dist": [
            'importlib_metadata>=4.11.4; python_version < "3.12"',
            'SecretStorage>=3.2; sys_platform == "linux"',
            'pywin32-ctypes>=0.2.0; sys_platform == "win32"',
            'pytest>=6; extra == "test"']}},
        {"metadata": {"name": "SecretStorage", "requires_dist": ["jeepney>=0.6"]}},
        {"metadata": {"name": "jeepney", "requires_dist": None}},
        {"metadata": {"name": "importlib_metadata", "requires_dist": ["zipp>=3.20"]}},
    ]  # fmt: skip
    assert generator.needed(installs, [Requirement("keyring>=25")], "x86_64") == [
        "jeepney", "keyring", "secretstorage"]  # fmt: skip
    assert generator.applies(Requirement('x; platform_machine == "aarch64"').marker, "aarch64")
    assert not generator.applies(Requirement('x; platform_machine == "aarch64"').marker, "x86_64")


def test_arch_specific_wheels_get_only_arches_and_shared_ones_do_not() -> None:
    def install(name: str, file: str) -> dict[str, Any]:
        url = f"https://files.pythonhosted.org/packages/aa/{file}"
        hashes = {"sha256": "0" * 64}
        return {"metadata": {"name": name, "version": "1.0"},
                "download_info": {"url": url, "archive_info": {"hashes": hashes}}}  # fmt: skip

    per_arch = {
        "x86_64": {"pure": install("pure", "pure-1.0-py3-none-any.whl"),
                   "fast": install("fast", "fast-1.0-cp313-cp313-manylinux_2_17_x86_64.whl")},
        "aarch64": {"pure": install("pure", "pure-1.0-py3-none-any.whl"),
                    "fast": install("fast", "fast-1.0-cp313-cp313-manylinux_2_17_aarch64.whl")},
    }  # fmt: skip
    module = generator.module(per_arch, set())
    arches = [(wheel_name(s["url"]), s.get("only-arches")) for s in module["sources"]]
    assert arches == [("fast", ["x86_64"]), ("fast", ["aarch64"]), ("pure", None)]
    assert module["build-commands"][0].endswith("fast==1.0 pure==1.0")
    per_arch["aarch64"].pop("fast")
    with pytest.raises(SystemExit, match="fast is needed on"):
        generator.module(per_arch, set())
    per_arch["aarch64"]["fast"] = install("fast", "fast-1.0.tar.gz")
    per_arch["aarch64"]["fast"]["download_info"]["url"] = "file:///opt/wheels/fast.whl"
    with pytest.raises(SystemExit, match="not on PyPI's file host"):
        generator.module(per_arch, set())
