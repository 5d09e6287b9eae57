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
    CommandInfo("quiz", "A multiple-choice quiz on what you are learning", "/quiz eigenvalues"),
    CommandInfo("practice", "A question to work out and type the answer", "/practice la-w3"),
    CommandInfo("review", "Questions due again (spaced repetition)"),
    CommandInfo("progress", "Your mastery, streak and last two weeks"),
    CommandInfo("interview", "Interview questions as flashcards"),
    CommandInfo("solve", "Solve a problem step by step", "/solve det [1 2; 3 4]"),
    CommandInfo("plot", "Draw a function, a matrix or data", "/plot x^2 - 2x"),
    CommandInfo("settings", "Daily question: on/off, time, time zone, course",
                "/settings time 9pm"),
    CommandInfo("daily", "Turn the daily question off, or set its time", "/daily 07:30"),
    CommandInfo("privacy", "What I store about you, and why"),
    CommandInfo("mydata", "Download everything I store about you"),
    CommandInfo("forget", "Delete everything I store about you"),
    CommandInfo("help", "What I can do and how to ask"),
)

# For ADMIN_USER_IDS only: in admins' command menus (BotCommandScopeChat), never in /help.
ADMIN_COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("stats", "Users, pushes, answers, accuracy, solver use today"),
    CommandInfo("broadcast", "Send a message to every active student", "/broadcast text"),
)

# Callback data prefixes (callback data is at most 64 bytes).
MENU = "M:"  # main menu: M:learn, M:quiz, M:solve, M:settings, M:help
SOLUTION = "S:"  # S:<action>:<problem id>[:<kind> | :<reading key>]
ALSO_BUTTON = "➕ {what}"  # another task asked in the same message ("det and inverse")
OTHER_READING_BUTTON = "🔁 Read it as {other}"  # the other reading of an ambiguous spot
CHOICE_BUTTON = "👉 {reading}"  # one reading a question back offers ("1/2x": 1/(2x))
READ_BEFORE_ERROR = "(I read: {taken}.)"  # the reading taken when that led to an error
LESSON = "L:"  # L:next|back|go|quiz:<snippet id>; L:peek|pnext|pback:<id> keep the bookmark
TOPICS = "T:"  # T:home, T:c:<course>, T:m:<module id>
PRIVACY_PREFIX = "D:"  # your data: D:mydata, D:forget, D:forget-yes, D:forget-no
QUIZ = "Q:"  # Q:next:<module id>, Q:opt:<ask id>:<option>, Q:explain:<ask id>
PRACTICE = "P:"  # P:next:<module id>, P:hint|skip|sol:<ask id>
INTERVIEW = "I:"  # I:next:<module id>, I:show:<ask id>, I:rate:<ask id>:<1-4>
REVIEW = "R:"  # R:next
PREFS = "C:"  # settings: C:push:on|off, C:time:<HHMM>|menu, C:tz:<i>|menu, C:course:|C:rem:
BROADCAST = "B:"  # B:ok:<broadcast id>, B:no:<broadcast id> (admins only)

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
SLOW_DOWN = (
    "⏳ One moment: I am still working on your earlier messages. "
    "Send the next problem when those answers arrive."
)
BUSY = "⏳ Lots of students are asking right now. Please send that again in a minute."
BUTTON_EXPIRED = "That button has expired. Here is the menu."

PRIVACY = (
    "🔒 <b>What I store, and why</b>\n"
    "• Your Telegram id, name and language: to talk to you.\n"
    "• Your time zone and quiz time: for the daily quiz.\n"
    "• Where you are in the lessons, your quiz answers and review schedule: to teach you.\n"
    "• The problems you send: only so the buttons under an answer work, deleted after "
    "{days} days.\n"
    "Nothing is shared or sold. /mydata sends you all of it; /forget deletes all of it."
)
MYDATA_CAPTION = "📦 Everything I store about you ({rows} records), as JSON."
FORGET_CONFIRM = (
    "🗑 Delete everything I store about you: progress, answers, review schedule, problems, "
    "settings? This cannot be undone."
)
FORGOTTEN = "✅ Done: everything I stored about you is deleted. Send /start to begin again."
FORGET_KEPT = "👍 Nothing was deleted."
INTERRUPTED = (
    "🔄 Sorry: I restarted while I was working on your last message, so it got no answer. "
    "Please send it again."
)
SOLVER_GAVE_UP = (
    "I could not finish that one: it ran into one of my limits ({kind}). "
    "Try smaller numbers or a simpler expression."
)
TOO_LONG = (
    "📄 That answer is too long for one message, so the whole working is in the file below. "
    "It starts:\n<pre>{head}</pre>"
)

# ------------------------------------------------------------------ practice (issue 11)
TOPIC_UNKNOWN = ("I don't know the topic <i>{topic}</i>. Try a module like <code>la-w3</code> "
                 "or a topic like <code>eigenvalues</code>; /topics lists them all.")
