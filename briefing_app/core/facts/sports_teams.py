"""Countries and cities that stand for sports teams in a match report ("Argentina beat Mexico 2-1", "face Norway in
the quarterfinal", "Madrid were without their captain"): there the name is a team, not a place, and a briefing that
lists it among the places misleads. Only in an article about a game, and only for a name the article never puts
where a place goes ("in Russia", "headed for Sweden").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_app.core.facts.gazetteer import Entry, lookup
from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.transfer_moves import signed_from_before

# Words of match reports; three different ones make an article a sports story. Words with an everyday sense
# too ("goal", "coach", "penalty", "referee", Danish "mål", "dommer") are left out, so that a political story
# about "the goal of sanctions against X" is not read as one.
_SPORT_WORDS = re.compile(
    r"\b(scored|scorer|goal-scorer|striker|midfielder|goalkeeper|quarter-?finals?|semi-?finals?|kick-?off|innings|"
    r"wickets?|playoffs?|extra[- ]time|hat-trick|world cup|centre[- ]backs?|full[- ]backs?|free[- ]kicks?|"
    r"corner[- ]kicks?|offside|own[- ]goal|stoppage[- ]time|injury[- ]time|final[- ]whistle|clean[- ]sheet|"
    r"away[- ](?:win|victory|goals?)|home[- ]side|equali[sz]er|touchdowns?|quarterback|batsman|"
    r"scorede|målscorer|målmand|målmanden|angriber|kvartfinalen?|semifinalen?|straffespark|landstræner|"
    r"landstræneren|slutrunden?|"
    # Danish league copy: the league, a head coach, home and away, a result glued to its noun ("3-1-sejren")
    r"superligaen|superliga-\w+|cheftræner(?:en)?|udebane(?:n)?|hjemmebane(?:n)?|\d{1,2}-\d{1,2}-(?:sejr|kamp|nederlag)\w*|"
    # British football copy: a derby, the drop, the minute of a goal, a header ("in the 60th minute", "a derby")
    r"derby|relegation|relegated|premiership|goalless|header|\d+(?:st|nd|rd|th)[- ]minute|(?:points|goals)\s+clear|"
    r"transfer\s+window|on\s+loan|top\s+flight|"
    # a club's place in its league and the leagues themselves ("fourth-placed", "points behind", "the Premier
    # League"); a scorer of goals in one word
    r"goalscorers?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom)-placed|"
    r"points\s+(?:behind|adrift|ahead\s+of)|premier\s+league|champions\s+league|europa\s+league|fa\s+cup|"
    r"la\s?liga|bundesliga|serie\s+a|"
    # a scorer's two goals, a wide player, a half of a match as an adjective, a league's table, a result with its
    # score ("netted a brace", "the Irish winger", "a first-half performance", "a 2-1 victory", "beat X 2-1")
    r"brace|winger|first-half|second-half|(?:log|league)\s+table|\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss)|"
    r"beat\s+[a-z]+(?:\s+[a-z]+)?\s+\d{1,2}-\d{1,2}|"
    # Gaelic games, as Irish copy reports them ("the All-Ireland hurling final", "throw-in at 3pm")
    r"hurlers?|camogie|all-ireland|throw-in|inter-county|"
    # a transfer story, which names few words of the game: the lower leagues, a player's games for a club, the
    # club's own site, the summer's signings, a fee's record and clause ("made 80 appearances", "our third summer
    # signing", "on the club's website", "a club transfer record", "the left-back")
    r"league\s+(?:one|two)|national\s+league|non[- ]league|\d+\s+(?:league\s+)?appearances|netted|"
    r"club['’]s\s+(?:official\s+)?website|(?:summer|january|deadline[- ]day)\s+signings?|"
    r"signings?\s+of\s+the\s+(?:summer|window|season)|transfer\s+(?:record|fee|target|deadline)|release\s+clause|"
    r"(?:left|right|wing)-backs?|centre-halfs?)\b"
)
# Before a team's name: what one side does to another ("beat X", "against the host nation X", "lost 2-1 to X").
_TEAM_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|defeated|defeating|defeat|face|faces|facing|faced|against|over|versus|vs\.?|"
    r"between|eliminated|eliminating|host|hosts|hosted|edged|thrashed|play|plays|playing|"
    r"slog|besejrede|mod|imod|møder|mødte|mellem|tabte\s+til)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}|\d+\s*[-–]\s*\d+\s+(?:to|against|over|with)\s+|"
    # a result told as a noun, the other side after it: "a 3-0 defeat to newly promoted X", "their win over the X"
    r"\b(?:defeats?|loss(?:es)?|wins?|victor(?:y|ies)|draws?)\s+(?:to|against|over|with|by|at\s+home\s+to)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2})$",
    re.IGNORECASE,
)
# After it: what a side does, the score, or a plural verb ("Madrid were without ...").
_TEAM_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:\d+\s*[-–]\s*\d+|score|scores|scored|beat|beats|won|wins|lost|loses|drew|draws|defended|"
    r"attacked|advance|advanced|advances|qualified|equalised|equalized|trailed|met|dominated|were|are|have|"
    r"host|hosted|hosts|sought|got off|will face|face|faced|vandt|tabte|slog|scorede|førte|spillede|besejrede|"
    # a player of the side: "the Ivory Coast striker", "the Ruritania captain"
    r"striker|goalkeeper|keeper|midfielder|defender|winger|forward|captain|skipper|manager|coach|boss|"
    r"international|full-back|centre-back|landstræner|anfører)\b"
)
# Where a place goes: "in Russia", "from Lagos", "headed for Sweden", "the capital of Ruritania"; "to" only after a
# verb of going ("travel to Oslo"), since a side is given credit or lost to ("Give credit to Seattle").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:travel\w*|trips?|go|goes|going|gone|went|return\w*|move[ds]?|moving|head\w*|fl[eoy]\w*|came|comes?|"
    r"coming|arriv\w+|back|way|road|journey\w*)\s+to|"
    r"\b(?:in|at|from|into|near|across|around|throughout|inside|outside|within|of|via|visit|visited|visiting|"
    r"i|fra|til|ved|nær|omkring|gennem|hjem\s+til)|"
    r"\b(?:headed|heading|bound|left|leaving)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Cues of a club only (a national side stays among the places, as the corpus's gold has it): what a player does
# for a side ("the winning goal for X", "his debut for X"), what a side did over a season ("X had failed to score").
_CLUB_BEFORE = re.compile(
    r"\b(?:goals?|winner|equali[sz]er|debut|appearances?|scored|scores|scoring|played|plays|playing|signed|signs|"
    r"signing|hat-trick|brace)\s+for\s+(?:the\s+)?$"
    # (named as teams: "the two other promoted teams, Bournemouth and ...", "clubs such as Leeds")
    r"|\b(?:teams|clubs|sides|opponents|rivals)(?:,|\s+such\s+as|\s+including|\s+like)\s+(?:the\s+)?$"
    # (what a rival club does for a player: "beat off competition from X", "despite interest from X", "the offer
    # from X was too good": a club that wants him, no town he comes from)
    r"|\b(?:interest|competition|offers?|approach(?:es)?|enquir(?:y|ies)|inquir(?:y|ies)|advances)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_CLUB_AFTER = re.compile(r"(?:['’]s)?\s+(?:had\s+failed|have\s+failed|failed|conceded|climbed|slipped|suffered)\b")
_TRANSFER_FROM = re.compile(
    r"\b(?:move|moved|transfer|transferred|switch|signed|signing|joined|arrived|loan|loaned)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLAYER_AFTER = re.compile(r"(?:['’]s)?\s+(?!(?:Mayor|Governor|President|Minister|Premier|Chief|Police)\b)"
                           r"[A-Z][a-z]+\s+[A-Z][\w'’-]+")
# A player coming to a club ("he opted to come to Kessby", "his move to Kessby"): where a place would go, but
# against a cue of a club elsewhere in the article it is the club he joins, not the town.
_ARRIVAL_BEFORE = re.compile(r"\b(?:come|comes|coming|came|move|moves|moved|moving|switch|switched)\s+to\s+$")
_SCORE_BEFORE = re.compile(r"(?:\d+\s*[-–]\s*\d+\s+to|\btabte(?:\s+\d+\s*[-–]\s*\d+)?\s+til)\s+(?:the\s+)?$")


# The continents, a closed class: "Africa lost one of its greatest players" is the continent grieving.
_CONTINENTS = {"Africa", "Europe", "Asia", "Oceania", "Americas", "North America", "South America", "Latin America",
               "Antarctica"}  # fmt: skip
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def listed_four_or_more(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of names that stand in a list of four or more names joined only by commas and "and" ("the
    group: Belarus, Canada, Finland and France"): in a match report, the teams of a group or a draw."""
    chains: list[list[tuple[int, int]]] = []
    for span in sorted(spans):
        if chains and _LIST_GAP.fullmatch(text[chains[-1][-1][1] : span[0]]):
            chains[-1].append(span)
        else:
            chains.append([span])
    return {start for chain in chains if len(chain) >= 4 for start, _ in chain}


