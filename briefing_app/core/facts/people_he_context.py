"""Hebrew people named in lists and around commas: a role, a comma, then the name ("נשיא המדינה, X Y,"), a
plural role and names joined by ו, three or more names in a list, a title's name between commas, a name and
an age in brackets, a kinship noun and the name after it ("אחיו הצעיר, יוסי")."""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he_base import (
    _HE_NOT_NAME,
    _HE_WORD,
    _PARTICLES,
    _complement_end,
    _definite_role,
    _family_word,
    _he_head_at,
    _name_like,
    _without_preposition,
    _words,
    he_given,
    names_a_body,
)
from briefing_app.core.facts.people_he_chains import comma_role_end
from briefing_app.core.facts.people_he_phrases import adjunct_word
from briefing_app.core.facts.people_he_words import HE_SPEECH, HE_TITLES, LIFE_VERBS
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.per_document import per_document

_SPEECH_WORD = re.compile(HE_SPEECH)


def _hebrew_name_lists(s: SourceSentence, index: PeopleIndex) -> None:
    """Three or more names in a list, each a known given name and a family name, joined by commas and a
    last ו ("יוסי כהן, דנה לוי ומשה פרץ"): people, even with no title."""
    words = _words(s.text)
    i = 0
    while i < len(words):
        items: list[str] = []
        j = i
        while j + 1 < len(words):
            given = words[j] if he_given(words[j]) else (words[j][1:] if words[j][:1] == "ו" else "")
            family = words[j + 1]
            if not (given and he_given(given)) or family in _HE_NOT_NAME or not _HE_WORD.fullmatch(family):
                break
            if adjunct_word(family) or _SPEECH_WORD.fullmatch(given):
                break  # 'שגריר ישראל באו"ם, X Y, אמר בדיון': a place's phrase and a verb, no names of a list
            items.append(f"{given} {family}")
            j += 2
            if j < len(words) and words[j] == ",":
                j += 1
            elif not (j < len(words) and words[j][:1] == "ו"):
                break
        if len(items) >= 3:
            for item in items:
                index.add(item, None, s.index)
            i = j
        else:
            i += 1


# Kinship nouns with a possessive ending, in apposition to the name after them (אחיו הצעיר, יוסי: his
# younger brother, Yossi), as the Arabic reader has them.
_HE_KIN = {"אחיו", "אחיה", "אחותו", "אחותה", "בנו", "בנה", "בתו", "בתה", "אשתו", "בעלה", "אביו", "אביה", "אמו",
           "אמה", "סבו", "סבתו", "נכדו", "נכדתו",
           # and those of a couple ("בתם הבכורה, מיכל": their eldest daughter)
           "בנם", "בתם", "בנן", "בתן", "אביהם", "אמם", "סבם", "נכדם", "נכדתם",
           # a friend, partner, pupil or teacher of the one just named ("יחד עם חברו X Y", "תלמידתו X"; not
           # "מורו", also a family name, nor "ידידה", also a given name)
           "חברו", "חברתו", "ידידו", "ידידתו", "שותפו", "שותפתו", "שותפה", "תלמידו", "תלמידתו",
           "תלמידה", "מורתו", "מורתה", "אחייניתו", "אחיינו", "גיסו", "גיסתו",
           # the one's lawyer, spokesman, adviser, aide, deputy or successor ("פרקליטו, עו"ד X Y,", "סגנו, X Y")
           "פרקליטו", "פרקליטה", "פרקליטתו", "דוברו", "דוברתו", "יועצו", "יועצה", "יועצתו", "עוזרו", "עוזרתו",
           "סגנו", "סגנה", "סגניתו", "מחליפו", "מחליפה", "יורשו", "יורשה",
           # a wife or widow in the register of biographies and obituaries, and the in-laws ("נקבר לצד רעייתו,
           # X", "לדברי אלמנתו, X", "חתנו, X Y,")
           "רעייתו", "רעייתה", "אלמנתו", "אלמנו", "חתנו", "חתנה", "כלתו", "כלתה", "חמיו", "חמותו"}  # fmt: skip


