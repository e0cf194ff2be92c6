"""Arabic names built by lineage, as Gulf news writes them in full: a given name, then بن/ابن/بنت (son or
daughter of) and the father's name, as many times as the article gives, then a family name with آل (آل
سالم) or with the article (القحطاني). The general readers cut such names after two or three words, or run
them into the word after; this module reads the chain by its own grammar, mends the names found inside it
and adds a chain that opens with a known given name. A role right after the chain (أمير منطقة ...، مدير
عام ...، إمام وخطيب ...) is the person's."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_glued_names import glued
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    _AR_TIME_WORDS,
    AR_EVENT_WORDS,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _ar_possessed_role,
)
from briefing_app.core.facts.people_index import PeopleIndex, Person, fold, merge_roles
from briefing_app.core.facts.per_document import per_document

_LINKS = ("بن", "ابن", "بنت")
# Heads of a role after a name in agency copy, beyond the shared role nouns: an imam and preacher, an
# undersecretary, a governor, a dean, an heir (ولي العهد).
_ROLE_HEADS = {"إمام", "خطيب", "وكيل", "محافظ", "أمير", "عميد", "رئيسة", "مديرة", "ولي"}
# Words that end a role read after a name: the complementisers of reported speech and prepositions.
_ROLE_END = {"أن", "إن", "بأن", "إلى", "على", "عن", "خلال", "أمس", "اليوم", "قائلا", "قائلة", "مؤكدا", "مؤكدة"}
# A Hadrami family name, "Ba" and the ancestor's name (باعشن، باوزير، باخشب); not ب and the article (بالرياض).
HADRAMI = re.compile(r"با(?!ل)[\u0621-\u064a]{3,}")
_WORD = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]+")


def _given(word: str) -> bool:
    """A known given name, or a compound with عبد written as one word (عبدالله، عبدالعزيز)."""
    return _ar_is_given(word) or (word.startswith("عبد") and len(word) > 5 and not word.startswith("عبدة"))


_PLAIN_WORD_RE1 = re.compile(r"[\u0621-\u064a]+")


def _plain_word(word: str, shortest: int) -> bool:
    """An Arabic word with no article that no list calls a function word or no name."""
    return (
        len(word) >= shortest
        and _PLAIN_WORD_RE1.fullmatch(word) is not None
        and not word.startswith("ال")
        and word not in _AR_NOT_NAMES
        and word not in _AR_FUNCTION
    )


@per_document  # (asked for every word of every lineage chain, the same words again)
def _name_word(word: str) -> bool:
    return _plain_word(word, 2) and word not in AR_ORG_WORDS and _ar_core(word) not in AR_ROLE_NOUNS


def _role_head(word: str) -> bool:
    return _ar_core(word) in AR_ROLE_NOUNS or word in _AR_HEADS or word in _ROLE_HEADS


def _boundary(words: list[str], j: int) -> bool:
    """Whether a name may end before words[j]: the text's end, a comma or colon, a role, the complement of a
    speech verb, or a word joined by و."""
    return (
        j >= len(words)
        or words[j][:1] in ("،", ",", ":", "(")  # (not a full stop: "استقبل الأمير X بن Y الوفد." ends with the object)
        or _role_head(words[j])
        or words[j] in _ROLE_END
        or (words[j].startswith("و") and len(words[j]) > 3)  # "... الجدعان وعدد من": the next item joined by و
    )


def chain_at(words: list[str], i: int) -> list[str]:
    """The lineage chain that opens at words[i] (a given name, or عبد and the next word), with at least one
    link (بن ...); [] when none opens there."""
    name: list[str] = []
    j = i
    if words[j] == "عبد" and j + 1 < len(words):
        name, j = words[j : j + 2], j + 2
    elif _name_word(words[j]) or (_given(words[j]) and j + 1 < len(words) and words[j + 1] in _LINKS):
        # (a given name that is also a role noun, أمين, is a name before بن)
        name, j = [words[j]], j + 1
    else:
        return []
    links = 0
    while j + 1 < len(words) and words[j] in _LINKS and links < 6:
        father = words[j + 1]
        if father == "عبد" and j + 2 < len(words):
            name += words[j : j + 3]
            j += 3
        elif _name_word(father) or _father_after_bin(father):
            name += words[j : j + 2]  # (after "بن" a father's name may be a role noun too: "بن مساعد", "بن نائب")
            j += 2
        else:
            break
        links += 1
    if not links:
        return []
    if j + 1 < len(words) and words[j] == "آل" and re.fullmatch(r"[\u0621-\u064a]{3,}", words[j + 1]):
        name += words[j : j + 2]  # a family: آل سالم, and with the article: آل الشيخ
    elif (
        j < len(words)
        and _family(words[j], feminine="بنت" in name)
        and (words[j].endswith(("ي", "ية")) or _boundary(words, j + 1))
    ):
        name.append(words[j])  # a family name with the article: القحطاني (a nisba), or one a boundary closes
    elif (
        j < len(words)
        and _name_word(words[j])
        and words[j] not in _LINKS
        and not _ar_possessed_role(words[j])
        # (a possessive: نجله، نظيره, the verb's object; not a family name whose ه is the stem's: فقيه، نزيه)
        and (not words[j].endswith(("ه", "ها")) or _stem_final_h(words[j]))
        and not (words[j].endswith("ا") and not _given(words[j]))  # ("بن صالح تقريرا": an accusative object)
        and (_boundary(words, j + 1) or HADRAMI.fullmatch(words[j]) is not None)
    ):
        # a family name without it, closed by a boundary ("X بن Y باوزير، ..."), or one of the Hadrami family
        # names in با (son of: باعشن, باداود), which is no common word, before the verb's object
        name.append(words[j])
    return name


# Words of the shape of فقيه that are a preposition or a kin noun with "his" glued on (his brother, with him).
_YEH_POSSESSIVES = {"أخيه", "أبيه", "لديه", "عليه", "إليه", "بنيه", "ذويه", "يديه", "حميه", "فيه", "ابنيه"}


def _stem_final_h(word: str) -> bool:
    """A family name whose final ه belongs to the stem, not a possessive: the فعيل pattern of a root in ه (فقيه،
    نزيه، وجيه: Hejazi families named for a trade or a quality) or the Persian-born -ويه (سيبويه، خالويه)."""
    if word in _YEH_POSSESSIVES:
        return False
    return (len(word) == 4 and word[2] == "ي" and word[3] == "ه") or (len(word) >= 5 and word.endswith("ويه"))


def _father_after_bin(word: str) -> bool:
    """A word after "بن" that is a father's name though a list calls it a role or a body (مساعد, أمين, منصور)."""
    return _plain_word(word, 3) and word not in _AR_TIME_WORDS


