"""Running chunks as tasks on a Dask cluster (a `distributed.Client`, an address, or a local one)."""

from __future__ import annotations

from collections.abc import Iterable

from .pool import Results
from .work import Settings, analyze_chunk, failed_chunk


def dask_chunks(chunks: Iterable[list[dict]], settings: Settings, workers: int, client) -> Results:
    """Chunks as Dask tasks, at most two per worker thread in flight; a failed task fails its chunk.

    ``client``: a ``distributed.Client``, a scheduler address, or None for a `LocalCluster` of
    ``workers`` processes, closed at the end.
    """
    from distributed import Client, LocalCluster, as_completed

    own = []
    if client is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        own = [client, cluster]
    elif isinstance(client, str):
        client = Client(client)
        own = [client]
    try:
        slots = 2 * max(1, sum(client.nthreads().values()))
        queue = iter(chunks)
        tasks: dict = {}
        running = as_completed()

        def submit(chunk: list[dict]) -> None:
            future = client.submit(analyze_chunk, chunk, settings, pure=False)
            tasks[future.key] = chunk
            running.add(future)

        for chunk in queue:
            submit(chunk)
            if len(tasks) >= slots:
                break
        for future in running:
            chunk = tasks.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 (KilledWorker, lost connection: the chunk fails)
                result = failed_chunk(chunk, exc, settings)
            future.release()
            yield chunk, result
            following = next(queue, None)
            if following is not None:
                submit(following)
    finally:
        for thing in own:
            thing.close()
