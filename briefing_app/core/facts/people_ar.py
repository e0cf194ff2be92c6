"""Arabic people and their roles. Arabic has no capitals, so a person comes from a title or role before
the name (رئيس الوزراء اليوناني أنتونيس ساماراس), a name then its role (مصطفى الصباغ، رئيس ...), a speech
verb and its subject (وقال ...), a list or a repeated pair that starts with a known given name."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_context import find_context_names
from briefing_app.core.facts.people_ar_honorifics import role_without_address, without_honorifics
from briefing_app.core.facts.people_ar_lists import find_listed_names
from briefing_app.core.facts.people_ar_namesakes import drop_namesakes
from briefing_app.core.facts.people_ar_nasab import mend_lineage_names
from briefing_app.core.facts.people_ar_offices import mention_offices
from briefing_app.core.facts.people_ar_posts import find_posts
from briefing_app.core.facts.people_ar_relations import find_related_names
from briefing_app.core.facts.people_ar_relative import find_relative_names
from briefing_app.core.facts.people_ar_tagged import find_tagged_names
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_INNER,
    _AR_NAME_LINKS,
    _AR_NAME_STOP,
    _AR_NOT_NAMES,
    _AR_PLACE_KINDS,
    _AR_TIME_WORDS,
    _AR_VERBISH,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_core,
    _ar_definite_given,
    _ar_glued_body,
    _ar_is_given,
    _ar_linked,
    _ar_name_at,
    _ar_name_next,
    _ar_next_item,
    _transliterated,
    ar_construct_head,
    ended_by_object,
)
from briefing_app.core.facts.people_index import PeopleIndex

__all__ = ["AR_SPEECH", "find_arabic_people"]  # AR_SPEECH lives in people_ar_words; people.py reads it here

# More verbs that introduce a named person (warned, revealed, denied, demanded ...): for finding people only;
# the quote finder keeps AR_SPEECH, whose verbs introduce quotes.
_AR_SPEECH_PEOPLE = AR_SPEECH[:-1] + (
    r"|أفاد|أفادت|حذر|حذرت|رأى|رأت|كشف|كشفت|نفى|نفت|طالب|طالبت|نوه|نوهت|أردف|أردفت|تحدث|تحدثت)"
)


def find_arabic_people(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the Arabic sentences name, into `index`."""
    # "وأوضح معالي وزير الصحة الدكتور ...": an honorific is a style of address, part of no role or name
    sentences = [replace(s, text=_unspaced(without_honorifics(s.text))) for s in sentences]
    for s in sentences:
        _arabic_people(s, index)
        find_context_names(s, index)
    _arabic_repeated_names(sentences, index)
    for s in sentences:
        _arabic_partners(s, index)
    mend_lineage_names(sentences, index)  # "فهد بن سعد آل سالم": a name built by lineage, read whole
    _appositive_roles(sentences, index)
    find_related_names(sentences, index)  # "بنظيره الأمريكي X Y": a counterpart, colleague, rival
    find_listed_names(sentences, index)  # "كل من X Y وZ W": the names of a list after its cue
    find_relative_names(sentences, index)  # "بواسطة X Y الذي ...": a name a relative clause describes
    find_tagged_names(sentences, index)  # the names no cue introduces, as the statistical tagger reads them
    # A "name" holding a preposition or particle is a clause the shapes above misread ("عنه من قبل لكنه").
    # A "name" holding a body's or a group's noun is a subject the shapes above misread ("مراسلة قناة ...",
    # "أحد مهندسي المصنع").
    index.people = [
        p
        for p in index.people
        if not any(w in _AR_NAME_STOP or w in AR_ORG_WORDS or w in _AR_COLLECTIVE or _ar_glued_body(w)
                   or w in _AR_PLACE_KINDS or len(w) < 2  # (د: an abbreviation's letter)
                   or (w.startswith("ال") and w[2:] in _AR_PLACE_KINDS) or w == "البلاد"  # "حرص المملكة"
                   for w in p.name.split())
        and not p.name.startswith(("بال", "لل"))  # "ونوه بالدور الكبير": a glued preposition's object
        and not _prepositional(p.name.split())  # "ونوه ... بجهود الجهات الأمنية": the same, in construct
        and "و" + p.name.split()[0] not in AR_ROLE_NOUNS  # "وزير خارجية" read as و and "زير"
        and not _accusative_pair(p.name.split())  # "ووصف X الحادث هجوما إرهابيا": a noun and its adjective
    ]  # fmt: skip
    drop_namesakes(sentences, index)  # "جامعة الملك سعود": an institution's name, no person
    find_posts(sentences, index)  # "X، الذي يشغل منصب ...": the post held
    for p in index.people:
        p.role = role_without_address(p.role)  # "وزير الصحة الدكتور X": the title is the person's, after the office
    mention_offices(sentences, index)  # "... رئيس الجامعة X ... أوضح رئيس الجامعة": the office names X again


