"""What a figure counts, read from its own sentence by syntax (see `figures` for the overview).

This module chooses among the readings: first `counted_lead` (ages, brackets, fronted phrases, how long
since), then `counted_measures` ("X of N", measures used as adjectives, lengths, multiples), then here the noun
phrase after the figure, verbs of change, appositives of value, durations and the subject; `counted_clause`
reads the clause a figure ends when nothing names it. The readings themselves live in small modules:
`noun_after` (the noun phrase after the figure), `subject_before` (the subject or measure before it),
`durations` (what a duration measures) and `counted_rtl` (Arabic and Hebrew measure nouns and subjects).
What the figures of one sentence share with each other is `sharing`'s.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_barrier import ar_without_barrier
from briefing_app.core.facts.ar_bounds import ar_ahead_unbounded, ar_sum_word
from briefing_app.core.facts.ar_change_masdar import ar_masdar_change
from briefing_app.core.facts.ar_list_item import ar_list_item
from briefing_app.core.facts.ar_penalties import ar_each, ar_penalty_past_aside
from briefing_app.core.facts.ar_percent_words import ar_percent_signs
from briefing_app.core.facts.ar_quoted_names import ar_quoted_as_one
from briefing_app.core.facts.ar_ranging import ar_ranging
from briefing_app.core.facts.ar_subject_head import ar_subject_with_head
from briefing_app.core.facts.ar_svo_subject import ar_subject_before_adjunct, ar_subject_before_place
from briefing_app.core.facts.ar_time_adjuncts import trailing_time_adjunct
from briefing_app.core.facts.ar_times import ar_without_time
from briefing_app.core.facts.caused_states_en import believed_state, caused_state
from briefing_app.core.facts.comparative_states_en import noun_before_comparative
from briefing_app.core.facts.counted_asides import without_share_aside
from briefing_app.core.facts.counted_da import danish_changed_object, danish_out_of_fronted, danish_sum_reading
from briefing_app.core.facts.counted_flows import (
    absolute_participle,
    earned_from,
    equated_noun,
    kept_level,
    level_aside,
    opening_sum_from,
    rtl_valued,
    total_brought,
    valued_noun,
)
from briefing_app.core.facts.counted_lead import lead_reading
from briefing_app.core.facts.counted_measures import measure_owner, measure_reading, noun_of_before, owns_count
from briefing_app.core.facts.counted_phrases import (
    AHEAD_OF,
    AR_FOR_A_TIME,
    CHANGE_OF,
    CHANGED_BEFORE,
    DEED_AFTER_SPAN,
    FOR_DOER,
    FOR_SPAN,
    NOT_COMPOUND_HEADS,
    ON_CAUSE,
    ONE_OF,
    PARTICIPLE_ON_WHOLE,
    PRICED_NOUN,
    RELATIVE,
    SAYING_BEFORE,
    SCALE_WORDS,
    STATE_AFTER,
    TOOK,
)
from briefing_app.core.facts.counted_rtl import (
    ar_construct_head,
    ar_repeated_action,
    ar_that_it,
    ar_without_age_band,
    rtl_context,
)
from briefing_app.core.facts.counted_shapes import (
    ACTING,
    AR_NEXT_FIGURE,
    DA_CHANGED,
    EACH_DOING,
    FINED,
    HARMED,
    HARMED_PARTICIPLE,
    LEVEL_REACHED,
    NOT_PLACES,
    ORDINAL_SPAN,
    PAYMENT_FORM,
    SPAN_BETWEEN,
    SPENT_AT,
    children_of,
    taken_from,
)
from briefing_app.core.facts.counted_states import (
    costing_noun,
    record_with,
    run_of_deed,
    share_state,
    sum_participle,
)
from briefing_app.core.facts.counted_worth import worth_before_sum, worth_reading
from briefing_app.core.facts.cricket_figures_en import bowling_analysis, runs_reading
from briefing_app.core.facts.da_adjuncts import without_da_level_time, without_da_period_adjunct, without_da_weighing
from briefing_app.core.facts.da_subordinators import da_without_subordinator
from briefing_app.core.facts.done_to import done_to
from briefing_app.core.facts.durations import (
    PURPOSE,
    doing_after,
    noun_after_duration,
    object_before,
    time_left,
    what_lasts,
)
from briefing_app.core.facts.evaluative_adjectives_en import without_evaluative_adjective
from briefing_app.core.facts.figure_words import (
    ADVERBS,
    APPROX_AFTER,
    AR_CONVERTED_BEFORE,
    AR_LEADS,
    AR_STOP,
    AR_VERB,
    CHANGED,
    CHANGED_BARE,
    COLLECTIVES,
    CONTAINERS,
    DA_STOP,
    DURATIONS,
    EN_MONTHS,
    EN_STOP,
    EN_VERBS,
    MEASURES,
    MOVED,
    PERIODS,
    PRONOUNS,
    STATUS,
    TIME_WORDS,
)
from briefing_app.core.facts.he_others import he_others_done
from briefing_app.core.facts.he_valued_sum import he_valued_sum
from briefing_app.core.facts.hedged_sums_en import without_hedge
from briefing_app.core.facts.including_asides_en import without_including_aside
from briefing_app.core.facts.level_marks_en import mark_owner
from briefing_app.core.facts.noun_after import after_phrase, verb_not_noun
from briefing_app.core.facts.noun_lists import listed_head
from briefing_app.core.facts.phrase_edges import (
    IRREGULAR_PARTICIPLES,
    NOT_STATES,
    adverb,
    clause_verb,
    ed_form,
    subject_position,
)
from briefing_app.core.facts.placed_subjects_en import noun_before_place
from briefing_app.core.facts.quoted_modifiers_en import without_quoted_modifier
from briefing_app.core.facts.scope_adverbs_en import without_scope_adverb
from briefing_app.core.facts.subject_before import (
    COSTING,
    LINKING_PHRASE,
    REACHED,
    before_phrase,
    measure_in_clause,
    past_relative,
)
from briefing_app.core.facts.whole_qualifiers_en import without_whole_qualifier
from briefing_app.core.numbers import NumberMatch, strip_arabic_marks

# A verb of expecting or showing before a noun of change: its subject expected or showed the change, it did not change.
# The noun after an adjective of a state or place after a duration: "in the top | flight" (a word of its own, not a
# participle or a verb's past form that starts another clause: "in prison awaiting trial").
_STATE_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b(?<!ing)(?<!ed)(?!['’-])")

_SEEN_BY = re.compile(r"\b(?:expect|forecast|predict|estimat|show|reveal|suggest|indicat|found|find|report|see|saw|"
                      r"pencil|look)\w*\s+(?:for\s+)?$")
_EN_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "there"}
# The opening word of a quantity read as a subject: "More than 10 million voters cast ballots for a turnout of 80%"
# (the subject is the figure's phrase, "More" no noun of it)
_QUANTITY_OPENERS = {"more", "less", "fewer", "most", "many", "several", "some", "nearly", "almost", "over", "about"}


# An adverb of degree or manner in -ly (not the nouns that end so: "increased supply to", "the family's share").
_ADVERB = re.compile(r"(?!(?:supply|family|assembly|rally|ally|belly|bully|jelly|monopoly|anomaly|reply|fly|tally|"
                     r"holly|folly|lily)$)[a-z]{3,}ly")


def _gerund_with_object(words: list[str]) -> bool:
    """A verb in -ing with its object ("saying it", "making the"), not a noun ("spending", "boiling point")."""
    second = words[1].lower() if len(words) > 1 else ""
    return words[0].lower().endswith("ing") and (second in PRONOUNS or second in EN_STOP or second[:1].isupper())


def _determined(subject: str, before: str) -> bool:
    """Whether the subject's first word follows "the" or a possessive, which makes it a noun however often it is a
    verb ("The gains for July were revised", "the estimate rose"; not "a rise of", which `sharing` reads)."""
    first = subject.split()[0]
    if not first.islower():
        return False  # (a capitalised word is a name's, which other rules read: "the United States")
    return re.search(rf"\b(?i:the|its|their|his|her|our)\s+(?:[a-z]+\s+)?{re.escape(first)}\b", before) is not None


# A definite whole after a bracketed count and "من" (with a demonstrative between): "(300) من هذه الحقائب".
_AR_PARTITIVE_AFTER_BRACKET = re.compile(r"\s*\)\s*من\s+(?:(?:هذه|هذا|هؤلاء|تلك|ذلك)\s+)?[وبلف]?ال[\u0621-\u064a]{2,}")


_COUNTS_OF_RE1 = re.compile(r"^(\s+)([^\W\d_]{2,})\s+\2(?=\s)")
_COUNTS_OF_RE2 = re.compile(r"^(\s*)[\"“‘']([a-zæøå][\w-]*(?:\s[\w-]+)?)[\"”’']")
_COUNTS_OF_RE3 = re.compile(r"^(\s*)[\"“]([A-ZÆØÅ][\w-]*(?:\s[\w-]+)?)[\"”](?=\s+[a-zæøå])")
_COUNTS_OF_RE4 = re.compile(r"\s*(?:“|\"(?=[^\"]*$))\s*$")
_COUNTS_OF_RE5 = re.compile(r"[\d.,\s]+")


def counts_of(text: str, n: NumberMatch, rest: str, unit: str | None, lang: str) -> str | None:
    """What a figure counts: the first reading that applies, from `counted_lead` (ages, brackets, fronted
    phrases), `counted_measures` (a measure of a noun or used as an adjective), then the noun phrase after the
    figure and the subject before it."""
    rest = APPROX_AFTER.sub("", rest)
    # ("Pollard took 5-41", "Chasing 271 to win", "an unbeaten 78": a bowler's wickets, a side's or a batsman's runs;
    # read before an evaluative adjective is taken off, "unbeaten" being one)
    cricket = (bowling_analysis(text, n) or runs_reading(text, n)) if lang == "en" else None
    if cricket:
        return cricket
    adjunct = trailing_time_adjunct(text[: n.start]) if lang == "ar" else -1
    if adjunct >= 0:  # "بلغت كميات الخضار، الأربعاء 2422 طنا": the weekday is when; the subject stands before it
        text = text[:adjunct] + " " * (n.start - adjunct) + text[n.start :]
    # ("by an extraordinary 1.8C", "rose by a whopping 40%": how big it seemed, no noun of it; not before the change
    # the figure describes, "posted a whopping 31% rise in sales", which keeps its article)
    if lang == "en" and not _CHANGE_NOUN_NEXT.match(rest):
        text = without_evaluative_adjective(text[: n.start]) + text[n.start :]
    rest = without_scope_adverb(rest) if lang == "en" else rest  # "42% statewide | oppose the law"
    rest = without_quoted_modifier(rest) if lang == "en" else rest  # 'of "phenomenally pure" cocaine'
    # ("ו-12 אנשי אנשי צוות": a word doubled by an editing slip right after the figure is read once)
    rest = _COUNTS_OF_RE1.sub(r"\1\2", rest)
    if lang == "en":  # "at least 50 per cent, plus one, of the votes": an aside between the share and its whole
        rest = re.sub(r"^\s*,\s*(?:plus|or|and)\s+(?:one|more|less|over|under|so)\s*,(?=\s+of\s)", "", rest)
        rest = without_share_aside(text[: n.start], rest)  # "2,580, or 27 percent, of those patients"
        rest = without_including_aside(rest)  # "four others, including a boy, were injured": others injured
        rest = without_whole_qualifier(rest)  # "148,000 of the more than 215,000 customers": the customers
    word_after = re.match(r"\s*\)\s*([\u0621-\u064a]+)", rest) if lang == "ar" else None
    # (an indefinite noun after the bracket: not a particle, a definite or prepositional word or an imperfect verb,
    # which follow an age in brackets, "قال أحمد (45) للصحفيين")
    bracketed = (
        word_after
        and re.search(r"\(\s*$", text[: n.start])
        and word_after.group(1) not in AR_STOP
        and not re.match(r"[وفبلك]?ال|لل|ي", word_after.group(1))
    )
    # (and a part of a definite whole after it: "توزيع (300) من هذه الحقائب", "(12) من الفائزين")
    partitive = lang == "ar" and _AR_PARTITIVE_AFTER_BRACKET.match(rest) is not None
    bracketed = bracketed or (partitive and re.search(r"\(\s*$", text[: n.start]) is not None)
    if bracketed:  # "بشن (4) غارات جوية", "مقتل (9) مدنيين": a count set in brackets, read as if bare
        opened, closed = text.rfind("(", 0, n.start), n.end + text[n.end :].index(")")
        text = f"{text[:opened]} {text[opened + 1 : closed]} {text[closed + 1 :]}"
        rest = rest.replace(")", " ", 1)
    # 'eight "linkages"': a noun in quotes
    rest = _COUNTS_OF_RE2.sub(r"\1\2", rest)  # (or single quotes)
    # ('the $75 million "Legacy" fund': a quoted name of the noun after it, read as its adjective)
    rest = _COUNTS_OF_RE3.sub(r"\1\2", rest)
    if lang == "ar" and unit == "times" and not n.spelled:
        action = ar_repeated_action(text[: n.start])
        if action:
            return action  # "استخدام الغازات السامة 139 مرة": how often the action was done
    taken = taken_from(text[: n.start]) if lang == "en" and n.currency else None
    if taken:  # "defrauding Best Buy of some $42 million", "cheated investors out of $3m": the sum taken, from whom
        return taken
    worth = worth_reading(text[: n.start], rest) if lang == "en" and n.currency else None
    if worth:  # "$19 million worth of cocaine", "cocaine worth an estimated $6 million on Detroit streets"
        return worth
    penalised = lang == "ar" and (n.currency is not None or unit in DURATIONS or unit in ("pounds", "dinars", "rials"))
    # ("بتغريم 5 آخرين، بينهم الناشط ...، 30 ألف جنيه": the fine, past the convicted and an aside on them)
    penalty = (ar_each(text[: n.start], rest) or ar_penalty_past_aside(text[: n.start])) if penalised else None
    if penalty:  # "مع تغريم كل منهم مليون جنيه", "تعويض مؤقت مليون جنيه لكل منهم": the fine, not "each of them"
        return penalty
    answer, before = lead_reading(text, n, rest, unit, lang)
    answer = answer or (danish_out_of_fronted(before) if lang == "da" else None)  # "Ud af 296 ansøgninger er 94"
    if answer:
        return answer
    if n.currency:  # "Of this, GBP17.75 was in cash": the code written against the digits is the currency's, no noun
        before = re.sub(r"(?<![^\W\d_])(?:GBP|USD|EUR|JPY|CHF|AUD|CAD)$", " ", before)
        # ("a net profit of ₹1,234 crore", "revenue of R3.6 billion", "of Sh2 billion": a sign or letters glued to
        # the digits and left out of the figure's text are the currency's, no word of the phrase before)
        before = re.sub(r"(?<=\s)(?:₹|Rs\.?|R|Sh|Shs|Ksh\.?|KSh|N|₦|GH¢|E£|Dh|QR|RM|P|K|₱|₩|₺|฿)$", " ", before)
    if lang == "en":  # "to be in the region of £85m", "on the order of 5%": an approximation, no noun of its own
        before = re.sub(
            r"(?:\b(?:in\s+the\s+region|[oi]n\s+the\s+order)\s+|(?<=\bbe\s))of\s+(?=(?:US\$|[$£€])?\s*$)", "", before
        )
        # "revenue in the range of $12.9 billion": "revenue of $12.9 billion", the noun before the approximation
        before = re.sub(r"\b[Ii]n\s+the\s+range\s+(?=of\s+(?:US\$|[$£€])?\s*$)", "", before)
    if lang == "en" and n.currency:  # "a buy-out clause thought to be around £340,000": the clause's sum
        before = without_hedge(before)
    aside = level_aside(before, rest) if lang == "en" else None
    if aside:  # "The licence fee, currently £121, could rise": the level of the noun before the comma
        return aside
    opening = _COUNTS_OF_RE4.search(before) if lang in ("en", "da") else None
    said = opening is not None and SAYING_BEFORE.search(before[: opening.start()]) is not None
    if opening and not said and (before.count('"') % 2 == 1 or opening.group(0).strip() == "“"):
        before = before[: opening.start()] + " "  # 'would cost "at least £5m"': a quote opened on the figure
    changed = noun_before_comparative(before, rest) if lang == "en" else None
    if changed:  # "with taxes £41billion a year higher": what changed by the figure, not "higher"
        return changed
    if lang == "da":  # "Ledigheden lå i marts på 4,1 procent": the subject's level, the month only when
        before = without_da_period_adjunct(without_da_level_time(before))  # ("salget for 2031 på": the period)
        before = without_da_weighing(before)  # "et fald på hele 4,2 procent": the fall, "hele" weighs it
    if lang == "ar":  # "تجاوزت موجودات البنك للمرة الأولى حاجز العشرين مليار": the barrier is the figure
        before = ar_without_barrier(before)
    noun_of = noun_of_before(before, unit, lang)
    answer, unit = measure_reading(text, n, before, rest, unit, noun_of, lang)
    if not answer:
        answer = _phrase_reading(text, n, before, rest, unit, noun_of, lang)
    if lang == "da" and n.currency:  # "de samlede 24,3 mio. EUR", "Med 8,2 mio. EUR vil ...": the sum's noun phrase
        answer = danish_sum_reading(before, rest) or answer
    if not answer and n.currency and lang in ("en", "da"):
        answer = opening_sum_from(before, rest)  # "20,4 mio. EUR fra EU's Globaliseringsfond til ...": its source
    if not answer and lang == "en" and re.search(r"\(\s*$", before) and re.match(r"\s*per\s", rest):
        # "Hospitalization remained highest among adults over 65 (322.7 per 100,000)": a rate in brackets is the
        # measure of the clause before it, whose subject names it
        clause = re.sub(r"\s*\(\s*$", "", before)  # (an age band's end is no clause: "65 and older")
        answer = before_phrase(re.sub(r"\s+(?:and|or)\s+(?:older|over|above|up|younger|under)$", "", clause), lang)[0]
    mark = mark_owner(before, answer) if answer and lang == "en" else None
    if mark:  # "The waiting list hit a new high of 7.77 million": the list's level, not "a new high"
        return f"{mark} ({answer})"
    owner = measure_owner(before, answer) if answer and noun_of and lang == "en" else None
    # ("The earthquake had a magnitude of 6.1": whose magnitude; a number alone is no noun, "294.9 per 100,000")
    return f"{answer} ({owner})" if owner else (None if _COUNTS_OF_RE5.fullmatch(answer or "x") else answer)


# "saw its shares jump by", "has seen profits fall", "watched sales slide": a verb of seeing, its object and a bare
# infinitive of change before the figure.
_SAW_CHANGE = re.compile(
    r"\b(?:saw|see|sees|seen|seeing|watched|watch|watches)\s+(?!an?\s)(?:its|their|the|his|her|our)?\s*"
    r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
    r"(?:jump|rise|fall|drop|climb|soar|plunge|slump|surge|tumble|increase|decrease|grow|shrink|slide|dip|decline|"
    r"rally|sink|leap|gain|lose)\s+(?:by\s+|to\s+)?(?:(?:about|some|nearly|almost|around|more\s+than)\s+)?$"
)


def seen_changing(before: str) -> str | None:
    """ "saw its shares jump by 47%", "watched sales fall 12%": the object seen to change, not the verb of change
    (read before the readings of a change, which take "jump" for a noun)."""
    seen = _SAW_CHANGE.search(before[-80:])
    if seen is None or seen.group(1).split()[-1].lower() in PRONOUNS:
        return None  # ("saw it fall 3 per cent": a pronoun says nothing of what changed)
    return seen.group(1)


# Nouns of a group of people that a compound's capitalised modifiers may stand before ("a 23-man World Cup squad").
_GROUP_NOUNS = r"squad|side|team|party|panel|group|line-up|lineup|crew|board|committee|jury|delegation|roster"
# The plurals a compound's noun takes that adding "s" does not spell ("a 10-man side": ten men).
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children"}


# A noun of change right after a figure (and its percent word) that the figure describes: "31% | rise in sales".
_CHANGE_NOUN_NEXT = re.compile(
    r"\s*(?:%|per\s*cent|percent|pc)?[\s-]+(?:[a-z]+[\s-]+)?(?:rise|increase|jump|leap|surge|fall|drop|decline|"
    r"cut|gain|hike|slump|boost|reduction)s?\b"
)
# A verb of raising money just before a sum, past an approximating word: "which have already raised | 40 million".
# (A sum only, or a large count: "raised rates 0.5%" has its object between; "raised to 5%" its "to".)
_RAISED = re.compile(
    r"\b(?:raised|raises|raising)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|another|a\s+further|"
    r"an?\s+(?:additional|extra|estimated|total\s+of))\s+)?$"
)
_LONE_PREPOSITIONS = frozenset("above below over under past beyond around about near to at from by".split())
# Comparative adverbs that may follow a figure and say how, not what: "hit 10 million faster".
_COMPARATIVE_ADVERBS = frozenset("faster quicker slower sooner earlier later".split())
# A participle of change (and the step it took) that ends a clause's subject with its verb left out: "with X easing
# | 7%", "with X easing 7% | to £813k".
_CHANGE_PARTICIPLE_END = re.compile(
    r"(?<=\w)\s+(?:rising|falling|climbing|dropping|easing|gaining|jumping|sliding|slipping|sinking|surging|soaring|"
    r"tumbling|plunging|edging|dipping|growing|shrinking|increasing|decreasing|declining|advancing|retreating|"
    r"rebounding|slumping)(?:\s+(?:up|down|back))?(?:\s+[\d.,]+\s*%?)?$"
)


def _describes_next(rest: str) -> bool:
    """Whether a measure word is no head but a modifier of the noun after it ("total | complaints") or the noun a
    clause hangs on ("claims | that he had ..."); `rest` is the text after the word."""
    nxt = re.match(r"\s+([a-zæøå]+)\b", rest)
    if nxt is None:
        return False
    word = nxt.group(1)
    function_word = word in EN_STOP or word in DA_STOP or word in EN_VERBS or ed_form(word)
    # ("on sales up from £4.97bn to": the adverb of a clause with its verb left out follows its head)
    return word == "that" or not (function_word or word in ("up", "down"))


_PHRASE_READING_RE1 = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:of|af|in|for|من|في)\s")
_PHRASE_READING_RE2 = re.compile(r"\s*([a-z]+)")
_PHRASE_READING_RE3 = re.compile(r"\s*(?:(?:more|less)\s+than|about|some|nearly|almost|over|roughly)?\s*")
_PHRASE_READING_RE4 = re.compile(r"[\s\"“”«»(]+-?$")


def _phrase_reading(
    text: str, n: NumberMatch, before: str, rest: str, unit: str | None, noun_of: re.Match[str] | None, lang: str
) -> str | None:
    """The noun phrase after the figure and the subject before it, with the verb that says which ones."""
    # ("بنسبة 12 بالمئة إلى": a sign, no noun; "يتراوح بين": a verb of amounting to a range)
    before = ar_ranging(ar_percent_signs(before)) if lang == "ar" else before
    before = LINKING_PHRASE.sub(" was ", before) if lang == "en" else before  # "the tax increase ended up being"
    doer = FOR_DOER.match(rest) if lang == "en" and unit in DURATIONS and TOOK.search(before) else None
    if doer and doer.group(1).lower() not in PRONOUNS:
        # "It took just 3 minutes for the Sounders to score the opening goal": the time the deed took, and whose
        deed_after = PURPOSE.match(rest[doer.end() :])
        if deed_after and deed_after.group(1) not in EN_STOP:
            return f"{' '.join(deed_after.group(0).split())} ({doer.group(1)})"
    of_phrase = _PHRASE_READING_RE1.match(rest)
    money = n.currency is not None or unit in ("rials", "dinars", "dirhams", "pounds")  # "10 مليارات ريال لدعم"
    priced = PRICED_NOUN.search(before[-60:]) if lang == "en" and n.currency else None
    if priced:  # "made their third offer for $5bn to buy X": the offer, and what it is to do
        purpose_of = PURPOSE.match(rest)
        return f"{priced.group(1)} ({' '.join(purpose_of.group(0).split())})" if purpose_of else priced.group(1)
    # "about 4 billion in bonds", "to lend 6 billion to the airline": a sum whose currency the context leaves out
    # (Danish too: "Fik 147 millioner i overskud", where kroner go without saying)
    scaled = lang in ("en", "da") and unit is None and n.scale >= 1e6
    level = LEVEL_REACHED.search(before[-40:]) is not None  # "Viewing figures peaked at 8.1 million for the final"
    money = money or (scaled and not level and re.match(r"\s+(?:in|to|for|i|til)\s", rest) is not None)
    opens = lang == "en" and subject_position(before)
    wanted = unit is None or of_phrase or n.kind == "percent" or money
    span = SPAN_BETWEEN.match(rest) if money and lang == "en" else None
    # "$40 million over the next three years to the trust", "$1.5bn over five years for repairs": a span between
    # a sum and what it is for
    # ("take an £80m hit on profits": after an article and a sum, the next word is the sum's noun, verb-like or not)
    # (or "the": "more than the £184m rise announced last year", where "rise" would be read as the sum's verb; not
    # before a participle, which describes the sum: "the £575.7m needed for", "the £31.8 million paid")
    after_article = money and lang == "en" and re.search(r"\b(?:a|an)\s+(?:US)?[$£€]?\s*$", before) is not None
    participle_next = _PHRASE_READING_RE2.match(rest)
    after_article = after_article or (
        money
        and lang == "en"
        and re.search(r"\b(?:the|its|their|this)\s+(?:US)?[$£€]?\s*$", before) is not None
        and not (
            participle_next
            and (ed_form(participle_next.group(1)) or participle_next.group(1) in IRREGULAR_PARTICIPLES)
        )
    )
    # (a count too, when the word after it is a noun of change: "exceeding the 99,000 rise in employment", "expectations
    # for a 78,000 rise", seen on politics.co.uk's and a newspaper's labour-market reports)
    after_article = after_article or (
        lang == "en"
        and re.search(r"\b(?:a|an|the|its|their|this)\s*$", before) is not None
        and re.match(r"\s+(?:rise|fall|increase|decrease|drop|jump|gain|decline|reduction)\b", rest) is not None
    )
    after = after_phrase(rest[span.end() :] if span else rest, lang, money, opens, after_article) if wanted else None
    if after and after.lower() in _COMPARATIVE_ADVERBS and n.kind != "percent" and unit is None:
        # "hit 10 million faster": how it did so, no noun of the figure (not "40% faster than": what is measured)
        after = None
    # ("$15.5 million in shelter, food, and protection assistance": a list up to the head its members share)
    after = listed_head(rest[span.end() :] if span else rest, after) if after and lang == "en" else after
    if after and money and lang == "en" and re.search(COSTING, before[-40:]) and re.match(r"\s+to\s+[a-z]", rest) and (
        not re.search(r"\b[Ii]t\s+(?:[a-z]+\s+){0,2}costs?\b", before)
    ):
        after = None  # "will cost £120m to build": what the sum is for; what costs it is the subject
    if after and level and not money and lang == "en" and re.match(r"\s+(?:for|during|on|in)\s", rest):
        after = None  # "The audience reached 9 million for the final episode": the subject's level, and when
    with_state = share_state(before, rest) if lang == "en" and "percent" in (n.kind, unit) else None
    if with_state:  # "with two percent choosing neither and 3 percent undecided": what the share does or is
        return with_state
    repeated = run_of_deed(before, rest) if lang == "en" and not after and unit is None else None
    if repeated:  # "who won three in a row", "has lost five straight": the deed repeated
        return repeated
    recorded = record_with(before) if lang == "en" and not after and unit is None else None
    if recorded:  # "set a record for three-pointers in a season with 245": what the record is of
        return recorded
    provided = sum_participle(rest) if lang == "en" and not after and n.currency else None
    if provided:  # "the $3 billion provided by the Inflation Reduction Act": which sum, by its participle
        return provided
    change = CHANGE_OF.search(before[-120:]) if lang == "en" and not after and (money or n.kind == "percent") else None
    if change:  # "Analysts had expected a fall of 0.5 per cent": the fall (and in what), not who expected it
        whose = None if _SEEN_BY.search(before[: change.start()]) else before_phrase(before[: change.start()], lang)[0]
        whose = whose if whose and whose.split()[0].lower() not in PRONOUNS else None  # "Nurses were offered a rise"
        return f"{change.group(1)}{change.group(2)}" + (f" ({whose})" if whose else "")
    reduced = PARTICIPLE_ON_WHOLE.match(rest) if lang == "en" and not after and ONE_OF.search(before) else None
    if reduced:  # "was one of 300 used to interrogate prisoners": the whole the participle describes
        return " ".join(reduced.group(1).split())
    if after and lang == "en" and (money or n.kind == "percent") and ON_CAUSE.match(rest) and (
        CHANGED_BEFORE.search(before[-80:])
    ):
        after = None  # "a rise in its profit to $8.8bn on strong phone sales": why it changed, not what it counts
    if after and lang == "en" and ORDINAL_SPAN.match(after):
        after = None  # "unchanged at 2% for the 19th month": which month in a run, a time, not what the figure counts
    opening = opens or _PHRASE_READING_RE3.fullmatch(before)
    if money and after and lang == "en" and PAYMENT_FORM.fullmatch(after) and re.match(r"\s+in\s", rest) and (
        not opening
    ):  # ("More than $200,000 in cash was recovered": a sum opening its clause is that cash)
        after = None  # "bought its rival for £1.2bn in cash": how it is paid, not what; the object says what
    where = SPENT_AT.match(rest) if not after and unit in DURATIONS and lang == "en" else None
    if where and not re.match(EN_MONTHS, where.group(2)) and where.group(2).lower() not in NOT_PLACES:
        # "12 years at Northern Rail", "20 years with the Coast Guard", "150 days in orbit": where the time was spent
        lasting = what_lasts(re.sub(r"\b(?:an?|the)\s+(?:total|maximum|minimum|average)\s+of\s+$", "", before), lang)
        return f"{lasting} {where.group(1)}" if lasting else where.group(1)
    if after and of_phrase and unit in DURATIONS and lang in ("en", "da"):
        # "scored within 40 seconds of kick-off", "jailed for 9 years for her writing": the complement names the
        # time or the cause, and the clause the duration ends says what happened or lasted
        lasting = what_lasts(before, lang)
        if lasting and not {w.lower() for w in lasting.split()} & {w.lower() for w in after.split()}:
            return f"{after} ({lasting})"
    harm = HARMED.search(before[-60:]) if lang == "en" and after and unit is None and n.kind == "number" else None
    done = HARMED_PARTICIPLE[harm.group(1).lower()] if harm else None
    counted_object = (unit is None and n.kind == "number") or n.currency is not None  # "granted $50,000 to a team"
    if lang == "en" and after and not done and counted_object and not RELATIVE.search(after):
        # "police detained 45 students", "the firm laid off 1,200 workers"; a relative clause on the noun
        # already says which ones ("destroyed 200 homes that were built on the coast")
        done = done_to(before)
    if lang == "en" and after and " " not in after:  # "caused 20,000 people to be rescued": rescued
        done = caused_state(rest, after, done) or done
    if lang == "en" and after:  # "27 people are feared to have died": people died, not "people feared"
        after = believed_state(rest, after) or after
    if after and done and done not in after:
        # "killed 12 people", "injuring 200 others": the verb says which people the figure counts
        after = f"{after} {done}" if " " not in after and not money else f"{after} ({done})"
    group = noun_of.group(1).split()[-1] if after and noun_of and lang == "en" else ""
    if after and group and group not in after and (group in COLLECTIVES or owns_count(group)):
        # "assemblies of five or more people", "a coalition of 70 members": the group; "a circulation of 80,000
        # copies", "a grain density of 4.1 g/cm³": the noun the figure is a measure of, with its modifier
        modifier = noun_of.group(1).split()[-2:-1] if noun_of else []
        if modifier and not owns_count(modifier[0]):
            modifier = []
        after = f"{after} ({' '.join([*modifier, group])})"
    if unit in ("years", "days", "weeks", "months", "hours") and re.match(r"-", text[n.end :]) and not after:
        after = after_phrase(rest, lang)  # "a 17-year rule"
    worded = re.fullmatch(r"[A-Za-z]+-([a-z]{3,})", n.text) if n.spelled and unit is None and lang == "en" else None
    if worded and worded.group(1) not in NOT_COMPOUND_HEADS and not worded.group(1).endswith("ly"):
        noun = after or after_phrase(rest, lang)
        if noun and worded.group(1) not in noun:
            # "a three-term prime minister", "the four-legged robot", as "a 12-member panel"
            return f"{worded.group(1)} {noun}"
    compound = re.match(r"-([a-z]+)\s+(?=[a-z])", text[n.end :]) if unit is None and lang == "en" else None
    if compound and not after and compound.group(1) not in ("fold", "times", "odd"):
        noun = after_phrase(text[n.end + compound.end() :], lang)
        if noun:
            return f"{compound.group(1)} {noun}"  # "a 12-member panel", "a 10-point plan": the noun it describes
    of_name = re.match(r"-([a-z]{3,})\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(\s+(?:" + _GROUP_NOUNS + r")\b)?",
                       text[n.end :])
    of_name = of_name if of_name and of_name.group(1) not in ("fold", "odd", "year", "old") else None
    if of_name and unit is None and lang == "en" and not after:
        # "102-cap Ross Ford", "the 12-member Cabinet": whose; "10-man Manchester City": its men, not "mans"
        plural = _IRREGULAR_PLURALS.get(of_name.group(1), f"{of_name.group(1)}s")
        # ("a 23-man World Cup squad", "the 30-man England squad": the names modify the group the men make up)
        return f"{plural} ({of_name.group(2)}{of_name.group(3) or ''})"
    children = children_of(before, rest) if lang == "en" else None
    if children:  # "the mother of two for completing her probation"
        return children
    if not after and noun_of and unit is None and n.kind == "number":
        raw = noun_of.group(1).split()
        # (not the tail of "the 30-day average"; a verb's form right after a possessive's "s" is a noun: "the
        # company's estimates of 4 million")
        words = [w for k, w in enumerate(raw) if w not in EN_STOP and w not in DA_STOP and not w.startswith("-")
                 and (w not in EN_VERBS or (k and raw[k - 1] in ("s", "’s")))]  # fmt: skip
        if words in (["s"], ["’s"]):
            words = []  # (the possessive's ending alone names nothing)
        determined = re.search(r"\b(?:a|an|the|its|their)\s+([a-z]+)$", noun_of.group(1)) if lang == "en" else None
        if determined and determined.group(1) not in EN_STOP:
            words = [determined.group(1)]  # "marking a rise of 46,000": the noun after its article, a verb elsewhere
        if words:
            return " ".join(words)  # "a death toll of 40", "a majority of 153": the noun the figure measures
    share_of = n.kind == "percent" and re.match(r"\s*(?:%|percent|per\s+cent)?\s+of\s", text[n.end :])
    done_with = absolute_participle(before, rest) if lang == "en" and not after else None
    if done_with:  # "with £23bn of that going back into public services", "and £4bn used for tax cuts"
        return done_with
    total = total_brought(before) if lang == "en" and not after else None
    if total:  # "brings the total number of jobs lost at the bank this year to 3,400": the count brought there
        return total
    bare = not after and unit in ("percent", "percentage points")  # ("hike rates 0.25 percentage points")
    changed = (
        (CHANGED.search(before) or (CHANGED_BARE.search(before) or MOVED.search(before) if bare else None))
        if lang == "en"
        else None
    )
    object_words = (changed.group(1) or changed.group(2) or "").split() if changed else []
    if changed and changed.re is not MOVED and all(_ADVERB.fullmatch(w) for w in object_words):
        changed = None  # "the rate increased slightly to 7.1 per cent": an adverb, no object the verb changed
    changed_da = danish_changed_object(before) if lang == "da" and not after else None
    if changed_da:  # "har hævet skatten med over 2,2 mia. kr. siden 2019": what the verb changes, not who does
        return changed_da
    if changed and changed.re is MOVED:  # "sent shares in the group down 12%": the object whole, past its article
        return re.sub(r"^(?:the|its|their|his|her|a|an)\s+", "", changed.group(2), flags=re.IGNORECASE)
    if changed:  # "cut its workforce by 12%", "reduce smoking rates to 5 percent": what is changed
        changed_words = (changed.group(1) or changed.group(2)).split()
        # (with a noun of its own, only a measure changed: "extended the race length to 268 laps")
        sizes = {"length", "distance", "height", "size", "run", "streak", "lead", "tally", "majority", "advantage"}
        measured = bool(after) and changed_words[-1].lower() in MEASURES | sizes
        valued_in = bool(after) and changed.group(1) is not None and re.match(r"\s+(?:in|for|on)\s", rest) is not None
        if valued_in:  # "valued the company at £1.8bn in its offer": what is valued, and in what
            words = [w for w in changed_words if w.lower() not in EN_STOP and w.lower() not in PRONOUNS]
            if words:
                return f"{' '.join(words)} ({after})"
        if not after or share_of or measured:
            words = [w for w in changed_words if w.lower() not in EN_STOP and w.lower() not in PRONOUNS]
            if words:  # ("cut the deficit to 3% of GDP": the deficit, as a share of GDP)
                return f"{after} ({' '.join(words)})" if after else " ".join(words)
    held = kept_level(before, n.qualifier, lang) if not after and lang in ("en", "da") else None
    if held:  # "keep global warming below 2 °C", "holde den globale opvarmning under 2 °C": the level of what is kept
        return held
    if lang == "en" and n.kind == "percent":
        having = re.search(r"\b([a-z]+),?\s+having\s+$", before)  # "dominated possession, having 69%": as "with"
        word = having.group(1) if having else ""
        if having and word not in EN_VERBS and not ed_form(word) and word not in EN_STOP:
            before = f"{before[: having.end(1)]} with "
        leading = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|\b[a-z]+)\s+(?:\w+ing\s+)?with\s+$", before)
        if leading and leading.group(1).lower() not in EN_STOP:
            name = leading.group(1)  # "Smith leading with 52% (of the vote)", "the governor with 48%": whose share
            return f"{after} ({name})" if after else name
        on_the_way = measure_in_clause(before, lang) if not after else None
        if on_the_way:
            whole, _ = before_phrase(before, lang)
            if whole and on_the_way.split()[-1] in whole.split() and len(whole.split()) > len(on_the_way.split()):
                return whole  # "The share of renewable energy rose to 30%": the measure with what it is of
            return on_the_way  # "saw voter turnout listed in excess of 100%": the measure named on the way
    if lang == "en" and unit is None and re.search(r"\bmagnitude[\s-]+$", before[-12:]):
        return f"magnitude ({after})" if after else "magnitude"  # "a magnitude 6.4 earthquake": its magnitude
    equated = equated_noun(before) if lang == "en" and not after else None
    if equated:  # "a piece of land equivalent to 140 square meters": what the quantity equals
        return equated
    valued = valued_noun(before) if lang == "en" and money and not after else None
    if valued:  # "The loan, worth $2bn, was approved", "went on sale on Friday priced at £39.99": what is valued
        return valued
    each = EACH_DOING.search(before[-80:]) if lang == "en" and not after else None
    if each and each.group(1).lower() not in EN_STOP:
        return f"{each.group(2)} ({each.group(1)})"  # "155 turbines, each generating 1.5 megawatts": each of what
    subject, measure = before_phrase(before, lang)
    placed = noun_before_place(before, subject) if lang == "en" else None
    subject = placed or subject  # "takes the average property value in England and Wales to £163,177": the value
    if subject and lang == "en":  # "with Anna Karenina easing just 7% to": the film, not its participle of change
        subject = _CHANGE_PARTICIPLE_END.sub("", subject) or subject
        # ("pushed the index, the Dow, | above 17,000": a preposition left alone after a comma is no subject)
        subject = None if subject.lower() in _LONE_PREPOSITIONS else subject
    state = STATE_AFTER.match(rest) if lang == "en" and n.kind == "percent" and not after else None
    if state and subject and state.group(1) not in EN_STOP:
        return f"{state.group(1)} ({subject})"  # "The wildfire is 20% contained": how far the subject is so
    fined = FINED.search(before[-60:]) if lang == "en" and money else None
    if fined:  # "The regulator fined the firm £2.5m", "was fined £10,000": a fine, and on whom
        whom = fined.group(1) or (subject if subject and subject.split()[0].lower() not in PRONOUNS else None)
        return f"fine ({whom.strip()})" if whom else "fine"
    costed = (subject or past_relative(before)) if lang == "en" and money and not after else None
    costed = (costing_noun(before) or costed) if costed else None  # "a tax increase costing residents $2.49"
    if costed and re.search(COSTING, before[-40:]) and "cost" not in costed:  # "The plan will cost about $1.1bn"
        return f"cost ({costed})"  # (past a relative clause: "The stadium, which holds 60,000, will cost £757m")
    raiser = (subject or past_relative(before)) if lang == "en" and not after and _RAISED.search(before[-40:]) else None
    if raiser and (money or n.value >= 1000) and "raised" not in raiser:
        return f"raised ({raiser})"  # "The appeal has raised £2m": what was raised, and by whom
    # (a run of capitalised words is a name, whatever its words are elsewhere: "A Man Apart dropped 57%")
    name_run = lang == "en" and subject is not None and len(subject.split()) > 1 and (
        all(w[:1].isupper() for w in subject.split()) and subject.split()[0].lower() not in _EN_PRONOUNS
    )
    modifier = subject is not None and len(subject.split()) == 1 and subject.islower() and re.search(
        rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+{re.escape(subject)}\s*(?:US)?[$£€]?\s*$", before
    ) is not None  # "An additional $570 million will be provided": the sum's own modifier, no subject
    if subject and (modifier or not name_run) and (modifier or
        _gerund_with_object(subject.split())
        or subject.split()[0].lower() in PRONOUNS
        or subject.lower() in _QUANTITY_OPENERS
        or (lang == "en" and verb_not_noun(subject.split()) and not _determined(subject, before))
    ):
        subject, measure = None, False  # "saying it", "they", "compared to": no subject worth naming
    points = after.split()[0] in ("points", "point") if after else False  # "closed 84.3 points lower": the index's
    # "Downloads rose to 5.7 million tracks" (not past a relative clause, whose subject may be read instead)
    reached = lang == "en" and REACHED.search(before[-40:]) is not None and not RELATIVE.search(before)
    reached = reached or (lang == "da" and DA_CHANGED.search(before[-60:]) is not None)  # "steg med 2.300 personer"
    # (a count noun with what it counts: "Antallet af konkurser steg til 4.100 virksomheder")
    counted_in = bool(subject) and re.match(r"\S+\s+(?:of|af)\s", subject or "") is not None
    counted_in = counted_in and (subject or "").split()[0].lower() in CONTAINERS
    if after and subject and (measure or n.kind == "percent" or unit is not None or points or reached or counted_in):
        return f"{after} ({subject})"  # "15 percent" of what and whose: "shares (Kmart)"; "the index fell 300 points"
    if after and not measure and lang in ("en", "da"):
        # A measure named earlier in the sentence: "the death toll ... continues to rise, passing 80,000 people".
        named = list(re.finditer(r"\b(?:([a-z]+)\s+)?([a-zæøå]+)\b", before))
        named_measure = next((m for m in reversed(named) if m.group(2) in MEASURES
                              and not worth_before_sum(m.group(2), before[m.end(2) :])), None)  # fmt: skip
        if named_measure:  # (with the noun before it that says which: "the death toll rising to 22 people")
            modifier = named_measure.group(1) or ""
            modifier = "" if modifier in EN_STOP or modifier in DA_STOP or modifier in EN_VERBS else modifier
            modifier = "" if len(modifier) < 3 or modifier in SCALE_WORDS else modifier
            of = re.match(r"\s+(af|of)\s+(?:the\s+|de\s+)?([a-zæøå][\w-]*)", before[named_measure.end() :])
            of_what = f" {of.group(1)} {of.group(2)}" if of and of.group(2) not in DA_STOP | EN_STOP else ""
            # (and its of-phrase: "steg antallet af ledige ... til 158.000 personer")
            named_as = f"({f'{modifier} ' if modifier else ''}{named_measure.group(2)}{of_what})"
            return after if named_as in after else f"{after} {named_as}"  # (once: the phrase may hold it already)
    if not after and not subject and lang in ("en", "da"):
        # (a possessive whole: "the retailer’s profit", not "s profit")
        # (a look-ahead, so that no pair swallows a measure as the word before the next: "net profit was")
        # (nor a measure that only describes the noun after it, "the total complaints", or opens a clause, "claims
        # that")
        found = [m for m in re.finditer(r"(?<![\w'’])(?=(?:([a-zæøå-]+(?:['’]s)?)\s+)?([a-zæøå]+)\b)", before)
                 if m.group(2) in MEASURES and not _describes_next(before[m.end(2) :])
                 and not worth_before_sum(m.group(2), before[m.end(2) :])
                 and not (lang == "da" and re.search(r"\d", before[m.end(2) :]))]  # fmt: skip
        # (Danish: not across another figure, "er faldet med 0,1 procentpoint, og ... 4,0 pct. og | 4,5 pct.")
        if found:  # "skæres antallet ned til 8.000", "the Titan 4's launch cost of $400 million"
            # (the measure read with the word before it, where the look-ahead also found it alone: "minimum wage")
            m = next(f for f in found if f.start(2) == found[-1].start(2))
            modifier = m.group(1) if m.group(1) and m.group(1) not in EN_STOP and m.group(1) not in DA_STOP else ""
            of = re.match(r"\s+(of|af|på)\s+(?:the\s+)?([a-zæøå][\w-]*)", before[m.end(2) :])
            if of and of.group(2) not in EN_STOP and of.group(2) not in DA_STOP and of.group(2) not in EN_VERBS:
                # "the rise in the cost of food ... 11.7%"; the article's own preposition ("andelen af ledige")
                return f"{modifier} {m.group(2)} {of.group(1)} {of.group(2)}".strip()
            return f"{modifier} {m.group(2)}".strip()
    moving = re.search(r"\b([a-z]+ing)\s+(?:at|to)\s+$", before) if lang == "en" and unit and not after else None
    if moving and subject and re.search(r",\s*$", before[: moving.start()]):
        return subject  # "Unemployment fell in May, dropping to 5.1%": the participle's subject is the clause's
    if moving and moving.group(1) not in EN_STOP:
        # "Flight 9 was flying at 33,000 feet", "shares were trading at $12": the measure of what is going on
        who, _ = before_phrase(before[: moving.start()], lang)
        return f"{who} {moving.group(1)}" if who and who.split()[0].lower() not in PRONOUNS else moving.group(1)
    if not after and unit in DURATIONS and lang == "en":
        left = time_left(rest)
        if left:  # "only two weeks left to finish the bridge": the time left for a deed
            return left
        spent_on = DEED_AFTER_SPAN.match(rest) if FOR_SPAN.search(before[-30:]) else None
        if spent_on and spent_on.group(1) not in EN_STOP:
            # "which for 18 years conducted secret research": a span fronted before its verb, what went on that long
            words = [spent_on.group(1)]
            for w in spent_on.group(2).split():
                if w.lower() in EN_STOP or len(words) >= 4:
                    break
                words.append(w)
            return " ".join(words)
        doing = doing_after(rest)
        if doing:  # "spent 25 years writing songs": what the time went on, and the verb that spent it
            lasting = what_lasts(before, lang)
            return f"{doing} ({lasting})" if lasting else doing
        kind = noun_after_duration(rest)
        if kind:  # "sentenced to 27 years imprisonment", "ten years experience": the noun says of what
            return kind
        purpose = PURPOSE.match(rest)
        if purpose and purpose.group(1) not in EN_STOP and purpose.group(1) not in TIME_WORDS:
            aim = " ".join(purpose.group(0).split())  # "80 days to appeal the sentence": the time given for what
            took = TOOK.search(before)
            whose = before_phrase(before[: took.start()], lang)[0] if took else None
            if whose and whose.split()[0].lower() not in PRONOUNS and not verb_not_noun(whose.split()):
                return f"{aim} ({whose})"  # "The bridge took 25 years to build": the time to build the bridge
            deed = what_lasts(before, lang) if re.search(r"\bfor\s+(?:about\s+|some\s+|nearly\s+)?$", before) else None
            deed = " ".join(w for w in deed.split() if w.lower() not in ("the", "a", "an")) if deed else None
            # "He wore the watch for two weeks to get used to it": the deed that lasted, with its aim
            return f"{deed} ({aim})" if deed and len(deed.split()) > 1 else aim
        fronted_span = re.fullmatch(r"\s*(?:For|Over|During|In)\s+(?:the\s+(?:past|last|next|first)\s+)?", before)
        unabbreviated = re.sub(r"\b(Dr|Mr|Mrs|Ms|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr)\.", r"\1", rest)
        clause = re.match(r"\s*,?\s*([^,.;:!?()]+)", unabbreviated) if fronted_span else None
        if clause:  # "For five minutes I just stared": what lasted is the clause after the fronted span
            words = [w for w in clause.group(1).split() if w.lower() not in PRONOUNS and w.lower() not in ADVERBS]
            words = [w for w in words if not adverb(w)]
            # (up to eight words, so a clause's object is kept: "the country has had no central government")
            words = words[:8] if len(words) <= 8 else words[:6]
            if words:
                return " ".join(words)
    if not after and unit is None and lang == "en" and n.kind == "number":
        numbering = re.search(
            r"([A-Za-z][\w'’-]*)\s*,\s*(?:numbering|totall?ing|amounting\s+to|estimated\s+at|put\s+at|"
            r"(?:thought|believed|said|reported)\s+to\s+number)\s+$",
            before,
        )
        if numbering and numbering.group(1).lower() not in EN_STOP:
            # "The protesters, numbering around 2,000,", "the crowd, estimated at 15,000,": the noun the apposition is
            # on
            return numbering.group(1)
        acting = ACTING.match(rest)
        if acting and (acting.group(2) in STATUS or (subject_position(before) and clause_verb(acting.group(2)))):
            return acting.group(1)  # "police said about 15,000 took part": what those counted did
        harmed = HARMED.search(before)
        if harmed:  # "... shot down, killing 298": those killed
            return HARMED_PARTICIPLE[harmed.group(1).lower()]
    if not after and unit in DURATIONS and lang in ("en", "da"):
        lasting = what_lasts(before, lang)
        # ("on the operating table", "in the waiting room": a modifier in -ing and its noun)
        state = re.match(r"\s+((?:in|behind|at|on|i|på|bag)\s+(?:the\s+)?([a-zæøå]+)(?:(?<=ing)\s+[a-z]{3,})?)\b", rest)
        if state and (state.group(2) in PERIODS or state.group(2) in TIME_WORDS or state.group(2) in NOT_STATES):
            state = None
        # (an adjective and its noun: "nine years in the second tier", "in the city centre"; not "in prison awaiting")
        two = _STATE_NOUN_AFTER.match(rest, state.end()) if state and lang == "en" else None
        if state and two and two.group(1) not in EN_STOP | TIME_WORDS | PERIODS:
            state = re.match(rf"\s+({re.escape(state.group(1))}\s+{two.group(1)})\b", rest) or state
        # a race's margin over a named rival: "finished 2.4 seconds ahead of (defending champion) Tav Morrow"
        state = state or (AHEAD_OF.match(rest) if lang == "en" else None)
        if lasting and state:
            return f"{lasting} {state.group(1)}"  # "spent 18 months in prison": where or in what state
        if lasting or state:
            return lasting or (state.group(1) if state else None)
    asking = re.search(r"\b([a-z]{3,}ing)\s+(?:for|about)\s+$", before) if lang == "en" and not after else None
    if asking and (n.currency or n.scale >= 1e6) and asking.group(1) not in EN_STOP:
        return asking.group(1)  # "only asking for 2 million", "bidding for $2m": what the sum is sought by
    obtained = earned_from(before, rest) if lang == "en" and not after and n.currency else None
    if obtained:  # "hopes to raise £2bn from the sale of the stake", "made $40m from advertising": what brings it in
        return obtained
    pence = unit in ("pence", "cents")  # "download songs for 79p": a price in the currency's hundredth
    if not after and (unit in DURATIONS or n.currency or pence) and lang in ("en", "da"):
        # "receive aid for up to two weeks", "buy Sears for $11bn", "savings within three years": the
        # noun just before the preposition is what lasts or costs, more than the clause's subject.
        obj = object_before(before, lang, n.currency is not None or pence)
        if obj:
            return obj
    if not after and unit in DURATIONS and lang in ("ar", "he"):
        sentence = re.search(r"(?<!\S)ب(ال[^\s.,;:!?،؛\"]{2,})\s+$", before) if lang == "ar" else None
        if sentence:  # "حكم عليه بالسجن ثلاث سنوات": the time of the sentence or state named just before
            return sentence.group(1)
        # not "بتهمة", "بسبب": a cause after the time, not where it was spent
        spent = re.match(r"\s+((?:في\s+|بال)[^\s.,;:!?،؛\"]+|ב(?!שנה|חודש|שבוע|יום)[^\s.,;:!?\"]+)", rest)
        if spent:  # "18 חודשים בכלא", "5 سنوات في السجن": where the time was spent
            after = spent.group(1)
    if lang in ("ar", "he"):
        # (a figure in quote marks or brackets, "إلى \"33.2%\"", "بنسبة (18.1%)": the marks end no clause)
        before = _PHRASE_READING_RE4.sub(" ", before)
        if lang == "ar":  # ("تتخطى الـ250 مليون": the article glued to the figure is no word of what it counts)
            before = re.sub(r"(?<!\S)[وبل]?الـ?\s*$", " ", before)
            before = ar_without_age_band(before)  # ("للفئة العمرية (15 سنة فأكثر) (13.5%)": an aside of the subject)
    valued_rtl = rtl_valued(before, after, lang) if lang in ("ar", "he") else None
    if lang == "he" and (n.currency is not None or n.kind == "percent"):
        # "מענק חד פעמי בגובה", "הפיצוי, בסך", "לסכום של": the noun before a word of amount, not the word
        amount_of = he_valued_sum(before)
        valued_rtl = f"{amount_of} ({after})" if amount_of and after else amount_of or valued_rtl
    if valued_rtl:  # "عقدا بقيمة 120 مليون ريال", "חוזה בשווי 3 מיליון", "غرامة قدرها 500 دينار": what is valued
        return valued_rtl
    # (also with what befell them after it: "وإصابة 15 آخرين بجروح")
    others = re.fullmatch(r"[وف]?(?:آخرين|آخرون|أخرى|آخر)", after.split()[0]) if lang == "ar" and after else None
    # ("إضافة إلى إصابة 68 آخرين", "فضلا عن جرح 9 آخرين": "in addition to" joins the clause as "and" does)
    joined = r"(?:(?<!\S)[وف]|(?:إضافة|بالإضافة|علاوة|فضلا|فضلاً)\s+(?:إلى|الى|على|عن)\s+)"
    head = re.search(joined + r"([\u0621-\u064a]{3,})\s+$", before) if others else None  # "and" glued: a clause
    if head and strip_arabic_marks(head.group(1)) not in AR_STOP:
        # "وجرح 6 آخرين": six others, wounded (the word before says what befell them; `sharing` adds of what kind)
        return f"{after} ({head.group(1)})"
    if lang == "he" and after and (done := he_others_done(before, after)):
        return done  # "ונפצעו ארבעה נוספים באורח קשה": four more, injured (not "נוספים באורח")
    if lang == "ar" and after and AR_NEXT_FIGURE.match(rest):
        after = None  # "مقتل 5 وإصابة 20": the noun after "و" is counted by the next figure, not this one
    lasting_lead = AR_FOR_A_TIME.search(before) if lang == "ar" and unit in DURATIONS and not after else None
    if lasting_lead:
        # "أغلقت السلطات المعبر لمدة أسبوعين", "استمر الحصار طوال ثلاثة أشهر": the span's lead, and what lasted,
        # the clause before it
        lasted = re.split(r"[,.;:!?،؛\"“”«»()]", before[: lasting_lead.start()])[-1]
        words = [w for w in lasted.split() if strip_arabic_marks(w) not in AR_STOP][-4:]
        span_lead = lasting_lead.group(0).split()[1 if lasting_lead.group(0).startswith("على") else 0]
        if words:  # (the lead kept first: news keys a span on it, "لمدة خمس سنوات" is a period, "مدة")
            return f"{span_lead} ({' '.join(words)})"
    if lang in ("ar", "he"):
        context = rtl_context(before, lang)
        if context:
            return f"{after} ({context})" if after and context not in after else context
    if not after and not subject and lang == "ar":
        # ("أعلن البنك ارتفاع تحويلات المصريين ... بمعدل 49.7%": the change's verbal noun and its subject)
        if masdar := ar_masdar_change(ar_without_time(re.split(r"[،,;:!?؛]", before)[-1])):
            return masdar
        # Arabic puts the thing before its figure: "يرفع معاشات المتقاعدين 25 %".
        ahead = re.sub(rf"(?<!\S)(?:{'|'.join(AR_LEADS)}|[بلكف]\u0640)\s*$", "", before.rstrip())
        ahead = re.sub(r"(?<!\S)(?:إلى|الى|على|عن|حتى)\s*$", "", ahead.rstrip())  # "أن يصل النمو إلى 4 %"
        ahead = re.split(r"[،,;:!?؛]", ahead)[-1]  # (in its own clause: "الطماطم بنسبة 158.4 %، والبطاطس بنسبة")
        ahead = "" if re.search(AR_CONVERTED_BEFORE, ahead) else ahead  # "بما يعادل 35 مليار": the sum before's
        # ("وصلت الإيرادات خلال الشهور الخمسة الأولى من عام 2024 إلى": the words before the time adjunct)
        # (not "خلال شهر واحد": "one" follows the period it counts)
        ahead = ahead if n.spelled and n.raw == 1 else ar_without_time(ahead)
        # ("ارتفاعا قدره 1 %": "amounting to" is no word of what changed; nor is "ما قيمته", "what its value is")
        amounting = re.search(
            r"(?<!\S)(?:(?:بما|ما)\s+)?(?:قدره|قدرها|مقداره|مقدارها|قيمته|قيمتها|نسبته|نسبتها)$",
            strip_arabic_marks(ahead).rstrip(),
        )
        if amounting:
            ahead = " ".join(ahead.split()[: -len(amounting.group(0).split())])
        # ("بزيادة طفيفة لم تتعد 1,5 %": a verb of exceeding, or one negated, is the figure's bound, no word of it)
        verb_ahead = ahead
        ahead, bounded = ar_ahead_unbounded(ahead)  # "بزيادة طفيفة لم تتعد 1,5 %": the bound's verb left out
        if bounded:
            return bounded
        exceeded = len(ahead) < len(strip_arabic_marks(verb_ahead).rstrip())  # ("X في مصر | تتجاوز 3 ملايين")
        # ("أن الصادرات التركية زادت 0.6 %", "ستتجاوز 155 مليار": a verb of change right before the figure, its
        # subject before it (SVO), the two words before the verb)
        # (a name in quote marks is one word of the subject: "أرباح «الإسكندرية للأدوية» تهبط 22%", the profits)
        tokens = [t.replace("\x00", " ") for t in ar_quoted_as_one(ahead).split()]
        if len(tokens) > 2 and re.fullmatch(AR_VERB, re.sub(r"^س(?=[يت])", "", strip_arabic_marks(tokens[-1]))):
            tokens = ar_subject_before_adjunct(tokens[:-1])  # "وان ايراداتها قبل الفائدة والضرائب | تراجعت 30.1%"
            tokens = ar_subject_before_place(tokens)  # "صادرات الإسمنت في مصر | تتجاوز 3 ملايين طن"
            headed = ar_subject_with_head(tokens)
            if headed:  # "أرباح البنك الإسلامي الفلسطيني | تنمو 58.6%": the profits, not "الإسلامي الفلسطيني"
                return " ".join(headed)
        before_place = ar_subject_before_place(tokens) if exceeded else tokens
        if len(before_place) < len(tokens) and len(before_place) <= 3 and not any(
            strip_arabic_marks(w) in AR_STOP or re.fullmatch(AR_VERB, strip_arabic_marks(w)) for w in before_place
        ):
            return " ".join(before_place)  # "صادرات الإسمنت في مصر تتجاوز 3 ملايين طن": the exports, not the place
        if item := ar_list_item(tokens):  # "والأثاث والمفروشات والأدوات المنزلية والصيانة بنسبة 8": the whole item
            return item
        # ("أسعار النفط بنسبة 3 %": the prices; no other figure, "70.7 % والأرز بنسبة", no verb, "ليبلغ 102")
        # (nor a lead of the figure before: "بنسبة 11.3% بقيمة 60 مليار" names no "بنسبة" the sum counts)
        words = [w for w in tokens[-2:] if re.match(r"[«\"“]?[^\W\d]", w) and not re.fullmatch(AR_VERB, w)]
        other = any(re.search(r"[\d٠-٩]", t) for t in tokens[-2:])  # (a lead of the figure before it, not its own)
        words = [] if any((other and w in AR_LEADS) or ar_that_it(w) for w in words) else words  # (nor "أنه")
        words = [] if any(ar_sum_word(w) for w in words) else words  # "مليون دولار | لتسجل نحو": the sum before's
        nisba = len(words) == 2 and ar_construct_head(words[0])
        nisba = nisba and re.search(r"..(?:ية|ي)$", strip_arabic_marks(words[1])) is not None
        quoted = len(words) == 2 and words[1][:1] in "«\"“"  # (a quoted name is the complement, not a head)
        # (not "أرباح نقدية": noun, adjective)
        if len(words) == 2 and ar_construct_head(words[1]) and not nisba and not quoted:
            words = words[1:]  # "أعلنت الوزارة اعتقال 45": a noun in the construct state heads its figure alone
        if words and not any(strip_arabic_marks(w) in AR_STOP for w in words):
            return " ".join(w.strip("«»\"“”") or w for w in words)
    if lang == "en" and money and not after and subject:
        earned = done_to(before)  # "The comedy has amassed $15.9m", "The firm earned $643m": whose sum, by what deed
        if earned and earned not in subject:
            return f"{subject} ({earned})"
    if lang == "da":  # "Det skete, da en bilist kørte 190 km/t": the conjunction "da" is no subject
        subject = da_without_subordinator(subject)
    return after or subject
