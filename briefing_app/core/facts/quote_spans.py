"""Where a paragraph's quotes stand: the quoted stretches between its marks, in any script's marks (straight,
curly, single, guillemets either way, Hebrew gershayim told apart from a mark), with a missing opening mark
repaired. Split out of `quotes`, which reads who said them."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_short import short_quote_said
from briefing_app.core.facts.quote_speakers import (
    ALL_VERBS,
    CLOSE_MARKS,
    HEBREW_LETTER,
    INWARD_GUILLEMETS,
    MIN_WORDS,
    OPEN_MARKS,
)
from briefing_app.core.facts.quotes_ar_defined import arabic_curly_marks
from briefing_app.core.facts.quotes_ar_single import arabic_single_marks

_OPENING_RIGHT_MARK = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))”(?=[\w#])")
_ANY_MARK = re.compile("[" + re.escape('"' + OPEN_MARKS + CLOSE_MARKS) + "]")  # (one C pass, not a test per letter)


def quote_spans(text: str, plural_closes: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch of a paragraph, repairing a missing opening mark. With
    `plural_closes`, a ’ after an "s" closes a ‘ (read again so when a ‘ would otherwise run to the paragraph's
    end: "the ‘Harbour Lights’ tour" is a title in single marks, not an apostrophe of a plural)."""
    original = text
    text = arabic_curly_marks(text)  # quotes_ar_defined: “...“ and ”...“ in Arabic copy, read as “...”
    # ('sange som ”Stormkast”, ”Voodoo” og ”O Dessverre”': Danish and Swedish copy open with ” as well; one right
    # after a space and before a word opens, read as “ (same positions), or each would close a repaired quote)
    text = _OPENING_RIGHT_MARK.sub("“", text)
    if INWARD_GUILLEMETS.search(text):
        # Danish and German »...«: the guillemets point inward; read them as «...» (same positions)
        text = text.translate({ord("»"): "«", ord("«"): "»"})
    text = arabic_single_marks(_single_quotes(text))  # quotes_ar_single: "وقال:'...'" in Arabic copy
    marks = [
        (m.start(), m.group()) for m in _ANY_MARK.finditer(text) if not _is_apostrophe(text, m.start(), plural_closes)
    ]
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    nested = ""  # the mark closing a term nested in a quote: «...» in "...", “...” in «...»
    for n, (i, c) in enumerate(marks):
        if nested:
            nested = "" if c == nested else nested
            continue
        closing_shape = i > 0 and text[i - 1] in ",.!?;" and (i + 1 == len(text) or not text[i + 1].isalnum())
        # ', "siger Peter Duetoft': a closing mark misplaced before the verb, after the comma's space
        closing_shape = closing_shape or (
            i >= 2
            and text[i - 2] in ",.!?"
            and text[i - 1] == " "
            and re.match(rf"(?:{ALL_VERBS})\b", text[i + 1 :]) is not None
        )
        # ('... الأنابيب المتضررة".' ending a paragraph that goes on from an open quote: Arabic and Hebrew put the
        # stop after the mark, and a lone mark before the paragraph's last stop can only close)
        closing_shape = closing_shape or (len(marks) == 1 and re.match(r"\s*[.!?؟]\s*$", text[i + 1 :]) is not None)
        if open_at is None:
            restart = _sentence_after(text, spans[-1][1], i) if spans and n == len(marks) - 1 else None
            if restart is not None and c in '"”' and closing_shape:
                # '"...," he said, denying X. What we do is ... observers."': the paragraph's last mark closes a quote
                # whose opening mark is missing after an earlier quote and its attribution; it began with the
                # sentence after that attribution
                spans.append((restart, i, True))
            elif c in "”»" or (c == '"' and closing_shape and n == 0):
                spans.append((0, i, True))  # the paragraph's opening mark is missing
            elif c == "’":
                continue  # a lone right single quote is an apostrophe (workers’ pay)
            elif c == '"' and n > 0 and text[i + 1 : i + 2] in (",", ";", ")"):
                continue  # '... a man named "Roe", acknowledging': a mark before a comma closes, it opens nothing
            else:
                open_at = i + 1
        elif c == "“" and text[open_at - 1] == "„":
            spans.append((open_at, i, True))  # „...“: Hebrew, Danish and German close with a high mark
            open_at = None
        elif c == "«" and text[open_at - 1] == '"' and re.match(r'[^"«»]*»[^"«»]*"', text[i + 1 :]):
            nested = "»"  # '" ... الملف « متاح » في ظل ... "': a term in guillemets inside a straight-quoted quote
        elif c == "“" and text[open_at - 1] == "«" and re.match(r"[^“”«»]*”[^“”«»]*»", text[i + 1 :]):
            nested = "”"  # '«إن الوزير ... مع نظيره “X”، تناولت ...»': a name in curly marks inside guillemets
        elif c in OPEN_MARKS and c != "„" and c != "‘":
            if c == "“" == text[open_at - 1] and re.search(r"[.!?]\s+$", text[open_at:i]):
                # 'said: “I heard a noise. I rang. “This is the second time.”': paragraphs of one quote run together,
                # each still opening with its mark; the words before the new mark are a quote of their own
                spans.append((open_at, len(text[:i].rstrip()), True))
            open_at = i + 1
        elif c == "‘":
            continue  # a single-quoted phrase inside a quote
        elif c == "’" and text[open_at - 1] != "‘":
            continue
        else:
            spans.append((open_at, i, True))
            open_at = None
    single_open = open_at is not None and text[open_at - 1] == "‘"
    if single_open and not plural_closes and re.search(r"s’(?!\w)", text[open_at or 0 :]):
        return quote_spans(original, plural_closes=True)
    if open_at is not None:
        spans.append((open_at, len(text), False))
    return [(a, b, c) for a, b, c in spans if len(text[a:b].split()) >= MIN_WORDS or short_quote_said(text, a, b, c)]


