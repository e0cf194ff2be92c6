"""Arabic quote speakers in the shapes `quotes.py`'s general reading misses.

- A group or an unnamed member of one speaks ("أعلنت مجموعة ناشطين ...", "قال أحد مهندسي المصنع:"): the
  phrase itself is the speaker, and no person is made of it.
- The subject comes before the verb, as headlines write it ("سامي نور يقول: ..."), Arabic's other order.
- A quote follows a participle of saying after the main clause ("..., مؤكدا أن " ... "": stressing that)
  or a verb that reports without being one of saying (وصف ... بأنه "...": described it as): the subject of
  the sentence speaks, who is named in it or before it.
- A quote paragraph after a paragraph that ends with a colon ("حيث كتب على صفحته:"): the introduction's
  subject speaks, which the block reading (`blockquotes.py`) resolves; the person named last is not it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing_app.core.facts.ar_given_ali import ali_name_word
from briefing_app.core.facts.ar_reply_verbs import plain_reply_verbs
from briefing_app.core.facts.gazetteer import known_names
from briefing_app.core.facts.people_ar_words import (
    _AR_COLLECTIVE,
    AR_ORG_WORDS,
    AR_ROLE_NOUNS,
    _ar_is_given,
    _transliterated,
)
from briefing_app.core.facts.people_index import Person
from briefing_app.core.facts.quotes_ar_partial import names_in
from briefing_app.core.facts.reporting_verbs import AR_ANY_SPEECH
from briefing_app.core.facts.speaker_office_wordings import other_wording_holders
from briefing_app.core.facts.speaker_words_ar import OWN_SPEECH

# A member of a group, unnamed: "أحد مهندسي المصنع" (one of the plant's engineers), "إحدى الناشطات".
_ONE_OF = ("أحد", "إحدى", "بعض")
# Words that end a subject's phrase: conjunctions of reported speech, prepositions, time words.
_PHRASE_END = {"أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن", "ان", "انه", "انها", "فإن", "فان", "في", "على", "عن",
               "إلى", "من", "أمس", "اليوم", "قائلا", "قائلة", "لـ", "خلال", "مع", "يدعى", "تدعى", "اسمه", "اسمها",
               "الى", "فى",  # (as much copy writes إلى and في: "وأشار مدرب الفريق الى أن")
               "الذي", "التي", "الذين",  # (a relative clause describes the subject: "الطبيب الذي عالج")
               "أيضا", "أيضاً", "ايضا", "كذلك"}  # fmt: skip  # ("وكتب مكتب الأرصاد أيضا:": also, no part of it)

# Participles of saying that follow the main clause (a circumstantial ḥāl: "stressing", "adding").
_PARTICIPLES = (
    r"(?:مؤكدا|مؤكدة|مضيفا|مضيفة|مشيرا|مشيرة|موضحا|موضحة|معتبرا|معتبرة|لافتا|لافتة|واصفا|واصفة|منوها|منوهة|"
    r"مشددا|مشددة|معربا|معربة|مبينا|مبينة|متسائلا|متسائلة|محذرا|محذرة)"
)
# Verbs that report words without being verbs of saying: described as, summed up, called for, expressed.
_REPORTING = r"(?:[وف])?(?:وصف|وصفت|وصفها|وصفه|لخص|لخصت|لخصها|دعا|دعت|عبر|عبرت|ناشد|ناشدت|كتب|كتبت|غرد|غردت|" \
    r"اتهم|اتهمت|اتهموا|انتقد|انتقدت|انتقدوا|طالب|طالبت|طالبوا)"  # (also accused, criticised, demanded: X's words)
# Headlines put the subject first with an imperfect verb ("X يقول:"); a perfect verb after words ("وفي هذا
# السياق قال:") follows an adverbial, with its subject left out.
_SVO_VERBS = r"(?:يقول|تقول|يقولون|يؤكد|تؤكد|يكتب|تكتب|يضيف|تضيف)"
_ADVERBIAL = {"في", "وفي", "من", "ومن", "عن", "وعن", "على", "وعلى", "لذلك", "ولذلك", "هنا", "وهنا", "كما", "ثم",
              "وقد", "قد", "وبهذا", "وفيما", "بينما", "وبينما", "حيث", "إذ"}  # fmt: skip


# "نقلت الوكالة عن مصدر أمني قوله:" (the agency quoted a security source as saying): the source speaks.
# (also the participle closing a clause, "...، ناقلاً عن رئيس الوزراء تأكيده أن «...»": relaying another's words,
# and "his stressing" for "his saying")
_QUOTED_FROM = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:نقل|نقلت|ينقل|تنقل|نقلوا|ناقلا|ناقلاً|ناقلة|ناقلين)\s+[^:«»\"]*?"
    r"(?<![\u0600-\u06ff])عن\s+([^:«»\"]{2,120}?)\s*[،,]?\s+"
    # ("ونقل موقع X عن المصدر القول إن": "the saying", as agency copy writes it, for "his saying")
    r"(?:قوله|قولها|قولهم|قولهما|تأكيده|تأكيدها|تأكيدهم|القول)(?![\u0600-\u06ff])"
)


def new_statement(after: str, subject: str) -> bool:
    """Whether a verb of saying after a quote's full stop opens a new statement rather than attributing the
    quote: '«...». وقال مسؤول: إن ...', '«...». وأكد X أن ...' introduce words of their own (a colon or a
    conjunction of reported speech follows in that sentence), while '«...»، قال X.' closes on its speaker."""
    # ('«...»، وأشار أحد الأطباء إلى أن ...': after a comma, a verb joined by "and" opens a clause of its own when
    # it reports words of its own; '«...»، قال X.' with no "and" names the quote's speaker)
    joined = re.match(r"\s*[،,]\s*[وف]", after) is not None
    if not joined and (re.match(r"\s*[،,]", after) or not re.match(r"\s*\.", after)):
        return False  # a comma or no stop: the quote's own sentence goes on to name its speaker
    sentence = re.split(r"[.!?؟](?:\s|$)", after.lstrip(" .،,"), maxsplit=1)[0]
    # ('«...». وقالت X المقيمة في Y «...»': the next sentence opens its own quote)
    own = ":" in sentence or re.search(r"[«\"“]", sentence) is not None
    return own or re.search(r"(?<![\u0600-\u06ff])(?:أن|إن|بأن)(?![\u0600-\u06ff])", sentence) is not None


# The source as a pronoun glued to عن, right before "his saying": "ونقلت عنه قوله:".
_QUOTED_FROM_HIM = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:نقل|نقلت|ينقل|تنقل|نقلوا)(?:ت)?\s+عن(?:ه|ها|هم|هما)\s+(?:قوله|قولها|قولهم|قولهما)"
    r"(?![\u0600-\u06ff])[^.!?؟]*$"
)
# "ونقلت الوكالة عن المرصد أن «...»": the source, then the conjunction of reported speech right before the quote.
_QUOTED_FROM_THAT = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:نقل|نقلت|ينقل|تنقل|نقلوا)\s+[^:«»\".]*?(?<![\u0600-\u06ff])عن\s+"
    r"([^:«»\".،,]{2,80}?)\s*[،,]?\s+(?:إن|أن|بأن)\s*:?\s*$"
)


def quoted_from(before: str) -> str | None:
    """The source a report quotes ("نقلت وكالة الأنباء عن الوزير سامي نور قوله إن "..."", "ونقلت الوكالة عن
    المرصد أن "...""), else None."""
    found = list(_QUOTED_FROM.finditer(before))
    if _QUOTED_FROM_HIM.search(before):
        return ""  # "ونقلت عنه قوله:" (quoted him as saying): the one just named, not the paper that quotes
    if found:
        return found[-1].group(1).strip()
    that = _QUOTED_FROM_THAT.search(before)
    return that.group(1).strip() if that else None


# "«...». بهذه الكلمات عبرت X عن ...", "«...»، هكذا قال X", "«...». هذا ما قاله X": the speaker named after
# the quote, behind a phrase that points back to it. (After a closing mark and an ellipsis too: '"...".. بهذه
# العبارة أشار X إلى ...', as Saudi papers open a story with the official's own words.)
_POINTING_BACK = re.compile(
    r"^\s*(?:[.،,]|\.{2,3}|…)?\s*(?:[وب]?هكذا|بهذه\s+الكلمات|بهذه\s+العبارة|بهذه\s+العبارات|بتلك\s+الكلمات|بهذا|[وف]?هذا\s+ما)\s+"
    r"[وف]?[\u0621-\u064a]+\s+([^،.:\"«»]+)"
)


# '"..." كما أنذرت X' (as X warned): a verb of saying after كما in the quote's own sentence names its speaker.
_AS_SAID = re.compile(rf"^\s*[،,]?\s*كما\s+{AR_ANY_SPEECH}(?![\u0600-\u06ff])\s+([^،.:\"«»]+)")


def pointed_back_speaker(after: str) -> str | None:
    """The speaker named right after the quote behind a phrase pointing back to it, else None."""
    m = _POINTING_BACK.match(after) or _AS_SAID.match(after)
    if m is None:
        return None
    words = subject_phrase(m.group(1).strip()).split()
    # "هذا ما قاله X Y لمراسلنا": the name ends before the one it was told to, a glued preposition's object
    cut = next((k for k in range(2, len(words)) if words[k][:1] in "لب" and not _ar_is_given(words[k])), len(words))
    return " ".join(words[:cut])


def governed_noun(word: str) -> bool:
    """A noun behind a glued ب (بوجود: "the existence of"), after a filler such as فيه: the verb's object, for
    no subject takes a preposition; a given name (بشار) is still a name."""
    return word.startswith("ب") and len(word) > 3 and not _ar_is_given(word) and not _transliterated(word)


def statement_body(before: str, match: re.Match[str]) -> str:
    """The body a statement is issued by, from `quote_cues.AR_STATEMENT`'s match: "بيان للحركة" is الحركة
    (ل before the article drops its alif), "بيان لوزارة الصحة" is وزارة الصحة."""
    body = match.group(1).strip()
    if before[match.start(1) - 1 : match.start(1)] == "ل" and body.startswith("ل") and not body.startswith("لل"):
        body = "ا" + body
    return body


# Media a statement is given to ("في تصريح لوكالة الأنباء", "في حديث لقناة ..."): the addressee, not the speaker.
_MEDIA = ("وكالة", "صحيفة", "جريدة", "قناة", "إذاعة", "تلفزيون", "موقع", "مجلة", "شبكة", "الوكالة", "الصحيفة",
          "القناة", "وسائل", "الصحفيين", "الصحافيين", "الصحافة", "الإعلام")  # fmt: skip


def statement_to_medium(before: str, match: re.Match[str]) -> bool:
    """Whether `quote_cues.AR_STATEMENT`'s match is a statement given to a medium ("وقال X في تصريح لوكالة
    الأنباء:") or the subject's own ("أعلنت X في بيان لها:"): the medium only carries it, and the speech verb's
    subject speaks."""
    glued_before = before[match.start(1) - 1 : match.start(1)] == "ل"
    glued = glued_before or match.group(1).startswith("ل")
    first = match.group(1).strip().split()[0] if match.group(1).strip() else ""
    # (the pattern's ل may have taken the first ل of لل: "تصريح للصحفيين" leaves "لصحفيين", the journalists)
    first = ("ل" if glued_before else "") + first
    first = "ال" + first[2:] if first.startswith("لل") else first[1:] if first.startswith("ل") else first
    if first in ("ها", "ه", "هم", "هما") and glued:
        return True  # "في بيان لها اليوم": its own statement, whose subject the speech verb names
    if re.fullmatch(r"(?!ال)[\u0621-\u064a]{3,}?(?:ه|ها|هم|هما)", match.group(1).strip()):
        return True  # "وقال في بيان صادر عن مكتبه": his own office's statement, the speech verb's subject speaks
    if glued and re.match(r"[\u0621-\u064a]+(?:ه|ها|هم)\s", before[match.start() : match.start(1)]):
        return True  # "وقال X في تصريحه لفريق التحقيق:": his statement, given to whoever ل names
    if glued and _SENT.search(before[: match.start()]):
        return True  # "ووجه X رسالة لأهالي المدينة بالقول:": a message sent to them, its sender speaks
    return glued and first in _MEDIA


# A verb of sending before the message, and up to four words (its subject): "وجه X رسالة ل", "بعثت الوزيرة رسالة ل".
_SENT = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:وجه|وجهت|بعث|بعثت|[أا]رسل|[أا]رسلت|يوجه|توجه)\s+(?:\S+\s+){0,4}$")


