"""Hebrew places named by a geographic head noun in the construct state ("הר תבור", "שער יפו", "רחוב
הגפן", "עמק יזרעאל"): the gazetteer lists the complement at most, never the whole."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import Mention, lookup
from briefing_app.core.facts.hebrew_clitics import PREPOSITIONS as _PREPOSITIONS
from briefing_app.core.facts.model import Fact

# Geographic head nouns in the construct state, whose complement is the place's name.
_HEADS = (
    "הר", "הרי", "שער", "רחוב", "שדרות", "כיכר", "שכונת", "נחל", "עמק", "בקעת", "רמת", "גבעת", "מדבר", "ים", "אגם",
    "מפרץ", "חוף", "נמל", "ארץ", "קיבוץ", "מושב", "כפר", "מחנה הפליטים", "האי", "חצי האי", "רובע", "עין",
    "מערת", "מצודת", "קריית", "קרית", "רצועת", "נהר", "שפלת", "צומת", "אצטדיון", "איצטדיון", "היכל",
)  # fmt: skip
HEADS = frozenset(_HEADS)  # (for readers of a place after a preposition: "בהר הרצל", not the family name בהר)
# Common complements that make a head noun no name: "הר געש" (a volcano), "רחוב ראשי" (a main street).
_NOT_A_NAME = {
    "געש", "גבוה", "גבוהה", "נמוך", "קטן", "קטנה", "גדול", "גדולה", "ראשי", "ראשית", "צדדי", "סמוך", "סמוכה", "שקט",
    "רחב", "צר", "ישן", "חדש", "חדשה", "ארוך", "קצר", "מגורים", "אחר", "אחד", "אחת", "זה", "זו", "זאת", "כזה", "כל",
    "של", "את", "על", "עם", "כי", "גם", "לא", "הוא", "היא", "הזה", "הזאת", "ההוא", "ההיא", "הם", "היה", "הייתה",
    "זרה", "אחרת", "מולדת", "הים", "העיר", "התעופה", "הצבא", "הכפר", "לפני", "אחרי", "ליד", "מול", "בין", "תחת",
    "עד", "אל", "כדי", "הראשי", "הראשית", "הסמוך", "הסמוכה", "הקרוב", "הקרובה", "הצדדי", "השקט",
    # adverbs of degree after "מהר" (quickly, read as "from the mountain"): "יגלה מהר מאוד", "מהר יותר"
    "מאוד", "יותר", "מדי", "מספיק",
}  # fmt: skip
# Heads that are common words too ("שער הדולר", the dollar rate; "הרי ש", "then"): a place only with a
# complement the gazetteer knows ("שער יפו", "ארץ מצרים", "הרי יהודה").
_AMBIGUOUS_HEADS = {"שער", "הרי", "ארץ", "עין", "ים", "חוף", "נמל"}
_WORD = r"[\u05d0-\u05ea]+(?:[\"\u05f4'\u05f3][\u05d0-\u05ea]+)?"
_HEAD_ALTERNATIVES = "|".join(sorted(_HEADS, key=len, reverse=True))
_HEAD_RUN = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:[ו]?[{_PREPOSITIONS}]|ו|ש)?((?:{_HEAD_ALTERNATIVES})\s+({_WORD}(?:[-\u05be]{_WORD})?))"
    r"(?![\u05d0-\u05ea])"
)


# An indefinite adjective of origin, era or kind after the head's complement ("כנענית", "רומי", "טבעיות"): a
# name takes a definite adjective ("הר הכרמל הצפוני"), a kind an indefinite one.
_KIND_ADJECTIVE = re.compile(r"\s+(?!ה)[\u05d0-\u05ea]{3,}(?:ית|י|יים|יות)(?![\u05d0-\u05ea\"'\u05f3\u05f4])")


# A number in words with a preposition glued on ("בחמישה", "לשבעה", "בשתיים"): no name of a place.
_NUMBER_WORD = re.compile(
    r"[בלכ](?:אחד|אחת|שניים|שתיים|שני|שתי|שלושה|שלוש|ארבעה|ארבע|חמישה|חמש|שישה|שש|שבעה|שבע|שמונה|תשעה|תשע|עשרה|עשר|"
    r"עשרים|שלושים|ארבעים|חמישים)"
)


def hebrew_areas(text: str) -> list[tuple[int, int, str]]:
    """Places named by a geographic head and its complement: the complement is a name the gazetteer knows
    ("שער יפו", "ארץ מצרים"), a definite noun ("רחוב הגפן", "הר הכרמל") or a bare word that is no common
    adjective ("הר תבור")."""
    out = []
    for m in _HEAD_RUN.finditer(text):
        name, complement = m.group(1), m.group(2)
        numbered = re.search(r"\d", text[m.end() : m.end() + 3]) and name.split()[0] not in ("רחוב", "שדרות")
        if complement in _NOT_A_NAME or numbered or _NUMBER_WORD.fullmatch(complement):
            continue  # a number after the head's word is no name ("רמת 3"), but a street takes its house number
            # (nor one in words with its preposition: 'ש"ס בשבעה וצומת בחמישה', the party Tzomet with five seats)
        verb = re.fullmatch(r"נ[\u05d0-\u05ea]{3}[וה]|הת[\u05d0-\u05ea]{3,4}ו", complement)
        if verb and lookup(complement) is None:
            continue  # "ברחוב נפצעו 3 אנשים", "בשדרות נרשמה עלייה": a past verb (nif'al, hitpa'el), no name; a
            # definite noun in ה of the hitpa'el's shape is a name ("שכונת התקווה")
        head_town = lookup(name.split()[0])
        if complement.startswith("ו") and head_town is not None and head_town.kind == "place":
            continue  # "בשדרות ופגעה": the town, then "and" a verb; the gazetteer reads the town
        known = lookup(complement)
        if known is not None and known.kind != "place":
            continue  # "ארץ" + an organisation is no place
        closed = name.split()[-2].startswith("ה") and name.split()[-2] not in ("הר", "הרי")  # (not "הר מירון")
        if known is None and complement[:1] in _PREPOSITIONS and closed:
            continue  # "מחנה הפליטים בטול כרם": a definite head is closed; "in" a town follows it
        if known is None and name.split()[0] in _AMBIGUOUS_HEADS:
            continue
        if name.split()[0] == "רמת" and complement.startswith("ה") and lookup(name) is None:
            continue  # "ברמת החיים", "רמת השכר" (the level of): a definite noun after רמת is a measure's level;
            # a place so named is one the gazetteer holds ("רמת הגולן", "רמת השרון")
        if known is None and not complement.startswith("ה") and complement.endswith(("ים", "ות", "ית")):
            continue  # "מחנה פליטים", "הר מושלג": a plural or an adjective, no name
        if known is None and not complement.startswith("ה") and _KIND_ADJECTIVE.match(text, m.end()):
            continue  # "מערת קבורה כנענית", "נחל אכזב קטן": an indefinite adjective describes a kind, no name
        end = m.end(2)
        if complement in _NAME_BUILDERS and name.split()[0] in _SETTLEMENT_HEADS | {"צומת"}:
            more = re.match(rf"\s+({_WORD})(?![\u05d0-\u05ea])", text[end:])
            if more and not more.group(1).startswith(("ו", "ה")) and more.group(1) not in _NOT_A_NAME:
                end += more.end()  # "קיבוץ עין X", "מושב בית X": the name itself opens with a place's head
                name = text[m.start(1) : end]
        out.append((m.start(1), end, name))
    return out


# Heads of settlements and the words that open many place names after them ("קיבוץ עין X", "מושב בית X"); a
# junction is named after such a place too ("צומת גוש X", "צומת בית X").
_SETTLEMENT_HEADS = {"קיבוץ", "מושב", "כפר", "שכונת", "היישוב"}
_NAME_BUILDERS = {"עין", "בית", "כפר", "רמת", "גבעת", "נווה", "תל", "באר", "ראש", "מעלה", "מצפה", "שדה", "גן", "נאות",
                  "אבן", "בני", "משמר", "קריית", "קרית", "נחל", "אלון", "בן", "גוש"}  # fmt: skip


# "באזור קצביה", "מרחב X", "בסביבת X", "בפאתי X": words for an area whose complement is the place itself. A
# definite or plural complement, an adjective or a kind of area is a common noun ("אזור התעשייה", "אזור מגורים",
# "אזור לחימה", "אזור חיץ"); a geographic head after them is read whole ("באזור רמת X").
_AREA = re.compile(
    rf"(?<![\u05d0-\u05ea])[ו]?[{_PREPOSITIONS}]?(?:אזור|מרחב|סביבת|קרבת|פאתי)\s+({_WORD})(?![\u05d0-\u05ea])"
    rf"(?=(?:\s+({_WORD}))?)"  # the next word is looked at, not taken: it may open the next area ("ובסביבת X")
)
_AREA_KINDS = {
    "תעשייה", "מלחמה", "גבול", "חיץ", "סחר", "אסון", "זמן", "לחימה", "שליטה", "אש", "ירי", "עימות", "סכנה", "חיוג",
    "הפגנה", "נופש", "בילוי", "מסחר", "חקלאות", "תעסוקה", "מגורים", "קרבות", "מחיה", "השפעה", "מחלוקת", "ביטחון",
    "הפקר", "מפורז", "צבאי", "סגור", "שקט", "מוכה", "מוכת", "אסור", "פתוח", "גאוגרפי", "גיאוגרפי", "כזה", "זה",
    "שבו", "שבה", "שלו", "שלה", "שלהם", "שם", "כל", "אחר", "אחד", "אחת", "ים", "חוף", "עיר", "כפר", "מדבר", "הר",
    "דרום", "צפון", "מזרח", "מערב", "מרכז", "גבולות", "פעולה", "אחריות", "נחיתה", "המראה", "איסוף", "כינוס",
}  # fmt: skip
# A pi'el past whose middle letter is a doubled ו ("דיווח", "קיווה", "ציווה"): a verb, no name of an area.
_PIEL_PAST = re.compile(r"[\u05d0-\u05ea]יוו[\u05d0-\u05ea]")
# The action noun's pattern (qtila: "דרישה" a demand, "סגירה" a closing).
_ACTION_NOUN = re.compile(r"[\u05d0-\u05ea]{2}י[\u05d0-\u05ea]ה")
_AREA_HEADS = (set(_HEADS) - {"ים", "חוף", "עין", "ארץ", "שער"}) | {"ציר"}  # "באזור ציר X": a road's axis


def hebrew_area_names(text: str) -> list[tuple[int, int, str]]:
    """Places named after a word for an area: "באזור קצביה" is קצביה, "באזור רמת X" is רמת X."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("אזור", "מרחב", "סביבת", "קרבת", "פאתי")):
        return out  # the pattern scans every position: most sentences hold no area word
    for m in _AREA.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _AREA_HEADS and second and second not in _NOT_A_NAME and not re.search(r"\d", second):
            # "באזור רמת X": a plural name is a name here
            out.append((m.start(1), m.start(1) + len(first) + 1 + len(second), f"{first} {second}"))
            continue
        if (
            first in _AREA_KINDS
            or first in _NOT_A_NAME
            or first.startswith("ה")
            or first.endswith(("ים", "ות", "י", "ית"))
            or len(first) < 3
            or re.fullmatch(r"[\u05d0-\u05ea]{2}י[\u05d0-\u05ea]ה", first)  # "לחימה", "סגירה": an action noun
            # "באזור בדרישה לתקציב" (in the area, demanding a budget): the area word stands alone and a preposition
            # glued to an action noun opens the next phrase
            or first[:1] in "בלמכ" and lookup(first) is None and _ACTION_NOUN.fullmatch(first[1:]) is not None
            or first[:1] in "שו" and lookup(first) is None  # "באזור שאמרו": a relative clause about the area
            # ("טיילה באזור והזמינה": "and" the clause's next verb)
            # ("טייס ששהה באזור דיווח על הבזק": the clause's verb after the area word, reported)
            or _PIEL_PAST.fullmatch(first) is not None and lookup(first) is None
        ):
            continue
        known = lookup(first)
        if known is not None and known.kind != "place":
            continue
        out.append((m.start(1), m.end(1), first))
    return out


