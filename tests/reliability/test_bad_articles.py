"""Bad articles: each one gives either the exact document or the exact typed error naming the file.

Files that break in the middle of being read (deleted, permission taken away, a USB stick pulled) are
simulated: the suite runs as root in CI, and timing a real deletion against a read is not repeatable.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing_app.core import segmentation
from briefing_app.core.documents import read_article
from briefing_app.core.errors import Cancelled, DocumentError
from briefing_app.core.progress import CancelToken
from tests.reliability.conftest import Recorder
from tests.reliability.corpus import CASES, EN, Case

ROOT = Path(__file__).resolve().parents[2]


def user_message(err: DocumentError, path: Path) -> str:
    """What the CLI and GUI print, with the temporary folder left out."""
    return f"{path.name}: {err.reason}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_article(case: Case, tmp_path: Path, record: Recorder) -> None:
    path = case.build(tmp_path)
    if case.error is None:
        article = read_article(path)
        assert tuple(b.text for b in article.blocks) == case.blocks
        assert article.title == (case.title or case.blocks[0])
        if case.encoding:
            assert article.metadata["encoding"] == case.encoding
        assert "root:" not in " ".join(case.blocks)  # no entity was resolved against /etc/passwd
        record("article", case.name, f"read: {len(article.blocks)} blocks, encoding {case.encoding or '-'}", "read")
        return
    with pytest.raises(DocumentError) as info:
        read_article(path)
    assert type(info.value) is case.error, f"{type(info.value).__name__}: {info.value}"
    assert info.value.path == path and str(info.value) == f"{path}: {case.reason}"
    record("article", case.name, f"{type(info.value).__name__}: {user_message(info.value, path)}")


# ------------------------------------------------------------------------------------------ mid-read failures


class _FailingFile(io.BufferedReader):
    """A real file that fails on its second read, as a file deleted or unplugged mid-read would."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self._error = error
        self._reads = 0

    def read(self, size: int | None = -1, /) -> bytes:
        self._reads += 1
        if self._reads > 1:
            raise self._error
        return super().read(size)


@pytest.mark.parametrize(
    ("name", "error", "on_open", "reason"),
    [
        (
            "the file disappears between the check and the open",
            FileNotFoundError(2, "No such file or directory"),
            True,
            "the file disappeared while it was being read (moved or deleted)",
        ),
        (
            "the file loses read permission between the check and the open",
            PermissionError(13, "Permission denied"),
            True,
            "permission denied: you are not allowed to read this file",
        ),
        (
            "the file loses read permission while being read",
            PermissionError(13, "Permission denied"),
            False,
            "permission denied: you are not allowed to read this file",
        ),
        (
            "the disk is unplugged while the file is read (EIO)",
            OSError(5, "Input/output error"),
            False,
            "reading the file failed: Input/output error (was the disk or USB stick removed?)",
        ),
        (
            "the file's folder is removed while it is read (ENOENT on read)",
            FileNotFoundError(2, "No such file or directory"),
            False,
            "the file disappeared while it was being read (moved or deleted)",
        ),
    ],
)
def test_file_breaks_while_being_read(
    name: str,
    error: OSError,
    on_open: bool,
    reason: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    record: Recorder,
) -> None:
    path = tmp_path / "vanishing.txt"
    path.write_text(f"{EN[0]}\n\n" + f"{EN[1]}\n\n" * 20_000, encoding="utf-8")  # > 1 MB: several reads
    real_open = Path.open

    def flaky_open(self: Path, *args: object, **kwargs: object) -> object:
        if self != path:
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]
        if on_open:
            raise error
        return _FailingFile(self, error)

    monkeypatch.setattr(Path, "open", flaky_open)
    with pytest.raises(DocumentError) as info:
        read_article(path)
    assert type(info.value) is DocumentError and info.value.path == path
    assert info.value.reason == reason
    record("article", name, f"DocumentError: {user_message(info.value, path)}")


# ------------------------------------------------------------------------------------------ big inputs

