"""Fidelity checks: does each translated sentence still say what the source sentence says?

Checked per sentence pair and target, all offline and model-free:

* numbers (`fidelity_numbers`): the two sentences' numbers compared as multisets of quantities, by
  value with scale, in any script and either convention (1,300 = 1.300 in Danish = ١٬٣٠٠; "$10bn" =
  "10 مليارات"), clock times, decades, centuries and spelled-out numbers included; a missing or changed
  number is an error naming both, an added one a warning, one in the other language's style a warning,
  a converted unit a note;
* glossary: every protected term has its required rendering;
* untranslated: the translation is not the source again;
* script: the translation is written in the target's script, known from CLDR for every language (an
  Arabic target that came back in Latin letters is flagged; Chinese, Bengali or Kyrgyz are not);
* truncation: the model stopped at its output length limit (the end may be missing);
* confidence: sentences the model itself scored very low.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

from briefing_app.core.briefing import TargetTranslation, TranslatedSentence

# The finding type lives one level down (briefing, exports and the window import it); re-exported here.
from briefing_app.core.checks import SEVERITY_ORDER as SEVERITY_ORDER
from briefing_app.core.checks import Check as Check
from briefing_app.core.checks import CheckKind as CheckKind
from briefing_app.core.checks import Severity as Severity
from briefing_app.core.checks import flagged as flagged
from briefing_app.core.checks import has_errors as has_errors
from briefing_app.core.fidelity_numbers import number_checks
from briefing_app.core.glossary import Glossary
from briefing_app.core.languages import language_name, primary_subtag, script_name, writing_script
from briefing_app.core.model import Document

# CTranslate2's score is a length-normalised log-probability (length_penalty 0.2); turned back into an
# average per output token, below this the model was guessing (average token probability under ~0.3).
LOW_CONFIDENCE_PER_TOKEN = -1.2
_LETTER = regex.compile(r"\p{L}")


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


def _script_of(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else ""


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _text_checks(
    source: str, src_lang: str, s: TranslatedSentence, target: str, glossary: Glossary | None
) -> list[Check]:
    checks: list[Check] = []
    if not _LETTER.search(source) or src_lang == target:
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
    text = s.translation
    if glossary is not None:
        for _a, _b, entry in glossary.occurrences(source):
            text = text.replace(entry.rendering(target) or entry.term, " ")
    wrong = _script_check(text, target, s.index)
    return checks + ([wrong] if wrong else [])


# ISO 15924 codes CLDR gives for a language, as the Unicode scripts its letters belong to.
_SCRIPT_UNION = {"Hans": ("Hani",), "Hant": ("Hani",), "Jpan": ("Hani", "Hira", "Kana"), "Kore": ("Hang", "Hani")}
# Languages written in two scripts every day: either is right.
_ALSO_WRITTEN_IN = {"sr": ("Latn",), "bs": ("Cyrl",)}


@functools.lru_cache(maxsize=128)
def _script_letters(target: str) -> tuple[str, regex.Pattern[str]] | None:
    """The script a target must be written in, and a pattern matching its letters; None if unknown."""
    script = writing_script(target)
    if script is None:
        return None
    codes = (*_SCRIPT_UNION.get(script, (script,)), *_ALSO_WRITTEN_IN.get(primary_subtag(target), ()))
    return script, regex.compile(r"(?=\p{L})[" + "".join(rf"\p{{scx={c}}}" for c in codes) + "]")


def _script_check(text: str, target: str, sentence: int) -> Check | None:
    expected = _script_letters(target)
    letters = _LETTER.findall(text)
    if expected is None or len(letters) < 3:
        return None
    script, pattern = expected
    share = len(pattern.findall(text)) / len(letters)
    if share >= 0.5:
        return None
    names = [_script_of(c) for c in letters]
    dominant = max(set(names), key=names.count).title()
    name = script_name(script)
    message = f"a {language_name(target)} translation should be in {name} script; {share:.0%} of its letters are"
    return Check("wrong_script", "error", sentence, target, f"{name} script", f"{dominant} script", message)


def _truncation_checks(s: TranslatedSentence, target: str) -> list[Check]:
    if not s.truncated:
        return []
    return [
        Check("truncated", "warning", s.index, target, "the whole sentence", s.translation[-40:],
              "the model stopped at its output length limit: the end of this sentence may be missing")
    ]  # fmt: skip


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
        checks += number_checks(s.source, src_lang, s.translation, target.language, s.index, words=not target.demo)
        checks += _glossary_checks(s.source, s, target.language, glossary)
        checks += _text_checks(s.source, src_lang, s, target.language, glossary)
        checks += _truncation_checks(s, target.language)
        checks += _confidence_checks(s, target.language, low_confidence)
    return checks
