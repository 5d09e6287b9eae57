"""/interview: the interview deck as flashcards: question -> "Show answer" -> self-rating.

The rating (Again, Hard, Good, Easy) is an FSRS review of the card ``iv:<card id>``
(``bot.srs``), recorded once per showing; due cards come first, then cards not seen yet.
"""

from __future__ import annotations

import random
from html import escape
from typing import TYPE_CHECKING

from content import InterviewCard, Module

from . import srs, texts
from .events import Button, ButtonPress, Command, Event, Reply, Text, User, keyboard
from .questions import RECENT, resolve_topic
from .srs import RATINGS, iso

if TYPE_CHECKING:
    from .context import Context

PREFIX = "iv:"


def card_key(card: InterviewCard) -> str:
    return PREFIX + card.id


def show_card(ctx: Context, user: User, module: Module, card: InterviewCard) -> list[Reply]:
    ask_id = ctx.storage.new_ask(user.id, card_key(card), "card", module_id=module.id,
                                 question=card.question, answer=card.answer)
    return [Text(texts.INTERVIEW_FRONT.format(question=escape(card.question)),
                 keyboard([Button(texts.SHOW_ANSWER, f"{texts.INTERVIEW}show:{ask_id}")]))]


def _pick(ctx: Context, user_id: int,
          modules: list[Module]) -> tuple[Module, InterviewCard] | None:
    dues = ctx.storage.card_dues(user_id)
    now = iso(ctx.now())
    recent = {a.question_id for a in ctx.storage.recent_asks(user_id, iso(ctx.now() - RECENT))}
    cards = [(m, c) for m in modules for c in m.interview]
    due = sorted(((m, c) for m, c in cards if dues.get(card_key(c), "~") <= now),
                 key=lambda mc: dues[card_key(mc[1])])
    if due:
        return due[0]
    new = [(m, c) for m, c in cards if card_key(c) not in dues and card_key(c) not in recent]
    if new:
        return new[0]
    rest = [(m, c) for m, c in cards if card_key(c) not in recent] or cards
    return random.choice(rest) if rest else None


def interview(ctx: Context, event: Event) -> list[Reply]:
    """/interview [module]: the next interview flashcard."""
    args = event.args if isinstance(event, Command) else ""
    found = resolve_topic(ctx, event.user.id, args) if args else None
    if args and found is None:
        return [Text(texts.TOPIC_UNKNOWN.format(topic=escape(args[:60])))]
    modules = [found[0]] if found else list(ctx.curriculum.modules)
    if not args:  # the module the student is on first, then the rest of the course
        here = ctx.current_ref(event.user.id).module
        modules = [here] + [m for m in modules if m.id != here.id]
    picked = _pick(ctx, event.user.id, modules)
    if picked is None:
        return [Text(texts.INTERVIEW_NONE)]
    return show_card(ctx, event.user, *picked)


def ask_card_id(ctx: Context, user: User, key: str) -> list[Reply] | None:
    """Show this card again (a review); None when it is gone from the deck."""
    try:
        card = ctx.curriculum.interview_card(key.removeprefix(PREFIX))
    except KeyError:
        return None
    module = next(m for m in ctx.curriculum.modules if card in m.interview)
    return show_card(ctx, user, module, card)


def _when(delta_seconds: float) -> str:
    minutes = delta_seconds / 60
    if minutes < 60:
        return f"in about {max(1, round(minutes))} min"
    if minutes < 36 * 60:
        return f"in about {round(minutes / 60)} h"
    return f"in about {round(minutes / 1440)} days"


def interview_button(ctx: Context, event: Event) -> list[Reply]:
    """I:show:<ask>, I:rate:<ask>:<1-4>, I:next:<module>."""
    assert isinstance(event, ButtonPress)
    action, _, rest = event.data.removeprefix(texts.INTERVIEW).partition(":")
    if action == "next":
        return interview(ctx, Command(event.user, "interview", rest))
    ask_text, _, rating = rest.partition(":")
    ask = ctx.storage.ask(int(ask_text)) if ask_text.isdigit() and len(ask_text) < 12 else None
    if ask is None or ask.kind != "card" or ask.user_id != event.user.id:
        return [Text(texts.INTERVIEW_GONE)]
    try:
        card = ctx.curriculum.interview_card(ask.question_id.removeprefix(PREFIX))
    except KeyError:
        return [Text(texts.INTERVIEW_GONE)]
    if action == "show":
        rate = [Button(label, f"{texts.INTERVIEW}rate:{ask.id}:{n}")
                for n, label in texts.RATING_LABELS.items()]
        return [Text(texts.INTERVIEW_BACK.format(question=escape(card.question),
                                                 answer=escape(card.answer)),
                     keyboard(rate[:2], rate[2:]))]
    if action == "rate" and rating.isdigit() and int(rating) in RATINGS:
        n = int(rating)
        done = srs.record(ctx, ask, event.user.id, idem_key=f"card:{ask.id}",
                          answer=texts.RATING_LABELS[n], verdict=texts.RATING_LABELS[n].lower(),
                          rating=RATINGS[n])
        nxt = keyboard([Button(texts.NEXT_CARD, f"{texts.INTERVIEW}next:{ask.module_id}")])
        if not done.counted or done.due is None:
            return [Text(texts.ALREADY_COUNTED, nxt)]
        when = _when((done.due - ctx.now()).total_seconds())
        return [Text(texts.INTERVIEW_RATED.format(when=when), nxt)]
    return [Text(texts.INTERVIEW_GONE)]
