"""1,000 SIGKILLs during autosave and 200 during backups; writes the figures to docs/reliability.md.

.venv/bin/python benchmarks/crash_harness.py [--kills 1000] [--backup-kills 200]
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.storage.crash_harness import run_backup_kills, run_kills  # noqa: E402

from carerhelp.storage import open_store  # noqa: E402

REPORT = ROOT / "docs" / "reliability.md"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.machine()} ({cpu}, {os.cpu_count()} CPUs), "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--backup-kills", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "autosave"
        with open_store(data) as store:
            store.create_case()
        saves = run_kills(data, kills=args.kills, seed=1)
        with open_store(data) as store:  # the next start, as the app makes it
            stored = len(store.load_answers(store.list_cases()[0].id))
        data = Path(folder) / "backups"
        with open_store(data) as store:
            case = store.create_case()
            for i in range(50):
                store.save_answer(case, f"q{i}", "Siân " * 2000)
        copies = run_backup_kills(data, kills=args.backup_kills, seed=1)
    passed = (
        saves.lost == 0
        and saves.integrity_failures == 0
        and stored == 50
        and copies.bad_backups == 0
        and copies.stray_files == 0
    )
    rows = [
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("Machine", machine()),
        ("Journal", "WAL, synchronous=FULL"),
        ("Kills during autosave (SIGKILL after a random 5–80 ms)", f"{saves.kills:,}"),
        ("Acknowledged saves", f"{saves.acknowledged:,}"),
        ("Acknowledged answers lost", f"{saves.lost:,}"),
        ("Integrity-check failures", f"{saves.integrity_failures:,}"),
        ("Opened normally at the next start", "yes" if stored == 50 else "NO"),
        ("Time", f"{saves.seconds:,.0f} s"),
        ("Kills during backup and thinning", f"{copies.kills:,}"),
        ("Backups finished", f"{copies.backups_made:,}"),
        ("Finished backups failing integrity_check", f"{copies.bad_backups:,}"),
        ("Half-made backups removed by the start-up sweep", f"{copies.temp_files_swept:,}"),
        ("Stray files left after the sweep", f"{copies.stray_files:,}"),
        ("Time (backups)", f"{copies.seconds:,.0f} s"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    template = (ROOT / "benchmarks" / "reliability_template.md").read_text(encoding="utf-8")
    REPORT.write_text(
        template.replace("{verdict}", "passed" if passed else "FAILED").replace("{table}", table),
        encoding="utf-8",
    )
    print(table)
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
