"""Who may open a protected store: one random database key, wrapped once for each person.

The database key (256 random bits) encrypts the store through SQLCipher. It is never written
down as it is. `carerhelp.keys`, beside the data file, holds it wrapped once per person allowed
in — the owner, each advice-centre volunteer, and the recovery code — each with AES-256-GCM under
a key derived from that person's password by scrypt (salt and cost stored beside it). Adding,
removing or resetting a person changes only this small file, never the data; removing a person
deletes their wrapped copy, so their password no longer opens anything.

Wrong passwords are counted in the same file: after five in a row each further try must wait,
longer each time, and restarting CarerHelp does not reset the count.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import StoreError, ValidationError
from carerhelp.storage.engine import KEY_BYTES
from carerhelp.storage.safety import atomic_write

KEYS_FILE_NAME = "carerhelp.keys"
FORMAT, VERSION = "carerhelp-keys", 1
OWNER, RECOVERY = "owner", "recovery code"
_VOLUNTEER = "volunteer:"
# scrypt cost: about a third of a second and 160 MiB on an ordinary PC, for every guess an attacker
# with the file makes (docs/security.md; benchmarks/run.py reports the time on this machine).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 10, 1
FREE_TRIES = 5
FIRST_WAIT, LONGEST_WAIT = 30.0, 15 * 60.0
MIN_PASSWORD = 8
# The recovery code:
# 24 characters from 31 that can't be mistaken for one another (no 0/O, 1/I/L): about 119
# random bits, shown in six groups of four.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH, CODE_GROUP = 24, 4


class NotProtected(StoreError):
    """The data folder has no key file: its store is not protected with a password."""


class WrongPassword(StoreError):
    """The password (or recovery code) does not unwrap the key; nothing was changed."""


class MustWait(StoreError):
    """Too many wrong passwords in a row: the next try must wait `seconds`."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class KeyFileDamaged(StoreError):
    """`carerhelp.keys` can't be read."""


@dataclass
class KeyFile:
    path: Path
    file_id: str
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: int = 0
    wait_until: float = 0.0

    def volunteers(self) -> list[str]:
        return sorted(
            (label[len(_VOLUNTEER) :] for label in self.people if label.startswith(_VOLUNTEER)),
            key=str.casefold,
        )

    def label_for(self, who: str | None) -> str:
        """The entry for `who`: None or "owner", "recovery code", or a volunteer's name
        (matched without regard to capitals)."""
        if who is None or who == OWNER:
            return OWNER
        if who == RECOVERY:
            return RECOVERY
        wanted = who.strip().casefold()
        for name in self.volunteers():
            if name.casefold() == wanted:
                return _VOLUNTEER + name
        return _VOLUNTEER + who.strip()

    def save(self) -> None:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "file_id": self.file_id,
            "people": self.people,
            "failures": self.failures,
            "wait_until": self.wait_until,
        }
        atomic_write(self.path, json.dumps(document, indent=1, sort_keys=True).encode("utf-8"))


def keys_path(data_dir: Path) -> Path:
    return data_dir / KEYS_FILE_NAME


def is_protected(data_dir: Path) -> bool:
    return keys_path(data_dir).exists()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return group_code(raw)


def group_code(code: str) -> str:
    """ "ABCDEFGH…" as "ABCD-EFGH-…", the way it is printed."""
    clean = normalise_code(code)
    return "-".join(clean[i : i + CODE_GROUP] for i in range(0, len(clean), CODE_GROUP))


def normalise_code(code: str) -> str:
    """What was typed, without spaces or dashes, in capitals."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            f"Choose a password of at least {MIN_PASSWORD} characters. A short sentence you "
            "will remember is a good password."
        )


def _secret_bytes(secret: str, label: str) -> bytes:
    if label == RECOVERY:
        secret = normalise_code(secret)
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _aad(file_id: str, label: str) -> bytes:
    # Ties each wrapped copy to this file and this person: copies can't be swapped around.
    return f"{FORMAT}/{VERSION}/{file_id}/{label}".encode()


def _kek(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    # `cryptography` is imported when a password is first used, not at start.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def wrap(database_key: bytes, secret: str, file_id: str, label: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(_secret_bytes(secret, label), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, database_key, _aad(file_id, label))
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def unwrap(entry: dict[str, Any], secret: str, file_id: str, label: str) -> bytes | None:
    """The database key, or None if `secret` is not the right one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if entry.get("kdf") != "scrypt" or entry.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown method")
        n, r, p = (int(entry[name]) for name in ("n", "r", "p"))
        kek = _kek(_secret_bytes(secret, label), _unb64(entry["salt"]), n, r, p)
        key = AESGCM(kek).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped_key"]), _aad(file_id, label)
        )
    except InvalidTag:
        return None
    except (KeyError, TypeError, ValueError, MemoryError) as error:
        raise KeyFileDamaged(
            f"CarerHelp's password file is damaged ({error}), so it can't check passwords. "
            "Restore it from a copy if you have one."
        ) from None
    return key if len(key) == KEY_BYTES else None


