"""/learn and /topics: bite-sized lessons in course order, and the concept search.

Where the student is (the current snippet) and which modules are done live in storage, so
/learn continues where they left off. /topics edits one message as the student browses.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from html import escape
from typing import TYPE_CHECKING

from content import COURSES, Curriculum, SnippetRef, load_curriculum, search
from content.models import CONCEPT_LABEL_MAX, shorten

from . import jobs, texts
from .events import Button, ButtonPress, Event, Photo, Reply, Text, User, keyboard
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .tutor import Tutor

logger = logging.getLogger(__name__)

_QUESTION_WORDS = re.compile(
    r"^\s*(what|why|how|when|where|which|who|explain|define|definition|meaning|difference|"
    r"diff|tell me|kya|intuition|is|are|does|do|can|should)\b",
    re.IGNORECASE,
)


@cache
def curriculum() -> Curriculum:
    return load_curriculum()


def _snippet_html(ref: SnippetRef) -> str:
    s = ref.snippet
    head = f"📘 <i>{escape(ref.module.title)} · {ref.index + 1}/{len(ref.module.snippets)}</i>"
    body = f"{head}\n<b>{escape(s.title)}</b>\n\n{s.text.strip()}"
    if s.why:
        body += f"\n\n💡 <i>{escape(s.why)}</i>"
    return body


def _snippet_buttons(tutor: Tutor, user: User, ref: SnippetRef) -> tuple:
    picture = []
    if ref.snippet.plot:  # the lesson's picture, drawn on demand like a solution's plot
        pid = tutor.storage.remember_problem(user.id, ref.snippet.plot)
        picture.append(Button("📈 See it", f"{texts.SOLUTION}plot:{pid}"))
    nav = []
    if curriculum().prev_snippet(ref.id) is not None:
        nav.append(Button("⬅️ Back", f"{texts.LESSON}back:{ref.id}"))
    if curriculum().next_snippet(ref.id) is not None:
        nav.append(Button("Next ➡️", f"{texts.LESSON}next:{ref.id}"))
    return keyboard(
        nav,
        picture,
        [Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{ref.id}"),
         Button("📚 Topics", f"{texts.TOPICS}home")],
    )


async def show_snippet(tutor: Tutor, user: User, ref: SnippetRef) -> list[Reply]:
    """Send one snippet (as a photo with caption when it has a formula) and record progress."""
    tutor.storage.set_current_snippet(user.id, ref.id)
    tutor.storage.record_progress(user.id, ref.module.id, ref.index, ref.is_last_in_module)
    html, buttons = _snippet_html(ref), _snippet_buttons(tutor, user, ref)
    replies: list[Reply] = []
    if ref.snippet.formula:
        try:
            png = await tutor.pool.run(jobs.formula_job, ref.snippet.formula)
            replies.append(Photo(png, html, buttons, filename=f"{ref.id}.png"))
        except (WorkerTimeout, WorkerCrashed, MemoryError, ValueError):
            logger.exception("formula for %s did not render", ref.id)
    if not replies:
        replies.append(Text(html, buttons))
    if ref.is_last_in_module:
        replies.append(_worked_example(tutor, user, ref))
    return replies


def _worked_example(tutor: Tutor, user: User, ref: SnippetRef) -> Text:
    ex = ref.module.worked_example
    pid = tutor.storage.remember_problem(user.id, ex.try_it)
    return Text(
        f"✍️ <b>Worked example: {escape(ex.title)}</b>\n{ex.text.strip()}\n\n"
        f"Try it: <code>{escape(ex.try_it)}</code>",
        keyboard([Button("▶️ Solve it step by step", f"{texts.SOLUTION}op:{pid}")],
                 [Button("❓ Quiz me on this module", f"{texts.QUIZ}next:{ref.module.id}")]),
    )


def current_ref(tutor: Tutor, user_id: int) -> SnippetRef:
    current = tutor.storage.current_snippet(user_id)
    if current and curriculum().has_snippet(current):
        return curriculum().snippet(current)
    return curriculum().first_snippet()


async def learn(tutor: Tutor, event: Event) -> list[Reply]:
    """/learn: the snippet where the student left off (the first one for a newcomer)."""
    return await show_snippet(tutor, event.user, current_ref(tutor, event.user.id))


async def lesson_button(tutor: Tutor, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    cur = curriculum()
    if not cur.has_snippet(snippet_id):
        return [Text("That lesson has moved. Send /learn to continue.")]
    ref = cur.snippet(snippet_id)
    if action == "next":
        nxt = cur.next_snippet(snippet_id)
        if nxt is None:
            return [Text("🎉 You have finished every lesson! Try /quiz to keep it fresh.")]
        return await show_snippet(tutor, event.user, nxt)
    if action == "back":
        prev = cur.prev_snippet(snippet_id)
        return await show_snippet(tutor, event.user, prev or ref)
    if action == "go":
        return await show_snippet(tutor, event.user, ref)
    if action == "quiz":
        from .quiz import ask_question

        return ask_question(tutor, event.user, ref.module.id)
    return [Text("That button has expired. Send /learn to continue.")]


# ------------------------------------------------------------------------- topics
def _courses_view() -> Text:
    rows = [[Button(f"{name}", f"{texts.TOPICS}c:{cid}")] for cid, name in COURSES.items()]
    return Text("📚 <b>Courses</b>\nPick a course to see its modules.", keyboard(*rows),
                edit=True)


def _course_view(tutor: Tutor, user_id: int, course: str) -> Text:
    done = tutor.storage.modules_done(user_id)
    rows = [
        [Button(f"{'✓ ' if m.id in done else ''}{m.label}",
                f"{texts.TOPICS}m:{m.id}")]
        for m in curriculum().course_modules(course)
    ]
    rows.append([Button("⬅️ Courses", f"{texts.TOPICS}home")])
    return Text(f"📚 <b>{escape(COURSES[course])}</b>\n✓ marks modules you have finished.",
                keyboard(*rows), edit=True)


def _module_view(tutor: Tutor, user_id: int, module_id: str) -> Text:
    m = curriculum().module(module_id)
    done = "✓ done\n" if module_id in tutor.storage.modules_done(user_id) else ""
    lessons = "\n".join(f"{i}. {escape(s.title)}" for i, s in enumerate(m.snippets, 1))
    return Text(
        f"<b>W{m.week} {escape(m.title)}</b>\n{done}{escape(m.summary)}\n\n{lessons}",
        keyboard(
            [Button("▶️ Start", f"{texts.LESSON}go:{m.snippets[0].id}"),
             Button("❓ Quiz", f"{texts.QUIZ}next:{m.id}")],
            [Button("⬅️ Modules", f"{texts.TOPICS}c:{m.course}")],
        ),
        edit=True,
    )


async def topics(tutor: Tutor, event: Event) -> list[Reply]:
    """/topics: browse courses and modules in one message."""
    view = _courses_view()
    return [Text(view.html, view.buttons, edit=isinstance(event, ButtonPress))]


async def topics_button(tutor: Tutor, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    rest = event.data.removeprefix(texts.TOPICS)
    if rest == "home":
        return [_courses_view()]
    kind, _, key = rest.partition(":")
    if kind == "c" and key in COURSES:
        return [_course_view(tutor, event.user.id, key)]
    if kind == "m":
        try:
            return [_module_view(tutor, event.user.id, key)]
        except KeyError:
            pass
    return [_courses_view()]


# ----------------------------------------------------------------- concept search
def concept_answer(text: str) -> list[Reply] | None:
    """Answer "what is an eigenvector" from the glossary and lessons; None if not a question."""
    looks_like_question = bool(_QUESTION_WORDS.match(text)) or text.strip().endswith("?")
    hits = search(text, limit=2)
    if not hits:
        if looks_like_question:
            return [Text("🔎 I have no lesson on that yet. Browse /topics, or send me a "
                         "problem to solve, e.g. " + texts.EXAMPLES[0] + ".")]
        return None
    top = hits[0]
    html = f"🔎 <b>{escape(top.title)}</b>\n{escape(top.text)}"
    buttons = [Button(f"📖 {shorten(h.title, CONCEPT_LABEL_MAX)}" if i else "📖 Open the lesson",
                      f"{texts.LESSON}go:{h.snippet_id}")
               for i, h in enumerate(hits) if h.snippet_id]
    if len(buttons) == 2 and buttons[0].data == buttons[1].data:
        buttons.pop()
    return [Text(html, keyboard(buttons))]


def lesson_for_topic(tutor: Tutor, user: User, topic: str) -> list[Reply]:
    """The lesson for a solution's topic ("Related lesson")."""
    hits = search(topic, limit=1)
    if not hits or not hits[0].snippet_id:
        return [Text("I have no lesson on that yet. Browse /topics.")]
    return [Text(f"📖 Open <b>{escape(hits[0].title)}</b>:", keyboard(
        [Button("▶️ Open", f"{texts.LESSON}go:{hits[0].snippet_id}")]))]
