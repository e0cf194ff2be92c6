"""What a figure counts, first readings: a Danish cost of doing, a fronted phrase on the subject, "one"
after its noun, a possessor's share, ages, a bracketed size, how long since what. Split out of `counted`,
which calls `lead_reading` first."""

from __future__ import annotations

import re

from briefing_app.core.facts.ar_age_holder import age_holder, bracket_age_holder
from briefing_app.core.facts.durations import what_lasts
from briefing_app.core.facts.figure_words import (
    AR_MEASURE,
    DURATIONS,
    EN_STOP,
    EN_VERBS,
    GENERIC_HEADS,
    PRONOUNS,
    QUALIFIER_LEFT,
    STOP,
    unit_after,
)
from briefing_app.core.facts.golf_par_en import par_reading, round_reading
from briefing_app.core.facts.he_noun_adjective import he_noun_and_adjective
from briefing_app.core.facts.match_scores import INNINGS_WORDS
from briefing_app.core.facts.not_figures import one_after_noun
from briefing_app.core.facts.noun_after import after_phrase
from briefing_app.core.facts.phrase_edges import (
    ed_form,
)
from briefing_app.core.facts.roles import is_person_noun
from briefing_app.core.numbers import NumberMatch, currency_code_before, strip_arabic_marks

# A sentence that opens with a phrase describing its subject ("Worth $4bn over five years, the projects ...",
# "At 8,848 metres, Everest is ..."), and the subject after its comma.
_FRONTED = re.compile(
    r"\s*(?:Worth|Valued|Costing|Priced|Estimated|Measuring|Weighing|Standing|At|With|Founded|Built|Aged)\b"
    r"(?:[^,;:]|,(?=\d)){1,60},"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)(?=\s+(?:is|are|was|were|has|have|had|"
    r"will|would|can|could|may|might|stands?|rises?|focus(?:es)?|covers?|remains?|includes?|[a-z]+ed|[a-z]+s)\b)"
)


# The name a bracketed age follows: capitalised where the script has capitals ("Maria Lopez (34)", not "its
# deputies (71)"), any word in Arabic and Hebrew.
# (Irish and British copy also brackets the age of someone it does not name: "One man (47) was arrested", "a woman
# (32) and a man (29)": a singular noun for a person)
_NAME_BEFORE_BRACKET = {
    "en": r"(?:[A-ZÆØÅ][\w'’-]+|\b(?:man|woman|boy|girl|teenager|teen|youth|youngster|driver|motorist|motorcyclist|"
    r"cyclist|pedestrian|passenger|victim|suspect|mother|father|son|daughter|wife|husband|pensioner|person|child|"
    r"baby|toddler|student|pupil|resident|farmer|worker))\s*\(\s*$",
    "da": r"[A-ZÆØÅ][\w'’-]+\s*\(\s*$",
}


# An innings ended at a score: "were bowled out for 212", "all out for 98", "was out for 12" (no noun after the
# number: "out for 12 weeks" is an injury).
_OUT_FOR = re.compile(r"\b(?:all|bowled|(?:was|were|is|are)(?:\s+run)?)\s+out\s+for\s+$")
# The side or batsman out, the subject right before the verb: "England were bowled out for", "the hosts were all out".
_OUT_SIDE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Za-z][\w'’.-]*)\s+"
    r"(?:was|were|is|are)\s+(?:all\s+|bowled\s+|run\s+)?out\s+for\s+$"
)
# A word after a number other than a preposition or conjunction: the noun it counts ("12 weeks").
_NOUN_NEXT = re.compile(
    r"\s*(?!(?:in|for|off|from|at|on|against|with|after|before|and|as|to|but|when|while|by|inside|within)\b)[^\W\d_]"
)
# Names after "in" each with a number in brackets, a list of places and their values: "the highest rates in Mahoning
# (114.1), Miami (71) and Franklin (58)"; a person is named after "in" only as a place is.
_PLACES_IN_BRACKETS = re.compile(
    r"\bin\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*\((?:[^()]{1,20}\)\s*(?:,|,?\s+and)\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*\()*\s*$"
)


