"""Words the figure reader knows: units, stop words, verbs, measure nouns, per language.

Shared by `figures` (which numbers are figures), `not_figures` and `counted` (what a figure counts).
"""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.per_document import per_document
from briefing_app.core.facts.tonne_marks_en import tonnes_after
from briefing_app.core.numbers import strip_arabic_marks

# Unit stems per language (a word starting with the stem is that unit); value = the unit's name.
UNITS: dict[str, dict[str, str]] = {
    "en": {"kilomet": "kilometers", "km": "kilometers", "mile": "miles", "met": "meters", "percent": "percent",
           "per cent": "percent", "day": "days", "hour": "hours", "week": "weeks", "month": "months",
           "year": "years", "ton": "tons", "megawatt": "megawatts", "mw": "megawatts", "hectare": "hectares",
           "degree": "degrees", "square kilomet": "square kilometers", "acre": "acres", "minute": "minutes",
           "square mile": "square miles", "square met": "square metres", "square f": "square feet",
           "litre": "litres", "liter": "litres", "millimet": "millimetres", "mm": "millimetres",
           "centimet": "centimetres", "cm": "centimetres", "kg": "kilograms", "kilogram": "kilograms",
           # (the plural only: the stem "kilo" would take "kilowatts" and "kilobytes" for weights)
           "kilos": "kilograms", "kgs": "kilograms",  # ("24 million kgs": East African trade copy's plural)
           # (the same plurals of abbreviations spaced from the digits: "about 30 miles (50 kms) west")
           "kms": "kilometers", "hrs": "hours", "mins": "minutes", "secs": "seconds",
           # (a poll's points abbreviated, spaced from the digits: "rose 3 pts to 41%")
           "pts": "points",
           # (a line's speed spaced from the digits: "speeds of more than 200 Mbps")
           "kbps": "kilobits/s", "mbps": "megabits/s", "gbps": "gigabits/s",
           "gigawatt": "gigawatts", "barrel": "barrels", "second": "seconds", "decade": "decades",
           "foot": "feet", "feet": "feet", "inch": "inches", "mph": "mph", "knot": "knots", "lb": "pounds",
           "lbs": "pounds", "kph": "km/h", "km/h": "km/h", "gallon": "gallons", "tonne": "tonnes",
           "n": "newtons",
           "kn": "kilonewtons", "kw": "kilowatts", "gw": "gigawatts", "kwh": "kilowatt-hours", "twh": "terawatt-hours",
           "hz": "hertz", "mhz": "megahertz", "ghz": "gigahertz", "kv": "kilovolts", "psi": "psi", "db": "decibels",
           "ml": "millilitres", "mg": "milligrams", "cent": "cents", "cents": "cents", "pence": "pence",
           # (the ringgit's hundredth in Malaysian copy: "earnings per share of 9.6 sen")
           "sen": "sen",
           "sq km": "square kilometers",
           # (British property and retail copy's areas: "640,000 sq ft of selling space", "a 2,000 sq m store")
           "sq ft": "square feet", "sq. ft": "square feet", "sq m": "square metres", "sq. m": "square metres",
           "sq mi": "square miles", "times": "times", "basis point": "basis points", "bps": "basis points",
           # (a change of a rate: "rose 0.3 percentage points" is not "rose 0.3 percent")
           "percentage point": "percentage points", "percentage-point": "percentage points",
           "ft": "feet", "mi": "miles", "yd": "yards", "yds": "yards", "oz": "ounces", "kts": "knots", "knts": "knots",
           "km2": "square kilometers", "km²": "square kilometers", "m2": "square metres", "m²": "square metres",
           "m": "meters", "metric ton": "tons", "metric tonne": "tonnes", "gram": "grams", "ounce": "ounces",
           "pound": "pounds", "nautical mile": "nautical miles",
           "gigabyte": "gigabytes", "megabyte": "megabytes", "terabyte": "terabytes",
           "gb": "gigabytes", "mb": "megabytes", "tb": "terabytes", "megapixel": "megapixels",
           # the oil trade's barrels ("4.9 million bbl. of oil", "2 million bpd")
           "bbl": "barrels", "bpd": "barrels per day", "b/d": "barrels per day",
           # the container trade's twenty-foot units ("555.6 million TEU", "1.7m TEUs")
           "teu": "TEU",
           # (currencies of many countries, named alone: the sum's unit, as Arabic "دينار", not what it counts)
           "dinars": "dinars", "dinar": "dinars", "rials": "rials", "rial": "rials"},
    # (a sum in pounds keeps its currency: only a weight is left to read "pounds")
    # (not "met(res)" in "metric tons")
    # Danish units by their English names, as Arabic and Hebrew ones (the unit is data, not prose).
    "da": {"kvadratkilomet": "square kilometers", "kilomet": "kilometers", "km/t": "km/h", "km": "kilometers",
           "met": "meters", "megawatt": "megawatts", "terawatttim": "terawatt-hours", "ton": "tons",
           "procentpoint": "percentage points", "procent": "percent", "dag": "days", "time": "hours", "år": "years",
           "års": "years", "uge": "weeks",
           "måned": "months", "grad": "degrees", "hektar": "hectares", "øre": "øre", "minut": "minutes",
           "kilo": "kilograms", "liter": "litres", "årti": "decades", "sekund": "seconds", "promille": "per mille",
           "kvadratmet": "square metres", "centimet": "centimetres", "millimet": "millimetres",
           # (the oil trade's barrel, "1 mio. tønder om dagen": a unit, as English "barrels", not what is counted)
           "tønde": "barrels",
           # (English miles kept in copy translated from English, "50 miles syd for byen"; not the stem "mil", which
           # opens "militær" and "million")
           "miles": "miles"},
    "ar": {"مليمتر": "millimetres", "ملليمتر": "millimetres", "ساع": "hours", "كيلومتر": "kilometres",
           "كلم": "kilometres", "هكتار": "hectares", "ريال": "rials", "دينار": "dinars", "درهم": "dirhams",
           "جنيه": "pounds", "ليرة": "lira", "ليرات": "lira", "درج": "degrees", "يوم": "days", "أيام": "days",
           "متر": "metres",
           "ميغاواط": "megawatts", "سنة": "years", "سنوات": "years", "عام": "years", "أعوام": "years",
           "شهر": "months", "أشهر": "months", "أسبوع": "weeks", "طن": "tons", "بالمئة": "percent",
           "بالمائة": "percent", "نقطة مئوية": "percentage points", "نقاط مئوية": "percentage points",
           "في المئة": "percent", "في المائة": "percent", "%": "percent", "أضعاف": "times",
           "مرات": "times", "مرة": "times", "أسابيع": "weeks", "شهور": "months", "دقيق": "minutes", "دقائق": "minutes",
           "أمتار": "metres", "أطنان": "tons", "كيلوغرام": "kilograms", "كيلوجرام": "kilograms", "كلغ": "kilograms",
           "لتر": "litres",
           # (the hundredths of a currency, in which market bulletins price a kilo: "15-25 قرشا", "50 هللة")
           "قرش": "piastres", "قروش": "piastres", "فلس": "fils", "هلل": "halalas",
           "قدم مكعب": "cubic feet", "متر مكعب": "cubic metres", "أمتار مكعبة": "cubic metres",
           "ملليغرام": "milligrams", "مليغرام": "milligrams", "ملغ": "milligrams", "غرام": "grams", "جرام": "grams",
           "كيلو": "kilograms", "جيجا بايت": "gigabytes", "جيجابايت": "gigabytes", "غيغابايت": "gigabytes",
           "غيغا بايت": "gigabytes", "ميجا بايت": "megabytes", "ميجابايت": "megabytes", "ميغابايت": "megabytes",
           "ميغا بايت": "megabytes", "تيرابايت": "terabytes", "تيرا بايت": "terabytes", "كيلوبايت": "kilobytes"},
    "he": {"מגה-ואט": "megawatts", "מגוואט": "megawatts", "מעלות": "degrees", "דונם": "dunams", "ימים": "days",
           "שנים": "years", "שנה": "years", "עשורים": "decades", "שעות": "hours", 'קמ"ש': "km/h", 'ק"מ': "kilometres",
           "קילומטר": "kilometres", "נקודות אחוז": "percentage points", "נקודת אחוז": "percentage points",
           "נקודות האחוז": "percentage points", "אחוז": "percent", "מטר": "metres", "טון": "tons", "טונות": "tons",
           "חודשים": "months", "שבועות": "weeks", "דקות": "minutes", "שנות": "years", "חודשי": "months", "ימי": "days",
           "יום": "days", "חודש": "months", "שבוע": "weeks", "שניות": "seconds", 'ק"ג': "kilograms",
           "קילוגרם": "kilograms", "ליטר": "litres",
           'ס"מ': "cm", 'ס״מ': "cm", 'מ"מ': "mm", 'מ״מ': "mm", 'מ"ר': "square metres", 'מ״ר': "square metres",
           'קמ"ר': "square kilometres", 'קמ״ר': "square kilometres", "מטרים": "metres", 'ק״ג': "kilograms",
           "סנטימטר": "cm", "מילימטר": "mm", "דקה": "minutes", 'קמ״ש': "km/h", 'ק״מ': "kilometres",
           "אחוזים": "percent", "קילומטרים": "kilometres", "מיליליטר": "ml", "אגורות": "agorot", "אג'": "agorot",
           "אג׳": "agorot"},
}  # fmt: skip
# Words after "as" that make an idiom, no purpose a sum is given as: "approved $5m as well", "as part of", "as usual".
AS_IDIOMS = frozenset(
    {"well", "much", "many", "part", "of", "such", "far", "long", "soon", "usual", "expected", "planned"}
)
EN_STOP = {
    "and", "or", "at", "in", "on", "of", "with", "from", "to", "that", "who", "which", "including", "according",
    "the", "a", "an", "have", "has", "had", "were", "was", "is", "are", "spoke", "said", "been", "for", "as",
    "by", "since", "than", "will", "would", "could", "into", "after", "before", "while", "but", "so", "during",
    "within", "over", "under", "per", "each", "this", "last", "next", "whilst", "when", "if", "be", "may", "might",
    "can", "should", "must", "do", "does", "did", "not", "up", "down", "against", "across", "through", "onto", "upon",
}  # fmt: skip
STATUS = {"dead", "killed", "wounded", "injured", "missing", "evacuated", "displaced", "arrested", "hurt", "died",
          "perished", "drowned", "rescued", "infected",
          # (what police and courts did to those counted: "cash seized, three detained")
          "detained", "abducted", "kidnapped", "jailed", "hospitalised", "hospitalized", "trapped",
          "stranded"}  # fmt: skip
