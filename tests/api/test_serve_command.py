"""`wirewatch serve` as a user runs it: its own process, the UI at /, the API under /v1 (issue 6)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

# Seconds the process may take to import everything and listen.
START_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_serve_runs_the_ui_and_the_api(sample_db: Path) -> None:
    port = _free_port()
    env = {**os.environ, "WIREWATCH_API_TOKEN": "cli-token"}
    cmd = [sys.executable, "-m", "wirewatch.cli", "serve", "--db", str(sample_db), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                index = httpx.get(url + "/", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "wirewatch serve did not start listening"
                time.sleep(0.2)
        assert index.status_code == 200 and "/static/app.js" in index.text
        assert (
            httpx.get(url + "/static/app.js")
            .headers["content-type"]
            .startswith(("text/javascript", "application/javascript"))
        )
        assert httpx.get(url + "/v1/stats").json()["coded"] >= 30
        unauthorised = httpx.post(url + "/v1/articles", json={"text": "x"})
        assert unauthorised.status_code == 401
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out