def place_inside_a_name(place: str, people_words: set[str]) -> bool:
    """Whether a one-word place is a person's name word with a letter cut off its front ("לוין" holds "וין"):
    the gazetteer read a clitic into a family name. (A place that is a whole word of a name, "ישראל כץ", is
    judged where it stands: repeated_names._drop_places_inside_names.)"""
    if " " in place:
        return False
    return any(w[1:] == place and len(w) > len(place) for w in people_words)


_TOWARDS = {"לעבר", "אל", "ליד", "סמוך", "באזור", "מאזור", "לאזור", "סביב", "בין", "מול", "בתוך", "לתוך"}


def _a_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.kind == "place"


def in_a_place_list(before: str) -> bool:
    """Whether a town comes after a list of places opened by a preposition of place, joined by commas or ו
    ("לעבר שדרות, אשקלון", "בחיפה, עכו ונהריה"): the preposition holds for the whole list. Each item is
    one or two words; the first carries the preposition glued to it or stands after one."""
    words = [w.rstrip(",") for w in before.split()]
    raw = before.split()
    if not raw or not (raw[-1].endswith(",") or raw[-1] in ("ו", "וכן")):
        return False
    end = len(raw) - 1 if raw[-1].endswith(",") else len(raw) - 2
    for _ in range(4):  # up to four items back
        for size in (1, 2):
            first = end - size + 1
            if first < 0:
                continue
            glued = re.fullmatch(r"ו?[בלמ][\u05d0-\u05ea]{3,}", words[first])
            item = " ".join(words[first : end + 1])
            if glued:
                item = re.sub(r"^ו?[בלמ]", "", item)
            # (the first item must be a place: "לרכבת הקלה, ודקר" is a train and a verb, no list of places)
            if (glued or (first > 0 and words[first - 1] in _TOWARDS)) and _a_place(item):
                return True
        # the item before: ends with a comma one or two words back
        back = next((k for k in (end - 1, end - 2) if k >= 0 and raw[k].endswith(",")), None)
        if back is None:
            return False
        end = back
    return False


