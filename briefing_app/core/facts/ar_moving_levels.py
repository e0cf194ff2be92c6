"""Arabic levels a rate moved between, told after its clause by a participle or a verb of moving ("وانخفض معدل
البطالة ب0.5 نقطة في صفوف الرجال، منتقلا من 12 في المائة إلى 11.5 في المائة", "سجل المعدل الوطني للبطالة
تراجعا طفيفا؛ إذ انتقل من 13.7 في المائة إلى 13.3 في المائة"): both ends count the rate the main clause names,
not the participle ("منتقلا") the counted reader took. The Maghreb's statistics copy tells every rate so."""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import AR_STOP
from briefing_app.core.facts.model import Fact
from briefing_app.core.numbers import strip_arabic_marks

# The participle or verb of moving, and "from" (the first end): "منتقلا من", "، إذ انتقل من", "متحولا بذلك من".
_MOVING_FROM = re.compile(
    r"(?:^|[\s،,؛;])(?:(?:إذ|اذ|حيث)\s+)?[وف]?(?:منتقلا|منتقلة|منتقلاً|متحولا|متحولة|متحولاً|متراجعا|متراجعة|مرتفعا|"
    r"مرتفعة|منخفضا|منخفضة|قافزا|انتقل|انتقلت|تحول|تحولت|قفز|قفزت|تراجع|تراجعت|ارتفع|ارتفعت|انخفض|انخفضت|نزل|نزلت|"
    r"هبط|هبطت|صعد|صعدت)"
    r"(?:\s+(?:بذلك|بالتالي))?\s+من\s+(?:مستوى\s+)?$"
)
# A reading that is only "its rate" or "its amount", with at most an adjective before it: "طفيف نسبته".
_AMOUNT_ONLY = re.compile(r"(?:\S+\s+)?(?:نسبته|نسبتها|نسبتة|قدره|قدرها|مقداره|مقدارها)")
# The noun of change (and an adjective) before "its rate": "وارتفاع طفيف نسبته", "ارتفاعاً نسبتة".
_CHANGE_BEFORE_AMOUNT = re.compile(
    r"(?<!\S)[وب]?(ارتفاع|انخفاض|تراجع|زيادة|نمو|هبوط|صعود)(?:ا|اً)?(?:\s+\S+)?\s+"
    r"(?:نسبته|نسبتها|نسبتة|قدره|قدرها|مقداره|مقدارها)\s*$"
)
# "From" right before the first end, after a clause opened by its verb of change ("ونزل رأس المال ... من").
_FROM_ONLY = re.compile(r"(?<!\S)من\s+(?:مستوى\s+)?$")
# A participle of gain or loss, or a level "at", right before a sum with its subject in the main clause: "تراجع رأس
# المال السوقي بنسبة 2.4% خاسراً نحو 17.3 مليار", "ارتفع رأس المال السوقي 7.6 مليار جنيه عند مستوى 721.7 مليار".
_GAINED_OR_AT = re.compile(
    r"(?:^|[\s،,])(?:خاسرا|خاسراً|خاسرة|رابحا|رابحاً|رابحة|مضيفا|مضيفاً|مضيفة|فاقدا|فاقداً|فاقدة|عند\s+مستوى|إلى\s+مستوى)"
    r"\s+(?:نحو\s+|حوالي\s+|حوالى\s+|قرابة\s+)?$"
)
# A lead and a noun of change alone ("بنسبة انخفاض بلغت نحو 2.9%", "بنسبة تراجع 3.3%"): the change of what the
# figure before it in the sentence measures.
_LEAD_CHANGE_ONLY = re.compile(r"[وب]?نسبة\s+(?:انخفاض|ارتفاع|تراجع|زيادة|نمو|هبوط|صعود)")
# The second end right after the first and its sign: "12 في المائة إلى", "9.9% إلى".
# (or its sum words and a time adjunct: "726.3 مليار جنيه في إغلاق تعاملات الأسبوع الماضي إلى نحو 709 مليارات")
_TO_AFTER_FIRST = re.compile(
    r"\s*(?:%|٪|في\s+المائة|في\s+المئة|بالمائة|بالمئة)?\s*(?:[\u0621-\u064a]+\s+){0,2}?"
    r"(?:(?:في|خلال|عند|بنهاية|مع)\s+[^\d٠-٩،,؛.]{0,60}?\s+)?(?:إلى|الى)\s+(?:نحو\s+|حوالي\s+|حوالى\s+|قرابة\s+)?"
)
# The verb or verbal noun of change or recording that opens the main clause, before its subject.
_CLAUSE_VERB = re.compile(
    r"(?<!\S)[وف]?(?:ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|صعد|صعدت|قفز|قفزت|هبط|هبطت|زاد|زادت|نما|نمت|سجل|سجلت|"
    r"عرف|عرفت|شهد|شهدت|استقر|استقرت|بلغ|بلغت|ارتفاع|انخفاض|تراجع|تحسن|تحسنت|ازداد|ازدادت|نزل|نزلت|تقلص|تقلصت)(?=\s)"
)
# "managed to move" (and "to rise") between a subject and "من" its first end: "تمكنت صادرات X من الانتقال من".
_MANAGED_TO_MOVE = re.compile(r"\s+من\s+(?:الانتقال|التحول|الارتفاع|الصعود|القفز|الانخفاض|التراجع)\s*$")
# Verbs of passing or managing that open a clause of a move: "ومرت من X إلى Y", "تمكنت صادرات X من الانتقال" (not
# "انتقل", whose ends often name their own nouns: "انتقل الفريق من 3 انتصارات إلى 7 تعادلات").
_PASSED = re.compile(r"[وف]?(?:مر|مرت|تمكن|تمكنت)(?=\s)")
# Accusative nouns of change after the subject of a verb of recording: "سجل المعدل ... تراجعا طفيفا".
_CHANGE_OBJECT = re.compile(r"(?:تراجعا|ارتفاعا|انخفاضا|نموا|تحسنا|زيادة|ارتفاعاً|انخفاضاً|تراجعاً|نمواً|تحسناً)")


