"""The end of a Hebrew body's name after its head and complement: the city it serves ("בית משפט השלום באר שבע"),
its field ("ועדת השרים לענייני ביטחון"), its purpose after ל ("הלשכה המרכזית לסטטיסטיקה"), its parent after "של"
("ועדת X של הכנסת"); and a member's party in brackets ("ח"כ דן לוי (העבודה)"). The bodies named after their kind
are read in `orgs_he_kinds` and `orgs_he_markets`, the pairs that name no body in `orgs_he_not`."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import israeli_given_names, lookup, world_given_names
from briefing_app.core.facts.gazetteer import names_a_place as _is_place
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

_WORDS = re.compile(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)")
# (a construct chain up to its definite last word: "לעניין תמחור דירות הנופש")
_FIELD = re.compile(
    r"\s+(לענייני|לעניין|לשם)\s+((?:[\u05d0-\u05ea]+\s+){0,2}ה[\u05d0-\u05ea]+(?:[\"\u05f4][\u05d0-\u05ea])?(?![\u05d0-\u05ea])|[\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*)"
)


_SEAT = re.compile(r"\s+ב([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3-]*(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea-]*)?)")


def hebrew_org_tail(after: str, court: bool = False) -> str:
    """The words right after a Hebrew body's name that still belong to it, with their leading space; "" if none.
    A court also takes its seat after ב ("בית המשפט המחוזי בחיפה")."""
    seat = _SEAT.match(after)
    if court and seat:
        seat_words = seat.group(1).split()
        for n in (len(seat_words), 1):
            entry = lookup(" ".join(seat_words[:n]).rstrip(",."))
            if entry is not None and entry.kind == "place" and entry.detail != "country":
                return after[: seat.start(1)] + " ".join(seat_words[:n]).rstrip(",.")
    field = _FIELD.match(after)
    if field:
        return field.group(0)
    words: list[str] = []
    at = 0
    for _ in range(3):
        m = _WORDS.match(after, at)
        if not m:
            break
        words.append(m.group(1))
        at = m.end()
    for n in (3, 2, 1):
        if len(words) >= n:
            entry = lookup(" ".join(words[:n]))
            if entry is not None and entry.kind == "place" and entry.detail == "city":
                return " " + " ".join(words[:n])  # a city, not a country ("ממשלת ... ישראל" is read before)
    return ""


# 'ח"כ דן לוי (העבודה)', "השרה רות כהן (יש עתיד)": the party of a member of parliament or a minister (the title a
# word of its own: not the "שר" that ends "אשר", which, before a verb and a bracketed aside). A minister's
# office may name its ministry, of two fields joined by "and", before the name: "שר המסחר והתיירות דן לוי (X)".
_PARTY = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}(?:ח[\"\u05f4]כ|חבר\s+הכנסת|חברת\s+הכנסת|השר|השרה|שר|שרת)\s+(?:[\u05d0-\u05ea'\u05f3-]+\s+){1,5}"
    r"\(([\u05d0-\u05ea][\u05d0-\u05ea\"\u05f4'\u05f3 -]{1,24})\)"
)


# The weekday news puts in brackets after "today" ("אמר השר היום (שני)"): a date, no party.
_WEEKDAYS = {"ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "מוצאי שבת", 'מוצ"ש', "מוצ״ש"}


def party_in_brackets(text: str) -> list[tuple[int, int, str]]:
    """Parties named in brackets after a member's or minister's name, as (start, end, name)."""
    found = [(m.start(1), m.end(1), m.group(1).strip()) for m in _PARTY.finditer(text)]
    return [f for f in found if f[2] not in _WEEKDAYS and not _nickname(text, f[0], f[1])]


_SPEECH = re.compile(HE_SPEECH)
# A name word right after the closing bracket ("X (Y) Z"): the bracket stands inside the name.
_NAME_GOES_ON = re.compile(r"\)\s+[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+(?=[\s,.;:]|$)")


def _nickname(text: str, start: int, end: int) -> bool:
    """Whether the bracket holds a nickname between a given and a family name ("שר האוצר X (Y) Z"): a given name
    alone after the office stands before it, and a name word after it (a party follows the whole name)."""
    before = text[: start - 1].split()
    given = len(before) >= 2 and _given(before[-1]) and not _given(before[-2]) and " " not in text[start:end]
    after = _NAME_GOES_ON.match(text, end)
    return given and after is not None and _SPEECH.fullmatch(after.group(0)[1:].strip()) is None


def _given(word: str) -> bool:
    return word in israeli_given_names() or word in world_given_names().get("he", frozenset())


# "הלשכה המרכזית לסטטיסטיקה", "המשרד להגנת הסביבה", "המוסד לביטוח לאומי": a definite body and its purpose
# after ל. Not a preposition of its own (לפי, לאחר), and not an infinitive: a purpose is followed by a
# definite word, an adjective, a comma or the end, an infinitive by its object or את.
_PURPOSE = re.compile(
    r"\s+(ל[\u05d0-\u05ea]{3,})((?:\s+(?:ה[\u05d0-\u05ea\"\u05f4]+|[\u05d0-\u05ea]+(?:י|ית|יים|יות)))?)(?=\s*[,.;:)]|\s*$|\s+\S)"
)
_NOT_PURPOSE = {"לפי", "לכן", "לדברי", "לדבריו", "לדבריה", "לאחר", "לפני", "לעומת", "לגבי", "לצורך", "לאור", "למרות",
                "לבין", "ליד", "לכל", "לאורך", "לקראת", "למען", "לטובת", "לעבר", "לתוך", "למשל", "לגמרי", "לעתים",
                "לעיתים", "להיות", "לאחרונה", "לבסוף", "לכך", "לעשות",
                "לשעבר", "לשנים", "לשנה", "לשנת", "לחודשים", "לשבועות", "לימים", "לטווח", "למשך"}  # fmt: skip
# ("לשעבר": "ראש הממשלה לשעבר X", former, the office's status and no purpose of the government; "לשנים הבאות",
# "לשנה הבאה": a time the sentence speaks of, after the body, no purpose of the body)


# A purpose with nothing after it is a noun in ה ("לסטטיסטיקה") or an abstract noun in -ות ("לצרכנות", "לבטיחות";
# not after י, an adjective's plural), not an infinitive (להתנגד, לחקור; "לבנות", "לעשות" are five letters).
_BARE_PURPOSE = re.compile(r"ל(?!ה)[\u05d0-\u05ea]{3,}ה|ל(?!ה)[\u05d0-\u05ea]{2,}[\u05d0-\u05d8\u05da-\u05ea]ות")


# A purpose of fighting and what it fights after ב ("למאבק בתאונות עבודה", "למלחמה בעוני"): a noun in the construct
# state takes one complement ("בתאונות הבניין"; not a verb or a time: "הגיעה", "היום"), and "and" a second thing
# fought may close the name before punctuation ("בתאונות בניין ותעשייה:").
_FIGHT_AGAINST = re.compile(
    r"\s+(?:למאבק|למלחמה)\s+ב(?!ה)[\u05d0-\u05ea]{2,}(?![\u05d0-\u05ea\"\u05f4])"
    r"(?:(?<=ת)(\s+(?!ו)[\u05d0-\u05ea]{3,})(?![\u05d0-\u05ea\"\u05f4]))?"
)
_AND_LAST = re.compile(r"\s+ו(?!ה)[\u05d0-\u05ea]{3,}(?=\s*[,.:;)]|\s*$)")


def fight_purpose(after: str) -> str:
    """The purpose of fighting something right after a body's head, with its leading space ("" if none)."""
    m = _FIGHT_AGAINST.match(after)
    if m is None:
        return ""
    short_past = m.group(1) and re.fullmatch(r"ה[\u05d0-\u05ea]י[\u05d0-\u05ea][הו]", m.group(1).strip())
    if m.group(1) and (_verb_next(m.group(1), True) or m.group(1).strip() in _TIMES or short_past):
        return after[: m.start(1)]  # "הקבוצה למאבק בתאונות פרסמה": the clause's verb, no complement
    more = _AND_LAST.match(after, m.end())
    return after[: more.end()] if more else m.group(0)


