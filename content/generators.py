"""Seeded exercise generators: fresh computational questions for every module.

Usage::

    from content.generators import GENERATORS, generate
    q = generate("la-w3", seed=7)      # the same seed always gives the same question
    q.question, q.prompt, q.answer, q.explanation

Each generator draws small random integers from ``random.Random`` (no global state), asks the
solver for the answer (``solver.solve(q.prompt)``) and keeps it only when it equals SymPy's
direct computation (see ``generators_base``). The generators themselves live in
``generators_la``, ``generators_calc`` and ``generators_pca``.
"""

from __future__ import annotations

import logging
import random

from .generators_base import Draft, GeneratedQuestion, Generator, key_text
from .generators_calc import GENERATORS_CALC
from .generators_la import GENERATORS_LA
from .generators_pca import GENERATORS_PCA

logger = logging.getLogger(__name__)

__all__ = ["GENERATORS", "Draft", "GeneratedQuestion", "Generator", "generate", "generator",
           "key_text"]

GENERATORS: dict[str, list[Generator]] = {}
for _g in (*GENERATORS_LA, *GENERATORS_CALC, *GENERATORS_PCA):
    GENERATORS.setdefault(_g.module, []).append(_g)


def generate(module_id: str, seed: int) -> GeneratedQuestion:
    """A fresh question for ``module_id``; the seed picks the generator and its numbers."""
    gens = GENERATORS.get(module_id)
    if not gens:
        raise KeyError(f"no generator for module {module_id!r}")
    return gens[random.Random(seed).randrange(len(gens))](seed)


def generator(name: str) -> Generator:
    """A generator by its name (``"det-2x2"``)."""
    for gens in GENERATORS.values():
        for g in gens:
            if g.name == name:
                return g
    raise KeyError(f"no generator {name!r}")
