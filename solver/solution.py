"""A worked solution: the verified answer, the steps a teacher would write, and its renderings.

Computing the steps (``solver.linalg``, ``solver.calculus``) and printing them (here) are
separate layers: the same ``Solution`` prints as Telegram HTML or terminal text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sympy as sp

from .problem import Problem
from .render import (
    approximate,
    block,
    escape,
    inline,
    log_name,
    log_name_for,
    log_style,
)

TELEGRAM_LIMIT = 4096
LONG_ANSWER = 90  # characters: longer exact answers are summarised in decimals
WIDE_LINE = 36  # a matrix row with surds wider than this wraps on a phone: decimals too
# The check compares the working with SymPy for the problem as restated on the first line; it
# cannot tell whether that reading is what the student meant, so it says exactly that.
VERIFIED_NOTE = "✓ Working checked with SymPy for the problem as read above."
_MORE = "… (tap “More detail” for the full working)"


@dataclass
class Step:
    """One step of the working.

    ``math`` items are strings (plain text, already-formatted math) or SymPy objects (matrices
    print as blocks, everything else inline). ``detail`` steps appear only in the full working.
    """

    title: str
    math: list[Any] = field(default_factory=list)
    why: str = ""
    detail: bool = False


_R = TypeVar("_R")


def _students_notation(method: Callable[..., _R]) -> Callable[..., _R]:
    """Render with the student's name for the natural log (ln when they wrote ln)."""

    @functools.wraps(method)
    def run(self: Solution, *args: Any, **kwargs: Any) -> _R:
        with log_style(log_name_for(self.problem.source)):
            return method(self, *args, **kwargs)

    return run


@dataclass
class Solution:
    kind: str
    problem: Problem
    answer: Any
    steps: list[Step] = field(default_factory=list)
    answer_text: str = ""  # how to state the answer, when inline(answer) is not enough
    notes: list[str] = field(default_factory=list)  # e.g. "verified against SymPy"
    ordered: bool = False  # the answer is a sum in a deliberate order (Taylor: ascending)
    # _decimal_summary per (answer, ordered, log name): summary, the steps and the pages each
    # ask for it, and its decimals (evalf of e⁻¹, cos 1, ...) were a third of a slow Taylor
    _summaries: dict = field(default_factory=dict, repr=False, compare=False)

    # ----------------------------------------------------------------- rendering
    @_students_notation
    def summary(self) -> str:
        """The answer in one line (or a small block for a matrix); a long exact answer full
        of constants like e⁻¹ and cos 1 is summarised in decimals (exact in the working)."""
        if self.answer_text:
            return self.answer_text
        return self._decimal_summary() or _shown(self.answer, self.ordered)

    def _decimal_summary(self) -> str:
        key = (id(self.answer), self.ordered, log_name())
        kept = self._summaries.get(key)
        if kept is None or kept[0] is not self.answer:  # a new answer object: compute again
            kept = self._summaries[key] = (self.answer, self._decimal_summary_of_answer())
        return kept[1]

    def _decimal_summary_of_answer(self) -> str:
        exact = _shown(self.answer, self.ordered)
        if not isinstance(self.answer, sp.Expr | sp.MatrixBase):
            return ""
        wide = max(len(line) for line in exact.splitlines()) > WIDE_LINE and "√" in exact
        if len(exact) <= LONG_ANSWER and not wide:
            return ""
        approx = _shown(approximate(self.answer), self.ordered)
        if len(approx) > 0.6 * len(exact):
            return ""
        return ("≈\n" if "\n" in approx else "≈ ") + approx

    def shown_steps(self, detail: bool) -> list[Step]:
        """The steps to show; with a decimal summary, the exact answer closes the working."""
        steps = [s for s in self.steps if detail or not s.detail]
        if self._decimal_summary() and not self.answer_text:
            exact = inline(self.answer, ordered=True) if self.ordered else self.answer
            steps.append(Step("Exact answer", [exact],
                              why="The decimals above are this to 6 significant figures."))
        return steps

    @_students_notation
    def render(self, fmt: str = "html", detail: bool = False) -> str:
        """The whole solution as one message (at most 4096 characters in HTML)."""
        if fmt == "html":
            return _fit(_html(self, detail), TELEGRAM_LIMIT)
        if fmt == "text":
            return _text(self, detail=True)
        raise ValueError(f"unknown format {fmt!r}")

    @_students_notation
    def render_pages(self, fmt: str = "html") -> list[str]:
        """The full working split into messages of at most 4096 characters."""
        pages: list[str] = []
        current = ""
        steps = self.shown_steps(detail=True)
        for chunk in [_html_step(i, s) for i, s in enumerate(steps, 1)] if fmt == "html" else [
            _text_step(i, s) for i, s in enumerate(steps, 1)
        ]:
            chunk = _fit(chunk, TELEGRAM_LIMIT)
            if current and len(current) + len(chunk) + 2 > TELEGRAM_LIMIT:
                pages.append(current)
                current = ""
            current = f"{current}\n\n{chunk}" if current else chunk
        if current:
            pages.append(current)
        return pages or [self.render(fmt)]

    @_students_notation
    def to_json(self) -> dict[str, Any]:
        """Plain data: kind, the restatement, the answer as text (what the student sees),
        LaTeX and a SymPy string (``sympify(..., strict=True)``-able for numbers and
        expressions), the steps and the notes."""
        exact = _shown(self.answer, self.ordered)
        answer = {"text": self.summary(), "latex": _latex(self.answer, self.ordered,
                                                          log_name_for(self.problem.source)),
                  "sympy": _sstr(self.answer, self.ordered)}
        if exact != answer["text"]:
            answer["exact_text"] = exact
        return {
            "kind": self.kind,
            "restated": self.problem.restated,
            "answer": answer,
            "steps": [
                {"title": s.title, "math": [inline(m) if not isinstance(m, str) else m
                                            for m in s.math], "why": s.why}
                for s in self.steps
            ],
            "notes": list(self.notes),
        }


