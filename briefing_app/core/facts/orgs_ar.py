"""Arabic organisations by their shape: a head noun ("وزارة", "شركة", "حزب") in the construct state and the words
that follow it, and a name in quote marks after its kind or before a country's adjective."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_linking_participles import AR_LINKING_PARTICIPLES
from briefing_app.core.facts.gazetteer import known_names, lookup
from briefing_app.core.facts.gazetteer import names_an_organisation as _is_org
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.orgs_ar_charities import charity_field
from briefing_app.core.facts.orgs_ar_checks import closes_the_name, person_named_next
from briefing_app.core.facts.orgs_ar_fields import agrees_with_head, field_adjective, with_pronoun
from briefing_app.core.facts.orgs_ar_municipal import municipal_adjective
from briefing_app.core.facts.people_ar_words import (
    _AR_PLACE_KINDS,
    AR_HONORIFIC_POSSESSIVES,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_is_given,
)
from briefing_app.core.numbers import strip_arabic_marks

# Sites named by a kind that heads bodies elsewhere (hospitals): Arabic copy names them as places.
_SITES = {"مستشفى", "مشفى"}
_AR_STOP = {"في", "فى", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "التي", "الذي", "و", "أو", "قد", "لا", "ما",
            "بعد", "قبل", "إنه", "أنه", "إنها", "أنها",  # ("فخر لكل منتخب إنه يشارك": that it, no name)
            "اللي",  # (the spoken relative, in quoted speech: "المنتخب اللي لعبنا أمامه")
            # the relative's plural, dual and Egyptian ى spelling: "مدير الإدارة X الذين حضروا" (who, of the men
            # named before the body; the relative opens a clause and ends the name as "التي" does)
            "الذين", "الذى", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي",
            # nouns used as prepositions of place ("مدرسة وسط مدينة X", "مستشفى قرب X"): where, never a name's word
            "وسط", "قرب", "داخل", "خارج", "أمام", "خلف", "حول", "تحت", "فوق", "قبالة", "بين", "عند", "لدى", "عبر",
            "خلال", "منذ", "حتى", "نحو", "ضد"}  # fmt: skip
# Ordinals after a head: "المركز الأول" is first place; a rank, not a name.
_AR_ORDINALS = {"الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس",
                "الخامسة", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخير", "الأخيرة"}  # fmt: skip
# Adjectives of a body's reach after which "ل" and a noun name its field: "الاتحاد الدولي لكرة القدم", "المنظمة
# العربية للتربية", "المجلس الأعلى للقضاء"; after other words "ل" starts what the body did or was for.
_AR_SCOPE = {"الدولي", "الدولية", "العالمي", "العالمية", "العربي", "العربية", "الأوروبي", "الأوروبية", "الأفريقي",
             "الأفريقية", "الإسلامي", "الإسلامية", "الأعلى", "العليا", "العام", "العامة", "الاتحادي", "الاتحادية",
             "الأمريكي", "الأمريكية", "الأميركي", "الأميركية", "البريطاني", "البريطانية", "الآسيوي", "الآسيوية",
             "الخليجي", "الخليجية", "الإقليمي", "الإقليمية",
             # a country's own body for a field: "المجلس الوطني لحقوق الإنسان", "الهيئة الوطنية لمكافحة الفساد"
             "الوطني", "الوطنية"}  # fmt: skip
# Adjectives that agree with a definite feminine head (اللجنة الدولية، اللجنة الوطنية): the head has the article.
_AR_AGREEING = {w for w in _AR_SCOPE if w.endswith("ة") or w == "العليا"} | {
    "الوطنية", "المركزية", "التنفيذية", "الأولمبية", "الخاصة", "المشتركة", "الدائمة", "الفرعية", "المستقلة", "الشعبية",
}  # fmt: skip
# Adjectives of time or standing: "the interim government", "the new council" describe, not name, a body.
_AR_PHASES = {"الانتقالية", "الانتقالي", "المؤقتة", "المؤقت", "الجديدة", "الجديد", "المقبلة", "المقبل", "الحالية",
              "الحالي", "السابقة", "السابق", "المنتهية", "المستقيلة", "المقالة"}  # fmt: skip
# Adjectives that say which body of a kind is meant, or describe the person before it, not a name: the ruling or
# governing or the right-wing coalition, "عضو الائتلاف المقيم في السعودية" (the member residing in ...).
_AR_WHICH_ONE = {*_AR_PHASES, "الحاكم", "الحاكمة", "الحكومي", "الحكومية", "المقيم", "المقيمة", "المولود", "المولودة",
                 "اليميني", "اليمينية", "اليساري", "اليسارية"}  # fmt: skip
# What a writer calls a body after its name: rebel, hardline, radical, banned, armed.
_AR_STANCE = {"المتمردة", "المتمرد", "المتشددة", "المتشدد", "الراديكالية", "الراديكالي", "المحظورة", "المحظور",
              "المسلحة", "المسلح", "المتطرفة", "المتطرف", "الحاكم", "الحاكمة"}  # fmt: skip
# "حركة" is also the movement of traffic, goods and people.
_AR_TRAFFIC = {"النقل", "المرور", "السير", "الملاحة", "الطيران", "البضائع", "الأفراد", "الأشخاص", "التجارة",
               "السفر", "الشحن", "الركاب", "السفن", "المسافرين", "الأموال", "الاستيراد", "التصدير", "التداول",
               "السياحة", "البيع", "الشراء", "الأسواق", "الرياح", "الأسعار"}  # fmt: skip
# What "تيار" is a current of when it is no political current: electricity, air, water, the sea.
_AR_CURRENTS = {"كهربائي", "الكهربائي", "كهرباء", "الكهرباء", "هوائي", "هواء", "مائي", "ماء", "مياه", "بحري", "بحر",
                "نفاث", "قوي", "ضعيف", "متردد", "مستمر"}  # fmt: skip
# Words in ل that are no "for" before a noun: "لأن" (because), "لكن" (but), "لم" (did not)...
_AR_LI_WORDS = {"لأن", "لأنه", "لأنها", "لكن", "لكنه", "لكي", "لم", "لن", "لا", "لدى", "لقد", "ليس", "ليست", "لذلك",
                "لها", "له", "لهم", "لهذا", "لهذه", "لتلك", "لذا", "لدي", "لنا", "لكم", "لما"}  # fmt: skip
# The purpose of a referral after the body referred to ("إحالتهم إلى هيئة التحقيق والادعاء العام لاستكمال الإجراءات",
# "أحيلت إلى المحكمة الجزائية للنظر فيها", "إلى الجهات المختصة لاتخاذ اللازم"): Gulf police and court copy closes
# its reports so; the verbal noun of a procedure is what the body is to do, no word of its name.
_AR_PROCEDURES = {"لاستكمال", "لإستكمال", "لاتخاذ", "لإتخاذ", "لإكمال", "لاكمال", "للنظر", "للبت", "لاستيفاء",
                  "لإنهاء", "لانهاء", "لمباشرة", "لإجراء", "لاجراء", "لتطبيق", "لإيقاع", "لايقاع", "لمحاكمتهم",
                  "لمحاكمته", "لمحاكمتها", "لمعاقبتهم", "لمعاقبته", "لاستجوابه", "لاستجوابهم", "لإصدار",
                  "لاصدار"}  # fmt: skip
# A staff, not a body, after "هيئة": the teaching or nursing staff of a university or a hospital
# ("أعضاء هيئة التدريس").
_AR_STAFFS = {"تدريس", "التدريس", "التدريسية", "تمريض", "التمريض", "التمريضية"}
# "And many (others)" after a name opens the next item of a list, never the name's own conjunct.
_AR_QUANTIFIERS = {"والعديد", "والكثير", "والعشرات", "والمئات", "وغيرها", "وغيره", "وغيرهم", "والبعض", "وبعض", "وعدد"}
_AR_TIMES = {"اليوم", "أمس", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
             "الأسبوعية", "الأسبوع", "الماضي", "المقبل", "الحالي"}  # fmt: skip


# Participles of where a thing is ("البنك المركزي الموجود ضمن ..."): they describe the body's place in the clause,
# never name it.
# And participles that open what the body belongs to, borders or is made of ("البرلمان اللبناني المكون من",
# "معهد أمناء الشرطة المجاور لسجن ...").
_AR_LOCATIVE = {"الموجود", "الموجودة", "الواقع", "الواقعة", "الكائن", "الكائنة", "المتواجد", "المتواجدة",
                *AR_LINKING_PARTICIPLES}  # fmt: skip
# A verbal noun of the مفاعلة or تفعيل shape joined by و inside a body's name, before its own definite genitive
# ("هيئة الرقابة ومكافحة الفساد", "وكالة ... لغوث وتشغيل اللاجئين"): a second field of the same body.
_AR_JOINED_FIELD = re.compile(
    r"و(?:م[\u0621-\u064a]ا[\u0621-\u064a]{2}ة|ت[\u0621-\u064a]{2}ي[\u0621-\u064a]|ت[\u0621-\u064a]ا[\u0621-\u064a]{2}|"
    # (and of the إفعال shape: "المركز الوطني للأمن وإدارة الأزمات", "... وإنقاذ المدنيين")
    r"إ[\u0621-\u064a]ا[\u0621-\u064a]ة|إ[\u0621-\u064a]{2}ا[\u0621-\u064a])"
)
# and of the فعالة shape (no number's), only after a field in ل: "الرئاسة العامة للأرصاد وحماية البيئة" (not
# "وزارة الصحة وسلامة المرضى": the ministry and a second thing)
_AR_JOINED_FIELD_AFTER_LI = re.compile(r"و(?!ثلاثة|ثمانية)[\u0621-\u064a]{2}ا[\u0621-\u064a]ة")
# Adjectives without an adjective's ending (nisba ـي/ـية, feminine ـة, plural ـين/ـون, elative أفعل, participle م-).
_AR_BARE_ADJECTIVES = {"العام", "الخاص", "الحر", "الكبير", "الصغير", "الشامل", "العرب", "التابع"}
# (nouns, though shaped like a nisba or a participle: "تبنت X المسؤولية", "وأقرت الحكومة الميزانية الجديدة")
_AR_OBJECT_NOUNS = {"المسؤولية", "الميزانية", "الموازنة"}


def _indefinite_adjective(after: list[str]) -> bool:
    """Whether the word after a bare noun is an indefinite nisba adjective ("محلية", "جماعي"): the phrase is then
    indefinite as a whole, a kind of body described ("مصنع ألبان إقليمي"), since a name's adjective takes the article
    ("بنك X الوطني"). Not a place or a person's given name, which a nisba's ending may end too."""
    if not after:
        return False
    word = after[0].rstrip("،.")
    if word.startswith(("ال", "وال", "بال", "لل")) or len(word) < 5 or not word.endswith(("ية", "ي")):
        return False
    return lookup(word) is None and not _ar_is_given(word)


def _adjective_shaped(word: str) -> bool:
    """Whether a definite word may be an adjective after a body's name; after a definite noun, a definite word that
    cannot be one starts the next part of the sentence (no genitive follows a definite noun)."""
    core = word.rstrip("،.")
    if core in _AR_OBJECT_NOUNS:
        return False
    return (
        core in _AR_BARE_ADJECTIVES
        or core.endswith(("ي", "ية", "يه", "ة", "ى", "ا", "ين", "ون"))
        or core.startswith("الم")
        or (len(core) == 6 and core.startswith("الأ"))
    )


def _paired_adjective(kept: list[str], word: str) -> bool:
    """Whether "و" + a definite nisba adjective ends the same way as the adjective just kept ("الدستورية
    والتشريعية", "الاقتصادي والاجتماعي"): two adjectives of one body. Not a people's adjective ("السورية
    والروسية", two governments), not a participle ("والمعارضة", a second body), not a body's own head."""
    if not kept or not word.startswith("وال") or word.startswith("والم"):
        return False
    last, core = kept[-1], word[1:].rstrip("،.")
    if not last.startswith("ال") or last.startswith("الم") or core in AR_HEADS or core[2:] in AR_HEADS:
        return False
    ending = "ية" if last.endswith("ية") else "ي" if last.endswith("ي") else ""
    if not ending or not core.endswith(ending) or (ending == "ي" and core.endswith("ية")):
        return False
    return not (_nationality(last) or _nationality(core) or _is_place(core))


def _is_place(name: str) -> bool:
    entry = lookup(name.strip("،."))
    return entry is not None and entry.kind == "place"


# Bodies named by a kind of two words or a market, then the adjective of their country ("سلاح الجو الأردني",
# "خفر السواحل الإيطالي", "البورصة المصرية"): without that adjective they are the kind, no name.
_AR_NATIONAL_KINDS = ("سلاح الجو", "خفر السواحل", "القوات الجوية", "القوات البحرية", "الطيران الحربي", "بورصة", "قوات",
                      "طيران", "جمارك", "الدفاع المدني",
                      # a state's forces and security services by their two-word kind ("القوات المسلحة الأردنية",
                      # "الأمن العام اللبناني", "الحرس الوطني العراقي"); without the adjective, armed forces in general
                      "القوات المسلحة", "الأمن العام", "الأمن الوطني", "الحرس الوطني", "الحرس الثوري",
                      )  # fmt: skip  # ("الطيران الروسي": Russia's air force; "الجمارك البلجيكية")
# Heads of a state's armed or governing power: "ل" after their country's adjective starts what they did ("الجيش
# السوري لاستعادة ..."), while a civic body's "ل" names its field ("المرصد X لحقوق الإنسان").
_AR_STATE_POWERS = {"قوات", "جيش", "حكومة", "شرطة", "سلطة", "حرس", "سلاح الجو", "خفر السواحل", "القوات الجوية",
                    "القوات البحرية", "الطيران الحربي"}  # fmt: skip
# Outlets named "<place> اليوم" ("Egypt Today"): after the outlet's kind, "اليوم" is the name's, not "today".
_AR_OUTLETS = {"قناة", "صحيفة", "جريدة", "إذاعة", "مجلة", "موقع"}


def arabic_orgs(text: str) -> list[tuple[int, int, str]]:
    """وزارة الصحة, شركة X: a head noun and the words that follow it in the construct state, with an
    acronym in brackets after it ("منظمة الأغذية والزراعة (الفاو)") taken into its stretch."""
    out = []
    # (and a department's head as much local copy writes it, its hamza left out: "ادارة", read as "إدارة")
    heads = "|".join(sorted((*AR_HEADS, *_AR_NATIONAL_KINDS, "ادارة"), key=len, reverse=True))
    taken_to = 0
    # The words after the head in a look-ahead, so that a name starting inside them is still seen
    # ("الاتحاد شكوى للحكومة المغربية").
    for m in re.finditer(
        rf"(?<![\w\u0600-\u06ff])(?:[وبلف]|[وف]?لل|[وف]?بال)?((?:ال)?(?:{heads}))(?=((?:\s+[\u0621-\u0652\u0670]+){{1,7}}))",
        text,
    ):
        head = m.group(1)
        start = m.start(1)
        if start < taken_to:
            continue  # a head word inside the name just found ("رابطة مدرسة ...")
        if head.removeprefix("ال") in _SITES:
            continue  # "مستشفى X": a site, which the places finder names (place_shapes_ar.AR_SITE_KINDS)
        ahead = [w.rstrip("،.") for w in m.group(2).split()]
        first = ahead[0]
        # (after "لل" or "بال" the head is definite though its article is not in the match: "للإدارة العامة")
        glued_article = text[m.start() : start].endswith(("لل", "بال")) and not head.startswith("ال")
        head = "إدارة" if head == "ادارة" else "الإدارة" if head == "الادارة" else head
        before = (text[: m.start()].split()[-1:] or [""])[0]
        department = head == "إدارة" and not glued_article and _department(ahead, before)
        if (
            head.removeprefix("ال") in _GULF_HEADS
            and not _gulf_body("ال" + head if glued_article else head, ahead)
            and not department
        ):
            continue  # "غرفة العمليات" (a room), "أمانة المسؤولية" (trust): only a chamber or a city's municipality
        things = first.startswith("ال") and first.endswith("ات")
        if head.removeprefix("ال") == "حركة" and (first in _TRAFFIC or things):
            continue  # "الحركة المرورية", "حركة الشاحنات": the movement of traffic or of things, no movement's name
        if head.removeprefix("ال") == "تنظيم" and first not in ("الدولة", "القاعدة") and not _is_org(first):
            continue  # "تنظيم الانتخابات" is organising them: only a group's own name after it ("تنظيم الدولة")
        if municipal_adjective(before, head, first, _is_place):
            continue  # orgs_ar_municipal: "الخدمات البلدية", "مشروعات بلدية بقيمة X": the adjective "municipal"
        if head.removeprefix("ال") == "هيئة" and first in _AR_STAFFS:
            continue  # "أعضاء هيئة التدريس", "عضو هيئة تدريس": a university's teaching staff, no body's name
        if head.removeprefix("ال") == "جهاز" and not _apparatus(first):
            continue  # "جهاز قياس الضغط", "الجهاز التنفسي": a device or an organ of the body, no state apparatus
        if head.removeprefix("ال") == "مجلس" and first in _BOARDS:
            continue  # "رئيس مجلس إدارة الشركة X": the company (found at its own head) is the body, not its board
        if re.search(r"\d\s*$", text[: m.start()]) or (text[: m.start()].split()[-1:] or [""])[0] in _COUNT_WORDS:
            continue  # "و53 مركز للرعاية الأولية": a head counted by a number is a common noun, no body's name
        if head == "وكالة" and _ar_is_given(first) and (text[: m.start()].split()[-1:] or [""])[0].startswith("ال"):
            continue  # "محافظ البنك وكالة X Y": "acting", after the office, before the holder's name; no agency
        if head.removeprefix("ال") == "مكتب" and first in AR_HONORIFIC_POSSESSIVES:
            continue  # "في مكتب سموه" (in His Highness's office): the office of the man just named, no body
        if head in ("مكتب", "حكومة") and _ar_is_given(first):
            continue  # "مكتب علي X", "حكومة عزيز X": a person's office or cabinet, the person is named, no body's name
        if head == "حكومة" and (first in AR_TITLES or first in ("رئيس", "رئيسة")):
            continue  # "لحكومة الدكتور X Y", "في حكومة رئيس الوزراء الأسبق X": a titled man's cabinet, no body's name
        if head == "حكومة" and _kind_of_government(ahead):
            continue  # "تشكيل حكومة انقاذ", "حكومة وحدة وطنية": a kind of government wished for, no body's name
        if head == "مصلحة" and (m.group(0)[:1] in "لب" or text[: m.start()].split()[-1:] == ["في"]):
            continue  # "في مصلحة الوطن", "لمصلحة الشعب": in the interest of; no department
        if text[m.start() : start].endswith(("لل", "بال")) and not head.startswith("ال"):
            head = "ال" + head  # "للحكومة التونسية" (for the Tunisian government) is "الحكومة التونسية"
        elif text[m.start() : start].endswith("ل") and head.startswith("ل") and m.group(2).split()[0] in _AR_AGREEING:
            # "للجنة الدولية": ل before اللجنة writes the article's lam once, so the head reads "لجنة"; a definite
            # adjective agreeing with it shows the head is definite too ("للجنة التحكيم" is in construct: no article)
            head = "ال" + head
        definite = head.startswith("ال")
        kept: list[str] = []
        following = [w.rstrip("،.") for w in m.group(2).split()]
        national_kind = head.removeprefix("ال") in _AR_NATIONAL_KINDS or head in _AR_NATIONAL_KINDS
        if national_kind and following and not _nationality(following[0]):
            longer = f"{head} {following[0]}"
            if longer.removeprefix("ال") in _AR_NATIONAL_KINDS or longer in _AR_NATIONAL_KINDS:
                head, following = longer, following[1:]  # "القوات الجوية الروسية": the longer kind
        if national_kind and head == "بورصة" and following and _is_place(following[0]):
            following = following[:1]  # "بورصة الكويت", "بورصة قطر": the market of a country or city, in construct
        elif national_kind:
            if not following or not _nationality(following[0]):
                continue  # "قصف سلاح الجو مواقع": the kind, no body's name
            following = following[:1]  # the adjective ends the name
        whole = next((n for n in (5, 4, 3) if len(following) >= n and _is_org(" ".join([head, *following[:n]]))), 0)
        if whole:  # "مجلس التعاون لدول الخليج العربية": a known body's full name, read whole
            end = m.end(1) + len(" ".join(["", *m.group(2).split()[:whole]]))
            out.append((start, end, " ".join([head, *following[:whole]])))
            taken_to = end
            continue
        known = next((n for n in (4, 3, 2, 1) if len(following) >= n and _is_org(" ".join(following[:n]))), 0)
        words = following[:known] or m.group(2).split()
        national = known and len(following) > known and _nationality(following[known])
        if national and following[known - 1].startswith("ال"):
            known, words = known + 1, following[: known + 1]  # "هيئة الهلال الأحمر السعودي": the country's own
            if len(following) > known and _nationality(following[known]):
                known, words = known + 1, following[: known + 1]  # "... الهلال الأحمر العربي السوري"
        if head.removeprefix("ال") == "وكالة" and following[:1] == ["أنباء"] and len(following) > 1:
            agency = _agency_name(following[1:])
            if agency:  # "وكالة أنباء X اليابانية": a news agency, then its name
                known, words = len(agency) + 1, ["أنباء", *agency]
        if head.removeprefix("ال") in (*_AR_OUTLETS, "وكالة") and len(following) >= 2 and following[1] == "اليوم":
            if not following[0].startswith("ال") and _is_place(following[0]):
                known, words = 2, following[:2]  # "قناة روسيا اليوم": the outlet "X Today", not "today"
        if head.removeprefix("ال") in (*_AR_OUTLETS, "وكالة", "شبكة"):
            tail = _media_tail(following)
            if tail:  # "وكالة سمارت نيوز", "قناة بلدي نيوز": an outlet's name ending in a borrowed word of media
                known, words = tail, [w.strip("،.") for w in following[:tail]]
        if national_kind:
            words = following
        if known and _of_the_un(following[:known]):
            # "منظمة الأمم المتحدة للطفولة": a UN agency's field in ل is its name's (read past the look-ahead)
            after = [w.rstrip("،.") for w in re.findall(r"\S+", text[m.end(1) :])[known : known + 2]]
            un_field = _un_field(re.findall(r"\S+", text[m.end(1) :])[known : known + 7])
            if un_field:
                # "وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين": verbal nouns joined by و, then the
                # definite genitive and its adjectives
                words, known = [*following[:known], *un_field], known + len(un_field)
            elif (
                len(after) == 2
                and after[0].startswith("ل")
                and after[0] not in _AR_LI_WORDS
                and after[1].startswith("ال")
            ):
                words, known = [*following[:known], *after], known + 2
            elif after and after[0].startswith("لل") and _field_follows([*following[:known], *after], known):
                words, known = [*following[:known], after[0]], known + 1
        taken_at = -1  # (the genitive a joined field took along is read once)
        for at, w in enumerate(words):
            if at <= taken_at:
                continue
            if known:  # "منظمة أطباء بلا حدود", "وكالة فرانس برس": the head, then a name the gazetteer knows
                kept.append(w)
                continue
            if len(kept) == 1 and _untitled_nasab(words, at):
                kept.extend(words[at : at + 2])  # "جمعية X بن Y للتنمية": a founder's full name, then its purpose
                taken_at = at + 1
                continue
            if w in _AR_STOP or w in _AR_TIMES or w in _AR_QUANTIFIERS:
                break  # "المجلس الوطني السوري اليوم الأحد": the day is when, not part of the name
            # (not inside an eponym's name: "جامعة الإمام محمد بن سعود الإسلامية")
            if kept and not _royal_name(kept) and kept[-1] not in ("بن", "بنت", "ابن") and person_named_next(words, at):
                break  # (orgs_ar_checks: "مجلس الأمة الكويتي رياض X": the member's name, no town "رياض")
            if kept and w in ("والتابعة", "والتابع"):  # (bare "التابعة ل X" is an attribute the name keeps)
                break  # "مكتب X والتابعة للأمم المتحدة": "affiliated to" closes the name; its body is its own
            if kept and w.removeprefix("و") in AR_TITLES and not _royal_name(kept):
                break  # "هيئة كبار العلماء الشيخ X": the title of the person named next
            if not kept and definite and w in AR_TITLES:
                break  # "رئيس اللجنة الدكتور X": the committee just named, then its head's title and name
            royal = _royal_name(kept) and not w.startswith("ال") and len(w) > 2 and w not in _AR_LI_WORDS
            if royal or _royal_link(kept, w):
                kept.append(w)  # "جامعة الملك سعود", "جامعة الأمير سطام بن عبدالعزيز": named after a royal
                continue
            if kept and head.removeprefix("ال") in ("غرفة", "محكمة") and w[:1] == "ب" and _is_place(w[1:]):
                kept.append(w)  # "الغرفة التجارية الصناعية بجدة", "المحكمة العامة بالرياض": its seat
                break
            construct_next = at + 1 < len(words) and words[at + 1].startswith("ال")  # ("بحقوق الإنسان")
            # ("لجنة التحقيق الخاصة بالجمهورية ...": "for"; "الوزارة المكلفة بحقوق الإنسان": "in charge of")
            concerned = ("المعنية", "المعني", "الخاصة", "الخاص", "المكلفة", "المكلف", "المختصة", "المختص")
            if kept and kept[-1] in concerned and (w.startswith("بال") or w[:1] == "ب" and construct_next):
                kept.append(w)  # "اللجنة المعنية بحقوق الإنسان": "concerned with" and what it is concerned with
                continue
            if kept and kept[-1] in ("العام", "العامة") and w.startswith("ال") and not _nationality(w):
                break  # "هيئة التحقيق والادعاء العام القضية": "general" closes the name, the verb's object follows
            if not kept and (w in _AR_ORDINALS or (definite and w in _AR_WHICH_ONE)):
                break  # "المركز الأول" (first place), "الحكومة الانتقالية" (the interim government): no name
            if not kept and head.endswith("حركة") and w in _AR_TRAFFIC:
                break  # "حركة النقل" is the movement of traffic, not a political movement
            if not kept and head.endswith("تيار") and w.removeprefix("ال") in _AR_CURRENTS:
                break  # "التيار الكهربائي", "تيار هوائي": an electric or a sea current, no political one
            if not kept and definite and w.startswith("ال") and w.removeprefix("ال") in AR_HEADS:
                break  # "وشكلت الحكومة اللجنة الوطنية": a second body's definite head, the verb's object
            if not kept and definite and w.startswith("ال") and not _adjective_shaped(w) and not _is_place(w):
                break  # "عاودت الحكومة البحث": a definite head takes no genitive; the next definite noun is an object
            if kept and w in _AR_STANCE:
                break  # "حركة العدل والمساواة المتمردة": the writer's word for the body, not its name
            if kept and w in _AR_PHASES and _nationality(kept[-1]):
                break  # "الحكومة العراقية المقبلة": the country's body, then which one of it (the next, the interim)
            if kept and strip_arabic_marks(w) in AR_LINKING_PARTICIPLES:
                break  # "كتلة الفتح الممثِّلة لفصائل ...": what it represents opens, written with a shadda
            if kept and w in ("الأسبق", "الأسبقة", "الاسبق", "السابق", "السابقة"):
                break  # "رئيس الديوان الملكي الأسبق": "former" describes the office holder, not the body
            if w in _AR_LOCATIVE:
                break  # "البنك المركزي الموجود ضمن ...": where it is, the clause's predicate
            if w in ("الخاصة", "المعنية") and not head.endswith("ة"):
                break  # "جلسة مجلس النواب الخاصة بمنح الثقة": the feminine adjective agrees with the session
            if (
                kept
                and (_AR_JOINED_FIELD.fullmatch(w) or (kept[-1][:1] == "ل" and _AR_JOINED_FIELD_AFTER_LI.fullmatch(w)))
                and at + 1 < len(words)
                and words[at + 1].startswith("ال")
                and not _is_place(words[at + 1])
            ):
                kept.extend([w, words[at + 1]])  # "هيئة الرقابة ومكافحة الفساد": a second field, with its genitive
                taken_at = at + 1
                continue
            li = w.startswith("ل") and not w.startswith(("لل", "ال")) and w not in _AR_LI_WORDS
            if (kept or definite) and w in ("المساعد", "المساعدة") and _deputy_before(text[: m.start()]):
                break  # "وكيل وزارة الداخلية المساعد", "وكيل الوزارة المساعد": the assistant deputy, not the ministry
            if kept and w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة"):
                break  # "الإدارة العامة للإعلام الأمني المتحدث باسم الوزارة": its spokesman's title follows
            if kept and w.startswith(("للشؤون", "لشؤون")) and _deputy_before(text[: m.start()]):
                break  # "وكيل وزارة التعليم للشؤون المدرسية": the deputy's portfolio, not the ministry's name
            if kept and _deputy_portfolio(head, kept, w) and _deputy_before(text[: m.start()]):
                break  # "وكيل وزارة الزراعة للثروة السمكية": a ministry is named by its genitive, "لل" is the deputy's
            if kept and w in _AR_PROCEDURES:
                break  # "هيئة التحقيق والادعاء العام لاستكمال الإجراءات": what the body referred to is to do
            if kept and w == "للتحقيق" and at + 1 < len(words) and words[at + 1] in ("معه", "معها", "معهم", "معهما"):
                break  # "أحيل إلى هيئة التحقيق والادعاء العام للتحقيق معه": to question him, no field of the body
            if kept and w.startswith("لل") and kept[-1] not in _AR_SCOPE and not _field_follows(words, at):
                break  # "الجيش الإسرائيلي للسيطرة على", "المجلس X للرئيس فلاديمير": what it did, or to whom
            if kept and li and w[1:] in _AR_PLACE_KINDS and at + 1 < len(words) and _is_place(words[at + 1]):
                kept.extend([w, words[at + 1]])  # "المجلس التنفيذي لإمارة X": the unit of land it serves, named
                break
            if kept and li and not _is_place(w):  # "إذاعة صوت لبنان": a place's ل is its own
                civic = head.removeprefix("ال") not in _AR_STATE_POWERS and _nationality(kept[-1])
                # (or a place's name: "الوكالة الوطنية لإعلام لبنان")
                genitive = at + 1 < len(words) and (words[at + 1].startswith("ال") or _is_place(words[at + 1]))
                if _of_the_un(kept) and at + 1 == len(words) and len(w) > 3:
                    beyond = [x.rstrip("،.") for x in re.findall(r"\S+", text[m.end(1) :])[at + 1 : at + 2]]
                    if beyond and beyond[0].startswith("ال"):
                        kept.extend([w, beyond[0]])  # "... للأمم المتحدة لحقوق الإنسان": past the look-ahead
                        break
                # ("الجيش الوطني لقصف المواقع": what a state's army did; "المجلس الوطني لتشكيل الحكومة": a verbal
                # noun of the تفعيل shape after "national" is what the body is to do, not its field)
                scope = kept[-1] in _AR_SCOPE and not (
                    kept[-1] in ("الوطني", "الوطنية")
                    and (head.removeprefix("ال") in _AR_STATE_POWERS or _TAFIL_NOUN.fullmatch(w[1:]))
                )
                if with_pronoun(w):
                    break  # "النيابة العامة لمخالفتهم القوانين": a noun with a pronoun takes no genitive: what for
                if (scope or civic or _of_the_un(kept)) and genitive and len(w) > 3:
                    kept.append(w)  # "الاتحاد الدولي لكرة القدم": "for" and a noun in the construct state
                    continue
                kept.extend(charity_field(kept[-1], words, at))  # orgs_ar_charities: "جمعية X الخيرية لرعاية Y"
                break
            agreeing = definite and len(kept) == 1 and _nationality(kept[0])  # ("الشركة السعودية للكهرباء")
            ends_place = any(_is_place(" ".join(kept[-n:]).removeprefix("ب")) for n in (1, 2, 3) if len(kept) >= n)
            # (a longer place goes on past a definite word that is a place by itself: "أمانة منطقة المدينة المنورة",
            # Medina, not "the city")
            goes_on = w.startswith("ال") and any(
                _is_place(" ".join([*kept[-n:], w]).removeprefix("ب")) for n in (1, 2) if len(kept) >= n
            )
            if not agreeing and goes_on:
                kept.append(w)
                continue
            if not agreeing and ends_place:  # ("المعنية بالجمهورية العربية السورية": the place ends it)
                # "وكالة أنباء الشرق الأوسط المصرية": a place's name ends the name, not its adjective; but its field
                # in "لل" goes on ("صندوق الدوحة للتنمية")
                own = _bodys_adjective(words, at, "-") if kept[-1].startswith("ال") else []
                if own and agrees_with_head(head, own[0]):
                    kept.extend(own)  # "بنك الكويت المركزي", "قناة القاهرة الإخبارية": the body's own adjective
                    kept.extend(charity_field(own[-1], words, at + len(own)))  # "مؤسسة X الخيرية لتنمية الأسرة"
                    break
                kept.extend(_field_after_place(words, at) if kept[-1].startswith("ال") else [])
                break
            two = " ".join(x.strip("،.") for x in words[at : at + 2])
            if at + 1 < len(words) and not w.startswith("ال") and _is_place(two) and (kept or not definite):
                kept.extend(two.split())  # "حكومة هونغ كونغ": a place of two words ends it whole
                kept.extend(_bodys_adjective(words, at + 2, two) or _field_after_place(words, at + 2))
                break
            if not w.startswith("ال") and _is_place(w) and (kept or not definite):
                kept.append(w.strip("،."))  # "إذاعة صوت إسرائيل", "إذاعة أوروبا": a place's name ends it
                # "مركز إدلب الإعلامي": the body's adjective; "صندوق X للتنمية", "وكالة X Y للأنباء": its field
                kept.extend(_bodys_adjective(words, at + 1, w) or _field_after_place(words, at + 1))
                break
            if kept and w[:1] == "و" and (w[1:] in AR_HEADS or w[3:] in AR_HEADS or _known_body_at(words, at)):
                break  # "قناة X والمركز الإعلامي", "منظمة X والأمم المتحدة": "and" a second body
            general = at + 1 < len(words) and words[at + 1].strip("،.") in ("العامة", "العام")
            if kept and w.startswith("وال") and w[3:] in _GENERAL_HEADS and general:
                break  # "هيئة X والقيادة العامة لشرطة Y": "and" a second body's general command or directorate
            if closes_the_name(head, kept, w):
                break  # (orgs_ar_checks: "موقف الحركة الرسمي", "حركة X والشخصية الأكثر")
            field = any(k.startswith("لل") for k in kept) and w[3:] not in AR_HEADS and "ال" + w[3:] not in AR_HEADS
            if _paired_adjective(kept, w):
                kept.append(w)  # "اللجنة الدستورية والتشريعية": a second adjective of the same body, joined by و
                continue
            if definite and kept and w.startswith("وال") and not kept[-1].startswith(("لل", "ل")) and not field:
                break  # "الحكومة السورية والمعارضة": after a definite head's adjective, "and the" opens another body
            if _construct_goes_on(kept, words, at):
                kept.append(w)  # "ديوان رئيس الجمهورية", "رابطة أعضاء نقابة الأطباء": the chain is still open
                continue
            if (kept or definite) and not w.startswith(("ال", "لل", "وال")):
                break
            if definite and not kept and not w.startswith("ال"):
                break  # الشرطة والجيش: two bodies, not one name
            if not definite and not kept and w.startswith("لل") and m.group(0)[:1] not in "لب" and not _is_org(w[2:]):
                break  # "في محكمة للقصر" (a court for minors): an indefinite kind "for the" people it serves
            if not definite and not kept and w[:1] == "ل" and not w.startswith("لل") and not _is_place(w[1:]):
                break  # "قناة لمجموعات", "لجنة لتقصي الحقائق": a channel or a committee "for" something, no name
            if not definite and not kept and (w in _AR_DESCRIBING or _AR_DERIVED_VERB.fullmatch(w)):
                break  # "هيئة معارضة" (an opposition body), "كتائب أخرى", "حكومة تدير المناطق": a description
            if kept and kept[-1].startswith("ال") and w.startswith("ال") and not _adjective_shaped(w):
                break  # "أعلنت هيئة الانتخابات المستقلة النتائج": a definite noun closes the chain, the object follows
            construct = at + 1 < len(words) and words[at + 1].startswith(("ال", "لل"))
            if not definite and not kept and not w.startswith(("ال", "لل")) and w.endswith(("ي", "ية", "يه")):
                if not construct:
                    break  # حزب سياسي, هيئة رئاسية: "a political party", a description
                # جمعية حماية المستهلك: a noun in ـية with a genitive after it is part of the name
            kept.append(w)
        while len(kept) > 1 and kept[-1] in ("التابع", "التابعة"):
            # "المكتب X لشؤون Y التابع لمجلس Z": "affiliated" with nothing after it inside the name is the start of
            # what the body belongs to, which is a body of its own (found at its own head)
            kept.pop()
        if head.removeprefix("ال") == "أمانة" and kept == ["العامة"]:
            kept = []  # "رئيس الأمانة العامة ل X": some body's secretariat, unnamed
        if not definite and len(kept) == 1 and _TAFIL_NOUN.fullmatch(kept[0]) and not _is_org(kept[0]):
            kept = []  # "وهي محكمة تشريع": a kind and an indefinite verbal noun, a description, no name
        # (a town's name after the kind makes the phrase definite, so no indefinite adjective can follow it: "جامعة
        # X تحتفي" is the body and a verb)
        in_a_town = len(kept) == 1 and _is_place(kept[0])
        # (and so does a definite genitive: "وزارة الداخلية وبلدية X" is the ministry, then "and" a second body)
        definite_genitive = len(kept) == 1 and kept[0].startswith("ال")
        if (
            not definite
            and not known
            and len(kept) == 1
            and not in_a_town
            and not definite_genitive
            and _indefinite_adjective(words[1:2])
        ):
            # "وهي هيئة رقابة محلية": a kind, a bare noun and an indefinite adjective describe; no name, and no kind
            # inside it names one either ("شركة طيران X" is no "طيران X", a country's air force)
            kept, taken_to = [], m.end(1) + len(" ".join(["", *m.group(2).split()[:2]]))
        if kept:
            name = " ".join([head, *kept])
            end = m.end(1) + len(" ".join(["", *kept]))
            about = _about_a_place(text[end:])
            if about:  # "لجنة التحقيق الدولية المستقلة بشأن الجمهورية العربية السورية": the place it is about
                name, end = f"{name} {text[end:end + about].strip()}", end + about
            seat = _seat_after(head, kept, text[end:]) if not about else 0
            if seat:  # "وزارة الزراعة في X": which country's or town's ministry, as the article names it
                name, end = f"{name} {text[end:end + seat].strip()}", end + seat
            bracket = re.match(r"\s*\(([^()]{2,20})\)", text[end:])
            latin = re.match(rf"\s+({_LATIN_NAME})", text[end:])
            if bracket:
                end += bracket.end()
            elif latin and not definite and all(k.startswith("ال") for k in kept):
                # "شركة الاستشارات The Trench": a kind of firm, then its own name in Latin letters
                out.append((end + latin.start(1), end + latin.end(1), latin.group(1)))
                taken_to = end + latin.end()
                continue
            elif latin and re.fullmatch(r"[A-Z]{2,6}", latin.group(1)):
                name, end = f"{name} {latin.group(1)}", end + latin.end()  # "المركز الإعلامي العام MMC"
            out.append((start, end, name))
            taken_to = end
    for m in _AR_PORTFOLIO.finditer(text):
        word_before = (text[: m.start()].split()[-1:] or [""])[0]
        if m.start() == m.start(1) and word_before.startswith("ال") and len(word_before) > 3:
            continue  # "الأوضاع الداخلية العراقية": the adjective of a definite noun before it, no ministry
        if not any(a <= m.start(1) < b for a, b, _ in out) and _feminine_nationality(m.group(3)):
            out.append((m.start(1), m.end(1), m.group(1)))  # "الخارجية العراقية": Iraq's foreign ministry
    for m in [*_AR_TOLD_PAPER.finditer(text), *_AR_TOLD_PAPER_AFTER_SPEAKER.finditer(text)]:
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # "في تصريح لـ«X»": the paper spoken to
    for m in _AR_QUOTED_NAME.finditer(text):
        inner = m.group(1).split()
        if len(inner) >= 4 and any(w in _AR_CLAUSE_WORDS for w in inner):
            continue  # 'لكن المنتخب "فقد X بسبب الإنذارات"': a clause in marks, the speaker's words, no name
        if not any(a <= m.start(1) < b for a, b, _ in out):
            quoted = m.group(1).strip()
            if quoted.startswith("لل") and len(quoted) > 5:
                quoted = "ال" + quoted[2:]  # 'الموقع الإلكتروني "للأرشيف السوري"': "of the", glued inside the marks
            out.append((m.start(1), m.end(1), quoted))  # صحيفة " X ": the paper is X
    for m in _AR_QUOTED_NATIONAL.finditer(text):
        last_word = (text[: m.start()].split()[-1:] or [""])[0]
        if not any(a <= m.start(1) < b for a, b, _ in out) and not last_word.endswith(_AR_WORK_KINDS):
            out.append((m.start(1), m.end(1), m.group(1).strip()))  # " X " المصري: a club, party or firm of a country
    return out


# A ministry named by its portfolio and the country's adjective, without "وزارة" ("استنكرت الخارجية العراقية",
# "أعلنت الدفاع الأمريكية"), as Arabic news often shortens it.
_AR_PORTFOLIO = re.compile(
    r"(?<![\u0600-\u06ff])(?:[وبف]|[وف]?ل)?((ال(?:خارجية|داخلية|دفاع|مالية|عدل|صحة|تربية|اقتصاد))\s+(ال[\u0621-\u064a]{3,}ية))"
    r"(?![\u0600-\u06ff])"
)


# Heads of Gulf copy that are common nouns too: a chamber of commerce ("الغرفة التجارية", "غرفة الرياض") and a
# city's municipality ("أمانة منطقة الرياض", "أمانة جدة"; "الأمانة العامة ل..." a secretariat).
# Heads of a state's general commands and directorates ("والقيادة العامة", "والمديرية العامة"), which open a second
# body after "and" ("مؤسسة الإذاعة والتلفزيون العامة" is one body: television is no head).
_GENERAL_HEADS = {"قيادة", "إدارة", "مديرية", "هيئة", "أمانة", "رئاسة", "نيابة"}
# What traffic is after "حركة" (movement), not a movement's name: "حركة المرور", "الحركة المرورية".
_TRAFFIC = {"المرور", "المرورية", "السير", "الملاحة", "النقل", "التنقل", "الطيران", "القطارات", "الشحن", "الأسواق",
            "البيع", "الشراء", "التداول", "النزوح", "العبور"}  # fmt: skip
_GULF_HEADS = {"غرفة", "أمانة", "رئاسة", "شبكة", "إدارة"}
# What a network of news or rights is for ("شبكة X للأنباء", "الشبكة X لحقوق الإنسان", "شبكة X الإخبارية").
_NETWORK_FIELDS = ("للأنباء", "الإخبارية", "الإعلامية", "للإعلام", "لحقوق", "الإعلامي")
# A name in Latin letters in Arabic copy: an acronym, or up to three capitalised words ("The Trench", "KU Leuven").
_LATIN_NAME = r"(?:The\s+)?[A-Z][\w&-]*(?:\.[\w&-]+)*(?:\s+[A-Z][\w&-]*){0,2}(?![\w-])"
_BOARDS = {"إدارة", "أمناء", "الإدارة", "الأمناء", "ادارة", "الادارة", "امناء", "الامناء"}  # (hamza or none)
# Royal and religious titles a body's name may honour ("جامعة الملك X", "مركز الأمير X", "جائزة الشيخ X").
_AR_ROYAL = {"الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام"}


# What a state's apparatus is for, or which one it is ("جهاز أمن الدولة", "جهاز مكافحة الفساد", "جهاز حماية
# المستهلك", "الجهاز المركزي للمحاسبات", "الجهاز القومي للتنسيق").
_APPARATUS_FIELDS = {"الأمن", "أمن", "المخابرات", "مخابرات", "الاستخبارات", "استخبارات", "مكافحة", "حماية",
                     "الرقابة", "رقابة", "الإحصاء", "الحرس", "الشرطة", "الادعاء", "التفتيش", "المركزي", "الوطني",
                     "القومي"}  # fmt: skip


def _apparatus(first: str) -> bool:
    """Whether the word after "جهاز" makes it a state's apparatus: its field, "central" or "national", or a place
    ("جهاز X للاستثمار", X a country)."""
    return first in _APPARATUS_FIELDS or (not first.startswith("ال") and _is_place(first))


def _gulf_body(head: str, following: list[str]) -> bool:
    first = following[0]
    if head.removeprefix("ال") == "شبكة":  # "شبكة X للأنباء", "الشبكة السورية لحقوق الإنسان"; not the power grid
        return any(w.startswith(_NETWORK_FIELDS) for w in following[:3])
    if head.removeprefix("ال") == "غرفة":
        return first in ("التجارية", "التجارة", "تجارة") or not first.startswith("ال") and _is_place(first)
    if first == "العامة":
        return head.startswith("ال")  # "الأمانة العامة ل...", "الرئاسة العامة لرعاية الشباب"
    if head.removeprefix("ال") in ("رئاسة", "إدارة"):
        return False  # "رئاسة الوزراء": an office; "إدارة الأزمة": managing it (but "الإدارة العامة للمرور")
    # (a town written with its article too: "أمانة الـX", the city's municipality)
    return first in ("منطقة", "محافظة", "مدينة") or _is_place(first)


# What a state's or a body's department is for, after an indefinite "إدارة" ("إدارة مكافحة التهريب", "إدارة
# العلاقات العامة للهيئة", "إدارة الأرصاد البحرية", "إدارة الإعلام المروري"): fields no one "manages" as a verbal
# noun, unlike "إدارة الأزمة" (managing the crisis) or "إدارة شؤون البلاد".
_DEPARTMENT_FIELDS = {"مكافحة", "العلاقات", "الأرصاد", "الإعلام", "الجوازات", "المرور", "التحقيقات", "التحريات",
                      "الإطفاء", "الهجرة", "الإحصاء", "الاعلام", "الارصاد", "الجنسية", "الدوريات"}  # fmt: skip
# A director or his deputy before "إدارة X": the department he heads ("مدير إدارة الشؤون القانونية").
_DIRECTORS = {"مدير", "مديرة", "ومدير", "ومديرة", "لمدير", "لمديرة", "بمدير", "مديري", "ومديري"}


def _department(following: list[str], before: str) -> bool:
    """Whether an indefinite "إدارة" and the words after it name a department: its field is one no verbal noun
    "managing" takes, or a director heads it; the genitive after it must be definite either way ("مدير إدارة
    مستشفى X" is the hospital's management, read at the hospital)."""
    if not following or not following[0].startswith("ال"):
        return following[:1] == ["مكافحة"]
    return following[0] in _DEPARTMENT_FIELDS or before in _DIRECTORS


# Indefinite nouns of an office or of membership inside a body's name, which another body's name follows in the
# construct state: "ديوان رئيس ...", "مكتب وزير ...", "رابطة أعضاء ...".
_CHAIN_NOUNS = frozenset({*AR_ROLE_NOUNS, "أعضاء"} - {"عام", "العام", "الأمين", "المتحدث", "الناطق", "أحد", "إحدى"})


def _construct_goes_on(kept: list[str], words: list[str], at: int) -> bool:
    """Whether a body's head noun at `at` goes on a construct chain still open after an indefinite common noun,
    to a definite genitive ("ديوان رئيس الجمهورية", "مكتب وزير الدولة", "رابطة أعضاء نقابة الأطباء"):
    the chain ends only at its definite noun. Not after a name ("حركة X مجلس الأمن": the body, then another), nor
    a definite word ("وزارة الصحة مجلس ..."), nor where the next word is no definite genitive."""
    if not kept or at + 1 >= len(words):
        return False
    last, w, after = kept[-1], words[at].rstrip("،."), words[at + 1].rstrip("،.")
    if last not in _CHAIN_NOUNS or words[at - 1].endswith(("،", ".")) or words[at].endswith(("،", ".")):
        return False  # (only an office's or the members' noun keeps it open: "حركة X مجلس الأمن" is two bodies)
    if w not in AR_HEADS or w in _BOARDS:
        return False  # (only a second body's head; "مجلس إدارة" is the board, read at the company)
    return after.startswith("ال") and after not in _AR_TIMES and not _adjective_shaped(after)


def _bodys_adjective(words: list[str], at: int, place: str) -> list[str]:
    """The body's own definite adjective after the place that names it ("مركز إدلب الإعلامي", "مجلس حلب المحلي"):
    not the place's nationality, a phase, a stance or a time."""
    if at >= len(words) or place.startswith("ال"):
        return []
    w = words[at].rstrip("،.")
    if w == "الكبرى":
        return [w]  # "أمانة عمان الكبرى": the place's own "Greater", which the body's name keeps
    plain = w not in _AR_PHASES and w not in _AR_STANCE and w not in _AR_TIMES and w not in _AR_ORDINALS
    # (nor the relative pronoun, shaped like a nisba in ي: "شرطة X التي تعتبر ...", "جامعة X التي": the clause
    # about the body opens)
    plain = plain and w not in _AR_STOP
    return [w] if w.startswith("ال") and w.endswith(("ي", "ية")) and not _nationality(w) and plain else []


def _field_after_place(words: list[str], at: int) -> list[str]:
    """The field a body named by a place goes on to in "لل" ("صندوق الدوحة للتنمية", "وكالة تونس إفريقيا
    للأنباء": a second place before it), not what it did ("حكومة X للسيطرة على") nor to whom ("للرئيس X")."""
    raw_words, words = words, [w.rstrip("،.") for w in words]
    # (a second place with its hamza written either way: "إفريقيا", "أفريقيا")
    second = at < len(words) and not words[at].startswith("ال") and any(
        _is_place(form) for form in {words[at], *(a + words[at][1:] for a in "أإا" if words[at][:1] in "أإا")}
    )
    k = at + 1 if second else at
    if k >= len(words) or not words[k].startswith("لل") or len(words[k]) < 5 or not _field_follows(words, k):
        return []
    adjective = k + 1 < len(words) and field_adjective(words[k + 1], _nationality, _is_place)
    if adjective and words[k + 1] not in _AR_WHICH_ONE and not raw_words[k].endswith(("،", ".", ",")):
        return words[at : k + 2]  # "شركة X للخدمات الصحية": the field's own adjective
    return words[at : k + 1]


def _un_field(after: list[str]) -> list[str]:
    """A UN agency's field after its name when it joins two verbal nouns ("لغوث وتشغيل اللاجئين الفلسطينيين"):
    the noun in ل, the noun joined by و, the definite genitive and its definite adjectives, up to a mark; []
    for any other words (the one-noun field, "لحقوق الإنسان", is read by the caller)."""
    words = [w.rstrip("،.") for w in after]
    if len(words) < 3 or not words[0].startswith("ل") or words[0].startswith("لل") or words[0] in _AR_LI_WORDS:
        return []
    if not (words[1].startswith("و") and not words[1].startswith("وال") and words[2].startswith("ال")):
        return []
    k = 3
    while k < len(words) and words[k].startswith("ال") and not after[k - 1].endswith(("،", ".")):
        k += 1
    return words[:k]


# Words that count what follows them ("عدة مراكز", "بضعة مكاتب").
_COUNT_WORDS = {"عدة", "بضعة", "بضع"}
# An indefinite verbal noun of the تفعيل shape ("تشريع", "تدريب"): after an indefinite head alone, what kind of body.
_TAFIL_NOUN = re.compile(r"ت[\u0621-\u064a]{2}ي[\u0621-\u064a]")


def _deputy_portfolio(head: str, kept: list[str], word: str) -> bool:
    """Whether `word`, in "لل" after a ministry and its genitive, is a deputy minister's portfolio ("وكيل وزارة
    الزراعة للثروة السمكية", "وكيل وزارة التعليم للتعليم العام"): a ministry's name is its genitive ("وزارة الصحة"),
    but a minister of state's ministry is named for what it is for ("وزارة الدولة لشؤون البلدية")."""
    return head == "وزارة" and word.startswith("لل") and kept[0] != "الدولة"


def _deputy_before(before: str) -> bool:
    """Whether a deputy's or an assistant's title stands right before the body ("وكيل وزارة X للشؤون ...")."""
    last = before.split()[-1:] or [""]
    titles = ("وكيل", "وكيلة", "مساعد", "مساعدة", "نائب", "نائبة")
    return last[0] in titles or last[0][:1] == "و" and last[0][1:] in titles  # ("ووكيل": and the deputy)


def _royal_name(kept: list[str]) -> bool:
    """Whether the name so far ends in a royal title, or in its name's "bin" ("الملك", "الأمير سطام بن")."""
    if not kept:
        return False
    if kept[-1] in _AR_ROYAL:
        return True
    return len(kept) >= 3 and kept[-1] in ("بن", "بنت") and kept[-3] in _AR_ROYAL


def _untitled_nasab(words: list[str], at: int) -> bool:
    """ "بن Y" after the one given name a body bears with no title, when what follows the father's name is the
    body's purpose or kind ("جمعية X بن Y للتنمية", "مؤسسة X بن Y الخيرية"): the founder's full name is the body's,
    where elsewhere "بن" opens a person's nasab after the body ("مجلس X بن Y" stays cut by the person check)."""
    if words[at] not in ("بن", "بنت") or at + 2 >= len(words) or words[at + 1].startswith("ال"):
        return False
    tail = words[at + 2].rstrip(".,،؛")
    # (not people in the plural, to whom something was said or given: "قال رئيس جمعية X بن Y للصحفيين")
    purpose = tail.startswith("لل") and len(tail) > 4 and not tail.endswith(("ين", "ون"))
    return purpose or tail in _EPONYM_ADJECTIVES


# Adjectives that close a body named after a founder ("مؤسسة X بن Y الخيرية").
_EPONYM_ADJECTIVES = ("الخيرية", "الخيري", "الطبية", "الطبي", "التخصصي", "التخصصية", "الإسلامية", "الأهلية")


def _royal_link(kept: list[str], word: str) -> bool:
    """ "بن" after a royal title and a name ("جامعة الإمام محمد بن سعود"): the name goes on with its father's."""
    return word in ("بن", "بنت") and len(kept) >= 2 and kept[-2] in _AR_ROYAL


# Words after an indefinite head that describe a body and never begin its name: adjectives of number, kind and
# stance, and the present-tense verbs of a relative clause (Arabic gives an indefinite noun's clause no pronoun).
_AR_DESCRIBING = frozenset(
    "أخرى آخر أخر عديدة عدة كثيرة مختلفة جديدة صغيرة كبيرة واحدة معارضة موالية مسلحة محلية دولية "
    "تدير يدير تضم يضم تسيطر يسيطر تقوم يقوم تتبع يتبع تمثل يمثل تعمل يعمل تدعم يدعم تقاتل يقاتل".split()
)


# A present verb of a derived stem, which no noun shares: "تستخدم", "يستهدف" (istaf'ala), "تتولى", "يتابع" (tafa''ala):
# "منظمة تستخدم شبكة" is an organisation that uses a network, described, not named.
_AR_DERIVED_VERB = re.compile(r"[تي](?:ست|ت)[\u0621-\u064a]{3,4}")


# The paper a statement was given to, in quote marks ("في تصريح لـ«X»", "في حديث خاص لـ\"X\""), as Gulf copy
# names the paper it is printed in; the outlet an interview was held with ("في حواره مع «X»") and, in Iraqi copy,
# the outlet that followed a statement ("في تصريح صحفي تابعته «X»").
_AR_TOLD_PAPER = re.compile(
    r"(?:(?:تصريح|تصريحات|حديث|لقاء|اتصال)(?:\s+(?:خاص|خاصة|هاتفي|صحفي))?\s+لـ?"
    r"|(?:حوار|حديث|لقاء|مقابلة)(?:ه|ها|هم)?(?:\s+(?:خاص|خاصة|هاتفي|صحفي))?\s+مع|تابعته|تابعتها)"
    r"\s*[\"«“]\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[\"»”]"
)

# and after a speech verb and its speaker (up to twelve words, none of them "that"), then the speech: "وقال مدير X
# العقيد Y لـ«عكاظ»:", "وأوضح X لـ«اليوم» أن ..." (not "قال إن المشروع مخصص لـ«الأسر المحتاجة» في ...")
_AR_TOLD_PAPER_AFTER_SPEAKER = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أوضح|أوضحت|أكد|أكدت|ذكر|ذكرت|أضاف|أضافت|كشف|كشفت|صرح|صرحت|بين|بينت|"
    r"أشار|أشارت|أفاد|أفادت)(?:\s+(?!(?:أن|إن|ان|بأن)(?:\s|$))[^\s\"«“»”:،]+){1,12}\s+لـ"
    r"\s*[\"«“]\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)\s*[\"»”](?=\s*(?::|،|,|(?:أن|إن|بأن)(?:\s|$)))"
)


