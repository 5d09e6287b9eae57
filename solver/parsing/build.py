"""From the intent and the parsed items to the operands of a ``Problem`` (see problem.py)."""

from __future__ import annotations

import logging
import re
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..kinds import KINDS, names
from .expr import MatOp, Seq, is_scalar, shape
from .intent import Hints, Intent
from .items import Parsed, as_vector
from .limits import check_matrix
from .variables import free_symbols, natural_order

logger = logging.getLogger(__name__)

_ONE_MATRIX = tuple(k.name for k in KINDS if k.restate)  # det, inverse, ... (kinds table)
_MATOP_KIND = {"multiply": "multiply", "add": "add", "subtract": "add", "transpose": "transpose",
               "inverse": "inverse", "det": "det", "norm": "norm", "cross": "cross"}
_CALC = names("calculus")  # the calculus kinds of the table
_SYSTEM_HINT = "For example: solve x + y = 3, x - y = 1."


class Built(dict):
    """Keyword arguments for ``Problem`` collected step by step."""


def _by_role(parsed: list[Parsed], role: str) -> list[Parsed]:
    return [p for p in parsed if p.role == role]


def _int(items: list[Parsed], what: str, low: int, high: int) -> int | None:
    if not items:
        return None
    value = items[0].value
    if not (is_scalar(value) and value.is_number and value == int(value) and low <= value <= high):
        raise ParseError(f"The {what} should be a whole number from {low} to {high}.",
                         f"For example '{what} 3'.")
    return int(value)


_NORM_ORDS = {"manhattan": 1, "chebyshev": "inf"}  # lexicon: "L1 norm", "max norm"


def build(intent: Intent, hints: Hints, parsed: list[Parsed], env: dict[str, Any]) -> Built:
    out = _build(intent, hints, parsed, env)
    if "coefficientmatrix" in intent.words and "reached_equations" not in out["options"] and not (
            intent.forced and out.get("kind") == "solve_system"):  # its other task's matrix
        raise ParseError("I did not see what to do with the coefficient matrix here.",
                         "For example: det of the coefficient matrix of 2x + y = 3, x - y = 0.")
    if hints.n_terms and out.get("kind") != "taylor" and "taylor" not in {
            k for _a, _b, k in intent.spans}:  # "first 3 terms" of anything but a Taylor series
        from .account import Unclear
        raise Unclear(f"I did not see how “{hints.n_terms} terms” fits this problem: the first "
                      "n terms are of a Taylor series.", "Ask for the Taylor series, or leave "
                      "that part out.")
    ords = {_NORM_ORDS[w] for w in intent.words if w in _NORM_ORDS}
    named = sum(w in ("norm", "distance") for w in intent.words)
    if intent.norms and out.get("kind") == "norm":
        # "L1 norm and L2 norm of v": the task-th norm named, each its own task
        ord_ = intent.norms[min(intent.task, len(intent.norms)) - 1]
        intent.task_used = intent.task <= len(intent.norms)
        names = {1: "L1 norm", 2: "L2 (Euclidean) norm", "inf": "max (L∞) norm"}
        out["options"]["task_names"] = {"norm": names[intent.norms[0]], **{
            f"norm.{n}": names[o] for n, o in enumerate(intent.norms, 1)}}
        if ord_ != 2:
            out["options"]["ord"] = ord_
        ords = set()
    if ords:  # the L1 or max norm: of one vector only (never a Euclidean answer for it)
        # "||x||_1 and ||x||_2": a second, Euclidean norm was dropped under the L1 answer
        typed_norm = any(isinstance(p.value, MatOp) and p.value.op == "norm" for p in parsed)
        if out.get("kind") not in ("norm", "distance") or len(ords) > 1 or typed_norm or (
                named > sum(w in _NORM_ORDS for w in intent.words)):
            raise ParseError("I can work out the L1 or the max norm of one vector (or of the "
                             "difference of two points), on its own.",
                             "For example: L1 norm of (3, -4, 1).")
        out["options"]["ord"] = ords.pop()
    powers = [w for w in intent.words if w in ("squared", "cubed")]
    if powers:  # a power word that reached no operand: never dropped ("squared distance")
        if powers == ["squared"] and out.get("kind") in ("norm", "distance") and not out[
                "options"].get("ord"):
            out["options"]["squared"] = True
        else:
            raise ParseError(f"I did not see what “{powers[0]}” applies to here.",
                             "Put the power on what it raises, e.g. (x + 1)^2, or ask for "
                             "the squared distance between two points.")
    return out


