"""Hebrew lists of people after a plural role: "הפרופסורים X Y, Z W ו-U V", "שופטי בית המשפט המחוזי בדימוס X Y,
Z W ו-U V", "ראשי החברות - X Y בחברת A, Z W בחברת B ו-U V בחברת C -".

The plural role is a role noun's plural with the article (השופטים, הפרופסורים, העיתונאים) or its construct
plural before a complement (שופטי בית המשפט, ראשי החברות, חברי הכנסת), with an optional status or field
after it (בדימוס, לשעבר, לכימיה). The list's items are split by commas and by "and" glued to a word; each
item's name is its first two or three words, up to a dash (a field or post after it: "X Y - כימיה") or a
preposition's phrase ("X Y בחברת A"). The list ends at an item that names nobody or at "and" before a new
plural role ("... ו-U V והפרופסורים לכימיה ..."), which starts a list of its own. Every name in it takes
the plural role, when at least two items are names and most start with a known given name or end with a
listed family name.
"""

from __future__ import annotations

from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.people_he import (
    _HE_HEADS,
    _complement_end,
    _profession,
    _words,
    adjunct_word,
    he_given,
    names_a_body,
)
from briefing_app.core.facts.people_he_bare import _list_item, _without_clause
from briefing_app.core.facts.people_he_context import named_item
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.per_document import per_document

_FINAL = str.maketrans("כמנפצ", "ךםןףץ")
# What may follow a plural role before the names: a status or a field ("בדימוס", "לשעבר", "לכימיה").
_STATUS = {"בדימוס", "לשעבר", "הבכירים", "הוותיקים", "הבאים", "הבאות"}
_DASHES = {"-", "–", "—"}


@per_document  # (asked for the same stems again)
def _role_singular(stem: str) -> bool:
    """Whether `stem` (a plural without its ending) is a role noun: as it is, or with its last letter final."""
    for candidate in (stem, stem[:-1] + stem[-1:].translate(_FINAL)):
        if candidate in _HE_HEADS or _profession(candidate):
            return True
    return False


def plural_role_at(words: list[str], h: int) -> int:
    """Where a plural role that starts at `h` ends (0 if none starts there): "הפרופסורים", "והשופטים",
    "שופטי בית המשפט המחוזי", "הפרופסורים לכימיה"."""
    w = words[h][1:] if words[h][:2] in ("וה", "וש", "ור", "וח") and len(words[h]) > 4 else words[h]
    end = 0
    if w[:1] == "ה" and len(w) > 5:
        bare = w[1:]
        if bare.endswith("ים") and (_role_singular(bare[:-2]) or _role_singular(bare[:-1])):
            end = h + 1  # "הפרופסורים", "השופטים"; "העיתונאים" (עיתונאי)
        elif bare.endswith("ות") and _role_singular(bare[:-2] + "ת"):
            end = h + 1  # "השופטות", "החוקרות"
    elif w.endswith("י") and len(w) > 3 and _role_singular(w[:-1]) and h + 1 < len(words):
        end = _complement_end(words, h + 1)  # "שופטי בית המשפט המחוזי", "ראשי החברות"
        end = end if end > h + 1 else 0
    elif w.endswith("ות") and len(w) > 4 and _role_singular(w[:-2] + "ת") and h + 1 < len(words):
        end = _complement_end(words, h + 1)  # the feminine construct plural: "עורכות הדין", "שופטות בית המשפט"
        end = end if end > h + 1 else 0
    if not end:
        return 0
    if end < len(words) and (words[end] in _STATUS or words[end][:1] == "ל" and len(words[end]) > 4):
        end += 1  # "בדימוס", "לכימיה"
    elif end < len(words) and _plural_adjective(words[end]) and end + 1 < len(words) and he_given(words[end + 1]):
        end += 1  # 'המנכ"לים המשותפים X Y ו-Z W': a definite adjective agreeing with the plural, then the names
    return end


def _plural_adjective(word: str) -> bool:
    """A definite plural adjective after a plural role ("המשותפים", "הקודמים", "החדשות")."""
    return word[:1] == "ה" and len(word) > 4 and word.endswith(("ים", "ות")) and not _role_singular(word[1:-2])


# "of mine", "of his" ... after a plural: whose they are, no name ("שלי" is also a given name, Shelly).
_POSSESSIVE = {"שלי", "שלך", "שלו", "שלה", "שלנו", "שלכם", "שלכן", "שלהם", "שלהן"}


def find_plural_role_lists(sentences: list[SourceSentence], index: PeopleIndex) -> None:
    """Every list of names after a plural role in the Hebrew sentences, into `index`."""
    for s in sentences:
        words = _words(s.text)
        h = 0
        while h < len(words):
            end = plural_role_at(words, h)
            if not end:
                h += 1
                continue
            if end < len(words) and words[end] in _POSSESSIVE:
                h = end  # "השחקנים שלי נהנו ועשו": my players, then their verbs, no list of names
                continue
            names, stop = _list_after(words, end)
            evidence = sum(1 for n in names if named_item(n))
            # (two items need a name each: "השחקנים עשו מאמץ גדול וחזרנו מפיגור" is the role's verbs, the first
            # of which spells a given name)
            if len(names) >= 2 and evidence * 2 >= len(names) and (len(names) > 2 or evidence == 2):
                role = " ".join(words[h:end])
                role = role[1:] if role[:2] in ("וה",) else role
                for name in names:
                    index.add(" ".join(name), role, s.index)
            h = max(stop, h + 1)


def _list_after(words: list[str], k: int) -> tuple[list[list[str]], int]:
    """The names of the list that starts at `k` (a dash or colon before it skipped), and where it stopped."""
    while k < len(words) and (words[k] in _DASHES or words[k] == ":"):
        k += 1
    names: list[list[str]] = []
    item: list[int] = []
    while k <= len(words):
        w = words[k] if k < len(words) else "."
        if w in (",", ".", ";", "(", ")") or w[:1] == "ו" and item and plural_role_at(words, k):
            found = [_name_of(words, part) for part in _split_at_ands(words, item)]
            found = [f for f in found if f]
            if not found:
                return names, k
            names.extend(found)
            item = []
            if w != ",":
                return names, k
        else:
            item.append(k)
        k += 1
    return names, k


def _split_at_ands(words: list[str], item: list[int]) -> list[list[int]]:
    """An item split before each word with "and" glued to it ("X Y בבנק A ו-Z W", "... עסקים ודניאל X")."""
    parts: list[list[int]] = []
    for p in item:
        w = words[p]
        if not parts or (w[:1] == "ו" and len(w) > 2 and not w.startswith("וו") and not names_a_body(w)):
            parts.append([p])
        else:
            parts[-1].append(p)
    return parts


def _name_of(words: list[str], part: list[int]) -> list[str]:
    """The name an item opens with: up to a dash or a preposition's phrase, two or three words; [] if none."""
    cut: list[int] = []
    for p in part:
        w = words[p]
        if w in _DASHES or (len(cut) >= 2 and adjunct_word(w)):  # (a family name may start with ב: בנבנישתי)
            break
        cut.append(p)
    cut = _without_clause(words, cut[:3])
    if not _list_item(words, cut):
        return []
    first = words[cut[0]]
    first = first[1:] if first[:1] == "ו" and not he_given(first) and len(first) > 2 else first
    return [first, *(words[p] for p in cut[1:])]