DA_STOP = {"og", "eller", "i", "på", "af", "til", "med", "fra", "for", "som", "der", "har", "havde", "er", "blev",
            "om", "ved", "mens", "hvor", "hvis", "at", "den", "det", "de", "var", "bliver", "skal", "vil", "kan",
            "end", "efter", "før", "under", "over", "per", "pr", "hver", "ikke", "sig", "sin", "sine", "sit", "en",
            "et", "op", "ned", "sidste", "næste", "denne", "dette", "ligesom", "fordi", "selvom",
            # adverbs and conjunctions that open or join a clause, no noun of a figure ("som ifølge Rådet udgør 2
            # mia. kr.", "så 70.649 nu er på støtten", "7.000 kroner plus en frakendelse")
            "ifølge", "så", "dog", "også", "nu", "plus", "samt"}  # fmt: skip
AR_STOP = {"في", "على", "من", "إلى", "عن", "مع", "أن", "إن", "و", "أو", "قد", "لا", "ما", "وما", "فما", "بعد", "قبل",
            "خلال", "أي",
            "منذ", "حتى", "الذي", "التي", "الذين", "كما", "حيث", "عند", "بين", "نحو", "مقابل", "بينهم",
            "بينها", "ب", "ل", "ك", "ف", "أمام", "لدى",
            # closed classes that start another phrase after a counted noun: prepositions, demonstratives,
            # pronouns, conjunctions ("40 % من السكان | تحت خط الفقر", "50 معتقلا | يوم الخميس")
            "تحت", "فوق", "ضد", "دون", "حول", "عبر", "وسط", "ضمن", "إثر", "جراء", "بسبب", "رغم", "عقب", "تجاه",
            "يوم", "ليلة", "صباح", "مساء", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هو", "هي", "هم", "ثم", "لكن", "بل",
            "إلا", "لأن", "كي", "لكي",
            # a pronoun glued to "and" opens a clause on what came before ("4 مليار دولار | وهو زيادة تقدر ب 5 %")
            "وهو", "وهي", "وهم", "وهما", "وهن",
            # what follows a figure in market copy and is no noun of it: a circumstantial participle or masdar of
            # the result ("زيادة ب0.5 % | محققا 9800 نقطة", "4997 نقطة | مرتفعا", "| وصولا إلى"), a comparison
            # or a contrast ("| مقارنة مع", "| بينما", "في | حين"), what came next ("| يليه مؤشر")
            "محققا", "محققة", "مسجلا", "مسجلة", "مرتفعا", "منخفضا", "متراجعا", "كاسبا", "خاسرا", "فاقدا", "رابحا",
            "صاعدا", "هابطا", "مستقرا", "متجاوزا", "مغلقا", "مدعوما", "مدعومة", "وصولا", "نزولا", "صعودا",
            "ارتفاعا", "انخفاضا", "تراجعا", "مقارنة", "بالمقارنة", "قياسا", "بينما", "حين", "يليه", "تليه", "تبعه",
            "تبعها", "تلاه", "تلاها",
            # a clause of time after the counted noun ("21 آخرون | عندما شرع", "ثلاثة أشخاص | أثناء الصلاة")
            "عندما", "بعدما", "أثناء", "حينما", "كلما",
            # "that"/"indeed" with a clitic, which opens the clause a figure stands in ("؛ فإن 9 % قد أزيل")
            "فإن", "وإن", "بأن", "وأن", "فإنه", "فإنها",
            # particles that open the clause around a figure, and "among them" ("عدد المتعافين، فقد وصل إلى 46",
            # "| فيما بلغت", "88 حالة، | ضمنها 12", "3 وفيات | إضافة إلى 54")
            "فقد", "وقد", "فيما", "ضمنها", "ضمنهم", "إضافة", "بالإضافة",
            # adverbs of degree after a figure ("مقابل 17 | فقط في عام 2019", "84% | تقريبا من"): no noun of it
            "فقط", "تقريبا", "تقريباً",
            # ("أكثر من 3 ملايين | بقليل": "slightly", the bound's degree; "حينها", "آنذاك": "then", a time)
            "بقليل", "حينها", "آنذاك", "انذاك", "حينذاك", "وقتها", "وقتذاك", "وقتئذ",
            # "to be", which opens a clause on the figure ("بنحو 50 دولار | كانت متوقعة"), never a noun of it
            "كان", "كانت", "كانوا", "يكون", "تكون",
            # the spellings of web copy: Egypt's final ya without dots ("فى", "إلي") and "to" without its hamza
            # ("مقابل 378.7 مليون جنيه | فى الفترة نفسها": a time, no noun of the sum)
            "فى", "الى", "إلي"}  # fmt: skip
HE_STOP = {"על", "של", "את", "עם", "כי", "אשר", "גם", "לא", "אל", "או", "זה", "זו", "הוא", "היא", "מ", "ב",
            "ל", "עד", "בין", "אחרי", "לפני", "מאז", "כל", "מול", "לעומת",
            # closed classes that start another phrase after a counted noun ("40% מערכן | בתוך שבועיים")
            "בתוך", "מתחת", "מעל", "בגלל", "כדי", "אצל", "לפי", "נגד", "בלי", "ללא", "כמו", "אך", "אבל", "כאשר",
            "אם", "רק", "כבר", "אף", "מפני", "עקב", "במהלך", "בעת", "לאחר", "כך",
            # demonstratives that stand for a clause ("זאת לעומת 60.5% בחודש הקודם": this, compared with)
            "זאת", "אלה", "אלו",
            # "only", "about" after a figure ("עם 29% בלבד", "מקבלת 5 מנדטים בלבד"): adverbs, never what it counts
            "בלבד", "בערך",
            # "net", "gross" after a sum ("400 אלף דולר נטו לעונה"): how it is reckoned, no noun
            "נטו", "ברוטו",
            # "which are" restating the figure before ("שהצטמצמו בכ-66% שהם כ-5 מיליארד"): a pronoun, no noun
            "שהם", "שהן",
            # "last year", a time and never a noun ("לעומת 17% אשתקד", "חרגה ב-12% אשתקד", "נזק של 30 מיליון דולר
            # אשתקד"): what the figure counts is named elsewhere
            "אשתקד", "ואשתקד"}  # fmt: skip
PRONOUNS = {"its", "their", "his", "her", "our", "there",
             "it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "den", "det", "de", "han",
             "hun", "vi", "jeg", "man"}  # fmt: skip