def _build(intent: Intent, hints: Hints, parsed: list[Parsed], env: dict[str, Any]) -> Built:
    out = Built(kind=intent.kind, options={})
    for p in parsed:  # "differentiate wrt x: y = sin(x)/x": a definition is not a variable
        if p.role in ("wrt", "data") and (p.name or p.params or p.is_equation) and is_scalar(
                p.value) and not p.value.is_number:  # "data (1, 2), model y = m x + c"
            p.role = "main"
        elif p.role == "point" and (p.name or p.params) and is_scalar(p.value) and not (
                p.value.is_number or isinstance(p.value, sp.Symbol)) and p.value.free_symbols:
            p.role = "main"  # "dy/dx at x = 1 if y = x^3 + 2x": y's definition, not a point
    if intent.kind not in _CALC and not intent.plot:
        for p in parsed:  # "orthonormal basis from (1, 1) and (1, 2)": no point here
            if p.role in ("point", "to"):
                p.role = "main"
    main = _by_role(parsed, "main")
    values = [p.value for p in main if p.name is None and not p.is_equation and not p.names]
    matops = [v for v in values if isinstance(v, MatOp)]
    equations = [p for p in main if p.is_equation or (
        p.name is not None and not p.params and is_scalar(p.value) and not p.value.is_number
        and intent.kind in ("solve", "solve_system"))]
    kind = intent.kind
    if matops and ((kind in _WORD_TASKS and _word_task_beside(matops, main)
                    and not _between_math(intent, values)) or (
            kind in _APPLIED and len(matops) > 1 and _same_matrix_beside(matops, values))):
        # "u = (1, 2, 0), v = (2, 1, 2): find u·v, u×v and the angle between them": the
        # expressions are tasks of their own, the angle (named by words) one more
        if intent.forced and intent.task > 1 and kind in _MATOP_KIND.values():
            pass  # "det(A), A^-1 and A^T", the A^T task ("transpose.2"): the 2nd expression
        elif intent.forced:
            out["options"]["reached_trees"] = list(matops)  # the other tasks' expressions
            values = [v for v in values if not isinstance(v, MatOp)]
            main = [p for p in main if not isinstance(p.value, MatOp)]
            matops = []
        else:
            intent.also.append(kind)
            kind = intent.kind = None
    if (intent.forced and len(matops) > 1 and kind not in _APPLIED
            and _same_matrix_beside(matops, values)):
        # "find A^T, A^2 and det(A)", the A^2 task: det's own matrix is no operand of it
        values = [v for v in values if isinstance(v, MatOp)]
        main = [p for p in main if isinstance(p.value, MatOp) or p.name or p.names
                or p.is_equation or not isinstance(p.value, sp.MatrixBase)]
    if len(matops) > 1 and (kind in (None, "multiply", "add", "matrix_expr") or (
            intent.forced and intent.task > 1 and kind in _MATOP_KIND.values())):
        # "find u.v, u×v and |u|": the task read again is "cross.2", the 2nd expression
        matops, values, main = _one_expression(out, intent, matops, values, main)
        kind = None if kind == "matrix_expr" else kind  # its kind follows from the expression
    if kind == "solve" or (kind is None and len(equations) >= 2):
        kind = "solve_system" if equations else None
    if kind in _TWO_VECTORS and (matops or any(isinstance(p.value, MatOp)
                                              for p in _by_role(parsed, "onto"))):
        # "dot product of u + v and w", "angle between 2u - v and w": an operand that is a
        # sum or multiple of vectors is worked out first (the restatement shows each one)
        matops = _vector_operands(out, parsed, values, matops)
    if matops and matops[0].op == "norm" and kind in (None, "norm", "distance"):
        inner = matops[0].args[0]  # ‖…‖ typed with bars: the norm of what is inside
        if not isinstance(inner, MatOp):
            out["kind"], out["vectors"] = "norm", (sp.Matrix(inner),)
            return out
        for p in main:
            if p.value is matops[0]:
                p.value = inner
        values = [inner if v is matops[0] else v for v in values]
        matops = [inner]
        kind = "norm" if kind is None else kind
    if matops and kind in ("norm", "distance") and matops[0].op == "subtract" and all(
            isinstance(a, sp.MatrixBase) and a.cols == 1 for a in matops[0].args):
        out["kind"] = "distance"  # ||u - v||: the distance between u and v
        out["vectors"] = tuple(sp.Matrix(a) for a in matops[0].args)
        return out
    top = _MATOP_KIND.get(matops[0].op) if matops else None
    plain = [v for v in values if isinstance(v, sp.MatrixBase)]
    if (matops and kind in _APPLIED and top in _APPLIED and top != kind and len(matops) == 1
            and _simple(matops[0]) and plain and all(a == plain[0] for a in matops[0].args)):
        # "Find A^-1 and det(A)": two tasks on the same matrix, not the det of A^-1
        values = [v for v in values if v is not matops[0]]
        for p in main:
            if p.value is matops[0]:
                p.value = plain[0]
        intent.also = [*intent.also, top]
        matops, top = [], None
    if matops and kind in _APPLIED and kind != top and len(values) > 1:
        raise ParseError(f"I am not sure which matrix the {kind.replace('_', ' ')} is for.",
                         "Send one problem at a time, e.g. det of A*B where A = ..., B = ...")
    if matops and kind in _APPLIED and kind != top:
        # "det of AB", "eigenvalues of AᵀA", "norm of u + v": the expression first, then the
        # operation asked (the restatement shows both)
        from ..linalg.expression import evaluate

        if len(matops) > 1:
            raise ParseError("Send one matrix expression at a time.", "A = [[1, 2], [3, 4]], A^3")
        tree = matops[0]
        if _has_number_op(tree):  # "det(A) |u|": det of A·|u|, or det(A) times |u|?
            raise ParseError(f"I am not sure how far the {kind.replace('_', ' ')} reaches in "
                             "that expression.", "Add brackets, e.g. det(A)·|u| or "
                             "det(A·|u|), or ask one thing at a time.")
        value = evaluate(tree)
        if not isinstance(value, sp.MatrixBase):
            raise ParseError(f"That expression is a number, not a matrix, so I can't find "
                             f"its {kind}.", "Check the expression.")
        values = [value if v is tree else v for v in values]
        for p in main:
            if p.value is tree:
                p.value = value
        out["options"]["tree"] = tree
        matops = []
    if matops and (kind is None or kind in ("multiply", "add") or kind == top) and not _simple(
            matops[0]):
        if len(matops) > 1:
            raise ParseError("Send one matrix expression at a time.", "A = [[1, 2], [3, 4]], A^3")
        out["kind"] = "matrix_expr"
        out["options"]["tree"] = matops[0]
        leaves: list[sp.Matrix] = []
        _walk(matops[0], leaves)
        out["matrices"] = tuple(leaves)
        return out
    if matops and (kind is None or kind in _MATOP_KIND.values()):
        if matops[0].op == "apply":
            raise ParseError("Write Ax = b with both sides.",
                             "A = [[1,2],[3,4]], b = (5,6), solve Ax = b")
        kind = _MATOP_KIND[matops[0].op]
        if matops[0].op == "subtract":
            out["options"]["subtract"] = True
    if kind in ("multiply", "dot", None) and matops and matops[0].op == "multiply" and all(
            isinstance(a, sp.MatrixBase) and a.cols == 1 for a in matops[0].args):
        kind = "dot"  # u·v of two named vectors
    elif kind == "multiply" and len(_vectors(values, main)) == 2 and not _matrices(values, env):
        kind = "dot"
    if intent.subtract and kind == "add":
        out["options"]["subtract"] = True
    if intent.plot:
        out["options"]["plot"] = True
        rng = [p.value for p in _by_role(parsed, "point") + _by_role(parsed, "to")]
        if len(rng) == 2 and all(is_scalar(v) and v.is_number for v in rng):
            out["options"]["x_range"] = (rng[0], rng[1])
        elif len(rng) == 1 and isinstance(rng[0], Seq | sp.MatrixBase) and len(rng[0]) == 2:
            out["options"]["x_range"] = tuple(rng[0])
    out["kind"] = kind
    if "x_range" in out["options"]:
        parsed = [p for p in parsed if p.role not in ("point", "to")]
    bare_linalg = kind is None and (_matrices(values, env) or _vectors(values, main))
    if kind in _CALC or (kind is None and not bare_linalg and _has_function(main)):
        _calculus(out, kind, intent, hints, parsed, main)
    elif kind == "solve_system":
        _system(out, equations, values)
    else:
        _linalg(out, kind, intent, parsed, values, env)
    return out