def _field_follows(words: list[str], at: int) -> bool:
    """Whether the word in "لل" at `at` names a body's field ("للتربية", "للأنباء", "للموسيقا بدمشق"), not what
    the body did ("للسيطرة على") or a person it acted for ("للرئيس X")."""
    if words[at].endswith(("،", ".")) or at + 1 >= len(words):
        return True
    if words[at + 1] in _AR_GOVERNED:
        return False  # "للسيطرة على": a verbal noun and what it governs
    return "ال" + words[at][2:] not in AR_TITLES  # "للرئيس X": to whom, not the body's field


# Prepositions a verbal noun governs ("للسيطرة على", "للبحث عن"): after a word in "لل" they show an act, not a field.
_AR_GOVERNED = {"على", "عن", "إلى", "ضد", "بين"}


def _agency_name(words: list[str]) -> list[str]:
    """The name after "وكالة أنباء": a place or a known body whole, else one bare word (not a particle), and the
    adjective of its country if one follows ("كيودو اليابانية", "الشرق الأوسط")."""
    named = (" ".join(words[:n]) for n in (3, 2, 1))
    n = next((3 - i for i, name in enumerate(named) if len(words) >= 3 - i and (_is_org(name) or _is_place(name))), 0)
    if not n:
        first = words[0]
        if first.startswith(("ال", "لل", "ل")) or first in _AR_STOP or first in _AR_TIMES or len(first) < 3:
            return []
        n = 1
    elif _is_place(" ".join(words[:n])):
        return words[:n]  # "وكالة أنباء الشرق الأوسط": a place's name ends the name, not its adjective
    return words[: n + 1] if len(words) > n and _nationality(words[n]) else words[:n]


