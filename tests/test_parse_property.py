"""Property: any text gives a Problem or a ParseError, never another exception or a hang."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solver import ParseError, Problem, parse
from solver.parsing import parse_value

_PIECES = [
    *"0123456789xyzabAB+-*/^()[]{}|!=,;. \n'_<>",
    "sin", "cos", "ln", "log_2", "e", "pi", "sqrt", "√", "²", "−", "×", "λ", "θ", "d/dx", "∂",
    "det ", "inverse ", "wrt ", " at ", "eigen values ", "gradient ", "from ", " to ", "steps ",
    "\\frac{", "}", "\\begin{bmatrix}", "&", "\\\\", "\\end{bmatrix}", "relu", "max(",
    "f(x,y) = ",
]
_MATHY = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _check(func, text: str) -> None:
    start = time.perf_counter()
    try:
        result = func(text)
    except ParseError as exc:
        assert isinstance(exc.message, str) and isinstance(exc.hint, str)
        # a ParseError made from an internal failure would be a bug the safety net hid
        assert exc.__cause__ is None, f"internal error on {text!r}: {exc.__cause__!r}"
    else:
        if func is parse:
            assert isinstance(result, Problem)
            assert result.source == text
    assert time.perf_counter() - start < 1.0


@_SETTINGS
@given(st.text(max_size=200))
def test_any_text_gives_problem_or_parse_error(text: str) -> None:
    _check(parse, text)


@_SETTINGS
@given(_MATHY)
def test_math_like_text_gives_problem_or_parse_error(text: str) -> None:
    _check(parse, text)
    _check(parse_value, text)