_APPLIED = (*_ONE_MATRIX, "norm")  # kinds that act on one matrix or vector


# kinds on two vectors whose operands may be vector expressions (u + v, 2u − w)
_TWO_VECTORS = ("dot", "cross", "angle", "distance", "projection", "scalar_projection")


def _combination(value: Any) -> bool:
    """A sum, difference or multiple of column vectors (``u + v``, ``2u − w``, ``3v``)."""
    if isinstance(value, sp.MatrixBase):
        return value.cols == 1 and value.rows > 1
    if not isinstance(value, MatOp):
        return False
    if value.op == "scale":
        return is_scalar(value.args[0]) and _combination(value.args[1])
    if value.op in ("add", "subtract"):
        return all(_combination(a) for a in value.args)
    return False


def _vector_operands(out: Built, parsed: list[Parsed], values: list[Any],
                     matops: list[MatOp]) -> list[MatOp]:
    """Each operand typed as a combination of vectors (``u + v``), in the main or ``onto``
    role, replaced by its value (SymPy's own sum); the trees are kept, in the order typed, for
    the restatement (``options["operands"]``) and the account. The other expressions stay."""
    from ..linalg.expression import describe, evaluate

    operands = len(values) + len(_by_role(parsed, "onto"))
    if operands < 2:  # "distance u − v": the two vectors of the difference
        return matops
    trees = []
    for p in parsed:
        tree = p.value
        if p.role not in ("main", "onto") or not isinstance(tree, MatOp) or not _combination(
                tree):
            continue
        if shape(tree) is None:
            raise ParseError(f"I can't work out {describe(tree)}: the vectors have different "
                             "lengths.", "Check the vectors.")
        value = evaluate(tree)
        p.value = value
        values[:] = [value if v is tree else v for v in values]
        trees.append((value, tree))
    if trees:
        out["options"]["operands"] = tuple(trees)
    return [m for m in matops if not any(m is t for _v, t in trees)]


def _one_expression(out: Built, intent: Intent, matops: list[MatOp], values: list[Any],
                    main: list[Parsed]) -> tuple[list[MatOp], list[Any], list[Parsed]]:
    """``find AB and BA``: each matrix expression its own task, in the order written; this
    reading is the ``intent.task``-th (the others are "also" tasks ``multiply.2``, ...)."""
    from ..linalg.expression import describe

    pick = matops[min(intent.task, len(matops)) - 1]
    intent.task_used = intent.task <= len(matops)
    others = [m for m in matops if m is not pick]
    ids = [f"{_MATOP_KIND.get(m.op, 'matrix_expr') if _simple(m) else 'matrix_expr'}.{n}"
           for n, m in enumerate(matops, 1)]
    out["options"]["task_names"] = {i: describe(m) for i, m in zip(ids, matops, strict=True)}
    out["options"]["reached_trees"] = others  # each answered as its own task
    if not intent.forced:
        intent.also[:0] = ids[1:]
    keep = [v for v in values if not any(v is o for o in others)]
    return [pick], keep, [p for p in main if not any(p.value is o for o in others)]


