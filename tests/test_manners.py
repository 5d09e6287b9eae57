"""A tutor's manners: small talk, help, "why" and Hinglish questions, what I cannot do, and
navigation that never dead-ends (the terminal chat core; buttons through the fake Bot API)."""

from __future__ import annotations

import pytest

from bot import chat, texts
from bot.events import ButtonPress, Command, Photo, Text, TextMessage, Typing, User
from bot.tutor import Tutor
from content import load_curriculum

RAVI = User(21, "Ravi", "en")


def shown(replies) -> list[Text | Photo]:
    return [r for r in replies if not isinstance(r, Typing)]


def first(replies) -> Text | Photo:
    out = shown(replies)
    assert out, replies
    return out[0]


def html(reply: Text | Photo) -> str:
    return reply.html if isinstance(reply, Text) else reply.caption


def datas(reply: Text | Photo) -> list[str]:
    return [b.data for row in reply.buttons for b in row]


async def say(tutor: Tutor, text: str, user: User = RAVI) -> Text | Photo:
    return first(await tutor.handle(TextMessage(user, text)))


async def press_all(tutor: Tutor, reply: Text | Photo, user: User = RAVI) -> None:
    """Every button of a reply answers with something that is not an error or "expired"."""
    assert reply.buttons, html(reply)
    for data in datas(reply):
        out = shown(await tutor.handle(ButtonPress(user, data)))
        assert out, data
        for r in out:
            body = html(r) if isinstance(r, Text | Photo) else ""
            assert "expired" not in body and "went wrong" not in body, (data, body)


# ------------------------------------------------------------------- small talk
@pytest.mark.parametrize("text", ["hi", "Hello sir!", "hii bro 👋", "thanks", "Thank you so much",
                                  "thx", "ok", "okk", "👍", "🙏🙏", "cool, got it", "bye",
                                  "good night", "hmm interesting bro", "acha samajh gaya"])
async def test_small_talk_gets_a_short_reply_and_the_menu(tutor: Tutor, text: str) -> None:
    reply = await say(tutor, text)
    assert "could not find any math" not in reply.html
    assert reply.buttons == texts.MAIN_MENU
    assert len(reply.html) < 120


@pytest.mark.parametrize("text", ["x^2 + 1 ok?", "ok x^2", "thanks, now det [[1,2],[3,4]]",
                                  "hi d/dx sin x", "ok 2x + 3", "k = 2", "hmm x", "sup 3"])
def test_math_with_courtesy_is_not_small_talk(text: str) -> None:
    assert chat.small_talk_kind(text) is None
    assert not chat.asks_for_help(text)


async def test_a_lost_student_gets_examples_and_the_menu(tutor: Tutor) -> None:
    reply = await say(tutor, "??")
    assert "Stuck?" in reply.html and reply.buttons == texts.MAIN_MENU


async def test_math_with_courtesy_reaches_the_solver(tutor: Tutor) -> None:
    reply = await say(tutor, "thanks, now det [[1,2],[3,4]]")
    assert "−2" in reply.html and "determinant" in reply.html
    reply = await say(tutor, "x^2 + 1 ok?")
    assert "x² + 1" in reply.html


@pytest.mark.parametrize("text", ["what can you do", "What can you do?", "help", "menu",
                                  "how do I use this bot", "who are you", "hi, what can u do pls"])
async def test_what_can_you_do_shows_help(tutor: Tutor, text: str) -> None:
    reply = await say(tutor, text)
    assert "/learn" in reply.html and "/solve" in reply.html
    assert reply.buttons == texts.MAIN_MENU


# ---------------------------------------------------------- why / how / Hinglish
async def test_why_gets_the_reason_from_the_lesson_not_only_a_definition(tutor: Tutor) -> None:
    reply = await say(tutor, "why is the determinant zero for singular matrices")
    assert reply.html.startswith("💡 <b>Why?")
    assert "squashed" in reply.html  # the lesson's reasoning, not the glossary line
    assert "💡 <i>" in reply.html  # and why it matters
    reply = await say(tutor, "why PCA?")
    assert "Why?" in reply.html and "compress" in reply.html


