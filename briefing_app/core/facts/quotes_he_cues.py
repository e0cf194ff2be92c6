"""Hebrew cues that name a quote's source before it: "לדבריו," / "לדבריה," (in his or her words, the suffix's
sex picks the person), "לדברי X," / "לפי X," / "לטענת X," (according to X), also with a role and a name in
commas ("לפי ראש המועצה, X Y,"); and a name in quote marks inside the clause after such a cue, no speech."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import lookup
from briefing_app.core.facts.people_he import (
    HE_SPEECH,
    _he_head_at,
    adjunct_word,
    he_given_at,
    he_starts_with_given,
    names_a_body,
    transliterated,
)
from briefing_app.core.facts.quote_cues import he_name_after_role
from briefing_app.core.facts.quotes_he_colon import document_passive

_GERSHAYIM = r"(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])"  # inside an acronym: עו"ד, צה"ל

# A possessive suffix's sex: -ו/-יו his, -ה/-יה hers, -ם/-הם theirs.
_SUFFIX_SEX = {"ו": "הוא", "יו": "הוא", "ה": "היא", "יה": "היא", "ם": "", "הם": "", "יהם": ""}
_PRONOUN_CUE = re.compile(
    r"(?:^|[\s,.])(?:ו|כ)?(?:לדבר|לטענת|לדעת|לגרסת|לדברי|כדבר|במילות|(?:על\s+פי|לפי)\s+(?:עדות|דבר|גרסת))"
    r"(יו|יה|יהם|ו|ה|הם|ם)\s*,?\s*:?\s*$"
)  # ("כדבריו,": as he put it; "במילותיו:": in his words; "על פי עדותו,": by his testimony; not "בלשונו", a
# text's wording)
_NAMED_CUE = re.compile(
    r"(?:^|[\s,.])(?:ו|כך\s+)?((?:לדבר|לטענת|לדעת|(?:על\s+פי|לפי)\s+(?:עדות|גרסת))(?:יו|יה|ו|ה)\s+של|לדברי|לפי|לטענת|לדעת|לגרסת|על\s+פי)\s+((?:[^,:\"„“״]|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])){2,60}?)\s*,?\s*:?\s*$"
)
# The same cue anywhere in a sentence of narration ("הוא אמר כי ... . לדבריה, השוק יציב."): the reported speech
# of one named before, whose words a quote paragraph right after it goes on with.
_PRONOUN_CUE_IN = re.compile(r"(?:^|[\s,.])(?:ו|כ)?(?:לדבר|לטענת|לדעת|לגרסת)(יו|יה|ו|ה)(?![\u05d0-\u05ea])")


def pronoun_cue_in(sentence: str) -> tuple[str, int] | None:
    """'לדבריה' (in her words) inside a sentence with no quote marks of its own: the pronoun of the suffix's sex
    ("היא", "הוא") and where the cue starts; None without one, or when the sentence holds a quote (its own
    attribution decides)."""
    if re.search(r"[\"“„״]\s|\s[\"“„״]|^[\"“„״]|[\"“”״]$", sentence.strip()):
        return None
    m = _PRONOUN_CUE_IN.search(sentence)
    return (_SUFFIX_SEX[m.group(1)], m.start()) if m else None


def pronoun_of_cue(before: str) -> str | None:
    """'לדבריה,' before a quote: "היא" (she), "הוא" (he) or "" (they, or no sex said); None with no such cue."""
    m = _PRONOUN_CUE.search(before)
    return _SUFFIX_SEX.get(m.group(1), "") if m else None


# The cue, then two parts in commas: a role and its holder's name ("לפי ראש המועצה, X Y,") or a name and what
# describes it ("לדבריו של עורך הדין X Y, המייצג את החשוד,").
_NAMED_CUE_COMMAS = re.compile(
    r"(?:^|[\s,.])(?:ו|כך\s+)?(?:(?:לדבר|לטענת|לדעת|(?:על\s+פי|לפי)\s+(?:עדות|גרסת))(?:יו|יה|ו|ה)\s+של|לדברי|לפי|לטענת|לדעת|לגרסת|על\s+פי)\s+"
    rf"((?:[^,:\"„“״]|{_GERSHAYIM}){{2,60}}?),\s*((?:[^,:\"„“״]|{_GERSHAYIM}){{2,60}}?)\s*,\s*:?\s*$"
)


def _named_in_commas_cue(before: str) -> str | None:
    """'לפי ראש המועצה, X Y, "..."': the name in commas after the role; 'לדברי X Y, המייצג את ..., "..."': the
    name before its description; None when neither part names a person."""
    m = _NAMED_CUE_COMMAS.search(before)
    if m is None:
        return None
    first, second = m.group(1).split(), m.group(2).split()
    if he_given_at(first) or he_starts_with_given(m.group(1)):
        return he_name_after_role(first[-5:])
    if len(second) <= 3 and (he_starts_with_given(m.group(2)) or transliterated(second[0])):
        return m.group(2).strip()
    return None


def named_in_cue(before: str) -> str | None:
    """'לדברי ד"ר X,' or 'לפי שר האוצר,' right before a quote: who it names; None with no such cue."""
    in_commas = _named_in_commas_cue(before)
    if in_commas is not None:
        return in_commas
    m = _NAMED_CUE.search(before)
    if m is None:
        return None
    # ("על פי הודעת המשטרה,": by the police's statement, the police speak)
    named = re.sub(r"^(?:הודעת|הצהרת|מכתב|עדות|דברי|תגובת)\s+(?=\S)", "", m.group(2).strip())
    owner = named != m.group(2).strip()  # (whoever issued a statement speaks, whatever the readers know of them)
    if m.group(1) in ("לפי", "על פי") and not owner and not _someone(named.split()):
        return None  # "לפי הנתונים", "לפי ההערכות": data or estimates, nobody speaking
    return named


# Sources news quotes without naming them: an official, a senior one, a source, those close to someone.
_UNNAMED_SOURCES = {"גורם", "גורמים", "מקור", "מקורות", "בכיר", "בכירים", "בכירה", "פקיד", "פקידים", "מקורבים",
                    "מקורביו", "מקורביה", "מקורב", "עדי", "עד", "עדת", "תושבים", "שכנים", "מומחים", "אנשי"}  # fmt: skip


def _someone(words: list[str]) -> bool:
    """Whether words name a person, a role or a body: a known given name, a title or role, a body's head."""
    return bool(words) and (
        words[0] in _UNNAMED_SOURCES  # "לפי גורם בכיר בירושלים,": a source the article does not name
        or he_starts_with_given(" ".join(words))
        or _he_head_at(words, 0) > 0
        or names_a_body(" ".join(words))
        or lookup(" ".join(words)) is not None
    )


