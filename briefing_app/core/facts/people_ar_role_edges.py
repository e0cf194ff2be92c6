"""Where an Arabic role or the name after it ends, for people_ar_roles: a calling that is only a noun's
adjective of relation ("المؤتمر الصحفي"), a family name with the article closing a name in commas, and the office
written before a title ("رئيس تحرير صحيفة X الأستاذ Y", "الناطق باسم الوزارة د. Y")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    AR_HONORIFIC_POSSESSIVES,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _transliterated,
)
from briefing_app.core.facts.people_index import Person

# Callings that are also adjectives of relation (نسبة): "المؤتمر الصحفي", "الإيجاز الصحافي", "العمل الروائي".
_NISBA_CALLINGS = {"القيادي", "الروائي", "الصحفي", "الصحافي", "الإعلامي", "الاعلامي", "البرلماني", "البرلمانية",
                   # (and the politician's, and the feminine forms after a feminine or plural noun: "الكتل السياسية
                   # ورئاسة البرلمان مسؤولية ...", "المؤسسات الإعلامية": the blocs' adjective, no politician)
                   "السياسي", "السياسية", "القيادية", "الروائية", "الصحفية", "الصحافية", "الإعلامية", "الاعلامية"}


def nisba_of_a_noun(before: str, head: str) -> bool:
    """Whether a calling that is also a nisba adjective stands right after a definite noun that is no calling
    or title: the noun's adjective ("وخلال الإيجاز الصحافي اليومي أعرب X": the daily press briefing), no role."""
    words = before.split()
    if head not in _NISBA_CALLINGS or not words:
        return False
    noun = re.sub(r"^(?:و|ف)?(?:لل|بال|ال)", "ال", words[-1])
    calling = noun in _AR_HEADS or noun in AR_TITLES or _ar_core(noun) in AR_ROLE_NOUNS
    return noun.startswith("ال") and not calling


def family_with_article(word: str) -> bool:
    """A family name with the article: a definite word that is no calling, function word or known place."""
    return (
        word.startswith("ال")
        and len(word) >= 5
        and word not in _AR_HEADS
        and word not in _AR_FUNCTION
        and word not in _AR_NOT_NAMES
        and word not in known_names()
    )


# A verbal noun of the تفعيل shape ("تحرير", "تنظيم"): inside an office's chain, the genitive's head.
_TAFIL = re.compile(r"ت[\u0621-\u064a]{2}ي[\u0621-\u064a]")


def _bare_office(word: str) -> str:
    """The word without a glued و, ل or ب (and, for, with: "وأمين", "لأمير", "بمدير") when what is left is an
    office's head; else the word."""
    bare = word[1:] if word[:1] in "ولب" and len(word) > 3 else word
    return bare if _office_head(bare) else word


def _office_head(word: str) -> bool:
    # (a body's noun is no office, though its core may be one: "مؤسسة" (foundation) is no "مؤسس" (founder))
    return (
        word not in AR_TITLES
        and (word in _AR_HEADS or (_ar_core(word) in AR_ROLE_NOUNS and word not in AR_ORG_WORDS))
        and word != "باسم"
    )


# The public services a local directorate is named by, indefinite in construct after its office ("مدير أمن
# المنطقة العميد X", "مدير مباحث المحافظة العقيد Y", "مدير صحة المحافظة الدكتور Z", "مدير شرطة منطقة X اللواء
# Y"): the chain goes on over them to the place, as over a body's noun (تعليم and تربية are تفعيل nouns already).
_SERVICE_NOUNS = {"أمن", "امن", "مباحث", "مرور", "صحة", "جوازات", "سجون", "إطفاء", "اطفاء", "أوقاف", "اوقاف", "زراعة",
                  "إسكان", "اسكان", "نقل", "جمارك", "طيران", "شؤون", "شئون", "منطقة", "محافظة", "ولاية", "مياه",
                  "كهرباء", "آثار", "سياحة", "رياضة", "شباب", "ثقافة", "عمليات", "استخبارات", "مخابرات", "تحقيقات",
                  "أحوال", "نجدة", "إسعاف", "اسعاف", "دوريات", "حرس"}  # fmt: skip


