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
        out.append((m.start(2), end, name))
    return out
