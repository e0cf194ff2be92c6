"""Quotes and who said them, including the shapes wire copy and interviews leave behind.

Handled: marked quotes with the speaker after (`"...," Okafor said.`, `"...," said the Green
Party's health spokesman John Doe.`) or before (`X said: «...»`, `X warned the "..."`,
`according to X, "..."`); a paragraph whose opening quote mark is missing; a quote that runs to the
paragraph's end unclosed and goes on in the next paragraph (the speaker named at the end of the last
paragraph said all of it); quotes whose marks were stripped (`That will take time, Okafor said.`);
Danish dash quotes (`– ..., siger X.`). A pronoun ("he said", "sagde han") is the person named most
recently; a role ("the spokesman said", "siger FDBchefen") is the person with that role, else the
person named most recently. Quoted words of fewer than four words are names or scare quotes, not
quotes. A speaker is always resolved to a person of the article when one is named.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_ROLE_WORDS,
    HE_SPEECH,
    SPEECH_VERBS,
    PeopleIndex,
    Person,
)
from briefing_app.core.facts.roles import is_role_noun

_OPEN = "“«„‟‘"
_CLOSE = "”»’"
_PRONOUNS = {"he", "she", "han", "hun", "הוא", "היא", "they", "de"}
_NAME = (
    r"(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*(?:\s+(?:(?:da|de|van|von|al|bin)\s+)?(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*){0,3}"
)
_MIN_WORDS = 4
_AR_ROLE_CORES = {"رئيس", "وزير", "أمين", "متحدث", "ناطق", "مدير", "قيادي", "مسؤول", "زعيم", "نائب", "سفير", "مرشد"}
_AR_HE_STOP = {
    "أن",
    "إن",
    "إنه",
    "إنها",
    "أنه",
    "أنها",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "ما",
    "كي",
    "כי",
    "את",
    "על",
    "של",
    "גם",
    "לא",
    "זה",
    "זו",
    "אשר",
    "לפי",
}


# Words between a speech verb and the quote that name nobody: "قائلا" (saying), "أيضا" (also), "فيها" (in it).
_AR_FILLERS = {"قائلا", "قائلة", "قائلين", "أيضا", "فيها", "فيه", "بالقول", "بقوله", "بقولها", "كذلك", "اليوم",
               "أمس", "للصحفيين", "للصحافيين"}  # fmt: skip
# Speech verbs Arabic news uses to introduce a quote besides those the people finder reads.
_AR_QUOTE_VERBS = r"(?:و|ف)?(?:زاد|أفاد|أفادت|أردف|أردفت|استطرد|حذر|حذرت|رأى|رأت|قائلا|قائلة)"


_ALL_VERBS = "|".join(sorted({v for verbs in SPEECH_VERBS.values() for v in verbs}, key=len, reverse=True))


def _verbs(lang: str) -> str:
    return "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))


def _quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch of a paragraph, repairing a missing opening mark."""
    marks = [(i, c) for i, c in enumerate(text) if c in '"' + _OPEN + _CLOSE and not _is_apostrophe(text, i)]
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for n, (i, c) in enumerate(marks):
        closing_shape = i > 0 and text[i - 1] in ",.!?;" and (i + 1 == len(text) or not text[i + 1].isalnum())
        # ', "siger Peter Duetoft': a closing mark misplaced before the verb, after the comma's space
        closing_shape = closing_shape or (
            i >= 2
            and text[i - 2] in ",.!?"
            and text[i - 1] == " "
            and re.match(rf"(?:{_ALL_VERBS})\b", text[i + 1 :]) is not None
        )
        if open_at is None:
            if c in "”»" or (c == '"' and closing_shape and n == 0):
                spans.append((0, i, True))  # the paragraph's opening mark is missing
            elif c == "’":
                continue  # a lone right single quote is an apostrophe (workers’ pay)
            else:
                open_at = i + 1
        elif c in _OPEN and c != "„" and c != "‘":
            open_at = i + 1
        elif c == "‘":
            continue  # a single-quoted phrase inside a quote
        elif c == "’" and text[open_at - 1] != "‘":
            continue
        else:
            spans.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text), False))
    return [(a, b, c) for a, b, c in spans if len(text[a:b].split()) >= _MIN_WORDS]


