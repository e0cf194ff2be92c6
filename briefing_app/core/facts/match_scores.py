"""Match scores, minutes of goals and vote tallies: pairs of numbers that are a result, or each a count of votes."""

from __future__ import annotations

import re

from briefing_app.core.facts.result_pairs import result_or_move
from briefing_app.core.numbers import NumberMatch

# (no unit nor plural noun after it, "12–15 days"; "thanks to" is no noun: "ended 13–19 thanks to a late shot"; nor
# an Arabic word other than a particle of the match, "35 – 70 كم/ساعة", "10 – 20 درجة": a range of a measure, where a
# score is followed by "على", "في", "أمام" or the clause's end)
_SCORE = re.compile(
    r"(?<![\d.,])\d{1,2}\s?–\s?\d{1,2}(?!\d|[.,]\d)(?!\s*(?:%|percent|per cent|procent|(?!thanks\b)[a-z]+s\b))"
    r"(?!\s*(?!(?:على|أمام|في|لصالح|مع|ضد|بعد|قبل|حتى|ثم)(?![\u0621-\u064a]))(?![وف])[\u0621-\u064a]{2})"
)
# A score with a hyphen, which also joins ranges ("2-3 days"): only where no noun follows it but a
# preposition or the clause's end ("won 3-1 against", "فاز 3-1 على", "انتهت بالتعادل 2-2."), or after
# "score"/"نتيجة".
_HYPHEN_SCORE = re.compile(
    r"(?:(?<=نتيجة )|(?<=score of )|(?<![\d.,]))\d{1,2}\s?-\s?\d{1,2}(?![\d%٪]|[.,]\d)"
    r"(?=\s*(?:$|[,.;:)!?،]|(?:على|أمام|في|لصالح|مع|against|to|in|for|over|at|with|win|victory|draw|til|mod|i|på|"
    # (the time it stood at: "narrowed the deficit to 2-3 inside 60 minutes", "to 3-4 before the final whistle")
    r"inside|before|after|within|until|going\s+into)(?!\S))"
    # (or a Danish compound on the result: "3-0-sejren", "et 1-2-nederlag", "2-1-føringen")
    r"|-(?:sejr|nederlag|føring|kamp|triumf|resultat|udligning|scoring|mål)[a-zæøå]*\b)",
    re.IGNORECASE,
)


_MATCH_WORDS = re.compile(
    r"\b(?:won|lost|beat|beaten|defeated|drew|draw|victory|defeat|score|match|game|vandt|tabte|kamp)\b|"
    # (and the Danish words of a game's standing: "kom på 3-2" in the set, "udlignede til 2-2")
    r"\b(?:sæt(?:tet)?|serv(?:en|egennembrud\w*)?|bagud|stillingen|udlign\w*|halvleg\w*|scorede|føringen)\b|"
    # (and a game's own words: "to lead 29-44 at half time", "came out the winners 41-57")
    r"\b(?:half[- ]?time|full[- ]?time|winners|scored|(?:lead|led|leading|trail(?:ed|ing)?)\s+\d{1,2}\s?[-–]\s?\d)|"
    r"(?:فاز|خسر|تعادل|مباراة|المباراة|نتيجة|هزم|ניצח|ניצחה|הפסיד|הפסידה|משחק|המשחק)",
    re.IGNORECASE,
)


# Minutes of goals in brackets after a scorer ("سجلها إيدر (16 من ركلة جزاء و47)", "scored by Lee (12, 80)"):
# only small numbers, a minute's mark ("(6′)", "(68')"), a penalty mark and "and" inside, in a sentence about goals.
_GOAL_MINUTES = re.compile(
    r"\((?:\s*\d{1,3}(?:\+\d{1,2})?['’′]?\s*(?:(?:من\s+)?ركلة\s+جزاء|pen\.?|penalty|og)?\s*(?:,|،|و|and)?\s*)+\)"
)
_GOAL_WORDS = re.compile(
    r"(?:سجل|هدف|أهداف|مرمى|لمرمى|شباك|التسجيل|\b(?:scored|scorer|goals?|equali[sz]ed|equali[sz]er)\b)", re.IGNORECASE
)


# An indefinite Arabic noun right after a bracket (no particle, article, "لل", imperfect verb, nor a word with "and"
# glued on, "(87) فارتفع"): what a count in brackets counts ("(4) غارات", "(9) مدنيين").
_COUNTED_AFTER = re.compile(
    r"\s*(?!(?:من|في|على|عن|إلى|الى|مع|ثم|أو|قبل|بعد)(?![\u0621-\u064a]))(?![وفبلك]?ال|لل|ي|و|ف)[\u0621-\u064a]{3,}"
)


