"""The people of one article: a person, every role the article gives, later mentions merged by surname."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from briefing_app.core.facts.ar_glued_names import same_glued
from briefing_app.core.facts.ar_lineage import ar_other_lineage, opens_longer_lineage
from briefing_app.core.facts.gazetteer import given_genders
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_ar_words import _ar_is_given, ar_other_given_name, foreign_given
from briefing_app.core.facts.people_family_tails import family_tail
from briefing_app.core.facts.per_document import per_document


@dataclass
class Person:
    name: str
    role: str | None
    sentences: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return surname(self.name)

    def take_sentences(self, other: Person) -> None:
        """Count the sentences of `other`, this same person read a second time, as this person's."""
        self.sentences = sorted(set(self.sentences) | set(other.sentences))


@lru_cache(maxsize=4096)  # asked for every person at every mention: one article's names, over and over
def surname(name: str) -> str:
    """The last word, without a glued article: "Bashar al-Assad" is "Assad" later (and Gulf copy's capital "Al-":
    "MP Mubarak Al-Harees ... Harees added")."""
    parts = name.split()
    if len(parts) > 2 and re.fullmatch(r"(?:Jr|Sr)\.?|I{2,3}|IV", parts[-1]):
        parts = parts[:-1]  # "Martin Truex Jr": a generational suffix, the family name before it ("Truex said")
    last = parts[-1] if parts else name
    return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould|Al|El)-(?=[A-Z])", "", last)


def _fold_table() -> dict[int, str]:
    """Latin letters with accents to their base letter ("é" to "e", "Ł" stays: it has no decomposition), every
    apostrophe to "'" and every hyphen or dash inside a name to "-"; one character for one (offsets hold).
    Arabic: an alif with or without its hamza or madda (إشتيه، اشتيه), a closing ة or ه (اشتية، اشتيه) and a closing
    ى or ي (زكى، زكي: Egyptian copy writes the final ya without its dots, often only in some lines of an article),
    which copy writes either way for one name, are one letter."""
    table = {ord(c): "'" for c in "’‘ʼ`´′"} | {ord(c): "-" for c in "‐‑‒–—"}
    table |= {ord(c): "ا" for c in "أإآ"} | {ord("ة"): "ه", ord("ى"): "ي"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


@per_document  # (every mention is compared with every person found so far)
def _foreign_respelling(key: str, word: str) -> bool:
    """Whether `word` writes the foreign family name `key` again with one long vowel (ا و ي, not the first
    letter) more or fewer, or with its g as ج for غ: "غوتيرش", "جوتيريش" for "غوتيريش". Only a transliterated
    name (three long vowels after its first letter, as Arabic writes a foreign name's vowels out) is respelt so;
    Arabic names that differ by a vowel are other names (الحسني، الحسيني)."""
    key, word = key.replace("ج", "غ"), word.replace("ج", "غ")
    long, short = (key, word) if len(key) > len(word) else (word, key)
    if not re.fullmatch(r"[\u0621-\u064a]{5,}", short) or sum(ch in "اوي" for ch in long[1:]) < 3:
        return False
    if long == short:
        return True
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(1, len(long)) if long[i] in "اوي"
    )


@per_document  # every mention is compared with every person found so far
def _forms(name: str) -> tuple[str, str, str]:
    """A person's name as `find` compares it: folded, its folded surname, folded with spaces for hyphens."""
    folded = fold(name)
    return folded, fold(surname(name)), folded.replace("-", " ")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A name as it is compared, not as it is shown: news copy writes one person "Rémy" and "Remy", "O'Neill"
    and "O’Neill" (a typesetter's apostrophe), and they are one person."""
    return text.translate(_FOLD)


_PEOPLEINDEX_RE1 = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}")
_PEOPLEINDEX_RE2 = re.compile(r"[\u0621-\u064a]{5,}")
_PEOPLEINDEX_RE3 = re.compile(r"[A-Za-zÀ-ÿ]")
_PEOPLEINDEX_RE4 = re.compile(r"[\u0621-\u064a]{4,}")
_PEOPLEINDEX_RE5 = re.compile(r"[\u05d0-\u05ea]")
_PEOPLEINDEX_RE6 = re.compile(r"[A-Z][a-z]")


