"""The sdist and wheel carry resources/, and an installed wheel works outside the source tree.

.ci/run goes further (a fresh virtual environment with every dependency, `--self-test` and
`assess` there); this test installs the wheel alone beside the test environment, which is quick.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _resource_files() -> list[str]:
    folder = ROOT / "resources"
    return sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: the sdist, then the wheel made from the sdist, as .ci/run makes them."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def _only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_the_wheel_carries_every_resource_inside_the_package(built: Path):
    with zipfile.ZipFile(_only(built, "*.whl")) as wheel:
        names = set(wheel.namelist())
    missing = [f for f in _resource_files() if f"carerhelp/resources/{f}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert "carerhelp/py.typed" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), "the GPL text ships"


def test_the_sdist_carries_resources_and_the_build_step(built: Path):
    with tarfile.open(_only(built, "*.tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    missing = [f for f in _resource_files() if f"resources/{f}" not in names]
    assert not missing, f"not in the sdist: {missing}"
    assert {"setup.py", "MANIFEST.in", "pyproject.toml"} <= names


def test_an_installed_wheel_finds_its_resources_outside_the_source_tree(
    built: Path, tmp_path: Path
):
    site = tmp_path / "site"
    wheel = str(_only(built, "*.whl"))
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            wheel,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "CARERHELP_DATA_DIR": str(tmp_path / "data")}
    where = subprocess.run(
        [sys.executable, "-c", "import carerhelp.paths as p; print(p.resources_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()) == site / "carerhelp" / "resources"
    example = (ROOT / "docs" / "examples" / "england.json").read_bytes()
    (elsewhere / "england.json").write_bytes(example)
    assess = subprocess.run(
        [sys.executable, "-m", "carerhelp", "assess", "england.json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert assess.returncode == 0, assess.stderr
    assert "assessment" in assess.stdout.lower()