# Nouns of office that say only that someone holds one ("the official"): the one named with an office before.
_GENERIC_OFFICIALS = {"مسؤول", "مسؤولة", "مسئول", "مسئولة"}


def group_speaker(words: list[str], people: list[Person]) -> str | None:
    """The speaker when a speech verb's subject names no person, else None: a body, a group or an unnamed
    member of one speaks as itself ("مجموعة ناشطين محليين أنها ..." is "مجموعة ناشطين محليين", "أحد مهندسي
    المصنع" and "شاهد عيان" are themselves); an office (وزير الخارجية) is the person the article gives it,
    else the office itself, never a person called "وزير"."""
    words = [w.strip("،,.:") for w in words if w.strip("،,.:")]
    if not words:
        return None
    head = words[0]
    if (head in _SPOKESMEN or (head.startswith("ال") and _office(head[2:]))) and len(words) >= 2:
        # "وأوضح المتحدث الرسمي لهيئة ...:", "وشدد المدير العام للجمارك على أن": an unnamed spokesman or office
        # holder speaks as the office, or is the one the article gave that office
        spokesman = _phrase(words, 6)
        # (the one whose role holds the most of the phrase: "الناطق باسم القيادة العامة" is the command's
        # spokesman, not the ministry's, "الناطق باسم الوزارة", though both roles open with "الناطق باسم")
        holders = next(
            (found for k in range(len(spokesman), 1, -1)
             if (found := [p for p in people if p.role and " ".join(spokesman[:k]) in p.role])),
            [],
        )  # fmt: skip
        if head not in _SPOKESMEN:
            # "الوزير الفرنسي": a definite office points back to a holder named before, whose role starts with
            # the office (not its deputy's, نائب الأمين العام)
            holders = [p for p in people if heads_role(p, head[2:])] or other_wording_holders(head[2:], words, people)
        if not holders and head[2:] in _GENERIC_OFFICIALS and len(words) >= 2 and words[1].endswith(("ي", "ية")):
            # "وأشاد المسؤول القطري ...، وقال": an official described by the country's adjective is the one the
            # article named with an office of that country ("وزير الخارجية القطري X"), not an unnamed source
            stem = words[1].removesuffix("ة")
            holders = [p for p in people if re.search(rf"{re.escape(stem)}(?:ة)?(?![\u0621-\u064a])", p.role or "")]
        return holders[-1].name if holders else " ".join(spokesman)
    if head.startswith("و") and not _known_head(head):
        head = head[1:]  # "ومجموعة": a glued و, but وزير is a word of its own
    # an indefinite office in construct ("وزير الخارجية"); a definite one ("الوزير") is read by quotes.py
    office = not head.startswith("ال") and _office(head)
    if office and len(words) == 1 and not _ar_is_given(head):
        return head  # "وقال مسؤول في الوزارة إن": an unnamed official, cut to the noun, speaks as itself
    if not (head in _ONE_OF or head in AR_ORG_WORDS or head in _AR_COLLECTIVE or office) or (
        head not in AR_ORG_WORDS and head not in _AR_COLLECTIVE and len(words) < 2
    ):
        return None  # (a group's noun alone speaks as itself: "وقالت مصادر:", "قال دبلوماسي")
    phrase = _phrase(words, 4)
    if office and len(phrase) >= 2:
        holders = [p for p in people if p.role and " ".join(phrase[:2]) in p.role] or named_office(phrase, people)
        holders = holders or office_holders(phrase[0], phrase[1], people)  # "مدرب X" for "المدير الفني لنادي X"
        if holders:
            return holders[-1].name  # "وقال وزير الخارجية:": the minister the article named
    if len(phrase) == 1 and head not in _ONE_OF and head not in AR_ORG_WORDS:
        # "وقال دبلوماسي في المجلس:", "قال مسؤول في الوزارة": an unnamed source, an indefinite noun and where
        # it serves; never a person named before (who would be "الدبلوماسي", definite)
        return " ".join([head, *_serving_in(words[1:])])
    return " ".join(phrase) if phrase and (len(phrase) >= 2 or head in AR_ORG_WORDS) else None


