"""Where data is written: owner-only permissions, and warnings for network and cloud folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from carerhelp.storage import open_store
from carerhelp.storage.safety import atomic_write, folder_warning, is_temp_name, on_network_drive

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/shared nfs4 rw 0 0
//nas/care /mnt/care cifs rw 0 0
sian@box:/srv /mnt/box fuse.sshfs rw 0 0
/dev/sdb1 /mnt/usb\\040stick vfat rw 0 0
gdrive: /home/sian/cloud fuse.rclone rw 0 0
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_files_and_folders_are_owner_only(tmp_path: Path, meaning):
    target = tmp_path / "out.pdf"
    atomic_write(target, b"%PDF")
    assert target.read_bytes() == b"%PDF" and target.stat().st_mode & 0o777 == 0o600
    store = open_store(tmp_path / "new" / "data", meaning=meaning)
    store.close()
    assert (tmp_path / "new" / "data").stat().st_mode & 0o777 == 0o700
    for path in (tmp_path / "new" / "data").iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


@pytest.mark.parametrize(
    ("path", "warned"),
    [
        ("\\\\server\\share\\carerhelp", True),
        ("//server/share/carerhelp", True),
        ("C:\\Users\\Siân\\OneDrive - Care Trust\\CarerHelp", True),
        ("/home/sian/OneDrive/CarerHelp", True),
        ("/home/sian/Dropbox (Personal)/carerhelp", True),
        ("/Users/sian/Library/Mobile Documents/com~apple~CloudDocs/CarerHelp", True),
        ("G:\\My Drive\\CarerHelp", True),
        ("/home/sian/Google Drive/CarerHelp", True),
        ("/home/sian/.local/share/CarerHelp", False),
        ("C:\\Users\\Siân\\AppData\\Local\\CarerHelp", False),
        ("/home/sian/dropbox-notes/CarerHelp", False),
    ],
)
def test_network_and_cloud_folders_get_a_warning(path: str, warned: bool):
    message = folder_warning(Path(path))
    assert (message is not None) == warned
    if message:
        assert "this computer's own disk" in message and path in message


@pytest.mark.parametrize(
    ("folder", "network"),
    [
        ("/home/shared/sian/CarerHelp", True),
        ("/mnt/care", True),
        ("/mnt/box/x", True),
        ("/home/sian/cloud/CarerHelp", True),
        ("/mnt/usb stick/CarerHelp", False),
        ("/mnt/careful", False),
        ("/home/sian", False),
    ],
)
def test_network_mounts_are_found_from_the_mount_table(folder: str, network: bool):
    assert on_network_drive(Path(folder), MOUNTS) == network


@pytest.mark.parametrize(
    ("name", "temp"),
    [
        (".case.carerhelp.x1y2.part", True),
        (".carerhelp-20261122T163000000000Z-manual.sqlite3.tmp", True),
        (".carerhelp-x.sqlite3.tmp-journal", True),
        ("carerhelp.sqlite3", False),
        (".hidden", False),
        ("notes.part", False),
    ],
)
def test_only_our_part_written_files_count_as_temporary(name: str, temp: bool):
    assert is_temp_name(name) == temp