# kinds named by words that take two named vectors ("the angle between them")
_WORD_TASKS = ("angle", "distance", "projection", "scalar_projection")


def _word_task_beside(matops: list[MatOp], main: list[Parsed]) -> bool:
    """Each expression one operation on the message's two named vectors (u·v, u×v, u + v)."""
    named = [p for p in main if p.name and not p.params and as_vector(p.value) is not None]
    if len(named) != 2:
        return False
    vecs = [sp.Matrix(as_vector(p.value)) for p in named]
    return all(_simple(m) and m.op != "apply" and all(
        isinstance(a, sp.MatrixBase) and any(a == v for v in vecs) for a in m.args)
        for m in matops)


def _same_matrix_beside(matops: list[MatOp], values: list[Any]) -> bool:
    """``A = [[..]]: find A^T, A^2 and det(A)``: each expression one operation on the one
    matrix the word task also names, so the word task is one task more (never "which
    matrix?")."""
    plain = [v for v in values if isinstance(v, sp.MatrixBase)]
    if not plain or any(v != plain[0] for v in plain):
        return False
    return all(_simple(m) and m.op != "apply" and all(
        isinstance(a, sp.MatrixBase) and a == plain[0] for a in m.args) for m in matops)


def _between_math(intent: Intent, values: list[Any]) -> bool:
    """"the angle between u + v and u − v": the two expressions are the only operands typed
    after "between" (no plain vector beside them), so they are the word task's operands,
    not tasks of their own ("find u + v, u − v and the angle between them": there "them"
    is u and v, written out by the lexicon)."""
    return "between" in intent.words and len(values) == 2 and all(
        isinstance(v, MatOp) and _combination(v) for v in values)


def _simple(op: MatOp) -> bool:
    """One operation on typed matrices (A·B, A + B, Aᵀ, A⁻¹, |A|): its own kind."""
    if op.op == "apply":
        return True
    plain = all(isinstance(a, sp.MatrixBase) for a in op.args)
    return plain and op.op in _MATOP_KIND


def _has_function(main: list[Parsed]) -> bool:
    return any(is_scalar(p.value) for p in main) or any(p.params for p in main)


# ----------------------------------------------------------------------- linear algebra
def _loose_sample(intent: Intent, what: str) -> bool:
    """"variance of 1, 2, 3, 4 sample", "variance of the sample 1, 2, 3": the word "sample"
    said, but not "sample variance": ÷ (N − 1) or ÷ N? Asked, a button each (``sdiv``: the
    sample variance, ``pdiv``: the variance of these numbers, ÷ N); never one taken silently."""
    from .readings import flipped, took

    words = set(intent.words)
    if "sample" not in words or words & {"population", "biased"} or any(
            w == "sample" and n and intent.words[n - 1] in ("one", "a", "each", "every", "per")
            for n, w in enumerate(intent.words)):
        return False  # ("each point is one sample": the layout of the data, not a divisor)
    if flipped("sdiv") or flipped("pdiv"):
        key = "sdiv" if flipped("sdiv") else "pdiv"
        took(key, "“sample” is read as " + (f"the sample {what} (÷ N − 1)" if key == "sdiv"
                                            else f"the {what} of these numbers (÷ N)")
             + ", as you chose", "", flip_aware=True)
        return key == "sdiv"
    took("sdiv", "“sample” can be read two ways", f"sample {what} (÷ N − 1)", flip_aware=True,
         choice=True)
    took("pdiv", "“sample” can be read two ways", f"{what} of these numbers (÷ N)",
         flip_aware=True, choice=True)
    raise ParseError(f"By “sample” do you mean the sample {what} (divide by N − 1) or the "
                     f"{what} of these numbers (divide by N)?", "Tap one, or write "
                     f"“sample {what} of …”.")


def _has_number_op(value: Any) -> bool:
    """A length or determinant inside a matrix expression (|u|, det B): a number there."""
    return isinstance(value, MatOp) and (value.op in ("norm", "det") or any(
        _has_number_op(a) for a in value.args))


def _walk(value: Any, found: list[sp.Matrix]) -> None:
    if isinstance(value, MatOp):
        for a in value.args:
            _walk(a, found)
    elif isinstance(value, sp.MatrixBase):
        found.append(sp.Matrix(value))


def _matrices(values: list[Any], env: dict[str, Any]) -> list[sp.Matrix]:
    """Matrices in order: operands of matrix operations, then bracketed matrices."""
    found: list[sp.Matrix] = []
    for v in values:
        if isinstance(v, MatOp):
            _walk(v, found)
        elif isinstance(v, sp.MatrixBase) and v.cols > 1:
            found.append(sp.Matrix(v))
    if not found and not values:
        found = [sp.Matrix(m) for m in env.values() if m.cols > 1]
    return found


