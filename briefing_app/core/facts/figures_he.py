"""What a Hebrew figure counts where the general reading cannot see it (`hebrew_counts`), and one and a half of a
unit written with no number (`hebrew_and_a_half`); which Hebrew numbers are no figure is `not_figures_he`'s.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import HE_VERB
from briefing_app.core.facts.he_colon_counts import he_colon_measure
from briefing_app.core.facts.he_time_adjuncts import he_without_time
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.not_figures_he import _P
from briefing_app.core.numbers import NumberMatch

_HE_WORD = r"[\u05d0-\u05ea]+(?:[\"\u05f4'\u05f3][\u05d0-\u05ea]+)?"
_TIME_UNITS = {"", "שנה", "שנים", "חודש", "חודשים", "שבוע", "שבועות", "יום", "ימים", "שעה", "שעות", "דקה", "דקות"}
# Words after "אחד מ-" that are no group it is one of: "אחד מהם" (of them) points back, "אחד מאוד" no word.
_PARTITIVE_NOT = {"הם", "הן", "כם", "כן", "נו", "אוד", "עט"}
# What stands between a figure and the words before it: a qualifier, a preposition, a "only".
_LEAD_IN = re.compile(r"(?:(?<!\S)(?:רק|בלבד|על|בין|עד|לפחות|כמעט|בדיוק|יותר\s+מ-?|פחות\s+מ-?|[ובלמכ]{1,2}-?)\s*)*$")
# (and a weekday by its letter: "אתמול (א')", "היום (יום ד')")
_SHORT_BRACKET = re.compile(r"\s*\((?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|מוצ[\"״]ש|(?:יום\s+)?[אבגדהו]['׳])\)")
# "At a rate of" before a figure, with indefinite adjectives: "בשיעור של", "בשיעור זניח של", "בשיעור נמוך יותר של",
# "בשיעור דומה"; not "בשיעור ההצבעה" (a measure with its definite complement).
_RATE_LEAD = re.compile(r"(?<![\u05d0-\u05ea])בשיעור(?:\s+(?!ה|של\b)[\u05d0-\u05ea]{2,}){0,2}(?:\s+של)?\s*(?:כ-?)?$")
# "מנהרה שאורכה כ-40 מטר", "אולם ששטחו 12 על 9 מטרים": a noun, then a relative clause naming its measure.
_MEASURE_CLAUSE = re.compile(
    rf"({_HE_WORD})\s+(ש(?:אורכ|שטח|גובה|רוחב|עומק|משקל|קוטר|היקפ|נפח|גיל|מחיר|שווי)[והםן]{{0,2}})"
    r"\s+(?:(?:הוא|היא|הם|הן|היה|הייתה|היו|יהיה|תהיה|מגיע|מגיעה|עומד|עומדת)\s+(?:על\s+)?)?$"
)
# "12 על 9 מטרים": the other side of a size.
_OTHER_SIDE = re.compile(r"(?:כ-?)?[\d.,]+\s+על\s+$")
# "ברוב חבריה (33)": a number in brackets restates the noun phrase before them.
_RESTATED = re.compile(rf"((?:{_HE_WORD}\s+)?{_HE_WORD})\s*\(\s*$")
# "200 מטרים דרומית לכיכר": a distance and the direction it is measured in.
_DIRECTION = re.compile(
    r"\s*(?:[\u05d0-\u05ea\"״]+\s+)?((?:צפונית|דרומית|מזרחית|מערבית)(?:-(?:מזרחית|מערבית))?"
    rf"(?:\s+(?:ל|מ){_HE_WORD})?)(?![\u05d0-\u05ea])"
)
_UNIT_THEN_NOUN = re.compile(
    r"\s*(?:ק[\"\u05f4]ג|ס[\"\u05f4]מ|מ[\"\u05f4]מ|מ[\"\u05f4]ר|קמ[\"\u05f4]ר|ק[\"\u05f4]מ|טון|ליטר|קילו|גרם|דונם)"
    # (or "of" between: "2,600 דונם של חורש טבעי", "1,500 דונם של יער", how fire and land copy measure what burned)
    r"\s+(?:של\s+)?([\u05d0-\u05ea]{3,})(?![\u05d0-\u05ea])"
)
_NOT_MEASURED = {"בלבד", "לפחות", "בערך", "כל", "של", "לכל", "בכל", "ביום", "בשנה", "בחודש", "בשעה", "מעל", "מתחת"}
# Verbs that join a subject to its figure, the copulas in all tenses and "ranges" ("נע בין 3 ל-9").
_VERB = re.compile(
    r"(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|הגיע|הגיעה|הגיעו|עמד|עמדה|עמדו|עומד|עומדת|עומדים|הסתכם|הסתכמה|הסתכמו|"
    r"מסתכם|מסתכמת|נאמד|נאמדת|היא|הוא|הם|הן|היה|הייתה|היו|יהיה|תהיה|יהיו|נע|נעה|נעים|נעות|גדל|גדלה|גדלו|"
    r"צמח|צמחה|ארך|ארכה|נמשך|נמשכה|מגיע|מגיעה|"
    # the future of growing and shrinking, and of starting from a level: "הקנס יגדל מ-", "השכר יחל מ-32 שקל"
    r"יגדל|תגדל|יגדלו|יקטן|תקטן|יקטנו|יחל|תחל|יחלו|"
    # a level told by a predicate adjective of comparison: "הפדיון בקניונים נמוך ב-4% מלפני הסגר"
    r"נמוך|נמוכה|נמוכים|נמוכות|גבוה|גבוהה|גבוהים|גבוהות|"
    # a price: "כרטיס עולה 150 ₪", "הדירות עולות 2 מיליון"
    r"עולה|עולים|עולות|יעלו|נקבע|נקבעה|מוערך|מוערכת|מוערכים|מוערכות|הוערך|הוערכה|"
    # the future: "הריבית תעמוד על 4.5%", "המחיר יגיע ל-10 שקלים"
    r"יעמוד|תעמוד|יעמדו|יגיע|תגיע|יגיעו|יעלה|תעלה|יעלו|ירד|תרד|ירדו|יסתכם|תסתכם|יסתכמו|ינוע|תנוע|"
    # markets and prices: "השקל נחלש ב-2%", "המדד זינק ב-3%"
    r"נחלש|נחלשה|התחזק|התחזקה|זינק|זינקה|צנח|צנחה|קפץ|קפצה|טיפס|טיפסה|התייקר|התייקרה|הוזל|הוזלה|פחת|פחתה|"
    r"התכווץ|התכווצה|התרחב|התרחבה|הוכפל|הוכפלה|"
    # ("שירותי תיירות, שהצטמצמו בכ-66%": shrank)
    r"הצטמצם|הצטמצמה|הצטמצמו|התכווצו|התרחבו|התייקרו|הוזלו|"
    # (the present of market copy: "האירו מתחזק ב-", "הדולר, שנסחר ברמה של")
    r"מתחזק|מתחזקת|מתחזקים|נחלשת|יורדת|יורדים|יורדות|מזנק|מזנקת|צונח|צונחת|צונחים|צונחות|מטפס|מטפסת|"
    r"נסחר|נסחרת|נסחרים|נסחרות|"
    # (losing and adding value: "מניית X איבדה 8.2% מערכה", "המדד הוסיף אתמול 1.2%")
    r"איבד|איבדה|איבדו|מאבד|מאבדת|מאבדים|מאבדות|הוסיף|הוסיפה|הוסיפו|מוסיף|מוסיפה|מוסיפים)"
)
# "לפי", "לדברי", "על פי": a source set inside the subject ("העלות, לפי ההערכות, הייתה ...") is no part of it.
_SOURCE_WORDS = {"לפי", "לדברי", "לטענת", "להערכת", "כפי"}
# "7 שקלים לליטר", "300 ₪ לחודש": the rate a price is given by, no counted noun.
_RATES = {"לליטר", "לקילו", 'לק"ג', "לק״ג", "לחודש", "לשנה", "ליום", "לשעה", "לדקה", "לאדם", "לנפש", "למטר", "לשבוע",
          "לחודשים", "לכל", "לדולר", "ליורו", "לאירו", "לעונה", "לנקודה", "למשחק"}  # fmt: skip
# "בשנות החמישים", "באותה תקופה": a time set before the subject is no part of it.
_TIME_LEADS = {"בשנות", "בשנת", "בשנה", "ביום", "בחודש", "בשבוע", "בתקופת", "בתקופה", "באותה", "באותו", "בסוף",
               "בתחילת", "במהלך", "בעבר", "כיום", "השנה", "אשתקד", "אז", "בזמנו", "בימי"}  # fmt: skip
_ONE_WORD_TIMES = {"כיום", "השנה", "אשתקד", "אז", "בעבר", "בזמנו"}
_CONJUNCTIONS = {"אך", "אבל", "ואילו", "כי", "וכי", "אולם", "ו", "גם", "וגם", "אז"}


# A span of days, weeks or years and what it is of or in, up to the next comma: "ימים של ראש השנה", "בחול המועד
# סוכות", "שנים בכלא" (not "בשבוע", "בשנה": a rate; nor "בלבד", "בערך": adverbs).
_SPAN_AFTER = re.compile(r"\s+(?:ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה|שעות|שעה|דקות|דקה)(?![\u05d0-\u05ea])")
_SPAN_UNIT = re.compile(r"\s+(?:ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה)(?![\u05d0-\u05ea])")
_SPAN_OF_OCCASION = re.compile(
    r"(?:\s+(?:ימים|יום|שבועות|שבוע|חודשים|חודש|שנים|שנה))?\s+(?:של\s+|ב(?!(?:שבוע|שנה|חודש|יום|לבד|ערך|סך|יותר|ממוצע|מהלך)(?![\u05d0-\u05ea])))"
    r"((?:[\u05d0-\u05ea\"״'-]+\s*){1,3}?)(?=\s*[,.;:()]|\s*$|\s+ו)"
)


# Hebrew measure nouns that take a possessive ending right before their figure ("עלותה", "מחירו", "שוויה").
_HE_MEASURES = r"עלות|מחיר|שווי|היקפ|גובה|אורכ|משקל|תקציב"


# A definite noun glued to "and" right before "to"/"at" a figure, just after another figure: the verb of the figure
# before is left out and this noun is the new subject ("מספר ההרוגים עלה ל-67,967 והפצועים ל-170,179",
# "האבטלה ירדה ל-4.1% והאינפלציה ל-2.3%").
_NEW_SUBJECT = re.compile(r"(?:^|[\s,])ו(ה[\u05d0-\u05ea]{2,})\s+(?:ל|על)[-־]?\s*$")
_FIGURE_JUST_BEFORE = re.compile(r"\d[\d.,]*\s*%?\s*(?:[\u05d0-\u05ea\"״]+\s+){0,2},?\s*$")
# A time glued to "and" between two figures of one verb: "יעמוד הגירעון על 6.8% וב-2022 על 3.9%".
_HE_TIME_ELLIPSIS = re.compile(r"\s*%?\s*,?\s*ו(?:ב|ל)?[-־]?\s*(?:שנת\s+)?(?:1[89]|20)\d\d\s+(?:על|ל|ב)[-־]?\s*")


def share_hebrew_time_ellipsis(facts: list[Fact], text: str) -> None:
    """A Hebrew figure with nothing of its own after another figure and a time glued to "and" is the same measure
    at another time (its verb and subject left out: "הגירעון יעמוד על 6.8% וב-2022 על 3.9%")."""
    for f, g in zip(facts, facts[1:], strict=False):
        if f.number is None or g.number is None or g.counts is not None or not f.counts or f.unit != g.unit:
            continue
        if _HE_TIME_ELLIPSIS.fullmatch(text[f.number.end : g.number.start]):
            g.counts = f.counts


# A level left unchanged, then the figure: "הריבית לחודש הבא תישאר ללא שינוי, 14.5%", "נותר המדד ללא שינוי ברמה
# של 3.1%": the definite noun that opens the clause (or follows the verb) stays at the figure.
_STAY = r"(?:תישאר|יישאר|ישאר|תשאר|נשאר|נשארה|נותר|נותרה|תיוותר|ייוותר|נותרו|נשארו|יישארו|ייוותרו|תיוותרנה)"
_UNCHANGED_AT = re.compile(
    rf"(?:^|[\s,;:])(?:כי\s+|ש)?(?:(ה[\u05d0-\u05ea\"״]{{2,}})(?:\s+[^\s,.;:\d]+){{0,4}}?\s+{_STAY}|"
    rf"{_STAY}\s+(ה[\u05d0-\u05ea\"״]{{2,}}))"
    r"\s+ללא\s+שינוי(?:\s*[,–—-]\s*|\s+ברמה\s+של\s+|\s+על\s+)(?:כ-?\s*)?$"
)
# "מערכן", "משוויה": of its value, alone or before the rest of the clause; and a verb of losing or adding first, then
# its subject (one to three words) right before the figure ("איבדו המניות כ-", "הוסיפה מניית X ").
_OF_ITS_VALUE = re.compile(r"מ(?:ערכ|שווי)(?:ה|ו|ם|ן|ין|יה|יו)(?![\u05d0-\u05ea])(?!\s+\()")
_VALUE_LOST_FIRST = re.compile(
    r"(?<![\u05d0-\u05ea])ו?(?:איבד|איבדה|איבדו|הוסיף|הוסיפה|הוסיפו)\s+"
    r"((?:[\u05d0-\u05ea\"״'-]+\s+){1,3}?)(?:ב?כ-?|ב-?)?\s*$"
)


def hebrew_counts(text: str, n: NumberMatch, default: str | None) -> str | None:
    """What a Hebrew figure counts where the general reading (`default`) cannot see it: a measure named in
    a relative clause, a restating bracket, a direction after a distance, or a long subject before a verb
    of reaching or a copula ("הקנס על רוב העבירות עמד על 15%", "תוקפה של התקנה יהיה שלוש שנים")."""
    of_its_value = re.fullmatch(r"מ(?:ערכ|שווי)(?:ה|ו|ם|ן|ין|יה|יו)\s+\((.+)\)", default or "")
    if of_its_value:  # "מניית X איבדה 8.2% מערכה": of its value, the share (the subject) is what lost it
        return of_its_value.group(1)
    unchanged = _UNCHANGED_AT.search(text[: n.start])
    if unchanged and (default is None or default in ("ברמה", "רמה")):  # "הריבית ... תישאר ללא שינוי, 14.5%"
        return unchanged.group(1) or unchanged.group(2)
    lost_first = _VALUE_LOST_FIRST.search(text[: n.start]) if _OF_ITS_VALUE.match(default or "") else None
    if lost_first:  # "איבדו המניות כ-11% מערכן": the verb first, its subject between it and the figure
        return lost_first.group(1).strip()
    colon = he_colon_measure(text, n.start)
    if colon:  # "עלייה במספר התאונות הקטלניות, לעומת אשתקד: 309 לעומת 280": the measure named before the colon
        return colon
    # (a weekday or a short aside in brackets is no clause's edge: "ומספר החולים עומד היום (שלישי) על 5,358")
    before = _SHORT_BRACKET.sub(" ", text[: n.start])
    renamed = _NEW_SUBJECT.search(before)
    renamed = None if renamed and re.fullmatch(HE_VERB, renamed.group(1)) else renamed  # "והגיעו ל-": a verb
    if renamed and _FIGURE_JUST_BEFORE.search(before[: renamed.start()]):
        return renamed.group(1)  # "עלה ל-67,967 והפצועים ל-170,179": a new subject, its verb left to ellipsis
    if default and re.search(r"(?:^|\()[\u05d0-\u05ea]{1,2}\)?$", default):
        default = None  # 'ש"ח (ע)': the general reading cut an abbreviation at its gershayim ('אל"ע'), a fragment
    other_side = _OTHER_SIDE.search(before)
    before = before[: other_side.start()] if other_side else before
    scale = re.match(r"\s*מעלות\s+(צלזיוס|פרנהייט)(?![\u05d0-\u05ea])", text[n.end :])
    if scale:  # "40 מעלות צלזיוס": the degrees of the scale (no noun of what they measure), and whose
        led = _LEAD_IN.search(before[-40:])
        whose = _subject_before_verb(before[: len(before) - len(led.group(0))] if led else before)
        return f"מעלות {scale.group(1)} ({whose})" if whose else f"מעלות {scale.group(1)}"
    rate = _RATE_LEAD.search(before[-60:])
    if rate and default and (set(default.split()) <= set(rate.group(0).split()) or default.split()[-1] == "בשיעור"):
        default = None  # "עלה בשיעור זניח של 0.1%": "at a rate of" leads to the figure, no noun of what it counts
    before = before[: len(before) - len(rate.group(0))] + " " if rate else before
    lead = _LEAD_IN.search(before[-40:])  # the lead-in is short; searching all of `before` costs its square
    core = before[: len(before) - len(lead.group(0))] if lead else before
    if re.search(rf"{_P}גיל\s*$", core):
        return "age (גיל)"  # "בגיל 17": an age
    owned = re.search(r"(?<![\u05d0-\u05ea])ו?(" + _HE_MEASURES + r")(?:ה|ו|ם|ן)\s*$", core)
    if owned:  # "ועלותה כ-150 יורו ליחידה": its cost (a measure noun with a possessive ending), what the sum is
        return f"{owned.group(0).strip()} ({default})" if default else owned.group(0).strip()
    aged = re.search(r"(?:([\u05d0-\u05ea\"״']+)\s+)?(בן|בת)\s+ה[-־]$", before)
    if aged and not n.spelled:  # "בתו מיכל בת ה-13": the age of the one named before
        return f"{aged.group(1) + ' ' if aged.group(1) else ''}{aged.group(2)} (age)"
    fronted = re.search(r"(?:^|[,;:]\s*|(?<![\u05d0-\u05ea])(?:כי|ש)\s*)(?:במשך|במהלך|בתוך|תוך|לאחר|אחרי)\s*$", core)
    # (only a span of time: "אחרי שמונה מדדים רצופים" counts the indices after it, no time of a clause)
    spanned = _SPAN_AFTER.match(text[n.end :]) or re.search(r"(?:יומיים|שבועיים|חודשיים|שנתיים|שעתיים)$", n.text)
    clause = re.match(r"\s*[\u05d0-\u05ea]+\s+((?:[\u05d0-\u05ea\"״]+\s*){1,3})", text[n.end :]) if fronted else None
    clause = clause if spanned or not n.spelled else None
    if clause:  # "כי במשך 4 שנים הוועדה לא תפקדה", "לאחר שבועיים הוגש ...": the time of the clause after it
        return clause.group(1).strip()
    plural = re.search(rf"{_P}(בני|בנות)\s+(?:ה-?)?(?:\d{{1,3}}\s*(?:,|ו-?)\s*)*$", core)  # (and "בני ה-58-41")
    if plural and not n.spelled and n.value < 130:
        return f"age ({plural.group(1)})"  # "שני חשודים, בני 23 ו-25": the ages of several people
    after = text[n.end :]
    dual = n.spelled and re.fullmatch(r"[ובלמהכש]{0,2}-?(?:יומיים|שבועיים|חודשיים|שנתיים)", n.text) is not None
    one_day = n.spelled and n.raw == 1 and re.search(r"(?:יום|שבוע|חודש|שנה)\s+$", before) is not None  # "יום אחד"
    occasion = _SPAN_OF_OCCASION.match(after) if dual or one_day or _SPAN_UNIT.match(after) else None
    # (an occasion after "ב" only for a span that opens an item of a list, with no verb of its own: "(שני ימים של
    # ראש השנה, ..., יומיים בחול המועד סוכות"; "המבצע נמשך 3 ימים בצפון" is where the operation lasted)
    listed = re.search(r"[(,]\s*(?:[\u05d0-\u05ea]+\s+)?$", text[: n.start]) is not None
    of_what = occasion is not None and "של" in after[: occasion.start(1)].split()  # "ימים של ראש השנה": always
    if occasion and (listed or of_what):
        return occasion.group(1).strip()
    span_of = re.search(
        r"([\u05d0-\u05ea\"״]{2,})\s+של\s+(?:עד\s+|כ-?\s*|לפחות\s+)?(?:(?:שנה|חודש|שבוע|יום|שעה|דקה)\s+)?$", before
    )
    if span_of and (default or "") in _TIME_UNITS:  # "לתקופה של עד שנה אחת": the span, not its unit
        return span_of.group(1)
    partitive = re.match(r"\s+מ(?:ה)?([\u05d0-\u05ea\"״]{3,}(?:\s+ה[\u05d0-\u05ea\"״]+)?)", after)
    if n.spelled and n.value == 1 and partitive and partitive.group(1) not in _PARTITIVE_NOT:
        return partitive.group(1)  # "אחד מחברי הוועדה": one of the committee's members
    apposed = re.search(r"([\u05d0-\u05ea\"״]{2,}(?:\s+[\u05d0-\u05ea\"״]{2,})?)\s*,\s*$", core)
    if apposed and default is None and re.match(r"\s*(?:[^\s,.]+\s*)?,", after):
        return apposed.group(1)  # "תקציב מיוחד, 12 מיליון ש"ח, לשיפוץ": the figure restates the noun before it
    clause = _MEASURE_CLAUSE.search(core)
    if clause:
        return f"{clause.group(1)} {clause.group(2)}"
    restated = _RESTATED.search(before)
    if restated and text[n.end :].lstrip().startswith(")"):
        return restated.group(1)
    direction = _DIRECTION.match(text[n.end :])
    if direction:
        return direction.group(1)
    measured = _UNIT_THEN_NOUN.match(text[n.end :])
    if measured and measured.group(1) not in _NOT_MEASURED and not _adjunct(measured.group(1)):
        # "3 ק"ג סמים", "5 טון מזון": the unit, then what it measures; a subject before stays beside it
        keep = default and not _adjunct(default) and default[:1] not in "לבמ"
        return f"{measured.group(1)} ({default})" if keep else measured.group(1)
    of = re.search(r"(?<![\u05d0-\u05ea])ו[בל]?([\u05d0-\u05ea]{3,})\s+של\s*$", core)
    if of and default and default.split()[0] == of.group(0).split()[0]:
        return of.group(1)  # "ולקנס של 50 אלף שקל": the noun before "של", without the "and to" glued to it
    gap = _GAPPED.search(core)
    if gap and (default is None or _adjunct(default)):
        # "X הם 10 מיליארד ולשלושה חודשים 3 מיליארד": the second conjunct leaves out the subject and the verb
        # of the first (gapping), so the figure counts that subject
        shared = _subject_before_verb(core[: gap.start()].rstrip())
        if shared:
            return shared
    part = re.search(r"([\u05d0-\u05ea\"״]{2,})\s*,?\s*[וש]?מ(?:הן|הם|תוכן|תוכם)\s*$", core)
    own = default is not None and not re.fullmatch(_VERB, default.split()[0])
    if part and not own:  # "ב-10,720 קלפיות, שמהן 3,949 יהיו": a part of the whole named just before (not "מתוכן
        # 204 הודעות", a part with its own noun)
        return part.group(1)
    relative = _RELATIVE_MEASURED.search(core)
    # (not when the figure counts a noun of its own: "תקדים, שנקבע בשני פסקי דין")
    if relative and re.fullmatch(_VERB, relative.group(2)) and (default is None or _adjunct(default)):
        return relative.group(1)  # "בשיעור ההצבעה, שעמד בבחירות אלה על 69.8%": the noun the relative clause is of
    subject = _subject_before_verb(core)
    extra = set(default.split()) - set(subject.split()) if default and subject else set()
    if subject and (default is None or all(re.fullmatch(_VERB, w) for w in extra) or _adjunct(default)):
        return subject  # "האינפלציה תעמוד על 3.5% בסוף השנה": the subject, not the time after the figure
    bare = _without_adjuncts(core)
    subject = _subject_before_verb(bare) if bare != core else None
    if subject and (default is None or _adjunct(default) or re.search(r"(?<![\u05d0-\u05ea])[בל]-?\s*$", before)):
        # "המדד עלה בחודש ינואר ב-0.4%", "השקל התחזק מול הדולר ב-0.5%": a time or comparison between
        # verb and figure; not "עמדו מול הכוחות שני גדודים", where the figure's own noun phrase is the subject
        return subject
    return _before_coordination(default)


# A noun phrase, a comma and a relative clause whose verb of reaching or copula takes the figure: "שיעור ההצבעה, |
# שעמד | בבחירות אלה | על 69.8%".
_RELATIVE_MEASURED = re.compile(
    r"([\u05d0-\u05ea\"״]{2,}(?:\s+[\u05d0-\u05ea\"״]{2,})?)\s*,\s*(?:ש|אשר\s+)([\u05d0-\u05ea]{2,})"
    r"(?:\s+[^\s,;:()]+){0,3}\s*$"
)  # (or "אשר" written apart: "בהכנסות המדינה, אשר ירדו מ-63 מיליארד")


# A time or a comparison between a verb and its figure: "עלה בחודש ינואר ב-", "עלו ב-12 החודשים האחרונים ב-",
# "התחזק מול הדולר ב-", "ירד לעומת אשתקד ב-".
_ADJUNCT_AT_END = re.compile(
    r"\s+(?:ב(?:חודש|שנה|רבעון|שבוע|יום|שנים|חודשים)(?:\s+[\u05d0-\u05ea]+)?|ב-?\d+\s+ה[\u05d0-\u05ea]+(?:\s+ה[\u05d0-\u05ea]+)?"
    # (a span in words and a period named by its demonstrative: "בעשר השנים האחרונות", "בתקופה זו")
    r"|ב(?:שתי|שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר)\s+ה(?:שנים|חודשים|שבועות|ימים)(?:\s+ה[\u05d0-\u05ea]+)?"
    r"|בתקופה(?:\s+(?:זו|הזו|זאת|בזו|האחרונה|המקבילה|הנבדקת))?"
    r"|אתמול|היום|אמש|שלשום|השנה|אשתקד|בשנה\s+שעברה|בחודש\s+שעבר|(?:מול|לעומת|ביחס\s+ל)-?\s*[\u05d0-\u05ea\"״]+"
    # (an adverb of now or still and a day it starts from: "יעמוד מעתה על", "עומד כיום על", "יעמוד מיום ראשון על",
    # "עמד באותה השנה על")
    r"|כיום|מעתה|כעת|עדיין|מיום\s+[\u05d0-\u05ea]+|באותה\s+(?:ה)?שנה"
    r"|במשך|למשך|בתוך|תוך|פי)\s*$"  # and "פי" of a multiple: "המחירים עלו פי 3"
)


def _without_adjuncts(core: str) -> str:
    """`core` without the times and comparisons that end it."""
    for _ in range(3):
        m = _ADJUNCT_AT_END.search(core)
        if not m:
            break
        core = core[: m.start()]
    return core


# "ו-30", "ושלושים", "ושני": a second figure joined by "and"; "ולקנס": a second complement after "and".
_COORDINATED = re.compile(
    r"ו-?\d|ו(?:אחד|אחת|שני|שתי|שניים|שתיים|שלוש|שלושה|ארבע|ארבעה|חמש|חמישה|שש|שישה|שבע|שבעה|שמונה|תשע|תשעה|עשר|"
    r"עשרה|עשרים|שלושים|ארבעים|חמישים|שישים|שבעים|שמונים|תשעים|מאה|מאות|אלף|אלפי)$|ו[בלמ][\u05d0-\u05ea]{3,}$"
)


def _before_coordination(default: str | None) -> str | None:
    """What a figure counts ends before the next figure or complement joined by ו ("תשעה הרוגים ושלושים
    פצועים": הרוגים; "18 חודשי מאסר ולקנס": מאסר); `default` is None or unchanged when nothing is joined."""
    if not default:
        return None
    head, sep, rest = default.partition(" (")
    words = head.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and _COORDINATED.match(w)), None)
    if cut is None:
        return None
    return " ".join(words[:cut]) + sep + rest


