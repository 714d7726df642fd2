"""Coding engines: what codes each round of `wirewatch code` (see batch.Coder).

`local` is `pipeline.code_articles`, a process pool on this machine. `ray`
spreads the rounds over a Ray cluster (engines/rayengine.py); Ray is an
optional extra and is imported only when that engine is chosen, so the local
path never pays for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from wirewatch.batch import Coder
from wirewatch.errors import WirewatchError
from wirewatch.pipeline import code_articles
from wirewatch.settings import Settings

ENGINES = ("local", "ray")


@contextlib.contextmanager
def open_engine(
    name: str,
    settings: Settings,
    *,
    address: str | None = None,
    workers: int | None = None,
    verbose: bool = False,
) -> Iterator[Coder]:
    """The coder for `name`, set up for the run and torn down after it."""
    if name not in ENGINES:
        raise WirewatchError(f"{name!r} is not an engine; choose one of: {', '.join(ENGINES)}")
    if name == "local":
        if address:
            raise WirewatchError(f"--address {address}: a cluster address needs --engine ray")
        yield code_articles
        return
    from wirewatch.engines.rayengine import RayEngine

    with RayEngine(settings, address=address, workers=workers, verbose=verbose) as engine:
        yield engine.code
