"""Whether the words after an Arabic role are a name. Arabic has no capitals, so "رئيس الوزراء" followed by two
words is as often the start of a clause ("رئيس الوزراء اجتماعا أمس ...", "المدرب الجديد لجنوب أفريقيا",
"وزير الخارجية أوضح وجهة نظر ...", "المتحدث باسم الجيش في غزة") as a name. On Arabic newswire the extractor
never saw (the held-out part of NewsFANE Gold) most such readings were verbs, verbal nouns glued to a
preposition, places and time words, while the true names had some sign of their own: a known given name, a
foreign name's spelled-out vowels, a nisba family name, the statistical tagger's reading, or a word of the name
said again elsewhere in the article ("... رئيسة البلاد درك فلسن" then "وكانت فلسن قد ..."). A name after a
role is kept only with one of these signs."""

from __future__ import annotations

import re

from briefing_app.core.facts.entity_tagger_ar import lookup_form, split_clitics, tag_sentence
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_words import (
    _AR_FUNCTION,
    _AR_HEADS,
    _AR_NOT_NAMES,
    _AR_TIME_WORDS,
    AR_SPEECH,
    AR_TITLES,
    _ar_definite_given,
    _ar_is_given,
    _ar_possessed_role,
    _transliterated,
    egyptian_final_ya,
)
from briefing_app.core.facts.people_index import PeopleIndex

# For each word of an article (lookup form, and without its glued clitics), the sentences that hold it.
Recurring = dict[str, set[int]]
_WORD = re.compile(r"[\u0621-\u064a]+")


def recurring_words(sentences: list[SourceSentence]) -> Recurring:
    """Where each word of the article stands (see `Recurring`)."""
    out: Recurring = {}
    for s in sentences:
        words = _WORD.findall(s.text)
        for k, w in enumerate(words):
            form = lookup_form(w)
            out.setdefault(form, set()).add(s.index)
            out.setdefault(split_clitics(form)[1], set()).add(s.index)
            if k:  # (and each pair of words, "دول الحصار", to tell a phrase said again from a surname said alone)
                out.setdefault(f"{lookup_form(words[k - 1])} {form}", set()).add(s.index)
    return out


def name_evidence(
    text: str, name: list[str], index: PeopleIndex, recurring: Recurring | None = None, sentence: int = -1
) -> bool:
    """Whether `name`, read after a role in `text`, is a name by a sign of its own: its first word a known given
    name (also with the article, as the Maghreb writes many), a word spelled like a transliterated name
    (كينجي تاكاهارا), a nisba family name (العنزي), a person already found, the statistical tagger's person,
    or a word after the first that another sentence of the article says again (`recurring`)."""
    first = name[0][1:] if name[0].startswith("و") and len(name[0]) > 3 else name[0]
    # (a word with the article is spelled out like a foreign name only as a plural in ات: "قيام الولايات المتحدة")
    spelled = any(_transliterated(w) and not w.startswith("ال") for w in name)
    if _ar_is_given(first) or _ar_is_given(name[0]) or _ar_definite_given(first) or spelled:
        return True
    if len(name) == 2 and nisba_family(name[1]):
        return True
    if _runs_into_known_name(text, name):
        return False  # "ونفى رئيس الوزراء قيام الولايات المتحدة": the last word opens a place's name, the object's
    if index.find(" ".join(name)) is not None or _next_person_joined(text, name):
        return True
    if recurring is not None and any(_said_again(w, recurring, sentence) for w in name[1:]):
        # (not when the word comes back only after the word before it: "وحمل الوزير دول الحصار" then "دول الحصار"
        # again is a phrase the article repeats, a noun and its genitive, as "أوراق اعتماد سفراء" in the headline
        # and the body; a surname is said again on its own)
        for k in range(1, len(name)):
            pair = recurring.get(f"{lookup_form(name[k - 1])} {lookup_form(name[k])}", set())
            # (a definite feminine noun said again, "ابن الملك ركوب الدراجة" then "يركب الدراجة", is a common noun
            # the article repeats; a family name in ـة with the article follows a given name, a sign of its own)
            # (but the family plural of a clan, "الحباشنة", "الطراونة", "المعايطة", is a surname of that shape)
            common = name[k].startswith("ال") and name[k].endswith("ة") and not _clan_plural(name[k])
            if common or not _said_again(name[k], recurring, sentence):
                continue
            if not recurring.get(lookup_form(name[k]), set()) <= pair:
                return True
    if _subject_before_that(text, name):
        return True
    return any(e.type == "PER" and e.margin > 0 and any(w in e.text for w in name) for e in tag_sentence(text))