# A name of a list, with the comma, "and", "or" or "&" that joins it to the next ("Tolby United, Kessby, Oldby and
# Everton are all chasing him": every town among clubs is one).
_LIST_MATE_BEFORE = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?:\s*,\s*|,?\s+(?:and|or|&)\s+)$")
_LIST_MATE_AFTER = re.compile(r"(?:\s*,\s*|,?\s+(?:and|or|&)\s+)([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})")
# The last word of a club's name in British football ("Tolby United", "Kessby Rovers", "AFC Oldby" has it first).
_CLUB_LAST_WORD = re.compile(
    r"\s(?:United|City|Town|County|Athletic|Albion|Rovers|Wanderers|Villa|Wednesday|Argyle|Alexandra|Orient|Hotspur|"
    r"Rangers|Academical|Thistle|FC|AFC)$"
)


def _known_club(name: str) -> bool:
    """Whether the lists know `name` as an organisation, or it ends with a British club's word."""
    entry = lookup(name)
    return (entry is not None and entry.kind == "organisation") or _CLUB_LAST_WORD.search(name) is not None


def _beside_a_known_club(before: str, after: str) -> bool:
    """Whether a club the organisation lists know, or a name with a club's word, stands in the same list as the name
    (up to four names away), joined by commas, "and", "or" or "&" ("a bid from Kessby or Everton", "Tolby United,
    Oldby, Kessby and Harwick are chasing him")."""
    return any(_known_club(mate) for mate in _list_mates(before[-160:], after[:160]))