def named_office(phrase: list[str], people: list[Person]) -> list[Person]:
    """The holders of an office the article first gave with its place named ("أمين منطقة الرياض", "وزير خارجية
    البلاد") and then with the definite noun alone ("وقال أمين المنطقة:", "وزير الخارجية"): a role whose first
    two words are the office and its genitive without the article."""
    if len(phrase) < 2 or not _office(phrase[0]) or not phrase[1].startswith("ال") or len(phrase[1]) < 5:
        return []
    # the office as written first: "وشدد وزير الخارجية" after "وزير الخارجية X" is X, not "وزير خارجية اليونان Y"
    as_written = f"{phrase[0]} {phrase[1]}"
    exact = [p for p in people if any(r == as_written or r.startswith(as_written + " ") for r in _roles(p))]
    office = f"{phrase[0]} {phrase[1][2:]} "
    return exact or [p for p in people if any(r.startswith(office) for r in _roles(p))] or _kind_dropped(phrase, people)


# The kinds of place a region's or town's office names before the place ("أمير المنطقة الشرقية", "أمين منطقة
# الرياض"), which Gulf copy drops when it names the office again ("وقال أمير الشرقية", "أمين الرياض").
_PLACE_KINDS = ("المنطقة", "منطقة", "المحافظة", "محافظة", "المدينة", "مدينة")


