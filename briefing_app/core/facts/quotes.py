"""Quotes and who said them, including the shapes wire copy and interviews leave behind.

Handled: marked quotes with the speaker after (`"...," Okafor said.`, `"...," said the Green
Party's health spokesman John Doe.`) or before (`X said: «...»`, `X warned the "..."`,
`according to X, "..."`); a paragraph whose opening quote mark is missing; a quote that runs to the
paragraph's end unclosed and goes on in the next paragraph (the speaker named at the end of the last
paragraph said all of it); quotes whose marks were stripped (`That will take time, Okafor said.`);
Danish dash quotes (`– ..., siger X.`). A pronoun ("he said", "sagde han") is the subject of the
quote's clause, else of the sentence before (the person named first there); a role ("the spokesman
said", "siger FDBchefen") is the person with that role, else the person named most recently; "the
company" or "the ministry" is the body named before. Quoted words of fewer than four words are names or
scare quotes, not quotes, and so are titles and slogans (`quote_cues.py` holds the cues). A speaker is
always resolved to a person of the article when one is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.facts.blockquotes import (
    DOCUMENT_LAST,
    Block,
    find_blocks,
    intro_author,
    intro_subject,
    opening_name,
    post_authors,
    presented,
)
from briefing_app.core.facts.dash_quotes import dash_paragraphs, looking_back, signatures
from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_ROLE_WORDS,
    HE_SPEECH,
    SPEECH_VERBS,
    PeopleIndex,
    Person,
)
from briefing_app.core.facts.people_he import (
    he_drop_adjuncts,
    he_given_at,
    he_only_adjuncts,
    he_starts_with_given,
    he_unnamed,
    without_weekday,
)
from briefing_app.core.facts.places import LEADING_FUNCTION_WORDS
from briefing_app.core.facts.quote_cues import (
    AR_STATEMENT,
    BODY_SUBJECT,
    EN_STATEMENT,
    GERSHAYIM,
    HE_STATEMENT,
    NAMED_AS,
    NAMED_AS_LATER,
    QUOTED_AS,
    QUOTED_BY,
    THING_SAYING,
    TITLED_NAME,
    WORK_NAMED,
    clause_subject,
    he_name_after_role,
    issuer,
    phrase_not_clause,
)
from briefing_app.core.facts.quote_sources import (
    DOCUMENT,
    NOT_NAMES,
    QUOTE_FROM,
    document_issuer,
    named_body_subject,
    pronoun_subject,
    source_again,
)
from briefing_app.core.facts.quotes_ar import (
    follows_intro,
    pointed_back_speaker,
    quoted_from,
    speaker_before,
    statement_body,
    statement_to_medium,
    subject_before_verb,
)
from briefing_app.core.facts.quotes_he import (
    body_of_passive,
    he_as_written,
    he_cue_before,
    he_quote_in_clause,
    he_short_quote_said,
    he_surname_alone,
)
from briefing_app.core.facts.roles import is_role_noun
from briefing_app.core.facts.speakers import PRONOUN_SEX, Speakers, is_unnamed, sex_of

_OPEN = "“«„‟‘"
_CLOSE = "”»’"
_NAME = (
    r"(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*(?:\s+(?:(?:da|de|van|von|al|bin)\s+)?(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\w'’-]*){0,3}"
)
_MIN_WORDS = 4
# »Vi er klar,« siger hun: a » that opens a word and a « that closes one later on
_INWARD_GUILLEMETS = re.compile(r"(?:^|[\s(:–-])»\w[^«»]*[\w.,!?]«")
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
# Speech verbs Arabic news uses to introduce a quote besides those the people finder reads.
_AR_QUOTE_VERBS = r"(?:و|ف)?(?:زاد|أفاد|أفادت|أردف|أردفت|استطرد|حذر|حذرت|رأى|رأت|قائلا|قائلة)"
# Speech verbs after a quote or before a speaker besides the people finder's (masculine, feminine, plural).
_AR_MORE_SPEECH = (
    r"(?:و|ف)?(?:قالوا|أضافوا|أكدوا|كشف|كشفت|بين|بينت|نوه|نوهت|علق|علقت|رد|ردت|تساءل|تساءلت|أجاب|أجابت|"
    r"اعترف|اعترفت|نفى|نفت|أقر|أقرت|ختم|ختمت|اختتم|اختتمت|استدرك|استدركت|يضيف|تضيف|يؤكد|تؤكد|أردف|أردفت|زاد)"
)
_AR_VERBS = rf"(?:{AR_SPEECH}|{_AR_MORE_SPEECH})"


_ALL_VERBS = "|".join(sorted({v for verbs in SPEECH_VERBS.values() for v in verbs}, key=len, reverse=True))


def _verbs(lang: str) -> str:
    return "|".join(SPEECH_VERBS.get(lang, SPEECH_VERBS["en"]))


def _quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quoted stretch of a paragraph, repairing a missing opening mark."""
    if _INWARD_GUILLEMETS.search(text):
        # Danish and German »...«: the guillemets point inward; read them as «...» (same positions)
        text = text.translate({ord("»"): "«", ord("«"): "»"})
    text = _single_quotes(text)
    marks = [(i, c) for i, c in enumerate(text) if c in '"' + _OPEN + _CLOSE and not _is_apostrophe(text, i)]
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for n, (i, c) in enumerate(marks):
        closing_shape = i > 0 and text[i - 1] in ",.!?;" and (i + 1 == len(text) or not text[i + 1].isalnum())
        # ', "siger Peter Duetoft': a closing mark misplaced before the verb, after the comma's space
        closing_shape = closing_shape or (
            i >= 2
            and text[i - 2] in ",.!?"
            and text[i - 1] == " "
            and re.match(rf"(?:{_ALL_VERBS})\b", text[i + 1 :]) is not None
        )
        if open_at is None:
            if c in "”»" or (c == '"' and closing_shape and n == 0):
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
        elif c in _OPEN and c != "„" and c != "‘":
            open_at = i + 1
        elif c == "‘":
            continue  # a single-quoted phrase inside a quote
        elif c == "’" and text[open_at - 1] != "‘":
            continue
        else:
            spans.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text), False))
    return [(a, b, c) for a, b, c in spans if len(text[a:b].split()) >= _MIN_WORDS or _said(text, a, b)]


