"""Where a calculus task of a message is evaluated: its own point, never another task's.

::

    the gradient of f, and then its value at (0, 1)      two tasks: ∇f, then ∇f(0, 1)
    critical points and the Hessian there, and the gradient at (0, 0) too
                                                         the point is the gradient's only

``value_at`` reads "its value at P" / "evaluate it at P" after a calculus task as a second
task of the same kind (``gradient.2``) at P, the first one in general. ``foreign_points``
takes out of a task's reading a point that another task's part of the message names, for the
tasks that have no point of their own: the critical points (they are found, never evaluated)
and a task asked "there" / "at each critical point" beside them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from ..errors import ParseError
from ..problem import Problem
from .restate import with_also

# the kinds whose answer at a point is the value alone (a derivative at x = 1 shows f'(x)
# and its value: one task, read the usual way)
_EVALUATED = ("gradient", "hessian", "jacobian")
_SHOWN = {"gradient": "the gradient", "hessian": "the Hessian", "jacobian": "the Jacobian"}

# ", and then its value at u = 0, v = 1", "and evaluate it at (1, 2)", "then find its value at
# x = 1": the point to the end of the sentence (a decimal point is no full stop)
_VALUE_AT = re.compile(
    r"(?i)\s*[,;]?\s*(?:and\s+)?(?:then\s+)?(?:also\s+)?"
    r"(?:(?:find|give|compute|calculate|get|tell\s+me|write)\s+)?"
    # ("the value at P" alone may be the function's value: read the usual way)
    r"(?:its\s+value\s+at|the\s+value\s+of\s+(?:it|that|this)\s+at|"
    r"evaluate\s+(?:it|that|this)\s+at)\s+"
    r"(?P<point>(?:[^.?!;\n]|\.\d)+?)\s*(?:too|also|as\s+well)?\s*(?P<end>[.?!]*\s*$)")
# a point typed before the "value at" words: the task is already at a point
_AT_POINT = re.compile(r"(?i)\b(?:at|@)\s*(?:\(|[a-z]\s*=)")


def value_at(text: str, force: str | None,
             read: Callable[[str, str | None], Problem]) -> Problem | None:
    """``the gradient of g(u, v) = .., and then its value at u = 0, v = 1``: the task in
    general, then the same task at the point (``kind.2``); None for any other message (read the
    usual way), or when either part does not read as one calculus task of that kind."""
    if "value" not in text.lower() and "evaluate" not in text.lower():
        return None
    m = _VALUE_AT.search(text)
    if m is None or _AT_POINT.search(text[:m.start()]) or not m.group("point").strip():
        return None
    general = text[:m.start()] + m.group("end")
    at = text[:m.start()] + " at " + m.group("point").strip() + m.group("end")
    try:
        first = read(general, None)
        second = read(at, None)
    except ParseError:
        return None
    kind = first.kind
    if kind not in _EVALUATED or second.kind != kind or first.point or not second.point or (
            first.options.get("also") or second.options.get("also")):
        return None
    if first.variables != second.variables or first.expr != second.expr:
        return None  # the point changed what was read: not the same task at a point
    task = f"{kind}.2"
    if force == task:
        return dataclasses.replace(second, source=text, options={**second.options,
                                                                 "task": task})
    if force not in (None, kind):
        return None
    from ..render import inline

    label = f"{_SHOWN[kind]} at {inline(second.point)}"
    options = {**first.options, "task_names": {**first.options.get("task_names", {}),
                                               task: label},
               # the words of the second task are accounted for: they are its own
               "account": [*first.options.get("account", ()),
                           (m.group(0).strip(" ,;.?!"), f"the task {task}")]}
    if force is None:
        options["also"] = [task]
        restated = with_also(first.restated, [task], {task: label})
    else:
        options["task"] = force
        restated = first.restated
    return dataclasses.replace(first, source=text, restated=restated, options=options)


# "the Hessian there", "the Hessian at each critical point", "at every stationary point"
_THERE = re.compile(r"(?i)\s*(?:there\b|at\s+(?:each|every|all|both|these|those|the)\s+(?:of\s+"
                    r"(?:them|these|those|the)\s+)?(?:critical|stationary)\s+points?\b|"
                    r"at\s+(?:each|every)\s+(?:one|of\s+them)\b)")
_POINTLESS = ("critical_points",)  # found, never evaluated at a point


# the kinds whose variable an operator of the message names (d/dt, ∂f/∂x): "wrt x, y" in
# another task's part ("df/dt .., and also the gradient of f wrt x, y") is that task's
_OPERATOR_KINDS = ("derivative", "higher_derivative", "partial", "chain_rule")


def foreign_points(norm: str, items: list[Any], spans: list[tuple[int, int, str]],
                   kind: str | None, operator: bool = False
                   ) -> tuple[list[Any], list[tuple[str, str]], list[str]]:
    """``items`` without the points another task's part of the message names (the part of a
    task: from its phrase to the next task's), when the task read (``kind``) has no point of
    its own: the critical points, or a task asked "there" beside them; and, for a task whose
    variable an operator names (``operator``: d/dt), without the variables another task's part
    says ("wrt x, y"). Also the account of what was taken out, and the notes to show."""
    kinds = {k for _a, _b, k in spans}
    if kind is None or len(kinds) < 2:
        return items, [], []

    def owner(at: int) -> str | None:
        before = [k for _a, b, k in spans if b <= at]
        return before[-1] if before else None

    if operator and kind in _OPERATOR_KINDS:
        theirs = [it for it in items if it.role == "wrt" and it.span is not None and (
            owner(it.span[0]) not in (None, *_OPERATOR_KINDS))]
        if theirs:
            return ([it for it in items if it not in theirs],
                    [(it.text.strip(), f"the variables of the {owner(it.span[0])} task")
                     for it in theirs], [])
    mine = [(a, b) for a, b, k in spans if k == kind]
    there = kind == "hessian" and "critical_points" in kinds and any(
        _THERE.match(norm, b) for _a, b in mine)
    notes = []
    if there:
        notes.append("“The Hessian there”: shown in general here; the critical points' working "
                     "puts each critical point into it to classify the point.")
    if kind not in _POINTLESS and not there:
        return items, [], []
    keep, taken = [], []
    for it in items:
        if it.role == "point" and it.span is not None and owner(it.span[0]) not in (None, kind):
            taken.append((it.text.strip(), f"the point of the {owner(it.span[0])} task"))
        else:
            keep.append(it)
    return keep, taken, notes


# "the gradient of f in x, y", "hessian of f in (x, y)": the variables, listed after "in"
_IN_BEFORE = re.compile(r"\bin\s*\(?\s*$")
_NEXT_BEFORE = re.compile(r"(?:,|\band\b)\s*$")
_VARIABLE = re.compile(r"[a-z](?:_?\d)?")
_IN_KINDS = ("gradient", "hessian", "jacobian")


def in_variables(norm: str, items: list[Any], kind: str | None,
                 names: frozenset[str] = frozenset()) -> list[Any]:
    """``items`` with the bare variables listed after "in" (``gradient of f in x, y``) as the
    variables to differentiate by (role "wrt"), for the kinds that list them, when they are
    every letter of the function (``hessian of x^2 y^2 z in x, y``: is z a constant? asked
    back, as before); ``items`` as they are otherwise."""
    if kind not in _IN_KINDS or " in" not in norm:
        return items
    out, listing, listed = [], False, set()
    for it in items:
        bare = it.role == "main" and it.span is not None and _VARIABLE.fullmatch(it.text.strip())
        before = norm[:it.span[0]] if it.span is not None else ""
        listing = bool(bare) and (_IN_BEFORE.search(before) is not None or (
            listing and _NEXT_BEFORE.search(before) is not None))
        out.append(dataclasses.replace(it, role="wrt") if listing else it)
        listed |= {it.text.strip()} if listing else set()
    letters = {c for it, new in zip(items, out, strict=True) if new.role == "main"
               for c in _LETTER.findall(_DEFINED_NAME.sub("", it.text))}
    if not listed or not letters <= listed | names | {"e"}:
        return items
    return out


_LETTER = re.compile(r"(?<![A-Za-z_])[a-z](?![A-Za-z_(])")
_DEFINED_NAME = re.compile(r"^\s*[A-Za-z]\w*(?:\([^()]*\))?\s*=")
