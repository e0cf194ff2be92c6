"""Places and organisations: the packaged gazetteer first, then organisation-shaped names.

Places come only from the gazetteer (GeoNames, CLDR and ISO 3166 data generated into
resources/gazetteer, plus a short list of seas and regions): a capitalised word is far more often a
person or a company than an unknown town. Organisations come from a short list of bodies news names
bare ("Reuters", "NATO") and from their shapes (`orgs.py`). `Named.spans` tells the people finder
which stretches of each sentence are already taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.core.facts import orgs, place_shapes
from briefing_app.core.facts.gazetteer import Mention, find_mentions, lookup, person_names, towns
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.places_he import hebrew_areas, in_a_place_list, place_inside_a_name
from briefing_app.core.facts.roles import is_role_noun

# Words that start a sentence but never a name; they are cut off the front of a capitalised run.
LEADING_FUNCTION_WORDS = {
    "the", "a", "an", "in", "at", "on", "but", "and", "as", "for", "from", "by", "with", "to", "of", "after", "before",
    "while", "when", "if", "since", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
    "i", "we", "you", "he", "she", "they", "there", "here", "what", "who", "where", "why", "how", "so", "yet", "or",
    "den", "det", "de", "en", "et", "på", "af", "til", "med", "fra", "og", "men", "når", "hvis", "som",
    "der", "han", "hun", "vi", "jeg", "ifølge", "efter", "under", "over", "mens", "both", "either", "neither",
    "all", "each", "every", "begge",
}  # fmt: skip


@dataclass
class Named:
    """Places and organisations of an article, and the stretches of each sentence they take."""

    facts: list[Fact] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _clean_org(name: str) -> str:
    """An organisation's name without a leading article, sentence opener or job ("Informationssekretær i")."""
    words = name.strip().split()
    while len(words) > 1 and (words[0].lower() in LEADING_FUNCTION_WORDS or is_role_noun(words[0])):
        words = words[1:]
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name).strip(" ,")
    return name[:-1] if name.endswith(".") and len(name.split()[-1]) > 5 else name


# "the Green Party's health spokesman", "Venstres formand": the owner of a job is an organisation
# (or a place, which the gazetteer knows).
_OWNER = re.compile(
    r"((?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*?)(?:['’]s|(?<=[a-zæøå])s)\s+((?:[a-zæøå-]+\s+){0,2}[a-zæøå-]+)"
)


_MONTHS_DAYS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def _trim_org_words(words: list[str]) -> list[str]:
    """An organisation's words without a date or a person's name run on after them ("Court of Cassation on
    July", "Air Force for Acquisition Darleen Druyun")."""
    for i, word in enumerate(words):
        if _MONTHS_DAYS.match(word):
            words = words[:i]
            break
    given, _ = person_names()
    for i in range(1, len(words) - 1):
        if words[i] in given and words[i + 1][:1].isupper() and i + 2 == len(words):
            words = words[:i]
            break
    ofs = [i for i, w in enumerate(words) if w == "of"]
    if len(ofs) >= 2:
        tail = " ".join(w for w in words[ofs[-1] + 1 :] if w != "the")
        entry = lookup(tail)
        if entry is not None and entry.kind == "place":
            words = words[: ofs[-1]]  # "University of Sheffield of the UK": the country is no part of it
    while words and words[-1] in ("of", "for", "on", "and", "the", "&"):
        words = words[:-1]
    return words


# A small town is a place only where the sentence puts one: "in Bogliasco", "near Kanata", "from Yeoncheon".
_TOWN_AFTER = re.compile(
    r"\b(?:in|at|from|near|outside|to|of|town of|city of|village of|i|fra|ved|nær|byen)\s+"
    r"([A-ZÆØÅ][a-zæøå'-]{3,}(?:\s[A-ZÆØÅ][a-zæøå'-]+){0,2})(?![\w'’-])"
)


