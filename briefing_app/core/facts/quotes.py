"""Quotes and who said them, including the shapes wire copy leaves behind.

Handled: marked quotes with the speaker after (`"...," Blinken said.`) or before (`X said: «...»`);
a paragraph whose opening quote mark is missing (its first mark closes a quote, so the quote starts
at the paragraph); a quote that runs to the paragraph's end unclosed; quotes whose marks were
stripped (`That will take time, Netanyahu said.`); Danish dash quotes (`– ..., sagde X.`). A pronoun
("he said", "sagde han", a bare אמרה) is the person named most recently before the quote; a quote
with no attribution continues the previous quote's speaker in the paragraph.
"""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people import AR_SPEECH, HE_SPEECH, SPEECH_VERBS, PeopleIndex, Person

_OPEN = "“«„‟‘"
_CLOSE = "”»’"
_PRONOUNS = {"he", "she", "han", "hun", "הוא", "היא"}
_NAME = r"[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*){0,3}"


def _verbs(lang: str) -> str:
    return "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted stretch of a paragraph, repairing a missing opening mark."""
    marks = [(i, c) for i, c in enumerate(text) if c in '"' + _OPEN + _CLOSE and not _is_apostrophe(text, i)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for n, (i, c) in enumerate(marks):
        closing_shape = i > 0 and text[i - 1] in ",.!?;" and (i + 1 == len(text) or not text[i + 1].isalnum())
        if open_at is None:
            if c in _CLOSE or (c == '"' and closing_shape and n == 0):
                spans.append((0, i))  # the paragraph's opening mark is missing
            else:
                open_at = i + 1
        elif c in _OPEN and c != "„":
            open_at = i + 1
        else:
            spans.append((open_at, i))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return [(a, b) for a, b in spans if len(text[a:b].strip()) > 3]


def _is_apostrophe(text: str, i: int) -> bool:
    return text[i] in "‘’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _position(text: str, person: Person) -> int:
    """Where `person` is first named in `text` (the end when not at all): the subject comes first."""
    found = text.find(person.key)
    return found if found >= 0 else len(text)


class _Speakers:
    """Resolves speaker mentions to people; remembers who was named last."""

    def __init__(self, people: PeopleIndex, sentences: list[SourceSentence]) -> None:
        self.people = people
        self.text = {s.index: s.text for s in sentences}

    def last_named(self, before: int) -> Person | None:
        for index in range(before - 1, -1, -1):
            mentioned = [p for p in self.people.people if index in p.sentences]
            if mentioned:
                text = self.text.get(index, "")
                return min(mentioned, key=functools.partial(_position, text))
        return None

    def resolve(self, mention: str | None, sentence: int) -> str | None:
        if mention is None:
            return None
        mention = mention.strip(" ,.")
        if not mention or mention.lower() in _PRONOUNS:
            person = self.last_named(sentence)
            return person.name if person else mention or None
        person = self.people.find(mention)
        if person is not None:
            if sentence not in person.sentences:
                person.sentences.append(sentence)
            return person.name
        return mention


def _speaker_after(after: str, lang: str) -> str | None:
    """The speaker named right after a closing quote mark, "" for a bare verb, None if none."""
    if lang == "he":
        m = re.match(rf"\s*[,.]?\s*{HE_SPEECH}(?:\s+([^.\"]+))?", after)
        if not m:
            return None
        parts = [p.strip() for p in (m.group(1) or "").split(",") if p.strip()]
        from briefing_app.core.facts.people import HE_ROLE_WORDS

        if parts and parts[0].split()[0] in HE_ROLE_WORDS and len(parts) > 1:
            return " ".join(parts[1].split()[:3])
        return " ".join(parts[0].split()[:3]) if parts else ""
    if lang == "ar":
        m = re.match(rf"\s*[،,.]?\s*{AR_SPEECH}\s+([^،.]+)", after)
        return m.group(1).strip() if m else None
    verbs = _verbs(lang)
    m = re.match(
        rf"\s*[,.]?\s*(?:({_NAME}|he|she|they|han|hun)\s+(?:also\s+)?(?:{verbs})|(?:{verbs})\s+({_NAME}))", after
    )
    if m:
        return m.group(1) or m.group(2)
    return None


def _speaker_before(before: str, lang: str) -> str | None:
    if lang == "ar":
        m = re.search(rf"{AR_SPEECH}\s+([^،:]+)", before)
        return m.group(1).strip() if m else None
    verbs = _verbs(lang)
    m = re.search(rf"({_NAME}|he|she)\s+(?:{verbs})(?:\s+\w+)?[:,]\s*$", before)
    return m.group(1) if m else None


def _danish_speaker(tail: str, people: PeopleIndex) -> str:
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    for part in parts:
        if people.find(part):
            return part
    for part in parts:
        m = re.match(_NAME, part)
        if m and len(m.group(0).split()) >= 2:
            return m.group(0)
    return parts[0].split()[0] if parts else ""


def find_quotes(sentences: list[SourceSentence], language: str, people: PeopleIndex) -> list[Fact]:
    """Quotes with their speakers, one fact per quote, covering every sentence it runs through."""
    lang = language.split("-")[0].lower()
    speakers = _Speakers(people, sentences)
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: list[Fact] = []
    verbs = _verbs(lang)
    for group in paragraphs.values():
        text, offsets = "", []
        for s in group:
            offsets.append((len(text) + (1 if text else 0), s))
            text = f"{text} {s.text}" if text else s.text
        previous_speaker: str | None = None
        covered: set[int] = set()
        for start, end in _quote_spans(text):
            inside = [s for off, s in offsets if off < end and start < off + len(s.text)]
            first = inside[0].index
            mention = _speaker_after(text[end + 1 :], lang)
            if mention is None:
                mention = _speaker_before(text[:start], lang)
            if mention is None and previous_speaker is not None:
                speaker: str | None = previous_speaker
            else:
                speaker = speakers.resolve(mention if mention is not None else "", first)
            previous_speaker = speaker
            covered.update(s.index for s in inside)
            out.append(
                Fact("quote", text[start:end].strip(" ,"), first, speaker=speaker, sentences=[s.index for s in inside])
            )
        for s in group:
            if s.index in covered:
                continue
            if lang == "da":
                m = re.match(rf"^[–-]\s+(.+?),\s+(?:{verbs})\s+(.+?)\.?$", s.text)
                if m:
                    mention = _danish_speaker(m.group(2), people)
                    out.append(Fact("quote", m.group(1), s.index, speaker=speakers.resolve(mention, s.index)))
                    continue
            if lang in ("en", "da"):
                m = re.match(
                    rf"^(.{{12,}}?),\s+((?:the\s+\w+)|{_NAME}|he|she|they|han|hun)\s+(?:{verbs})(?:\s+\w+)?\s*(?:[.,]|$)",
                    s.text,
                )
                if m and not re.search(rf"\b(?:{verbs})\b", m.group(1)):
                    mention = m.group(2)
                    speaker = mention if mention.lower().startswith("the ") else speakers.resolve(mention, s.index)
                    out.append(Fact("quote", m.group(1), s.index, speaker=speaker))
    return out
