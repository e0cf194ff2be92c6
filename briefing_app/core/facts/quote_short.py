"""Whether a short quoted stretch (under four words) is speech all the same, not a name or a scare-quoted term:
a speaker and a verb of saying around it in English and Danish ('"Never," she said.'), the Hebrew and Arabic
attributions (`quotes_he`, `quotes_ar`, `quotes_ar_partial`), or a source credited right after it ('"entirely
predictable", according to Jane Roe'). Moved out of `quotes.py`, which reads the quotes of a paragraph."""

from __future__ import annotations

import re

from briefing_app.core.facts.quote_speakers import ALL_VERBS, UNNAMED_SAID
from briefing_app.core.facts.quotes_ar import ar_short_quote_said, ar_that_clause_quoted
from briefing_app.core.facts.quotes_ar_credit import said_as_credited
from briefing_app.core.facts.quotes_ar_partial import ar_partial_quote
from briefing_app.core.facts.quotes_he import he_short_quote_said

# The closing mark, then a comma outside it and "according to" a source: British copy crediting quoted words.
CREDITED_AFTER = re.compile(r".\s*,\s*according\s+to\s+\S")


def short_quote_said(text: str, start: int, end: int, closed: bool = True) -> bool:
    """Whether a short quoted stretch (under four words) is speech all the same: it ends in a comma or a
    question or exclamation mark and a speaker and a speech verb follow ('"Never," she said.', '»Nej,« siger
    han.'), which a scare-quoted term or a name never has; or it is a sentence alone in its paragraph after an
    opening mark left open ('“I’ve been lucky.'), a quote over paragraphs going on."""
    if start == 1 and not closed and re.search(r"[.!?]\s*$", text[start:end]):
        return True
    if len(text[start:end].split()) >= 2 and he_short_quote_said(text, start, end):
        return True  # quotes_he: '"...", אמר השר' (Hebrew's comma after the mark), 'היא אמרה: "..."'
    if len(text[start:end].split()) >= 3 and ar_short_quote_said(text, start, end):
        return True  # quotes_ar: 'وقالت الوزيرة X: «...».', '..., مؤكدا أن «...»'
    if len(text[start:end].split()) >= 2 and said_as_credited(text[end:]):
        return True  # quotes_ar_credit: 'معتبرة أنه «عار من الصحة» كما يقول X': X's words, credited after
    if ar_that_clause_quoted(text, start, end):
        return True  # quotes_ar: 'وأكد X أن «الموقف ثابت».': the whole reported clause, in the speaker's words
    if ar_partial_quote(text, start, end):
        return True  # quotes_ar_partial: 'صرح X بأن القرار كان «خطأ»': the speaker's words in reported speech
    if (
        len(text[start:end].split()) >= 2
        and text[end - 1 : end] in (".", "!", "?")
        and re.search(rf"\b(?:{ALL_VERBS}|replying|answering|responding)\b[^.!?\"“”]{{0,40}}[:,]\s*[\"“«„'‘]?$",
                      text[:start])  # fmt: skip
    ):
        # 'Roe later wrote on Twitter: "Shame on them."', "Holt was heard replying: 'Shoot him.'", 'A woman tweeted,
        # "Exactly, Nate."': a short sentence a speech verb introduces (in single marks too)
        return True
    if (
        len(text[start:end].split()) >= 2
        and text[end - 1 : end] in (".", "!", "?")
        and re.search(
            rf"[,.!?][\"”»]\s+[^\"“”«»]{{0,60}}\b(?:{ALL_VERBS})\b[^\"“”«»]{{0,60}}[.,]\s*[\"“«]$", text[:start]
        )
    ):
        # '"I only wrote what I saw," Roe said. "Nothing more."', '"...," said Roe, whose farm flooded. "We lost it."':
        # the quote goes on after its attribution
        return True
    if len(text[start:end].split()) >= 2 and CREDITED_AFTER.match(text, end):
        return True  # 'The rise was "entirely predictable", according to Jane Roe': the words credited to her
    # ('"Nuh-uh," replied Ms. Doe.': a one-word answer opening its sentence is speech as well; inside a sentence a
    # single word in marks is a term more often than a reply)
    opens = re.search(r"(?:^|[.!?][\"”’']?\s+)[\"“‘'«»]?$", text[:start]) is not None
    if len(text[start:end].split()) < (1 if opens else 2) or end < 1 or text[end - 1] not in ",!?":
        return False
    return (
        re.match(
            rf".\s*(?:(?:[A-ZÆØÅ][\w'’-]*\s+){{0,3}}|(?:he|she|they|han|hun)\s+)?(?:{ALL_VERBS}|(?:was|is)\s+quoted)\b",
            text[end:],
        )
        is not None
        # '"We outclassed them," Kessby coach Jane Roe said': an owner, a role in lower case, then the name
        or re.match(
            rf".\s*(?:[A-ZÆØÅ][\w'’-]*\s+){{0,2}}(?:(?!(?:as|and|but|or|the|a|an|while|when|which|who|that|if|so)\s)"
            rf"[a-zæøå][\w-]*\s+){{1,3}}(?:[A-ZÆØÅ][\w'’.-]*\s+){{1,3}}"
            rf"(?:{ALL_VERBS})\b",
            text[end:],
        )
        is not None
        # '"Both are local," the spokeswoman said': a role the article has given someone ("the 19-year-old" too)
        or re.match(rf".\s*the\s+(?:[a-z0-9][\w-]*\s+)?([a-z0-9][\w-]*)\s+(?:{ALL_VERBS})\b", text[end:]) is not None
        # '"We will appeal," a spokesman for the company said': someone unnamed, by a job and an employer
        or UNNAMED_SAID.match(text, end) is not None
        # '"We will rebuild," the Harbour Board said', '..., according to Jane Roe': a named body, "according to"
        or re.match(rf".\s*(?:the\s+(?:[A-Z][\w'’.&-]*\s+){{1,5}}(?:{ALL_VERBS})\b|according\s+to\s+\S)", text[end:])
        is not None
        # '"We will rebuild," Jane Roe, the agency's director, said': a name, its apposition, then the verb
        or re.match(
            rf".\s*(?:[A-ZÆØÅ][\w'’-]*\s+){{0,2}}[A-ZÆØÅ][\w'’-]*,\s+[^,\"“”«»]{{2,60}},\s+(?:{ALL_VERBS})\b",
            text[end:],
        )
        is not None
        # '"Never," Roe's neighbour, Ada Chu, said': a name the commas set off after a role, then the verb
        or re.match(
            rf".\s*(?:(?:the|a|an|his|her|their)\s+|[A-ZÆØÅ][\w'’-]*\s+)[\w\s'’-]{{2,40}}?,\s+"
            rf"(?:[A-ZÆØÅ][\w'’.-]*\s+){{1,3}}?[A-ZÆØÅ][\w'’-]*,\s+(?:{ALL_VERBS})\b",
            text[end:],
        )
        is not None
    )
