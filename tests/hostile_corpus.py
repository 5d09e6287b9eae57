"""A hostile corpus: what an attacker, a broken client or a bad keyboard sends.

Each category is built from parts so that it stays readable; ``CORPUS`` is the list of
(category, text) pairs and ``BUTTONS`` crafted callback data. Used by tests/test_hostile.py.
"""

from __future__ import annotations

from pathlib import Path

CANARY = Path("/tmp/mml_tutor_hostile_canary")
_TOUCH = f"__import__('os').system('touch {CANARY}')"

INJECTIONS = [
    _TOUCH, f"det [[{_TOUCH}, 1], [2, 3]]", f"d/dx {_TOUCH}", f"eigenvalues of [[{_TOUCH}]]",
    "().__class__.__bases__[0].__subclasses__()", "x.__class__.__mro__[1]",
    f"lambda: {_TOUCH}", "(lambda: 1)()", f"exec(\"open('{CANARY}','w')\")",
    f"eval('{_TOUCH}')", f"open('{CANARY}', 'w').write('x')", "compile('1','f','exec')",
    "getattr(x, '__class__')", "globals()['__builtins__']", "vars()", "locals()",
    "import os; os.system('id')", "from os import system", "os.popen('id').read()",
    "sympify('x**2')", "parse_expr('x')", "S('x')", "Symbol('x').__init__", "x.__dict__",
    "breakpoint()", "input()", "help()", "exit()", "quit()", "__import__('sys').exit(1)",
    "[c for c in ().__class__.__base__.__subclasses__()]", "x if x else __import__('os')",
    "d/dx __import__", "det [[__class__]]", "gradient of __globals__", "solve __builtins__ = 1",
    f"$(touch {CANARY})", f"`touch {CANARY}`", f"; touch {CANARY}", f"| touch {CANARY}",
    "'; DROP TABLE users; --", "1; DELETE FROM attempts", "\" OR 1=1 --", "Robert'); --",
    "<script>alert(1)</script>", "<b>bold</b> det [[1]]", "</pre><pre>", "<a href='x'>y</a>",
    "&lt;b&gt;", "&#x3C;b&#x3E;", "<tg-spoiler>x</tg-spoiler>", "<blockquote expandable>",
    "\\input{/etc/passwd}", "\\write18{touch /tmp/x}", "\\immediate\\write18{id}",
    "\\def\\x{\\x}\\x", "\\csname foo\\endcsname", "\\catcode`\\^=13",
]
DUNDERS = [f"{w} of [[1,2],[3,4]]" for w in (
    "__init__", "__class__", "__dict__", "__globals__", "__code__", "__reduce__", "__getattr__",
    "__subclasses__", "__builtins__", "__import__")] + [
    f"d/dx x.{a}" for a in ("__class__", "__doc__", "real", "func", "args", "evalf")]
