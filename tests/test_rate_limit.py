"""The fast lane: a reply to a light request does not queue behind a class's burst."""

from __future__ import annotations

import asyncio
import time

from bot.telegram_app import LIGHT, PriorityRateLimiter


async def test_a_light_reply_passes_a_saturated_limiter() -> None:
    limiter = PriorityRateLimiter(overall_max_rate=2, overall_time_period=1, max_retries=0)
    await limiter.initialize()
    done: dict[str, float] = {}
    started = time.perf_counter()

    async def send(name: str) -> dict:
        done[name] = time.perf_counter() - started
        return {"ok": True}

    async def request(name: str, rl_args) -> None:
        await limiter.process_request(send, (name,), {}, "sendMessage",
                                      {"chat_id": hash(name) % 1000 + 1}, rl_args)

    heavy = [asyncio.create_task(request(f"heavy{i}", None)) for i in range(6)]
    await asyncio.sleep(0.05)  # the burst is queued behind the 2-a-second cap
    await request("start", LIGHT)
    await asyncio.gather(*heavy)
    await limiter.shutdown()
    assert done["start"] < 0.3, done
    assert max(v for k, v in done.items() if k.startswith("heavy")) > 1.0  # the cap held
