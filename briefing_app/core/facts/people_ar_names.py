"""Arabic names that no role introduces: a known given name repeated with the same next word across
sentences, a partner joined to a known person by و, a list of names joined by و, a title then a name."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.ar_named_bodies import body_named_pairs
from briefing_app.core.facts.ar_object_nouns import object_noun
from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_evidence import Recurring, name_evidence
from briefing_app.core.facts.people_ar_honorifics import AR_RANKS
from briefing_app.core.facts.people_ar_role_edges import office_before_title
from briefing_app.core.facts.people_ar_roles import RANK_SECONDS
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    _AR_HEADS,
    _AR_NAME_LINKS,
    _AR_NAME_STOP,
    _AR_NOT_NAMES,
    _AR_TIME_WORDS,
    _AR_VERBISH,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
    _ar_definite_given,
    _ar_glued_body,
    _ar_is_given,
    _ar_linked,
    _ar_name_next,
    _ar_next_item,
    _transliterated,
    ar_construct_head,
    glued_non_name,
    imperfect_before_object,
)
from briefing_app.core.facts.people_index import PeopleIndex, fold

_AR_NAME_FROM_RE1 = re.compile(r"[\u0621-\u064a]+")


def ar_name_from(words: list[str], start: int) -> list[str]:
    """A name from `start`: the given name and up to three more words, up to the next title, function word
    or glued preposition; a linking word (عبد، بن، أبو) or another given name (a father's name) goes on."""
    name = [words[start]]
    for w in words[start + 1 :]:
        if not _AR_NAME_FROM_RE1.fullmatch(w) or _ar_next_item(w) or w in _AR_NOT_NAMES or len(name) == 4:
            break
        if w in AR_ROLE_NOUNS:
            break
        name.append(w)
        if not (w in _AR_NAME_LINKS or _ar_is_given(w)) and len(name) >= 2:
            break  # a family name ends it, unless it is one more given name (محمد علي حسن)
    return name


_FIND_REPEATED_NAMES_RE1 = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+")


def find_repeated_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A known given name and the word after it, written the same way in two or more sentences ("هادي
    البحرة" in the headline and the text): a person named without a title. A common word that is also a
    given name rarely comes twice with the same next word."""
    pairs: dict[tuple[str, str], list[int]] = {}
    free: set[tuple[str, str]] = set()
    named_bodies = body_named_pairs(sentences)  # ar_named_bodies: "شركة عمر أفندى", a company named after a man
    for s in sentences:
        words = _FIND_REPEATED_NAMES_RE1.findall(s.text)
        for i in range(len(words) - 1):
            w = (
                words[i][1:]
                if words[i].startswith("و") and len(words[i]) > 3 and _ar_is_given(words[i][1:])
                else words[i]
            )
            if not _ar_is_given(w) or (i and (words[i - 1] in AR_TITLES or words[i - 1].startswith("ال"))):
                continue
            if i and words[i - 1] in ('"', "«", "“"):
                continue  # 'مسجد يدعى " X Y "': a name in quote marks is a site's, a work's or a brand's
            name = ar_name_from([w, *words[i + 1 : i + 5]], 0)
            if len(name) < 2 or any(x in _AR_NAME_STOP or x in AR_ORG_WORDS or _AR_VERBISH.match(x) for x in name[1:]):
                continue
            if name[0] in _AR_NAME_LINKS or f"{name[0]} {name[1]}" in known_names() or name[1] in known_names():
                continue  # أبو ظبي: a place
            if (
                name[1].endswith("ي")
                and not name[1].startswith("ال")
                and not _ar_is_given(name[1])
                and not _transliterated(name[1])
            ):
                # "حكم قضائي": a noun that is also a given name, and its adjective (a definite nisba cannot
                # describe an indefinite noun: after a given name "الشامي" is the family name)
                continue
            key = (name[0], name[1])
            after = words[i + 2] if i + 2 < len(words) else ""
            if not ar_construct_head(name[1], after):
                free.add(key)  # once not heading a construct chain: the pair may be a name
            if s.index not in pairs.setdefault(key, []):
                pairs[key].append(s.index)
    texts = {s.index: s.text for s in sentences}
    for (given, family), where in pairs.items():
        if (given, family) in named_bodies:
            continue
        if len(where) >= 2 and (given, family) in free and index.find(f"{given} {family}") is None:
            nisba = re.fullmatch(r"ال[\u0621-\u064a]{3,}ي", family) is not None and family not in known_names()
            if not nisba and not any(_tagged_family(texts[i], family) for i in where):
                # "جودة النوم", "حاكم محافظة": a noun the given-name list also holds, and its genitive; a definite
                # nisba ("معاذ الشامي") is no noun's genitive, and said twice after a given name it is the family's
                continue
            for sentence in where:
                index.add(f"{given} {family}", None, sentence)


def _tagged_family(text: str, family: str) -> bool:
    """Whether the statistical tagger reads `family` as (part of) a person's name in `text`: the given-name list
    holds many common nouns (جودة: quality, حاكم: governor, إسعاد: making happy), whose genitive repeats."""
    return any(e.type == "PER" and e.margin > 0 and family in e.text for e in tag_sentence(text))


def find_partners(s: SourceSentence, index: PeopleIndex) -> None:
    """ "على يد الثنائي جان كوم وبريان أكتون", "مثل رونالدو ولويس فيجو": a known person's name, then و and
    two words shaped like a name (no article, no function word, verb, place, role or body): the person
    named with them. Foreign given names are missing from the given-name list; the partner shows it."""
    words = _FIND_REPEATED_NAMES_RE1.findall(s.text)
    present = set(words)  # a name whose first word the sentence lacks is not in it: skip the scan of its words
    for known in {tuple(p.name.split()[k:]) for p in index.people for k in (0, len(p.name.split()) - 1)}:
        # (the whole name, or its last word: "رونالدو ولويس فيجو" after "كريستيانو رونالدو")
        if known and known[0] not in present:
            continue
        for i in range(len(words) - len(known) - 1):
            if tuple(words[i : i + len(known)]) != known:
                continue
            j = i + len(known)
            if not words[j].startswith("و") or len(words[j]) < 4:
                continue
            pair = [words[j][1:], words[j + 1]]
            if not all(_ar_partner_word(w) for w in pair):
                continue
            # (a third word that goes on the name, "وبريان أكتون جونز", is left to the other readers)
            if j + 2 < len(words) and _ar_partner_word(words[j + 2]) and not _AR_VERBISH.match(words[j + 2]):
                continue
            # "X وY، وهما من ...": what the two are, said of both with the dual pronoun
            both = words[j + 2 : j + 4] in (["،", "وهما"], [",", "وهما"])
            role = None
            if both:
                described = []
                for w in words[j + 4 : j + 14]:
                    if w in ("،", ",", ".", ":", "؛"):
                        break
                    described.append(w)
                role = " ".join(described) or None
            if index.find(" ".join(pair)) is None or role:
                index.add(" ".join(pair), role, s.index)
            if role:
                index.add(" ".join(known), role, s.index)


def _ar_partner_word(word: str) -> bool:
    """A word that may be a foreign name's given or family name after و (see `_arabic_partners`)."""
    return (
        _ar_name_next(word)
        and word not in AR_ROLE_NOUNS
        and word not in _AR_HEADS
        and word not in AR_TITLES
        and word not in AR_ORG_WORDS
        and word not in _AR_COLLECTIVE
        and word not in _AR_TIME_WORDS
        and not word.endswith(("ه", "ها", "هم", "هما", "كم", "نا"))  # a possessive: وأنصاره، وزوجته
        and not _ar_glued_body(word)
        # a sound feminine plural no list holds as a name ("نفى X Y وجود إصابات": the verb's object, injuries)
        and not (word.endswith("ات") and not _ar_is_given(word))
    )


def find_name_lists(s: SourceSentence, index: PeopleIndex) -> None:
    """Names joined by و, each starting with a known given name and at least two words long ("خالد سعيد
    ومنى رشيد وعمر فاروق"): a list of people, even with no title; one member already known is enough for
    a list of two."""
    words = _FIND_REPEATED_NAMES_RE1.findall(s.text)
    i = 0
    while i < len(words):
        if not _ar_is_given(words[i]) or (i and words[i - 1] in AR_TITLES):
            i += 1
            continue
        items = [ar_name_from(words, i)]
        j = i + len(items[-1])
        while j < len(words):
            k = j + 1 if words[j] in ("،", ",") else j  # "خالد سعيد، منى رشيد، وعمر فاروق"
            if k >= len(words):
                break
            first = words[k][1:] if words[k].startswith("و") and _ar_is_given(words[k][1:]) else words[k]
            if not _ar_is_given(first) or (k == j and first == words[k]):
                break  # a member joins with a comma or with و
            item = ar_name_from([first, *words[k + 1 :]], 0)
            items.append(item)
            j = k + len(item)
        whole = [it for it in items if len(it) >= 2]
        known = any(index.find(" ".join(it)) for it in whole)
        if len(whole) == len(items) and (len(items) >= 3 or (len(items) == 2 and known)):
            for it in items:
                index.add(" ".join(it), None, s.index)
        i = max(j, i + 1)


# The units and the tens of a compound ordinal ("الخامس والثمانين": eighty-fifth), in both genders.
_ORDINAL_UNITS = {"الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة",
                  "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع",
                  "التاسعة"}  # fmt: skip
_ORDINAL_TENS = re.compile(r"وال(?:عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)")


def _compound_ordinal(words: list[str], k: int) -> bool:
    """Whether words[k] opens a compound ordinal, a unit then و and the tens ("الخامس والثمانين"): an age or
    an anniversary after the name. A unit alone after a name is a regnal number (الملك X الثاني) and stays."""
    return words[k] in _ORDINAL_UNITS and k + 1 < len(words) and _ORDINAL_TENS.fullmatch(words[k + 1]) is not None


_VERB_PREPOSITIONS = {"إلى", "الى", "في", "على", "من", "عن", "مع", "نحو", "لدى"}


def _imperfect_before_preposition(words: list[str], k: int) -> bool:
    """Whether words[k] has an imperfect verb's shape (يتوجه، تشارك), is no known given name, and a preposition
    follows it: the clause's verb after its subject, no name's word."""
    return (
        k + 1 < len(words)
        and words[k + 1] in _VERB_PREPOSITIONS
        and re.fullmatch(r"[يت][\u0621-\u064a]{3,}", words[k]) is not None
        and not _ar_is_given(words[k])
    )


@functools.cache  # (built and looked up once, not for every sentence)
def _titled_name() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in AR_TITLES)
    # (the words after the title are looked at, not taken: a list of ranks and names, "العقيد X Y والمقدم Z W", has
    # its second title inside the first one's words)
    return re.compile(rf"(?:^|\s)[وب]?({titles})(?=((?:\s+[\u0621-\u064a]+){{2,5}}))")


def find_titled_names(s: SourceSentence, index: PeopleIndex, recurring: Recurring | None = None) -> None:
    """A title, then a name (الدكتور ...، النائب ...): the title's definite adjectives go on the role."""
    for m in _titled_name().finditer(s.text):
        kept: list[str] = []
        after = m.group(2).split()
        role = m.group(1)
        while after[0] in RANK_SECONDS and role.split()[0] in AR_RANKS and len(after) > 2:
            # "والملازم أول X Y", "الفريق أول ركن X Y": the rank's second words are the rank's, not the name's first
            # (read as a name, "أول X Y" is an ordinal's phrase, and the person is lost)
            role, after = f"{role} {after[0]}", after[1:]
        if m.group(1) == "الفريق" and not _ar_is_given(after[0]):
            continue  # "الفريق الإيطالي", "الفريق بفارق": the team; the rank of general comes before a given name
        for k, w in enumerate(after):
            # (a given name that is also a word of time right after the title opens the name, "الشيخ صباح الأحمد",
            # unless a word of time follows it: "السيد صباح اليوم")
            given_first = k == 0 and _ar_is_given(w) and len(after) > 1 and after[1] not in _AR_NOT_NAMES
            given_first = given_first and after[1] not in _AR_TIME_WORDS and after[1] not in AR_ROLE_NOUNS
            if (w in _AR_NOT_NAMES and not given_first) or w in AR_ROLE_NOUNS or _ar_core(w) in AR_ROLE_NOUNS:
                break
            if k == 0 and w[:1] == "و" and not _ar_is_given(w) and not _transliterated(w):
                break  # "لانتخاب الرئيس ومنع البلد": "and" opens the next item, no name (وليد is one)
            if len(kept) == 5:
                break
            if kept and kept[-1].startswith("ال") and w.endswith("ة") and not _ar_is_given(w):
                break  # "لأمير الكويت الشيخ X الY مكانة عظيمة": an indefinite noun after the family name, the clause's
            if _ar_linked(after, k) or _ar_glued_body(w) or w in AR_ORG_WORDS:
                break  # "الرئيس اللبناني لشؤون ...": the role's chain goes on, no name here
            if kept and _ar_next_item(w):
                break  # "النائب محمد الحويلة والوزير ...", "... للصحفيين": the name ended
            if kept and len(w) >= 4 and w[0] in "بل" and glued_non_name(w[1:]) and not _ar_is_given(w):
                break  # "وأشاد الدكتور X Y بجميع العاملين": a preposition glued to a quantifier, the verb's
            if kept and kept[-1] not in ("بن", "بنت", "ابن") and object_noun(w):
                break  # ar_object_nouns: "وأكد الوزير بن علوي دعم السلطنة": the verb's object after the name
            if kept and _imperfect_before_preposition(after, k):
                break  # "السيد فهد يتوجه إلى ...": the verb after the name, its preposition after it
            if len(kept) == 1 and imperfect_before_object(after, k):
                break  # "الأمير X يدشن مركزا", "الأمير X يرعى غدا": the verb after one name, then its object or time
            if len(kept) >= 2 and _compound_ordinal(after, k):
                break  # "عيد ميلاد آية الله X Y الخامس والثمانين": the birthday's ordinal, not the name's
            kept.append(w)
        while kept and kept[0].startswith("ال") and not _ar_definite_given(kept[0]):
            role += " " + kept.pop(0)  # "الرئيس الجمهوري السابق X": definite adjectives go on the title
        # (compared folded: "X زكى ..." after "X زكي", the final ya written without its dots, is that person)
        longer = any(fold(f" {' '.join(kept)} ").find(fold(f" {p.name} ")) >= 0 for p in index.people)
        if len(kept) >= 2 and not index.find(" ".join(kept)) and not longer:
            if name_evidence(s.text, kept, index, recurring, s.index):  # ("الوزير قد عرض ورقة": a clause)
                # ("الناطق الرسمي باسم الوزارة د. X": the office before the title is the holder's, with the title)
                office = office_before_title(s.text[: m.start(1)])
                index.add(" ".join(kept), f"{office} {role}".strip(), s.index)  # (a known name and more: nobody)