@pytest.mark.parametrize(("text", "words"), [
    ("eigenvalue kaise nikalte hai", ("det(A − λI)", "eigenvalue")),
    ("determinant kya hota hai", ("ad − bc",)),
    ("determinant zero kyu hota hai", ("singular",)),
    ("gradient descent kya hai", ("gradient",)),
])
async def test_hinglish_questions_are_understood(tutor: Tutor, text: str, words) -> None:
    reply = await say(tutor, text)
    assert "could not" not in reply.html and "no lesson" not in reply.html
    for w in words:
        assert w in reply.html, (w, reply.html[:200])
    assert any(d.startswith("L:peek:") for d in datas(reply))


# ------------------------------------------------------------- what I cannot do
@pytest.mark.parametrize(("text", "topic"), [
    ("integrate x^2", "integrals"),
    ("∫ sin x dx", "integrals"),
    ("find the area under the curve y = x^2 from 0 to 1", "integrals"),
    ("limit of sin x / x as x->0", "limits"),
    ("lim x->0 (1 - cos x)/x^2", "limits"),
    ("solve the ODE dy/dx = 2y", "differential equations"),
    ("dy/dx = x*y solve", "differential equations"),
    ("what is the normal distribution", "probability distributions"),
    ("probability of two heads in 3 tosses", "probability distributions"),
    ("do a t-test on 1 2 3 and 4 5 6", "statistical tests"),
    ("what is a p-value", "statistical tests"),
    ("fourier transform of e^-x^2", "Fourier or Laplace transforms"),
    ("svd of [[1,2],[3,4]]", "singular value decomposition"),
])
async def test_unsupported_requests_are_named_with_buttons_that_work(
    tutor: Tutor, text: str, topic: str
) -> None:
    reply = await say(tutor, text)
    assert reply.html.startswith(f"🚧 I can't do {topic} yet"), reply.html[:120]
    assert "🔎" not in reply.html and "I read this as" not in reply.html
    await press_all(tutor, reply)


async def test_solve_command_names_an_unsupported_request(tutor: Tutor) -> None:
    reply = first(await tutor.handle(Command(RAVI, "solve", "integrate sin x")))
    assert "can't do integrals" in reply.html


@pytest.mark.parametrize("text", ["what is a limit", "gaussian elimination",
                                  "what are the limitations of PCA"])
async def test_topics_the_lessons_cover_are_not_refused(tutor: Tutor, text: str) -> None:
    reply = await say(tutor, text)
    assert "can't do" not in reply.html


async def test_chatter_without_math_gets_a_kind_reply(tutor: Tutor) -> None:
    reply = await say(tutor, "bro tell me something")
    assert "could not find any math" not in reply.html
    await press_all(tutor, reply)


# ------------------------------------------------------ navigation never dead-ends
async def _walk_to_third_snippet(tutor: Tutor) -> str:
    cur = load_curriculum()
    await tutor.handle(Command(RAVI, "learn"))
    s1 = cur.first_snippet().id
    await tutor.handle(ButtonPress(RAVI, f"L:next:{s1}"))
    s2 = cur.next_snippet(s1).id
    await tutor.handle(ButtonPress(RAVI, f"L:next:{s2}"))
    return cur.next_snippet(s2).id


async def test_related_lesson_does_not_move_the_learn_bookmark(tutor: Tutor) -> None:
    here = await _walk_to_third_snippet(tutor)
    progress = tutor.storage.modules_done(RAVI.id)
    solution = await say(tutor, "eigenvalues of [[2,1],[1,2]]")
    related = next(d for d in datas(solution) if d.startswith("S:lesson:"))
    lesson = first(await tutor.handle(ButtonPress(RAVI, related)))
    assert "eigen" in html(lesson).lower()
    assert tutor.storage.current_snippet(RAVI.id) == here
    # the peeked lesson keeps peeking, and leads back to the student's own place
    nxt = next(d for d in datas(lesson) if d.startswith("L:pnext:"))
    await tutor.handle(ButtonPress(RAVI, nxt))
    assert tutor.storage.current_snippet(RAVI.id) == here
    assert tutor.storage.modules_done(RAVI.id) == progress
    assert "M:learn" in datas(lesson)
    back = first(await tutor.handle(ButtonPress(RAVI, "M:learn")))
    assert load_curriculum().snippet(here).snippet.title in html(back)