STOP = {"en": EN_STOP, "da": DA_STOP, "ar": AR_STOP, "he": HE_STOP}
# English subject pronouns (lower case; "I" is written in capitals), which open a clause of their own.
SUBJECT_PRONOUNS_EN = frozenset({"i", "we", "they", "he", "she", "it", "you"})
# Verbs and auxiliaries that end a subject ("the toll | nears 60,000", "Kmart | gained 15 percent").
EN_VERBS = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "might", "may", "can",
    "should", "must", "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "nears", "neared",
    "passes", "passed", "reached", "reaches", "reach", "gained", "gains", "hit", "hits", "topped", "tops", "stood",
    "stands", "increased", "increases", "decreased", "jumped", "jumps", "dropped", "drops", "climbed", "climbs",
    "totalled", "totaled", "totals", "show", "shows", "showed", "say", "says", "said", "estimate",
    "estimates", "estimated", "account", "accounts", "accounted", "equal", "equals", "received", "receive",
    "approach", "approached", "exceeded", "exceeds", "grew", "grows", "lost", "loses", "earned", "earns", "paid",
    "pays", "spent", "spends", "raised", "raises", "killed", "left", "leaves", "saw", "sees", "got", "gets",
    "made", "makes", "won", "wins", "took", "takes", "do", "does", "did", "continues", "continued", "remain",
    "remains", "remained", "represent", "represents", "represented", "owns", "owned", "hold", "holds", "held",
    "take", "make", "get", "give", "gives", "gave", "include", "includes", "comprise", "comprises", "employ",
    "employs", "expect", "expects", "kept", "adds", "shrank", "shrinks", "sank", "sinks", "soars", "surges",
    "plunges", "eases", "declines", "expands", "contracts", "swelled", "swells", "slid", "slides", "weighs",
    "weighed", "lasted", "lasts", "spans", "spanned", "stretches", "amounts", "amounted", "exceed",
    # "Profit came to £632.5m", "Sales came in at £4m": the verb of a sum a result reached
    "came", "comes",
}  # fmt: skip
# The Danish verbs among them: in Danish text only these are verbs ("14 hold", "et hit": Danish nouns spelled as
# English verbs).
DA_VERBS = {
    "er", "var", "har", "blev", "bliver", "steg", "stiger", "faldt", "falder", "koster", "kostede", "udgør",
    "udgjorde", "får", "fik", "giver", "gav", "vil", "skal", "kan", "nåede", "når", "lå", "ligger", "endte",
    "ender", "voksede", "vokser", "beløber", "beløb", "lander", "landede", "står", "stod", "mangler", "manglede",
    "tjener", "tjente", "bruger", "brugte", "deltog", "deltager",
    "toppede", "topper",  # ("Ledigheden toppede på 5,5 procent": the level at its peak)
    # "Regningen lyder på 12 mio. kr.", "Kravet lød på 300.000 kr.": the verb of a sum a claim or a bill states;
    # "Underskuddet vil være på 3 mia. kr.": the infinitives after a modal
    "lyder", "lød", "være", "blive",
}  # fmt: skip
EN_VERBS |= DA_VERBS
# Words that start a clause, per language: Danish "at" ("that") is the English preposition "at"
# ("inflation stood at 3%"), and English "as" is nothing in Danish.
_CLAUSE_WORDS = {
    # not "before tax", "after tax": the accounts' phrase on a noun ("Profits before tax were"), no clause
    # (not the "as" of "such as", which lists examples inside a noun phrase: "projects such as apartments and
    # condominiums fell 0.9 per cent")
    "en": r"and|but|whilst|while|whereas|that|which|who|when|if|because|(?<!\bsuch\s)as|(?:after|before)(?!\s+tax\b)|"
    r"said|says|"
    # ("added" before a figure, with only its qualifier between, is a verb of change: "The film added almost £3.1m")
    r"say|told|added(?!\s+(?:(?:almost|nearly|about|around|some|roughly|another|further|extra|just|only|over|a|an|"
    r"more\s+than|up\s+to)\s+)*(?:US)?[$£€]?\s*(?:\d|$))|"
    r"warned|believe[sd]?|think|thinks|thought|noted|stated|explained|claimed|insisted|argued|reported|"
    # (a verb of forecasting before a clause of its own, "that" left out: "Analysts predicted | the economy expanded
    # 3.1 per cent"; not before an infinitive or a share, "projected to grow 2%", "forecast a 5% rise")
    r"(?:predicted|predicts|projected|projects|calculated|calculates)(?=\s+(?:the|its|their|his|her)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,3}\s+(?:grew|expanded|shrank|contracted|rose|fell|increased|decreased|declined|dropped|"
    r"climbed|jumped|would|will|had|has|was|were|is|are)\b)|"
    # ("it appears | national performance is 91.9 per cent": a verb of seeming opens a clause, unless an infinitive
    # follows it, "Sales appear to have risen 5%")
    r"(?:appears|appeared|seems|seemed)(?!\s+to\b)|"
    # ("The 10% rise means | Band D homes pay £1,520": "means" with "that" left out opens a clause with its own
    # subject and verb; not "means an extra £135", a noun phrase after it)
    r"means(?=\s+(?:[\w'’-]+\s+){1,4}?(?:will|would|must|could|can|now|pay|pays|paid|face|faces|get|gets|"
    r"rise|rises|rose|fall|falls|fell|is|are|was|were|has|have|had|cost|costs|see|sees)\s)|"
    # a clause after "it is clear" with no "that": "It's quite clear | the real figure is £20bn"
    r"(?:(?<=\bis\s)|(?<=['’]s\s)|(?<=\bwas\s)|(?<=\bquite\s)|(?<=\bnow\s))"
    r"(?:clear|obvious|likely|unlikely|certain|evident|plain|true)(?=\s+(?:the|a|an|its|their|his|her|our)\s)|"
    # a clause with its verb left out after "on", "with", "amid": "profits rose 7pc to $1.75bn on sales up 16pc to
    # $6.13bn" (the sales rose to $6.13bn, not the profits)
    # (or a participle of change: "all three held, with Anna Karenina easing just 7% to £813k")
    r"(?:on|with|amid)(?=\s+(?:[\w'’&-]+\s+){1,4}?(?:up|down|[a-z]{2,}ing)\s+"
    r"(?:from|by|to|about|almost|nearly|some|just|only|around|over|(?:US)?[$£€]|\d))",
    # (nor Danish "før skat", "efter skat": "Overskuddet før skat blev på 312 mio. kr.")
    # (and the subordinators "selv om", "selvom", "eftersom", "skønt": "Selv om kommunerne hæver skatten med")
    "da": r"og|men|mens|at|som|der|hvilket|hvilken|hvilke|når|hvis|fordi|(?:efter|før)(?!\s+skat\b)|sagde|siger|"
    r"selv\s+om|selvom|eftersom|skønt|"
    r"oplyser|skriver",
}
# Punctuation that ends a clause; not the comma that groups a number's digits ("a survey of 2,500 adults").
_CLAUSE_MARK = r"(?:(?<!\d),|,(?!\d)|[;:()\"“”—–])"


# A clause word stands alone: one glued into a compound by a hyphen opens no clause ("its after-tax earnings
# stood at", "a so-called levy", "a would-be buyer").
_WORD_OPEN = r"(?<![\w-])"
_WORD_CLOSE = r"\b(?!-\w)"


