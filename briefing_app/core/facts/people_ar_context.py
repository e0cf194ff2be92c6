"""Arabic people named with no title or speech verb before them, found by what stands around the name:
a nationality adjective used as a noun (عبر البولندي توماش كوفالسكي: "through the Pole T. K."), an
age in brackets after the name (ماريا كوستيلو (42 عاما)) or a scorer's minute ((78)), a kinship word in
apposition (أخوه الأكبر، سيمون), a patronymic with بن or بنت (نور الدين بن سالم), the subject right after a
verb of action or the verbal noun of an event (وفاز سامر نور، وفاة سامر نور), and a name that وهو/وهي
describes (منى خليل، وهي طالبة), and the person a body elects or appoints to an office named in the
accusative (انتخاب سامر نور أمينا عاما: the role is the office).

The first shapes need no known given name, which matters for transliterated foreign names that no
given-name list holds; each keeps to a context where a name is the only reading.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_IMPERFECT,
    _AR_INNER,
    _AR_NAME_STOP,
    _AR_NOT_NAMES,
    _AR_TIME_WORDS,
    AR_EVENT_WORDS,
    AR_KIN_NOUNS,
    AR_ORG_WORDS,
    AR_REGNAL,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _ar_name_at,
    _plain_name_word,
    _transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.per_document import per_document

# Arabic words, numbers, or one mark of punctuation each.
_TOKENS = re.compile(r"[\u0621-\u064a]+|\d+|[^\s\u0621-\u064a\d]")
_WORD = re.compile(r"[\u0621-\u064a]+")

# Prepositions after which a definite nationality adjective cannot qualify a noun before it: it is the
# noun itself, a person ("من الكولومبي ..."; "بواسطة": by means of).
_PREPOSITIONS = {"من", "عبر", "بواسطة", "إلى", "على", "عن", "مع", "أمام", "ضد", "بين", "لدى", "عند", "مثل", "يد"}


def find_context_names(s: SourceSentence, index: PeopleIndex) -> None:
    """The people of one sentence that the shapes of this module name, into `index`."""
    tokens = _TOKENS.findall(s.text)
    _nationality_nouns(tokens, s.index, index)
    _aged_names(tokens, s.index, index)
    _numbered_names(tokens, s.index, index)
    _kin_names(tokens, s.index, index)
    _patronymics(tokens, s.index, index)
    _verb_subjects(tokens, s.index, index)
    _described_names(tokens, s.index, index)
    _bracketed_roles(tokens, s.index, index)
    _appointed_names(tokens, s.index, index)
    _named_from_place(tokens, s.index, index)
    _agents(tokens, s.index, index)


@per_document  # asked of every word by several readers
def _nationality(word: str, feminine: bool = False) -> bool:
    """Whether `word` is a definite masculine nationality adjective (الياباني، للروسي) of a place the
    gazetteer knows: اليابان، روسيا، فرنسا، الأرجنتين، أذربيجان; with `feminine`, its feminine (الفرنسية)."""
    for glued in ("وال", "بال", "لل", "فال"):
        if word.startswith(glued):
            word = "ال" + word[len(glued) :]
            break
    ending = "ية" if feminine else "ي"
    if not (word.startswith("ال") and word.endswith(ending) and len(word) >= 5 + len(ending)):
        return False
    core = word[2 : -len(ending)] if feminine else word[2:-1]
    return any(c in known_names() for c in (core, "ال" + core, core + "ا", core + "يا"))


def nationality_adjective(word: str) -> bool:
    """Whether `word` is a definite masculine nationality adjective of a place the gazetteer knows (الأرجنتيني)."""
    return _nationality(word)


def _indefinite_word(word: str) -> bool:
    """A native word without the article (a verb, "تأهل"; a noun in construct, "فوز"): a definite adjective
    cannot qualify it, so a definite nationality after it is a noun, a person. Not a name (known or spelled
    like a foreign one: "ريال مدريد الإسباني" qualifies the club), a title, a role or a function word."""
    return (
        _WORD.fullmatch(word) is not None
        and len(word) >= 3
        and not word.startswith(("ال", "لل"))
        and not word.endswith("ة")
        and word not in known_names()
        and not _transliterated(word)
        and not _ar_is_given(word)
        and word not in AR_ROLE_NOUNS
        and word not in _AR_HEADS
        and word not in _AR_NOT_NAMES
        and word not in _AR_FUNCTION
        and word not in _AR_TIME_WORDS
        and word not in AR_ORG_WORDS
    )


def _nationality_nouns(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "من الكولومبي أندريس ماتورانا", "والبولندي توماش (16)": a nationality adjective where no noun precedes
    it for it to qualify (after a preposition, a punctuation mark, the sentence's start, a feminine noun a
    masculine adjective cannot agree with, or with a glued و، ب، ل) stands for a person, whose name follows.
    After a title or role ("الرئيس الفرنسي") the role shape reads the name; a nationality is no role."""
    for i, w in enumerate(tokens):
        if w[-1:] not in ("ي", "ة") or len(w) < 6:
            # a nationality adjective ends in ي, or ية (feminine), after ال and three letters or more: most words
            # (في among them) are none, unasked
            continue
        feminine = _nationality(w, feminine=True)  # "الفرنسية أميلي X": the Frenchwoman
        if not (feminine or _nationality(w)):
            continue
        j = i
        while j >= 2 and tokens[j - 1] == "-" and _nationality(tokens[j - 2], feminine):
            j -= 2  # "الكولومبي - الإسباني": a dual nationality
        before = tokens[j - 1] if j else "."
        glued = tokens[j][:1] in ("و", "ب", "ل") and not tokens[j].startswith("ال")
        # ("الدور المصري والقطري والأمريكي لوقف ...": adjectives joined by و after the noun they all qualify)
        bare_before = before[1:] if before[:1] == "و" and not before.startswith("ال") else before
        if tokens[j][:1] == "و" and (_nationality(bare_before) or _nationality(bare_before, feminine=True)):
            continue
        free = (
            glued
            or not _WORD.fullmatch(before)
            or before in _PREPOSITIONS
            # (a masculine adjective cannot agree with a feminine noun; a feminine one can: "الحكومة الفرنسية")
            # (unless the feminine word is the genitive of a role's construct chain, whose head the adjective
            # qualifies: "وزير الخارجية الليبي دول الجوار" is the Libyan minister, then his verb's object)
            or (
                not feminine
                and before.startswith("ال")
                and before.endswith("ة")
                and before not in _AR_HEADS
                and not (j >= 2 and (tokens[j - 2] in AR_ROLE_NOUNS or tokens[j - 2][1:] in AR_ROLE_NOUNS))
            )
            # a verb of action before its subject, with or without an object pronoun ("سجلها البرازيلي X")
            or before in _ACTION_VERBS
            or re.sub(r"(?:ها|هم|ه)$", "", before) in _ACTION_VERBS
        )
        # any other word without the article ("وتأهل الإسباني X", "فوز الأمريكية X"): no noun to agree with; the
        # name after it must then start as a name does (a known given name or a foreign name's spelling)
        loose = not free and _indefinite_word(before)
        free = free or loose
        if not free or before in _AR_HEADS or before in AR_TITLES:
            continue
        words: list[str] = []
        k = i + 1
        while k < len(tokens) and _WORD.fullmatch(tokens[k]):
            words.append(tokens[k])
            k += 1
        name = _ar_name_at(words, 0, foreign_ok=True)
        if any(_nationality(n) or _nationality(n, feminine=True) for n in name):
            continue  # "يجيد الفرنسية والإنكليزية": languages, a list of nationalities, no name
        if loose and name and not (_ar_is_given(name[0]) or _transliterated(name[0])):
            continue  # "مجلة تايم الأمريكية قائمة ...": the magazine's object, no name
        if name and _AR_IMPERFECT.match(name[0]) and not (_ar_is_given(name[0]) or _transliterated(name[0])):
            continue  # "السوداني ينفي صدور ...": a family name that looks like a nationality, then its verb
        if loose and len(name) > 2 and not _plain_name_word(name[2]):
            name = name[:2]  # "سارة محمدي بتهمة": a third word that no name has is the clause's
        bracket = k < len(tokens) and tokens[k] == "(" and len(words) == 1
        if len(name) >= 2 or (bracket and name and _plain_name_word(name[0])):
            index.add(" ".join(name), None, sentence)


