"""Safety of the parser: code-like input is refused, nothing executes, no eval in the source."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest

from solver import ParseError, Problem, parse
from solver.parsing import parse_expression, parse_value

CANARY = Path("/tmp/mml_tutor_parse_canary")
PAYLOAD = f"__import__('os').system('touch {CANARY}')"

INJECTIONS = [
    PAYLOAD,
    f"det [[{PAYLOAD}, 1], [2, 3]]",
    f"d/dx {PAYLOAD}",
    "().__class__.__bases__[0].__subclasses__()",
    "x.__class__.__mro__",
    f"lambda: {PAYLOAD}",
    "lambda x: x**2",
    "(lambda: 1)()",
    f"exec(\"open('{CANARY}', 'w').write('1')\")",
    f"eval(\"__import__('os').system('touch {CANARY}')\")",
    f"open('{CANARY}', 'w').write('x')",
    f"compile('touch', '{CANARY}', 'exec')",
    "getattr(x, '__class__')",
    "globals()['__builtins__']",
    "'{0.__class__.__init__.__globals__}'.format(x)",
    "{x.__init__.__globals__}",
    f"f'{{{PAYLOAD}}}'",
    "import os; os.system('ls')",
    "from os import system",
    "x; import os",
    "os.system('ls')",
    "[[1, 2], [3, 4]].inv()",
    "A = [[1, 2], [3, 4]]\nA.__class__",
    "sympify('x**2')",
    "parse_expr('x')",
    "S('x')",
    "Symbol('x')",
    "foo(x)",
    "system(x)",
    "subprocess(x)",
    f"`touch {CANARY}`",
    f"$(touch {CANARY})",
    "\\input{/etc/passwd}",
    "\\write18{touch /tmp/x}",
    "x + 'string'",
    '"x^2"',
    "def f(x): return x",
    "class A: pass",
    "\x00\x01\x02",
    "__builtins__",
    "[[1, 2], [3, 4]]; __import__",
    "e^(__import__)",
]


# Harmless look-alikes: they may parse (as plain letters) or be refused, but nothing runs.
INERT = ["%s%s%s%s%n", "{0}{1}", "x %(name)s", "${x}", "exec", "eval x", "os system",
         "x**2 # comment"]


@pytest.fixture(autouse=True)
def _no_canary():
    CANARY.unlink(missing_ok=True)
    yield
    assert not CANARY.exists(), "something executed user text"


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_is_refused(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert info.value.message  # a message and a hint for the student
    assert isinstance(info.value.hint, str)


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_is_refused_by_value_parsers(text: str) -> None:
    for func in (parse_value, parse_expression):
        with pytest.raises(ParseError):
            func(text)


@pytest.mark.parametrize("text", INERT)
def test_inert_look_alikes_do_nothing(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)


def test_lambda_as_a_symbol_is_fine() -> None:
    problem = parse("eigenvalues of [[lambda, 1], [0, 2]]")
    assert isinstance(problem, Problem) and problem.kind == "eigenvalues"
    assert problem.matrices[0][0, 0].name == "lambda"
    assert parse("det [[λ, 1], [0, 2]]").matrices[0][0, 0].name == "lambda"


def test_no_eval_in_the_parser_source() -> None:
    """Nothing in solver/parsing calls eval/exec/sympify/parse_expr/S(...) on text."""
    root = Path(__file__).resolve().parent.parent / "solver" / "parsing"
    banned = re.compile(r"\b(eval|exec|sympify|parse_expr|S)\s*\(|__import__")
    for path in root.glob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if banned.search(code) and "# safe:" not in line:
                pytest.fail(f"{path.name}:{n}: {line.strip()}")