PREVIEW = "👀 A preview: this one is from <b>{title}</b>, a lesson you have not opened yet."
NO_CHOICE = "I have no multiple-choice questions there yet. Try /practice for one to work out."
QUIZ_RIGHT = "✅ Correct! {explanation}"
QUIZ_WRONG = "❌ Not quite. The answer is <b>{answer}</b>.\n{explanation}"
QUIZ_GONE = ("That question is no longer in the bank, so it does not count. "
             "Send /quiz for a new one.")
POLL_UNKNOWN = "I have lost track of that quiz. Send /quiz for a new one."
OPTION_UNKNOWN = "That option is not in the question. Send /quiz for a new one."
ALREADY_COUNTED = "You answered this one already; your first answer is the one that counts."
QUIZ_STILL_OPEN = "You still have a quiz open:"
CHOICE_FALLBACK = "❓ <b>{question}</b>\n\n{options}\n\nTap the number of your answer."
NEXT_QUESTION = "➡️ Next question"
EXPLAIN = "📖 Explain"
BACK_TO_LESSON = "⬅️ Back to the lesson"
WORKED_SOLUTION = "📖 <b>Worked solution</b>"
NO_WORKING = "💡 {explanation}\n\n📖 It comes from the lesson <b>{title}</b>."

PRACTICE_ASK = ("✏️ <b>{question}</b>\n\nType your answer ({form}). Stuck? Send <i>hint</i>, "
                "<i>skip</i> or <i>I don't know</i>.")
FORM_MATRIX = "a matrix like <code>[[1, 2], [3, 4]]</code>"
FORM_EXPRESSION = "an expression like <code>2x + 3</code>"
FORM_NUMBER = "a number, or a list like <code>1, 3</code>"
PRACTICE_RIGHT = "✅ Correct!{read_as} {explanation}"
PRACTICE_WRONG = "❌ Not quite.{read_as}\n💡 {hint}\n\nTry again, or tap <i>Show solution</i>."
READ_AS = " I read your answer as <code>{read_as}</code>."
GENERIC_HINT = "Look again at the lesson <b>{title}</b>: {first}"
HINT = "💡 Hint: {hint}"
METHOD_HINT = "🧭 Start with: <i>{method}</i>"
SKIPPED = "⏭ Skipped. I will bring that one back another time. Here is a different one:"
SOLUTION_HEADER = "📖 The answer is <code>{answer}</code>.\n{explanation}"
NOT_CHECKED = "⏳ I could not check that answer in time. Try again, or send <i>skip</i>."
PRACTICE_GONE = "That question is no longer in the bank. Send /practice for a new one."
NO_PRACTICE = "I have no questions to work out there yet. Try /quiz instead."
BUTTON_HINT = "💡 Hint"
BUTTON_SKIP = "⏭ Skip"
BUTTON_SOLUTION = "📖 Show solution"
BUTTON_PRACTISE = "✏️ Practise more"
EXPIRED = "That button has expired. Send /practice for a new question."

REVIEW_HEADER = "🔁 <b>Review</b>: {count} due. This one first:"
REVIEW_NONE = "🎉 Nothing is due for review right now.{next}"
REVIEW_NEXT = " The next one is due {when}."
REVIEW_EMPTY = " Answer a few /quiz or /practice questions and I will bring them back on time."

INTERVIEW_FRONT = "🎤 <b>Interview question</b>\n{question}\n\nThink of your answer, then tap."
INTERVIEW_BACK = "🎤 <b>{question}</b>\n\n{answer}\n\nHow well did you know it?"
INTERVIEW_RATED = "Noted. I will ask it again {when}."
INTERVIEW_GONE = "That card is no longer in the deck. Send /interview for another."
INTERVIEW_NONE = "There are no interview cards there yet. Try /interview la-w3."
SHOW_ANSWER = "👀 Show answer"
RATING_LABELS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
NEXT_CARD = "➡️ Next card"

PROGRESS = ("📈 <b>Your progress</b>\n🔥 Streak: {streak} day{s}\n"
            "📝 This week: {week} question{ws}, {accuracy}\n"
            "{weakest}")
PROGRESS_ACCURACY = "{percent}% right"
PROGRESS_NO_ACCURACY = "no answers yet"
PROGRESS_WEAKEST = "💪 To work on: <b>{module}</b> ({level})"
PROGRESS_START = "💪 Start with <b>{module}</b>: try /quiz or /practice."
PRACTISE_MODULE = "💪 Practise {module}"
MASTERY_MARKS = ("", "◔ ", "◑ ", "◕ ", "★ ")  # before a module's name in /topics
MASTERY_NAMES = ("not started", "attempted", "familiar", "proficient", "mastered")
MASTERY_LEGEND = "◔ attempted · ◑ familiar · ◕ proficient · ★ mastered"

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
