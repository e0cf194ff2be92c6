"""Who a mention of a speaker is among the article's people: a name or surname, a pronoun (the subject of
the sentence before, of the right sex), a role or an honorific ("the spokesman", "سموه"), a group or an
unnamed source, and which organisation "the company said" means.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing_app.core.facts.gazetteer import given_genders
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.orgs import AR_HEADS, HE_HEADS
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_ROLE_WORDS,
    PeopleIndex,
    Person,
    described_role,
    merge_roles,
)
from briefing_app.core.facts.people_ar_words import AR_ORG_WORDS, AR_ROLE_NOUNS
from briefing_app.core.facts.people_he import (
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
from briefing_app.core.facts.quotes_ar import (
    body_after_verb,
    governed_noun,
    group_speaker,
    heads_role,
    office_subject,
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


# The sex a pronoun names ("she said", "sagde hun", "אמרה היא"), to pass over a person of the other sex.
PRONOUN_SEX = {"he": "m", "she": "f", "han": "m", "hun": "f", "הוא": "m", "היא": "f"}


def sex_of(person: Person) -> str:
    """ "m", "f" or "" from the person's given name or title (Mrs Roe, Mr Doe)."""
    words = person.name.replace(".", "").split()
    if len(words) < 2:
        return ""
    title = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f", "hr": "m", "fru": "f"}
    return title.get(words[0].lower()) or given_genders().get(words[0], "")