async def test_search_answers_open_lessons_without_moving_the_bookmark(tutor: Tutor) -> None:
    here = await _walk_to_third_snippet(tutor)
    for question in ("what is a hessian", "why do we need eigenvectors"):
        answer = await say(tutor, question)
        opens = [d for d in datas(answer) if d.startswith("L:") and not d.startswith("L:quiz")]
        assert opens and all(not d.startswith("L:go:") for d in opens)
        for d in opens:
            await tutor.handle(ButtonPress(RAVI, d))
        assert tutor.storage.current_snippet(RAVI.id) == here


async def test_every_reply_offers_a_next_step(tutor: Tutor) -> None:
    cur = load_curriculum()
    pictured = next(r for r in cur.snippets() if r.snippet.plot)
    lesson = first(await tutor.handle(ButtonPress(RAVI, f"L:go:{pictured.id}")))
    see = next(d for d in datas(lesson) if d.startswith("L:see:"))
    picture = first(await tutor.handle(ButtonPress(RAVI, see)))
    assert isinstance(picture, Photo) and picture.buttons
    assert any(d.startswith(("L:next:", "L:quiz:")) for d in datas(picture))

    solution = await say(tutor, "d/dx x^2 sin x")
    for data in datas(solution):  # More detail, Plot, Related lesson: each leads on
        replies = shown(await tutor.handle(ButtonPress(RAVI, data)))
        assert replies[-1].buttons, (data, html(replies[-1])[:80])

    answer = await say(tutor, "what is the rank of a matrix")
    assert answer.buttons
    nowhere = await say(tutor, "what is a flux capacitor?")
    assert nowhere.buttons


async def test_the_last_lesson_offers_a_quiz(tutor: Tutor) -> None:
    last = load_curriculum().snippets()[-1]
    reply = first(await tutor.handle(ButtonPress(RAVI, f"L:next:{last.id}")))
    assert "M:quiz" in datas(reply)


# ------------------------------------------------------------- the fake Bot API
def replies(fake, user: int) -> list:
    """Messages sent to the user and messages edited in place (/topics edits one message)."""
    return [c for c in list(fake.calls)
            if c.method in ("sendMessage", "sendPhoto", "sendPoll", "editMessageText")
            and str(c.params.get("chat_id")) == str(user)]


async def _wait_for(done, timeout: float = 20) -> None:
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "no reply"
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)


async def test_cant_do_buttons_work_through_telegram(tmp_path) -> None:
    from fake_bot_api import FakeBotAPI
    from test_telegram_e2e import _buttons, _sent, _settings, _wait_sent, running

    from bot.telegram_app import build_application

    fake = FakeBotAPI().start()
    try:
        app = build_application(_settings(fake, tmp_path))
        async with running(app):
            user = 4001
            fake.send_text(user, "integrate x^2 from 0 to 1")
            await _wait_sent(fake, user, 1)
            reply = _sent(fake, user)[0]
            assert "can't do integrals" in reply.params["text"]
            buttons = _buttons(reply)
            assert len(buttons) >= 4
            for _label, data in buttons:
                before = len(replies(fake, user))
                fake.press(user, data)
                await _wait_for(lambda b=before: len(replies(fake, user)) > b)
                got = replies(fake, user)[-1]
                body = got.params.get("text") or got.params.get("caption") or ""
                assert "expired" not in body and "went wrong" not in body, (data, body)
            fake.send_text(user, "thanks!")
            await _wait_sent(fake, user, len(_sent(fake, user)) + 1)
            thanks = _sent(fake, user)[-1]
            assert "welcome" in thanks.params["text"] and _buttons(thanks)
    finally:
        fake.stop()


