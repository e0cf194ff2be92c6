"""Arabic roles that stand next to a name: a role and its genitive chain before the name (رئيس الوزراء
اليوناني X Y), a name then its role in apposition (X Y، رئيس الحركة), a definite profession after a found name."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import known_names, names_a_place_spaced, names_an_organisation
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_comma_chain import chain_runs_to_comma
from briefing_app.core.facts.people_ar_evidence import Recurring, name_evidence, nisba_family
from briefing_app.core.facts.people_ar_role_edges import (
    apposed_to_named,
    family_with_article,
    governorate_in_a_chain,
    imperfect_after_role,
    nisba_of_a_noun,
    office_before_title,
)
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    _AR_VERBISH,
    AR_EVENT_WORDS,
    AR_OFFICE_EVENTS,
    AR_ORG_WORDS,
    AR_REGNAL,
    AR_ROLE_NOUNS,
    AR_ROYAL,
    AR_SPEECH,
    AR_TITLES,
    KIN_OF,
    _ar_core,
    _ar_definite_given,
    _ar_is_given,
    _ar_linked,
    _ar_name_at,
    _transliterated,
    imperfect_before_object,
    ministry_of_place,
)
from briefing_app.core.facts.people_index import PeopleIndex, merge_roles

# Two-letter words that are particles, pronouns or prepositions, never a short given name.
_AR_SHORT_WORDS = {"لم", "لن", "قد", "هو", "هي", "لا", "ما", "من", "في", "عن", "أن", "إن", "كل", "بل", "ثم",
                   "أو", "هل", "مع", "إذ", "له", "لك", "به", "يا", "كم", "ذا", "أي", "لو", "عل", "ان", "او",
                   "ام", "أم"}  # fmt: skip
_AR_ROLE_AFTER = re.compile(
    r"(?:^|[،,:(]\s*|\s)و?([\u0621-\u064a]{2,}\s+[\u0621-\u064a]{3,})،?\s+"
    r"((?:رئيس|رئيسة|رئيسا|وزير|وزيرة|زعيم|نائب|مدير|مديرة|أمين|سفير|المتحدث|الناطق|عضو|أحد|مؤسس|ممثل|ممثلة|"
    # (and a police or army commander in chief, "X، القائد العام لشرطة ...", as Gulf copy names him)
    r"مستشار|مستشارة|مبعوث|منسق|منسقة|قائد|القائد|مسؤول|مسؤولة|الأمين|المدير|الرئيس|المتحدث|"
    # founders, prosecutors, singers, players and coaches, in apposition after their names
    r"المؤسس|مدعي|المدعي|مغني|المغني|لاعب|اللاعب|مدرب|المدرب|حارس|دفاع|محامي|المحامي|"
    # a governor, an undersecretary, a secretary general and a dean of local copy ("X محافظ Y", "X، السكرتير العام
    # لمحافظة Y"); not the bare "العميد", which is also a rank
    r"محافظ|المحافظ|وكيل|الوكيل|سكرتير|السكرتير|عميد|"
    # an assistant to an office with no comma before it ("اللواء X Y مساعد وزير الداخلية لأمن ..."), the supervisor
    # of a project or a body ("X المشرف على المشروع") and the governor of a Maghreb or Sudanese wilaya ("X والي
    # ولاية ..."): local copy writes each after the name as it does "مدير" (not the definite "المساعد", an
    # assistant coach's or deputy's adjective: "المدرب المساعد بX")
    r"مساعد|مشرف|المشرف|والي)ة?(?![\u0621-\u064a])"
    r"(?:\s+[^،.:\"«»]{2,40})?)"
)


def _ar_role_place(words: list[str], i: int) -> bool:
    """Whether words[i] is في opening where the role is held, a definite noun, a body or a construct chain after
    it ("النائبة في البرلمان الأردني سلمى ...", "مدير المبيعات في شركة ...", "في حكومة الوحدة"): the role goes on.
    So does a known place with ب glued on after the office's genitive ("المندوب الإقليمي لوزارة الصحة بتطوان،
    X Y"): Maghreb and Egyptian copy's "in" before a town, which has no article to carry the run."""
    if i >= 1 and words[i][:1] == "ب" and len(words[i]) > 3 and words[i][1:].strip("،,") in known_names():
        return True
    return (
        words[i] == "في"
        and i + 1 < len(words)
        and (
            words[i + 1].startswith("ال")
            or words[i + 1] in AR_ORG_WORDS
            or words[i + 1] in known_names()
            or _ar_construct(words, i + 1)  # "وزير الإعلام في حكومة تصريف الأعمال X": an indefinite body's chain
        )
    )


