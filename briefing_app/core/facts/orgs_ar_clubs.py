"""Arabic sports clubs named after the word for club or team in the construct state: "نادي الزمالك", "بنادي
المقاولون العرب", "لفريق السد القطري لكرة القدم", "فاز فريق الوحدة على ...". Arabic sports copy names a club
by its bare name ("الوحدة", "الخور", unknown to any list) once the noun has introduced it; the name is the words
in construct after the noun, without the country's adjective that follows ("القطري", "المصري"). "فريق" is also
any team (فريق العمل، فريق الدفاع، فريق التحقيق), so it is read as a club only in a sentence about a match or a
league; "الفريق" with the article is a rank (الفريق أول) or "the team", never a club's noun here."""

from __future__ import annotations

import re
from collections.abc import Callable

_CLUB = re.compile(
    r"(?<![\u0621-\u064a])(?:[وبلف]|[وف][بل])?(نادي|فريق)\s+([\u0621-\u064a]{3,})(?:\s+([\u0621-\u064a]{3,}))?"
)
# A sentence about sport: a match, a league, a cup, goals, a coach, a round, players, a pitch, a result.
_SPORT = re.compile(
    r"(?<![\u0621-\u064a])(?:[وف]?(?:ال|بال|لل|[بل]))?"
    r"(?:مباراة|مباريات|دوري|بطولة|كأس|هدف|هدفين|أهداف|كرة|مدرب|جولة|موسم|لاعب|لاعبي|لاعبين|ملعب|تعادل|فوز|فاز|"
    r"خسر|خسارة|منافسات|شوط)"
)
# Words after the noun that make a team of something else or no name at all: a team's level or kind, its side in
# a match, a team of workers, rescuers, lawyers or investigators, and place or time words.
_NOT_NAMES = {
    "الكرة", "كرة", "لكرة", "الأول", "الأولى", "الثاني", "الأم", "المنافس", "الخصم", "الضيف", "المضيف", "الآخر",
    "العمل", "الدفاع", "الإنقاذ", "البحث", "التحقيق", "الطبي", "الإسعاف", "الناشئين", "السيدات", "الرجال",
    "الشباب", "الصحافة", "الإعلام", "المحامين", "الخبراء", "المفتشين", "التفتيش", "المهندسين", "الأطباء",
    "الرياضي", "الرياضية", "الثقافي", "الاجتماعي", "اليوم", "أمس", "الليلة", "الحالي", "السابق", "الجديد",
    "الوطني", "المدرسي", "الجامعي", "كامل", "واحد", "عمل", "بحث", "طبي", "إنقاذ", "دفاع", "تحقيق",
}  # fmt: skip