# The units of a body an office heads, indefinite in construct before the body ("مدير عام فرع وزارة النقل", "رئيس
# قسم الجراحة", "مدير شعبة العلاقات", "عميد عمادة القبول"): the chain goes on over them, as over a body's noun.
_UNIT_NOUNS = {"فرع", "قسم", "شعبة", "عمادة"}


def _placed(word: str) -> bool:
    """A known place with ب glued on ("بجدة", "بأبها"): where the office is held, which Saudi local copy writes
    at the end of an office's chain before the holder's title ("وكيل الكلية التقنية بأبها الأستاذ X")."""
    return word[:1] == "ب" and len(word) > 3 and word[1:] in known_names()


def _joined_genitive(word: str) -> bool:
    """A definite noun joined with و inside an office's chain ("عميد خدمة المجتمع والتعليم المستمر", "مشرف عام
    العلاقات العامة والإعلام"): a second genitive of the same office; not a second office or title, which opens
    the next item of a list ("الوزير والسفير", "والدكتور X")."""
    bare = word[1:]
    return (
        word.startswith("وال")
        and len(bare) > 3
        and bare not in AR_TITLES
        and not _office_head(bare)
        and bare not in _AR_FUNCTION
        and bare not in known_names()
    )


def _chain_word(word: str) -> bool:
    """A word an office's construct chain runs over: a definite word or one with a glued preposition and the
    article, "باسم", a body's noun, an office noun, a تفعيل verbal noun; no given name, function word or title."""
    return (
        word not in AR_TITLES
        and word not in _AR_FUNCTION
        and word not in _AR_NOT_NAMES
        and not _ar_is_given(word)
        and (
            word.startswith(("ال", "لل", "بال"))
            or word == "باسم"
            or word in AR_ORG_WORDS
            or word in _SERVICE_NOUNS
            or word in _UNIT_NOUNS
            or _placed(word)
            or _joined_genitive(word)
            # ("الناطق الإعلامي لمرور المحافظة", "المتحدث باسم شرطة ...": a service or body glued to "for")
            or (word[:1] in "لب" and (word[1:] in _SERVICE_NOUNS or word[1:] in AR_ORG_WORDS))
            or _ar_core(word) in AR_ROLE_NOUNS
            or _TAFIL.fullmatch(word) is not None
        )
    )


# Offices the lists hold as titles too, written alone before a second title ("النائب د. X"): the office is the role.
_OFFICE_TITLES = {"النائب", "النائبة", "الوزير", "الوزيرة", "السفير", "السفيرة", "المحافظ", "المحافظة", "العميد",
                  "اللواء", "العقيد"}  # fmt: skip


# The Saudi king's official style, "Custodian of the Two Holy Mosques", written before "الملك" and his name (also
# after a glued و, ل or ب, and with a comma before the title).
_CUSTODIAN = re.compile(r"(?:^|\s)[وبل]?(خادم الحرمين الشريفين)\s*[،,]?\s*$")


def office_before_title(before: str) -> str:
    """The office a clause writes right before a title, in its construct chain ("على سؤال رئيس تحرير صحيفة الفجر"
    before "الأستاذ X", "الناطق الرسمي باسم الوزارة" before "د. X"): the holder's office, which the title does not
    replace; "" when the words before the title are no such chain (a verb, a name, a comma)."""
    if re.search(r"[»\"”]\s*$", before):
        before = re.sub(r"\s*[«»\"“”]\s*", " ", before)  # 'محافظ «المركزي» د. X': the body's name in quote marks
    parts = re.split(r"[،,:;؛.«»\"“”()]", before)
    if custodian := _CUSTODIAN.search(before):
        return custodian.group(1)  # "لخادم الحرمين الشريفين الملك X": the Saudi king's style, before his title
    if len(parts) >= 2 and not parts[-1].strip() and re.search(r"[،,]\s*$", before):
        return _office_opening_clause(parts[-2])  # "قال OFFICE، الشيخ X،": the office, then the title in commas
    tail = parts[-1].split()[-10:]
    if not tail:
        return ""
    if not (
        tail[-1].startswith(("ال", "لل", "بال"))
        or tail[-1] in known_names()
        or _to_honoured(tail[-1])
        or _placed(tail[-1])
        or _glued_place(tail[-1])
    ):
        return ""
    # ("الناطق الإعلامي لمرور المحافظة" before "النقيب X": the governorate a service's name ends with, the genitive
    # of the chain, not the governor's office that "المحافظة" spells too)
    genitive = tail[-1] == "المحافظة" and len(tail) > 1
    genitive = genitive and (tail[-2] in AR_ORG_WORDS or tail[-2].removeprefix("ل") in _SERVICE_NOUNS)
    if tail[-1] in _OFFICE_TITLES and not genitive:
        # "غردت النائب د. X", "وقال السفير د. Y": an office that is also a title, then the title; a rank after an
        # office's chain keeps the chain ("المدير العام للإدارة العامة للمرور اللواء د. X": the director, a general)
        chain = office_before_title(parts[-1].rstrip()[: -len(tail[-1])]) if len(tail) > 1 else ""
        return f"{chain} {tail[-1]}" if chain else tail[-1]
    for k, word in enumerate(tail[:-1]):
        head = _bare_office(word)  # (a glued و, ل or ب is no part of the office: "لأمير الكويت الشيخ X")
        if _office_head(head) and all(
            _chain_word(w) or w in known_names() or _office_link(tail, j, k) for j, w in enumerate(tail[k + 1 :], k + 1)
        ):
            return " ".join([head, *tail[k + 1 :]])
    return ""


