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
from functools import lru_cache
from typing import Any

from .source import sub

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
complete completely detailed detail details steps neat clearly clear show step by its actual
different differently extra ran
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
btao bta btado batado batana bataye bataiye nikaal nikalna nikalke nikaalo nikalde nikaldo
nikal do kro krdo krna krke kre karein kariye kardo karke kijiye kijie dikhao dikha dikhado
samjhado samjhana samjhaiye samjha sikhao chaiye chahie chahiye chahta chahti sakte sakta
sakti ho hoti hota hua hai he hain tha kese kaise kaisey kyunki isme usme isse usse
inme unme wo woh vo yeh yahi wahi waala waali waale wale wali liye keliye sawal sawaal prashn
jawab uttar madad help zaroor zarur ekdum bas sirf puri pura poora poori stepwise
hw hlp pls plz plss plox thx tnx thnku tysm asap bcoz coz cuz bcz becoz becuz wat wht wats
gimme gib ans soln sol sln fn fxn func coords coordinate coordinates given idk btw omg nah wut
multivariate multivariable exact
maan lo lijiye lijie nikalne nikalni nikalna aayega ayega aega aata aati aate ya dijiye
kal aaj abhi parso advance reply fast soon quickly guys frnds friends prof professor teacher
sem midsem endsem semester viva lecture textbook book gave asked confused confusing good
morning evening night afternoon gm gn lol yo hmm hmmm
likho likh likhna likhiye likhdo lagao laga lagana lagake lagaiye chalao chala chalana chalake
chalaiye samajh samjh aa aaya raha rhi rha sorry basic silly dumb too
return returns gives printed prints output outputs only run
cant cannot couldnt dont doesnt didnt wont isnt notes note check checking verify confirm
correct wrong right crct corect currect sahi galat bye byee tc
namaste namaskar namaskaram pranam shukriya dhanyavad dhanyavaad accha acha achha theek thik
haan btw tmrw tmr tmrrw tomo tomorow 2moro exm
much lot alot got finally doubts thankyou thnks tq sooo soo lots meant correction numpy python
matlab octave jupyter colab
machi machan macha mach dei da di enna ena sollu solu sollunga sollungo solluda indha intha
inda idhu ithu oda ode la le varum varudhu vanthuchu vandhuchu kudu kudunga pannu pannunga
panni panna epdi eppadi evlo evvalo enakku ku nanba thala thambi anna akka seri sari romba
nandri venum vendum konjam kandupidi kandupudi theriyala puriyala nalaikku ah ra pa
had has have having taught showed says said wrote came comes ask asks told lectures class
tutorial exams questions sheet slide slides yesterday solved getting answers friend group study
studying week midterm quiz paper previous year pyq
lecturer lecturers instructor tutor wants wanted derived discussed covered mentioned learnt
learned example examples appreciated appreciate grateful nice great day wonderful late delay
message code program script snippet pasted paste print torque physics make niklega niklegi
niklenge nikalega diya diye ek hand them evaluated their
worksheet chapter section course syllabus exercise exercises video youtube recording understand
understanding revise revising revision revisions practice practicing practising preparing
prepare wondering wonder curious think believe feel hope hoping regards cheers welcome bother
disturb disturbing needed needs mine matching upcoming tonight submit submission deadline dear
madamji instructors classmate classmates senior seniors batchmate teachers teaching professors
faculty mentor online offline session assignments homeworks due tricky tough difficult easy
hard well thanking
bolo boliye batayiye kare karen thoda thodi dekh dekhna dekhiye samjhaye
greetings hlo helo urgently helpful awesome amazing cool fine alright gonna wanna gotta kinda
lemme dunno ohh ahh
im ive youre theyre weve youve thats theres heres hes shes wasnt werent arent havent hasnt
wouldnt shouldnt us list nikala nikali nikla
"""
FILLER = frozenset(_FILLER.split())

# Words that narrate around the problem (issue 10): who asked, where it is from, how the student
# feels, ML and course vocabulary used as labels ("the neuron z = ..", "our TA asked us to
# find ..", "from the board"). They name no math and no task, so they cannot change the problem:
# ``account`` accounts them as context (whole sentences of them are cut out before, by
# ``context.split_context``). A word that could change what is asked never goes here.
_CONTEXT_TEXT = """
lab labs record records practical journal roommate roommates flatmate
agree agrees disagree disagrees argue arguing bet sure unsure confident say saying
board whiteboard blackboard copied copy copying hurry hopefully probably maybe perhaps
electrical circuit circuits currents voltage voltages chemistry economics engineering
always never usually often sometimes mess messed messing keep keeps kept making made
flashcard flashcards notebook notebooks compare comparing compared
neuron neurons neural network networks regression logistic perceptron backprop
backpropagation centroid centroids cluster clusters clustering nearest assign assigned
classifier label labels labelled labeled actual actually really truly
lost forgot forget remember remembered related unrelated promise promised
maine humne mene hamne ml ai student students subject subjects mix mixing
"""
CONTEXT_WORDS = frozenset(_CONTEXT_TEXT.split())

# words only the lexicon's own rewrites write (never typed, so never suggested for a typo)
WRITTEN_ONLY = frozenset({"coefficientmatrix"})

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
    "coefficientmatrix": "the coefficient matrix of the equations (build._coefficients)",
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
    "partial": "partial derivative", "mixed": "a mixed partial (the variables named)",
    "series": "Taylor series", "expansion": "Taylor series",
    "polynomial": "Taylor polynomial", "expand": "Taylor expansion",
    "approximation": "Taylor", "linear": "Taylor order 1",
    "quadratic": "Taylor order 2", "matrix": "", "sum": "add / sum",
    "mean": "mean", "means": "mean", "average": "mean", "cost": "a loss function",
    "loss": "a loss function", "costs": "a loss function", "product": "a product",
    "cross": "cross product", "distance": "distance", "length": "norm",
    "magnitude": "norm", "norm": "norm", "modulus": "norm", "euclidean": "norm",
    "manhattan": "the L1 norm (sum of absolute values)",
    "chebyshev": "the max norm (largest absolute value)",
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
    "sse": "the sum of squared errors of the model over the data",
    "mse": "the mean squared error of the model over the data (1/N Σ)",
    "explained": "PCA: the share of the variance each component explains (λᵢ/Σλ)",
    "model": "the model", "fit": "the model fitted to the data", "curve": "the curve y = f(x)",
    "multivariable": "several variables (chain rule)",
}

# words with a meaning only for some kinds (``account`` accepts them there, and asks back
# elsewhere): "root of x^2 - 3" (Newton) is a zero, not √; "jacobian of polar: x = r cos θ, ..."
FOR_KINDS: dict[str, tuple[str, ...]] = {
    "root": ("newton",), "roots": ("newton", "solve_system"),
    "zeros": ("newton", "solve_system"), "tangent": ("derivative",),
    "line": ("projection",), "through": ("projection",),
    "plane": ("projection",), "scalar": ("dot", "scalar_projection", "projection"),
    "radians": ("angle",), "radian": ("angle",), "rad": ("angle",), "degrees": ("angle",),
    "polar": ("jacobian",), "spherical": ("jacobian",), "cylindrical": ("jacobian",),
    "transformation": ("jacobian",), "mapping": ("jacobian",),
    "process": ("gram_schmidt",), "procedure": ("gram_schmidt",),
    "algorithm": ("gram_schmidt",), "orthogonalization": ("gram_schmidt",),
    "orthogonalisation": ("gram_schmidt",), "total": ("chain_rule",),
    "direction": ("pca", "nullspace", "unit_vector"), "directions": ("pca", "nullspace"),
    "along": ("unit_vector",), "axis": ("pca",),
    "axes": ("pca",), "cofactors": ("det",), "cubic": ("taylor",), "quartic": ("taylor",),
    "quintic": ("taylor",),
}

# words that describe the matrix given (said before "matrix" or as "A is symmetric"): each a
# claim that ``described`` checks against the numbers (false: asked back); elsewhere they
# are asked about like any unknown word. word (or two words) -> the claim it makes
DESCRIBED: dict[str, str] = {
    "symmetric": "symmetric", "symmetrical": "symmetric", "skew symmetric": "skew-symmetric",
    "antisymmetric": "skew-symmetric", "anti symmetric": "skew-symmetric",
    "diagonal": "diagonal", "upper triangular": "upper triangular",
    "lower triangular": "lower triangular", "triangular": "triangular", "square": "square",
    "real": "real", "orthogonal": "orthogonal", "positive definite": "positive definite",
    "positive semidefinite": "positive semidefinite",
    "positive semi definite": "positive semidefinite", "negative definite": "negative definite",
}
# the single words of DESCRIBED ("upper" of "upper triangular"): accepted inside a claim
DESCRIBED_WORDS = frozenset(w for phrase in DESCRIBED for w in phrase.split())

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
               "median": "medians",
               "medians": "medians",
               "factorise": "factoring", "factorize": "factoring"}

NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9", "ten": "10"}

_VAR = r"(?:[A-Za-z]\w*|\))"
_FUNC_POWER = re.compile(
    r"(?<![\w^])(?<!natural\s)(?:(sin|cos|tan|sec|csc|cosec|cot|log|ln|exp|sinh|cosh|tanh|"
    r"sigmoid)"
    r"(\s*(?:\^\s*\(?[23]\)?|[²³]))?\s*(?:of\s+)?"
    r"|(e)\s*(?:\^|\s+to\s+the\s+)\s*)(-?\d*[a-z](?:_?\d)?)\s+(squared|cubed)\b", re.I)
# "sin x square", "log x cube" (Indian English): the same two readings, said
_FUNC_POWER_WORD = re.compile(_FUNC_POWER.pattern.replace(
    r"(squared|cubed)\b", r"(square|cube)\b(?!\s+(?:root|of\b|matri|form))"), re.I)
_SUP = {"2": "²", "3": "³", "²": "²", "³": "³"}


# "treating y as a constant", "holding y and z fixed", "with y constant", "(y constant)",
# ", y held fixed" at the end: the letters the message holds fixed, said as "where y is a
# constant" (a partial derivative's other variables; before typos and bracketed words)
_HELD_PHRASE = re.compile(
    r"\b(?:treating|treat|holding|hold|keeping|keep|with)\s+([A-Za-z](?:\s*(?:,|and)\s*"
    r"[A-Za-z])*)\s+(?:as\s+)?(?:a\s+|an\s+)?(?:held\s+)?(?:constants?|fixed)\b"
    r"|(?:(?<=[,;])|\()\s*([A-Za-z](?:\s*(?:,|and)\s*[A-Za-z])*)\s+(?:is\s+|are\s+)?"
    r"(?:held\s+)?(?:constants?|fixed)\s*(?:\)|$)", re.I)


def _held(m: re.Match[str]) -> str:
    """``treating y and z as constants`` -> `` where y is a constant and z is a constant ``."""
    letters = re.findall(r"\b[A-Za-z]\b", m.group(1) or m.group(2))
    return " where " + " and ".join(f"{v} is a constant" for v in letters) + " "


def _func_power(m: re.Match[str]) -> str:
    """``sin x squared``: (sin x)², or sin(x²) after the button (both read from words, so
    the reading is said). A function with its own power, ``sin²x squared``, is (sin²x)² =
    sin⁴x, or sin²(x²) after the button (the word was read as x squared, unsaid)."""
    from .readings import flipped, took
    func, arg = m.group(1) or "e", m.group(4)
    power = "2" if m.group(5).lower().startswith("square") else "3"
    sup = _SUP[power]
    own = re.sub(r"[\s^()]", "", m.group(2) or "")  # sin² x, sin^(2) x: its own power
    own_sup = _SUP.get(own, "")
    head = f"e^{arg}" if func == "e" else f"{func}{own_sup} {arg}"
    inner = f"e^({arg}^{power})" if func == "e" else f"{func}({arg}^{power})"
    other = f"e^({arg}{sup})" if func == "e" else f"{func}{own_sup}({arg}{sup})"
    took("fsq", f"“{m.group(0)}” is ({head}){sup}", other)
    if flipped("fsq"):
        return f" {inner}^{own} " if own else f" {inner} "
    return f" ({func}({arg})^{own})^{power} " if own else f" ({head})^{power} "

_GLUED_POWER = re.compile(r"(?<![\w.^])(\d+(?:\.\d+)?)([a-z])\s+((?i:square|cube))\b"
                          r"(?!\s+(?i:root|matri|of\b|form))")


def _glued_power(m: re.Match[str]) -> str:
    """``3x cube``: 3·x³ (what "3x cube" means read aloud), said, or (3x)³ after the button."""
    from .readings import flipped, took
    coeff, letter = m.group(1), m.group(2)
    power = "2" if m.group(3).lower() == "square" else "3"
    sup = _SUP[power]
    every = list(_GLUED_POWER.finditer(m.string))  # one button flips them all: say them all
    if len(every) > 1:
        sups = [_SUP["2" if g.group(3).lower() == "square" else "3"] for g in every]
        took("gpow", ", ".join(f"“{g.group(0)}”" for g in every) + ": the power on "
             "the letter alone (" + ", ".join(f"{g.group(1)}·{g.group(2)}{u}"
                                               for g, u in zip(every, sups, strict=True)) + ")",
             ", ".join(f"({g.group(1)}{g.group(2)}){u}" for g, u in zip(every, sups, strict=True)))
    took("gpow", f"“{m.group(0)}” is {coeff}·{letter}{sup} (the power on {letter} alone)",
         f"({coeff}{letter}){sup}")
    if flipped("gpow"):
        return f"({coeff}{letter})^{power}"
    return f"{coeff}{letter}^{power}"


_WORD_BEFORE = re.compile(r"([A-Za-z]{3,})\s*$")


def _to_the(m: re.Match[str]) -> str:
    """``x to the 3``, ``e to the x``: a power; after an English word (``apply Gram-Schmidt to
    the vectors``, ``add u to the vector``) it is the word "to", left as typed."""
    word = _WORD_BEFORE.search(m.string, 0, m.start())
    if word and word.group(1).lower() not in FUNCTIONS + GREEK_NAMES + ("power", "raised"):
        return m.group(0)
    after = re.match(r"[A-Za-z]{3,}\b", m.string[m.end():])
    if after and (after.group(0).lower() in FILLER or after.group(0).lower() in CONTEXT_WORDS
                  or after.group(0).lower() == "origin") and (
            after.group(0).lower() not in NUMBER_WORDS):
        return m.group(0)  # "from (2, 3) to the point (5, 7)", "to the centroid": the word
    return "^"


# Words that are math: rewritten before the message is split into words and math.
WORD_MATH: list[tuple[re.Pattern[str], str]] = [
    # "sum of squared errors" of a model over data: the loss, not "of^2" (before "squared")
    (re.compile(r"\b(?:the\s+)?sum\s+of\s+(?:the\s+)?squared\s+(?:errors|residuals)\b",
                re.I), " sse "),
    # "mean squared error (loss)", "MSE loss", "the MSE of y = w x": the mean of the squared
    # errors over the data, 1/N Σ (not "MSE = ...", a loss the message writes out)
    (re.compile(r"\b(?:the\s+)?(?:mean\s+squared?\s+errors?|MSE)(?:\s+loss)?\b(?!\s*[=(])"
                r"(?!\s*/\s*d)", re.I), " mse "),
    # "sin x squared", "log of t cubed", "e^x squared": (sin x)² (what students mean), shown,
    # with the button for sin(x²) (before the plain "squared" below)
    (_FUNC_POWER, lambda m: _func_power(m)),
    # "distance squared", "norm squared": the squared distance / norm (an option of those kinds,
    # build.py), not "distance^2"
    (re.compile(r"\b(distance|norm|length|magnitude)\s+squared\b", re.I),
     lambda m: f" squared {m.group(1)} "),
    (re.compile(r"(?<=[\w)\]])\s+squared\b", re.I), "^2"),
    (re.compile(r"(?<=[\w)\]])\s+cubed\b", re.I), "^3"),
    (re.compile(r"(?<!\bup)(?<!\bonto)(?<!\bequal)\s+(?:raised\s+)?to\s+the\s+"
                r"(?:power\s+(?:of\s+)?)?(?=[-\w(])", re.I), lambda m: _to_the(m)),
    (re.compile(r"\s*\bto\s+the\s+power\s+(?:of\s+)?", re.I), "^"),
    # "e raised to x", "x raised 3", "e to x": the power (the "to x" was read as the variable
    # of the derivative and "raised" dropped: d/dx of e)
    (re.compile(r"(?<![\w^.])(\w+\^\w+)\s+raised\s+(?:to\s+)?(?=[-\w(])", re.I), r"(\1)^"),
    (re.compile(r"(?<=[\w)\]])\s+raised\s+(?:to\s+)?(?=[-\w(])", re.I), "^"),
    (re.compile(r"(?<![\w.])(?<!\bfrom\s)e\s+to\s+(?!the\b)(?=[-\w(])"), "e^"),
    (re.compile(r"(?<=[\w)\]])\s+(?:raised\s+)?power\s+(?:of\s+)?(?=[-\w(])", re.I), "^"),
    # "1 over x plus 1": 1/x + 1 (taken, as typed math reads) or 1/(x + 1) (the button)
    (re.compile(r"(?<![\w^/.])(\w+)\s+over\s+(\w+)\s+(plus|minus)\s+(\w+)(?![\w(^])"
                r"(?!\s*(?:[\d(\[^*/+-]|[A-Za-z]\b|plus\b|minus\b|times\b|over\b))", re.I),
     lambda m: _over_scope(m)),
    (re.compile(r"(?<=[\d)\]]|\b[a-z])\s+over\s+(?=[\d(\[]|[a-z]\b)", re.I), " / "),
    (re.compile(r"(?<=[\w)\]])\s+plus\s+(?=[-\w(\[])", re.I), " + "),
    (re.compile(r"(?<=[\w)\]])\s+minus\s+(?=[-\w(\[])", re.I), " - "),
    (re.compile(r"(?<=[\w)\]])\s+divided\s+by\s+(?=[-\w(\[])", re.I), " / "),
    (re.compile(r"(?<=[\w)\]])\s+multiplied\s+by\s+(?=[-\w(\[])", re.I), " * "),
    # Hinglish: "y ke respect me(in)" / "y ke respect se" is "with respect to y"
    (re.compile(r"\b([a-zA-Z]\w?)\s+ke\s+respect\s+(?:me|mein|main|se|mai)\b", re.I),
     r" wrt \1 "),
    # "e to the minus x", "e^ negative 2x"; "x to the 3rd (power)"
    (re.compile(r"\^\s*(?:minus|negative)\s+", re.I), "^-"),
    # (a space before the suffix only with "power": "x^2 nd x^3" is x² and x³, not x²·x³)
    (re.compile(r"\^\s*(\d+)(?:\s*(?:st|nd|rd|th)\s+power\b|(?:st|nd|rd|th)\b(?:\s+power\b)?)",
                re.I), r"^\1"),
    # "A transpose times A", "A transpose A", "A transpose b": Aᵀ inside a matrix expression
    # (v3 held-out); a bare "A transpose" stays the transpose task
    (re.compile(r"\b([A-Z])\s+transposed?\s+into\b(?=\s*[A-Za-z(\[])"), r"\1^T * "),
    (re.compile(r"\b([A-Z])\s+transposed?\b(?!\s+of\b)"), r"\1^T "),
    # "transpose of A times A", "transpose A into b": AᵀA, Aᵀb (the transpose of A, then more)
    (re.compile(r"\btransposed?\s+(?:of\s+)?([A-Z])\b(?=\s*(?:times\b|into\b|multiplied\b|"
                r"[*·@(\[]|[A-Z]\b|[a-z]\b(?!\s*=)))", re.I), r" \1^T "),
    # "transpose of A = [[..]] and then A^T A", "inverse of A, then A^2": the first task as
    # notation, so both tasks are answered (it was the transpose of AᵀA: another problem)
    (re.compile(r"\b(transpose|inverse)\s+of\s+([A-Z])\b(?!\s+(?:times|into)\b)", re.I),
     lambda m: _then_expression(m)),
    # "inverse of A transpose (for A = ...)": the inverse of Aᵀ
    (re.compile(r"\b(inverse|inv|determinant|det|rank|trace|eigenvalues|eigenvectors)\s+of\s+"
                r"([A-Z])\s+transposed?\b", re.I), r"\1 of \2^T "),
    # "x to the fourth", "x to the power half": the power said as a word
    (re.compile(r"\^\s*(second|third|fourth|fifth|sixth)\b(?:\s+power\b)?"
                r"(?!\s+(?:order|derivative|partial|term))", re.I),
     lambda m: "^" + str(ORDINALS.get(m.group(1).lower(), 6))),
    (re.compile(r"\^\s*(?:a\s+|one\s+)?half\b", re.I), "^(1/2)"),
    # WhatsApp: "angle btw (1,0) n (1,1)": btw before operands is "between" (else "by the
    # way", filler); "n" between two bracketed operands is "and"
    (re.compile(r"\bbtw\b(?=\s*(?:the\s+)?(?:vectors?\s*)?[(\[]|\s+[a-zA-Z]\s+(?:and|n|&)\s)",
                re.I), " between "),
    (re.compile(r"(?<=[)\]])\s+n\s+(?=[(\[])"), " and "),
    (re.compile(r"\b(between\s+[a-zA-Z])\s+n\s+(?=[a-zA-Z]\b)"), r"\1 and "),
    # "cross (1,1,1) (1,2,3)": two vectors side by side after a two-vector operation
    (re.compile(r"\b(cross|dot|angle|distance|dist)\b((?:\s+(?:product|prod|of|between))*)\s*"
                r"(\([^()\[\]]*\))\s*(\([^()\[\]]*\))(?!\s*[-+*/^(\[])", re.I),
     r"\1\2 \3 and \4"),
    # "partial derivatives fx and fy of f = x^2 sin y": f_x, f_y (only where f is defined)
    (re.compile(r"(?<![A-Za-z_])f([xyz]{1,2})(?![A-Za-z0-9_(])"),
     lambda m: f"f_{m.group(1)}" if re.search(r"\bf\s*(?:\([^()]*\))?\s*=", m.string)
     else m.group(0)),
    # Tamil/Hinglish chat: "dou/dou x" (also "del/del x", "douf/doux") is ∂/∂x
    (re.compile(r"\b(?:dou|doh)\s*([a-z])?\s*/\s*(?:dou|doh)\s*(?=[a-z](?![a-z]))", re.I),
     lambda m: f"∂{m.group(1) or ''}/∂"),
    # "at x equals 2": the point x = 2
    (re.compile(r"(?<=\b[a-z])\s+equals\s+(?=-?\.?\d)", re.I), " = "),
]


_COUNT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:more\s+)?"
                    r"(?:(?:newton(?:'s)?|raphson|newton\s*-?\s*raphson|gradient\s+descent|gd|"
                    r"descent|principal)\s+)?(?:steps?|iterations?|iters|iterates|rounds?|"
                    r"components?|terms?|updates?|PCs?)\b)",
                    re.I)


# ---------------------------------------------------------------- chat shorthand, Hinglish
# A short or Hinglish word that has a meaning is rewritten to the English word it stands for,
# before the message is split (the restatement then shows how it was read). Never before "="
# (``dist = 3`` is a name) and never inside a longer word.
SHORTHAND: dict[str, str] = {
    # WhatsApp abbreviations of math words
    "evals": "eigenvalues", "eigvals": "eigenvalues", "eigenvals": "eigenvalues",
    "eig": "eigenvalues", "evecs": "eigenvectors", "eigvecs": "eigenvectors",
    "eigenvecs": "eigenvectors", "vals": "values", "vecs": "vectors", "vec": "vector",
    "pts": "points", "dist": "distance", "proj": "projection", "avg": "average",
    "cov": "covariance", "covar": "covariance", "ker": "kernel", "hess": "hessian",
    "jac": "jacobian", "mat": "matrix", "mtx": "matrix", "matx": "matrix",
    "eqn": "equation", "eqns": "equations", "eq": "equation", "abt": "about",
    "thru": "through", "gd": "gradient descent", "prod": "product", "mult": "multiply",
    "multiplcation": "multiplication", "transp": "transpose",
    "GS": "gram schmidt", "NR": "newton raphson",
    "PCs": "principal components", "PC": "principal component",
    "lambdas": "eigenvalues", "lambda's": "eigenvalues", "approx": "approximation",
    "approxn": "approximation", "eigvec": "eigenvectors",
    "eigval": "eigenvalues", "tr": "trace", "val": "value",
    # Hinglish words with a meaning (the filler ones are in FILLER)
    "aur": "and", "dono": "both", "donon": "both", "sab": "all", "saare": "all",
    "sare": "all", "sabhi": "all", "har": "each", "pehla": "first", "pehli": "first",
    "pahla": "first", "pahli": "first", "dusra": "second", "doosra": "second",
    "dusri": "second", "doosri": "second", "teesra": "third", "tisra": "third",
    "teesri": "third", "jab": "when", "beech": "between", "bich": "between",
    "crit": "critical", "stat": "stationary", "beach": "between", "kaha": "where",
    "kahan": "where", "kahaan": "where",
    "solv": "solve", "slv": "solve", "projn": "projection", "projectn": "projection",
    "var": "variance", "variance's": "variance", "vari": "variance",
}
# a key with a capital letter matches only as typed ("GS", not the product gs); the others in
# any case ("Evals", "GD")
_SHORT = re.compile(
    r"(?<![\w^_.'])(" + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True))
    + r")(?![\w'])(?!\s*=(?!=))", re.I)


_OPERAND_END = r"(?:(?<=[)\]\d])|(?<=\b[A-Za-z]))"
_OPERAND_START = (r"(?=\s*(?:[-(\[\d.]|[A-Za-z](?![A-Za-z])|(?:sin|cos|tan|sec|csc|cot|log|ln|exp|"
                  r"sqrt|sinh|cosh|tanh|e\^)))")
_NOT_DIVIDED = re.compile(r"\b(?:multipl|mult\b|scal|rotat|increas|decreas|shift|translat|replac|"
                          r"grow|stretch)", re.I)


_NOT_TIMES = re.compile(r"\b(?:proj|convert|transform|map|split|divid|chang|decompos|factor|"
                        r"substitut|plug|put)", re.I)


def _by(m: re.Match[str]) -> str:
    return m.group(0) if _NOT_DIVIDED.search(m.string) else " / "


def _into(m: re.Match[str]) -> str:
    """"x into sin x" is a product; "project v into u", "convert x into ..." are not."""
    return m.group(0) if _NOT_TIMES.search(m.string) else " * "


_NUMBER_WORD = r"(one|two|three|four|five|six|seven|eight|nine|ten)"
# "one by x", "x plus two": a number word next to an operation word is the number
_NUMBER_AROUND = [
    re.compile(rf"\b{_NUMBER_WORD}\b(?=\s+(?:by|over|plus|minus|times|into|divided|multiplied)"
               r"\b(?!\s+the\b))", re.I),
    re.compile(r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("by", "over", "plus", "minus",
                                                               "times", "into"))
               + rf"){_NUMBER_WORD}\b", re.I),
]


def _n_and(m: re.Match[str]) -> str:
    """``n`` between two known words is "and" (``det n inverse``); otherwise the letter n."""
    before = re.search(r"[A-Za-z]+$", m.string[:m.start()])
    after = re.match(r"[A-Za-z]+", m.string[m.end():])
    known = FILLER | set(MEANING) | set(SHORTHAND) | {"det", "inverse", "rank", "trace"}
    if before and after and before.group(0).lower() in known | _kind_words() and (
            after.group(0).lower() in known | _kind_words()):
        return " and "
    return m.group(0)


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    from .intent import VOCAB
    return frozenset(VOCAB)


def _shorthand(m: re.Match[str]) -> str:
    word = m.group(1)
    meaning = SHORTHAND.get(word) or (SHORTHAND.get(word.lower()))
    return f" {meaning} " if meaning else word


def _over_scope(m: re.Match[str]) -> str:
    from .readings import flipped, took
    a, b, word, c = m.group(1), m.group(2), m.group(3).lower(), m.group(4)
    op = "+" if word == "plus" else "-"
    whole, first = f"{a}/({b} {op} {c})", f"{a}/{b} {op} {c}"
    if flipped("over"):
        took("over", f"“{m.group(0)}” is read as {whole}", first, flip_aware=True)
        return f" ({a})/({b} {op} {c}) "
    took("over", f"“{m.group(0)}” is read as {first}", whole, flip_aware=True)
    return f" ({a})/({b}) {op} {c} "


# "is it correct?", "is it right": asking for a check, not a guess of the answer
_JUDGED = re.compile(r"(?:correct|right|ok(?:ay)?|true|wrong|fine|so)\s*[.!]*", re.I)


def _guess(m: re.Match[str]) -> str:
    from .readings import flipped, took
    if _JUDGED.fullmatch(m.group(1).strip()):
        return " "
    took("guess", f"“{m.group(1).strip()}?” is your guess: compare it with the answer below",
         "the guess as math")
    return m.group(0) if flipped("guess") else " "


def _counted(m: re.Match[str]) -> str:
    said = int(NUMBER_WORDS.get(m.group(1).lower(), m.group(1)))
    typed = len(re.findall(r"\(\s*-?[\d.]+(?:\s*,\s*-?[\d.]+)+\s*\)", m.string))
    return f" the {m.group(2)} " if said == typed else m.group(0)


_ITERATIONS = re.compile(r"newton|raphson|gradient\s+descent|\bgd\b", re.I)

# Σ, \sum_{i=1}^n, sum_i, "sum over the data of", then the bracketed summand (and its power)
_SUM = re.compile(
    r"(?:(?<![\w^])Sigma|\b[sS]um)(?:\s*_\s*[({]?\s*([ijnk])\s*(?:=\s*[01])?\s*[)}]?)?"
    r"(?:\s*\^\s*[({]?\s*(?:n|N|m|\d+)\s*[)}]?)?\s*(?:(?:over\s+(?:the\s+)?(?:data|points|samples|i)"
    r"\s+)?of\s+)?(\((?:[^()]|\([^()]*\))*\)(?:\s*\^\s*\d+)?)"
    r"(\s+(?:over|for)\s+(?:the\s+)?(?:data\s+)?(?:points?\s+)?(?=\())?")
_HAS_DATA = re.compile(r"\bdata\b|\b(?:over|for)\s+(?:the\s+)?(?:points?\s+)?\(\s*-?[\d.]",
                       re.I)


def _summed(m: re.Match[str]) -> str:
    """A sum over the data of a per-point loss: "the loss (y − w·x)²" with the index letter of
    y_i, x_i dropped (each data point gives x and y their values); without data in the
    message the sum is left alone (and asked about)."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if not _HAS_DATA.search(m.string) or re.search(r"[+-]\s*$", before) or re.match(
            r"\s*[+-]", after if not m.group(3) else ""):
        return m.group(0)  # no data, or a term added outside the sum (+ λw²): asked back
    index = m.group(1) or "[ijkn]"
    body = re.sub(rf"(?<![\w])([A-Za-z])\s*_\s*\{{?\s*{index}\s*\}}?(?![\w])", r"\1", m.group(2))
    tail = " over data " if m.group(3) else ""
    if re.search(r"[=*/()\d]\s*$", before):
        return f" {body} {tail}"  # "L = Σ (...)": the definition of the loss named L
    return f" the loss {body} {tail}"