def _family(word: str, feminine: bool = False) -> bool:
    """A family name with the article; a woman's nisba ends in ية (فاطمة بنت علي الهاشمية), a man's in ي."""
    return (
        word.startswith("ال")
        and len(word) > 4
        and (not word.endswith("ة") or (feminine and word.endswith("ية")))
        and word not in AR_TITLES
        and word not in _AR_HEADS
        and word not in _AR_TIME_WORDS
        and _ar_core(word) not in AR_ROLE_NOUNS
        and word not in known_names()
    )


def _role_after(words: list[str], j: int) -> str | None:
    """The role right after a name (after an optional comma), up to a mark or a speech verb's complement."""
    if j < len(words) and words[j] in ("،", ","):
        j += 1
    if j >= len(words) or not _role_head(words[j]):
        return None
    role: list[str] = []
    for k, w in enumerate(words[j : j + 8]):
        general = k == 1 and w == "عام"  # "مدير عام فرع ...": the general director, not the year
        if not re.fullmatch(r"[\u0621-\u064a]+", w) or w in _ROLE_END or (w in _AR_FUNCTION and not general):
            break
        role.append(w)
    return " ".join(role) if len(role) >= 2 else None


# "In the presence of", "accompanied by", "with the participation of": a second person follows, not the office.
_IN_COMPANY = {"بحضور", "وبحضور", "برفقة", "وبرفقة", "بمشاركة", "وبمشاركة", "يرافقه", "ويرافقه"}