BIG_MB = 50
MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from briefing_app.core import segmentation
    from briefing_app.core.documents import read_article

    path = Path(sys.argv[1])
    para = (sys.argv[2] + " ") * 4
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Headline of a very long file\\n\\n")
        written = 0
        while written < int(sys.argv[3]) * 1024 * 1024:
            fh.write(para + "\\n\\n")
            written += len(para) + 2
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    calls = []
    t0 = time.monotonic()
    article = read_article(path, progress=lambda done, total, msg: calls.append(done))
    t1 = time.monotonic()
    pieces = sum(len(segmentation.segment(b.text, "en")) for b in article.blocks)
    t2 = time.monotonic()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"before_mb": before / 1024, "peak_mb": peak / 1024, "blocks": len(article.blocks),
                      "sentences": pieces, "progress_calls": len(calls), "read_s": t1 - t0, "segment_s": t2 - t1,
                      "file_mb": path.stat().st_size / 1048576}))
    """
)


@pytest.mark.slow
def test_50_mb_text_file_bounded_memory_and_progress(tmp_path: Path, record: Recorder) -> None:
    """Reader + segmentation of a 50 MB article in a fresh process, measuring the peak RSS."""
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tmp_path / "big.txt"), EN[1], str(BIG_MB)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    growth = stats["peak_mb"] - stats["before_mb"]
    assert stats["progress_calls"] >= BIG_MB  # one per megabyte
    assert stats["sentences"] > 100_000
    # The text is held about five times over at the peak (bytes, text, lines, paragraphs, blocks);
    # before the fixes in this suite it was eleven times and took ten times as long.
    assert growth < 8 * stats["file_mb"], stats
    record(
        "article",
        f"a {BIG_MB} MB text file",
        f"read: {stats['blocks']} blocks, {stats['sentences']} sentences; peak memory +{growth:.0f} MB "
        f"(reader {stats['read_s']:.1f} s, segmentation {stats['segment_s']:.1f} s); progress per MB",
        "read",
    )


def test_big_file_can_be_cancelled_while_reading(tmp_path: Path, record: Recorder) -> None:
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"{EN[0]}\n\n")
        for _ in range(40_000):
            fh.write(f"{EN[1]}\n\n")  # about 8 MB
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        if len(seen) == 2:
            token.cancel()  # the user presses Cancel after the second megabyte

    with pytest.raises(Cancelled):
        read_article(path, progress=progress, cancel=token)
    assert len(seen) == 2 and seen[0][1] == path.stat().st_size
    record("article", "an 8 MB text file cancelled while reading", "Cancelled after 2 MB: cancelled", "handled")


@pytest.mark.parametrize("with_spaces", [True, False], ids=["words", "no-spaces"])
def test_long_line_is_split_to_fit_the_model(with_spaces: bool, engine, tmp_path: Path, record: Recorder) -> None:  # type: ignore[no-untyped-def]
    """A 200,000-character line becomes sentences of at most 400 characters, and each one translates."""
    from briefing_app.core.demo_packs import cipher_text
    from briefing_app.core.pipeline import build_document
    from tests.reliability.corpus import long_line

    path = tmp_path / "long.txt"
    path.write_text(f"{EN[0]}\n\n{long_line(with_spaces)}\n", encoding="utf-8")
    document = build_document(read_article(path), language="en")
    body = document.paragraphs[1]
    assert "".join(body.text[s.start : s.end] for s in body.sentences) == body.text
    assert all(len(s.text) <= segmentation.DEFAULT_MAX_CHARS for s in body.sentences)
    assert len(body.sentences) >= 500
    # Translating all 500 pieces takes a minute with the demo model; the first ones show each piece fits.
    # The engine splits a piece that is still too long for the model at its middle and joins the halves
    # with a space, so a run without spaces comes back with spaces in it (engine behaviour, not ours).
    sample = [s.text for s in body.sentences[:6]]
    results = engine.translate(sample, "en", "da")
    for source, result in zip(sample, results, strict=True):
        expected = cipher_text(source, "en", "da")
        assert result.text == expected if with_spaces else result.text.replace(" ", "") == expected
    record(
        "article",
        f"one 200,000-character line ({'words' if with_spaces else 'no spaces'}) translated",
        f"read and split into {len(body.sentences)} pieces of at most {segmentation.DEFAULT_MAX_CHARS} characters",
        "read",
    )


def test_pipeline_load_document_can_be_cancelled(tmp_path: Path) -> None:
    from briefing_app.core import pipeline

    path = tmp_path / "a.txt"
    path.write_text(f"{EN[0]}\n\n{EN[1]}\n", encoding="utf-8")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        pipeline.load_document(path, cancel=token)  # type: ignore[call-arg]


# ------------------------------------------------------------------------------------------ folders


def test_folder_with_a_symlink_loop(tmp_path: Path, record: Recorder) -> None:
    from briefing_app.commands import collect_inputs

    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(f"{EN[0]}\n\n{EN[1]}\n", encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..")  # a folder loop: not followed, fine today
    (folder / "loop-a.txt").symlink_to("loop-b.txt")  # a file loop: crashes collect_inputs today
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    files, failures = collect_inputs([str(folder)])
    assert [f.name for f in files] == ["good.txt"]
    assert sorted(f.path.name for f in failures) == ["loop-a.txt", "loop-b.txt"]
    record("article", "a folder with a symlink loop", failures[0].message, "handled")


def test_folder_with_a_directory_symlink_loop_is_walked_once(tmp_path: Path, record: Recorder) -> None:
    from briefing_app.commands import collect_inputs

    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(f"{EN[0]}\n\n{EN[1]}\n", encoding="utf-8")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / "self").symlink_to(".")
    files, failures = collect_inputs([str(folder)])
    assert [f.name for f in files] == ["good.txt"] and failures == []
    record("article", "a folder holding links to itself and its parent", "walked once; links not followed", "handled")
