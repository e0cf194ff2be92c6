"""Where an Arabic role read after a verb, or before a name, begins and ends. The role readers take the words
between a verb of saying and the name, or after a name up to a comma; in real copy those runs also hold
(1) a preposition with a pronoun that belongs to the verb ("التي قال فيها القاضي X": in which the judge said),
(2) a relative clause that describes the body at the role's end ("نقيب المحامين والتي نفت ...": the defence team
which denied ...), (3) the verb's object when the verb comes first ("أبدى X مدرب الفريق حزنه الشديد": showed
his sadness), and (4) a blessing after a ruler's office ("رئيس الدولة حفظه الله": may God keep him). No office
holds any of them; the role is cut to the office."""

from __future__ import annotations

import re

from briefing_app.core.facts.people_ar_phrases import blessing_at

# A preposition glued to a pronoun ("in it", "about him", "to her"): the verb's complement before its subject.
_PREPOSITION_WORDS = {"فيه", "فيها", "فيهم", "عنه", "عنها", "عنهم", "له", "لها", "لهم", "به", "بها", "بهم",
                      "منه", "منها", "منهم", "إليه", "إليها", "اليه", "اليها", "عليه", "عليها", "عليهم"}  # fmt: skip

# Relative pronouns, bare or after و: the clause after one describes, it names no office.
_RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي", "اللواتي"}

# "ما" with a preposition ("بما تقوم به الجامعة": for what the university does; "لما", "مما", "عما", "فيما"), or "كما"
# (as): a clause on what the verb is about begins, which no office holds.
_MA_CLAUSES = {"بما", "لما", "مما", "عما", "فيما", "كما"}

# Nouns of a feeling or a stance that a verb of showing takes as its object with the subject's pronoun
# ("أبدى X حزنه", "أظهر X ارتياحه", "جدد X دعمه"): the object ends the subject's apposition.
_FEELINGS = ("حزن", "سعادت", "أسف", "اسف", "ارتياح", "قلق", "رضا", "رضاء", "تقدير", "ترحيب", "استياء", "غضب",
             "أمل", "امل", "فخر", "دعم", "تضامن", "رفض", "تفاؤل", "تأييد", "اعتراض", "إعجاب", "اعجاب", "شكر",
             "انزعاج", "دهشت", "استغراب", "ثقت", "حرص", "استعداد", "تمسك")  # fmt: skip
_FEELING = re.compile(rf"(?:{'|'.join(_FEELINGS)})(?:ه|ها|هم|هما)")


def bounded_role(role: str) -> str:
    """The role without a leading pronoun preposition, cut before a relative pronoun, a clause of "ما" or a feeling's
    noun with a pronoun (after its first word); the role unchanged when nothing would be left."""
    words = role.split()
    start = 0
    while start < len(words) - 1 and words[start] in _PREPOSITION_WORDS:
        start += 1
    end = len(words)
    for k in range(start + 1, len(words)):
        w = words[k].strip("،,.:")
        bare = w[1:] if w.startswith("و") and w[1:] in _RELATIVES else w
        if bare in _RELATIVES or w in _MA_CLAUSES or _FEELING.fullmatch(w) or blessing_at(words, k):
            end = k
            break
    kept = words[start:end]
    return " ".join(kept) if kept else role


# An opening quote mark glued to the quote's first word ('"رئيس حكومة تصريف الأعمال X Y يحمل ...'): the role
# readers read words between spaces, and '"رئيس' is no office.
_GLUED_OPENING = re.compile(r'(^|\s)(["“«])(?=[\u0621-\u064a])')


def opening_marks_spaced(text: str) -> str:
    """The sentence with a space after each opening quote mark glued to an Arabic word."""
    return _GLUED_OPENING.sub(r"\1\2 ", text)
