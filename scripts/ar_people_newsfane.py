"""Arabic people on newswire no rule was written from: the whole extractor on NewsFANE Gold's held-out blocks.

    .venv/bin/python scripts/ar_people_newsfane.py PATH_TO_GIT_DIR [--show] [--misses]

The Arabic entity tagger learns from NewsFANE Gold (`scripts/train_entity_tagger_ar.py`), holding out every tenth
block of 100 sentences to score itself. This script trains the same model without those blocks (in memory, about
half a minute; nothing is written), puts it in place of the shipped one, and runs `extract_facts` on the held-out
sentences, twelve to an "article", in their own spelling (clitics glued back as the trainer does). A person found
is right when a word of its name (without the article) is a word of a person NewsFANE marks in that article; a
marked person is found when a found name shares a word with it. The rules of the Arabic people finders were
written from the corpus's dev articles, so these scores show how they carry to copy they never saw (NewsFANE
writes alef without hamza, as much Arabic copy does). `--show` prints the false people with the finder that added
each; `--misses` the persons not found.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_entity_tagger_ar as trainer  # noqa: E402

from briefing_app.core.facts import entity_tagger_ar, extract_facts  # noqa: E402
from briefing_app.core.facts import people_index as people_index_module  # noqa: E402
from briefing_app.core.pipeline import load_document  # noqa: E402

ARTICLE = 12  # sentences to an article


def _raw_sentences(text: str) -> list[tuple[list[str], list[str]]]:
    """(words as written, coarse tags) per sentence, the corpus's lone clitics glued back onto their words."""
    out, words, tags = [], [], []
    for line in [*text.splitlines(), ""]:
        parts = line.replace("\u200e", "").replace("\ufeff", "").split("\t")
        word = parts[0].strip()
        if not word:
            if words:
                out.append(_glued(words, tags))
            words, tags = [], []
            continue
        words.append(word)
        tags.append(trainer.coarse(parts[1].strip()) if len(parts) > 1 and parts[1].strip() else "O")
    return out


def _glued(words: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    ws: list[str] = []
    ts: list[str] = []
    i = 0
    while i < len(words):
        w, t = words[i], tags[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in trainer.PREFIXES and t == "O" and nxt[:1].isalpha() and len(nxt) > 1:
            ws.append(trainer._glue(w, words[i + 1]))
            ts.append(tags[i + 1])
            i += 2
        elif w in trainer.SUFFIXES and t == "O" and ws and ws[-1][:1].isalpha() and ws[-1] not in trainer.PREFIXES:
            ws[-1] += w
            i += 1
        else:
            ws.append(w)
            ts.append(t)
            i += 1
    return ws, ts


def _text(words: list[str]) -> str:
    s = " ".join(words)
    s = re.sub(r"\s+([،,:؛.!؟?)\]»])", r"\1", s)
    s = re.sub(r"([(\[«])\s+", r"\1", s)
    return s if s.endswith((".", "!", "؟", "?", ":")) else s + "."


def _norm(text: str) -> set[str]:
    return {w[2:] if w.startswith("ال") else w for w in re.findall(r"\w+", entity_tagger_ar.lookup_form(text))}


def _persons(words: list[str], tags: list[str]) -> list[str]:
    out: list[list[str]] = []
    for w, t in zip(words, tags, strict=True):
        if t == "B-PER":
            out.append([w])
        elif t == "I-PER" and out and out[-1]:
            out[-1].append(w)
        elif out and out[-1]:
            out.append([])
    return [" ".join(p) for p in out if p]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path, help="a git directory holding NewsFANE Gold")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    text = trainer.newsfane_text(args.git_dir)
    if text is None:
        return 1
    ngrams = trainer.corpus_ngrams()
    kept = [s for s in trainer.read_newsfane(text) if not trainer.overlaps(s[0], ngrams)]
    names, w, t = trainer.train([s for i, s in enumerate(kept) if (i // trainer.BLOCK) % 10 != 9], 8)
    held_model = entity_tagger_ar.ArabicModel(trainer.model_data(names, w, t))
    entity_tagger_ar.model = lambda: held_model  # type: ignore[assignment]
    lookup = entity_tagger_ar.lookup_form
    raw = [s for s in _raw_sentences(text) if not trainer.overlaps([lookup(x) for x in s[0]], ngrams)]
    held = [s for i, s in enumerate(raw) if (i // trainer.BLOCK) % 10 == 9]

    origin: dict[str, str] = {}
    add = people_index_module.PeopleIndex.add

    def traced(self: people_index_module.PeopleIndex, name: str, role: str | None, sentence: int):  # type: ignore[no-untyped-def]
        frame = next((f for f in inspect.stack()[1:] if "people_index" not in f.filename), None)
        person = add(self, name, role, sentence)
        origin.setdefault(person.name, f"{Path(frame.filename).stem}.{frame.function}" if frame else "?")
        return person

    people_index_module.PeopleIndex.add = traced  # type: ignore[method-assign]
    right = found_total = gold_total = found = 0
    falses: list[str] = []
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in range(0, len(held), ARTICLE):
            chunk = held[d : d + ARTICLE]
            path = Path(tmp) / f"a{d}.txt"
            path.write_text("\n\n".join(_text(ws) for ws, _ in chunk), encoding="utf-8")
            document = load_document(path, language="ar")
            people = [f for f in extract_facts(document) if f.kind == "person"]
            gold = {frozenset(_norm(p)) for ws, ts in chunk for p in _persons(ws, ts)} - {frozenset()}
            for f in people:
                found_total += 1
                if any(_norm(f.text) & g for g in gold):
                    right += 1
                else:
                    sentence = document.sentences[f.sentence].text[:120] if f.sentence is not None else ""
                    falses.append(f"FALSE {f.text!r} <{origin.get(f.text, '?')}> role={f.role!r} | {sentence}")
            for g in gold:
                gold_total += 1
                if any(_norm(f.text) & g for f in people):
                    found += 1
                else:
                    misses.append("MISS " + " ".join(sorted(g)))
    print(f"NewsFANE held-out: people P {right / max(found_total, 1):.3f} ({right}/{found_total})  "
          f"R {found / max(gold_total, 1):.3f} ({found}/{gold_total})")  # fmt: skip
    for line in (falses if args.show else []) + (misses if args.misses else []):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