def _is_apostrophe(text: str, i: int) -> bool:
    if text[i] not in "‘’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalpha() and after.isalpha()) or (text[i] == "’" and before == "s" and not after.isalnum())


def _position(text: str, person: Person) -> int:
    """Where `person` is named last in `text` (-1 when not at all): the latest mention is the antecedent."""
    return text.rfind(person.key)


@dataclass
class _Speakers:
    """Resolves speaker mentions to people; remembers who was named last."""

    people: PeopleIndex
    text: dict[int, str]

    def last_named(self, before: int, within: str = "") -> Person | None:
        """The person named most recently: in `within` (the sentence so far), else in earlier sentences."""
        if within:
            found = [(within.rfind(p.key), p) for p in self.people.people if p.key in within]
            if found:
                return max(found, key=lambda fp: fp[0])[1]
        for index in range(before - 1, -1, -1):
            mentioned = [p for p in self.people.people if index in p.sentences]
            if mentioned:
                text = self.text.get(index, "")
                return max(mentioned, key=functools.partial(_position, text))
        return None

    def in_text(self, text: str, last: bool = False) -> Person | None:
        """The person named first (or last) in `text`, by full name or surname."""
        found = [
            (text.rfind(p.key) if last else text.find(p.key), p) for p in self.people.people if p.key and p.key in text
        ]
        found = [(at, p) for at, p in found if re.match(r"(?:\W|$)", text[at + len(p.key) :] or " ")]
        if not found:
            return None
        return (max if last else min)(found, key=lambda fp: fp[0])[1]

    def resolve(self, mention: str | None, sentence: int, within: str = "", last: bool = False) -> str | None:
        """The person a mention names: the one named in it (the last one for an introduction before the
        quote, "the Secretary and Director Bill Bodie:"), else a pronoun's or role's antecedent."""
        if mention is None:
            return None
        mention = mention.strip(" ,.")
        person = self.in_text(mention, last) if mention else None
        if person is not None:
            if sentence not in person.sentences:
                person.sentences.append(sentence)
            return person.name
        words = mention.split()
        if not mention or mention.lower() in _PRONOUNS or (words and any(is_role_noun(w) for w in words[-2:])):
            role_word = words[-1].lower() if words and is_role_noun(words[-1]) else ""
            with_role = [p for p in self.people.people if role_word and p.role and role_word[:5] in p.role.lower()]
            person = with_role[-1] if with_role else self.last_named(sentence, within)
            if person is not None and words and not person.role and is_role_noun(words[-1]):
                person.role = words[-1]
            return person.name if person else mention or None
        if re.match(r"[A-ZÆØÅ]", mention) and len(mention.split()) > 4:
            # "PC World's recent analysis of its own traffic": the name at its head speaks
            head = re.match(r"((?:[A-ZÆØÅ][\w.&-]*\s?)+?)(?:['’]s\b|\s+[a-zæøå]|$)", mention)
            return head.group(1).strip() if head else mention
        if re.search(r"[\u0590-\u06ff]", mention):
            first = re.sub(r"^(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|تابع|تابعت)\s+", "", mention).split()
            while first and first[0].strip(":") in _AR_FILLERS:
                first = first[1:]  # "وتابع قائلا:", "وقال أيضا:", "كلمة أكد فيها أنه": nobody named here
            if not first:
                person = self.last_named(sentence, within)
                return person.name if person else None
            if first[0] in AR_HEADS and len(first) > 1:
                return " ".join(first[:2])  # "وقالت منظمة أوكسفام": an organisation speaks, no person
            if (
                first
                and not first[0].startswith(("ال", "ה"))
                and len(first[0]) >= 3
                and first[0] not in _AR_HE_STOP
                and first[0] not in HE_ROLE_WORDS  # "אמר מפקד המחוז ...": a title, the person follows it
            ):
                return self.people.add(first[0], None, sentence).name  # "وأضاف عبادي أن ...": a surname
            if first and first[0].startswith("ال") and len(first[0]) > 4:
                core = first[0][2:]
                with_role = [p for p in self.people.people if p.role and core in p.role]
                if with_role:
                    return with_role[-1].name  # "وشدد الأمين العام": the person with that role
                if core not in _AR_ROLE_CORES:
                    return first[0]  # "وأعلن الائتلاف": a body speaks
            person = self.last_named(sentence, within)  # else the clause around names nobody
            return person.name if person else None
        return mention