def _extend_back(text: str, start: int, words: list[str], lowercase: frozenset[str]) -> tuple[int, list[str]]:
    """The capitalised words just before "X of Y" belong to its name ("Doctor Who Society of Canada", "Greek
    Ministry of Culture", "U.S. Department of Agriculture", "Massachusetts Institute of Technology"), unless
    they open the sentence as ordinary words or name a title."""
    if words and words[0] == "The":
        return start, words
    before = text[:start]
    for _ in range(3):
        m = re.search(r"(?<![\w'’.-])((?:[A-Z]\.){2,}|[A-ZÆØÅ][\w'’&-]*)\s$", before)
        if not m:
            break
        word = m.group(1)
        opens = not before[: m.start()].strip(" \"'“‘(")
        if word.lower() in LEADING_FUNCTION_WORDS or is_role_noun(word) or (opens and word.lower() in lowercase):
            break
        words = [word, *words]
        start = m.start(1)
        before = text[:start]
    return start, words


# A title right before a capitalised word makes it a person's name, whatever towns share it.
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Senator|Sen\.|Governor|Gov\.|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|General|Gen\.|King|Queen|"
    r"Prince|Princess|Pope|Minister|Secretary|Rep\.|Representative|Chancellor|Premier|Sir|Lady|Lord|Professor|"
    r"Prof\.|Colonel|Captain|Sheikh|Rabbi|Father|Bishop|Saint|St\.|hr\.|fru|statsminister|minister|præsident|"
    r"borgmester)\s+$"
)


# A name built with "of/on/for" that stopped at an organisation word inside it ("Project on Government") runs on
# over one capitalised word that ends the phrase ("Oversight", then a verb, a comma or the end).
_CONNECTED = re.compile(r"\s(?:on|for)\s+[A-Z]\w*$")
_RUN_ON = re.compile(r"\s+([A-Z][a-z]+)(?=\s+[a-z]|[,.;:)]|$)")
_CAMPUS_HEAD = re.compile(r"(?:The\s+)?(?:University|College|Institute|State University)\b")
_CAMPUS = re.compile(r"\s+at\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])")


