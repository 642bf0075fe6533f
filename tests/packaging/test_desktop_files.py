"""The Linux desktop entry and AppStream file validate; the icon set is complete and true to its names."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "uk.org.carerhelp.CarerHelp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None and not os.environ.get("CI"),
    reason="needs desktop-file-utils (CI installs it, and there this test never skips)",
)
def test_desktop_file_validates_without_errors_or_warnings():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_desktop_file_names_the_app_and_its_icon():
    entries = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entries["Name"] == "CarerHelp"
    assert entries["Icon"] == APP_ID
    assert entries["Comment"] == "Find your rights as an unpaid carer and write to your council"
    assert entries["Exec"].split()[0] == "CarerHelp"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream (appstreamcli)")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_says_what_the_issue_asks():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert (
        root.findtext("summary") == "Find your rights as an unpaid carer and write to your council"
    )
    assert [c.text for c in root.iter("category")] == ["Office", "Utility"]
    assert root.find("content_rating").get("type").startswith("oars-")
    release = root.find("releases/release")
    assert (release.get("version"), release.get("date")) == ("0.1.0", "2026-11-22")
    assert root.find("launchable").text == DESKTOP.name


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_are_the_size_their_names_say(size: int):
    assert png_size((ICONS / f"carerhelp-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_each_size_as_a_png():
    data = (ICONS / "carerhelp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        assert png_size(image) == (width or 256, height or 256)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_chunks_are_pngs_of_their_types_sizes():
    data = (ICONS / "carerhelp.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}
    expected |= {b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == expected


def test_svg_source_is_square_and_titled():
    root = ET.parse(ICONS / "carerhelp.svg").getroot()
    assert root.get("viewBox") == "0 0 256 256"
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "CarerHelp"
