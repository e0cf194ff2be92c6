"""Hebrew news attributions the speech-verb readers of `quotes.py` do not cover.

* "לדבריו," / "לדבריה," / "לטענתו," / "לדעתה," (in his words, by her claim): a pronoun, whose sex the
  suffix gives, so the quote goes to the last person of that sex named;
* "לדברי X," / "לפי X," / "לטענת X," / "כך לפי X" (according to X): X speaks;
* "נמסר מ-X" / "מ-X נמסר" (it was stated from X, the passive of a body's statement): X speaks;
* "X אמר ל-ynet:", "X אמרה לכאן חדשות:" (said to an outlet): the outlet after ל is whom it was said to,
  the subject before the verb speaks; Hebrew never puts a second subject after the verb.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.he_beside_phrase import beside_after_verb
from briefing_app.core.facts.people_he import (
    _HE_KIN,
    _TIME_WORDS,
    _WORD_PREPOSITIONS,
    HE_ROLE_WORDS,
    HE_SPEECH,
    HE_TITLES,
    _complement_end,
    _he_head_at,
    _name_like,
    adjunct_word,
    he_given,
    he_given_at,
    he_starts_with_given,
    he_unnamed,
    names_a_body,
    opens_adjunct,
    transliterated,
    without_weekday,
)
from briefing_app.core.facts.people_he_base import lone_family_in_he
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.quote_cues import he_name_after_role
from briefing_app.core.facts.quotes_he_cues import (
    definite_subject_then_adjunct,
    named_in_cue,
    pronoun_of_cue,
    reported_subject,
)
from briefing_app.core.facts.quotes_he_short import he_short_said
from briefing_app.core.facts.quotes_he_words_were import words_were
from briefing_app.core.facts.reporting_verbs import HE_THEY_SAID

_ADVERBS = "|".join(sorted(_TIME_WORDS))
_GERSHAYIM = r"(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])"  # inside an acronym: עו"ד, צה"ל

# A body's name in quote marks, perhaps after its kind: 'מ"נגה"', "בתנועת 'הצבעים הכחולים'" (the marks around a
# name, never the speech's: no comma, full stop or colon inside, three words at most).
_QUOTED_NAME = r"(?:[^\s,.:\"'„“״׳]+\s+)?[\"'“״׳][^\s\"'“”„״׳,.:](?:[^\"'“”„״׳,.:\s]|\s(?=\S)){1,30}[\"'”״׳]"

_QUOTED_NAME_WHOLE = re.compile(_QUOTED_NAME)


def _unquoted(body: str) -> str:
    """A body named in quote marks, without them ("תנועת 'X Y'" is תנועת X Y, '"נגה"' is נגה); else as it is."""
    if _QUOTED_NAME_WHOLE.fullmatch(body) is None:
        return body
    return re.sub(r"[\"'“”״׳](?=\S*$)|(?<=\s)[\"'“״׳]|^[\"'“״׳]", "", body)


# "נמסר מ-X", "נמסר מהמשטרה", "מסר ממשרד": a passive statement and the body it came from; and the statement it
# was said in, named by its issuer: '"...", נאמר בהודעת המשטרה', '"...", נמסר בהודעה מטעם המועצה' (said in the
# police's statement): the issuer speaks, never the person named last.
_PASSIVE_FROM = re.compile(
    r"^\s*[,.]?\s*(?:כך\s+)?(?:נמסר(?:ה)?\s+(?:היום\s+|הערב\s+|אמש\s+)?(?:מטעם\s+|מ-?)|"
    r"(?:נמסר|נאמר|נכתב)(?:ה)?\s+(?:היום\s+|הערב\s+|אמש\s+)?(?:בהודעת\s+|בהודעה\s+(?:של|מטעם)\s+))"
    r"([^.,:\"„“״]{2,50})"
)  # ("נמסר מטעם המשטרה": on behalf of the police)
_PASSIVE_THEN_FROM = re.compile(
    r"(?:^|[\s,])נמסר(?:ה)?(?:\s+(?:היום|הערב|אמש|בתגובה))*\s+(?:מטעם\s+|מ-?)([^.,:\"„“״\s][^.,:\"„“״]{1,50}?)\s*:?\s*$"
)
# The outlet told, one word after ל ("ל'עיתוננו'", "ל-ynet"), and a reported clause after כי that a colon closes
# before the quote ("מהחברה נמסר כי המבנה אינו שלה, ואין לה קשר לעבודות:"): the body's words go on in the quote.
# (not when a verb of saying in that clause names someone else's words: "נמסר כי החשוד אמר לחוקרים:")
_OUTLET = r"ל-?['\"״׳]?[^\s,.:\"„“״']+['\"״׳]?"
_REPORTED_THEN_COLON = rf"(?:כי|ש)\s+(?!(?:[^\"„“״:]*?\s)?{HE_SPEECH})[^\"„“״:]{{2,120}}?\s*(?=:)"
_FROM_THEN_PASSIVE = re.compile(
    rf"(?:^|[\s,])מ-?({_QUOTED_NAME}|[^.,:\"„“״\s](?:[^.,:\"„“״]|{_GERSHAYIM}){{1,50}}?)\s+נמסר(?:ה)?"
    rf"(?:\s+(?:היום|הערב|אמש|בתגובה|בהודעה|בתחילה|{_OUTLET}))*\s*(?:(?:כי|ש)\s*|{_REPORTED_THEN_COLON})?:?\s*$"
)  # ("ממשרד האוצר נמסר בתגובה:": in response; 'מצה"ל נמסר:': an acronym's gershayim stay in the body)
# An outlet or a listener after the speech verb: "ל-ynet", "לכאן חדשות", "לחדשות 12", "לכתבנו", "לעיתונאים".
_TO_SOMEONE = re.compile(r"ל-?[^\s]")


def body_of_passive(after: str) -> str | None:
    """'", נמסר מהמשטרה.' after a quote: the body it came from, without the preposition (המשטרה)."""
    m = _PASSIVE_FROM.match(after)
    if m:
        return _own_office(m.group(1).strip().removeprefix("מטעם "))
    return body_they_said("", after)


# His or her office, circle or lawyers ("מלשכתו", "מסביבתה", "ממקורביו"): the person just named speaks.
_OWN_OFFICE = re.compile(r"(?:לשכת|משרד|סביבת|מקורבי|דובר|דוברת|פרקליט|פרקליטי|עורכי דינ|עורך דינ|מטה)(?:ו|ה|יו|יה)")


def _own_office(body: str) -> str:
    return "" if _OWN_OFFICE.fullmatch(body) else body


def body_before_passive(before: str) -> str | None:
    """'מדובר צה"ל נמסר:' or 'נמסר מטעם החברה:' before a quote: the body (דובר צה"ל, החברה)."""
    m = _FROM_THEN_PASSIVE.search(before) or _PASSIVE_THEN_FROM.search(before)
    return _own_office(_unquoted(m.group(1).strip())) if m else None


_AT_BODY_THEY_SAID = re.compile(
    rf"(?:^|[\s,.])ב({_QUOTED_NAME}|(?:[^\s,:\"„“״]|{_GERSHAYIM})+(?:\s+ה\S+){{0,2}})\s+{HE_THEY_SAID}"
    rf"(?:\s+(?:{_ADVERBS}))*\s*(?:כי|ש)?\s*:?\s*$"
)
_THEY_SAID_AT_BODY = re.compile(
    rf"^\s*[,.]?\s*{HE_THEY_SAID}(?:\s+(?:{_ADVERBS}))*\s+ב({_QUOTED_NAME}|(?:[^\s,.:\"]|{_GERSHAYIM})+(?:\s+ה[^\s,.]+){{0,2}})"
)


def he_body_named(phrase: str) -> str:
    """A body named after ב, whose article the preposition swallowed: "משטרה" is המשטרה, "משרד הבריאות" (a
    construct head takes none) and a name the gazetteer has bare (צה"ל) stay as they are."""
    words = phrase.split()
    if len(words) > 1 or lookup(words[0]) is not None or '"' in words[0] or "״" in words[0]:
        return phrase
    return "ה" + phrase


def body_they_said(before: str, after: str) -> str | None:
    """'במשטרה מסרו כי "...' or '"...", אמרו במשרד הבריאות': the body whose people speak; None without."""
    m = _AT_BODY_THEY_SAID.search(before) if before else _THEY_SAID_AT_BODY.match(after)
    if m is None or he_given(m.group(1).split()[0]) or len(m.group(1).split()[0]) < 3:
        return None  # (not "אמרו בני המשפחה": בני is "the sons of", no ב and a body)
    phrase = m.group(1).strip()
    return _unquoted(phrase) if _QUOTED_NAME_WHOLE.fullmatch(phrase) else he_body_named(phrase)


def said_to_someone(words_after_verb: list[str]) -> bool:
    """Whether the words after a speech verb are whom it was said to ("ל-ynet", "לכאן חדשות") and no subject:
    true when the first starts with ל and the clause has a subject before the verb (the caller's check)."""
    return bool(words_after_verb) and _TO_SOMEONE.match(words_after_verb[0]) is not None


_SUBJECT_THEN_ADDRESSEE = re.compile(
    rf"(?:^|[\s,])((?:[^,:\"„“״]|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])){{2,60}}?)\s+{HE_SPEECH}\s+"
    r"(ל-?[^\s,:]+(?:\s+[^\s,:]+){0,2})\s*(?:כי|ש)?\s*:?\s*$"
)


# Whom it was said to, after the verb: "ל-ynet", "לכתבנו", "לכאן חדשות" (up to three words, no comma).
_ADDRESSEE = r"(?:\s+ל-?(?:[\"“„״][^\"“”„״]{1,30}[\"”״]|[^\s,.:\"„“״]+(?:\s+[^\s,.:\"„“״]+){0,2}?))?"
# A name (two or three words), an appositive in commas, then the verb: "X Y, לשעבר ראש המועצה, אמרה כי".
_NAME_APPOSITIVE_VERB = re.compile(
    rf"(?:^|[.!?:]\s+)((?:(?:[^\s,.:\"„“״]|{_GERSHAYIM})+\s+){{0,3}}[^\s,.:\"„“״]+),\s*(?:[^,.:\"„“״]|{_GERSHAYIM}){{2,60}},\s*"
    rf"{HE_SPEECH}(?:\s+(?:{_ADVERBS}))*{_ADDRESSEE}\s*(?:כי|ש)?\s*:?\s*$"
)
# A role or description, the name in commas, then the verb: "אחיו של הנרצח, X Y, אמר:".
_ROLE_NAME_VERB = re.compile(
    rf"(?:^|[.!?:]\s+)((?:[^,.:\"„“״]|{_GERSHAYIM}){{2,60}}),\s*((?:[^,.:\"„“״]|{_GERSHAYIM}){{3,40}}),\s*"
    rf"{HE_SPEECH}(?:\s+(?:{_ADVERBS}))*{_ADDRESSEE}\s*(?:כי|ש)?\s*:?\s*$"
)
# A second verb of one subject: "... ואמר כי", "... והוסיפה:".
# ("... שלחה מכתב ובו כתבה:": and in it she wrote, the clause's subject too)
_AND_SAID = re.compile(rf"(?<![\u05d0-\u05ea])(?:ו|(?:ובו|ובה|ובהם|ושם)\s+){HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$")
# A subject, a relative clause in commas, then the verb: "X, שביקש שלא להזדהות, אמר:", "..., מסרה בתגובה:".
_SUBJECT_RELATIVE_VERB = re.compile(
    rf"(?:^|[.!?:]\s+)((?:[^,.:\"„“״]|{_GERSHAYIM}){{3,40}}),\s*ש(?:[^,.:\"„“״]|{_GERSHAYIM}){{2,60}},\s*{HE_SPEECH}"
    rf"(?:\s+(?:{_ADVERBS}))*{_ADDRESSEE}"
    r"\s*(?:כי|ש)?\s*:?\s*$"
)
# The verb, then its subject (one to four words), then כי: "אמר דופון כי", "הוסיף היום השר כי".
# (the quote may take up the clause after a subject of its own: 'אמר X כי הממשלה "הפקירה את הצפון"')
_VERB_SUBJECT_KI = re.compile(
    rf"(?<![\u05d0-\u05ea]){HE_SPEECH}\s+((?:[^\s,:\"„“״]+\s+){{1,6}})כי(?:\s+[^\s,:\"„“״]+){{0,2}}\s*:?\s*$"
)
# The same with a longer that-clause before the quote, which ends it: 'אמר השר כי השנה נקטפו 6 טון תפוזים "..."'
# (the words reported, then the speaker's own; not when the clause has a verb of saying of its own: "אמר X כי Y
# סיפר לו "..."", Y's words).
_VERB_SUBJECT_LONG_KI = re.compile(
    rf"(?<![\u05d0-\u05ea]){HE_SPEECH}\s+((?:[^\s,:\"„“״]+\s+){{1,6}})כי((?:\s+[^\s:\"„“״]+){{3,40}})\s*$"
)


def _reported_then_quote(before: str) -> re.Match[str] | None:
    """'אמר השר כי <clause> "...': the verb and its subject before a long that-clause with no verb of saying of
    its own, whose end the quote takes up."""
    m = _VERB_SUBJECT_LONG_KI.search(before)
    if m is None or any(re.fullmatch(HE_SPEECH, w.strip(",")) for w in m.group(2).split()):
        return None
    return m


# Later in his words, at the end of her speech: "בהמשך דבריו הוסיף:", "בסיום נאומה אמרה:".
_IN_HIS_WORDS = (
    r"(?:בהמשך|בסיום|בתחילת|בסוף|במהלך)\s+(?:דבריו|דבריה|דבריהם|נאומו|נאומה|הראיון|השיחה|הנאום|ההודעה|המכתב)"
)
# How long after: "שנים", "כמה שעות", "יום", "מספר ימים" (before "אחר כך", "לאחר מכן", "מאוחר יותר").
_SPAN_OF_TIME = (
    r"(?:(?:(?:כמה|מספר|שלוש|ארבע|חמש)\s+)?(?:דקות|שעות|ימים|שבועות|חודשים|שנים)|"
    r"(?:דקה|שעה|יום|שבוע|חודש|שנה|יומיים|שבועיים|חודשיים|שנתיים)(?:\s+(?:אחת|אחד))?)"
)
# A time adverb of narrative opening the clause, then the verb: "לימים סיפר כי", "בדיעבד הודה:", "מאוחר יותר
# כתב:". No subject is written: the verb's person is the one just named.
_ADVERB_THEN_VERB = re.compile(
    rf"(?:^|[.!?,;]\s*)(?:(?:אך|אבל|אולם|ואולם|ואז)\s+)?(?:מיד\s+)?"  # ("..., אך מיד לאחר מכן אמר:": but at once)
    rf"(?:ו?(?:לימים|בדיעבד|(?:{_SPAN_OF_TIME}\s+)?(?:אחר\s+כך|מאוחר\s+יותר|לאחר\s+מכן)|{_IN_HIS_WORDS}|בהמשך|אז|פעם|"
    rf"בעבר|כיום|לבסוף|עוד|מיד|ש?(?:בו|בה|בהם|בהן)))\s+{HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$"
)  # ("לדבריו בכנס, בהם אמר כי": "in which he said", a relative of the words just named; no name "בהם")


# Where one said it, with one's own possessive, then a singular verb: "בצוואתו כתב כי", "ובנאומה אמרה:" (not
# "במשטרה מסרו": at a body, they said).
_WHERE_THEN_VERB = re.compile(
    rf"(?:^|[.!?,;]\s*)(ו?ב[\u05d0-\u05ea]{{3,}}(?:ו|ה|יו|יה))\s+({HE_SPEECH})\s*(?:כי|ש)?\s*:?\s*$"
)


# "בהודעת המשטרה נמסר:", "בתגובת משרד הבריאות נאמר כי": a body's statement, in the construct state, speaks.
_STATEMENT_OF = re.compile(
    r"(?:^|[\s,.])ו?ב(?:הודעת|הצהרת|תגובת|מכתב|עדכון|פרסום)\s+((?:[^\s,:\"„“״]|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea]))+"
    r"(?:\s+[^\s,:\"„“״]+){0,2}?)\s+(?:נמסר|נמסרה|נכתב|נאמר|הובהר|צוין)\s*(?:כי|ש)?\s*:?\s*$"
)


# The passive verb first, then the statement of a body: "עוד נכתב בהודעת המפלגה:", "נמסר בתגובת המשטרה כי".
_PASSIVE_THEN_STATEMENT = re.compile(
    r"(?:^|[\s,.])(?:ו?עוד\s+)?(?:נמסר|נמסרה|נכתב|נאמר|הובהר|צוין)\s+(?:גם\s+)?ב(?:הודעת|הצהרת|תגובת|מכתב|עדכון)\s+"
    rf"((?:[^\s,:\"„“״]|{_GERSHAYIM})+(?:\s+(?:[^\s,:\"„“״]|{_GERSHAYIM})+){{0,2}}?)\s*(?:כי|ש)?\s*:?\s*$"
)


# A statement one issued, then its passive verb: "בהודעה שפרסם משרד הבריאות נאמר:", "במכתב ששלחה X נכתב כי".
_STATEMENT_ISSUED = re.compile(
    r"(?:^|[\s,.])ו?ב(?:הודעה|הצהרה|תגובה|מכתב|פוסט|ציוץ|דו[\"\u05f4]ח|מסמך|עדכון)\s+ש(?:פרסם|פרסמה|פרסמו|הוציא|הוציאה|"
    r"הוציאו|שלח|שלחה|שלחו|ששלח|העביר|העבירה|העבירו|מסר|מסרה|מסרו|הפיץ|הפיצה|הפיצו)\s+"
    rf"((?:[^\s,:\"„“״]|{_GERSHAYIM})+(?:\s+(?:[^\s,:\"„“״]|{_GERSHAYIM})+){{0,4}}?)"
    r"(?:\s+(?:היום|הערב|אמש|הבוקר|אתמול|הלילה))?\s+(?:נאמר|נמסר|נכתב|צוין|הובהר|הודגש|נטען)\s*(?:כי|ש)?\s*:?\s*$"
)
# A document and its passive verb with no issuer named: "בדו"ח נכתב כי", "בהודעה נמסר:" (the one just named).
_DOCUMENT_PASSIVE = re.compile(
    r"(?:^|[.!?,;]\s*)ו?ב(?:הודעה|הצהרה|מכתב|פוסט|ציוץ|דו[\"\u05f4]ח|מסמך|פסק\s+הדין|החלטה|הכרעת\s+הדין)\s+"
    r"(?:נאמר|נמסר|נכתב|צוין|הובהר|נקבע)\s*(?:כי|ש)?\s*:?\s*$"
)  # ("בפסק הדין נכתב כי": a ruling, its court)
# "Further" and a passive verb of a statement, no issuer named: "עוד נמסר:", "עוד נכתב בהודעה כי" (the statement
# quoted just before goes on; quotes_he_further gives its speaker).
_FURTHER_PASSIVE = re.compile(
    r"(?:^|[.!?,;]\s*)ו?עוד\s+(?:נמסר|נמסרה|נכתב|נאמר|צוין|הובהר|הודגש|נוסף)"
    r"(?:\s+(?:גם\s+)?ב(?:הודעה|תגובה|מכתב|פוסט|ציוץ|הצהרה|מסמך))?\s*(?:כי|ש)?\s*:?\s*$"
)
# People of a body said, and from which body: "בתגובה מסרו ממשרד ראש הממשלה:", "אמרו מהמשטרה כי".
_THEY_SAID_FROM = re.compile(
    rf"(?:^|[\s,.]){HE_THEY_SAID}(?:\s+(?:{_ADVERBS}))*\s+מ-?((?:[^\s,:\"„“״]|{_GERSHAYIM})+(?:\s+[^\s,:\"„“״]+){{0,3}}?)"
    r"\s*(?:כי|ש)?\s*:?\s*$"
)


# A habit of saying: "הוא נהג לומר:", "X אהבה לומר כי" (used to say, liked to say), its subject before it.
_USED_TO_SAY = re.compile(
    r"(?:^|[.!?,;:]\s*)((?:[^\s,.:\"„“״]+\s+){0,5}?)(?:נהג|נהגה|נהגו|אהב|אהבה|אהבו|הרבה|הרבו)\s+"
    # (and whom to: "נהג לומר לתלמידיו:", "נהגה לספר לנכדיה")
    r"(?:לומר|להגיד|לכתוב|לציין|לספר|לחזור\s+ולומר)(?:\s+ל[\u05d0-\u05ea]+(?:ו|יו|ה|יה|ם|יהם|הם|ן))?"
    r"\s*(?:כי|ש)?\s*:?\s*$"
)
# A verb of saying, then only "once" or "more than once" before the colon: "על כך אמר פעם:" (the one named).
_SAID_ONCE = re.compile(rf"(?<![\u05d0-\u05ea]){HE_SPEECH}\s+(?:פעם|פעמים|לא\s+פעם|פעם\s+אחת)\s*(?:כי|ש)?\s*:?\s*$")


def _habit_subject(before: str) -> str | None:
    """The one who "used to say" (נהג לומר): a pronoun, a name or title before it, or "" for the person just
    named; None when no such habit introduces the quote."""
    m = _USED_TO_SAY.search(before)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in _TIME_WORDS and w not in ("פעם", "תמיד", "לעתים", "לעיתים")]
    if not words:
        return ""
    if words[0] in ("הוא", "היא", "הם", "הן"):
        return words[0]
    return he_name_after_role(words)


