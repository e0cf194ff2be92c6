"""Quotes set off as paragraphs of their own, as web articles and blogs print them.

An online article quotes at length in a block of its own, introduced by a sentence ending in a
colon ("The minister said:", "Smith wrote on her blog:", "Kommunen skriver:", "وقال الوزير:"),
and it quotes social-media posts as they appear ("@handle: text", "RT @handle: text"). Once the page
is turned into text, the block's indentation is gone and it often has no quote marks, so the
marked-quote reader in `quotes.py` does not see it. This module only finds such blocks and what
introduces them; `quotes.py` decides who the introduction names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing_app.core.facts.ar_slash_labels import slash_label
from briefing_app.core.facts.bullet_runs import bullet_mark
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people import AR_SPEECH, HE_SPEECH, SPEECH_VERBS
from briefing_app.core.facts.reporting_verbs import AR_MORE_SPEECH, en

# "@handle:" (Twitter allows 15 characters, other services more), optionally retweeted ("RT @handle:"); a
# service that shows display names puts one or two more capitalised words before the colon ("@Jane Roe:").
# A page that prints the account's display name first writes it before the handle ("Jane Roe @janeroe: text",
# "Ángel @a_c:"): one to four words, capitalised but for a particle ("Joan i Roda").
_POST = re.compile(
    r"^(?:RT\s+)?(?:((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[a-zà-ÿ]{1,3})(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[a-zà-ÿ]{1,3})){0,3}?)\s+)?"
    r"(@\w{1,30}(?:\s[A-Z][\w'’-]{1,20}){0,2})\s*:\s*\S"
)
# Verbs that introduce written rather than spoken words, beyond the speech verbs of `people.py`.
_WRITING = {
    "en": ("writes", "wrote", "posted", "posts", "blogged", "blogs", "tweets", "shared", "shares", "commented",
           "comments", "reads", "read", "says", "say", "notes", "explains", "argues", "concludes", "continues",
           "continued", "put it", "puts it", "summed up", "sums up", "replied", "answered", "reacted",
           # verbs of stance that bloggers' and reporters' introductions use before a quoted passage
           "reflects", "reflected", "disagreed", "disagrees", "agreed", "agrees", "wondered", "wonders", "laments",
           "lamented", "complained", "complains", "mused", "muses", "opined", "opines", "elaborated", "elaborates",
           "points out", "pointed out", "observes", "remarks", "asks", "echoed", "echoes", "responds", "protested",
           "joked", "jokes", "criticised", "criticized", "criticises", "criticizes", "pleaded", "pleads",
           # verbs of telling, celebrating, condemning and issuing that introduce a quoted passage as well
           "recounted", "recounts", "celebrated", "celebrates", "condemned", "condemns", "denounced", "denounces",
           "issued", "issues", "released", "informs", "informed", "tweeted", "added", "adds", "warned", "stated",
           "declared", "announced", "insisted", "explained", "recalled", "demanded",
           # verbs of joking, predicting and supposing, and an infinitive after "went on to", "wanted to"
           "quipped", "quips", "retorted", "retorts", "predicts", "suggests", "thinks", "affirms", "asserts",
           "asserted", "contends", "contended", "speculates", "speculated", "reported", "reports", "to add", "to say",
           "to write",
           "to explain", "to note", "to ask",
           # verbs of mentioning, describing and publishing that bloggers' introductions use as well
           "mentions", "mentioned", "describes", "described", "publishes", "published", "expresses", "expressed",
           "talks about", "talked about", "assures", "assured",
           # present-tense and reporting verbs of a source's text ("The blog X states that ...:", "Y indicates that
           # ...:", "Z narrates:", "the paper quotes X saying that ...:")
           "states", "indicates", "indicated", "narrates", "narrated", "saying", "highlights", "highlighted",
           "emphasizes", "emphasises", "underlines", "summarizes", "summarises", "maintains", "admits",
           "acknowledges", "proposes", "urges", "recalls", "claims", "tells", "points to"),
    "da": ("skriver", "skrev", "siger", "sagde", "lyder", "forklarer", "tilføjer", "svarer", "fortæller", "mener",
           "undrer sig", "spørger", "konstaterer", "påpeger", "kritiserer", "kommenterer", "reagerer", "reflekterer",
           "fastslår", "understreger", "fremhæver", "beretter", "noterer", "erkender", "oplyser"),
}  # fmt: skip
_AR_WRITING = r"(?:و|ف)?(?:كتب|كتبت|غرد|غردت|نشر|نشرت|جاء في|ورد في|يقول|تقول|قائلا|قائلة|بالقول)"


@dataclass(frozen=True)
class Block:
    """A quoted block: the sentences it covers and what introduces it.

    `intro` is the introducing sentence's text before its final colon (None when the block follows no
    introduction), `intro_sentence` its index; `handle` is the "@name" a quoted post starts with.
    """

    sentences: tuple[int, ...]
    text: str
    intro: str | None
    intro_sentence: int | None
    handle: str | None
    shown: str | None = None  # the display name printed before the handle ("Jane Roe @janeroe:")


@functools.cache
def _saying(lang: str) -> re.Pattern[str]:
    """The words of saying or writing of a language, compiled once."""
    if lang == "ar":
        return re.compile(rf"(?:^|\s)(?:{AR_SPEECH}|{AR_MORE_SPEECH}|{_AR_WRITING})(?:\s|$)")  # (علق، رد، أجاب too)
    if lang == "he":
        return re.compile(HE_SPEECH)
    verbs = SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]) + _WRITING.get(lang, _WRITING["en"])
    pattern = "|".join(re.escape(v) for v in sorted(set(verbs), key=len, reverse=True))
    # in lower case only: "Notes" or "Reads" inside a name ("Harbour Notes") is no verb
    return re.compile(rf"\b(?:{pattern})\b")


def _attributes_its_own(text: str, lang: str) -> bool:
    """Whether a paragraph has a verb of saying before an opening quote mark that a closing one follows: its
    own attributed quotation, not a paragraph of someone's words."""
    opening = re.search(r"(?:^|[\s:(])[\"“„״«](?=\w)", text)
    if opening is None or opening.start() == 0 or not re.search(r"\w[\"”״»]", text[opening.end() :]):
        return False
    return _saying(lang).search(text[: opening.start()]) is not None


