"""A Hebrew role held "as" an office after a verb of serving: "X כיהן כשר האוצר", "X ימשיך לכהן כיו"ר Y", "X
התפטר מתפקידו כמנכ"ל Y", "X שימשה כדוברת המשטרה". The subject before the verb must be someone the article
already names; the office is כ glued to a role's head and its complement, up to a comma, a time or a
preposition's phrase."""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import _HE_NOT_NAME, _HE_WORD, _he_head_at, _words
from briefing_app.core.facts.people_he_news import NOUN_PHRASE_PREPOSITIONS
from briefing_app.core.facts.people_index import PeopleIndex, Person

# Verbs of holding or leaving an office, in the past, present, future and infinitive.
_SERVING = frozenset({
    "כיהן", "כיהנה", "מכהן", "מכהנת", "לכהן", "יכהן", "תכהן", "שימש", "שימשה", "משמש", "משמשת", "לשמש", "ישמש",
    "תשמש", "התפטר", "התפטרה", "פרש", "פרשה", "מונה", "מונתה", "נבחר", "נבחרה", "הוצב", "הוצבה",
})  # fmt: skip
# Verbs of being appointed or elected to an office, which takes ל ("מונה לשר", "נבחרה ליו"ר").
_APPOINTED = frozenset({"מונה", "מונתה", "נבחר", "נבחרה", "הוצב", "הוצבה", "הועלה", "הועלתה"})
# Times between the verb of appointment and the office ("מונתה בשבוע שעבר ל...").
_WHEN = frozenset({"השבוע", "בשבוע", "שעבר", "החודש", "בחודש", "אתמול", "היום", "לאחרונה", "השנה", "בשנה", "רשמית"})
# Words between the verb and the office: "continue to" before the infinitive, "from his post", "in the post".
_BETWEEN = frozenset({"ימשיך", "תמשיך", "המשיך", "המשיכה", "מתפקידו", "מתפקידה", "בתפקיד", "בתפקידו", "בתפקידה", "גם"})


# Nouns of time a preposition glues to after an office ("בשנים", "מאז", "בתקופה").
_TIME_NOUNS = frozenset({"שנים", "שנת", "תקופה", "תקופת", "משך", "עת", "זמן", "ימי", "שנות", "חודשים", "אז"})


def roles_by_serving(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Give each person the article names the office a verb of serving says they hold or held."""
    for s in sentences:
        words = _words(s.text)
        for k, word in enumerate(words):
            if word[:1] not in "כל" or not _he_head_at([word[1:], *words[k + 1 : k + 3]], 0):
                continue
            j = k - 1
            while j >= 0 and (words[j] in _BETWEEN or word[:1] == "ל" and words[j] in _WHEN):
                j -= 1
            if j < 1 or words[j] not in (_SERVING if word[:1] == "כ" else _APPOINTED):
                continue
            if word[:1] == "ל":
                person = _named_before(words[:j], index)  # "X, אחות בהכשרתה, מונתה בשבוע שעבר למנכ"לית Y"
                if person is not None:
                    index.add(person.name, " ".join(_office(word, words[k + 1 : k + 5])), s.index)
                continue
            while j >= 1 and words[j - 1] in _BETWEEN:
                j -= 1  # "X ימשיך לכהן": the subject stands before "continue"
            person = next(
                (p for n in (3, 2, 1) if j - n >= 0 and (p := index.find(" ".join(words[j - n : j]))) is not None),
                None,
            )
            if person is None:
                continue
            index.add(person.name, " ".join(_office(word, words[k + 1 : k + 5])), s.index)


def _office(head: str, after: list[str]) -> list[str]:
    """The office after its glued כ or ל: the head and its complement, up to a comma, a time or a preposition."""
    role = [head[1:]]
    for w in after:
        if not _HE_WORD.fullmatch(w) or w in _HE_NOT_NAME or w in NOUN_PHRASE_PREPOSITIONS:
            break
        if w[:1] in "בלמ" and w[1:] in _TIME_NOUNS:
            break  # "כמנכ"ל החברה בשנים האחרונות": a time after the office
        role.append(w)
    return role


def _named_before(words: list[str], index: PeopleIndex) -> Person | None:
    """The person named last in `words` (the clause before an appointment's verb), by full name or surname."""
    for end in range(len(words), 0, -1):
        for n in (3, 2, 1):
            if end - n >= 0 and all(_HE_WORD.fullmatch(w) for w in words[end - n : end]):
                name = " ".join(words[end - n : end])
                name = name[2:] if name.startswith("כש") and n > 1 else name  # ('כשד"ר X Y': when X Y)
                person = index.find(name) if n > 1 or name in {p.key for p in index.people} else None
                if person is not None:
                    return person
    return None