# Prepositions of what something is said about ("אמר על החוק כי", "הוסיף לגבי התקציב כי").
_ABOUT = {"על", "עליו", "עליה", "עליהם", "לגבי", "אודות", "בנוגע", "בעניין", "בנושא"}


def he_cue_before(before: str) -> str | None:
    """The speaker a Hebrew cue right before a quote names (a pronoun for "לדבריה"), None with no cue."""
    before = without_weekday(before)
    habit = _habit_subject(before)
    if habit is not None:
        return habit  # "הוא נהג לומר:": he
    if _SAID_ONCE.search(before):
        return he_verb_pronoun(before)  # "על כך אמר פעם:": the person just named (of the verb's sex)
    m = _STATEMENT_OF.search(before) or _STATEMENT_ISSUED.search(before) or _THEY_SAID_FROM.search(before)
    m = m or _PASSIVE_THEN_STATEMENT.search(before)
    if m:
        # "בהודעת המשטרה נמסר:", "בהודעה שפרסמה המשטרה נמסר כי", "מסרו ממשרד הבריאות:": the body
        return _own_office(m.group(1).strip())
    if _DOCUMENT_PASSIVE.search(before) or _FURTHER_PASSIVE.search(before):
        return ""  # 'בדו"ח נכתב כי': the document of the one just named; "עוד נמסר:": the statement goes on
    m = _NAME_APPOSITIVE_VERB.search(before)
    alone = m is not None and " " not in m.group(1).strip()  # "ענבל, בת 34 מחיפה, סיפרה:": a given name alone
    if m and alone and he_given(m.group(1).strip()):
        return m.group(1).strip()
    kin = m is not None and m.group(1).split()[1:2] == ["של"]  # "אביה של ההרוגה, X Y, אמר:": her father, not Aviya
    if m and not alone and not kin and (he_starts_with_given(m.group(1)) or transliterated(m.group(1).split()[0])):
        # "דנה פרידמן, לשעבר ראש המועצה, אמרה כי": the name before the appositive ('עו"ד דנה פרידמן, ...': a
        # title before it is no part of the name)
        return he_name_after_role(m.group(1).split()) if len(m.group(1).split()) > 2 else m.group(1).strip()
    m = _ROLE_NAME_VERB.search(before)
    if m and len(m.group(2).split()) <= 3 and (he_starts_with_given(m.group(2)) or transliterated(m.group(2))):
        return m.group(2).strip()  # "המועמד לראשות העיר, אבי מרציאנו, אמר:": the name in the commas
    pronoun = pronoun_of_cue(before)
    if pronoun is not None:
        return pronoun
    if _ADVERB_THEN_VERB.search(before):
        return he_verb_pronoun(before)  # "לימים סיפר כי": a time adverb, then the verb; the person just named
    m = _WHERE_THEN_VERB.search(before)
    where = m.group(1).removeprefix("ו") if m else ""
    # (a plural of the past in ו or of the present in ים/ות: "בעירייה אומרים:" is the body's people, no "her")
    singular = m is not None and not m.group(2).endswith(("ו", "ים", "ות"))
    if m and singular and where not in _HE_KIN and adjunct_word(where) and not names_a_body(where[1:]):
        return he_verb_pronoun(before)  # "בצוואתו כתב כי", "בנאומה אמרה:": where the person just named said it
    named = named_in_cue(before)
    if named is not None:
        return named
    body = body_before_passive(before)  # ("" for "מלשכתו נמסר:", his office: the person just named)
    body = body_they_said(before, "") if body is None else body
    if body is not None:
        return body
    if _AND_SAID.search(before):
        # "X הציג את התקציב ואמר כי": the clause's subject speaks: a title or a name that opens the sentence
        # ("ראש הממשלה התייחס לדברים ואמר:"), else the person just named
        sentence = re.split(r"[.!?]\s+", before)[-1]
        clause = re.split(r"[,;]", sentence)[-1].split()  # "אחרי יום נוסף, הופיע השר X בטלוויזיה וטען:"
        pronoun = clause[0] if clause and clause[0] in ("הוא", "היא", "הם", "הן") else ""
        joined = clause[0][1:] if clause and clause[0][:1] == "ו" and len(clause) > 1 else ""
        if joined and (joined in hebrew_family_names() or he_given(joined)) and verb_in_he(clause[1]):
            return joined  # '"A", ולזימי התפרצה לדבריו והשיבה:': a new subject joined by "and", not the opening one
        # ("לסיום, הוא ביקר את ראש הממשלה X והצהיר:": the pronoun opening the clause, never the verb's object)
        return sentence_subject(sentence.split()) or pronoun or sentence_subject(clause) or sentence_subject(clause[1:])
    m = _SUBJECT_RELATIVE_VERB.search(before)
    if m:
        return m.group(1).strip()  # "תושבת הסביבה, שביקשה שלא להזדהות, אמרה:": the subject before the clause
    beside = beside_after_verb(before)
    if beside is not None:
        # he_beside_phrase: "ואמר לצד שר האוצר X כי": the companion named after the verb does not speak
        sentence, joined = beside
        clause = [w for w in re.split(r"[,;]", sentence)[-1].split() if w not in _TIME_WORDS]
        if joined:
            return sentence_subject(sentence.split()) or sentence_subject(clause) or ""
        return he_name_after_role(clause[-5:]) if clause else he_verb_pronoun(before)
    m = _VERB_SUBJECT_KI.search(before) or _reported_then_quote(before)
    if m:
        words = [w for w in m.group(1).split() if w not in _TIME_WORDS]
        about = bool(words) and words[0] in _ABOUT  # "אמר על החוק כי": what was spoken of, no subject after the verb
        if (
            words
            and not about
            and not adjunct_word(words[0])
            and words[0] not in ("כי", "ש")
            and not definite_subject_then_adjunct(before[: m.start()], m.group(1))
        ):  # ("המבקר ציין בדוח כי": where the role said it, though "בדוח" also spells a family name)
            return he_name_after_role(words)  # "אמר דופון כי": the subject between the verb and כי
    m = _SUBJECT_THEN_ADDRESSEE.search(before)
    if m and said_to_someone(m.group(2).split()):
        subject = he_name_after_role(m.group(1).split()[-5:])
        if subject and (he_starts_with_given(subject) or subject.split()[0] in ("הוא", "היא", "הם")):
            return subject  # "X אמרה ל-ynet:": X; "אמר לוי:" has no subject before the verb and stays
        if _bare_subject(m.group(1).split()):
            # "נתניהו הגיב לבנט:" (a headline): a family name alone before the verb is its subject; the one
            # after ל is whom he answered, never the speaker
            return m.group(1).strip()
    return None


