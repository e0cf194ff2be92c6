"""Organisations by their shape, for the many that no list can hold.

English and Danish: a capitalised run headed or ended by an organisation word ("Ministry of Health",
"Leeds City Council", "Green Party", "Acme Re", "Evening Times"), a name with its acronym
defined in the text ("National Health Service (NHS)", then every "NHS"), an unknown all-capitals
acronym, Danish compounds ending in -styrelsen, -ministeriet and the like; and the head words of Arabic and Hebrew
bodies, whose finders are `orgs_ar.py` and `orgs_he_names.py`. Bodies named by their kind are read in
`org_kinds.py`, employers and outlets in `org_outlets.py`.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gated import ShapeGated, TokenGated, gated
from briefing_app.core.facts.gazetteer import lookup, person_names

# Trades business copy names firms by ("Halbrook Energy", "Tallow Finance", "Arden Retail", "Greystone Pictures",
# "Vellum Semiconductor", "Strathmore Dairies", "Anglo Northern Steel"); they are also fields of study and
# ministers' portfolios ("a degree in Finance", "Mines and Energy"), so a name ending in one needs a word before
# it that is no common word (org_runs.weak_trade_name). Part of EN_TAIL.
TRADE_TAIL = (
    "Energy", "Finance", "Retail", "Pictures", "Semiconductor", "Semiconductors", "Analytics", "Dairies",
    "Steel", "Brewery", "Breweries", "Utilities", "Construction", "Healthcare", "Therapeutics", "Biotech",
    "Biosciences", "Robotics", "Publishing", "Publishers", "Distillers", "Hotels", "Telecommunications",
    "Networks", "Wireless",
    # investors, managers and record companies ("Kessby Capital", "Pennock Asset Management", "Tinpot Music",
    # "Warner Bros")
    "Capital", "Management", "Music", "Bros",
    # banks, airlines and racing teams named by a family or place and their trade ("Halvard Brothers", "Kessby
    # Air", "Roe Motorsports")
    "Brothers", "Air", "Motorsports", "Motorsport",
    # insurers and building societies owned by their members ("Kestrel Mutual", "Scottish Widows Mutual")
    "Mutual",
    # housebuilders and developers by a family name or a place and their trade ("Kessby Homes", "Roe Developments")
    "Homes", "Developments",
    # miners and explorers by a name and what they dig ("Falcon Metals", "Quarry Metals")
    "Metals",
    # research houses and economic consultancies that business copy quotes, "said Jane Roe of Kessby Energy
    # Research", "economists at Harbour Economics"
    "Research", "Economics",
)  # fmt: skip
# Words that end an organisation's name ("Acme Financial Services", "Acme Re").
EN_TAIL = (
    "Ministry", "Council", "Company", "Party", "Agency", "Army", "Police", "University", "Bank", "Committee",
    "Association", "Foundation", "Institute", "Inc", "Co", "Ltd", "plc", "PLC", "Corporation", "Corp", "Department",
    "Court", "Parliament", "Commission", "Union", "Organization", "Organisation", "Group", "Authority", "Service",
    "Services", "Forces", "Office", "Re", "Insurance", "Assurance", "Financial", "Times", "Post", "News", "Journal",
    "Telegraph", "Guardian", "Herald", "Tribune", "Gazette", "Press", "Airlines", "Airways", "Motors", "Holdings",
    "Holding",
    "Trust", "Society", "Federation", "Fund", "Board", "Assembly", "Government", "Navy", "Guard", "Brigade",
    "Brigades", "Front", "Movement", "League", "Network", "Programme", "Program", "Hospital", "College", "School",
    "Club", "Centre", "Center", "Bureau", "Cabinet", "Senate", "Congress", "Secretariat", "Executive",
    "Administration", "Laboratory", "Incorporated", "Securities", "Industries", "Systems", "Technologies", "Labs",
    "Laboratories", "Pharmaceuticals", "Broadcasting", "Media", "Radio", "Television", "Exchange", "Reserve",
    "Alliance", "Coalition", "Institution", "Conference", "Chamber", "Confederation", "Mission", "Tribunal",
    "Force", "Church", "Project", "Initiative", "Watch", "Institute", "Museum", "Gallery", "Galleries", "Library",
    "Municipality", "Embassy", "Consulate", "Corps", "Legion", "Magazine", "Studios", "Records", "Entertainment",
    "Foods", "Stores", "Brands", "Partners", "Associates", "Ventures", "District", "Authority", "Watchdog",
    # company forms of other countries ("Siemens AG", "Nestlé SA", "Acme GmbH", "Acme Pty Ltd")
    "AG", "SA", "GmbH", "NV", "BV", "SpA", "LLC", "LLP", "Oyj", "ASA", "Bhd", "Pty", "Limited",
    "Community",
    # political groupings by their head word ("National Democratic Rally", "Popular Front"); a legislature named
    # "Diet" ("the National Diet")
    "Rally", "Bloc", "Caucus", "Diet",
    "Forum", "Theatre", "Theater", "Orchestra", "Clinic", "Academy", "Campaign", "Blog", "Cooperation",
    # hospitals by their older names ("Tolvik Royal Infirmary", "St Brenna's Hospice")
    "Infirmary", "Hospice",
    # bands and choirs by their kind ("Tolvik Brass Band", "Harbour Male Voice Choir", "Kessby Youth Choir")
    "Band", "Chorus", "Choir", "Ensemble",
    # firms that make films, shows and events ("Harbour Light Productions")
    "Productions",
    # commands, directorates and other bodies of a state, and groups by what binds them ("Lagos State Police
    # Command", "Syrian Observatory for Human Rights", "Northside Cartel", "Farmers' Cooperative")
    "Command", "Directorate", "Inspectorate", "Observatory", "Regiment", "Battalion", "Cartel", "Syndicate",
    # forces that police roads and borders ("Kessby State Patrol", "the Highway Patrol", "Border Patrol")
    "Patrol",
    "Consortium", "Cooperative", "Co-operative", "Brotherhood", "Unit", "Squad", "Centers", "Centres", "Institutes",
    # a government's branches and divisions ("Air Accidents Investigation Branch", "Antitrust Division")
    "Branch", "Division",
    # panels that rule or advise ("the Takeover Panel", "the Harbour Review Panel")
    "Panel",
    # collections kept by a body ("Gun Violence Archive", "the National Archives")
    "Archive", "Archives",
    # companies by their trade ("Quillon Resources", "Harbour Petroleum", "Northwind Logistics")
    # ("Communications" is left out: "Director of Communications" is a job)
    "Resources", "Petroleum", "Mining", "Minerals", "Chemicals", "Electronics", "Telecom", "Logistics", "Shipping",
    "Investments", "Solutions", "Software", "Pharma", "Automotive", "Aerospace", "Railways",
    *TRADE_TAIL,
    # newspapers and periodicals by their usual last word ("Congressional Record", "Evening Standard")
    "Record", "Review", "Observer", "Chronicle", "Courier", "Mail", "Express", "Mirror", "Monitor", "Examiner",
    "Inquirer", "Dispatch", "Bulletin", "Standard", "Independent", "Sun", "Star", "Daily", "Weekly", "Quarterly",
    "Globe", "Sentinel", "Advertiser", "Gleaner", "Argus", "Ledger", "Enquirer", "Insider",
)  # fmt: skip
# Words that head one ("Ministry of Defence", "Bank of England", "University of Chicago").
EN_HEAD = (
    "Ministry", "Department", "Bank", "University", "Council", "Office", "Institute", "Court", "Board", "Bureau",
    "Commission", "Agency", "Association", "Federation", "Union", "Society", "Church", "House", "Chamber",
    "Museum", "Academy", "College", "School", "Royal", "National", "Federal", "Central", "Party", "Committee",
    "Organisation", "Organization", "Municipality", "Embassy", "Consulate", "Library", "Gallery", "Conference",
    "Supreme", "High", "Directorate", "Inspectorate", "Observatory",
    # bodies named by what they are for ("Network to Monitor Elections", "League for Civil Liberties")
    "Network", "Campaign", "Coalition", "Alliance", "League", "Movement", "Forum", "Fund", "Foundation", "Centre",
    "Center", "Front", "Project", "Initiative", "Institution", "Council",
    # church bodies named by their see ("Diocese of Northfield", "Archdiocese of ...")
    "Diocese", "Archdiocese", "Patriarchate", "Eparchy", "Congregation",
    # services named by what they are for ("Hotline for Night Workers", "Helpline for Older People")
    "Hotline", "Helpline",
    # bodies named in the plural ("Centers for Disease Control", "Institutes of Health")
    "Centers", "Centres", "Institutes",
)  # fmt: skip
DA_SUFFIXES = (
    "styrelsen", "styrelse", "foreningen", "forening", "selskabet", "ministeriet", "ministerium", "rådet", "råd",
    "kommune", "partiet", "parti", "fonden", "banken", "instituttet", "universitet", "universitetet", "politi",
    "politiet", "tilsynet", "direktoratet", "centret", "centeret", "hospital", "hospitalet", "forbund",
    "forbundet", "kassen", "bank", "koncern", "koncernen", "domstol", "retten", "tinget", "sygehus", "regionen",
    "parlamentet", "parlament", "udvalget", "udvalg", "ministerråd", "ministerrådet", "bevægelsen", "kommissionen",
    "domstolen", "forlag", "forlaget", "avisen", "agentur", "agenturet", "organisationen", "kontoret", "tilsyn",
    "demokratiet", "demokraterne", "folkeparti", "tidende", "bladet", "listen", "boldklub", "landsret",
    # a service of the state and a transport company by their last part ("Hjemmeværnet", "Midttrafik",
    # "Vestegnens Trafikselskab")
    "værnet", "trafik", "selskab",
    # the institutions and firms Danish names by a place or a word and their kind, glued or apart ("Tolvik
    # Roklub", "Halby Mejeri", "Vestby Kunstmuseum", "Nordhavn Værft", "Tolvik Gymnasium")
    "museum", "museet", "klub", "klubben", "mejeri", "mejeriet", "fabrik", "fabrikken", "fabrikker", "bryggeri",
    "bryggeriet", "værft", "værftet", "rederi", "rederiet", "skole", "skolen", "gymnasium", "gymnasiet",
    "seminarium", "seminariet", "akademi", "akademiet", "teater", "teatret", "kompagni", "kompagniet", "firmaet",
    "sparekasse", "andelskasse", "orkester", "orkestret", "lauget", "unionen", "højskole", "højskolen",
    # the state's boards, departments and forces ("Miljøklagenævnet", "Finansdepartementet", "Forbundshæren")
    "nævnet", "departementet", "hæren", "flyvevåbnet", "kommandoen", "operaen",
    # the state's authorities and auditors by their last part ("Anklagemyndigheden", "Rigsrevisionen",
    # "Efterretningstjenesten", "Folketingets Ombudsmand" is read by its tail word)
    "myndigheden", "myndighed", "revisionen", "tjenesten", "tjeneste", "organisation",
)  # fmt: skip
DA_TAIL_WORDS = (
    "A/S",
    "ApS",
    "Kommune",
    "Amt",  # the counties of 1970-2006 ("Vestrup Amt")
    "Amtskommune",
    "Region",
    "Politi",
    "Universitet",
    "Hospital",
    "Fond",
    "Bank",
    "Partiet",
    "Havn",
    "Lufthavn",
    "Energi",
    "Vind",
    "Forsyning",
    "Holding",
    "Invest",  # investment companies ("Havbrug Invest")
    "Gruppen",
    "Sygehus",
    # the emergency services of a town or region ("Østjyllands Brandvæsen", "Vestby Redningsberedskab")
    "Brandvæsen",
    "Beredskab",
    "Redningsberedskab",
    "Teater",
    "Museum",
    # firms and schools by their kind written apart ("Halby Mejeri", "Nordhavn Værft", "Tolvik Gymnasium")
    "Mejeri",
    "Værft",
    "Bryggeri",
    "Fabrik",
    "Fabrikker",
    "Rederi",
    "Skole",
    "Gymnasium",
    "Seminarium",
    "Akademi",
    "Højskole",
    "Klub",
    "Sparekasse",
    "Orkester",
    "Kompagni",
    # papers, courts, clubs and unions by their last word ("Ekstra Bladet", "Østre Landsret", "Lyngby Boldklub")
    "Bladet",
    "Posten",
    "Avis",
    "Avisen",
    "Dagblad",
    "Tidende",
    "Stiftstidende",
    "Folkeblad",
    "Landsret",
    "Byret",
    "Boldklub",
    # sports clubs by their initials after the town ("Vestby IF", "Tolvik IK", "Halby BK", "Kystby FC")
    "IF",
    "IK",
    "BK",
    "FC",
    "GIF",
    "Forening",
    "Forbund",
    "Fagforening",
    "Sagen",
    "Gymnasium",
    "Skole",
    "Seminarium",
    "Akademi",
    # a broadcaster's news service ("DR Nyheder", "TV 2 Nyhederne")
    "Nyheder",
    "Nyhederne",
)
# Acronyms that are not organisations.
# Championships by their Danish initials (world, European, Olympic and Danish: "VM i Tolvia", "EM-slutrunden",
# "OL-guld"): contests, no bodies.
CHAMPIONSHIP_INITIALS = ("VM", "EM", "OL", "DM")
NOT_ORG_ACRONYMS = {
    *CHAMPIONSHIP_INITIALS,
    "CEO", "CFO", "GDP", "TV", "AM", "PM", "BC", "AD", "ID", "UK", "US", "USA", "EU", "OK", "DNA", "HIV", "AIDS",
    "COVID", "SARS", "GMT", "UTC", "CET", "CO2", "PC", "IT", "AI", "MP", "MPs", "MEP", "MEPs",
    "VAT", "IPO", "PR",
    "CTO", "COO", "CMO",  # officers' initials ("appointed as its new CTO"), as "CEO" and "CFO"
    "OBE", "MBE", "CBE", "KBE", "DBE",  # honours written after a name ("Jane Roe MBE has been appointed")
    "TD", "TDs", "MSP", "MSPs", "MLA", "MLAs", "MK", "MKs",  # (members of the Irish, Scottish, NI and Israeli houses)
    "FAQ", "PDF", "USD", "EUR", "GBP", "DKK", "ILS", "NIS", "SMS", "GPS", "CCTV", "LGBT", "LGBTQ", "ICU", "ER",
    "A/S", "ApS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NB", "PS", "OBS", "DK", "KM", "MW",
    "GW", "KW", "KWH", "MWH", "GWH", "TWH", "KG", "CM", "MM", "SUV", "VIP", "RIP", "NGO", "NGOs", "UN", "MRI",
    "ATM", "USB", "CPU", "GPU", "URL", "HTML", "HQ", "ISBN", "UFO", "WMD", "GMO", "IED", "RPG", "HD", "LED", "LCD",
    "DVD", "CD", "SOS", "VPN", "WiFi", "BMI", "PhD", "MBA", "CV", "PIN", "TB", "STD", "IVF",
    # British exams, orders, jabs and infections home-affairs copy writes in capitals ("GCSE results", "an ASBO", "the
    # MMR jab", "MRSA rates"): things, no body
    "GCSE", "GCSEs", "NVQ", "NVQs", "ASBO", "ASBOs", "MMR", "MRSA",
    # a body's meetings, not the body ("the board's AGM")
    "AGM", "EGM",
    # the measures business copy writes in capitals ("core EPS fell 12%", "EBITDA margin", "the CPI rose")
    "EPS", "EBIT", "EBITDA", "CPI", "PPI", "PMI", "GNP", "ETF", "ETFs", "ROI", "ROE", "IPOs", "CEOs",
    # things named by two letters and "&": a session of questions, research, a music, mergers, a guest house
    "Q&A", "R&D", "R&B", "M&A", "B&B", "G&T", "P&L",
    # the requirement words of standards and specifications (RFC 2119: "MUST NOT", "MAY"), and markup and
    # encoding names technical copy spells in capitals
    "MUST", "SHALL", "SHOULD", "MAY", "NOT", "REQUIRED", "RECOMMENDED", "OPTIONAL", "XML", "URI", "JSON", "UTF",
    "ASCII", "HTTP", "HTTPS", "SQL", "API",
}  # fmt: skip
AR_HEADS = (
    "وزارة", "شركة", "جامعة", "هيئة", "مجلس", "حزب", "منظمة", "بنك", "مصرف", "جمعية", "مؤسسة", "وكالة", "صندوق",
    "اتحاد", "حركة", "محكمة", "شرطة", "مديرية", "المديرية", "لجنة", "اللجنة", "الهيئة", "مركز", "المركز", "بلدية",
    "جيش", "صحيفة", "قناة", "مستشفى", "معهد", "رابطة", "نقابة", "ديوان", "كتائب", "سرايا", "مكتب", "الجمعية", "الاتحاد",
    "الحكومة", "حكومة", "إذاعة", "مشفى", "جماعة", "مدرسة", "كلية", "أكاديمية", "منتدى", "مفوضية", "برلمان",
    "جريدة", "مجلة", "كتلة", "جبهة", "استوديوهات", "مرصد", "سلطة", "حرس", "دار", "مصلحة", "منتخب",
    # Gulf copy's chambers of commerce and city municipalities (orgs_ar reads them only in those senses)
    "غرفة", "أمانة", "رئاسة", "شبكة", "إدارة",
    # coalitions, and armed groups named "تنظيم" (orgs_ar reads the latter only before the group's own name)
    "ائتلاف", "تنظيم",
    # the public prosecution ("النيابة العامة", "نيابة أمن الدولة"; "نيابة عن" is "on behalf of" and names none)
    "نيابة",
    # a state's apparatus ("جهاز الأمن الوقائي", "الجهاز المركزي للإحصاء"); orgs_ar reads it only before a field of
    # security, oversight or protection, a place or "central/national": otherwise it is a device ("جهاز قياس")
    "جهاز",
    # a political current ("تيار X", "التيار الوطني X"; orgs_ar reads no electric or sea current)
    "تيار", "التيار",
)  # fmt: skip
HE_HEADS = (
    "משרד", "חברת", "אוניברסיטת", "בנק", "מפלגת", "ארגון", "עיריית", "רשות", "רשות", "מועצת", "ועדת", "בית המשפט",
    "בית החולים", "עמותת", "איגוד", "הסתדרות", "מכון", "קרן", "תנועת", "משטרת", "צבא", "עיתון", "ערוץ", "המכון",
    "הרשות", "המשרד", "מרכז", "המרכז", "לשכת", "בית הספר", "אגף", "המועצה", "התאחדות", "נציבות",
    "בית משפט", "פרקליטות", "ממשלת", "פטריארכיה", "שלטונות", "וועדת", "אוניברסיטה", "מכללת", "מכללה", "לשכה",
    "מוסד",
    # a workers' committee ("ועד עובדי נמל אשדוד"; a bare "ועד" is also "until"); a tribunal by its level or field
    "ועד עובדי", "בית הדין",
)  # fmt: skip

_CAP = r"[A-ZÆØÅÉÖÄÜ][\w'’&.-]*"
_CONNECT = r"(?:of|for|and|the|on|&|de|du|des|la|le|for|i|og|af|til)"
# A body named by its purpose: "Committee to Protect Writers", "Committee Against Torture" (a capital after
# "to" is the verb of the name; in a headline written in title case it is the headline's verb, see places.py).
_PURPOSE = r"(?:to|against|Against)(?=\s+[A-Z])"
EN_TAIL_RUN = TokenGated(
    # a hyphenated last word counts by its end: "Riverton Sun-Times", "Star-Tribune"
    # ("of the" inside: "Freedom of the Press Foundation")
    # (an Arabic article may open it in lower case: "the al-Harbour Brigades")
    # (no bare "the" between two capitalised words: "criticised Jane Roe the Council leader" is a name and a body)
    # (an Arabic article may open a word inside it too: "the X al-Mujahideen Movement")
    # (a name's word may open with a digit before capitals: "the 3GSM World Congress", "4Kids Licensing Company")
    # (up to six words before the last: an NHS trust named by two areas, "West Kent and North Sussex NHS Foundation
    # Trust")
    rf"(?<![\w-])(?:The\s+)?(?:(?:al|el)-(?=[A-Z]))?(?:(?:{_CAP}|\d[\dA-Z]*[A-Z][\w'’&.-]*|(?<=\s)(?:al|el)-[A-Z][\w'’&.-]*)\s+(?:of\s+the\s+|(?:and\s+)?the\s+(?=[^\s]+\s+(?:of|for)\s)|"
    rf"{_CONNECT.replace('|the|', '|')}\s+)?){{0,6}}(?:[A-Z][a-z]+-)?"
    # (a trade ends the name only where no capitalised word follows: "the Danish Energy Agency" is an agency)
    rf"(?:{'|'.join(w for w in EN_TAIL if w not in TRADE_TAIL)}|(?:{'|'.join(TRADE_TAIL)})(?!\s+[A-Z]))"
    # (a possessive may follow: "the Harbour Water Agency's director"; so may an adjective's hyphen, "a Kessby
    # University-led team")
    r"(?!\w)(?!-(?!(?:led|backed|funded|owned|run|sponsored|controlled)(?![\w-])))(?!['’](?!s(?![\w'’-])))"
    # ("for an": "National Committee for an Effective Congress", "Alliance for a Green Revolution"; never after a
    # company's legal form, which closes its name: "sold to X Healthcare Ltd for Rs 500 crore")
    rf"(?:(?<!Ltd)(?<!Ltd\.)(?<!Inc)(?<!Inc\.)(?<!plc)(?<!PLC)(?<!Corp)(?<!LLC)(?<!GmbH)\s+(?:of|for|on|{_PURPOSE})\s+(?:the\s+|(?<=for\s)an?\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}){{0,3}}",
    # (the tail word follows a blank, a hyphen or a non-word mark and is followed by none: its first run of
    # letters, "Co" of "Co-operative", is a whole word of the sentence)
    frozenset(re.match(r"\w+", w).group() for w in EN_TAIL),  # type: ignore[union-attr]
)
EN_HEAD_RUN = gated(
    # (some papers capitalise the preposition: "the National Bureau For Cooperatives")
    rf"(?<![\w-])(?:The\s+)?(?:{'|'.join(EN_HEAD)})\s+(?:of|for|on|For(?=\s+[A-Z])|{_PURPOSE})\s+(?:the\s+|(?<=for\s)an?\s+)?{_CAP}"
    rf"(?:\s+(?:and\s+)?{_CAP}){{0,3}}(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}){{0,2}}"
)
ROMAN = re.compile(r"[IVXLC]+")
# A site named by its address ("Secunia.com"), and a name with a capital "The" inside a sentence, which
# English writes only for a title, a band or a paper ("The Globe and Mail", "The Darkness").
# Any country's two-letter domain counts too ("Novosti.ru", "harbourtalk.sg"): a lower-case two-letter word glued
# to a word by a full stop is no sentence boundary (the next sentence starts with a capital).
DOMAIN = ShapeGated(
    r"(?<![\w.@/-])[A-Za-z][\w-]*\.(?:com|org|net|co\.uk|info|biz|(?:com?\.)?[a-z]{2})(?![\w]|\.\w)"
    # a full stop with its space left out before a short English word is no address: "with governance.it is costly"
    r"(?<!\.it)(?<!\.is)(?<!\.in)(?<!\.to)(?<!\.at)(?<!\.be)(?<!\.me)(?<!\.no)(?<!\.so)(?<!\.us)(?<!\.do)"
    r"(?<!\.go)(?<!\.my)(?<!\.by)(?<!\.am)(?<!\.as)(?<!\.an)(?<!\.or)(?<!\.on)(?<!\.he)(?<!\.we)"
    r"|(?<![\w.@/-])[A-Za-z][\w-]*\.(?:it|is|in|to|at|be|me|no|so|us|do|go|my|by|am|as|an|or|on|he|we)"
    r"(?![\w]|\.\w|\s+[a-z])",
    r"\.[a-z]",  # (both shapes hold a full stop and a lower-case letter right after it)
)
# Two-letter endings of source and text files ("NOTES.md", "setup.py", "main.rs", "index.js") that DOMAIN's
# country-domain shape also takes; a file name is no site, unless written as a site's name ("Point.md").
_FILE_ENDINGS = frozenset({"md", "py", "js", "ts", "rs", "sh", "rb", "cs", "cc", "hh", "gz", "xz", "db", "mk", "pm"})


def file_name(name: str) -> bool:
    """Whether a DOMAIN match is a file's name: a file ending after a stem in capitals, in lower case, or with an
    underscore or a digit ("NOTES.md", "setup.py", "test_io.rs"), not a capitalised word ("Point.md")."""
    stem, _, ending = name.rpartition(".")
    return ending in _FILE_ENDINGS and (
        stem.isupper() or stem.islower() or "_" in stem or any(c.isdigit() for c in stem)
    )


# (a weekday after the name is when: "deputies were at The Harbour Thursday morning")
INNER_THE = gated(
    r"(?<=[a-z,;]\s)The\s+[A-Z][\w'’-]+(?:\s+(?:and|of|&)\s+[A-Z][\w'’-]+|"
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]+){0,5}"
)
# Works and documents titled "The ...": a kind of work named in the sentence before the title or right after it
# ("novels such as The X", "The X book and film series"), or a document's head word ("The Declaration of X").
_WORK_KINDS = (
    r"novels?|books?|films?|movies?|songs?|albums?|poems?|plays?|series|stories|story|essays?|articles?|titled|"
    r"entitled|episodes?|shows?|documentary|paintings?|exhibitions?|operas?|musicals?|comics?|cartoons?|games?"
)
# the kind right before the title, or before a list that the title is in ("novels such as A, The B and The C")
_WORK_BEFORE = re.compile(
    rf"\b(?:{_WORK_KINDS})\s+(?:(?:such\s+as|like|including|as|titled|entitled|called|named)\s+[^.;:!?]*)?$"
)
_WORK_AFTER = re.compile(rf"\s+(?:{_WORK_KINDS})\b")
_DOCUMENT_HEADS = {
    "Declaration", "Treaty", "Convention", "Charter", "Constitution", "Act", "Accord", "Accords", "Agreement",
    "Protocol", "Resolution", "Manifesto", "Report", "Statement", "Law", "Bill",
}  # fmt: skip


def work_after(text: str, end: int) -> bool:
    """Whether a kind of work follows a name ending at `end` ("X & Y cartoons", "The X book"): the name is a title."""
    return _WORK_AFTER.match(text, end) is not None


def inner_the_bodies(text: str, whole: str = "") -> list[re.Match[str]]:
    """INNER_THE matches that name a band, a paper or a body, not a work or a document (see _WORK_KINDS). `whole`,
    the article: a title it calls a work once ("his novel The X") is that work wherever it is said again."""
    out = []
    for m in INNER_THE.finditer(text):
        if m.group(0).split()[1] in _DOCUMENT_HEADS or _WORK_AFTER.match(text, m.end()):
            continue
        if _WORK_BEFORE.search(text[: m.start()]):
            continue
        if whole and re.search(rf"\b(?:{_WORK_KINDS})\s+{re.escape(m.group(0))}(?![\w'’-])", whole):
            continue  # "whose book The X ... excerpts from The X": the book again
        entry = lookup(m.group(0))
        if entry is not None and entry.kind == "place":
            continue  # "at The Hague", "in The Bronx": a place whose name opens with a capital "The"
        out.append(m)
    return out


# Names joined by "&" are firms ("Marks & Spencer", "Procter & Gamble", "Smith, Jones & Co."); the
# joined words stay whole, a possessive ("Standard & Poor's") is cut.
AMPERSAND = gated(
    r"(?<![\w'’.-])(?:[A-Z][\w-]*,\s+){0,3}(?:[A-Z][\w'’-]*\s+)?[A-Z][\w-]*\s+&\s+[A-Z][\w-]*\.?"
    r"(?:\s+[A-Z][\w-]*\.?)?"
    # (places joined by "&" before a firm's words: "Ruritania & Kessland Banking Group Ltd.")
    r"(?:\s+(?:[A-Z][\w-]*\s+){0,2}(?:Group|Holdings|Ltd|Limited|Inc|Corp|Corporation|Company|plc|PLC|Bank)\.?)?"
    r"(?=['’]s\b|(?![\w'’&-]))"
)

# Broadcasters' channels: a broadcaster's acronym or "Channel"/"Sky" and a number ("BBC Two", "Channel 4").
CHANNEL = ShapeGated(
    # (with its radio network and its news programme: "BBC Radio 4", "Channel 4 News")
    # (British copy names the BBC's stations bare: "Radio 1", "Radio 4's Today programme")
    r"(?<![\w-])(?:[A-Z]{2,5}(?:\sRadio)?|Channel|Sky|Radio)\s(?:One|Two|Three|Four|Five|[1-9])(?![\w.,-]\d)(?![\w-])"
    # ("BBC Radio 5 Live", "Radio 4 Extra": the station's own name; a US station's news brand, "Channel 2 Action News")
    r"(?:\s(?:Action\s|Eyewitness\s)?(?:News|Live|Extra)(?![\w-]))?"
    # a network's local station by its channel number and city: "Fox 32 Riverton", "ABC 7 Chicago"
    r"|(?<![\w-])(?:Fox|NBC|CBS|ABC|CW|PBS|WGN)\s[1-9][0-9]?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?![\w'’-])",
    r"\s(?:One|Two|Three|Four|Five|[1-9])",  # (both shapes hold a blank, then a number)
)
# A television channel written with its number glued on ("ITV1", "TV2", "TV 2 Nord"): TV in the acronym
# says what it is, and a compass word after it names its regional station.
TV_CHANNEL = gated(
    r"(?<![\w-])[A-Z]{0,3}TV\s?[1-9](?![\w.,-]\d)(?![\w-])(?:[\s/](?:Nord|Syd|Øst|Vest|Fyn|North|South|East|West)\b)?"
)
# A channel's regional station, named by its region: "TV 2 Østjylland", also after a slash ("TV2/Fyn").
TV_REGION = re.compile(r"[\s/]([A-ZÆØÅ][\wæøå-]+)(?![\w'’-])")
# Parties, movements, universities, banks, ministries and courts named in their own language: "Partido dos
# Trabalhadores", "Movimento 5 Stelle", "Lega Nord", "Universidad de Chile", "Banco Santander", "Corte Suprema":
# the head, then capitalised words joined by the language's particles.
_PARTICLE = r"(?:de|del|della|delle|dei|des|du|da|do|dos|das|la|le|les|für|der|die|pour|por|per|para|y|e|et|dell')"
# (a member's title ends the name: "Sinn Féin TD Jane Roe", "Partido Popular MEP John Doe")
_FOREIGN_WORD = (
    r"(?:(?!(?:TD|MP|MEP|MSP|MLA|Cllr|Councill?or|Senator|Deputy)(?![\w'’-]))"
    # (an apostrophe inside a word, "dell'Ambiente", but not the possessive's: "Sinn Féin's" is "Sinn Féin")
    r"[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÇÑ](?:[\w-]|['’](?!s(?![\w'’-])))+|[0-9]{1,2}(?=\s+[A-Z]))"
)
FOREIGN_BODY = gated(
    r"(?<![\w'’-])(?:Partido|Parti|Partito|Partei|Movimento|Movimiento|Mouvement|Frente|Fronte|Unión|União|"
    r"Unione|Alianza|Aliança|Alleanza|Liga|Lega|Bloque|Bloco|Rassemblement|Congreso|Convergencia|Coalición|"
    r"Forza|Fuerza|Fratelli|Sinn|Universidad|Universidade|Université|Universität|Universiteit|Università|Instituto|"
    r"Institut|Banco|Banque|Ministerio|Ministério|Ministère|Ministero|Corte|Tribunal|Consejo|Conselho|Conseil|"
    r"Consiglio|Asamblea|Assemblée|Comisión|Comissão|Fundación|Fundação|Fondation|Fondazione|Asociación|"
    r"Associação|Federación|Confederación|Sindicato|Polícia|Policía|Policia|Ejército|Exército|Armée|Agencia|"
    r"Agência|Agence|Grupo|Gruppo|Groupe|Compañía|Companhia|Compagnie|Empresa|Radio|Rádio|Televisión|Diario|Jornal|"
    # savings banks by their own word ("Caja de X", "Caixa Y", "Cassa di Z"); German firms and bodies named "German X"
    # ("Deutsche Boerse", "Deutsche Telekom"; not the currency, "Deutsche Mark")
    r"Caja|Caixa|Cassa|Deutsche(?!\s+Marks?\b))"
    # (a word in the possessive ends the name: "Sinn Féin's Jane Roe", "Deutsche Bank's Tom Hale" are the body's
    # people, whose names are no words of the body's)
    rf"(?:\s+{_PARTICLE})*\s+{_FOREIGN_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_FOREIGN_WORD}){{0,3}}"
    r"(?![\w-])(?!['’](?!s(?![\w'’-])))"
)

# An airline named "Air" and its country or city ("Air Canada", "Air India"); "Air Force" is a tail word's.
AIRLINE = gated(r"(?<![\w'’-])Air\s+([A-Z][\w-]+)(?![\w'’-])")

# Sports clubs by the letters or words their names carry: "FC Northwind", "Riverton FC", "Hobro IK", "Real X",
# "Leeds United" (not "United States"). Two-letter prefixes such as "AS" or "SC" are left out: in English copy
# they are initials or abbreviations as often as clubs. CLUB_PREFIXES are the words that open a club's name before
# its town ("FC X", "Real X", "Sporting X").
CLUB_PREFIXES = (
    "FC", "AFC", "FK", "Real", "Atlético", "Atletico", "Sporting", "Inter", "Dynamo", "Dinamo", "Olympique", "Borussia",
    "Deportivo",
)  # fmt: skip
SPORTS_CLUB = gated(
    rf"(?<![\w'’-])(?:(?:{'|'.join(CLUB_PREFIXES)})"
    r"\s+[A-Z]\w+(?:-[A-Z]\w*)*(?:\s+[A-Z]\w+(?:-[A-Z]\w*)*)?"
    # (and the short name British copy gives Manchester's other club)
    r"|Man\s+City"
    # ("The United Auto Workers": the article before "United" opens another body's name, no club's town)
    r"|(?!The\s)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:FC|AFC|IK|IF|BK|FF|GIF|United|Utd|Rovers|Wanderers|Hotspur|Athletic|Albion)"
    r"(?!\s+(?:States|Nations|Kingdom|Arab|Airlines|Press|Way|Church|Methodist|Front|Association|Club|Federation|"
    r"Auto|Steelworkers|Mine|Food|Farm|"
    # (a possessive may follow: "Kessby United's striker")
    # (a Danish compound may follow, the club's name qualifying its noun: "Real Kessby-angriberen" is Real Kessby's)
    r"Union|Conference|Foundation|Department|Stadium|Ground)\b))(?!\w|-(?![a-zæøå]))(?!['’](?!s(?![\w'’-])))"
)
# "National Health Service (NHS)", "Movement 5 Stars (M5S)": a number may be a word of the name and the acronym;
# a list of words inside the name keeps its commas ("Union of Bakers, Cooks and Waiters (UBCW)").
# (with "in" too, inside a name its acronym spells: "the French Forces in Gabon (FFG)")
_CONNECT_DEFINED = rf"(?:{_CONNECT[3:-1]}|in)"
DEFINED_NAME = (
    rf"(?:{_CAP})(?:(?:\s+(?:{_CONNECT_DEFINED}\s+){{0,2}}|,\s+(?=[A-Z]))(?:{_CAP}|[0-9]{{1,2}}(?=\s+[A-Z]))){{1,7}}"
)
ACRONYM_DEFINED = re.compile(
    rf"({DEFINED_NAME})"
    r"\s+\((?:the\s+)?"
    rf"([A-ZÆØÅ](?:[a-z]?[A-ZÆØÅ&0-9]){{1,6}}s?)\)"
)
# "the Rapid Response Unit, or RRU,": the acronym given after "or" (checked against the name's capitals).
ACRONYM_OR_DEFINED = re.compile(
    rf"((?:{_CAP})(?:\s+(?:{_CONNECT}\s+){{0,2}}(?:{_CAP})){{1,7}}),\s+or\s+(?:the\s+)?"
    r"([A-ZÆØÅ](?:[a-z]?[A-ZÆØÅ&0-9]){1,6}s?)(?=\s*[,;)]|\s*\.(?!\w))"
)


def acronym_definitions(text: str) -> list[re.Match[str]]:
    """Names defined with their acronym, in brackets ("National Health Service (NHS)") or after ", or" ("Rapid
    Response Unit, or RRU,"), where the acronym's capitals are, in order, initials of the name's words."""
    out = [_without_a_person_first(text, m) for m in ACRONYM_DEFINED.finditer(text)] if "(" in text else []
    out = [m for m in out if not _party_after_a_person(m)]
    for m in ACRONYM_OR_DEFINED.finditer(text) if ", or " in text else ():
        initials = iter(w[0] for w in m.group(1).split() if w[:1].isupper())
        if all(c in initials for c in m.group(2) if c.isupper()):
            out.append(m)
    return sorted(out, key=lambda m: m.start())


def _party_after_a_person(m: re.Match[str]) -> bool:
    """ "Cllr Kieran Ryan (FF)", "Anders Samuelsen (LA)": a person's name (a title perhaps, then a known given name and
    one or two capitalised words) with the initials of their party in brackets, which are no initials of the name."""
    words = m.group(1).split()
    given = next((i for i, w in enumerate(words) if w in person_names()[0]), None)
    if given is None or given > 2 or not 2 <= len(words) - given <= 3:
        return False
    if not all(re.fullmatch(r"[A-Z](?:\.|[\w'’-]+)", w) for w in words[given:]):
        return False
    # (a body's short name shares its first letter with the name, "Al Qaeda (AQAP)", "Paris Saint-Germain (PSG)")
    if m.group(2)[0] == words[given][0]:
        return False
    initials = iter(w[0] for w in words[given:])
    return not all(c in initials for c in m.group(2) if c.isupper())


def _without_a_person_first(text: str, m: re.Match[str]) -> re.Match[str]:
    """ "Dana J. Boente, U.S. Attorney for the Eastern District of Virginia (EDVA)": a person's name (a known given
    name opening it) set off by a comma before the defined name is no word of it; the name after the comma is."""
    head, comma, _rest = m.group(1).partition(", ")
    words = head.split()
    # (a person's name: a known given name, then capitalised words or initials only, "Department of Health" is none)
    if not comma or words[0] not in person_names()[0] or not 2 <= len(words) <= 4:
        return m
    if not all(re.fullmatch(r"[A-Z](?:\.|[\w'’-]+)", w) for w in words):
        return m
    after = ACRONYM_DEFINED.match(text, m.start(1) + len(head) + len(comma))
    return after if after is not None and after.end() == m.end() else m


# An acronym, also in the genitive ("EFs ministerråd", "NATO's") or heading a compound ("EF-direktivet",
# "NATO-led"), matched without its ending.
ACRONYM = re.compile(r"(?<![\w-])[A-ZÆØÅ][A-ZÆØÅ&]{1,6}(?=(?:s|['’]s)?(?![\w-])|-[a-zæøå])")
# "Folkebevægelsen mod X", "Foreningen for Y": a body named by what it is for or against. ("Aarhus-området", the
# area, ends in "rådet" too: no council.)
DA_COMPOUND = gated(
    rf"(?<![\w-])(?:{_CAP}\s+)?[A-ZÆØÅ][\w-]*(?:{'|'.join(DA_SUFFIXES)})(?<!området)"
    r"(?=s?(?![\w-]))"  # "Folketingets": the genitive
    r"(?:\s+(?:mod|for|af)\s+[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)?(?![\w-]))?"
)
# Danish bodies named "Dansk X", "Danske X", "Danmarks X" (Dansk Supermarked, Danske Bank, Danmarks Radio).
# "Munksgaards forlag", "EFs ministerråd": a name in the genitive owning a body named by a common noun.
DA_GENITIVE_BODY = gated(
    r"(?<![\w-])[A-ZÆØÅ][\wæøå]*[a-zæøåA-ZÆØÅ]s\s+(?:forlag|bogforlag|bryggeri|fabrik|fabrikker|avis|dagblad|bank|"
    r"fond|skole|hospital|teater|ministerråd|råd|udvalg|parlament|kommission|domstol|sekretariat)(?![\w-])"
)
# (the name ends before a hyphen and a lower-case word, "Danske Bank-forretning" the bank's business, and before a
# genitive's owned thing, "Danske Banks Forward-strategi")
DA_NATIONAL = gated(
    r"(?<![\w-])(?:Dansk|Danske|Danmarks)\s+[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ][\wæøå]*)*"
    r"(?:(?<![^s]s)(?<!ss)\s+[A-ZÆØÅ][\wæøå]*(?:-[A-ZÆØÅ][\wæøå]*)*)?"
)
# "Region Midtjylland": a Danish region's council, named by the word before the region; "Jyllands-Posten": a
# paper named by a place and its kind.
DA_REGION = gated(r"(?<![\w-])Region\s+[A-ZÆØÅ][\wæøå-]+(?![\w-])")
DA_HYPHEN_PAPER = gated(r"(?<![\w-])[A-ZÆØÅ][\wæøå]*-(?:Posten|Bladet|Avisen|Tidende|Kuréren)(?![\w-])")
# "Zentrix-holdet", "Kystby-mandskabet": a team (or club, firm) named by its sponsor or town and a hyphen.
DA_HYPHEN_TEAM = gated(r"(?<![\w-])[A-ZÆØÅ][\wæøå]*-(?:holdet|mandskabet|klubben|firmaet|koncernen)(?![\w-])")
# A club's or a firm's people and shops named by its name and a hyphen: "Brøndby-træneren", "Zentrix-direktør Jens
# Holm", "Kystby-angriberen", "Netto-butikker" (the name before the hyphen is the body).
DA_HYPHEN_OWNER = gated(
    r"(?<![\w-])([A-ZÆØÅ][\wæøå]*[a-zæøåA-ZÆØÅ])-(?:træner|træneren|spiller|spilleren|spillerne|angriber|angriberen|"
    r"målmand|målmanden|anfører|anføreren|direktør|direktøren|topchef|topchefen|koncernchef|koncernchefen|butik|"
    r"butikken|butikker|butikkerne|aktien|aktierne|fans|fansene)(?![\w-])"
)


def da_hyphen_teams(text: str) -> list[re.Match[str]]:
    """ "Zentrix-holdet" (see DA_HYPHEN_TEAM); "Danmark-holdet", a country's team, names no body of its own."""
    out = []
    for m in DA_HYPHEN_TEAM.finditer(text):
        entry = lookup(m.group(0).split("-")[0])
        if entry is None or entry.kind != "place":
            out.append(m)
    return out


def da_hyphen_owners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies DA_HYPHEN_OWNER names; a place's ("Danmark-træneren", "Aalborg-butikken")
    is a national side or a town's, and a people's or a given name ("Jens-fans") none."""
    out = []
    for m in DA_HYPHEN_OWNER.finditer(text):
        entry = lookup(m.group(1))
        club = _CLUB_PREFIX_BEFORE.search(text, 0, m.start(1))
        if club is not None:  # "Sporting Kessby-angriberen": the club's whole name owns the job
            out.append((club.start(1), m.end(1), text[club.start(1) : m.end(1)]))
        elif entry is None or entry.kind != "place":
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


_CLUB_PREFIX_BEFORE = re.compile(rf"(?<![\w'’-])({'|'.join(CLUB_PREFIXES)})\s+$")


# (a genitive's "s" is no letter of the name: "Nordjyllands Politis vagtchef", "Vestby Kommunes borgmester")
DA_TAIL_RUN = gated(
    rf"(?<![\w-])(?:{_CAP}\s+){{1,3}}(?:{'|'.join(re.escape(w) for w in DA_TAIL_WORDS)})(?=s?(?![\w-]))"
)
