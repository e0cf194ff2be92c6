"""The verb done to what an English figure counts, when the figure is its object.

"Police detained | 45 students", "the regime has executed | 12 prisoners", "the firm laid off | 1,200 workers":
the verb says which ones the figure counts ("students detained"), as a passive after the noun does ("45
students were detained"). Read by word shape, not from a list of verbs: a past in -ed, or one of the
common irregular pasts, right before the figure (its approximating word already set aside). Verbs that say
how many there are rather than what was done to them ("reached", "totalled", "included") are left out,
and so is an -ed word after a determiner, which is an adjective ("the detained 4 bloggers").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.phrase_edges import DETERMINERS, ed_form

# Irregular pasts whose participle names what was done to those counted: "shot 7 protesters", "lost 12 seats".
_IRREGULAR = {
    "shot": "shot", "hung": "hung", "cut": "cut", "sent": "sent", "held": "held", "took": "taken", "caught": "caught",
    "sold": "sold", "bought": "bought", "stole": "stolen", "built": "built", "lost": "lost", "won": "won",
    "drove": "driven", "threw": "thrown", "beat": "beaten", "fed": "fed", "laid": "laid",
    "brought": "brought", "struck": "struck", "hurt": "hurt", "slew": "slain", "bit": "bitten", "tore": "torn",
    "taken": "taken", "stolen": "stolen", "driven": "driven", "thrown": "thrown", "beaten": "beaten",
}  # fmt: skip
# Verbs of amount, level, comparison or mere having: they say how many there are, not what was done to them.
_HOW_MANY = {
    "reached", "exceeded", "totalled", "totaled", "numbered", "topped", "surpassed", "passed", "approached",
    "equalled", "equaled", "averaged", "included", "involved", "contained", "comprised", "outnumbered", "needed",
    "required", "lasted", "doubled", "tripled", "halved", "compared", "ranked", "aged", "called", "named", "used",
    "estimated", "rated", "scored", "hit", "crossed", "climbed", "jumped", "dropped", "declined", "increased",
    "decreased", "counted", "listed", "showed", "expected", "predicted", "forecast", "featured", "offered",
    "closed", "opened", "ended", "finished", "traded", "stood", "settled",
}  # fmt: skip
# Words that may stand right before a figure and are no verb: "to all 2,000 colleges", "will only 40 seats".
_QUANTIFIERS = {"all", "both", "some", "any", "another", "only", "just", "nearly", "almost", "about", "around",
                "over", "under", "roughly", "the", "these", "those", "its", "their", "his", "her", "our",
                "first", "last", "next", "top", "extra", "additional"}  # fmt: skip
# Prepositions after "to" are no verb's plain form: "closed the lead to within 5 points" (no "withined").
# (and the prepositions of a level after "to": "coming down to below $100 a barrel" is no verb "below")
_PREPOSITIONS = {"within", "between", "among", "than", "of", "at", "by", "for", "from", "with", "into", "near",
                 "below", "above", "under", "over", "around", "about", "beyond", "nearly", "almost"}  # fmt: skip
# Words before a verb's plain form: "to", and the modals ("plans to hire | 500 nurses", "will cut | 2,300 jobs").
_MODALS = {"to", "will", "would", "could", "can", "must", "should", "may", "might", "shall", "'ll", "’ll"}
# Plain forms with an irregular participle, and plain forms of verbs that say how many (no participle to add).
_IRREGULAR_PLAIN = {
    "pay": "paid", "spend": "spent", "give": "given", "lend": "lent", "lose": "lost", "sell": "sold", "buy": "bought",
    "build": "built", "cut": "cut", "send": "sent", "hold": "held", "take": "taken", "catch": "caught", "win": "won",
    "bring": "brought", "lay": "laid", "shoot": "shot", "feed": "fed", "keep": "kept", "hire": "hired",
    "wring": "wrung", "choose": "chosen",
    # ("plans to find £28m of savings" is no "finded": the other common irregular plain forms before a figure)
    "find": "found", "seek": "sought", "steal": "stolen", "drive": "driven", "throw": "thrown",
    "beat": "beaten", "fight": "fought", "lead": "led", "leave": "left", "meet": "met", "set": "set", "put": "put",
    "shed": "shed", "split": "split", "draw": "drawn", "withdraw": "withdrawn", "write": "written",
    "teach": "taught", "tell": "told", "forgive": "forgiven", "bear": "borne", "run": "run", "let": "let",
    "be": "", "have": "", "get": "", "make": "", "see": "", "go": "", "do": "", "say": "", "rise": "", "fall": "",
    "grow": "", "reach": "", "exceed": "", "top": "", "hit": "", "cost": "", "last": "", "number": "", "total": "",
}  # fmt: skip
# Words that join clauses or compare, no verb: "in May and | 120", "more than | 40".
_JOINERS = {"and", "or", "but", "nor", "yet", "so", "than", "then", "plus", "while"}
# A particle of a phrasal verb: "laid off", "shot dead", "rounded up", "wiped out".
_VERB_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)(\s+(?:off|out|up|down|away|dead))?\s+$")


def _participle(plain: str) -> str:
    """The past participle of an English verb's plain form, by its spelling ("donate" -> "donated", "employ"
    -> "employed", "bury" -> "buried", "ban" -> "banned") or from the few irregular ones ("pay" -> "paid")."""
    if plain in _IRREGULAR_PLAIN:
        return _IRREGULAR_PLAIN[plain]
    if plain.endswith("e"):
        return plain + "d"
    if re.search(r"[^aeiou]y$", plain):
        return plain[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", plain):
        return plain + plain[-1] + "ed"  # "ban", "stop": one short syllable doubles its last consonant
    return plain + "ed"


def done_to(before: str) -> str | None:
    """The participle of the verb whose object a figure is ("detained", "laid off"), from the text before the
    figure (without its approximating word), or None."""
    m = _VERB_BEFORE.search(before[-40:])
    if m is None:
        return None
    verb, particle = m.group(1), (m.group(2) or "").strip()
    if verb in _HOW_MANY or verb in _QUANTIFIERS or verb in DETERMINERS or verb in _PREPOSITIONS or verb in _JOINERS:
        return None  # ("to expand to all 2,000 colleges": a quantifier, no verb, after "to")
    ahead = re.search(r"([\w'’-]+)\s+$", before[-40:][: m.start()])
    # (the month is no modal: "in May and 120 in June")
    infinitive = ahead is not None and ahead.group(1) in _MODALS and not ed_form(verb)
    # (not a gerund after the preposition "to": "equivalent to watching 11 films")
    infinitive = infinitive and not (verb.endswith("ing") and len(verb) > 5)
    participle = _IRREGULAR.get(verb) or (verb if ed_form(verb) else "")
    if infinitive:  # "will cut 2,300 jobs", "plans to hire 500 nurses": a plain verb after "to" or a modal
        participle = _participle(verb)
    if not participle or participle in _HOW_MANY:
        return None
    if ahead and (ahead.group(1).lower() in DETERMINERS or ahead.group(1).lower().endswith(("'s", "’s"))):
        return None  # "the detained 4 bloggers", "the army's wounded 30": an adjective, no verb
    return f"{participle} {particle}".strip()
