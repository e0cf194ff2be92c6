"""Organisations by their acronyms: a name defined with its acronym ("National Health Service (NHS)"), after
which the acronym alone stands for the name, and an acronym the article treats as a body ("the FBI", "NHS said",
"OPEC members") or names in several sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.core.facts import orgs
from briefing_app.core.facts.entity_tagger import common_words
from briefing_app.core.facts.gazetteer import lookup, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.named import AddName
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.org_names import PLACE_KIND_WORDS, defined_name, owned_part, owning_body
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.roles import is_role_noun

# Capitalised words that are no organisation: days, months, nationalities and peoples, titles.
# Verbs of saying after an acronym make it a body that speaks ("NHS said", "KSB's statement said").
SPEECH_CUE = (
    "said|says|announced|warned|reported|confirmed|stated|told|added|denied|claimed|sagde|siger|oplyser|meddeler|"
    # what only a body does: "the ACC arrested", "KFW urged", "EBU has fined"
    "urged|accused|criticised|criticized|condemned|welcomed|rejected|issued|published|launched|arrested|ruled|"
    "approved|banned|suspended|fined|sued|appealed|demanded|organised|organized|kritiserer|kræver|afviser"
)


# A verb of saying after an adverb or an auxiliary, or its participle: "with XBC previously reporting", "NHS has
# said", "XBC first reported", "KRV later confirmed".
_SPEECH_AFTER_ADVERB = re.compile(
    r"(?:\s+(?:also|previously|later|earlier|first|recently|has|had|have|[a-z]{3,}ly))?\s+"
    rf"(?:reporting|saying|reports|{SPEECH_CUE})\b"
)


# Nouns after an acronym that make it a body: "an ICANN meeting", "OPEC members", "the WHO's officials".
BODY_NOUNS = (
    "meeting|meetings|summit|conference|session|officials?|members?|member states|delegates?|delegation|"
    "spokes(?:man|woman|person)|secretariat|headquarters|chief|boss|leadership|mandate|resolution|"
    "mødet|medlemmer|topmøde|"
    # the people a body sends or is led by: "an ABC agent", "XYZ troops", "the QRS President"
    "agents?|officers?|operatives?|troops|soldiers|fighters|militants|supporters|activists|lawyers|staff|"
    "President|Chairman|Chairwoman|Director|Secretary-General|Chief|"
    # a party's or a state's people and rule: "opposition XYZ politicians", "the XYZ government", "XYZ MPs"
    "government|politicians|MPs|MEPs|MSPs|lawmakers|legislators|candidates?|councill?ors|leaders?|administration"
)


# An owner in the possessive before the name a definition stands for.
_OWNER = re.compile(r"(?:The\s+|the\s+)?([A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,4})['’]s\s+$")


# The acronym first and the name it stands for in brackets after it: "FWA (Federation of Winter Anglers)",
# "KL (Kommunernes Landsforening)"; the name in English after a foreign acronym ("the PSOE (Spanish Socialist
# Workers' Party)") is taken when it ends with a body's word.
_NAME_WORD = r"[A-ZÆØÅ][\w'’&.-]*"
_ACRONYM_FIRST = re.compile(
    r"(?<![\w-])([A-ZÆØÅ](?:[a-z]?[A-ZÆØÅ&0-9]){1,6})\s+\((?:the\s+)?"
    rf"({_NAME_WORD}(?:\s+(?:(?:of|for|and|the|on|&|de|i|og|af|til|for)\s+){{0,2}}{_NAME_WORD}){{1,7}})\)"
)


class _Defined:
    """A name and its acronym found in either order, read like a match of ACRONYM_DEFINED (group 1 the name, group
    2 the acronym)."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self, i: int = 0) -> str:
        return self._m.group({0: 0, 1: 2, 2: 1}[i])


