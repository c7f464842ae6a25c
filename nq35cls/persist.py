"""Save and load models with skops, never with pickle.

A model file is a skops archive holding a dict: ``meta`` (format, versions,
labels, parameters, training-data hash) and ``estimator``. Loading trusts
only the types skops trusts by default plus nq35cls's own estimator classes;
a file that holds anything else is refused, so loading a model never runs
code from the file. A model made by another scikit-learn minor version or
another model format is refused with a message naming the versions.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from importlib import resources
from pathlib import Path

import sklearn

from .errors import ModelError
from .model import ReportClassifier

#: Format tag written into every model file; bumped when the layout changes.
MODEL_FORMAT = "nq35cls-model/2"
#: File name of the shipped model inside ``models/``.
SHIPPED_MODEL = "nq35cls.skops"
#: Our classes that a model file may hold, besides skops' default trusted types.
TRUSTED_TYPES: tuple[str, ...] = ("nq35cls.features.DocumentFeaturizer", "nq35cls.model.ReportClassifier")


def shipped_model_path() -> Path:
    """Path of the model shipped with the package (``models/nq35cls.skops``).

    Installed, ``models/`` is the package data ``nq35cls._shipped``; in a
    source checkout imported without installing, it is ``models/`` beside the
    package folder.
    """
    try:
        return Path(str(resources.files("nq35cls._shipped").joinpath(SHIPPED_MODEL)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "models" / SHIPPED_MODEL


def sha256_file(path: str | os.PathLike) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def save_model(estimator: ReportClassifier, path: str | os.PathLike, meta: dict | None = None) -> str:
    """Write a fitted estimator to a skops file, atomically.

    Parameters
    ----------
    estimator : ReportClassifier
        A fitted estimator.
    path : str or os.PathLike
        Destination; written to a temporary file beside it, then renamed.
    meta : dict, optional
        Extra metadata (strings, numbers, lists) stored with the model,
        e.g. the training-data hash.

    Returns
    -------
    str
        The SHA-256 of the written file.
    """
    import skops.io as sio

    from . import __version__

    path = Path(path)
    info = {
        "format": MODEL_FORMAT,
        "nq35cls_version": __version__,
        "sklearn_version": sklearn.__version__,
        "labels": [str(c) for c in estimator.classes_],
        "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in estimator.get_params().items()},
    }
    info.update(meta or {})
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        sio.dump({"meta": info, "estimator": estimator}, tmp, compression=zipfile.ZIP_DEFLATED)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return sha256_file(path)


def load_model(path: str | os.PathLike | None = None) -> ReportClassifier:
    """Load a model saved by :func:`save_model` (the shipped one by default).

    Parameters
    ----------
    path : str or os.PathLike, optional
        A ``.skops`` model file; None loads the shipped model.

    Returns
    -------
    ReportClassifier
        The fitted estimator; its metadata is in ``estimator.meta_``.

    Raises
    ------
    ModelError
        If the file is missing, empty, damaged, holds untrusted types, or was
        made by an incompatible version.
    """
    import skops.io as sio

    path = Path(path) if path is not None else shipped_model_path()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ModelError(path, f"cannot open model file ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ModelError(path, "is a folder, not a model file")
    if size == 0:
        raise ModelError(path, "empty model file")
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises many kinds on a damaged archive
        raise ModelError(path, f"not a readable nq35cls model file ({type(exc).__name__})") from None
    foreign = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if foreign:
        raise ModelError(path, f"refused: the file holds types that are not trusted: {', '.join(foreign[:5])}")
    try:
        obj = sio.load(path, trusted=list(untrusted))
    except Exception as exc:
        raise ModelError(path, f"not a readable nq35cls model file ({type(exc).__name__})") from None
    if not (isinstance(obj, dict) and isinstance(obj.get("meta"), dict) and "estimator" in obj):
        raise ModelError(path, "not an nq35cls model file (no metadata)")
    meta, estimator = obj["meta"], obj["estimator"]
    if meta.get("format") != MODEL_FORMAT:
        raise ModelError(path, f"model format {meta.get('format')!r} is not {MODEL_FORMAT!r}; retrain it with train.py")
    made_with = str(meta.get("sklearn_version", "?"))
    if _minor(made_with) != _minor(sklearn.__version__):
        raise ModelError(
            path,
            f"made with scikit-learn {made_with}, but {sklearn.__version__} is installed; "
            f"install scikit-learn=={made_with} or retrain the model with train.py",
        )
    if not isinstance(estimator, ReportClassifier):
        raise ModelError(path, "not an nq35cls model file (wrong estimator type)")
    estimator.meta_ = meta
    return estimator
