"""Every command, callback prefix and fixed text in one place."""

from __future__ import annotations

from dataclasses import dataclass


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
MENU = "M:"  # main menu: M:learn, M:quiz, M:solve, M:settings
SOLUTION = "S:"  # S:<action>:<problem id>[:<kind> | :<reading key>]
ALSO_BUTTON = "➕ {what}"  # another task asked in the same message ("det and inverse")
OTHER_READING_BUTTON = "🔁 Read it as {other}"  # the other reading of an ambiguous spot
LESSON = "L:"  # L:next:<snippet id>, L:back:<snippet id>, L:quiz:<snippet id>, L:go:<id>
TOPICS = "T:"  # T:home, T:c:<course>, T:m:<module id>
QUIZ = "Q:"  # Q:next:<module id>

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