def _bare_subject(words: list[str]) -> bool:
    """One word that opens the clause before a verb of saying and can be a family name: no time, pronoun,
    function word or phrase of a preposition ("אתמול", "בתגובה")."""
    if len(words) != 1:
        return False
    w = words[0]
    return (
        _name_like(w) and len(w) >= 3 and w not in _TIME_WORDS and not adjunct_word(w)
        and w not in ("הוא", "היא", "הם", "הן", "עוד", "כך", "גם", "אך", "אבל", "ואז", "אז", "לדבריו", "לדבריה")
        and w[:1] not in "וש"
    )  # fmt: skip


_MASCULINE_IN_HE = {"הודה", "ענה"}  # past verbs of a man that end in ה (admitted, answered)


def he_verb_pronoun(before: str) -> str:
    """The pronoun a Hebrew verb of saying that closes `before` stands for, by its ending: "היא" for a woman
    ("אמרה", "סיפרה", "אומרת"), "הוא" for a man ("אמר", "הודה"), "" for a plural or no verb. Hebrew drops the
    subject pronoun, so the verb's person says whom of those just named it speaks for."""
    m = _CLOSING_SAID.search(before)
    if m is None:
        return ""
    verb = m.group(1)
    if verb.endswith(("ו", "ים", "ות")):
        return ""
    return "היא" if verb.endswith(("ה", "ת")) and verb not in _MASCULINE_IN_HE else "הוא"


