"""What an English figure counts where a shape around it says so better than the general reading (`counted`):
a survey's percentage and its answer ("68 percent said ..."), an age after "now", those harmed after ", killing
12", two joined nouns before a passive, stacked figure adjectives, the noun before "worth", "an increase of N%
in X", a placing "with 30 percent", "in favour", "double the average" and its subject, a count of times and its
period. `english_counts` applies them, with `bare_counts`' bare numbers, in that order (see `figures`).
"""

from __future__ import annotations

import re

from briefing_app.core.facts.age_holder import finite_verb
from briefing_app.core.facts.bare_counts import (
    bare_counts,
    fronted_whole,
    relative_time,
    said_again,
    whole_named_before,
)
from briefing_app.core.facts.counted_clause import clause_before
from briefing_app.core.facts.counted_phrases import NOT_COMPOUND_HEADS
from briefing_app.core.facts.counted_worth import PLACE_BEFORE_WORTH
from briefing_app.core.facts.figure_words import ADVERBS, AS_IDIOMS, CURRENCY_WORDS, EN_MONTHS, EN_STOP
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.phrase_edges import subject_position
from briefing_app.core.facts.reporting_verbs import en
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.facts.sum_relatives_en import passive_of_sum, relative_purpose
from briefing_app.core.numbers import NumberMatch

# A copula before a multiple of a compared amount, and the subject before it: "Truancy in the district is more
# than double the regional average", "The crime rate was triple that of the suburbs".
_COPULA_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|which|show|shows|showed|found|finds|with)\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|remains?|stands?\s+at|"
    # (or a verb of staying at a level: "with orders running at about half their 2007 peak")
    r"(?:(?:is|are|was|were)\s+)?(?:hovering|running|standing|sitting|stuck)\s+at)\s+$",
    re.IGNORECASE,
)


def compared_subject(text: str, n: NumberMatch) -> str | None:
    """The subject a "double the ..." or "triple that of ..." after a copula measures."""
    # (a half too, before a light head: "Orders are running at half the level of 2007": orders, not the level)
    if not n.spelled or n.text.lower() not in ("double", "triple", "treble", "half"):
        return None
    before = text[: n.start]
    if n.qualifier:
        at = before.rfind(n.qualifier)
        before = before[:at] if at >= 0 else before
    m = _COPULA_BEFORE.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their", "this", "that", "with"):
        words = words[1:]
    return " ".join(words) or None


