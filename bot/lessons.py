"""/learn and /topics: bite-sized lessons in course order, and the concept search.

Where the student is (the current snippet) and which modules are done live in storage, so
/learn continues where they left off. /topics edits one message as the student browses.
"""

from __future__ import annotations

import logging
import re
from html import escape
from typing import TYPE_CHECKING

from content import COURSES, SnippetRef, search
from content.models import CONCEPT_LABEL_MAX, shorten

from . import jobs, mastery, texts
from .events import Button, ButtonPress, Event, Photo, Reply, Text, User, keyboard
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

_QUESTION_WORDS = re.compile(
    r"^\s*(what|why|how|when|where|which|who|explain|define|definition|meaning|difference|"
    r"diff|tell me|kya|intuition|is|are|does|do|can|should)\b",
    re.IGNORECASE,
)


def _snippet_html(ref: SnippetRef) -> str:
    s = ref.snippet
    head = f"📘 <i>{escape(ref.module.title)} · {ref.index + 1}/{len(ref.module.snippets)}</i>"
    body = f"{head}\n<b>{escape(s.title)}</b>\n\n{s.text.strip()}"
    if s.why:
        body += f"\n\n💡 <i>{escape(s.why)}</i>"
    return body


def _snippet_buttons(ctx: Context, user: User, ref: SnippetRef) -> tuple:
    picture = []
    if ref.snippet.plot:  # the lesson's picture, drawn on demand like a solution's plot
        pid = ctx.storage.remember_problem(user.id, ref.snippet.plot)
        picture.append(Button("📈 See it", f"{texts.SOLUTION}plot:{pid}"))
    nav = []
    if ctx.curriculum.prev_snippet(ref.id) is not None:
        nav.append(Button("⬅️ Back", f"{texts.LESSON}back:{ref.id}"))
    if ctx.curriculum.next_snippet(ref.id) is not None:
        nav.append(Button("Next ➡️", f"{texts.LESSON}next:{ref.id}"))
    return keyboard(
        nav,
        picture,
        [Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{ref.id}"),
         Button("📚 Topics", f"{texts.TOPICS}home")],
    )


async def show_snippet(ctx: Context, user: User, ref: SnippetRef) -> list[Reply]:
    """Send one snippet (as a photo with caption when it has a formula) and record progress."""
    ctx.storage.set_current_snippet(user.id, ref.id)
    ctx.storage.record_progress(user.id, ref.module.id, ref.index, ref.is_last_in_module)
    html, buttons = _snippet_html(ref), _snippet_buttons(ctx, user, ref)
    replies: list[Reply] = []
    if ref.snippet.formula:
        try:
            png = await ctx.pool.run(jobs.formula_job, ref.snippet.formula)
            replies.append(Photo(png, html, buttons, filename=f"{ref.id}.png"))
        except (WorkerTimeout, WorkerCrashed, MemoryError, ValueError):
            logger.exception("formula for %s did not render", ref.id)
    if not replies:
        replies.append(Text(html, buttons))
    if ref.is_last_in_module:
        replies.append(_worked_example(ctx, user, ref))
    return replies


def _worked_example(ctx: Context, user: User, ref: SnippetRef) -> Text:
    ex = ref.module.worked_example
    pid = ctx.storage.remember_problem(user.id, ex.try_it)
    return Text(
        f"✍️ <b>Worked example: {escape(ex.title)}</b>\n{ex.text.strip()}\n\n"
        f"Try it: <code>{escape(ex.try_it)}</code>",
        keyboard([Button("▶️ Solve it step by step", f"{texts.SOLUTION}op:{pid}")],
                 [Button("❓ Quiz me on this module", f"{texts.QUIZ}next:{ref.module.id}")]),
    )


async def learn(ctx: Context, event: Event) -> list[Reply]:
    """/learn: the snippet where the student left off (the first one for a newcomer)."""
    return await show_snippet(ctx, event.user, ctx.current_ref(event.user.id))


async def lesson_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    cur = ctx.curriculum
    if not cur.has_snippet(snippet_id):
        return [Text("That lesson has moved. Send /learn to continue.")]
    ref = cur.snippet(snippet_id)
    if action == "next":
        nxt = cur.next_snippet(snippet_id)
        if nxt is None:
            return [Text("🎉 You have finished every lesson! Try /quiz to keep it fresh.")]
        return await show_snippet(ctx, event.user, nxt)
    if action == "back":
        prev = cur.prev_snippet(snippet_id)
        return await show_snippet(ctx, event.user, prev or ref)
    if action == "go":
        return await show_snippet(ctx, event.user, ref)
    return [Text("That button has expired. Send /learn to continue.")]


# ------------------------------------------------------------------------- topics
def _courses_view() -> Text:
    rows = [[Button(f"{name}", f"{texts.TOPICS}c:{cid}")] for cid, name in COURSES.items()]
    return Text("📚 <b>Courses</b>\nPick a course to see its modules.", keyboard(*rows),
                edit=True)


def _course_view(ctx: Context, user_id: int, course: str) -> Text:
    done = ctx.storage.modules_done(user_id)
    standing = mastery.standings(ctx.curriculum, mastery.results(ctx.storage.attempts(user_id)))
    rows = [
        [Button(f"{'✓ ' if m.id in done else ''}{texts.MASTERY_MARKS[standing[m.id].level]}"
                f"{m.label}", f"{texts.TOPICS}m:{m.id}")]
        for m in ctx.curriculum.course_modules(course)
    ]
    rows.append([Button("⬅️ Courses", f"{texts.TOPICS}home")])
    return Text(f"📚 <b>{escape(COURSES[course])}</b>\n✓ marks modules you have finished. "
                f"Mastery: {texts.MASTERY_LEGEND}.", keyboard(*rows), edit=True)


def _module_view(ctx: Context, user_id: int, module_id: str) -> Text:
    m = ctx.curriculum.module(module_id)
    done = "✓ done\n" if module_id in ctx.storage.modules_done(user_id) else ""
    standing = mastery.standings(ctx.curriculum,
                                 mastery.results(ctx.storage.attempts(user_id)))[module_id]
    done += f"Mastery: {texts.MASTERY_NAMES[standing.level]}\n"
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


async def topics(ctx: Context, event: Event) -> list[Reply]:
    """/topics: browse courses and modules in one message."""
    view = _courses_view()
    return [Text(view.html, view.buttons, edit=isinstance(event, ButtonPress))]


async def topics_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    rest = event.data.removeprefix(texts.TOPICS)
    if rest == "home":
        return [_courses_view()]
    kind, _, key = rest.partition(":")
    if kind == "c" and key in COURSES:
        return [_course_view(ctx, event.user.id, key)]
    if kind == "m":
        try:
            return [_module_view(ctx, event.user.id, key)]
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


def lesson_for_topic(ctx: Context, user: User, topic: str) -> list[Reply]:
    """The lesson for a solution's topic ("Related lesson")."""
    hits = search(topic, limit=1)
    if not hits or not hits[0].snippet_id:
        return [Text("I have no lesson on that yet. Browse /topics.")]
    return [Text(f"📖 Open <b>{escape(hits[0].title)}</b>:", keyboard(
        [Button("▶️ Open", f"{texts.LESSON}go:{hits[0].snippet_id}")]))]