def _sentence_after(text: str, after: int, before: int) -> int | None:
    """Where the first sentence after the attribution that follows a closed quote (ending at `after`) starts, before
    `before`; None when no sentence ends between them."""
    stop = re.search(r"[.!?]\s+(?=[A-Z])", text[after + 1 : before])
    return after + 1 + stop.end() if stop else None


def doubled_marks(text: str) -> str:
    """Double quotes typed as two single marks (‘‘...’’, or ``...'' in plain text) read as “...”; the text keeps its
    length (the second mark becomes a space), so positions in it are positions in the paragraph."""
    if '"' in text and "``" not in text:
        # ('"It was a pleasure to watch,'' he told X.': a straight opening mark closed by two straight single marks
        # after the quote's last punctuation, as some agency copy types it)
        text = re.sub(r"(?<=[,.!?])''(?![\w'])", '" ', text)
    if "''" in text and "``" not in text:
        text = _straight_doubled_singles(text)
    if "‘‘" not in text and "’’" not in text and "``" not in text:
        return text
    text = text.replace("‘‘", " “").replace("’’", "” ")
    return text.replace("``", " “").replace("''", "” ") if "``" in text else text


# Two straight single marks typed for a double one on both sides of a quote, as Australian and New Zealand papers
# print them (''It rained all day,'' Roe said): an opening pair at a paragraph's or a word's start before the
# quote's first letter, a closing pair after its last letter or punctuation before a space, punctuation or the end.
_OPENING_PAIR = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))''(?=[\w.…])")
_CLOSING_PAIR = re.compile(r"(?<=[\w,.!?…])''(?=[\s,.;:!?)]|$)")


def _straight_doubled_singles(text: str) -> str:
    """Pairs of straight single marks read as curly double ones, the text's length kept (the second mark a space);
    only when an opening pair is there, so a lone '' (an inch sign, a typo) is left alone."""
    if not _OPENING_PAIR.search(text):
        return text
    text = _OPENING_PAIR.sub(" “", text)
    return _CLOSING_PAIR.sub("” ", text)


# What follows a closing mark and never a plural's apostrophe (which owns a noun): punctuation, a determiner, a
# preposition.
_CLOSES_AFTER_S = re.compile(
    r"[,.;:!?)]|\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|in|on|for|of|with|by|as|at|from|into)\b"
)


