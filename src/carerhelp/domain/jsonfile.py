"""Reading JSON that anyone may have made (answers files, case files, the data.json of an export).

Only an ordinary file is opened (never a folder, device or pipe, so `/dev/zero` or a FIFO can't
hang CarerHelp), at most `limit` bytes are read, nesting is shallow, numbers are short, text is
valid Unicode with no lone surrogates, and NaN or Infinity are refused. Anything else is a
`ValidationError` whose message names the file and says what to do.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from carerhelp.domain.errors import ValidationError

MAX_DEPTH = 24  # CarerHelp's own files nest at most 7 deep
MAX_NUMBER_CHARS = 40
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class FileProblem(ValidationError):
    """A file CarerHelp won't read as it is; `not_json` is True when it isn't JSON at all."""

    def __init__(self, message: str, *, not_json: bool = False) -> None:
        super().__init__(message)
        self.not_json = not_json


def _size(size: int) -> str:
    return f"{size / 1_048_576:,.0f} MB" if size >= 1_048_576 else f"{size / 1024:,.0f} KB"


def read_limited(path: Path, what: str, limit: int, then: str = "") -> bytes:
    """The bytes of `path` if it is an ordinary file of at most `limit` bytes."""
    tail = f" {then}" if then else ""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise FileProblem(f"There is no file called {path}.{tail}") from None
    except PermissionError:
        raise FileProblem(
            f"CarerHelp isn't allowed to read {path}. Check the file's permissions (or copy it "
            f"somewhere you can read it), then try again.{tail}"
        ) from None
    except OSError as error:
        raise FileProblem(f"CarerHelp can't read {path} ({error.strerror}).{tail}") from None
    _check_kind(path, info.st_mode, what, tail)
    if info.st_size > limit:
        raise FileProblem(
            f"The file {path} is {_size(info.st_size)}, too big to be {what} (the largest "
            f"CarerHelp reads is {_size(limit)}).{tail}"
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise FileProblem(
            f"CarerHelp isn't allowed to read {path}. Check the file's permissions (or copy it "
            f"somewhere you can read it), then try again.{tail}"
        ) from None
    except OSError as error:
        raise FileProblem(f"CarerHelp can't read {path} ({error.strerror}).{tail}") from None
    try:
        _check_kind(path, os.fstat(fd).st_mode, what, tail)  # the file opened is the one checked
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise FileProblem(f"CarerHelp can't read {path} ({error.strerror}).{tail}") from None
    finally:
        os.close(fd)
    if total > limit:
        raise FileProblem(
            f"The file {path} is more than {_size(limit)}, too big to be {what}.{tail}"
        )
    return b"".join(chunks)


def _check_kind(path: Path, mode: int, what: str, tail: str) -> None:
    if stat.S_ISDIR(mode):
        raise FileProblem(f"{path} is a folder, not {what}. Choose the file itself.{tail}")
    if not stat.S_ISREG(mode):
        raise FileProblem(
            f"{path} is not an ordinary file (it is a device, a pipe or a socket), so CarerHelp "
            f"won't read it. Choose {what}.{tail}"
        )


def parse_json(data: bytes, path: Path, what: str, then: str = "") -> Any:
    """JSON from `data` within CarerHelp's limits; FileProblem names `path` otherwise."""
    tail = f" {then}" if then else ""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(
            f"The file {path} is damaged or is not {what}: it is not text.{tail}", not_json=True
        ) from None
    if _too_deep(data):
        raise FileProblem(
            f"The file {path} is not {what}: its contents are nested more than {MAX_DEPTH} "
            f"deep, and CarerHelp's files never are.{tail}"
        )
    try:
        value = json.loads(
            text, parse_int=_whole, parse_float=_decimal, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        raise FileProblem(
            f"The file {path} is damaged or is not {what}: it is not JSON "
            f"(line {error.lineno}, column {error.colno}: {error.msg}).{tail}",
            not_json=True,
        ) from None
    except _Refused as refused:
        raise FileProblem(f"The file {path} is not {what}: {refused}.{tail}") from None
    except RecursionError:  # the depth check above should make this impossible
        raise FileProblem(
            f"The file {path} is not {what}: it is nested too deeply.{tail}"
        ) from None
    broken = _first_broken_text(value)
    if broken is not None:
        raise FileProblem(
            f"The file {path} is not {what}: it has text with a broken character in it "
            f"(near '{broken}'). Save it again from the program that made it.{tail}"
        )
    return value


class _Refused(ValueError):
    pass


def _whole(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"it has a number {len(text):,} digits long")
    return int(text)


def _decimal(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(f"it has a number {len(text):,} characters long")
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise _Refused("it has a number too big to use")
    return number


def _no_constant(text: str) -> Any:
    raise _Refused(f"it has '{text}' where a number should be")


def _too_deep(data: bytes) -> bool:
    """True if brackets outside strings nest deeper than MAX_DEPTH (one pass in C, mostly)."""
    if data.count(b"[") + data.count(b"{") <= MAX_DEPTH:
        return False
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub(b"", data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _first_broken_text(value: Any) -> str | None:
    """The first string (key or value) holding a lone surrogate, shortened, else None."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return _SURROGATE.sub("?", item)[:40]
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def read_json_file(path: Path, what: str, limit: int, then: str = "") -> Any:
    """`read_limited` then `parse_json`: the checked JSON value held in `path`."""
    return parse_json(read_limited(path, what, limit, then), path, what, then)


def loads_limited(text: Any) -> Any:
    """JSON held as text inside a file (a stored answer, a letter's findings), within the same
    limits; ValidationError with the plain reason otherwise."""
    if not isinstance(text, str):
        raise ValidationError("it should be JSON text")
    data = text.encode("utf-8", "surrogatepass")
    if _too_deep(data):
        raise ValidationError(f"it is nested more than {MAX_DEPTH} deep")
    try:
        value = json.loads(
            text, parse_int=_whole, parse_float=_decimal, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        raise ValidationError(f"it is not JSON ({error.msg})") from None
    except _Refused as refused:
        raise ValidationError(str(refused)) from None
    except RecursionError:
        raise ValidationError("it is nested too deeply") from None
    if _first_broken_text(value) is not None:
        raise ValidationError("it has text with a broken character in it")
    return value
