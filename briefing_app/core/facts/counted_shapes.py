"""The shapes of words around a figure that `counted._phrase_reading` reads (split out of `counted` to keep it
short): harm done to a bare count, "each" after a noun, an ordinal span, a form of payment, a fine, a span between a
sum and its purpose, where a span was spent, a level reached, and an Arabic noun glued to "and" before the next
figure."""

from __future__ import annotations

import re

from briefing_app.core.facts.age_holder import finite_verb

# A verb of reaching a level right before a bare figure: the figure is the subject's level, and a "for the final" after
# it says when, not a sum's purpose ("Viewing figures peaked at 8.1 million for the final").
LEVEL_REACHED = re.compile(
    r"\b(?:peaked|peaks|peaking|stood|stands|reached|reaches|hit|hits|topped|tops|totalled|totals|totaled)\s+(?:at\s+)?"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|a\s+record|an\s+average\s+of)\s+)?$"
)


# Another counted noun glued to "and" with its own figure right after it: "مقتل 5 | وإصابة 20", "وفاة أكثر
# من 251 | وجرح أكثر من 700".
AR_NEXT_FIGURE = re.compile(
    # (with the next figure's own lead: "24 بالمئة | وكازاخستان بنسبة 23 بالمئة", the next conjunct's noun)
    r"\s+و[\u0621-\u064a]{3,}\s+(?:(?:بنسبة|بمقدار|بقيمة|بنحو|بحوالي|بزيادة|بانخفاض)\s+)?"
    r"(?:(?:أكثر|أقل)\s+من\s+|(?:نحو|حوالي|قرابة|زهاء)\s+)?"
    # (or a vague count of its own: "مقتل 35 | وتفحم عشرات السيارات", "وإصابة المئات")
    r"(?:[0-9\u0660-\u0669]|(?:ال)?(?:عشرات|مئات|آلاف|ملايين)(?![\u0621-\u064a]))"
)


NOT_PARTICLE = r"(?:the|a|an|its|their|his|her|and|or|but|in|on|at|to|for|of|by|with|from|after|before)\b"
# What a bare figure did or underwent: "15,000 took part", "40 were killed", "12 have been freed".
ACTING = re.compile(rf"\s+((?:(?:have|has|had|were|was|are)\s+)?(?:been\s+)?([a-z]+)(?:\s+(?!{NOT_PARTICLE})[a-z]+)?)")
# Verbs that do harm to people, before a bare figure: "killing 298", "wounded 40": the figure counts those harmed.
HARMED = re.compile(
    r"\b(kill|injur|wound|arrest|detain|evacuat|displac|rescu|infect|sicken|hospitali[sz]|abduct|kidnapp?)"
    r"(?:ing|ed|e|s|es)?\s+"
    r"(?:(?:at\s+least|more\s+than|some|about|nearly|almost|over|up\s+to|another|all)\s+)?$",
    re.IGNORECASE,
)
HARMED_PARTICIPLE = {
    "kill": "killed", "injur": "injured", "wound": "wounded", "arrest": "arrested", "detain": "detained",
    "evacuat": "evacuated", "displac": "displaced", "rescu": "rescued", "infect": "infected", "abduct": "abducted",
    "kidnap": "kidnapped", "kidnapp": "kidnapped", "sicken": "sickened", "hospitalis": "hospitalised",
    "hospitaliz": "hospitalized",
}  # fmt: skip


# A noun and an appositive of value before a sum: "The loan, worth $2bn,", "a deal, valued at about $5m,".
# "155 wind turbines, each generating": the noun before "each" and the participle after it.
EACH_DOING = re.compile(r"\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*s),?\s+each\s+([a-z]+ing|with|of|worth)\s+$")
# An ordinal and a period: "the 19th month (in a row)", "a third consecutive year".
ORDINAL_SPAN = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:(?:consecutive|straight|successive)\s+)?(?:year|month|week|day|quarter|time|season)s?\b",
    re.IGNORECASE,
)
# The forms a sum is paid in ("£1.2bn in cash", "$3bn in cash and shares"), which say nothing of what it pays for.
PAYMENT_FORM = re.compile(r"(?:cash|shares|stock|(?:cash|shares|stock)\s+and\s+(?:cash|shares|stock|debt))",
                           re.IGNORECASE)  # fmt: skip
