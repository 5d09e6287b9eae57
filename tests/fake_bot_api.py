"""A local fake of the Telegram Bot API for end-to-end tests (no network, no real token).

Serves ``/bot<token>/<method>`` over HTTP on 127.0.0.1: ``getMe``, ``getUpdates`` (long
polling), ``sendMessage``, ``sendPhoto`` and ``sendDocument`` (multipart), ``sendPoll``,
``sendChatAction``, ``answerCallbackQuery``, ``editMessageText``, ``setMyCommands``, the
webhook calls. Quiz polls keep ``correct_option_ids``; ``answer_poll`` votes on one and
``redeliver`` sends an update again. Tests push updates in and read the recorded calls;
``fail_next`` makes a method answer with Telegram's error shapes (400 bad HTML, 403 blocked,
429 with ``retry_after``, 502); ``delay_next`` answers late; ``revoked`` answers every call
with 401.

Telegram's limits and faults, for the push: ``rate_limit`` (messages a second over a sliding
one-second window, all chats) and ``per_chat_interval`` answer 429 with ``retry_after`` when
exceeded; ``forbid(chat_id)`` answers 403 for chosen chats; ``fault_every = (n, status)`` answers
every n-th send with a 5xx. ``delivered(chat_id)`` counts messages that really went out;
``my_chat_member`` pushes a block/unblock update.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "MML Tutor", "username": "mml_tutor_bot",
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False}


SEND_METHODS = ("sendMessage", "sendPhoto", "sendPoll", "sendDocument")


_DISPOSITION = re.compile(rb'^content-disposition:\s*form-data;\s*name="([^"]*)"(;\s*filename=)?',
                         re.IGNORECASE | re.MULTILINE)


def _multipart(content_type: str, body: bytes) -> list[tuple[str, bool, bytes]] | None:
    """(name, is a file, bytes) of each part of a multipart/form-data body as httpx writes it,
    split on its boundary; None for any other shape. ``email.parser`` took 25-50 ms for one
    photo, holding this server's GIL while a bystander's reply waited (issue 16: the burst
    benchmark measures the bot, not its fake Telegram)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        return None
    delimiter = b"--" + match.group(1).encode()
    chunks = body.split(delimiter)
    if len(chunks) < 2 or not chunks[-1].startswith(b"--"):
        return None
    parts = []
    for chunk in chunks[1:-1]:
        head, sep, payload = chunk.partition(b"\r\n\r\n")
        disposition = _DISPOSITION.search(head)
        if not (sep and chunk.startswith(b"\r\n") and payload.endswith(b"\r\n")
                and disposition):
            return None
        parts.append((disposition.group(1).decode(), disposition.group(2) is not None,
                      payload[:-2]))
    return parts


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)
    result: Any = None


