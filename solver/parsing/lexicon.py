"""The one lexicon: every English word the parser accepts, either filler or with a meaning.

A word of a message is read in one of three ways:

- **filler** (``FILLER``): greetings, politeness, question words, articles, generic verbs and
  nouns (find, please, the, of, matrix, sir, bhai, ...). Dropping them cannot change the problem;
- **meaning** (``MEANING``): the word names a kind (``determinant``), a role for the math after
  it (``wrt``, ``at``, ``till``), an operation (``squared``, ``plus``, ``transpose``) or an
  option (``sample``, ``unbiased``). Each has one entry saying what it does;
- anything else stops the solve with a question back (``account.check_words``): "I did not
  understand *blah*". Words are never dropped silently.

Phrase rewrites that turn words into math (``x squared`` -> ``x^2``, ``e to the x`` -> ``e^x``)
are in ``WORD_MATH``; ``intent`` applies them before the message is split into words and math.
"""

from __future__ import annotations

import re

_FILLER = """
a an the of is are am be was were this that these those it its me my we our you your ur u he
she they him her i what whats which who how why when where whether if then than also hw
find finding calculate calculating calculation compute computing evaluate evaluating determine
get give show tell explain help please pls plz plzz pl kindly sir mam maam madam bro bhai
bhaiya yaar ji hi hello hey ok okay thanks thank thx ty stuck doubt question ques ans answer
solution urgent exam tomorrow today can could would will should shall do does did done need
want try trying tried using use used by with as so yes here there given following below above
let lets suppose such matrix matrices vector vectors function functions equation equations
value values point points set method rule via same this q1 q2 q3 q4 q5 ka ki ke kya hai hain
karo kaise batao nikalo mein se ko aur toh bhi na single homework assignment problem problems
part quick like way working work shown solve solving out whose nd th st rd st plot graph
draw sketch please kindly simple simply just again now also fully exactly explicitly full
complete completely detailed detail details steps neat clearly clear show step by its
know knowing tell me mera meri mere hamein humein liye karke kijiye karna batana dijiye de do
dena chahiye chahiye hota hoti hote tha thi the bata bataiye samjhao samjha nahi nhi please
entries entry elements element numbers number expression expressions formula
respectively result results final answer form write written writing compute computed
element wise following apply applying perform performing someone anyone analysis
starts beginning begin guess local global nikale nikalo nikaalo operations
operation convert converting reduce reduced invertible marks scores scored runs heights
weights ages readings measurements temperatures one
ye yeh yah iska iski iske isko inka inki inke uska uski uske hoga hogi honge kitna kitni kitne
kar karke karo kardo kar do bata batao bata do nikal nikalo nikaal mujhe humko hume hamko kaise
kyu kyun kyon matlab wala wali wale dekho raha rahi rahe hua hui hue yaha yahan pe par liye
tak taka ko ne wala zara jaldi please bro dude bhai sirji sir ji madam maam didi bhaiya yr yaar
plss plzz pleasee
"""
FILLER = frozenset(_FILLER.split())

# word -> what it means (documentation and the check that nothing is unaccounted for)
MEANING: dict[str, str] = {
    # roles of the math that follows (segment._ROLE_WORDS reads them)
    "wrt": "the variables to differentiate by", "respect": "with respect to",
    "at": "the point", "about": "the point (Taylor)", "around": "the point (Taylor)",
    "near": "the point", "when": "the point", "pe": "at (Hinglish, after the point)",
    "par": "at (Hinglish, after the point)", "from": "the start point",
    "start": "the start point",
    "starting": "the start point", "initial": "the start point", "order": "the order",
    "degree": "the order", "upto": "the order (up to)", "till": "the order (up to)",
    "until": "the order (up to)", "up": "up to: the order", "term": "up to the x^n term",
    "terms": "up to the x^n term", "step": "the number of steps",
    "steps": "the number of steps", "iteration": "the number of steps",
    "iterations": "the number of steps", "iters": "the number of steps",
    "rate": "the learning rate", "lr": "the learning rate", "learning": "learning rate",
    "size": "step size (learning rate)", "data": "the data points",
    "onto": "what to project onto", "on": "what to project onto / the function",
    "to": "the end of a range / project onto", "components": "the number of components",
    "component": "the number of components", "for": "the function", "in": "the function",
    "into": "times (between matrices)", "over": "the data / a range",
    "and": "another operand, or another task", "or": "another operand",
    "between": "two operands", "vs": "two operands", "span": "the spanning vectors",
    "spanned": "the spanning vectors", "basis": "the spanning vectors",
    "subspace": "the spanning vectors", "plane": "the spanning vectors (a plane through 0)",
    "columns": "the columns of a matrix",
    "column": "the column space", "space": "the column space", "rows": "data points as rows",
    "row": "row reduction", "samples": "data points", "sample": "divide by N - 1",
    "observations": "data points", "unbiased": "divide by N - 1", "population": "divide by N",
    "standard": "standard deviation", "deviation": "standard deviation",
    "range": "the x range of a plot", "same": "same",
    # operations written as words (WORD_MATH rewrites them before this check)
    "squared": "^2", "cubed": "^3", "power": "^", "raised": "^", "plus": "+", "minus": "-",
    "times": "*", "divided": "/", "transpose": "the transpose", "transposed": "the transpose",
    "multiplied": "*",
    # modifiers of a kind
    "orthogonal": "orthogonal (projection)", "orthonormal": "Gram-Schmidt",
    "projection": "projection", "unit": "unit vector", "non": "non-zero terms",
    "nonzero": "non-zero terms", "zero": "zero (gradient = 0) / non-zero terms",
    "first": "order 1 / first n terms", "second": "order 2", "third": "order 3",
    "fourth": "order 4", "fifth": "order 5", "double": "order 2", "triple": "order 3",
    "twice": "order 2", "thrice": "order 3",
    "partial": "partial derivative", "series": "Taylor series", "expansion": "Taylor series",
    "polynomial": "Taylor polynomial", "expand": "Taylor expansion",
    "approximation": "Taylor", "linear": "Taylor order 1",
    "quadratic": "Taylor order 2", "matrix": "", "sum": "add / sum",
    "mean": "mean", "means": "mean", "average": "mean", "cost": "a loss function",
    "loss": "a loss function", "costs": "a loss function", "product": "a product",
    "cross": "cross product", "distance": "distance", "length": "norm",
    "magnitude": "norm", "norm": "norm", "modulus": "norm", "euclidean": "norm",
    "where": "where (gradient = 0)", "equal": "= (gradient equal to zero)",
    "equals": "= (gradient equal to zero)", "also": "another task",
    "both": "both operands", "each": "each operand", "all": "every operand",
    "dimensional": "n-dimensional", "dimension": "the number of components",
    "dimensions": "the number of components", "eigen": "eigen", "characteristic": "eigenvalues",
    "system": "a linear system", "simultaneous": "a linear system",
    "linearly": "linear (in)dependence", "independent": "rank / independence",
    "dependent": "rank / independence", "gaussian": "Gauss",
    "elimination": "row reduction", "solve": "solve", "value": "",
    "dono": "both (Hinglish): every task named", "total": "total derivative (chain rule)",
    "multivariate": "several variables (chain rule)", "pts": "points",
    "constant": "a constant (held fixed)", "constants": "constants (held fixed)",
    "sse": "the sum of squared errors of the model over the data", "model": "the model",
    "multivariable": "several variables (chain rule)",
}