class _Span:
    """A piece of a regular-expression match (start, end, text), as `finditer` gives them."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _: int = 0) -> str:
        return self._text


def _split_at_and(matches: Iterator[re.Match[str]]) -> Iterator[_Span]:
    """ "Acme Re and Northwind Bank" is two organisations: split where the part before "and" is complete
    (ends with an organisation word); "Department of Health and Social Care" stays one."""
    for m in matches:
        text, start = m.group(0), m.start()
        parts = re.split(r"(\s+(?:and|og|&)\s+)", text)
        pieces: list[tuple[int, str]] = []
        offset = start
        current, current_start = "", start
        for part in parts:
            if re.fullmatch(r"\s+(?:and|og|&)\s+", part):
                last = current.split()[-1] if current.split() else ""
                if last in orgs.EN_TAIL or last in orgs.DA_TAIL_WORDS:
                    pieces.append((current_start, current))
                    current, current_start = "", offset + len(part)
                else:
                    current += part
            else:
                current += part
            offset += len(part)
        pieces.append((current_start, current))
        for piece_start, piece in pieces:
            if piece.strip():
                yield _Span(piece_start, piece)


def find_named(sentences: list[SourceSentence], language: str) -> Named:
    """Every place and organisation the sentences name, one fact each, with all their sentences."""
    lang = language.split("-")[0].lower()
    named = Named()
    by_key: dict[tuple[str, str], Fact] = {}
    lowercase = frozenset(w for s in sentences for w in re.findall(r"\b[a-zæøå][\w'-]*", s.text))
    aliases: dict[str, str] = {}  # acronym -> full name, as the article defines it
    acronym_sentences: dict[str, int] = {}
    for s in sentences:
        for word in set(orgs.ACRONYM.findall(s.text)):
            acronym_sentences[word] = acronym_sentences.get(word, 0) + 1
    if lang in ("en", "da"):
        for s in sentences:
            for m in orgs.ACRONYM_DEFINED.finditer(s.text):
                full, short = _clean_org(m.group(1)), m.group(2)
                entry = lookup(full)
                if entry is None or entry.kind == "organisation":
                    aliases.setdefault(short, full)

    def add(kind: str, name: str, index: int, start: int, end: int, key_name: str | None = None) -> None:
        spans = named.spans.setdefault(index, [])
        spans.append((start, end))
        key = (kind, (key_name or name).lower())
        fact = by_key.get(key)
        if fact is None:
            by_key[key] = Fact("place" if kind == "place" else "organisation", name, index)
        elif index not in fact.sentences:
            fact.sentences.append(index)

    for s in sentences:
        text, taken = s.text, named.spans.setdefault(s.index, [])
        if lang in ("en", "da"):
            for m in orgs.ACRONYM_DEFINED.finditer(text):
                full = _clean_org(m.group(1))
                add(
                    "organisation",
                    aliases.get(m.group(2), full),
                    s.index,
                    m.end() - len(m.group(0)) + m.group(0).find(full),
                    m.end(),
                )
            channels = [m for m in orgs.CHANNEL.finditer(text) if m.group(0).split()[0] not in orgs.NOT_ORG_ACRONYMS]
            for m in [*orgs.DOMAIN.finditer(text), *orgs.INNER_THE.finditer(text), *orgs.AMPERSAND.finditer(text),
                      *channels]:  # fmt: skip
                known = lookup(re.sub(r"^The\s+", "", m.group(0)))
                if not _overlaps(taken, m.start(), m.end()) and (known is None or known.kind == "organisation"):
                    add("organisation", m.group(0), s.index, m.start(), m.end())
            for m in orgs.DESCRIBED.finditer(text):
                name = _clean_org(m.group(1))
                known = lookup(name)
                if not _overlaps(taken, m.start(1), m.end(1)) and (known is None or known.kind == "organisation"):
                    add("organisation", name, s.index, m.start(1), m.end(1))
            for m in _OWNER.finditer(text):
                owner = _clean_org(m.group(1))
                if not is_role_noun(m.group(2).split()[-1]) or _overlaps(taken, m.start(1), m.end(1)):
                    continue
                if lang == "en" and "'" not in m.group(0) and "’" not in m.group(0):
                    continue  # English marks the owner with an apostrophe
                if lookup(owner) is not None or lookup(re.sub(r"s$", "", owner)) is not None:
                    continue  # a place: "Britain's prime minister"
                if len(owner.split()) == 1 and owner[:1].isupper() and lang == "en" and owner.lower() in lowercase:
                    continue
                add("organisation", owner, s.index, m.start(1), m.start(1) + len(m.group(1)))
            for pattern in (orgs.EN_HEAD_RUN, orgs.EN_TAIL_RUN, *((orgs.DA_COMPOUND, orgs.DA_TAIL_RUN, orgs.DA_NATIONAL,
                                                                        orgs.DA_GENITIVE_BODY)
                                                                     if lang == "da" else ())):  # fmt: skip
                for piece in _split_at_and(pattern.finditer(text)):
                    start, name = piece.start(), piece.group(0)
                    words = name.split()
                    while words and words[0].lower() in LEADING_FUNCTION_WORDS and words[0] != "The":
                        start += len(words[0]) + 1
                        words = words[1:]
                    words = _trim_org_words(words)
                    if "of" in words[1:4] and re.search(r"\b[a-z]{3,}\s+$", text[:start]):
                        role = text[:start].split()[-1]
                        if is_role_noun(role) or (role.endswith("s") and is_role_noun(role[:-1])):
                            # "publishers Jann Wenner of Rolling Stone Magazine": the person, then the body
                            cut = words.index("of", 1) + 1
                            start = text.find(words[cut], start) if cut < len(words) else start
                            words = words[cut:]
                    if pattern is orgs.EN_HEAD_RUN:
                        start, words = _extend_back(text, start, words, lowercase)
                    name = _clean_org(" ".join(words))
                    if len(name.split()) < 2 and pattern is not orgs.DA_COMPOUND:
                        continue
                    known = lookup(name)
                    if _overlaps(taken, start, piece.end()) or (known is not None and known.kind == "place"):
                        continue
                    owner_entry = lookup(name.split()[0][:-1]) if pattern is orgs.DA_GENITIVE_BODY else None
                    if owner_entry is not None and owner_entry.kind == "place":
                        continue  # "Danmarks regering", "Københavns kommune": a place's, read as the place
                    if re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:Officer|Director|Executive|Secretary|Minister|Chairman)\b",
                                text[piece.end() :]):  # fmt: skip
                        continue  # "Boeing Chief Financial Officer": a title, not an organisation
                    at = text.find(name, start)  # the stretch of the name as cleaned, not of the whole match
                    campus = _CAMPUS.match(text, at + len(name)) if at >= 0 and _CAMPUS_HEAD.match(name) else None
                    if campus is not None and _MONTHS_DAYS.match(campus.group(1)) is None:
                        name += campus.group(0)  # "University of Colorado at Boulder": the campus is in the name
                    more = _RUN_ON.match(text, at + len(name)) if at >= 0 and _CONNECTED.search(name) else None
                    if more is not None and not _MONTHS_DAYS.match(more.group(1)) and lookup(more.group(1)) is None:
                        name += more.group(0)  # "Project on Government Oversight": the words after "on X" too
                    add(
                        "organisation",
                        name,
                        s.index,
                        at if at >= 0 else start,
                        at + len(name) if at >= 0 else piece.end(),
                    )
        if lang in ("en", "da"):
            for m in _TOWN_AFTER.finditer(text):
                name = m.group(1)
                run = name.split()
                if any(lookup(" ".join(run[:k])) is not None for k in range(len(run), 0, -1)):
                    continue  # "in Salt Lake City": a bigger place the gazetteer knows starts here
                while name and name not in towns() and " " in name:
                    name = name.rsplit(" ", 1)[0]  # "in Bogliasco Tuesday": the longest town name that is one
                start = m.start(1)
                if name in towns() and not _overlaps(taken, start, start + len(name)) and name.lower() not in lowercase:
                    add("place", name, s.index, start, start + len(name))
        for mention in find_mentions(text, lang, lowercase) if lang not in ("ar", "he") else []:
            if _overlaps(taken, mention.start, mention.end):
                continue
            entry = mention.entry
            if entry.detail != "country" and " " not in mention.written and _TITLE_BEFORE.search(text[: mention.start]):
                continue  # "President Bush", "Senator Kent": a person named after a town
            if entry.detail == "city" and " " not in mention.written and lang in ("en", "da"):
                given, family = person_names()
                if re.match(r"\s*\d", text[mention.end :]):
                    continue  # "Delta 4": a model
                if (mention.written in given or mention.written in family) and not re.search(
                    r"\b(?:in|at|from|to|near|outside|of|i|fra|til|ved)\s+$", text[: mention.start]
                ):
                    continue  # "Bono", "Martin": a person's name far more often than a town
            if (
                entry.detail == "city"
                and " " not in mention.written
                and re.match(
                    r"\s+(?:(?:do|da|de|del|dos|la|van|von)\s+)?(?:[A-Z]\.\s|[A-Z][a-z]+(?![\w'’-]))",
                    text[mention.end :],
                )
                and lookup(text[mention.end :].split()[0].strip(",.")) is None
            ):
                continue  # a first name that is also a town: "David Nabarro", "Salvador Allende"
            # Written as the article writes it (U.S., København); one fact per place whatever the spelling.
            add(entry.kind, mention.written, s.index, mention.start, mention.end, key_name=entry.name)
            region = place_shapes.after_city(text, mention, lowercase)
            if region is not None and not _overlaps(taken, region[0], region[1]):
                add("place", region[2], s.index, region[0], region[1])  # "in Livorno, Tuscany"
        if lang in ("en", "da"):
            for start, end, name in place_shapes.latin_areas(text, lowercase):
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "the Lombardy region"
        shouting = len(re.findall(r"\b[A-ZÆØÅ]{3,}\b", text)) >= 3  # a headline in capitals: words, not acronyms
        if lang in ("en", "da") and not shouting:
            for m in orgs.ACRONYM.finditer(text):
                word = m.group(0)
                if word in orgs.NOT_ORG_ACRONYMS or _overlaps(taken, m.start(), m.end()) or orgs.ROMAN.fullmatch(word):
                    continue
                if re.match(r"\s+[A-ZÆØÅ]{2,}\b", text[m.end() :]) or re.search(
                    r"\b[A-ZÆØÅ]{2,}\s+$", text[: m.start()]
                ):
                    continue  # "CAPE CANAVERAL": words in capitals
                body_cue = len(word) >= 3 and (
                    re.search(r"\b(?:the|The|af|hos)\s+$", text[: m.start()]) is not None
                    or re.match(rf"(?:['’]s)?\s+(?:{SPEECH_CUE})\b", text[m.end() :]) is not None
                )
                if word not in aliases and acronym_sentences.get(word, 0) < 2 and not body_cue:
                    # an acronym named once and never defined is a term as often as a body, unless the
                    # sentence treats it as one: "the NHS", "the FBI", "NHS said", "FBI's"
                    continue
                if len(word) < 2 or (len(word) == 2 and word not in aliases and acronym_sentences.get(word, 0) < 3):
                    continue  # two capitals once or twice are initials or a unit; in three sentences a body
                add("organisation", aliases.get(word, word), s.index, m.start(), m.end())
        elif lang in ("ar", "he"):
            finder = orgs.arabic_orgs if lang == "ar" else orgs.hebrew_orgs
            for start, end, name in finder(text):
                if not _overlaps(taken, start, end):
                    add("organisation", name, s.index, start, end)
            for start, end, name in place_shapes.arabic_areas(text) if lang == "ar" else hebrew_areas(text):
                if not _overlaps(taken, start, end):
                    add("place", name, s.index, start, end)  # "منطقة X", "مطار X الدولي"
            last_place_end = -1
            for mention in find_mentions(text, lang, lowercase):
                # "في حماة واللاذقية": a town joined by "and" to the place before it is a place too
                joined = re.fullmatch(r"\s*[وו]", text[last_place_end : mention.start]) is not None
                if (
                    (
                        mention.entry.detail == "city"
                        or (mention.entry.detail == "region" and mention.written.startswith("ال"))
                    )
                    and " " not in mention.written
                    and not _rtl_locative(text, mention)
                    and not (lang == "he" and in_a_place_list(text[: mention.start]))
                    and not (joined and last_place_end >= 0)
                ):
                    continue  # many towns' names are also common words (الجديدة "the new"): only after "in", "from"
                if not _overlaps(taken, mention.start, mention.end):
                    add(mention.entry.kind, mention.written, s.index, mention.start, mention.end, mention.entry.name)
                    last_place_end = mention.end
    named.facts = list(by_key.values())
    return named


def _drop_towns_named_after_people(sentences: list[SourceSentence], named: Named, people_words: set[str]) -> None:
    """A one-word town that is a word of a person's name in this article ("Bush" beside "George W. Bush") is
    that person, unless the article also puts it after a preposition of place ("in Bush")."""
    text = " ".join(s.text for s in sentences)
    keep = []
    for fact in named.facts:
        entry = lookup(fact.text) if fact.kind == "place" and " " not in fact.text else None
        if (
            entry is not None
            and entry.detail == "city"
            and fact.text in people_words
            and not re.search(rf"\b(?:in|at|from|near|outside|i|fra|ved)\s+{re.escape(fact.text)}\b", text)
        ):
            continue
        keep.append(fact)
    named.facts = keep


def add_repeated_names(sentences: list[SourceSentence], language: str, named: Named, not_orgs: set[str]) -> None:
    """A capitalised word the article uses at least twice inside sentences, never in lower case, that is
    no person, place, title or nationality, is an organisation or brand: "Boeing", "Microsoft", "Sophos".
    Run after the people finder, whose names are `not_orgs`."""
    lang = language.split("-")[0].lower()
    if lang == "he":  # "מירב לוין": no Vienna in a family name
        named.facts = [f for f in named.facts if f.kind != "place" or not place_inside_a_name(f.text, not_orgs)]
    if lang not in ("en", "da"):
        return
    _drop_towns_named_after_people(sentences, named, not_orgs)
    lowercase = {w.lower() for s in sentences for w in re.findall(r"\b[a-zæøå][\w'-]*", s.text)}
    counts: dict[str, list[tuple[int, int, int]]] = {}
    where_in_run: set[str] = set()
    standalone: set[str] = set()
    for s in sentences:
        for m in re.finditer(r"(?<![\w'’.-])([A-ZÆØÅ][a-zæøå]+[A-Za-zæøå]*)(?:['’]s)?(?![\w-])", s.text):
            before, after = s.text[: m.start()], s.text[m.end() :]
            if not before.strip(" \"'“‘–-(") or re.search(r"[.:!?][\"”']?\s*$", before):
                continue  # the first word of a sentence or quote
            if not (re.search(r"[A-ZÆØÅ0-9][\w.'’-]*\s+$", before) or re.match(r"\s+[A-ZÆØÅ0-9]", after)):
                standalone.add(m.group(1))  # not always part of a longer name ("Internet Explorer")
            if re.search(r"\b(?:in|at|from|to|near|over|outside|into|i|fra|til|ved|over|mod)\s+$", before):
                where_in_run.add(m.group(1))  # "in Bagdad": a place the gazetteer does not know
            counts.setdefault(m.group(1), []).append((s.index, m.start(), m.start() + len(m.group(1))))
    known = {f.text.lower() for f in named.facts}
    _single_name_lists(sentences, named, not_orgs, lowercase, known)
    _company_by_context(sentences, named, not_orgs, lowercase, known)
    for word, where in counts.items():
        if len(where) < 2 or len(word) < 3 or word.lower() in lowercase or word in not_orgs or word in where_in_run:
            continue
        if word not in standalone:
            continue
        if word.lower() in known or lookup(word) is not None or _not_org_word(word):
            continue
        spots = [(i, a, b) for i, a, b in where if not _overlaps(named.spans.get(i, []), a, b)]
        if len(spots) < 2:
            continue
        fact = Fact("organisation", word, spots[0][0], sentences=sorted({i for i, _, _ in spots}))
        named.facts.append(fact)
        for i, a, b in spots:
            named.spans.setdefault(i, []).append((a, b))


# A one-word name used once is a company or body where the sentence says so: "Facebook acquired",
# "bought by Halliburton", "shares of Motorola", "a spokeswoman for Aldi".
_COMPANY_CUE = re.compile(
    r"(?:\b(?:acquired|bought|owned|purchased|founded|sued|fined)\s+by|"
    r"\b(?:shares|stock|owner|founder|CEO|chief executive|employees|staff|subsidiary|unit|division|customers|"
    r"users)\s+(?:of|at)|\bspokes(?:man|woman|person)\s+for|"
    r"\b(?:deal|partnership|agreement|contract|merger)\s+with|\b(?:shares|stake|stakes)\s+in|\b(?:bid|offer)\s+for|"
    r"\b(?:takeover|subsidiary|unit|rival|rivals|competitor|owner)\s+of|\b(?:rival|rivals|competitor)|\bfirms?\s+like)\s+([A-Z][a-z]+[A-Za-z0-9]*)(?![\w'’-])"
    r"|(?<![\w'’.-])([A-Z][a-z]+[A-Za-z0-9]*)['’]s\s+(?:shares|stock|website|app|software|browser|platform|"
    r"headquarters|profits?|revenues?|sales|customers|users|subscribers|employees|products?|services?|stores)\b"
    r"|(?<![\w'’.-])([A-Z][a-z]+[A-Za-z0-9]*)(?:['’]s)?\s+(?:has\s+|had\s+|will\s+)?(?:announced|acquired|bought|launched|"
    r"unveiled|reported|agreed to|confirmed|released|posted|filed|sold|hired|laid off|shipped)\b"
)


# "Northwind chairman John Doe", "Labour leader Jane Roe": a bare name before a job and a person's name is
# the employer; "Northwind said its profits": "its" says a body spoke, not a person.
_EMPLOYER = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+[A-Za-z0-9]*)\s+(?:[a-z][a-z-]+\s+)?([a-z][a-z-]+)\s+(?:[A-Z]\.\s)?[A-Z][a-z]+"
    r"(?:\s+(?:[A-Z]\.\s)?[A-Z][a-z]+)+"
)
_SAID_ITS = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+[A-Za-z0-9]*)\s+(?:has\s+)?(?:said|says|reported|announced)\s+its\b")


def _context_cues(text: str) -> Iterator[tuple[str, int]]:
    """(name, where) of one-word organisations the sentence's wording gives away."""
    for m in _COMPANY_CUE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        yield m.group(group), m.start(group)
    for m in _EMPLOYER.finditer(text):
        if is_role_noun(m.group(2)):
            yield m.group(1), m.start(1)
    for m in _SAID_ITS.finditer(text):
        yield "=" + m.group(1), m.start(1)  # "=": a body even where the people finder took it for a person


