"""Who a mention of a speaker is among the article's people: a name or surname, a pronoun (the subject of
the sentence before, of the right sex), a role or an honorific ("the spokesman", "سموه"), a group or an
unnamed source, and which organisation "the company said" means.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.core.facts.gazetteer import given_genders, lookup
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.orgs import AR_HEADS, HE_HEADS
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_ROLE_WORDS,
    SPEECH_VERBS,
    PeopleIndex,
    Person,
    described_role,
    merge_roles,
)
from briefing_app.core.facts.people_ar_words import AR_ORG_WORDS, AR_ROLE_NOUNS, ar_construct_head
from briefing_app.core.facts.people_he import (
    HE_TITLES,
    _he_given,
    he_place,
    he_unnamed,
    names_a_body,
)
from briefing_app.core.facts.quote_cues import (
    ANY_BODY,
    AR_FILLERS,
    AR_HE_STOP,
    BODY,
    PUBLIC_BODY,
    ar_name_words,
)
from briefing_app.core.facts.quote_groups import PLURAL, opening_body, pair_named
from briefing_app.core.facts.quotes_ar import (
    ar_body_words,
    ar_opening_body,
    body_after_verb,
    governed_noun,
    group_speaker,
    heads_role,
    name_after_title,
    name_before_apposition,
    office_subject,
    opening_office,
    says_in_name,
)
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

_PRONOUNS = {"he", "she", "han", "hun", "הוא", "היא", "they", "de"}


_AR_ROLE_CORES = {"رئيس", "وزير", "أمين", "متحدث", "ناطق", "مدير", "قيادي", "مسؤول", "زعيم", "نائب", "سفير", "مرشد"}


# Honorifics that stand for the dignitary just named, as Gulf news writes them: سموه (His Highness), معاليه
# (His Excellency), فضيلته, جلالته, سعادته, دولته, سيادته, and their feminine and plural forms.
_AR_HONORIFIC = re.compile(r"(?:سمو|معالي|فضيلت|جلالت|سعادت|دولت|سيادت|حضرت|نيافت|غبطت)(?:ه|ها|هم)")


# A definite description of someone already named: "the 45-year-old", "the Briton", "the Dane".
_DESCRIPTION = re.compile(
    r"(?:the|den)\s+(?:\d+-year-old|\d+-årige|[A-Z][a-z]+(?:ian|ese|ish|an|i|er|ite))(?:\s+[a-zæøå][\w-]*){0,3}"
)


# A fronted adverbial before the subject: "After meeting X, ", "Speaking with X on Monday, ", "Unlike X, ".
_FRONTED = re.compile(
    r"(?:After|Before|While|When|Since|Following|Despite|Although|Though|Unlike|Like|Speaking|Asked|Meeting|"
    r"Visiting|During|With|Alongside|Along\s+with|Together\s+with)\b[^,;.]{0,100},\s"
)
# Nouns of a description that tell a person's sex ("the 45-year-old mother of two", "the Dane's husband").
_FEMALE_NOUNS = {"mother", "woman", "wife", "daughter", "sister", "grandmother", "girl", "widow", "actress", "mor",
                 "kvinde", "hustru", "datter", "søster", "pige"}  # fmt: skip
_MALE_NOUNS = {"father", "man", "husband", "son", "brother", "grandfather", "boy", "widower", "actor", "far",
               "mand", "søn", "bror", "dreng"}  # fmt: skip


def _noun_sex(description: str) -> str:
    """ "f" or "m" when a noun of the description tells the sex ("the 45-year-old mother"), else ""."""
    words = set(description.lower().split())
    return "f" if words & _FEMALE_NOUNS else "m" if words & _MALE_NOUNS else ""


# "was greeted at the airport by the mayor and his wife, ": a passive verb, then "by" and its agent (English, Danish
# "blev modtaget af"), with no verb after "by" that would start a new clause.
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been|being|is|are|blev|bliver)\s+(?:\w+ly\s+)?[a-zæøå]+(?:ed|en|wn|t|et)\b[^.;]*?\b(?:by|af)\s+"
    r"(?:(?!\b(?:was|were|is|are|has|had|said|says)\b)[^.;])*$"
)


# A preposition (English, Danish) right before a name: the name is its object, not a clause's subject.
_GOVERNED = re.compile(
    r"\b(?:of|for|at|from|with|to|about|against|on|in|under|af|fra|med|til|om|mod|hos)\s+(?:the\s+)?$"
)


# "A spokesperson for the Port Authority", "One official at the ministry": an unnamed person opening a sentence.
_UNNAMED_SUBJECT = re.compile(
    r"((?:A|An|One|Another)\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?"
    r"[A-ZÆØÅ][\w.&'’-]*(?:\s+(?:of\s+)?[A-ZÆØÅ][\w.&'’-]*)*)"
)


# The sex a pronoun names ("she said", "sagde hun", "אמרה היא"), to pass over a person of the other sex.
PRONOUN_SEX = {"he": "m", "she": "f", "han": "m", "hun": "f", "הוא": "m", "היא": "f"}


def sex_of(person: Person) -> str:
    """ "m", "f" or "" from the person's given name or title (Mrs Roe, Mr Doe)."""
    words = person.name.replace(".", "").split()
    if len(words) < 2:
        return ""
    title = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "hr": "m", "fru": "f"}
    if words[0].lower() in title:
        return title[words[0].lower()]
    while len(words) > 2 and is_role_noun(words[0].lower()):
        words = words[1:]  # "Representative Jim Roe", "Senator Ann Doe": the given name after the title
    return given_genders().get(words[0]) or given_genders().get(_unaccented(words[0]), "")


