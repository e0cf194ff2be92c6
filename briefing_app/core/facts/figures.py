"""Figures: every quantity the article reports, with its unit and what it counts.

Always read from the source text itself, whatever its language (a translation may have changed the
number; that is for the fidelity check to catch). Years, clock times and dates are left to the
dates extractor; ordinals and "the two said" are not figures.

What a figure counts comes from its own sentence: the words after it ("3,500 retail stores", "$10bn
in insurance claims", "42% of all spam"); when nothing follows, the subject before it ("Kmart gained
15 percent", "the deal is to cost $11.5bn"); and a measure named before it joins what follows ("the
death toll passed 80,000 people": "people (death toll)"). Money keeps its currency as the unit (ISO
4217, from `numbers`).
"""

from __future__ import annotations

import dataclasses
import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.numbers import (
    NumberMatch,
    as_quantity,
    ascii_digits,
    dual_unit,
    find_numbers,
    strip_arabic_marks,
)

# Unit stems per language (a word starting with the stem is that unit); value = the unit's name.
UNITS: dict[str, dict[str, str]] = {
    "en": {"kilomet": "kilometers", "km": "kilometers", "mile": "miles", "met": "meters", "percent": "percent",
           "per cent": "percent", "day": "days", "hour": "hours", "week": "weeks", "month": "months",
           "year": "years", "ton": "tons", "megawatt": "megawatts", "mw": "megawatts", "hectare": "hectares",
           "degree": "degrees", "square kilomet": "square kilometers", "acre": "acres", "minute": "minutes",
           "litre": "litres", "liter": "litres", "millimet": "millimetres", "mm": "millimetres",
           "centimet": "centimetres", "cm": "centimetres", "kg": "kilograms", "kilogram": "kilograms",
           "gigawatt": "gigawatts", "barrel": "barrels", "second": "seconds", "decade": "decades",
           "foot": "feet", "feet": "feet", "inch": "inches", "mph": "mph", "knot": "knots", "lb": "pounds",
           "lbs": "pounds", "kph": "km/h", "km/h": "km/h", "gallon": "gallons", "tonne": "tonnes", "n": "newtons",
           "kn": "kilonewtons", "kw": "kilowatts", "gw": "gigawatts", "kwh": "kilowatt-hours", "twh": "terawatt-hours",
           "hz": "hertz", "mhz": "megahertz", "ghz": "gigahertz", "kv": "kilovolts", "psi": "psi", "db": "decibels",
           "ml": "millilitres", "mg": "milligrams", "cent": "cents", "pence": "pence", "sq km": "square kilometers",
           "sq mi": "square miles", "times": "times"},
    # Danish units by their English names, as Arabic and Hebrew ones (the unit is data, not prose).
    "da": {"kvadratkilomet": "square kilometers", "kilomet": "kilometers", "km": "kilometers", "met": "meters",
           "megawatt": "megawatts", "terawatttim": "terawatt-hours", "ton": "tons", "procent": "percent",
           "dag": "days", "time": "hours", "år": "years", "års": "years", "uge": "weeks", "måned": "months",
           "grad": "degrees", "hektar": "hectares", "øre": "øre", "minut": "minutes", "kilo": "kilograms",
           "liter": "litres", "årti": "decades"},
    "ar": {"مليمتر": "millimetres", "ملليمتر": "millimetres", "ساع": "hours", "كيلومتر": "kilometres",
           "كلم": "kilometres", "هكتار": "hectares", "ريال": "rials", "دينار": "dinars", "درهم": "dirhams",
           "جنيه": "pounds", "درج": "degrees", "يوم": "days", "أيام": "days", "متر": "metres",
           "ميغاواط": "megawatts", "سنة": "years", "سنوات": "years", "عام": "years", "أعوام": "years",
           "شهر": "months", "أشهر": "months", "أسبوع": "weeks", "طن": "tons", "بالمئة": "percent",
           "بالمائة": "percent", "في المئة": "percent", "في المائة": "percent", "%": "percent", "أضعاف": "times",
           "مرات": "times"},
    "he": {"מגה-ואט": "megawatts", "מגוואט": "megawatts", "מעלות": "degrees", "דונם": "dunams", "ימים": "days",
           "שנים": "years", "שנה": "years", "עשורים": "decades", "שעות": "hours", 'ק"מ': "kilometres",
           "קילומטר": "kilometres", "אחוז": "percent", "מטר": "metres", "טון": "tons", "חודשים": "months",
           "שבועות": "weeks", "דקות": "minutes", "שנות": "years", "חודשי": "months", "ימי": "days"},
}  # fmt: skip
_EN_STOP = {
    "and", "or", "at", "in", "on", "of", "with", "from", "to", "that", "who", "which", "including", "according",
    "the", "a", "an", "have", "has", "had", "were", "was", "is", "are", "spoke", "said", "been", "for", "as",
    "by", "since", "than", "will", "would", "could", "into", "after", "before", "while", "but", "so", "during",
    "within", "over", "under", "per", "each", "this", "last", "next", "whilst", "when", "if", "be", "may", "might",
    "can", "should", "must", "do", "does", "did", "not", "up", "down", "against", "across", "through",
}  # fmt: skip
_STATUS = {"dead", "killed", "wounded", "injured", "missing", "evacuated", "displaced", "arrested", "hurt"}
_DA_STOP = {"og", "eller", "i", "på", "af", "til", "med", "fra", "for", "som", "der", "har", "er", "blev",
            "om", "ved", "mens", "hvor", "hvis", "at", "den", "det", "de", "var", "bliver", "skal", "vil", "kan",
            "end", "efter", "før", "under", "over", "per", "hver", "ikke", "sig", "sin", "sine", "sit", "en", "et",
            "op", "ned", "sidste", "næste", "denne", "dette"}  # fmt: skip
_AR_STOP = {"في", "على", "من", "إلى", "عن", "مع", "أن", "إن", "و", "أو", "قد", "لا", "ما", "بعد", "قبل", "خلال",
            "منذ", "حتى", "الذي", "التي", "الذين", "كما", "حيث", "عند", "بين", "نحو", "مقابل", "بينهم",
            "بينها", "ب", "ل", "ك", "ف"}  # fmt: skip
_HE_STOP = {"על", "של", "את", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "מ", "ב",
            "ל", "עד", "בין", "אחרי", "לפני", "מאז", "כל", "מול", "לעומת"}  # fmt: skip
_PRONOUNS = {"its", "their", "his", "her", "our", "there",
             "it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "den", "det", "de", "han",
             "hun", "vi", "jeg", "man"}  # fmt: skip
_STOP = {"en": _EN_STOP, "da": _DA_STOP, "ar": _AR_STOP, "he": _HE_STOP}
# Verbs and auxiliaries that end a subject ("the toll | nears 60,000", "Kmart | gained 15 percent").
_EN_VERBS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "might", "may", "can",
    "should", "must", "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "nears", "neared",
    "passes", "passed", "reached", "reaches", "reach", "gained", "gains", "hit", "hits", "topped", "tops", "stood",
    "stands", "increased", "increases", "decreased", "jumped", "jumps", "dropped", "drops", "climbed", "climbs",
    "totalled", "totaled", "totals", "show", "shows", "showed", "say", "says", "said", "estimate",
    "estimates", "estimated", "account", "accounts", "accounted", "equal", "equals", "received", "receive",
    "approach", "approached", "exceeded", "exceeds", "grew", "grows", "lost", "loses", "earned", "earns", "paid",
    "pays", "spent", "spends", "raised", "raises", "killed", "left", "leaves", "saw", "sees", "got", "gets",
    "made", "makes", "won", "wins", "took", "takes", "do", "does", "did", "continues", "continued", "remain",
    "remains", "remained", "represent", "represents", "represented", "owns", "owned", "hold", "holds", "held",
    "take", "make", "get", "give", "gives", "gave", "include", "includes", "comprise", "comprises", "employ",
    "employs", "expect", "expects", "kept", "adds", "shrank", "shrinks", "sank", "sinks", "soars", "surges",
    "plunges", "eases", "declines", "expands", "contracts", "swelled", "swells", "slid", "slides",
    "er", "var", "har", "blev", "bliver", "steg", "stiger", "faldt", "falder", "koster", "kostede", "udgør",
    "udgjorde", "får", "fik", "giver", "gav", "vil", "skal", "kan", "nåede", "når", "lå", "ligger", "endte",
    "ender", "voksede", "vokser", "beløber", "beløb", "lander", "landede",
}  # fmt: skip
# Words that start a clause, per language: Danish "at" ("that") is the English preposition "at"
# ("inflation stood at 3%"), and English "as" is nothing in Danish.
_CLAUSE_WORDS = {
    "en": r"and|but|whilst|while|whereas|that|which|who|when|if|because|as|after|before|said|says|told|added|warned",
    "da": r"og|men|mens|at|som|der|når|hvis|fordi|efter|før|sagde|siger|oplyser|skriver",
}
_CLAUSE_START = {
    lang: re.compile(rf"(?:^|[,;:()\"“”—–]|\b(?:{words})\b)(?![\s\S]*(?:[,;:()\"“”—–]|\b(?:{words})\b))", re.IGNORECASE)
    for lang, words in _CLAUSE_WORDS.items()
}
_MEASURES = {
    "toll", "turnout", "cost", "costs", "price", "prices", "revenue", "revenues", "rate", "share", "shares",
    "budget", "deficit", "profit", "profits", "loss", "losses", "total", "cuts",
    "population", "salary", "wage", "wages", "fine", "bill", "tax", "sales", "output", "growth",
    "inflation", "unemployment", "debt", "value", "worth", "damage", "damages", "claims", "savings", "spending",
    "funding", "investment", "aid", "donations", "pledges", "antallet", "prisen", "omsætningen", "overskuddet",
    "underskuddet", "udgifterne", "indtægterne", "budgettet", "tallet", "andelen", "stigningen", "faldet",
}  # fmt: skip
_DA_MONTHS = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
_EN_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WORD_TOKENS = re.compile(r"[^\s,.;:()\"“”«»،!?]+|[,.;:()\"“”«»،!?]")