def he_plural_said(before: str) -> bool:
    """Whether a plural verb of saying closes `before` ("בעצומה כתבו כי", "עוד הוסיפו:"): when no subject is named
    before it, many spoke (a group, a body's people), never the one person the article named last."""
    m = _CLOSING_SAID.search(before)
    return m is not None and m.group(1).endswith(("ו", "ים", "ות"))


# A verb of saying closing the words before a quote, adverbs, "כי" or "ש" and a colon after it allowed.
_CLOSING_SAID = re.compile(rf"({HE_SPEECH})(?:\s+(?:{_ADVERBS}|פעם|כי|ש))*\s*:?\s*$")


def he_first_of_joined(subject: list[str], verb_on: str) -> list[str]:
    """The first of two people joined by "and" as the subject of a plural verb ("השר X Y וסגנית השר Z W
    מסרו:"): the words before "and" and the second one's title or given name, which name the first speaker; the
    subject as it is otherwise."""
    verb = verb_on.split()[0].rstrip(":,.") if verb_on.split() else ""  # ("סיפרו:": the colon after the verb)
    if not verb.endswith("ו"):
        return subject
    for k in range(1, len(subject)):
        w = subject[k]
        if (
            w[:1] == "ו"
            and len(w) > 2
            and (_he_head_at([w[1:]], 0) or he_given(w[1:]))
            # (or two name words right before "and", a given name no list holds: 'X Y וחובש ... Z W סיפרו:')
            and (any(map(he_given, subject[:k])) or _he_head_at([w[1:]], 0) and _named_pair(subject[:k]))
        ):
            return subject[:k]
    return subject