def _feminine_nationality(word: str) -> bool:
    """A definite feminine nationality adjective of a country the gazetteer knows (العراقية، القطرية)."""
    return _country_stem(word[2:-2])  # "العراقية": عراق


def _country_stem(core: str) -> bool:
    """Whether a nationality adjective's stem is a known country (عراق, أردن -> الأردن, روس -> روسيا)."""
    # ("السعودي": the country is "السعودية", its adjective's own feminine)
    forms = (core, "ال" + core, core + "ا", core + "يا", "ال" + core + "ية")
    return len(core) >= 2 and any(c in known_names() for c in forms)


def _nationality(word: str) -> bool:
    """A definite nationality adjective, feminine or masculine, of a country the gazetteer knows."""
    word = strip_arabic_marks(word)  # "التركيّة": a shadda is no other word
    if not word.startswith("ال"):
        return False
    if word.endswith("ية"):
        return _feminine_nationality(word)
    return word.endswith("ي") and _country_stem(word[2:-1])  # "السوري": سور


# A name in quote marks with a country's adjective after it (" X " المصري, « X » السعودية): a club, party or firm;
# a work's title is preceded by its kind (فيلم " X ") and not counted.
_AR_QUOTED_NATIONAL = re.compile(
    r"[\"«“]\s*((?:ال)?[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,}){0,2})\s*[\"»”]\s+ال[\u0621-\u064a]{3,}(?:ي|ية)(?![\u0621-\u064a])"
)
_AR_WORK_KINDS = (
    "فيلم",
    "كتاب",
    "رواية",
    "أغنية",
    "مسلسل",
    "ألبوم",
    "قصيدة",
    "مسرحية",
    "لوحة",
    "برنامج",
    "عرض",
    "مهرجان",
)


