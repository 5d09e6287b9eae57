"""Parse accuracy over the message corpus, and parse time on the corpus and on hostile input.

Usage::

    .venv/bin/python benchmarks/parse_accuracy.py          # summary
    .venv/bin/python benchmarks/parse_accuracy.py -v       # also every failure
    .venv/bin/python benchmarks/parse_accuracy.py --heldout  # the held-out set as well
    .venv/bin/python benchmarks/parse_accuracy.py --time-set Q.yaml  # parse time of a set of
                                                 # {question: ...} or {text: ...} entries

A corpus entry counts as right when the kind AND every operand given in the entry match
(``tests/parse_corpus.yaml``; expected values are read with ``parse_value``/``parse_expression``
from plain math, compared to the parser's output with SymPy).
"""

from __future__ import annotations

import contextlib
import logging
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import sympy as sp
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from solver import ParseError, parse  # noqa: E402
from solver.parsing import parse_expression, parse_value  # noqa: E402

logger = logging.getLogger(__name__)
CORPUS = ROOT / "tests" / "parse_corpus.yaml"
HELDOUT = ROOT / "tests" / "heldout" / "parse_heldout.yaml"


def hostile_inputs() -> list[str]:
    """Inputs built to be slow or huge: deep brackets, power towers, long words, big numbers."""
    return [
        "(" * 2000, ")" * 2000, "[" * 1000 + "]" * 1000, "(" * 25 + "x" + ")" * 25,
        "2^" * 600 + "2", "2^2^2^2^2^2^2^2", "9^9^9^9", "x^" * 500 + "x", "(((2^99)^99)^99)",
        "1" * 2000, "9" * 31, "x" * 2000, "sin" * 600, "a" + "+a" * 999, "-" * 1999 + "x",
        "|" * 2000, "x!" + "!" * 1000, "1000!", "[[1]*" * 300, "d/dx " + "(x+" * 300,
        "det [[" + "],[".join(",".join(["1"] * 6) for _ in range(6)) + "]]",
        "det [[" + "],[".join(",".join(["x"] * 7) for _ in range(7)) + "]]",
        "find " * 400, "eigen " * 300, "\\frac{" * 300, "$" * 1000, "∂" * 1000,
        "x^(10^10)", "2.5^2.5^2.5^2.5^2.5", "e^e^e^e^e^e^e", "10^1000 + 1", "(x+1)^1000",
        "max(" * 30 + "x" + ")" * 30, "1/" * 999 + "1", "0^-1", "1/0", "x / (x - x)",
        "A=[[1,2],[3,4]] " * 80, "🙏" * 2000, "\n" * 2000, "., ;" * 500, " " * 1999 + "x",
        "a " * 999, "1 " * 999, "1 2\n" * 400, "1 1 / " * 300, "x y " * 400, "x*" * 999 + "x",
        "A=[[1]]\n" * 200, "sin x " * 300, "det [" + "1 " * 900 + "]", "ab" * 999,
    ]


def _expr(text: str) -> sp.Expr:
    return parse_expression(text)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)):
            return False
        return a.shape == b.shape and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if a == b:
        return True
    try:
        diff = sp.simplify(sp.sympify(a) - sp.sympify(b))  # safe: both are parsed SymPy objects
        return diff == 0 or (diff.is_number and abs(complex(diff)) < 1e-12)
    except (TypeError, sp.SympifyError, ValueError):
        return False


def _point(text: str) -> dict:
    value = parse_value(text)
    return value if isinstance(value, dict) else {}