def intro_subject(intro: str, lang: str) -> str | None:
    """The words before the first verb of saying, writing or stance in an introduction ("Again, Jane Roe
    reflects on the year": "Again, Jane Roe"), None when it has none or nothing precedes it."""
    m = _saying(lang).search(intro)
    return intro[: m.start()].strip() or None if m and lang not in ("ar", "he") else None


# "Finally, there is Roe Watch:", "Another group on the same side is Friends of X:", "The reply came from Jane
# Roe:": an introduction that presents a source by name at its end.
_PRESENTED = re.compile(
    r"\b(?:there\s+(?:is|was|are|were)|is|was|came\s+from|comes\s+from|der\s+er|det\s+er|kom\s+fra)\s+"
    r"((?:[A-ZÆØÅ@][\w.'’&-]*)(?:\s+(?:of|for|the|and|af|for|og)?\s*[A-ZÆØÅ][\w.'’&-]*){0,5})$"
)


def presented(intro: str, lang: str) -> str | None:
    """The source an introduction presents by name at its end ("Finally, there is Roe Watch" is "Roe Watch")."""
    m = _PRESENTED.search(intro) if lang not in ("ar", "he") else None
    return m.group(1) if m else None


# "Jane Roe (@janeroe) is ironic", "Mexican writer J. Roe (@ jroe) expressed her grief", "@janeroe agrees": a post's
# author named with the account's handle near the introduction's start (some pages print "@ name" with a space).
_HANDLE_AUTHOR = re.compile(
    r"(?<![\w’'-])((?:[A-ZÆØÅ][\w’'-]*\.?\s+){0,3}[A-ZÆØÅ][\w’'-]*\.?(?:\s+\d{1,4})?)\s*\(\s*@\s?\w{1,30}\s*\)|"
    r"^(@\s?\w{1,30})\s+[a-z]"  # (a name may end in a number: "Agenda 21 (@agenda21)")
)


def intro_author(intro: str) -> str | None:
    """The author an introduction names with a handle ("Jane Roe (@janeroe) wonders" is "Jane Roe", "@janeroe is
    ironic" is "@janeroe"), the last one it names ("Some, such as Al Doe (@al), want more, while Jane Roe (@jr)
    wrote" is Jane Roe, the one nearest the colon); None when it names none."""
    found = list(_HANDLE_AUTHOR.finditer(intro))
    return (found[-1].group(1) or found[-1].group(2)).strip() if found else None


