"""The release workflow (.github/workflows/release.yml), checked here though it runs elsewhere.

make release-check runs actionlint and zizmor on it; these tests hold its content to what
packaging/README.md says, and show that both linters do catch the mistakes they are for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
BIN = ROOT / ".venv" / "bin"


def workflow() -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key 'on' as true
    return data


def linter(name: str) -> str:
    # installed by the dev extra (pyproject.toml): missing is a failure, not a skip
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found is not None, f"{name} is not installed: make test installs the dev extra"
    return found


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_it_runs_on_version_tags_with_no_default_permissions() -> None:
    data = workflow()
    assert data["on"] == {"push": {"tags": ["v*"]}}
    assert data["permissions"] == {}
    jobs = data["jobs"]
    writers = {name for name, job in jobs.items() if job["permissions"] != {"contents": "read"}}
    assert writers == {"release"}
    assert jobs["release"]["permissions"] == {"contents": "write"}


def test_every_action_is_pinned_by_commit_with_its_version_named() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), (action, comment)
    for job in workflow()["jobs"].values():
        for step in steps(job):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_the_tag_must_be_v_plus_the_package_version() -> None:
    jobs = workflow()["jobs"]
    script = "\n".join(s.get("run", "") for s in steps(jobs["version"]))
    assert "threadline.__version__" in script
    assert '"$GITHUB_REF_NAME" != "v$version"' in script
    assert "appstream_releases.py --check" in script
    for name in ("deb", "windows", "macos"):
        assert jobs[name]["needs"] == "version"
    assert set(jobs["release"]["needs"]) == {"version", "deb", "windows", "macos"}


def test_each_platform_builds_smoke_tests_and_uploads_its_installer() -> None:
    jobs = workflow()["jobs"]
    expected = {
        "deb": ("ubuntu", ["make PYTHON=python package-test"], "packaging/out/threadline_*.deb"),
        "windows": ("windows", ["./packaging/windows/build.ps1",
                                "./packaging/windows/smoke-test.ps1"],
                    "packaging/out/threadline-*-setup.exe"),
        "macos": ("macos", ["bash packaging/macos/make-dmg.sh",
                            "bash packaging/macos/smoke-test.sh"],
                  "packaging/out/Threadline-*.dmg"),
    }  # fmt: skip
    for name, (runner, commands, artifact) in expected.items():
        job = jobs[name]
        assert job["runs-on"].startswith(runner)
        runs = [s["run"] for s in steps(job) if "run" in s]
        for command in commands:
            assert command in runs, (name, command)
        [upload] = [s for s in steps(job) if s.get("uses", "").startswith("actions/upload-")]
        assert upload["with"]["path"] == artifact
        assert upload["with"]["if-no-files-found"] == "error"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "package-test: system-deps package\n\tbash packaging/test-deb.sh" in makefile
    for script in ("test-deb.sh", "windows/smoke-test.ps1", "macos/smoke-test.sh"):
        assert "--smoke-test" in (ROOT / "packaging" / script).read_text(encoding="utf-8")
    for script in ("build.ps1", "smoke-test.ps1"):
        text = (ROOT / "packaging" / "windows" / script).read_text(encoding="utf-8")
        assert "threadline.__version__" in text
    smoke = (ROOT / "packaging" / "windows" / "smoke-test.ps1").read_text(encoding="utf-8")
    assert "/VERYSILENT" in smoke and "/SUPPRESSMSGBOXES" in smoke and "unins000.exe" in smoke
    dmg = (ROOT / "packaging" / "macos" / "smoke-test.sh").read_text(encoding="utf-8")
    assert "hdiutil attach" in dmg and "hdiutil detach" in dmg


def test_the_release_notes_come_from_the_changelog() -> None:
    [create] = [s for s in steps(workflow()["jobs"]["release"]) if "gh release create" in s.get(
        "run", "")]  # fmt: skip
    assert "appstream_releases.py --notes" in create["run"]
    assert "--notes-file notes.md" in create["run"]
    assert "${{" not in create["run"]  # values reach the script through env, not templates


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_actionlint_passes_the_workflow_and_fails_a_broken_one(tmp_path: Path) -> None:
    actionlint = linter("actionlint")
    done = run([actionlint, str(WORKFLOW)])
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "release.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace(
        "needs.version.outputs.version", "needs.version.outputs.verison"))  # fmt: skip
    done = run([actionlint, str(broken)])
    assert done.returncode != 0 and "verison" in done.stdout


def test_zizmor_finds_nothing_offline_and_flags_an_unpinned_action(tmp_path: Path) -> None:
    zizmor = linter("zizmor")
    args = ["--offline", "--no-ignores", "--persona=pedantic", "--no-progress", "--format=plain"]
    done = run([zizmor, *args, str(WORKFLOW)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout
    unpinned = tmp_path / "release.yml"
    unpinned.write_text(re.sub(r"(actions/checkout)@[0-9a-f]{40}", r"\1@v7",
                               WORKFLOW.read_text(encoding="utf-8")))  # fmt: skip
    done = run([zizmor, *args, str(unpinned)])
    assert done.returncode != 0
    assert "unpinned-uses" in done.stdout


@pytest.mark.parametrize("target", ["release-check"])
def test_make_test_runs_the_release_check_before_pytest(target: str) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    [test_rule] = re.findall(r"^test: (.*)$", makefile, re.M)
    prerequisites = test_rule.split()
    assert prerequisites.index(target) < prerequisites.index("pytest")
    rule = makefile[makefile.index(f"\n{target}:") :].split("\n\n")[0]
    for command in ("actionlint", "zizmor --offline", "appstream_releases.py --check",
                    "flatpak-builder --show-manifest", "appstreamcli validate",
                    "desktop-file-validate"):  # fmt: skip
        assert command in rule, command
