"""Danish words in quote marks inside the writer's own clause that are a phrase, not a clause anyone said:
'skrev han, at landet havde "meget gode samtaler med naboerne"', 'bedt om oplysningerne "efter ønske fra
Kongressen"', "handler det om 'at binde landet sammen'". The Danish counterpart of `quote_phrases.py`'s English
`phrase_not_clause`: Danish has no part-of-speech tagger here, so a clause is told by its finite auxiliary or
modal, or by the speaker's own I/we/you, which a phrase borrowed from someone's words lacks."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_role_words import DA_AUXILIARIES

# A finite auxiliary, modal or copula: the quoted words hold a clause of their own ('at regeringen "vil gøre alt"').
_FINITE = re.compile(
    rf"(?<![\wæøå])(?:{'|'.join(sorted(DA_AUXILIARIES | {'gør', 'gjorde', 'findes', 'fandtes'}))})(?![\wæøå])"
)
# The speaker's own person ("jeg", "vi", "du", "os", "vores"): words someone says of themselves are speech.
_OWN_WORDS = re.compile(r"(?<![\wæøå])(?:jeg|mig|min|mit|mine|vi|os|vores|du|dig|din|dit|dine|jer|jeres)(?![\wæøå])")
# Words that open a phrase without a subject: prepositions, determiners, degree adverbs and "at" before an infinitive.
_OPENERS = frozenset(
    "at efter før om for fra med mod til i på af under over ved uden mellem gennem hos blandt omkring "
    "en et den det de hele alle mange flere færre nogle ingen enhver "
    "meget helt så mere mest særdeles dybt stærkt yderst ret ganske totalt".split()
)


def da_phrase_not_clause(before: str, quoted: str) -> bool:
    """Whether quoted words inside a Danish sentence are a phrase of the writer's clause: they open in lower case
    right after a word of it (not after a colon, a comma or a sentence's end), stop no sentence inside the marks,
    hold no finite auxiliary or modal and none of the speaker's I/we/you, and open as a phrase does or with a word
    that is no verb in the present or past tense (-er, -ede, -te: 'at regeringen "støtter planen"' is a predicate
    the speaker said)."""
    words = re.findall(r"[\wæøåÆØÅ'’-]+", quoted)
    if not words or not words[0][:1].islower() or len(words) > 15:
        return False
    if not re.search(r"[a-zæøå]\s*$", before):
        return False  # (after a colon, a comma, a dash or at a sentence's start the words are speech)
    if re.search(r"(?<![\wæøå])[Ii]følge(?![\wæøå])", before):
        return False  # ('Ifølge borgmesteren er broen »en gave til egnen«': words credited to their source)
    if re.search(r"[.!?…]\W*$", quoted.strip()) or re.search(r"[.!?]\s+[A-ZÆØÅ]", quoted):
        return False  # (words that end a sentence inside the marks run on as speech)
    low = quoted.lower()
    if _FINITE.search(low) or _OWN_WORDS.search(low):
        return False
    first = words[0].lower()
    return first in _OPENERS or not re.search(r"(?:er|ede|te)$", first)