# "Jane Roe reminds readers that ...:", "Roe has a logical explanation:": a capitalised name opening the sentence as
# the subject of a verb in the present or past (a word in -s or -ed, or "has").
_NAMED_SUBJECT = re.compile(
    r"((?:[A-ZÆØÅ][\w'’-]*\s+){0,3}[A-ZÆØÅ][\w'’-]*)\s+(?:also\s+|then\s+|later\s+)?(?:has|had|[a-z]{2,}(?:s|ed))\b"
)
# Capitalised words that open a sentence without being anyone's name.
_NOT_SUBJECT_NAMES = {"the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there",
                      "here", "his", "her", "its", "their", "our", "my", "a", "an", "one", "some", "many", "most",
                      "others", "another", "users", "readers", "people", "finally", "however", "meanwhile", "later",
                      "then", "also", "again", "today", "yesterday", "so", "but", "and", "yet", "if", "when",
                      "as"}  # fmt: skip


def opening_name(text: str) -> str | None:
    """The name opening a sentence as its subject ("Jane Roe reminds readers that ...:" is "Jane Roe"), None when
    the sentence opens otherwise ("The report lists:", "Many readers agree:")."""
    m = _NAMED_SUBJECT.match(text)
    if m is None or m.group(1).split()[0].lower() in _NOT_SUBJECT_NAMES:
        return None
    return m.group(1)


# "... support for a petition that aims to collect 20,000 signatures:", "They signed an open letter to the mayor:": a
# document named last in the introduction, whose words follow.
DOCUMENT_LAST = re.compile(
    r"\b(?:an?|the|their|its|his|her)\s+(?:open\s+|joint\s+|online\s+)?(?:petition|letter|declaration|manifesto|"
    r"communiqu[ée]|appeal|resolution)\b(?:\s+(?:that|which|to|against|for|of|from|by)\b[^.:;]{0,100})?$"
)


def _introduces(text: str, lang: str) -> bool:
    """Whether a sentence ending in a colon introduces someone's words rather than a list or a heading."""
    if lang == "ar" and (_AR_POINTER.search(text) or _AR_LIST_CUE.search(text)):
        return False  # "...، انظر أدناه:" (see below), "... حدثت مؤخرا في:": a figure or a list follows, no speech
    for said in _saying(lang).finditer(text):
        if lang == "en" and re.search(r"\b(?:the|a|an|with|of|his|her|their|its|many|some|more|these|those)\s+$",
                                      text[: said.start()]):  # fmt: skip
            continue  # "flooded the site with reports of": a noun, not a verb of saying
        if lang == "ar" and re.search(r"(?:^|\s)(?:التي|الذي|الذين|اللتين|اللذين|اللواتي)\s*$", text[: said.start()]):
            continue  # "الأدلة التي تؤكد استخدام ...": a relative clause's verb describes a thing, nobody speaks
        return True
    if lang == "en" and DOCUMENT_LAST.search(text):
        return True  # "... a petition that aims to collect signatures:": the petition's words follow
    if lang not in ("ar", "he") and intro_author(text) is not None:
        return True  # "Jane Roe (@janeroe) is ironic:": a post by the account holder follows, whatever the verb
    if lang in ("ar", "he"):
        return False
    if presented(text, lang):
        return True
    # "According to the ministry:", "Ifølge politiet:", or a speaker's label: a handle or a full name
    # ("Ann Porter:"); one capitalised word ("Results:") is more often a heading than a speaker.
    if re.match(r"(?:according to|ifølge)\b", text, re.IGNORECASE):
        return True
    online = r"(?:[A-Z][a-z]+\s+)?(?:[Bb]logger|[Uu]ser|[Tt]weeter|[Nn]etizen|[Cc]ommenter)\s+@?[\w.-]{2,30},?\s+[a-z]"
    if re.match(online, text):
        return True  # "Blogger roe_writes, voices his concern:": an online writer known by a handle is introduced
    return re.fullmatch(r"@\w{1,30}|[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){1,2}", text) is not None


# Arabic: a pointer to what follows on the page ("انظر أدناه", "انظروا الخريطة"), and an introduction cut after a
# preposition ("حدثت في:", "من بينها:"), which a list finishes, not someone's words.
_AR_POINTER = re.compile(
    r"(?:^|[\s،,])(?:و|ف)?(?:انظر|انظروا|أنظر|راجع|راجعوا|شاهد|شاهدوا)(?:\s+[\u0621-\u064a]+){0,2}\s*$"
)
_AR_LIST_CUE = re.compile(r"(?:^|\s)(?:في|من|إلى|على|عن|مع|بين|مثل|منها|ومنها|بينها|منهم|بينهم|وهي|وهم|أدناه)\s*$")


