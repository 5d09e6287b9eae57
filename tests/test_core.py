"""The tutor core: plain events in, plain replies out, no network."""

from __future__ import annotations

from bot.events import (
    Button,
    ButtonPress,
    Command,
    Photo,
    Quiz,
    QuizAnswer,
    Text,
    TextMessage,
    Typing,
    User,
)
from bot.tutor import Tutor
from content import load_curriculum as curriculum

ASHA = User(11, "Asha", "en")


def only_text(replies) -> Text:
    shown = [r for r in replies if not isinstance(r, Typing)]
    assert shown and isinstance(shown[0], Text), shown
    return shown[0]


def buttons(reply) -> list[Button]:
    return [b for row in reply.buttons for b in row]


async def test_start_welcomes_with_the_four_paths(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(Command(ASHA, "start")))
    assert "Asha" in reply.html and reply.html.count("\n") <= 3
    assert [b.data for b in buttons(reply)] == ["M:learn", "M:quiz", "M:solve", "M:settings"]
    await tutor.handle(Command(ASHA, "start"))
    assert tutor.storage.count_users() == 1


async def test_names_are_escaped(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(Command(User(12, "<b>x</b> & co"), "start")))
    assert "&lt;b&gt;x&lt;/b&gt; &amp; co" in reply.html


async def test_unknown_command_and_stale_button_get_a_hint(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(Command(ASHA, "frobnicate")))
    assert "/frobnicate" in reply.html and "/help" in reply.html
    reply = only_text(await tutor.handle(ButtonPress(ASHA, "Z:nothing")))
    assert "expired" in reply.html


async def test_settings_change_and_reject(tutor: Tutor) -> None:
    only_text(await tutor.handle(Command(ASHA, "settings", "time 6:05")))
    assert tutor.storage.user(ASHA.id).push_time == "06:05"
    reply = only_text(await tutor.handle(Command(ASHA, "settings", "tz Mars/Base")))
    assert "don't know the time zone" in reply.html
    assert tutor.storage.user(ASHA.id).timezone == "Asia/Kolkata"


async def test_empty_text_gets_examples(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "   ")))
    assert "det [1 2; 3 4]" in reply.html


# ------------------------------------------------------------------------ lessons
def _snippet_reply(replies) -> Text | Photo:
    first = replies[0]
    assert isinstance(first, Text | Photo)
    return first


def _html(reply: Text | Photo) -> str:
    return reply.html if isinstance(reply, Text) else reply.caption


async def test_learn_walks_the_course_and_remembers(tutor: Tutor) -> None:
    cur = curriculum()
    first = cur.first_snippet()
    reply = _snippet_reply(await tutor.handle(Command(ASHA, "learn")))
    assert first.snippet.title in _html(reply)
    nxt = next(b for b in buttons(reply) if b.label.startswith("Next"))
    reply = _snippet_reply(await tutor.handle(ButtonPress(ASHA, nxt.data)))
    second = cur.next_snippet(first.id)
    assert second is not None and second.snippet.title in _html(reply)
    # /learn continues where the student left off
    reply = _snippet_reply(await tutor.handle(Command(ASHA, "learn")))
    assert second.snippet.title in _html(reply)
    back = next(b for b in buttons(reply) if "Back" in b.label)
    reply = _snippet_reply(await tutor.handle(ButtonPress(ASHA, back.data)))
    assert first.snippet.title in _html(reply)


async def test_finishing_a_module_marks_it_done_and_offers_the_worked_example(
    tutor: Tutor,
) -> None:
    module = curriculum().modules[0]
    last = module.snippets[-1]
    replies = await tutor.handle(ButtonPress(ASHA, f"L:go:{last.id}"))
    assert module.id in tutor.storage.modules_done(ASHA.id)
    example = replies[-1]
    assert isinstance(example, Text) and "Worked example" in example.html
    solve_it = buttons(example)[0]
    assert solve_it.data.startswith("S:op:")
    topics = only_text(await tutor.handle(ButtonPress(ASHA, f"T:c:{module.course}")))
    assert topics.edit
    assert any(b.label.startswith("✓") and b.data == f"T:m:{module.id}"
               for b in buttons(topics))


async def test_topics_browse_by_editing_one_message(tutor: Tutor) -> None:
    home = only_text(await tutor.handle(Command(ASHA, "topics")))
    assert [b.data for b in buttons(home)] == ["T:c:la", "T:c:calc", "T:c:pca"]
    course = only_text(await tutor.handle(ButtonPress(ASHA, "T:c:pca")))
    assert course.edit and len([b for b in buttons(course) if b.data.startswith("T:m:")]) == 4
    module = only_text(await tutor.handle(ButtonPress(ASHA, "T:m:pca-w2")))
    assert module.edit and curriculum().module("pca-w2").title in module.html
    start = next(b for b in buttons(module) if "Start" in b.label)
    reply = _snippet_reply(await tutor.handle(ButtonPress(ASHA, start.data)))
    assert curriculum().module("pca-w2").snippets[0].title in _html(reply)