# ------------------------------------------------------------------- phone layout
def test_matrices_align_in_pre_and_read_as_rows_in_the_quote() -> None:
    """Telegram's quote may not hold <pre> and its font is proportional: padding cannot align
    ``3/2`` under ``−2`` there, so a matrix in the working is one row a line; the answer, in
    <pre> (monospace), keeps aligned columns."""
    import re

    import sympy as sp

    from solver import block, solve
    from solver.render import FIGURE_SPACE

    m = sp.Matrix([[-2, 1], [sp.Rational(3, 2), sp.Rational(-1, 2)]])
    assert block(m, monospace=False) == "[−2, 1]\n[3/2, −1/2]"
    assert block(sp.Matrix([-1, 1]), monospace=False) == "(−1, 1)"
    aligned = block(m).split("\n")
    assert len({len(line) for line in aligned}) == 1  # monospace: every row as wide

    out = solve("inverse of [[1,2],[3,4]]").render("html")
    head, _, quote = out.partition("<blockquote expandable>")
    pre = re.search(r"<pre>(.*?)</pre>", head, re.S)
    assert pre and len({len(line) for line in pre[1].split("\n")}) == 1
    assert "[3/2, −1/2]" in quote and "[−3, 1]" in quote
    assert FIGURE_SPACE not in quote and "⎡" not in quote


async def test_a_peeked_lessons_picture_keeps_peeking(tutor: Tutor) -> None:
    here = await _walk_to_third_snippet(tutor)
    pictured = next(r for r in load_curriculum().snippets()
                    if r.snippet.plot and r.id != here and load_curriculum().next_snippet(r.id))
    picture = first(await tutor.handle(ButtonPress(RAVI, f"L:see:{pictured.id}")))
    assert f"L:pnext:{pictured.id}" in datas(picture) and "M:learn" in datas(picture)
    await tutor.handle(ButtonPress(RAVI, f"L:pnext:{pictured.id}"))
    assert tutor.storage.current_snippet(RAVI.id) == here


async def test_solve_a_problem_offers_examples_that_solve(tutor: Tutor) -> None:
    prompt = first(await tutor.handle(ButtonPress(RAVI, "M:solve")))
    assert "det [1 2; 3 4]" in prompt.html and prompt.buttons
    solved = first(await tutor.handle(ButtonPress(RAVI, datas(prompt)[0])))
    assert "−2" in html(solved)


def test_no_problem_in_the_corpora_is_taken_for_small_talk_or_refused() -> None:
    """Every message the solver is measured on still reaches it (when in doubt, the solver)."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[1]
    messages = [line.strip() for f in sorted((root / "benchmarks" / "corpus").glob("*.txt"))
                for line in f.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    for f in (root / "tests" / "parse_corpus.yaml", root / "tests" / "heldout" /
              "parse_heldout.yaml"):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else next(iter(data.values()))
        messages += [it["text"] for it in items if isinstance(it, dict) and it.get("text")]
    assert len(messages) > 400
    caught = [m for m in messages if chat.small_talk_kind(m) or chat.asks_for_help(m)
              or chat.unsupported_topic(m)]
    assert not caught, caught[:5]


@pytest.mark.parametrize("text", ["send me the pdf", "what are the limitations of PCA",
                                  "gaussian elimination on [[1,2],[3,4]]", "yes", "no",
                                  "taylor series of sin x", "hessian of x^2 y"])
def test_near_misses_are_not_refused(text: str) -> None:
    assert chat.unsupported_topic(text) is None
    assert chat.small_talk_kind(text) is None


async def test_a_message_the_solver_cannot_read_still_leads_somewhere(tutor: Tutor) -> None:
    reply = await say(tutor, "det [[1, 2], [3]]")
    assert reply.html.startswith("🤔") and "M:help" in datas(reply)
    await press_all(tutor, reply)


@pytest.mark.parametrize(("text", "says"), [
    ("eigenvalues of [[1,2],[3,4],[5,6]]", "square"),
    ("x^2 +", "ends too early"),
])
async def test_typed_math_the_solver_rejects_gets_its_reason_not_a_glossary_card(
    tutor: Tutor, text: str, says: str
) -> None:
    reply = await say(tutor, text)
    assert says in reply.html and "🔎" not in reply.html


async def test_a_plot_of_bare_math_leads_back_to_its_offers(tutor: Tutor) -> None:
    offers = await say(tutor, "x^2 + 1")
    plot = next(d for d in datas(offers) if d.startswith("S:plot:"))
    photo = first(await tutor.handle(ButtonPress(RAVI, plot)))
    assert isinstance(photo, Photo) and photo.buttons
    for data in datas(photo):  # every button answers with something (never an empty message)
        for r in shown(await tutor.handle(ButtonPress(RAVI, data))):
            assert html(r).strip() and "expired" not in html(r)
