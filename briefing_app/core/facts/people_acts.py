"""What the article shows a capitalised run to do or have that only a person does or has: a family, speech,
writing or musing, an act or a "who", a clause going on with "he" or "she", a country's player or a passive's
agent, an age or a handle, a quotation it opens; or a name of two or three words named once in passing.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import person_names
from briefing_app.core.facts.people_alone import one_name, surname_used_alone, two_given_names
from briefing_app.core.facts.people_index import strip_possessive
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.people_placed import listed_with_a_place, located_by_a_place, placed_elsewhere
from briefing_app.core.facts.people_roles import is_title
from briefing_app.core.facts.people_runs import Run, Sentence, verb_ends
from briefing_app.core.facts.people_shapes import PEOPLE_WORD, UPPER, acts, looks_like_a_name
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.tagger_checks import tagged_a_person

# Nouns of kinship: "X's wife", "X's family".
_KIN = (
    r"family|wife|husband|son|sons|daughter|daughters|mother|father|brother|sister|widow|widower|parents|children|"
    r"relatives|girlfriend|boyfriend|fiancée?|grandmother|grandfather|niece|nephew|uncle|aunt|cousin|mum|mom|dad"
)
_PERSONAL_VERBS = (
    r"writes|wrote|tweets|tweeted|blogs|blogged|explains|explained|reflects|reflected|argues|argued|"
    r"recalls|recalled|wonders|wondered|laments|lamented|jokes|joked|muses|mused|informs|informed|quips|quipped|"
    r"reports|reported|comments|commented|remarks|remarked|points\s+out|pointed\s+out|"
    # a stance only a person takes: "Jane Roe disagrees:", "Jane Roe reminds readers that ..."
    r"disagrees|disagreed|agrees|reminds|reminded|believes|thinks|feels|felt|insists|concedes|conceded|"
    r"suggests|predicts|questions|questioned|criticises|criticizes|criticised|criticized"
)
_PERSONAL_VERB = re.compile(rf"\s+(?:also\s+)?(?:{_PERSONAL_VERBS})\b")


def has_kin(sentence: Sentence, run: Run) -> None:
    """ "Kofi Mensah's family said": only a person has a family, a wife or a son."""
    name_tokens = run.name_tokens
    possessive = name_tokens[-1].endswith(("'s", "’s"))
    kin = re.match(rf"\s+(?:{_KIN})\b", run.after) if possessive else re.match(rf"['’]s\s+(?:{_KIN})\b", run.after)
    if kin and not sentence.headline and 2 <= len(name_tokens) <= 3 and run.name not in sentence.places:
        run.evidence = run.evidence or all(t.lower() not in sentence.lowercase_words for t in name_tokens)
    elif (
        kin and not sentence.headline and len(name_tokens) == 1 and sentence.lang == "en" and "[" not in run.before[-2:]
    ):
        # "Okafor's widow said": one word with a family, when it is no place, people or longer name's start
        run.evidence = run.evidence or (
            _unused_in_lower_case(sentence, [strip_possessive(run.name)]) and one_name(sentence, run)
        )


def speaks(sentence: Sentence, run: Run) -> None:
    """A speech verb right after the name ("Okafor said") or right before it ("said Okafor"); sets
    `run.spoke` and `run.member` (a name right after a body: "Jane Roe from Acme Watch said")."""
    before, after, name = run.before, past_note(run.after), run.name
    spoke_after = re.match(rf"\s*,?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?:{sentence.verbs})\b", after)
    if spoke_after and after.lstrip().startswith(",") and "," in before:
        spoke_after = None  # "X, who blogs at Misr Digital, posted": the run ends a clause; X speaks
    if spoke_after and after.lstrip().startswith(",") and _SPEAKER_AFTER_VERB.match(after[spoke_after.end() :]):
        spoke_after = None  # "... til stede i Espe, siger kommunikationschef Jane Roe": the speech's last word
    # "Jane Roe from Acme Watch said": the body a name before speaks for; Jane Roe speaks and acts
    member = (
        sentence.people.find(name) is None
        and re.search(rf"[{UPPER}][\w'’-]*\s+(?:from|of|at|with)\s+$", before)
        and not _FOLLOWERS_OF.search(before[-40:])  # "Supporters of Jane Roe": her people, not a body she is from
    )
    if spoke_after and member:
        spoke_after = None
    said_before = verb_ends(sentence.verbs, before) and not re.search(r"\b(?:told|asked|urged)\s+$", before)
    if said_before and sentence.lang == "en" and _CLAUSE_VERB.match(after):
        said_before = False  # "she said Coastal Allowance was too low": the subject of what was said, not the speaker
    run.member, run.spoke = bool(member), bool(spoke_after or said_before)
    if spoke_after or said_before:
        one_word_ok = _one_word_may_speak(sentence, run, bool(spoke_after))
        given, family = person_names()
        # "Daily Notes wrote": a word of the run the article writes in lower case, and no name, makes it the
        # name of a blog or a column ("Jane Park said" keeps "Park", a family name)
        common = len(run.name_tokens) > 1 and any(
            t[:1].isupper()
            and t.lower() in sentence.lowercase_words
            and t not in given
            and strip_possessive(t) not in family
            for t in run.name_tokens
        )
        run.evidence = run.evidence or (name.lower() not in sentence.lowercase_words and one_word_ok and not common)


# The speaker named after an inverted verb of saying ("..., siger kommunikationschef Jane Roe", "..., said Jane
# Roe.", "..., siger hun"): the name before the comma ended the words said, and did not say them. (Not "The chief,
# Jane Roe, said Acme would ...": what follows the verb there goes on as a clause.)
_SPEAKER_AFTER_VERB = re.compile(
    r"\s+(?:(?:han|hun|he|she)\b|(?:[a-zæøå-]+\s+){0,3}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){0,3}\s*(?:[.,(:;]|$|til\b|to\b|og\b|and\b))"
)


# What only people do to a thing named after them in a compound: "the Hugh Grant-starring horror", "a Tom Okafor-led
# side", "Jane Roe-backed plans" (the name opening with a known given name: "Kessby-led" is a town's or a body's).
_PERSON_COMPOUND = re.compile(
    r"-(?:starring|fronted|helmed|penned|voiced|directed|coached|written|produced|led|backed|founded|chaired)(?![\w-])"
)


def led_by_a_named_person(run: Run) -> bool:
    """Whether the run is a known given name and more before a compound only people make (see above)."""
    return bool(_PERSON_COMPOUND.match(run.after)) and run.name_tokens[0] in person_names()[0]


_NOTE_AFTER_NAME = re.compile(r"\s*\((?![@\d])[^()]{2,40}\)(?=\s)")


def past_note(after: str) -> str:
    """The words after a name past a short note in brackets: "Jane Roe (Eltham) asked", "Ann Roe (D-Ohio) said"
    (the constituency or party of a member says nothing against her acting or speaking; an age or a handle is
    read as such elsewhere)."""
    note = _NOTE_AFTER_NAME.match(after)
    return after[note.end() :] if note else after


# A finite verb right after a name: the name is the subject of a clause of its own.
_CLAUSE_VERB = re.compile(r"\s+(?:was|is|were|are|would|will|had|has|have|could|should|must|might|may|can)\b")


def _one_word_may_speak(sentence: Sentence, run: Run, spoke_after: bool) -> bool:
    """One unknown capitalised word that speaks may be a company ("Ryanair said"): a person when it is a
    known given or family name, a pronoun follows ("Okafor said he ..."), or the article names it three
    times or more (a person the story is about)."""
    before, after, name = run.before, run.after, run.name
    given, family = person_names()
    if len(run.name_tokens) == 1 and re.search(r"(?:^|\s)(?:the|The)\s+$", before) and name not in given:
        return False  # "If the Opposition claims ...": a body or an office takes the article, a name does not
    return (
        len(run.name_tokens) > 1
        or any(part in given or part in family for part in name.split("-"))
        or bool(re.search(r"\b(?:he|she|his|her|han|hun)\b", after))
        # a verb of writing or musing a body rarely has: "Endale writes:", "Bilguun explained why"
        or bool(
            spoke_after
            and _PERSONAL_VERB.match(after)
            and not re.search(r"\b(?:from|of|at|in|with|for|by|on)\s+$", before)  # "X, from Acme writes"
        )
        or _written_three_times(name, " ".join(sentence.article_texts))
        # the same verbs inverted after a quotation's closing mark: '"...," explained Ighalo'
        or bool(not spoke_after and _PERSONAL_VERB_AFTER_QUOTE.search(before))
    )


# A verb only a person's speech takes, inverted after a closing quote mark and its comma ('"...," explained X'):
# a manner of speaking (not "wrote", "reported", "commented", which an outlet or a firm does as well).
_PERSONAL_VERB_AFTER_QUOTE = re.compile(
    r"[”\"’'],?\s+(?:explained|recalled|joked|quipped|mused|laughed|conceded|admitted|wondered|lamented|argued|"
    r"reflected|remarked|pointed\s+out|sighed|smiled)\s+$"
)


def _written_three_times(name: str, text: str) -> bool:
    """Whether `text` writes the name three times or more as a word of its own. (Each such mention is one of the
    name's substrings, and `count` counts at least as many: most names the count rules out, in C, before the
    pattern is tried at every position of the article.)"""
    return text.count(name) >= 3 and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 3


def _unused_in_lower_case(sentence: Sentence, tokens: list[str]) -> bool:
    """No word of the run is a common word of the article or a people's adjective ("Danish", "Mexican")."""
    return all(
        t.lower() not in sentence.lowercase_words and not PEOPLE_WORD.search(t) and not is_nationality(t)
        for t in tokens
    )