# A newspaper, channel, site or company named in quote marks after its kind ("صحيفة « X »"), opening with a letter
# (a satellite channel, a network and a platform too: 'فضائية "X"', 'شبكة "X"', 'منصة "X"'). Not a programme's
# title ('مع المذيع X في برنامج "Y" على قناة "Z"'): a show is a work of the channel, no body; its channel is.
_AR_QUOTED_NAME = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(?:ال)?(?:صحيفة|جريدة|مجلة|قناة|فضائية|شبكة|تلفزيون|منصة|موقع|شركة|وكالة|تطبيق|إذاعة|فريق|نادي|"
    r"حركة|حزب|منظمة|جماعة|مجموعة|فرقة|جمعية|مؤسسة|هيئة|تنظيم|ائتلاف|تحالف|اتحاد|منتخب|"
    # a parliamentary bloc, a political current or front (Lebanese copy: 'عضو تكتل "الجمهورية القوية"')
    r"كتلة|تكتل|تيار|جبهة)"
    # (with the kind's own adjective between, a nisba or "ruling": 'التكتل البرلماني "X"', 'الحزب الحاكم «X»')
    r"(?:\s+ال[\u0621-\u064a]{3,}(?:ي|ية)|\s+الحاكمة?)?\s*[\"«“]\s*"
    r"([^\W_][^\"«»“”]{1,39}?)\s*[\"»”]"
)