def _decode(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class FakeBotAPI:
    def __init__(self, token: str = "123456:TEST-token-for-the-fake-server-0001") -> None:
        self.token = token
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._poll_ids = itertools.count(1)
        self._failures: dict[str, list[tuple[int, str, int | None]]] = {}
        self._delays: dict[str, list[float]] = {}
        self.revoked = False  # True: every call answers 401, as for a revoked token
        self.rate_limit: float | None = None  # messages a second, all chats
        self.per_chat_interval: float | None = None  # seconds between messages to one chat
        self.fault_every: tuple[int, int] | None = None  # (n, status): every n-th send fails
        self.forbidden: dict[int, str] = {}  # chat id -> 403 description
        self.rejected = collections.Counter()  # status -> how many sends were refused
        self._window: collections.deque[float] = collections.deque()
        self._last_in_chat: dict[int, float] = {}
        self._sends = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # ---------------------------------------------------------------- lifecycle
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # ---------------------------------------------------------------- test API
    def delay_next(self, method: str, seconds: float) -> None:
        """The next call to ``method`` is carried out, but answered only after ``seconds``
        (longer than the client's read timeout: it sees a time-out for a message that went
        out)."""
        self._delays.setdefault(method, []).append(seconds)

    def fail_next(self, method: str, status: int, description: str,
                  retry_after: int | None = None) -> None:
        self._failures.setdefault(method, []).append((status, description, retry_after))

    def forbid(self, chat_id: int,
               description: str = "Forbidden: bot was blocked by the user") -> None:
        self.forbidden[chat_id] = description

    def delivered(self, chat_id: int | None = None) -> list[Call]:
        """Messages that went out (refused calls are recorded too, with ``result`` None)."""
        return [c for c in self.calls_to_any(SEND_METHODS, chat_id) if c.result is not None]

    def calls_to_any(self, methods: tuple[str, ...], chat_id: int | None = None) -> list[Call]:
        return [c for c in list(self.calls) if c.method in methods and (
            chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    def my_chat_member(self, user_id: int, old: str, new: str) -> dict[str, Any]:
        """The student blocks (new="kicked") or unblocks (new="member") the bot."""

        def member(status: str) -> dict[str, Any]:
            return {"user": BOT_USER, "status": status,
                    **({"until_date": 0} if status == "kicked" else {})}

        return self._push({"my_chat_member": {
            "chat": {"id": user_id, "type": "private", "first_name": "Asha"},
            "from": self.user(user_id), "date": int(time.time()),
            "old_chat_member": member(old), "new_chat_member": member(new),
        }})

    def _limited(self, method: str, params: dict[str, Any]) -> tuple[int, str, int | None] | None:
        """Telegram's refusals for a send: 403 for a forbidden chat, 5xx faults, 429."""
        if method not in SEND_METHODS:
            return None
        chat = int(params.get("chat_id", 0) or 0)
        if chat in self.forbidden:
            return 403, self.forbidden[chat], None
        with self._lock:
            self._sends += 1
            if self.fault_every and self._sends % self.fault_every[0] == 0:
                return self.fault_every[1], "Bad Gateway", None
            now = time.monotonic()
            while self._window and now - self._window[0] >= 1.0:
                self._window.popleft()
            if self.rate_limit is not None and len(self._window) >= self.rate_limit:
                return 429, "Too Many Requests: retry after 1", 1
            last = self._last_in_chat.get(chat)
            if (self.per_chat_interval is not None and last is not None
                    and now - last < self.per_chat_interval):
                return 429, "Too Many Requests: retry after 1", 1
            self._window.append(now)
            self._last_in_chat[chat] = now
        return None

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._cond.notify_all()
        return update

    @staticmethod
    def user(user_id: int, name: str = "Asha") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "en"}

    def message_update(self, user_id: int, text: str, name: str = "Asha",
                       chat_id: int | None = None) -> dict[str, Any]:
        """A message from ``user_id`` in their private chat, or in group ``chat_id``."""
        chat = ({"id": user_id, "type": "private", "first_name": name} if chat_id is None
                else {"id": chat_id, "type": "group", "title": "Study group"})
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id, name), "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"message": msg}

    def send_text(self, user_id: int, text: str, name: str = "Asha",
                  chat_id: int | None = None) -> dict[str, Any]:
        return self._push(self.message_update(user_id, text, name, chat_id))

    def press(self, user_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
        return self._push({"callback_query": {
            "id": f"cb{next(self._update_ids)}", "from": self.user(user_id),
            "chat_instance": "ci", "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": user_id, "type": "private"}, "from": BOT_USER,
                        "text": "menu"},
        }})

    def answer_poll(self, user_id: int, poll_id: str, option: int) -> dict[str, Any]:
        return self._push({"poll_answer": {
            "poll_id": poll_id, "user": self.user(user_id), "option_ids": [option],
            "option_persistent_ids": [f"{poll_id}-o{option}"]}})  # required since Bot API 9.6

    def redeliver(self, update: dict[str, Any]) -> dict[str, Any]:
        """The same update once more, as Telegram sends it again when the bot did not confirm
        it (a crash before the next getUpdates, a webhook that timed out)."""
        copy = json.loads(json.dumps(update))
        copy.pop("update_id", None)
        return self._push(copy)

    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        return [c for c in list(self.calls) if c.method == method and (
            chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    async def wait_for(self, method: str, chat_id: int | None = None, count: int = 1,
                       timeout: float = 15.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method, chat_id)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.01)
        raise AssertionError(f"no {count}x {method} to {chat_id} within {timeout}s; "
                             f"calls: {[c.method for c in self.calls]}")

    # ---------------------------------------------------------------- server
    def _answer(self, method: str, params: dict[str, Any],
                files: dict[str, bytes]) -> tuple[int, dict[str, Any]]:
        call = Call(method, params, files)
        if self._failures.get(method):
            status, description, retry_after = self._failures[method].pop(0)
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
            self.calls.append(call)
            return status, body
        if (refusal := self._limited(method, params)) is not None:
            status, description, retry_after = refusal
            self.rejected[status] += 1
            body = {"ok": False, "error_code": status, "description": description}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
            self.calls.append(call)
            return status, body
        handler = getattr(self, f"_m_{method}", None)
        call.result = handler(params) if handler is not None else True
        if self._delays.get(method):
            time.sleep(self._delays[method].pop(0))
        if method != "getUpdates":
            self.calls.append(call)
        return 200, {"ok": True, "result": call.result}

    def _m_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                remaining = deadline - time.monotonic()
                if ready or remaining <= 0:
                    self._updates = ready
                    return ready
                self._cond.wait(remaining)

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        msg = {"message_id": next(self._message_ids), "date": int(time.time()),
               "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
               "from": BOT_USER, **extra}
        if isinstance(params.get("reply_markup"), dict):
            msg["reply_markup"] = params["reply_markup"]
        return msg

    def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        return self._message(params, text=params.get("text", ""))

    def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        size = {"file_id": "photo1", "file_unique_id": "p1", "width": 100, "height": 100}
        return self._message(params, photo=[size], caption=params.get("caption", ""))

    def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        doc = {"file_id": "doc1", "file_unique_id": "d1", "file_name": "file"}
        return self._message(params, document=doc, caption=params.get("caption", ""))

    def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        msg = self._message(params, text=params.get("text", ""))
        msg["message_id"] = int(params.get("message_id", 1))
        return msg

    def _m_sendPoll(self, params: dict[str, Any]) -> Any:
        options = params.get("options") or []
        poll = {
            "id": f"poll{next(self._poll_ids)}", "question": params.get("question", ""),
            "options": [{"text": o if isinstance(o, str) else o.get("text", ""),
                         "voter_count": 0, "persistent_id": f"o{i}"}
                        for i, o in enumerate(options)],
            "total_voter_count": 0, "is_closed": False, "is_anonymous": False,
            "type": params.get("type", "quiz"), "allows_multiple_answers": False,
            "correct_option_ids": params.get("correct_option_ids"),
            "allows_revoting": False, "members_only": False,  # required since Bot API 9.6/10.0
        }
        return self._message(params, poll=poll)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Telegram: a burst reuses its
            #                                connections instead of one TCP connect a call
            disable_nagle_algorithm = True  # else the body waits 40 ms for the ACK of the
            #                                 headers (Nagle + delayed ACK, per answer)

            def handle(self) -> None:
                with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                    super().handle()  # a client closing a kept-alive connection: not an error
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _serve(self) -> None:
                prefix = f"/bot{fake.token}/"
                if not self.path.startswith(prefix):
                    self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                if fake.revoked:
                    self._reply(401, {"ok": False, "error_code": 401,
                                      "description": "Unauthorized"})
                    return
                method = self.path[len(prefix):].split("?")[0]
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                params, files = fake._parse(self.headers.get("Content-Type", ""), body)
                status, payload = fake._answer(method, params, files)
                self._reply(status, payload)

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on a long poll (shutdown): nothing to answer

            do_GET = do_POST = _serve

        return Handler

    @staticmethod
    def _parse(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        if content_type.startswith("multipart/form-data"):
            parts = _multipart(content_type, body)
            if parts is None:  # not the plain shape httpx sends: the general parser
                msg = BytesParser(policy=email_policy).parsebytes(
                    f"Content-Type: {content_type}\r\n\r\n".encode() + body)
                parts = [(part.get_param("name", header="content-disposition"),
                          bool(part.get_filename()), part.get_payload(decode=True) or b"")
                         for part in msg.iter_parts()]
            for name, is_file, payload in parts:
                if is_file:
                    files[name] = payload
                else:
                    params[name] = _decode(payload.decode())
        elif content_type.startswith("application/json"):
            params = json.loads(body or b"{}")
        elif body:
            params = {k: _decode(v[0]) for k, v in parse_qs(body.decode()).items()}
        return params, files