_AR_HE_MONTHS = (
    "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    "ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"
)
_EN_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."


_NOT_NAME_BEFORE = {
    "only", "just", "all", "another", "over", "under", "around", "almost", "about", "some", "nearly",
    "approximately", "roughly", "more", "fewer", "less", "exactly", "perhaps", "maybe", "of", "in", "at", "by",
    "on", "for", "with", "from", "to", "since", "after", "before", "the", "a", "an", "and", "but", "or", "als",
    "kun", "blot", "næsten", "omkring", "cirka", "mindst", "højst", "i", "på", "af", "med", "til", "between", "among",
    "mellem", "blandt", "its", "their", "his", "her", "our", "my", "your", "these", "those", "every", "each", "further",
}  # fmt: skip


# Nouns that locate rather than count: "page 12", "article 5", "gate 3", "side 4", "صفحة", "עמוד".
_LOCATOR_BEFORE = re.compile(
    r"(?:\b(?:page|pages|p\.|pp\.|article|section|chapter|paragraph|clause|room|gate|platform|route|bus|"
    r"flight|row|seat|exit|junction|side|kapitel|paragraf|stk\.|artikel|afsnit|linje|perron)|"
    r"(?<!\S)(?:صفحة|الصفحة|المادة|مادة|البند|الفقرة|עמוד|סעיף|פרק))\s*$",
    re.IGNORECASE,
)


def _in_digit_run(text: str, n: NumberMatch) -> bool:
    """Whether the number is one of three or more bare numbers in a row with only spaces or dashes
    between them (a phone number or a code, not a list of quantities, which has commas or words)."""
    for m in re.finditer(r"(?<![\d.,])\d{1,4}(?:[ \u00a0-]\d{1,4}){2,}(?![\d.,]?\d)", text):
        groups = re.split(r"[ \u00a0-]", m.group(0))
        if m.start() <= n.start < m.end() and any(len(g) != 3 for g in groups[1:]):
            return True  # not "1 500 000", thousands grouped by spaces
    return False


