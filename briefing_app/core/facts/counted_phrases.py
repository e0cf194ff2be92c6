"""The phrases `counted` looks for around a figure to say what it counts: a rival's margin, a verb of saying before a
quote, a priced deal, a span something took or lasted, a cause after a change, a fronted span and its deed, "one
of N" and the participle that describes the N. Split out of `counted`, which reads them."""

from __future__ import annotations

import re

# A margin in time or distance over a rival named by name: "ahead of defending champion Tav Morrow", "behind Ashby".
AHEAD_OF = re.compile(
    r"\s+((?:ahead\s+of|behind|clear\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)
# A verb of saying or writing before a quote: the quote is what was said, not part of the clause ('reports "77%').
SAYING_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|reports?|reported|wrote|writes|added|adds|stated|states|claims?|claimed|"
    r"tweeted|posted|read|reads|reading)\s*[:,]?\s*$",
    re.IGNORECASE,
)
# What follows the hyphen of a spelled number that is no noun of a compound: the number's own second word
# ("twenty-five"), an ordinal's, a multiple's, a fraction's ("two-thirds").
NOT_COMPOUND_HEADS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
                      "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "fold", "times", "odd", "old",
                      "half", "halves", "thirds", "quarter", "quarters", "fifths", "sixths", "tenths",
                      # the number's own later words in the hyphenated style of simplified English ("ten-thousand
                      # homes", "nine-hundred passengers", "two-hundred-twenty"): no noun of a compound
                      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                      "hundred", "thousand", "million", "billion", "trillion"}  # fmt: skip
# A noun of a priced deal right before "for"/"worth" and a sum: "an offer for $5bn", "a contract worth $2m".
PRICED_NOUN = re.compile(
    r"\b((?:offer|bid|deal|contract|order|payment|loan|grant|settlement|package|fee|tender)s?)\s+(?:for|worth)\s+"
    r"(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|less\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "per"}
RELATIVE = re.compile(r"\b(?:who|that|which|whom)\b")
# The light verb of a time something took: "The bridge | took 25 years to build".
TOOK = re.compile(
    r"\b(?:took|take|takes|taking|will\s+take)\s+(?:(?:about|some|nearly|almost|over|another|just|only|around|under)\s+)?$"
)


# A participle of state ending its clause after a percentage: "is 20% contained.", "80% vaccinated,".
# (or before a time it was so at: "was 40 percent contained on Sunday", "80% vaccinated as of Monday")
STATE_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)?\s+([a-z]{3,}ed)(?=\s*(?:[.,;:)]|$|\s+(?:and|but|as|by)\b"
    r"|\s+(?:on|early|late|last|this)\s+(?:[A-Z][a-z]+day|[a-z]+ing|night|week)\b|\s+[A-Z][a-z]+day\b))"
)
# An Arabic lead of a span that something lasted ("لمدة", "طوال", "على مدى"), past an approximation, at the end.
AR_FOR_A_TIME = re.compile(
    r"(?<!\S)(?:[وف]?(?:لمدة|مدة|طوال|طيلة)|على\s+(?:مدى|مدار))\s+(?:(?:نحو|حوالي|قرابة|أكثر\s+من|أقل\s+من)\s+)?$"
)
# Who does the deed after a duration that something took: "took 3 minutes | for the Sounders | to score".
FOR_DOER = re.compile(r"\s+for\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)(?=\s+to\s+[a-z])")


# "on" and what a change is owed to, after a level or a step: "rose to £300m | on higher sales", "on the back of".
# (past a conversion in brackets: "to $1.75bn (£1bn) on sales up 16pc")
ON_CAUSE = re.compile(
    r"\s*(?:%|percent|per\s+cent)?(?:\s*\([^()]{1,30}\))?\s+on\s+(?:the\s+back\s+of\s+)?(?!behalf\b)"
)
# A verb or noun of change earlier in the clause, with no clause's edge after it.
CHANGED_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rise|rising|fell|fallen|falls|fall|falling|jumped|jump|climbed|climb|surged|soared|"
    r"slumped|dropped|drop|grew|growth|increased|increase|decreased|decrease|declined|decline|gained|slid|"
    r"up|down)\b[^,;:.]*$"
)


# A span fronted with "for" right before a verb in the past and its object: "for 18 years | conducted secret research".
FOR_SPAN = re.compile(r"\bfor\s+(?:(?:about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
DEED_AFTER_SPAN = re.compile(
    r"\s+([a-z]{3,}ed|ran|led|held|kept|built|ruled|fought|taught|hid|fled)\s+((?:[a-z][\w-]*\s*){1,6})"
)


# "one of N" with no noun, and a participle phrase after N that says what the N are: "one of 300 | used to
# interrogate prisoners".
ONE_OF = re.compile(r"\b(?:one|some|many|several|two|three|four|five)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
PARTICIPLE_ON_WHOLE = re.compile(
    r"\s+((?:[a-z]{2,}ed|run|held|built|kept|made|set|known|seen|found|taken|given)\s+(?:to|by|in|for|at|as|on)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)
# A noun of change before "of" and a share or a sum, with what changed after "in": "Analysts had expected a fall of
# 0.5 per cent", "figures showing a rise in house prices of 1.6 per cent": the change is what the figure measures,
# not the clause's subject (who expected or showed it).
CHANGE_OF = re.compile(
    r"\b(?:an?|the|its|their|this|that|any)\s+((?:[a-z-]+\s+){0,2}?(?:rise|fall|increase|decrease|drop|decline|jump|"
    r"cut|gain|reduction|slump|surge|slide|dip|hike|improvement|contraction|expansion|swing|shortfall|"
    r"overshoot|overrun))((?:\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|up\s+to|more\s+than|less\s+than|at\s+least)\s+)?"
    r"(?:US)?[$£€]?\s*$"
)
