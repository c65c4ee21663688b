"""One per-call measurement, run by ``bench/run.py`` in a fresh interpreter: ``create_proofread``
against the local server (``bench/server.py``), ours and the floor in the same interpreter, in
alternating blocks (``--blocks`` blocks of ``--calls`` sequential calls each, the order flipping
every block), after ``--warmup`` untimed calls of each. Alternating blocks in one process puts both
under the same machine load: separate processes for ours and the floor drifted ±10 % apart on this
shared 2-CPU machine, more than the difference being measured. Prints one JSON line:
``{"ours_us": [per-block µs/call, ...], "floor_us": [...], "ours_cpu_us": [...], "floor_cpu_us":
[...], "calls": N}``: wall time, and this process's CPU time (``time.process_time``), per call. The
CPU time leaves out the server and the wait for it, so it shows the client's own cost with much
less of the machine's load in it.

``ours`` is the committed ``heygen`` package (``HeyGen`` / ``AsyncHeyGen``); the floor is the same
request written by hand with httpx and pydantic: a request model dumped to JSON, the API key and a
fresh ``Idempotency-Key`` header, a status check, and the ``data`` member validated into a response
model. Both build the ``AssetUrl`` argument inside the loop, as a caller would.

    python bench/calls.py --mode sync|async --port PORT [--blocks B] [--calls N] [--warmup N]
                          [--profile ours|floor]

``--profile`` runs that client's timed blocks under ``cProfile`` and prints its top functions
(by own time, then cumulative) to stderr; its figures are then the profiler's, not the clients'.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

import httpx
from pydantic import BaseModel, Field

API_KEY = "bench-key"
PATH = "/v3/video-translations/proofreads"


# --- the hand-written floor: the models a careful user would write for this one call -------------
class FloorAssetUrl(BaseModel):
    type: Literal["url"] = "url"
    url: str


class FloorAssetId(BaseModel):
    type: Literal["asset_id"] = "asset_id"
    asset_id: str


class FloorCreateProofreadRequest(BaseModel):
    video: Annotated[FloorAssetUrl | FloorAssetId, Field(discriminator="type")]
    output_languages: list[str]
    title: str
    brand_voice_id: str | None = None
    brand_glossary_id: str | None = None
    speaker_num: int | None = None
    folder_id: str | None = None
    enable_video_stretching: bool | None = None
    disable_music_track: bool | None = None
    enable_speech_enhancement: bool | None = None
    srt: FloorAssetUrl | FloorAssetId | None = None
    mode: Literal["speed", "precision"] | None = None
    keep_the_same_format: bool | None = None


class FloorCreateProofreadResponse(BaseModel):
    proofread_ids: list[str]
    status: str


def _floor_request() -> tuple[dict[str, Any], dict[str, str]]:
    # exclude_none, not exclude_unset: the latter drops the "type" discriminator the API needs.
    body = FloorCreateProofreadRequest(
        video=FloorAssetUrl(url="https://x/v.mp4"), output_languages=["es"], title="Demo"
    ).model_dump(mode="json", exclude_none=True)
    return body, {"Idempotency-Key": str(uuid.uuid4())}


def _floor_parse(response: httpx.Response) -> FloorCreateProofreadResponse:
    if response.status_code >= 400:
        raise RuntimeError(f"HTTP {response.status_code}")
    return FloorCreateProofreadResponse.model_validate(response.json()["data"])


def _sync_call(impl: str, base_url: str) -> tuple[Callable[[], object], Callable[[], None]]:
    if impl == "floor":
        http = httpx.Client(base_url=base_url, headers={"x-api-key": API_KEY})

        def floor_call() -> object:
            body, headers = _floor_request()
            return _floor_parse(http.post(PATH, json=body, headers=headers))

        return floor_call, http.close
    from heygen import HeyGen
    from heygen.models import AssetUrl

    client = HeyGen(api_key=API_KEY, base_url=base_url)

    def ours_call() -> object:
        return client.video_translations.proofreads.create(
            video=AssetUrl(url="https://x/v.mp4"), output_languages=["es"], title="Demo"
        )

    return ours_call, client.close


def _async_call(
    impl: str, base_url: str
) -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
    if impl == "floor":
        http = httpx.AsyncClient(base_url=base_url, headers={"x-api-key": API_KEY})

        async def floor_call() -> object:
            body, headers = _floor_request()
            return _floor_parse(await http.post(PATH, json=body, headers=headers))

        return floor_call, http.aclose
    from heygen import AsyncHeyGen
    from heygen.models import AssetUrl

    client = AsyncHeyGen(api_key=API_KEY, base_url=base_url)

    async def ours_call() -> object:
        return await client.video_translations.proofreads.create(
            video=AssetUrl(url="https://x/v.mp4"), output_languages=["es"], title="Demo"
        )

    return ours_call, client.close


def _check(result: object) -> None:
    ids = getattr(result, "proofread_ids", None)
    if ids != ["p1"]:
        raise SystemExit(f"unexpected result: {result!r}")


_KEYS = ("ours", "floor", "ours_cpu", "floor_cpu")


def _record(times: dict[str, list[float]], impl: str, start: float, cpu: float, calls: int) -> None:
    """One block's wall and CPU µs per call (the CPU clock read first: it is the slower one)."""
    cpu_us = (time.process_time() - cpu) / calls * 1e6
    times[impl].append((time.perf_counter() - start) / calls * 1e6)
    times[f"{impl}_cpu"].append(cpu_us)