# ------------------------------------------------------------------------- quizzes
def _quiz(replies) -> Quiz:
    quiz = next((r for r in replies if isinstance(r, Quiz)), None)
    assert quiz is not None, replies
    return quiz


async def test_quiz_poll_answer_recorded_right_and_wrong(tutor: Tutor) -> None:
    module = curriculum().modules[0]
    quiz = _quiz(await tutor.handle(Command(ASHA, "quiz", module.id)))
    tutor.poll_sent(quiz.ask_id, "p1")
    ask = tutor.storage.ask(quiz.ask_id)
    q = curriculum().question(ask.question_id)
    assert q.type == "choice" and sorted(quiz.options) == sorted(q.options)
    assert quiz.options[quiz.correct] == q.options[q.correct]  # shuffled, still right
    right = only_text(await tutor.handle(QuizAnswer(ASHA, "p1", quiz.correct)))
    assert right.html.startswith("✅")
    labels = [b.label for b in buttons(right)]
    assert any("Next" in lb for lb in labels) and any("Explain" in lb for lb in labels)
    assert any("Back to the lesson" in lb for lb in labels)

    quiz2 = _quiz(await tutor.handle(ButtonPress(ASHA, f"Q:next:{module.id}")))
    assert tutor.storage.ask(quiz2.ask_id).question_id != q.id  # not the same one straight back
    tutor.poll_sent(quiz2.ask_id, "p2")
    wrong = only_text(await tutor.handle(QuizAnswer(ASHA, "p2", (quiz2.correct + 1) % 2)))
    assert wrong.html.startswith("❌") and "Next question" in buttons(wrong)[0].label
    q2 = tutor.storage.ask(quiz2.ask_id).question_id
    assert {a.question_id: a.correct for a in tutor.storage.attempts(ASHA.id)} == {
        q.id: True, q2: False}


async def test_quiz_topic_argument_and_unknown_topic(tutor: Tutor) -> None:
    quiz = _quiz(await tutor.handle(Command(ASHA, "quiz", "determinant")))
    ask = tutor.storage.ask(quiz.ask_id)
    assert curriculum().question(ask.question_id).topic == "determinant"
    reply = only_text(await tutor.handle(Command(ASHA, "quiz", "basket weaving")))
    assert "don't know the topic" in reply.html


async def test_explain_gives_the_worked_solution(tutor: Tutor) -> None:
    from bot.questions import solve_text

    q = next(q for m in curriculum().modules for q in m.questions
             if q.type == "choice" and "det" in solve_text(q))
    module = curriculum().question_module(q.id)
    from bot.quiz import ask_choice

    tutor.remember(ASHA)
    quiz = _quiz(ask_choice(tutor.ctx, ASHA, module, question=q))
    replies = await tutor.handle(ButtonPress(ASHA, f"Q:explain:{quiz.ask_id}"))
    shown = "\n".join(r.html for r in replies if isinstance(r, Text))
    assert "Worked solution" in shown and "Answer" in shown


async def test_long_choice_question_falls_back_to_buttons(tutor: Tutor) -> None:
    from bot.quiz import fits_poll

    assert fits_poll("q?", ["a", "b"], "")
    assert not fits_poll("q" * 301, ["a", "b"], "")
    assert not fits_poll("q?", ["a" * 101, "b"], "")
    assert not fits_poll("q?", ["a", "b"], "e" * 201)


# ------------------------------------------------------------------ concept search
async def test_concept_question_is_answered_from_the_lessons(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "what is an eigenvector?")))
    assert "eigenvector" in reply.html.lower()
    go = buttons(reply)[0]  # a look at the lesson: the /learn bookmark stays (test_manners)
    assert go.data.startswith("L:peek:") and curriculum().has_snippet(go.data[7:])


