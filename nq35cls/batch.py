"""Label many report files: in order, in chunks, in one process or many.

:func:`label_files` yields one outcome per input file, in input order
whatever the number of workers, so that output is deterministic. Files are
labeled in chunks: every chunk is read, segmented and labeled as one batch
(one feature matrix). Local workers receive the loaded model with each chunk
(no model file is read again); Dask workers receive the model file's bytes
and load them (skops) per chunk. A file
that cannot be read yields its :class:`~nq35cls.errors.InputError`; the
others go on.

Workers run through joblib: ``backend="loky"`` (processes on this machine)
or ``backend="dask"`` (a Dask distributed cluster, with ``scheduler`` its
address; needs ``pip install "nq35cls[dask]"``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Nq35Error
from .labeling import LabeledReport, label_texts
from .model import ReportClassifier
from .readers import DEFAULT_MAX_BYTES, read


@dataclass(frozen=True)
class Options:
    """How each file is labeled (the same in every worker)."""

    keep_boilerplate: bool = False
    sentences: bool = True
    decode: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES


def label_chunk(paths: Sequence[str], model: ReportClassifier, options: Options) -> list[LabeledReport | InputError]:
    """Read and label a chunk of files as one batch.

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
            text = read(path, max_bytes=options.max_bytes)
        except InputError as err:
            outcomes.append(err)
            continue
        where.append(len(outcomes))
        outcomes.append(None)
        texts.append(text)
    if texts:
        if model.decode != options.decode:
            model.set_params(decode=options.decode)
        for k, report in zip(where, label_texts(texts, model, options.keep_boilerplate, options.sentences)):
            outcomes[k] = report
    return outcomes  # type: ignore[return-value]


def _label_chunk_from_file(paths: Sequence[str], model_path: str | None, options: Options) -> list:
    """Worker task: load the model, label a chunk. Errors are returned, not raised."""
    from .persist import load_model

    try:
        model = load_model(model_path)
    except Nq35Error as err:
        return [err] * len(paths)
    return label_chunk(paths, model, options)


def _chunks(items: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def label_files(
    paths: Sequence[str | os.PathLike],
    model: ReportClassifier | None = None,
    model_path: str | os.PathLike | None = None,
    options: Options | None = None,
    n_jobs: int = 1,
    chunk_size: int | None = None,
    backend: str = "loky",
    scheduler: str | None = None,
) -> Iterator[tuple[str, LabeledReport | Nq35Error]]:
    """Label report files, yielding ``(path, outcome)`` in input order.

    Parameters
    ----------
    paths : sequence of path-like
        The report files.
    model : ReportClassifier, optional
        A loaded model (sent to local workers with each chunk).
    model_path : path-like, optional
        The model file to load when ``model`` is None (the shipped model if
        None too); the file Dask workers receive.
    options : Options, optional
        How to label each file.
    n_jobs : int, default=1
        Number of worker processes (or Dask tasks in flight); 1 labels in
        this process.
    chunk_size : int, optional
        Files per batch (per task). By default 32 in one process; with
        workers, the files split into about four tasks per worker (at least
        32, at most 256 files each), so that the model is sent to each
        worker a few times rather than with every small chunk.
    backend : {"loky", "dask"}, default="loky"
        The joblib backend for ``n_jobs > 1`` or for Dask.
    scheduler : str, optional
        Address of the Dask scheduler (``tcp://host:8786``), with ``backend="dask"``.

    Yields
    ------
    (str, LabeledReport or Nq35Error)
    """
    options = options or Options()
    names = [os.fspath(p) for p in paths]
    if chunk_size is None:
        chunk_size = 32 if n_jobs == 1 and backend != "dask" else min(256, max(32, -(-len(names) // (4 * max(n_jobs, 1)))))
    chunks = list(_chunks(names, max(1, chunk_size)))
    mpath = os.fspath(model_path) if model_path is not None else None
    if backend == "dask":
        results = _run_dask(chunks, mpath, options, n_jobs, scheduler)
    elif backend != "loky":
        raise ValueError(f"unknown backend {backend!r} (expected 'loky' or 'dask')")
    else:
        if model is None:
            from .persist import load_model

            model = load_model(mpath)
        if n_jobs == 1:
            results = (label_chunk(chunk, model, options) for chunk in chunks)
        else:
            from joblib import Parallel, delayed

            parallel = Parallel(n_jobs=n_jobs, return_as="generator", backend="loky")
            results = parallel(delayed(label_chunk)(chunk, model, options) for chunk in chunks)
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

    with tempfile.NamedTemporaryFile(suffix=".skops", delete=False) as fh:
        fh.write(model_bytes)
        name = fh.name
    try:
        return _label_chunk_from_file(paths, name, options)
    finally:
        os.unlink(name)
