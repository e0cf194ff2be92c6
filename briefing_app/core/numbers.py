"""Numbers in running text, in any script: find them, read them, write them back.

Why one module: the key-facts figures and the fidelity check must agree exactly on what a number is,
or a check would flag a figure the facts section shows correctly. Everything here is a pure function.

Reading rules:

* digits in any script: ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹); the Arabic separators ٬ (thousands)
  and ٫ (decimal) mean the same in every language;
* "." and "," depend on the language: Danish (and other continental languages) write 1.300 = 1300 and
  1,5 = 1.5; English, Arabic and Hebrew write 1,300 and 1.5. Groups separated by a (no-break) space
  ("1 300") are thousands where the language writes them so;
* scale words after a number multiply it (14,2 milliarder = 14.2e9, 300 ألف = 300,000; `raw` keeps
  14.2), and so do English suffixes against the digits ("$10bn", "5.17bn", "10k"; "£264m" and "100m
  euros" only with a currency, since "100m" alone is metres); a currency sign or word is kept as ISO 4217;
* spelled-out numbers: English and Danish fully up to the thousands, Arabic and Hebrew units, tens and
  common dual forms (يومين "two days", פעמיים "twice");
* a qualifier before the number ("more than", "at least", "omkring", "أكثر من", "כ-") and a range
  ("two or three", "6 עד 8", "2-3") are kept with it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from briefing_app.core.bracketed_numbers import bracket_closed_after, bracket_opened_before
from briefing_app.core.compound_scales import stacked_scale
from briefing_app.core.decimal_comma_ar import ar_decimal_comma
from briefing_app.core.decimal_zeros_en import decimal_before_scale
from briefing_app.core.dotted_thousands_ar import ar_dotted_thousands
from briefing_app.core.indian_groups import indian_grouped
from briefing_app.core.millions_by_subject import millions_by_subject
from briefing_app.core.money_ar import arabic_currency
from briefing_app.core.regex_start import hinted
from briefing_app.core.spelled_en import read_cardinal, year_in_words

NumberKind = Literal["number", "percent", "year", "time"]

_DIGIT_MAP = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGIT_MAP.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
AR_THOUSANDS, AR_DECIMAL = "\u066c", "\u066b"  # ٬ ٫

# Languages that write 1.300 for 1300 and 1,5 for 1.5.
DECIMAL_COMMA = frozenset(
    {"da", "de", "nl", "no", "nb", "nn", "sv", "fi", "fr", "es", "it", "pt", "pl", "ru", "uk", "cs", "tr", "id", "el"}
)
# Languages that group thousands with a space ("1 300").
SPACE_GROUPS = frozenset({"da", "fr", "no", "nb", "nn", "sv", "fi", "pl", "ru", "uk", "cs", "de"})
_SPACES = " \u00a0\u202f\u2009"

_D = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
# Currency abbreviations written against the digits ("RM1.72 million", "Rs500", "KSh3,000"; the wires' "GBP46.50",
# "USD2.4 billion"): each its own
# look-behind, as they differ in length.
# ("Rs.500,000": the rupee's abbreviation keeps its full stop against the digits)
# (East African papers write shillings "Sh500 million" in Kenya and Tanzania, "Shs500m" in Uganda)
# (and the Gulf's "Dh500 million", "QR5m")
# (and the Kenyan papers' "Kes1.5 million", the ISO code written as a word)
# (and the Gulf papers' ISO codes of their own currencies, "AED151 million", "OMR3.1 million", "BHD12.5 million",
# with Kuwait's "KD3.4 million"; and the wires' "EGP1.2bn", "INR500 crore", "NGN3trn")
_GLUED = ("RM", "Rs", "Rs.", "Rp", "Tk", "KSh", "Ksh", "Kshs", "KSh.", "Ksh.", "Kshs.", "Kes", "Sh", "Shs", "TSh",
          "Tsh", "USh", "Ush", "Dh", "Dhs", "QR", "GBP", "USD", "EUR", "JPY", "CHF", "AUD", "CAD",
          "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "INR", "PKR", "NGN", "ZAR", "KD",
          # (and the British financial papers' renminbi and Swiss franc, "Rmb24bn", "SFr2.1bn")
          "Rmb", "RMB", "CNY", "SFr", "Sfr")  # fmt: skip
GLUED_CURRENCY_CODES = _GLUED  # (read by `facts.number_names`: such letters make no model's name)
# (one look-behind per length: the codes of one length share it, as every position of every sentence tries them)
_GLUED_CODES = "|".join(
    rf"(?<=(?<![^\W\d_])(?:{'|'.join(re.escape(c) for c in _GLUED if len(c) == size)}))"
    for size in sorted({len(c) for c in _GLUED})
)
_GLUED_CODES += r"|(?<=\$US)|(?<=\$NZ)|(?<=\$A)"  # ("$US1580 an ounce": the issuer after the dollar sign)
# One numeric token: digit groups joined by separators, an optional clock time.
# (hinted: every position of every sentence is tried, and the look-behinds first cost more than the digit test)
_NUMBER = hinted(
    # (a share written with no whole part, as American copy does: "a .06% decrease"; before a percent sign only)
    r"(?<=[\s(])\.[0-9]+(?=\s*(?:%|per\s?cent\b|percent\b))|"
    rf"(?:(?:(?<![\w.,\u066b\u066c])|(?<=(?<![^\W\d_])[NR])|{_GLUED_CODES})"
    # (the Arabic comma "،" between thousands only before exactly three digits: "1،748"; "1، 2" is a list)
    rf"{_D}+(?:[.,\u066b\u066c\u00a0\u202f\u2009 ]{_D}+|\u060c{_D}{{3}}(?!{_D}))*(?::{_D}{{2}})?)"
)  # after "N" or "R" only for a naira or rand amount ("N50,000"): `_digit_tokens` drops the others ("N95")


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits replaced by ASCII ones (same length)."""
    return text.translate(_DIGIT_MAP)


def _read_groups(token: str, decimal_comma: bool, space_groups: bool) -> float | None:
    """The value of one digit token under one convention, or None when it cannot be read so."""
    t = ascii_digits(token).replace(AR_THOUSANDS, ",").replace("\u060c", ",").replace(AR_DECIMAL, "\x00")
    for space in _SPACES:
        if space in t:
            parts = t.split(space)
            if not space_groups or not all(len(p) == 3 and p.isdigit() for p in parts[1:]):
                return None
            t = t.replace(space, "")
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    t = t.replace("\x00", decimal)
    if t.count(decimal) > 1:
        return None
    whole, _, frac = t.partition(decimal)
    whole = whole or ("0" if t.startswith(decimal) and frac else whole)  # ".06": no whole part written
    if thousands in whole:
        groups = whole.split(thousands)
        indian = indian_grouped(whole, thousands)  # "1,42,201 units": lakhs and crores set the commas
        if not indian and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None  # "47.3" in Danish, "14,2" in English: not this convention's thousands
        whole = "".join(groups)
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    return float(f"{whole}.{frac}" if frac else whole)


def parse_number(token: str, language: str) -> float | None:
    """Read a digit token ("1,300", "1.300", "٣٬٤٠٠", "14,2") the way `language` writes numbers."""
    lang = language.split("-")[0].lower()
    return _read_groups(token, lang in DECIMAL_COMMA, lang in SPACE_GROUPS)


def readings(token: str, language: str) -> list[float]:
    """Every plausible value of a token: the language's own reading first, then the other convention's.

    The fidelity check uses this so "1,300" copied unchanged into a Danish sentence still matches 1300
    (and is reported as written the English way) rather than as a changed number.
    """
    lang = language.split("-")[0].lower()
    values: list[float] = []
    for comma in (lang in DECIMAL_COMMA, lang not in DECIMAL_COMMA):
        for spaces in (lang in SPACE_GROUPS, True):
            value = _read_groups(token, comma, spaces)
            if value is not None and value not in values:
                values.append(value)
    return values


# -- spelled-out numbers ----------------------------------------------------------------------------

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "twice": 2,
    "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9,
    # multiplicatives in one word ("rose tenfold")
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
    "ninefold": 9, "tenfold": 10, "twentyfold": 20, "hundredfold": 100, "thousandfold": 1000,
}  # fmt: skip
_EN_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
_DA_UNITS = {
    "nul": 0, "én": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "fyrretyve": 40, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
    "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
    "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90, "dusin": 12, "dobbelt": 2, "halvanden": 1.5,
    "halvandet": 1.5, "hundrede": 100, "tusind": 1000, "tusinde": 1000, "million": 1e6, "milliard": 1e9,
}  # fmt: skip
# Danish writes 21-99 as one word, units first: "enogtyve" (one-and-twenty), "femoghalvtreds" (55).
_DA_COMPOUND = re.compile(
    r"(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|fyrre|fyrretyve|halvtreds|tres|halvfjerds|firs|halvfems)"
)
_AR_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4,
    "أربع": 4, "اربعة": 4, "اربع": 4, "اربعون": 40, "اربعين": 40,  # (the hamza often left off in news copy)
    "خمسة": 5, "خمس": 5, "ستة": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "مئة": 100, "مائة": 100, "ألف": 1000, "ثمان": 8, "ست": 6,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مائتي": 200, "مئتي": 200, "مائتا": 200, "مئتا": 200, "مائتان": 200, "مئتان": 200, "مائتين": 200, "مئتين": 200,
    "ثلاثمائة": 300,
    "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500, "خمسمئة": 500, "ستمائة": 600, "ستمئة": 600,
    "سبعمائة": 700, "سبعمئة": 700, "ثمانمائة": 800, "ثمانمئة": 800, "تسعمائة": 900, "تسعمئة": 900,
    "ألفين": 2000, "ألفان": 2000, "ألفي": 2000, "مليون": 1e6, "مليار": 1e9,
    # ("تتجاوز حاجز التريليون درهم": a trillion, as "المليار" is a billion; "بليون" is the Levantine billion)
    "تريليون": 1e12, "بليون": 1e9,
    # "اثنا عشر" (12) starts with these; the duals of million and billion are two of them
    # (and its alef written with a hamza, as often in Gulf copy: "أثنان وتسعون مليوناً"; not "أثنين", Monday's spelling)
    "أثنان": 2, "إثنان": 2, "أثنتان": 2, "إثنتان": 2,
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "مليونين": 2e6, "مليونان": 2e6, "مليوني": 2e6,
    "مليارين": 2e9, "ملياران": 2e9, "ملياري": 2e9,
}  # fmt: skip
# Arabic duals name two of something in one word: the figure and what it counts.
_AR_DUALS = {
    "يومين": "days", "يومان": "days", "طفلان": "children", "طفلين": "children", "شخصان": "people",
    "شخصين": "people", "ساعتين": "hours", "أسبوعين": "weeks", "شهرين": "months", "عامين": "years",
    "سنتين": "years", "مرتين": "times", "ضعفي": "times", "ضعفين": "times", "ضعفا": "times",
    # (and the nominative of the spans of time, as a subject or predicate: "مدة البناء سنتان ونصف", 2.5 years)
    "ساعتان": "hours", "أسبوعان": "weeks", "شهران": "months", "عامان": "years", "سنتان": "years",
}  # fmt: skip
_HE_UNITS = {
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4, "חמישה": 5,
    "חמש": 5, "שישה": 6, "שש": 6, "שבעה": 7, "שבע": 7, "שמונה": 8, "תשעה": 9, "תשע": 9, "עשרה": 10,
    "עשר": 10, "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "מאה": 100, "אלף": 1000, "פעמיים": 2,
    "שתי": 2, "שני": 2, "שתים": 2, "ששים": 60, "שישים": 60, "שבעים": 70, "שמונים": 80, "תשעים": 90,
    "מאתיים": 200, "אלפיים": 2000, "מיליון": 1e6, "מיליארד": 1e9, "שנתיים": 2, "יומיים": 2, "שבועיים": 2,
    "חודשיים": 2, "שעתיים": 2, "דקותיים": 2,
    # the construct state before a noun or a scale: "שלושת אלפים" (3,000), "עשרת אלפים"
    "שלושת": 3, "ארבעת": 4, "חמשת": 5, "ששת": 6, "שבעת": 7, "שמונת": 8, "תשעת": 9, "עשרת": 10,
}  # fmt: skip
_HE_PREFIXES = "ובלמכהש"
_AR_PREFIXES = ("و", "ب", "ل", "ف")

