"""Language display names and writing direction, shared by the exports and the GUI (no Qt here).

Codes are ISO 639-1 (or 639-3 where no two-letter code exists, e.g. "ckb"). Region or script
subtags ("ar-EG", "zh_Hant") are reduced to the primary subtag, so the table stays small.
"""

from __future__ import annotations

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
}

# Languages whose main script is written right to left (Arabic, Hebrew, Thaana scripts).
RTL_LANGUAGES: frozenset[str] = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "iw"})


def primary_subtag(code: str) -> str:
    """'ar-EG' / 'zh_Hant' / ' HE ' -> 'ar' / 'zh' / 'he'."""
    return code.strip().replace("_", "-").split("-", 1)[0].lower()


def language_name(code: str) -> str:
    """English display name for a language code; the code itself when the table does not know it."""
    return LANGUAGE_NAMES.get(primary_subtag(code), code)


def is_rtl(code: str) -> bool:
    """True when text in this language runs right to left and must be right-aligned."""
    return primary_subtag(code) in RTL_LANGUAGES