# A fact-sheet label that opens the sentence and ends at a colon right before the figure, headed by a measure
# noun: "عدد القتلى: 45", "Death toll: 45", "Number of victims: 12", "Antal dræbte: 7".
_LABEL = {
    # (or a definite plural of those counted, sound or broken: "المستفيدون من المستشفى: حوالي 40,000 شخص", "القتلى
    # الذين تم الإبلاغ عنهم: 69 قتيل")
    "ar": re.compile(
        rf"\s*((?:[وف]?(?:ال)?{AR_MEASURE}|ال[\u0621-\u064a]{{3,}})(?:\s+[^\s:،,.؛]+){{0,6}})\s*:\s*"
    ),
    "en": re.compile(r"\s*((?:[A-Z][a-z]+\s+){0,2}(?:[Tt]oll|[Nn]umber(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?|[Tt]otal|"
                     r"[Cc]ost|[Pp]rice|[Bb]udget|[Tt]urnout|[Pp]opulation|[Cc]asualties|[Dd]eaths|[Vv]ictims))\s*:\s*"),
    "da": re.compile(r"\s*((?:[A-ZÆØÅ][a-zæøå]+\s+)?(?:[Aa]ntal(?:let)?(?:\s+(?:af\s+)?[a-zæøå]+)?|[Dd]ødstal|"
                     r"[Pp]ris(?:en)?|[Bb]udget(?:tet)?|[Vv]algdeltagelse(?:n)?|[Ii]ndbyggertal))\s*:\s*"),
}
# "Det koster 15.000 kr. at leje en bil": a sum that doing something costs, the infinitive after it says what.
# Who pays may stand between the verb and the sum, a name, a definite noun or a pronoun ("Det kostede Vestby Havn |
# godt 3 mio. kr. at ...", "skal koste regionen | 9 mia. kr. at ..."), and the sum may be hedged ("højst", "op til").
_DA_HEDGE = r"(?:cirka|ca\.|omkring|over|under|kun|hele|mindst|højst|knap|godt|næsten|op\s+til|mere\s+end|mindre\s+end)"
_DA_PAYER = r"(?:(?:[A-ZÆØÅ][\wæøå-]+\s+){1,2}|[a-zæøå]{3,}(?:en|et|ne)\s+|(?:os|dem|ham|hende|mig|dig|jer)\s+)"
# (and the empty subject after the verb when something else opens the clause: "I fjor kostede det | ...")
_COSTS_BEFORE = re.compile(
    rf"\b(?:koster|kostede|kostet|koste)\s+(?:det\s+)?(?:(?!{_DA_HEDGE}\s){_DA_PAYER})?(?:{_DA_HEDGE}\s+)?$"
)
# (how often or in all, between the sum and the infinitive: "45 mio. kr. årligt | at holde skolen åben")
_DA_SPAN = r"(?:\s+(?:om\s+(?:året|måneden|ugen|dagen)|årligt|hvert\s+år|i\s+alt|pr\.\s+(?:år|måned)))?"
_TO_DO = re.compile(
    rf"\s*(?:kr\.|kroner|euro|dollar|EUR|USD|DKK)?{_DA_SPAN}\s+"
    r"(at\s+[a-zæøå]+(?:\s+(?!og\b|men\b|eller\b|når\b|fordi\b|der\b|som\b)[\wæøåÆØÅ'’-]+){0,4})"
)


def _cost_of_doing(before: str, rest: str) -> str | None:
    """ "at leje en bil" after "koster 15.000 kr." (Danish): what the sum pays for."""
    if not _COSTS_BEFORE.search(before):
        return None
    m = _TO_DO.match(rest)
    if m is None:
        return None
    words = m.group(1).split()
    while words[-1] in ("i", "på", "til", "med", "for", "af", "fra", "og", "en", "et", "den", "det", "de"):
        words.pop()  # "at leje en cykel i | Halby": the phrase cut inside a complement
    return " ".join(words) if len(words) > 1 else None