def _to_honoured(word: str) -> bool:
    """"لسموه", "لمعاليه": "to His Highness", whose adviser or office the chain before a title is ("المستشار
    الإعلامي لسموه الدكتور X")."""
    return word[:1] == "ل" and word[1:] in AR_HONORIFIC_POSSESSIVES


def _office_link(tail: list[str], j: int, head_at: int) -> bool:
    """Whether tail[j], inside an office's chain before a title, links it on: "على" after the supervisor ("المشرف على
    العناية المركزة"), "في" before a body's noun past the head's genitive ("مدير العناية في وزارة الصحة", "في مرور"), or
    "to His Highness"."""
    word, before = tail[j], tail[j - 1]
    if word in ("عام", "العام"):
        return j - 1 == head_at  # "مدير عام فرع الوزارة", "المدير العام للمستشفى": general ("عام" is also "year")
    if word == "على":
        # (also "والمشرف", in a list; and the supervisor general, "المشرف العام على العلاقات العامة")
        general = j - 2 == head_at and before in ("العام", "عام")
        return _bare_office(tail[head_at]) in ("المشرف", "المشرفة") and (j - 1 == head_at or general)
    if word == "في":
        # (or a public service's directorate: "الناطق الإعلامي في مرور محافظة X" before "الرائد Y")
        return j - 1 > head_at and j + 1 < len(tail) and (tail[j + 1] in AR_ORG_WORDS or tail[j + 1] in _SERVICE_NOUNS)
    if word in _EPONYM_TITLES:
        # "لمدينة الملك X", "مستشفى الأمير Y": a body named after a king or prince, not a royal holder
        body = before.lstrip("لب") if before[:1] in "لب" and len(before) > 4 else before
        # (the body indefinite, in construct: "رئيس النادي الأمير X" is the club's chairman, a prince, no eponym)
        indefinite = not before.startswith(("ال", "لل", "بال"))
        return j - 1 > head_at and indefinite and (body in AR_ORG_WORDS or _feminine_construct(tail, j - 1))
    return _to_honoured(word) or _feminine_construct(tail, j) or _eponym_name(tail, j) or _glued_place(word)


# Royal titles a body is named after ("مدينة الملك X الطبية", "جامعة الأمير Y بن Z"), whose name the chain runs over.
_EPONYM_TITLES = {"الملك", "الأمير", "الملكة", "الأميرة"}


def _feminine_construct(tail: list[str], j: int) -> bool:
    """An indefinite feminine noun in construct before a definite genitive, inside an office's chain ("عميد خدمة
    المجتمع", "مدير لمدينة الملك ..."): a unit or body of the office, no given name (those are excluded)."""
    word = tail[j]
    return (
        j + 1 < len(tail)
        and tail[j + 1].startswith(("ال", "لل"))
        and word.endswith("ة")
        and len(word.lstrip("لب")) >= 4
        and word not in AR_TITLES
        and word not in _AR_FUNCTION
        and not _ar_is_given(word)
    )