def _vectors(values: list[Any], main: list[Parsed], parsed: list[Parsed] | None = None
             ) -> list[sp.Matrix]:
    """Vectors in order; when none is written out, the named ones (u = (1, 2), ...). A vector
    named where it is typed and never referred to by its name ("the projection of
    v = (1, 2, 3) onto the span of (1, 0, 0) and (0, 1, 1)") is an operand in its place."""
    inline = [p for p in main if parsed and p.name and not p.params
              and as_vector(p.value) is not None
              and not any(re.search(rf"(?<![\w.]){re.escape(p.name)}(?![\w(])", q.typed)
                          or _holds(q.value, as_vector(p.value)) for q in parsed if q is not p)]
    vecs: list[sp.Matrix] = []
    for v in values if not inline else [p.value for p in main if (p.name is None and not (
            p.is_equation or p.names)) or p in inline]:
        if isinstance(v, MatOp):
            inner: list[sp.Matrix] = []
            _walk(v, inner)
            vecs.extend(m for m in inner if m.cols == 1)
        elif (vec := as_vector(v)) is not None:
            vecs.append(vec)
        elif isinstance(v, Seq):  # {(1, 1, 1), (1, 0, 1)}: a set of vectors
            vecs.extend(vec for item in v if (vec := as_vector(item)) is not None)
    if not vecs:
        vecs = [vec for p in main if p.name and (vec := as_vector(p.value)) is not None]
    return vecs


def _holds(value: Any, vec: sp.Matrix) -> bool:
    """Is ``vec`` (or its transpose) ``value`` or a leaf of it (``Ax`` holds x)?"""
    leaves: list[sp.Matrix] = []
    _walk(value, leaves)
    if (v := as_vector(value)) is not None and not isinstance(value, MatOp):
        leaves.append(v)
    return any(m.shape in (vec.shape, vec.T.shape) and list(m) == list(vec) for m in leaves)


def _operands(values: list[Any], env: dict[str, Any]) -> list[sp.Matrix]:
    """Matrix operands in the order written, each with exactly the shape typed: a vector
    (``[1, 2]``, ``(1, 2)``) is a column; ``[[1, 2]]`` stays a row."""
    found: list[sp.Matrix] = []
    for v in values:
        if isinstance(v, MatOp | sp.MatrixBase):
            _walk(v, found)
        elif isinstance(v, Seq) and (vec := as_vector(v)) is not None:
            found.append(vec)
    if not found and not values:  # "A = ..., B = ..., find the product"
        found = [sp.Matrix(m) for m in env.values()]
    return found


def _chain(kind: str, intent: Intent, values: list[Any], env: dict[str, Any]) -> MatOp | None:
    """Three or more typed matrices to multiply (or add), in the order written: the one
    product A·B·C (sum A + B + C), each step's sizes checked first; a step whose sizes do not
    fit is explained, never computed. None for two operands (the kind's own solver)."""
    if any(isinstance(v, MatOp) for v in values) or intent.subtract or intent.subtract_from:
        return None
    ops = _operands(values, env)
    if len(ops) < 3:
        return None
    tree: Any = ops[0]
    rows, cols = ops[0].shape
    for n, m in enumerate(ops[1:], 2):
        if kind == "multiply" and cols != m.rows:
            raise ParseError(
                "I can't multiply these in the order given: "
                + ("the first matrix" if n == 2 else f"the product of the first {n - 1}")
                + f" is {rows}×{cols} and matrix {n} is {m.rows}×{m.cols}; a product needs "
                f"the left one's column count ({cols}) to equal the right one's row count "
                f"({m.rows}).", "Check the sizes and the order of the matrices.")
        if kind == "add" and (rows, cols) != m.shape:
            raise ParseError(f"I can't add these: matrix {n} is {m.rows}×{m.cols} and the ones "
                             f"before it are {rows}×{cols}.", "Matrices to add have one size.")
        cols = m.cols
        tree = MatOp(kind, (tree, m))
    return tree


def _two_operands(kind: str, values: list[Any], env: dict[str, Any]
                  ) -> tuple[sp.Matrix, sp.Matrix]:
    """Left and right operand of A·B or A ± B, never reordered or reshaped."""
    ops = _operands(values, env)
    what = "multiply" if kind == "multiply" else "add or subtract"
    if len(ops) < 2:
        raise ParseError(f"I need two matrices (or a matrix and a vector) to {what}.",
                         "For example: multiply [[1, 2], [3, 4]] and [[0, 1], [1, 0]].")
    if len(ops) > 2:
        raise ParseError(f"I can {what} two matrices at a time, and I found {len(ops)}.",
                         "Send the first two, then combine the result with the next one.")
    return ops[0], ops[1]


