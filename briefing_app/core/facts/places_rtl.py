"""Places and organisations of an Arabic or Hebrew sentence: bodies by their head noun, areas by their kind, and
the gazetteer's places where the sentence puts a place (after "in", "from", with a preposition glued on)."""

from __future__ import annotations

import re

from briefing_app.core.facts import (
    datelines_rtl,
    orgs_ar,
    orgs_ar_causes,
    orgs_he,
    orgs_he_names,
    place_lists_ar,
    place_shapes_ar,
    places_ar_tagged,
)
from briefing_app.core.facts.ar_located_bodies import place_inside_located_body
from briefing_app.core.facts.ar_quoted_titles import inside_quoted_title
from briefing_app.core.facts.gazetteer import Mention, find_mentions, lookup
from briefing_app.core.facts.named import AddName
from briefing_app.core.facts.named import overlaps as _overlaps
from briefing_app.core.facts.orgs_ar import _nationality  # (a country's adjective after a public service)
from briefing_app.core.facts.orgs_ar_checks import checked_arabic_body, defence_team
from briefing_app.core.facts.orgs_ar_clubs import bare_clubs, club_names
from briefing_app.core.facts.orgs_ar_local_branches import local_branches
from briefing_app.core.facts.orgs_ar_marked import marked_subjects
from briefing_app.core.facts.orgs_he_kind_name import (
    name_after_kind,
    own_name_of_party,
    party_listed_with_head,
    plant_names,
)
from briefing_app.core.facts.orgs_he_not import knesset_as_common_noun, levy_not_body
from briefing_app.core.facts.orgs_he_quoted_appos import described_kinds, quoted_appositions
from briefing_app.core.facts.people_ar_words import AR_TITLES
from briefing_app.core.facts.places_he import (
    common_word_not_place,
    hebrew_area_names,
    hebrew_areas,
    hebrew_locative,
    plural_town_read_as_noun,
    short_name_read_as_word,
    town_appositions,
)

# A number right before a word: the word is what it counts ("63 سوريا", 63 Syrians), no place.
_COUNTED_AFTER = re.compile(r"[0-9\u0660-\u0669]\s*$")

_RTL_LOCATIVE = re.compile(
    r"(?:في|(?<![\u0621-\u064a])فى|من|عن|إلى|الى|قرب|عبر|نحو|باتجاه|بالقرب|דרך|مدينة|بمدينة|ومدينة|حول|داخل|شمال|جنوب|شرق|غرب|وسط|عاصمة|أنحاء|מ|ב|ל|אל|ליד|העיר|בעיר|"
    # (Egyptian copy writes a final ya without dots: "فى"; not the end of "مستشفى")
    # (a kind of area before its name: "محافظة تعز", "بلدة X", "ريف حمص", with a clitic too)
    # (and the governor of a Gulf governorate, its town his genitive: "محافظ الخرج", "ومحافظ جدة")
    r"[وبلف]?(?:محافظة|ولاية|بلدة|قرية|ناحية|منطقة|ريف|مناطق|مدن|قرى|بلدات|محافظات|محافظ)|"
    r"מהעיר|צפון|דרום|מזרח|מערב)\s+$"
)


# A compass adjective right after a place's name, in either gender (الجنوبية، الشمالي، الوسطى): part of the name.
_AR_SIDE = re.compile(r"\s+(ال(?:شمالية|جنوبية|شرقية|غربية|شمالي|جنوبي|شرقي|غربي|وسطى|أوسط))(?![\u0600-\u06ff])")


def _rtl_locative(text: str, mention: Mention) -> bool:
    """An Arabic or Hebrew town name with a preposition glued to it (بجدة, בחיפה) or before it (في جدة)."""
    glued = mention.start > 0 and text[mention.start - 1] in "بلמבל"  # not و/ו "and"
    glued = glued and text[max(0, mention.start - 2) : mention.start] != "لل"  # للثورة: "for the revolution"
    before = text[: mention.start]
    # "في مدارس حلب" (in the schools of Aleppo): a preposition, an indefinite noun in the construct state
    # ("فى بعلبك وزحلة": or a name no list holds, then "and" the town)
    construct = re.search(
        r"(?:^|\s)(?:في|فى|من|إلى|الى|ب|ל|ב|מ)\s*(?!ال)[\u0621-\u064a\u05d0-\u05ea]{3,}(?:\s+|\s+و)$", before
    )
    return glued or bool(_RTL_LOCATIVE.search(before)) or construct is not None


