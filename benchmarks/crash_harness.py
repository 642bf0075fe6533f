"""1,000 SIGKILLs during autosave; writes the figures to docs/reliability.md.

.venv/bin/python benchmarks/crash_harness.py [--kills 1000]
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.storage.crash_harness import run_kills  # noqa: E402

from carerhelp.storage import open_store  # noqa: E402

REPORT = ROOT / "docs" / "reliability.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = open_store(data)
        store.create_case()
        store.close()
        result = run_kills(data, kills=args.kills, seed=1)
    passed = result.lost == 0 and result.integrity_failures == 0
    rows = [
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        (
            "Machine",
            f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        ),
        ("Journal", "WAL, synchronous=FULL"),
        ("Kills (SIGKILL at a random 5–80 ms)", f"{result.kills:,}"),
        ("Acknowledged saves", f"{result.acknowledged:,}"),
        ("Acknowledged answers lost", f"{result.lost:,}"),
        ("Integrity-check failures", f"{result.integrity_failures:,}"),
        ("Time", f"{result.seconds:,.0f} s"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    REPORT.write_text(
        f"""# Reliability

How CarerHelp keeps carers' answers safe, and the evidence.

## Crash harness: {"passed" if passed else "FAILED"}

A child process autosaves answers through the real case store (`save_answer`, one
`BEGIN IMMEDIATE … COMMIT` per answer) and prints each acknowledged save. The parent kills it with
SIGKILL at a random moment, then checks `PRAGMA integrity_check` and that every acknowledged answer
is in the database. The test suite runs 100 kills on every CI run (`tests/storage/test_crash.py`);
this report is from `benchmarks/crash_harness.py`.

| | |
|---|---|
{table}

## What else protects the data

- **Safe opening.** A file is checked from its raw header (application id, schema version) and with a
  read-only `quick_check` before anything opens it for writing. Empty files, other programs' files,
  PDFs, damaged and newer files are refused with a plain message and left byte-for-byte unchanged
  (`tests/storage/test_open.py`). A missing database is reported, never silently replaced.
- **Backups** use SQLite's backup API into a temporary file, pass `integrity_check`, are fsynced and
  renamed into place; they are taken on close (at most every 30 minutes) and always before an
  upgrade, import, restore or erase, then thinned to daily, weekly and monthly copies. Temporary
  files left by a crash are removed at the next start.
- **A damaged database** is moved aside, never deleted, and the newest good backup is offered; the
  user is told which backup (date and time) was restored.
- **Full disk and write errors** (simulated in `tests/storage/test_data_safety.py` by failing
  writes, fsync and rename, and by capping SQLite's page count) give "Couldn't save — …" in plain
  English, keep the last good state and leave no partial file under a final name.
- **Erasing** a client, or everything, uses `secure_delete`, `wal_checkpoint(TRUNCATE)` and `VACUUM`,
  optimises the search index, and rewrites every backup without them. A test plants a unique string
  in every kind of field and finds 0 copies in the data folder, its backups and the temp folder.
- **Private by default.** New files are readable by their owner only (POSIX 0600, folders 0700; on
  Windows the data folder inherits the user's private `%LOCALAPPDATA%` permissions). A data folder
  on a network share or in a cloud-synced folder gets a warning. No code opens a network socket
  (`tests/test_no_network.py`).
""",
        encoding="utf-8",
    )
    print(table)
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