def _he_name_word(word: str) -> bool:
    return bool(_HE_WORD.fullmatch(word)) and word not in _HE_NOT_NAME and not word.startswith("ה")


def _hebrew_context_names(s: SourceSentence, index: PeopleIndex) -> None:
    """Shapes the Arabic reader shares (people_ar_context): a title and its complement, then the name
    between commas ("שר החוץ האמריקני, ג'ון קרי,"); a name and an age in brackets ("דנה לוי (38)"); a
    kinship noun and the name after it ("אחיו הצעיר, יוסי"). A name here starts with a known given name,
    or, between commas after a title, with a transliterated one (a geresh: ג'ון)."""
    # (a hyphen between Hebrew letters joins one name: "אבו-ראס", "בן-עמי")
    words = _CONTEXT_WORDS.findall(s.text)
    for i in range(len(words)):
        n = _he_head_at(words, i)
        if n:
            comma = next((k for k in range(i + n, min(i + n + 5, len(words))) if words[k] == ","), None)
            # ("אלוף פיקוד הצפון, X בן Y,": a family name with בן or בר is two words)
            two = comma is not None and words[comma + 2 : comma + 3] in (["בן"], ["בר"]) and comma + 3 < len(words)
            close = comma + 3 + two if comma is not None else 0
            # (closed by a comma, or by the sentence's end: "קיבל היועץ המשפטי לממשלה, X Y.")
            # (or, when the office opens the sentence, by a verb of saying: 'מאמן X, Y Z אמר בסיום:', the second
            # comma left out)
            said = (
                comma is not None and close < len(words) and (i == 0 or words[i - 1] in (",", "."))
                and _SPEECH_WORD.fullmatch(words[close]) is not None
            )
            if comma is not None and close <= len(words) and (words[close : close + 1] in ([","], ["."], []) or said):
                first, family = words[comma + 1], " ".join(words[comma + 2 : close])
                if (
                    _he_name_word(first)
                    and all(_he_name_word(w) for w in family.split())
                    and (he_given(first) or "'" in first or "\u05f3" in first)
                    and all(_HE_WORD.fullmatch(w) and w not in _HE_NOT_NAME for w in words[i + n : comma])
                    and not any(_restarts_office(words, m) for m in range(i + n + 1, comma))  # ("X דורש משר Y,")
                ):
                    index.add(f"{first} {family}", " ".join(words[i:comma]), s.index)
        if (
            words[i] == "("
            and i >= 2
            and i + 2 < len(words)
            and words[i + 1].isdigit()
            and words[i + 2] == ")"
            and he_given(words[i - 2])
            and _he_name_word(words[i - 1])
        ):
            index.add(f"{words[i - 2]} {words[i - 1]}", None, s.index)
        kin = _glued_kin(words[i])  # "ואמה, רבקה,", "לאביו, X,": "and" or "to" glued to the kin noun
        if kin in _HE_KIN:
            k = i + 1
            role = [kin]
            if k < len(words) and words[k].startswith("ה") and _HE_WORD.fullmatch(words[k]):
                role.append(words[k])  # הצעיר, הבכור
                k += 1
            if k < len(words) and words[k] == ",":
                k += 1
            if k < len(words) and words[k] in HE_TITLES:
                k += 1  # 'פרקליטו, עו"ד X Y,': a title between the comma and the name
            # the first name only (a verb may follow it: "יוסי עובד"), unless someone has it already, or the
            # family name too when the list has it or a comma closes the name ("בנו, אהרון X, היה")
            if k + 1 < len(words) and he_given(words[k]) and _he_name_word(words[k + 1]):
                closes = k + 2 >= len(words) or words[k + 2] in (",", ".", ";", ":", "(", ")", "-", "–")
                if words[k + 1] in hebrew_family_names() or closes or adjunct_word(words[k + 2]):
                    index.add(f"{words[k]} {words[k + 1]}", " ".join(role), s.index)
                    continue
            if k < len(words) and he_given(words[k]) and not any(p.name.split()[0] == words[k] for p in index.people):
                index.add(words[k], " ".join(role), s.index)


