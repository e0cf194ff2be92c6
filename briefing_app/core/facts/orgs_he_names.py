"""Hebrew organisations by their shape: a head noun in the construct state ("משרד הבריאות", "חברת X") and what it is
of, an acronym written with gershayim ("בג"ץ"), a name in quote marks after its kind ('העיתון "X"')."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.gazetteer import names_an_organisation as _is_org
from briefing_app.core.facts.hebrew_clitics import hebrew_prefix_ok
from briefing_app.core.facts.orgs import HE_HEADS
from briefing_app.core.facts.orgs_he import (
    _OF_PARENT,
    _SUB_BODY_HEADS,
    NOUNS_SHAPED_AS_HIFIL,
    fields_after_comma,
    hebrew_org_tail,
    hebrew_purpose,
    list_of_fields,
    pair_of_fields,
    party_in_brackets,
)
from briefing_app.core.facts.orgs_he_kinds import (
    definite_bodies,
    institution_names,
    limited_companies,
    military_units,
    paper_names,
    services_of_a_place,
    told_outlets,
)
from briefing_app.core.facts.orgs_he_markets import markets_and_schools
from briefing_app.core.facts.orgs_he_not import not_a_body_here
from briefing_app.core.facts.orgs_he_police import police_units
from briefing_app.core.facts.orgs_he_treasury import treasury_alone
from briefing_app.core.facts.people_he_words import HE_TITLES

# Past-tense verbs that start with ה like a definite noun and follow a body's name in news: "משרד החוץ הודיע".
_HE_VERBS = {
    "הודיע", "הודיעה", "הודיעו", "העלה", "העלתה", "הצביע", "הצביעה", "הצביעו", "החליט", "החליטה", "החליטו", "הכריז",
    "הכריזה", "הגיש", "הגישה", "הורה", "הורתה", "הזהיר", "הזהירה", "הדגיש", "הדגישה", "הסביר", "הסבירה", "הוסיף",
    "הוסיפה", "הציע", "הציעה", "הביע", "הביעה", "הגיב", "הגיבה", "הכחיש", "הכחישה", "החל", "החלה", "המשיך", "המשיכה",
    "השיב", "השיבה", "הבהיר", "הבהירה", "הפסיק", "הפסיקה", "הוציא", "הוציאה", "הפיץ", "הפיצה", "הבטיח", "הבטיחה",
    "הגיע", "הגיעה", "הגיעו", "היה", "הייתה", "היו", "הוא", "היא", "הם", "הן", "הזה", "הזאת", "האלה", "הורידה",
    "הוריד", "העביר", "העבירה", "הקים", "הקימה", "הטיל", "הטילה", "התנגד", "התנגדה", "התחיל", "התחילה", "הסכים",
    "הסכימה", "הציג", "הציגה", "העריך", "העריכה", "הצהיר", "הצהירה", "פרסם", "פרסמה", "אישר", "אישרה", "אמר", "אמרה",
    "היתה",  # (the spelling without the second yod: "ההסתדרות היתה")
    # (hif'il pasts of roots ending in ה, which the hif'il shape below misses: "משרד הקליטה הקצה", "הפנה", "הנחה")
    "הקצה", "הקצתה", "הקצו", "הפנה", "הפנתה", "הפנו", "הנחה", "הנחתה", "הנחו", "הראה", "הראתה", "הראו", "הלווה",
    "הלוותה", "הלוו",
}  # fmt: skip
_HE_VERBS |= {v + "ו" for v in _HE_VERBS if not v.endswith(("ה", "ו", "א"))}  # the plural: הודיעו, הגיבו
# Definite nouns a body's name ends with that are spelt as a hif'il past ("נציבות שירות המדינה", "המשרד
# להגנת הסביבה", "ועדת החקירה"): the state, the environment, the inquiry, the review.
_NOUNS_SHAPED_AS_HIFIL = NOUNS_SHAPED_AS_HIFIL
# A hif'il past verb in any person ("המליץ", "השקיעה", "הודיעו") after a name's complement ends the name.
_HE_HIFIL_PAST = re.compile(r"ה[\u05d0-\u05ea]{2}י[\u05d0-\u05ea][הו]?")
# Words that start a person's or a place's name of two words: "בן גוריון", "באר שבע", "רמת גן", "כפר סבא".
# A definite present participle (pa'al "האוחזת", "העוסקים"; hif'il "המחזיקה", "המפעילים"): "which holds/runs ...",
# a relative clause after a body's name, never the name's own word.
_HE_DEFINITE_PARTICIPLE = re.compile(
    r"ה[\u05d0-\u05ea]ו[\u05d0-\u05ea]{2}(?:ת|ים|ות)|המ[\u05d0-\u05ea]{2}י[\u05d0-\u05ea](?:ה|ים|ות)"
)

# A hitpa'el past in any person ("התגייס", "התגייסה", "התגייסו"), after a name closed by its article.
_HE_HITPAEL_PAST = re.compile(r"הת[\u05d0-\u05ea]{3,4}[הו]?|ה(?:שת|סת|צט|זד)[\u05d0-\u05ea]{2,3}[הו]?")
# (and with the ת swapped past a first sibilant: "השתבשה", "הסתיים", "הצטרפו", "הזדעקו")
# The same right after a definite head, in the masculine singular or with the swapped sibilant ("המשרד התקשר",
# "האיגוד השתבשה").
_HE_HITPAEL_AFTER_HEAD = re.compile(r"הת[\u05d0-\u05ea]{3}|ה(?:שת|סת|צט|זד)[\u05d0-\u05ea]{2,3}[הו]?")
# Adjectives that say which one or how it stands, never part of a body's name ("בית החולים החדש" the new hospital,
# "הממשלה הנוכחית" the present government), masculine and feminine, without the article.
_HE_DESCRIBING = {"חדש", "חדשה", "ישן", "ישנה", "נוכחי", "נוכחית", "קודם", "קודמת", "בא", "באה", "קרוב", "קרובה",
                  "סמוך", "סמוכה"}  # fmt: skip
# A hif'il past of a root that lost a letter, four letters with י third ("השיק", "הגיע", "הציג", "הביע").
_SHORT_HIFIL_PAST = re.compile(r"ה[\u05d0-\u05ea]י[\u05d0-\u05ea][הו]?")


_PLANT_KIND = re.compile(r"מפעל|תאגיד|קונצרן")


# A possessive pronoun after a body's kind and field ("עמותת החינוך שלו"): whose body of that kind it is.
_OWNED_BY_PRONOUN = re.compile(r"\s+של(?:ה|ו|הם|הן|נו|י|כם|כן)(?![\u05d0-\u05ea])")


# Endings of a feminine or plural Hebrew word: an adjective in none of them is masculine singular.
_NOT_MASCULINE_ENDS = ("ה", "ת", "ים", "ות")


def _describes_the_complement(head: str, kept: list[str], adjective: str) -> bool:
    """Whether "new", "old" after a feminine construct head's one definite complement agrees with the complement
    alone, so it is part of the name ("מפלגת הימין החדש": the new right, masculine; "מפלגת העבודה החדשה", the new
    party, agrees with the head and says which one)."""
    feminine_construct = head.endswith("ת") and " " not in head and not head.startswith("ה")
    return (
        feminine_construct
        and len(kept) == 1
        and kept[0][:1] == "ה"
        and not kept[0].endswith(_NOT_MASCULINE_ENDS)
        and not adjective.endswith(_NOT_MASCULINE_ENDS)
    )


def _plural_of_the_members(head: str, word: str) -> bool:
    """Whether a definite plural after a definite singular feminine head ("המועצה הנבחרים", "המועצה הנכנסים")
    agrees with what comes before the head (its members), so the head stands alone and names no body."""
    return head.startswith("ה") and head.endswith("ה") and word[:1] == "ה" and word.endswith("ים") and len(word) > 4


def verb_shaped(word: str) -> bool:
    """A past verb of the shapes news puts after a body's name: hif'il ("השמיד") or one of _HE_VERBS."""
    return word in _HE_VERBS or (_HE_HIFIL_PAST.fullmatch(word) is not None and word not in _NOUNS_SHAPED_AS_HIFIL)


_HE_NAME_BUILDERS = {"בן", "בת", "אבו", "אבן", "בית", "רמת", "קרית", "קריית", "כפר", "נווה", "גבעת", "תל", "ראש",
                     "באר", "עין", "מעלה", "אום", "בני", "פתח", "בר", "מצפה", "שדה", "גני", "מבשרת", "זכרון",
                     "כרמי", "נוף"}  # fmt: skip
_HE_STOP = {"על", "של", "את", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "אמר", "אמרה", "כדי",
            # prepositions of time and cause ("לצבא בעקבות הגיוס": following the draft), no word of a name
            "בעקבות", "בגלל", "בשל", "עקב", "במהלך", "בזמן", "למרות", "מאז"}  # fmt: skip


# (and the other kinds of paper, and a paper's journalist: 'במגזין "X"', 'עיתונאי "X" Y Z')
_HE_QUOTED_NAME = re.compile(
    r"(?<![\u0590-\u05ff])[ובלמש]?(?:עיתון|העיתון|ערוץ|אתר|חברת|סוכנות|תוכנית|רשת|ה?מגזין|ה?שבועון|ה?ירחון|ה?יומון|"
    # (a plant, a corporation or a group by its quoted name: 'העובדים במפעל "X"', 'התאגיד "X"')
    r"ה?מקומון|ה?עיתונאי|ה?עיתונאית|ה?מפעל|מפעלי|ה?תאגיד|ה?קונצרן)\s*[\"„“']([^\"„“”']{2,40}?)[\"“”']"
)


def hebrew_orgs(text: str) -> list[tuple[int, int, str]]:
    """משרד הבריאות, חברת X: a head noun in the construct state and what it is of, ending before a verb
    (משרד החוץ הודיע), a second body joined by "and" (ומפלגת ...) or after a place's name (בנק ישראל)."""
    original = text
    # "בית-המשפט", "בית-משפט השלום": the hyphen some papers write after "בית" is the blank of the construct state
    # (the same length, so every offset holds; the names are given back as the text writes them)
    text = _HOUSE_HYPHEN.sub(r"\1 ", text)
    if text == original:
        return _hebrew_orgs(text)
    return [(a, b, name.replace(text[a:b], original[a:b])) for a, b, name in _hebrew_orgs(text)]