def _previous_outside_brackets(facts: list[Fact], i: int, text: str) -> Fact:
    """The figure before figure `i`, passing over those in a bracket closed before it: "2.054 مليون فرد (932 ألف
    ذكور، 1.122 مليون إناث)، بنسبة تراجع 2.7%" is the change of the total, not of its last part."""
    here = facts[i].number
    for e in reversed(facts[:i]):
        if e.number is None or here is None:
            return e
        between = text[e.number.end : here.start]
        if ")" not in between or between.index(")") > between.find("(") >= 0:
            return e
    return facts[i - 1]


def _main_subject(clause: str) -> str | None:
    """The subject after the verb that opens the main clause ("وانخفض | معدل البطالة | ب0.5 نقطة"), up to four words
    with no function word, number, lead or noun of change."""
    verb = _CLAUSE_VERB.search(clause) or _PASSED.match(clause.strip() + " ")
    if verb is None:
        return None
    if verb.re is _PASSED:
        clause = clause.strip() + " "
    subject: list[str] = []
    for w in clause[verb.end() :].split():
        bare = strip_arabic_marks(w)
        if bare in AR_STOP or re.search(r"[\d٠-٩]", bare) or _CHANGE_OBJECT.fullmatch(bare) or bare.startswith("ب"):
            break
        subject.append(bare)
        if len(subject) == 4:
            break
    return " ".join(subject) if subject else None