def _said(text: str, start: int, end: int) -> bool:
    """Whether a short quoted stretch (under four words) is speech all the same: it ends in a comma or a
    question or exclamation mark and a speaker and a speech verb follow ('"Never," she said.', '»Nej,« siger
    han.'), which a scare-quoted term or a name never has."""
    if len(text[start:end].split()) >= 2 and he_short_quote_said(text, start, end):
        return True  # quotes_he: '"...", אמר השר' (Hebrew's comma after the mark), 'היא אמרה: "..."'
    if (
        len(text[start:end].split()) >= 2
        and text[end - 1 : end] in (".", "!", "?")
        and re.search(rf"\b(?:{_ALL_VERBS})\b[^.!?\"“”]{{0,40}}:\s*[\"“«„]?$", text[:start])
    ):
        return True  # 'Roe later wrote on Twitter: "Shame on them."': a short sentence a speech verb introduces
    if (
        len(text[start:end].split()) >= 2
        and text[end - 1 : end] in (".", "!", "?")
        and re.search(
            rf"[,.!?][\"”»]\s+[^\"“”«»]{{1,60}}\b(?:{_ALL_VERBS})\b[^\"“”«»]{{0,30}}[.,]\s*[\"“«]$", text[:start]
        )
    ):
        return True  # '"I only wrote what I saw," Roe said. "Nothing more."': the quote goes on after its attribution
    if len(text[start:end].split()) < 2 or end < 1 or text[end - 1] not in ",!?":
        return False
    return (
        re.match(
            rf".\s*(?:(?:[A-ZÆØÅ][\w'’-]*\s+){{0,3}}|(?:he|she|they|han|hun)\s+)?(?:{_ALL_VERBS}|(?:was|is)\s+quoted)\b",
            text[end:],
        )
        is not None
        # '"Both are local," the spokeswoman said': a role the article has given someone
        or re.match(rf".\s*the\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:{_ALL_VERBS})\b", text[end:]) is not None
        # '"Never," Roe's neighbour, Ada Chu, said': a name the commas set off after a role, then the verb
        or re.match(
            rf".\s*(?:(?:the|a|an|his|her|their)\s+|[A-ZÆØÅ][\w'’-]*\s+)[\w\s'’-]{{2,40}}?,\s+"
            rf"(?:[A-ZÆØÅ][\w'’.-]*\s+){{1,3}}?[A-ZÆØÅ][\w'’-]*,\s+(?:{_ALL_VERBS})\b",
            text[end:],
        )
        is not None
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
        elif open_at is not None and ((before.isalnum() and before != "s") or before in ",.!?") and not after.isalnum():
            # (after an "s" a ' is as likely a plural's apostrophe, "the workers' pay": left alone)
            chars[open_at], chars[i] = "‘", "’"
            open_at = None
    return "".join(chars)


_HEBREW_PREFIX_QUOTE = re.compile(r"(?:^|(?<=\s)|.(?=[ובלמהשכ]))[ובלמהשכ]\"[\u05d0-\u05ea]{2,}")


def _is_apostrophe(text: str, i: int) -> bool:
    if text[i] == '"':
        if _HEBREW_PREFIX_QUOTE.match(text, max(i - 2, 0)) and (i == 1 or not _HEBREW_LETTER.match(text[i - 2])):
            return False  # 'ב"גן הסוד"': a prefix letter glued to an opening mark, no acronym (ש"ח has one letter)
        # Hebrew gershayim typed as a straight quote inside an acronym (צה"ל, יו"ר, מו"מ): part of the word
        return (
            0 < i < len(text) - 1
            and _HEBREW_LETTER.match(text[i - 1]) is not None
            and (_HEBREW_LETTER.match(text[i + 1]) is not None)
        )
    if text[i] not in "‘’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalpha() and after.isalpha()) or (text[i] == "’" and before == "s" and not after.isalnum())














# Titles written with a full stop ("Dr. Jane Roe", "Sen. Roe") and initials ("J. Roe"): no sentence ends there.
_NOT_AFTER_TITLE = "".join(
    rf"(?<!\b{t}\.)" for t in ("Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt",
                               "Capt", "Rev", "Hon", "[A-Z]")
)
# "a statement from", "a press release issued by": the words before the body that issued it.
_DOCUMENT_FROM = re.compile(
    r"^(?:an?|the|its)\s+(?:[a-z]+\s+)?(?:statement|release|letter|report|communiqué|email|post)\s+"
    r"(?:issued\s+|released\s+|sent\s+)?(?:from|by)\s+"
)


def _speaker_after(after: str, lang: str, ended: bool = False) -> str | None:
    """The speaker named right after a closing quote mark, "" for a bare verb, None if none. `ended`: the quote
    ended its sentence with a full stop inside the marks, so a new sentence's "Roe said" is not its attribution."""
    if lang in ("en", "da"):
        signed = re.match(rf"\s*[,.]?\s*[–—]\s*({_NAME})", after)  # '"..." – Jane Roe.'
        if signed:
            return signed.group(1)
        # '"..."Jane Roe - Chair of the Board': a name and a dash then the role, right after the mark
        signed = re.match(rf"\s*({_NAME})\s+[–—-]\s+[A-ZÆØÅ][^.!?\"“”]{{0,60}}$", after)
        if signed:
            return signed.group(1)
        signed = re.fullmatch(rf"\s*({_NAME})\s*[”\"]?\s*", after)
        if signed and len(signed.group(1).split()) >= 2:
            return signed.group(1)  # '"Work is life, but not all of it." Jane Roe': a saying signed by its author
        back = looking_back(re.sub(r"^\s*[.!?]", "", after))
        if back:
            return back  # '"...." That is how Jane Roe put it.'
        if ended and re.match(r"\s+[A-ZÆØÅ]", after):
            return None  # 'She added, "... family." Roe said her ...': the next sentence is its own
    # this sentence only (a title's full stop, "said Dr. Jane Roe", ends none)
    after = re.split(rf"{_NOT_AFTER_TITLE}(?<=[.!?])\s+(?=[A-ZÆØÅ\"“])", after, maxsplit=1)[0]
    if lang == "he":
        after = without_weekday(after)  # "אמר היום (שלישי) X": the weekday stands between verb and subject
        body = body_of_passive(after)
        if body is not None:
            return body  # quotes_he: '"...", נמסר מהמשטרה': the body the statement came from
        pronoun = re.match(rf"\s*,\s*(הוא|היא|הם|הן)\s+{HE_SPEECH}", after)
        if pronoun:
            return pronoun.group(1)  # '"...", היא אומרת': the last person of that sex named
        # '"...". כך אמר X.' (so said X): the next sentence points back at the quote
        m = re.match(rf"\s*[,.]?\s*[–—-]?\s*(?:כך\s+)?{HE_SPEECH}(?:\s+((?:[^.\"]|{GERSHAYIM})+))?", after)
        if not m:
            return None
        parts = [he_drop_adjuncts(p.strip()) for p in (m.group(1) or "").split(",") if p.strip()]
        parts = [he_surname_alone(p) for p in parts]  # quotes_he: "אמר גלעדי בכנס": גלעדי; "כתב בעמוד": ""
        if parts and not parts[0]:
            return ""
        if parts and he_unnamed(parts[0].split()):
            return " ".join(parts[0].split()[:3])  # "אמרה תושבת קיבוץ שביקשה ...": a description (or a role)
        if parts and parts[0].split()[0] in HE_ROLE_WORDS and len(parts) > 1:
            return " ".join(parts[1].split()[:3])
        return he_name_after_role(parts[0].split()[:5]) if parts else ""
    if lang == "ar":
        if re.match(r"\s*[،,]?\s*(?:على حد|حسب|بحسب|وفق)\s+(?:تعبير|قول|وصف)(?:ه|ها|هم)(?![\u0600-\u06ff])", after):
            return ""  # "...»، على حد تعبيره" (in his words): the person just named
        m = re.match(rf"\s*[،,.]?\s*{_AR_VERBS}\s+([^،.\"]+)", after)
        return m.group(1).strip() if m else pointed_back_speaker(after)  # "هكذا قال X", "بهذه الكلمات ..."
    read = re.match(rf"\s*[,.!?]?\s*(?:read|reads|said|says|stated|states)\s+({DOCUMENT.pattern})\b", after)
    if read and lang == "en":
        return read.group(1)  # '"...," read the statement.': the document, which stands for whoever issued it
    verbs = _verbs(lang)
    # an adverb may stand between the speaker and the verb ("Holt later said", "Holt reportedly told"), and
    # reported attribution ends the same way ("Holt was quoted as saying")
    # ("Holt was quoted by the paper as saying": the paper that quoted him may stand before "as")
    verbs = (
        rf"{verbs}|continued|continues|reported|reports|"
        r"(?:was|is|has\s+been)\s+quoted\s+(?:by\s+(?:the\s+)?[A-ZÆØÅ][\w.&'’-]*(?:\s+[A-ZÆØÅ][\w.&'’-]*){0,3}\s+)?"
        r"as\s+saying"
    )
    adverb = r"(?:(?:also|later|then|again|once|[a-z]{3,}ly)\s+)?"
    m = re.match(rf"\s*[,.!?]?\s*({_NAME}['’]s\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+{adverb}(?:{verbs})\b", after)
    if m:
        return m.group(1)  # '"...," Roe's spokesman said': the spokesman, someone the article does not name
    # (a bracket may stand between the name and the verb: "Roe (pictured) said", "Roe (R-Ohio) told")
    m = re.match(rf"\s*[,.!?]?\s*(?:({_NAME}|[Hh]e|[Ss]he|they|han|hun|(?:the|a|an)\s+[\w\s'-]{{2,40}}?)"
                 rf"(?:\s*\([^()]{{1,40}}\))?\s+{adverb}(?:{verbs})\b|(?:{verbs})\s+(.+))", after)  # fmt: skip
    if m and m.group(2) and re.match(r"(?:he|she|they|han|hun|de)\b", m.group(2)):
        return m.group(2).split()[0]  # "siger han til avisen", "said she in a letter": the pronoun, not its adjuncts
    if m:
        return (m.group(1) or m.group(2) or "").strip()
    # "police said", "one witness told the BBC", "officials said": people the article does not name speak
    m = re.match(rf"\s*[,.!?]?\s*((?:(?:one|another|two|three|several|some|many|other)\s+)?(?:[a-z][\w-]+\s+)?"
                 rf"[a-z][\w-]+)\s+{adverb}(?:{verbs})\b", after)  # fmt: skip
    if m and is_unnamed(m.group(1)):
        return m.group(1)
    # "Roberts, 45, said", "Anna Roberts, who runs the farm, told reporters": an appositive between the two
    m = re.match(
        rf"\s*[,.!?]?\s*({_NAME}),\s+[^\"“”,]{{1,60}}(?:,\s+[^\"“”,]{{1,40}})?,\s+(?:also\s+)?(?:{verbs})\b", after
    )
    if m:
        return m.group(1)
    # '"...," the mayor's spokesman, Ian Voss, told the paper', '"...," Roe's neighbour, Ada Chu, said': a role
    # before the name the commas set off
    m = re.match(
        rf"\s*[,.!?]?\s*(?:(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir)\s+|{_NAME}['’]s?\s+)[\w\s'’-]{{2,40}}?,\s+({_NAME}),\s+"
        rf"{adverb}(?:{verbs})\b",
        after,
    )
    if m:
        return m.group(1)
    m = re.match(r"\s*[,.]?\s*(?:according to|ifølge)\s+(.+)", after, re.IGNORECASE)
    # "according to a statement from the ministry": the ministry
    return re.sub(_DOCUMENT_FROM, "", m.group(1)) if m else None


def _speaker_before(before: str, lang: str) -> str | None:
    """A speaker introducing the quote in the same sentence: "X said:", "X warned the", "according to X,"."""
    if re.search(r"[.!?]\W*$", before) or not before.strip():
        return None  # the quote starts a sentence: no introduction in it
    before = re.split(r"(?<=[.!?])[\"”’»]?\s+", before)[-1]  # '... early." After the match, X said, "...
    if lang not in ("ar", "he"):
        # '"...," she said, adding: "...': the introduction starts after the previous quote's closing mark
        # (a quote of speech ends in punctuation; a term in scare quotes, '"dangerous" and', does not)
        before = re.split(r"(?<=[,.!?])[\"”»]\s+(?=\S)", before)[-1]
    if lang == "ar":
        m = AR_STATEMENT.search(before)
        if m and not statement_to_medium(before, m):  # (quotes_ar: "في تصريح لوكالة ..." is given to it)
            # "ورد في بيان صادر عن الحكومة:": the body that issued the statement speaks
            return statement_body(before, m)
        source = quoted_from(before)
        if source is not None:
            return source  # quotes_ar: "نقلت الوكالة عن X قوله": X speaks, the agency only reports it
        said = list(re.finditer(rf"(?<![\u0600-\u06ff])(?={_AR_VERBS}\s+([^،:]+))", before))
        if said:  # the verb nearest the quote: "أعلن النادي ...، وهذا ما أكده X، حيث قال:" is X's
            return said[-1].group(1).strip()
        if re.search(rf"(?<![\u0600-\u06ff]){_AR_VERBS}\s*:\s*$", before):
            return subject_before_verb(before) or ""  # "وقال: «...»": a bare verb, the person just named
        m = re.search(rf"(?:^|\s){_AR_QUOTE_VERBS}\s*([^،:]*)[:\s]*$", before)
        if m is None:
            return speaker_before(before)  # quotes_ar: a subject before its verb, a participle of saying
        name = m.group(1).strip()
        return name if len(name.split()) <= 3 else ""  # "قائلا:" alone: the person just named
    if lang == "he":
        m = HE_STATEMENT.search(before)
        if m:  # "בהודעה של המשטרה:" (in a statement of the police): the police speak
            return m.group(1).strip()
        cue = he_cue_before(before)
        if cue is not None:
            return cue  # quotes_he: "לדבריה," "לפי X," "מדובר צה"ל נמסר:", "X אמרה ל-ynet:"
        m = re.search(rf"(?:^|\s|,)((?:[^,:\"]|{GERSHAYIM}){{2,60}}?)\s+{HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$", before)
        if m:  # "דובר המשטרה אמר כי" (the police spokesman said that): the subject before the verb
            return he_name_after_role(m.group(1).split()[-5:])
        role_then_name = rf"{HE_SPEECH}\s+((?:[^,:\"]|{GERSHAYIM}){{2,60}}),\s*([^,:\"]{{3,40}}),\s*(?:כי|ש)?\s*:?\s*$"
        m = re.search(role_then_name, before)
        if m:  # "סבר נשיא בית המשפט, דן לוי, כי": the name in commas after the role; "לדברי X Y, המייצג את
            # ..., ": the name first, its description in the commas
            named_first = he_given_at(m.group(1).split()) or he_starts_with_given(m.group(1))
            return he_name_after_role(m.group(1).split()[-5:]) if named_first else m.group(2).strip()
        if not re.search(HE_SPEECH, before) and re.search(r":\s*$", before):
            # 'שר הביטחון משה כהן: "..."': a name, or a title and a name, then a colon introduces the quote
            clause = [p for p in re.split(r"[,;]", before.rstrip(" :")) if p.strip()][-1:]
            return he_name_after_role(clause[0].split()[-5:]) if clause else None
        m = re.search(rf"{HE_SPEECH}\s+((?:[^,:\"]|{GERSHAYIM})+)", before)
        if m and he_only_adjuncts(m.group(1).split()):
            # 'X אמר הבוקר בישיבה:', 'משרד הבריאות מסר בתגובה כי': a time or a place after the verb, the
            # speaker is the subject before it (or the person just named)
            subject = [p for p in re.split(r"[,:;]", before[: m.start()]) if p.strip()][-1:]
            return he_name_after_role(subject[0].split()[-5:]) if subject else ""
        return he_name_after_role(m.group(1).split()[:5]) if m else ("" if re.search(HE_SPEECH, before) else None)
    verbs = _verbs(lang) + "|saying|adding|noting|stating|writing|warning|insisting|citing|siger|sagde"
    verbs += "|emphasises|emphasizes|underlines|underlined|highlights|highlighted"  # '... that "we are ..."'
    verbs += "|states|asserts|asserted|affirms|declares|yelling|shouting|screaming|chanting"  # 'the dog states that'
    m = re.search(r"(?:according to|ifølge)\s+(.+?),?\s*$", before, re.IGNORECASE)
    if m:
        # "Ifølge borgmesteren er broen": the source ends before the comma or the finite verb that follows it
        return re.split(r",|\s+(?:er|var|har|havde|vil|skal|kan|bliver|blev|må|bør|is|was|will|has)\b", m.group(1))[0]
    m = EN_STATEMENT.search(before)
    if m:  # "in a statement issued by the ministry:": the ministry speaks
        return m.group(1).strip()
    m = QUOTED_AS.search(before) or QUOTED_BY.search(before)
    if m:  # "the paper quotes an aide as saying:", "an aide was quoted by the paper as saying": the aide
        return re.sub(r"[\"“”«»]", "", m.group(1)).strip()
    m = re.search(r"\b[Ii]t\s+(?:is|was|has\s+been)\s+(?:noted|stated|written|said|reported|announced|explained)\s+"
                  r"(?:on|in|by)\s+((?:the\s+)?[A-ZÆØÅ][^,\"“”]{2,60}?)(?:\s+that)?\s*[,:]?\s*$", before)
    if m:
        return m.group(1)  # 'It is noted on the Harbour Website that "..."': the website says it
    m = re.search(r"(?:^|[,;]\s*)((?:[Tt]he\s+)?[\w .&-]{2,60}?)['’]s?\s+(?:[a-z]+\s+){0,2}(?:statement|letter|post|"
                  r"tweet|message|release|website|report|response|reply|answer)\s+(?:read|reads|said|says|stated|states|"
                  r"was|went)?\s*[,:]?\s*$", before)  # fmt: skip
    if m:
        return m.group(1)  # 'The council's statement read:', 'Roe's reply:': whose words they are
    m = re.search(r"^(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[a-z]+\s+)?(?:email|e-mail|letter|message|memo|note|"
                  r"text|fax|cable)\s+(?:sent\s+)?(?:from|by)\s+(.{2,60}?)(?:\s+to\s+.{2,60}?)?\s+[a-z]+s\b", before)
    if m:
        return m.group(1)  # "An email from Roe & Co. to the minister advises:", "An email by Roe shows": the sender
    issued_by = issuer(before)
    if issued_by is not None:
        return issued_by  # "The ministry issued a statement saying": the ministry, not "a statement"
    m = THING_SAYING.search(before)
    if m and not re.search(r"\b(?:in|on|from)\s+$", before[: m.start()]):
        return m.group(1)  # "a sign reading", "one reader writing": the thing or person that says it
    m = re.search(rf"^(.*?)\b(?:{verbs})\b", before)
    if m and re.fullmatch(r"\s*(?:(?:when|if|once|after|before|as|while|until|unless)\s*)?", m.group(1), re.IGNORECASE):
        # "When asked about the plan, Roe noted:": a passive participle with no subject of its own; the verb after
        m = re.search(rf"^(.{{{m.end()},}}?)\b(?:{verbs})\b", before)
    # "He described the plan for the coast road as": a verb of naming may stand far from its "as"
    reach = 120 if re.search(r"\bas\s*$", before) else 60
    if m and len(before) - m.end() < reach and len(m.group(1).split()) <= 12 and not re.search(r"[\"“”«»]", m.group(1)):
        said_by = clause_subject(m.group(1))
        participle = re.match(rf"{_PARTICIPLES}\b", before[len(m.group(1)) :]) is not None
        if said_by or not participle or lang not in ("en", "da"):
            return said_by
        # "Roe expressed concern, stating": nothing after the comma, the participle's subject is the clause's
        return _participle_subject(before, verbs) or said_by
    nearest = _participle_subject(before, verbs) if lang in ("en", "da") else None
    if nearest is not None:
        return nearest
    if re.search(r":\s*$", before):  # "Thomas: ..." or an introduction ending in a colon
        titled = re.search(
            r"\b(?:blog|page|site|website|account|newspaper|paper|magazine|column)\s+[\"“]([^\"”]{3,80})[\"”]", before
        )
        if titled:
            return titled.group(1)  # 'Finally, the blog "Roe Notes" shares some numbers:': the blog
        return before.rstrip(": ")
    return None


_PARTICIPLES = r"(?:adding|saying|noting|stating|writing|warning|insisting|telling|explaining|citing|tilføjer|siger)"


# The name heading a clause ("the Roe Centre for Coastal Safety recorded ..."), not a determiner opening it.
_HEAD_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?!(?:An?|The|This|That|These|Those|His|Her|Its|Their|One)\b)[A-ZÆØÅ][\w'’-]*"
    r"(?:\s+(?:(?:of|to|for|on|and|the)\s+)*[A-ZÆØÅ][\w'’-]*)*"
)


