"""The words every quote reader shares: the quote marks of each language, a name's shape, the speech verbs,
how long a quote must be, the titles whose full stop ends no sentence, and quoted words that are a title, a
term or a noun phrase of the writer's own sentence rather than speech."""

from __future__ import annotations

import re

from briefing_app.core.facts.people import SPEECH_VERBS
from briefing_app.core.facts.quotes_he_colon import definite_topic
from briefing_app.core.facts.reporting_verbs import HE_SPEECH, en

OPEN_MARKS = "“«„‟‘"
CLOSE_MARKS = "”»’"
NAME = (
    # (an abbreviated honorific may open it: "Mr. Goldwein said", American copy's style)
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev)\.\s+)?"
    r"(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*(?:\s+(?:(?:da|de|van|von|al|bin)\s+)?(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*){0,3}"
)
MIN_WORDS = 4
# »Vi er klar,« siger hun: a » that opens a word and a « that closes one later on, or none at all when the
# quote runs on into the next paragraph ('Hun siger: »Vi er klar.' and '»Det bliver svært.«' below it)
INWARD_GUILLEMETS = re.compile(r"(?:^|[\s(:–-])»[@#]?\w(?:[^«»]*[\w.,!?]«|[^«»]*$)")
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
# What a statement, letter or post does with its words: "read the statement", "The council's letter said:".
DOCUMENT_SAYS = rf"{en('read', 'base s')}|{en('say state', 'past s')}"


ALL_VERBS = "|".join(sorted({v for verbs in SPEECH_VERBS.values() for v in verbs}, key=len, reverse=True))
# After a short quote's closing mark: a speaker the article does not name, described by a job and whom it works
# for ('"We will appeal," a spokesman for the company said', '"No," one analyst said').
UNNAMED_SAID = re.compile(
    rf".\s*(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s+"
    rf"(?:(?:for|of|at|from)\s+(?:the\s+)?(?:[A-Za-z][\w'’&-]*\s+){{1,3}})?(?:{ALL_VERBS})\b"
)


# An interview round-up's topic heading before a quote: 'On her new album: "..."', 'Asked about the final:
# "..."'. It names what the words are about, never who says them (the one the article quotes goes on speaking).
_TOPIC_LABEL = re.compile(
    r"\s*(?:On|About|Regarding|Asked\s+(?:about|if|whether|why|how|what))\s+([^:,;\"“”.!?]{2,80}?)\s*:\s*$"
)


# The same in Hebrew copy: "על התקציב:", "ועל שר האוצר X:" (what or whom the one interviewed spoke of; "על פי X:",
# according to X, names the source).
_HE_TOPIC = {"על", "ועל", "לגבי", "ולגבי", "בנוגע", "ובנוגע", "בעניין", "ובעניין", "בנושא", "ובנושא", "אודות"}
_HE_VERB = re.compile(rf"(?<![\u05d0-\u05ea])(?:ו|ש|וש|כש)?{HE_SPEECH}")


def topic_label(lead: str, lang: str = "en") -> bool:
    """Whether the words before a quote in its paragraph are only a topic heading ending in a colon ("On the
    penalty:", "על התקציב:"), with no verb of saying of their own ("On Monday he said:" introduces its speaker)."""
    if lang == "he":
        words = re.split(r"[.!?|•]\s+", lead.rstrip(' "“„״').strip())[-1].split()
        verb = _HE_VERB.search(lead) is not None
        topic = words[:1] in [[w] for w in _HE_TOPIC] and words[1:2] != ["פי"] and len(words) <= 10
        # ('המנוחה הצפויה בימים הקרובים: "..."': a definite noun phrase with no name, role or body names a topic)
        topic = topic or definite_topic([w.rstrip(":") for w in words if w.rstrip(":")])
        return lead.rstrip(' "“„״').endswith(":") and not verb and topic
    if lang != "en":
        return False
    m = _TOPIC_LABEL.fullmatch(lead.rstrip(' "“«„'))
    # (a phrase, not a clause: no comma, no verb of saying, no pronoun subject: "On Friday, the club said:")
    return (
        m is not None
        and len(m.group(1).split()) <= 10
        and re.search(rf"\b(?:{ALL_VERBS}|he|she|they|it|we|I)\b", m.group(1)) is None
    )


def verbs_of(lang: str) -> str:
    return "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))