# Arabic nouns of a piece or a copy that head a construct before "one": "مقطع فيديو واحد" is one clip (of video).
_AR_PIECE_NOUNS = {"مقطع", "قطعة", "نسخة", "حبة", "شريط", "علبة", "كيس", "لقطة"}
# Arabic "two" set after its noun as an adjective ("متهمين اثنين", "سيارتان اثنتان"): the noun is a dual, indefinite.
_AR_TWO = {"اثنان", "اثنين", "اثنتان", "اثنتين"}
_AR_DUAL_NOUN = re.compile(r"(?<!\S)[وبلف]?((?!ال)[\u0621-\u064a]{2,}(?:ان|ين))\s*$")


def _ar_dual_before_two(n: NumberMatch, before: str) -> str | None:
    """The dual noun an Arabic "two" follows as its adjective, which is what the two counts."""
    if not n.spelled or strip_arabic_marks(n.text).lstrip("و") not in _AR_TWO:
        return None
    noun = _AR_DUAL_NOUN.search(strip_arabic_marks(before))
    return noun.group(1) if noun else None


def _innings_reading(text: str, n: NumberMatch, before: str) -> str | None:
    """The "runs" of an innings ended at a number: "were bowled out for 212,", "Lane was out for 12." (a side's
    runs for its wickets, "on 97 for five", is a score: `match_scores.cricket_score`)."""
    if not _OUT_FOR.search(before) or _NOUN_NEXT.match(text[n.end :]):
        return None  # (not "out for 12 weeks": the noun says what the number counts)
    side = _OUT_SIDE.search(before)
    who = re.sub(r"^(?:The|His|Her|Their)\s+", "", side.group(1)) if side else ""
    return f"runs ({who})" if who else "runs"  # whose runs: "England were bowled out for 187"


_LEAD_READING_RE1 = re.compile(r"(?:US\$|[$£€¥₪])\s*$")
_LEAD_READING_RE2 = re.compile(r"\bin\s+the\s+region\s+(of\s*)$")
_LEAD_READING_RE3 = re.compile(r"[~≈]\s*$")
_LEAD_READING_RE4 = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s|(?<=s)'|(?<=s)’)\s+$")
_LEAD_READING_RE5 = re.compile(r"\b(?:in|at|on|across|among)\s+(?:the\s+)?[^\W\d_][\w'’-]*\s*\(\s*$")
_LEAD_READING_RE6 = re.compile(r"\s*(?:of|af|من|של)\s")


