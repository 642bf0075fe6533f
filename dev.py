"""Set up CarerHelp in a private virtual environment, then run the app or the tests.

    python3 dev.py          set up (first time only) and open CarerHelp
    python3 dev.py test     set up (first time only) and run every check and test

Needs only Python 3.11 or newer. Everything is installed into ./.venv, never system-wide.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Create .venv and install CarerHelp into it, again only when pyproject.toml changes."""
    python = venv_python()
    if not python.exists():
        print("Setting up CarerHelp for the first time (this takes a minute or two)...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != wanted:
        target = f".[{extras}]" if extras else "."
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "--editable", target], check=True, cwd=ROOT)
        stamp.write_text(wanted)
    return python


def run(python: Path, *args: str, env: dict[str, str] | None = None) -> int:
    print("+", " ".join(args), flush=True)
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def run_tests(python: Path, pytest_args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        ["-m", "ruff", "check", "src", "tests", "benchmarks", "tools", "dev.py"],
        ["-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "tools", "dev.py"],
        ["-m", "importlinter.cli", "--config", "pyproject.toml"],
    ]
    for step in steps:
        code = run(python, *step, env=env)
        if code:
            return code
    code = run(python, "-m", "pytest", *pytest_args, env=env)
    if code == 5:
        print("pytest collected no tests: that counts as a failure.", file=sys.stderr)
    return code


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        print("CarerHelp needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    if argv[:1] == ["test"]:
        return run_tests(ensure_venv("test"), argv[1:])
    python = ensure_venv("")
    return run(python, "-m", "carerhelp", *argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
