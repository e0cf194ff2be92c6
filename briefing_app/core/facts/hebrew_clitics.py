"""Which letters Hebrew glues to the front of a word, and in what order.

Hebrew glues "and" (ו), the relative ש, one preposition (ב ל מ כ) and the article (ה) to the word, in that
order and never two prepositions: "ובירושלים", "שבחיפה", "מהעיר"; but not "במ-" (a word that reads so
holds a ב before a word starting with מ, never a place behind two prepositions). A place's name takes no
article unless the article is part of it (the gazetteer then lists it with its ה: "הגדה המערבית"): a
common noun with the article that spells a town is the noun.
"""

from __future__ import annotations

PREPOSITIONS = "בלמכ"


def hebrew_prefix_ok(prefix: str) -> bool:
    """Whether `prefix` (one or two letters cut from a word's front) is a sequence Hebrew glues to a word."""
    if len(prefix) == 1:
        return prefix in "ובלמהשכ"
    first, second = prefix[0], prefix[1]
    if first == "ו":
        return second in PREPOSITIONS + "הש"
    if first == "ש":
        return second in PREPOSITIONS + "ה"
    return prefix in ("כש", "מה")


def article_before_place(prefix: str) -> bool:
    """Whether a cut prefix ends in the article or in כ ("like"): a place written so is a common noun or a
    word that only reads like one ("כיוון", since, is no "like Greece")."""
    return prefix.endswith(("ה", "כ"))


# ל or אל with a pronoun suffix: whom something was said to ("אמר לנו", "סיפרה לי", "אמר אליה"). After a
# speech verb it stands before the subject and is no part of a name or role ("לי" is also a given name).
PRONOUN_ADDRESSEES = frozenset(
    ("לי", "לנו", "לו", "לה", "להם", "להן", "לך", "לכם", "לכן", "אליי", "אלי", "אלינו", "אליו", "אליה", "אליהם")
)

# Prepositions with a pronoun suffix (about him, with her, in it, from them): after a speech verb they say
# whom or what it was said of or to ("כתב עליו:", "אמרה עליה", "סיפר עליהם"), never its subject; "the one
# just named" speaks. ("אותו" him, "עמו" with him.)
PRONOUN_PREPOSITIONS = PRONOUN_ADDRESSEES | frozenset(
    (
        "עליו", "עליה", "עליהם", "עליהן", "עליי", "עלינו", "אותו", "אותה", "אותם", "אותן", "אותי", "אותנו",
        "עמו", "עמה", "עמם", "איתו", "איתה", "איתם", "איתן", "בו", "בה", "בהם", "בהן", "ממנו", "ממנה", "מהם",
        "מהן", "אצלו", "אצלה", "נגדו", "נגדה", "נגדם", "לגביו", "לגביה", "לגביהם", "אודותיו", "אודותיה",
        "עבורו", "עבורה", "כלפיו", "כלפיה", "עליך", "עליכם",
    )
)  # fmt: skip
