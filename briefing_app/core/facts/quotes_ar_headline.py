"""Arabic headlines that give someone's words after the speaker and a colon, with no marks and no verb of saying:
"X: لن نتراجع عن الإصلاح", "وزير الخارجية: يجب وقف التصعيد", 'الرئيس X لـ"صحيفة": لا حل سوى ...',
"مدير المستشفى في المدينة: خرجت 26 منشأة عن الخدمة". Arabic news writes most headlines of speech so (the body
then reports the same words, often as "قال X إن ..."), and the corpus counts such a headline as a quote of the one
before the colon.

The part before the colon must name a speaker the article knows: a person the body names (by the surname, or
after a title), an office held by a person the body names ("رئيس وزراء البلد" for "رئيس الوزراء ...",
"وزير الخارجية" for "نائب رئيس الوزراء وزير الخارجية ..."), an office no one in the body holds by name (that
office speaks, as written), or one of the article's organisations. Anything else before a colon, a place ("البلد:
مقتل 30"), a topic ("إزالة المحتوى: أبريل 2019") or a date, is no speaker, and the headline no quote."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact, SourceSentence
from briefing_app.core.facts.people_ar_words import _AR_HEADS, AR_ROLE_NOUNS, AR_TITLES
from briefing_app.core.facts.people_index import Person, fold
from briefing_app.core.facts.quote_turns import headline_without_quote
from briefing_app.core.facts.quote_words import MIN_WORDS
from briefing_app.core.facts.quotes_ar import office_holders
from briefing_app.core.facts.speakers import Speakers
from briefing_app.core.facts.speakers_ar_clauses import lone_speaker_for_office

# The speaker (up to eight words, a colon not inside a clock time: digits on both sides) and the words said, which
# may open with a number glued to the colon ("وزير النقل :300 رحلة ...", "الصحة:12 وفاة").
_SAID = re.compile(r"^(\S[^:]{1,70}?)\s*(?:(?<!\d):|:(?!\d))\s*(\S.*)$")
# Whom the speaker told it, after the speaker: 'لـ"صحيفة"', "لـ صحيفة", "للصحفيين", "لوسائل الإعلام".
_LISTENER = re.compile(
    r"\s+(?:لـ\s*\S+|لـ?\s*[\"«“][^\"»”]+[\"»”]|(?:لل|ل)(?:صحفيين|صحافيين|صحافة|إعلام|إعلاميين)|لوسائل\s+الإعلام)$"
)
# Where the speaker spoke or serves, after the office: "مدير المستشفى في المدينة", "X أمام البرلمان".
_WHERE = re.compile(r"\s+(?:في|فى|أمام|خلال|من|عبر)\s+\S.*$")
_MARKS = re.compile(r"[\"«»“”]")
# The speaker's verb and whom it answers or warns: "الخارجية ترد على X", "الوزير يحذر من Y" (the one after the
# preposition is spoken of; the subject before the present-tense verb speaks).
_ANSWERS = re.compile(r"\s+[يت][\u0621-\u064a]{2,5}\s+(?:على|عن|إلى|الى|ضد|من)\s+\S.*$")
_ROLE_HEADS = frozenset(AR_ROLE_NOUNS) | frozenset(_AR_HEADS) | {"حارس", "مدرب", "مدربة"}


def _untitled(words: list[str]) -> list[str]:
    """The words after the titles that open them ("الرئيس X", "الشيخ الدكتور X": X)."""
    while len(words) > 1 and words[0] in AR_TITLES:
        words = words[1:]
    return words


def _speaker(mention: str, speakers: Speakers) -> str | None:
    """Who the words before the headline's colon name (see the module's note), or None."""
    words = mention.split()
    if not words or len(words) > 8:
        return None
    person = speakers.people.find(" ".join(_untitled(words))) or _first_and_family(_untitled(words), speakers)
    if person is not None:
        return person.name
    folded = fold(mention)
    bodies = [f.text for f in speakers.organisations]
    if any(fold(_MARKS.sub("", b)).strip() == folded for b in bodies):
        return mention  # "الأمم المتحدة: ...": a body of the article speaks
    head = words[0]
    if head not in _ROLE_HEADS and head.removeprefix("ال") not in _ROLE_HEADS:
        return None
    people = speakers.people.people
    holders = [p for p in people if p.role and folded in fold(p.role)]  # "وزير الخارجية" in a longer role
    if not holders and len(words) >= 2:
        holders = office_holders(head, words[1], people)  # "رئيس وزراء البلد": the role "رئيس الوزراء ..."
    if not holders and len(words) >= 2:
        # (the genitive written without its hamza: "وزير الاعلام" for "وزير الدولة لشؤون الإعلام")
        body = re.escape(fold(words[1]).removeprefix("ال"))
        genitive = re.compile(rf"(?<![\u0621-\u064a])(?:[وبل]?ال|ل)?{body}(?![\u0621-\u064a])")
        holders = [p for p in people if p.role and fold(head) in fold(p.role) and genitive.search(fold(p.role))]
        if len(holders) > 1 and len(words) >= 3:
            stem = words[2].removeprefix("ال")[:4]  # ("البلد" or "البلدي": the holder of that country's office)
            holders = [p for p in holders if stem in (p.role or "")] or holders
    named = {p.name for p in holders}
    if len(named) == 1:
        return holders[-1].name
    if len(named) > 1:
        return None  # two holders of the office: which one spoke, the headline does not say
    # 'مدير "المستشفى" في المدينة: ...': an office no one in the body holds by name speaks as written, unless
    # the article's one person, who speaks in it, is that office's holder unnamed in the lead (speakers_rtl)
    return lone_speaker_for_office(speakers, mention) or mention


def _first_and_family(words: list[str], speakers: Speakers) -> Person | None:
    """The one person the body names in full ("سلطان بن محمد القاسمي", "خالد سعد عبدالله الهاجري") whom a headline
    calls by the first and the last word of that name alone ("سلطان القاسمي: ..."), as Gulf headlines shorten a
    lineage name; None for any other two words, or when two people of the body share them."""
    if len(words) != 2:
        return None
    first, family = fold(words[0]), fold(words[1])
    found = [
        p
        for p in speakers.people.people
        if len(p.name.split()) >= 3 and fold(p.name.split()[0]) == first and fold(p.name.split()[-1]) == family
    ]
    return found[0] if len({p.name for p in found}) == 1 else None


def _short_forms(body: str) -> tuple[set[str], str | None]:
    """The one-word forms a headline shortens the body `body` to, folded: its last word ("الصحة" for وزارة الصحة),
    the genitive after its head, with its own article for ل + article ("الزراعة" for وزارة الزراعة الوطنية,
    "الجوازات" for الإدارة العامة للجوازات); and, apart, its head made definite ("الهيئة" for هيئة النقل البري),
    which any body of that kind shares."""
    words = fold(_MARKS.sub(" ", body)).split()
    if len(words) < 2:
        return set(), None
    forms = {words[-1]}
    head = words[0]
    if not head.startswith("ال"):  # (construct state: the genitive is the next word)
        if words[1].startswith("ال"):
            forms.add(words[1])
        return forms, "ال" + head
    genitive = next((w for w in words[1:] if w.startswith("لل")), None)  # (الإدارة العامة للجوازات)
    if genitive is not None:
        forms.add("ا" + genitive[1:])
    return forms, head


def _body_short_named(mention: str, speakers: Speakers) -> str | None:
    """The article's body a headline names by one definite word alone, in marks or not, as Gulf copy shortens a
    ministry or a directorate ("«الصحة»: ارتفاع الإصابات" for وزارة الصحة, "الزراعة: ..." for وزارة الزراعة
    الوطنية, "«الجوازات»: ..." for الإدارة العامة للجوازات): the shortest body with that short form. A head of kind
    ("«الهيئة»: ..." for هيئة النقل البري) is the body as the headline writes it, since several bodies may be of
    that kind. None for a word that shortens no body's name."""
    words = mention.split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return None
    word = fold(words[0])
    bodies = [f.text for f in speakers.organisations]
    named = [b for b in bodies if word in _short_forms(b)[0]]
    if named:
        return min(named, key=len)
    if any(_short_forms(b)[1] == word for b in bodies):
        return mention
    return None


