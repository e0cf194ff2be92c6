"""What a Danish sum counts when its noun phrase or its clause says so around it: a sum inside a definite noun
phrase ("Opgørelsen af de samlede 24,3 mio. EUR fordeler sig"), and a sum after a fronted "Med" that pays for the V2
clause after it ("Med 8,2 mio. EUR vil 2 416 arbejdstagere hos X få hjælp")."""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact

# A Danish sum inside a definite noun phrase, its article and weak adjective before it, and the noun that phrase is
# a complement of: "Opgørelsen af | de samlede | 24,3 mio. EUR", "de resterende 3 mio. kr.".
_DA_SUM_INSIDE = re.compile(
    r"(?:^|[,;:]\s*|\s)((?:[\wæøåÆØÅ-]+\s+(?:af|for|til)\s+)?(?:de|det|den)\s+[a-zæøå]{3,}e)\s+$"
)


def _noun_first(rest: str) -> bool:
    """Whether the sum's own noun follows it after a preposition ("24,3 mio. kr. i støtte", "til skoler")."""
    return re.match(r"\s*(?:i|til|af|på)\s+[a-zæøå]{3,}", rest) is not None


# A Danish sum opening its sentence after "Med" (with), and the V2 clause after it: "Med | 8,2 mio. EUR | vil 2 416
# tidligere arbejdstagere hos X få hjælp".
_DA_WITH_SUM = re.compile(r"\s*Med\s+(?:(?:cirka|ca\.|omkring|knap|godt|over|næsten|yderligere)\s+)?$")
_DA_V2_REST = re.compile(r"\s*(?:vil|skal|kan|kunne|får|fik|har|havde|er|bliver|blev)\s+([^.;:()]{3,120})")


# A verb of giving with "med" and the sum: "Kommissionen vil bidrage med | mere end 34,6 mio. euro til 29 projekter":
# the sum is the contribution (what it goes to is its purpose, no noun of it).
_DA_GIVE_WITH = re.compile(
    r"\b(bidrage|bidrager|bidrog|bidraget|støtte|støtter|støttede|støttet|hjælpe|hjælper|hjalp|hjulpet|"
    r"investere|investerer|investerede|investeret|medfinansiere|medfinansierer|finansiere|finansierer)\s+med\s+"
    r"(?:(?:cirka|ca\.|omkring|knap|godt|over|næsten|yderligere|mere\s+end|op\s+til)\s+)?$"
)


def danish_sum_reading(before: str, rest: str) -> str | None:
    """The noun phrase a Danish sum heads with its article and weak adjective, else the verb of giving a sum after
    "med" is the object of, else the clause a sum after a fronted "Med" pays for (its numbers left out), else None."""
    inside = _DA_SUM_INSIDE.search(before) if not _noun_first(rest) else None
    if inside:
        return " ".join(inside.group(1).split())
    given = _DA_GIVE_WITH.search(before)
    if given:
        return given.group(1)
    done = _DA_V2_REST.match(rest) if _DA_WITH_SUM.match(before) else None
    if done:
        words = [w for w in done.group(1).split() if not re.search(r"\d", w)][:8]
        return " ".join(words) or None
    return None


# A figure that restates the one before it in other terms: "en stigning på 1,37 procent | svarende til | 370 mio. kr.",
# "..., hvilket svarer til | 5 pct."; and an inverted subject of "svarer til": "Opgjort per indbygger svarer |
# skattestigningen i X | til 5.000 kroner".
_DA_QUALIFIERS = r"(?:(?:godt|knap|cirka|ca\.|omkring|næsten|over|under|mindst|små|lidt\s+over|lidt\s+under)\s+)?"
_DA_EQUIVALENT = re.compile(rf"(?:\bsvarende|\bhvilket\s+svarer|\bdet\s+svarer)\s+til\s+{_DA_QUALIFIERS}$")
# "..., hvilket er | 2,6 milliarder kroner mere end i marts": the difference from another time of the same quantity.
_DA_WHICH_IS = re.compile(rf"\b(?:hvilket|hvad|det)\s+er\s+{_DA_QUALIFIERS}$")
_DA_MORE_THAN = re.compile(
    r"\s*(?:mia\.|milliarder|mio\.|millioner)?\s*(?:kr\.|kroner|euro)?\s*(?:procent|pct\.|procentpoint)?\s*"
    r"(?:mere|mindre|flere|færre|højere|lavere)\s+end\b"
)
_DA_EQUALS_INVERTED = re.compile(
    r"\bsvare(?:r|de)\s+((?:[a-zæøå]+\s+){0,2}?[a-zæøå]{3,}(?:en|et|ne|erne|ene))"
    rf"(?:\s+(?:i|for|på|hos|blandt)\s+[\wæøåÆØÅ-]+)?\s+til\s+{_DA_QUALIFIERS}$"
)