def _definite_noun_after(text: str, end: int) -> bool:
    """Whether a definite word that is no adjective in ـي/ـية follows `end` ("حلب البقرة": a past verb and its
    object, the shape a town's name shares with a verb)."""
    m = re.match(r"\s+(ال[\u0621-\u064a]+)", text[end:])
    return m is not None and not m.group(1).endswith(("ي", "ية"))


def _adjective_after_noun(text: str, mention: Mention) -> bool:
    """A name in ـية right after an indefinite feminine noun ("مبادرة سورية", "قوات سورية"): the nisba adjective
    agreeing with the noun, which Syria's own spelling of its name shares (indefinite, as its noun: "محافظات
    اللاذقية" is a construct)."""
    if not mention.written.endswith("ية") or " " in mention.written or mention.written.startswith("ال"):
        return False
    before = text[: mention.start].split()
    noun = before[-1] if before else ""
    return len(noun) > 3 and noun.endswith(("ة", "ات")) and not noun.startswith(("ال", "وال", "بال", "لل"))


# Words in ـة that may follow a town's name though they are no adjective of it: times ("في حمص ليلة ...").
_AR_TIME_WORDS = frozenset({"ليلة", "صبيحة", "ظهيرة", "عشية", "مدة", "بداية", "نهاية", "ساعة", "لحظة", "فترة"})


def _ar_common_noun_use(text: str, mention: Mention) -> bool:
    """A one-word Arabic town's name used as the common word it also is: an indefinite adjective after it ("في صور
    ثابتة", in still images: a town's name is definite, its adjective would be too), or a verbal noun after "led
    to" ("ما أدى لتدمر أجزاء", which led to the destruction of)."""
    if mention.entry.detail != "city" or " " in mention.written:
        return False
    nxt = re.match(r"\s+([\u0621-\u064a]+)", text[mention.end :])
    word = nxt.group(1) if nxt else ""
    if (
        len(word) > 3
        and word.endswith("ة")
        and not word.startswith(("ال", "ب", "ل", "و", "ف", "ك"))
        and word not in _AR_TIME_WORDS
    ):
        return True
    if word and "ال" + word.removeprefix("ال") in AR_TITLES and word.startswith("ال"):
        return False  # "محافظ جدة الأمير X", "بمحافظة الخرج الدكتور X": a titled man's name after the town
    if _definite_noun_after(text, mention.end) and not places_ar_tagged.tagged_as_place(
        text, mention.start, mention.end
    ):
        return True  # "صور الأقمار الصناعية" (satellite images): a noun in construct, which no town's name is
    return re.search(r"(?:أدى|أدت|يؤدي|تؤدي)\s+ل?$", text[: mention.start]) is not None


# Nouns of a place's parts or edges that take the place as their genitive and the compass adjective as their own:
# "حدود لبنان الشرقية" (Lebanon's eastern border), "ضواحي دمشق الجنوبية" (the southern suburbs of Damascus).
_AR_PARTS = re.compile(
    r"(?:^|\s)[وبل]?(?:حدود|سواحل|ساحل|ضواحي|أطراف|اطراف|مناطق|أحياء|احياء|أرياف|ريف|جبهة|جبهات|حدودها|"
    r"محافظات|مدن|قرى|بلدات|أجزاء|اجزاء|جهة|أنحاء|انحاء)\s+$"
)


def _side_of_the_noun_before(text: str, mention: Mention, side: str) -> bool:
    """Whether the compass adjective after a place's name agrees with the noun of parts before it, not the place
    (see _AR_PARTS); a region the gazetteer knows with its adjective ("كارولينا الجنوبية") keeps it."""
    if lookup(f"{mention.written} {side}") is not None:
        return False
    return _AR_PARTS.search(text[: mention.start]) is not None


def _ar_article_added(mention: Mention) -> bool:
    """An Arabic one-word town's name read off a word with the article, when the town's own name has none
    ("البورصة", the stock exchange, read as بورصة Bursa): as in Hebrew, the article makes the word a common noun. A
    country too, when none of its names has the article ("البنين", the boys, read as بنين Benin; "القطر", the train,
    as قطر): the countries written with it have it among their names ("السودان", "جزر المالديف"), but for the -stan
    countries, which older copy writes with it ("الباكستان")."""
    written, entry = mention.written, mention.entry
    if " " in written or not written.startswith("ال") or entry.kind != "place":
        return False
    if entry.detail == "country" and written.endswith("ستان"):
        return False
    if any(name.endswith(written) for name in entry.names):
        return False  # (a spelling with the article among GeoNames' names: "الخرطوم")
    return lookup(written) is None and lookup(written[2:]) == entry