def _kind_dropped(phrase: list[str], people: list[Person]) -> list[Person]:
    """The holders of "office + kind of place + place" said again as "office + place" (named_office)."""
    forms = tuple(f"{phrase[0]} {kind} {phrase[1]}" for kind in _PLACE_KINDS)
    return [p for p in people if any(r == f or r.startswith(f + " ") for r in _roles(p) for f in forms)]


def _roles(person: Person) -> list[str]:
    return (person.role or "").split("; ")


# An office written in other words in a person's role: a club's coach is its technical director.
_SAME_OFFICE = {"مدرب": ("المدير الفني", "مدير فني", "المدرب"), "قائد": ("القائد",), "رئيس": ("الرئيس",),
                "مدير": ("المدير",), "حارس": ("الحارس", "حارس مرمى")}  # fmt: skip


def office_holders(office: str, body: str, people: list[Person]) -> list[Person]:
    """The people whose role holds `office` (or its other wording) and the body after it, however the role
    spells the body's chain: "وقال مدرب الخليج:" is the one introduced as "المدير الفني لفريق نادي الخليج"."""
    office = office[1:] if office[:1] in "وف" and len(office) > 4 else office
    body = body.strip("،,:.")
    body = body[2:] if body.startswith("ال") else body
    if len(body) < 2:
        return []  # (a body of two letters, "السد", is found by its own word or its nisba, السداوي, only)
    forms = (office, *_SAME_OFFICE.get(office, ()))
    # (or its nisba adjective: "وأشار مدرب السد" is "مدرب الفريق السداوي", "مدرب الوحدة" "المدرب الوحداوي")
    stem = re.escape(body.removesuffix("ة"))
    named = re.compile(
        rf"(?<![\u0621-\u064a])(?:[وبل]?ال|ل)?(?:{re.escape(body)}|{stem}(?:ا?وي|ي)(?:ة)?)(?![\u0621-\u064a])"
    )
    return [p for p in people if p.role and any(f in p.role for f in forms) and named.search(p.role)]


