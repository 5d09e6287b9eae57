"""Safe parsing of what students type into a ``Problem``.

Usage::

    from solver.parsing import parse, parse_value, parse_expression
    parse("sir pls find eigen values of [1 2; 3 4] ??").kind      # "eigenvalues"
    parse_value("x = 1, y = 2")                                    # {x: 1, y: 2}
    parse_expression("2xy + sin^2 x")                              # 2*x*y + sin(x)**2

Nothing here calls ``eval``, ``exec``, ``sympify`` or ``parse_expr`` on user text: one
tokenizer (``tokens.scan``, tokens with spans), a whitelisting lexer that admits its math subset
(``lexer``) and a recursive-descent parser (``expr``) build every SymPy object. The pipeline
(the string rewrites go through ``source.sub``, so every span maps back to the message as
typed and a question back quotes the student's own characters):
``normalize`` (Unicode, LaTeX) -> ``layout`` (bracket-less matrices) -> ``intent.notation``
(d/dx, ∂f/∂x, f'(x)) -> ``guard`` (code-like text) -> ``segment`` (the scanned tokens as words
vs math, with spans) -> ``account.check_words`` -> ``intent.detect`` -> ``items`` (definitions,
equations; lexer + expr) -> ``build`` -> ``account.check_reached`` -> ``restate``. Every word
list is in ``lexicon``; every kind is a row of ``solver/kinds.py``.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..problem import LINALG_KINDS, Problem
from . import described
from .account import Unclear, check_reached, check_words, shared_math, theirs
from .build import build
from .claims import identity_note, split_claims, split_identity
from .context import split_context
from .expr import MatOp, Seq, is_scalar, parse_tokens
from .guard import refuse_code
from .intent import _kind_spans, conflicting, detect, force_task, norm_tasks, notation
from .items import as_vector, parse_items
from .layout import rows_to_brackets
from .lexer import split_word
from .lexicon import COMPLEX_WORDS, held_constants, numpy_operators, self_corrected
from .limits import check_text
from .normalize import normalize
from .points import foreign_points, in_variables, value_at
from .preamble import read_preamble
from .readings import (
    flipped,
    letter_matrix,
    pick,
    picked,
    reading,
    said_notes,
    set_variables,
    took,
    unit_vectors,
)
from .readings import requote as requote_readings
from .restate import restate, task_label, with_also
from .segment import Item, assigned_names, segment_full
from .source import Source, follow, requote, splice, sub
from .tasks import (
    OF_MATRIX,
    as_matrix_task,
    definitions_only,
    matrix_of,
    own_header,
    own_items,
    read_list,
    separate_operands,
    shared_point,
    split_list,
    task_parts,
)

logger = logging.getLogger(__name__)

__all__ = ["parse", "parse_expression", "parse_value"]

_HINT = "For example: det [[1, 2], [3, 4]], d/dx x^2 sin x, or gradient of x^2 y at (1, 2)."


def _guarded(func: Any, text: Any) -> Any:
    if not isinstance(text, str):
        raise ParseError("I can only read text.", _HINT)
    check_text(text)
    try:
        return func(text)
    except ParseError:
        raise
    except Exception as exc:  # a bug must still reach the student as a kind ParseError
        logger.warning("parser failed on %r", text[:200], exc_info=True)
        raise ParseError("I could not read that.", _HINT) from exc


def parse(text: str, flip: frozenset[str] | set[str] = frozenset(),
          kind: str | None = None) -> Problem:
    """Read a student's message: the kind of problem, its operands, and a restatement.

    Where the message can be read two ways, the reading taken is in
    ``options["readings"]`` (``readings.Reading``); ``flip`` holds the keys to read the other
    way (the bot's "other reading" button). Other tasks asked in the same message ("det and
    inverse of A") are in ``options["also"]``; ``kind`` reads the message for one of them."""
    def run(t: str) -> Problem:
        asked, claims = split_claims(t)  # "is 7 right?", "my friend says det = 6": answers
        asked, identity = split_identity(asked)  # "and check det = product of eigenvalues"
        asked, context = split_context(asked)  # "Long question sorry.": no math, no task
        with reading(frozenset(flip)) as found:
            try:
                problem = _parse(asked, kind) if kind is None else _for_task(asked, kind, flip)
                if kind is None:
                    problem = _in_asked_order(asked, problem)
                guessed = said_notes()  # typos read as the word they are close to
            except ParseError as exc:  # read the other way, would it parse? offer that
                exc.readings = [r for r in found if r.key not in flip and _parses(
                    asked, frozenset(flip) | {r.key}, kind, further=1)]
                raise
        if kind is None and problem.options.get("also"):
            problem = _readable_tasks(asked, problem, frozenset(flip))
        if claims:
            # each compared with the answer of the task it names (any task when it names none)
            mine = [c for c in claims if c["kind"] in (None, problem.kind) or (
                c["kind"], problem.kind) == ("eigenvalues", "eigenvectors")]
            if mine:
                problem.options["claim"] = (mine[0]["typed"], mine[0]["value"])
                if len(mine) > 1 or mine[0]["who"]:  # (one of the student's own: "claim")
                    problem.options["claims"] = [(c["typed"], c["value"], c["who"], c["kind"])
                                                 for c in mine]
            problem.options["account"] = [*problem.options.get("account", ()), *(
                (c["typed"], f"{c['who']}'s answer" if c["who"] else "the student's own answer")
                for c in claims)]
            problem = dataclasses.replace(problem, source=t)
        if context:
            problem.options["account"] = [*problem.options.get("account", ()), *context]
            problem = dataclasses.replace(problem, source=t)
        if identity is not None and kind is None:  # (said once, with the first task)
            problem = _with_identity(problem, identity[0], t)
        if found:
            problem.options["readings"] = list(found)
        if found or guessed:
            taken = [f"Read: {r.taken}." for r in found] + [f"Read: {n}." for n in guessed]
            problem.options["notes"] = list(dict.fromkeys(
                taken + problem.options.get("notes", [])))
        return problem

    return _guarded(run, text)


def _commas(seg: Any) -> frozenset[int]:
    """The indices of the words a comma follows in the text ("rank, nullspace of A"), when
    the words are the raw words one for one (else none: a list needs its "and")."""
    if len(seg.words) != len(seg.raw):
        return frozenset()
    text = str(seg.text)
    ends = [at + len(w) for w, at in seg.raw]
    return frozenset(n for n, (end, (_w, nxt)) in enumerate(zip(ends[:-1], seg.raw[1:],
                                                                 strict=True))
                     if text[end:nxt].strip() == ",")


def _for_task(text: str, task: str, flip: frozenset[str] | set[str]) -> Problem:
    """The message read for one of its tasks (a button, ``solve``); the math its first task
    alone uses (Newton's steps, the chain rule's x(t)) is that task's, not this one's."""
    with reading(frozenset(flip)):
        try:
            first = _parse(text)
        except ParseError:
            first = None
    if first is None or task not in first.options.get("also", ()):
        return _parse(text, task)
    with shared_math(first.options.get("account"), first.kind):
        return _parse(text, task)


def _readable_tasks(text: str, problem: Problem, flip: frozenset[str]) -> Problem:
    """Each other task of the message ("also") read now: one that cannot be read is named in
    a note with the reason (never a button that fails, never dropped without a word)."""
    keep, notes = [], []
    for task in problem.options["also"]:
        try:
            with reading(flip), shared_math(problem.options.get("account"), problem.kind):
                _parse(text, task)
        except ParseError as exc:
            label = task_label(task, problem.options.get("task_names", {}))
            notes.append(f"You also asked for {label}, but I could not read that part: "
                         f"{exc.message} Send it on its own.")
            continue
        keep.append(task)
    if not notes:
        return problem
    options = {**problem.options, "notes": [*problem.options.get("notes", []), *notes]}
    if keep:
        options["also"] = keep
    else:
        options.pop("also")
    restated = with_also(problem.restated, keep, options.get("task_names", {}))
    return dataclasses.replace(problem, options=options, restated=restated)


# a product typed between two names or brackets: u·v, u x v, (1, 2)·(3, 4), A @ B
_TYPED_PRODUCT = re.compile(r"(?:[A-Za-z]\w?|[)\]])\s*(?:[·×⨯@*]|\bx\b|\.(?=\s*[A-Za-z(]))\s*"
                            r"(?:[A-Za-z(\[])")


def _in_asked_order(text: str, problem: Problem) -> Problem:
    """"the distance between u and v, and also u·v": the task named in words comes first in
    the message, the typed u·v after it; the reader made the typed one the first task (the
    word task "also"). The first task is the one asked first: read the message for it, and
    the typed one is "also" after it."""
    from .tasks import phrase_at

    also = list(problem.options.get("also") or ())
    low = text.lower()
    if also and (_typed_list(text) is not None or split_list(text) is not None):
        return problem  # a list: read item by item, in the order written
    if "solve_system" in also and (m := _SOLVE.search(low)) and m.start() < (phrase_at(
            low, problem.kind or "", 0) or 0):
        return _first_task(text, problem, "solve_system", also)  # "solve .., and the det of
        # its coefficient matrix"
    if not also or problem.kind is None or phrase_at(low, problem.kind, 0) is not None:
        return problem  # the first task is named in words: the build's order is the message's
    words = [k for k in also if "." not in k and phrase_at(low, k, 0) is not None]
    typed = min((m for m in (_TYPED_PRODUCT.search(text), _TYPED_ITEM.search(text)) if m),
                key=lambda m: m.start(), default=None)  # (A^T, tr(A), |A| too)
    if len(words) != 1 or typed is None or phrase_at(low, words[0], 0) > typed.start():
        return problem
    return _first_task(text, problem, words[0], also)


_SOLVE = re.compile(r"\b(?:solve|hal)\b")


def _first_task(text: str, problem: Problem, task: str, also: list[str]) -> Problem:
    """``problem`` read again with ``task`` (one of its ``also``) as the first task."""
    try:
        first = _parse(text, task)
    except ParseError:
        return problem
    assert problem.kind is not None
    rest = [problem.kind, *[k for k in also if k != task]]
    names = {**problem.options.get("task_names", {}), **first.options.get("task_names", {})}
    options = {**first.options, "also": rest, **({"task_names": names} if names else {})}
    options.pop("task", None)
    return dataclasses.replace(first, restated=with_also(first.restated, rest, names),
                               options=options)


def _with_identity(problem: Problem, side: str, text: str) -> Problem:
    """The identity the message asks to check, on the one matrix of the problem: its note
    (computed from the matrix); asked back when there is no such matrix."""
    matrices = [m for m in (problem.matrices or ()) if isinstance(m, sp.MatrixBase)]
    note = identity_note(side, matrices[0]) if len(matrices) == 1 else None
    if note is None:
        raise Unclear(f"I did not see which matrix to check {side} = "
                      f"{'product' if side == 'det' else 'sum'} of the eigenvalues on.",
                      "Ask for the eigenvalues and the determinant of one square matrix.")
    problem.options["notes"] = [*problem.options.get("notes", []), note]
    problem.options["account"] = [*problem.options.get("account", ()),
                                  (f"check {side}", "an identity checked on the matrix")]
    return dataclasses.replace(problem, source=text)


def _parses(text: str, flip: frozenset[str], kind: str | None, further: int = 0) -> bool:
    """Does ``text`` parse with ``flip`` read the other way, or (``further`` more presses) does
    it lead to a question back with a reading that does? ``1/2x`` read 1/(2x) may meet ``i`` as
    a variable in a gradient at a 2-point: the choice is offered, its answer offers i = √−1
    (the bot's buttons keep every reading chosen)."""
    try:
        with reading(flip) as found:
            _parse(text, kind)
    except ParseError:
        return further > 0 and any(
            r.key not in flip and _parses(text, flip | {r.key}, kind, further - 1)
            for r in found)
    except Exception:  # a bug on the other reading: not offered (the log has it)
        logger.warning("other reading failed on %r", text[:200], exc_info=True)
        return False
    return True


def _constant_variables(norm: str, seg: Any, hints: Any, intent: Any) -> frozenset[str]:
    """``i`` and ``e`` as ordinary variables: named after wrt (or d/di), or ``i`` in a message
    with no complex numbers in sight (the reading is shown, with a button for the other)."""
    out = set(letters := letter_matrix(" ".join(it.text for it in seg.items)))
    if letters:
        names = " and ".join(sorted(letters))
        took("letters", f"{names} {'are variables' if len(letters) > 1 else 'is a variable'}"
             " here, like the other letters of the matrix",
             ", ".join({"i": "i = √−1", "e": "e = 2.718…"}[n] for n in sorted(letters)))
        if flipped("letters"):
            out = set()
    wrt = set(hints.wrt) | {it.text.strip() for it in seg.items if it.role == "wrt"}
    held = held_constants(norm)  # "where e is a constant"
    for name in ("i", "e"):
        # "wrt i"; "(here e is just some constant)": as said (i has its own reading below)
        if name in wrt or (name == "e" and name in held):
            out.add(name)
    # i alone (3 + 4i, i x) or glued into a product of letters (2iy, ix^2, sin(ix))
    uses_i = any(p.kind == "sym" and (p.text == "i" or (p.text == "xi" and flipped("xi")))
                 for run in re.findall(r"[A-Za-z]+", " ".join(it.text for it in seg.items))
                 for p in split_word(run))
    if "i" not in out and uses_i:
        complex_ctx = any(w in seg.words for w in COMPLEX_WORDS) or intent.kind in LINALG_KINDS
        as_var = not complex_ctx
        if flipped("i"):
            as_var = not as_var
        if as_var:
            out.add("i")
            took("i", "i is a variable here (not √−1)", "i = √−1", flip_aware=True)
        else:
            took("i", "i is the imaginary unit √−1 here", "i as a variable", flip_aware=True)
    return frozenset(out)


def _parse(text: str, force: str | None = None) -> Problem:
    text = _sentence_tasks(text)  # "Let f = .. . Find df/dx. Also find df/dy. Finally ..."
    if (valued := value_at(text, force, _parse)) is not None:
        return valued  # "the gradient of f, then its value at (0, 1)": ∇f, then ∇f(0, 1)
    if (listed := split_list(text)) is not None:  # 1) gradient at (0, 2)\n2) hessian ...
        return read_list(text, listed, force, _parse)
    if (chain := _chained(text)) is not None:  # "u × v, then its dot with w"
        first, whole = chain[:2]
        if force == "matrix_expr":
            return _parse(whole)
        # (read as its task: the givens of the vectors the next task alone uses are its)
        problem = _parse(first, force or {"×": "cross", "·": "dot"}[chain[2]])
        if force is None:
            problem.options.pop("task", None)
            problem.options["also"] = [*problem.options.get("also", ()), "matrix_expr"]
            problem.options["task_names"] = {**problem.options.get("task_names", {}),
                                             "matrix_expr": "then: " + str(whole).strip()}
        return dataclasses.replace(problem, source=text)
    if " and of " in text and (parts := _and_of(text)) is not None:  # ".. of f and of g"
        try:
            return _each_task(text, parts, [], force, None)
        except ParseError:
            pass
    if (parts := _typed_list(text)) is not None:  # "find Aᵀ, the trace and the inverse"
        try:
            return _each_task(text, parts, [], force, None)
        except ParseError as exc:
            raise Unclear("Your message lists several tasks, some typed (like Aᵀ) and some "
                          "in words, and I could not read each one on its own.",
                          "Ask one at a time, e.g. 'A^T for A = [[1, 2], [3, 4]]'.") from exc
    if (parts := _expression_then_task(text)) is not None:  # "find AᵀA and the det of A"
        try:
            problem = _each_task(text, parts, [], force, None)
        except ParseError:
            pass
        else:
            if force is not None or (problem.kind == "matrix_expr" and [
                    k.partition(".")[0] for k in problem.options.get("also", ())] in (
                    [[k] for k in OF_MATRIX])):
                return problem
    numpy_operators(text)  # A**2 on a NumPy array is entrywise: asked back
    rewritten = [Source(text)]  # every rewrite keeps each character's origin in ``text``
    try:
        problem = _read(rewritten, force)
    except ParseError as exc:  # a question back quotes the student's own characters
        requote(exc, rewritten[-1])
        requote_readings(rewritten[-1])
        raise
    requote_readings(rewritten[-1])  # and so do the readings taken
    return problem


# "d/dx u(x) v(x)": a function of x that is called but never given (the definitions of the
# message are put in by the preamble before this); never the product u·x
_CALLED = re.compile(r"(?<![\w.^_'])([a-z])\s*\(\s*([a-z])\s*\)")
_DIFFERENTIATES = re.compile(r"deriv|differen|gradient|partial|hessian|jacobian|taylor|"
                             r"\bslope\b|\bd\s*/\s*d", re.I)


def _undefined_calls(norm: str, names: Any) -> None:
    if not _DIFFERENTIATES.search(norm):
        return
    for m in _CALLED.finditer(norm):
        f, v = m.groups()
        if f != v and f not in names and f not in ("e", "i") and not re.search(
                rf"(?<![\w.]){f}\s*(?:\(\s*{v}\s*\))?\s*=(?!=)", norm):
            raise Unclear(f"I do not know the function {f}({v}): it is not given in the "
                          f"message.", f"Write it out first, e.g. {f}({v}) = {v}^2, "
                          f"then ask again.")


def _read(rewritten: list[Source], force: str | None) -> Problem:
    text = rewritten[0]
    asked = self_corrected(text)  # "… no sorry …": the part after the correction
    question, defined = read_preamble(asked)
    question = _partials_tuple(_loss_named(_unpacked(_named_result(_dot_sums(
        _inner_under(question))))))
    norm = rows_to_brackets(normalize(follow(text, question)))
    norm = follow(norm, unit_vectors(norm))  # 2i + 3j - k: a vector (shown as a reading)
    if "T" in norm or "ᵀ" in norm:
        for step in _quadratic_form(str(norm), defined):  # xᵀAx with x = (x1, x2)
            norm = follow(norm, step)
    if "∂" in norm:  # "J = [[∂u/∂x, ∂u/∂y], [∂v/∂x, ∂v/∂y]], find J for u = .., v = .."
        for step in _jacobian_named(str(norm)):
            norm = follow(norm, step)
    rewritten.append(norm)
    norm, hints = notation(norm)
    rewritten.append(norm := follow(rewritten[-1], norm))
    if len(set(hints.orders)) > 1 and not re.search(r"\band\b|\baur\b|,", norm):
        raise Unclear("You ask for derivatives of different orders in one message.",
                      "Ask for one at a time, e.g. d^2/dx^2 x^3.")
    refuse_code(norm)
    names = assigned_names(norm)
    norm = _dotted_names(norm, names)
    _undefined_calls(str(norm), names)
    rewritten.append(norm)
    # "ab x^2 where a and b are constants": the letters held fixed are known letters, so a
    # run of them is their product (never the word "ab")
    seg = segment_full(norm, names | held_constants(norm))
    words, items = seg.words, seg.items
    items, elsewhere = theirs(items)  # "gradient descent from (1, 1); also the gradient"
    intent = detect(words, _commas(seg))
    norm_tasks(intent, str(norm))  # "L1 norm and L2 norm of v": a task each
    if len(set(hints.orders)) > 1:  # d/dx and d^2/dx^2 of x^3: two tasks
        intent.orders = list(dict.fromkeys(hints.orders))
    named = 1 + len(intent.also)  # the tasks read from the words (before one is forced)
    tasks = (intent.kind or "", *intent.also)  # the tasks the words name, before one is forced
    if force is not None:
        force_task(intent, force)
    said = described.claims(seg.text)  # "the symmetric matrix [[..]]": checked below
    account = check_words(seg, intent.kind, several_orders=len(intent.orders) > 1,
                          also=tuple(intent.also) if force is None else tasks, claims=said)
    account += elsewhere
    spans = [k for _a, _b, k in intent.spans]
    # "norms of u and v and the angle between them": each task reads its own names
    own = own_items(norm, items, spans, intent.kind, intent.task, names) if len(
        spans) == named else None
    if own is not None:
        items, intent.task_used = own, True
    elif (shared := shared_point(norm, items, list(tasks))) is not None:
        items = shared  # "gradient at (0, 0) and the Hessian at (0, 0)": one point for both
    elif separate_operands(norm, [it.text for it in items], list(tasks)):
        several = Unclear("Your message asks several things, each with its own numbers, and I "
                          "am not sure which go with which.", "Ask one thing at a time.")
        if (parts := task_parts(str(norm), list(tasks))) is None:
            raise several
        return _each_task(text.original, parts, list(tasks), force, several)
    # "the critical points, and the gradient at (0, 0)": that point is the gradient's only
    items = in_variables(str(norm), items, intent.kind, names)  # "gradient of f in x, y"
    items, foreign, there = foreign_points(str(norm), items, _kind_spans(str(norm).lower()),
                                           intent.kind, bool(hints.wrt))
    account += foreign
    notes: list[str] = [*defined, *there]
    set_variables(_constant_variables(norm, seg, hints, intent))
    parsed, env = parse_items(items, names, notes)
    if not parsed:
        raise ParseError("I could not find any math in that message.", _HINT)
    if of_matrix := matrix_of(intent):  # "jacobian of ... and its determinant"
        intent.kind, intent.also = of_matrix[1], []
    fields = build(intent, hints, parsed, env)
    if intent.task > 1 and not intent.task_used:  # "partial.2" with no second partial here
        raise ParseError("I could not find that part of the question.",
                         "Send the part you want on its own.")
    if fields.get("kind") == "transpose" and _TYPED_COLUMN.search(norm):
        (m,) = fields["matrices"]  # [[1],[2],[3]] was typed as a column: keep that shape
        fields["matrices"] = (m.T,) if m.rows == 1 else (m,)
    if fields.get("kind") == "solve":
        fields["kind"] = None
    held = held_constants(norm)  # "where k is a constant", "y and z are constants"
    several = bool(intent.also) or intent.forced or len(intent.orders) > 1
    account += check_reached(parsed, fields, [it.text for it in items], held, several)
    account += described.check(said, described.sizes(str(asked)), fields, seg.typed)
    if of_matrix:
        fields = as_matrix_task(of_matrix[0], fields)
        intent.kind = of_matrix[0]
    others = [k for k in conflicting(intent, fields.get("kind")) if k not in (of_matrix or ())]
    if others and force is None:
        asked = ", ".join(k.replace("_", " ") for k in [fields.get("kind"), *others] if k)
        raise Unclear(f"Your message asks for more than one thing ({asked}) and I am not sure "
                      "how they fit together.", "Ask one thing at a time, e.g. 'det of A'.")
    kind = fields.pop("kind")
    options = {k: v for k, v in fields.pop("options").items() if not k.startswith("reached_")}
    if notes:
        options["notes"] = list(dict.fromkeys(notes + options.get("notes", [])))
    options["account"] = account  # every word and piece of math, and where it went
    if intent.also and kind is not None:
        options["also"] = [k for k in intent.also if k != kind]
    if intent.forced:
        options["task"] = force
    if intent.inside and kind == intent.kind:
        options["inside"] = list(intent.inside)  # solve() answers them too, in the order named
    picks = picked()
    for named in [p for p in picks if p.startswith("columns:")]:  # cov(p, q): the names
        picks.remove(named)
        if kind == "covariance" and options.get("pair"):
            options["pair"] = tuple(named.removeprefix("columns:").split(","))
    if "inner" in picks:  # ⟨u, v⟩_A: read as uᵀAv, an inner product only for an SPD A
        picks.remove("inner")
        _check_inner(kind, options)
        options["inner"] = True
    if picks == ["cos"] and kind == "angle":
        options["cos"], picks = True, []  # "cos of the angle between u and v": cos θ itself
    if picks == ["orthogonal"] and kind == "gram_schmidt":
        options["orthogonal"], picks = True, []  # "(not normalised)": the u's themselves
    if picks:
        if picks[0] in ("cos", "orthogonal"):  # "cos of the angle", "(not normalised)"
            raise Unclear("I did not see what that goes with here.",
                          "Ask one thing at a time, e.g. cos of the angle between (1, 0) "
                          "and (1, 1).")
        if kind != "eigenvectors" or len(picks) > 1:
            raise Unclear("I did not see which eigenvector you want.",
                          "For example: eigenvector of [[2, 1], [1, 2]] for the largest "
                          "eigenvalue.")
        options["pick"] = picks[0]
        if "unit" in intent.words:
            options["unit"] = True  # "unit eigenvector": scaled to length 1
    restated = restate(kind, {**fields, "options": options})
    return Problem(kind=kind, restated=restated, source=text.original, options=options,
                   **fields)


# "f(x) = x^T A x with A = [[2, 1], [1, 3]]": the quadratic form of a symbolic vector x
_QUADRATIC = re.compile(r"(?<![\w.])([a-z])\s*(?:\^\s*T|ᵀ|\^\s*\{\s*T\s*\})\s*\*?\s*([A-Z])"
                        r"\s*\*?\s*\1(?![\w(\[^])")


def _quadratic_form(text: str, notes: list[str]) -> list[str]:
    """``x^T A x`` with A a square matrix of numbers given in the message and x no vector of
    the message: the polynomial Σ A_ij x_i x_j in x1, …, xn (said in a note); A's definition,
    used only there, is taken out of the text."""
    m = _QUADRATIC.search(text)
    if m is None:
        return []
    x, name = m.groups()
    if re.search(rf"(?<![\w.]){x}\s*=", text) or _QUADRATIC.search(text, m.end()):
        return []
    given = re.search(rf"(?:[\s,;]*\b(?:with|for|where|given|and)\s+|[\s,;]+)?(?<![\w.]){name}"
                      rf"\s*=\s*(\[\s*\[[^=\n]*?\]\s*\])", text)
    if given is None or (given.start() < m.end() and given.end() > m.start()):
        return []
    rest = text[:given.start()] + text[given.end():]
    if re.search(rf"(?<![\w.]){name}(?![\w])", rest.replace(m.group(0), "")):
        return []  # A is used elsewhere too: read the usual way
    try:
        a = parse_value(given.group(1))
    except ParseError:
        return []
    if not isinstance(a, sp.MatrixBase) or not a.is_square or a.rows > 4 or a.free_symbols:
        return []
    xs = sp.symbols(f"{x}1:{a.rows + 1}")
    form = sp.expand((sp.Matrix([xs]) * a * sp.Matrix(xs))[0])
    from ..render import inline

    notes.append(f"Read: {x}ᵀ{name}{x} with {x} = ({', '.join(map(str, xs))}) and "
                 f"{name} = {inline(a)}, i.e. {inline(form)}.")
    shown = str(form).replace("**", "^")
    # (two steps, so that each piece keeps its own origin in the message)
    first = text[:m.start()] + f"({shown})" + text[m.end():]
    cut = given.start() + len(shown) + 2 - len(m.group(0))
    return [first, first[:cut] + first[cut + given.end() - given.start():]]


_PARTIAL_ENTRY = r"\(?\s*∂\s*([a-z])\s*/\s*∂\s*([a-z])\s*\)?"
_PARTIALS_NAMED = re.compile(
    r"(?<![\w.])([A-Z])\s*=\s*(\[\s*\[[^=]*?\]\s*\])\s*[,.;:]?\s*(?:now\s+)?"
    r"(?:find|compute|calculate|get|evaluate|write\s+out|work\s+out)?\s*\1\s+"
    r"(?:for|where|with|given|if)\s+(?P<defs>[a-z]\s*=\s*[^,\n]+(?:,\s*(?:and\s+)?[a-z]\s*="
    r"\s*[^,\n]+)+?)\s*[.?!]*\s*$")


def _jacobian_named(text: str) -> list[str]:
    """``J = [[∂u/∂x, ∂u/∂y], [∂v/∂x, ∂v/∂y]], find J for u = .., v = ..``: the Jacobian of
    the functions defined, in the variables of its columns (row i the partials of the i-th
    function defined, column j those in the j-th variable; any other layout is not read)."""
    m = _PARTIALS_NAMED.search(text)
    if m is None:
        return []
    rows = re.findall(r"\[([^\[\]]*)\]", m.group(2))
    cells = [[re.fullmatch(_PARTIAL_ENTRY, c.strip()) for c in re.split(r",(?![^()]*\))", row)]
             for row in rows]
    if not cells or any(c is None for row in cells for c in row) or len(
            {len(row) for row in cells}) != 1:
        return []
    funcs = [{c.group(1) for c in row} for row in cells]
    cols = [{row[j].group(2) for row in cells} for j in range(len(cells[0]))]
    if any(len(f) != 1 for f in funcs) or any(len(v) != 1 for v in cols):
        return []
    names = [f.pop() for f in funcs]
    variables = [v.pop() for v in cols]
    defs = re.findall(r"(?:^|,)\s*(?:and\s+)?([a-z])\s*=", m.group("defs"))
    if names != defs or len(set(variables)) != len(variables) or set(names) & set(variables):
        return []
    head = "the jacobian of "
    first = text[:m.start()] + head + text[m.start("defs"):]
    return [first, first.rstrip(" .?!") + " wrt " + ", ".join(variables)]


# "A = [[..]]. find A transpose times A and the determinant of A": a matrix expression of the
# named matrices, then a task on one of them (each its own task, in that order)
_EXPR_THEN_TASK = re.compile(
    r"(?is)^(?P<head>.*?(?:[A-Z]\s*=\s*\[\s*\[.*?\]\s*\]\s*[.:;,]?)\s*(?:now\s+)?"
    r"(?:find|compute|calculate|get|evaluate|what\s+is|what\s+are)?\s*)"
    r"(?P<expr>(?:[A-Z](?:\s*(?:\^\s*(?:T|-1|\d)|ᵀ|'))?|\s+|transpose|inverse|times|plus|"
    r"minus|[-+*·@()])+?)\s+and\s+(?P<task>(?:then\s+|also\s+)?(?:the\s+|its\s+)?"
    r"(?:det|determinant|inverse|trace|rank|eigen\s*values|eigenvectors)\b[^\n]*)$")


# "find Aᵀ, the trace and the inverse for A = [[..]]", "A = [[..]]. Compute det(A), A^-1 and
# A^T": tasks listed after a verb, some typed on a matrix's name; the givens before the verb
# or after "for / where / with / given / if"
_TYPED_ITEM = re.compile(r"[A-Z](?:\s*(?:\^\s*\(?\s*(?:-\s*1|T|\d)\s*\)?|ᵀ|⁻¹|²|³|'|\.T\b))+"
                         r"|\|\s*[A-Z]\s*\||(?:det|tr|trace|rank)\s*\(\s*[A-Z]\s*\)"
                         # on vectors' names: u·v, u x v, u + v, |u|, ||u - v||
                         r"|[a-z]\s*(?:[·×.+\-*]|\bx\b)\s*[a-z]\b"
                         r"|\|{1,2}\s*[a-z](?:\s*[+\-]\s*[a-z])?\s*\|{1,2}(?:_?[12])?"
                         # on a function's name: f'(x), f'', df/dx, ∂f/∂x, ∂²f/∂x∂y, f_x, ∇f
                         r"|[a-z]'{1,3}(?:\s*\(\s*[a-z]\s*\))?"
                         r"|d\s*(?:\^?\s*\d)?\s*[a-z]\s*/\s*d\s*[a-z](?:\s*\^?\s*\d)?"
                         r"|∂\s*(?:\^?\s*\d|²)?\s*[a-z]\s*/\s*(?:∂\s*[a-z]\s*(?:\^?\s*\d|²)?\s*)+"
                         r"|[a-z]_[a-z]{1,2}\b|∇\s*[a-z]\b|grad\s+[a-z]\b")
_LIST_VERB = re.compile(r"\b(?:find|compute|calculate|evaluate|give|get|determine|"
                        r"what\s+(?:is|are)|nikalo|batao)\b\s*:?", re.I)
_LIST_GIVENS = re.compile(r"\s(?:for|where|with|given|if|of)\s+[A-Za-z]\w?(?:\([^()]*\))?\s*="
                          r"|[.?!](?=\s+[A-Z])|[.?!]?\s*$")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:also\s+)?|\s+(?:and|aur)\s+(?:also\s+)?")


