"""Hebrew time adjuncts inside the clause before a figure ("הבנקים הרוויחו | במחצית הראשונה של השנה | 15 מיליארד",
"הרוויחה | ברבעון השלישי | 40 מיליון", "| בשנה שעברה | הרוויחה החברה"): they say when, never what the figure counts,
and the words a figure's clause is read back from skip them. A span of months is one adjunct ("גדלו | בינואר עד
מאי השנה | ב-500 מיליון"): its far end read alone was taken for what the figure counts."""

from __future__ import annotations

import re

_PERIOD = (
    r"(?:רבעון|שנה|שנת|שנים|שנתיים|חודש|חודשים|חודשיים|שבוע|שבועות|שבועיים|מחצית|חציון|תקופה|תקופת|עשור|יום|ימים|"
    r"ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)"
)
_PLACE_IN_TIME = (
    r"(?:שעבר|שעברה|שעברו|הקודם|הקודמת|האחרון|האחרונה|האחרונים|האחרונות|הראשון|הראשונה|השני|השנייה|השניה|"
    r"השלישי|השלישית|הרביעי|הרביעית|הנוכחי|הנוכחית|הבא|הבאה|החולף|החולפת|המקביל|המקבילה|הזה|הזו|הזאת|"
    # ("וב-12 החודשים שלפניהם": the span before the one just told)
    r"שלפניהם|שלפניהן|שלפניו|שלפניה|שקדמו)"
)
# The far end of a span of months after the first: "בינואר עד מאי", "בינואר-מאי", "בינואר עד יוני השנה".
_MONTHS = r"(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)"
_SPAN_END = rf"(?:(?:\s*[-–]\s*|\s+ו?עד\s+(?:ל-?)?|\s+ו?ל-?){_MONTHS}(?=\s|$))?"
_HE_TIME = re.compile(
    rf"(?<!\S)ו?ב-?ה?{_PERIOD}{_SPAN_END}(?:\s+{_PLACE_IN_TIME}){{0,2}}(?:\s+של\s+(?:השנה|שנת\s+\d{{4}}|\d{{4}})(?:\s+{_PLACE_IN_TIME})?)?"
    r"(?=\s|$)|(?<!\S)(?:אשתקד|השנה|החודש|השבוע)(?=\s|$)"
    # (a counted span: "ב-12 החודשים האחרונים", "וב-12 החודשים שלפניהם")
    rf"|(?<!\S)ו?ב-?\d{{1,3}}\s+ה?{_PERIOD}(?:\s+{_PLACE_IN_TIME})(?=\s|$)"
)


def he_without_time(clause: str) -> str:
    """`clause` less its Hebrew time adjuncts (a period after "ב" with its place in time, "אשתקד")."""
    return _HE_TIME.sub(" ", clause)
