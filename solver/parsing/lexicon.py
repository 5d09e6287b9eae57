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


# ============================================================ words the tokenizer reads
# (segment.py and lexer.py read these; a new phrasing is one entry below or above)

# Function and Greek names: the only words the lexer turns into functions or named symbols
# (``sinx`` is sin x, ``lambdax`` is lambda x); longest first when a word is split.
FUNCTIONS = (
    "sigmoid", "softplus", "arcsin", "arccos", "arctan", "arcsec", "arccsc", "arccot",
    "cosec", "asinh", "acosh", "atanh", "sinh", "cosh", "tanh", "sech", "csch", "coth",
    "asin", "acos", "atan", "sqrt", "cbrt", "relu", "sign", "sin", "cos", "tan", "sec",
    "csc", "cot", "exp", "log", "abs", "max", "min", "ln", "lg",
)
GREEK_NAMES = (
    "epsilon", "lambda", "alpha", "gamma", "delta", "theta", "kappa", "omega", "sigma",
    "beta", "zeta", "iota", "eta", "rho", "tau", "phi", "chi", "psi", "mu", "nu", "xi", "pi",
)

# English words that are never math: ``segment`` reads them as words, not as x·y·z products
# (with FILLER and MEANING, see ``segment.ENGLISH``).
_ENGLISH_TEXT = """
pe par
an the of and or to is are am be was were this that these those it its me my we our you your
ur he she they him her what whats which who how why when where whether if then than also
find finding calculate calculating compute evaluate determine get give show tell explain
help please pls plz plzz pl kindly sir mam maam madam bro bhai bhaiya yaar ji hi hello hey
ok okay thanks thank thx stuck doubt question ques ans answer solution urgent exam
tomorrow today can could would will should shall do does did done need want try trying tried
using use used by for with from at about around near on in into onto over under as so not no
yes all any each some both only just again here there given following below above let lets
suppose such matrix matrices vector vectors function functions equation value values point
points up upto till until order degree term terms step steps iteration iterations iters rate
learning data set series expansion method rule via wrt respect same between vs one two three
four five six first last next ka ki ke kya hai hain karo kaise batao nikalo mein se ko aur
toh bhi na lr hw sine cosine cost costs since single homework assignment problem problems
part sum sums quick means mean like way
working work shown solve solving out whose zero nd th st rd plot graph draw sketch
range
"""
ENGLISH_WORDS = frozenset(_ENGLISH_TEXT.split())

# Words that, written inside the math, are words and not letters multiplied ("(row vector)"):
# the lexer refuses them (with FILLER and MEANING words of 3 letters or more).
IN_MATH_WORDS = frozenset({"row", "rows", "column", "columns", "vector", "form", "answer",
                           "only", "value"})

# The role a word gives the math after it (``segment``): "wrt x", "at (1, 2)", "3 steps".
ROLE_WORDS = {
    "wrt": "wrt", "respect": "wrt", "at": "point", "about": "point", "around": "point",
    "near": "point", "from": "point", "order": "order", "degree": "order", "upto": "order",
    "till": "order", "until": "order",
    "steps": "steps", "step": "steps", "iterations": "steps", "iteration": "steps",
    "iters": "steps", "rate": "lr", "lr": "lr", "data": "data", "onto": "onto", "to": "to",
    "between": "point", "when": "point", "start": "point", "starting": "point", "initial": "point",
    "size": "lr", "components": "k", "component": "k",
    "dimension": "k", "dimensions": "k", "of": "main",
    "for": "main", "on": "main",
}
# Hinglish postpositions: "x = 0 pe", "(1, 1) par" make the math BEFORE them the point
POSTPOSITIONS = ("pe", "par")
# words after which the role of the math is the order (not a count): "upto 4th order"
UP_TO_WORDS = ("upto", "till", "until")
# after these a lone letter is the variable: "wrt i", "with respect to a"
VARIABLE_AFTER = ("wrt", "respect", "to")
# kind words that do not end the role of the math before them ("at the points ...")
KEEP_ROLE_WORDS = ("points", "matrix", "vector", "vectors")
# Letters that are also English words ("find a matrix", "can u", "i think"): read as words
# when alone between words
LONE_LETTERS = frozenset("aiuAIUqQ")
# English words that can be names of a definition: "loss = (y - w x)^2", "lr = 0.1"
NAMED_WORDS = ("lr", "loss", "cost", "error", "objective")
# two or three letters that are one name, not a product of letters (``xy`` is x·y)
NOT_PRODUCTS = ("lr", "eta", "mu", "nu", "pi", "xi", "tau", "phi", "chi", "psi", "rho")
# words that put a message in the complex numbers: i is then √−1, not a variable
COMPLEX_WORDS = ("complex", "imaginary", "conjugate", "argand")

