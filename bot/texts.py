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
    CommandInfo("settings", "Daily question: on/off, time, time zone, course",
                "/settings time 9pm"),
    CommandInfo("daily", "Turn the daily question off, or set its time", "/daily 07:30"),
    CommandInfo("help", "What I can do and how to ask"),
)

# For ADMIN_USER_IDS only: in admins' command menus (BotCommandScopeChat), never in /help.
ADMIN_COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("stats", "Users, pushes, answers, accuracy, solver use today"),
    CommandInfo("broadcast", "Send a message to every active student", "/broadcast text"),
)

# Callback data prefixes (callback data is at most 64 bytes).
MENU = "M:"  # main menu: M:learn, M:quiz, M:solve, M:settings
SOLUTION = "S:"  # S:<action>:<problem id>[:<kind>]
LESSON = "L:"  # L:next:<snippet id>, L:back:<snippet id>, L:quiz:<snippet id>, L:go:<id>
TOPICS = "T:"  # T:home, T:c:<course>, T:m:<module id>
QUIZ = "Q:"  # Q:next:<module id>
PREFS = "P:"  # P:push:on|off, P:time:<HHMM>|menu, P:tz:<index>|menu, P:course:<id>|menu, P:rem:
BROADCAST = "B:"  # B:ok:<broadcast id>, B:no:<broadcast id> (admins only)

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

# ---- daily push
STREAK_LINE = "🔥 {days}-day streak · today's question"
STREAK_START = "🌱 Today's question: answer it to start a streak"
STREAK_AT_RISK = (
    "⏳ Your 🔥 <b>{days}-day streak</b> ends at midnight. One question keeps it going!"
)
QUIZ_ME = "❓ Quiz me"
DAILY_INTRO = (
    "🔔 A daily question comes at <b>{time}</b> ({zone}). "
    "Change it in ⚙️ Settings, or send <code>/daily off</code>."
)
SETTINGS_USAGE = (
    "Type it too: <code>/daily 7:30 am</code>, <code>/daily off</code>, "
    "<code>/settings tz +5:30</code>, <code>/settings course calc</code>"
)
BAD_TIME = ("🤔 <code>{text}</code> is not a time I can read. Try <code>19:30</code>, "
            "<code>7pm</code> or <code>7:30 am</code>.")
BAD_ZONE = ("🤔 I don't know the time zone <code>{text}</code>. Try <code>IST</code>, "
            "<code>+5:30</code> or a name like <code>Asia/Kolkata</code>.")
