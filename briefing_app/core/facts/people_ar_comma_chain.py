"""A long office before its holder's name set off by commas: "نفى رئيس قسم التحصيل بالهيئة العامة بدمياط ونائب
مديرها، سامر الحلواني، ما تردد". The role chain of `people_ar_roles.find_role_names` stops at a word it has no
rule for (an indefinite noun in construct, "قسم التحصيل"; a place; a second office after و, also with a pronoun,
"ونائب مديرها"; a pronoun's preposition, "بها"), and the name was read without its office. When the words left up
to the comma are all such parts of an office's chain, and a name stands between the commas after it, the chain
runs to the comma."""

from __future__ import annotations

from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.people_ar_words import _AR_HEADS, AR_ROLE_NOUNS, _ar_core, _plain_noun

# A preposition with the pronoun of the body just named ("ونائب وكيل الجمهورية بها": there, at that court).
_OF_IT = {"بها", "به", "فيها", "فيه", "لها", "له"}


def _chain_word(words: list[str], k: int) -> bool:
    """Whether words[k] can stand inside an office's chain: a definite word (with و, ب or ل glued on), a known
    place (with ب or ل), a role noun or head (with و), an indefinite noun in construct with the next word, or a
    preposition with the body's pronoun closing the chain."""
    w = words[k]
    bare = w[1:] if w[:1] in "وبل" and len(w) > 3 else w
    return (
        w.startswith(("ال", "لل", "بال", "وال"))
        or w in known_names()
        or bare in known_names()
        or _ar_core(bare) in AR_ROLE_NOUNS
        or bare.removesuffix("ها").removesuffix("ه") in AR_ROLE_NOUNS  # ("ونائب مديرها": its director's deputy)
        or bare in _AR_HEADS
        or (w in _OF_IT and k == len(words) - 1)
        # (a noun with "our" takes no genitive: "مدرب عملنا اليومي", the word after it is its adjective)
        or (k + 1 < len(words) and words[k + 1].startswith("ال") and _plain_noun(w) and not w.endswith("نا"))
    )


def chain_runs_to_comma(words: list[str], i: int) -> bool:
    """Whether words[i:], the rest of an office's chain up to a comma, are all parts of the chain (the role
    shape reads twelve words at most)."""
    return len(words) > i and all(_chain_word(words, k) for k in range(i, len(words)))