def _single_quotes(text: str) -> str:
    """British copy quotes with straight single marks ('We are ready,' said Roe): in a paragraph with no
    double marks, a ' that opens a word after a space and the next ' that ends a word (before a space or
    punctuation) are read as ‘ and ’; a ' inside a word (don't, Roe's) or after an "s" is an apostrophe.
    The text keeps its length, so positions in it are positions in the paragraph."""
    if "'" not in text or re.search(r"[\"“”«»„\u0590-\u06ff]", text):
        return text  # (Hebrew writes ' as a geresh; Arabic and Hebrew keep their own reading)
    chars = list(text)
    open_at: int | None = None
    for i, c in enumerate(text):
        if c != "'":
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None and (before.isspace() or before in "(:—–-") and after.isalnum():
            open_at = i
        elif (
            open_at is not None
            and ((before.isalnum() and (before != "s" or _CLOSES_AFTER_S.match(text, i + 1))) or before in ",.!?")
            and not after.isalnum()
        ):
            # (after an "s" a ' is as likely a plural's apostrophe, "the workers' pay": left alone, unless what
            # follows is no noun a possessive could own: "'significantly undervalues' the company")
            chars[open_at], chars[i] = "‘", "’"
            open_at = None
    if (
        open_at is not None
        # (or after a colon or a comma that introduces it: "Jones said: 'It was a special day." going on likewise)
        and re.search(r"(?:^|[.!?:,]\s)$", text[:open_at])
        and re.match(r"'[A-Z]", text[open_at:])
        and not re.search(r"s'(?!\w)", text[open_at:])  # ("'Harbour Games' salute": a plural's mark may close it)
    ):
        chars[open_at] = "‘"  # "... said. 'The town will live again." : a quote going on in the next paragraph
    return "".join(chars)


_HEBREW_PREFIX_QUOTE = re.compile(r"(?:^|(?<=\s)|.(?=[ובלמהשכ]))[ובלמהשכ]\"[\u05d0-\u05ea]{2,}")


def _is_apostrophe(text: str, i: int, plural_closes: bool = False) -> bool:
    if text[i] == '"':
        if _HEBREW_PREFIX_QUOTE.match(text, max(i - 2, 0)) and (i == 1 or not HEBREW_LETTER.match(text[i - 2])):
            return False  # 'ב"גן הסוד"': a prefix letter glued to an opening mark, no acronym (ש"ח has one letter)
        # Hebrew gershayim typed as a straight quote inside an acronym (צה"ל, יו"ר, מו"מ): part of the word
        return (
            0 < i < len(text) - 1
            and HEBREW_LETTER.match(text[i - 1]) is not None
            and (HEBREW_LETTER.match(text[i + 1]) is not None)
        )
    if text[i] in "”“":
        # Hebrew gershayim typed as a curly mark inside an acronym ('כפ”ס', 'ביהמ”ש', as word processors turn
        # a straight one): between two Hebrew letters it is part of the word, no quote opens or closes there;
        # not after a prefix letter opening the word ('קובעת ש“כל מבקש ...”': "that", then the quote)
        prefixed = i >= 1 and text[i - 1] in "ובלמהשכ" and (i == 1 or not HEBREW_LETTER.match(text[i - 2]))
        if prefixed and re.match(r"[\u05d0-\u05ea]{2}", text[i + 1 : i + 3]):
            return False
        return (
            0 < i < len(text) - 1
            and HEBREW_LETTER.match(text[i - 1]) is not None
            and HEBREW_LETTER.match(text[i + 1]) is not None
        )
    if text[i] not in "‘’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    plural = text[i] == "’" and before == "s" and not after.isalnum() and not plural_closes
    # ("so called ‘express’ versions": a ’ after an "s" closes a term of a few words just opened)
    plural = plural and not re.search(r"(?:^|\s)‘(?:[^\s‘’]+\s){0,2}[^\s‘’]+$", text[:i])
    return (before.isalpha() and after.isalpha()) or plural