_AGE = re.compile(r"(?:عاما|عامًا|عام|سنة|أعوام|سنوات)")


def _agents(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "نُشر الفيديو من قبل معاذ X", "قتل على يد سامر Y": the doer a passive names after "من قبل" or "على يد",
    a known given name and a family name (with or without the article)."""
    for i in range(1, len(tokens) - 2):
        if (tokens[i - 1], tokens[i]) not in (("من", "قبل"), ("على", "يد")):
            continue
        given, family = tokens[i + 1], tokens[i + 2]
        if _ar_is_given(given) and _WORD.fullmatch(family) and (_plain_name_word(family) or family.startswith("ال")):
            index.add(f"{given} {family}", None, sentence)


def _aged_names(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "ماريا كوستيلو (42 عاما) من ...": two or three name-like words before an age in brackets."""
    for i in range(len(tokens) - 3):
        if not (tokens[i] == "(" and tokens[i + 1].isdigit() and _AGE.fullmatch(tokens[i + 2]) and i >= 2):
            continue
        before = tokens[max(0, i - 3) : i]
        if len(before) == 3 and not (_ar_is_given(before[0]) and _WORD.fullmatch(before[0])):
            before = before[1:]
        if len(before) < 2 or not all(_WORD.fullmatch(w) for w in before):
            continue
        if before[0].startswith("و") and not _ar_is_given(before[0]) and _ar_is_given(before[0][1:]):
            before = [before[0][1:], *before[1:]]  # "وأحمد حسن (25 عاما)": the second of two, joined by و
        family_ok = _ar_is_given(before[0])  # "أحمد الجربا (45 عاما)": a family name with the article
        if all(_plain_name_word(w) or (k > 0 and family_ok and w.startswith("ال")) for k, w in enumerate(before)):
            index.add(" ".join(before), None, sentence)


def _numbered_names(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "وداميانو روسيني (78)": two name-like words before a bracketed number, as match reports give a
    scorer the minute of the goal; one of the words a known given name or spelled like a foreign name."""
    for i in range(2, len(tokens) - 2):
        if not (tokens[i] == "(" and tokens[i + 1].isdigit() and tokens[i + 2] == ")"):
            continue
        first, last = tokens[i - 2], tokens[i - 1]
        if not (_WORD.fullmatch(first) and _WORD.fullmatch(last)):
            continue
        if first.startswith("و") and len(first) > 3 and _plain_name_word(first[1:]):
            first = first[1:]  # "وداميانو": a second scorer, joined by و
        words = [first, last]
        if all(_plain_name_word(w) for w in words) and any(_ar_is_given(w) or _transliterated(w) for w in words):
            index.add(" ".join(words), None, sentence)


# Kinship nouns that are the person named after them (أخوه, الأخ): people_ar_words.AR_KIN_NOUNS.
_KIN = AR_KIN_NOUNS


def _kin_names(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "وكان أخوه الأكبر، سيمون", "الأخ الأصغر، فيليب": a kinship noun, perhaps an adjective, then the name
    (one word is enough here: families name their members by the first name); the kinship is the role."""
    for i, w in enumerate(tokens):
        kin = w if w in _KIN else w.removeprefix("و")  # (والدته starts with و: "his mother", no "and")
        if kin not in _KIN:
            continue
        role = [kin]
        before = tokens[i - 1] if i else "."
        if role[0].startswith("ال") and _WORD.fullmatch(before) and before not in _PREPOSITIONS | {"إلا", "منهم"}:
            continue  # "مشروعه الشقيق": a definite kinship word after a noun is its adjective (sister project)
        k = i + 1
        while k < len(tokens) and len(role) < 3 and tokens[k].startswith("ال") and _WORD.fullmatch(tokens[k]):
            if tokens[k] in _AR_NOT_NAMES or tokens[k] in ("الذي", "التي"):
                break
            role.append(tokens[k])  # الأصغر، الأكبر، التوأم
            k += 1
        comma = k < len(tokens) and tokens[k] in ("،", ",")
        k += comma
        words: list[str] = []
        while k < len(tokens) and _WORD.fullmatch(tokens[k]) and len(words) < 3:
            words.append(tokens[k])
            k += 1
        if comma and len(words) >= 2 and words[0] in ("أم", "أبو") and _ar_is_given(words[1]):
            after = tokens[k - len(words) + 2] if k - len(words) + 2 < len(tokens) else "."
            if not _WORD.fullmatch(after) or _ends_name(after):
                # "وقالت والدته، أم أحمد، للباحثين": a name by the first son after the kin noun and a comma
                index.add(" ".join(words[:2]), " ".join(role), sentence)
            continue
        if not words or not _plain_name_word(words[0], place_ok=True):
            continue
        if not comma and words[0][:1] == "و" and not _ar_is_given(words[0]):
            continue  # "منزل شقيقه وتم عمل طوق": و opens the next clause after the kin, no name (وليد is one)
        name = words[:1]
        verb_after = False
        for w in words[1:3]:
            if len(name) == 1 and w in AR_REGNAL:
                name.append(w)  # "والدها فريدريك التاسع": her father, a king, by his name and regnal number
                break
            if not (_plain_name_word(w) or (len(name) == 1 and w.startswith("ال") and _ar_is_given(name[0]))):
                break
            if len(name) == 2 and _verb_after_a_name(w):
                verb_after = True
                break  # "ووالدته X Y حضرت الجلسة", "وأخوه X Y يعمل": the verb of the kin, after two names
            name.append(w)  # "ابنه سامي نور": the family name too, while the words can be a name's
        regnal = name[-1] in AR_REGNAL  # (a regnal number closes the name, whatever follows it)
        if len(name) < len(words) and not _ends_name(words[len(name)]) and not verb_after and not regnal:
            continue  # "ابنه يعمل في ...": a name must end its phrase
        if any(p.name.split()[0] == name[0] for p in index.people if len(name) == 1):
            continue  # a first name of someone the article already names in full
        if len(name) == 1 and not comma and not _ar_is_given(name[0]):
            if name[0][:1] in "بلفك" or tokens[i - 1 : i] and tokens[i - 1] in _THAT:
                # "إن والده بخير", "إن ابنها اختفى": the kin is a clause's subject after إن/أن, the next word
                # its predicate; a glued preposition is one too (a comma sets off a name)
                continue
        index.add(" ".join(name), " ".join(role), sentence)


# The particles that open a clause of reported speech, whose subject the kin noun after them is.
_THAT = {"إن", "أن", "بأن", "لأن", "فإن", "وإن", "وأن"}


def _verb_after_a_name(word: str) -> bool:
    """A verb's shape after a given and a family name: a past in -ت (حضرت، قالت; not a plural's -ات) or an
    imperfect (يعمل، تعيش), neither a known given name (مدحت، يوسف)."""
    if _ar_is_given(word):
        return False
    return (word.endswith("ت") and not word.endswith("ات")) or re.fullmatch(r"[يت][\u0621-\u064a]{3}", word) is not None


def _ends_name(word: str) -> bool:
    """Whether `word` can follow a one-word name: a function, time or prepositional word, or و with one."""
    bare = word.removeprefix("و") if len(word) > 3 else word
    return (
        word in _AR_FUNCTION
        or word in _AR_NOT_NAMES
        or word in _AR_NAME_STOP
        or word in _AR_TIME_WORDS
        or bare in _AR_FUNCTION
        or bare in _KIN
        or word in ("وهو", "وهي", "الذي", "التي")
    )


def _patronymics(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "نور الدين بن سالم", "عبد الله بن سعيد": a given name (one word, or a compound with the article or
    after عبد) then بن or بنت and the father's name: a person, whatever the words around say."""
    for j, w in enumerate(tokens):
        if w not in ("بن", "بنت") or j < 1 or j + 1 >= len(tokens) or not _WORD.fullmatch(tokens[j + 1]):
            continue
        start = j - 1
        if (
            start >= 1
            and (tokens[start] in _AR_INNER or tokens[start].startswith("ال"))
            and (_ar_is_given(tokens[start - 1]) or tokens[start - 1] == "عبد")
        ):
            start -= 1  # "نور الدين", "عبد الله"
        first = tokens[start]
        if not (_ar_is_given(first) or first == "عبد") or (start and tokens[start - 1] in AR_TITLES):
            continue  # (after a title the title shape reads it)
        if start and re.sub(r"^(?:و?[بل]|و)", "", tokens[start - 1]) in AR_EVENT_WORDS:
            continue  # "بجائزة خالد بن عبدالله", "كأس فهد بن سلطان": a prize or a cup named after a patron, no person
        father = tokens[j + 1]
        if not _plain_name_word(father) and not _ar_is_given(father):
            continue
        name = tokens[start : j + 2]
        if len(name) < 3 or any(not _WORD.fullmatch(t) for t in name):
            continue
        if any(sentence in p.sentences and p.name.endswith(" " + " ".join(name)) for p in index.people):
            continue  # "وسامي فهد بن زبير، مدير ...": a reader took the whole name, the father's given name first
        index.add(" ".join(name), None, sentence)


# Perfect verbs of action whose subject, in Arabic's verb-first order, is most often a person named right
# after the verb: won, resigned, died, visited, met, arrived, left, criticised, scored, welcomed,
# congratulated, received, signed, refused, praised, condemned, took part, attended, chaired, opened.
_ACTION_VERBS = {
    f"{prefix}{verb}{ending}"
    for verb in ("فاز", "استقال", "توفي", "زار", "التقى", "وصل", "غادر", "انتقد", "سجل", "رحب", "هنأ", "استقبل",
                 "وقع", "رفض", "أشاد", "ندد", "شارك", "حضر", "ترأس", "افتتح", "قاد", "عاد", "توجه", "اعتبر",
                 "اتهم", "دعا", "طالب", "تسلم", "تولى")
    for prefix in ("", "و", "ف")
    for ending in ("", "ت")
} | {
    # the verbal nouns of events that befall or are done by a person: "وفاة X", "بمقتل X", "فوز X بالجائزة"
    f"{prefix}{noun}"
    for noun in ("وفاة", "مقتل", "اغتيال", "اعتقال", "إعدام", "تعيين", "انتخاب", "استقالة", "رحيل", "فوز", "زيارة",
                 "محاكمة", "إقالة", "تنصيب", "اختطاف", "إصابة", "عودة")
    for prefix in ("", "و", "ب", "ل", "وب", "ول")
}  # fmt: skip


def _verb_subjects(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "وفاز سامر نور بالجائزة": a perfect verb of action, then a known given name and a family name (or two
    words spelled like foreign names) as its subject; the name reader stops at the object or a preposition."""
    for i in range(len(tokens) - 2):
        if tokens[i] not in _ACTION_VERBS:
            continue
        first, second = tokens[i + 1], tokens[i + 2]
        if not (_WORD.fullmatch(first) and _WORD.fullmatch(second)):
            continue
        if first in AR_ROLE_NOUNS or first in _AR_HEADS or first in AR_TITLES:
            continue  # the role shapes read titled subjects
        foreign = _transliterated(first) and _transliterated(second)
        head = tokens[i + 3] if i + 3 < len(tokens) else ""
        if (
            not (_ar_is_given(first) or foreign)
            and head in AR_ROLE_NOUNS
            and head not in ("أحد", "إحدى", "عام", "العام", "باسم")
            # (the role after them says they are a name even when a word has a native verb's shape: تيري)
            and all(_plain_name_word(w, verb_ok=True) for w in (first, second))
            and not any(w.endswith("ا") for w in (first, second))
        ):
            # "اتهم تيري ديران مدير العمليات في ...": two name-shaped words, then the role they hold
            role = [head]
            for w in tokens[i + 4 : i + 11]:
                if not _WORD.fullmatch(w) or w in _AR_NAME_STOP or w in _AR_TIME_WORDS:
                    break
                role.append(w)
            index.add(f"{first} {second}", " ".join(role), sentence)
            continue
        if not (_ar_is_given(first) or foreign):
            continue
        words: list[str] = []
        k = i + 1
        while k < len(tokens) and _WORD.fullmatch(tokens[k]) and len(words) < 6:
            words.append(tokens[k])
            k += 1
        name = _ar_name_at(words, 0, foreign_ok=True)
        if len(name) < 2 or not (_plain_name_word(name[1]) or (name[1].startswith("ال") and _ar_is_given(first))):
            continue
        if name[1].startswith("ال") and "ال" + first in _AR_HEADS:
            continue  # "مقتل حارس المستشفى": a given name that is also a calling (الحارس), heading a construct
        if name[-1].endswith("ا") and not _ar_is_given(name[-1]):
            continue  # "وسجل سامر هدفا": the verb's object
        after = tokens[i + 1 + len(name)] if i + 1 + len(name) < len(tokens) else ""
        if not name[-1].startswith("ال") and after.startswith("ال") and not _transliterated(name[-1]):
            continue  # "حارس مرمى الفريق": a given name that is also a noun, heading a construct chain
        index.add(" ".join(name), None, sentence)


def _described_names(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "وأصيبت منى خليل، وهي طالبة جامعية، في الحادث": a name whose first word is a known given name (or
    two words spelled like foreign names), then وهو or وهي and what the person is: the role."""
    for i in range(2, len(tokens) - 2):
        if tokens[i] not in ("،", ",") or tokens[i + 1] not in ("وهو", "وهي"):
            continue
        for size in (3, 2):
            words = tokens[i - size : i]
            if len(words) < size or not all(_WORD.fullmatch(w) for w in words):
                continue
            first = words[0].removeprefix("و") if len(words[0]) > 3 and _ar_is_given(words[0][1:]) else words[0]
            # (a foreign name is spelled without the article: "الاستقرار الاجتماعي للمواطنين، وهي" counts the
            # article's alif as a vowel, and is a noun and its adjective)
            foreign = all(_transliterated(w) and not w.startswith(("ال", "لل", "بال")) for w in words)
            if not (_ar_is_given(first) or foreign) or first in AR_ROLE_NOUNS or first in _AR_HEADS:
                continue
            family_ok = _ar_is_given(first)
            if not all(
                _plain_name_word(w) or (k and family_ok and w.startswith("ال")) for k, w in enumerate(words[1:], 1)
            ):
                continue
            description: list[str] = []
            for w in tokens[i + 2 : i + 8]:
                if not _WORD.fullmatch(w):
                    break
                description.append(w)
            index.add(" ".join([first, *words[1:]]), " ".join(description) or None, sentence)
            break
        else:
            # "وتقول رزان، وهي ناشطة من دوما، إن ...": a verb of saying, one known given name, and who she is
            given = tokens[i - 1]
            if _ar_is_given(given) and given not in AR_ROLE_NOUNS and re.fullmatch(AR_SPEECH, tokens[i - 2]):
                description = []
                for w in tokens[i + 2 : i + 8]:
                    if not _WORD.fullmatch(w):
                        break
                    description.append(w)
                index.add(given, " ".join(description) or None, sentence)


def _bracketed_roles(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "وقالت رنا خليل (مديرة المدرسة) إن ...": a name whose first word is a known given name, then its role in
    brackets, headed by a role noun or a profession."""
    for i in range(2, len(tokens) - 2):
        if tokens[i] != "(":
            continue
        close = next((k for k in range(i + 1, min(i + 8, len(tokens))) if tokens[k] == ")"), None)
        role = tokens[i + 1 : close] if close is not None else []
        if not role or not all(_WORD.fullmatch(w) for w in role):
            continue
        head = role[0]
        if not (_ar_core(head) in AR_ROLE_NOUNS or head.removesuffix("ة") in AR_ROLE_NOUNS or head in _AR_HEADS):
            continue
        first, family = tokens[i - 2 : i]
        if not (_WORD.fullmatch(first) and _WORD.fullmatch(family)):
            continue
        if not _ar_is_given(first) and first.startswith("و") and _ar_is_given(first[1:]):
            first = first[1:]  # "ورنا": a second name joined by و (but وليد is a name)
        if _ar_is_given(first) and (_plain_name_word(family) or family.startswith("ال")):
            index.add(f"{first} {family}", " ".join(role), sentence)


# Verbs and verbal nouns of electing or appointing someone to an office, which take the person and then
# the office in the accusative ("انتخب الحزب X رئيسا", "تعيين X مديرا").
_APPOINTING = re.compile(
    r"(?:[وف]?)(?:انتخاب|انتخب|انتخبت|تعيين|عين|عينت|اختيار|اختار|اختارت|تنصيب|نصب|تسمية|سمى|سمت)"
)


def _appointed_names(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "أعلن الحزب انتخاب سامر نور أمينا عاما له": after a verb or verbal noun of electing or appointing, a
    name and an office noun in the accusative (with its accusative adjective): the person holds the office,
    given as its definite form (الأمين العام) as the article later calls the holder."""
    for i, w in enumerate(tokens[:-3]):
        if not _APPOINTING.fullmatch(w):
            continue
        words: list[str] = []
        for t in tokens[i + 1 : i + 9]:
            if not _WORD.fullmatch(t):
                break
            words.append(t)
        start = 1 if words and words[0] not in known_names() and len(words) > 3 and words[0].startswith("ال") else 0
        name = _ar_name_at(words, start)  # (a definite subject may stand between: "انتخب الحزب X")
        k = start + len(name)
        if not (2 <= len(name) <= 4) or k >= len(words) or not _ar_is_given(name[0]):
            continue
        office = [words[k]]
        if not (office[0].endswith("ا") and office[0][:-1] in AR_ROLE_NOUNS):
            continue
        if k + 1 < len(words) and words[k + 1].endswith("ا") and len(words[k + 1]) >= 3:
            office.append(words[k + 1])  # its adjective, also in the accusative (عاما)
        known = index.find(" ".join(name))
        if known is not None and known.role and office[0] in known.role:
            continue  # another shape already gave the office as the article writes it
        index.add(" ".join(name), " ".join("ال" + o[:-1] for o in office), sentence)


# Verbs of speaking and presenting whose subject may be a person named by a given name alone.
_TALK_VERBS = {f"{prefix}{verb}{ending}" for verb in ("تحدث", "قال", "أكد", "أوضح", "شرح", "قدم", "عرض", "تناول")
               for prefix in ("", "و", "ف") for ending in ("", "ت")}  # fmt: skip


def _named_from_place(tokens: list[str], sentence: int, index: PeopleIndex) -> None:
    """ "فقد تحدث سامر من الأردن في محاضرته": a verb of speaking or of action, a known given name alone and
    من with a place the gazetteer knows: someone named by a given name and where they come from."""
    for i in range(len(tokens) - 3):
        if tokens[i] not in _ACTION_VERBS and tokens[i] not in _TALK_VERBS:
            continue
        name, prep, place = tokens[i + 1 : i + 4]
        if prep != "من" or place not in known_names() or not _ar_is_given(name) or not _plain_name_word(name):
            continue
        index.add(name, None, sentence)
