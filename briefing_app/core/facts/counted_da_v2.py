"""What a Danish figure measures when its clause puts the subject after the finite verb: a main clause opened by an
adverbial of time or place keeps the verb second and moves the subject behind it ("I Københavns Omegn sælges |
husene | nu i snit for 40.000 kr.", "Her på Bornholm var | den gennemsnitlige kvadratmeterpris | 116 procent
højere", "1. december sidste år lå | kvadratmeterprisen på de villaer, der var til salg, | på omkring 14.500
kroner"). The readers of a subject look for it before the verb, where the adverbial stands instead."""

from __future__ import annotations

import re

# Finite verbs that state a level, a price or a change of the subject after them (no auxiliary: "har kommunen ansat
# 30 lærere" has its own object).
_FINITE = (
    "er|var|lå|ligger|lander|landede|koster|kostede|sælges|solgtes|steg|stiger|faldt|falder|endte|ender|udgør|"
    "udgjorde|lyder|lød|nåede|når|beløber|beløb|blev|bliver"
)
# Words an adverbial that opens a main clause starts with (a preposition or an adverb of time or place), or a date.
_FRONTED = (
    r"(?:I|På|Efter|For|Siden|Her|Nu|Derfor|Dermed|Samtidig|Til|Ifølge|Sidste|Tidligere|Herefter|Desuden|Alligevel|"
    r"Fra|Ved|Blandt|Inden|Senest|Hvert|Hver|Igen|Dengang|Da|Samlet|Totalt|Dog|Hidtil|Indtil|Allerede|\d{1,2}\.|"
    # (a clock time or a weekday: "Klokken 9 var den samlede belægning 84 procent", "Tirsdag lå renten")
    r"Klokken|Kl\.|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag|"
    # (a participle of comparing or measuring: "Sammenlignet med oktober sidste år ligger salgspriserne 4,2 procent")
    r"Sammenlignet\s+med|Set\s+i\s+forhold\s+til|Målt\s+på|Opgjort\s+i)"
)
_DETERMINER = r"(?:den|det|de|en|et|hans|hendes|deres|dens|dets|sin|sit|sine)"
# Adverbs between the subject and its figure, and the preposition that leads to the figure.
_BETWEEN = (
    r"(?:(?:nu|i\s+snit|i\s+gennemsnit|dog|stadig|altså|kun|blot|allerede|også|samlet|hele|nemlig|derfor|"
    r"fortsat|igen|i\s+alt|i\s+år|i\s+dag)\s+)*"
    # (the participle of a perfect with "er": "Her er priserne nemlig | faldet med | mellem 14 og 34 procent")
    r"(?:(?:steget|faldet|vokset|øget|sænket|hævet|reduceret)\s+)?"
    # (a verb's particle before the preposition: "nåede dækningen | ud til", "kom omsætningen | op på")
    r"(?:(?:ud|op|ned|ind|frem|hjem|tilbage)\s+(?=(?:på|til|med|over|under)\s))?"
    r"(?:(?:på|til|med|for|omkring|over|under)\s+)?"
    r"(?:(?:cirka|ca\.|omkring|godt|knap|næsten|over|under|mere\s+end|mindre\s+end|lidt\s+over|op\s+mod|mellem)\s+)?"
)
_INVERTED = re.compile(
    rf"^\s*[»«\"“”-]?\s*{_FRONTED}(?=[\s,])(?P<front>[^;:»«\"“”]{{0,160}}?)\s+(?P<verb>{_FINITE})\s+"
    rf"(?P<subject>(?:{_DETERMINER}\s+)?[a-zæøå][\w-]*(?:\s+[a-zæøå][\w-]*){{0,8}}?)"
    rf"(?P<relative>\s*,\s*(?:der|som)\s+[^,;:]{{3,120}},)?\s+{_BETWEEN}$"
)
_PRONOUNS = {"den", "det", "de", "han", "hun", "der", "man", "vi", "jeg", "du", "i", "dette", "disse", "denne"}
# A word that ends a noun phrase's run: a verb, a participle or a word of the clause rather than the subject.
_NOT_SUBJECT = {"er", "var", "har", "havde", "blev", "bliver", "kan", "vil", "skal", "ikke", "også", "ifølge",
                "steget", "faldet", "vokset", "været", "blevet", "sat", "ramt", "solgt",
                # the figure's own bound, which the subject's run took when nothing stood before it ("Dengang var |
                # mere end | 28.000 tilskuere"): no word of a subject
                "end", "cirka", "næsten", "knap"}  # fmt: skip


