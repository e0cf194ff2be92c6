"""Whom an Arabic speaker addressed, after the speaker's own words: "قال رئيس المحكمة للدفاع:", "وقال المتحدث
باسم الوزارة للصحفيين:", "صرح الوزير لقناة X:". A verb of saying takes its listener with ل right after the
subject, so the listener, a group or an outlet, is no word of the speaker's name or office (a body's field in
لل, "الأمين العام للأمم المتحدة", is a body, never one of these)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.people_ar_words import _ar_is_given, _transliterated

# Groups spoken to: journalists, those present, deputies, the defence, the court, citizens, viewers.
_LISTENERS = {"الصحفيين", "الصحافيين", "الإعلاميين", "الاعلاميين", "الحضور", "الحاضرين", "النواب", "الدفاع",
              "المحكمة", "المواطنين", "المشاهدين", "المستمعين", "الجمهور", "الجماهير", "اللاعبين", "الطلاب",
              "المشاركين", "الصحافة", "المراسلين"}  # fmt: skip
# Outlets spoken to in construct with their names ("لقناة X", "لصحيفة X", "لوكالة X").
_OUTLETS = {"قناة", "صحيفة", "جريدة", "وكالة", "موقع", "إذاعة", "تلفزيون", "مجلة", "وسائل", "شبكة", "برنامج", "محطة"}


def listener_at(word: str) -> bool:
    """Whether `word` is ل and a listener: a group with the article (للصحفيين) or an outlet (لقناة)."""
    if word.startswith("لل"):
        return "ال" + word[2:] in _LISTENERS
    return word.startswith("ل") and word[1:] in _OUTLETS


def without_listener(mention: str) -> str:
    """The speaker's words of `mention` without the listener and what follows it."""
    words = mention.split()
    cut = next((k for k, w in enumerate(words) if k and listener_at(w.strip("،,:"))), len(words))
    return " ".join(words[:cut])


def possessed_object(words: list[str]) -> bool:
    """Whether the words after a verb of saying open with a noun then a noun with a possessive pronoun ("التزام
    حكومته", "رفض بلاده"): the verb's object in construct, no subject's name (a name's second word carries no
    pronoun)."""
    return (
        len(words) >= 2
        and not words[0].endswith("ي")  # (a nisba family name said alone: "وأكد العبادي دعمه")
        and not _ar_is_given(words[0])
        and len(words[1]) >= 4
        and words[1].strip("،,:").endswith(("ه", "ها", "هم", "هما"))
        # (not "itself": "البيان نفسه ينص", the subject and its emphasis)
        and words[1].strip("،,:") not in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "عينه", "عينها")
        and not words[1].startswith("ال")
    )


def with_possessive(word: str) -> bool:
    """A noun with a possessive pronoun glued on ("دعمه", "موقفها", "رفضهم"), which no name's later word is: not a
    known given name, not a name in -يه or -اه (فقيه، وجيه، طه) nor one ending in "الله". Never a word with the
    article: the article and a possessive pronoun exclude each other, so "الإله" of "عبد الإله" ends in its stem."""
    return (
        len(word) >= 4
        and not word.startswith("ال")
        and word.endswith(("ه", "ها", "هم", "هما"))
        # (nor a Persian name's final -eh after و or د: "مهراوه", "ستوده")
        and not word.endswith(("يه", "اه", "الله", "لله", "وه", "ده"))
        and not _ar_is_given(word)
        and not _transliterated(word)
    )


class _Texts(Protocol):
    """What `body_before` asks of the speakers' resolver: the sentences and the bodies the article names."""

    text: dict[int, str]
    organisations: Sequence[Fact]


def body_before(sp: _Texts, sentence: int, within: str) -> str | None:
    """The body named last in this sentence before the verb, or in the one before it, when a bare verb of saying
    with no subject ("وأضاف في بيان له:") follows a body's statement and no person was named: the body speaks on."""
    if _BARE_OPENING.match(within) is None:
        return None  # ("ووصفت مجلة X البرنامج بأنه «...»": a subject of its own, whatever the readers made of it)
    for text in (within, sp.text.get(sentence - 1, "")):
        # (a body with the article is written "للجيش" after ل: its words without the article are looked for)
        named = [
            (text.rfind(stem), o.text)
            for o in sp.organisations
            for stem in [o.text[2:] if o.text.startswith("ال") else o.text]
            if stem and stem in text and not _medium(text, stem)
        ]
        if named:
            return max(named)[1]
    return None


# A bare verb of saying opening the sentence, then at most where it was said ("وأضاف في بيان له عبر حسابه:").
_BARE_OPENING = re.compile(
    r"\s*[وف]?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت)"
    r"(?:\s+(?:في|عبر|على|خلال|ب)[\s\S]*)?\s*[:،]?\s*[\"«“]?\s*$"
)