def _ar_name_in_commas(text: str) -> list[str]:
    """The name that `text` opens between commas ("، جون كيري، ..."): two or three words, the first a known
    given name or spelled like a foreign one, none a function word; [] for anything else. A rank or title may
    open it ("المتحدث باسم الجيش، العقيد X Y، ..."): the name is the words after it."""
    # (the comma after the name may be left out before the reported clause: "، فيليبو X انه ناقش ...", and at
    # the sentence's end: "بأغنية للفنان الراحل، X Y.")
    m = re.match(
        r"\s*،\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,4}?)(?:\s*[،,]|\s*[.!؟]?\s*$|"
        r"\s+(?:إن|أن|ان|بأن|إنه|أنه|انه)(?![\u0621-\u064a]))",
        text,
    )
    if m is None:
        return []
    words = m.group(1).split()
    if words[0].startswith("و") and not _ar_is_given(words[0]) and len(words[0]) > 3:
        return []  # "سفير ليبيا، وX Y، سفير مالي": the next item of a list, not this office's holder
    titled = words[0] in AR_TITLES
    if titled and len(words) >= 3:
        words = words[1:]
    elif len(words) > 3 and not any(w in ("بن", "بنت", "آل", "أبو", "آيت", "أيت") for w in words[1:-1]):
        return []  # (a lineage name is longer: "، X بن Y الZ،")
    if not (_ar_is_given(words[0]) or _transliterated(words[0]) or tagged_person(text, " ".join(words))):
        return []
    name = _ar_name_at(words, 0, foreign_ok=True)
    if not name and _ar_is_given(words[0]) and words[0] in known_names() and len(words) > 1:
        # ("رئيس بلدية بيروت، جمال X،": a given name that also names a place, which the commas frame as a name)
        rest = _ar_name_at(words, 1) or (words[1:] if len(words) == 2 and words[1].startswith("ال") else [])
        name = [words[0], *rest] if rest and len(rest) == len(words) - 1 else []
    if len(name) == len(words) - 1 and _ar_is_given(words[0]) and words[-1] in AR_TITLES:
        return words  # "، مرام الشيخ،", "، سامر السيد،": a family name that is also a title, closing the name
    if len(name) == 2 == len(words) - 1 and _ar_is_given(name[1]) and family_with_article(words[-1]):
        return words  # "، X Y الZ،": two given names and the family name, all the commas hold
    if len(name) == len(words) - 1 >= 3 and name[-2] in ("بن", "بنت") and family_with_article(words[-1]) and not titled:
        # "، X بن Y الZ أن": the lineage reading stops at "بن Y"; its family name closes what the comma opened (not
        # after a title: "التقى X رئيس البلدية، المهندس Y بن Z الW،" may name X's office, no Y's)
        return words
    return name if len(name) == len(words) else []


def _givens_before(before: list[str]) -> list[str]:
    """The given names (one or two, the first may carry و) that end `before`, the words ahead of "بن Z": "سالم
    خليفة" of "وسالم خليفة بن حمدان"; none when the word before بن is no known given name."""
    out: list[str] = []
    for w in reversed(before[-2:]):
        bare = w.removeprefix("و") if len(w) > 3 and not _ar_is_given(w) else w
        if not _ar_is_given(bare):
            break
        out.insert(0, bare)
        if bare != w:
            break  # (و opens the list item: the name starts here)
    return out


def tagged_person(text: str, words: str) -> bool:
    """Whether the statistical tagger reads `words`, set off by commas after a role, as a person's whole name
    ("، رون ديسانتيس،"): a foreign given name no list holds, which the role and the commas already frame."""
    return any(e.type == "PER" and e.text == words and e.margin > 0 for e in tag_sentence(text))


def _ar_verb_complement(word: str) -> bool:
    """A verbal noun glued to ب or ل after a role's chain ("اتهم X مدعي المحكمة بإخفاء ..."): the verb's
    complement, not the role's, unless it names a body (بوزارة) or carries the article (بالشؤون)."""
    return (
        word[:1] in ("ب", "ل")
        and not word.startswith(("بال", "لل"))
        and word[1:] not in AR_ORG_WORDS
        and word != "باسم"  # ("المتحدث غير الرسمي باسم ...": spokesman "for", the role's own complement)
    )


