"""Numbers that are part of a name the article repeats ("Windows 7", "فوياجر 1"): no figures.
Split out of `figures`."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# What the age readers write for a number read as an age: "age", "age (בני)", "בן (age)", "عمر (age)".
_AGE_READ = re.compile(r"^age\b|\(age\)")


_WITHOUT_NUMBERED_NAMES_RE1 = re.compile(r"\d{1,3}")


def without_numbered_names(figures: list[Fact], texts: dict[int, str]) -> list[Fact]:
    """Drop numbers that are part of a name the article repeats: the same word before the same small
    number in two or more sentences, followed by different words ("فوياجر 1 تجتاز ... فوياجر 1 قد",
    "Windows 7 is ... Windows 7 was"). A reported figure repeated (a headline and its lede: "مقتل 5
    أشخاص" twice) keeps what it counts after it, so it stays."""
    seen: dict[tuple[str, str], list[tuple[int, str]]] = {}
    key_of: dict[int, tuple[str, str]] = {}  # id of a figure -> (the word before it, its digits)
    unread: set[tuple[str, str]] = set()  # keys with an occurrence that does not count the word after it
    read: set[tuple[str, str]] = set()  # keys with an occurrence that counts the word after it
    for f in figures:
        n = f.number
        if n is None or n.spelled or not _WITHOUT_NUMBERED_NAMES_RE1.fullmatch(n.text) or f.unit is not None:
            continue
        if f.qualifier:
            continue  # "Fines Over 40 Firms ... over 40 Danish firms": a qualified number is a quantity, no name's
        text = texts[f.sentence]
        if (f.counts or "").startswith("age") and re.search(r",\s*$", text[: n.start]):
            # "Aurel Irimia, 46, jailed" then "Aurel Irimia, 46, of Cortez Close": an age set off by a comma is
            # told of the person each time; a name's number is written against it ("Windows 7")
            continue
        if _AGE_READ.search(f.counts or ""):
            # "גבר כבן 50 נפצע" in the lede and "ראינו גבר כבן 50 מחוסר הכרה" in the medic's words: an age read
            # after "aged" (בן, בת, כבני, عمر) is told of a person each time, never a name's number
            continue
        before = re.findall(r"[^\W\d_][\w'’-]*", text[: n.start])
        after = re.findall(r"[^\W\d_][\w'’-]*", text[n.end :])
        # (a Latin word must have a capital to be a name's: "killed 46 wounded" in a headline and "killed, 46
        # other wounded" in its lede are one figure told twice, not a name)
        latin_lower = bool(before) and re.fullmatch(r"[a-zæøåé'’-]+", before[-1]) is not None
        if before and len(before[-1]) >= 3 and not latin_lower:
            key_of[id(f)] = (before[-1].lower(), n.text)
            seen.setdefault(key_of[id(f)], []).append((f.sentence, after[0].lower() if after else ""))
            if not (after and f.counts and f.counts.split()[0].lower() == after[0].lower()):
                unread.add(key_of[id(f)])
            elif re.fullmatch(r"[وف]?(?:آخرين|آخرون|اخرين|اخرون|أخرى|آخر)", after[0]) or re.search(r"ة$", before[-1]):
                # (others after it, or a verbal noun in -ة before it: "وإصابة 9 آخرين"; not a name and its object,
                # "ويحمل كاسيني 2 أجهزة", nor a verb or preposition after a name, "فوياجر 1 تجتاز | لحافة")
                read.add(key_of[id(f)])
    names = {
        key
        for key, where in seen.items()
        if len({sentence for sentence, _ in where}) >= 2
        and len({word for _, word in where}) >= 2
        and not any(re.search(r"[\u0621-\u064a]ا$", word) for _, word in where)  # "14 نائبا", "14 عضوا": counted
        # (a headline and its lede telling one count with two nouns, "تسجيل 7 وفيات" and "تسجيل 7 حالات وفاة": each
        # time the noun after the number is what it counts; a name's number leaves it once, "فوياجر 1 قد")
        and key in unread
        # (a headline "مصرع شخص وإصابة 9 في حادث" and its lede "وإصابة 9 آخرين": once the number counts the noun
        # after it, it is a count told twice; a name's number never counts the word after it)
        and key not in read
    }
    figures = [f for f in figures if key_of.get(id(f)) not in names] if names else figures
    return _without_versions(figures)


_WITHOUT_VERSIONS_RE1 = re.compile(r"\d{1,3}\.\d{1,2}")


def _without_versions(figures: list[Fact]) -> list[Fact]:
    """Drop a bare decimal the article repeats in three or more sentences with no unit, no currency and no
    qualifier ("iOS 17.4" in every paragraph): a version or model number, not a measure, which would carry
    its unit or its noun each time it is reported ("3.5%", "a magnitude 7.5 quake")."""
    sentences: dict[str, set[int]] = {}
    for f in figures:
        n = f.number
        if n is not None and not n.spelled and _WITHOUT_VERSIONS_RE1.fullmatch(n.text) and f.unit is None:
            # (a quake's magnitude is a measure however often it is told: "a 7.2 magnitude earthquake")
            if not f.qualifier and not n.currency and "magnitude" not in (f.counts or "").lower():
                sentences.setdefault(n.text, set()).add(f.sentence)
    versions = {text for text, where in sentences.items() if len(where) >= 3}
    if not versions:
        return figures
    return [f for f in figures if f.number is None or f.unit is not None or f.number.text not in versions]
