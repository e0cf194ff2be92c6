"""Titles of works an English article introduces by their kind ("the film Heart of the Beast", "the TV drama
Coldwater", "her new album, Silver Nights"): the title said again is no person and no organisation, and the words
inside it, counted alone, name no body ("Heart", "Beast"). Only a title followed by punctuation, a preposition or
an auxiliary is taken, so that "the book Jane Roe wrote" keeps Jane Roe. A name the article writes only as a
whole quoted title ('"Max Holm: Mall Cop"', '"Max Holm" slipped to No. 2'), or quotes after its creator's
possessive ("Roe's 'Harbour Lights' wins"), is a work's title too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.per_document import per_document

_KIND = (
    r"film|movie|novel|book|memoir|album|single|song|series|sitcom|drama|musical|opera|play|documentary|"
    r"show|programme|game|podcast|thriller|comedy|biopic|sequel|prequel|franchise|blockbuster|soap|animation|"
    r"cartoon"
)
_TITLE = r"[A-Z][\w'’:-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with|&)\s+)*[A-Z][\w'’:-]*)*?"  # (the shortest)
_INTRODUCED = re.compile(
    # (or a sentence's first word, a people's or a network's: "British comedy X won", "BBC drama X ends"; or an
    # apposition's comma: "last week's leader, thriller X, fell")
    # (or a network's initials anywhere: "the final episode of ITV soap Harbour Lane", "Channel 4 drama X")
    rf"(?:(?:(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|hit|debut|[A-Z][\w-]*['’]s)|^[A-Z][\w-]*|,)\s+"
    rf"|(?<![\w'’-])(?=[A-Z]{{2,}}\d?\s)|(?<![\w'’-])Channel\s+(?=\d\s))"
    rf"(?:[\w-]+\s+)?"
    rf"(?:{_KIND}|(?<=new\s)entry)"  # (a chart's "new entry X", not a contest's "Tolvia's entry Jane Roe")
    # (or the kind opening the sentence, as BBC box-office copy writes it: "Thriller The Quiet Hour has taken"; or a
    # staging or a remaking of a work: "the West End revival of The Glass Garden", "a remake of Night Train"; a
    # revival on a stage only, as a club's is none: "the revival of Leeds United")
    rf"|^(?:{'|'.join(k.capitalize() for k in _KIND.split('|'))})|\b(?:remake|adaptation|staging)\s+of"
    r"|\b(?:West\s+End|Broadway|stage|theatre)\s+revival\s+of),?\s+"
    rf"({_TITLE})(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:for|in|on|at|by|from|with|which|that|is|was|will|has|had|and|to|"
    r"starring|stars|opens|follows|tells|topped|grossed|took|earned|won|wins|drew|attracted|peaked)\b)"
)

# A record, film or book's chart moves after its title: "her single Paper Moon stayed at number one", "the album X
# climbed to No 3" (only these kinds: "in the series Tom Roe fell" is a player in a cricket series).
_CHARTED = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new|latest|hit|debut|[A-Z][\w-]*['’]s)|^[A-Z][\w-]*|,)\s+"
    rf"(?:[\w-]+\s+)?(?:album|single|song|film|movie|novel|book),?\s+({_TITLE})"
    r"(?=\s+(?:stayed|stays|remained|held|climbed|entered|sold|sells|debuted|slipped|dropped|fell|rose|went)\b)"
)

# Opening and closing quote marks around a title, with its own comma or full stop inside (American style).
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"


# What may follow a name inside its quoted title before the quote closes: nothing, a subtitle after a colon ('"X:
# Mall Cop"'), or more title-case words ('"X or Death and All His Friends"').
_TITLE_GOES_ON = re.compile(
    rf"(?:[,.!?]?|:\s+[A-Z][^{_CLOSE}\n]{{0,40}}|(?:\s+(?:[A-Z][\w'’-]*|or|and|of|the|a|in|on|to|for|with)){{1,8}}[,.!?]?)"
    rf"[{_CLOSE}]"
)
# Kinds of work besides `_KIND` that introduce a quoted title ('the tribute "X"', 'its lead single "X"').
_MORE_KINDS = r"remake|adaptation|reworking|tribute|release|track|soundtrack|record|hit|collection|anthem|ballad"


def only_quoted(name: str, whole: str, introduced: bool = False) -> bool:
    """Whether every time the article writes `name` it is a quoted title's whole or its head before a colon
    ('"Max Holm: Mall Cop"', '"Max Holm," which'): a work, a brand or a nickname, never a person named in prose.
    With `introduced`, one of those times must also follow the work's kind ('the comedy "X"'): movements, groups
    and websites are quoted too ('belongs to the "Red Shirts"')."""
    body = whole.split("\n", 1)[-1]  # (the headline drops the quote marks: "X outruns Watchmen at box office")
    spots = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", body)]
    quoted = bool(spots) and all(
        re.search(rf"[{_OPEN}](?:The\s+|A\s+|An\s+)?\Z", body[max(0, at - 5) : at]) is not None
        and _TITLE_GOES_ON.match(body, at + len(name)) is not None
        for at in spots
    )
    return quoted and (
        not introduced
        or any(re.search(rf"\b(?:{_KIND}|{_MORE_KINDS})\s+[{_OPEN}](?:The\s+|A\s+|An\s+)?\Z",
                         body[max(0, at - 40) : at]) for at in spots)
    )


# A place in a sales chart: "No.7", "no. 11", "Number 8"; a bare "at 4" only in an article that names a chart.
_PLACE = r"(?:[Nn]o\.?\s?|[Nn]umber\s+)\d+\b"
_BARE_PLACE = (  # (not "at 4 per cent", "at 2pm", "at 12 sites": a count of a noun)
    r"\d{1,2}\b(?![.,]?\d|\s*(?:%|per\s?cent|percent|[ap]\.?m\b|o['’]clock)|\s+(?!on\b|in\b|with\b|and\b)[a-z])"
)
# A verb of moving in a chart between a title and its place ("slides in at", "holds at", "is at"), or none.
_CHART_VERB = (
    r"(?:(?:is|was|are|were|sits|holds|stays|remains|enters|lands|debuts|rises|climbs|jumps|falls|drops|slips|"
    r"slides|moves|returns|re-enters)(?:\s+(?:in|up|down|back))?\s+)?"
)
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’&:.-]*|&|of|the|a|an|in|on|to|for|with")
_AT_PLACE = re.compile(rf"\s+{_CHART_VERB}at\s+{_PLACE}")
_AT_BARE_PLACE = re.compile(rf"\s+{_CHART_VERB}at\s+{_BARE_PLACE}")
_PLACE_IS = re.compile(rf"\b[Aa]t\s+{_PLACE}\s+(?:is|was|are|were)\s+")


def chart_titles(texts: Sequence[str]) -> set[str]:
    """Titles set at a place in a sales chart: "Still at No.1 is Zorbex 17", "Kessby Nights 2 at no.7", "Tolvane's
    Under The Pale Moon is at 2". No person is read so: a singer "new at Number 9" and a player "at No.3 in the
    world" are the only people in those shapes, and only bodies are dropped by these titles."""
    return set(_chart_titles(tuple(texts)))


