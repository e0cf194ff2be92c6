"""The names inside an Arabic speaker's mention: a title and the name after it ("المحلل السياسي X Y"), a name
before a role in apposition that the people finder took for the person, a body's definite noun and adjectives,
and a "name" that runs on into its clause's verb of saying. Moved out of `quotes_ar.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.ar_given_ali import ali_name_word
from briefing_app.core.facts.people_ar_words import (
    _AR_HEADS,
    AR_ROLE_NOUNS,
    AR_TITLES,
    _ar_core,
    _ar_is_given,
    _transliterated,
)
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.quotes_ar import _PHRASE_END, _REPORTING
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH


def name_before_apposition(mention: str, people: Sequence[Person]) -> tuple[str, str] | None:
    """A speaker written as a title, a name and its role in apposition ("الباحث كيرت وايلر مدير علماء المشروع")
    when the people finder took the apposition for the person (a "name" that opens with a role noun, مدير):
    the name is the one to three words between the title and that role noun; (name, role), else None."""
    words = [w.strip("،,:") for w in mention.split()]
    lead = 0
    while lead < min(2, len(words)) and words[lead].startswith("ال") and len(words[lead]) > 3:
        lead += 1  # "الباحث", "الدكتور": a title before the name
    for k in range(lead + 1, min(lead + 4, len(words))):
        if words[k] not in AR_ROLE_NOUNS:
            continue
        name = words[lead:k]
        apposition = " ".join(words[k:])
        if any(w.startswith("ال") or w in AR_ROLE_NOUNS or w in _PHRASE_END for w in name):
            return None
        if any(p.name.startswith(words[k]) and p.name in apposition for p in people):
            role = " ".join(words[:lead] + [apposition]) if lead else apposition
            return " ".join(name), role
        return None
    return None


def says_in_name(name: str) -> bool:
    """Whether a "name" runs on into its clause's verb of saying ("X ولكنه قال"): a phrase the people finder
    read too far, never the speaker a later "قال:" goes back to."""
    words = name.split()
    return len(words) > 1 and any(re.fullmatch(AR_ANY_SPEECH, w) for w in words[1:])


def ar_body_words(words: list[str]) -> str:
    """A body named by a definite noun and the definite adjectives agreeing with it ("الأمم المتحدة", "الجيش
    السوداني"): up to three words, ending before the first word without the article."""
    out = [words[0].strip("،,:")]
    for w in words[1:3]:
        w = w.strip("،,:")
        if not w.startswith("ال") or len(w) < 4:
            break
        out.append(w)
    return " ".join(out)


def name_after_title(words: list[str]) -> tuple[str, str] | None:
    """A definite title of one to three words and the name after it ("المحلل السياسي جمال حسن"): (name, title)
    when the first word after the title is a known given name or a transliterated one; else None."""
    k = next((i for i, w in enumerate(words) if not w.startswith("ال")), len(words))
    if not 0 < k <= 3 or k >= len(words):
        return None
    first = words[k].strip("،,:")
    if not (_ar_is_given(first) or _transliterated(first)):
        return None
    name: list[str] = []
    for j in range(k, min(k + 3, len(words))):
        w = words[j].strip("،,:")
        if not w or (w in _PHRASE_END and not ali_name_word(words, j)) or (name and w.startswith(("ال", "لل", "بال"))):
            break  # (ar_given_ali: Egyptian "على" between two name words is the given name, "فؤاد على حمدان")
        name.append(w)
    return " ".join(name), " ".join(words[:k])


# "وسأل X Y:" (X asked Y): the verb of asking, its subject, then the one asked, up to the colon before the question.
_ASKER = re.compile(r"(?<![\u0600-\u06ff])[وف]?(?:سأل|سألت|يسأل|تسأل)\s+([^:«»\"“”،]{3,80}?)\s*:\s*$")


def _asker(words: list[str]) -> str:
    """The subject of a verb of asking, before the one asked: its words up to the next title or office after
    the first ("مواطن الوزير X": a citizen; "الصحفي X Y رئيس الحكومة": the journalist X Y)."""
    for k in range(1, len(words)):
        bare = words[k][1:] if words[k][:1] in "ول" and len(words[k]) > 4 else words[k]
        if bare in AR_TITLES or bare in _AR_HEADS or _ar_core(bare) in AR_ROLE_NOUNS:
            return " ".join(words[:k])
    return " ".join(words[:3])


def asker_of(before: str) -> str | None:
    """The one asking in "وسأل X Y:" right before a question in marks, else None."""
    asker = _ASKER.search(before)
    return _asker(asker.group(1).split()) if asker is not None else None


# The pluperfect "وكان X (قد) اتهم/وصف ...": the subject stands between كان and the reporting verb, one to three
# words with no comma; the words after the verb (an adverbial, a comma, then its object) name no speaker.
_PLUPERFECT = re.compile(
    rf"(?:^|[.!?؟]\s+)[وف]?(?:كان|كانت|كانوا)\s+((?:[^\s،,:«»\"“”]+\s+){{1,3}}?)(?:قد\s+)?{_REPORTING}"
    r"(?![\u0600-\u06ff])[^.!?؟«»\"“”]*$"
)


def pluperfect_subject(before: str) -> str | None:
    """ "وكان X اتهم في وقت سابق، Y بأنه «...»": X, the subject before the pluperfect's reporting verb (not Y, its
    object after the comma); None for any other introduction."""
    m = _PLUPERFECT.search(before)
    return m.group(1).strip() if m is not None else None
