"""The gazetteer: the generated files are exactly what the maintained sources give, and lookups work."""

from __future__ import annotations

from types import ModuleType

import pytest

from briefing_app.core.facts.gazetteer import _read, entries, find_mentions, lookup
from tests.conftest import ROOT, load_script


def _builder() -> ModuleType:
    return load_script("build_gazetteer")


def test_shipped_places_are_exactly_the_generated_ones() -> None:
    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "places.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build(), "places.tsv differs from its sources: run scripts/build_gazetteer.py"


def test_shipped_starter_glossary_is_exactly_the_generated_one() -> None:
    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "glossary" / "starter.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_glossary()


def test_shipped_person_names_are_exactly_the_generated_ones() -> None:
    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "names.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_names()


def test_every_alias_names_a_known_place() -> None:
    names = {n for e in entries() for n in e.names}
    assert [row[0] for row in _read("aliases.tsv") if row[0] not in names] == []


def test_places_the_hand_list_missed_are_known_in_four_languages() -> None:
    for name in ("Sri Lanka", "Maldives", "Scotland", "Wales", "Florida", "Chicago", "Aberdeen", "U.S."):
        entry = lookup(name)
        assert entry is not None and entry.kind == "place", name
    assert lookup("سريلانكا") == lookup("Sri Lanka") == lookup("סרי לנקה")
    assert lookup("Storbritannien") == lookup("Britain")


def test_mentions_take_the_longest_name_and_strip_clitics() -> None:
    found = find_mentions("Flooding in Salt Lake City and Sri Lanka's capital.", "en")
    assert [m.written for m in found] == ["Salt Lake City", "Sri Lanka"]
    arabic = find_mentions("وصل الوفد إلى القاهرة وبالرياض", "ar")
    assert [m.entry.name for m in arabic] == ["Cairo", "Riyadh"] and arabic[1].written == "الرياض"
    hebrew = find_mentions("הוא נחת בירושלים", "he")
    assert [m.entry.name for m in hebrew] == ["Jerusalem"]


def test_a_town_that_is_also_a_common_word_needs_a_capital_mid_sentence() -> None:
    lower = frozenset({"reading"})
    assert find_mentions("Reading the report took an hour.", "en", lower) == []
    assert [m.written for m in find_mentions("Fans in Reading cheered.", "en", lower)] == ["Reading"]


def test_shipped_job_nouns_and_towns_are_exactly_the_generated_ones() -> None:
    builder = _builder()
    folder = ROOT / "briefing_app" / "resources" / "gazetteer"
    assert (folder / "roles.tsv").read_text(encoding="utf-8") == builder.build_roles()
    assert (folder / "towns.tsv").read_text(encoding="utf-8") == builder.build_towns()
    assert (folder / "towns_he.tsv").read_text(encoding="utf-8") == builder.build_hebrew_towns()
    assert (folder / "towns_ar.tsv").read_text(encoding="utf-8") == builder.build_arabic_towns()


def test_shipped_given_name_genders_are_exactly_the_generated_ones() -> None:
    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "given_genders.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_given_genders()
def test_shipped_shaped_non_people_are_exactly_the_generated_ones() -> None:
    """Words shaped like a job that no WordNet sense makes a person, from Debian's wordnet-base."""
    builder = _builder()
    path = ROOT / "briefing_app" / "resources" / "gazetteer" / "shaped_non_people.tsv"
    shipped = path.read_text(encoding="utf-8")
    assert shipped == builder.build_shaped_non_people()
    words = set(shipped.splitlines())
    assert {"bitter", "older", "clever"} <= words
    assert not {"banker", "striker", "keeper", "president", "student"} & words  # (a person in some sense)


def test_shipped_person_nouns_are_exactly_the_generated_ones() -> None:
    """WordNet's noun.person, from Debian's wordnet-base (scripts/setup.sh installs it)."""
    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "person_nouns.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_person_nouns()
    words = set(shipped.splitlines())
    assert {"carpenter", "novelist", "activist", "nurse"} <= words
    assert not {"Dane", "american", "head", "computer"} & words  # peoples, other first senses, things