# A comma, then a plural verb of saying that closes the clause (the colon or "כי" after it): the subject stands
# whole before the comma ('X Y ו-Z W, סיפרו:'), or before a description of the two in commas ('X Y ו-Z W, חברי
# הוועד, אמרו:').
_COMMA_THEN_PLURAL_SAID = re.compile(rf",\s*({HE_SPEECH})\s*(?:כי|ש)?\s*:?\s*$")


def he_joined_before_comma(before: str) -> list[str] | None:
    """The first of two people joined by "and" whose plural verb of saying follows a comma: the words of the last
    comma part before the verb (or of the part before it, when the last one names no one: a description of the
    two) up to "and"; None when no such pair stands there (the verb's subject is then read as before)."""
    m = _COMMA_THEN_PLURAL_SAID.search(before)
    if m is None or not m.group(1).endswith("ו"):
        return None
    parts = [p.split() for p in before[: m.start()].split(",") if p.strip()]
    if len(parts) >= 2 and not any(he_given(w) for w in parts[-1]):
        parts = parts[:-1]  # ('..., חברי הוועד,': who the two are, then the verb)
    if not parts:
        return None
    first = he_first_of_joined(parts[-1], m.group(1))
    if "את" in first or "עם" in first or re.fullmatch(r"(?:ו|כ)?ש[\u05d0-\u05ea]{2,}ו", first[0]):
        return None  # ('התושבים, שפגשו את X Y ו-Z W, סיפרו:': the two are whom they met; the subject is before)
    return first if len(first) < len(parts[-1]) else None