# ל and the head of a body in the construct state: the other side of "between X and Y" or whom X wrote to, a body
# in its own right; a purpose is an activity or field ("המשרד להגנת הסביבה"), never a ministry or a company.
_SECOND_BODY = re.compile(r"\s+ל(?:משרד|חברת|עיריית|מועצת|ועדת|מפלגת|לשכת|בנק)(?![\u05d0-\u05ea])")


def hebrew_purpose(after: str) -> str:
    """The purpose after a definite body's head, with its leading space ("" if none)."""
    if _SECOND_BODY.match(after):
        return ""  # "בין ההסתדרות למשרד X": a second body after ל ("and", "to"), no purpose of the first
    fight = fight_purpose(after)
    if fight:
        return fight
    m = _PURPOSE.match(after)
    tail = after[m.end() :] if m else ""
    if m and m.group(2) and _verb_next(m.group(2)) and re.match(r"\s+\S", tail) and not _verb_next(tail, True):
        # (a noun of that shape ends the sentence or is followed by the verb: "המשרד להגנת הסביבה הודיע")
        m = re.match(r"\s+(ל[\u05d0-\u05ea]{3,})()", after)  # "הלשכה X לסטטיסטיקה הודיעה": a verb, no adjective
    if not m or m.group(1) in _NOT_PURPOSE:
        return ""
    if m.group(2) and _not_the_purposes_word(m.group(1), m.group(2).strip(), after[m.end() :]):
        # "המועצה הלאומית לכלכלה העומד בראשה", "ועדת השרים לחקיקה הצעת החוק", "היועץ המשפטי לממשלה הוא": the
        # word after the purpose opens the clause; a noun purpose ends the name there
        return after[: m.end(1)] if _BARE_PURPOSE.fullmatch(m.group(1)) else ""
    if re.fullmatch(r"להת[\u05d0-\u05ea]{3,4}", m.group(1)) and not m.group(1).endswith("ות"):
        return ""  # "לרשות להתערב": a hitpa'el infinitive, no purpose ("להתיישבות" is a noun)
    if re.fullmatch(r"לה[\u05d0-\u05ea]{1,2}י[\u05d0-\u05ea]", m.group(1)):
        return ""  # "לעובדי חברת X להבטיח הספקה", "להקים": a hif'il infinitive, what they were told to do
    # "בכוונת הוועדה לשלוח מכתבי אזהרה": a pa'al infinitive and its object in the construct state, which goes on
    # past it (not "המועצה לשלום עולמי הודיעה", a purpose and its adjective before the verb)
    construct_object = m.group(2) and not m.group(2).strip().startswith("ה") and re.match(r"\s+[\u05d0-\u05ea]", tail)
    pa_al = re.fullmatch(r"ל[\u05d0-\u05ea]{2}ו[\u05d0-\u05ea]", m.group(1))
    if pa_al and construct_object and not _verb_next(tail, True):
        return ""
    rest = after[m.end() :]
    construct = re.match(r"\s+([\u05d0-\u05ea]{3,})(\s+ה[\u05d0-\u05ea]{2,})?", rest) if not m.group(2) else None
    fields = m.group(1).endswith("יני") or m.group(1) in ("לעניין", "לחקר", "לקידום", "לבחינת", "לבדיקת", "לחקירת")
    if construct and fields and not re.fullmatch(r"ה?ת.*|[\u05d0-\u05ea]+ו", construct.group(1)):
        return m.group(0).rstrip() + construct.group(0)  # "לענייני ביטחון הפנים": a field's construct, its complement
    if not m.group(2) and _and_more_purpose(rest):
        return m.group(0).rstrip() + _and_more_purpose(rest)  # "התנועה לאיכות ושקיפות"
    ends = re.match(r"\s*(?:[,.;:)]|$)", rest) or _verb_next(rest)  # "המכון X לדמוקרטיה פרסם": a verb
    ends = ends or bool(re.match(r"\s+(?:על|של|עם)\s", rest))  # "לוועדת השרים לחקיקה על ידי X": a phrase after
    if not m.group(2) and not (ends and _BARE_PURPOSE.fullmatch(m.group(1))):
        return ""  # "הממשלה להעביר כספים", "את הפרקליטות להתנגד.": an infinitive
    # "לגילוי ילדי תימן", "לבדיקת מחדלי הגשרים": a construct plural in the purpose takes its complement, a
    # known place or a definite noun (not a verb in ה: "המוסד לביטוח לאומי הודיע")
    more = re.match(r"\s+([\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?)", rest) if m.group(2).endswith("י") else None
    if more:
        words = more.group(1).split()
        verb = re.fullmatch(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?|הת.*", words[0])
        if words[0].startswith("ה") and words[0] not in _TIMES and not verb:
            return m.group(0).rstrip() + " " + words[0]
        n = next((k for k in (2, 1) if len(words) >= k and _is_place(" ".join(words[:k]))), 0)
        if n:
            return m.group(0).rstrip() + " " + " ".join(words[:n])
    return m.group(0).rstrip() + _and_more_purpose(rest)


def _not_the_purposes_word(purpose: str, word: str, rest: str) -> bool:
    """Whether the word read after a purpose belongs to the clause, not to the name: a pronoun or "to be" ("הוא",
    "היה"), an adjective that does not agree with a feminine noun purpose ("לכלכלה העומד", "לכלכלה אבי": a
    masculine participle, a given name), or a noun in the construct state before a definite word ("לחקיקה הצעת
    החוק": after a purpose in the absolute state, which takes no complement, a word in ת before a definite word).
    """
    if word in _TIMES:
        return True
    if not purpose.endswith("ה"):
        return False  # "להגנת המולדת": a purpose in the construct state takes its complement
    if not word.endswith(("ה", "ת")):
        return True
    construct = word.startswith("ה") and word.endswith("ת") and not word.endswith(("ית", "ות"))
    return construct and re.match(r"\s+ה[\u05d0-\u05ea]", rest) is not None


# Past verbs a body's name is the subject of in news, besides the hif'il ones (`PAST_HIFIL`: הודיע, הגיש).
_BODY_VERBS = {"פרסם", "פרסמה", "פרסמו", "קבע", "קבעה", "קבעו", "מסר", "מסרה", "מסרו", "ציין", "ציינה", "טען", "טענה",
               "דיווח", "דיווחה", "אישר", "אישרה", "ערך", "ערכה", "פנה", "פנתה", "דרש", "דרשה", "ביקש", "ביקשה", "קרא",
               "קראה", "תקף", "תקפה", "גינה", "גינתה", "מתח", "מתחה", "פועל", "פועלת",
               # a court's orders and rulings ("בית הדין X לעבודה הורה", "פסק", "דחה")
               "הורה", "הורתה", "הורו", "פסק", "פסקה", "דחה", "דחתה", "גזר", "גזרה", "זיכה", "זיכתה",
               "הרשיע", "הרשיעה"}  # fmt: skip


# Nouns with the article shaped as a hif'il past ("הסביבה" as "הסבירה"): complements of a body's name, no verbs.
NOUNS_SHAPED_AS_HIFIL = {"המדינה", "הסביבה", "החקירה", "הבדיקה", "הביקורת"}


def _verb_next(rest: str, masculine: bool = False) -> bool:
    """Whether the word after a purpose is a past verb of a body, which ends its name as punctuation does; with
    `masculine`, also a hif'il with no ending ("הודיע"), a shape some nouns share ("הנשיא")."""
    m = re.match(r"\s+([\u05d0-\u05ea]+)", rest)
    if m is None:
        return False
    word = m.group(1)
    hifil = PAST_HIFIL.fullmatch(word) is not None and word not in NOUNS_SHAPED_AS_HIFIL
    hifil = hifil or (masculine and re.fullmatch(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea]", word) is not None)
    return word in _BODY_VERBS or hifil


def _and_more_purpose(rest: str) -> str:
    """A second field joined to a purpose by "and" ("למשילות ודמוקרטיה", "לשלום ולביטחון"): ו and a purpose
    with ל, or ו and an abstract noun (-יה, -ות, -ון), never a verb ("והמליצה", "והיה")."""
    m = re.match(r"\s+ו([\u05d0-\u05ea]{3,})(?![\u05d0-\u05ea\"\u05f4])", rest)
    if m is None or m.group(1) in ("היה", "הייתה", "היו") or m.group(1)[:1] == "ה":
        return ""
    word = m.group(1)
    noun = word[:1] == "ל" and len(word) > 3 or word.endswith(("יה", "ות", "ון"))
    return m.group(0) if noun else ""


_TIMES = {"היום", "השבוע", "הבוקר", "הערב", "הלילה", "השנה", "החודש", "הצהריים", "הם", "הוא", "היא", "הן", "היה",
          "הייתה"}  # fmt: skip


_FIELD_WORD = re.compile(r"[\u05d0-\u05ea]{2,}")


def list_of_fields(words: list[str]) -> bool:
    """Whether the three words after an indefinite head are a list of its fields, the last joined by ו
    ("ועדת עבודה, רווחה ובריאות"): bare nouns, no article, no verb."""
    if len(words) < 3:
        return False
    first, second, third = words[0].rstrip(","), words[1], words[2].rstrip(",.")
    return (
        all(_FIELD_WORD.fullmatch(w) and not w.startswith("ה") for w in (first, second, third))
        and third.startswith("ו")
        and not third.startswith("וה")
        and len(third) > 3
        # (not "and" a plural in the construct state: 'משטרת מחוז צפון ולוחמי היחידה', the next group, no field)
        and not third.endswith("י")
    )


# Heads of bodies in the construct state, singular and plural, which a field never is ("בית/בתי המשפט").
_CONSTRUCT_HEADS = {"בית", "בתי", "משרד", "משרדי", "רשות", "רשויות", "ועדת", "ועדות", "מועצת", "מועצות", "ארגון",
                    "ארגוני", "חברת", "חברות", "לשכת", "מפלגת", "מפלגות", "שירות", "שירותי"}  # fmt: skip


def pair_of_fields(words: list[str]) -> bool:
    """Whether the two words after an indefinite committee's head are its two fields joined by ו ("ועדת חוץ
    וביטחון"): bare nouns, no article, the second no verb's or a head's start ("ועדת חוץ ושר ...")."""
    if len(words) < 2 or words[0].endswith(","):
        return False
    first, second = words[0], words[1].rstrip(",.")
    return (
        all(_FIELD_WORD.fullmatch(w) and not w.startswith("ה") for w in (first, second))
        and second.startswith("ו")
        and not second.startswith(("וה", "וי", "ות", "ונ"))  # (a future verb: "ועדת חוץ ותדון")
        and len(second) > 3
        and second[1:] not in _NOT_FIELDS
        # (a body's head in the construct state before a definite noun: "ועדת בייסקי ובתי המשפט", a second body)
        and not (len(words) > 2 and second[1:] in _CONSTRUCT_HEADS and words[2][:1] == "ה")
    )


def fields_after_comma(words: list[str]) -> bool:
    """Whether a definite committee's first field closed by a comma is followed by the rest of its fields, the
    last joined by ו ("ועדת החוקה, חוק ומשפט", "ועדת החינוך, התרבות והספורט"): two field words that share their
    article (or, after a definite first, none), no person's name, verb or second body among them."""
    if len(words) < 3 or not words[0].endswith(",") or words[0][:1] != "ה" or words[1].endswith(","):
        return False
    second, third = words[1], words[2].rstrip(",.")
    definite = second[:1] == "ה"
    return (
        all(_FIELD_WORD.fullmatch(w) for w in (second, third))
        and third[:1] == "ו"
        and (third[1:2] == "ה") == definite
        and not third.startswith(("וי", "ות", "ונ"))  # (a future verb: "ותדון")
        and len(third) > 3
        and third[1:] not in _NOT_FIELDS
        and second not in _NOT_FIELDS
        and second.lstrip("ה") not in _CONSTRUCT_HEADS
        and third[1:].lstrip("ה") not in _CONSTRUCT_HEADS
        and not PAST_HIFIL.fullmatch(third[1:])
        # ("ועדת הכספים, הכנסת והממשלה": bodies of their own in a list, no fields)
        and not any(_body_alone(w) for w in (second, third[1:]))
    )


# Bodies a definite noun names alone, which a list after a committee's comma holds as bodies, not its fields.
_BODIES_ALONE = {"הכנסת", "הממשלה", "המשטרה", "העירייה", "הצבא", "הפרקליטות", "ההסתדרות", "הציבור", "המדינה"}


def _body_alone(word: str) -> bool:
    """A body, or a name the gazetteer knows, with or without its article."""
    return word in _BODIES_ALONE or lookup(word) is not None or lookup(word[1:]) is not None


# After "and" in a committee's name: a title or a person, the start of the next item (not a field).
_NOT_FIELDS = {"שר", "שרת", "סגן", "ראש", 'יו"ר', "חבר", "חברי"}


# A past verb of the hif'il ("השקיעה", "הודיעו") after a name ends it; adjectives rarely take that shape.
PAST_HIFIL = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]")


# Heads of a body inside a parliament or a government (a committee, a council), which news and encyclopedias
# name with their parent after "של": "ועדת התשתיות של הכנסת", "הוועדה לענייני X של הכנסת". The parent is a
# body of its own too (`parents_of_sub_bodies`).
_SUB_BODY_HEADS = {"ועדת", "וועדת", "ועדה", "וועדה", "מועצת", "לשכת"}
_OF_PARENT = re.compile(r"\s+של\s+(הכנסת|הממשלה|הקונגרס|הסנאט|הפרלמנט|העירייה|ההסתדרות|האו[\"״]ם)(?![\u05d0-\u05ea])")


def parents_of_sub_bodies(text: str) -> list[tuple[int, int, str]]:
    """The parent bodies named after "של" at the end of a committee's name ("ועדת X של הכנסת": הכנסת), which
    the committee's span covers."""
    return [
        (m.start(1), m.end(1), m.group(1))
        for m in _OF_PARENT.finditer(text)
        if re.search(r"(?:ועדת|וועדה|ועדה|מועצת|לשכת)(?:\s+\S+){1,5}$", text[: m.start()])
    ]
