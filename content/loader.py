"""Load the curriculum: every module file validated, cross-checked and put in course order.

Usage::

    from content import load_curriculum
    cur = load_curriculum()            # cached; reads content/data/**/*.yaml
    ref = cur.snippet("la-w5-eigen-intro")
    ref.module.title, ref.index, cur.next_snippet(ref.snippet.id)

Any problem (bad YAML, a field that fails the schema, a duplicate id of its kind, a dangling
missing module) raises ``ContentError`` whose message names the file and the field path, e.g.
``la/la-w1.yaml: questions[3] (la-w1-q4).options: Value error, options repeat``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .models import GlossaryTerm, InterviewCard, Module, Question, Snippet

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
COURSE_ORDER = ("la", "calc", "pca")
MODULE_IDS: tuple[str, ...] = (
    *(f"la-w{w}" for w in range(1, 6)),
    *(f"calc-w{w}" for w in range(1, 7)),
    *(f"pca-w{w}" for w in range(1, 5)),
)


class ContentError(ValueError):
    """Content that fails validation. ``problems`` lists every problem found, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class SnippetRef:
    """A snippet with where it lives: its module and its index in that module."""

    snippet: Snippet
    module: Module
    index: int

    @property
    def id(self) -> str:
        return self.snippet.id

    @property
    def is_last_in_module(self) -> bool:
        return self.index == len(self.module.snippets) - 1


class Curriculum:
    """All modules in course order, with look-ups by id."""

    def __init__(self, modules: Iterable[Module], sources: dict[str, Path] | None = None) -> None:
        self.modules: tuple[Module, ...] = tuple(sorted(modules, key=_course_key))
        self.sources: dict[str, Path] = dict(sources or {})
        self._modules = {m.id: m for m in self.modules}
        self._order: list[SnippetRef] = [
            SnippetRef(s, m, i) for m in self.modules for i, s in enumerate(m.snippets)
        ]
        self._position = {ref.id: pos for pos, ref in enumerate(self._order)}
        self._questions = {q.id: (q, m) for m in self.modules for q in m.questions}

    # ----------------------------------------------------------------- modules and snippets
    def module(self, module_id: str) -> Module:
        try:
            return self._modules[module_id]
        except KeyError:
            raise KeyError(f"no module {module_id!r}") from None

    def course_modules(self, course: str) -> list[Module]:
        return [m for m in self.modules if m.course == course]

    def snippet(self, snippet_id: str) -> SnippetRef:
        try:
            return self._order[self._position[snippet_id]]
        except KeyError:
            raise KeyError(f"no snippet {snippet_id!r}") from None

    def has_snippet(self, snippet_id: str) -> bool:
        return snippet_id in self._position

    def snippets(self, module_id: str | None = None) -> list[SnippetRef]:
        return [r for r in self._order if module_id is None or r.module.id == module_id]

    def first_snippet(self, module_id: str | None = None) -> SnippetRef:
        refs = self.snippets(module_id)
        if not refs:
            raise KeyError(f"no snippets in {module_id!r}")
        return refs[0]

    def next_snippet(self, snippet_id: str) -> SnippetRef | None:
        """The snippet after this one in course order (crossing into the next module)."""
        pos = self._position[snippet_id] + 1
        return self._order[pos] if pos < len(self._order) else None

    def prev_snippet(self, snippet_id: str) -> SnippetRef | None:
        pos = self._position[snippet_id] - 1
        return self._order[pos] if pos >= 0 else None

    # ----------------------------------------------------------------- questions
    def questions(self, module_id: str | None = None, topic: str | None = None) -> list[Question]:
        """Quiz questions, optionally of one module and/or one topic (case-insensitive)."""
        mods = [self.module(module_id)] if module_id else list(self.modules)
        out = [q for m in mods for q in m.questions]
        if topic is not None:
            out = [q for q in out if q.topic.lower() == topic.lower()]
        return out

    def question(self, question_id: str) -> Question:
        return self._questions[question_id][0]

    def question_module(self, question_id: str) -> Module:
        return self._questions[question_id][1]

    def topics(self, module_id: str | None = None) -> list[str]:
        """Distinct topics in first-seen order."""
        return list(dict.fromkeys(q.topic for q in self.questions(module_id)))

    # ----------------------------------------------------------------- glossary, interview
    @property
    def glossary(self) -> list[GlossaryTerm]:
        return sorted((t for m in self.modules for t in m.glossary), key=lambda t: t.term.lower())

    def term(self, word: str) -> GlossaryTerm | None:
        """The glossary term named ``word`` or one of its aliases (case-insensitive)."""
        key = word.strip().lower()
        for t in self.glossary:
            if key == t.term.lower() or key in (a.lower() for a in t.aliases):
                return t
        return None

    def interview_cards(self, module_id: str | None = None) -> list[InterviewCard]:
        mods = [self.module(module_id)] if module_id else list(self.modules)
        return [c for m in mods for c in m.interview]

    def interview_card(self, card_id: str) -> InterviewCard:
        for c in self.interview_cards():
            if c.id == card_id:
                return c
        raise KeyError(f"no interview card {card_id!r}")

    # ----------------------------------------------------------------- counts
    def counts(self) -> dict[str, int]:
        from .generators import GENERATORS

        return {
            "snippets": len(self._order),
            "questions": len(self._questions),
            "generators": sum(len(GENERATORS.get(m.id, [])) for m in self.modules),
            "glossary terms": sum(len(m.glossary) for m in self.modules),
            "interview cards": sum(len(m.interview) for m in self.modules),
        }

    def __iter__(self) -> Iterator[Module]:
        return iter(self.modules)

    def __len__(self) -> int:
        return len(self.modules)