_HOUSE_HYPHEN = re.compile(r"(?<![\u05d0-\u05ea])([ובלמשכ]{0,2}בית)-(?=[\u05d0-\u05ea])")


def _hebrew_orgs(text: str) -> list[tuple[int, int, str]]:
    out = []
    heads = "|".join(sorted(HE_HEADS + HE_MORE_HEADS, key=len, reverse=True))
    taken_to = 0
    for m in re.finditer(
        rf"(?<![\w\u0590-\u05ff])(?:[ובלמשכ]{{0,2}}ה|[ובלמשכ]{{1,2}})?((?:{heads}))(?=((?:\s+[\u0590-\u05ff\"'״׳-]+[,.]?){{1,3}}))",
        text,
    ):
        if m.start(1) < taken_to:
            continue
        kept: list[str] = []
        rest = m.group(2).split()
        if m.group(1) == "ממשלת" and re.search(r"(?<![\u05d0-\u05ea])[ובלמשכ]{0,2}ה?ראש(?:ת)?\s+$", text[: m.start()]):
            continue  # "ראש ממשלת צרפת", "הפך לראש ממשלת X": a title (prime minister), the country is the place
        if rest[0][:1] in '"„“\'' or m.group(1) == "עיתון":
            continue  # העיתון "X", "בעיתון הארץ": the paper's name is read below
        disposal = m.group(1) == "רשות" and text[m.start() : m.start(1)].endswith("ל")
        if disposal and _AT_DISPOSAL.search(text[: m.start()]):
            continue  # "האמצעים העומדים לרשות המשטרה": at the police's disposal, the idiom, no authority
        if m.group(1) == "מטה" and re.fullmatch(r"ו?[לו]", text[m.start() : m.start(1)]) and rest[0][:1] != "ה":
            continue  # "כשהם למטה אנחנו", "בני 45 ומטה צמצמה": the adverb (down, and below), no headquarters
        if not_a_body_here(m.group(1), rest[0].rstrip(",."), text[: m.start()], " ".join(rest[1:3])):
            continue  # "חברת הכנסת" (a member), "ועדת חקירה" (a kind), "בדרום ומרכז הגליל" (an area)
        place = next(
            (n for n in (3, 2, 1) if len(rest) >= n and lookup(" ".join(rest[:n]).rstrip(",.")) is not None), 0
        )
        place = place or next((n for n in (3, 2, 1) if len(rest) >= n and _is_org(" ".join(rest[:n]).rstrip(",."))), 0)
        if place:  # "אוניברסיטת תל אביב", "בנק ישראל": a place's name goes whole into the organisation's
            kept = [w.rstrip(',."״') for w in rest[:place]]
            rest = []
        definite = text[m.start() : m.start(1)].endswith("ה")  # "הצבא": a head with the article is no construct
        definite = definite or " ה" in m.group(1)  # "בית המשפט": the article closes the construct chain
        for r, w in enumerate(rest):
            bare = w.rstrip(',."״')
            if _participle_before_clause(bare, rest[r + 1 : r + 2]):
                break  # "במוסד מעריכים כי": people of the body think, a present-tense verb after its name
            builder = bool(kept) and kept[-1] in _HE_NAME_BUILDERS  # "אוניברסיטת בן גוריון": a name of two words
            # "רשות ניירות ערך", "ארגון זכויות אדם": a construct plural takes its own complement (no verb in ה or ו)
            builder = builder or (
                len(kept) == 1 and kept[-1].endswith("ות") and kept[-1][:1] != "ה" and not bare.endswith(("ה", "ו"))
            )
            hifil = _HE_HIFIL_PAST.fullmatch(bare) and bare not in _NOUNS_SHAPED_AS_HIFIL
            if not kept and bare[:1] == "ו" and bare[1:2] not in ("ו", "י") and not definite:
                break  # "פקידים ברשות ואנשי ציבור", "ברשות וכן": "and" opens the clause's next item, no name (not
                # a foreign name's W, "מכון וינגייט", "וולפסון")
            if not kept and m.group(1) == "בנק" and not _bank_name_word(bare, definite):
                break  # "יו"ר בנק צפויות להתפנות", "הבנק החלטה לא קיבל": a bank, then the clause's next word
            # (a head in the construct state, -ת not -ות, takes a noun: "מועצת העיר", never a verb, "העיר")
            construct = m.group(1).endswith("ת") and not m.group(1).endswith("ות") and " " not in m.group(1)
            if not kept and _SHORT_HIFIL_PAST.fullmatch(bare) and not construct:
                break  # "פורום X בהסתדרות השיק": ב swallowed the article, then a short hif'il past (השיק, הגיע)
            if bare in HE_TITLES and bare[:1] != "ה" and bare not in ("שר", "שרת", "נשיא") and rest[r + 1 : r + 2]:
                break  # "מפקד מחוז מרכז ניצב X": a rank, then its holder's name, after the district's name
            if bare in _HE_STOP or bare in _HE_VERBS or ((kept or definite) and hifil):
                break  # "חברת החשמל השקיעה": a verb after the name
            if kept and kept[-1][:1] == "ה" and bare[:1] == "ה" and bare.endswith("ים") and not kept[-1].endswith("ים"):
                break  # "חברי מועצת העיר החתומים": a plural agrees with the members, no adjective of "העיר"
            if kept and _HE_DEFINITE_PARTICIPLE.fullmatch(bare):
                break  # "חברת X האוחזת ב...", "חברת X המחזיקה ב...": a relative participle after the name
            if not kept and definite and _HE_HITPAEL_AFTER_HEAD.fullmatch(bare):
                break  # "המשרד התקשר": a hitpa'el past verb after a definite head
            if kept and kept[-1][:1] == "ה" and _HE_HITPAEL_PAST.fullmatch(bare) and not bare.endswith(("ות", "ים")):
                break  # "הסתדרות העובדים התגייסה": the article closed the chain, a hitpa'el past verb follows
            if bare[:1] == "ה" and bare[1:] in _HE_DESCRIBING and (kept or definite):
                if not _describes_the_complement(m.group(1), kept, bare[1:]):
                    break  # "בית החולים החדש", "ההנהלה הנוכחית": which one, not the body's name
            if not kept and _plural_of_the_members(m.group(1), bare):
                break  # "חברי המועצה החדשים": the plural agrees with the members, not with the council
            if len(kept) == 1 and kept[0][:1] == "ה" and _coordinated_field(m.group(1), bare, heads):
                kept.append(bare)  # "משרד העבודה והרווחה", "רשות הטבע והגנים": a body of two fields
                if w != bare:
                    break
                continue
            if (kept or definite or _he_definite_head(m.group(1))) and not bare.startswith("ה") and not builder:
                break
            if kept and bare[:1] == "ו" and bare[1:2] != "ה" and rest[r + 1 : r + 2] and rest[r + 1][:1] == "ה":
                break  # "ועדת בייסקי ובתי המשפט": "and" a noun in the construct state opens a second body
            if re.match(rf"[ו]?(?:{heads})", bare) and not bare.startswith("ה") and (kept or bare[:1] == "ו"):
                break  # "ההסתדרות ומפלגת העבודה": a second body (not "נציבות שירות המדינה": its construct)
            surname = m.group(1).endswith("ת") and not bare.endswith("ית")  # "ועדת שלגי": a construct head's noun
            bank_name = m.group(1) == "בנק" and bare not in _BANK_KINDS and not names_a_people(bare)
            # ("עיריית קריית X": the first word of a town's name, no adjective)
            named = surname or bank_name or bare in _HE_NAME_BUILDERS
            if not kept and not bare.startswith("ה") and bare.endswith(("י", "ית")) and not named:
                break  # "מרכז רפואי": a description, not a name (a bank's own name is often such a word)
            if not kept and not definite and not m.group(1).endswith("ת") and _he_for_what(bare):
                break  # "משרד לחשבונאות", "משרד לייעוץ": an indefinite head and its purpose describe, never name
            kept.append(bare)
            if w != bare:
                break  # a comma or full stop ends the name
        if len(kept) == 1 and not definite and list_of_fields(rest):
            kept = [f"{rest[0]} {rest[1]} {rest[2].rstrip(',.')}"]  # "ועדת עבודה, רווחה ובריאות": fields in a list
        elif len(kept) == 1 and not definite and m.group(1) in ("ועדת", "וועדת") and pair_of_fields(rest):
            kept = [f"{rest[0]} {rest[1]}"]  # "ועדת חוץ וביטחון": a committee of two fields, bare
        elif rest and kept == [rest[0].rstrip(",")] and m.group(1) in ("ועדת", "וועדת") and fields_after_comma(rest):
            kept = [rest[0], rest[1], rest[2].rstrip(",.")]  # "ועדת החוקה, חוק ומשפט": its fields in a list
        # ("בית המשפט לנוער", "בית הדין לעבודה": a court by its field, the article inside the head)
        if not kept and not place and (text[m.start() : m.start(1)].endswith("ה") or " ה" in m.group(1)):
            purpose = hebrew_purpose(text[m.end(1) :])
            if not purpose and m.group(1).startswith(("בית המשפט", "בית הדין")):
                court_field = _COURT_FIELD.match(text, m.end(1))  # "בית המשפט לתביעות קטנות": the court's field
                purpose = court_field.group(0) if court_field else ""
            kept = [purpose.strip()] if purpose else []
        if kept:
            definite_head = text[m.start() : m.start(1)].endswith("ה")
            # "באוניברסיטה העברית": ב swallowed the article of a head in -ה, which takes a definite adjective
            swallowed = bool(re.fullmatch(r"ו?[בלכ]", text[m.start() : m.start(1)])) and m.group(1).endswith("ה")
            swallowed = swallowed and kept[0].startswith("ה") and " " not in m.group(1)
            head, start = ("ה" + m.group(1), m.start(1) - 1) if definite_head else (m.group(1), m.start(1))
            head = "ה" + head if swallowed else head
            name = " ".join([head.strip(), *kept])
            tail = _he_affairs_of(text, start + len(name)) or _he_district_of(text, start + len(name), kept[-1])
            # "בית המשפט המחוזי בחיפה": a court of a level takes its seat; the one supreme court does not
            if re.match(r"\s*[\"״„“]", text[start + len(name) :]) and _HE_QUOTED_BODY.match(text, m.start()):
                continue  # 'מכון המחקר "X"': the kind before a quoted name, which is read as the body
            court = name.startswith(("בית המשפט", "בית משפט", "בית הדין")) and not name.endswith("העליון")
            seatless = name
            name += tail or hebrew_org_tail(text[start + len(name) :], court)  # "בית משפט השלום תל אביב"
            field = _COURT_FIELD.match(text, start + len(name)) if court and name == seatless else None
            if field is not None:
                name += field.group(0)  # "בית הדין הארצי לעבודה", "בית המשפט המחוזי לנוער": the court's field
                seat = hebrew_org_tail(text[start + len(name) :], court=True)
                name += seat if seat.startswith(" ב") else ""  # "בית הדין האזורי לעבודה בבאר שבע": then its seat
            elif definite_head or name.split()[-1].startswith("ה"):
                name += hebrew_purpose(text[start + len(name) :])  # "הלשכה המרכזית לסטטיסטיקה"
            parent = _OF_PARENT.match(text, start + len(name)) if m.group(1) in _SUB_BODY_HEADS else None
            name += parent.group(0) if parent else ""  # "ועדת התשתיות של הכנסת": the parliament's committee
            if _OWNED_BY_PRONOUN.match(text, start + len(name)) and len(kept) == 1 and kept[0][:1] == "ה":
                continue  # "עמותת החינוך שלו": its education association, a body of a kind its owner has, no name
            out.append((start, start + len(name), name))  # "הצבא הסורי" keeps its article
            taken_to = start + len(name)
    out.extend(o for o in party_in_brackets(text) if not any(a <= o[0] < b for a, b, _ in out))
    for o in [*institution_names(text, _HE_VERBS), *limited_companies(text, _HE_VERBS)]:  # longer than the kind
        out = [o, *(p for p in out if not (o[0] <= p[0] and p[1] <= o[1]))]
    for o in [*military_units(text), *police_units(text), *paper_names(text, _HE_VERBS),
              *definite_bodies(text, _HE_VERBS), *services_of_a_place(text), *markets_and_schools(text),
              *told_outlets(text), *treasury_alone(text)]:  # fmt: skip
        if not any(a <= o[0] < b or o[0] <= a < o[1] for a, b, _ in out):
            out.append(o)
    for m in _HE_QUOTED_NAME.finditer(text):
        if m.group(1).split()[:1] and m.group(1).split()[0] in _HE_STOP | {"לא", "רק", "יותר"}:
            continue  # 'מסיבת עיתונאים "לא פוליטית"': a phrase quoted, no name
        if _PLANT_KIND.search(m.group(0)) and " " not in m.group(1).strip() and m.group(1)[:1] == "ה":
            continue  # 'המפעל "הישן"': one definite word in marks after a plant describes it, a scare quote
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # העיתון "X": the paper is X
    return out