# ------------------------------------------------------------------------- solving
async def test_problem_gets_a_verified_solution_with_buttons(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "sir pls find det [1 2; 3 4] ??")))
    assert "−2" in reply.html and "determinant" in reply.html
    assert len(reply.html) <= 4096
    labels = {b.label for b in buttons(reply)}
    assert "🔍 More detail" in labels and "📖 Related lesson" in labels
    more = next(b for b in buttons(reply) if "More detail" in b.label)
    pages = await tutor.handle(ButtonPress(ASHA, more.data))
    assert pages and all(isinstance(p, Text) and len(p.html) <= 4096 for p in pages)
    lesson = next(b for b in buttons(reply) if "Related lesson" in b.label)
    opened = _snippet_reply(await tutor.handle(ButtonPress(ASHA, lesson.data)))
    assert "determinant" in _html(opened).lower()  # the lesson itself, shown at once
    assert "M:learn" in [b.data for b in buttons(opened)]  # and the way back to /learn


async def test_bare_matrix_offers_operations_and_a_button_solves(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "[[2, 1], [1, 2]]")))
    assert "What should I do with it?" in reply.html
    offers = {b.label: b for b in buttons(reply)}
    assert {"Determinant", "Inverse", "Eigen", "RREF"} <= offers.keys()
    solved = only_text(await tutor.handle(ButtonPress(ASHA, offers["Determinant"].data)))
    assert "<b>Answer:</b> <code>3</code>" in solved.html


async def test_someone_elses_problem_button_reveals_nothing(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "det [1 2; 3 4]")))
    more = next(b for b in buttons(reply) if "More detail" in b.label)
    other = only_text(await tutor.handle(ButtonPress(User(99, "Mallory"), more.data)))
    assert "no longer have that problem" in other.html


async def test_unreadable_input_gets_a_specific_friendly_reply(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "__import__('os').system('ls')")))
    assert reply.html.startswith("🤔") and "Examples:" in reply.html
    assert "Traceback" not in reply.html


async def test_plot_command_sends_a_png(tutor: Tutor) -> None:
    replies = await tutor.handle(Command(ASHA, "plot", "x^2 - 2x"))
    photo = next(r for r in replies if isinstance(r, Photo))
    assert photo.png.startswith(b"\x89PNG") and len(photo.png) < 200_000
    assert 0 < len(photo.caption) <= 1024


async def test_derivative_solution_offers_a_plot(tutor: Tutor) -> None:
    reply = only_text(await tutor.handle(TextMessage(ASHA, "d/dx x² sin x")))
    plot = next(b for b in buttons(reply) if "Plot" in b.label)
    photo = (await tutor.handle(ButtonPress(ASHA, plot.data)))[-1]
    assert isinstance(photo, Photo) and photo.png.startswith(b"\x89PNG")


async def test_a_lesson_picture_is_drawn_on_demand(tutor: Tutor) -> None:
    ref = next(r for r in curriculum().snippets() if r.snippet.plot)
    reply = _snippet_reply(await tutor.handle(ButtonPress(ASHA, f"L:go:{ref.id}")))
    see = next(b for b in buttons(reply) if "See it" in b.label)
    photo = (await tutor.handle(ButtonPress(ASHA, see.data)))[-1]
    assert isinstance(photo, Photo) and photo.png.startswith(b"\x89PNG")


def test_options_are_shuffled_per_student_and_stable() -> None:
    from bot.quiz import option_order

    q = next(q for m in curriculum().modules for q in m.questions
             if q.type == "choice" and len(q.options) >= 4)
    orders = {tuple(option_order(uid, q)) for uid in range(40)}
    assert len(orders) > 5  # students see different orders
    assert option_order(7, q) == option_order(7, q)  # the same student, the same order
    firsts = {option_order(uid, q).index(q.correct) for uid in range(40)}
    assert len(firsts) > 1  # the right answer is not always in one place


def test_feature_modules_never_import_each_other() -> None:
    """Features take the Context; a flow that crosses features is wired in the router."""
    import ast
    from pathlib import Path

    features = {"start", "lessons", "quiz", "solving", "preferences", "practice", "progress",
                "interview", "chat", "privacy"}
    root = Path(__file__).resolve().parents[1] / "bot"
    found = []
    for name in sorted(features):
        tree = ast.parse((root / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                mods = [node.module] if node.module else [a.name for a in node.names]
                found += [f"{name} imports {m}" for m in mods if m in features]
    assert not found, found


async def test_clock_is_injectable(settings, storage, pool) -> None:
    from datetime import UTC, datetime

    from bot.context import ManualClock

    clock = ManualClock(datetime(2030, 3, 1, 8, 0, tzinfo=UTC))
    tutor = Tutor(settings, storage, pool, clock=clock)
    await tutor.handle(Command(ASHA, "start"))
    assert storage.user(ASHA.id).created_at.startswith("2030-03-01T08:00")
    clock.advance(days=2)
    await tutor.handle(Command(ASHA, "help"))
    assert storage.user(ASHA.id).last_seen.startswith("2030-03-03T08:00")
