"""An Arabic figure in a clause of "حيث" whose verb of amounting has no subject of its own: "وحافظت معدلات الإشغال
الفندقية على مستويات مرتفعة، حيث بلغت نحو 75%", "وساهمت مستويات التطعيم في ...، حيث بلغت 80%". The verb's pronoun
stands for the subject of the clause before the comma, which is what the figure measures."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.numbers import strip_arabic_marks

# "، حيث بلغت" / "حيث وصلت إلى" / "إذ سجلت" right before the figure: the verb with nothing after it.
_WHERE_VERB = re.compile(
    r"[،,]\s*و?(?:حيث|إذ)\s+(?:[يت]?(?:بلغ|بلغت|وصل|وصلت|سجل|سجلت|تجاوز|تجاوزت|ناهز|ناهزت|قارب|قاربت)"
    r"|يبلغ|تبلغ|يصل|تصل)(?:\s+(?:إلى|الى))?(?:\s+(?:نحو|حوالي|قرابة|زهاء|(?:أكثر|أقل)\s+من|ما\s+يقارب))?\s*$"
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
        return None
    main = re.split(r"[،,.;:!?؛()\"“”«»]", strip_arabic_marks(before)[: where.start()])[-1].split()
    reported = [k for k, w in enumerate(main) if w in _REPORTED]
    if reported:
        main = main[reported[-1] + 1 :]
    elif main and not re.match(r"[وف]?ال", main[0]):
        main = main[1:]  # "وحافظت | معدلات ...": the verb opening the clause
    subject: list[str] = []
    for w in main:
        if w in _ENDS_SUBJECT or w in AR_STOP or re.search(r"[\d٠-٩]", w):
            break
        subject.append(w)
    subject = subject[:3]
    if not any(re.match(r"[وف]?ال", w) for w in subject):
        return None  # (a subject is definite, or a construct ending in a definite noun: "معدلات الإشغال")
    return " ".join(subject)
