"""Build step: compile the UI translations into the wheel.

`translations/*.ts` are the one source of the UI translations; the compiled `.qm` files are build
products (ignored by git). Without this step a wheel made by `pip install .` or `pip wheel .` would
carry no `.qm` and the pip-installed app would show English only. The compiler is `lrelease`, which
ships inside PySide6-Essentials (a build requirement in pyproject.toml), so no system Qt is needed.
Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
I18N = Path("briefing_app") / "resources" / "i18n"


def _lrelease() -> Path:
    import PySide6  # the build environment's, from [build-system] requires

    tool = Path(PySide6.__file__).resolve().parent / "lrelease"
    if not tool.is_file():
        raise RuntimeError(f"lrelease not found next to PySide6 ({tool}); PySide6-Essentials is a build requirement")
    return tool


def compile_translations(out_dir: Path) -> list[Path]:
    """Compile every translations/briefing_<lang>.ts into out_dir/briefing_<lang>.qm."""
    sources = sorted((ROOT / "translations").glob("briefing_*.ts"))
    if not sources:
        raise RuntimeError("no translations/briefing_*.ts found: the source tree is incomplete")
    out_dir.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    built = []
    for ts in sources:
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease did not write {qm}")
        built.append(qm)
    return built


class BuildPyWithTranslations(build_py):
    """build_py, then the compiled .qm files into the build tree (so into the wheel)."""

    def run(self) -> None:
        super().run()
        compile_translations(Path(self.build_lib) / I18N)


setup(cmdclass={"build_py": BuildPyWithTranslations})
