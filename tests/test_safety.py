"""No code path can evaluate a string: eval-like calls are absent, sympify is always strict."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "solver", "content")
BUILTINS = {"eval", "exec", "compile", "__import__"}  # as bare names (rule.eval() is fine)
ANYWHERE = {"parse_expr", "S", "parse_latex"}  # sp.S("...") evaluates strings too


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(
                fn, ast.Attribute) else ""
            yield node, name


def test_no_eval_like_calls_and_only_strict_sympify() -> None:
    problems = []
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            for node, name in _calls(path):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                bare = isinstance(node.func, ast.Name)
                if (bare and name in BUILTINS) or name in ANYWHERE:
                    problems.append(f"{where}: {name}()")
                if name in ("sympify", "_sympify"):
                    strict = any(k.arg == "strict" and isinstance(k.value, ast.Constant)
                                 and k.value.value is True for k in node.keywords)
                    if not strict:
                        problems.append(f"{where}: sympify() without strict=True")
    assert not problems, "\n".join(problems)