# "לטענת הממשלה "X" סירבה": a cue, no comma or colon, the quoted words, then the clause goes on with a word.
_CUE_NO_PAUSE = re.compile(r"(?:^|[\s,.])(?:לטענת|לדברי|לפי|לדעת|לגרסת)\s+[^\s,:\"„“״]+(?:\s+[^\s,:\"„“״]+){0,3}\s*$")


def he_quote_in_clause(before: str, after: str) -> bool:
    """Whether a quotation is a name or term inside a clause after a cue, not speech: "לטענת X" with no comma or
    colon before the opening mark, and a word right after the closing one ('לטענת הממשלה "הוועדה ..." סירבה':
    the committee's name is the verb's subject)."""
    cue = _CUE_NO_PAUSE.search(before.rstrip(' "“„״'))
    return cue is not None and re.match(r"\s*[\u05d0-\u05ea]", after) is not None


# The verb, כי or ש, the reported clause's subject (one to three words), then the speaker's own words closing
# the sentence: 'אמר כי ישראל "תגיב בהתאם".', 'טען שההחלטה "פוגעת בביטחון".'
# (one word: 'כי ספרה החדש "..."', 'כי המבצע נקרא "..."', 'שקרא את "..."' name a work, no speech)
_VERB_KI_SUBJECT = re.compile(
    rf"(?<![\u05d0-\u05ea])ו?{HE_SPEECH}(?:\s+[^\s\"“„״,]+){{0,4}}?\s+(?:כי\s+|ש)([\u05d0-\u05ea][^\s\"“„״,]+)\s*[\"“„״]?$"
)


def reported_subject(before: str) -> bool:
    """Whether a verb of saying, כי or ש and the reported clause's one-word subject stand right before the quote
    ('אמר כי ישראל "תגיב בהתאם".', 'טען שההחלטה "פוגעת בביטחון".'): the quote is the speaker's own words for
    the rest of that clause. Not a word that names or points at a thing (את, בסרט, שמו)."""
    m = _VERB_KI_SUBJECT.search(before)
    if m is None:
        return False
    subject = m.group(1)
    return subject not in ("את", "אותו", "אותה", "שמו", "שמה", "נקרא", "בשם") and not adjunct_word(subject)


# A document issued by someone earlier in the introduction: "בהודעה שפרסמה המשטרה נכתב:" (in the statement the police
# issued it was written:) gives the document's words, not an inscription's.
_DOCUMENT_BEFORE = re.compile(r"(?:^|\s)[ו]?(?:בהודעה|בהצהרה|במכתב|בדו\"ח|בדוח|בפוסט|בציוץ|בתגובה|בעצומה)(?:\s|$)")


def he_document_before(before: str) -> bool:
    """Whether a Hebrew introduction names a statement, letter or post the quote is read from."""
    return (
        _DOCUMENT_BEFORE.search(before) is not None
        or _ISSUED_STATEMENT.search(before) is not None
        or document_passive(before)
    )