def _typed_list(text: str) -> tuple[str, list[str]] | None:
    """(the givens, [each task as written]) for a list of tasks after a verb where a typed
    operation on a name (Aᵀ, A^-1) is one of the items, beside words ("the trace", "det(A)"):
    each item is read on its own with the givens (a typed item is never the operand of the
    word task beside it, never dropped); None for any other message."""
    if "=" not in text or len(text) > 400 or "\n" in text.strip() or not _TYPED_ITEM.search(
            text) or _ITS.search(text):
        return None
    verbs = list(_LIST_VERB.finditer(text))
    if not verbs:
        return None
    start = verbs[-1].end()
    end = start + _LIST_GIVENS.search(text[start:]).start()
    region = text[start:end]
    items, depth, last = [], 0, 0
    for n, ch in enumerate(region):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and (m := _LIST_SEP.match(region, n)) and m.end() > n and (
                n == 0 or region[n - 1] not in ",") and last <= n and not (
                "," not in m.group(0) and re.search(
                    r"\b(?:between|of)\s+(?!them\b|these\b|those\b|both\b)[^\s,]+\s*$",
                    region[last:n]) and re.match(r"[A-Za-z](?![A-Za-z])", region[m.end():])):
            # "the distance between u and v", "the dot product of u and v - w": one item
            items.append(region[last:n])
            last = m.end()
    items.append(region[last:])
    items = [i.strip() for i in items if i.strip()]
    typed = [i for i in items if _TYPED_ITEM.fullmatch(i)]
    if len(items) < 2 or not typed:
        return None
    givens = re.sub(r"^(?:for|where|with|given|if|of)\s+", "", (
        text[:verbs[-1].start()] + " " + text[end:]).strip(" .,:;"))
    if "=" not in givens or not definitions_only(givens):
        return None  # the givens are definitions only (else the list was not split right)
    # each item with the definitions it names (all when it names none)
    return "", [re.sub(r"(?:\s*[,;]|\s+and)+$", "", " ".join(own_header(givens, item).split()))
                + ": " + item for item in items]


