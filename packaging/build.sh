#!/usr/bin/env bash
# Build the one-folder bundle dist/briefing-app/ with PyInstaller (about 30 s here).
# Usage: packaging/build.sh [DIST_DIR]   (after scripts/setup.sh)
# The smoke test (tests/packaging/test_bundle.py) builds it and runs the built command.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/pyinstaller ]; then
  echo "build: PyInstaller is missing; run scripts/setup.sh (it installs the test and packaging tools)" >&2
  exit 2
fi
[ -x scripts/build_translations.sh ] && scripts/build_translations.sh
dist="${1:-dist}"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level ERROR \
  --distpath "$dist" --workpath "$dist/.build" packaging/briefing-app.spec
rm -rf "$dist/.build"
end=$(date +%s)
echo "build: $dist/briefing-app built in $((end - start)) s, $(du -sh "$dist/briefing-app" | cut -f1)" >&2