class PeopleIndex:
    """The people of one article; a later mention by surname (or a longer name) joins the first."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, mention: str) -> Person | None:
        mention = fold(strip_possessive(mention.strip()))
        mention_key, mention_spaced = surname(mention), mention.replace("-", " ")
        for person in reversed(self.people):
            name, key, spaced = _forms(person.name)
            if mention == name or mention == key or mention_spaced == spaced:
                return person  # ("Jean-Luc Roe" and "Jean Luc Roe" are one)
            if mention_key == key and not _other_given_name(mention, name) and not ar_other_lineage(mention, name):
                return person
        for person in reversed(self.people):
            if same_glued(mention, fold(person.name)) or opens_longer_lineage(fold(person.name), mention):
                # ar_glued_names: "عبد الله" after "نبيل عبدالله"; ar_lineage: "محمد بن راشد آل مكتوم" after the
                # headline's "محمد بن راشد" (add() keeps the fuller name)
                return person
        if len(mention.split()) > 1:
            padded = f" {mention} "
            for person in reversed(self.people):  # "شيخة حسينة" within "شيخة حسينة واجد"
                if padded in f" {_forms(person.name)[0]} " and not ar_other_lineage(
                    mention, _forms(person.name)[0], tail_ok=False
                ):
                    return person
        if len(mention.split()) >= 2 and _PEOPLEINDEX_RE3.match(mention):
            # "Jakob Ellemann" after "Jakob Ellemann-Jensen" (or before it): a double-barrelled family name cut to its
            # first part is the same person (add() keeps the fuller name)
            for person in reversed(self.people):
                name = _forms(person.name)[0]
                if len(name.split()) >= 2 and (name.startswith(f"{mention}-") or mention.startswith(f"{name}-")):
                    return person
        if _PEOPLEINDEX_RE1.fullmatch(mention):
            # "siger Ellemann" after "Jakob Ellemann-Jensen": the first part of one person's double-barrelled family
            # name (only when no one bears it as a family name of its own, which the key matched above)
            barrelled = [
                p for p in self.people if len(p.name.split()) > 1 and _forms(p.name)[1].startswith(f"{mention}-")
            ]
            if len(barrelled) == 1:
                return barrelled[0]
            # "Inzamam was distraught" after "Inzamam-ul Haq" (or "Inzamam-ul-Haq"): a name joined to an Arabic
            # particle by a hyphen ("-ul", "-ur", "-ud" of "the ... of"), whose first part alone names the person
            # again in South Asian and sports copy; the one person named so
            joined = [p for p in self.people if _PARTICLE_JOINED.match(fold(p.name), len(mention)) and
                      fold(p.name).startswith(mention)]  # fmt: skip
            if len({p.name for p in joined}) == 1:
                return joined[-1]
        if len(mention.split()) > 2 and re.match(r"[A-Za-zÀ-ÿ]", mention):
            # "Klavs Bruun Jørgensen" after "Klavs Bruun": Danish copy names a person by given and middle name, and
            # in full later; a Latin name whose opening words are a two-word name named before is that person (add()
            # keeps the fuller name)
            for person in reversed(self.people):
                name = _forms(person.name)[0]
                if len(name.split()) >= 2 and f"{mention} ".startswith(f"{name} ") and family_tail(mention, name):
                    return person
        if len(mention.split()) > 1 and mention.split()[0].lower() in _PARTICLES:
            # "Bin Saad", "Van Dijk": a particle capitalised at the head of a later mention, the end of the full
            # name that wrote it in lower case ("Karim Ali bin Saad", "Virgil van Dijk")
            tail = f" {mention.lower()}"
            for person in reversed(self.people):
                if fold(person.name).lower().endswith(tail):
                    return person
        if _PEOPLEINDEX_RE2.fullmatch(mention):
            # "غوتيرش" and "جوتيريش" after "أنطونيو غوتيريش": Arabic copy spells a foreign family name's vowels
            # and its g (غ or ج) differently from one line to the next; the one person whose name it respells
            respelt = [p for p in self.people if len(p.name.split()) > 1 and _foreign_respelling(p.key, mention)]
            if len({p.name for p in respelt}) == 1:
                return respelt[-1]
        # (a given name of two letters too, when the name lists hold it: "Ed (21) said" after "Ed Roe")
        short_given = _PEOPLEINDEX_RE6.fullmatch(mention) is not None and given_genders().get(mention) is not None
        if _PEOPLEINDEX_RE1.fullmatch(mention) or short_given:
            # "Jane Roe ... Jane said": bloggers and friends are named again by the given name; the one
            # person whose full name starts with it (none when two do)
            by_given = [p for p in self.people if len(p.name.split()) > 1 and fold(p.name.split()[0]) == mention]
            if len(by_given) == 1:
                return by_given[0]
        if _PEOPLEINDEX_RE4.fullmatch(mention) and foreign_given(mention):
            # "وقال نيبوشا" after "نيبوشا يوفوفيتش": Arabic sports copy names a foreign coach or player again by
            # the given name, spelt out like a foreign one (no Arabic given name: "محمد" may be anyone)
            by_given = [p for p in self.people if len(p.name.split()) == 2 and p.name.split()[0] == mention]
            if len(by_given) == 1:
                return by_given[0]
        return None

    def add(self, name: str, role: str | None, sentence: int) -> Person:
        name = strip_possessive(name.strip())
        status = _HE_STATUS.match(name)
        if status is not None and len(name.split()) > 2:
            # "רס"ן מיל' X Y" (people_he_base reads "(מיל')" so): the reserve or retired mark after a rank is the
            # rank's, no part of the name
            name, role = name[status.end() :], f"{role} {status.group(1)}" if role else role
        if role and ")" in role and "(" not in role.split(")", 1)[0]:
            # "The Food Agency (FA) country director, Max Holm": a role read from inside a bracketed acronym keeps
            # the acronym and drops the stray bracket ("FA country director")
            role = re.sub(r"\)\s*", " ", role, count=1).strip() or None
        if role and _PEOPLEINDEX_RE5.search(role):
            # ('מנכ"ל C G I': the Hebrew readers split a Latin name into its letters; it is written as one word)
            spelt = re.compile(r"(?<![A-Za-z])([A-Za-z](?: [A-Za-z])+)(?![A-Za-z])")
            role = spelt.sub(lambda m: m.group(1).replace(" ", ""), role)
        person = self.find(name)
        if person is None:
            person = Person(name, role)
            self.people.append(person)
        else:
            if _glued_lead(name, person.name):
                pass  # "للشركة X Y" after "X Y": a glued preposition's noun before the name, no fuller name
            elif _glued_lead(person.name, name):
                person.name = name  # the name read first had such a word before it; this one is the name alone
            elif len(name.replace("-", " ").split()) > len(person.name.replace("-", " ").split()):
                person.name = name  # a fuller name, not the same one written with spaces for hyphens
            if role:
                person.role = merge_roles(person.role, role)
        if sentence not in person.sentences:
            person.sentences.append(sentence)
        return person

    def facts(self) -> list[Fact]:
        return [
            Fact("person", p.name, min(p.sentences), role=p.role, sentences=sorted(p.sentences))
            for p in self.people
            if p.name[:1].isalpha()  # "-Kommissionen" of "Europa-Kommissionen" after the place: a piece, no name
        ]


def _glued_lead(longer: str, shorter: str) -> bool:
    """Whether the Arabic `longer` is `shorter` after words that open no name: a noun with a glued preposition
    and the article ("للشركة", "بالوزارة") or "and the" ("والاستثمار"), the end of an office read on into the
    holder's name ("الرئيس التنفيذي للشركة X Y")."""
    words, tail = longer.split(), shorter.split()
    if len(words) <= len(tail) or words[-len(tail) :] != tail or not re.match(r"[\u0621-\u064a]", longer):
        return False
    return all(w.startswith(("لل", "بال", "وال", "ولل")) for w in words[: -len(tail)])