_GERSHAYIM = re.compile(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


def in_word_gershayim(text: str) -> str:
    """`text` with the straight quote inside a Hebrew acronym ('מק"ם', 'יו"ר') written as gershayim (״), so that
    splitting a clause at quote marks does not split the word."""
    return _GERSHAYIM.sub("״", text)


# Where a clause or a quotation breaks: punctuation, a quote mark (not the gershayim inside an abbreviation:
# 'המק"ם', 'ש"ח'), a full stop that is no decimal point.
_CLAUSE_BREAK = re.compile(r"[,;:!?()“”]|(?<![\u05d0-\u05ea])\"|\"(?![\u05d0-\u05ea])|(?<!\d)\.(?!\d)")


# A previous figure, its unit, then a second conjunct opened by ו and a preposition, with no verb of its own.
_GAPPED = re.compile(r"\d[\d.,]*(?:\s+[^\s\d]+){0,2}\s+ו[לב][\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]+)?\s*$")
# A past verb of the hif'il, which starts with ה as a definite noun does ("הגיע", "השקיעה").
_HIFIL = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?")
# Measure nouns that start with ש of their own (value, rate, area, wage, price, record): no "that" glued on (nor on
# their possessive forms, "שכרם", "שוויה").
_SHIN_MEASURES = {"שווי", "שיעור", "שטח", "שכר", "שער", "שיא", "שעור", "שכירות"}


def _subject_before_verb(core: str) -> str | None:
    """The words of the clause before a verb that ends `core`, from the clause's start or the last number."""
    pieces = _CLAUSE_BREAK.split(core)
    words = pieces[-1].split()
    relative = len(pieces) >= 3 and re.match(r"\s*(?:ש|אשר\s)", pieces[-2]) is not None
    if len(words) == 1 and relative and re.fullmatch(_VERB, words[0]):
        # "מדד שירותי דיור, שמסתמך על מחירי השכירות, עלה": a relative clause in commas between subject and verb
        words = pieces[-3].split() + words
    if len(words) >= 3 and words[-1][:1] == "ו" and re.fullmatch(_VERB, words[-1][1:]):
        # "הפרויקט נמשך שנתיים ועלה 200 מיליון": a second verb joined by ו shares the clause's subject, the
        # noun phrase that opens it (a head and its definite complements)
        chain = [words[0]]
        for w in words[1:-1]:
            if not w.startswith("ה") or re.fullmatch(_VERB, w) or _HIFIL.fullmatch(w):
                break  # ("הגיע", "השקיעה": a verb in ה, no definite complement)
            chain.append(w)
        head = chain[0]
        if head.startswith("ה") or len(chain) > 1:
            return " ".join(chain)
        return None
    if len(words) < 2 or not re.fullmatch(_VERB, words[-1]):
        return None
    body = words[:-1]
    at = [i for i in range(1, len(body)) if body[i] in _SOURCE_WORDS or body[i - 1 : i + 1] == ["על", "פי"]]
    if at:  # "X על פי הערכות שפורסמו הייתה": X is the subject, not the source
        body = body[: at[-1] - 1] if body[at[-1]] == "פי" else body[: at[-1]]
    subject: list[str] = []
    tail = body[-7:]
    for k in range(len(tail) - 1, -1, -1):
        w = tail[k]
        # (a number inside the subject after a noun in the construct state: "מחיר דירת 3 חדרים עלה")
        inside = k and re.fullmatch(r"[\u05d0-\u05ea]{2,}ת", tail[k - 1]) and not re.fullmatch(_VERB, tail[k - 1])
        if (re.search(r"\d", w) and not (inside and subject)) or w in _CONJUNCTIONS:
            break
        subject.insert(0, w)
    # (not "and" with a preposition, which coordinates complements: "ההוצאה לביטחון ולחינוך")
    joined = [k for k, w in enumerate(subject) if k and w[:1] == "ו" and w[1:2] not in "לב" and len(w) > 3]
    verbal = [k for k, w in enumerate(subject) if re.fullmatch(_VERB, w) or (w[:1] == "ל" and len(w) >= 5 and k)]
    if joined and verbal and verbal[0] < joined[-1]:
        # "נגיף הקורונה ממשיך להתפשט | ומספר החולים עומד": a clause before "and" has its own verb; the subject is
        # the second clause's
        subject = [subject[joined[-1]][1:], *subject[joined[-1] + 1 :]]
    if subject and not he_without_time(" ".join(subject)).strip():
        return None  # "כי בשנה הבאה | יעלו 60 אלף עולים": a time before the verb, no subject (what follows counts)
    while len(subject) > 1 and subject[0] in _TIME_LEADS:
        subject = subject[2:] if len(subject) > 2 and subject[0] not in _ONE_WORD_TIMES else subject[1:]
    own_shin = re.fullmatch(r"(?:שכר|שווי|שטח|שער|שיעור)(?:ו|ה|ם|ן|נו|כם)", subject[0]) if subject else None
    if subject and subject[0][:1] in "וש" and len(subject[0]) > 3 and subject[0] not in _SHIN_MEASURES and not own_shin:
        subject[0] = subject[0][1:]  # "ועובי השכבה", "שעלות הקמתו": "and" or "that" glued to the subject's first word
    return " ".join(subject) or None


# "שעה וחצי", "שנה וחצי": one of a unit and a half, written with no number at all.
_AND_A_HALF = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמכ]?(מטר|קילומטר|ק\"מ|ליטר|קילו|שעה|שנה|יום|חודש|שבוע|דקה)\s+וחצי(?![\u05d0-\u05ea])"
)
_HALF_UNITS = {"מטר": "metres", "קילומטר": "kilometres", 'ק"מ': "kilometres", "ליטר": "litres", "קילו": "kg",
               "שעה": "hours", "שנה": "years", "יום": "days", "חודש": "months", "שבוע": "weeks",
               "דקה": "minutes"}  # fmt: skip