def _part_of_name(text: str, n: NumberMatch, lang: str) -> bool:
    """A number that belongs to a name, model or rank, not a quantity: "Delta 4", "Internet Explorer 6",
    "RL-10B-2", "4chan", "No. 1", "#2", "Channel 4"."""
    before, after = text[: n.start], text[n.end :]
    if n.kind == "number" and re.search(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$", before):
        return True  # "No. 1", "nr. syv": a rank or a name, spelled or not
    if not n.spelled and re.search(_LOCATOR_BEFORE, before):
        return True  # "page 12", "article 5", "صفحة 3": where, not how many
    if n.spelled or n.kind != "number" or n.qualifier:
        return False
    if re.match(r"0\d", n.text) or re.match(r"/\d", after) or re.search(r"\d/$", before):
        return True  # "0800 555 0199", "0005.HK", "9/11": a code, a phone number or a date
    if _in_digit_run(text, n):
        return True  # "70 10 20 30": a phone number read in pairs
    if re.match(r"-[a-zæøå]", after):
        return False  # "89-year-old", "18-fold": a quantity written as an adjective
    if re.match(r"\s?°|[CF]\b(?![.-])", after) and not re.search(r"[^\W\d_][-/]?$", before):
        return False  # "47C", "12 °C": a temperature
    if lang not in ("en", "da"):
        # "طراز بوينغ 737", "دגם", "جنيف - 2": a model or a numbered event; prefixes glued to numbers (מ-40,
        # ب50) are no names
        if re.search(r"(?:رقم|מספר|מס')\s*$", before):
            return True  # "المرسوم رقم 38": a number that names, not a quantity
        return bool(re.search(r"(?:طراز|موديل|דגם|מסוג)\s+\S+\s+$", before)) or (
            n.raw < 10 and bool(re.search(r"[^\W\d_]{3,}\s+-\s*$", before))
        )
    if re.search(r"[^\W\d_][-/]?$|[-/]$", before) or re.match(r"[-/]?[^\W\d_]{2,}|[A-Z]\b|-", after):
        return not re.match(r"s\b", after)  # "462s" is seconds
    if re.search(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$", before):
        return True
    if lang == "en" and not n.currency:  # Danish capitalises nouns of names only: "Brugser 20.000 varer"
        m = re.search(r"([A-ZÆØÅ][\w'’-]*)\s+$", before)
        if (
            not m
            or m.group(1).lower() in _NOT_NAME_BEFORE
            or m.group(1).lower() in _EN_STOP  # "Between 20 and 30 houses": a capital that only starts the sentence
            or re.search(rf"{_EN_MONTHS}|{_DA_MONTHS}", m.group(1), re.I)
        ):
            return False
        unit, _ = _unit(after, lang)
        return unit is None and not re.match(r"\s*(?:%|percent|per cent|procent)", after)
    return False


def _is_date_part(text: str, n: NumberMatch, lang: str) -> bool:
    after, before = text[n.end :], text[: n.start]
    if lang == "en" and re.search(rf"{_EN_MONTH_ABBR}\s+$", before):
        return True
    if lang == "da" and re.search(r"\b(?:[Kk]lokken|[Kk]l\.)\s*(?:\d{1,2}\.)?$", before):
        return True  # "klokken 00.32": a time
    if lang in ("ar", "he") and re.match(rf"\s*ב?(?:{_AR_HE_MONTHS})", after):
        return True
    if re.search(r"(?:(?<!\S)منذ|(?<!\S)לפני)\s+$", before) and re.match(
        r"\s*(?:أيام|يوما|يوم|أسابيع|أسبوعا|أشهر|شهرا|سنوات|سنة|عاما|أعوام|ساعات|ساعة|דקות|שעות|ימים|שבועות|חודשים|שנים)",
        after,
    ):
        return True  # "منذ عشرة أيام", "לפני שלוש שנים": "ten days ago", when rather than how much
    if re.match(
        r"\]?\s+(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|timer|dage|uger|år|minutter)\s+"
        r"(?:ago|later|earlier|senere|tidligere)|år\s+siden)\b",
        after,
    ):
        return True  # "24 hours ago", "Six minutes later": when, not how much
    if lang == "da" and re.match(rf"\.\s*{_DA_MONTHS}", after, re.IGNORECASE):
        return True
    if lang == "en" and (re.match(rf"\s*{_EN_MONTHS}", after) or re.search(rf"{_EN_MONTHS}\s+$", before)):
        return True
    return bool(re.match(r"(?:st|nd|rd|th)\b|\(", after))


def _unit(after: str, lang: str) -> tuple[str | None, int]:
    """The unit right after a number (over "more", "additional") and how many characters it spans."""
    if re.match(r"s\b", after):
        return "seconds", 1  # "a specific impulse of 462s"
    if lang == "en" and re.match(r"p\b", after):
        return "pence", 1  # "shares closed 3p lower at 245p"
    degrees = re.match(r"\s?°\s?[CF]?\b|[CF]\b(?![.-])", after)
    if degrees:
        return "degrees", degrees.end()  # "47C", "12 °C", "98.6°F"
    m = re.match(r"[\s\u00a0]*(-year-old|-years?-long|-year|-day|-week|-month|-hour|%|٪)", after)
    if m:
        unit = {"%": "percent", "٪": "percent"}.get(m.group(1))
        if unit is None:
            unit = re.sub(r"^-(\w+?)s?(?:-.*)?$", r"\1s", m.group(1))
        return unit, m.end()
    skip = re.match(r"[\s\u00a0]*(?:more|additional|extra|other|further|flere|yderligere|mere)\b", after)
    offset = skip.end() if skip else 0
    m = re.match(r"[\s\u00a0]*(\S+(?:\s\S+)?)", after[offset:])
    if not m:
        return None, 0
    words = strip_arabic_marks(m.group(1)).lower()
    for stem, name in sorted(UNITS.get(lang, {}).items(), key=lambda kv: -len(kv[0])):
        first = words if " " in stem else words.split()[0]
        if lang in ("ar", "he"):
            first = re.sub(r"^[وبل]", "", first) if not first.startswith(stem) else first
        if first.startswith(stem):
            if lang in ("ar", "he"):  # the whole word, whatever its ending (ملّيمتراً); both of "في المئة"
                return name, offset + m.start(1) + len(m.group(1).split()[0] if " " not in stem else m.group(1))
            word = re.match(r"[\w/-]+", m.group(1))
            if " " not in stem and len(stem) <= 2 and (word is None or word.group(0).lower() != stem):
                continue
            span = len(stem) if " " in stem else len(word.group(0)) if word else len(stem)
            return name, offset + m.start(1) + span
    return None, 0


# The currency's own words after a sum, and in Arabic its nationality ("19 مليار دولار أميركي").
_CURRENCY_WORDS = re.compile(
    r"^\s*(?:kr\.|(?:dollars?|euros?|pounds?|kroner|kr)\b|(?:دولار|يورو|ليرة|ليرات|جنيه|ريال|دينار|درهم|שקל|דולר|אירו)\S*"
    r"(?:\s+(?!لم|لل|بال)[\u0621-\u064a]+(?:ي|ية)(?!\S))?)"
)
# "$10bn in insurance claims", "£264m on health services", "£1.5bn to tackle homelessness"
_MONEY_LEADS = "|in|on|to|towards|i|på|في|على|ב|על"


def _after_phrase(after: str, lang: str, money: bool = False) -> str | None:
    """What follows a figure: up to a stop word or punctuation ("people reported dead", "all spam")."""
    after = re.sub(r"^\s*\([^)]*\)", "", after)
    as_written = after
    lead = re.match(r"\s*(?:(?:a|per|each|om|pr\.)\s+(?:year|month|week|day|året|år|måneden)\s+)?"
                    rf"(?:of|af|for|til|من|מ|של{_MONEY_LEADS if money else ''})\s+(?:the\s+|all\s+)?",
                    after)  # fmt: skip
    if lead:
        after = after[lead.end() :]
    after = re.sub(r"^\s*(?:the|all|a|an|its|their|his|her|these|those|de|alle)\s+", " ", after, flags=re.IGNORECASE)
    words: list[str] = []
    limit = 4 if lang in ("en", "da") else 2
    stop = _STOP.get(lang, set())
    tokens = _WORD_TOKENS.findall(after)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        low = token.lower()
        if lang == "ar":
            low = strip_arabic_marks(low)
        if re.fullmatch(r"\d[\d.,]*", token) and not words:
            i += 1
            continue  # "34 af 149.000 jøder": the other number
        if words and re.match(r"[وו]-?\d", token):
            break  # "45 قتيلا و120 جريحا": the next figure starts
        if lang == "ar" and (re.fullmatch(_AR_VERB, low) or re.fullmatch(rf"ب{_AR_MEASURE}", low)):
            break  # "12 % لتصل", "30 مشروعا بتكلفة": a verb or another amount's lead ends the noun phrase
        if not re.match(r"\w", token) or low in stop or len(words) == limit:
            if lang == "en" and low in ("have", "has", "had", "were", "was", "are", "is") and (words or not i):
                rest = tokens[i + 1 : i + 4]
                participle = [t for t in rest[:1] if t.endswith("ed") or t in _STATUS]
                if participle:
                    words += participle + [t for t in rest[1:2] if re.match(r"[a-z]+$", t) and t not in stop]
            elif lang == "en" and low in ("and", "or") and words and all(w[:1].isupper() for w in words):
                i += 1  # "Asian and African nations"
                words.append(token)
                continue
            elif lang in ("en", "da") and low in ("of", "af") and words and len(words) < limit:
                nxt = tokens[i + 1 : i + 2]
                if nxt and re.match(r"\w", nxt[0]) and nxt[0].lower() not in stop:
                    words += [token, nxt[0]]
            break
        words.append(token)
        if lang == "en" and low in _STATUS:
            break
        i += 1
    if lang == "ar" and words and strip_arabic_marks(words[-1]) in _AR_STOP:
        words = words[:-1]
    if lang == "ar" and len(words) > 1 and re.match(r"و(?:[إأاآتين]|ال)", words[1]):
        words = words[:1]  # "مقتل 15 شخصا وإصابة 30": the next conjunct is another figure's
    if words and (words[0].lower() in _TIME_WORDS or words[0].lower().replace("’", "'") in _PRONOUN_STARTS):
        return None  # "56 percent today": when, not what; "30 days it's been": a new clause
    if (
        lead
        and money
        and words
        and (words[0].lower() in _PERIODS or words[-1].lower() in _PERIODS or re.match(_EN_MONTHS, words[0]))
    ):
        return None  # "£1.2bn in the year to March", "in its opening weekend", "in November": when
    if lang in ("en", "da") and words and _verb_not_noun(words):
        return None  # "$170 million compared to", "6020 kg dubbed DemoSat": a verb follows, no noun
    if lang == "en" and len(words) > 1 and words[-1].endswith("ed") and words[-1].lower() not in _STATUS:
        words = words[:-1]  # "3,400 refugees crossed": the verb of the clause, not part of the noun
    if (
        lang in ("en", "da")
        and len(words) == 1
        and words[0].lower() in _RATE_WORDS
        and re.match(r"\s*(?:a|an|per|each|om|pr\.?|hver)\s", as_written, re.IGNORECASE)
    ):
        return None  # "$2,000 a month": a rate, not what is counted
    return " ".join(words) or None


def _gerund_with_object(words: list[str]) -> bool:
    """A verb in -ing with its object ("saying it", "making the"), not a noun ("spending", "boiling point")."""
    second = words[1].lower() if len(words) > 1 else ""
    return words[0].lower().endswith("ing") and (second in _PRONOUNS or second in _EN_STOP or second[:1].isupper())


def _verb_not_noun(words: list[str]) -> bool:
    """Whether the words after a figure start with a verb rather than a noun: a known verb, or an -ed
    form followed by nothing or a name ("compared", "dubbed DemoSat"); not "injured" (a state) nor
    "registered voters" (a participle used as an adjective)."""
    first = words[0].lower()
    if first in _STATUS:
        return False
    if first in _EN_VERBS:
        return True
    return first.endswith("ed") and first not in _STATUS and (len(words) == 1 or words[1][:1].isupper())


_PERIODS = {"year", "years", "month", "months", "quarter", "week", "weeks", "day", "days", "period", "weekend",
            "season", "half", "decade", "året", "år", "måned", "kvartal", "uge"}  # fmt: skip
_PRONOUN_STARTS = {"it's", "it", "they", "he", "she", "we", "i", "you", "there", "han", "hun", "de", "vi", "jeg", "der"}
_RATE_WORDS = {"barrel", "share", "tonne", "ton", "litre", "gallon", "ounce", "unit", "year", "month", "week", "day",
               "hour", "head", "person", "år", "måned", "uge", "dag", "time"}  # fmt: skip
_TIME_WORDS = {"today", "yesterday", "tomorrow", "now", "currently", "then", "ago", "i dag", "nu", "اليوم", "الآن",
               "العام", "الشهر", "الأسبوع", "السنة", "أمس", "خلال", "השנה", "היום", "אתמול", "בשנה",
               "בחודש"}  # fmt: skip


def _before_phrase(before: str, lang: str) -> tuple[str | None, bool]:
    """The subject of the clause a figure ends ("the death toll | might approach"), and whether it is
    a measure ("toll", "revenue") rather than the thing counted."""
    if lang not in ("en", "da"):
        return None, False
    start = _CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    words: list[str] = []
    head = ""  # the noun an of-phrase hangs on: "number" in "the number of refugees"
    tokens = _WORD_TOKENS.findall(clause)
    for k, token in enumerate(tokens):
        low = token.lower()
        if not re.match(r"\w", token):
            break
        if low in ("of", "af") and words and not head and words[-1].lower() not in _EN_VERBS:
            head = words[-1]  # "Sales of electric cars jumped": the subject goes on past its of-phrase
            words.append(token)
            continue
        if not words and low in ("the", "a", "an", "its", "their", "his", "her", "den", "det", "de", "en", "et",
                                 "when", "where", "once", "now", "and", "then", "so"):  # fmt: skip
            continue
        if (lang == "en" and low.endswith("ly") and len(low) > 4) or low in _ADVERBS:
            continue  # "which currently equal": an adverb is no part of the subject
        if low in _EN_VERBS or low in _STOP.get(lang, set()):
            break
        if lang == "en" and low.endswith("ed") and words:
            nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            if not nxt or nxt in _EN_STOP or not re.match(r"[a-z]", nxt):
                break  # "Kmart gained", not "published launch cost"
        words.append(token)
    if words and words[-1].lower() in ("of", "af"):
        words, head = words[:-1], ""
    if not words and start and re.fullmatch(r"which|who|that|som|der", start.group(0).strip(), re.IGNORECASE):
        # "benefits, which equal 42 percent": a relative clause's subject is the noun it hangs on
        antecedent = re.search(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,?\s*$", before[: start.start()])
        if antecedent:
            words = [w for w in antecedent.group(1).split() if w.lower() not in _STOP.get(lang, set())][-3:]
    if not words:
        return None, False
    if head and head.lower() in _CONTAINERS:
        words = words[words.index(head) :]  # "the number of refugees" counts the refugees
        return " ".join(words), False
    last = (head or words[-1]).lower()
    words = words[-3:] if len(words) > 5 and not head else words
    return " ".join(words), last.strip("'’s") in _MEASURES or last in _MEASURES


# A verb of change, its object and "to"/"by" before a figure: "cut its workforce by 12%".
_CHANGED = re.compile(
    r"\b(?:(?:estimate[sd]?|estimating|put|puts|putting|value[sd]?|valuing|set|sets|setting|price[sd]?|pricing)"
    r"\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+at\s+(?:(?:less|more|fewer)\s+than|about|around|nearly|almost|some)?\s*$|"
    r"(?:cut|cuts|cutting|reduce[sd]?|reducing|decrease[sd]?|decreasing|increase[sd]?|increasing|raise[sd]?|"
    r"raising|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|slash(?:es|ed|ing)?|double[sd]?|doubling|bring|brings|brought|"
    r"trim(?:s|med|ming)?|limit(?:s|ed|ing)?|cap(?:s|ped|ping)?)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:to|by)\s+"
    r"(?:(?:less|more|fewer)\s+than|about|around|nearly|almost|some|up\s+to|at\s+least|just|only)?\s*$)",
    re.IGNORECASE,
)


def _measure_in_clause(before: str, lang: str) -> str | None:
    """The last measure noun ("turnout", "rate", "share") of the clause before a figure, with the word
    before it when that is no function word ("voter turnout")."""
    start = _CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    words: list[str] = re.findall(r"[\w'’-]+", clause)
    found = [i for i, w in enumerate(words) if w in _MEASURES]
    if not found:
        return None
    noun = words[found[-1]]
    modifier = words[found[-1] - 1].lower() if found[-1] else None
    if modifier and modifier not in _STOP.get(lang, set()) and modifier not in _EN_VERBS:
        return f"{modifier} {noun}"
    return noun


_ADVERBS = {"currently", "now", "still", "already", "also", "only", "just", "nu", "stadig", "allerede", "også", "kun",
            "hele", "blot"}  # fmt: skip
# Nouns that only hold a count of what their of-phrase names ("the number of refugees", "antallet af").
_CONTAINERS = {"number", "numbers", "amount", "total", "proportion", "percentage", "share", "level", "volume",
               "antallet", "andelen", "mængden", "niveauet"}  # fmt: skip


def _counts(text: str, n: NumberMatch, rest: str, unit: str | None, lang: str) -> str | None:
    before = text[: n.start]
    if n.spelled and n.raw == 1 and _one_after_noun(n, before, lang):
        return before.split()[-1]  # "شرطي واحد": the noun before "one"
    if n.qualifier:
        at = before.rfind(n.qualifier.rstrip("-"))
        before = before[:at] if at >= 0 else before
    before = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)
    before = re.sub(_QUALIFIER_LEFT, "", before)  # "a market value of about $2 trillion": the sign hid "about"
    if lang in ("en", "da") and n.kind == "number" and n.value_max is None and 0 < n.raw < 120 and n.raw == int(n.raw):
        person = re.search(r"(?:[A-ZÆØÅ][\w'’-]+|\b(?i:the|a|an|den|det)\s+[a-zæøå-]+),\s*$", before)
        if person and re.match(r"\s*(?:,|\)|and\b|og\b)", text[n.end :]) and not n.spelled:
            return "age"  # "Thomas Sam, 42, and his wife", "the gunman, 24,": an age in apposition
    age = re.search(
        r"(?:\b(?:at\s+|i\s+)?(age|aged|alder(?:en)?)|(?<!\w)[وب]?(عمر(?:ه|ها)?|גיל|בן|בת)(?:\s+(?:يناهز|ناهز|نحو|قرابة))?)\s+$",
        before,
    )
    if age:
        return "age" if age.group(1) else f"{age.group(2)} (age)"
    since = re.match(r"\s+(since|siden|after|efter)\s+", rest) if unit in _DURATIONS else None
    if since:
        what = _after_phrase(rest[since.end() :], lang)
        if what:
            return f"{since.group(1)} {what}"  # "20 years since the first single": how long since what
    noun_of = re.search(r"\b((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|på|af)\s+$", before)
    if noun_of and noun_of.group(1).split()[-1] in _GENERIC_HEADS:
        noun_of = None  # "rose by an average of 4%": what rose says more than "average"
    if noun_of and unit is not None and not re.match(r"\s*(?:of|af)\s", rest):
        words = [w for w in noun_of.group(1).split() if w not in _EN_STOP and w not in _EN_VERBS and w not in _DA_STOP]
        while len(words) > 1 and words[0].endswith("ed"):
            words = words[1:]  # "imposed tariffs of 25%": the verb before the noun is no part of it
        if words:
            return " ".join(words)  # "a specific impulse of 462s"
    if (
        lang == "en"
        and n.kind == "number"
        and unit is None
        and re.search(r"\b(?:he|she|I|they|we|[A-Z][a-z]+)\s+(?:was|is|were|turned|turns)\s+$", before)
        and re.match(r"\s*(?:[,.;]|and\b|when\b|so\b|then\b|until\b|$)", rest)
        and n.raw < 120
    ):
        return "age"  # "when she was six", "until she was eighteen"
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # "a 15 meter high rotating pig", "the 70 meter memorial hall", "a 20-minute demonstration": a
        # measure used as an adjective describes the noun after it, which is what the figure is about.
        determiner = re.search(r"\b(?:a|an|the|its|their|his|her|this|these|every|en|et|den|det)\s+(?:[a-z]+\s+)?$",
                               before, re.IGNORECASE)  # fmt: skip
        rest_unbracketed = re.sub(r"^\s*\([^)]*\)", "", rest)  # "a 6020 kg (13271 lb) mass"
        attribute = re.match(
            r"(?:-|\s+)(?:high|long|old|wide|tall|deep|thick|lang|høj|gammel|bred)\b\s*", rest_unbracketed
        )
        body = rest_unbracketed[attribute.end() :] if attribute else rest_unbracketed
        if (
            determiner
            and re.match(r"\s*[A-Za-zæøå]", body)
            and not re.match(r"\s*(?:of|af|in|for|from|to|and)\b", body)
        ):
            noun = _after_phrase(body, lang)
            if noun and noun.split()[0].lower() not in _EN_VERBS:
                return noun
    if lang == "he" and unit is not None and re.match(r"\S*(?:ות|י)\s+\S", text[n.end :].lstrip()):
        noun = _after_phrase(rest, lang)  # "10 שנות מאסר": a unit in the construct state measures its noun
        if noun:
            return noun
    if lang in ("en", "da") and unit is not None and n.kind == "number" and not n.currency:
        # A unit in the genitive names the length of what follows: "otte års fængsel", "10 meters
        # kørsel", "two hours' drive".
        unit_word = text[n.end : len(text) - len(rest)].strip()
        genitive = re.match(r"['’]\s*(?=[a-zæøå])", rest) if lang == "en" else (
            re.match(r"\s+(?=[a-zæøå])", rest) if unit_word.endswith("s") else None)  # fmt: skip
        if genitive:
            noun = _after_phrase(rest[genitive.end() :], lang)
            if noun and noun.split()[0].lower() not in _EN_VERBS:
                return noun
    if unit == "times":
        compared = re.match(r"\s+(?:as\s+)?((?:more|less)\s+[a-z]+|[a-z]+er|[a-z]+)\b", rest)
        if compared and compared.group(1) not in _EN_STOP:
            return compared.group(1)  # "three times as powerful", "five times more likely", "twice larger"
    if unit in _LENGTHS:
        away = re.match(r"\s*(?:\([^)]*\)\s*)?((?:away\s+)?(?:from|fra|til|to|من|عن|מ-?|מן)\s+)", rest)
        place = _after_phrase(rest[away.end() :], lang) if away else None
        if away and place:
            return f"{away.group(1).strip()} {place}"  # "700 meter fra mål": a distance from a place
    if n.kind == "percent" and lang in ("en", "da"):
        # "a 5% rise in sales", "a 10 per cent cut in funding": a percentage used as an adjective describes
        # the noun after it, a noun even where it could be a verb ("rise", "cut").
        described = re.search(r"\b(?:a|an|the|its|their|en|et)\s+$", before, re.IGNORECASE) and re.match(
            r"\s*((?:(?!(?:in|of|on|i|af|på)\b)[a-zæøå-]+\s*){1,2})(?:\s*\b(in|of|on|i|af|på)\s+(?:the\s+)?([\w'’-]+))?",
            rest,
        )
        if described:
            noun = " ".join(w for w in described.group(1).split() if w not in _EN_STOP and w not in _DA_STOP)
            if noun:
                return f"{noun} {described.group(2)} {described.group(3)}" if described.group(2) else noun
    of_phrase = re.match(r"\s*(?:\([^)]*\)\s*)?(?:of|af|in|for|من|في)\s", rest)
    money = n.currency is not None or unit in ("rials", "dinars", "dirhams", "pounds")  # "10 مليارات ريال لدعم"
    after = _after_phrase(rest, lang, money) if unit is None or of_phrase or n.kind == "percent" or money else None
    if unit in ("years", "days", "weeks", "months", "hours") and re.match(r"-", text[n.end :]) and not after:
        after = _after_phrase(rest, lang)  # "a 17-year rule"
    compound = re.match(r"-([a-z]+)\s+(?=[a-z])", text[n.end :]) if unit is None and lang == "en" else None
    if compound and not after and compound.group(1) not in ("fold", "times", "odd"):
        noun = _after_phrase(text[n.end + compound.end() :], lang)
        if noun:
            return f"{compound.group(1)} {noun}"  # "a 12-member panel", "a 10-point plan": the noun it describes
    if not after and noun_of and unit is None and n.kind == "number":
        words = [w for w in noun_of.group(1).split() if w not in _EN_STOP and w not in _EN_VERBS and w not in _DA_STOP]
        if words:
            return " ".join(words)  # "a death toll of 40", "a majority of 153": the noun the figure measures
    if not after and lang == "en":
        changed = _CHANGED.search(before)
        if changed:  # "cut its workforce by 12%", "reduce smoking rates to 5 percent": what is changed
            changed_words = (changed.group(1) or changed.group(2)).split()
            words = [w for w in changed_words if w.lower() not in _EN_STOP and w.lower() not in _PRONOUNS]
            if words:
                return " ".join(words)
    if lang == "en" and n.kind == "percent":
        leading = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|\b[a-z]+)\s+(?:\w+ing\s+)?with\s+$", before)
        if leading and leading.group(1).lower() not in _EN_STOP:
            name = leading.group(1)  # "Smith leading with 52% (of the vote)", "the governor with 48%": whose share
            return f"{after} ({name})" if after else name
        on_the_way = _measure_in_clause(before, lang) if not after else None
        if on_the_way:
            return on_the_way  # "saw voter turnout listed in excess of 100%": the measure named on the way
    subject, measure = _before_phrase(before, lang)
    if subject and (
        _gerund_with_object(subject.split())
        or subject.split()[0].lower() in _PRONOUNS
        or (lang == "en" and _verb_not_noun(subject.split()))
    ):
        subject, measure = None, False  # "saying it", "they", "compared to": no subject worth naming
    if after and subject and (measure or n.kind == "percent" or unit is not None):
        return f"{after} ({subject})"  # "15 percent" of what and whose: "shares (Kmart)"
    if after and not measure and lang in ("en", "da"):
        # A measure named earlier in the sentence: "the death toll ... continues to rise, passing 80,000 people".
        named = re.findall(r"\b(?:[a-z]+\s+)?([a-zæøå]+)\b", before)
        measure_word = next((w for w in reversed(named) if w in _MEASURES), None)
        if measure_word:
            return f"{after} ({measure_word})"
    if not after and not subject and lang in ("en", "da"):
        found = [m for m in re.finditer(r"\b(?:([a-zæøå-]+)\s+)?([a-zæøå]+)\b", before) if m.group(2) in _MEASURES]
        if found:  # "skæres antallet ned til 8.000", "the Titan 4's launch cost of $400 million"
            m = found[-1]
            modifier = m.group(1) if m.group(1) and m.group(1) not in _EN_STOP and m.group(1) not in _DA_STOP else ""
            return f"{modifier} {m.group(2)}".strip()
    if not after and (unit in _DURATIONS or n.currency) and lang in ("en", "da"):
        # "receive aid for up to two weeks", "buy Sears for $11bn", "savings within three years": the
        # noun just before the preposition is what lasts or costs, more than the clause's subject.
        obj = _object_before(before, lang)
        if obj:
            return obj
    valued = re.search(r"(?<!\S)((\w+)\s+(?:بقيمة|بتكلفة|بكلفة|بمبلغ|בשווי|בעלות|בהיקף))\s*$", before)
    if valued and valued.group(2) not in _STOP.get(lang, set()):
        # "عقدا بقيمة 120 مليون ريال", "חוזה בשווי 3 מיליון": what the sum is the value of
        return f"{valued.group(1)} ({after})" if after else valued.group(1)
    if lang in ("ar", "he"):
        context = _rtl_context(before, lang)
        if context:
            return f"{after} ({context})" if after and context not in after else context
    if not after and not subject and lang == "ar":
        # Arabic puts the thing before its figure: "يرفع معاشات المتقاعدين 25 %".
        ahead = re.sub(rf"(?<!\S)(?:{'|'.join(_AR_LEADS)}|[بلكف]\u0640)\s*$", "", before.rstrip())
        words = [w for w in ahead.split()[-2:] if re.match(r"\w", w)]  # "أسعار النفط بنسبة 3 %": the prices
        if words and not any(strip_arabic_marks(w) in _AR_STOP for w in words):
            return " ".join(words)
    return after or subject


# Nouns that name a count or a measure of the noun after them ("عدد الضحايا", "מספר הפליטים"):
# the words after them say what the figure is about.
# Arabic words that lead to an amount ("بنسبة 3 %", "بمبلغ"): no part of what the amount is of.
_AR_LEADS = ("بنسبة", "بمقدار", "بمبلغ", "بقيمة", "بحوالي", "بنحو")
_AR_MEASURE = r"(?:عدد|نسبة|قيمة|حجم|إجمالي|اجمالي|مجموع|حصيلة|معدل|سعر|أسعار|تكلفة|كلفة|ميزانية)"
_HE_MEASURE = r"(?:מספר|שיעור|היקף|סך|עלות|מחיר|כמות|מניין|תקציב|שווי)"
# Arabic verbs of reaching and changing ("نسبة المشاركة بلغت 45 %"): the end of a measure's complement.
_AR_VERB = (
    r"(?:[وف]?(?:بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|يصل|تصل|ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تجاوز|"
    r"تجاوزت|يتجاوز|تتجاوز|تراجع|تراجعت|يتراجع|تتراجع|زاد|زادت|يزيد|تزيد|قدر|قدرت|يقدر|تقدر|إلى|الى|"
    r"لتصل|ليصل|لتبلغ|ليبلغ|لترتفع|ليرتفع|لتنخفض|لينخفض))"
)
# "ارتفعت الأرباح بنسبة 12 % لتصل إلى 2.5 مليار": the level the same thing reached.
_AR_REACHING = re.compile(r"(?:لتصل|ليصل|لتبلغ|ليبلغ|لترتفع|ليرتفع|لتنخفض|لينخفض)\s+(?:إلى|الى)?\s*$")
# Hebrew verbs of reaching and changing that stand between a subject and its figure
# ("האבטלה עלתה ל-5%"), and the copulas ("עלות הפרויקט היא 12 מיליון").
_HE_VERB = (
    r"(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|הגיע|הגיעה|הגיעו|עמד|עמדה|עמדו|צנח|צנחה|צנחו|זינק|זינקה|זינקו|טיפס|טיפסה|"
    r"הסתכם|הסתכמה|הסתכמו|מסתכם|מסתכמת|נאמד|נאמדת|עומד|עומדת|מגיע|מגיעה|היא|הוא|הם|הן|היה|הייתה|היו|"
    r"גדל|גדלה|גדלו|צמח|צמחה|צמחו|הוכפל|הוכפלה|הוכפלו|התייקר|התייקרה|הוזל|הוזלה)"
)


def _rtl_context(before: str, lang: str) -> str | None:
    """What an Arabic or Hebrew figure is about, from before it in its own clause: a measure noun and
    its complement ("بلغ عدد الضحايا 81 شخصا", "מספר הפליטים הגיע ל-2 מיליון"), a Hebrew subject
    before a verb of change or a copula ("האבטלה עלתה ל-5%"), or the noun a Hebrew "של" hangs on
    ("חוזה של 3 מיליון דולר")."""
    clause = re.split(r"[,.;:!?،؛\"“”«»()]", before)[-1]
    clause = strip_arabic_marks(clause) if lang == "ar" else clause
    words = clause.split()[-12:]
    if not words:
        return None
    measure = _AR_MEASURE if lang == "ar" else _HE_MEASURE
    prefixes = r"(?:[وبلف]|ال|وال|بال|لل)?" if lang == "ar" else r"(?:[ובלמה]|וה|וב|ול|מה|שה)?"
    for i in range(len(words) - 1, -1, -1):
        if re.fullmatch(prefixes + measure, words[i]) and i + 1 < len(words):
            tail = []
            for w in words[i + 1 : i + 3]:
                if w in _STOP[lang] or re.fullmatch(_HE_VERB if lang == "he" else _AR_VERB, w) or w in _AR_LEADS:
                    break
                tail.append(w)
            return " ".join([words[i], *tail])  # "המחיר עלה ב-8%": a measure alone still says what
    if lang == "he":
        of = re.search(r"(\S+)\s+של\s*$", clause)
        if of and of.group(1) not in _HE_STOP:
            return of.group(1)  # "בחוזה של 3 מיליון דולר"
        verb = re.search(rf"((?:\S+\s+){{0,4}}\S+)\s+{_HE_VERB}\s+(?:על\s+|פי\s+|ל-?|ב-?|כ-?)?$", clause)
        if verb:
            subject = [w for w in verb.group(1).split() if w not in _HE_STOP]
            return " ".join(subject) or None
    return None


_LENGTHS = {"kilometers", "kilometres", "meters", "metres", "miles", "feet"}
_GENERIC_HEADS = {"excess", "upwards", "region",
                  "average", "total", "maximum", "minimum", "sum", "figure", "estimate", "tally", "gennemsnit",
                  "i alt"}  # fmt: skip
_DURATIONS = {"years", "days", "weeks", "months", "hours", "minutes", "decades", "seconds", "år", "dage", "uger",
              "måneder", "timer", "årtier"}  # fmt: skip
_BEFORE_PREP = re.compile(r"\b((?:[a-z][\w'’-]*\s+){0,2}[\w'’-]+)\s+(?:for|within|over|in|with|into|i|på|inden for)"
                          r"(?:\s+(?:up to|at least|at most|almost|about|nearly|more than|less than|just|only|some|"
                          r"around|over|under|the|a|an|another))*\s*$", re.IGNORECASE)  # fmt: skip


def _object_before(before: str, lang: str) -> str | None:
    """The noun phrase just before the preposition that leads to a figure ("aid" in "may not receive aid
    for up to two weeks"), without verbs and function words."""
    m = _BEFORE_PREP.search(before)
    if not m:
        return None
    words = m.group(1).split()
    stop = _STOP.get(lang, set())
    while words and (words[0].lower() in stop or words[0].lower() in _EN_VERBS or words[0].lower() in _PRONOUNS):
        words = words[1:]
    if not words or words[-1].lower() in stop or words[-1].lower() in _EN_VERBS or words[-1].lower() in _PRONOUNS:
        return None
    return " ".join(words)


# A part and its whole: "153 out of 300 seats", "153 of 300", "153 ud af 300", "153 من أصل 300", "153 מתוך 300".
_OUT_OF = re.compile(
    r"\s*(?:out of|of|ud af|af|من أصل|من بين|من|מתוך|מבין)\s*"
    r"(?:(?:the|its|their|his|her|our|last|first|de|sine|sidste)\s+)*"
)
_QUALIFIER_LEFT = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|over|under|more than|less than|up to|at least|"
    r"omkring|cirka|næsten|over|under|mindst|op til)\s*$",
    re.IGNORECASE,
)