def find_name_then_role(s: SourceSentence, index: PeopleIndex, recurring: Recurring | None = None) -> None:
    """NAME ROLE: "إيفانغيلينوس فينيزيلوس رئيس الحركة", "مصطفى الصباغ، رئيس كتلة المجالس"."""
    for m in _AR_ROLE_AFTER.finditer(s.text):
        words = m.group(1).split()
        before = s.text[: m.start(1)].split()[-1:]
        office = bool(before) and (before[0] in AR_ROLE_NOUNS or _ar_core(before[0]) in AR_ROLE_NOUNS)
        if office and not before[0].startswith("ال"):
            continue  # "ديوان ولي عهد X رئيس ...": an indefinite office's genitive, in construct, no name
        if before and before[0] in ("بن", "بنت", "ابن", "أبو", "عبد", "آل"):
            continue  # "X بن Y الZ أمين عام ...": the lineage name starts further back (people_ar_nasab)
        if words[0] in ("بن", "بنت") and before:
            # "X Y بن Z، مدير ...": the lineage opens with the given names before بن, which take the role; without
            # them, no person named "Y بن Z"
            givens = _givens_before(s.text[: m.start(1)].split())
            if not givens:
                continue
            words, before = [*givens, *words], s.text[: m.start(1)].split()[-len(givens) - 1 : -len(givens)]
        family_ok = _ar_is_given(words[0].removeprefix("و") if len(words[0]) > 3 else words[0])
        # ("فلاديمير X، نائب وزير ...": a given name that is also a town's, which the tagger reads as a person's)
        town_given = words[0] in known_names() and tagged_person(s.text, " ".join(words))
        if any(
            (w.startswith("ال") and not (k == 1 and family_ok))  # "مصطفى الصباغ، رئيس ...": a known given name
            or w in _AR_NOT_NAMES
            or (w in known_names() and not (k == 1 and family_ok) and not (k == 0 and town_given))
            or w in AR_ROLE_NOUNS
            or w in AR_OFFICE_EVENTS  # ("لحين تعيين وزير للبيئة": the office's appointment, no name)
            for k, w in enumerate(words)
        ):
            continue
        first = words[0][1:] if words[0].startswith("و") and len(words[0]) > 2 else words[0]
        if _OPENING_VERB.fullmatch(first) and (_transliterated(words[1]) or _ar_is_given(words[1])):
            # "أعرب X، مدرب الفريق، عن فخره": the verb opening the sentence, then a one-word name and its role
            first = words[1]
            words = [first]
        # (an imperfect verb's shape, "يقول", "تعمل", is also the shape of given names that open with ي، ت، ن:
        # "يوسف", "تركي", "نادية الشامي، مديرة البنك"; a known given name is the name)
        verbish = _AR_VERBISH.match(first) is not None and not (_ar_is_given(first) and len(words) == 2)
        if verbish or first in _AR_NOT_NAMES or first in _AR_FUNCTION or words[0] in AR_ORG_WORDS:
            continue
        if any(re.fullmatch(AR_SPEECH, w) or w in _AR_FUNCTION for w in words):
            continue
        if first.endswith("ت") and not _ar_is_given(first) and not _transliterated(first):
            continue  # "وأثارت زيارة وزير ...": a verb in -ت opens a clause, no name
        comma = "،" in s.text[m.end(1) : m.start(2)]
        if comma and m.group(2).split()[0] in ("مساعد", "مساعدة"):
            continue  # "X، مساعد المدير لشؤون ...، ": the office in commas, which the comma readers take whole
        if len(first) == 2 and (not comma or first in _AR_SHORT_WORDS):
            continue  # a two-letter given name (سو، لي، جو) only before a comma and a role
        words[0] = first
        role_words = m.group(2).split()[:5]
        cut = next(
            (
                k
                for k, w in enumerate(role_words)
                if (k >= 2 and _ar_verb_complement(w))
                or (
                    k >= 1
                    and (w in _AR_NOT_NAMES or w in _AR_FUNCTION)
                    and not _ar_role_place(role_words, k)
                    # ("المتحدث غير الرسمي باسم ...": "غير" and a definite adjective, "unofficial", go on the role)
                    and not (w == "غير" and k + 1 < len(role_words) and role_words[k + 1].startswith("ال"))
                    # ("مدير عام منظمة X": "general" after the office, a director general; not "year")
                    and not (w == "عام" and k == 1)
                )
                # ("X Y الرئيس التركي يحاول مساومة ...": the clause's imperfect verb after the role ends it)
                or (k >= 1 and imperfect_after_role(w))
            ),
            len(role_words),
        )  # (and before a conjunction or function word: "وزير الدولة أن ...")
        if not comma and _office_of_the_next(role_words):
            continue  # "وشهد الحفل رئيس الهيئة اللواء X": the office is the next man's, whom a title names after it
        role = " ".join(role_words[:cut])  # "مدعي المحكمة العليا بإخفاء الأدلة": the role ends before the verb's بـ
        if role.startswith("ال") and not comma and not _ar_is_given(first) and not _transliterated(first):
            continue  # "وتسليم منصب الأمين العام": with no comma, only a known given name opens a name before a title
        if not comma and not name_evidence(s.text, words, index, recurring, s.index):
            continue  # "من جانبه رفض رئيس ...", "بمناسبة قدوم وزيرة ...": the clause before a role (people_ar_evidence)
        given_before = before[0].removeprefix("و") if before and len(before[0]) > 3 else (before or [""])[0]
        # (also with no comma when the three are given names: "معالي أحمد محمد لقمان مدير عام ...", or two given
        # names and a nisba family name: "وسامي فهد الدرعاوي مدير ...")
        three = comma or (len(words) > 1 and (_ar_is_given(words[1]) or nisba_family(words[1])))
        if three and len(words) == 2 and _ar_is_given(given_before) and _ar_is_given(words[0]):
            words = [given_before, *words]  # "ومعالي خليفة شاهين المرر، وزير دولة": a three-part name
        if len(words) == 2 and names_a_place_spaced(" ".join(words)):
            continue  # "ولي عهد أبو ظبي نائب القائد": a place (copy writes "أبوظبي" spaced too), no person's name
        index.add(" ".join(words), role, s.index)


def _office_of_the_next(role_words: list[str]) -> bool:
    """Whether a title and a given name follow the office inside the words read as its role ("رئيس الهيئة اللواء
    X"): the office is the titled man's, so the words before it are the clause (a verb and its object), no name."""
    return any(
        w in AR_TITLES and k + 1 < len(role_words) and _ar_is_given(role_words[k + 1])
        for k, w in enumerate(role_words[1:], 1)
    )


# Past verbs that open a sentence before their subject and are never a name: expressed, denied, revealed, praised,
# welcomed, called, warned, stated, explained, pointed out, commented.
_OPENING_VERB = re.compile(
    r"(?:أعرب|أعربت|عبر|عبرت|نفى|نفت|كشف|كشفت|أشاد|أشادت|رحب|رحبت|دعا|دعت|حذر|حذرت|أفاد|أفادت|أوضح|أوضحت|أشار|"
    r"أشارت|صرح|صرحت|شدد|شددت|أضاف|أضافت|علق|علقت|قال|قالت|أكد|أكدت|أعلن|أعلنت|اعتبر|اعتبرت|ثمن|ثمنت)"
)


# Second words of military ranks ("الفريق أول", "اللواء ركن", "العميد الركن"): the rank's, not a name's first word.
# Saudi police and civil-defence copy gives an officer's doctorate as an indefinite second title after the rank
# ("العقيد دكتور X Y", "المقدم د. X Y"): it is the title's too, and read as a name's first word it hid the person.
RANK_SECONDS = {"أول", "اول", "ركن", "الركن", "بحري", "طيار", "دكتور", "د."}


# The kinds of state a country's long name opens with ("مملكة البحرين", "جمهورية مصر العربية", "دولة الكويت").
_STATE_KINDS = {"مملكة", "جمهورية", "دولة", "إمارة", "سلطنة", "ولاية", "المملكة", "الجمهورية", "الدولة"}


# Kinds of region and town an office is held in, before the place's own name ("رئيس إقليم كردستان", "رئيس بلدية
# بيروت", "محافظ ولاية الخرطوم").
_REGION_KINDS = {"إقليم", "اقليم", "بلدية", "ولاية", "محافظة", "منطقة", "مدينة", "مقاطعة", "إمارة", "حكومة"}


def _region_named(words: list[str], i: int) -> bool:
    """Whether words[i], after a kind of region, is the region's own name: a known place ("كردستان"), or a word
    with no article that is no given name right before a known given name (the holder's: "إقليم كوردستان مسعود")."""
    if words[i] in known_names():
        return True
    return (
        not words[i].startswith("ال") and not _ar_is_given(words[i]) and words[i] not in _AR_NOT_NAMES
        # (or the last word before a mark, the holder's name set off after it: "رئيس إقليم كوردستان، مسعود ...")
        and (i + 1 == len(words) or _ar_is_given(words[i + 1].rstrip("،,")))
    )  # fmt: skip