def he_city_pairs(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of two towns joined by "and" with nothing else between ("עובדי נמלי X ו-Y", "X ו-Y"): a pair of
    towns is a list of places wherever it stands, with no preposition of place (a common word spelt as a town
    is seldom joined to another town)."""
    out: set[int] = set()
    towns = [m for m in mentions if m.entry.kind == "place" and m.entry.detail == "city" and " " not in m.written]
    for a, b in zip(towns, towns[1:], strict=False):
        if re.fullmatch(r"\s+ו-?", text[a.end : b.start]) and not text[a.start - 1 : a.start].strip():
            out.update((a.start, b.start))  # (the first town's word opens with no glued letter: "X", not "מX")
    return out


def _he_article_before(text: str, mention: Mention) -> bool:
    """A Hebrew town's name read off a word with the article ה glued to it ("הבורסה" the stock exchange, not
    Bursa): Hebrew writes a town's name without the article, so the word is a common noun."""
    if mention.entry.detail not in ("city", "capital", "region") or " " in mention.written:
        return False
    if mention.written[:1] == "ה":
        return False
    return mention.start > 0 and text[mention.start - 1] == "ה"


_HE_DEFINITE_ADJECTIVE = re.compile(r"\s+(ה[\u05d0-\u05ea]{2,}(?:י|ית|יים|יות))(?![\u05d0-\u05ea])")


def _he_noun_with_adjective(text: str, mention: Mention) -> bool:
    """A one-word region's name that is also a definite noun, with a definite adjective agreeing with it ("המרכז
    הרפואי", the medical centre, not the Central District): the noun, unless the gazetteer knows the pair."""
    if " " in mention.written or not mention.written.startswith("ה") or mention.entry.detail == "country":
        return False
    adjective = _HE_DEFINITE_ADJECTIVE.match(text, mention.end)
    return adjective is not None and lookup(f"{mention.written} {adjective.group(1)}") is None


# The object marker after a word: the word is a verb ("השמיד את הסוללות"), no adjective of a body's name.
_HE_OBJECT_AFTER = re.compile(r"\s+את\s")


