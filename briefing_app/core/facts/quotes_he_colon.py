"""Who speaks when Hebrew news puts a clause, not a bare name, before the colon that opens a quote.

A name or a title and a name before a colon ('שר האוצר X Y: "..."') is read by `quote_speakers_rtl`. Beside it:
* the subject opens the clause and phrases follow it ('שר האוצר במכתב לחברי הממשלה לקראת הדיון:', 'X, Y, המכהן
  כ..., השיא משואה בטקס בהר Z:'): the subject speaks, never the clause's last words;
* a role and a verb with no name ('המאמן המשיך:'): the role, whose holder the resolver finds;
* a headline's clause of more than three words with no title, role or body in it ('אושר סכסוך עבודה בדרום:')
  or a definite noun phrase that names a topic ('המנוחה הצפויה בימים הקרובים:') names no speaker.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.orgs_he_names import hebrew_orgs
from briefing_app.core.facts.people_he import HE_ROLE_WORDS, HE_TITLES, he_given, he_given_at, names_a_body
from briefing_app.core.facts.people_he_base import _HE_NOT_NAME, _complement_end, _he_head_at
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_he_speakers import HE_LABEL_VERBS
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

_PRONOUNS = {"הוא", "היא", "הם", "הן", "הלה", "האחרון", "האחרונה"}
# Nouns for people that no role list holds (witnesses, children, victims, fans, neighbours): a speaker, no topic.
_PERSON_NOUNS = {"עד", "עדה", "ילד", "ילדה", "נער", "נערה", "קורבן", "קורבנות", "נפגע", "נפגעת", "פצוע", "פצועה",
                 "ניצול", "ניצולה", "אוהד", "אוהדת", "קהל", "שכן", "שכנה", "לקוח", "לקוחה", "עובד", "עובדת",
                 "מתנדב", "מתנדבת", "תושב", "תושבת", "אזרח", "אזרחית", "צעיר", "צעירה", "קשיש", "קשישה", "גבר",
                 "אישה", "נשים", "אנשים", "משפחה", "בוגר", "בוגרת", "תלמיד", "תלמידה", "חבר", "חברה", "צופה",
                 "מבקר", "מבקרת", "מפגין", "מפגינה", "שבוי", "חטוף", "חטופה", "הורה", "סבא", "סבתא"}  # fmt: skip

# Kin named by the article alone ("the mother said:"): a person, unnamed, no topic.
_DEFINITE_KIN = {"האם", "האב", "האח", "האחות", "הבן", "הבת", "האישה", "הבעל", "הסב", "הסבתא", "ההורים", "האלמנה",
                 "הנכד", "הנכדה", "הדוד", "הדודה"}  # fmt: skip

# Bodies named by their kind and the article alone ("the police", "the municipality"), as a clause's subject.
DEFINITE_BODIES = {"המשטרה", "הממשלה", "העירייה", "המועצה", "הכנסת", "החברה", "הצבא", "התביעה", "הפרקליטות",
                   "ההסתדרות", "הבנק", "המשרד", "הרשות", "הוועדה", "הקבוצה", "המועדון", "ההנהלה", "המדינה",
                   "העמותה", "המפלגה", "הקואליציה", "האופוזיציה", "הנהלת"}  # fmt: skip


def may_speak(word: str) -> bool:
    """A word that can open or name a speaker before a colon: a given or family name, a title, a role, a body."""
    bare = word[1:] if word[:1] == "ה" else word
    return (
        he_given(word)
        or word in HE_TITLES
        or bare in HE_ROLE_WORDS
        or names_a_body(word)
        or word in DEFINITE_BODIES
        or word in hebrew_family_names()
        or re.search(r"['\u05f3\"\u05f4]", word) is not None  # (a foreign name's geresh, an acronym)
    )


def _led_by_office(words: list[str]) -> bool:
    return bool(words) and (_he_head_at(words, 0) > 0 or names_a_body(words[0]) or words[0] in DEFINITE_BODIES)


def headline_clause(words: list[str]) -> bool:
    """A clause of more than three words before a colon that no title, role or body opens and that holds none, nor
    a name followed by a phrase ("X Y בראיון לרדיו:"): 'אושר סכסוך עבודה בדרום:' (a report, whose first word is
    also a given name), no speaker."""
    if len(words) <= 3 or _led_by_office(words) or any(w in HE_TITLES or w[1:] in HE_ROLE_WORDS for w in words):
        return False  # (a body later in the clause is its object: 'אושר תקציב העירייה בדרום:')
    named = he_given_at(words) == 0 and he_given(words[0])
    if named and (adjunct_word(words[2]) or words[2][:1] in "בלמ" and words[2][1:2] == "ה"):
        return False  # "X Y בראיון לגלי צה"ל:": a name, then where or to whom it was said
    return not (named and len(words) == 3)


def definite_topic(words: list[str]) -> bool:
    """A phrase of two to six words opened by a definite noun that is no title, role, kin or body, with no name in
    it ('המנוחה הצפויה בימים הקרובים:'): a topic the speaker before goes on about."""
    if not 2 <= len(words) <= 6 or words[0][:1] != "ה" or words[0] in _DEFINITE_KIN:
        return False
    if words[0][1:] in _PERSON_NOUNS or words[0][1:].removesuffix("ים").removesuffix("ות") in _PERSON_NOUNS:
        return False  # "העד המרכזי:", "הילדים הקטנים:": people, unnamed, who speak
    owner = words.index("של") if "של" in words else len(words)
    # (an owner after של may be a body, "של הקבוצה", but no person: "המערך של X:" may be X's)
    named = any(may_speak(w) for w in words[:owner]) or any(he_given(w) or w in HE_TITLES for w in words[owner:])
    # (a pronoun or another function word is a clause's, "היא נהגה לספר לנכדיה:": she speaks; "של" may stand)
    clause = any(w in _HE_NOT_NAME and w != "של" or w in _PRONOUNS for w in words)
    return not named and not clause and not any(verb_in_he(w) for w in words) and not _he_head_at(words, 0)


def subject_of_long_clause(words: list[str], subject: str) -> str | None:
    """An office opening a clause of more than four words with no given name in it ('שר האוצר במכתב לחברי
    הממשלה לקראת הדיון:'): the office (the caller's `subject` of the words), not the clause's last words."""
    n = _he_head_at(words, 0)
    if len(words) <= 4 or not n or any(he_given(w) for w in words[1:]):
        return None
    k = _complement_end(words, n)
    # (a phrase opens right after the office: "במכתב", "בראיון"; not a family name: 'שר הביטחון X על התקציב:')
    # (or a verb and its object: 'יו"ר ההסתדרות ערך ביקור הזדהות עם ...:', 'המאמן חגג ...' are read by "את")
    return subject or None if k < len(words) and (adjunct_word(words[k]) or _past_verb_then_object(words, k)) else None


