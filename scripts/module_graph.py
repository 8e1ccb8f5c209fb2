#!/usr/bin/env python3
"""The pure core's module graph: which module of core/src uses which, and no cycle.

Reads every module of knee-core (a top-level file, or a folder's mod.rs with its files) and
counts every path into another module anywhere in it, tests included (a test that reaches back
up the graph is a cycle too): `crate::x`, each branch of `crate::{x::{..}, y}`, the crate's own
name (`knee_core::x`), and a `super::` that climbs to the root. A name that lib.rs re-exports
(`crate::text`) counts as a use of the module it comes from. Prints the graph in an order where each module comes after everything it
uses, or the cycle found, and exits 1 then.

Usage: scripts/module_graph.py [core/src]
"""

import re
import sys
from pathlib import Path


def modules(src: Path) -> dict[str, list[tuple[Path, str]]]:
    """Each module's name and its files (path inside the module, text)."""
    found = {}
    for path in sorted(src.iterdir()):
        if path.suffix == ".rs" and path.stem != "lib":
            found[path.stem] = [(Path(path.name), path.read_text())]
        elif path.is_dir() and (path / "mod.rs").exists():
            found[path.name] = [(p.relative_to(src), p.read_text()) for p in sorted(path.rglob("*.rs"))]
    return found


def reexports(lib: str, names: set[str]) -> dict[str, str]:
    """Names lib.rs re-exports from one of the crate's modules, and that module."""
    found = {}
    for module, tree in re.findall(r"pub use (\w+)::(\{[^;]*\}|[^;]*);", lib):
        if module not in names:
            continue
        for item in re.findall(r"\b(\w+)\s*(?:,|\}|$)", tree):
            found[item] = module
        for alias in re.findall(r"\bas\s+(\w+)", tree):
            found[alias] = module
    return found


def first_names(tree: str) -> list[str]:
    """The first name of every path a use tree or path names: `{a::{X, Y}, b::Z}` -> a, b."""
    tree = tree.strip()
    if not tree.startswith("{"):
        return [re.match(r"\w*", tree).group(0)]
    names, depth, start = [], 0, 1
    for i, ch in enumerate(tree):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if (ch == "," and depth == 1) or (ch == "}" and depth == 0):
            part = tree[start:i].strip()
            if part:
                names.append(re.match(r"\w*", part).group(0))
            start = i + 1
    return names


def crate_paths(text: str, depth: int) -> list[str]:
    """The first segment after the crate's root of every path in `text`: `crate::x`, the
    crate's own name (`knee_core::x`, which its tests may use), and `super::` climbing from a
    file `depth` modules below the root (a file's `mod tests` one more)."""
    firsts = []
    tree = r"(\{(?:[^{}]|\{[^{}]*\})*\}|\w+)"
    for root in (r"crate", r"knee_core"):
        firsts += [n for t in re.findall(rf"\b{root}::{tree}", text) for n in first_names(t)]
    # super:: from the file itself, or from a module inside it (tests): climbing to the root
    # names a module of the crate.
    # (Only module names count there: one `super::` too few names the file's own items, which
    # may share a name with a re-export.)
    for supers, t in re.findall(rf"\b((?:super::)+){tree}", text):
        levels = supers.count("super::")
        if levels >= depth:
            firsts += [(n, "super") for n in first_names(t)]
    return firsts


def uses(files: list[tuple[Path, str]], own: str, names: set[str], reexported: dict[str, str]) -> set[str]:
    """The other modules a module's files use."""
    used = set()
    for path, text in files:
        # A top-level file is 1 below the root; catalog/en.rs is 2. Code in its `mod tests`
        # climbs one more level, so a `super::` that reaches the root from there also counts.
        depth = len(path.parts) if path.name != "mod.rs" else len(path.parts) - 1
        for first in crate_paths(text, depth):
            if isinstance(first, tuple):
                module = first[0] if first[0] in names else None
            else:
                module = first if first in names else reexported.get(first)
            if module and module != own:
                used.add(module)
    return used


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state = {}  # 1: on the current path, 2: done

    def visit(node, path):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt]
            if nxt not in state:
                found = visit(nxt, path + [node])
                if found:
                    return found
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def order(graph: dict[str, set[str]]) -> list[str]:
    """Each module after what it uses (the graph has no cycle)."""
    done, out = set(), []
    while len(out) < len(graph):
        ready = sorted(m for m in graph if m not in done and graph[m] <= done)
        out += ready
        done |= set(ready)
    return out


def main() -> int:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "core/src")
    found = modules(src)
    reexported = reexports((src / "lib.rs").read_text(), set(found))
    graph = {m: uses(files, m, set(found), reexported) for m, files in found.items()}
    cycle = find_cycle(graph)
    if cycle:
        print("a cycle in knee-core's modules: " + " -> ".join(cycle))
        for m in sorted(graph):
            print(f"  {m} uses {', '.join(sorted(graph[m])) or 'nothing'}")
        return 1
    for m in order(graph):
        print(f"{m}: uses {', '.join(sorted(graph[m])) or 'nothing'}")
    print(f"knee-core's {len(graph)} modules form no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