_SCALES: dict[str, dict[str, float]] = {
    "en": {"hundred": 100, "thousand": 1e3, "thousands": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
           "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "bln": 1e9,  # (the agency headline style)
           # (and the short "mil" of wire and trade copy, spaced from the digits: "sales topped 510 mil units")
           "mil": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
           "dozen": 12},
    "da": {"hundrede": 100, "tusind": 1e3, "tusinde": 1e3, "tusinder": 1e3, "million": 1e6, "millioner": 1e6,
           "mio.": 1e6, "mio": 1e6, "mill.": 1e6, "milliard": 1e9, "milliarder": 1e9, "mia.": 1e9, "mia": 1e9,
           "billion": 1e12, "billioner": 1e12},
    "ar": {"مائة": 100, "مئة": 100, "ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "ألفا": 1e3, "الفا": 1e3,
           "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
           "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9, "تريليون": 1e12,
           # (the plural and the accusative of the trillion, as of the billion: "4 تريليونات درهم")
           "تريليونات": 1e12, "تريليونا": 1e12,
           # (the trillion spelled without its first yaa, as Lebanese copy prints it: "257.5 ترليون ليرة")
           "ترليون": 1e12, "ترليونات": 1e12, "ترليونا": 1e12},
    "he": {"מאות": 100, "אלף": 1e3, "אלפים": 1e3, "אלפי": 1e3, "מיליון": 1e6, "מיליונים": 1e6, "מיליוני": 1e6,
           "מיליארד": 1e9, "מיליארדים": 1e9, "מיליארדי": 1e9, "טריליון": 1e12,
           # the short spellings news also prints ("1.3 מליארד ש״ח", "5 מליון")
           "מליארד": 1e9, "מליארדי": 1e9, "מליון": 1e6, "מליוני": 1e6},
}  # fmt: skip
# Scale suffixes written against the digits in English news: "$10bn", "£264m", "10k". A bare "m" is
# also metres ("a 100m sprint"), so it only scales money: a currency sign before or a currency word after.
# (also "£45million", and Danish "81mio. kr.")
_SUFFIX = re.compile(r"(million|billion|trillion|bln|mln|trn|bn|tn|mn|mio|mia|m|k|b|B|M|K)(?![^\W\d_])")
_CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₪": "ILS", "US$": "USD", "C$": "CAD",
                   "CA$": "CAD", "Can$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD",
                   "S$": "SGD", "₹": "INR", "₦": "NGN", "R$": "BRL", "NT$": "TWD", "E£": "EGP", "GH¢": "GHS",
                   "GH₵": "GHS", "₵": "GHS", "₺": "TRY", "₩": "KRW", "₱": "PHP",
                   # (Australian and New Zealand copy writes the issuer after the sign: "$US1580 an ounce")
                   "$US": "USD", "$A": "AUD", "$NZ": "NZD"}  # fmt: skip
# The letters of the dollar signs above ("US", "HK", "CA"), longest first: read by the facts' figure readers, for
# which they are no word of what a sum counts.
DOLLAR_SIGN_LETTERS = tuple(sorted((s[:-1] for s in _CURRENCY_SIGNS if s.endswith("$") and s != "$"), key=len,
                                   reverse=True))  # fmt: skip
# Currency codes and abbreviations written before an amount ("USD 5 million", "KSh 3,000", "Rs. 500"): the ISO
# 4217 codes of currencies news often names, and the local abbreviations of some (Kenyan, Tanzanian and Ugandan
# shillings, rupees, Indonesian rupiah, Malaysian ringgit, Bangladeshi taka).
_CODES_BEFORE = {code: code for code in (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "PKR", "BDT", "LKR", "NPR", "KES", "TZS", "UGX", "NGN", "GHS", "ZAR",
    "EGP", "MAD", "TND", "DZD", "ETB", "ZMW", "MWK", "XOF", "XAF", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "RUB",
    "UAH", "TRY", "IRR", "IQD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "LBP", "SYP", "ILS", "DKK", "SEK",
    "NOK", "ISK", "CHF", "PLN", "CZK", "HUF", "RON", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "KRW", "IDR", "MYR",
    "PHP", "THB", "VND", "MMK", "AFN", "KZT")} | {
    "RMB": "CNY", "NIS": "ILS", "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "Kes": "KES", "Sh": "KES", "Shs": "UGX",
    "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX", "Dh": "AED", "Dhs": "AED", "QR": "QAR", "SR": "SAR",
    "Rs": "INR", "Rp": "IDR", "RM": "MYR", "Tk": "BDT",
    # (Kuwaiti copy writes its dinar "KD": "a profit of KD3.4 million"; Omani copy its rial "RO": "RO 660.6 million")
    "KD": "KWD", "RO": "OMR",
    # (Egyptian copy writes its pound "LE", livre égyptienne: "about LE 5.5 trillion")
    "LE": "EGP",
    # (British financial copy writes the renminbi "Rmb" and the Swiss franc "SFr", glued: "profit of Rmb24bn",
    # "sales of SFr2.1bn")
    "Rmb": "CNY", "SFr": "CHF", "Sfr": "CHF",
    # (Kenyan copy also writes the shilling in lower case, spaced: "to collect sh 60 billion")
    "sh": "KES", "ksh": "KES", "kshs": "KES"}  # fmt: skip
CODES_BEFORE = frozenset(_CODES_BEFORE)  # (read by `facts.glued_signs_en`: such a code is no word of what is counted)
_CODE_BEFORE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(_CODES_BEFORE, key=len, reverse=True)) + r")\.?[ \u00a0]?$"
)
# One letter against the digits of a naira or rand amount ("N50,000", "R5 billion"), taken as money only with a
# thousands group or a scale after it, which a model's name ("N95", "R2") does not have.
_LETTER_BEFORE = {"N": "NGN", "R": "ZAR"}
# Currency words after a number (and its scale), per language: ISO 4217 codes.
_CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "en": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
           "sterling": "GBP", "shekel": "ILS", "shekels": "ILS", "kroner": "DKK", "krone": "DKK", "yen": "JPY",
           "usd": "USD", "eur": "EUR", "gbp": "GBP", "dkk": "DKK", "ils": "ILS", "nis": "ILS", "naira": "NGN",
           "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "ringgit": "MYR", "rupiah": "IDR",
           # (wire copy pluralises the ringgit: "a loss of 4.7 million ringgits")
           "ringgits": "MYR",
           "baht": "THB", "rand": "ZAR", "lira": "TRY", "liras": "TRY", "hryvnia": "UAH", "roubles": "RUB",
           "rubles": "RUB", "kwacha": "ZMW", "cedis": "GHS", "pesos": "MXN", "reais": "BRL", "francs": "CHF",
           # (East African copy names the shilling alone: "rose to 8.53 billion shillings"; Kenya's is the most
           # printed, and "Tanzanian/Ugandan shillings" are read with their issuer)
           "shillings": "KES", "shilling": "KES",
           # (the West African CFA franc, the one of the two CFA francs news copy names most: "300 million CFA")
           "cfa": "XOF",
           # (Gulf copy in English names its currency alone: "an extra 20bn dirhams", "5 billion riyals"; the UAE's
           # dirham and the Saudi riyal are the ones it prints most, and "Moroccan dirhams", "Qatari riyals" are read
           # with their issuer; dinars and rials, each of many countries, stay words: `facts.figure_words`)
           "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR"},
    "da": {"kroner": "DKK", "kr.": "DKK", "kr": "DKK", "krone": "DKK", "dollar": "USD", "dollars": "USD",
           "euro": "EUR", "pund": "GBP", "dkk": "DKK", "usd": "USD", "eur": "EUR",
           # the genitive ("en 20.000 kroners bøde") and the currencies of the 1990s papers (ISO 4217, the
           # withdrawn ones with their historical codes)
           "kroners": "DKK", "dollars'": "USD", "d-mark": "DEM", "francs": "FRF", "franc": "FRF", "gylden": "NLG",
           "lire": "ITL", "yen": "JPY", "rubler": "RUB", "rubel": "RUB", "ecu": "XEU", "sek": "SEK", "nok": "NOK"},
    "ar": {"دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "شيكل": "ILS", "شيقل": "ILS",
           "جنيه": "GBP", "كرونة": "DKK"},
    "he": {"דולר": "USD", "יורו": "EUR", "אירו": "EUR", 'ש"ח': "ILS", "ש״ח": "ILS", "שקל": "ILS", "שקלים": "ILS",
           "ליש\"ט": "GBP", "ליש״ט": "GBP", "דולרים": "USD", "ל\"י": "ILP", "ל״י": "ILP"},
}  # fmt: skip

