"""Organisations by their acronyms: a name defined with its acronym ("National Health Service (NHS)"), after
which the acronym alone stands for the name, and an acronym the article treats as a body ("the FBI", "NHS said",
"OPEC members") or names in several sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.core.facts import orgs
from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.named import AddName
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.org_names import PLACE_KIND_WORDS, defined_name

# Capitalised words that are no organisation: days, months, nationalities and peoples, titles.
# Verbs of saying after an acronym make it a body that speaks ("NHS said", "KSB's statement said").
SPEECH_CUE = (
    "said|says|announced|warned|reported|confirmed|stated|told|added|denied|claimed|sagde|siger|oplyser|meddeler|"
    # what only a body does: "the ACC arrested", "KFW urged", "EBU has fined"
    "urged|accused|criticised|criticized|condemned|welcomed|rejected|issued|published|launched|arrested|ruled|"
    "approved|banned|suspended|fined|sued|appealed|demanded|organised|organized|kritiserer|kræver|afviser"
)


# Nouns after an acronym that make it a body: "an ICANN meeting", "OPEC members", "the WHO's officials".
BODY_NOUNS = (
    "meeting|meetings|summit|conference|session|officials?|members?|member states|delegates?|delegation|"
    "spokes(?:man|woman|person)|secretariat|headquarters|chief|boss|leadership|mandate|resolution|"
    "mødet|medlemmer|topmøde|"
    # the people a body sends or is led by: "an ABC agent", "XYZ troops", "the QRS President"
    "agents?|officers?|operatives?|troops|soldiers|fighters|militants|supporters|activists|lawyers|"
    "President|Chairman|Chairwoman|Director|Secretary-General|Chief"
)


@dataclass
class ArticleAcronyms:
    """The acronyms of one article: what each defined one stands for, in how many sentences each appears, and those
    the article defines for a place."""

    aliases: dict[str, str] = field(default_factory=dict)  # acronym -> full name, as the article defines it
    sentences: dict[str, int] = field(default_factory=dict)
    # acronyms the article defines for a place ("... Constituency (RSMC)")
    places: set[str] = field(default_factory=set)


def article_acronyms(sentences: list[SourceSentence], lang: str) -> ArticleAcronyms:
    """Every acronym of the article counted by sentence, and the names the article defines for them."""
    found = ArticleAcronyms()
    aliases, acronym_sentences, place_acronyms = found.aliases, found.sentences, found.places
    for s in sentences:
        for word in set(orgs.ACRONYM.findall(s.text)):
            acronym_sentences[word] = acronym_sentences.get(word, 0) + 1
    if lang in ("en", "da"):
        for s in sentences:
            for m in orgs.acronym_definitions(s.text):
                full, short = defined_name(m.group(1), m.group(2)), m.group(2)
                if full.split()[-1] in PLACE_KIND_WORDS:
                    place_acronyms.add(short)  # "Riverside Single Member Constituency (RSMC)": a district
                    continue
                entry = lookup(full)
                if entry is None or entry.kind == "organisation":
                    aliases.setdefault(short, full)
    return found


def defined_bodies(
    text: str, index: int, acronyms: ArticleAcronyms, taken: list[tuple[int, int]], add: AddName
) -> None:
    """Adds each name defined with its acronym in the sentence ("National Health Service (NHS)")."""
    aliases, place_acronyms = acronyms.aliases, acronyms.places
    for m in orgs.acronym_definitions(text):
        full = defined_name(m.group(1), m.group(2))
        if m.group(2) in place_acronyms:
            taken.append((m.end() - len(m.group(2)) - 1, m.end()))  # the place finders read the name
            continue
        add(
            "organisation",
            aliases.get(m.group(2), full),
            index,
            m.end() - len(m.group(0)) + m.group(0).find(full),
            m.end(),
        )


def bare_acronyms(
    text: str, index: int, acronyms: ArticleAcronyms, taken: list[tuple[int, int]], add: AddName
) -> None:
    """Adds each acronym the sentence names alone that stands for a body (see SPEECH_CUE and BODY_NOUNS).

    A headline in capitals has words, not acronyms; a sentence that names several bodies by their acronyms
    ("the UN and the ITU, WSIS will ...") still has mostly lower-case words."""
    capitals = len(re.findall(r"\b[A-ZÆØÅ]{3,}\b", text))
    if capitals >= 3 and 3 * capitals >= len(re.findall(r"\b[^\W\d_]{3,}\b", text)):
        return
    aliases, acronym_sentences, place_acronyms = acronyms.aliases, acronyms.sentences, acronyms.places
    for m in orgs.ACRONYM.finditer(text):
        word = m.group(0)
        if word in orgs.NOT_ORG_ACRONYMS or _overlaps(taken, m.start(), m.end()) or orgs.ROMAN.fullmatch(word):
            continue
        if re.match(r"/[a-z]", text[m.end() :]):
            continue  # "SEO/link building": a term glued to a common word
        if word in place_acronyms:
            continue
        if re.match(r"\s+[A-ZÆØÅ]{2,}\b", text[m.end() :]) or re.search(
            r"\b[A-ZÆØÅ]{2,}\s+$", text[: m.start()]
        ):
            continue  # "CAPE CANAVERAL": words in capitals
        body_cue = len(word) >= 3 and (
            re.search(r"\b(?:the|The|af|hos|by|to|against|mod)\s+(?:\d{4}\s+)?$", text[: m.start()]) is not None
            or re.match(rf"(?:['’]s)?\s+(?:{SPEECH_CUE})\b", text[m.end() :]) is not None
            or re.match(rf"\s+(?:{BODY_NOUNS})\b", text[m.end() :]) is not None
        )
        if word not in aliases and acronym_sentences.get(word, 0) < 2 and not body_cue:
            # an acronym named once and never defined is a term as often as a body, unless the
            # sentence treats it as one: "the NHS", "the FBI", "NHS said", "FBI's"
            continue
        if len(word) < 2 or (len(word) == 2 and word not in aliases and acronym_sentences.get(word, 0) < 3):
            continue  # two capitals once or twice are initials or a unit; in three sentences a body
        add("organisation", aliases.get(word, word), index, m.start(), m.end())
