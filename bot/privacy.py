"""/privacy, /mydata and /forget: what is stored and why, a copy of it, and deleting it all.

In the spirit of India's DPDP Act: a student can see everything the tutor keeps about them
(one JSON document) and erase it (every table with a ``user_id``, read from the schema, so a
table added later is covered too). Problem texts are kept only for the retention period.
The handlers are plain functions: the router runs them on the database thread.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import texts
from .events import Button, ButtonPress, Document, Event, Reply, Text, keyboard

if TYPE_CHECKING:
    from .context import Context


def privacy(ctx: Context, event: Event) -> list[Reply]:
    """/privacy: what is stored, why, for how long, and how to get or delete it."""
    days = ctx.settings.problem_retention_days
    return [Text(texts.PRIVACY.format(days=days), keyboard(
        [Button("📦 My data", texts.PRIVACY_PREFIX + "mydata"),
         Button("🗑 Delete everything", texts.PRIVACY_PREFIX + "forget")]))]


def mydata(ctx: Context, event: Event) -> list[Reply]:
    """/mydata: everything stored about the student, as a JSON document."""
    data = ctx.storage.export_user(event.user.id)
    payload = {"exported_at": ctx.now().isoformat(timespec="seconds"),
               "user_id": event.user.id, "tables": data}
    blob = json.dumps(payload, ensure_ascii=False, indent=1, default=str).encode()
    rows = sum(len(v) for v in data.values())
    return [Document(blob, f"mml-tutor-data-{event.user.id}.json",
                     texts.MYDATA_CAPTION.format(rows=rows))]


def forget(ctx: Context, event: Event) -> list[Reply]:
    """/forget: ask first; the button deletes."""
    return [Text(texts.FORGET_CONFIRM, keyboard(
        [Button("🗑 Yes, delete everything", texts.PRIVACY_PREFIX + "forget-yes"),
         Button("Keep my data", texts.PRIVACY_PREFIX + "forget-no")]))]


def privacy_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action = event.data.removeprefix(texts.PRIVACY_PREFIX)
    if action == "mydata":
        return mydata(ctx, event)
    if action == "forget":
        return forget(ctx, event)
    if action == "forget-yes":
        ctx.storage.forget_user(event.user.id)
        return [Text(texts.FORGOTTEN, edit=True)]
    if action == "forget-no":
        return [Text(texts.FORGET_KEPT, edit=True)]
    return [Text(texts.BUTTON_EXPIRED)]
