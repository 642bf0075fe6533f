"""What the one-folder build leaves out, the trimmed ICU data, and the Windows and macOS settings."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import slim_build  # noqa: E402


def plugin(path: str) -> slim_build.Entry:
    return (f"PySide6/Qt/plugins/{path}", f"/site-packages/PySide6/Qt/plugins/{path}", "BINARY")


def test_only_the_qt_plugins_and_pillow_parts_carerhelp_uses_are_kept():
    kept = [
        plugin("platforms/libqxcb.so"),
        plugin("platforms/qwindows.dll"),
        plugin("platforms/libqcocoa.dylib"),
        plugin("platforms/libqoffscreen.so"),
        plugin("platforminputcontexts/libibusplatforminputcontextplugin.so"),
        plugin("printsupport/libcupsprintersupport.so"),
        plugin("imageformats/libqsvg.so"),
        plugin("imageformats/qico.dll"),
        plugin("iconengines/libqsvgicon.so"),
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "/x/_imaging.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
        ("libsqlite3.so.0", "/usr/lib/libsqlite3.so.0", "BINARY"),
    ]
    dropped = [
        plugin("platforms/libqeglfs.so"),
        plugin("platforms/libqwayland-egl.so"),
        plugin("platforms/libqvnc.so"),
        plugin("platformthemes/libqgtk3.so"),
        plugin("imageformats/libqtiff.so"),
        plugin("imageformats/libqwebp.so"),
        plugin("generic/libqevdevtouchplugin.so"),
        plugin("xcbglintegrations/libqxcb-glx-integration.so"),
        plugin("tls/libqopensslbackend.so"),
        ("PIL/_avif.cpython-311-x86_64-linux-gnu.so", "/x/_avif.so", "EXTENSION"),
        ("PIL/_webp.cpython-311-x86_64-linux-gnu.so", "/x/_webp.so", "EXTENSION"),
    ]
    assert slim_build.drop_unused_plugins_and_codecs(kept + dropped) == kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ELF walk is for Linux")
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_a_library_only_a_dropped_plugin_needed_is_left_out():
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    widgets = (
        "PySide6/QtWidgets.abi3.so",
        str(Path(PySide6.__file__).parent / "QtWidgets.abi3.so"),
        "EXTENSION",
    )
    entries = [widgets]
    for name in ("libQt6Widgets.so.6", "libQt6Gui.so.6", "libQt6Core.so.6", "libQt6Svg.so.6"):
        entries.append((f"PySide6/Qt/lib/{name}", str(lib / name), "BINARY"))
    kept = slim_build.drop_unreachable_libraries(entries)
    names = [Path(entry[0]).name for entry in kept]
    assert names == ["QtWidgets.abi3.so", "libQt6Widgets.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"]


def test_a_top_level_extension_module_is_kept():
    """cffi's `_cffi_backend` (which the cryptography library imports) sits at the top of the
    build like a library, and nothing links to it: Python imports it, so it stays."""
    import _cffi_backend

    source = _cffi_backend.__file__
    entry = (Path(source).name, source, "EXTENSION")
    assert slim_build.drop_unreachable_libraries([entry]) == [entry]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux wheels carry ICU")
@pytest.mark.skipif(
    shutil.which("icupkg") is None or shutil.which("cc") is None,
    reason="needs icupkg and a C compiler",
)
def test_trimmed_icu_data_is_small_and_still_serves_english_and_welsh(tmp_path: Path):
    import PySide6

    original = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = slim_build.trim_icu_library(original, tmp_path)  # checks cy/en collation itself
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < original.stat().st_size / 2
    removed = (tmp_path / "removed.txt").read_text(encoding="ascii").split()
    assert (
        "coll/de.res" in removed and "coll/cy.res" not in removed and "coll/root.res" not in removed
    )


def test_windows_installer_is_per_user_and_keeps_the_carers_data():
    iss = (ROOT / "packaging" / "windows" / "carerhelp.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r'Source: "..\dist\CarerHelp\*"' in iss
    assert r"SetupIconFile=..\..\resources\icons\carerhelp.ico" in iss
    assert "{localappdata}\\CarerHelp" in iss and "MB_DEFBUTTON2" in iss  # keeping is the default
    assert "desktopicon" in iss and "{group}\\CarerHelp" in iss


def test_spec_ships_resources_and_sets_the_mac_bundle():
    spec = (ROOT / "packaging" / "carerhelp.spec").read_text(encoding="utf-8")
    assert 'datas=[(str(ROOT / "resources"), "resources")]' in spec
    assert 'collect_submodules("carerhelp")' in spec
    for key in (
        "CFBundleName",
        "CFBundleDisplayName",
        "CFBundleIdentifier",
        "CFBundleShortVersionString",
    ):
        assert f'"{key}"' in spec
    assert '"uk.org.carerhelp.CarerHelp"' in spec and "carerhelp.icns" in spec
    assert '"NSHighResolutionCapable": True' in spec and '"LSMinimumSystemVersion"' in spec
