"""Parts of a Hebrew speaker mention that name no one, for `speakers_rtl.hebrew_mention`.

* "and" glued to a second verb of saying after the subject ('הוסיפה המנהלת והבהירה כי'): no name "והבהירה";
* a relative clause of place set off by commas before the verb ('בריאיון מבית החולים X, לשם פונתה, אמרה כי'):
  "where she was taken" has its own verb and no subject that speaks;
* an adjunct in commas after the subject, before a colon with no verb ('יו"ר X Y, בהתייחסות למאמצים, כולל
  בשעות האלו: "..."'): the clause's opening subject speaks, not the words right before the colon.
"""

from __future__ import annotations

import re

from briefing_app.core.facts.gazetteer import hebrew_family_names
from briefing_app.core.facts.people_he import he_given, opens_adjunct
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.reporting_verbs import HE_SPEECH

# Adverbs and pronouns of place that open a relative clause set off by commas ("לשם פונתה", "שם נפצע", "אליו
# הגיע"): the clause has its own verb and no subject that speaks.
WHERE_TO = frozenset({"לשם", "משם", "שם", "אליו", "אליה", "אליהם", "ממנו", "ממנה", "שאליו", "שאליה", "שבו", "שבה"})


def and_said(word: str) -> bool:
    """ "ו" glued to a verb of saying ("והבהירה", "וטענה"): a second verb, no name."""
    return len(word) > 3 and word[:1] == "ו" and re.fullmatch(HE_SPEECH, word[1:]) is not None


def adjunct_before_colon(people: PeopleIndex, words: list[str], within: str) -> bool:
    """The mention is the last comma-part of the clause, a preposition's or an adverb's phrase (opens_adjunct)
    naming nobody the article names, and a colon follows it (the quote's introduction has no verb)."""
    last = re.search(r",\s*([^,:]*?)\s*:\s*[\"“„״]?\s*$", within or "")
    if not words or last is None or [w.strip(",.:") for w in last.group(1).split()] != words:
        return False  # (the mention must be those words: 'X חתמו על עצומה, ופירטו:' gives X, its subject)
    if people.find(" ".join(words)) is not None or he_given(words[0]) or words[0] in hebrew_family_names():
        return False
    return opens_adjunct(words) and not re.search(HE_SPEECH, " ".join(words))
