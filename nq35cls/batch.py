"""Label many report files: in order, in chunks, in one process or many.

:func:`label_files` yields one outcome per input file, in input order
whatever the number of workers, so that output is deterministic. Files are
labeled in chunks: every chunk is read, segmented and labeled as one batch
(one feature matrix). Local workers load the model once each, from its
file (or from a pickle of an in-memory model that this process writes once
for the batch), and keep it for every chunk they label; Dask workers
receive the model file's bytes and load them per chunk. A file
that cannot be read yields its :class:`~nq35cls.errors.InputError`; the
others go on.

Workers run through joblib: ``backend="loky"`` (processes on this machine)
or ``backend="dask"`` (a Dask distributed cluster, with ``scheduler`` its
address; needs ``pip install "nq35cls[dask]"``).
"""

from __future__ import annotations

import os
import pickle
import tempfile
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError, ModelError, Nq35Error
from .labeling import LabeledReport, label_texts
from .options import Options
from .readers import Text, read
from .scoring import DocumentScorer
from .workers import LocalWorkers

#: A worker process costs about half a second of CPU to start (imports, the
#: model); each one beyond the first process is started only for at least this
#: many bytes of input files and :data:`FILES_PER_WORKER` files.
BYTES_PER_WORKER = 2_000_000
#: See :data:`BYTES_PER_WORKER`.
FILES_PER_WORKER = 16


