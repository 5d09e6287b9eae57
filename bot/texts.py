"""Every command, callback prefix and fixed text in one place."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .events import Button, keyboard


@dataclass(frozen=True)
class CommandInfo:
    name: str
    description: str  # one line: shown in /help and in Telegram's command menu (<= 256 chars)
    usage: str = ""


# The one list that feeds /help, set_my_commands and the README (a test checks all three).
COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("start", "Welcome and the main menu"),
    CommandInfo("learn", "Continue the lessons where you left off"),
    CommandInfo("topics", "Browse courses and modules"),
    CommandInfo("quiz", "A quiz question on what you are learning"),
    CommandInfo("solve", "Solve a problem step by step", "/solve det [1 2; 3 4]"),
    CommandInfo("plot", "Draw a function, a matrix or data", "/plot x^2 - 2x"),
    CommandInfo("settings", "Your time zone and daily quiz time", "/settings time 21:00"),
    CommandInfo("help", "What I can do and how to ask"),
)

# Callback data prefixes (callback data is at most 64 bytes).
MENU = "M:"  # main menu: M:learn, M:quiz, M:solve, M:settings, M:help
SOLUTION = "S:"  # S:<action>:<problem id>[:<kind>]
LESSON = "L:"  # L:next|back|go|quiz:<snippet id>; L:peek|pnext|pback:<id> keep the bookmark
TOPICS = "T:"  # T:home, T:c:<course>, T:m:<module id>
QUIZ = "Q:"  # Q:next:<module id>

MAIN_MENU = keyboard(
    [Button("📚 Learn", MENU + "learn"), Button("❓ Quiz me", MENU + "quiz")],
    [Button("🧮 Solve a problem", MENU + "solve"), Button("⚙️ Settings", MENU + "settings")],
)


def help_text() -> str:
    """/help (and "what can you do"): every command with one line each."""
    lines = ["<b>What I can do</b>"]
    for c in COMMANDS:
        usage = f" — e.g. <code>{escape(c.usage)}</code>" if c.usage else ""
        lines.append(f"/{c.name} — {escape(c.description)}{usage}")
    lines.append("")
    lines.append("Or just send a problem: " + ", ".join(EXAMPLES) + ".")
    lines.append("Ask a concept too: <i>what is an eigenvector?</i> or <i>why PCA?</i>")
    return "\n".join(lines)


WELCOME = (
    "👋 <b>Hi {name}! I am MML Tutor</b>, your pocket coach for "
    "<i>Mathematics for Machine Learning</i>.\n"
    "📚 Bite-sized lessons and quizzes: linear algebra, calculus, PCA.\n"
    "🧮 Send me a problem (<code>det [1 2; 3 4]</code>, <code>d/dx x² sin x</code>) "
    "and I will solve it step by step."
)

SOLVE_PROMPT = (
    "Send me the problem as a message, the way you would write it:\n"
    "• <code>det [1 2; 3 4]</code>\n"
    "• <code>eigenvalues of [[2,1],[1,2]]</code>\n"
    "• <code>d/dx x^2 sin x</code>\n"
    "• <code>hessian of x^2 + 3xy + y^2</code>"
)

EXAMPLES = (
    "<code>det [1 2; 3 4]</code>",
    "<code>d/dx x^2 sin x</code>",
    "<code>eigenvalues of [[2,1],[1,2]]</code>",
)

UNKNOWN_COMMAND = "I don't know /{name}. Try /help for the list of commands."
TOO_SLOW = (
    "⏳ That one took longer than {seconds:g} s, so I stopped. "
    "Try a smaller matrix or a simpler expression."
)
CRASHED = "😵 Something went wrong while I was working on that. Please try again."
GENERIC_ERROR = (
    "😵 Sorry, something went wrong on my side. I have told the team; please try again."
)

# ------------------------------------------------------------------ a tutor's manners
GREETING = "👋 Hi {name}! Send me a problem, ask about a concept, or pick one:"
THANKS = "😊 You're welcome! Ready for the next one?"
ACK = "👍 Great. What next?"
GOODBYE = "👋 Bye! Come back any time; /learn continues where you left off."
CONFUSED = (
    "🤔 Stuck? Send me a problem (<code>det [1 2; 3 4]</code>), ask a concept "
    "(<i>what is an eigenvector?</i>), or pick one:"
)
NOT_A_PROBLEM = (
    "🤔 I didn't find a problem or a topic I know in that. I can solve things like "
    "<code>det [1 2; 3 4]</code> or explain a concept (<i>what is an eigenvector?</i>)."
)
NO_LESSON = (
    "🔎 I have no lesson on that yet. Browse the topics, or send me a problem to solve, "
    "e.g. <code>det [1 2; 3 4]</code>."
)
CANT_DO = "🚧 I can't do {topic} yet. Here is what I can do:"
CAN_DO = (
    "• <b>Matrices</b>: determinant, inverse, eigenvalues, RREF, rank, systems\n"
    "• <b>Vectors</b>: dot product, angle, projection, Gram–Schmidt\n"
    "• <b>Calculus</b>: derivatives, gradient, Jacobian, Hessian, Taylor series, "
    "Newton's method, gradient descent\n"
    "• <b>Data</b>: mean, variance, covariance, PCA"
)
CANT_DO_LESSON = "The closest lesson I have is <b>{title}</b>."
WHY_HEAD = "💡 <b>Why? {title}</b>"
HOW_HEAD = "🛠 <b>How: {title}</b>"

# The problem behind "▶️ Try ..." buttons (stored per student, solved when pressed).
TRY_EXAMPLE = "det [1 2; 3 4]"
TRY_EXAMPLES = ("det [1 2; 3 4]", "d/dx x^2 sin x")