# A percentage as the subject of a verb of saying, backing or opposing (a survey's answer): "68 percent said the law
# should change", "22 percent supported the idea; 72 percent opposed.": those who answered so.
_ANSWER_VERB = re.compile(
    # (a fraction in words has no percent sign: "Two-thirds said they ...")
    r"\s*(?:%|percent\b|per\s+cent\b|pct\b|)\s+"
    r"(?:of\s+(them|those\s+(?:asked|polled|surveyed|questioned))\s+)?"
    rf"((?:also\s+|still\s+)?(?:{en('say', 'past base s')}|"
    r"supported|support|supports|opposed|oppose|opposes|agreed|agree|agrees|"
    r"disagreed|disagree|believed|believe|believes|thought|think|thinks|favou?red|favou?r|favou?rs|wanted|want|"
    r"wants|backed|back|backs|rejected|reject|rejects|approved|approve|approves|disapproved|disapprove|preferred|"
    r"prefer|prefers|voted|vote|answered|responded|felt|feel|feels|expected|expect|expects|"
    # (the gerund of an answer after "with": "with only 7% saying Y", "with 20% backing the plan")
    r"saying|backing|supporting|opposing|favou?ring|preferring|wanting|believing|thinking|choosing|naming|"
    # and any clause a percentage is the subject of: "70% have fewer than 20 staff", "15% are receiving ..."
    r"have|has|had|are|were|will|would|could|can)\b[^,;:.!?()]*)",
    re.IGNORECASE,
)
# A name with "now", "then" or "aged" before a bare age in commas: "Hisahito, now 10, was born", "Ana, then 16,".
_AGE_APPOSITIVE = re.compile(r"[A-Z][\w'’-]+,\s*(?:now|then|currently|aged|age|only|just)\s+$")
# An age fronted before the person's clause: "At 19, she became ...", "Aged 63, Halvorsen still runs": the sentence
# opens on "at"/"aged" and the bare number, then a pronoun or a name (not "At 5%, inflation", "At 5, the index").
_FRONTED_AGE = re.compile(r"\W*(?:(?:But|And|Yet|Even|Now)\s+)?(?:[Aa]t|[Aa]ged)\s+(?:(?:just|only|barely)\s+)?$")
_FRONTED_AGE_AFTER = re.compile(r",\s+(?:he|she|they|I|we|[A-Z][a-z]+(?!['’]s)\b(?<!The)(?<!This)(?<!That)(?<!It))\b")
# A harm verb after an object named just before it: "attacks on soldiers, killing 12": those harmed were of them.
_HARMED_OBJECT = re.compile(
    r"\b(?:on|at|against|upon)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+)?([a-z]+s|people|children|men|women|police)\s*,\s*"
    r"(killing|wounding|injuring)\s+(?:(?:at\s+least|some|about|nearly|another)\s+)?$"
)
# Two nouns joined after a figure, then a passive: "4,000 men and women have been executed": what was done to them.
_JOINED_PASSIVE = re.compile(
    r"\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?:and|or)\s+((?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)\s+"
    r"(?:(?:have|has|had)\s+been|were|are|was|is)\s+((?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn))\b"
)
# A stack of figure adjectives before one noun: "a 10-year, $30-billion arms package": the noun after the last.
_STACKED = re.compile(
    r"-[a-z]+,\s*(?:(?:US\$|[$£€¥])?\d[\d.,]*(?:-[a-z]+)+|[a-z]+(?:-[a-z]+){1,3})(?=\s+[a-z])"
    # (or a sum with its scale word and no hyphen: "a four-year, $72 million | contract")
    r"|-[a-z]+,\s*(?:US\$|[$£€¥])\d[\d.,]*\s*(?:million|billion|bn|m)?(?=\s+[a-z])"
    # (or a sum with no hyphen before a figure compound: "the overall $9.6 billion, 100,000-vehicle | plan", "a $3.75
    # million, one-year | contract")
    r"|,\s*(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:-[a-z]+)+(?=\s+[a-z])"
)  # (or a hyphened adjective of words: "a 40-year, state-by-state | effort")