def lead_reading(text: str, n: NumberMatch, rest: str, unit: str | None, lang: str) -> tuple[str | None, str]:
    """What the figure counts when a reading that goes before all others applies (else None), and the text
    before the figure with its qualifier, currency sign and approximation taken off, for the later readings."""
    before = text[: n.start]
    doing = _cost_of_doing(before, rest) if lang == "da" and n.currency else None
    if doing:
        return doing, before
    innings = _innings_reading(text, n, before) if lang == "en" else None
    if innings:
        return innings, before
    par = (par_reading(text, n) or round_reading(text, n)) if lang == "en" and unit is None else None
    if par:
        return par, before  # "is nine under, with", "after a 75": a golfer's shots (against par), not the golfer
    fronted = _FRONTED.match(text) if lang == "en" and not re.search(r",(?!\d)", before) else None
    if fronted and unit == "percent" and re.match(r"\s*(?:%|percent|per\s+cent)?\s+of\s", text[n.end :]):
        fronted = None  # "With 70% of its GDP from trade, Chile ...": a share names its whole itself
    if fronted and n.start < fronted.end() and fronted.group(1).lower() not in PRONOUNS:
        # "Worth US$4.3bn over five years, the projects ...": the fronted phrase describes the subject after it
        own = after_phrase(rest, lang) if unit is None and n.kind == "number" else None
        lead = re.sub(r"(?:US\$|[$£€¥₪])\s*$", "", before[: before.rfind(n.qualifier)] if n.qualifier else before)
        of_noun = re.search(r"\b([a-z][\w-]*)\s+of\s+$", lead) if not own else None
        if of_noun and of_noun.group(1) not in EN_STOP and of_noun.group(1) not in GENERIC_HEADS:
            own = of_noun.group(1)  # "With a population of 12,000, the town ...": the measure, and whose
        return f"{own} ({fronted.group(1)})" if own else fronted.group(1), before
    if n.spelled and n.raw == 1 and re.search(r"\w\s*$", before) and one_after_noun(n, before, lang):
        # (not after a bracket or a dash: "(אחד מהם": the one opens its own phrase)
        if unit_after(" " + before.split()[-1], lang)[0] is None:
            words = before.split()
            if lang == "ar" and len(words) >= 2 and strip_arabic_marks(words[-2]).lstrip("و") in _AR_PIECE_NOUNS:
                return " ".join(words[-2:]), before  # "مقطع فيديو واحد": a piece of what, the pair in construct
            if lang == "he" and (described := he_noun_and_adjective(words)):
                return described, before  # "תאונה קטלנית אחת": the noun and its adjective before "one"
            return before.split()[-1], before  # "شرطي واحد": the noun before "one"
        before = before[: before.rstrip().rfind(" ") + 1]  # "לתקופה של שנה אחת": one of a unit, measuring more
    dual = _ar_dual_before_two(n, before) if lang == "ar" else None
    if dual:
        return dual, before  # "موظفين اثنين تم تكريمهما": "two" after its dual noun counts that noun
    if n.qualifier:
        at = before.rfind(n.qualifier.rstrip("-"))
        before = before[:at] if at >= 0 else before
        # "a fee in the region of 80 million euros": the approximation goes, its "of" stays ("a fee of")
        noun_last = re.search(r"\b[a-z]{3,}\s*$", before) and before.split()[-1].lower() not in EN_VERBS
        before = f"{before}of " if n.qualifier.lower() == "in the region of" and at >= 0 and noun_last else before
    before = _LEAD_READING_RE1.sub("", before)
    before = _LEAD_READING_RE2.sub(r"\1", before)  # (before a currency sign: "of £45m")
    before = currency_code_before(before) if n.currency else before  # "costs KSh 3,000", "is USD 5 million"
    before = re.sub(QUALIFIER_LEFT, "", before)  # "a market value of about $2 trillion": the sign hid "about"
    before = _LEAD_READING_RE3.sub("", before)  # "عدد المستفيدين: ~3,000 شخص": a sign of "about"
    label = _LABEL.get(lang)
    labelled = label.fullmatch(before) if label else None
    if labelled:  # "عدد المستفيدين من الخدمات : حوالي 600 ألف شخص", "Death toll: 45": the label names the count
        own = after_phrase(rest, lang) if unit is None else None
        name = " ".join(labelled.group(1).split())
        return (f"{name} ({own})" if own and own not in name else name), before
    # (a name ending in "s" keeps it before a bare apostrophe: "Cognos' $52.98 closing price" is Cognos's)
    possessor = _LEAD_READING_RE4.search(before[-60:])
    possessor = possessor if lang == "en" else None
    if possessor and (n.kind == "percent" or unit is not None):
        # "Smith had 52.3% to Jones's 45.1%", "Brazil's 3% growth": whose share or measure it is
        own = after_phrase(rest, lang, n.currency is not None) if n.kind != "percent" or rest.strip() else None
        return f"{own} ({possessor.group(1)})" if own else possessor.group(1), before
    if lang in ("en", "da") and n.kind == "number" and n.value_max is None and 0 < n.raw < 120 and n.raw == int(n.raw):
        # (a role of up to three words: "the prime minister, 58,", "the former chief executive, 61,")
        person = re.search(
            # (a modifier may be capitalised: "The Oscar-winning actress, 37,")
            # (a name's suffix too: "Enrique Marquez Jr., 28,")
            r"(?:[A-ZÆØÅ][\w'’-]+|(?<=[A-Za-z]\s)(?:Jr|Sr)\.|"
            r"\b(?i:the|a|an|den|det)((?:\s+[A-Za-zæøåÆØÅ'’-]+){0,2})\s+([a-zæøå-]+)),\s*"
            r"(?:(now|then|aged|still|only|just|nu)\s+)?$",  # (also "the former champion, now 38,")
            before,
        )
        if person and (person.group(1) or person.group(3)) and person.group(2) and not is_person_noun(person.group(2)):
            person = None  # a longer phrase is a person only when its head is one ("the first round, 12,": none)
        # (a headline drops the article: "Shrewsbury man, 18, locked up for stabbing", "Teenage driver, 17, banned")
        bare_head = re.fullmatch(r"\s*((?:[A-Z][\w'’-]*\s+){1,2})([a-z-]+),\s*", before) if lang == "en" else None
        if person is None and bare_head and is_person_noun(bare_head.group(2)):
            person = bare_head
        years = r"(?:år\s*)?" if lang == "da" else ""  # Danish often writes the unit: "Mira Halvorsen, 54 år,"
        # (or a dash opening an aside after the age: "Emma, 28 – who won X – told")
        # (or the sentence's end after a full name or a person noun: "stabbed with a knife wielded by Aurel Irimia,
        # 46.", "The victim was named as Sarah Brown, 27."; one capitalised word alone may be a place or a team; or a
        # semicolon after a full name, between the people of a list: "Daniel Parmenter, 20; Catalina Garcia, 20;",
        # where "Keselowski, 66; Kenseth, 61" are a table's points)
        full_name = re.search(r"\b[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+|Jr\.|Sr\.),\s*$", before) is not None
        # (or one word after a verb of saying, a speaker: '"I feel good," said Henley, 30.')
        full_name = full_name or re.search(
            r"\b(?:said|says|added|adds|insisted|admitted|explained)\s+[A-Z][\w'’-]+,\s*$", before
        ) is not None
        ended = (
            person is not None
            and re.match(r"\s*(?:\.[\"”’]?\s*$|;)", text[n.end :]) is not None
            and (person.group(2) is not None or full_name)
        )
        if (
            person
            and (ended or re.match(rf"\s*{years}(?:,|\)|and\b|og\b|at\s+the\s+time\b|\s[–—]\s)", text[n.end :]))
            and not n.spelled
        ):
            return "age", before  # "Thomas Sam, 42, and his wife", "the gunman, 24,", "Maria, 16 at the time,": an age
        died = re.search(r"\b(die[sd]|dying|passed\s+away)\s+at\s+$", before[-24:]) if unit is None else None
        if died:
            return f"age ({died.group(1)})", before  # "the novelist dies at 83": the age at death
    if lang == "en" and re.search(r"\b(?:in|into)\s+(?:his|her|their|its|my|our|your)\s+$", before) and re.match(
        r"['’]?s\b", text[n.end :]
    ):
        return "age", before  # "a man in his 40s"
    if lang == "he":
        before = re.sub(r"((?<![\u05d0-\u05ea])[ו]?(?:בן|בת))\s+ה-?$", r"\1 ", before)  # "בת ה-13": aged 13
    owner = re.search(r"((?:[\u0621-\u064a]{2,}\s+){1,3})(?:ذات|ذو|ذي)\s+$", before) if lang == "ar" else None
    # (not "ذو 40 عاما من الخبرة": years of something, no age)
    owner = owner if owner and not re.match(r"\s*\S+\s+(?:من|في)(?!\S)", text[n.end :]) else None
    if owner and unit == "years":  # "ابنتها ليلى ذات الثلاث عشرة عاما": the age of the one the possessive noun follows
        return f"عمر ({owner.group(1).strip()})", before
    # (Hebrew "כבן 20", "כבת 35": about aged, the age of a person an eyewitness or a rescue service guesses)
    age = re.search(
        # (also "between ages 22 and 32", "between the ages of 19 and 24": the bounds of an age)
        r"(?:\b(?:at\s+|i\s+)?(age|aged|alder(?:en)?|between\s+(?:the\s+)?ages(?:\s+of)?)"
        r"(?:\s+(?:between|from|over|under|of|mellem|fra))?|(?<!\w)(?:[وب]|כ)?(عمر(?:ه|ها)?|العمر|גיל|בן|בת)(?:\s+(?:يناهز|ناهز|نحو|قرابة))?)\s+$",
        before,
    )
    # (Hebrew "בניין בן שש קומות", "דירה בת 4 חדרים": "of" so many rooms or floors, a plural noun other than time)
    # (not a noun after a glued "in"/"to", which says where or how: "נהרג גבר בן 77 בהתנגשות", aged 77)
    built = lang == "he" and re.match(
        r"\s+(?!שנים|חודשים|ימים|שבועות|[בל][\u05d0-\u05ea]{4,})[\u05d0-\u05ea]{2,}(?:ים|ות)(?![\u05d0-\u05ea])",
        text[n.end :],
    )
    if age and not built:
        holder = age_holder(before) if lang == "ar" and age.group(2) == "العمر" else None
        if holder is not None:
            return f"عمر ({holder})", before  # ar_age_holder: "شاب X-ي يبلغ من العمر 25 عاما"
        return "age" if age.group(1) else f"{age.group(2)} (age)", before
    if (
        n.kind == "number"
        and n.value_max is None
        and 0 < n.raw < 120
        and n.raw == int(n.raw)  # an age in brackets is whole: "Mahoning (114.1)" is a rate
        and n.value == n.raw  # and has no scale word: "(6 مليار و930 مليون)", "(2 million)" are sums
        and before.rstrip().endswith("(")
        and not (lang == "en" and _PLACES_IN_BRACKETS.search(before[-120:]))
        and re.search(_NAME_BEFORE_BRACKET.get(lang, r"[^\W\d_]{2,}\s*\(\s*$"), before[-40:])
        # a Hebrew plural or possessive noun before the bracket is counted, not aged ("חבריה (33)")
        and not (lang == "he" and re.search(r"(?:ים|ות|יה|יו|יהם|יהן)\s*\(\s*$", before[-40:]))
        and re.match(r"\s*(?:(?:years?|år|عاما|عامًا|سنة|שנים)\s*)?\)", text[n.end :])
        and unit in (None, "years")
    ):
        # "Maria Lopez (34)", "أحمد (45 عاما)", "יוסי (45)": an age in brackets after a name, named in the
        # article's language too; but in a sentence about an innings the bracket after a batsman is his score
        # ("with Crowe (64) and Lane (41) the only batsmen to resist")
        if lang == "en" and INNINGS_WORDS.search(text):
            return "runs", before
        holder = bracket_age_holder(before) if lang == "ar" else None
        if holder is not None:
            return f"عمر ({holder})", before  # "لمراجع (63 عاما)", "أن وافدا (38 عاما) كان": the holder's age
        return {"ar": "عمر (age)", "he": "גיל (age)"}.get(lang, "age"), before
    listed = _PLACES_IN_BRACKETS.search(before[-120:]) if lang == "en" and unit is None else None
    measure = re.search(r"\b([a-z]{3,}s)\s+$", before[-120:][: listed.start()]) if listed else None
    place = re.search(r"([A-Z][\w'’.-]*)\s*\(\s*$", before) if measure else None
    if measure and place and measure.group(1) not in EN_STOP:
        # "the highest rates in Mahoning (114.1), Miami (71)": the measure the list gives, in each place
        return f"{measure.group(1)} ({place.group(1)})", before
    sized = (unit is not None or n.currency) and unit != "percent" and n.kind != "percent"
    # "a majority of the deputies (71)": a bare count in brackets restates the noun phrase before them
    sized = sized or (n.kind == "number" and n.value_max is None and text[n.end : n.end + 1] == ")")
    # "פירות טריים (12%), טבק (1.9%)", "Eksporten til USA (20,9 pct.)": a share or change in brackets after the
    # noun phrase it is of
    shared = unit == "percent" and re.match(
        r"\s*(?:%|pct\.?|procent|percent|אחוז(?:ים)?|بالمئة|في\s+المئة)?\s*-?\)", text[n.end :]
    )
    # (not after a lead of the step, "بنسبة (14.2%)", "by (5%)", "med (3 pct.)", "ב-(4%)": the clause says what changed)
    led = re.search(rf"(?<!\S)(?:ب{AR_MEASURE}|بنحو|بحوالي|by|med|på|til|ב-?|של|ל-?)\s*\(\s*$", before)
    # (nor where the words before name a where, "highest in the south (67%)": the sentence's measure is the count)
    where = _LEAD_READING_RE5.search(before) is not None
    # (Hebrew glues "by" inside the bracket: "הסיגריות (ב-14.2%), הירקות והפירות (ב-7.9%)", the statistics office's
    # and the papers' way of listing the items of a price index)
    inner_by = re.search(r"\(\s*ב-?\s*$", before) if lang == "he" and shared else None
    bracketed_before = before[: inner_by.start()] + "(" if inner_by else before
    sized = sized or (bool(shared) and not led and not where)
    bracketed = (
        noun_before_bracket(bracketed_before, lang) if sized and not _LEAD_READING_RE6.match(rest) else None
    )
    if bracketed:
        return bracketed, before  # "the orbit of the satellites (22,300 miles)": the size of the noun before it
    since = (
        re.match(r"\s+(?:(?:have|has|had)\s+(?:passed|elapsed|gone\s+by)\s+|(?:er\s+)?gået\s+)?"
                 r"(since|siden|after|efter)\s+", rest)  # fmt: skip
        if unit in DURATIONS
        else None
    )  # "two years have passed since the landslide": how long since what
    if since:
        what = after_phrase(rest[since.end() :], lang)
        lasting = what_lasts(before, lang) if lang in ("en", "da") and re.search(r"\b(?:for|i)\s+$", before) else None
        if what:  # "20 years since the first single": how long since what; "halted comments for three days
            # after the attack": and what lasted, when a "for" says the clause lasted
            return f"{since.group(1)} {what} ({lasting})" if lasting else f"{since.group(1)} {what}", before
    return None, before