def ar_moving_levels(facts: list[Fact], text: str) -> None:
    """Give both ends of a move told by a participle or a verb of moving after the main clause what the main
    clause's subject names (see the module docstring)."""
    for i, f in enumerate(facts):
        n = f.number
        if n is None:
            continue
        gained = _GAINED_OR_AT.search(text[: n.start])
        if gained and (f.counts is None or f.counts.strip() in ("مستوى", "نقطة")):
            main = re.split(r"[؛;]", text[: gained.start()].rstrip(" ،,؛;"))[-1]
            f.counts = _main_subject(main) or f.counts
            continue
        amount = _AMOUNT_ONLY.fullmatch(strip_arabic_marks(f.counts or ""))
        change = _CHANGE_BEFORE_AMOUNT.search(strip_arabic_marks(text[: n.start])) if amount else None
        if change:
            # ("، وارتفاع طفيف نسبته 0.20%", "نسبتة" as web copy misspells it): a change of what the figure before
            # in the sentence measures, else of the subject of the verb that opens the clause ("شهد الرقم القياسي
            # ... ارتفاعاً نسبته 2.45%")
            before_it = facts[i - 1].counts if i else None
            if before_it and _AMOUNT_ONLY.fullmatch(before_it):
                before_it = None
            whose = before_it or _main_subject(re.split(r"[؛;]", strip_arabic_marks(text[: n.start]))[-1])
            if whose:
                f.counts = f"{change.group(1)} ({whose})"
            continue
        if f.counts and _LEAD_CHANGE_ONLY.fullmatch(strip_arabic_marks(f.counts)) and i:
            previous = _previous_outside_brackets(facts, i, text)
            change_word = f.counts.split()[-1]
            if previous.counts and not _LEAD_CHANGE_ONLY.fullmatch(strip_arabic_marks(previous.counts)):
                # "انخفاض (رأس المال السوقي)"; the same change restated ("بنسبة انخفاض 2.7% عن الربع السابق، و0.2%
                # عن العام الماضي") is that change's already
                same = previous.counts.startswith(f"{change_word} (")
                f.counts = previous.counts if same else f"{change_word} ({previous.counts})"
            continue
        moving = _MOVING_FROM.search(text[: n.start])
        from_to = _FROM_ONLY.search(text[: n.start]) if moving is None else None
        if from_to is not None:  # "ونزل رأس المال السوقي لأسهم المؤشر الرئيسي من 385.2 إلى 373.9": the verb's subject
            clause = re.split(r"[،,؛;.]", text[: from_to.start()])[-1]
            # (after a conjunction of clauses: "كما تراجع رأس المال لمؤشر الأسهم الصغيرة من")
            clause = re.sub(r"^\s*(?:كما|ثم|فيما|بينما|في\s+حين|أيضا|أيضاً)\s+", "", clause)
            # ("بينما تمكنت صادرات الطيران من الانتقال من 10.3 إلى 16.1": "managed to move", its subject between)
            clause = _MANAGED_TO_MOVE.sub(" ", clause)
            verb = _CLAUSE_VERB.match(clause.strip() + " ") or _PASSED.match(clause.strip() + " ")
            following = facts[i + 1] if i + 1 < len(facts) else None
            subject = _main_subject(clause) if verb else None
            if verb and subject is None and not clause.strip()[verb.end() :].strip():
                # ("وعرفت الصادرات ... ارتفاعا بنسبة 49.33%، ومرت من 228 إلى 341": the verb alone, its subject the
                # one of the clause before the comma)
                pieces = re.split(r"[،,]", text[: from_to.start()])
                subject = _main_subject(pieces[-2]) if len(pieces) > 1 else None
            to = following is not None and following.number is not None and _TO_AFTER_FIRST.fullmatch(
                strip_arabic_marks(text[n.end : following.number.start])
            )
            if subject and to and following is not None:
                for end in (f, following):
                    # (the subject's first two words: "صادرات الطيران" is not "أداء صادرات الصناعات" before it)
                    if not all(w in (end.counts or "").split() for w in subject.split()[:2]):
                        end.counts = subject
            continue
        ends = [f]
        following_number = facts[i + 1].number if moving is not None and i + 1 < len(facts) else None
        if following_number is not None:
            gap = strip_arabic_marks(text[n.end : following_number.start])
            if _TO_AFTER_FIRST.fullmatch(gap):
                ends.append(facts[i + 1])
        if moving is None:
            continue
        main = re.split(r"[؛;]", text[: moving.start()].rstrip(" ،,؛;"))[-1]
        subject = _main_subject(main)
        if subject is None:
            continue
        for end in ends:
            end.counts = subject


_BARE_POINTS = re.compile(r"(?:نقطة|نقاط|نقطتين|نقطتان)(?:\s+مئوية)?")
_POINTS_OF = re.compile(r"(?:نقطة|نقاط)(?:\s+مئوية)?\s+\((.+)\)")


def ar_points_of_before(facts: list[Fact]) -> None:
    """A change in points that names nothing but "نقطة" ("أي بناقص 0.4 نقطة", "وب 0.2 نقطة في صفوف النساء") is
    a change of the rate the figure before it in the sentence measures."""
    for i, f in enumerate(facts):
        if f.number is None or not f.counts or not _BARE_POINTS.fullmatch(f.counts.strip()):
            continue
        previous = next((e for e in reversed(facts[:i]) if e.counts and not _BARE_POINTS.fullmatch(e.counts)), None)
        if previous is None or previous.counts is None:
            continue
        inner = _POINTS_OF.fullmatch(previous.counts)
        f.counts = f"{f.counts} ({inner.group(1) if inner else previous.counts})"


def ar_new_change_clause(gap: str) -> bool:
    """Whether a stretch of text between two figures opens a clause of its own verb of change and subject after a
    comma ("، كما تراجع رأس المال لمؤشر ..."), so that a figure after it belongs to that clause."""
    for piece in re.split(r"[،,؛;]", gap)[1:]:
        piece = re.sub(r"^\s*(?:كما|ثم|فيما|بينما|في\s+حين|أيضا|أيضاً)\s+", "", piece)
        piece = _MANAGED_TO_MOVE.sub(" ", re.sub(r"\s+من\s*$", " ", piece))  # "تمكنت صادرات X من الانتقال | من"
        opens = _CLAUSE_VERB.match(piece.strip() + " ") or _PASSED.match(piece.strip() + " ")
        if opens and _main_subject(piece):
            return True
    return False