@per_document  # (asked for the people and again for the places and bodies, over the same texts)
def _chart_titles(texts: tuple[str, ...]) -> frozenset[str]:
    charted = any("chart" in t.lower() for t in texts)
    titles: set[str] = set()
    for text in texts:
        for m in _PLACE_IS.finditer(text):
            title = _title_after(text, m.end())
            if title:
                titles.add(title)
        spots = [*_AT_PLACE.finditer(text), *(_AT_BARE_PLACE.finditer(text) if charted else ())]
        for m in spots:
            title = _title_before(text, m.start())
            if title:
                titles.add(title)
    return frozenset(titles)


def _title_after(text: str, at: int) -> str:
    """The title-case run that opens at `at` ("Zorbex 17, which": "Zorbex 17")."""
    m = re.match(r"[A-Z0-9][\w'’&:-]*(?:\s+(?:[A-Z0-9][\w'’&:-]*|&|of|the|a|an|in|on|to|for|with))*", text[at:])
    return _trim(m.group(0).split()) if m else ""


def _title_before(text: str, end: int) -> str:
    """The title-case run that ends at `end`, after any owner's possessive ("Tolvane's Under The Pale Moon")."""
    words: list[str] = []
    for word in reversed(text[:end].split(" ")[-12:]):
        if not _TITLE_WORD.fullmatch(word) or word.endswith(("'s", "’s")) or word.endswith((",", ";")):
            break
        words.insert(0, word)
    return _trim(words)


def _trim(words: list[str]) -> str:
    """The run less the small words at either end, which no title opens or ends with here."""
    while words and not words[0][0].isupper():
        words.pop(0)
    while words and not words[-1][0].isupper() and not words[-1][0].isdigit():
        words.pop()
    return " ".join(words) if len(words) > 0 and words[0][0].isupper() else ""