def hebrew_and_a_half(s: SourceSentence) -> tuple[list[Fact], list[tuple[int, int]]]:
    """One and a half of a unit ("אורך החבל מטר וחצי": 1.5 m), and one of a unit of time written bare as a
    span ("לתקופה של שנה": 1 year), with what it measures, and where each stands."""
    out, spans = [], []
    for m in _AND_A_HALF.finditer(s.text):
        if re.search(r"[\d\u05d0-\u05ea]\s*$", s.text[: m.start()]) and re.search(
            rf"(?:\d|{_NUMBER_WORDS})\s*$", s.text[: m.start()]
        ):
            continue  # "שלוש שעות וחצי": the number before it is read on its own
        before = s.text[: m.start()]
        subject = _clause_tail(before)
        out.append(Fact("figure", m.group(0).strip(), s.index, value=1.5, unit=_HALF_UNITS[m.group(1)],
                        counts=subject))  # fmt: skip
        spans.append(m.span())
    for m in [*_BARE_SPAN.finditer(s.text), *_SPAN_BEFORE_LATER.finditer(s.text)]:
        if any(a <= m.start(2) < b for a, b in spans) or _NOT_ONE.match(s.text, m.end(2)):
            continue  # "שנה וחצי" read above; "שנה אחת", "שנה שעברה": a number or a time reads the unit
        if re.search(r"(?<![\u05d0-\u05ea])[ובל]?(?:אותה|אותו|כל|מדי|אחרי|לפני|לאחר)\s+$", s.text[: m.start(2)]):
            continue  # "באותה שנה", "כל שנה": a determiner makes it a time, no span of one
        noun = re.search(r"([\u05d0-\u05ea\"״]{2,})\s+של\s+$", s.text[: m.start(2)])
        counts = noun.group(1) if noun else _clause_tail(s.text[: m.start()])
        out.append(Fact("figure", m.group(2), s.index, value=1, unit=_HALF_UNITS[m.group(2)], counts=counts))
        spans.append(m.span(2))
    return out, spans


