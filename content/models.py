"""The content schema: typed models every data file in ``content/data`` is validated against.

One YAML file per module (``content/data/<course>/<module-id>.yaml``) holds the module's
lesson snippets, worked example, quiz questions, glossary terms and interview cards.

Answer keys (``Question.answer`` and ``Verify.equals``) are written in our math syntax and read
with ``solver.parsing.parse_value``; ``content.answers.answers_match`` compares them with
``solver.solve(verify.solve).answer``. The forms, by the solver's answer shape:

- a number or expression (det, dot, norm, rank, derivatives, taylor): ``-2``, ``1/3``,
  ``2*x*cos(x^2)``; decimals match within 1 %;
- a matrix or vector (inverse, multiply, rref, projection, gradient, jacobian, hessian):
  ``[[1, -1], [-1, 2]]``, ``[2, 3]`` (a row is accepted for a column);
- eigenvalues ({value: multiplicity}): a list with repeats in any order, ``3, 3, 5`` or
  ``[3, 3, 5]``; one number when there is a single eigenvalue. A free question with such a key
  has ``answer_kind: list``: a student's list is then a multiset (any order) unless the
  question sets ``ordered: true`` and says the order in its text ("largest first");
- eigenvectors: the eigenvectors, any scaling, ``[1, 1], [1, -1]``;
- null space / Gram-Schmidt (lists of vectors): ``[1, 0], [0, 1]`` (any basis of the same space
  for a null space; Gram-Schmidt vectors in order, normalised);
- solve_system: ``x = 2, y = 1`` (free unknowns left out); ``none`` when inconsistent, and
  ``none`` (or ``singular``) for the inverse of a singular matrix;
- critical_points: ``x = 1, y = 0`` for one point, a list of such points in any order;
- pca: the variances in descending order ``[6, 3, 1]``, or one number for the largest;
- newton / gradient_descent: the last iterate (``17/12``; ``x = 0.8, y = 0.4`` or
  ``[0.8, 0.4]``), or the whole path as a list.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SNIPPET_MAX = 700  # text + why
SNIPPET_TEXT_MAX = 450  # one idea, readable on a phone without scrolling (issue 15)
WHY_MAX = 160
QUESTION_MAX = 300
OPTION_MAX = 100
EXPLANATION_MAX = 200
INTERVIEW_WORDS_MAX = 120
LABEL_MAX = 22  # a module's button label: a phone shows about 20-30 characters a button
CONCEPT_LABEL_MAX = 26  # a lesson title on a button (after "📖 ")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"

COURSES = {
    "la": "Linear Algebra",
    "calc": "Multivariate Calculus",
    "pca": "PCA",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Snippet(_Strict):
    """One bite-sized lesson: one idea, a formula or small example, why it matters."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str = Field(min_length=3, max_length=60)
    text: str = Field(min_length=40)  # Telegram HTML subset: <b>, <i>, <code> only
    why: str = ""  # one line: why it matters for ML / interviews
    formula: str = ""  # optional matplotlib mathtext rendered as an image, e.g. r"$A^{-1}$"
    plot: str = ""  # optional solver input whose plot illustrates the snippet

    @model_validator(mode="after")
    def _length(self) -> Snippet:
        if len(self.text) > SNIPPET_TEXT_MAX:
            raise ValueError(f"text is {len(self.text)} characters (max {SNIPPET_TEXT_MAX}): "
                             "split it or cut it")
        if len(self.why) > WHY_MAX:
            raise ValueError(f"why is {len(self.why)} characters (max {WHY_MAX})")
        if len(self.text) + len(self.why) > SNIPPET_MAX:
            raise ValueError(
                f"text + why is {len(self.text) + len(self.why)} characters (max {SNIPPET_MAX})"
            )
        return self


class WorkedExample(_Strict):
    title: str
    text: str = Field(min_length=20, max_length=SNIPPET_MAX)
    try_it: str = Field(min_length=3)  # solver input the student can send as is