# A score said in words: "by a score of 3 to 1", "the score was 2 to 2 at half time".
_SCORE_SAID = re.compile(
    r"\b(?:score|scoreline|result)\s+(?:of|was|is|stood\s+at)\s+(?:\d{1,3}\s+(?:to|-|–)\s+)?$", re.IGNORECASE
)
_SCORE_SAID_AFTER = re.compile(r"\s+(?:to|-|–)\s+\d|\s*(?:$|[,.;])|\s+(?:at|in|after|with)\b")


# A score in words with its goals: "two goals to none", "three goals to one" (each side's number).
_SIDE = r"(?:none|nil|nothing|zero|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_GOALS_TO_AFTER = re.compile(rf"\s+goals?\s+to\s+{_SIDE}\b", re.IGNORECASE)
_GOALS_TO_BEFORE = re.compile(rf"\b{_SIDE}\s+goals?\s+to\s+$", re.IGNORECASE)


# A vote before a pair of numbers joined by a dash: the pair is a tally, not a match score.
_VOTE_BEFORE = re.compile(r"\b(?:votes?|voted|voting|ballots?|tally|margin)\b[^.;:]{0,25}?(?:\d+\s*[-–]\s*)?$",
                          re.IGNORECASE)  # fmt: skip


# The verb of voting right before a tally in words ("voted 310 to 219", "voted by 52 to 48", "a vote of 9 to 3").
_VOTED_TO = re.compile(r"\b(?:voted|votes?\s+of)\s+(?:by\s+)?(?:\d[\d,]*\s+to\s+)?$", re.IGNORECASE)


# A Danish word of a game's standing right before a pair: "Bagud 1-4 kæmpede hun sig tilbage", "ved stillingen
# 2-3 i første sæt", "kom foran 2-1": whatever follows, the pair is how the game stood.
_DA_STANDING_BEFORE = re.compile(r"\b(?:bagud|foran|stillingen|føringen\s+på)\s+$", re.IGNORECASE)


_VOTE_TALLY_RE1 = re.compile(r"\s*[-–]\s*\d")
_VOTE_TALLY_RE2 = re.compile(r"\d\s*[-–]\s*$")
_VOTE_TALLY_RE3 = re.compile(r"\s+to\s+\d")
_VOTE_TALLY_RE4 = re.compile(r"\d\s+to\s+$")


def vote_tally(text: str, n: NumberMatch) -> bool:
    """Whether `n` is one side of a vote's tally written with a dash ("by a vote of 68-31", "voted 310–121")."""
    if n.spelled or n.value_max is not None:
        return False
    # "voted 310 to 219": a tally in words too, right after the verb of voting
    pair = _VOTE_TALLY_RE1.match(text[n.end :]) or _VOTE_TALLY_RE2.search(text[: n.start])
    worded = _VOTE_TALLY_RE3.match(text[n.end :]) or _VOTE_TALLY_RE4.search(text[: n.start])
    if worded and not pair:
        return _VOTED_TO.search(text[max(0, n.start - 40) : n.start]) is not None
    return pair is not None and _VOTE_BEFORE.search(text[max(0, n.start - 40) : n.start]) is not None


# A cricket score written "runs for wickets" ("41 for 3", "176 for six", "58 for no loss"), in a sentence about an
# innings; the wickets take no noun of their own ("a recall 18 for 4 years" is no score).
_WICKETS = r"(?:10|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)"
_FOR_WICKETS_AFTER = re.compile(rf"\s+for\s+(?:{_WICKETS}|no\s+loss)\b(?!\s+(?:[a-z]+s|years?|months?|weeks?|days?)\b)",
                                re.IGNORECASE)
_RUNS_FOR_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\s+for\s+$")
INNINGS_WORDS = re.compile(
    r"\b(?:wickets?|innings|overs|Tests?|declared|bowl(?:ed|ing|er|ers)?|batting|batsm[ae]n|lunch|tea|stumps|"
    r"nightwatchman|not\s+out|all\s+out|run\s+chase|follow(?:ing)?[- ]on)\b"
)


# The other words of an innings in BBC cricket copy ("Stumps England were 98 for two in reply", "Chasing 271 to win,
# they were 160 for six", "reached 272 for six" after "an unbeaten 78 off 52 balls").
_INNINGS_TOO = re.compile(
    r"\b(?:runs|balls|unbeaten|[Ss]tumps|[Cc]hasing|in\s+reply|sixes|fours|[Ss]eamers?|[Ss]pinners?|all-rounder|"
    r"openers?|[Cc]lose\s+of\s+play)\b"
)


