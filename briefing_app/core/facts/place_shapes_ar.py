"""Arabic places no gazetteer holds, found by the kind written before them ("منطقة X" the area of X,
"مطار X" X airport), and Arabic town names that are here a common word or a given name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.core.facts import place_roads_ar, place_royal_cities_ar, place_sites_ar
from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import Mention, arabic_lookup_form, lookup, world_given_names
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS

# Arabic: a kind of area before a name ("منطقة شاكلالا", "ولاية كيرالا"): the name is the place.
_AR_AREA = "منطقة|مدينة|إقليم|ولاية|محافظة|قرية|بلدة|مقاطعة|جزيرة"
# Sites Arabic news names by their kind: hospitals, mosques, streets, stadiums, cemeteries, camps. (The
# organisation finder leaves hospitals to the places: Arabic copy names one as where something happened.)
AR_SITE_KINDS = "مستشفى|مشفى|مسجد|شارع|ملعب|مقبرة|مخيم"
_AR_SITES = set(AR_SITE_KINDS.split("|"))
# (the kind without the article: "ولاية X" names X, while "الولاية قررت" is the state and a verb)
_AR_AREA_NAME = re.compile(
    rf"(?<![\u0600-\u06ff])[وبلف]?(?:{_AR_AREA})\s+((?!ال)(?:(?:تل|جب)(?=\s)|[\u0621-\u064a]{{3,}})(?:\s+[\u0621-\u064a]{{3,}})?)"
)
# The kind in the dual before two names joined by و ("في محافظتي بقعاء والغزالة", "منطقتي جازان ونجران"): Gulf
# municipal copy names a project's two governorates so; each word is a place as after the singular kind. (Omani
# copy names two wilayats, "ولايتي صحم ولوى", and two towns by their municipalities, "بلديتي X وY", or villages.)
_AR_DUAL_AREAS = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(?:محافظتي|منطقتي|مدينتي|ولايتي|بلديتي|قريتي)\s+([\u0621-\u064a]{3,})\s+و([\u0621-\u064a]{3,})"
)
# Arabic: a place whose kind is part of its name ("مطار X الدولي", "وادي النيل", "قصر X"); Arabic news also
# names a site by its kind in the construct state ("مستشفى X", "مسجد X", "شارع X", "ملعب X", "مقبرة X",
# "مخيم X"), places where things happen rather than bodies that act.
# (and squares: "ميدان التحرير", a site as a street is)
_AR_NAMED_WITH = "مطار|وادي|قصر|ميناء|جبل|نهر|بحيرة|سهل|صحراء|معبر|بحر|خليج|مضيق|جزيرة|ميدان|" + AR_SITE_KINDS
_AR_WITH_KIND = re.compile(
    rf"(?<![\u0600-\u06ff])[وبلف]?((?:{_AR_NAMED_WITH})\s+([\u0621-\u064a]{{3,}}(?:\s+[\u0621-\u064a]{{2,}}){{0,2}}))"
)
# Adjectives of number and kind after an indefinite noun ("ولاية أخرى", "مدينة واحدة"): no name. The feminine
# ordinals too: "بولاية سادسة" is a sixth term of office, not a state named "sixth".
_AR_DETERMINERS = {"أخرى", "آخر", "واحدة", "واحد", "ثانية", "ثالثة", "كبيرة", "صغيرة", "عديدة", "مجاورة",
                   "جديدة", "بعيدة", "قريبة", "معينة", "كاملة", "أولى", "رابعة", "خامسة", "سادسة", "سابعة",
                   "ثامنة", "تاسعة", "عاشرة", "أخيرة", "متتالية", "رئاسية"}  # fmt: skip
# Verbs of naming after a kind ("مسجد يدعى X"), and titles a site is named after ("مقبرة الشيخ X").
_AR_NAMING = {"يدعى", "تدعى", "يسمى", "تسمى", "اسمه", "اسمها", "يعرف", "تعرف"}
_AR_HONORED = {"الشيخ", "الإمام", "الأمير", "الملك", "السلطان", "السيدة", "النبي", "الشهيد", "القديس", "القديسة"}
_AR_FUNCTION = {"التي", "الذي", "الذين", "التابع", "التابعة", "الجديد", "الجديدة", "الكبير", "الكبيرة", "بعد",
                "قبل", "منذ", "عند", "على", "إلى", "الى", "في", "من", "عن", "مع", "حيث", "بين"}  # fmt: skip


def _ar_adjective(word: str) -> bool:
    """A relative adjective (حدودية "border", الحدودي), not a name."""
    return word.endswith(("ي", "ية", "يه", "يا")) and not lookup(word)


# The first words of Arabic place names ("تل حلف" the hill of Halaf, "رأس العين", "كفر نبل", "دير حافر",
# "بيت لحم", "خان شيخون", "جسر الشغور", "عين عيسى"): after a kind of area, such a word and the next are one name.
_TOPONYM_OPENERS = {"تل", "رأس", "راس", "عين", "كفر", "دير", "بيت", "خان", "جسر", "بئر", "بير", "قلعة", "جبل", "وادي",
                    "معرة", "سوق", "قصر", "برج", "حمام", "باب", "تلة", "ظهر", "مرج", "جب", "بنت", "أم", "ام", "أبو",
                    "ابو", "بني"}  # fmt: skip


def _two_word_town(words: list[str]) -> bool:
    """ "تل حلف", "رأس العين": a toponym's first word, then a word that is no adjective or function word."""
    second = words[1].strip("،.")
    return words[0] in _TOPONYM_OPENERS and second not in _AR_FUNCTION | _AR_DETERMINERS and not (
        second.startswith("ال") and _ar_adjective(second)
    )


