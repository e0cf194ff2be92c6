"""The reporting-verb lexicon every facts reader imports: the forms it spells and the readers that share it."""

from __future__ import annotations

import re

import pytest

from briefing_app.core.facts import people, reporting_verbs
from briefing_app.core.facts.reporting_verbs import AR_SPEECH, HE_SPEECH, SPEECH_VERBS, da, en


def test_english_forms_lemma_by_lemma() -> None:
    assert en("say add", "past s") == "said|says|added|adds"
    assert en("tell", "past ing s") == "told|telling|tells"
    assert en("read", "base s") == "read|reads"


def test_danish_forms() -> None:
    assert da("sige tilføje", "present past") == "siger|sagde|tilføjer|tilføjede"


def test_unknown_lemma_or_form_is_an_error() -> None:
    with pytest.raises(KeyError):
        en("mumble", "past")
    with pytest.raises(KeyError):
        da("sige", "future")


def test_the_people_finder_reads_the_same_lists() -> None:
    # one spelling: the people finder re-exports the lexicon's objects, it keeps no copy of its own
    assert people.SPEECH_VERBS is SPEECH_VERBS
    assert people.AR_SPEECH is AR_SPEECH
    assert people.HE_SPEECH is HE_SPEECH


def test_every_inflected_english_form_is_a_speech_verb_or_a_document_verb() -> None:
    # the forms table and the full list must not drift apart for the verbs of saying themselves
    for lemma in ("say", "tell", "add", "write", "state", "note", "warn", "explain", "claim", "announce"):
        assert en(lemma, "past") in SPEECH_VERBS["en"], lemma


def test_arabic_and_hebrew_verbs_match_whole_words() -> None:
    assert re.fullmatch(AR_SPEECH, "وقال")
    assert re.fullmatch(AR_SPEECH, "وفقا ل")
    assert re.match(HE_SPEECH, "אמרה")
    assert re.match(HE_SPEECH, "לדברי")
    assert not re.match(HE_SPEECH, "אמרתי")  # no speaker's verb swallowed into a longer word


def test_according_to_in_latin_script() -> None:
    assert re.fullmatch(reporting_verbs.ACCORDING_TO, "ifølge")
