"""A tutor's manners: small talk, "what can you do", and naming what the bot cannot do yet.

The router (``bot.tutor``) asks ``before_solving`` first: a message made only of greetings,
thanks, "ok", goodbyes or emoji gets a short friendly reply and the menu; "what can you do"
gets the help; a request on a topic the solver does not cover (integrals, limits, differential
equations, probability, statistical tests, ...) is named as such, with buttons that work.
Anything else, and anything that carries math (``x^2 + 1 ok?``, ``thanks, now det [[1,2],
[3,4]]``), goes on to the solver: when in doubt, the solver decides. ``after_solving`` is the
last word for a message that was neither a problem nor a concept question.

Usage::

    replies = await chat.before_solving(ctx, event)   # None: not small talk, ask the solver
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from content import search
from content.search import Hit

from . import texts
from .events import Button, Event, Reply, Text, TextMessage, User, keyboard

if TYPE_CHECKING:
    from .context import Context

# --------------------------------------------------------------------- small talk
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_GREETINGS = _words("""
hi hii hiii hiiii hello helo hello hlo hey heyy heyyy hola namaste namaskar yo sup wassup
gm morning afternoon evening greetings howdy
""")
_THANKS = _words("""
thanks thank thankyou thanku thx thnx thnks tnx ty tysm shukriya dhanyavad dhanyawad
""")
_ACKS = _words("""
ok okay okk okkk okie okey k kk cool nice great awesome good fine alright alrighty got
understood samajh samjh gaya gya aa aaya acha accha achha achcha theek thik sure perfect
wow done noted hmm hmmm hm mm oh ohh ahh lol haha hahaha super excellent interesting
amazing wonderful brilliant
""")
_GOODBYES = _words("bye byee goodbye gn night tata cya later")
# Words that may sit beside the ones above ("thank you so much sir") but mean nothing alone.
_FILLERS = _words("""
you u so much very lot a the there sir madam maam mam bro bhai dude yaar man all it is
that was again too bot tutor mml dear buddy friend ji see good now and for this
""")
_CORE = _GREETINGS | _THANKS | _ACKS | _GOODBYES
# No digits and no math symbols: anything like "x^2 + 1 ok?" goes to the solver.
_MATHY = re.compile(r"[0-9=+\-*/^()\[\]{}<>|∫∑√∂∇λ]")
_WORD = re.compile(r"[a-z']+")

_HELP = re.compile(
    r"(what|wat|wht)\s+(else\s+)?(can|do|could)\s+(you|u)\s+(do|help( me)?( with)?|offer)"
    r"|how\s+(do|can|should)\s+i\s+use\s+(you|u|this|this bot|the bot|it)"
    r"|how\s+(does|do)\s+(this|this bot|it|you)\s+work"
    r"|help|help me|menu|main menu|commands|options|features|start|"
    r"who\s+are\s+(you|u)|what\s+are\s+(you|u)|kya\s+kar\s+sakte\s+ho|tum\s+kya\s+karte\s+ho"
)
_POLITE = re.compile(r"^(please|pls|plz|sir|bro|hey|hi|hello|ok|so)\s+|\s+(please|pls|plz|"
                     r"sir|bro|bhai|yaar|for me|here)$")


def _clean(text: str) -> str:
    """Lower case, punctuation and emoji dropped, spaces folded."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return " ".join(w.strip("'") for w in words if w.strip("'"))


def small_talk_kind(text: str) -> str | None:
    """"greeting", "thanks", "ack", "bye", "emoji" or "confused" ("??") when the message is only
    that, else None."""
    if _MATHY.search(text):
        return None
    words = _clean(text).split()
    if not words:
        if "?" in text:  # "??": the student is lost
            return "confused"
        return "emoji" if text.strip() else None
    if not all(w in _CORE or w in _FILLERS for w in words):
        return None
    for kind, vocab in (("thanks", _THANKS), ("bye", _GOODBYES), ("greeting", _GREETINGS),
                        ("ack", _ACKS)):
        if any(w in vocab for w in words):
            if kind == "greeting" and "good" in words and "night" in words:
                return "bye"
            return kind
    return None  # fillers only ("you", "so much"): not enough to be sure


def asks_for_help(text: str) -> bool:
    """"what can you do", "help", "how do I use this" (and nothing more)."""
    if _MATHY.search(text):
        return False
    cleaned = _clean(text)
    for _ in range(3):  # "hi, what can you do please"
        cleaned = _POLITE.sub("", cleaned).strip()
    return bool(_HELP.fullmatch(cleaned))


# ---------------------------------------------------------------- unsupported topics
@dataclass(frozen=True)
class Topic:
    """Something students ask for that the solver does not do (yet)."""

    name: str  # as in "I can't do <name> yet"
    pattern: re.Pattern[str]
    keyword: str  # a lesson whose title holds this word may answer a concept question


def _topic(name: str, pattern: str, keyword: str) -> Topic:
    return Topic(name, re.compile(pattern, re.IGNORECASE), keyword)