def _role_then_names(words: list[str], sentence: int, index: PeopleIndex) -> None:
    """A role, a comma, then the name and a closing comma ("נשיא המדינה, דן לוי, אמר"); or a plural role, then
    names joined by ו ("השופטים רות כהן ודן לוי,"). The comma or the list's shape says it is a name, so a
    given name the list does not know is taken too."""
    for i in range(len(words)):
        n = _he_head_at(words, i, glued=True)  # ("לדובר המשטרה, X Y": told to, or heard from, a named one)
        if n and _in_relative_of_being(words, i):
            n = 0  # "X, שהיה אז נגיד הבנק, סירב": the office of the one named before, no name after it
        if n:
            k = comma_role_end(words, i + n, _complement_end(words, i + n, commas=True))  # (של, צה"ל)
            if any(_restarts_office(words, m) for m in range(i + n + 1, k)):
                continue  # "דירקטוריון X דורש משר האוצר, Y Z,": the office after the verb's preposition is Y Z's
            if k > i + n or n == 2 or words[i].lstrip("ו") in HE_TITLES or _definite_role(words[i]):
                at = k + 1 + (k + 1 < len(words) and words[k + 1].lstrip("ו") in HE_TITLES)  # ", ד"ר X Y,"
                # ("X בן Y,", "X אבו Y,": a particle and the family name after it)
                particle = words[at + 1 : at + 2] in (["בן"], ["אבו"], ["בר"]) and he_given(words[at])
                # ("X עבד אל-רחמן,": an Arab compound name, the servant of one of God's names)
                particle = particle or words[at + 1 : at + 2] == ["עבד"] and _servant_of(words[at + 2 : at + 3])
                last = at + 2 if particle else at + 1
                closed = last + 1 == len(words) or words[last + 1 : last + 2] in ([","], ["."], [":"])  # ("X Y:")
                closed = closed or _unclosed_end(words, at, last)
                if words[k : k + 1] == [","] and last < len(words) and closed:
                    verb = _VERB_SHAPE.fullmatch(words[at]) is not None and not he_given(words[at])  # ("נפצע קשה")
                    # ("המנהלת לשעבר, שהחלה כאחות, בטוחה": a relative clause in the commas, ש and a verb, no name)
                    verb = verb or words[at][:1] == "ש" and not he_given(words[at]) and (
                        words[at] not in hebrew_family_names()
                    )
                    # (a known given name may start with ה: "הילה", "הדס")
                    named = (_name_like(words[at]) or he_given(words[at])) and _family_word(words[at], words[last])
                    # ("אמו של החייל, פנתה לשר.": a verb and whom it turned to, a title with ל or ב glued on)
                    named = named and not (words[last][:1] in "לב" and _he_head_at([words[last]], 0, glued=True))
                    # ("..., בכיכר X.": where, a preposition glued to a noun; ", ושל X": "and of", no name)
                    named = named and not adjunct_word(words[at]) and words[at].lstrip("ו") not in _HE_NOT_NAME
                    # ("X, לשעבר יו"ר Y, ויונה Z,": "and" opens the list's next item; the role is the one before's)
                    joined = words[at][:1] == "ו" and not he_given(words[at]) and he_given(words[at][1:])
                    if named and joined and not verb and _name_like(words[last]):
                        index.add(" ".join([words[at][1:], *words[at + 1 : last + 1]]), None, sentence)
                        continue
                    if named and not names_a_body(words[at]) and not verb and not _holds_a_name(words[i:k]):
                        role = _without_preposition(" ".join(w for w in words[i:k] if w != ","))
                        if i >= 2 and words[i - 1] == "של" and words[i - 2] in _HE_KIN:
                            role = f"{words[i - 2]} של {role}"  # "אמו של החייל, X Y,": his mother, not the soldier
                        index.add(" ".join(words[at : last + 1]), role.lstrip("ו"), sentence)
                        continue
        _plural_list(words, i, sentence, index)
        _kin_of_then_name(words, i, sentence, index)