class Verify(_Strict):
    """How a test recomputes a computational answer key with the solver."""

    solve: str  # solver input, e.g. "det [[1,2],[3,4]]"
    equals: str = ""  # expected answer (our math syntax); defaults to the question's answer


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    type: Literal["choice", "free"]
    topic: str = Field(min_length=2)
    difficulty: int = Field(ge=1, le=3)
    question: str = Field(min_length=5, max_length=QUESTION_MAX)
    options: list[str] = []
    correct: int | None = None  # index into options (choice)
    answer: str = ""  # free: a number, an expression or a matrix in our math syntax
    # "list": values such as eigenvalues or PCA variances, compared as a multiset unless
    # ``ordered`` (then the question text says the order); "eigenvectors": vectors, each up to
    # a non-zero scale
    answer_kind: Literal["number", "expression", "matrix", "list", "eigenvectors", ""] = ""
    ordered: bool = False
    explanation: str = Field(min_length=5, max_length=EXPLANATION_MAX)
    verify: Verify | None = None  # required for computational questions

    @field_validator("options")
    @classmethod
    def _options(cls, v: list[str]) -> list[str]:
        for o in v:
            if not o.strip() or len(o) > OPTION_MAX:
                raise ValueError(f"option {o!r} is empty or over {OPTION_MAX} characters")
        if len(set(v)) != len(v):
            raise ValueError("options repeat")
        return v

    @model_validator(mode="after")
    def _shape(self) -> Question:
        if self.type == "choice":
            if not 2 <= len(self.options) <= 10:
                raise ValueError("a choice question needs 2 to 10 options")
            if self.correct is None or not 0 <= self.correct < len(self.options):
                raise ValueError("correct must index one of the options")
            if self.answer:
                raise ValueError("a choice question has no free answer")
        else:
            if self.options or self.correct is not None:
                raise ValueError("a free question has no options")
            if not self.answer or not self.answer_kind:
                raise ValueError("a free question needs answer and answer_kind")
            if self.verify is None:
                raise ValueError("a free question needs verify (how the solver checks it)")
        if self.verify and self.type == "choice" and not self.verify.equals:
            raise ValueError("verify on a choice question needs equals")
        return self


class GlossaryTerm(_Strict):
    term: str = Field(min_length=2, max_length=60)
    definition: str = Field(min_length=10, max_length=300)
    snippet: str  # id of the snippet that explains it
    aliases: list[str] = []


class InterviewCard(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    question: str = Field(min_length=10, max_length=QUESTION_MAX)
    answer: str = Field(min_length=20)
    snippet: str = ""  # optional id of a related snippet

    @field_validator("answer")
    @classmethod
    def _words(cls, v: str) -> str:
        if len(v.split()) >= INTERVIEW_WORDS_MAX:
            raise ValueError(
                f"model answer has {len(v.split())} words (max {INTERVIEW_WORDS_MAX - 1})"
            )
        return v


class Module(_Strict):
    id: str = Field(pattern=r"^(la|calc|pca)-w[1-6]$")
    course: Literal["la", "calc", "pca"]
    week: int = Field(ge=1, le=6)
    title: str
    short_title: str = Field(default="", max_length=LABEL_MAX)  # for buttons
    summary: str = Field(max_length=300)
    snippets: list[Snippet] = Field(min_length=5)
    worked_example: WorkedExample
    questions: list[Question] = Field(min_length=10)
    glossary: list[GlossaryTerm] = []
    interview: list[InterviewCard] = []

    @property
    def label(self) -> str:
        """The module on a button: ``W3 Projections``."""
        return f"W{self.week} {self.short_title or shorten(self.title, LABEL_MAX)}"

    @model_validator(mode="after")
    def _ids(self) -> Module:
        if self.id != f"{self.course}-w{self.week}":
            raise ValueError(f"id {self.id!r} does not match course and week")
        for s in self.snippets:
            if not s.id.startswith(self.id + "-"):
                raise ValueError(f"snippet id {s.id!r} must start with {self.id}-")
        for q in self.questions:
            if not q.id.startswith(self.id + "-"):
                raise ValueError(f"question id {q.id!r} must start with {self.id}-")
        return self