_ITS = re.compile(r"\b(?:its|their|uska|iska|inka|unka)\b", re.I)
_AND_OF = re.compile(r"(?is)^(?P<task>[^\n]*?\bof)\s+(?P<a>[^\n]+?)\s*,?\s+and\s+of\s+"
                     r"(?P<b>[^\n]+)$")


def _and_of(text: str) -> tuple[str, list[str]] | None:
    """"taylor series of e^x up to x^2 and of cos x up to x^4": one task on two functions,
    each with its own scope: (no givens, [the task of the first, the task of the second])."""
    if (m := _AND_OF.match(text.strip())) is None:
        return None
    task = m.group("task")
    if not _kind_spans(task.lower()):  # no task named before "of"
        return None
    return "", [f"{task} {m.group('a')}", f"{task} {m.group('b')}"]


def _expression_then_task(text: str) -> tuple[str, list[str]] | None:
    if "[" not in text or " and " not in text or "=" not in text or len(text) > 400:
        return None
    m = _EXPR_THEN_TASK.match(text)
    if m is None or not re.search(r"[A-Z].*[A-Z]|transpose|inverse|\^|ᵀ", m.group("expr")):
        return None
    if "\n" in text.strip() or re.search(r"\b(?:its|then)\b", m.group("task")):
        return None  # "its": of the expression (read the usual way)
    return m.group("head").strip(), [m.group("expr").strip(), m.group("task").strip()]