def _accusative_pair(words: list[str]) -> bool:
    """Two words that both end in the accusative's alif ("هجوما إرهابيا", "موقفا حازما": an indefinite noun and
    its adjective, a verb's object or predicate), neither a known given name nor spelled like a foreign name
    (which spells its vowels out: "ماريا شارابوفا")."""
    return (
        len(words) == 2
        and all(w.endswith("ا") and len(w) > 3 and not _ar_is_given(w) for w in words)
        and not _transliterated(words[0])  # (the adjective's ـيا reads like a foreign name's vowels: إرهابيا)
    )


def _unspaced(text: str) -> str:
    """The sentence with punctuation set against the word before it, as most Arabic copy writes it: some copy
    spaces every mark ("فلوريدا ، رون ديسانتيس ، الأحد"), which the readers of names between commas and before a
    colon would otherwise read as words of the name."""
    return re.sub(r"(?<=[\u0621-\u064a\d])\s+([،,:؛.!؟?)])", r"\1", text)


def _arabic_people(s: SourceSentence, index: PeopleIndex) -> None:
    """After a speech verb: "ROLE ... NAME" (قال رئيس الجمعية ناصر التويم) or "NAME ROLE" (قال عبد الرؤوف أحد
    زعماء الحركة); a known surname alone (وشرح التويم); and a title before a name (الدكتور ...)."""
    for m in re.finditer(rf"(?:^|\s){_AR_SPEECH_PEOPLE}\s+([^،:«\".]+)(?:،\s*([^،:«\"]+))?", s.text):
        # "ممثلة الأمم المتحدة في جنوب السودان هيلدا جونسون": "in" a known place stays inside the role
        clause = re.sub(
            r"\s+في\s+((?:[\u0621-\u064a]+\s+){0,2}[\u0621-\u064a]+)",
            lambda p: f" في\u200c {p.group(1)}" if _place_prefix(p.group(1)) else p.group(0),
            m.group(1),
        )
        segment = re.split(
            r"\s+(?:[بو]?أن|[فو]?إن|إنها|إنه|[بو]?أنه|[بو]?أنها|إنهم|[بو]?أنهم|ل|في|خلال|عن|على|إلى|لـ)(?:\s|$)", clause
        )[0]
        segment = segment.replace("\u200c", "")
        words = [w for w in segment.split() if w]
        if not words or words[0] in AR_ORG_WORDS or words[0] in _AR_NOT_NAMES:
            continue
        known = index.find(words[0])
        if known is not None:
            index.add(words[0], None, s.index)
            continue
        role_words = 0
        while role_words < len(words) and (
            _ar_core(words[role_words]) in AR_ROLE_NOUNS
            or _ar_core(words[role_words]).removesuffix("ة") in AR_ROLE_NOUNS
            or words[role_words] in AR_TITLES
            or words[role_words] in AR_ROLE_NOUNS
        ):
            role_words += 1
        named_after = (m.group(2) or "").strip().split()
        rest_of_role = words[role_words:]
        # "المتحدث باسم المكتب الإقليمي لشؤون الهجرة، ...": the rest is the role's chain, no name
        # ("حاكم ولاية فلوريدا، ...": a kind of place and a known place are the role's chain too)
        chain_only = all(
            w.startswith(("ال", "لل", "بال"))
            or w in AR_ORG_WORDS
            or w in _AR_PLACE_KINDS
            or w in known_names()
            or (k and rest_of_role[k - 1] in _AR_PLACE_KINDS)  # "ولاية X": the kind names the place after it
            or _ar_linked(rest_of_role, k)
            for k, w in enumerate(rest_of_role)
        )
        if (
            role_words
            and (len(rest_of_role) < 2 or chain_only)
            and 2 <= len(named_after) <= 4
            and (
                _ar_is_given(named_after[0])
                or _transliterated(named_after[0])
                or _tagged_person(s.text[m.end(1) :], " ".join(named_after))
            )
        ):
            # "وقالت المتحدثة باسم المفوضية، سارة نور، إن ...": the role, then the name in commas
            if not named_after[0].startswith("ال") and not any(w in _AR_NOT_NAMES for w in named_after):
                index.add(" ".join(named_after), " ".join(words), s.index)
                continue
        if role_words:
            tail = words[role_words:]
            while len(tail) > 2 and _ar_next_item(tail[-1]):
                tail = tail[:-1]  # "... ليلى حسن للصحفيين": a glued preposition's object ends the clause
            if len(tail) < 2 and not (role_words == 1 and words[0] in AR_TITLES and tail):
                continue
            if all(w in AR_TITLES for w in words[:role_words]):
                while len(tail) > 2 and tail[0].startswith("ال") and not _ar_definite_given(tail[0]):
                    role_words, tail = role_words + 1, tail[1:]  # الرئيس الفرنسي إيمانويل ماكرون: an adjective
                name = tail[:5]  # a title: the name follows it (العميد أحمد بن علي الكعبي)
                name = name[
                    : next(  # ... up to the verb's object, a feminine noun (محمد ولد سالم حالة الطوارئ)
                        (
                            k
                            for k in range(2, len(name))
                            if _ar_object_noun(name[k]) and name[k - 1] not in _AR_NAME_LINKS
                        ),
                        len(name),
                    )
                ]
            elif any(w in ("بن", "بنت") for w in tail[1:]):
                first = next(i for i, w in enumerate(tail) if w in ("بن", "بنت") and i > 0) - 1
                name = tail[first:]
            else:  # a role: the name is the last two or three words (رئيس جمعية ... ناصر التويم)
                name = tail[-2:]
                if len(tail) >= 3 and not tail[-3].startswith(("ال", "لل", "بال")) and tail[-3] not in known_names():
                    name = tail[-3:]
                # unless a name opens right after the role's definite words, and the verb's object follows it:
                # "أعلن قائد الفصيل أبو خالد الشامي انسحاب مقاتليه"
                start = next((k for k, w in enumerate(tail) if not w.startswith(("ال", "لل"))), len(tail))
                opened = _ar_name_at(tail, start)
                if len(opened) >= 2 and (opened[0] in _AR_NAME_LINKS or _ar_is_given(opened[0])):
                    name = opened
            if all(w.startswith(("ال", "لل", "بال")) for w in name):
                continue  # وزير الدفاع الباكستاني, المتحدث الرسمي للهيئة: a role, no name
            if words[:role_words] in (["أحد"], ["إحدى"]) and name == tail:
                continue  # "قال أحد مهندسي المصنع": one of a group, its plural noun is no name
            if name == tail[:5]:
                role = " ".join(words[:role_words])
            else:
                at = next(i for i in range(len(tail)) if tail[i : i + len(name)] == name)
                role = " ".join(words[:role_words] + tail[:at])
            after_role = (m.group(2) or "").strip()
            described = bool(re.match(r"(?:وهي|وهو)\s+", after_role))  # "..., وهي معلمة": whatever follows
            after_role = re.sub(r"^(?:وهي|وهو)\s+", "", after_role)
            if after_role and (described or any(_ar_core(w) in AR_ROLE_NOUNS or w in AR_ROLE_NOUNS
                                                for w in after_role.split()[:2])):  # fmt: skip
                role = f"{role}، {after_role}"
            index.add(" ".join(name), role, s.index)
            continue
        if words[0].startswith("ال") and words[0] not in ("الشيخ",):
            name = _ar_definite_name(words) if _ar_definite_given(words[0]) else []
            if len(name) >= 2 and not any(w in known_names() for w in name[:2]):  # (a father may be a place's namesake)
                index.add(" ".join(name), None, s.index)  # "قال الحبيب الورداني": a given name with the article
            continue  # a common noun: قال المتظاهرون
        given_at = next(
            (k for k in range(2, min(len(words), 6)) if _ar_is_given(words[k]) and words[k - 1].startswith("ال")), None
        )
        if given_at is not None and (_transliterated(words[0]) or words[given_at] in _AR_FUNCTION):
            given_at = None  # "أكد X Y أهمية الحوار بين ...": a foreign name opens it, and بين is "between"
        if given_at is not None and not _ar_is_given(words[0]):
            # "قال عالم الأرصاد الجوية فادي نصر": a description closed by a definite word, then a known given name
            name = _ar_name_from(words, given_at)
            if len(name) >= 2:
                index.add(" ".join(name), " ".join(words[:given_at]), s.index)
            continue
        name_words: list[str] = []
        for w in words:
            if _ar_core(w) in AR_ROLE_NOUNS or w in AR_ROLE_NOUNS or len(name_words) == 4:
                break
            if not re.fullmatch(r"[\u0621-\u064a]+", w):
                break  # "ليلى خوري (45 عاما)": an age or a mark ends the name
            if name_words and _ar_next_item(w) or ended_by_object(name_words, w):
                break  # (the verb's object after a foreign name: "أكد X Y ضرورة ...")
            name_words.append(w)
        rest = words[len(name_words) :]
        if len(name_words) < 2 or any(w in known_names() or w in _AR_TIME_WORDS for w in name_words):
            continue
        definite = [w for k, w in enumerate(name_words) if w.startswith("ال") and w not in _AR_INNER
                    and not (k and name_words[k - 1] in _AR_NAME_LINKS)]  # fmt: skip
        if len(definite) >= 2 or (definite and name_words[1:2] != definite[:1] and not _ar_is_given(name_words[0])):
            continue  # "أكد مدير مكتب الشركة الإقليمي": a construct chain and its adjective, no name
        if _ar_common_subject(name_words):
            continue  # "قال مسؤولون أمريكيون", "قال دبلوماسي غربي", "قالت وسائل إعلام محلية": no name
        if rest and not (_ar_core(rest[0]) in AR_ROLE_NOUNS or rest[0] in AR_ROLE_NOUNS):
            rest = []  # "للصحفيين ...": what follows the name is no role
        role_after = " ".join(rest) or (m.group(2) or "").strip()
        described = bool(re.match(r"(?:وهي|وهو)\s+", role_after))
        role_after = re.sub(r"^(?:وهي|وهو)\s+", "", role_after)
        if not rest and not described and not any(_ar_role_word(w) for w in role_after.split()[:2]):
            role_after = ""
        index.add(" ".join(name_words), role_after or None, s.index)
    _arabic_role_names(s, index)
    _arabic_name_then_role(s, index)
    _arabic_name_lists(s, index)
    titles = "|".join(re.escape(t) for t in AR_TITLES)
    for m in re.finditer(rf"(?:^|\s)[وب]?({titles})((?:\s+[\u0621-\u064a]+){{2,5}})", s.text):
        kept: list[str] = []
        after = m.group(2).split()
        if m.group(1) == "الفريق" and not _ar_is_given(after[0]):
            continue  # "الفريق الإيطالي", "الفريق بفارق": the team; the rank of general comes before a given name
        for k, w in enumerate(after):
            if w in _AR_NOT_NAMES or w in AR_ROLE_NOUNS or _ar_core(w) in AR_ROLE_NOUNS or len(kept) == 5:
                break
            if _ar_linked(after, k) or _ar_glued_body(w) or w in AR_ORG_WORDS:
                break  # "الرئيس اللبناني لشؤون ...": the role's chain goes on, no name here
            if kept and _ar_next_item(w):
                break  # "النائب محمد الحويلة والوزير ...", "... للصحفيين": the name ended
            kept.append(w)
        role = m.group(1)
        while kept and kept[0].startswith("ال") and not _ar_definite_given(kept[0]):
            role += " " + kept.pop(0)  # "الرئيس الجمهوري السابق X": definite adjectives go on the title
        longer = any(f" {' '.join(kept)} ".find(f" {p.name} ") >= 0 for p in index.people)
        if len(kept) >= 2 and not index.find(" ".join(kept)) and not longer:
            index.add(" ".join(kept), role, s.index)  # (a known name and words after it add nobody)


