"""Numbers that belong to a name, a model, a rank or an address, not a quantity the article reports.

"Delta 4", "page 12", "phase 2", "10 Downing Street", "Web 3.0", "0800 555 0199", "هاتف آيفون 6".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.figure_words import (
    DA_MONTHS,
    EN_MONTHS,
    EN_STOP,
    MINUS_SIGN,
    glued_unit,
    unit_after,
)
from briefing_app.core.facts.gazetteer import names_a_place
from briefing_app.core.facts.match_scores import vote_tally
from briefing_app.core.facts.people_nationality import is_nationality
from briefing_app.core.facts.phone_codes_en import phone_or_reference
from briefing_app.core.facts.phone_lines_da import danish_line_or_plate
from briefing_app.core.facts.quoted_titles import in_quoted_title
from briefing_app.core.facts.standings import count_given_to_name
from briefing_app.core.facts.street_blocks_en import is_street_block
from briefing_app.core.facts.titled_numbers_en import opens_work_title
from briefing_app.core.numbers import GLUED_CURRENCY_CODES, NumberMatch, spelled_value

_NOT_NAME_BEFORE = {
    "only", "just", "all", "another", "over", "under", "around", "almost", "about", "some", "nearly",
    "approximately", "roughly", "more", "fewer", "less", "exactly", "perhaps", "maybe", "of", "in", "at", "by", "rs",
    "rs.",
    "on", "for", "with", "from", "to", "since", "after", "before", "the", "a", "an", "and", "but", "or", "als",
    "kun", "blot", "næsten", "omkring", "cirka", "mindst", "højst", "i", "på", "af", "med", "til", "between", "among",
    "mellem", "blandt", "its", "their", "his", "her", "our", "my", "your", "these", "those", "every", "each", "further",
    "aged", "total", "overall",  # ("Total 12 passengers were in S1": a sum opening its sentence, no name)
    # (a subordinator or adverb opening the sentence: "Because 40 workers quit, ...", "Although 30% said ...")
    "because", "although", "though", "whereas", "unless", "until", "whenever", "once", "even", "meanwhile",
    "however", "yet", "still",
    # (a participle opening a sports sentence before a target or a score: "Chasing 271 to win, Kent ...", "Set 310 to
    # win", "Needing 12 off the last over")
    "chasing", "needing", "requiring", "set", "resuming", "trailing",
}  # fmt: skip


# A time adverb that opens the sentence right before a count, with no comma: "Yesterday 868 flights were cancelled".
# A place phrase opening the sentence with no comma before a count ("In Cork University Hospital | 37 are waiting")
# and the count's own verb right after it (not a noun: "In Formula 1 teams are ..." keeps its name).
_FRONTED_PLACE = re.compile(r"\s*(?:In|At|Across|Throughout|Within)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:still|now|currently|already)\s+)?(?:are|were|is|was|have|has|had|remain|remained|"
    r"died|lost|live|lived|work|worked|wait|waited|received|died)\b"
)
_FRONTED_TIME_ADVERB = re.compile(r"\s*(?:Today|Yesterday|Tomorrow|Tonight|Currently|Altogether|Now)\s+")


# Nouns that locate rather than count: "page 12", "article 5", "gate 3", "side 4", "صفحة", "עמוד".
_LOCATOR_BEFORE = re.compile(
    r"(?:\b(?:page|pages|p\.|pp\.|article|section|chapter|paragraph|clause|room|gate|platform|route|bus|"
    r"flight|row|seat|exit|junction|side|resolution|kapitel|paragraf|stk\.|artikel|afsnit|linje|perron|"
    r"line|track|terminal|pier|highway|interstate|freeway|motorway|expressway|ward|floor|bay|berth|kilomet(?:re|er)|km|mile\s+marker|spor|canon|verse|"
    r"runway|hangar|cell|apartment|reactor|lap|bilag|annex|appendix|tabel|figur|"
    # (Danish road and building locators: "ved kilometermærke 33", "ved afkørsel 12", "ad rute 21", "i lokale 102")
    r"kilometermærke|afkørsel|frakørsel|tilkørsel|rute|lokale|"
    # (a Danish week of the year, "i uge 45", "Uge 7 bød på", as English "Week 45"; not a count per week, "hver uge
    # 500", "en uge 3 gange")
    r"(?<!hver\s)(?<!per\s)(?<!pr\.\s)(?<!om\s)(?<!en\s)(?<!hele\s)uge|"
    # (a corner of a race track, a golf hole, a game of a series, after the words that place something there: "in
    # turn 3", "at hole 18", "won game 7")
    r"(?<=in\s|at\s|on\s)turn|(?<=of\s)turn|(?<=into\s)turn|(?<=on\s|at\s)hole|"
    # (a marathon's mile post and a golf hole after its score's verb: "made his break at mile 19", "birdied hole
    # 17"; a count is written "19 miles", and "a hole 3 metres deep" measures the hole)
    r"(?:(?<=at\s)|(?<=on\s)|(?<=by\s)|(?<=past\s)|(?<=near\s)|(?<=around\s))"
    r"mile(?!\s+\d[\d.,]*\s*(?:km|kilomet|met|feet|ft|yards))|"
    r"(?:(?<=birdied\s)|(?<=bogeyed\s)|(?<=parred\s)|(?<=eagled\s)|(?<=aced\s))hole|"
    r"(?<=in\s|of\s)game|(?<=won\s|win\s)game|(?<=lost\s)game)"
    # (and the second of a pair of them: "se bilag 1 og 2", "articles 3 and 4")
    r"(?:\s+\d{1,3}\s+(?:og|and|eller|or)|\s+\d{1,3}\s*,)?|"
    r"(?<![^\s(])(?:[وبل]|لل)?(?:صفحة|الصفحة|المادة|مادة|البند|الفقرة)|(?<![^\s(])[ובלמהש]{0,2}(?:עמוד|סעיף|פרק)|"
    # (a road's kilometre post and a match's minute, singular with the article: "عند الكيلو 105", "في الدقيقة 65
    # مؤمنا فوزه", "(د 56)"; the count is written "105 كيلومترات", "65 دقيقة")
    r"(?<![^\s(])[وبل]?(?:الكيلو|الكيلومتر|الكيلوميتر|الدقيقة)|\(\s*د\.?|"
    # (a school year or grade, capitalised as schools write them: "70.3 per cent of Year 12s", "Grade 9 pupils")
    r"\b(?-i:Round|Stage|Game|Week|Season|Episode|Volume|Issue|Part|Year|Grade))\s*$",
    re.IGNORECASE,
)
# Words that give a name, before a name that opens with a number: "titled 99% Spring", "kaldet 7 Sind".
_TITLED = re.compile(r"\b(?:titled|entitled|called|named|dubbed|kaldet|kaldes|med\s+titlen)\s+[\"“'‘]?$", re.IGNORECASE)
# A device or software noun and a name of one or two words before a model number: "هاتف آيفون", "نظام ويندوز",
# "הטלפון אייפון", "מערכת ההפעלה אנדרואיד"; a rank's noun ("المركز 12", "المرتبة 3").
_DEVICE_BEFORE = re.compile(
    r"(?<!\S)(?:[وبل]|لل)?(?:ال)?(?:هاتف|هواتف|جهاز|أجهزة|نظام|أنظمة|إصدار|نسخة|طراز|موديل|حاسوب)"
    # (no clause mark in the name: "16 جهاز حاسب آلي، 3 هواتف" lists a count after the comma, no model)
    r"(?:\s+(?!(?:إلى|الى|في|من|على|عن|مع|بعد|قبل|و)\s)[^\s\d،,;:.]+){1,2}\s*$"
    r"|(?<!\S)[ובלמהש]{0,2}(?:טלפון|טלפונים|מכשיר|מכשירי|דגם|גרסה|גרסת|מערכת)"
    r"(?:\s+(?!(?:של|על|עם|את|עד|אל)\s)[^\s\d,;:.]+){1,2}\s*$"
    r"|(?<!\S)[وبل]?(?:ال)?(?:مركز|مرتبة)\s*$"
)
# Stages and grades named by a number: "phase 2", "tier 3", "category 4", "grade 9", "level 4", "fase 2".
# A season of a broadcast or a sport named by its number, spelled or not: "season eight", "series 3".
_SEASON_BEFORE = re.compile(r"\b(?:season|series)\s+$", re.IGNORECASE)
_STAGE_BEFORE = re.compile(r"\b(?:phase|stage|tier|step|grade|category|level|fase|trin|niveau)\s+$", re.IGNORECASE)
# Nouns before a number that names a point or a document ("في الدقيقة 23", "الجولة 12", "القرار 2254") but
# may also be a subject before its figure ("استغرقت الرحلة 45 دقيقة"): a point only with no counted word after.
# (A class of graduates or recruits too: "تخريج الدفعة 42 من طلاب الجامعة" names the 42nd class, no count.)
_POINT_BEFORE = re.compile(
    r"(?<!\S)[وب]?(?:الدقيقة|الجولة|المرحلة|القرار|الرحلة|الفصل|الحلقة|الموسم|الطبعة|النسخة|الدورة|المجلد|الدفعة)\s*$|"
    r"(?<!\S)[וב]?(?:דקה|מחזור|עונה|גיליון)\s*$"
)
# The minutes of two or more goals after the dual or the plural of "minute" ("في الدقيقتين 23 و67", "في الدقائق 10
# و25 و80"), each number after the first behind its glued "و" or a comma.
_MINUTES_BEFORE = re.compile(r"(?<!\S)[وبل]?(?:الدقيقتين|الدقيقتان|الدقائق)((?:\s+و?\d{1,3}\s*[،,]?)*)(?:\s*و)?\s*$")
_LIST_GOES_ON = re.compile(r"\s*(?:[،,]\s*)?و?\s*\d")


def _goal_minutes(before: str, after: str) -> bool:
    """A number in a list of minutes: one number at least before it in the list, or another after it ("الدقائق
    15 الأخيرة", the last 15 minutes, is a length of time)."""
    m = _MINUTES_BEFORE.search(before[-60:])
    return m is not None and (bool(m.group(1).strip()) or _LIST_GOES_ON.match(after) is not None)


# A resolution named by its number after its body or "رقم" (number), often in brackets: "قرار مجلس الأمن (2218)",
# "القرار رقم 2118", "قرار مجلس الأمن الدولي رقم 2254".
_RESOLUTION_BEFORE = re.compile(
    r"(?<!\S)[وبل]?(?:ال)?قرار(?:\s+مجلس\s+الأمن(?:\s+الدولي)?|\s+الأمم\s+المتحدة|\s+الجمعية\s+العامة)?"
    r"(?:\s+رقم)?\s*\(?\s*$"
)
_NOTHING_COUNTED = re.compile(
    r"\s*(?:$|[^\w\s]|(?:من|في|على|عن|و|ב|של|ו)(?!\S)|[بل][\u0621-\u064a]+|[בלמ][\u05d0-\u05ea]+)"
)


# Nouns a number labels in Arabic and Hebrew: a class, an article or clause of a text, a part, a resolution, a road
# ("المواد فئة 1", "المادة 7", "סעיף 7", "כביש 6"). (Not "درجة", which measures an earthquake, nor "فصل", also the
# dismissal of a number of people; a stage or an episode may also last a time: _POINT_BEFORE.)
_RTL_LABEL = re.compile(
    r"(?<![\u0600-\u06ff\u05d0-\u05ea])(?:[وبلف]?(?:ال)?(?:فئة|مادة|فقرة|بند|جزء|مواد|فقرات|بنود)"
    r"|[ובלמהש]{0,2}(?:סעיף|פרק|החלטה|החלטת|כביש|תיקון|סעיפים))"
    # (the label's later numbers too: "المواد 4 و7 و9", "סעיפים 3 ו-5"; and a number in brackets: "رقم (35)")
    r"(?:\s*\(?\s*\d+\s*\)?\s*(?:،|,|و|ו-?))*\s*\(?\s*$"
)


# A road, a street or a housing block of Gulf addressing named by its number ("تبليط الطريق 3417", "شارع 58 وتوسعة",
# "بمجمع 904 في", "المجمعات 311 إلى 318"): a label when no unit and no noun of its own follows, only a mark, a
# preposition, the next item after و or the range's end; "طريق 5 كيلومترات" measures a road.
_AR_ADDRESS_BEFORE = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(?:ال)?(?:طريق|شارع|مجمع|مجمعات)(?:\s*\d+\s*(?:،|,|و|إلى|الى|-))*\s*$"
)
# (و or ب glued to a word of four letters or more: "وإعادة", "والطرق"; not the noun "وحدة" a complex counts)
_AR_ADDRESS_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?:في|من|إلى|الى|على|عند)(?!\S)|[وب](?=[\u0621-\u064a]{4,}))")