def acronym_first(text: str) -> list[_Defined]:
    """Acronyms defined by the name in brackets after them (see _ACRONYM_FIRST), where the name is a body's (headed
    or ended by a body's word) and the acronym's capitals are, in order, initials of its words (or the acronym has
    three letters or more: a name in another language); no place ("USA (United States)")."""
    out: list[_Defined] = []
    for m in _ACRONYM_FIRST.finditer(text) if "(" in text else ():
        acronym, name = m.group(1), m.group(2)
        if acronym in orgs.NOT_ORG_ACRONYMS or orgs.ROMAN.fullmatch(acronym):
            continue
        initials = iter(w[0] for w in name.split() if w[:1].isupper() or w[:1].isdigit())
        spelt = all(c in initials for c in acronym if c.isupper() or c.isdigit())
        first, last = name.split()[0], name.split()[-1]
        # (a Danish compound's parts give letters too: "Vandforening" for V and F)
        kind_word = last in orgs.EN_TAIL or last in orgs.DA_TAIL_WORDS or last.endswith(orgs.DA_SUFFIXES)
        kind_word = kind_word or first in orgs.EN_HEAD  # "Federation of Winter Anglers"
        entry = lookup(name)
        if (spelt or len(acronym) >= 3) and kind_word and (entry is None or entry.kind == "organisation"):
            out.append(_Defined(m))  # (not a thing: "SLS (Space Launch System)" is a rocket)
    return out


# A name defined by an acronym written as a word, as British copy writes many ("Ministry for Fisheries, Harbours &
# Rivers (Mfhr)", "Tolvik Rural Water Agency (Trwa)").
_WORD_ACRONYM_DEFINED = re.compile(rf"({orgs.DEFINED_NAME})\s+\((?:the\s+)?([A-Z][a-z]{{2,7}})\)")


class _WordDefined:
    """A name defined by an acronym written as a word, read like a match of ACRONYM_DEFINED (group 1 the name the
    acronym spells, group 2 the acronym)."""

    def __init__(self, m: re.Match[str], name: str) -> None:
        self._m, self._name = m, name

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self, i: int = 0) -> str:
        return self._name if i == 1 else self._m.group(i)


def word_acronym_definitions(text: str) -> list[_WordDefined]:
    """Names defined by an acronym written as a word (see _WORD_ACRONYM_DEFINED) whose letters are, in order, the
    initials of the name's last capitalised words, every one of them ("Friday", "Economy" spell no name)."""
    out: list[_WordDefined] = []
    for m in _WORD_ACRONYM_DEFINED.finditer(text) if "(" in text else ():
        words = m.group(1).split()
        letters = m.group(2).lower()
        for k in range(len(words)):
            initials = "".join(w[0].lower() for w in words[k:] if w[:1].isupper())
            if initials == letters and words[k][:1].isupper():
                out.append(_WordDefined(m, " ".join(words[k:]).rstrip(",")))
                break
    return out


@per_document  # (read for each sentence by the acronyms of the article and those of the sentence)
def _definitions(text: str) -> tuple[re.Match[str] | _Defined | _WordDefined, ...]:
    return (*orgs.acronym_definitions(text), *acronym_first(text), *word_acronym_definitions(text))


# A Danish source before an acronym: "ifølge DSB", "hos KL", and a verb of saying before its subject, as Danish puts
# it after a quote or a fronted clause ("..., oplyser DSB", "Det skriver DR"): a body that speaks, even in two
# capitals.
_DA_SOURCE_BEFORE = re.compile(
    r"(?:\b[Ii]følge|\b[Hh]os|\b(?:oplyser|siger|sagde|skriver|skrev|meddeler|fortæller|bekræfter|vurderer|mener|"
    r"kræver|afviser|understreger|erkender|advarer|melder|lyder\s+det\s+fra))\s+$"
)


@dataclass
class ArticleAcronyms:
    """The acronyms of one article: what each defined one stands for, in how many sentences each appears, and those
    the article defines for a place."""

    aliases: dict[str, str] = field(default_factory=dict)  # acronym -> full name, as the article defines it
    sentences: dict[str, int] = field(default_factory=dict)
    # acronyms the article defines for a place ("... Constituency (RSMC)")
    places: set[str] = field(default_factory=set)
    # acronyms the article defines for a thing, the noun after the bracket says what ("... Associated (SRA) protein")
    things: set[str] = field(default_factory=set)
    # the full names of those things ("National Insurance Contributions"): the start of one, said alone ("National
    # Insurance"), is the same thing, no body
    thing_names: set[str] = field(default_factory=set)
    # the initials of a person the article names by a known given name that label a speaker's turn ("RM:" of "Ron
    # McNinch" in an interview)
    initials: set[str] = field(default_factory=set)


# A given name and a family name (with a Scottish or Irish prefix: "McNinch", "O'Hara").
_FULL_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+([A-Z])(?:[a-z]*|['’])[A-Z]?[a-z]+(?![\w'’-])")


