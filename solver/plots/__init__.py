"""Plots as PNG bytes (matplotlib, Agg backend, no pyplot state)."""

from __future__ import annotations

__all__: list[str] = []
