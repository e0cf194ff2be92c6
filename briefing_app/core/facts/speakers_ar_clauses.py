"""Arabic speakers read from the clause around a quote and from the article's offices: a participle of saying
that shares the subject of the verb opening its sentence, an office unnamed in the lead that the article's one
person holds, and an office named in another wording of the head of government or the foreign minister."""

from __future__ import annotations

import re
from typing import Protocol

from briefing_app.core.facts.people import PeopleIndex, Person
from briefing_app.core.facts.people_ar_words import AR_ROLE_NOUNS
from briefing_app.core.facts.quote_cues import AR_FILLERS
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH
from briefing_app.core.facts.speaker_words_ar import AR_JOINED_BARE_SAY, ar_filler
from briefing_app.core.facts.speakers_ar_documents import statement_goes_on


class Speakers(Protocol):
    """What these readers ask of `speakers.Speakers` (described here, not imported: that module imports this
    one through `speakers_rtl`, and layers import downwards)."""

    people: PeopleIndex
    text: dict[int, str]

    def last_named(self, before: int, within: str = "", sex: str = "") -> Person | None: ...

    def in_text(self, text: str, last: bool = False) -> Person | None: ...


# A sentence opening with a verb of saying that names no subject: a phrase of where or when, a comma, or its
# that-clause right after it ("وأوضح في ذات السياق، أن ...", "وأكد، أن ...").
_BARE_OPENING = re.compile(rf"^\s*{AR_ANY_SPEECH}\s*(?:[،,]|(?:في|خلال|أن|إن|أنه|إنه|بأن|إلى|على)\s)")


# A sentence opening with a verb of saying and its subject up to the first comma ("علق الكاتب X، ...").
_SUBJECT_OPENING = re.compile(
    rf"^\s*{AR_ANY_SPEECH}\s+(?!(?:في|خلال|أن|إن|أنه|إنه|بأن|إلى|على)\s)([^،,:«»\"]{{2,60}}?)\s*[،,]"
)


def ar_participle_of_bare_verb(sp: Speakers, sentence: int, within: str) -> str | None:
    """ "وأوضح في ذات السياق، أن خطاب الملك X ...، قائلا «...»": a participle of saying at the clause's end
    shares the subject of the verb opening the sentence: the person that subject names ("علق الكاتب X، ...، على
    مطالبة Y ...، قائلا:" is X's), or, when the verb names none, the one who spoke before, never a name inside the
    verb's that-clause or object; None for any other sentence."""
    last = within.rstrip(' "“«„”:').split()[-1:]
    if not last or not (last[0] in AR_FILLERS or ar_filler(last[0])):
        return None
    subject = _SUBJECT_OPENING.match(within)
    named = sp.in_text(subject.group(1)) if subject is not None else None
    if named is not None:
        # "علق الكاتب X، عضو المجلس، على مطالبة Y ...، قائلا:": the verb's subject, not the one spoken of
        return named.name
    if not _BARE_OPENING.match(within):
        return None
    person = sp.last_named(sentence, "")
    return person.name if person is not None else None


def lone_speaker_for_office(sp: Speakers, office: str) -> str | None:
    """ "قال حارس مرمى المنتخب لكرة القدم، إن ..." then "قال X Y لمراسلنا: «...»": an office that speaks and
    that no one holds by name is the article's one person, when the article names no one else and names that
    person as the subject of a verb of saying; the office becomes that person's role. None otherwise."""
    people = sp.people.people
    if len(people) != 1 or people[0].role or not people[0].key:
        return None
    person = people[0]
    said = rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}\s+(?:\S+\s+)?{re.escape(person.key)}(?![\u0600-\u06ff])"
    if not any(re.search(said, text) for text in sp.text.values()):
        return None
    person.role = office
    return person.name


# The heads of an unnamed spokesman or official, or one of a group: someone other than the person named before.
_NOT_THE_PRINCIPAL = ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "متحدثة", "ناطق", "ناطقة", "مسؤول",
                      "مسؤولة", "مسئول", "مسئولة", "أحد", "إحدى", "احد", "احدى")  # fmt: skip


# A participle or adverb of relaying and "from" before an office: "...، ناقلاً عن رئيس الوزراء تأكيده أن «...»" (passing
# on the prime minister's stressing): the one who relays is the speaker named before; the office is someone else.
_RELAYED_FROM = r"(?<![\u0600-\u06ff])(?:ناقلا|ناقلاً|ناقلة|ناقلين|نقلا|نقلاً)\s+عن\s+"