# Members who sit "for" (عن) a constituency, a province or a bloc: النائب عن ..., السيناتور عن ...
_MEMBER_FOR = {"نائب", "نائبة", "سيناتور", "عضو", "مرشح", "مرشحة", "ممثل", "ممثلة"}
# Envoys, sent to (إلى) or accredited at (لدى) a country or a body.
_ENVOYS = {"مبعوث", "سفير", "مندوب", "ممثل", "موفد", "ممثلة"}


def _ar_construct(words: list[str], i: int) -> bool:
    """Whether words[i], without the article, is the first noun of a construct chain that a definite word
    closes ("وزير خارجية الإمارات": the minister of the foreign affairs of the Emirates), not a name's first
    word ("ناصر التويم"): no known given name, no verb's shape, no function word."""
    w = words[i]
    return (
        i + 1 < len(words)
        and (words[i + 1].startswith("ال") or words[i + 1] in known_names() or _inner_construct(words, i + 1))
        and not _ar_is_given(w)
        and not _AR_VERBISH.match(w)
        and w not in _AR_FUNCTION
        and w not in _AR_NOT_NAMES
        and w.endswith(("ة", "ات", "ية"))
    )


def _inner_construct(words: list[str], i: int) -> bool:
    """Whether words[i] is an indefinite noun inside a role's construct chain, between an indefinite head and the
    definite genitive that closes the chain ("النائبة عن كتلة دولة القانون", "وكيل الوزارة لشؤون أمن الحدود",
    "رئيس هيئة مكافحة الفساد"): the word before it indefinite, the word after it definite, and itself no given
    name, foreign spelling, function word or verb."""
    if i == 0 or i + 1 >= len(words) or not words[i + 1].startswith("ال"):
        return False
    w, before = words[i], words[i - 1]
    return (
        not before.startswith(("ال", "لل", "بال"))
        and len(w) >= 3
        and not w.startswith(("ال", "لل", "بال"))
        and not _ar_is_given(w)
        and not _transliterated(w)
        and w not in _AR_FUNCTION
        and w not in _AR_NOT_NAMES
        and w not in AR_TITLES
        and (not _AR_VERBISH.match(w) or _TAFIL.fullmatch(w) is not None)
    )


# The verbal noun of a doubled verb, تفعيل ("تصريف", "تطوير", "تنظيم"), a noun that only looks like an imperfect
# verb: inside a chain it is the genitive's head ("حكومة تصريف الأعمال", "هيئة تنظيم الاتصالات").
_TAFIL = re.compile(r"ت[\u0621-\u064a]{2}ي[\u0621-\u064a]")


# The genitive of an office with a possessive ending ("خارجيته": his foreign [minister], "وزرائها").
_POSSESSED_GENITIVE = ("يته", "يتها", "ائه", "ائها")


_BOARD = ("إدارة", "ادارة")


def _board_of_directors(words: list[str], i: int) -> bool:
    """Whether words[i] is "مجلس" before "إدارة", or "إدارة" after it: the board of directors, indefinite in
    construct before the body it directs ("رئيس مجلس إدارة نادي X Y Z", "رئيس مجلس إدارة جمعية البر X Y"), which
    the role runs over to the body and its name."""
    if words[i] in _BOARD:
        return i >= 1 and words[i - 1] == "مجلس"
    return words[i] == "مجلس" and i + 2 < len(words) and words[i + 1] in _BOARD


def _our_body(word: str) -> bool:
    """Whether `word` is a body's noun with "our" glued on ("منتخبنا", "فريقنا", "حكومتنا", "بلادنا"): local and
    sports copy names the home side or state so after an office ("مدرب منتخبنا الوطني، X Y،"), the office's
    genitive like any definite body."""
    if not word.endswith("نا") or len(word) < 5:
        return False
    stem = word[:-2]
    return stem in AR_ORG_WORDS or stem == "بلاد" or (stem.endswith("ت") and stem[:-1] + "ة" in AR_ORG_WORDS)


# Callings of two words (a businessman, a businesswoman, a cleric), read as one head.
_TWO_WORD_CALLINGS = {"رجل الأعمال", "سيدة الأعمال", "رجل الدين"}


@functools.cache  # the same for every sentence: built once (it joins some hundreds of heads)
def _role_shape() -> str:
    """The pattern of a role's head and the words after it that find_role_names reads."""
    # the longest form first (المتحدثة, not المتحدث); a definite head also after ل, which drops the article's
    # alif ("للمخرج بن آفليك": by the director Ben Affleck)
    # (and a king or queen in construct with the country, "ملكة الدنمارك X": "ملكة" is a given name too, so the
    # other name readers keep it, and find_role_names reads it only before a definite word or a place)
    forms = set(_AR_HEADS) | {"لل" + h[2:] for h in _AR_HEADS if h.startswith("ال")} | _TWO_WORD_CALLINGS
    forms |= {"ملك", "ملكة", "أمير"}  # (and an emir of his country, "أمير الكويت X Y"; "أمير" is a given name too)
    heads = "|".join(sorted(forms, key=len, reverse=True))
    # A head may carry a possessive ending ("ونائبه السابق": his former deputy), and a second title joins
    # the first with و ("والوزير والنائب السابق ..."): both stay inside the role.
    return rf"(?:^|(?<=\s))[وبل]?(?=((?:{heads})(?:ة)?(?:ه|ها)?)((?:\s+[\u0621-\u064a]+){{1,12}}))"


_FIND_ROLE_NAMES_RE1 = re.compile(r"^(?:و?[بل]|و)")


