"""The entity tagger's training script reads Universal NER IOB2 files as the tagger sees names (made-up text).

UNER itself is not in the repository; these tests run the reader on a few made-up sentences in its format.
"""

from __future__ import annotations

from types import ModuleType

from tests.conftest import load_script


def _script() -> ModuleType:
    return load_script("train_entity_tagger")


def _iob2(*sentences: list[tuple[str, str]], doc: str = "made-up-1") -> str:
    lines = [f"# newdoc id = {doc}"]
    for n, sentence in enumerate(sentences, 1):
        lines.append(f"# sent_id = {doc}-{n}")
        lines += [f"{i}\t{word}\t{label}\t-\t-" for i, (word, label) in enumerate(sentence, 1)]
        lines.append("")
    return "\n".join(lines) + "\n"


def test_names_are_kept_as_the_tagger_sees_them() -> None:
    text = _iob2(
        [("Yesterday", "O"), ("the", "B-ORG"), ("Harbour", "I-ORG"), ("Guild", "I-ORG"), ("met", "O"),
         ("Greta", "B-PER"), ("Lindqvist", "I-PER"), ("in", "O"), ("Uppsala", "B-LOC"), (".", "B-O")],
        [("we", "O"), ("flew", "O"), ("to", "O"), ("tampa", "B-LOC"), ("bay", "I-LOC"), ("with", "O"),
         ("Swedish", "B-OTH"), ("friends", "O")],
    )  # fmt: skip
    docs = _script().read_iob2(text)
    assert [doc for doc, _ in docs] == ["made-up-1"]
    first, second = docs[0][1]
    # "the" is cut off the body; the stray label on the full stop is no name.
    assert first[4] == ["O", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]
    # A name in lower case is no name the tagger can see; OTH (a nationality) is no person, place or body.
    assert set(second[4]) == {"O"}


def test_a_sentence_with_a_name_only_partly_capitalised_is_left_out() -> None:
    text = _iob2(
        [("They", "O"), ("visited", "O"), ("New", "B-LOC"), ("york", "I-LOC"), ("twice", "O")],
        [("Jonas", "B-PER"), ("Ebbesen", "I-PER"), ("agreed", "O")],
    )
    sentences = _script().read_iob2(text)[0][1]
    assert [s[0][0] for s in sentences] == ["Jonas"]
    assert sentences[0][4] == ["B-PER", "I-PER", "O"]
