"""The layout of docs/architecture.md holds: layers import only downwards, the core never
imports typer or rich, no circle of imports, and every module is on the map."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rolequiz"

# the layers, bottom first; packages on one line stand side by side and may not import
# each other
LAYERS = [{"base"}, {"i18n"}, {"content"}, {"engine"}, {"quiz", "group"}, {"views"}, {"cli"}]
RANK = {pkg: i for i, layer in enumerate(LAYERS) for pkg in layer}
CORE = {"base", "i18n", "content", "engine", "quiz", "group"}
UI_LIBRARIES = {"typer", "click", "rich"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function, and the modules it
    loads on first use (base/later.py)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import; write rolequiz.… in full"
            for a in node.names:
                full = f"{node.module}.{a.name}"
                out.add(full if full in MODULES else node.module)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "later" and node.args
              and isinstance(node.args[0], ast.Constant)):
            out.add(str(node.args[0].value))
    return out


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def _package(module: str) -> str | None:
    """'rolequiz.engine.scoring' -> 'engine'; the top-level modules -> None."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in RANK) else None


def test_the_graph_sees_lazy_imports():
    """The rules below are only as good as the graph: imports inside functions and
    modules loaded on first use are in it."""
    assert "rolequiz.content.yamlsafe" in GRAPH["rolequiz.content.load"]  # later(...)
    assert "rolequiz.engine.scoring" in GRAPH["rolequiz.cli.take"]  # inside a function


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, targets in sorted(graph.items()):
        mine = _package(module)
        if mine is None:
            continue  # rolequiz/__init__.py and __main__.py
        for target in sorted(targets):
            theirs = _package(target) if target.startswith("rolequiz.") else None
            if theirs is not None and theirs != mine and RANK[theirs] >= RANK[mine]:
                wrong.append(f"{module} ({mine}) imports {target} ({theirs})")
    return wrong


def ui_violations(graph: dict[str, set[str]]) -> list[str]:
    return [f"{module} imports {target}" for module, targets in sorted(graph.items())
            if _package(module) in CORE
            for target in sorted(targets) if target.split(".")[0] in UI_LIBRARIES]


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components over every import, lazy ones included."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_a_module_imports_only_its_own_layer_and_the_layers_below():
    assert layer_violations(GRAPH) == []


def test_the_core_imports_neither_typer_nor_rich():
    assert ui_violations(GRAPH) == []


def test_no_circle_of_imports():
    assert circles(GRAPH) == []


def test_the_rules_catch_a_wrong_import():
    """A check that cannot fail proves nothing: an engine module importing a view, a core
    module importing rich, peers importing each other and a circle are each caught."""
    broken = {m: set(t) for m, t in GRAPH.items()}
    broken["rolequiz.engine.scoring"] |= {"rolequiz.views.terminal.results", "rich.text"}
    broken["rolequiz.group.store"] |= {"rolequiz.quiz.progress"}
    broken["rolequiz.content.models"] |= {"rolequiz.content.load"}
    assert layer_violations(broken) == [
        "rolequiz.engine.scoring (engine) imports rolequiz.views.terminal.results (views)",
        "rolequiz.group.store (group) imports rolequiz.quiz.progress (quiz)",
    ]
    assert ui_violations(broken) == ["rolequiz.engine.scoring imports rich.text"]
    assert any({"rolequiz.content.load", "rolequiz.content.models"} <= set(c)
               for c in circles(broken))


def test_every_module_is_on_the_map():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [str(p.relative_to(PACKAGE)) for p in MODULES.values()
               if p.relative_to(PACKAGE).as_posix() not in _listed(text) and not _only_doc(p)]
    assert not missing, f"docs/architecture.md does not list {missing}"


def _listed(text: str) -> set[str]:
    """The module paths named in the map's table, e.g. `i18n/en.py`."""
    import re

    return set(re.findall(r"`([\w/]+\.py)`", text))


def _only_doc(path: Path) -> bool:
    """A package's __init__.py that holds nothing but its docstring."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return path.name == "__init__.py" and len(body) == 1 and isinstance(body[0], ast.Expr)


def test_every_package_says_what_lives_there():
    for init in PACKAGE.rglob("__init__.py"):
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init
