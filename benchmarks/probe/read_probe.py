"""Print how each probe message is read: the kind and restatement, or the question back.

Usage: ``.venv/bin/python benchmarks/probe/read_probe.py benchmarks/probe/probe_session4.txt``
(one message a line; ``\\n`` in a line is a newline, except in ``\\nabla``). Diff two runs
(``PYTHONPATH=<an older checkout>`` reads with that one's parser) and read every changed line
against the message typed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from solver import ParseError
from solver.parsing import parse


def main(path: str) -> None:
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text = re.sub(r"\\n(?!abla)", "\n", line)
        try:
            p = parse(text)
            taken = [r.taken for r in p.options.get("readings", [])]
            print(f"{line!r:60} => {p.kind}: {p.restated}  {taken if taken else ''}")
        except ParseError as exc:
            print(f"{line!r:60} => ASK: {exc}")


if __name__ == "__main__":
    main(sys.argv[1])
