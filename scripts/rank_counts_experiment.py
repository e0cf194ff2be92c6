"""Experiment: does a small learnt ranker read what an English figure counts better than the rules, on text
neither has seen? (Round 29, helper k-rank27; the result is in docs/facts.md, "A learnt reader of what a figure
counts".)

    .venv/bin/python scripts/rank_counts_experiment.py [--rounds 18-26] [--seeds 5] [--work /tmp/rank_counts]

1. The rules' blind accuracy. For every English dev article of a corpus batch, the rules' code AS IT WAS when that
   batch entered the corpus (COMMITS: the commit that merged or added the batch, whose `briefing_app` had never
   read it) is checked out with `git worktree add` and run on the article; of the gold figures that have a
   `counts_key` and whose value it found in the right sentence, the share whose extracted `counts` holds the key
   (the corpus test's own figure match).
2. A candidate-word ranker: for a gold figure's number in its sentence, every word of the sentence is scored as
   the counted word by a linear model over part-of-speech tags (`pos_tagger.py`), side and distance, the words
   and tags between (prepositions, verbs, nouns, punctuation), the kind of number (money, percent, duration,
   plain), the word itself and its neighbours. Averaged perceptrons (CANDIDATES: one per shuffling seed, their
   weights averaged) are trained on the English dev gold of every batch but the one scored (leave one batch
   out), with the CURRENT tree's part-of-speech tagger. The answer is the chosen word with the nouns and
   adjectives right before it ("health assistance").
3. Scored on the same figures as 1: the ranker alone; the ranker where the rules give no counts or counts
   without a noun (replacing them, "fallback"; or added before them, "added").

Nothing is written to the repository; the old trees live under --work and are removed after use. Reads the dev
half only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.core.facts.pos_tagger import tag_words, tokens  # noqa: E402
from briefing_app.core.numbers import same_value  # noqa: E402
from briefing_app.core.pipeline import load_document  # noqa: E402

NEWS = ROOT / "tests" / "corpus" / "news" / "en"
# The commit at which each English batch entered the corpus ("Corpus: round N merged", the collector's merge or,
# for rounds whose batch came in parts, the commit that added the batch's first dev article). None of them changes
# `briefing_app/`, so each is the rules as they were before anyone read the batch.
COMMITS = {12: "9ecb60d2", 13: "5a383bf4", 14: "9ef43800", 15: "3b32b1ec", 16: "d9566208", 17: "f4d6f026",
           18: "12bc6f79", 19: "5b02d5c8", 20: "722ebca5", 21: "dd6e5480", 22: "17958a64", 23: "7423bdf6",
           24: "2537e412", 25: "58072b76", 26: "a6693c8a", 27: "133743a7"}  # fmt: skip
OLD_RUN = """
import json, sys
from briefing_app.core.facts import extract_facts
from briefing_app.core.pipeline import load_document
out = {}
for path in sys.argv[2:]:
    doc = load_document(path, language="en")
    sents = [s.text for s in doc.sentences]
    out[path] = [{"sentence_text": sents[f.sentence], "value": f.value, "counts": f.counts}
                 for f in extract_facts(doc) if f.kind == "figure"]
json.dump(out, open(sys.argv[1], "w"))
"""
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion "
    "trillion half dozen dozens hundreds thousands millions billions quarter third thirds quarters and a bn m k "
    "percent per cent".split()
)
NOUNISH = frozenset({"NOUN", "PROPN"})
BETWEEN = frozenset({"of", "in", "for", "to", "by", "from", "with", "on", "at", "was", "were", "is", "are", "has",
                     "have", "had", "and", "or", ",", "(", ")", "than", "about", "who", "which", "that", "including",
                     "per", "a", "the"})  # fmt: skip
MONEY = frozenset({"dollars", "dollar", "euros", "euro", "pounds", "rubles", "usd", "yen", "yuan", "rupees", "cents"})
TIME = frozenset({"years", "year", "days", "day", "months", "month", "weeks", "week", "hours", "hour", "minutes",
                  "decades", "seconds", "centuries"})  # fmt: skip


def norm(name: str) -> str:
    """The corpus test's normal form of a counts phrase and a key (tests/unit/test_facts_corpus.py `_norm`)."""
    name = name.replace("’", "'").strip(" .,;:\"'“”«»()")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", re.sub(r"'s$", "", name)).lower()