def _linalg(out: Built, kind: str | None, intent: Intent, parsed: list[Parsed],
            values: list[Any], env: dict[str, Any]) -> None:
    mats = _matrices(values, env)
    # (a vector named in place is an operand, unless an expression of the names was worked
    # out first: "||Ax||" for x = [1, 1])
    vecs = _vectors(values, _by_role(parsed, "main"),
                    None if {"tree", "operands"} & set(out["options"]) else parsed)
    if kind in ("multiply", "add") and (chain := _chain(kind, intent, values, env)):
        out["kind"] = "matrix_expr"  # "multiply A, B and C": one product, step by step
        out["options"]["tree"] = chain
        out["matrices"] = tuple(_operands(values, env))
    elif kind in ("multiply", "add"):
        out["matrices"] = _two_operands(kind, values, env)
        if kind == "add" and intent.subtract_from and not any(
                isinstance(v, MatOp) for v in values):
            out["matrices"] = out["matrices"][::-1]  # "subtract A from B" is B − A
    elif kind in _ONE_MATRIX:
        if "coefficientmatrix" in intent.words and not mats:
            if set(intent.words) & {"solve", "solution", "solutions", "hal"} and not (
                    intent.forced or "solve_system" in intent.also):
                intent.also.append("solve_system")  # "solve .. and the det of the
                # coefficient matrix": two tasks (parse puts them in the order asked)
            mats = [_coefficients(out, parsed)]
        said = set(intent.words) & {"columns", "rows"}
        if not mats and len(vecs) >= 2 and len({v.rows for v in vecs}) == 1 and len(said) == 1:
            # "inverse of the matrix with columns (1, 2) and (3, 7)": the vectors as said
            (which,) = said
            rows = sp.Matrix.hstack(*vecs).tolist() if which == "columns" else [
                list(v) for v in vecs]
            mats = [check_matrix(rows)]
            out["options"]["reached_matrices"] = vecs
            out["options"].setdefault("notes", []).append(
                f"The vectors are the {which} of the matrix, as the message says.")
        elif kind in ("rank", "det") and not mats and len(vecs) >= 2 and len(
                {v.rows for v in vecs}) == 1:
            # rank of (2,1,0), (1,1,1), (3,2,1): the vectors as rows (same rank/det as columns)
            mats = [check_matrix([list(v) for v in vecs])]
            out["options"]["reached_matrices"] = vecs
            out["options"].setdefault("notes", []).append(
                "The vectors are the rows of the matrix (rows or columns give the same "
                + ("rank)." if kind == "rank" else "determinant)."))
        elif not mats and vecs:
            mats = [vecs[0].T]  # "transpose [1 2 3]": a vector typed in a row
        if not mats:
            raise ParseError("I need a matrix for that.",
                             "For example: det [[1, 2], [3, 4]] or A = [1 2; 3 4], find A^-1.")
        out["matrices"] = (mats[0],)
    elif kind in ("dot", "angle", "norm", "gram_schmidt", "projection", "cross", "distance",
                  "scalar_projection", "unit_vector"):
        onto = [p.value for p in _by_role(parsed, "onto")]
        if kind == "gram_schmidt" and not vecs and mats:
            vecs = [mats[0].col(j) for j in range(mats[0].cols)]
            out["options"]["reached_matrices"] = [mats[0]]  # its columns are the vectors
        if kind == "projection":
            onto_vecs = [vec for v in onto if (vec := as_vector(v)) is not None]
            onto_mats = [sp.Matrix(v) for v in onto if isinstance(v, sp.MatrixBase) and v.cols > 1]
            onto_mats += mats  # "onto the columns of [[..]]", "projection matrix of [[..]]"
            if intent.projection_matrix:
                out["options"]["matrix"] = True
            if onto_mats:
                out["matrices"] = (onto_mats[0],)
            vecs = vecs + onto_vecs
            # "projection matrix onto [1, 2]": the spanning vectors alone are enough
            enough = (bool(onto_mats) and bool(vecs)) or len(vecs) >= 2 or (
                intent.projection_matrix and bool(onto_mats or vecs))
            if not enough:
                raise ParseError("I need the vector to project and what to project onto.",
                                 "For example: project (1, 2) onto (3, 4).")
        if kind == "scalar_projection":  # u onto v: the vector projected first, as typed
            vecs = vecs + [vec for v in onto if (vec := as_vector(v)) is not None]
        need = {"dot": 2, "angle": 2, "norm": 1, "gram_schmidt": 1, "projection": 0,
                "cross": 2, "distance": 2, "scalar_projection": 2, "unit_vector": 1}[kind]
        if kind == "unit_vector" and len(vecs) > 1:  # "unit vector perpendicular to u and v"
            raise ParseError("I can make one vector into a unit vector: which one?",
                             "For example: unit vector along (3, 0, 4).")
        if len(vecs) < need:
            raise ParseError(f"I need {need} vector{'s' if need > 1 else ''} for that.",
                             "For example: dot product of (1, 2, 3) and (4, 5, 6).")
        fixed = ("dot", "angle", "norm", "cross", "distance", "scalar_projection", "unit_vector")
        if kind in fixed and kind not in ("norm", "unit_vector") and vecs[0].rows != vecs[1].rows:
            raise ParseError("Those vectors have different lengths.", "(1, 2) and (3, 4)")
        out["vectors"] = tuple(vecs[:need]) if kind in fixed else tuple(vecs)
    elif kind == "pca":
        counts = _by_role(parsed, "k")
        if counts and not any(is_scalar(p.value) for p in counts):
            # "first principal component batao: (1,2),(2,4),(3,6)": the data after the word
            # "component", not a number of components
            for p in counts:
                p.role = "data"
        data = _data(parsed, values)
        out["matrices"] = (_samples(_pca_matrix(data), intent, out),)
        m = out["matrices"][0]
        cov = intent.covariance and m.is_square and m.is_symmetric()
        out["options"]["source"] = "covariance" if cov else "data"
        if intent.sample and not cov:
            out["options"]["sample"] = True  # "sample covariance": ÷ (N − 1)
        k = _int(_by_role(parsed, "k"), "number of components", 1, 6)
        k = k or next((int(p.value) for p in parsed if p.name == "k" and is_scalar(p.value)), 1)
        out["options"]["k"] = k
        if "explained" in intent.words:  # "explained variance ratio": the ratios λᵢ/Σλ
            out["options"]["ratio"] = True
    elif kind in ("mean", "variance", "covariance"):
        data = _data(parsed, values)
        out["matrices"] = (_samples(_pca_matrix(data, "the statistics"), intent, out),)
        sample, std = intent.sample, intent.std
        if kind in ("variance", "covariance") and not sample and not intent.spreads:
            sample = _loose_sample(intent, "standard deviation" if intent.std else kind)
        if intent.spreads:  # what each spread task is, for the restatement and the buttons
            spread = "covariance" if "covariance" in (kind, *intent.also) else "variance"
            names = {f"{spread}.{n}": ("sample " if s else "")
                     + ("standard deviation" if r else spread)
                     for n, (s, r) in enumerate(intent.spreads, 1)}
            out["options"]["task_names"] = {spread: names[f"{spread}.1"], **names}
        if intent.spreads and kind in ("variance", "covariance"):
            # "variance, sample variance and standard deviation": the task-th one named
            sample, std = intent.spreads[min(intent.task, len(intent.spreads)) - 1]
            intent.task_used = intent.task <= len(intent.spreads)
        if sample:
            out["options"]["sample"] = True
        if std and kind == "variance":
            out["options"]["std"] = True
        words = set(intent.words)
        if kind == "covariance" and {"between", "data"} <= words and "matrix" not in words \
                and out["matrices"][0].cols == 2:
            out["options"]["pair"] = True  # "covariance of x and y" (two named columns)
    elif kind is None:
        if mats:
            out["matrices"] = tuple(mats)
        if vecs:
            out["vectors"] = tuple(vecs)
        if not mats and not vecs:
            raise ParseError("I could not find the math in that message.",
                             "For example: det [[1, 2], [3, 4]] or d/dx x^2 sin x.")
    else:
        raise ParseError(f"I could not find what to use for '{kind}'.", "det [[1, 2], [3, 4]]")