def _past_verb_then_object(words: list[str], k: int) -> bool:
    """Whether word `k` reads as a past verb of three letters with two words or more after it ("ערך ביקור הזדהות",
    "נשם לרווחה אחרי"): no known given name, family name (גנץ, בנט) or place, which a name after an office would be."""
    w = words[k]
    return (
        len(words) - k >= 3
        and re.fullmatch(r"[\u05d0-\u05ea]{3}", w) is not None
        and not he_given(w)
        and w not in hebrew_family_names()
        and lookup(w) is None
    )


def name_before_phrase(words: list[str]) -> str | None:
    """A name (a known given name and the word after it), an office before it allowed, then a preposition's
    phrase of two words or more up to the colon ('שר האוצר X Y במכתב לחברי הממשלה לקראת הדיון:', "X Y בראיון
    לתוכנית הבוקר:"): the name speaks, not the phrase's last words; None otherwise."""
    k = next((j for j in range(2, len(words)) if adjunct_word(words[j])), None)
    if k is None or len(words) - k < 2 or not he_given(words[k - 2]) or words[k - 1] in _HE_NOT_NAME:
        return None
    if k > 2 and not (_he_head_at(words, 0) or words[0] in HE_TITLES):
        return None  # ("הדיון של X Y בוועדה על ...": a clause's subject before the name, nobody speaking)
    return " ".join(words[k - 2 : k])


# The personal pronouns a clause before a colon can open with ("והוא" with "and" glued on).
_PERSONAL = {"הוא", "היא", "הם", "הן"}


def pronoun_then_verb(words: list[str]) -> str | None:
    """'הוא מתנצל וכותב:', 'היא מסכמת:': a personal pronoun, then its verb (any verb: present-tense verbs of
    features, "מתנצל", "מסכמת", are on no list of verbs of saying), before the colon; the pronoun, which the resolver
    reads as the last person of its sex, never the verb read as a name. None when the words open otherwise."""
    if len(words) < 2 or words[0].removeprefix("ו") not in _PERSONAL:
        return None
    return words[0].removeprefix("ו")