# Adjectives a town's name takes with the article ("בעכו העתיקה", "בירושלים המזרחית").
_TOWN_ADJECTIVES = {"העתיקה", "העילית", "התחתית", "המזרחית", "המערבית", "הצפונית", "הדרומית", "רבתי"}


_PLACE_WORD_BEFORE = re.compile(
    r"(?<![\u05d0-\u05ea])ו?(?:ליד|אל|מול|סמוך|לעבר|דרך|בין|מאז|[בלמ]?(?:אזור|מרחב|סביבת|קרבת|פאתי)|[בלמ]?עיר|העיר|"
    r"[בלמ]?(?:צפון|דרום|מזרח|מערב)|תושבי|תושב|תושבת|יליד|ילידת)\s+$"
)


def hebrew_locative(text: str, mention: Mention) -> bool:
    """Whether a place stands where Hebrew names a place: a preposition glued to it (בחלב, ומשכם), a word of
    place before it (ליד, באזור, תושבי), or a list a preposition opened. Unlike a letter that only ends the
    word before ("קיבל ציון")."""
    word_start = max(text.rfind(" ", 0, mention.start) + 1, 0)
    if re.fullmatch(r"(?:[וש]|כש|וש)?[בלמ]", text[word_start : mention.start]):  # also "when in" (כשבחיפה)
        return True
    before = text[: mention.start]
    return bool(_PLACE_WORD_BEFORE.search(before)) or in_a_place_list(before)


