"""Who said an Arabic or Hebrew quote, read from the words right after its marks ('"...", אמר X', '«...»، وفقا
لـX') or from its introduction before them ('X אמר:', 'وقال X:'); `speaker_after.py` and `speaker_before.py`
hand these languages over to it."""

from __future__ import annotations

import re

from briefing_app.core.facts import quotes_he_verbs as he_verbs
from briefing_app.core.facts.ar_appositive_subject import appositive_subject
from briefing_app.core.facts.ar_object_nouns import opens_object
from briefing_app.core.facts.ar_participle_subject import turn_subject
from briefing_app.core.facts.ar_relayed import relayed_subject
from briefing_app.core.facts.ar_reply_verbs import plain_reply_verbs
from briefing_app.core.facts.ar_sent_message import message_sender
from briefing_app.core.facts.ar_source_asides import source_aside
from briefing_app.core.facts.ar_time_adjuncts import leading_time_words
from briefing_app.core.facts.ar_tongue import tongue_speaker
from briefing_app.core.facts.ar_verb_objects import verb_with_own_object
from briefing_app.core.facts.ar_verbal_nouns import verbal_noun_at
from briefing_app.core.facts.he_beside_phrase import referred_to
from briefing_app.core.facts.he_group_speakers import group_or_body_speaker
from briefing_app.core.facts.he_subject_then_adjunct import (
    adjunct_after_named_subject,
    name_before_adjunct,
    name_before_relative_description,
    named_before_open_apposition,
    named_before_role_apposition,
    without_trailing_adjuncts,
)
from briefing_app.core.facts.people import (
    AR_SPEECH,
    HE_SPEECH,
)
from briefing_app.core.facts.people_ar_words import _ar_is_given
from briefing_app.core.facts.people_he import (
    HE_ROLE_WORDS,
    HE_TITLES,
    he_drop_adjuncts,
    he_given,
    he_given_at,
    he_only_adjuncts,
    he_starts_with_given,
    he_unnamed,
    names_a_body,
    without_weekday,
)
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.quote_cues import (
    AR_STATEMENT,
    GERSHAYIM,
    HE_STATEMENT,
    he_name_after_role,
)
from briefing_app.core.facts.quotes_ar import (
    new_statement,
    pointed_back_speaker,
    quoted_from,
    speaker_before,
    statement_body,
    statement_to_medium,
    subject_before_verb,
    subject_phrase,
    that_clause_subject,
)
from briefing_app.core.facts.quotes_ar_closed_before import blank_closed_quotes
from briefing_app.core.facts.quotes_ar_credit import credited_after
from briefing_app.core.facts.quotes_ar_names import asker_of, pluperfect_subject
from briefing_app.core.facts.quotes_he import (
    body_of_passive,
    he_adjunct_clause,
    he_and_verb_subject,
    he_cue_before,
    he_first_of_joined,
    he_joined_before_comma,
    he_name_in_commas,
    he_surname_alone,
    he_verb_pronoun,
    sentence_subject,
)
from briefing_app.core.facts.quotes_he_colon import (
    DEFINITE_BODIES,
    and_said_subject,
    body_opening,
    document_speaker,
    headline_clause,
    may_speak,
    name_before_phrase,
    pronoun_then_verb,
    role_before_verb,
    role_then_verb,
    subject_in_earlier_parts,
    subject_of_long_clause,
)
from briefing_app.core.facts.quotes_he_cue_clause import cue_then_clause_speaker
from briefing_app.core.facts.quotes_he_cues import (
    definite_subject_then_adjunct,
    he_statement_issuer,
    response_owner,
)
from briefing_app.core.facts.quotes_he_words_were import words_were_speaker
from briefing_app.core.facts.reporting_verbs import AR_MORE_SPEECH, AR_QUOTE_VERBS, HE_AFTER_QUOTE
from briefing_app.core.facts.speaker_clues import AR_ADDRESSED
from briefing_app.core.facts.speaker_words_ar import AR_JOINED_BARE_SAY, AR_TO_LISTENER

_AR_VERBS = rf"(?:{AR_SPEECH}|{AR_MORE_SPEECH})"
# "وجاء في البيان:", "ورد في تقرير الأمم المتحدة:": a document the quote is read from.
_DOCUMENT = r"(?:ال)?(?:بيان|تقرير|رسالة|منشور|بلاغ|تصريح|موقع|حساب|صفحة)"


# A Hebrew verb of saying as a whole word, with the prefixes a verb takes (and, that: "ואמר", "שאמר", "כשאמר"); not
# the letters of a longer word ("בפסק הדין": in the ruling, which holds "פסק", ruled).
_HE_VERB = rf"(?<![\u05d0-\u05ea])(?:ו|ש|וש|כש)?{HE_SPEECH}"


# '"...", דברי X.' (the words of X), '"...", אלה היו דברי X': the quote's speaker named after it.
_WORDS_OF = re.compile(
    rf"\s*[,.]?\s*[–—-]?\s*(?:(?:אלה|אלו)\s+(?:היו\s+)?|כך\s+)?דברי\s+((?:[^\s,.:\"“”„״]|{GERSHAYIM})+"
    rf"(?:\s+(?:[^\s,.:\"“”„״]|{GERSHAYIM})+){{0,4}}?)\s*(?:[,.]|$)"
)
# '"...", כך הבהירו מטעם המפלגה', '"...", מסרו בשם החברה': people of a body spoke on its behalf.
_ON_BEHALF_AFTER = re.compile(
    rf"\s*,\s*(?:כך\s+)?{HE_SPEECH}\s+(?:מטעם|בשם)\s+((?:[^\s,.:\"“”„״]|{GERSHAYIM})+"
    rf"(?:\s+(?:[^\s,.:\"“”„״]|{GERSHAYIM})+){{0,2}}?)\s*(?:[,.]|$)"
)
# "These words" before the verb that points back at the quote: "את הדברים האלה אמר", "דברים אלה אמר".
_THESE_WORDS = r"(?:את\s+)?(?:הדברים\s+(?:האלה|האלו|הללו)|דברים\s+(?:אלה|אלו))\s+"
# A name in single quote marks, a party's or a channel's ("מ'יש עתיד'", "יו"ר 'המחנה הממלכתי'"): the words read
# without them (a geresh after a letter, "דראפיץ'", is no mark: the opening one follows a space or one prefix).
_SINGLE_MARKED = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=\s[מבלוהש])|(?<=^[מבלוהש]))'([^'\s][^'\"]{0,30}?[^'\s])'(?=[\s,.:;]|$)"
)


# A short name in double marks after a word and before a comma ('יו"ר "גלובס",'): a body's name, read without its
# marks (not a next quote, which opens after a full stop or a colon).
_BODY_IN_MARKS_AFTER_WORD = re.compile(r'(?<=[\u05d0-\u05ea])\s+["״]([^"״,.:]{2,25})["״](?=\s*,)')


# A second verb of saying with "and" glued on, after the subject that follows the first ("X Y וסיפר ש...").
_AND_SAID = re.compile(rf"\s+ו{HE_SPEECH}")