def innings_sentence(text: str) -> bool:
    """Whether the sentence speaks of a cricket innings."""
    return INNINGS_WORDS.search(text) is not None or _INNINGS_TOO.search(text) is not None


def cricket_score(text: str, n: NumberMatch) -> bool:
    """ "from an overnight 41 for 3 to 250", "were 176 for six at tea": runs for wickets, a score
    (both numbers), in a sentence that speaks of an innings."""
    if n.raw >= 1000 or not innings_sentence(text):
        return False
    runs = n.value_max is None and _FOR_WICKETS_AFTER.match(text, n.end) is not None
    total = _RUNS_FOR_BEFORE.search(text[max(0, n.start - 12) : n.start])
    wickets = n.raw <= 10 and total is not None and (
        re.match(r"\s*(?:$|[,.;:)]|(?:to|at|in|on|when|before|after|with|and|but|by|overnight|declared)\b)",
                 text[n.end :]) is not None  # fmt: skip
        or n.value_max is not None  # "41 for 3 to 250": the parser took the wickets and the total for a range
        # ("posted 270 for eight from their 45 overs": the total before reads as a score, so do its wickets)
        or _FOR_WICKETS_AFTER.match(text, max(0, n.start - 12) + total.start() + len(total.group(0).split()[0]))
        is not None
    )
    return runs or wickets


def is_score(text: str, n: NumberMatch) -> bool:
    """A match score ("defeated Panama 3–0", "ended 0–0"): small whole numbers joined by an en dash
    with no unit after; a result, not a quantity the article reports. Also the minutes of goals in brackets."""
    if "(" in text[max(0, n.start - 30) : n.start] and _GOAL_WORDS.search(text):
        for m in _GOAL_MINUTES.finditer(text):
            # (not one count in brackets before the noun it counts: "بهدف زيارة ... بشن (4) غارات جوية")
            counted = re.fullmatch(r"\(\s*\d+\s*\)", m.group(0)) and _COUNTED_AFTER.match(text, m.end())
            if m.start() < n.start < m.end() and not counted:
                return True
    said = _SCORE_SAID.search(text[max(0, n.start - 40) : n.start])
    if said and n.value_max is None and n.raw < 200 and _SCORE_SAID_AFTER.match(text[n.end :]):
        return True  # "won by a score of 3 to 1": a result in words, not two quantities
    if n.value_max is None and n.raw < 30 and _MATCH_WORDS.search(text) and (
        _GOALS_TO_AFTER.match(text, n.end) or _GOALS_TO_BEFORE.search(text[max(0, n.start - 40) : n.start])
    ):
        return True  # "defeated Switzerland two goals to none", "won by three goals to one": a result in words
    if cricket_score(text, n):
        return True  # "from 41 for 3 to 250", "were 176 for six at tea": a cricket score, runs for wickets
    window = text[max(0, n.start - 4) : n.end + 4]
    if "–" not in window and "-" not in window:
        return False  # a score's dash stands right by its numbers
    if n.value_max is None and re.match(r"\s?[-–]\s?all\b", text[n.end :]):
        return True  # "tying the score at 14-all": a level score, no count
    if vote_tally(text, n):
        return False  # "approved by a vote of 68-31", "voted 310–121": a tally of votes, each a figure
    pair = re.fullmatch(r"\d{1,2}\s?[-–]\s?\d{1,2}", n.text.strip()) is not None
    unit_after = re.match(r"\s*(?:%|procent|pct\.?|procentpoint|point|mandater|stemmer)(?!\w)", text[n.end :], re.I)
    if pair and not unit_after and _DA_STANDING_BEFORE.search(text[max(0, n.start - 30) : n.start]):
        return True  # (not a share the side leads by: "foran med 12-15 procent")
    if result_or_move(text, n):
        return True  # "their 0-2 defeat against", "falls 6-8 with 162,000": a result or a chart move
    if any(m.start() <= n.start < m.end() for m in _SCORE.finditer(text)):
        return True
    for m in _HYPHEN_SCORE.finditer(text):
        if m.start() <= n.start < m.end():
            low, high = (int(d) for d in re.findall(r"\d+", m.group(0)))
            if re.match(r"-[a-zæøå]", text[m.end() :]):
                return True  # "et 1-2-nederlag": the result noun the pair is glued to says it is a score
            # a range rises ("aged 8-10,"): a rising pair is a score only in a sentence about a match
            return low >= high or _MATCH_WORDS.search(text) is not None
    return False
