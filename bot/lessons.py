"""/learn and /topics: bite-sized lessons in course order, and the concept search.

Where the student is (the current snippet) and which modules are done live in storage, so
/learn continues where they left off. A lesson opened from elsewhere (a related lesson, a search
answer: ``L:peek``) is shown without moving that bookmark. /topics edits one message as the
student browses.
"""

from __future__ import annotations

import logging
import re
from html import escape
from typing import TYPE_CHECKING

from content import COURSES, SnippetRef, search
from content.models import CONCEPT_LABEL_MAX, shorten
from content.search import Hit, excerpt

from . import jobs, mastery, texts
from .events import Button, ButtonPress, Event, Photo, Reply, Text, User, keyboard
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

PEEK_ACTIONS = ("peek", "pnext", "pback")
_LEARN_MENU = keyboard([Button("📚 Learn", f"{texts.MENU}learn"),
                        Button("📚 Topics", f"{texts.TOPICS}home")])

_QUESTION_WORDS = re.compile(
    r"^\s*(what|why|how|when|where|which|who|explain|define|definition|meaning|difference|"
    r"diff|tell me|kya|intuition|is|are|does|do|can|should)\b",
    re.IGNORECASE,
)
# "why ..." (and Hinglish "kyu/kyun"): the reason, from a lesson, not a definition.
_WHY = re.compile(r"^\W*why\b|\b(kyu|kyun|kyon|kyo|kyoon)\b|\bwhat\s+is\s+the\s+(point|use|"
                  r"purpose|need|reason)\b|\bwhy\s+(do|does|is|are)\b", re.IGNORECASE)
# "how do I find ..." (and Hinglish "kaise nikalte hai"): the method, from a lesson.
_HOW = re.compile(r"^\W*how\b|\b(kaise|kese|kaisey|nikale|nikalte|nikalna|nikaalte|steps?\s+"
                  r"(to|for)|method\s+(to|for|of))\b", re.IGNORECASE)
_METHOD = re.compile(r"\b(how to|finding|find|computing|compute|calculat\w*|method|steps?|"
                     r"rule|recipe)\b", re.IGNORECASE)


def _snippet_html(ref: SnippetRef) -> str:
    s = ref.snippet
    head = f"📘 <i>{escape(ref.module.title)} · {ref.index + 1}/{len(ref.module.snippets)}</i>"
    body = f"{head}\n<b>{escape(s.title)}</b>\n\n{s.text.strip()}"
    if s.why:
        body += f"\n\n💡 <i>{escape(s.why)}</i>"
    return body