def _participle_subject(before: str, verbs: str) -> str | None:
    """The subject of a participle of saying after a comma, or of a speech verb joined by "and", when the main
    verb stands too far from the quote: the subject opening the sentence ("US citizen Jane Roe, the mother of
    ..., called him "..." and "...", adding to the BBC:" is "US citizen Jane Roe"; "In its first year, the Roe
    Centre recorded 63 cases, ..., and noted that" is "the Roe Centre"); None for any other verb."""
    found = list(re.finditer(rf"\b(?:{verbs})\b", before))
    if not found or len(before) - found[-1].end() >= 60:
        return None
    verb, lead = found[-1], before[: found[-1].start()]
    participle = re.fullmatch(_PARTICIPLES, verb.group(0)) and re.search(r",\s*$", lead)
    if not participle and not re.search(r",?\s+(?:and|og)\s+$", lead):
        return None
    parts = [p.strip() for p in _LEAD_IN.sub("", before).split(",")]
    while parts and re.match(r"(?:in|on|at|after|before|during|following|for|with|i|på|efter|under)\s", parts[0], re.I):
        parts = parts[1:]  # "In its first year, the Roe Centre ...": a lead-in of time or place is no subject
    opening = parts[0] if parts else ""
    if re.search(r"[\"“”«»]", opening) or not re.search(r"[A-ZÆØÅ]", opening):
        return None
    head = _HEAD_NAME.match(opening)
    if head and re.match(r"\s+[a-z]+ed\b", opening[head.end() :]):
        return head.group(0)  # "Roe expressed concern, stating": the name before the main verb
    if len(opening.split()) <= 6:
        return opening
    # a role before a name heads the clause: "Army spokesman Weerachon Sukhon expressed ..."
    titled = re.match(
        r"(?:[A-ZÆØÅ][\w-]*\s+)?((?:[a-z][\w-]*\s+){1,2})([A-ZÆØÅ][\w'’-]+(?:\s+[A-ZÆØÅ][\w'’-]+){1,2})\b", opening
    )
    if titled and all(is_role_noun(w) for w in titled.group(1).split()):
        return titled.group(2)
    # a long main clause: its subject is the name at its head ("the Roe Centre for X recorded 63 cases")
    return head.group(0) if head else None


