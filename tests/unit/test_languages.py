"""Languages: every code the Argos index offers has a script and a name; detected codes reach the packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.briefing import TargetTranslation, TranslatedSentence
from briefing_app.core.fidelity import check_target
from briefing_app.core.languages import language_name, pack_code, writing_script
from briefing_app.core.model import ArticleText, TextBlock
from briefing_app.core.pipeline import build_document
from briefing_app.core.segmentation import segment, sentences
from briefing_app.core.translation.engine import plan_route
from briefing_app.core.translation.packs import InstalledPack

# The language codes of the Argos package index (argospm-index, 2026-11), "zt" and "pb" included.
ARGOS_INDEX_CODES = (
    "ar az bg bn ca cs da de el en eo es et eu fa fi fr ga gl he hi hu id it ja ko ky lt lv ms nb nl pb pl pt ro "
    "ru sk sl sq sr sv th tl tr uk ur vi zh zt"
).split()


@pytest.mark.parametrize("code", ARGOS_INDEX_CODES)
def test_every_argos_language_has_a_script_and_a_name(code: str) -> None:
    assert writing_script(code) is not None
    assert language_name(code) != code


@pytest.mark.parametrize(
    ("code", "translation"),
    [
        ("zh", "今天北京的天气很好，我们去了公园。"),
        ("zt", "今天臺北的天氣很好，我們去了公園。"),
        ("ja", "東京は今日、とても暑かったです。"),
        ("bn", "আজ ঢাকায় প্রচণ্ড গরম পড়েছে।"),
        ("ky", "Бүгүн Бишкекте аба ырайы ысык болду."),
        ("ko", "오늘 서울은 매우 더웠습니다."),
        ("sr", "Danas je u Beogradu bilo veoma toplo."),
    ],
)
def test_translations_in_their_own_script_are_not_flagged(code: str, translation: str) -> None:
    doc = build_document(ArticleText(Path("x.txt"), "txt", "t", [TextBlock("It was very hot in the city today.")]),
                         language="en")  # fmt: skip
    s = doc.sentences[0]
    target = TargetTranslation(code, [], [TranslatedSentence(0, 0, s.text, translation)])
    assert [c.kind for c in check_target(doc, target)] == []
    latin = TargetTranslation(code, [], [TranslatedSentence(0, 0, s.text, "Jintian de tianqi hen hao, women qu le.")])
    expected = [] if code == "sr" else ["wrong_script"]
    assert [c.kind for c in check_target(doc, latin)] == expected


def test_detected_codes_map_to_the_installed_packs_codes() -> None:
    assert pack_code("no", {"nb", "en"}) == "nb"
    assert pack_code("zt", {"zh", "en"}) == "zh" and pack_code("zh-tw", {"zt", "en"}) == "zt"
    assert pack_code("pt", {"pb", "en"}) == "pb" and pack_code("pt-BR", {"pb", "pt"}) == "pb"
    assert pack_code("da", {"en"}) == "da"  # nothing to map to: the code stays, the route says what is missing


def test_a_route_from_a_detected_code_finds_the_pack(tmp_path: Path) -> None:
    def pack(src: str, tgt: str) -> InstalledPack:
        return InstalledPack(tmp_path / f"{src}_{tgt}", src, tgt, "1.0", src, tgt, False, "", "", {})

    route = plan_route([pack("nb", "en"), pack("en", "zt")], "no", "zh-tw")
    assert [(p.source, p.target) for p in route.legs] == [("nb", "en"), ("en", "zt")]


def test_chinese_and_japanese_paragraphs_are_split() -> None:
    text = "今天天气很好。我们去公园吧！你觉得怎么样？好的。"
    assert sentences(text, "zh") == ["今天天气很好。", "我们去公园吧！", "你觉得怎么样？", "好的。"]
    text = "東京は晴れです。「行きましょう。」と彼は言った。明日は雨？"
    assert sentences(text, "ja") == ["東京は晴れです。", "「行きましょう。」と彼は言った。", "明日は雨？"]
    assert "".join(text[a:b] for a, b in segment(text, "ja")) == text
