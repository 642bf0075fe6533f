"""Where CarerHelp keeps its data and finds its shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CarerHelp"
DATA_DIR_ENV = "CARERHELP_DATA_DIR"
DATABASE_FILE_NAME = "carerhelp.sqlite3"


def default_data_dir() -> Path:
    """The per-user, local (never roaming) data folder, unless CARERHELP_DATA_DIR says otherwise.

    Windows: %LOCALAPPDATA%\\CarerHelp; macOS: ~/Library/Application Support/CarerHelp;
    Linux: $XDG_DATA_HOME/carerhelp (usually ~/.local/share/carerhelp).
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resources_dir() -> Path:
    """The shipped `resources/` folder.

    Frozen (PyInstaller): beside the executable. Installed from a wheel: inside the package
    (setup.py copies the top-level folder there), found through importlib.resources. From a
    source checkout or an editable install: the top-level `resources/` folder itself.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    from importlib.resources import files  # only when resources are first read, not at start

    packaged = files("carerhelp") / "resources"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parents[2] / "resources"
    if source.is_dir():
        return source
    return Path(str(packaged))  # missing: the loaders name it and say to reinstall


def resource(*parts: str) -> Path:
    """A path inside the shipped resources folder."""
    return resources_dir().joinpath(*parts)