def _role_before(words: list[str], i: int) -> str | None:
    """The office before a lineage name and its title of address, back to the speech verb or a mark ("وقال
    الرئيس التنفيذي للشركة المهندس X بن Y"): its words from the first role noun; None if none."""
    j = i - 1
    while j >= 0 and words[j] in AR_TITLES:
        j -= 1
    if j == i - 1:
        return None  # no title between: the readers before this one took the role
    back: list[str] = []
    while (
        j >= 0
        and len(back) < 8
        and re.fullmatch(r"[\u0621-\u064a]+", words[j])
        and not re.fullmatch(AR_SPEECH, words[j])
        # ("حاكم دبي اليوم الإثنين بحضور الشيخ X بن Y": a time or "in the presence of" ends the office, which is
        # the host's before them)
        and words[j] not in _AR_TIME_WORDS
        and words[j] not in _IN_COMPANY
    ):
        back.insert(0, words[j])
        j -= 1
    start = next((k for k, w in enumerate(back) if _role_head(w) or _role_head(w.removeprefix("و"))), None)
    return " ".join(back[start:]) if start is not None and len(back) - start >= 2 else None


def _inside(part: list[str], whole: list[str]) -> bool:
    return any(whole[k : k + len(part)] == part for k in range(len(whole) - len(part) + 1))