# A relative clause of equivalence on a definite noun: "Bøden, der svarer til | 8 mio. kr., deles af ...",
# "Beløbet, som svarer til | 4 pct. af budgettet": the figure is that noun's amount put another way.
_DA_RELATIVE_EQUALS = re.compile(
    r"(?:^|[\s(])((?:(?:[Dd]e|[Dd]et|[Dd]en)\s+[a-zæøå]{3,}e\s+[a-zæøå]{3,})|[A-ZÆØÅa-zæøå][a-zæøå-]{2,}(?:en|et|ne))"
    rf",\s+(?:der|som)\s+(?:svarer|svarede)\s+til\s+{_DA_QUALIFIERS}$"
)


# A sum put in another currency as an apposition right after a sum, set off by a comma or a bracket: "et underskud
# på 300 mio. svenske kroner, cirka 210 mio. danske kroner, i kvartalet", "400 millioner euro (cirka 3 milliarder
# kroner)". Only the currency words and a qualifier stand between them.
_DA_APPOSED_SUM = re.compile(
    r"^\s*(?:(?:mio\.|mia\.|millioner|milliarder)\s+)?(?:[a-zæøå]+\s+)?(?:kr\.|kroner|euro|dollars?|pund|franc|yen|"
    rf"EUR|DKK|USD|NOK|SEK|GBP)\s*(?:,|\()\s*{_DA_QUALIFIERS}$"
)


def _apposed_sum(before: Fact, sum_: Fact, text: str) -> bool:
    """Whether `sum_` restates the sum `before` in another currency as an apposition right after it."""
    if before.number is None or sum_.number is None or not before.number.currency or not sum_.number.currency:
        return False
    if before.number.currency == sum_.number.currency:
        return False  # "200 kroner, 300 kroner og 400 kroner": a list of sums, each its own
    return _DA_APPOSED_SUM.match(text[before.number.end : sum_.number.start]) is not None


def share_da_equivalent(numbered: list[Fact], text: str) -> None:
    """A Danish figure after "svarende til" (or "hvilket svarer til") counts what the figure before it in the sentence
    counts, the same quantity put another way (so does "hvilket er N mere end ...", its difference from another
    time); after "svarer X til" it counts X, the subject put after its verb, and after "X, der svarer til" the
    definite noun X the relative clause is on. A share of its own whole keeps its reading ("svarende til 5 pct. af
    BNP")."""
    for i, g in enumerate(numbered):
        if g.number is None:
            continue
        before, rest = text[: g.number.start], text[g.number.end :]
        if re.match(r"\s*(?:%|pct\.?|procent)?\s*af\s", rest):
            continue
        inverted = _DA_EQUALS_INVERTED.search(before)
        if inverted:
            g.counts = inverted.group(1)
            continue
        relative = _DA_RELATIVE_EQUALS.search(before[-80:])
        if relative:  # ("Bøden, der svarer til 8 mio. kr.": the fine, no figure before it to share)
            g.counts = relative.group(1)
            continue
        earlier = [(f.counts, f.number.end) for f in numbered[:i] if f.counts and f.number is not None]
        if i and numbered[i - 1].counts and _apposed_sum(numbered[i - 1], g, text):
            g.counts = numbered[i - 1].counts  # ("2,5 mia. norske kroner, omkring 1,9 mia. danske kroner")
        elif earlier and _DA_EQUIVALENT.search(before) and g.number.start - earlier[-1][1] < 80:
            g.counts = earlier[-1][0]
        elif earlier and _DA_WHICH_IS.search(before) and _DA_MORE_THAN.match(rest):
            g.counts = earlier[-1][0]  # ("35,6 mia. kr. i april, hvilket er 2,6 mia. kr. mere end i marts")