# Where a new clause opens before a figure: the sentence's start, a comma or semicolon, or a conjunction.
# (past an adverb of degree left before the percentage: "Asked whether ..., only 32% agreed")
_CLAUSE_OPENS = re.compile(
    # (and "with"/"though" before a second answer of the same question: "41% said X, with only 9% saying Y, though
    # 38% said neither")
    r"(?:^|[,;:(]|\b(?:while|whereas|and|but|that|with|though|although)\b)\s*"
    r"(?:(?:only|just|some|about|around|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)


def answered(text: str, n: NumberMatch, lang: str) -> str | None:
    """What a survey's percentage counts when it is the subject of a verb of saying or backing: the verb and
    its clause (up to ten words)."""
    fraction = re.search(r"(?i)(?:half|thirds?|quarters?|fifths?|tenths?)$", n.text) is not None
    if lang != "en" or (
        n.kind != "percent" and not fraction and not re.match(r"\s*(?:percent|per\s+cent)\b", text[n.end :], re.I)
    ):
        return None
    return answered_at(text, n.start, n.end, n.qualifier)


def _next_share(words: list[str], k: int) -> bool:
    """Whether words[k] opens another share after a conjunction ("and 25% said"), not a number of the answer
    ("have less than 50 employees")."""
    return k > 0 and words[k][:1].isdigit() and words[k - 1].lower() in ("and", "with", "though", "although")


def answered_at(text: str, start: int, end: int, qualifier: str | None = None) -> str | None:
    """`answered` for the share written from `start` to `end`, also a share in words ("roughly seven out of 10
    said the fares were fair": "said the fares were fair")."""
    m = _ANSWER_VERB.match(text, end)
    if m is None:
        return None
    before = text[:start]
    if qualifier:
        at = before.rfind(qualifier)
        before = before[:at] if at >= 0 else before
    if m is None or not (subject_position(before) or _CLAUSE_OPENS.search(before)):
        return None  # not "if the share was 10% support the campaign": the percentage must open its clause
    words = m.group(2).split()
    while words and words[-1].lower() in ("while", "whereas", "but", "and", "with", "compared"):
        words = words[:-1]
    # (up to the next share of the same question too: "54% said X and 31% said Y": "said X", not "... and 25% said Y")
    cut = next(
        (k for k, w in enumerate(words) if w.lower() in ("while", "whereas", "but") or _next_share(words, k)),
        len(words),
    )
    while cut and words[cut - 1].lower() in ("and", "with", "though", "although", "only", "just", "some"):
        cut -= 1
    said = " ".join(words[: min(cut, 10)])
    asked = m.group(1) if m.group(1) and m.group(1) != "them" else None
    return f"{said} ({asked})" if said and asked else said or None  # "oppose the plan (those surveyed)"


def appositive_age(text: str, n: NumberMatch, lang: str) -> bool:
    """Whether a bare number is an age set off by commas after a name with "now", "then" or "aged"."""
    return (
        lang == "en"
        and n.kind == "number"
        and n.value_max is None
        and 0 < n.raw < 120
        and n.raw == int(n.raw)
        and _AGE_APPOSITIVE.search(text[max(0, n.start - 40) : n.start]) is not None
        and re.match(r"\s*(?:,|\)|and\b|at\s+the\s+time\b)", text[n.end :]) is not None
    )


def harmed_object(text: str, n: NumberMatch) -> str | None:
    """The people harmed, named just before ", killing 12": "soldiers killed"."""
    m = _HARMED_OBJECT.search(text[: n.start][-80:])
    if m is None:
        return None
    participle = {"killing": "killed", "wounding": "wounded", "injuring": "injured"}[m.group(2)]
    return f"{m.group(1)} {participle}"


def joined_passive(text: str, n: NumberMatch) -> str | None:
    """Two nouns a figure counts together and what was done to them: "gay men and lesbians ... executed"."""
    m = _JOINED_PASSIVE.match(text, n.end)
    return f"{m.group(1)} and {m.group(2)} {m.group(3)}" if m else None


def stacked_noun_at(text: str, n: NumberMatch) -> int | None:
    """Where the words after the last of stacked figure adjectives start ("a 10-year, $30-billion | arms deal")."""
    # (a spelled compound holds its own hyphen: "a four|-year, $72 million | contract")
    hyphen = n.text.rfind("-") if n.spelled else -1
    if hyphen > 0 and n.text[hyphen + 1 :].lower() in NOT_COMPOUND_HEADS:
        hyphen = -1  # "two-hundred-twenty": the number's own last word, no compound
    m = _STACKED.match(text, n.start + hyphen if hyphen > 0 else n.end)
    if m and m.group(0).startswith(",") and not re.search(r"\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:US\$|[$£€¥])?$",
                                                          text[: n.start]):
        return None  # (a sum before a compound with no hyphen of its own only after its article: "the overall $9.6bn,")
    return m.end() if m else None


# A noun before "worth" or "valued at" a sum, with no comma: "a contract worth $5bn", "a deal valued at $2m".
_WORTH = re.compile(r"\b([a-z][\w-]*)\s+(?:worth|valued\s+at|costing|priced\s+at)\s+$", re.IGNORECASE)
# A noun of change and "of" before a figure: "an increase of 5% in", "a rise of 12 percent in", "a drop of 300".
_CHANGE_OF = re.compile(
    r"\b(increase|rise|fall|drop|decline|decrease|jump|growth|cut|reduction|surge|slump|gain|loss)\s+of\s+$",
    re.IGNORECASE,
)
# A percentage a comparative follows: "20% smaller than", "15 percent more expensive than".
_PERCENT_THAN = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)?\s+((?:more|less)\s+[a-z]+|[a-z]+er)\s+than\b")

