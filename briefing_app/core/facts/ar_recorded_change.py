"""What an Arabic change recorded by a verb of achieving or seeing is a change of, when its subject stands before
the verb: "قطاع النسيج والألبسة | حقق زيادة بنسبة 5%", "أن الصادرات | سجلت نموا بنسبة 7%", or before a relative
pronoun and a comma: "صناعة السيارات، | التي شهدت في 2023 ارتفاعا بنسبة 28%".

Economic news keys such a figure on the thing that changed (the sector, the exports); the change noun alone
("زيادة", "نموا") says only that it changed. `counted_rtl` reads the verb-first order ("حققت الشركة زيادة بنسبة");
this reads the subject-first orders.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP, AR_VERB
from briefing_app.core.facts.gated import AtEnd
from briefing_app.core.numbers import strip_arabic_marks

# The nouns of a change, as the object of a verb of recording (accusative or not): rise, growth, fall, recovery...
_CHANGE = r"(?:نموا|ارتفاعا|تراجعا|انخفاضا|هبوطا|انتعاشا|زيادة|نمو|ارتفاع|تراجع|انخفاض|هبوط|انتعاش|قفزة)"
# A subject, a verb of recording, achieving or seeing, an optional time ("في 2023"), the change, the step's lead.
_SUBJECT_RECORDED = AtEnd(
    r"(?P<subject>(?:\S+\s+){0,6}?\S+)\s+(?:قد\s+)?[وف]?(?:سجل|سجلت|يسجل|تسجل|شهد|شهدت|يشهد|تشهد|حقق|حققت|يحقق|تحقق"
    r"|عرف|عرفت|يعرف|تعرف)\s+(?:(?:في|خلال)\s+(?:عام\s+|سنة\s+)?[\d٠-٩]{4}\s+)?(?P<change>" + _CHANGE + r")"
    r"\s+(?:بنسبة|بمقدار|بنحو|بحوالي|ب|نسبته|نسبتها|قدره|قدرها)\s*(?:زائد\s*)?$",
    7 + 2 + 3 + 3,  # (seven words of subject, قد and the verb, a year and its two words, the change, its lead, زائد)
    endings=("بنسبة", "بمقدار", "بنحو", "بحوالي", "ب", "نسبته", "نسبتها", "قدره", "قدرها", "زائد"),
)
# Words that end a subject read back from its verb: "أن", "إن" open the reported clause, a relative pronoun points
# back past a comma.
_OPENERS = {"أن", "إن", "بأن", "وأن", "لأن", "أما", "وأما"}
_RELATIVES = {"التي", "الذي", "اللتين", "الذين", "اللذين"}
_PREPOSITIONS = {"على", "من", "عن", "مع", "لدى", "عبر", "ضمن", "بين", "حول", "في"}


def _clean(words: list[str]) -> list[str]:
    """The subject's words up to the first preposition after its head, without particles."""
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), None)
    return [w for w in words[:cut] if w not in AR_STOP]


