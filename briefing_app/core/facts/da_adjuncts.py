"""A Danish time adjunct between the auxiliary and the participle of a change ("Indbyggertallet er | siden 2010 |
steget med 5 pct."): it says when, so the subject before the auxiliary is still the clause's."""

from __future__ import annotations

import re

# The auxiliary, the adjunct ("siden 2010", "i 2019", "i år", "fra 2015"), then a participle and its preposition of
# amount at the end of the text before a figure.
_AUX_TIME_PARTICIPLE = re.compile(
    r"\b(er|har|var|havde|blev|bliver)\s+(?:siden|i|fra)\s+(?:(?:19|20)\d\d|år|fjor)\s+"
    r"(?=[a-zæøå]+(?:et|t|s)\s+(?:med|til|fra|på)\s+(?:(?:cirka|ca\.|godt|knap|næsten|omkring)\s+)?$)",
    re.IGNORECASE,
)


# A word or two set in quote marks inside the clause ('er dog "kun" faldet med'): a word of the clause, no edge of it.
_QUOTED_WORDS = re.compile(r"[\"“”»«]([a-zæøå]+(?:\s[a-zæøå]+)?)[\"“”»«](?=\s+[a-zæøå])")


# What the subject is compared with, between the subject and the auxiliary of the change ("Responstiden | i forhold
# til hastende opkald | er faldet med 53 sekunder", "Antallet af anmeldelser | sammenlignet med året før | er faldet
# med"): no part of the subject (after the figure the same phrase is already no noun of it, `noun_after`).
_COMPARED_BEFORE_AUX = re.compile(
    r"\s+(?:set\s+)?(?:i\s+forhold\s+til|sammenlignet\s+med)\s+(?:[^\W\d_]+\s+){1,4}?"
    r"(?=(?:er|har|var|blev)\s+[a-zæøå]+(?:et|t)\s+(?:med|til|fra|på)\s+(?:(?:cirka|ca\.|godt|knap|næsten|omkring)\s+)?$)",
    re.IGNORECASE,
)


# A finite verb of level, then a time adjunct of one or two words ("i maj", "inden coronakrisen", "i år"), then the
# preposition of amount at the end: "Ledigheden lå i marts på 4,1 procent", "Tallet toppede i maj på 5,5 procent".
_VERB_TIME_AMOUNT = re.compile(
    r"\b(er|var|lå|ligger|toppede|topper|endte|ender|landede|lander|steg|faldt|voksede|stiger|falder|vokser)\s+"
    r"(?:i|inden|før|efter|siden|under)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
    r"(?=(?:på|med|til)\s+(?:(?:cirka|ca\.|godt|knap|næsten|omkring)\s+)?$)",
    re.IGNORECASE,
)


# A sentence adverb or a source between a relative pronoun and its verb ("et rækkehus, der | typisk | er 90
# kvadratmeter", "lønnen, som | ifølge Lederne | er steget med"), and "as expected" after a verb of change
# ("Salget steg | som forventet | med 4 procent"): neither is the subject, which the relative pronoun's antecedent
# or the noun before the verb still is. Only when the verb and its preposition of amount end the text.
_ADVERB_IN_CLAUSE = re.compile(
    r"(?:(?<=\bder)|(?<=\bsom))\s+(?:eksempelvis|for\s+eksempel|typisk|blandt\s+andet|bl\.\s?a\.|normalt|"
    r"ifølge\s+(?:[A-ZÆØÅ][\wæøå-]*\s+){0,3}[A-ZÆØÅ][\wæøå-]*)(?=\s+[a-zæøå]+\s+(?:[a-zæøå]+\s+)?"
    r"(?:(?:med|til|fra|på)\s+)?(?:(?:cirka|ca\.|godt|knap|næsten|omkring|over|under)\s+)?$)"
    r"|\s+som\s+(?:for)?ventet(?=\s+(?:med|til|fra|på)\s+(?:(?:cirka|ca\.|godt|knap|næsten|omkring)\s+)?$)"
)


def without_da_time_adjunct(before: str) -> str:
    """`before` with a time adjunct between an auxiliary and the participle of the change left out, a comparison
    between the subject and the auxiliary, a sentence adverb inside a relative clause or "som forventet" after the
    verb, and the quote marks around a word or two inside the clause."""
    before = _ADVERB_IN_CLAUSE.sub("", _COMPARED_BEFORE_AUX.sub(" ", before))
    return _AUX_TIME_PARTICIPLE.sub(r"\1 ", _QUOTED_WORDS.sub(r"\1", before))


# A word that weighs the figure between the preposition of amount and the figure ("et fald på | hele | 4,2
# procent", "en gæld på | tæt på | to millioner", "et løft på | blot | 2 procent"): it says how big the
# writer finds the figure, and the noun before the preposition is still what the figure measures.
_WEIGHED_AMOUNT = re.compile(
    r"\b(på|med|til)\s+(?:hele|blot|kun|sølle|beskedne|svimlende|(?:meget\s+|helt\s+)?tæt\s+på|helt\s+op\s+til|"
    r"ikke\s+mindre\s+end|ikke\s+mere\s+end)\s+$",
    re.IGNORECASE,
)


def without_da_weighing(before: str) -> str:
    """`before` less a word that weighs the figure after its preposition of amount ("fald på | hele |")."""
    return _WEIGHED_AMOUNT.sub(r"\1 ", before)


def without_da_level_time(before: str) -> str:
    """`before` less a time adjunct between a finite verb of level and its "på"/"med"/"til" ("Ledigheden lå | i
    marts | på 4,1 procent"): the time says when, and "på" after it is no "noun of" the figure ("maj på")."""
    return _VERB_TIME_AMOUNT.sub(r"\1 ", before)


# A period adjunct of "for"/"i" right before the preposition of amount: "et ventet salg | for 2031 | på
# mellem 61 og 66 mia. kr.", "Salget endte | for kvartalet | på 710 mio. kr.", "et underskud | i
# kvartalet | på 12 mio. kr.". Results copy names the accounting period between the measure and its amount; the
# period says when, and the noun before it (or the clause's subject) is what the figure measures.
_PERIOD_BEFORE_AMOUNT = re.compile(
    r"\s+(?:for|i)\s+(?:(?:19|20)\d\d(?:/\d\d)?|kvartalet|året|halvåret|helåret|perioden|måneden|regnskabsåret|"
    r"(?:første|andet|tredje|fjerde)\s+(?:kvartal|halvår))"
    r"(?=\s+(?:på|med)\s+(?:(?:cirka|ca\.|omkring|godt|knap|næsten|over|under|mellem)\s+)?$)",
    re.IGNORECASE,
)


def without_da_period_adjunct(before: str) -> str:
    """`before` less an accounting period between a measure and its "på"/"med" ("omsætning | for 2023 | på")."""
    return _PERIOD_BEFORE_AMOUNT.sub("", before)