# A service's line with its adjective before its number: Saudi municipal, health and police copy gives the number to
# call ("عبر الرقم المجاني 940", "على الرقم الموحد 937", "الخط الساخن 911"); the bare "الرقم 940" is a label already.
_AR_LINE_BEFORE = re.compile(
    r"(?<![\u0600-\u06ff])[وبلف]?(?:ال)?(?:رقم|خط|هاتف)\s+(?:ال)?(?:مجاني|موحد|ساخن|مباشر|طوارئ|للطوارئ)"
    r"(?:\s+(?:ال)?(?:مجاني|موحد|ساخن|للطوارئ))?\s*\(?\s*$"
)

# A kind of product or work, then its name in quote marks up to the number: 'هاتف "آيفون 5"', 'لعبة «X 3»'.
_AR_QUOTED_PRODUCT = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?(?:هاتف|هواتف|جهاز|أجهزة|طراز|سيارة|سيارات|لعبة|نسخة|إصدار|فيلم|مسلسل|برنامج"
    r"|تطبيق|صاروخ|صواريخ|طائرة|طائرات|منظومة|دبابة|دبابات|حاسوب|حاسب|ساعة|قمر|كأس|بطولة)"
    r"\s*[\"“«]\s*[^\"“”«»\d]{1,30}\s$"
)



# The letters of a currency written against the digits ("RM1.7 million", "Sh500 million", "GBP46.50").
_GLUED_CODE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(re.escape(code) for code in sorted(GLUED_CURRENCY_CODES, key=len, reverse=True))
    + r"|(?<=\$)(?:US|NZ|A))$"  # (and the issuer after a dollar sign: "$US1580")
)

def _numbered_meeting(before: str, after: str, n: NumberMatch) -> bool:
    """A small number right after a town's name and before no counted noun (a stop, a comma, "بتاريخ", "في"), in a
    sentence about talks: the town's numbered round ("لمحادثات أستانة ... في أستانة 7 بتاريخ ...", "مؤتمر جنيف 2،")."""
    town = re.search(r"(?<!\S)[وبلف]?([\u0621-\u064a]{3,})\s+$", before)
    talks = re.search(r"(?:محادثات|مؤتمر|اجتماع|مفاوضات|جولة|قمة|اتفاق)", before)  # (not "سقط في إدلب 5، ...")
    ends_there = re.match(r"\s*(?:[،,.)]|$|\s+(?:بتاريخ|في|التي|الذي)\b)", after)
    if town is None or talks is None or n.raw >= 30 or n.spelled or not ends_there:
        return False
    return names_a_place(town.group(1)) or names_a_place(town.group(0).strip())


