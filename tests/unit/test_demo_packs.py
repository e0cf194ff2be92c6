"""Tests of the demo-pack builder: exact cipher output through the real engine, Argos's own offline path,
the pack format, and the base-size speed stand-in at small dimensions."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.demo_packs import (
    CIPHER_MAX_DECODING_LENGTH,
    CIPHER_MAX_PIECES,
    DEMO_CIPHER_PAIRS,
    build_base_pack,
    build_cipher_pack,
    build_demo_packs,
    cipher_text,
)
from briefing_app.core.demo_packs.argos_zip import minisbd_onnx

ctranslate2 = pytest.importorskip("ctranslate2")
spm = pytest.importorskip("sentencepiece")

LONG_SENTENCE = ("On Tuesday, 1,300 people were wounded and 59 children were taken to hospital, officials said. " * 3)[
    :240
]
ENGLISH = [
    "1,300 people wounded, 59 children",
    "“Quoted” words, ‘single’ quotes, dashes – and — an ellipsis… (really?) #1 & 50% off: 3.14!",
    'He said: "It\'s over," at 10:45 p.m. on 24/11/2024.',
    "Several   spaces,\ta tab and Æble, smørrebrød, café, naïve.",
    "Outside the vocabulary: ☃ 😀 漢字 Ω ق ط",
    LONG_SENTENCE,
]
ARABIC = ["أصيب ١٬٣٠٠ شخص، بينهم 59 طفلا؟ «لا» قال الوزير؛ 2024", "مرحبا بالعالم (Hello) 12.5%"]
HEBREW = ["נפצעו 1,300 אנשים, ביניהם 59 ילדים ״ציטוט״ צה״ל ג׳ תל־אביב", "שלום עולם (Hello) 12.5%"]
DANISH = ["Æblerne koster 1.300 kr., sagde hun: »Det er for dyrt!«", "Grønland og Færøerne – 59 øer"]
SENTENCES = {"en": ENGLISH, "ar": ARABIC + ENGLISH[:1], "he": HEBREW + ENGLISH[:1], "da": DANISH + ENGLISH[:2]}


def _extract(pack: Path, into: Path) -> Path:
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(into)
        (folder,) = {name.split("/")[0] for name in archive.namelist()}
    return into / folder


@pytest.fixture(scope="module")
def cipher_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("packs")
    paths = build_demo_packs(out, kinds=("cipher",))
    return {pair: path for pair, path in zip(DEMO_CIPHER_PAIRS, paths, strict=True)}


@pytest.fixture(scope="module")
def installed(cipher_packs: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each pack unzipped and loaded as the app does: a Translator and a SentencePiece processor."""
    root = tmp_path_factory.mktemp("unzipped")
    loaded = {}
    for pair, pack in cipher_packs.items():
        folder = _extract(pack, root)
        translator = ctranslate2.Translator(str(folder / "model"), inter_threads=1, intra_threads=1)
        processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
        loaded[pair] = (translator, processor, folder)
    return loaded


def _translate(translator, processor, sentences: list[str], beam_size: int) -> list[str]:
    tokens = [processor.encode(sentence, out_type=str) for sentence in sentences]
    results = translator.translate_batch(tokens, beam_size=beam_size, max_decoding_length=CIPHER_MAX_DECODING_LENGTH)
    return [processor.decode(result.hypotheses[0]) for result in results]


# --- cipher_text itself ------------------------------------------------------------------------------------


def test_cipher_text_keeps_numbers_and_maps_letters() -> None:
    assert cipher_text("Hello, World 1,300!", "en", "da") == "Uryyb, Jbeyq 1,300!"
    assert cipher_text("Uryyb", "da", "en") == "Hello"
    arabic = cipher_text("1,300 people wounded, 59 children", "en", "ar")
    assert arabic.startswith("1,300 ") and ", 59 " in arabic
    assert cipher_text("  two   spaces  ", "en", "da") == "gjb fcnprf"


@pytest.mark.parametrize("script", ["ar", "he"])
def test_cipher_round_trip_lowercases(script: str) -> None:
    text = "Breaking News: 59 Children Safe"
    assert cipher_text(cipher_text(text, "en", script), script, "en") == text.lower()


def test_unknown_pair_names_the_pair() -> None:
    with pytest.raises(KeyError, match="en->fr"):
        cipher_text("x", "en", "fr")


# --- the cipher packs through the real engine ------------------------------------------------------------