def _company_by_context(
    sentences: list[SourceSentence], named: Named, not_orgs: set[str], lowercase: set[str], known: set[str]
) -> None:
    """One-word companies named once, by what the sentence says of them (see _COMPANY_CUE, _EMPLOYER)."""
    given, family = person_names()
    for s in sentences:
        for cue, at in _context_cues(s.text):
            word, sure = cue.lstrip("="), cue.startswith("=")
            if not s.text[:at].strip(" \"'“‘(") or word.lower() in lowercase or word.lower() in known:
                continue  # a sentence's first word may be any word
            if (not sure and (word in not_orgs or word in given or word in family)) or _not_org_word(word):
                continue
            if lookup(word) or _overlaps(named.spans.get(s.index, []), at, at + len(word)):
                continue
            named.facts.append(Fact("organisation", word, s.index))
            named.spans.setdefault(s.index, []).append((at, at + len(word)))
            known.add(word.lower())


_ONE = r"(?:[A-ZÆØÅ][\w'’-]*[a-zæøå][\w'’-]*|[A-ZÆØÅ]{2,6})"
_SINGLE_LIST = re.compile(
    rf"(?<![\w'’-]){_ONE}(?:(?:,\s+{_ONE}){{2,}}(?:,?\s+(?:and|og|or|eller)\s+{_ONE})?|(?:,\s+{_ONE})+,?\s+"
    rf"(?:and|og|or|eller)\s+{_ONE})(?![\w'’-])"
)