# asked for but not something this tutor does: a clear "not yet", never a misreading
UNSUPPORTED = {"integrate": "integrals", "integral": "integrals", "integration": "integrals",
               "antiderivative": "integrals", "limit": "limits", "lim": "limits",
               "laplace": "Laplace transforms", "fourier": "Fourier series",
               "svd": "the singular value decomposition",
               "lu": "LU decomposition", "qr": "QR decomposition",
               "cholesky": "Cholesky decomposition", "convolution": "convolutions",
               "probability": "probability", "permutation": "permutations",
               "combination": "combinations", "modulo": "modular arithmetic",
               "gcd": "greatest common divisors", "lcm": "least common multiples",
               "factorise": "factoring", "factorize": "factoring"}

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10"}

_VAR = r"(?:[A-Za-z]\w*|\))"
# Words that are math: rewritten before the message is split into words and math.
WORD_MATH: list[tuple[re.Pattern[str], str]] = [
    # "sum of squared errors" of a model over data: the loss, not "of^2" (before "squared")
    (re.compile(r"\b(?:the\s+)?sum\s+of\s+(?:the\s+)?squared\s+(?:errors|residuals)\b",
                re.I), " sse "),
    (re.compile(r"(?<=[\w)\]])\s+squared\b", re.I), "^2"),
    (re.compile(r"(?<=[\w)\]])\s+cubed\b", re.I), "^3"),
    (re.compile(r"(?<!\bup)(?<!\bonto)(?<!\bequal)\s+(?:raised\s+)?to\s+the\s+"
                r"(?:power\s+(?:of\s+)?)?(?=[-\w(])", re.I), "^"),
    (re.compile(r"\s*\bto\s+the\s+power\s+(?:of\s+)?", re.I), "^"),
    (re.compile(r"(?<=[\w)\]])\s+(?:raised\s+)?power\s+(?:of\s+)?(?=[-\w(])", re.I), "^"),
    (re.compile(r"(?<=[\d)\]]|\b[a-z])\s+over\s+(?=[\d(\[]|[a-z]\b)", re.I), " / "),
    (re.compile(r"(?<=[\w)\]])\s+plus\s+(?=[-\w(\[])", re.I), " + "),
    (re.compile(r"(?<=[\w)\]])\s+minus\s+(?=[-\w(\[])", re.I), " - "),
    (re.compile(r"(?<=[\w)\]])\s+divided\s+by\s+(?=[-\w(\[])", re.I), " / "),
    (re.compile(r"(?<=[\w)\]])\s+multiplied\s+by\s+(?=[-\w(\[])", re.I), " * "),
    # Hinglish: "y ke respect me(in)" / "y ke respect se" is "with respect to y"
    (re.compile(r"\b([a-zA-Z]\w?)\s+ke\s+respect\s+(?:me|mein|main|se|mai)\b", re.I),
     r" wrt \1 "),
]


_COUNT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:more\s+)?"
                    r"(?:steps?|iterations?|iters|components?|terms?|updates?)\b)", re.I)


def word_math(text: str) -> str:
    text = _COUNT.sub(lambda m: NUMBER_WORDS[m.group(1).lower()], text)
    for pattern, repl in WORD_MATH:
        text = pattern.sub(repl, text)
    return text


def known(word: str, canonical_word: str, vocab: object) -> bool:
    """A word is accounted for when it is filler or has a meaning (or is a kind word)."""
    low = word.lower()
    return (low in FILLER or low in MEANING or canonical_word in MEANING
            or canonical_word in vocab)  # type: ignore[operator]