# Adjectives that say what kind of bank one is ("בנק מרכזי", "בנק זר"); after "בנק" another word in -י is its
# name, as Hebrew banks are often named by an adjective.
_BANK_KINDS = {"מרכזי", "פרטי", "מסחרי", "ממשלתי", "ציבורי", "זר", "גדול", "קטן", "מקומי", "אזורי", "עולמי",
               "בינלאומי", "דיגיטלי", "אינטרנטי", "חדשני", "חדש", "ותיק", "אירופי", "אמריקאי", "אמריקני", "ערבי",
               "פלסטיני", "ישראלי", "לאומי-מרכזי", "קואופרטיבי", "אחר", "נוסף", "שוויצרי"}  # fmt: skip


# After "הבנק", adjectives any bank may take, its rank, size, age or country: a description, not a bank's name
# (unlike "המרכזי", "הבינלאומי", the adjectives banks are named by).
_ANY_BANK = {"הראשון", "השני", "השלישי", "הרביעי", "החמישי", "השישי", "השביעי", "השמיני", "התשיעי", "העשירי",
             "האחרון", "הגדול", "הקטן", "הישראלי", "הזר", "המקומי", "הפרטי", "החדש", "הוותיק", "הנוסף",
             "האחר"}  # fmt: skip


def _bank_name_word(word: str, definite: bool) -> bool:
    """Whether the word after "בנק" can be its name: no plural in -ות or -ים (a participle or a noun of the clause:
    "בנק צפויות"), unless the gazetteer knows it; after "הבנק" a definite adjective ("המרכזי", "הבינלאומי"),
    never a definite noun, which opens what is said of the bank ("הבנק החלטה")."""
    if lookup(word) is not None or lookup(word[1:]) is not None:
        return True
    if definite:
        if word in _ANY_BANK:
            return False  # "הבנק השביעי בגודלו", "הבנק הישראלי הגדול": which bank it is among others, no name
        return word[:1] != "ה" or word.endswith(("י", "ית", "יים", "יות"))
    return not word.endswith(("ות", "ים")) or word[:1] == "ה"