def _serving_in(words: list[str]) -> list[str]:
    """The place an unnamed source serves in, after في/من/لدى: a definite noun and its definite adjectives
    ("في الأمم المتحدة", "في المجلس"); [] when no such phrase follows."""
    if len(words) < 2 or words[0] not in ("في", "من", "لدى") or not words[1].startswith("ال"):
        return []
    out = words[:2]
    for w in words[2:4]:
        if not w.startswith("ال"):
            break
        out.append(w)
    return out


def opening_office(clause: str, people: list[Person]) -> str | None:
    """ "وأدلى المتحدث باسم الوزارة بتصريح قال فيه: ...", "وألقى المدير العام كلمة أكد فيها ...": a verb of
    saying whose subject is only "in it" (فيه، فيها) speaks as the subject of the sentence's opening verb, when
    that subject is a spokesman or a definite office (the holder the article named, else the office); None
    for any other opening."""
    words = re.findall(r"[\u0621-\u064a]+", re.split(r"[.!?؟]\s", clause)[-1])
    if len(words) < 3 or not (words[1] in _SPOKESMEN or _office(words[1].removeprefix("ال"))):
        return None
    # the subject ends before the first noun with a glued preposition: its object ("بتصريح") or addressee
    # (or before his own speech, the verb's object: "وختم الوزير كلمته قائلا:")
    cut = next((k for k in range(2, len(words)) if (words[k][:1] in "بل" and words[k] not in ("باسم", "بلسان")
                and not words[k].startswith(("لل", "بال"))) or OWN_SPEECH.fullmatch(words[k])), len(words))  # fmt: skip
    # (an office in construct, "وألقى وزير الصحة كلمة": the office and its definite genitive, not its object)
    # (a country's or a team's name is definite without the article: "وأكمل مدرب منتخب مصر بالتطرق ...", "وشدد
    # وزير خارجية قطر", whose indefinite genitive before the name belongs to the chain too)
    def in_chain(k: int) -> bool:
        named_next = k + 1 < cut and words[k + 1] in known_names()
        return words[k].startswith("ال") or words[k] in known_names() or named_next

    construct = next((k for k in range(2, cut) if not in_chain(k)), cut)
    speaker = group_speaker(words[1 : construct if not words[1].startswith("ال") else cut], people)
    if speaker is None and cut == 2 and OWN_SPEECH.fullmatch(words[2]) and words[1].startswith("ال"):
        # "واختتم الوزير حديثه بالقول:": a definite office alone before his own speech, no holder named: the office
        holders = [p for p in people if heads_role(p, words[1][2:])]
        return holders[-1].name if holders else words[1]
    return speaker


