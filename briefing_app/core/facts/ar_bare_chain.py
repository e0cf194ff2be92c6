"""Arabic speech passed on by verbs without a subject. Arabic news introduces a speaker once ("قال X، ROLE، إن
...") and then goes on with verbs that drop the subject, one a paragraph ("وأضاف خلال مداخلة هاتفية مع
الإعلامي Y أن ...", "وذكر أن ...", "وتابع: «...»"): each passes the first speaker on, however many follow, and
people named inside them (the presenter spoken to, the programme's host) are no subjects. A reader that looks
back a fixed number of sentences for the last verb with a named subject stops short in such a chain; this
module says how far the chain reaches back."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_ar_words import AR_ORG_WORDS
from briefing_app.core.facts.reporting_verbs import AR_MORE_SPEECH, AR_QUOTE_VERBS, AR_SPEECH
from briefing_app.core.numbers import strip_arabic_marks

# A sentence that opens with a verb of saying whose subject is dropped: the verb then what was said ("أن",
# "إن"), an adjunct of when, where or how ("خلال", "في", "عبر", "عقب"), a colon or a comma. A verb followed by
# a word that could be a name or an office ("وأضاف الوزير", "وقال X") opens no chain link.
_BARE_OPENING = re.compile(
    rf"\s*(?:{AR_SPEECH}|{AR_QUOTE_VERBS}|{AR_MORE_SPEECH})"
    r"(?:\s*[:،,]|\s+(?:[أاإ]ن|[أاإ]نه|[أاإ]نها|ب[أا]ن|ب[أا]نه|خلال|في|فى|عبر|عقب|بعد|قبل|على|إلى|الى|أيضا|أيضاً"
    r"|قائلا|قائلاً|قائلة|بالقول|كذلك)(?![\u0621-\u064a]))"
)

# How many sentences of such a chain a reader may pass over at most (a long interview runs to a dozen).
_MOST = 12


# Words after a verb of saying that are no one who says: "أن" and its pronouns, prepositions, "قائلا", "أيضا".
_NOT_A_SAYER = r"(?:ب)?[أإا]ن(?:ه|ها|هم)?|خلال|في|فى|عبر|على|إلى|الى|قائلا|قائلة|أيضا"


def opens_bare(text: str) -> bool:
    """Whether the sentence opens with a verb of saying whose subject is dropped ("وذكر أن ...", "وتابع:")."""
    return _BARE_OPENING.match(text) is not None


def chain_start(texts: dict[int, str], sentence: int, window: int) -> int:
    """The earliest sentence a reader looking back `window` sentences from `sentence` (itself included) should
    reach: `window` further for every sentence just before the window's edge that opens with a subjectless verb
    of saying, since each passes the speaker before it on."""
    start = max(sentence - window + 1, 0)
    reached = 0
    while start > 0 and reached < _MOST and opens_bare(texts.get(start, "")):
        start -= 1
        reached += 1
    return start


def according_to_a_thing(match: str, noun: str) -> bool:
    """Whether a match of "verb of saying, word" is "according to" a definite thing ("تسير وفق الجدول", "حسب
    الخطة"), which names no speaker for a later subjectless verb to pass on; not a body ("بحسب الشرطة")."""
    according = re.match(r"\s*(?:و|ف)?(?:بحسب|حسب|وفق|وفقا)", match) is not None
    return according and noun.startswith("ال") and noun[2:] not in AR_ORG_WORDS and noun not in AR_ORG_WORDS


# Collective subjects that speak as a body though no list of kinds of organisation holds them (a command, the
# government, the authorities, a cell, the prosecution): "وقالت القيادة في بيان، إن «...»" then "وأكدت أن «...»"
# is the command's, not a person named earlier in the article.
_SPEAKING_BODIES = frozenset({"قيادة", "حكومة", "سلطات", "سلطة", "خلية", "نيابة", "رئاسة", "مفوضية", "دائرة"})

# A verb of saying and the word after it (its subject, when the verb has one).
_SAID_BY = re.compile(rf"(?:^|\s)(?:{AR_SPEECH}|{AR_QUOTE_VERBS}|{AR_MORE_SPEECH})\s+([\u0621-\u064a]{{3,}})")
_MARKED = re.compile(r"[“”\"«][^“”\"«»]*[“”\"»]")


def body_spoke_last(texts: dict[int, str], sentence: int, bodies: list[str]) -> str | None:
    """The body whose definite head noun is the subject of the latest verb of saying with a subject, up to
    `sentence` and back over a chain of subjectless verbs ("وقالت الوزارة الفلسطينية في بيان لها : ..." before
    a bare "واضافت : ..."): the article's body that opens with that noun ("الوزارة الفلسطينية"), else the noun;
    None when that latest subject is anything else (a person goes on as before)."""
    for index in range(sentence, chain_start(texts, sentence, 3) - 1, -1):
        said = [m for m in _SAID_BY.finditer(_MARKED.sub(" ", texts.get(index, "")))
                if not re.fullmatch(_NOT_A_SAYER, m.group(1))]  # fmt: skip
        if not said:
            continue
        spoke = said[-1].group(1)
        named = [b for b in bodies if b.startswith(spoke)]
        # (the two readings below only for a verb, not "بحسب", and over a chain of bare verbs right up to the
        # quote: "وبحسب مصادر الشرطة ... . ووصف الرئيس X ... . وقال «...»" is X's, who was named between)
        chained = re.match(r"\s*[وف]?(?:ب)?(?:حسب|وفق)", said[-1].group(0)) is None and all(
            opens_bare(texts.get(j, "")) for j in range(index + 1, sentence + 1)
        )
        if chained and spoke.startswith("ال") and named and spoke[2:] not in AR_ORG_WORDS and len(spoke) > 4:
            # "وأوضحت الشبكة السورية لحقوق الإنسان ... أن" then "وبين أن «...»": a body the article names whose
            # head no list holds (الشبكة, الحملة) goes on as well
            return min(named, key=len)
        if chained and spoke in _UNNAMED_SOURCES:
            # "وقال شاهد عيان لـ«X» إن ..." then "وأضاف أن «...»": an unnamed source goes on, no person named before
            return unnamed_phrase(_MARKED.sub(" ", texts.get(index, "")), spoke)
        if chained and named and spoke in AR_ORG_WORDS:
            # "وقالت منظمة X في بيان لها إنها ..." then "وأضافت أن «...»": a body named by its head in construct
            # (no article: منظمة، وزارة، هيئة) goes on too, when the article names a body so
            return min(named, key=len)
        if not spoke.startswith("ال") or (spoke[2:] not in AR_ORG_WORDS and spoke[2:] not in _SPEAKING_BODIES):
            return None
        return min(named, key=len) if named else _head_named(spoke, texts, index, bodies) or spoke
    return None


def _head_named(noun: str, texts: dict[int, str], index: int, bodies: list[str]) -> str | None:
    """The article's body whose name opens with the definite `noun`'s head in construct ("وزارة الصحة" for
    "الوزارة", "هيئة الطرق" for "الهيئة"), the one written last before the noun in sentence `index`, where the noun
    was its verb's subject ("أعلنت وزارة الصحة ..." then "وقالت الوزارة في بيان إن ..." then "وأكدت أن «...»");
    None when none was written before. Of two written last in one sentence, the one that comes later in it; then the
    longer (the name as written there, not a part of it)."""
    own = texts.get(index, "")
    before = {index: own[: max(own.find(noun), 0)]}

    def last_seen(body: str) -> tuple[int, int]:
        bare = strip_arabic_marks(body)  # (the texts may be read without the short vowels a name was written with)
        for i in range(index, -1, -1):
            at = strip_arabic_marks(before.get(i, texts.get(i, ""))).rfind(bare)
            if at >= 0:
                return i, at
        return -1, -1

    fitting = [(last_seen(b), len(b), b) for b in bodies if b.split()[:1] == [noun[2:]]]
    fitting = [f for f in fitting if f[0][0] >= 0]
    return max(fitting)[2] if fitting else None


# Unnamed sources a verb of saying has as subject, indefinite ("قال شاهد عيان", "أفاد مصدر أمني").
_UNNAMED_SOURCES = {"شاهد", "شهود", "مصدر", "مصادر", "مسؤول", "مسؤولة", "متحدث", "متحدثة", "ناشط", "ناشطون",
                    "طبيب", "مسعف", "دبلوماسي", "ضابط", "محلل"}  # fmt: skip


def unnamed_phrase(text: str, noun: str) -> str:
    """The unnamed source's phrase after its verb: the noun and the one word describing it that follows ("شاهد
    عيان", "مصدر أمني"), no preposition, particle or glued listener ("لـ", "لوكالة")."""
    m = re.search(rf"(?<![\u0621-\u064a]){noun}(?:\s+([\u0621-\u064a]{{3,}}))?", text)
    after = m.group(1) if m else None
    if after is None or re.fullmatch(_NOT_A_SAYER, after) or after[:1] in "لب" or after.startswith("ال"):
        return noun
    return f"{noun} {after}"


def told_pronoun(word: str) -> bool:
    """Whether the word after a verb of saying is whom it was told, a pronoun after ل ("وقال لنا:", "قالت لها")."""
    return re.fullmatch(r"ل(?:ه|ها|هم|هما|نا|ي|ك|كم|كن)", word) is not None



def carry_bare_chain(out: list[Fact], texts: dict[int, str]) -> None:
    """Give each Arabic quote with no speaker the speaker of the quote before it when every sentence after that
    quote's, up to its own, opens with a subjectless verb of saying (`texts`: the article's sentences by index):
    "اعتبر وزير الخارجية أن «...»" then "واشار الى ...، معتبراً أن «...»" and "واعتبر ان «...»" are the minister's,
    whom the chain passes on though no people finder names him, so no resolver finds him."""
    said: Fact | None = None  # the latest quote with a speaker
    for fact in sorted((f for f in out if f.kind == "quote"), key=lambda f: f.sentence):
        if fact.speaker:
            said = fact
            continue
        if said is None or not 0 < fact.sentence - said.sentence <= 3:
            continue  # (a second quote of the speaker's own sentence is `quotes_ar_same_sentence`'s)
        if all(opens_bare(texts.get(i, "")) for i in range(said.sentence + 1, fact.sentence + 1)):
            fact.speaker = said.speaker
            said = fact
