"""Arabic people and their roles. Arabic has no capitals, so a person comes from a title or role before
the name (رئيس الوزراء اليوناني أنتونيس ساماراس), a name then its role (مصطفى الصباغ، رئيس ...), a speech
verb and its subject (وقال ...), a list or a repeated pair that starts with a known given name."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.core.facts.ar_final_ya import offices_with_ya, roles_with_final_ya
from briefing_app.core.facts.ar_given_ali import names_as_written, names_with_ali
from briefing_app.core.facts.ar_listeners import spokesman_without_listener
from briefing_app.core.facts.ar_object_nouns import object_noun
from briefing_app.core.facts.ar_slash_labels import slash_as_comma
from briefing_app.core.facts.ar_spoken_for import as_in_the_name_of, roles_as_spoken_for
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_ar_context import find_context_names
from briefing_app.core.facts.people_ar_described import find_described_roles
from briefing_app.core.facts.people_ar_evidence import nisba_family as _nisba_family
from briefing_app.core.facts.people_ar_evidence import recurring_words
from briefing_app.core.facts.people_ar_foreign_mononyms import find_foreign_mononyms
from briefing_app.core.facts.people_ar_glued_object import glued_complement, unglue_object_names
from briefing_app.core.facts.people_ar_hamza import roles_as_written, with_office_hamza
from briefing_app.core.facts.people_ar_honorifics import role_without_address, without_honorifics
from briefing_app.core.facts.people_ar_kana import find_kana_names
from briefing_app.core.facts.people_ar_known_as import find_known_as
from briefing_app.core.facts.people_ar_latin import find_latin_names
from briefing_app.core.facts.people_ar_led_aged import find_led_and_aged
from briefing_app.core.facts.people_ar_lists import find_listed_names
from briefing_app.core.facts.people_ar_name_tails import cut_name_tails, drop_verb_phrases
from briefing_app.core.facts.people_ar_namely import find_namely_names
from briefing_app.core.facts.people_ar_names import (
    find_name_lists,
    find_partners,
    find_repeated_names,
    find_titled_names,
)
from briefing_app.core.facts.people_ar_namesakes import drop_namesakes
from briefing_app.core.facts.people_ar_nasab import mend_abd_names, mend_lineage_names
from briefing_app.core.facts.people_ar_nested import nested_office_roles
from briefing_app.core.facts.people_ar_nisba import mend_nisba_family_names
from briefing_app.core.facts.people_ar_office_chain import office_chain_before
from briefing_app.core.facts.people_ar_offices import mention_offices
from briefing_app.core.facts.people_ar_overlaps import family_name_said_after, join_overlapping_names
from briefing_app.core.facts.people_ar_pen_names import find_pen_names
from briefing_app.core.facts.people_ar_phrases import glued_phrase, office_of_a_place, prayer_formula
from briefing_app.core.facts.people_ar_plural_titles import roles_from_dual_constructs, roles_from_plural_titles
from briefing_app.core.facts.people_ar_posts import find_posts
from briefing_app.core.facts.people_ar_presiding import court_presidents
from briefing_app.core.facts.people_ar_quoted import find_quoted_names
from briefing_app.core.facts.people_ar_relations import find_kin_of_names, find_related_names
from briefing_app.core.facts.people_ar_relative import find_relative_names
from briefing_app.core.facts.people_ar_role_bounds import bounded_role, opening_marks_spaced
from briefing_app.core.facts.people_ar_role_tail import given_name_from_role
from briefing_app.core.facts.people_ar_roles import find_appositive_roles, find_name_then_role, find_role_names
from briefing_app.core.facts.people_ar_royal_given import join_royal_given_names
from briefing_app.core.facts.people_ar_sayyid import find_sayyid_names
from briefing_app.core.facts.people_ar_speech import find_speech_names
from briefing_app.core.facts.people_ar_surname_speakers import find_surname_speakers
from briefing_app.core.facts.people_ar_tagged import find_tagged_names
from briefing_app.core.facts.people_ar_titled_surname import roles_by_office_and_surname
from briefing_app.core.facts.people_ar_trim import trim_run_on_names
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    _AR_HEADS,
    _AR_NAME_STOP,
    _AR_PLACE_KINDS,
    _AR_TIME_WORDS,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    AR_SPEECH,
    AR_TITLES,
    _ar_glued_body,
    _ar_is_given,
    _transliterated,
)
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.quotes_ar_body_marks import blank_body_marks

__all__ = ["AR_SPEECH", "find_arabic_people"]  # AR_SPEECH lives in people_ar_words; people.py reads it here


def _offices_as_read(text: str) -> str:
    """`text` with offices written as the role readers know them, the same length: the hamza of "الامين العام",
    Egyptian "المحامى" (ar_final_ya), a spokesman "بلسان" a body (ar_spoken_for), the slash of a label "مدرب
    الفريق/ X" (ar_slash_labels); and Egyptian "على" as the given name علي (ar_given_ali)."""
    return with_office_hamza(as_in_the_name_of(slash_as_comma(offices_with_ya(names_with_ali(text)))))