FORMAT_STRINGS = [
    "{0.__class__}", "{x.__init__.__globals__}", "%s%s%s%s%s%n", "%x" * 50, "{}" * 100,
    "{:>99999999}", "{0:{1}}", "%(password)s", "${jndi:ldap://x/a}", "{{7*7}}", "#{7*7}",
    "${7*7}", "<%= 7*7 %>", "{{config.items()}}", "{{''.__class__.__mro__}}",
]
HUGE = [
    "9" * 10_000, "d/dx x^" + "9" * 5000, "det [[" + "9" * 3000 + "]]", "10^10^10^10",
    "2^2^2^2^2^2^2^2^2", "9^9^9^9", "x^(10^100)", "1000000!", "(10^6)!", "factorial(10^9)",
    "99999999999999999999999999999999999999999!", "d/dx x^500 at x = 10^9",
    "gradient of x^400 y^400 at (10^9, 10^9)", "taylor series of x^300 at x = 10^8 order 3",
    "newton x^3 - 2 from 100000 10 steps", "e^(e^(e^(e^10)))", "10^1000 + 1", "(x+1)^100000",
    "expand (x+y+z)^500", "det [[10^30, 1], [1, 10^30]]" * 3, "0.1^-99999", "1e999999",
    "1e-999999 * x", "sin(10^100000)", "log(0)", "1/0", "0/0", "0^0", "oo - oo", "zoo",
    "nan", "inf", "-inf", "sqrt(-1)^sqrt(-1)", "(-1)^(1/3)", "i^i^i^i",
]
NESTING = [
    "(" * 3000 + "x" + ")" * 3000, "[" * 1500 + "1" + "]" * 1500, "((((((((((x))))))))))" * 50,
    "sin(" * 400 + "x" + ")" * 400, "-" * 2500 + "x", "+" * 3000, "x" + "^x" * 1000,
    "1/" * 1500 + "1", "|" * 1000, "sqrt(" * 300 + "2" + ")" * 300, "{" * 500 + "}" * 500,
    "\\frac{" * 300 + "1" + "}{2}" * 300, "d/dx " * 500 + "x", "det " * 800 + "[[1]]",
]
_SYM6 = "[[" + "],[".join(",".join(f"a{r}{c}" for c in range(6)) for r in range(6)) + "]]"
_SYM7 = "[[" + "],[".join(",".join("x" for _ in range(7)) for _ in range(7)) + "]]"
_BIG_NUM = "[[" + "],[".join(",".join("123456789012345678901234567890" for _ in range(4))
                             for _ in range(4)) + "]]"