# A Hebrew reserve or retired mark (מיל', במיל', בדימ', בדימוס) opening a name that a rank stands before.
_HE_STATUS = re.compile(r"((?:ב)?(?:מיל|דימ|דימוס)['׳.]?)\s+")


# Particles of family names that copy writes in lower case inside a full name and capitalised at its head.
# The hyphen and Arabic particle after the first part of a name ("Inzamam-ul Haq", "Zia-ur-Rehman", "Salah-ud-Din"),
# matched right after that part.
_PARTICLE_JOINED = re.compile(r"-(?:ul|ur|ud|us|uz|un|ush)(?=[-\s]|$)")
_PARTICLES = frozenset("bin ibn ben al el abu van von der den de da di du dos das del della la le ter ten".split())


def _other_given_name(mention: str, name: str) -> bool:
    """Whether two Latin- or Hebrew-script full names share a surname but not the given name ("Nagma Roe" is not
    "Shristi Roe", "רונית שגיא" is not "גיל שגיא"); an initial stands for any given name with its letter ("J.
    Roe", "John Roe")."""
    words, known = mention.split(), name.split()
    if len(words) == 3 == len(known) and words[0] == known[0] in ("عبد", "أبو", "ابو") and words[1] != known[1]:
        return True  # "عبد الله العودة" is not "عبد العزيز العودة": a compound given name, its two words
    compound, single = (words, known) if len(words) == 3 else (known, words)
    if len(compound) == 3 and len(single) == 2 and compound[0] in ("عبد", "أبو", "ابو"):
        # "عبد الله الحربي" is not "سلمان الحربي" (nor "عبدالله الحربي" another person: the same name glued)
        return re.match(r"[\u0621-\u064a]", single[0]) is not None and single[0] != compound[0] + compound[1]
    if len(words) == 2 and len(known) == 2 and re.match(r"[\u0621-\u064a]", words[0] + known[0]):
        return ar_other_given_name(words[0], known[0])  # "مسعود بارزاني" is not "مسرور بارزاني"
    if len(words) >= 2 and len(known) >= 2 and re.match(r"[\u0621-\u064a]", words[0] + known[0]):
        # "طلال الخالد الصباح" is not "أحمد نواف الأحمد الصباح": longer names of one family that open with two
        # known given names (one name no tail of the other, which a later mention may drop a given name from)
        short, full = sorted((words, known), key=len)
        tail = full[-len(short) :] == short
        given = _ar_is_given(words[0]) and _ar_is_given(known[0])
        return not tail and given and ar_other_given_name(words[0], known[0])
    if len(words) < 2 or len(known) < 2 or not re.match(r"[A-Za-zÀ-ɏ\u05d0-\u05ea]", words[0] + known[0]):
        return False
    short, full = sorted((words, known), key=len)
    if len(short) < len(full) and full[-len(short) :] == short and re.match(r"[\u05d0-\u05ea]", short[0]):
        return False  # 'ח"כ בן צור' of "יואב בן צור": a compound family name ("בן", "בר") named alone
    first, other = words[0].rstrip("."), known[0].rstrip(".")
    if len(first) == 1 or len(other) == 1:
        return first[0] != other[0]
    return first != other


_MAX_ROLES = 3


def merge_roles(known: str | None, new: str) -> str:
    """A person's roles as the article gives them, in order: news copy often describes one person twice
    ("the former coach" in one sentence, "a test player" in the next), and a briefing keeps both. A role
    that repeats or widens one already known replaces nothing and adds nothing (or replaces it)."""
    if not known:
        return new
    parts = known.split("; ")
    for role in new.split("; "):
        low = role.lower()
        for i, part in enumerate(parts):
            if low in part.lower():
                break
            if part.lower() in low:
                parts[i] = role
                break
        else:
            if len(parts) < _MAX_ROLES:
                parts.append(role)
    return "; ".join(dict.fromkeys(parts))


_STRIP_POSSESSIVE_RE1 = re.compile(r"(?:'s|’s|(?<![\u05d0-\u05ea])(?:'|’))$")


def strip_possessive(name: str) -> str:
    if "'" not in name and "’" not in name:
        return name  # nearly every name: no pattern to run
    # (not after a Hebrew letter: there the mark is a geresh, part of the name, as in a family name ending in "ץ'")
    return _STRIP_POSSESSIVE_RE1.sub("", name)