_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("more than", "at least", "fewer than", "less than", "up to", "at most", "almost", "nearly", "about",
           "around", "approximately", "roughly", "over", "some", "under", "just over", "just under", "about",
           # approximations news also writes, which must not hide what the clause before counts ("prices rose by
           # as much as 20%")
           "as many as", "as much as", "as few as", "as little as", "as high as", "as low as", "upwards of",
           "close to", "in excess of", "an estimated", "well over", "well under", "a little over",
           "a little under", "just below", "just above", "in the region of",
           # (a negated comparison is the opposite bound, as Arabic "لا يقل عن": "no fewer than 143 suspects" is at
           # least 143, never "fewer than 143")
           "no fewer than", "no less than", "not less than", "not fewer than", "no more than", "not more than"),
    "da": ("mere end", "flere end", "mindre end", "færre end", "op til", "mindst", "omkring", "cirka", "ca.",
           "knap", "næsten", "godt", "over", "under", "højst", "omtrent", "op mod", "op imod",
           # ("besparelser på i omegnen af 100 millioner kroner": "in the region of", no noun of what is counted)
           "i omegnen af", "i størrelsesordenen", "i nærheden af",
           # ("ned med så meget som 2,30 kroner": "as much as", no noun of what is counted)
           "så meget som", "så mange som", "så lidt som", "så få som"),
    "ar": ("أكثر من", "أقل من", "ما يقرب من", "ما يزيد على", "ما يزيد عن", "حوالي", "حوالى", "نحو", "بنحو",
           "قرابة", "زهاء", "ما لا يقل عن", "لا يقل عن", "ما لايقل عن", "لايقل عن", "ما يقارب", "بما يقارب", "يقارب",
           "ما يناهز", "يناهز",
           # ("وصلت لما يقارب 1.4 مليار": "to" glued to "what", no noun left before the figure)
           "لما يقارب", "لما يقرب من", "لما يزيد على", "لما يزيد عن", "لما يناهز",
           "أزيد من", "في حدود", "بحدود"),
    "he": ("יותר מ-", "יותר מ", "פחות מ-", "פחות מ", "לפחות", "קרוב ל-", "כמעט", "עד", "למעלה מ-", "למעלה מ",
           "מעל ל-", "מעל", "בסביבות"),
}  # fmt: skip

# Words joining the two ends of a range, per language ("two or three", "6 עד 8").
_RANGE_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("or a", "or", "to", "-", "–", "and"),
    "da": ("eller", "til", "-", "–", "og"),
    "ar": ("أو", "إلى", "الى", "-", "–", "و"),
    "he": ("או", "עד", "-", "–", "ל-"),
}
_RANGE_NEEDS_BETWEEN = {"and", "og", "و"}
# The minus of a reading below zero before a range's low end, and the joiner then the high end's own minus: weather
# copy writes both signs ("lows of -1C to -4C", "between minus 3 and minus 6"); the range is one figure.
_MINUS_BEFORE = re.compile(r"(?:(?<![\w-])[-−]|\bminus\s+)$", re.IGNORECASE)
_SIGNED_HIGH_END = re.compile(r"(to|and|or)\s*(?:[-−]|minus)", re.IGNORECASE)


# What "one-" makes a span or a count of, as "two-" does: "a one-year contract", "a one-match ban" (not "one-day":
# cricket's "one-day international", "one-day series" name a format).
# (also a margin of one: "a one-point lead" in a poll or a match, "a one-goal win", "a one-vote/one-seat majority")
_ONE_SPANS = frozenset({"year", "month", "week", "hour", "minute", "match", "game", "race", "season", "night", "point",
                        "goal", "vote", "seat", "stroke"})


@functools.lru_cache(maxsize=65536)  # every word of every sentence is looked up: most words recur
def spelled_value(word: str, language: str) -> float | None:
    """The value of one spelled-out number word, prefixes of Arabic and Hebrew allowed."""
    lang = language.split("-")[0].lower()
    w = word.lower()
    if lang == "en":
        if "-" in w:  # twenty-five; "five-year" (a five-year plan) counts five
            a, _, b = w.partition("-")
            b, _, rest = b.partition("-")
            if rest and a in _EN_UNITS and b in _EN_UNITS and _EN_UNITS[a] >= 20 and _EN_UNITS[b] < 10:
                return float(_EN_UNITS[a] + _EN_UNITS[b])  # "a twenty-five-year lease", "a thirty-two-page report"
            if a in _EN_UNITS and b in _EN_FRACTIONS and 1 <= _EN_UNITS[a] <= 9:
                return _EN_UNITS[a] / _EN_FRACTIONS[b]  # "two-thirds", "three-quarters", "one-fifth"
            if a in _EN_UNITS and b in _EN_UNITS and _EN_UNITS[a] >= 20 and _EN_UNITS[b] < 10:
                return float(_EN_UNITS[a] + _EN_UNITS[b])
            if a in _EN_UNITS and b not in _EN_UNITS and a not in ("one", "twice", "dozen"):
                return float(_EN_UNITS[a])
            if a == "one" and b in _ONE_SPANS:
                return 1.0  # "a one-year contract", "a one-match ban" (not "one-off", "one-sided", "one-way")
        return float(_EN_UNITS[w]) if w in _EN_UNITS else None
    if lang == "da":
        m = _DA_COMPOUND.fullmatch(w)
        if m:
            return float(_DA_UNITS["én" if m.group(1) in ("en", "et") else m.group(1)] + _DA_UNITS[m.group(2)])
        return float(_DA_UNITS[w]) if w in _DA_UNITS else None
    if lang == "ar":
        w = strip_arabic_marks(w)
        stems = (w, *(w[len(p) :] for p in _AR_PREFIXES if w.startswith(p) and len(w) > 3))
        stems = (*stems, *(c[:-1] for c in stems if c.endswith("ا") and len(c) > 3))  # أربعاً: accusative
        for candidate in (*stems, *(c[2:] for c in stems if c.startswith("ال") and len(c) > 4)):
            if candidate in _AR_UNITS:
                return float(_AR_UNITS[candidate])
            if candidate in _AR_DUALS:
                return 2.0
        return None
    if lang == "he":
        w = w.replace("\u05be", "-")
        for cut in range(0, 3):
            if cut and not all(c in _HE_PREFIXES for c in w[:cut]):
                break
            if w[cut:] in _HE_UNITS:
                return float(_HE_UNITS[w[cut:]])
        return None
    return None


def dual_unit(word: str) -> str | None:
    """What an Arabic dual counts (يومين -> "days"), or None."""
    w = strip_arabic_marks(word)
    for candidate in (w, *(w[len(p) :] for p in _AR_PREFIXES if w.startswith(p))):
        if candidate in _AR_DUALS:
            return _AR_DUALS[candidate]
    return None


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def strip_arabic_marks(text: str) -> str:
    """Arabic without harakat, shadda and tatweel: ملّيمتراً -> مليمترا."""
    return _ARABIC_MARKS.sub("", text)


# -- finding numbers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberMatch:
    """One number found in a text: where, as written, and its value.

    `value` is the normalised value with any scale word applied (and the low end of a range);
    `raw` the digits alone (14.2 for "14,2 milliarder"). `spelled` is true for words ("nine").
    `currency` is the ISO 4217 code of a currency sign or word written with it ("$10bn": USD).
    `foreign` is true for a number that only reads in the other convention ("47.3" in Danish text):
    one number in the wrong style, not two numbers.
    """

    start: int
    end: int
    text: str
    value: float
    raw: float
    kind: NumberKind = "number"
    value_max: float | None = None
    qualifier: str | None = None
    scale: float = 1.0
    spelled: bool = False
    currency: str | None = None
    foreign: bool = False


# A word, Arabic harakat and Hebrew niqqud inside it included (الثّلاثة is one word, not two).
_MARKED_LETTER = r"(?:[^\W\d_]|[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640])"
_WORD = re.compile(rf"[^\W\d_]{_MARKED_LETTER}*(?:[-'\u05be\u05f3\u05f4][^\W\d_]{_MARKED_LETTER}*)*")


# (and the curly mark web copy types for the gershayim: "100,000 ש”ח", read as 'ש"ח' in Hebrew)
_AFTER_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+(?:\.|(?:\"|\u05f4|\u201d)[^\W\d_])?)")
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")
_GLUED_WORD = re.compile(r"([\u0621-\u064a]+)")
# An Arabic scale word with its case ending: tanwin before the alef ("12 ألفًا و728") is as common as after it
# ("ألفاً"); a word read without its marks stopped at the tanwin and left a stray alef between the two parts.
_AR_MARKED_WORD = re.compile(r"[ \u00a0]+([\u0621-\u064a][\u0621-\u064a\u064b-\u0652\u0670\u0640]*)")


# "-plus" glued to a number before its scale word ("a 730-plus million euro fund"): "more than", the scale still
# the number's.
_PLUS_BEFORE_SCALE = re.compile(r"-plus(?=[ \u00a0]+[^\W\d_])", re.IGNORECASE)


def _scale_after(text: str, end: int, lang: str) -> tuple[float, int]:
    """A scale word after the number ("14,2 milliarder", "300 ألف", "5 mio."): its factor and end."""
    if lang == "ar":
        marked = _AR_MARKED_WORD.match(text, end)
        if marked and strip_arabic_marks(marked.group(1)) in _SCALES["ar"]:
            return _SCALES["ar"][strip_arabic_marks(marked.group(1))], marked.end(1)
    if lang == "en" and _PLUS_BEFORE_SCALE.match(text, end):
        factor, scaled_end = _scale_after(text, end + 5, lang)  # "730-plus million euros": over 730 million
        if factor != 1.0:
            return factor, scaled_end
    m = _AFTER_WORD.match(text, end) or (_HYPHEN_WORD.match(text, end) if lang in ("en", "da") else None)
    if m is None and lang == "ar":
        m = _GLUED_WORD.match(text, end)  # "أقل من 10ملايين دولار": a scale typed against its digits
    if m:  # "$20 billion", and joined into an adjective: "a $20-billion package", "a 5-million-euro loan"
        word = m.group(1).lower()
        scales = _SCALES.get(lang, {})
        if lang == "ar":
            word = strip_arabic_marks(word)
        for candidate, cut in ((word, 0), (word.rstrip("."), len(word) - len(word.rstrip(".")))):
            if candidate in scales:
                stacked, stacked_end = stacked_scale(text, candidate, m.end(1) - cut, lang)  # "6 lakh crore"
                return scales[candidate] * stacked, stacked_end
    return 1.0, end


# The word "pounds" written before the digits, where a sign would stand, and the word before it.
_POUNDS_BEFORE = re.compile(r"(?:(\S+)\s+)?pounds\s+$")
_COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "few", "many"}