def find_role_names(s: SourceSentence, index: PeopleIndex, recurring: Recurring | None = None) -> None:
    """ROLE and its genitive, then a name: رئيس الوزراء اليوناني أنتونيس ساماراس, الرئيس السابق للائتلاف أحمد
    الجربا. The role runs over definite words (ال, لل) and known places; the name is the next one to three
    words without the article, and one family name with it."""
    shape = _role_shape()
    tagged_first: set[str] = set()  # the first words of the tagger's persons, asked for when a role runs on
    tagged_words: set[str] = set()  # and all their words
    if re.search(shape, s.text):
        persons = [e.text.split() for e in tag_sentence(s.text) if e.type == "PER" and e.margin > 0]
        tagged_first = {p[0] for p in persons if p}
        tagged_words = {w for p in persons for w in p}
    for m in re.finditer(shape, s.text):
        words = m.group(2).split()
        head = "ال" + m.group(1)[2:] if m.group(1).startswith("لل") else m.group(1)
        if governorate_in_a_chain(s.text[: m.start()], m.group(1)):
            continue  # "مرور محافظة X": the governorate a service serves, no woman governor (its title reads on)
        if head == "المعارضة":
            continue  # the opposition, a body ("جهات المعارضة السورية خارج المجلس"), no dissident woman
        if head in ("ملك", "ملكة", "أمير") and not (words[0].startswith("ال") or words[0] in known_names()):
            continue  # a king or queen of a country in construct ("ملكة الدنمارك"); "ملكة" alone is a given name
        # (a calling glued to a preposition, or with a given name after it, is no noun's adjective: "بالإعلامي X")
        nisba = not m.group(0) and not _ar_is_given(words[0]) and nisba_of_a_noun(s.text[: m.start()], head)
        if _adjective_of_a_body(s.text[: m.start()], m.group(1)) or nisba:
            continue  # "مركز إدلب الإعلامي نشر ...": the media centre, no media man
        if s.text[: m.start()].split()[-1:] and s.text[: m.start()].split()[-1].lstrip("وف") in KIN_OF:
            continue  # "نجل الرئيس السابق، X Y،": the president's son is named (people_ar_relations), not him
        role = [head]
        # After a profession or office, a word of a verb's shape is still a name's first word when a name's
        # next word follows it: transliterated names often start like a verb (ستيفن سبيلبرغ, يوتو ناغاموتو,
        # تيمو), whereas a verb after its subject is followed by its object or a particle.
        i = 0
        while (
            i < len(words)
            and len(role) < 12  # (a regional office and its body: "المديرة الإقليمية للشرق ... في منظمة ...")
            and (
                words[i].startswith(("ال", "لل", "بال"))
                # (a given name that is also a place's, right after a title, opens the name: الدكتور سالم ...)
                or (
                    words[i] in known_names()
                    and not (role[-1] in AR_TITLES and _ar_is_given(words[i]))
                    and words[i] not in tagged_first  # "للرئيس فلاديمير بوتين": a city's name, a person's here
                )
                or _ar_core(words[i]) in AR_ROLE_NOUNS
                or (words[i][:1] == "و" and words[i][1:] in _AR_HEADS)
                # "وزير خارجيته X", "رئيس وزرائها X": the head's genitive with a possessive ending ("his foreign")
                or (i == 0 and len(role) == 1 and head in AR_ROLE_NOUNS and words[i].endswith(_POSSESSED_GENITIVE))
                or (i == 0 and len(role) == 1 and head in AR_ROLE_NOUNS and _our_body(words[i]))  # ("مدرب منتخبنا")
                # "وزير داخلية البحرين X", "وزير خارجية قطر": the ministry's nisba noun, indefinite in construct with
                # a place (its country), no name's first word
                or (i == 0 and len(role) == 1 and head in AR_ROLE_NOUNS and ministry_of_place(words, i))
                or _ar_construct(words, i)
                # "رئيس مجلس الوزراء وزير الخارجية X": a body's noun and its definite genitive, then a second office
                or (words[i] in AR_ORG_WORDS and i + 1 < len(words) and words[i + 1].startswith("ال"))
                or _ar_linked(words, i)
                or (i >= 1 and _linked_indefinite(words, i - 1) and _inner_construct(words, i))
                # "حكومة تصريف الأعمال": the chain's inner indefinite after its feminine head (never a noun with a
                # pronoun, which takes no genitive: "برفقة ملاحه النرويجي")
                or (
                    i >= 1
                    and words[i - 1] == role[-1]
                    and _ar_construct(words, i - 1)
                    and _inner_construct(words, i)
                    and not words[i].endswith(("ه", "ها", "هم", "هما"))
                )
                or _ar_role_place(words, i)
                or _board_of_directors(words, i)
                # "رئيس إقليم كردستان X", "رئيس بلدية بيروت X": a kind of region or town before a known place's name
                or (words[i] in _REGION_KINDS and i + 1 < len(words) and _region_named(words, i + 1))
                # ("نائب مدير شرطة محافظة معان العقيد X": a body's noun, then the kind of region it serves and its name)
                or (words[i] in AR_ORG_WORDS and i + 2 < len(words) and words[i + 1] in _REGION_KINDS
                    and _region_named(words, i + 2))  # fmt: skip
                or (i >= 1 and role[-1] == words[i - 1] and words[i - 1] in _REGION_KINDS and _region_named(words, i))
                # "النائب عن محافظة البصرة X", "السيناتور عن ولاية X": a member for a seat or a bloc
                or (words[i] == "عن" and i == len(role) - 1 and _ar_core(role[-1]) in _MEMBER_FOR)
                # "المبعوث الأممي إلى اليمن X", "سفير بلاده لدى الأمم المتحدة X": an envoy and where he is sent
                or (
                    words[i] in ("إلى", "لدى")
                    and _ar_core(head).removesuffix("ة") in _ENVOYS
                    and i + 1 < len(words)
                    # (or a state named by its kind: "سفير بلاده لدى مملكة X", "لدى جمهورية X")
                    and (words[i + 1].startswith("ال") or words[i + 1] in known_names() or words[i + 1] in _STATE_KINDS)
                )
            )
        ):
            if words[i] in ("الذي", "التي", "الذين"):
                break
            role.append(words[i])
            i += 1
        eponym = _eponym_end(words, i + 1) if i < len(words) and _named_after_someone(words[i]) else None
        royal_last = len(role) >= 3 and role[-1] in _EPONYM_TITLES and _named_after_someone(role[-2])
        if eponym is None and i >= 1 and royal_last:
            eponym = _eponym_end(words, i - 1)  # "جامعة الملك سعود": the body's noun went on the chain
        if eponym is not None:
            # "مدير مستشفى الملك فهد الدكتور X Y", "جامعة الأمير سطام بن عبدالعزيز": a body named after a king or
            # prince runs through the eponym's name and the body's adjectives, to the holder's title and name
            k = eponym
            while k < len(words) and words[k].startswith(("ال", "لل")) and words[k] not in AR_TITLES and k - i < 6:
                k += 1  # "كلية الملك فهد الأمنية", "جامعة الملك فيصل للشؤون الأكاديمية"
            # (a university's head writes two titles, "الأستاذ الدكتور" (Prof. Dr.), before the name: both are titles)
            title_end = k + 1 if k + 2 < len(words) and words[k] in AR_TITLES and words[k + 1] in AR_TITLES else k
            if title_end + 1 < len(words) and words[k] in AR_TITLES and _ar_is_given(words[title_end + 1]):
                role, i = role + words[i:k], title_end + 1
        if eponym is None and i < len(words) and words[i] in AR_ORG_WORDS:
            # "مدير قناة الأفق سامي نور": the body the role heads and its own name, then a known given name
            candidates = [k for k in range(i + 1, min(i + 4, len(words))) if _ar_is_given(words[k])]
            # the given name before a family name, not a body's name that is also a given name (إذاعة أمل نبيل ...)
            closing = [k for k in candidates if k + 1 < len(words) and not _ar_is_given(words[k + 1])]
            if closing or candidates:
                given = (closing or candidates)[0]
                role, i = role + words[i:given], given
            elif (far := _given_after_chain(words, i + 2)) is not None:
                # "مدير مستشفى X في المدينة الطبيب سامي نور": the body's name, where it is and a title go on
                role, i = role + words[i:far], far
        if (
            0 <= i < len(words) <= i + 4
            and (re.sub(r"^[وبل]", "", role[-1]) in AR_ORG_WORDS or (words[i] in AR_ORG_WORDS and i + 1 < len(words)))
            and not words[i].startswith("ال")
            and not any(_ar_is_given(w) or w in _AR_FUNCTION or w in _AR_NOT_NAMES for w in words[i:])
            and re.match(r"\s*،", s.text[m.end(2) :])
        ):
            # "المدير العام لمؤسسة ميترو X، علي Y،": the body's own name, up to the comma before the name
            role, i = role + words[i:], len(words)
        if i + 1 < len(words) and words[i] == "في" and all(w.startswith(("ال", "لل")) for w in words[i + 1 :]):
            # "وزير الصحة في الحكومة المؤقتة، X Y،": where the office is held, up to the comma before the name
            role, i = role + words[i:], len(words)
        if i + 1 < len(words) and words[i] in RANK_SECONDS and role[-1] in AR_TITLES:
            role, i = [*role, words[i]], i + 1  # "الفريق أول X", "اللواء ركن X": the rank's second word, no name's
        if i < len(words) and chain_runs_to_comma(words, i) and _ar_name_in_commas(s.text[m.end(2) :]):
            role, i = role + words[i:], len(words)  # people_ar_comma_chain: "رئيس قسم X بالهيئة ونائب مديرها، Y Z،"
        name = _ar_name_at(words, i)
        if any(_FIND_ROLE_NAMES_RE1.sub("", w) in AR_EVENT_WORDS for w in [*role[-1:], *name[:1]]):
            continue  # "توج اللاعب بجائزة خالد بن عبدالله": the prize's patron after it, no holder of the role
        if name and name[-1][-1:] in "،,":
            name = [*name[:-1], name[-1][:-1]]  # "X Y، فإن": the comma after the name is no part of it
        glued_body = re.sub(r"^[وبلف]", "", role[-1]) if len(role) > 1 else ""
        if len(name) >= 2 and glued_body in AR_ORG_WORDS and _ar_is_given(name[1]) and not _ar_is_given(name[0]):
            # "عضو المكتب السياسي لحركة نهضان سامر أبو نوري": the body's own name, then the person's
            role, name, i = role + name[:1], name[1:], i + 1
            name = _ar_name_at(words, i)
        if glued_body in AR_ORG_WORDS and (
            names_an_organisation(" ".join(name)) or apposed_to_named(s.text[: m.start()], index.people)
        ):
            continue  # "رئيس الحكومة لوكالة الأنباء X" (a known agency): the body's own name, no person after the role
        if not name and i < len(words) and words[i] in tagged_first and words[i] in known_names():
            # "للرئيس فلاديمير بوتين": a name whose first word also names a place, read as the tagger reads it
            stop = min(i + 4, len(words))
            name = words[i : next((k for k in range(i, stop) if words[k] not in tagged_words), stop)]
        if i == len(words) and len(role) >= 2:
            # "التقى وزير الخارجية الأمريكي، جون كيري، نظيره": the role, then the name between commas
            name = _ar_name_in_commas(s.text[m.end(2) :]) or name
        if (
            len(name) < 2
            and len(role) >= 3
            and _ar_definite_given(role[-2])
            and role[-1] not in AR_ROLE_NOUNS
            and not role[-1].startswith(("لل", "بال"))  # "المتحدث الرسمي للهيئة": a glued preposition's object
            and " ".join(role[-2:]) not in known_names()  # "المتحدث باسم البيت الأبيض": a listed body or place
            # ("وزير التعليم العالي الأردني أن": "higher" after a definite noun is its adjective, higher education,
            # no given name with the article)
            and not (role[-2] in ("العالي", "العالية") and role[-3].startswith("ال"))
        ):
            # "الرئيس الموريتاني السابق الحبيب الورداني": a given name with the article ends the chain
            name, role = role[-2:], role[:-2]
        role = _after_complement(role)
        if len(role) < 2 and not head.startswith("ال"):  # (للمخرج: a definite head after ل)
            continue  # a bare "رئيس" is too often a common noun
        definite = name and all(w.removeprefix("و").startswith("ال") for w in name)
        if definite and (not _ar_definite_given(name[0]) or any(w.startswith("وال") for w in name)):
            continue  # "وزيرة التعليم العالي والبحث العلمي والابتكار": the chain's definite words, no name
        if any(re.fullmatch(AR_SPEECH, w) for w in name) or name and name[0] in _PREPOSITION_WORDS:
            # "... المرزوقي كلمة أكد فيها": the role ran over the name, what is left is no name; "ما قاله وزير
            # الزراعة بشأن قضية X": a preposition written as a word opens what it said, no name
            continue
        if name and name[0][:1] == "و" and not _ar_is_given(name[0]) and not _transliterated(name[0]):
            continue  # "لانتخاب الرئيس ومنع البلد من السقوط": "and" opens the next item, no name (وليد is one)
        if name and name[0].endswith(_POSSESSED_GENITIVE) and not _ar_is_given(name[0]):
            continue  # "الملك رئيس وزرائها X": the genitive of a role's possessed chain, no name's first word
        if len(name) >= 2 and not name_evidence(s.text, name, index, recurring, s.index):
            continue  # two words after a role and nothing else says they are a name (see people_ar_evidence)
        royal = (head in AR_ROYAL or role[-1] in AR_ROYAL) and len(name) < 2 and i < len(words)
        royal_one = royal and _one_royal_name(words, i)
        if royal_one:
            # "ولي العهد الأمير X.", "ملكة البلد X، ...": one name after a royal title or office, and its regnal
            # number ("ملكة البلد X الثانية")
            name = words[i : i + 2] if i + 1 < len(words) and words[i + 1] in AR_REGNAL else words[i : i + 1]
        if len(name) >= 2 or (name and index.find(name[0]) is not None) or royal_one:
            # ("رئيس تحرير صحيفة X الأستاذ Y": the office before the title is the holder's, the title with it)
            office = office_before_title(s.text[: m.start()]) if head in AR_TITLES else ""
            index.add(" ".join(name), " ".join([*office.split(), *role]), s.index)


