"""Make the one-folder build smaller: leave out Qt plugins, codecs and libraries CarerHelp never loads.

Used by carerhelp.spec. Every step is a filter over PyInstaller's table of binaries, so a step that
can't run (a missing tool on the build machine) leaves the build whole and only bigger.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (name in the build, source path, type)

# Qt plugins kept, by folder. Anything in another folder, or not matched here, is left out.
#   platforms: X11 (on Wayland desktops Qt uses XWayland), Windows, macOS, and offscreen for the
#   self-test; input contexts: typing accents such as ŵ through IBus or compose keys; printing;
#   the SVG icon engine and the ICO reader for window icons; native widget styles.
QT_PLUGINS_KEPT = {
    "platforms": re.compile(r"(qxcb|qwindows|qcocoa|qoffscreen)\b"),
    "platforminputcontexts": re.compile(r"."),
    "printsupport": re.compile(r"."),
    "iconengines": re.compile(r"qsvgicon"),
    "imageformats": re.compile(r"q(svg|ico)\b"),
    "styles": re.compile(r"."),
}
# Pillow is imported by reportlab, which uses only its core; these codecs are never used for a letter.
PILLOW_UNUSED = re.compile(r"PIL[/\\]_(avif|webp|imagingcms|imagingtk|imagingmath|imagingmorph)\.")

# ICU data kept for the trimmed libicudata: the root locale, English and Welsh.
ICU_LOCALES_KEPT = {"root", "en", "en_GB", "en_001", "en_150", "cy", "cy_GB", "res_index", "pool"}
ICU_LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
ICU_BIG_CONVERTER = 100_000  # bytes: the multi-byte East Asian code pages


def _plugin_kept(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    if "plugins" not in parts[:-1]:
        return True
    folder = parts[parts.index("plugins") + 1]
    rule = QT_PLUGINS_KEPT.get(folder)
    return rule is not None and rule.search(parts[-1]) is not None


def drop_unused_plugins_and_codecs(binaries: Iterable[Entry]) -> list[Entry]:
    """Leave out the Qt plugins and Pillow codecs that CarerHelp never loads."""
    return [b for b in binaries if _plugin_kept(b[0]) and not PILLOW_UNUSED.search(b[0])]


def _needed(path: str) -> list[str]:
    """The shared libraries an ELF file links to (its DT_NEEDED entries)."""
    out = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def drop_unreachable_libraries(binaries: Iterable[Entry]) -> list[Entry]:
    """Linux: leave out shared libraries no kept module, plugin or library links to.

    PyInstaller collects the libraries of every plugin it finds; once a plugin is left out, what
    only it needed (GTK, Cairo, Pango for Qt's GTK theme plugin, say) would still be shipped.
    Python extensions, Qt plugins and anything Python loads by path stay as roots; libpython stays.
    """
    entries = list(binaries)
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return entries

    def is_library(entry: Entry) -> bool:
        if entry[2] == "EXTENSION":  # a Python extension module (cffi's `_cffi_backend` sits
            return False  # at the top level, like a library, but Python imports it by name)
        name = entry[0].replace("\\", "/")
        return "/" not in name or "/Qt/lib/" in name or name.startswith("pillow.libs/")

    by_name = {Path(e[0]).name: e for e in entries if is_library(e)}
    roots = [e for e in entries if not is_library(e) or Path(e[0]).name.startswith("libpython")]
    reached: set[str] = set()
    stack = [e[1] for e in roots]
    while stack:
        for lib in _needed(stack.pop()):
            if lib in by_name and lib not in reached:
                reached.add(lib)
                stack.append(by_name[lib][1])
    return [e for e in entries if not is_library(e) or e in roots or Path(e[0]).name in reached]


def _icu_blob(library: Path) -> tuple[str, bytes]:
    """The ICU common data symbol name and its bytes inside libicudata.so."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True)
    match = re.search(
        r"\b([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)",
        symbols.stdout,
    )
    if match is None:
        raise RuntimeError(f"no ICU data symbol in {library}")
    address, size = int(match[1], 16), int(match[2], 0)
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True)
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            offset = address - int(fields[3], 16) + int(fields[4], 16)
            return match[3], library.read_bytes()[offset : offset + size]
    raise RuntimeError(f"no .rodata section in {library}")


def _icu_item_kept(item: str, size: int) -> bool:
    tree, _, name = item.rpartition("/")
    stem, ext = os.path.splitext(name)
    if ext == ".dict" or tree == "translit":  # CJK/Thai word dictionaries, transliteration
        return False
    if ext == ".cnv" and size > ICU_BIG_CONVERTER:
        return False
    return not ICU_LOCALE_NAME.match(stem) or stem in ICU_LOCALES_KEPT