def _single_name_lists(
    sentences: list[SourceSentence], named: Named, not_orgs: set[str], lowercase: set[str], known: set[str]
) -> None:
    """Three or more single capitalised names in a list ("Panasonic, PDM, Clas, Buckler og Z", "Google,
    Microsoft and Motorola") that are no places, people or words: brands, teams, companies. One known
    organisation among them, or none of them a given name, is enough to take the rest."""
    given, family = person_names()
    for s in sentences:
        for m in _SINGLE_LIST.finditer(s.text):
            if _overlaps(named.spans.get(s.index, []), m.start(), m.end()) and not any(
                w.lower() in known for w in re.findall(_ONE, m.group(0))
            ):
                continue
            members = [(x.start() + m.start(), x.group(0)) for x in re.finditer(_ONE, m.group(0))]
            members = [(a, w) for a, w in members if w not in ("and", "og", "or", "eller")]
            if len(members) < 3 or not m.start() or not s.text[: m.start()].strip():
                continue
            if any(
                w.lower() in lowercase or w in not_orgs or (_not_org_word(w) and not w.endswith("ic"))
                or (lookup(w) is not None and lookup(w).kind == "place")  # type: ignore[union-attr]
                for _, w in members
            ):  # fmt: skip
                continue
            if 2 * sum(w in given or w in family for _, w in members) >= len(members):
                continue  # mostly people's names: a list of people named by one name
            if not any(w.isupper() or w.lower() in known for _, w in members):
                continue  # with no acronym or known organisation in it, it may be gods, artists, products
            for a, w in members:
                if w.lower() in known or _overlaps(named.spans.get(s.index, []), a, a + len(w)):
                    continue
                named.facts.append(Fact("organisation", w, s.index))
                named.spans.setdefault(s.index, []).append((a, a + len(w)))
                known.add(w.lower())


