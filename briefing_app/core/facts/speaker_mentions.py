"""The words of a speaker mention that name no one: a conjunction or a fronted phrase before the subject, an
adjunct after it (where, to whom, when it was said), a second verb joined by "and", a description after a name.
`Speakers.resolve` reads what is left. British copy's capitalised offices ("The Shadow Chancellor") are read as the
role they are."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.people_role_words import is_title
from briefing_app.core.facts.roles import is_person_noun, is_role_noun
from briefing_app.core.facts.speaker_clause_mentions import clause_mention
from briefing_app.core.facts.speaker_clues import ADJUNCT_AFTER_NAME, CHANNEL_OF, role_noun
from briefing_app.core.facts.speaker_da_inverted import da_inverted_subject
from briefing_app.core.facts.speaker_subjects import appositive_name

# A name after "that" (and an article and an adjective) ending a mention: the subject of a clause in reported speech.
_THAT_NAME_AT_END = re.compile(
    r"\s(?:that|how)\s+(?:(?:the|a|an)\s+(?:[a-z]+\s+)?)?((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}"
    r"[A-Z][\w'’-]+)$"
)


# "And in a letter to action group X (Y) the Tory MP has stated:": a fronted phrase of the document the words are in,
# then the subject (up to three words) and its verb.
_IN_A_DOCUMENT = re.compile(
    r"(?:(?:And|But)\s+)?(?:[Ii]n|[Oo]n|[Tt]hrough)\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+)?"
    r"(?:letter|statement|post|tweet|email|message|interview|video|speech|submission|report|blog)\b[^\"“”]{0,100}\s+"
    r"((?:the|his|her|their)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
    r"(?:\s+(?:has|have|had)\s+[a-z]+|\s+(?:said|says|wrote|writes|added|stated|told))?$"
)


# A fronted phrase of time, place, concession or a sentence adverb, closed by its comma, before the subject: "In
# March, a man in the crowd asked", "Likewise, a paper from the X Institute had this to say".
_FRONTED_PHRASE = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:(?:In|On|At|Between|Despite|After|Before|During|Since|While|When|Amid|Unlike|As\s+for)\s"
    r"[^,\"“”]{1,80}|Likewise|Similarly|Meanwhile|However|Instead|Indeed|Moreover|Still),\s+"
    # (the subject after it: a name, or a determiner opening one; not an appositive, "In a guest post Ann Roe,
    # co-founder of X, writes", where the name ends the phrase before the comma; not a pronoun, "On Sunday, he told
    # the press he would sign ...:", which the readers of pronouns resolve from the whole clause)
    r"(?=[A-Z]|(?:an?|the|one|another|his|her|their|its)\s)"
)
# What is left of a sentence's opening when the subject was cut away: a conjunction, a preposition and its object,
# a concession ("But", "Between Saturday", "After Roe", "Despite what he"); no one speaks in it.
_OPENER_ONLY = re.compile(
    r"(?:But|And|Yet|So|Likewise|Similarly|Meanwhile|However|Instead)"
    r"|(?:(?:But|And)\s+)?(?:Between|Despite|After|Before|During|Since|Amid|Unlike)\s[^,]{1,40}"
    # (a whole subordinate clause the colon ends, its own verb in it and no verb of saying: "Although there are
    # worries about the winter: "..."" names no one; not "Although Roe said:", whose subject is the mention)
    r"|(?:Although|Though|Whilst|Whereas)(?:\s(?=.*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b)"
    r"(?!.*\b(?:said|says|added|adds|told|tells|stated|warned|insisted)\b)[^\"“”]{1,120})?"
)


def opener_only(mention: str) -> bool:
    """Whether a mention is only the opening of its sentence, no subject ("But", "Despite what he")."""
    return _OPENER_ONLY.fullmatch(mention) is not None


# An aside set off by a pair of spaced dashes between the subject and its verb: "The 20-year-old singer - who covered
# Ann Roe and Tom Vell's ballad - said". It describes the subject and names others (what it covered, who with); the
# speaker is the subject before it, whoever the aside names.
_DASHED_ASIDE = re.compile(r"(?<=\w)\s+[-–—]\s+[^-–—\"“”]{3,200}?\s+[-–—](?:\s+|$)(?=(?:[a-z]+\W*)?$)")


# A definite description ending in its head noun, then "who" and a relative clause with no comma before it: 'stressed
# the former Harbour coach who made his debut in a loss to Dunmore'.
_BARE_RELATIVE = re.compile(r"([Tt]he\s+[^,\"“”]{2,60}?\s([a-z][\w-]+))\s+who\s+(.+)")
# A clause that keeps its holder unnamed ("the official who asked not to be named"): the description is all there is.
_UNNAMED_CLAUSE = re.compile(r"\b(?:named|identified|identify|anonymity|anonymous|authori[sz]ed)\b")


def _without_bare_relative(mention: str) -> str:
    """The description before a relative clause that sports and wire copy write without its comma, when the
    description's head is a role ("coach", "captain", "manager"): the role resolves to its holder named before;
    the clause only tells more of them (and names others, "a loss to Dunmore", who are not speaking)."""
    m = _BARE_RELATIVE.fullmatch(mention)
    if m is None or not is_role_noun(m.group(2)) or _UNNAMED_CLAUSE.search(m.group(3)):
        return mention
    return m.group(1)


_BARE_MENTION_RE1 = re.compile(r"^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+\(\d{1,3}\)$")
_BARE_MENTION_RE2 = re.compile(r"[Tt]he\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)")
_BARE_MENTION_RE3 = re.compile(r"\s+(?:og|and)\s+(?:also\s+|så\s+)?[a-zæøå]+:?$")
_BARE_MENTION_RE4 = re.compile(r"\s+(?:blandt\s+andet|bl\.\s?a\.|også|igen|endvidere|desuden)$")
_BARE_MENTION_RE5 = re.compile(r"([a-zæøå]{4,}(?:en|et|ne)),\s+(?:der|som)\s")
_BARE_MENTION_RE6 = re.compile(r"([a-zæøå]{4,})\s+(?:til|i|på|over\s+for|overfor|efter|ved|med)\s")
_BARE_MENTION_RE7 = re.compile(r"^((?:[Tt]he|[Aa]n?)\s+[^,]{2,60}?),\s+(?:who|whom|whose|which)\s.*$")


def bare_mention(mention: str, organisations: Sequence[str]) -> str:
    """`mention` without the words around the speaker that name no one; `organisations` are the article's bodies'
    names (a paper named "The X Examiner" is no office)."""
    mention = _DASHED_ASIDE.sub(" ", mention).strip()
    fronted_phrase = _FRONTED_PHRASE.match(mention)
    if fronted_phrase is not None:
        mention = mention[fronted_phrase.end() :]  # "In March, a man in the crowd asked": the man
        # (the subject ends before its verb; an unnamed person is the one speaking, not a name in what describes
        # him: "a man in the crowd at a Roe rally asked her")
        mention = re.sub(r"^(.{3,80}?)\s+(?:had|has|have|was|were|is|are|asked|said|told|wrote|added)\b.*$", r"\1",
                         mention)  # fmt: skip
        unnamed = re.match(r"(?:an?|one|another)\s+(?:([a-z-]+)\s+)?([a-z]+)\b", mention)
        if unnamed is not None and unnamed.group(1) and is_person_noun(unnamed.group(1)):
            mention = unnamed.group(0).rsplit(" ", 1)[0]  # ("a man in the crowd": "a man")
        elif unnamed is not None and is_person_noun(unnamed.group(2)):
            mention = unnamed.group(0)  # ("a young woman at the rally": "a young woman")
    mention = appositive_name(mention) or mention  # "X's counterpart, Deng Malor": Malor
    # ("Tobias (24) said": an age in brackets after the name, as British copy gives it, is no part of the name)
    mention = _BARE_MENTION_RE1.sub(r"\1", mention)
    inverted = da_inverted_subject(mention)
    if inverted is not None:
        return inverted  # "Om selve kampen sagde han til avisen:": a Danish fronted phrase, the verb, then "han"
    # ('And he said, "..."', 'But he added that "...": a conjunction opening the sentence is no part of the subject;
    # nor a sentence adverb written without its comma, 'However he said ...', 'Meanwhile Roe added')
    mention = re.sub(
        r"^(?:And|But|Yet|However|Meanwhile|Instead|Likewise|Similarly|Og|Men)\s+(?=[A-ZÆØÅ]|(?:he|she|they|han|hun|de)\b)",
        "",
        mention,
    )
    # ("In the end the judge said": a fronted phrase of time or place before the subject is no part of it)
    mention = re.sub(r"^(?:In|At|On|After|Before|During|Later|Earlier)\s+(?:the\s+)?[a-z]+,?\s+(?=the\s+[a-z])", "",
                     mention)  # fmt: skip
    # ("And in a letter to action group X (Y) the Tory MP has stated:": a fronted phrase of the document the words are
    # in, then the subject, up to three words at the end)
    fronted = _IN_A_DOCUMENT.match(mention)
    mention = fronted.group(1) if fronted else mention
    # ("On Tuesday, the filmmaker X took to Twitter and tweeted": a fronted day or month, likewise)
    mention = re.sub(
        r"^(?:(?:On|Last|This|Early|Late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?=the\s+[a-z]|[A-Z][a-z]+\s+[A-Z])",
        "",
        mention,
    )
    # ("The Shadow Chancellor added:", "The Prime Minister said": British copy capitalises an office; it is the
    # role, whoever holds it, unless the article names a body so, as a paper may be)
    office = _BARE_MENTION_RE2.fullmatch(mention)
    if office and is_title(office.group(1).split()[-1]) and not any(
        o.endswith(office.group(1)) for o in organisations
    ):
        mention = f"the {office.group(1).lower()}"
    # "siger hun og tilføjer:", "said Roe and added:": the speaker before a second verb joined by and/og
    mention = _BARE_MENTION_RE3.sub("", mention)
    # ("siger Mathilde og tilføjer, at hun bare gik ...": a Danish name, "og" and the writer's next verb with its own
    # clause; the words after "og" name no one, and would keep a given name from the person named in full before)
    mention = re.sub(
        r"^((?:[A-ZÆØÅ][\w'’.-]*\s+){0,3}[A-ZÆØÅ][\w'’.-]*)\s+og\s+"
        r"(?!(?:hans|hendes|deres|sin|sine|sit|en|et|den|det|de)\b)[a-zæøå]+\b.*$",
        r"\1",
        mention,
    )
    # ("sagde Oh Land fra scenen", "siger Jens Holm i en pressemeddelelse": a Danish name and where it was said,
    # the place in lower case; not "Jens Holm fra Venstre", whose body is capitalised)
    # ("skriver Statsministeriet i et svar": one capitalised word, a body's or a surname's, likewise)
    mention = re.sub(r"^((?:[A-ZÆØÅ][\wæøå'’-]*\s+){0,3}?[A-ZÆØÅ][\wæøå'’-]*)\s+(?:fra|på|i|til|foran|over\s+for)\s+"
                     r"(?:en\s+|et\s+|den\s+|det\s+)?[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*)*$", r"\1", mention)
    # "siger han til Ritzau", "sagde hun i en pressemeddelelse", "said she in a letter": the pronoun, no adjunct
    mention = re.sub(r"^(han|hun|he|she)\s+(?:til|i|på|over\s+for|overfor|efter|ved|med|to|in|on|at|after)\s.*$",
                     r"\1", mention)  # fmt: skip
    # "siger vagtchefen til TV 2 Lorry", "siger formanden i en pressemeddelelse": a Danish definite role noun,
    # no adjunct
    # ("lyder det fra vagtchefen med henvisning til ...": the one the words are from, without "det fra")
    # ("lyder det onsdag på CCTV": a day between, "på" before a capitalised broadcaster)
    # ("lyder det i en skriftlig kommentar fra Statsministeriet": the document between, then whose words they are)
    mention = re.sub(
        r"^det\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|nu|også|i\s+dag|i\s+går)\s+)?"
        r"(?:i\s+(?:en|et)\s+(?:[a-zæøå-]+\s+){0,2}?[a-zæøå-]+\s+(?=fra\s))?"
        r"(?:fra|hos|på(?=\s+[A-ZÆØÅ]))\s+(?=\S)",
        "",
        mention,
    )
    # ("skriver en bruger blandt andet", "said Roe also": an adverb after the speaker is no part of it)
    mention = _BARE_MENTION_RE4.sub("", mention)
    # ("The company initially declined to comment, but later issued a statement saying:": an adverb of time or
    # manner between the subject and its verbs is no part of the subject)
    mention = re.sub(
        r"(?<=\w)\s+(?:initially|later|also|then|first|earlier|subsequently|again|finally|previously|eventually|"
        r"immediately|quickly|swiftly|separately|repeatedly|briefly|originally|promptly|formally|publicly)$",
        "",
        mention,
    )
    # ("On a recording, a resident can be heard telling the council": a recording's speaker is the subject of "be
    # heard" or "be seen"; the verb phrase is no part of who speaks)
    mention = re.sub(r"(?<=\w)\s+(?:(?:can|could|may|might|will)\s+(?:then\s+|also\s+)?be|(?:is|was|were|are))\s+"
                     r"(?:then\s+|also\s+)?(?:heard|seen)$", "", mention)  # fmt: skip
    # ("oplyste vagtchefen fra Østjyllands Politi kort efter ulykken til Ekstra Bladet": where the holder works, "fra"
    # or "hos" a body, is no adjunct of saying but names no one either; the role is resolved to its holder)
    # ("lyder det fra direktøren for rederiet": "for" the body likewise)
    mention = re.sub(r"^([a-zæøå]{4,}(?:en|et|ne))\s+(?:til|i|på|over\s+for|overfor|efter|ved|med|fra|hos|for)\s.*$",
                     r"\1", mention)  # fmt: skip
    # ("erkender træneren, der var glad for indsatsen", "meddeler formanden, som tilføjer, at ...": a Danish
    # definite role noun and the relative clause describing its holder; the role, resolved to its holder, not a
    # name inside the clause)
    described = _BARE_MENTION_RE5.match(mention)
    if described is not None and role_noun(described.group(1)):
        mention = described.group(1)
    # ("siger vagtchef ved Københavns Politi, Henrik Brix.": a role without its article, where the holder works, and
    # the name the comma sets off after it; the name speaks)
    set_off = re.fullmatch(
        r"[a-zæøå][^,\"“”»«]{2,80},\s+((?:[A-ZÆØÅ][\wæøå'’-]+\s+){1,3}[A-ZÆØÅ][\wæøå'’-]+)\.?", mention
    )
    if set_off is not None and is_role_noun(mention.split()[0].lower()):
        return set_off.group(1)
    # ("siger borgmester til Ekstra Bladet, mens han ...": a role noun written without its article, no adjunct)
    bare_role = _BARE_MENTION_RE6.match(mention)
    if bare_role and is_role_noun(bare_role.group(1)):
        mention = bare_role.group(1)
    # ("lyder det fra Danmarks landstræner til Canal 5": a genitive owner and its role, no adjunct)
    # ("fortæller Ekstra Bladets mand på stedet, ligesom ...": an owner of two words, the paper's man)
    mention = re.sub(r"^((?:[A-ZÆØÅ][\wæøå-]*\s+){0,2}[A-ZÆØÅ][\wæøå-]*s\s+[a-zæøå-]{4,})\s+"
                     r"(?:til|i|på|over\s+for|overfor|efter|ved|med)\s.*$",
                     r"\1", mention)  # fmt: skip
    # "said Acme, which owns the mine", "said Acme, the operator": a name and what describes it; the name
    mention = re.sub(
        r"^((?:[A-ZÆØÅ][\w&'’.-]*\s+){0,4}[A-ZÆØÅ][\w&'’-]*),\s+(?:which|who|whose|the|a|an|its|der|som)\s.*$",
        r"\1",
        mention,
    )
    # ('said the courtly senator, whom X himself has flagged as ...': a description and a relative clause about it;
    # the description, not a name inside the clause)
    mention = _BARE_MENTION_RE7.sub(r"\1", mention)
    mention = _without_bare_relative(mention)
    # "stated Jordan Roe, VP of Human Resources for Acme": a name and a capitalised title of a body set off after it
    # (an acronym or a title word before "of"/"for"/"at"); the name, not the body at the end of the title
    titled = re.fullmatch(
        r"((?:[A-ZÆØÅ][\w'’.-]*\s+){1,3}[A-ZÆØÅ][\w'’-]*),\s+((?:[A-Z][\w-]*\s+){0,2}([A-Z][\w-]*))\s+(?:of|for|at)\s.*",
        mention,
    )
    if titled and (re.fullmatch(r"[A-Z]{2,5}", titled.group(3)) or is_title(titled.group(3))):
        mention = titled.group(1)
    # "said the Harbour Board in a statement on Monday": where and when it was said are no part of the name
    owned = CHANNEL_OF.match(mention)
    if owned is not None:
        mention = owned.group(1)  # "The Facebook page of the Harbour Union": the union posts on it
    # ("X today denied reports that a bitter Y | told him "..."": the subject of the clause that tells is the
    # speaker, not the one who reports or denies it)
    embedded = _THAT_NAME_AT_END.search(mention)
    if embedded is not None:
        mention = embedded.group(1)
    adjunct = ADJUNCT_AFTER_NAME.match(mention)
    if adjunct and len(adjunct.group(1).split()) >= 2:  # (not a participle's "Writing in a blog post, ...")
        mention = adjunct.group(1)
    # ("Instead - in his first interview - he would only tell The Sun", "But yesterday Roe rejigged it to say"): a
    # whole clause, read down to its subject
    return clause_mention(mention)
