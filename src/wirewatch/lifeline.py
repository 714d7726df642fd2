"""Worker processes that die with their parent.

A process pool's workers outlive a parent killed with SIGKILL (`kill -9`, the
OOM killer): they are reparented to PID 1 and hold their memory (about 280 MB
each with the model loaded) until they finish their task or forever (issue 12).
`die_with_parent` is a pool initializer that prevents it two ways:

- on Linux, `prctl(PR_SET_PDEATHSIG, SIGKILL)` has the kernel kill the worker
  the moment its parent dies. The signal follows the *thread* that created the
  worker, so pools must be started from a thread that lives as long as the pool
  (the main thread, as `pipeline.code_articles` does).
- everywhere, a daemon thread that checks every second whether the parent is
  still the one that started the worker, and exits when it is not.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# How often the watchdog looks for its parent: a dead parent's workers are
# gone within this long even where prctl does not exist.
WATCHDOG_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> None:
    """Make this (worker) process exit when `parent_pid` dies; call it first thing in the worker."""
    _ask_kernel()
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid,), name="wirewatch-lifeline", daemon=True).start()


def _ask_kernel() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            log.debug("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
    except OSError as e:  # no libc to load: the watchdog alone keeps watch
        log.debug("prctl unavailable: %s", e)


def _watch(parent_pid: int) -> None:
    stop = threading.Event()
    while not stop.wait(WATCHDOG_SECONDS):
        if os.getppid() != parent_pid:
            os._exit(1)  # the parent is gone: nobody will read our results