# Capitalised words that are no organisation: days, months, nationalities and peoples, titles.
# Verbs of saying after an acronym make it a body that speaks ("NHS said", "KSB's statement said").
SPEECH_CUE = (
    "said|says|announced|warned|reported|confirmed|stated|told|added|denied|claimed|sagde|siger|oplyser|meddeler"
)

_NOT_ORG_WORDS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$|"
    r".*(?:ish|ian|ians|ese|ean|eans|ans|ic|ics|isk|iske|ere)$|"
    r"(?:President|Minister|Secretary|Senator|Governor|Mayor|King|Queen|Prince|General|Director|Chairman|Mr|Mrs|Ms|"
    r"Dr|Sir|God|Internet|Web|Christmas|Easter|Ramadan)$|"
    # peoples and faiths whose names have no regular ending
    r"(?:Arabs?|Jews?|Muslims?|Moslems?|Hindus?|Sikhs?|Buddhists?|Kurds?|Druze|Copts?|Sunnis?|Shiites?|Shias?|"
    r"French|Dutch|Greeks?|Thais?|Swiss|Czechs?|Scots|Danes?|Swedes?|Finns?|Poles?|Turks?|Serbs?|Croats?|Slovaks?|"
    r"Uzbeks?|Kazakhs?|Tajiks?|Pashtuns?|Baloch|Bedouins?)$"
)