def _prepositional(words: list[str]) -> bool:
    """A noun glued to ب or ل then a definite genitive (بجهود الجهات، لدعم القطاع): a verb's complement, no
    name, unless the first word is a known given name (بدر، بسام) or spelled like a foreign one."""
    return (
        len(words) >= 2
        and words[0][:1] in ("ب", "ل")
        and words[1].startswith("ال")
        and not _ar_is_given(words[0])
        and not _transliterated(words[0])
    )


def _ar_name_from(words: list[str], start: int) -> list[str]:
    """A name from `start`: the given name and up to three more words, up to the next title, function word
    or glued preposition; a linking word (عبد، بن، أبو) or another given name (a father's name) goes on."""
    name = [words[start]]
    for w in words[start + 1 :]:
        if not re.fullmatch(r"[\u0621-\u064a]+", w) or _ar_next_item(w) or w in _AR_NOT_NAMES or len(name) == 4:
            break
        if w in AR_ROLE_NOUNS:
            break
        name.append(w)
        if not (w in _AR_NAME_LINKS or _ar_is_given(w)) and len(name) >= 2:
            break  # a family name ends it, unless it is one more given name (محمد علي حسن)
    return name


def _arabic_repeated_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A known given name and the word after it, written the same way in two or more sentences ("هادي
    البحرة" in the headline and the text): a person named without a title. A common word that is also a
    given name rarely comes twice with the same next word."""
    pairs: dict[tuple[str, str], list[int]] = {}
    free: set[tuple[str, str]] = set()
    for s in sentences:
        words = re.findall(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+", s.text)
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
            name = _ar_name_from([w, *words[i + 1 : i + 5]], 0)
            if len(name) < 2 or any(x in _AR_NAME_STOP or x in AR_ORG_WORDS or _AR_VERBISH.match(x) for x in name[1:]):
                continue
            if name[0] in _AR_NAME_LINKS or f"{name[0]} {name[1]}" in known_names() or name[1] in known_names():
                continue  # أبو ظبي: a place
            if name[1].endswith("ي") and not _ar_is_given(name[1]) and not _transliterated(name[1]):
                continue  # "حكم قضائي": a noun that is also a given name, and its adjective
            key = (name[0], name[1])
            after = words[i + 2] if i + 2 < len(words) else ""
            if not ar_construct_head(name[1], after):
                free.add(key)  # once not heading a construct chain: the pair may be a name
            if s.index not in pairs.setdefault(key, []):
                pairs[key].append(s.index)
    for (given, family), where in pairs.items():
        if len(where) >= 2 and (given, family) in free and index.find(f"{given} {family}") is None:
            for sentence in where:
                index.add(f"{given} {family}", None, sentence)


def _arabic_partners(s: SourceSentence, index: PeopleIndex) -> None:
    """ "على يد الثنائي جان كوم وبريان أكتون", "مثل رونالدو ولويس فيجو": a known person's name, then و and
    two words shaped like a name (no article, no function word, verb, place, role or body): the person
    named with them. Foreign given names are missing from the given-name list; the partner shows it."""
    words = re.findall(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+", s.text)
    for known in {tuple(p.name.split()[k:]) for p in index.people for k in (0, len(p.name.split()) - 1)}:
        # (the whole name, or its last word: "رونالدو ولويس فيجو" after "كريستيانو رونالدو")
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
    )


def _arabic_name_lists(s: SourceSentence, index: PeopleIndex) -> None:
    """Names joined by و, each starting with a known given name and at least two words long ("خالد سعيد
    ومنى رشيد وعمر فاروق"): a list of people, even with no title; one member already known is enough for
    a list of two."""
    words = re.findall(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+", s.text)
    i = 0
    while i < len(words):
        if not _ar_is_given(words[i]) or (i and words[i - 1] in AR_TITLES):
            i += 1
            continue
        items = [_ar_name_from(words, i)]
        j = i + len(items[-1])
        while j < len(words):
            k = j + 1 if words[j] in ("،", ",") else j  # "خالد سعيد، منى رشيد، وعمر فاروق"
            if k >= len(words):
                break
            first = words[k][1:] if words[k].startswith("و") and _ar_is_given(words[k][1:]) else words[k]
            if not _ar_is_given(first) or (k == j and first == words[k]):
                break  # a member joins with a comma or with و
            item = _ar_name_from([first, *words[k + 1 :]], 0)
            items.append(item)
            j = k + len(item)
        whole = [it for it in items if len(it) >= 2]
        known = any(index.find(" ".join(it)) for it in whole)
        if len(whole) == len(items) and (len(items) >= 3 or (len(items) == 2 and known)):
            for it in items:
                index.add(" ".join(it), None, s.index)
        i = max(j, i + 1)


def _ar_common_subject(words: list[str]) -> bool:
    """Whether a speech verb's subject is a common noun phrase, not a name: a collective noun, or a first
    word with a plural or feminine ending (-ون، -ية) that is no given name ("ناشطون سوريون"). Foreign
    family names end so too (كلينتون، بوتين), so only the first word counts."""
    first = words[0].removeprefix("و") if len(words[0]) > 3 else words[0]
    if first in _AR_COLLECTIVE or words[0] in _AR_COLLECTIVE:
        return True
    return len(first) >= 5 and first.endswith(("ون", "ية")) and not _ar_is_given(first)


# Two-letter words that are particles, pronouns or prepositions, never a short given name.
_AR_SHORT_WORDS = {"لم", "لن", "قد", "هو", "هي", "لا", "ما", "من", "في", "عن", "أن", "إن", "كل", "بل", "ثم",
                   "أو", "هل", "مع", "إذ", "له", "لك", "به", "يا", "كم", "ذا", "أي", "لو", "عل", "ان", "او",
                   "ام", "أم"}  # fmt: skip
_AR_ROLE_AFTER = re.compile(
    r"(?:^|[،,:(]\s*|\s)و?([\u0621-\u064a]{2,}\s+[\u0621-\u064a]{3,})،?\s+"
    r"((?:رئيس|رئيسة|رئيسا|وزير|وزيرة|زعيم|نائب|مدير|مديرة|أمين|سفير|المتحدث|الناطق|عضو|أحد|مؤسس|ممثل|ممثلة|"
    r"مستشار|مستشارة|مبعوث|منسق|منسقة|قائد|مسؤول|مسؤولة|الأمين|المدير|الرئيس|المتحدث|"
    # founders, prosecutors, singers, players and coaches, in apposition after their names
    r"المؤسس|مدعي|المدعي|مغني|المغني|لاعب|اللاعب|مدرب|المدرب|حارس)ة?(?![\u0621-\u064a])"
    r"(?:\s+[^،.:\"«»]{2,40})?)"
)


def _place_prefix(words: str) -> bool:
    """Whether the words start with a place the gazetteer knows (جنوب السودان, لبنان)."""
    parts = words.split()
    return any(" ".join(parts[:n]) in known_names() for n in range(len(parts), 0, -1))


def _ar_role_place(words: list[str], i: int) -> bool:
    """Whether words[i] is في opening where the role is held, a definite noun or a body after it ("النائبة في
    البرلمان الأردني سلمى ...", "مدير المبيعات في شركة ..."): the role goes on."""
    return (
        words[i] == "في"
        and i + 1 < len(words)
        and (words[i + 1].startswith("ال") or words[i + 1] in AR_ORG_WORDS or words[i + 1] in known_names())
    )


def _ar_name_in_commas(text: str) -> list[str]:
    """The name that `text` opens between commas ("، جون كيري، ..."): two or three words, the first a known
    given name or spelled like a foreign one, none a function word; [] for anything else."""
    m = re.match(r"\s*،\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2})\s*[،,]", text)
    if m is None:
        return []
    words = m.group(1).split()
    if not (_ar_is_given(words[0]) or _transliterated(words[0]) or _tagged_person(text, m.group(1))):
        return []
    name = _ar_name_at(words, 0, foreign_ok=True)
    return name if len(name) == len(words) else []


def _tagged_person(text: str, words: str) -> bool:
    """Whether the statistical tagger reads `words`, set off by commas after a role, as a person's whole name
    ("، رون ديسانتيس،"): a foreign given name no list holds, which the role and the commas already frame."""
    return any(e.type == "PER" and e.text == words and e.margin > 0 for e in tag_sentence(text))


def _ar_definite_name(words: list[str]) -> list[str]:
    """A name whose given name carries the article (الحبيب الورداني، الطاهر بن سالم): the given name and a
    family name, with or without the article, or بن/ولد and the father's name; [] for anything else."""
    if len(words) < 2:
        return []
    second = words[1]
    if second in ("بن", "بنت", "ولد") and len(words) > 2 and not _ar_next_item(words[2]):
        return words[:3]
    if _ar_next_item(second) or second in _AR_NOT_NAMES or second in AR_ROLE_NOUNS or second in _AR_HEADS:
        return []
    if _AR_VERBISH.match(second) and not _transliterated(second):
        return []
    return words[:2]


def _ar_role_word(word: str) -> bool:
    """A role noun or a profession that heads a description (رئيس، الناشطة، المدير): what follows a name in
    commas is then its role."""
    return _ar_core(word) in AR_ROLE_NOUNS or word in _AR_HEADS or word.removesuffix("ة") in _AR_HEADS


def _ar_object_noun(word: str) -> bool:
    """A feminine noun that is no given name (حالة، خطة): after a name, the verb's object."""
    return word.endswith("ة") and not _ar_is_given(word)


def _ar_verb_complement(word: str) -> bool:
    """A verbal noun glued to ب or ل after a role's chain ("اتهم X مدعي المحكمة بإخفاء ..."): the verb's
    complement, not the role's, unless it names a body (بوزارة) or carries the article (بالشؤون)."""
    return word[:1] in ("ب", "ل") and not word.startswith(("بال", "لل")) and word[1:] not in AR_ORG_WORDS


def _arabic_name_then_role(s: SourceSentence, index: PeopleIndex) -> None:
    """NAME ROLE: "إيفانغيلينوس فينيزيلوس رئيس الحركة", "مصطفى الصباغ، رئيس كتلة المجالس"."""
    for m in _AR_ROLE_AFTER.finditer(s.text):
        words = m.group(1).split()
        family_ok = _ar_is_given(words[0].removeprefix("و") if len(words[0]) > 3 else words[0])
        if any(
            (w.startswith("ال") and not (k == 1 and family_ok))  # "مصطفى الصباغ، رئيس ...": a known given name
            or w in _AR_NOT_NAMES
            or (w in known_names() and not (k == 1 and family_ok))
            or w in AR_ROLE_NOUNS
            for k, w in enumerate(words)
        ):
            continue
        first = words[0][1:] if words[0].startswith("و") and len(words[0]) > 2 else words[0]
        if _AR_VERBISH.match(first) or first in _AR_NOT_NAMES or first in _AR_FUNCTION or words[0] in AR_ORG_WORDS:
            continue
        if any(re.fullmatch(AR_SPEECH, w) or w in _AR_FUNCTION for w in words):
            continue
        if first.endswith("ت") and not _ar_is_given(first) and not _transliterated(first):
            continue  # "وأثارت زيارة وزير ...": a verb in -ت opens a clause, no name
        comma = "،" in s.text[m.end(1) : m.start(2)]
        if len(first) == 2 and (not comma or first in _AR_SHORT_WORDS):
            continue  # a two-letter given name (سو، لي، جو) only before a comma and a role
        words[0] = first
        role_words = m.group(2).split()[:5]
        cut = next(
            (
                k
                for k, w in enumerate(role_words)
                if (k >= 2 and _ar_verb_complement(w))
                or (k >= 1 and (w in _AR_NOT_NAMES or w in _AR_FUNCTION) and not _ar_role_place(role_words, k))
            ),
            len(role_words),
        )  # (and before a conjunction or function word: "وزير الدولة أن ...")
        role = " ".join(role_words[:cut])  # "مدعي المحكمة العليا بإخفاء الأدلة": the role ends before the verb's بـ
        if role.startswith("ال") and not comma and not _ar_is_given(first) and not _transliterated(first):
            continue  # "وتسليم منصب الأمين العام": with no comma, only a known given name opens a name before a title
        index.add(" ".join(words), role, s.index)


def _ar_construct(words: list[str], i: int) -> bool:
    """Whether words[i], without the article, is the first noun of a construct chain that a definite word
    closes ("وزير خارجية الإمارات": the minister of the foreign affairs of the Emirates), not a name's first
    word ("ناصر التويم"): no known given name, no verb's shape, no function word."""
    w = words[i]
    return (
        i + 1 < len(words)
        and (words[i + 1].startswith("ال") or words[i + 1] in known_names())
        and not _ar_is_given(w)
        and not _AR_VERBISH.match(w)
        and w not in _AR_FUNCTION
        and w not in _AR_NOT_NAMES
        and w.endswith(("ة", "ات", "ية"))
    )


def _arabic_role_names(s: SourceSentence, index: PeopleIndex) -> None:
    """ROLE and its genitive, then a name: رئيس الوزراء اليوناني أنتونيس ساماراس, الرئيس السابق للائتلاف أحمد
    الجربا. The role runs over definite words (ال, لل) and known places; the name is the next one to three
    words without the article, and one family name with it."""
    # the longest form first (المتحدثة, not المتحدث); a definite head also after ل, which drops the article's
    # alif ("للمخرج بن آفليك": by the director Ben Affleck)
    forms = set(_AR_HEADS) | {"لل" + h[2:] for h in _AR_HEADS if h.startswith("ال")}
    heads = "|".join(sorted(forms, key=len, reverse=True))
    # A head may carry a possessive ending ("ونائبه السابق": his former deputy), and a second title joins
    # the first with و ("والوزير والنائب السابق ..."): both stay inside the role.
    shape = rf"(?:^|(?<=\s))[وبل]?(?=((?:{heads})(?:ة)?(?:ه|ها)?)((?:\s+[\u0621-\u064a]+){{1,12}}))"
    for m in re.finditer(shape, s.text):
        words = m.group(2).split()
        head = "ال" + m.group(1)[2:] if m.group(1).startswith("لل") else m.group(1)
        role = [head]
        # After a profession or office, a word of a verb's shape is still a name's first word when a name's
        # next word follows it: transliterated names often start like a verb (ستيفن سبيلبرغ, يوتو ناغاموتو,
        # تيمو), whereas a verb after its subject is followed by its object or a particle.
        i = 0
        while (
            i < len(words)
            and len(role) < 9
            and (
                words[i].startswith(("ال", "لل", "بال"))
                # (a given name that is also a place's, right after a title, opens the name: الدكتور سالم ...)
                or (words[i] in known_names() and not (role[-1] in AR_TITLES and _ar_is_given(words[i])))
                or _ar_core(words[i]) in AR_ROLE_NOUNS
                or (words[i][:1] == "و" and words[i][1:] in _AR_HEADS)
                or _ar_construct(words, i)
                or _ar_linked(words, i)
                or _ar_role_place(words, i)
            )
        ):
            if words[i] in ("الذي", "التي", "الذين"):
                break
            role.append(words[i])
            i += 1
        if i < len(words) and words[i] in AR_ORG_WORDS:
            # "مدير قناة الأفق سامي نور": the body the role heads and its own name, then a known given name
            candidates = [k for k in range(i + 1, min(i + 4, len(words))) if _ar_is_given(words[k])]
            # the given name before a family name, not a body's name that is also a given name (إذاعة أمل نبيل ...)
            closing = [k for k in candidates if k + 1 < len(words) and not _ar_is_given(words[k + 1])]
            if closing or candidates:
                given = (closing or candidates)[0]
                role, i = role + words[i:given], given
        name = _ar_name_at(words, i)
        if i == len(words) and len(role) >= 2:
            # "التقى وزير الخارجية الأمريكي، جون كيري، نظيره": the role, then the name between commas
            name = _ar_name_in_commas(s.text[m.end(2) :]) or name
        if (
            len(name) < 2
            and len(role) >= 3
            and _ar_definite_given(role[-2])
            and role[-1] not in AR_ROLE_NOUNS
            and not role[-1].startswith(("لل", "بال"))  # "المتحدث الرسمي للهيئة": a glued preposition's object
        ):
            # "الرئيس الموريتاني السابق الحبيب الورداني": a given name with the article ends the chain
            name, role = role[-2:], role[:-2]
        role = _after_complement(role)
        if len(role) < 2 and not head.startswith("ال"):  # (للمخرج: a definite head after ل)
            continue  # a bare "رئيس" is too often a common noun
        if any(re.fullmatch(AR_SPEECH, w) for w in name):
            continue  # "... المرزوقي كلمة أكد فيها": the role ran over the name, what is left is no name
        if len(name) >= 2 or (name and index.find(name[0]) is not None):
            index.add(" ".join(name), " ".join(role), s.index)


def _after_complement(role: list[str]) -> list[str]:
    """A role read across a verb's prepositional complement ("المدرب بأداء اللاعب الفرنسي": the coach praised
    the performance of the player): the definite role noun after the glued preposition starts the name's role."""
    for k in range(len(role) - 1, 0, -1):
        w = role[k - 1]
        glued = w[:1] in "بل" and not w.startswith(("بال", "لل")) and w not in ("باسم", "لدى", "لشؤون")
        if glued and (role[k] in _AR_HEADS or role[k] in AR_TITLES):
            return role[k:]
    return role


def _appositive_roles(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """ "... أيدين كوليف، الصحفي والناشط في الدفاع عن ...": a found name with no role, then a comma and a
    definite title or profession (an appositive): the role is the appositive, up to the next mark."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        if person.role:
            continue
        for i in person.sentences:
            m = re.search(
                rf"(?<![\u0621-\u064a]){re.escape(person.name)}\s*،\s*([\u0621-\u064a]+)((?:\s+[\u0621-\u064a]+)*)",
                texts.get(i, ""),
            )
            if m is None or m.group(1) not in _AR_HEADS or not m.group(1).startswith("ال"):
                continue
            words = [m.group(1)]
            for w in m.group(2).split()[:7]:
                inner = w in ("في", "عن", "على")  # (the appositive's own complement: الناشط في الدفاع عن ...)
                if (w in _AR_NOT_NAMES and not inner) or w in _AR_FUNCTION or re.fullmatch(AR_SPEECH, w):
                    break  # the clause goes on: "X، الصحفي الذي ..." keeps "الصحفي"
                words.append(w)
            person.role = " ".join(words)
            break
