"""A place's name as a word of a quoted Arabic title: a festival, a campaign, a show or a book named in quote marks
after the noun of its kind ("مهرجان «X بين الأمس واليوم»", "حملة “X أجمل”"). The town in it names the title, not
where the story is. A place quoted alone ("في «X»") is still the place, and a quotation after a verb of saying
("قال: «...»") is speech, whose places stay places."""

from __future__ import annotations

import re

# Nouns of things named by a title in quote marks (with a clitic "و", "ب", "ل" or the article before them).
_TITLED_KINDS = (
    "مهرجان|معرض|مؤتمر|ملتقى|منتدى|حملة|برنامج|مبادرة|مسابقة|جائزة|شعار|عنوان|كتاب|فيلم|مسلسل|ندوة|أمسية|"
    "احتفالية|فعالية|فعاليات|مشروع|تطبيق|رواية|أغنية|عرض|مسرحية|موسم|أسبوع|يوم"
)
_QUOTED_TITLE = re.compile(
    rf"(?<![\u0621-\u064a])[وبلف]?(?:ال|لل)?(?:{_TITLED_KINDS})\s*[«\"“]([^«»\"“”]{{2,80}}?)[»\"”]"
)


def inside_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of a longer title in quote marks right after the noun of its kind."""
    for m in _QUOTED_TITLE.finditer(text):
        if m.start(1) <= start and end <= m.end(1) and m.group(1).strip() != text[start:end]:
            return True
    return False