# "fined" and whom before a sum: "fined the firm £2.5m", "was fined £10,000" (the object: no article, up to 5 words,
# as a body's name may run: "fined the Kessby Board Options Exchange $6 million").
FINED = re.compile(
    r"\bfine[sd]\s+(?:(?:the|a|an|its|his|her|their)\s+)?((?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+)??"
    r"(?:(?:about|around|nearly|almost|some|up\s+to|more\s+than|over|an\s+estimated|a\s+record)\s+)?$",
    re.IGNORECASE,
)
# A span of time between a sum and its purpose or recipient: "over the next two years | to ...".
SPAN_BETWEEN = re.compile(
    r"\s*,?\s*(?:over|during|within|in|across)\s+(?:the\s+)?(?:(?:next|past|last|coming|first)\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?)\b,?(?=\s+(?:to|for|in|on|towards)\s)"
)
# Where or with whom a duration was spent: a name ("at Northern Rail", "with the Coast Guard") or a bare noun that ends
# its phrase ("in orbit,", "in prison for ...").
SPENT_AT = re.compile(
    r"\s+((?:in|at|with|aboard)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,3}|[a-z]+))"
    r"(?=\s*(?:[,.;:)]|$|\s(?:in|as|and|for|before|after|until|since|where|when|with|on)\b))"
)
NOT_PLACES = {"total", "all", "a", "an", "row", "time", "advance", "turn", "part", "office", "this", "that", "it",
               "them", "which", "length", "general", "particular", "fact", "recent", "between"}  # fmt: skip


# A Danish verb of change, the time or place between, and "med"/"til" right before a figure: "Arbejdsløsheden steg i
# januar med | 2.300 personer": the figure's noun, and whose (the subject) it is.
DA_CHANGED = re.compile(
    r"\b(?:steg|stiger|steget|faldt|falder|faldet|voksede|vokser|vokset|øgedes|øges|dykkede|styrtdykkede)\b"
    r"[^,.;:]{0,30}?\b(?:med|til)\s+(?:(?:cirka|ca\.|omkring|knap|godt|næsten|over|under)\s+)?$"
)


# A sum taken from someone by fraud or theft: "defrauding the retailer of some $42 million", "cheated investors out of
# $3m", "robbed the bank of £20,000": what the sum is, and from whom.
_TAKEN_FROM = re.compile(
    r"\b((?:defraud|swindl|cheat|rob|bilk|fleec)[a-z]*)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:out\s+)?of\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|an\s+estimated|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# A parent of a number with no noun after it counts children: "the mother of two", "a father-of-three".
_PARENT_OF = re.compile(r"\b(grand)?(?:mother|father|parent|mum|mom|dad)s?[\s-]+of[\s-]+$", re.IGNORECASE)


def taken_from(before: str) -> str | None:
    """What an English sum taken by fraud or theft counts, with whom it was taken from: "defrauding Best Buy"."""
    taken = _TAKEN_FROM.search(re.sub(r"(?:US|A|C|NZ|HK)?[$£€¥]\s*$", "", before[-80:]))  # (the sign before the digits)
    if taken is None:
        return None
    whom = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", taken.group(2), flags=re.IGNORECASE)
    return f"{taken.group(1).lower()} {whom}"


def children_of(before: str, rest: str) -> str | None:
    """The children a parent of a bare number has ("the mother of two for ..."); `rest` is the text after the
    number, which must go on with no noun of its own."""
    verb = re.match(r"\s+([a-z]+)\b", rest)
    ends = re.match(r"\s*(?:[,.;:)]|$|(?:for|in|and|who|from|at|on|with|to|is|was|has|had|said|says)\b)", rest)
    # (or the clause's verb: "a father of two died")
    bare = ends is not None or (verb is not None and finite_verb(verb.group(1), "en"))
    parent = _PARENT_OF.search(before[-30:]) if bare else None
    if parent:
        return "grandchildren" if parent.group(1) else "children"
    return None