def _each_task(original: str, parts: tuple[str, list[str]], tasks: list[str],
               force: str | None, several: ParseError | None) -> Problem:
    """Each task read with the givens and its own part of the message (a task list), kept
    only when every part reads as the task its words named, in the order named."""
    header, items = parts
    joined = "\n".join([header, *(f"{n}) {item}" for n, item in enumerate(items, 1))])
    try:
        problem = read_list(joined, (header, items), force, _parse)
    except ParseError:
        if several is None:
            raise
        raise several from None
    if force is None and several is not None:
        got = [problem.kind or "", *problem.options.get("also", ())]
        same = {"distance": "norm"}  # "the norm of the vector (B - A)": ‖B − A‖, a distance
        if [same.get(k.partition(".")[0], k.partition(".")[0]) for k in got] != [
                same.get(k.partition(".")[0], k.partition(".")[0]) for k in tasks] or \
                (problem.options.get("notes") and any(
                    n.startswith("I could not read part") or n.startswith("I do not see what")
                    for n in problem.options["notes"])):
            raise several
    return dataclasses.replace(problem, source=original)


def _check_inner(kind: str | None, options: dict[str, Any]) -> None:
    """⟨u, v⟩_A = uᵀAv is an inner product only when A is symmetric positive definite: said
    so (with A's own numbers) instead of computing it under that name."""
    tree = options.get("tree")
    try:
        (_row, a), v = tree.args[0].args, tree.args[1]
        if kind != "matrix_expr" or not (isinstance(a, sp.MatrixBase) and isinstance(
                v, sp.MatrixBase) and a.is_square and v.shape == (a.rows, 1)):
            raise ValueError
    except (AttributeError, ValueError, TypeError) as exc:
        raise Unclear("I could not read that inner product.",
                      "For example: <u, v>_A for u = (1, 2), v = (3, 1), "
                      "A = [[2, 1], [1, 3]].") from exc
    symmetric = a.is_symmetric()
    definite = a.is_positive_definite if symmetric else False
    if definite is True:
        return
    from ..render import inline

    rule = "⟨u, v⟩_A = uᵀAv is an inner product only for a symmetric positive definite A"
    if definite is None:  # letters among its entries: it depends on them
        said = f"I can't tell from its entries whether {inline(a)} is positive definite"
    else:
        why = ("it is not symmetric" if not symmetric else
               "it is not positive definite (an eigenvalue is 0 or negative)")
        said = f"{inline(a)} is not: {why}"
    raise Unclear(f"{rule}, and {said}.",
                  "For the number uᵀAv itself, ask for u^T A v.")