def definite_subject_then_adjunct(lead: str, after_verb: str) -> bool:
    """ "המבקר ציין בדוח כי", "ועדת החקירה קבעה בדוח הסופי:": a definite subject (a role, a body) opens the
    clause before the verb, and one word with a preposition glued on (and its definite adjectives) stands between
    the verb and כי/ש or the colon: where it was said ("בדוח", in the report), though the same letters may spell
    a family name."""
    words = after_verb.split()
    words = words[:-1] if words and words[-1] in ("כי", "ש") else words
    while len(words) > 1 and words[-1].startswith("ה") and len(words[-1]) > 3:
        words = words[:-1]  # "בדוח הסופי": the final report
    clause = [p for p in re.split(r"[,:;.]", lead) if p.strip()][-1:]
    subject = clause[0].split() if clause else []
    definite = bool(subject) and (subject[0].startswith("ה") or names_a_body(" ".join(subject)))
    return len(words) == 1 and words[0][:1] in "בלמ" and len(subject) in (1, 2, 3) and definite


# "תגובת בנק X לקביעת בית המשפט הייתה כי "..."": a noun of saying in construct with its owner, what it answered,
# then "was": the owner's words. The owner runs up to the preposition of what it answered (לקביעת, להחלטת, על).
_RESPONSE_WAS = re.compile(
    r"(?:^|\s)ו?(?:(?:תגובת|תשובת|עמדת|טענת)(?:ו|ה)\s+של|דבריו\s+של|דבריה\s+של|תגובת|תשובת|עמדת|טענת|הודעת|דברי)"
    r"\s+((?:[^\s,:\"]|" + _GERSHAYIM + r")+(?:\s+(?:[^\s,:\"]|" + _GERSHAYIM + r")+){0,5}?)"
    r"(?:\s+(?:ל\S{2,}ת|על|בעניין|בנוגע)(?:\s+\S+){0,5})?\s+(?:הייתה|היתה|היה|היו)\s*"
    r"(?:כי|ש)?\s*:?\s*$"
)


def response_owner(before: str) -> str | None:
    """Whose response, position or claim "was" the quote that follows (see _RESPONSE_WAS), None if none."""
    m = _RESPONSE_WAS.search(before)
    return m.group(1).strip() if m else None


# A body's or outlet's kind closing an introduction with its colon ('דובר העמותה:', 'אמרה X, יו"ר המפלגה:'): the
# colon introduces words said, where a name in marks would follow the kind with no colon ('המפלגה "X"').
_BODY_KIND_COLON = re.compile(
    r"(?<![\u0590-\u05ff])(?:ה|ו|וה)?(?:עמותה|עמותת|ארגון|תנועה|תנועת|מפלגה|מפלגת|מכון|מרכז|עיתון|אתר|ערוץ)\s*:\s*$"
)


def he_body_kind_colon(lead_in: str) -> bool:
    """Whether a Hebrew introduction ends with a body's kind and a colon (see _BODY_KIND_COLON)."""
    return _BODY_KIND_COLON.search(lead_in) is not None


# "X פרסמה הודעה שבה נכתב:" (X issued a statement in which it was written): the statement's words, X's.
_ISSUED_STATEMENT = re.compile(
    r"(?:^|[\s,])((?:[^\s,:.]+\s+){0,4}?[^\s,:.]+)\s+(?:פרסם|פרסמה|פרסמו|הוציא|הוציאה|הוציאו|שלח|שלחה|שלחו)\s+"
    r"(?:הודעה|הודעת\s+\S+|מכתב|הצהרה|פוסט|עצומה|מסמך)(?:\s+\S+){0,3}?\s+(?:ש|ו)?(?:בה|בו)\s+(?:נכתב|נאמר|נמסר)"
    r"(?:\s+(?:כי|ש))?\s*:?\s*$"
)


def he_statement_issuer(before: str) -> str | None:
    """Who issued the statement an introduction reads from (see _ISSUED_STATEMENT), marks taken off its name."""
    m = _ISSUED_STATEMENT.search(before)
    return re.sub(r"[\"“”„״](?![\u05d0-\u05ea]\s)", "", m.group(1)).strip() if m else None


# "X פרסמה הערב הודעה לציבור. בהודעה נכתב כי": the statement the sentence before issued, read in the next one.
_STATEMENT_BEFORE = re.compile(
    r"(?:^|[\s,.])((?:[^\s,:.]+\s+){0,3}?[^\s,:.]+)\s+(?:פרסם|פרסמה|פרסמו|הוציא|הוציאה|הוציאו|מסר|מסרה|מסרו)"
    r"(?:\s+(?:היום|הערב|הבוקר|אתמול|אמש|הלילה|הצהריים))?\s+(?:הודעה|הודעת\s+\S+)(?:\s+[^\s.]+){0,3}\.\s+"
    r"ו?ב(?:הודעה|ההודעה)\s+(?:נכתב|נאמר|נמסר)(?:\s+(?:כי|ש))?\s*:?\s*$"
)


def he_statement_before(before: str) -> str | None:
    """Who issued the statement the sentence before named, read by "בהודעה נכתב כי" (see _STATEMENT_BEFORE)."""
    m = _STATEMENT_BEFORE.search(before)
    return m.group(1).strip() if m else None