def names_a_people(word: str) -> bool:
    """A people's or country's adjective in -י ("צרפתי", "יפני"): the gazetteer knows the country without it."""
    if len(word) < 4:
        return False
    return any(
        (e := lookup(stem)) is not None and e.kind == "place" for stem in (word[:-1], word[:-1] + "ה", word[:-1] + "ן")
    )


# A form of "stand" (עמד, העמיד) before "לרשות": "at the disposal of", an idiom.
_AT_DISPOSAL = re.compile(r"(?<![\u05d0-\u05ea])[ושה]{0,2}(?:עומד|עומדת|עומדים|עומדות|עמד|עמדה|עמדו|יעמוד|תעמוד|יעמדו|"
                          r"העמיד|העמידה|העמידו|יעמיד|תעמיד|הועמד|הועמדה|הועמדו)\s+$")


def _participle_before_clause(word: str, nxt: list[str]) -> bool:
    """A present-tense plural verb (מעריכים, מסבירים, מודאגים) before כי, ש, את or a quote: what a body's people
    think or say ("במוסד מעריכים כי", 'ברשות מתארים "..."'), no word of its name."""
    following = nxt[0] if nxt else ""
    clause = following in ("כי", "את") or (following[:1] == "ש" and len(following) > 3 and lookup(following) is None)
    clause = clause or following[:1] in ('"', "\u05f4", ":")
    return clause and re.fullmatch(r"מ[\u05d0-\u05ea]{2,6}(?:ים|ות)", word) is not None  # (also "מודים", "מבינים")


