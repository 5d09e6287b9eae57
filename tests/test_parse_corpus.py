"""Accuracy over the corpus of realistic messages (kind and operands both right)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "parse_accuracy.py"
_spec = importlib.util.spec_from_file_location("parse_accuracy", _BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_corpus_is_big_and_varied() -> None:
    corpus = bench.load_corpus()
    assert len(corpus) >= 150
    kinds = {e.get("kind") for e in corpus}
    assert len(kinds) >= 25
    texts = [e["text"] for e in corpus]
    assert len(set(texts)) == len(texts)
    assert any("\n" in t for t in texts) and any("\\begin" in t for t in texts)
    assert any("??" in t for t in texts) and any(not t.isascii() for t in texts)


def test_corpus_accuracy_at_least_95_percent() -> None:
    corpus = bench.load_corpus()
    failures = [(e["text"], err) for e in corpus if (err := bench.check(e))]
    for text, err in failures:
        print(f"FAIL {text!r}: {'; '.join(err)}")
    accuracy = 1 - len(failures) / len(corpus)
    print(f"accuracy {accuracy:.1%} over {len(corpus)} messages")
    assert accuracy >= 0.95
