"""People and the role or title the article gives them, later mentions merged by surname.

Evidence that a capitalised run is a person, in the order news copy gives it: a title or role right
before it ("Health Minister Jane Roe", "health spokesman John Doe"), an apposition after
it ("Jane Roe, a spokeswoman for ..."), a speech verb ("Okafor said", "said Okafor"), an
earlier mention with the same surname, or, for a name named once in passing, a run of two or three
capitalised words none of which the article also writes in lower case. Places and organisations are
found first (`places.find_named`) and their stretches are never people. Arabic and Hebrew sources (no
capitals) are read by `people_ar` and `people_he`; the index that merges mentions is `people_index`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names, person_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar import AR_SPEECH, find_arabic_people
from briefing_app.core.facts.people_he import HE_ROLE_WORDS, HE_SPEECH, find_hebrew_people
from briefing_app.core.facts.people_he_shapes import find_hebrew_shaped_names
from briefing_app.core.facts.people_index import PeopleIndex, Person, merge_roles, strip_possessive, surname
from briefing_app.core.facts.people_roles import (
    AGED_SUBJECT,
    COMMON_VERBS,
    DA_ROLE_SUBJECT,
    MONTHS_DAYS,
    NATIONALITY,
    NOT_A_ROLE_WORD,
    PORTFOLIO,
    ROLE_SUBJECT,
    SPEECH_VERBS,
    apposition_role,
    copula_role,
    described_role,
    is_job,
    is_title,
    is_translation,
    member_of,
    parenthesis_role,
    person_role_before,
    role_before,
    role_ending,
)
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS, Named
from briefing_app.core.facts.roles import is_person_noun, is_role_noun

# Re-exported for the quote finder, which resolves speakers against the same people.
__all__ = [
    "AR_SPEECH", "HE_ROLE_WORDS", "HE_SPEECH", "SPEECH_VERBS", "PeopleIndex", "Person", "described_role", "find_people",
    "merge_roles", "surname",
]  # fmt: skip

_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lady", "lord", "hr.", "fru"}
# Capitalised words that are not names whatever the article does with them.
_NEVER_NAMES = {
    "god", "internet", "christmas", "easter", "ramadan", "eid", "covid-19", "covid", "coronavirus", "parliament",
    "government", "brexit", "olympics", "world", "cup", "war", "north", "south", "east", "west", "new", "old",
    "great", "royal", "national", "federal", "central", "international", "global", "first", "second", "third",
    "mr", "mrs", "ms", "dr", "sir", "twitter", "facebook", "instagram", "tiktok", "youtube", "google", "microsoft",
    "apple", "amazon", "islam", "muslim", "muslims", "christian", "jewish", "jews", "arab", "arabs", "catholic",
    "sunni", "shia", "shiite", "democrat", "democrats", "republican", "republicans", "conservative",
    "conservatives", "labour", "liberal", "liberals", "tory", "tories", "green", "greens", "i", "ok", "tv",
    "security", "social", "administration", "operation", "report", "act", "bill", "day", "street", "road",
    "avenue", "square", "park", "bridge", "airport", "station", "tools", "laboratory", "project", "plan",
    "summit", "treaty", "agreement", "accord", "award", "prize", "festival", "games", "championship", "league",
    "series", "index", "exchange", "market", "stock", "times", "news", "daily", "weekly", "online",
    "minister", "ministers", "president", "presidents", "state", "states", "city", "county",
    "nobody", "everybody", "everyone", "somebody", "someone", "anyone", "anybody", "none", "all", "both", "each",
    "many", "most", "some", "others", "people", "police", "officials", "residents", "critics", "experts",
    "hurricane", "storm", "typhoon", "cyclone", "tropical",
}  # fmt: skip
# Latin capitals and small letters beyond ASCII (Álvarez, Çelik, Łukasz, Šefčovič), from Latin-1 and Latin
# Extended-A, so that a name with a diacritic is a capitalised word like any other.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x17F)) if c.isupper() and c != "×")
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x17F)) if c.islower() and c != "÷")
# A word, or initials before one (George W. Bush, J.K. Rowling).
# Arabic and other names glue a lower-case article to the family name: al-Assad, el-Sisi, bin-Laden.
_GLUED = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould)-"
_CAP = rf"(?:(?:[A-ZÆØÅ]\.){{1,3}}(?=\s[{_UPPER}])|(?:{_GLUED})?[{_UPPER}][\w'’-]*)"
_RUN = re.compile(
    rf"{_CAP}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|(?:(?:bin|ibn|al|el|de|van|von|der|den|la|le|da|dos|du|af)\s+){{1,2}})?{_CAP})*"
)
# A lower-case job word right before a name ("batsman Matthew Hayden", "frontman Chris Martin").
# A nationality or people's adjective by its ending, strict enough to leave surnames alone (Courtois, Riis).
_PEOPLE_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:ish|ian|ese|ean|isk|iske)s?$")


def find_people(
    sentences: list[SourceSentence], language: str, index: PeopleIndex | None = None, named: Named | None = None
) -> PeopleIndex:
    """Every person the sentences name, with roles; `index` may already hold people (quote speakers)."""
    lang = language.split("-")[0].lower()
    index = index or PeopleIndex()
    if lang == "ar":
        find_arabic_people(sentences, index)
    elif lang == "he":
        find_hebrew_people(sentences, index)
        find_hebrew_shaped_names(sentences, index)  # names whose given name the list lacks, by their shape
    else:
        # (handles, hashtags and addresses are no words of the language: "@janeroe" says nothing of "Jane")
        bare = [re.sub(r"[@#]\w+|\S+\.(?:com|org|net)\S*|https?://\S+", " ", s.text) for s in sentences]
        lowercase_words = {w for text in bare for w in re.findall(r"\b[a-zæøå][\w'-]*", text)}
        spans = named.spans if named else {}
        headline = _title_case_paragraphs(sentences)
        reclaimed: list[str] = []
        texts = tuple(s.text for s in sentences)
        # the article's handles, letters only: "Najla Al Hamadi" and "@NajlaAlhamadi" are one person
        handles = frozenset(re.sub(r"[^a-z]", "", h.lower()) for t in texts for h in re.findall(r"@(\w{5,30})", t))
        for s in sentences:
            _latin_people(
                s, lang, index, lowercase_words, spans.get(s.index, []), s.paragraph in headline, reclaimed, texts,
                handles,
            )  # fmt: skip
        if named is not None and reclaimed:
            named.facts = [f for f in named.facts if f.text not in reclaimed]
        for s in sentences:
            if s.paragraph not in headline:
                _name_lists(s, index, lowercase_words, spans.get(s.index, []))
        # Second pass: a surname used before the full name appears (a headline) is the same person.
        # (a key of word characters is a whole run of them in the sentence: a set look-up, no regex per person)
        runs = [(s.index, set(re.findall(r"[\w-]+", s.text))) for s in sentences]
        for person in index.people:
            if re.fullmatch(r"[\w-]+", person.key):
                found = [i for i, words in runs if person.key in words]
            else:
                pattern = re.compile(rf"(?<![\w-]){re.escape(person.key)}(?![\w-])")
                found = [s.index for s in sentences if pattern.search(s.text)]
            person.sentences = sorted({*person.sentences, *found})
        _pronoun_roles(sentences, index)
    return index


def _pronoun_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "He is a former soldier.", "Hun er formand for foreningen.": a role stated of a pronoun that opens a
    sentence belongs to the one person the sentence before named (none when it named two or more); so does
    the role in a description that opens it ("The 45-year-old teacher said", "The minister said",
    "Borgmesteren siger")."""
    for s in sentences:
        m = re.match(r"[\"“]?(?:He|She|Han|Hun)\b(.*)", s.text)
        role = copula_role(m.group(1)) if m else None
        aged = None if role else AGED_SUBJECT.match(s.text)
        role = role or (described_role(aged.group(1)) if aged else None)
        titled = None if role else (ROLE_SUBJECT.match(s.text) or DA_ROLE_SUBJECT.match(s.text))
        if titled and (is_role_noun(titled.group(1).split()[-1]) or is_job(titled.group(1))):
            # "The minister said ...": a role noun the sentence before did not use, for the one person it named
            # who has no role yet
            previous = next((t.text for t in sentences if t.index == s.index - 1), "")
            if titled.group(1).split()[-1].lower() not in previous.lower():
                role = titled.group(1)[:1].lower() + titled.group(1)[1:]  # "Borgmesteren" opens the sentence
        if not role:
            continue
        before = [p for p in index.people if s.index - 1 in p.sentences]
        if titled and role and before and before[0].role:
            continue
        if len(before) == 1:
            before[0].role = merge_roles(before[0].role, role)
            if s.index not in before[0].sentences:
                before[0].sentences = sorted({*before[0].sentences, s.index})