MATRICES = [
    f"det {_SYM6}", f"inverse {_SYM6}", f"eigenvalues of {_SYM6}", f"rref {_SYM6}",
    f"det {_SYM7}", "det [[1]*1000]", f"inverse {_BIG_NUM}", f"eigenvectors of {_BIG_NUM}",
    "det [[1,2],[3]]", "det [[]]", "det []", "inverse [[0,0],[0,0]]", "det [[1,2],[3,4]" * 50,
    "[[" + ",".join(["1"] * 500) + "]]", "\n".join(["1 2 3"] * 400), "rank " + "[1 2; 3 4] " * 80,
    "eigenvalues of [[x,1],[1,y]]^100", "[[1,2],[3,4]]^99999", "A^-99999 for A = [[1,1],[0,1]]",
]
CONTROL = [
    "\x00", "det\x00[[1,2],[3,4]]", "\x00" * 500, "d/dx x\x07\x08\x1b[31m", "\x1b[2J\x1b[H",
    "\r\n" * 300, "\t" * 500, "\x7f" * 100, "x\u0000^2", "\x0b\x0c", "d/dx\rx^2",
    "\u0085\u2028\u2029", "det [[1,2],[3,4]]\x00; rm -rf /",
]
UNICODE = [
    "d/dx x\u200b^2", "\u200b" * 1000, "det\u200d[[1,2],[3,4]]", "\ufeffd/dx x^2",
    "\u202e2^x xd/d", "\u202edet [[1,2],[3,4]]\u202c", "\u2066x\u2069^2", "\u061c" * 50,
    "x\u0301\u0301\u0301\u0301^2", "Z̷̧̛a̵̢l̸g̴o̶" * 30, "𝐱² + 𝐲²", "𝕕/𝕕𝕩 𝕩²",
    "ｄｅｔ ［［１，２］，［３，４］］",
    "ⅆ/ⅆx x²", "∫ x dx", "∑_{i=1}^n i", "∞^∞", "√√√√√√√√x", "x⁽²⁾", "x₍₁₎", "x\U0001F600^2",
    "😀" * 500, "🙏🙏 det [[1,2],[3,4]] 🙏🙏", "👨‍👩‍👧‍👦" * 100, "🏳️‍🌈 d/dx x^2",
    "x का अवकलज", "सारणिक [[1,2],[3,4]]", "अवकलन करो x^2 sin x", "आइगेनमान [[2,1],[1,2]]",
    "d/dx x² ka derivative batao 🙏", "ਮੈਟ੍ਰਿਕਸ [[1,2],[3,4]]", "மதிப்பு x^2", "行列式 [[1,2],[3,4]]",
    "مشتق x^2", "\ud800", "x\udfff^2", "\ud83d", "det [[\udcff]]",
]
LATEX = [
    "\\frac{1}{", "\\frac{}{}", "\\begin{pmatrix}1&2\\\\3&4", "\\end{pmatrix}",
    "\\begin{vmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "$$$$$$", "$d/dx$ $x^2", "\\left(x",
    "x\\right)", "\\sqrt[", "\\sqrt[3]{", "^{^{^{^{x}}}}", "_{_{_{_{1}}}}", "\\\\\\\\\\\\",
    "\\mathbf{", "\\operatorname{det}", "\\det\\begin{pmatrix}a\\end{pmatrix}", "\\int_0^1",
    "\\lim_{x\\to0}", "\\unknowncommand{x}", "\\frac{d}{dx}\\frac{d}{dx}\\frac{d}{dx}",
    "\\begin{array}{cc}1&2\\end{array}", "\\\\begin{pmatrix}", "$\\frac{1}{0}$",
]
PROTOCOL = [
    "/start " + "x" * 4000, "/solve", "/solve " + "(" * 500, "/plot " + "x^" * 300 + "x",
    "/settings time 99:99", "/settings tz ../../etc/passwd", "/settings tz " + "A/" * 100,
    "/settings time " + "1" * 1000, "/quiz ../../", "/learn; rm -rf", "/__init__",
    "/" + "a" * 32, "/" + "a" * 33, "/START", "/help@other_bot", "/start@mml_tutor_bot x",
    "@mml_tutor_bot det [[1]]", "/settings push \x00", "/plot \u202e", "/solve \ud800",
]
LONG = ["a" * 1_000_000, "det [[1,2],[3,4]] " + "x" * 100_000, "x+" * 50_000 + "x",
        ("the quick brown fox " * 600)[:12_000], "d/dx " + "x*" * 2000 + "x"]
NONSENSE = [
    "", " ", "?", "??", "...", "asdfghjkl", "qwerty uiop", "lol", "null", "undefined", "None",
    "True", "NaN", "-0", "+", "=", "==", "!=", "!!!", "x = = 2", "det", "eigen", "d/dx",
    "inverse of", "[[", "]]", "[[1,2],[3,4]]]]", "((x)", "x))", ",,,,", ";;;;", "1,2,3,",
    "hessian of", "taylor of at", "gradient at (1,2)", "solve", "plot", "matrix", "vector",
]
CORPUS: list[tuple[str, str]] = [
    (cat, text)
    for cat, group in (
        ("injection", INJECTIONS), ("dunder", DUNDERS), ("format", FORMAT_STRINGS),
        ("huge", HUGE), ("nesting", NESTING), ("matrix", MATRICES), ("control", CONTROL),
        ("unicode", UNICODE), ("latex", LATEX), ("protocol", PROTOCOL), ("long", LONG),
        ("nonsense", NONSENSE),
    )
    for text in group
]
BUTTONS = [
    "S:op:1:__class__", "S:op:" + "9" * 25, "S:more:1:__init__", "S:op:-1", "S:plot:0",
    "S:op:1:det:extra:parts", "S:lesson:1:eval", "S:lesson:1:" + "k" * 50, "L:go:__import__",
    "L:next:../../etc", "L:quiz:" + "x" * 60, "T:m:" + "x" * 70, "T:c:__class__", "Q:next:",
    "Q:next:../../", "M:", "M:__init__", "M:learn:extra", "Z:zz", "", ":", "S:", "S::::",
    "P:forget-yes:1", "P:__class__", "S:op:1:det\x00", "S:op:1e99", "S:op:0x10",
    "S:op:１２", "L:go:la-w1-00\u202e", "\ud800", "🙂:x",
]