def office_of_the_one_named(sp: Speakers, office: str, sentence: int, within: str = "") -> str | None:
    """A definite office that no one holds by name ("واعتبر الوزير السعودي أن", "وقالت زعيمة الحزب:", the office
    with its article or in construct with a definite genitive) points back to someone named before; when the
    article has named exactly one person before this sentence, it is that person, whatever office the article
    gave them (or failed to give them) first. None when more than one or nobody was named before, and for
    spokesmen and officials, who speak for someone else, and for an office whose words `within` (the clause before
    the quote) says the one named passes on."""
    words = office.split()
    if not words or words[0].lstrip("و") in _NOT_THE_PRINCIPAL:
        return None
    if re.search(_RELAYED_FROM + re.escape(office), within):
        return None  # (the office whose words the one named passes on is not that person)
    definite = words[0].startswith("ال") or (len(words) > 1 and words[1].startswith("ال"))
    if not definite:
        return None
    before = [p for p in sp.people.people if p.sentences and min(p.sentences) < sentence]
    if len(before) != 1:
        return None
    # ("والتقى الوزير بخالد X رئيس البلدية" then "وقال الوزير:": the one named holds another office, which the
    # article gave him; the minister is someone else)
    earlier = [sp.text.get(k, "") for k in range(sentence)]
    return None if other_office_holder(before[0].role, re.sub(r"^ال", "", words[0]), earlier) else before[0].name


def other_office_holder(role: str | None, core: str, earlier: list[str]) -> bool:
    """Whether the office of the role noun `core` ("وزير") is someone else's than the holder of `role`: the
    article named that office before as its own subject ("والتقى الوزير بخالد X رئيس البلدية"), the role holds it
    in no part (its feminine neither), and opens with a role noun of its own ("رئيس البلدية", "المحامي"). An
    office never named before may be a new wording of the one person's ("الرئيسة السابقة للحكومة X" then "وقالت
    زعيمة الحزب")."""
    core = core.rstrip("ة")
    parts = [part for part in (role or "").split("; ") if part]
    if not parts or any(core in part for part in parts):
        return False
    # (the office with its article, "الوزير", or in construct with a definite genitive, "رئيس المحكمة")
    office = re.compile(rf"(?<![\u0600-\u06ff])[وفبل]?(?:ال{core}(?:ة)?(?![\u0600-\u06ff])|{core}(?:ة)?\s+ال)")
    if not any(office.search(text) for text in earlier):
        return False
    return any(re.sub(r"^ال", "", part.split()[0]) in AR_ROLE_NOUNS for part in parts)


# Offices Arabic copy names in more than one wording: the head of government, the foreign minister.
_HEADS_OF_GOVERNMENT = ("رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء")
_FOREIGN_MINISTERS = ("وزير الخارجية", "وزير الشؤون الخارجية", "وزيرة الخارجية")
_SAME_OFFICES = {o: group for group in (_HEADS_OF_GOVERNMENT, _FOREIGN_MINISTERS) for o in group}


def same_office_holder(sp: Speakers, words: list[str]) -> str | None:
    """The one person whose role holds another wording of the office `words` name alone ("رئيس الوزراء" for the
    one introduced as "رئيس الحكومة X"; "وزير الخارجية الروسي" is another office); None if none or several."""
    same = _SAME_OFFICES.get(" ".join(words).strip("،,:"))
    holders = {p.name for p in sp.people.people if same and p.role and any(o in p.role for o in same)}
    return holders.pop() if len(holders) == 1 else None


def role_noun_holder(sp: Speakers, words: list[str], cores: set[str]) -> str | None:
    """The one person whose role holds the definite role noun a mention names alone or with a nisba adjective
    ("وفق الناطق الحكومي" after "وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة X"): the adjective's stem must be
    in that role too ("الحكومي": الحكومة; "الوزير الروسي" is no Egyptian minister); None if none or several."""
    words = [w.strip("،,:") for w in words]
    if not 1 <= len(words) <= 2 or not words[0].startswith("ال") or words[0][2:] not in cores:
        return None
    stem = ""
    if len(words) == 2:
        m = re.fullmatch(r"ال([\u0621-\u064a]{3,})(?:ي|ية)", words[1])
        if m is None:
            return None
        stem = m.group(1)
    holders = {p.name for p in sp.people.people if p.role and words[0][2:] in p.role and stem in p.role}
    return holders.pop() if len(holders) == 1 else None


# A sentence that only says where or when the words before were said: "جاء ذلك خلال لقائه X" (that came
# during his meeting with X), "وجاءت تصريحاته في مؤتمر صحفي مع Y": the speaker is the one before, never X or Y.
_CAME_OPENING = re.compile(
    r"^[\s\"“«]*و?(?:جاء|جاءت)\s+(?:ذلك|هذا|هذه|تصريحات\S*|تصريح\S*|كلام\S*|حديث\S*|أقوال\S*)(?![\u0600-\u06ff])"
)
# The occasion credited to someone by name: "جاء ذلك في بيان لـX", "في تصريح للمتحدث ...", "على لسان X", "في
# كلمة ألقاها X" (a speech X gave), not "ألقاها خلال ..." (his, given during ...).
_CREDITED_OCCASION = re.compile(
    r"(?<![\u0600-\u06ff])(?:على\s+لسان|(?:بيان|تصريح|تصريحات|كلمة|رسالة|تغريدة|منشور)\s+(?:لـ?\s*(?!ه|ها|هم)"
    r"[\u0621-\u064a]|صادر|أصدر|نشر)|(?:ألقاها|ألقاه|أدلى\s+بها|أدلى\s+به|أجراها|نشرها|كتبها)\s+"
    r"(?!(?:خلال|في|أمام|اليوم|أمس|مساء|صباح|عبر|على|مع)(?![\u0600-\u06ff]))[\u0621-\u064a])"
)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")


