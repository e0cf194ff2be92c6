"""Arabic bodies no head noun opens: groups named by the people they gather and their cause ("X-يون من أجل
الحقيقة والعدالة", as English "Drivers for Safer Roads"), and the public services every Arab state names by their
field and its adjective ("الدفاع المدني", civil defence; "الحرس الوطني", the national guard)."""

from __future__ import annotations

import re
from collections.abc import Callable

# A plural of people, then "for the sake of" and the cause: definite nouns joined by "and".
_CAUSE_GROUP = re.compile(
    # (or a coalition, campaign or network of them, with its article: "الائتلاف من أجل X والمساءلة")
    r"(?<![\u0621-\u064a])[ولب]?([\u0621-\u064a]{3,}(?:ون|يين|ين)|أطباء|نساء|شباب|طلاب|علماء|فنانون|أمهات|آباء|"
    r"الائتلاف|التحالف|الحملة|الشبكة|المبادرة|الرابطة|الجمعية)"
    r"\s+من\s+أجل\s+(ال[\u0621-\u064a]{2,}(?:\s+وال[\u0621-\u064a]{2,}){0,2})(?![\u0621-\u064a])"
)
# The public services named by their field and its adjective (general words of Arabic news, no one body).
_SERVICES = re.compile(
    r"(?<![\u0621-\u064a])(?:[وبلف]|[وف]?بال|[وف]?لل)?((?:ال)?(?:دفاع\s+ال?مدني|حرس\s+ال?وطني))(?![\u0621-\u064a])"
)


_COLLECTIVES = {"الائتلاف", "التحالف", "الحملة", "الشبكة", "المبادرة", "الرابطة", "الجمعية"}


def cause_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the groups a sentence names by their people and cause."""
    if "أجل" not in text:
        return []
    out = []
    for m in _CAUSE_GROUP.finditer(text):
        people = m.group(1)
        if people.startswith("ال") and people not in _COLLECTIVES:
            continue  # "تبرع المحسنون من أجل المرضى": people with the article are the clause's subject, no group
        if people[:1] in "يت" and not people.endswith("يون"):
            continue  # "يعملون من أجل السلام": a verb in the present, no group
        if people.endswith("ين") and not people.endswith("يين") and not people.startswith("ال"):
            continue  # only the nisba's oblique plural ("للسوريين من أجل ...") besides the nominative
        out.append((m.start(1), m.end(2), f"{people} من أجل {m.group(2)}"))
    return out


def public_services(text: str, nationality: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the public services a sentence names ("الدفاع المدني" with its article)."""
    out = []
    for m in _SERVICES.finditer(text):
        name = m.group(1)
        if not name.startswith("ال"):
            if not m.group(0).startswith(("لل", "ولل", "فلل", "بال", "وبال", "فبال")):
                continue  # "دفاع مدني": a kind, no service
            name = "ال" + name
        end, name = m.end(1), re.sub(r"\s+", " ", name)
        country = re.match(r"\s+(ال[\u0621-\u064a\u064b-\u0652]{3,})", text[end:])
        if country is not None and nationality(country.group(1).rstrip("،.")):
            name, end = f"{name} {country.group(1)}", end + country.end()  # "الدفاع المدني السوري": the country's own
        directorate = _DIRECTORATE_BEFORE.search(text, 0, m.start())
        if directorate is not None and m.group(0).startswith(("لل", "ل")) == (directorate.group(2) is not None):
            # "المديرية العامة للدفاع المدني", "مديرية الدفاع المدني": the directorate whose field the service is
            start = directorate.start(1)
            out.append((start, end, text[start:end]))
            continue
        out.append((m.start(1), end, name))
    return out


# A directorate right before a service it runs: "general" then "لل" glued to the service, or in construct.
_DIRECTORATE_BEFORE = re.compile(r"(?<![\u0621-\u064a])[وبل]?((?:ال)?مديرية(\s+العامة)?)\s+$")