# A span of one unit written with no number, after what measures a span: "לטווח של שנה", "לתקופה של חודש",
# "עד שנה", "במשך שבוע", "תוך שעה" (a year, a month: 1); not the rate "לשנה" nor a time "באותה שנה".
_BARE_SPAN = re.compile(
    r"(?<![\u05d0-\u05ea])((?:[ובלמ]?(?:טווח|תקופה|תקופת|משך)\s+של|ל?עד|[בל]משך|ב?תוך|כעבור)\s+)"
    r"(שנה|חודש|שבוע|יום|שעה|דקה)(?![\u05d0-\u05ea])"
)
# One unit, then "later" or "earlier" ("שנה לאחר מכן", "ודקה מאוחר יותר", "חודש קודם לכן"): a span of 1.
_SPAN_BEFORE_LATER = re.compile(
    r"(?<![\u05d0-\u05ea])(ו?)(שנה|חודש|שבוע|יום|שעה|דקה)(?=\s+(?:לאחר\s+מכן|אחר\s+כך|מאוחר\s+יותר|קודם\s+לכן|"
    r"לפני\s+כן|אחרי\s+כן)(?![\u05d0-\u05ea]))"
)
# What reads the unit on its own after it: a number ("שנה אחת"), "and a half", a relative or time word.
_NOT_ONE = re.compile(r"\s*(?:-|וחצי|אחת|אחד|שעבר|שעברה|הבא|הבאה|שלם|שלמה|ה[\u05d0-\u05ea]|ו?מחצה|[\d])")


