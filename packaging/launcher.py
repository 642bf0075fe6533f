"""Start CarerHelp from a frozen (PyInstaller) build."""

from carerhelp.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