# "[[1], [2], [3]]": nested brackets with one entry per row, i.e. a column typed as a column
_TYPED_COLUMN = re.compile(r"\[\s*\[[^,;\[\]]+\]\s*[,;]\s*\[[^,;\[\]]+\]")


_NAMED_CALL = re.compile(r"(?m)^[ \t]*([A-Za-z]\w?)[ \t]*=[ \t]*((?:np|numpy)\s*\.[^\n]*\))"
                         r"[ \t]*;?[ \t]*$")


def _named_result(text: str) -> str:
    """``C = np.cov(X.T)`` then ``what is C?`` / ``print(C)`` / ``C = ?``: the question is the
    call itself (C names its result and is used nowhere else)."""
    for m in _NAMED_CALL.finditer(text):
        name = re.escape(m.group(1))
        ask = re.compile(rf"(?mi)^[ \t]*(?:what\s+(?:is|does)\s+{name}(?:\s+(?:give|return|"
                         rf"equal|come\s+out\s+as))?|print\s*\(\s*{name}\s*\)|{name}\s*=\s*\?+|"
                         rf"find\s+{name}|{name}\s*\?+)[ \t?.!]*$")
        asked = ask.search(text, m.end())
        rest = text[:m.start()] + text[m.end():]
        if asked and len(re.findall(rf"(?<![\w.]){name}(?![\w])", rest)) == 1:
            return (text[:m.start()] + m.group(2) + text[m.end():asked.start()]
                    + text[asked.end():])
    return text