_CHAR_NAME = (r"\b(?i:characteristic|char\.?)\s+(?i:polynomial|poly|equation|eqn)s?\b")
_MATRIX_ARG = r"\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]|[A-Z](?![\w(^])"
_CHARPOLY = re.compile(
    r"(\b(?i:eigen\s*values?|eigenvectors?|trace|det|determinant)\s+(?i:and|&)\s+(?i:the\s+|its\s+)?)?"
    + _CHAR_NAME + r"(\s+(?i:and|&)\s+(?:the\s+|its\s+)?(?i:eigen\s*values?|eigenvectors?|"
    r"roots))?\s+(?i:of)\s+(?i:the\s+matrix\s+)?(" + _MATRIX_ARG + r")(\s*=\s*(?:" + _MATRIX_ARG
    + "))?")


_NUM = r"-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
# a vector typed out, (1, 2, 0) or [1, 2, 0], or a one-letter name of one
_VEC_OR_NAME = r"\([^()\[\]]*,[^()\[\]]*\)|\[[^\[\]]*,[^\[\]]*\]|\b[a-z]\b"
# "A(-1, 2)", "P(1, 0, 3)": a capital naming the point written after it (no space, or one)
_NAMED_POINT = re.compile(rf"(?<![^\s,:(])([A-Z])\s?(\(\s*{_NUM}(?:\s*,\s*"
                          rf"{_NUM}){{1,3}}\s*\))(?!\s*[\^*(\[])")


def _segment_ab(m: re.Match[str]) -> str:
    """``length of AB``, ``|AB|``, ``vector AB``: with A and B points of the message (A(1, 1),
    A = (1, 1)) the vector from A to B, B − A (never the product of two matrices A·B)."""
    a, b = m.group(1), m.group(2)
    point = rf"\s?(?:=\s*)?\(\s*{_NUM}(?:\s*,\s*{_NUM}){{1,3}}\s*\)"
    named = all(re.search(rf"(?<![\w.]){n}{point}", m.string) for n in (a, b))
    matrix = re.search(rf"(?<![\w.])[{a}{b}]\s*=\s*\[", m.string)
    return f" ({b} - {a}) " if a != b and named and not matrix else m.group(0)


def _distance_ab(m: re.Match[str]) -> str:
    """``distance AB`` with A and B points of the message: the distance between A and B."""
    a, b = m.group(2), m.group(3)
    point = rf"\s?(?:=\s*)?\(\s*{_NUM}(?:\s*,\s*{_NUM}){{1,3}}\s*\)"
    named = all(re.search(rf"(?<![\w.]){n}{point}", m.string) for n in (a, b))
    matrix = re.search(rf"(?<![\w.])[{a}{b}]\s*=\s*\[", m.string)
    if a == b or not named or matrix:
        return m.group(0)
    return f" {m.group(1)} between {a} and {b} "


def _named_point(m: re.Match[str]) -> str:
    """``the points A(-1, 2) and B(3, -1)``: A and B name the points (``A = (-1, 2)``), when
    the message says "point(s)" or names two or more of them, and the capital is not given
    another value (``A = [[..]]``) in the message."""
    text = m.string
    named = {n.group(1) for n in _NAMED_POINT.finditer(text)}
    if not (re.search(r"\bpoints?\b", text, re.I) or len(named) >= 2
            or re.search(r"\bat\s+(?:the\s+)?$", text[:m.start()], re.I)):
        return m.group(0)
    if re.search(rf"(?<![\w.]){m.group(1)}\s*=", text):
        return m.group(0)
    return f" {m.group(1)} = {m.group(2)} "


_CHAR_ROOTS = re.compile(
    r"\b(?:(?i:the\s+)?(?i:roots?|zeros?|zeroes|solutions?)\s+(?i:of\s+)(?i:the\s+|its\s+)?"
    + _CHAR_NAME + r"|" + _CHAR_NAME + r"\s+(?i:roots?|zeros?|zeroes|solutions?))"
    r"(?=\s+(?i:of)\s+(?i:the\s+matrix\s+)?(?:" + _MATRIX_ARG + r"))")


def _char_roots(m: re.Match[str]) -> str:
    from .readings import said
    said("the roots of the characteristic polynomial det(A − λI) are the eigenvalues")
    return " eigenvalues "


_TO_EIGENVALUE = (r"(?:for|of|corresponding\s+to|belonging\s+to|associated\s+with|with)\s+"
                  r"(?:the\s+|its\s+)?")
_PICK_WORD = re.compile(_TO_EIGENVALUE + r"(biggest|largest|greatest|maximum|max|highest|top|"
                        r"dominant|smallest|least|minimum|min|lowest)\s+eigen\s*-?\s*value\b",
                        re.I)
_PICK_VALUE = re.compile(_TO_EIGENVALUE + r"(?:eigen\s*-?\s*value\s*(?:(?:λ|lambda)\s*)?(?:=\s*)?"
                         r"(-?\s*\d+(?:\.\d+)?(?:/\d+)?)|(?:λ|lambda)\s*=\s*(-?\s*\d+(?:\.\d+)?"
                         r"(?:/\d+)?))(?![\w.^/(])", re.I)
_PICK_CANON = {"biggest": "largest", "greatest": "largest", "maximum": "largest",
               "max": "largest", "highest": "largest", "top": "largest", "least": "smallest",
               "minimum": "smallest", "min": "smallest", "lowest": "smallest"}


def _picked_eigenvalue(m: re.Match[str], which: str) -> str:
    """Only in a message asking for eigenvectors (elsewhere the words are left to be asked)."""
    if not re.search(r"eigen\s*-?\s*vec|eigenspace", m.string, re.I):
        return m.group(0)
    from .readings import pick
    low = which.lower()
    pick(_PICK_CANON.get(low, low))
    return " "


def _named_unknowns(m: re.Match[str]) -> str:
    things = [w for w in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(1)) if w]
    rest = m.string[m.end():]
    if "=" not in rest or any(_known_word(w) or w.lower() in UNSUPPORTED for w in things):
        return m.group(0)
    letters = [w[0].lower() for w in things]
    used = set(re.findall(r"(?<![A-Za-z])([a-z])(?![A-Za-z(])", rest.split("find")[0]))
    if len(set(letters)) != len(letters) or used != set(letters):
        return m.group(0)
    from .readings import said
    said("I took " + ", ".join(f"{c} as {w}" for c, w in zip(letters, things, strict=True)))
    return ""


_AX_TYPED = re.compile(r"(?:\]|\bA)\s*\*?\s*\(?\s*x\s*\)?\s*=")


def _unknown_vector(m: re.Match[str]) -> str:
    """``find x`` where the message has ``[[..]] x = b`` or ``A x = b``: solve for it."""
    return " solve " if _AX_TYPED.search(m.string) else m.group(0)


_SHARE_WORD = re.compile(r"(?i)fraction|proportion|share|percent|ratio|part|portion")


def _share_of_variance(m: re.Match[str]) -> str:
    """``the fraction of variance each explains``: PCA's ratios λᵢ/Σλ. Without a share word
    (``the variance each PC explains``) it is each component's variance (``pca`` alone, as
    ``explained variance`` is)."""
    return " pca explained " if _SHARE_WORD.search(m.group(0)) else " pca "


