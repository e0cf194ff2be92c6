"""The subject or measure before a figure, for a figure that ends its clause ("Kmart gained | 15 percent",
"the death toll | might approach 80,000"): the subject noun phrase, with the noun an of-phrase hangs on,
and the last measure noun of the clause ("voter turnout").
"""

from __future__ import annotations

import re

from briefing_app.core.facts.age_modifiers_en import without_age_modifier
from briefing_app.core.facts.coordinated_subjects_en import coordinated_subject
from briefing_app.core.facts.da_adjuncts import without_da_time_adjunct
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    CLAUSE_START,
    CONTAINERS,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    MEASURES,
    PERIODS,
    PRONOUNS,
    STATUS,
    STOP,
    WORD_TOKENS,
)
from briefing_app.core.facts.label_letters_en import label_letter
from briefing_app.core.facts.phrase_edges import (
    LY_NOUNS,
    NAME_AFTER_OBJECT,
    TOLD_WHOM,
    clause_verb,
    ed_form,
    noun_in_phrase,
)
from briefing_app.core.facts.subject_participles import FRONTED_TIME, participle_after_noun, reduced_saying

# Verbs of saying and finding whose "that" opens their object clause ("a survey found that 61% ...").
_SAYING = {"found", "finds", "find", "show", "shows", "showed", "shown", "say", "says", "said", "think", "thinks",
           "thought", "believe", "believes", "claim", "claims", "report", "reports", "fandt", "viser", "viste",
           "mener", "siger", "sagde"}  # fmt: skip


# A verb of expecting, its object and an infinitive of amount or change before the figure: "expects | profit before
# tax | to be in the region of", "forecast sales to reach", "sees revenue to come in at".
_EXPECTS_TO = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|predicts?|predicted|sees|saw|estimates?|estimated|"
    r"projects?|projected|wants?|wanted|hopes?|needs?)\s+"
    r"((?:the\s+|its\s+|their\s+|a\s+)?[a-z][\w'’-]*(?:\s+(?!to\b)[\w'’-]+){0,12}?)\s+to\s+"
    r"(?:be|reach|rise|fall|grow|come\s+in|hit|total|increase|decrease|drop|top|exceed|remain|stay|climb|jump|slip|"
    r"decline|amount|settle|average|end|close|stand|level\s+off)\b[^,;:()\d]*$"
)


_NAME = r"(?:the\s+)?[A-ZÆØÅ][\w'’.-]*(?:\s+[A-ZÆØÅ][\w'’.-]*)*"
# A noun (lower-case, or the sentence's first word), a preposition and a list of names up to the figure's verb.
_NOUN_BEFORE_NAMED_LIST = re.compile(
    rf"(?:^\s*(?P<first>[A-ZÆØÅ][\w'’-]+)|\b(?P<noun>[a-zæøå][\w'’-]+))\s+(?:in|at|from|across|of|i|fra)\s+{_NAME}(?:,\s*{_NAME})+,?\s+(?:and|or|og|eller)\s+"
    rf"{_NAME}\s+[a-zæøå]+(?:\s+(?:to|at|til|på))?\s*$"
)


# A Danish clause that puts an adverbial first puts its subject after the finite verb (V2): "Siden 2010 er
# antallet ...", "I år har regeringen ...". The adverbial and the verb, to skip.
_DA_FRONTED = re.compile(
    r"\s*(?:(?:siden|i|på|efter|før|inden|sidste|ifølge|blandt|under|i\s+alt|for|hos|ved)\b[^,.;:]{0,40}?|"
    r"(?:nu|derfor|samtidig|dermed|desuden|således|også|alligevel|hermed|i\s+dag|i\s+år))\s+"
    r"(?:er|var|har|havde|blev|bliver|vil|skal|kan|steg|stiger|faldt|falder|voksede|vokser|fik|får|nåede|når|lå|ligger)\s+",
    re.IGNORECASE,
)


# Any Danish main clause whose first constituent is no subject (V2): the finite auxiliary, then the subject, then
# the participle of change right before the figure: "Set over de seneste måneder | er | eksporten | steget med",
# "Samlet set har kommunen hævet skatten med" (the subject between the auxiliary and the participle).
_DA_INVERTED = re.compile(
    r"\b(?:er|var|har|havde|blev|bliver|er\s+blevet|var\s+blevet)\s+"
    r"((?:[\wæøåÆØÅ'’-]+\s+){0,5}?)[a-zæøå]{3,}(?:et|t|ede)\s+(?:med|til|på|fra)?\s*"
    r"(?:(?:i\s+alt|cirka|ca\.|omkring|knap|godt|næsten|over|under)\s+)?$",
    re.IGNORECASE,
)


# A clause of a participle alone before its figure: ", dropping (to)", ", reaching", ", closing at".
# (verbs of change and level only: ", bypassing £1 billion in duty" has its own object)
_PARTICIPLE_LEADS = re.compile(
    r"\s*((?:reach|dropp|fall|ris|climb|clos|end|totall?|hitt|jump|slid|gain|los|stand|sink|soar|surg|plung|eas|"
    r"declin|grow|shrink|settl|finish|peak|dipp|tumbl|increas|decreas|slump|edg|shedd|add|trimm|slipp)ing)\s+"
    r"(?:(?:to|at|by|about|around|nearly|some|over|a\s+record|an?\s+all-time\s+high\s+of|up|down)\s+)*"
)
# A verb of fearing, expecting or saying and a clause with no "that" whose subject is a noun with its determiner
# and whose verb a modal or auxiliary opens: "fear | the toll could exceed", "expect | its profit to reach".
_THINKING = re.compile(
    r"\b(?:fears?|feared|expects?|expected|thinks?|thought|believes?|believed|predicts?|predicted|warns?|warned|"
    r"hopes?|hoped|estimates?|estimated|says?|said|projects?|projected|forecasts?|forecasted|anticipates?|"
    r"anticipated)\s+"
    # (past a day after the verb, and over a name: "officials said Sunday the Woolsey Fire had spread to")
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
    # (the subject with a short complement: "the damage in the city | could total")
    # (or a bare plural of the clause's own: "The firm predicts | sales will reach $3.2bn")
    r"((?:(?:the|its|their|his|her)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}(?:(?:in|at|of|on|for)\s+(?:the|its|their|this|next)\s+(?:[a-z]+\s+)?)?"
    r"[A-Za-z][\w'’-]*|[a-z][a-z'’-]*s)\s+(?:could|would|will|may|might|can|to|has|had|is|was|would\s+soon)\s+[a-z]+\s+(?:(?:to|at|by)\s+)?"
    r"(?:(?:about|almost|nearly|some|around|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?)$"
)