def ar_came_during(sp: Speakers, sentence: int, within: str) -> str | None:
    """ "جاء ذلك خلال لقائه نظيره X، مشيرا إلى أن «...»": a sentence that opens by placing what was said before
    (where, when, to whom) goes on with the speaker of the sentence before, the person that sentence names first
    (its subject, Arabic putting the verb first), never the one met or addressed; None for any other sentence, or
    when the occasion is credited to someone by name ("جاء ذلك في بيان لوزارة X")."""
    if not _CAME_OPENING.match(within) or _CREDITED_OCCASION.search(within):
        return None
    for index in range(sentence - 1, max(sentence - 4, -1), -1):
        text = _QUOTED.sub(" ", sp.text.get(index, ""))
        if _CAME_OPENING.match(text) and not _CREDITED_OCCASION.search(text):
            continue  # (two such sentences in a row: the one before both, unless the first names who spoke)
        named = [(text.find(p.key), p) for p in sp.people.people if p.key and p.key in text]
        if named:
            return min(named, key=lambda found: found[0])[1].name
    return None


def ar_goes_on(sp: Speakers, mention: str, sentence: int, within: str) -> str | None:
    """Who an Arabic quote with no subject of its own goes on with: the speaker before a sentence placing the
    words ("جاء ذلك خلال لقائه X"), or the owner of the statement before a bare verb ("وقال بيان لوزارة X إن
    ... . وأضاف إن «...»"); None for a mention that names someone, or any other sentence."""
    if mention not in ("", "أن", "إن"):
        return None
    statement = statement_goes_on(sentence, within, sp.text)
    return statement or (ar_came_during(sp, sentence, within) if not mention else None)


def office_word(word: str) -> bool:
    """Whether a word names an office, with or without its article or the feminine ending (الوزير، زعيمة)."""
    bare = word.strip("،,.:").removeprefix("ال")
    return bare in AR_ROLE_NOUNS or bare.removesuffix("ة") in AR_ROLE_NOUNS


# A sentence opening with a verb joined by و/ف and its definite subject ("وتحدث المصاب", "وخرجت الشاهدة").
_OPENING_VERB_SUBJECT = re.compile(
    r"^\s*[وف](?!ال)[\u0621-\u064a]{3,6}\s+(ال[\u0621-\u064a]{3,}(?:\s+ال[\u0621-\u064a]{3,})?)\s"
)


def opening_subject_goes_on(within: str) -> str | None:
    """The definite subject of the verb opening the sentence when a second verb of saying, joined to it with
    no subject of its own, introduces the quote: "وتحدث المصاب ... عما حدث معه، فقال «...»" is the injured man's
    (the same subject goes on), not someone named in an earlier paragraph; None for any other sentence."""
    if not AR_JOINED_BARE_SAY.search(within):
        return None
    m = _OPENING_VERB_SUBJECT.match(within)
    # (an office, "وأشاد الوزير ...، وقال", is its holder, whom the resolver finds)
    return m.group(1) if m is not None and not office_word(m.group(1).split()[0]) else None


# A sentence that opens by crediting what it says to someone: "وفقا لأخصائي السموم X (Y)، فإن ...", "بحسب X، ...".
_CREDITED_OPENING = re.compile(r"^\s*[وف]?(?:وفقا|وفقًا|بحسب|حسب)\s+لـ?\s*([^،,:«»\"]{3,80}?)\s*(?:\([^()]*\))?\s*[،,]")


def credited_before(text: str) -> str | None:
    """Who the sentence before an unattributed quote credits its words to ("وفقا لـX، فإن ..."), without the
    preposition's article ("للخبير": الخبير); None when it opens otherwise."""
    m = _CREDITED_OPENING.match(text)
    if m is None:
        return None
    credited = m.group(1).strip()
    return "ا" + credited if credited.startswith("ل") and not credited.startswith("لل") else credited


# "صدر عن X البيان الآتي:", "أصدرت X البلاغ التالي:": a body announcing the statement the next paragraph quotes.
_ISSUED_OPENING = re.compile(
    r"^\s*[وف]?(?:صدر\s+عن\s+([^،,:«»\"]{3,120}?)|[أا]صدرت?\s+([^،,:«»\"]{3,120}?))\s+"
    r"(?:ال)?(?:بيان|بلاغ|تصريح)\s+(?:ال)?(?:آتي|اتي|تالي)\s*:\s*$"
)


def issued_before(text: str) -> str | None:
    """The body the sentence before an unattributed quote says issued it ("صدر عن المديرية العامة لأمن الدولة
    البيان الآتي:" then the statement in marks, Lebanese agency copy); None when it reads otherwise."""
    m = _ISSUED_OPENING.match(text)
    return (m.group(1) or m.group(2)).strip() if m is not None else None