# ============================================================ words account and intent read
# (account.py: what each word of the message is; intent.py: which kind is asked)

# A lone letter typed as a word that is filler: "find a matrix", "can u", "i think"
FILLER_LETTERS = frozenset("aiuAIUq")
# Characters that end or decorate a sentence; any other stray character is asked about
PUNCTUATION = frozenset(".?!:)")
# Chat spellings read as filler: plzzz, pleaseee, thnx, tmrw, hiii, okkk, brooo
CHAT_SPELLINGS = re.compile(
    r"pl+[eaiz]*[sz]+e*|plea+s+e+|th+a*n*[xk]+s*|tmr+w*|tomo+r+o*w+|asap|"
    r"urgent+|hi+|hello+|he+y+|o+k+|okay+|sir+|bro+|bha+i+|ya+r+|thanks+|pls+", re.I)
# Words with a meaning only for some kinds: "root of x^2 - 3" (Newton) is a zero, not √
MEANING_FOR_KINDS = {"root": ("newton",), "roots": ("newton", "solve_system"),
                     "zeros": ("newton", "solve_system"), "tangent": ("derivative",),
                     "line": ("projection",), "through": ("projection",),
                     "plane": ("projection",), "scalar": ("dot",)}
# Ordinal words and the order they say (the last one found wins: keep this order)
ORDINALS = {"first": 1, "double": 2, "triple": 3,
            "second": 2, "twice": 2, "third": 3, "thrice": 3, "fourth": 4, "fifth": 5}
# Spelled-out functions: "sine of x", "square root of x" are sin x, sqrt x
FUNC_WORDS = {"sine": "sin", "cosine": "cos", "tangent": "tan", "secant": "sec",
              "cosecant": "csc", "cotangent": "cot", "square root": "sqrt",
              "natural log": "ln", "exponential": "exp"}
# Two words that are one kind word: "eigen values", "null space"
JOINED = {"eigen values": "eigenvalues", "eigen value": "eigenvalue", "eigen vectors":
          "eigenvectors", "eigen vector": "eigenvector", "null space": "nullspace",
          "row echelon": "echelon", "gram-schmidt": "gram schmidt"}
# Misspellings fuzzy matching would miss or read as another word
MISSPELT = {"eigan": "eigen", "eign": "eigen", "egien": "eigen", "eigon": "eigen",
            "invers": "inverse", "deriv": "derivative", "grad": "grad", "hesian": "hessian"}
# Words that may stand between two kind phrases of one message: "det and the inverse of A"
JOINERS = {"and", "also", "then", "plus", "aur", "with", "the", "its", "their", "of", "find"}
# Words that typos are corrected towards besides the kind phrases (intent.VOCAB)
VOCAB_WORDS = {
    "respect", "order", "degree", "steps", "iterations", "data", "points", "onto", "plot",
    "graph", "draw", "sketch", "covariance", "components", "second", "third", "fourth",
    "twice", "matrix", "vector", "vectors", "series", "expansion", "zero", "where", "find",
}
