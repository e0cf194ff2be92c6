"""Hebrew companies that business copy names without their kind: the company whose shares moved ("מניית X
זינקה ב-8%", "מניות X ירדו"), whose officer is named ('סמנכ"ל הכספים של X,'), and a company introduced with
its kind ("חברת X") that the article then writes alone ("X תשלם"). The name is one or two words that are no
common word the article writes with the article, no place, no person's given name and no function word."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.hebrew_clitics import hebrew_prefix_ok
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.named import Named, overlaps
from briefing_app.core.facts.orgs_he_alone import add_companies_named_alone
from briefing_app.core.facts.people_he_base import he_given

_NAME_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3\"\u05f4-]*[\u05d0-\u05ea'\u05f3]"
# Verbs of a share's price, in both genders and numbers, past and present ("זינקה", "ירדו", "נסחרת").
_PRICE_VERBS = (
    r"(?:זינק|על|יר|צנח|קפצ|טיפס|נסחר|איבד|הוסיפ|התרסק|נפל|קרס|התחזק|נחלש|זינקה|עלתה|ירדה|צנחה|קפצה|טיפסה|"
    r"נסחרה|איבדה|הוסיפה|התרסקה|נפלה|קרסה|התחזקה|נחלשה|זינקו|עלו|ירדו|צנחו|קפצו|טיפסו|נסחרו|איבדו|הוסיפו|"
    r"התרסקו|נפלו|קרסו|התחזקו|נחלשו|עולה|יורדת|נסחרת|עולות|יורדות|נסחרות|מזנקת|מזנקות|צונחת|צונחות)"
)
_SHARES_OF = re.compile(
    rf"(?<![\u05d0-\u05ea])[ו]?(?:מניית|מניות)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+(?:היום\s+|אתמול\s+|הבוקר\s+)?"
    rf"{_PRICE_VERBS}(?![\u05d0-\u05ea])"
)
# A company's officers and owners, in the construct state or before "של" ("סמנכ"ל הכספים של X").
_OFFICERS = (
    r"(?:מנכ[\"\u05f4]ל(?:ית)?|סמנכ[\"\u05f4]ל(?:ית)?|יו[\"\u05f4]ר|נשיא|נשיאת|מייסד|מייסדת|בעלי\s+השליטה|בעל\s+השליטה|"
    r"דירקטור|דירקטורית|דובר|דוברת|מנהל|מנהלת|סגן\s+נשיא|סגנית\s+נשיא)"
)
_OFFICER_OF = re.compile(
    rf"(?<![\u05d0-\u05ea])[ו]?ה?{_OFFICERS}(?:\s+ה[\u05d0-\u05ea]+){{0,2}}\s+של\s+({_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    r"(?=\s*[,.])"
)
# An investment house or bank, as market copy names a broker before its analysts' view ("בית ההשקעות X המליץ",
# "לדברי בנק ההשקעות X,"): its own name, one word (hyphenated at most), follows the kind and its field.
_HOUSE_OF = re.compile(rf"(?<![\u05d0-\u05ea])[ובלמש]{{0,2}}(?:בית|בנק)\s+ההשקעות\s+({_NAME_WORD})(?![\u05d0-\u05ea])")
# A company's head officer in the construct state before its name and a comma ('מנכ"ל X, Y Z,').
_HEAD_OF = re.compile(
    r"(?<![\u05d0-\u05ea])[ו]?(?:מנכ[\"\u05f4]ל(?:ית)?|סמנכ[\"\u05f4]ל(?:ית)?|יו[\"\u05f4]ר|מייסד|מייסדת)\s+"
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD})?)(?=\s*,)"
)
# Function words and common nouns a company's place in these shapes may hold instead of a name.
_NOT_NAMES = {"על", "של", "את", "כי", "גם", "לא", "כל", "שלה", "שלו", "שלהם", "זו", "זה", "אלה", "רבות", "רבים",
              "בנקים", "הבנקים", "חברות", "החברות", "ערך", "טכנולוגיה", "נדל\"ן", "נדל״ן", "ביטוח", "אנרגיה",
              "תעשייה", "תרופות", "בורסה", "חברה", "החברה", "קבוצה", "הקבוצה", "המדינה", "הממשלה", "ישראל",
              "לשעבר", "בפועל", "כיום", "החדש", "הנכנס", "היוצא", "משותף", "משותפת", "המשותף",
              # kinds of shares ("מניות בכורה", "מניות זרות עלו")
              "בכורה", "רגילות", "ישראליות", "אמריקאיות", "זרות", "דואליות", "מובילות", "גדולות", "קטנות",
              "צמיחה", "דיבידנד", "אחרות", "נוספות"}  # fmt: skip


# Trades that close a company's two-word name ("כלל ביטוח", "אי.די.בי אחזקות"); alone they are kinds of shares.
_TRADES = {"ביטוח", "תעשיות", "החזקות", "אחזקות", "השקעות", "תקשורת", "אנרגיה", "תרופות", "פיננסים", "מערכות"}


def _company_name(name: str, common: set[str]) -> bool:
    """Whether the words can be a company's name: no function word, no word written with the article (no
    word the article also writes as "ה" + it), no place, no person's given or family name first."""
    words = name.split()
    if len(words) == 2 and words[1] in _TRADES:
        words = words[:1]  # "כלל ביטוח", "דלק השקעות": a name, then the trade that closes it
    if any(w in _NOT_NAMES or w.startswith("ה") or w in common for w in words):
        return False
    if lookup(name) is not None and lookup(name).kind == "place":  # type: ignore[union-attr]
        return False
    return not (he_given(words[0]) or words[0] in hebrew_family_names() and len(name.split()) == 1)