# The subject right before a copula: "harvest | was 20% smaller".
_SUBJECT_IS = re.compile(r"([a-z][\w-]*)\s+(?:is|was|are|were|will\s+be|would\s+be|has\s+been)\s+$")


# A sum given "as" something: "paid $5 million as compensation", "50,000 euros as subsidies for the shelter".
_MONEY_AS = re.compile(
    r"\s*(?:(?:euros?|dollars?|pounds?|kroner|francs|yen|yuan|rupees)\b\s*)?(?:\([^)]*\)\s*)?(?:in\s+\w+\s+)?"
    # (not "as compared to", "as opposed to", "as against": what the sum is set against, no noun of its own)
    r"as\s+(?!(?:compared|opposed|against|contrasted)\b)(?:an?\s+|the\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)"
    r"(?=\s*(?:$|[,.;:)]|\s+(?:for|to|from|in|by|and|after|before|over|under)\b))"
)
# A time after "in" ("a rise of 4% in May", "a loss of $9m in the first quarter"): when, not what changed.
_WHEN_NOUN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|half|"
    r"year|month|week|decade|period|spring|summer|autumn|winter|\d+)\b",
    re.IGNORECASE,
)
# Words that are no noun a figure is of: function words, pronouns and verbs that come before "worth".
# Adverbs of time between a passive's auxiliary and "valued at": "was once valued at $2bn" (the subject is valued).
_PASSIVE_ADVERBS = {"once", "now", "then", "previously", "recently", "later", "also", "still", "initially"}
_NOT_NOUNS = {"the", "a", "an", "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "which", "each",
              "every", "all", "some", "any", "their", "his", "her", "our", "those", "these", "them"}  # fmt: skip


# A name that came second or third with a share: "Jones came second with 30 percent".
_PLACED_WITH = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:came|finished|placed|ended|was|is|stood)\s+(?:in\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|last|[1-9](?:st|nd|rd|th))(?:\s+place)?,?\s+with\s+$"
)
# A share's side after it: "67 percent in favour", "40% against".
# ("51.2 percent against 47.9 percent": "against" and another figure compares two shares, no side of a vote)
_IN_FAVOUR = re.compile(
    # ("against" alone or before a pronoun, as a vote's side: "67 percent in favour and 33 percent against", "12
    # percent against it"; before a noun phrase it is a preposition, "a swing of 20 percent against the ruling party")
    r"\s*(?:%|percent\b|per\s+cent\b)\s+(in\s+favou?r|against(?=\s*(?:[,.;:)]|$|\s+(?:and|or|with|while|but|it|them)\b))|in\s+support|"
    r"opposed)\b",
    re.I,
)


# A noun and the comma of an appositive that gives its size: "The asteroid, about 300 metres across,".
_SIZED_APPOSITIVE = re.compile(r"\b([a-z][\w-]*)\s*,\s*$", re.IGNORECASE)
_SIZE_AFTER = re.compile(r"\s*[^\W\d_]*\.?\s*(?:across|long|wide|high|tall|deep|thick|in\s+diameter)\b")


# A verb that moves money, right before a sum: the sum is what was lost, earned, spent or owed.
_MONEY_VERB = re.compile(
    r"\b(lost|earned|raised|spent|paid|owes|owed|pledged|donated|received|invested|poured|generated|saved|stole|"
    r"embezzled|seized|collected|grossed|borrowed|lent|loses|earns|raises|spends|pays|receives|invests|laundered|"
    # (and their gerunds: "jailed for stealing $15 million from clients")
    r"stealing|embezzling|laundering|losing|earning|raising|spending|paying|receiving|investing|collecting|"
    r"borrowing|misappropriat(?:ed|ing)|siphon(?:ed|ing)|divert(?:ed|ing)|defraud(?:ed|ing)|"
    r"imported|exported|importing|exporting)\s+"
    r"(?:(?:an\s+)?(?:estimated|about|around|nearly|almost|some|over|more\s+than|up\s+to|another)\s+|"
    r"an?\s+(?:record|mere|further|additional)\s+)?$",
    re.IGNORECASE,
)