_COUNTED_OBJECTS = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:given\s+)?"
    r"((?:data\s+)?points?|vectors?|matrices|matrix|equations?|numbers?|values?|observations?|"
    r"samples?)\b(?![ \t]*[*/^=])", re.I)
_GROUP = r"\(\s*[-\d.][^()]*\)|\[\s*[-\d.][^\[\]]*\]"  # (1, 0, 1), [2, 3]
_MATRIX_GROUP = r"\[\s*\[[^\[\]]*\](?:\s*,?\s*\[[^\[\]]*\])*\s*\]"
_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?(?![\w(^])"
_SEP = r"\s*(?:,|;|&|\band\b)?\s*"
_LIST_START = r"\s*(?:(?:are|is|given|below|as\s+follows|in\s+R\s*\^?\s*\d)\b)?\s*[:=]?\s*"


def _listed(noun: str, after: str, before: str) -> tuple[int, bool]:
    """How many objects of ``noun`` the message lists right after the count (or, with none
    there, right before it: "(1, 0), (0, 1): are these 2 vectors independent"), and whether
    the list was after it."""
    if noun.startswith("equation"):
        head = re.split(r"[?\n]", after)[0]
        return head.count("=") - head.count("=="), True
    item = {"matri": _MATRIX_GROUP, "numbe": _NUMBER, "value": _NUMBER}.get(noun[:5], _GROUP)
    named = rf"(?:[A-Za-z]\w?\s*=\s*)?(?:{item})"  # "x1 = (1, 2)" is one of them too
    found = re.match(rf"{_LIST_START}({named}(?:{_SEP}{named})*)", after)
    if found is not None:
        return len(re.findall(item, found.group(1))), True
    if item != _NUMBER:
        tail = re.sub(r"(?:\s*\b[A-Za-z]+\b|\s*[:,.?])*\s*$", "", before)
        found = re.search(rf"({named}(?:{_SEP}{named})*)$", tail)
    return (len(re.findall(item, found.group(1))) if found else 0), False


def _object_count(m: re.Match[str]) -> str:
    """``the 4 vectors (..), (..), (..), (..)``: the count is accounted for when it matches the
    list; a count that does not match is asked back (never a guess at what was meant)."""
    word, noun = m.group(1).lower(), m.group(2)
    n = int(NUMBER_WORDS.get(word, word))
    if n < 2:
        return m.group(0)  # "each point is one sample": a layout, not a count
    listed, after = _listed(noun.lower(), m.string[m.end():], m.string[:m.start()])
    if listed == 0 and noun.lower().startswith("matri") and len(
            re.findall(_MATRIX_GROUP, m.string)) == n:
        return f" {noun} "  # "the professor multiplied two matrices. Multiply A = .. by B = .."
    if listed == 0 or (listed != n and not after):
        return m.group(0)  # a list before it that is not all of them: read as before
    if listed != n:
        from .account import Unclear  # a question back, like every word not understood
        raise Unclear(f"You wrote “{m.group(0).strip()}” but I see {listed} listed. Which "
                      "is right?", "Send the list again with every one of them.")
    return f" {noun} "


_STEP_NOUNS = re.compile(r"\b(?:iterates|rounds?|updates?)\b", re.I)


def _step_noun(m: re.Match[str]) -> str:
    """``3 iterates``, ``two rounds``: the number of steps, in an iteration only (``round``
    elsewhere is asked about)."""
    return " iterations " if _ITERATIONS.search(m.string) else m.group(0)


def _chat_h(m: re.Match[str]) -> str:
    before = re.search(r"([A-Za-z]+)\s*$", m.string[:m.start()])
    return " " if before and before.group(1).lower() in FILLER else m.group(0)


# chat words beside which a lone "h" is Hinglish "hai" ("exam h kal", "urgent h bhai")
_CHAT_TEXT = """exam exams test paper viva quiz midsem endsem sem kal aaj abhi parso
tomorrow tmrw tmr today pls plz please plss fast jaldi urgent asap bhai bro yaar yr sir mam
bhaiya dost hw homework assignment submission deadline"""
CHAT_WORDS = frozenset(_CHAT_TEXT.split())
_LONE_H = re.compile(r"(?<![A-Za-z_])h(?![A-Za-z_])")


def _chat_h_between(m: re.Match[str]) -> str:
    before = re.search(r"([A-Za-z]+)\s*$", m.string[:m.start()])
    after = re.match(r"\s+([A-Za-z]+)|\s*[,.!?;]", m.string[m.end():])
    rest = m.string[:m.start()] + m.string[m.end():]
    if (before and after and before.group(1).lower() in CHAT_WORDS
            and (after.group(1) or "chat").lower() in CHAT_WORDS | {"chat"}
            and not _LONE_H.search(rest)):
        return " "
    return m.group(0)


def _slashless(m: re.Match[str]) -> str:
    """``ddx`` is d/dx, ``d2ydx2`` d²y/dx²; the two orders must agree (``d2ydx`` is asked)."""
    top, dep, var, low = m.groups()
    if top != low or top == "1" or (dep and dep == var):
        return m.group(0)
    return f" d{top}{dep}/d{var}{low} "


def _unnormalised(m: re.Match[str]) -> str:
    if not re.search(r"schmidt|orthogonali[sz]", m.string, re.I):
        return m.group(0)
    from .readings import pick
    pick("orthogonal")
    return " "


_ENTRY = r"-?\s*\d+(?:\.\d+)?(?:/\d+)?"
_UNKNOWNS_TIMES = re.compile(
    r"(\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]|\[[^\[\]]*;[^\[\]]*\])\s*\*?\s*"
    r"\[\s*((?:\[?\s*[a-z]\s*\]?\s*[;,]?\s*){2,4})\]\s*=\s*"
    r"(\[\s*(?:\[?\s*" + _ENTRY + r"\s*\]?\s*[;,]?\s*)+\]|\(\s*(?:" + _ENTRY
    + r"\s*,?\s*)+\))")


def _unknowns_system(m: re.Match[str]) -> str:
    matrix, names, rhs = m.group(1), re.findall(r"[a-z]", m.group(2)), re.findall(_ENTRY,
                                                                                 m.group(3))
    inner = matrix.strip()[1:-1]
    rows = (re.findall(r"\[([^\[\]]*)\]", inner) if inner.strip().startswith("[")
            else inner.split(";"))
    table = [re.split(r"[,\s]+", r.strip()) for r in rows]
    if len(set(names)) != len(names) or len(table) != len(rhs) or any(
            len(r) != len(names) or not all(re.fullmatch(_ENTRY, e) for e in r) for r in table):
        return m.group(0)
    lines = [" + ".join(f"({a})*{v}" for a, v in zip(r, names, strict=True)) + f" = {b}"
             for r, b in zip(table, rhs, strict=True)]
    return " " + ", ".join(lines) + " "


def _cos_angle() -> str:
    from .readings import pick
    pick("cos")
    return " angle "


def _charpoly(m: re.Match[str]) -> str:
    """``characteristic polynomial of A``: det(A − λI), the course's convention (the button
    takes det(λI − A) = (−1)ⁿ·det(A − λI), the same roots)."""
    from .readings import flipped, took
    lead, more, matrix, defined = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if lead and re.match(r"(?i)eigen", lead):  # "eigenvalues and the characteristic polynomial"
        more = lead
    elif lead:  # "trace and characteristic polynomial of A": both tasks on A itself
        return f" {lead}eigenvalues of {matrix}{defined} "
    if more:  # "... and the eigenvalues of A": the eigenvalue working sets up det(A − λI)
        wanted = "eigenvectors" if "vector" in more.lower() else "eigenvalues"
        return f" {wanted} of {matrix}{defined} "
    took("charpoly", "the characteristic polynomial is det(A − λI)", "det(λI − A)")
    det = f"det(lambda*I - {matrix})" if flipped("charpoly") else f"det({matrix} - lambda*I)"
    return f" {det} where {matrix}{defined} " if defined else f" {det} "


_NORM_OPERAND = r"[A-Za-z]\w?|\([-\d.,\s]+\)|\[[-\d.,\s]+\]"  # u, (3, 4), [3, 4]
_NORMS = re.compile(r"\b(?i:norms?|lengths?|magnitudes?)\s+(?i:of\s+)(?i:both\s+)?"
                    rf"({_NORM_OPERAND})\s*(?:,|\band\b|&)\s*({_NORM_OPERAND})(?![\w(])"
                    r"(?!\s*=)")


# a matrix typed in brackets, or a capital letter naming one; then a vector or either of them
_MATRIX_OPERAND = r"\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]|[A-Z](?![\w(^])"
_RIGHT_OPERAND = _MATRIX_OPERAND + r"|\([^()]*\)|[a-z](?![\w(^])"  # A times b: a vector b
_PRODUCT_SIGN = r"\s*(?:\b(?i:times|into|multiplied\s+by)\b|[*·@]|(?=\[))\s*"
_SCOPE = re.compile(
    rf"\b(?i:(transposed?|inverse|inv)\s+of\s+(?:the\s+matrix\s+)?)({_MATRIX_OPERAND})"
    rf"{_PRODUCT_SIGN}({_RIGHT_OPERAND})"
    r"(?!\s*(?:\b(?i:times|into|multiplied)\b|[*·@\[(^]|[A-Za-z](?![\w(])|=))")


def _scoped(m: re.Match[str]) -> str:
    """``transpose of M times N``: Mᵀ·N (the transpose of the first matrix, times the second),
    the reading of the named ``A transpose times B``; the button reads (M·N)ᵀ."""
    from .readings import flipped, took
    word, left, right = m.group(1).lower(), m.group(2), m.group(3)
    sign, name = ("^T", "transpose") if word.startswith("transpose") else ("^-1", "inverse")
    mark = "ᵀ" if sign == "^T" else "⁻¹"
    if name == "inverse" and not right.startswith("[") and not right.isupper():
        return f" {left}{sign} * {right} "  # A⁻¹·b: a vector has no inverse, nothing to flip
    first, whole = f" {left}{sign} * {right} ", f" ({left} * {right}){sign} "
    a, b = _typed_shape(left), _typed_shape(right)
    if a and b and sign == "^T" and (a[0] == b[0]) != (a[1] == b[0]):
        return first if a[0] == b[0] else whole  # only one of the two can be multiplied
    took("scope", f"“{name} of … times …” is the {name} of the first matrix times the second "
         f"(M{mark}·N)", f"(M·N){mark}")
    return whole if flipped("scope") else first


def _typed_shape(text: str) -> tuple[int, int] | None:
    """(rows, columns) of a matrix typed as [[..], [..]], or None (a name, a vector)."""
    rows = re.findall(r"\[([^\[\]]*)\]", text)
    if not text.startswith("[") or not rows:
        return None
    return len(rows), len([e for e in rows[0].split(",") if e.strip()])


_DIFFERENTIATES = re.compile(r"\bd\w*\s*/\s*d|derivative|differentiat|partial|gradient|"
                             r"hessian|jacobian|∂", re.I)
_NOT_A_POINT = re.compile(r"newton|raphson|descent|\bgd\b|\blr\b|learning|taylor|step", re.I)


def _with_values(m: re.Match[str]) -> str:
    if _DIFFERENTIATES.search(m.string) and not _NOT_A_POINT.search(m.string) and not re.search(
            r"\b(?:at|when)\b", m.string[m.end():]):
        return " at "
    return m.group(0)


def _then_expression(m: re.Match[str]) -> str:
    name = m.group(2)
    rest = m.string[m.end():]
    value = re.match(r"\s*=\s*(\[(?:[^\[\]]|\[[^\[\]]*\])*\]|\([^()]*\))", rest)
    after = rest[value.end():] if value else rest
    joined = re.match(r"\s*(?:,\s*|;\s*)?(?:and\b|then\b|,|;)\s*(?:then\s+)?(?:also\s+)?"
                      r"(?:find\s+|compute\s+|get\s+)?(.*)", after, re.S)
    if joined is None:
        return m.group(0)
    expr = joined.group(1)
    uses = rf"(?<![\w]){name}\s*(?:\^|\*|@|·|[A-Z](?![\w]))|(?:\^\s*T|[A-Z])\s*{name}(?![\w])"
    if not re.match(rf"[^\n]{{0,12}}?(?:{uses})", expr):
        return m.group(0)
    notation = f"{name}^T" if m.group(1).lower() == "transpose" else f"{name}^-1"
    return f" {notation}, {name} " if value else f" {notation} "  # "A^T, A = [[..]] and then"


def _them(m: re.Match[str]) -> str:
    """"the angle between them": the two vectors the message names, or (none named) the two
    it types before ("dot product of (1, 1, 2), (2, 0, 1), then distance between them")."""
    names = list(dict.fromkeys(re.findall(r"(?<![\w.])([A-Za-z]\w?)\s*=\s*[(\[]", m.string)))
    if len(names) == 2:
        return f"between {names[0]} and {names[1]}"
    typed = re.findall(r"\(\s*-?[\d.]+(?:\s*,\s*-?[\d.]+)+\s*\)|\[\s*-?[\d.]+(?:\s*,\s*"
                       r"-?[\d.]+)+\s*\]", m.string)
    if not names and len(typed) == 2 and all(t in m.string[:m.start()] for t in typed):
        return f"between {typed[0]} and {typed[1]}"
    return m.group(0)


def _components(m: re.Match[str]) -> str:
    name, body = m.group(1), m.group(2)
    once = len(re.findall(rf"(?<![\w.]){re.escape(name)}(?![\w])", m.string)) == 1
    return f" {body} " if once and re.search(r"[a-z]", body) else m.group(0)


def _statistic(m: re.Match[str], word: str) -> str:
    """A divisor said in words, only in a message about a statistic (never a factor n - 1)."""
    return word if _STATISTIC.search(m.string) else m.group(0)


_STATISTIC = re.compile(r"varian|covarian|deviation|\bstd\b|\bpca\b", re.I)
_INVERSE_TRIG = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "sec": "arcsec",
                 "csc": "arccsc", "cosec": "arccsc", "cot": "arccot"}
_TRIG = r"(sin|cos|tan|sec|csc|cosec|cot)"
_NAME = r"[A-Za-z]\w?"
# Phrases a student types for notation: each becomes the notation itself.
# (a word that must be in the message, the pattern, its rewrite): the word keeps long messages
# from paying for every pattern
_HEAD_NUMBER = (r"(?:no\.?[ \t]*)?\d+(?:[ \t]*[.\-][ \t]*(?:\d+|[a-z]\b))*(?:[a-z](?=[)\s:.,]))?"
                r"(?![\w^*/(])(?:[ \t]*\([A-Za-z][^()\n]{0,19}\))?")
_HEADER = re.compile(
    r"(?m)^[ \t]*(?:(?:(?:exercises?|examples?|problems?|questions?|slide|lecture|tutorial|sheet|"
    rf"homework|assignment)[ \t]*\.?[ \t]*{_HEAD_NUMBER}[ \t]*[,:.)\-]?"
    rf"|(?:ex|q|qn|ques|hw)[ \t]*\.?[ \t]*{_HEAD_NUMBER}[ \t]*(?:[,:.)\-]|(?=\n|$)))[ \t]*)+"
    r"(?=\S|\n|$)", re.I)
# "Q. Find ...", "Q:\nfind", "hw qn: rank ..", "Ques. ...": a label with no number at the
# start of a line, before a word or a capital's "=" (never "q: 1, 2, 3", data named q)
_PLAIN_HEADER = re.compile(r"(?m)^[ \t]*(?:hw\s*)?(?:q|qn|ques|question)\s*[.:)]\s*"
                           r"(?=[A-Za-z]{2}|d\s*/\s*d|(?-i:[A-Z])\s*=)", re.I)
# "f(x, y) = ..." typed: the chain rule reads x(t), y(t) after it as they are
_SEVERAL_ARGUMENTS = re.compile(r"\b[A-Za-z]\s*\(\s*[a-z]\s*,\s*[a-z]")
_NORM_SUBSCRIPT = {"1": "manhattan norm", "2": "norm", "oo": "chebyshev norm",
                   "inf": "chebyshev norm", "infinity": "chebyshev norm"}
# the layout of data said in words: what a row (or column) is. Samples: one data point
# each; variables: one measured quantity each (so the samples are the other way)
_SAMPLE_WORDS = (r"samples?|observations?|obs|data\s*points?|points?|examples?|records?|"
                 r"instances?|readings?|measurements?|students?|people|persons?")
_VARIABLE_WORDS = r"variables?|features?|dimensions?|attributes?|coordinates?|vars?"
_ROWS_ARE = r"(?:#\s*)?(?:\(\s*)?\b(rows?|columns?|cols?)\s*(?:are|=|:|is|as)?\s*(?:the\s+)?"
_EACH_IS = r"\s+(?:is\s+|=\s*|:\s*)?(?:one|a|an)\s+"


def _stat_of_each(stat: str, line: str) -> str:
    """``mean of each row``: the statistic, the samples being the columns (a row's entries)."""
    stat = re.sub(r"(?i)(mean|average|variance)s$", r"\1", stat)  # "row means": the mean
    return f" {stat} " + (" columns are samples " if line.lower().startswith("row") else
                          " rows are samples ")


def _layout_said(m: re.Match[str], which: int) -> str:
    """``rows = observations`` (which 0: group 1 names what holds the samples), ``each row is
    a variable`` (1: a row, group 1, or a column of variables), ``columns are features`` (2:
    group 1 names what holds the variables): said as "rows/columns are samples"."""
    row = (m.group(1) or "").lower().startswith("row")
    if which:
        row = not row
    return " rows are samples " if row else " columns are samples "


