"""Language detection with a confidence, for a whole article and for each paragraph.

langdetect is random unless seeded, and unreliable on short strings (it has called "404 error"
Danish), so: a fixed seed, a confidence on every answer, short paragraphs inherit the article's
language, and the caller can always override.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence

from briefing_app.core.model import LanguageGuess
from briefing_app.core.progress import CancelToken

# Paragraphs with fewer letters than this inherit the article's language: langdetect guesses.
MIN_LETTERS_FOR_PARAGRAPH = 40
# The article as a whole is sampled up to this many characters; more adds time, not accuracy.
MAX_SAMPLE_CHARS = 20_000

# langdetect's codes as Argos packs write them: "zh-tw" is traditional Chinese, which Argos calls "zt";
# Norwegian is Bokmål ("nb") in Argos and "no" in langdetect. The engine maps whatever remains to the
# installed packs' codes (languages.pack_code), so "zt" still finds a "zh" pack when that is all there is.
_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zt", "iw": "he", "no": "nb"}
_lock = threading.Lock()
_ready = False


def _ensure_seeded() -> None:
    """Load langdetect's profiles once and fix its seed so results are repeatable."""
    global _ready
    with _lock:
        if _ready:
            return
        from langdetect import DetectorFactory
        from langdetect.detector_factory import init_factory

        DetectorFactory.seed = 0
        init_factory()
        _ready = True


@functools.lru_cache(maxsize=8192)
def detect(text: str) -> LanguageGuess | None:
    """The most likely language of `text`, or None when there are no letters to judge by.

    Memoised: with the seed fixed the answer for a text never changes, and a second look at an
    article (or re-opening it) then costs nothing here.
    """
    sample = text[:MAX_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    _ensure_seeded()
    from langdetect.detector_factory import _factory
    from langdetect.lang_detect_exception import LangDetectException

    assert _factory is not None
    try:
        detector = _factory.create()
        detector.append(sample)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    if not ranked:
        return None
    best = ranked[0]
    code = _LANGDETECT_CODES.get(best.lang, best.lang)
    # langdetect is sure of itself even on a word or two ("binary": Tagalog, 99.999%); with few
    # letters to go on, the confidence reported is scaled down so callers and users see the doubt.
    letters = sum(ch.isalpha() for ch in sample)
    certainty = min(1.0, letters / MIN_LETTERS_FOR_PARAGRAPH)
    return LanguageGuess(code=code, confidence=float(best.prob) * certainty)


def detect_article(
    paragraphs: Sequence[str], cancel: CancelToken | None = None
) -> tuple[LanguageGuess, list[LanguageGuess]]:
    """The article's language and each paragraph's.

    A paragraph too short to judge, or one langdetect cannot place, takes the article's language
    with the article's confidence.
    """
    whole = detect("\n".join(paragraphs)) or LanguageGuess("en", 0.0)
    per_paragraph: list[LanguageGuess] = []
    for text in paragraphs:
        if cancel is not None:
            cancel.raise_if_cancelled()
        letters = sum(ch.isalpha() for ch in text)
        guess = detect(text) if letters >= MIN_LETTERS_FOR_PARAGRAPH else None
        per_paragraph.append(guess or whole)
    return whole, per_paragraph


def override(code: str) -> LanguageGuess:
    """The user's choice: certain by definition."""
    return LanguageGuess(code=code, confidence=1.0, overridden=True)