def writes_or_muses(sentence: Sentence, run: Run) -> None:
    """ "Mohammed wondered how ...", "Sohel Rana informs us": a verb of musing or writing only a person has
    (a pair of unknown capitalised words, or one known given name)."""
    name, name_tokens = run.name, run.name_tokens
    if _PERSONAL_VERB.match(run.after) and not sentence.headline and name not in sentence.places and not run.member:
        given_one = len(name_tokens) == 1 and name in person_names()[0] and name.lower() not in sentence.lowercase_words
        pair = 2 <= len(name_tokens) <= 3 and _unused_in_lower_case(sentence, name_tokens)
        if (
            pair
            and re.search(r"\b[Aa]s\s+$", run.before)
            and re.match(r"\s+(?:also\s+)?report(?:s|ed)\b", run.after)
            and not looks_like_a_name(name_tokens)
        ):
            pair = False  # "as Uncommon Sense reports": the source "as" names is a blog or a paper, not a person
        run.evidence = run.evidence or given_one or pair


_ACTS_OR_IS_DESCRIBED_RE1 = re.compile(r",?\s+(?:who|whom|whose)\b")
_ACTS_OR_IS_DESCRIBED_RE2 = re.compile(r"\s+(?:then\s+|also\s+|later\s+|again\s+)?([a-z]+)\b([^.;:!?\"“‘]*)")
_ACTS_OR_IS_DESCRIBED_RE3 = re.compile(r"\b(?:at|in|inside|outside|near)\s+$")
_ACTS_OR_IS_DESCRIBED_RE4 = re.compile(r"(?:^|\s)(?:på|ved|nær)\s+$")


