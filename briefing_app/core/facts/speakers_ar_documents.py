"""Arabic documents and outlets that "say" what their owner says: "وأضاف البيان أن ...", "وجاء في البيان:",
"أعلن الموقع الإلكتروني لوزارة الدفاع أنه: ...". The body that issued the statement or owns the site speaks:
the body after the document's noun and a glued ل ("الموقع الإلكتروني لوزارة الدفاع"), else the body the
sentence or the three before name as issuing one ("أصدرت وزارة الخارجية بيانا", "في بيان صادر عن X")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_app.core.facts.people_index import Person

# Statements, reports, letters, posts; sites, pages, accounts and official channels.
_DOCUMENTS = {"البيان", "التقرير", "الرسالة", "المنشور", "البلاغ", "التصريح", "الموقع", "الحساب", "الصفحة",
              "القناة", "المعرف", "الفيديو", "التسجيل"}  # fmt: skip
# "أصدرت X بيانا", "نشرت X تقريرا": the body that issued a document, as the sentence's subject.
_ISSUED = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:أصدر|أصدرت|نشر|نشرت|وزع|وزعت|بث|بثت)\s+((?:[\u0621-\u064a]+\s+){0,5}?"
    # (copy that drops the accusative's alif: "وأصدرت خلية الإعلام، بيان، نص على")
    r"[\u0621-\u064a]+)\s*[،,]?\s+(?:مقطع\s+)?(?:بيانا|بيانًا|بيان(?=\s*[،,])|تقريرا|تقريرًا|تصريحا|تصريحًا|رسالة|بلاغا|منشورا|تسجيلا|"
    r"فيديو)(?![\u0621-\u064a])"
)


def document_owner(words: list[str], sentence: int, texts: Mapping[int, str]) -> str | None:
    """The body behind a document or outlet that a speech verb has as subject (`words`, from the verb on), or
    None when the subject is no document or no owner is named."""
    if words and "ال" + words[0] in _DOCUMENTS and len(words) > 1 and words[1].startswith("ال"):
        # "تقرير الأمم المتحدة", "بيان الخارجية": the document in construct with its owner
        return " ".join([w.strip("،,.:") for w in words[1:4] if w.startswith("ال")])
    # (also without the article: "ذكر بيان للوزارة أن", a statement of the ministry's)
    if not words or (words[0].strip("،,:") not in _DOCUMENTS and "ال" + words[0].strip("،,:") not in _DOCUMENTS):
        return None
    k = 1
    while k < len(words) and words[k].startswith("ال") and len(words[k]) > 3:
        k += 1  # "الموقع الإلكتروني الرسمي": the document's adjectives
    if k < len(words) and words[k][:1] == "ل" and len(words[k]) > 3 and not words[k].startswith("لل"):
        owner = [words[k][1:]]  # "لوزارة الدفاع الروسية": its owner in construct
        owner += [w.strip("،,.:") for w in words[k + 1 : k + 4] if w.startswith("ال")][: 3]
        return " ".join(owner)
    if k < len(words) and words[k].startswith("لل"):
        return "ال" + words[k][2:]  # "البيان للحكومة"
    for at in range(sentence, sentence - 4, -1):
        text = texts.get(at, "")
        issued = list(_ISSUED.finditer(text))
        if issued:
            return issued[-1].group(1).strip()
        owned = _STATEMENT_OF.search(text)
        if owned is not None:
            return "ال" + owned.group(1)  # "وذكر بيان للوزارة أن ... . واكدت بحسب البيان": the ministry's
        statement = _ISSUED_BY.search(text) or _ISSUED_WHICH.search(text) or _SAID_IN_STATEMENT.search(text)
        if statement is not None:
            body = statement.group(1).split()
            return " ".join(body[:1] + [w for w in body[1:4] if w.startswith("ال")][:3])
    return None


# "بيان للوزارة" (a statement of the ministry's): the body after لل, its article's alif dropped.
_STATEMENT_OF = re.compile(r"(?<![\u0621-\u064a])(?:بيان|تقرير|رسالة|بلاغ)\s+لل([\u0621-\u064a]{3,})")

# "في بيان صادر عن منظمة X", "في تقرير لها" is the subject's own (left to the verb's reading).
_ISSUED_BY = re.compile(
    r"(?<![\u0621-\u064a])(?:بيان|تقرير|رسالة|بلاغ)\s+(?:صادر|صادرة)?\s*(?:عن|من)\s+([\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+){0,3})"
)

# "البيان الذي أصدرته الوزارة" (the statement the ministry issued): the body after the relative's verb.
_ISSUED_WHICH = re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:بيان|تقرير|رسالة|بلاغ)\s+(?:الذي|التي)\s+(?:أصدر|نشر|وزع)[\u0621-\u064a]*\s+"
    r"([\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+){0,3})"
)

# "وأعلنت وزارة الدفاع الروسية في بيان:", "وذكرت الوزارة، في بيان،": the verb's subject issued the statement.
_SAID_IN_STATEMENT = re.compile(
    r"(?:^|(?<=\s))[وف]?(?:أعلن|قال|ذكر|أكد|أفاد|أوضح|أشار|نشر|كشف)(?:ت)?\s+((?:[\u0621-\u064a]+\s+){0,4}"
    r"[\u0621-\u064a]+)\s*[،,]?\s+في\s+(?:بيان|تقرير|بلاغ|رسالة)(?![\u0621-\u064a])"
)

# "أصدرت X بيانا قالت فيه:", "نشر X تقريرا أكد فيه أن": the verb after the document says "in it", so its subject
# is the one who issued the document.
_SAID_IN_ISSUED = re.compile(
    _ISSUED.pattern + r"[\u064b-\u0652]*\s+[وف]?[\u0621-\u064a]{3,6}\s+(?:فيه|فيها)\s*(?:أن|إن|بأن)?\s*:?\s*[\"«“]?\s*$"
)


def issuer_said_in(clause: str) -> str | None:
    """The issuer of a document that the clause's last verb speaks "in" ("أصدرت هيئة X بيانا قالت فيه:"), else
    None."""
    m = _SAID_IN_ISSUED.search(clause)
    return m.group(1).strip() if m else None



def issuer_in(clause: str) -> str | None:
    """The body the clause says issued a statement or report ("وأصدرت خلية الإعلام الأمني بيانا"), else None."""
    issued = list(_ISSUED.finditer(clause))
    return issued[-1].group(1).strip(" ،,") if issued else None


# A sentence whose verb of saying has a statement or report as its subject: "وقال بيان لوزارة الخارجية إن ...".
_DOCUMENT_SAID = re.compile(
    r"^\W*[وف]?(?:قال|ذكر|أكد|أفاد|أوضح|أشار|أعلن|كشف|اعتبر|أضاف)(?:ت)?\s+((?:ال)?(?:بيان|تقرير|رسالة|بلاغ)"
    r"(?![\u0621-\u064a]).*)"
)
# A verb of saying alone before the quote ("وأضاف:", "وأضاف إن", "وتابع أن"): it names no subject.
_BARE_GOING_ON = re.compile(
    r"^\W*[وف]?(?:أضاف|تابع|أكد|أوضح|قال|ذكر|أشار)(?:ت)?(?:\s+(?:أن|إن|أنه|إنه|بأن|إلى\s+أن))?\s*[:،,]?\s*[\"«“]?\s*$"
)


def statement_goes_on(sentence: int, within: str, texts: Mapping[int, str]) -> str | None:
    """ "وقال بيان لوزارة الخارجية إن الوزير X دعا ... . وأضاف إن «...»": a bare verb of saying right after a
    sentence whose verb had a statement as its subject goes on with that statement, whose owner speaks (the
    ministry), not with a person the statement spoke of; None otherwise."""
    if not _BARE_GOING_ON.match(within):
        return None
    m = _DOCUMENT_SAID.match(texts.get(sentence - 1, ""))
    if m is None:
        return None
    words = [w.strip("،,:") for w in m.group(1).split()]
    construct = len(words) > 1 and not words[0].startswith("ال") and not words[1].startswith(("ال", "ل"))
    if construct:  # "بيان وزارة الخارجية القطرية": the owner in construct, with its definite adjectives
        k = 2
        while k < len(words) and words[k].startswith("ال") and k < 5:
            k += 1
        return " ".join(words[1:k])
    return document_owner(words, sentence - 1, texts) or words[0]


# Offices that issue statements in their own name ("بيان صادر عن المتحدثة باسم الشرطة X"): their holder speaks.
_ISSUING_OFFICES = {"المتحدث", "المتحدثة", "الناطق", "الناطقة", "المكتب", "مكتب"}


def owner_or_holder(owner: str, people: Sequence[Person]) -> str:
    """The owner of a statement, or when the owner is a spokesman's office ("المتحدثة"), the one person whose
    role opens with that office ("لوبا X", the police spokeswoman); the owner as given otherwise."""
    head = owner.split()[0] if owner.split() else ""
    if head not in _ISSUING_OFFICES:
        return owner
    holders = {p.name for p in people if p.role and p.role.split()[0] == head}
    return holders.pop() if len(holders) == 1 else owner