def _named_pair(words: list[str]) -> bool:
    """Whether the last two of `words` are shaped as a given and a family name (no acronym, title or article)."""
    return len(words) >= 2 and all(_name_like(w) and "\"" not in w and not _he_head_at([w], 0) for w in words[-2:])


def he_adjunct_clause(words: list[str]) -> bool:
    """Whether the words before a speech verb are only an adjunct: a preposition's phrase ("בראיון לעיתון",
    "על החוויה", "במכתב לחבריו") or a time, naming nobody (no known given name, foreign given name or title):
    Hebrew drops the subject pronoun, so the person just named speaks."""
    words = [w.strip(",.") for w in words if w.strip(",.")]
    if not words or not (words[0] in _WORD_PREPOSITIONS or words[0] in _TIME_WORDS or adjunct_word(words[0])):
        return False
    # (a possessive after the noun, "בנאום הבחירה שלו", is no given name, though שלו also spells one)
    return not any(
        (he_given(w) and not (k > 0 and w in _POSSESSIVES)) or transliterated(w) or _he_head_at(words, k)
        for k, w in enumerate(words)
    )


_POSSESSIVES = {"שלו", "שלה", "שלהם", "שלהן"}


def he_and_verb_subject(before: str) -> str | None:
    """The subject of a clause that is only a verb glued to "and" before a colon ("מאות אחיות חתמו על
    עצומה, ופירטו:"): the noun phrase that opens the sentence, up to its first verb (a plural verb for a plural
    one: -ו); "" for the person just named when none can be read; None when the clause is no such verb."""
    clause = [p for p in re.split(r"[,;]", before.rstrip(" :")) if p.strip()][-1:]
    words = clause[0].split() if clause else []
    if len(words) != 1 or words[0][:1] != "ו" or len(words[0]) < 4 or he_given(words[0][1:]):
        return None
    sentence = re.split(r"[.!?]\s+", before)[-1].split()
    while sentence and sentence[0] in ("גם", "אף", "ואילו", "אולם"):
        sentence = sentence[1:]
    plural = words[0].endswith("ו")
    subject: list[str] = []
    for w in sentence:
        if re.fullmatch(HE_SPEECH, w) or (plural and w.endswith("ו") and len(w) >= 4) or w in (",", "כי"):
            break
        subject.append(w)
    if plural and 1 <= len(subject) <= 6 and (subject[0][:1] not in "בלמכ" or he_unnamed(subject)):
        return " ".join(subject)
    return sentence_subject(sentence) or ""


