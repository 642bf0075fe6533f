"""1,000 SIGKILLs during autosave and 200 during backups; writes the figures to docs/reliability.md.

.venv/bin/python benchmarks/crash_harness.py [--kills 1000] [--backup-kills 200]
.venv/bin/python benchmarks/crash_harness.py --only-protected [--protected-kills 1000]
    (the same autosave kills on a password-protected store, and a kill at every step of turning
    protection on and off; writes only that section of docs/reliability.md)
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


PROTECTED_HEADING = "## Crash harness on a password-protected store"


def protected_section(kills: int) -> tuple[str, bool]:
    """Autosave kills on a protected (SQLCipher) store, and a kill at every step of a conversion."""
    import shutil

    from tests.storage.crash_harness import run_conversion_kill

    from carerhelp.domain.content import load_content
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning
    from carerhelp.storage import StoreLocked, keys, protection
    from carerhelp.storage.backup import check_file, list_backups, take_backup

    password = "harness pass words"
    meaning = QuestionMeaning.of(load_content().questionnaire)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "protected"
        with open_store(data) as store:
            store.create_case()
        key = protection.protect(data, password).key
        saves = run_kills(data, kills=kills, seed=3, key=key)
        with open_store(data, key=key) as store:
            stored = len(store.load_answers(store.list_cases()[0].id))
        template = Path(folder) / "template"
        with open_store(template, meaning=meaning) as store:
            case = store.create_case()
            store.set_notes(case, "harness-marker")
            for _ in range(2):
                take_backup(store, template, "manual")
        protected_template = Path(folder) / "protected-template"
        shutil.copytree(template, protected_template)
        protection.protect(protected_template, password)
        password_file = Path(folder) / "password.txt"
        password_file.write_text(password)
        points = {
            "protect": [
                "journal-written",
                "key-file-written",
                "copy-exported",
                "copy-checked",
                "key-file-in-place",
                "copy-in-place",
                "backup-converted#1",
                "backup-converted#2",
                "finished",
            ],
            "unprotect": [
                "journal-written",
                "copy-exported",
                "copy-checked",
                "copy-in-place",
                "backup-converted#1",
                "backup-converted#2",
                "key-file-in-place",
                "finished",
            ],
        }
        conversions = bad = 0
        for direction, steps in points.items():
            source = template if direction == "protect" else protected_template
            for number, step in enumerate(steps):
                run = Path(folder) / f"{direction}-{number}"
                shutil.copytree(source, run)
                run_conversion_kill(run, direction, step, password_file)
                conversions += 1
                run_key = None
                try:
                    open_store(run, meaning=meaning).close()
                except StoreLocked:
                    run_key = keys.unlock(run, password)
                with open_store(run, meaning=meaning, key=run_key) as store:
                    whole = store.get_case(case).notes == "harness-marker"
                file_key = run_key if keys.is_protected(run) else None
                copies_ok = all(check_file(b.path, file_key) is None for b in list_backups(run))
                bad += 0 if whole and copies_ok and len(list_backups(run)) == 2 else 1
    passed = saves.lost == 0 and saves.integrity_failures == 0 and stored == 50 and bad == 0
    rows = [
        ("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("Machine", machine()),
        (
            "Store",
            f"SQLCipher {cipher_version()} (AES-256, an HMAC on every page), WAL, synchronous=FULL",
        ),
        ("Kills during autosave (SIGKILL after a random 5–80 ms)", f"{saves.kills:,}"),
        ("Acknowledged saves", f"{saves.acknowledged:,}"),
        ("Acknowledged answers lost", f"{saves.lost:,}"),
        (
            "Integrity-check failures (integrity_check and cipher_integrity_check)",
            f"{saves.integrity_failures:,}",
        ),
        ("Opened normally at the next start, with the key", "yes" if stored == 50 else "NO"),
        ("Time", f"{saves.seconds:,.0f} s"),
        ("Conversions killed (every step of turning protection on, and off)", f"{conversions}"),
        ("Of those, the old or the new store not whole, or a backup failing its check", f"{bad}"),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    text = (
        f"{PROTECTED_HEADING}: {'passed' if passed else 'FAILED'}\n\n"
        "The same harness on a store protected with a password: the child opens it with its key, "
        "the parent checks it with SQLCipher (`integrity_check` and `cipher_integrity_check`). "
        "Then turning protection on and off is killed at every step, in a child process that "
        "kills itself there (`tests/storage/crash_harness.py`); the next start must find the old "
        "store or the new one, whole, with both backups whole. The test suite runs 30 of the "
        "autosave kills and every conversion step on every run (`tests/storage/test_crash.py`, "
        "`tests/storage/test_protection.py`).\n\n| | |\n|---|---|\n" + table + "\n\n"
    )
    return text, passed


def cipher_version() -> str:
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    return f"{version}, SQLite {sqlcipher.sqlite_version}"


def write_protected_section(text: str) -> None:
    report = REPORT.read_text(encoding="utf-8")
    start = report.find(PROTECTED_HEADING)
    if start >= 0:
        end = report.find("\n## ", start + 1)
        report = report[:start] + text + report[end + 1 :]
    else:
        at = report.find("## Backups")
        report = report[:at] + text + report[at:]
    REPORT.write_text(report, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--backup-kills", type=int, default=200)
    parser.add_argument("--protected-kills", type=int, default=1000)
    parser.add_argument("--only-protected", action="store_true")
    args = parser.parse_args()
    if args.only_protected:
        text, passed = protected_section(args.protected_kills)
        write_protected_section(text)
        print(text)
        return 0 if passed else 1
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
    text, protected_passed = protected_section(args.protected_kills)
    write_protected_section(text)
    return 0 if passed and protected_passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