# Bodies a definite noun names alone, which "and" joins to a body's name as a second body ("משרד הבריאות
# והמשטרה"), not a second field: the heads' absolute forms (משטרת: המשטרה) and these.
_BODY_NOUNS = {"הממשלה", "הכנסת", "הצבא", "העירייה", "המשטרה", "הפרקליטות", "המדינה", "הציבור", "הקבינט", "הנהלה",
               "ההנהלה", "החברה", "הבנק", "המוסד", "הארגון", "האו\"ם", "הקואליציה", "האופוזיציה", "השלטון"}  # fmt: skip


def _coordinated_field(head: str, word: str, heads: str) -> bool:
    """Whether "ו" and a definite noun after a construct head's first field is its second field ("משרד העבודה
    והרווחה"): not another body ("והמשטרה", "ומשרד"), a verb (hif'il or hitpa'el: "והודיע", "והתפטר"), a
    plural noun (people as often as things: "והעובדים"), a pronoun or a time."""
    if not (head.endswith("ת") or head in ("משרד", "מכון", "מרכז", "איגוד", "ארגון", "מינהל")) or word[:2] != "וה":
        return False
    noun = word[1:]
    body = noun in _BODY_NOUNS or re.fullmatch(rf"ה(?:{heads})", noun) is not None
    body = body or any(noun == "ה" + h[:-1] + "ה" for h in heads.split("|") if h.endswith("ת"))
    hifil = _HE_HIFIL_PAST.fullmatch(noun) is not None and noun not in _NOUNS_SHAPED_AS_HIFIL  # (not "הסביבה")
    verb = hifil or re.fullmatch(r"הת[\u05d0-\u05ea]{3}[הו]?", noun) or noun in _HE_VERBS
    # (and the hitpa'el past of a root whose first letter is י, written with its doubled yod: "והתייחס", "והתייצבה";
    # its nouns run longer, "והתיישבות")
    verb = bool(verb) or re.fullmatch(r"התיי[\u05d0-\u05ea]{2}[הו]?", noun) is not None
    return (
        len(noun) >= 4
        and not body
        and not verb
        and not noun.endswith(("ים", "ו"))
        and noun not in ("הוא", "היא", "הם", "הן", "היום", "השנה", "החודש", "השבוע")
        and lookup(noun) is None
        and lookup(noun[1:]) is None
    )


