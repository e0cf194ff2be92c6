"""Arabic people named after a relational noun with a possessive ending: a counterpart, colleague, rival,
ally, lawyer or predecessor of someone just mentioned ("التقى بنظيره الأمريكي X Y", "دافع عنه زميله X Y",
"فاز على منافسه الإسباني X Y"). The noun with its ending stands in apposition to the name that follows, so
a name the given-name lists lack (a transliterated foreign one) is read too; the relation, with the
adjectives after it, is the role."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_roles import _ar_name_in_commas
from briefing_app.core.facts.people_ar_words import KIN_OF, _ar_is_given, _ar_name_at
from briefing_app.core.facts.people_index import PeopleIndex

_STEMS = ("نظير", "نظيرت", "زميل", "زميلت", "منافس", "منافست", "خصم", "حليف", "رفيق", "رفيقت", "محامي",
          "محاميت", "سلف", "مساعد", "مساعدت", "مستشار", "مستشارت", "مدرب", "مدربت", "غريم")  # fmt: skip
# The noun, perhaps with و or a preposition glued on, and a possessive ending (his, her, their).
_RELATION = re.compile(rf"(?:و|ف)?(?:ب|ل)?((?:{'|'.join(_STEMS)})(?:ه|ها|هم|هما))")
_WORD = re.compile(r"[\u0621-\u064a]+")
_TOKENS = re.compile(r"[\u0621-\u064a]+|\d+|[^\s\u0621-\u064a\d]")


def find_related_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every name a relational noun with a possessive ending introduces, with the relation as its role."""
    for s in sentences:
        if not any(stem in s.text for stem in _STEMS):
            continue  # (a cheap test: most sentences hold none)
        tokens = _TOKENS.findall(s.text)
        for i, token in enumerate(tokens):
            m = _RELATION.fullmatch(token)
            if m is None:
                continue
            role = [m.group(1)]
            k = i + 1
            while k < len(tokens) and len(role) < 3 and tokens[k].startswith("ال") and tokens[k].endswith(("ي", "ية")):
                role.append(tokens[k])  # "نظيره الأمريكي", "منافسه الإسباني": an adjective of origin
                k += 1
            if k < len(tokens) and tokens[k] in ("،", ","):
                k += 1
            words: list[str] = []
            while k < len(tokens) and _WORD.fullmatch(tokens[k]) and len(words) < 6:
                words.append(tokens[k])
                k += 1
            name = _ar_name_at(words, 0, foreign_ok=True)
            if len(name) >= 2:
                index.add(" ".join(name), " ".join(role), s.index)


# The kin noun (perhaps after و or ف) and one to three definite words of whose kin: the victim, the late president.
_KIN_OF = re.compile(rf"(?:^|(?<=\s))[وف]?((?:{'|'.join(KIN_OF)})(?:\s+(?:ال|لل)[\u0621-\u064a]+){{1,3}})(?=\s*،)")


def find_kin_of_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "وأضاف شقيق المعتقل، X Y، أن ...": a kinship noun and whose kin it is, then a name set off by commas;
    the kinship phrase is the role (the commas frame a name the lists may lack, as after a role)."""
    for s in sentences:
        for m in _KIN_OF.finditer(s.text):
            name = _ar_name_in_commas(s.text[m.end() :]) or _kunya_in_commas(s.text[m.end() :])
            if len(name) >= 2:
                index.add(" ".join(name), m.group(1), s.index)


def _kunya_in_commas(text: str) -> list[str]:
    """ "، أم يوسف،": a name by the first son (أم/أبو and a known given name) between commas; [] if none."""
    m = re.match(r"\s*،\s*(أم|أبو)\s+([\u0621-\u064a]+)\s*[،,]", text)
    return [m.group(1), m.group(2)] if m is not None and _ar_is_given(m.group(2)) else []