# A noun right after a defined acronym's bracket that says the name is a thing's: "Serum Resistance Associated (SRA)
# protein", "Harbour Lung (HL) syndrome" (a body's name takes no such noun after it).
_THING_AFTER = re.compile(
    r"\s+(?:protein|proteins|gene|genes|enzyme|receptor|virus|syndrome|disease|molecule|vaccine|drug|compound|"
    r"cells?|test|technique|method|algorithm|model|protocol|format|standard|device|satellite|rocket|engine|chip|"
    r"processor|language|software|index|scale|score|ratio|rate)\b"
)


# An acronym the article defines by lower-case words whose initials spell it: "a first information report (FIR)", "a
# standard operating procedure (SOP)", "a lunar terrain vehicle (LTV)". A common noun's abbreviation, as legal and
# official copy writes them, names no body however often it recurs (a body's name is capitalised).
_LOWER_DEFINED = re.compile(r"((?:[a-z][a-z-]*\s+){1,6})\((?:the\s+)?([A-Z]{2,6})s?\)")


def _lower_case_acronyms(text: str) -> set[str]:
    """The acronyms of a sentence defined by lower-case words (see _LOWER_DEFINED): their initials, one a word (a
    hyphen's parts each count: "non-bailable warrant (NBW)"), "of", "and" and "the" skipped or not, are the
    acronym's letters in order, ending with the word right before the bracket."""
    out: set[str] = set()
    for m in _LOWER_DEFINED.finditer(text) if "(" in text else ():
        words, acronym = m.group(1).split(), m.group(2).lower()
        for k in range(len(words)):
            tail = words[k:]
            if tail[0] in ("of", "and", "the", "for", "to", "on", "in"):
                continue
            plain = "".join(w[0] for w in tail if w not in ("of", "and", "the", "for", "to", "on", "in"))
            parts = "".join(p[0] for w in tail if w not in ("of", "and", "the", "for", "to", "on", "in")
                            for p in w.split("-") if p)
            if acronym in (plain, parts, "".join(w[0] for w in tail)):
                # (a body's kind ending it is a body's name however written: "the national disaster authority (NDA)")
                last = tail[-1].rsplit("-", 1)[-1].capitalize()
                if last not in orgs.EN_TAIL and last not in orgs.EN_HEAD:
                    out.add(m.group(2))
                break
    return out


_ARTICLE_ACRONYMS_RE1 = re.compile(r"[\"“]?([A-Z]{2}):")


def article_acronyms(sentences: list[SourceSentence], lang: str) -> ArticleAcronyms:
    """Every acronym of the article counted by sentence, and the names the article defines for them."""
    found = ArticleAcronyms()
    aliases, acronym_sentences, place_acronyms = found.aliases, found.sentences, found.places
    given = person_names()[0]
    initials: set[str] = set()
    labels: set[str] = set()
    for s in sentences:
        for word in set(orgs.ACRONYM.findall(s.text)):
            acronym_sentences[word] = acronym_sentences.get(word, 0) + 1
        for named in _FULL_NAME.finditer(s.text) if lang in ("en", "da") else ():
            if named.group(1) in given:
                initials.add(named.group(1)[0] + named.group(2)[0])
        label = _ARTICLE_ACRONYMS_RE1.match(s.text)
        if label is not None:
            labels.add(label.group(1))
    found.initials = initials & labels  # an interview's speaker labels that are a named person's initials
    if lang == "en":
        for s in sentences:
            found.things |= _lower_case_acronyms(s.text)
    if lang in ("en", "da"):
        for s in sentences:
            for m in _definitions(s.text):
                full, short = defined_name(m.group(1), m.group(2)), m.group(2)
                # (a document too, which no one is a member of: "a Memorandum of Understanding (MOU)")
                if _THING_AFTER.match(s.text, m.end()) or _DOCUMENT.search(full):
                    found.things.add(short)
                    found.thing_names.add(full)
                    if re.fullmatch(r"[A-Z]{2,}s", short):
                        found.things.add(short[:-1])  # "NICs": the plural's acronym, "NIC", is the same thing
                    continue
                if full.split()[-1] in PLACE_KIND_WORDS:
                    place_acronyms.add(short)  # "Riverside Single Member Constituency (RSMC)": a district
                    continue
                entry = lookup(full)
                if _an_office(full):
                    continue  # "U.S. Attorney for the District of X (DX)": the body goes by its acronym alone
                if entry is None or entry.kind == "organisation":
                    aliases.setdefault(short, full)
                else:
                    place_acronyms.add(short)  # "the Democratic Republic of Congo (DRC)": a state, no body
    return found


