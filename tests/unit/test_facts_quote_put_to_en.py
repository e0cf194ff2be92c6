"""speaker_before: a sentence opening with a subordinator and a participle of being asked or told ("When told by
the paper that X claimed ..., she responded:") names in that clause what was put to the speaker; the speaker is the
main clause's subject after its comma, a pronoun for the one speaking before or a name. Made-up paragraphs, with near
misses that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import quotes_of

_OPENING = [
    "Mirela Vost admitted on Thursday that she had used words she regretted in the chamber.",
    "“I will own up to what I did, but not to what I did not do,” Vost told reporters.",
]


def _speakers(last: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of([*_OPENING, last])}


def test_a_person_named_in_what_was_put_to_the_speaker_is_not_the_speaker() -> None:
    speakers = _speakers(
        "When told by the Courier that Anton Belk said he felt “unwelcome” at the hearing, she responded: "
        "“I find that very hard to believe.”"
    )
    assert speakers["I find that very hard to believe."] == "Mirela Vost"
    speakers = _speakers(
        "When informed that Anton Belk had complained to the clerk, Mirela Vost replied: “He is entitled to do so.”"
    )
    assert speakers["He is entitled to do so."] == "Mirela Vost"


def test_a_clause_with_its_own_subject_keeps_its_reading() -> None:
    # "When Anton Belk complained, he added:": the fronted clause's subject is the pronoun's person, as before
    speakers = _speakers("When Anton Belk complained to the clerk, he added: “She is hiding something from us.”")
    assert speakers["She is hiding something from us."] == "Anton Belk"
    # a quote spoken by the person the question was about, named as the main clause's subject
    speakers = _speakers(
        "When asked whether Mirela Vost should resign, Anton Belk said: “That is for her party to decide.”"
    )
    assert speakers["That is for her party to decide."] == "Anton Belk"