_DOT = re.compile(r"(?<![\w.])([A-Za-z]\w?)\s*(?:[·∙⋅]|\.(?=[A-Za-z]))\s*([A-Za-z]\w?)(?![\w(])")


# "(2,3,1)·(1,1,4)", "(1,2).(3,4)": a dot between two typed vectors, alone (not inside a
# longer expression), is their dot product
_TUPLE_DOT = re.compile(r"(?<![\w)\]*+/^·.-])(?<![*+/^·-]\s)(\([^()\[\]]*,[^()\[\]]*\))\s*"
                        r"[·∙⋅.]\s*(\([^()\[\]]*,[^()\[\]]*\))(?!\s*[*+/^·(\[-])(?![\w])")


def _dot_sums(text: str) -> str:
    """``u·v + v·w``, ``2 u·v``, ``u.v - u.w`` for vectors named in the message: each ``·``
    between two vector names is a dot product, uᵀv (it was read as a matrix product of two
    columns: "the inner sizes differ"). A lone ``u·v`` stays the dot-product task."""
    if "(" in text:
        text = sub(_TUPLE_DOT, r" dot product of \1 and \2 ", text)
    dots = list(_DOT.finditer(text))
    if not dots:
        return text
    vectors = set(re.findall(r"(?<![\w.])([A-Za-z]\w?)\s*=\s*[(\[](?!\s*\[)", text))
    dots = [m for m in dots if {m.group(1), m.group(2)} <= vectors]
    if not dots:
        return text
    joined = len(dots) > 1 or any(
        re.search(r"[-+\d)]\s*$", text[:m.start()]) or re.match(r"\s*[-+*/]", text[m.end():])
        for m in dots)
    if not joined:
        # "find u.v, |u|, |v| and the angle between u and v": a dot product listed among
        # other tasks is that task, named in words (each task then reads its own names)
        listed = [m for m in dots if re.match(r"\s*(?:,|and\b|&)\s*\S", text[m.end():])
                  and re.search(r"(?:^|[,:;.]|\b(?:find|compute|calculate|get|and))\s*$",
                                text[:m.start()], re.I)]
        if len(listed) == 1 and len(dots) == 1 and re.search(
                r"\b(?:angle|distance|cross|projection|norms?|lengths?|magnitudes?)\b|"
                r"\|\s*[a-z]\w?\s*\|\s*(?:,|\band\b|&)\s*\|",
                text[listed[0].end():], re.I) and not re.search(
                    r"[×⨯]|(?<![\w.])[a-z]\s*[*x]\s*[a-z](?![\w(])", text[listed[0].end():]):
            # ("u·v, u×v and the angle between them" reads already: the symbols in turn)
            (m,) = listed
            return (f"{text[:m.start()]} dot product of {m.group(1)} and {m.group(2)} "
                    f"{text[m.end():]}")
        return text
    out, last = [], 0
    for m in dots:
        out += [text[last:m.start()], f"({m.group(1)}^T {m.group(2)})"]
        last = m.end()
    return "".join(out) + text[last:]