def _speaker_after(after: str, lang: str) -> str | None:
    """The speaker named right after a closing quote mark, "" for a bare verb, None if none."""
    after = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"“])", after, maxsplit=1)[0]  # this sentence only
    if lang == "he":
        m = re.match(rf"\s*[,.]?\s*{HE_SPEECH}(?:\s+([^.\"]+))?", after)
        if not m:
            return None
        parts = [p.strip() for p in (m.group(1) or "").split(",") if p.strip()]
        if parts and parts[0].split()[0] in HE_ROLE_WORDS and len(parts) > 1:
            return " ".join(parts[1].split()[:3])
        return " ".join(parts[0].split()[:3]) if parts else ""
    if lang == "ar":
        m = re.match(rf"\s*[،,.]?\s*{AR_SPEECH}\s+([^،.\"]+)", after)
        return m.group(1).strip() if m else None
    verbs = _verbs(lang)
    m = re.match(rf"\s*[,.!?]?\s*(?:({_NAME}|[Hh]e|[Ss]he|they|han|hun|(?:the|a|an)\s+[\w\s'-]{{2,40}}?)\s+(?:also\s+)?"
                 rf"(?:{verbs})\b|(?:{verbs})\s+(.+))", after)  # fmt: skip
    if m:
        return (m.group(1) or m.group(2) or "").strip()
    m = re.match(r"\s*[,.]?\s*(?:according to|ifølge)\s+(.+)", after, re.IGNORECASE)
    return m.group(1) if m else None


def _speaker_before(before: str, lang: str) -> str | None:
    """A speaker introducing the quote in the same sentence: "X said:", "X warned the", "according to X,"."""
    if re.search(r"[.!?]\W*$", before) or not before.strip():
        return None  # the quote starts a sentence: no introduction in it
    before = re.split(r"(?<=[.!?])[\"”’»]?\s+", before)[-1]  # '... early." After the match, X said, "...
    if lang == "ar":
        m = re.search(rf"{AR_SPEECH}\s+([^،:]+)", before)
        if m:
            return m.group(1).strip()
        m = re.search(rf"(?:^|\s){_AR_QUOTE_VERBS}\s*([^،:]*)[:\s]*$", before)
        if m is None:
            return None
        name = m.group(1).strip()
        return name if len(name.split()) <= 3 else ""  # "قائلا:" alone: the person just named
    if lang == "he":
        m = re.search(rf"{HE_SPEECH}\s+([^,:]+)", before)
        return m.group(1).strip() if m else ("" if re.search(rf"{HE_SPEECH}", before) else None)
    verbs = _verbs(lang) + "|saying|adding|noting|stating|writing|warning|insisting|siger|sagde"
    m = re.search(r"(?:according to|ifølge)\s+(.+?),?\s*$", before, re.IGNORECASE)
    if m:
        return m.group(1)
    m = re.search(rf"^(.*?)\b(?:{verbs})\b", before)
    if m and len(before) - m.end() < 60 and len(m.group(1).split()) <= 12 and not re.search(r"[\"“”«»]", m.group(1)):
        return m.group(1).split(",")[-1].strip() if m.group(1) else ""  # "Of the process, he said,": "he"
    if re.search(r":\s*$", before):  # "Thomas: ..." or an introduction ending in a colon
        return before.rstrip(": ")
    return None