_PUNCTUATION = re.compile(r"[\"«»“”.,،:;؛!؟?#]")


def _repeated_from_body(said: str, mention: str, out: list[Fact]) -> str | None:
    """The speaker of a body quote that holds the headline's words after the colon (three words or more) when the
    words before the colon name that speaker with more besides: an epithet in marks ('X "مرتاح الضمير": هل ...'),
    what they did ("X جال في السوق: الإصلاح يبدأ هنا"); None when no body quote repeats them or another is named."""
    words = _PUNCTUATION.sub(" ", fold(said)).split()
    if len(words) < 3:
        return None
    phrase = " ".join(words)
    before = _PUNCTUATION.sub(" ", fold(mention)).split()
    for fact in out:
        if fact.kind != "quote" or fact.sentence == 0 or not fact.speaker:
            continue
        if phrase not in " ".join(_PUNCTUATION.sub(" ", fold(fact.text)).split()):
            continue
        name = _PUNCTUATION.sub(" ", fold(fact.speaker)).split()  # ("حسان #دياب": a hashtag glued on)
        if name and name[-1] in before:
            return fact.speaker  # (its family name before the colon: the one the body quotes)
    return None


def add_headline_ar(out: list[Fact], sentences: list[SourceSentence], speakers: Speakers) -> None:
    """The headline's words after its speaker and colon as a quote of that speaker (see the module's note), when
    no quote was read in the headline already."""
    first = headline_without_quote(out, sentences) or _stopped_headline(out, sentences)
    if first is None:
        return
    m = _SAID.match(first.text)
    if m is None or len(m.group(2).split()) < MIN_WORDS - 1 or not re.search(r"[\u0621-\u064a]{2}", m.group(2)):
        return
    mention = _ANSWERS.sub("", _LISTENER.sub("", m.group(1).strip()))
    mention = _WHERE.sub("", mention)
    mention = " ".join(_MARKS.sub(" ", mention).split())
    speaker = _speaker(mention, speakers)
    if speaker is None:
        speaker = _body_short_named(mention, speakers)
    if speaker is None:
        speaker = _repeated_from_body(m.group(2), mention, out)
    if speaker is None:
        return
    out.append(Fact("quote", m.group(2).strip().rstrip("."), first.index, speaker=speaker, sentences=[first.index]))


def _stopped_headline(out: list[Fact], sentences: list[SourceSentence]) -> SourceSentence | None:
    """The headline when some Arabic copy ends it with a full stop ("وزيرة الصحة: هذا هو سلاح الصين ضد فيروس
    كورونا."), which `headline` (shared with English, where a stop marks a sentence of the body) refuses: the
    first paragraph of one short sentence all the same, with no quote read in it; else None."""
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return None
    first = sentences[0]
    if not first.text.rstrip().endswith(".") or len(first.text.split()) > 20:
        return None
    if any(f.kind == "quote" and first.index in (f.sentences or [f.sentence]) for f in out):
        return None
    return first