def _party_after_person(full: str, short: str) -> bool:
    """Whether a "defined" name is a person's, a known given name and a family name, whose bracket holds the letters
    of their party, as Danish and other copy writes a politician ("Anders Samuelsen (LA)", "Pia Holm (SF)"): the
    letters are not the name's initials."""
    words = full.split()
    initials = "".join(w[0] for w in words)
    return (
        len(words) in (2, 3)
        and words[0] in person_names()[0]
        and re.fullmatch(r"[A-ZÆØÅ]{1,3}", short) is not None
        and short != initials
    )


# A document defined with its acronym, which no one is a member of: an agreement, a treaty, a law.
_DOCUMENT = re.compile(
    r"^(?:Memorandum|Memoranda|Agreement|Treaty|Accord|Protocol|Declaration|Directive|Regulation)\s+(?:of|on)\s"
    r"|\s(?:Act|Treaty|Accord|Protocol|Memorandum)$"
    # a law or code of rules ("the Civil Procedure Code (CPC)", "the Code of Criminal Procedure (CrPC)"); not a body
    # named by what it is for ("National Front for the Clean Water Law")
    r"|^(?!.*\s(?:for|against|of)\s).*\s(?:Code|Law|Rules|Regulations|Ordinance|Statute)$|^Code\s+of\s"
    # a tax or a payment to the state ("National Insurance Contributions (NICs)", "Value Added Tax (VAT)"); not a
    # body that collects one ("the Tax and Customs Administration")
    r"|\s(?:Tax|Taxes|Duty|Duties|Levy|Contributions|Allowance|Credit|Credits|Relief|Surcharge)$"
)


# A title of office, a country's abbreviation before it at most, then "for" or "of" the area it serves.
_OFFICE_OF = re.compile(r"(?:[A-Z]\.[A-Z]\.\s+|[A-Z]{2,3}\s+)?([A-Z][a-z]+)\s+(?:for|of)\s+(?:the\s+)?[A-Z]")


def _an_office(full: str) -> bool:
    """Whether a defined name is an office holder's title ("U.S. Attorney for the Eastern District of X")."""
    office = _OFFICE_OF.match(full)
    return office is not None and is_role_noun(office.group(1).lower())


def _office_spelt(name: str, acronym: str) -> bool:
    """Whether the acronym's letters spell an office holder's post, title words included ("Director of Public
    Prosecutions (DPP)", "Inspector General of Police (IGP)"): a post, not a body, whose area alone is no body's
    name ("Public Prosecutions"); "Attorney for the Eastern District (EDX)" spells the district, a body."""
    words = name.split(",")[-1].split()
    words = words[1:] if words[:1] in (["The"], ["the"]) else words
    at = next((k for k, w in enumerate(words[:3]) if w in ("of", "for")), 0)
    title = words[:at]
    if not title or not all(w[:1].isupper() for w in title) or not any(is_role_noun(w.lower()) for w in title):
        return False
    return acronym.upper().startswith("".join(w[0] for w in title).upper())


def defined_bodies(
    text: str, index: int, acronyms: ArticleAcronyms, taken: list[tuple[int, int]], add: AddName
) -> None:
    """Adds each name defined with its acronym in the sentence ("National Health Service (NHS)")."""
    aliases, place_acronyms = acronyms.aliases, acronyms.places
    for m in _definitions(text):
        full = defined_name(m.group(1), m.group(2))
        if m.group(2) in acronyms.things:
            taken.append((m.start(), m.end()))  # "Serum Resistance Associated (SRA) protein": a thing, no body
            continue
        if m.group(2) in place_acronyms:
            taken.append((m.end() - len(m.group(2)) - 1, m.end()))  # the place finders read the name
            continue
        start = m.end() - len(m.group(0)) + m.group(0).find(full)
        if any(a <= start < b for a, b in taken):
            continue  # "NEW YORK (AP) -": a dateline's town, read first, and its agency
        if _party_after_person(full, m.group(2)):
            continue  # "udenrigsminister Anders Samuelsen (LA)": a politician and the letters of their party
        if _office_spelt(m.group(1), m.group(2)):
            taken.append((start, m.end()))
            continue  # "Director of Public Works (DPW) Jane Roe": the letters spell a post, whose holder follows
        if _an_office(full):
            # "U.S. Attorney for the Eastern District of X (EDX)": an office holder's title, whose body the acronym
            # names; the title itself is no body's name
            add("organisation", m.group(2), index, m.end() - len(m.group(2)) - 1, m.end() - 1)
            continue
        add(
            "organisation",
            aliases.get(m.group(2), full),
            index,
            m.end() - len(m.group(0)) + m.group(0).find(full),
            m.end(),
        )
        part = owned_part(m.group(1), full)
        if part:  # "the X Division of the American Y Society (AYS)": the division is a body too
            at = m.start() + m.group(0).find(part)
            if not _overlaps(taken, at, at + len(part)):
                add("organisation", part, index, at, at + len(part))
        owner = _OWNER.search(m.group(0)[: max(m.group(0).find(full), 0)])
        if owner is not None and owning_body(owner.group(0)):  # "the U.S. Department of X's Y Administration (YA)"
            at = m.start() + owner.start(1)
            if not _overlaps(taken, at, at + len(owner.group(1))):
                add("organisation", owner.group(1), index, at, at + len(owner.group(1)))