def _snippet_buttons(ctx: Context, ref: SnippetRef, peek: bool = False) -> tuple:
    """Back / Next / See it / Quiz me / Topics. A peeked snippet (a related lesson, a search
    answer) keeps peeking and offers the way back to the student's own place."""
    back, nxt = ("pback", "pnext") if peek else ("back", "next")
    picture = []
    if ref.snippet.plot:  # the lesson's picture, drawn on demand; "see" keeps the lesson near
        picture.append(Button("📈 See it", f"{texts.LESSON}see:{ref.id}"))
    nav = []
    if ctx.curriculum.prev_snippet(ref.id) is not None:
        nav.append(Button("⬅️ Back", f"{texts.LESSON}{back}:{ref.id}"))
    if ctx.curriculum.next_snippet(ref.id) is not None:
        nav.append(Button("Next ➡️", f"{texts.LESSON}{nxt}:{ref.id}"))
    last = (Button("▶️ My lessons", f"{texts.MENU}learn") if peek
            else Button("📚 Topics", f"{texts.TOPICS}home"))
    return keyboard(
        nav,
        picture,
        [Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{ref.id}"), last],
    )


def picture_buttons(ctx: Context, user: User, snippet_id: str) -> tuple:
    """Under a lesson's picture ("See it"): go on with the lesson, or be quizzed on it. From a
    lesson the student only peeked at, "Next" keeps peeking (the /learn bookmark stays)."""
    if not ctx.curriculum.has_snippet(snippet_id):
        return _LEARN_MENU
    own = ctx.current_ref(user.id).id == snippet_id
    on = []
    if ctx.curriculum.next_snippet(snippet_id) is not None:
        on.append(Button("Next ➡️", f"{texts.LESSON}{'next' if own else 'pnext'}:{snippet_id}"))
    on.append(Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{snippet_id}"))
    last = Button("📚 Topics", f"{texts.TOPICS}home") if own else Button(
        "▶️ My lessons", f"{texts.MENU}learn")
    return keyboard(on, [last])


def lesson_plot(ctx: Context, snippet_id: str) -> str | None:
    """The solver input whose picture illustrates a snippet ("See it"), if it has one."""
    if not ctx.curriculum.has_snippet(snippet_id):
        return None
    return ctx.curriculum.snippet(snippet_id).snippet.plot or None


def _bookmark(ctx: Context, user: User, ref: SnippetRef | None
              ) -> tuple[SnippetRef, Text | None]:
    """On the database thread (one hop): the /learn bookmark moves to ``ref`` (None: the
    snippet the student is on) with its progress, and after a module's last snippet its worked
    example (whose button stores the problem)."""
    if ref is None:
        ref = ctx.current_ref(user.id)
    ctx.storage.set_current_snippet(user.id, ref.id)
    ctx.storage.record_progress(user.id, ref.module.id, ref.index, ref.is_last_in_module)
    return ref, _worked_example(ctx, user, ref) if ref.is_last_in_module else None


async def show_snippet(ctx: Context, user: User, ref: SnippetRef | None,
                       bookmark: bool = True) -> list[Reply]:
    """Send one snippet (as a photo with caption when it has a formula). With ``bookmark``
    (the /learn path; ``ref`` None: where the student is) record progress and the current
    snippet; without (a related lesson, a search answer, a look ahead) the student's place is
    kept."""
    worked = None
    if bookmark:
        ref, worked = await ctx.storage.run(_bookmark, ctx, user, ref)
    assert ref is not None
    html, buttons = _snippet_html(ref), _snippet_buttons(ctx, ref, peek=not bookmark)
    replies: list[Reply] = []
    if ref.snippet.formula:
        try:
            png = await ctx.pool.run(jobs.formula_job, ref.snippet.formula)
            replies.append(Photo(png, html, buttons, filename=f"{ref.id}.png"))
        except (WorkerTimeout, WorkerCrashed, MemoryError, ValueError):
            logger.exception("formula for %s did not render", ref.id)
    if not replies:
        replies.append(Text(html, buttons))
    if worked is not None:
        replies.append(worked)
    return replies


def _worked_example(ctx: Context, user: User, ref: SnippetRef) -> Text:
    ex = ref.module.worked_example
    pid = ctx.storage.remember_problem(user.id, ex.try_it)
    nxt = ctx.curriculum.next_snippet(ref.id)
    on = [Button("Next module ➡️", f"{texts.LESSON}go:{nxt.id}")] if nxt is not None else []
    return Text(
        f"✍️ <b>Worked example: {escape(ex.title)}</b>\n{ex.text.strip()}\n\n"
        f"Try it: <code>{escape(ex.try_it)}</code>",
        keyboard([Button("▶️ Solve it step by step", f"{texts.SOLUTION}op:{pid}")],
                 [Button("❓ Quiz me on this module", f"{texts.QUIZ}next:{ref.module.id}")],
                 on),
    )


async def learn(ctx: Context, event: Event) -> list[Reply]:
    """/learn: the snippet where the student left off (the first one for a newcomer)."""
    return await show_snippet(ctx, event.user, None)


async def lesson_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    cur = ctx.curriculum
    if not cur.has_snippet(snippet_id):
        return [Text("That lesson has moved. Send /learn to continue.", _LEARN_MENU)]
    ref = cur.snippet(snippet_id)
    if action == "next":
        nxt = cur.next_snippet(snippet_id)
        if nxt is None:
            return [Text("🎉 You have finished every lesson! A quiz keeps it fresh.",
                         keyboard([Button("❓ Quiz me", f"{texts.MENU}quiz"),
                                   Button("📚 Topics", f"{texts.TOPICS}home")]))]
        return await show_snippet(ctx, event.user, nxt)
    if action == "back":
        prev = cur.prev_snippet(snippet_id)
        return await show_snippet(ctx, event.user, prev or ref)
    if action == "go":
        return await show_snippet(ctx, event.user, ref)
    if action in PEEK_ACTIONS:  # a look at a lesson that keeps the /learn bookmark
        step = {"peek": ref, "pnext": cur.next_snippet(snippet_id),
                "pback": cur.prev_snippet(snippet_id)}[action]
        return await show_snippet(ctx, event.user, step or ref, bookmark=False)
    return [Text("That button has expired. Send /learn to continue.", _LEARN_MENU)]


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


def topics(ctx: Context, event: Event) -> list[Reply]:
    """/topics: browse courses and modules in one message."""
    view = _courses_view()
    return [Text(view.html, view.buttons, edit=isinstance(event, ButtonPress))]


def topics_button(ctx: Context, event: Event) -> list[Reply]:
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
def _peek(snippet_id: str) -> str:
    return f"{texts.LESSON}peek:{snippet_id}"


def _lesson_hit(hits: list[Hit]) -> Hit | None:
    """The best hit that links a lesson (a glossary term named in the question links the
    lesson that teaches it; a reason or a method lives in a lesson's text)."""
    return next((h for h in hits if h.snippet_id), None)


def _reason_or_method(ctx: Context, text: str, hits: list[Hit]) -> list[Reply] | None:
    """ "why ..." gets the lesson's reason, "how do I find ..." its method: the lesson's text
    and why line, not only a glossary definition."""
    why, how = bool(_WHY.search(text)), bool(_HOW.search(text))
    if not (why or how):
        return None
    hit = _lesson_hit(hits)
    if how and not why:  # a lesson that shows the method ("Finding the inverse")
        hit = next((h for h in hits if h.kind == "snippet" and _METHOD.search(h.title)), hit)
    if hit is None or not ctx.curriculum.has_snippet(hit.snippet_id):
        return None
    ref = ctx.curriculum.snippet(hit.snippet_id)
    s = ref.snippet
    top = hits[0]
    head = (texts.WHY_HEAD if why else texts.HOW_HEAD).format(title=escape(s.title))
    lead = ""
    if how and not why and top.kind == "glossary":  # the term's definition names the method
        head = texts.HOW_HEAD.format(title=escape(top.title))
        lead = f"{escape(top.text)}\n\n📖 <i>{escape(s.title)}</i>: "
    body = escape(excerpt(s.text, 320 if lead else 480))
    reason = f"\n\n💡 <i>{escape(s.why)}</i>" if s.why else ""
    html = f"{head}\n{lead}{body}{reason}"  # the lesson's reasoning, then why it matters
    rows = [[Button("📖 Read the lesson", _peek(ref.id)),
             Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{ref.id}")]]
    others = [h for h in hits if h.snippet_id and h.snippet_id != ref.id][:1]
    rows += [[Button(f"📖 {h.title}"[:40], _peek(h.snippet_id))] for h in others]
    return [Text(html, keyboard(*rows))]


def concept_answer(ctx: Context, user: User, text: str) -> list[Reply] | None:
    """Answer "what is an eigenvector", "why PCA?", "eigenvalue kaise nikalte hai" from the
    glossary and lessons; None if not a question. Lessons open without moving /learn."""
    looks_like_question = (bool(_QUESTION_WORDS.match(text)) or text.strip().endswith("?")
                           or bool(_WHY.search(text) or _HOW.search(text)))
    hits = search(text, limit=4)
    if not hits:
        if looks_like_question:
            return [Text(texts.NO_LESSON, _LEARN_MENU)]
        return None
    answered = _reason_or_method(ctx, text, hits)
    if answered is not None:
        return answered
    top = hits[0]
    html = f"🔎 <b>{escape(top.title)}</b>\n{escape(top.text)}"
    buttons = [Button(f"📖 {shorten(h.title, CONCEPT_LABEL_MAX)}" if i else "📖 Open the lesson",
                      _peek(h.snippet_id))
               for i, h in enumerate(hits[:2]) if h.snippet_id]
    if len(buttons) == 2 and buttons[0].data == buttons[1].data:
        buttons.pop()
    rows = [buttons]
    if top.snippet_id:
        rows.append([Button("❓ Quiz me on this", f"{texts.LESSON}quiz:{top.snippet_id}")])
    else:
        rows.append([Button("📚 Topics", f"{texts.TOPICS}home")])
    return [Text(html, keyboard(*rows))]


async def lesson_for_topic(ctx: Context, user: User, topic: str) -> list[Reply]:
    """The lesson for a solution's topic ("Related lesson"), shown at once and without moving
    the student's /learn bookmark."""
    hits = search(topic, limit=3)
    hit = _lesson_hit(hits)
    if hit is None or not ctx.curriculum.has_snippet(hit.snippet_id):
        return [Text("I have no lesson on that yet. Browse the topics.", _LEARN_MENU)]
    return await show_snippet(ctx, user, ctx.curriculum.snippet(hit.snippet_id), bookmark=False)
