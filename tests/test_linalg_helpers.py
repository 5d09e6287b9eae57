"""Shared helpers for the linear algebra tests (no tests here): build problems, check renders."""

from __future__ import annotations

from html.parser import HTMLParser

import sympy as sp

from solver import Problem, Solution, solve_problem
from solver.linalg._common import MISMATCH_NOTE, VERIFIED_NOTE

ALLOWED_TAGS = {"b", "i", "code", "pre", "blockquote", "u", "s", "a"}


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"tag <{tag}> not in Telegram's subset")
        if tag == "pre" and "blockquote" in self.stack:
            self.errors.append("<pre> inside <blockquote>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack})")
        else:
            self.stack.pop()


def check_rendering(sol: Solution) -> None:
    """Telegram HTML at most 4096 characters with balanced tags; text renders too."""
    for detail in (False, True):
        text = sol.render("html", detail=detail) if detail else sol.render("html")
        assert len(text) <= 4096
        checker = _TagChecker()
        checker.feed(text)
        checker.close()
        assert not checker.errors, checker.errors
        assert not checker.stack, f"unclosed tags {checker.stack}"
    assert sol.render("text")
    for page in sol.render_pages("html"):
        assert len(page) <= 4096
    sol.to_json()


def run(kind: str, **fields) -> Solution:
    """Solve a problem built directly (no parser), check it rendered and verified."""
    sol = solve_problem(Problem(kind, **fields))
    assert sol.kind == kind
    check_rendering(sol)
    assert MISMATCH_NOTE not in sol.notes, sol.render("text")
    assert VERIFIED_NOTE in sol.notes
    return sol


def M(*rows) -> sp.Matrix:
    return sp.Matrix(rows)


def V(*entries) -> sp.Matrix:
    return sp.Matrix(entries)