# Where a statement was posted or carried, not who made it: "عبر منصة «إكس»", "على موقع X", "حسابه في تويتر".
_MEDIUM_BEFORE = re.compile(r"(?:منصة|موقع|تطبيق|حسابه|حسابها|حسابهم|عبر|على|في)\s*[\"«“]?\s*$")
_PLATFORMS = {"إكس", "تويتر", "فيسبوك", "فيس بوك", "يوتيوب", "تيليغرام", "تلغرام", "إنستغرام", "انستغرام", "تيك توك"}


def _medium(text: str, body: str) -> bool:
    """Whether `body` is named in `text` as the medium of a statement (a platform, or after "via/on")."""
    return body in _PLATFORMS or _MEDIUM_BEFORE.search(text[: text.rfind(body)]) is not None


def with_article_restored(mention: str, texts: dict[int, str]) -> str:
    """`mention` with the article given back to its first word when the reader cut "لل" to "ل" ("وفقا للشرطة"
    read as "وفقا ل" and "لشرطة"): "الشرطة", when the article writes that word with the article somewhere."""
    words = mention.split()
    if not words or not words[0].startswith("ل") or words[0].startswith(("لل", "ال")) or len(words[0]) < 4:
        return mention
    restored = "ال" + words[0][1:]
    if any(re.search(rf"(?<![\u0621-\u064a]){re.escape(restored)}(?![\u0621-\u064a])", t) for t in texts.values()):
        return " ".join([restored, *words[1:]])
    return mention


# The outlet a statement was given to, glued to ل right after the verb of saying or after the statement's noun:
# "وقال في تصريح لكووورة:", "وأضاف في حديث لـ«الجريدة»:", "وقال لـ"الأيام":". After "a statement to" the word
# is always the outlet; right after a bare verb only when the ل is drawn out (لـ) or the outlet is in quote marks,
# since a name may begin with ل ("وقال لافروف:").
_STATEMENT_TO = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|صرح|صرحت|أشار|أشارت|ذكر|ذكرت)"
    r"(?P<subject>(?:\s+[\u0621-\u064a]+){0,4}?)"
    r"(?:\s+(?:في|فى|خلال|ضمن)\s+(?:تصريح|تصريحات|حديث|مقابلة|لقاء|حوار|اتصال)(?:\s+(?:خاص|خاصة|صحفي|صحافي|صحفية"
    r"|صحافية|هاتفي|إذاعي|تلفزيوني|مع))?\s+ل\s*ـ?\s*[\"«“]?\s*(?P<outlet>[\u0621-\u064a]+)"
    r"|\s+لـ\s*[\"«“]?\s*(?P<drawn>[\u0621-\u064a]+)"
    r"|\s+ل\s*[\"«“]\s*(?P<marked>[\u0621-\u064a]+))"
)


def outlet_spoken_to(mention: str, within: str) -> tuple[int, str] | None:
    """Where, in `within`, the outlet that `mention` names was spoken to ("وقال في تصريح لكووورة :" read as the
    mention "كووورة"), and the verb's subject written before the statement ("وقال X في تصريح للتلفزيون ...:"),
    else None: the outlet is no speaker; the subject is, or the one named before the verb."""
    words = mention.split()
    if not words:
        return None
    first = words[0].strip('«»"“”:،,')
    for m in _STATEMENT_TO.finditer(within):
        outlet = m.group("outlet") or m.group("drawn") or m.group("marked")
        # (an outlet with the article after ل is written لل: "للتلفزيون التونسي", read as "التلفزيون التونسي")
        restored = "ال" + outlet[1:] if outlet and outlet.startswith("ل") else ""
        if outlet and first in (outlet, "ل" + outlet, "لـ" + outlet, restored):
            subject = (m.group("subject") or "").strip() if m.group("outlet") else ""
            return m.start(), subject
    return None


def spokesman_without_listener(role: str | None) -> str | None:
    """A spokesman's role without the outlet spoken to after it ("المتحدث باسم الشرطة الفرنسية لمحطة X" is the
    police spokesman, talking to station X); a correspondent's outlet ("مراسل لقناة X") stays, as no "باسم"
    ("in the name of") comes before it."""
    if not role:
        return role
    parts = []
    for part in role.split("; "):
        words = part.split()
        if "باسم" in words:
            cut = next((k for k in range(words.index("باسم") + 2, len(words)) if listener_at(words[k])), len(words))
            part = " ".join(words[:cut])
        parts.append(part)
    return "; ".join(parts)
