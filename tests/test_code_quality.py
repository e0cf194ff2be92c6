"""The linters as part of the suite, so CI enforces them: ruff everywhere, mypy (strict on the core)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff() -> None:
    result = run(str(BIN / "ruff"), "check", "briefing_app", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = run(str(BIN / "mypy"), "briefing_app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_no_qt() -> None:
    """The core and the export must stay usable without Qt (headless, batch, tests)."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("briefing_app/core", "briefing_app/export")
        for path in (ROOT / folder).rglob("*.py")
        if re.search(r"^\s*(from|import)\s+PySide6", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def _import_graph() -> dict[str, set[str]]:
    """Every module's imports of other briefing_app modules, including TYPE_CHECKING and function-local ones."""
    modules: dict[str, Path] = {}
    for path in (ROOT / "briefing_app").rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    # `from package import submodule` depends on the submodule, not on the package's own code.
                    graph[name].add(submodule if submodule in modules else node.module)
            elif isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names)
        graph[name] = {target for target in graph[name] if target in modules and target != name}
    return graph


def test_no_import_cycles() -> None:
    """A cycle hidden behind TYPE_CHECKING or a function-local import is still a cycle: layers import downwards."""
    graph = _import_graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert cycles == [], "\n".join(" -> ".join(cycle) for cycle in cycles)


def _rebound_constants(tree: ast.Module) -> list[str]:
    """Module-level constants (UPPER_CASE, with or without a leading underscore) bound a second time by a value that
    does not build on the first ("X = (*X, ...)" extends it; a second "X = re.compile(...)" silently replaces it)."""
    bound: set[str] = set()
    rebound: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = [t for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if not target.id.lstrip("_").isupper():
                continue
            builds_on_itself = any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(value))
            if target.id in bound and not builds_on_itself:
                rebound.append(f"{target.id} (line {node.lineno})")
            bound.add(target.id)
    return rebound


def test_no_module_constant_is_silently_rebound() -> None:
    """Two helpers once gave different patterns one name in one module: the second replaced the first for every
    function that used it, and a reading elsewhere in the module broke without any linter noticing."""
    found = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "briefing_app").rglob("*.py"))
        if (names := _rebound_constants(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}, found


def test_the_rebinding_check_tells_a_replacement_from_an_extension() -> None:
    tree = ast.parse("A = 1\nA = (*A, 2)\n_B = re.compile('x')\n_B = re.compile('y')\nc = 1\nc = 2\n")
    assert _rebound_constants(tree) == ["_B (line 4)"]