def _course_key(m: Module) -> tuple[int, int]:
    return (COURSE_ORDER.index(m.course), m.week)


# --------------------------------------------------------------------- loading
def load_curriculum(
    data_dir: str | Path | None = None, expected: Iterable[str] | None = MODULE_IDS
) -> Curriculum:
    """Read, validate and cross-check every module file under ``data_dir`` (cached).

    ``expected`` lists the module ids that must be present (all 15 by default); pass ``None``
    to accept any subset (test fixtures).
    """
    root = Path(data_dir) if data_dir is not None else DATA_DIR
    return _load_cached(str(root.resolve()), tuple(expected) if expected is not None else None)


@functools.lru_cache(maxsize=8)
def _load_cached(root: str, expected: tuple[str, ...] | None) -> Curriculum:
    base = Path(root)
    problems: list[str] = []
    modules: list[Module] = []
    sources: dict[str, Path] = {}
    files = sorted(base.rglob("*.yaml")) + sorted(base.rglob("*.yml"))
    for path in files:
        rel = _rel(path, base)
        module = _load_module(path, rel, problems)
        if module is None:
            continue
        if module.id in sources:
            problems.append(f"{rel}: id: module {module.id!r} is also defined in "
                            f"{_rel(sources[module.id], base)}")
            continue
        modules.append(module)
        sources[module.id] = path
    if expected is not None:
        missing = [m for m in expected if m not in sources]
        if missing:
            problems.append(f"{_rel(base, base.parent)}: missing module files: "
                            + ", ".join(f"{m}.yaml" for m in missing))
    modules.sort(key=_course_key)
    problems += _cross_check(modules, {k: _rel(v, base) for k, v in sources.items()})
    if problems:
        raise ContentError(problems)
    cur = Curriculum(modules, sources)
    logger.info("loaded %d modules from %s", len(cur), base)
    return cur


load_curriculum.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]


