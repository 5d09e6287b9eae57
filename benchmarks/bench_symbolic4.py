"""Symbolic 4×4 det, inverse, rref and null space: CPU seconds per solve (issue 13, defect 6).

Each solve runs under an RLIMIT_CPU of 20 s more than used so far (reported as "over 20 s"
when hit). Pass a checkout's root to time another version of the solver.

Usage::

    .venv/bin/python benchmarks/bench_symbolic4.py [path/to/checkout]
"""

from __future__ import annotations

import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from solver import solve  # noqa: E402

MATRICES = ["[[a,b,c,d],[f,g,h,k],[l,m,n,o],[p,q,r,s]]",
            "[[a,b,c,d],[e,f,g,h],[i,j,k,l],[m,n,o,p]]"]
KINDS = ["det", "inverse of", "rref", "null space of"]


def _over(*_: object) -> None:
    raise TimeoutError


def main() -> None:
    signal.signal(signal.SIGXCPU, _over)
    for matrix in MATRICES:
        for kind in KINDS:
            text = f"{kind} {matrix}"
            soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
            resource.setrlimit(resource.RLIMIT_CPU, (int(time.process_time()) + 21, hard))
            start = time.process_time()
            try:
                sol = solve(text)
                state = "verified" if any("Checked" in n for n in sol.notes) else "unverified"
            except TimeoutError:
                state = "over 20 s CPU"
            finally:
                resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
            print(f"{time.process_time() - start:6.2f} s CPU  {state:14} {text}", flush=True)


if __name__ == "__main__":
    main()
