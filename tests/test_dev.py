"""dev.py: the import-contract step really checks the contracts; a failed set-up says what to do."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402

CONTRACT = """
[tool.importlinter]
root_package = "pretend"

[[tool.importlinter.contracts]]
name = "low never imports high"
type = "forbidden"
source_modules = ["pretend.low"]
forbidden_modules = ["pretend.high"]
"""


def _package(folder: Path, low_imports_high: bool) -> None:
    package = folder / "pretend"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "high.py").write_text("VALUE = 1\n")
    (package / "low.py").write_text("import pretend.high\n" if low_imports_high else "VALUE = 2\n")
    (folder / "contracts.toml").write_text(textwrap.dedent(CONTRACT))


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run(
        [sys.executable, *dev.lint_imports_args("contracts.toml")],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_lint_step_fails_when_a_contract_is_broken(tmp_path: Path):
    _package(tmp_path, low_imports_high=True)
    result = _lint(tmp_path)
    assert result.returncode != 0, result.stdout + result.stderr
    assert "BROKEN" in result.stdout


def test_the_lint_step_passes_when_every_contract_is_kept(tmp_path: Path):
    _package(tmp_path, low_imports_high=False)
    result = _lint(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_lint_step_is_the_one_dev_py_runs():
    source = (ROOT / "dev.py").read_text(encoding="utf-8")
    assert 'lint_imports_args("pyproject.toml")' in source
    assert '"importlinter.cli"' not in source


def test_first_set_up_without_a_package_index_ends_in_a_plain_message(tmp_path: Path):
    for name in ("dev.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PIP_")},
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": "",
    }
    result = subprocess.run(
        [sys.executable, "dev.py", "--version"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Couldn't download what CarerHelp needs" in result.stderr
    assert "run this command again" in result.stderr