PHRASES: list[tuple[str, re.Pattern[str], Any]] = [
    # "log base 2 of x", "log to the base 2 x", "log of x to the base 2": log_2
    ("base", re.compile(r"\blog\s*(?:to\s+)?(?:the\s+)?base\s*(\d+|e)\s*(?:of\s+)?", re.I),
     r" log_\1 "),
    ("base", re.compile(r"\blog\s+(?:of\s+)?(\w+|\([^()]*\))\s+(?:to\s+)?(?:the\s+)?base\s+"
                        r"(\d+)\b", re.I), r" log_\2(\1) "),
    # "sin inverse x", "tan inverse of (x/2)", "inverse sine x", "arc sin x": arcsin
    ("inverse", re.compile(rf"\b{_TRIG}e?\s*-?\s*inverse\s+(?:of\s+)?", re.I),
     lambda m: f" {_INVERSE_TRIG[m.group(1).lower()]} "),
    ("inverse", re.compile(rf"\binverse\s+{_TRIG}e?\b(?:\s+of\b)?", re.I),
     lambda m: f" {_INVERSE_TRIG[m.group(1).lower()]} "),
    ("arc", re.compile(r"\barc\s+(sin|cos|tan)", re.I), r" arc\1"),
    # "proj_u v" (LaTeX \mathrm{proj}_{\mathbf{u}} \mathbf{v}): v projected onto u
    ("proj", re.compile(r"\bproj(?:ection)?\s*_\s*\(?\s*([A-Za-z]\w?)\s*\)?\s*\(?\s*"
                        r"([A-Za-z]\w?)\s*\)?(?![\w(])", re.I), r" projection of \2 onto \1 "),
    # "comp_v u" (Stewart's notation): the scalar projection of u onto v
    ("comp", re.compile(r"\bcomp\s*_\s*[({]?\s*([A-Za-z]\w?)\s*[)}]?\s*[({]?\s*([A-Za-z]\w?)\s*"
                        r"[)}]?(?![\w(])", re.I), r" scalar projection of \2 onto \1 "),
    ("signed", re.compile(r"\bsigned\s+length\s+of\s+(?:the\s+)?(?:vector\s+)?projection\b",
                          re.I), " scalar projection "),
    # "component of u along v", "scalar component of u in the direction of v": the scalar
    # projection; "vector component of u along v" is the projection itself
    ("comp", re.compile(r"(?<!principal\s)\b(vector\s+|scalar\s+)?comp(?:onent)?\s+of\s+"
                             r"([^\n;]{1,80}?)\s+(?:along|in\s+the\s+direction\s+of|onto|on)\s+",
                             re.I),
     lambda m: (" projection of " if (m.group(1) or "").strip().lower() == "vector"
                else " scalar projection of ") + m.group(2) + " onto "),
    ("scalar", re.compile(r"\b(scalar\s+projection\s+of\s+[^\n;]{1,80}?)\s+(?:along|in\s+the\s+"
                          r"direction\s+of)\s+", re.I), r"\1 onto "),
    # "transpose of M times N", "inverse of A times B": the operation of the first matrix, then
    # the product (Mᵀ·N, as "A transpose times B"); (M·N)ᵀ is one button away
    ("transpose", _SCOPE, lambda m: _scoped(m)),
    ("inv", _SCOPE, lambda m: _scoped(m)),
    # "gradient of Σ (y_i - w x_i)^2 wrt w for data ...", "d/dw sum (y - wx)^2 over (1,2), ..":
    # the loss summed over the data (the loss_gradient kind), the index dropped
    ("sigma", _SUM, lambda m: _summed(m)),
    ("sum", _SUM, lambda m: _summed(m)),
    # "characteristic polynomial of A", "char poly of [[..]]": det(A − λI) (said, with a button
    # for det(λI − A)); "... and (the) eigenvalues of A": both tasks, each named
    # "characteristic polynomial roots of A", "roots of the characteristic equation of A":
    # the eigenvalues (said: the roots of det(A − λI) are what eigenvalues are)
    ("char", _CHAR_ROOTS, lambda m: _char_roots(m)),
    ("char", _CHARPOLY, lambda m: _charpoly(m)),
    # "norms of u and v", "lengths of a and b": the norm of each, two tasks (tasks.own_items)
    ("of", _NORMS, lambda m: f" norm of {m.group(1)} and norm of {m.group(2)} "),
    # "|u|, |v| and the angle between them", "||a|| and ||b||": the same two norm tasks
    # (lowercase names: vectors; |A| and |B| are determinants)
    ("|", re.compile(r"(\|\|?)\s*([a-z]\w?)\s*\1\s*(?:,|\band\b|&)\s*(\|\|?)\s*([a-z]\w?)\s*"
                     r"\3(?!\s*[=|])"),
     lambda m: f" norm of {m.group(2)} and norm of {m.group(4)} "),
    # "tr(A)", "tr A": the trace
    ("tr", re.compile(r"\b[tT]r\s*(?=\(|\s+[A-Z]\b)"), " trace "),
    # "3x cube", "2x square": the power on the letter alone (3·x³), said, with a button for
    # (3x)³ (a number glued to one letter; "5 x square" is 5·x², unsaid, as before)
    ("square", _FUNC_POWER_WORD, lambda m: _func_power(m)),
    ("cube", _FUNC_POWER_WORD, lambda m: _func_power(m)),
    ("square", _GLUED_POWER, lambda m: _glued_power(m)),
    ("cube", _GLUED_POWER, lambda m: _glued_power(m)),
    # Indian English "x square", "(x+1) cube": only after a letter, number or bracket
    # (never after a capital or a matrix: "is A square" asks whether A is a square matrix)
    ("square", re.compile(r"(?:(?<=[)\d])|(?<=\b[a-z]))\s+(?i:square)\b"
                          r"(?!\s+(?i:root|matri|of\b|form))"), "^2"),
    ("cube", re.compile(r"(?:(?<=[)\d])|(?<=\b[a-z]))\s+(?i:cube)\b(?!\s+(?i:root|of\b))"),
     "^3"),
    # "σ² for 1, 1, 2, 4", "σ of 2, 4, 6", "μ of ...": the statistic of the numbers after it
    # "λ for A", "λ1, λ2 of [[..]]": the eigenvalues (λ = 2 names one of them: not this)
    ("lambda", re.compile(r"\blambda(?:_?\d)?(?:\s*,\s*lambda_?\d)*\s+"
                          r"(?=(?:of|for)\s+(?:\[|[A-Z]\b))"), " eigenvalues "),
    ("sigma", re.compile(r"(?<![\w^])sigma\s*\^\s*\(?2\)?\s*(?=(?:for|of)\s+[\[(]?\s*-?\.?\d)"),
     " variance "),
    ("sigma", re.compile(r"(?<![\w^])sigma\s+(?=(?:for|of)\s+[\[(]?\s*-?\.?\d)"),
     " standard deviation "),
    ("mu", re.compile(r"(?<![\w^])mu\s+(?=(?:for|of)\s+[\[(]?\s*-?\.?\d)"), " mean "),
    # "∇²f (the Hessian)": ∇² is the Hessian when the message says so (it is also the
    # Laplacian, so alone it is asked back)
    ("hessian", re.compile(r"\bgrad\s*\^\s*\(?2\)?", re.I), " hessian "),
    # "sigmoid ka taylor series", "derivative of tanh": the function of x, written bare
    ("k", re.compile(r"\b(sigmoid|softplus|relu|tanh|sinh|cosh|sin|cos|tan|exp|ln)\s+"
                     r"(?=k[aie]\b)", re.I), r" \1(x) "),
    # "find all x with Ax = 0", "solve Ax = 0", "solutions of Ax = 0", "vectors x such that
    # Ax = 0": the null space of A (the homogeneous system; x is the unknown vector, 0 the
    # zero vector: a typed zero vector "Ax = (0, 0)" is the same)
    ("x", re.compile(r"\b(?:(?:all|every)\s+)?(?:(?:the\s+)?(?:vectors?|solutions?)\s+)?x\s+"
                     r"(?:with|such\s+that|for\s+which|satisfying|where|so\s+that|that\s+solve)"
                     r"\s+([A-Z])\s*\*?\s*x\s*=\s*(?:0|\(\s*0(?:\s*,\s*0)+\s*\))(?![\w.,])"
                     r"|\b(?:solve|(?:all\s+)?(?:the\s+)?solutions?\s+(?:of|to))\s+([A-Z])\s*\*?\s*x"
                     r"\s*=\s*(?:0|\(\s*0(?:\s*,\s*0)+\s*\))(?![\w.,])"),
     lambda m: f" null space of {m.group(1) or m.group(2)} "),
    # "slope of the tangent line to y = x^2 at x = 3", "gradient of the tangent to the curve":
    # the slope of the tangent, f'(a) (the equation of the line is not this: asked back)
    # ("slope of the tangent of x^3": the tangent to the curve, never tan(x³))
    ("tangent", re.compile(r"\b(?:slope|gradient)\s+of\s+(?:the\s+|a\s+)?tangent(?:\s+line)?\b"
                           r"(\s+(?:of|to|for|on)\b)?", re.I),
     lambda m: " slope of the tangent to " if m.group(1) else " slope of the tangent "),
    # "eigenvector for the biggest eigenvalue", "unit eigenvector of A for λ = 2": the
    # eigenvector of that one eigenvalue (readings.pick; the solver picks it by the numbers)
    ("eigen", _PICK_WORD, lambda m: _picked_eigenvalue(m, m.group(1))),
    ("eigen", _PICK_VALUE, lambda m: _picked_eigenvalue(m, (m.group(1) or m.group(2)).replace(
        " ", ""))),
    # "cos of the angle between u and v", "cosine of the angle θ between ...": cos θ =
    # u·v/(|u||v|), the angle's own first step (readings.pick records it)
    ("angle", re.compile(r"\bcos(?:ine)?\s*(?:of\s+|\(\s*)?(?:the\s+)?angle\s+(?:(?:theta|θ)\s+)?"
                         r"(?=between\b)", re.I), lambda m: _cos_angle()),
    # "d/dx [x^2 sin x]", "derivative of [(x + 1) e^x]": square brackets as grouping (one
    # expression, no commas: never a vector or a matrix)
    ("[", re.compile(r"(\bd\s*/\s*d[a-z]\s*(?:of\s+)?|\b(?:derivative|differentiate|diff)\s+"
                     r"(?:of\s+)?)\[((?:[^\[\],;]|\[[^\[\],;]*\])*[a-z](?:[^\[\],;]|\[[^\[\],;]*\])*)"
                     r"\](?!\s*[\[(\w])", re.I), r"\1(\2)"),
    # "2 doubts: 1) ... 2) ...", "3 questions -": the count of the tasks listed after it
    ("doubt", re.compile(r"\b(?:[1-9]|two|three|four|five)\s+(?:doubts?|questions?|qs|ques)\b"
                         r"\s*(?=[:\-,]|\n|\s+\(?[1a]\s*[.)])", re.I), " "),
    ("question", re.compile(r"\b(?:[1-9]|two|three|four|five)\s+(?:doubts?|questions?|qs|ques)\b"
                            r"\s*(?=[:\-,]|\n|\s+\(?[1a]\s*[.)])", re.I), " "),
    # "... plz fast exam h": Hinglish "h" (hai) closing a chat sentence, after a chat word
    (" h", re.compile(r"(?<=[A-Za-z])\s+h\s*[.!?]*\s*$"), lambda m: _chat_h(m)),
    # "x = 1, 2, 3 ; y = 2, 4, 7 -> covariance matrix", "[[1,2],[3,4]] => det": an arrow from
    # the math to the words of the task is a separator (R^2 -> R stays as it is; → is asked)
    (">", re.compile(r"\s*(?:-+>|=>)\s*(?=[A-Za-z]{3,})"), " ; "),
    # "ddx x^4", "dydx", "dfdx", "d2ydx2", "d2dx2": d/dx with the slash left out (a word of
    # its own, never inside a name; the letters a function and a variable are, so chat's
    # "dude", "dedo" stay words)
    ("d", re.compile(r"(?<![\w^_.'])d(\d?)([fghpqrsuvwyz]?)d([rstuvwxyz])(\d?)(?![\w(']|\s*=)"),
     lambda m: _slashless(m)),
    # "... fast pls exam h kal", "kal exam h bhai": "h" (hai) between two chat words, when no
    # h is in the math (then it can't be a variable of it)
    (" h", re.compile(r"(?<=[A-Za-z])\s+h(?=\s+[A-Za-z]+\b|\s*[,.!?;])"),
     lambda m: _chat_h_between(m)),
    # "det [[..]] fst 🙏": chat's "fst" (fast) after the math; "fst derivative" is first
    # (asked: "did you mean first?")
    ("fst", re.compile(r"\bfst\b(?=[\s.!?]*(?:$|[^\w\s(\[]|(?:pls|plz|please|bhai|bro|yaar|"
                       r"sir|exam|kal)\b))", re.I), " "),
    # "A^T of [[..]]", "A^-1 of [[..]]": the operation of the matrix typed after it (A not
    # given another value in the message)
    ("of", re.compile(r"(?<![\w.])([A-Z])\s*\^\s*(?:(T)|\{?\(?-\s*1\)?\}?)\s+of\s+(?=\[)"),
     lambda m: m.group(0) if re.search(rf"(?<![\w.]){m.group(1)}\s*=", m.string)
     else (" transpose of " if m.group(2) else " inverse of ")),
    # "apples and bananas: 2a + 3b = 12 and a + b = 5": a word problem's things named before
    # the colon, each by its first letter in the equations (said; other words are asked)
    (":", re.compile(r"\A\s*([A-Za-z]{3,}(?:\s*(?:,|\band\b|&)\s*[A-Za-z]{3,}){1,3})\s*:\s*"),
     lambda m: _named_unknowns(m)),
    # "an orthogonal (not normalised) basis by Gram–Schmidt", "without normalizing": the
    # orthogonal u's are the answer (only with Gram–Schmidt named)
    ("normali", re.compile(r"\(?\s*\b(?:not|un|without|no)\s*-?\s*normali[sz](?:ed|ing|e|ation)\b"
                           r"\s*\)?", re.I), lambda m: _unnormalised(m)),
    # "solve [2 1; 1 3] [x; y] = [5; 10]": the matrix times the named unknowns, as the
    # equations it stands for (2x + y = 5, x + 3y = 10)
    ("]", _UNKNOWNS_TIMES, lambda m: _unknowns_system(m)),
    # "v = column (1, 2)", "the column vector (1, 2, 3)": a vector typed in brackets is a column
    ("column", re.compile(r"\b(?:a\s+|the\s+)?column\s+(?:vector\s+)?(?=\(\s*-?[\d.])", re.I),
     " "),
    # "diagonalise A into a diagonal matrix", "diagonalize [[..]] to diagonal form": what
    # diagonalising is (P and D from the eigenvectors), said again; never a product "M into a"
    ("diagonal", re.compile(r"(\bdiagonali[sz]\w*\b[^\n]*?)\s+(?:in)?to\s+(?:a\s+|the\s+|its\s+)?"
                            r"diagonal\s+(?:matrix|form)\b(?:\s+D\b)?", re.I), r"\1 "),
    # Indian English between two operands: "x into sin x" is x·sin x, "1 by x" is 1/x
    # ("multiply A by B", "scale v by 2" and "2 by 2 matrix" are not divisions)
    ("into", re.compile(rf"{_OPERAND_END}\s+into\s+{_OPERAND_START}", re.I), lambda m: _into(m)),
    ("by", re.compile(r"\b[1-6]\s+by\s+[1-6]\s+(?=matri|det|system|identity|square)", re.I), " "),
    ("by", re.compile(rf"{_OPERAND_END}\s+by\s+{_OPERAND_START}", re.I), lambda m: _by(m)),
    # "L1 and L2 norms of v", "l1, l2 and max norm": the norm word once for several names;
    # each name gets it ("L1 norm and L2 norm"), so each is its own task
    ("norm", re.compile(r"\b((?:[Ll]\s*_?\s*(?:1|2|inf(?:inity)?|∞)|max)(?:\s*(?:,|and|&)\s*(?:"
                        r"[Ll]\s*_?\s*(?:1|2|inf(?:inity)?|∞)|max))+)\s*norms?\b", re.I),
     lambda m: " " + " and ".join(f"{n.strip()} norm" for n in re.split(
         r"\s*(?:,|\band\b|&)\s*", m.group(1))) + " "),
    # "scalar and vector projection of u onto v": the noun said once for both, each its own
    # task (the vector one was dropped under the scalar answer)
    ("projection", re.compile(r"\b(scalar|vector)\s*(?:,|and|&|aur)\s*(scalar|vector)\s+"
                              r"projections?\b", re.I),
     lambda m: (f" {m.group(1)} projection and {m.group(2)} projection "
                if m.group(1).lower() != m.group(2).lower() else m.group(0))),
    # "L1 distance", "Manhattan distance", "L2 distance", "L-infinity distance": the norm of
    # the difference (L1 and max are the norm words below, read by build for the distance)
    ("distance", re.compile(r"\b(?:[Ll]\s*_?\s*2|ell\s*_?\s*2)\s*-?\s*(?=distance\b)"),
     " euclidean "),
    ("distance", re.compile(r"\b(?:[Ll]\s*_?\s*1|ell\s*_?\s*1|manhattan|taxicab|"
                            r"city\s*-?\s*block)\s*-?\s*(?=distance\b)", re.I), " manhattan "),
    ("distance", re.compile(r"\b(?:[Ll]\s*[-_]?\s*(?:inf(?:inity)?|oo)|chebyshev|max(?:imum)?)"
                            r"\s*-?\s*(?=distance\b)", re.I), " chebyshev "),
    # "||x||_1", "‖v‖₁" (normalize: ||v||1), "||v||_∞", "||v||_inf", "||v||_{2}": the norm
    # named by its subscript (1: sum of absolute values, ∞: the largest, 2: Euclidean); the
    # bars' content in brackets, so "||x - y||_1" stays one operand (the L1 distance)
    ("||", re.compile(r"\|\|([^|\n]+?)\|\|(?:_\s*\{?\s*|(?=[12](?![\d.,])))"
                      r"(1|2|oo|inf(?:inity)?)\s*\}?(?![\w.^])", re.I),
     lambda m: f" {_NORM_SUBSCRIPT[m.group(2).lower()]} of ({m.group(1).strip()}) "),
    # "L2 norm", "2-norm", "ℓ2 norm": the Euclidean norm (L1 and L∞ are not: asked back)
    ("norm", re.compile(r"\b(?:[Ll]\s*_?\s*2|ell\s*_?\s*2|2\s*-\s*)\s*norm\b"), " norm "),
    # "L1 norm", "1-norm", "taxicab norm"; "infinity norm", "L∞ norm", "max norm": other norms
    # (build gives them their ord; they are asked back anywhere but the norm of one vector)
    ("norm", re.compile(r"\b(?:[Ll]\s*[-_]?\s*1|ell\s*_?\s*1|1\s*-\s*|manhattan\s+|taxicab\s+)"
                        r"\s*norm\b", re.I), " manhattan norm "),
    ("norm", re.compile(r"\b(?:[Ll]\s*[-_]?\s*(?:inf(?:inity)?|oo)|infinity|inf|max(?:imum)?|sup|"
                        r"supremum|chebyshev|oo\s*-)\s*-?\s*norm\b", re.I), " chebyshev norm "),
    # "max norm (infinity norm) of v": the name said twice, the second in brackets
    ("norm", re.compile(r"\b((?:manhattan|chebyshev)\s+norm|norm)\s*\(\s*\1\s*\)"), r" \1 "),
    # "x to the 3rd (power)": x^3 (before "to the" and "power" are read)
    ("to the", re.compile(r"\bto\s+the\s+(\d+)\s*(?:st|nd|rd|th)\b(?:\s+power\b)?", re.I),
     r"^\1"),
    # "Exercise 5.2:", "Slide 12, Q2:", "Q3.", "Exercise 4.1 (MML).": a textbook or slide
    # header at the start of a line names where the problem is from (filler, numbers and all)
    ("", _HEADER, "\n"),
    # "Q. Find ...", "hw qn: rank ..": a label with no number (_PLAIN_HEADER)
    ("", _PLAIN_HEADER, " "),
    # "Let t be a variable.", "Let i be a real variable": the letter is a variable (i then
    # never the imaginary unit: no complex context is left), nothing else
    ("variable", re.compile(r"\b(?:let|assume|suppose)\s+([A-Za-z])\s+(?:be|is|denotes?)\s+"
                            r"(?:a|an|some)\s+(?:real\s+|independent\s+|free\s+|scalar\s+)?"
                            r"variable\b\s*[.,;:]?", re.I), " "),
    # "the lecturer used l for length:", "we use t for time": a letter named for a quantity
    # (the letter is then read in the math as it is)
    ("for", re.compile(r"\b(?:used|uses|use|using|wrote|writes|write)\s+([A-Za-z])\s+(?:for|as)\s+"
                       r"(?:the\s+)?(?:length|width|height|time|mass|area|volume|radius|speed|"
                       r"velocity|temperature|price|cost|angle)\b\s*[,:;]?", re.I), " "),
    # "revising chapter 2", "from lecture 5 of the course", "slide 12": where the problem is
    # from, said in a sentence (the number is no part of the math)
    ("", re.compile(r"\b(?:chapter|section|page|slide|lecture|week|worksheet|sheet|tutorial)\s+"
                    r"\d{1,3}(?:\.\d{1,3})*(?![\d.]*\s*[-+*/^=(\[])\b", re.I), " "),
    # "A := [[1, 2], [3, 4]]": the definition sign of the notes is "="
    (":=", re.compile(r"(?<=[\w\])])\s*:=\s*"), " = "),
    # "we had a 3x3 example", "a 2x2 case": the size of a worked example named in a context
    # sentence (the matrix itself is typed elsewhere)
    ("", re.compile(r"\b(?:a|an|one|this|the|that)\s+\d\s*[x×]\s*\d\s+(?:examples?|case|problem|"
                    r"question|exercise|one)\b", re.I), " "),
    # "exam in 10 min", "class starts in 2 hours": time chat (never min(..), the function)
    ("in", re.compile(r"\b(exams?|tests?|class|quiz|viva|deadline|submission|paper|lecture)\s+"
                      r"(?:is\s+|starts\s+|begins\s+)?in\s+(?:\d+|an?|one|few)\s*(?:mins?|minutes?|"
                      r"hrs?|hours?)\b(?!\s*\()", re.I), " "),
    # "... fast, in 10 min!", "within 2 hours.", "only 5 mins left": time chat at the end of a
    # sentence (min with nothing after it is no function)
    ("min", re.compile(r"\b(?:in|within)\s+(?:\d+|an?|one|few)\s*(?:mins?|minutes?)\s*"
                       r"(?=[.!?,;]|\Z)|\b(?:only\s+)?\d+\s*(?:mins?|minutes?)\s+(?:left|remaining|"
                       r"baaki|bache|bacha)\b", re.I), " "),
    ("h", re.compile(r"\b(?:in|within)\s+(?:\d+|an?|one|few)\s*(?:hrs?|hours?)\s*(?=[.!?,;]|\Z)|"
                     r"\b(?:only\s+)?\d+\s*(?:hrs?|hours?)\s+(?:left|remaining|baaki|bache|bacha)\b",
                     re.I), " "),
    # Hinglish "pehle 3 non zero terms": the first 3
    ("pehle", re.compile(r"\bpehle\s+(?=\d|(?:one|two|three|four|five)\b)", re.I), " first "),
    # Hinglish "x2 ke wrt", "y ke respect to": the variable comes before the postposition
    ("ke", re.compile(r"(?<![\w^])([a-z](?:_?\d)?)\s+ke\s+(?:wrt|respect\s+to)\b", re.I),
     r" wrt \1 "),
    # "A → [[1,2],[3,5]]", "B -> [[..]]": an arrow after a single capital name, before a
    # matrix, is its "="
    ("", re.compile(r"(?:(?<=^)|(?<=[\n,;:]))(\s*[A-Z])\s*(?:→|->|=>)\s*(?=\[)"), r"\1 = "),
    # "Gram-Schmidt", "Gram--Schmidt" (LaTeX's en dash), "Gram—Schmidt": the one name
    ("schmidt", re.compile(r"\b(gram)\s*(?:-{1,3}|[–—])\s*(schmidt)\b", re.I), r" \1 \2 "),
    # "(here e is just some constant, not 2.718)": the letter is a constant of the function
    ("constant", re.compile(r"\(\s*(?:here\s+|where\s+|note:?\s+)?([A-Za-z])\s+is\s+(?:just\s+)?"
                            r"(?:a|an|some)\s+(?:fixed\s+)?constant\b(?:\s*,?\s*(?:and\s+)?not\s+"
                            r"(?:2\.718\d*|euler'?s?(?:\s+number)?|the\s+exponential|[-\d.]+)\.?)?"
                            r"\s*\)", re.I), r" where \1 is a constant "),
    # "derivative of the composite function sin(e^(x^2))": the words name the chain rule
    ("composite", re.compile(r"\b(?:the\s+|a\s+|this\s+)?composite\s+(?:function\s+)?(?=[a-z(])",
                             re.I), " "),
    # "the squared error (sigmoid(w x + b) - 1)^2": the name of the expression typed after it
    ("squared", re.compile(r"\b(?:the\s+)?squared\s+(?:error|loss)\s+(?=\()", re.I), " "),
    # "x(t) = cos t\ny(t) = sin t\nf = x^2 y\nfind df/dt": x(t) defines x as a function of
    # t (the chain rule's path), the same as "x = cos t" (only with a d/dt in the message)
    ("(t)", re.compile(r"(?m)(^|[,.;]\s*)([a-su-z])\s*\(\s*t\s*\)\s*=(?=[^\n]*t)"
                       r"(?=[\s\S]*\bd\w{0,2}\s*/\s*dt\b)"),
     lambda m: m.group(0) if _SEVERAL_ARGUMENTS.search(m.string)
     else f"{m.group(1)}{m.group(2)} ="),
    # "the logistic sigmoid f(x) = 1/(1 + e^-x)": the name of the function defined after it
    ("logistic", re.compile(r"\b(?:the\s+)?logistic(?:\s+sigmoid)?(?:\s+function)?\s+"
                            r"(?=[a-z]\s*\(\s*[a-z]\s*\)\s*=)", re.I), " "),
    # "the sigmoid σ(x) = 1/(1 + e^{-x})" (σ reads as sigmoid), "the softplus function
    # softplus(x) = ...": the name said before the definition of the same function
    ("sigmoid", re.compile(r"\b(?:the\s+)?(sigmoid|softplus|relu|tanh)(?:\s+function)?\s+"
                           r"(?=\1\s*\(\s*[a-z]\s*\)\s*=)", re.I), " "),
    # "swish x * sigmoid(x)", "silu: x σ(x)", "swish(x) i.e. x sigmoid(x)": the name said
    # before the product that defines it (never swish(x)·sigmoid(x), which squares the sigmoid)
    ("swish", re.compile(r"\b(?:the\s+)?(?:swish|silu)(?:\s+function)?\s*(?:\(\s*([a-z])\s*\))?"
                         r"\s*(?:[:=]|is\b|i\.e\.)?\s*(?=([a-z])\s*[*·]?\s*(?:sigmoid|σ)\s*"
                         r"\(\s*\2\s*\))", re.I), " "),
    # "top two PCs", "the leading principal component": the first ones (largest variance)
    ("principal", re.compile(r"\b(?:top|leading)\s+(?=(?:\d+\s+|one\s+|two\s+|three\s+)?"
                             r"principal\b)", re.I), "first "),
    ("pc", re.compile(r"\b(?:top|leading)\s+(?=(?:\d+\s+|one\s+|two\s+|three\s+)?pcs?\b)",
                      re.I), "first "),
    # "find x: [[1, 2], [3, 4]] x = [5, 6]", "solve for x in Ax = b": the unknown vector of a
    # matrix equation typed in the message (x named as the unknown, not a variable to keep)
    ("x", re.compile(r"\b(?:find|solve\s+for|determine|get)\s+(?:the\s+)?(?:vector\s+|unknown\s+)?"
                     r"x\b(?!\s*[-+*/^=(\d])", re.I), lambda m: _unknown_vector(m)),
    # "expand sin x in powers of x", "in powers of (x - 1)": a Taylor series about 0 or a
    ("powers", re.compile(r"\bin\s+(?:ascending\s+|increasing\s+)?powers\s+of\s+(?:\(\s*)?"
                          r"([a-z])(?:\s*([-+])\s*(\d+(?:\.\d+)?))?(?:\s*\))?", re.I),
     lambda m: (f" about {m.group(1)} = {'-' if m.group(2) == '+' else ''}{m.group(3)} "
                if m.group(3) else f" about {m.group(1)} = 0 ")),
    # a letter's sign-off at the end, "Regards, Rahul", "Thanks & regards\nPriya S.": chat
    ("regards", re.compile(r"(?:^|(?<=[\s,.!?]))(?:(?:thanks|thank\s+you)\s*(?:&|and)\s*|best\s+|"
                           r"warm\s+|kind\s+)?regards\b\s*[,.!-]*\s*(?:[A-Z][a-z]*\.?\s*){0,3}"
                           r"[.!]*\s*$", re.I), " "),
    ("yours", re.compile(r"(?:^|(?<=[\s,.!?]))yours\s+(?:sincerely|truly|faithfully)\b\s*[,.!-]*"
                         r"\s*(?:[A-Z][a-z]*\.?\s*){0,3}[.!]*\s*$", re.I), " "),
    # "the column-wise matrix with columns (1, 2) and (3, 7)": the columns say it
    ("wise", re.compile(r"\b(?:column|row)\s*-?\s*wise\s+(?=matri)", re.I), " "),
    # "Taylor polynomial T_4 of f": the name T_n says the order n
    ("taylor", re.compile(r"\b(taylor\s+(?:polynomial|series|expansion|approximation))\s+"
                          r"T\s*_?\s*\(?\s*(\d)\s*\)?(?:\s*\(\s*x\s*\))?(?![\w^])", re.I),
     r"\1 of order \2 "),
    # "using the Laplace expansion", "by cofactor expansion", "expansion by minors": a method
    # for the determinant (cofactor expansion is the working shown), not a Laplace transform
    ("expansion", re.compile(r"\b(?:(?:by|using|with|via)\s+)?(?:the\s+|a\s+)?(?:laplace(?:'s)?|"
                             r"cofactors?)\s+expansion\b|\bexpansion\s+by\s+(?:cofactors|minors)"
                             r"\b", re.I), " by cofactors "),
    # "angle θ between u and v": θ names the angle
    ("angle", re.compile(r"\bangle\s+(?:theta|alpha|beta|phi|gamma)\s+(?=between\b)", re.I),
     "angle "),
    # "how far is the point (2, 3, 6) from the origin", "distance of (3, 4) from the origin":
    # the length of the vector
    ("origin", re.compile(r"\b(?:how\s+far\s+(?:is|are)|(?:the\s+)?distance\s+(?:of|from))\s+"
                          r"(?:the\s+)?(?:point\s+)?(\([^()]*\)|\[[^\[\]]*\])\s+(?:from|to)\s+"
                          r"the\s+origin\b", re.I), r" norm of \1 "),
    # "size of the vector (1, 1, 1, 1)", "size of v": its length (a matrix's size is not this)
    ("size", re.compile(r"\b(?:the\s+)?size\s+of\s+(?:the\s+)?(?:vector\s+)?"
                        r"(?=[(\[]|[a-z]\b(?!\s*=\s*\[\s*\[))", re.I), " length of "),
    # "where x is 2", "when x equals -1", "if x is 1/2": the value of the variable (x = 2)
    (" is", re.compile(r"\b(where|when|if|with|for|at)\s+([a-z])\s+(?:is|equals)\s+"
                       r"(?=[-−]?\s*\d)", re.I), r"\1 \2 = "),
    # "scalar triple product of a, b and c", "triple product of (..), (..), (..)": a · (b × c)
    ("triple", re.compile(rf"\b(?:the\s+)?(?:scalar\s+)?triple\s+product\s+(?:of\s+)?"
                          rf"({_VEC_OR_NAME})\s*,\s*({_VEC_OR_NAME})\s*(?:,\s*(?:and\s+)?|"
                          rf"\s+and\s+)({_VEC_OR_NAME})", re.I), r" \1 * (\2 ⨯ \3) "),
    # "the distance AB", "distance between AB": between the points A and B (never the
    # difference B − A, a vector, read as its own task)
    ("distance", re.compile(r"\b(distance)\s+(?:between\s+|of\s+)?([A-Z])([A-Z])(?![\w(=])",
                            re.I), lambda m: _distance_ab(m)),
    # "length of AB" for points A and B named in the message: the vector B − A
    ("", re.compile(r"(?<![\w.])([A-Z])([A-Z])(?![\w(=])"), lambda m: _segment_ab(m)),
    # "the points A(-1, 2) and B(3, -1)": named points (A = (-1, 2), B = (3, -1))
    ("(", _NAMED_POINT, _named_point),
    # "how far apart are u and v", "how far is (1, 2) from (4, 6)": the distance
    ("how far", re.compile(r"\bhow\s+far\s+apart\s+(?:are|is)\b", re.I), " distance between "),
    ("how far", re.compile(r"\bhow\s+far\s+(?:is|are)\s+([^\n]+?)\s+from\s+", re.I),
     r" distance between \1 and "),
    # "matrix vector product", "matrix-vector multiplication": a product (not the cross
    # product that "vector product" names)
    ("vector", re.compile(r"\bmatrix\s*-?\s*vector\s+(?:product|multiplication)\b", re.I),
     " multiply "),
    # "(each row one sample)", "one sample per column", "samples as rows", "(rows =
    # observations)", "columns are features": the layout of data (a row or column of samples,
    # the other way round when it is said to be a variable; build._samples transposes)
    ("each ", re.compile(rf"(?:\(\s*)?\beach\s+(row|column){_EACH_IS}(?:{_SAMPLE_WORDS})\s*\)?",
                         re.I), lambda m: _layout_said(m, 0)),
    ("each ", re.compile(rf"(?:\(\s*)?\beach\s+(?:(row)|column){_EACH_IS}(?:{_VARIABLE_WORDS})"
                         r"\s*\)?", re.I), lambda m: _layout_said(m, 1)),
    ("per ", re.compile(rf"(?:\(\s*)?\bone\s+(?:{_SAMPLE_WORDS})\s+(?:per|a|each)\s+(row|column)"
                        r"\s*\)?", re.I), lambda m: _layout_said(m, 0)),
    ("per ", re.compile(rf"(?:\(\s*)?\bone\s+(?:{_VARIABLE_WORDS})\s+(?:per|a|each)\s+(?:(row)|"
                        r"column)\s*\)?", re.I), lambda m: _layout_said(m, 1)),
    ("samples", re.compile(r"\bsamples\s+(?:as|in)\s+(row|column)s\b", re.I),
     lambda m: _layout_said(m, 0)),
    # "samples (rows):", "observations (in columns)", "features (rows)": what a row or a
    # column holds, said in a bracket after the word
    ("(", re.compile(rf"\b(?:{_SAMPLE_WORDS})\s*\(\s*(?:in\s+|as\s+|are\s+|=\s*)?"
                     r"(?:the\s+)?((?:rows?|columns?|cols?))\s*\)", re.I),
     lambda m: _layout_said(m, 0)),
    ("(", re.compile(rf"\b(?:{_VARIABLE_WORDS})\s*\(\s*(?:in\s+|as\s+|are\s+|=\s*)?"
                     r"(?:the\s+)?((?:rows?|columns?|cols?))\s*\)", re.I),
     lambda m: _layout_said(m, 2)),
    # "det of the coefficient matrix of 2x + y = 3, x - y = 0", "the matrix of coefficients
    # of the system": the matrix A of the equations' A x = b (build._coefficients)
    ("coeff", re.compile(r"\b(?:the\s+)?(?:coeff(?:icient)?s?\s+matri(?:x|ces)|matrix\s+of\s+"
                         r"(?:the\s+)?coeff(?:icient)?s)(?:\s+(?:of|for|from)\s+(?:the\s+)?"
                         r"(?:(?:linear\s+)?system|equations)(?:\s+of\s+equations)?)?"
                         r"(?:\s+(?:of|for|from)\b)?", re.I), " coefficientmatrix "),
    # "mean of each row of [[..]]", "row means", "column-wise variance": a statistic of each
    # row is over the entries of that row (the columns are the samples); of each column, over
    # the rows (the default). "mean of the rows" (the mean row?) keeps the default reading
    ("", re.compile(r"\b(mean|average|avg|variance|std|standard\s+deviation)s?\s+(?:of|for|in)\s+"
                    r"(?:each|every)\s+(row|column)\b", re.I),
     lambda m: _stat_of_each(m.group(1), m.group(2))),
    ("wise", re.compile(r"\b(row|column)\s*-?\s*wise\s+(means?|averages?|variances?)\b", re.I),
     lambda m: _stat_of_each(m.group(2), m.group(1))),
    ("", re.compile(r"\b(row|column)\s+(means|averages|variances)\b", re.I),
     lambda m: _stat_of_each(m.group(2), m.group(1))),
    # "x = [..], y = [..] (each (x_i, y_i) is a sample)": the named lists are the variables,
    # a pair of their entries one sample (the default reading of named columns)
    ("each", re.compile(rf"(?:\(\s*)?\beach\s+\(\s*([a-z])_?i?\s*,\s*(?!\1)[a-z]_?i?\s*\)\s*"
                        rf"(?:pair\s+)?(?:is\s+)?(?:one|a|an)\s+(?:{_SAMPLE_WORDS})\s*\)?", re.I),
     " rows are samples "),
    # "the fraction of variance each explains", "share of the variance each PC captures",
    # "percentage of variance explained by each", "the variance each component accounts for":
    # the ratios λᵢ/Σλ (a share word, or "each ... explains": never a variance alone)
    ("varian", re.compile(r"\b(?:the\s+)?(?:(?:fraction|proportion|share|percentage|percent|"
                          r"ratio|part|portion)s?\s+of\s+(?:the\s+)?(?:total\s+)?variance|"
                          r"variance)\s+(?:that\s+)?(?:(?:each|every)(?:\s+(?:one|pc|"
                          r"principal\s+component|component|axis|direction))?\s+(?:explains|"
                          r"captures|accounts\s+for|explain|capture|retains|holds)\b|"
                          r"(?:explained|captured|retained)\s+by\s+(?:each|every)(?:\s+(?:one|"
                          r"pc|principal\s+component|component|axis|direction))?\b)", re.I),
     lambda m: _share_of_variance(m)),
    # "rank of the 4 vectors (1,0,1,0), ...", "mean of the 5 numbers 1, 2, ...": a count of the
    # objects listed; it must match how many are listed (else asked back), then it is said
    *((noun, _COUNTED_OBJECTS, lambda m: _object_count(m))
      for noun in ("vector", "point", "matri", "equation", "number", "value", "observation",
                   "sample")),
    # "the first 3 iterates", "two rounds", "3 updates" of Newton or descent: iterations
    ("iterate", _STEP_NOUNS, lambda m: _step_noun(m)),
    ("round", _STEP_NOUNS, lambda m: _step_noun(m)),
    ("update", _STEP_NOUNS, lambda m: _step_noun(m)),
    # "explained variance ratios", "variance explained by each PC", "proportion of variance":
    # PCA (its working ends with the ratios λᵢ/Σλ); a variance of data alone is not this
    # ("explained variance" alone is each PC's variance, as scikit-learn's explained_variance_;
    # its ratio, fraction, share, percentage is λᵢ/Σλ: the word "explained" sets options.ratio)
    ("explain", re.compile(r"\b(?:the\s+)?(?:explained\s+variance\s+ratios?|"
                           r"(?:ratios?|proportions?|fractions?|percentages?)\s+of\s+"
                           r"(?:the\s+)?(?:total\s+)?variance\s+explained|variance\s+explained"
                           r"\s+ratios?)(?:\s+(?:by|of)\s+(?:each|the)\s+(?:pcs?|principal"
                           r"\s+components?|components?))?", re.I), " pca explained "),
    ("explain", re.compile(r"\b(?:the\s+)?(?:explained\s+variances?|variance\s+explained)"
                           r"(?:\s+(?:by|of)\s+(?:each|the)\s+(?:pcs?|principal"
                           r"\s+components?|components?))?", re.I), " pca "),
    ("proportion", re.compile(r"\b(?:(?:what|which)\s+|the\s+)?(?:proportion|fraction|share|"
                              r"percentage)\s+of\s+(?:the\s+)?(?:total\s+)?variance(?:\s+"
                              r"(?:is\s+|gets?\s+)?(?:captured|explained))?(?:\s+(?:by|of)\s+"
                              r"(?:(?:each|the|every)\s+(?:(?:first|second|1st|2nd|top)\s+)?"
                              r"(?:pcs?|principal\s+components?|components?)|PC\s*_?\s*[12]\b))?",
                              re.I), " pca explained "),
    # "what fraction of the variance does each principal component explain", "how much
    # (of the) variance does each PC explain / is explained by each PC": the same ratios
    ("varian", re.compile(r"\b(?:(?:what|which)\s+(?:fraction|proportion|share|percentage|"
                          r"part|portion)|how\s+much)\s+(?:of\s+(?:the\s+)?)?(?:total\s+)?"
                          r"variance\s+(?:(?:does|do)\s+(?:each|the|every)\s+(?:(?:first|second|"
                          r"1st|2nd|top)\s+)?(?:pcs?|principal\s+components?|components?)\s+"
                          r"(?:explain|capture|account\s+for)|"
                          r"(?:is|gets?)\s+(?:explained|captured)\s+by\s+(?:each|the|every)\s+"
                          r"(?:(?:first|second|1st|2nd|top)\s+)?(?:pcs?|principal\s+components?|"
                          r"components?))\b", re.I),
     " pca explained "),
    # "PC1", "first PC": the first principal component
    ("pc", re.compile(r"\bPC\s*_?\s*1\b"), " first principal component "),
    ("pc", re.compile(r"\bPC\s*_?\s*2\b"), " second principal component "),
    # Hinglish postpositions: "x=0 ke paas" (near x = 0) is "x=0 pe"; "hal karo" is solve
    ("ke", re.compile(r"\bke\s+(?:aas\s*)?paa?s\b", re.I), " pe "),
    ("hal", re.compile(r"\bhal\s+(?=kar|kr|kij)", re.I), " solve "),
    ("nd", re.compile(r"(?<!\d\s)\bnd\b(?=\s+[A-Za-z])", re.I), " and "),
    ("r ", re.compile(r"\b(what|which|where|how)\s+r\s+(?=the\b|all\b|its\b|eigen)", re.I),
     r"\1 are "),
    ("w/", re.compile(r"\bw/(?=\s)", re.I), " with "),
    ("e", re.compile(r"\be\s*-?\s*val(?:ue)?s\b", re.I), " eigenvalues "),
    ("e", re.compile(r"\be\s*-?\s*vec(?:tor)?s\b", re.I), " eigenvectors "),
    # "eigen values and vectors", "eigenvals n vecs": both tasks named in full
    ("eigen", re.compile(r"\beigen\s*val(?:ue)?s?\s+(?:and|&|n)\s+(?:eigen\s*)?vec(?:tor)?s\b",
                         re.I), " eigenvalues and eigenvectors "),
    # "det n inverse": n between two words is "and"
    (" n ", re.compile(r"(?<=[A-Za-z]{3})\s+n\s+(?=[A-Za-z]{3})"), lambda m: _n_and(m)),
    # " n " between two operands is "and": "(0,0) n (5,12)", "A=[[..]] n B=[[..]]"
    (" n ", re.compile(r"(?<=[)\]])\s+n\s+(?=[(\[]|[A-Z]\s*=)"), " and "),
    # "(rows are samples)", "rows samples hai", "rows=samples", "# rows = observations": the
    # layout of data said in words (rows: the default reading; columns: build._samples
    # transposes); "rows are variables / features" is the other way round
    ("", re.compile(rf"{_ROWS_ARE}(?:{_SAMPLE_WORDS})s?\s*(?:hai|hain|h)?\s*\)?(?=[\s:;,.)]|$)",
                    re.I), lambda m: _layout_said(m, 0)),
    ("", re.compile(rf"{_ROWS_ARE}(?:{_VARIABLE_WORDS})s?\s*(?:hai|hain|h)?\s*\)?"
                    r"(?=[\s:;,.)]|$)", re.I), lambda m: _layout_said(m, 2)),
    # "x^4 tak": up to the x^4 term (Hinglish: tak after the math)
    ("tak", re.compile(r"\b([a-z]\s*\^\s*\(?\d+\)?)\s+tak\b", re.I), r" upto \1 "),
    # "f(x) = x^2 pe gradient descent chalao": pe before a method names the function it runs on
    # (not a point)
    ("pe", re.compile(r"\s+pe\s+(?=(?:newton|gradient\s+descent|gd|nr)\b)", re.I), ", "),
    # "(up to scale)" after eigenvectors or a null space: they are up to scale anyway
    ("scale", re.compile(r"\(\s*up\s+to\s+(?:a\s+)?scal(?:e|ing)\s*\)", re.I), " "),
    # "Jacobian J of f", "Hessian H of f": the letter names the matrix asked for
    ("jacobian", re.compile(r"\b(jacobian)\s+(?:matrix\s+)?J\s+(?=of\b)", re.I), r"\1 "),
    ("hessian", re.compile(r"\b(hessian)\s+(?:matrix\s+)?H\s+(?=of\b)", re.I), r"\1 "),
    # "(divide by N-1)", "(n-1 wala)", "(÷ (N − 1))": the unbiased (sample) statistic;
    # "(divide by N)": the population one
    ("1", re.compile(r"\(\s*(?:(?:divided?|dividing)\s+by\s+\(?\s*[nN]\s*-\s*1\s*\)?|[nN]\s*-\s*1"
                     r"\s+(?:wala|wali|wale|waala|denominator))\s*\)", re.I),
     lambda m: _statistic(m, " unbiased ")),
    ("n", re.compile(r"\(\s*(?:divided?|dividing)\s+by\s+[nN]\s*\)", re.I),
     lambda m: _statistic(m, " population ")),
    # "first two non-zero terms of tan x": the Taylor series, said by its terms
    ("zero", re.compile(r"\bfirst\s+(\d|one|two|three|four|five|six)\s+"
                        r"(non\s*-?\s*zero|nonzero)\s+terms?\s+of\s+"
                        r"(?!the\s+(?:taylor|maclaurin)|taylor|maclaurin)", re.I),
     r"first \1 \2 terms of the taylor series of "),
    # "up to and including the x^6 term": up to the x^6 term
    ("including", re.compile(r"\b(up\s*to|till)\s+and\s+including\s+", re.I), r"\1 "),
    # "a vector perpendicular to both u and v": their cross product ("unit vector" is not)
    ("both", re.compile(r"(?<!unit\s)\b(?:find\s+)?(?:a|one)\s+(?:non-?zero\s+)?vector\s+"
                        r"(?:that\s+is\s+)?(?:perpendicular|orthogonal|normal)\s+to\s+both\s+"
                        r"(?:of\s+)?", re.I),
     " cross product of "),
    # "cross product (1,2,0) (0,1,2)": the two vectors after the word, side by side
    ("product", re.compile(r"\b(cross|dot)\s+product\s+(?:of\s+)?(\([^()]*\))\s+(\([^()]*\))"
                           r"(?=\s*(?:[?.!]|$))", re.I), r"\1 product of \2 and \3"),
    # "taylor series of cos x up to x^2 ... is it 1 - x^2/2 ?": the student's own guess, not part
    # of the problem (the reading says so; the button keeps it in)
    ("is it", re.compile(r"(?:\s*(?:\.{2,}|,|;|-))?\s+\b(?:is\s+it|is\s+the\s+answer|"
                         r"should\s+it\s+be)\s+([^?\n]{1,60}?)\s*\?+\s*$", re.I),
     lambda m: _guess(m)),
    # "sum of the vectors (1,2), (3,-1), (0,4)": every one of them added
    ("vectors", re.compile(r"\bsum\s+of\s+(?:the\s+)?vectors\s+"
                           r"((?:\([^()]*\)\s*(?:,|,?\s*and)\s*)+\([^()]*\))(?=\s*[?.!]*\s*$)",
                           re.I),
     lambda m: " " + " + ".join(re.findall(r"\([^()]*\)", m.group(1))) + " "),
    # "||v||² for v = (..)": the squared length is v·v (only alone, before the definition)
    ("||", re.compile(r"^\s*(?:find\s+|what\s+is\s+)?\|\|\s*([A-Za-z])\s*\|\|\s*\^\s*\(?2\)?"
                      r"(?=\s+(?:for|where|with|if|given)\b)", re.I),
     r" dot product of \1 and \1 "),
    # "x1 = (1, 2), ..., x4 = (2, 2): the four samples": the count of the points said (only when
    # it is the number of points typed)
    ("samples", re.compile(r"\bthe\s+(two|three|four|five|six|seven|eight|\d)\s+(samples|points|"
                           r"data\s+points)\b", re.I), lambda m: _counted(m)),
    # "gram schmidt pls (orthonormal)": the default of Gram–Schmidt here, said in brackets
    ("orthonormal", re.compile(r"\(\s*(orthonormal)\s*\)", re.I), r" \1 "),
    # "apply Newton's method once": one step (in an iteration only)
    ("once", re.compile(r"\bonce\b", re.I),
     lambda m: " 1 step " if _ITERATIONS.search(m.string) else m.group(0)),
    # "the angle between them: u = (1, 0), v = (1, 1)": "them" are the two vectors named
    ("them", re.compile(r"\bbetween\s+them\b", re.I), lambda m: _them(m)),
    # "eigenvalues of the rotation [[0,-1],[1,0]]": a noun naming the matrix typed after it
    ("the", re.compile(r"\bthe\s+(?:rotation|reflection|shear|permutation|"
                       r"transition|markov)\s+(?=\[)", re.I), "the "),
    # "the logistic loss -y log(s) - ...": a name for the loss written after it
    ("logistic", re.compile(r"\blogistic\s+(?=loss\b)", re.I), " "),
    # "jacobian of f = (x^2 - y^2, 2xy)", "f = [x*y, y*z]": the components themselves (the
    # name is used once)
    ("jacobian", re.compile(r"(?<![\w.])([A-Za-z])\s*=\s*(\((?:[^()]|\([^()]*\))*,"
                            r"(?:[^()]|\([^()]*\))*\)|\[(?!\s*\[)[^\[\]]*,[^\[\]]*\])", re.I),
     lambda m: _components(m)),
    # "d/dw of (y - w x)^2 with x = 2, y = 3": values given with "with" in a derivative are
    # the point (never a step size, a start or a count: those keep their names)
    ("with", re.compile(r"\bwith\s+(?=[a-zA-Z](?:_?\d)?\s*=\s*-?\.?\d)"),
     lambda m: _with_values(m)),
    # "eigenvalues of this (printed by numpy):", "(output of python)": where the pasted
    # matrix came from, not part of the math
    ("(", re.compile(r"\(\s*(?:as\s+)?(?:printed|output|shown|given|returned|got)\s+(?:by|from|in|"
                     r"of)\s+(?:numpy|np|python|matlab|octave|sympy|my\s+code|code|colab|"
                     r"jupyter)\s*\)\s*:?", re.I), " "),
    # "at pt (1, 2)"
    ("pt", re.compile(r"\bpt\.?\s*(?=[(\[])", re.I), " point "),
]


