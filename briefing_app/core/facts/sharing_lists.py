"""What the figures of a list or of parallel phrases share (English and Danish), after `sharing`:

- a list of bare numbers whose last member names the noun: "daily totals of 37, 16, 13, and 3 complaints",
  "were 272, 298 and 225" (each counts what the last one does);
- a parallel "with N" after a figure with its noun: "September 29 with 15 complaints and September 28 with 23";
- a holder's bare count after another holder's counted one, as rankings and league tables give them: "X has 12
  complaints, while Y and Z have 4 each", "X leads with 310 complaints, followed by Y with 204 and Z with 97".
"""

from __future__ import annotations

import re

from briefing_app.core.facts.model import Fact
from briefing_app.core.facts.sharing import age_limit, own_noun

# Between two members of a list of numbers: a comma, "and"/"or", or both ("37, 16, 13, and 3").
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or|og|eller)\s+)?|\s+(?:and|or|og|eller)\s+")
# A parallel phrase with "with" and a bare number: "... and September 28 with | 23".
_WITH_GAP = re.compile(r"[^,;:()]{0,40}?\b(?:and|while|whereas|og)\s+[^,;:()]{1,40}?\s+(?:with|med)\s+$", re.IGNORECASE)

# A holder's bare count after another holder's: "..., while Y and Z have | 4 each", ", followed by Y with | 204",
# and the gapped clause of results and tables, with no verb: "Labour won 355 seats, the Conservatives | 198".
_HOLDER_GAP = re.compile(
    r"[^;:()]{0,80}?(?:(?:,\s*|\s)(?:and|while|whereas|but|followed\s+by|ahead\s+of|then|og|mens)\s+|,\s*with\s+|,\s*)"
    r"(?:the\s+)?(?P<holder>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|&|of))*)"
    # (a table's place may stand between the holder and its count: ", with Y second on | 240 and Z third on | 199")
    r"(?:\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last)"
    r"(?=\s+(?:on|with)\s))?"
    # (or the holder's own verb: "..., while The Aviator took | three")
    r"(?:\s+(?:with|on|have|has|had|having|each\s+have|both\s+have|med|har|havde|[a-z]{3,}(?:ed|ook|on|ew|ot)))?\s+$"
)
# The unit word written right after a measure's number: "28mm", "25 millimetres", "31C", "14 km/h".
_UNIT_WORD = re.compile(r"\s*(?:°\s*)?[A-Za-z]{1,12}(?:/[A-Za-z]{1,4})?\.?(?=[\s,.;:)]|$)")
# A share of a named whole: "52% of the vote", "40 per cent of seats".
_SHARE_OF = re.compile(r"\s*(?:%|percent|per\s*cent|procent)\s+(?:of|af)\s", re.IGNORECASE)
# What may follow such a bare count: "each", "apiece", the clause's end or the next holder.
_BARE_END = re.compile(
    r"\s*(?:%|percent|per\s*cent|procent)?\s*(?:each|apiece|hver|hver\s+især)?\s*"
    r"(?:[,.;:)]|$|\s+(?:and|while|but|og|mens)\b)",
    re.I,
)


