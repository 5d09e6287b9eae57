"""Differential guard for parser refactors: every message's reading, written to JSON, compared.

Usage::

    .venv/bin/python benchmarks/parse_diff.py --out /tmp/before.json     # on the old code
    .venv/bin/python benchmarks/parse_diff.py --out /tmp/after.json --compare /tmp/before.json

Every message of ``benchmarks/corpus/*.txt``, ``tests/parse_corpus.yaml``, the tuned held-out
sets (``tests/heldout/parse_heldout*.yaml``: a held-back set joins when it is measured), the
DeepMind tune set
(``benchmarks/deepmind/deepmind_tune.yaml``, and ``tests/heldout/deepmind_*.yaml`` if present)
and the hostile inputs of ``parse_accuracy`` is parsed; for each one the JSON holds the kind,
the operands and options (``sympy.sstr``), the restatement, and the error message and hint of a
refusal or question back. ``--compare`` counts the messages whose *reading* changed (kind,
operands, options, restatement, or an answer turned into a refusal or back) apart from those
whose only change is the wording of a question back (the message of a ``ParseError``), and
prints each change; it exits 1 when a reading changed. A set held back for an honest figure is
kept outside ``tests/heldout`` until it is measured, so it is never read here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import sympy as sp
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parse_accuracy import hostile_inputs  # noqa: E402
from solver import ParseError, parse  # noqa: E402

_FIELDS = ("matrices", "vectors", "expr", "exprs", "equations", "variables", "point", "order")


def messages() -> list[tuple[str, str]]:
    """(id, text) for every message the guard reads, in a fixed order."""
    out: list[tuple[str, str]] = []
    for path in sorted((ROOT / "benchmarks" / "corpus").glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip() and not line.lstrip().startswith("#"):
                out.append((f"{path.stem}:{n + 1}", line))
    sets = [ROOT / "tests" / "parse_corpus.yaml"]
    sets += sorted((ROOT / "tests" / "heldout").glob("parse_heldout*.yaml"))  # tuned sets
    sets += sorted((ROOT / "tests" / "heldout").glob("deepmind_*.yaml"))
    sets += [ROOT / "benchmarks" / "deepmind" / "deepmind_tune.yaml"]
    for path in sets:
        if not path.exists() or "v4" in path.name or "v5" in path.name:
            continue
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for n, entry in enumerate(entries):
            text = entry.get("text", entry.get("question"))
            if isinstance(text, str):
                out.append((f"{path.stem}:{entry.get('id', n)}", text))
    out += [(f"hostile:{n}", text) for n, text in enumerate(hostile_inputs())]
    spec = importlib.util.spec_from_file_location("hostile_corpus",
                                                  ROOT / "tests" / "hostile_corpus.py")
    if spec is not None and spec.loader is not None:  # what an attacker or a bad keyboard sends
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out += [(f"hostile_corpus:{cat}:{n}", text) for n, (cat, text) in enumerate(
            module.CORPUS) if isinstance(text, str)]
    out += [(f"typed:{n}", text) for n, text in enumerate(TYPED)]
    return out


# Messages typed with Unicode, LaTeX, NumPy and Hinglish (the rewrites' inputs)
TYPED = [
    "d/dx x² sin x", "x³ eˣ ka derivative batao", "derivative of ½x² + √x", "Aᵀ for A = [[1,2],"
    "[3,4]]", "x₁² + x₂² hessian", "d/dx e^−x · x²", "det [[1,2],[3,4]] and x²+1",
    r"$\frac{d}{dx} \frac{1}{2} x^{2}$", r"det \begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}",
    r"$\mathbf{v} = (1, 2)$, norm of v", r"\left( x^2 + 1 \right)^3 derivative",
    "np.linalg.det(np.array([[1, 2], [3, 4]]))", "A @ B for A = [[1,2],[3,4]], B = [[0,1],[1,0]]",
    "array([[1, 2],\n       [3, 4]]) ka inverse", "print(M) gives\n[[1. 2.]\n [3. 4.]]\ndet M",
    "np.cov(X.T) for X = [[1,2],[3,4],[5,7]]", "A ka determinant nikalo A = [[2,1],[1,3]]",
    "x^2 sin x ka derivative batao bhai", "bhai [[1,2],[3,4]] ki eigen values plz",
    "| 5 1 ; 3 2 |", "x: 1, 3, -2, 0 | y: 2, 0, 1, -1 covariance", "1 2\n3 4\ndet plz",
    "d/dx x cubed plus 2x", "e to the x derivative", "sin inverse x ka derivative",
    "θ² + σ(z) derivative wrt z", "ｄｅｔ [[1, 2], [3, 4]]", "λ=2 eigenvector of [[2,0],[0,1]]",
    "d/dx αβγδ", "rank of [[1,2],[2,4]] and √2", "||(3, 4)||", "|(3, 4)|", "<1, 2, 3>",
    "30° sin derivative", "d/dx x^2 = ??", "hi! det [[1]] !!!", "u x v for u = (1,0,0), "
    "v = (0,1,0)",
]


def _s(value: Any) -> str:
    return sp.sstr(value) if isinstance(value, sp.Basic | sp.MatrixBase) else repr(value)


def reading(text: str) -> dict[str, Any]:
    """What the parser read from ``text`` (or the error it raised), as plain strings."""
    try:
        p = parse(text)
    except ParseError as exc:
        return {"error": exc.message, "hint": exc.hint, "type": type(exc).__name__}
    fields = {f: _s(getattr(p, f)) for f in _FIELDS}
    options = {k: _s(v) if not isinstance(v, list | tuple) else [_s(x) for x in v]
               for k, v in sorted(p.options.items()) if k != "account"}
    account = [list(a) for a in p.options.get("account", [])]
    return {"kind": p.kind, "restated": p.restated, "fields": fields, "options": options,
            "account": account}


def run() -> tuple[dict[str, Any], list[float]]:
    out: dict[str, Any] = {}
    times: list[float] = []
    for key, text in messages():
        start = time.perf_counter()
        got = reading(text)
        times.append((time.perf_counter() - start) * 1000)
        out[key] = {"text": text[:300], **got}
    return out, times


def compare(old: dict[str, Any], new: dict[str, Any]) -> int:
    """Print every change; the number of messages whose reading changed."""
    reading_changed = wording = account = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if a is None or b is None:
            print(f"ADDED/REMOVED {key}")
            continue
        if "error" in a and "error" in b and a["type"] == b["type"]:
            wording += 1
            print(f"WORDING {key}: {a['text'][:80]!r}\n  - {a['error']}\n  + {b['error']}")
            continue
        strip = {k: v for k, v in a.items() if k != "account"}
        if strip == {k: v for k, v in b.items() if k != "account"}:
            account += 1
            print(f"ACCOUNT {key}: {a['text'][:80]!r}\n  - {a['account']}\n  + {b['account']}")
            continue
        reading_changed += 1
        print(f"READING {key}: {a['text'][:80]!r}")
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                print(f"  {k}: {a.get(k)!r}\n   -> {b.get(k)!r}")
    same = sum(1 for k in old if old[k] == new.get(k))
    print(f"\n{len(new)} messages: {same} identical, {reading_changed} readings changed, "
          f"{wording} question-back wordings changed, {account} account texts changed")
    return reading_changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    got, times = run()
    args.out.write_text(json.dumps(got, indent=1, sort_keys=True),
                        encoding="utf-8")
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(f"{len(got)} messages parsed: median {statistics.median(ordered):.2f} ms, "
          f"p95 {p95:.2f} ms, max {ordered[-1]:.2f} ms")
    if args.compare:
        sys.exit(1 if compare(json.loads(args.compare.read_text(encoding="utf-8")), got) else 0)


if __name__ == "__main__":
    main()