# Prepositions written as words (about, on, with, during, since ...): none opens a name.
_PREPOSITION_WORDS = frozenset({"بشأن", "حول", "عن", "على", "إلى", "الى", "مع", "خلال", "لدى", "عند", "منذ", "قبل",
                                "بعد", "ضد", "نحو", "بين", "دون", "عبر", "إزاء", "تجاه", "بخصوص"})  # fmt: skip


def _one_royal_name(words: list[str], i: int) -> bool:
    """Whether words[i], right after a royal title or office, is a monarch's or heir's one name: a plain word (no
    article, glued preposition, function word or accusative or feminine ending, unless a known given name) that
    ends the clause (the last word before a mark) or takes a regnal number ("الأمير X.", "ملكة البلد X،")."""
    w = words[i]
    if w.startswith(("ال", "لل", "بال")) or w in _AR_FUNCTION or w in _AR_NOT_NAMES or len(w) < 3:
        return False
    if not (_ar_is_given(w) or _transliterated(w)) and (w.endswith(("ا", "ة", "ه")) or w[:1] in "بل"):
        return False
    # ("الأمير X يدشن مركزا": a one-word name before the headline's verb and its object ends the name too)
    one_before_verb = _ar_is_given(w) and imperfect_before_object(words, i + 1)
    return i + 1 == len(words) or words[i + 1] in AR_REGNAL or one_before_verb


