#!/usr/bin/env bash
# Set up everything Briefing Desk needs on a fresh Debian 12 machine, then install the demo
# language packs. Safe to run again: it only installs what is missing.
#   Debian packages: Qt's runtime libraries (offscreen and xcb), Xvfb, fonts, poppler-utils (pdftotext/pdftoppm
#   for the tests and for looking at PDFs), the desktop-file and AppStream validators, binutils
#   (PyInstaller reads binaries with it)
#   .venv/         : a virtual environment with the app and its test tools (Debian's python3: see below)
#   .wheelhouse/   : the app's dependencies as wheels (tests/packaging installs from it offline)
#   demo packs     : built from numpy arrays (no download) and installed into the app's pack folder
#                    ($BRIEFING_PACKS_DIR, else the user data folder). They are not real translations.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  poppler-utils
  libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3
  # Qt's xcb platform plugin (a real X display): without these it aborts "could not load the Qt platform
  # plugin xcb" (the list is briefing_app/ui/earlyinit.py XCB_LIBRARIES); xvfb for the test that opens
  # the real window on an X server.
  libxcb1 libx11-xcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1 xvfb
  fonts-dejavu-core
  # OCR of scans and photos: the tesseract program and its language data (orientation/script, en, da, ar, he)
  tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng tesseract-ocr-dan tesseract-ocr-ara tesseract-ocr-heb
  desktop-file-utils appstream binutils
  # the venv module of Debian's own python3, which .venv is made with (below)
  python3-venv
  # Princeton WordNet 3.0: scripts/build_gazetteer.py generates person_nouns.tsv from it (a test rebuilds it)
  wordnet-base
)
# Debian's python3, which .venv is made with when it is 3.11 or newer (below), is a static executable: PyInstaller
# (packaging/) bundles the shared libpython of its version, a package of its own.
DEBIAN_PY_VERSION="$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
case "$DEBIAN_PY_VERSION" in
  3.1[1-9]) DEB_PACKAGES+=("libpython$DEBIAN_PY_VERSION") ;;
esac
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The interpreter of .venv: $PYTHON when set; else Debian's own /usr/bin/python3 when it is 3.11 or newer, else
# python3 on PATH. Debian builds CPython with profile-guided and link-time optimisation into a static executable; a
# default source build (pyenv's, which a PATH may put first) links a shared libpython without them, and the key
# facts extractor, pure Python, runs about 1.5 times slower on it (docs/facts.md, Speed).
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  if /usr/bin/python3 -c 'import ensurepip, sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    PYTHON=/usr/bin/python3
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)" >&2
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,cluster]"

# A local wheelhouse of everything a plain `pip install .` needs (build requirements included), so that
# tests/packaging can build the wheel and install it into a fresh venv with its old pip, offline.
echo "setup: filling .wheelhouse/ (the app's dependencies as wheels, for the offline install test)" >&2
.venv/bin/python -m pip download -q --disable-pip-version-check -d .wheelhouse . "setuptools>=68" wheel >/dev/null

echo "setup: compiling the UI translations" >&2
scripts/build_translations.sh >/dev/null

echo "setup: building and installing the demo language packs" >&2
.venv/bin/briefing-app --build-demo-packs cipher >/dev/null
.venv/bin/briefing-app --list-packs