def _pounds_before(before: str) -> bool:
    """ "wiping pounds 3bn", "(pounds 940m)": sterling as archives print it where "£" was lost; not the end of a
    weight ("7 pounds 3 ounces", "seven pounds 3 ounces")."""
    m = _POUNDS_BEFORE.search(before)
    if m is None:
        return False
    word = (m.group(1) or "").strip("(")
    return not (word[-1:].isdigit() or word.lower() in _COUNT_WORDS)


def _currency_around(text: str, start: int, end: int, lang: str) -> str | None:
    """The ISO 4217 code of a currency sign just before `start` or a currency word just after `end`."""
    # (a space may follow the sign: "US$ 12,000" is no Singapore "S$")
    before = text[max(0, start - 5) : start].rstrip(" \u00a0")
    for sign, code in sorted(_CURRENCY_SIGNS.items(), key=lambda kv: -len(kv[0])):
        if before.endswith(sign):
            return code
    if lang == "en" and _pounds_before(text[max(0, start - 30) : start]):
        return "GBP"  # "wiping pounds 3bn", "(pounds 940m)": sterling as archives print it when "£" was lost
    coded = _CODE_BEFORE.search(text, max(0, start - 7), start)
    if coded:
        return _CODES_BEFORE[coded.group(1)]
    letter = text[start - 1 : start] if start else ""
    if letter in _LETTER_BEFORE and (start < 2 or not text[start - 2].isalnum()):
        # "N50,000", "R5 billion", "N2bn"; and a price in kobo or cents, "N4.86", "R12.50" (no name has them)
        if re.search(r"\d[,.]\d{3}(?!\d)|[^\W\d_]$|^\d{1,3}\.\d\d$", text[start:end]):
            return _LETTER_BEFORE[letter]
        # (one decimal after another such sum just before: "rose to N2.22 from N1.8")
        sibling = rf"(?<![^\W\d_]){letter}\d{{1,3}}\.\d\d?\s+(?:from|to|against|versus|vs\.?)\s+$"
        if re.fullmatch(r"\d{1,3}\.\d", text[start:end]) and re.search(sibling, text[max(0, start - 40) : start - 1]):
            return _LETTER_BEFORE[letter]
    if lang == "he" and text[end : end + 3].lstrip(" \u00a0").startswith("₪"):
        return "ILS"  # "150 ₪": Hebrew writes the sign after the amount
    m = _AFTER_WORD.match(text, end) or (_HYPHEN_WORD.match(text, end) if lang in ("en", "da") else None)
    if m:  # "$20 billion", and joined into an adjective: "a $20-billion package", "a 5-million-euro loan"
        word = m.group(1).lower()
        words = _CURRENCY_WORDS.get(lang, {})
        if lang == "he":
            word = word.replace("\u201d", '"')  # 'ש”ח': a curly gershayim, as web copy types it
        if lang == "ar":
            word = strip_arabic_marks(word).rstrip(".")  # ("مليار جنيه." at a sentence's end is no "جنيه" abroad)
            word = word[1:] if word[:1] in ("ب", "ل") and word[1:] in words else word
            national = arabic_currency(word, strip_arabic_marks(text[m.end() : m.end() + 40]))
            if national:  # "ريال سعودي", "جنيه إسترليني": the word and the issuer's adjective
                return national
        if lang == "en" and word.rstrip(".") in ("pound", "pounds") and _pound_is_weight(text, start, m):
            return None
        if word in words or word.rstrip(".") in words:
            return words.get(word) or words[word.rstrip(".")]
    issuer = _EN_NATIONAL_MONEY.match(text, end) if lang == "en" else None
    if issuer:  # "500 billion US dollars", "20 million Hong Kong dollars", "5,000 Egyptian pounds"
        return _EN_NATIONAL_CURRENCIES[" ".join(issuer.group(1).lower().split())]
    if lang == "da":  # "30 mio. D-mark", "5 mio. svenske kroner": a currency of two parts
        two = re.match(r"[ \u00a0]+([^\W\d_]+)(-|[ \u00a0]+)([^\W\d_]+)", text[end:])
        if two and two.group(2) == "-" and f"{two.group(1)}-{two.group(3)}".lower() in _CURRENCY_WORDS["da"]:
            return _CURRENCY_WORDS["da"][f"{two.group(1)}-{two.group(3)}".lower()]
        if two and two.group(3).lower() in ("kroner", "kr"):
            return _NORDIC_KRONER.get(two.group(1).lower())
        if two and two.group(2) != "-":  # "5 mio. amerikanske dollars", "2 mia. britiske pund": the issuer's adjective
            return _DA_NATIONAL_MONEY.get((two.group(1).lower(), two.group(3).lower().removesuffix("s")))
    return None


# What a sum of pounds buys or pays: "a 10-pound note", "pounds of taxpayers' money".
# Nouns of goods a money word may modify: "relief supplies", "aid materials" are weighed, "relief" alone is money.
_GOODS = {"supplies", "goods", "materials", "equipment", "food", "items", "cargo", "parcels", "packages"}
_POUND_MONEY_NOUNS = re.compile(
    r"(?:notes?|coins?|fines?|fees?|tickets?|prizes?|bets?|bills?|vouchers?|payments?|bonus(?:es)?|"
    r"cheques?|checks?|deals?|contracts?|loans?|grants?|budgets?|funding|financing|finance|investments?|money|"
    r"cash|capital|funds?|sums?|totals?|costs?|prices?|savings|revenues?|income|debts?|spending|support|aid|"
    r"relief|subsid(?:y|ies)|compensation|damages|tax(?:es)?|profits?|losses|value|worth|new|extra|additional|"
    r"further|private|taxpayers?|public|government|his|her|their|its|our)\b",
    re.IGNORECASE,
)


# A verb or noun of weight right before the amount.
_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|weight\s+of|tip(?:s|ped)?\s+the\s+scales\s+at|shed|gained|put\s+on)\s+"
    r"(?:about|around|nearly|almost|just|over|under|roughly|more\s+than|less\s+than|some)?\s*$",
    re.IGNORECASE,
)


_PAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|paid|pays?|fined|priced|worth|for|earn(?:s|ed)?|won|raised|spent|charged?|owes?|owed)\s+"
    r"(?:(?:about|around|nearly|just|only|over|some|almost)\s+)?$",
    re.IGNORECASE,
)
# Other units of weight in the sentence: pounds beside them are weighed too.
_OTHER_WEIGHTS = re.compile(r"\b(?:kilo(?:gram)?s?|kg|tons?|tonnes?|ounces?|oz|grams?)\b", re.IGNORECASE)


def _pound_is_weight(text: str, start: int, word: re.Match[str]) -> bool:
    """A weight, not sterling: "a 300-pound cover", "500 pounds of fish" (American news weighs in pounds;
    British news writes its money with "£"). A scaled sum ("five million pounds") stays money."""
    if re.search(r"(?:million|billion|m|bn)\s*$", text[start : word.start()], re.IGNORECASE):
        return False
    if _WEIGHED_BEFORE.search(text[max(0, start - 40) : start]):
        return True  # "the console weighs 8.4 pounds", "tipped the scales at 250 pounds", "shed 30 pounds"
    paid = _PAID_BEFORE.search(text[max(0, start - 30) : start]) is not None  # "The ticket cost 40 pounds, or $52"
    if "£" not in text and not paid and (re.search(r"(?:US)?\$\s?\d", text) or _OTHER_WEIGHTS.search(text)):
        return True  # "511 pounds cocaine ... a street value of $23,200,000", "A kilogram is 2.2 pounds": a weight
    rest = text[word.end() :]
    if word.group(0).startswith("-"):  # "a 300-pound manhole cover"
        noun = re.match(r"\s+([^\W\d_]+)", rest)
        return noun is not None and not _POUND_MONEY_NOUNS.match(noun.group(1))
    of = re.match(r"\s+of\s+(?:the\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", rest)  # "500 pounds of fish"
    goods = of is not None and (of.group(2) or "").lower() in _GOODS  # "25,000 pounds of relief supplies": goods
    return of is not None and (goods or not _POUND_MONEY_NOUNS.match(of.group(1)))


# The other Nordic crowns, named by their country's adjective before "kroner".
# A currency word after the country or people that issues it ("US dollars", "Kenyan shillings"): the ISO 4217 code
# of that country's currency (general knowledge; the bare word alone would say USD, GBP or nothing).
_EN_NATIONAL_CURRENCIES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "new zealand": "NZD",
    "hong kong": "HKD", "singapore": "SGD", "taiwan": "TWD", "zimbabwean": "ZWL", "zimbabwe": "ZWL", "british": "GBP",
    "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "swiss": "CHF", "indian": "INR",
    "pakistani": "PKR", "mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "chilean": "CLP",
    "colombian": "COP", "chinese": "CNY", "japanese": "JPY", "south african": "ZAR", "brazilian": "BRL",
    "turkish": "TRY", "russian": "RUB", "saudi": "SAR", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "nigerian": "NGN", "danish": "DKK", "norwegian": "NOK", "swedish": "SEK", "iraqi": "IQD", "jordanian": "JOD",
    "kuwaiti": "KWD", "ukrainian": "UAH", "iranian": "IRR", "qatari": "QAR", "moroccan": "MAD", "tunisian": "TND",
    "ghanaian": "GHS", "zambian": "ZMW", "malawian": "MWK", "ethiopian": "ETB", "israeli": "ILS",
    "omani": "OMR", "bahraini": "BHD", "emirati": "AED", "uae": "AED", "yemeni": "YER", "libyan": "LYD",
    "algerian": "DZD",
}  # fmt: skip
_EN_NATIONAL_MONEY = re.compile(
    r"[ \u00a0]+(" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_EN_NATIONAL_CURRENCIES, key=len,
                                                                              reverse=True))
    + r")[ \u00a0]+(?:dollars?|pounds?|francs?|rupees?|pesos?|yuan|yen|rand|reais|real|lira|liras|roubles?|rubles?|"
    r"riyals?|rials?|shillings?|naira|kron(?:er|or|e)|dinars?|dirhams?|cedis?|kwacha|birr|shekels?|hryvnias?)(?![\w-])",
    re.IGNORECASE,
)
_NORDIC_KRONER = {"svenske": "SEK", "norske": "NOK", "islandske": "ISK", "danske": "DKK", "færøske": "DKK"}
# A dollar, a pound or a franc after its issuer's adjective, as Danish copy translated from English writes "$5m".
_DA_NATIONAL_MONEY = {
    ("amerikanske", "dollar"): "USD", ("canadiske", "dollar"): "CAD", ("australske", "dollar"): "AUD",
    ("hongkongske", "dollar"): "HKD", ("newzealandske", "dollar"): "NZD", ("britiske", "pund"): "GBP",
    ("schweiziske", "franc"): "CHF",
}  # fmt: skip