def _shown(obj: Any, ordered: bool = False) -> str:
    return block(obj) if isinstance(obj, sp.MatrixBase) else inline(obj, ordered)


def _latex(obj: Any, ordered: bool = False, log_name: str = "log") -> str:
    if isinstance(obj, list | tuple):
        if obj and all(isinstance(o, dict) for o in obj):  # points: (x = 1, y = 2); (…)
            return "; ".join(_latex(o, ordered, log_name) for o in obj)
        return r"\left(" + ", ".join(_latex(o, ordered, log_name) for o in obj) + r"\right)"
    if isinstance(obj, dict):
        return r"\left(" + ", ".join(
            f"{_latex(k, ordered, log_name)} = {_latex(v, ordered, log_name)}"
            for k, v in obj.items()) + r"\right)"
    if obj is None or isinstance(obj, str):
        return str(obj)
    try:
        return sp.latex(sp.sympify(obj, strict=True), order="none" if ordered else None,  # safe
                        ln_notation=log_name == "ln")
    except (sp.SympifyError, TypeError):
        return str(obj)


def _sstr(obj: Any, ordered: bool = False) -> str:
    if isinstance(obj, list | tuple):
        return "[" + ", ".join(_sstr(o) for o in obj) + "]" if isinstance(obj, list) else (
            "(" + ", ".join(_sstr(o) for o in obj) + ")")
    if isinstance(obj, dict):
        return "{" + ", ".join(f"{_sstr(k)}: {_sstr(v)}" for k, v in obj.items()) + "}"
    if obj is None:
        return "None"
    return sp.sstr(obj, order="none") if ordered else sp.sstr(obj)


def _math_html(item: Any, in_quote: bool) -> str:
    if isinstance(item, str):
        return escape(item)
    if isinstance(item, sp.MatrixBase) and item.rows > 1:
        # <pre> may not nest inside a blockquote, whose font is proportional: one row a line
        text = escape(block(item, monospace=not in_quote))
        return text if in_quote else f"<pre>{text}</pre>"
    return f"<code>{escape(inline(item))}</code>" if not in_quote else escape(inline(item))


def _html_step(i: int, step: Step) -> str:
    lines = [f"<b>{i}. {escape(step.title)}</b>"]
    lines += [_math_html(m, in_quote=True) for m in step.math]
    if step.why:
        lines.append(f"<i>{escape(step.why)}</i>")
    return "\n".join(lines)


def _html(sol: Solution, detail: bool) -> str:
    restated = sol.problem.restated
    head = f"<b>I read this as:</b> {escape(restated)}\n" if restated else ""
    ans = sol.summary()
    ans_html = f"<pre>{escape(ans)}</pre>" if "\n" in ans else f"<code>{escape(ans)}</code>"
    out = f"{head}<b>Answer:</b> {ans_html}"
    if sol.notes:
        out += "\n" + "\n".join(f"<i>{escape(n)}</i>" for n in sol.notes)
    chunks = [_html_step(i, s) for i, s in enumerate(sol.shown_steps(detail), 1)]
    if chunks:
        body = "\n\n".join(chunks)
        room = TELEGRAM_LIMIT - len(out) - 60
        if len(body) > room:
            body = _cut(body, room - len(_MORE)) + "\n" + _MORE
        out += f"\n<blockquote expandable>{body}</blockquote>"
    return out


def _text_step(i: int, step: Step) -> str:
    lines = [f"{i}. {step.title}"]
    for m in step.math:
        lines.append(m if isinstance(m, str) else block(m))
    if step.why:
        lines.append(f"   ({step.why})")
    return "\n".join(lines)


def _text(sol: Solution, detail: bool) -> str:
    parts = []
    if sol.problem.restated:
        parts.append(f"I read this as: {sol.problem.restated}")
    ans = sol.summary()
    parts.append("Answer:" + ("\n" + ans if "\n" in ans else " " + ans))
    parts += sol.notes
    shown = sol.shown_steps(detail)
    if shown:
        parts.append("Working:")
        parts += [_text_step(i, s) for i, s in enumerate(shown, 1)]
    return "\n\n".join(parts)


def _cut(html_text: str, limit: int) -> str:
    """Cut HTML at a line boundary below ``limit`` without leaving a tag open."""
    if len(html_text) <= limit:
        return html_text
    cut = html_text[:limit]
    cut = cut[: cut.rfind("\n")] if "\n" in cut else cut
    # close any <b>/<i>/<code> left open by the cut line
    for tag in ("b", "i", "code"):
        if cut.count(f"<{tag}>") > cut.count(f"</{tag}>"):
            cut += f"</{tag}>"
    return cut


def _fit(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    if "<blockquote" in text and not text.endswith("</blockquote>"):
        return _cut(text, limit - len(_MORE) - 2) + "\n" + escape(_MORE)
    if "<blockquote" in text:
        head, _, rest = text.partition("<blockquote expandable>")
        body = rest.removesuffix("</blockquote>")
        room = limit - len(head) - len("<blockquote expandable></blockquote>") - len(_MORE) - 2
        return f"{head}<blockquote expandable>{_cut(body, room)}\n{_MORE}</blockquote>"
    return _cut(text, limit - len(_MORE) - 2) + "\n" + escape(_MORE)
