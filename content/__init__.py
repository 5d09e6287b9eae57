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

# answers and generators need SymPy: imported on first use (PEP 562), so the bot's main
# process, which only reads lessons and questions, never imports it (its workers grade).
_LAZY = {
    "answers_match": ".answers", "check_free_answer": ".answers", "parse_key": ".answers",
    "verify_question": ".answers", "GENERATORS": ".generators",
    "GeneratedQuestion": ".generators", "Generator": ".generators", "generate": ".generators",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'content' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value

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
