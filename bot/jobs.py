"""Work that runs in the worker processes: parse, solve, plot, render, grade.

Every function here takes and returns plain picklable data. They are called only through
``WorkerPool.run``, never on the event loop.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from solver.errors import ParseError, TooHard
from solver.kinds import offers as _offers

from . import texts
from .texts import SOLVER_GAVE_UP

if TYPE_CHECKING:
    from solver.problem import Problem

logger = logging.getLogger(__name__)

# What SymPy raises when a problem runs into a limit (digits, recursion, overflow, a case it
# does not implement), as opposed to a bug of ours.
def parse(*args: Any, **kwargs: Any) -> Problem:
    """solver.parsing.parse, imported in the worker on first use (the bot's process never
    imports SymPy)."""
    from solver.parsing import parse as _parse

    return _parse(*args, **kwargs)


def solve_problem(problem: Problem) -> Any:
    from solver.dispatch import solve_problem as _solve_problem

    return _solve_problem(problem)


SOLVER_LIMITS = (ValueError, OverflowError, RecursionError, ArithmeticError, NotImplementedError)

# What to offer for bare math comes from the kinds table (solver/kinds.py, "offer_for").


@dataclass
class SolveResult:
    ok: bool
    kind: str | None = None
    restated: str = ""
    html: str = ""  # the solution as one Telegram message
    text: str = ""  # the solution for a terminal
    pages: list[str] = field(default_factory=list)  # the full working, message by message
    offers: list[tuple[str, str]] = field(default_factory=list)  # (label, kind) for bare math
    can_plot: bool = False
    error: str = ""
    hint: str = ""
    too_hard: bool = False
    json: dict = field(default_factory=dict)
    also: list[str] = field(default_factory=list)  # other tasks asked ("det and inverse")
    also_names: list[str] = field(default_factory=list)  # what each is ("sample variance")
    # (key, other reading): the readings open to a button, in the order read (a button flips
    # its own key and keeps every other the student chose)
    readings: list[tuple[str, str]] = field(default_factory=list)
    choose: bool = False  # the readings are the choices of a question back (one button each)
    has_math: bool = False  # the message had math in it (a failure is not a concept question)


@dataclass
class PlotResult:
    ok: bool
    png: bytes = b""
    caption: str = ""
    error: str = ""
    hint: str = ""


def offers_for(problem: Problem) -> list[tuple[str, str]]:
    """The operations that make sense for bare math."""
    if problem.matrices:
        m = problem.matrices[0]
        if m.rows > 6:  # a data table: too tall for the matrix operations
            return _offers("tall")
        offers = _offers("square" if m.is_square else "rect")
        return [*offers, *_offers("tall")] if m.rows > m.cols else offers
    if len(problem.vectors) >= 2:
        return _offers("vectors")
    if problem.expr is not None:
        free = problem.variables or tuple(problem.expr.free_symbols)
        return _offers("fn1" if len(free) <= 1 else "fnN")
    return []


def _can_plot(problem: Problem) -> bool:
    try:
        from solver.plots import can_plot
    except ImportError:  # plots not installed in this build
        return False
    try:
        return bool(can_plot(problem))
    except Exception:  # a picture is optional: never fail a solution over it
        return False


_MATH = re.compile(r"[\d\[\]()^=+*/|]")
FORMATS = ("html", "text", "pages", "json")  # every rendering of a solution
# What a chat reads (the Telegram bot and the terminal chat): the message and the pages of
# "More detail". The terminal text and the JSON (for `mml-tutor solve`) cost up to a quarter
# of a cheap solve's CPU (LaTeX printing), so a chat asks for these two only.
CHAT_FORMATS = ("html", "pages")


def solve_job(text: str, kind: str | None = None, flips: tuple[str, ...] = (),
              formats: tuple[str, ...] = FORMATS) -> SolveResult:
    """Parse and solve ``text`` (``kind`` forces the intent, from an offer or "also" button;
    ``flips``: the keys of the ambiguous spots read the other way, every one the student chose
    with a reading button, ``solver.parsing.readings``).
    ``formats``: the renderings to make (``html``, ``text``, ``pages``, ``json``); the
    others stay empty."""
    try:
        problem = _read(text, kind, flips)
        if problem.kind is None:
            return SolveResult(ok=True, restated=problem.restated, offers=offers_for(problem),
                               can_plot=_can_plot(problem))
        solution = solve_problem(problem)
        return SolveResult(
            ok=True,
            kind=solution.kind,
            restated=problem.restated,
            html=solution.render("html") if "html" in formats else "",
            text=solution.render("text") if "text" in formats else "",
            pages=solution.render_pages("html") if "pages" in formats else [],
            can_plot=_can_plot(problem),
            json=solution.to_json() if "json" in formats else {},
            also=list(problem.options.get("also", [])),
            also_names=[problem.options.get("task_names", {}).get(k, "")
                        for k in problem.options.get("also", [])],
            readings=[(r.key, r.other) for r in problem.options.get("readings", [])
                      if r.other],  # "…, as you chose" has no other to offer
        )
    except ParseError as exc:
        choices = [r for r in getattr(exc, "readings", []) if r.choice]
        if choices:  # "1/2x: 1/(2x) or (1/2)·x?": the question back, one button a reading
            return SolveResult(ok=False, error=exc.message, hint=exc.hint, has_math=True,
                               readings=[(r.key, r.other) for r in choices], choose=True)
        # an ambiguous spot read one way led to the error: say so, and offer the other way
        # (the parser offers only readings not flipped yet that parse when flipped)
        other = [r for r in getattr(exc, "readings", []) if r.other][:1]
        error = " ".join([exc.message, *(texts.READ_BEFORE_ERROR.format(taken=r.taken)
                                         for r in other)])
        return SolveResult(ok=False, error=error, hint=exc.hint,
                           has_math=bool(_MATH.search(text)),
                           readings=[(r.key, r.other) for r in other])
    except TooHard as exc:
        return SolveResult(ok=False, error=exc.message, too_hard=True)
    except SOLVER_LIMITS as exc:
        # A limit or a gap deep inside SymPy (e.g. "Exceeds the limit (4300 digits)"): the
        # student hears what happened, the log keeps the trace for us. A bug of ours
        # (TypeError, KeyError, ...) is not caught here: it reaches the router's error
        # boundary, which apologises and reports it to the admins.
        logger.exception("solver failed on a %d-character problem", len(text))
        return SolveResult(ok=False, error=SOLVER_GAVE_UP.format(kind=type(exc).__name__),
                           too_hard=True)


solve_job.cacheable = True  # type: ignore[attr-defined]  # pure: same text, same result


def _read(text: str, kind: str | None, flips: tuple[str, ...] | str | None) -> Problem:
    """The problem, read for ``kind`` when given (a button), with ``flips`` read the other way
    (a str: one key, as a button sent before readings composed).

    A kind the message did not ask for (an offer under bare math) keeps the operands as read;
    a kind it did ask ("also") is read again from the words, so its operands fit."""
    flip = frozenset({flips} if isinstance(flips, str) else flips or ())
    problem = parse(text, flip)
    if kind is None or kind == problem.kind:
        return problem
    if kind in problem.options.get("also", ()):
        return parse(text, flip, kind=kind)
    return problem.with_kind(kind)


def plot_job(text: str, kind: str | None = None, flips: tuple[str, ...] = ()) -> PlotResult:
    """The picture that explains ``text`` (as read for ``kind``, with ``flips``)."""
    from solver.plots import plot_for

    try:
        problem = _read(text, kind, flips)
        plot = plot_for(problem)
    except ParseError as exc:
        return PlotResult(ok=False, error=exc.message, hint=exc.hint)
    except TooHard as exc:
        return PlotResult(ok=False, error=exc.message)
    except SOLVER_LIMITS as exc:
        logger.exception("plot failed on a %d-character problem", len(text))
        return PlotResult(ok=False, error=SOLVER_GAVE_UP.format(kind=type(exc).__name__))
    if plot is None:
        return PlotResult(
            ok=False,
            error="I have no picture for that one.",
            hint="Try a function like x^2 - 2x, f(x,y) = x^2 + y^2, or a 2x2 matrix.",
        )
    return PlotResult(ok=True, png=plot.png, caption=plot.caption)


def formula_job(mathtext: str) -> bytes:
    """A small PNG of a lesson formula (trusted content, not user text)."""
    from solver.plots import render_formula

    return render_formula(mathtext)


formula_job.cacheable = True  # type: ignore[attr-defined]  # lesson formulas repeat all day


@dataclass
class GradeResult:
    understood: bool  # False: the text is not an answer (a new problem, a question)
    correct: bool = False
    read_as: str = ""  # how the answer was read, in Unicode math ("1/2, 1/6, 1/3")
    hint: str = ""  # a wrong answer: the mistake recognised (content.hints), if any


@dataclass
class GeneratedData:
    """A generated question as plain data (the SymPy value stays in the worker)."""

    id: str
    module: str
    seed: int
    type: str
    topic: str
    question: str
    answer: str  # our math syntax
    answer_kind: str
    explanation: str
    prompt: str  # the solver input that works it out
    options: tuple[str, ...] = ()
    correct: int | None = None


def _question(question_id: str):  # -> Question | GeneratedQuestion
    from content import load_curriculum
    from content.generators import generator

    from .questions import generated_parts

    parts = generated_parts(question_id)
    if parts is not None:
        _module, name, seed = parts
        return generator(name)(seed)
    return load_curriculum().question(question_id)


def grade_job(question_id: str, answer_text: str) -> GradeResult:
    """Grade a typed answer to a free question (a bank id, or a generated id with its seed).

    The one place the bot grades. The comparison is ``content.answers.grade`` (equivalent
    forms, lists as multisets unless the question asks for an order, eigenvectors up to
    scale); how the answer was read and the hint for a recognised mistake are added here."""
    from content.answers import grade

    question = _question(question_id)
    graded = grade(question, answer_text)
    if not graded.understood:
        return GradeResult(False)
    read_as, hint = _read_and_hint(question, answer_text, graded.correct)
    return GradeResult(True, graded.correct, read_as, hint)


def _read_and_hint(question, answer_text: str, correct: bool) -> tuple[str, str]:
    """How the answer was read, and (when wrong) the recognised mistake."""
    from content.answers import parse_key, read_answer
    from content.hints import diagnose
    from solver.render import inline

    try:
        given = read_answer(answer_text)  # "1/2 1/6 1/3" is a list, "1 2; 3 4" a matrix
    except (ParseError, TooHard):
        return "", ""
    if isinstance(given, list | tuple):
        read_as = ", ".join(inline(g) for g in given)
    else:
        read_as = "none" if given is None else inline(given)
    if correct or given is None:
        return read_as, ""
    expected = getattr(question, "value", None)
    try:
        if expected is None:
            expected = parse_key(question.answer)
        prompt = getattr(question, "prompt", "") or (
            question.verify.solve if question.verify else "")
        problem = parse(prompt) if prompt else None
    except (ParseError, TooHard):
        return read_as, ""
    return read_as, diagnose(expected, given, problem) or ""


def first_step_job(solve_text: str) -> str:
    """The solver's first step for this problem, as a method hint: its title and why, never
    its numbers ("" when the solver cannot do it)."""
    try:
        solution = solve_problem(parse(solve_text))
    except (ParseError, TooHard):
        return ""
    for step in solution.steps:
        if not step.detail and step.title:
            return step.title + (f". {step.why}" if step.why else "")
    return ""


def generate_job(module_id: str, seed: int, kind: str = "free") -> GeneratedData | None:
    """A fresh question of ``kind`` for the module (seeds ``seed``, ``seed + 1``, ... until a
    generator of that kind comes up); None when the module has none."""
    from content.generators import GENERATORS, generate

    if not GENERATORS.get(module_id):
        return None
    for s in range(seed, seed + 40):
        q = generate(module_id, s)
        if q.type == kind:
            return GeneratedData(q.id, q.module, q.seed, q.type, q.topic, q.question, q.answer,
                                 q.answer_kind, q.explanation, q.prompt, tuple(q.options),
                                 q.correct)
    return None


def generated_job(question_id: str) -> GeneratedData | None:
    """The generated question with this id again (its generator and seed are in the id)."""
    from .questions import generated_parts

    if generated_parts(question_id) is None:
        return None
    q = _question(question_id)
    return GeneratedData(q.id, q.module, q.seed, q.type, q.topic, q.question, q.answer,
                         q.answer_kind, q.explanation, q.prompt, tuple(q.options), q.correct)


def progress_chart_job(mastery: list[tuple[str, int]],
                       days: list[tuple[str, int, int]]) -> bytes:
    """The /progress picture: mastery per module and the last days' answers (a PNG)."""
    from solver.plots.misc import progress_chart

    return progress_chart(mastery, days)
