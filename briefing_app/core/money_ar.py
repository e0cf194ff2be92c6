"""Arabic currency words and the nationality after them: "ريال سعودي" is SAR, "دينار كويتي" KWD.

Arabic news names most currencies by a shared word (ريال, دينار, درهم, ليرة, جنيه) and tells them apart by the
adjective of the issuing country after it, so the code comes from the pair. A bare "جنيه" in Arabic copy is the
Egyptian pound (the sterling pound is written "جنيه إسترليني"); other bare words name no single currency, and
stay units (figure_words.UNITS). Codes are ISO 4217.
"""

from __future__ import annotations

import re

# The forms news writes of each word (accusative, plurals) and the base word they are.
_FORMS = {
    "ريال": "ريال", "ريالا": "ريال", "ريالات": "ريال",
    "دينار": "دينار", "دينارا": "دينار", "دنانير": "دينار",
    "درهم": "درهم", "درهما": "درهم", "دراهم": "درهم",
    "ليرة": "ليرة", "ليرات": "ليرة",
    "جنيه": "جنيه", "جنيها": "جنيه", "جنيهات": "جنيه",
    "دولار": "دولار", "دولارا": "دولار", "دولارات": "دولار",
}  # fmt: skip
# The adjective (masculine, without a case ending) of each issuing country, per base word.
_NATIONS = {
    "ريال": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR", "ايراني": "IRR"},
    "دينار": {"كويتي": "KWD", "أردني": "JOD", "اردني": "JOD", "عراقي": "IQD", "بحريني": "BHD", "ليبي": "LYD",
              "تونسي": "TND", "جزائري": "DZD"},
    "درهم": {"إماراتي": "AED", "اماراتي": "AED", "مغربي": "MAD"},
    "ليرة": {"سوري": "SYP", "لبناني": "LBP", "تركي": "TRY"},
    "جنيه": {"مصري": "EGP", "سوداني": "SDG", "إسترليني": "GBP", "استرليني": "GBP"},
    "دولار": {"أمريكي": "USD", "امريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD", "استرالي": "AUD"},
}  # fmt: skip
# What each word is when no nationality follows.
_BARE = {"جنيه": "EGP", "دولار": "USD"}
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _adjective_base(word: str) -> str:
    """ "سعودية", "سعوديا", "السعودي" -> "سعودي": the adjective without article, feminine or case ending."""
    word = word[2:] if word.startswith("ال") else word
    word = word[:-1] + "ي" if word.endswith("ى") else word  # ("مغربى": the final ya without dots, Egyptian copy)
    for ending in ("ية", "يا", "يين", "يون"):
        if word.endswith(ending):
            return word[: -len(ending)] + "ي"
    return word


def arabic_currency(word: str, after: str) -> str | None:
    """The ISO 4217 code of Arabic currency `word`, given the text `after` it (both without short-vowel marks:
    numbers.strip_arabic_marks); None when the word is no currency word or names no single currency alone."""
    base = _FORMS.get(word)
    if base is None:
        return None
    nationality = _NEXT_WORD.match(after)
    if nationality:
        code = _NATIONS[base].get(_adjective_base(nationality.group(1)))
        if code:
            return code
    return _BARE.get(base)