# Navies' prefixes to their ships' names (as place_context reads them for places).
_SHIP_PREFIXES = {"HMAS", "HMS", "HMCS", "HMNZS", "USS", "USNS", "INS", "RFS"}


# A broadcaster's or paper's web edition under its own name: "XYZ Online", "XYZ News Online".
_ONLINE = re.compile(r" (?:News )?Online(?![\w'’-])")


def _employer_after_job(before: str) -> bool:
    """Whether a job and "at/with/for" end the words before an acronym: "Asian researcher at ING", "an analyst with
    ABN": the employer, a body."""
    # (a title written in capitals too, "an Advocacy Intern at X"; or a verb of working, "who works at X")
    job = re.search(r"\b([A-Za-z][a-z-]+)\s+(?:at|with)\s+$", before)
    if job is not None and re.fullmatch(
        r"works?|worked|working|employed|studied|studies|interned|serves|served", job.group(1)
    ):
        return True
    return job is not None and is_role_noun(job.group(1).lower()) and job.group(1).lower() not in ("at", "with")


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Ee]ach|[Ee]very|[Aa]nother)\s+$")


def _shouted_word(word: str) -> bool:
    """Whether a word in capitals is a common English word no list knows as a body ("ALL", "STOP", "NEVER")."""
    return len(word) >= 3 and word.lower() in common_words() and lookup(word) is None


# What follows an honour's name written in capitals ("GRAMMY-winning", "BAFTA-nominated", "EMMY winner", "MOBO
# nominee"): the prize, not the body that gives it.
_HONOUR_AFTER = re.compile(r"(?:-|\s+)(?:winning|winners?|nominated|nominees?|nominations?)\b")


_BARE_ACRONYMS_RE1 = re.compile(r"\b[A-ZÆØÅ]{3,}\b")


