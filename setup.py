"""The build step that puts the top-level resources/ folder inside the package.

resources/ stays the one source (the PyInstaller build and a source checkout read it where it is);
a wheel carries a copy as carerhelp/resources, which carerhelp.paths finds through
importlib.resources. An editable install (python3 dev.py) reads resources/ from the source tree.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        source = ROOT / "resources"
        if not (source / "questionnaire").is_dir():
            raise SystemExit(f"resources/ is missing from {ROOT}: the package would not work.")
        target = Path(self.build_lib) / "carerhelp" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithResources})