def share_lists(facts: list[Fact], text: str, lang: str) -> None:
    """Give the members of a list of numbers the noun its last member names, and a parallel "with N" what the
    "with N" before it counts."""
    if lang not in ("en", "da"):
        return
    run: list[Fact] = []
    for i, f in enumerate(facts):
        g = facts[i + 1] if i + 1 < len(facts) else None
        linked = (
            g is not None
            and f.number is not None
            and g.number is not None
            and f.unit == g.unit
            and f.number.currency == g.number.currency
            and _LIST_GAP.fullmatch(text[f.number.end : g.number.start]) is not None
            and not own_noun(f, text, lang)
            and not age_limit(f, text)  # ("children under the age of 10, three adults": an age limit, no member)
        )
        if linked:
            run.append(f)
            continue
        if run and f.counts and own_noun(f, text, lang):
            for member in run:
                member.counts = f.counts  # "37, 16, 13, and 3 complaints": 37 complaints
        run = []
    shared: set[int] = set()
    for f, g in zip(facts, facts[1:], strict=False):
        assert f.number is not None and g.number is not None
        named = id(f) in shared or own_noun(f, text, lang) or _SHARE_OF.match(text, f.number.end) is not None
        gap = text[f.number.end : g.number.start]
        # (a measure's unit may stand between the bare count and the end: "Epping received 30mm of rain,
        # Hurstbridge 28mm and Kew 25mm": rain, each place's)
        unit_end = _UNIT_WORD.match(text, g.number.end) if g.unit is not None and f.unit == g.unit else None
        bare_end = _BARE_END.match(text, unit_end.end() if unit_end else g.number.end)
        holder = _HOLDER_GAP.fullmatch(gap) if bare_end else None
        # (a holder read as what the bare count counts says the earlier reading is the one to share: "Sales rose 4%
        # in the UK and Germany 2%")
        # (not a subject that may itself be a holder: "Acme gained 12 percent and Globex 30 percent" is Globex's)
        common = f.counts is not None and re.search(r"(?:^|\s)[a-z]", f.counts.split(" (")[0]) is not None
        named = named or (holder is not None and common and (g.counts or "") in ("", holder.group("holder")))
        if f.counts and f.unit == g.unit and named and not own_noun(g, text, lang):
            if holder:  # "X has 12 complaints, while Y has 4 each", "X won 355 seats, Y 198": the same noun, Y's
                g.counts = f"{f.counts.split(' (')[0]} ({holder.group('holder')})"
                shared.add(id(g))
            elif _WITH_GAP.fullmatch(gap):
                # "September 29 with 15 complaints and September 28 with 23", "36 complaints were recorded and
                # February 23 with 14": the same noun, left out
                g.counts = f.counts
                shared.add(id(g))



# Coordinated nouns before a run of figures that "respectively" pairs with them: "Sales and profits rose by 8% and
# 11%, respectively", "Kelso and Pryce scored 12 and 7 goals respectively".
_PAIR = re.compile(r"\b([A-Za-z][\w'’-]+)\s+and\s+([A-Za-z][\w'’-]+)\b(?=[^,;:]*$)")
_TRIPLE = re.compile(r"\b([A-Za-z][\w'’-]+),\s+([A-Za-z][\w'’-]+),?\s+and\s+([A-Za-z][\w'’-]+)\b(?=[^,;:]*$)")
# Named subjects opening the sentence, the run far after them past a comma: "Harwick and Tolland Mining led the fallers
# on the day, ending down 1.2% and 2.4% respectively" (names only: a common noun there may be a mere topic).
_NAME = r"(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*"
_OPENING_PAIR = re.compile(rf"\s*(?:The\s+)?({_NAME})\s+and\s+({_NAME})\s+(?:were|are|was|is|had|have|both)\b")
_RESPECTIVELY = re.compile(r"\s*(?:%|percent|per\s+cent)?(?:\s+[a-z]+)?\s*,?\s+respectively\b")