@functools.lru_cache(maxsize=32)
def _addressed(texts: tuple[str, ...]) -> dict[str, str]:
    """Surnames the article writes after Mr, Mrs, Ms or Miss, with the sex the title gives ("" when it gives
    both: "Mr. and Mrs. Roe")."""
    out: dict[str, str] = {}
    for text in texts:
        for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)", text):
            sex = "m" if m.group(1) == "Mr" else "f"
            out[m.group(2)] = sex if out.get(m.group(2), sex) == sex else ""
    return out


def _role_noun(word: str) -> bool:
    """A role noun, also in the Danish definite form ("borgmesteren", "talsmanden": the mayor, the spokesman)."""
    return is_role_noun(word) or (
        len(word) > 5 and word[:1].islower() and word.endswith(("en", "et")) and is_role_noun(word[:-2])
    )


def _name_start(text: str, person: Person, at: int) -> int:
    """Where the person's full name starts in `text` when it is written there, else `at`."""
    return text.find(person.name) if person.name in text else at


def _named_by_given(text: str, sex: str) -> tuple[str, str | None] | None:
    """The first "Given Family" name in `text` (Latin script) whose given name is borne mostly by `sex`, and the
    title written right before it ("Representative Ann Doe": "Representative"), if any."""
    for m in re.finditer(r"\b([A-Z][a-z]+)\s+((?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b(?!\s+[A-Z])", text):
        if (
            given_genders().get(m.group(1)) == sex
            and not is_role_noun(m.group(2).lower())
            and not _PASSIVE_AGENT.search(text[: m.start()])
        ):
            title = re.search(r"\b([A-Z][a-z]+)\s+$", text[: m.start()])
            role = title.group(1) if title and is_role_noun(title.group(1).lower()) else None
            return f"{m.group(1)} {m.group(2)}", role
    return None