# A verb of showing or finding with a clause and no "that" after it, whose subject is a noun with its determiner:
# "Figures show | the UK economy shrank by", "the survey found | the party's support fell to" (not "the show"); a
# consequence too: "That means | the owner of a home will now pay".
# A verb that takes an object and a bare infinitive of change up to the figure: "helped the economy grow", "saw its
# sales rise by": the object is what changed.
# (also a participle of change or "up"/"down" after the object, and a possessive or a name in it: "manufacturers saw
# their shipments increasing 19.3%", "The fight against crime will see Home Office spending up from £8.2bn": seen on a
# technology site's handset report and the Guardian's spending-review copy)
_HELPED = re.compile(
    r"\b(?:helped|helps|help|made|makes|let|lets|saw|sees|see|seeing|watched)\s+"
    r"((?:the\s+|its\s+|their\s+|his\s+|our\s+)?"
    r"(?!(?:it|them|this|that|these|those|him|her|us|me|you)\s)[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?:grow|rise|fall|drop|jump|climb|shrink|expand|increase|decrease|reach|hit|top|"
    r"decline|soar|plunge|slip|growing|rising|falling|dropping|jumping|climbing|shrinking|expanding|increasing|"
    r"decreasing|declining|soaring|plunging|slipping|up|down)\s+(?:(?:by|from|to)\s+)?"
    r"(?:(?:about|almost|nearly|some|around|more\s+than|over)\s+)?$"
)


# A verb of causing and its object before "to" and a verb of change: "have led the cost of shipping containers to grow
# | more than 90%", "caused prices to rise | 4%". The object changed, not the cause.
_CAUSED_TO = re.compile(
    r"\b(?:led|leads|lead|caused|causes|cause|forced|forces|pushed|pushes|drove|drives|driven|prompted|sent|sends)\s+"
    r"((?:the\s+|its\s+|their\s+)?(?!(?:it|them|this|that|these|those|him|her|us|me|you)\s)[a-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,9}?)\s+to\s+(?:grow|rise|fall|drop|jump|climb|shrink|expand|increase|decrease|reach|hit|top|"
    r"decline|soar|plunge|slip|surge|slump|tumble|fall)\s+(?:by\s+)?"
    r"(?:(?:about|almost|nearly|some|around|more\s+than|over|less\s+than)\s+)?$"
)


_SHOWING = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?:shows?|showed|shown|suggests?|suggested|reveals?|revealed|confirms?|"
    r"confirmed|indicates?|indicated|found|finds|means|meant|estimated|calculated)\s+(?=(?:the|its|their|his|her)\s)",
    re.IGNORECASE,
)
# The same verbs in the past before a bare noun opening the clause ("Kessbystat estimated gross domestic product
# grew 0.2%"), read only after a name or a plural subject (not "the number of confirmed cases rose": an adjective).
_SHOWING_BARE = re.compile(
    r"\b(?:showed|suggested|revealed|found|estimated|calculated)\s+(?!(?:that|to|in|on|at|by|for|"
    r"with|from|as|about|over|up|down|a|an|it|they|he|she|we|there|this|these|those|some|no|not|only|just|also|again|"
    r"today|yesterday|earlier|last|next|was|were|is|are|has|had|have|will|would|could|may|might)\b)(?=[a-z]{3,}\s)"
)


# Scale words of a figure in the antecedent ("sold 3 million cars, which is ..."): no part of the noun.
_SCALES = {"thousand", "million", "billion", "trillion", "tusind", "millioner", "milliarder", "mio", "mia"}


# Units a price is given per, which an of-phrase follows: "the price of a barrel of oil", "a litre of petrol".
_MEASURED_BY = {"barrel", "barrels", "litre", "liter", "gallon", "tonne", "ton", "pint", "kilo", "kilogram", "loaf",
                "bottle", "packet", "pack", "ounce", "pound", "unit"}  # fmt: skip


# Words that approximate a number opening the subject ("About 1,000 Marines", "Some 2,500 troops").
_APPROXIMATORS = {"about", "some", "nearly", "almost", "around", "roughly", "approximately", "over", "under", "more",
                  "less", "fewer", "than", "up", "to", "at", "least", "only", "just"}  # fmt: skip


# A noun held in or of another right before an appositive of value: "stake | in the (state) bank".
HELD_IN_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+(?:in|of)\s+(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+)?$")
# An intransitive verb of change and "to" right before a level with its own noun: the subject's level, in that noun.
REACHED = re.compile(
    r"\b(?:rose|risen|rises|fell|fallen|falls|grew|grown|grows|climbed|jumped|dropped|slipped|surged|soared|increased|"
    r"decreased|declined|slumped)\s+to\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|a\s+record)\s+)?$"
    # a size given with a verb of coming in at: "The report clocks in at roughly 500 pages", "runs to 300 pages"
    r"|\b(?:clocks?|clocked|comes?|came|weighs?|weighed)\s+in\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|"
    r"just\s+over|just\s+under|over|under)\s+)?$|\bruns?\s+to\s+(?:(?:about|around|roughly|nearly|some|over)\s+)?$"
)


# An appositive of value after a noun: "The loan, | worth $2bn,", "seized drugs worth an estimated £2m".
WORTH_APPOSITIVE = re.compile(
    # (the comma optional: "seized drugs worth an estimated £2m")
    r"\b([a-z][\w-]*)\s*,?\s*(?:worth|valued\s+at|costing|priced\s+(?:at|between|from)|"
    r"(?:expected|estimated|set|likely|projected|due)\s+to\s+cost)\s+"
    # (or how little it seemed: "three joints of beef worth just £20", "a bike worth only £150")
    r"(?:(?:about|some|around|nearly|an\s+estimated|up\s+to|more\s+than|over|just|only|almost|roughly|"
    # (or a range: "players costing between £99 and £249", "homes worth from £200,000")
    r"approximately|at\s+least|less\s+than|a\s+mere|between|from)\s+)?$",
    re.IGNORECASE,
)
# A verb of costing just before a sum (past an approximating word): "will cost an estimated $1.1 billion".
# ("would cost the economy £50m": past whom it costs, a determiner and a noun or a pronoun; the noun may have a name
# before it, "could eventually cost the Wearside club £12m", or be a name, "is set to cost Manchester City £250m": the
# Guardian's and Soccer News's transfer copy)
COSTING = (
    # (whom it costs may be any plural: "costing residents an additional $2.49 a month", "costs drivers £40")
    r"\bcosts?(?:ing)?\s+(?:(?:the|its|their|his|her|our)\s+(?:[A-Z][\w'’-]*\s+){0,2}[a-z]+\s+|"
    r"(?:[A-Z][\w'’-]*\s+){1,3}|(?:him|her|them|us|it|taxpayers)\s+|"
    r"(?!less\b)[a-z]{3,}s\s+(?=(?:an?\s+(?:additional|extra|estimated)|another|about|around|nearly|almost|some|up\s+to|"
    r"more\s+than|over)\s))?"
    # (or a bound on it: "is set to cost a maximum of £2bn", "will cost at least $40m")
    r"(?:(?:an?\s+(?:estimated|additional|extra)|another|about|around|nearly|almost|some|up\s+to|more\s+than|"
    r"over|an?\s+(?:minimum|maximum)\s+of|at\s+least|as\s+much\s+as)\s+)?$"
)


# A noun, then a relative clause in commas, then up to two words (auxiliaries) before the figure's verb: "The stadium,
# which holds 60,000 people, | will cost".
_PAST_RELATIVE = re.compile(
    r"\b([a-z][\w-]{2,})\s*,\s*(?:which|who|that)\b(?:[^,;:]|(?<=\d),(?=\d)){1,80},\s*(?:[a-z]+\s+){1,3}$"
)


