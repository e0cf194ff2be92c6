"""Round 55, English sport and showbiz quotes: who speaks when the attribution does not name them outright. Three
shapes, written here with made-up sentences.

- speaker_quote_middles: a quotation of several sentences whose middle sentence names someone with no quote mark
  of its own ("... pushed others like Benson to come out. ..."): that person is spoken of, and a later "The
  Canadian then spoke ...:" or a bare quote goes back past them to the one introduced before the quotation.
- speaker_subjects: "The Dunmore boss pointed out that ... Rob Benson ...": "boss" and "skipper", sport copy's
  words for a manager and a captain, head a description subject; the names after it are spoken of.
- speaker_after: '"...," Venn's statement, released on Friday, said.': a document owned by a name, with a participle
  aside before the verb, is its owner's.
"""

from __future__ import annotations

from briefing_app.core.facts.speaker_after import speaker_named_after
from briefing_app.core.facts.speaker_quote_middles import quote_middles
from briefing_app.core.facts.speaker_subjects import unnamed_subject_end
from tests.unit.facts_helpers import quotes_of


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in quotes_of(paragraphs)]


def test_a_name_in_the_middle_of_a_quotation_is_no_antecedent() -> None:
    said = _speakers(
        [
            "Harbour sprint reaction",
            "The new sprint champion, Tom Arkwright, gave his view on the final:",
            '"It felt unreal tonight. Mike did so much for the event and pushed others like Benson to keep going. '
            'I managed to edge it."',
            "The Canadian then spoke about the noise from the stands:",
            '"It is not about the noise. I kept my focus for the final."',
            "Runner-up Rob Benson of Canada described the evening:",
            '"It is a big night for me."',
        ]
    )
    assert said == ["Tom Arkwright", "Tom Arkwright", "Rob Benson"]


def test_quote_middles_marks_only_unmarked_sentences_inside_a_closed_quotation() -> None:
    texts = {
        0: "Ann Roe spoke after the match:",
        1: '"It felt unreal.',
        2: "Tom Lee pushed everyone to the end.",
        3: 'I managed it," she said.',
        4: "Tom Lee won the second race.",
        5: '"A great day.',
        6: "We go again next week.",
        7: '"And we will win," Roe said.',
    }
    # 2 is inside the first quotation and 6 inside the second, which a new paragraph's opening mark keeps open;
    # 4 is narration between the two
    assert quote_middles(texts) == frozenset({2, 6})
    # a quotation left open by a stray mark marks nothing
    assert quote_middles({0: '"It felt unreal.', 1: "Tom Lee won again.", 2: "The crowd cheered."}) == frozenset()
    # straight marks: a closing mark after a full stop ends it; the next narration is outside
    assert quote_middles({0: '"One.', 1: "Two Roe.", 2: 'Three," Lee said.', 3: "Roe left."}) == frozenset({1})


def test_near_miss_narration_between_quotes_still_gives_the_antecedent() -> None:
    said = _speakers(
        [
            "Harbour sprint reaction",
            '"It felt unreal tonight," said Tom Arkwright.',
            "Rob Benson, second in the final, praised the crowd.",
            '"They carried us home," he said.',
        ]
    )
    assert said == ["Tom Arkwright", "Rob Benson"]


def test_a_boss_description_subject_passes_back_to_the_one_named_before() -> None:
    said = _speakers(
        [
            "Kessing title reaction",
            "Tom Arkwright won three trophies at Kessing before he left for Dunmore last year.",
            "The Dunmore boss stressed that in a hard season Rob Benson and the squad had earned the cup.",
            'Speaking about the title, the Canadian said: "I love that club."',
        ]
    )
    assert said == ["Tom Arkwright"]
    assert unnamed_subject_end("The Dunmore boss pointed out that Rob Benson had won.", "") is not None
    assert unnamed_subject_end("The skipper admitted Rob Benson was unlucky.", "") is not None


def test_near_miss_a_non_role_head_is_no_description_subject() -> None:
    assert unnamed_subject_end("The Dunmore squad pointed out that Rob Benson had won.", "") is None
    # a name after the description is the subject itself
    assert unnamed_subject_end("The Dunmore boss Rob Benson pointed out that Tom Lee had won.", "") is None


def test_an_owned_statement_with_a_participle_aside_is_its_owners() -> None:
    assert speaker_named_after(" Venn’s statement, released on Saturday 12 May, said.", "en") == "Venn’s statement"
    said = _speakers(
        [
            "Carla Venn quits the show",
            "Carla Venn has quit the quiz show after ten years.",
            "The presenter, 52, leaves after reports of a rift with her co-host Dana Pike.",
            "“I have always tried to be kind on screen,” Venn’s statement, released on Saturday 12 May, said.",
        ]
    )
    assert said == ["Carla Venn"]


def test_near_miss_an_owned_person_noun_is_not_read_as_a_document() -> None:
    # an agent is someone else than the one who owns them: not this shape's
    assert speaker_named_after(" Venn’s agent, speaking on Friday, said.", "en") != "Venn’s agent"