def _is_title_or_term(quoted: str) -> bool:
    """Quoted Title Case words with no sentence in them: a work, site or campaign's name, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not words or re.search(r"[.!?,;:]\s", quoted + " ") and len(words) > 8:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6 and not re.search(r"[.!?]\s*$", quoted.strip())


def _danish_dash(text: str, verbs: str) -> tuple[str, str] | None:
    m = re.match(rf"^[–-]\s+(.+?),?\s+(?:{verbs})\s+(.+?)\.?$", text)
    return (m.group(1), m.group(2)) if m else None


def find_quotes(sentences: list[SourceSentence], language: str, people: PeopleIndex) -> list[Fact]:
    """Quotes with their speakers, one fact per quote, covering every sentence it runs through."""
    lang = language.split("-")[0].lower()
    speakers = _Speakers(people, {s.index: s.text for s in sentences})
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: list[Fact] = []
    verbs = _verbs(lang)
    pending: list[Fact] = []  # quotes of earlier paragraphs left open, waiting for their speaker
    for group in paragraphs.values():
        text, offsets = "", []
        for s in group:
            offsets.append((len(text) + (1 if text else 0), s))
            text = f"{text} {s.text}" if text else s.text
        previous: str | None = None
        covered: set[int] = set()
        spans = _quote_spans(text)
        for start, end, closed in spans:
            inside = [s for off, s in offsets if off < end and start < off + len(s.text)]
            first = inside[0].index
            mention = _speaker_after(text[end + 1 :], lang) if closed else None
            introduced = False
            if mention is None:
                mention = _speaker_before(text[:start].rstrip(' "“«„'), lang)
                introduced = mention is not None
            quoted = text[start:end]
            if _is_title_or_term(quoted) or (mention is None and previous is None and closed and len(quoted.split()) < 8
                                             and not re.match(r"\W*$", text[:start])):  # fmt: skip
                continue  # a title ("The Internet Explorer 6 Countdown") or a phrase quoted in passing
            if mention is None and previous is not None:
                speaker: str | None = previous
            elif mention is None and not closed:
                speaker = None  # decided by the paragraph that closes it
            else:
                sentence_start = max(off for off, s in offsets if off <= max(start - 1, 0))
                speaker = speakers.resolve(
                    mention if mention is not None else "", first, text[sentence_start:start], last=introduced
                )
            fact = Fact(
                "quote", text[start:end].strip(" ,"), first, speaker=speaker, sentences=[s.index for s in inside]
            )
            if speaker is not None:
                for waiting in pending:
                    waiting.speaker = speaker
                pending = []
            elif not closed:
                pending.append(fact)
            previous = speaker
            covered.update(s.index for s in inside)
            out.append(fact)
        if spans and spans[-1][2] is True:
            for waiting in pending:  # an open quote the next paragraph did not take up
                waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
            pending = []
        for s in group:
            if s.index in covered:
                continue
            if lang == "da":
                dash = _danish_dash(s.text, verbs)
                if dash:
                    out.append(Fact("quote", dash[0], s.index, speaker=speakers.resolve(dash[1], s.index)))
                    continue
            if lang == "ar":
                m = re.search(
                    rf"(?:^|\s)(?:{AR_SPEECH}|{_AR_QUOTE_VERBS})\s*([^،:\"«»]{{0,40}}?)\s*:\s*([^\"«»]{{12,}})$", s.text
                )
                if (
                    m
                    and len(m.group(2).split()) >= _MIN_WORDS
                    and not re.match(r"(?:إن|أن|إنه|أنه|إنها|أنها)\s", m.group(2))
                ):
                    # "وقال : ما رأيناه في رواندا لم نره في دارفور.": speech after a colon, unmarked
                    speaker = speakers.resolve(m.group(1), s.index, s.text[: m.start()])
                    out.append(Fact("quote", m.group(2).strip(), s.index, speaker=speaker))
                    continue
            if lang in ("en", "da"):
                m = re.match(
                    rf"^(.{{12,}}?),\s+(?:((?:the\s+\w+)|{_NAME}|he|she|they|han|hun)\s+(?:{verbs})|(?:{verbs})\s+({_NAME}))"
                    r"(?:\s+\w+)?\s*(?:[.,]|$)",
                    s.text,
                )
                if m and not re.search(rf"\b(?:{verbs})\b", m.group(1)) and len(m.group(1).split()) >= _MIN_WORDS:
                    mention = m.group(2) or m.group(3)
                    out.append(Fact("quote", m.group(1), s.index, speaker=speakers.resolve(mention, s.index)))
    for waiting in pending:
        waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
    return out
