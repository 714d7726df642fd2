"""Load benchmark of the API on 127.0.0.1: requests/s and latency percentiles (`make bench-api`).

Starts `wirewatch serve` in its own process over a copy of a coded database
(the sample corpus by default), then runs a bounded number of requests from
concurrent clients in this process: reads, and a share of `POST /v1/articles`
with new articles (10% and 50% by default, each over a fresh copy). Reports
the count of 5xx answers and p95 latency for reads and writes separately
(issue 12's bars: no 5xx; read p95 within 1 s while writes are coding).
Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from wirewatch.errors import WirewatchError

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "articles.jsonl"
TOKEN = "loadbench"
# Seconds the server process may take to load and start listening.
START_TIMEOUT = 60.0
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Egypt", "Chile"]

Request = Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]]
WRITE = "POST articles"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def prepare_db(folder: Path, source: Path | None) -> Path:
    """A database to serve: a copy of `source`, or the sample corpus coded afresh."""
    db = folder / "bench.db"
    if source is not None:
        shutil.copy(source, db)
        return db
    from wirewatch.batch import code_inputs
    from wirewatch.settings import Settings
    from wirewatch.store.sqlite import SqliteStore

    with SqliteStore.open(db) as store:
        code_inputs([str(SAMPLE)], store, Settings(db=db, processes=1))
    return db


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WIREWATCH_API_TOKEN": TOKEN, "WIREWATCH_PROCESSES": "1"}
    cmd = [sys.executable, "-m", "wirewatch.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise WirewatchError(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/stats", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise WirewatchError("server did not start listening in time")


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc); None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _requests(article_id: str, write_share: float, run: int) -> list[tuple[str, float, Request]]:
    headers = {"Authorization": f"Bearer {TOKEN}"}

    def write(c: httpx.AsyncClient, n: int) -> Awaitable[httpx.Response]:
        a, b = COUNTRIES[n % 10], COUNTRIES[(n * 7 + 3) % 10]
        text = (
            f"The president of {a} met officials from {b} on Monday (bench {n}). {a} agreed to expand trade."
        )
        return c.post(
            "/v1/articles",
            json={"id": f"bench-{run}-{n}", "text": text, "date": "2024-01-08"},
            headers=headers,
        )

    reads = 1.0 - write_share
    return [
        ("events", reads * 0.4, lambda c, n: c.get("/v1/events", params={"limit": 50, "offset": n % 20})),
        ("events?country", reads * 0.2, lambda c, n: c.get("/v1/events", params={"country": "RUS"})),
        ("article", reads * 0.2, lambda c, n: c.get(f"/v1/articles/{article_id}")),
        ("actors", reads * 0.1, lambda c, n: c.get("/v1/actors", params={"limit": 20})),
        ("stats/dyads", reads * 0.1, lambda c, n: c.get("/v1/stats/dyads", params={"a": "RUS", "b": "UKR"})),
        (WRITE, write_share, write),
    ]


async def _drive(url: str, total: int, concurrency: int, write_share: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        article_id = (await client.get("/v1/articles", params={"limit": 1})).json()["items"][0]["article_id"]
        kinds = _requests(article_id, write_share, seed)
        plan = rng.choices(range(len(kinds)), weights=[k[1] for k in kinds], k=total)
        latencies: dict[str, list[float]] = {k[0]: [] for k in kinds}
        errors: list[str] = []
        statuses: dict[int, int] = {}
        queue: asyncio.Queue[tuple[int, int]] = asyncio.Queue()
        for n, k in enumerate(plan):
            queue.put_nowait((n, k))

        async def worker() -> None:
            while not queue.empty():
                n, k = queue.get_nowait()
                name, _, request = kinds[k]
                started = time.perf_counter()
                try:
                    response = await request(client, n)
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                    if response.status_code >= 400:
                        errors.append(f"{name}: {response.status_code} {response.text[:120]}")
                except httpx.HTTPError as e:
                    errors.append(f"{name}: {type(e).__name__}")
                latencies[name].append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    report = _report(latencies, errors, elapsed, concurrency)
    report["statuses"] = dict(sorted(statuses.items()))
    report["responses_5xx"] = sum(n for status, n in statuses.items() if status >= 500)
    return report


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def _report(
    latencies: dict[str, list[float]], errors: list[str], elapsed: float, concurrency: int
) -> dict[str, Any]:
    every = [x for v in latencies.values() for x in v]
    reads = [x for name, v in latencies.items() if name != WRITE for x in v]
    writes = latencies.get(WRITE, [])
    return {
        "requests": len(every),
        "reads": len(reads),
        "writes": len(writes),
        "read_p95_ms": round(_percentile(reads, 95), 1) if reads else None,
        "write_p95_ms": round(_percentile(writes, 95), 1) if writes else None,
        "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(every) / elapsed, 1),
        "p50_ms": round(_percentile(every, 50), 1),
        "p95_ms": round(_percentile(every, 95), 1),
        "p99_ms": round(_percentile(every, 99), 1),
        "errors": len(errors),
        "first_errors": errors[:3],
        "by_kind": {
            name: {
                "n": len(v),
                "mean_ms": round(statistics.fmean(v) * 1000, 1),
                "p95_ms": round(_percentile(v, 95), 1),
            }
            for name, v in latencies.items()
            if v
        },
    }


def run_loadbench(
    *,
    requests: int,
    concurrency: int,
    write_share: float,
    db: Path | None = None,
    seed: int = 6,
) -> dict[str, Any]:
    """Serve a copy of `db` (or the coded sample corpus) in a subprocess and measure it."""
    with tempfile.TemporaryDirectory(prefix="wirewatch-loadbench-") as tmp:
        served = prepare_db(Path(tmp), db)
        port = _free_port()
        proc = start_server(served, port)
        try:
            url = f"http://127.0.0.1:{port}"
            _warm_coding(url)
            asyncio.run(_drive(url, 20, 4, write_share, seed + 1))  # warm up: model load, caches
            cpu_before = _cpu_seconds(proc.pid)
            report = asyncio.run(_drive(url, requests, concurrency, write_share, seed))
            cpu_after = _cpu_seconds(proc.pid)
            if cpu_before is not None and cpu_after is not None:
                # Wall-clock figures depend on what else the machine runs; server CPU per request less so.
                report["server_cpu_ms_per_request"] = round((cpu_after - cpu_before) / requests * 1000, 2)
            report["machine_load_1min"] = round(os.getloadavg()[0], 1)
            report["cpus"] = os.cpu_count()
            return report
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def _warm_coding(url: str) -> None:
    """One write before measuring: the coding worker starts and loads its pipeline on the first."""
    article = {"id": "bench-warm-up", "text": "The president of France met officials from Kenya on Monday."}
    httpx.post(f"{url}/v1/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wirewatch.api.loadbench", description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument(
        "--write-share",
        type=float,
        nargs="+",
        default=[0.1, 0.5],
        help="share of POST /v1/articles; each share is a run of its own (default: 0.1 0.5)",
    )
    parser.add_argument("--db", type=Path, help="serve a copy of this database (default: the sample corpus)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    reports = {
        f"writes {share:.0%}": run_loadbench(
            requests=args.requests, concurrency=args.concurrency, write_share=share, db=args.db
        )
        for share in args.write_share
    }
    if args.json:
        sys.stdout.write(json.dumps(reports, indent=2) + "\n")
    else:
        for title, report in reports.items():
            sys.stdout.write(f"--- {title} ---\n")
            for key, value in report.items():
                if key == "by_kind":
                    for name, figures in value.items():
                        sys.stdout.write(f"  {name:16} {figures}\n")
                else:
                    sys.stdout.write(f"{key:16} {value}\n")
    return 1 if any(r["errors"] for r in reports.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
