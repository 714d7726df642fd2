"""`wirewatch code --engine ray [--address ADDR]`: the rounds of `batch.code_inputs` coded on Ray.

Reading, cleaning, dedup and every store write stay on the driver, in
`batch.code_inputs`, exactly as with the local engine: this module only
replaces the round's coder. So rejections, skipped duplicates, story linking
and the known-actor knowledge base (loaded afresh for each round) behave the
same, and the events are the same as the local engine's.

- Workers are Ray actors, one CPU each, that load the pipeline once.
- A round's articles go out in batches of `BATCH_SIZE`, at most
  `IN_FLIGHT_PER_WORKER` batches queued on each actor, so memory holds a
  round (`batch.ROUND_SIZE` articles) and a few batches however big the input.
- Results come back in input order, as each batch finishes, to the driver's
  one store writer; progress moves on the driver as they are saved.
- A worker that dies takes its queued batches with it: they go to the front
  of the queue for the live actors, a replacement actor is started, and an
  article already handed to the writer is never handed over again. A batch
  that kills `MAX_ATTEMPTS` workers stops the run with its article ids.

Without an address, a local cluster is started for the run (no dashboard,
quiet logs) and shut down after it; with one, the run joins that cluster, and
wirewatch must be installed on its nodes.
"""

from __future__ import annotations

import logging
import os
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from wirewatch.errors import WirewatchError
from wirewatch.model import Article, CodedArticle, KnownActor
from wirewatch.pipeline import CHUNK_SIZE, partition
from wirewatch.settings import Settings

try:
    import ray
    from ray.exceptions import RayActorError
except ImportError as e:  # pragma: no cover - exercised by a test that hides the module
    raise WirewatchError("--engine ray needs Ray, an optional extra: pip install 'wirewatch[ray]'") from e

log = logging.getLogger(__name__)

# Articles per task on big rounds: the local pool's chunk (pipeline.CHUNK_SIZE, 16), big enough
# to amortise a round trip, small enough that a round of 256 keeps the workers busy and a dead
# worker loses little. Small rounds go as the local engine codes them (see batch_articles).
BATCH_SIZE = CHUNK_SIZE
# Batches queued on each actor: one running, one waiting, so an actor never idles
# while the driver saves the previous batch.
IN_FLIGHT_PER_WORKER = 2
# Workers one batch may take down before the run stops (a poison article, not bad luck).
MAX_ATTEMPTS = 3
# Test hook: "N:PATH" makes the worker given the N-th batch (0-based, over the whole run) exit
# its process half-way through that batch, once: it creates PATH and does not exit again while
# PATH exists. Read by the driver and passed to the workers.
CRASH_HOOK_ENV = "WIREWATCH_RAY_TEST_CRASH"


class CodingWorker:
    """A Ray actor's state: the pipeline, loaded once, warm."""

    def __init__(self, model: str, batch_size: int, crash_hook: str | None = None) -> None:
        from wirewatch.nlp import build_nlp
        from wirewatch.pipeline import warm_up

        self.nlp = build_nlp(model)
        warm_up(self.nlp)
        self.batch_size = batch_size
        self.crash_hook = crash_hook

    def ready(self) -> int:
        return os.getpid()

    def code(self, seq: int, articles: Sequence[Article], known: Sequence[KnownActor]) -> list[CodedArticle]:
        from wirewatch.pipeline import code_docs

        half = len(articles) // 2
        if self._crash_now(seq):
            code_docs(self.nlp, articles[:half], self.batch_size, known)
            os._exit(1)  # a worker lost mid-batch: no reply, no clean-up
        return code_docs(self.nlp, articles, self.batch_size, known)

    def _crash_now(self, seq: int) -> bool:
        if not self.crash_hook:
            return False
        at, _, marker = self.crash_hook.partition(":")
        if int(at) != seq or Path(marker).exists():
            return False
        Path(marker).touch()
        return True