# Focus words before a sentence's subject: also, and also, even, whereas.
_ALSO = {"גם", "וגם", "אף", "ואף", "ואילו"}


def sentence_subject(words: list[str]) -> str:
    """The title (and the name after it) or the known given name and family name that open a sentence (or,
    called with the words after a clause's first verb, the subject of a verb-first clause: "הופיע שר האוצר
    בטלוויזיה וטען"); "" when it opens otherwise."""
    words = [w.strip(",") for w in words if w.strip(",")]  # ('מנכ"לית המשרד, X Y, ...': the name in commas)
    while len(words) > 2 and words[0] in _ALSO:
        words = words[1:]  # ('גם ח"כ X Y תקפה את ...': "also" before the subject, no word of it)
    n = _he_head_at(words, 0)
    if n:
        k = _complement_end(words, n)
        for at in range(n, k + 1):
            if at + 1 < len(words) and he_given(words[at]) and _name_like(words[at + 1]):
                return f"{words[at]} {words[at + 1]}"
        for at in range(n, min(n + 6, len(words) - 2)):
            # 'מפקד מרחב X, נצ"מ Y Z, שיבח ... ואמר': the office, then a rank or title and the name it holds
            if words[at] in HE_TITLES and he_given(words[at + 1]) and _name_like(words[at + 2]):
                return f"{words[at + 1]} {words[at + 2]}"
        # the title alone: a two-word one whole ("ראש הממשלה"), else its head and one complement word ("שר
        # האוצר"), as a verb of the הִפְעִיל or הִתְפַּעֵל pattern starts with ה too ("התייחס", "הודיע")
        if n == 1 and words[0].startswith("ה"):
            return ""  # "השרה הציגה ... ואמרה": the minister just named (a definite head is in no construct)
        return " ".join(words[: n if n == 2 else min(k, n + 1)])
    if len(words) > 1 and he_given(words[0]) and _name_like(words[1]):
        return f"{words[0]} {words[1]}"
    return ""