def noun_before_bracket(before: str, lang: str) -> str | None:
    """The noun phrase a bracketed figure gives the size of: "the orbit of geostationary satellites (22,300
    miles)", "the new stadium (€40m)"; not a conversion ("16 feet (5 metres)", left to `share_counts`)."""
    tail = before.rstrip().rstrip("$£€¥₪").removesuffix("US").rstrip()
    if not tail.endswith("("):
        return None
    m = re.search(r"([^\W\d_][\w'’-]*)\s*\(\s*(?:US\$|[$£€¥₪])?\s*$", before[-80:])
    if not m or (lang in ("en", "da") and unit_after(" " + m.group(1), lang)[0] is not None):
        return None
    stop = STOP.get(lang, set())
    tokens = re.findall(r"[^\s,;:()\"“”]+|[,;:()\"“”]", before[-80:][: m.end(1)])
    words: list[str] = []
    window = tokens[-6 if lang in ("en", "da") else -2 :]
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        low = token.lower()
        if not re.match(r"\w", token) or low in EN_VERBS or low in PRONOUNS:
            break
        # ("pulses and products (11.72 percent)", "clothing and footwear (1.65 percent)": two nouns joined by "and"
        # are one item of the list, the one word before "and" a plain noun)
        joined = (
            low in ("and", "&", "og")
            and 0 < len(words) <= 2
            and k > 0
            and re.fullmatch(r"[a-zæøå][\w'’-]*", window[k - 1]) is not None
            and window[k - 1].lower() not in stop
            and window[k - 1].lower() not in EN_VERBS
            and (k < 2 or not re.fullmatch(r"[a-zæøå][\w'’-]*", window[k - 2]) or window[k - 2].lower() in stop)
        )
        if low in stop and low not in ("of", "af", "the", "a", "an", "de") and not joined:
            break
        if lang == "en" and words and ed_form(low):
            break  # "opened | the new stadium"
        words.insert(0, token)
    while words and words[0].lower() in stop:
        words = words[1:]
    return " ".join(words) or None