# Words after which quoted words are a noun phrase the sentence uses (a determiner, "about"), or a gloss
# in brackets, not someone's speech.
_BEFORE_PHRASE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|about|concerning|regarding|for|against|en|et|om)|\()"
    r"\s*[\"“«„‘»]?$",
    re.IGNORECASE,
)


# A verb of naming and its object before quoted words: 'called the plan "a setback"', 'dubbed it "the ..."'.
_NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|term(?:s|ed|ing)?)\s+"
    r"(?:it|them|this|that|him|her|(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s*[\"“«„‘]?$"
)


def _quoted_noun_phrase(before: str, quoted: str) -> bool:
    """Whether quoted words starting in lower case are a phrase the writer's own sentence uses: right after a
    determiner or "about" ('wrote about the "untold story of ..."'), or a gloss in brackets."""
    if _NAMING.search(before.rstrip()) and re.match(r"(?:an?|the)\s", quoted):
        return True  # 'has called the plan "a clear setback"': a name given to something, not speech
    m = _BEFORE_PHRASE.search(before.rstrip())
    if m is None or not quoted[:1].islower():
        return False
    # 'warns the "levels are ..."', 'sagde det "...': after a verb of saying the determiner opens the speech
    return re.search(rf"\b(?:{_ALL_VERBS})\s*$", before[: m.start()]) is None