def bare_acronyms(
    text: str, index: int, acronyms: ArticleAcronyms, taken: list[tuple[int, int]], add: AddName
) -> None:
    """Adds each acronym the sentence names alone that stands for a body (see SPEECH_CUE and BODY_NOUNS).

    A headline in capitals has words, not acronyms; a sentence that names several bodies by their acronyms
    ("the UN and the ITU, WSIS will ...") still has mostly lower-case words."""
    capitals = len(_BARE_ACRONYMS_RE1.findall(text))
    if capitals >= 3 and 3 * capitals >= len(re.findall(r"\b[^\W\d_]{3,}\b", text)):
        return
    aliases, acronym_sentences, place_acronyms = acronyms.aliases, acronyms.sentences, acronyms.places
    for m in orgs.ACRONYM.finditer(text):
        word = m.group(0)
        if word in orgs.NOT_ORG_ACRONYMS or _overlaps(taken, m.start(), m.end()) or orgs.ROMAN.fullmatch(word):
            continue
        if text[m.end() : m.end() + 1] == "$":
            continue  # "HK$15.86", "NZ$3.10": the letters of a currency's sign, no body
        if re.match(r"/[a-z]", text[m.end() :]):
            continue  # "SEO/link building": a term glued to a common word
        if re.match(
            r"s(?:\s+(?:in|of|to|and|or|are|were|have|had|that|which|who|for|with|on|at|from)\b|\s*[,.;:)])",
            text[m.end() :],
        ):
            continue  # "sent to ISPs in several parts", "NGOs and charities": a class of things in the plural, no body
        if re.match(r"\s+(?:\d{2,3}(?![\d,.%\w-])|index\b|indices\b|share\s+index\b)", text[m.end() :]):
            continue  # "the FTSE 100 closed up", "the CAC 40", "the FTSE index": a share index, no body
        if re.match(r"\s+(?:19|20)\d{2}(?![\d%\w-]|[.,]\d)", text[m.end() :]):
            continue  # "since FY 2000", "in FY 2015": a fiscal year (a period named by its year), no body
        if word in place_acronyms or word in acronyms.things:
            continue
        if word not in aliases and _HONOUR_AFTER.match(text, m.end()):
            continue  # "a GRAMMY-winning producer", "tweeted EMMY winner X": the honour's name, no body acting
        if word in acronyms.initials and word not in aliases:
            continue  # "RM: In my own assessment ...": the initials of the Ron McNinch the article names
        if (
            word not in aliases
            and _ARTICLE_BEFORE.search(text[: m.start()])
            and not re.match(rf"\s+(?:{BODY_NOUNS})\b", text[m.end() :])  # ("a KRV agent": one a body sends)
        ):
            continue  # "repelled by an HDL", "this GPS": a term with an indefinite or demonstrative article
        if word in _SHIP_PREFIXES and re.match(r"\s+[A-Z]", text[m.end() :]):
            continue  # "HMAS Parramatta", "USS Cole": a navy's prefix before a ship's name, no body
        if re.match(r"\s+[A-ZÆØÅ]{2,}\b", text[m.end() :]) or re.search(
            r"\b[A-ZÆØÅ]{2,}\s+$", text[: m.start()]
        ):
            continue  # "CAPE CANAVERAL": words in capitals
        danish_cue = _DA_SOURCE_BEFORE.search(text[: m.start()]) is not None
        body_cue = (len(word) >= 3 or danish_cue) and (
            re.search(r"\b(?:the|The|af|hos|by|to|against|mod|fra|til)\s+(?:\d{4}\s+)?$", text[: m.start()]) is not None
            or re.match(rf"(?:['’]s)?\s+(?:{SPEECH_CUE})\b", text[m.end() :]) is not None
            or _SPEECH_AFTER_ADVERB.match(text, m.end()) is not None
            or re.match(rf"\s+(?:{BODY_NOUNS})\b", text[m.end() :]) is not None
            # the owner of a named show, unit or product: "on XBC's Meet the Press", "KSA's Deep Space Network"
            or re.match(r"['’]s\s+[A-Z][a-z]", text[m.end() :]) is not None
            or danish_cue
            or _employer_after_job(text[: m.start()])
            # a channel a programme airs on: "will air on XTV at 1:00 PM", "broadcast live on KRT"
            or re.search(
                r"\b(?:airs?|aired|airing|broadcast|televised|shown|streamed)\s+(?:live\s+)?on\s+$", text[: m.start()]
            )
            is not None
        )
        acts = (  # "NICE said", "the PACE's Resolution 1728": what a body says or owns, or "the" before it
            re.match(rf"(?:['’]s)?\s+(?:{SPEECH_CUE}|{BODY_NOUNS})\b|['’]s\s+[A-Z]", text[m.end() :]) is not None
            or re.search(r"\b[Tt]he\s+$", text[: m.start()]) is not None
        )
        if word not in aliases and acronym_sentences.get(word, 0) < 2 and _shouted_word(word) and not acts:
            continue  # "COURAGE to ALL of us": an English word written in capitals, no acronym
        if word not in aliases and acronym_sentences.get(word, 0) < 2 and not body_cue:
            # an acronym named once and never defined is a term as often as a body, unless the
            # sentence treats it as one: "the NHS", "the FBI", "NHS said", "FBI's"
            continue
        if len(word) < 2 or (
            len(word) == 2 and word not in aliases and acronym_sentences.get(word, 0) < 3 and not danish_cue
        ):
            continue  # two capitals once or twice are initials or a unit; in three sentences a body
        online = _ONLINE.match(text, m.end())
        if online is not None and word not in aliases:
            add("organisation", text[m.start() : online.end()], index, m.start(), online.end())  # "XYZ Online"
            continue
        add("organisation", aliases.get(word, word), index, m.start(), m.end())
    for word, full in aliases.items():
        if word.isupper() or word not in text:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?=(?:['’]s)?(?![\w-]))", text):
            if not _overlaps(taken, m.start(), m.end()):  # "Mfhr said": the body an acronym-word stands for
                add("organisation", full, index, m.start(), m.end())