# Words that open the clause's next part right after a name whose closing comma the copy left out ("של ראש העיר,
# X Y אך ..."); a verb of saying or of a life does too ("נשיא המדינה, X Y אמר").
_CLAUSE_GOES_ON = {"אך", "אבל", "אולם", "ואילו", "כי", "וכי"}


def _unclosed_end(words: list[str], at: int, last: int) -> bool:
    """The name at `at`..`last` ends without its closing comma: a known given name and a listed family name, then
    a conjunction or a verb that opens what the clause says next (a third name word is no such word)."""
    if last != at + 1 or last + 1 >= len(words) or not he_given(words[at]):
        return False
    if words[last] not in hebrew_family_names():
        return False
    after = words[last + 1]
    return after in _CLAUSE_GOES_ON or after in LIFE_VERBS or _SPEECH_WORD.fullmatch(after) is not None


def _restarts_office(words: list[str], m: int) -> bool:
    """A preposition glued to an office's head ("משר", "לדובר") after a word that is no office (a verb, a
    body): the office begins again there, the words before it are another clause's ("יועץ לשר": one office)."""
    return words[m][:1] in "מל" and _he_head_at(words, m, glued=True) > 0 and not _he_head_at(words, m - 1)


def _holds_a_name(role: list[str]) -> bool:
    """Whether a role read up to a comma holds a person's name ("לדברי היועצת לממשלה X Y, אין מניעה"): the
    office and its holder came before the comma, so what follows it is no name."""
    pairs = zip(role, role[1:], strict=False)
    return any(he_given(a) and b in hebrew_family_names() and _name_like(b) for a, b in pairs)


_CONTEXT_WORDS = re.compile(
    r"[\u05d0-\u05ea]+(?:[\"\u05f4'\u05f3][\u05d0-\u05ea]*)?(?:[-\u05be][\u05d0-\u05ea]+)?|\d+|[^\s\u05d0-\u05ea\d]"
)
# A verb's shape after a role's comma ("X Y, תושב העיר, נפצע קשה"): a passive past (נ and three letters) or a
# hitpa'el past (הת and three letters), the clause going on after an appositive, no name.
_VERB_SHAPE = re.compile(r"נ[\u05d0-\u05ea]{3}|הת[\u05d0-\u05ea]{3}[הו]?")


# A relative clause of being ("שהיה", "שכיהן") and the time words that may follow it ("שהיה אז", "שהיה עד אז").
_BEING = {"שהיה", "שהייתה", "שהיתה", "שכיהן", "שכיהנה", "ששימש", "ששימשה", "שהוא", "שהיא"}
_THEN_WORDS = {"אז", "עד", "כבר", "עדיין", "בעבר", "כיום", "באותה", "עת"}


def _in_relative_of_being(words: list[str], i: int) -> bool:
    """Whether the title at `i` is a relative clause's predicate ("שהיה אז נגיד הבנק")."""
    k = i - 1
    while k >= 0 and words[k] in _THEN_WORDS:
        k -= 1
    return k >= 0 and words[k] in _BEING


def _servant_of(rest: list[str]) -> bool:
    """Whether `rest` opens with the second half of an Arab compound name after עבד ("אל-רחמן", "אללה")."""
    return bool(rest) and re.match(r"אל(?:[-\u05be]|לה$)", rest[0]) is not None


@per_document  # (asked for every word of every sentence)
def _glued_kin(word: str) -> str:
    """A kin noun without "and" or a preposition glued to it ("ואמה", "לאביו", "ולאמו"), else the word as
    it is (a word that is itself a given name, "לבנה", stays one)."""
    if word in _HE_KIN or he_given(word):
        return word
    for cut in (2, 1):
        if word[:cut] in ("ו", "ל", "מ", "ול", "ומ") and word[cut:] in _HE_KIN:
            return word[cut:]
    return word


