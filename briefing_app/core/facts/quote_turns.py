"""Turns of speech inside one paragraph: when a quote with no attribution of its own follows another quote,
it is the same speaker's only if nothing but the first quote's attribution stands between them. A sentence
of narration in between ("'...,' Roe said. The mayor rejected the claim. '...'") hands the word to the
person that sentence is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.reporting_verbs import da, en
from briefing_app.core.facts.speakers import PRONOUN_SEX, Speakers, sex_of

# A verb of saying near the start of a piece of text: the attribution of the quote before it ('Roe said.').
_ATTRIBUTION = re.compile(
    rf"^\W*(?:\S+\s+){{0,6}}?(?:{en('say add', 'past s')}|{en('tell write', 'past')}|"
    rf"{da('sige tilføje', 'present past')})\b"
)


def narration_between(
    offsets: Sequence[tuple[int, SourceSentence]], previous_end: int, start: int, previous_ended: bool
) -> bool:
    """Whether a whole sentence of narration stands between the quote that ended at `previous_end` and the one
    opening at `start` (positions in the paragraph `offsets` was built from). The first sentence after the
    earlier quote's sentence holds its attribution ('"...," Roe said.'); a quote ending its sentence may leave its
    attribution in a sentence of its own ('"...." Roe said.'), which is no narration either."""
    between = [s for off, s in offsets if off >= previous_end and off + len(s.text) <= start]
    if not between:
        return False
    opener = between[0].text
    if previous_ended and (_ATTRIBUTION.match(opener) or opener[:1].islower()):
        between = between[1:]  # '"...." Roe said.' split after the quote's full stop: its attribution
    return any(re.search(r"[.!?:][\"”»’]?$", s.text.rstrip()) and len(s.text.split()) >= 3 for s in between)


def introduced_by(lead: str, first: int, texts: dict[int, str]) -> str | None:
    """The sentence before a quote that opens its paragraph (`lead` is what stands before the quote's mark) when
    that sentence ends in a colon and so introduces it ("He disagreed:"), else None."""
    if re.search(r"\w", lead):
        return None
    intro = texts.get(first - 1, "").rstrip()
    return intro if intro.endswith(":") and len(intro.split()) >= 2 else None


def previous_speaker(
    out: Sequence[Fact], first: int, pronoun: str, speakers: Speakers, found: str | None
) -> str | None:
    """The speaker of the quote that ends the sentence right before `first`, when the antecedent `found` for
    `pronoun` is named there only inside that quote and the speaker can be what the pronoun stands for ("X stated:
    "... Mr Doe was there." He added that ...": X, not Doe); None otherwise."""
    before = [f for f in out if f.kind == "quote" and f.speaker and (f.sentences or [f.sentence])[-1] == first - 1]
    if not before or before[-1].speaker is None or found is None or found == before[-1].speaker:
        return None
    antecedent = speakers.people.find(found)
    sentence = speakers.text.get(first - 1, "")
    inner = sentence.strip(" \"“”«»„")
    # (a sentence the quote runs through whole is all quote; else only what its marks enclose)
    outside = "" if inner and inner[:40] in before[-1].text else re.sub(r"[\"“«„][^\"”»“]*[\"”»“]?", " ", sentence)
    if antecedent is None or not antecedent.key or antecedent.key in outside:
        return None  # the antecedent is named in the narration, not only inside the quote
    person = speakers.people.find(before[-1].speaker)
    sex = PRONOUN_SEX.get(pronoun.lower(), "")
    run = before[-1].sentences or [before[-1].sentence]
    earlier = not any(antecedent.key in speakers.text.get(i, "") for i in range(min(run), first))
    if person is None and earlier and re.fullmatch(r"[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){0,2}", before[-1].speaker):
        # '"...," said Tis. "..." He continued: "...': the one just quoted by a name the people finder did not
        # list, not a person named before that quote began
        return before[-1].speaker
    if person is None or (sex and sex_of(person) not in ("", sex)):
        return None
    return person.name


def headline(sentences: Sequence[SourceSentence]) -> bool:
    """Whether the article's first sentence is a headline: a paragraph of its own, short, with no full stop at its
    end ("Ruritania is a failed state, claims minister", 'Ruritania: "Stand Up!"'). A quote there repeats
    the body's words, where the quote is read with its speaker."""
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return False
    text = sentences[0].text.rstrip(" \"'”’»")
    return len(text.split()) <= 20 and not text.endswith(".")


def headline_without_quote(out: Sequence[Fact], sentences: Sequence[SourceSentence]) -> SourceSentence | None:
    """The article's headline (`headline`) when no quote was read in it already, else None: the headline readers of
    Arabic and Hebrew ("X: ..." with no marks) read it only then."""
    if not sentences or not headline(sentences):
        return None
    first = sentences[0]
    if any(f.kind == "quote" and first.index in (f.sentences or [f.sentence]) for f in out):
        return None
    return first


def not_named_in_own_quote(speakers: Speakers, found: str | None, quoted: str, pronoun: str, first: int,
                           within: str) -> str | None:  # fmt: skip
    """The antecedent of the pronoun after a quote ('"...," he said.'), never a person the quote itself names by
    family name: people seldom call themselves so ('"I cannot accept Roe's lies," he said.' after "Roe accused
    Doe's aides, which Doe denied." is Doe's). `found` is the antecedent read without that check."""
    person = speakers.people.find(found) if found else None
    if person is None or not person.key or not re.search(rf"(?<![\w-]){re.escape(person.key)}(?![\w-])", quoted):
        return found
    everyone = speakers.people.people
    speakers.people.people = [p for p in everyone if p is not person]
    try:
        other = speakers.last_named(first, within, PRONOUN_SEX.get(pronoun.lower(), ""))
    finally:
        speakers.people.people = everyone
    return other.name if other is not None else found


# How far back (in sentences) the last quote may end for its speaker to go on into an unattributed quote.
_GOES_ON_WITHIN = 3


def _names_person(person_name: str, key: str | None, quoted: str) -> bool:
    """Whether `quoted` calls the person by family name or by given name (a first name alone, as team-mates do)."""
    words = [key] if key else []
    parts = person_name.split()
    if len(parts) > 1 and re.fullmatch(r"[A-Z][a-z'’-]{2,}", parts[0]):
        words.append(parts[0])
    return any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", quoted) for w in words)


def spoken_of_not_speaking(speakers: Speakers, found: str | None, quoted: str, out: Sequence[Fact],
                           first: int) -> str | None:  # fmt: skip
    """The speaker of a quote with no attribution at all (its sentence opens with the mark) when the one the
    context offers (`found`, named in the narration before it) is someone the quote talks about by name: people
    seldom speak of themselves so ("The bright spot was Dan Kerr. | "Dan was superb tonight."" is the player
    quoted just before speaking of Kerr). The last quote's speaker goes on, when that quote ended at most a few
    sentences before and its speaker is a person the quote does not name; else `found` stands."""
    person = speakers.people.find(found) if found else None
    if person is None or not _names_person(person.name, person.key, quoted):
        return found
    earlier = [f for f in out if f.kind == "quote" and f.speaker and (f.sentences or [f.sentence])[-1] < first]
    if not earlier or first - (earlier[-1].sentences or [earlier[-1].sentence])[-1] > _GOES_ON_WITHIN:
        return found
    previous = speakers.people.find(earlier[-1].speaker or "")
    if previous is None or previous is person or _names_person(previous.name, previous.key, quoted):
        return found
    return earlier[-1].speaker
