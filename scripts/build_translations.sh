#!/bin/sh
# Compile the UI translations (translations/briefing_*.ts) into briefing_app/resources/i18n/*.qm.
#
#   scripts/build_translations.sh            compile only (what setup runs for the editable install in
#                                            .venv; the .qm are not committed; a wheel build compiles
#                                            its own copy, see setup.py)
#   scripts/build_translations.sh --update   first refresh the .ts files from the UI sources
#                                            (pyside6-lupdate), then compile
#
# Uses the tools next to the Python that runs the app: $VENV (default .venv) /bin/pyside6-*.
set -eu
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
LANGS="ar he da"
OUT=briefing_app/resources/i18n
if [ "${1:-}" = "--update" ]; then
    for lang in $LANGS; do
        "$BIN/pyside6-lupdate" -no-obsolete -locations none briefing_app/ui/*.py -ts "translations/briefing_$lang.ts"
    done
fi
mkdir -p "$OUT"
for lang in $LANGS; do
    "$BIN/pyside6-lrelease" -silent "translations/briefing_$lang.ts" -qm "$OUT/briefing_$lang.qm"
done
echo "compiled UI translations ($LANGS) into $OUT"