def _not_org_word(word: str) -> bool:
    """A day, month, people, faith or title; or a place's demonym the gazetteer spells by its stem
    ("Yemeni", "Iraqis", "Bangladeshi", "Kenyans": Yemen, Iraq, Bangladesh, Kenya)."""
    if _NOT_ORG_WORDS.match(word):
        return True
    for suffix in ("is", "i", "ns", "n"):
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 4:
            entry = lookup(stem)
            if entry is not None and entry.kind == "place":
                return True
    return False


_RTL_LOCATIVE = re.compile(
    r"(?:في|من|إلى|الى|قرب|عبر|نحو|باتجاه|بالقرب|דרך|مدينة|بمدينة|ومدينة|حول|داخل|شمال|جنوب|شرق|غرب|وسط|عاصمة|أنحاء|מ|ב|ל|אל|ליד|העיר|בעיר|"
    r"מהעיר|צפון|דרום|מזרח|מערב)\s+$"
)


def _rtl_locative(text: str, mention: Mention) -> bool:
    """An Arabic or Hebrew town name with a preposition glued to it (بجدة, בחיפה) or before it (في جدة)."""
    glued = mention.start > 0 and text[mention.start - 1] in "بلמבל"  # not و/ו "and"
    glued = glued and text[max(0, mention.start - 2) : mention.start] != "لل"  # للثورة: "for the revolution"
    before = text[: mention.start]
    # "في مدارس حلب" (in the schools of Aleppo): a preposition, an indefinite noun in the construct state
    construct = re.search(r"(?:^|\s)(?:في|من|إلى|الى|ب|ל|ב|מ)\s*(?!ال)[\u0621-\u064a\u05d0-\u05ea]{3,}\s+$", before)
    return glued or bool(_RTL_LOCATIVE.search(before)) or construct is not None


def find_places_and_orgs(sentences: list[SourceSentence], language: str) -> list[Fact]:
    """One fact per place or organisation, listing every sentence that mentions it."""
    return find_named(sentences, language).facts
