"""People and the role or title the article gives them, later mentions merged by surname.

Evidence that a capitalised name is a person, in the order news copy gives it: a title before it
("US Secretary of State Antony Blinken"), an apposition after or before it ("Mohammed Thabet, a
spokesman for ...", "Formanden for X, Jens Ole Bak,"), a speech verb ("Netanyahu said"), or an
earlier full mention with the same surname ("Blinken said"). A capitalised run with none of these is
left alone: precision matters more than catching every name. Arabic and Hebrew sources (no capitals)
get the title and speech-verb shapes only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.places import ORG_WORDS_EN, known_names

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "told", "added", "adds", "stated", "declared", "warned", "announced", "noted", "wrote",
           "asked", "insisted", "explained", "stressed", "tweeted", "recalled"),
    "da": ("sagde", "siger", "udtalte", "tilføjede", "tilføjer", "fortalte", "fortæller", "skriver", "skrev",
           "kaldte", "mener", "understreger", "frygter"),
}  # fmt: skip
TITLE_WORDS = {
    "secretary", "state", "secretary-general", "general", "president", "vice", "prime", "minister", "foreign",
    "defense", "defence", "deputy", "assistant", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief",
    "director", "governor", "senator", "sen.", "rep.", "mayor", "king", "queen", "prince", "sheikh", "pope",
    "chancellor", "commissioner", "envoy", "dr", "dr.", "professor", "prof.", "gen.", "colonel", "col.", "lt.",
    "captain", "judge", "justice", "speaker", "leader", "chairman", "chairwoman", "ceo", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "sir", "lord", "brig.", "brigadier", "major", "maj.", "interior", "finance", "health",
    "vicedirektør", "direktør", "formand", "formanden", "statsminister", "udenrigsminister",
    "borgmester", "talsmand", "talskvinde", "chef", "ordfører", "administrerende",
}  # fmt: skip
ROLE_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "minister", "official", "assistant", "deputy", "director",
    "president", "chief", "leader", "head", "adviser", "advisor", "ambassador", "secretary", "commander",
    "researcher", "professor", "analyst", "resident", "teacher", "engineer", "doctor", "mayor", "governor",
    "senator", "member", "lawyer", "chairman", "founder", "manager", "envoy", "representative", "general",
    "direktør", "formand", "minister", "borgmester", "talsmand", "professor", "chef", "forsker", "ordfører",
)  # fmt: skip
_COMMON_STARTS = {
    "a", "an", "the", "in", "at", "on", "but", "and", "as", "any", "he", "she", "they", "it", "that", "this",
    "speaking", "meanwhile", "returning", "residents", "representatives", "airstrikes", "eight", "there",
    "ifølge", "når", "den", "de", "det", "en", "et", "hver", "ikke", "vi", "parken", "byggeriet", "forsinkelsen",
}  # fmt: skip
_MONTHS_DAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
_CAP = r"[A-ZÆØÅÉÖÄÜ][\w'’-]*"
_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:of|for|bin|al|de|van|von|der|la)\s+)?{_CAP})*")

AR_TITLES = ("العميد", "اللواء", "العقيد", "الدكتور", "الدكتورة", "الشيخ", "الوزير", "الوزيرة", "المهندس",
             "الأستاذ", "السيد", "السيدة", "الرئيس", "النائب")  # fmt: skip
AR_ORG_WORDS = ("المديرية", "شركة", "وزارة", "شرطة", "جامعة", "اللجنة", "الحكومة", "السلطات", "الهيئة", "مجلس",
                "الشركة", "الوزارة", "المركز", "خبراء")  # fmt: skip
AR_SPEECH = r"(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت)"
HE_TITLES = ("ד״ר", 'ד"ר', "פרופ'", "פרופ׳", 'עו"ד', "השר", "השרה", 'ח"כ', "הרב", 'תא"ל', "אלוף")
HE_ROLE_WORDS = ("מהנדס", "מהנדסת", "מנהל", "מנהלת", "דובר", "דוברת", "ראש", 'יו"ר', "שר", "שרת", "חוקר",
                 "חוקרת", "מפקד", "מנכ\"ל", "סגן", "סגנית", "רופא", "רופאה", "ראש העיר")  # fmt: skip
HE_SPEECH = r"(?:אמר|אמרה|אמרו|הוסיף|הוסיפה|מסר|מסרה|ציין|ציינה)"


@dataclass
class Person:
    name: str
    role: str | None
    sentences: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return surname(self.name)


def surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else name


class PeopleIndex:
    """The people of one article; a later mention by surname (or a longer name) joins the first."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, mention: str) -> Person | None:
        mention = _strip_possessive(mention.strip())
        for person in reversed(self.people):
            if mention == person.name or surname(mention) == person.key or mention == person.key:
                return person
        return None

    def add(self, name: str, role: str | None, sentence: int) -> Person:
        name = _strip_possessive(name.strip())
        person = self.find(name)
        if person is None:
            person = Person(name, role)
            self.people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        if role and not person.role:
            person.role = role
        if sentence not in person.sentences:
            person.sentences.append(sentence)
        return person

    def facts(self) -> list[Fact]:
        return [
            Fact("person", p.name, min(p.sentences), role=p.role, sentences=sorted(p.sentences)) for p in self.people
        ]


