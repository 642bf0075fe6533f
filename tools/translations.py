"""Bring the interface's Welsh catalogue up to date: `python tools/translations.py` (in .venv).

1. pyside6-lupdate reads every tr() and translate() in src/carerhelp/ui and the composition root
   (src/carerhelp/app.py) into resources/translations/carerhelp_cy.ts: new words come in marked
   unfinished, words the code no longer says go out.
2. Fill in the Welsh of each unfinished message (pyside6-linguist, or any text editor).
3. Run this again: pyside6-lrelease compiles the .ts to carerhelp_cy.qm, which CarerHelp loads.

tests/ui/test_translation.py fails while any message lacks Welsh, while the .ts differs from the
code, or while the .qm is not what pyside6-lrelease makes of the .ts. docs/translation.md says more.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "carerhelp_cy.ts"


def sources() -> list[Path]:
    """Every file whose words the interface shows."""
    return [
        *sorted((ROOT / "src" / "carerhelp" / "ui").rglob("*.py")),
        ROOT / "src" / "carerhelp" / "app.py",
    ]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the Python running this (the .venv's)."""
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name) or name


def update(ts: Path = TS) -> None:
    files = [str(path.relative_to(ROOT)) for path in sources()]
    relative = str(ts.relative_to(ROOT))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-ts",
            relative,
            "-target-language",
            "cy_GB",
            "-no-obsolete",
            "-locations",
            "none",
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), relative, "-qm", str(ts.with_suffix(".qm").relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )


if __name__ == "__main__":
    update()