def currency_code_before(before: str) -> str:
    """`before` without a currency code or abbreviation that ends it ("the fine is Rs. " -> "the fine is ")."""
    coded = _CODE_BEFORE.search(before, max(0, len(before) - 7))
    return before[: coded.start()] if coded else before


# What a bare "m" counts in millions rather than measures in metres: "5m litres", "2m people", "3m tonnes".
_MILLIONS_OF = re.compile(
    r"\s+(?:litres|liters|gallons|barrels|tonnes|tons|people|users|viewers|visitors|voters|passengers|customers|"
    r"subscribers|residents|children|jobs|doses|copies|homes|households|refugees|followers|signatures|bpd|b/d)\b"
)


# A plural noun after a bare "m" (any, not only _MILLIONS_OF's), and the plurals after metres in race and pool
# reports ("the 100m heats", "400m hurdles") that are no count in millions.
# (past an initialism or a people's adjective before the noun: "15m UK households", "2m British savers"; past an
# adjective of a count's growth and a network's generation: "signed 1.2m new 5G subscribers", "3m more users")
_PLURAL_AFTER = re.compile(
    r"\s+(?:(?:new|more|extra|additional|net|fewer)\s+)?(?:(?:[A-Z]{2,4}|\d[A-Z]|[A-Z][a-z]+(?:ish|ian|ese))\s+)?"
    r"(?:[a-z]+-)?"
    r"([a-z]{2,}(?<!ss)(?<!us)(?<!is)s|staff|men|women|cattle|sheep)\b(?!-)"
)
_NOT_COUNTED_IN_MILLIONS = {"heats", "hurdles", "relays", "finals", "races", "sprints", "intervals", "lengths",
                            "metres", "meters", "events", "titles", "records", "splits", "laps", "swims",
                            "semis", "semi-finals"}  # fmt: skip


# A currency sign and the low end of a range of sums, right before its high end: "$65-" of "$65-70M".
_SIGNED_LOW_END = re.compile(r"(?:US\$|[$£€¥])\s?\d[\d.,]*\s*[-–]\s*$")


def _suffix_after(text: str, start: int, end: int, lang: str) -> tuple[float, int]:
    """A scale suffix against the digits ("10bn", "£264m", "10k"): its factor and end."""
    m = _SUFFIX.match(text, end)
    if not m:
        return 1.0, end
    suffix = m.group(1)
    if suffix in ("mio", "mia"):  # Danish "81mio. kr.", "12mia. kr.": the abbreviated scale written against the digits
        if lang != "da":
            return 1.0, end
        return (1e6 if suffix == "mio" else 1e9), m.end() + (text[m.end() : m.end() + 1] == ".")
    if len(suffix) > 3 and lang != "en":
        return 1.0, end  # a scale word glued on is English ("£45million"); a Danish "billion" is a million millions

    def signed() -> bool:
        # (asked only of the suffixes whose reading depends on it, as before; the sign of a range of sums stands
        # before its low end only: "$65-70M", "£5-6m")
        return _currency_around(text, start, m.end(), lang) is not None or (
            lang == "en" and _SIGNED_LOW_END.search(text, max(0, start - 16), start) is not None
        )

    if (suffix.isupper() or suffix == "b") and (lang != "en" or not signed()):
        return 1.0, end  # a capital scale letter (or "b") only on a sum in English headline style: "$44B", "$1.68b"
    if (
        suffix == "m"
        and not signed()
        and not _MILLIONS_OF.match(text, m.end())
        and not (lang == "en" and millions_by_subject(text, start, m.end()))  # "passenger numbers rose to 7.5m"
    ):
        counted = _PLURAL_AFTER.match(text, m.end())
        race = re.search(r"\bthe\s+$", text[max(0, start - 8) : start], re.IGNORECASE) is not None
        if not counted or counted.group(1).lower() in _NOT_COUNTED_IN_MILLIONS or (race and "." not in text[start:end]):
            return 1.0, end  # "the 100m heats", "a 10m wall": metres
        # "1.1m cars", "5m shares", "3m staff": a count in millions of the plural after it (metres are no count)
    factors = {"bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "B": 1e9,
               "b": 1e9, "M": 1e6, "K": 1e3,
               "million": 1e6, "billion": 1e9, "trillion": 1e12}  # fmt: skip
    return factors[suffix], m.end()


# Qualifiers are short: looking further back than this only costs time (the search is anchored at
# the number, and an unbounded prefix made every number cost a scan of the text before it).
_QUALIFIER_WINDOW = 80


@functools.cache
def _qualifier_pattern(lang: str) -> re.Pattern[str] | None:
    """One alternation of the language's qualifiers, longest first, anchored just before a number."""
    qualifiers = sorted({q.rstrip("-") for q in _QUALIFIERS.get(lang, ())}, key=len, reverse=True)
    if not qualifiers:
        return None
    alternation = "|".join(re.escape(q) for q in qualifiers)
    if lang == "he":
        return re.compile(rf"(?<=[\s(])({alternation})[\s\-]*[ובלמ]?-?$", re.IGNORECASE)
    return re.compile(rf"(?<=\W)({alternation})\s+$", re.IGNORECASE)


# A currency sign between a qualifier and its digits ("more than $40bn", "almost US$ 60 billion", "up to £500"): the
# qualifier is the sum's all the same, so the sign is left out of the window it is read from.
_SIGN_BEFORE_DIGITS = re.compile(r"(?<=\s)(?:[A-Z]{0,3}\$(?:US|A|NZ)?|E£|GH[¢₵]|[£€¥₪₹₦₵₺₩₱])[ \u00a0]?$")


# ("north of $20M", "south of £1bn": only before a sum, where no compass is meant)
_NORTH_OF = re.compile(r"(?<=\W)((?:north|south)\s+of)\s+$", re.IGNORECASE)


_QUALIFIER_BEFORE_RE1 = re.compile(r"(?<=\s)([ובלמש]{0,2})כ-?$")


def _qualifier_before(text: str, start: int, lang: str) -> tuple[str | None, int]:
    # A window of the text before the number; a leading space stands in for "start of text".
    offset = max(0, start - _QUALIFIER_WINDOW)
    window = (" " if offset == 0 else text[offset - 1]) + text[offset:start]
    if lang in ("en", "da"):
        signed = _SIGN_BEFORE_DIGITS.search(window)
        window = window[: signed.start()] if signed else window
        north = _NORTH_OF.search(window) if signed and lang == "en" else None
        if north:  # "half have debuted north of $20M": a sum's bound in business slang, as "more than"
            return north.group(1), north.start(1) + offset - 1
    shift = offset - 1
    if lang == "he":
        m = _QUALIFIER_BEFORE_RE1.search(window)
        if m:  # כ-600, בכ-600, מכ-12: "about"
            return "כ-", m.start(1) + shift
    pattern = _qualifier_pattern(lang)
    m = pattern.search(window) if pattern else None
    if m and lang == "en" and m.group(1).lower() == "up to" and _MOVED_UP.search(window[: m.start(1)]):
        return None, start  # "the rate edged up to 65.9 per cent": the verb's particle and the level reached, no bound
    if m:
        return m.group(1), m.start(1) + shift
    return None, start


# A verb of movement right before "up to": the particle is the verb's ("edged up to", "ticked up to", "moved up
# to", "has crept up to"), not the bound "up to".
_MOVED_UP = re.compile(
    r"\b(?:edg|tick|mov|inch|creep|crept|climb|jump|shot|shoot|push|pushed|revis|rev|rose|rise|go|went|gone|"
    r"bump|nudg|ratchet|driv|drove|stepp|step|pick|picked|head|shift|swell|swoll|swell|spik|soar|surg|"
    r"hik|marked|mark|bounc|roar)[a-z]*\s+$",
    re.IGNORECASE,
)


# Thousands grouped by spaces in any language ("241 000", "1\u202f500\u202f000"): groups of three digits after
# a first of one to three. Not after a month ("June 14 300 cyclists": a day, then a count).
_SPACE_GROUPED = re.compile(rf"{_D}{{1,3}}(?:[ \u00a0\u202f\u2009]{_D}{{3}})+")
_ANY_DIGIT = re.compile(_D)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$|\d\s+$")


def _space_grouped(text: str, start: int, token: str, lang: str) -> bool:
    """Whether a space-joined run the language's own reading rejects is still one number in thousands."""
    return (
        _SPACE_GROUPED.fullmatch(token) is not None
        and _MONTH_BEFORE.search(text[max(0, start - 12) : start]) is None
        and _read_groups(token, lang in DECIMAL_COMMA, True) is not None
    )


# The Kuwait News Agency's decimal ("95ر34 دولار" is $34.95, "7ر9 مليون" 9.7 million): the fraction, the letter ر and
# the whole part, in that order in the text (a right-to-left line shows "34ر95", read as 34.95).
_RA_DECIMAL = re.compile(rf"(?<![\w.,\u066b\u066c])({_D}{{1,3}})ر({_D}+)(?![\w.,\u066b\u066c])")


