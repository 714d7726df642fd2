"""Coding off the request threads: one bounded, prioritised queue feeding worker processes.

Coding an article is CPU-bound Python (spaCy, the event rules); run on the
server's request threads it holds the GIL against every read. Here it runs in
`Settings.api_coding_workers` processes of its own (each with the pipeline and a
SQLite connection), so reads keep the server process to themselves. A request
waits for its job's result, and `POST /v1/articles` jobs commit in the worker
before the result comes back: an acknowledgement still follows the commit.

The queue holds at most `api_coding_queue` requests (more: `QueueFull`, 503
with Retry-After); requests without the bearer token may hold at most
`api_anonymous_jobs` places (more: `AnonymousLimit`, 429) and always wait
behind authenticated ones (issue 12).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from wirewatch.api.service import ArticleInput, Coder, code_one, coded_dict, ingest
from wirewatch.errors import WirewatchError
from wirewatch.model import Rejection
from wirewatch.settings import Settings
from wirewatch.store.base import open_store

log = logging.getLogger(__name__)

# Seconds between a worker's checks that the server process is still alive.
PARENT_CHECK_SECONDS = 1.0
# Retry-After bounds, seconds: the estimate is the queue ahead times the mean job time.
RETRY_MIN, RETRY_MAX = 1, 120
# Weight of the latest job in the running mean of job seconds.
MEAN_WEIGHT = 0.2
# Queue order: authenticated requests first, then anonymous ones, then the stop signal.
_AUTHENTICATED, _ANONYMOUS, _STOP = 0, 1, 2


class Overloaded(WirewatchError):
    """The coding queue cannot take this request now; retry after `retry_after` seconds."""

    status = 503

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class QueueFull(Overloaded):
    status = 503


class AnonymousLimit(Overloaded):
    status = 429


class WorkerLost(WirewatchError):
    """A coding worker died mid-job (killed, out of memory); the job may or may not have committed."""


# --- in the worker process ------------------------------------------------------------------------

# One process = one pipeline and one connection; set by `_start_worker`, the pool's initializer.
_worker: dict[str, Any] = {}


def _start_worker(settings: Settings, parent: int) -> None:
    _worker["coder"] = Coder(settings)
    _worker["store"] = open_store(settings.db)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker outliving a killed server would hold 300 MB for nothing: leave when it goes."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _noop() -> None:
    """The stop signal's call, never made."""


def _code_job(item: ArticleInput) -> dict[str, Any] | Rejection:
    result = code_one(item, _worker["coder"], _worker["store"])
    return result if isinstance(result, Rejection) else coded_dict(result)


def _ingest_job(items: list[ArticleInput]) -> dict[str, Any]:
    return ingest(items, _worker["store"], _worker["coder"])


# --- in the server process ------------------------------------------------------------------------


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    call: Callable[..., Any] = field(compare=False)
    args: tuple[Any, ...] = field(compare=False)
    done: Future[Any] = field(compare=False)


class CodingPool:
    """The queue and its worker processes. `await pool.code(item)` / `await pool.ingest(items)`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workers = max(1, settings.api_coding_workers)
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._waiting = {_AUTHENTICATED: 0, _ANONYMOUS: 0}
        self._mean_seconds = 1.0
        self._executor: ProcessPoolExecutor | None = None
        self._threads = [
            threading.Thread(target=self._dispatch, name=f"wirewatch-coding-{i}", daemon=True)
            for i in range(self.workers)
        ]
        for t in self._threads:
            t.start()

    async def code(self, item: ArticleInput, *, anonymous: bool) -> dict[str, Any] | Rejection:
        """Code one article, storing nothing (POST /v1/code)."""
        result: dict[str, Any] | Rejection = await self._run(_code_job, (item,), anonymous=anonymous)
        return result

    async def ingest(self, items: list[ArticleInput]) -> dict[str, Any]:
        """Code and store articles (POST /v1/articles); returns once every one is committed."""
        result: dict[str, Any] = await self._run(_ingest_job, (items,), anonymous=False)
        return result

    def close(self) -> None:
        for _ in self._threads:
            self._queue.put(_Job(_STOP, next(self._seq), _noop, (), Future()))
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None

    async def _run(self, call: Callable[..., Any], args: tuple[Any, ...], *, anonymous: bool) -> Any:
        priority = _ANONYMOUS if anonymous else _AUTHENTICATED
        self._reserve(priority)
        done: Future[Any] = Future()
        self._queue.put(_Job(priority, next(self._seq), call, args, done))
        return await asyncio.wrap_future(done)

    def _reserve(self, priority: int) -> None:
        with self._lock:
            queued = sum(self._waiting.values())
            retry = self._retry_after(queued)
            if queued >= self.settings.api_coding_queue:
                raise QueueFull(
                    f"the coding queue is full ({queued} requests); retry in {retry} s "
                    "(the server's WIREWATCH_API_CODING_QUEUE)",
                    retry,
                )
            if priority == _ANONYMOUS and self._waiting[_ANONYMOUS] >= self.settings.api_anonymous_jobs:
                raise AnonymousLimit(
                    f"{self._waiting[_ANONYMOUS]} requests without a token are being coded, the most this "
                    f"server allows (WIREWATCH_API_ANONYMOUS_JOBS); retry in {retry} s or send "
                    "'Authorization: Bearer <token>'",
                    retry,
                )
            self._waiting[priority] += 1

    def _retry_after(self, queued: int) -> int:
        estimate = math.ceil((queued + 1) * self._mean_seconds / self.workers)
        return min(RETRY_MAX, max(RETRY_MIN, estimate))

    def _dispatch(self) -> None:
        while (job := self._queue.get()).priority != _STOP:
            started = time.monotonic()
            try:
                if job.done.set_running_or_notify_cancel():
                    job.done.set_result(self._start(job).result())
            except BrokenProcessPool as e:
                self._reset()
                job.done.set_exception(
                    WorkerLost(f"a coding worker stopped while on this request ({e}); send it again")
                )
            except BaseException as e:  # handed to the waiting request, which answers with it
                job.done.set_exception(e)
            finally:
                with self._lock:
                    self._waiting[job.priority] -= 1
                    elapsed = time.monotonic() - started
                    self._mean_seconds += MEAN_WEIGHT * (elapsed - self._mean_seconds)

    def _start(self, job: _Job) -> Future[Any]:
        """Hand `job` to a worker; a pool found broken before the job started is replaced first."""
        try:
            return self._submit(job.call, job.args)
        except BrokenProcessPool:
            self._reset()
            return self._submit(job.call, job.args)

    def _submit(self, call: Callable[..., Any], args: tuple[Any, ...]) -> Future[Any]:
        with self._lock:
            if self._executor is None:
                # spawn, not fork: the server process has threads, and a forked copy of a held lock
                # never opens.
                self._executor = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(self.settings, os.getpid()),
                )
            return self._executor.submit(call, *args)

    def _reset(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
        log.warning("a coding worker died; starting new ones")
