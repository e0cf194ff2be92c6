"""Arabic and Hebrew speaker mentions for the resolver (`speakers.py`): a Hebrew role and its complement before
a name, an Arabic subject after its verb (a surname, a title and a name, a body, an honorific for the dignitary
just named), and the name after the latest Arabic speech verb for a bare "وقال:"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefing_app.core.facts.ar_appositive_subject import credited_opening
from briefing_app.core.facts.ar_bare_chain import according_to_a_thing, body_spoke_last, chain_start, told_pronoun
from briefing_app.core.facts.ar_listeners import (
    body_before,
    outlet_spoken_to,
    possessed_object,
    with_article_restored,
    without_listener,
)
from briefing_app.core.facts.ar_marked_subject import unmarked_subject
from briefing_app.core.facts.ar_object_nouns import opens_object
from briefing_app.core.facts.ar_office_recency import recent_holder, sole_calling_holder
from briefing_app.core.facts.ar_source_asides import ASIDE_OPENERS
from briefing_app.core.facts.ar_time_adjuncts import without_time_adjunct
from briefing_app.core.facts.ar_tongue import tongue_speaker
from briefing_app.core.facts.entity_tagger_ar import tag_sentence
from briefing_app.core.facts.gazetteer import hebrew_family_names, lookup
from briefing_app.core.facts.he_mention_parts import WHERE_TO, adjunct_before_colon, and_said
from briefing_app.core.facts.he_offices import definite_then_adjective, he_office_holders, qualified_beyond
from briefing_app.core.facts.he_opening_subject import opening_subject
from briefing_app.core.facts.he_passive_slot import verb_in_family_slot
from briefing_app.core.facts.he_verb_then_family import family_after_verb
from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.orgs import AR_HEADS
from briefing_app.core.facts.people import AR_SPEECH, HE_ROLE_WORDS, PeopleIndex, Person
from briefing_app.core.facts.people_ar_honorifics import mention_without_honorific
from briefing_app.core.facts.people_ar_words import (
    AR_KIN_NOUNS,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    _ar_is_given,
    ar_construct_head,
)
from briefing_app.core.facts.people_he import HE_TITLES, he_given, he_place, he_unnamed, names_a_body
from briefing_app.core.facts.people_he_base import (
    _complement_end,
    _he_head_at,
    _verb_not_name,
    _words,
    council_name_end,
    lone_family_in_he,
)
from briefing_app.core.facts.people_he_later import verb_in_he
from briefing_app.core.facts.people_he_possessed import possessed_role
from briefing_app.core.facts.quote_cues import AR_FILLERS, AR_HE_STOP, HE_STATUS_AFTER_OFFICE, ar_name_words
from briefing_app.core.facts.quotes_ar import (
    ar_opening_body,
    body_after_verb,
    governed_noun,
    group_speaker,
    heads_role,
    office_holders,
    opening_office,
)
from briefing_app.core.facts.quotes_ar_names import ar_body_words, name_after_title
from briefing_app.core.facts.quotes_he_colon import name_shaped, role_ends
from briefing_app.core.facts.reporting_verbs import AR_OWN_WORDS, HE_SPEECH
from briefing_app.core.facts.speaker_words_ar import AR_NO_SUBJECT, AR_TO_LISTENER, OWN_SPEECH, ar_filler, ar_no_name
from briefing_app.core.facts.speakers_ar_clauses import (
    credited_before,
    issued_before,
    lone_speaker_for_office,
    office_of_the_one_named,
    office_word,
    opening_subject_goes_on,
    other_office_holder,
    role_noun_holder,
    same_office_holder,
)
from briefing_app.core.facts.speakers_ar_documents import document_owner, issuer_said_in, owner_or_holder


class Speakers(Protocol):
    """What these readers ask of `speakers.Speakers` (described here, not imported: that module imports this
    one, and layers import downwards)."""

    people: PeopleIndex
    text: dict[int, str]
    organisations: Sequence[Fact]

    def last_named(self, before: int, within: str = "", sex: str = "") -> Person | None: ...

    def in_text(self, text: str, last: bool = False) -> Person | None: ...

    def resolve(self, mention: str | None, sentence: int, within: str = "", last: bool = False) -> str | None: ...

_AR_ROLE_CORES = {"رئيس", "وزير", "أمين", "متحدث", "ناطق", "مدير", "قيادي", "مسؤول", "زعيم", "نائب", "سفير", "مرشد"}


# Honorifics that stand for the dignitary just named, as Gulf news writes them: سموه (His Highness), معاليه
# (His Excellency), فضيلته, جلالته, سعادته, دولته, سيادته, and their feminine and plural forms.
_AR_HONORIFIC = re.compile(r"(?:سمو|معالي|فضيلت|جلالت|سعادت|دولت|سيادت|حضرت|نيافت|غبطت)(?:ه|ها|هم)")
# The same honorifics before a name or an office, no one's name ("وقال سعادة نائب رئيس الوزراء:").
_HONORIFIC_NOUNS = {"سمو", "معالي", "فضيلة", "جلالة", "سعادة", "فخامة", "سيادة", "حضرة", "نيافة", "غبطة"}


def _styled_by(sp: Speakers, pronoun: str, sentence: int) -> str | None:
    """The person an honorific with its pronoun ("معاليه", "سعادتها") stands for: the one the article last named
    right after that honorific noun ("معالي الشيخ X", "سعادة السيد Y"), within the sentence and the five before;
    None when no such person was named."""
    noun = re.sub(r"(?:ه|ها|هم)$", "", pronoun)
    noun = noun[:-1] + "ة" if noun.endswith("ت") else noun  # (سعادت: سعادة)
    styled = re.compile(rf"(?<![\u0621-\u064a]){re.escape(noun)}(?![\u0621-\u064a])((?:\s+\S+){{1,3}})")
    for index in range(sentence, max(sentence - 6, -1), -1):
        # (not one styled so inside a quote: 'أكد سمو الشيخ X أن "رؤية ... سمو الشيخ Y ..."' then "وقال سموه": X)
        text = _unquoted(sp.text.get(index, ""))
        if index == sentence:
            # (the pronoun's own sentence only before it: "وقال سموه لدى تدشينه، بحضور سمو الشيخ Y، ...، إن": the
            # dignitaries of an aside after the pronoun are present, not the one it stands for)
            at = re.search(rf"(?<![\u0621-\u064a])[وف]?{re.escape(pronoun)}(?![\u0621-\u064a])", text)
            text = text[: at.start()] if at is not None else text
        for m in reversed(list(styled.finditer(text))):
            after = m.group(1)  # (the name opens within the words after the honorific and one title: its first word)
            found = [(after.find(p.name.split()[0]), p) for p in sp.people.people
                     if index in p.sentences and re.search(rf"(?<!\S){re.escape(p.name.split()[0])}(?!\S)", after)]
            if found:
                return min(found, key=lambda fp: fp[0])[1].name
    return None


def _unquoted(text: str) -> str:
    """`text` with what stands between quote marks blanked out, at the same length (typed marks may face either way)."""
    return re.sub(r"[“”\"«][^“”\"«»]*[“”\"»]", lambda m: " " * len(m.group(0)), text)


def last_ar_speaker(sp: Speakers, sentence: int) -> str | None:
    """Arabic: the name after the latest speech verb up to this sentence ("وقال تيري ..."), for a bare
    "وقال:" when the people finder knows nobody: the one who spoke last speaks on."""
    # (ar_bare_chain: "وأضاف خلال ...، أن" and "وذكر أن" between pass the speaker on, however many)
    names_given = [p.name for p in sp.people.people]

    def marked_free(index: int) -> str:
        return unmarked_subject(sp.text.get(index, ""), names_given)

    for index in range(sentence, chain_start(sp.text, sentence, 3) - 1, -1):
        names = [
            m.group(1)
            # (not inside a quote: the speaker's own words name no speaker)
            # (ar_marked_subject: 'وأضاف «حسب الله» خلال لقائه ... أنّ': a name in marks is the verb's subject)
            for m in re.finditer(rf"(?:^|\s){AR_SPEECH}\s+([\u0621-\u064a]{{3,}})", _unquoted(marked_free(index)))
            if m.group(1) not in AR_FILLERS and m.group(1) not in AR_HE_STOP
            and m.group(1) not in AR_ORG_WORDS  # "أعلنت شركة ...": a body's kind, no one's name
            and m.group(1) not in ASIDE_OPENERS  # ar_source_asides: "وأضافت حسبما نقلت ...": no subject
            and m.group(1) not in AR_NO_SUBJECT  # ("أشار الى أننا": a preposition, hamzaless, no one named)
            and not m.group(1).startswith(("بأن", "بال", "لل"))
            and not opens_object(m.group(1))  # ar_object_nouns: "وأكد ضرورة ...", the verb's object, no subject
            and not according_to_a_thing(m.group(0), m.group(1))  # ar_bare_chain: "وفق الجدول", no one spoke
            and not told_pronoun(m.group(1))  # ar_bare_chain: "وقال لنا:", whom it was told
            and not AR_TO_LISTENER.fullmatch(m.group(1))  # ("وقال لصحيفة X:": whom he told it)
            # ("في بيان، تلقته أكد اونلاين": an outlet that received it, whose name spells a verb of saying)
            and not re.search(r"(?:تلقته|تلقاه|تلقتها|نقلته|نشرته)\s*$", sp.text.get(index, "")[: m.start() + 1])
            # ("دون ذكر مزيد من التفاصيل": without mentioning more, a verbal noun after دون/عدم, no verb)
            and not re.search(r"(?<![\u0621-\u064a])(?:دون|بدون|عدم)\s*$", sp.text.get(index, "")[: m.start() + 1])
        ]  # fmt: skip
        if names:
            # ("اعتبرت الدولة على لسان مندوبها، X Y أن «...»": the one the country spoke through goes on)
            return tongue_speaker(_unquoted(sp.text.get(index, ""))) or names[-1]
    return None


# Words that open what was said after the speaker ("כי", "ש"), or its object marker: no part of a mention.
_HE_CLAUSE_WORDS = {"כי", "ש", "אשר", "את", "כך"}
# Conjunctions that open a clause before its verb ("אך הוסיף", "אולם ציין"): no part of a speaker's name.
_HE_BUT = {"אך", "אבל", "אולם", "ואולם", "ואילו", "אלא"}
_HIMSELF = {"עצמו", "עצמה", "עצמם", "עצמן"}
_OPENING_MARKS = ('"', "“", "„", "״")
_SPLIT_ATTRIBUTION = re.compile(rf"[\"”״]\s*,\s*{HE_SPEECH}\s+([^,\"“”„״]{{2,40}}),\s*[\"“„״]")


def _holds_office(role: str | None, definite: str) -> bool:
    """Whether a role is the office a definite head names ("המנכ"לית": 'מנכ"לית בנק X'), its first word."""
    head = definite[1:] if definite[:1] == "ה" else ""
    return bool(head) and _he_head_at([head], 0) == 1 and any(r.split()[:1] == [head] for r in (role or "").split("; "))


def _infinitive(word: str) -> bool:
    """An infinitive ("לנהוג", "להמשיך"): ל and a verb's letters, no family name ("לבנה") nor ל and a given name."""
    shaped = re.fullmatch(r"ל(?:ה[\u05d0-\u05ea]{3,4}|[\u05d0-\u05ea]{3,4})", word) is not None
    return shaped and not he_given(word[1:]) and word not in hebrew_family_names()


def _complement_only(role: list[str], word: str) -> bool:
    """The one word after an office is its complement, no name: an acronym ('ראש העיר פ"ת'), or any word that
    is no listed family name after a one-word office in construct ('מנכ"לית X', not "השר X" or 'ד"ר X')."""
    if re.search(r"[\"\u05f4]", word):
        return True
    head = role[0]
    return len(role) == 1 and head not in HE_TITLES and head[:1] != "ה" and word not in hebrew_family_names()


# Prepositions of time that open an adjunct ("לפני זמן קצר", "בתום הדיון"), never a speaker's first word.
_TIME_PREPOSITIONS = frozenset({"לפני", "אחרי", "לאחר", "במהלך", "בתום", "בסיום", "בעקבות"})


def _fronted_adjunct(sp: Speakers, words: list[str], within: str) -> bool:
    """A preposition's phrase before the verb of saying, which has no subject of its own ("ובהקשר הרחב אמר:",
    "בהמשך הדברים הוסיף:"): "and" and a glued preposition, or a glued preposition and a definite word after it,
    where no person or body the article names stands. The one who spoke before goes on."""
    if not words or len(words) > 3 or re.match(r"ו?[בלכ][א-ת]{2,}$", words[0]) is None:
        return False
    if he_given(words[0]) or words[0] in hebrew_family_names() or sp.people.find(" ".join(words)) is not None:
        return False  # ("בנט אמר", "לפיד הוסיף": names that open with those letters)
    if _body_found(sp, words) is not None or names_a_body(" ".join(words)):
        return False
    verb = re.search(re.escape(words[-1]) + r"\s+([\u05d0-\u05ea]+)", within or "")
    if verb is None or not re.fullmatch(HE_SPEECH, verb.group(1)):
        return False  # ('לטענת התביעה, "..."': the phrase credits the words, no verb of saying after it)
    if verb.group(1).endswith("ו"):
        return False  # "ובמשטרה אמרו:": a plural verb with no subject, the body or place it names speaks
    return words[0][:2] in ("וב", "ול", "וכ") or len(words) > 1 and words[1][:1] == "ה"


def _body_found(sp: Speakers, words: list[str]) -> str | None:
    """An organisation the article names that the mention is, or opens, followed only by an addressee with ל
    ("מגדל X לבורסה"): the body speaks."""
    said = " ".join(words)
    for body in sp.organisations:
        name = body.text
        if said == name or said.startswith(name + " ") and all(w[:1] == "ל" for w in said[len(name) :].split()):
            return name
    return None


def hebrew_mention(sp: Speakers, mention: str, sentence: int, within: str) -> str | None:
    """A Hebrew mention: a role and its complement, then a name ("השר משה כהן", "דובר המשטרה"). The name
    if one follows the role, else the person holding that role, else the role itself."""
    if mention.strip()[:1] in _OPENING_MARKS:
        # '"A", סיפר X, "B"': the first half of a split quote was read as who speaks the second; the name
        # between the halves speaks
        split = _SPLIT_ATTRIBUTION.search(within or "")
        return hebrew_mention(sp, split.group(1), sentence, within) if split else None
    mention = mention.replace("''", '"')  # ("אמר הרמטכ''ל": two apostrophes for the acronym's mark)
    words = [w.strip(",.:") for w in mention.split() if w.strip(",.:")]
    while words and (words[0] in AR_HE_STOP or words[0] in _HE_BUT):
        words = words[1:]  # ('אך הוסיף כי "..."': "but" opens the clause, the one named before speaks)
    if words and words[0] in ("דברים", "הדברים"):
        words = []  # "אמר דברים אלה:", "אמר את הדברים הבאים:": the verb's object, the one named before speaks
    if words and words[0] in ("אותו", "אותה", "אותם", "אותן"):
        words = words[1:]  # "ושאל אותו אם ...": whom he asked, an object pronoun
    if words and words[0] == "אם":
        words = []  # "שאל אם מבחינת X "..."": a whether-clause follows the verb, the one named before asks
    if words and words[0] in WHERE_TO:
        words = []  # "בריאיון מבית החולים X, לשם פונתה, אמרה כי": a clause of where, no subject; the one before
    while words and (words[-1] in _HE_CLAUSE_WORDS or words[-1] in _HIMSELF or and_said(words[-1])):
        # 'אמרה המנכ"לית כי "..."': the conjunction that opens what was said; "X עצמו"; 'הוסיפה המנהלת והבהירה
        # כי': a second verb of saying joined by "and" after the subject (no name "והבהירה")
        words = words[:-1]
    # ('יו"ר הקואליציה לשעבר אמר': a former office, which no one holds now; the one the article just spoke of)
    former = len(words) >= 2 and words[-1] in HE_STATUS_AFTER_OFFICE and words[-1] not in ("הנכנס", "הנכנסת")
    words = words[:-1] if former else words
    by_given = [p for p in sp.people.people if len(words) == 1 and p.name.split()[0] == words[0] and " " in p.name]
    if len(by_given) == 1:
        return by_given[0].name  # "X עצמו הצטרף ... וכתב:" after "X Y": the one person of that given name
    if words and re.fullmatch(HE_SPEECH, words[0].removeprefix("ו")):
        if words[0].endswith("ו"):
            return None  # '"..." אמרו והוסיפו: "..."': a second verb of saying, in the plural: a group unnamed
        words = words[1:]  # "הוסיפה וציינה": the second verb of a pair, no name
    # (a verb and a preposition's phrase: not "הנגיד", "התביעה", definite nouns of a hif'il's shape)
    verb = len(words) == 2 and verb_in_he(words[0]) and not _he_head_at(words, 0) and words[1][:1] in "מבל"
    # ("בר-דוד התייחס לפני זמן קצר ל"..."": a time phrase after the verb, a preposition of time and its object)
    verb = verb or bool(words) and words[0] in _TIME_PREPOSITIONS
    verb = verb or _fronted_adjunct(sp, words, within)
    # ('X, בהתייחסות למאמצים, כולל בשעות האלו: "..."': an adjunct in commas after the subject, before a colon
    # with no verb; the clause's opening subject speaks)
    verb = verb or adjunct_before_colon(sp.people, words, within)
    # ("ראש המועצה זועם על X:", the headline's office then its verb: the mention is the verb alone, no name)
    verb = verb or len(words) == 1 and words[0][:1] != "ה" and verb_in_family_slot(words[0])  # (not "התביעה")
    # ("X Y, ROLE, נתן הצהרה על ...:": a verb that spells a given name, before its object, no name)
    verb = verb or len(words) == 2 and _verb_not_name(words[0], words[1])
    if verb or len(words) == 2 and _infinitive(words[1]):
        # "השר החלים מקורונה:", "X קורא לאזרחי ישראל לנהוג לפי ...:": the words before the colon are the verb's
        # or the call's, no name; the subject before them speaks
        words = []
    if not words:
        # ("X, ROLE, שוחח עם A ... והתייחס ...:": a verb with "and" shares the subject the sentence opens with)
        opening = opening_subject(sp.people.people, within) if within else None
        if opening is not None:
            return opening.name
        person = sp.last_named(sentence, within)
        return person.name if person else office_holder(sp, he_title_opening(sp, sentence, within))
    held = possessed_role(words)
    if held:
        return " ".join(words[:held])  # "טען עורך דינו", "אמרה סניגורה": one's lawyer, named nowhere in it
    said = " ".join(words)
    inside = [p for p in sp.people.people if " " in p.name and f" {p.name} " in f" {said} "]
    after = [p for p in sp.people.people if " " in p.name and f"{said} {p.name}" in (within or "")]
    if after and (words[-1] in HE_TITLES or words[-1] in HE_ROLE_WORDS):
        inside = after  # 'הודיע יו"ר ועדת X ח"כ Y Z ש"...": the mention stopped at a title, the person follows it
    if inside:
        return inside[-1].name  # 'יו"ר ועדת X וY ח"כ Z W': a long title, then a person the readers know
    whole_role = [p for p in sp.people.people if len(words) > 1 and role_ends(p.role, said)]
    if whole_role:
        return whole_role[-1].name  # 'ראש העיר X Y נגד השביתה:' (read as "העיר X Y") after "ראש העיר X Y, Z W,"
    led_by_role = words[0] in HE_ROLE_WORDS or words[0][1:] in HE_ROLE_WORDS
    if he_unnamed(words) and not led_by_role:
        return " ".join(words[:3])  # "אמרה אחות במחלקה": someone described, not named
    role: list[str] = []
    titled = words[0] in HE_TITLES  # 'כתבה ח"כ X Y': X Y, an MK
    roled = words[0] in HE_ROLE_WORDS or (words[0].startswith("ה") and words[0][1:] in HE_ROLE_WORDS)
    if titled or roled or (len(words) == 2 and _he_head_at(words, 0) == 1):  # ('מנכ"לית X': a head too)
        role = [words.pop(0)]
        while words and words[0].startswith("ה") and len(words) > 1:
            role.append(words.pop(0))  # "שר האוצר", "דובר המשטרה": the role's complement
        if len(words) == 1 and _complement_only(role, words[0]):
            role.append(words.pop(0))  # 'מנכ"לית X:', 'ראש העיר פ"ת:': the body or town, no name
        elif len(words) == 1 and (words[0].startswith(("ה", "צה")) or he_place(words[0])):
            role.append(words.pop(0))  # "נשיא צרפת": the office of a country, its holder speaks
        elif len(words) == 2 and he_place(" ".join(words)):
            role, words = [*role, *words], []  # "מאמן נס ציונה": a town of two words is the role's too
        elif len(words) == 2 and not he_given(words[0]) and words[1][:1] == "ב" and not sp.people.find(words[1]):
            role, words = [*role, *words], []  # 'מנהל מיון בבילינסון': the office's field, then where it is
        if words and council_name_end([*role, *words], len(role)) == len(role) + len(words):
            role, words = [*role, *words], []  # 'ראש המועצה האזורית X Y:': the council's name, no person named
        if words and names_a_body(" ".join(words)):
            role, words = [*role, *words], []  # "דוברת משרד הבריאות": the role's body, no person named
        elif words and words[0] == "של" and not any(he_given(w) for w in words[1:]):
            role, words = [*role, *words], []  # "הפרשנית הפוליטית של X:": whose the role is, no name after it
    known = lookup(" ".join(words))
    if not role and (names_a_body(" ".join(words)) or (known is not None and known.kind == "organisation")):
        return " ".join(words[:3])  # "קבע בית המשפט", 'צה"ל': a body speaks, no person
    if role and words and he_unnamed([role[-1], *words]):
        return " ".join([*role, *words][:3])  # "תושב בשכונה הסמוכה": a role noun and a description
    plural = words and words[0].endswith(("ים", "ות")) and not he_given(words[0])  # (not חיים, a name)
    if not role and plural and sp.people.find(words[0]) is None:
        return " ".join(words[:3])  # "אמרו גורמים בכירים", "כתבו תושבים": a plural noun, a group unnamed
    body = _body_found(sp, words) if not role else None
    if body is not None:
        return body  # "בהודעת מגדל X לבורסה נמסר": a body the article names (here to whom it reported), no person
    named_later = family_after_verb(sp.people.people, words, bool(words) and he_given(words[0])) if not role else None
    if named_later is not None:
        return named_later.name  # he_verb_then_family: '"...", פתח סמוטריץ\': "..."' after "בצלאל סמוטריץ'"
    # (a family name in ה is no article and noun: '"...", אמר X לפני הישיבה')
    if words and (not words[0].startswith("ה") or lone_family_in_he(words[0])):
        if not role and sp.people.find(" ".join(words[:3])) is None and not name_shaped(words):
            # ('X Y ימשיך בתפקידו כיו"ר Z: "..."': the clause's opening subject speaks, the words before the colon
            # are its predicate)
            opening = opening_subject(sp.people.people, within, colon=True) if within else None
            return opening.name if opening is not None else None
            # ('אושר סכסוך עבודה בדרום: "..."', 'ב"ב יוצאת למלחמה:': a headline's clause, no name)
        return sp.people.add(" ".join(words[:3]), " ".join(role) or None, sentence).name
    if not role and len(words) == 1 and len(words[0]) > 3:
        # '"...", כתבה השופטת' after "השופטת רחל ברנר": a definite noun the article gave someone as a role
        named = [p for p in sp.people.people if words[0] in (p.role or "").split("; ")]
        # ('"...", אמרה המנכ"לית' after 'מנכ"לית בנק X, Y Z,': the office without its body)
        named = named or [p for p in sp.people.people if _holds_office(p.role, words[0])]
        # ('"...", אמר הרמטכ"ל' after "ראש המטה הכללי, רב-אלוף X Y": the office in another spelling)
        named = named or he_office_holders(sp.people.people, words[0])
        if named:
            return named[-1].name
    core = role[0].removeprefix("ה") if role else ""
    whole = " ".join(role).removeprefix("ה")  # "ראש הממשלה" before any "ראש ..."
    holders = [p for p in sp.people.people if len(role) > 1 and p.role and whole in p.role]
    holders = holders or [p for p in sp.people.people if core and p.role and core in p.role]
    holders = holders or (he_office_holders(sp.people.people, " ".join(role)) if role and not words else [])
    # (one named by this sentence before one the article names later: "the commander" speaks of the one it
    # has met; a headline's office before the body names its holder still finds them)
    before = [p for p in holders if min(p.sentences) <= sentence]
    if before:
        return max(before, key=lambda p: max(i for i in p.sentences if i <= sentence)).name
    # ('המאמן אמר:' before 'המאמן המפסיד, X,' is named: the losing coach is another than the coach who spoke first;
    # a later holder is the office's only when the article gives it no more than the words that speak)
    holders = holders if sentence == 0 else [p for p in holders if not qualified_beyond(p.role, role)]
    if holders:
        return holders[-1].name
    if len(role) == 2 and not words and definite_then_adjective(role):
        role = role[:1]  # "עוד הוסיף המאמן המצויין:": a definite noun and its adjective, the noun alone below
    if len(role) == 1 and not words and role[0].startswith("ה") and role[0] not in ("הדובר", "הדוברת"):
        # "הכדורגלן X Y חתם ... השחקן סיפר:": a definite noun for what the person just named is (not an
        # unnamed spokesman), though the article gave them another word for it; of the noun's sex ("השר אמר"
        # after a woman was named last is no one named: the minister, unnamed)
        person = sp.last_named(sentence, within, "f" if role[0].endswith(("ה", "ת", "ית")) else "m")
        return person.name if person else role[0]
    if former and role and not words:
        person = sp.last_named(sentence, within)
        return person.name if person else " ".join(role)
    return " ".join(role or words[:3])


def office_holder(sp: Speakers, office: str | None) -> str | None:
    """The one person the article gives `office` as the start of a role ("ראש המועצה" of "ראש המועצה האזורית
    X"), named after the sentence that speaks by the office alone (a headline's 'ראש המועצה זועם: "..."');
    else the office itself."""
    if office is None:
        return None
    bare = office.removeprefix("ה")
    holders = [
        p for p in sp.people.people if any(r.removeprefix("ה").startswith(bare) for r in (p.role or "").split("; "))
    ]
    return holders[0].name if len({p.name for p in holders}) == 1 else office


def he_title_opening(sp: Speakers, sentence: int, within: str) -> str | None:
    """With nobody named yet, the title that opens this sentence's clause or the sentence before ("ראש הממשלה
    התייחס לדברים. "...", אמר.": the prime minister speaks, unnamed), as "ראש הממשלה"; None without one."""
    for text in (within, sp.text.get(sentence - 1, "")):
        words = _words(text.strip(' "“„״'))
        n = _he_head_at(words, 0)
        if n and not names_a_body(words[0]):
            end = _complement_end(words, n)
            # ("השרה הגיעה": a verb in ה; "ראש המועצה זועם": a verb of another shape no name list holds)
            shaped = [j for j in range(n, end) if words[j][:1] != "ה" and verb_in_family_slot(words[j])]
            end = next((j for j in range(n, end) if verb_in_he(words[j]) or j in shaped), end)
            role = words[:end]
            if all(w.startswith("ה") or w in HE_TITLES for w in role[n:]) and len(role) <= 4:
                return " ".join(role)
    return None


def ar_bare_verb(sp: Speakers, sentence: int, within: str) -> str | None:
    """Arabic "وقال:" with no subject: the body the sentence opens with, else whoever a speech verb named last;
    None to let the resolver look further."""
    # Arabic "وقال:" with no subject: whoever a speech verb named last goes on speaking ("وقال تيري
    # ... وأضاف: ..."), before anyone merely named in between
    bodies = [o.text for o in sp.organisations]
    body = body_after_verb(within, sp.text) or ar_opening_body(within, bodies)
    if body is not None:
        # quotes_ar: "ووصفت X ..." where the article names "شركة X"; "فيما استنكرت الخارجية العراقية
        # ...، ووعدت بأنها «...»": the body the sentence opens with as its verb's subject
        return body
    office = opening_office(within, sp.people.people)
    if office is not None:
        return office  # "وأشاد أمير المنطقة بجهود ...، مؤكداً أن": the office opening the clause, or its holder
    unnamed = opening_subject_goes_on(within)
    if unnamed is not None and sp.in_text(unnamed) is None:
        return unnamed  # "وتحدث المصاب ... عما حدث معه، فقال «...»": the one the sentence opens with, unnamed
    before = sp.text.get(sentence - 1, "")
    # (or issued: "صدر عن X البيان الآتي:" then the statement, speakers_ar_clauses)
    bare = not within.strip(' "“«')
    # (the quote paragraph's own introduction may be that sentence, read as the quote's lead)
    credited = (credited_before(before) or issued_before(before)) if bare else issued_before(within.rstrip(' "“«'))
    if credited is not None:
        # 'وفقا لأخصائي السموم X، فإن ... . "...".': the quote right after a sentence that credits its words to X
        named = [p for p in sp.people.people if p.name in credited]
        return named[-1].name if named else credited
    spoken_body = body_spoke_last(sp.text, sentence, bodies)
    if spoken_body is not None:
        return spoken_body  # ar_bare_chain: "وقالت الوزارة الفلسطينية في بيان: ..." then "واضافت : ...": the body
    spoke = last_ar_speaker(sp, sentence)
    if spoke is not None and (_AR_HONORIFIC.fullmatch(spoke) or spoke in _HONORIFIC_NOUNS):
        # ("وقال سعادته – في لقاء ... – إن ...، وأضاف: ...", "وقال سعادة نائب رئيس الوزراء: ...، قال: ..."): the
        # honorific of the one who spoke, the dignitary styled so, else the one named last; no person called so
        person = sp.people.find(_styled_by(sp, spoke, sentence) or "") or sp.last_named(sentence, within)
        return person.name if person is not None else None
    # (a role, "وقال الوزير X", "وأكد رئيس مجلس ... X": the person named after it, found below)
    if spoke is not None and not spoke.startswith("ال") and spoke not in AR_ROLE_NOUNS:
        named = [p for p in sp.people.people if spoke in p.name.split()]
        # (or as written another way: "اشتيه" for "محمد إشتيه")
        person = sp.in_text(spoke) or (named[0] if named else None) or sp.people.find(spoke)
        return person.name if person is not None else spoke
    return None


def ar_first_speaker_goes_on(sp: Speakers, sentence: int, within: str) -> str | None:
    """Arabic "وزاد :" or "وأضاف:" with no subject, in a sentence that a speech verb opened with a person's name
    ("وقال X للجزيرة إن Y ...، وزاد : ..."): that person goes on speaking, not one merely named after him; None when
    the sentence opens with no such verb and name."""
    opening = re.match(rf"\s*{AR_SPEECH}\s+([\u0621-\u064a]{{3,}})", within)
    if opening is None or opening.group(1) in AR_HE_STOP or opening.group(1) in AR_FILLERS:
        return None
    word = opening.group(1)
    named = [p for p in sp.people.people if word in p.name.split()]
    person = sp.in_text(word) or (named[0] if len(named) == 1 else None)
    return person.name if person is not None else None


_DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك", "هؤلاء"}


def arabic_mention(sp: Speakers, mention: str, sentence: int, within: str) -> str | None:
    """An Arabic mention after its speech verb: a surname or a whole name, a title and the name after it, a body,
    an honorific or a filler (the person just named)."""
    outlet = outlet_spoken_to(mention, within)
    if outlet is not None:
        # ar_listeners: "وقال في تصريح لكووورة :" names the outlet spoken to; the speaker is the verb's subject
        # ("وقال X في تصريح للتلفزيون:"), else the one named before it
        outlet_at, subject = outlet
        subject_person = sp.people.find(subject) if subject else None
        if subject_person is not None:
            return subject_person.name
        if not subject:
            named_before = sp.last_named(sentence, within[:outlet_at])
            return ar_bare_verb(sp, sentence, within[:outlet_at]) or (named_before.name if named_before else None)
        mention = subject  # "وقال مدرب الفريق في تصريح لقناة X:": the subject, read as any other
    spoken_to = mention[len(without_listener(mention)) :].strip()
    mention = without_listener(mention)  # ar_listeners: "رئيس المحكمة للدفاع", the court's president speaks
    if spoken_to and within.find(spoken_to) > 0:
        within = within[: within.find(spoken_to)]  # (and no name after the listener: "لوكالة فرانس برس")
    mention = with_article_restored(mention, sp.text)  # ar_listeners: "وفقا للشرطة" read as "لشرطة"
    first = re.sub(r"^(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|تابع|تابعت)\s+", "", mention).split()
    if len(first) > 1 and first[0] in _DEMONSTRATIVES and first[1].startswith("ال"):
        first = first[1:]  # "وقال هذا المصدر ...": "this source", the source unnamed
    # people_ar_honorifics: "وقال سعادة وزير الإسكان:", the office's mention; the honorific is part of neither
    first = mention_without_honorific(first)
    words_before = len(first)
    same = same_office_holder(sp, first) or role_noun_holder(sp, first, _AR_ROLE_CORES)
    if same is not None:
        # speakers_ar_clauses: "رئيس الوزراء" for the one introduced as "رئيس الحكومة المغربية"; "الناطق الحكومي"
        # for the one introduced as "الناطق الرسمي باسم الحكومة"
        return same
    first = without_time_adjunct(first)  # ar_time_adjuncts: "وقال اليوم الثلاثاء:", when it was said
    own = next((k for k, w in enumerate(first) if k and OWN_SPEECH.fullmatch(w.strip("،,:"))), len(first))
    first = first[:own]  # "وختم الوزير كلمته قائلا:": his own speech is the verb's object, no part of the subject
    while first and (first[0].strip(":") in AR_FILLERS or ar_filler(first[0])):
        # ("بحسب رأيه تعود إلى «...»": after "his view" comes the clause he said, no name)
        first = [] if first[0] in AR_OWN_WORDS else first[1:]  # "وتابع قائلا:", "وقال أيضا:": nobody named here
    if len(first) == 1 and re.fullmatch(r"ب?[أإا]ن(?:ه|ها|هم)?", first[0].strip(":،,")):
        first = []  # "..., مؤكدة أن «...»": "that" after the participle, nobody named
    if first and opens_object(first[0].strip(":،,")):
        # ar_object_nouns: "وأكدت استمرار التوزيع ...، بقولها:", "وأكد ضرورة ...": the verb's object opens the
        # words after it, its subject unnamed here (the one who spoke or was named before)
        first = []
    if first and _AR_HONORIFIC.fullmatch(first[0].strip(":،")):
        # "وأوضح سموه" (His Highness explained): the one the article styled so ("معالي الشيخ X"), though someone
        # else, a journalist who asked him, was named since; else the dignitary just named
        styled = _styled_by(sp, first[0].strip(":،"), sentence)
        if styled is not None:
            return styled
        # (else the one named last before the pronoun, not in an aside after it: "وقال سموه لدى تدشينه، بحضور
        # سمو الشيخ Y، ...، إن «...»" is the dignitary named before, not Y, who was present)
        cut = within.find(first[0].strip(":،"))
        person = sp.last_named(sentence, within[:cut]) if cut >= 0 else None
        if person is not None:
            return person.name
        first = []
    issuer = issuer_said_in(within) if not first else None
    if issuer is not None:
        return sp.resolve(issuer, sentence)  # "أصدرت الهيئة بيانا قالت فيه:": who issued the statement
    if not first:
        credited = credited_opening(within, [o.text for o in sp.organisations]) if words_before > 0 else None
        if credited is not None:
            return credited  # ar_appositive_subject: "ووفقاً للشبكة، ...، مؤكدة أن «...»": the network
        # quotes_ar: "وأدلى المتحدث باسم الوزارة بتصريح قال فيه:": the office opening the sentence
        office = opening_office(within, sp.people.people) if words_before > 0 else None
        if office is not None:
            return office
        # ar_bare_chain: "وقال شاهد عيان ... . وأضاف أن «...»": an unnamed source or a body spoke last, no person
        spoken = body_spoke_last(sp.text, sentence, [o.text for o in sp.organisations]) if words_before else None
        person = sp.last_named(sentence, within) if spoken is None else None
        return spoken or (person.name if person else None)
    if len(first) == 1 and _manner(first[0].strip("،,.:"), sp):
        person = sp.last_named(sentence, within)  # '"...", قال بغضب': how it was said, by the one just named
        return person.name if person else None
    owner = document_owner(first, sentence, sp.text)
    if owner is not None:
        # speakers_ar_documents: "وأضاف البيان أن": the body that issued the statement (or the spokesman's office
        # that did, "بيان صادر عن المتحدثة باسم الشرطة X", its holder)
        return owner_or_holder(owner, sp.people.people)
    if possessed_object(first) and sp.people.find(first[0]) is None:
        # ar_listeners: "وأكد التزام حكومته بالعمل، مضيفا:": a verbal noun and its possessed genitive, the verb's
        # object; the subject is the one named before
        person = sp.last_named(sentence, within)
        return person.name if person else None
    defence = sole_calling_holder(sp.people.people, "دفاع", sentence) if first[0] == "دفاع" else []
    if defence:
        return defence[0].name  # "وأوضح دفاع المتهم الثاني" after "X دفاع الراهب Y": the defence named before
    group = group_speaker(first, sp.people.people)
    if group is not None and (sp.people.find(group) is None or first[0].startswith("ال")):
        # "وقال مدير مديرية الصحة في محافظة X ... الدكتور Y Z:": the office names its holder further on (also
        # a definite office, "القيادي في X ... Y Z", whatever holder the article named before)
        named = _named_after_office(sp, " ".join(first), within, sentence)
        group = named or (_titled_name_in(sp, first, sentence) if sp.people.find(group) is None else None) or group
    if group is not None and sp.people.find(group) is None and office_word(first[0]):
        # speakers_ar_clauses: "واعتبر الوزير السعودي أن", "وقالت زعيمة الحزب:", an office no one holds by name,
        # is the one person the article named before
        group = office_of_the_one_named(sp, group, sentence, within) or group
    if group is not None:
        return group  # "قال أحد مهندسي المصنع", "أعلنت مجموعة ...": no person of its own
    if first[0] in AR_HEADS and len(first) > 1:
        return " ".join(first[:2])  # "وقالت منظمة أوكسفام": an organisation speaks, no person
    if first and (
        first[0] in AR_HE_STOP
        or ar_no_name(first[0])  # "قال لنا:", "وأوضح انه": no name (speaker_words_ar)
        or first[0].startswith(("بال", "لل", "بأن", "لأن"))
        or (len(first) < words_before and governed_noun(first[0]))  # "صرحت فيه بوجود": its object
    ):
        # "صرحت فيها بأن" (declared in it that), "قال للصحفيين": a clause, the subject named before it
        person = sp.last_named(sentence, within)
        # ('وجاء في بيان للجيش: «...»' then 'وأضاف في بيان له: «...»': no one named, the body goes on speaking)
        return person.name if person else body_before(sp, sentence, within)
    kin = first[0].strip("،,:.") if first else ""
    if kin in AR_KIN_NOUNS and not kin.startswith("ال"):
        # "وقالت والدته، أم أحمد، للباحثين:": the name after the kin noun (people_ar_context gave it the kin as
        # its role); "وقالت شقيقته:" with no name speaks as the kin, who is no person of the article's
        holders = [p for p in sp.people.people if p.role == kin and sentence in p.sentences]
        return holders[-1].name if holders else kin
    if (
        first
        and not first[0].startswith(("ال", "ה"))
        and len(first[0]) >= 3
        and first[0] not in HE_ROLE_WORDS  # "אמר מפקד המחוז ...": a title, the person follows it
    ):
        if len(first) >= 3 and ar_construct_head(first[1], first[2]):
            # "وأشار حارس مرمى المنتخب ...": a role in a construct chain, no name; the one who holds it
            holders = [p for p in sp.people.people if p.role and " ".join(first[:2]) in p.role]
            holders = holders or office_holders(first[0], first[1], sp.people.people)
            office = " ".join(first[:4])
            return holders[-1].name if holders else lone_speaker_for_office(sp, office) or office
        if len(first) >= 2 and first[1].startswith("ال") and _occupation(first[0]) and not _ar_is_given(first[0]):
            # "يشرح عامل المشفى في الفيديو:": an occupation in construct with its workplace, no name; its holder
            holders = [p for p in sp.people.people if p.role and " ".join(first[:2]) in p.role]
            holders = holders or office_holders(first[0], first[1], sp.people.people)
            return holders[-1].name if holders else " ".join(first[:2])
        # "وأضاف عبادي أن ...": a surname; "وقال محمد أحمد:" a whole name, up to its first particle
        name = ar_name_words(first)
        if len(name.split()) == 1 and name.endswith("ة") and not _ar_is_given(name) and sp.people.find(name) is None:
            # "وقالت ممرضة إن": an unnamed nurse, a feminine noun no one is named by; no person ("خلية الإعلام
            # الأمني العراقية", "قيادة العمليات": with its definite genitive and adjectives, a body speaks)
            chain = [w.strip("،,:.") for w in first[1:5]]
            chain = chain[: next((k for k, w in enumerate(chain) if not w.startswith("ال")), len(chain))]
            return " ".join([name, *chain])
        if len(name.split()) == 1 and name in _UNNAMED_NOUNS:
            return name  # "وقال مواطن:", "وسأل مواطن الوزير:": an unnamed citizen speaks, no person of that name
        return sp.people.add(name, None, sentence).name
    after_title = name_after_title(first) if first and first[0].startswith("ال") else None
    if after_title is not None:  # quotes_ar: "وتساءل المحلل السياسي جمال حسن:" is the name after the title
        return sp.people.add(after_title[0], after_title[1], sentence).name
    if first and first[0].startswith("ال") and len(first[0]) > 4:
        core = first[0][2:]
        named = _named_after_office(sp, " ".join(first), within, sentence) if core in _AR_ROLE_CORES else None
        if named is not None:
            return named  # "وقال القيادي في الائتلاف ورئيس ... سمير نشار من تركيا أن": the name the office goes on to
        with_role = [p for p in sp.people.people if p.role and core in p.role]
        headed = [p for p in with_role if heads_role(p, core)]  # not "نائب الأمين العام"
        # (a body's name is no office: "وحذرت الأمم المتحدة" is not the one whose role is "ممثلة الأمم المتحدة")
        with_role = headed or (with_role if core in _AR_ROLE_CORES else [])
        if with_role:
            # "وشدد الأمين العام": the person with that role (ar_office_recency: of two, the one named by then)
            return recent_holder(with_role, sentence).name
        if core not in _AR_ROLE_CORES:
            return ar_body_words(first)  # "وأعلن الائتلاف", "وحذرت الأمم المتحدة": a body speaks
        last = sp.last_named(sentence, within)
        if last is not None and other_office_holder(last.role, core, [sp.text.get(k, "") for k in range(sentence)]):
            # ("والتقى الوزير بخالد X رئيس البلدية" then "وقال الوزير:": the one named last holds another office
            # the article gave him; the minister, named by his office alone, speaks)
            return first[0].strip("،,:")
    person = sp.last_named(sentence, within)  # else the clause around names nobody
    return person.name if person else None


# Nouns by which news quotes someone it does not name: a citizen, a resident, a witness, a passer-by, a voter.
_UNNAMED_NOUNS = {"مواطن", "مواطنة", "مقيم", "مقيمة", "ساكن", "ناخب", "ناخبة", "شاهد", "شاهدة", "زائر", "زائرة",
                  # one of them, some of them: "وصرخت إحداهن «...»", one of the mothers, named nowhere
                  "أحدهم", "احدهم", "إحداهن", "احداهن", "أحدهما", "احدهما", "إحداهما", "احداهما", "بعضهم"}  # fmt: skip


# Occupations news names unnamed witnesses by, besides the role nouns of titles: a worker, nurse, paramedic, driver.
_OCCUPATIONS = {"عامل", "عاملة", "موظف", "موظفة", "ممرض", "ممرضة", "مسعف", "مسعفة", "متطوع", "متطوعة", "مزارع",
                "تاجر", "صاحب", "صاحبة", "مالك", "حارس", "معلم", "معلمة", "مدرس", "مدرسة", "ناشط", "ناشطة",
                "مصور"}  # fmt: skip


def _occupation(word: str) -> bool:
    """Whether a word (with its conjunction) is a role or occupation noun rather than a name."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return bare in _OCCUPATIONS or bare in AR_ROLE_NOUNS


# Words that bring a second person into an office's clause ("مع نظيره X", "بحضور X"): no title of the speaker.
_OTHER_PERSON = re.compile(
    r"(?<![\u0621-\u064a])(?:مع|بحضور|برفقة|نظير[\u0621-\u064a]*|لقائه|استقباله)(?![\u0621-\u064a])"
)
_REPORTED_OR_MARK = re.compile(r"(?<![\u0621-\u064a])(?:أن|إن|بأن|أنه|إنه|أنها|إنها)(?![\u0621-\u064a])|[:«\"]")


def _named_after_office(sp: Speakers, office: str, within: str, sentence: int) -> str | None:
    """The person a long office goes on to name after its place or body and a title ("وقال مدير مديرية الصحة في
    محافظة X التابعة للحكومة المؤقتة الدكتور Y Z:": Y Z), before the colon or the word of reported speech: one the
    article names right after a definite word, else a known given name and one more word closing the subject
    before where it was said ("ورئيس الأمانة العامة لـ«X» سمير نشار من تركيا أن": made a person); None when another
    person enters the clause ("مع نظيره X")."""
    at = within.find(office)
    if at < 0:
        return None
    rest = _SHORT_IN_MARKS.sub(r"\1", within[at + len(office) :])  # ('لـ " إعلان دمشق " سمير نشار': a name)
    rest = _REPORTED_OR_MARK.split(rest)[0]
    if len(rest.split()) > 14 or _OTHER_PERSON.search(rest):
        return None
    person = sp.in_text(rest)
    if person is not None and re.search(rf"ال[\u0621-\u064a]+\s+{re.escape(person.name.split()[0])}", rest):
        return person.name
    words = rest.split()
    for k in range(len(words) - 2, 0, -1):
        after = words[k + 2 :]
        if (
            _ar_is_given(words[k])
            and words[k + 1] not in _WHERE
            and not _OWN_POSSESSOR.fullmatch(words[k + 1])
            and (not after or after[0] in _WHERE)
        ):
            # ("سامر الحداد، أن": the comma after the name closes it, no part of it)
            return sp.people.add(f"{words[k]} {words[k + 1].rstrip('،,؛;.')}", None, sentence).name
    return None


# "of his/its own" after a noun ("في بيان له", "في تصريح لها:"): the statement's owner, no second word of a name
# (a given name may spell the noun: "بيان" is also a woman's name).
_OWN_POSSESSOR = re.compile(r"ل(?:ه|ها|هم|هما|هن)[،,:؛]?")
_SHORT_IN_MARKS = re.compile(r"[\"«“]\s*([^\"«»“”]{1,40}?)\s*[\"»”]")
_WHERE = {"من", "في", "خلال", "أمس", "اليوم", "لـ", "إلى", "عبر"}  # where or when it was said, after the name


def _titled_name_in(sp: Speakers, words: list[str], sentence: int) -> str | None:
    """An office that goes on to a definite title and a known given name and one more word, the mention's last
    ("مدير مشفى الأمل الطبيب فراس الجندي"): that person (made one when the people finder missed them, the office
    and title their role); None for any other mention."""
    words = [w.strip("،,:") for w in words]
    for k in range(1, len(words) - 2):
        if words[k].startswith("ال") and _ar_is_given(words[k + 1]) and k + 3 == len(words):
            return sp.people.add(" ".join(words[k + 1 :]), " ".join(words[: k + 1]), sentence).name
    return None


def _manner(word: str, sp: Speakers) -> bool:
    """A lone word glued to ب after the verb that names no one ("قال بغضب", "أضافت بحزن"): a manner adverbial,
    unless a person of the article bears it, the article writes it again or the tagger reads it as a person's
    (a name such as بلوتين)."""
    if not governed_noun(word) or sp.people.find(word) is not None:
        return False
    alone = rf"(?<![\u0621-\u064a]){re.escape(word)}(?![\u0621-\u064a])"
    said = [t for t in sp.text.values() if re.search(alone, t)]
    if len(said) != 1:
        return False
    # (the tagger reads "قال بلوتين" as a person, "قال بغضب" as nothing)
    return not any(e.type == "PER" and word in e.text.split() for e in tag_sentence(said[0]))