def he_speaker_after(after: str) -> str | None:
    """Hebrew: the speaker named after the quote's closing mark in the same sentence."""
    after = without_weekday(after)  # "אמר היום (שלישי) X": the weekday stands between verb and subject
    after = _BODY_IN_MARKS_AFTER_WORD.sub(r" \1", after)  # ('כך אמרה יו"ר "X", Y Z,': the office's body in marks)
    body = body_of_passive(after)
    if body is not None:
        return body  # quotes_he: '"...", נמסר מהמשטרה': the body the statement came from
    behalf = _ON_BEHALF_AFTER.match(after)
    if behalf is not None:
        return behalf.group(1)  # '"...", כך הבהירו מטעם המפלגה.': the body they spoke for
    words_of = _WORDS_OF.match(after)
    if words_of is not None:
        return he_name_after_role(words_of.group(1).split())  # '"...", דברי נתניהו.': X's words
    pronoun = re.match(rf"\s*,\s*(הוא|היא|הם|הן)\s+{HE_SPEECH}", after)
    if pronoun:
        return pronoun.group(1)  # '"...", היא אומרת': the last person of that sex named
    # '"...". כך אמר X.' (so said X): the next sentence points back at the quote
    # ('"...", ואמר X': "and said", the verb of a second clause after the quote; not '" והוסיפה ש"...': with no
    # comma, "and added" opens the next clause and its own quote)
    # ('"...". את הדברים האלה אומר X,': "these words" points back at the quote as "so" does)
    # ('"...": כך אמרה X': a colon after the closing mark, then "so said", as a comma or a dash)
    m = re.match(
        rf"\s*(?:,\s*ו|:\s*כך\s+|[,.]?\s*[–—-]?\s*(?:כך\s+|{_THESE_WORDS})?)(?:{HE_SPEECH}|(?<=,\s){HE_AFTER_QUOTE})"
        rf"(?:\s+((?:[^.\"]|{GERSHAYIM})+))?",
        after,
    )
    if not m:
        return None
    if (m.group(1) or "").split()[:1] == ["כי"]:
        return ""  # '"...", והבהיר כי אינו מסכים': what was said follows the verb, no subject; the one just named
    # ('"...", אמרה השרה X Y והוסיפה שתיפגש עם Z, ...': a second verb of saying, "and" glued on, ends the subject;
    # what follows it is what she went on to say, and a person named there is no speaker)
    subject = _AND_SAID.split(m.group(1) or "", maxsplit=1)[0]
    parts = [he_drop_adjuncts(p.strip()) for p in subject.split(",") if p.strip()]
    parts = [he_surname_alone(p) for p in parts]  # quotes_he: "אמר גלעדי בכנס": גלעדי; "כתב בעמוד": ""
    if parts and not parts[0]:
        return ""
    named = he_name_in_commas(parts)  # quotes_he: "אמר דובר המשטרה, רב-פקד X Y,": X Y
    if named is not None:
        return named
    if parts and he_unnamed(parts[0].split()):
        return " ".join(parts[0].split()[:3])  # "אמרה תושבת קיבוץ שביקשה ...": a description (or a role)
    # (six words: "מנהלת בית הספר מעראבה X Y", a role of four words, then the name)
    return he_name_after_role(parts[0].split()[:6]) if parts else ""


def ar_speaker_after(after: str) -> str | None:
    """Arabic: the speaker named or credited after the quote's closing mark."""
    if re.match(r"\s*[،,]?\s*(?:على حد|حسب|بحسب|وفق)\s+(?:تعبير|قول|وصف)(?:ه|ها|هم)(?![\u0600-\u06ff])", after):
        return ""  # "...»، على حد تعبيره" (in his words): the person just named
    # ('"..." يقول "جان X" خبير ...': a foreign name the copy puts in marks after the verb is the speaker's name)
    after = re.sub(rf'^(\s*[،,.]?\s*{_AR_VERBS}\s+)["«“]\s*([^"«»“”،.]{{3,40}}?)\s*["»”]', r"\1\2", after)
    credited = credited_after(after)
    if credited is not None:
        return credited  # quotes_ar: "«...»، وفقا لوزير التجارة X": the source credited after the quote
    m = re.match(rf"\s*[،,.]?\s*{_AR_VERBS}\s+([^،.\"]+)", after)
    if m and m.group(1).strip().startswith(":"):
        return None  # '"...", وقالت: "..."': a bare verb and its colon introduce the next quote, not this one
    if m and new_statement(after, m.group(1)):
        return None  # quotes_ar: '«...». وقال X: إن ...': the next sentence's own introduction
    return m.group(1).strip() if m else pointed_back_speaker(after)  # "هكذا قال X", "بهذه الكلمات ..."