def ar_opening_body(clause: str, bodies: Sequence[str]) -> str | None:
    """The body a sentence opens with as the subject of its first verb ("فيما استنكرت الخارجية العراقية ...",
    "وأعلنت هيئة الطيران ..."), when it is one of the article's organisations; a later verb of the sentence with
    no subject of its own is still that body's. None when the sentence opens otherwise."""
    sentence = re.split(r"[.!?؟]\s", clause)[-1].strip()
    sentence = re.sub(r"^(?:فيما|بينما|كما|ثم)\s+", "", sentence)
    verb, _, rest = sentence.partition(" ")
    if not re.fullmatch(r"[وف]?[\u0621-\u064a]{3,}", verb) or verb.startswith("ال"):
        return None
    named = [b for b in bodies if (rest.startswith(b + " ") or rest == b) and _definite_body(b)]
    if not named and rest.startswith("ال"):
        # ("وكانت المديرية أعلنت ...": the body's head noun with the article, as the article calls it back, when
        # one body of the article opens with that noun: "مديرية الأمن العام")
        head = rest.split()[0][2:]
        heads = {b for b in bodies if b.split()[0] == head and len(b.split()) > 1}
        named = list(heads) if len(heads) == 1 else []
    return max(named, key=len) if named else None


def _definite_body(name: str) -> bool:
    """A body's name read as one: definite ("الخارجية العراقية") or a head in construct with a definite noun
    ("وزارة الصحة"); not an indefinite noun and adjective ("مجلة تقنية": a tech magazine, someone's)."""
    words = name.split()
    return words[0].startswith("ال") or (len(words) > 1 and words[1].startswith("ال"))


# Spokesmen, whom agency copy often quotes by office alone (المتحدث الرسمي لـ...، الناطق باسم ...).
_SPOKESMEN = ("المتحدث", "المتحدثة", "الناطق", "الناطقة")


def _phrase(words: list[str], size: int) -> list[str]:
    """The subject's words up to a conjunction of reported speech, a preposition or a time word."""
    phrase: list[str] = []
    for w in words[:size]:
        if w in _PHRASE_END or w.startswith(("بأن", "لأن")):
            break
        phrase.append(w)
    return phrase


def _office(word: str) -> bool:
    return word in AR_ROLE_NOUNS or word.removesuffix("ة") in AR_ROLE_NOUNS


def _known_head(word: str) -> bool:
    return word in _ONE_OF or word in AR_ORG_WORDS or word in _AR_COLLECTIVE or _office(word)


def subject_before_verb(before: str) -> str | None:
    """The subject of a sentence that opens with it, before its verb of saying, as headlines write it:
    "سامي نور يقول:" gives "سامي نور" (one to three words, no comma; a gloss in square brackets after the name,
    "X [المنفي] يقول:", left out); None for any other shape."""
    before = re.sub(r"\s*\[[^\[\]]{1,40}\]", "", before)
    m = re.search(rf"(?:^|[.!?؟]\s+)([^،,:.!?؟\"«»]{{2,40}}?)\s+{_SVO_VERBS}\s*:?\s*$", before)
    if m is None or not 1 <= len(m.group(1).split()) <= 3:
        return None
    words = m.group(1).split()
    if any(w in _PHRASE_END or w in _ADVERBIAL for w in words):
        return None
    return m.group(1).strip()


def that_clause_subject(up_to_verb: str, after_verb: list[str]) -> str | None:
    """The subject before a verb of saying whose next word opens what was said ("X يقول بأنه ليس بطلا:": X, not
    "بأنه ليس بطلا"); None when no that-clause follows the verb or no subject comes before it."""
    if not after_verb or not re.fullmatch(r"ب?[أإا]ن(?:ه|ها|هم)?", after_verb[0]):
        return None
    return subject_before_verb(up_to_verb.rstrip() + ":")


# "وفقا لما قاله X فإن", "بحسب ما ذكره X،": according to what X said.
# (also joined, as agency copy writes it: "حسبما أفاد X، فإن", and with the verb bare: "حسب ما ذكر X")
_ACCORDING_TO = re.compile(
    r"(?<![\u0600-\u06ff])[وف]?(?:(?:وفقا|وفق|حسب|بحسب)\s+(?:لما|ما)|حسبما|بحسبما|وفقما)\s+"
    r"(?:قال|ذكر|أفاد|أوضح|أعلن|أكد|صرح|بين)(?:ه|ته|ت|تا)?(?:\s+به)?"
    r"\s+([^،:«»\"]+?)(?:\s+(?:فإن|فان|إن))?\s*[،,]?\s*(?:فإن|فان)?\s*$"
)