def body_opening(words: list[str]) -> str | None:
    """A body's name opening the clause before a colon, whatever phrase follows it ('משרד X בתגובה להחלטת
    הוועדה:', "עיריית X במכתב לתושבים:"): the body speaks, by its whole name as the organisation reader takes
    it, never its head alone nor the phrase's words; None when no body opens the words or a person is named in
    them."""
    if not words or not names_a_body(words[0]) or any(he_given(w) for w in words[1:]):
        return None
    text = " ".join(words)
    opening = [name for start, _end, name in hebrew_orgs(text) if start == 0]
    return max(opening, key=len) if opening else None


def role_then_verb(words: list[str]) -> list[str]:
    """'המאמן המשיך:': a role and the verb it is the subject of; the role alone (else the words unchanged)."""
    if len(words) == 2 and _he_head_at(words, 0) == 1 and verb_in_he(words[1]):
        return words[:1]
    return words


def role_before_verb(words: list[str]) -> str | None:
    """'דובר המשטרה חזר:', 'סגנית מנהל המחוז חשפה:', 'מנהל המחלקה והמליץ:': a role with its complement, then the
    verb it is the subject of ("and" glued on allowed) and no known given name: the role speaks (its holder, whom the
    resolver finds), never the verb read as a family name; None for other words."""
    if len(words) < 3 or not _he_head_at(words, 0) or any(he_given(w) for w in words[:-1]):
        return None
    verb = words[-1][1:] if words[-1][:1] == "ו" and len(words[-1]) > 3 else words[-1]
    return " ".join(words[:-1]) if verb in HE_LABEL_VERBS else None


def subject_in_earlier_parts(parts: list[str]) -> str | None:
    """The clause's subject in the parts before its last comma, when the last part opens with no word that can
    speak ('X, Y, המכהן כ..., השיא משואה בטקס:'): a known given name and the word after it; None without."""
    last = parts[-1].split()
    if len(parts) < 2 or not last or may_speak(last[0]) or last[0][:1] == "ש":
        return None
    for part in parts[:-1]:
        words = part.split()
        if len(words) >= 2 and he_given(words[0]) and he_given_at(words) == 0 and words[1] not in _HE_NOT_NAME:
            return " ".join(words[:2])
    return None


# An acronym ('ב"ב', 'מצה"ל': a town, a body) or a letter and a hyphen ("י-ם", "ת-א": a town cut short).
_ABBREVIATED = re.compile(r"[\u05d0-\u05ea]+[\"\u05f4][\u05d0-\u05ea]+|[\u05d0-\u05ea][-\u05be][\u05d0-\u05ea]+")


def name_shaped(words: list[str]) -> bool:
    """Whether words no title or role leads (and that name nobody the article knows) can be a person's name:
    up to three words, none of them an acronym, an abbreviated town or a function word. A longer run ('אושר
    סכסוך עבודה בדרום', a headline's clause before its colon) is a statement's topic, however its first word
    reads."""
    if any(_ABBREVIATED.fullmatch(w) or w in _HE_NOT_NAME or w in PASSIVE_SAID for w in words[:3]):
        return False
    if words and adjunct_word(words[0]) and not any(w in hebrew_family_names() for w in words[1:3]):
        # '"...", הוסיפו בתאגיד', "וקרא לשיתופי פעולה:": where it was said or what was called for (a given name
        # no list holds that opens like a preposition, then a family name, is a name: "מיקו X")
        return False
    return len(words) <= 3


def role_ends(role: str | None, said: str) -> bool:
    """Whether one of a person's roles is the words said, or ends with them ("ראש העיר X Y" for "העיר X Y")."""
    return any(r == said or r.endswith(f" {said}") for r in (role or "").split("; "))


# A second verb joined by "and" (of saying, or "והתייחס לאירוע") and up to two words after it, then the colon.
_AND_SAID_END = re.compile(rf"(?<![\u05d0-\u05ea])ו(?:{HE_SPEECH}|[\u05d0-\u05ea]{{4,}}(?:\s+[^\s:]+){{0,2}})\s*:\s*$")


def and_said_subject(before: str) -> str:
    """The subject of a clause whose verb of saying is the second, joined by "and", before a colon: a known given
    name opening the sentence ("X עצמו הצטרף לשיחה וכתב:") or a definite role right after the first verb ("דיבר
    הנשיא עצמו בפני ... והתייחס לאירוע:"); "" when neither (the person just named speaks)."""
    if _AND_SAID_END.search(before) is None:
        return ""
    words: list[str] = str(re.split(r"[.!?]\s+", before)[-1]).replace(",", " ").split()
    if len(words) >= 2 and he_given(words[0]) and words[1] in _HIMSELF:
        return words[0]  # ("X עצמו": the one named, himself)
    for k, w in enumerate(words[:4]):
        office = w[1:] in HE_ROLE_WORDS or w in HE_TITLES or w[1:] in HE_TITLES
        if w[:1] == "ה" and office and words[k + 1 : k + 2] and words[k + 1] in _HIMSELF:
            return w  # "הנשיא עצמו": the holder of the office the article named
    return _body_then_verb(words)