def check(entry: dict[str, Any]) -> list[str]:
    """The differences between what the parser read and what the entry expects."""
    try:
        problem = parse(entry["text"])
    except ParseError as exc:
        return [f"ParseError: {exc.message}"]
    errors = []
    if problem.kind != entry.get("kind"):
        errors.append(f"kind {problem.kind!r} != {entry.get('kind')!r}")
    for field in ("matrices", "vectors"):
        if field in entry:
            want = [parse_value(t) for t in entry[field]]
            got = list(getattr(problem, field))
            if len(want) != len(got) or not all(_same(sp.Matrix(w), g)
                                                for w, g in zip(want, got, strict=False)):
                errors.append(f"{field} {got} != {want}")
    if "expr" in entry and not _same(problem.expr, _expr(entry["expr"])):
        errors.append(f"expr {problem.expr} != {entry['expr']}")
    if "exprs" in entry:
        want = [_expr(t) for t in entry["exprs"]]
        if len(want) != len(problem.exprs) or not all(
                _same(w, g) for w, g in zip(want, problem.exprs, strict=True)):
            errors.append(f"exprs {problem.exprs} != {want}")
    if "equations" in entry:
        want = [parse_value(t) for t in entry["equations"]]
        got = list(problem.equations)
        if len(want) != len(got) or not all(_same(w.lhs - w.rhs, g.lhs - g.rhs)
                                            for w, g in zip(want, got, strict=True)):
            errors.append(f"equations {got} != {want}")
    if "variables" in entry:
        want = tuple(sp.Symbol(v) for v in entry["variables"])
        if problem.variables != want:
            errors.append(f"variables {problem.variables} != {want}")
    if "point" in entry:
        want = _point(entry["point"])
        got = problem.point or {}
        if set(want) != set(got) or not all(_same(want[k], got[k]) for k in want):
            errors.append(f"point {got} != {want}")
    if "order" in entry and problem.order != entry["order"]:
        errors.append(f"order {problem.order} != {entry['order']}")
    for key, want in entry.get("options", {}).items():
        errors.extend(_option(problem.options, key, want))
    return errors


def _option(options: dict[str, Any], key: str, want: Any) -> list[str]:
    got = options.get(key)
    if key == "subs":
        want = _point(want)
        ok = isinstance(got, dict) and set(got) == set(want) and all(
            _same(got[k], want[k]) for k in want)
    elif key == "data":
        want = [_point(t) for t in want]
        ok = isinstance(got, list) and len(got) == len(want) and all(
            set(g) == set(w) and all(_same(g[k], w[k]) for k in w)
            for g, w in zip(got, want, strict=True))
    elif key == "lr":
        ok = got is not None and _same(got, parse_value(want))
    elif key == "x_range":
        ok = got is not None and len(got) == 2 and all(
            _same(g, w) for g, w in zip(got, want, strict=True))
    else:
        ok = got == want
    return [] if ok else [f"options[{key!r}] {got!r} != {want!r}"]


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _timed(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(ParseError):
        parse(text)
    return (time.perf_counter() - start) * 1000


def _stats(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms"


def main() -> None:
    verbose = "-v" in sys.argv
    corpus = load_corpus()
    sets = [("accuracy", corpus)]
    if "--heldout" in sys.argv:
        sets.append(("held-out accuracy", load_corpus(HELDOUT)))
    for label, entries in sets:
        failures = [(e["text"], err) for e in entries if (err := check(e))]
        right = len(entries) - len(failures)
        print(f"{label}: {right}/{len(entries)} = {100 * right / len(entries):.1f}% "
              "(kind and operands both right)")
        if verbose:
            for text, err in failures:
                print(f"  FAIL {text!r}: {'; '.join(err)}")
    parse("det [[1, 2], [3, 4]]")  # warm up imports and caches
    asked = sum(1 for e in corpus if _asked_back(e["text"]))
    print(f"corpus questions back (a word or a piece of math not understood): {asked}")
    print("corpus parse time:  " + _stats([_timed(e["text"]) for e in corpus]))
    print("hostile parse time: " + _stats([_timed(t) for t in hostile_inputs()]))
    if "--time-set" in sys.argv:
        path = Path(sys.argv[sys.argv.index("--time-set") + 1])
        texts = [e.get("question") or e.get("text") for e in load_corpus(path)]
        print(f"{path.name} parse time: " + _stats([_timed(t) for t in texts if t]))


def _asked_back(text: str) -> bool:
    from solver.parsing.account import Unclear

    try:
        parse(text)
    except Unclear:
        return True
    except ParseError:
        return False
    return False


if __name__ == "__main__":
    main()