# A sum "til at"/"på at" and an infinitive, with no reading of its own: what it pays for ("19,1 mia. kr. til at bygge
# og renovere").
_DA_FOR_DOING = re.compile(
    r"\s*(?:kr\.|kroner|euro|EUR|DKK)?\s*(?:ekstra\s+)?(?:til|på)\s+(at\s+[a-zæøå]{2,}(?:\s+(?:og|eller)\s+[a-zæøå]{2,})?"
    r"(?:\s+(?!og\b|eller\b|men\b|når\b|fordi\b|hvis\b)[a-zæøå][\wæøå-]*){0,3})"
)


def danish_for_doing(rest: str) -> str | None:
    """The infinitive a Danish sum pays for when it follows "til at"/"på at", else None."""
    m = _DA_FOR_DOING.match(rest)
    return " ".join(m.group(1).split()) if m else None


# A transitive verb of change, its object and "med"/"til" (or "fra ... til") before the figure: "hæve skatten med",
# "har sænket grundskylden til", "øger budgettet med", "hævet beløbet fra 20 til" (not "hæve med 8 mio.", which has
# no object).
_DA_CHANGED_OBJECT = re.compile(
    r"\b(?:hæve[rt]?|hævede|sænke[rt]?|sænkede|øge[rt]?|øgede|forhøje[rt]?|forhøjede|reducere[rt]?|reducerede|"
    r"nedsætte[r]?|nedsatte|nedsat|beskære[r]?|beskar|beskåret|"
    # (a verb and its particle around the object: "har trukket betalingsbalancen ned med 5,6 mia. kr.")
    r"trække[r]?|trak|trukket|sende[r]?|sendte|sendt|skubbe[r]?|skubbede|skubbet|"
    # (a forecast or an estimate revised or made: "nedjusterede sin vækstprognose til 1,25 procent", "politiet
    # anslog tallet til 12.000"; with a day's adverb after the verb and a year's "for i år" after the object)
    r"nedjustere[rt]?|nedjusterede|opjustere[rt]?|opjusterede|anslå[r]?|anslog|anslået|"
    # (a value written down or up in accounts: "har nedskrevet værdien af forretningen med 2 mia. kr.")
    r"nedskrive[r]?|nedskrev|nedskrevet|opskrive[r]?|opskrev|opskrevet)\s+"
    r"(?:(?:samtidig|nu|igen|også|dog|derfor)\s+)?"
    r"((?:(?:den|det|de|sin|sit|sine|deres|hele)\s+)?(?:[a-zæøå]+\s+)?[a-zæøå]{3,})\s+"
    # (a complement of the object: "værdien af den danske forretning", "prisen på mælk", "rammen for lån")
    r"(?:(?P<of>(?:af|på|for)\s+(?:[a-zæøå]+\s+){0,3}?[a-zæøå]{3,})\s+)?"
    r"(?:for\s+(?:i\s+år|næste\s+år|\d{4})\s+)?(?:(?:ned|op)\s+)?(?:med|til|"
    # (both ends of a change of the object: "har sænket tilskuddet fra | 14 til | 9 mia. kr.")
    rf"fra|fra\s+{_DA_QUALIFIERS}\d[\d.,]*(?:\s+(?:mia\.|mio\.|milliarder|millioner))?"
    r"(?:\s+(?:kr\.|kroner|euro|dollars?|procent|pct\.))?\s+til)\s+"
    rf"(?:samlet\s+|i\s+alt\s+)?{_DA_QUALIFIERS}$"
)
_DA_NOT_OBJECTS = {"med", "til", "ikke", "også", "nu", "igen", "kun", "samlet", "derfor", "dermed", "allerede",
                   "ned", "op"}  # fmt: skip


def danish_changed_object(before: str) -> str | None:
    """The object a Danish verb of change changes by or to the figure ("hæve skatten med 90 mio. kr." -> "skatten"),
    else None."""
    m = _DA_CHANGED_OBJECT.search(before[-80:])
    if not m:
        return None
    words = [w for w in m.group(1).split() if w not in ("den", "det", "de", "sin", "sit", "sine", "deres", "hele")]
    if len(words) > 1 and words[-1] in ("ned", "op"):  # ("trukket betalingsbalancen ned med": the particle)
        words = words[:-1]
    if not words or any(w in _DA_NOT_OBJECTS for w in words):
        return None
    return f"{' '.join(words)} ({m.group('of')})" if m.group("of") else " ".join(words)


