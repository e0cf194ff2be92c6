"""An Arabic figure in a clause of "حيث" whose verb of amounting has no subject of its own: "وحافظت معدلات الإشغال
الفندقية على مستويات مرتفعة، حيث بلغت نحو 75%", "وساهمت مستويات التطعيم في ...، حيث بلغت 80%". The verb's pronoun
stands for the subject of the clause before the comma, which is what the figure measures."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# "، حيث بلغت" / "حيث وصلت إلى" / "إذ سجلت" right before the figure: the verb with nothing after it.
# (or a verb of change and its "by", the comma left out: "شهدت الصادرات ارتفاعا هذا العام حيث زادت بنسبة 4%")
_WHERE_VERB = re.compile(
    r"(?:[،,]\s*و?(?:حيث|إذ)\s+(?:[يت]?(?:بلغ|بلغت|وصل|وصلت|سجل|سجلت|تجاوز|تجاوزت|ناهز|ناهزت|قارب|قاربت)"
    r"|يبلغ|تبلغ|يصل|تصل)(?:\s+(?:إلى|الى))?"
    r"|(?:[،,]\s*|\s)و?(?:حيث|إذ)\s+(?:زاد|زادت|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|نما|نمت)\s+(?:بنسبة|بمقدار))"
    r"(?:\s+(?:نحو|حوالي|قرابة|زهاء|(?:أكثر|أقل)\s+من|ما\s+يقارب))?\s*$"
)
_REPORTED = ("أن", "إن", "بأن", "وأن", "لأن")
# Prepositions that end a subject ("معدلات الإشغال | على مستويات").
_ENDS_SUBJECT = {"على", "من", "عن", "مع", "لدى", "عبر", "ضمن", "بين", "حول", "في", "إلى", "الى", "منذ", "خلال"}


def ar_where_subject(before: str) -> str | None:
    """The subject of the clause before "، حيث <verb>" when the verb runs straight into the figure; None otherwise.
    The main clause opens with its verb (verb-subject order: the word after it heads the subject) or, after "أن",
    with its subject; the subject ends at its first preposition or function word, at most three words."""
    where = _WHERE_VERB.search(strip_arabic_marks(before))
    if not where:
        return _recorded_by_participle(strip_arabic_marks(before))
    return _main_subject(strip_arabic_marks(before)[: where.start()])


# ", مسجلة ارتفاعا بنسبة" (recording a rise of): a circumstantial participle whose change is its clause's subject's,
# "وصلت الصادرات الصناعية إلى 2 مليار دينار، مسجلة ارتفاعا بنسبة 15%" (the exports rose 15%).
_RECORDING_PARTICIPLE = re.compile(
    r"[،,]\s*(?:مسجلا|مسجلة|محققا|محققة)\s+(ارتفاعا|نموا|تراجعا|انخفاضا|زيادة|نمو|ارتفاع|تراجع|انخفاض)"
    r"(?:\s+(?!ب)[\u0621-\u064a]+)?\s+(?:بنسبة|بمقدار)(?:\s+(?:نحو|حوالي|قرابة))?\s*$"
)


def _recorded_by_participle(before: str) -> str | None:
    """"ارتفاعا (الصادرات الصناعية)" for "..., مسجلة ارتفاعا بنسبة" right before the figure; None otherwise."""
    recorded = _RECORDING_PARTICIPLE.search(before)
    subject = _main_subject(before[: recorded.start()]) if recorded else None
    return f"{recorded.group(1)} ({subject})" if recorded and subject else None


def _main_subject(before: str) -> str | None:
    """The subject of the clause `before` ends: after its opening verb or its last "أن", up to a preposition, a
    function word or an indefinite word after a definite one, at most three words; None without a definite word."""
    # (a comma or a point inside a number is no clause's end: "وصلت إلى 1,4 مليار دينار، مسجلة")
    main = re.split(r"[،;:!?؛()\"“”«»]|[,.](?![\d٠-٩])", before)[-1].split()
    reported = [k for k, w in enumerate(main) if w in _REPORTED]
    if reported:
        main = main[reported[-1] + 1 :]
    elif main and not re.match(r"[وف]?ال", main[0]):
        main = main[1:]  # "وحافظت | معدلات ...": the verb opening the clause
    subject: list[str] = []
    for w in main:
        if w in _ENDS_SUBJECT or w in AR_STOP or re.search(r"[\d٠-٩]", w):
            break
        if any(re.match(r"[وف]?ال", x) for x in subject) and not re.match(r"[وف]?ال", w):
            break  # (a definite phrase ends at an indefinite word: "الصادرات الزراعية | شهدت ارتفاعا واضحا")
        subject.append(w)
    subject = subject[:3]
    if not any(re.match(r"[وف]?ال", w) for w in subject):
        return None  # (a subject is definite, or a construct ending in a definite noun: "معدلات الإشغال")
    return " ".join(subject)


# ", بما قدره 10.4%" (by what amounts to), ", بنسبة 31%": the change named in the clause before the comma is what
# is measured.
_AMOUNTING_TO = re.compile(
    # (or a lead alone: "بتراجع عجز الميزانية بالحساب الختامي، بنسبة 31 بالمئة")
    r"[،,]\s*و?(?:بما\s+(?:قدره|قدرها|قيمته|قيمتها|نسبته|نسبتها|مقداره|مقدارها|يعادل|يوازي)|بنسبة|بمقدار)"
    r"(?:\s+(?:نحو|حوالي|قرابة))?\s*$"
)
_CHANGE_MASDAR = re.compile(r"[وب]?(?:ارتفاع|انخفاض|زيادة|تراجع|نمو|هبوط|صعود|تقلص)")
# An indefinite noun in the accusative right before "ب" and the figure: "تسجل عجزا بـ2.5 مليار", "فائضا ب 3 ملايين".
# (and its indefinite adjective in -يا between: "حققت فائضا ماليا بنحو 18 مليون")
_NOUN_BEFORE_BI = re.compile(
    r"(?<!\S)((?!ال)[\u0621-\u064a]{2,}ا(?:\s+(?!ال)[\u0621-\u064a]{2,}يا)?)\s+ب\u0640?(?:نحو|حوالي)?\s*$"
)


def ar_amounting_to(before: str) -> str | None:
    """The change the clause before ", بما قدره" names, with up to three words of what changed ("ارتفاع معدل التضخم
    السنوى"); None when the figure is not so introduced or the clause names no change."""
    plain = strip_arabic_marks(before)
    amounting = _AMOUNTING_TO.search(plain)
    if not amounting:
        return None
    clause = re.split(r"[،,.;:!?؛()\"“”«»]", plain[: amounting.start()])[-1].split()
    start = next((k for k, w in enumerate(clause) if _CHANGE_MASDAR.fullmatch(w)), None)
    if start is None:
        return None
    words = [re.sub(r"^[وب]", "", clause[start])]
    for w in clause[start + 1 : start + 4]:
        if w in AR_STOP or re.search(r"[\d٠-٩]", w) or (w.startswith("ل") and not w.startswith("لل")):
            break  # ("لشهر ديسمبر": a time after what changed)
        words.append(w)
    return " ".join(words)


def ar_noun_before_bi(before: str) -> str | None:
    """The indefinite noun right before a bare "ب" and the figure ("تسجل عجزا بـ2.5 مليار": the deficit), else None."""
    m = _NOUN_BEFORE_BI.search(strip_arabic_marks(before))
    head = m.group(1).split()[0] if m else ""
    if not m or head in AR_STOP and not _CHANGE_MASDAR.match(head):
        return None
    if re.fullmatch(r"[\u0621-\u064a]{3,}يا", m.group(1)):
        return None  # "أعلى مستوى يتم تسجيله تاريخيا بـ3.8 مليار": an adverb in -iyyan (historically, yearly), no noun
    return m.group(1)


# A noun phrase, then a relative clause of lasting right before a span: "ضد حكم الرئيس التي استمرت ل30 عاما", "الحرب
# التي دامت ثماني سنوات", "الحصار الذي استمر لمدة 3 أشهر". The antecedent is what lasted.
_LASTING_RELATIVE = re.compile(
    r"((?:\S+\s+){0,5}?\S+)\s+(?:التي|الذي|التى|الذى)\s+(?:استمرت|استمر|دامت|دام|امتدت|امتد)\s+"
    r"(?:ل\u0640?|لمدة\s+|طيلة\s+|طوال\s+)?(?:(?:نحو|حوالي|قرابة|أكثر\s+من)\s+)?$"
)


def ar_lasting_antecedent(before: str) -> str | None:
    """What a span measures when a relative clause of lasting leads to it: the antecedent noun phrase before "التي"
    (after its last preposition or function word, at most four words); None otherwise."""
    m = _LASTING_RELATIVE.search(strip_arabic_marks(before))
    if not m:
        return None
    words = m.group(1).split()
    stops = [k for k, w in enumerate(words) if w in AR_STOP or w in _ENDS_SUBJECT or re.search(r"[\d٠-٩]", w)]
    words = words[stops[-1] + 1 :] if stops else words
    words = [w for w in words if not re.search(r"[،,.;:!?؛()]", w)][-4:]
    return " ".join(words) or None


def arabic_clause_counts(before: str, n: NumberMatch, lasting: bool, counts: str | None) -> str | None:
    """What an Arabic figure counts when the clause before names it: the subject before ", حيث بلغت" or the change
    before ", بما قدره" (for a rate, a sum, or a figure with no reading), the noun before a bare "ب" (a sum, or no
    reading), the antecedent of a relative clause of lasting (a span); else `counts`."""
    if counts is None or n.kind == "percent" or n.currency:
        counts = ar_where_subject(before) or ar_amounting_to(before) or counts
        counts = (ar_noun_before_bi(before) or counts) if n.currency or counts is None else counts
    if lasting:
        counts = ar_lasting_antecedent(before) or counts
    return counts