def _rel(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def _load_module(path: Path, rel: str, problems: list[str]) -> Module | None:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problems.append(f"{rel}: not valid YAML{where}: {getattr(exc, 'problem', exc)}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{rel}: the file must hold a mapping (id, course, week, ...)")
        return None
    try:
        module = Module.model_validate(raw)
    except ValidationError as exc:
        problems += [f"{rel}: {_field_path(e['loc'], raw)}: {e['msg']}" for e in exc.errors()]
        return None
    if path.stem != module.id:
        problems.append(f"{rel}: id: {module.id!r} does not match the file name {path.name!r}")
    return module


def _field_path(loc: tuple[Any, ...], raw: Any) -> str:
    """``('questions', 3, 'options')`` → ``questions[3] (la-w1-q4).options``."""
    out = ""
    node = raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f" ({node['id']})"
            elif isinstance(node, dict) and isinstance(node.get("term"), str):
                out += f" ({node['term']})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


def _cross_check(modules: list[Module], files: dict[str, str]) -> list[str]:
    """Ids unique across everything, glossary terms unique, references resolve."""
    problems: list[str] = []
    # one namespace per kind: a lesson and a quiz question may share an id (the bot links them
    # through different callback prefixes), two lessons in different files may not
    seen: dict[tuple[str, str], str] = {}

    def claim(kind: str, ident: str, where: str) -> None:
        if (kind, ident) in seen:
            problems.append(f"{where}: duplicate {kind} id {ident!r} "
                            f"(first used in {seen[kind, ident]})")
        else:
            seen[kind, ident] = where

    for m in modules:
        f = files[m.id]
        for i, s in enumerate(m.snippets):
            claim("snippet", s.id, f"{f}: snippets[{i}].id")
        for i, q in enumerate(m.questions):
            claim("question", q.id, f"{f}: questions[{i}].id")
        for i, c in enumerate(m.interview):
            claim("interview", c.id, f"{f}: interview[{i}].id")
    snippet_ids = {s.id for m in modules for s in m.snippets}
    terms: dict[str, str] = {}
    for m in modules:
        f = files[m.id]
        for i, t in enumerate(m.glossary):
            where = f"{f}: glossary[{i}] ({t.term})"
            if t.snippet not in snippet_ids:
                problems.append(f"{where}.snippet: no snippet {t.snippet!r}")
            for name in (t.term, *t.aliases):
                key = name.strip().lower()
                if key in terms:
                    problems.append(f"{where}: term {name!r} already defined in {terms[key]}")
                else:
                    terms[key] = where
        for i, c in enumerate(m.interview):
            if c.snippet and c.snippet not in snippet_ids:
                problems.append(f"{f}: interview[{i}] ({c.id}).snippet: no snippet {c.snippet!r}")
    return problems


# --------------------------------------------------------------------- check-content
GENERATOR_CHECK_SEEDS = range(3)


def check_content(data_dir: str | Path | None = None, solve: bool = True) -> dict[str, int]:
    """Validate everything and return the counts (``mml-tutor check-content`` prints them).

    Data files against the schema and cross-references; with ``solve``, every answer key and
    every worked example's ``try_it`` through the solver, and every generator for a few seeds.
    Raises ``ContentError`` listing every problem.
    """
    from .answers import verify_question
    from .generators import GENERATORS

    cur = load_curriculum(data_dir)
    problems: list[str] = []
    if solve:
        problems += [p for q in cur.questions() if (p := verify_question(q))]
        problems += [p for m in cur.modules if (p := check_try_it(m))]
        problems += [p for m in cur.modules for p in check_generators(GENERATORS.get(m.id, []))]
    missing = [m.id for m in cur.modules if not GENERATORS.get(m.id)]
    if missing:
        problems.append("generators: no generator for " + ", ".join(missing))
    if problems:
        raise ContentError(problems)
    return cur.counts()


def check_try_it(module: Module) -> str | None:
    """``None`` when the worked example's ``try_it`` parses and solves, else why not."""
    from solver import solve
    from solver.errors import ParseError, TooHard

    try_it = module.worked_example.try_it
    try:
        solve(try_it)
    except (ParseError, TooHard) as exc:
        return f"{module.id}: worked_example.try_it {try_it!r} fails: {exc}"
    return None


def check_generators(generators: Iterable[Any], seeds: Iterable[int] = GENERATOR_CHECK_SEEDS
                     ) -> list[str]:
    """Each generator gives a complete, reproducible question; the solver never disagrees with
    SymPy (where the solver cannot read a prompt yet, SymPy's value is used and logged)."""
    from .generators_base import SOLVER_DISAGREES

    problems = []
    for g in generators:
        for seed in seeds:
            q = g(seed)
            if not (q.question and q.answer and q.explanation and q.prompt):
                problems.append(f"generator {g.name} seed {seed}: incomplete question")
            if SOLVER_DISAGREES in q.note:
                problems.append(f"generator {g.name} seed {seed}: {q.note} ({q.prompt!r})")
            again = g.draft(seed)
            if (again.question, again.prompt) != (q.question, q.prompt):
                problems.append(f"generator {g.name} seed {seed}: not reproducible")
    return problems
