"""The shipped Arabic entity tagger and its two uses (people, places), on made-up sentences.

The model is trained from NewsFANE Gold by `scripts/train_entity_tagger_ar.py`; NewsFANE is not in the
repository, so no test rebuilds it. These tests check what the app relies on: the file loads through the
package with its licence note, the clitics glued to a name are cut off, the people and places finders take
what the tagger clearly reads and leave what their rules exclude.
"""

from __future__ import annotations

import gzip
import json
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import numpy as np
import pytest

from briefing_app.core.facts import entity_tagger_ar
from briefing_app.core.facts.entity_tagger import TAGS
from briefing_app.core.facts.entity_tagger_ar import glued, lookup_form, split_clitics, tag_sentence
from briefing_app.core.facts.model import SourceSentence
from briefing_app.core.facts.orgs_ar_tagged import tagged_bodies
from briefing_app.core.facts.people_ar_tagged import find_tagged_names
from briefing_app.core.facts.people_index import PeopleIndex
from briefing_app.core.facts.places_ar_tagged import tagged_places
from briefing_app.core.package_data import resource
from tests.conftest import load_script


def _found(sentence: str) -> dict[str, str]:
    return {e.text: e.type for e in tag_sentence(sentence)}


def test_the_model_loads_from_the_package_with_its_licence_note() -> None:
    model = entity_tagger_ar.model()
    assert model.weights.shape == (len(model.index), len(TAGS))
    readme = resource("entity_tagger", "README.md").read_text(encoding="utf-8")
    assert "NewsFANE" in readme and "CC BY-SA 3.0" in readme


def test_lookup_form_and_clitics() -> None:
    assert lookup_form("إسْطنبول") == "اسطنبول"
    assert lookup_form("مكتبة") == "مكتبه"
    assert split_clitics("وبالعاصمه") == ("وب", "العاصمه")
    assert split_clitics("للمدرسه") == ("ل", "المدرسه")
    assert split_clitics("ولد") == ("", "ولد")  # too short to hold a clitic and a word


@pytest.mark.parametrize(
    ("word", "cut"),
    [("والقاهرة", 1), ("بالعاصمة", 1), ("للمخرج", 2), ("وجونقلي", 1), ("لمحمود", 1), ("وليد", 0),
     ("فلاديمير", 0), ("كاليفورنيا", 0), ("باسم", 0)],
)  # fmt: skip
def test_the_clitics_cut_off_a_name(word: str, cut: int) -> None:
    assert glued(lookup_form(word)) == cut


def test_a_person_and_a_place_in_a_made_up_sentence() -> None:
    sentence = "وقال وزير الخارجية سامر الحلبي للصحفيين في عمان إن المحادثات ستستأنف الأسبوع المقبل."
    assert _found(sentence) == {"سامر الحلبي": "PER", "عمان": "LOC"}
    person = next(e for e in tag_sentence(sentence) if e.type == "PER")
    assert sentence[person.start : person.end] == person.text


def test_a_body_and_a_country() -> None:
    found = _found("أعلنت منظمة الصحة العالمية أن عدد الإصابات في نيجيريا ارتفع إلى 300 حالة.")
    assert found == {"منظمة الصحة العالمية": "ORG", "نيجيريا": "LOC"}


def test_a_glued_preposition_is_cut_off_the_name() -> None:
    found = _found("وكانت الفرقة قد غنت أغنيات لمحمود الرفاعي في حفل أقيم بالإسكندرية.")
    assert found == {"محمود الرفاعي": "PER", "الإسكندرية": "LOC"}


def test_a_sentence_without_arabic_names_gives_nothing() -> None:
    assert tag_sentence("وارتفعت الأسعار بنسبة 5 في المئة خلال الشهر الماضي.") == ()
    assert tag_sentence("") == ()


def _people(text: str) -> list[str]:
    index = PeopleIndex()
    find_tagged_names([SourceSentence(0, 0, text)], index)
    return [p.name for p in index.people]