_LOSS_DEFINED = re.compile(r"(?im)^[ \t]*(loss|cost)[ \t]*=(?!=)")
_LOSS_NAMED_AGAIN = r"(?i)(?<=\bof )(?:the\s+)?{name}\b(?!\s*=)"


def _loss_named(text: str) -> str:
    """``loss = np.mean((w*x + b - y)**2)`` then "the gradient of (the) loss": the loss is a
    function named by the word; it is read as the name L (when the message has no other L)."""
    m = _LOSS_DEFINED.search(text)
    if m is None or len(_LOSS_DEFINED.findall(text)) > 1:
        return text
    name = m.group(1)
    rest = text[:m.start()] + text[m.end():]
    if re.search(r"(?<![\w.])L(?![\w(])\s*(?:\(|=)", rest) or re.search(
            r"(?<![\w.])L\s*\(", rest):
        return text  # an L of its own
    again = re.compile(_LOSS_NAMED_AGAIN.format(name=name))
    if not again.search(rest) and not re.search(r"\bd\s*L\s*/\s*d", rest):
        return text
    text = sub(again, "L", text)
    m = _LOSS_DEFINED.search(text)
    return splice(text, m.start(1), m.end(1), "L") if m else text


# "w, b = 0.0, 0.0" on a line of its own: Python's unpacking, w = 0.0 and b = 0.0
_NUMBER = r"-?\d+(?:\.\d+)?"
_UNPACKED = re.compile(rf"(?m)^([ \t]*)([A-Za-z]\w?)[ \t]*,[ \t]*([A-Za-z]\w?)[ \t]*=[ \t]*"
                       rf"({_NUMBER})[ \t]*,[ \t]*({_NUMBER})[ \t]*;?[ \t]*$")


def _unpacked(text: str) -> str:
    return sub(_UNPACKED, r"\1\2 = \4, \3 = \5", text) if "," in text else text


# "the gradient (dL/dw, dL/db)": the gradient of L in w and b
_PARTIALS_TUPLE = re.compile(r"(\bgradient\s*)?\(\s*d\s*([A-Za-z])\s*/\s*d\s*([a-z]\w?)\s*,"
                             r"\s*d\s*\2\s*/\s*d\s*([a-z]\w?)\s*\)")


