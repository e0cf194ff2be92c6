"""Demo language packs that Briefing Desk builds itself, offline, from numpy arrays.

No real Argos pack can be downloaded where the app is developed and tested, so it builds two kinds:

* ``"cipher"``: tiny packs whose "translation" is an exact character cipher (English letters to Arabic
  or Hebrew script, ROT13 for Danish, and back). They go through the real engine, and
  :func:`cipher_text` predicts their output exactly, so tests can assert translations.
* ``"base"``: random weights with a real pack's dimensions, a speed stand-in whose output is always
  ``output_tokens`` pieces of gibberish.

Every pack is a valid ``.argosmodel`` zip, marked ``"demo": true`` in its metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from briefing_app.core.demo_packs.argos_zip import DEMO_LICENSE, DEMO_NOTICE, pack_folder_name
from briefing_app.core.demo_packs.basesize import BASE_PAIRS, build_base_pack
from briefing_app.core.demo_packs.cipher import CIPHER_MAX_DECODING_LENGTH, CIPHER_MAX_PIECES, build_cipher_pack
from briefing_app.core.demo_packs.vocab import cipher_text

DEMO_CIPHER_PAIRS = [("en", "ar"), ("en", "he"), ("en", "da"), ("ar", "en"), ("he", "en"), ("da", "en")]
DEMO_BASE_PAIRS = list(BASE_PAIRS)
DEMO_KINDS = ("cipher", "base")

__all__ = [
    "CIPHER_MAX_DECODING_LENGTH",
    "CIPHER_MAX_PIECES",
    "DEMO_BASE_PAIRS",
    "DEMO_CIPHER_PAIRS",
    "DEMO_KINDS",
    "DEMO_LICENSE",
    "DEMO_NOTICE",
    "build_base_pack",
    "build_cipher_pack",
    "build_demo_packs",
    "cipher_text",
    "pack_folder_name",
]


def build_demo_packs(
    out_dir: Path,
    kinds: Sequence[str] = ("cipher",),
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Build the demo packs of the given kinds into ``out_dir``; returns the ``.argosmodel`` paths.

    ``progress(done, total, label)`` is called before each pack (label like ``"en->ar cipher"``) and
    once at the end with ``done == total``. The six cipher packs take about a second; each base pack
    takes several seconds.
    """
    unknown = [kind for kind in kinds if kind not in DEMO_KINDS]
    if unknown:
        raise ValueError(f"unknown demo pack kinds {unknown}; choose from {list(DEMO_KINDS)}")
    jobs: list[tuple[str, str, str]] = []
    if "cipher" in kinds:
        jobs += [(source, target, "cipher") for source, target in DEMO_CIPHER_PAIRS]
    if "base" in kinds:
        jobs += [(source, target, "base") for source, target in DEMO_BASE_PAIRS]

    built = []
    for done, (source, target, kind) in enumerate(jobs):
        if progress is not None:
            progress(done, len(jobs), f"{source}->{target} {kind}")
        builder = build_cipher_pack if kind == "cipher" else build_base_pack
        built.append(builder(source, target, Path(out_dir)))
    if progress is not None:
        progress(len(jobs), len(jobs), "done")
    return built