def mend_lineage_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every lineage chain of the sentences: the people found inside it or running past it become the chain's
    person (with their roles and sentences merged), and a chain opening with a known given name is a person."""
    article = "\n".join(s.text for s in sentences)
    for s in sentences:
        words = _WORD.findall(s.text)
        if not any(w in _LINKS for w in words):
            continue  # every chain holds a link (بن): a sentence without one opens none, no word need be tried
        i = 0
        while i < len(words):
            chain = chain_at(words, i)
            if not chain:
                i += 1
                continue
            end = i + len(chain)
            if any(p.name.split()[:-1] == chain and p.name.split()[-1] == words[end : end + 1][0]
                   and p.name.split()[-1].startswith("ال") for p in index.people if end < len(words)):  # fmt: skip
                i = end  # "، X بن Y الZ،": a finder read the family name after the chain (in commas); kept whole
                continue
            ahead = {words[i - 1], words[i - 1].removeprefix("و")} if i else set()  # (the first may carry و)
            if any(s.index in p.sentences and p.name.split()[-len(chain) :] == chain
                   and p.name.split()[-len(chain) - 1 : -len(chain)] and p.name.split()[-len(chain) - 1] in ahead
                   for p in index.people):  # fmt: skip
                i = end  # "سامي فهد بن زبير": the chain opens at the father's name of a longer name, read whole
                continue
            # (ar_glued_names: "محمد بن عبدالرحمن X" is the one named "محمد بن عبد الرحمن X" before, no second person;
            # nor is "ال ثاني" for "آل ثاني", the madda left off)
            joined = fold(glued(" ".join(chain)))
            whole = next((p for p in index.people if p.name == " ".join(chain)), None)
            whole = whole or next((p for p in index.people if fold(glued(p.name)) == joined), None)
            overlapping = [
                p
                for p in index.people
                if (
                    (
                        s.index in p.sentences
                        and (_inside(p.name.split(), chain) or chain == p.name.split()[: len(chain)])
                    )
                    or fold(glued(p.name)) == joined  # (the same name written the other way, in any sentence)
                )
                and p is not whole
                and (p.name.split()[0] == chain[0] or len(p.name.split()) >= 2)
                and not _father_named_alone(p.name, chain, article)
                and not _tail_of_another_chain(p, chain, s.text)
            ]
            for p in overlapping:
                if p.name.split()[0] in ("آل", "بن", "بنت") and p.role:
                    # (the family's tail gathered the roles of every "آل X، ROLE" of the article: this chain takes
                    # only the one written right after it)
                    p.role = "; ".join(r for r in p.role.split("; ") if _role_follows(chain, r, s.text)) or None
            if not overlapping and whole is None and i and re.sub(r"^(?:و?[بل]|و)", "", words[i - 1]) in AR_EVENT_WORDS:
                i = end  # "بكأس فهد بن سلطان", "جائزة خالد بن عبدالله": a cup or a prize named after its patron
                continue
            if overlapping or whole is not None or _given(chain[0]) or (i and words[i - 1] in AR_TITLES):
                _merge(index, " ".join(chain), overlapping, whole, s.index)
                before = _role_before(words, i)
                person = index.find(" ".join(chain))
                if before and person is not None and all(r in AR_TITLES for r in (person.role or "").split("; ") if r):
                    person.role = merge_roles(person.role, before)  # "الرئيس التنفيذي للشركة المهندس X بن Y"
                role = _role_after(words, end)
                if role:
                    person = index.find(" ".join(chain))
                    if person is not None:
                        person.role = merge_roles(person.role, role)
            i = end


def _father_named_alone(name: str, chain: list[str], text: str) -> bool:
    """Whether `name` sits in `chain` after بن (the father's name in the son's lineage, "راشد بن سعود بن راشد")
    and the article also names it on its own, not after بن ("استقبل الشيخ سعود بن راشد ... بحضور ... راشد بن سعود
    بن راشد"): the father, another person, whom the son's chain does not absorb."""
    words = name.split()
    inner = [k for k in range(1, len(chain) - len(words) + 1) if chain[k : k + len(words)] == words]
    if not inner or not all(chain[k - 1] in ("بن", "بنت", "ابن") for k in inner):
        return False
    alone = re.compile(rf"(?<![\u0621-\u064a])(?<!بن )(?<!بنت )(?<!ابن ){re.escape(name)}(?![\u0621-\u064a])")
    return alone.search(text) is not None


def _tail_of_another_chain(person: Person, chain: list[str], text: str) -> bool:
    """Whether `person` is a family's tail read alone ("آل غانم" with the role in commas after it) that this chain
    ends with but another chain of the sentence holds, the one right before the role ("قال الشيخ X بن Y آل غانم:
    «... الشيخ Z بن W آل غانم، رئيس الدولة»": the role is Z's, not X's)."""
    words = person.name.split()
    if words[0] not in ("آل", "بن", "بنت") or not person.role or chain[-len(words) :] != words:
        return False
    return not any(_role_follows(chain, r, text) for r in person.role.split("; "))


def _role_follows(chain: list[str], role: str, text: str) -> bool:
    """Whether `role` (its first word) is written in commas right after `chain` in `text`."""
    head = re.escape(role.split()[0]) if role.split() else ""
    return bool(head) and re.search(rf"{re.escape(' '.join(chain))}\s*[،,]\s*{head}", text) is not None


def _merge(index: PeopleIndex, name: str, parts: list[Person], whole: Person | None, sentence: int) -> None:
    person = whole or Person(name, None)
    if whole is None:
        index.people.append(person)
    for p in parts:
        if p.role:
            person.role = merge_roles(person.role, p.role)
        person.sentences.extend(k for k in p.sentences if k not in person.sentences)
        index.people.remove(p)
    if sentence not in person.sentences:
        person.sentences.append(sentence)


def mend_abd_names(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """A name cut after "العبد"/"عبد" ("هادي العبد" of "هادي العبد الله"): "servant of" is never a name's last
    word; the divine name after it, with the article, belongs to the (family) name."""
    texts = {s.index: s.text for s in sentences}
    for person in index.people:
        if person.name.split()[-1] not in ("العبد", "عبد", "آل"):
            continue
        for at in person.sentences:
            after = rf"(?<![\u0621-\u064a]){re.escape(person.name)}\s+(ال[\u0621-\u064a]{{2,}})"
            m = re.search(after, texts.get(at, ""))
            if m is not None:
                person.name = f"{person.name} {m.group(1)}"
                break
