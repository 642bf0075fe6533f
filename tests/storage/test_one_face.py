"""Storage has one public face: no import circle inside it, and no reaching into the store."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

SRC = Path(__file__).resolve().parents[2] / "src" / "carerhelp"
# The store's connection and its helpers: only the store itself (through `self`) may touch them.
PRIVATE = {"conn", "_conn", "_log", "_lock", "_touch", "_check_consent", "_mark_letter"}


def import_circles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """Every circle of direct imports among the modules of `package` (TYPE_CHECKING ones too)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(f"{package}."))
    edges = {
        m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in modules)
        for m in modules
    }
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for nxt in edges[module]:
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])
    return circles


def test_no_import_circle_inside_storage():
    graph = grimp.build_graph("carerhelp", include_external_packages=False)
    assert import_circles(graph, "carerhelp.storage") == []


def test_the_circle_check_finds_a_circle():
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.cases", "pkg.consent", "pkg.stats"):
        graph.add_module(name)
    graph.add_import(importer="pkg.cases", imported="pkg.consent")
    graph.add_import(importer="pkg.stats", imported="pkg.cases")
    assert import_circles(graph, "pkg") == []
    graph.add_import(importer="pkg.consent", imported="pkg.cases")
    assert import_circles(graph, "pkg") == [["pkg.cases", "pkg.consent", "pkg.cases"]]


def reaches_into_the_store(source: str) -> list[str]:
    """`x.conn`, `x._log(...)` and the like on anything but `self`."""
    return [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr in PRIVATE
        and not (isinstance(node.value, ast.Name) and node.value.id == "self")
    ]


def test_nothing_reaches_into_the_store():
    found = {
        str(path.relative_to(SRC)): hits
        for path in sorted(SRC.rglob("*.py"))
        if (hits := reaches_into_the_store(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_store_check_sees_a_private_reach():
    assert reaches_into_the_store("store._log(conn, 'x')\nrows = store.conn.execute('')") == [
        "line 1: ._log",
        "line 2: .conn",
    ]
    assert reaches_into_the_store("self._conn.execute('')\nstore.query('')") == []