def _body_then_verb(words: list[str]) -> str:
    """A body's name opening the clause and its first verb right after it ("הליכוד הגיב ואמר:", "משרד X הגיב
    ואמר:"): the body, a party or company the gazetteer knows or a name the organisation reader takes; ""
    otherwise."""
    for n in (3, 2, 1):
        entry = lookup(" ".join(words[:n])) if len(words) > n else None
        if entry is not None and entry.kind == "organisation" and verb_in_he(words[n]):
            return " ".join(words[:n])
    body = body_opening(words)
    after = words[len(body.split()) : len(body.split()) + 1] if body else []
    return body if body and after and verb_in_he(after[0]) else ""


_HIMSELF = {"עצמו", "עצמה", "עצמם", "עצמן"}


# A document and its owner, then a passive verb of saying (and the start of the clause it reports): "בדוח
# הוועדה נכתב:", "בפסק הדין נקבע כי", 'במחקר שפרסמה X Y נקבע כי הפעולה "...', "בנימוקי הוועדה נכתב:".
_PASSIVE_DOCUMENT = re.compile(
    r"(?:^|\s)ו?ב(?P<doc>דוח|דו\"ח|פסק\s+הדין|פסק\s+דינו|פסק\s+דינה|החלטת|החלטה|מכתב|מכתבו|מכתבה|הודעת|נימוקי|"
    r"מחקר|המחקר|ספרו|ספרה|כתב\s+האישום|מסמך|הצהרת|מסקנות|מסקנותיה|מסקנותיו)"
    r"(?P<owner>(?:\s+[^\s:,\"“„״]+){0,8}?)\s+(?:נכתב|נקבע|נאמר|צוין|הודגש|נכתבו|נקבעו)"
    r"(?:\s+כי(?:\s+[^\s\"“„״]+){0,4}|\s+ש[^\s\"“„״]*(?:\s+[^\s\"“„״]+){0,4})?\s*:?\s*$"
)


# An outlet named in marks, then the passive: 'בעיתון "X" נכתב על הופעתה:' (the paper's words).
_PASSIVE_OUTLET = re.compile(
    r"(?:^|\s)ו?ב(?:עיתון|מגזין|ירחון|שבועון|אתר|יומון)\s+[\"“„״]([^\"”“„״]{2,30})[\"”״]"
    r"\s+(?:נכתב|נאמר|צוין|נטען)(?:\s+[^\s:\"“„״]+){0,3}?(?:\s+כי|\s+ש)?\s*:?\s*$"
)
# Passive verbs of saying: never a word of a speaker's name ("בשיר נאמר:").
PASSIVE_SAID = {"נאמר", "נכתב", "נמסר", "נקבע", "צוין", "הודגש", "נטען", "נכתבו", "נאמרו"}


def document_passive(before: str) -> bool:
    """Whether the words before a quote are a document's passive statement ("בדוח הוועדה נכתב:")."""
    return _PASSIVE_DOCUMENT.search(before) is not None or _PASSIVE_OUTLET.search(before) is not None


def document_speaker(before: str) -> str | None:
    """Who speaks in a document's passive statement: its owner after the document (a body, a role, a name;
    "שפרסמה X Y": the name), the court for a ruling with none ("בפסק הדין נקבע כי"); "" for a document no one
    owns in the sentence (the person just named); None when the words are no such statement."""
    outlet = _PASSIVE_OUTLET.search(before)
    if outlet is not None:
        return outlet.group(1).strip()  # 'בעיתון "X" נכתב:': the paper
    m = _PASSIVE_DOCUMENT.search(before)
    if m is None:
        return None
    owner = m.group("owner").split()
    while owner and (owner[0][:1] == "ש" and not he_given(owner[0]) or re.search(r"\d", owner[0])):
        owner = owner[1:]  # "שפרסמה ב-2005 ההיסטוריונית X Y": the relative verb and its time, not the owner
    if owner:
        return " ".join(owner)
    return "בית המשפט" if m.group("doc").startswith("פסק") else ""