def _names_a_chart_title(name: str, titles: set[str]) -> bool:
    """A body's name that is a charted title, that title less its edition's number ("Zorbex" of "Zorbex 17"), or
    its end after a first word the reader dropped ("The Pale Moon" of "Under The Pale Moon")."""
    return any(name == title or re.sub(r"\s+\d+$", "", title) == name or title.endswith(" " + name) for title in titles)


# The words before a place inside a title written in title case in running prose: a capitalised word, then a
# capitalised preposition no sentence writes so ("Ticket To Kessby", "Nine Lanterns Outside Tolvik, Wessex"), then
# up to two capitalised words, the last maybe with a comma. ("Of", "In", "At", "On", "For", "By", "With" are left
# out: some bodies write them capitalised, "Bank Of Kessby".)
_TITLE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*\s+(?:To|Outside|From|Into|Beyond|Across|Towards|Without|Under|Over|Inside|Through|"
    r"Against|Upon)\s+(?:[A-Z][\w'’-]*,?\s+){0,2}$"
)


def after_title_preposition(before: str) -> bool:
    """Whether a place whose sentence runs `before` it closes a work's title in title case (see the pattern); the
    caller keeps headlines in title case out."""
    return _TITLE_PREPOSITION_BEFORE.search(before[-80:]) is not None


# A creator's work named in quote marks after the creator's possessive, as British headlines and captions write a
# film, a play or a record ("Roe's 'Harbour Lights' wins", "Tolvane's \"Pale Moon Rising\" tops the chart"): two
# title-case words or more alone between the marks.
_OWNED_QUOTED = re.compile(
    rf"(?<![\w'’-])[A-Z][\w-]*['’]s\s+[{_OPEN}]([A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with)\s+)*"
    rf"[A-Z][\w'’-]*)+)[{_CLOSE}](?![\w'’-])"
)


def work_titles(texts: Sequence[str]) -> set[str]:
    """The titles of works the article introduces by their kind or by their creator's possessive (see the module
    and _OWNED_QUOTED)."""
    return set(_work_titles(tuple(texts)))


@per_document  # (drop_work_titles runs on the people and again on the places and bodies, over the same texts)
def _work_titles(texts: tuple[str, ...]) -> frozenset[str]:
    kinds = {m.group(1) for t in texts for m in _INTRODUCED.finditer(t)}
    kinds |= {m.group(1) for t in texts for m in _CHARTED.finditer(t)}
    return frozenset(kinds | {m.group(1) for t in texts for m in _OWNED_QUOTED.finditer(t)})


def drop_work_titles(facts: list[Fact], texts: Sequence[str]) -> list[Fact]:
    """People and organisations, less those that are a work's title or a word of one that the article never uses
    outside it; places that are a whole title the article never writes outside one ("the drama Silent Bay")."""
    titles = work_titles(texts)
    charted = chart_titles(texts)
    if charted:  # "Zorbex 17 slides in at No.4": a game, no body
        facts = [f for f in facts if f.kind != "organisation" or not _names_a_chart_title(f.text, charted)]
    whole = "\n".join(texts)
    if not titles:
        return [f for f in facts if f.kind not in ("person", "organisation") or not _quoted_title(f, whole)]
    outside = whole
    for title in sorted(titles, key=len, reverse=True):
        outside = outside.replace(title, " ")
    keep = []
    for f in facts:
        if f.kind == "place" and f.text in titles and _only_as_title(f.text, texts):
            continue  # (a title that is a town's name, "the film Paris", leaves the town wherever else it is)
        if f.kind in ("person", "organisation"):
            if f.text in titles or _quoted_title(f, whole):
                continue  # "the film Heart of the Beast ... Heart of the Beast follows"
            inner = " " not in f.text and any(f.text in t.split() for t in titles)
            if inner and not re.search(rf"(?<![\w'’-]){re.escape(f.text)}(?![\w-])", outside):
                continue  # "Heart", "Beast": words of the title, counted alone
        keep.append(f)
    return keep


def _only_as_title(name: str, texts: Sequence[str]) -> bool:
    """Whether every time the article writes `name` it is the title of a work introduced by its kind."""
    for text in texts:
        titled = {m.start(1) for m in _INTRODUCED.finditer(text) if m.group(1) == name}
        spots = {m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)}
        if spots - titled:
            return False
    return True


def _quoted_title(fact: Fact, whole: str) -> bool:
    """A person the article only writes as a quoted title, or a body it also calls a work ('the comedy "X"')."""
    return only_quoted(fact.text, whole, introduced=fact.kind == "organisation")
