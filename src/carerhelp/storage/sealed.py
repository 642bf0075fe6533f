"""Exports protected with a passphrase: a file that can leave the PC and be read only with it.

The file starts with one plain line saying what it is (so anyone who opens it in a text editor
can tell), then one line of JSON with how the key is made (scrypt, its cost and salt), a check
value for the passphrase, and what the file holds; then the export itself, encrypted and
authenticated with AES-256-GCM. Both header lines are authenticated too, so a changed byte
anywhere is caught. A wrong passphrase and a changed file give different plain messages.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from typing import Any

from carerhelp.domain.errors import StoreError, ValidationError

MAGIC = b"CarerHelp export protected with a passphrase, format 1\n"
VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_PASSPHRASE = 8
_MAX_HEADER = 4096


class NeedsPassphrase(StoreError):
    """The file is protected with a passphrase, and none was given."""


class WrongPassphrase(StoreError):
    """The passphrase given does not open the file; nothing was imported."""


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC[:20])


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters, for example a short "
            "sentence. Tell it to the person who will open the file in another way than the "
            "file itself (for example by phone)."
        )


def _keys(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    derived = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(secret)
    return derived[:32], hashlib.sha256(b"carerhelp-export-check" + derived[32:]).digest()


def seal(data: bytes, passphrase: str, contains: str) -> bytes:
    """`data` encrypted with `passphrase`, as a whole protected file."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = _keys(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = {
        "version": VERSION,
        "contains": contains,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "check": base64.b64encode(check).decode("ascii"),
    }
    head = MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
    return head + AESGCM(key).encrypt(nonce, data, head)


def unseal(data: bytes, passphrase: str | None, name: str) -> bytes:
    """The export inside a protected file. NeedsPassphrase without one, WrongPassphrase for the
    wrong one, and a plain StoreError if the file has been changed or damaged."""
    damaged = StoreError(
        f"The file {name} is damaged or has been changed since it was exported, so nothing was "
        "imported. Ask for the file to be exported again."
    )
    if not data.startswith(MAGIC):
        raise damaged
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    if end < 0:
        raise damaged
    try:
        header: dict[str, Any] = json.loads(data[len(MAGIC) : end])
        if int(header["version"]) > VERSION:
            raise StoreError(
                f"The file {name} was made by a newer version of CarerHelp, so nothing was "
                "imported. Install the newest CarerHelp, then import it again."
            )
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        if header.get("kdf") != "scrypt" or header.get("cipher") != "AES-256-GCM":
            raise ValueError("unknown method")
        if n > 2**20 or r > 32 or p > 16:
            raise ValueError("too costly")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise damaged from None
    if passphrase is None:
        raise NeedsPassphrase(
            f"The file {name} is protected with a passphrase. Type the passphrase to import it."
        )
    try:
        key, expected = _keys(passphrase, salt, n, r, p)
    except (ValueError, MemoryError):
        raise damaged from None
    if not hmac.compare_digest(check, expected):
        raise WrongPassphrase(
            "That passphrase is not right, so nothing was imported. Check it with the person "
            "who made the file, and try again."
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, data[end + 1 :], data[: end + 1])
    except InvalidTag:
        raise damaged from None


def contains(data: bytes) -> str | None:
    """What a protected file says it holds ("carerhelp-case", "carerhelp-everything")."""
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    try:
        value = json.loads(data[len(MAGIC) : end]).get("contains")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