def speaker_before(before: str) -> str | None:
    """The introduction's speaker when the general Arabic reading found none: a subject before the verb
    ("سامي نور يقول:"), or "" (the sentence's subject, named in it or before it) after a participle of saying
    or a reporting verb in the quote's sentence; None when nothing introduces it."""
    according = _ACCORDING_TO.search(before)
    if according is not None:
        return according.group(1).strip()
    subject = subject_before_verb(before)
    if subject is not None:
        return subject
    clause = re.split(r"[.!?؟]\s", before)[-1]
    if re.search(rf"(?<![\u0600-\u06ff]){_PARTICIPLES}(?![\u0600-\u06ff])", clause):
        return ""  # "..., مؤكدا أن ...": the main clause's subject
    if re.search(rf"(?<![\u0600-\u06ff]){_REPORTING}(?![\u0600-\u06ff])", clause):
        return ""  # "وصف ... بأنه", "ودعا": the subject of the reporting verb, named in the sentence
    return colon_label(before)


# A headline's or lead's label: a name, or an office and a name, then a colon and the quote ("وزير الصحة X:
# «...»", "X: «...»"), with no verb; the whole sentence before the mark, up to six words.
_LABEL = re.compile(r"(?:^|[.!?؟]\s+)([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,5})\s*:\s*[«\"“]?\s*$")


def colon_label(before: str) -> str | None:
    """The speaker a label before a colon names ("الربيعة: «...»"), None when the words are no name or office:
    a preposition, a conjunction of reported speech or an adverbial among them, or a verb opening them."""
    m = _LABEL.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    verb_first = words[0].startswith(("و", "ف")) and words[0] not in AR_ROLE_NOUNS  # (وزير is an office)
    if any(w in _PHRASE_END or w in _ADVERBIAL for w in words) or verb_first:
        return None  # "وجاء في البيان:", "وكتب على صفحته:": a clause, not a label
    return m.group(1)


def follows_intro(texts: Mapping[int, str], sentence: int, before: str) -> bool:
    """Whether a quote opens its paragraph (nothing but marks before it) right after a sentence that ends
    with a colon: an introduction in the paragraph before, whose subject the block reading resolves."""
    previous = texts.get(sentence - 1, "").rstrip()
    return not before.strip(' "“«„') and previous.endswith(":")


def office_subject(clause: str, people: list[Person], sentence: int) -> Person | None:
    """ "وشدد الأمين العام المنتخب ... ولخصها بعبارات:": a sentence that opens with a verb and a definite
    office as its subject (Arabic's verb-subject order) and names nobody speaks as the person the article
    gave that office before, whose role starts with it (not "نائب الأمين العام"); None if none or several."""
    words = clause.split()
    if len(words) < 2 or not words[1].startswith("ال"):
        return None
    core = words[1][2:]
    if not _office(core):
        return None
    holders = {p.name for p in people if min(p.sentences, default=sentence) <= sentence and heads_role(p, core)}
    if len(holders) != 1:
        return None
    name = holders.pop()
    return next(p for p in people if p.name == name)


def heads_role(person: Person, core: str) -> bool:
    """Whether one of the person's roles starts with the office `core` (أمين: الأمين العام, أمين الصندوق),
    as the holder's does and a deputy's (نائب الأمين العام) does not."""
    return any(r.split() and r.split()[0] in (core, "ال" + core) for r in (person.role or "").split("; "))


# Kinds of body an article names once before writing the body's bare name ("شركة X" ... "ووصفت X").
_BODY_KINDS = r"(?:شركة|لشركة|بشركة|منظمة|لمنظمة|مؤسسة|لمؤسسة|مجموعة|لمجموعة|وكالة|لوكالة|جمعية|لجمعية|مختبر|مختبرات)"


def body_after_verb(clause: str, texts: Mapping[int, str]) -> str | None:
    """ "ووصفت كوانتا سوفت البرنامج بأنه ...": a sentence that opens with a verb whose subject is no person
    the article names but one to three words the article elsewhere writes after a body's kind (شركة كوانتا
    سوفت): that body speaks. The kind bounds the name, which the verb's object would otherwise run into."""
    words = re.findall(r"[\u0621-\u064a]+", re.split(r"[.!?؟]\s", clause)[-1])
    if len(words) < 3 or not re.fullmatch(rf"{_REPORTING}|[وف]?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|ذكر|ذكرت)", words[0]):
        return None
    article = " ".join(texts.values())
    for size in (3, 2, 1):
        name = words[1 : 1 + size]
        if len(name) < size or any(w.startswith("ال") or w in AR_ORG_WORDS for w in name):
            continue
        if re.search(rf"(?<![\u0621-\u064a]){_BODY_KINDS}\s+{' '.join(name)}(?![\u0621-\u064a])", article):
            return " ".join(name)
    return None


# A short quote (three words) after a participle of saying and the conjunction of reported speech: "...,
# مؤكدا أن «...»" (stressing that ...), the circumstantial clause agency copy closes a sentence with. A verb
# and a colon before a short quote are left to the general reading: in real copy they also introduce titles.
_SHORT_INTRO = re.compile(rf"[،,]\s*{_PARTICIPLES}(?![\u0600-\u06ff])\s+(?:أن|إن|بأن)\s*[\"“«]\s*$")


