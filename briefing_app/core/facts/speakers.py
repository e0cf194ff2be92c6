"""Who a mention of a speaker is among the article's people: a name or surname, a pronoun (the subject of
the sentence before, of the right sex), a role or an honorific ("the spokesman", "سموه"), a group or an
unnamed source, and which organisation "the company said" means. The clues it reads are in `speaker_clues.py`,
Arabic and Hebrew mentions in `speakers_rtl.py`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing_app.core.facts.ar_listeners import body_before as ar_body_before
from briefing_app.core.facts.body_heads import fitting_heads
from briefing_app.core.facts.da_demonyms import is_da_demonym
from briefing_app.core.facts.gazetteer import lookup, names_a_place, person_names
from briefing_app.core.facts.he_group_speakers import group_mention
from briefing_app.core.facts.he_opening_subject import opening_subject
from briefing_app.core.facts.he_pronoun_later import he_pronoun_later
from briefing_app.core.facts.he_quoted_names import he_named_only_in_quotes, he_open_at_start
from briefing_app.core.facts.he_title_subject_before import title_subject_before
from briefing_app.core.facts.he_unnamed_sources import unnamed_source_opening
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.orgs import AR_HEADS, HE_HEADS
from briefing_app.core.facts.people import (
    PeopleIndex,
    Person,
    described_role,
    merge_roles,
)
from briefing_app.core.facts.people_ar_surname_speakers import lone_family_speaker
from briefing_app.core.facts.people_ar_words import COMPOUND_GIVEN, _ar_is_given
from briefing_app.core.facts.people_barrelled import barrelled_at
from briefing_app.core.facts.quote_cues import (
    ANY_BODY,
    BODY,
    DA_BODY_STEMS,
    PUBLIC_BODY,
)
from briefing_app.core.facts.quote_groups import PLURAL, opening_body, pair_named
from briefing_app.core.facts.quoted_sentences import inside_earlier_quote
from briefing_app.core.facts.quoted_surname_before import surname_before
from briefing_app.core.facts.quotes_ar import (
    named_office,
    office_subject,
)
from briefing_app.core.facts.quotes_ar_closed_before import named_only_in_closed_quotes
from briefing_app.core.facts.quotes_ar_names import name_before_apposition
from briefing_app.core.facts.quotes_he_cues import pronoun_cue_in
from briefing_app.core.facts.role_abbreviations import spelt_mention, spelt_out
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_ages_en import aged_person
from briefing_app.core.facts.speaker_body_statements import body_of_statement, names_a_statement, statement_source
from briefing_app.core.facts.speaker_clues import (
    CLOSE_TO,
    DESCRIPTION,
    DOCUMENT_MENTION,
    FRONTED_TOPIC,
    FULL_NAME,
    GOVERNED,
    PLAYER_DESCRIPTION,
    PRONOUN_SEX,
    PRONOUNS,
    addressed_sexes,
    defined_acronyms,
    described_by_body,
    first_named_at,
    holder_named_after,
    is_unnamed,
    kin_subject_before,
    name_start,
    named_at,
    named_by_given,
    named_in_full_before,
    named_otherwise,
    not_told,
    noun_sex,
    passive_subject_or_agent,
    role_noun,
    said_at_end,
    self_described_sexes,
    sex_of,
    surname_subject,
    without_listeners,
)
from briefing_app.core.facts.speaker_contrast import contrast_subject, other_title
from briefing_app.core.facts.speaker_definite_roles_da import definite_role_stem, holder_named_next
from briefing_app.core.facts.speaker_described import (
    agent_role,
    club_described,
    dash_opening,
    issuer_before,
    kin_of_described,
    lone_given_name,
    owned_description,
    owner_holder,
    role_holder,
    sentences_naming,
    titled_before,
    unlisted_or_later,
)
from briefing_app.core.facts.speaker_documents_en import document_subject_before, named_with_affiliation
from briefing_app.core.facts.speaker_example_lists import named_only_as_examples
from briefing_app.core.facts.speaker_fronted_chain_en import fronted_end
from briefing_app.core.facts.speaker_generic_offices import generic_office_holder, place_titled_holder
from briefing_app.core.facts.speaker_last_spoke import last_speaker_in
from briefing_app.core.facts.speaker_listed_sex import named_against_list
from briefing_app.core.facts.speaker_mentions import bare_mention, opener_only
from briefing_app.core.facts.speaker_namesakes import latest_namesake
from briefing_app.core.facts.speaker_of_phrase import of_phrase_holder
from briefing_app.core.facts.speaker_office_openers import described_office, office_opening, unheld_office_before
from briefing_app.core.facts.speaker_office_spoken_to_en import office_spoken_to
from briefing_app.core.facts.speaker_owned_en import owned_speaker
from briefing_app.core.facts.speaker_plural_subjects import plural_subject_before
from briefing_app.core.facts.speaker_pronoun_chain import chained_pronoun
from briefing_app.core.facts.speaker_pronoun_narration_en import pronoun_narration_end
from briefing_app.core.facts.speaker_pronoun_passing_en import named_in_passing
from briefing_app.core.facts.speaker_quote_middles import quote_middles
from briefing_app.core.facts.speaker_quoted_names import named_only_in_quotes, role_recency
from briefing_app.core.facts.speaker_speech_nouns import body_said_before, is_speech_noun
from briefing_app.core.facts.speaker_subjects import (
    described_group,
    group_before,
    in_subject_aside,
    unnamed_subject_end,
)
from briefing_app.core.facts.speaker_unnamed import introduced_unnamed, unnamed_before, unnamed_speaker_since
from briefing_app.core.facts.speakers_ar_clauses import ar_goes_on, ar_participle_of_bare_verb
from briefing_app.core.facts.speakers_ar_documents import document_owner
from briefing_app.core.facts.speakers_rtl import (
    ar_bare_verb,
    ar_first_speaker_goes_on,
    arabic_mention,
    he_title_opening,
    hebrew_mention,
    last_ar_speaker,
)

__all__ = ["PRONOUN_SEX", "Speakers", "is_unnamed", "sex_of"]



# "the Red Devils boss": "the", a body's capitalised name and a noun in lower case.
_OWNED_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[A-Z][\w&'’-]*\s+){1,3}[a-z]+")
# A participle clause opening the sentence up to its comma: "Adapting X's famous attack on Y, ".
_FRONTED_ING = re.compile(r"\s*[A-Z][a-z]{3,}ing\s[^;:.\"“”]{1,160},\s*")


_SPEAKERS_RE1 = re.compile(r"((?:an?|one|another)\s+(?:[a-z-]+\s+)?[a-z-]+\s+for)\s+(?:them|it)")
_SPEAKERS_RE2 = re.compile(r"(?:Sir|Dame)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")
_SPEAKERS_RE3 = re.compile(r"[\u05d0-\u05ea]")
_SPEAKERS_RE4 = re.compile(r"(?:[A-ZÆØÅ][\w'’-]*\s+)*[A-ZÆØÅ][\w'’-]*['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
_SPEAKERS_RE5 = re.compile(r"[\u0600-\u06ff]")


@dataclass
class Speakers:
    """Resolves speaker mentions to people; remembers who was named last."""

    people: PeopleIndex
    text: dict[int, str]
    organisations: Sequence[Fact] = ()
    # the sex the article's own pronouns gave a person whose name tells none ('Neumann believes ... . "...," he
    # said.'): a later "she" passes over him
    pronoun_sexes: dict[str, str] = field(default_factory=dict)

    def organisation(self, mention: str, sentence: int) -> str | None:
        """The body "the ministry" or "the company" stands for: one named before whose name holds the noun
        ("the ministry": "Ministry of Health"), else for "the company" or "the firm" the one named last."""
        words = mention.split()
        if len(words) == 1 and words[0].startswith(("ال", "وال")) and words[0].split("ال", 1)[1] in AR_HEADS:
            core = words[0].split("ال", 1)[1]  # "وقالت الوزارة": the ministry named before (وزارة الصحة)
            named = [o for o in self.organisations if o.text.split()[0] in (core, "ال" + core)]
            said_in = self.text.get(sentence, "")
            # (one first named in this very sentence only when it stands before the mention: "وختم بيان الشرطة:
            # «ستواصل شرطة المدينة ...»" names no police before; the body inside the quote never speaks it)
            named = [
                o
                for o in named
                if min(o.sentences or [o.sentence]) < sentence
                or (min(o.sentences or [o.sentence]) == sentence and -1 < said_in.find(o.text) < said_in.find(mention))
            ]
            # (nor one named before only inside a quote: 'وأكدت الوزارة أن "... ملف وزارة التربية"' then "وأشارت
            # الوزارة": the ministry that spoke, not the one its words named; quotes_ar_closed_before)
            named = [
                o
                for o in named
                if min(o.sentences or [o.sentence]) == sentence
                or not all(named_only_in_closed_quotes(self.text.get(i, ""), o.text)
                           for i in (o.sentences or [o.sentence]) if i < sentence)
            ]  # fmt: skip
            return named[-1].text if named else None
        m = BODY.fullmatch(mention)
        if m is None:
            return None
        said_in = self.text.get(sentence, "")
        at = said_in.find(mention)

        def last_seen(o: Fact) -> int | None:
            # where the body was named last before the mention: in this sentence only before it ('In a statement,
            # the club said: "... to keep the club in the Premiership."': the league inside the quote never speaks)
            named = [i for i in (o.sentences or [o.sentence]) if i < sentence]
            if sentence in (o.sentences or [o.sentence]) and (at < 0 or -1 < said_in.find(o.text) < at):
                named.append(sentence)
            return max(named) if named else None

        seen_at = {id(o): last_seen(o) for o in self.organisations}  # (once per body: the pool's order reads it again)
        before = [o for o in self.organisations if seen_at[id(o)] is not None]
        noun = DA_BODY_STEMS.get(m.group(1).lower(), m.group(1).lower())
        # ("the airline said" beside the Harbour Airline Pilots' Association: a body headed by the noun, body_heads)
        heads = set(fitting_heads(noun, [o.text for o in before]))
        fitting = [o for o in before if o.text in heads]
        # ("the news agency added:" after "the news network X": an outlet, not the public agency its noun could be)
        outlet = noun in ANY_BODY or re.search(r"\bnews\s+agency$", mention, re.IGNORECASE) is not None
        pool = fitting or ([o for o in before if not PUBLIC_BODY.search(o.text)] if outlet else [])
        if not pool:
            return None

        def recency(o: Fact) -> tuple[int, int]:
            # (of two bodies last named in one sentence, the one named first, its subject: "Harbour Rovers have signed
            # X from Dunmore." before "the club's website said")
            seen = seen_at[id(o)] or 0
            return seen, -max(self.text.get(seen, "").find(o.text), 0)

        if noun in DA_BODY_STEMS.values() and len(pool) > 1:
            # (Danish: "skriver banken" after a story on Nationalbanken that named the ECB in passing just before is
            # the bank the story is about: the body named in more sentences before, then the later one)
            def mentions(o: Fact) -> int:
                return len({i for i in (o.sentences or [o.sentence]) if i < sentence})

            return max(pool, key=lambda o: (mentions(o), *recency(o))).text
        return max(pool, key=recency).text

    def sex(self, person: Person) -> str:
        """The person's sex as the article addresses them ("Mr. Roe", "Mrs Roe"), else as `sex_of` reads the given
        name: a title the writer chose outweighs a given-name list that has the name mostly for the other sex."""
        addressed = addressed_sexes(tuple(self.text.values())).get(person.key, "") if person.key else ""
        return addressed or sex_of(person) or self.pronoun_sexes.get(person.key or "", "")

    def last_named(
        self, before: int, within: str = "", sex: str = "", skip: frozenset[str] = frozenset()
    ) -> Person | None:
        """The person named most recently: in `within` (the sentence so far), else in earlier sentences;
        with `sex` ("m" or "f", from "he" or "she"), never one whose given name is the other sex's, unless no one
        else fits and the article itself calls them so ("Jess Ryan said she could not ...": "she" is Ryan though
        the given-name list holds Jess mostly for men)."""
        found = self._last_named(before, within, sex, skip=skip)
        if found is None and sex:
            described = self_described_sexes(tuple(self.text.values()))
            found = self._last_named(before, within, sex, described, skip)
        return found

    def _last_named(
        self, before: int, within: str = "", sex: str = "", described: dict[str, str] | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> Person | None:
        def fits(p: Person) -> bool:
            return self.sex(p) in ("", sex) or (described is not None and described.get(p.key or "", "") == sex)

        # (not a nationality the people finder took for a name: "The Spaniard felt ... . "...," he said.")
        people = [p for p in self.people.people if (not sex or fits(p)) and not named_otherwise(p.name)
                  and p.key not in skip]
        if within:
            # the subject of the clause the quote ends (named first after its last comma), else the person
            # named last in the sentence: "X spoke, and Y gave a speech in which he said that" is Y (never the
            # listener: "Y, from Z, said to X:" is Y's)
            within = without_listeners(within)
            # ("The prime minister was convinced that Tom Lee "...": the described subject, not a name after it)
            within = within[: unnamed_subject_end(within, sex) or len(within)]
            clause = re.split(r"[،,;؛]", within)[-1]
            found = [(clause.find(p.key), p) for p in people if p.key and p.key in clause]
            if found:
                return min(found, key=lambda fp: fp[0])[1]
            found = [(within.rfind(p.key), p) for p in people if p.key and p.key in within]
            if sex and not found:
                # "Sam's sister pleaded with him, but he replied": a person of that sex the sentence names by given
                # name alone ("Thomas' sister" for Thomas Sam), when no one else bears that given name
                given = [p.name.split()[0] for p in self.people.people if len(p.name.split()) > 1]
                found = [
                    (at.start(), p) for p in people if len(p.name.split()) > 1 and given.count(p.name.split()[0]) == 1
                    for at in re.finditer(rf"\b{re.escape(p.name.split()[0])}\b", within)
                ]  # fmt: skip
            # (an owner, "testified that Kim's blood was ...", is spoken of, not the one speaking)
            found = [(at, p) for at, p in found if not re.match(r"['’]s?\s", within[at + len(p.key) :])] or found
            if found:
                return max(found, key=lambda fp: fp[0])[1]
            holder = office_subject(within, people, before) if re.match(r"[\u0600-\u06ff]", within) else None
            if holder is not None:
                return holder  # Arabic "وشدد الأمين العام ...": the office's holder, not the last one named
        deferred: Person | None = None
        quoted_inside: frozenset[int] | None = None  # (computed once, when an Arabic sentence asks)
        he_open: frozenset[int] | None = None  # (likewise for a Hebrew one)
        middles: frozenset[int] | None = None  # (and for any other, once: speaker_quote_middles)
        for index in range(before - 1, -1, -1):
            mentioned = [p for p in people if index in p.sentences]
            text = self.text.get(index, "")
            spoke = last_speaker_in(text, people) if sex and index == before - 1 else None
            if spoke is not None and (spoke[1] is None or fits(spoke[1])):
                # speaker_last_spoke: "A scored before B ..., Klopp admits, ..." then "he told": Klopp, not A
                return spoke[1] or self.people.add(spoke[0], None, index)
            arabic = _SPEAKERS_RE5.match(text) is not None
            holder = office_subject(text, people, index) if not mentioned and arabic else None
            if holder is not None:
                return holder  # "وشدد الأمين العام ... . وأكد أن ...": the office's holder goes on
            at = functools.partial(first_named_at, text, people=self.people.people)
            mentioned = [p for p in mentioned if at(p) < len(text) or p.key not in text]
            at_end = said_at_end(text, mentioned)  # ("..., the spokesperson, Dr Jane Roe, says.": Roe, no agent)
            passive = passive_subject_or_agent(text, mentioned, self.people.people, index, sex)  # ("met by X": not X)
            mentioned = at_end if at_end != mentioned else not_told(text, passive, sex)
            if mentioned and all(named_only_in_quotes(text, p.key or "") for p in mentioned):
                continue  # '"... Ann Moss will lead us."': the ones a quote speaks of are no antecedent
            if mentioned and arabic and quoted_inside is None:
                quoted_inside = inside_earlier_quote(self.text)
            if mentioned and arabic and quoted_inside is not None and index in quoted_inside:
                continue  # quoted_sentences: '«... . يسقط X. ...»', a quoted post's second sentence names X
            if mentioned and not arabic and middles is None:
                middles = quote_middles(self.text)
            if mentioned and not arabic and middles is not None and index in middles:
                continue  # speaker_quote_middles: '"It was odd. Ann pushed Roe to go. I won."': Roe is spoken of
            mentioned = [p for p in mentioned if not named_only_in_quotes(text, p.key or "")] or mentioned
            if mentioned and arabic and all(named_only_in_closed_quotes(text, p.key or "") for p in mentioned):
                continue  # quotes_ar_closed_before: 'وأضافت: "نوه X بالروحية ..."' then "وكشفت أن": not X
            if mentioned and all(named_only_as_examples(text, p.key or "") for p in mentioned):
                continue  # speaker_example_lists: "every winner – including X and Y – has gone on": no antecedent
            if mentioned and not arabic and re.search(r"[\u05d0-\u05ea]", text):
                # he_quoted_names: '"... בן גביר הוא שר ...".', a Hebrew quote's words (its later sentences too)
                he_open = he_open_at_start(self.text) if he_open is None else he_open
                mentioned = [p for p in mentioned if not he_named_only_in_quotes(text, p.key or "", index in he_open)]
                if not mentioned:
                    continue
            opening_office = office_opening(text) if mentioned and not arabic else None
            if opening_office is not None and all(at(p) > 4 + len(opening_office) for p in mentioned):
                # speaker_office_openers: "The Taoiseach also confirmed he had spoken to X": the office's holder,
                # the one named with it, else someone further back; not X, named after the verb
                holders = [p for p in people if p.role and opening_office in p.role.lower() and fits(p)]
                if holders:
                    return holders[-1]
                continue
            if mentioned and not sex and not arabic and pronoun_narration_end(text) is not None:
                # speaker_pronoun_narration_en: 'Replying to X, he said ... .' then a quotation alone: the
                # pronoun's, someone named further back
                deferred = deferred or min(mentioned, key=at)
                continue
            unnamed = unnamed_subject_end(text, sex) if mentioned else None
            if unnamed is not None and all(at(p) >= unnamed or in_subject_aside(text, at(p)) for p in mentioned):
                deferred = deferred or min(mentioned, key=at)  # "The plan, she said, ... with Ann Roe": back past
                continue
            if mentioned:
                # the subject of the sentence before, usually named first ("Roe of the Herald dubbed the
                # Doe affair..."), not a name used in passing later in it, nor one governed by a preposition
                # ("Head of Friends for Clean Air, Jane Roe, spoke": not "Clean Air")
                free = [p for p in mentioned if not GOVERNED.search(text[: name_start(text, p, at(p))])]
                if sex and named_in_passing(text, [name_start(text, p, at(p)) for p in mentioned], sex):
                    # speaker_pronoun_passing_en: "It puts her third behind X." then 'She was thrilled, "..."':
                    # the "her" is the one speaking, named further back; X is named only in passing
                    deferred = deferred or min(mentioned, key=at)
                    continue
                # "After meeting Kim Park, Alex Lee spoke": a name inside a fronted adverbial is not the subject
                # (speaker_fronted_chain_en: "Having replaced X, Y said", "Though ..., having ... X, Y said": not X)
                fronted = fronted_end(text)
                main = [p for p in free or mentioned if fronted is None or at(p) >= fronted]
                if fronted is not None and not main and re.match(r"(?:he|she|han|hun)\b", text[fronted:]):
                    # "Like Roe, she too wished for change.": the pronoun is the subject, someone named before
                    deferred = deferred or min(free or mentioned, key=at)
                    continue
                # ("What they're saying, via X's Tim Oakes: Sen. Jo Lind said, ...": a label before a colon names
                # no subject; the clause after it has its own; a colon inside brackets, "X (coach: Y) won", is no label)
                label = re.match(r"[^:\"“”(]{3,80}:\s+(?=[A-ZÆØÅ])", text)
                main = [p for p in main if label is None or at(p) >= label.end()] or main
                # "Roe's father Norrie said ...": an owner before what it owns is not the subject, whoever else the
                # sentence names is (with nobody else, the owner is all there is)
                not_owners = [p for p in main if not re.match(r"['’]s?\s", text[at(p) + len(p.key) :])]
                # ("Velt spokesman Ann Roe declined ...": a name qualifying the post of the one named after it)
                not_owners = [p for p in not_owners if not holder_named_after(text, at(p) + len(p.key))] or not_owners
                if not not_owners and re.search(r"\b(?:he|she|han|hun)\s+(?:[a-z]+\s+)?[a-zæøå]+(?:ed|s|er)\b", text):
                    # "... was that he had expected Roe's men to play": the owner is spoken of; "he" goes back
                    deferred = deferred or min(main or free or mentioned, key=at)
                    continue
                pool = not_owners or main or free or mentioned
                # ("X said ..., but Y disagreed. "...," he said.": the later clause's subject answers)
                later = contrast_subject(text, pool, at) if sex else None
                return later if later is not None and fits(later) else min(pool, key=at)
            office = re.match(r"(?:The|Den|Det)\s+([a-zæøå-]{3,})(?:\s+([a-zæøå-]{3,}))?", text)
            nouns = [w for w in (office.groups() if office else ()) if w and is_role_noun(w)]
            holders = [p for p in people if nouns and p.role and nouns[-1][:5] in p.role.lower()]
            if holders:
                return holders[-1]  # "The mayor was more careful. "...," she said.": the mayor named before
            long_office = described_office(text) if sex and not mentioned and not arabic else None
            holders = [p for p in people if long_office and p.role and long_office in p.role.lower()]
            if len(holders) == 1:
                # speaker_office_openers: "Speaking on Saturday, the council's housing spokesperson said ... .
                # She continued:": the one person the article gave that office, not a woman named before it
                return holders[0]
            # (in one of the two sentences before the quote's paragraph, which may open with a dash)
            opening = dash_opening(self.text, before) if sex else -1
            stem = definite_role_stem(text) if opening - 3 < index < opening else None
            holders = [p for p in people if stem and p.role and stem[:5] in p.role.lower()]
            if len(holders) == 1:
                # speaker_definite_roles_da: "Et opgør, Lyngby-træneren ser frem til. - ..., siger han."
                return holders[0]
            unlisted = named_by_given(text, sex) if sex and index == before - 1 else None
            if unlisted is not None and self.people.find(unlisted[0]) is None:
                # "But Senator Ann Doe was not moved. "...," she said.": a given name of her sex, then a family
                # name, in the sentence just before is the one "she" is, whether or not the people finder knew her
                return self.people.add(unlisted[0], unlisted[1], index)
            lone = surname_subject(text, [o.text for o in self.organisations]) if sex and index == before - 1 else None
            if lone is not None and self.people.find(lone) is None:
                # 'Hensley was delighted with his side. "...," he said.': a family name alone opening the sentence
                # just before as its subject, though the people finder did not know it
                return self.people.add(lone, None, index)
        return deferred

    def _reported_before(self, sentence: int, within: str) -> str | None:
        """Hebrew: a quote opening its sentence with nothing before it, right after a sentence of reported speech
        with "לדבריה" ('X אמרה כי ... . לדבריה, העובדים של Y ימצאו עבודה. "..."'): the one "she" is there, not
        Y, named inside what she reported (quotes_he_cues)."""
        before = self.text.get(sentence - 1, "")
        cue = pronoun_cue_in(before) if not re.search(r"\w", within) else None
        if cue is None or not cue[0]:
            return None
        known = list(self.people.people)
        name = self.resolve(cue[0], sentence - 1, before[: cue[1]])
        # (only one the article named before: no name the pronoun's fallbacks make up from the words around it)
        return name if any(p.name == name and min(p.sentences or [sentence]) < sentence for p in known) else None

    def _unnamed_before(self, sentence: int, pronoun: str = "") -> str | None:
        """The unnamed person "he said" goes on quoting (`speaker_unnamed.unnamed_before`)."""
        return unnamed_before(self.text, sentence, lambda text: self.in_text(text) is not None, pronoun)

    def in_text(self, text: str, last: bool = False) -> Person | None:
        """The person named first (or last) in `text`, by full name or surname."""
        found = []
        for p in self.people.people:
            cut = barrelled_at(text, p, self.people.people)  # people_barrelled: "Ellemann" of "Ellemann-Jensen"
            if cut is not None:
                found.append((cut, p))
                continue
            if not p.key or p.key not in text:
                continue
            # every place the name stands as a word of its own: "Ann Roe (@AnnRoeX)" is Roe before the handle;
            # "Mo Roe" is not Ann Roe
            at = named_at(text, p, self.people.people)
            if at:
                found.append((at[-1] if last else at[0], p))
        if not found:
            return None
        # (Arabic lineage names share words: "حمدان بن محمد", keyed "محمد", is inside "أحمد بن محمد بن راشد"; a person
        # whose whole name the text holds is the one it names)
        whole = [
            (at, p) for at, p in found if " " in p.name and p.name in text and re.match(r"[\u0621-\u064a]", p.name)
        ]
        if whole and len(whole) < len(found):
            found = [(text.find(p.name), p) for _, p in whole]
        return (max if last else min)(found, key=lambda fp: fp[0])[1]

    def resolve(self, mention: str | None, sentence: int, within: str = "", last: bool = False) -> str | None:
        """The person a mention names: the one named in it (the last one for an introduction before the
        quote, "the Secretary and Director Bill Bodie:"), else a pronoun's or role's antecedent."""
        if mention is None:
            return None
        mention = spelt_mention(mention.strip(" ,."))  # ("said the CM": the chief minister the article named)
        group = group_mention(mention.split()) if _SPEAKERS_RE3.match(mention) else None
        if group is not None:
            return group  # he_group_speakers: "עורכי הדין של X טוענים כי": his lawyers speak, not X
        mention = bare_mention(mention, [o.text for o in self.organisations])  # speaker_mentions
        if opener_only(mention):
            return None  # speaker_mentions: "But, said Roe, "..."" cut down to "But" names no one
        owned = owned_speaker(mention, [o.text for o in self.organisations])
        if owned is not None:
            return owned  # speaker_owned_en: "Roe's first callers were blunt:", "Roe's local paper X wrote:": not Roe
        going_on = ar_goes_on(self, mention, sentence, within)  # speakers_ar_clauses: "جاء ذلك خلال لقائه X"
        if going_on is not None:  # (or 'وقال بيان لX إن Y دعا ... . وأضاف إن «...»'): not X, not Y
            return going_on
        affiliated = named_with_affiliation(mention, within, self.people, [o.text for o in self.organisations])
        if affiliated is not None:
            return affiliated  # speaker_documents_en: "Tracey Bowers, JCCC said:": Bowers, of the JCCC
        if mention.lower() in ("i", "we", "jeg", "vi"):
            return "the author"  # "While I opined on my blog:": the article's author quotes their own words
        if is_speech_noun(mention):
            # "– ..., lød analysen.": the speech named, whose speaker is the one named last before the quote
            spoke = self.last_named(dash_opening(self.text, sentence))
            if spoke is None:
                # ("Københavns Politi efterlyser ... . - Vidner skal ..., lyder opfordringen.": no one named before
                # the words, the body named last before them issued them)
                said = body_said_before(self.text, sentence) if mention.lower() != "det" else None
                body = self.organisation(said[0], said[1]) if said else None
                return body or mention
            return spoke.name
        if names_a_statement(mention):  # speaker_body_statements: "An EA statement said:": the Environment Agency
            stated = body_of_statement(mention, tuple(self.text.values()), [o.text for o in self.organisations])
            if stated is not None:
                return stated
        source = statement_source(mention)
        if source is not None:
            # speaker_body_statements: "A statement published on Harbour's official website read:": Harbour; "A
            # statement on the club's website said": the club named before
            issuer = self.organisation(source, sentence) if source[:1].islower() else source
            if issuer is not None:
                # (the body's full name when the article names one body so: "Harbour" of "Harbour Rovers")
                fuller = {o.text for o in self.organisations if o.text.startswith(f"{issuer} ")}
                exact = any(o.text == issuer for o in self.organisations)
                return issuer if exact or len(fuller) != 1 else fuller.pop()
        document = DOCUMENT_MENTION.fullmatch(mention)
        if document is not None:
            # "The resolution read,": whoever passed it; "X confirmed ... . The statement said": X
            # (speaker_documents_en)
            return (issuer_before(self.text, sentence)
                    or document_subject_before(self.text, sentence, [o.text for o in self.organisations])
                    or mention)  # fmt: skip
        group = described_group(mention, self.text, sentence, [o.text for o in self.organisations])
        if group is not None and mention.lower() != "they":
            return group  # "A bipartisan group of senators ... . "...," the group said.": the group described
        owner_role = owned_description(mention, self.people.people)
        person = owner_holder(*owner_role, self.people.people, self.text, sentence) if owner_role else None
        if owner_role and person is None and described_by_body(mention) is None:
            cut = within.find(mention)  # ("The Harbour Rovers' fringe forward remarked": the one just named)
            person = self.last_named(sentence, within[:cut] if cut >= 0 else within, noun_sex(mention))
        if person is not None:
            return person.name  # "Byens' borgmester": the mayor the article named beside the town
        body = self.organisation(mention, sentence) if described_by_body(mention) is None else None
        if body is None and described_by_body(mention) is not None:
            return described_by_body(mention)  # "A Zentrix correspondent in Lima said": the unnamed reporter
        if body is not None:
            # "the company said": the body named before; with the acronym the article defined for it, as "THA said"
            # gives both names below
            acronyms = [a for a, name in defined_acronyms(tuple(self.text.values())).items() if name == body]
            return f"{body} ({acronyms[0]})" if acronyms else body
        defined = defined_acronyms(tuple(self.text.values())).get(mention) if mention.isupper() else None
        if defined is not None:
            return f"{defined} ({mention})"  # "THA said" after "the Tolvik Harbour Authority (THA)": both its names
        if is_unnamed(mention):
            return mention  # "police said", "one witness told": no one the article names
        if re.match(rf"[وبلו]?(?:{'|'.join(HE_HEADS + AR_HEADS)})\s", mention) and len(mention.split()) <= 5:
            return mention  # "משרד התחבורה", "وزارة الزراعة": a body speaks, whatever its words resemble
        if _SPEAKERS_RE4.fullmatch(mention) and (
            is_person_noun(mention.split()[-1]) or is_person_noun(mention.split()[-1].removesuffix("s"))
        ):
            return mention  # "Roe's spokesman", "Roe's lawyers": the ones who work for Roe, not Roe
        if CLOSE_TO.fullmatch(mention) or kin_of_described(mention):
            return mention  # "the family of Ryan Cole", "the Dane's wife": his family speaks, not he
        for_it = _SPEAKERS_RE1.fullmatch(mention)
        if for_it and is_person_noun(for_it.group(1).split()[-2]):
            # "..., with a spokesperson for them saying:": the body the sentence named, for whom they spoke
            named = [(within.rfind(o.text), o.text) for o in self.organisations if o.text in within]
            return f"{for_it.group(1)} {max(named)[1]}" if named else mention
        # ("A spokesperson for Oscar Dalby said:": the article opening the sentence is capitalised)
        unnamed_for = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?[a-z-]+\s+(?:for|of|at|from|to|with)\s"
        if re.match(unnamed_for, mention) and (
            is_person_noun(re.split(r"\s+(?:for|of|at|from|to|with)\s", mention)[0].split()[-1])
        ):
            return mention  # "a spokesman for Roe", "one official at the ministry": someone unnamed
        arabic = _SPEAKERS_RE5.search(mention) is not None
        # ("وجاء في بيان الجمعية:", "وأضاف بيان المنظمة:": a statement in construct with its body, which speaks;
        # never a person called "بيان")
        owner = document_owner(mention.split()[:4], sentence, self.text) if arabic and " " in mention else None
        body = self.organisation(owner.split()[0], sentence) if owner is not None and owner.startswith("ال") else None
        if body is not None:
            return body
        if owner is not None and len(mention.split()) == 1 + len(owner.split()) and mention.endswith(owner):
            return owner  # "وختم بيان الشرطة:": the police, whom the article has not named otherwise; no "بيان" person
        apposed = name_before_apposition(mention, self.people.people) if arabic else None
        if apposed is not None:  # quotes_ar: "الباحث X مدير المختبر", the role after the name read as a person
            return self.people.add(apposed[0], apposed[1], sentence).name
        indefinite = mention.split()
        if len(indefinite) > 1 and indefinite[0] in ("a", "an", "one", "another") and is_role_noun(indefinite[-1]):
            return mention  # "one Zentrix worker", "a Roe aide": someone unnamed, whatever name describes them
        # ("The Frenchman added:": a description, which the people finder may have taken for a name)
        describes = DESCRIPTION.fullmatch(mention) is not None or PLAYER_DESCRIPTION.fullmatch(mention) is not None
        # ("Tom Reece and his wife Jo said": the couple speaks; the one named in full stands for them, not "Jo")
        last = last and not re.search(r"\band\s+(?:his|her|their)\s+(?:wife|husband|partner)\b", mention)
        person = self.in_text(without_listeners(mention), last) if mention and not describes else None
        if person is not None:
            # (speaker_namesakes: a bare family name two people share is the one named in full most recently)
            person = latest_namesake(person, mention, self.people.people, self.text, sentence)
        if arabic and COMPOUND_GIVEN.fullmatch(mention) and self.people.find(mention) is None:
            # "وكان عبد الله X، نجل ...، غرّد:": a compound given name and a family name, no one named so before (the
            # family's other members, "عبد العزيز X", are other people); a person of their own
            person = self.people.add(mention, None, sentence)
        if person is None and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", mention):
            person = self.people.find(mention)  # "Jane noted:" after "Jane Roe": the one person of that given name
        if person is None and lone_given_name(mention) and not describes and not re.search(
            r"\b(?:which|its)\b", self.text.get(sentence, "")  # ("said Dalton, which owns the quarry": a body)
        ):
            # '"...," Nancy said.' after "Roe's neighbour, Nancy, saw ...": a person, whom "she" then finds
            person = self.people.add(mention, None, sentence)
            person.sentences = sorted(set(person.sentences) | sentences_naming(self.text, mention))
        knighted = _SPEAKERS_RE2.match(mention)
        if person is None and knighted is not None:
            person = self.people.find(knighted.group(1))  # "Sir Ian replied:" after "Sir Ian Holt": his given name
        full_name = FULL_NAME.fullmatch(mention) and mention.split()[0] in person_names()[0] and not describes
        if person is None and full_name:
            # 'said Jeffrey Lyon, Certified ... Professional': a speaker's full name the people finder missed (a
            # given name opens it; no place or body is so called) is a person, whom "he" and "Lyon" then find
            person = self.people.add(mention, None, sentence) if lookup(mention) is None else None
            if person is not None and person.key:
                # (and every later sentence naming the family name is theirs: "De Saint Rapt worries ... . "...,"
                # she said.")
                person.sentences = sorted(set(person.sentences) | sentences_naming(self.text, person.key))
        in_full = named_in_full_before(mention, self.text, sentence) if person is None and mention.istitle() else None
        if in_full is not None:  # '"...," Nice said.' after "Felizeberto Nice, director general of X, said"
            person = self.people.add(in_full[0], in_full[1], in_full[2])
        held = named_office(indefinite, self.people.people) if arabic and len(indefinite) == 2 else []
        if person is None and held:
            person = held[-1]  # quotes_ar: "وقال أمين المنطقة:" after "أمين منطقة X المهندس Y": Y, not a "أمين"
        if person is None and arabic and lone_family_speaker(mention, self.text):
            person = self.people.add(mention, None, sentence)  # people_ar_surname_speakers: "وقال القذافي"
        if person is None and arabic and re.fullmatch(r"[\u0621-\u064a]+\s+ال[\u0621-\u064a]{3,}", mention):
            # "عماد الحلبي وهو مدير ...": a known given name and a family name with the article as the speaker
            # (not a title of a place: "وأضاف أمير الكويت:", the emir of Kuwait, though أمير is a given name too)
            given = _ar_is_given(mention.split()[0]) and not names_a_place(mention.split()[1])
            person = self.people.add(mention, None, sentence) if given else None
        if person is not None:
            if sentence not in person.sentences:
                person.sentences.append(sentence)
            return person.name
        words = mention.split()
        if len(words) > 1 and words[0].lower() in ("a", "an", "one", "another") and is_role_noun(words[-1]):
            return mention  # "a Senate aide", "one official": someone the article does not name
        # "the mother of three", "the father-of-two": a parent described by the number of children, a person noun
        mention = re.sub(
            r"^([Tt]he\s+(?:[\w-]+\s+)?[a-z]+)(?:\s+of\s+|-of-)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$",
            r"\1",
            mention,
        )
        words = mention.split()
        if club_described(mention) and self.organisation(mention, sentence) is None:
            # "sagde Odense-profilen": a player described by club or town; the one named before the dash quote
            person = self.last_named(dash_opening(self.text, sentence))
            return person.name if person else mention
        if DESCRIPTION.fullmatch(mention) or PLAYER_DESCRIPTION.fullmatch(mention):
            # "the 45-year-old said", "the Briton said": who was named ("the mother of two": a woman)
            # ("said the former Ruritania Under-21 international": the player named before)
            cut = within.find(mention)  # (not the description itself, which the people finder may list as a name)
            if cut < 0:
                # (bare_mention cut an aside out of it, "The 20-year-old - who sang X's ballad - said": where its
                # opening words stand, so that no one the aside names is taken for the one described)
                cut = within.find(" ".join(mention.split()[:2]))
            # (speaker_ages_en: "the 45-year-old" after "Lundgaard, 45, said": the one the article gave that age)
            # (a capped player is someone named in full: never a one-word "person", as a club's nickname may be
            # listed, "made 40 appearances for the Larks")
            capped = PLAYER_DESCRIPTION.fullmatch(mention) is not None
            one_word = frozenset(p.key for p in self.people.people if capped and p.key and " " not in p.name)
            person = aged_person(mention, self.people.people, self.text, sentence + 1) or self.last_named(
                sentence, within[:cut] if cut >= 0 else within, noun_sex(mention), one_word
            )
            role = described_role(mention)
            if person is not None and role:
                person.role = merge_roles(person.role, role)  # "the 45-year-old teacher said": her role
            return person.name if person else mention
        if PLURAL.fullmatch(mention):
            # "Residents said ... . "...," they said.": a group speaks, never one person named before; "Ann Roe and
            # Tom Weller inspected the pier. "...," the two said.": the two of them (quote_groups)
            pair = pair_named(within, self.people.people) or pair_named(self.text.get(sentence - 1, ""),
                                                                          self.people.people)  # fmt: skip
            group = pair or group_before(self.text, sentence, within)
            if group is None and mention.lower() in ("they", "de"):
                # 'The Roe Trust backed the plan. "...," they said.': a body spoken of in the plural
                # (within only "They said:": the body opens the sentence before)
                said_alone = re.sub(r"^\W*(?:they|de)\s+(?:also\s+)?[a-zæøå]+\W*$", "", within, flags=re.IGNORECASE)
                group = opening_body(within if re.search(r"\w", said_alone) else self.text.get(sentence - 1, ""),
                                     self.organisations)  # fmt: skip
            if group is None and mention.lower() == "they":
                group = described_group(mention, self.text, sentence, [o.text for o in self.organisations])
            if group is None and mention.lower() == "they":
                # 'But the defense lawyers said .... "...," they said.': a plural of people opening the sentence
                group = plural_subject_before(within if re.search(r"\w", within) else self.text.get(sentence - 1, ""))
            return group or mention
        if (mention.lower() in PRONOUNS or re.match(r"[Tt]he\s+[a-z]", mention)) and within:
            at = re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", within)
            # "He described the Doe case": not Doe; "The star, who plays Lady X, said:": not the part she plays
            within = within[: at.start()] if at else within
        # (the mention as a word: "he" is no part of "the")
        mentioned = re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", within) if mention else None
        cut = mentioned.start() if mentioned else -1
        fronted = within[:cut] if cut >= 0 else within
        if within and (FRONTED_TOPIC.fullmatch(fronted) or (mention in PRONOUNS and _FRONTED_ING.fullmatch(fronted))):
            # "On Roe's performance, the club's boss added:": Roe is spoken of, not speaking; "Adapting X's attack on
            # Y in the 1988 debate, he said:": the participle's subject is the pronoun, named before, not X or Y
            within = ""
        # (speaker_of_phrase: "The leader of the board went on to say:": the one whose role is that office)
        holder = role_holder(words, self.people.people, sentence) or of_phrase_holder(mention, self.people.people,
                                                                                       sentence)  # fmt: skip
        if holder is not None:
            return holder.name  # "the harbour master added": the one the article named with that role
        title_holder = titled_before(words, self.text, sentence, self.in_text, self.people.people)
        if title_holder is not None:
            return title_holder.name  # "Reality star Kayla Moss ... the reality star wrote": the one that title named
        office_holder = generic_office_holder(mention, self.people.people, sentence) or place_titled_holder(
            mention, self.people.people
        )
        if office_holder is not None:
            return office_holder.name  # "police chief Ann Roe told AFP. "...," the officer said.": the chief
        # (also a description's: "the singer's spokeswoman", "The club's lawyer")
        # ("The city's department of public works commissioner": an office of the town's, whoever holds it)
        # (an owner of two words too: "the prime minister's official spokesman" is no one named before)
        possessed = re.fullmatch(
            r"(?:his|her|their|its|[Tt]he\s+(?:[a-z-]+\s+)?[a-z-]+['’]s?)\s+(?:[a-z-]+\s+){0,5}[a-z-]+", mention
        )
        if possessed and (is_person_noun(words[-1]) or is_person_noun(words[-1].removesuffix("s"))):
            return mention  # '"...," his lawyer said': someone close to the one named, whom the article does not name
        described = (  # "the grandmother said": a person the article has just named, described
            len(words) in (2, 3, 4) and words[0].lower() in ("the", "den") and words[-1][:1].islower()
            and (is_person_noun(words[-1]) or is_da_demonym(words[-1]))  # ("den dygtige nordmand": da_demonyms)
        ) or (len(words) == 1 and words[0].endswith("en") and is_da_demonym(words[0]))  # ("siger nordmanden")
        # "Zambian Economist observed:": capitalised words without "the" are a name (a blog's, a pen name), not
        # a role the people finder should look up ("the economist observed")
        titled = len(words) > 1 and all(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "den")
        if (
            not mention
            or mention.lower() in PRONOUNS
            or (words and not titled and any(role_noun(w) for w in words[-2:]))
            or described
        ):
            participle = ar_participle_of_bare_verb(self, sentence, within) if not mention else None
            if participle is not None:
                return participle  # speakers_rtl: "وأوضح ...، أن ... الملك X ...، قائلا «...»": not X
            if not mention and re.search(r"[\u0600-\u06ff]", self.text.get(sentence, "")) and not self.in_text(within):
                bare = ar_bare_verb(self, sentence, within)
                if bare is not None:
                    return bare
            elif not mention and re.search(r"[\u0600-\u06ff]", self.text.get(sentence, "")):
                going_on = ar_first_speaker_goes_on(self, sentence, within)
                if going_on is not None:
                    return going_on  # speakers_rtl: "وقال X ... إن Y ...، وزاد : ...": X, not Y named in between
            role_word = words[-1].lower() if words and role_noun(words[-1]) else ""
            # ("the governor said" after "Gov. Jim Roe": the abbreviated title spelt out, role_abbreviations)
            with_role = [p for p in self.people.people if role_word and p.role and role_word[:5] in spelt_out(p.role)
                         and any(i <= sentence for i in p.sentences)]  # (not one the article names only later)
            # speaker_definite_roles_da: "- ..., lyder det fra ministeren." then "Kulturminister Ida Vang udtaler":
            # a Danish lede quotes first and names the role's holder in the very next sentence
            with_role = with_role or holder_named_next(role_word, mention, self.people.people, sentence)
            # "the health minister said" beside a finance minister: the one whose role holds every word of it
            qualifiers = [w.lower()[:5] for w in words[1:-1] if w[:1].islower()]
            fitting = [p for p in with_role if all(q in spelt_out(p.role or "") for q in qualifiers)]
            with_role = fitting if qualifiers and fitting else with_role
            # ("says the union president in an open letter to Rob Farrow, chair of X": the one written to,
            # named in this very sentence, is the listener, not the president who speaks)
            said_in = self.text.get(sentence, "")
            heard = without_listeners(said_in)
            with_role = [p for p in with_role if not (p.key and p.key in said_in and p.key not in heard)]
            sex = PRONOUN_SEX.get(mention.lower(), "")
            # ("But she added:": a conjunction before the pronoun opens no clause of its own)
            bare_within = re.sub(r"^\s*(?:But|And|Yet|However,|Then|Later,?|Meanwhile,)\s+", "", within)
            opens = sex and not re.search(r"\w", bare_within)
            unnamed = self._unnamed_before(sentence, mention.lower()) if opens else None
            if unnamed is None and sex and not re.search(r"\w", within):  # ("X's father urged ... . He said": he)
                unnamed = kin_subject_before(self.text.get(sentence - 1, ""), sex)
            if unnamed is None and sex and not re.search(r"\w", within):  # ("The mayor said .... She said": the mayor)
                roles = [p.role for p in self.people.people if p.role]
                # (or a few sentences back, over sentences of figures that name no one: "The First Minister has hailed
                # ... . New figures show ... . She added:")
                for k in range(sentence - 1, max(sentence - 4, -1), -1):
                    named_before = any(min(p.sentences or [k]) < k for p in self.people.people)
                    unnamed = unheld_office_before(self.text.get(k, ""), roles, capitalised=not named_before)
                    if unnamed is not None or any(k in p.sentences for p in self.people.people):
                        break
            if unnamed is not None:
                return unnamed  # "A spokesman for the port said ... . "...," he said.": the spokesman, unnamed
            if not mention and within and re.search(r"[\u0590-\u05ff]", within):
                opening = opening_subject(self.people.people, within)
                if opening is not None:
                    return opening.name  # he_opening_subject: "X, ROLE, שוחח עם A ... ואמר:" is X's, not A's
            if not with_role and described and agent_role(words[-1]):
                return mention  # "the Acme spokesman said" after Acme's chief executive: someone unnamed
            # ("the minister said" after three ministers: the one named most recently, not the one listed last)
            # (a name inside a quote is spoken of, not a mention the role can go back to: '"... our Chief Minister
            # Ann Roe ...," he said. ... The minister said': not Roe; at a tie, the one named first in that sentence)
            recent = max(with_role, key=lambda p: role_recency(p, self.text, sentence), default=None)
            # ("The Labour leader said" after "the shadow chancellor, X,": not one holding another office)
            other_office = frozenset(
                p.key for p in self.people.people if p.key and role_word and other_title(p.role, role_word)
            )
            chained = (
                chained_pronoun(self, mention, sentence, sex, other_office)
                if recent is None and sex and not re.search(r"\w", within)
                else None
            )  # speaker_pronoun_chain: "But he ... X ...:" then "- ..., says he": the "he" before, not X
            if recent is None and not mention and re.search(r"[\u05d0-\u05ea]", self.text.get(sentence, "")):
                source = unnamed_source_opening(within, self.text.get(sentence - 1, ""))
                if source is not None:
                    return source  # he_unnamed_sources: 'הגורם המשפטי טוען כי לX ... . "...", אמר.': not X
                office = title_subject_before(self, sentence, within)
                if office is not None:
                    return office  # he_title_subject_before: 'שר האוצר אמר כי ... . "...", אמר.': not the one before
                reported = self._reported_before(sentence, within)
                if reported is not None:
                    return reported
            # (the description opening its clause: "The Prime Minister replied:", not "Holt told the Prime Minister")
            opening_mention = not re.search(r"\w", within.lower().split(mention.lower())[0]) if mention else False
            spoken_to = opening_mention and recent is None and chained is None
            if spoken_to and office_spoken_to(mention, self.text, sentence):
                return mention  # speaker_office_spoken_to_en: "X asked the Prime Minister ... . The Prime Minister:"
            person = recent if recent is not None else chained or self.last_named(sentence, within, sex, other_office)
            if described and recent is None and person is not None and (
                unnamed_speaker_since(self.text, sentence, person.sentences)
                or introduced_unnamed(self.text, sentence, words[-1])  # "One witness ... . The witness said:"
            ):
                return mention  # '"...," one resident said. ... "...," the neighbor said.': the unnamed one again
            if person is None and mention.lower() in ("he", "she"):
                person = unlisted_or_later(self, sentence, within, sex)
            if person is None and mention.lower() in ("he", "she"):
                person = named_against_list(self, sentence, within, sex)  # "Hilary Jones ... . He added:": Jones
            elif person is None and mention in ("הוא", "היא"):
                person = he_pronoun_later(self, sentence, within, sex)
            if person is not None and sex and person.key and not self.sex(person) and sentence - 1 in person.sentences:
                self.pronoun_sexes[person.key] = sex  # (named in the sentence just before: the pronoun is theirs)
            if person is not None and words and not person.role and is_role_noun(words[-1]):
                person.role = words[-1]
            elif person is not None and not person.role and _OWNED_DESCRIPTION.fullmatch(mention):
                # ("the Red Devils boss added:", "the Clarets boss said": a body's name and a noun for a person)
                if is_person_noun(words[-1]):
                    person.role = " ".join(words[1:])
            if person is None and not mention and re.search(r"[\u0590-\u05ff]", self.text.get(sentence, "")):
                return he_title_opening(self, sentence, within)  # "ראש הממשלה התייחס ... "...", אמר.": unnamed
            if person is None and not mention:
                # (quoted_surname_before: "Vercetti finishes the press conference." then '"..."': the family name)
                surname = surname_before(self.text, sentence, [o.text for o in self.organisations])
                if surname is not None and not re.search(r"[\u0590-\u06ff]", self.text.get(sentence, "")):
                    return str(self.people.add(surname, None, sentence - 1).name)
                # (ar_listeners: 'وأضاف في بيان له: «...»' after a body's statement, no one named: the body)
                arabic_text = re.search(r"[\u0621-\u064a]", self.text.get(sentence, "")) is not None
                body = ar_body_before(self, sentence, within) if arabic_text else None
                return last_ar_speaker(self, sentence) or body
            return person.name if person else mention or None
        kind_then_name = re.fullmatch(
            # (not a name in another language with its particles: "La voz del Puerto")
            r"(?!(?:An?|The|One|Some|Another|This|That|Its|His|Her|Their|La|Le|El|Los|Las|Il|Der|Die|Das)\s)"
            r"(?:[A-ZÆØÅ][\w'’-]*\s+){1,2}(?:(?!(?:de|del|la|da|di|do|dos|das|du|von|van|der|le|los|las|y|e|of|for|and|on)\s)"
            r"[a-zæøå]+\s+){1,3}((?:[A-ZÆØÅ][\w'’.&-]*)(?:\s+[A-ZÆØÅ][\w'’.&-]*){0,3})",
            mention,
        )
        if kind_then_name is not None and len(mention.split()) > 3:
            # "Swedish political party Harbour Left", "Welsh rugby club Tolvik Blues": what the body is, then its name
            return kind_then_name.group(1)
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
            return hebrew_mention(self, mention, sentence, within)
        if re.search(r"[\u0590-\u06ff]", mention):
            return arabic_mention(self, mention, sentence, within)
        return mention
