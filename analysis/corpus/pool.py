"""Running chunks in this process or in a pool of worker processes that die with their parent.

A worker asks the kernel to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG)`` on
Linux, through ctypes; elsewhere a thread that watches the parent's process id), so a run killed
with SIGKILL or SIGTERM leaves no worker behind holding hundreds of MB.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from .work import ChunkResult, Settings, analyze_chunk, failed_chunk

# prctl option: the signal this process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1
# How often the portable watcher looks for the parent (seconds).
_PARENT_POLL_SECONDS = 0.5

Results = Iterator[tuple[list[dict], ChunkResult]]


def exit_with_parent(parent: int) -> None:
    """Make this (worker) process exit when process ``parent`` dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)  # the C library this process already runs on
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            # The parent may have died before the call: then this process was re-parented.
            if os.getppid() != parent:
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def start_method() -> str:
    """fork from a single-threaded process on Linux; else forkserver (or spawn where that is all).

    Forking shares the parent's loaded lexicons and models with the workers (no second start-up,
    copy-on-write memory); it is only safe when no other thread can hold a lock at fork time, so
    a threaded parent (a Jupyter kernel, a Dask client) gets a fresh forkserver instead.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def worker_pool(workers: int, context) -> ProcessPoolExecutor:
    """A started pool of ``workers`` processes, each exiting with its parent (`exit_with_parent`)."""
    gc.freeze()  # objects loaded so far stay untouched by the collector: forked pages stay shared
    try:
        # With forkserver the workers' parent is the fork server, which exits with this process.
        parent = os.getpid() if context.get_start_method() == "fork" else None
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(parent,))
        pool.submit(int).result()  # start the workers now, while the caller is single-threaded
        return pool
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "worker processes could not start; in a script, call analyze_corpus under "
            "`if __name__ == '__main__':` (see the multiprocessing docs)"
        ) from exc
    finally:
        gc.unfreeze()


def _init_worker(parent: int | None) -> None:
    exit_with_parent(parent if parent is not None else os.getppid())


def serial(chunks: Iterable[list[dict]], settings: Settings) -> Results:
    """Every chunk analysed in this process."""
    frozen = False
    try:
        for chunk in chunks:
            yield chunk, analyze_chunk(chunk, settings)
            if not frozen:
                # Lexicons, models and compiled patterns are loaded now and live as long as the
                # run: out of the cyclic collector's sight they stop making each of its full
                # passes slow (about 7% of a run's time on AllSides).
                gc.collect()
                gc.freeze()
                frozen = True
    finally:
        if frozen:
            gc.unfreeze()


def processes(chunks: Iterable[list[dict]], settings: Settings, workers: int) -> Results:
    """Worker processes, at most two tasks each in flight.

    The first chunk is analysed here, in this process, before the workers start: real work that
    loads every lexicon and model once, which forked workers then inherit. If a worker dies
    (killed for memory, a crash in C code), the pool is rebuilt and the articles of the chunks it
    held are retried one at a time, so only the article that kills a worker fails.
    """
    queue = iter(chunks)
    first = next(queue, None)
    if first is None:
        return
    yield first, analyze_chunk(first, settings)
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["analysis.corpus"])
    retry: list[tuple[list[dict], bool]] = []
    pending: dict = {}
    pool = worker_pool(workers, context)
    try:
        while True:
            # After a worker died, suspects run one at a time, so a second death names the culprit.
            while len(pending) < (1 if retry else 2 * workers):
                if retry:
                    chunk, single = retry.pop()
                else:
                    chunk, single = next(queue, None), False
                    if chunk is None:
                        break
                pending[pool.submit(analyze_chunk, chunk, settings)] = (chunk, single)
            if not pending:
                return
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                chunk, single = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool as exc:
                    broken = True
                    if single:
                        yield chunk, failed_chunk(chunk, exc, settings)
                    else:
                        retry += [([record], True) for record in chunk]
                else:
                    yield chunk, result
            if broken:
                for chunk, single in pending.values():
                    retry += [([record], True) for record in chunk] if not single else [(chunk, True)]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = worker_pool(workers, context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