def _title_case_paragraphs(sentences: list[SourceSentence]) -> set[int]:
    """The first paragraph when it is written in Title Case (a headline): capitalised words there are no
    evidence of a name."""
    out = set()
    for s in sentences[:1]:
        if re.search(r"[.!?][\"”’»]?$", s.text.strip()):
            continue  # a headline has no full stop
        words = re.findall(r"[^\W\d_][\w'-]*", s.text)
        if len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6:
            out.add(s.paragraph)
    return out


def _named_again(word: str, texts: tuple[str, ...]) -> bool:
    """Whether `word` stands in two sentences or more of the article (the headline and the story)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(strip_possessive(word))}(?![\w-])")
    return sum(1 for t in texts if pattern.search(t)) >= 2


_PERSONAL_VERB = re.compile(
    r"\s+(?:also\s+)?(?:writes|wrote|tweets|tweeted|blogs|blogged|explains|explained|reflects|reflected|argues|argued|"
    r"recalls|recalled|wonders|wondered|laments|lamented|jokes|joked|muses|mused|informs|informed)\b"
)


def _opening_title(low: str, following: str) -> bool:
    """Whether a sentence's first word, lower-cased, is a role before the name that follows it: a role noun,
    its plural ("Journalists Jane Roe and Max Holm"), a person noun with a job's shape ("Blogger"), or any
    person noun before a known given name."""
    return (
        is_role_noun(low)
        or (low.endswith("s") and len(low) > 4 and is_role_noun(low[:-1]))
        or (is_person_noun(low) and (is_job(low) or following in person_names()[0]))
    )


def _latin_people(
    s: SourceSentence,
    lang: str,
    index: PeopleIndex,
    lowercase_words: set[str],
    taken: list[tuple[int, int]],
    headline: bool,
    reclaimed: list[str] | None = None,
    article_texts: tuple[str, ...] = (),
    handles: frozenset[str] = frozenset(),
) -> None:
    """`reclaimed` collects the names a title showed to be people although a place or organisation had
    taken them; `article_texts` are all the article's sentences; `handles` the article's social-media
    handles in lower-case letters only."""
    reclaimed = reclaimed if reclaimed is not None else []
    # "@Jane_Roe": a handle that is a given name and a family name joined by "_" names her (same length, so
    # every offset into the sentence stays right)
    text = re.sub(
        rf"@([{_UPPER}][{_LOWER}]+)_([{_UPPER}][{_LOWER}]+)\b",
        lambda h: f" {h.group(1)} {h.group(2)}" if h.group(1) in person_names()[0] else h.group(0),
        s.text,
    )
    places = known_names()
    verbs = "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))
    for m in _RUN.finditer(text):
        tokens = m.group(0).split()
        start = m.start()
        # Leading words that begin the sentence but no name.
        while tokens and (
            tokens[0].lower() in LEADING_FUNCTION_WORDS
            or (
                not text[:start].strip(" \"'“‘–-")
                and tokens[0].lower() in lowercase_words
                and len(tokens) > 1
                and not (len(tokens) > 2 and is_title(tokens[1]))
                and not (len(tokens) > 3 and is_title(tokens[0]) and tokens[1] in ("of", "for"))
            )  # "Health Minister Jane Roe" keeps "Health", "Minister of Education Jane Roe" keeps "Minister"
        ):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        # A possessive inside the run ends the name: "Jane Roe's Acme Blog", "Attorney General's Office" name
        # a thing that belongs to whoever comes before the "'s" (but "Kenya's Health Minister Jane Roe",
        # "Korea's Kim Min-jun": a place's official or player is a person after the possessive)
        owned_at = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))), None)
        if (
            owned_at is not None
            and strip_possessive(" ".join(tokens[: owned_at + 1])).split()[-1] not in places
            and not any(is_title(t) for t in tokens[owned_at + 1 :])
        ):
            tokens = tokens[: owned_at + 1]
        if not tokens:
            continue
        end = start + len(" ".join(tokens))
        owner = ""
        run_start = start  # a role before the run is read from here, not from the name's own start
        first_taken = any(a < start + len(tokens[0]) and start < b for a, b in taken)
        given_first = (
            2 <= len(tokens) <= 3
            and tokens[0] in person_names()[0]
            # "Chad Smith", "Georgia Lowe": a given name that is also a place, then a common family name
            and (not first_taken or (len(tokens) == 2 and tokens[1] in person_names()[1]))
            and not re.search(r"\b(?:in|at|from|near|i|fra|ved)\s+$", text[:start])
        )
        covered = [(a, b) for a, b in taken if a < end and start < b]
        titled_run = [t for t in tokens if not is_title(t)]
        taken_text = strip_possessive(text[covered[0][0] : covered[-1][1]]) if covered else ""
        reclaim = (
            bool(covered)
            and bool(titled_run)
            and tokens[len(tokens) - len(titled_run) :] == titled_run  # the titles come first, then the name
            and (taken_text != strip_possessive(" ".join(tokens)) or _looks_like_a_name(titled_run))
            and all(start <= a and b <= end for a, b in covered)
            and 1 <= len(titled_run) <= 3
            and all(re.fullmatch(rf"[{_UPPER}][{_LOWER}'’-]+", t) for t in titled_run)
            and (
                len(titled_run) < len(tokens)
                or (len(titled_run) >= 2 and person_role_before(text[:start]) and _looks_like_a_name(titled_run))
            )
            and taken_text in (strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(tokens)))
        )
        if reclaim:
            # "Kronprinsesse Mary", "socialdemokraten Lars Vind": a title or role right before the run makes
            # it a person, whatever the gazetteer or an organisation's shape said of the same words.
            reclaimed.extend({strip_possessive(" ".join(titled_run)), strip_possessive(" ".join(tokens))})
        elif (given_first and not is_title(tokens[0])) or (len(tokens) == 1 and index.find(tokens[0]) is not None):
            pass  # "Dan Whitby", "George Washington": a given name, then a surname that is also a place
        elif any(a < end and start < b for a, b in taken):
            # Part of the run is a place or organisation: a piece before or after it may still be a name
            # ("UN Special Envoy John Doe", "Director Jane Roe of the Danish Energy Agency").
            spans = sorted((max(a, start), min(b, end)) for a, b in taken if a < end and start < b)
            pieces, at = [], start
            for a, b in spans:
                pieces.append((at, a, "before"))
                at = max(at, b)
            pieces.append((at, end, "after"))
            best = None
            given, _ = person_names()
            for a, b, where in pieces:
                piece = re.sub(r"(?:\s+(?:of|for|af)(?:\s+the)?)+\s*$", "", text[a:b])  # "Nedlukningen af | Danmark"
                # "'s" after a body's name, or Danish's bare genitive "s" ("Socialdemokratiet|s Mette Holm")
                piece = re.sub(r"^(?:['’]?s)?\s+(?:(?:for|of|the|at)\s+)*", "", piece).strip()
                compound = re.match(r"-([^\W\d_]+)\s+", piece)  # "EU-kommissær Jane Roe": the rest of a compound
                if compound and is_job(compound.group(1)):
                    piece = piece[compound.end() :]
                words = piece.split()
                # A given name near the end of the last piece: the name ("... Air Force for Acquisition
                # Marvin Sambur"); otherwise the longest piece.
                named = len(words) >= 2 and words[-2] in given
                if re.search(r"[A-ZÆØÅ]", piece) and (
                    best is None or named or (not best[4] and len(words) > len(best[1].split()))
                ):
                    best = (text.find(piece, a), piece, where, a, named)
            if best is None:
                continue
            piece_words = best[1].split()
            workplace = re.search(r"(?:^|\s)([^\W\d_][\w-]*)\s+(ved|på|i|hos|at|of|for|from|fra)\s+$", text[:start])
            if best[4] and len(piece_words) > 2:  # "Acquisition Marvin Sambur": what precedes the name is title
                name_at = text.find(" ".join(piece_words[-2:]), best[0])
                title_text = text[start:name_at].strip()
                if any(is_title(w) for w in title_text.split()):
                    owner = title_text
                elif workplace and is_job(workplace.group(1)):
                    owner = f"{workplace.group(1)} {workplace.group(2)} {title_text}"  # "overlæge på X-hospital"
                start, tokens = name_at, piece_words[-2:]
                end = start + len(" ".join(tokens))
            else:
                if best[2] == "after" and spans[0][0] < best[3]:
                    owner = text[start : best[0]].strip()  # "UN" in "UN Special Envoy John Doe", "EU-kommissær"
                    if workplace and is_job(workplace.group(1)) and not any(is_title(w) for w in owner.split()):
                        # "lektor ved Aarhus Universitet Jens Hansen": a job at the body named before the name
                        owner = f"{workplace.group(1)} {workplace.group(2)} {owner}"
                start, tokens = best[0], piece_words
                end = start + len(best[1])
        given_names = person_names()[0]
        lead_in = next((k for k in range(1, len(tokens) - 1) if tokens[k] in given_names), None)
        if lead_in is not None and not owner and not any(t in given_names or is_title(t) for t in tokens[:lead_in]):
            at_work = re.search(r"(?:^|\s)([^\W\d_][\w-]*)\s+(i|ved|hos|at|for)\s+$", text[:start])
            party = lang == "da" and lead_in == 1 and tokens[0].endswith("s") and len(tokens[0]) > 3
            if (at_work and is_job(at_work.group(1))) or party:
                # "pressechef i Forsvaret Jens Bak", "Venstres Jakob Holm": what comes before the given name
                # is where the person works or the party (a Danish genitive), not part of the name
                owner = " ".join(tokens[:lead_in])
                if at_work and not party:
                    owner = f"{at_work.group(1)} {at_work.group(2)} {owner}"
                start = text.find(tokens[lead_in], start)
                tokens = tokens[lead_in:]
        # Title words inside the run ("Health Minister Jane Roe", "UN Special Envoy John Doe").
        last_title = -1
        for i, token in enumerate(tokens[:-1]):
            if is_title(token) and token.lower() not in ("state",) or (token.lower() == "state" and i > 0):
                last_title = i
        # "Secretary of the Air Force James Roche": a title with "of" runs up to the name at the end.
        if last_title >= 0 and any(t in ("of", "for") for t in tokens[last_title + 1 : -2]):
            given, _ = person_names()
            keep = (
                3
                if len(tokens) - last_title > 4 and (tokens[-3] in given or re.fullmatch(r"[A-Z]\.", tokens[-2]))
                else 2
            )
            last_title = len(tokens) - keep - 1
        elif last_title < 0 and len(tokens) > 2 and re.fullmatch(r"[A-Z][a-z]+ists?", tokens[0]):
            last_title = 0  # "Scientologist Tom Cruise"
        elif (
            last_title < 0
            and len(tokens) > 2
            and not text[:start].strip(" \"'“‘–-")
            and _opening_title(tokens[0].lower(), tokens[1])
            and tokens[1] not in ("of", "for")
        ):
            # "Organiser Rui Matos said", "Blogger Jane Roe writes", "Journalists Jane Roe and ...": a job noun
            # capitalised only as the sentence's first word
            last_title = 0
        title = tokens[: last_title + 1]
        name_tokens = tokens[last_title + 1 :]
        of_what = (
            bool(title)
            and bool(name_tokens)
            # "Speaker of the House": "the" after the title's "of" starts what the title is of, never a name
            and (name_tokens[0] in ("of", "for") or (name_tokens[0] == "the" and title[-1] in ("of", "for")))
        )
        while name_tokens and (
            name_tokens[0] in ("of", "for")
            or (of_what and name_tokens[0] == "the")
            or name_tokens[0].lower() in PORTFOLIO
        ):
            name_tokens = name_tokens[1:]
        if any(t.lower() in PORTFOLIO for t in name_tokens):
            continue
        if of_what and len(name_tokens) == 1 and index.find(name_tokens[0]) is None:
            continue  # "Vice-Mayor of Springfield", "High Commissioner for Refugees": what the title is of
        cut = next((i for i, t in enumerate(name_tokens) if t in ("of", "for") and i >= 2), None)
        if cut is not None and not any(is_title(t) for t in tokens):
            # "Sarah Lyle of Oxfam": a name, then what the person belongs to (read below as the role)
            end = start + len(" ".join(tokens[: len(tokens) - len(name_tokens) + cut]))
            name_tokens = name_tokens[:cut]
        name = strip_possessive(" ".join(name_tokens))
        if (
            not name
            or (name in places and index.find(name) is None and not reclaim)
            or any(
                (t.lower() in MONTHS_DAYS and not (i > 0 and name_tokens[0] in person_names()[0]))
                or (
                    t.lower() in _NEVER_NAMES
                    and not (i == 0 and len(name_tokens) > 1 and t in person_names()[0])
                    # "Lena Park": a common word that is also a family name, after a given name
                    and not (i > 0 and name_tokens[0] in person_names()[0] and t in person_names()[1])
                )
                for i, t in enumerate(name_tokens)
            )
            or len([t for t in name_tokens if t[0].isupper()]) > 4
            or any(t.isupper() and len(t) > 1 and not t.endswith(".") for t in name_tokens)
        ):
            continue
        after, before = text[end:], text[:run_start]
        own_handle = re.match(r"\s*\(@(\w{1,30})\)", after)
        after = after[own_handle.end() :] if own_handle else after  # "Jane Roe (@janeroe) tweeted": read past it
        if lang == "da" and len(name_tokens) >= 2 and re.match(r"\s+[a-zæøå]{3,}", after):
            last = name_tokens[-1]
            if last.endswith("s") and len(last) > 4 and last not in person_names()[0] and not last.endswith("ss"):
                name = name[:-1]  # "Rolf Sørensens baghjul": Danish writes the genitive without an apostrophe
        honorific = any(t.lower() in _HONORIFICS for t in title)
        title = [t for t in title if t.lower() not in _HONORIFICS]
        role: str | None = " ".join(([owner] if owner and len(owner.split()) <= 3 else []) + title) if title else None
        if (
            not title
            and owner
            and (any(is_title(w) for w in owner.split()) or is_job(owner.split()[0]) or lang == "da")
        ):
            role, title = owner, owner.split()  # "Assistant Secretary of the Air Force for Acquisition"
        evidence = honorific or (bool(title) and any(is_title(t) or is_role_noun(t) for t in title))
        if headline and not honorific and not any(is_role_noun(t) for t in title):
            evidence = False
        if (
            headline
            and (title or honorific)
            and index.find(name) is None
            and not _named_again(name_tokens[-1], article_texts)
        ):
            # "Judge Ruling Sparks Row": in a Title Case headline a title before words the story never uses
            # again as a name is no person
            evidence = False
        if (
            len(name_tokens) == 1
            and not text[:start].strip(" \"'“‘–-")
            and after.startswith(",")
            and index.find(name) is None
            and not re.match(r",\s+(?:aged\s+)?\d{1,2},", after)  # "Boateng, 24, scored" is a name with an age
        ):
            continue  # "Meanwhile, ...", "Eventually, ...": a sentence adverb, capitalised as the first word
        bracket = parenthesis_role(after)
        if bracket and is_translation(bracket):
            bracket = None  # "Puerta del Sol (Gate of the Sun)": the name again in English, no role
        apposition = apposition_role(after)
        appos = apposition or bracket or copula_role(after) or member_of(after)
        if appos:
            # A job noun ("spokesman", "teacher") is evidence enough; a noun that only describes a person
            # ("a rival", "a critic") may describe a product too ("Firefox, its main rival"), so then the
            # run must look like a name as well (a known given or family name).
            strong = (
                # a bracket of capitalised words is a translation or a platform ("(Comunidad Andina)",
                # "(Facebook)"), not a role; a portfolio in capitals counts when the run looks like a name
                (appos == bracket and bool(re.search(r"(?:^|\s)[a-zæøå]", appos)))
                or any(is_role_noun(w) for w in appos.split()[:5])
                # a person noun with a job's shape ("a blogger", "a journalist"), not "its main rival"
                or any(w[:1].islower() and is_job(w) and is_person_noun(w) for w in appos.split()[:5])
                or bool(re.match(r"\S+-years?-old", appos))
            )
            # "Professor X, Director of Y": a title and an apposition are both roles (a copula's complement,
            # "Author X was a guest", is no second role)
            set_off = appos in (bracket, apposition)
            role = merge_roles(role, appos) if role and set_off else role or appos
            evidence = evidence or strong or _looks_like_a_name(name_tokens) or index.find(name) is not None
        # the phrase before ", Name" (or " – Name": a dash sets off an apposition as a comma does)
        prior = re.search(r"(?:^|[,:(]\s*)([^,:(–—]+?)(?:\([^)]*\))?(?:,|\s[–—])\s*$", before)
        if prior:
            phrase = re.sub(
                r"^(?:.*\s)?(?:[Tt]he|an?|An?|with|by|as|while|whereas|mens|men|og|da|når)\s+(?=[^ ]+)",
                "",
                prior.group(1).strip(),
            )
            words = phrase.split()
            owned = re.search(r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s(?:\s+[a-z][\w-]*){1,3})$", phrase)
            if owned and is_role_noun(owned.group(1).split()[-1]):
                phrase = owned.group(1)  # "... met Prime Minister Tony Blair's spokesman, Tom Kelly,"
                words = phrase.split()
            # the head of an English noun phrase is its last word: "The study's lead author, Dr Jane Roe,"
            heads = words[:3] + words[-1:]
            last = words[-1] if words else ""
            named = (  # "Sir Elton John, Paul McCartney and ...": the phrase before is another name, no role
                len(words) >= 2
                # the whole phrase, or its last two words ("including guitarist Max Holm, Jane Roe and ...")
                and (all(w[:1].isupper() for w in words) or all(w[:1].isupper() for w in words[-2:]))
                and not is_title(last)
                and not is_role_noun(last)
                and _looks_like_a_name(words[-2:])
            )
            # ("state" heads a title only after one: "the state of the press, X" is no role)
            titled = any((is_title(w) and w.lower() != "state") or is_role_noun(w) for w in heads)
            # "The director of Kalanta Prisoner Support and Human Rights Association, Jane Roe,": a role head
            # and the long name of the body it is of
            of_body = (
                len(words) > 2
                and (is_title(words[0]) or is_role_noun(words[0]))
                and words[1] in ("of", "for", "at")
                and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words[2:])
            )
            if words and (len(words) <= 8 or (of_body and len(words) <= 14)) and not named and titled:
                role = role or re.sub(rf"^(?:{verbs})\s+", "", phrase)
                evidence = True
            elif not named and (ending := role_ending(prior.group(1).strip())):
                role = role or ending
                evidence = True
        lead = role_before(before)
        called = re.search(
            r"\b(?:an?|the)\s+((?:[\w-]+\s+){0,3}?([a-z][\w-]*))\s+(?:called|named|known\s+as)\s+$", before
        )
        if not lead and called and is_person_noun(called.group(2)):
            lead = called.group(1)  # "a 23-year-old teacher called Jane", "a student named Max Holm"
        if lead and not (len(lead.split()) == 1 and lead.lower() in _HONORIFICS):
            role = f"{lead} {role}" if role else lead
            evidence = True
        elif lead:
            evidence = True
        kind_before = before.rstrip().rsplit(" ", 1)[-1].lower() if before.endswith(" ") else ""
        if kind_before in _THING_KINDS and index.find(name) is None and not title:
            continue  # "the newspaper Al Hayat", "the schools Santo Spirito and ...": the name of a thing
        kind_after = re.match(r"\s+([a-z]+)\b", after)
        if kind_after and kind_after.group(1) in _THING_KINDS and index.find(name) is None:
            continue  # "its official Acme Chat account", "the Roe Report website": a name that names a thing
        example = re.search(r"\b([a-z]+),?\s+(?:such\s+as|including|like)\s+[^.;:()]*$", before)
        if example and example.group(1) in _THING_KINDS and index.find(name) is None and not title:
            continue  # "brands such as Kenmore and Martha Stewart": examples of things
        abbreviated = re.search(r"(?:^|\s)([A-Z][a-z]{1,4}\.)\s+$", before)
        if abbreviated and is_title(abbreviated.group(1)) and abbreviated.group(1).lower() not in _HONORIFICS:
            # "Sen. Mark Doyle", "Gov. Chris Sununu": the run starts after the abbreviation's dot
            role = merge_roles(abbreviated.group(1), role) if role else abbreviated.group(1)
            evidence = True
        elif abbreviated and abbreviated.group(1).lower() in _HONORIFICS:
            evidence = True  # "Mr. Tembo", "Mrs. Jane Roe": an honorific with its full stop, no role
        possessive = name_tokens[-1].endswith(("'s", "’s"))
        kin = re.match(rf"\s+(?:{_KIN})\b", after) if possessive else re.match(rf"['’]s\s+(?:{_KIN})\b", after)
        if kin and not headline and 2 <= len(name_tokens) <= 3 and name not in places:
            # "Kofi Mensah's family said": only a person has a family, a wife or a son
            evidence = evidence or all(t.lower() not in lowercase_words for t in name_tokens)
        spoke_after = re.match(rf"\s*,?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?(?:{verbs})\b", after)
        if spoke_after and after.lstrip().startswith(",") and "," in before:
            spoke_after = None  # "X, who blogs at Misr Digital, posted": the run ends a clause; X speaks
        # "Jane Roe from Acme Watch said": the body a name before speaks for; Jane Roe speaks and acts
        member = index.find(name) is None and re.search(rf"[{_UPPER}][\w'’-]*\s+(?:from|of|at|with)\s+$", before)
        if spoke_after and member:
            spoke_after = None
        said_before = re.search(rf"\b(?:{verbs})\s+$", before) and not re.search(r"\b(?:told|asked|urged)\s+$", before)
        if spoke_after or said_before:
            # One unknown capitalised word that speaks may be a company ("Ryanair said"): a person when it is
            # a known given or family name, a pronoun follows ("Okafor said he ..."), or the article names
            # it three times or more (a person the story is about).
            given, family = person_names()
            one_word_ok = (
                len(name_tokens) > 1
                or any(part in given or part in family for part in name.split("-"))
                or bool(re.search(r"\b(?:he|she|his|her|han|hun)\b", after))
                # a verb of writing or musing a body rarely has: "Endale writes:", "Bilguun explained why"
                or bool(
                    spoke_after
                    and _PERSONAL_VERB.match(after)
                    and not re.search(r"\b(?:from|of|at|in|with|for|by|on)\s+$", before)  # "X, from Acme writes"
                )
                or len(re.findall(rf"\b{re.escape(name)}\b", " ".join(article_texts))) >= 3
            )
            evidence = evidence or (name.lower() not in lowercase_words and one_word_ok)
        if _PERSONAL_VERB.match(after) and not headline and name not in places and not member:
            # "Mohammed wondered how ...", "Sohel Rana informs us": a verb of musing or writing only a person has
            # (a pair of unknown capitalised words, or one known given name)
            given_one = len(name_tokens) == 1 and name in person_names()[0] and name.lower() not in lowercase_words
            pair = 2 <= len(name_tokens) <= 3 and all(
                t.lower() not in lowercase_words and not _PEOPLE_WORD.search(t) for t in name_tokens
            )
            evidence = evidence or given_one or pair
        acting = _acts(after)
        # "shoppers at Harvey Nichols", "børn på Vorupør Strand": a place or a shop, not a person
        placed = (
            re.search(r"\b(?:at|in|inside|outside|near)\s+$", before)
            or (lang == "da" and re.search(r"(?:^|\s)(?:på|ved|nær)\s+$", before))
            or member
        )
        if acting and not headline and not placed and 2 <= len(name_tokens) <= 3 and name not in places:
            # "Dries Mertens scored": a capitalised pair that does something, no word of it used in lower case
            unused = all(t.lower() not in lowercase_words and not _PEOPLE_WORD.search(t) for t in name_tokens)
            evidence = evidence or unused
        if lang == "en" and re.match(r",?\s+(?:who|whom|whose)\b", after) and not headline and not placed:
            # "Tsegaye Worku, who writes for ...": "who" stands for a person, a body takes "which"
            if 2 <= len(name_tokens) <= 3 and name not in places:
                evidence = evidence or all(
                    t.lower() not in lowercase_words and not _PEOPLE_WORD.search(t) for t in name_tokens
                )
        owner_place = re.search(r"([A-ZÆØÅ][\w.-]*(?:\s[A-ZÆØÅ][\w-]*)?)['’]s\s+$", before)
        by_agent = re.search(r"\b(?:[a-z]{3,}ed|led)\s+by\s+$", before) and not re.search(
            # what papers, channels and bodies do far more often than people: "an interview conducted by X"
            r"\b(?:conducted|published|organi[sz]ed|hosted|sponsored|funded|financed|produced|operated|owned|issued|"
            r"released|broadcast|aired|reported|commissioned|backed)\s+by\s+$",
            before,
        )
        if (owner_place and owner_place.group(1) in places) or by_agent:
            # "Korea's Kim Shin-Wook", "was saved by Thibaut Courtois": a country's player, a passive's agent
            if not headline and 2 <= len(name_tokens) <= 3 and name not in places:
                evidence = evidence or all(
                    t.lower() not in lowercase_words and not _PEOPLE_WORD.search(t) for t in name_tokens
                )
        aged = re.match(r",\s+(?:aged\s+)?\d{1,2},", after) or (
            len(name_tokens) >= 2 and re.match(r"\s*\(\d{1,2}\)", after)
        )
        if aged and not headline and name not in places:
            evidence = True  # "Boateng, 24, scored", "Hansen (34) blev ramt": only a person is given an age
        if handles and 2 <= len(name_tokens) <= 4 and re.sub(r"[^a-z]", "", name.lower()) in handles:
            evidence = True  # "Najla Al Hamadi ... @NajlaAlhamadi": the article gives the name's own handle
        if own_handle and len(name_tokens) <= 3 and name not in places:
            letters = own_handle.group(1).lower()
            first, last = name_tokens[0].lower(), strip_possessive(name_tokens[-1]).lower()
            if len(first) >= 4 and (letters.startswith(first[:4]) or (len(last) >= 4 and last in letters)):
                evidence = True  # "Juancho (@Juanx1984) wrote": a name with its own handle in brackets
        inside = re.search(r"(?:\(|[A-ZÆØÅ][\w'’-]*\s+(?:do|da|de|del|dos|van|von|of|for|la|le)\s+)$", before)
        if (
            not evidence
            and not headline
            and not inside  # "(Exterior Relations)", "Vale do Rio Doce": part of something else
            and not placed
            and 2 <= len(name_tokens) <= 3
            and all(
                t.lower() not in lowercase_words and not NATIONALITY.match(t) for t in name_tokens if t[:1].isupper()
            )  # (particles such as "van", "bin" are written in lower case anyway)
            and name not in places
            and (lang != "en" or _looks_like_a_name(name_tokens))
        ):
            evidence = True  # a name named once in passing: "John Smith and Jane Doe"
        if len(name.strip(".")) < 2:
            continue
        if len(name_tokens) == 1 and run_start != start and index.find(name) is None and not (title or appos):
            continue  # a word left over after an organisation ("Project on Government | Oversight")
        if len(name_tokens) == 1 and index.find(name) is None:
            if (name in places and not reclaim) or is_role_noun(name) or name.lower() in lowercase_words:
                continue
            spoke = bool(spoke_after or said_before)  # "Mbeki said": a nationality word never speaks alone
            if NATIONALITY.match(name) and not (title and any(is_title(t) for t in title)) and not spoke:
                continue  # "Danish", but "Pope Francis", "King Charles" have a title
            if name.endswith("s") and _PEOPLE_WORD.match(name) and not title:
                continue  # "Algerians tweeted", "Koreans said": a people speaks, no one person
        if _described_like_a_name(name_tokens, places) and index.find(name) is None and not title:
            continue  # "Malawian Economist observed", "Kenya Updates tweeted": a blog's or account's name
        if index.find(name) is not None or evidence:
            index.add(name, role, s.index)


_NAME = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}{_LOWER}][{_LOWER}'’]+)?"
_LIST_NAME = rf"{_NAME}(?:\s+(?:{_NAME}|[A-Z]\.)){{1,2}}"
_NOTE = r"(?:\s*\([^()]{1,40}\))?"  # "Celso Amorim (Foreign Affairs)": a portfolio or party after each name
_NAME_LIST = re.compile(
    rf"{_LIST_NAME}{_NOTE}(?:\s*,\s*{_LIST_NAME}{_NOTE})*(?:\s*,?\s+(?:and|og)\s+{_LIST_NAME}{_NOTE}"
    rf"|(?:\s*,\s*{_LIST_NAME}{_NOTE}){{2}})"
)
_ACTION_AFTER = re.compile(  # (a perfect's auxiliary may come first: "X has denied")
    r"\s+(?:(?:has|had)\s+(?!been\b))?(?:[a-z]+ed|scored|won|lost|met|ran|led|wrote|took|gave|made|came|went|left|"
    r"told|said|says|hit|beat|struck|shot|sent|spent|became|saw|got|set|held|kept)\b"
)


# What happens only to people, in the passive: "X was arrested", "X and Y were sentenced", "X has been freed".
_PERSON_PASSIVE = re.compile(
    r",?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|reportedly|allegedly|"
    r"briefly|finally)\s+)?(?:arrested|jailed|imprisoned|detained|killed|murdered|injured|wounded|born|sentenced|"
    r"convicted|acquitted|charged|elected|re-elected|crowned|kidnapped|abducted|executed|freed|released|"
    r"hospitali[sz]ed|"
    r"buried|married|nominated|sworn\s+in|tortured|beaten|deported|exiled|summoned|interrogated|questioned)\b"
)


# Kinds of thing whose name may follow them ("the newspaper X", "the website X"): that name is no person.
_THING_KINDS = frozenset(
    f"{w}{suffix}"
    for w in ("newspaper", "paper", "magazine", "journal", "website", "site", "blog", "school", "firm", "group",
              "organisation", "organization", "campaign", "channel", "station", "programme", "program", "show", "film",
              "movie", "book", "novel", "song", "album", "band", "brand", "app", "page", "account", "hashtag", "ship",
              "hotel", "restaurant", "street")
    for suffix in ("", "s")
) | {"company", "companies", "party", "parties", "avis", "avisen", "bladet", "hjemmesiden", "skolen", "firmaet",
     "partiet", "filmen", "bogen", "sangen", "gruppen"}  # fmt: skip
# Nouns of kinship: "X's wife", "X's family".
_KIN = (
    r"family|wife|husband|son|sons|daughter|daughters|mother|father|brother|sister|widow|widower|parents|children|"
    r"relatives|girlfriend|boyfriend|fiancée?|grandmother|grandfather|niece|nephew|uncle|aunt|cousin|mum|mom|dad"
)
# What only a person does, even before a preposition ("died in hospital", "resigned on Friday").
_PERSON_ACTS = re.compile(
    r"\s+(?:(?:also|later|then|finally|reportedly)\s+)?(?:died|resigned|retired|fled|testified|pleaded|graduated|"
    r"campaigned|smiled|laughed|wept|apologi[sz]ed|confessed|disagreed|agreed|responded|replied|complained)\b"
)


def _acts(after: str) -> bool:
    """Whether the words after a name make it the subject of an action ("scored", "won") or of what happens
    only to people ("was arrested"), not a participle describing a thing ("aged 14", "based in", "saved by")."""
    if _PERSON_PASSIVE.match(after) or _PERSON_ACTS.match(after):
        return True
    return bool(_ACTION_AFTER.match(after)) and not re.match(
        r"\s+(?:[a-z]+ed\s+(?:by|in|at|on|to|for|with)\b|(?:aged|based|named|called|dubbed|titled|used|owned|"
        r"related|located|focused|sized|shaped|themed|priced|rated|listed)\b)",
        after,
    )


_TITLED_SURNAMES = re.compile(
    r"\b([A-Z][a-z]{3,}s)\s+((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+(?:and|og)\s+[A-Z][\w'’-]+)(?!\s+[A-Z])"
)


def _name_lists(s: SourceSentence, index: PeopleIndex, lowercase_words: set[str], taken: list[tuple[int, int]]) -> None:
    """People named in a list ("frontline players James Franklin, Darryl Tuffey and Shane Bond", "Romelu
    Lukaku and Dries Mertens scored"): when one member of a list of capitalised pairs is a person already,
    or a role leads the list, or a verb follows it, every member is; a role before the list is each one's."""
    places = known_names()
    given, _ = person_names()
    text = s.text
    for m in _TITLED_SURNAMES.finditer(text):
        # "Judges Mwale and Banda", "Senators Roe, Doe and Poe": a plural title before surnames alone
        plural = m.group(1)
        if not (is_title(plural[:-1]) or is_role_noun(plural[:-1].lower())):
            continue
        for name in re.findall(r"[A-Z][\w'’-]+", m.group(2)):
            if name not in places and name.lower() not in lowercase_words and not is_title(name):
                person = index.find(name)
                if person is None:
                    index.add(name, plural, s.index)
                elif not person.role:
                    person.role = plural
    for m in _NAME_LIST.finditer(text):
        bare = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), m.group(0))  # brackets hold no member
        members = [(x.start() + m.start(), x.group(0)) for x in re.finditer(_LIST_NAME, bare)]
        opening = ""
        first_words = members[0][1].split() if members else []
        if (
            len(first_words) == 3
            and not text[: m.start()].strip(" \"'“‘–-")
            and _opening_title(first_words[0].lower(), first_words[1])
        ):
            # "Journalists Jane Roe and Max Holm were ...": the sentence's first word is their role
            opening = first_words[0].lower()
            members[0] = (members[0][0] + len(first_words[0]) + 1, " ".join(first_words[1:]))
        clean = [
            (at, name)
            for at, name in members
            if name not in places
            and not any(a < at + len(name) and at < b for a, b in taken)
            and not (name.split()[0].lower() in lowercase_words and name.split()[0] not in given)
            and not any(_PEOPLE_WORD.search(w) for w in name.split())
            and not all(w.lower() in lowercase_words for w in name.split())
            and not any(is_title(w) for w in name.split())  # "... and Health Secretary Raj Patel": titled runs
        ]
        if len(clean) < len(members) or len(members) < 2:
            continue  # a list that holds places or organisations is not a list of people
        before = text[: m.start()].rstrip()
        if re.search(r"\b(?:at|in|inside|outside|near)$", before):
            continue  # "sales at Tim Hortons and Marks Spencer": shops, not people
        example = re.search(r"\b([a-z]+),?\s+(?:such\s+as|including|like)(?:\s+[^.;:()]*)?$", before)
        if example and example.group(1) in _THING_KINDS:
            continue  # "brands such as Laura Ashley and Joe Bloggs": examples of things
        lead = role_before(before) or opening or None
        if lead is None and before.endswith("s") and is_role_noun(before.split()[-1][:-1]):
            lead = role_before(before[:-1])  # "frontline players A, B and C": each one a player
            lead = f"{lead}s" if lead else None
        if lead is None:
            # "other well-known photographers who used the camera, such as A, B and C": the plural role
            # the list exemplifies, a few words back
            example = re.search(r"([^.;:]{0,80}?),?\s+(?:such as|including|like)\s*$", before)
            words = re.findall(r"[a-z][\w-]*", example.group(1)) if example else []
            for k in range(len(words) - 1, -1, -1):
                if words[k].endswith("s") and is_role_noun(words[k][:-1]):
                    kept = [w for w in words[max(0, k - 2) : k] if w not in NOT_A_ROLE_WORD and w not in COMMON_VERBS]
                    lead = " ".join([*kept, words[k]])
                    break
        known = any(index.find(name) is not None for _, name in members)
        acting = _acts(text[m.end() :])
        shaped = len(members) >= 3 and any(_looks_like_a_name(name.split()) for _, name in members)
        if not (known or lead or acting or shaped):
            continue
        # a plural role ("frontline players A, B and C", Danish "spillerne A og B") is every member's, a
        # singular one only the first's
        shared = lead is not None and lead.split()[-1].endswith(("s", "ne"))
        if lead is None and re.match(r"\s+from\s", text[m.end() :]):
            lead, shared = member_of(text[m.end() :]), True  # "A and B from Save Our Town": both from it
        for k, (at, name) in enumerate(members):
            # "Jane Roe (Finance), Max Holm (Health) and ...": each member's own note is the role
            note = parenthesis_role(text[at + len(name) :])
            own = note if note and not re.fullmatch(r"[\d\s,.-]+", note) else (lead if shared or k == 0 else None)
            person = index.find(name)
            if person is None:
                index.add(name, own, s.index)
            elif own and not person.role:
                person.role = own
            if person is not None and s.index not in person.sentences:
                person.sentences = sorted({*person.sentences, s.index})


# Words that end the names of blogs, feeds and papers ("Kenya Updates", "Coast Digest").
_MEDIA_NAME_WORDS = {"updates", "blog", "blogs", "digest", "gazette", "tribune", "herald", "bulletin", "chronicle"}


def _described_like_a_name(tokens: list[str], places: frozenset[str]) -> bool:
    """Whether two capitalised words are a place or a nationality and then a noun for a person or a feed,
    none of them a known given or family name: the pen name of a blog or an account ("Malawian Economist",
    "Kenya Updates"), not a person's name."""
    if len(tokens) != 2:
        return False
    given, family = person_names()
    first, last = tokens[0], strip_possessive(tokens[1])
    return (
        (first in places or bool(_PEOPLE_WORD.match(first)))
        and first not in given
        and last not in given
        and last not in family
        and (is_person_noun(last.lower()) or last.lower() in _MEDIA_NAME_WORDS)
    )


def _looks_like_a_name(tokens: list[str]) -> bool:
    """English copy capitalises many things; a pair named in passing is a person when it starts with a
    given name or ends with a common family name (US Census lists, names.tsv)."""
    given, family = person_names()
    return bool(tokens) and (tokens[0].strip(".") in given or strip_possessive(tokens[-1]) in family)