def _eponym_name(tail: list[str], j: int) -> bool:
    """A given name (or بن) right after a royal title inside an office's chain, up to three words on: the king or
    prince a body is named after ("المدير التنفيذي لمدينة الملك X الطبية"), no holder of the office."""
    for back in range(1, 4):
        if j - back < 0:
            return False
        prev = tail[j - back]
        if prev in _EPONYM_TITLES:
            return all(_ar_is_given(w) or w in ("بن", "بنت") for w in tail[j - back + 1 : j + 1])
        if not (_ar_is_given(prev) or prev in ("بن", "بنت")):
            return False
    return False


def _glued_place(word: str) -> bool:
    """A two-word place written with no space before its second word's article ("مكةالمكرمة", as some copy does):
    a known place, which ends an office's chain as the spaced form does."""
    at = word.find("ال", 2)
    return at > 0 and f"{word[:at]} {word[at:]}" in known_names()


# Verbs of saying and announcing a clause opens with, before its subject ("قال", "وأكد", "أعلن").
_OPENING_VERB = re.compile(
    r"[وف]?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|صرح|صرحت|أشار|أشارت|كشف|كشفت|ذكر|ذكرت|أضاف|أضافت|شدد|شددت"
    r"|لفت|لفتت|أفاد|أفادت|رأى|رأت|اعتبر|اعتبرت|توقع|توقعت|دعا|دعت|بين|بينت"
    # (and the verbs Gulf agency copy opens an official's act with: welcomed, praised, commended, warned, denied,
    # directed, received: "رحّب أمير المنطقة، الأمير X، بالزيارة")
    r"|رحب|رحبت|أشاد|أشادت|نوه|نوهت|ثمن|ثمنت|حذر|حذرت|نفى|نفت|وجه|وجهت|استقبل|استقبلت)"
)
# The short vowels and the shadda a verb may carry ("رحَّب"), which its listed form has not.
_HARAKAT = re.compile(r"[\u064b-\u0652]")


def _office_opening_clause(clause: str) -> str:
    """The office that a clause's verb takes as its subject, all of the clause after the verb ("قال رئيس مجلس
    إدارة البنك التجاري الكويتي" before "، الشيخ X،"); "" when anything else stands between (a name before the
    office makes it that person's: "التقى X وزير الخارجية، الدكتور Y")."""
    words = clause.split()
    if len(words) < 3 or _OPENING_VERB.fullmatch(_HARAKAT.sub("", words[0])) is None:
        return ""
    head = _bare_office(words[1])
    # ("أكد المتحدث الرسمي لمديرية X في منطقة Y،": the links inside the chain, as before a title)
    if _office_head(head) and all(
        _chain_word(w) or w in known_names() or _office_link(words, j, 1) for j, w in enumerate(words[2:], 2)
    ):
        return " ".join([head, *words[2:]])
    return ""


def imperfect_after_role(word: str) -> bool:
    """A third person's imperfect verb ("يحاول", "يقوم"), which no role holds: not a nisba adjective in -ي
    ("يمني"), a given name (يوسف) or a transliterated one."""
    return (
        re.fullmatch(r"ي[\u0621-\u064a]{3,}", word) is not None
        and not word.endswith(("ي", "ية"))
        and not _ar_is_given(word)
        and not _transliterated(word)
    )


def apposed_to_named(before: str, people: list[Person]) -> bool:
    """Whether the text before an office ends with a person the article named and a comma: "قال المهندس X Y،
    رئيس شركة عمر أفندى إن": the office is X Y's apposition, so the words after its body's noun are the body's own
    name (a company named after a man), no second person."""
    head = before.rstrip()
    if not head.endswith(("،", ",")):
        return False
    head = head[:-1].rstrip()
    return any(len(p.name.split()) >= 2 and head.endswith(p.name) for p in people)


def governorate_in_a_chain(before: str, head: str) -> bool:
    """Whether "محافظة" after a public service's or body's noun, or a preposition, is the governorate in an office's
    chain ("الناطق الإعلامي في مرور محافظة X الرائد Y", "في محافظة X"): the place, no woman governor's office."""
    words = before.split()
    if head != "محافظة" or not words:
        return False
    prev = words[-1]
    bare = prev[1:] if prev[:1] in "لبو" and len(prev) > 3 else prev
    return prev in ("في", "من", "إلى", "الى") or bare in _SERVICE_NOUNS or bare in AR_ORG_WORDS

