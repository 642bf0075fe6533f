#!/usr/bin/env bash
# Build the sdist, then the wheel from it (python -m build), install the wheel with its
# dependencies into a fresh virtual environment outside the source tree, and run the installed
# `carerhelp --self-test` and `carerhelp assess` on an example there. Exits non-zero on any failure.
#   bash packaging/wheel_check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 dev.py test --version >/dev/null   # first time: set up .venv
source_tree=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/carerhelp-wheel.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
.venv/bin/python -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || {
  tail -40 "$work/build.log"; echo "Building the sdist and wheel failed." >&2; exit 1; }
wheel=$(ls "$work"/dist/*.whl)
entries=$(.venv/bin/python -c "import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))" "$wheel")
echo "Wheel: $(basename "$wheel"), $(( $(stat -c %s "$wheel") / 1024 )) KB, $entries entries"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
cd "$work"   # nothing from the source tree can be imported from here
export QT_QPA_PLATFORM=offscreen CARERHELP_DATA_DIR="$work/data"
"$work/venv/bin/carerhelp" --self-test
"$work/venv/bin/carerhelp" assess "$source_tree/docs/examples/england.json" >"$work/assess.txt"
grep -qi "assessment" "$work/assess.txt" || {
  cat "$work/assess.txt"; echo "The installed carerhelp assess printed no findings." >&2; exit 1; }
echo "Installed wheel works outside the source tree ($(( $(date +%s) - started )) s)"