def _kin_of_then_name(words: list[str], i: int, sentence: int, index: PeopleIndex) -> None:
    """A kin word with its possessive, "של" and whose kin (up to three words), then a known given name and a
    family name in commas ("אחיו של ההרוג, X Y,", "אמה של המתלוננת, X Y,"): the kin phrase is the role."""
    if words[i] not in _HE_KIN or words[i + 1 : i + 2] != ["של"]:
        return
    comma = next((k for k in range(i + 3, min(i + 6, len(words))) if words[k] in (",", ".", ":", ";")), None)
    if comma is None or words[comma] != "," or comma + 2 >= len(words):
        return
    given, family = words[comma + 1], words[comma + 2]
    closed = comma + 3 == len(words) or words[comma + 3] in (",", ".", ":")
    if closed and he_given(given) and _family_word(given, family) and not names_a_body(given):
        index.add(f"{given} {family}", " ".join(words[i:comma]), sentence)


_PLURAL_HEADS = ("שופטי", "השופטים", "חברי", "שרי", "השרים", "חוקרי", "החוקרים", "הארכאולוגים", "המדענים",
                 "הסופרים", "העיתונאים", "הרופאים", "השחקנים", "הפעילים", "האחים", "המנהיגים", "הנאשמים")  # fmt: skip


def _plural_list(words: list[str], i: int, sentence: int, index: PeopleIndex) -> None:
    """A plural role, at most one complement word, an optional comma, then two or more two-word names, the
    last joined by ו, closed by a comma, a full stop or the sentence's end."""
    head = words[i].lstrip("ו")
    if head not in _PLURAL_HEADS:
        return
    k = i + 1
    role = [head]
    if k < len(words) and _HE_WORD.fullmatch(words[k]) and (head.endswith("י") and not head.startswith("ה")):
        role.append(words[k])  # "שופטי העליון": the construct form's complement
        k += 1
    if k < len(words) and words[k] == ",":
        k += 1
    run: list[str] = []
    while k < len(words) and _HE_WORD.fullmatch(words[k]) and words[k] not in _HE_NOT_NAME:
        run.append(words[k])
        k += 1
    closed = k == len(words) or words[k] in (",", ".", ";")
    if not closed:
        run = _given_pairs(run)  # "השרים X Y וZ W נפגשו": the names end where known given names stop
    if len(run) < 4 or len(run) % 2 or not run[-2].startswith("ו") or len(run[-2]) < 3:
        return
    names = [(run[j].removeprefix("ו") if j == len(run) - 2 else run[j], run[j + 1]) for j in range(0, len(run), 2)]
    if any(g.startswith("ה") or f.startswith("ה") for g, f in names):
        return
    if sum(1 for g, f in names if named_item([g, f])) * 2 < len(names):
        return  # "השחקנים עשו עבודה טובה בהגנה וניצחנו בחוץ.": the role's verbs and their objects, no names
    for given, family in names:
        index.add(f"{given} {family}", " ".join(role), sentence)


def named_item(name: list[str]) -> bool:
    """Whether a list item starts with a known given name or ends with a listed family name; a first word in the
    shape of a plural past verb ("עשו", "ניצחנו": -ו, -נו, not the -יהו of a name) gives no evidence: the role
    before it is the subject of its verbs."""
    first = name[0]
    verb = first.endswith("נו") or (first.endswith("ו") and not first.endswith("הו") and len(first) <= 4)
    return (he_given(first) and not (verb and first not in _PARTICLES)) or name[-1] in hebrew_family_names()


def _given_pairs(run: list[str]) -> list[str]:
    """The two-word names at the head of `run`, each starting with a known given name, through the first
    joined by ו (the list's last)."""
    out: list[str] = []
    for j in range(0, len(run) - 1, 2):
        given = run[j].removeprefix("ו")
        if not he_given(given) or run[j + 1].startswith("ה"):
            return []
        out += run[j : j + 2]
        if run[j].startswith("ו") and given != run[j]:
            return out
    return []