# A past verb that starts with ה like a definite noun: huf'al "הוזמן", "הועבר" (was invited, moved) and hif'il
# "הגיע", "הודיע" (arrived, announced), with their feminine and plural endings. After a place it is the sentence's
# verb ("השגריר בקהיר הוזמן"), not an adjective that makes the place's name a common noun in the construct state.
_BE_AND_PRONOUNS = {"היה", "הייתה", "היו", "הוא", "היא", "הם", "הן"}  # "בעכו היה שמש": the verb "to be"
_PAST_VERB_IN_HE = re.compile(r"הו[\u05d0-\u05ea]{3}[הו]?|ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?")


def short_name_read_as_word(text: str, mention: Mention) -> bool:
    """Whether a town or region of one word and at most four letters is the common word it also spells (שפה
    language, חלב milk, ציון grade, קנו they bought, ליל night): such a place needs a preposition of place
    (`hebrew_locative`), and a definite word right after it makes it a noun in the construct state or with its
    adjective ("בשפה העברית", "בליל הסדר"), unless that word is a town's own adjective ("בעכו העתיקה")."""
    written = mention.written
    if " " in written or len(written) > 4 or mention.entry.detail not in ("city", "region"):
        return False
    if not hebrew_locative(text, mention):
        return True
    after = re.match(r"\s+(ה[\u05d0-\u05ea]{2,})", text[mention.end :])
    if after is None or after.group(1) in _TOWN_ADJECTIVES or after.group(1) in _BE_AND_PRONOUNS:
        return False
    return not _PAST_VERB_IN_HE.fullmatch(after.group(1))


# Common Hebrew words that spell a preposition glued to a place's name as GeoNames renders it in Hebrew: "מקום"
# (a place; מ + Qom), "לשלם" (to pay), "לגור" (to live), "מפונה" (an evacuee; מ + Pune), "מצור" (a siege),
# "מסירת" (the handing over), "מליון" (million), "מחמאה" (a compliment), "בבורסה" (at the stock exchange),
# "מגרש" (a sports ground). A closed class, listed by hand from the gazetteer's Hebrew names; the word as written
# is the common word.
_PREFIX_AND_PLACE_WORDS = {
    "מקום", "לקום", "לשלם", "משלם", "בשלם", "לגור", "מפונה", "מפונים", "מצור", "מסירת", "במסירת", "למסירת", "מליון",
    "מחמאה", "מחמאות", "לציון", "בציון", "בגדה", "בליל", "בשפה", "לשפה", "משפה", "לדרבן", "מקורה", "מקיל", "מרימה",
    "בלימה", "מגנט", "לחמה", "בחמה", "מאחל", "לבלם", "מכה", "בבורסה", "לבורסה", "מהבורסה", "בבורסת",
    # (authorized: מ + Warsaw)
    "מורשה", "מורשים", "מורשית",
    # (a sports ground or a plot: מ + Jarash, "מגרש כדורגל", "מגרש דשא")
    "מגרש", "ומגרש", "שמגרש",
    # (the union, a merger: the Hebrew name GeoNames gives a region called "Unity"; "החליט על האיחוד")
    "האיחוד", "והאיחוד", "שהאיחוד", "באיחוד", "לאיחוד", "מהאיחוד",
}  # fmt: skip


# Places spelled like a plural past verb: "הודו" (India; "they admitted, thanked").
_VERB_SPELLED = {"הודו"}
# A capital spelled like the plural past verb of news reports ("מסרו", they reported; Maseru): a place only after a
# preposition or a word of place ("במשרד מסרו כי" is the ministry's people reporting).
_REPORT_SPELLED = {"מסרו"}


# An indefinite plural noun right after a word ("דוחה טענות"): the object of a verb.
_PLURAL_NEXT = re.compile(r"\s+((?![הו])[\u05d0-\u05ea]{2,}(?:ים|ות))(?![\u05d0-\u05ea\"\u05f4'\u05f3])")