def _digit_tokens(text: str, lang: str) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    if _ANY_DIGIT.search(text) is None:
        return out  # _NUMBER starts with a digit: a sentence without one (most) needs no try at every position
    ra_decimals = list(_RA_DECIMAL.finditer(text)) if lang == "ar" and "ر" in text else []
    for m in ra_decimals:  # (the whole part and the fraction swapped into a token of the same length)
        out.extend(_read_token(text, m.start(), f"{m.group(2)}.{m.group(1)}", lang))
    for m in _NUMBER.finditer(text):
        if any(r.start() <= m.start() < r.end() for r in ra_decimals):
            continue
        token = m.group(0).rstrip(" \u00a0\u202f\u2009")
        start = m.start()
        # A space-joined run is only one number when the language groups thousands so, or when its groups
        # are thousands (three digits each); split otherwise.
        pieces = [(start, token)]
        if any(s in token for s in _SPACES) and parse_number(token, lang) is None:
            if _space_grouped(text, start, token, lang):
                out.extend(_read_token(text, start, token, lang, space_groups=True))
                continue
            pieces, offset = [], start
            for part in re.split(r"([ \u00a0\u202f\u2009])", token):
                if part and part not in _SPACES:
                    pieces.append((offset, part))
                offset += len(part)
        for p_start, p_text in pieces:
            out.extend(_read_token(text, p_start, p_text, lang))
        if start and text[start - 1] in _LETTER_BEFORE and out and out[-1].start == start and out[-1].currency is None:
            out.pop()  # "N95", "R2": a letter and digits that name something, no naira or rand
    return out


# Two or more thousands groups with one separator ("1.457.465", "1,457,465"): one number in some convention.
_OTHER_THOUSANDS = re.compile(rf"{_D}{{1,3}}(?:\.{_D}{{3}}){{2,}}|{_D}{{1,3}}(?:,{_D}{{3}}){{2,}}")
# Thousands groups and then a decimal of one or two digits, the last separator being the decimal point
# ("9.827,72", "9,352.46"; and market copy that groups and points alike, "11.499.38" for 11,499.38): one
# number. A last group of three digits is a thousands group, so such a token never reaches this.
_GROUPED_DECIMAL = re.compile(r"(\d{1,3}(?:[.,]\d{3})+)[.,](\d{1,2})")  # (on ASCII digits)
# One dot then three zeros, after a whole part that is not 0 ("200.000"): "3.250" may be a decimal (a dinar
# has 1,000 fils), three zeros never are.
# In Arabic copy, one dot then three digits ending in a zero ("3.260 قناة"), with no scale word or currency after it
# (where "1.250 مليار" and "3.250 دينار" are decimals): the thousands many Arabic writers group with a dot; a
# decimal is not written with a trailing zero.
_DOTTED_THOUSAND = re.compile(rf"[1-9\u0661-\u0669\u06f1-\u06f9]{_D}{{0,2}}\.{_D}{{2}}[0\u0660\u06f0]")
_AR_MONEY_AFTER = re.compile(r"\s*(?:دينار|ريال|درهم|جنيه|ليرة|دولار|يورو|فلس)")  # "3.250 دينار": dinars and fils
_ZERO_ENDED_GROUP = re.compile(rf"[1-9\u0661-\u0669\u06f1-\u06f9]{_D}{{0,2}}\.[0\u0660\u06f0]{{3}}")


_READ_TOKEN_RE1 = re.compile(r"\s?(%|٪|percent\b|per cent\b|pc\b|pct\b|procent\b|אחוז|بالمئة|بالمائة|في المئة)")


def _read_token(text: str, start: int, token: str, lang: str, *, space_groups: bool = False) -> list[NumberMatch]:
    end = start + len(token)
    if ":" in token:
        hh, _, mm = ascii_digits(token).partition(":")
        if hh.isdigit() and int(hh) < 24 and int(mm) < 60:
            clock = float(int(hh) * 100 + int(mm))
            return [NumberMatch(start, end, token, clock, clock, "time")]
        token, end = token.split(":")[0], start + len(token.split(":")[0])
    value = _read_groups(token, lang in DECIMAL_COMMA, True) if space_groups else parse_number(token, lang)
    foreign = False
    if value is None and (re.fullmatch(rf"{_D}+[.,]{_D}+", token) or _OTHER_THOUSANDS.fullmatch(token)):
        # A separator this language cannot read ("47.3" in Danish, "14,2" in English, "1.457.465" in
        # English or Arabic): the other convention's decimal or thousands. One number in the other style,
        # not two or three numbers.
        readable = [v for v in readings(token, lang) if v is not None]
        if readable:
            value, foreign = readable[0], True
    elif (
        value is not None
        and lang not in DECIMAL_COMMA
        and _ZERO_ENDED_GROUP.fullmatch(token)
        and not decimal_before_scale(text, end, lang)  # "$2.000 billion": a decimal to three places
    ):
        # "200.000" where "." is the decimal point: a fraction of three zeros is not how news writes a
        # decimal (it would be "200"); it is the dot-grouped thousands many Arabic (and European) writers use.
        value, foreign = float(ascii_digits(token).replace(".", "")), True
    if lang == "ar" and value is not None and "," in token:  # "31,049 مليار" beside "23,8 بالمائة": a decimal comma
        decimal = ar_decimal_comma(text, start, end, token)
        value, foreign = (decimal, True) if decimal is not None else (value, foreign)
    grouped = _GROUPED_DECIMAL.fullmatch(ascii_digits(token)) if value is None else None
    if grouped:  # (the pattern's last group is the fraction; every separator before it groups thousands)
        value, foreign = float(f"{re.sub(r'[.,]', '', grouped.group(1))}.{grouped.group(2)}"), True
    if value is None:  # "1.300.00" and the like: read each run of digits alone
        return [
            NumberMatch(start + m.start(), start + m.end(), m.group(0), float(ascii_digits(m.group(0))),
                        float(ascii_digits(m.group(0))))
            for m in re.finditer(_D + "+", token)
        ]  # fmt: skip
    kind: NumberKind = "number"
    after = text[end : end + 9].lower()
    if _READ_TOKEN_RE1.match(after):
        kind = "percent"
    elif value.is_integer() and 1900 <= value <= 2100 and re.fullmatch(_D + "{4}", token) and not (
        re.search(r"[$£€]$", text[max(0, start - 1) : start])  # "the low $2000/tonne mark": a sum, not a year
        or (lang == "he" and HE_CURRENCY_AFTER.match(after))  # "משלם 2000 שקל": a sum, its currency after it
    ):
        kind = "year"
    scale, scale_end = 1.0, end
    if kind == "number":
        scale, scale_end = _suffix_after(text, start, end, lang)
        if scale == 1.0:
            scale, scale_end = _scale_after(text, end, lang)
        closed = bracket_closed_after(text, start, end) if lang == "ar" and scale == 1.0 else None
        if closed is not None:  # "بلغت (22) مليار شيكل": digits in brackets, their scale word after the bracket
            bracketed_scale, bracketed_end = _scale_after(text, closed, lang)
            if bracketed_scale != 1.0:
                scale, scale_end, start = bracketed_scale, bracketed_end, bracket_opened_before(text, start)
    if lang == "ar" and scale > 1 and _OTHER_THOUSANDS.fullmatch(token) and value >= scale:
        scale = 1.0  # "2.314.560 مليون مراجع": the scale word restates the grouped digits' millions, no factor
    currency = _currency_around(text, start, scale_end, lang) if kind == "number" else None
    dotted = lang == "ar" and kind == "number" and scale == 1.0 and currency is None
    if dotted and _DOTTED_THOUSAND.fullmatch(token) and not _AR_MONEY_AFTER.match(text, end):
        value, foreign = float(ascii_digits(token).replace(".", "")), True
    elif dotted and ar_dotted_thousands(text, end, token):  # "36.518 بطاقة": a count noun takes no decimal
        value, foreign = float(ascii_digits(token).replace(".", "")), True
    return [
        NumberMatch(start, scale_end, text[start:scale_end], scaled(value, scale), value, kind, scale=scale,
                    currency=currency, foreign=foreign)
    ]  # fmt: skip


def scaled(value: float, scale: float) -> float:
    """`value` times its scale without the binary fraction's noise: 4.1 × 1e6 is 4,100,000, not 4,099,999.9999999995
    (a briefing shows the figure, and the fidelity check compares it with the translation's)."""
    return float(f"{value * scale:.15g}")


def _compound(text: str, words: list[re.Match[str]], i: int, value: float, lang: str) -> tuple[float, int]:
    """A spelled number written as two words: "fifty eight", ثمانية عشر (18), ثمان وخمسين (58), חמישה עשר.

    Returns the combined value and the index of the last word used (i when there is no compound).
    """
    gap = strip_arabic_marks(text[words[i].end() : words[i + 1].start()]) if i + 1 < len(words) else ""
    if gap not in (" ", "-", "\u05be"):
        return value, i
    nxt = words[i + 1].group(0).lower()
    if lang == "ar":
        nxt = strip_arabic_marks(nxt)
        if nxt == "و" and i + 2 < len(words):  # أربعاً و عشرين: the "and" written apart
            tail = spelled_value(words[i + 2].group(0), lang)
            if tail is not None and 1 <= value <= 9 and 20 <= tail <= 90 and tail % 10 == 0:
                return value + tail, i + 2
            return value, i
    if 1 <= value <= 9 and lang in ("ar", "he") and nxt in ("عشر", "عشرة", "עשר", "עשרה"):
        return value + 10, i + 1
    joined = nxt[1:] if lang in ("ar", "he") and nxt[:1] in ("و", "ו") else (nxt if lang == "en" else "")
    tail = spelled_value(joined, lang) if joined else None
    if tail is None:
        return value, i
    if lang == "en" and 20 <= value <= 90 and value % 10 == 0 and 1 <= tail <= 9:
        return value + tail, i + 1
    if lang in ("ar", "he") and 1 <= value <= 9 and 20 <= tail <= 90 and tail % 10 == 0:
        return value + tail, i + 1  # Arabic: units first (ثمان وخمسين)
    if lang == "he" and 20 <= value <= 90 and value % 10 == 0 and 1 <= tail <= 9:
        return value + tail, i + 1  # Hebrew: tens first (עשרים ושלוש)
    return value, i


_ARTICLES = frozenset({"a", "one", "et", "en", "ét", "én"})


_DA_APPROXIMATELY = frozenset({"omkring", "cirka", "ca", "knap", "godt", "over", "næsten", "små", "mindst"})


def _counted_scale(words: list[re.Match[str]], i: int) -> bool:
    """True unless word i is a bare scale word ("thousand", "tusinde") without "a"/"one"/"et" before it."""
    word = words[i].group(0).lower()
    if word not in (
        "hundred",
        "thousand",
        "million",
        "billion",
        "hundrede",
        "tusind",
        "tusinde",
        "million",
        "milliard",
    ):
        return True
    if i > 0 and word in ("hundrede", "tusind") and words[i - 1].group(0).lower() in _DA_APPROXIMATELY:
        return True  # "omkring hundrede mennesker": Danish leaves out "et" after an approximating word
    if word in ("hundred", "thousand") and _opens_clause(words, i):
        return True  # "Two killed, hundred injured": a headline's bare "hundred" is a hundred
    return i > 0 and words[i - 1].group(0).lower() in _ARTICLES


