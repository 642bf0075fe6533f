"""Writing files safely: owner-only permissions, atomic replace with fsync, risky-folder warnings."""

from __future__ import annotations

import errno
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from carerhelp.domain.errors import StoreError

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700
TEMP_SUFFIX = ".part"

# Folder names that cloud-sync programs create (compared with each part of the path, lower case).
_CLOUD_PART = re.compile(
    r"^(onedrive( - .*)?|dropbox( \(.*\))?|google ?drive|my drive|icloud ?drive|iclouddrive"
    r"|mobile documents|box|box sync|nextcloud|owncloud|pcloud drive|mega)$"
)
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "sshfs", "9p", "afpfs", "davfs", "ncpfs"}
)
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def _unchanged(where: Path) -> str:
    """What is true after a failed write: an existing file keeps its content; else nothing."""
    try:
        existed = where.is_file()
    except OSError:
        existed = False
    if existed:
        return f"Nothing was changed: {where.name} still holds what it held before."
    return "Nothing was saved."


def couldnt_write(error: OSError, where: Path) -> StoreError:
    """The plain message for a failed file write: what happened, and that nothing was lost."""
    code = getattr(error, "errno", None)
    if code in _DISK_FULL:
        reason = "the disk is full. Free some space (for example empty the recycle bin)"
    elif code in _NOT_ALLOWED:
        reason = "this computer doesn't allow CarerHelp to write there. Choose another folder"
    elif code == errno.ENOENT:
        reason = f"there is no folder called {where.parent}. Choose a folder that exists"
    elif code == errno.EISDIR:
        reason = "that is a folder. Give a file name inside it"
    else:
        reason = f"the computer reported a problem ({error.strerror or error})"
    return StoreError(
        f"Couldn't save — {reason}, then try again. File: {where}. {_unchanged(where)}"
    )


def translate_write_error(error: BaseException, where: Path) -> StoreError:
    """Any write failure (file or SQLite) as a plain "Couldn't save — …" StoreError."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError):
        return couldnt_write(error, where)
    from carerhelp.storage.engine import is_db_error

    if is_db_error(error):
        text = str(error).lower()
        if "full" in text:
            return couldnt_write(OSError(errno.ENOSPC, "disk full"), where)
        if "readonly" in text or "read-only" in text:
            return couldnt_write(OSError(errno.EROFS, "read-only"), where)
    return StoreError(
        f"Couldn't save — the computer reported a problem ({error}). File: {where}. "
        f"{_unchanged(where)}"
    )


def make_private(path: Path) -> None:
    """Owner-only permissions on POSIX. On Windows a file inherits the ACL of its folder, and
    CarerHelp's folder in %LOCALAPPDATA% is private to the user already."""
    if os.name == "posix":
        os.chmod(path, OWNER_ONLY_DIR if path.is_dir() else OWNER_ONLY_FILE)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_temp_name(name: str) -> bool:
    """True for the part-written files that `atomic_writer` and backups make (".name….part")."""
    return name.startswith(".") and bool(re.search(r"\.(part|tmp)(-journal|-wal|-shm)?$", name))


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Yield a file to write; on success it is flushed to disk and renamed over `path`.

    On any error the temporary file is removed, `path` keeps its old content, and an OSError
    becomes a plain "Couldn't save — …" StoreError.
    """
    folder = path.resolve().parent
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder
        )
    except OSError as error:
        raise couldnt_write(error, path) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        make_private(temp)
        os.replace(temp, path)
        fsync_dir(folder)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise couldnt_write(error, path) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _inside(target: Path, folder: Path) -> bool:
    """True if `target` (followed through symbolic links) is `folder` or anywhere inside it.

    Also compares each existing ancestor with the folder as files (same device and inode), so a
    case-insensitive disk, a second mount or a hard-linked folder can't hide it."""
    try:
        folder = folder.expanduser().resolve()
    except (OSError, RuntimeError):
        return False
    if not folder.is_dir():
        return False
    if os.path.normcase(target) == os.path.normcase(folder) or folder in target.parents:
        return True
    for ancestor in (target, *target.parents):
        try:
            if ancestor.exists() and os.path.samefile(ancestor, folder):
                return True
        except OSError:
            continue
    return False


def refuse_store_path(path: Path, data_dir: Path | None) -> None:
    """Refuse an output file that could land on CarerHelp's own data: the data file, its -wal and
    -shm, the lock, the backups folder or anything else inside the data folder (the one in use,
    and the usual one), or a folder. Every export, letter and figures file is checked with this
    before anything is written; a refusal is a plain StoreError and nothing is written."""
    from carerhelp.paths import DATABASE_FILE_NAME, default_data_dir

    try:
        target = Path(os.path.abspath(path.expanduser())).resolve()
    except (OSError, RuntimeError):
        target = Path(os.path.abspath(path))
    folders = [default_data_dir()]
    if data_dir is not None:
        folders.insert(0, data_dir)
    for folder in folders:
        if not _inside(target, folder):
            continue
        name = target.name
        if name.startswith(DATABASE_FILE_NAME) or name == "carerhelp.lock":
            what = "CarerHelp's own data file"
        elif "backups" in target.parts[len(folder.expanduser().resolve().parts) :][:1]:
            what = "in CarerHelp's backups folder"
        else:
            what = "inside the folder where CarerHelp keeps its data"
        raise StoreError(
            f"CarerHelp won't save to {path}: that is {what} ({folder}), and saving there could "
            "overwrite the answers CarerHelp keeps. Nothing was saved. Choose a file in another "
            "folder, such as Documents."
        )
    if target.is_dir():
        raise StoreError(
            f"CarerHelp can't save to {path}: it is a folder. Nothing was saved. Give a file "
            "name inside it, such as case.json."
        )


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once or not at all (see `atomic_writer`)."""
    with atomic_writer(path) as out:
        out.write(data)


def folder_warning(folder: Path) -> str | None:
    """A plain warning if the data folder is on a network share or in a cloud-synced folder."""
    text = str(folder)
    parts = [part.strip().lower() for part in re.split(r"[\\/]+", text) if part.strip()]
    if text.startswith("\\\\") or text.startswith("//"):
        kind = "a network share"
    elif any(_CLOUD_PART.match(part) for part in parts) or "com~apple~clouddocs" in parts:
        kind = "a folder that is copied to the internet (cloud storage)"
    elif on_network_drive(folder):
        kind = "a network drive"
    else:
        return None
    return (
        f"CarerHelp's data folder {folder} is on {kind}. This can damage the data file and may "
        "share private information. Keep CarerHelp's data on this computer's own disk: start "
        "CarerHelp without --data-dir, or choose a local folder."
    )


def on_network_drive(folder: Path, mounts: str | None = None) -> bool:
    """True if `folder` is on a network filesystem: a remote drive letter on Windows, or on
    Linux a mount of type nfs, cifs, smb, sshfs or fuse.* (from /proc/mounts, or `mounts`)."""
    if sys.platform == "win32":
        return _windows_remote_drive(folder)
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return False
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return False
    target = os.path.abspath(folder)
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type in NETWORK_FILESYSTEMS or best_type.startswith("fuse.")


def _windows_remote_drive(folder: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(folder))[0]
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]