# Prepositions and particles of a clause: four quoted words or more holding one are speech, not a body's name.
_AR_CLAUSE_WORDS = {"بسبب", "في", "فى", "من", "على", "عن", "إلى", "الى", "مع", "أن", "إن", "لأن", "التي", "الذي", "لكن"}


# Borrowed English words that end an outlet's name written in Arabic letters ("X نيوز", "X برس", "X تي في").
AR_MEDIA_TAILS = frozenset({"نيوز", "برس", "بوست", "تايمز", "ميديا", "أونلاين", "اونلاين", "نت", "تيفي"})


def _media_tail(following: list[str]) -> int:
    """How many words after an outlet's kind make its name when one or two bare words and a borrowed media word
    follow ("سمارت نيوز", "عنب بلدي نت", "X تي في"), else 0."""
    words = [w.strip("،.") for w in following[:4]]
    for n in (2, 3):
        if len(words) < n or any(w.startswith("ال") for w in words[: n - 1]):
            break
        if words[n - 1] in AR_MEDIA_TAILS:
            return n
        if n < len(words) and words[n - 1] == "تي" and words[n] == "في":
            return n + 1
    return 0


def _of_the_un(words: list[str]) -> bool:
    """Whether a body's name so far ends with "the United Nations" ("المفوضية السامية للأمم المتحدة"): its UN
    agency's field in ل follows as part of the name ("لحقوق الإنسان", "للطفولة", "لشؤون اللاجئين")."""
    return [w.removeprefix("و") for w in words[-2:]] in (["الأمم", "المتحدة"], ["للأمم", "المتحدة"])