def _opens_clause(words: list[re.Match[str]], i: int) -> bool:
    """Whether word i starts its text or follows a comma, semicolon or dash, and a lower-case word follows it
    ("hundred injured", not the name "Thousand Oaks")."""
    text, w = words[i].string, words[i]
    lead = text[words[i - 1].end() : w.start()] if i else text[: w.start()]
    nxt = re.match(r"\s+([^\W\d_]+)", text[w.end() :])
    return (
        ((i == 0 and not lead.strip()) or re.search(r"[,;:\u2013\u2014]\s*$", lead) is not None)
        and nxt is not None
        and nxt.group(1).islower()
        and nxt.group(1) != "of"
    )


@functools.cache
def _number_word_pattern(lang: str) -> re.Pattern[str] | None:
    """Any number word of `lang` (prefixes and compounds allowed): most sentences have none, and
    looking every word up costs more than one search that says there is nothing to look up."""
    tables: dict[str, tuple[dict[str, Any], ...]] = {
        # (the Arabic scale words too, in their accusative: "مليونا و19 ألفا و132 برميلا" holds no other number word)
        "en": (_EN_UNITS,), "da": (_DA_UNITS,), "ar": (_AR_UNITS, _AR_DUALS, _SCALES["ar"]), "he": (_HE_UNITS,),
    }  # fmt: skip
    if lang not in tables:
        return None
    words = sorted({w for table in tables[lang] for w in table}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    if lang == "da":
        alternation += "|" + _DA_COMPOUND.pattern
    prefix = {"ar": r"(?:[وبلف]?(?:ال)?)", "he": r"(?:[ובלמכהש]{0,2}-?)"}.get(lang, "")
    return re.compile(rf"(?<![^\W\d_]){prefix}(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def _number_words(lang: str) -> frozenset[str]:
    table = {"en": _EN_UNITS, "da": _DA_UNITS}[lang]
    return frozenset(table) | frozenset(_SCALES.get(lang, {}))


_PLAIN_WORD = re.compile(r"[^\W\d_]+")


def _has_number_word(text: str, lang: str) -> bool:
    """Whether `text` may hold a spelled number: one cheap pass before the word-by-word reading."""
    if lang in ("en", "da"):
        words = set(_PLAIN_WORD.findall(text.lower()))
        return bool(words & _number_words(lang)) or (lang == "da" and any("og" in w for w in words))
    quick = _number_word_pattern(lang)
    return quick is None or quick.search(strip_arabic_marks(text) if lang == "ar" else text) is not None


# (Danish writes the neuter "et halvt" before "år", and often no "og": "mellem to et halvt og seks års fængsel")
_AND_A_HALF = {
    "en": re.compile(r"\s+and\s+a\s+half\b", re.I),
    "da": re.compile(r"\s+og\s+en\s+halv\b|\s+(?:og\s+)?et\s+halvt\b", re.I),
}


def _spelled_tokens(text: str, lang: str) -> list[NumberMatch]:
    if not _has_number_word(text, lang):
        return []
    out: list[NumberMatch] = []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        w = words[i]
        value = spelled_value(w.group(0), lang)
        if value is None and lang == "da" and _half_a_scale(words, i):
            w, value = words[i - 1], 0.5  # "en halv million": half of the scale word after it, from "en"
        whole = _english_whole(text, w, value) if lang == "en" else None
        if whole is not None:  # a cardinal of several groups, a decimal in words, or a year said in words
            if whole.end > whole.start:
                out.append(whole)
            while i < len(words) and words[i].start() < whole.end:
                i += 1
            continue
        pair = _spelled_range(w.group(0), lang) if value is None else None
        top = None
        if pair is not None:  # "otte-ti år": a range of two number words joined by a hyphen
            value, top = pair
        if value is None and lang == "ar" and _eleven(words, i):
            value = 1.0  # "أحد عشر", "إحدى عشرة": "one" only before "ten" ("أحد المسؤولين" is "one of")
        if value is None and lang == "he" and _he_twelve(words, i):
            value = 2.0  # "שנים עשר": "two" only before "ten" ("לפני שנים" is years ago)
        if value is None or (
            lang == "he" and (_beer_sheva(text, w.start()) or _decade_word(words, i) or _he_acronym(text, w.end()))
        ):
            i += 1
            continue
        if lang in ("en", "da") and value >= 100 and not _counted_scale(words, i):
            i += 1  # "many thousands", "hundreds": no number without "a", "one", "et"
            continue
        value, last = _compound(text, words, i, value, lang)
        start, end = w.start(), words[last].end()
        j = last + 1
        half = _AND_A_HALF.get(lang)
        if lang == "en" and value < 100 and re.search(r"-and-a-half(?:-[a-z]+)?$", text[start:end], re.IGNORECASE):
            value += 0.5  # "two-and-a-half", "a three-and-a-half-hour meeting": one hyphenated word
        elif half and value < 100 and (m := half.match(text, end)):
            value, end = value + 0.5, m.end()  # "three and a half years", "to og en halv time"
            while j < len(words) and words[j].start() < end:
                j += 1
        total = value
        # "two hundred", "three thousand", "ti tusind": multiply by a following scale word.
        while j < len(words) and text[end : words[j].start()].strip() == "":
            nxt = words[j].group(0).lower()
            nxt = strip_arabic_marks(nxt) if lang == "ar" else nxt  # "مئة وخمسين ألفًا": the tanween is no letter
            if nxt in _SCALES.get(lang, {}):
                total *= _SCALES[lang][nxt]
                end = words[j].end()
                j += 1
            else:
                break
        scale = total / value if value else 1.0
        high = top * scale if top is not None else None
        # (an Arabic sum of millions in words names its currency as digits do: "بخمسة مليارات دينار كويتي" is KWD,
        # not "كويتي"; smaller sums in words, "عشرة آلاف ليرة", are steps of a scale the sentence sets out)
        money = _currency_around(text, start, end, lang) if lang == "ar" and total >= 1e6 else None
        coded = _CODE_BEFORE.search(text, max(0, start - 7), start) if lang == "en" else None
        money = _CODES_BEFORE[coded.group(1)] if coded else money  # "Rs one crore", "Rs five lakh": a sum in words
        out.append(NumberMatch(start, end, text[start:end], total, value, value_max=high, scale=scale, spelled=True,
                               currency=money))  # fmt: skip
        i = j
    return out


def _english_whole(text: str, w: re.Match[str], value: float | None) -> NumberMatch | None:
    """The English number in words of several groups opening at word `w` (`spelled_en`), or an empty match over
    a year said in words (a date, no number), else None: one word, or a tens-units pair, the reader below takes."""
    if value is None and "-" not in w.group(0):
        return None
    year_end = year_in_words(text, w.start())
    if year_end is not None:
        return NumberMatch(year_end, year_end, "", 0.0, 0.0)
    whole = read_cardinal(text, w.start())
    if whole is None:
        return None
    total, end, _, scale = whole
    coded = _CODE_BEFORE.search(text, max(0, w.start() - 7), w.start())
    return NumberMatch(w.start(), end, text[w.start() : end], total, total / scale, scale=scale, spelled=True,
                       currency=_CODES_BEFORE[coded.group(1)] if coded else None)  # fmt: skip


def _spelled_range(word: str, lang: str) -> tuple[float, float] | None:
    """(low, high) of two Danish number words joined by a hyphen, the first the smaller ("otte-ti", "to-tre")."""
    if lang != "da" or word.count("-") != 1:
        return None
    low, high = (spelled_value(part, lang) for part in word.split("-"))
    return (low, high) if low is not None and high is not None and low < high < 100 else None


def _half_a_scale(words: list[re.Match[str]], i: int) -> bool:
    """Whether word i is the "halv" of Danish "en halv million" (after "en"/"et", before a scale word of one or
    more: "halv" alone is half a thing, or a clock time: "halv seks" is half past five)."""
    if words[i].group(0).lower() != "halv" or i == 0 or i + 1 >= len(words):
        return False
    text = words[i].string
    return (
        words[i - 1].group(0).lower() in ("en", "et")
        and text[words[i - 1].end() : words[i].start()].strip() == ""
        and text[words[i].end() : words[i + 1].start()].strip() == ""
        and words[i + 1].group(0).lower() in ("million", "milliard", "mio", "mia", "mill")
    )


def _eleven(words: list[re.Match[str]], i: int) -> bool:
    """Whether word i is the "one" of the Arabic eleven ("أحد عشر", "إحدى عشرة")."""
    return (
        strip_arabic_marks(words[i].group(0)) in ("أحد", "إحدى", "احد", "احدى")
        and i + 1 < len(words)
        and strip_arabic_marks(words[i + 1].group(0)) in ("عشر", "عشرة")
    )


def _he_twelve(words: list[re.Match[str]], i: int) -> bool:
    """Whether word i is the "two" of the Hebrew twelve ("שנים עשר", "בשנים עשר החודשים"): "שנים" alone is "years"."""
    word = words[i].group(0)
    prefixed = any(word[cut:] == "שנים" and all(c in _HE_PREFIXES for c in word[:cut]) for cut in range(3))
    return prefixed and i + 1 < len(words) and words[i + 1].group(0) in ("עשר", "עשרה")


def _decade_word(words: list[re.Match[str]], i: int) -> bool:
    """ "התשעים" in שנות התשעים (the nineties) names a decade, not ninety of something."""
    return i > 0 and words[i - 1].group(0).endswith("שנות")  # בשנות, משנות: with a prefix too


# Gershayim (or the ASCII quote typed for it) between letters: the word is the head of an acronym or of a year
# of the Hebrew calendar, no number ('שש"ס' is ש and ש"ס; 'תשע"ה' is a year).
_HE_ACRONYM_TAIL = re.compile(r"[\"\u05f4][\u05d0-\u05ea]")


def _he_acronym(text: str, end: int) -> bool:
    """Whether a Hebrew number word ending at `end` runs on into an acronym's gershayim and last letter."""
    return _HE_ACRONYM_TAIL.match(text, end) is not None


def _beer_sheva(text: str, start: int) -> bool:
    """ "שבע" in באר שבע (Beersheba) is a city, not seven."""
    return bool(re.search(r"באר[\s\u05be-]$", text[:start]))


def find_numbers(text: str, language: str, *, spelled: bool = True) -> list[NumberMatch]:
    """Every number in `text`, in order, with qualifiers and ranges attached.

    Digits are read in any script with `language`'s separators; spelled-out numbers only for the
    languages listed in the module docstring (and only when `spelled`).
    """
    lang = language.split("-")[0].lower()
    found = [_with_vulgar_fraction(text, n) for n in _digit_tokens(text, lang)]
    if spelled:
        taken = [(n.start, n.end) for n in found]
        found += [s for s in _spelled_tokens(text, lang) if not any(a < s.end and s.start < b for a, b in taken)]
    found.sort(key=lambda n: n.start)
    merged = _merge_ranges(text, found, lang)
    return [_with_qualifier(text, n, lang) for n in merged]


# A Hebrew currency word right after digits ("2000 שקל", "1990 ש"ח"): a sum, though the digits read as a year.
HE_CURRENCY_AFTER = re.compile(r"\s?(?:שקל|ש[\"״]ח|₪|דולר|אירו|יורו)")


# A vulgar fraction after whole digits, glued or spaced: "9 ½ years", "2¼ miles".
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR_AFTER = re.compile(r"\s?([½¼¾⅓⅔⅛])")


def _with_vulgar_fraction(text: str, n: NumberMatch) -> NumberMatch:
    """`n` with a vulgar fraction after its whole digits added ("9 ½" is 9.5), else `n`."""
    frac = _VULGAR_AFTER.match(text, n.end)
    if frac is None or n.scale != 1.0 or n.value_max is not None or not re.fullmatch(r"\d+", n.text):
        return n
    part = _VULGAR[frac.group(1)]
    end = frac.end()
    return dataclasses.replace(n, end=end, text=text[n.start : end], value=n.value + part, raw=n.raw + part)


# What leads a range whose two ends are written differently (one spelled, one in digits).
_MIXED_RANGE_LEAD = re.compile(r"\b(?:between|from|mellem|fra)\s+$", re.IGNORECASE)
# A unit of time after the second end of "six to 12": with it, a spelled end and a digit end are one span with no
# "between" or "from" before them ("could roll out in six to 18 months", "jailed for three to 15 years"); a score
# or a count ("won six to 12") has none.
_SPAN_UNIT_AFTER = re.compile(r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")


def _shared_percent(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    """Whether a bare number and the percentage after it are the two ends of one range of percentages, the sign said
    once: "30 to 50 per cent", "20-30%". Not after "from", where the two are levels ("rose from 30 to 50 per cent")."""
    return (
        a.kind == "number" and b.kind == "percent" and not a.spelled and not b.spelled and not a.currency
        and a.scale == 1.0 and re.fullmatch(r"\s*(?:to|-|–)\s*", text[a.end : b.start]) is not None
        and re.search(r"\bfrom\s+$", text[: a.start], re.IGNORECASE) is None
    )  # fmt: skip


# Cents or pence after the second of two numbers joined by "or": a sum and the same said per share, no range
# ("earned $12.3 million or 22 cents a share", "£4m or 3p a share").
_CENTS_AFTER = re.compile(r"\s*(?:cents?|pence|p|c)\b", re.IGNORECASE)


_MERGE_RANGES_RE1 = re.compile(r"(?:US\$|[$£€¥₪])$")
_MERGE_RANGES_RE2 = re.compile(r"(between|mellem|بين|בין)\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$", re.IGNORECASE)


def _merge_ranges(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if i + 1 < len(numbers) and a.kind != "year" and (
            a.kind == numbers[i + 1].kind or _shared_percent(text, a, numbers[i + 1])
        ):
            b = numbers[i + 1]
            gap = text[a.end : b.start].strip().lower()
            if a.currency and a.currency == b.currency:  # "$20 and $50", "£1m-£2m": the sign is said twice
                gap = re.sub(r"\s*(?:us\$|[$£€¥₪])$", "", gap)
            joiners = _RANGE_JOINERS.get(lang, ("-", "–"))
            lead = _MERGE_RANGES_RE1.sub("", text[: a.start])
            signed = _SIGNED_HIGH_END.fullmatch(gap) if lang == "en" and _MINUS_BEFORE.search(lead[-8:]) else None
            gap = signed.group(1) if signed else gap  # "-1C to -4C", "minus 3 to minus 6": both ends below zero
            # ("between ages 22 and 32", "between the ages of 19 and 24": the bounds' noun after "between")
            between = _MERGE_RANGES_RE2.search(lead)
            if (
                gap in joiners
                and (gap not in _RANGE_NEEDS_BETWEEN or between)
                and b.raw > a.raw
                and not (gap == "or" and a.currency and _CENTS_AFTER.match(text[b.end :]))
                and (
                    a.spelled == b.spelled
                    or _MIXED_RANGE_LEAD.search(lead) is not None
                    or (gap == "to" and _SPAN_UNIT_AFTER.match(text[b.end :]) is not None)
                )
            ):  # "from three to 15 years", "between five and 10": a spelled end and a digit end, when a range is led
                scale = b.scale if a.scale == 1.0 else a.scale
                out.append(
                    NumberMatch(a.start, b.end, text[a.start : b.end], scaled(a.raw, scale), a.raw, b.kind,
                                scaled(b.raw, scale), scale=scale, spelled=a.spelled,
                                currency=a.currency or b.currency)
                )  # fmt: skip
                i += 2
                continue
            if lang == "he" and gap in ("-", "–") and _he_descending_range(text, a, b):
                # "42-35 שקלים לשעה", "בני 44-30": Hebrew writes a range's low end first in reading order, right of
                # the high end, so the logical text has the high end first
                out.append(
                    NumberMatch(a.start, b.end, text[a.start : b.end], b.value, b.raw, a.kind, a.value,
                                scale=a.scale, spelled=False, currency=a.currency or b.currency)
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# What marks two Hebrew numbers joined by a hyphen, the higher first, as one range: a unit or a currency after it,
# or the ages' noun before it ("בני", "גילאי", "בני ה-").
_HE_RANGE_UNIT_AFTER = re.compile(
    r"\s*(?:%|₪|ש[\"״]ח|שקל|שקלים|אחוז|אחוזים|שנים|שנה|ימים|יום|חודשים|שעות|דקות|מטר|מטרים|ק[\"״]מ|ק[\"״]ג|קילו|"
    r"דונם|מעלות|דולר|דולרים|יורו)(?![\u05d0-\u05ea])"
)
_HE_AGES_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[ובלמ]?(?:בני|בנות|גילאי|בגילאי|גילים|בגילים)\s+(?:ה-?)?$")


def _he_descending_range(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    """Whether the Hebrew digits a-b, a the higher, are one range written low end first (see `_HE_RANGE_UNIT_AFTER`)."""
    if a.spelled or b.spelled or a.scale != 1.0 or b.scale != 1.0 or not 0 < b.raw < a.raw:
        return False
    return bool(_HE_RANGE_UNIT_AFTER.match(text[b.end :]) or _HE_AGES_BEFORE.search(text[: a.start]))


def as_quantity(text: str, n: NumberMatch, language: str) -> NumberMatch:
    """`n` read as a plain quantity whatever its kind (a four-digit "2000" read as a year), with the
    approximating word before it ("more than 2000 homes")."""
    return _with_qualifier(text, dataclasses.replace(n, kind="number"), language.split("-")[0].lower())


def _with_qualifier(text: str, n: NumberMatch, lang: str) -> NumberMatch:
    if n.kind in ("year", "time"):
        return n
    qualifier, q_start = _qualifier_before(text, n.start, lang)
    if qualifier is None:
        return n
    return dataclasses.replace(n, qualifier=qualifier)


# -- writing numbers ---------------------------------------------------------------------------------

_SCALE_WORDS: dict[str, dict[float, str]] = {
    "en": {1e6: "million", 1e9: "billion", 1e3: "thousand"},
    "da": {1e6: "millioner", 1e9: "milliarder", 1e3: "tusind"},
    "ar": {1e6: "مليون", 1e9: "مليار", 1e3: "ألف"},
    "he": {1e6: "מיליון", 1e9: "מיליארד", 1e3: "אלף"},
}


def format_number(value: float, language: str) -> str:
    """`value` written the way `language` writes numbers: 1,300 / 1.300 / ١٬٣٠٠; 1.5 / 1,5 / ١٫٥."""
    lang = language.split("-")[0].lower()
    whole, frac = f"{value:.6f}".rstrip("0").rstrip(".").partition(".")[::2]
    negative = whole.startswith("-")
    whole = whole.lstrip("-")
    thousands, decimal = (".", ",") if lang in DECIMAL_COMMA else (",", ".")
    if lang in ("ar", "fa"):
        thousands, decimal = AR_THOUSANDS, AR_DECIMAL
    grouped = f"{int(whole):,}".replace(",", thousands)
    out = ("-" if negative else "") + grouped + (decimal + frac if frac else "")
    if lang == "ar":
        out = out.translate({ord(str(i)): ARABIC_INDIC[i] for i in range(10)})
    elif lang == "fa":
        out = out.translate({ord(str(i)): "۰۱۲۳۴۵۶۷۸۹"[i] for i in range(10)})
    return out


def render_figure(n: NumberMatch, language: str) -> str:
    """A figure as it must read in `language`: its digits, its scale word, the upper end of a range."""
    lang = language.split("-")[0].lower()
    words = _SCALE_WORDS.get(lang, _SCALE_WORDS["en"])
    if n.kind == "time":
        hh, mm = divmod(int(n.value), 100)
        return format_number(hh, lang) + ":" + format_number(mm, lang).rjust(2, "0" if lang != "ar" else "٠")
    if n.kind == "year":
        return format_number(n.value, lang).replace(",", "").replace(".", "").replace(AR_THOUSANDS, "")
    scale = n.scale if n.scale in words else 1.0
    low = format_number(n.value / scale, lang)
    text = low
    if n.value_max is not None:
        text += "\u2013" + format_number(n.value_max / scale, lang)
    if scale != 1.0:
        text += " " + words[scale]
    if n.kind == "percent":
        text += "٪" if lang == "ar" else "%"
    return text


def same_value(a: float, b: float) -> bool:
    """Equal up to float noise (14.2 * 1e9 against 14200000000)."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