# A part of a group opening its sentence: "To af dem blev reddet ud" after "16 beboere måtte evakueres".
_DA_PART_OF_THEM = re.compile(r"\s+af\s+dem\b")
_DA_PART_DEED = re.compile(
    r"\s+(?:blev|bliver|er|var|har|havde)\s+(?:(?:blevet|været)\s+)?([a-zæøå]{3,}(?:et|t|ede|en))\b"
)


def danish_part_of_them(text: str, start: int, end: int, counts: str | None, previous: list[Fact]) -> str | None:
    """What "N af dem" opening a sentence counts: the group the sentence before counted in a figure ("beboere"),
    with what befell the part ("reddet"), rather than the pronoun "dem"."""
    part = _DA_PART_OF_THEM.match(text, end)
    if part is None or text[:start].strip() or not previous:
        return counts
    group = next((f.counts for f in reversed(previous) if f.counts and f.unit is None), None)
    head = group.split()[0] if group else None
    if head is None or not re.fullmatch(r"[a-zæøå]{3,}", head):
        return counts
    deed = _DA_PART_DEED.match(text, part.end())
    return f"{head} ({deed.group(1)})" if deed else head


# Ages told of a noun with "på" or a relative "der er", one or several ("to mænd på henholdsvis 24 og 39 år", "de to
# mænd, der er henholdsvis 23 og 28 år", "en kvinde på 81 år"): the years are the noun's age.
_DA_AGE_HOLDER_BEFORE = re.compile(
    r"(?<![\wæøå])([A-ZÆØÅa-zæøå][a-zæøå]{2,})(?:\s+på|\s*,\s*(?:der|som)\s+(?:er|var|nu\s+er))\s+(?:henholdsvis\s+|hhv\.\s+)?"
    r"(?:\d{1,3}\s*(?:,|og)\s*)*$"
)
_DA_YEARS_AFTER = re.compile(r"(?:\s*(?:,|og)\s*\d{1,3})*\s+år\b(?!\s+(?:siden|efter|før|senere|tidligere|i\s))")
# (a person: "en kontrakt på 5 år", "en bygning på 200 år" are spans and ages of things, no person's age)
_DA_PERSON = re.compile(
    r"(?:mand|mænd|kvind|person|dreng|pige|barn|børn|teenager|fører|bilist|cyklist|fodgænger|patient|borger|dansker|"
    r"søn|døtre|datter|bror|brødre|søster|mor|far|fædre|mødre|elev|student|pensionist|sigted|tiltalt|anholdt|offer|"
    r"ofre|ægtepar|dame|herre|fyr|gerningsm|røver|tyv|beboer|lærer|læge|betjent|soldat)",
    re.IGNORECASE,
)


def danish_listed_age(text: str, start: int, end: int, counts: str | None) -> str | None:
    """The age of the noun a Danish "på N år" or ", der er N år" follows, also in a list with "henholdsvis"."""
    holder = _DA_AGE_HOLDER_BEFORE.search(text[:start])
    if holder is None or not _DA_PERSON.match(holder.group(1)) or not _DA_YEARS_AFTER.match(text, end):
        return counts
    return f"age ({holder.group(1)})"


# A part out of a whole fronted before a V2 verb: "Ud af 296 ansøgninger er | 94 blevet godkendt", "Ud af de 18
# kommuner har | 12 sagt ja": the part counts the whole's noun.
_DA_OUT_OF_FRONTED = re.compile(
    r"(?:^|[,;:]\s*)[Uu]d\s+af\s+(?:(?:de|disse|i\s+alt)\s+)?[\d.,]+\s+((?:[a-zæøå-]+\s+){0,1}[a-zæøå-]{3,})\s+"
    r"(?:er|var|blev|bliver|har|havde|fik|får|kan|vil|skal)\s+(?:(?:kun|blot|nu|altså|dog)\s+)?$"
)


def danish_out_of_fronted(before: str) -> str | None:
    """The whole's noun of a Danish "Ud af N X" fronted before the verb and the figure, else None."""
    m = _DA_OUT_OF_FRONTED.search(before)
    return m.group(1) if m else None
