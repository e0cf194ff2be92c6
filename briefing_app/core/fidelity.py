"""Fidelity checks: does each translated sentence still say what the source sentence says?

Checked per sentence pair and target, all offline and model-free:

* numbers: every number written in digits in the source (any script) is in the translation, compared
  by value (1,300 = 1.300 in Danish = ١٬٣٠٠ = "1300"); a missing or changed number is flagged with both
  values; a number the source does not have is flagged too;
* glossary: every protected term has its required rendering;
* untranslated: the translation is not the source again;
* script: the translation is written in the target's script (an Arabic target that came back in
  Latin letters is flagged);
* confidence: sentences the model itself scored very low.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from briefing_app.core.briefing import TargetTranslation, TranslatedSentence
from briefing_app.core.glossary import Glossary
from briefing_app.core.languages import language_name
from briefing_app.core.model import Document
from briefing_app.core.numbers import NumberMatch, find_numbers, readings, same_value

Severity = Literal["error", "warning", "info"]
CheckKind = Literal[
    "number_missing", "number_changed", "number_added", "number_format", "glossary", "untranslated",
    "wrong_script", "empty", "low_confidence",
    "ocr_uncertain",  # a number in a word OCR read with low confidence (core/ocr_checks.py)
]  # fmt: skip
SEVERITY_ORDER: tuple[Severity, ...] = ("error", "warning", "info")

# CTranslate2's score is a length-normalised log-probability (length_penalty 0.2); turned back into an
# average per output token, below this the model was guessing (average token probability under ~0.3).
LOW_CONFIDENCE_PER_TOKEN = -1.2
_SCRIPTS = {"ar": "ARABIC", "fa": "ARABIC", "ur": "ARABIC", "he": "HEBREW", "yi": "HEBREW", "ru": "CYRILLIC",
            "uk": "CYRILLIC", "bg": "CYRILLIC", "el": "GREEK"}  # fmt: skip
_NO_SCRIPT_CHECK = {"zh", "ja", "ko", "th", "hi"}


@dataclass(frozen=True)
class Check:
    """One fidelity finding for one sentence in one target language."""

    kind: CheckKind
    severity: Severity
    sentence: int
    target: str
    expected: str
    found: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "sentence": self.sentence,
            "target": self.target,
            "expected": self.expected,
            "found": self.found,
            "message": self.message,
        }


def has_errors(checks: list[Check]) -> bool:
    """True when any check is an error (what a --strict run fails on)."""
    return any(c.severity == "error" for c in checks)


def _atoms(n: NumberMatch) -> list[tuple[float, float]]:
    """(value, raw) of each end of a number: a range is two numbers to find."""
    out = [(n.value, n.raw)]
    if n.value_max is not None:
        out.append((n.value_max, n.value_max / n.scale if n.scale else n.value_max))
    return out


def _target_values(n: NumberMatch, language: str) -> tuple[list[float], list[float]]:
    """The values a translated number may stand for: its own reading, then the other convention's."""
    if n.spelled or n.kind == "time":
        return [n.value, n.raw], []
    m = re.match(r"[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c\u00a0\u202f ]*", n.text)
    token = m.group(0).rstrip(" ") if m else n.text
    values = readings(token, language)
    own = values[:1]
    other = values[1:]
    return [n.value, n.raw, *own, *(v * n.scale for v in own)], [*other, *(v * n.scale for v in other)]


def _number_checks(source: str, src_lang: str, s: TranslatedSentence, target: str) -> list[Check]:
    wanted = [(n, atom) for n in find_numbers(source, src_lang, spelled=False) for atom in _atoms(n)]
    found = [n for n in find_numbers(s.translation, target) if n.kind != "time" or ":" in n.text]
    found_atoms = [(n, v) for n in found for v in ([n.value] if n.value_max is None else [n.value, n.value_max])]
    used = [False] * len(found_atoms)
    missing: list[tuple[NumberMatch, tuple[float, float]]] = []
    checks: list[Check] = []
    for n, (value, raw) in wanted:
        hit = None
        for pass_ in (0, 1):
            for i, (t, _v) in enumerate(found_atoms):
                if used[i]:
                    continue
                own, other = _target_values(t, target)
                if t.value_max is not None:
                    own = own + [t.value_max]
                pool = own if pass_ == 0 else other
                if any(same_value(x, value) or same_value(x, raw) for x in pool):
                    hit = i
                    break
            if hit is not None:
                if pass_ == 1:
                    checks.append(
                        # A warning, not a note: "1.300" left as is reads as 1.3 to an English reader.
                        Check("number_format", "warning", s.index, target, n.text, found_atoms[hit][0].text,
                              f"{found_atoms[hit][0].text!r} is written the way another language writes numbers; "
                              f"a reader of {language_name(target)} may misread it")
                    )  # fmt: skip
                break
        if hit is None:
            missing.append((n, (value, raw)))
        else:
            used[hit] = True
    extra = [found_atoms[i][0] for i in range(len(found_atoms)) if not used[i] and not found_atoms[i][0].spelled]
    extra = list(dict.fromkeys(extra))
    for (n, _atom), t in zip(missing, extra, strict=False):
        checks.append(
            Check("number_changed", "error", s.index, target, n.text, t.text,
                  f"the source says {n.text}, the translation {t.text}")
        )  # fmt: skip
    for n, _atom in missing[len(extra) :]:
        checks.append(
            Check("number_missing", "error", s.index, target, n.text, "",
                  f"{n.text} is missing from the translation")
        )  # fmt: skip
    for t in extra[len(missing) :]:
        checks.append(
            Check("number_added", "warning", s.index, target, "", t.text,
                  f"the translation has {t.text}, which the source does not")
        )  # fmt: skip
    return checks