# "(taylor up to order 1)", "(order 3)", "(3 terms)", "(i.e. a first order approximation)":
# words and counts in brackets that restate the task or its scope (no operator, no letter)
_TASK_IN_BRACKETS = re.compile(r"\(\s*((?:[A-Za-z]{2,}\.?|\d{1,2}(?:st|nd|rd|th)?)"
                               r"(?:[\s,-]+(?:[A-Za-z]{2,}\.?|\d{1,2}(?:st|nd|rd|th)?)){0,7})\s*\)")
_SCOPE_WORDS = frozenset({"order", "degree", "upto", "up", "till", "until", "term", "terms",
                          "steps", "step", "iterations", "iteration", "taylor", "maclaurin",
                          "series", "expansion", "approximation", "polynomial", "linear",
                          "quadratic", "cubic", "linearisation", "linearization"})


def _task_in_brackets(m: re.Match[str]) -> str:
    """``linearise x^3 about x = 2 (taylor up to order 1)``: the brackets restate the task
    and its scope, so the words are read as words (the kind and the order must agree with
    the rest: intent reads them all)."""
    from .intent import VOCAB
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", m.group(1))]
    if not set(words) & _SCOPE_WORDS or set(words) & IN_MATH_WORDS:
        return m.group(0)
    known = FILLER | MEANING.keys() | set(VOCAB) | ORDINALS.keys() | DEGREE_WORDS.keys() | {
        "ie", "i", "e", "eg"}
    if not all(w in known or w in _SCOPE_WORDS for w in words):
        return m.group(0)
    return f" , {m.group(1)} "