def acts_or_is_described(sentence: Sentence, run: Run) -> None:
    """ "Dries Mertens scored", "Tsegaye Worku, who writes for ...": a capitalised pair that does something,
    or that "who" refers back to, none of its words used in lower case; sets `run.placed`."""
    before, after, name, name_tokens = run.before, run.after, run.name, run.name_tokens
    acting = acts(past_note(after)) or led_by_a_named_person(run)
    # "shoppers at Harvey Nichols", "børn på Vorupør Strand": a place or a shop, not a person
    run.placed = bool(
        _ACTS_OR_IS_DESCRIBED_RE3.search(before)
        # "sales at Tim Hortons and Dana Walsh": the second of two places or shops after "at"
        or re.search(
            r"\b(?:at|in|inside|outside|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:and|&)\s+$", before
        )
        or (sentence.lang == "da" and _ACTS_OR_IS_DESCRIBED_RE4.search(before))
        or run.member
    )
    if (
        acting
        and not sentence.headline
        and not run.placed
        and 2 <= len(name_tokens) <= 3
        and name not in sentence.places
    ):
        run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)
    if (
        sentence.lang == "en"
        and _ACTS_OR_IS_DESCRIBED_RE1.match(after)
        and not sentence.headline
        and not run.placed
    ):
        # "who" stands for a person, a body takes "which"
        if 1 <= len(name_tokens) <= 3 and name not in sentence.places:
            # (as the sentence's first word too: "X, who won here last year, faces Y")
            opening = re.match(r",\s+who\b", after) is not None
            run.evidence = run.evidence or (
                _unused_in_lower_case(sentence, name_tokens) and one_name(sentence, run, opening)
            )
    if len(name_tokens) <= 3 and sentence.lang == "en" and not sentence.headline and not run.placed:
        # "Quimbaro thought he had scored", "Lindo then had a chance, but his shot went wide", "Ama Owusu
        # shares her doubts": a name as the subject of a clause that goes on with "he", "she", "his" or "her"
        # is a person (a club or a firm is "it"); a pair needs "his" or "her" right after its verb
        # (the clause stops at a quote mark: a pronoun inside quoted words is no part of it, "funding for a Harbour
        # memorial, but ending with the question ‘... when he ...’")
        clause = _ACTS_OR_IS_DESCRIBED_RE2.match(after)
        pronoun = _PAIR_PRONOUN if len(name_tokens) > 1 else r"\b(?:he|she|his)\b"
        if (
            clause
            and not _COUNTED_BEFORE.search(before)
            # (not an owner: in "United's players led by X ... his ear" the subject is the noun it owns)
            and not name_tokens[-1].endswith(("'s", "’s", "s'", "s’"))
            and not is_person_noun(clause.group(1))
            and clause.group(1) not in _NOT_A_VERB
            # (a clause joined after a comma with a named subject of its own has its own pronouns: in "the new Kessby
            # era that fans wanted, and Roe was made to explain it at his press conference" "his" is Roe's, and
            # "Kessby" names no one; "Lindo then had a chance for Real, but his header ..." stays Lindo's)
            and re.search(pronoun, re.split(r",\s+(?:and|but|while|as|so)\s+(?=[A-Z][a-z])", clause.group(2))[0])
            and _unused_in_lower_case(sentence, name_tokens)
            and one_name(sentence, run)
            and name not in sentence.places
        ):
            run.evidence = True


