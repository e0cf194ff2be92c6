"""Peoples and their adjectives in Latin-script news ("Danish", "Israeli", "Mexicans"), told apart from
surnames that end the same way ("Bellandi", "Petrovic"): a capitalised word that names a people is never a
person's name on its own, nor a given name before one. Also the gazetteer's place names the people
readers check against."""

from __future__ import annotations

import functools
import re

from briefing_app.core.facts.gazetteer import entries, person_names

# A people's adjective by an ending that surnames rarely have ("Danish", "Egyptian", "Chinese", "Korean",
# Danish "danske"); "-i", "-ic", "-an", "-ch" and "-sh" only with a known place behind them (`is_nationality`),
# since Italian and South Slavic surnames end so too (Bellandi, Petrovic) and so do Welsh or Bush.
NATIONALITY = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:ish|ian|ese|ean|[inrly]sk|[inrly]ske|ere)s?$")


# Peoples and their adjectives that no ending rule derives from a place name (general knowledge).
_PEOPLES = frozenset(
    "Arab Arabic Saudi German Turk Greek Swiss Dane Swede Scot Kurd Serb Croat Slovak Uzbek Tajik Kazakh Pashtun "
    "Berber Thai Azeri Emirati Hindi Farsi Bengali Punjabi Dutch French Czech Welsh Slavic Baltic Celtic Nordic "
    "Hispanic Islamic Germanic Semitic Hellenic Gaelic Asiatic Catholic Olympic Atlantic Pacific Arctic Adriatic "
    "Latino Inuit Maori Zulu Bedouin Briton Brit Finn Pole Filipino Filipina Cypriot Tamil Spaniard Argentine "
    # adjectives the name lists also hold as given names ("Irish" is one in the US census)
    "Irish English British Scottish".split()
)


@functools.cache
def is_nationality(word: str) -> bool:
    """Whether a capitalised word is a people's adjective or noun ("Danish", "Israeli", "Mexicans",
    "Icelandic"): by a telling ending (not a known given name: "Brian", "Julian"), from a known place by the
    endings English derives them with (Israel-i, Somali-a, Kenya-n, Mexic-o/an, Iceland-ic), or a
    people no place spells ("Arab", "Slavic"). A surname such as "Bellandi" or "Petrovic" is none."""
    bare = word[:-1] if word.endswith("s") and len(word) > 4 else word
    if not re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", bare):
        return False
    if bare in _PEOPLES or word in _PEOPLES:
        return True
    if bare in person_names()[0] or word in person_names()[0]:
        return False  # "Brian", "Julian", "Susan": a given name, whatever its ending
    if NATIONALITY.match(word):
        return True
    stems: list[str] = []
    if bare.endswith("i"):
        stems += [bare[:-1], bare + "a"]  # Israel-i, Somali-a
    if bare.endswith("ic"):
        stems += [bare[:-2]]  # Iceland-ic
    if bare.endswith("an"):
        stems += [bare[:-1], bare[:-2] + "o", bare[:-2], bare + "y"]  # Kenya-n, Mexic-o/an, Chile-an, German-y
    places = place_names()
    return any(stem in places for stem in stems if len(stem) > 3)


@functools.cache
def place_names() -> frozenset[str]:
    """Every spelling of a gazetteer place (not of an organisation: "Jane Roe of Oxfam" speaks for Oxfam)."""
    return frozenset(n for e in entries() if e.kind == "place" for n in e.names)


def is_nationality_phrase(words: list[str]) -> bool:
    """ "Costa Rican", "Sri Lankan", "New Zealander": two capitalised words that make a people's adjective or
    noun of a two-word place ("Costa Rica", "New Zealand")."""
    if len(words) != 2:
        return False
    last = words[1][:-1] if words[1].endswith("s") and len(words[1]) > 5 else words[1]
    stems = [last[:-1], last[:-2], last[:-2] + "a", last[:-3] + "a"] if last.endswith(("an", "er")) else []
    stems += [last[:-1], last + "a"] if last.endswith("i") else []
    places = place_names()
    return any(len(stem) > 2 and f"{words[0]} {stem}" in places for stem in stems)
