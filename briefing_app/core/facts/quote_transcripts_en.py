"""A broadcast interview printed as a transcript: each paragraph opens with its speaker's name in capitals and a colon
("LEIGH SALES, PRESENTER: Let's start with ..." / "TONY ABBOTT, PRIME MINISTER: Thank you ..." / "TONY ABBOTT: Well,
..." / "PRIME MINISTER: Well, ..."). Every turn is the labelled speaker's direct speech. The label's first form may
give the role the later labels use alone ("PRIME MINISTER:" after "TONY ABBOTT, PRIME MINISTER:"), or the surname
("GIBSON:" after "MARK GIBSON:"). The capitals are no name the people finder reads, and `add_labelled` finds only
people it already knows, so the transcript went unread.

Only an article with two different capitalised labels, each on its own paragraph, is a transcript: one "UPDATE:" or
"WATCH:" before a paragraph is a web page's heading, no speaker."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.quote_words import MIN_WORDS
from briefing_app.core.facts.roles import is_role_noun
from briefing_app.core.facts.speakers import Speakers

_WORD = r"[A-Z][A-Z'’.-]*[A-Z]"
# (the words after the colon, or none: "NEIL MITCHELL:" alone on its line, the words in the paragraphs after it)
_TURN = re.compile(rf"^((?:{_WORD}\s+){{0,3}}{_WORD})(?:\s*,\s*((?:{_WORD}\s+){{0,4}}{_WORD}))?\s*:(?:\s+(\S.*))?$")
# (a web page's own labels in capitals: never a speaker's)
_NOT_SPEAKERS = frozenset({"UPDATE", "WATCH", "READ", "BREAKING", "NOTE", "EDITOR'S NOTE", "PHOTO", "VIDEO", "LISTEN",
                           "SOURCE", "MORE", "RELATED", "ALSO", "WARNING", "CORRECTION", "CLARIFICATION", "LIVE"})


def _titled(label: str) -> str:
    """ "TONY ABBOTT" -> "Tony Abbott", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"[A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), label)


def _is_role(label: str) -> bool:
    """ "PRIME MINISTER", "PRESENTER", "HOST": an office or a job, not a name."""
    return is_role_noun(label.split()[-1].lower())


def _is_name(label: str) -> bool:
    """Two to four words none of which is a common word ("TONY ABBOTT"), or one that is no common word ("GIBSON")."""
    words = [w.lower() for w in label.split()]
    return not _is_role(label) and all(w not in common_words() for w in words) and 1 <= len(words) <= 4


def add_transcript_turns(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Each turn of a capitalised transcript as a quote of the one its label names (see the module's note)."""
    turns = [(k, m) for k, s in enumerate(sentences) if s.index > 0 and (m := _TURN.match(s.text)) is not None]
    turns = [(k, m) for k, m in turns if m.group(1) not in _NOT_SPEAKERS and (k == 0 or (
        sentences[k - 1].paragraph != sentences[k].paragraph))]  # fmt: skip
    if len({m.group(1) for _, m in turns}) < 2:
        return
    names: dict[str, str] = {}  # a label (name, surname or role) -> the name it stands for
    for _, m in turns:
        # ("LEIGH SALES, PRESENTER:": a label with a role after its comma is a name, whatever its words also mean)
        if m.group(2) and _is_role(m.group(2)) and not _is_role(m.group(1)):
            titled = _titled(m.group(1))
            names.setdefault(m.group(1), titled)
            names.setdefault(m.group(1).split()[-1], titled)
            names.setdefault(m.group(2), titled)
    last_paragraph = {s.paragraph: k for k, s in enumerate(sentences)}
    following = {
        # (after the last turn: its own paragraph, or the one paragraph after a label standing alone)
        k: turns[i + 1][0] if i + 1 < len(turns) else last_paragraph.get(sentences[k].paragraph + (
            0 if m.group(3) else 1), k) + 1
        for i, (k, m) in enumerate(turns)
    }  # fmt: skip
    for k, m in turns:
        label = m.group(1)
        name = names.get(label)
        if name is None and _is_name(label):
            surname = [n for lab, n in names.items() if lab == label.split()[-1]]
            name = surname[0] if surname else _titled(label)
        speaker: str | None
        if name is not None:
            person = speakers.people.find(name)
            if person is None and (len(name.split()) > 1 or any(p.key == name for p in speakers.people.people)):
                role = m.group(2).lower() if m.group(2) and _is_role(m.group(2)) else None
                person = speakers.people.add(name, role, sentences[k].index)
            speaker = person.name if person is not None else name
        elif _is_role(label):
            # ("PRIME MINISTER:": the one the article gave that office, else the office itself; never the one named
            # last, who is the interviewer as often as not)
            holders = [p for p in speakers.people.people if p.role and label.lower() in p.role.lower()]
            speaker = holders[-1].name if holders else f"the {label.lower()}"
        else:
            continue
        s = sentences[k]
        rest = []  # the turn's later sentences, to the paragraph's end
        for after in sentences[k + 1 :]:
            if after.paragraph != s.paragraph:
                break
            rest.append(after)
        if m.group(3):
            _add(out, [m.group(3)] + [r.text for r in rest], [s.index] + [r.index for r in rest], speaker, label)
        # a paragraph with no label between this turn and the next is the same speaker going on ("LEIGH SALES: A
        # short time ago ..." / "Prime Minister, welcome to the program ..." / "TONY ABBOTT: Thank you ...")
        # (unless the turn itself is in quote marks, as radio scripts print a clip inside narration: 'SUBHO ROY:
        # "Last year the old pattern ..."' / 'This growth has also led to ...': the marks end the speech)
        quoted = m.group(3) is not None and m.group(3)[:1] in "\"“"
        between = [] if quoted else sentences[k + 1 + len(rest) : following[k]]
        for paragraph in sorted({b.paragraph for b in between}):
            part = [b for b in between if b.paragraph == paragraph]
            _add(out, [b.text for b in part], [b.index for b in part], speaker, label)


def _add(out: list[Fact], texts: list[str], indexes: list[int], speaker: str | None, label: str) -> None:
    """A turn's words as a quote, unless too short or already read as a quote (whose speaker, when it is the label
    in capitals as another reader took it, becomes the one the label names)."""
    said = " ".join(texts)
    found = [f for f in out if f.kind == "quote" and indexes[0] in (f.sentences or [f.sentence])]
    for f in found:
        if f.speaker == label:
            f.speaker = speaker
    if len(said.split()) < MIN_WORDS or found:
        return
    out.append(Fact("quote", said, indexes[0], speaker=speaker, sentences=indexes))
