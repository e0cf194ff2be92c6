"""What a Gulf charity or civil society body is for, which its name carries after its adjective: "جمعية X
الخيرية لرعاية المسنين", "مؤسسة X الخيرية لتنمية الأسرة", "جمعية X الأهلية لتحفيظ القرآن الكريم". After
"الخيرية" (charitable) or "الأهلية" (civil), "ل" and a verbal noun with its definite genitive are the body's field,
not what it did ("قدمت الجمعية الخيرية لأهالي القرية": for whom, no name's word)."""

from __future__ import annotations

# The adjectives a charity's or a civil society body's name ends its kind with.
CHARITABLE = frozenset({"الخيرية", "الخيري", "الأهلية", "الاهلية"})
# Verbal nouns of care and help a charity is named for, beside those of the تفعيل/تفعلة shape (تنمية، تحفيظ، تأهيل).
_CARE_NOUNS = frozenset({"رعاية", "خدمة", "حماية", "مكافحة", "دعم", "إغاثة", "اغاثة", "كفالة", "إسكان", "اسكان",
                         "مساعدة", "إعانة", "اعانة", "إطعام", "اطعام", "إصلاح", "اصلاح"})  # fmt: skip


def _care_noun(word: str) -> bool:
    return word in _CARE_NOUNS or (word.startswith("ت") and word.endswith("ة") and len(word) >= 5) or (
        word.startswith("ت") and len(word) == 5 and word[3] == "ي"  # تحفيظ، تأهيل، تعليم
    )


def charity_field(adjective: str, words: list[str], at: int) -> list[str]:
    """The field at words[at:] after a charity's adjective (`adjective`): "ل" and a verbal noun of care, its
    definite genitive, and that genitive's definite adjective ("لتحفيظ القرآن الكريم"); [] when none follows."""
    if adjective not in CHARITABLE or at + 1 >= len(words):
        return []
    li, genitive = words[at], words[at + 1].rstrip("،.")
    if li.startswith(("لل", "ال")) or li[:1] != "ل" or li.endswith(("،", ".")) or not _care_noun(li[1:]):
        return []
    if not genitive.startswith("ال"):
        return []
    field = [li, genitive]
    more = words[at + 2].rstrip("،.") if at + 2 < len(words) and words[at + 1] == genitive else ""
    if more.startswith("ال") and more.endswith(("ي", "ية", "يم")) and more not in ("التي", "الذي"):
        field.append(more)  # "القرآن الكريم", "الأسر المحتاجة" is no adjective of this shape: kept out
    return field