def _known_body_at(words: list[str], at: int) -> bool:
    """Whether words[at], glued to و, opens a body the gazetteer knows ("والأمم المتحدة"): a second body."""
    first = words[at][1:]
    return any(_is_org(" ".join([first, *words[at + 1 : at + n]])) for n in (1, 2, 3, 4) if at + n <= len(words))


# Bodies of a field that each country or town has one of ("وزارة الصحة", "الوكالة الجيولوجية"): with no country's
# adjective in the name, "في" and a place right after say which one, and belong to the name the article gives.
_SEATED_HEADS = {"وزارة", "هيئة", "مكتب", "وكالة", "مؤسسة", "جمعية", "مفوضية", "مديرية"}
_IN_A_PLACE = re.compile(r"\s+(?:في|فى)\s+([\u0621-\u064a]{3,})(?:\s+([\u0621-\u064a]{3,}))?")


def _seat_after(head: str, kept: list[str], after: str) -> int:
    """How far "في" and a place the gazetteer knows run right after a body of a field whose name holds no country's
    adjective or place ("وزارة الزراعة في X"); 0 for a body named by its country ("الشرطة X في Y": its men
    somewhere), for a body of another kind, and for anything but a known place."""
    if head.removeprefix("ال") not in _SEATED_HEADS or all(k in _AR_SCOPE for k in kept):
        return 0  # ("ممثل الوكالة الدولية في X": "the international agency", no field, is one body everywhere)
    if any(_nationality(k) or _is_place(k.removeprefix("ب").removeprefix("ل")) for k in kept) or _of_the_un(kept):
        return 0  # (a UN agency is one body wherever it works: "وكالة الأمم المتحدة X في Y")
    m = _IN_A_PLACE.match(after)
    if m is None:
        return 0
    if m.group(2) and _is_place(f"{m.group(1)} {m.group(2)}"):
        return m.end(2)
    # ("في المدينة": in the town; Medina only as "المدينة المنورة", as the places finder reads it)
    return m.end(1) if _is_place(m.group(1)) and m.group(1) != "المدينة" else 0