def _unaccented(word: str) -> str:
    """A name without its accents ("Íngrid" -> "Ingrid"), as the census lists write given names."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _position(text: str, person: Person, people: Sequence[Person] = ()) -> int:
    """Where `person` is first named in `text` (after the end when not at all)."""
    at = next(iter(_places(text, person, people)), -1)
    return at if at >= 0 else len(text)


def _places(text: str, person: Person, people: Sequence[Person]) -> list[int]:
    """Every place `text` names `person` by full name or surname as a word of its own, leaving out a shared
    surname that another of `people` owns there by given name ("Erik Dahl" is not Anne Dahl)."""
    if not person.key:
        return []
    others = {
        q.name.split()[0] for q in people
        if q is not person and (q.key == person.key or q.name.endswith(" " + person.key)) and len(q.name.split()) > 1
    }  # fmt: skip
    namesakes = [
        q.name for q in people
        if q is not person and (q.key == person.key or q.name.endswith(" " + person.key)) and len(q.name.split()) > 2
    ]  # fmt: skip
    out = []
    for m in re.finditer(re.escape(person.key), text):
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        if any(text[:end].endswith(n) for n in namesakes) and not text[:end].endswith(person.name):
            continue  # "René Chura Roe" written in full is not Elias Roe (a middle name stands before the surname)
        given = re.search(r"(\S+)\s+(?:[a-z]{1,3}[-\s])?$", text[: m.start()])  # (a particle: "Mo al-Roe")
        if given is not None and given.group(1) in others and not person.name.startswith(given.group(1) + " "):
            continue
        out.append(m.start())
    return out


@dataclass
class Speakers:
    """Resolves speaker mentions to people; remembers who was named last."""

    people: PeopleIndex
    text: dict[int, str]
    organisations: Sequence[Fact] = ()

    def organisation(self, mention: str, sentence: int) -> str | None:
        """The body "the ministry" or "the company" stands for: one named before whose name holds the noun
        ("the ministry": "Ministry of Health"), else for "the company" or "the firm" the one named last."""
        words = mention.split()
        if len(words) == 1 and words[0].startswith(("ال", "وال")) and words[0].split("ال", 1)[1] in AR_HEADS:
            core = words[0].split("ال", 1)[1]  # "وقالت الوزارة": the ministry named before (وزارة الصحة)
            named = [o for o in self.organisations if o.text.split()[0] in (core, "ال" + core)]
            named = [o for o in named if min(o.sentences or [o.sentence]) <= sentence]
            return named[-1].text if named else None
        m = BODY.fullmatch(mention)
        if m is None:
            return None
        before = [o for o in self.organisations if min(o.sentences or [o.sentence]) <= sentence]
        noun = m.group(1).lower()
        fitting = [o for o in before if noun[:5] in o.text.lower()]
        pool = fitting or ([o for o in before if not PUBLIC_BODY.search(o.text)] if noun in ANY_BODY else [])
        if not pool:
            return None
        return max(pool, key=lambda o: max(i for i in (o.sentences or [o.sentence]) if i <= sentence)).text

    def sex(self, person: Person) -> str:
        """The person's sex as the article addresses them ("Mr. Roe", "Mrs Roe"), else as `sex_of` reads the given
        name: a title the writer chose outweighs a given-name list that has the name mostly for the other sex."""
        addressed = _addressed(tuple(self.text.values())).get(person.key, "") if person.key else ""
        return addressed or sex_of(person)

    def last_named(self, before: int, within: str = "", sex: str = "") -> Person | None:
        """The person named most recently: in `within` (the sentence so far), else in earlier sentences;
        with `sex` ("m" or "f", from "he" or "she"), never one whose given name is the other sex's."""
        people = [p for p in self.people.people if (not sex or self.sex(p) in ("", sex)) and not says_in_name(p.name)]
        if within:
            # the subject of the clause the quote ends (named first after its last comma), else the person
            # named last in the sentence: "X spoke, and Y gave a speech in which he said that" is Y
            clause = re.split(r"[،,;؛]", within)[-1]
            found = [(clause.find(p.key), p) for p in people if p.key and p.key in clause]
            if found:
                return min(found, key=lambda fp: fp[0])[1]
            found = [(within.rfind(p.key), p) for p in people if p.key and p.key in within]
            if found:
                return max(found, key=lambda fp: fp[0])[1]
            holder = office_subject(within, people, before) if re.match(r"[\u0600-\u06ff]", within) else None
            if holder is not None:
                return holder  # Arabic "وشدد الأمين العام ...": the office's holder, not the last one named
        for index in range(before - 1, -1, -1):
            mentioned = [p for p in people if index in p.sentences]
            text = self.text.get(index, "")
            arabic = re.match(r"[\u0600-\u06ff]", text) is not None
            holder = office_subject(text, people, index) if not mentioned and arabic else None
            if holder is not None:
                return holder  # "وشدد الأمين العام ... . وأكد أن ...": the office's holder goes on
            # a passive's agent ("She was met at the airport by Ann Roe") is not who the sentence is about
            at = functools.partial(_position, text, people=self.people.people)
            mentioned = [p for p in mentioned if at(p) < len(text) or p.key not in text]
            mentioned = [p for p in mentioned if not _PASSIVE_AGENT.search(text[: at(p)])]
            if mentioned:
                # the subject of the sentence before, usually named first ("Roe of the Herald dubbed the
                # Doe affair..."), not a name used in passing later in it, nor one governed by a preposition
                # ("Head of Friends for Clean Air, Jane Roe, spoke": not "Clean Air")
                free = [p for p in mentioned if not _GOVERNED.search(text[: _name_start(text, p, at(p))])]
                # "After meeting Kim Park, Alex Lee spoke": a name inside a fronted adverbial is not the subject
                fronted = _FRONTED.match(text)
                main = [p for p in free or mentioned if fronted is None or at(p) >= fronted.end()]
                return min(main or free or mentioned, key=at)
            office = re.match(r"(?:The|Den|Det)\s+([a-zæøå-]{3,})(?:\s+([a-zæøå-]{3,}))?", text)
            nouns = [w for w in (office.groups() if office else ()) if w and is_role_noun(w)]
            holders = [p for p in people if nouns and p.role and nouns[-1][:5] in p.role.lower()]
            if holders:
                return holders[-1]  # "The mayor was more careful. "...," she said.": the mayor named before
            unlisted = _named_by_given(text, sex) if sex and index == before - 1 else None
            if unlisted is not None and self.people.find(unlisted[0]) is None:
                # "But Senator Ann Doe was not moved. "...," she said.": a given name of her sex, then a family
                # name, in the sentence just before is the one "she" is, whether or not the people finder knew her
                return self.people.add(unlisted[0], unlisted[1], index)
        return None

    def last_speaker(self, sentence: int) -> str | None:
        """Arabic: the name after the latest speech verb up to this sentence ("وقال تيري ..."), for a bare
        "وقال:" when the people finder knows nobody: the one who spoke last speaks on."""
        for index in range(sentence, max(sentence - 3, -1), -1):
            names = [
                m.group(1)
                for m in re.finditer(rf"(?:^|\s){AR_SPEECH}\s+([\u0621-\u064a]{{3,}})", self.text.get(index, ""))
                if m.group(1) not in AR_FILLERS and m.group(1) not in AR_HE_STOP
                and m.group(1) not in AR_ORG_WORDS  # "أعلنت شركة ...": a body's kind, no one's name
                and not m.group(1).startswith(("بأن", "بال", "لل"))
            ]  # fmt: skip
            if names:
                return names[-1]
        return None

    def _hebrew(self, mention: str, sentence: int, within: str) -> str | None:
        """A Hebrew mention: a role and its complement, then a name ("השר משה כהן", "דובר המשטרה"). The name
        if one follows the role, else the person holding that role, else the role itself."""
        words = [w.strip(",.:") for w in mention.split() if w.strip(",.:")]
        while words and words[0] in AR_HE_STOP:
            words = words[1:]
        if not words:
            person = self.last_named(sentence, within)
            return person.name if person else None
        led_by_role = words[0] in HE_ROLE_WORDS or words[0][1:] in HE_ROLE_WORDS
        if he_unnamed(words) and not led_by_role:
            return " ".join(words[:3])  # "אמרה אחות במחלקה": someone described, not named
        role: list[str] = []
        titled = words[0] in HE_TITLES  # 'כתבה ח"כ X Y': X Y, an MK
        if titled or words[0] in HE_ROLE_WORDS or (words[0].startswith("ה") and words[0][1:] in HE_ROLE_WORDS):
            role = [words.pop(0)]
            while words and words[0].startswith("ה") and len(words) > 1:
                role.append(words.pop(0))  # "שר האוצר", "דובר המשטרה": the role's complement
            if len(words) == 1 and (words[0].startswith(("ה", "צה")) or he_place(words[0])):
                role.append(words.pop(0))  # "נשיא צרפת": the office of a country, its holder speaks
            if words and names_a_body(" ".join(words)):
                role, words = [*role, *words], []  # "דוברת משרד הבריאות": the role's body, no person named
        known = lookup(" ".join(words))
        if not role and (names_a_body(" ".join(words)) or (known is not None and known.kind == "organisation")):
            return " ".join(words[:3])  # "קבע בית המשפט", 'צה"ל': a body speaks, no person
        if role and words and he_unnamed([role[-1], *words]):
            return " ".join([*role, *words][:3])  # "תושב בשכונה הסמוכה": a role noun and a description
        plural = words and words[0].endswith(("ים", "ות")) and not _he_given(words[0])  # (not חיים, a name)
        if not role and plural and self.people.find(words[0]) is None:
            return " ".join(words[:3])  # "אמרו גורמים בכירים", "כתבו תושבים": a plural noun, a group unnamed
        if words and not words[0].startswith("ה"):
            return self.people.add(" ".join(words[:3]), " ".join(role) or None, sentence).name
        core = role[0].removeprefix("ה") if role else ""
        whole = " ".join(role).removeprefix("ה")  # "ראש הממשלה" before any "ראש ..."
        holders = [p for p in self.people.people if len(role) > 1 and p.role and whole in p.role]
        holders = holders or [p for p in self.people.people if core and p.role and core in p.role]
        if holders:
            return holders[-1].name
        return " ".join(role or words[:3])

    def _group_before(self, sentence: int, within: str) -> str | None:
        """The group that is the subject of the clause so far or of the sentence before ("Residents said ...",
        "Local officials were angry", "Beboerne siger ..."), for a plural pronoun."""
        for text in (within, self.text.get(sentence - 1, "")):
            m = re.match(r"\W*(?:(?:the|many|some|local|angry|several|other)\s+)*([a-zæøå]+(?:\s+[a-zæøå]+)?)\b",
                         text.lower())  # fmt: skip
            words = m.group(1).split() if m else []
            for n in (2, 1):
                if len(words) >= n and is_unnamed(" ".join(words[:n])):
                    return " ".join(words[:n])
        return None

    def _unnamed_before(self, sentence: int) -> str | None:
        """The unnamed person the sentence before opens with as the subject of a verb of saying ("A spokesman
        for the Port Authority, its press office, said ..."), whom "he said" after it goes on quoting; None when
        that sentence opens otherwise or names a person of the article before its verb."""
        text = self.text.get(sentence - 1, "")
        m = _UNNAMED_SUBJECT.match(text)
        if m is None or not is_person_noun(m.group(2)):
            return None
        verb = re.search(rf"\b(?:{'|'.join(SPEECH_VERBS['en'])})\b", text)
        if verb is None or self.in_text(text[: verb.start()]) is not None:
            return None
        return m.group(1)

    def _role_holder(self, words: list[str], sentence: int) -> Person | None:
        """The person whose role holds every word of a role-only mention ("the harbour master", "the port
        spokesman", "the chief executive"), the one named most recently before `sentence`; None unless the
        mention is "the" and two or three lower-case words that end in a person noun."""
        if not (3 <= len(words) <= 4 and words[0].lower() == "the" and all(w.islower() for w in words[1:])):
            return None
        if not is_person_noun(words[-1]):
            return None
        described = [w.lower() for w in words[1:]]
        holders = [p for p in self.people.people if p.role and all(w in p.role.lower().split() for w in described)]
        return max(holders, key=lambda p: max((i for i in p.sentences if i <= sentence), default=-1), default=None)

    def in_text(self, text: str, last: bool = False) -> Person | None:
        """The person named first (or last) in `text`, by full name or surname."""
        found = []
        for p in self.people.people:
            if not p.key or p.key not in text:
                continue
            # every place the name stands as a word of its own: "Ann Roe (@AnnRoeX)" is Roe before the handle;
            # "Mo Roe" is not Ann Roe
            at = _places(text, p, self.people.people)
            if at:
                found.append((at[-1] if last else at[0], p))
        if not found:
            return None
        return (max if last else min)(found, key=lambda fp: fp[0])[1]

    def resolve(self, mention: str | None, sentence: int, within: str = "", last: bool = False) -> str | None:
        """The person a mention names: the one named in it (the last one for an introduction before the
        quote, "the Secretary and Director Bill Bodie:"), else a pronoun's or role's antecedent."""
        if mention is None:
            return None
        mention = mention.strip(" ,.")
        if mention.lower() in ("i", "we", "jeg", "vi"):
            return "the author"  # "While I opined on my blog:": the article's author quotes their own words
        # "siger hun og tilføjer:", "said Roe and added:": the speaker before a second verb joined by and/og
        mention = re.sub(r"\s+(?:og|and)\s+(?:also\s+|så\s+)?[a-zæøå]+:?$", "", mention)
        # "said Acme, which owns the mine", "said Acme, the operator": a name and what describes it; the name
        mention = re.sub(
            r"^((?:[A-ZÆØÅ][\w&'’.-]*\s+){0,4}[A-ZÆØÅ][\w&'’-]*),\s+(?:which|who|whose|the|a|an|its|der|som)\s.*$",
            r"\1",
            mention,
        )
        # "said the Harbour Board in a statement on Monday": where and when it was said are no part of the name
        adjunct = _ADJUNCT_AFTER_NAME.match(mention)
        if adjunct and len(adjunct.group(1).split()) >= 2:  # (not a participle's "Writing in a blog post, ...")
            mention = adjunct.group(1)
        body = self.organisation(mention, sentence)
        if body is not None:
            return body  # "the company said": the body named before
        if is_unnamed(mention):
            return mention  # "police said", "one witness told": no one the article names
        if re.match(rf"[وبلו]?(?:{'|'.join(HE_HEADS + AR_HEADS)})\s", mention) and len(mention.split()) <= 5:
            return mention  # "משרד התחבורה", "وزارة الزراعة": a body speaks, whatever its words resemble
        if re.fullmatch(r"(?:[A-ZÆØÅ][\w'’-]*\s+)*[A-ZÆØÅ][\w'’-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+", mention) and (
            is_person_noun(mention.split()[-1])
        ):
            return mention  # "Roe's spokesman", "the Minister's aide": the one who works for Roe, not Roe
        if re.match(r"(?:an?|one|another)\s+(?:[a-z-]+\s+)?[a-z-]+\s+(?:for|of|at|from|to|with)\s", mention) and (
            is_person_noun(re.split(r"\s+(?:for|of|at|from|to|with)\s", mention)[0].split()[-1])
        ):
            return mention  # "a spokesman for Roe", "one official at the ministry": someone unnamed
        arabic = re.search(r"[\u0600-\u06ff]", mention) is not None
        apposed = name_before_apposition(mention, self.people.people) if arabic else None
        if apposed is not None:  # quotes_ar: "الباحث X مدير المختبر", the role after the name read as a person
            return self.people.add(apposed[0], apposed[1], sentence).name
        person = self.in_text(mention, last) if mention else None
        if person is None and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", mention):
            person = self.people.find(mention)  # "Jane noted:" after "Jane Roe": the one person of that given name
        if person is not None:
            if sentence not in person.sentences:
                person.sentences.append(sentence)
            return person.name
        words = mention.split()
        if len(words) > 1 and words[0].lower() in ("a", "an", "one", "another") and is_role_noun(words[-1]):
            return mention  # "a Senate aide", "one official": someone the article does not name
        if _DESCRIPTION.fullmatch(mention):
            # "the 45-year-old said", "the Briton said": who was named ("the mother of two": a woman)
            person = self.last_named(sentence, within, _noun_sex(mention))
            role = described_role(mention)
            if person is not None and role:
                person.role = merge_roles(person.role, role)  # "the 45-year-old teacher said": her role
            return person.name if person else mention
        if PLURAL.fullmatch(mention):
            # "Residents said ... . "...," they said.": a group speaks, never one person named before; "Ann Roe and
            # Tom Weller inspected the pier. "...," the two said.": the two of them (quote_groups)
            pair = pair_named(within, self.people.people) or pair_named(self.text.get(sentence - 1, ""),
                                                                          self.people.people)  # fmt: skip
            group = pair or self._group_before(sentence, within)
            if group is None and mention.lower() in ("they", "de"):
                # 'The Roe Trust backed the plan. "...," they said.': a body spoken of in the plural
                group = opening_body(within if re.search(r"\w", within) else self.text.get(sentence - 1, ""),
                                     self.organisations)  # fmt: skip
            return group or mention
        if mention.lower() in _PRONOUNS and within:
            at = re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", within)
            within = within[: at.start()] if at else within  # "He described the Doe case": not Doe
        holder = self._role_holder(words, sentence)
        if holder is not None:
            return holder.name  # "the harbour master added": the one the article named with that role
        possessed = re.fullmatch(r"(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+", mention)
        if possessed and (is_person_noun(words[-1]) or is_person_noun(words[-1].removesuffix("s"))):
            return mention  # '"...," his lawyer said': someone close to the one named, whom the article does not name
        described = (  # "the grandmother said": a person the article has just named, described
            len(words) in (2, 3, 4) and words[0].lower() in ("the", "den") and words[-1][:1].islower()
            and is_person_noun(words[-1])
        )  # fmt: skip
        # "Zambian Economist observed:": capitalised words without "the" are a name (a blog's, a pen name), not
        # a role the people finder should look up ("the economist observed")
        titled = len(words) > 1 and all(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "den")
        if (
            not mention
            or mention.lower() in _PRONOUNS
            or (words and not titled and any(_role_noun(w) for w in words[-2:]))
            or described
        ):
            if not mention and re.search(r"[\u0600-\u06ff]", self.text.get(sentence, "")) and not self.in_text(within):
                # Arabic "وقال:" with no subject: whoever a speech verb named last goes on speaking ("وقال تيري
                # ... وأضاف: ..."), before anyone merely named in between
                bodies = [o.text for o in self.organisations]
                body = body_after_verb(within, self.text) or ar_opening_body(within, bodies)
                if body is not None:
                    # quotes_ar: "ووصفت X ..." where the article names "شركة X"; "فيما استنكرت الخارجية العراقية
                    # ...، ووعدت بأنها «...»": the body the sentence opens with as its verb's subject
                    return body
                spoke = self.last_speaker(sentence)
                # (a role, "وقال الوزير X", "وأكد رئيس مجلس ... X": the person named after it, found below)
                if spoke is not None and not spoke.startswith("ال") and spoke not in AR_ROLE_NOUNS:
                    named = [p for p in self.people.people if spoke in p.name.split()]
                    person = self.in_text(spoke) or (named[0] if named else None)
                    return person.name if person is not None else spoke
            role_word = words[-1].lower() if words and _role_noun(words[-1]) else ""
            with_role = [p for p in self.people.people if role_word and p.role and role_word[:5] in p.role.lower()]
            # "the health minister said" beside a finance minister: the one whose role holds every word of it
            qualifiers = [w.lower()[:5] for w in words[1:-1] if w[:1].islower()]
            fitting = [p for p in with_role if all(q in (p.role or "").lower() for q in qualifiers)]
            with_role = fitting if qualifiers and fitting else with_role
            sex = PRONOUN_SEX.get(mention.lower(), "")
            unnamed = self._unnamed_before(sentence) if sex and not re.search(r"\w", within) else None
            if unnamed is not None:
                return unnamed  # "A spokesman for the port said ... . "...," he said.": the spokesman, unnamed
            person = with_role[-1] if with_role else self.last_named(sentence, within, sex)
            if person is not None and words and not person.role and is_role_noun(words[-1]):
                person.role = words[-1]
            if person is None and not mention:
                return self.last_speaker(sentence)
            return person.name if person else mention or None
        if re.match(r"[A-ZÆØÅ]", mention) and len(mention.split()) > 4:
            # "PC World's recent analysis of its own traffic": the name at its head speaks
            # (an article opening the sentence is no part of it: "A report by X" has no name at its head)
            head = re.match(
                r"(?:(?:The|An?)\s+)?(?!(?:The|An?|On|In|At|From|For|One|Some)\b)((?:[A-ZÆØÅ][\w.&-]*\s?)+?)"
                r"(?:['’]s\b|\s+[a-zæøå]|$)",
                mention,
            )
            return head.group(1).strip() if head else mention
        if re.search(r"[\u0590-\u05ff]", mention):
            return self._hebrew(mention, sentence, within)
        if re.search(r"[\u0590-\u06ff]", mention):
            first = re.sub(r"^(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|تابع|تابعت)\s+", "", mention).split()
            words_before = len(first)
            while first and first[0].strip(":") in AR_FILLERS:
                first = first[1:]  # "وتابع قائلا:", "وقال أيضا:", "كلمة أكد فيها أنه": nobody named here
            if first and _AR_HONORIFIC.fullmatch(first[0].strip(":،")):
                first = []  # "وأوضح سموه" (His Highness explained): the dignitary just named
            if not first:
                # quotes_ar: "وأدلى المتحدث باسم الوزارة بتصريح قال فيه:": the office opening the sentence
                office = opening_office(within, self.people.people) if words_before > 0 else None
                if office is not None:
                    return office
                person = self.last_named(sentence, within)
                return person.name if person else None
            group = group_speaker(first, self.people.people)
            if group is not None:
                return group  # "قال أحد مهندسي المصنع", "أعلنت مجموعة ...": no person of its own
            if first[0] in AR_HEADS and len(first) > 1:
                return " ".join(first[:2])  # "وقالت منظمة أوكسفام": an organisation speaks, no person
            if first and (
                first[0] in AR_HE_STOP
                or first[0].startswith(("بال", "لل", "بأن", "لأن"))
                or (len(first) < words_before and governed_noun(first[0]))  # "صرحت فيه بوجود": its object
            ):
                # "صرحت فيها بأن" (declared in it that), "قال للصحفيين": a clause, the subject named before it
                person = self.last_named(sentence, within)
                return person.name if person else None
            if (
                first
                and not first[0].startswith(("ال", "ה"))
                and len(first[0]) >= 3
                and first[0] not in HE_ROLE_WORDS  # "אמר מפקד המחוז ...": a title, the person follows it
            ):
                if len(first) >= 3 and ar_construct_head(first[1], first[2]):
                    # "وأشار حارس مرمى المنتخب ...": a role in a construct chain, no name; the one who holds it
                    holders = [p for p in self.people.people if p.role and " ".join(first[:2]) in p.role]
                    return holders[-1].name if holders else " ".join(first[:4])
                # "وأضاف عبادي أن ...": a surname; "وقال محمد أحمد:" a whole name, up to its first particle
                return self.people.add(ar_name_words(first), None, sentence).name
            after_title = name_after_title(first) if first and first[0].startswith("ال") else None
            if after_title is not None:  # quotes_ar: "وتساءل المحلل السياسي جمال حسن:" is the name after the title
                return self.people.add(after_title[0], after_title[1], sentence).name
            if first and first[0].startswith("ال") and len(first[0]) > 4:
                core = first[0][2:]
                with_role = [p for p in self.people.people if p.role and core in p.role]
                headed = [p for p in with_role if heads_role(p, core)]  # not "نائب الأمين العام"
                # (a body's name is no office: "وحذرت الأمم المتحدة" is not the one whose role is "ممثلة الأمم المتحدة")
                with_role = headed or (with_role if core in _AR_ROLE_CORES else [])
                if with_role:
                    return with_role[-1].name  # "وشدد الأمين العام": the person with that role
                if core not in _AR_ROLE_CORES:
                    return ar_body_words(first)  # "وأعلن الائتلاف", "وحذرت الأمم المتحدة": a body speaks
            person = self.last_named(sentence, within)  # else the clause around names nobody
            return person.name if person else None
        return mention