# A number or a possessive before the name makes it a word of a noun phrase, not a clause's subject: "has
# eight Kessby goals to his name", "scored his Kessby debut" (the word after it is that phrase's noun).
_COUNTED_BEFORE = re.compile(
    r"(?:^|\s)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|his|her|their|its|our|my|your)\s+$",
    re.IGNORECASE,
)


# "his" or "her" right after a pair's verb, or after one preposition ("shares his doubts", "disagrees with her").
_PAIR_PRONOUN = r"^\s+(?:(?:with|to|for|about|on|of)\s+)?(?:his|her)\b"


# Words after a capitalised word that show it is no subject of a verb ("Acme and his ...", "Rome of his
# youth"): conjunctions, prepositions, articles.
_NOT_A_VERB = frozenset(
    "and or but nor of in on at to for from with by as than the a an that which who whose whom its his her their "
    "is are".split()
)


# People who stand to one person: "supporters of X", "lawyers for X", "relatives of X" (X is a person).
_FOLLOWERS_OF = re.compile(
    r"(?:^|\s)(?:[Ss]upporters|[Ff]ollowers|[Ll]awyers|[Aa]ttorneys|[Rr]elatives|[Ff]amily|[Ff]riends|[Ff]ans|"
    r"[Cc]hildren|[Pp]arents|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Ww]idow|[Bb]rother|[Ss]ister|[Mm]other|"
    r"[Ff]ather|[Cc]olleagues|[Aa]ides|[Dd]efenders|[Bb]iographer|[Aa]ssassins?|[Kk]illers?|[Mm]urderers?)\s+"
    r"(?:of|for)\s+(?:the\s+late\s+)?$"
)


