"""Writing files safely: owner-only permissions, atomic replace with fsync, risky-folder warnings."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from carerhelp.domain.errors import StoreError

CLOUD_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "icloud",
    "icloud drive",
    "box sync",
)
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "davfs",
    "fuse.rclone",
}


def couldnt_save(error: OSError, where: Path) -> StoreError:
    reason = (
        "the disk is full"
        if getattr(error, "errno", None) == 28
        else (error.strerror or str(error))
    )
    return StoreError(
        f"Couldn't save — {reason} ({where}). Nothing was changed: the last saved copy is still there."
    )


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A full disk or any write error leaves `path` as it was and no partial file behind.
    """
    folder = path.resolve().parent
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise couldnt_save(error, path) from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(temp, 0o600)
        os.replace(temp, path)
        fsync_dir(folder)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise couldnt_save(error, path) from error


def folder_warning(folder: Path) -> str | None:
    """A plain warning if the data folder is on a network share or in a cloud-synced folder."""
    text = str(folder)
    lowered = text.lower()
    if text.startswith("\\\\") or text.startswith("//"):
        kind = "a network share"
    elif any(f"{os.sep}{name}" in lowered or lowered.startswith(name) for name in CLOUD_FOLDERS):
        kind = "a folder that is copied to the internet (cloud storage)"
    elif _network_mount(folder):
        kind = "a network drive"
    else:
        return None
    return (
        f"CarerHelp's data folder {folder} is on {kind}. This can damage the data file and may "
        "share private information. Keep CarerHelp's data on this computer's own disk: start "
        "CarerHelp without --data-dir, or choose a local folder."
    )


def _network_mount(folder: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    target = str(folder.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        inside = len(parts) >= 3 and (
            target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")
        )
        if inside and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in NETWORK_FILESYSTEMS
