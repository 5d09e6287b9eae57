"""See replies the way a student does: the tutor's answers as a 360 px wide phone chat.

Each message goes through the real core (``Tutor``, worker pool, a temporary database) and the
replies are written as an HTML page styled like Telegram's chat (Telegram's HTML subset: b, i,
code, pre, blockquote expandable (shown collapsed, as it arrives), a; photos at bubble width;
inline keyboards), then screenshotted with headless Chromium (Debian's ``chromium``) and
trimmed.

Usage::

    .venv/bin/python benchmarks/render_replies.py -o /tmp/shots "hi" "det [1 2; 3 4]"
    .venv/bin/python benchmarks/render_replies.py -o /tmp/shots --file messages.txt

A message ``[Label]`` presses the button of the previous replies whose label contains
``Label``; ``/cmd args`` is a command. ``--expand`` opens expandable quotes; ``--html-only``
skips Chromium. One PNG per message: ``NN-<slug>.png``. ``--pair BEFORE AFTER OUT`` puts two
screenshots side by side (the before/after pairs in ``docs/screenshots``).

A photo narrower than the bubble is drawn at its own pixels on a 2x screen (not blown up to
the bubble's width), an assumption about Telegram's clients that the README there states.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.events import (  # noqa: E402
    Button,
    ButtonPress,
    Command,
    Photo,
    Quiz,
    Reply,
    Text,
    TextMessage,
    User,
)

WIDTH = 360
BUBBLE = 295  # px: 82% of the screen, as Telegram's bubbles
PHONE_DPR = 2.0
STUDENT = User(7, "Asha", "en")

CSS = """
body { margin: 0; background: #cfdfe9; font: 16px/1.35 Roboto, 'Noto Color Emoji', sans-serif;
       color: #000; width: %(w)spx; }
.chat { padding: 8px 8px 12px; display: flex; flex-direction: column; gap: 6px; }
.me, .bot { max-width: 82%%; padding: 6px 9px 7px; border-radius: 12px; white-space: pre-wrap;
            overflow-wrap: anywhere; box-shadow: 0 1px 1px rgba(0,0,0,.12); }
.me { align-self: flex-end; background: #e1fec6; border-bottom-right-radius: 4px; }
.bot { align-self: flex-start; background: #fff; border-bottom-left-radius: 4px; }
.photo { padding: 0; overflow: hidden; }
.photo img { display: block; width: 100%%; }
.photo .cap { padding: 6px 9px 7px; }
code { font: 15px 'DejaVu Sans Mono', monospace; color: #c7254e; }
pre { font: 14px/1.3 'DejaVu Sans Mono', monospace; background: #f1f4f7; margin: 3px 0;
      padding: 5px 7px; border-radius: 6px; white-space: pre-wrap; color: #1a4f7a; }
blockquote { margin: 4px 0; padding: 2px 8px 3px; border-left: 3px solid #3a95d5;
             background: #eef5fb; border-radius: 4px; white-space: pre-wrap; }
blockquote.collapsed { max-height: calc(3 * 1.35em); overflow: hidden; position: relative; }
blockquote.collapsed::after { content: '⌄'; position: absolute; right: 6px; bottom: 0;
             color: #3a95d5; background: #eef5fb; padding-left: 4px; }
.kb { align-self: flex-start; width: 82%%; display: flex; flex-direction: column; gap: 4px;
      margin-top: -2px; }
.row { display: flex; gap: 4px; }
.btn { flex: 1 1 0; min-width: 0; background: rgba(64, 110, 140, .55); color: #fff;
       border-radius: 8px; padding: 7px 4px; font-size: 14px; text-align: center;
       white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.quiz { font-weight: 500; }
.opt { border: 1px solid #3a95d5; border-radius: 6px; padding: 4px 8px; margin-top: 4px; }
"""


def telegram_html(text: str, expand: bool = False) -> str:
    """Telegram's HTML subset as browser HTML (expandable quotes collapsed unless ``expand``)."""
    cls = "" if expand else ' class="collapsed"'
    text = re.sub(r"<blockquote expandable>", f"<blockquote{cls}>", text)
    text = text.replace("<tg-spoiler>", "<span>").replace("</tg-spoiler>", "</span>")
    # Telegram drops the newline right after <pre>/<blockquote> and before their end.
    return re.sub(r"(<(?:pre|blockquote)[^>]*>)\n", r"\1", text)


def _keyboard(buttons: tuple[tuple[Button, ...], ...]) -> str:
    if not buttons:
        return ""
    rows = "".join(
        '<div class="row">' + "".join(f'<span class="btn">{html.escape(b.label)}</span>'
                                      for b in row) + "</div>"
        for row in buttons)
    return f'<div class="kb">{rows}</div>'


def bubble(reply: Reply, expand: bool = False) -> str:
    """One reply as a chat bubble (and its inline keyboard)."""
    if isinstance(reply, Text):
        return f'<div class="bot">{telegram_html(reply.html, expand)}</div>' + _keyboard(
            reply.buttons)
    if isinstance(reply, Photo):
        src = "data:image/png;base64," + base64.b64encode(reply.png).decode()
        cap = (f'<div class="cap">{telegram_html(reply.caption, expand)}</div>'
               if reply.caption else "")
        # A photo narrower than the bubble is shown at its own pixels on a 2x phone screen
        # (not blown up): a 190 px formula is a 95 px thumbnail, as students saw it.
        shown = min(BUBBLE, _png_width(reply.png) / PHONE_DPR)
        return (f'<div class="bot photo" style="width:{shown:.0f}px; min-width:120px">'
                f'<img src="{src}">{cap}</div>' + _keyboard(reply.buttons))
    if isinstance(reply, Quiz):
        opts = "".join(f'<div class="opt">{html.escape(o)}</div>' for o in reply.options)
        question = f'<div class="quiz">{html.escape(reply.question)}</div>'
        return f'<div class="bot">{question}{opts}</div>'
    return ""  # Typing


def _png_width(png: bytes) -> int:
    return int.from_bytes(png[16:20], "big")  # the IHDR width


def page(message: str, replies: list[Reply], expand: bool = False) -> str:
    me = f'<div class="me">{html.escape(message)}</div>' if message else ""
    body = "".join(bubble(r, expand) for r in replies)
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS % {'w': WIDTH}}"
            f"</style></head><body><div class='chat'>{me}{body}</div></body></html>")


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    raise SystemExit("chromium not found: apt-get install -y chromium (or use --html-only)")


def screenshot(html_path: Path, png_path: Path, height: int = 2400) -> None:
    """Chromium at 360 px wide; the empty chat background below the last bubble trimmed."""
    subprocess.run(
        [chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--force-device-scale-factor=1", f"--window-size={WIDTH},{height}",
         f"--screenshot={png_path}", html_path.as_uri()],
        check=True, capture_output=True, timeout=120)
    from PIL import Image, ImageChops

    with Image.open(png_path) as im:
        rgb = im.convert("RGB")
        bg = Image.new("RGB", rgb.size, rgb.getpixel((1, rgb.height - 1)))
        box = ImageChops.difference(rgb, bg).getbbox()
        bottom = min(rgb.height, (box[3] if box else rgb.height) + 10)
        rgb.crop((0, 0, WIDTH, bottom)).quantize(colors=128).save(png_path, optimize=True)


def side_by_side(before: Path, after: Path, out: Path) -> None:
    """Two screenshots next to each other under "before" and "after" (docs/screenshots)."""
    from PIL import Image, ImageDraw, ImageFont

    left, right = Image.open(before).convert("RGB"), Image.open(after).convert("RGB")
    head = 26
    pair = Image.new("RGB", (left.width + right.width + 8, max(left.height, right.height) + head),
                     "white")
    pair.paste(left, (0, head))
    pair.paste(right, (left.width + 8, head))
    draw = ImageDraw.Draw(pair)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 16)
    except OSError:
        font = ImageFont.load_default()
    draw.text((8, 4), "before", fill="#a33", font=font)
    draw.text((left.width + 16, 4), "after", fill="#262", font=font)
    pair.quantize(colors=128).save(out, optimize=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "message"


def _event(message: str, last: list[Reply]):
    if message.startswith("[") and message.endswith("]"):
        want = message[1:-1].lower()
        for r in last:
            for row in getattr(r, "buttons", ()):
                for b in row:
                    if want in b.label.lower():
                        return ButtonPress(STUDENT, b.data)
        raise SystemExit(f"no button {message} in the previous replies")
    if message.startswith("/"):
        name, _, args = message[1:].partition(" ")
        return Command(STUDENT, name.lower(), args.strip())
    return TextMessage(STUDENT, message)


async def conversation(messages: list[str]) -> list[tuple[str, list[Reply]]]:
    """Each message and the tutor's replies to it, through the real core and worker pool."""
    from bot.storage import Storage
    from bot.tutor import Tutor
    from bot.workers import WorkerPool

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_path=Path(tmp) / "shots.db", solver_workers=1,
                            solver_timeout_seconds=30)
        storage = Storage.open(settings.database_path)
        pool = WorkerPool(1, settings.solver_timeout_seconds)
        try:
            tutor = Tutor(settings, storage, pool)
            out: list[tuple[str, list[Reply]]] = []
            last: list[Reply] = []
            for message in messages:
                last = await tutor.handle(_event(message, last))
                out.append((message, last))
            return out
        finally:
            pool.close()
            storage.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("messages", nargs="*")
    ap.add_argument("--file", type=Path, help="one message a line")
    ap.add_argument("-o", "--out", type=Path, default=Path("/tmp/mml-shots"))
    ap.add_argument("--expand", action="store_true", help="open expandable quotes")
    ap.add_argument("--html-only", action="store_true")
    ap.add_argument("--pair", nargs=3, type=Path, metavar=("BEFORE", "AFTER", "OUT"),
                    help="put two screenshots side by side and stop")
    args = ap.parse_args(argv)
    if args.pair:
        side_by_side(*args.pair)
        return 0
    messages = list(args.messages)
    if args.file:
        messages += [m for m in args.file.read_text(encoding="utf-8").splitlines() if m.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    for i, (message, replies) in enumerate(asyncio.run(conversation(messages)), 1):
        name = f"{i:02d}-{_slug(message)}"
        html_path = args.out / f"{name}.html"
        html_path.write_text(page(message, replies, args.expand), encoding="utf-8")
        if not args.html_only:
            png = args.out / f"{name}.png"
            screenshot(html_path, png)
            print(f"{png}  {png.stat().st_size // 1024} KB")
        else:
            print(html_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
