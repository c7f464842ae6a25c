"""Local worker processes, started ahead of their first task.

A new worker costs about a second of CPU before it labels anything: a fresh
Python imports scikit-learn and the labeling core. So ``-j N`` labels in N
processes, this one and N - 1 workers (rather than N workers and an idle
parent that imported the same modules), and :class:`LocalWorkers` starts its
workers and has them do that import as soon as the pool is entered, so that
their start-up overlaps with what this process does meanwhile (importing the
same modules, loading the model, listing the files). The workers are loky
processes, the executor joblib runs on. This module imports nothing heavy
itself, so that the workers can be started first.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

#: The module a worker imports while it waits for its first task.
CORE_MODULE = "nq35cls.labeling"
#: GIL switch interval (seconds) of this process while the pool is entered.
#: This process labels chunks itself while loky's threads hand tasks to the
#: workers and take their results; with Python's default of 5 ms each of
#: those hand-overs waits up to 5 ms for the labeling thread, and a worker
#: idles meanwhile (-j 2 on the benchmark corpus: 8.4 s -> 8.0 s at 1 ms).
SWITCH_INTERVAL = 0.001
#: How often (seconds) a worker checks that the process that started it is alive.
PARENT_CHECK_INTERVAL = 1.0


class LocalWorkers:
    """A pool of worker processes on this machine.

    Use it as a context manager; :meth:`submit` may be called once the pool
    is entered.

    Parameters
    ----------
    n_workers : int
        Number of worker processes (at least 1).
    reuse : bool, default=True
        Keep the processes when the pool exits, for the next pool of this
        process (they stop when idle for a while or at exit). False has them
        stop as the pool exits, so that they wind down while this process
        finishes (the command line, which ends after one batch).

    Notes
    -----
    While the pool is entered, this process's GIL switch interval is at
    most :data:`SWITCH_INTERVAL` (it is restored on exit). A worker exits
    by itself within :data:`PARENT_CHECK_INTERVAL` seconds of this process's
    death (even a ``SIGKILL``, which leaves no time to stop the pool).

    Examples
    --------
    >>> with LocalWorkers(1) as workers:  # doctest: +SKIP
    ...     model = load_model()            # while the worker starts
    ...     future = workers.submit(label_chunk, chunk, model, options)
    """

    def __init__(self, n_workers: int, reuse: bool = True) -> None:
        self.n_workers = n_workers
        self.reuse = reuse

    def __enter__(self) -> LocalWorkers:
        if self.n_workers < 1:
            raise ValueError(f"LocalWorkers needs at least one worker, not {self.n_workers}")
        from joblib.externals.loky import get_reusable_executor

        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        self._executor = get_reusable_executor(
            max_workers=self.n_workers, initializer=_watch_parent, initargs=(os.getpid(),)
        )
        for _ in range(self.n_workers):  # start every worker now, each importing the core
            self._executor.submit(_start)
        return self

    def submit(self, function: Callable, *args) -> Future:
        """Run ``function(*args)`` in a worker; its result comes from the returned future.

        Raises
        ------
        RuntimeError
            If the pool was not entered.
        """
        if not hasattr(self, "_executor"):
            raise RuntimeError("LocalWorkers.submit needs the pool entered: use 'with LocalWorkers(n) as workers:'")
        return self._executor.submit(function, *args)

    def __exit__(self, *exc_info) -> None:
        if not self.reuse:
            self._executor.shutdown(wait=False)
        del self._executor
        sys.setswitchinterval(self._switch_interval)


def _start() -> None:
    """Worker task: import the labeling core."""
    importlib.import_module(CORE_MODULE)


def _watch_parent(parent: int) -> None:
    """Worker initializer: exit when ``parent`` is gone (checked in a daemon thread)."""
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="nq35cls-parent-watch", daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_INTERVAL)
    os._exit(1)  # the parent is gone: nobody will read our results