def _partials_tuple(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(3) == m.group(4):
            return m.group(0)
        said = "gradient" if m.group(1) else "the gradient"
        return f"{said} of {m.group(2)} wrt {m.group(3)} and {m.group(4)} "

    return sub(_PARTIALS_TUPLE, repl, text) if "/" in text else text


_NAME = r"[A-Za-z]\w?"
_TUPLE = r"\([^()\[\]]*,[^()\[\]]*\)|\[[^\[\]]*,[^\[\]]*\]"
_MATRIX = r"\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]"
_VEC = rf"(?:{_NAME}(?:\s*=\s*(?:{_TUPLE}))?|{_TUPLE})"
_MAT = rf"(?:{_NAME}(?:\s*=\s*{_MATRIX})?|{_MATRIX})"
_UNDER = (r"(?:under|with\s+respect\s+to|w\.?\s*r\.?\s*t\.?|defined\s+by|induced\s+by|"
          r"given\s+by|weighted\s+by|using)")
_INNER = re.compile(
    # "inner product of u and v under A", "<u, v>_A", "⟨u, v⟩_A = uᵀAv", "A-inner product"
    rf"(?i:\b(?:the\s+)?(?:weighted\s+)?inner\s+product\s+(?:of\s+)?(?P<x>{_VEC})\s+and\s+"
    rf"(?P<y>{_VEC})\s*,?\s*{_UNDER}\s+(?:the\s+)?(?:(?:spd|symmetric\s+positive\s+definite)"
    rf"\s+)?(?:matrix\s+)?)(?P<m>{_MAT})"
    rf"|(?:(?i:\b(?:the\s+)?(?:weighted\s+)?inner\s+product)\s*)?[<⟨]\s*(?P<x2>{_VEC})\s*,\s*"
    rf"(?P<y2>{_VEC})\s*[>⟩]\s*_\s*\{{?\s*(?P<m2>{_MAT})\s*\}}?"
    rf"|\b(?P<m3>{_NAME})\s*-\s*(?i:inner\s+product\s+(?:of\s+)?)(?P<x3>{_VEC})\s+and\s+"
    rf"(?P<y3>{_VEC})(?![\w(\[])")
# "= uᵀAv", "= u^T A v", "= u'Av", "= u.T @ A @ v": the definition typed after it
_DEFINED_AS = (r"\s*(?:=|:=|is)\s*{x}\s*(?:\^\s*\{{?T\}}?|ᵀ|'|\.T)\s*[*@·]?\s*{m}\s*[*@·]?\s*"
               r"{y}(?![\w(])")


_VERB = (r"(?:find|compute|calculate|give|get|evaluate|determine|work\s+out|write|"
         r"differentiate|what\s+is|what's)\b")
# a sentence that is a task: a task verb, after a word that says it is one more
_TASK_SENTENCE = re.compile(rf"(?i:(?:(?:also|then|finally|next|lastly|now|and|after\s+that)"
                            rf"\s*,?\s+)?{_VERB})")
_SEQUENCE = re.compile(r"(?i:(?:also|then|finally|next|lastly|now|and|after\s+that)\b)")
_HEADER = re.compile(r"(?i:(?:let|given|suppose|consider|define|for)\b)")


def _sentences(text: str) -> list[str]:
    """The sentences of one line: cut after . ? ! followed by a space, outside brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch in ".?!" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(text[start:i + 1].strip())
            start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def _sentence_tasks(text: str) -> str:
    """``Let f(x, y) = ... . Find df/dx. Also find df/dy. Finally give the gradient at (1, 2).``:
    each sentence after the givens that is a task (a task verb, one of them after "also",
    "then", "finally", ...) is an item of a task list (``tasks.read_list``), so each task keeps
    its own point; anything else is left as it is."""
    if "\n" in text or text.count(". ") < 2:
        return text
    parts = _sentences(text)
    head = 0
    while head < len(parts) and _HEADER.match(parts[head]) and not _TASK_SENTENCE.match(
            parts[head]):
        head += 1
    items = parts[head:]
    if head == 0 or len(items) < 2 or not all(_TASK_SENTENCE.match(p) for p in items) or not any(
            _SEQUENCE.match(p) for p in items[1:]):
        return text
    return " ".join(parts[:head]) + "".join(f"\n{n}) {p}" for n, p in enumerate(items, 1))


_OPS = {"cross": "×", "×": "×", "x": "×", "dot": "·", "·": "·", ".": "·"}
_CHAIN = re.compile(
    rf"(?P<a>{_NAME}|{_TUPLE})\s*(?P<op>(?i:cross|dot)|[×·])\s*(?P<b>{_NAME}|{_TUPLE})"
    r"\s*[,;]?\s*(?i:(?:and\s+)?then\s+)(?:(?i:(?:find\s+|take\s+|compute\s+)?(?:its|the\s+"
    r"result'?s?|that(?:'s)?)\s+)(?P<op2>(?i:cross|dot))(?:\s+(?i:product))?"
    r"|(?P<op3>(?i:cross|dot))\s+(?i:it|the\s+result|that))\s+(?i:with|and)\s+"
    rf"(?P<c>{_NAME}|{_TUPLE})(?![\w(\[])")


def _chained(text: str) -> tuple[Any, Any, str] | None:
    """``(1,2,0) cross (0,1,3) and then its dot with (1,1,1)``: the first task, then one on
    its result ("its", "the result", "that"): the first task's text, and the whole chain as
    one expression, ``((1,2,0) × (0,1,3)) · (1,1,1)`` (the "also" task ``matrix_expr``)."""
    if "then" not in text.lower():
        return None
    m = _CHAIN.search(text)
    if m is None:
        return None
    op, op2 = _OPS[m.group("op").lower()], _OPS[(m.group("op2") or m.group("op3")).lower()]
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    first = splice(text, m.end("b"), m.end(), "", m)
    if re.fullmatch(_NAME, c) and c not in (a, b):  # "where .., w = (1, 1, 1)": w's task's
        given = re.compile(rf"(?:\s*,\s*|\s+and\s+)?(?<![\w.]){re.escape(c)}\s*=\s*(?:{_TUPLE})")
        if (d := given.search(first)) is not None and not re.search(
                rf"(?<![\w.]){re.escape(c)}(?![\w(])", first[:d.start()] + first[d.end():]):
            first = splice(first, d.start(), d.end(), "", d)
    whole = splice(text, m.start(), m.end(), f"({a} {op} {b}) {op2} {c}", m)
    return first, whole, op


def _inner_under(text: str) -> str:
    """⟨u, v⟩_A = uᵀAv, the inner product a symmetric positive definite A defines, is read as
    the matrix expression uᵀAv (``readings.pick("inner")``: ``_parse`` checks A is symmetric
    positive definite, and the restatement names the inner product)."""
    if "inner" not in text.lower() and "_" not in text:
        return text
    m = _INNER.search(text)
    if m is None:
        return text
    x, y, a = (m.group(g) or m.group(g + "2") or m.group(g + "3") for g in "xym")
    defs = []
    names = []
    for part in (x, y, a):
        name, eq, value = part.partition("=")
        if eq:
            defs.append(f"{name.strip()} = {value.strip()}")
        names.append(name.strip() if eq or re.fullmatch(_NAME, part) else None)
    left = (f"{names[0]}^T" if names[0] else
            "[[" + x.strip()[1:-1] + "]]")  # a typed vector on the left: its row
    right = names[1] or y.strip()
    middle = names[2] or a.strip()
    end = m.end()
    if all(names):  # "<u, v>_A = uᵀAv": the definition, said once
        own = re.compile(_DEFINED_AS.format(x=re.escape(names[0]), m=re.escape(names[2]),
                                            y=re.escape(names[1])))
        if (d := own.match(text, end)) is not None:
            end = d.end()
    pick("inner")
    new = f"({left} {middle} {right})" + (", where " + ", ".join(defs) + "," if defs else "")
    return splice(text, m.start(), end, new, m)


def _dotted_names(text: str, names: frozenset[str]) -> str:
    """``a.b`` with both named (``a = (1, 2)``) is a dot product: ``a*b``."""
    def repl(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return f"{a}*{b}" if a in names and b in names else m.group(0)

    # u.v or u . v; never "A. A = [[..]]" (a full stop before a definition)
    return sub(r"(?<![\w.])([A-Za-z]\w?)(?:\.|\s\.\s)([A-Za-z]\w?)(?![\w(])(?!\s*=)",
               repl, text)


def _value(text: str) -> Any:
    norm = rows_to_brackets(normalize(text))
    norm, _ = notation(norm)
    refuse_code(norm)
    items = [Item(p.strip()) for p in _top_level(norm) if p.strip()]
    if not items:
        raise ParseError("There is no value here.", "For example 3/2, (1, 2) or x = 1, y = 2.")
    parsed, _env = parse_items(items, assigned_names(norm), [])
    values = []
    for p in parsed:
        if isinstance(p.value, MatOp):
            raise ParseError("Give the value itself, not an operation on matrices.", "[[1, 2]]")
        if p.is_equation:
            values.append(sp.Eq(p.lhs, p.value, evaluate=False))
        else:
            values.append(as_vector(p.value) if isinstance(p.value, Seq) else p.value)
    if all(p.name and not p.params for p in parsed):
        return {sp.Symbol(p.name): v for p, v in zip(parsed, values, strict=True)}
    if any(p.name for p in parsed):
        raise ParseError("Mix of values and assignments.", "Either 1, 2 or x = 1, y = 2.")
    return values[0] if len(values) == 1 else values


def _top_level(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth == 0 and ch in ",;\n":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def parse_value(text: str) -> Any:
    """One value: a number, expression, vector/matrix (``sp.Matrix``), a comma list of values
    (a ``list``), or assignments ``x = 1, y = 2`` (a ``dict`` {Symbol: value})."""
    return _guarded(_value, text)


def _expression(text: str) -> sp.Expr:
    value = parse_tokens(normalize(text).strip(), {}, [])
    if not is_scalar(value):
        raise ParseError("I expected one expression here.", "For example x^2 - 2x + 1.")
    return value


def parse_expression(text: str) -> sp.Expr:
    """One scalar expression (``x^2 sin x``, ``e^-x``, ``√2/2``) as a SymPy expression."""
    return _guarded(lambda t: (refuse_code(t), _expression(t))[1], text)
