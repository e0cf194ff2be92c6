"""Offline sentence segmentation for news text in Latin, Arabic, Hebrew and CJK scripts.

Argos's own splitters download models on first use, so the app splits sentences itself. The
rules are the ones wire copy needs: abbreviations ("U.S.", "Mr.", "Gen.", Danish "bl.a."),
numbers ("1,300", "5.5", "15 kilometers (nine miles)"), quotes closing after the full stop,
Arabic and Hebrew punctuation (؟ ، ؛, geresh and gershayim), Chinese and Japanese full-width
terminals that need no space after them (。！？), and a length cap so that no piece exceeds what a
translation model accepts.

The result is a list of spans that partition the paragraph: each span runs from the start of a
sentence to the start of the next (trailing whitespace included), so joining the spans gives the
paragraph back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

Span = tuple[int, int]

DEFAULT_MAX_CHARS = 400

# Characters that end a sentence. "۔" is the Urdu full stop, "։" Armenian, "।" Devanagari danda.
_TERMINALS = ".!?؟…۔։।。！？"
# Characters that may close a sentence after its terminal: quotes and brackets.
_CLOSERS = "\"'”’»›)]}\u05f4"
# Characters that may open a sentence before its first letter.
_OPENERS = "\"'“‘«‹([{\u05f4-–—•"

# A wire dateline up to an abbreviated state or province: "GENEVA, Ill.", "WATERLOO, Ont.", "ST. PAUL, Minn.".
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]{1,40},(?:\s+[A-Z][\w.]*){1,3}")

_CANDIDATE = re.compile(
    rf"(?P<term>[{re.escape(_TERMINALS)}]+)(?P<close>[{re.escape(_CLOSERS)}]*)(?P<space>\s+)",
)

# Abbreviations that take a full stop but rarely end a sentence, lower-cased without the stop.
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep rev hon pres supt insp
        st jr sr messrs mme mlle vol vs etc approx dept est fig inc corp ltd co bros
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
        ft mt ave blvd rd sq e.g i.e a.m p.m al
        coun couns cllr cllrs cst const det ald atty cpl pvt asst amb brig""".split()
    ),
    "da": frozenset(
        """hr fr fru frk dr prof bl.a f.eks ca mv osv jf kl mio mia mht evt dvs ift iflg pga
        inkl ekskl tlf vedr ang sml hhv m.fl m.m o.l o.a adm dir gen pr jan feb mar apr jun jul aug
        sep sept okt nov dec st""".split()
    ),
    "de": frozenset(
        "hr fr dr prof bzw ca usw vgl nr z.b d.h u.a s.o jan feb mär apr jun jul aug sep okt nov dez".split()
    ),
    "fr": frozenset("m mm mme mlle dr prof av bd etc env cf p.ex".split()),
    "es": frozenset("sr sra srta dr dra prof etc ee.uu av".split()),
}
# "No. 10", "nr. 5": abbreviations only when a number follows (and a law's subsection or point, Danish "§ 31,
# stk. 1", "pkt. 2", "art. 5").
# (and the currencies South Asian and East African copy abbreviates before an amount: "from Rs. 57.46 crore",
# "Re. 1", "Ksh. 500")
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr", "núm", "n°", "stk", "pkt", "art", "rs", "re", "ksh", "kshs"})
# Words that usually begin a sentence in English wire copy; after an initialism such as "U.S."
# a full stop followed by one of these is a sentence end, otherwise it is part of a name
# ("the U.S. State Department").
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you this that these those there but and or so yet however
    in on at for after before when while if although meanwhile his her their its our
    earlier later still also""".split()
)

_INITIALISM = re.compile(r"(?:\b\w\.){2,}$")  # U.S. / U.N. / e.g.
_SINGLE_INITIAL = re.compile(r"(?:^|[\s(\"'“])(\w)$")  # "J." in "J. K. Rowling", Arabic "د." (Dr.)
# A Hebrew acronym ends in gershayim and one letter (בג"ץ, האו"ם, ארה"ב): the letter is the
# acronym's last, not an initial, so a full stop after it ends the sentence.
_HEBREW_ACRONYM = re.compile(r"[\u05d0-\u05ea]+[\"\u05f4][\u05d0-\u05ea]$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LOOKBEHIND_CHARS = 100

# Break points for over-long sentences, best first.
_SOFT_BREAKS = (re.compile(r"[;؛:]\s+"), re.compile(r"[,،]\s+"), re.compile(r"\s[-–—]\s"), re.compile(r"\s+"))


def segment(text: str, language: str = "en", max_chars: int = DEFAULT_MAX_CHARS) -> list[Span]:
    """Split a paragraph into sentence spans that partition it (see the module docstring)."""
    if not text:
        return []
    cuts = [0, *_sentence_ends(text, language), len(text)]
    spans: list[Span] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if end > start:
            spans.extend(_cap(text, start, end, max_chars))
    return _merge_blank(text, spans, max_chars)


def sentences(text: str, language: str = "en", max_chars: int = DEFAULT_MAX_CHARS) -> list[str]:
    """The sentences of a paragraph without their surrounding whitespace."""
    return [text[a:b].strip() for a, b in segment(text, language, max_chars)]


# Chinese and Japanese end a sentence with a full-width mark and start the next one at once, with no
# space between: "。", "！", "？", then any closing quote or bracket of those scripts.
_CJK_CANDIDATE = re.compile(r"[。！？]+[」』）〕】》〉”’\"')]*(?=[^\s。！？」』）〕】》〉”’\"')])")


def _quote_goes_on(text: str, match: re.Match[str]) -> bool:
    return match.group(0)[-1] not in "。！？" and "\u3041" <= text[match.end()] <= "\u309f"


def _sentence_ends(text: str, language: str) -> Iterator[int]:
    """Offsets where a new sentence starts (after the whitespace that follows a terminal)."""
    ends = {m.end() for m in _CANDIDATE.finditer(text) if m.end() < len(text) and _is_boundary(text, m, language)}
    # 「…。」と言った: a quoted sentence followed by a particle (hiragana) goes on.
    ends.update(m.end() for m in _CJK_CANDIDATE.finditer(text) if not _quote_goes_on(text, m))
    yield from sorted(ends)


def _is_boundary(text: str, match: re.Match[str], language: str) -> bool:
    term = match.group("term")
    nxt = _first_significant(text, match.end())
    if nxt is None:
        return False
    if nxt.islower():
        # "he said." after a quote, "den 5. maj", "etc. and" : the sentence goes on.
        return False
    if not (nxt.isalpha() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if term != ".":
        return True
    dashed = text[match.end() : match.end() + 1] in ("(", "–", "—", "-")
    if dashed and _DATELINE_HEAD.fullmatch(text[: match.start() + 1]):
        return False  # "GENEVA, Ill. (AP) — A man ...", "WATERLOO, Ont. — The company": a dateline's state, no end
    # Only the last words matter, and the patterns below end in "$": searching the whole paragraph
    # before every full stop made a long paragraph quadratic (minutes for a 200,000-character line).
    before = text[max(0, match.start() - _LOOKBEHIND_CHARS) : match.start()]
    word_match = _WORD_BEFORE.search(before)
    word = word_match.group(1) if word_match else ""
    if not word:
        return True
    lowered = word.lower().rstrip(".")
    abbreviations = _ABBREVIATIONS.get(language, _ABBREVIATIONS["en"])
    if lowered in _NUMBER_ABBREVIATIONS:
        if not match.group("close") and nxt.isdigit():
            return False
    elif lowered in abbreviations and not match.group("close"):
        return False
    if _INITIALISM.search(before + "."):
        following = _next_word(text, match.end())
        return following.lower() in _SENTENCE_STARTERS
    if _HEBREW_ACRONYM.search(before):
        return True
    if _SINGLE_INITIAL.search(before) and not word.isdigit():
        # A lone letter before the stop is an initial ("J. K.", "د."), not a sentence end.
        return False
    return True


def _first_significant(text: str, pos: int) -> str | None:
    """The first letter or digit at or after `pos`, skipping opening quotes and brackets."""
    for ch in text[pos : pos + 8]:
        if ch.isalnum():
            return ch
        if ch not in _OPENERS and not ch.isspace():
            return ch
    return None


def _next_word(text: str, pos: int) -> str:
    match = re.match(r"[\W_]*(\w+)", text[pos : pos + 40])
    return match.group(1) if match else ""


def _cap(text: str, start: int, end: int, max_chars: int) -> list[Span]:
    """Split an over-long span at the best soft break before `max_chars`, repeatedly.

    A loop rather than recursion: a 50 MB line without spaces is 125,000 pieces, far past Python's
    recursion limit. Each step looks only at a window of `max_chars`, so the work is linear.
    """
    stripped_end = start + len(text[start:end].rstrip())  # trailing whitespace never needs a cut
    spans: list[Span] = []
    while stripped_end - start > max_chars:
        window = text[start : start + max_chars]
        for pattern in _SOFT_BREAKS:
            breaks = [m.end() for m in pattern.finditer(window) if m.end() > max_chars // 4]
            if breaks:
                cut = start + breaks[-1]
                break
        else:
            cut = _hard_cut(text, start, max_chars)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _hard_cut(text: str, start: int, max_chars: int) -> int:
    """A cut inside a run without spaces that never parts a combining mark from its base letter."""
    cut = start + max_chars
    while cut > start + 1 and cut < len(text) and unicodedata.combining(text[cut]):
        cut -= 1
    return cut


def _merge_blank(text: str, spans: list[Span], max_chars: int) -> list[Span]:
    """Fold spans that hold only whitespace or punctuation into their neighbour.

    Only while the result still fits `max_chars`: a run of several hundred dots or dashes is left
    as its own piece rather than pushing a sentence past what the model accepts.
    """

    def fits(start: int, end: int) -> bool:
        return len(text[start:end].strip()) <= max_chars

    merged: list[Span] = []
    for start, end in spans:
        if merged and not any(ch.isalnum() for ch in text[start:end]) and fits(merged[-1][0], end):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if (
        len(merged) > 1
        and not any(ch.isalnum() for ch in text[merged[0][0] : merged[0][1]])
        and fits(merged[0][0], merged[1][1])
    ):
        merged[1] = (merged[0][0], merged[1][1])
        merged.pop(0)
    return merged
