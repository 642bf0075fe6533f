"""Read CarerHelp's accessibility tree as a screen reader does, through AT-SPI (system python3 + pyatspi).

Usage, inside `dbus-run-session`: /usr/bin/python3 atspi_probe.py APP_PYTHON DATA_FOLDER OUT.json
Starts Xvfb, runs tests/ui/atspi_app.py with APP_PYTHON, shows each page in turn and prints one JSON
object: for each page, every object that is showing, with its role, name, description and the names of the
labels it is labelled by, into OUT.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyatspi

HERE = Path(__file__).resolve().parent
PAGES = ("home", "question", "summary", "results", "letter")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    return xvfb, f":{number}"


def find_app(name: str, timeout: float = 30) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    raise SystemExit(f"{name} never appeared on the accessibility bus")


def labelled_by(node) -> list[str]:
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names.extend(relation.getTarget(i).name for i in range(relation.getNTargets()))
    return names


def walk(node, found: list[dict], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    state = node.getState()
    if depth > 1 and not state.contains(pyatspi.STATE_SHOWING):
        return
    found.append(
        {
            "role": node.getRoleName(),
            "name": node.name,
            "description": node.description,
            "labelled_by": labelled_by(node),
            "focusable": state.contains(pyatspi.STATE_FOCUSABLE),
        }
    )
    for index in range(min(node.childCount, 500)):
        walk(node.getChildAtIndex(index), found, depth + 1)


def main() -> int:
    app_python, folder, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    xvfb, display = start_xvfb()
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    app = subprocess.Popen(
        [app_python, str(HERE / "atspi_app.py"), folder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert app.stdin is not None and app.stdout is not None
    pages: dict[str, list[dict]] = {}
    try:
        for page in PAGES:
            if page != "home":
                app.stdin.write(page + "\n")
                app.stdin.flush()
            line = app.stdout.readline().strip()
            if line != f"shown {page}":
                raise SystemExit(f"the app did not show {page}: {line!r}")
            found: list[dict] = []
            walk(find_app("CarerHelp"), found)
            pages[page] = found
        app.stdin.write("quit\n")
        app.stdin.flush()
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
        xvfb.terminate()
    out.write_text(json.dumps(pages), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
