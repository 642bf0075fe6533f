"""Kill an autosaving (or backing-up) process at random moments and check that nothing is lost.

Run as a child: `python tests/storage/crash_harness.py DATA_DIR` autosaves through the real store
and prints `ACK <n>` after each save returns. The parent (`run_kills`) SIGKILLs it, then checks
integrity and that, for every question, the stored counter is at least the last acknowledged one.
With `--backups` the child takes and thins backups in a loop instead (`run_backup_kills`): after
each kill every finished backup must pass its check, and the next start's sweep removes the rest.
No Qt is imported, so a child starts in a fraction of a second.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

QUESTIONS = 50
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BackupKillResult:
    kills: int = 0
    backups_made: int = 0
    bad_backups: int = 0
    temp_files_swept: int = 0
    stray_files: int = 0
    seconds: float = 0.0


@dataclass
class HarnessResult:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0
    seconds: float = 0.0


def child(data_dir: Path, key: bytes | None = None) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from carerhelp.storage import open_store

    store = _open_when_free(open_store, data_dir, key)
    rows = store.list_cases(limit=1)
    case = rows[0].id if rows else store.create_case()
    counter = int(store.meta("harness_counter", "0") or 0)
    print("READY", flush=True)
    while True:
        counter += 1
        store.save_answer(
            case, f"q{counter % QUESTIONS}", {"n": counter, "text": f"value {counter} Siân"}
        )
        print(f"ACK {counter}", flush=True)


def child_backups(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import UTC, datetime

    from carerhelp.storage import open_store
    from carerhelp.storage.backup import take_backup, thin_backups

    store = _open_when_free(open_store, data_dir)
    print("READY", flush=True)
    while True:
        info = take_backup(store, data_dir, "harness")
        print(f"BACKUP {info.path.name}", flush=True)
        thin_backups(data_dir, datetime.now(UTC))


def child_convert(data_dir: Path, direction: str, stop_at: str, password_file: Path) -> None:
    """Turn protection on (or off) and SIGKILL this process when step `stop_at` is reached
    ("backup-converted#2": the second time)."""
    sys.path.insert(0, str(ROOT / "src"))
    from carerhelp.storage import keys, protection

    keys.SCRYPT_N = 2**12  # the conversion is on trial here, not the password's cost
    name, _, nth = stop_at.partition("#")
    seen = {"count": 0}

    def step(reached: str) -> None:
        if reached == name:
            seen["count"] += 1
            if seen["count"] == int(nth or 1):
                print(f"KILLED AT {stop_at}", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

    password = password_file.read_text(encoding="utf-8").strip()
    print("READY", flush=True)
    if direction == "protect":
        protection.protect(data_dir, password, step=step)
    else:
        protection.unprotect(data_dir, keys.unlock(data_dir, password), step=step)
    print("FINISHED", flush=True)


def run_conversion_kill(data_dir: Path, direction: str, stop_at: str, password_file: Path) -> str:
    """Run one conversion in a child process that kills itself at `stop_at`; its output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.run(
        [
            sys.executable,
            __file__,
            str(data_dir),
            "--convert",
            direction,
            stop_at,
            str(password_file),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if "READY" not in process.stdout:
        raise RuntimeError(f"child failed to start: {process.stderr}")
    return process.stdout


def _open_when_free(open_store, data_dir: Path, key: bytes | None = None):
    from carerhelp.domain.questionnaire.meaning import QuestionMeaning

    for _ in range(200):  # the parent's last victim may still hold the lock for a moment
        try:
            # The child saves made-up question ids, none of which means anything to the store.
            return open_store(
                data_dir, meaning=QuestionMeaning(*[frozenset()] * 2, {}, {}, {}, {}), key=key
            )
        except Exception as error:  # AlreadyOpen: wait for the old process to be gone
            if "already open" not in str(error):
                raise
            time.sleep(0.01)
    raise RuntimeError("the data folder stayed locked")


def _connect(data_dir: Path, key: bytes | None, **options):
    sys.path.insert(0, str(ROOT / "src"))
    from carerhelp.storage.engine import connect_file

    return connect_file(data_dir / "carerhelp.sqlite3", key, **options)


def _check(data_dir: Path, acked: dict[str, int], key: bytes | None = None) -> tuple[bool, int]:
    conn = _connect(data_dir, key)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if key is not None:  # and every page's HMAC
            ok = ok and not conn.execute("PRAGMA cipher_integrity_check").fetchall()
        stored = {
            qid: json.loads(value)["n"]
            for qid, value in conn.execute("SELECT question_id, value FROM answers")
        }
    finally:
        conn.close()
    lost = sum(1 for qid, n in acked.items() if stored.get(qid, 0) < n)
    return ok, lost


def _start(data_dir: Path, *flags: str) -> subprocess.Popen[str]:
    """A child process; `--key-file FILE` hands it a protected store's key (never in argv)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, __file__, str(data_dir), *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "READY":
        process.kill()
        raise RuntimeError(
            f"child failed to start: {process.stderr.read() if process.stderr else ''}"
        )
    return process


def _kill(process: subprocess.Popen[str], rng: random.Random) -> str:
    time.sleep(rng.uniform(0.005, 0.08))
    os.kill(process.pid, signal.SIGKILL)
    out, _err = process.communicate()
    return out


def run_backup_kills(data_dir: Path, kills: int, seed: int = 0) -> BackupKillResult:
    """Kill a process while it backs up and thins, `kills` times; check every backup each time."""
    sys.path.insert(0, str(ROOT / "src"))
    from carerhelp.storage.backup import backup_dir, check_file, list_backups, sweep_temp_files

    rng = random.Random(seed)
    result = BackupKillResult()
    started = time.perf_counter()
    for _ in range(kills):
        out = _kill(_start(data_dir, "--backups"), rng)
        result.kills += 1
        result.backups_made += out.count("BACKUP ")
        result.bad_backups += sum(1 for b in list_backups(data_dir) if check_file(b.path))
        result.temp_files_swept += len(sweep_temp_files(data_dir))
        listed = {b.path for b in list_backups(data_dir)}
        result.stray_files += sum(1 for p in backup_dir(data_dir).iterdir() if p not in listed)
    result.seconds = time.perf_counter() - started
    return result


def run_kills(data_dir: Path, kills: int, seed: int = 0, key: bytes | None = None) -> HarnessResult:
    """Start, kill and check `kills` times; the counter carries on across runs via the answers.
    With `key` the store is a protected (encrypted) one."""
    rng = random.Random(seed)
    result = HarnessResult()
    acked: dict[str, int] = {}
    started = time.perf_counter()
    flags: list[str] = []
    if key is not None:
        key_file = data_dir.parent / f".{data_dir.name}.harness-key"
        key_file.write_text(key.hex())
        flags = ["--key-file", str(key_file)]
    for _ in range(kills):
        out = _kill(_start(data_dir, *flags), rng)
        for line in out.splitlines():
            if line.startswith("ACK "):
                n = int(line[4:])
                acked[f"q{n % QUESTIONS}"] = n
                result.acknowledged += 1
        result.kills += 1
        ok, lost = _check(data_dir, acked, key)
        result.integrity_failures += 0 if ok else 1
        result.lost += lost
        _carry_counter(data_dir, acked, key)
    result.seconds = time.perf_counter() - started
    return result


def _carry_counter(data_dir: Path, acked: dict[str, int], key: bytes | None = None) -> None:
    """Tell the next child where to count from, so each save has a unique, increasing number."""
    conn = _connect(data_dir, key, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        top = max([0, *acked.values()]) + 1_000_000
        current = (
            conn.execute("SELECT max(json_extract(value, '$.n')) FROM answers").fetchone()[0] or 0
        )
        conn.execute(
            "INSERT INTO _meta (key, value) VALUES ('harness_counter', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(max(top, current + 1)),),
        )
    finally:
        conn.close()


if __name__ == "__main__":
    if "--convert" in sys.argv:
        child_convert(Path(sys.argv[1]), sys.argv[3], sys.argv[4], Path(sys.argv[5]))
    elif "--key-file" in sys.argv:
        key_file = Path(sys.argv[sys.argv.index("--key-file") + 1])
        child(Path(sys.argv[1]), bytes.fromhex(key_file.read_text()))
    else:
        (child_backups if "--backups" in sys.argv else child)(Path(sys.argv[1]))
