#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller, run its self-test offscreen, and report its size.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 dev.py --version >/dev/null          # make sure .venv exists
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[package]"
started=$(date +%s)
.venv/bin/pyinstaller packaging/carerhelp.spec --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build
echo "Build took $(( $(date +%s) - started )) s"
QT_QPA_PLATFORM=offscreen packaging/dist/CarerHelp/CarerHelp --self-test
du -sh packaging/dist/CarerHelp
