#!/usr/bin/env python3
"""The pure core's module graph: which module of core/src uses which, and no cycle.

Reads every module of knee-core (a top-level file, or a folder's mod.rs with its files) and
counts a use of `crate::<module>` anywhere in it, tests included: a test that reaches back up
the graph is a cycle too. A name that lib.rs re-exports (`crate::text`) counts as a use of the
module it comes from. Prints the graph in an order where each module comes after everything it
uses, or the cycle found, and exits 1 then.

Usage: scripts/module_graph.py [core/src]
"""

import re
import sys
from pathlib import Path


def modules(src: Path) -> dict[str, str]:
    """Each module's name and the text of all its files."""
    found = {}
    for path in sorted(src.iterdir()):
        if path.suffix == ".rs" and path.stem != "lib":
            found[path.stem] = path.read_text()
        elif path.is_dir() and (path / "mod.rs").exists():
            found[path.name] = "\n".join(p.read_text() for p in sorted(path.rglob("*.rs")))
    return found


def reexports(lib: str) -> dict[str, str]:
    """Names lib.rs re-exports, and the module each comes from."""
    names = {}
    for module, items in re.findall(r"pub use (\w+)::\{([^}]*)\}", lib):
        for item in re.findall(r"\w+", items):
            names[item] = module
    for module, item in re.findall(r"pub use (\w+)::(\w+);", lib):
        names[item] = module
    return names


def uses(text: str, own: str, names: set[str], reexported: dict[str, str]) -> set[str]:
    """The other modules a module's text uses."""
    used = set()
    # `crate::x`, and each name of `crate::{x, y::z}`.
    paths = re.findall(r"crate::(\w+)", text)
    for group in re.findall(r"crate::\{([^}]*)\}", text):
        paths += re.findall(r"(?:^|,)\s*(\w+)", group)
    for first in paths:
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
    reexported = reexports((src / "lib.rs").read_text())
    graph = {m: uses(text, m, set(found), reexported) for m, text in found.items()}
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