# Titles written with a full stop ("Dr. Jane Roe", "Sen. Roe") and initials ("J. Roe"): no sentence ends there.
NOT_AFTER_TITLE = "".join(
    rf"(?<!\b{t}\.)"
    for t in (
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "St",
        "Prof",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Lt",
        "Col",
        "Sgt",
        "Capt",
        "Rev",
        "Hon",
        # (and the rest of the titles the sentence splitter knows: "said Coun. Jane Roe.", "Det. Max Holm")
        "Maj",
        "Cmdr",
        "Adm",
        "Pres",
        "Supt",
        "Insp",
        "Coun",
        "Couns",
        "Cllr",
        "Cst",
        "Const",
        "Det",
        "Ald",
        "Atty",
        "Cpl",
        "Pvt",
        "Asst",
        "Amb",
        "Brig",
        "[A-Z]",
    )
)


# Words after which quoted words are a noun phrase the sentence uses (a determiner, "about"), or a gloss
# in brackets, not someone's speech.
_BEFORE_PHRASE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|about|concerning|regarding|for|against|en|et|om)|\()"
    r"\s*[\"“«„‘»]?$",
    re.IGNORECASE,
)


# A verb of naming and its object before quoted words: 'called the plan "a setback"', 'dubbed it "the ..."'.
_NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|term(?:s|ed|ing)?)\s+"
    r"(?:it|them|this|that|him|her|(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*[\"“«„‘]?$"
)


def quoted_noun_phrase(before: str, quoted: str) -> bool:
    """Whether quoted words starting in lower case are a phrase the writer's own sentence uses: right after a
    determiner or "about" ('wrote about the "untold story of ..."'), or a gloss in brackets."""
    if _NAMING.search(before.rstrip()) and re.match(r"(?:an?|the)\s", quoted):
        return True  # 'has called the plan "a clear setback"': a name given to something, not speech
    m = _BEFORE_PHRASE.search(before.rstrip())
    if m is None or not quoted[:1].islower():
        return False
    # 'warns the "levels are ..."', 'sagde det "...': after a verb of saying the determiner opens the speech
    return re.search(rf"\b(?:{ALL_VERBS})\s*$", before[: m.start()]) is None


def is_title_or_term(quoted: str) -> bool:
    """Quoted Title Case words with no sentence in them: a work, site or campaign's name, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not words or re.search(r"[.!?,;:]\s", quoted + " ") and len(words) > 8:
        return False
    if re.search(r"\b[a-z]{2,}[.!?]\s+[A-Z]", quoted):
        return False  # ('"Excuse me. Next,"': a sentence ends inside, and the next one's capital is grammar's)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6 and not re.search(r"[.!?]\s*$", quoted.strip())


# Words before an introduction's subject that are no part of it: "Later the Governor", "However, Jane Roe".
LEAD_IN = re.compile(
    r"^(?:(?:later|then|finally|however|meanwhile|also|again|similarly|likewise|instead|"
    r"earlier|today|yesterday|separately|elsewhere|on\s+twitter|on\s+facebook)\b[\s,]*)+",
    re.I,
)


# A short term in straight marks between two words, inside a paragraph that a straight-quoted quote fills:
# '"... تملأ أجواء "المناطق المحررة" جميعها ..."', '"We call it "the long winter" here."'.
_INNER_TERM = re.compile(r"(?<=\w\s)\"(\w[^\"\n,.،:;!?؟]{0,40}?)\"(?=\s\w)")


def mask_nested_terms(text: str) -> str:
    """The paragraph with the straight marks of terms nested inside a straight-quoted quote made into ʺ (same
    length), so that the outer quote is read whole: only when the paragraph opens with a straight mark (or a
    colon's introduction and the mark) and the terms inside its first and last marks are of one to four words
    between two words."""
    if text.count('"') < 4 or text.count('"') % 2:
        return text
    first, last = text.index('"'), text.rindex('"')
    # (or opens with an introduction ending in a colon right before the mark: 'بيان جاء فيه ما يلي: "... عبر
    # شبكة "X Y" لاستخدامها ...".', the one quote the introduction announces)
    if not (re.match(r'\s*"', text) or re.search(r":\s*$", text[:first])):
        return text
    inner = text[first + 1 : last]
    masked = _INNER_TERM.sub(lambda m: f"ʺ{m.group(1)}ʺ" if len(m.group(1).split()) <= 4 else m.group(0), inner)
    return text[: first + 1] + masked + text[last:] if masked.count('"') == 0 else text