_VERB_THEN_KI = re.compile(rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}{_ADDRESSEE}(?:\s+[^\s\"“„״]+){{0,3}}\s+כי\s*[\"“„״]?$")


_SPLIT_QUOTE = re.compile(
    rf"[\"”“״]\s*,\s*(?:(?:הוא|היא|הם|הן)\s+)?{HE_SPEECH}(?:\s+[^\s\"“”„״,.:]+){{0,4}}\s*,\s*[\"“„״]?$"
)  # ('"...", אמר טל, "ונמשיך".': the speaker may be named between the halves)


# A quote, its attribution after the comma ('"...", אמר X'), the sentence's end, then the next opening mark.
_QUOTE_GOES_ON = re.compile(
    rf"[\"”“״]\s*,\s*(?:כך\s+)?{HE_SPEECH}(?:[^\"“”„״.!?]|{_GERSHAYIM}){{0,80}}[.!?]\s*[\"“„״]$"
)  # (an acronym in the attribution keeps its gershayim: 'אמר יו"ר הוועד, X Y. "..."')


def he_short_quote_said(text: str, start: int, end: int) -> bool:
    """Whether a short quote (two or three words) is speech, not a term in quote marks: a Hebrew speech verb
    follows the closing mark and its comma ('”, אמר', '", הוסיפה'), or introduces it with a colon or כי
    ('אמרה: "', 'מסר לעובדים כי "') and the quote closes the sentence."""
    if re.match(rf".\s*,\s*(?:(?:הוא|היא|הם|הן|כך)\s+|ו)?{HE_SPEECH}", text[end:]) is not None:  # ', היא אומרת
        return True
    if he_short_said(text, start, end):
        return True  # quotes_he_short: '"...", נמסר מהמשטרה', 'השרה X Y: "..."'
    if words_were(text[:start]) and re.match(r".\s*(?:[.!?]|$)", text[end:]):
        return True  # quotes_he_words_were: 'מילותיו האחרונות של X היו "..."': someone's words, quoted
    if not re.match(r".\s*(?:[.!?]|$)", text[end:]):
        return False  # 'אמר כי "חץ ירוק" תוצג מחר': a name in quote marks inside the clause, no speech
    if _QUOTE_GOES_ON.search(text[:start]) and re.match(r".\s*(?:[.!?]|$)", text[end:]):
        return True  # '"...", אמר השר. "לא נהסס".': the quote goes on in the sentence after its attribution
    if _SPLIT_QUOTE.search(text[:start]):
        return True  # '"...", היא אומרת, "והפיצויים מתעכבים".': the second half of a split quote
    cue = text[:start].rstrip(' "“„״')
    if re.search(r",\s*$", cue) and (pronoun_of_cue(cue) is not None or named_in_cue(cue) is not None):
        return True  # 'לדבריו, "הציבור זכאי לתשובות".': an attribution cue and a comma, then the sentence
    return (
        re.search(rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}(?:\s+(?:{_ADVERBS}))*{_ADDRESSEE}\s*:\s*[\"“„״]?$", text[:start])
        is not None
        # 'אמר בטקס:', 'אמרה השרה בכנס:': the verb, its subject or a place (up to four words), the colon
        or re.search(rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}(?:\s+[^\s\"“”„״:,.]+){{1,4}}\s*:\s*[\"“„״]?$", text[:start])
        is not None
        or _VERB_THEN_KI.search(text[:start]) is not None
        or reported_subject(text[:start])
    )


_PARTICLES = {"אבו", "אבן", "בן", "בר", "בת", "אל", "דה", "ואן", "פון"}
_QUANTIFIERS = {"אחד", "אחת", "אחדים", "חלק", "רבים", "רבות", "כמה", "שניים", "שתיים", "אחרים", "מרבית", "רוב"}


def he_surname_alone(phrase: str) -> str:
    """A speaker named by the family name alone, without the adjunct after it ("גלעדי בכנס" is גלעדי): a word
    that is no given name, title or foreign given name, then one with a preposition (ב ל מ) glued on. A full
    name keeps its family name even when it starts so ("משה לוי")."""
    words = phrase.split()
    while len(words) > 1 and words[0] in _TIME_WORDS:
        words = words[1:]  # '"...", כך אמר הבוקר מפכ"ל המשטרה': the time between the verb and its subject
    while len(words) > 1 and re.match(r"ל[-־\"״'׳]", words[0]):
        words = words[1:]  # '"...", אמר ל-ynet אחד התושבים': the outlet told stands between the verb and the subject
    phrase = " ".join(words)
    if opens_adjunct(words):
        # '"...", כתב ברשת X ראש העיר Y': where it was written, then the subject as a title and a name
        titled = next((k for k in range(1, min(len(words) - 1, 5)) if _he_head_at(words, k)), None)
        return " ".join(words[titled:]) if titled is not None else ""  # ('כתב בעמוד הפייסבוק שלו': the one just named)
    if len(words) > 1 and words[0] in ("בני", "בנות") and words[1].startswith("ה"):
        return " ".join(words[:2])  # "בני המשפחה בסיום ההלוויה": the family members, not the given name בני
    head = _he_head_at(words, 0)
    if head:
        k = next((k for k in range(head, len(words)) if opens_adjunct(words[k:])), len(words))
        if any(he_given(w) or transliterated(w) for w in words[head:k]):
            return phrase  # "ניצב דוד ביטוני": a name after the title, whatever letter it starts with
        return " ".join(words[:k])  # "ראש הממשלה בסיום הסיור": the title, whose holder speaks
    if len(words) < 2 or he_starts_with_given(phrase) or transliterated(words[0]):
        return phrase
    if words[0] in _QUANTIFIERS:
        return phrase  # "אחד מבני המשפחה": one of a group, described
    if words[0].startswith("ה") and not lone_family_in_he(words[0]) or words[0] in _TIME_WORDS:
        return phrase  # a described speaker or a body: "הכלכלן ...", "המשטרה ..." (not a family name in ה)
    if adjunct_word(words[1]) and words[0] not in _PARTICLES:
        return words[0]  # (not "אבו מוחמד": a particle and a given name)
    return phrase


def he_name_in_commas(parts: list[str]) -> str | None:
    """The speaker after a verb when commas split what follows it: a role with no name in it, then the name
    the commas set off ("אמר דובר המשטרה, רב-פקד X Y,": X Y); None when the first part names the speaker
    itself ("טענה עורכת הדין X Y, המייצגת את המשפחות": the second part only describes X Y)."""
    if len(parts) < 2:
        return None
    first, second = parts[0].split(), parts[1].split()
    kin_of = first[0] in _HE_KIN and first[1:2] == ["של"]  # "אמרה אמו של החייל, X Y": his mother, then her name
    # ("סיפר אחד הנוסעים, החייל X Y": one of a group, then the name of the one who spoke)
    one_of = first[0] in ("אחד", "אחת") and len(first) == 2 and first[1][:1] in "המ" and len(first[1]) > 3
    if not first or not second or not (first[0] in HE_ROLE_WORDS or _he_head_at(first, 0) or kin_of or one_of):
        return None
    if one_of and len(second) >= 3 and second[0].startswith("ה") and he_given(second[1]):
        return " ".join(second[1:3])  # "אחד הנוסעים, החייל X Y": the soldier's name after his description
    if he_given_at(first) or any(transliterated(w) for w in first[1:]):
        return None  # the role's holder is named in the first part already
    if second[0].startswith("ה") and not _he_head_at(second, 0) and not he_given(second[0]):
        return None  # "המייצגת את ...", "הבכיר": a description of the role's holder, not a name
    if second[0][:1] == "ש" and not he_given(second[0]) and second[0] not in hebrew_family_names():
        return None  # "אמרה מנהלת בית הספר X Y, שנורתה בכניסה": a relative clause about the one just named
    return " ".join(second[:3])
