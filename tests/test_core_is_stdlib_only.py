"""``core`` is what engine and kg share; it must stay importable with the standard library alone."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "core"


def test_core_imports_only_the_standard_library() -> None:
    outside = []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "__future__":
                    outside.append(f"{path.name}: {name}")
    assert not outside, outside
    assert len(list(CORE.glob("*.py"))) >= 4  # errors, jobs, draft, fileio: the test sees the package