_SAMPLE_NOUNS = frozenset({"sample", "samples", "observation", "observations", "points", "point"})
_LINKS = frozenset({"are", "is", "as", "in", "the", "a", "an", "one", "each", "per", "="})


def _said_layout(words: list[str]) -> set[str]:
    """Where the message says the samples are: ``{"columns"}`` for "columns are samples",
    "each column is a point", "samples as columns"; ``{"rows"}`` for the rows (the lexicon
    writes every such phrase as "rows/columns are samples"); the two words must be linked
    (only are, is, as, the, one ...): "mean of the columns of these points" says nothing."""
    said = set()
    for i, w in enumerate(words):
        if w in ("rows", "row", "columns", "column"):
            j = i + 1
            while j < len(words) and words[j] in _LINKS:
                j += 1
            if j > i + 1 and j < len(words) and words[j] in _SAMPLE_NOUNS:
                said.add("rows" if w.startswith("row") else "columns")
        elif w in _SAMPLE_NOUNS:
            j = i + 1
            while j < len(words) and words[j] in _LINKS:
                j += 1
            if j > i + 1 and j < len(words) and words[j] in ("rows", "columns"):
                said.add(words[j])
    return said


def _samples(m: sp.Matrix, intent: Intent, out: Built) -> sp.Matrix:
    """"columns are samples" / "each column is a sample": the points are the columns (the
    course's convention, and the default here: a row is one data point)."""
    said = _said_layout(list(intent.words))
    if len(said) > 1:
        raise ParseError("You say the samples are both the rows and the columns.",
                         "Say one: 'rows are samples' or 'columns are samples'.")
    if said == {"columns"}:
        out["options"].setdefault("notes", []).append("Each column is one data point.")
        return sp.Matrix(m.T)
    if m.cols > 1 and m.rows > 1:
        out["options"].setdefault("notes", []).append("Each row is one data point.")
    return m


def _data(parsed: list[Parsed], values: list[Any]) -> list[Any]:
    """The data values: after 'data', the bare ones, else named points p1 = (1, 0), ..."""
    roled = _by_role(parsed, "data")
    if roled and all(p.name in _VARIABLE_NAMES for p in roled):
        # "covariance of data: x = [1, 3, 5], y = [2, 2, 8]": the named lists after "data"
        # are the variables (the role word reaches the first one only)
        named = [p for p in parsed if p.name in _VARIABLE_NAMES and isinstance(
            p.value, Seq | sp.MatrixBase)]
        if (columns := _variable_columns(named)) is not None:
            return [columns, *values]
    data = [p.value for p in roled] + values
    if not data:
        named = [p for p in parsed if p.name and p.name != "k" and (
            isinstance(p.value, Seq | sp.MatrixBase))]
        columns = _variable_columns(named)
        data = [columns] if columns is not None else [p.value for p in named]
    return data


_VARIABLE_NAMES = ("x", "y", "z", "w")


