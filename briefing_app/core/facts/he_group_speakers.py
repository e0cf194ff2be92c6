"""Hebrew quotes spoken by a group or a body through a plural verb with no named person.

Hebrew news gives a body's or a group's words with a plural verb and no singular subject, and the reader
that looks for a person then falls back on the person just named, who never said them:

* a group in the construct state opens the clause: 'מובילי המאבק מסרו בתגובה כי "..."', 'תושבי השכונה
  אמרו:' (the leaders of the struggle, the residents): the group speaks;
* a body after ב or מ opens the clause, its people do something, then say it with "and":
  'מלשכת ראש הממשלה פרסמו הבהרה ומסרו כי "..."', 'במשטרה פתחו בחקירה ואמרו:': the body speaks;
* a body said one quote and goes on in the same sentence: '"...", הוסיפו במשטרה, והדגישו כי "..."': the
  body named after the first verb says the second quote too;
* one of a group before a relative clause: "אחד מחברי המועצה שהיה נוכח אמר" (not the clause's words);
* the body's verb and whom it was said to: 'במשרד האוצר אומרים ל"גלובס":' (the addressee after the verb).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.people_he import _TIME_WORDS, he_given, names_a_body
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.quotes_he_colon import DEFINITE_BODIES
from briefing_app.core.facts.reporting_verbs import HE_SPEECH, HE_THEY_SAID

_G = r"(?<=[\u05d0-\u05ea])[\"״](?=[\u05d0-\u05ea])"  # an acronym's gershayim: צה"ל, יו"ר
_WORD = rf"(?:[^\s,.:;\"„“”״]|{_G})+"
# What may stand between the plural verb and the quote: a time, "in response", "in a statement", "also".
_BETWEEN = r"(?:\s+(?:היום|הערב|הבוקר|אמש|הלילה|אתמול|בתגובה|בהודעה|גם|עוד|בנוסף))*"
# Whom it was said to: 'ל"גלובס"', "ל-ynet", "לכתבנו" (one word, or a name in marks).
_TO_WHOM = r"(?:\s+ל-?(?:[\"“„״][^\"“”„״]{1,30}[\"”״]|[^\s,.:\"„“”״]+))?"
_CLOSE = rf"{_BETWEEN}{_TO_WHOM}\s*(?:כי|ש)?\s*:?\s*$"

# A group in the construct state (a plural noun in י, then its definite complement) before a plural verb.
_GROUP_THEN_VERB = re.compile(
    rf"(?:^|[.!?,;:]\s*|\s(?:אך|אולם|ואילו|ואולם)\s+)ו?([\u05d0-\u05ea]{{2,}}י)\s+({_WORD}(?:\s+{_WORD}){{0,2}}?)"
    rf"\s+{HE_THEY_SAID}{_CLOSE}"
)
# A body after ב or מ opening the clause, a plural verb of its people, more words, then "and" and a verb of saying.
_BODY_ACTS_AND_SAYS = re.compile(
    rf"(?:^|[.!?;:]\s*|,\s*)ו?(?:ב|מ)(?:-)?({_WORD}(?:\s+{_WORD}){{0,2}}?)\s+([\u05d0-\u05ea]{{3,}}(?:ו|ים))"
    rf"(?:\s+[^\"„“”״.!?]*?)?\s+ו{HE_THEY_SAID}{_CLOSE}"
)
# A plural verb of saying and a body after ב or מ, a comma, then "and" and a second plural verb of saying.
_SAID_AT_BODY_AND_SAID = re.compile(
    rf"(?:^|[\s,]){HE_THEY_SAID}{_BETWEEN}\s+(?:ב|מ)-?({_WORD}(?:\s+ה{_WORD}){{0,2}}?)\s*,?\s+ו{HE_THEY_SAID}{_CLOSE}"
)
# A body after ב, its plural verb, then whom it was said to (quotes_he reads the body with no addressee).
_AT_BODY_SAID_TO = re.compile(
    rf"(?:^|[.!?,;:]\s*)ו?ב({_WORD}(?:\s+{_WORD}){{0,2}}?)\s+{HE_THEY_SAID}{_BETWEEN}\s+ל-?(?:[\"“„״][^\"“”„״]{{1,30}}[\"”״]|"
    r"[^\s,.:\"„“”״]+)\s*(?:כי|ש)?\s*:?\s*$"
)


# A family opens the clause, with its possessive or in the construct state, then its verb of saying or its wish
# to say: "משפחתה של X ביקשה למסור:", "משפחת הנרצח מסרה:", "משפחתו אמרה כי".
_FAMILY_SAYS = re.compile(
    rf"(?:^|[.!?,;:]\s*)ו?(משפחת(?:ו|ה|ם)?(?:\s+(?:של\s+)?{_WORD}){{0,3}}?)\s+(?:{HE_SPEECH}|"
    r"(?:ביקשה|ביקשו|מבקשת|מבקשים)\s+(?:למסור|לומר|להדגיש|להבהיר|להודות))"
    r"\s*(?:כי|ש)?\s*:?\s*$"
)


# One of a group, then a relative clause with no commas, then the verb of saying: "אחד מחברי המועצה שהיה נוכח
# ושמע את הדברים אמר" (one of the council members, who was there, said): the one of the group speaks, not the
# relative clause's words.
_ONE_OF_WHO_SAID = re.compile(
    rf"(?:^|[.!?,;:]\s*)((?:אחד|אחת)\s+(?:מ-?)?{_WORD}(?:\s+ה{_WORD})?)\s+ש[\u05d0-\u05ea]{{2,}}"
    rf"(?:\s+[^\"„“”״.!?:]+?)?\s+{HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$"
)


def _a_body(phrase: str) -> str | None:
    """The body a phrase after ב or מ names, with the article the preposition swallowed ("משטרה": המשטרה),
    or None when it names no body (a time, a place of speaking, a person)."""
    words = phrase.split()
    if not words or words[0] in _TIME_WORDS or he_given(words[0]):
        return None
    entry = lookup(phrase)
    if names_a_body(phrase) or entry is not None and entry.kind == "organisation":
        return phrase  # "לשכת ראש הממשלה", "משרד הבריאות", a listed party or company
    if len(words) == 1 and "ה" + words[0] in DEFINITE_BODIES:
        return "ה" + words[0]  # "במשטרה": the police
    if len(words) == 1 and words[0][:1] == "ה" and words[0] in DEFINITE_BODIES:
        return words[0]  # "מהמשטרה"
    return None


def _group(head: str, rest: str) -> str | None:
    """A group named in the construct state: a plural noun in י that is no name ("מובילי", "תושבי"), then a
    definite complement or a place or body ("המאבק", "קריית שמונה")."""
    bare = head.removeprefix("ו") if len(head) > 4 else head
    first = rest.split()[0]
    definite = first[:1] == "ה" and first not in hebrew_family_names()  # ("בני המשפחה", not "X הלוי")
    if ((he_given(bare) or bare in hebrew_family_names()) and not definite) or len(bare) < 4:
        return None  # ("בני גנץ": a given name; "לוי": a family name)
    if first[:1] != "ה" and lookup(rest) is None and lookup(first) is None:
        return None
    return f"{bare} {rest}"


def group_or_body_speaker(before: str) -> str | None:
    """The group or body whose plural verb closes `before` and introduces the quote; None with no such cue."""
    m = _SAID_AT_BODY_AND_SAID.search(before)
    if m:
        body = _a_body(m.group(1))
        if body:
            return body  # '"...", הוסיפו במשטרה, והדגישו כי': the police go on
    m = _AT_BODY_SAID_TO.search(before)
    if m:
        # 'במשרד הבריאות אומרים ל"גלובס":' (a phrase no list holds as a body would be read as a person's name)
        body = _a_body(m.group(1))
        if body:
            return body
    m = _BODY_ACTS_AND_SAYS.search(before)
    if m:
        body = _a_body(m.group(1))
        if body:
            return body  # "מלשכת ראש הממשלה פרסמו הבהרה ומסרו כי"
    m = _ONE_OF_WHO_SAID.search(before)
    if m:
        return m.group(1)  # "אחד מחברי המועצה שהיה נוכח ושמע אמר": one of the members, unnamed
    m = _FAMILY_SAYS.search(before)
    if m:
        return m.group(1)  # "משפחתה של X ביקשה למסור:": the family speaks, not X
    m = _GROUP_THEN_VERB.search(before)
    if m:
        return _group(m.group(1), m.group(2))  # "מובילי המאבק מסרו בתגובה כי"
    return None


def group_mention(words: list[str]) -> str | None:
    """A speaker mention that names a group in the construct state ("עורכי הדין של X", "תושבי השכונה",
    "בני המשפחה"): the group itself speaks, not the person named inside it; None for other mentions."""
    if words and re.fullmatch(r"ו?משפחת(?:ו|ה|ם)?", words[0]) and len(words) <= 4:
        return " ".join(words)  # "משפחתה של X", "משפחת הנרצח": the family speaks
    if len(words) < 2 or not words[0].endswith("י") or words[0][:1] == "ה":
        return None
    if verb_in_he(words[1]) or (words[0] in hebrew_family_names() and words[0] not in ("בני", "בנות")):
        return None  # ("טיבי המשיך:": a family name in י, then its verb; "בני המשפחה" stays a group)
    group = _group(words[0], " ".join(words[1:]))
    if group is None or words[1][:1] != "ה":
        return None  # (a place or body after the noun is read by the resolver as before: "תושבי X")
    return " ".join(words[:5])
