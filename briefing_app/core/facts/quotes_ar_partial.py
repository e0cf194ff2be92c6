"""Arabic partial quotes: a few words in quote marks inside reported speech.

Arabic agency copy reports a statement indirectly and puts the speaker's own words in marks where they
stand in the clause: "صرح X بأن القرار كان « خطأ »", "وقال X: إن هذه الإجراءات هي « تمييز واضح » ضد ...",
"وقال X إن البعثة سيكون لها « مساعد عربي »". The words are direct speech (the speaker's own), however short,
and the subject of the verb of saying speaks.

What tells them from a name or a title in marks ("شركة « فيسبوك »", "أن « واتس آب » سوف ...") is the word
right before the opening mark: a name follows a noun it names (company, paper, founder of) or the bare
conjunction أن; the speaker's words follow a word that takes a predicate or an object, a closed class: a
copula (كان، ليس، أصبح), a pronoun (هي، هو), a preposition with a pronoun (له، فيه) or a letter glued to the
mark (و« ، ب«). A verb of saying and a conjunction of reported speech (أن، إن، بأن) or a colon must come
before it in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.gazetteer import known_names, lookup
from briefing_app.core.facts.people_ar_words import _ar_is_given, _transliterated
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# Words that take a predicate: a name in marks rarely follows them, the speaker's own words often do.
_COPULAS = {"كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "كانوا", "ليس", "ليست", "ليسوا", "بات", "باتت", "أصبح",
            "أصبحت", "صار", "صارت", "يعد", "تعد", "هو", "هي", "هم", "هما"}  # fmt: skip
# A preposition with a pronoun, a complementizer with its pronoun subject: an object or predicate follows.
_BEFORE_WORDS = _COPULAS | {
    "له", "لها", "لهم", "لهما", "به", "بها", "بهم", "فيه", "فيها", "عليه", "عليها", "منه", "منها", "عنه", "عنها",
    "إليه", "إليها", "معه", "معها", "أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها", "أنهم", "إنهم",
}  # fmt: skip
# Conjunctions of reported speech, after which a definite subject and its predicate in marks follow.
_THAT = {"إن", "أن", "بأن"}
# Letters glued to the opening mark or standing alone before it: and, with/by, for (و« ، ب« ، بـ «).
_GLUED = {"و", "ب", "ل", "ف", "بـ", "لـ"}
# Prepositions a verb of warning, calling or stressing takes its matter with: "حذر من", "دعا إلى", "شدد على".
_OF_WHAT = {"من", "إلى", "على"}
# Such a verb opening the clause, its subject (up to four words) and the preposition right before the mark.
_VERB_THEN_OF = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:حذر|حذرت|حذروا|دعا|دعت|دعوا|شدد|شددت|طالب|طالبت|ناشد|ناشدت)"
    r"(?:\s+[\u0621-\u064a]+){0,4}\s+(?:من|إلى|على)\s*$"
)
# A verb of saying (or a report of one: "نقل عن X قوله"), then later in the sentence a conjunction of reported
# speech or a colon.
_REPORTED = re.compile(
    rf"(?<![\u0600-\u06ff])(?:{AR_ANY_SPEECH}|[وف]?نقل[\u0621-\u064a]{{0,2}}|قول(?:ه|ها|هم))(?![\u0600-\u06ff])"
    r".*?(?:(?<![\u0600-\u06ff])(?:أن|إن|بأن|أنه|أنها|إنه|إنها|بأنه|بأنها|أنهم|إنهم)(?![\u0600-\u06ff])|:)"
)


def ar_partial_quote(text: str, start: int, end: int) -> bool:
    """Whether the quoted stretch text[start:end] (under four words) is a speaker's own words inside reported
    speech: after a word of the closed class above, in a sentence a verb of saying and أن/إن/: introduce."""
    quoted = text[start:end].strip(" \u00a0")
    words = quoted.split()
    if not words or not re.search(r"[\u0621-\u064a]", quoted):
        return False
    lead = text[:start].rstrip(' \u00a0"“«„')
    sentence = re.split(r"[.!?؟]\s", lead)[-1]
    before = re.findall(r"[\u0621-\u064a\u0640]+", sentence[-40:])
    prev = before[-1] if before else ""
    # (the subject of reported speech may be a construct, "أن قرار المحكمة « خطأ تاريخي »": up to three words after
    # the conjunction, the last one definite; or with where it is, "أن الوضع في قطاع غزة « تعدى ... »": up to five,
    # the last one definite or a known place)
    that = next((k for k in range(len(before) - 2, max(len(before) - 7, -1), -1) if before[k] in _THAT), None)
    near = that is not None and that >= len(before) - 4
    subject = that is not None and ((prev.startswith("ال") and len(prev) > 3 and (near or "في" in before[that:]))
                                    or ("في" in before[that:] and lookup(prev) is not None))
    if lead.endswith(prev) and prev in _OF_WHAT and len(words) >= 2 and _VERB_THEN_OF.search(sentence):
        return not names_in(words)  # "وحذر الأمين العام من « كارثة إنسانية وشيكة »"
    if not lead.endswith(prev) or not (prev in _BEFORE_WORDS or prev in _GLUED or subject):
        return False  # (after "إن الانفجارين", the subject of reported speech, comes its predicate: "هجومان إرهابيان")
    if names_in(words):
        return False  # "الشركة هي « كوانتا سوفت »": a name in marks, whatever stands before it
    if len(words) == 1 and prev not in _COPULAS:
        return False  # one word only as a copula's predicate: "كان « خطأ »"
    return _REPORTED.search(sentence[: len(sentence) - len(prev)]) is not None


def names_in(words: Sequence[str]) -> bool:
    """Whether quoted words hold a word of a name (`_name_like`); a word in ـي after a word of speech is the
    adjective agreeing with it ("خطأ تاريخي", "قرار سياسي"), however many long vowels it has."""
    def adjective(k: int) -> bool:
        return k > 0 and words[k].endswith("ي") and not _name_like(words[k - 1]) and not _ar_is_given(words[k - 1])

    return any(_name_like(w) and not adjective(k) for k, w in enumerate(words))


def _name_like(word: str) -> bool:
    """A word of a name rather than of speech: a known place or body, a transliterated foreign word (three long
    vowels), or no Arabic word at all. (Given names are no test: many are common words, مساعد, عربي.)"""
    word = word.strip("،,.!?؟()")
    inflected = word.endswith(("يان", "يون", "يين", "ية", "ات"))  # an Arabic dual, plural or feminine (إرهابيان)
    return word in known_names() or (_transliterated(word) and not inflected) or not word.isalpha()


def without_named_bodies(
    spans: list[tuple[int, int, bool]], text: str, bodies: Sequence[str]
) -> list[tuple[int, int, bool]]:
    """The quoted stretches less the short ones that are a body or a person the article names ('على صلة بـ"الجيش
    الحر"', 'أن الإعلامى "X Y" أكد'): Arabic copy puts a group's or a person's name in marks, which holds no one's
    speech."""
    names = set(bodies)
    return [(a, b, c) for a, b, c in spans if len(text[a:b].split()) > 3 or text[a:b].strip(" .،") not in names]


def predicate_after_that(text: str, start: int, end: int) -> bool:
    """Whether quoted words are the predicate of a reported clause whose subject is a definite noun right after
    أن/إن ("وأشار X إلى أن المشروع «سيكتمل قبل نهاية العام»."): they close the sentence or its clause, so the
    noun before them, though a kind of work (المشروع، البرنامج), names nothing in marks."""
    if not re.search(r"(?<![\u0600-\u06ff])(?:أن|إن|بأن)\s+ال[\u0621-\u064a]{2,}\s*[\"“«]?\s*$", text[:start]):
        return False
    # (or a credit closes it: "...»، على حد قوله", "...»، بحسب تعبيره": the clause ends at the mark)
    return len(text[start:end].split()) >= 3 and re.match(
        r".\s*(?:[.!?؟]|$|[،,]\s*\S+ا\s|[،,]\s*(?:على حد|حسب|بحسب|وفق)\s)", text[end:]
    ) is not None



# The conjunction of reported speech and up to six words of its subject right before the opening mark.
_THAT_AND_SUBJECT = re.compile(r"(?<![\u0600-\u06ff])(?:أن|إن|بأن)(?:\s+[\u0621-\u064a]+){1,6}\s*[\"“«]?\s*$")


def long_predicate_after_that(text: str, start: int, end: int) -> bool:
    """Whether quoted words are the long predicate of a reported clause whose subject, up to six words, stands
    between أن/إن and the mark after a verb of saying ("وصرح X أمس بأن إقرار هذا المشروع بهذا الموقع «سيكون
    بداية للبحث عن مناطق أخرى ...»"): eight words or more are a clause someone said, though the subject ends
    with a kind of work or site (المشروع، الموقع) that elsewhere names something in marks."""
    lead = text[:start]
    if len(text[start:end].split()) < 8 or _THAT_AND_SUBJECT.search(lead) is None:
        return False
    sentence = re.split(r"[.!?؟]\s", lead)[-1]
    return _REPORTED.search(sentence) is not None


# "To" as a word of its own right before the opening mark ("داعيا إلى «...»", "وأشارت الوزارة الى «...»").
_TO_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:إلى|الى)\s*$")
# A clause opening the quoted words: a conjunction of reported speech with or without its pronoun (إلى «أن ...»).
_CLAUSE_OPENING = re.compile(r"(?:أن|أنّ|إن|إنّ|ان)(?:ه|ها|هم|نا|ني)?(?![\u0600-\u06ff])")


def object_of_preposition(quoted: str, lead: str) -> bool:
    """Whether quoted words are the object of "to" right before them ("داعيًا إلى «تكثيف الجلسات ...»", "وأشارت
    الوزارة الى «حرصها العالي على ...»"): a noun phrase the speaker's words lend to reported speech (a call to, a
    pointing to), no statement of their own, so no quote; not a clause that opens with أن ("إلى «أن ...»")."""
    return _TO_BEFORE.search(lead) is not None and _CLAUSE_OPENING.match(quoted.strip(" \u00a0")) is None