# More heads of Hebrew bodies in the construct state or with the article: a government, a prosecution, a
# court of a level, a faction, a gang, a church's see, "the authorities".
# The fields Israel's courts and tribunals are named by, after their level ("בית הדין הארצי לעבודה").
_COURT_FIELD = re.compile(
    r"\s+ל(?:עבודה|נוער|תביעות\s+קטנות|עניינים\s+מקומיים|ענייני\s+משפחה|ענייני\s+[\u05d0-\u05ea]+)(?![\u05d0-\u05ea])"
)
HE_MORE_HEADS = ("ממשלת", "פרקליטות", "בית משפט", "סיעת", "כנופיית", "הפטריארכיה", "השלטונות", "מפקדת", "הנהלת",
                 "בית הדין", "שירות", "פיקוד", "שגרירות", "קונסוליית",
                 # an association ("אגודת הסטודנטים"); "סוכנות", "תאגיד" and "מינהל" head common nouns as often
                 # ("סוכנות נסיעות", a travel agency)
                 "אגודת",
                 # a sports league by its name ("ליגת העל", "ליגת האלופות"), as match reports write it
                 "ליגת",
                 # a forum named after its kind ("פורום X"): a think tank or an association of its members
                 "פורום",
                 # a rabbinate ("הרבנות הראשית"), a coalition ("קואליציית X"), a headquarters ("מטה ההסברה")
                 "רבנות", "קואליציית", "מטה",
                 # an administration by its definite field ("מינהל הבטיחות"; not "מינהל תקין", `orgs_he_not`), and
                 # unions of the workers of a trade ("איגוד עובדי התחבורה", "ארגון עובדי X")
                 "מינהל", "איגוד עובדי", "ארגון עובדי",
                 # an army's brigade by its name ("חטיבת X"; not "חטיבת הגיוס", a kind, nor "חטיבת ביניים")
                 "חטיבת")  # fmt: skip


def _he_definite_head(head: str) -> bool:
    """A head that already carries the article ("בית המשפט", "הרשות", "השלטונות") is definite: only an
    adjective with the article may follow it ("בית המשפט העליון"), not the next word of the sentence
    ("בית המשפט לדבריו")."""
    return head.startswith("ה") or any(w.startswith("ה") for w in head.split()[1:])


# Hebrew abbreviations written with gershayim that name no body: titles and ranks, units, currencies,
# dates and eras, and the common shorthand of running text (a closed class, listed by hand).
_HE_NOT_BODY_ACRONYMS = {
    'ד"ר', 'עו"ד', 'יו"ר', 'רו"ח', 'מנכ"ל', 'סמנכ"ל', 'מנכ"לית', 'יו"רית', 'ח"כ', 'חה"כ', 'רמטכ"ל', 'אלו"ף',
    'רס"ן', 'סא"ל', 'תא"ל', 'אל"מ', 'רס"ל', 'רס"ר', 'סג"ם', 'נ"צ', 'ניצ"מ', 'תנ"צ', 'רנ"ג', 'מ"פ', 'מ"כ', 'מג"ד',
    'מח"ט', 'אג"ם', 'פרופ"', 'ז"ל', 'ע"ה', 'ע"י', 'עפ"י', 'כ"כ', 'בד"כ', 'אח"כ', 'סה"כ', 'ת"ז', 'מע"מ', 'בע"מ',
    'ש"ח', 'מ"ר', 'ק"מ', 'ס"מ', 'מ"מ', 'מ"ג', 'ק"ג', 'קמ"ש', 'לפנה"ס', 'לסה"נ', 'לספה"נ', 'פנה"ס', 'תנ"ך', 'חז"ל',
    'בס"ד', 'נ"ב', 'ר"ת', 'דו"ח', 'דו"חות', 'ת"ד', 'מו"מ', 'חו"ל', 'פס"ד', 'בי"ח', 'ביה"ס', 'ביהמ"ש', 'יח"צ',
    'אג"ח', 'תמ"ג', 'מק"ט', 'אא"כ', 'אע"פ', 'כנ"ל', 'הנ"ל', 'וכד\'', 'עו"ס', 'מו"ל', 'שו"ת', 'ש"ס', 'רש"י',
    'רמב"ם', 'בה"ד', 'תש"ח', 'או"ח', 'סמג"ד', 'סמח"ט', 'סמ"פ', 'קמ"ן', 'רמ"ט', 'רל"ש', 'מפכ"ל', 'מזכ"ל', 'רבש"צ',
    'קצ"ר', 'מש"ק', 'נגמ"ש', 'נגמ"שים', 'נ"ט', 'חי"ר', 'חל"ת', 'נדל"ן', 'אח"מ', 'תמ"א', 'ת"א', 'פ"ת', 'ב"ש', 'ר"ג',
    # an office's shorthand before a name ("רוה"מ X", the prime minister), the times of day and of the week and
    # the festivals' days ("אחה"צ", "מוצ"ש", "חוה"מ"), treasury bills and a current account (instruments, not
    # their issuer), and the running text's shorthand for cooperation, research and development, and a school
    'רוה"מ', 'ראה"מ', 'רה"מ', 'סגרה"מ', 'רה"ע', 'אחה"צ', 'לפנה"צ', 'מוצ"ש', 'מוצ"ח', 'חוה"מ', 'יוה"כ',
    'עיוה"כ', 'יו"ט', 'מק"ם', 'מק"מ', 'מק"מים', 'עו"ש', 'שת"פ', 'מו"פ', 'בי"ס', 'ע"ש', 'זצ"ל', 'שליט"א', 'הי"ד',
    # the weekend's shorthand (as the week's evenings above)
    'סופ"ש',
    # the offices of a police district's or an army department's head before the unit they head ('ממ"ז X', the
    # district commander; 'רמ"ח', 'רע"ן', 'קמ"ט'): a title, the unit is named after it
    'ממ"ז', 'רמ"ח', 'רע"ן', 'קמ"ט',
    # the kinds of a court's file before its number ('ע"פ 1234/97', 'עפ"א 1234-05-22', 'בבש"פ'): a criminal,
    # civil or administrative appeal, a criminal case, a detention appeal, a request to appeal, a further hearing
    'ע"פ', 'עפ"א', 'עפ"ג', 'ת"פ', 'בש"פ', 'ע"א', 'רע"א', 'רע"פ', 'דנ"א', 'דנ"פ', 'עת"מ', 'עע"ם', 'בר"ע', 'ה"פ',
    'ת"ק', 'ע"ע',
}  # fmt: skip
_HE_TITLE_ACRONYMS = {t.replace("״", '"') for t in HE_TITLES if '"' in t or "״" in t}
_HE_ACRONYM = re.compile(r"(?<![\u0590-\u05ff\"״'])([\u05d0-\u05ea]{2,5}[\"״][\u05d0-\u05ea])(?![\u0590-\u05ff\"״])")
_GEMATRIA = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70,
                                                       80, 80, 90, 90, 100, 200, 300, 400), strict=True))