# A noun phrase of a head, a preposition and its object before a relative clause's comma: "Tickets for the final,".
_HEAD_OF_PHRASE = re.compile(
    r"(?:^|[,;:]\s*|\b(?i:the|a|an|its|their|his|her|our)\s+)([A-Za-z][\w'’-]*)\s+(for|of|in|on)\s+"
    # (a firm's name with an ampersand too: "Shares in Marks & Spencer,")
    r"((?:(?:the|a|an|its|their|his|her)\s+)?[\w'’-]+(?:\s+(?:&\s+)?[\w'’-]+)?)\s*,\s*$"
)


# A gerund and its object opening a clause as its subject, up to the verb: "Winning the title | would be worth".
_GERUND_SUBJECT = re.compile(
    r"\s*([A-Za-z]+ing)\s+((?:the|a|an|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:would|will|is|was|could|can|may|might|should|has|had|costs?|cost)\b"
)


# An appositive or a relative clause in commas between the subject and its verb: ", built in 1890,"; a relative
# clause may be longer and hold numbers with thousands' commas and dates (", which ended on May 30 and was the first
# quarter of its fiscal 2010,", ", which has 4,000 staff,").
_APPOSITIVE = re.compile(
    r"([^\W\d_])\s*,\s*(?:(?:which|who)\b(?:[^,;:()]|(?<=\d),(?=\d{3}(?!\d))){1,110}|[^,;:()]{1,60}),\s*$"
)


# A measure noun and the body or time it is of, before a relative clause: "Sales from the unit | that makes ...".
_MEASURE_AT = re.compile(
    r"\b([A-Za-z]+)\s+(?:from|at|in|of|for)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,?\s*$"
)


def past_relative(before: str) -> str | None:
    """The noun a relative clause in commas describes, when the figure's clause goes on after it."""
    m = _PAST_RELATIVE.search(before[-140:])
    return m.group(1) if m else None


# A verb phrase after "and" with no subject of its own, up to its figure: "The phone has a camera and | costs about",
# "The plant opened in May and | will employ". (A verb of change or cost, so no noun is taken for a verb.)
_SHARED_VERB = re.compile(
    r"\s*(?:(?:will|would|could|may|might|should|can|now|also|still)\s+)*"
    r"(?:costs?|cost|sells?|sold|weighs?|weighed|employs?|employed|earns?|earned|rose|fell|grew|jumped|dropped|"
    r"climbed|reached|lost|made|makes|raised|carries|carried|holds?|held|attracts?|attracted|totalled|"
    r"expects?|expected|plans?|planned|aims?|hopes?|has|had|have|paid|pays|spent|spends|won|wins)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|up\s+to|more\s+than|less\s+than|at\s+least|"
    r"an\s+estimated|a\s+further|another|by|to)\s+)*"
)


# A verb of saying or thinking and its subject right after a relative pronoun, with only the relative clause's own
# verb and its object up to the figure: "which | it estimates | costs consumers", "which | officials say | costs".
_REPORTED_IN_RELATIVE = re.compile(
    r"\b(which|that|who)\s+(?:it|he|she|they|we|officials|police|analysts|experts|critics|campaigners|the\s+[a-z]+)\s+"
    r"(?:says?|said|believes?|believed|estimates?|estimated|thinks?|thought|claims?|claimed|reckons?|fears?|feared)\s+"
    r"(?=[a-z]+(?:\s+[a-z]+)?\s*$)"
)