_IN_DIGIT_RUN_RE1 = re.compile(r"(?<![\d.,])\d{1,4}(?:[ \u00a0-]\d{1,4}){2,}(?![\d.,]?\d)")


def _in_digit_run(text: str, n: NumberMatch) -> bool:
    """Whether the number is one of three or more bare numbers in a row with only spaces or dashes
    between them (a phone number or a code, not a list of quantities, which has commas or words)."""
    for m in _IN_DIGIT_RUN_RE1.finditer(text):
        groups = re.split(r"[ \u00a0-]", m.group(0))
        if m.start() <= n.start < m.end() and any(len(g) != 3 for g in groups[1:]):
            return True  # not "1 500 000", thousands grouped by spaces
    return False


def _of_name_before(before: str, lang: str) -> bool:
    """Whether a capitalised word and "of" stand right before a number word: "Army of | Two", "the Group of |
    Seven" (not a count's own "of": "Two of | Seven")."""
    word = re.search(r"\b([A-Z][\w'’-]+)\s+of\s+(?:the\s+)?$", before)
    return word is not None and spelled_value(word.group(1), lang) is None


def _title_case(text: str) -> bool:
    """Whether a line is set in title case (a headline: "Floods Leave 2,000 Families Homeless"), where a
    capital before a number says nothing of a name."""
    words = re.findall(r"\b[^\W\d_]{4,}\b", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# "24-hour" before what runs round the clock (not "a 24-hour strike", which lasts that long).
_ROUND_THE_CLOCK = re.compile(
    r"-hours?\s+(?:rolling\s+)?(?:news|service|services|helpline|hotline|line|coverage|channel|channels|access|security|"
    r"surveillance|care|opening|shop|shops|supermarkets?|drinking|licensing|licences?|guard|protection|watch|cover|"
    r"society|economy|culture)\b",
    re.IGNORECASE,
)
# The lines of the common video formats ("720p", "1080i", "2160p"; general knowledge of broadcast standards).
_VIDEO_LINES = {"480", "576", "720", "1080", "1440", "2160", "4320"}
# Two counts of pixels joined by "x": "2560 x 1600", "1,920×1,080" (not "12 x 8 metres", which has a unit).
_BY_PIXELS = re.compile(r"\s*[x×]\s*[1-9][\d,]{2,5}(?![\d.])")
_PIXELS_BY = re.compile(r"(?<![\d.,])[1-9][\d,]{2,5}\s*[x×]\s*$")


# Words before a version number: "Web 3.0", "version 3.1", "v2", "Industry 4.0".
_VERSION_BEFORE = re.compile(r"\b(?:[Vv]ersion|[Vv]er\.|v\.?|[Rr]elease|[Ww]eb|[Ii]ndustry)\s*$")
# One or two letters glued to the number with no noun after them: "the 12M (", "the 400m." (not "the 15m
# wall", metres of something).
_NAMED_BY_NUMBER = re.compile(r"[^\W\d_]{1,2}\b(?!\s+[^\W\d_])")


# A race named by its distance, then what is run or won in it: "the 100m hurdles final", "the Grand Prix's 100m
# final", "the 1500m heats", "the 50m freestyle title". The distance names the event; it measures nothing the story
# counts ("with 300m to go" has no event word after it and stays a distance).
_RACE_EVENT_AFTER = re.compile(
    r"k?m\s+(?:(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|steeplechase|relay|sprint)\b"
    r"|(?:finals?|heats?|semi-finals?|semis|title|crown|record|gold|silver|bronze|medal)\b(?!\s+(?:of|for)\b))",
    re.IGNORECASE,
)
_RACE_EVENT_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.IGNORECASE)
# The standard distances of track and pool races. Written out ("the 60 metres world record", "the world 100 metres
# silver medallist", "Olympic 400 metres champion") with an event word after them they name the race, whatever
# stands before the number; a distance of another length, or with no event word after it ("ran 100 metres to the
# gate"), stays a distance.
_RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
# (and the people and contests a race holds: "his five 100 metres competitions", "the 200 metres runner")
_RACE_NAMED_AFTER = re.compile(
    r"\s*(?:metres|meters)\s+(?:(?:world|indoor|outdoor|Olympic|national|European|Commonwealth)\s+record\b|"
    r"(?:(?:world|indoor|outdoor|Olympic|national|European|Commonwealth)\s+)?"
    r"(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|steeplechase|relay|finals?|heats?|semi-finals?|"
    r"title|crown|record|gold|silver|bronze|medal|medallist|medalist|champion|championship|finalists?|"
    r"competitions?|races?|runners?|sprinters?|specialists?)\b(?!\s+(?:of|for)\b))",
    re.IGNORECASE,
)
# Glued ("100m"), a distance names the race before one who runs it or a contest of it, and a second race may be
# joined on: "a Commonwealth 100m and 200m finalist", "the 400m runner", "his five 200m races" (not "ran 400m hurdles",
# a stretch run, nor "a 100m record" of money, which no person or contest noun follows).
_RACE_GLUED_NAMED_AFTER = re.compile(
    r"m(?:\s+(?:and|or|&)\s+\d{2,5}m)?\s+(?:(?:world|indoor|outdoor|Olympic|national|European|Commonwealth)\s+)?"
    r"(?:finalists?|medallists?|medalists?|champions?|runners?|sprinters?|specialists?|competitions?|races?)\b"
    r"(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
# A race named by its distance alone, then where or when it was run: "fourth in the 100m at the European
# Indoors", "the women's 100m in Oslo", "won the 400 metres in 44.1 seconds" (after "the" or a genitive, as
# `_RACE_EVENT_BEFORE` asks: "ran 100m in the dark" measures a run).
# Or the race named alone before a clause's or a sentence's end: "In the women's 1500m, Jane Roe set ...", "won the
# 100m."
_RACE_RUN_AT = re.compile(
    r"(?:\s*(?:metres|meters)|m)(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:[A-Z]|\d)|\s*(?:[,;]|\.(?!\d)|$))"
)


# A place in a ranking or a seeding: "ranked nine in the world", "Wales, ranked four, ...", "seeded 12 at the
# Open". What follows the number is where the rank holds or the clause going on, never a noun it counts ("ranked 45
# places higher" moves by a count of places).
_RANKED_BEFORE = re.compile(r"\b(?:ranked|seeded)\s+$", re.IGNORECASE)
_RANK_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|in\s+the\s+world\b|(?:at|in|on|by|among|behind|after|before|and|but|when|while|with|"
    r"for|going|coming|heading)\b)"
)


# A house number: before a capitalised street name and its kind ("10 Downing Street", "12 Elm Rd."), or a
# street named by its number ("74 Street", "5 Avenue"); in Danish, after a street named by its last part
# ("Nørregade 5", "Strandvejen 102").
_STREET_AFTER = re.compile(
    r"(?:\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.)|[A-Z]?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Place|Square|Terrace|Crescent|Close|Court|"
    r"Gardens|Parkway))(?!\w)(?!\s+(?!(?:was|is|has|does|as)\b)[a-z]+s\b)"
)  # not "3 Main Street shops": a count of what the street has
_DA_STREET_BEFORE = re.compile(r"[A-ZÆØÅ][\wæøå]*(?:gade|vej|vejen|allé|plads|torv|stræde|boulevard)\s+$")


# Verbs of a title-case headline before its figure ("Quake Kills 300", "Storm Leaves 40 Dead"): no name.
_HEADLINE_VERB = re.compile(
    r"(?:Kill|Leave|Hit|Injure|Wound|Displace|Top|Pass|Reach|Near|Exceed|Cut|Add|Lose|Shed|Hire|Fire|Evacuate|"
    r"Rescue|Arrest|Detain|Claim|Surpass|Rise|Fall|Jump|Drop|Climb|Sentence|Jail|Free|Release|Win|Sell|Buy|"
    r"Raise|Fine|Seize|Strand|Affect|Destroy|Damage|Save|Welcome|Attract|Draw)(?:s|es|ed)?|Left|Won|Sold|Bought|"
    r"Rose|Fell|Freed|Drew"
)


# A capitalised name, its number and "and": "Missions 41 and | 42" (not at a sentence's start).
_NAMED_PAIR = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\s+\d{1,4}(?:\s*,\s*\d{1,4})*,?\s+(?:and|&|or)\s+$")


# Initials ("X.O.", "S.B.") or a capitalised word and its bracketed abbreviation ("Decree (R.D.)") right before a
# number: the number is that document's or body's designation.
_DESIGNATION_BEFORE = re.compile(r"(?:(?<![\w.])(?:[A-Z]\.){2,}|\b[A-Z][a-z]+\s+\((?:[A-Z]\.?){2,}\))\s*$")


# A capitalised word not in -s after a number, then a comma, a colon or a relative pronoun: a name the number
# opens ("an orbit like 41 Tolvika, which"), not a count of people named by a capitalised plural ("12
# Americans,") nor an adjective before its noun ("5 Mexican firms").
# The kind of road after its number, capitalised as a name: "the 210 Freeway" (Californian usage).
# (and a Michigan-style mile road, a singular capitalised "Mile" no count of miles takes: "13 Mile Road", "(13 Mile)")
_ROAD_AFTER = re.compile(
    r"\s+(?:Freeway|Highway|Expressway|Parkway|Turnpike|Motorway|Tollway|Beltway|Thruway|Mile(?=\s+R(?:oa)?d\b|\s*\)))\b"
)
# (not a state a title-case headline gives its count: "Wildfires: 8 Dead, 230,000 Acres Burned", "3 Missing,")
# A line of an American football field after its number, owned by a team: a place on the field, no count.
_FIELD_LINE = re.compile(r"(?:-yard|\s+yard)\s+line\b")
_NAMED_AFTER = re.compile(
    r"\s+(?!(?:Dead|Injured|Hurt|Killed|Missing|Wounded|Arrested|Displaced|Homeless|Evacuated|Rescued|Infected|"
    r"Confirmed|Hospitali[sz]ed|Stranded|Trapped|Detained|Charged|Jailed|Feared|"
    # (a weekday is when, as wire copy writes it with no "on": "rose to 14 Wednesday, officials said")
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}(?<!s)"
    r"(?=\s*(?:[,;:]|\s+(?:which|who|is|was)\b))"
)