def _he_gematria(word: str) -> bool:
    """A number of three letters or more in Hebrew letters (a year "תשמ"ד", a page "קכ"ג"): hundreds first, then
    letter values that never rise; "מד"א" (an aid body) starts with a ten and stays a word."""
    values = [_GEMATRIA[c] for c in word if c in _GEMATRIA]
    return values[0] >= 100 and all(a >= b for a, b in zip(values, values[1:], strict=False))


def _he_definite_number(word: str) -> bool:
    """A number from 11 to 99 in two letters ('י"א', 'כ"ב', 'ט"ו'): a ten, then a unit."""
    letters = word.replace('"', "")
    if len(letters) != 2 or any(c not in _GEMATRIA for c in letters):
        return False
    tens, units = (_GEMATRIA[c] for c in letters)
    return (10 <= tens <= 90 and 1 <= units <= 9) or letters in ("טו", "טז")


# Construct nouns in ת whose complement is a body: its forces, spokeswoman, headquarters, unit, management,
# activity or statement ("כוחות ימ"מ", "דוברת צה"ל"); after other nouns in ת an acronym is a term ("עו"ש").
_BODY_GOVERNING = {"כוחות", "דוברת", "מפקדת", "יחידת", "הנהלת", "נציגות", "פעילות", "הודעת", "תגובת", "החלטת",
                   "עמדת", "חקירת", "פעולת", "מתקפת", "תקיפת", "ישיבת", "מועצת", "ועדת", "לשכת", "סיעת", "מנכ\"לית",
                   "יו\"רית", "ראשת", "נשיאת", "מזכירות",
                   # a court's ruling, as "החלטת" is its decision ('פסיקת בג"ץ', 'בניגוד לפסיקת בג"ץ')
                   "פסיקת"}  # fmt: skip
# Places named after a body: a square, street, avenue, junction, bridge, interchange or road.
_NAMED_AFTER = {"כיכר", "רחוב", "שדרות", "שד'", "צומת", "גשר", "מחלף", "דרך", "סמטת", "רחבת"}


def street_named_after(text: str, start: int) -> bool:
    """Whether the body named at `start` names a square, street or junction after it ("בכיכר צה"ל")."""
    before = text[:start].split()[-1:] or [""]
    return before[0] in _NAMED_AFTER or re.sub(r"^[ובלמשה]{1,2}(?=[\u05d0-\u05ea]{4})", "", before[0]) in _NAMED_AFTER


def _ends_a_listed_body(before: str, acronym: str) -> bool:
    """Whether the word before an acronym, a prefix cut off, and the acronym name a body the gazetteer holds."""
    for cut in range(3):
        if cut and before[:cut] not in ("ו", "ב", "ל", "מ", "ה", "וב", "ול", "ומ", "וה", "מה", "לה", "בה", "ש"):
            continue
        entry = lookup(f"{before[cut:]} {acronym}") if len(before) - cut >= 2 else None
        if entry is not None and entry.kind == "organisation":
            return True
    return False