def _remove_icu_items(full: Path, trimmed: Path, removed: set[str], listing: Path) -> None:
    """Write `trimmed` without the removed items, keeping what a kept item depends on.

    icupkg refuses a package with a broken dependency and names it: a kept locale's dependency
    (the root word-break rules' dictionaries) comes back; anything else that needs a removed item
    (a converter built on a removed one) goes too.
    """
    for _attempt in range(20):
        listing.write_text("\n".join(sorted(removed)) + "\n", encoding="ascii")
        trimmed.unlink(missing_ok=True)
        result = subprocess.run(
            ["icupkg", "-r", str(listing), str(full), str(trimmed)], capture_output=True, text=True
        )
        if result.returncode == 0:
            return
        broken = re.findall(
            r"Item (\S+) depends on missing item (\S+)", result.stdout + result.stderr
        )
        if not broken:
            raise RuntimeError(f"icupkg failed: {result.stderr or result.stdout}")
        for item, missing in broken:
            stem = os.path.splitext(item.rpartition("/")[2])[0]
            removed.discard(missing) if stem in ICU_LOCALES_KEPT else removed.add(item)
    raise RuntimeError("icupkg kept finding broken dependencies in the ICU data")


def trim_icu_library(library: Path, workdir: Path) -> Path:
    """Build a libicudata holding only the English and Welsh data CarerHelp can use (about 6 MB).

    The PySide6 wheels for Linux link Qt Core to ICU, whose data library carries every language
    (31 MB). Needs `icupkg` (Debian/Ubuntu: icu-devtools) and a C compiler; raises if either fails.
    """
    symbol, blob = _icu_blob(library)
    workdir.mkdir(parents=True, exist_ok=True)
    # icupkg names the items inside after the file (icudt73l/coll/cy.res), so both keep ICU's name.
    package = f"{symbol[:-4]}l.dat"
    full, trimmed = workdir / package, workdir / "trimmed" / package
    trimmed.parent.mkdir(exist_ok=True)
    full.write_bytes(blob)
    extracted = workdir / "items"
    shutil.rmtree(extracted, ignore_errors=True)
    extracted.mkdir()
    subprocess.run(
        ["icupkg", "-x", "*", "-d", str(extracted), str(full)], check=True, capture_output=True
    )
    listing = subprocess.run(
        ["icupkg", "-l", str(full)], check=True, capture_output=True, text=True
    )
    items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
    removed = {i for i in items if not _icu_item_kept(i, (extracted / i).stat().st_size)}
    _remove_icu_items(full, trimmed, removed, workdir / "removed.txt")
    source = workdir / "icudata.S"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = workdir / "lib" / library.name
    output.parent.mkdir(exist_ok=True)
    compiler = os.environ.get("CC", "cc")
    soname = re.search(r"libicudata\.so\.\d+", library.name)
    subprocess.run(
        [
            compiler,
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{soname[0] if soname else library.name}",
            "-o",
            str(output),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    check_icu(output, library.parent)
    return output


def check_icu(data_library: Path, icu_folder: Path) -> None:
    """Load ICU with this data library and check collation, word breaks and a converter in English and Welsh."""
    version = re.search(r"\.so\.(\d+)", data_library.name)
    suffix = f"_{version[1]}" if version else ""
    folder = data_library.parent
    for name in ("libicuuc", "libicui18n"):
        for lib in icu_folder.glob(f"{name}.so*"):
            if not (folder / lib.name).exists():
                shutil.copy2(lib, folder / lib.name)
    mode = os.RTLD_NOW | os.RTLD_GLOBAL
    ctypes.CDLL(str(data_library), mode=mode)
    uc = ctypes.CDLL(str(next(folder.glob("libicuuc.so.*"))), mode=mode)
    i18n = ctypes.CDLL(str(next(folder.glob("libicui18n.so.*"))), mode=mode)
    status = ctypes.c_int(0)
    for function, library, arguments in (
        ("ucol_open", i18n, (b"cy",)),
        ("ucol_open", i18n, (b"en_GB",)),
        ("ubrk_open", uc, (1, b"en_GB", None, 0)),  # UBRK_WORD
        ("ucnv_open", uc, (b"windows-1252",)),
    ):
        status.value = 0
        call = getattr(library, function + suffix)
        call.restype = ctypes.c_void_p
        handle = call(*arguments, ctypes.byref(status))
        if not handle or status.value > 0:
            raise RuntimeError(
                f"trimmed ICU data fails {function}{arguments}: error {status.value}"
            )