_NUMBER_WORDS = "אחת|אחד|שתיים|שניים|שתי|שני|שלוש|שלושה|ארבע|ארבעה|חמש|חמישה|שש|שישה|שבע|שבעה|שמונה|תשע|תשעה|עשר|עשרה"


def _clause_tail(before: str) -> str | None:
    """The last words of the clause before a figure with no verb ("אורך החבל בסירה מטר וחצי")."""
    words = _CLAUSE_BREAK.split(before)[-1].split()[-4:]
    return " ".join(words) or None


def _adjunct(phrase: str) -> bool:
    """Whether what follows a figure is a time or place adjunct ("בסוף השנה", "עד מרץ"), not what it counts."""
    first = phrase.split()[0] if phrase.split() else ""
    if first.startswith("ו") and not first.startswith("וו"):
        return True  # "תעלה 3 מיליארד שקל ותושלם": the next clause, not a counted noun
    # prepositions built on ל are adjuncts too ("לאורך הקיר", "לפני הבחירות"); ל with a noun may be a purpose
    if first == "פי" or first in _SOURCE_WORDS or first in _RATES:
        return True  # "על פי הערכות ...": the source of the figure; "לליטר", "לחודש": a rate
    return (
        # ("עלה ב-0.8% מתחילת השנה", "0.5% מסוף הרבעון": since when, a time)
        first in ("עד", "מאז", "לעומת", "בהשוואה", "לאורך", "לאחר", "לפני", "לפי", "לעבר", "למשך", "לצד", "לקראת",
                  "מתחילת", "מראשית", "מסוף", "מאמצע", "החל",  # ("בכ-8.2 אחוז החל מינואר": from when)
                  "מזה", "מזו", "מאשר", "מלפני",  # ("נמוך ב-9% מזה שנרשם": than what, a comparison's standard)
                  "מתוך")  # ("עמד על 2.8% מתוך 40 אלף": out of what whole, told by the next figure)
        or (first[:1] in "בכ" and len(first) > 3 and first[1:2] != "-")
    )


# A Hebrew finite verb in the past or future plural right after a figure ("התגרשו", "היו", "חזרו", "יגיעו"): a
# clause with its own predicate, whose subject noun was left to the figure before. (Not a plural noun in -ים / -ות,
# which a figure counts.)
_HE_PLURAL_VERB = re.compile(r"\s*%?\s*[א-ת]{2,}ו(?=[\s,.;:)]|$)")
_HE_JOINED = re.compile(r"(?:^|[\s,;])(?:ו-?|ואילו\s+|ואילו\s+כ-?|וכ-?|ועוד\s+)$")


def hebrew_verb_ellipsis(f: Fact, g: Fact, gap: str, text: str) -> bool:
    """Whether the Hebrew figure g, joined to f ("ו-", "ואילו") and followed at once by its own plural verb, counts
    what f counts: "23.5% מהפטירות ... ו-12.2% היו ממחלות לב", "82.8 אלף איש ירדו ..., ואילו 24.2 אלף חזרו"."""
    if g.number is None or not f.counts or len(gap.split()) > 12:
        return False
    if not _HE_JOINED.search(gap):
        return False
    return _HE_PLURAL_VERB.match(text[g.number.end :]) is not None