def _list_mates(before: str, after: str) -> Iterator[str]:
    """The names listed with a name, up to four on each side: walking back from its start, then on from its end."""
    for _ in range(4):
        mate = _LIST_MATE_BEFORE.search(before)
        if mate is None:
            break
        yield mate.group(1)
        before = before[: mate.start()]
    for _ in range(4):
        mate = _LIST_MATE_AFTER.match(after)
        if mate is None:
            break
        yield mate.group(1)
        after = after[mate.end() :]


@per_document  # (the places, organisations and people finders all ask it of the whole article)
def is_sports_story(text: str) -> bool:
    """Whether an article reads as a match report: three different words of the game."""
    return len({re.sub(r"(?:s|en)$", "", m.group(1)) for m in _SPORT_WORDS.finditer(text.lower())}) >= 3


@dataclass
class TeamUses:
    """For each place key, whether a mention reads as a team and whether one reads as a place."""

    team: set[str] = field(default_factory=set)
    place: set[str] = field(default_factory=set)
    # the keys of towns (not countries, nor regions, where "England" is a national side): a side named by its
    # town is a club, an organisation
    towns: set[str] = field(default_factory=set)
    # the keys of towns a player comes or moves to: no place when another mention reads as a club
    arrivals: set[str] = field(default_factory=set)

    def note(self, entry: Entry, text: str, start: int, end: int, in_a_long_list: bool) -> None:
        """Record what the mention at start..end of `text` says of the gazetteer's place `entry` (a country, a
        state or a town: a continent fields no team)."""
        if entry.detail not in ("country", "city", "capital", "region") or entry.name in _CONTINENTS:
            return
        key = entry.name.lower()
        before, after = text[:start], text[end:]
        # "shots on target to Mexico's three": "to" before a side's possessive compares, it goes nowhere
        possessive = text[start:end].endswith(("'s", "’s")) or re.match(r"['’]s\b", after) is not None
        compared = possessive and re.search(r"\bto\s+$", before) is not None
        # "at Ajax's ground", "in Kessby's net": what a side owns on the pitch; "at" goes there, not to the town
        owned = possessive and re.match(r"(?:['’]s)?\s+(?:ground|stadium|home|pitch|net|goal|fans|supporters)\b", after)
        # "his £16-million move from X", "signed from X", "on loan from X": a club a player leaves
        transfer = _TRANSFER_FROM.search(before) is not None or signed_from_before(before)
        # "X's Jane Roe made sure ...": a player of the side (given name and family name after the possessive)
        player = possessive and _PLAYER_AFTER.match(after) is not None
        club_cue = transfer or player or _CLUB_BEFORE.search(before) is not None or _CLUB_AFTER.match(after) is not None
        club_cue = club_cue or _beside_a_known_club(before, after)
        if club_cue and entry.detail in ("city", "capital") and " " not in entry.name:
            self.team.add(key)
            self.towns.add(key)
            return
        if _ARRIVAL_BEFORE.search(before) and entry.detail in ("city", "capital") and " " not in entry.name:
            self.arrivals.add(key)
        elif _PLACE_BEFORE.search(before) and not _SCORE_BEFORE.search(before) and not compared and not owned:
            self.place.add(key)
        elif in_a_long_list or _TEAM_BEFORE.search(before) or _TEAM_AFTER.match(after):
            self.team.add(key)
            if entry.detail in ("city", "capital") and " " not in entry.name:
                self.towns.add(key)  # (not "Mexico City", "Kuwait City": a place of a club's shape, left alone)

    def teams(self) -> set[str]:
        """The keys read only as teams, never as places (a town a player comes to, "come to Kessby", is neither)."""
        return self.team - self.place

    def places(self) -> set[str]:
        """The keys read where a place goes, and those a player comes to that no mention reads as a club."""
        return self.place | (self.arrivals - self.towns)

    def clubs(self) -> set[str]:
        """The keys of towns read only as teams: clubs named by their town ("Leeds beat Burnley")."""
        return self.teams() & self.towns
