"""Generate DeepMind mathematics_dataset differentiation questions with a fixed seed.

Run with the separate venv described in README.md (mathematics_dataset 1.0.1, sympy 1.5.1,
numpy<2), never with the project's venv::

    venv/bin/python generate_deepmind.py --seed 1 --per-module 200 --out deepmind_tune.yaml
    venv/bin/python generate_deepmind.py --seed 2 --per-module 200 --out deepmind_measure.yaml

mathematics_dataset has no seed flag: it draws from Python's ``random`` and ``numpy.random``
(module level), so this wrapper seeds both once, then samples the modules in a fixed order.
Questions too long for the dataset (question > 160 or answer > 30 characters) are dropped
and redrawn, exactly as ``mathematics_dataset.generate.sample_from_module`` does.

Per module, half the questions are ``train-easy`` (the lowest third of the training entropy
range, as ``generate_to_file --train_split`` makes them) and half ``interpolate`` (the test
entropy, harder/longer polynomials). Each entry: ``{id, module, regime, question, answer}``;
``question`` and ``answer`` are ``str(problem.question)`` / ``str(problem.answer)`` exactly as
the dataset writes them to its text files.

PYTHONHASHSEED is pinned to 0 (the script re-executes itself if it is not) so that nothing
that depends on set/dict hashing order can vary between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

MODULES = ("calculus__differentiate", "calculus__differentiate_composed")
REGIMES = ("train-easy", "interpolate")


def _reexec_with_fixed_hash_seed() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)


def _patch_numpy_ints() -> None:
    """Python 3 compatibility shim, value-preserving.

    mathematics_dataset calls SymPy's ``base_solution_linear`` with ``numpy.int64``
    coefficients; on Python 3 these are not ``int`` subclasses (they were on Python 2), and
    SymPy 1.5.1's strict ``as_int`` rejects them ("6 is not an integer"). Converting numpy
    integers to Python ints before the call changes no value and draws no random number.
    """
    import numpy as np
    from mathematics_dataset.sample import polynomials

    original = polynomials.diophantine_solve_linear_2d

    def solve(c, a, b, t=None):
        def plain(v):
            return int(v) if isinstance(v, np.integer) else v
        return original(c=plain(c), a=plain(a), b=plain(b), t=plain(t))

    polynomials.diophantine_solve_linear_2d = solve


def _patch_entity_order() -> None:
    """Make the order of the "Let ..." sentences reproducible (the dataset's own code is not).

    ``composition.expand_entities`` puts the entities in a ``set`` (hashed by object id, i.e.
    by memory address) and then ``random.shuffle``s the list, so the same seed gives the same
    sentences in a different order from run to run. This copy keeps the first-seen order
    (a dict instead of the set) before the same single ``random.shuffle`` call: every question
    is still one the dataset can produce, with the same random draws, now reproducibly.
    """
    import six
    from mathematics_dataset.util import composition

    def expand_entities(context, **kwargs):
        kwargs = kwargs.copy()
        entities = dict.fromkeys(context.child_entities)
        for key, maybe_entity in six.iteritems(kwargs):
            if isinstance(maybe_entity, composition.Entity):
                entities[maybe_entity] = None
                kwargs[key] = maybe_entity.handle
        entities = list(entities)
        random.shuffle(entities)
        child_descriptions = []
        for entity in entities:
            child_descriptions.append(entity.child_description)
            if not entity.expression_used:
                child_descriptions.append(entity.description)
        child_description = " ".join([s for s in child_descriptions if s])
        return child_description, kwargs

    composition.expand_entities = expand_entities


def _modules():
    from mathematics_dataset import generate
    from mathematics_dataset.modules import calculus

    by_regime = {
        "train-easy": calculus.train(generate._make_entropy_fn(0, 3)),
        "interpolate": calculus.test(),
    }
    return {(regime, "calculus__" + name): fn
            for regime, mods in by_regime.items() for name, fn in mods.items()}


def _sample(module):
    from mathematics_dataset import generate_settings

    while True:
        problem = module()
        question, answer = str(problem.question), str(problem.answer)
        if len(question) > generate_settings.MAX_QUESTION_LENGTH:
            continue
        if len(answer) > generate_settings.MAX_ANSWER_LENGTH:
            continue
        return question, answer


def generate(seed: int, per_module: int, prefix: str) -> list[dict]:
    import numpy as np

    _patch_numpy_ints()
    _patch_entity_order()
    random.seed(seed)
    np.random.seed(seed)
    modules = _modules()
    per_regime = [per_module // len(REGIMES)] * len(REGIMES)
    per_regime[-1] += per_module - sum(per_regime)
    entries = []
    for module_name in MODULES:
        short = "diff" if module_name == "calculus__differentiate" else "comp"
        number = 0
        for regime, count in zip(REGIMES, per_regime, strict=True):
            for _ in range(count):
                number += 1
                question, answer = _sample(modules[(regime, module_name)])
                entries.append({"id": f"{prefix}-{short}-{number:03d}", "module": module_name,
                                "regime": regime, "question": question, "answer": answer})
    return entries


def write_yaml(entries: list[dict], path: str, header: str) -> None:
    # JSON double-quoted strings are valid YAML double-quoted scalars: no YAML library needed.
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    for entry in entries:
        first = True
        for key, value in entry.items():
            lead = "- " if first else "  "
            lines.append(f"{lead}{key}: {json.dumps(value, ensure_ascii=False)}")
            first = False
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def main() -> None:
    _reexec_with_fixed_hash_seed()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-module", type=int, default=200)
    parser.add_argument("--prefix", default=None, help="id prefix (default dm<seed>)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    from importlib.metadata import version

    import mathematics_dataset  # noqa: F401
    import numpy as np
    import sympy
    entries = generate(args.seed, args.per_module, args.prefix or f"dm{args.seed}")
    header = (f"DeepMind mathematics_dataset {version('mathematics_dataset')} questions, "
              f"generated by generate_deepmind.py\n"
              f"seed={args.seed} per_module={args.per_module} modules={','.join(MODULES)}\n"
              f"regimes={','.join(REGIMES)} (half each) sympy={sympy.__version__} "
              f"numpy={np.__version__} python={sys.version.split()[0]}\n"
              f"Frozen data: do not edit by hand; regenerate with the command in README.md.")
    write_yaml(entries, args.out, header)
    print(f"wrote {len(entries)} entries to {args.out}")


if __name__ == "__main__":
    main()
