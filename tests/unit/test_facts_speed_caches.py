"""The twenty-fifth round's speed pass changed no fact: answers kept per article (`per_document`) are forgotten for
the next one, a pattern searched from where its first word is written or from a clause's last words finds what the
plain pattern finds, and the Hebrew readers' shared index of words is the one each built for itself. Made-up names
and sentences only."""

from __future__ import annotations

import random
import re

from briefing_app.core.facts.gated import AtEnd, search_from
from tests.unit.facts_helpers import facts_of

_ARTICLES = {
    "en": (
        ["Harbour minister Jane Roe said on Monday that 1,200 workers at Kessby Marine would lose their jobs.",
         "Roe told reporters the nine yards would close. Kessby Marine are appealing, Roe said."],
        ["The mayor of Riverton, Tom Vale, said 35 percent of the town's 4,000 homes were flooded.",
         "Vale's deputy, Ann Holt, said eight schools were shut. The Riverton Harbour Trust disagreed."],
    ),
    "da": (
        ["Borgmester Jens Holm siger, at 40 procent af de 2.000 boliger i Kessby er ramt.",
         "Ifølge Holm lukker otte skoler. Kessby Havn A/S vil ikke kommentere sagen."],
        ["Direktør Mette Vang fra Riverton Energi oplyser, at selskabet har 350 ansatte.",
         "Vang siger, at 12 af dem skal fyres i næste uge."],
    ),
    "ar": (
        ["قال وزير المالية سامي الهادي إن الإيرادات ارتفعت إلى 850 مليون دينار في العام الماضي.",
         "وأضاف الهادي أن شركة النور للنقل وصلت أرباحها إلى 12 مليون دينار."],
        ["أعلنت وزارة الصحة تسجيل 46 إصابة جديدة، وقال المتحدث باسم الوزارة كريم العلي إن الوضع مستقر.",
         "وبلغ عدد المتعافين 300 حالة حسب العلي."],
    ),
    "he": (
        ["שר האוצר יוסי כהן אמר כי ההכנסות עלו ב-12% ל-264 מיליון שקל.",
         "כהן הוסיף כי הרווח הנקי של החברה הגיע ל-45 מיליון שקל."],
        ["ראש העיר רונית לוי אמרה כי העירייה תפתח 3 גנים חדשים.",
         "לוי ציינה כי העלות של הפרויקט מגיעה ל-8 מיליון שקל."],
    ),
}


def test_articles_read_one_after_another_keep_their_own_facts() -> None:
    for lang, (first, second) in _ARTICLES.items():
        alone = [f.to_json() for f in facts_of(second, lang)]
        first_alone = [f.to_json() for f in facts_of(first, lang)]
        assert [f.to_json() for f in facts_of(second, lang)] == alone, lang  # read after the first
        assert [f.to_json() for f in facts_of(first, lang)] == first_alone, lang  # and the first again after it


def test_a_name_pattern_searched_from_the_name_finds_what_the_plain_search_finds() -> None:
    rng = random.Random(5)
    pieces = ["Roe", "Roes", "McRoe", "the", "The", "and", "&", ",", "are", "were", "residents", "resident", "nine",
              "ninety", "-", "'", " "]  # fmt: skip
    patterns = [
        r"(?<![\w'’-])(?<!\band\s)(?<!&\s)(?<!,\s)(?<!\bthe\s)(?<!\bThe\s)Roe\s+(?:are|were)\b",
        r"(?<![\w'’-])Roe\s+residents?\b",
        r"\bnine\b",
        r"\bnine",
    ]
    for pattern in patterns:
        word = "nine" if "nine" in pattern else "Roe"
        for _ in range(400):
            text = "".join(rng.choice(pieces) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(0, 12)))
            found, expected = search_from(word, pattern, text), re.search(pattern, text)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text)


def test_the_rtl_subject_patterns_read_from_the_last_words_find_what_the_plain_ones_find() -> None:
    from briefing_app.core.facts import counted_rtl

    shapes = {
        counted_rtl._AR_SUBJECT_VERB_TO: ["أن", "حالات", "الحصبة", "في", "الإقليم", "قد", "وصلت", "إلى", "الى",
                                          "بلغت", "ارتفع", "عدد"],
        counted_rtl._AR_SUBJECT_AMOUNTING: ["أن", "الخسائر", "تجاوزت", "قد", "بلغت", "أرباحا", "الشركة", "في"],
        counted_rtl._HE_NOUN_OF: ["רווח", "נקי", "מאוד", "ביותר", "של", "חוזה", "העברה"],
        counted_rtl._HE_SUBJECT_VERB: ["הרווח", "של", "החברה", "עלה", "ב-12", "%", "ל-", "על", "פי", "הגיע", "היא"],
    }  # fmt: skip
    rng = random.Random(3)
    for at_end, pieces in shapes.items():
        plain = re.compile(at_end.compiled.pattern)
        for _ in range(600):
            text = "".join(rng.choice(pieces) + rng.choice([" ", "  ", "\t"]) for _ in range(rng.randint(0, 16)))
            found, expected = at_end.search(text), plain.search(text)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert isinstance(counted_rtl._HE_NOUN_OF, AtEnd)


def test_the_hebrew_readers_share_one_index_of_the_article_s_words() -> None:
    from briefing_app.core.facts.model import SourceSentence
    from briefing_app.core.facts.people_he_base import _words, words_by_sentence

    sentences = [SourceSentence(i, 0, text) for i, text in enumerate(["יוסי כהן אמר.", "כהן הוסיף כי רונית לוי אמרה."])]
    texts, where = words_by_sentence(sentences)
    assert texts == {0: _words("יוסי כהן אמר."), 1: _words("כהן הוסיף כי רונית לוי אמרה.")}
    assert where["כהן"] == {0, 1} and where["לוי"] == {1}
    assert all(isinstance(at, frozenset) for at in where.values())  # (shared by the readers: none can change it)
    texts[0].append("x")  # each reader still gets lists of its own
    assert words_by_sentence(sentences)[0][0] == _words("יוסי כהן אמר.")