def lemma(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


# ---------------------------------------------------------------------------------------------- the records


def records() -> list[dict[str, Any]]:
    """One record per English dev gold figure with a counts_key: its sentence's words and tags, the number's
    words, the words holding the key's last word (the labels) and the current rules' counts."""
    manifest = json.loads((NEWS / "manifest.json").read_text(encoding="utf-8"))
    batch = {a["slug"]: a.get("batch") for a in manifest["articles"]}
    out: list[dict[str, Any]] = []
    for gold_path in sorted((NEWS / "dev").glob("*.gold.json")):
        slug = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = load_document(gold_path.with_name(slug + ".txt"), language="en")
        sents = [s.text for s in doc.sentences]
        for g in gold["figures"]:
            if not g.get("counts_key"):
                continue
            si = next((i for i, s in enumerate(sents) if g["sentence_text"] in s), None)
            if si is None:
                continue
            s = sents[si]
            off = s.find(g["sentence_text"])
            pos = s.find(g["text"], off)
            pos = pos if 0 <= pos <= off + len(g["sentence_text"]) else s.find(g["text"])
            if pos < 0:
                continue
            spans = tokens(s)
            words = [s[a:b].replace("’", "'") for a, b in spans]
            end = pos + len(g["text"])
            inside = [i for i, (a, b) in enumerate(spans) if a < end and b > pos]
            # The number's own words: digits, number words, signs (the gold text may hold the counted noun too)
            num = [i for i in inside if any(c.isdigit() for c in words[i]) or words[i].lower() in NUMBER_WORDS
                   or words[i] in "$%£€-.,"]  # fmt: skip
            num = list(range(min(num), max(num) + 1)) if num else inside
            while num and num[-1] + 1 < len(spans) and spans[num[-1] + 1][0] == spans[num[-1]][1] < end:
                num.append(num[-1] + 1)  # a unit glued to the number ("10cm")
            head = g["counts_key"].split()[-1].lower()
            out.append({
                "slug": slug, "batch": batch.get(slug), "sentence": s, "sentence_text": g["sentence_text"],
                "words": words, "tags": tag_words(words), "num": num, "key": g["counts_key"], "value": g["value"],
                "labels": [i for i, w in enumerate(words) if i not in num and w[:1].isalpha() and head in w.lower()],
            })  # fmt: skip
    return out


def old_figures(rounds: Sequence[int], work: Path, recs: list[dict[str, Any]]) -> None:
    """Sets each record of `rounds` to what the rules of its batch's commit extracted ("old": value found in the
    sentence; "old_right": the key inside the counts; "old_counts": the first counts given)."""
    python = ROOT / ".venv" / "bin" / "python"
    python = python if python.exists() else Path(sys.executable)
    work.mkdir(parents=True, exist_ok=True)
    for n in rounds:
        tree, out = work / f"r{n}", work / f"old_r{n}.json"
        mine = [r for r in recs if r["batch"] == f"round {n}"]
        paths = sorted({str(NEWS / "dev" / (r["slug"] + ".txt")) for r in mine})
        if not out.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), COMMITS[n]],
                           check=True, capture_output=True)  # fmt: skip
            try:
                subprocess.run([str(python), "-c", OLD_RUN, str(out), *paths], cwd=tree, check=True)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        old = json.loads(out.read_text())
        for r in mine:
            figs = [f for f in old[str(NEWS / "dev" / (r["slug"] + ".txt"))] if r["sentence_text"] in f["sentence_text"]
                    and f["value"] is not None and same_value(f["value"], r["value"])]  # fmt: skip
            r["old"] = bool(figs)
            r["old_right"] = any(f["counts"] and norm(r["key"]) in norm(f["counts"]) for f in figs)
            r["old_counts"] = next((f["counts"] for f in figs if f["counts"]), None)


# ---------------------------------------------------------------------------------------------- the ranker