# A town named with its article after the kind ("مدينة الأتارب", "بلدة الهبيط", "محافظة الرقة"): the genitive of
# a town's or a province's kind is its name (an area's may be a common noun: "منطقة العمليات", so not منطقة).
_AR_DEFINITE_TOWN = re.compile(r"(?<![\u0600-\u06ff])[وبلف]?(?:مدينة|بلدة|قرية|محافظة|ناحية)\s+(ال[\u0621-\u064a]{3,})")


# "منطقة" before one definite word ("في منطقة الخبيبة", "تطوير منطقة الرملية"): a district of a town, or a zone
# named by a common noun ("منطقة العمليات", "منطقة الجزاء"); the tagger's reading of the word tells the two.
_AR_AREA_DEFINITE = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?منطقة\s+(ال[\u0621-\u064a]{3,})(?![\u0621-\u064a])(?!\s+ال[\u0621-\u064a])"
)


def _tagged_districts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the definite names after "منطقة" that the tagger reads as a place there, the
    gazetteer not holding them: Gulf local copy names a town's districts so ("منطقة الخبيبة"), and no list holds
    them; a second definite word after it ("منطقة الشرق الأوسط", "منطقة التجارة الحرة") is left to the lists."""
    if "منطقة ال" not in text:
        return []  # (a cheap test: the tagger runs only on such a sentence)
    out = []
    for m in _AR_AREA_DEFINITE.finditer(text):
        name = m.group(1)
        if name in _AR_FUNCTION or name in AR_HEADS or name.removeprefix("ال") in AR_HEADS or lookup(name) is not None:
            continue
        start, end = m.start(1), m.end(1)
        if any(e.type == "LOC" and e.margin > 0 and e.start == start and e.end == end for e in tag_sentence(text)):
            out.append((start, end, name))
    return out


def _zone_of_something(kind: str, words: list[str]) -> bool:
    """ "منطقة مأهولة" (an inhabited area), "منطقة خفض التصعيد" (a de-escalation zone): after "منطقة", an
    indefinite feminine adjective, or a noun in construct with a definite word that is no adjective, says what kind
    of area it is; a toponym's first word ("منطقة جبل الزاوية") or an adjective after the name ("منطقة عفرين
    الكردية") does not."""
    if kind != "منطقة":
        return False
    first = words[0].strip("،.")
    if first.endswith("ة") and lookup(first) is None:
        return True
    second = words[1].strip("،.") if len(words) > 1 else ""
    return second.startswith("ال") and first not in _TOPONYM_OPENERS and not _ar_adjective(second)


