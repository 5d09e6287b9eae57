"""MML Tutor's curriculum: lessons, quizzes, generators, glossary, interview cards, search.

Map:

- ``models``: the schema every data file (``data/<course>/<module>.yaml``) is validated against;
- ``loader``: ``load_curriculum()`` (cached, cross-checked) and ``check_content()``;
- ``answers``: reading and comparing answers safely (``check_free_answer``, ``answers_match``);
- ``generators``: seeded exercise generators, answers computed by the solver;
- ``search``: concept search over lessons, glossary and interview cards.

Usage::

    from content import load_curriculum, generate, search
    cur = load_curriculum()
    first = cur.first_snippet("la-w1")
    q = generate("la-w3", seed=42)
    hits = search("what is an eigenvector")
"""

from .answers import answers_match, check_free_answer, parse_key, verify_question
from .generators import GENERATORS, GeneratedQuestion, Generator, generate
from .loader import (
    MODULE_IDS,
    ContentError,
    Curriculum,
    SnippetRef,
    check_content,
    load_curriculum,
)
from .models import COURSES, GlossaryTerm, InterviewCard, Module, Question, Snippet
from .search import Hit, search

__all__ = [
    "COURSES",
    "GENERATORS",
    "MODULE_IDS",
    "ContentError",
    "Curriculum",
    "GeneratedQuestion",
    "Generator",
    "GlossaryTerm",
    "Hit",
    "InterviewCard",
    "Module",
    "Question",
    "Snippet",
    "SnippetRef",
    "answers_match",
    "check_content",
    "check_free_answer",
    "generate",
    "load_curriculum",
    "parse_key",
    "search",
    "verify_question",
]