def ar_subject_recorded(clause: str, before: str) -> str | None:
    """"زيادة (قطاع النسيج والألبسة)": the change and what changed, when `clause` (the figure's clause, ending in the
    step's lead) puts the subject before its verb of recording; for a relative pronoun, the noun phrase that ends the
    clause before it in `before` (the text before the figure). None when no such order."""
    m = _SUBJECT_RECORDED.search(strip_arabic_marks(clause))
    if m is None:
        return _subject_before_aside(clause, before)
    change = m.group("change")
    words = m.group("subject").split()
    opened = [k for k, w in enumerate(words) if w in _OPENERS]
    words = words[opened[-1] + 1 :] if opened else words
    if words and words[-1] in _RELATIVES:
        # "صناعة السيارات، التي شهدت": the antecedent, the last words of the clause before the comma
        pieces = re.split(r"[،,]", strip_arabic_marks(before))
        if len(words) > 1:  # "وهي ألمانيا التي حققت زيادة قدرها 11 %": the noun right before the relative pronoun
            recording = r"[وف]?(?:سجل|سجلت|يسجل|تسجل|شهد|شهدت|يشهد|تشهد|حقق|حققت|يحقق|تحقق|عرف|عرفت)"
            antecedent = [
                w
                for w in words[:-1]
                if w not in AR_STOP and not re.fullmatch(AR_VERB, w) and not re.fullmatch(recording, w)
            ][-2:]
            return f"{change} ({' '.join(antecedent)})" if antecedent else None
        if len(pieces) < 2:
            return None
        antecedent = pieces[-2].split()[-3:]
        opened = [k for k, w in enumerate(antecedent) if w in _OPENERS or re.fullmatch(AR_VERB, w)]
        antecedent = antecedent[opened[-1] + 1 :] if opened else antecedent
        words = antecedent
    subject = _clean(words)
    if not subject or not re.match(r"[وف]?(?:ال|[\u0621-\u064a]{2,}\s*$)", subject[0]):
        return None
    if any(re.search(r"[\d٠-٩]", w) or re.fullmatch(AR_VERB, w) for w in subject):
        return None
    return f"{change} ({' '.join(subject)})"


# The clause of the figure opening with its verb of recording, its subject before a relative clause set off by commas:
# "أن مؤشر التضخم الأساسي، | الذي يستثني المواد المحددة، | عرف زيادة بنسبة".
_VERB_FIRST_RECORDED = re.compile(
    r"^\s*(?:قد\s+)?[وف]?(?:سجل|سجلت|يسجل|تسجل|شهد|شهدت|يشهد|تشهد|حقق|حققت|يحقق|تحقق|عرف|عرفت|يعرف|تعرف)\s+"
    r"(?P<change>" + _CHANGE + r")\s+(?:بنسبة|بمقدار|بنحو|بحوالي|ب|نسبته|نسبتها|قدره|قدرها)\s*$"
)


def _subject_before_aside(clause: str, before: str) -> str | None:
    """"زيادة (مؤشر التضخم الأساسي)": a verb of recording opening the figure's clause after a relative clause in
    commas, whose antecedent (after "أن", to its first preposition) is the subject; else None."""
    m = _VERB_FIRST_RECORDED.match(strip_arabic_marks(clause))
    pieces = re.split(r"[،,]", strip_arabic_marks(before))
    if m is None or len(pieces) < 3 or not pieces[-2].split() or pieces[-2].split()[0] not in _RELATIVES:
        return None
    words = pieces[-3].split()
    opened = [k for k, w in enumerate(words) if w in _OPENERS]
    if not opened:
        return None  # (the subject must open after "أن"/"إن": no other clause's words read as it)
    subject = _clean(words[opened[-1] + 1 :])
    if not subject or len(subject) > 5 or any(re.search(r"[\d٠-٩]", w) or re.fullmatch(AR_VERB, w) for w in subject):
        return None
    return f"{m.group('change')} ({' '.join(subject)})"


# A topic fronted at a sentence's start and set off by a comma: "وحول إجمالي الدخل، ...", "وبخصوص الصادرات، ...".
_FRONTED_TOPIC = re.compile(
    r"^\s*و?(?:حول|بخصوص|بشأن|فيما\s+يخص|فيما\s+يتعلق\s+ب|أما\s+عن|وعن|عن)\s*((?:[^\s،,]+\s+){0,2}[^\s،,]+)\s*[،,]"
)


def ar_fronted_topic(before: str) -> str | None:
    """The topic a sentence fronts before a comma ("وحول إجمالي الدخل، أشار إلى أنه بلغ"), which a pronoun after
    "أن" stands for; None when the sentence fronts none."""
    m = _FRONTED_TOPIC.match(strip_arabic_marks(before))
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in AR_STOP]
    return " ".join(words) or None