_PASSIVE_SAYING = {"reported", "noted", "stated", "claimed", "thought", "believed", "said", "told", "warned"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
# ("before"/"after" reach here only in the accounts' phrase: "Profit before tax and one-off items was")
_PHRASE_PREPOSITIONS = {"for", "of", "in", "on", "among", "from", "at", "between", "before", "after"}


_AUX_BEFORE_VERB = {"will", "would", "could", "may", "might", "should", "can", "is", "are", "was", "were", "has",
                    "have", "had", "be", "been"}  # fmt: skip


def _finite_verb_follows(tokens: list[str], k: int) -> bool:
    """Whether the words after `tokens[k]` (a verb in -s of the lists, which may be a noun) are a noun, its modifiers
    and prepositions, then the clause's own verb: "Capital gains | tax receipts fell by", "The capital gains | rates
    for business assets will fall from" (seen on two tax-receipts pages and a budget report), where "gains" is a noun
    of the subject. Not after a mark or "and", and not when the next word is a number or a determiner (an object)."""
    rest = [t.lower() for t in tokens[k + 1 :]]
    while rest and rest[-1] in ("by", "to", "at", "from", "of", "in", "on"):
        rest = rest[:-1]
    if len(rest) < 2 or len(rest) > 7 or not clause_verb(rest[-1]):
        return False
    between = rest[:-1]
    if between[0] in EN_STOP or not re.fullmatch(r"[a-z][\w'’-]*", between[0]):
        return False  # ("gains the lead", "rates 5%": a verb and its object)
    return all(
        re.fullmatch(r"[a-z(][\w'’()-]*|(?:19|20)\d\d", t) is not None
        and t not in ("and", "but", "or")
        and (t in _AUX_BEFORE_VERB or t in _PHRASE_PREPOSITIONS or t not in EN_VERBS)
        for t in between
    )


_COST_APPROXIMATORS = {"about", "around", "nearly", "almost", "some", "roughly", "over", "more", "than", "up", "to",
                       "at", "least", "an", "estimated", "additional", "extra", "another", "just", "only",
                       "a"}  # fmt: skip


def _costs_whom(rest: list[str]) -> bool:
    """Whether the words after "cost" up to the figure are whom it cost, with no verb of their own: a plural noun,
    maybe after a name or an adjective ("UK banks", "British retailers", "insurers"), so "cost" is the clause's verb.
    Not a preposition or a verb after it ("the cost of the scheme was", "the cost rose"), where "cost" is the noun."""
    rest = list(rest)
    while rest and rest[-1].lower() in _COST_APPROXIMATORS:
        rest = rest[:-1]  # "cost insurers | about", "cost UK firms | an estimated"
    if not 1 <= len(rest) <= 3 or not all(re.fullmatch(r"[A-Za-z][\w'’-]*", t) for t in rest):
        return False
    last = rest[-1]
    return (
        re.fullmatch(r"[a-z]{3,}s", last) is not None
        and last not in EN_VERBS
        and last not in EN_STOP
        and all(t[:1].isupper() or (t.islower() and t not in EN_VERBS and t not in EN_STOP) for t in rest[:-1])
    )


def _and_inside_phrase(before: str, start: re.Match[str] | None) -> re.Match[str] | None:
    """The clause start before an "and"/"or" that joins two words inside a noun phrase ("earnings for production
    and office workers rose"): the words since the clause start before it hold a preposition and no verb, so
    what the conjunction joins is no clause. None when the "and" may join clauses."""
    if start is None or start.group(0).strip().lower() not in ("and", "or") or start.start() == 0:
        return None
    head = before[: start.start()]
    earlier = CLAUSE_START["en"].search(head)
    if earlier is None:
        return None
    # two names joined by "and" before the verb: "while Burberry and Next also fell 2%" (both firms fell)
    first_name = re.fullmatch(r"\s*(?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*\s*", head[earlier.end() :])
    second_name = re.fullmatch(
        r"\s*(?:[A-Z][\w'’&.-]*\s+){1,3}(?:(?:also|both|each|all|together)\s+)?[a-z]{3,}\s+", before[start.end() :]
    )
    if start.group(0).strip().lower() == "and" and first_name and second_name:
        return earlier
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", head[earlier.end() :])]
    # (or two short noun phrases before a verb and "each"/"both": "Aggravated assault and burglary each fell")
    paired = 1 <= len(words) <= 3 and words[0] not in _PHRASE_PREPOSITIONS | {"on", "by", "to", "with", "during"}
    each = re.match(r"\s*(?:[a-z][\w'’-]*\s+){1,2}(?:each|both|all)\s+[a-z]+\s", before[start.end() :] + " ")
    paired = paired and each is not None
    # (also after a clause of saying or a subordinator: "The company said losses at its entertainment and devices
    # division shrank", "while exports of meat and meat preparations were up")
    opened = ("", ",", "said", "says", "that", "while", "whilst", "as", "when", "after", "because")
    # (and ", and"/", but" after a comma: "..., and losses at its entertainment and devices division shrank")
    comma_and = re.search(r",\s*$", head[: earlier.start()]) is not None and earlier.group(0).strip().lower() in (
        "and", "but"
    )
    if earlier.group(0).strip().lower() not in (*opened, *(("and", "but") if paired else ())) and not comma_and:
        return None
    if not paired and (len(words) < 3 or not _PHRASE_PREPOSITIONS & set(words[1:])):
        return None
    # (a participle after its noun is no verb: "The proportion of deaths attributed to pneumonia and influenza was")
    # (an -ed word before another is an adjective in such a pair: "Aggravated assault and burglary each fell")
    if any(((w in EN_VERBS or (ed_form(w) and not (paired and i < len(words) - 1)))
            and not participle_after_noun(words, i))
           or w in ("is", "are", "was", "were", "has", "have", "had") for i, w in enumerate(words)):  # fmt: skip
        return None
    after = re.findall(r"[A-Za-z][\w'’-]*", before[start.end() :])
    while len(after) > 2 and after[-1].lower() in ("to", "by", "at", "from"):
        after = after[:-1]  # "rose to", "fell by"
    # (a copula and "up"/"down" is a verb of change too: "Exports of dairy products and eggs were down"; a time
    # after the second word may stand before it: "and birds eggs in January to May 2015 were down")
    if len(after) > 2 and after[-1].lower() in ("up", "down", "higher", "lower") and after[-2].lower() in (
        "is", "are", "was", "were"
    ):
        after = after[:-1]
    # (a bare verb of change after a modal, which may be a noun elsewhere: "spending on roads and transport will
    # increase by 16 per cent")
    modal = len(after) > 2 and after[-2].lower() in ("will", "would", "could", "may", "might", "should", "to") and (
        after[-1].lower() in ("increase", "grow", "decrease", "drop", "climb", "double")
    )
    verb = bool(after) and (after[-1].lower() in EN_VERBS | {"rose", "fell", "grew"} or modal)
    return earlier if 2 <= len(after) <= 10 and verb else None


_DA_PHRASE_PREPOSITIONS = {"for", "på", "i", "af", "blandt", "hos", "fra", "til", "med", "inden"}
# Participles of change and adverbs that stand after an inverted Danish subject, before the figure: "er priserne på
# huse tilsvarende steget med".
_DA_AFTER_SUBJECT = {"steget", "faldet", "vokset", "øget", "dalet", "tilsvarende", "ligeledes", "også", "samtidig"}
_DA_FINITE = {"er", "var", "har", "havde", "blev", "bliver", "steg", "stiger", "faldt", "falder", "voksede", "vokser",
              "udgjorde", "udgør", "lå", "ligger", "nåede", "når", "endte", "ender", "landede", "lander"}  # fmt: skip


def _og_inside_phrase(before: str, start: re.Match[str] | None) -> re.Match[str] | None:
    """The Danish clause start before an "og"/"eller" that joins two words of the subject's complement ("Priserne
    på el og gas steg med hhv. 12 og 8 pct.", "Ledigheden for mænd og kvinder steg til"): the words before it
    hold a preposition and no finite verb, and a finite verb follows within four words."""
    if start is None or start.group(0).strip().lower() not in ("og", "eller") or start.start() == 0:
        return None
    head = before[: start.start()]
    earlier = CLAUSE_START["da"].search(head)
    if earlier is not None and earlier.group(0).strip().lower() not in ("", ","):
        return None
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", head[earlier.end() if earlier else 0 :])]
    if len(words) < 3 or not _DA_PHRASE_PREPOSITIONS & set(words[1:]) or _DA_FINITE & set(words):
        return None
    after = [w.lower() for w in re.findall(r"[^\W\d_][\w'’.-]*", before[start.end() :])]
    verb = next((k for k, w in enumerate(after) if w in _DA_FINITE), None)
    if verb is None or not 1 <= verb <= 4 or len(after) - verb > 3:
        return None
    return earlier if earlier is not None else re.match(r"", before)


# A Danish relative clause in commas between a subject and its participle or finite verb of change: ", som føler,
# at deres stemme bliver hørt i EU, | steget fra" (the clause may hold commas of its own).
_DA_RELATIVE_THEN_VERB = re.compile(
    r",\s+(?:som|der)\s+[^;:()]{3,150},\s+((?:steget|faldet|vokset|øget|reduceret|stiger|falder|vokser|steg|faldt|"
    r"voksede|ligger|lå|udgør|udgjorde|er|var)\s+(?:med|til|fra|på)?\s*(?:(?:cirka|ca\.|omkring|godt|knap|næsten)\s+)?)$"
)


def _bare_showing(clause: str) -> re.Match[str] | None:
    """_SHOWING_BARE after a capitalised name or a plural noun (see the pattern)."""
    for m in _SHOWING_BARE.finditer(clause):
        prior = re.search(r"([\w'’-]+)\s+$", clause[: m.start()])
        if prior and (prior.group(1)[:1].isupper() or re.fullmatch(r"[a-z]{3,}s", prior.group(1))):
            return m
    return None


# Phrasal verbs that link a subject to the figure as "was" does: "ended up being", "wound up at", "came in at".
LINKING_PHRASE = re.compile(
    r"\s+(?:end(?:ed|s|ing)?|w(?:ou|i)nd(?:s|ing)?)\s+up\s+(?:being|at|as)\s+$|\s+(?:came|comes?|coming)\s+in\s+at\s+$"
)


# What stands before a count that has no subject: an existential "there" and its verb (past a fronted adverb), or a
# place phrase opening the sentence ("In Sligo," "At Cork University Hospital") with nothing after it.
BARE_COUNT_CLAUSE = re.compile(
    r"\s*(?:(?:Today|Now|Currently|Nationally|Nationwide|Overall|Altogether|Still|Yesterday|Tonight)\s*,?\s+)?"
    r"there\s+(?:are|were|is|was|have\s+been|had\s+been|will\s+be|remain|remained)\s+(?:(?:now|still)\s+)?"
    r"|\s*(?:In|At|Across|Throughout|Within)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s*,?\s*",
    re.IGNORECASE,
)


# The year of a "Month D, YYYY" date inside a subject, followed by more of the clause ("ended July 31, 2010 was")
_DATE_YEAR = re.compile(rf"\b({EN_MONTHS}\.?\s+\d{{1,2}}),?\s+(?:19|20)\d\d\b(?=\s+[a-z])")


_BEFORE_PHRASE_RE1 = re.compile(r"\s*\((?:[^()]{1,30}|[^()\d]{31,60})\)(?=\s+(?:[\w'’]|-(?![-\s])))")
_BEFORE_PHRASE_RE2 = re.compile(r",\s+(?:which|who)\s+[^;:()]{3,150},\s+((?:[a-z]+\s+){1,3})$")
_BEFORE_PHRASE_RE3 = re.compile(r"\b(to|from)\s+and\s+(?:from|to)\b")
_BEFORE_PHRASE_RE4 = re.compile(r"\s+(?:-{1,2}|[—–])\s+[^-—–\d]{1,60}?\s+(?:-{1,2}|[—–])\s+(?=[a-z]+\s+$)")
_BEFORE_PHRASE_RE5 = re.compile(r"(?<=[a-z])\s+such\s+as\s+[^,;:()\d]{1,80}?(?:\s+(?=[a-z]+\s+$)|\s*$)")
_BEFORE_PHRASE_RE6 = re.compile(r"\b([A-Z][\w'’.-]*),(\s+[A-Z][\w'’.-]*-based\b)")
_BEFORE_PHRASE_RE7 = re.compile(r"^\s*-{1,2}\s+")
_BEFORE_PHRASE_RE8 = re.compile(r"\s*(?:up|down)\s+(?:by\s+)?(?:(?:just|only|about|some|nearly|almost)\s+)?")
_BEFORE_PHRASE_RE9 = re.compile(r"\s*(?:is|are|was|were|has|have|had|er|var|har|blev)\s+(?:now\s+|nu\s+)?$")
_BEFORE_PHRASE_RE10 = re.compile(r"\s*([\w'’-]+)")
_BEFORE_PHRASE_RE11 = re.compile(r"and|but|og|men", re.IGNORECASE)
_BEFORE_PHRASE_RE12 = re.compile(r"\d")
_BEFORE_PHRASE_RE13 = re.compile(r"\w")
_BEFORE_PHRASE_RE14 = re.compile(r"\b(?:19|20)\d\d\b")
_BEFORE_PHRASE_RE15 = re.compile(r"\w(?:['’]|['’]s)$")


def before_phrase(before: str, lang: str) -> tuple[str | None, bool]:
    """The subject of the clause a figure ends ("the death toll | might approach"), and whether it is
    a measure ("toll", "revenue") rather than the thing counted."""
    if lang not in ("en", "da"):
        return None, False
    if lang == "da":  # "steg til hhv. 2,7 og 2,4 pct.": "respectively" pairs the figures with a list, no word of them
        # ("er siden 2010 steget med": when, between the auxiliary and the participle)
        before = without_da_time_adjunct(re.sub(r"(?<=\s)(?:hhv\.|henholdsvis)\s*$", "", before))
    # a short bracket inside the subject is no clause's edge: "the consumer price index (CPI) for June climbed"
    # (not an agency's bracket before a dateline's dash, "Aug. 18 (UPI) -- The index", which ends the dateline)
    # (a longer one with no digits too: "Apple's revenue in China (encompassing Hong Kong and Taiwan) during")
    before = _BEFORE_PHRASE_RE1.sub("", before)
    if lang == "en":  # "Revenue in the largest unit, Harbour Marine, which ..., was": a name in apposition to the
        # object of the subject's preposition is no subject of its own
        # (the comma stays when a relative clause follows, which is set off by it)
        before = NAME_AFTER_OBJECT.sub(lambda m: m.group(1) + ("," if m.group(2) else ""), before)
    # nor a relative clause in commas that holds a list of its own ("Pro-forma profits, which exclude stock
    # compensation, operating expenses and other items, were"): the commas are the clause's, up to the verb after it
    inner_list = _BEFORE_PHRASE_RE2.search(before)
    if lang == "en" and inner_list and clause_verb(inner_list.group(1).split()[0]):
        before = f"{before[: inner_list.start()]} {inner_list.group(1)}"
    # (Danish too, when only the verb and its preposition follow the clause: "antallet af borgere, som føler, at
    # deres stemme bliver hørt, | steget fra")
    relative_da = _DA_RELATIVE_THEN_VERB.search(before) if lang == "da" else None
    if relative_da:
        before = f"{before[: relative_da.start()]} {relative_da.group(1)}"
    before = _BEFORE_PHRASE_RE3.sub(r"\1", before)  # "traffic to and from the US grew"
    before = without_age_modifier(before) if lang == "en" else before  # "students aged 18 and 19 are down by"
    if lang == "en":  # "the tax increase ended up being 12%", "turnout came in at 48%": a copula said in three words
        before = LINKING_PHRASE.sub(" was ", before)
    # nor an aside between two dashes before the verb: "Core prices - which exclude food and energy - rose"
    before = _BEFORE_PHRASE_RE4.sub(" ", before)
    # nor the examples of "such as" before the verb: "multiple-unit projects such as apartments and condominiums fell"
    # (or up to the end, when the verb was cut off before: "Industrial projects such as buildings for utilities")
    before = _BEFORE_PHRASE_RE5.sub(" ", before)
    # nor the year of a full date in the subject's time phrase: "Net profit for the 52 weeks ended March 3, 2009 was"
    # (its comma is no clause's edge, and its year no word of what was measured)
    if lang == "en":
        before = _DATE_YEAR.sub(r"\1", before)
    # nor the comma of a town and its state before "-based": "Shares of the Bellevue, Washington-based company"
    before = _BEFORE_PHRASE_RE6.sub(r"\1\2", before)
    if lang == "en":  # "the practice, which it estimates costs consumers": the relative clause's own verb is "costs"
        before = _REPORTED_IN_RELATIVE.sub(r"\1 ", before)
    caused = _CAUSED_TO.search(before) if lang == "en" else None
    if caused:  # "led the cost of shipping containers to grow 90%": the object of the cause grew
        return before_phrase(f"{caused.group(1)} rose ", lang)
    listed = _NOUN_BEFORE_NAMED_LIST.search(before)
    noun = (listed.group("first") or listed.group("noun")) if listed else ""
    if noun and noun.lower() not in STOP.get(lang, set()) and noun.lower() not in EN_VERBS:
        # "losses in Sri Lanka, the Maldives and Florida reached": the commas are a list's, and the
        # subject is the noun (a sentence's first word may be capitalised) the list of names hangs on
        return noun, noun.lower() in MEASURES
    start = CLAUSE_START[lang].search(before)
    said = start.group(0).strip().lower() if start and lang == "en" else ""
    if start and said in _PASSIVE_SAYING and re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$",
                                             before[: start.start()]):  # fmt: skip
        # "the gains that were previously reported were revised down": a passive participle, no clause of saying
        start = CLAUSE_START[lang].search(before[: start.start()])
    if lang == "en" and start and reduced_saying(before, start):
        # "The number of measles cases reported during the outbreak has reached": a participle after its noun, whose
        # clause goes on to the figure's own verb, is no clause of saying
        start = CLAUSE_START[lang].search(before[: start.start()])
    inner = _and_inside_phrase(before, start) if lang == "en" else _og_inside_phrase(before, start)
    if inner is not None:
        # "Average hourly earnings for production and office workers rose": an "and" with no verb before it joins
        # two words of one noun phrase, not two clauses; the clause starts where that phrase does
        start = inner
    clause = before[start.end() :] if start else before
    clause = _BEFORE_PHRASE_RE7.sub(" ", clause)  # "WASHINGTON, Aug. 18 (UPI) -- The index rose": a dateline's dash
    if lang == "en":  # "During the last week in January the proportion of deaths rose": a fronted time, no subject
        clause = FRONTED_TIME.sub(" ", clause, count=1)
    if lang == "en" and BARE_COUNT_CLAUSE.fullmatch(clause):
        # "Today there are | 14 in Mullingar", "In Sligo, | 28 are waiting": an existential "there" or a fronted place
        # phrase leaves the count no subject before it (the place is where, not what is counted)
        return None, False
    told = TOLD_WHOM.match(clause) if lang == "en" and start and start.group(0).strip().lower() == "told" else None
    if told:  # "Officials told Harmon | the damage in the town could total": whom it was told is no subject
        clause = " " + clause[told.end() :]
    expected = _EXPECTS_TO.search(clause) if lang == "en" else None
    if expected:  # "expects profit before tax for the first half to be in the region of £85m": the infinitive's subject
        named: list[str] = []
        for w in expected.group(1).split():
            if w.lower() in ("for", "in", "during", "over", "this", "next") and named:
                break  # (a time after the noun: "for the first half of its fiscal year")
            named.append(w)
        named = [w for w in named if w.lower() not in ("the", "its", "their", "a", "an", "his", "her")]
        if named:
            return " ".join(named), named[-1].lower() in MEASURES
    fronted = _DA_FRONTED.match(clause) if lang == "da" else None
    if fronted:  # "Siden 2010 er antallet af turister steget med": the subject follows the finite verb
        return before_phrase(clause[fronted.end() :], lang)
    inverted = _DA_INVERTED.search(clause) if lang == "da" else None
    first = inverted.group(1).split()[:1] if inverted else []
    if inverted and inverted.start() > 0 and first and first[0].lower() not in STOP["da"] | ADVERBS | PRONOUNS:
        # "Set over de seneste måneder er eksporten steget med": whatever opens the clause, the subject follows the
        # finite verb when a participle closes the verb after it
        return before_phrase(clause[inverted.start() :].split(None, 1)[1], lang)
    opener = start.group(0).strip().lower() if start else ""
    # (a light head on the way: "rose again in the second quarter, | to a total of 2.51 million")
    stepped = re.fullmatch(
        r"\s*(?:by|to)\s+(?:an?\s+(?:total|record|(?:new\s+)?(?:high|low)|level)\s+of\s+|a\s+record\s+)?"
        r"(?:(?:about|some|nearly|almost|around)\s+)?",
        clause,
    )
    # (also "up"/"down" after a colon: "Wii sales continued to decline: down just five percent"; after a comma the
    # figure before is the one put another way, "handled 9 million containers, up 4%", which `sharing` reads)
    ups = _BEFORE_PHRASE_RE8.fullmatch(clause)
    # (after a comma too when the clause before holds no figure of its own to be put another way: "The index for
    # shelter rose slightly in July, up 0.2 percent")
    bare = start is not None and not re.search(r"\d", _BEFORE_PHRASE_RE14.sub("", before[: start.start()]))
    stepped = (stepped or (ups if bare else None)) if opener == "," else (ups if opener == ":" else None)
    if lang == "en" and start is not None and opener in (",", ":") and stepped:
        # "Prices have risen for the fifth month in a row, | by 0.4%": the step of the clause before the comma
        return before_phrase(re.sub(r"[\s,]+$", "", before[: start.start()]), lang)
    if lang == "en" and opener in ("after", "before") and start is not None and start.start() > 0:
        head = before[: start.start()]
        if re.match(r"\s*[a-z]{3,}ing\s", clause) and not any(
            w.lower() in EN_VERBS or re.fullmatch(r"[a-z]{3,}ed", w) for w in head.split()
        ):
            # "Discover's profit after paying preferred dividends rose to": a phrase of the subject, no clause;
            # no verb stands before "after"
            return before_phrase(f"{head.rstrip()} rose ", lang)
    leading = _PARTICIPLE_LEADS.fullmatch(clause) if lang == "en" and opener in (",", "after", "before") else None
    if start is not None and leading and leading.group(1) not in EN_STOP:
        # "Exports fell 4%, dropping to $18 billion", "Sales rose, reaching $4 billion", "shrank by 0.3%, after
        # growing by 0.2%": the participle's subject is the subject of the clause before it
        return before_phrase(re.sub(r"[\s,]+$", "", before[: start.start()]), lang)
    joined = start is not None and _BEFORE_PHRASE_RE11.fullmatch(start.group(0).strip())
    copula = _BEFORE_PHRASE_RE9.match(clause)
    verb_opens = copula is not None
    verb_opens = verb_opens or (lang == "en" and _SHARED_VERB.fullmatch(clause) is not None)
    shared = coordinated_subject(before[: start.start()], clause) if (
        lang == "en" and start is not None and joined and start.start() > 0 and start.group(0).strip().lower() == "and"
    ) else None  # fmt: skip
    if shared:  # "The company cut its forecast and lost | $8.2m": the first clause's subject lost it
        return shared, shared.split()[-1].lower() in MEASURES
    if start is not None and joined and verb_opens and start.start() > 0:
        # "The wildfire has burned 40,000 acres and is | 20% contained": the verb shares the first clause's subject
        return before_phrase(before[: start.start()], lang)
    if lang == "en" and opener == "," and start is not None and start.start() > 0:
        verb_only = re.fullmatch(r"\s*([a-z]+)\s+(?:to|by)\s+(?:(?:about|almost|nearly|some|around)\s+)?", clause)
        head = before[: start.start()]
        if (
            verb_only
            and verb_only.group(1) in EN_VERBS
            and "," not in head  # (a part set off by two commas is read as an appositive below)
            and not any(w.lower() in EN_VERBS for w in head.split())
        ):
            # "An even narrower measure, excluding alcohol and tobacco, rose to 1.1%" (or with one comma only): a
            # comma before the figure's verb, with no clause before it, sets off a part of the subject
            # (a participle after the head opens what describes it: "measure excluding also alcohol and tobacco")
            head = re.sub(r"(?<=[a-z])\s+[a-z]+ing\s.*$", "", head)
            return before_phrase(re.sub(r"[\s,]*$", " rose ", head), lang)
    helped = _HELPED.search(clause) if lang == "en" else None
    if helped:  # "demand helped the economy grow 0.8 percent": the object of "helped" grew, not the demand
        named = [w for w in helped.group(1).split() if w.lower() not in ("the", "its", "their", "his", "our")]
        return " ".join(named), named[-1].lower() in MEASURES
    embedded = _THINKING.search(clause) if lang == "en" else None
    if embedded:  # "officials fear the toll could exceed 200": the subject of the clause the verb takes
        return before_phrase(embedded.group(1), lang)
    shown = (_SHOWING.search(clause) or _bare_showing(clause)) if lang == "en" else None
    if shown:  # "Figures show the UK economy shrank by 0.3%": the subject of the clause shown
        return before_phrase(clause[shown.end() :], lang)
    first = _BEFORE_PHRASE_RE10.match(clause)
    # (a verb in -ed too: "The index, which tracks 100 firms, closed at")
    verb_first = first is not None and (
        first.group(1).lower() in EN_VERBS or (lang == "en" and ed_form(first.group(1)))
    )
    label = re.fullmatch(r"\s*((?:[A-Za-z][\w'’&-]*\s+){0,2}[A-Za-z][\w'’&-]*)\s*", before[: start.start()]) if (
        start is not None and opener == ":" and verb_first and lang == "en") else None  # fmt: skip
    if label and label.group(1).split()[-1].lower() not in EN_STOP | EN_VERBS:
        return label.group(1), label.group(1).split()[-1].lower() in MEASURES  # "Revenue: Rose 58.9%": the label's
    head_end = before[: start.end()] if start and verb_first else ""
    appositive = re.search(_APPOSITIVE, head_end) if head_end.endswith(",") else None
    if appositive:
        # "The bridge, built in 1890, was 40 metres long": the subject stands before the appositive
        return before_phrase(f"{head_end[: appositive.end(1)]} {clause}", lang)
    words: list[str] = []
    head = ""  # the noun an of-phrase hangs on: "number" in "the number of refugees"
    nouned = False  # whether a verb of the lists was read as the phrase's noun ("the average estimate")
    tokens = WORD_TOKENS.findall(clause)
    for k, token in enumerate(tokens):
        low = token.lower()
        if token == "&" and words and words[-1][:1].isupper() and tokens[k + 1 : k + 2] and tokens[k + 1][:1].isupper():
            words.append(token)  # "Marks & Spencer dropped 2%": an ampersand inside a firm's name
            continue
        if not _BEFORE_PHRASE_RE13.match(token):
            break
        # ("prisen for et sommerhus": Danish "for" after a measure too)
        of = low in ("of", "af") or (lang == "da" and low in ("på", "for") and words and words[-1].lower() in MEASURES)
        of = of or (lang == "en" and low == "for" and len(words) <= 2)  # "Support for the party fell"
        # ("Prisen på benzin steg": its price)
        if of and words and not head and (words[-1].lower() not in EN_VERBS or nouned):
            head = words[-1]  # "Sales of electric cars jumped": the subject goes on past its of-phrase
            words.append(token)
            continue
        if words and words[-1].lower() in ("of", "for", "among") and low in ("the", "its", "their", "this", "a", "an"):
            words.append(token)  # "Sales of the firm's cars", "Support for the party", "The price of a barrel"
            continue
        if lang == "da" and head and (low in _DA_FINITE or low in _DA_AFTER_SUBJECT):
            break  # "priserne på campingvogne tilsvarende steget med": the measure's phrase ends before the verb
        if lang == "da" and head and words[-1].lower() in ("på", "for", "af") and low in ("en", "et", "den", "det"):
            words.append(token)  # "Prisen på en sæk rug", "prisen for et sommerhus": the measure's article
            continue
        if of and head and words and words[-1].lower() in _MEASURED_BY:
            words.append(token)  # "The price of a barrel of oil hit": the measure goes on to what it measures
            continue
        if not words and low in ("the", "a", "an", "its", "their", "his", "her", "den", "det", "de", "en", "et",
                                 "each", "every", "hver", "hvert", "alle",
                                 "when", "where", "once", "now", "and", "then", "so"):  # fmt: skip
            continue
        if (lang == "en" and low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS) or low in ADVERBS:
            continue  # "which currently equal": an adverb is no part of the subject
        out_of = (low == "out" and tokens[k + 1 : k + 2] == ["of"]) or (low == "of" and words[-1:] == ["out"])
        if lang == "en" and head and out_of:
            words.append(token)  # "The number of people out of work rose": the of-phrase goes on past "out of"
            continue
        if lang == "en" and not words and low == "thus" and tokens[k + 1 : k + 2] == ["far"]:
            continue
        if lang == "en" and not words and low == "far" and k and tokens[k - 1].lower() in ("so", "thus", "by"):
            continue  # "but so far only 38 are": the adverb "so far", no noun
        if lang == "en" and low in STATUS and head and head.lower() in CONTAINERS and words[-1].lower() != "of":
            words.append(token)  # "the number of miners injured each month is": the participle says which
            continue
        determined = lang == "en" and k > 0 and tokens[k - 1].lower() in _DETERMINERS and token.islower()
        determined = determined and low not in EN_STOP
        if low in EN_VERBS and determined and not words:
            words.append(token)  # "The gains for July were", "The estimate rose": after its article, a noun
            continue
        run = tokens[max(k - len(words) - 1, 0) : k]
        opener_word = run[0].lower() if run else ""
        opened = opener_word in _DETERMINERS or _BEFORE_PHRASE_RE15.search(opener_word) is not None
        opened = opened and len(run) == len(words) + 1 and run[1:] == words
        # (a possessive opening the phrase determines it too: "Economists' consensus estimate was")
        opened = opened or (len(words) >= 2 and re.search(r"\w(?:['’]|['’]s)$", words[0]) is not None)
        if lang == "en" and low in EN_VERBS and opened and 0 < len(words) <= 2 and noun_in_phrase(token, words[-1]):
            words.append(token)  # "The average estimate was", "the consensus estimate of": the phrase's head
            nouned = True
            continue
        if inner is not None and low in ("and", "or") and words:  # "people out of work and claiming benefit"
            words.append(token)
            continue
        if lang == "da" and low in EN_VERBS and words and k >= 2 and noun_in_phrase(token, " ".join(tokens[k - 2 : k])):
            words.append(token)  # "Det samlede beløb på": a weak adjective's noun, though "beløb" is also a verb
            continue
        titled_on = lang == "en" and k > 0 and token[:1].isupper() and tokens[k + 1 : k + 2] != [] and (
            tokens[k + 1][:1].isupper() and low not in EN_VERBS
        )
        paired_name = lang == "en" and k > 1 and token[:1].isupper() and words[-1:] == ["and"] and (
            tokens[k - 2][:1].isupper()
        )  # "Burberry and Next also fell": a name after "and", whatever the word is elsewhere
        if (titled_on and (words or tokens[k - 1].lower() in ("the", "a", "an"))) or paired_name:
            words.append(token)  # "The Last Wish dropped", "The Day After Tomorrow took": a function word in a title
            continue
        if lang == "en" and label_letter(tokens, k, words):
            words.append(token)  # "Band A properties pay", "Class A drugs rose": a label's letter, no article
            continue
        if lang == "en" and low in ("cost", "costs") and words and _costs_whom(tokens[k + 1 :]):
            break  # "Online banking fraud cost UK banks | £12m": the verb and whom it cost, no part of the subject
        noun_in_s = low in EN_VERBS and low.endswith("s") and low not in _AUX_BEFORE_VERB | {"does", "says"}
        if lang == "en" and words and noun_in_s and _finite_verb_follows(tokens, k):
            words.append(token)  # "Capital gains tax receipts fell": the clause's verb comes later, so no verb here
            continue
        if low in EN_VERBS or low in STOP.get(lang, set()):
            break
        if lang == "en" and ed_form(low) and words:
            nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
            if not nxt or nxt in EN_STOP or not re.match(r"[a-z]", nxt):
                break  # "Kmart gained", not "published launch cost"
        words.append(token)
    while words and words[-1].lower() in ("the", "its", "their", "this", "each", "both"):
        words = words[:-1]
    if words and words[-1].lower() in ("of", "af", "på", "for", "among"):
        words, head = words[:-1], ""
    # "The film, which cost $100m": "cost" is the relative clause's verb (a noun elsewhere, so in no verb list)
    only_verb = len(words) == 1 and (
        words[0].lower() in EN_VERBS or (lang == "en" and (ed_form(words[0]) or words[0].lower() in ("cost", "costs")))
    )
    # (also with whom it costs: "the practice, which costs consumers £100m")
    only_verb = only_verb or (len(words) == 2 and lang == "en" and words[0].lower() in ("cost", "costs", "saves"))
    relative = r"which|who|that|som|der|hvilket|hvilken|hvilke"
    # "Sales for the quarter that ended June 30 were": a word in -ed right after "that" is the relative clause's
    # verb, whatever follows it (a noun there would want its determiner)
    only_verb = only_verb or (
        lang == "en" and len(words) > 1 and start is not None
        and re.fullmatch(r"that|which|who", start.group(0).strip(), re.I) is not None
        and ed_form(words[0]) and len(clause.split()) >= 3 and clause.split()[-1].lower() in EN_VERBS
    )  # fmt: skip
    # "the division that runs the stores fell": a word in -s right after "that" and before a determiner is the
    # relative clause's verb, no noun
    only_verb = only_verb or (
        len(words) == 1 and lang == "en" and start is not None
        and re.fullmatch(r"that|which|who", start.group(0).strip(), re.I) is not None
        and re.match(r"\s*[a-z]{3,}s\s+(?:the|a|an|its|their|his|her|our)\s", clause) is not None
    )  # fmt: skip
    if (not words or only_verb or (words and words[0].lower() in ("hvilket", "hvilken", "hvilke"))) and start and (
        re.fullmatch(relative, start.group(0).strip(), re.I) or re.fullmatch(relative, words[0] if words else "", re.I)
    ):
        # "benefits, which equal 42 percent", "the quake, which measured 7.2": the noun the clause hangs on
        # "benefits, which equal 42 percent": a relative clause's subject is the noun it hangs on
        antecedent = re.search(r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,?\s*$", before[: start.start()])
        last = antecedent.group(1).split()[-1].lower() if antecedent else ""
        to_verb = re.search(r"\bto\s+[a-z]+\s*$", before[: start.start()]) is not None  # "glad to see that"
        if antecedent and last not in EN_VERBS and not ed_form(last) and last not in _SAYING and not to_verb:
            # not "found that 61% support": "that" after a verb opens its object clause, not a relative one
            words = [w for w in antecedent.group(1).split()
                     if w.lower() not in STOP.get(lang, set()) and not re.match(r"\d", w)
                     and w.lower() not in _SCALES][-3:]  # fmt: skip
            held = _HEAD_OF_PHRASE.search(before[: start.start()]) if lang == "en" else None
            # (only when the figure's own verb comes after the relative clause: not "Revenue at the business,
            # which employs 300,", whose figure is the clause's)
            gone_on = len(clause.split()) >= 3 and clause.split()[-1].lower() in EN_VERBS
            measured = _MEASURE_AT.search(before[: start.start()]) if lang == "en" and not held and gone_on else None
            # (or any noun, when the clause describes a time: "its net income for the quarter that ended on March 29
            # was": the relative clause dates the quarter, the subject is what was measured in it)
            timed = bool(words) and words[-1].lower() in PERIODS and measured is not None
            timed = timed and measured.group(1).lower() not in EN_STOP | EN_VERBS  # type: ignore[union-attr]
            if measured and (measured.group(1).lower() in MEASURES or timed):
                # "Sales from the unit that makes phones rose 20%": the measure the clause's subject is, not the
                # unit the relative clause describes
                words = [measured.group(1)]
                modifier = re.findall(r"[\w'’-]+", before[: measured.start(1)])[-1:] if timed else []
                if modifier and modifier[0].islower() and modifier[0] not in EN_STOP | EN_VERBS | _DETERMINERS:
                    words = [modifier[0], *words]  # "net income"
            if held and held.group(1).lower() not in STOP.get(lang, set()) and held.group(1).lower() not in EN_VERBS:
                # "Tickets for the final, which cost up to £90": the head of the noun phrase and its complement
                words = [held.group(1), held.group(2), *[w for w in held.group(3).split() if w.lower() not in
                                                        ("the", "a", "an", "its", "their", "his", "her")]]
    gerund = _GERUND_SUBJECT.match(clause) if lang == "en" and len(words) == 1 else None
    if gerund and gerund.group(1) == words[0]:  # "Winning the title would be worth £30m": the deed, with its object
        words = [words[0], *gerund.group(2).split()]
    while len(words) > 1 and (re.fullmatch(r"\d[\d,.]*", words[0]) or words[0].lower() in _APPROXIMATORS):
        words = words[1:]  # "About 1,000 Marines walked 40 miles": the Marines, not their number
    if not words:
        return None, False
    if head and head.lower() in CONTAINERS:
        words = words[words.index(head) :]  # "the number of refugees" counts the refugees
        return " ".join(words), False
    last = (head or words[-1]).lower()
    words = words[-3:] if len(words) > 5 and not head else words
    return " ".join(words), last.strip("'’s") in MEASURES or last in MEASURES


def measure_in_clause(before: str, lang: str) -> str | None:
    """The last measure noun ("turnout", "rate", "share") of the clause before a figure, with the word
    before it when that is no function word ("voter turnout")."""
    start = CLAUSE_START[lang].search(before)
    clause = before[start.end() :] if start else before
    # ("M&S profit falls 19%", "AT&T revenue rose": an ampersand inside a name keeps it one word)
    words: list[str] = re.findall(r"[\w'’-]+(?:&[\w'’-]+)*", clause)
    # (not the unit a rate is per: "earnings per share rose 11%" measures the earnings)
    found = [i for i, w in enumerate(words) if w in MEASURES and not (i and words[i - 1].lower() == "per")]
    # (nor what an accounts' measure is taken before or after: "profit before tax climbed 40%" measures the profit)
    found = [
        i for i in found if not (i > 1 and words[i - 1].lower() in ("before", "after") and words[i - 2] in MEASURES)
    ]
    # (nor "total" as the adjective of another measure: "The total number of robbery offences rose by 20%")
    found = [i for i in found if not (words[i].lower() == "total" and words[i + 1 : i + 2] in (["number"], ["amount"]))]
    # (nor the "total" the figure itself is given as: "raise the harbour levy by a total of 3.5%", "rose by a total of
    # 12%" measure the levy and what rose, as "by an average of" does; "the total rose to 40" keeps its total)
    found = [i for i in found if not (words[i].lower() == "total" and words[i + 1 :] == ["of"])]
    if not found:
        return None
    noun = words[found[-1]]
    modifier = words[found[-1] - 1].lower() if found[-1] else None
    # (a verb of causing before the measure is no modifier of it: "has caused prices to rise 4%")
    causing = lang == "en" and modifier is not None and _CAUSED_TO.match(f"{modifier} x to rise ") is not None
    if modifier and modifier not in STOP.get(lang, set()) and modifier not in EN_VERBS and not causing:
        # (a name's capital stays inside the clause: "India sales grew"; a clause's first word is lowered)
        sentence_first = found[-1] == 1 and not before[: len(before) - len(clause)].strip()
        written = words[found[-1] - 1] if "&" in modifier or not sentence_first else modifier
        return f"{written} {noun}"
    return noun