def _strip_possessive(name: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", name)


def _is_title(token: str) -> bool:
    low = token.lower().rstrip(",")
    return low in TITLE_WORDS or all(part in TITLE_WORDS for part in low.split("-"))


def find_people(sentences: list[SourceSentence], language: str, index: PeopleIndex | None = None) -> PeopleIndex:
    """Every person the sentences name, with roles; `index` may already hold people (quote speakers)."""
    lang = language.split("-")[0].lower()
    index = index or PeopleIndex()
    if lang == "ar":
        for s in sentences:
            _arabic_people(s, index)
    elif lang == "he":
        for s in sentences:
            _hebrew_people(s, index)
    else:
        lowercase_words = {w for s in sentences for w in re.findall(r"\b[a-zæøå][\w'-]*", s.text)}
        for s in sentences:
            _latin_people(s, lang, index, lowercase_words)
        # Second pass: a surname used before the full name appears (a headline) is the same person.
        for person in index.people:
            pattern = re.compile(rf"(?<![\w-]){re.escape(person.key)}(?![\w-])")
            person.sentences = sorted({*person.sentences, *(s.index for s in sentences if pattern.search(s.text))})
    return index


def _latin_people(s: SourceSentence, lang: str, index: PeopleIndex, lowercase_words: set[str]) -> None:
    text = s.text
    places = known_names()
    verbs = "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))
    for m in _RUN.finditer(text):
        tokens = m.group(0).split()
        start = m.start()
        at_start = not text[:start].strip(" \"'“‘–-")
        if at_start and (tokens[0].lower() in _COMMON_STARTS or tokens[0].lower() in lowercase_words):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not tokens:
            continue
        split = 0
        real_title = False
        while split < len(tokens) - 1 and (
            _is_title(tokens[split]) or tokens[split] in ("of", "for") or tokens[split] in places
        ):
            real_title = real_title or _is_title(tokens[split])
            split += 1
        title, name_tokens = tokens[:split], tokens[split:]
        name = _strip_possessive(" ".join(name_tokens))
        if (
            not name
            or name in places
            or any(t.lower() in _MONTHS_DAYS or _is_title(t) for t in name_tokens)
            or len(name_tokens) > 4
            or any(t.strip("'’s") in ORG_WORDS_EN for t in tokens)
        ):
            continue
        after = text[m.end() :]
        before = text[:start]
        role: str | None = " ".join(title) if real_title else None
        evidence = real_title
        appos = re.match(r",\s+((?:a|an|the|en|et|den|det)\s+[^,]+?)(?:,|\s+(?:said|sagde)\b|$)", after)
        if appos and any(re.search(rf"\b{n}", appos.group(1).lower()) for n in ROLE_NOUNS):
            role, evidence = role or appos.group(1).strip(), True
        prior = re.search(r"(?:^|[,:]\s*)([^,:]+),\s*$", before)
        if prior and any(_is_title(w) for w in prior.group(1).split()):
            role = role or re.sub(rf"^(?:{verbs})\s+", "", prior.group(1).strip())
            evidence = True
        lead = re.search(r"((?:\S+\s+){0,3})$", before)
        lead_words = (lead.group(1) if lead else "").split()
        for i, word in enumerate(lead_words):
            if _is_title(word) and not re.search(r"[,.;:]", " ".join(lead_words[i:])):
                role = role or " ".join([*lead_words[i:], *title]).strip()
                evidence = True
                break
        spoke_after = re.match(rf"\s+(?:also\s+|then\s+|later\s+)?(?:{verbs})\b", after)
        said_before = re.search(r"\b(?:said|says|added|sagde|siger)\s+$", before) and re.match(r"\s*(?:[.,]|$)", after)
        if spoke_after or said_before:
            evidence = evidence or name not in lowercase_words
        known = index.find(name)
        if known is not None:
            index.add(name, role, s.index)
        elif evidence:
            index.add(name, role, s.index)


def _arabic_people(s: SourceSentence, index: PeopleIndex) -> None:
    for m in re.finditer(rf"(?:^|\s){AR_SPEECH}\s+([^،:«.]+)(?:،\s*([^،:«]+))?", s.text):
        segment = re.split(r"\s+(?:أن|إن|إنها|إنه|أنه|أنها)\b", m.group(1))[0].strip()
        words = segment.split()
        if not words or words[0] in AR_ORG_WORDS or len(words) > 7:
            continue
        title = words[0] if words[0] in AR_TITLES else None
        role_after = (m.group(2) or "").strip()
        role_after = re.sub(r"^(?:وهي|وهو)\s+", "", role_after)
        if role_after.startswith(("في ", "للصحفيين")):
            role_after = ""
        has_name = title is not None or " بن " in f" {segment} " or " بنت " in f" {segment} "
        if has_name:
            roles = [r for r in (title, role_after) if r]
            index.add(segment, "، ".join(roles) or None, s.index)
        elif len(words) == 1 and index.find(words[0]):
            index.add(words[0], None, s.index)


def _hebrew_people(s: SourceSentence, index: PeopleIndex) -> None:
    titles = "|".join(re.escape(t) for t in HE_TITLES)
    for m in re.finditer(rf"(?:^|\s)({titles})\s+(\S+\s+\S+?)(?:,\s*([^,.]+))?[,.]", s.text):
        role = m.group(1) + (f", {m.group(3).strip()}" if m.group(3) else "")
        index.add(m.group(2), role, s.index)
    for m in re.finditer(rf"(?:^|[\s,\"”]){HE_SPEECH}\s+([^.\"]+)", s.text):
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        if not parts or parts[0].startswith(("כי", "ש", "ל")) and len(parts[0].split()) > 3:
            continue
        if parts[0].split()[0] in HE_ROLE_WORDS and len(parts) > 1:
            role, name = parts[0], parts[1]
        else:
            name, role = parts[0], (parts[1] if len(parts) > 1 and parts[1].split()[0] in HE_ROLE_WORDS else "")
        name_words = name.split()
        if not name_words or name_words[0] in ("כי", "עם", "את") or len(name_words) > 3:
            continue
        index.add(" ".join(name_words), role or None, s.index)