# Verbs whose object is a person: "the court freed X", "police arrested X" (not "fired", "released", "met":
# a gun, a product, a team).
_DONE_TO_A_PERSON = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|freed|sentenced|convicted|acquitted|kidnapped|abducted|killed|"
    r"murdered|executed|interviewed|interrogated|deported|extradited|pardoned|tortured|stabbed|hanged|married|"
    r"elected|appointed|nominated|sacked|hired|arrest|detain|jail|free|sentence|kidnap|kill|interview|deport|"
    r"extradite|pardon|elect|appoint|nominate)\s+$"
)


# "Among them was X", "Among the dead were X and Y", "Among those arrested was X": one of a group of people.
_AMONG_THEM = re.compile(
    r"\b[Aa]mong\s+(?:them|those\s+[a-z]+(?:\s+[a-z]+)?|the\s+(?:dead|injured|wounded|victims|missing|"
    r"detainees|prisoners|protesters|speakers|guests|winners|candidates))\s+(?:was|were|is|are)\s+$"
)


# What happens only to a person, as the possessive's noun: "X's arrest", "X's funeral".
_HAPPENS_TO_A_PERSON = re.compile(
    r"['’]s\s+(?:arrest|detention|imprisonment|jailing|death|funeral|murder|assassination|killing|abduction|"
    r"kidnapping|disappearance|execution|resignation|sentencing|conviction|acquittal|birthday|childhood|wedding|"
    r"deportation|extradition|hunger\s+strike|biography|memoirs?|grave|widow|widower)\b"
)


_PLAYER_OR_AGENT_RE1 = re.compile(r"([A-ZÆØÅ][\w.-]*(?:\s[A-ZÆØÅ][\w-]*)?)['’]s\s+$")


def player_or_agent(sentence: Sentence, run: Run) -> None:
    """ "Korea's Kim Shin-Wook", "was saved by Thibaut Courtois": a country's player, a passive's agent; also
    one whom supporters, lawyers or relatives stand to ("supporters of Jane Roe")."""
    before, name, name_tokens = run.before, run.name, run.name_tokens
    owned = run.after if not name_tokens[-1].endswith(("'s", "’s")) else f"'s{run.after}"  # "Roe's" ends the run
    tail = before[-40:]  # (the verb or the group stands right before the name: no need to scan the sentence)
    done_to = (
        _FOLLOWERS_OF.search(tail)
        or _DONE_TO_A_PERSON.search(tail)
        or _HAPPENS_TO_A_PERSON.match(owned)
        or _AMONG_THEM.search(tail)
    )
    if done_to and not sentence.headline and 2 <= len(name_tokens) <= 3 and name not in sentence.places:
        run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)
    owner_place = _PLAYER_OR_AGENT_RE1.search(before)
    # (irregular participles too, of what a person does: "a song written by X", "a photo taken by X")
    by_agent = re.search(
        r"\b(?:[a-z]{3,}ed|led|written|drawn|sung|shot|taken|spoken|told|sent|won\s+over)\s+by\s+$", before
    ) and not re.search(
        # what papers, channels and bodies do far more often than people: "an interview conducted by X"
        r"\b(?:conducted|published|organi[sz]ed|hosted|sponsored|funded|financed|produced|operated|owned|issued|"
        r"released|broadcast|aired|reported|commissioned|backed)\s+by\s+$",
        before,
    )
    if (owner_place and owner_place.group(1) in sentence.places) or by_agent:
        if not sentence.headline and 2 <= len(name_tokens) <= 3 and name not in sentence.places:
            run.evidence = run.evidence or _unused_in_lower_case(sentence, name_tokens)


_GIVEN_AN_AGE_OR_HANDLE_RE1 = re.compile(r",\s+(?:aged\s+)?\d{1,2}(?:\s+år)?,")