# Titles of the royals that bodies are named after ("مستشفى الملك فهد", "جامعة الأمير سطام بن عبدالعزيز").
_EPONYM_TITLES = {"الملك", "الأمير", "الأميرة", "السلطان", "الشيخ", "الشيخة"}


# Places and institutions that are named after a person, besides the bodies (AR_ORG_WORDS).
_NAMED_AFTER = {"كلية", "مدينة", "مجمع", "معهد", "قاعة", "جائزة", "مطار", "ميناء", "مسجد", "جامع", "مدرسة",
                "أكاديمية", "مستشفى", "جامعة", "مركز", "مؤسسة"}  # fmt: skip


def _named_after_someone(word: str) -> bool:
    """Whether `word` is a body's or an institution's noun, which a king's or a prince's name may follow."""
    return word in AR_ORG_WORDS or word in _NAMED_AFTER


def _eponym_end(words: list[str], j: int) -> int | None:
    """Where the eponym after a body's noun ends: a royal title, a given name (عبد with the word after it) and
    any "بن/بنت X" links; None when words[j] opens no such name."""
    if j + 1 >= len(words) or words[j] not in _EPONYM_TITLES or not re.fullmatch(r"[\u0621-\u064a]{3,}", words[j + 1]):
        return None
    if words[j + 1].startswith("ال") or words[j + 1] in _AR_FUNCTION or words[j + 1] in _AR_NOT_NAMES:
        return None  # ("الملك الأردني", "الأمير في ...": no name after the title)
    k = j + 3 if words[j + 1] == "عبد" else j + 2
    while k + 1 < len(words) and words[k] in ("بن", "بنت"):
        k += 3 if words[k + 1] == "عبد" else 2
    return k if k < len(words) else None


def _linked_indefinite(words: list[str], i: int) -> bool:
    """Whether words[i] is a noun glued to ل or ب with no article that goes on a role's chain ("لشؤون")."""
    return words[i][:1] in "لب" and not words[i].startswith(("لل", "بال")) and _ar_linked(words, i)


