"""The PCA answer line carries each component's share of the variance (λᵢ / Σλ), derived from
the variances it states: asked for "explained variance ratios", the student must not have to
find them in step 10 of the working (held-out v5, hv5-278, session 4)."""

import re

import pytest
import sympy as sp

from solver import solve


def _one(text):
    out = solve(text)
    return out[0] if isinstance(out, list) else out


@pytest.mark.parametrize("text", [
    "pca of (1, 2), (2, 3), (3, 5), (4, 4)",
    "explained variance of PCA on (2, 1), (3, 4), (5, 0), (6, 5), (1, 1)",
    "pca of (1, 0, 2), (2, 1, 0), (0, 3, 1), (4, 2, 2)",
])
def test_each_pc_in_the_answer_line_has_its_share_of_the_total(text):
    sol = _one(text)
    values, _ = sol.answer
    total = sum(values)
    shares = [float(m) / 100 for m in re.findall(r"\(([\d.]+)% of the total\)", sol.answer_text)]
    assert len(shares) == len(values)
    for share, value in zip(shares, values, strict=True):
        assert share == pytest.approx(float(value / total), abs=6e-4)
    assert sum(shares) == pytest.approx(1, abs=2e-3)


def test_the_shares_follow_the_variances_not_a_fixed_text():
    a = _one("pca of (0, 0), (2, 0), (0, 2), (2, 2)").answer_text
    b = _one("pca of (1, 2), (2, 3), (3, 5), (4, 4)").answer_text
    assert "(50.0% of the total)" in a and "(90.0% of the total)" in b
    assert sp.Rational(9, 4) / (sp.Rational(9, 4) + sp.Rational(1, 4)) == sp.Rational(9, 10)


@pytest.mark.parametrize("text", [
    "Find the explained variance ratio of each principal component for points (0, 0), (2, 0), "
    "(0, 2), (2, 2)",
])
def test_asked_for_the_ratios_the_answer_is_the_ratios(text):
    """The answer of "explained variance ratio" is λᵢ/Σλ itself (tests/test_parse_definitions
    has more phrasings), the variances' ratios as PCA without the option finds them."""
    sol = _one(text)
    values, _ = _one(text.replace("explained variance ratio of each principal component",
                                  "pca").replace("explained variance of PCA", "pca")).answer
    assert sol.answer[0] == [sp.nsimplify(v / sum(values)) for v in values]
    assert sum(sol.answer[0]) == 1
