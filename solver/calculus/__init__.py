"""Step-by-step calculus. ``SOLVERS`` maps a problem kind to its solver."""

from __future__ import annotations

SOLVERS: dict = {}