# Groups that speak without a name: "police said", "officials told", "witnesses said".
_GROUPS = {"police", "officials", "authorities", "witnesses", "residents", "sources", "organisers", "organizers",
           "doctors", "protesters", "activists", "analysts", "experts", "investigators", "prosecutors", "villagers",
           "locals", "rescuers", "survivors", "critics", "officers", "troops", "soldiers", "students",
           "workers",
           # Danish groups, in the definite plural as news writes them ("beboerne siger", "ifølge vidnerne")
           "beboerne", "vidnerne", "eksperterne", "forældrene", "borgerne", "myndighederne", "demonstranterne",
           "lægerne", "eleverne", "arbejderne", "kilderne", "fiskerne", "landmændene"}  # fmt: skip


# A capitalised name (after "the") and the adjunct that follows it in an inverted attribution ("said the Harbour
# Board in a statement", "said Acme on Monday").
_ADJUNCT_AFTER_NAME = re.compile(
    r"^((?:the\s+)?(?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){0,6}[A-Z][\w&'’-]*)\s+"
    r"(?:in\s+(?:a|an|its|their|the)\s|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:yesterday|today|earlier|later|last|this)\b).*$"
)


def is_unnamed(mention: str) -> bool:
    """Whether a lower-case mention names nobody in particular: a group ("police", "local officials") or one of
    many ("one witness", "another resident")."""
    words = mention.split()
    if not words or not mention.islower() or len(words) > 3:
        return False
    last = words[-1]
    many = words[0] in ("one", "another", "two", "three", "several", "some", "many", "other")
    return last in _GROUPS or (many and (is_person_noun(last) or is_person_noun(last.removesuffix("s"))))