UNSUPPORTED: tuple[Topic, ...] = (
    _topic("integrals", r"\b(integra(l|ls|te|tes|tion|ting)|anti-?derivatives?|"
           r"area under (the )?(curve|graph))\b|∫", "integral"),
    _topic("limits", r"\b(limits?|lim)\b(?!\s*(?:ations?))|l'?\s*h[oô]pital|"
           r"\bas\s+[a-z]\s*(->|→|tends\s+to|approaches)", "limit"),
    _topic("differential equations", r"\b(differential\s+equations?|odes?|pdes?)\b|"
           r"\bd\s*y\s*/\s*d\s*[tx]\s*=[^=]*\by\b|\by\s*''", "differential equation"),
    _topic("probability distributions", r"\b(probabilit(y|ies)|normal\s+distribution|"
           r"gaussian\s+distribution|binomial|poisson|bernoulli|(pdf|pmf|cdf)\s+of|bayes'?s?|"
           r"random\s+variables?|expected\s+value|expectation\s+of)\b", "probability"),
    _topic("statistical tests", r"\b(t-?tests?|z-?tests?|chi[- ]?squared?|hypothes[ie]s\s+"
           r"test(s|ing)?|p-?values?|anova|confidence\s+intervals?|significance\s+tests?)\b",
           "hypothesis"),
    _topic("Fourier or Laplace transforms", r"\b(fourier|laplace)\b", "fourier"),
    _topic("singular value decomposition", r"\b(svd|singular\s+value\s+decomposition)\b",
           "singular value"),
    _topic("sums of series", r"\b(sum\s+of\s+(the\s+)?series|infinite\s+series|convergen(t|ce)"
           r"\s+of)\b", "series sum"),
)

_QUESTION = re.compile(
    r"^\s*(what|wat|why|how|explain|define|meaning|tell me|kya|kyu|kyun|intuition)\b"
    r"|\?\s*$|\b(kya|kaise|kyu|kyun|matlab)\b", re.IGNORECASE)
# Math in the message: digits, operators, or a lone variable ("sin x", "x^2").
_HAS_MATH = re.compile(r"[0-9=+*/^()\[\]∫]|\b(sin|cos|tan|exp|ln|log|sqrt)\b|\b(?![ai]\b)[a-z]\b")


def unsupported_topic(text: str) -> Topic | None:
    """The unsupported topic a message asks for, unless it is a concept question that one
    of the lessons answers (a lesson on the derivative as a limit answers "what is a limit")."""
    topic = next((t for t in UNSUPPORTED if t.pattern.search(text)), None)
    if topic is None:
        return None
    if _QUESTION.search(text) and not _HAS_MATH.search(text.lower()) and _lesson_on(topic):
        return None
    return topic


def _lesson_on(topic: Topic) -> Hit | None:
    """A lesson whose title names the topic ("The derivative as a limit")."""
    for hit in search(topic.keyword, limit=5):
        if hit.snippet_id and topic.keyword in hit.title.lower():
            return hit
    return None


# ------------------------------------------------------------------------ replies
def _menu_reply(html: str) -> list[Reply]:
    return [Text(html, texts.MAIN_MENU)]


def _try_button(ctx: Context, user: User, problem: str) -> Button:
    """A button that solves ``problem`` (stored: a storage call, so its callers run on the
    database thread)."""
    pid = ctx.storage.remember_problem(user.id, problem)
    return Button(f"▶️ Try {problem}"[:40], f"{texts.SOLUTION}op:{pid}")


def cant_do(ctx: Context, user: User, topic: Topic) -> list[Reply]:
    """ "I can't do integrals yet; here is what I can do", with buttons that work."""
    lines = [texts.CANT_DO.format(topic=escape(topic.name)), texts.CAN_DO]
    rows: list[list[Button]] = []
    lesson = _lesson_on(topic)
    if lesson is not None:
        lines.append(texts.CANT_DO_LESSON.format(title=escape(lesson.title)))
        rows.append([Button(f"📖 {lesson.title}"[:40], f"{texts.LESSON}peek:{lesson.snippet_id}")])
    rows.append([_try_button(ctx, user, texts.TRY_EXAMPLE),
                 Button("❓ What I can do", f"{texts.MENU}help")])
    rows.append([Button("📚 Learn", f"{texts.MENU}learn"),
                 Button("📚 Topics", f"{texts.TOPICS}home")])
    return [Text("\n".join(lines), keyboard(*rows))]


def small_talk(user: User, kind: str) -> list[Reply]:
    name = escape(user.name or "there")
    html = {
        "greeting": texts.GREETING.format(name=name),
        "thanks": texts.THANKS,
        "ack": texts.ACK,
        "bye": texts.GOODBYE,
        "emoji": texts.ACK,
        "confused": texts.CONFUSED,
    }[kind]
    return _menu_reply(html)


async def before_solving(ctx: Context, event: Event) -> list[Reply] | None:
    """Small talk, a request for help, or an unsupported topic; None: ask the solver."""
    assert isinstance(event, TextMessage)
    text = event.text
    kind = small_talk_kind(text)
    if kind is not None:
        return small_talk(event.user, kind)
    if asks_for_help(text):
        return [Text(texts.help_text(), texts.MAIN_MENU)]
    topic = unsupported_topic(text)
    if topic is not None:  # its "Try" button stores a problem: on the database thread
        return await ctx.storage.run(cant_do, ctx, event.user, topic)
    return None


_TYPED_MATH = re.compile(r"[\[\]=^∫√]|\d\s*[-+*/]\s*\d|\b[a-z]\s*[-+*/^]\s*[a-z\d]\b")


def carries_math(text: str) -> bool:
    """Typed math (a matrix, an equation, a power, ``2 + 3``): when the solver could not read
    it, its specific reply ("the rows have different lengths") beats a glossary card."""
    return bool(_TYPED_MATH.search(text.lower()))


def after_solving(ctx: Context, user: User, text: str) -> list[Reply] | None:
    """Words that were neither a problem nor a concept I know: a kind reply and the menu
    (instead of "I could not find any math"). Anything with math keeps the solver's reply,
    which says what it could not read."""
    if _MATHY.search(text) or not _clean(text):
        return None
    return [Text(texts.NOT_A_PROBLEM, keyboard(
        [_try_button(ctx, user, texts.TRY_EXAMPLE),
         Button("❓ What I can do", f"{texts.MENU}help")],
        [Button("📚 Learn", f"{texts.MENU}learn"), Button("📚 Topics", f"{texts.TOPICS}home")],
    ))]
