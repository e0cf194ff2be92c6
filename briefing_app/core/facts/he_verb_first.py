"""Hebrew figures whose subject stands after the verb of change or before an aside in commas, and rates of a change
told with "בקצב של": "גדל הפדיון בענפי המסחר והשירותים ב-5.5%", "גדל פדיון ענפי המסחר, במחירים קבועים, ב-7.4%",
"הפדיון ... בשנת 2005, במחירים קבועים, גבוה ב-15.6%", "נמשכת הירידה במספר התאונות ..., בקצב של כ-1.7%",
"צמח היצוא בשיעור שנתי ממוצע של כ-3.9%". Statistical copy puts the verb first and an aside of how the figure is
reckoned in commas; the readers of what a figure counts kept the complement after the subject ("בענפי המסחר"), the
adjective ("גבוה") or the rate's lead ("בקצב", "בשיעור שנתי ממוצע"), none of them what changed. Used by `figures`
for Hebrew, after the other Hebrew readers."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# Asides of how a figure is reckoned, set off by commas: "במחירים קבועים", "בחישוב שנתי", "במונחים ריאליים".
_ASIDE = re.compile(r",\s*ב(?:מחירים|חישוב|מונחים|ניכוי|נטרול|ערכים)(?:\s+[\u05d0-\u05ea\"״]+){1,2}\s*,\s*")
_CHANGE_VERBS = (
    r"(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|גדל|גדלה|גדלו|צמח|צמחה|צמחו|זינק|זינקה|זינקו|צנח|צנחה|צנחו|התייקר|התייקרה|"
    r"התייקרו|הוזל|הוזלה|הוזלו|התכווץ|התכווצה|קפץ|קפצה|נסק|נסקה|הגיע|הגיעה|הגיעו)"
)
# The verb of change first, then its subject (a noun that opens with no preposition) and up to five words, then the
# step's "ב-" (and an approximation) right before the figure.
# (the news day's adverb after the verb is no subject: "מדד המעו"ף ירד אתמול ב-3.2%" has its subject before the verb;
# "עלתה היום מניית X ב-4%" names it after the adverb; so do the adverbs of this and last year, month, week: "מחיר
# הדירות עלה אשתקד ב-9%", "עלו השנה המחירים ב-4%")
_DAY = r"(?:אתמול|היום|אמש|שלשום|מחר|הבוקר|הערב|אשתקד|השנה|החודש|השבוע|כיום)(?![\u05d0-\u05ea\"״])"
_VERB_FIRST = re.compile(
    rf"(?:^|[\s,.;:])ו?{_CHANGE_VERBS}(?:\s+{_DAY})?\s+"
    rf"((?![בלכ](?!ה)|מה|ש(?!יעור|ער\s|ווי|כר\s)|{_DAY})[\u05d0-\u05ea\"״]{{2,}}(?:\s+[^\s\d,.;:]+){{0,5}}?)"
    # (or "at a rate of", with up to two adjectives: "צמח היצוא בשיעור שנתי ממוצע של כ-3.9%")
    # (or the level reached, "ל-": "בירוחם הגיע שיעור האבטלה ל-14%")
    r"\s+(?:ב-?|ל-?|בשיעור(?:\s+(?!של\s)[\u05d0-\u05ea]{2,}){0,2}\s+של)\s*(?:כ-?\s*)?$"
)
# A subject, then a comparative adjective and "ב-": "הפדיון ... גבוה ב-15.6%".
_COMPARED = re.compile(
    r"(?:^|[,.;:]\s*)([^,.;:\d]+?)\s+(?:גבוה|גבוהה|גבוהים|גבוהות|נמוך|נמוכה|נמוכים|נמוכות)\s+ב-?\s*(?:כ-?\s*)?$"
)
# A time inside a subject: "בשנת 2005", "בחודש מאי", "ב-2019".
_TIME_IN = re.compile(r"\s+ב(?:שנת\s+\S+|חודש\s+\S+|רבעון\s+\S+|-\d{4})(?=\s)")
# A rate's lead, and the change noun (with its complement "במספר התאונות") it is the rate of.
_RATE_LEAD = re.compile(r"בקצב\s+של\s+(?:כ-?\s*)?$")
_CHANGE_NOUN = re.compile(
    r"(?<![\u05d0-\u05ea])(?:ה|ל|ב)?(?:ירידה|עלייה|עליה|גידול|צמיחה|האטה|התייקרות|הוזלה|ירידת|עליית)"
    r"(?:\s+ב(?:מספר|היקף|שיעור|מחירי|מחיר)(?:\s+[\u05d0-\u05ea]+){1,2})?"
)


def he_verb_first(facts: list[Fact], text: str) -> None:
    """Give a Hebrew figure the subject its verb of change or comparative adjective has, or the change its rate
    is of (see the module docstring), when what it counts lacks it."""
    for f in facts:
        n = f.number
        counts = f.counts or ""
        # (a sum or a measure only when the other readers kept the verb or the step's "ב-": "הגיע שכר המינימום
        # ל-2,100 שקל" read as "הגיע שכר המינימום")
        verb_kept = bool(counts) and re.fullmatch(_CHANGE_VERBS, counts.split()[0]) is not None
        verb_kept = verb_kept or re.search(r"\s[לב]-?$", counts) is not None  # (or its "ב-": "מחיר הלחם ב-")
        if n is None or (f.unit not in ("percent", None) and not verb_kept):
            continue
        before = _ASIDE.sub(" ", text[: n.start])
        if _RATE_LEAD.search(before) and (not counts or counts.strip() in ("בקצב", "קצב")):
            changes = list(_CHANGE_NOUN.finditer(before))
            if changes:
                f.counts = re.sub(r"^[לב](?=ה)", "", changes[-1].group(0))  # "לאחר עלייה": the change
            continue
        verb_first = _VERB_FIRST.search(before)
        if verb_first:
            subject = verb_first.group(1).split()
            # (or the other readers kept the adverb before it: "עלתה היום מניית X ב-4%" read as "היום מניית X")
            # (or left the level's "ל-" dangling after it: "שיעור האבטלה ל-")
            if (
                subject[0] not in counts.split()
                or re.match(_DAY, counts)
                or re.search(r"\s[לב]-?$", counts)
                or re.fullmatch(_CHANGE_VERBS, counts.split()[0]) is not None  # "הגיעה האינפלציה": the verb kept
            ):
                f.counts = " ".join(subject)
            continue
        compared = _COMPARED.search(_TIME_IN.sub("", before))
        if compared and counts.strip() in ("", "גבוה", "גבוהה", "גבוהים", "נמוך", "נמוכה", "נמוכים"):
            subject = compared.group(1).strip()
            if subject and not re.search(r"\d", subject) and len(subject.split()) <= 6:
                f.counts = subject