def _runs_into_known_name(text: str, name: list[str]) -> bool:
    """Whether the name's last word and the one or two words after it in `text` are a place or body the gazetteer
    knows ("قيام الولايات" before "المتحدة"): a noun phrase whose genitive is that place, no person's name."""
    m = re.search(rf"(?<![\u0621-\u064a]){re.escape(' '.join(name))}((?:\s+[\u0621-\u064a]+){{1,2}})", text)
    if m is None:
        return False
    after = m.group(1).split()
    return any(" ".join([name[-1], *after[:k]]) in known_names() for k in (1, 2) if k <= len(after))


def _subject_before_that(text: str, name: list[str]) -> bool:
    """Whether two or three plain words close a speech verb's subject, right before the conjunction of reported
    speech or a colon ("وقال المبعوث الأممي يوهان ستردبرك إن ..."): a verb-first sentence puts its subject there,
    and after a role that is the holder's name. Plain: no article, no function, time or place word, no glued
    preposition ("قال الوزير خلال اللقاء إن", "قال المتحدث لوسائل الإعلام إن" stay out)."""
    if not 2 <= len(name) <= 3 or any(_not_plain(w) for w in name):
        return False
    said = re.escape(" ".join(name))
    # ("وفقا لخبير X Y، فإن ...": "according to" and the ف that opens the main clause after it)
    m = re.search(rf"(?<![\u0621-\u064a]){said}\s*[،,]?\s*(?:ف?إن|أن|بأن|:)(?![\u0621-\u064a])", text)
    cue = rf"(?<![\u0621-\u064a])(?:{AR_SPEECH}|وفقا|وفقاً|طبقا|طبقاً)\s"
    return m is not None and re.search(cue, text[: m.start()]) is not None


def _not_plain(word: str) -> bool:
    return (
        len(word) < 3
        or word.startswith(("ال", "لل", "بال"))
        or word in _AR_NOT_NAMES
        or word in _AR_TIME_WORDS
        or word in _AR_FUNCTION
        or word in known_names()
        or word in _AR_HEADS
        or word in AR_TITLES
        or (word[:1] in "بلو" and word[1:].startswith("ال"))
        # an adverbial: a glued preposition (بلهجة حادة، بكل وضوح), an accusative or feminine noun or adjective
        # (هاتفيا، مرة أخرى), which a name's word has only when it is a known given name or a foreign spelling
        or (
            (word[:1] in "بل" or word.endswith(("ا", "ة", "ى")))
            and not _ar_is_given(word)
            and not _transliterated(word)
        )
    )


def _next_person_joined(text: str, name: list[str]) -> bool:
    """Whether a second title or role joins the name with و ("بين الرئيس X Y ونائبه السابق Z W", "... X Y
    والوزير Z"): two people named side by side."""
    m = re.search(rf"(?<![\u0621-\u064a]){re.escape(' '.join(name))}\s+و([\u0621-\u064a]+)", text)
    if m is None:
        return False
    w = m.group(1)
    return w in _AR_HEADS or w in AR_TITLES or _ar_possessed_role(w)


def _said_again(word: str, recurring: Recurring, sentence: int) -> bool:
    if len(word) < 3 or word in _AR_NOT_NAMES or word in _AR_TIME_WORDS or word in _AR_FUNCTION:
        return False
    if word[:2] in ("لإ", "بإ", "لأ", "بأ"):
        return False  # "تدعو لإشعال": a preposition glued to a verbal noun, which no name's word is
    return bool(recurring.get(lookup_form(word), set()) - {sentence})


def nisba_family(word: str) -> bool:
    """A family name of the nisba's shape, the article and a final ي (العنزي، الحداوي، الشمري), that names no
    place or body the gazetteer knows; Egyptian copy's final ى too (الروينى)."""
    word = egyptian_final_ya(word)
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word not in known_names()


# A clan's family name, the broken plural of the shape فعاللة with the article (الحباشنة، الطراونة، الخصاونة،
# المعايطة): Jordanian and Palestinian copy names many people by one. Demonyms and plurals of callings share the
# shape (المغاربة، الأساتذة), so this only lets such a word count as the surname said again, not find a name.
_CLAN_PLURAL = re.compile(r"ال[\u0621-\u0626\u0628-\u064a]{2}ا[\u0621-\u0626\u0628-\u064a]{2}ة")


def _clan_plural(word: str) -> bool:
    return _CLAN_PLURAL.fullmatch(word) is not None