class _Profile:
    """cProfile around one client's timed blocks (``--profile``); a no-op for the other."""

    def __init__(self, impl: str | None) -> None:
        import cProfile

        self.impl = impl
        self.profiler = cProfile.Profile() if impl else None

    def start(self, impl: str) -> None:
        if self.profiler is not None and impl == self.impl:
            self.profiler.enable()

    def stop(self, impl: str) -> None:
        if self.profiler is not None and impl == self.impl:
            self.profiler.disable()

    def report(self) -> None:
        if self.profiler is None:
            return
        import pstats
        import sys

        stats = pstats.Stats(self.profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(30)


def run_sync(
    base_url: str, blocks: int, calls: int, warmup: int, profile: _Profile | None = None
) -> dict[str, list[float]]:
    profile = profile or _Profile(None)
    clients = {impl: _sync_call(impl, base_url) for impl in ("ours", "floor")}
    for call, _close in clients.values():
        for _ in range(warmup):
            _check(call())
    times: dict[str, list[float]] = {k: [] for k in _KEYS}
    for block in range(blocks):
        for impl in ("ours", "floor") if block % 2 == 0 else ("floor", "ours"):
            call = clients[impl][0]
            profile.start(impl)
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                call()
            _record(times, impl, start, cpu, calls)
            profile.stop(impl)
    for call, close in clients.values():
        _check(call())
        close()
    return times


async def run_async(
    base_url: str, blocks: int, calls: int, warmup: int, profile: _Profile | None = None
) -> dict[str, list[float]]:
    profile = profile or _Profile(None)
    clients = {impl: _async_call(impl, base_url) for impl in ("ours", "floor")}
    for call, _close in clients.values():
        for _ in range(warmup):
            _check(await call())
    times: dict[str, list[float]] = {k: [] for k in _KEYS}
    for block in range(blocks):
        for impl in ("ours", "floor") if block % 2 == 0 else ("floor", "ours"):
            call = clients[impl][0]
            profile.start(impl)
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                await call()
            _record(times, impl, start, cpu, calls)
            profile.stop(impl)
    for call, close in clients.values():
        _check(await call())
        await close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["sync", "async"], required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--blocks", type=int, default=10)
    parser.add_argument("--calls", type=int, default=300, help="calls per block")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument(
        "--profile", choices=["ours", "floor"], help="cProfile this client's timed blocks"
    )
    args = parser.parse_args()
    base_url = f"http://127.0.0.1:{args.port}"
    profile = _Profile(args.profile)
    if args.mode == "sync":
        times = run_sync(base_url, args.blocks, args.calls, args.warmup, profile)
    else:
        times = asyncio.run(run_async(base_url, args.blocks, args.calls, args.warmup, profile))
    profile.report()
    print(json.dumps({f"{k}_us": v for k, v in times.items()} | {"calls": args.calls}))


if __name__ == "__main__":
    main()