_WORDS_IN_BRACKETS = re.compile(r"\(\s*([A-Za-z]+(?:\s+[A-Za-z]+)+|[A-Za-z]{3,})\s*\)")


def _bracketed_words(m: re.Match[str]) -> str:
    """``(the Hessian)``: words in brackets are words, not a product of letters, when each is
    filler or names a kind; ``(row vector)`` (``row`` has a meaning) stays for a question."""
    from .intent import VOCAB
    words = m.group(1).lower().split()
    said = [w for w in words if w in VOCAB and w not in MEANING]
    scope = set(ORDINALS) | set(DEGREE_WORDS) | {"order", "degree"}  # "(first order taylor)"
    if said and all(w in FILLER or w in said or w in scope or w == "and" for w in words):
        return f" {m.group(1)} "
    # "x = [1, 3, 5], y = [2, 2, 8] (sample)", "(population)", "(unbiased)": the divisor of
    # the (co)variance asked, said after the data (the word alone, or with filler); "sample"
    # alone is also a noun for the data, so only in a message that asks for a spread, where it
    # is written as "unbiased" (the one divisor word read wherever it stands)
    divisor = set(words) & _DIVISOR_WORDS
    if len(divisor) == 1 and all(w in FILLER or w in divisor for w in words) and _SPREAD_ASKED \
            .search(m.string):
        unbiased = divisor <= {"sample", "unbiased"}
        other = r"\bpopulation\b" if unbiased else r"\bsample\b|\bunbiased\b|\bn\s*-\s*1\b"
        if re.search(other, m.string[:m.start()] + m.string[m.end():], re.I):
            return m.group(0)  # "sample variance ... (population)": both said, asked back
        return " unbiased " if unbiased else " population "
    return m.group(0)


_DIVISOR_WORDS = frozenset({"sample", "population", "unbiased"})
_SPREAD_ASKED = re.compile(r"\b(?:co)?variances?\b|\b(?:std|var|cov)\b|\bstandard\s+deviation",
                           re.I)


# a remark in brackets names what the math is: "(the swish activation)", "(logistic curve)"
REMARK_NOUNS = frozenset({"activation", "activations", "curve", "formula", "identity", "model",
                          "neuron", "layer", "nonlinearity", "distribution", "density",
                          "function", "called", "named", "known"})
# names of a function written with hyphens, which read as a difference of letters otherwise
_HYPHENED_NAMES = frozenset({"logsumexp", "crossentropy", "softmax", "softplus", "leakyrelu"})
_REMARK = re.compile(r"\(\s*([A-Za-z]+(?:[\s,-]+[A-Za-z]+){0,5})\s*\)")
_HYPHENATED = re.compile(r"\s*(?:the\s+)?[A-Za-z]{3,}(?:-[A-Za-z]{3,})+"
                         r"(?:\s+(?:function|loss|trick))?\s*")


def _hyphenated_name(inside: str, typed: list[str]) -> bool:
    """``log-sum-exp``, ``cross-entropy``: a name written with hyphens, never a difference:
    a known one, or words of three letters or more with one of them a word (not only letters
    or function names: ``xy-yx``, ``sin-cos`` stay math) and no sign word among them."""
    words = [w.lower() for w in typed]
    if "-" in inside and "".join(words) in _HYPHENED_NAMES:
        return True
    return bool(_HYPHENATED.fullmatch(inside)) and not {"minus", "plus", "times"} & set(
        words) and any(w not in FUNCTIONS + GREEK_NAMES and (len(w) >= 5 or w in ENGLISH_WORDS)
                       for w in words)


def _remark(m: re.Match[str]) -> str:
    """``(the swish activation)``, ``(from my notes)``: words in brackets that name nothing
    this tutor reads (no kind, option, function, number or letter) are a remark about the
    math, not part of it; said, with the button to read them as part of the problem."""
    from .intent import VOCAB
    from .readings import flipped, took
    typed = re.findall(r"[A-Za-z]+", m.group(1))
    if _hyphenated_name(m.group(1), typed):  # "(log-sum-exp)": the math's own name
        took("remark", f"“{m.group(0).strip()}” is a remark, not part of the math",
             "the brackets as math")
        return m.group(0) if flipped("remark") else " "
    if not any(len(w) >= 4 for w in typed) or any(len(w) == 1 and w != "a" for w in typed):
        return m.group(0)  # "(A)", "(u, v)", "(xy)": math
    words = [w.lower() for w in typed]
    meaningful = (set(MEANING) | set(FOR_KINDS) | set(UNSUPPORTED) | set(VOCAB)
                  | (set(NUMBER_WORDS) - FILLER) | set(FUNCTIONS) | set(GREEK_NAMES)
                  | set(SHORTHAND) | {w for w, _ in FUNC_WORDS.items()})
    from .lexer import split_word
    if set(words) & REMARK_NOUNS and all(  # "(the swish activation)": the math's own name
            w in FILLER or w in REMARK_NOUNS or w in FUNCTIONS for w in words):
        words = [w for w in words if w not in FUNCTIONS]
    if any(w in meaningful or (w not in FILLER and (len(w) < 4 or any(
            p.kind == "func" for p in split_word(w)))) for w in words):
        return m.group(0)  # "(xy)", "(sinx)": math
    if all(w in FILLER for w in words):
        return " "  # "(homework)", "(quick one)": filler, in brackets
    if not set(words) & REMARK_NOUNS:
        return m.group(0)  # "(evaluate later)", "(shortcut please)": asked back
    took("remark", f"“{m.group(0).strip()}” is a remark, not part of the math",
         "the brackets as math")
    return m.group(0) if flipped("remark") else " "


_SHORT_KEYS = SHORT_KEYS = frozenset(k.lower() for k in SHORTHAND)


# "twice the derivative of x^3", "3 times the dot product of u and v": a multiple of a result
# (never the second derivative, never the dot product with the 3 lost)
_MULTIPLE = re.compile(r"\b(twice|thrice|double|triple|half|\d+(?:\.\d+)?|one|two|three|four|five|"
                       r"six|seven|eight|nine|ten)\s*(?:times\b|\*)?\s*(?:of\s+)?the\s+([a-z]+)",
                       re.I)


