"""/settings and /daily: the daily question on or off, its time, the time zone, the course,
the "streak at risk" reminder.

Usage::

    /settings                      summary with buttons (P: callback data)
    /settings time 9pm             also 21:00, 7:30 am, 0730
    /settings tz IST               also +5:30, UTC+5:45, Asia/Kathmandu, europe/london
    /settings course calc          la | calc | pca | lessons (follow my lessons)
    /settings reminder on|off      the streak reminder
    /daily off | /daily on | /daily 07:30

Every change recomputes the student's next push in UTC (``schedule.reschedule``) at once.
The handlers are plain functions: the router runs them on the database thread.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from . import schedule, texts
from .events import Button, ButtonPress, Command, Event, Reply, Text, TextMessage, keyboard

if TYPE_CHECKING:
    from .context import Context
    from .storage import UserRow

TIME_CHOICES = ("07:00", "08:00", "13:00", "18:00", "19:00", "20:00", "21:00", "22:00")
ZONE_CHOICES = (  # (label, IANA name): where most students are
    ("🇮🇳 India", "Asia/Kolkata"), ("🇳🇵 Nepal", "Asia/Kathmandu"),
    ("🇧🇩 Bangladesh", "Asia/Dhaka"), ("🇱🇰 Sri Lanka", "Asia/Colombo"),
    ("🇵🇰 Pakistan", "Asia/Karachi"), ("🇦🇪 UAE", "Asia/Dubai"),
    ("🇸🇬 Singapore", "Asia/Singapore"), ("🇬🇧 UK", "Europe/London"),
    ("🇩🇪 Germany", "Europe/Berlin"), ("🇺🇸 US East", "America/New_York"),
    ("🇺🇸 US West", "America/Los_Angeles"), ("🌐 UTC", "UTC"),
)
COURSES = {"la": "Linear algebra", "calc": "Multivariate calculus", "pca": "PCA"}
LESSONS = "lessons"  # follow the lessons (course '')
TYPED_SETTING_FOR = timedelta(minutes=10)  # a typed time after the menu counts this long

def _user(ctx: Context, user_id: int) -> UserRow:
    user = ctx.storage.user(user_id)
    assert user is not None  # the tutor creates users on first contact
    return user


def _apply(ctx: Context, user_id: int, **fields: object) -> UserRow:
    """Save settings and recompute the next push at once."""
    ctx.storage.set_user_fields(user_id, **fields)
    user = _user(ctx, user_id)
    schedule.reschedule(ctx.storage, ctx.settings, user, ctx.now())
    return _user(ctx, user_id)


def next_push_text(ctx: Context, user: UserRow) -> str:
    if not user.push_enabled or not user.next_push_at:
        return ""
    tz = schedule.zone(user.timezone, ctx.settings.default_timezone)
    when = datetime.fromisoformat(user.next_push_at).astimezone(tz)
    return f"Next one: <b>{when:%a %d %b, %H:%M}</b>"


def summary(ctx: Context, user: UserRow) -> str:
    course = COURSES.get(user.course, "follow my lessons")
    push = (f"on, at <b>{escape(user.push_time)}</b>" if user.push_enabled else "<b>off</b>")
    lines = [
        "⚙️ <b>Your settings</b>",
        f"🔔 Daily question: {push}",
        f"🌍 Time zone: <b>{escape(user.timezone)}</b>",
        f"📚 Course: <b>{escape(course)}</b>",
        f"⏳ Streak reminder: <b>{'on' if user.streak_reminder else 'off'}</b> "
        f"({24 - ctx.settings.streak_reminder_hours}:00, if you have not answered)",
    ]
    if nxt := next_push_text(ctx, user):
        lines.append(nxt)
    return "\n".join(lines) + "\n\n" + texts.SETTINGS_USAGE


def main_buttons(user: UserRow) -> tuple:
    p = texts.PREFS
    toggle = (Button("🔕 Turn off", p + "push:off") if user.push_enabled
              else Button("🔔 Turn on", p + "push:on"))
    reminder = (Button("⏳ Reminder off", p + "rem:off") if user.streak_reminder
                else Button("⏳ Reminder on", p + "rem:on"))
    return keyboard(
        [toggle, reminder],
        [Button("🕗 Time", p + "time:menu"), Button("🌍 Time zone", p + "tz:menu"),
         Button("📚 Course", p + "course:menu")],
    )


def _menu(ctx: Context, user: UserRow, note: str = "", edit: bool = False) -> list[Reply]:
    body = (note + "\n\n" if note else "") + summary(ctx, user)
    return [Text(body, main_buttons(user), edit=edit)]


def set_time(ctx: Context, user_id: int, text: str) -> list[Reply]:
    t = schedule.parse_time(text)
    if t is None:
        return [Text(texts.BAD_TIME.format(text=escape(text[:20])))]
    user = _apply(ctx, user_id, push_time=f"{t:%H:%M}", push_enabled=1)
    return [Text(f"✅ Daily question at <b>{t:%H:%M}</b> ({escape(user.timezone)}). "
                 + next_push_text(ctx, user))]


def set_zone(ctx: Context, user_id: int, text: str) -> list[Reply]:
    name = schedule.parse_zone(text)
    if name is None:
        return [Text(texts.BAD_ZONE.format(text=escape(text[:40])))]
    user = _apply(ctx, user_id, timezone=name)
    return [Text(f"✅ Time zone set to <b>{escape(name)}</b>. " + next_push_text(ctx, user))]


def set_course(ctx: Context, user_id: int, text: str) -> list[Reply]:
    key = text.strip().lower()
    if key not in COURSES and key != LESSONS:
        names = ", ".join(f"<code>{k}</code>" for k in (*COURSES, LESSONS))
        return [Text(f"🤔 Choose one of {names}.")]
    _apply(ctx, user_id, course="" if key == LESSONS else key)
    label = COURSES.get(key, "the module of your lessons")
    return [Text(f"✅ Daily questions will come from <b>{escape(label)}</b>.")]


def _on_off(word: str) -> bool | None:
    return {"on": True, "yes": True, "off": False, "no": False, "stop": False}.get(word.lower())


def settings(ctx: Context, event: Event) -> list[Reply]:
    """/settings [time|tz|course|reminder|push VALUE]."""
    user = _user(ctx, event.user.id)
    args = event.args.split(maxsplit=1) if isinstance(event, Command) else []
    if not args:
        return _menu(ctx, user)
    what, value = args[0].lower(), (args[1] if len(args) > 1 else "")
    if what in ("time", "push", "daily") and value:
        flag = _on_off(value)
        if flag is not None:
            _apply(ctx, user.id, push_enabled=int(flag))
            return _menu(ctx, _user(ctx, user.id), "✅ Saved.")
        return set_time(ctx, user.id, value)
    if what in ("tz", "timezone", "zone") and value:
        return set_zone(ctx, user.id, value)
    if what == "course" and value:
        return set_course(ctx, user.id, value)
    if what in ("reminder", "streak") and _on_off(value) is not None:
        _apply(ctx, user.id, streak_reminder=int(bool(_on_off(value))))
        return _menu(ctx, _user(ctx, user.id), "✅ Saved.")
    # "/settings 9pm", "/settings IST": read what it looks like
    whole = event.args.strip() if isinstance(event, Command) else ""
    if schedule.parse_time(whole) is not None:
        return set_time(ctx, user.id, whole)
    if schedule.parse_zone(whole) is not None:
        return set_zone(ctx, user.id, whole)
    return [Text("🤔 I didn't get that setting.\n" + texts.SETTINGS_USAGE)]


def daily(ctx: Context, event: Event) -> list[Reply]:
    """/daily off | on | TIME."""
    assert isinstance(event, Command)
    arg = event.args.strip()
    if not arg:
        return _menu(ctx, _user(ctx, event.user.id))
    flag = _on_off(arg)
    if flag is False:
        _apply(ctx, event.user.id, push_enabled=0)
        return [Text("🔕 Daily question off. Send <code>/daily on</code> to bring it back.")]
    if flag is True:
        user = _apply(ctx, event.user.id, push_enabled=1)
        return [Text(f"🔔 Daily question on, at <b>{escape(user.push_time)}</b> "
                     f"({escape(user.timezone)}). " + next_push_text(ctx, user))]
    return set_time(ctx, event.user.id, arg)


def prefs_button(ctx: Context, event: Event) -> list[Reply]:
    """C: buttons under /settings; they edit the settings message in place."""
    assert isinstance(event, ButtonPress)
    what, _, value = event.data.removeprefix(texts.PREFS).partition(":")
    uid = event.user.id
    p = texts.PREFS
    if what == "push" and value in ("on", "off"):
        return _menu(ctx, _apply(ctx, uid, push_enabled=int(value == "on")), "✅ Saved.", True)
    if what == "rem" and value in ("on", "off"):
        user = _apply(ctx, uid, streak_reminder=int(value == "on"))
        return _menu(ctx, user, "✅ Saved.", True)
    if what == "time" and value == "menu":
        ctx.storage.set_pending_setting(uid, "time")
        rows = [[Button(t, f"{p}time:{t.replace(':', '')}") for t in TIME_CHOICES[i:i + 4]]
                for i in (0, 4)]
        return [Text("🕗 When should the daily question come? Tap a time, or type one: "
                     "<code>19:30</code>, <code>7pm</code>, <code>7:30 am</code>.",
                     keyboard(*rows), edit=True)]
    if what == "time" and len(value) == 4 and value.isdigit():
        t = schedule.parse_time(value)
        if t is not None:
            user = _apply(ctx, uid, push_time=f"{t:%H:%M}", push_enabled=1)
            return _menu(ctx, user, f"✅ Daily question at <b>{t:%H:%M}</b>.", True)
    if what == "tz" and value == "menu":
        ctx.storage.set_pending_setting(uid, "tz")
        buttons = [Button(label, f"{p}tz:{i}") for i, (label, _) in enumerate(ZONE_CHOICES)]
        rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
        return [Text("🌍 Your time zone? Tap one, or type it: <code>IST</code>, "
                     "<code>+5:30</code>, or a name like <code>Asia/Kolkata</code>.",
                     keyboard(*rows), edit=True)]
    if what == "tz" and value.isdigit() and int(value) < len(ZONE_CHOICES):
        name = ZONE_CHOICES[int(value)][1]
        return _menu(ctx, _apply(ctx, uid, timezone=name),
                     f"✅ Time zone <b>{escape(name)}</b>.", True)
    if what == "course" and value == "menu":
        rows = [[Button(label, f"{p}course:{key}")] for key, label in COURSES.items()]
        rows.append([Button("Follow my lessons", f"{p}course:{LESSONS}")])
        return [Text("📚 Which course should the daily question come from?",
                     keyboard(*rows), edit=True)]
    if what == "course" and (value in COURSES or value == LESSONS):
        user = _apply(ctx, uid, course="" if value == LESSONS else value)
        return _menu(ctx, user, "✅ Saved.", True)
    return [Text("That button has expired. Send /settings for your settings.")]


def typed_setting(ctx: Context, event: Event) -> list[Reply] | None:
    """A plain message right after the time or time-zone menu (``7pm``, ``+5:30``); None
    when it is not one (then it is read as usual, and the menu is forgotten)."""
    pending = ctx.storage.pending_setting(event.user.id)
    if pending is None or not isinstance(event, TextMessage):
        return None
    what, at = pending
    ctx.storage.set_pending_setting(event.user.id, None)
    if ctx.now() - datetime.fromisoformat(at) > TYPED_SETTING_FOR:
        return None
    text = event.text.strip()
    if what == "time" and schedule.parse_time(text) is not None:
        return set_time(ctx, event.user.id, text)
    if what == "tz" and schedule.parse_zone(text) is not None:
        return set_zone(ctx, event.user.id, text)
    return None


def daily_intro(ctx: Context, user_id: int) -> str:
    """One line for the welcome: when the daily question comes, how to change it."""
    user = _user(ctx, user_id)
    if not user.push_enabled:
        return "🔕 The daily question is off. Turn it on in ⚙️ Settings or with /daily on."
    return texts.DAILY_INTRO.format(time=escape(user.push_time), zone=escape(user.timezone))
