"""The packaging files validate, and the icon set is complete and the sizes its names say."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "uk.org.carerhelp.CarerHelp.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates():
    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(LINUX / "uk.org.carerhelp.CarerHelp.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_are_the_size_their_names_say(size: int):
    data = (ICONS / f"carerhelp-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_ico_and_icns_hold_the_sizes():
    ico = (ICONS / "carerhelp.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (ICONS / "carerhelp.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for kind in (b"ic07", b"ic08", b"ic09"):
        assert kind in icns


def test_spec_ships_resources_and_names_the_bundle():
    spec = (ROOT / "packaging" / "carerhelp.spec").read_text(encoding="utf-8")
    assert '"resources"' in spec and "uk.org.carerhelp.CarerHelp" in spec
    iss = (ROOT / "packaging" / "windows" / "carerhelp.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