def given_an_age_or_handle(sentence: Sentence, run: Run) -> None:
    """An age ("Boateng, 24, scored"), or the name's own social-media handle in the article."""
    after, name, name_tokens = run.after, run.name, run.name_tokens
    aged = _GIVEN_AN_AGE_OR_HANDLE_RE1.match(after) or (
        len(name_tokens) >= 2 and re.match(r"\s*\(\d{1,2}\)", after)
    )
    if aged and not sentence.headline and name not in sentence.places:
        run.evidence = True  # "Boateng, 24, scored", "Hansen (34) blev ramt": only a person is given an age
    if sentence.handles and 2 <= len(name_tokens) <= 4 and re.sub(r"[^a-z]", "", name.lower()) in sentence.handles:
        run.evidence = True  # "Najla Al Hamadi ... @NajlaAlhamadi": the article gives the name's own handle
    if run.own_handle and len(name_tokens) <= 3 and name not in sentence.places:
        letters = run.own_handle.group(1).lower()
        first, last = name_tokens[0].lower(), strip_possessive(name_tokens[-1]).lower()
        if len(first) >= 4 and (letters.startswith(first[:4]) or (len(last) >= 4 and last in letters)):
            run.evidence = True  # "Juancho (@Juanx1984) wrote": a name with its own handle in brackets


def introduces_a_quotation(sentence: Sentence, run: Run) -> None:
    """ "Jane Roe: ..." or "@Jane Roe: ...": a name of two or three words opening the sentence and closed by a
    colon is the one whose words follow (a tweet, a comment, a blog quoted in turn)."""
    if (
        not run.evidence
        and not sentence.headline
        and 2 <= len(run.name_tokens) <= 3
        and not sentence.text[: run.start].strip(" \"'“‘–-@")
        and re.match(r"\s*:", run.after)
        and run.name not in sentence.places
        and not any(is_title(t) or is_role_noun(t) or is_nationality(t) for t in run.name_tokens)
        and _unused_in_lower_case(sentence, run.name_tokens)
    ):
        run.evidence = True


_LOWER_PARTICLES = frozenset("de da do dos das del della di du la le van von der den ter ten".split())


_NAMED_IN_PASSING_RE1 = re.compile(r"(?:\(|[A-ZÆØÅ][\w'’-]*\s+(?:do|da|de|del|dos|van|von|of|for|la|le)\s+)$")


def named_in_passing(sentence: Sentence, run: Run) -> None:
    """ "John Smith and Jane Doe": two or three capitalised words named once in passing, none of which the
    article writes in lower case, are a person (in English, when they also look like a name)."""
    name, name_tokens = run.name, run.name_tokens
    inside = _NAMED_IN_PASSING_RE1.search(run.before)
    # ("Statement from NASA's Jane Roe on ...": in a headline too, a body's possessive before a given name)
    owned = (
        bool(run.owner)
        and run.name_tokens[0] in person_names()[0]
        and sentence.text[: run.start].endswith(("'s ", "’s "))
    )
    if (
        not run.evidence
        and (not sentence.headline or owned)
        and not inside  # "(Exterior Relations)", "Banco do Vale Verde": part of something else
        and (not run.placed or owned)
        # (a particle is no word of the count: "Isabel Martínez de Perón")
        and (
            2 <= len([t for t in name_tokens if t not in _LOWER_PARTICLES]) <= 3
            or (len(name_tokens) == 4 and two_given_names(name_tokens))
        )
        and all(
            t.lower() not in sentence.lowercase_words and not is_nationality(t) for t in name_tokens if t[:1].isupper()
        )  # (particles such as "van", "bin" are written in lower case anyway)
        and name not in sentence.places
        # ("between Malvern and Leigh Sinton", "a protest in Roden Vale" elsewhere: a place named once)
        and not listed_with_a_place(run.before, sentence.places)
        and not placed_elsewhere(name, sentence.article_texts)
        and not located_by_a_place(run.after, sentence.places)
        and (
            sentence.lang != "en"
            or looks_like_a_name(name_tokens)
            or surname_used_alone(sentence, run)
            or tagged_a_person(sentence.text, name)
        )
    ):
        run.evidence = True