def _glossary_checks(source: str, s: TranslatedSentence, target: str, glossary: Glossary | None) -> list[Check]:
    if glossary is None:
        return []
    checks = []
    counted: dict[str, int] = {}
    for _start, _end, entry in glossary.occurrences(source):
        rendering = entry.rendering(target)
        if rendering is None:
            continue
        counted[rendering] = counted.get(rendering, 0) + 1
        if s.translation.count(rendering) >= counted[rendering]:
            continue
        found = entry.term if entry.term in s.translation and entry.term != rendering else ""
        checks.append(
            Check("glossary", "error", s.index, target, rendering, found,
                  f"{entry.term!r} must read {rendering!r} in {language_name(target)}"
                  + (f"; the translation has {found!r}" if found else "; it is not in the translation"))
        )  # fmt: skip
    return checks


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _text_checks(
    source: str, src_lang: str, s: TranslatedSentence, target: str, glossary: Glossary | None
) -> list[Check]:
    checks: list[Check] = []
    if not _letters(source) or src_lang == target:
        return checks
    if not s.translation.strip():
        return [Check("empty", "error", s.index, target, "a translation", "", "the translation is empty")]
    src_words, tgt_words = _words(source), _words(s.translation)
    same = " ".join(src_words) == " ".join(tgt_words)
    if not same and len(src_words) >= 4:
        common = sum(1 for a, b in zip(src_words, tgt_words, strict=False) if a == b)
        same = common / max(len(src_words), len(tgt_words)) >= 0.8
    if same:
        checks.append(
            Check("untranslated", "error", s.index, target, f"a {language_name(target)} translation",
                  s.translation[:80], "the translation is the source text again")
        )  # fmt: skip
    base = target.split("-")[0].lower()
    if base in _NO_SCRIPT_CHECK:
        return checks
    expected = _SCRIPTS.get(base, "LATIN")
    text = s.translation
    if glossary is not None:
        for _a, _b, entry in glossary.occurrences(source):
            text = text.replace(entry.rendering(target) or entry.term, " ")
    letters = _letters(text)
    if len(letters) >= 3:
        scripts = [_script_of(c) for c in letters]
        share = scripts.count(expected) / len(scripts)
        if share < 0.5:
            dominant = max(set(scripts), key=scripts.count).title()
            checks.append(
                Check("wrong_script", "error", s.index, target, f"{expected.title()} script", f"{dominant} script",
                      f"a {language_name(target)} translation should be in {expected.title()} script; "
                      f"{share:.0%} of its letters are")
            )  # fmt: skip
    return checks


def _confidence_checks(s: TranslatedSentence, target: str, threshold: float) -> list[Check]:
    if s.score is None or not s.translation.strip():
        return []
    tokens = max(1.0, len(s.translation.split()) * 1.3)
    per_token = s.score * tokens**0.2 / tokens
    if per_token >= threshold:
        return []
    return [
        Check("low_confidence", "warning", s.index, target, f">= {threshold:.2f} per token", f"{per_token:.2f}",
              f"the model was unsure of this sentence (score {s.score:.2f})")
    ]  # fmt: skip


def check_target(
    document: Document,
    target: TargetTranslation,
    glossary: Glossary | None = None,
    *,
    low_confidence: float = LOW_CONFIDENCE_PER_TOKEN,
) -> list[Check]:
    """Every fidelity finding for one target language, in sentence order."""
    languages = {p.index: (p.language.code if p.language and p.language.confidence >= 0.9 else None)
                 for p in document.paragraphs}  # fmt: skip
    checks: list[Check] = []
    for s in target.sentences:
        src_lang = languages.get(s.paragraph) or document.language.code
        if document.language.overridden:
            src_lang = document.language.code
        checks += _number_checks(s.source, src_lang, s, target.language)
        checks += _glossary_checks(s.source, s, target.language, glossary)
        checks += _text_checks(s.source, src_lang, s, target.language, glossary)
        checks += _confidence_checks(s, target.language, low_confidence)
    return checks