# A change a verb of recording opens with no subject of its own, the topic fronted before a comma being what changed:
# "وبخصوص إجمالي ليالي المبيت بالفنادق المصنفة، فقد سجلت ارتفاعا بنسبة 17 %".
_TOPIC_OPENED = re.compile(
    r"^\s*و?(?:حول|بخصوص|بشأن|فيما\s+يخص|فيما\s+يتعلق\s+ب|أما\s+عن|أما)\s*((?:[^\s،,]+\s+){0,7}[^\s،,]+)\s*[،,]"
    r"\s*[فو]?(?:قد\s+)?(?:سجل|سجلت|شهد|شهدت|حقق|حققت|عرف|عرفت)\s+(?P<change>" + _CHANGE + r")"
    r"\s+(?:بنسبة|بمقدار|بنحو|بحوالي|ب|نسبته|نسبتها|قدره|قدرها)\s*$"
)


def ar_topic_recorded(before: str) -> str | None:
    """"ارتفاعا (إجمالي ليالي المبيت)": the change a subjectless verb of recording opens, and the topic fronted
    before its comma (up to its first preposition), when the sentence `before` the figure is built so."""
    m = _TOPIC_OPENED.match(strip_arabic_marks(before))
    if m is None:
        return None
    topic = _clean(m.group(1).split())
    if not topic or any(re.search(r"[\d٠-٩]", w) for w in topic):
        return None
    return f"{m.group('change')} ({' '.join(topic)})"


# A verb of recording or seeing, its subject and a noun of change before the step's lead: "سجلت الصادرات | نموا |
# بنسبة", "شهدت أسعار النفط | ارتفاعا | بنسبة", "حققت الشركة | زيادة | بنسبة".
_RECORDED_VSO = re.compile(
    # (a subject of up to seven words, its complements cut off below: "سجلت التسهيلات الممنوحة من قبل البنوك | نموا")
    r"(?<!\S)[وف]?(?:سجل|سجلت|يسجل|تسجل|شهد|شهدت|يشهد|تشهد|حقق|حققت|يحقق|تحقق)\s+((?:\S+\s+){0,8}?\S+)\s+"
    # (and a recovery: "حققت الصادرات انتعاشا بنسبة 11.3 %")
    r"((?:نموا|ارتفاعا|تراجعا|انخفاضا|هبوطا|انتعاشا|زيادة|نمو|ارتفاع|تراجع|انخفاض|هبوط|انتعاش|قفزة)(?:\s+(?!ب)\S+)?)\s+"
    # (or the measure with a pronoun of the change: "نموا نسبته 2.8 بالمئة", "تراجعا قدره 5 %")
    r"(?:بنسبة|بمقدار|بنحو|بحوالي|ب|(?:نسبته|نسبتها|قدره|قدرها|مقداره|مقدارها)(?:\s+(?:نحو|حوالي))?)\s*$"
)


def ar_recorded_change_vso(clause: str) -> str | None:
    """"نموا (الصادرات غير النفطية)": the change a verb of recording opens, and its subject up to a preposition."""
    recorded = _RECORDED_VSO.search(clause)
    if recorded is None:
        return None
    subject = recorded.group(1).split()
    cut = next((k for k, w in enumerate(subject) if k and w in ("من", "لدى", "في", "على", "عن")), None)
    subject = [w for w in subject[:cut] if w not in AR_STOP]
    if subject and not any(re.fullmatch(AR_VERB, w) for w in subject):
        return f"{recorded.group(2)} ({' '.join(subject)})"
    return None


def ar_recorded_by_pronoun(clause: str) -> str | None:
    """The same change when its measure is told by a pronoun ("نموا نسبته 2.8"), read before the measure nouns."""
    if not re.search(r"(?:نسبته|نسبتها|قدره|قدرها|مقداره|مقدارها)(?:\s+(?:نحو|حوالي))?\s*$", clause):
        return None
    return ar_recorded_change_vso(clause)