# "number" as a verb, not a rank's noun: after a plural noun, a subject pronoun, an adverb or a modal ("users now
# number 6.4 million", "they number about 200", "could number 5,000", "thought to number 500"); not after a
# possessive ("the team's number").
_NUMBER_VERB = re.compile(
    r"(?:\b(?:they|we|who|which|that|now|still|currently|already|together|will|would|could|may|might|"
    r"(?:thought|believed|said|expected|estimated|reported)\s+to)|"
    r"\b[a-z]{3,}(?<!['’]s)(?<!ss)(?<!us)(?<!is)s"
    r"(?:\s+(?:in|across|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)\s+number\s*$"
)  # (also past where the plural are: "subscribers in China number 330 million")


# Emergency telephone numbers (general knowledge: the UK's, North America's and the EU's), named as such by
# a call, a caller or an operator after them or a verb of dialling before them.
_EMERGENCY = {"999", "911", "112"}
# (also the response to the call, which UK health copy names by the number: "the county's 999 response times", "a
# 999 response target")
_EMERGENCY_AFTER = re.compile(
    r"\s*(?:calls?|callers?|operators?|dispatchers?|services?|line|response\s+(?:times?|targets?|rates?))\b",
    re.IGNORECASE,
)
# (also "called in a frantic | 911", "made a panicked | 999": an article and one word between the verb and the number)
_DIALLED = re.compile(
    r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?(?:\s+in)?|ring(?:ing|s)?|rang|phoned?|phoning|made|placed)"
    r"(?:\s+(?:a|an|the|their|his|her)(?:\s+[a-z]+)?)?\s+$",
    re.I,
)


# A clause of a list of results whose verb and noun are left out ("X won 355 seats, the Conservatives 198 and the
# Liberal Democrats 62", "Arsenal have 64 points and Chelsea 61"): a figure counted after a verb earlier in the
# sentence, then a conjunction or a comma and a capitalised name right before the number, which ends its phrase.
_GAPPED = re.compile(
    # (the result before: a figure that is no year, ends with a digit, and has its own noun, not "and": "blazars such
    # as Markarian 501 and Markarian 421", "began in 1936, going on to launch ... Explorer 1" are names)
    r"(?<![\d.,])(?!(?:1[5-9]|20)\d\d\b)\d(?:[\d,.]*\d)?\s*(?:%|per\s*cent|percent|(?!(?:and|but|while|whereas)\b)[a-z]{3,})"
    r"[^;:()]{0,80}?(?:,\s*|\s(?:and|while|whereas|but)\s+)"
    r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+$"
)
_GAP_END = re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?:[,.;]|$|\s(?:and|while|but|respectively)\b)")
# The first side of a result pair whose sign only the second side carries ("beating Varga 47 to 42 percent"):
# the share of the side named first, not a number of the name before it.
_SHARE_PAIR_AFTER = re.compile(r"\s+to\s+\d[\d.]*\s*(?:%|percent|per\s*cent)")


# A model number between an owner or article and one singular noun that ends its phrase: "its 6630 handset at",
# "Nokia's new 7610 phone.". A count would be followed by a plural ("its 300 stores") or a noun of a compound
# ("a 500 word essay", "the 150 seat chamber"); nouns without a plural -s are no singular.
_MODEL_BEFORE = re.compile(
    r"(?:\b(?:its|his|her|their|our|the|a|an)|[A-Za-z]['’]s)\s+(?:(?:new|latest|old|original|cheaper|popular)\s+)?$"
)
_MODEL_AFTER = re.compile(
    r"\s+(?!(?:staff|people|police|crew|personnel|cattle|sheep|fish|aircraft|livestock|equipment|feet|men|women|"
    r"children|strong|odd|plus|more|less|million|billion|thousand|hundred|other|others|per|times|fold|year|month|"
    r"week|day|hour|minute|mile|metre|meter|foot|pound|dollar|euro|page|word|point|seat|acre)\b)[a-z]{3,}(?<!s)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|for|with|from|is|was|will|has|had|which|that|and|by|goes|went|sold|"
    r"sells|costs)\b)"
)


# The first word of a sentence that a capitalised number word after it would go on naming: a possessive or a
# capitalised word that is no determiner or quantifier ("Ocean's Twelve", "Apollo Eleven"; not "Some Twelve"), or
# a broadcaster's initials ("BBC Two sitcom X won", "BBC Four controller Jane Roe").
_NAME_OPENS = re.compile(
    r"\W*(?:[A-Z][\w-]*['’]s|[A-Z][a-z]+(?<!The)(?<!Some)(?<!About)(?<!Only)(?<!All)|[A-Z]{2,4})\s+"
)


def _pixels(before: str, after: str, lang: str) -> bool:
    """Whether a number is one side of a screen's resolution ("2560 x 1600"): joined by "x" to another count of
    three or more digits, with no unit after the pair."""
    first = _BY_PIXELS.match(after)
    if first:
        return unit_after(after[first.end() :], lang)[0] in (None, "pixels")
    return _PIXELS_BY.search(before[-16:]) is not None and unit_after(after, lang)[0] in (None, "pixels")