def number_kind(words: Sequence[str], num: Sequence[int]) -> str:
    inner = {words[i].lower() for i in num}
    b = max(num)
    nxt = [w.lower() for w in words[b + 1 : b + 3]]
    if inner & {"$", "€", "£"} or set(nxt) & MONEY:
        return "money"
    if "%" in inner or nxt[:1] in (["percent"], ["per"], ["%"]):
        return "pct"
    return "time" if nxt[:1] and nxt[0] in TIME or "year" in inner else "plain"


def features(words: Sequence[str], tags: Sequence[str], num: Sequence[int], j: int) -> list[str]:
    """The features of word `j` as what the number at `num` counts."""
    a, b = min(num), max(num)
    side = "L" if j < a else "R"
    dist = a - j if j < a else j - b
    bucket = str(dist) if dist <= 3 else "4-5" if dist <= 5 else "6-8" if dist <= 8 else "9+"
    w, t = words[j].lower(), tags[j]
    lo, hi = (j + 1, a) if j < a else (b + 1, j)
    between, btags = [x.lower() for x in words[lo:hi]], tags[lo:hi]
    nouns = sum(1 for x in btags if x in NOUNISH)
    verb = any(x in ("VERB", "AUX") for x in btags)
    after = words[b + 1].lower() if b + 1 < len(words) else "</s>"
    after_tag = tags[b + 1] if b + 1 < len(words) else "</s>"
    before = words[a - 1].lower() if a else "<s>"
    prev_w, next_w = (words[j - 1].lower() if j else "<s>"), (words[j + 1].lower() if j + 1 < len(words) else "</s>")
    kind = number_kind(words, num)
    head = t in NOUNISH and not (j + 1 < len(tags) and tags[j + 1] in NOUNISH and words[j + 1][:1].isalpha())
    punct = any(x in (",", ";", ":", "(", ")", "—", "–") for x in between)
    out = ["b", "t=" + t, f"sd={side}{bucket}", f"tsd={t}|{side}{bucket}", f"ts={t}|{side}",
           f"nn={side}{min(nouns, 3)}|{t}", f"verb={side}{verb}|{t}", f"pt={tags[j - 1] if j else '<s>'}|{t}",
           f"nt={tags[j + 1] if j + 1 < len(tags) else '</s>'}|{t}", f"nxt={after_tag}|{side}|{t}",
           f"cap={words[j][:1].isupper()}{t}", f"ptn={tags[a - 1] if a else '<s>'}|{side}|{t}",
           "w=" + w, "l=" + lemma(w), "s3=" + w[-3:], f"ws={lemma(w)}|{side}", f"pw={prev_w}|{side}",
           f"nw={next_w}|{side}", f"nxn={after}|{side}{bucket}|{t}", f"pvn={before}|{side}|{t}",
           f"head={head}|{t}|{side}|{min(nouns, 2)}", f"punct={punct}|{side}|{t}",
           f"ty={kind}|{t}|{side}{bucket}", f"tyv={kind}|{t}|{side}|{verb}|{min(nouns, 2)}"]  # fmt: skip
    if head and side == "R":
        out.append(f"first_head_right={all(x in ('ADJ', 'NOUN', 'PROPN', 'ADV', 'PUNCT', 'NUM') for x in btags)}")
    if t == "VERB" and side == "L":
        out.append(f"verb_left|{nouns}|{kind}|{'far' if verb else 'first'}")
    out += [f"bw={x}|{side}|{t}" for x in sorted(set(between) & BETWEEN)]
    if side == "R" and nouns == 0 and t in NOUNISH:
        out.append("first_noun_right" + ("_verb" if verb else ""))
    if side == "L" and nouns == 0 and t in NOUNISH:
        out.append("first_noun_left" + ("_verb" if verb else ""))
    if side == "R" and between[:1] == ["of"]:
        out.append(f"of_after_num|{t}|{nouns}")
    return out


Instance = tuple[list[int], list[list[str]]]


def instance(r: dict[str, Any]) -> Instance:
    cands = [j for j, w in enumerate(r["words"]) if j not in r["num"] and w[:1].isalpha()]
    return cands, [features(r["words"], r["tags"], r["num"], j) for j in cands]