def _position(text: str, person: Person) -> int:
    """Where `person` is first named in `text` (after the end when not at all)."""
    at = text.find(person.key)
    return at if at >= 0 else len(text)


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

    def last_named(self, before: int, within: str = "", sex: str = "") -> Person | None:
        """The person named most recently: in `within` (the sentence so far), else in earlier sentences;
        with `sex` ("m" or "f", from "he" or "she"), never one whose given name is the other sex's."""
        people = [p for p in self.people.people if not sex or sex_of(p) in ("", sex)]
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
            if mentioned:
                # the subject of the sentence before, usually named first ("Roe of the Herald dubbed the
                # Doe affair..."), not a name used in passing later in it
                text = self.text.get(index, "")
                return min(mentioned, key=functools.partial(_position, text))
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
        if words[0] in HE_ROLE_WORDS or (words[0].startswith("ה") and words[0][1:] in HE_ROLE_WORDS):
            role = [words.pop(0)]
            while words and words[0].startswith("ה") and len(words) > 1:
                role.append(words.pop(0))  # "שר האוצר", "דובר המשטרה": the role's complement
            if len(words) == 1 and (words[0].startswith(("ה", "צה")) or he_place(words[0])):
                role.append(words.pop(0))  # "נשיא צרפת": the office of a country, its holder speaks
        if not role and names_a_body(" ".join(words)):
            return " ".join(words[:3])  # "קבע בית המשפט": a body speaks, no person
        if role and words and he_unnamed([role[-1], *words]):
            return " ".join([*role, *words][:3])  # "תושב בשכונה הסמוכה": a role noun and a description
        if words and not words[0].startswith("ה"):
            return self.people.add(" ".join(words[:3]), " ".join(role) or None, sentence).name
        core = role[0].removeprefix("ה") if role else ""
        whole = " ".join(role).removeprefix("ה")  # "ראש הממשלה" before any "ראש ..."
        holders = [p for p in self.people.people if len(role) > 1 and p.role and whole in p.role]
        holders = holders or [p for p in self.people.people if core and p.role and core in p.role]
        if holders:
            return holders[-1].name
        return " ".join(role or words[:3])

    def in_text(self, text: str, last: bool = False) -> Person | None:
        """The person named first (or last) in `text`, by full name or surname."""
        found = []
        for p in self.people.people:
            if not p.key or p.key not in text:
                continue
            # every place the name stands as a word of its own: "Ann Roe (@AnnRoeX)" is Roe before the handle
            at, i = [], text.find(p.key)
            while i >= 0:
                end = i + len(p.key)
                if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
                    at.append(i)
                i = text.find(p.key, i + 1)
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
        body = self.organisation(mention, sentence)
        if body is not None:
            return body  # "the company said": the body named before
        if is_unnamed(mention):
            return mention  # "police said", "one witness told": no one the article names
        if re.match(rf"[وبلו]?(?:{'|'.join(HE_HEADS + AR_HEADS)})\s", mention) and len(mention.split()) <= 5:
            return mention  # "משרד התחבורה", "وزارة الزراعة": a body speaks, whatever its words resemble
        person = self.in_text(mention, last) if mention else None
        if person is not None:
            if sentence not in person.sentences:
                person.sentences.append(sentence)
            return person.name
        words = mention.split()
        if len(words) > 1 and words[0].lower() in ("a", "an", "one", "another") and is_role_noun(words[-1]):
            return mention  # "a Senate aide", "one official": someone the article does not name
        if _DESCRIPTION.fullmatch(mention):
            person = self.last_named(sentence, within)  # "the 45-year-old said", "the Briton said": who was named
            role = described_role(mention)
            if person is not None and role:
                person.role = merge_roles(person.role, role)  # "the 45-year-old teacher said": her role
            return person.name if person else mention
        if mention.lower() in _PRONOUNS and within:
            at = re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", within)
            within = within[: at.start()] if at else within  # "He described the Doe case": not Doe
        described = (  # "the grandmother said": a person the article has just named, described
            len(words) in (2, 3, 4) and words[0].lower() in ("the", "den") and words[-1][:1].islower()
            and is_person_noun(words[-1])
        )  # fmt: skip
        if (
            not mention
            or mention.lower() in _PRONOUNS
            or (words and any(is_role_noun(w) for w in words[-2:]))
            or described
        ):
            if not mention and re.search(r"[\u0600-\u06ff]", self.text.get(sentence, "")) and not self.in_text(within):
                # Arabic "وقال:" with no subject: whoever a speech verb named last goes on speaking ("وقال تيري
                # ... وأضاف: ..."), before anyone merely named in between
                body = body_after_verb(within, self.text)
                if body is not None:
                    return body  # quotes_ar: "ووصفت X ..." where the article names "شركة X": that body
                spoke = self.last_speaker(sentence)
                # (a role, "وقال الوزير X", "وأكد رئيس مجلس ... X": the person named after it, found below)
                if spoke is not None and not spoke.startswith("ال") and spoke not in AR_ROLE_NOUNS:
                    named = [p for p in self.people.people if spoke in p.name.split()]
                    person = self.in_text(spoke) or (named[0] if named else None)
                    return person.name if person is not None else spoke
            role_word = words[-1].lower() if words and is_role_noun(words[-1]) else ""
            with_role = [p for p in self.people.people if role_word and p.role and role_word[:5] in p.role.lower()]
            sex = PRONOUN_SEX.get(mention.lower(), "")
            person = with_role[-1] if with_role else self.last_named(sentence, within, sex)
            if person is not None and words and not person.role and is_role_noun(words[-1]):
                person.role = words[-1]
            if person is None and not mention:
                return self.last_speaker(sentence)
            return person.name if person else mention or None
        if re.match(r"[A-ZÆØÅ]", mention) and len(mention.split()) > 4:
            # "PC World's recent analysis of its own traffic": the name at its head speaks
            head = re.match(r"((?:[A-ZÆØÅ][\w.&-]*\s?)+?)(?:['’]s\b|\s+[a-zæøå]|$)", mention)
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
                # "وأضاف عبادي أن ...": a surname; "وقال محمد أحمد:" a whole name, up to its first particle
                return self.people.add(ar_name_words(first), None, sentence).name
            if first and first[0].startswith("ال") and len(first[0]) > 4:
                core = first[0][2:]
                with_role = [p for p in self.people.people if p.role and core in p.role]
                with_role = [p for p in with_role if heads_role(p, core)] or with_role  # not "نائب الأمين العام"
                if with_role:
                    return with_role[-1].name  # "وشدد الأمين العام": the person with that role
                if core not in _AR_ROLE_CORES:
                    return first[0]  # "وأعلن الائتلاف": a body speaks
            person = self.last_named(sentence, within)  # else the clause around names nobody
            return person.name if person else None
        return mention


# Groups that speak without a name: "police said", "officials told", "witnesses said".
_GROUPS = {"police", "officials", "authorities", "witnesses", "residents", "sources", "organisers", "organizers",
           "doctors", "protesters", "activists", "analysts", "experts", "investigators", "prosecutors", "villagers",
           "locals", "rescuers", "survivors", "critics", "officers", "troops", "soldiers", "students",
           "workers"}  # fmt: skip


def is_unnamed(mention: str) -> bool:
    """Whether a lower-case mention names nobody in particular: a group ("police", "local officials") or one of
    many ("one witness", "another resident")."""
    words = mention.split()
    if not words or not mention.islower() or len(words) > 3:
        return False
    last = words[-1]
    many = words[0] in ("one", "another", "two", "three", "several", "some", "many", "other")
    return last in _GROUPS or (many and (is_person_noun(last) or is_person_noun(last.removesuffix("s"))))
