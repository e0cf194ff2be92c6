"""An article made of paragraphs through the whole facts extractor, for the facts tests written as
made-up news paragraphs (one helper instead of a copy in every test file)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.facts import Fact, extract_facts
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document


def facts_of(paragraphs: list[str], language: str = "en") -> list[Fact]:
    """The facts of an article whose body is `paragraphs`, in `language`."""
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "Title", [TextBlock(p) for p in paragraphs])
    return extract_facts(build_document(article, language=language))


def names_by_kind(paragraphs: list[str], language: str = "en") -> dict[str, set[str]]:
    """The names the article gives as places, organisations and people, each kind a set."""
    out: dict[str, set[str]] = {"place": set(), "organisation": set(), "person": set()}
    for f in facts_of(paragraphs, language):
        if f.kind in out:
            out[f.kind].add(f.text)
    return out


def quotes_of(paragraphs: list[str], language: str = "en") -> list[Fact]:
    """The article's quotes in sentence order."""
    return sorted((f for f in facts_of(paragraphs, language) if f.kind == "quote"), key=lambda f: f.sentence)


def people_roles(paragraphs: list[str], language: str = "en") -> dict[str, str | None]:
    """Each person of the article and the role found for them."""
    return {f.text: f.role for f in facts_of(paragraphs, language) if f.kind == "person"}


def local_facts(paragraph: str, kind: str, language: str = "en") -> list[Fact]:
    """The facts of one kind of a one-paragraph story under a plain headline ("Local news")."""
    return [f for f in facts_of(["Local news", paragraph], language) if f.kind == kind]


def local_texts(paragraph: str, kind: str, language: str = "en") -> set[str]:
    """What each fact of one kind of a one-paragraph story says (names, places, figures as written)."""
    return {f.text for f in local_facts(paragraph, kind, language)}


def local_roles(paragraph: str, language: str = "en") -> dict[str, str | None]:
    """Each person of a one-paragraph story and the role found for them."""
    return {f.text: f.role for f in local_facts(paragraph, "person", language)}


def nth_counts(paragraph: str, value: float, language: str, nth: int = 0) -> str | None:
    """What the nth figure of `value` in a one-paragraph article counts, or None when there is no such figure."""
    figures = [f for f in facts_of([paragraph], language) if f.kind == "figure"]
    found = [f.counts for f in figures if f.value is not None and abs(f.value - value) < 1e-6]
    return found[nth] if len(found) > nth else None


def headlined_facts(title: str, paragraphs: list[str], language: str) -> list[Fact]:
    """The facts of an article whose first paragraph is its headline (as a text file gives it)."""
    article = ArticleText(Path(f"t-{language}.txt"), "txt", "", [TextBlock(p) for p in [title, *paragraphs]])
    return extract_facts(build_document(article, language=language))


def body_speakers(title: str, paragraphs: list[str], language: str) -> list[tuple[str, str | None]]:
    """Each quote of the body (not the headline) with its speaker, the quote cut to its first two words."""
    quotes = [f for f in headlined_facts(title, paragraphs, language) if f.kind == "quote" and f.sentence > 0]
    return [(" ".join(f.text.split()[:2]), f.speaker) for f in quotes]


def hebrew_speakers(paragraphs: list[str], title: str = "כותרת") -> list[str | None]:
    """The speaker of each quote of a Hebrew article under a plain headline, in order."""
    return [f.speaker for f in headlined_facts(title, paragraphs, "he") if f.kind == "quote"]


def hebrew_people(paragraphs: list[str]) -> list[str]:
    """The people of a Hebrew article under a plain headline."""
    return [f.text for f in headlined_facts("כותרת", paragraphs, "he") if f.kind == "person"]
