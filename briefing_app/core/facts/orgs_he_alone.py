"""Hebrew companies that business copy names alone, by a one-word brand and no "חברת" before it, gathered over
the whole article: one sentence shows the word is a company, and the article writes it alone again.

What shows it (each a corporate construction, not a word list of companies):
* a company officer in the construct state before it, without the article ('מנכ"ל X', 'נשיא ומנכ"ל X', 'יו"ר X',
  "מייסד X", "בעלי השליטה ב-X");
* its shares ("ממניות X", "מניית X", "הנפקת X");
* an apposition naming it after its kind ("רשת הקמעונאות הגדולה בישראל, X,", "יצרנית הרכב, X,").

The word must be no common word the article writes with the article, no function word, place, word of a
person's name the article gives, title or the head of a body's name ("משרד", "ועדת"), and be written alone
(a prefix letter allowed) in at least two sentences. Every sentence that writes it alone, outside a longer
name, is its mention.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.hebrew_clitics import hebrew_prefix_ok
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named, overlaps
from briefing_app.core.facts.people_he_base import _he_head_at

_WORD = r"([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3]*[\u05d0-\u05ea'\u05f3])"
_NOT_AFTER = r"(?![\u05d0-\u05ea\"\u05f4'\u05f3-])"
_OFFICER = re.compile(
    r"(?<![\u05d0-\u05ea\"\u05f4])[ו]?(?:מנכ[\"\u05f4]ל(?:ית)?|סמנכ[\"\u05f4]ל(?:ית)?|יו[\"\u05f4]ר|מייסד|מייסדת|מייסדי|"
    r"בעלי\s+השליטה\s+ב-?|בעל\s+השליטה\s+ב-?|בעלת\s+השליטה\s+ב-?)\s*" + _WORD + _NOT_AFTER
)
_SHARES = re.compile(r"(?<![\u05d0-\u05ea])[ובלמ]{0,2}(?:מניית|מניות|הנפקת|אג[\"\u05f4]ח)\s+" + _WORD + _NOT_AFTER)
_KIND_APPOSED = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:רשת|יצרנית|יבואנית|ענקית|קבוצת|חברת|יצרן|יבואן)\s+ה[^\s,]+(?:\s+[^\s,]+){0,4}"
    r"\s*,\s*" + _WORD + r"\s*,"
)
# Heads of a body's name and words of a company's kind: the construct goes on to the name, no brand themselves.
_HEADS = {"משרד", "רשות", "ועדת", "מועצת", "ארגון", "חברת", "חברה", "לשכת", "מפלגת", "שירות", "בנק", "קבוצת", "רשת",
          "קרן", "עיריית", "מועצה", "אגף", "מחלקת", "בית", "ועד", "איגוד", "התאחדות", "הסתדרות", "מכון", "מרכז",
          "אוניברסיטת", "מכללת", "תאגיד", "תאגידי", "סיעת", "מטה", "צוות", "פורום", "עמותת", "מערכת", "דירקטוריון",
          "מועצות", "החברה", "המשרד", "חברות", "בנקים", "משותף", "משותפת", "לשעבר", "בפועל", "כיום",
          "החדש"}  # fmt: skip
_FUNCTION = {"של", "את", "על", "עם", "כי", "גם", "לא", "כל", "זו", "זה", "אלה", "הוא", "היא", "שלה", "שלו", "אשר",
             "או", "אך", "אבל", "כמו", "בין", "אחר", "אחרת", "נוסף", "נוספת", "רבות", "רבים", "ישראל"}  # fmt: skip


def _brand(word: str, common: set[str]) -> bool:
    """Whether one word can be a company's name written alone."""
    if len(word) < 3 or word in _HEADS or word in _FUNCTION or word.startswith("ה") or word in common:
        return False
    if lookup(word) is not None or _he_head_at([word], 0):
        return False  # (a given or family name may be a brand too, "טבע"-like: the people's words are left out)
    return not any(ch.isdigit() for ch in word)


def _cued(text: str, common: set[str]) -> set[str]:
    return {
        m.group(1)
        for pattern in (_OFFICER, _SHARES, _KIND_APPOSED)
        for m in pattern.finditer(text)
        if _brand(m.group(1), common)
    }


def add_companies_named_alone(
    sentences: list[SourceSentence], named: Named, common: set[str], not_orgs: set[str]
) -> None:
    """The companies above, into `named`: one fact per company with every sentence that writes it alone."""
    cued = {w for s in sentences for w in _cued(s.text, common)} - not_orgs
    known = {f.text for f in named.facts if f.kind == "organisation"}
    for word in sorted(cued - known):
        longer = [k for k in known if k.startswith(word + " ")]  # ("X Y" a name already: X is no brand alone)
        written = re.compile(rf"(?<![\u05d0-\u05ea'\"\u05f3\u05f4-])([ובלמשכ]{{0,2}}-?){re.escape(word)}{_NOT_AFTER}")
        alone = [
            s.index
            for s in sentences
            for m in written.finditer(s.text)
            if (not m.group(1) or hebrew_prefix_ok(m.group(1).rstrip("-")))
            and not overlaps(named.spans.get(s.index, []), m.start(), m.end())
            and not any(s.text.startswith(k, m.end(1)) for k in longer)
        ]
        if len(set(alone)) >= 2:
            named.facts.append(Fact("organisation", word, alone[0], sentences=sorted(set(alone))))