def common_word_not_place(text: str, mention: Mention) -> bool:
    """Whether the whole word a one-word place was read from is a common word ("מקום" is no "from Qom"), or a
    verb after a plural subject ("הנאשמים הודו", the accused admitted; not "הודו וסין") or before its object."""
    if " " in mention.written:
        return False
    start = text.rfind(" ", 0, mention.start) + 1
    word = re.match(r"[\u05d0-\u05ea]+", text[start:])
    if mention.written in _REPORT_SPELLED and not hebrew_locative(text, mention):
        return True
    if word is not None and word.group(0) in _VERB_SPELLED and start == mention.start:
        return bool(re.search(r"(?:[\u05d0-\u05ea]{2}(?:ים|ות)|(?<![\u05d0-\u05ea])(?:הם|הן|כולם))\s+$", text[:start]))
    object_next = re.match(r"\s+את(?![\u05d0-\u05ea])", text[mention.end :]) is not None
    if start == mention.start and mention.entry.kind == "place" and object_next:
        return True  # "הבורסה דוחה את צירוף X" (postpones): a bare word right before the object marker is a verb
    plural_next = _PLURAL_NEXT.match(text, mention.end)
    bare = not mention.written.startswith("ה")  # ("מידידי הצפון בשבועות": a definite region, no verb)
    if plural_next and any(lookup(w) for w in (plural_next.group(1), plural_next.group(1)[1:])):
        plural_next = None  # ("שדרות, אשקלון ונתיבות": a town of a list, no object)
    if bare and start == mention.start and start > 0 and plural_next:
        # 'צה"ל דוחה טענות ש...' (rejects claims): a bare word after its subject and before an indefinite plural
        # object is a verb; a capital or town is not followed by a bare plural noun
        return mention.entry.kind == "place" and " " not in mention.written
    if start < mention.start and _NAMED_BY.search(text[:start]):
        return True  # "פרשת לבון", "משפחת לוין": the name of an affair or a family, no preposition and a place
    return word is not None and word.group(0) in _PREFIX_AND_PLACE_WORDS


# Construct heads whose complement is a proper name as written, never a preposition's phrase: an affair, a
# family, a dynasty ("פרשת X", "משפחת X", "שושלת X").
_NAMED_BY = re.compile(r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:פרשת|משפחת|שושלת)\s+$")


_TIMES_AFTER = {"הערב", "הבוקר", "היום", "הלילה", "השבוע", "השנה", "החודש", "הסמוכה", "השכנה", "הסמוך", "השכן"}