# "تضمن الفيديو ما يلي:" (the video contained the following): a document or recording whose words follow.
_CONTAINED = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:تضمن|تضمنت|يتضمن|تتضمن)\s+((?:ال)?(?:بيان|تقرير|رسالة|فيديو|تسجيل|شريط|مقطع|"
    r"منشور|كتاب|خطاب)(?:\s+ال[\u0621-\u064a]+)?)\s+(?:ما\s+يلي|التالي|الآتي)\s*:?\s*$"
)
# "According to" with its preposition glued to the source: "وفقا لوزير الصحة X،", "وفقا لـX", up to the quote
# ("وفقا لما ذكرته X", according to what X said, is quotes_ar's _ACCORDING_TO).
_ACCORDING_GLUED = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?وفقا\s+لـ?\s*(?!ما\s)([^:«»\"“”]{3,120}?)\s*[،,]?\s*(?:فإن|فان)?\s*$"
)
# A verb of saying, then whom it was said to as a pronoun after ل ("قال لها", "يقول لنا"): the pronoun names no one.
_TOLD_PRONOUN = re.compile(
    r"((?:^|\s)[وف]?(?:قال|قالت|يقول|تقول|[أا]ضاف|[أا]ضافت|[أا]كد|[أا]كدت|[أا]وضح|[أا]وضحت|ذكر|ذكرت|كتب|كتبت|يضيف|تضيف))"
    # (only before the subject it hides: "وقال لنا:" with nobody after it keeps its old reading, the one just named)
    r"\s+(?:له|لها|لهم|لهما|لنا|لي|لك|لكم)(?=\s+[\u0621-\u064a])"
)
# A verb of saying followed straight by "that": "وأضافت أن", "وأكد بأنه", no subject after it.
_BARE_THAT = re.compile(r"\s*(?:ب)?[أإا]ن(?:ه|ها|هم|هما)?(?![\u0600-\u06ff])")


def _between(text: str, at: int) -> bool:
    """Whether the word at `at` is the preposition "between" after a definite noun or a function word ("الفرق
    بين إيرادات الدولة ونفقاتها", "من بين", "ما بين"), not the verb بيّن (showed), which opens its clause or
    takes و ("وبين الوزير أن")."""
    if re.match(r"بين(?![\u0600-\u06ff])", text[at:]) is None:
        return False
    previous = text[:at].split()[-1:]
    return bool(previous) and (previous[0].startswith("ال") or previous[0] in ("ما", "من", "فيما", "في", "فى"))


# "that" (with its pronoun) right before a phrase: the phrase is inside the reported clause.
_INSIDE_THAT = re.compile(r"(?<![\u0600-\u06ff])(?:ب)?[أإا]ن(?:ه|ها|هم)?\s*$")
# Two or three words opening the sentence, then "and he/she is" and what they are: a person described.
_NAME_THEN_HE_IS = re.compile(r"\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2})\s+(?:وهو|وهي)\s")
# One of a group, named by the group's definite plural: "أحد المرضى", "إحدى الممرضات".
_ONE_OF = re.compile(r"(?<![\u0600-\u06ff])(?:أحد|إحدى|احد|احدى)\s+ال[\u0621-\u064a]{3,}")
# A that-clause whose subject comes before its own bare verb of saying and the colon: "أن المدير Y قال:"; the
# subject is up to seven words holding no particle, negation or relative word (not "إن Y لا يمكن أن ... حيث قال:",
# a clause whose verb comes first).
_NOT_IN_SUBJECT = r"أن|إن|بأن|لا|لم|لن|ما|حيث|قد|ثم|كما|الذي|التي|الذين|وقد|فقد|عندما|بعد|قبل"
_THAT_SUBJECT_SAID = re.compile(
    rf"(?<![\u0600-\u06ff])(?:أن|إن|بأن)\s+((?:(?!(?:{_NOT_IN_SUBJECT})\s)[^\s،,:.«»\"]+\s+){{1,7}}?)"
    r"(?:قال|قالت|قالوا|أضاف|أضافت|أكد|أكدت)"
    # (or where or when, without the colon: "وأكد أن الرسول الكريم قال في خطبته «...»", the clause's subject)
    r"(?:\s*:|\s+(?:في|خلال|أثناء|عند)\s+[^\s،,:.«»\"]+(?:\s+[^\s،,:.«»\"]+){0,3}\s*:?)\s*$"
)
# An outlet relaying what someone said: "وأشارت الصحيفة إلى أن رئيس الوزراء يلمح إلى", "وذكرت وكالة X أن الوزير
# يرى": the that-clause's subject (one to four words, the first definite or a name) before its present-tense verb.
_OUTLET_THAT_SUBJECT = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:ذكرت|أشارت|نقلت|أفادت|أوردت|قالت|أضافت|كشفت)\s+"
    r"(?:ال)?(?:صحيفة|جريدة|وكالة|قناة|مجلة|إذاعة)(?:\s+[^\s.«»\"،,]+){0,3}?\s+(?:إلى\s+)?(?:أن|بأن)\s+"
    r"((?:(?!(?:لا|لم|لن|قد|ما)\s)[^\s،,:.«»\"]+\s+){1,4}?)[يت][\u0621-\u064a]{2,}(?:\s+[^«»\"]*)?$"
)
# "Spoke (of)" and "told (the story)" introduce speech only with a colon right before the quote ("وتحدثت X عن
# ليلة القصف:"); without it the marks after them hold a talk's title ("تحدث X في محاضرته « ... »").
_SPOKE_COLON = re.compile(r"(?<![\u0600-\u06ff])[وف]?(?:تحدث|تحدثت|تحدثوا|روى|روت|رووا)\s+([^:.«»\"]{2,80}?)\s*:\s*$")
# A verb of renewing or repeating, its subject, an aside in commas, then "the emphasis (on) that": "وجدد X، خلال
# الاجتماع، التأكيد على أن", "وأعادت الوزارة تأكيدها أن" (renewed, repeated its emphasis that): speech.
_RENEWED_EMPHASIS = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:جدد|جددت|جددوا|أعاد|أعادت|أعادوا|اعاد|اعادت)\s+([^،,:.«»\"]{0,60}?)\s*"
    r"(?:[،,][^«»\"،,]{2,80}[،,]\s*)?(?:ال)?تأكيد(?:ه|ها|هم)?\s+(?:على\s+)?(?:أن|ان|بأن)\s*$"
)
# One to three words in quote marks (a paper's, a channel's or a party's name), marks and their spaces.
# (not glued to a letter: 'لـ"واس"' is an outlet the statement is given to, read with its marks elsewhere)
_SHORT_NAME_IN_MARKS = re.compile(r"(?<![\u0600-\u06ff])[\"«“]\s*([^\s\"«»“”]+(?:\s[^\s\"«»“”]+){0,2})\s*[\"»”]")


# The words that open an adjunct of occasion, time or place after a speaker's name ("خلال مؤتمر صحفي", "في عمان").
_OCCASION = r"(?:خلال|في|عقب|أثناء|اثناء|لدى|عبر|بعد|على\s+هامش)(?![\u0600-\u06ff])"


# A verb of saying, a role, then the holder's name set off by commas before the quote ("قال مدير الدفاع المدني في
# المدينة، ماهر الخليل، إن"): the name speaks, which may be named nowhere else.
_ROLE_THEN_NAME = re.compile(
    # (the office may come in two parts, each set off: "وقال وزير X، الناطق باسم الحكومة، محمد Y، إن")
    rf"(?<![\u0600-\u06ff]){_AR_VERBS}\s+[^،:«»\"]{{3,80}}?(?:،\s*[^،:«»\"]{{3,60}}?)?،\s*"
    r"([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2})\s*"
    # (and an adjunct of occasion or place set off after the name: "...، محمد Y، خلال مؤتمر صحفي في عمان، إن")
    rf"(?:،\s*{_OCCASION}[^،:«»\"]{{0,100}}?\s*)?"
    # (or the colon right after the name: 'قال المدير العام لهيئة "X"، عماد Y: "..."')
    r"(?:،\s*(?:إن|أن|بأن)?\s*:?|:)\s*$"
)


# A relative pronoun whose clause holds the verb of saying: "أجرى مقابلة مع أحد العاملين، والذي قال في المقطع:"
# (who said); the antecedent before it speaks, the words after the sentence's last preposition.
_RELATIVE_SAID = re.compile(
    rf"([^،:.«»\"]{{3,100}}?)\s*،?\s*و?(?:الذي|التي|الذين|اللذين|اللتين)\s+{_AR_VERBS}(?![\u0600-\u06ff])"
    r"[^:«»\"،.]{0,60}:?\s*$"
)
_PREPOSITIONS = {"مع", "عن", "إلى", "الى", "من", "على", "في", "لدى", "بين"}


def _relative_antecedent(before: str) -> str | None:
    """The one a relative clause of saying goes back to ("مع أحد العاملين بالمستشفى، والذي قال:" is "أحد
    العاملين بالمستشفى"), None without such a clause."""
    m = _RELATIVE_SAID.search(before) if re.search("الذي|التي|الذين|اللذين|اللتين", before) else None
    if m is None:
        return None
    words = m.group(1).split()
    cut = max((k + 1 for k, w in enumerate(words) if w in _PREPOSITIONS), default=0)
    return " ".join(words[cut:][-4:]) or None


# An aside set off by dashes, the opening one after a space and glued to its first word ("وأضاف -خلال لقائه ...-").
# (the dashes spaced or not: "وأضاف -خلال لقائه ...- «", "وأضاف - في تصريح صحفي الجمعة - «")
_DASHED_ASIDE = re.compile(r"(?<=\s)[-–—]\s?(?=[\u0621-\u064a])[^-–—«»\"“”:]{3,200}?[-–—](?=\s|$)")


_ACCORDING_WORD = re.compile(r"(?:و|ف)?(?:بحسب|حسب|وفق|وفقا\s*ل)")


def _parenthetical_source(before: str, match: re.Match[str], said: list[re.Match[str]]) -> bool:
    """Whether a "according to" match (بحسب، حسب، وفق) stands in commas between an earlier verb of saying with its
    subject and the reported clause ("وقال X، بحسب التلفزيون الرسمي، إن"): the source only carried the words; the
    verb's subject spoke them. An opening "بحسب Y، فإن" (no verb before it) is Y's, as before."""
    if not _ACCORDING_WORD.match(before, match.start()):
        return False
    earlier = [m for m in said if m.start() < match.start() and not _ACCORDING_WORD.match(before, m.start())]
    if not earlier or not re.search(r"[،,]\s*$", before[: match.start()]):
        return False
    subject = re.split(r"[،,]", earlier[-1].group(1))[0].strip()
    return bool(subject) and re.match(r"[^،,]+[،,]\s*(?:إن|أن|بأن|فإن)?\s*:?\s*$", before[match.start() :]) is not None


# A subject fronted before a comma and a phrase of the occasion with his own pronoun, then a bare verb of saying:
# "X، وبعد لقائه رئيس الحكومة Y في السراي، قال:" (X, after his meeting with Y, said): X speaks, never the one met.
_FRONTED_SUBJECT = re.compile(
    r"(?:^|[.!?؟]\s+)([\u0621-\u064a][^،,.!?؟:«»\"]{1,40}?)\s*[،,]\s*و?(?:بعد|عقب|إثر|اثر|خلال|أثناء|لدى|في)\s+"
    r"(?:لقائ|استقبال|اجتماع|زيارت|اتصال|مشاركت|جولت|حضور)(?:ه|ها)[^،,:«»\"]{0,120}[،,]\s*"
    r"(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|صرح|صرحت|اعتبر|اعتبرت)\s*:?\s*$"
)


def ar_speaker_before(before: str) -> str | None:
    """Arabic: the speaker introducing the quote in the same sentence ("وقال X:", "نقلت الوكالة عن X قوله")."""
    before = blank_closed_quotes(before)  # quotes_ar_closed_before: a verb inside an earlier quote names no one
    fronted = _FRONTED_SUBJECT.search(before)
    if fronted is not None:
        return fronted.group(1).strip()
    apposed = appositive_subject(before)
    if apposed is not None:
        return apposed  # ar_appositive_subject: "وكان X، نجل Y، غرّد:", X speaks, not Y of the apposition
    # 'ونقلت صحيفة " الأيام " عن X قوله': a paper's or channel's name in quote marks is a name, read without them
    before = _SHORT_NAME_IN_MARKS.sub(r"\1", before)
    # "وأضاف -خلال لقائه مسؤولين في ...- «...»": an aside between dashes after the verb says when, names no one
    before = _DASHED_ASIDE.sub(" ", before)
    # "إذ يقول لها أحد الناشطين:", "وقال له X:": the one told, a pronoun after the verb, is no part of its subject
    before = _TOLD_PRONOUN.sub(r"\1", before)
    # ar_reply_verbs: "ورد عليه القاضي:", "فأجابه رئيس المحكمة:", "...، ليرد عليه القاضي «": the plain verb
    before = plain_reply_verbs(before)
    # "وأضاف مخاطبا النائب X:", "متوجها لرئيس الحكومة، X، قائلا:": the one spoken to is no subject of the verb
    before = AR_ADDRESSED.sub(" ", before)
    # ("وبحسب بيان للجيش، فإن «...»": according to a statement, then "so", the body's statement all the same)
    core = re.sub(r"\s*[،,]?\s*(?:فإن|فان)\s*$", "", before)
    m = AR_STATEMENT.search(core)
    if m and not statement_to_medium(core, m):  # (quotes_ar: "في تصريح لوكالة ..." is given to it)
        # "ورد في بيان صادر عن الحكومة:": the body that issued the statement speaks
        return statement_body(core, m)
    sender = message_sender(before)
    if sender is not None:
        return sender  # ar_sent_message: "ووجه الوزير رسالة إلى المواطنين قال فيها:": the sender speaks in it
    asker = asker_of(before)
    if asker is not None:
        return asker  # "وسأل مواطن الوزير X:": the one who asks speaks, not the one asked
    tongue = tongue_speaker(before)
    if tongue is not None:
        # "ونفت الوزارة على لسان المتحدث باسمها X ...، وقال:": the one it spoke through (ar_tongue: "على لسان
        # مندوبها لدى الأمم المتحدة، X Y أن «...»": the office, then its holder's name after the comma)
        return tongue
    antecedent = _relative_antecedent(before)
    if antecedent is not None:
        return antecedent  # "مع أحد العاملين بالمستشفى، والذي قال في مقطع الفيديو:": the one the clause is about
    source = quoted_from(before)
    if source is not None:
        return source  # quotes_ar: "نقلت الوكالة عن X قوله": X speaks, the agency only reports it
    according = _ACCORDING_GLUED.search(before)
    if according is not None and _INSIDE_THAT.search(before[: according.start()]):
        # "مشدداً على أنه وفقاً للقانون «...»": "according to the law" inside the clause he reported, no source
        according = None
    if according is not None:
        # "وفقا لوزير الصحة X، فإن": the one credited; after a role and a comma, the name the comma sets off
        parts = [p.strip() for p in re.split(r"[،,]", according.group(1)) if p.strip()]
        return parts[-1] if len(parts) > 1 and len(parts[-1].split()) <= 3 else according.group(1).strip(" ،,")
    contained = _CONTAINED.search(before)
    if contained is not None:
        return contained.group(1)  # "تضمن الفيديو ما يلي:": the video, whose publisher speaks (speakers_ar_documents)
    read = re.search(rf"(?<![\u0600-\u06ff])[وف]?(?:جاء|ورد)\s+في\s+({_DOCUMENT}(?:\s+[^،:.«»\"]+)?)\s*:?\s*$", before)
    # ("ووصفت ما ورد في بيان الجمعية بـ«...»": what the statement said is the verb's object; the describer speaks)
    commented = read is not None and re.search(r"(?<![\u0600-\u06ff])ما\s+$", before[: read.start()]) is not None
    if read is not None and not (commented and not before.rstrip().endswith(":")):
        return read.group(1)  # "وجاء في البيان:": the statement, whose issuer speaks (speakers_ar_documents)
    renewed = _RENEWED_EMPHASIS.search(before)
    if renewed is not None:
        # "وجدد X، خلال الاجتماع، التأكيد على أن «...»": the one who renewed the emphasis said it (none named
        # after the verb: the one just named)
        return subject_phrase(renewed.group(1).strip()) if renewed.group(1).strip() else ""
    said = list(re.finditer(rf"(?<![\u0600-\u06ff])(?={_AR_VERBS}\s+([^،:]+))", before))
    # "طلب عدم ذكر اسمه" (asked that his name not be given): a verbal noun after عدم, no verb with a subject
    said = [m for m in said if not re.search(r"(?<![\u0600-\u06ff])عدم\s+$", before[: m.start()])]
    # ("الفرق بين إيرادات الدولة ونفقاتها", "من بين", "ما بين": the preposition "between", spelt as the verb بيّن)
    said = [m for m in said if not _between(before, m.start())]
    # ar_verbal_nouns: "أثناء رد وزيرة الصحة X على ...": the noun of replying after an adverb, no verb with a subject
    said = [m for m in said if not verbal_noun_at(before, m.start())]
    # ("في بيان، تلقته أكد اونلاين، أن": who received the statement is named there, whatever verb its name spells)
    received = r"(?<![\u0600-\u06ff])(?:تلقته|تلقاه|تلقتها|نقلته|نشرته)\s+$"
    said = [m for m in said if not re.search(received, before[: m.start()])]
    # ("وقال X، بحسب الإعلام الرسمي، إن": a source set off in commas after a verb and its subject only reports it)
    said = [m for m in said if not _parenthetical_source(before, m, said)]
    # ar_verb_objects: "أن حكومته واصلت عملها «": a verb with its own object right before the marks is no verb of
    # saying (the quote goes on the clause an earlier verb reported)
    said = [m for m in said if not verb_with_own_object(before[m.start() :])]
    later = [v for v in re.finditer(rf"(?:^|\s){AR_QUOTE_VERBS}(?![\u0600-\u06ff])", before)]
    if said and later and later[-1].start() > said[-1].start():
        said = []  # "وأعلنت إيران ...، وأفاد التلفزيون:": a verb of the other list is nearer the quote
    joined = AR_JOINED_BARE_SAY.search(before)
    if joined is not None and said and said[-1].start() < joined.start():
        # "وبكت الشاهدة وهي تروي ما رأته، وقالت: «...»": the joined bare verb is nearer than an earlier one
        return subject_before_verb(before) or ""
    spoke = _SPOKE_COLON.search(before)
    # (not "تحدث إلى المنظمة ... قائلا:", "تحدث لـX": no subject after the verb; the participle's reading has it)
    if spoke is not None and not re.match(r"(?:إلى|الى|عن|مع|في|ل|ب)", spoke.group(1)) and "قائل" not in spoke.group(1):
        return subject_phrase(spoke.group(1))  # "وتحدثت أم خالد عن ليلة القصف: «...»": what she told of it
    relayed_past = relayed_subject(before)
    if relayed_past is not None:
        return relayed_past  # ar_relayed: "وذكرت وكالة X (بترا)، أن المديرية حذرت «...»، وقالت إن «...»"
    relayed = _OUTLET_THAT_SUBJECT.search(before)
    if relayed is not None:
        # "وأشارت الصحيفة إلى أن رئيس الوزراء يلمح إلى «...»": the paper relays; the clause's subject speaks
        return relayed.group(1).strip()
    reported = _THAT_SUBJECT_SAID.search(before)
    if reported is not None:
        # "وذكرت صحيفة X أن المدير العام Y قال: «...»": the subject of the reported clause said it, not the paper
        return reported.group(1).strip()
    named = _ROLE_THEN_NAME.search(before) if said else None
    # (not "وأضاف X في الجلسة، صباح اليوم، «": a time adjunct set off in commas, صباح a given name elsewhere)
    if named is not None and _ar_is_given(named.group(1).split()[0]) and not leading_time_words(named.group(1).split()):
        return named.group(1)  # "قال مدير X في المدينة، ماهر الخليل، إن": the name after the role
    told = said[-1].group(1).split()[:1] if said else []
    that = that_clause_subject(before[: said[-1].start(1)], told) if told else None  # quotes_ar: "X يقول بأنه:"
    if told and (that or (AR_TO_LISTENER.fullmatch(told[0]) and not _ar_is_given(told[0]))):
        # "وقال لصحيفة X: ...", 'قال لـ"X": ...': whom it was told (or what), no subject after it; the one before
        return that or subject_before_verb(before) or ""
    if said and re.match(r"\s*(?:في|عبر|خلال)\s+(?:بيان|تصريح|مؤتمر|رسالة|منشور|تغريدة)", said[-1].group(1)):
        # "ونفت الوزارة ...، وقالت في بيان:": where it was said, no subject after the verb; the one before it
        return subject_before_verb(before) or ""
    # ("أشار الى أننا": "that" with a pronoun glued on, as well)
    after_that = r"\s*(?:(?:لاحق|أيض|ايض|مجدد)\u064b?ا|(?:على|إلى|الى)\s+(?:أن|ان)(?:ه|ها|هم|نا)?(?![\u0600-\u06ff]))"
    if said and re.match(after_that, said[-1].group(1)):
        # "البيان نفسه ينص لاحقا على أنه", "وأشار إلى أن": an adverb or "على/إلى أن" after the verb, no subject there;
        # the one opening the sentence, else (a bare verb) the one who spoke before
        opening = re.search(r"(?:^|[.!?؟]\s+)([^،,:.!?؟\"«»]{2,40}?)\s*$", before[: said[-1].start()])
        return opening.group(1).strip() if opening and len(opening.group(1).split()) <= 3 else ""
    # (nor a verb whose quote opened right after it, '"...", وتابع "..."، وأكد ان "': no subject there either)
    earlier = [m for m in said[:-1] if not _BARE_THAT.match(m.group(1)) and not re.match(r"\s*[“\"«]", m.group(1))]
    if said and earlier and _BARE_THAT.match(said[-1].group(1)):
        # "وأشارت المديرية إلى ...، وأضافت أن القوى الأمنية «...»": the verb nearest the quote has no subject
        # (its "that" follows it); the subject of the sentence's earlier verb goes on
        return subject_phrase(earlier[-1].group(1))
    if said and _BARE_THAT.match(said[-1].group(1)) and any(re.match(r"\s*[“\"«]", m.group(1)) for m in said[:-1]):
        # ('قال "..."، وتابع "..."، وأكد ان "': the verbs before quoted their words right after them; the one
        # nearest has only "that" after it: no subject named, the sentence's speaker goes on)
        return ""
    if said and source_aside(said[-1].group(1)):
        # ar_source_asides: 'وأضافت حسبما نقلت "بترا" في وقت سابق، أنه تم «': no subject after the verb, the one before
        return subject_before_verb(before) or ""
    if said and opens_object((said[-1].group(1).split() or [""])[0]):
        # ar_object_nouns: "وأكد ضرورة إعلاء ...، و«...»": the verb's object right after it, no subject named;
        # the one named before speaks
        return subject_before_verb(before) or ""
    if said:  # the verb nearest the quote: "أعلن النادي ...، وهذا ما أكده X، حيث قال:" is X's
        return subject_phrase(said[-1].group(1))  # quotes_ar: "وزارة الخارجية في بيان أن": the ministry
    # ("وتابع، «...»": Levantine copy sets a comma where the colon stands; "وبين، أن «...»": and before "that")
    # ("وأشاد المسؤول بدوره، وقال «...»": a bare verb right before the mark, a second verb of the same subject)
    # (the verb then carries its و: "الملصقات تقول «...»" names its subject before it, the posters' slogan)
    if re.search(rf"(?<![\u0600-\u06ff]){_AR_VERBS}\s*[:،,]\s*(?:(?:إن|أن|ان|بأن)\s*)?$", before) or re.search(
        rf"[،,]\s*(?<![\u0600-\u06ff])[وف]{_AR_VERBS}\s*$", before
    ):
        return subject_before_verb(before) or ""  # "وقال: «...»": a bare verb, the person just named
    # ("مبررا ذلك بالقول: إنها «...»": and a colon, then "that" before the marks)
    that = r"(?:(?:إن|أن|بأن)(?:ه|ها|هم)?\s*)?"
    m = re.search(rf"(?:^|\s){AR_QUOTE_VERBS}(?![\u0600-\u06ff])\s*([^،:]*)[:\s]*{that}$", before)
    if m is None:  # quotes_ar_names: "وكان X اتهم ...، Y بأنه «...»" is X's
        return pluperfect_subject(before) or speaker_before(before)  # quotes_ar: a subject before its verb
    # "وحذرت المنظمة من جانبها من أن": the subject up to the words of reported speech; "قائلا:" alone: the
    # person just named
    name = subject_phrase(m.group(1).strip())
    one_of = _ONE_OF.search(before) if not name else None
    if one_of is not None:
        # "أحد المرضى ممن كانوا في المشفى تحدث ... قائلا:", "أدلى بها أحد المراجعين ...، وتابع قائلا:": one of a
        # group, unnamed, is the participle's subject, not the person the article named last
        return one_of.group(0)
    described = _NAME_THEN_HE_IS.match(before) if not name else None
    if described is not None:
        return described.group(1)  # "X Y وهو مدير المركز، تحدث ... قائلا:": the name the sentence opens with
    if not name:
        turn = turn_subject(before)  # ar_participle_subject: "وهنا رد رئيس المحكمة على الدفاع قائلا:"
        if turn is not None:
            return turn
    if len(name.split()) <= 3:
        return name
    # "وحذر مدير البعثة في غزة X قائلا:": a long title and the name after it; the speaker is the person named
    # in the whole subject (the words after "في" included), which the resolver finds in it
    whole = re.sub(r"\s+(?:قائلا|قائلة|قائلين|قائلاً)\s*$", "", m.group(1).strip())
    return whole if len(whole.split()) <= 12 else ""


def _titled_name(words: list[str]) -> str | None:
    """A personal title and a known given name within the first eight words after the verb: the name after it
    ('הודיע יו"ר ועדת חוץ וביטחון ח"כ X Y ש"...": a long office, then the MK X Y), else None."""
    for k, w in enumerate(words[:8]):
        if w in HE_TITLES and k + 1 < len(words) and he_given(words[k + 1]):
            name = [x for x in words[k + 1 : k + 3] if x not in ("ש", "כי")]
            return " ".join(name) if len(name) == 2 else None
    return None


# A body's kind and its name in marks as the subject of the verb right before the quote ('העמותה "X" מסרה בתגובה:').
_HE_BODY_IN_MARKS = re.compile(
    r'(?:^|\s)((?:ה)?(?:עמותה|עמותת|ארגון|תנועה|תנועת|מפלגה|מפלגת|מכון|מרכז)\s+["״][^"״:,.]{2,40}["״])'
    rf"\s+{HE_SPEECH}(?:\s+בתגובה)?\s*(?:כי|ש)?\s*:?\s*$"
)


# An age set off by commas after the subject ("השחקן, בן 28, סיפר:"): no part of who speaks.
_AGE = re.compile(r",\s*(?:בן|בת)\s+\d{1,3}\s*,\s*")


_HE_BRACKETS = re.compile(r"\s*\((?:[^()\"]|(?<=[\u05d0-\u05ea])\"(?=[\u05d0-\u05ea])){1,30}\)")


# A time after the speaker's title, before the colon: 'מאמן הקבוצה אחרי הניצחון: "..."' (the coach, after the win).
_TIME_AFTER_LABEL = {"אחרי", "לאחר", "לפני", "בתום", "בסיום", "בעקבות", "במהלך", "עם"}


# A status after an office ('ראש המל"ל לשעבר', "השר היוצא"): the office's last word, no name.
_STATUS = {"לשעבר", "היוצא", "היוצאת", "הנכנס", "הנכנסת", "בדימוס"}


def _speaker_before_about(words: list[str]) -> bool:
    """Whether the words before "על" are only who speaks: an office, a title or a known given name opening at most
    four words with no verb, infinitive or object in them ('הרמטכ"ל', "ראש העיר X Y"; not 'צה"ל פועל לשמור', a
    clause whose "על" is its verb's)."""
    if not words or len(words) > 4 or not (he_given_at(words) == 0 or words[0] in HE_TITLES
                                          or words[0].removeprefix("ה") in HE_ROLE_WORDS):
        return False
    return not any(
        w in ("את", "של") or verb_in_he(w) or re.fullmatch(r"ל[\u05d0-\u05ea]{3,5}", w) and not he_given(w)
        for w in words[1:]
    )


def _colon_label(words: list[str]) -> str:
    """The speaker a clause with no verb names before a colon: a name, or a title and a name ("שר האוצר X Y:"),
    a title's time after it left out ('מאמן הקבוצה אחרי הניצחון:')."""
    if words and words[0] in ("על-פי", 'עפ"י') or words[:2] == ["על", "פי"]:
        words = words[2:] if words[0] == "על" else words[1:]
    pronoun = pronoun_then_verb(words)
    if pronoun is not None:
        return pronoun  # quotes_he_colon: 'הוא מתנצל וכותב:', the one the pronoun stands for
    body = body_opening(words)
    if body is not None:
        return body  # quotes_he_colon: 'משרד X בתגובה להחלטת Y:', the ministry by its whole name
    cut = next((k for k, w in enumerate(words) if k > 0 and w in _TIME_AFTER_LABEL), len(words))
    if "את" in words[:cut]:
        # 'המשטרה פנתה לבית המשפט בבקשה להאריך את מעצרו:', 'מאמן הקבוצה חגג את הניצחון בגמר:': a clause with
        # its own verb; its subject speaks (a title or a name opening it, or a body), never its last words
        body = words[0] if names_a_body(words[0]) or words[0] in DEFINITE_BODIES else ""
        return sentence_subject(words) or body
    about = next((k for k, w in enumerate(words[:cut]) if k > 0 and w == "על"), 0)
    if about and not any(may_speak(w) for w in words[:about]):
        return ""  # 'דיון סוער בכנסת על הסכמי X:': a topic (what a debate was about), nobody named before "על"
    # (not "הממונה על השכר X Y:": an office with its field after "על", and the holder's name after that)
    # ('ח"כ X על Y Z:': a title and a family name before "על" are a whole speaker; the topic is another person)
    titled = about == 2 and words[0] in HE_TITLES
    field = cut - about >= 3 and he_given(words[cut - 2]) and not titled
    if about and _speaker_before_about(words[:about]) and not field:
        cut = about  # 'הרמטכ"ל על ניפוח הנתונים:': the one who speaks about it, not the topic's last words
    if cut > 1 and words[cut - 1] in _STATUS:
        # 'ראש המל"ל לשעבר:': a former office; its holder speaks (the status is the role's last word)
        return " ".join(words[:cut])
    role = role_before_verb(words[:cut])
    if role is not None:
        return role  # quotes_he_colon: 'דובר המשטרה חזר:', the role, not the verb read as a family name
    if headline_clause(words[:cut]):
        return ""  # 'אושר סכסוך עבודה בדרום:': a report's clause, no name however its first word reads
    # ('שר האוצר במכתב לחברי הממשלה לקראת הדיון:': the office opening a long clause, not its last words)
    long_clause = subject_of_long_clause(words[:cut], sentence_subject(words[:cut]))
    long_clause = long_clause or name_before_phrase(words[:cut])  # ('שר האוצר X Y במכתב לחברי הממשלה:')
    return long_clause or he_verbs.office_not_place(words[:cut], he_name_after_role(role_then_verb(words[:cut])[-5:]))


_QUOTED_AS_SAYING = re.compile(r"(?<![\u05d0-\u05ea])צוטט(ה|ו)?\s+כ(?:אומר|אומרת|אומרים|אומרות)(?![\u05d0-\u05ea])")


# The close of an earlier quote in the sentence, then a comma and a verb of saying ('"A", אמר X, ...:'); the last
# such close (a straight mark after a letter and before a comma: no acronym's gershayim, 'ת"א,').
_IN_WORDS = r'(?:[^"“”„״]|(?<=[\u05d0-\u05ea])["״](?=[\u05d0-\u05ea]))'  # (an acronym's gershayim: 'ת"א')
_EARLIER_QUOTE_SAID = re.compile(
    rf'(?:^|\s["“„״]|^["“„״])(?P<quote>{_IN_WORDS}{{3,}}?)[.!?,]?["”״](\s*,\s*(?:(?:הוא|היא|הם|הן)\s+)?{HE_SPEECH}[\s,]{_IN_WORDS}*?)\s*:\s*$'
)  # (from the sentence's start too: the reader cuts the earlier quote at its "?" or ".")


def he_speaker_before(before: str) -> str | None:
    """Hebrew: the speaker introducing the quote in the same sentence ("X אמר:", "לדבריה,")."""
    # ('היא צוטטה כאומרת:', 'הוא צוטט כאומר כי': was quoted as saying, a verb of saying of the subject before it)
    before = _QUOTED_AS_SAYING.sub(lambda m: "אמרה" if m.group(1) == "ה" else "אמרו" if m.group(1) else "אמר", before)
    group = group_or_body_speaker(before)
    if group is not None:
        return group  # he_group_speakers: "מובילי המאבק מסרו כי", '"...", הוסיפו במשטרה, והדגישו כי'
    owner = words_were_speaker(before)
    if owner is not None:
        return owner  # 'מילותיו האחרונות של קברניט המטוס, X Y, היו "..."': whose words they were
    # ('בתשובה לטענת X, לפיה "..."': the claim "according to which" is X's, as 'לטענת X, "..."' is)
    before = re.sub(r",\s*ש?לפי(?:ה|ו|הם|הן)\s*$", ", ", before)
    earlier = _EARLIER_QUOTE_SAID.search(before)
    # (a quote of three words or more, or its end where the reader cut the sentence: a name in marks, 'ובעלי "X",
    # הכחיש', is no earlier quote)
    if earlier is not None and (len(earlier.group("quote").split()) >= 3 or earlier.start("quote") == 0):
        # '"A", אמר X, שנשאל על Y: "B"': the one named after the earlier quote of the sentence speaks on
        named = he_speaker_after(before[earlier.start(2) :])
        if named:
            return named
    before = re.split(r"(?<=[.!?])\s+(?=\S)", before)[-1]  # (this sentence's words: the one before names its own)
    # (a bullet opening the paragraph too, "• X אמר:")
    before = re.split(r"(?:^|\s)[|•]\s", before)[-1]  # ('... וספג ביצים | ראש העיר:': a subtitle's bar ends a clause)
    cue_clause = cue_then_clause_speaker(before)
    if cue_clause is not None:
        return cue_clause  # quotes_he_cue_clause: "לדברי הכתב, X יצא ...:" X; "לדבריו, המצב קשה:" he
    before = _SINGLE_MARKED.sub(r"\1", before)  # ("ח"כ X Y מ'יש עתיד' תקפה ... וכתבה:": a party in marks)
    before = without_weekday(before)  # "X אמר הערב (שלישי) כי": the weekday stands between the verb and כי
    before = _AGE.sub(" ", before)
    # 'ח"כ X Y (יש עתיד) תקף את ההחלטה וכתב:': a party, an age or a place in brackets after the name stands
    # between the subject and its verb
    before = _HE_BRACKETS.sub("", before)
    before = he_verbs.without_joined_verb(he_verbs.without_words_responded_to(before))  # "X הוסיף ותיאר:": X הוסיף
    joined_subject = and_said_subject(before)
    if joined_subject:
        return joined_subject  # "X עצמו הצטרף לשיחה וכתב:", "דיבר הנשיא עצמו ... והתייחס לאירוע:": the subject
    named_body = _HE_BODY_IN_MARKS.search(before)
    if named_body is not None:
        return re.sub(r'["״]', "", named_body.group(1))  # 'העמותה "לב אחד" מסרה בתגובה:': the body, by its name
    m = HE_STATEMENT.search(before)
    if m:  # "בהודעה של המשטרה:" (in a statement of the police): the police speak
        return m.group(1).strip()
    document = document_speaker(before)
    if document is not None:
        return document  # "בדוח הוועדה נכתב:": the committee; "בפסק הדין נקבע כי": the court
    owner = response_owner(before) or he_statement_issuer(before)
    if owner is not None:
        return owner  # quotes_he_cues: "תגובת X לקביעת ... הייתה כי", "X פרסמה הודעה שבה נכתב:": X's words
    cue = he_cue_before(before)
    if cue is not None:
        return cue  # quotes_he: "לדבריה," "לפי X," "מדובר צה"ל נמסר:", "X אמרה ל-ynet:"
    joined = he_joined_before_comma(before)
    if joined is not None:
        return he_name_after_role(joined[-5:])  # quotes_he: 'X Y ו-Z W, חברי הוועד, אמרו:', the first of the two
    m = re.search(rf"(?:^|\s|,)((?:[^,:\"]|{GERSHAYIM}){{2,60}}?)\s+{HE_SPEECH}\s*(?:כי|ש)?\s*:?\s*$", before)
    if m and m.group(1).split()[-1:] in (["הוא"], ["היא"], ["הם"], ["הן"]):
        # "כמה שעות אחר כך היא הודתה:", "יום לאחר מכן הוא הוסיף:": a time, then the pronoun right before the
        # verb, its subject (the person just named), never the time words
        return m.group(1).split()[-1]
    if m:  # "דובר המשטרה אמר כי" (the police spokesman said that): the subject before the verb
        # ("בראיון לעיתון אמרה:", "על כך כתב:": only an adjunct before the verb, the person just named)
        adjunct = he_adjunct_clause(m.group(1).split())
        # ('פאראמדיקית X Y וחובש ... Z W סיפרו:': two people joined by "and" before a plural verb; the first speaks)
        subject = he_first_of_joined(m.group(1).split(), before[m.end(1) :].strip())
        parts = [p for p in before[: m.end(1)].split(",") if p.strip()]
        if not adjunct and named_before_role_apposition(parts):
            return he_name_after_role(parts[-2].split())  # 'X Y, מנהל ... של עמותת Z מסר:': X Y, not the body
        return he_verb_pronoun(before) if adjunct else he_name_after_role(subject[-5:])
    # (the name in the commas may carry a title with its gershayim: 'אמר מגיש ההצעה, ח"כ X Y, כי')
    role_then_name = (
        rf"{_HE_VERB}\s+((?:[^,:\"]|{GERSHAYIM}){{2,60}}),\s*((?:[^,:\"]|{GERSHAYIM}){{3,40}}),\s*(?:כי|ש)?\s*:?\s*$"
    )
    m = re.search(role_then_name, before)
    if m and adjunct_after_named_subject(before[: m.start()], m.group(1)):
        # he_subject_then_adjunct: 'X Y, ROLE, אמר היום בישיבה לציון רצח Z, W V, כי': X Y, named before the verb
        return he_speaker_before(before[: m.start(1)].rstrip() + " כי ")
    if m:  # "סבר נשיא בית המשפט, דן לוי, כי": the name in commas after the role; "לדברי X Y, המייצג את
        # ..., ": the name first, its description in the commas
        named_first = he_given_at(m.group(1).split()) or he_starts_with_given(m.group(1))
        if named_first:
            return he_name_after_role(m.group(1).split()[-5:])
        apposed = m.group(2).split()
        return he_name_after_role(apposed[-5:]) if apposed[0] in HE_TITLES else m.group(2).strip()
    and_subject = he_and_verb_subject(before) if re.search(r":\s*$", before) else None
    if and_subject is not None:
        return and_subject  # quotes_he: "מאות אחיות חתמו על עצומה, ופירטו:": the sentence's subject
    if not re.search(_HE_VERB, before) and re.search(r":\s*$", before):
        # 'שר הביטחון משה כהן: "..."': a name, or a title and a name, then a colon introduces the quote
        parts = [p for p in re.split(r"[,;|•]", before.rstrip(" :")) if p.strip()]
        parts = without_trailing_adjuncts(parts)  # ('X Y, בטקס ..., בהר הרצל:': where it was said, no speaker)
        if len(parts) >= 2 and parts[-1].split()[0] in HE_ROLE_WORDS and he_given_at(parts[-2].split()) is not None:
            return he_name_after_role(parts[-2].split()[-5:])  # 'פרופ\' X Y, מנהל בית החולים:': the name, not its role
        pronoun = pronoun_then_verb(parts[0].split()) if len(parts) > 1 else None
        if pronoun is not None:
            return pronoun  # quotes_he_colon: 'הוא נפגש עם עובדות במפעל X, המייצר מדים:', the clause's subject
        earlier_subject = subject_in_earlier_parts(parts) if parts else None
        if earlier_subject is not None:
            return earlier_subject  # 'X, Y Z, המכהן כ..., השיא משואה בטקס:': the clause's subject in its commas
        named = name_before_adjunct(parts[-1].split()) if len(parts) == 1 else None
        if named is not None:
            return named  # he_subject_then_adjunct: 'X באזכרה לY:', the name before where it was said
        return _colon_label(parts[-1].split()) if parts else None
    # ("המנהל הוסיף ואמר על עובדיו:": a second verb of saying joined by "and" is no subject)
    after_verb = rf"{_HE_VERB}(?:\s+ו{HE_SPEECH})?\s+((?:[^,:\"]|{GERSHAYIM})+)"
    m = he_verbs.last_verb_first_clause(before, after_verb)  # ('..., בו הוא קרא ..., כתב Y:': the last, then Y)
    if m and he_verbs.opens_that_clause(m.group(1).split()):
        # 'עוד אמר שלא יכול לומר ..., אך "..."': the words after the verb are what was said; who said it is
        # the verb's subject, or the person just named
        return he_speaker_before(before[: m.start(1)])
    # ('X התייחסה לדרמה הפוליטית עם ...:': "referred" takes its topic with ל, never its subject after it)
    referred = m is not None and referred_to(before[: m.start(1)], m.group(1).split())
    if m and (
        referred
        or he_only_adjuncts(m.group(1).split())
        or definite_subject_then_adjunct(before[: m.start()], m.group(1))
    ):
        # 'X אמר הבוקר בישיבה:', 'משרד הבריאות מסר בתגובה כי': a time or a place after the verb, the
        # speaker is the subject before it (or the person just named)
        parts = [p for p in re.split(r"[,:;]|[.!?]\s", before[: m.start()]) if p.strip()]
        subject = parts[-1:]  # (this sentence's)
        if len(parts) >= 2 and he_given_at(parts[-2].split()) == 0 and he_starts_with_given(parts[-2].strip()):
            # "X Y, ראש עיריית Z, סיפר בתוכנית ...:": the name before its role in commas, not the role's body
            subject = parts[-2:-1] if parts[-1].split()[0] in (*HE_ROLE_WORDS, *HE_TITLES) else subject
        elif named_before_open_apposition(parts):
            subject = parts[-2:-1]  # he_subject_then_adjunct: 'ד"ר X Y, מרכז הצוות ... אמר:', no closing comma
        relative = re.match(r"\s*ו?ש", before[m.start() :]) is not None
        named = name_before_relative_description(parts) if relative else None
        if named is not None:
            return named  # he_subject_then_adjunct: 'השרה X Y, האחראית על הכנס, שאמרה לה כי': who said it is X Y
        words = he_first_of_joined(subject[0].split(), before[m.start() :]) if subject else []
        if he_adjunct_clause(words):
            return he_verb_pronoun(before)  # "לימים כתב בספר זיכרונותיו:": a time, no subject; the one just named
        if before[m.start() :].lstrip()[:1] == "ו" and len(words) > 5:
            # 'ח"כ X Y מ'Z' תקפה אותו על כך וכתבה בחשבון שלה:': the second of two joined verbs, whose subject opens
            # the clause (a title and a name, a body, else the first person the clause names), not the first verb's
            # object or clause before "and" ('X שב על טענתו כי Y מקיימת "..." והוסיף כי')
            body = words[0] if names_a_body(words[0]) or words[0] in DEFINITE_BODIES else ""
            return sentence_subject(words) or body
        return he_name_after_role(words[-5:]) if subject else ""
    if m:  # ('עוד אמר רה"מ בנאומו:': where it was said, with the speaker's possessive, is no word of the speaker)
        return _titled_name(m.group(1).split()) or he_name_after_role(he_drop_adjuncts(m.group(1)).split()[:5])
    if re.search(_HE_VERB, before) is None and re.search(r",\s*$", before) and " את " in before:
        # ('ח"כ X Y תקפה את Z על דבריו, "...": a clause with its own verb and object, then a comma and the quote,
        # as before a colon): its subject speaks, never the object named last
        clause_subject = sentence_subject(before.split())
        if clause_subject:
            return clause_subject
    # a bare verb before the quote ('בראיון ל"X" אמרה:'): the person just named, of the verb's sex
    return he_verb_pronoun(before) if re.search(_HE_VERB, before) else None
