"""Hebrew headlines that give someone's words after the speaker and a colon, with no marks: "סגן שר האוצר:
הגירעון הוא בולען", "שר האוצר X: נביא את התקציב לממשלה". Israeli news writes a speech headline so and then quotes
the same person in the body. A headline "X: ..." is also how a report on someone is titled ("ועדת X: מכתבי
אזהרה ישלחו", "הטיזר של X: ..."), so the headline counts as a quote only when the one before the colon is a
person the body quotes: the label resolves to a person the article names, who speaks another quote in it."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people import Person
from briefing_app.core.facts.people_he import HE_TITLES, names_a_body
from briefing_app.core.facts.quote_turns import headline_without_quote
from briefing_app.core.facts.speakers import Speakers

# The speaker (one to six words, no mark, no colon of a clock time) and the words said (three words or more).
_SAID = re.compile(r"^([^:\"“”„״'׳]{2,60}?)\s*(?<!\d):(?!\d)\s*([^\"“”„״]+?)\s*[.!?]?$")


def add_headline_he(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """The headline's words after its speaker and colon as a quote of that speaker (see the module's note), when
    no quote was read in the headline already."""
    first = headline_without_quote(out, sentences)
    if first is None:
        return
    m = _SAID.match(first.text.strip())
    if m is None or not 1 <= len(m.group(1).split()) <= 6 or len(m.group(2).split()) < 3:
        return
    label = m.group(1).split()
    # ('X לשר Y: ...': the speaker, then to whom the words are addressed; the label before "to" is tried too)
    labels = [label] + [label[:k] for k in range(1, len(label)) if label[k][:1] == "ל" and len(label[k]) > 2]
    for words in labels:
        person = _labelled_person(words, speakers.people.people)
        if person is None:
            continue
        quoted = [f for f in out if f.kind == "quote" and f.speaker and speakers.people.find(f.speaker) is person]
        if quoted:  # ("ועדת X: ..." with nobody of that name quoted below: a report's title, no one's words)
            out.append(Fact("quote", m.group(2).strip(), first.index, speaker=person.name, sentences=[first.index]))
            return


def headline_office_holders(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """A headline's quote credited to an office or a description and no name ('מפקדת הצוות: "..."', 'מומחית
    מזהירה את הממשלה: "..."') is the one person the body gives that office ("X Y, מפקדת הצוות"), read as the
    label of a headline without marks is."""
    if not sentences:
        return
    headline = {s.index for s in sentences if s.paragraph == sentences[0].paragraph}
    for f in out:
        if f.kind != "quote" or f.sentence not in headline or not f.speaker:
            continue
        named = speakers.people.find(f.speaker)
        if named is not None and " " in named.name:
            continue  # (a person named in full already)
        label, others = f.speaker.split(), [p for p in speakers.people.people if p.name != f.speaker]
        # (the label's opening words are the office, the rest where or how: 'כלכלנית בכירה מהמכון'; a title, or
        # the head of an office cut from its complement, "שר" of "שר האוצר", names no one office)
        bare_office = label[0] in HE_TITLES or label[1:2] != [] and label[1][:1] == "ה"
        cuts = [n for n in range(len(label), 0, -1) if n > 1 or not bare_office]
        holder = next((h for n in cuts if (h := _labelled_person(label[:n], others)) is not None), None)
        if holder is not None and " " in holder.name:
            f.speaker = holder.name


def _labelled_person(label: list[str], people: list[Person]) -> Person | None:
    """The one person the label names: by the family name that ends it ("שר האוצר X"), else by the office the
    body gives them ("סגן שר האוצר" within 'סגן שר האוצר ח"כ'). Read here, not by the speaker resolver, which
    adds a person for a label it cannot place."""
    named = [p for p in people if p.key and p.key == label[-1]]
    if len({p.name for p in named}) == 1:
        return named[0]
    said = " ".join(label)
    if names_a_body(said):
        return None  # 'משרד הבריאות: ...': the body's own words, not those of 'מנכ"ל משרד הבריאות'
    holders = [p for p in people if p.role and f" {said} " in f" {p.role} "]
    return holders[0] if len({p.name for p in holders}) == 1 else None