# An age group written as a compound: "under-18s", "over-65s".
_AGE_GROUP = re.compile(r"\b(?:under|over)-$", re.IGNORECASE)
# People and "under"/"over"/"aged" before a bare number: an age limit ("children under 16", "those over 65").
_AGE_LIMIT = re.compile(
    r"\b(children|people|adults|men|women|girls|boys|students|pupils|voters|citizens|those|anyone|persons|youths|"
    r"teenagers|workers|patients|residents)\s+(?:aged\s+)?(?:under|over|above|below|aged|between)\s+$",
    re.IGNORECASE,
)


# A noun and the infinitive of a verb that moves money before a sum: "a plan to save $300 million".
# Words right after a sum that are no noun of it ("to raise $5m more", "to pay £45m plus add-ons").
_NOT_SUM_NOUNS = {"more", "less", "extra", "plus", "each", "apiece", "per", "a", "an", "over", "instead", "back",
                  "up", "down", "too", "as", "or", "and", "but", "so", "then", "now", "upfront", "overall"}  # fmt: skip
_MONEY_PURPOSE = re.compile(
    r"\b([a-z][\w-]*)\s+to\s+(save|raise|spend|pay|earn|borrow|invest|collect|cut|fund|buy|repay|recover)\s+"
    r"(?:(?:an\s+)?(?:estimated|about|around|nearly|almost|some|over|more\s+than|up\s+to|another)\s+|"
    r"an?\s+(?:record|mere|further|additional)\s+)?$",
    re.IGNORECASE,
)


def _lead_before(text: str, n: NumberMatch) -> str:
    """The last 100 characters before a figure (all its shapes need) without its qualifier and currency sign."""
    before = text[max(0, n.start - 100) : n.start]
    if n.qualifier:
        at = before.rfind(n.qualifier)
        before = before[:at] if at >= 0 else before
    return re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before)


# A verb of giving a share (polls, counts) and the capitalised holder right before a percentage: "gave Labour | 37%",
# "put the Conservatives on | 33%", "showing Smith on | 48%".
_GIVEN_SHARE = re.compile(
    r"\b(?:gave|gives|give|giving|put|puts|putting|showed|shows|showing)\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:on\s+|at\s+)?$"
)


# A noun set off by a comma and a passive estimate with its agent, right before the figure: "the crowd, estimated by
# police at | 100,000", "a turnout, put by organisers at | 40,000".
_ESTIMATED_BY = re.compile(
    r"\b([a-z][\w-]*)\s*,\s*(?:estimated|put|reckoned|counted|numbered|valued)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:at|as)\s+(?:(?:about|around|some|more\s+than|over|nearly|up\s+to)\s+)?$"
)


# A bare count and a relative clause on it: "the 500,000 who walked to the White House" (up to seven words).
_BARE_WHO = re.compile(
    r"\s+((?:who\s+(?!is\b|was\b)[a-z]+|that\s+[a-z]+ed)(?:\s+(?!and\b|but\b)[\w'’-]+){0,6})"
)  # (not "more than double that of X": a comparison)
# "the (roughly) N in/at X": the bare count of those at an event named after it.
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:roughly|about|around|some|estimated|nearly|almost|reported)\s+)?$", re.I)
_BARE_AT_EVENT = re.compile(r"\s+(in|at)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)(?=\s*(?:[,.;:)]|$))")


def _age_by_copula(text: str, n: NumberMatch, subject: str | None) -> bool:
    """A bare number after "is"/"was"/"turns" that ends its clause, whose subject is a person noun or a name: an age."""
    if n.kind != "number" or n.currency or n.value_max is not None or not 0 < n.raw < 120 or not subject:
        return False
    copula = r"\b(?:is|was|turns|turned|will\s+be)\s+(?:only\s+|just\s+|now\s+)?$"
    if not re.search(copula, text[max(0, n.start - 20) : n.start]):
        return False
    if not re.match(r"\s*(?:[.;!?]|,\s+(?:and|but)\b|$)", text[n.end :]):
        return False
    head = subject.split(" (")[0].split()
    named = all(w[:1].isupper() for w in head) and len(head) <= 3 and head[0].lower() not in EN_STOP
    return named or (bool(head) and is_person_noun(head[-1].lower()))