def _own_noun(f: Fact, text: str, lang: str) -> bool:
    """Whether a noun follows the figure itself (after its unit or currency): "2 civilians", not "410s in"."""
    n = f.number
    assert n is not None
    rest = text[n.end :]
    rest = re.sub(_CURRENCY_WORDS, "", rest) if n.currency else rest[_unit(rest, lang)[1] :]
    return bool(re.match(r"\s*[^\W\d_]", rest)) and _after_phrase(rest, lang) is not None


_JOINED = re.compile(r"(?:^|\s)(?:and|or|og|eller|to|til|while|whereas|mens|against|mod|versus|مقابل|לעומת|מול)\s+$")


def _share_forward(facts: list[Fact], text: str, lang: str) -> None:
    """A figure joined to the one before it with nothing of its own leaves what it counts to ellipsis:
    "365s at sea level and 410s in a vacuum", "by 312 votes to 210", "5% in March and 7% in April"."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or not f.counts:
            continue
        gap = text[f.number.end : g.number.start]
        if lang == "ar" and _AR_REACHING.search(gap) and not _own_noun(g, text, lang):
            g.counts = f.counts
            continue
        if f.unit != g.unit:
            continue
        if g.number.qualifier and gap.rstrip().endswith(g.number.qualifier):
            gap = gap.rstrip()[: -len(g.number.qualifier)]
        if _JOINED.search(gap) and len(gap.split()) <= 8 and "," not in gap and not _own_noun(g, text, lang):
            g.counts = f.counts
        elif g.counts is None:
            g.counts = f.counts  # "70 percent of the market in 2009; this has dropped to 56 percent": the same


def _share_counts(facts: list[Fact], text: str) -> None:
    """Figures of one sentence that share what they count: "South Korea with 13% and China with 8% of
    the world's spam", "13,100 kg (28,950 lb)" (a conversion in brackets), "277 vulnerabilities; 39
    percent of these" (an "of"-phrase that points back)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        after = text[n.end :]
        if re.match(r"\s*(?:%|percent|per cent|procent)?\s*of\s+(?:these|them|those|which|whom)\b", after, re.I):
            earlier = next((e for e in reversed(facts[:i]) if e.counts and e.unit != f.unit), None)
            if earlier is not None:
                f.counts = earlier.counts
                continue
        previous = facts[i - 1] if i else None
        if (
            previous is not None
            and previous.number is not None
            and previous.counts
            and re.fullmatch(r"\s*[^\W\d]{0,12}\.?\s*\(\s*(?:US\$|[$£€¥₪])?", text[previous.number.end : n.start])
        ):
            f.counts = previous.counts  # "13,100 kg (28,950 lb)": the same quantity in other units
            continue
        following = facts[i + 1] if i + 1 < len(facts) else None
        if (
            following is not None
            and following.number is not None
            and following.counts
            and re.fullmatch(_OUT_OF, text[n.end : following.number.start])
        ):
            f.counts = following.counts  # "153 out of 300 seats": the part counts what the whole counts
            continue
        same_unit = next((e for e in reversed(facts[:i]) if e.unit == f.unit and e.counts), None)
        if n.start and text[n.start - 1] == "و" and same_unit is not None and not _own_noun(f, text, "ar"):
            f.counts = same_unit.counts  # "25 % على أول عشرة آلاف ليرة و20 % على العشرة الثانية": the same rise
    for i in range(len(facts) - 2, -1, -1):
        f, g = facts[i], facts[i + 1]
        if f.number is None or g.number is None or f.unit != g.unit or not g.counts:
            continue
        gap = text[f.number.end : g.number.start]
        if f.counts and not re.fullmatch(r"[\w\s'’.-]*", f.counts):
            continue
        joined = re.search(r"(?:^|\s)(?:and|or|og|eller|to|til)\s", gap) and "," not in gap.strip()[:1]
        if (
            joined
            and len(gap.split()) <= 6
            and re.match(r"\s*(?:%|percent|per cent|procent)?\s*(?:of|af)\s", text[g.number.end :])
        ):
            f.counts = g.counts  # "about 4% and 11% of the world's Internet users"