# A company's kind, with its field after the article ("חברת ההייטק", "אפליקציית הניווט"), then its name in Latin
# letters ("חברת הדיגיטל X-Y"), or in Hebrew letters with the Latin spelling in brackets ("אפליקציית הניווט X (X)").
_KIND_THEN_LATIN = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:חברת|אפליקציית|פלטפורמת|רשת|קבוצת|מותג|אתר|סטארט-אפ|הסטארט-אפ|קרן)"
    r"(?:\s+ה[\u05d0-\u05ea\"\u05f4-]+){0,2}\s+"
    # (a brand may be written in lower case: 'חברת yes')
    r"(?:([A-Za-z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})"
    r"|([\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+)\s+\(([A-Z][\w.&' -]*)\))"
)


_LATIN_NAMED_COMPANIES_RE1 = re.compile(r"[A-Za-z]")


def latin_named_companies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of companies whose kind Hebrew copy writes before a name in Latin letters."""
    if not _LATIN_NAMED_COMPANIES_RE1.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _KIND_THEN_LATIN.finditer(text):
        if m.group(1):
            name = m.group(1).rstrip(".")  # (the sentence's full stop)
            out.append((m.start(1), m.start(1) + len(name), name))
        elif lookup(m.group(2)) is None and not he_given(m.group(2)):
            out.append((m.start(2), m.end(2), m.group(2)))  # "ווייז (Waze)": the Hebrew spelling of the name
    return out


def business_names(text: str, common: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of companies one sentence names by their shares or their officers."""
    if not any(cue in text for cue in ("מני", " של ", "כ\"ל", "כ\u05f4ל", "יו\"ר", "יו\u05f4ר", "מייסד", "השקעות")):
        return []  # (a cheap first test: no shares, no officer)
    out: list[tuple[int, int, str]] = []
    found = [*_SHARES_OF.finditer(text), *_OFFICER_OF.finditer(text), *_HEAD_OF.finditer(text)]
    for m in [*found, *_HOUSE_OF.finditer(text)]:
        name = m.group(1)
        if _company_name(name, common):
            out.append((m.start(1), m.end(1), name))
    return out


_DEFINITE_WORDS_RE1 = re.compile(r"(?<![\u05d0-\u05ea])ה[\u05d0-\u05ea]{3,}")


def definite_words(sentences: list[SourceSentence]) -> set[str]:
    """Words the article writes with the article somewhere ("הבנקים" gives "בנקים"): common nouns, no names."""
    return {w[1:] for s in sentences for w in _DEFINITE_WORDS_RE1.findall(s.text)}


_WORD_START = r"(?<![\u05d0-\u05ea'\"\u05f3\u05f4-])"
_KIND_THEN_NAME = re.compile(r"^(?:חברת|רשת|קבוצת)\s+([^\sה][^\s]*(?:\s+[^\s]+)?)$")


def bare_company_names(sentences: list[SourceSentence], facts: list[Fact]) -> list[Fact]:
    """A company named with its kind ("חברת X") and written alone in another sentence ("X תשלם", "ל-X"): the
    name alone, which is what the company goes by, as one more organisation fact."""
    known = {f.text for f in facts}
    out: list[Fact] = []
    for f in [f for f in facts if f.kind == "organisation"]:
        m = _KIND_THEN_NAME.match(f.text)
        if m is None or m.group(1) in known or lookup(m.group(1)) is not None:
            continue
        name = m.group(1)
        written = re.compile(rf"{_WORD_START}([ובלמשכ]{{0,2}}-?){re.escape(name)}(?![\u05d0-\u05ea'-])")
        alone = [
            s.index
            for s in sentences
            for w in written.finditer(s.text)
            if (not w.group(1) or hebrew_prefix_ok(w.group(1).rstrip("-")))
            and not re.search(r"(?:חברת|רשת|קבוצת)\s+$", s.text[: w.start()])
        ]
        if alone:
            out.append(Fact("organisation", name, alone[0], sentences=sorted(set(alone))))
            known.add(name)
    return out


def add_business_names(sentences: list[SourceSentence], named: Named, not_orgs: set[str]) -> None:
    """The companies above, into `named`, where no other name took their words and no person is named so."""
    common = definite_words(sentences)
    for s in sentences:
        for start, end, name in [*business_names(s.text, common), *latin_named_companies(s.text)]:
            if overlaps(named.spans.get(s.index, []), start, end) or any(w in not_orgs for w in name.split()):
                continue
            same = next((f for f in named.facts if f.kind == "organisation" and f.text == name), None)
            if same is None:
                named.facts.append(Fact("organisation", name, s.index))
            elif s.index not in same.sentences:
                same.sentences.append(s.index)
    named.facts += bare_company_names(sentences, named.facts)
    add_companies_named_alone(sentences, named, common, not_orgs)  # orgs_he_alone: 'מנכ"ל X' ... "X" alone