def _about_a_place(after: str) -> int:
    """How far "بشأن" and a place the gazetteer knows (one to three words) run right after a body's name ("...
    بشأن سوريا", "بشأن الجمهورية العربية السورية"), which name what the body deals with; 0 for anything else."""
    m = re.match(r"\s+بشأن((?:\s+[\u0621-\u064a]+){1,3})", after)
    if m is None:
        return 0
    words = m.group(1).split()
    state = ("الجمهورية", "المملكة", "الدولة", "السلطنة", "الإمارات")  # (a state by its kind and adjective)
    for n in (3, 2, 1):
        named = n >= 2 and words[0] in state and _feminine_nationality(words[n - 1]) if len(words) >= n else False
        if len(words) >= n and (_is_place(" ".join(words[:n])) or named):
            said = re.match(r"\s+بشأن\s+" + r"\s+".join(map(re.escape, words[:n])), after)
            return said.end() if said else 0
    return 0



# Kinds of government news wishes for or describes: rescue, unity, technocrats, competences, emergency, coalition,
# transitional, interim, caretaker, majority, specialists, exile, shadow (a closed class, whatever the country).
_GOVERNMENT_KINDS = {"إنقاذ", "انقاذ", "وحدة", "تكنوقراط", "كفاءات", "طوارئ", "ائتلاف", "ائتلافية", "انتقالية",
                     "مؤقتة", "تصريف", "أغلبية", "اغلبية", "اختصاصيين", "منفى", "ظل", "محاصصة"}  # fmt: skip


def _kind_of_government(ahead: list[str]) -> bool:
    """Whether the word after an indefinite "حكومة" says what kind of government it is ("حكومة انقاذ", "حكومة وحدة
    وطنية", "حكومة تكنوقراط"), no body's name ("حكومة حماس", "حكومة هونغ كونغ" stay bodies)."""
    return ahead[0] in _GOVERNMENT_KINDS