def useful_jobs(paths: Sequence[str | os.PathLike], n_jobs: int) -> int:
    """How many of ``n_jobs`` processes a batch of ``paths`` gains from (at least 1).

    Small batches are labeled in one process: starting workers would cost
    more than they save (see :data:`BYTES_PER_WORKER`).
    """
    if n_jobs <= 1:
        return 1
    size = 0
    for path in paths:
        try:
            size += os.stat(path).st_size
        except OSError:
            continue  # told when it is read
    extra = min(size // BYTES_PER_WORKER, len(paths) // FILES_PER_WORKER)
    return int(max(1, min(n_jobs, 1 + extra)))


def label_chunk(paths: Sequence[str], model: DocumentScorer, options: Options) -> list[LabeledReport | InputError]:
    """Read and label a chunk of files as one batch.

    The caller's ``model`` is never changed (:func:`~nq35cls.labeling.label_texts`
    decodes as ``options.decode`` says on a copy). A reader that fails in a way it did not foresee fails
    that file only: its outcome is an :class:`InputError` "could not read:
    <kind of error>" (the traceback on stderr with ``options.debug``); so does
    the labeling, "could not label: <kind of error>".

    Returns
    -------
    list
        Per path, in order: its :class:`LabeledReport`, or the
        :class:`InputError` that stopped it.
    """
    outcomes: list[LabeledReport | InputError | None] = []
    texts, where = [], []
    for path in paths:
        try:
            text = read(path, options.max_bytes, time_limit=options.time_limit, max_paragraphs=options.max_paragraphs)
        except InputError as err:
            outcomes.append(err)
            continue
        except Exception as exc:  # the per-file boundary: one bad file never stops the batch
            if options.debug:
                traceback.print_exc()
            outcomes.append(InputError(path, f"could not read: {type(exc).__name__}"))
            continue
        where.append(len(outcomes))
        outcomes.append(None)
        texts.append(text)
    for k, outcome in zip(where, _labeled(texts, model, options)):
        outcomes[k] = outcome
    return outcomes  # type: ignore[return-value]


def _labeled(texts: list[Text], model: DocumentScorer, options: Options) -> list[LabeledReport | InputError]:
    """The texts labeled as one batch; where that fails in a way it did not foresee, each text alone, so that
    only the text that fails fails: its outcome is an :class:`InputError` "could not label: <kind of error>"
    (the traceback on stderr with ``options.debug``)."""
    if not texts:
        return []
    try:
        return list(label_texts(texts, model, options))
    except Exception:  # the per-file boundary of the labeling: the text that fails it is found text by text
        pass
    outcomes: list[LabeledReport | InputError] = []
    for text in texts:
        try:
            outcomes += label_texts([text], model, options)
        except Exception as exc:
            if options.debug:
                traceback.print_exc()
            outcomes.append(InputError(text.path, f"could not label: {type(exc).__name__}"))
    return outcomes


def _label_chunk_from_file(paths: Sequence[str], model_path: str | None, options: Options) -> list:
    """Worker task: load the model, label a chunk. Errors are returned, not raised."""
    from .persist import load_model

    try:
        model = load_model(model_path, for_labeling=True)
    except Nq35Error as err:
        return [err] * len(paths)
    return label_chunk(paths, model, options)


@dataclass(frozen=True)
class ModelFile:
    """Where a local worker finds the model of a batch: the model file, or a
    pickle of an in-memory model that the batch wrote (``pickled``).

    Size and modification time identify the file's version: a worker
    refuses a model file that changed since the batch began.
    """

    path: str
    size: int
    mtime_ns: int
    pickled: bool = False

    @classmethod
    def of(cls, path: str | os.PathLike, pickled: bool = False) -> ModelFile:
        """The model file at ``path`` as it is now."""
        stat = os.stat(path)
        return cls(os.path.abspath(path), stat.st_size, stat.st_mtime_ns, pickled)


@lru_cache(maxsize=2)
def _worker_model(source: ModelFile) -> DocumentScorer:
    """The model of ``source``, loaded once per worker process and kept for every chunk it labels.

    Loading costs about a tenth of a second (the vocabulary): a pickled
    model sent with every chunk cost that much per chunk.
    """
    stat = os.stat(source.path)
    if (stat.st_size, stat.st_mtime_ns) != (source.size, source.mtime_ns):
        raise ModelError(source.path, "the model file changed while the batch was labeled")
    if source.pickled:  # written by this package's own parent process, readable by its user only
        return pickle.loads(Path(source.path).read_bytes())
    from .persist import load_model

    return load_model(source.path, for_labeling=True)


def _label_chunk_in_worker(paths: Sequence[str], source: ModelFile, options: Options) -> list:
    """Local worker task: label a chunk with the batch's model (loaded once per worker)."""
    try:
        model = _worker_model(source)
    except (Nq35Error, OSError) as err:
        failure = err if isinstance(err, Nq35Error) else ModelError(source.path, f"cannot read it ({err})")
        return [failure] * len(paths)
    return label_chunk(paths, model, options)


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _guided_chunks(items: Sequence[str], n_jobs: int, largest: int = 128, smallest: int = 8) -> Iterator[list[str]]:
    """Chunks that shrink as the work runs out: each about a quarter of the
    remaining files per process (between ``smallest`` and ``largest``), so
    that the processes finish together rather than one waiting on another's
    last big chunk."""
    start = 0
    while start < len(items):
        size = min(largest, max(smallest, -(-(len(items) - start) // (4 * n_jobs))))
        yield list(items[start : start + size])
        start += size


def label_files(
    paths: Sequence[str | os.PathLike],
    model: DocumentScorer | None = None,
    model_path: str | os.PathLike | None = None,
    options: Options | None = None,
    n_jobs: int = 1,
    chunk_size: int | None = None,
    backend: str = "loky",
    scheduler: str | None = None,
    workers: LocalWorkers | None = None,
) -> Iterator[tuple[str, LabeledReport | Nq35Error]]:
    """Label report files, yielding ``(path, outcome)`` in input order.

    Parameters
    ----------
    paths : sequence of path-like
        The report files.
    model : ReportClassifier or LabelingModel, optional
        A loaded model.
    model_path : path-like, optional
        The model file ``model`` was loaded from, or the one to load when
        ``model`` is None (the shipped model if None too). Local workers
        load it once each; for a ``model`` given without its file, the
        batch writes it to a private temporary file for them. Dask workers
        receive the file's bytes.
    options : Options, optional
        How to label each file.
    n_jobs : int, default=1
        Number of worker processes (or Dask tasks in flight); 1 labels in
        this process.
    chunk_size : int, optional
        Files per batch (per task). By default 32 in one process; with
        workers, chunks shrink as the work runs out (from at most 128 files
        to 8), so that the processes finish together.
    backend : {"loky", "dask"}, default="loky"
        The joblib backend for ``n_jobs > 1`` or for Dask.
    scheduler : str, optional
        Address of the Dask scheduler (``tcp://host:8786``), with ``backend="dask"``.
    workers : LocalWorkers, optional
        For ``n_jobs > 1`` on this machine, an entered pool of ``n_jobs - 1``
        workers (e.g. started before the model was loaded); by default one is
        started here. Every ``n_jobs``-th chunk is labeled in this process.

    Yields
    ------
    (str, LabeledReport or Nq35Error)
    """
    options = options or Options()
    names = [os.fspath(p) for p in paths]
    if chunk_size is not None:
        chunks = list(_chunks(names, max(1, chunk_size)))
    elif n_jobs == 1 and backend != "dask":
        chunks = list(_chunks(names, 32))
    else:
        chunks = list(_guided_chunks(names, max(n_jobs, 1)))
    mpath = os.fspath(model_path) if model_path is not None else None
    if backend == "dask":
        results = _run_dask(chunks, mpath, options, n_jobs, scheduler)
    elif backend != "loky":
        raise ValueError(f"unknown backend {backend!r} (expected 'loky' or 'dask')")
    else:
        if model is None:
            from .persist import load_model, shipped_model_path

            mpath = mpath or os.fspath(shipped_model_path())
            model = load_model(mpath, for_labeling=True)
        if n_jobs == 1:
            results = (label_chunk(chunk, model, options) for chunk in chunks)
        else:
            yield from _label_here_and_in_workers(chunks, model, mpath, options, n_jobs, workers)
            return
    yield from _pair(chunks, results)


def _label_here_and_in_workers(
    chunks: list[list[str]],
    model: DocumentScorer,
    model_path: str | None,
    options: Options,
    n_jobs: int,
    workers: LocalWorkers | None,
) -> Iterator[tuple[str, LabeledReport | InputError]]:
    """Label chunks in ``n_jobs - 1`` workers and in this process, yielding in order.

    The workers are kept busy with up to two chunks each; while the next
    chunk in order is still with a worker, this process labels the next
    unassigned chunk itself, so that no process idles while another has
    work. At most ``4 * (n_jobs - 1)`` of its results wait here for their
    turn, so memory stays bounded.
    """
    in_flight_max, waiting_max = 2 * (n_jobs - 1), 4 * (n_jobs - 1)
    with ExitStack() as stack:
        source = ModelFile.of(model_path) if model_path is not None else _pickled_for_workers(model, stack)
        pool = stack.enter_context(nullcontext(workers) if workers is not None else LocalWorkers(n_jobs - 1))
        results: dict[int, Future | list] = {}
        assigned = 0  # chunks [0, assigned) are with a worker or done

        def in_flight() -> int:
            return sum(isinstance(r, Future) for r in results.values())

        for k, chunk in enumerate(chunks):
            while assigned < len(chunks) and in_flight() < in_flight_max:
                results[assigned] = pool.submit(_label_chunk_in_worker, chunks[assigned], source, options)
                assigned += 1
            # While chunk k is still with a worker, take the next chunk here
            # (unless none is left, or enough of our results already wait).
            while _running(results[k]) and assigned < len(chunks) and len(results) - in_flight() < waiting_max:
                results[assigned] = label_chunk(chunks[assigned], model, options)
                assigned += 1
            done = results.pop(k)
            yield from zip(chunk, done.result() if isinstance(done, Future) else done)


def _pickled_for_workers(model: DocumentScorer, stack: ExitStack) -> ModelFile:
    """``model`` pickled to a private temporary file, removed when ``stack`` closes."""
    handle, name = tempfile.mkstemp(prefix="nq35cls-", suffix=".pickle")
    stack.callback(os.unlink, name)
    with os.fdopen(handle, "wb") as fh:
        pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return ModelFile.of(name, pickled=True)


def _running(result: Future | list) -> bool:
    return isinstance(result, Future) and not result.done()


def _pair(chunks: list[list[str]], results: Iterator[list]) -> Iterator[tuple[str, LabeledReport | Nq35Error]]:
    for chunk, outcomes in zip(chunks, results):
        yield from zip(chunk, outcomes)


def _run_dask(chunks: list[list[str]], model_path: str | None, options: Options, n_jobs: int, scheduler: str | None):
    """Run the chunk tasks on a Dask cluster, in order, through joblib's Dask backend."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise Nq35Error('the Dask backend needs an extra: pip install "nq35cls[dask]"') from None
    from joblib import Parallel, delayed, parallel_config

    if model_path is None:
        from .persist import shipped_model_path

        model_path = str(shipped_model_path())
    model_bytes = Path(model_path).read_bytes()
    client = Client(scheduler) if scheduler else Client(processes=False)
    try:
        with parallel_config(backend="dask", n_jobs=max(n_jobs, 1)):
            parallel = Parallel(return_as="generator")
            yield from parallel(delayed(_label_chunk_remote)(chunk, model_bytes, options) for chunk in chunks)
    finally:
        client.close()


def _label_chunk_remote(paths: Sequence[str], model_bytes: bytes, options: Options) -> list:
    """Dask task: the model travels as bytes (workers may not share our disk for it)."""
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".model", delete=False) as fh:
        fh.write(model_bytes)
        name = fh.name
    try:
        return _label_chunk_from_file(paths, name, options)
    finally:
        os.unlink(name)