class _ClauseStart:
    """The last clause mark or clause word of a text (or its start when there is none): `pattern`, whose
    look-ahead scanned the rest of the text again at every mark and word, searched in one pass. A mark is one
    character and a word a whole run of letters, so no match holds the start of another: `marks` finds every
    start in order, the last one is the only start with none after it, and `pattern` is matched there (the
    same match `pattern.search` returns, found without its quadratic scan)."""

    def __init__(self, words: str) -> None:
        self.pattern = re.compile(
            rf"(?:^|{_CLAUSE_MARK}|{_WORD_OPEN}(?:{words}){_WORD_CLOSE})"
            rf"(?![\s\S]*(?:{_CLAUSE_MARK}|{_WORD_OPEN}(?:{words}){_WORD_CLOSE}))",
            re.IGNORECASE,
        )
        self.marks = re.compile(rf"{_CLAUSE_MARK}|{_WORD_OPEN}(?:{words}){_WORD_CLOSE}", re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        last = 0
        for m in self.marks.finditer(text):
            last = m.start()
        return self.pattern.match(text, last)


CLAUSE_START = {lang: _ClauseStart(words) for lang, words in _CLAUSE_WORDS.items()}
MEASURES = {
    "toll", "turnout", "cost", "costs", "price", "prices", "revenue", "revenues", "rate", "share", "shares",
    "budget", "deficit", "profit", "profits", "loss", "losses", "total", "cuts",
    "population", "salary", "wage", "wages", "fine", "bill", "tax", "sales", "output", "growth",
    "inflation", "unemployment", "debt", "value", "worth", "damage", "damages", "claims", "savings", "spending",
    "funding", "investment", "aid", "donations", "pledges", "antallet", "prisen", "priserne", "omsætningen",
    "overskuddet", "underskuddet", "udgifterne", "indtægterne", "budgettet", "tallet", "andelen", "stigningen",
    "faldet",
}  # fmt: skip
DA_MONTHS = r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
DA_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
EN_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A Hebrew abbreviation keeps its gershayim inside the word (ח"כים, ס"מ); a decimal is one word ("6.8"), with the
# noun a hyphen glues to it ("a 1.2-mile bypass", as "a 12-mile bypass" is one word).
WORD_TOKENS = re.compile(  # initials ("U.S.", "U.N.") are one word: "30 northern U.S. counties"
    # (a number with its thousands' commas is one word too: "About 1,000 Marines walked", not "About 1"; and with
    # a hyphen's compound: "The 35,000-seat stadium")
    # (and a lone initial or a title with its stop inside a phrase, after a word: "three George W. Bush aides",
    # "five former Gov. Lee Ames aides"; not a title opening the sentence, "Rep. Jane Roe of Tolvia was", whose
    # readers cut the name before its place)
    r"(?<=[A-Za-z]\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Rev|Capt|Maj|Adm)\.(?=\s+[A-Z][a-z])|"
    r"(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-[^\s,.;:()\"“”«»،!?]+)*|\d+(?:\.\d+)+(?:-[^\s,.;:()\"“”«»،!?]+)*|(?:[^\s,.;:()\"“”«»،!?]|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea]))+|[,.;:()\"“”«»،!?]"
)


# Month names: the Egyptian and Gulf ones, the Levantine and Iraqi ones (كانون الثاني ... كانون الأول), the
# Maghrebi ones (Morocco: ماي, يوليوز, غشت, شتنبر, نونبر, دجنبر; Algeria and Tunisia: جانفي, فيفري, أفريل,
# جوان, جويلية, أوت), the Hijri ones and the Hebrew ones: a number before one is a day of a date, not a figure.
AR_HE_MONTHS = (
    "يناير|فبراير|مارس|[أإا]بريل|مايو|يونيو|يوليو|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|"
    "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|"
    "ماي|يوليوز|غشت|شتنبر|نونبر|دجنبر|جانفي|فيفري|أفريل|جوان|جويلية|أوت|"
    "محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|"
    "ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة|"
    "ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"
)
EN_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\."


# What may follow an Arabic or Hebrew unit's stem in the unit itself: case, dual and plural endings
# ("عاما", "ساعتين", "درجات", "אחוזים"), with the marks stripped; not "מטרות" (goals) after "מטר".
# What a Danish unit's stem takes as an inflection ("dage", "timers", "måneder", "minutter", "årene", "kilogram"); any
# other tail makes a compound noun whose first part only is a unit ("årsværk", "dagpenge", "timeløn", "ugeblad").
# What may follow an English unit's stem in the same word: its plural and spellings ("metres", "meters", "tonnes",
# "inches", "percentage"), or a hyphen ("gigawatt-hours"); not the rest of another word ("metal", "milestone").
_EN_UNIT_ENDINGS = r"(?:|s|es|er|ers|re|res|age|ages|-.*)"
_DA_UNIT_ENDINGS = r"(?:e|er|ere|erne|ers|es|en|ene|ens|et|ets|r|rs|rne|s|n|ne|ns|ter|ters|terne|tet|gram)?"
_RTL_UNIT_ENDINGS = {"ar": r"(?:ا|ان|ين|ات|ة|تان|تين|ى)?", "he": r"(?:ים)?"}


# Abbreviated plurals that are a unit only as the whole word ("20 mins", not "20 minsters"), and "cent(s)", which
# starts other nouns ("across 2,695 centres", "a 12-century tradition" are no cents).
_WHOLE_WORD_STEMS = frozenset({"kms", "hrs", "mins", "secs", "cent", "cents"})


@functools.cache
def _units_longest_first(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's unit stems, longest first (so "square kilomet" wins over "kilomet")."""
    return tuple(sorted(UNITS.get(lang, {}).items(), key=lambda kv: -len(kv[0])))


# Unit abbreviations written against the digits ("36,000ft", "503knts", "60mph", "5lb", "12in", "5km"): the
# glued word is that unit, not a name's letters ("4chan", "737MAX"). "in" only glued and lower-case (spaced, it
# is the preposition; "10in-place" is a compound); "m" only lower-case and once `numbers` has not read it as
# millions ("5m litres").
_GLUED_UNITS = {"m": "meters", "ft": "feet", "in": "inches", "mi": "miles", "yd": "yards", "yds": "yards",
                "oz": "ounces", "kts": "knots", "knts": "knots", "mph": "mph", "kph": "km/h", "km/h": "km/h",
                "lb": "pounds", "lbs": "pounds", "km": "kilometers", "kg": "kilograms", "cm": "centimetres",
                "mm": "millimetres", "ml": "millilitres", "mg": "milligrams", "ha": "hectares", "kw": "kilowatts",
                "mw": "megawatts", "gw": "gigawatts", "kwh": "kilowatt-hours", "mwh": "megawatt-hours",
                "gwh": "gigawatt-hours", "twh": "terawatt-hours", "hz": "hertz", "khz": "kilohertz",
                "mhz": "megahertz", "ghz": "gigahertz", "kv": "kilovolts", "psi": "psi", "db": "decibels",
                "km/t": "km/h", "km2": "square kilometers", "km²": "square kilometers", "m2": "square metres",
                "m²": "square metres", "kms": "kilometers", "kgs": "kilograms", "hrs": "hours", "mins": "minutes",
                # (British sport pages' race times and margins: "won in 9.87secs", "2hrs 26mins 3secs")
                "secs": "seconds",
                "kb": "kilobytes", "mb": "megabytes", "gb": "gigabytes", "tb": "terabytes", "kbps": "kilobits/s",
                "mbps": "megabits/s", "gbps": "gigabits/s", "feet": "feet", "metres": "meters", "meters": "meters",
                "miles": "miles", "inches": "inches", "years": "years", "g": "grams",
                # (whole words written against the digits in police and customs releases: "seized 420grams of
                # cannabis", "15litres", "3kilos")
                "grams": "grams", "grammes": "grams", "kilograms": "kilograms", "kilos": "kilograms",
                "litres": "litres", "liters": "litres", "kilometres": "kilometers", "kilometers": "kilometers",
                # (a market's "fell 4bps", "a 25bp cut": basis points, not a name's letters)
                "bps": "basis points", "bp": "basis points",
                # (a poll's lead and its moves: "a 12pts lead", "slipped 3pts")
                "pts": "points"}  # fmt: skip
_GLUED_UNIT = re.compile(
    "(" + "|".join(sorted((re.escape(u) for u in _GLUED_UNITS), key=len, reverse=True)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def glued_unit(after: str, lang: str) -> tuple[str | None, int]:
    """A unit abbreviation glued to the digits before `after`, and its length (English and Danish)."""
    m = _GLUED_UNIT.match(after) if lang in ("en", "da") and after[:1].isalpha() else None
    if m is None or (m.group(1).lower() == "in" and (lang != "en" or after[2:3] == "-")):
        return None, 0
    if m.group(1).lower() in ("in", "m", "g", "bp", "bps") and not m.group(1).islower():
        return None, 0  # "the 15M movement", "12M", "3G phones": a capital names, it measures nothing
    return _GLUED_UNITS[m.group(1).lower()], m.end()


# Cents named with the country whose currency they are a hundredth of, as exchange-rate copy quotes one currency
# in another's: "the kroon closed at 61.4 US cents", "dipped to 70 U.S. cents" (not "US centres").
# (or the country after them, as Canadian copy writes it: "slip to 64 cents U.S. by spring")
_NATIONAL_CENTS = re.compile(
    r"[\s\u00a0]+(?:(?:U\.\s?S\.|US|American|Canadian|Australian|NZ|euro)\s+cents?\b|cents?\s+(?:U\.S\.|US)(?!\w))"
)


_UNIT_AFTER_RE1 = re.compile(r"s\b")
_UNIT_AFTER_RE2 = re.compile(r"\s?°\s?[CF]?\b|[CF]\b(?!-|\.\w)")
_UNIT_AFTER_RE3 = re.compile(r"[\s\u00a0]*(-year-old|-years?-long|-year|-day|-week|-month|-hour|-årig[e]?|%|٪)")
_UNIT_AFTER_RE4 = re.compile(r"[\s\u00a0]*(?:more|additional|extra|other|further|flere|yderligere|mere)\b")
_UNIT_AFTER_RE5 = re.compile(r"[\s\u00a0]*(\S+(?:\s\S+)?)")
_UNIT_AFTER_RE6 = re.compile(r"-?fold\b")
_UNIT_AFTER_RE7 = re.compile(r"p\b")
_UNIT_AFTER_RE8 = re.compile(r"c\b")
_UNIT_AFTER_RE9 = re.compile(r"-(square|sq)-([a-z]+)")
_UNIT_AFTER_RE10 = re.compile(r"-per-cent\b")
_UNIT_AFTER_RE11 = re.compile(r"-([a-zæøå]+)")
_UNIT_AFTER_RE12 = re.compile(r"[\s\u00a0]+(?:Year|Grade)\s+\d")
_UNIT_AFTER_RE13 = re.compile(r"[\s\u00a0]+second-(?:half|round|leg|placed|string|hand|largest|biggest)\b")


@per_document  # (asked again for the same text after a number by the readers of what a figure counts)
def unit_after(after: str, lang: str) -> tuple[str | None, int]:
    """The unit right after a number (over "more", "additional") and how many characters it spans."""
    if _UNIT_AFTER_RE1.match(after):
        return "seconds", 1  # "a specific impulse of 462s"
    glued, span = glued_unit(after, lang)
    if glued:
        return glued, span
    tonnes, span = tonnes_after(after, lang)
    if tonnes:
        return tonnes, span  # "up from 67t", "declined by 5 t to 75 t"
    fold = _UNIT_AFTER_RE6.match(after) if lang == "en" else None
    if fold:
        return "times", fold.end()  # "a 10-fold rise", "grew 10fold"
    if lang == "en" and _UNIT_AFTER_RE7.match(after):
        return "pence", 1  # "shares closed 3p lower at 245p"
    if lang == "en" and _UNIT_AFTER_RE8.match(after):
        return "cents", 1  # "net income of US$769 million, or 62c a share": the cent sign of Australasian copy
    if after[:1] == "¢":
        return "cents", 1  # "renting TV shows for 99¢"
    national = _NATIONAL_CENTS.match(after) if lang == "en" else None
    if national:
        return "cents", national.end()  # "the kroon slid to 61.4 U.S. cents": a currency quoted in another's cents
    degrees = _UNIT_AFTER_RE2.match(after)  # "35C." ends a sentence; not "5C.1"
    if degrees:
        return "degrees", degrees.end()  # "47C", "12 °C", "98.6°F"
    m = _UNIT_AFTER_RE3.match(after)
    if m:
        unit = {"%": "percent", "٪": "percent", "-årig": "years", "-årige": "years"}.get(m.group(1))
        if unit is None:
            unit = re.sub(r"^-(\w+?)s?(?:-.*)?$", r"\1s", m.group(1))
        return unit, m.end()
    squared = _UNIT_AFTER_RE9.match(after) if lang == "en" else None
    if squared:  # "a 9-square-mile fire", "a 140-square-mile fire": an area used as an adjective
        unit, span = unit_after(f" {squared.group(1)} {squared.group(2)}", lang)
        if unit is not None and span == len(squared.group(0)):
            return unit, span
    per_cent = _UNIT_AFTER_RE10.match(after) if lang == "en" else None
    if per_cent:  # "a 2-per-cent rise", "two-per-cent growth": the share, no cents (Canadian copy hyphens it)
        return "percent", per_cent.end()
    hyphened = _UNIT_AFTER_RE11.match(after) if lang in ("en", "da") else None
    if hyphened:  # "a 5-percent increase", "a 10-kilometre stretch", "a 50-metre-high wave"
        word = hyphened.group(1)
        for stem, name in sorted(UNITS.get(lang, {}).items(), key=lambda kv: -len(kv[0])):
            if " " not in stem and (word == stem or (len(stem) > 2 and word.startswith(stem))):
                return name, hyphened.end()
        return None, 0
    if lang == "en" and _UNIT_AFTER_RE12.match(after):
        return None, 0  # "About 300 Year 11 students": a school year names the students, no span of years
    if lang == "en" and _UNIT_AFTER_RE13.match(after):
        return None, 0  # "two second-half tries": a half of the match, no span of seconds
    skip = _UNIT_AFTER_RE4.match(after)
    offset = skip.end() if skip else 0
    m = _UNIT_AFTER_RE5.match(after[offset:])
    if not m:
        return None, 0
    words = strip_arabic_marks(m.group(1)).lower()
    one = words.split()[0]
    rtl = lang in ("ar", "he")
    # ("مسيرة طولها 700 كم", "مساحة 40 كم مربع"): the abbreviation as a whole word only, never the "كم" of "كما"
    km_unit = r"[\s\u00a0]*(كم)(?:\s+(مربع|مربعا|مربعة))?(?![\u0621-\u064a\d])"
    km = re.match(km_unit, after[offset:]) if lang == "ar" else None
    if km:
        return ("square kilometres" if km.group(2) else "kilometres"), offset + km.end()
    # (and the Hebrew article: "ב-12 החודשים האחרונים", the span of the twelve months)
    clitics = ("و", "ب", "ل") if lang == "ar" else ("ה",)
    bare_words, bare_one = (words[1:], one[1:]) if rtl and words[:1] in clitics else (words, one)
    for stem, name in _units_longest_first(lang):
        first = words if " " in stem else one
        if rtl and not first.startswith(stem):
            first = bare_words if " " in stem else bare_one  # "بالمئة", "لمدة": a preposition glued before
            if lang == "ar" and words[:1] == "ل" and name in ("months", "years", "weeks", "days") and (
                first.startswith(stem)
            ):
                continue  # "259.6 لشهر أغسطس": "for the month of", a date after the figure, no span of months
        if first.startswith(stem):
            singular = stem in ("שנה", "חודש", "שבוע", "יום", "שעה", "דקה")
            if lang == "he" and singular and one[:1] == "ה" and not one.startswith(stem):
                continue  # "לעומת 109 השנה", "12 היום": the singular with the article is "this year", "today", a time
            if lang in ("ar", "he") and " " not in stem and not re.fullmatch(
                _RTL_UNIT_ENDINGS[lang], re.sub(r"\W.*", "", first[len(stem) :])
            ):
                continue  # "عاملا" (a worker) is no "عام" (year), "מטרה" (a goal) no "מטר" (metre)
            if lang in ("ar", "he"):  # the whole word, whatever its ending (ملّيمتراً); both of "في المئة"
                whole = m.group(1).split()[0] if " " not in stem else m.group(1)
                whole = re.sub(r"[،,؛;:.!?]+$", "", whole)  # (not a comma glued to it: "مليار درهم، بزيادة")
                end = offset + m.start(1) + len(whole)
                if name == "years" and re.match(r"\s*\d{4}(?!\d)", after[end:]):
                    return None, 0  # "نحو 8.1 ملايين عام 2011": "the year 2011", a date after the figure, no unit
                return name, end
            word = re.match(r"[\w/-]+", m.group(1))
            if word and " " not in stem and re.fullmatch(rf"{re.escape(stem)}\w*-(?:long|high|wide|tall|deep|thick)",
                                                          word.group(0).lower()):
                word = re.match(r"[\w/]+", m.group(1))  # "a 13 cm-long robot": the unit, then its dimension
            short = len(stem) <= 2 or stem in _WHOLE_WORD_STEMS
            if " " not in stem and short and (word is None or word.group(0).lower() != stem):
                continue
            if (
                lang == "en"
                and " " not in stem
                and word
                and word.group(0).istitle()
                and word.group(0).lower()[len(stem) :] not in ("", "s", "es")
            ):
                continue  # "a three-time Grammy winner": a capitalised name that only opens like a unit ("gram")
            if (
                lang == "en"
                and " " not in stem
                and word
                and not re.fullmatch(_EN_UNIT_ENDINGS, word.group(0).lower()[len(stem) :])
            ):
                continue  # "5 metal bars", "the 100,000 milestone", "12 daytime flights": words the unit only opens
            if (
                lang == "da"
                and " " not in stem
                and word
                and not re.fullmatch(_DA_UNIT_ENDINGS, word.group(0).lower()[len(stem) :])
            ):
                continue  # "2900 årsværk", "500 dagpengemodtagere": a compound the unit only opens, a noun counted
            if " " not in stem and word and re.fullmatch(r"week(?:end|day)s?", word.group(0).lower()):
                continue  # "over the three-day weekend", "two weekends": a weekend is counted, no span of weeks
            if " " not in stem and word and re.fullmatch(r"[a-z]+ly", word.group(0).lower()):
                continue  # "2.2 billion monthly active users", "5,000 weekly listeners": a rate's adjective, no unit
            # a unit of two words ends where its last word does ("metric tons", "square kilometres")
            tail = re.match(r"[\w²]*", m.group(1)[len(stem) :]) if " " in stem else None
            span = len(stem) + (tail.end() if tail else 0) if " " in stem else len(word.group(0)) if word else len(stem)
            end = offset + m.start(1) + span
            if lang == "en" and len(stem) <= 3 and re.match(r"\.\s+(?:of\s|[a-z])", after[end:]):
                end += 1  # "4.9 million bbl. of oil", "5 lbs. of sugar": an abbreviation's full stop, no sentence end
            return name, end
    return None, 0


# The currency's own words after a sum, and in Arabic its nationality ("19 مليار دولار أميركي").
CURRENCY_WORDS = re.compile(
    r"^\s*(?:kr\.|ש[\"״”]ח|₪|ל[\"״”]י(?![\u05d0-\u05ea])|(?:(?:US|U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?=[a-z]))?(?:EUR|USD|GBP|DKK|SEK|NOK|CHF|JPY|dollars?|euros?|pounds?|kroner|kr|naira|yuan|renminbi|rupees?|ringgits?|rupiah|baht|rand|"
    r"liras?|hryvnia|roubles|rubles|kwacha|cedis|pesos|reais|francs|shillings?|dirhams?|riyals?|rials?|dinars?|"
    r"kroners|D-mark|ECU|gylden|lire|sterling|"
    # (Danish names of the pound, the yen and the franc, and a dollar or a pound with its country's adjective, as
    # Danish copy translated from English writes "£5m" and "$5m": "5 mio. pund", "5 mio. amerikanske dollars")
    r"pund|yen|franc|schweizerfranc|(?:amerikanske|canadiske|australske|britiske)\s+(?:dollars?|pund)|"
    r"rubler|(?:danske|svenske|norske|islandske)\s+(?:kroner|kr\.?))(?![\w-])|(?:دولار|يورو|ليرة|ليرات|جنيه|ريال|دينار|درهم|شيكل|شيقل|شواكل|شواقل|שקל|דולר|אירו|יורו)[\u0621-\u0652\u0670\u05d0-\u05ea]*"
    # (its endings, letters and marks only, not an Arabic comma glued to it: "مليار درهم، بزيادة" is no noun of the
    # sum, and the comma ends the phrase after it; the shekel, which numbers reads as ILS, is a currency word here
    # too: "142.3 مليار شيكل" counted "شيكل")
    # (a currency's nationality after it, "دولار أمريكي", "ليرة سورية"; not the preposition "في" or "الذي", nor the end
    # or start of a period, which ends in -ية too: "مليار دولار | بنهاية سبتمبر", "لغاية نهاية")
    # (and an issuer's final ya written without dots, as Egyptian copy does: "جنيه مصرى", "درهم مغربى"; not "إلى")
    r"(?:\s+(?!لم|لل|بال|الذي|التي|[وبلف]?(?:نهاية|بداية|غاية)(?![\u0621-\u064a]))(?:[\u0621-\u064a]{2,}(?:ي|ية|يا)"
    r"|(?:مصر|مغرب|سعود|كويت|[أا]مريك|[أا]ميرك|عراق|[أا]ردن|قطر|عمان|بحرين|[إا]مارات|سور|لبنان|ترك|سودان|ليب|تونس"
    r"|جزائر|يمن|[إا]يران|كند|[أا]سترال|[إا]سترلين)ى)"
    r"(?![\u0621-\u064a]))?)"
)
# "$10bn in insurance claims", "£264m on health services", "£1.5bn to tackle homelessness"
MONEY_LEADS = "|in|into|on|to|towards|toward|i|på|في|على|ב|על"


PERIODS = {"year", "years", "month", "months", "quarter", "week", "weeks", "day", "days", "period", "weekend",
            "season", "half", "decade", "summer", "winter", "spring", "autumn", "året", "år", "måned", "kvartal",
            "uge"}  # fmt: skip
PRONOUN_STARTS = {"it's", "it", "they", "he", "she", "we", "i", "you", "there", "han", "hun", "de", "vi", "jeg", "der",
                  "nothing", "anything", "something", "everything", "nobody", "anyone", "ingenting", "intet", "noget"}
RATE_WORDS = {"barrel", "share", "tonne", "ton", "litre", "gallon", "ounce", "unit", "year", "month", "week", "day",
               "hour", "head", "person", "år", "måned", "uge", "dag", "time",
               # per occasion: "£1m a night", "£2m a film", "£50,000 a match" (not "£45 a ticket": the ticket's price)
               "night", "fortnight", "game", "match", "film", "episode", "minute", "mile", "kilo", "kilogram",
               "metre", "meter"}  # fmt: skip
TIME_WORDS = {"today", "yesterday", "tomorrow", "now", "currently", "then", "ago", "i dag", "nu", "اليوم", "الآن",
               "العام", "الشهر", "الأسبوع", "السنة", "أمس", "خلال", "השנה", "היום", "אתמול", "בשנה",
               "בחודש"}  # fmt: skip


# A verb of change, its object and "to"/"by" before a figure: "cut its workforce by 12%".
CHANGED = re.compile(
    # "left interest rates unchanged at 2%": a level kept, and what is kept there; "priced the manufacturing
    # equipment for the robot at $3,000": an object of up to seven words
    # ("places the human contribution to the increase in the Earth's temperature at 92-123%": up to eleven words)
    r"\b(?:(?:estimate[sd]?|estimating|put|puts|putting|value[sd]?|valuing|set|sets|setting|price[sd]?|pricing|"
    r"place[sd]?|placing|"
    # ("Analysts forecast the group's profits at $2.10 a share", "pegged growth at 3%", "projected the deficit at")
    r"forecast(?:s|ed|ing)?|forecasted|project(?:s|ed|ing)|peg(?:s|ged|ging)|"
    r"(?:left|leaves|leave|kept|keeps|keep|held|holds|hold)(?=\s+(?:[\w'’-]+\s+){1,3}(?:unchanged|steady|flat)\s))"
    # (a decimal inside the object is one of its words: "put the toll from the 8.8-magnitude quake at 214")
    r"\s+((?:(?:[\w'’-]|\.(?=\d))+\s+){0,10}?[\w'’-]+)(?:\s+(?:unchanged|steady|flat))?\s+at\s+(?:(?:less|more|fewer)\s+than|about|around|nearly|almost|some)?\s*$|"
    r"(?:cut|cuts|cutting|reduce[sd]?|reducing|decrease[sd]?|decreasing|increase[sd]?|increasing|raise[sd]?|"
    r"raising|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|slash(?:es|ed|ing)?|double[sd]?|doubling|bring|brings|brought|"
    r"(?:tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)|"
    r"bringing|taking|push(?:es|ed|ing)?|extend(?:s|ed|ing)?|"
    # the object: up to six words, none a number nor a preposition or conjunction of the change ("cut the number
    # of civil service jobs by"; not "increase | by either 49 percent or | by")
    r"trim(?:s|med|ming)?|limit(?:s|ed|ing)?|cap(?:s|ped|ping)?|hike[sd]?|hiking|lift(?:s|ed|ing)?|"
    # ("revised the number of new jobs in July from 275,000 to 252,000": up to eight words, a month among them)
    r"knock(?:s|ed|ing)?|revise[sd]?|revising|"
    # ("grow its deposits by 14.47 per cent": transitive only with a determined object, not "grew strongly by 5%")
    # ("narrowed its operating loss to $52 million", "widened its lead to six points": the same)
    r"(?:grow|grows|growing|grew|expand|expands|expanded|expanding|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|"
    r"shrink|shrinks|shrinking|shrank)(?=\s+(?:its|their|the|our|his|her)\s))\s+"
    r"((?:(?!(?:by|to|from|or|and)\b)[^\W\d][\w'’-]*\s+){0,7}?(?!(?:by|to|from|or|and)\b)[^\W\d][\w'’-]*)\s+"
    # ("raising the death toll from the landslide to 31": a from-phrase of words, no number, says of what)
    r"(?:from\s+(?:(?!(?:to|by|from|or|and)\b)[^\W\d][\w'’-]*\s+){1,4}?(?=to\s))?"
    # "cut overdraft charges from an average of $30 to $10": the level it is changed from, and "an average of";
    # "raised interest rates by a quarter point to 4.75%": the step it is changed by, before the level reached
    r"(?:from\s+(?:an?\s+average\s+of\s+)?(?:US)?[$£€]?\s?[\d.,]+\s*(?:%|percent|million|billion)?\s+|"
    # ("by a quarter of a percentage point to 4.75%": a fraction of the unit)
    r"by\s+(?:an?\s+)?(?:[\w.,-]+\s+){0,3}(?:points?|percentage\s+points?|basis\s+points|%|per\s?cent)\s+|"
    # ("raise the basic fare by 10 cents to $1.70", "by $2.50 to $14": a step in money or a small unit)
    r"by\s+(?:(?:US)?[$£€]\s?[\d.,]+(?:\s*(?:million|billion|bn|m))?|[\d.,]+\s+(?:cents?|pence|p))\s+)?"
    r"(?:to|by|from(?:\s+the)?)\s+"  # ("raise the bond from the $100,000 he posted")
    # ("cut borrowing by an extra £12bn", "raise prices by a further 2%", "by another 3%": the step's adjective)
    r"(?:an?\s+average\s+of\s+|(?:an?\s+)?(?:extra|further|additional|average|estimated)\s+|another\s+)?"
    r"(?:(?:less|more|fewer)\s+than|about|around|nearly|almost|some|up\s+to|at\s+least|just|only|between)?\s*$)",
    re.IGNORECASE,
)

# A verb of change, its object and the figure with no preposition: "hike rates 0.25 percentage points", "cut prices 20
# percent" (read for a share or points only, where the figure can be no object of its own).
CHANGED_BARE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|raise[sd]?|raising|lower(?:s|ed|ing)?|hike[sd]?|hiking|"
    r"lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increase[sd]?|increasing|slash(?:es|ed|ing)?|trim(?:s|med|ming)?)\s+()"
    r"((?:(?!(?:by|to|from|or|and|in|on|at|for|of)\b)[^\W\d][\w'’-]*\s+){0,3}?"
    r"(?!(?:by|to|from|or|and|in|on|at|for|of|up|down|back)\b)[^\W\d][\w'’-]*)\s+"
    r"(?:(?:about|around|nearly|almost|some|a\s+further|another|just|only)\s+)?$",
    re.IGNORECASE,
)


# A cause that moves something up or down by the figure: "orders propelled the main index up 6.5 percent", "the
# news sent shares down 12%": the object moved is what changed, not the cause in the subject.
MOVED = re.compile(
    r"\b(?:sent|send|sends|sending|propel(?:s|led|ling)?|push(?:es|ed|ing)?|drove|drives?|driving|"
    r"pull(?:s|ed|ing)?|drag(?:s|ged|ging)?|knock(?:s|ed|ing)?|lift(?:s|ed|ing)?)\s+()"
    r"((?:(?!(?:by|to|from|or|and|on|at|for|up|down)\b)[^\W\d][\w'’-]*\s+){0,5}?"
    r"(?!(?:by|to|from|or|and|in|on|at|for|of|up|down|back)\b)[^\W\d][\w'’-]*)\s+"
    r"(?:up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|another|just|only)\s+)?$",
    re.IGNORECASE,
)


ADVERBS = {"currently", "now", "still", "already", "also", "only", "just", "respectively", "nu", "stadig", "allerede",
           "også", "kun",
           "hele", "blot", "fortsat", "endnu", "igen", "nemlig", "faktisk", "dermed", "derfor", "samtidig",
           "foreløbig", "hidtil", "nok", "jo", "dog", "altså", "efterhånden", "snart",
           # (sentence adverbs between a copula and "på": "besparelsen er egentlig på 60 mio. kr.")
           "egentlig", "reelt", "ellers", "vel", "vist", "formentlig", "sandsynligvis",
           # (a linking adverb between the auxiliary and the participle: "Importen er således faldet med 7 procent")
           "således", "desuden", "alligevel", "hermed"}  # fmt: skip
# Nouns of a group whose size a figure in their of-phrase gives ("assemblies of five or more people", "a
# coalition of 70 members"): they say what the counted ones make up.
COLLECTIVES = {"group", "groups", "gathering", "gatherings", "assembly", "assemblies", "crowd", "crowds",
               "coalition", "team", "teams", "delegation", "delegations", "convoy", "fleet", "panel", "committee",
               "council", "network", "contingent", "batch", "sample", "caravan", "flotilla", "squad"}  # fmt: skip
# Nouns that only hold a count of what their of-phrase names ("the number of refugees", "antallet af").
CONTAINERS = {"number", "numbers", "amount", "total", "proportion", "percentage", "share", "level", "volume",
               "antallet", "andelen", "mængden", "niveauet"}  # fmt: skip


# Nouns that name a count or a measure of the noun after them ("عدد الضحايا", "מספר הפליטים"):
# the words after them say what the figure is about.
# Arabic words that lead to an amount ("بنسبة 3 %", "بمبلغ"): no part of what the amount is of.
# (with "ل" too: "ظل خامدا لنحو 800 عام", for about 800 years)
AR_LEADS = ("بنسبة", "بمعدل", "بمقدار", "بمبلغ", "بقيمة", "بحوالي", "بنحو", "لنحو", "لحوالي", "بواقع")
AR_MEASURE = (
    r"(?:مدة|فترة|عمق|مساحة|ارتفاع|طول|عرض|مسافة|قوة|سرعة|وزن|درجة|درجات|عدد|"
    r"نسبة|قيمة|حجم|إجمالي|اجمالي|مجموع|حصيلة|معدل|سعر|أسعار|تكلفة|كلفة|ميزانية|أعداد|كمية|كميات)"
)
HE_MEASURE = r"(?:גובה|עומק|אורך|רוחב|מרחק|משקל|מהירות|שטח|מספר|שיעור|היקף|סך|עלות|מחיר|כמות|מניין|תקציב|שווי)"
# What follows an Arabic figure and is no noun of it: its source ("حسبما ذكر الاتحاد") or a conversion into another
# unit ("2 مليار دولار بما يعادل 35 مليار جنيه", "أي ما يوازي"), the same quantity put another way.
AR_NO_NOUN_AFTER = r"\s*(?:حسبما|وفقما|طبقا|وفقا|حسب|بحسب|(?:أي\s+|ب)?ما\s+(?:يعادل|يوازي|يساوي))(?!\w)"
# The same conversion read from the figure after it: what that figure counts is the first sum's (`share_conversions`).
AR_CONVERTED_BEFORE = r"(?<!\S)(?:أي\s+|ب)?ما\s+(?:يعادل|يوازي|يساوي)(?:\s+(?:نحو|حوالي|حوالى|قرابة|زهاء))?\s*$"
# The unit an Arabic price is quoted per, after the sum: "للبرميل", "للطن", "للأونصة", "للغرام", "للسهم", "للتر".
AR_PER_UNIT = (
    r"^\s*لل(?:برميل|طن|أونصة|اونصة|أوقية|اوقية|غرام|جرام|كيلو|كيلوغرام|كيلوجرام|لتر|سهم|متر|ميغاواط|كيلوواط)"
    r"(?![\u0621-\u064a])"
)
# Arabic verbs of reaching and changing ("نسبة المشاركة بلغت 45 %"): the end of a measure's complement.
AR_VERB = (
    r"(?:[وف]?(?:بلغ|بلغت|س?يبلغ|س?تبلغ|وصل|وصلت|س?يصل|س?تصل|ارتفع|ارتفعت|يرتفع|ترتفع|انخفض|انخفضت|ينخفض|تنخفض|تجاوز|"
    r"تجاوزت|يتجاوز|تتجاوز|تراجع|تراجعت|يتراجع|تتراجع|زاد|زادت|يزيد|تزيد|قدر|قدرت|يقدر|تقدر|إلى|الى|"
    # (the other verbs of change headlines put after their subject: "أرباح الشركة تهبط 22%", "مبيعات ... تقفز")
    r"قفز|قفزت|يقفز|تقفز|هبط|هبطت|يهبط|تهبط|صعد|صعدت|يصعد|تصعد|نما|نمت|ينمو|تنمو|نزل|نزلت|ينزل|تنزل|"
    r"لتصل|ليصل|لتبلغ|ليبلغ|لترتفع|ليرتفع|لتنخفض|لينخفض|"
    # (a result after ل, as market reports close a change: "ارتفع المؤشر 1.2 % ليغلق عند 6540 نقطة")
    r"ل[يت](?:غلق|ستقر|سجل|هبط|قفز|صعد|تراجع|تجاوز|حقق|تخطى|نهي|ختتم)))"
)
# "ارتفعت الأرباح بنسبة 12 % لتصل إلى 2.5 مليار": the level the same thing reached.
AR_REACHING = re.compile(
    # ("بنسبة 6.1%، وصولا إلى 42.9 مليار": "reaching", the verbal noun, as "لتصل")
    r"(?:لتصل|ليصل|لتبلغ|ليبلغ|لترتفع|ليرتفع|لتنخفض|لينخفض|وصولا|وصولاً)\s+(?:إلى|الى)?\s*$"
    r"|ل[يت](?:غلق|ستقر|نهي|ختتم)\s+(?:عند|على)\s+(?:مستوى\s+)?$|ل[يت](?:سجل|بلغ|تخطى|تجاوز)\s+(?:مستوى\s+)?$"
)
# Hebrew verbs of reaching and changing that stand between a subject and its figure
# ("האבטלה עלתה ל-5%"), and the copulas ("עלות הפרויקט היא 12 מיליון").
HE_VERB = (
    r"(?:עלה|עלתה|עלו|ירד|ירדה|ירדו|הגיע|הגיעה|הגיעו|עמד|עמדה|עמדו|צנח|צנחה|צנחו|זינק|זינקה|זינקו|טיפס|טיפסה|"
    r"הסתכם|הסתכמה|הסתכמו|מסתכם|מסתכמת|נאמד|נאמדת|עומד|עומדת|מגיע|מגיעה|היא|הוא|הם|הן|היה|הייתה|היו|"
    r"התחזק|התחזקה|נחלש|נחלשה|קפץ|קפצה|נסק|נסקה|נפל|נפלה|התכווץ|התכווצה|"
    r"גדל|גדלה|גדלו|צמח|צמחה|צמחו|הוכפל|הוכפלה|הוכפלו|התייקר|התייקרה|הוזל|הוזלה|נמשך|נמשכה|נמשכו|ארך|ארכה|ארכו|"
    # (the present of market copy: "האירו מתחזק ב-1.65% לרמה של", "מניות הבנק צונחות ב-3.5%")
    r"מתחזק|מתחזקת|מתחזקים|נחלשת|נחלשים|יורד|יורדת|יורדים|יורדות|מזנק|מזנקת|מזנקים|צונח|צונחת|צונחים|צונחות|"
    r"מטפס|מטפסת|מטפסים|מאבד|מאבדת|מאבדים|מאבדות|מוסיף|מוסיפה|מוסיפים|נסחר|נסחרת|נסחרים|"
    # (and their past: "מניית החברה איבדה 8.2% מערכה", "המדד הוסיף 1.2%")
    r"איבד|איבדה|איבדו|הוסיף|הוסיפה|הוסיפו|"
    # (a verb of going on or starting with the infinitive of change: "מחירי הדירות המשיכו לעלות ב-0.5%")
    # and the modals of forecasts: "הכנסות החברה צפויות לצמוח ב-30%", "הגירעון עלול להגיע ל-4%"
    r"(?:המשיך|המשיכה|המשיכו|ממשיך|ממשיכה|ממשיכים|ממשיכות|החל|החלה|החלו|צפוי|צפויה|צפויים|צפויות|עשוי|עשויה|"
    r"עשויים|עשויות|עלול|עלולה|עלולים|עלולות|אמור|אמורה|אמורים|אמורות)\s+"
    r"ל(?:עלות|רדת|טפס|זנק|צנוח|גדול|צמוח|הגיע|עמוד|הסתכם|התכווץ))"
)


LENGTHS = {"kilometers", "kilometres", "meters", "metres", "miles", "feet", "nautical miles"}
GENERIC_HEADS = {"excess", "upwards", "region",
                  "average", "total", "maximum", "minimum", "sum", "figure", "estimate", "tally", "gennemsnit",
                  # ("The total exports reached an amount of QR133.6bn": what reached it says what it is)
                  "amount",
                  "i alt"}  # fmt: skip
DURATIONS = {"years", "days", "weeks", "months", "hours", "minutes", "decades", "seconds", "år", "dage", "uger",
              "måneder", "timer", "årtier"}  # fmt: skip
BEFORE_PREP = re.compile(r"\b((?:[a-z][\w'’-]*\s+){0,2}[\w'’-]+)\s+(?:for|within|over|in|with|into|i|på|inden for)"
                          r"(?:\s+(?:up to|at least|at most|almost|about|nearly|more than|less than|just|only|some|"
                          r"around|over|under|the|a|an|another))*\s*$", re.IGNORECASE)  # fmt: skip


# A part and its whole: "153 out of 300 seats", "153 of 300", "153 ud af 300", "153 من أصل 300", "153 מתוך 300".
OUT_OF = re.compile(
    r"\s*(?:out of|of|ud af|af|من أصل|من بين|من|מתוך|מבין)\s*"
    # ("10 of her past 11 matches", "three of their previous five games": the run a part is taken from)
    r"(?:(?:the|its|their|his|her|our|last|first|past|previous|next|de|sine|sidste)\s+)*"
)
QUALIFIER_LEFT = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|over|under|more than|less than|up to|at least|"
    r"as (?:many|much|few|little|high|low) as|upwards of|close to|in excess of|an estimated|"
    r"omkring|cirka|næsten|over|under|mindst|op til|omtrent|op i?mod|i omegnen af|i størrelsesordenen)\s*$",
    re.IGNORECASE,
)


JOINED = re.compile(r"(?:^|\s)(?:and|or|og|eller|to|til|while|whereas|mens|against|mod|versus|مقابل|לעומת|מול)\s+$")


# An approximating word after a figure, before what it counts: "80 % تقريبا من الأنفاق", "20 or so houses",
# "20-plus years", "ב-30 אחוז בערך מהמשקים", "100 eller flere". It qualifies the number and says nothing of what is
# counted.
APPROX_AFTER = re.compile(
    r"^\s*(?:or\s+so|or\s+more|or\s+fewer|or\s+less|-odd|odd|-plus|eller\s+flere|eller\s+mere|cirka|"
    r"تقريبا|تقريباً|على\s+الأقل|على\s+الأكثر|أو\s+أكثر|فأكثر|בערך|לפחות|או\s+יותר)(?![\w\u0600-\u06ff])"
    r"|^\+(?=\s*[A-Za-z])",  # "10,000+ visitors", "230,000+ Acres Burned": "or more" written as a sign
    re.IGNORECASE,
)
# A minus before a figure, its sign written against the digits after a space ("-5 degrees", "−12C", "(-3%") or
# as a word ("minus 40 degrees"): the figure is negative.
# (and the word in Hebrew with its glued prefix, "ב מינוס 18 מעלות", "למינוס 5")
MINUS_SIGN = re.compile(r"(?:^|[\s(])[-−]$|\bminus\s+$|(?<![\u05d0-\u05ea])[ובלמ]?-?מינוס\s+$", re.IGNORECASE)
# Below zero after a figure ("15 degrees below zero", "10 درجات تحت الصفر"): the figure is negative.
BELOW_ZERO = re.compile(
    r"^\s*(?:(?:degrees?|grader?|درجات|درجة|מעלות)\s+)?(?:(?:Celsius|celsius|مئوية)\s+)?"
    r"(?:below\s+zero|below\s+freezing|under\s+nul|frost|تحت\s+الصفر|מתחת\s+לאפס)"
)


# Common irregular past tenses (a regular one ends in -ed): they end an English noun phrase.
PAST_VERBS = {
    "came", "went", "took", "gave", "found", "told", "began", "became", "brought", "thought", "felt", "ran", "sent",
    "met", "led", "knew", "put", "set", "fled", "fought", "sought", "spoke", "wrote", "chose", "broke", "drove",
    "rode", "grew", "threw", "flew", "drew", "forgot", "hid", "built", "bought", "caught", "taught", "sold", "stole",
    "struck", "swore", "tore", "wore", "woke", "understood", "meant",
}  # fmt: skip
# Prepositions and connectives outside the stop list that start another phrase: "the plant | near the port".
PHRASE_ENDS = {
    "near", "about", "around", "among", "amid", "between", "behind", "beyond", "via", "like",
    "toward", "towards", "despite", "because", "than", "where", "whose", "whom", "due",
}  # fmt: skip
# Nouns of phrasal prepositions ("in the midst of", "in the wake of", "in the course of"): no complement.
IN_PHRASES = {
    "midst", "wake", "course", "middle", "process", "name", "way", "order", "hope", "light", "part", "spite", "case",
    "terms", "favour", "favor", "face", "run-up", "aftermath", "form", "end", "start", "connection", "response",
    "addition", "relation", "accordance",
}  # fmt: skip
SPELLED_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred",
                  "thousand", "million", "billion"}  # fmt: skip