def test_shipped_world_given_names_are_exactly_the_generated_ones() -> None:
    from briefing_app.core.facts.gazetteer import arabic_lookup_form, world_given_names

    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "given_names.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_world_given_names()
    names = world_given_names()
    assert {arabic_lookup_form("أحمد"), arabic_lookup_form("مصطفى"), "خالد"} <= names["ar"]
    assert {"דוד", "מיכל"} <= names["he"]
    assert arabic_lookup_form("فاطمة") == "فاطمه" and "ان" not in names["ar"]
    assert {"Khaled", "Mehdi"} <= names["latin"] and "Said" not in names["latin"]  # "said" is an English word


def test_a_small_town_is_a_place_only_after_a_preposition_of_place() -> None:
    from briefing_app.core.facts.gazetteer import towns
    from briefing_app.core.facts.model import SourceSentence
    from briefing_app.core.facts.places import find_named

    town = "Saratoga Springs"
    assert town in towns() and lookup(town) is None
    found = find_named([SourceSentence(0, 0, f"The mayor spoke in {town} on Monday.")], "en")
    assert [f.text for f in found.facts if f.kind == "place"] == [town]
    bare = find_named([SourceSentence(0, 0, f"{town} said nothing on Monday.")], "en")
    assert town not in [f.text for f in bare.facts if f.kind == "place"]


@pytest.mark.parametrize("village", ["Shifnal", "Aberfan", "Little Chalfont"])
def test_a_british_village_of_a_thousand_people_is_a_place_after_a_preposition_of_place(village: str) -> None:
    """British copy names its own villages ("a crash near Shifnal"): GeoNames' places of 1,000 people or more in
    Great Britain and Ireland are read as the 15,000-50,000 towns are, in context only."""
    from briefing_app.core.facts.gazetteer import towns
    from briefing_app.core.facts.model import SourceSentence
    from briefing_app.core.facts.places import find_named

    assert village in towns() and lookup(village) is None
    found = find_named([SourceSentence(0, 0, f"Two men were hurt in a crash near {village} on Friday.")], "en")
    assert [f.text for f in found.facts if f.kind == "place"] == [village]
    bare = find_named([SourceSentence(0, 0, f"{village} residents said nothing on Friday.")], "en")
    assert village not in [f.text for f in bare.facts if f.kind == "place"]


def test_shipped_hebrew_family_names_are_exactly_the_generated_ones() -> None:
    from briefing_app.core.facts.gazetteer import hebrew_family_names

    builder = _builder()
    shipped = (ROOT / "briefing_app" / "resources" / "gazetteer" / "family_names_he.tsv").read_text(encoding="utf-8")
    assert shipped == builder.build_hebrew_family_names()
    assert {"כהן", "לוי", "מזרחי"} <= hebrew_family_names()
    assert not {"חום", "ירוק"} & hebrew_family_names()  # common words, no one's family name


def test_a_governorate_named_after_its_town_reads_the_towns_arabic_and_hebrew_names() -> None:
    # pycountry gives Algeria's In Salah province no Arabic name; its town (under 50,000 people) has them.
    entry = lookup("عين صالح")
    assert entry is not None and entry.name == "In Salah"


def test_a_small_towns_one_word_arabic_name_is_not_taken_for_its_region() -> None:
    # One Arabic word is too often a common word: Yemen's Hajjah is also حجة ("pretext").
    assert lookup("حجة") is None


def test_armed_movements_of_middle_east_news_are_organisations_in_three_scripts() -> None:
    for name in ("Hayat Tahrir al-Sham", "هيئة تحرير الشام", "Polisario Front", "جبهة البوليساريو", "קבוצת ואגנר"):
        entry = lookup(name)
        assert entry is not None and entry.kind == "organisation", name
