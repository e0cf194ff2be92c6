"""quote_replies_en: in an exchange of quotes, a reply attributed after it to a pronoun or a description ("she
replied", "the barrister asked") is not spoken by the one who spoke the quote right before it: it is the other
party's, the one that quote was said to, else the last other person quoted. Made-up paragraphs, with near misses
that keep their old reading."""

from __future__ import annotations

from tests.unit.facts_helpers import quotes_of


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(["Local news", *paragraphs])}


def test_a_pronoun_reply_goes_to_the_one_addressed() -> None:
    speakers = _speakers(
        "Bram Hallam lost his son in the fire at the Kestle mill last spring, the inquest in Tolworth heard.",
        "“You cannot rule out that the gate was left open,” Mr Hallam said to Sergeant Rob Abney.",
        "“No, we cannot,” he replied.",
    )
    assert speakers["You cannot rule out that the gate was left open"] == "Bram Hallam"
    assert speakers["No, we cannot"] == "Rob Abney"


def test_a_described_turn_goes_to_the_other_party() -> None:
    speakers = _speakers(
        "Counsel Petra Quill questioned the depot manager, Oskar Brandt, about the missing invoices.",
        "“Who signed these forms?” Quill asked. “I signed some of them,” Brandt said. "
        "“Why did you sign them?” the barrister asked.",
    )
    assert speakers["Who signed these forms?"] == "Petra Quill"
    assert speakers["I signed some of them"] == "Oskar Brandt"
    assert speakers["Why did you sign them?"] == "Petra Quill"


def test_an_introduced_answer_and_a_named_one_keep_their_speaker() -> None:
    speakers = _speakers(
        "Coach Dan Ferro said the squad was ready for the final.",
        "“We will win on Saturday,” Ferro said. Asked about his knee, he replied: “It is fine.”",
    )
    assert speakers["It is fine."] == "Dan Ferro"
    speakers = _speakers(
        "Coach Dan Ferro said the squad was ready for the final.",
        "“We will win on Saturday,” Ferro said. “The knee is fine,” Ferro replied.",
    )
    assert speakers["The knee is fine"] == "Dan Ferro"


def test_a_reply_after_narration_is_not_read_as_a_turn() -> None:
    speakers = _speakers(
        "Coach Dan Ferro and his captain, Ivo Marek, spoke after training.",
        "“The captain will play,” Ferro said to Marek. The club confirmed the news on its website later. "
        "“We have no worries,” he replied.",
    )
    assert speakers["We have no worries"] != "Ivo Marek"