@pytest.mark.parametrize("pair", DEMO_CIPHER_PAIRS, ids=lambda pair: "->".join(pair))
@pytest.mark.parametrize("beam_size", [1, 4])
def test_engine_output_equals_cipher_text(installed: dict, pair: tuple[str, str], beam_size: int) -> None:
    translator, processor, _ = installed[pair]
    sentences = SENTENCES[pair[0]]
    batched = _translate(translator, processor, sentences, beam_size)
    one_by_one = [_translate(translator, processor, [sentence], beam_size)[0] for sentence in sentences]
    expected = [cipher_text(sentence, *pair) for sentence in sentences]
    assert batched == expected
    assert one_by_one == expected


def test_long_sentence_is_exact(installed: dict) -> None:
    translator, processor, _ = installed[("en", "he")]
    assert len(LONG_SENTENCE) == 240
    pieces = processor.encode(LONG_SENTENCE, out_type=str)
    assert len(pieces) < CIPHER_MAX_PIECES
    assert _translate(translator, processor, [LONG_SENTENCE], 4) == [cipher_text(LONG_SENTENCE, "en", "he")]


def test_sentence_at_the_piece_limit_is_exact(installed: dict) -> None:
    translator, processor, _ = installed[("en", "da")]
    sentence = "ab" * (CIPHER_MAX_PIECES // 2)  # one "▁" + 512 letters = 513 pieces: one past the limit
    limit = sentence[:-1]  # exactly CIPHER_MAX_PIECES pieces
    assert len(processor.encode(limit, out_type=str)) == CIPHER_MAX_PIECES
    assert _translate(translator, processor, [limit], 1) == [cipher_text(limit, "en", "da")]
    # Longer input is cut after CIPHER_MAX_PIECES pieces, deterministically, for every beam size.
    for beam_size in (1, 4):
        assert _translate(translator, processor, [sentence + " more"], beam_size) == [cipher_text(limit, "en", "da")]


def test_en_ar_output_is_arabic_script(installed: dict) -> None:
    translator, processor, _ = installed[("en", "ar")]
    (output,) = _translate(translator, processor, ["Government officials met reporters"], 1)
    letters = [char for char in output if char.isalpha()]
    assert letters and all(unicodedata.name(char).startswith("ARABIC LETTER") for char in letters)
    assert unicodedata.bidirectional(letters[0]) == "AL"  # right-to-left


def test_en_he_output_is_hebrew_script(installed: dict) -> None:
    translator, processor, _ = installed[("en", "he")]
    (output,) = _translate(translator, processor, ["Government officials met reporters"], 1)
    assert all(unicodedata.name(char).startswith("HEBREW LETTER") for char in output if char.isalpha())


def test_packs_are_small_and_load(cipher_packs: dict, installed: dict) -> None:
    for pack in cipher_packs.values():
        assert pack.stat().st_size < 15 * 2**20
    _, _, folder = installed[("en", "ar")]
    started = time.perf_counter()
    translator = ctranslate2.Translator(str(folder / "model"))
    print(f"\ncipher pack load: {time.perf_counter() - started:.3f} s")  # measured, not asserted
    assert translator.device == "cpu"


# --- the package format ------------------------------------------------------------------------------------


def test_zip_structure_and_metadata(cipher_packs: dict) -> None:
    pack = cipher_packs[("en", "ar")]
    assert pack.name == "translate-en_ar-demo-cipher.argosmodel"
    with zipfile.ZipFile(pack) as archive:
        names = set(archive.namelist())
        metadata = json.loads(archive.read("translate-en_ar-demo-cipher/metadata.json"))
        readme = archive.read("translate-en_ar-demo-cipher/README.md").decode()
    for name in ("metadata.json", "README.md", "sentencepiece.model", "minisbd/en.onnx"):
        assert f"translate-en_ar-demo-cipher/{name}" in names
    for name in ("model.bin", "config.json", "shared_vocabulary.json"):
        assert f"translate-en_ar-demo-cipher/model/{name}" in names
    assert {name.split("/")[0] for name in names} == {"translate-en_ar-demo-cipher"}
    assert metadata == metadata | {
        "package_version": "1.0",
        "argos_version": "1.9",
        "from_code": "en",
        "from_name": "English",
        "to_code": "ar",
        "to_name": "Arabic",
        "type": "translate",
        "links": [],
        "demo": True,
        "demo_kind": "cipher",
        "notice": "demo language pack: not a real translation",
        "license": "CC0-1.0 (generated by Briefing Desk)",
    }
    assert "demo language pack" in readme


def test_builds_are_reproducible(cipher_packs: dict, tmp_path: Path) -> None:
    again = build_cipher_pack("he", "en", tmp_path)
    assert again.read_bytes() == cipher_packs[("he", "en")].read_bytes()


def test_minisbd_model_keeps_a_paragraph_whole(tmp_path: Path) -> None:
    from minisbd import SBDetect

    model = tmp_path / "en.onnx"
    model.write_bytes(minisbd_onnx("en"))
    detector = SBDetect(str(model), use_gpu=False)
    assert detector.sentences("First one. Dr. Who? 1,300 people!") == ["First one. Dr. Who? 1,300 people!"]


def test_build_demo_packs_reports_progress_and_rejects_unknown_kinds(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    paths = build_demo_packs(tmp_path, progress=lambda done, total, label: calls.append((done, total, label)))
    assert len(paths) == len(DEMO_CIPHER_PAIRS) and all(path.exists() for path in paths)
    assert calls[0] == (0, 6, "en->ar cipher") and calls[-1] == (6, 6, "done")
    with pytest.raises(ValueError, match="unknown demo pack kinds"):
        build_demo_packs(tmp_path, kinds=("huge",))


def test_build_and_translate_with_sockets_blocked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    folder = _extract(build_cipher_pack("en", "ar", tmp_path), tmp_path / "unzipped")
    translator = ctranslate2.Translator(str(folder / "model"))
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    assert _translate(translator, processor, [ENGLISH[0]], 4) == [cipher_text(ENGLISH[0], "en", "ar")]


# --- Argos's own path, offline -----------------------------------------------------------------------------

_ARGOS_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access is blocked in this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse

    import argostranslate.package
    import argostranslate.translate

    for path in sys.argv[1:]:
        argostranslate.package.install_from_path(path)
    installed = sorted((p.from_code, p.to_code) for p in argostranslate.package.get_installed_packages())
    text = json.loads(sys.stdin.read())
    out = {
        "installed": installed,
        "en_ar": argostranslate.translate.translate(text["en"], "en", "ar"),
        "ar_en": argostranslate.translate.translate(text["ar"], "ar", "en"),
        "paragraphs": argostranslate.translate.translate(text["paragraphs"], "en", "ar"),
        "hypotheses": len(argostranslate.translate.get_translation_from_codes("en", "ar").hypotheses(text["en"], 4)),
    }
    print(json.dumps(out))
    """
)


def test_argos_translate_works_offline(cipher_packs: dict, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ARGOS_", "XDG_"))}
    env.update(
        ARGOS_PACKAGES_DIR=str(tmp_path / "packages"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        HOME=str(tmp_path / "home"),
        ARGOS_DEVICE_TYPE="cpu",
    )
    english = "1,300 people wounded, 59 children. Officials said “it is over” at 10:45."
    arabic = "أصيب ١٬٣٠٠ شخص، بينهم 59 طفلا؟"
    paragraphs = "First paragraph, 12 items.\n\nSecond one: 3,400 more."
    packs = [str(cipher_packs[("en", "ar")]), str(cipher_packs[("ar", "en")])]
    completed = subprocess.run(
        [sys.executable, "-c", _ARGOS_SCRIPT, *packs],
        input=json.dumps({"en": english, "ar": arabic, "paragraphs": paragraphs}),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result["installed"] == [["ar", "en"], ["en", "ar"]]
    assert result["en_ar"] == cipher_text(english, "en", "ar")
    assert result["ar_en"] == cipher_text(arabic, "ar", "en")
    first, second = paragraphs.split("\n\n")
    assert result["paragraphs"] == cipher_text(first, "en", "ar") + "\n\n" + cipher_text(second, "en", "ar")
    assert result["hypotheses"] == 4
    downloaded = [path for path in tmp_path.rglob("*.onnx") if "packages" not in path.parts]
    assert downloaded == []  # MiniSBD used the pack's own model and fetched nothing


# --- the base-size pack, at small dimensions ---------------------------------------------------------------


def test_base_pack_output_has_exactly_output_tokens(tmp_path: Path) -> None:
    pack = build_base_pack("en", "he", tmp_path, 17, vocab_size=1000, d_model=64, layers=1, heads=2, ffn=128)
    folder = _extract(pack, tmp_path / "unzipped")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["demo"] is True and metadata["demo_kind"] == "base" and metadata["to_code"] == "he"
    assert len(json.loads((folder / "model" / "shared_vocabulary.json").read_text())) == 1000
    translator = ctranslate2.Translator(str(folder / "model"))
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    sentences = ["Hello.", "The minister said 1,300 people were wounded.", "word " * 60]
    tokens = [processor.encode(sentence, out_type=str) for sentence in sentences]
    for beam_size in (1, 4):
        results = translator.translate_batch(tokens, beam_size=beam_size, num_hypotheses=beam_size)
        assert [[len(hypothesis) for hypothesis in result.hypotheses] for result in results] == [
            [17] * beam_size
        ] * len(sentences)
    text = processor.decode(results[0].hypotheses[0])
    assert all(unicodedata.name(char).startswith("HEBREW") for char in text if char.isalpha())