def club_names(text: str, nationality: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the clubs a sentence names after "نادي" or (in a sentence about sport) "فريق"."""
    out = []
    sport = _SPORT.search(text) is not None
    for m in _CLUB.finditer(text):
        noun, first, second = m.group(1), m.group(2), m.group(3)
        if noun == "فريق" and (not sport or not first.startswith("ال")):
            continue  # "فريق عمل", "فريق من الخبراء": a team of some kind, no club
        if re.search(r"\d\s*$", text[: m.start()]):
            continue  # "16 فريق": teams counted, none named
        if first in _NOT_NAMES or nationality(first) or first.endswith(("ين", "ات")) and first.startswith("ال"):
            continue  # "فريق الدفاع", "فريق الأطباء", "الفريق المصري": no club's name
        if second and second.startswith("وال"):
            continue  # "فريق الأمن والسلامة": a team for one field and another, no club
        name, end = first, m.end(2)
        # a second word in construct ("شباب الأردن", "ريال مدريد") or after a plural ("المقاولون العرب")
        if (
            second
            and (not first.startswith("ال") or first.endswith("ون"))
            and second not in _NOT_NAMES
            and not (nationality(second))
        ):
            name, end = f"{first} {second}", m.end(3)
        if noun == "نادي":
            # "رئيس مجلس إدارة نادي الاتفاق": local copy names the body with its noun, as a municipality or a
            # society is named ("نادي X" as "بلدية X"); "فريق X" stays bare (the team, in a match report)
            out.append((m.start(1), end, f"{noun} {name}"))
            continue
        out.append((m.start(2), end, name))
    return out


# Clubs of the Saudi professional league and first division (general knowledge, written for this project): Saudi
# sports copy names them bare, with no "نادي" or "فريق" ("تغلب الهلال على ضيفه الفتح", "عن النصر صاحب المركز
# الثاني", "يلتقي الهلال والنصر"). Most are common words too (النصر victory, الاتحاد union, الشباب youth, الفتح
# conquest, الاتفاق agreement), so a name is a club only in a sentence about a match, a league or a transfer
# (`_MATCH`), and not where a word before or after makes it the common word or another body. Clubs named after a
# town (الرياض, نجران) are left to the place finder.
_SAUDI_CLUBS = (
    "الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الفتح", "الاتفاق", "التعاون", "الرائد", "الفيصلي",
    "الخليج", "العروبة", "الشعلة", "القادسية", "الفيحاء", "الحزم", "الطائي", "الوحدة",
)  # fmt: skip
_STEMS = "|".join(c[2:] for c in _SAUDI_CLUBS)
# the name with its article, after "و", "ف", "ب" or "ك"; or after "ل", which takes the article's alif ("للهلال")
_BARE_CLUB = re.compile(rf"(?<![\u0621-\u064a])(?:[وف]?[بك]?(ال(?:{_STEMS}))|[وف]?(لل(?:{_STEMS})))(?![\u0621-\u064a])")
# A sentence of a match report, a league table or a transfer.
_MATCH = re.compile(
    r"(?<![\u0621-\u064a])(?:[وفب]?(?:ال|بال|لل|[بل]))?"
    r"(?:مباراة|مباراته|مباريات|دوري|جولة|هدفين|نقطة|نقاط|نقطتين|مدرب|مدربه|مهاجم|مهاجمه|مهاجمي|"
    r"لاعب|لاعبه|لاعبي|ضيفه|مضيفه|منافسه|تعادل|تعادله|يتعادل|تغلب|يتغلب|تعاقد|تعاقده|يتعاقد|متصدر|"
    r"ترتيب|ملعب|ملعبه|ديربي|موسم|موسمين|فوز|فاز|يفوز|خسر|يخسر|خسارة|يلتقي|ويلتقي|شوط)"
    r"(?![\u0621-\u064a])"
)
# After the name: a definite adjective of a country, a reach or a rank ("الاتحاد السعودي", "الاتحاد الأوروبي",
# "الوحدة الوطنية", "الاتحاد العام للصيادين"), the Red Crescent, a field ("الاتحاد لكرة القدم"), the airline.
_NOT_AFTER = re.compile(
    r"\s+(?:ال[\u0621-\u064a]{2,}(?:ي|ية)(?![\u0621-\u064a])|الأحمر|العام|العامة|الأعلى|العليا|"
    r"ل[\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)
# Before the name: a cup, a body, a street or a team of an age named after the word, or a victory won
# ("كأس الخليج", "مجلس التعاون", "منتخب الشباب", "رعاية الشباب", "حقق النصر", "البنك الأهلي"), an armed group,
# a party or a state of a federation ("جبهة النصر", "ولاية الوحدة").
_NOT_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:كأس|بطولة|دول|منطقة|مجلس|منتخب|منتخبات|فئة|درجة|دوري|رعاية|حقق|يحقق|تحقيق|"
    r"طريق|عيد|حي|شارع|مدينة|جامعة|مسجد|بنك|البنك|مصرف|المصرف|تم|سيتم|عمر|روح|وزارة|وزير|رئيس|جبهة|ولاية|"
    r"ولايات|حركة|تنظيم|حزب|قوات|كتائب|لواء|جيش|حكومة)\s+$"
)
_PREPOSITION_AFTER = re.compile(r"\s+(?:على|مع|بين|في|حول)(?![\u0621-\u064a])")
# A man's title or nationality after the name is his ("مدرب الاتحاد الإسباني X", "للاتحاد المهاجم X").
_MAN_BEFORE = re.compile(r"(?:مدرب|لاعب|مهاجم|حارس|مدافع)\s+$")


def bare_clubs(text: str, nationality: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the Saudi clubs a sentence about a match or a league names bare (see `_SAUDI_CLUBS`)."""
    if _MATCH.search(text) is None:
        return []
    out = []
    for m in _BARE_CLUB.finditer(text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        name = m.group(1) or "ال" + m.group(2)[2:]
        after = _NOT_AFTER.match(text, end)
        if after is not None and not (_MAN_BEFORE.search(text[: m.start()]) and nationality(after.group(0).strip())):
            continue  # "الاتحاد السعودي لكرة القدم", "بالتعاون مع"; kept: "مدرب النصر الأوروغوياني"
        if _NOT_BEFORE.search(text[: m.start()]):
            continue
        if name in ("الاتفاق", "التعاون") and _PREPOSITION_AFTER.match(text, end):
            continue  # "تم الاتفاق على", "بالتعاون مع": the common noun with its preposition
        out.append((start, end, name))
    return out
