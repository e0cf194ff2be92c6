"""English entity tagger speed on a 1,000-word article (the article `bench/facts_speed.py` builds).

    .venv/bin/python bench/entity_tagger_speed.py [--words 1000] [--runs 20]

Rows, each the median CPU time of `--runs` calls with the tagger's sentence cache emptied before each
call (so every call pays as a new article would; inside one article the cache answers repeats):

* load: reading the model and indexing the gazetteer's words, once per process (a fresh process, the
  gazetteer itself already loaded as the extractor loads it);
* hooks: what `extract_facts` spends in the tagger: the one-word-person check (`drop_non_people`), the
  genitive names (`genitive_people`) and the vetoes of `tagger_checks.py` (people of several words, one-word
  organisations), which tag only the runs of capitalised words they ask about;
* every sentence: tagging the whole article, for comparison (the extractor does not do this).

CPU time (`time.process_time`) rather than wall time, so that other processes on a shared machine
weigh less; compare rows measured together.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.facts_speed import build_article  # noqa: E402

_LOAD = """
import time
from briefing_app.core.facts import entity_tagger as E, gazetteer
gazetteer.entries(); gazetteer.person_names()  # the extractor loads these anyway
t = time.process_time()
E.model(); E._gazetteer_words(); E.tag_sentence("Jane Roe met officials in Lisbon.")
print(time.process_time() - t)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from briefing_app.core.facts import entity_tagger, extract_facts, per_document, tagger_checks
    from briefing_app.core.facts.named import Named
    from briefing_app.core.pipeline import load_document

    with tempfile.TemporaryDirectory(prefix="briefing-tagger-bench-") as tmp:
        path = Path(tmp) / "article-en.txt"
        words = build_article("en", args.words, path)
        document = load_document(path, language="en")
    # The gazetteer and the rest of the extractor load once, outside every row but "load".
    facts = extract_facts(document)
    people = [f for f in facts if f.kind == "person"]
    organisations = [f for f in facts if f.kind == "organisation"]
    load = float(subprocess.run([sys.executable, "-c", _LOAD], cwd=ROOT, capture_output=True, text=True,
                                check=True).stdout)  # fmt: skip
    taken = {w for p in people for w in p.text.split()}

    def timed(call: object) -> float:
        times = []
        for _ in range(args.runs):
            per_document.new_document()  # the tagger caches one article's sentences
            t = time.process_time()
            call()  # type: ignore[operator]
            times.append(time.process_time() - t)
        return statistics.median(times) * 1000

    hooks = timed(lambda: (entity_tagger.genitive_people(document.sentences, "en", taken),
                           entity_tagger.drop_non_people(people, document.sentences, "en"),
                           tagger_checks.drop_named_things(people, document.sentences, "en"),
                           tagger_checks.drop_people_as_organisations(Named(list(organisations)), document.sentences,
                                                                      "en")))  # fmt: skip
    every = timed(lambda: [entity_tagger.tag_sentence(s.text) for s in document.sentences])
    print(f"English entity tagger, {words}-word article, {len(document.sentences)} sentences, {len(people)} people "
          f"(CPU ms, median of {args.runs})")
    print(f"  load (fresh process, once)      {load * 1000:8.1f}")
    print(f"  hooks in extract_facts          {hooks:8.2f}")
    print(f"  every sentence (not done)       {every:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