def share_respectively(facts: list[Fact], text: str, lang: str, stop: set[str]) -> None:
    """Pair the figures of a run that ends in "respectively" with the coordinated nouns before it, in order; `stop`
    holds the function words no such noun can be."""
    if lang == "da":
        _share_hhv(facts, text, stop)
        return
    if lang != "en" or "respectively" not in text:
        return
    for i, f in enumerate(facts):
        if f.number is None or not _RESPECTIVELY.match(text, f.number.end):
            continue
        run = [f]
        for e in reversed(facts[:i]):
            assert run[0].number is not None
            if e.number is None:
                break
            gap = re.sub(r"^\s*(?:%|percent|per\s+cent)", "", text[e.number.end : run[0].number.start])
            gap = re.sub(r"(?:US\$|C\$|A\$|[$£€¥])$", " ", gap)  # "$1.2 billion and | $8.4 billion"
            if not _LIST_GAP.fullmatch(gap):
                break
            run.insert(0, e)
        if len(run) not in (2, 3) or run[0].number is None:
            continue
        before = text[: run[0].number.start]
        m = (_TRIPLE if len(run) == 3 else _PAIR).search(before)
        far = _OPENING_PAIR.match(before) if m is None and len(run) == 2 else None
        if far is not None:
            for member, g in zip(far.groups(), run, strict=True):
                g.counts = member  # each figure is its named subject's, whatever the far clause read
            continue
        if m is None or any(w.lower() in stop for w in m.groups()):
            continue
        members = list(m.groups())
        modifier = re.search(r"\b([A-Za-z][\w'’-]+)\s+$", before[: m.start()]) if len(run) == 2 else None
        if modifier and modifier.group(1).lower() not in stop and members[0].islower():
            # "Net income and revenue were", "Its operating profit and revenue": the first noun's modifier
            lead = before[: modifier.start()]
            opened = not lead.strip() or re.search(r"\b(?:the|its|their|[Tt]he|[Ii]ts|[Tt]heir)\s+$", lead)
            members[0] = f"{modifier.group(1)} {members[0]}" if opened else members[0]
        held = re.search(r"\b([A-Za-z][\w'’-]+)\s+(in|at|for|from|of|across)\s+(?:the\s+)?$", before[: m.start()])
        if held and held.group(1).lower() not in stop and not members[0][:1].islower():
            # "Sales in Europe and Asia rose 7% and 12% respectively": the noun the places are a complement of
            members = [f"{held.group(1)} {held.group(2)} {member}" for member in members]
        for member, g in zip(members, run, strict=True):
            base = (g.counts or "").split(" (")[0]
            named = not base or base.lower() in {x.lower() for x in [*members, *m.groups()]}
            g.counts = member if named else f"{base} ({member})"  # "Sales" for 8%; "goals (Kelso)" for 12


# Danish puts "respectively" before the run: "Ledigheden for mænd og kvinder steg til | hhv. | 2,7 og 2,4 pct.".
_HHV_BEFORE = re.compile(r"(?:hhv\.|henholdsvis)\s*$")
_DA_PAIR = re.compile(r"\b([^\W\d_][\w'’-]+)\s+og\s+([^\W\d_][\w'’-]+)\b(?=[^,;:]*$)")
_DA_TRIPLE = re.compile(
    r"\b([^\W\d_][\w'’-]+),\s+([^\W\d_][\w'’-]+),?\s+og\s+([^\W\d_][\w'’-]+)\b(?=[^,;:]*$)"
)


def _share_hhv(facts: list[Fact], text: str, stop: set[str]) -> None:
    """Pair a Danish run of figures after "hhv."/"henholdsvis" with the coordinated nouns before it: each figure keeps
    what the run counts and names its member ("Ledigheden (mænd)", "Ledigheden (kvinder)")."""
    for i, f in enumerate(facts):
        if f.number is None or not _HHV_BEFORE.search(text[: f.number.start]):
            continue
        run = [f]
        for g in facts[i + 1 :]:
            assert run[-1].number is not None
            if g.number is None:
                break
            gap = re.sub(r"^\s*(?:%|pct\.?|procent)", "", text[run[-1].number.end : g.number.start])
            if not _LIST_GAP.fullmatch(gap):
                break
            run.append(g)
        if len(run) not in (2, 3):
            continue
        before = _HHV_BEFORE.sub("", text[: f.number.start])
        m = (_DA_TRIPLE if len(run) == 3 else _DA_PAIR).search(before)
        if m is None or any(w.lower() in stop for w in m.groups()):
            continue
        for member, g in zip(m.groups(), run, strict=True):
            base = (g.counts or "").split(" (")[0]
            g.counts = f"{base} ({member})" if base and base.lower() != member.lower() else member