def plural_town_read_as_noun(text: str, mention: Mention) -> bool:
    """Whether a one-word town whose name is a plural noun (רחובות streets, נתיבות paths, אופקים horizons) is
    the noun: in the construct state before a definite word or a place ("ברחובות העיר", "ברחובות ירושלים"), or
    after "went out" ("יצאו לרחובות", took to the streets)."""
    written = mention.written
    if " " in written or not written.endswith(("ות", "ים")) or mention.entry.detail != "city":
        return False
    after = re.match(r"\s+([\u05d0-\u05ea\"\u05f4'\u05f3]+(?:\s+[\u05d0-\u05ea]+)?)", text[mention.end :])
    if after:
        first = after.group(1).split()[0]
        verb = first.startswith("הת") or re.fullmatch(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?", first)
        if first.startswith("ה") and not verb and first not in _TIMES_AFTER and first not in _TOWN_ADJECTIVES:
            return True  # "ברחובות העיר"; not "בגבעתיים התקיימה", a verb after the town
        place = lookup(first) or lookup(after.group(1))
        if place is not None and place.kind == "place":
            return True
    return bool(_WENT_OUT.search(text[: mention.start]))


# (past, present, future and infinitive: "ונצא לרחובות", "נצא לרחובות", "לצאת לרחובות", "ייצאו לרחובות")
_WENT_OUT = re.compile(
    r"(?<![\u05d0-\u05ea])ו?(?:יצא|יצאו|יצאה|יצאנו|יוצאים|יוצאות|ירדו|נהרו|נצא|ייצאו|תצא|תצאו|לצאת|נרד)"
    r"\s+[לב]?$"
)


# A word for a town, then its name in apposition: "בעיירה X", "העיר X", "ביישוב X" (the name is the place, the
# word its kind). The word after it is no name when it is definite, a number, an adjective or a noun of kind
# ("עיר נמל", "עיירה קטנה", "העיר עצמה").
_TOWN_WORD = re.compile(
    rf"(?<![\u05d0-\u05ea])(?:(?:[ו]?[בלמ]|[ובלמש]{{0,2}}ה)(?:עיירה|עיר|יישוב|מושבה|מאחז)|[ובלמש]{{0,2}}הכפר)"
    rf"\s+({_WORD}(?:[-\u05be]{_WORD})?)(?![\u05d0-\u05ea\"\u05f4'\u05f3-])"
)
# The plural ("ביישובים X ו-Y", "בכפרים X, Y ו-Z"): the towns are listed after it.
_TOWNS_WORD = re.compile(r"(?<![\u05d0-\u05ea])(?:[ו]?[בלמ]|[ובלמש]{0,2}ה)(?:יישובים|ישובים|כפרים|עיירות)\s+")
_LISTED_TOWN = re.compile(rf"(?:,\s*|\s+ו-?|\s+)?({_WORD}(?:[-\u05be]{_WORD})?)(?![\u05d0-\u05ea\"\u05f4'\u05f3-])")
# The Arabic article as the second word of a town's name ("ג'סר א-זרקא", "עין אל-אסד").
_ARABIC_ARTICLE_WORD = re.compile(r"\s+((?:א|אל|א[\u05d0-\u05ea])-[\u05d0-\u05ea'\u05f3]{2,})(?![\u05d0-\u05ea])")
# A second word closed by a mark ("ליישוב X Y, פחות משנה"): a town of two words the gazetteer need not know.
_CLOSED_SECOND_WORD = re.compile(rf"\s+({_WORD})(?=\s*[,.;:]|$)")
_NOT_A_SECOND_WORD = {"אתמול", "שלשום", "אמש", "מחר", "כעת", "עכשיו", "לאחרונה", "מאז", "לפני", "אחרי", "שלנו",
                      "שלי", "שלכם", "בלבד", "כולו", "כולה", "עצמו"}  # fmt: skip
_NOT_A_TOWN_NAME = {
    "נמל", "בירה", "מחוז", "חוף", "קודש", "פיתוח", "גבול", "ספר", "מגורים", "מקלט", "שדה", "דייגים", "עצמה", "כולה",
    "שלו", "שלה", "שלהם", "זו", "זאת", "היא", "הוא", "שבה", "שבו", "עתיקה", "גדולה", "קטנה", "חדשה", "יהודית",
    "ערבית", "נוצרית", "מעורבת", "בעלת", "קטן", "גדול", "חדש", "ישן", "ותיק", "ותיקה", "אחרת", "אחר", "אחת", "אחד",
    "כלשהי", "כלשהו", "שלמה", "נטושה", "הרוסה", "מוקפת", "מבוצרת", "מרכזית", "ראשית", "שכנה", "סמוכה", "רבתי",
    # times after a clitic ("במועצת העיר בשבוע הבא": the council's meeting next week)
    "שבוע", "חודש", "שנה", "יום", "ימים", "ערב", "בוקר", "לילה", "עבר", "סוף", "תחילת", "מהלך", "זמן",
    "מרוחקת", "דרומית", "צפונית", "מזרחית", "מערבית", "גם", "לא", "כי", "את", "על", "של", "עם", "אל", "עד",
    "שלנו", "שלי", "שלכם", "בלתי", "לא-מוכר", "מוכר", "פלסטיני", "ערבי", "בדואי", "דרוזי", "יהודי",
    # "the town" as a clause's subject, then its copula or modal ('"העיר תהיה מנותקת", אמר'; "העיר נמצאת")
    "תהיה", "הייתה", "היתה", "היה", "יהיה", "נמצאת", "נחשבת", "עלולה", "עשויה", "צריכה", "יכולה", "זקוקה",
}  # fmt: skip


_FINAL = str.maketrans("כמנפצ", "ךםןףץ")


def _of_a_country(word: str) -> bool:
    """Whether `word` is the adjective of a place the gazetteer knows: the place's name and "י" ("לבנוני" of
    לבנון, "סורי" of סוריה, "מצרי" of מצרים)."""
    if not word.endswith("י") or len(word) < 4:
        return False
    stem = word[:-1]
    stem = stem[:-1] + stem[-1:].translate(_FINAL)
    for form in (stem, stem + "ה", word[:-1] + "ים"):
        known = lookup(form)
        if known is not None and known.kind == "place":
            return True
    return False


def _town_name_shaped(name: str) -> bool:
    """Whether a word after a word for a town can be the town's name: no article, "and", verb, plural, adjective
    or function word."""
    if name.startswith("ה") or name in _NOT_A_TOWN_NAME or name[:1] in "ו" or len(name) < 3:
        return False
    if re.fullmatch(r"נ[\u05d0-\u05ea]{3}ו|הת[\u05d0-\u05ea]{3,4}ו|[\u05d0-\u05ea]{3,}(?:ים|ות|ית|יים)", name):
        return False
    known = lookup(name)
    return not _of_a_country(name) and (known is None or known.kind == "place")


def _second_word(text: str, at: int, name: str) -> re.Match[str] | None:
    """The second word of a town's name the gazetteer does not know as one word: an Arabic article's ("X א-Y"),
    or a word the clause's mark closes ("ליישוב X Y, ...")."""
    arabic = _ARABIC_ARTICLE_WORD.match(text, at)
    if arabic is not None:
        return arabic
    closed = _CLOSED_SECOND_WORD.match(text, at)
    if closed is None or lookup(name) is not None or not _town_name_shaped(closed.group(1)):
        return None
    return None if closed.group(1) in _NOT_A_SECOND_WORD or closed.group(1)[:1] in "בכש" else closed


# "תושבי X", "תושב X": where its residents live, a town's name in the construct state's complement.
_RESIDENTS_OF = re.compile(
    rf"(?<![\u05d0-\u05ea])[ו]?(?:תושבי|תושב|תושבת|תושבות)\s+({_WORD}(?:[-\u05be]{_WORD})?)"
    r"(?![\u05d0-\u05ea\"\u05f4'\u05f3-])"
)
# What residents are besides a town's: of abroad, permanent, of the area, or of a side of the country.
_NOT_RESIDENTS_TOWN = {"חוץ", "קבע", "זר", "זרים", "אזור", "מזרח", "מערב", "צפון", "דרום", "מרכז", "שטחים", "יו\"ש",
                       "מדינה", "ארעי", "קבועים", "רבים", "נוספים", "אחרים", "שכונה", "כפר", "עיר"}  # fmt: skip


def residents_towns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the town its residents are named after ("תושבי X – נציגם יטען")."""
    out: list[tuple[int, int, str]] = []
    if "תושב" not in text:
        return out
    for m in _RESIDENTS_OF.finditer(text):
        name = m.group(1)
        if name in _NOT_RESIDENTS_TOWN or not _town_name_shaped(name) or name[:1] in "בלמכש" and lookup(name) is None:
            continue
        second = _SECOND_WORD.match(text, m.end(1))
        whole = lookup(f"{name} {second.group(1)}") if second is not None else None
        if second is not None and whole is not None and whole.kind == "place":
            out.append((m.start(1), second.end(1), f"{name} {second.group(1)}"))
        elif lookup(name) is not None or _RESIDENTS_CLOSED.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), name))
    return out


# An unknown town's name after "residents of" is taken when a mark, a dash or a verb's "and" closes it.
_RESIDENTS_CLOSED = re.compile(r"\s*(?:[,.;:)–-]|$)")


def listed_towns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the towns listed after a plural word for towns ("ביישובים X ו-Y")."""
    out: list[tuple[int, int, str]] = []
    for m in _TOWNS_WORD.finditer(text):
        at = m.end()
        for _ in range(6):
            w = _LISTED_TOWN.match(text, at)
            if w is None:
                break
            first = w.group(0).lstrip()[:1] == "ו" and not w.group(0).startswith(",")
            name = w.group(1)[1:].lstrip("-") if first and out and w.group(1)[:1] == "ו" else w.group(1)
            if at != m.end() and not (w.group(0).startswith(",") or w.group(0).lstrip().startswith("ו")):
                break  # the list ends where no comma or "and" opens the next name
            if not _town_name_shaped(name):
                break
            start, end = w.end(1) - len(name), w.end(1)
            second = _ARABIC_ARTICLE_WORD.match(text, end)
            if second is not None:
                name, end = f"{name} {second.group(1)}", second.end(1)
            out.append((start, end, name))
            at = end
    return out


# A construct noun that "the town" completes ("מועצת העיר", "מרכז העיר", "מהנדס העיר", "אוכלוסיית העיר"): a
# feminine construct in ת, or a noun of a town's office or part (not one who lives there or was born there:
# "תושבת העיר X", "ילידת העיר X" name the town).
_FACTION_HEADS = {"סיעת", "מפלגת", "תנועת", "רשימת"}
_OF_THE_TOWN = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:(?!תושבת|ילידת|יוצאת|בת\s)[\u05d0-\u05ea]{2,}ת|מרכז|מהנדס|גזבר|מזכיר|שטח|גבולות|תקציב|ועד)\s+$"
)