# A cut mark opening a quoted excerpt: "[...]", "[…]", "(...)", "…", "...".
_CUT = re.compile(r"^\s*(?:[\[(]\s*(?:\.\s?){3}\s*[\])]|[\[(]…[\])]|…|\.\.\.)\s*")


# What a picture, banner or sign reads ("The text reads", "with the caption", "the sign said"): words on a thing.
_INSCRIPTION = re.compile(
    r"(?:^(?:the|its|their)\s+(?:\w+\s+)?(?:text|caption|sign|banner|inscription|poster|placard|graffiti|"
    rf"writing)\s+(?:{en('read', 's base')}|{en('say', 's past')})|"
    r"\bwith\s+the\s+(?:text|caption|words|inscription))$",
    re.IGNORECASE,
)


# An introduction cut after "to" or a modal: the paragraphs after it finish its sentence as the items of a list
# ("The review will help the department to:" then "Boost investment ...", "Cut waste ...").
# (also an English preposition before the colon, "attacks that took place in:", and a pointer to a map or table,
# "see below:": a list or a figure follows, no one's words; Arabic ones never pass `_introduces`, see _AR_POINTER;
# "ما يلي:", "the following", is left out: it introduces a statement's text as often as a list)
_LIST_OPENER = re.compile(
    r"\s(?:to|will|would|should|must|can|could|shall|may|in|at|on|from|including)\s*:\s*$|\b[Ss]ee\s+below[^:]{0,20}:\s*$"
    # ("Here's the break-up of fines and warnings issued:", "The following were arrested:": a list the page presents)
    r"|^\W*(?:Here(?:['’]s|\s+is|\s+are)|The\s+following|These\s+are|Below\s+(?:is|are))\b"
)


def _attributed_after(text: str, lang: str) -> bool:
    """Whether a paragraph that does not open with a quote mark closes a quotation with a comma and names its speaker
    right after ('After the vote, "we expected a change ...," Jane Roe, an analyst at Acme, said in a note.'): reported
    prose with its own attribution."""
    if re.match(r"\s*[\"“„«»‘']", text):
        return False  # a paragraph opening with a mark is the words handed over, whatever it goes on to say
    closing = re.search(
        r"\w[,!?][\"”»]\s+(?:[A-ZÆØÅ][\w.'’-]*(?:\s+[A-ZÆØÅ][\w.'’-]*){0,3}|he|she|han|hun)(?:,[^\"“”]{1,80},)?\s+(\w+)",
        text,
    )
    return closing is not None and _saying(lang).fullmatch(closing.group(1)) is not None