def _local_ranges(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Ranges the number reader leaves apart: "30 - 50 %" (a number then a percent), "ما بين 50 و70"."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if lang == "ar" and a.value_max is None and re.search(r"بين\s+$", text[: a.start]):
            if True:
                m = re.match(r"\s*(?:و|إلى|الى)\s*([0-9\u0660-\u0669]+)", text[a.end :])
                if m:  # "ما بين 50 و70": the number reader does not see a number glued to و
                    top = float(ascii_digits(m.group(1)))
                    if top > a.raw:
                        end = a.end + m.end()
                        out.append(
                            NumberMatch(
                                a.start,
                                end,
                                text[a.start : end],
                                a.value,
                                a.raw,
                                a.kind,
                                top * a.scale,
                                a.qualifier,
                                a.scale,
                                a.spelled,
                                a.currency,
                            )
                        )
                        i += 1
                        while i < len(numbers) and numbers[i].start < end:
                            i += 1  # the top, read apart where "و" was spaced out
                        continue
        if i + 1 < len(numbers) and a.value_max is None:
            b = numbers[i + 1]
            gap = text[a.end : b.start]
            between = re.search(r"بين\s+$", text[: a.start])
            joined = re.fullmatch(r"\s*[-–]\s*", gap) or (lang == "ar" and between and (
                re.fullmatch(r"\s*(?:و|إلى|الى)\s*", gap) or (re.fullmatch(r"\s*", gap) and b.text.startswith("و"))
            ))  # fmt: skip  # "ما بين مئة ومئتي ألف": the spelled top glues its "and"
            if joined and b.raw > a.raw and a.kind in ("number", "percent") and b.kind in ("number", "percent"):
                scale = b.scale if a.scale == 1.0 else a.scale
                out.append(NumberMatch(a.start, b.end, text[a.start : b.end], a.raw * scale, a.raw, b.kind,
                                       b.raw * scale, a.qualifier, scale, a.spelled,
                                       b.currency or a.currency))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "three of the victims", "tre af de sårede", "to af ofrene" (a Danish definite plural ends in -ne)
_OF_THE_GROUP = re.compile(
    r"\s+(?:of\s+(?:the|its|their|our|his|her|those|these)\s+[^\W\d_]|af\s+(?:de\s+[^\W\d_]|[^\W\d_]+ne\b))"
)


_PERCENT_AFTER_NEXT = re.compile(
    r"\s*(?:to|til|and|og|or|eller)\s+\d[\d.,]*\s*(?:%|percent\b|per cent\b|procent\b|pct\.)", re.IGNORECASE
)


def _changes_apart(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """A change read as a range, split back into its two figures: "grew by 1.2 million to 67 million",
    "steg fra 5 til 7 procent" (the amount and the level it reached, or the start and the end)."""
    out: list[NumberMatch] = []
    for n in numbers:
        joiner = re.search(r"\s+(?:to|til)\s+", n.text) if n.value_max is not None else None
        if joiner is None or not re.search(r"\b(?:by|from|fra|med)\s+$", text[: n.start], re.IGNORECASE):
            out.append(n)
            continue
        left_end, right_start = n.start + joiner.start(), n.start + joiner.end()
        left = find_numbers(text[:left_end], lang)
        right = [dataclasses.replace(m, start=m.start + right_start, end=m.end + right_start)
                 for m in find_numbers(text[right_start : n.end], lang)]  # fmt: skip
        if left and left[-1].end == left_end and len(right) == 1:
            first = left[-1]
            if first.kind == "number" and right[0].kind == "percent" and not first.currency:
                first = dataclasses.replace(first, kind="percent")  # "fra 5 til 7 procent": both are percent
            out += [first, right[0]]
        else:
            out.append(n)
    return out


_AR_ORDINAL_BEFORE = re.compile(r"(?:^|\s)[وبل]?ال(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةي]?\s+$")


def _one_after_noun(n: NumberMatch, before: str, lang: str) -> bool:
    """Whether an Arabic or Hebrew "one" follows an indefinite noun ("شرطي واحد", "אדם אחד")."""
    if lang not in ("ar", "he") or strip_arabic_marks(n.text) not in ("واحد", "واحدة", "واحدا", "אחד", "אחת"):
        return False
    previous = before.split()[-1:] if before.strip() else []
    return bool(previous) and previous[0] not in _STOP[lang] and not re.match(r"(?:[وبلف]?ال|[ובלמש]?ה)", previous[0])


def _skip_spelled(n: NumberMatch, before: str, after: str, lang: str) -> bool:
    """Spelled numbers that are no figures: "one of the", "the two said", "one," ."""
    if re.search(r"\b(?:age|aged|alder)\s+$", before):
        return False  # "at age seventeen,": an age
    if re.search(r"-[a-z]+$", n.text):
        return False  # "the six-member team": a number as the first half of an adjective, no anaphora
    if n.raw > 1 and re.match(_OF_THE_GROUP, after):
        return False  # "three of the victims", "tre af de sårede": a part of a group the article counts
    if re.match(r"\s+(?:said|say|says|told|added|sagde|siger|of|af|another|anden|andet)\b", after):
        return True
    if re.match(r"\s+other\b", after) and n.raw == 1:
        return True  # "one other", not "two other incidents"
    if re.search(r"\b(?:the|these|those|both|de|disse)\s+$", before, re.IGNORECASE):
        return True  # "the two stores": anaphora
    if lang in ("en", "da") and re.match(r"\s*(?:[,.;:]|$)", after):
        return True
    if lang == "ar" and re.search(_AR_ORDINAL_BEFORE, before):
        return True  # "الثامنة عشرة": an ordinal (not "نشرت الحكومة ثلاثة آلاف جندي")
    if re.match(r"\s+(?:percent|per cent|procent)\b", after):
        return False  # "less than one percent"
    if re.match(r"\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", after) or re.search(
        r"\b(?:one|1)\s+in\s+$", before
    ):
        return True  # "one in three": a fraction, read by _fractions
    if n.raw == 1 and _one_after_noun(n, before, lang):
        return False  # "شرطي واحد", "אדם אחד": Arabic and Hebrew put "one" after what it counts
    if n.raw == 1:  # "one count of murder" is a figure; "one day", "one said" mostly not
        if n.qualifier or re.search(r"\b(?:at least|only|just|exactly|at most)\s+$", before, re.IGNORECASE):
            return False  # "at least one shell", "only one day"
        return not re.match(r"\s+[a-zæøå]+\s+(?:of|af)\s", after)
    return False


_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "two thirds": 2 / 3, "two-thirds": 2 / 3, "three quarters": 0.75, "three-quarters": 0.75}  # fmt: skip
_IN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FRACTION = re.compile(
    r"\b(?:(almost|about|nearly|more than|less than|over|roughly|around|some|just over|just under)\s+)?"
    r"(half|a third|one third|a quarter|one quarter|two[- ]thirds|three[- ]quarters)\s+of\s+"
    r"|\b(?:one|1)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


def _fractions(s: SourceSentence) -> list[Fact]:
    """English fractions of a whole: "almost half of children", "one in three visits"."""
    out = []
    for m in _FRACTION.finditer(s.text):
        if m.group(2):
            value = _FRACTIONS[m.group(2).lower().replace("-", " ") if "-" not in m.group(2) else m.group(2).lower()]
            counts = _after_phrase(s.text[m.end() :], "en")
            text = m.group(0).rstrip()[: -len("of")].rstrip()
        else:
            n = m.group(3).lower()
            value = 1 / (_IN_NUMBERS[n] if n in _IN_NUMBERS else int(n))
            counts = _after_phrase(s.text[m.end() :], "en")
            text = m.group(0)
        out.append(Fact("figure", text, s.index, value=value, qualifier=m.group(1), counts=counts))
    return out


# Fractions in words in Danish, Arabic and Hebrew: "halvdelen af", "نصف", "שליש"; not the finals of a
# tournament ("نصف النهائي", "חצי גמר").
_WORD_FRACTIONS: dict[str, tuple[re.Pattern[str], dict[str, float]]] = {
    "da": (
        re.compile(r"\b(halvdelen|en halv|halvanden|en tredjedel|en fjerdedel|to tredjedele|tre fjerdedele|"
                   r"hver (?:anden|tredje|fjerde|femte|tiende))\b", re.I),
        {"halvdelen": 0.5, "en halv": 0.5, "halvanden": 1.5, "en tredjedel": 1 / 3, "en fjerdedel": 0.25,
         "to tredjedele": 2 / 3, "tre fjerdedele": 0.75, "hver anden": 0.5, "hver tredje": 1 / 3,
         "hver fjerde": 0.25, "hver femte": 0.2, "hver tiende": 0.1},
    ),
    "ar": (
        re.compile(r"(?<!\S)[وب]?(نصف|ثلث|ربع|ثلثي|ثلثا)(?!\S)(?!\s+(?:ال)?نهائي)"),
        {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثي": 2 / 3, "ثلثا": 2 / 3},
    ),
    "he": (
        re.compile(r"(?<!\S)[ובלמה]?(מחצית|חצי|שליש|רבע|שני שלישים)(?!\S)(?!\s+(?:ה)?גמר)"),
        {"מחצית": 0.5, "חצי": 0.5, "שליש": 1 / 3, "רבע": 0.25, "שני שלישים": 2 / 3},
    ),
}  # fmt: skip


def _word_fractions(s: SourceSentence, lang: str) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Danish, Arabic and Hebrew fractions in words, with what they are of, and where they stand."""
    if lang not in _WORD_FRACTIONS:
        return [], []
    pattern, values = _WORD_FRACTIONS[lang]
    out, spans = [], []
    for m in pattern.finditer(s.text):
        value = values[m.group(1).lower()]
        counts = _after_phrase(s.text[m.end() :], lang)
        context = _rtl_context(s.text[: m.start()], lang) if lang in ("ar", "he") else None
        if context:  # "هبوط سعر الصرف إلى نصف قيمته": half of what the measure was
            counts = f"{counts} ({context})" if counts else context
        out.append(Fact("figure", m.group(0).strip(), s.index, value=value, counts=counts))
        spans.append(m.span())
    return out, spans


def find_figures(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """Figure facts of the source sentences; `value` normalised (scale words and suffixes applied)."""
    lang = language.split("-")[0].lower()
    out: list[Fact] = []
    for s in sentences:
        # Arabic glues "and" to a number ("و20 %"): read it as if spaced, at the same offsets.
        # So are "by" and "to", often with a tatweel ("بـ3 أهداف", "لـ50 قتيلا").
        # Hebrew glues its prefixes too, mostly with a hyphen (ב-8%) but not always (ב8%).
        glued = {"ar": r"(?<!\S)[وبلفك]\u0640?(?=[0-9\u0660-\u0669])", "he": r"(?<!\S)[ובלמהכש]{1,2}(?=[0-9])"}
        readable = re.sub(glued[lang], lambda m: " " * len(m.group(0)), s.text) if lang in glued else s.text
        numbers = _changes_apart(s.text, _local_ranges(s.text, find_numbers(readable, lang), lang), lang)
        fraction_spans = [m.span() for m in _FRACTION.finditer(s.text)] if lang == "en" else []
        if lang == "en":
            out.extend(_fractions(s))
        else:
            for fraction, (a, b) in zip(*_word_fractions(s, lang), strict=True):
                if not any(n.start < b and a < n.end for n in numbers):
                    out.append(fraction)  # not the half of "to og en halv time" (2.5, read as one number)
                    fraction_spans.append((a, b))
        start = len(out)
        spelled_years = _arabic_spelled_years(s.text, numbers) if lang == "ar" else set()
        for n in numbers:
            if n.start in spelled_years or any(a <= n.start < b for a, b in fraction_spans):
                continue  # the "two" of "two thirds of" is read with its fraction
            if lang == "ar" and n.spelled and re.match(r"[وبل]?ال", n.text) and n.value_max is None:
                continue  # "المصابين الثلاثة", "نقل الثلاثة": the three already named, not a new figure
            if lang == "he" and n.spelled and re.match(r"[ובלמש]?ה", n.text) and n.value_max is None:
                continue  # "השני", "השלושה": an ordinal or the ones already named
            if _is_score(s.text, n):
                continue
            aged = n.kind == "year" and re.match(r"\s*-?\s*years?[- ]old\b", s.text[n.end :])
            if aged:  # "a 2000 year old tradition": an age, not a date
                n = dataclasses.replace(n, kind="number")
            elif n.kind == "year":
                quantity = as_quantity(s.text, n, lang)
                counted = quantity.qualifier and quantity.qualifier.lower() not in ("up to", "op til", "op mod")
                if counted and re.match(r"\s+[^\W\d_A-ZÆØÅ]", s.text[n.end :]):
                    n = quantity  # "more than 2000 homes": a quantity, not a year
            if n.kind in ("year", "time") or _is_date_part(s.text, n, lang) or _part_of_name(s.text, n, lang):
                continue
            after = s.text[n.end :]
            if n.spelled and _skip_spelled(n, s.text[: n.start], after, lang):
                continue
            unit, span = _unit(after, lang)
            if n.currency:
                unit = n.currency
            elif unit is None and n.kind == "percent":
                unit = "percent"
            elif unit is None and lang == "he" and re.search(r"(?<!\S)פי\s+$", s.text[: n.start]):
                unit = "times"  # "פי שלושה": threefold
            elif unit is None and re.match(_PERCENT_AFTER_NEXT, after):
                unit, span = "percent", len(after) - len(after.lstrip())  # "fra 5 til 7 procent": both percent
            if lang == "ar" and n.spelled and dual_unit(n.text):
                unit = dual_unit(n.text)
            rest = after[span:] if not n.currency else re.sub(_CURRENCY_WORDS, "", after)
            counts = _counts(s.text, n, rest, unit, lang)
            if unit == "years" and after.startswith("-year-old"):
                counts = f"age ({counts})" if counts and counts != "age" else "age"
            out.append(
                Fact("figure", _figure_text(s.text, n), s.index, value=n.value, value_max=n.value_max,
                     qualifier=n.qualifier, unit=unit, counts=counts, number=n)
            )  # fmt: skip
        _share_counts([f for f in out[start:] if f.number is not None], s.text)
        _share_forward([f for f in out[start:] if f.number is not None], s.text, lang)
    return out


_SCORE = re.compile(r"(?<![\d.,])\d{1,2}\s?–\s?\d{1,2}(?!\d|[.,]\d)(?!\s*(?:%|percent|per cent|procent|[a-z]+s\b))")


def _is_score(text: str, n: NumberMatch) -> bool:
    """A match score ("defeated Panama 3–0", "ended 0–0"): small whole numbers joined by an en dash
    with no unit after; a result, not a quantity the article reports."""
    return any(m.start() <= n.start < m.end() for m in _SCORE.finditer(text))


def _arabic_spelled_years(text: str, numbers: list[NumberMatch]) -> set[int]:
    """Years written in words ("كأس العالم لألفين واثنين وعشرين", 2022): a spelled 1,000-2,100 with "and"
    and a spelled number under 100 right after it; the starts of both parts."""
    out: set[int] = set()
    for a, b in zip(numbers, numbers[1:], strict=False):
        if (
            a.spelled
            and b.spelled
            and 1000 <= a.value <= 2100
            and b.value < 100
            and re.fullmatch(r"\s*", text[a.end : b.start])
            and b.text.startswith("و")
        ):
            out.update((a.start, b.start))
    return out


def _figure_text(text: str, n: NumberMatch) -> str:
    """The figure as written, with its qualifier and currency sign when there are."""
    start = n.start
    sign = re.search(r"(?:US\$|[$£€¥₪])\s*$", text[: n.start])
    if sign:
        start = sign.start()
    if n.qualifier:
        at = text.rfind(n.qualifier.rstrip("-"), 0, start)
        if at >= 0:
            start = at
    return text[start : n.end]