def train(data: list[tuple[Instance, set[int]]], seed: int, epochs: int = 6) -> dict[str, float]:
    """An averaged perceptron over the candidates of each instance (the best-scoring label against the guess)."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    step = 0
    order = list(data)
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for (cands, feats), labels in order:
            scores = [sum(w.get(x, 0.0) for x in f) for f in feats]
            guess = max(range(len(cands)), key=scores.__getitem__)
            if cands[guess] in labels:
                continue
            good = max((k for k in range(len(cands)) if cands[k] in labels), key=scores.__getitem__)
            step += 1
            for f, sign in ((feats[good], 1.0), (feats[guess], -1.0)):
                for x in f:
                    total[x] += (step - stamp[x]) * w[x]
                    stamp[x] = step
                    w[x] += sign
    for x in list(w):
        total[x] += (step - stamp[x]) * w[x]
    return {x: v / max(step, 1) for x, v in total.items()}


def ensemble(data: list[tuple[Instance, set[int]]], seeds: int) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for seed in range(1, seeds + 1):
        for x, v in train(data, seed).items():
            out[x] += v / seeds
    return out


def answer(weights: dict[str, float], r: dict[str, Any], inst: Instance) -> str | None:
    """The chosen word with the nouns and adjectives right before it."""
    cands, feats = inst
    if not cands:
        return None
    j = cands[max(range(len(cands)), key=lambda k: sum(weights.get(x, 0.0) for x in feats[k]))]
    k = j
    words, tags = r["words"], r["tags"]
    while k > 0 and k - 1 not in r["num"] and tags[k - 1] in ("NOUN", "PROPN", "ADJ") and words[k - 1][:1].isalpha():
        k -= 1
    return " ".join(words[k : j + 1])


def has_noun(r: dict[str, Any], counts: str) -> bool:
    """Whether the counts' main part (before any parenthesis) holds a word the sentence tags as a noun."""
    wanted = {lemma(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"\(.*", "", counts))}
    seen = [t for w, t in zip(r["words"], r["tags"], strict=True) if lemma(w) in wanted]
    return not seen or any(t in NOUNISH for t in seen)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", default="18-26")
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--work", type=Path, default=Path("/tmp/rank_counts"))
    a = p.parse_args()
    lo, hi = (int(x) for x in a.rounds.split("-"))
    rounds = range(lo, hi + 1)
    recs = records()
    old_figures(rounds, a.work, recs)
    insts = {id(r): instance(r) for r in recs if r["num"]}
    cols = ("rules", "ranker", "fallback", "added", "either")
    print(f"{'batch':>6} {'figures':>8} " + " ".join(f"{c:>9}" for c in cols))
    total: dict[str, int] = defaultdict(int)
    for n in rounds:
        held = f"round {n}"
        data = [(insts[id(r)], set(r["labels"])) for r in recs
                if r["batch"] != held and r["labels"] and id(r) in insts and insts[id(r)][0]]  # fmt: skip
        weights = ensemble(data, a.seeds)
        row: dict[str, int] = defaultdict(int)
        for r in recs:
            if r["batch"] != held or not r.get("old"):
                continue
            said = answer(weights, r, insts[id(r)]) if id(r) in insts else None
            ok = said is not None and norm(r["key"]) in norm(said)
            rules_noun = bool(r["old_counts"]) and has_noun(r, r["old_counts"])
            row["figures"] += 1
            row["rules"] += r["old_right"]
            row["ranker"] += ok
            row["fallback"] += r["old_right"] if rules_noun else ok
            row["added"] += r["old_right"] if rules_noun else (ok or r["old_right"])
            row["either"] += ok or r["old_right"]
        for c, v in row.items():
            total[c] += v
        print(f"{n:>6} {row['figures']:>8} " + " ".join(f"{row[c] / row['figures']:>9.3f}" for c in cols))
    print(f"{'all':>6} {total['figures']:>8} " + " ".join(f"{total[c] / total['figures']:>9.3f}" for c in cols))
    print(" " * 16 + " ".join(f"{total[c]:>9d}" for c in cols))


if __name__ == "__main__":
    main()