# A verb of saying, a few words (a time, a place) and a colon: "وقالت بعد فتح الظرف: «...»".
_VERB_COLON = re.compile(rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}(?![\u0600-\u06ff])[^.!?؟:«»\"]{{0,60}}:\s*[\"“«]\s*$")


# A verb of saying, its subject (up to ten words, no stop) and the conjunction of reported speech right before the
# mark: "وأكد الوزير X أن «...»", "وأشار إلى أن «...»".
_VERB_THAT = re.compile(
    rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}(?![\u0600-\u06ff])(?:\s+[^\s.!?؟:«»\"]+){{0,10}}?\s+"
    r"(?:إلى\s+)?(?:أن|إن|بأن|على\s+أن)\s*[\"“«]\s*$"
)


def ar_that_clause_quoted(text: str, start: int, end: int) -> bool:
    """Whether a short quote (two or three words) is the whole clause a verb of saying reports: "وأكد X أن
    «الموقف ثابت»." The conjunction needs a subject and a predicate after it, so quoted words that close the
    sentence there are a clause, the speaker's own; a name in marks after أن goes on with its predicate
    ('أن «واتس آب» سوف ...') and stays a name."""
    words = text[start:end].split()
    if len(words) < 2 or _VERB_THAT.search(text[:start]) is None:
        return False
    if text[start:end].strip(" .") in known_names() or names_in(words):
        return False  # 'أن «الأمم المتحدة».', 'إن «آبل ستور»': a name in marks, however it stands
    # (also 'أن «الوضع تحت السيطرة»، مشيرا إلى ...': a participle of saying after the comma closed the clause)
    closes = rf".\s*(?:[.!?؟]|$|[،,]\s*{_PARTICIPLES}(?![\u0600-\u06ff]))"
    return re.match(closes, text[end:]) is not None or text[start:end].rstrip()[-1:] in ".!?؟"


def ar_short_quote_said(text: str, start: int, end: int) -> bool:
    """Whether a short quote is speech: a participle of saying after a comma and أن/إن introduces it, or a verb
    of saying and a colon introduce it, and the quote closes the sentence or its clause (a full stop or a comma
    after it)."""
    # A verb of saying and a colon introduce speech however short ("وأضاف X: «...»."), as no title or name is
    # introduced so; the quote must still close its sentence or clause.
    # (ar_reply_verbs: "فأجابه رئيس المحكمة:", "ليضيف:", the replying verbs written plain)
    introduced = _VERB_COLON.search(plain_reply_verbs(text[:start])) is not None
    if not introduced and not _SHORT_INTRO.search(text[:start]):
        return False
    return re.match(r".\s*(?:[.!?؟،,]|$)", text[end:]) is not None


_TO_OUTLET = ("لـ", "ل«", 'ل"')  # told to a paper named in marks: "لـ«عكاظ»"
_MARKS_OPENING = ('"', "«", "“", "”")


def subject_phrase(phrase: str) -> str:
    """The subject after a verb of saying without what follows it: the words up to the first word of reported
    speech, a preposition, a time or the outlet told ("وزارة الخارجية في بيان أن": the ministry, not its
    statement; "مدير المركز لـ«عكاظ»": the director)."""
    words = phrase.split()
    # (and his own speech, the verb's object: "وختم الوزير كلمته قائلا:", the minister closed his speech saying)
    cut = next(
        (
            k
            for k, w in enumerate(words)
            # (or a quote mark: 'الناطق "   "', an earlier quote blanked after the subject, is no part of it)
            if k
            and (
                (w in _PHRASE_END and not ali_name_word(words, k))  # (ar_given_ali: "X على Y", the name علي)
                or w.startswith(_TO_OUTLET)
                or OWN_SPEECH.fullmatch(w.strip("،,:"))
                or w[:1] in _MARKS_OPENING
            )
        ),
        len(words),
    )
    return " ".join(words[:cut])


def speaker_titled_before(lead_in: str) -> bool:
    """Whether words before a colon are a speech verb and its subject ("يقول مدير المشروع:", "وقالت رئيسة تحرير
    الصحيفة:"), whose title may end in a word that elsewhere names a work in quote marks (مشروع، صحيفة،
    برنامج): the colon and the verb make it an introduction of speech, not a title's kind."""
    clause = re.split(r"[.!?؟]\s", lead_in)[-1]
    return lead_in.rstrip().endswith(":") and re.search(rf"(?<![\u0600-\u06ff]){AR_ANY_SPEECH}\s", clause) is not None