def _check_multiple(text: str) -> None:
    from .account import Unclear  # a question back, like every word not understood
    for m in _MULTIPLE.finditer(text):
        what, word = m.group(1).lower(), m.group(2).lower()
        times = "times" in m.group(0).lower() or "*" in m.group(0)
        scaling = what in ("twice", "thrice", "double", "triple", "half")
        if (times or scaling) and word in _kind_words() and word not in (
                "matrix", "vector", "vectors", "points", "data", "order", "find", "zero"):
            raise Unclear(f"I did not understand “{m.group(0).strip()}”: I can work out "
                             f"the {word}, not a multiple of it.",
                             f"Ask for the {word} alone, then multiply; for a second "
                             "derivative say 'second derivative of ...'.")


_GLUED_FUNCS = "sinh|cosh|tanh|sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt"
# "x3cosx", "x2sinx", "3x2y", "x2y3": a letter with one digit glued to more math
_GLUED = re.compile(rf"(?<![\w.^_])(\d*)((?:[a-cf-z]\d)+)((?:{_GLUED_FUNCS})[a-z]?|[a-z])?"
                    r"(?![\w(])")
# an indexed name standing on its own elsewhere in the message: x1, x_2, theta0
_INDEXED = re.compile(r"(?<![\w.^])(?:[a-z]_?\d+|[a-z]+_\d+)(?![\w(])"
                      r"|(?<![\w.^])[a-z][01](?=[a-z])")


_SIZE = re.compile(r"\b\d\s*x\s*\d\b(?=\s*(?:matri|det|system|identity|square|grid|array))|"
                   r"\bmatri", re.I)


def _alone_too(text: str, letter: str) -> bool:
    """``d/dx x2 sinx``, ``3x2 + 2x``, ``x3 + 2x2 - x = 0``: the message has x alone too, so
    a lone x2 is not a constant x₂ beside it (d/dx of it would be 0): the power, said."""
    return bool(re.search(
        rf"(?<![A-Za-z/]){letter}(?![\dA-Za-z_])(?!\s*/)|(?:{_GLUED_FUNCS}){letter}\b", text))


def _glued_powers(text: str) -> str:
    """``x3cosx`` is x³·cos x in chat (an indexed x₃ is the other reading, one button away);
    in a message with indexed names (``x1 + x2``, ``w1x1``) x3 stays x₃, said, with the button
    for the power. ``2x2`` (a size) and a lone ``x3`` are not this."""
    from .readings import flipped, took
    found = []
    for m in _GLUED.finditer(text):
        pairs = re.findall(r"([a-z])(\d)", m.group(2))
        bases = [b for b, _d in pairs]
        lone = not (m.group(3) or len(pairs) > 1)  # x2, 3x2: a power only beside x itself
        if (any(d in "01" for _b, d in pairs) or len(set(bases)) < len(bases)
                or (lone and not _alone_too(text, bases[0]))
                or (m.group(1) and lone and _SIZE.search(text))):
            continue
        found.append(m)
    if not found:
        return text
    rest = "".join(text[a.end():b.start()] for a, b in zip(
        [re.match("", text), *found], [*found, re.search(r"$", text)], strict=True))
    indexed = bool(_INDEXED.search(rest))
    first = found[0]
    power = first.group(1) + "".join(f"{b}{'²' if d == '2' else '³' if d == '3' else '^' + d}"
                                     for b, d in re.findall(r"([a-z])(\d)", first.group(2)))
    tail = re.sub(rf"^({_GLUED_FUNCS})(?=[a-z])", r"\1 ", first.group(3) or "")
    if indexed:
        took("glued", f"in “{first.group(0)}” the digits are indices, like the other indexed "
             "names here", f"{power}: powers")
    else:
        took("glued", f"“{first.group(0)}” is {power}{'·' if tail else ''}{tail} (a power)",
             "indexed names x₁, x₂")
    if indexed != flipped("glued"):
        return text

    def repl(m: re.Match[str]) -> str:
        if m not in found and not any(f.span() == m.span() for f in found):
            return m.group(0)
        body = re.sub(r"([a-z])(\d)", r"\1^\2 ", m.group(2))
        return f"{m.group(1)}{body}{m.group(3) or ''}"

    return sub(_GLUED, repl, text)


_COST = re.compile(r"(?<![\w^])cost(?![\w(])")
_COST_WORD_AFTER = re.compile(r"\s*(?:=|:|function|fn|of\b|[JLCE]\b|is\b|for\b|\([^()]*[a-z]{2})")
_COST_WORD_BEFORE = re.compile(r"\b(?:the|a|an|our|my|this|that|total|its|loss|mse|sse|and|"
                               r"minimi[sz]e|minimum|min)\s*$", re.I)
_T_VARIABLE = re.compile(r"d\s*/\s*dt|\bwrt\s+t\b|respect\s+to\s+t\b|(?<![A-Za-z])t(?![A-Za-z])")
_COST_MATH_BEFORE = re.compile(r"(?:[\d)\]]|(?<![A-Za-z])[a-z]|\^\s*\(?-?\d+\)?)\s*$")


def _cost(text: str) -> str:
    """``t^2 cost``, ``d/dt cost``: cos t (the word "cost" glued from cos and t), said, with
    the button for the word (a loss); "the cost", "cost = ...", "cost function" are the word.
    It was dropped as the word, and d/dt of t² answered."""
    from .readings import flipped, took

    def repl(m: re.Match[str]) -> str:
        before, after = text[:m.start()], text[m.end():]
        if _COST_WORD_AFTER.match(after) or _COST_WORD_BEFORE.search(before):
            return m.group(0)
        rest = before + " " + after
        prev = re.search(r"([A-Za-z]+)\s*$", before)
        glued = prev is not None and not _known_word(prev.group(1)) and (
            not re.search(r"[\d)\]^]\s*$", before))  # "sint cost": after math
        if not (_COST_MATH_BEFORE.search(before) or glued or _T_VARIABLE.search(rest)):
            return m.group(0)
        took("cost", "“cost” is cos t", "“cost”, the word")
        return m.group(0) if flipped("cost") else "cos(t)"

    return sub(_COST, repl, text)


def _known_word(word: str) -> bool:
    low = word.lower()
    return low in FILLER or low in MEANING or low in ENGLISH_WORDS or low in _kind_words()


_ONE_STAT = re.compile(r"\b(?:varian|mean\b|average|avg\b|standard\s+deviation|std\b|sd\b|"
                       r"median)", re.I)
_LABELLED_LIST = re.compile(r"(?<![\w.])([A-Za-z]\w?)\s*[:=]\s*"
                            r"(?=\[?\s*-?\.?\d[\d.]*\s*,\s*-?\.?\d)")


def _labelled_data(text: str) -> str:
    """``variance of x: 2, 4, 4, 5``, ``mean of y = 1, 2, 3``: the letter names the one list
    of data (used nowhere else); two labelled lists (x: .., y: ..) are not this."""
    found = list(_LABELLED_LIST.finditer(text))
    if len(found) != 1 or "covarian" in text.lower():
        return text
    m = found[0]
    name = re.escape(m.group(1))
    uses = [u for u in re.finditer(rf"(?<![\w.]){name}(?![\w(])", text) if u.start() != m.start()]
    if not all(re.search(r"\b(?:of|for)\s+$", text[:u.start()]) for u in uses):
        return text  # "x" used in the math elsewhere
    out = text[:m.start()] + " " + text[m.end():]
    return sub(rf"\b(of|for)\s+{name}(?![\w(])", r"\1 ", out)  # "variance of x", x the data


_LOG_BASE_GLUED = re.compile(r"(?<![A-Za-z_])(log|lg)(2|10)([a-z])\b")


def _log_base_glued(text: str) -> str:
    """``log2x``, ``log10x``: log(2x) as typed math reads, said, with the button for log₂x (a
    programmer's log2(x)); ``log2 x``, ``log2(x)`` and ``log_2 x`` are the base as before.
    It was log(2x) with no word."""
    from .readings import flipped, took

    def repl(m: re.Match[str]) -> str:
        fn, base, var = m.groups()
        took("logbase", f"“{m.group(0)}” is {fn}({base}{var})",
             f"{fn} base {base} of {var}")
        return f"{fn}_{base} {var}" if flipped("logbase") else m.group(0)

    return sub(_LOG_BASE_GLUED, repl, text)


# "A = [[..]] I need the eigenvalues", "I got 5": the pronoun before a verb, never the
# identity matrix I (read as the filler "me" when the message has a matrix)
_PRONOUN_I = re.compile(
    r"(?<![\w.+\-*/^(])I\s+(?=(?:need|want|wanted|got|get|think|thought|am|have|had|tried|"
    r"try|know|did|don'?t|can'?t|cannot|was|will|would|could|found|calculated|computed|keep|"
    r"always|also|guess|believe|feel|hope|just|really|still|only|understand|solved|missed|"
    r"forgot|lost|wrote|copied|made|checked|must|should|may|might|never)\b)")


def word_math(text: str) -> str:
    _check_multiple(text)
    if "I " in text and "[" in text:
        text = sub(_PRONOUN_I, "me ", text)
    if "log" in text or "lg" in text:
        text = _log_base_glued(text)
    if re.search(r"[a-z][2-9]", text):
        text = _glued_powers(text)
    if "cost" in text:
        text = _cost(text)
    if _ONE_STAT.search(text):
        text = _labelled_data(text)
    low = text.lower()
    said = set(re.findall(r"[a-z][a-z']*", low))
    if said & NUMBER_WORDS.keys():
        text = sub(_COUNT, lambda m: NUMBER_WORDS[m.group(1).lower()], text)
        for pattern in _NUMBER_AROUND:
            text = sub(pattern, lambda m: NUMBER_WORDS[m.group(1).lower()], text)
    if said & {"constant", "constants", "fixed"}:
        text = sub(_HELD_PHRASE, _held, text)
    if "(" in text:
        text = sub(_TASK_IN_BRACKETS, _task_in_brackets, text)
        text = sub(_WORDS_IN_BRACKETS, _bracketed_words, text)
        text = sub(_REMARK, _remark, text)
    if said & _TYPO_FIRST:  # derv, eigen valus, crossprod: said under the answer
        text = sub(_TYPO, _typo, text)
    low = text.lower()
    for trigger, pattern, repl in PHRASES:
        if trigger in low:
            text = sub(pattern, repl, text)
    if said & _SHORT_KEYS:
        text = sub(_SHORT, _shorthand, text)
    text = _respelled(text)
    for pattern, repl in WORD_MATH:
        text = sub(pattern, repl, text)
    return text


# -------------------------------------------------------------------- self-corrections
# "∂/∂x of sin(x₁x₂)? no sorry ∂/∂x₁ of sin(x₁x₂)", "det [[1,2],[3,4]] oops I meant
# [[1,2],[3,5]]": the student corrected the message; the part after the marker is the
# problem (said under the answer). Only with math on both sides of the marker.
CORRECTION_MARKERS = (r"no\s+sorry", r"sorry\s*,?\s*i\s+meant?", r"oops\s*,?\s*(?:i\s+meant?)?",
                      r"correction\s*:", r"no\s*,?\s*wait", r"wait\s*,?\s*no", r"i\s+meant",
                      r"sorry\s+typo\s*,?", r"typo\s*:", r"actually\s*,?\s*(?:no|i\s+meant?)")
_MARKER = re.compile(r"\b(?:" + "|".join(CORRECTION_MARKERS) + r")(?=[\s:,]|$)[\s:,]*", re.I)
# math without a sign: a function of a letter ("sin x"), a lone letter that is no chat word
_WORDLESS_MATH = (r"\b(?:sin|cos|tan|sec|csc|cot|log|ln|exp|sqrt|sinh|cosh|tanh)\s*[a-z]\b|"
                  r"(?<![A-Za-z'])[b-ce-hj-tv-z](?![A-Za-z'])")
_MATH_BEFORE = re.compile(r"[\d\])=^+*/⁰¹²³⁴⁵⁶⁷⁸⁹⁻√∂]|" + _WORDLESS_MATH)  # x², √x too
_MATH_AFTER = re.compile(r"[\d\[(=^]|∂|d/d|" + _WORDLESS_MATH)


def self_corrected(text: str) -> str:
    """The message after the student's own correction ("… no sorry …"), said; after "i.e." /
    "that is" the form written out after it ("softplus(2x) i.e. log(1 + exp(2x))": the
    log), said (it was read as softplus·i·e·log, squared); else as is."""
    text = _after_marker(text, _MARKER, "(your correction)")
    return _after_marker(text, _RESTATED, "(the form you wrote out)")


_RESTATED = re.compile(r"(?<![\w.])(?:i\.\s?e\.?|that\s+is|aka|a\.k\.a\.?)(?=[\s:,]|$)[\s:,]*",
                       re.I)


def _after_marker(text: str, marker: re.Pattern[str], why: str) -> str:
    for m in marker.finditer(text):
        if (_MATH_BEFORE.search(text, 0, m.start()) and _MATH_AFTER.search(text, m.end())) or (
                _only_task(text[:m.start()]) and _names_task(text[m.end():])
                and _MATH_AFTER.search(text, m.end())):
            from .readings import said
            word = " ".join(m.group(0).rstrip(" \t\n:,").split())
            task = _task_words(text[:m.start()])
            if task and not _names_task(text[m.end():]):
                # "derivative of x^2 no sorry x^3": the correction is the function; the task
                # asked before it stays ("derivative of x^3")
                said(f"I kept “{' '.join(text[:task].split())}” and took the part after "
                     f"“{word}” {why}")
                return sub(re.compile(rf"\A([\s\S]{{{task}}})[\s\S]{{{m.end() - task}}}"),
                           r"\1 ", text, count=1)
            said(f"I took the part after “{word}” {why}")
            return sub(re.compile(rf"\A[\s\S]{{{m.end()}}}"), "", text, count=1)  # up to it
    return text


_TASK_HEAD = re.compile(r"\s*(?:d\s*/\s*d[a-z]|∂\s*/\s*∂[a-z]|[A-Za-z]+)(?![\w^(])")


def _only_task(head: str) -> bool:
    """Whether ``head`` is a task named alone, corrected after it ("integrate? no sorry,
    differentiate ..."): words of a kind (or one this tutor does not do) and filler only."""
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z?.,!]", head.lower())
    known = _kind_words() | UNSUPPORTED.keys()
    return any(w in known for w in words) and all(w in known or w in FILLER for w in words)


def _task_words(head: str) -> int:
    """The end of the task words opening ``head`` ("derivative of ", "d/dx "): words of a kind
    or filler, up to the first piece of math; 0 when no kind is named there. A label opening
    the message ("Q.") is passed over."""
    header = _PLAIN_HEADER.match(head)
    end, named, last = header.end() if header else 0, False, ""
    while m := _TASK_HEAD.match(head, end):
        word = m.group(0).strip().lower()
        if word in _kind_words() or "/" in word:
            named = True
        elif word not in FILLER and word not in ("wrt", "respect", "to") and not (
                last in ("wrt", "to") and len(word) == 1):  # "wrt y": the variable named
            break
        end, last = m.end(), word
    return end if named and end < len(head.rstrip()) else 0


def _names_task(tail: str) -> bool:
    """Whether the correction names a task itself ("oops i meant det of [[..]]")."""
    return bool(re.search(r"d\s*/\s*d[a-z]|∂", tail)) or any(
        w.lower() in _kind_words() for w in re.findall(r"[A-Za-z]{2,}", tail))


# ------------------------------------------------------------------------------- typos
# THE table of misspellings and phone short forms of the words the lexicon knows. Each is
# rewritten to the word before the message is split, and said under the answer ("Read: I took
# “derv” as “derivative”"). A 5+ letter word one letter off ONE known word needs no entry
# (``respell``, ``intent.canonical`` find it, and say so too); the entries are what that misses:
# short forms, two letters off, or a word closer to another word than to the one meant.
TYPOS: dict[str, str] = {
    # calculus
    "derv": "derivative", "deriv": "derivative", "dervative": "derivative",
    "derivtive": "derivative", "derivate": "derivative", "derivaive": "derivative",
    "derivitive": "derivative", "derivatve": "derivative", "dervivative": "derivative",
    "diffrentiate": "differentiate", "diferentiate": "differentiate",
    "differenciate": "differentiate", "differntiate": "differentiate",
    "diffrenciate": "differentiate", "differentite": "differentiate",
    "hessain": "hessian", "hesian": "hessian", "hessien": "hessian", "hesain": "hessian",
    "jacobain": "jacobian", "jacobean": "jacobian", "jacobiyan": "jacobian",
    "jacobion": "jacobian", "gradiant": "gradient", "gradent": "gradient",
    "graident": "gradient", "gradeint": "gradient", "partail": "partial", "parital": "partial",
    "patial": "partial", "tayler": "taylor", "taylr": "taylor", "tailor": "taylor",
    "mclaurin": "maclaurin", "maclaurian": "maclaurin", "mclaurian": "maclaurin",
    "maclorin": "maclaurin",
    # linear algebra
    "determinent": "determinant", "determinat": "determinant", "determinan": "determinant",
    "detrminant": "determinant", "determinnt": "determinant", "determiant": "determinant",
    "transpos": "transpose", "tranpose": "transpose", "traspose": "transpose",
    "transpoze": "transpose", "inverce": "inverse", "invrse": "inverse", "invers": "inverse",
    "inverese": "inverse", "inversee": "inverse",
    "eigan": "eigen", "eign": "eigen", "egien": "eigen", "eigon": "eigen", "eigne": "eigen",
    "eigenvalus": "eigenvalues", "eigenvalu": "eigenvalue", "eigenvales": "eigenvalues",
    "eigenvlaues": "eigenvalues", "eigenvaleus": "eigenvalues", "egenvalues": "eigenvalues",
    "eginvalues": "eigenvalues", "eigen valus": "eigenvalues", "eigen vals": "eigenvalues",
    "eigen valu": "eigenvalue", "eigenvectr": "eigenvector", "eigenvectrs": "eigenvectors",
    "eigenvecter": "eigenvector", "eigenvecters": "eigenvectors",
    "eigen vectr": "eigenvector", "eigen vectrs": "eigenvectors", "eigen vecs": "eigenvectors",
    "egenvectors": "eigenvectors", "eiganvectors": "eigenvectors",
    "crossprod": "cross product", "dotprod": "dot product", "crossproduct": "cross product",
    "dotproduct": "dot product", "othogonal": "orthogonal", "orthogonl": "orthogonal",
    "covarience": "covariance", "covariace": "covariance", "varience": "variance",
    "varaince": "variance", "symetric": "symmetric", "symmertic": "symmetric",
    "tringular": "triangular", "trianglular": "triangular",
}
# Short forms that stand for two words of different meaning: asked back, never guessed
AMBIGUOUS_SHORT: dict[str, tuple[str, ...]] = {
    "ortho": ("orthogonal", "orthonormal"), "orth": ("orthogonal", "orthonormal"),
    "diag": ("diagonal", "diagonalize"), "lin": ("linear", "linearize"),
}
_TYPO = re.compile(
    r"(?<![\w^_.'])("
    + "|".join(sorted((k.replace(" ", r"\s+") for k in (*TYPOS, *AMBIGUOUS_SHORT)), key=len,
                      reverse=True))
    + r")(?![\w'])(?!\s*=(?!=))", re.I)


