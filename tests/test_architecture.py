"""The house rules, checked on the source: layers, no import circles, no private names across
packages, imports at module top, modules of a readable size (docs/architecture.md)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "eventfuse"

# Bottom to top: a module may import from its own layer or below, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("__init__", "errors", "records", "taxonomy", "config", "common", "lang"),
    ("ingest",),
    ("geo", "gazetteer_build"),
    ("extract",),
    ("link",),
    ("fuse",),
    ("store", "export"),
    ("pipeline", "runners"),
    ("train", "evaluate"),
    ("render", "alerts", "serve"),
    ("cli", "demo", "__main__"),
)
LAYER_OF: dict[str, int] = {room: i for i, rooms in enumerate(LAYERS) for room in rooms}
MAX_LINES = 600
# Modules that are data tables rather than logic (word lists, tables): exempt from the size rule.
DATA_MODULES = ("lang/",)


@dataclass(frozen=True, slots=True)
class Import:
    module: str  # the importing module, dotted, without the "eventfuse." prefix
    target: str  # the imported module, dotted, without the prefix
    names: tuple[str, ...]
    line: int
    top_level: bool
    commented: bool  # the import line carries a comment (the reason it is not at the top)


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str | None:
    if node.level == 0:
        name = node.module or ""
        return name[len("eventfuse.") :] if name.startswith("eventfuse.") else ("" if name == "eventfuse" else None)
    base = module.split(".") if module != "__init__" else []
    if not is_package:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def has_reason(lines: list[str], lineno: int) -> bool:
    """A comment on the import's line or on one of the few lines just above it (within the
    same function): the reason the import is not at the top."""
    for i in range(lineno - 1, max(lineno - 6, -1), -1):
        text = lines[i].strip()
        if "#" in text:
            return True
        if text.startswith(("def ", "async def ", "class ")):
            return False
    return False


def imports() -> Iterator[Import]:
    for path in sorted(SRC.rglob("*.py")):
        module = module_name(path)
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        top = {id(n) for n in tree.body}
        top |= {id(n) for stmt in tree.body if isinstance(stmt, ast.If) for n in stmt.body}  # TYPE_CHECKING
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                target = resolve(module, path.name == "__init__.py", node)
                if target is None:
                    continue
                names = tuple(a.name for a in node.names)
                if target == "" or target == "__init__":
                    # "from . import x" / "from eventfuse import x": each name is a module
                    for name in names:
                        yield Import(module, name, (), node.lineno, id(node) in top, has_reason(lines, node.lineno))
                    continue
                yield Import(module, target, names, node.lineno, id(node) in top, has_reason(lines, node.lineno))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("eventfuse."):
                        yield Import(
                            module, alias.name[len("eventfuse.") :], (), node.lineno, id(node) in top,
                            has_reason(lines, node.lineno),
                        )


def room(module: str) -> str:
    return module.split(".")[0]


ALL = list(imports())


def test_every_room_has_a_layer() -> None:
    rooms = {room(module_name(p)) for p in SRC.rglob("*.py")}
    assert rooms <= set(LAYER_OF), f"rooms without a layer in LAYERS: {sorted(rooms - set(LAYER_OF))}"


def test_no_import_from_a_higher_layer() -> None:
    upward = [
        f"{i.module}:{i.line} imports {i.target}"
        for i in ALL
        if room(i.target) in LAYER_OF and LAYER_OF[room(i.target)] > LAYER_OF.get(room(i.module), 99)
    ]
    assert not upward, "imports that run up the layers:\n" + "\n".join(upward)


def test_no_private_name_imported_across_packages() -> None:
    private = [
        f"{i.module}:{i.line} imports {i.target}.{name}"
        for i in ALL
        if room(i.target) != room(i.module)
        for name in i.names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert not private, "private names used outside their package:\n" + "\n".join(private)


def test_imports_sit_at_module_top_unless_a_comment_says_why() -> None:
    hidden = [f"{i.module}:{i.line} imports {i.target}" for i in ALL if not i.top_level and not i.commented]
    assert not hidden, "imports inside functions without a comment giving the reason:\n" + "\n".join(hidden)


def _known_modules() -> set[str]:
    return {module_name(p) for p in SRC.rglob("*.py")}


def test_no_import_circle() -> None:
    known = _known_modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for i in ALL:  # imports inside functions count too: hiding one there does not undo a circle
        target = i.target
        # "from .pkg import name" where name is a submodule
        for name in i.names:
            if f"{target}.{name}" in known:
                graph[i.module].add(f"{target}.{name}")
        if target in known and target != i.module:
            graph[i.module].add(target)
    # a package's __init__ importing its own submodules is its public face, not a circle
    for m in list(graph):
        graph[m] = {t for t in graph[m] if not t.startswith(m + ".")}
    circles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                circles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    assert not circles, "import circles:\n" + "\n".join(" -> ".join(c) for c in circles)


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_stay_readable(path: Path) -> None:
    relative = str(path.relative_to(SRC))
    if relative.startswith(DATA_MODULES):
        pytest.skip("data table")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{relative} has {lines} lines (at most {MAX_LINES}): split it by job"
