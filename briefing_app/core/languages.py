"""Language display names, writing direction and script, shared by the core, the exports and the GUI.

Codes are ISO 639-1 (or 639-3 where no two-letter code exists, e.g. "ckb"), plus the two codes Argos
Translate packs use that are not language tags: "zt" (Chinese, traditional script) and "pb"
(Portuguese, Brazil). Region or script subtags ("ar-EG", "zh_Hant") are reduced to the primary subtag
for names and direction. Scripts and names of languages outside the small table come from CLDR
(babel's likely subtags and display names), so every language the Argos index offers has one.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

LANGUAGE_NAMES: dict[str, str] = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "ckb": "Central Kurdish",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "dv": "Divehi",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nb": "Norwegian Bokmål",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sv": "Swedish",
    "th": "Thai",
    "tr": "Turkish",
    "ug": "Uyghur",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "yi": "Yiddish",
    "zh": "Chinese",
    "zt": "Chinese (traditional)",
    "pb": "Portuguese (Brazil)",
}

# Argos pack codes that are not language tags, as the CLDR locale they stand for.
ARGOS_LOCALES: dict[str, str] = {"zt": "zh_Hant", "pb": "pt_BR"}
# Codes that name the same language as a code packs may use instead: langdetect says "no" where
# Argos packs say "nb", "zh-tw" where they say "zt", "pt" where the only pack may be "pb".
_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "no": ("nb",), "nb": ("no",), "zt": ("zh",), "zh": ("zt",), "pt": ("pb",), "pb": ("pt",), "he": ("iw",),
    "iw": ("he",),
}  # fmt: skip
_REGIONAL: dict[str, str] = {"zh-tw": "zt", "zh-hk": "zt", "zh-mo": "zt", "zh-hant": "zt", "pt-br": "pb"}

# Languages whose main script is written right to left (Arabic, Hebrew, Thaana scripts).
RTL_LANGUAGES: frozenset[str] = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "iw"})


def primary_subtag(code: str) -> str:
    """'ar-EG' / 'zh_Hant' / ' HE ' -> 'ar' / 'zh' / 'he'."""
    return code.strip().replace("_", "-").split("-", 1)[0].lower()


def language_name(code: str) -> str:
    """English display name for a language code: the table, else CLDR's name, else the code itself."""
    base = primary_subtag(code)
    return LANGUAGE_NAMES.get(base) or _cldr_name(base) or code


@functools.lru_cache(maxsize=256)
def _cldr_name(code: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(ARGOS_LOCALES.get(code, code)).get_display_name("en"))
    except (ValueError, UnknownLocaleError):
        return None


def pack_code(code: str, available: Collection[str]) -> str:
    """The code installed packs use for the language `code` names ("no" -> "nb", "zh-tw" -> "zt").

    `code` itself when a pack uses it, or when no pack uses any code for that language.
    """
    tag = code.strip().replace("_", "-").lower()
    if tag in available:
        return tag
    base = _REGIONAL.get(tag) or _REGIONAL.get("-".join(tag.split("-")[:2])) or primary_subtag(tag)
    for candidate in (base, *_EQUIVALENTS.get(base, ())):
        if candidate in available:
            return candidate
    return code


@functools.lru_cache(maxsize=256)
def writing_script(code: str) -> str | None:
    """The ISO 15924 script a language is written in ("Arab", "Hans", "Cyrl"), from CLDR; None if unknown."""
    from babel.core import get_global

    tag = code.strip().replace("-", "_")
    base = primary_subtag(tag)
    likely = get_global("likely_subtags")
    locale = ARGOS_LOCALES.get(base, "")
    for key in (locale, locale.split("_")[0], tag, base):
        subtags = str(likely.get(key, "")).split("_")
        if len(subtags) >= 2 and len(subtags[1]) == 4:
            return subtags[1]
    return None


def script_name(script: str) -> str:
    """English name of an ISO 15924 script code ("Arab" -> "Arabic")."""
    from babel import Locale

    return str(Locale("en").scripts.get(script, script))


def is_rtl(code: str) -> bool:
    """True when text in this language runs right to left and must be right-aligned."""
    return primary_subtag(code) in RTL_LANGUAGES
