"""Words between an Arabic speech verb and its quote that name nobody, beyond the fillers of `quote_cues`
(قائلا، أيضا): on newswire the extractor never saw (NewsFANE Gold's Arabic), the speaker "names" a quote's
reader made of a bare mention were such words: a circumstantial participle ("وأضاف مؤكدا أن", "وتساءل موجها
الكلام"), a verb of going on ("وتابع يقول", "ومضى X يقول"), a preposition with a pronoun ("قال لنا:", "وزاد عليها
قائلا"), a demonstrative or an adverb ("ومن بين تلك", "قال مرة"), and the particles written with no hamza
("وأوضح انه"), a noun of speech the speaker owns ("واختتم حديثه بالقول:"). The speaker is then the person just
named (or, after a filler, the next word)."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_words import _ar_is_given, _transliterated
from briefing_app.core.facts.quote_cues import AR_FILLERS
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH

# A bare verb of saying joined to its clause with و/ف after a comma, right before the quote ("...، فقال «",
# "...، وقالت:"): it has no subject of its own; the sentence's subject goes on speaking.
AR_JOINED_BARE_SAY = re.compile(rf"[،,]\s*(?<![\u0600-\u06ff])[وف]{AR_ANY_SPEECH}\s*[:،,]?\s*[«\"“]?\s*$")
# Fillers a speaker's name comes after: "وتابع يقول", "ومضى X يقول" (and went on, saying)
_GOING_ON = {"يقول", "تقول", "ويقول", "وتقول", "مضى", "ومضى", "مضت", "ومضت"}
# A preposition with a pronoun glued on ("لنا", "عليها", "منه"), a demonstrative, an adverb of time
_PREPOSITION_PRONOUN = re.compile(r"(?:ل|ب|عل[يى]|عن|من|في|إل[يى]|ال[يى]|مع|لد[يى])(?:ه|ها|هم|هما|هن|نا|ي|ك|كم)")
_NO_NAME = {"تلك", "ذلك", "هذا", "هذه", "هؤلاء", "مرة", "حينها", "عندها", "بدوره", "بدورها", "بعدها",
            # the particles of reported speech as copy with no hamza writes them
            "ان", "انه", "انها", "انهم", "اننا", "بان", "بانه", "بانها", "لان", "فان"}  # fmt: skip
# A noun of speech owned by a pronoun, the verb's object: "واختتم حديثه بالقول:" (he closed his talk saying),
# "وختمت كلمتها قائلة:", "وبدأ تصريحه بالقول:"; the owner is the person just named.
OWN_SPEECH = re.compile(
    r"(?:حديث|كلمت|كلام|تصريح|تصريحات|خطاب|مداخلت|تعليق|رد|رسالت|مقابلت|حوار|لقاء|مؤتمر|رأي|مقال|منشور|انطباع"
    # (a plural in ات with the owner's pronoun, "وكتب انطباعاته عن ...:", "ونشر ملاحظاتها": his impressions, her
    # notes, the verb's object; no name ends so)
    r"|[\u0621-\u064a]{2,}ات)(?:ه|ها|هم|هما)"
)


# The feminine participles of saying (a woman's or a body's: "مؤكدة", "مشيرة"); a feminine noun in م is often a
# body or a place (منظمة, مدينة), so only these.
_FEMININE_PARTICIPLE = re.compile(
    r"(?:مؤكد|مضيف|مشير|موضح|معتبر|مشدد|منوه|معرب|مبين|متسائل|محذر|مطالب|مردف|لافت|واصف)(?:ة|ةً)"
)


# Prepositions and particles right after a verb of saying, as copy with no hamza writes them too: no subject
# ("أشار الى أننا «...»" names no one "الى"). And the personal pronouns that open speech given with no colon
# or marks ("وقال نحن نقدر ذلك"): the speaker's own first word, never the name of whoever speaks on after it.
AR_NO_SUBJECT = {"الى", "إلى", "على", "عن", "في", "أن", "ان", "إن", "أنه", "انه", "أنها", "انها", "أننا", "اننا",
                 "بأن", "بان", "بأنه", "بانه", "نحن", "أنا", "انا", "هو", "هي", "هم"}  # fmt: skip


def ar_filler(word: str) -> bool:
    """A word after the verb that the speaker's name may follow: a verb of going on, or a circumstantial
    participle in the accusative (م...ا: مؤكدا، متمنيا، موجها) that is no given or foreign name (ماريا)."""
    word = word.strip(":،,")
    if word in _GOING_ON:
        return True
    if _FEMININE_PARTICIPLE.fullmatch(word):
        return True  # "..., مؤكدة أن": her (or its, a body's) circumstantial participle, no name
    participle = re.fullmatch(r"م[\u0621-\u064a]{2,}ا", word) is not None
    return participle and not _ar_is_given(word) and not _transliterated(word)


# Whom the words were told, the verb's indirect object with ل glued on: an outlet or its reporter ("وقال لصحيفة
# X:", "قال لقناة X", "صرح لمراسلنا", "قال لـ"X""); the speaker is the subject named before.
AR_TO_LISTENER = re.compile(
    r"لـ.*|ل(?:صحيفة|جريدة|قناة|وكالة|موقع|مجلة|تلفزيون|إذاعة|اذاعة|راديو|مراسل|مراسلة|مراسلنا|مراسلي|برنامج|شبكة|"
    r"وسائل|صحفيين|صحافيين|إعلاميين)"
)


def ar_no_name(word: str) -> bool:
    """A word after the verb that opens no name: a preposition with a pronoun, a demonstrative, an adverb, the one
    told (an outlet or its reporter after ل), or the quote itself ('واضاف "يجب ...': the verb's quote opens right
    after it)."""
    if any(mark in word for mark in '"«»“”'):
        return True
    word = word.strip(":،,")
    patterns = (_PREPOSITION_PRONOUN, OWN_SPEECH, _THAT_WITH_PRONOUN, AR_TO_LISTENER)
    return word in _NO_NAME or any(p.fullmatch(word) is not None for p in patterns)


# The particle of reported speech with a pronoun, however the hamza is written: "وذكر أننا", "وأوضح إنني".
_THAT_WITH_PRONOUN = re.compile(r"[بلف]?[أإا]ن(?:ه|ها|هم|هما|هن|نا|ني|ك|كم)")


def ar_goes_on(between: str) -> bool:
    """Whether the words between two quotes of one sentence only go on with the same speaker: a participle of
    saying or a bare verb ('"..."، مضيفا: "..."', '"..."، وتابع: "...', '"..."، وأكد ان "...'), naming no one."""
    words = re.sub(r"[\"“”«»„:،,.]", " ", between).split()
    if len(words) >= 2 and re.fullmatch(r"ب?[أإا]ن", words[-1]):
        words = words[:-1]  # ('"..."، وأكد ان "...": the verb and "that", naming no one)
    return 0 < len(words) <= 2 and all(
        w in AR_FILLERS or ar_filler(w) or re.fullmatch(AR_ANY_SPEECH, w) is not None for w in words
    )