def rtl_named(
    text: str, index: int, lang: str, lowercase: frozenset[str], taken: list[tuple[int, int]], add: AddName
) -> None:
    """Adds the organisations and places of one Arabic or Hebrew sentence."""
    finder = orgs_ar.arabic_orgs if lang == "ar" else orgs_he_names.hebrew_orgs
    quoted = orgs_he_names.hebrew_quoted_bodies(text) if lang == "he" else []  # before "חברת 'X'" takes the kind
    # (orgs_he_quoted_appos: 'חברת הכרייה הממשלתית, "X",': the name in marks after the kind and a comma)
    quoted += [q for q in quoted_appositions(text) if all(q[0] != s for s, _, _ in quoted)] if lang == "he" else []
    acronyms = orgs_he_names.hebrew_acronyms(text) if lang == "he" else []
    mentions = find_mentions(text, lang, lowercase)
    # (Hebrew: a body the lists know whole wins over a shape read inside it: "מטעם מפא"י" is no "from פא"י",
    # "בקיבוץ המאוחד" no kibbutz)
    listed = [(m.start, m.end) for m in mentions if m.entry.kind == "organisation"] if lang == "he" else []
    # (a group by its cause and a public service before the head finder, which would cut the one and run the other
    # on: "مركز الدفاع المدني والنقطة الطبية")
    causes = (
        [
            *orgs_ar_causes.cause_groups(text),
            *orgs_ar_causes.public_services(text, _nationality),
            *club_names(text, _nationality),  # orgs_ar_clubs: "بنادي المقاولون العرب", "فريق الوحدة"
            *bare_clubs(text, _nationality),  # orgs_ar_clubs: "تغلب الهلال على ضيفه الفتح"
            *marked_subjects(text),  # orgs_ar_marked: "عززت «مجموعة اتصالات» انتشارها"
            *local_branches(text),  # orgs_ar_local_branches: "صحة الأحساء", "مرور محافظة X"
        ]
        if lang == "ar"
        else []
    )
    described = described_kinds(text) if lang == "he" else []
    quoted += [p for p in plant_names(text) if all(p[0] != s for s, _, _ in quoted)] if lang == "he" else []
    bodies: list[tuple[int, int]] = []  # (the bodies added here, whose name may say where the body sits)
    for start, end, name in [*causes, *quoted, *finder(text), *acronyms]:
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in listed):
            continue
        if any(a <= start and end <= b for a, b in described):
            continue  # 'חברת הכרייה הממשלתית, "X",': what X is, no body's name
        last = name.rsplit(" ", 1)[-1]
        if lang == "he" and " " in name and _HE_OBJECT_AFTER.match(text, end) and orgs_he_names.verb_shaped(last):
            name, end = name[: -len(last) - 1], end - len(last) - 1  # "חיל האוויר הישראלי השמיד את": the verb
        headed: tuple[int, int, str] | None = None  # the body as its kind's head names it, kept beside its own name
        if lang == "he":
            own = name_after_kind(text, start, end, name)  # orgs_he_kind_name: "חברת הצעצועים X": X, no kind
            start, end, name = own if own is not None else (start, end, name)
            own = own_name_of_party(text, start, end, name)  # "סיעת X Y": X Y
            # (the head kept too only where the lists know the party by it, "מפלגת העבודה": news names a party by
            # what follows its head, "סיעת X" beside "X" is one body told twice)
            headed = (start, max(end, own[1]), text[start : max(end, own[1])]) if own is not None else None
            headed = headed if headed is not None and party_listed_with_head(headed[2]) else None
            start, end, name = own if own is not None else (start, end, name)
        if lang == "ar" and place_shapes_ar.site_named_after(text, start):
            continue  # "شارع جامعة الدول العربية": a street named after the body, read as a place below
        if lang == "ar":
            checked = checked_arabic_body(name)  # orgs_ar_checks: "لجنة مؤقتة", "مركز مدينة X" are no bodies
            if checked is None or defence_team(text, end, name):
                continue
            name, end = checked, start + len(checked) if checked != name else end
        if not _overlaps(taken, start, end):
            add("organisation", name, index, start, end)
            bodies.append((start, end))
            if headed is not None:
                add("organisation", headed[2], index, headed[0], headed[1])
    agency = datelines_rtl.arabic_dateline_agency(text) if lang == "ar" else None
    agency = datelines_rtl.arabic_site_dateline(text) if lang == "ar" and agency is None else agency  # "X برس –"
    if agency is not None and not _overlaps(taken, agency[0], agency[1]):
        add("organisation", agency[2], index, agency[0], agency[1])  # "رام الله - X -": the dateline's agency
    for start, end, name in orgs_he.parents_of_sub_bodies(text) if lang == "he" else []:
        add("organisation", name, index, start, end)  # "ועדת X של הכנסת": the Knesset too, inside its committee
    areas = (
        place_shapes_ar.arabic_areas(text)
        if lang == "ar"
        else [*hebrew_areas(text), *hebrew_area_names(text), *town_appositions(text)]
        if lang == "he"
        else []
    )
    area_ends: list[int] = []  # (a town joined to an area read above: "תושבי X ו-Y")
    for start, end, name in areas:
        if not _overlaps(taken, start, end) and not _overlaps(listed, start, end):
            add("place", name, index, start, end)  # "منطقة X", "مطار X الدولي"
            area_ends.append(end)
    if lang == "ar":
        # place_lists_ar: "محافظات X وY وZ", "مراكز (X، Y)": small towns no list holds, by their frame
        def held(start: int, end: int, name: str) -> bool:
            return lookup(name) is not None or _overlaps(taken, start, end)

        for start, end, name in place_lists_ar.place_list_items(text, held):
            add("place", name, index, start, end)
            area_ends.append(end)
    last_place_end = -1
    paired = he_city_pairs(text, mentions) if lang == "he" else set()
    for mention in mentions:
        # "في حماة واللاذقية", "حماة، حلب، درعا": a town joined by "and" or a comma to the place before it is a
        # place too
        joined = any(
            re.fullmatch(r"\s*(?:[،,]\s*[وו]?|[وו])", text[e : mention.start]) is not None
            for e in (last_place_end, *area_ends)
            if 0 <= e <= mention.start
        )
        joined = joined or mention.start in paired
        # "شرطة تبوك", "بلدية محافظة X": a town a local service is named by is read as a town (ar_located_bodies)
        served = lang == "ar" and mention.entry.kind == "place" and mention.entry.detail != "country"
        served = served and place_inside_located_body(text, mention.start, mention.end, bodies)
        if (
            (
                mention.entry.detail == "city"
                or (mention.entry.detail == "region" and mention.written.startswith("ال"))
            )
            and " " not in mention.written
            and not _rtl_locative(text, mention)
            and not (lang == "he" and hebrew_locative(text, mention))  # also a list a preposition opened
            and not joined
            and not served
            and not (
                lang == "ar"
                and mention.entry.detail == "city"  # (not "النيل" of "أعالي النيل": a region's word in a name)
                and not _definite_noun_after(text, mention.end)  # ("حلب البقرة": a verb and its object)
                and places_ar_tagged.tagged_as_place(text, mention.start, mention.end)
            )
        ):
            # many towns' names are also common words (الجديدة "the new"): only after "in", "from", or where the
            # tagger clearly reads a place ("قصفت الطائرات حلب")
            continue
        if lang == "ar" and mention.entry.detail != "country" and place_shapes_ar.ar_common_word(text, mention):
            continue
        if lang == "ar" and mention.entry.detail == "country" and _COUNTED_AFTER.search(text[: mention.start]):
            continue  # "أوقفت 63 سوريا" (63 Syrians): the noun a number counts, spelt as the country is
        if lang == "ar" and mention.entry.detail == "country" and place_shapes_ar.ar_country_adjective(text, mention):
            continue  # "من الجنسية السعودية", "مبلغ مالي": the adjective, spelt as the country is
        if lang == "ar" and inside_quoted_title(text, mention.start, mention.end):
            continue  # 'مهرجان "X بين الأمس واليوم"': a word of the festival's title (ar_quoted_titles)
        if lang == "ar" and _ar_article_added(mention):
            continue  # "بالبورصة" (at the stock exchange): Bursa's name takes no article, the common noun does
        if lang == "ar" and _adjective_after_noun(text, mention):
            continue  # "مبادرة سورية" (a Syrian initiative): the adjective, spelt as the country is
        if lang == "ar" and not served and _ar_common_noun_use(text, mention):
            continue  # "في صور ثابتة" (in still images), "أدى لتدمر" (led to the destruction)
        if lang == "he" and (_he_article_before(text, mention) or _he_noun_with_adjective(text, mention)):
            continue
        body = mention.entry.kind == "organisation"
        if lang == "he" and body and orgs_he_names.street_named_after(text, mention.start):
            continue  # "בכיכר צה"ל": a square named after the body
        if lang == "he" and body and knesset_as_common_noun(text, mention.start, mention.written):
            continue  # "בבית הכנסת" (a synagogue), "להכנסת מערכות" (bringing in): no Knesset
        if lang == "he" and body and levy_not_body(text, mention.start, mention.end, mention.written):
            continue  # "שילם מס הכנסה", "דמי ביטוח לאומי": the levy, not the body that collects it
        if lang == "he" and (
            (short_name_read_as_word(text, mention) and mention.start not in paired)
            or common_word_not_place(text, mention)
            or plural_town_read_as_noun(text, mention)
        ):
            continue  # "בשפה העברית", "כוס חלב", "מקום": a short name that is a common word
        located = lang == "ar" and mention.entry.kind == "place"
        country = mention.entry.detail == "country"
        located = located and place_inside_located_body(text, mention.start, mention.end, bodies, country=country)
        if located or not _overlaps(taken, mention.start, mention.end):  # ("المحكمة الابتدائية بتونس": Tunis too)
            side = _AR_SIDE.match(text, mention.end) if lang == "ar" else None
            if side is not None and _side_of_the_noun_before(text, mention, side.group(1)):
                side = None
            if side is not None:
                # "كارولينا الجنوبية", "أذربيجان الغربية": a place and a compass adjective are one region's name
                name = f"{mention.written} {side.group(1)}"
                add("place", name, index, mention.start, side.end(1), name)
                last_place_end = side.end(1)
                continue
            add(mention.entry.kind, mention.written, index, mention.start, mention.end, mention.entry.name)
            last_place_end = mention.end