# The countryside of a known town or province, named so as a place of its own ("ريف حلب", "ريف إدلب الجنوبي").
_AR_COUNTRYSIDE = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(ريف\s+([\u0621-\u064a]{3,}))"
    r"(\s+ال(?:شمالي|جنوبي|شرقي|غربي|أوسط)(?![\u0600-\u06ff]))?"
)


# A town's quarter named in the construct state ("حي الزبدية", "بحي السكري", "حي الشيخ مقصود"): "حي" with no article
# before a definite word is a quarter, named with its kind as Arabic copy writes it; ("حي" is also "alive", which
# takes no definite genitive).
_AR_QUARTER = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(حي\s+(ال[\u0621-\u064a]{3,})(?:\s+([\u0621-\u064a]{3,}))?)(?![\u0600-\u06ff])"
)


def _quarters(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _AR_QUARTER.finditer(text):
        if m.group(2) in _AR_FUNCTION or m.group(2) in _AR_DETERMINERS:
            continue
        end = m.end(3) if m.group(3) and m.group(2) in _AR_HONORED else m.end(2)  # "حي الشيخ مقصود": the title's name
        out.append((m.start(1), end, text[m.start(1) : end]))
    return out


def _kinds_with_names(text: str) -> Iterator[re.Match[str]]:
    """The matches of _AR_WITH_KIND, each scan starting again right after the kind: the words a match took may
    hold a second site joined by و ("مستشفى X ومستشفى Y")."""
    at = 0
    while (m := _AR_WITH_KIND.search(text, at)) is not None:
        yield m
        at = m.start(2)


def arabic_areas(text: str) -> list[tuple[int, int, str]]:
    """منطقة شاكلالا (the name after a kind of area), مطار X الدولي, وادي النيل (the kind in the name), ريف حلب,
    حي الزبدية (a town's quarter)."""
    out = _quarters(text)
    out += place_roads_ar.roads(text)  # "طريق الملك X", "طريق X – Y السريع"
    out += place_royal_cities_ar.royal_cities(text)  # "مدينة الملك X الطبية"
    for m in _AR_COUNTRYSIDE.finditer(text):
        entry = lookup(m.group(2))
        if entry is not None and entry.kind == "place":
            end = m.end(3) if m.group(3) else m.end(1)
            out.append((m.start(1), end, text[m.start(1) : end]))
    for m in _AR_DEFINITE_TOWN.finditer(text):
        name = m.group(1).strip("،.")
        if name in AR_HEADS or name.removeprefix("ال") in AR_HEADS:
            continue  # "محافظة الحكومة على التوازنات": the keeping (محافظة) of the government, a body, no town
        if name in _AR_HONORED:
            continue  # "مدينة الملك عبدالله الرياضية": a town or a sports city named after a man, never "the King"
        if not _ar_adjective(name) and name not in _AR_FUNCTION and lookup(name) is None:
            out.append((m.start(1), m.start(1) + len(name), name))
    out += _tagged_districts(text)
    for m in _AR_AREA_NAME.finditer(text):
        words = m.group(1).split()
        kind = m.group(0)[: m.start(1) - m.start(0)].split()[0].lstrip("وبلف")
        if _zone_of_something(kind, words + text[m.end(1) :].split()[:1]):
            continue
        if words[0] in _COMPASS and lookup(" ".join(words)) is None:
            if len(words) == 2 and lookup(words[1]) is None and not _ar_adjective(words[1]):
                # "مدينة جنوب X": a town named by its side of another, the two words one name; with a known place
                # after the compass word ("منطقة شمال X") the place is the gazetteer's, and "جنوب" alone names nothing
                out.append((m.start(1), m.end(1), m.group(1)))
            continue
        if len(words) == 2 and lookup(" ".join(words)) is None and not _two_word_town(words):
            words = words[:1]  # two words only when they are one known name ("إسلام آباد") or shaped like one
        name = words[0] if len(words) == 1 else " ".join(words)
        start = m.start(1)
        if kind == "مدينة" and len(words) == 1 and _ruler_named(name):
            # "بمدينة X" with X a man's given name: a Gulf town named after a ruler, "مدينة X" its whole name
            start = m.start(0) + (1 if m.group(0)[0] in "وبلف" else 0)
            son = re.match(r"\s+بن\s+[\u0621-\u064a]{3,}", text[m.start(1) + len(name) :])
            end = m.start(1) + len(name) + (son.end() if son else 0)
            out.append((start, end, text[start:end]))
            continue
        if len(words) == 1 and name in _TOPONYM_OPENERS:
            continue  # "بلدة تل أخرى" (another hill town): a toponym's first word alone names nothing
        if name in _AR_FUNCTION or words[0] in _AR_DETERMINERS or _ar_adjective(words[0]) or lookup(name) is not None:
            continue  # a known place is the gazetteer's to find; a function word or adjective names nothing
        if words[0].endswith("ات") and len(words[0]) > 4:
            continue  # "حملة مقاطعة منتجات X" (a boycott of products): a plural in ـات after the kind is a common noun
        out.append((m.start(1), m.start(1) + len(name), name))
    for m in _AR_DUAL_AREAS.finditer(text):
        pair = [(m.start(k), m.group(k)) for k in (1, 2)]
        if all(
            name not in _AR_FUNCTION
            and name not in _AR_DETERMINERS
            and not _ar_adjective(name)
            and not (name.startswith("ال") and _ar_adjective(name[2:]))
            for _, name in pair
        ):
            out.extend((at, at + len(name), name) for at, name in pair if lookup(name) is None)
    for m in _kinds_with_names(text):
        words = m.group(2).split()
        first = words[0]
        site = m.group(1).split()[0] in _AR_SITES
        following = text[m.start(2) :].split()[:8]
        genitive = site and place_sites_ar.genitive_site(text[: m.start(0)], m.group(0), following[1:])
        if genitive and first.endswith("يا"):
            pass  # "إلى مستشفى X" with X in "-يا": no accusative adjective could stand here, X is the name
        elif first in _AR_FUNCTION or (_ar_adjective(first) and not first.startswith("ال")):
            continue
        named = place_sites_ar.site_name_words(first, following[1:]) if site else None
        if named is not None:
            # "مستشفى الرئيس X Y الحكومي", "مستشفى X Y للعيون": a site named after a person, then its standing
            kept = [first, *named]
            kept += place_sites_ar.closing_words(following[len(kept) :])
            name = " ".join([m.group(1).split()[0], *kept])
            out.append((m.start(1), m.start(1) + len(name), name))
            continue
        if first.startswith(("لل", "بال")) or (
            first[:1] in "لب"
            and not first.startswith("ال")
            and len(first) > 4
            and lookup(first) is None
            and lookup(first[1:]) is None
        ):
            continue  # "مخيم للاجئين" (a camp for refugees): a preposition's noun says what it is for, no name
        if first in _AR_NAMING:
            continue  # "مسجد يدعى X" (a mosque called X): a verb of naming, the name comes after it
        kept = [first]
        # a known name of two or three words ("إسلام آباد"; a body a street is named after, "شارع جامعة الدول
        # العربية"), then what follows it
        for n in (3, 2, 1):
            if lookup(" ".join(words[:n])) is not None:
                kept = words[:n]
                break
        rest = words[len(kept) :]
        if len(rest) >= 2 and rest[0] in ("أبو", "ابو", "أم", "ام", "بن", "بني"):
            kept, rest = kept + rest[:2], rest[2:]  # "معبر كرم أبو سالم": a name built with "father of"
        elif len(kept) == 1 and len(rest) >= 2 and not rest[0].startswith("ال") and rest[0] not in _AR_FUNCTION and (
            rest[1].strip("،.") in _INTERNATIONAL
        ):
            kept, rest = kept + rest[:1], rest[1:]  # "مطار X Y الدولي": two words no list knows, then the adjective
        if (
            rest
            and rest[0].startswith("ال")
            and rest[0] not in _AR_FUNCTION
            and rest[0].strip("،.") not in _AR_REPORT_DAYS
            and (
                _ar_adjective(rest[0])
                or rest[0].strip("،.") in _INTERNATIONAL  # (Egyptian copy ends it in ى: "الدولى")
                or (not kept[-1].startswith("ال") and lookup(kept[-1]) is None)
            )
        ):
            # "مطار X الدولي": the adjective of the airport is part of its name; "مسجد صاحب الزمان": an
            # indefinite word and the definite one after it are one name in the construct state
            kept.append(rest[0])
        elif site and rest and _general_standing(rest):
            kept.append(rest[0].strip("،."))  # "مستشفى X العام": the general hospital of a town, "general" in its name
        elif rest and kept == [first] and first in _AR_HONORED and not rest[0].startswith("ال"):
            kept.append(rest[0])  # "مقبرة الشيخ X", "مسجد الإمام X": a title and the name it honours
        if len(kept) == 2 and kept[1] in _AR_HONORED and kept[0] in ("مدينة", "مجمع", "استاد"):
            # "ملعب مدينة الملك عبدالله الرياضية": the sports city is named after a man, his name and its adjective
            more = following[1:4] if len(following) > 1 and following[1] == kept[1] else []
            honoured = more[1].rstrip("،.") if len(more) > 1 else ""
            if re.fullmatch(r"[\u0621-\u064a]{3,}", honoured) and honoured not in _AR_FUNCTION:
                kept.append(honoured)
                adjective = more[2].strip("،.") if honoured == more[1] and len(more) > 2 else ""
                if adjective.startswith("ال") and _ar_adjective(adjective):
                    kept.append(adjective)
        kind = m.group(1).split()[0]
        if site and len(following) > len(kept) and following[len(kept)] in place_sites_ar.FIELDS:
            kept.append(following[len(kept)])  # "مستشفى X للعيون": the field a hospital treats is in its name
        name = " ".join([kind, *kept])
        out.append((m.start(1), m.start(1) + len(name), name))
    return out


# Words of the day a report gives right after the place ("استقبل الأمير X بقصر Y اليوم"): when, not a word of the
# site's name in the construct state.
_AR_REPORT_DAYS = frozenset({"اليوم", "الليلة", "الآن", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                           "الخميس", "السبت"})  # fmt: skip


# What "العام" (the year) is read with when it is no hospital's "general": "مستشفى X العام الماضي" (last year).
_YEAR_WORDS = frozenset({"الماضي", "الحالي", "الجاري", "المقبل", "القادم", "المنصرم", "الدراسي", "الهجري",
                         "الميلادي", "المالي"})  # fmt: skip


def _general_standing(rest: list[str]) -> bool:
    """Whether the words after a site's name open with its standing "العام"/"العامة" (a town's general hospital,
    "مستشفى X العام"), not "العام" of a year after it ("افتتح مستشفى X العام الماضي")."""
    word = rest[0].strip("،.")
    if word == "العامة":
        return True
    following = rest[1].strip("،.") if len(rest) > 1 and rest[0] == word else ""
    return word == "العام" and following not in _YEAR_WORDS


# The compass nouns that open a place's name ("جنوب X", "شمال X").
_COMPASS = frozenset({"جنوب", "شمال", "شرق", "غرب"})


def _ruler_named(word: str) -> bool:
    """A man's given name no list holds as a place (after "مدينة": a town named after him)."""
    return lookup(word) is None and arabic_lookup_form(word) in world_given_names().get("ar", frozenset())


# "International" after a site's name of two words ends it: the words before it are all the name ("مطار X Y الدولي").
_INTERNATIONAL = {"الدولي", "الدولية", "الدولى"}


# Competitions named after the place they are for ("كأس آسيا": the Asian Cup).
_AR_EVENTS = {"كأس", "بطولة", "دوري", "رالي", "ماراثون", "طواف", "دورة", "ألعاب"}
# Diseases named after the place they were first found ("متلازمة الشرق الأوسط التنفسية", MERS, which Gulf health
# copy names in every case count; "حمى الوادي المتصدع", "حمى غرب النيل"): the place is the disease's name there.
_AR_DISEASES = {"متلازمة", "حمى", "الحمى", "إنفلونزا", "انفلونزا", "أنفلونزا"}
_AR_NUMBER_WORDS = {"بليون", "مليون", "مليار", "بلايين", "ملايين", "مليارات", "وبليون", "ومليون", "ومليار"}


# "سيول" is Seoul and the plural of "سيل", torrent: Gulf weather, civil-defence and municipal copy ("أمطار رعدية وسيول
# على جازان", "احتجاز في السيول", "مجاري الأودية") means the torrents; with rain, flooding or valleys in the sentence
# the word is no town.
_AR_TORRENTS = {"سيول", "وسيول", "بسيول", "لسيول"}
_AR_RAIN = re.compile(
    r"(?<![\u0621-\u064a])[وبلف]?(?:ال)?(?:أمطار|امطار|مطر|مطرية|رعدية|غزيرة|أودية|اودية|وادي|الوادي|جارفة|منقولة"
    r"|سيل|فيضانات|فيضان|غرق|احتجاز|الأرصاد|الارصاد|الدفاع المدني)(?![\u0621-\u064a])"
)

_AR_WEEKDAYS = {"الجمعة", "السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس"}


# Yesterday and today after a word: with "منتصف" (the middle of) before it, the word is a time ("منتصف ليل أمس").
_AR_DAY_WORDS = frozenset({"أمس", "امس", "اليوم", "البارحة"})
# "Nationality" before a definite adjective in ـية: the adjective, which a country's name shares ("الجنسية السعودية").
_AR_CITIZENSHIP = frozenset({"الجنسية", "جنسية", "الجنسيتين"})
# Nouns of money the adjective "مالي" (financial) follows ("مبلغ مالي", "دعم مالي"), spelt as the country Mali.
_AR_MONEY_NOUNS = frozenset({"مبلغ", "دعم", "عجز", "فائض", "تعويض", "مردود", "عائد", "حافز", "رصيد", "تمويل",
                             "غطاء", "مقابل", "التزام", "جزاء", "مورد", "استثمار", "وضع", "فساد", "تحويل", "إنفاق",
                             "دخل"})  # fmt: skip


def bare_word_of_a_definite_town(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word without the article and before a definite word, is the common noun in
    construct a town's name was made from ("إلى ميادين العمل", to the fields of work): a town whose Arabic name
    carries the article ("الـX") is never written without it."""
    word = text[start:end]
    entry = lookup(word) if " " not in word and not word.startswith("ال") else None
    if entry is None or entry.kind != "place" or f"ال{word}" not in entry.names:
        return False
    return re.match(r"\s+ال[\u0621-\u064a]", text[end:]) is not None


def ar_common_word(text: str, mention: Mention) -> bool:
    """An Arabic town's name read as the common word or name it also is: a number word with a clitic before it
    (بليون "billion", not ب + ليون Lyon); a noun before a country's name (رالي روسيا "the Russia rally"); a
    definite noun with its adjective (الطبقة الراقية "the upper class"); a given name before a family name
    (بشار الأسد); a role noun whose first letter is no "and" (وكيل "undersecretary", not و + Kiel)."""
    start = text.rfind(" ", 0, mention.start) + 1
    end = text.find(" ", mention.end)
    if text[start : end if end >= 0 else len(text)].strip("،.,:") in _AR_NUMBER_WORDS:
        return True
    before = text[:start].split()[-1:]
    if before and before[0].lstrip("وب") in _AR_EVENTS:
        return True  # "كأس آسيا", "بطولة أوروبا": a competition named after a place, not the place
    if before and (before[0] in _AR_DISEASES or before[0][1:] in _AR_DISEASES):
        return True  # "لمتلازمة الشرق الأوسط التنفسية": the disease (MERS), not the region
    if " " in mention.written:
        return False
    whole = text[start : end if end >= 0 else len(text)].strip("،.,:")
    if whole != mention.written and whole in AR_ROLE_NOUNS:
        return True  # "وكيل الوزارة" (the undersecretary): a role noun whose first letter is no "and" before a town
    if whole in _AR_TORRENTS and _AR_RAIN.search(text):
        return True  # "أمطار رعدية وسيول": torrents, in a sentence of rain and valleys
    if mention.written.removeprefix("و").removeprefix("ب") in _AR_WEEKDAYS:
        return True  # "من يوم الخميس": the weekday, which GeoNames also lists as a town's other name
    following = text[mention.end :].split()[:1]
    after = following[0].strip("،.,:") if following else ""
    if mention.written == "المدينة" and after != "المنورة":
        return True  # "باتجاه المدينة": towards the city (the one just named), Medina only as "المدينة المنورة"
    if not after:
        return False
    if after in _AR_WEEKDAYS:
        return True  # "منتصف ليل الجمعة": the night of Friday, not Lille
    if after in _AR_DAY_WORDS and before and before[0].lstrip("وب") == "منتصف":
        return True  # "منتصف ليل أمس" (midnight yesterday): the middle of a time, no town
    entry = lookup(after)
    if entry is not None and entry.detail == "country" and not following[0].startswith(("،", ",")):
        return True  # "رالي روسيا" (not "حلب، سوريا": a town, a comma and its country)
    definite = mention.written.startswith("ال")
    if not definite and bare_word_of_a_definite_town(text, mention.start, mention.end):
        return True  # "إلى ميادين العمل" (to the fields of work): a plural noun in construct, no town "الـX"
    adjective = after.startswith("ال") and after.endswith(("ية", "ي"))
    if definite and adjective and lookup(f"{mention.written} {after}") is None:
        return True  # "من الطبقة الراقية"
    if not definite and arabic_lookup_form(mention.written) in world_given_names().get("ar", frozenset()):
        return after.startswith("ال") or arabic_lookup_form(after) in world_given_names().get("ar", frozenset())
    return False


def ar_country_adjective(text: str, mention: Mention) -> bool:
    """A country's name read as the adjective it is spelt as: after "nationality" ("من الجنسية السعودية", of Saudi
    nationality), or "مالي" (financial) after a noun of money ("مبلغ مالي", a sum of money; not "رئيس مالي")."""
    before = text[: mention.start].split()[-1:]
    word = before[0].lstrip("وبل") if before else ""
    if word in _AR_CITIZENSHIP and mention.written.startswith("ال"):
        return True
    return word in _AR_MONEY_NOUNS and mention.written.endswith("ي")


# A site's kind right before a body's name: the site is named after the body ("شارع جامعة الدول العربية", Arab
# League Street; "ميدان X"): the words are the place's name, not the body.
_SITE_BEFORE = re.compile(rf"(?<![\u0600-\u06ff])[وبلف]?(?:{AR_SITE_KINDS}|ميدان)\s+$")


def site_named_after(text: str, start: int) -> bool:
    """Whether the body named at `start` follows a site's kind, which it names ("شارع جامعة الدول العربية")."""
    return _SITE_BEFORE.search(text[max(0, start - 12) : start]) is not None