def read_key_file(data_dir: Path) -> KeyFile:
    path = keys_path(data_dir)
    if not path.exists():
        raise NotProtected("CarerHelp's data is not protected with a password.")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError("not a CarerHelp password file")
        if int(document.get("version", 0)) > VERSION:
            raise StoreError(
                "CarerHelp's password file was made by a newer CarerHelp. Install the newest "
                "CarerHelp to open this data."
            )
        people = document["people"]
        if not isinstance(people, dict) or not all(isinstance(v, dict) for v in people.values()):
            raise ValueError("no list of people")
        return KeyFile(
            path,
            str(document["file_id"]),
            people,
            int(document.get("failures", 0)),
            float(document.get("wait_until", 0.0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyFileDamaged(
            f"CarerHelp's password file {path} can't be read ({error}). Without it the "
            "protected data can't be opened. If you have a copy of that file, put it back."
        ) from None


def create_key_file(path: Path, database_key: bytes, owner_password: str) -> tuple[KeyFile, str]:
    """A new key file at `path` with the owner's and a new recovery code's copies of the key.
    Returns it and the recovery code (shown once, never stored)."""
    check_new_password(owner_password)
    keys = KeyFile(path, secrets.token_hex(16))
    keys.people[OWNER] = wrap(database_key, owner_password, keys.file_id, OWNER)
    code = new_recovery_code()
    keys.people[RECOVERY] = wrap(database_key, code, keys.file_id, RECOVERY)
    keys.save()
    return keys, code


def _wait_words(seconds: float) -> str:
    whole = max(1, round(seconds))
    if whole < 90:
        return f"{whole} seconds"
    return f"{round(whole / 60)} minutes"


def unlock(data_dir: Path, secret: str, who: str | None = None) -> bytes:
    """The database key for `who` (the owner by default, a volunteer's name, or RECOVERY).

    A wrong password raises WrongPassword ("That password is not right") and changes nothing
    but the count of wrong tries; after five, MustWait says how long to wait."""
    keys = read_key_file(data_dir)
    now = time.time()
    if keys.wait_until > now:
        left = keys.wait_until - now
        raise MustWait(
            f"There have been too many wrong passwords. Wait {_wait_words(left)}, then try again.",
            left,
        )
    label = keys.label_for(who)
    entry = keys.people.get(label)
    key = unwrap(entry, secret, keys.file_id, label) if entry is not None else None
    if entry is None:
        # No such volunteer: as slow as a wrong password, and the same words, so nobody can
        # find out names by trying them.
        _kek(b"x", b"0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    if key is None:
        keys.failures += 1
        if keys.failures >= FREE_TRIES:
            wait = min(LONGEST_WAIT, FIRST_WAIT * 2 ** (keys.failures - FREE_TRIES))
            keys.wait_until = time.time() + wait
        keys.save()
        what = "recovery code" if label == RECOVERY else "password"
        if who not in (None, OWNER, RECOVERY):
            what = "name or password"
        raise WrongPassword(f"That {what} is not right. Nothing has been changed.")
    if keys.failures or keys.wait_until:
        keys.failures, keys.wait_until = 0, 0.0
        keys.save()
    return key


def set_person(data_dir: Path, database_key: bytes, who: str, password: str) -> str:
    """Add a volunteer (or give the owner or a volunteer a new password); only the key file
    changes. Returns the name as kept."""
    keys = read_key_file(data_dir)
    check_new_password(password)
    label = keys.label_for(who)
    if label == RECOVERY:
        raise ValidationError("The recovery code can't be changed this way.")
    if label.startswith(_VOLUNTEER):
        name = label[len(_VOLUNTEER) :]
        if not name or len(name) > 100 or any(ord(ch) < 32 for ch in name):
            raise ValidationError("Give the volunteer's name (up to 100 characters).")
    keys.people[label] = wrap(database_key, password, keys.file_id, label)
    keys.save()
    return label[len(_VOLUNTEER) :] if label.startswith(_VOLUNTEER) else OWNER


def remove_person(data_dir: Path, who: str) -> str:
    """Delete a volunteer's wrapped key: their password no longer opens anything."""
    keys = read_key_file(data_dir)
    label = keys.label_for(who)
    if not label.startswith(_VOLUNTEER) or label not in keys.people:
        raise ValidationError(f"There is no volunteer called {who} with a password here.")
    del keys.people[label]
    keys.save()
    return label[len(_VOLUNTEER) :]


def new_recovery(data_dir: Path, database_key: bytes) -> str:
    """Replace the recovery code (the old one stops working); returns the new one."""
    keys = read_key_file(data_dir)
    code = new_recovery_code()
    keys.people[RECOVERY] = wrap(database_key, code, keys.file_id, RECOVERY)
    keys.save()
    return code


def remove_key_file(data_dir: Path) -> None:
    path = keys_path(data_dir)
    path.unlink(missing_ok=True)
    if os.name == "posix":
        from carerhelp.storage.safety import fsync_dir

        fsync_dir(data_dir)