_TYPO_FIRST = frozenset(k.split()[0] for k in (*TYPOS, *AMBIGUOUS_SHORT))  # a cheap test first


def _typo(m: re.Match[str]) -> str:
    from .readings import said
    typed_word = m.group(1)
    key = " ".join(typed_word.lower().split())
    if key in AMBIGUOUS_SHORT:
        if m.string[m.end():].lstrip().startswith("("):
            return m.group(0)  # diag(1, 2, 3): a call (the lexer says it does not know it)
        from .account import Unclear  # a question back, like every word not understood
        options = AMBIGUOUS_SHORT[key]
        raise Unclear(f"By “{typed_word}” do you mean {' or '.join(f'“{o}”' for o in options)}?",
                      "Write the whole word, e.g. 'orthogonal projection of ...'.")
    word = TYPOS[key]
    if word != key:
        said(f"I took “{typed_word}” as “{word}”")
    return f" {word} "


_WORD = re.compile(r"(?<![\w^_.])([A-Za-z]{4,20})(?![\w(])(?!\s*=(?!=))")


@lru_cache(maxsize=1)
def _spellings() -> tuple[frozenset[str], dict[str, set[str]]]:
    """The words a typo may stand for (kind words, words with a meaning, longer filler), and
    each of them with one inner letter left out."""
    from .intent import VOCAB  # the kind phrases live with the kind table
    words = frozenset(w for w in (*VOCAB, *MEANING, *(f for f in FILLER if len(f) >= 6))
                      if len(w) >= 4 and w.isalpha())
    short: dict[str, set[str]] = {}
    for w in words:
        if len(w) >= 5:
            for i in range(1, len(w) - 1):
                short.setdefault(w[:i] + w[i + 1:], set()).add(w)
    return words, short


@lru_cache(maxsize=4096)
def respell(word: str) -> str | None:
    """The one known word that ``word`` is a typo of, or None: two neighbouring letters swapped
    (``rnak``, ``slove``), one inner letter left out (``vales``) or one added (``rannk``).
    First and last letters stay (``square`` is not ``squared``); only a single candidate
    counts (``slope`` or ``solve``? a question back)."""
    from .intent import VOCAB, canonical
    from .lexer import FUNCTIONS, GREEK_NAMES
    from .segment import ENGLISH
    low = word.lower()
    words, short = _spellings()
    if (len(low) < 4 or low in words or low in FUNCTIONS or low in GREEK_NAMES
            or low in ENGLISH or canonical(low) in VOCAB):
        return None
    found = {low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(len(low) - 1)} & words
    found |= short.get(low, set())
    if len(low) >= 5:
        found |= {low[:i] + low[i + 1:] for i in range(1, len(low) - 1)} & words
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def glued(word: str) -> str | None:
    """Two known words typed without the space (``anglebetween``, ``unitvector``,
    ``taylorseries``): the two words, when exactly one split gives two known words of four
    letters or more; else None (said under the answer, like a typo)."""
    from .intent import VOCAB, canonical
    from .segment import ENGLISH
    low = word.lower()
    words, _short = _spellings()
    if len(low) < 8 or low in words or low in ENGLISH or canonical(low) in VOCAB:
        return None  # (a word with a function inside, "sinxcosx", never reaches here)
    words = words | set(ORDINALS)  # "secondderivative"
    splits = [(low[:i], low[i:]) for i in range(4, len(low) - 3)
              if low[:i] in words and low[i:] in words]
    return " ".join(splits[0]) if len(splits) == 1 else None


def _respelled(text: str) -> str:
    from .lexer import split_word
    def repl(m: re.Match[str]) -> str:
        word = m.group(1)
        fixed = glued(word)  # "secondderivative": two words (sec·ond·… is no math)
        if fixed is None and any(p.kind == "func" for p in split_word(word)):
            return word  # sinx, xcos: math
        fixed = fixed or respell(word)
        if fixed is None:
            return word
        if fixed not in FILLER:  # "nikalte" for "nikale" is chat either way: nothing to say
            from .readings import said
            said(f"I took “{word}” as “{fixed}”")
        return fixed

    return sub(_WORD, repl, text)


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
    "cosec", "asinh", "acosh", "atanh", "swish", "sinh", "cosh", "tanh", "sech", "csch", "coth",
    "asin", "acos", "atan", "sqrt", "cbrt", "relu", "sign", "silu", "sin", "cos", "tan", "sec",
    "csc", "cot", "exp", "log", "abs", "max", "min", "ln", "lg",
)
GREEK_NAMES = (
    "epsilon", "lambda", "alpha", "gamma", "delta", "theta", "kappa", "omega", "sigma",
    "beta", "zeta", "iota", "eta", "rho", "tau", "phi", "chi", "psi", "mu", "nu", "xi", "pi",
)

# ------------------------------------------ rewrites before the tokenizer (tables of signs)
# Each is read by normalize.py / latex.py and applied through source.sub, so the rewritten
# message still maps back to what was typed; a new sign or command is one entry here.
# Greek letters: their ASCII names (a capital letter is its name capitalised)
GREEK_LETTERS: dict[str, str] = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon",
    "ζ": "zeta", "η": "eta", "θ": "theta", "ϑ": "theta", "ι": "iota", "κ": "kappa",
    "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho",
    "σ": "sigma", "τ": "tau", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}
# One sign -> its ASCII spelling (⨯ and ∂ stay: the tokenizer reads them)
UNICODE_SIGNS: dict[str, str] = {
    "−": "-", "–": "-", "—": "-", "‐": "-", "‒": "-", "﹣": "-", "－": "-",
    "×": "⨯", "⨯": "⨯", "·": "*", "∙": "*", "⋅": "*", "✕": "⨯", "∗": "*", "÷": "/", "∕": "/",
    "√": " sqrt", "∛": " cbrt", "∇": " grad ", "∂": "∂", "ᵀ": "^T",
    "‘": "'", "’": "'", "′": "'", "″": "''", "“": '"', "”": '"',
    "‖": "||", "∥": "||", "ǁ": "||", "∣": "|", "｜": "|",
    "⟨": "<", "⟩": ">", "〈": "<", "〉": ">", "∞": " oo ",
    # arrows: a separator before the task's words (layout), else asked back as typed
    "→": "->", "⟶": "->", "➡": "->", "⇒": "=>", "⟹": "=>",
    "\u00a0": " ", "\u2009": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": "",
}
# Vulgar fractions, superscripts (x² is x^(2)), subscripts (x₁ is x1)
FRACTION_SIGNS: dict[str, str] = {
    "½": "(1/2)", "⅓": "(1/3)", "⅔": "(2/3)", "¼": "(1/4)", "¾": "(3/4)", "⅕": "(1/5)",
    "⅖": "(2/5)", "⅗": "(3/5)", "⅘": "(4/5)", "⅙": "(1/6)", "⅚": "(5/6)", "⅛": "(1/8)",
    "⅜": "(3/8)", "⅝": "(5/8)", "⅞": "(7/8)",
}
SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿᵀˣʸᶻⁱʲᵏᵃᵇᶜᵈᵉᶠᵍʰᵐᵖʳˢᵗᵘᵛʷ",
                        "0123456789-+()nTxyzijkabcdefghmprstuvw", strict=True))
SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉", "0123456789", strict=True))
# NumPy / SymPy calls: the name -> (how many arguments, the words or sign they stand for).
# Only these, with exactly that many arguments: norm(v, 1) or mean(x, axis=0) stay code
NUMPY_CALLS: dict[str, tuple[int, str]] = {
    "det": (1, "det"), "inv": (1, "inverse"), "inverse": (1, "inverse"),
    "eig": (1, "eigenvectors"), "eigh": (1, "eigenvectors"), "eigvals": (1, "eigenvalues"),
    "eigvalsh": (1, "eigenvalues"), "eigenvals": (1, "eigenvalues"),
    "eigenvects": (1, "eigenvectors"), "matrix_rank": (1, "rank"), "rank": (1, "rank"),
    "norm": (1, "norm"), "trace": (1, "trace"), "transpose": (1, "transpose"),
    "rref": (1, "rref"), "nullspace": (1, "nullspace"), "null_space": (1, "nullspace"),
    "mean": (1, "mean"), "var": (1, "variance"), "std": (1, "standard deviation"),
    "dot": (2, "*"), "matmul": (2, "*"), "cross": (2, "⨯"), "solve": (2, "solve"),
    # read by _numpy_special (their arguments are not all matrices)
    "matrix_power": (2, ""), "cov": (1, ""), "outer": (2, ""),
}
# LaTeX styles around a letter or a word: \mathbf{v} is v, \text{and} is the word "and"
# (\hat{y}, \bar{x}, \tilde{x}, \dot{x} are not the letter itself: they are asked about)
LATEX_STYLES = ("mathbf", "mathrm", "mathit", "mathsf", "boldsymbol", "vec", "bf",
                "operatorname", "text", "textbf", "textit", "mbox", "mathbb")
# LaTeX commands and what each is in plain math (latex.py rewrites \name to it; a command
# not here is asked back, never guessed)
LATEX_COMMANDS: dict[str, str] = {
    # functions and names that read the same without the backslash
    **{f: f" {f} " for f in (
        "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "arcsin", "arccos",
        "arctan", "exp", "ln", "log", "det", "max", "min", "alpha", "beta", "gamma", "delta",
        "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi",
        "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "sqrt",
    )},
    "varepsilon": " epsilon ", "vartheta": " theta ", "varphi": " phi ",
    "cdot": "*", "times": " ⨯ ", "div": "/", "ast": "*", "top": "T", "intercal": "T",
    "partial": "∂", "nabla": " grad ", "infty": " oo ", "prime": "'",
    "left": "", "right": "", "bigl": "", "bigr": "", "Bigl": "", "Bigr": "", "big": "",
    "Big": "", "displaystyle": "", "mathrm": "", "mathbf": "", "mathit": "", "boldsymbol": "",
    "vec": "", "bf": "", "operatorname": "", "text": "", "quad": " ", "qquad": " ",
    "langle": "<", "rangle": ">", "lvert": "|", "rvert": "|", "vert": "|", "mid": "|",
    "lVert": "||", "rVert": "||", "Vert": "||",
    "sum": " Sigma ",  # a sum over the data (lexicon: the loss summed over the data points)
    "lbrack": "[", "rbrack": "]", "to": " to ", "in": " in ", "approx": "=", "neq": "!=",
}

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
    "near": "point", "from": "point", "order": "order", "degree": "order", "upto": "upto",
    "till": "upto", "until": "upto",  # "up to x^4": Taylor's order (no other kind's)
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
# Letters that are also English words ("find a matrix", "can u", "i think", chat's "wats d
# eigenvectors": d = the): read as words when alone between words
LONE_LETTERS = frozenset("aiuAIUqQd")
# English words that can be names of a definition: "loss = (y - w x)^2", "lr = 0.1"
NAMED_WORDS = ("lr", "loss", "cost", "error", "objective", "MSE", "mse", "SSE", "sse",
               "sigmoid", "softplus", "relu", "tanh")  # "sigmoid = 1/(1 + e^-x)"
# two or three letters that are one name, not a product of letters (``xy`` is x·y)
NOT_PRODUCTS = ("lr", "eta", "mu", "nu", "pi", "xi", "tau", "phi", "chi", "psi", "rho")
# words that put a message in the complex numbers: i is then √−1, not a variable
COMPLEX_WORDS = ("complex", "imaginary", "conjugate", "argand")

# ============================================================ words account and intent read
# (account.py: what each word of the message is; intent.py: which kind is asked)

# A lone letter typed as a word that is filler: "find a matrix", "can u", "i think", "d" (the)
FILLER_LETTERS = frozenset("aiuAIUqd")
# Lone letters that chat uses for words: "x^2 n x^3" (n between two pieces of math: and),
# "x^2 w steps" (w between the math and words: with); with no variable of that name in the
# math they are asked about, never multiplied in (segment._loose_words)
CHAT_LETTERS = frozenset("nw")
# Characters that end or decorate a sentence; any other stray character is asked about
PUNCTUATION = frozenset(".?!:)")
# Chat spellings read as filler: plzzz, pleaseee, thnx, tmrw, hiii, okkk, brooo
CHAT_SPELLINGS = re.compile(
    r"pl+[eaiz]*[sz]+e*|plea+s+e+|th+a*n*[xk]+s*|tmr+w*|tomo+r+o*w+|asap|"
    r"urgent+|hi+|hello+|he+y+|o+k+|kk+|okay+|sir+|bro+|bha+i+|ya+r+|thanks+|pls+", re.I)
# Ordinal words and the order they say (the last one found wins: keep this order)
ORDINALS = {"first": 1, "double": 2, "triple": 3,
            "second": 2, "twice": 2, "third": 3, "thrice": 3, "fourth": 4, "fifth": 5}
# The degree of a polynomial said as a word: "up to the cubic term", "quadratic taylor
# polynomial", "linear term" are Taylor orders (intent.DEGREE_SCOPE reads them)
DEGREE_WORDS = {"linear": 1, "quadratic": 2, "cubic": 3, "quartic": 4, "quintic": 5}
# Spelled-out functions: "sine of x", "square root of x" are sin x, sqrt x
FUNC_WORDS = {"sine": "sin", "cosine": "cos", "tangent": "tan", "secant": "sec",
              "cosecant": "csc", "cotangent": "cot", "square root": "sqrt",
              "natural logarithm": "ln", "natural log": "ln", "exponential": "exp"}
# Two words that are one kind word: "eigen values", "null space"
JOINED = {"eigen values": "eigenvalues", "eigen value": "eigenvalue", "eigen vectors":
          "eigenvectors", "eigen vector": "eigenvector", "null space": "nullspace",
          "row echelon": "echelon", "gram-schmidt": "gram schmidt"}
# Misspellings fuzzy matching would miss or read as another word (TYPOS holds them all; these
# are the one-word ones, for ``intent.canonical``)
MISSPELT = {"grad": "grad", **{k: v for k, v in TYPOS.items() if " " not in k + v}}
# Words that may stand between two kind phrases of one message: "det and the inverse of A"
JOINERS = {"and", "also", "then", "plus", "aur", "with", "the", "its", "their", "of", "find",
            "points", "matrix", "first", "dono", "both", "at", "onto", "wrt", "respect", "to",
            "from", "about", "around", "in", "series", "expansion", "polynomial", "vector",
            "vectors", "values", "value", "second", "third", "fourth", "double", "partial",
            "upto", "till", "until", "order", "term", "terms",
            # "mean, variance and sample variance": a divisor word is part of the next task
            "sample", "population", "unbiased",
            # "unit vector in the direction of v and its norm", "unit vector along v ..."
            "direction", "along"}
# Words that typos are corrected towards besides the kind phrases (intent.VOCAB)
VOCAB_WORDS = {
    "respect", "order", "degree", "steps", "iterations", "data", "points", "onto", "plot",
    "graph", "draw", "sketch", "covariance", "components", "second", "third", "fourth",
    "twice", "matrix", "vector", "vectors", "series", "expansion", "zero", "where", "find",
}

# "where k is a constant", "a is a fixed constant": a letter the message holds fixed (a named
# parameter of the function, not a variable and not an unused letter)
HELD_CONSTANT = re.compile(r"\b([A-Za-z](?:\s*(?:,|and)\s*[A-Za-z]\b)*)\s+(?:is|are)\s+"
                           r"(?:just\s+)?(?:a\s+|some\s+)?(?:fixed\s+)?constants?\b")


def held_constants(text: str) -> frozenset[str]:
    """The letters ``text`` holds fixed: "where k is a constant", "y and z are constants"."""
    return frozenset(v for m in HELD_CONSTANT.finditer(text)
                     for v in re.findall(r"\b[A-Za-z]\b", m.group(1)))

# ============================================================ NumPy's operators on arrays
# In NumPy (or plain Python), ``A**2`` and ``A * B`` on arrays work entry by entry; the matrix
# power and product are ``A @ A`` and ``np.linalg.matrix_power``. In a message that says so
# (np, numpy, python, array(...)), ``**`` or ``*`` between matrices is asked back, never
# answered as the matrix power or product.
_NUMPY_CONTEXT = re.compile(r"\b(?:np|numpy|python|jupyter|colab)\b|\barray\s*\(", re.I)
_ARRAY_END = r"\]\s*\]\s*\)?|\]\s*\)"  # the end of [[..]], np.array([[..]]), np.array([..])
_MATRIX_NAMED = (r"(?<![\w.])([A-Za-z]\w?)\s*=\s*(?:(?:np|numpy)\s*\.\s*(?:array|matrix)\s*\()?"
                 r"\s*\[")


def _entrywise_read(text: str, power: re.Match[str]) -> bool:
    """``A**2`` on an array in a NumPy message, one power 2..9 and no caret power beside it:
    read entry by entry, as NumPy computes it, with a button for the matrix power A·A."""
    from .readings import set_entrywise_power
    powers = re.findall(r"\*\*\s*(-?\d+)", text)
    if len(powers) != 1 or not 2 <= int(powers[0]) <= 9 or "^" in text:
        return False
    set_entrywise_power(True)  # expr.power reads it (and offers A·A for a square matrix)
    return True


def entrywise_reading(n: object, square: bool) -> bool:
    """NumPy's ``A**n`` met by the parser: entry by entry (the reading said, with a button
    for the matrix power when A is square; a vector has no matrix power)."""
    from .readings import flipped, took
    if not square:
        return True
    if flipped("npow"):
        took("npow", f"** {n} is the matrix power (A·A…), not NumPy's entry by entry",
             f"each entry to the power {n} (NumPy)", flip_aware=True)
        return False
    took("npow", f"** {n} raises each entry to the power {n}, as NumPy does",
         f"the matrix power A^{n}", flip_aware=True)
    return True


def numpy_operators(text: str) -> None:
    """Ask back ``A**2`` / ``A * B`` on arrays in a NumPy message (entrywise there)."""
    if "*" not in text or not _NUMPY_CONTEXT.search(text):
        return
    names = set(re.findall(_MATRIX_NAMED, text))
    left = "|".join([_ARRAY_END, *(rf"(?<![\w.]){re.escape(n)}(?![\w(])" for n in names)])
    right = "|".join([r"\[", r"(?:np|numpy)\s*\.", *(rf"{re.escape(n)}(?![\w(])" for n in names)])
    power = re.search(rf"(?:{left})\s*\*\*\s*(-?\d+)", text)
    product = re.search(rf"(?:{left})\s*\*(?!\*)\s*(?:{right})", text)
    if power is None and product is None:
        return
    from .account import Unclear  # a question back, like every word not understood
    if power is not None and product is None and _entrywise_read(text, power):
        return
    if power is not None:
        raise Unclear(f"In NumPy (and Python), ** on an array raises each entry to the power "
                      f"{power.group(1)} (entry by entry); for a matrix the matrix power is "
                      "A @ A or "
                      "np.linalg.matrix_power(A, n). Which do you want?",
                      "For the matrix power send e.g. 'A @ A for A = [[1, 2], [3, 4]]'.")
    raise Unclear("In NumPy, * between two arrays multiplies them entry by entry; the matrix "
                  "product is A @ B. Which do you want?",
                  "For the matrix product send e.g. 'A @ B for A = [[1, 2], [3, 4]], B = ...'.")