def find_arabic_people(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every person the Arabic sentences name, into `index`."""
    # "وأوضح معالي وزير الصحة الدكتور ...": an honorific is a style of address, part of no role or name
    written = {s.index: s.text for s in sentences}  # (people_ar_hamza: roles are given back as written)
    # ('عضو كتلة “X Y”، النائب Z W': a bloc's name in marks is part of the role, quotes_ar_body_marks)
    sentences = [
        replace(
            s,
            # (people_ar_role_bounds: '"رئيس حكومة X Y' spaced after the mark once bodies and names in marks are read)
            text=opening_marks_spaced(
                _unquoted_names(_unspaced(blank_body_marks(without_honorifics(_offices_as_read(s.text)))))
            ),
        )
        for s in sentences
    ]
    # ("أما قائد الفريق X Y فأوضح:": the topic and its verb after فـ, read as "وأوضح قائد الفريق X Y:")
    sentences = [replace(s, text=_AMMA.sub(r"\1و\3 \2", s.text)) for s in sentences]
    recurring = recurring_words(sentences)  # a name after a role needs a sign of a name (people_ar_evidence)
    for s in sentences:
        find_speech_names(s, index, recurring)  # "قال رئيس الجمعية X Y": a speech verb's subject
        find_role_names(s, index, recurring)  # "رئيس الوزراء اليوناني X Y": a role and its genitive, then the name
        find_name_then_role(s, index, recurring)  # "X Y، رئيس الحركة": the name, then its role
        find_name_lists(s, index)  # "X Y وZ W وU V": names joined by و
        find_titled_names(s, index, recurring)  # "الدكتور X Y": a title, then the name
        find_context_names(s, index)
    for s in sentences:
        find_sayyid_names(s, index)  # people_ar_sayyid: "قال السيد X، وكيل مجلس النواب، إن", one definite word
    find_repeated_names(sentences, index)
    for s in sentences:
        find_partners(s, index)
    mend_lineage_names(sentences, index)  # "فهد بن سعد آل سالم": a name built by lineage, read whole
    mend_abd_names(sentences, index)  # "هادي العبد الله": no name ends with "servant of"
    find_appositive_roles(sentences, index)
    find_described_roles(sentences, index)  # "X Y وهو طبيب أعصاب": and he is a neurologist
    find_related_names(sentences, index)  # "بنظيره الأمريكي X Y": a counterpart, colleague, rival
    find_kin_of_names(sentences, index)  # "شقيق المعتقل، X Y،": whose kin, then the name in commas
    find_listed_names(sentences, index)  # "كل من X Y وZ W": the names of a list after its cue
    find_relative_names(sentences, index)  # "بواسطة X Y الذي ...": a name a relative clause describes
    find_quoted_names(sentences, index)  # 'يقول "X Y" خبير ...': a name in quote marks after a verb of saying
    find_pen_names(sentences, index)  # "X [المنفي] يقول ...": a pen name and its gloss before a verb of saying
    find_tagged_names(sentences, index)  # the names no cue introduces, as the statistical tagger reads them
    trim_run_on_names(sentences, index)  # "X Y نشرت": the tagger ends a foreign name before the clause's verb
    find_led_and_aged(sentences, index)  # people_ar_led_aged: "بقيادة X البالغ من العمر", "من X إلى Y"
    find_kana_names(sentences, index)  # people_ar_kana: "وكان X مدرب المنتخب قال": one word before an office
    find_known_as(sentences, index)  # people_ar_known_as: "لشهيناز عبد السلام المعروفة ب«واحدة مصرية»"
    find_namely_names(sentences, index)  # people_ar_namely: "هذه المرأة أي X Y،": a name in apposition after "namely"
    find_foreign_mononyms(sentences, index)  # people_ar_foreign_mononyms: "عبر الاورجوياني X مدرب الفريق ..."
    find_latin_names(sentences, index)  # people_ar_latin: "المدونة الأردنية Hareega": a name in Latin letters
    find_surname_speakers(sentences, index)  # people_ar_surname_speakers: "وقال القذافي أنه ...", no quote after
    find_appositive_roles(sentences, index)  # again, for the tagger's names: "عن X Y، المحلل في بنك ..."
    # A "name" holding a preposition or particle is a clause the shapes above misread ("عنه من قبل لكنه").
    # A "name" holding a body's or a group's noun is a subject the shapes above misread ("مراسلة قناة ...",
    # "أحد مهندسي المصنع").
    texts = [s.text for s in sentences]
    index.people = [
        p
        for p in index.people
        if not any(w in _AR_NAME_STOP or w in AR_ORG_WORDS or w in _AR_COLLECTIVE or _ar_glued_body(w)
                   or w in _AR_PLACE_KINDS or len(w) < 2  # (د: an abbreviation's letter)
                   or (w.startswith("ال") and w[2:] in _AR_PLACE_KINDS) or w == "البلاد"  # "حرص المملكة"
                   for w in p.name.split())
        and not p.name.startswith(("بال", "لل"))  # "ونوه بالدور الكبير": a glued preposition's object
        # ("ونوه ... بجهود الجهات الأمنية": the same, in construct; not a holder named after an office with a nisba
        # family name, "المتحدثة باسم الشرطة لوبا الX")
        and not (_prepositional(p.name.split()) and not (p.role and _nisba_family(p.name.split()[1])))
        and "و" + p.name.split()[0] not in AR_ROLE_NOUNS  # "وزير خارجية" read as و and "زير"
        and not _accusative_pair(p.name.split())  # "ووصف X الحادث هجوما إرهابيا": a noun and its adjective
        and not _ordinal_phrase(p.name.split())  # "وقع ثاني هجوم", "تحدث غارة خامسة": a counted event
        and p.name.split()[0] not in _PREPOSITIONS  # "وأكد الوزراء أهمية التعاون بين البلدين": "between", no name
        and not object_noun(p.name.split()[0])  # ar_object_nouns: "نفى السفير ... وجود هجرة جماعية": the object
        # people_ar_phrases: "بفيروس كورونا" beside "فيروس كورونا"; "حاكم دبي", an office of a place
        and not glued_phrase(p.name, texts)
        and not office_of_a_place(p.name)
        and not prayer_formula(p.name, texts)  # "طيب الله ثراه": a prayer's formula
    ]  # fmt: skip
    for p in index.people:
        words = p.name.split()
        if len(words) >= 3 and words[0] in AR_TITLES:
            # ('الميجور جنرال X Y': the rank's second word read as the name's first), the rank goes to the role
            p.name, p.role = " ".join(words[1:]), f"{p.role} {words[0]}" if p.role else words[0]
            words = words[1:]
        if len(words) >= 3 and words[0].endswith("ة") and not _ar_is_given(words[0]) and _ar_is_given(words[1]):
            # "بحسب شهادة سامر نور" (according to S. N.'s testimony): a feminine noun in construct with the name
            p.name = " ".join(words[1:])
    unglue_object_names(sentences, index)  # people_ar_glued_object: "وأشاد المدرب بأمير X": أمير X, no role "المدرب"
    index.people = [p for p in index.people if not glued_complement(p.name)]  # ("ووجه المتحدث نداء لأولياء الأمور")
    join_overlapping_names(sentences, index)  # people_ar_overlaps: "فريد هيكل" and "هيكل الخازن" of "فريد هيكل الخازن"
    family_name_said_after(sentences, index)  # people_ar_overlaps: "فريد هيكل الخازن ..." then "وقال الخازن:"
    join_royal_given_names(index)  # people_ar_royal_given: "الأمير X يرعى" in the headline, "الأمير X بن Y" after
    drop_verb_phrases(index)  # people_ar_name_tails: "الرئيس التونسي يوجه الشكر": a verb and its object
    cut_name_tails(index)  # people_ar_name_tails: "قال الملك X السادس اليوم الجمعة", "X Y وعدد من": no name goes on
    drop_namesakes(sentences, index)  # "جامعة الملك سعود": an institution's name, no person
    mend_nisba_family_names(sentences, index)  # "سامر نوري العراقي" ... "وقال العراقي": the family name
    find_posts(sentences, index)  # "X، الذي يشغل منصب ...": the post held
    for p in index.people:
        p.role = role_without_address(p.role)  # "وزير الصحة الدكتور X": the title is the person's, after the office
        p.role = spokesman_without_listener(p.role)  # "المتحدث باسم الشرطة لمحطة X": the station was spoken to
        if p.role and len(p.role.split()) > 1 and p.role.split()[-1] == p.name.split()[0]:
            p.role = p.role.rsplit(" ", 1)[0]  # "المتحدث باسم الحكومة X" + "X Y Z": a role never ends in the name
        if p.role:
            # ("X Y المتحدث باسم بلدية غزة اليوم الثلاثاء، أن": when it was said ends the role)
            p.role = "; ".join(_before_time(part) for part in p.role.split("; "))
            # people_ar_role_bounds: "قال فيها القاضي X", "نقيب المحامين والتي نفت", "مدرب الفريق حزنه الشديد"
            p.role = "; ".join(bounded_role(part) for part in p.role.split("; "))
        if p.role and len(p.role.split()[-1]) > 2:  # (not "د.", Dr, whose stop abbreviates)
            p.role = p.role.rstrip(" .،,:؛")  # "، وهي أم لثلاثة أطفال.": the sentence's stop is no role's
    given_name_from_role(index)  # people_ar_role_tail: "رئيس الديوان الأسبق باسم X Y": باسم is the given name
    roles_as_written(index, written)  # people_ar_hamza: "الامين العام" stays as the article writes it
    roles_as_spoken_for(index.people, written)  # ar_spoken_for: "الناطق بلسان الشرطة" too
    roles_with_final_ya(index.people, written)  # ar_final_ya: Egyptian "المحامى" too
    names_as_written(index.people, written)  # ar_given_ali: Egyptian "X على Y" too
    nested_office_roles(index)  # "X، المتحدث باسم رئيس الوزراء Y،": Y holds the office before his name
    mention_offices(sentences, index)  # "... رئيس الجامعة X ... أوضح رئيس الجامعة": the office names X again
    roles_by_office_and_surname(sentences, index)  # people_ar_titled_surname: "الرئيس مبارك" after "حسني مبارك"
    roles_from_plural_titles(sentences, index)  # people_ar_plural_titles: "وعضوية المستشارين X وY"
    roles_from_dual_constructs(sentences, index)  # people_ar_plural_titles: "محاميا الدفاع X وY"
    court_presidents(sentences, index)  # people_ar_presiding: "عقدت الجلسة برئاسة المستشار X"
    # "مدرب يانغ أفريكانز: ..." (a headline) beside "X، مدرب يانغ أفريكانز التنزاني": an office and the body it
    # serves, which another person's role holds whole, is that office, no person named "يانغ أفريكانز"
    index.people = [
        p for p in index.people
        if not (p.role and p.sentences == [0] and not _ar_is_given(p.name.split()[0])  # (the headline's only)
                and any(q is not p and f"{p.role} {p.name}" in (q.role or "") and 0 not in q.sentences
                        for q in index.people))
    ]  # fmt: skip


# "As for X, he said": أما, the topic (an office and a name, up to eight words) and a verb of saying after فـ.
_AMMA = re.compile(
    r"(^|[.،,]\s*)أما\s+((?:[\u0621-\u064a]+\s+){1,7}?[\u0621-\u064a]+)\s+ف"
    r"(قال|قالت|أوضح|أوضحت|أكد|أكدت|أضاف|أضافت|رأى|رأت|اعتبر|اعتبرت|أشار|أشارت|صرح|صرحت)(?![\u0621-\u064a])"
)


# Prepositions written as words, which open no name: between, about, against, towards, via, without, during.
_PREPOSITIONS = {"بين", "حول", "بشأن", "ضد", "نحو", "عبر", "دون", "تجاه", "إزاء", "بخصوص", "خلال", "منذ"}


# Ordinals: before an indefinite noun in construct ("ثاني هجوم": the second attack; ثاني is a given name too)
# and, in the feminine, after one as its adjective ("غارة خامسة": a fifth raid).
_ORDINALS_BEFORE = {"ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "آخر", "أول"}
_ORDINALS_AFTER = {"ثانية", "ثالثة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة", "أولى", "أخرى", "جديدة",
                   # "others" after a plural ("ومسؤولين كبار آخرين", "وقيادات أمنية اخرى"), hamza or none
                   "اخرى", "آخرين", "آخرون", "اخرين", "اخرون", "أخريات"}  # fmt: skip


def _before_time(role: str) -> str:
    """A role cut before its first word of time after the first ("المتحدث باسم البلدية اليوم الثلاثاء")."""
    words = role.split()
    cut = next((k for k in range(1, len(words)) if words[k].strip("،,.") in _AR_TIME_WORDS), len(words))
    return " ".join(words[:cut])


def _ordinal_phrase(words: list[str]) -> bool:
    """Whether a "name" is an ordinal and its noun: "ثاني هجوم" (an ordinal in construct with an indefinite
    noun that is no given name) or a word then a feminine ordinal or "another/new" ("غارة خامسة")."""
    if len(words) >= 2 and words[0] in _ORDINALS_BEFORE and not words[1].startswith("ال"):
        return not _ar_is_given(words[1])
    return any(w in _ORDINALS_AFTER for w in words[1:])


def _accusative_pair(words: list[str]) -> bool:
    """Two words that both end in the accusative's alif ("هجوما إرهابيا", "موقفا حازما": an indefinite noun and
    its adjective, a verb's object or predicate), neither a known given name nor spelled like a foreign name
    (which spells its vowels out: "ماريا شارابوفا")."""
    return (
        len(words) == 2
        and all(w.endswith("ا") and len(w) > 3 and not _ar_is_given(w) for w in words)
        and not _transliterated(words[0])  # (the adjective's ـيا reads like a foreign name's vowels: إرهابيا)
    )


_UNSPACED_RE1 = re.compile(r"(?<=[\u0621-\u064a\d])\s+([،,:؛.!؟?)])")
_UNSPACED_RE2 = re.compile(r"(?<![\u0621-\u064a])د\.(?=[\u0621-\u064a])")
_UNSPACED_RE3 = re.compile(r"(?<=\s)م\.(?=[\u0621-\u064a])")


def _unspaced(text: str) -> str:
    """The sentence with punctuation set against the word before it, as most Arabic copy writes it: some copy
    spaces every mark ("فلوريدا ، رون ديسانتيس ، الأحد"), which the readers of names between commas and before a
    colon would otherwise read as words of the name."""
    text = _UNSPACED_RE1.sub(r"\1", text)
    # ("وقال النائب د.X Y": the abbreviated title glued to the name it stands before, spaced as "د. X"; and the
    # engineer's "م." glued the same way after a space, "العميد م.X Y", as Gulf copy writes it)
    text = _UNSPACED_RE2.sub("د. ", text)
    return _UNSPACED_RE3.sub("م. ", text)


# (copy that sets the closing mark as the opener too, 'البرتغالي ” X Y”', names its people the same way)
_QUOTED_AFTER_TITLE = re.compile(
    r"(?<![\u0621-\u064a])([\u0621-\u064a]+)\s*[\"“”«]\s?([\u0621-\u064a]+(?:\s[\u0621-\u064a]+){1,2})\s?[\"”»“]"
)


def _unquoted_names(text: str) -> str:
    """The sentence with the quote marks taken off a name that a title or profession heads ('الصحفي "X Y"',
    'الجنرال «X Y»'): some copy quotes the names of people it introduces, as it does works' and brands' names
    ('فيلم "X Y"'), which only a person's title tells apart; the name's first word must be a known given name or
    spelled like a foreign one."""

    def unquote(m: re.Match[str]) -> str:
        head = m.group(1)
        head = head[1:] if head[:1] in "وبل" and head[1:] in _AR_HEADS else head
        first = m.group(2).split()[0]
        # ('كل من "X Y"، وهو مواطن صحفي': a description after it says the same as a title before it)
        described = re.match(r"\s*[،,]\s*(?:وهو|وهي)\s", text[m.end() :]) is not None
        # ('عزم "X Y"، الرئيس التنفيذي لشركة ...': so does a role in commas right after it)
        role_after = re.match(r"\s*([،,]?)\s*([\u0621-\u064a]+)", text[m.end() :])
        # (or a definite office with no comma: 'ونفى "X Y" الناطق باسم وزارة الداخلية')
        role_named = (
            role_after is not None and role_after.group(2) in _AR_HEADS and first[:1] not in "لب"
            and (role_after.group(1) != "" or role_after.group(2).startswith("ال"))
        )
        # ('قالت المديرة الإقليمية ... "X Y": ...': a verb of saying before, a colon after, the speaker's name)
        speaker = re.match(r"\s*:", text[m.end() :]) is not None and re.search(AR_SPEECH, text[: m.start()]) is not None
        # ('المتحدث باسم وزارة الخارجية "X Y" بأنه': the definite end of an office's chain before the marks)
        chained = office_chain_before(text[: m.start(2)])
        if (head in _AR_HEADS or head in AR_TITLES or described or role_named or speaker or chained) and (
            _ar_is_given(first) or _transliterated(first)
            or (role_named and not any(w.startswith("ال") for w in m.group(2).split()))  # (a foreign name: تيم)
            # ('الميجور جنرال "X Y"': after an office's chain, a foreign family name shows the name)
            or (chained and any(_transliterated(w) for w in m.group(2).split()[1:]))
            # ('وصرح وزير الداخلية "X Y"، من موقع ...': a name of no article closed by the apposition's comma)
            or (chained and re.match(r"\s*[،,]", text[m.end() :])
                and not any(w.startswith("ال") for w in m.group(2).split()))
        ):  # fmt: skip
            # (the closing mark ends the name: 'المحامى "X Y" دفاع المتهم السادس' is X Y, then what he is, as after
            # a comma; the name read without its marks ran on into "دفاع")
            runs_on = re.match(r"\s+[\u0621-\u064a]", text[m.end() :]) is not None and not role_named
            return f"{m.group(1)} {m.group(2)}" + ("،" if runs_on else "")
        return m.group(0)

    def unquote_body(m: re.Match[str]) -> str:
        head = m.group(1)
        head = head[1:] if head[:1] in "وبل" and head[1:] in AR_ROLE_NOUNS | _AR_HEADS_SET else head
        office = head in AR_ROLE_NOUNS or head in _AR_HEADS_SET or head.removesuffix("ة") in AR_ROLE_NOUNS
        office = office or head in AR_ORG_WORDS  # 'رئيس حزب «X» Y Z': the party's name inside the office
        if office and (_ar_is_given(m.group(3)) or _transliterated(m.group(3))):
            return f"{m.group(1)} {m.group(2)} {m.group(3)}"  # 'وكيلة «الصحة العامة» X Y': the body, then the name
        # ('محامي جماعة "X Y" بمصر، Z W،': the body, its country glued to ب, then the name in commas)
        if office and m.group(3)[:1] in "بل" and len(m.group(3)) > 3 and text[m.end() : m.end() + 1] in "،,":
            return f"{m.group(1)} {m.group(2)}  {m.group(3)}"  # (the marks' two places kept: the same length)
        return m.group(0)

    if not any(q in text for q in '"“”«'):
        return text
    return _QUOTED_BODY_IN_ROLE.sub(unquote_body, _QUOTED_AFTER_TITLE.sub(unquote, text))


# An office, a body's name in quote marks, then a name: 'أوضحت وكيلة «الصحة العامة» X Y'.
_QUOTED_BODY_IN_ROLE = re.compile(
    r"(?<![\u0621-\u064a])([\u0621-\u064a]+)\s*[\"“«]\s?([\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2})\s?[\"”»]\s+"
    r"([\u0621-\u064a]+)"
)
_AR_HEADS_SET = frozenset(_AR_HEADS)


def _prepositional(words: list[str]) -> bool:
    """A noun glued to ب or ل then a definite genitive (بجهود الجهات، لدعم القطاع): a verb's complement, no
    name, unless the first word is a known given name (بدر، بسام) or spelled like a foreign one."""
    return (
        len(words) >= 2
        and words[0][:1] in ("ب", "ل")
        and words[1].startswith("ال")
        and not _ar_is_given(words[0])
        and not _transliterated(words[0])
    )