def _variable_columns(named: list[Parsed]) -> sp.Matrix | None:
    """``x = [1, 2, 3, 4], y = [2, 3, 5, 6]``: x and y are the variables, each list a column
    (one value per sample), not two samples; named points (p1 = (1, 0), u = ...) stay rows."""
    if len(named) < 2 or any(p.name not in _VARIABLE_NAMES for p in named):
        return None
    cols = [list(p.value) for p in named]
    if len({len(c) for c in cols}) != 1 or len(cols[0]) < 2:
        return None
    if not all(is_scalar(e) for c in cols for e in c):
        return None
    return sp.Matrix(cols).T


def _pca_matrix(data: list[Any], what: str = "PCA") -> sp.Matrix:
    """The n×d data (points as rows) or covariance matrix PCA works on.

    A matrix with two or more columns is used as typed; one bracketed column
    ``[[4], [1], [7]]`` (or ``[4, 1, 7]``) is n one-dimensional points; several vectors
    ``(1, 2), [2, 3]`` are the points themselves; plain numbers ``4, 1, 7`` are 1-D points.
    """
    points: list[list[Any]] = []
    numbers: list[sp.Expr] = []
    for d in data:
        if isinstance(d, sp.MatrixBase) and d.cols > 1:
            return sp.Matrix(d)
        if isinstance(d, Seq | sp.MatrixBase):
            if not all(is_scalar(e) for e in d):
                raise ParseError("Data points must be numbers.", "PCA of (1, 2), (2, 3), (3, 5)")
            points.append(list(d))
        elif is_scalar(d) and d.is_number:
            numbers.append(d)
    if len(points) == 1 and not numbers:
        return check_matrix([[e] for e in points[0]])  # one column: 1-D data
    if points:
        if len({len(p) for p in points}) != 1:
            raise ParseError("Every data point needs the same number of coordinates.",
                             "PCA of (1, 2), (2, 3), (3, 5)")
        return check_matrix(points)
    if len(numbers) >= 2:
        return check_matrix([[x] for x in numbers])
    if what != "PCA":
        raise ParseError(f"I need data for {what}: numbers, or points one per row.",
                         "For example: variance of 2, 4, 4, 5 or covariance of (1, 2), (3, 5).")
    raise ParseError("I need data points or a covariance matrix for PCA.",
                     "For example: PCA of (1, 2), (2, 3), (3, 5).")


def _coefficients(out: Built, parsed: list[Parsed]) -> sp.Matrix:
    """"det of the coefficient matrix of 2x + y = 3, x - y = 0": A of the equations' A x = b,
    one column per unknown in their natural order (x, y, z; x1, x2), said in a note."""
    eqs = [p for p in parsed if p.is_equation and is_scalar(p.lhs) and is_scalar(p.value)]
    if len(eqs) < 2 or len(eqs) != len([p for p in parsed if p.is_equation]):
        raise ParseError("I need the equations of the system for its coefficient matrix.",
                         "For example: det of the coefficient matrix of 2x + y = 3, x - y = 0.")
    exprs = [sp.expand(p.lhs - p.value) for p in eqs]
    unknowns = natural_order(free_symbols(*exprs))
    from sympy.solvers.solveset import NonlinearError

    try:
        a, _b = sp.linear_eq_to_matrix(exprs, unknowns)
    except (NonlinearError, ValueError) as exc:
        raise ParseError("I could not read those equations as a linear system in "
                         + ", ".join(map(str, unknowns)) + ", so I have no coefficient matrix.",
                         "For example: det of the coefficient matrix of 2x + y = 3, x - y = 0."
                         ) from exc
    if a.free_symbols:
        raise ParseError("I could not tell the unknowns of those equations from the constants.",
                         "Write the system in the unknowns only, e.g. 2x + y = 3, x - y = 0.")
    out["options"]["reached_equations"] = [(p.lhs, p.value) for p in eqs]
    out["options"].setdefault("notes", []).append(
        "The coefficient matrix of the equations, one column per unknown ("
        + ", ".join(map(str, unknowns)) + ").")
    return check_matrix(a.tolist())


def _system(out: Built, equations: list[Parsed], values: list[Any]) -> None:
    for p in equations:
        if isinstance(p.lhs, MatOp) and p.lhs.op == "apply":
            b = as_vector(p.value)
            a = p.lhs.args[0]
            if b is None or not isinstance(a, sp.MatrixBase) or a.rows != b.rows:
                raise ParseError("In Ax = b, b needs one entry per row of A.", _SYSTEM_HINT)
            out["matrices"] = (sp.Matrix(a), b)
            return
    eqs = []
    for p in equations:
        lhs = p.lhs if p.is_equation else sp.Symbol(p.name)
        if not (is_scalar(lhs) and is_scalar(p.value)):
            raise ParseError("Each equation needs numbers or expressions on both sides.",
                             _SYSTEM_HINT)
        eqs.append(sp.Eq(lhs, p.value, evaluate=False))
    if not eqs:
        raise ParseError("I could not find the equations to solve.", _SYSTEM_HINT)
    out["equations"] = tuple(eqs)
    out["variables"] = natural_order(free_symbols(*[e.lhs for e in eqs], *[e.rhs for e in eqs]))


# ----------------------------------------------------------------------- calculus
def _calculus(out: Built, kind: str | None, intent: Intent, hints: Hints,
              parsed: list[Parsed], main: list[Parsed]) -> None:
    from .calculus import fill_calculus

    fill_calculus(out, kind, intent, hints, parsed, main)