def _prose(text: str) -> bool:
    """Whether a paragraph reads as someone's words, not a list: eight words or more, most of them in
    lower case, ending as a sentence ends."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return (
        len(words) >= 8
        and sum(1 for w in words if w[0].islower()) / len(words) >= 0.5
        and re.search(r"[.!?…][\"”’»)]*\s*$", text) is not None
    )


_FIND_BLOCKS_RE1 = re.compile(r"(?:^|\s)['‘\"“](?=\w)[^'’\"”]*$")


def find_blocks(
    sentences: Sequence[SourceSentence], language: str, names_person: Callable[[str], bool] | None = None
) -> list[Block]:
    """Every paragraph that is a quoted post, or that a colon-ended introduction hands over to.

    A block is one paragraph: a quotation running over several paragraphs is found by its first one,
    which is where a reader looks for who said it. `names_person` tells whether an introduction names a
    person of the article: "Jane Roe was not impressed:" before a paragraph of prose introduces her words
    with no verb of saying.
    """
    lang = language.split("-")[0].lower()
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    order = sorted(paragraphs)
    blocks: list[Block] = []
    bulleted: tuple[SourceSentence, str] | None = None  # the introduction of a run of bullets, and their mark
    for position, number in enumerate(order):
        group = paragraphs[number]
        text = " ".join(s.text for s in group)
        indices = tuple(s.index for s in group)
        post = _POST.match(text)
        intro: SourceSentence | None = None
        bullet = bullet_mark(text)
        run_on = (
            bulleted is not None and bullet == bulleted[1] and blocks and blocks[-1].sentences[-1] + 1 == indices[0]
        )
        bulleted = bulleted if run_on else None
        if run_on and bulleted is not None:
            # ('قال الوزير X:' then '• ...' '• ...' '• ...': each bullet after the first is the same speaker's too)
            intro = bulleted[0]
        elif position > 0:
            before = paragraphs[order[position - 1]]
            last = before[-1]
            title = _FIND_BLOCKS_RE1.search(before[-2].text) if len(before) > 1 else None
            if title is not None and re.search(r"['’\"”]\s*:\s*$", last.text):
                # 'X wrote 'Sure, Fish. Just Not The Pier':': a title in quote marks that the sentence splitter cut
                # in two; the introduction is what stands before it
                last = SourceSentence(last.index, last.paragraph, before[-2].text[: title.start()].rstrip() + ":")
            stripped = last.text.rstrip()
            # Before a post any colon introduces its author ("Jane Doe wanted an apology:"); before
            # plain text only words of saying or writing do (else it may be a list or a heading).
            if stripped.endswith(":") and (
                post is not None
                or _introduces(stripped[:-1], lang)
                or (names_person is not None and lang not in ("ar", "he") and names_person(stripped) and _prose(text))
                or (lang not in ("ar", "he") and opening_name(stripped) is not None and _prose(text))
                # (ar_slash_labels: "مدرب الفريق/ X Y :" over the bullets of his answers)
                or (lang == "ar" and bullet_mark(text) != "" and slash_label(stripped))
            ):
                intro = last
            elif (
                lang not in ("ar", "he")
                and _CUT.match(text)
                and _prose(_CUT.sub("", text))
                and re.search(r"[.!?]$", stripped)
                and _introduces(stripped[:-1], lang)
            ):
                # "The blog notes the presence of priests." then "[...] due to the campaign, the march ...": an
                # excerpt opened by a cut mark is quoted from the source the sentence before presents
                intro = last
        if post is None and intro is not None and _INSCRIPTION.search(intro.text.rstrip().rstrip(":.")):
            continue  # "The text reads:", "a banner with the words:": words written on a picture or sign, no speech
        if post is None and intro is None:
            continue
        if post is None and intro is not None and _LIST_OPENER.search(intro.text):
            continue  # "... with regulatory reform to:", "The plan will:": a list of what it does follows, no speech
        if post is None and len(text.split()) < 4:
            continue  # a label or a name, not a quotation
        if post is None and text.rstrip().endswith(":"):
            continue  # "Ann Roe shared a photo of the crowd:": the next introduction, not the words introduced
        if post is None and lang in ("en", "da") and _attributed_after(text, lang):
            # 'As the paper notes in its story:' then 'After the vote, "we expected a change ...," Jane Roe, an analyst,
            # said in a note.': the paragraph names the speaker of its own quotation after the closing mark; its quote
            # is read there, and the paragraph is no block of the introduction's words
            continue
        if post is None and lang in ("ar", "he") and _attributes_its_own(text, lang):
            # 'התבטא הנגיד:' then 'X לא היה מוכן לכך. מנכ"ל X Y טען כי ...: "..."': a paragraph whose own verb of
            # saying opens a quotation in marks is reported prose, its quote read there, not the block handed over
            continue
        if intro is not None and bullet and bulleted is None:
            bulleted = (intro, bullet)
        blocks.append(
            Block(
                sentences=indices,
                text=text,
                intro=intro.text.rstrip()[:-1].rstrip() if intro is not None else None,
                intro_sentence=intro.index if intro is not None else None,
                handle=post.group(2) if post else None,
                shown=post.group(1) if post and post.group(1) and post.group(1)[:1].isupper() else None,
            )
        )
    return blocks


def post_authors(sentences: Sequence[SourceSentence]) -> dict[str, str]:
    """Handles the article ties to a name: "Jane Doe (@janedoe)", "Jane Doe, @janedoe," -> {"@janedoe": "Jane Doe"}."""
    out: dict[str, str] = {}
    name = r"((?:[A-ZÆØÅ][\w'’-]+\s+){0,3}[A-ZÆØÅ][\w'’-]+)"
    for s in sentences:
        for m in re.finditer(rf"{name}\s*(?:\(\s*(@\w{{1,30}})\s*\)|,\s*(@\w{{1,30}})\s*,)", s.text):
            out.setdefault((m.group(2) or m.group(3)).lower(), m.group(1))
    return out