def town_appositions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each town named after a word for a town ("נולד בעיירה X שבפולין": X)."""
    out: list[tuple[int, int, str]] = []
    if not any(k in text for k in ("עיר", "עייר", "יישוב", "ישוב", "מושבה", "כפר", "מאחז", "תושב")):
        return out
    out.extend(listed_towns(text))
    out.extend(residents_towns(text))
    for m in _TOWN_WORD.finditer(text):
        name = m.group(1)
        if name.startswith("ה") or name in _NOT_A_TOWN_NAME or name[:1] in "ו" or len(name) < 3:
            continue
        if name[:1] == "ל" and lookup(name) is None:
            continue  # "מועצת העיר לפצוח בביקורת" (the council, to open): an infinitive, no town's name
        if name[:1] in "בלמכש" and name[1:] in _NOT_A_TOWN_NAME:
            continue  # "בעיר כעל שכונות" (in the city as on ...): a clitic and a function word, no name
        glued = name[:1] in "בלמ" and (name[1:2] == "ה" or name[1:] in _FACTION_HEADS)
        if glued and _OF_THE_TOWN.search(text[: m.start()]) and "ה" in text[m.start() : m.start(1)]:
            # "חברי מועצת העיר מסיעת X", "מהנדס העיר בהודעה": "the town" completes a construct noun, and a
            # preposition glued to a faction's head or a definite noun follows (not "מועצת הכפר X": its name)
            continue
        if re.search(r"(?<![\u05d0-\u05ea])ראש\s+$", text[: m.start()]):
            continue  # "ראש העיר ציין" (the mayor noted): "head of the city" is a title; its town is "ראש עיריית X"
        if name[:1] in "בלמכש" and (lookup(name[1:]) is not None or lookup("ה" + name[1:]) is not None):
            continue  # "ביישוב בגליל": a preposition and a place, where the town is
        if re.fullmatch(r"נ[\u05d0-\u05ea]{3}ו|הת[\u05d0-\u05ea]{3,4}ו|[\u05d0-\u05ea]{3,}(?:ים|ות|ית|יים)", name):
            continue  # "בעיר נפצעו", "בעיר שוכנים": a verb or a plural or an adjective, no name
        if _of_a_country(name):
            continue  # "מיישוב לבנוני": the adjective of a country (a Lebanese village), no town's name
        known = lookup(name)
        if known is not None and known.kind != "place":
            continue
        if known is None and _verb_of_the_town(text, m, name):
            continue  # "מועצת העיר תתכנס ביום רביעי", "העיר דחתה את ההצעה": the town, then its verb
        # A town of two words the gazetteer knows ("בעיר אור יהודה", "בעיר בית שמש"): the pattern takes one word,
        # which would name a different place or none and hide the whole name.
        second = _SECOND_WORD.match(text, m.end(1))
        if second is not None:
            whole = lookup(f"{name} {second.group(1)}")
            if whole is not None and whole.kind == "place":
                out.append((m.start(1), second.end(1), f"{name} {second.group(1)}"))
                continue
        unknown = _second_word(text, m.end(1), name)
        if unknown is not None:
            out.append((m.start(1), unknown.end(1), f"{name} {unknown.group(1)}"))
            continue
        out.append((m.start(1), m.end(1), name))
    return out


_SECOND_WORD = re.compile(rf"\s+({_WORD})(?![\u05d0-\u05ea])")

# What follows a verb rather than a town's name: its object's "את", a time of the news day, "כי", "לא", a number, an
# infinitive ("מועצת העיר אישרה אתמול", "העיר דחתה את ההצעה", "העיר תקבל 5 מיליון", "העיר תתכנס לדון").
_AFTER_A_VERB = re.compile(
    r"\s+(?:(?:את|אתמול|היום|מחר|אמש|הערב|הבוקר|השבוע|החודש|כי|לא|גם|כבר|בקרוב|ביום|בשבוע|בחודש)(?![\u05d0-\u05ea])"
    r"|(?:[בל]-?|כ-?)?\d"
    # (an infinitive, not a preposition built on ל: "היישוב X לאחר הפיגוע")
    r"|(?!ל(?:אחר|פני|עבר|כיוון|צד|מרות|שעבר|גבי|אורך|יד)(?![\u05d0-\u05ea]))ל[\u05d0-\u05ea]{3,5}(?![\u05d0-\u05ea\"״'-]))"
)


def _verb_of_the_town(text: str, m: re.Match[str], name: str) -> bool:
    """Whether the word after "the town" as a clause's subject ("העיר", "היישוב", with the article and no preposition)
    is its verb: a future of the reflexive stem ("תתכנס", "תתקיים"), or any word a verb's object, time, negation or
    infinitive follows. (A town the gazetteer does not know keeps its name: "היישוב תקוע", "בעיר תיקרית".)"""
    if "ה" not in m.group(0)[: m.start(1) - m.start()] or re.match(r"\s*[ו]?[בלמ]", m.group(0)):
        return False
    if re.fullmatch(r"תת[\u05d0-\u05ea]{3,4}", name):
        return True
    return _AFTER_A_VERB.match(text, m.end(1)) is not None


# A state's government, army, police, parliament or embassy in the construct state with the country's name.
_STATE_BODIES = {"ממשלת", "צבא", "משטרת", "שגרירות", "פרלמנט", "צי", "חיל"}


def places_seated_in_bodies(facts: list[Fact]) -> list[Fact]:
    """Places a Hebrew body's name ends with, after ב ("בית המשפט המחוזי בירושלים", "היישוב היהודי בחברון"): where
    the body sits is a place of the story too, one fact per place not found on its own."""
    known = {f.text for f in facts if f.kind == "place"}
    added: dict[str, Fact] = {}
    for fact in facts:
        words = fact.text.split()
        if fact.kind != "organisation":
            continue
        country = lookup(" ".join(words[1:])) if len(words) > 1 and words[0] in _STATE_BODIES else None
        # (not "ממשלת ישראל": the Hebrew press's own state, named by its government as an institution)
        foreign = country is not None and country.name != "Israel"
        if country is not None and foreign and country.kind == "place" and country.detail == "country":
            # "ממשלת אוקראינה הסכימה", "צבא X": a country's government or army names the country as well
            name = " ".join(words[1:])
            if name not in known:
                added.setdefault(name, Fact("place", name, fact.sentence, sentences=list(fact.sentences)))
            continue
        town = _served_town(words)
        if town is not None:
            if town not in known:  # "עיריית חולון הודיעה": the town its municipality or police serves
                added.setdefault(town, Fact("place", town, fact.sentence, sentences=list(fact.sentences)))
            continue
        for n in (2, 1):  # ("בתל אביב": a place of two words)
            if len(words) <= n or not words[-n].startswith("ב"):
                continue
            name = " ".join([words[-n][1:], *words[len(words) - n + 1 :]])
            entry = lookup(name)
            if entry is not None and entry.kind == "place" and name not in known:
                added.setdefault(name, Fact("place", name, fact.sentence, sentences=list(fact.sentences)))
                break
    return list(added.values())


# Bodies of one town, named by it: its municipality, its council, its police ("עיריית X", "המועצה המקומית X",
# "משטרת X").
_TOWN_BODIES = ("עיריית", "משטרת", "מועצה מקומית", "המועצה המקומית", "מועצה אזורית", "המועצה האזורית")


def _served_town(words: list[str]) -> str | None:
    """The town (no country: "משטרת ישראל") a body of one town is named after, when the gazetteer knows it."""
    for head in _TOWN_BODIES:
        size = len(head.split())
        if len(words) > size and " ".join(words[:size]) == head:
            town = " ".join(words[size:])
            entry = lookup(town)
            if entry is not None and entry.kind == "place" and entry.detail != "country":
                return town
    return None