def test_the_people_finder_takes_a_name_no_cue_introduces() -> None:
    assert _people("وكانت الفرقة قد غنت أغنيات لمحمود الرفاعي في حفل أقيم بالإسكندرية.") == ["محمود الرفاعي"]


def test_the_people_finder_leaves_names_the_index_holds_and_places() -> None:
    index = PeopleIndex()
    index.add("محمود الرفاعي", "ملحن", 0)
    find_tagged_names([SourceSentence(1, 0, "وكانت الفرقة قد غنت أغنيات لمحمود الرفاعي في حفل.")], index)
    assert [p.name for p in index.people] == ["محمود الرفاعي"]
    assert _people("أعلنت منظمة الصحة العالمية أن عدد الإصابات في نيجيريا ارتفع.") == []


def test_the_places_finder_takes_a_place_where_a_place_goes() -> None:
    text = "وصل الوفد إلى الإسكندرية مساء أمس."
    assert [name for _s, _e, name in tagged_places(text)] == ["الإسكندرية"]
    start, end, name = tagged_places(text)[0]
    assert text[start:end] == name


def _script() -> ModuleType:
    return load_script("train_entity_tagger_ar")


def test_the_training_reader_glues_clitics_back_and_keeps_three_kinds() -> None:
    text = "\n".join([
        "و\tO", "قال\tO", "رئيس\tO", "النادي\tO", "سامر\tB-Athlete", "الحلبي\tI-Athlete", "ل\tO", "الصحفيين\tO",
        "في\tO", "عمان\tB-Population-Center", "ان\tO", "ه\tO", "سعيد\tO", "\t", "ان\tO", "العرب\tB-Group",
        "ي\tO", "حبون\tO", "نادي\tB-Sports", "الشروق\tI-Sports", "\t",
    ])  # fmt: skip
    sentences = _script().read_newsfane(text)
    assert sentences[0] == (
        ["وقال", "رئيس", "النادي", "سامر", "الحلبي", "للصحفيين", "في", "عمان", "انه", "سعيد"],
        ["O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"],
    )
    assert sentences[1][1] == ["O", "O", "O", "B-ORG", "I-ORG"]  # a group of people is no named person


def test_the_bodies_finder_takes_what_the_tagger_clearly_calls_one() -> None:
    text = "وأعلن حزب الأمة القومي مقاطعته للانتخابات."
    found = tagged_bodies(text)
    assert [name for _s, _e, name in found] == ["حزب الأمة"]
    assert tagged_bodies("وارتفعت الأسعار بنسبة 5 في المئة خلال الشهر الماضي.") == []


def test_the_places_finder_leaves_a_place_in_quote_marks_or_where_no_place_goes() -> None:
    assert tagged_places('وعرضت الفرقة مسرحية " الإسكندرية " مساء أمس.') == []


def test_many_new_words_grow_the_tagger_table() -> None:
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    words = [a + b + c for a in letters[:12] for b in letters[:12] for c in letters[:12]]  # 1,728 made-up words
    sentence = " ".join(words)
    assert isinstance(tag_sentence(sentence), tuple)
    found = _found("وقال وزير الخارجية سامر الحلبي للصحفيين في عمان إن المحادثات ستستأنف الأسبوع المقبل.")
    assert found == {"سامر الحلبي": "PER", "عمان": "LOC"}


def test_two_threads_tagging_at_once_score_as_one_does() -> None:
    with resource("entity_tagger", "model_ar.json.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        data = json.load(f)
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    sentences = [[lookup_form(a + b + c) for b in letters[:10] for c in letters[:10]] for a in letters[:8]]
    alone = entity_tagger_ar.ArabicModel(data)
    expected = [alone.scores(words, range(len(words))) for words in sentences]
    shared = entity_tagger_ar.ArabicModel(data)
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda words: shared.scores(words, range(len(words))), sentences))
    for e, g in zip(expected, got, strict=True):
        assert np.allclose(e, g)