def hebrew_acronyms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of Hebrew acronyms written with gershayim that name a body ("לבג"ץ" is the court
    בג"ץ with "to" before it): not a title, a unit or shorthand, not a number in letters, not a place."""
    out = []
    for m in _HE_ACRONYM.finditer(text):
        word, start = m.group(1).replace("״", '"'), m.start(1)
        if re.match(r"[ובלמש]{0,2}ביה", word):
            continue  # 'בביה"ד', 'ביה"ח', 'לביהמ"ש': "the court", "the hospital" ("בית ה-" shortened), no name
        cut = ""
        while word[0] in "ובלמש" and word.index('"') > 2 and word not in _HE_NOT_BODY_ACRONYMS:
            if len(cut) == 2 or not hebrew_prefix_ok(cut + word[0]):
                break  # 'במשהב"ט' is "in" and משהב"ט: "במ" is no sequence Hebrew glues on, so מ is the acronym's
            word, start, cut = word[1:], start + 1, cut + word[0]  # a prefix letter, while two stay before the mark
        # the article stays, as with every Hebrew body's name ("השב"כ", like "הכנסת")
        glued = word[1:] if word[0] in "ובלמשהכ" else word  # "וד"ר", "לק"ג", "כמנכ"ל": a title or unit, a prefix
        titles = word in _HE_TITLE_ACRONYMS or glued in _HE_TITLE_ACRONYMS  # (every rank a name may follow: רפ"ק)
        # ('כשד"ר X': "when", כש, glued to a title; any two letters Hebrew glues before a word)
        titles = titles or (hebrew_prefix_ok(word[:2]) and word[2:] in _HE_TITLE_ACRONYMS)
        if word in _HE_NOT_BODY_ACRONYMS or glued in _HE_NOT_BODY_ACRONYMS or titles or _he_gematria(word):
            continue
        if word[0] in "ובלמשהכ" and _he_gematria(glued):
            continue  # "התשנ"ה-1995" in a law's name, "בתשפ"ד": a Hebrew year with the article or a preposition
        if word[0] == "ה" and _he_definite_number(glued):
            continue  # 'באצטדיון הי"א' (the Eleventh's stadium), 'הכ"ב': a number in letters with the article
        entry = lookup(word)
        if entry is not None and entry.kind == "place":
            continue
        before = text[: m.start(1)].split()[-1:] or [""]
        governing = re.sub(r"^[ובלמשה]{1,2}(?=[\u05d0-\u05ea]{4})", "", before[0])
        if (before[0].endswith("ת") and governing not in _BODY_GOVERNING) or before[0].endswith("("):
            continue  # "הלוואות עו"ש", "במכירת נדל"ן": a noun's complement; "(מק"מ)": a term defined before it
        if street_named_after(text, m.start(1)):
            continue  # "בכיכר צה"ל", "רחוב צה"ל": a square or street named after the body, a place
        if _ends_a_listed_body(before[0], word):
            continue  # 'לגלי צה"ל': the end of a longer name the gazetteer holds, read there whole
        out.append((start, m.end(1), text[start : m.end(1)]))
    return out


# A body named in quote marks after its kind: a faction, party, movement, company or gang ("לסיעת "X"",
# "מחברת 'Y'"): the name is what the quote marks hold.
_HE_QUOTED_BODY = re.compile(
    # the kind may carry its field: 'מכון המחקר "X"', 'חברת הסקרים "X"'
    r"(?<![\u0590-\u05ff])[ובלמש]{0,2}ה?(?:סיעת|מפלגת|תנועת|חברת|ארגון|עמותת|קבוצת|כנופיית|רשת|מכון)"
    r"(?:\s+ה[\u05d0-\u05ea]{2,})?\s*([\"'״„“׳])"
    # an acronym's gershayim inside the marks stays in the name ('עמותת "חדו"ש"')
    r"([^\"'״„“”׳]{2,40}?(?:[\"״][\u05d0-\u05ea](?=[\"”״]))?)[\"'״”׳]"
)


def hebrew_quoted_bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a body named in quote marks after its kind ("לסיעת "X"" is X)."""
    return [(m.start(2), m.end(2), m.group(2).strip()) for m in _HE_QUOTED_BODY.finditer(text)]


_HE_AFFAIRS = re.compile(r"\s+לעני?יני\s+[\u05d0-\u05ea]{2,}")


def _he_affairs_of(text: str, end: int) -> str:
    """ "ועדת השרים לענייני חקיקה", "המשרד לענייני דתות": a body's field after "for the affairs of" is part of
    its name; returns the words to add after the name that ends at `end` (or nothing)."""
    m = _HE_AFFAIRS.match(text, end)
    return m.group(0).rstrip(",.") if m else ""


def _he_for_what(word: str) -> bool:
    """A word with ל "for" after a head without the article and not marked as construct by its ת: what an
    ordinary office or company is for ("משרד לחשבונאות"), where a body's own name is in the construct state
    ("משרד החינוך"); after "כנופיית" or "עיריית" a word in ל is the name ("עיריית לוד")."""
    return word.startswith("ל") and not word.startswith(("לעני", "לא")) and len(word) > 3


def _he_district_of(text: str, end: int, last: str) -> str:
    """ "פרקליטות מחוז X", "משטרת מחוז X": a district's name after "מחוז" is part of the body's name when the
    gazetteer knows it as a place; returns the words to add (or nothing)."""
    if last not in ("מחוז", "נפת", "מרחב"):  # (and a police region: "משטרת מרחב X")
        return ""
    words = text[end:].split()[:3]
    for n in (3, 2, 1):
        entry = lookup(" ".join(words[:n]).rstrip(",.")) if len(words) >= n else None
        if entry is not None and entry.kind == "place":
            return " " + " ".join(words[:n]).rstrip(",.")
    # a district the gazetteer lacks: its name word, two when the first builds a place's name ("גבעת X")
    if not words or not re.fullmatch(r"[\u05d0-\u05ea][\u05d0-\u05ea'\u05f3-]+[,.]?", words[0]):
        return ""
    first = words[0].rstrip(",.")
    if first[:1] == "ה" or first in _HE_STOP or first in _HE_VERBS or _HE_HIFIL_PAST.fullmatch(first):
        return ""
    if first in _HE_NAME_BUILDERS and len(words) > 1 and words[0] == first:
        second = words[1].rstrip(",.")
        if second not in _HE_VERBS and not _HE_HIFIL_PAST.fullmatch(second) and second not in _HE_STOP:
            return f" {first} {second}"
    return " " + first