# Israel's emergency lines, after the service or its call centre: "מוקד המשטרה 100", "מד"א 101", "כיבוי אש 102".
_HE_EMERGENCY = frozenset({"100", "101", "102", "103", "104", "105", "106", "107", "118"})
_HE_EMERGENCY_BEFORE = re.compile(
    r"(?:מוקד|המוקד|המשטרה|משטרה|מד[\"״]א|כיבוי\s+(?:ה)?אש|הכבאות|כבאות|החירום|חירום|פיקוד\s+העורף)\s*$"
)


_PART_OF_NAME_RE1 = re.compile(r"\b(?:UTC|GMT)\s*(?:\+|plus|-|−|minus)\s*$")
_PART_OF_NAME_RE2 = re.compile(r"(?<!\S)[وبلفك]\u0640?\($")
_PART_OF_NAME_RE3 = re.compile(r"(?<![\d.,])0\d{2,}(?:[\s-]+\d{2,4})?[\s-]+$")
_PART_OF_NAME_RE4 = re.compile(r"-(?:listed|quoted|constituents?|members?|index|indeks(?:et|ene|s)?)\b")
_PART_OF_NAME_RE5 = re.compile(r"-[a-zæøå]")
_PART_OF_NAME_RE6 = re.compile(r"(?:§§?|\bstk\.|\bnr\.|\bart\.|\bartikel|\bpunkt)\s*$")
_PART_OF_NAME_RE7 = re.compile(r"[A-Za-z]\+$")
_PART_OF_NAME_RE8 = re.compile(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$")
_PART_OF_NAME_RE9 = re.compile(r"\d{1,3}(?:,\d{3})+")
_PART_OF_NAME_RE10 = re.compile(r"\d\s+(?:and|or)\s+$")
_PART_OF_NAME_RE11 = re.compile(r"[\"“]$")
_PART_OF_NAME_RE12 = re.compile(r"[\"”]")
_PART_OF_NAME_RE13 = re.compile(r"\d{1,3}")
_PART_OF_NAME_RE14 = re.compile(r"[\w)]\($")
_PART_OF_NAME_RE15 = re.compile(r"\d+(?:\.\d+)?$")
_PART_OF_NAME_RE16 = re.compile(r"/\d")
_PART_OF_NAME_RE17 = re.compile(r"\d/$")
_PART_OF_NAME_RE18 = re.compile(r"\d{4,}")
_PART_OF_NAME_RE19 = re.compile(r"\(\s*$")
_PART_OF_NAME_RE20 = re.compile(r"\s*\)\s+(?:\d|[A-Z])")
_PART_OF_NAME_RE21 = re.compile(r"(?<![^\W\d_])[A-Za-zÆØÅæøå]{1,6}-$")
_PART_OF_NAME_RE22 = re.compile(r"\s?°|[CF]\b(?!-|\.\w)")
_PART_OF_NAME_RE23 = re.compile(r"\s*(?:%|percent)")
_PART_OF_NAME_RE24 = re.compile(r"\s*(?:\+|plus|بلس)\s*\d{1,2}(?![\d.,%])")
_PART_OF_NAME_RE25 = re.compile(r"(?<![\d.,])\d{1,2}\s*(?:\+|plus|بلس)\s*$")
_PART_OF_NAME_RE26 = re.compile(r"0\d")
_PART_OF_NAME_RE27 = re.compile(r"[^\W\d_][-/]?$")


def part_of_name(text: str, n: NumberMatch, lang: str) -> bool:
    """A number that belongs to a name, model or rank, not a quantity: "Delta 4", "Internet Explorer 6",
    "RL-10B-2", "4chan", "No. 1", "#2", "Channel 4"."""
    before, after = text[: n.start], text[n.end :]
    if lang == "ar" and "\u0640" in before:  # "في الدقيقـــة 44": a word stretched with tatweel is the same word
        before = before.replace("\u0640", "")
    if lang in ("en", "da") and in_quoted_title(text, n):
        return True  # CBS' “60 Minutes”, "808s & Heartbreak": a word of a quoted title, no quantity
    if lang == "en" and opens_work_title(text, n):
        # "as 14 Nights Of Rain took the top prize": the first word of an unquoted title (titled_numbers_en)
        return True
    if not n.spelled and n.kind == "number" and n.value_max is None and (
        _STREET_AFTER.match(after) or (lang == "da" and _DA_STREET_BEFORE.search(before))
    ):
        return True  # "10 Downing Street", "45 Main St.", "Vesterbrogade 12": a house number
    if lang == "en" and not n.spelled and is_street_block(before, after, n.text):
        return True  # "in the 11600 block of Oak Grove Road": a US police report's address, no quantity
    if lang == "da" and not n.spelled and n.raw < 100 and re.search(r"\b(?:TV|DR|Kanal|Radio)\s+$", before):
        return True  # "på TV 2 Sport", "DR 1", "Kanal 5": a channel's number
    if lang in ("en", "da") and not n.spelled and n.raw < 10 and re.search(r"\b[Tt]ype\s+$", before[-8:]) and (
        re.match(r"-[a-zæøå]", after)
    ):
        return True  # "lever med type 2-diabetes", "en type 1-fejl": the kind a compound names, no quantity
    if not n.spelled and _PART_OF_NAME_RE6.search(before[-12:]):
        return True  # "§ 31, stk. 1", "artikel 107": a cited section of a law, no quantity
    if lang == "en" and not n.spelled and re.match(r"\s*(?:U\.\s?S\.\s?C\.|USC\b|C\.\s?F\.\s?R\.|CFR\b)", after):
        return True  # "in violation of 18 U.S.C. § 922", "29 CFR 1910": the title of a US code cited, no quantity
    if lang == "da" and not n.spelled and re.match(r",?\s*litra\s", after):
        return True  # "stk. 3, litra b)": a subsection of a cited article (also where a splitter cut at "stk.")
    if _PART_OF_NAME_RE1.search(before):
        return True  # "UTC/GMT plus 2", "GMT+3": a time zone's offset, no quantity
    if not n.spelled and _PART_OF_NAME_RE7.search(before) and not _PART_OF_NAME_RE23.match(after):
        return True  # "the Live+7 viewing", "C+3 ratings": a word and its number glued by a plus, a name
    dialled = _DIALLED.search(before[-40:]) and re.match(
        r"\s*(?:[,.;:!?)]|$|(?:at|and|for|on|in|after|from|saying|reporting|to)\b)", after
    )
    if lang == "en" and n.text in _EMERGENCY and (_EMERGENCY_AFTER.match(after) or dialled):
        return True  # "the 999 call", "dialled 911", "a 112 operator": an emergency number, no quantity
    if lang == "he" and n.text in _HE_EMERGENCY and _HE_EMERGENCY_BEFORE.search(before[-24:]) and not re.match(
        r"\s*[\u05d0-\u05ea]+(?:ים|ות)\b", after
    ):
        return True  # "התקשרה למוקד המשטרה 100", "חייגו למד"א 101": the line dialled, not a count (not "100 שוטרים")
    if not n.spelled and not before.strip() and re.match(r"\s*\)", after) and "(" not in after[:2]:
        return True  # "110-255) is referred to as ...": a page range whose "(pp." ended the sentence before
    if lang in ("en", "da") and _TITLED.search(before[-30:]) and re.match(r"(?:%|\S*)\s+[A-ZÆØÅ]", after):
        return True  # "a microblog titled 99% Spring", "a group called 350 Voices": a name given, no quantity
    stage = lang == "en" and re.search(r"\bround\s+(?:of\s+)?$", before, re.IGNORECASE)
    if stage and stage.group(0).lower().rstrip().endswith("of"):
        # (a round of a field halved each time, 16 or 32; "a final round of 68" is a golfer's score)
        halved = n.raw in (2, 4, 8, 16, 32, 64, 128)
        stage = stage if halved and not re.search(r"\ban?\s+(?:[\w-]+\s+)?round\s+of\s+$", before, re.I) else None
    if stage and not re.match(r"\s+[a-z]+s\b", after):
        return True  # "the round of 16", "a round sixteen contest": a stage of a tournament, not 16 things
    if (
        lang == "en"
        and not n.spelled
        and n.kind == "number"
        and n.value_max is None
        and not n.currency  # (a sum opens no name: "boarded the $14 million Speech, a drama")
        and before.strip()
        and _NAMED_AFTER.match(after)
        and unit_after(after, lang)[0] is None  # "(9,000 Lb)": a unit, capitalised
    ):
        return True  # "an orbit like 41 Tolvika, which ...": a number that opens a one-word proper name
    if lang == "en" and not n.spelled and n.value_max is None and _ROAD_AFTER.match(after) and re.fullmatch(
        r"\d{1,3}", n.text
    ):
        return True  # "the 210 Freeway", "the 101 Expressway": a road's number before its kind, no count
    field_line = _FIELD_LINE.match(after) or (n.text.endswith("-yard") and re.match(r"\s+line\b", after))
    if lang == "en" and n.value_max is None and field_line and re.search(r"['’]s?\s+$", before):
        return True  # "to the Broncos' 28-yard line", "at the Panthers' four-yard line": a place on the field
    if (
        lang == "en"
        and not n.spelled
        and n.kind == "number"
        and _DESIGNATION_BEFORE.search(before[-40:])
        and not re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b", after)  # "U.S. 5,000 troops", "27 member states"
    ):
        return True  # "X.O. 4410", "S.B. 212", "Royal Decree (R.D.) 8812": a document's number, not a count
    if lang == "en" and n.kind == "number" and n.value_max is None and _RANKED_BEFORE.search(before[-24:]) and (
        _RANK_ENDS.match(after)
    ):
        return True  # "ranked nine in the world", "was ranked four at last year's event": a place in a ranking
    if n.kind == "number" and _PART_OF_NAME_RE8.search(before):
        if not _NUMBER_VERB.search(before[-40:]):
            return True  # "No. 1", "nr. syv": a rank or a name, spelled or not
    if not n.spelled and re.search(r"(?:\b(?:in|on|by|from|until|since|the|of)\s+|\(\s*)(?:week|day)\s+$", before,
                                   re.IGNORECASE) and not re.match(r"\s+[a-z]+s\b", after) and (
        n.kind == "number" and re.fullmatch(r"\d{1,3}", n.text) and unit_after(after, lang)[0] is None
    ):  # (not "ended the day 4.3% higher": a change over the day)
        # "first detected in week 12", "on day 3 of the trial", "the week 5 high of 7.5%": a point in a count of
        # days or weeks, not a count (not "the week 5 people died", a count with its plural)
        return True
    if lang == "da" and not n.spelled and re.search(r"\b(?:i|fra|til|siden|efter|før|inden|af|om|den)\s+uge\s+$",
                                                     before, re.IGNORECASE) and (
        re.fullmatch(r"[1-9]|[1-4]\d|5[0-3]", n.text) and unit_after(after, lang)[0] is None
    ):
        return True  # "der ringede i uge 51", "fra uge 12 til uge 14": a week's number (not "hver uge 500 kroner")
    school_plural = lang == "en" and re.match(r"s\b", after) is not None and re.search(r"\b(?:Year|Grade)\s*$", before)
    # (the second of a pair has no thousands' comma either: "for Ward 1 and 2,310 ballots" counts ballots)
    paired_count = _PART_OF_NAME_RE9.fullmatch(n.text) and _PART_OF_NAME_RE10.search(before)
    if (
        not n.spelled
        and not paired_count
        and re.search(_LOCATOR_BEFORE, before)
        and (unit_after(after, lang)[0] is None or school_plural)
    ):
        # ("of Year 12s": the pupils of that year, its "s" no seconds)
        # (not "crossed the line 12 seconds behind", "the side 4 points clear": a unit after it measures)
        return True  # "page 12", "article 5", "صفحة 3": where, not how many
    if (
        lang in ("en", "da")
        and _PART_OF_NAME_RE11.search(before)
        and _PART_OF_NAME_RE12.match(after)
        and n.value_max is None
    ):
        return True  # '"21" becomes the 21st album', 'the album "25"': a title that is a number, in quote marks
    seasoned = lang == "en" and n.value_max is None and not re.fullmatch(r"(?i)once|twice|thrice|\w+fold", n.text)
    if seasoned and _SEASON_BEFORE.search(before[-12:]) and unit_after(after, lang)[0] is None:
        # (not "a series 3 points clear": a count with its plural; but "season eight episodes" are the season's)
        if not re.match(r"\s+(?!(?:episodes|finales|premieres|openers)\b)[a-z]+s\b", after):
            return True  # "its season eight premiere", "the season one finale", "back for series 3": a season's name
    if not n.spelled and _STAGE_BEFORE.search(before[-12:]) and unit_after(after, lang)[0] is None:
        return True  # "phase 2", "tier 3 restrictions", "category 4": a named stage (not "a level 3 metres up")
    if (
        lang in ("ar", "he")
        and not n.spelled
        and _PART_OF_NAME_RE13.fullmatch(n.text)
        and re.search(r"[^\W\d_]{2,}\s*[-–]\s*$|(?<![^\W\d_])[A-Z]{1,3}[-–]$", before[-20:])
        # (Hebrew sets a clause's dash apart by spaces, a name's dash it glues: "שנהרגו - 86 לעומת 94", "F-16")
        and not (lang == "he" and re.search(r"\s[-–]\s+$", before[-20:]))
        # (nor its prefixes glued by a hyphen, two of them too: "וכ-70 פצועים", "ומ-12")
        and not (lang == "he" and re.search(r"(?<![^\s(])[ובלמהכש]{1,3}[-–]$", before[-20:]))
        and not re.match(r"\s*(?:%|٪)", after)
        and unit_after(after, lang)[0] is None
    ):
        return True  # "إذاعة أوروبا - 1", "مقاتلات إف - 16", "صواريخ S-5": a name joined to its number by a dash
    if (
        lang in ("ar", "he")
        and not n.spelled
        and _PART_OF_NAME_RE13.fullmatch(n.text)
        and _DEVICE_BEFORE.search(before[-40:])
        and not re.match(r"\s*(?:%|٪)", after)
        and unit_after(after, lang)[0] is None
    ):
        return True  # "هاتف آيفون 6", "هواتف بلاك بيري 10", "הטלפון אייפון 6": a model's number after its name
    if not n.spelled and _POINT_BEFORE.search(before[-12:]) and _NOTHING_COUNTED.match(after):
        return True  # "في الدقيقة 23 من المباراة", "القرار 2254 بالإجماع": a point in time or a document
    if lang == "ar" and not n.spelled and _goal_minutes(before, after):
        return True  # "سجل في الدقيقتين 23 و67", "في الدقائق 10 و25 و80": the minutes of goals, no count
    if lang == "ar" and not n.spelled and _RESOLUTION_BEFORE.search(before[-50:]) and _NOTHING_COUNTED.match(after):
        return True  # "قرار مجلس الأمن (2218) الصادر في ...": the resolution's number
    if (
        lang in ("en", "da")
        and n.spelled
        and re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", n.text)
        and (
            re.search(r"(?<![.!?:]\s)(?<!^)\b[A-ZÆØÅ][\w'’-]*\s+$", before)
            or _NAME_OPENS.fullmatch(before) is not None
            # "the game Army of Two", "the Group of Seven", "Council of Ten": a capitalised number ending an of-name
            or _of_name_before(before, lang)
        )
        and not _title_case(text)
    ):
        # "Kilometer Zero", "Apollo Eleven": a capitalised number after a capitalised word in a sentence, also after
        # its first word when that is a name's ("Ocean's Twelve topped the box office")
        return True
    if (
        lang == "en"
        and n.spelled
        and re.fullmatch(r"[A-Z][a-z]+", n.text)
        and re.search(r"[a-z,]\s+$", before)
        and re.match(r"\s+[A-Z][a-z]+\b(?![-'’])", after)
        # (not a people's adjective before a plain noun: "freed Two British engineers" counts the engineers)
        and not (re.match(r"\s+[A-Z][a-z]+\s+[a-z]", after) and is_nationality(after.split()[0]))
        and not _title_case(text)
    ):
        # "the blog Ten Reasons Why", "the Three Gorges Dam", "their Six Nations opener": in running prose a number
        # word is written in capitals only as a word of a name (a title-case headline is ruled out above)
        return True
    if n.spelled or n.kind != "number" or n.qualifier:
        return False
    if n.raw < 100 and (
        _PART_OF_NAME_RE24.match(after)
        or _PART_OF_NAME_RE25.search(before)
    ):
        return True  # "الـ 5 + 1", "the 5+1 group", "5 plus 1": a group named by a sum, not a quantity
    glued_preposition = _PART_OF_NAME_RE2.search(before)  # "ل(93) مركبة": "to (93) vehicles"
    if not n.spelled and _PART_OF_NAME_RE14.search(before) and after.startswith(")") and not glued_preposition:
        return True  # "section 14(2)(b)", "12(א)(4)": a subdivision of a cited article, glued to it
    if n.raw == 24 and _ROUND_THE_CLOCK.match(after):
        return True  # "a 24-hour news channel", "24-hour opening": round the clock, no span the story measures
    if n.text in _VIDEO_LINES and re.match(r"[pi]\b(?!\s+(?:each|a|an|per|for)\b)", after):
        return True  # "1080p video", "a 720p screen": a video format named by its lines, no count
    if n.raw >= 100 and not n.currency and _pixels(before, after, lang):
        return True  # "a 2560 x 1600 screen": a screen's resolution, no quantity the story counts
    if _PART_OF_NAME_RE15.match(n.text) and _VERSION_BEFORE.search(before[-12:]):
        return True  # "Web 3.0", "version 3", "Industry 4.0": a version names a thing, it counts nothing
    if n.currency is None and _NAMED_BY_NUMBER.match(after) and re.search(r"\bthe\s+$", before, re.IGNORECASE):
        return True  # "the 12M (", "the 400m.": a movement or an event named by a number and a letter
    if lang == "en" and n.currency is None and _RACE_EVENT_AFTER.match(after) and _RACE_EVENT_BEFORE.search(before):
        return True  # "the 100m hurdles final", "the Grand Prix's 100m final": a race named by its distance
    if lang == "en" and n.currency is None and n.raw in _RACE_DISTANCES and (
        _RACE_NAMED_AFTER.match(after) or _RACE_GLUED_NAMED_AFTER.match(after)
    ):
        return True  # "the world 100 metres silver medallist", "an Olympic 100m finalist": the race's name
    if lang == "en" and n.currency is None and n.raw in _RACE_DISTANCES and n.value_max is None and (
        _RACE_RUN_AT.match(after) and _RACE_EVENT_BEFORE.search(before)
    ):
        return True  # "fourth in the 100m at the European Indoors", "the women's 100m in Oslo": the race
    if lang == "en" and not n.currency and phone_or_reference(before, n.text, after):
        return True  # "call police on 101", "quoting log 1502": a number to call or to quote, no quantity
    if lang == "da" and not n.currency and n.scale == 1.0 and danish_line_or_plate(before, n.text, after):
        return True  # "ringe på 114", "henvende sig til politiet på 112", "registreringsnummer AB 123": no quantity
    # (not Kuwaiti and Jordanian agency decimals, the fraction written first: "06ر101" is 101.06, "07ر0" is 0.07)
    if (
        (_PART_OF_NAME_RE26.match(n.text) and "ر" not in n.text)
        or _PART_OF_NAME_RE16.match(after)
        or _PART_OF_NAME_RE17.search(before)
    ):
        return True  # "0800 555 0199", "0005.HK", "9/11": a code, a phone number or a date
    if _in_digit_run(text, n):
        return True  # "70 10 20 30": a phone number read in pairs
    if _PART_OF_NAME_RE3.search(before):
        return True  # "call 01632 960321", "01632 960 123": the rest of a phone number after its area code
    if _PART_OF_NAME_RE18.fullmatch(n.text) and _PART_OF_NAME_RE19.search(before) and _PART_OF_NAME_RE20.match(after):
        return True  # "(41877) 2001 KX", "(12345) Example": a catalogue number in brackets before a name
    if lang == "en" and re.match(r"\s+[A-Z][a-z]+\s+(?:of|de|du)\s+[A-Z]", after) and before.strip() and (
        not _title_case(text)
    ):
        return True  # "the 1971 12 Hours of Dunmore winner": a number opening the title of an event or a work
    if _PART_OF_NAME_RE5.match(after) and _PART_OF_NAME_RE21.search(before):
        return True  # "covid-19-krisen", "COVID-19-related", "F-16-flyene": a name with its number, joined to a word
    index_of = _PART_OF_NAME_RE4.match(after)
    if index_of and re.search(r"\b[A-Z][A-Z&]+\s+$", before):
        # "FTSE 100-listed Rolls", "S&P 500-listed", "S&P 500-indekset": an index named by its number, no count
        return True
    if _PART_OF_NAME_RE5.match(after):
        return False  # "89-year-old", "18-fold": a quantity written as an adjective
    if _PART_OF_NAME_RE22.match(after) and not _PART_OF_NAME_RE27.search(before):
        return False  # "47C", "12 °C": a temperature
    if MINUS_SIGN.search(before[-8:]) and unit_after(after, lang)[0] in ("degrees", "points"):
        return False  # "-5 degrees", "−12C": a temperature below zero; "slid -3 pts": a poll's move down
    if lang not in ("en", "da"):
        # "طراز بوينغ 737", "دגם", "جنيف - 2": a model or a numbered event; prefixes glued to numbers (מ-40,
        # ب50) are no names
        if _AR_QUOTED_PRODUCT.search(before) and re.match(r"\s*[\"”»]", after):
            return True  # 'هاتف "آيفون 5" الجديد', 'فيلم «X 2»': the number closes a product's or a work's name
        if _numbered_meeting(before, after, n):
            return True  # "محادثات أستانة 7", "جنيف 2": a round of talks named by its town and number
        if re.search(r"(?:رقم|מספר|מס')\s*\(?\s*$", before) or _RTL_LABEL.search(before):
            return True  # "المرسوم رقم 38", "فئة 1", "כביש 6": a number that names, not a quantity
        if _AR_ADDRESS_BEFORE.search(before) and _AR_ADDRESS_AFTER.match(after) and unit_after(after, lang)[0] is None:
            return True  # "تبليط الطريق 3417 والممرات", "بمجمع 904": a road's or a block's number
        if _AR_LINE_BEFORE.search(before) and _AR_ADDRESS_AFTER.match(after) and unit_after(after, lang)[0] is None:
            return True  # "عبر الرقم المجاني 940.": the line to call (not "على الخط الساخن 4500 اتصال")
        code_before = re.search(r"(?<!\S)[A-Z][A-Z0-9-]+\s+$", before)  # "ZAB", "RBK-500": a code's capitals
        units = r"(?:[KMGT]WH?|[KMGT]B|KM|KG|CM|MM|[KMG]HZ|HP|MPH|KMH)\b"  # "20MW", "5GB": units in capitals
        if code_before and re.match(rf"(?!{units})[A-Z]{{1,4}}\b", after) and unit_after(after, lang)[0] is None:
            return True  # "ذخيرة RBK-500 ZAB 2.5SM": a Latin model code among Arabic or Hebrew words, no quantity
        return bool(re.search(r"(?:طراز|موديل|דגם|מסוג)\s+\S+\s+$", before)) or (
            # (not a sum: "בתעשייה - 1.3 מיליארד דולר", the dash sets the amount after what it is, no event's number)
            n.raw < 10 and n.scale == 1.0 and not n.currency and bool(re.search(r"[^\W\d_]{3,}\s+-\s*$", before))
        )
    if lang == "en" and re.fullmatch(r"[1-9]\d{2,3}", n.text) and _MODEL_BEFORE.search(before[-40:]):
        if _MODEL_AFTER.match(after) and unit_after(after, lang)[0] is None:
            return True  # "its 6630 handset at the show", "the firm's new 7610 phone": a model, no count of phones
    listed = _NAMED_PAIR.search(before) if lang == "en" else None
    # (a name's number has no thousands' comma: "for Precinct 1 and 4,473 ballots for Precinct 3" is a count)
    listed = None if re.fullmatch(r"\d{1,3}(?:,\d{3})+", n.text) else listed
    if listed and listed.group(1).lower() not in EN_STOP and listed.group(1).lower() not in _NOT_NAME_BEFORE and not (
        re.fullmatch(EN_MONTHS, listed.group(1))
    ):
        return True  # "Mission 41 and 42", "Voyager 1 and 2": the second number of a pair of named ones
    capital = re.search(r"(?<![.!?:]\s)\b([A-Z][\w'’-]*)\s+$", before) if lang == "en" else None
    if (
        capital
        and capital.group(1).lower() not in EN_STOP
        and capital.group(1).lower() not in _NOT_NAME_BEFORE
        and re.match(r"\s+[A-Z][\w'’-]*\s+[A-Z]", after)
        and not _title_case(text)
    ):
        return True  # "Formula 2 Winter Cup": a number between capitalised words of one name
    if n.currency and (re.search(r"(?<![^\W\d_])[NR]$", before) or _GLUED_CODE_BEFORE.search(before)):
        return False  # "N50,000", "R5 billion", "RM1.7 million", "GBP46.50": the currency's letters against the digits
    if vote_tally(text, n):
        return False  # "a vote of 68-31": each side a count of votes
    if n.currency and re.match(r"/[A-Za-z]", after):
        return False  # "$49/bbl", "€95/MWh", "A$1,900/oz", "$6.40 to $6.80/kg": a price per unit, no model's letters
    if glued_unit(after, lang)[0] and not re.search(r"[^\W\d_][-/]?$", before):
        return False  # "36,000ft", "60mph", "5lb": a unit written against the digits, not a model's letters
    maker = re.search(r"(?<![.!?:]\s)(?<!^)\b([A-Z][\w-]*)\s+$", before) if re.match(r"s\b", after) else None
    if maker and maker.group(1).lower() not in EN_STOP and maker.group(1).lower() not in _NOT_NAME_BEFORE and (
        lang == "en" and n.raw >= 100 and not re.search(EN_MONTHS, maker.group(1))
    ):
        return True  # "the Boeing 747s were grounded": a model in the plural, not seconds
    if lang == "en" and re.match(r"[sc]\b", after) and re.search(r"(?<![\w-])[a-z]{1,2}[A-Z][A-Za-z]+\s+$", before):
        return True  # "the iPhone 5s", "the iPhone 5c": a model's letter after a camel-case brand, no seconds or cents
    if re.match(r"-[A-Z][a-z]{2,}\b", after) and not re.search(r"[^\W\d_][-/]?$|[-/]$", before) and _title_case(text):
        return False  # "Ordered to Serve 20-Year Federal Prison Sentence": a title-case headline's "20-year", no model
    if re.search(r"[^\W\d_][-/]?$|[-/]$", before) or re.match(r"[-/]?[^\W\d_]{2,}|[A-Z]\b|-", after):
        # "462s" is seconds; "AK-47s", "F-16s" are models in the plural
        return not re.match(r"s\b", after) or re.search(r"(?<![^\W\d_])[A-Z][A-Za-z]{0,3}-$", before) is not None
    if re.search(r"(?:\bNo\.|\bno\.|#|\bnumber|\bnummer|\bnr\.)\s*$", before):
        return not _NUMBER_VERB.search(before[-40:])  # "users now number 6.4 million": the verb
    if lang == "en" and _GAPPED.search(before) and _GAP_END.match(after):
        return False  # "Labour won 355 seats, the Conservatives 198 and ...": a result given again, its verb left out
    if lang == "en" and not n.currency:  # Danish capitalises nouns of names only: "Brugser 20.000 varer"
        m = re.search(r"([A-ZÆØÅ][\w'’-]*)\s+$", before)
        if (
            not m
            or m.group(1).lower() in _NOT_NAME_BEFORE
            # "Between 20 and 30 houses": a capital that only starts the sentence (not a code in capitals that a
            # name goes on after, "the Eurocopter AS 532 Cougar")
            or (m.group(1).lower() in EN_STOP and not (m.group(1).isupper() and len(m.group(1)) > 1
                                                       and re.match(r"\s+[A-Z][a-z]", after)))
            or re.search(rf"{EN_MONTHS}|{DA_MONTHS}", m.group(1), re.I)
            # ("On Sunday 84 patients were admitted": a day of the week names no thing by a number)
            or re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", m.group(1)) is not None
            # ("Yesterday 868 flights were cancelled": a time adverb opening the sentence with no comma)
            or _FRONTED_TIME_ADVERB.fullmatch(before) is not None
            # ("In Sligo University Hospital 28 are waiting": a place phrase opening the sentence with no comma, and
            # the count's own clause after it)
            or (_FRONTED_PLACE.fullmatch(before) is not None and _CLAUSE_AFTER.match(after) is not None)
            or re.search(r"(?:['’]s|s['’])$", m.group(1))  # "China's 550 million users": a possessor, no name
            or count_given_to_name(before, after)  # "leaves Town 12 points clear of Leeds": the team's points
            or _SHARE_PAIR_AFTER.match(after) is not None  # "Ortiz beat Varga 47 to 42 percent": a share, no name
            or re.fullmatch(r"\d{1,3}(?:,\d{3})+", n.text)  # "gave the Hawks 4,512 for the season": a name's
            # number has no thousands' comma ("Boeing 747", "Route 66")
            or (_title_case(text) and re.match(r"\s+[A-Z][a-z]+s\b", after))  # "Floods Leave 2,000 Families"
            or (_title_case(text) and _HEADLINE_VERB.fullmatch(m.group(1)) is not None)  # "Quake Kills 300 in X"
            # "Ruiz 40 points and 20 rebounds as ...": a headline's figures, each with its counted plural
            or re.match(r"\s+[a-z]{3,}s\s+(?:and|&)\s+\d[\d,.]*\s+[a-z]{3,}s\b", after) is not None
        ):
            return False
        unit, _ = unit_after(after, lang)
        return unit is None and not re.match(r"\s*(?:%|percent|per cent|procent)", after)
    return False