class RayEngine:
    """Ray actors coding `batch.code_inputs` rounds; a context manager around the cluster."""

    def __init__(
        self,
        settings: Settings,
        *,
        address: str | None = None,
        workers: int | None = None,
        batch_size: int = BATCH_SIZE,
        verbose: bool = False,
    ) -> None:
        if workers is not None and workers < 1:
            raise WirewatchError(f"--processes {workers}: Ray needs at least one worker")
        self.settings = settings
        self.batch_size = batch_size
        self._started_cluster = _connect(address, workers or settings.processes, verbose)
        cpus = int(ray.cluster_resources().get("CPU", 0))  # type: ignore[no-untyped-call]
        self.workers = workers or (settings.processes if self._started_cluster else cpus)
        if self.workers > cpus:
            self.close()
            raise WirewatchError(
                f"{self.workers} Ray workers need {self.workers} CPUs; the cluster has {cpus}"
            )
        self._crash_hook = os.environ.get(CRASH_HOOK_ENV)
        self._actor_class = ray.remote(num_cpus=1, max_restarts=0)(CodingWorker)
        self._actors: list[Any] = []  # started with the first round: a run with nothing new loads none
        self._seq = 0  # batches handed out so far, over every round
        self.restarts = 0

    def _start_workers(self) -> None:
        self._actors = [self._spawn() for _ in range(self.workers)]
        try:
            ray.get([a.ready.remote() for a in self._actors])
        except RayActorError as e:
            raise WirewatchError(
                f"Ray workers could not load the pipeline ({e}); is wirewatch installed on every node?"
            ) from e

    def _spawn(self) -> Any:
        return self._actor_class.remote(self.settings.model, self.settings.batch_size, self._crash_hook)

    def __enter__(self) -> RayEngine:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        for actor in getattr(self, "_actors", []):
            ray.kill(actor)
        self._actors = []
        if self._started_cluster and ray.is_initialized():
            ray.shutdown()
        self._started_cluster = False

    def code(
        self, articles: Sequence[Article], settings: Settings, known_actors: Sequence[KnownActor] = ()
    ) -> Iterator[CodedArticle]:
        """A `batch.Coder`: every article coded once, yielded in input order."""
        size = batch_articles(len(articles), settings, self.batch_size)
        batches = partition(articles, settings.processes, size)
        if not batches:
            return
        if not self._actors:
            self._start_workers()
        known = ray.put(tuple(known_actors))
        seqs = list(range(self._seq, self._seq + len(batches)))
        self._seq += len(batches)
        waiting: deque[int] = deque(range(len(batches)))
        attempts: Counter[int] = Counter()
        running: dict[Any, tuple[int, Any]] = {}  # result ref -> (batch number, actor)
        done: dict[int, list[CodedArticle]] = {}
        handed: set[str] = set()  # article ids already given to the writer
        next_out = 0
        while next_out < len(batches):
            self._submit(waiting, running, batches, seqs, known)
            ready, _ = ray.wait(list(running), num_returns=1)
            for ref in ready:
                number, actor = running.pop(ref)
                try:
                    done[number] = ray.get(ref)
                except RayActorError:
                    attempts[number] += 1
                    self._lost(actor, number, attempts[number], batches[number])
                    waiting.appendleft(number)
            while next_out in done:
                for coded in done.pop(next_out):
                    if coded.article.article_id not in handed:
                        handed.add(coded.article.article_id)
                        yield coded
                next_out += 1

    def _submit(
        self,
        waiting: deque[int],
        running: dict[Any, tuple[int, Any]],
        batches: list[list[Article]],
        seqs: list[int],
        known: Any,
    ) -> None:
        """Queue waiting batches on the least busy actors, up to IN_FLIGHT_PER_WORKER each."""
        while waiting:
            load = Counter({id(a): 0 for a in self._actors})
            load.update(id(actor) for _, actor in running.values())
            actor = min(self._actors, key=lambda a: load[id(a)])
            if load[id(actor)] >= IN_FLIGHT_PER_WORKER:
                return
            number = waiting.popleft()
            running[actor.code.remote(seqs[number], batches[number], known)] = (number, actor)

    def _lost(self, actor: Any, number: int, attempts: int, batch: list[Article]) -> None:
        """A worker died with batch `number` on it: replace the worker (once), or give up."""
        if attempts >= MAX_ATTEMPTS:
            ids = ", ".join(a.article_id for a in batch)
            raise WirewatchError(f"Ray workers died {attempts} times coding the batch of articles {ids}")
        if any(a is actor for a in self._actors):
            log.warning("a Ray worker died; its batches go to the others and a new worker starts")
            self._actors = [a for a in self._actors if a is not actor]
            self._actors.append(self._spawn())
            self.restarts += 1


def batch_articles(n: int, settings: Settings, parallel_size: int = CHUNK_SIZE) -> int:
    """Articles per batch for a round of `n` (the largest; the last batches shrink, see
    `pipeline.partition`): the partition `pipeline.code_articles` makes.

    An article's events do not depend on the batch it is coded in (the learned step embeds each
    sentence alone, see `events.learned.Embedder`); the same partition keeps the two engines'
    work, and their timings in `raybench`, alike.
    """
    if settings.processes > 1 and n >= settings.parallel_min_articles:
        return parallel_size
    return settings.batch_size


def _connect(address: str | None, cpus: int, verbose: bool) -> bool:
    """Join the cluster at `address`, or start a local one with `cpus` CPUs; True if started here."""
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no usage-stats prompt or upload
    quiet: dict[str, Any] = {
        "logging_level": logging.INFO if verbose else logging.ERROR,
        "log_to_driver": verbose,
        "configure_logging": True,
    }
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=cpus, include_dashboard=False, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as e:
        where = f"the Ray cluster at {address}" if address else "a local Ray cluster"
        raise WirewatchError(f"cannot start or reach {where}: {e}") from e
    return True