def _given_after_chain(words: list[str], start: int) -> int | None:
    """Where a known given name opens a name after a body's name, past the definite words, "في" and a title
    that go on the role ("... في المدينة الطبيب سامي نور"): the given name's place when the word before it is
    definite or a title, else None. Up to five words are passed."""
    for k in range(start, min(start + 6, len(words))):
        w = words[k]
        if _ar_is_given(w) and k > start and (words[k - 1].startswith("ال") or words[k - 1] in AR_TITLES):
            return k
        if not (w.startswith("ال") or w == "في" or w in AR_TITLES) or w in ("الذي", "التي", "الذين"):
            return None
    return None


def _after_complement(role: list[str]) -> list[str]:
    """A role read across a verb's prepositional complement ("المدرب بأداء اللاعب الفرنسي": the coach praised
    the performance of the player): the definite role noun after the glued preposition starts the name's role."""
    for k in range(len(role) - 1, 0, -1):
        w = role[k - 1]
        glued = w[:1] in "بل" and not w.startswith(("بال", "لل")) and w not in ("باسم", "لدى", "لشؤون")
        if glued and (role[k] in _AR_HEADS or role[k] in AR_TITLES):
            return role[k:]
    return role


def find_appositive_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "... أيدين كوليف، الصحفي والناشط في الدفاع عن ...": a found name with no role, then a comma and a
    definite title or profession (an appositive): the role is the appositive, up to the next mark."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        # ("اللواء X Y الZ، مساعد القائد العام ...": a rank or title before the name is no office; the appositive
        # is, and goes on after it)
        title = person.role if person.role and all(r in AR_TITLES for r in person.role.split("; ")) else None
        if person.role and not title:
            continue
        for i in person.sentences:
            m = re.search(
                # (past a nationality and where from, set off first: "أنا X Y، مصرية من القاهرة، إحدى محرري ...")
                rf"(?<![\u0621-\u064a]){re.escape(person.name)}\s*،\s*{_FROM_WHERE}([\u0621-\u064a]+)((?:\s+[\u0621-\u064a]+)*)",
                texts.get(i, ""),
            )
            if m is None:
                continue
            # a definite head ("، الصحفي والناشط ...") or one in the construct state with its definite genitive
            # ("، رئيس الجمعية،", "، مدير عام الشركة،")
            # (also through an indefinite noun before the definite one: "، رئيس مجلس النواب،", "، مدير إدارة الأزمات،")
            after = m.group(2).split()[:2]
            construct = m.group(1) in AR_ROLE_NOUNS and bool(after) and (
                after[0].startswith(("ال", "لل"))
                or (
                    len(after) == 2
                    and after[1].startswith(("ال", "لل"))
                    and after[0] not in _AR_FUNCTION
                    and after[0] not in _AR_NOT_NAMES
                    and not _ar_is_given(after[0])
                )
            )
            if not construct and (m.group(1) not in _AR_HEADS or not m.group(1).startswith("ال")):
                continue
            words = [m.group(1)]
            for w in m.group(2).split()[:7]:
                inner = w in ("في", "عن", "على")  # (the appositive's own complement: الناشط في الدفاع عن ...)
                if (w in _AR_NOT_NAMES and not inner) or w in _AR_FUNCTION or re.fullmatch(AR_SPEECH, w):
                    break  # the clause goes on: "X، الصحفي الذي ..." keeps "الصحفي"
                words.append(w)
            person.role = merge_roles(title, " ".join(words))
            break


_PREPOSITIONS = {"على", "إلى", "عن", "من", "في", "مع", "بين", "لدى", "حول", "ضد", "عند", "نحو", "منذ"}
# A nationality and where from, in commas before an appositive ("، مصرية من القاهرة،"): indefinite, in ـي/ـية.
_FROM_WHERE = r"(?:[\u0621-\u064a]{3,}(?:ي|ية)(?:\s+من\s+[\u0621-\u064a]+)?\s*،\s*)?"


# Bodies' nouns in a broken plural, which a feminine adjective agrees with ("مصادر مطلعة").
_PLURAL_BODIES = {"مصادر", "تقارير", "كتائب", "أرقام", "بيانات", "دراسات", "إحصاءات"}


def _adjective_of_a_body(before: str, head: str) -> bool:
    """Whether a definite role word right after a body's head and its genitive is that body's adjective
    ("مركز إدلب الإعلامي": the Idlib media centre; "المكتب الإعلامي" reads the same way after the head alone)."""
    if not head.startswith("ال"):
        return False
    words = before.split()
    body = next((w.removeprefix("و") for w in words[-2:][::-1] if w.removeprefix("و") in AR_ORG_WORDS), None)
    if body is not None and body.endswith(("ة", "ات")) and not head.endswith("ة"):
        return False  # "اعتقلت الشرطة الصحفي X", "قوات الأمن الناشط X": the body's adjective would agree (ـة)
    if body is not None and head.endswith("ة") and not body.endswith(("ة", "ات", "اء")) and body not in _PLURAL_BODIES:
        return False  # "تقرير أعدته الباحثة X": a feminine calling after a masculine singular body, no adjective
    if words and words[-1].removeprefix("و") in AR_ORG_WORDS:
        return True
    # (the word between is the head's genitive, a name or a place, not a preposition: "أفرجت السلطات عن الأسير X")
    return (
        len(words) >= 2
        and words[-2].removeprefix("و") in AR_ORG_WORDS
        # (a definite body takes no genitive: "أطلقت السلطات سراح الناشطة X" is the activist's release)
        and not words[-2].removeprefix("و").startswith("ال")
        and words[-1] not in _AR_FUNCTION
        and words[-1] not in _PREPOSITIONS
        and re.fullmatch(r"[\u0621-\u064a]{3,}", words[-1]) is not None
    )