def _is_title_or_term(quoted: str) -> bool:
    """Quoted Title Case words with no sentence in them: a work, site or campaign's name, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    if not words or re.search(r"[.!?,;:]\s", quoted + " ") and len(words) > 8:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6 and not re.search(r"[.!?]\s*$", quoted.strip())


def _danish_dash(text: str, verbs: str) -> tuple[str, str] | None:
    """A Danish dash quote in one sentence and who it names: "– Vi er klar, siger X." or, after an introduction
    and a colon, "Hun understreger: – Byen skal ikke betale." (the introduction's subject)."""
    m = re.match(rf"^[–-]\s+(.+?),?\s+(?:{verbs})\s+(.+?)\.?$", text)
    if m:
        return (m.group(1), m.group(2))
    m = re.match(rf"^(.{{2,80}}?)\s+(?:{verbs})(?:\s+[a-zæøå]+)?\s*:\s*[–-]\s+(\S.{{11,}})$", text)
    return (m.group(2), m.group(1)) if m else None


def find_quotes(
    sentences: list[SourceSentence], language: str, people: PeopleIndex, organisations: Sequence[Fact] = ()
) -> list[Fact]:
    """Quotes with their speakers, one fact per quote, covering every sentence it runs through;
    `organisations` (the article's) are who "the company" and "the ministry" are."""
    lang = language.split("-")[0].lower()
    speakers = Speakers(people, {s.index: s.text for s in sentences}, organisations)
    paragraphs: dict[int, list[SourceSentence]] = {}
    for s in sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    out: list[Fact] = []
    verbs = _verbs(lang)
    pending: list[Fact] = []  # quotes of earlier paragraphs left open, waiting for their speaker
    carried: str | None = None  # the speaker of the quote that ended the paragraph before
    for group in paragraphs.values():
        text, offsets = "", []
        for s in group:
            offsets.append((len(text) + (1 if text else 0), s))
            text = f"{text} {s.text}" if text else s.text
        written = text
        if lang == "he":
            text = text.replace("\u05f4", '"')  # ״ typed as a quotation mark reads like "; the fact keeps ״
        previous: str | None = None
        covered: set[int] = set()
        spans = _quote_spans(text)
        for start, end, closed in spans:
            inside = [s for off, s in offsets if off < end and start < off + len(s.text)]
            first = inside[0].index
            ended = text[start:end].rstrip().endswith(".")
            mention = _speaker_after(text[end + 1 :], lang, ended) if closed else None
            if mention is not None and lang == "en" and DOCUMENT.fullmatch(mention.strip(" ,.")):
                mention = document_issuer(inside[-1].index, speakers) or mention  # '"...," read the statement.'
            introduced = False
            if mention is None:
                mention = _speaker_before(text[:start].rstrip(' "“«„'), lang)
                introduced = mention is not None
            quoted = text[start:end]
            lead_in = text[:start].rstrip(' "“«„')
            named_later = lang == "en" and NAMED_AS_LATER.search(lead_in) is not None  # '... motto was, "..."'
            if NAMED_AS.search(lead_in) or WORK_NAMED.search(lead_in) or named_later:
                continue  # "under the slogan ...", "شعارها ...": a title or slogan, nobody's speech
            # (a quote that opens a sentence and ends one, '... attend? "It's Warhol. He is a legend."', is speech)
            opens_sentence = re.search(r"(?:^|[.!?])\W*$", text[:start]) is not None and quoted.rstrip()[-1:] in ".!?"
            if _is_title_or_term(quoted) or (mention is None and previous is None and closed and len(quoted.split()) < 8
                                             and not opens_sentence):  # fmt: skip
                continue  # a title ("The Internet Explorer 6 Countdown") or a phrase quoted in passing
            if lang == "he" and closed and he_quote_in_clause(text[:start], text[end + 1 :]):
                continue  # quotes_he: 'לטענת X "..." סירבה': a name in the clause, nobody's speech
            if lang in ("en", "da") and (introduced or mention is None) and _quoted_noun_phrase(text[:start], quoted):
                continue  # 'help end the "terrible trend of ..."', 'a bill concerning "equity in ..."': no speech
            if lang == "en" and phrase_not_clause(text[:start].rstrip(' "“«„'), quoted):
                continue  # 'described them as "heroes who served"', 'is "a waste of time"': a phrase, no clause said
            if mention is None and previous is not None:
                speaker: str | None = previous
            elif mention is None and not closed:
                speaker = None  # decided by the paragraph that closes it
            elif mention is None and lang == "ar" and follows_intro(speakers.text, first, text[:start]):
                speaker = None  # the introduction's subject: _add_blocks reads it
            elif mention is None and carried is not None and re.match(r"\W*$", text[:start]):
                speaker = carried  # a quote paragraph right after another, unattributed: the same speaker goes on
            else:
                sentence_start = max(off for off, s in offsets if off <= max(start - 1, 0))
                clause = text[sentence_start:start]
                body = BODY_SUBJECT.match(clause) if mention is None and lang in ("en", "da") else None
                if body is not None and speakers.in_text(clause) is None:
                    mention = body.group(1)  # 'The court justified the sentence on the grounds "..."': the court
                # (also when a verb of saying gave "the Roe Trust (RT)" as the mention: the body goes by its name)
                body_named = mention is None or re.match(r"[Tt]he\s+[A-Z]", mention) is not None
                named_body = (
                    named_body_subject(clause, speakers)
                    if body_named and lang in ("en", "da") and speakers.in_text(clause) is None
                    else None
                )
                unnamed_before = (
                    lang == "en"
                    and mention in ("he", "she")
                    and carried is not None
                    and not re.search(r"\w", text[:start])
                    and speakers.people.find(carried) is None
                    and speakers.in_text(carried) is None
                )
                if named_body is not None:
                    speaker = named_body  # 'the Roe Trust (RT) advised "..."': the body, whatever its verb
                elif unnamed_before:
                    # '[The source] also said "...".' then '"...," he declared.': the unnamed source just quoted
                    # goes on; the last person named is only talked about
                    speaker = carried
                else:
                    speaker = speakers.resolve(mention if mention is not None else "", first, clause, last=introduced)
            if lang == "he":
                speaker = he_as_written(speaker, written)  # quotes_he: ״ as the article types it
            fact = Fact(
                "quote", written[start:end].strip(" ,"), first, speaker=speaker, sentences=[s.index for s in inside]
            )
            if speaker is not None:
                for waiting in pending:
                    waiting.speaker = speaker
                pending = []
            elif not closed:
                pending.append(fact)
            previous = speaker
            covered.update(s.index for s in inside)
            out.append(fact)
        quoted_facts = [f for f in out if f.sentences and f.sentences[-1] == group[-1].index and f.kind == "quote"]
        carried = quoted_facts[-1].speaker if quoted_facts else None
        if spans and spans[-1][2] is True:
            for waiting in pending:  # an open quote the next paragraph did not take up
                waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
            pending = []
        for s in group:
            if s.index in covered:
                continue
            if lang == "da":
                dash = _danish_dash(s.text, verbs)
                if dash:
                    out.append(Fact("quote", dash[0], s.index, speaker=speakers.resolve(dash[1], s.index)))
                    continue
            if lang == "ar":
                m = re.search(
                    rf"(?:^|\s)(?:{AR_SPEECH}|{_AR_QUOTE_VERBS})\s*([^،:\"«»]{{0,40}}?)\s*:\s*([^\"«»]{{12,}})$", s.text
                )
                if (
                    m
                    and len(m.group(2).split()) >= _MIN_WORDS
                    and not re.match(r"(?:إن|أن|إنه|أنه|إنها|أنها)\s", m.group(2))
                ):
                    # "وقال : ما رأيناه في رواندا لم نره في دارفور.": speech after a colon, unmarked
                    mention = m.group(1) or subject_before_verb(s.text[: m.start(2)]) or ""  # "X يقول: ..."
                    speaker = speakers.resolve(mention, s.index, s.text[: m.start()])
                    out.append(Fact("quote", m.group(2).strip(), s.index, speaker=speaker))
                    continue
            if lang in ("en", "da"):
                m = re.match(
                    rf"^(.{{12,}}?),\s+(?:((?:the\s+\w+)|{_NAME}|he|she|they|han|hun)\s+(?:{verbs})|(?:{verbs})\s+({_NAME}))"
                    r"(?:\s+\w+)?\s*(?:[.,]|$)",
                    s.text,
                )
                adverbial = re.match(  # "In a letter to his neighbour, Roe complained": a phrase, no speech
                    r"(?:In|On|At|After|Before|During|With|Without|For|From|About|Asked|Speaking|Writing|Following|"
                    r"Despite|Since|When|While|Through|Under|Over|Like|Unlike|Efter|Før|Under|Med|Uden|Om|Ifølge|I|På)"
                    r"\s[^,]*$",
                    m.group(1) if m else "",
                ) and not re.search(  # (a clause after the phrase is speech: "In my view the plan is flawed")
                    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should|do|does|did|er|var|har|vil)\b",
                    m.group(1) if m else "",
                )
                if (
                    m
                    and not adverbial
                    and not re.search(rf"\b(?:{verbs})\b", m.group(1))
                    # ("a group, called Safecast,": a verb of naming gives a name, nobody speaks)
                    and not re.match(r",\s+(?:called|named|labell?ed|dubbed|described)\s", s.text[len(m.group(1)) :])
                    and len(m.group(1).split()) >= _MIN_WORDS
                ):
                    mention = m.group(2) or m.group(3)
                    out.append(Fact("quote", m.group(1), s.index, speaker=speakers.resolve(mention, s.index)))
    for waiting in pending:
        waiting.speaker = waiting.speaker or speakers.resolve("", waiting.sentence)
    if lang in ("en", "da"):
        _add_paragraph_quotes(out, list(paragraphs.values()), lang, speakers)
    _add_blocks(out, sentences, lang, speakers)
    if lang in ("en", "da"):
        _add_labelled(out, sentences, speakers)
    return out


