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
# import-linter's own console entry (what the `lint-imports` command runs). `python -m
# importlinter.cli` would import the module and exit 0 without checking anything.
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


class SetupFailed(Exception):
    """Setting up .venv failed; the message says what to do."""


def lint_imports_args(config: str = "pyproject.toml") -> list[str]:
    """Arguments for the venv's Python that check the import contracts in `config`."""
    return ["-c", LINT_IMPORTS, config]


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Create .venv and install CarerHelp into it, again only when pyproject.toml changes."""
    python = venv_python()
    if not python.exists():
        print("Setting up CarerHelp for the first time (this takes a minute or two)...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (OSError, subprocess.CalledProcessError) as error:
            raise SetupFailed(
                f"Couldn't make the private folder {VENV} for CarerHelp ({error}). On Debian or "
                "Ubuntu install the 'python3-venv' package; then run this command again."
            ) from None
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != wanted:
        target = f".[{extras}]" if extras else "."
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
        for step, where in (
            ([*pip, "--upgrade", "pip"], None),
            ([*pip, "--editable", target], ROOT),
        ):
            if subprocess.run(step, cwd=where).returncode:
                raise SetupFailed(
                    "Couldn't download what CarerHelp needs (pip's reason is above). Check that "
                    "this computer is connected to the internet, or that pip can reach a package "
                    "index, then run this command again: it carries on from where it stopped."
                )
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
        lint_imports_args("pyproject.toml"),
        # types: strict for the rooms below the UI, normal elsewhere ([tool.mypy] in pyproject.toml)
        ["-m", "mypy", "--config-file", "pyproject.toml"],
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
    try:
        if argv[:1] == ["test"]:
            return run_tests(ensure_venv("test"), argv[1:])
        python = ensure_venv("")
    except SetupFailed as problem:
        print(problem, file=sys.stderr)
        return 1
    return run(python, "-m", "carerhelp", *argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
