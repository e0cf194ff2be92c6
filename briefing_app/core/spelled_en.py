"""English cardinals written in words over several groups, and years written in words (English).

`numbers._spelled_tokens` reads one number word, a tens-units pair ("forty-eight") and the scale words after
them ("three thousand"); a cardinal of several groups was cut into pieces: "two hundred forty-eight thousand"
read 200 and 48,000, "one hundred twenty people" 100 and 20, "three thousand two hundred fifty votes" three
figures, "two-hundred-forty-eight-thousand" (the hyphenated style of simplified-English copy) nothing at all.
A decimal spoken as words ("five-point-six percent", "two point five inches", "one-point-five million") read
its whole part only. A year in words ("in nineteen forty-six") read two counts, 19 and 46.

`read_cardinal` reads the whole cardinal by the usual grammar: each group is up to three digits (a unit or
teen, or tens and a unit, optionally times "hundred" and then up to 99 more), a scale word closes a group, and
scales come in falling order; "and" is taken only after "hundred" or a scale ("two hundred and fifty"), never
between two bare numbers ("two and three"); a decimal may open on "zero" ("zero-point-four percent").
`year_in_words` finds the spoken year or decade, which is a date, no figure: two numbers said as one year
("nineteen forty-six"), a decade ("the nineteen-sixties"), and a cardinal of 1800-2099 after "in", "since", "by"
("passed in two-thousand-ten"; not "has two thousand ten members").

(text2num's `alpha2digit` reads the plain cardinals too, but gives no offsets in the sentence, reads neither
the hyphenated decimals nor the spoken years, and would be a new compiled dependency for a few dozen lines.)
"""

from __future__ import annotations

import re

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DIGITS = {"zero": 0, "oh": 0, **_UNITS}

# One word of a cardinal and the gap before the next: a space or a hyphen, or " and " (checked by the reader).
_TOKEN = re.compile(r"([A-Za-z]+)(?=(\s+and\s+|[ \u00a0]|-|$|[^A-Za-z]))")


def _tokens(text: str, start: int) -> list[tuple[str, int, int, str]]:
    """The words from `start` on while each is glued to the next by a space, a hyphen or " and ":
    (word in lower case, start, end, the gap after it)."""
    out: list[tuple[str, int, int, str]] = []
    pos = start
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        gap = m.group(2)
        out.append((m.group(1).lower(), m.start(1), m.end(1), gap))
        if gap == "" or gap.strip() not in ("", "-", "and") or len(out) > 24:
            break
        pos = m.end(1) + len(gap)
    return out


def read_cardinal(text: str, start: int) -> tuple[float, int, int, float] | None:
    """The cardinal in words that opens at `start`: (value, end, words read, scale of its last word).

    None unless it is at least two number words long (one word alone is the older reader's).
    """
    tokens = _tokens(text, start)
    total, group, last, used, end, top_scale, last_scale = 0.0, 0.0, "", 0, start, 1e15, 1.0
    i = 0
    while i < len(tokens):
        word, _, w_end, _gap = tokens[i]
        if i and tokens[i - 1][3].strip() == "and" and last not in ("hundred", "scale"):
            break  # "two and three": "and" joins only after "hundred" or a scale word
        if i and tokens[i - 1][3].strip() == "and" and word not in _UNITS and word not in _TEENS | _TENS:
            break  # "a thousand and more"
        if word in _UNITS or (word == "zero" and i == 0 and i + 1 < len(tokens) and tokens[1][0] == "point"):
            if last not in ("", "hundred", "scale", "tens"):
                break
            group += _UNITS.get(word, 0)  # ("zero-point-four percent": a zero only before its decimal point)
            last = "unit"
        elif word in _TEENS:
            if last not in ("", "hundred", "scale"):
                break
            group += _TEENS[word]
            last = "teen"
        elif word in _TENS:
            if last not in ("", "hundred", "scale"):
                break
            group += _TENS[word]
            last = "tens"
        elif word == "hundred":
            if last not in ("unit", "teen", "tens") or group >= 100:
                break
            group *= 100
            last = "hundred"
        elif word in _SCALES:
            scale = _SCALES[word]
            if last in ("", "scale") or scale >= top_scale:
                break
            total += group * scale
            group, last, top_scale, last_scale = 0.0, "scale", scale, scale
        elif word == "point" and last in ("unit", "teen", "tens") and i + 1 < len(tokens):
            digits = ""
            k = i + 1
            while k < len(tokens) and tokens[k][0] in _DIGITS and tokens[k - 1][3].strip() != "and":
                digits += str(_DIGITS[tokens[k][0]])
                k += 1
            if not digits or re.search(r"\bat\s+$", text[max(0, start - 4) : start], re.IGNORECASE):
                break  # "at one point five officers ...": the phrase "at one point", no decimal
            group += float(f"0.{digits}")
            used, end, i, last = k, tokens[k - 1][2], k, "decimal"
            # a scale after the decimal: "one-point-five million"
            if i < len(tokens) and tokens[i][0] in _SCALES and tokens[i - 1][3].strip() != "and":
                last_scale = _SCALES[tokens[i][0]]
                group *= last_scale
                used, end, i = i + 1, tokens[i][2], i + 1
            break
        else:
            break
        if word not in _SCALES:
            last_scale = 1.0 if word != "hundred" else last_scale
        used, end = i + 1, w_end
        i += 1
    if used < 2:
        return None
    value = total + group
    if last == "unit" and tokens[used - 1][3] == "-" and used < len(tokens):
        # "two hundred five-year bonds": the last word is a modifier's ("five-year"), not the cardinal's
        value, used, last = value - _UNITS[tokens[used - 1][0]], used - 1, "tens"
        if used < 2 or tokens[used - 1][3] == "-":
            return None
        end = tokens[used - 1][2]
    return value, end, used, (last_scale if last in ("scale", "decimal") else 1.0)


# "nineteen forty-six", "nineteen ninety", "nineteen oh five", "twenty twenty-four": a year, said as two numbers
_YEAR = re.compile(
    r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ \u00a0]+"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"oh[ \u00a0-](?:one|two|three|four|five|six|seven|eight|nine))\b(?!-)"
    # a decade: "the nineteen-sixties", "the nineteen sixties"
    r"|(?:eighteen|nineteen|twenty)[ \u00a0-]"
    r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
# A word before a year: "in two thousand ten", "since two thousand and eight" (a cardinal of 1800-2099 after it).
_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|by|year|of)\s+$", re.IGNORECASE)


def year_in_words(text: str, start: int) -> int | None:
    """The end of a year said in words that opens at `start` ("in nineteen forty-six"), else None."""
    m = _YEAR.match(text, start)
    if m:
        return m.end()
    whole = read_cardinal(text, start) if _YEAR_BEFORE.search(text, max(0, start - 8), start) else None
    if whole and 1800 <= whole[0] <= 2099 and whole[0] % 1 == 0 and whole[3] == 1.0:
        return whole[1]  # "passed in two-thousand-ten": a year, no count of 2,010
    return None