# "Jane Roe: We were never asked.", "[For example] Jane Roe: ...": a speaker's label, as transcripts and
# quoted comment threads print it.
_LABEL = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?((?:[A-ZÆØÅ][\w'’-]+\s+){1,2}[A-ZÆØÅ][\w'’-]+)\s*:\s+(\S.{11,})$")


def _add_labelled(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """Sentences opened by a person's name and a colon, the person's words after it: each its own quote,
    whatever longer quote it sits in (a comment thread quoted inside a blogger's post)."""
    for s in sentences:
        m = _LABEL.match(s.text)
        person = speakers.people.find(m.group(1)) if m and len(m.group(2).split()) >= _MIN_WORDS else None
        if m is None or person is None or s.index == 0 or _is_title_or_term(m.group(2)):
            continue  # (a headline, "Jane Roe: The Woman Who Saved the Harbour", is no speech)
        if any(f.kind == "quote" and f.speaker == person.name and s.index in f.sentences for f in out):
            continue
        out.append(Fact("quote", m.group(2), s.index, speaker=person.name, sentences=[s.index]))


def _add_paragraph_quotes(
    out: list[Fact], paragraphs: list[list[SourceSentence]], lang: str, speakers: Speakers
) -> None:
    """Speakers named at a paragraph's end or in the paragraph after it (dash_quotes.py): a Danish dash
    paragraph of several sentences becomes one quote, and a quote signed on the next line is the signer's."""
    if lang == "da":
        for found in dash_paragraphs(paragraphs, _verbs(lang)):
            inside = [f for f in out if f.kind == "quote" and set(f.sentences or [f.sentence]) <= set(found.sentences)]
            if any(f.speaker is not None and found.sentences[0] in (f.sentences or [f.sentence]) for f in inside):
                continue  # the sentence-by-sentence reading found it and its speaker
            for f in inside:
                out.remove(f)
            speaker = speakers.resolve(found.mention, found.at)
            out.append(Fact("quote", found.text, found.sentences[0], speaker=speaker, sentences=list(found.sentences)))
    signed = signatures(paragraphs, lambda name: speakers.people.find(name) is not None)
    for f in out:
        name = signed.get((f.sentences or [f.sentence])[-1])
        if f.kind == "quote" and name is not None:
            f.speaker = speakers.resolve(name, f.sentence)


def _add_blocks(out: list[Fact], sentences: list[SourceSentence], lang: str, speakers: Speakers) -> None:
    """Quotes printed as paragraphs of their own and quoted posts (blockquotes.py), where the marked-quote
    reading found no speaker for them: the introduction's subject speaks, a post's author or handle."""
    by_sentence = {i: f for f in out for i in f.sentences}
    authors = post_authors(sentences)
    by_handle: dict[str, str] = {}  # the speaker given to each handle's latest post
    for block in find_blocks(sentences, lang, lambda text: speakers.in_text(text) is not None):
        first = block.sentences[0]
        existing = by_sentence.get(first)
        opening = next((s.text for s in sentences if s.index == first), "")
        inner: Fact | None = None
        if existing is not None and block.intro is not None and len(existing.text) < 0.6 * len(opening):
            inner, existing = existing, None  # a short quote inside the quoted passage is its own ("according to X")
        elif existing is not None and existing.speaker is not None:
            continue
        speaker: str | None = None
        latin = lang not in ("ar", "he")
        subject = _intro_name(block.intro, lang) if block.intro and latin else None
        again = (_pronoun_again(block, out, speakers) or source_again(block, out, speakers)) if latin else None
        if again is not None:
            speaker = again  # "She added:" after Jane Roe's post or quote: Jane Roe goes on
        elif block.handle is not None:
            named = speakers.in_text(block.intro) if block.intro else None
            if named is not None and block.intro and latin and not _intro_subject_is(block.intro, named):
                named = None  # "Lady Gaga fans were angry:": the intro names someone, but a group speaks
            named = _spelled_by(block.handle, speakers.people.people) or named  # "@janeroe" is Jane Roe
            if named is None and block.intro and re.match(r"(?:he|she|han|hun)\b", block.intro, re.IGNORECASE):
                named = speakers.last_named(first)
            author = authors.get(block.handle.lower())
            named = named or (speakers.in_text(author) if author else None)
            speaker = named.name if named else author or block.handle
            if subject is not None and (named is None or not _same_name(subject, named.name)):
                # "Mohammed wondered:", "Mai Roe tweeted:" beside a Jane Roe: the account holder as the
                # introduction names them, not a namesake nor the bare handle
                speaker = subject
            elif block.intro is None and block.handle in by_handle:
                speaker = by_handle[block.handle]  # the same account's next post, under one introduction
        elif block.intro is not None and latin and intro_author(block.intro) is not None:
            # "Jane Roe (@janeroe) expresses surprise:": the account holder, as the introduction names them
            written = intro_author(block.intro) or ""
            person = speakers.in_text(written)
            speaker = person.name if person is not None else written
        elif block.intro is not None and presented(block.intro, lang) is not None:
            # "Finally, there is Roe Watch:": the source presented speaks (a person of the article if one)
            source = presented(block.intro, lang) or ""
            person = speakers.in_text(source)
            speaker = person.name if person is not None else source
        elif block.intro is not None:
            mention = _speaker_before(block.intro + ":", lang)
            subject = intro_subject(block.intro, lang) if mention == block.intro.strip() else None
            subject = clause_subject(subject.rstrip(", ")) if subject else None
            name_like = bool(
                subject
                and subject.split()[0].lower() not in LEADING_FUNCTION_WORDS
                and (re.fullmatch(_NAME, subject) or re.fullmatch(TITLED_NAME, subject))
            )  # "Jane Roe", "Life in 3 Parts", not "I" or "This"
            if subject and (speakers.in_text(subject) is not None or name_like):
                # "Again, Jane Roe reflects on the year:", "Roe explained why Doe won:": the verb's subject
                # speaks, not a name later in the introduction
                mention = subject
            named_subject = _intro_name(block.intro, lang) if latin else None
            if named_subject is not None and (mention is None or mention == block.intro.strip()):
                mention = named_subject  # "The blog Roe Notes wrote:", "Later the Governor of X issued a statement:"
            body = _possessor_body(block.intro, first, speakers)
            if body is not None:
                speaker = body  # "The network's description on its website reads:": the network named before
            elif named_subject is not None and named_subject in _titles(block.intro):
                speaker = named_subject  # 'the page "Save the Park" wrote:': the page's name as printed
            elif (
                subject
                and mention == subject
                and len(subject.split()) > 2
                and speakers.in_text(subject) is None
                and re.fullmatch(TITLED_NAME, subject)
            ):
                speaker = subject  # "Notes from the Quay, which tells the story, says": a blog's name, whole
            elif (
                lang == "en"
                and (document := DOCUMENT_LAST.search(block.intro)) is not None
                and intro_subject(block.intro, lang) is None
            ):
                # "Activists gathered support for a petition against the toll:": the petition speaks, not the last
                # person named (a verb of saying, "Roe wrote an open letter:", leaves Roe speaking)
                speaker = re.sub(r"^(?:an?|their|its|his|her)\s", "the ", document.group(0))
            elif latin and (quoted_from_name := QUOTE_FROM.search(block.intro)) is not None:
                # "Roe's News reposted a quote from Jane Doe:": the one quoted speaks, not who passes it on
                written = quoted_from_name.group(1) or re.sub(r"[\"“”]", "", quoted_from_name.group(2))
                person = speakers.in_text(written)
                speaker = person.name if person is not None else written
            elif latin and intro_subject(block.intro, lang) is None and opening_name(block.intro) is not None:
                # "Roe finished his post with a goodbye to Doe:", "Roe has an explanation:": no verb of saying, the
                # name opening the introduction speaks, not one named later in it
                written = opening_name(block.intro) or ""
                person = speakers.in_text(written)
                speaker = person.name if person is not None else written
            elif latin and (pronoun := pronoun_subject(block.intro, lang)) is not None:
                # "Roe quit the paper and joined the radio, where he explained what happened:": the pronoun
                # before the verb of saying speaks, the man named before it, not a name later in the introduction
                speaker = speakers.resolve(pronoun[0], block.intro_sentence or first, pronoun[1])
            else:
                speaker = speakers.resolve(mention, first, block.intro, last=True) if mention is not None else None
        if block.handle is not None and speaker is not None:
            by_handle[block.handle] = speaker
        if speaker is None or (inner is not None and inner.speaker == speaker):
            continue
        retweet = _retweet(block.text, sentences, block.sentences) if block.handle is not None else None
        if retweet is not None:
            # "@ann: So true! RT @bob: The bridge is closed.": Bob's post inside Ann's, each with its author
            text, handle, covered = retweet
            author = authors.get(handle.lower())
            named = speakers.in_text(author) if author else None
            out.append(Fact("quote", text, covered[0], speaker=named.name if named else author or handle,
                            sentences=covered))  # fmt: skip
            own = re.sub(r"\s*\bRT\s+@\w+\s*:?\s*$", "", block.text[: block.text.find(text)])
            if len(re.sub(r"^@\w+\s*:\s*", "", own).split()) < _MIN_WORDS:
                continue  # the poster only passed it on
            mine = [i for i in block.sentences if i < covered[0]] or [first]
            if existing is None:
                out.append(Fact("quote", re.sub(r"^@\w+\s*:\s*", "", own), first, speaker=speaker, sentences=mine))
                continue
        if existing is not None:
            existing.speaker = speaker
        else:
            text = re.sub(r"^[–—-]\s+", "", block.text)  # a Danish dash paragraph's dash is no part of the words
            out.append(Fact("quote", text, first, speaker=speaker, sentences=list(block.sentences)))


# Words before an introduction's subject that are no part of it: "Later the Governor", "However, Jane Roe".
_LEAD_IN = re.compile(r"^(?:(?:later|then|finally|however|meanwhile|also|again|similarly|likewise|instead|"
                      r"earlier|today|yesterday|separately|elsewhere|on\s+twitter|on\s+facebook)\b[\s,]*)+", re.I)
_DETERMINED = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"


def _intro_name(intro: str, lang: str) -> str | None:
    """The name an introduction gives its speaker, as it writes it: "Jane Roe (@jroe) wrote" is "Jane Roe", "The
    blog Roe Notes posted" is "Roe Notes", "Later the Governor of Lakeland issued a statement" is "Governor of
    Lakeland", 'the page "Save the Park" celebrated' is "Save the Park"; None for a pronoun or a phrase with no
    name ("Many readers wrote")."""
    source = re.search(r"(?:^|,\s+)[Aa]s\s+((?:the\s+)?[A-ZÆØÅ][\w.'’&-]*(?:\s+[A-ZÆØÅ][\w.'’&-]*){0,4})\s+"
                       r"(?:reports|reported|writes|wrote|notes|noted|explains|explained|puts\s+it|put\s+it),", intro)
    if source and lang in ("en", "da"):
        return source.group(1)  # "The re-arrest of X, as Uncommon Sense reports, also shows this:": the source
    raw = intro_subject(intro, lang)
    if raw is None:
        return None
    subject = _LEAD_IN.sub("", clause_subject(re.sub(r"\s*\([^()]*\)", "", raw).rstrip(", ")).strip())
    titled = re.search(rf"(?:^|\s){_DETERMINED}\s+(?:[a-z][\w'’-]*\s+){{1,2}}[\"“]([^\"”]{{3,80}})[\"”]$", subject)
    if titled:
        return titled.group(1)
    site = re.match(rf"{_DETERMINED}\s+((?:[\w-]+\.)+[a-z]{{2,6}})\s+[a-z]+$", subject)
    if site:
        return site.group(1)  # "A roenotes.org editorial predicts": the site named by its address
    described = re.fullmatch(rf"{_DETERMINED}\s+(?:[a-z][\w'’-]*\s+){{0,2}}((?:[A-ZÆØÅ][\w.'’&-]*\s*)+"
                             r"(?:\s*(?:of|for)\s+(?:the\s+)?(?:[A-ZÆØÅ][\w.'’&-]*\s*)+)?)", subject)
    if described:
        return described.group(1).strip()
    if re.fullmatch(r"(?:[A-ZÆØÅ]\.\s?){2,4}", subject):
        return subject  # "On Twitter, H.K. agrees": a writer known by initials
    if (
        re.fullmatch(_NAME, subject)
        and subject.split()[0].lower() not in LEADING_FUNCTION_WORDS
        and subject.split()[0].lower() not in NOT_NAMES
    ):
        return subject
    return None


def _possessor_body(intro: str, sentence: int, speakers: Speakers) -> str | None:
    """The body whose page, statement or description speaks: "The network's statement reads:" is the body
    named before whose name holds "network"; None when no such body was named."""
    m = re.match(r"(?:the|its|their)\s+([a-z]{4,})['’]s\s+(?:[a-z]+\s+){0,4}?(?:reads|read|says|said|states|stated)$",
                 intro, re.IGNORECASE)  # fmt: skip
    if m is None:
        return None
    noun = m.group(1).lower()
    named = [o for o in speakers.organisations if min(o.sentences or [o.sentence]) <= sentence
             and noun in o.text.lower()]  # fmt: skip
    return named[-1].text if named else None


def _titles(text: str) -> list[str]:
    """The words a text puts in quote marks."""
    return re.findall(r"[\"“]([^\"”]{3,80})[\"”]", text)


def _same_name(written: str, name: str) -> bool:
    """Whether an introduction's name and a person's name agree: one holds the other ("Roe", "Jane Roe")."""
    return written in name or name in written


def _pronoun_again(block: Block, out: list[Fact], speakers: Speakers) -> str | None:
    """The speaker a pronoun introduction points back to: "She added:" right after Jane Roe's quote is Jane
    Roe (not a name inside her quote); "On May 1 it tweeted:" after "The Roe Society posts updates." is the
    body named in the sentence before. None when the introduction is no pronoun's or nothing fits."""
    if block.intro is None or block.intro_sentence is None:
        return None
    m = re.match(r"(?:[\w\s,]*?[\s,])?(he|she|it|they)\s+(?:(?:also|then|later|again)\s+)?[a-z]+(?:ed|s)?\b",
                 block.intro, re.IGNORECASE)
    if m is None or len(block.intro[: m.start(1)].split()) > 5:
        return None  # the pronoun is the introduction's subject, near its start ("On May 4 it published")
    pronoun = m.group(1).lower()
    at = block.intro_sentence
    if pronoun == "it":
        for index in (at, at - 1, at - 2):
            text = speakers.text.get(index, "")
            lead = re.match(r"(?:The\s+)?((?:[A-ZÆØÅ][\w'’&-]*\s*)+)", text)
            if lead is not None:  # "Roe Watch posts updates.": the body that is the sentence's subject,
                head = lead.group(1).strip()  # named in full or by the first words of its name
                known = [o.text for o in speakers.organisations if o.text == head or o.text.startswith(head + " ")]
                if known:
                    return known[0]
            bodies = [
                o for o in speakers.organisations
                if o.text in text and not re.search(r"\b(?:on|in|at|via|from|to|with)\s+(?:the\s+)?$",
                                                    text[: text.find(o.text)])
            ]  # fmt: skip
            if bodies:  # else the first body the sentence names, not one it only mentions ("on Twitter")
                return min(bodies, key=lambda o: text.find(o.text)).text
        return None
    before = [f for f in out if f.kind == "quote" and f.speaker and max(f.sentences or [f.sentence]) == at - 1]
    if not before:
        return None
    speaker = before[-1].speaker
    person = speakers.people.find(speaker) if speaker else None
    sex = PRONOUN_SEX.get(pronoun, "")
    if person is not None and sex and sex_of(person) not in ("", sex):
        return None
    return speaker


def _intro_subject_is(intro: str, person: Person) -> bool:
    """Whether `person` is the subject of an introduction: named near its start and not as the owner of a
    group ("Jane Roe wanted an apology", not "Jane Roe fans were angry")."""
    at = intro.find(person.key)
    if at < 0 or len(intro[:at].split()) > 6:  # "According to film director Jane Roe, ..."
        return False
    if re.search(r"\b(?:by|from|of)\s+(?:[A-ZÆØÅ][\w.'’-]*\s+)*$", intro[:at]):
        return False  # "A photo posted by Jane Roe has gone viral": the passive's agent, not the subject
    # "Jane Roe fans were angry", "Roe supporters, who ...": a plural noun after the name is the subject
    return not re.match(r"(?:['’]s)?\s+[a-z]+s,?\s+(?:were|are|have|had|who)\b", intro[at + len(person.key) :])


def _spelled_by(handle: str, people: Sequence[Person]) -> Person | None:
    """The person whose name a handle spells, ignoring case and spaces ("@JaneRoe", "@roe" for Jane Roe)."""
    bare = re.sub(r"[^a-z]", "", handle.lower())
    for person in people:
        name = re.sub(r"[^a-z]", "", person.name.lower())
        key = re.sub(r"[^a-z]", "", person.key.lower())
        if len(bare) >= 5 and bare in (name, key):
            return person
    return None


def _retweet(text: str, sentences: list[SourceSentence], indices: tuple[int, ...]) -> tuple[str, str, list[int]] | None:
    """The post passed on inside a post ("... RT @bob: text"): its text, its handle and the sentences it
    covers; None when the post passes none on after its own opening."""
    m = re.search(r"(?<=\s)RT\s+(@\w{1,30})\s*:\s*(\S.*)$", text)
    if m is None or len(m.group(2).split()) < 3:
        return None
    by_index = {s.index: s.text for s in sentences}
    covered = [i for i in indices if m.group(2)[:20] in by_index.get(i, "")]
    start = covered[0] if covered else indices[-1]
    return m.group(2), m.group(1), [i for i in indices if i >= start]