# A parent described by the number of children: "a mother of four", "the father-of-two", "a grandmother of 12".
_PARENT_OF = re.compile(r"\b((?:grand)?(?:mother|father|parent|mum|mom|dad))[- ]of[- ]$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:$|[,.;:)!?]|[-–—]|(?:who|whose|that|and|from|in|was|is|has|had)\b)")


def english_counts(text: str, n: NumberMatch, counts: str | None) -> str | None:
    """What an English figure counts once the syntax after and before it has been read (`counts`), where one of
    this module's shapes says better."""
    if counts is None and n.currency:  # "The $100 million that I have announced today for recovery": recovery
        counts = relative_purpose(text[n.end :]) or passive_of_sum(text[n.end :])  # "£49,000 was hidden in a safe"
    parent = _PARENT_OF.search(text, 0, n.start) if n.spelled or n.kind == "number" else None
    if parent and parent.end() == n.start and _NO_NOUN_AFTER.match(text, n.end):
        # "a mother of four who lives ...", "the father-of-two": the children, which the noun leaves unsaid
        return "grandchildren" if parent.group(1).lower().startswith("grand") else "children"
    if appositive_age(text, n, "en"):
        return "age"
    if _age_by_copula(text, n, counts):
        return "age"  # "The singer, whose album went platinum, is 23.": a person's age
    if n.kind == "number" and not n.currency:
        who = _BARE_WHO.match(text, n.end)
        if who:  # "Unlike the 500,000 who walked to the White House": those the relative clause describes
            return " ".join(who.group(1).split())
        the = counts is None and _THE_BEFORE.search(text[max(0, n.start - 30) : n.start]) is not None
        at = _BARE_AT_EVENT.match(text, n.end) if the else None
        if at and not re.match(rf"(?:the\s+)?(?:{EN_MONTHS}|\d)", at.group(2)):
            return f"{at.group(1)} {at.group(2)}"  # "the roughly 500,000 in last week's march": those at the event
    if n.kind == "number" and n.value_max is None and 0 < n.raw < 120 and _FRONTED_AGE.fullmatch(text, 0, n.start) and (
        _FRONTED_AGE_AFTER.match(text, n.end)
    ):
        return "age"  # "At 19, she became the youngest champion": her age then
    near = text[max(0, n.start - 60) : n.start]  # the end-anchored shapes need only the last words
    group = _AGE_GROUP.search(near) if re.match(r"s\b", text[n.end :]) else None
    if group:
        return f"age ({group.group(0).strip()}{n.text}s)"  # "smoking for under-18s": an age group
    limit = _AGE_LIMIT.search(near) if n.kind == "number" and not n.currency and n.raw < 120 else None
    if limit and not re.match(r"\s*(?:(?!years?\b)[a-z]+s\b|-?\s*years?[- ]old)", text[n.end :]):
        return f"age ({limit.group(1)})"  # "children under 16", "people over 65": an age limit
    lead = _lead_before(text, n)
    sized = _SIZED_APPOSITIVE.search(lead) if counts is None else None
    if sized and sized.group(1).lower() not in _NOT_NOUNS and _SIZE_AFTER.match(text, n.end):
        return sized.group(1)  # "The asteroid, about 300 metres across, will pass": the size of the noun before
    placed = _PLACED_WITH.search(lead) if n.kind == "percent" else None
    if placed:  # "Jones came second with 30 percent": Jones's share, not "second"
        own = re.match(r"\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:the\s+)?([a-z]+)", text[n.end :])
        return f"{own.group(1)} ({placed.group(1)})" if own else placed.group(1)
    given = _GIVEN_SHARE.search(lead) if n.kind == "percent" else None
    if given and given.group(1).split()[0].lower() not in _NOT_NOUNS:
        # "The poll gave Labour 37%", "put the Tories on 33%": the party's share; of the vote when the copy says so
        # ("Official results gave Prime Minister X 49.5% of the vote")
        own = re.match(r"\s*(?:%|percent\b|per\s+cent\b)\s+of\s+the\s+(vote|votes|ballots?|seats)\b", text[n.end :])
        return f"{own.group(1)} ({given.group(1)})" if own else given.group(1)
    estimated = _ESTIMATED_BY.search(lead) if counts is None or counts.split(" (")[0].lower() in lead.lower() else None
    if estimated and estimated.group(1).lower() not in _NOT_NOUNS:
        return estimated.group(1)  # "the crowd, estimated by police at 100,000": the size of the noun before
    favour = _IN_FAVOUR.match(text, n.end) if n.kind == "percent" else None
    if favour:  # "passed with 67 percent in favour": those for it, and of what
        side = " ".join(favour.group(1).split())
        return f"{side} ({counts})" if counts and counts != side else side
    # ("cocaine in Pine Bluff worth $100K": the place between the thing and "worth" is no thing valued)
    worth = _WORTH.search(PLACE_BEFORE_WORTH.sub(" ", lead)) if n.currency else None
    dated = worth is not None and re.fullmatch(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)|"
                                               + EN_MONTHS, worth.group(1)) is not None
    # (not "on sale on Friday | priced at"; nor "was once | valued at", a passive whose subject is valued)
    adverbial = worth is not None and (worth.group(1).lower() in ADVERBS | _PASSIVE_ADVERBS)
    if worth and worth.group(1).lower() not in _NOT_NOUNS and not dated and not adverbial:
        return worth.group(1)  # "a contract worth $5bn": the value of the noun before "worth"
    change = _CHANGE_OF.search(lead)
    if change:
        where = re.match(r"\s*(?:%|percent\b|per\s+cent\b)?\s+(?:in|of)\s+((?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)",
                         text[n.end :])  # fmt: skip
        noun = re.sub(r"^the\s+", "", where.group(1)) if where else None
        if noun and noun.split()[0].lower() not in _NOT_NOUNS and not _WHEN_NOUN.search(noun):
            return f"{change.group(1)} in {noun}"  # "an increase of 5% in child poverty": the change, and of what
        if noun and (counts is None or counts.endswith(" of")):
            return change.group(1)  # "There was a rise of 4% in May": the change, in a time
    if counts == "out" and re.search(r"\d(?:st|nd|rd|th)\s+out\s+of\s+$", near):
        scale = re.match(r"\s+(?:on|in)\s+", text[n.end :])  # "ranks 150th out of 180 on the press freedom index"
        return after_phrase(text[n.end + scale.end() :], "en") if scale else None
    said = answered(text, n, "en")
    if said:
        whole = whole_named_before(text, n, "en")  # "Of those surveyed, 58% said ...": of whom
        return f"{said} ({whole})" if whole and whole not in said else said
    if counts in ("killed", "wounded", "injured"):
        counts = harmed_object(text, n) or counts
    joined = joined_passive(text, n)
    if joined and (counts is None or counts in joined):
        return joined
    stacked = stacked_noun_at(text, n)
    if stacked is not None:
        counts = after_phrase(text[stacked:], "en") or counts
    if counts is None or relative_time(counts) or said_again(text, n, "en"):
        counts = bare_counts(text, n, "en")
    elif fronted_whole(text, n, "en"):
        counts = bare_counts(text, n, "en", counts) or counts
    compared = compared_subject(text, n)
    if compared and compared not in (counts or ""):  # "X is more than double the average"
        counts = f"{counts} ({compared})" if counts and counts not in compared else compared
    if counts and n.spelled and " and one " in counts:
        counts = counts.split(" and one ")[0]  # "one son and one daughter": the next "one" counts the daughter
    than = _PERCENT_THAN.match(text, n.end) if n.kind == "percent" else None
    if than and counts == than.group(1):  # "This year's harvest was 20% smaller than": what is smaller
        subject = _SUBJECT_IS.search(_lead_before(text, n))
        if subject and subject.group(1).lower() not in _NOT_NOUNS:
            return f"{counts} ({subject.group(1)})"
    given_as = _MONEY_AS.match(text, n.end) if n.currency else None
    # (not a clause "as" opens: "rose to $5m as demand grew")
    if given_as and (finite_verb(given_as.group(1).split()[-1], "en") or given_as.group(1).split()[0] in AS_IDIOMS):
        given_as = None  # ("approved $5m as well", "as usual": an idiom, no purpose)
    if given_as and given_as.group(1).split()[-1].lower() not in _NOT_NOUNS:
        return given_as.group(1)  # "to grant 50 thousand euros as subsidies": what the sum is given as
    purpose = _MONEY_PURPOSE.search(lead) if n.currency else None
    # ("$612m repairing the fleet"; past a currency written out: "500 billion US dollars to support ...")
    said_after = re.match(r"\s+(?:in|of|on|for|to|from|[a-z]+ing)\s", CURRENCY_WORDS.sub("", text[n.end :], count=1))
    # (nor when the sum has a noun of its own right after it: "ordered to pay £400 costs", "agreed to pay £5m
    # compensation": what is paid, not the order)
    next_word = re.match(r"\s+([a-z][\w-]*)", CURRENCY_WORDS.sub("", text[n.end :], count=1))
    own_noun = (
        next_word is not None
        and counts is not None
        and counts.split()[0] == next_word.group(1)
        and next_word.group(1) not in _NOT_SUM_NOUNS
        and not next_word.group(1).endswith("ly")
    )
    if purpose and purpose.group(1).lower() not in _NOT_NOUNS and not said_after and not own_noun:
        return f"{purpose.group(1)} to {purpose.group(2)}"  # "a plan to save $300 million": what the sum is for
    flow = _MONEY_VERB.search(lead) if n.currency else None
    if flow and flow.group(1).lower() not in (counts or "").lower():  # "The bank lost $5bn": what was lost
        verb = flow.group(1).lower()
        source = re.match(r"\s+from\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)",
                          CURRENCY_WORDS.sub("", text[n.end :], count=1))
        after_words = counts.split(" (")[0].split()[:1] if counts else []
        if verb.endswith("ing") and (not after_words or after_words[0] not in text[n.end :]):
            # "sentenced to seven years ... for stealing $15 million from clients": the deed the sum is of, and from
            # whom, more than any noun before it
            whom = source.group(1).split() if source else []
            whom = whom[: next((k for k, w in enumerate(whom) if w in EN_STOP), len(whom))]
            counts, verb = (f"{verb} (from {' '.join(whom)})" if whom else verb), ""
        if not verb:
            pass
        elif counts and counts.endswith(")"):
            counts = f"{counts[:-1]} {verb})"  # "crisis (bank lost)"
        elif counts and counts in lead[max(0, flow.start() - len(counts) - 2) : flow.start()]:
            counts = f"{counts} {verb}"  # "film earned": the subject just before the verb
        else:
            counts = f"{counts} ({verb})" if counts else verb
    rate = _TIMES_A.match(text, n.end)
    if rate and (rate.group(1) or n.text.lower() in ("once", "twice", "thrice")):
        often = f"times {rate.group(2).lower()} {rate.group(3).lower()}"  # "three times a day": how often, per what
        if not counts or counts.split()[0].lower() == rate.group(3).lower():
            # "broadcast the adzan five times a day reminding people": the period is no noun of the figure, which
            # counts what is done so often, the clause before it
            counts = clause_before(text, n, "en")
        counts = f"{counts} ({often})" if counts and often not in counts else often
    return counts


# A count of times in a period: "three times a day", "twice a week", "once per year".
_TIMES_A = re.compile(
    r"\s+(times\s+)?(a|an|per|each|every)\s+(second|minute|hour|day|night|week|fortnight|month|year|decade)\b",
    re.IGNORECASE,
)