def danish_inverted_subject(before: str) -> str | None:
    """The subject after the finite verb of a Danish main clause opened by an adverbial, when only adverbs and the
    figure's preposition follow it; None when the clause keeps its subject first."""
    m = _INVERTED.match(before)
    if m is None:
        return None
    front_words = m.group("front").split()
    if any(re.fullmatch(_FINITE, w) for w in front_words):
        return None  # "I år er der kommet flere, og prisen er": a verb already in the opening, no fronted adverbial
    if re.search(r",\s+(?:at|og|men|mens|da|når|hvis|fordi)\s", m.group("front")):
        return None  # the opening holds a clause of its own: only a relative clause on its noun may stand in it
    words = m.group("subject").split()
    if words[0] in ("den", "det", "de", "en", "et"):
        words = words[1:]
    if not words or words[0] in _PRONOUNS or any(w in _NOT_SUBJECT for w in words):
        return None
    if len(words) == 1 and not re.search(r"(?:en|et|ne|n)$", words[0]):
        return None  # a bare indefinite word is no subject ("I år koster billetter 40 kr." keeps its own reading)
    return " ".join(words)


# A subject raised before a passive of expecting or estimating, the level told after its infinitive: "Væksten
# forventes at blive på 2 procent", "Underskuddet ventes at lande på 3,1 mia. kr.", "Faldet skønnes ved årets udgang
# at blive på cirka ti procent". (The readers of a subject stopped at "at", a clause start elsewhere.)
_RAISED = re.compile(
    # (a genitive may own the noun: "Danmarks bnp forventes at stige", "Selskabets omsætning ventes at lande på")
    r"^\s*[»«\"“”-]?\s*(?P<subject>(?:(?:Den|Det|De)\s+[a-zæøå][\w-]*|[A-ZÆØÅ][\w-]*s\s+[a-zæøå][\w-]*|"
    r"[A-ZÆØÅ][\w-]*)"
    r"(?:\s+(?:for|af|på|i|til)\s+[a-zæøå][\w-]*)?)\s+"
    r"(?:skønnes|forventes|ventes|anslås|vurderes|menes|antages|formodes|beregnes|budgetteres|ser\s+ud\s+til)\s+"
    r"(?P<between>(?:(?!at\b)[^\s,;:.]+\s+){0,5}?)at\s+"
    r"(?:blive|være|ligge|lande|ende|nå|stige|falde|vokse|runde|overstige|koste|udgøre|beløbe\s+sig)\s+"
    r"(?:(?:på|til|med|omkring|over|under)\s+)?"
    r"(?:(?:cirka|ca\.|omkring|godt|knap|næsten|over|under|mere\s+end|mindre\s+end|op\s+mod)\s+)?$"
)


def danish_raised_subject(before: str) -> str | None:
    """The subject of a Danish clause whose level is told after "forventes/skønnes/ventes ... at blive på"."""
    m = _RAISED.match(before)
    if m is None:
        return None
    words = m.group("subject").split()
    if words[0] in ("Den", "Det", "De") and len(words) > 1:
        words = words[1:]
    if words[0].lower() in _PRONOUNS:
        return None  # "Det forventes at blive på 2 procent": no subject worth naming
    # (a capitalised first word is the noun: "Faldet skønnes at blive på", the fall, not the participle)
    return " ".join(words)


# An expectation of a named measure raised or cut to the level told next: "hævede forventningerne til årets
# overskud til mellem 3 og 4,5 mia. euro", "nedjusterer sine forventninger til omsætningen til 4 mia. kr.",
# "forventningen til væksten på 2 procent". The measure after "til" is what the figure counts, not the company
# that expects it.
_EXPECTED_MEASURE = re.compile(
    r"\bforventning(?:en|er|erne)?\s+til\s+(?P<measure>(?:(?:dette|næste|sidste|i)\s+års\s+|årets\s+|det\s+|den\s+)?"
    r"[a-zæøå][\wæøå-]*)"
    r"(?:\s+(?:for|i)\s+(?:(?:\d{4}|[a-zæøå][\wæøå-]*)\s+){1,2}?)?\s*(?:til|på)\s+"
    r"(?:(?:mellem|cirka|ca\.|omkring|godt|knap|næsten|over|under|mere\s+end|mindre\s+end|op\s+mod)\s+)?$"
)


def danish_expected_measure(before: str) -> str | None:
    """The measure whose expected level a Danish figure is, after "forventning(erne) til X til/på" (see above)."""
    m = _EXPECTED_MEASURE.search(before[-140:])
    if m is None:
        return None
    return re.sub(r"^(?:det|den)\s+", "", m.group("measure"))
