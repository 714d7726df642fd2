"""`make bench-ray`: Ray's coding throughput with 1 and 2 workers against the local engine.

    python -m wirewatch.engines.raybench [--eval-dir ../shared/eval] [--repeat 8] [--rounds 2]

The corpus is `make bench`'s (the sample corpus `repeat` times, plus the eval texts), coded
in rounds of `batch.ROUND_SIZE` articles with the known actors a new store starts with, as
`wirewatch code` does. Every engine codes the same articles on the same partition (batches of
16); what is timed is articles in to coded articles back on the driver, after the workers
have loaded the pipeline (Ray) but with the local pool's start for each round included, as
`wirewatch code` pays it. Runs are interleaved and the best of each counts: the machine is
shared, and the least disturbed run is the one that measures the engine.

The figure that matters is the scaling efficiency, throughput with 2 workers / (2 × throughput
with 1): 1.0 is perfect, and the driver's own work (sending batches, receiving results) is
what takes it below.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from wirewatch.actors.kb import load_curated
from wirewatch.batch import ROUND_SIZE
from wirewatch.bench import _prepare_all, bench_corpus
from wirewatch.model import Article, CodedArticle, KnownActor
from wirewatch.pipeline import code_articles
from wirewatch.settings import Settings
from wirewatch.store.actors import load_known_actors, seed_actors
from wirewatch.store.sqlite import SqliteStore

Coder = Callable[[Sequence[Article], Settings, Sequence[KnownActor]], Any]


def _known_actors(folder: Path) -> tuple[KnownActor, ...]:
    """The knowledge base a new store starts with (the curated actors), as round 1 sees it."""
    with SqliteStore.open(folder / "seed.db") as store:
        seed_actors(store, load_curated())
        return tuple(load_known_actors(store))


def _timed(coder: Coder, articles: list[Article], settings: Settings, known: Sequence[KnownActor]) -> float:
    started = time.perf_counter()
    coded: list[CodedArticle] = []
    for start in range(0, len(articles), ROUND_SIZE):
        coded.extend(coder(articles[start : start + ROUND_SIZE], settings, known))
    seconds = time.perf_counter() - started
    if len(coded) != len(articles):
        raise RuntimeError(f"{len(coded)} of {len(articles)} articles came back")
    return seconds


def _ray_run(workers: int, articles: list[Article], settings: Settings, known: Sequence[KnownActor]) -> float:
    from wirewatch.engines.rayengine import RayEngine

    with RayEngine(settings, workers=workers) as engine:
        list(engine.code(articles[:workers], settings, known))  # workers started and warm
        return _timed(engine.code, articles, settings, known)


def run_ray_benchmark(
    *, repeat: int = 8, eval_dir: Path | None = None, rounds: int = 2, limit: int | None = None
) -> dict[str, Any]:
    import tempfile

    import ray

    # Two workers on two cores, and the same batches of 16 for every engine.
    settings = replace(Settings.from_env(), processes=2, parallel_min_articles=1)
    articles = _prepare_all(settings, bench_corpus(repeat, eval_dir))[:limit]
    words = sum(len(a.text.split()) for a in articles)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    runs: dict[str, list[float]] = {"local_1": [], "local_2": [], "ray_1": [], "ray_2": []}
    try:
        with tempfile.TemporaryDirectory() as folder:
            known = _known_actors(Path(folder))
            one = replace(settings, processes=1)
            list(code_articles(articles[:4], one, known))  # model files and imports warm
            for _ in range(rounds):
                runs["local_1"].append(_timed(code_articles, articles, one, known))
                runs["local_2"].append(_timed(code_articles, articles, settings, known))
                runs["ray_1"].append(_ray_run(1, articles, settings, known))
                runs["ray_2"].append(_ray_run(2, articles, settings, known))
    finally:
        ray.shutdown()
    best = {name: min(times) for name, times in runs.items()}
    rate = {name: len(articles) / seconds for name, seconds in best.items()}
    return {
        "articles": len(articles),
        "words": words,
        "cores": os.cpu_count(),
        "rounds": rounds,
        **{f"{name}_articles_per_s": round(r, 2) for name, r in rate.items()},
        "ray_scaling_efficiency_1_to_2": round(rate["ray_2"] / (2 * rate["ray_1"]), 3),
        "local_scaling_efficiency_1_to_2": round(rate["local_2"] / (2 * rate["local_1"]), 3),
        "ray_2_to_local_2": round(rate["ray_2"] / rate["local_2"], 3),
        "seconds_all": {name: [round(t, 1) for t in times] for name, times in runs.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wirewatch.engines.raybench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--repeat", type=int, default=8, help="copies of the sample corpus")
    parser.add_argument("--eval-dir", type=Path, help="also code the texts under this shared/eval folder")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved runs; the best of each counts")
    parser.add_argument("--limit", type=int, help="code only the first this many articles")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    report = run_ray_benchmark(
        repeat=args.repeat, eval_dir=args.eval_dir, rounds=args.rounds, limit=args.limit
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:34} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
