"""Save and load models as plain data: JSON and numpy arrays, never pickle.

A model file is a zip archive holding ``model.json`` and the arrays it
refers to as ``.npy`` files. ``model.json`` holds ``meta`` (format,
versions, labels, parameters, training-data hash) and ``estimator``, the
fitted estimator as a tree of JSON values, arrays and objects. An object is
a class name and the state its ``__getstate__`` gave; only the classes in
:data:`TRUSTED_CLASSES` are rebuilt, and arrays are read with
``allow_pickle=False``, so loading a model never runs code from the file.
A file that names any other class is refused, and so is a model made by
another scikit-learn minor version or another model format, with a message
naming the versions.

Node encoding in ``model.json``: JSON scalars stand for themselves; every
other node is a one-key object: ``{"list": [...]}``, ``{"tuple": [...]}``,
``{"dict": {...}}`` (string keys), ``{"array": "arrays/N.npy"}``,
``{"scalar": "arrays/N.npy"}`` (a numpy scalar) and
``{"object": "module.Class", "state": {...}}``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy as np

from .errors import ModelError

if TYPE_CHECKING:  # scikit-learn is imported where an estimator is saved or rebuilt, not to label
    from .model import ReportClassifier
    from .scoring import DocumentScorer

#: Format tag written into every model file; bumped when the layout changes.
MODEL_FORMAT = "nq35cls-model/6"
#: Formats read: 5 held the featurizer's and classifier's settings as flat
#: parameters, which :class:`ReportClassifier` turns into its sub-estimators.
READ_FORMATS: tuple[str, ...] = ("nq35cls-model/5", MODEL_FORMAT)
#: File name of the shipped model inside ``models/``.
SHIPPED_MODEL = "nq35cls.model"
#: The classes a model file may hold, by the name written in the file.
TRUSTED_CLASSES: tuple[str, ...] = (
    "nq35cls.model.ReportClassifier",
    "nq35cls.features.DocumentFeaturizer",
    "sklearn.linear_model.LogisticRegression",
)


def _classes(for_labeling: bool) -> dict[str, type]:
    """The class each trusted name is rebuilt as: the estimator's own, or (for labeling) its fitted state alone."""
    if for_labeling:
        from .scoring import FeatureState, LabelingModel, LinearScores

        return dict(zip(TRUSTED_CLASSES, (LabelingModel, FeatureState, LinearScores)))
    from sklearn.linear_model import LogisticRegression

    from .features import DocumentFeaturizer
    from .model import ReportClassifier

    return dict(zip(TRUSTED_CLASSES, (ReportClassifier, DocumentFeaturizer, LogisticRegression)))


def _sklearn_version() -> str:
    """The installed scikit-learn's version, read without importing it."""
    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        return "(not installed)"


#: The archive member holding the metadata and the estimator tree.
MODEL_JSON = "model.json"
#: Largest total uncompressed size accepted, against zip bombs.
MAX_UNPACKED_BYTES = 1 << 30
#: Largest ``model.json`` accepted, checked before it is read or parsed.
MAX_JSON_BYTES = 64 << 20
#: The cue entries of a featurizer that are regular expressions: a model file
#: may only carry the ones this nq35cls ships (a pattern from a file could be
#: built to backtrack for ever). Phrase lists are matched literally.
CUE_PATTERN_KEYS: tuple[str, ...] = (
    "enumerator_patterns",
    "bullet_pattern",
    "roman_heading_pattern",
    "arabic_heading_pattern",
    "letter_item_pattern",
    "quotation_pattern",
    "menu_separator_pattern",
)


def shipped_model_path() -> Path:
    """Path of the model shipped with the package (``models/nq35cls.model``).

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


class _Encoder:
    """Turns an estimator into a JSON tree plus the arrays it refers to."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        self.names = {cls: name for name, cls in _classes(for_labeling=False).items()}

    def _array(self, kind: str, value) -> dict:
        member = f"arrays/{len(self.arrays)}.npy"
        self.arrays[member] = np.asarray(value)
        return {kind: member}

    def encode(self, value):
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if isinstance(value, np.ndarray):
            if value.dtype.hasobject:
                raise TypeError("cannot save an array of Python objects")
            return self._array("array", value)
        if isinstance(value, np.generic):
            return self._array("scalar", value)
        if isinstance(value, (list, tuple)):
            return {type(value).__name__: [self.encode(v) for v in value]}
        if isinstance(value, dict):
            if not all(isinstance(k, str) for k in value):
                raise TypeError("cannot save a dict with keys that are not strings")
            return {"dict": {k: self.encode(v) for k, v in value.items()}}
        name = self.names.get(type(value))
        if name is None:
            raise TypeError(f"cannot save an object of type {type(value).__module__}.{type(value).__qualname__}")
        state = dict(value.__getstate__())
        state.pop("meta_", None)  # the metadata is stored beside the estimator
        return {"object": name, "state": self.encode(state)}


class _Decoder:
    """Rebuilds the tree :class:`_Encoder` wrote, from an open archive."""

    def __init__(self, archive: zipfile.ZipFile, classes: dict[str, type]) -> None:
        self.archive = archive
        self.classes = classes

    def _array(self, member: str) -> np.ndarray:
        with self.archive.open(member) as fh:
            return np.load(io.BytesIO(fh.read()), allow_pickle=False)

    def decode(self, node):
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if not isinstance(node, dict) or len(node) != (2 if "object" in node else 1):
            raise ValueError("malformed node")
        kind = "object" if "object" in node else next(iter(node))
        value = node[kind]
        if kind == "list":
            return [self.decode(v) for v in value]
        if kind == "tuple":
            return tuple(self.decode(v) for v in value)
        if kind == "dict":
            return {str(k): self.decode(v) for k, v in value.items()}
        if kind == "array":
            return self._array(value)
        if kind == "scalar":
            return self._array(value)[()]
        if kind == "object":
            cls = self.classes.get(value)
            if cls is None:
                raise _Untrusted(str(value))
            obj = cls.__new__(cls)
            obj.__setstate__(self.decode(node["state"]))
            return obj
        raise ValueError(f"unknown node kind {kind!r}")


class _Untrusted(Exception):
    """The file names a class outside :data:`TRUSTED_CLASSES`."""


def _check_fitted(estimator: DocumentScorer) -> None:
    """Check a decoded estimator's fitted state against its own structure.

    Raises
    ------
    ValueError
        Naming what is wrong: an unknown label, an array of the wrong shape
        or type, a cue pattern this nq35cls does not ship, features that do
        not match the classifier's width.
    """
    from .features.cues import load_cues
    from .features.transform import SYLLABLE_TOKEN_PATTERN
    from .labels import LABELS

    classes = getattr(estimator, "classes_", None)
    if not isinstance(classes, np.ndarray) or classes.ndim != 1 or len(set(map(str, classes))) != len(classes):
        raise ValueError("its labels are missing or repeated")
    unknown = sorted(set(map(str, classes)) - set(LABELS))
    if unknown or len(classes) < 2:
        raise ValueError(
            f"its labels must be two or more of {', '.join(LABELS)}" + (f", not {unknown}" if unknown else "")
        )
    k = len(classes)
    clf = estimator.classifier_
    arrays = {
        "classifier_.coef_": (getattr(clf, "coef_", None), 2),
        "classifier_.intercept_": (getattr(clf, "intercept_", None), 1),
        "log_start_": (getattr(estimator, "log_start_", None), 1),
        "log_trans_": (getattr(estimator, "log_trans_", None), 2),
    }
    for name, (value, ndim) in arrays.items():
        if not isinstance(value, np.ndarray) or value.ndim != ndim or value.dtype.kind != "f":
            raise ValueError(f"{name} is missing or not a {ndim}-D array of floats")
        if not np.all(np.isfinite(value)):
            raise ValueError(f"{name} holds values that are not finite")
    rows = 1 if k == 2 else k
    coef = clf.coef_
    if coef.shape[0] != rows or clf.intercept_.shape != (rows,):
        raise ValueError(f"classifier_.coef_ has {coef.shape[0]} rows for {k} labels")
    if estimator.log_start_.shape != (k,) or estimator.log_trans_.shape != (k, k):
        raise ValueError(f"the label-transition arrays are not of {k} labels")
    if [str(c) for c in getattr(clf, "classes_", [])] != [str(c) for c in classes]:
        raise ValueError("the classifier's labels differ from the model's")
    featurizer = estimator.featurizer_
    cues, shipped = getattr(featurizer, "cues_", None), load_cues()
    if not isinstance(cues, dict) or any(cues.get(key) != shipped[key] for key in CUE_PATTERN_KEYS):
        raise ValueError("its cue patterns are not the ones this nq35cls ships")
    for _, vec in getattr(featurizer, "vectorizers_", []):
        if vec.analyzer not in ("word", "char_wb") or (
            vec.analyzer == "word" and vec.token_pattern != SYLLABLE_TOKEN_PATTERN
        ):
            raise ValueError("its text features use a tokenizer this nq35cls does not make")
    width = featurizer.transform_parts([["Kết quả đạt được", "Cần tiếp tục."]]).n_features
    if width != coef.shape[1]:
        raise ValueError(f"its features are {width} wide but the classifier expects {coef.shape[1]}")


def save_model(estimator: ReportClassifier, path: str | os.PathLike, meta: dict | None = None) -> str:
    """Write a fitted estimator to a model file, atomically.

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
    import sklearn

    from . import __version__
    from .model import plain_params

    path = Path(path)
    info = {
        "format": MODEL_FORMAT,
        "nq35cls_version": __version__,
        "sklearn_version": sklearn.__version__,
        "labels": [str(c) for c in estimator.classes_],
        "params": plain_params(estimator),
    }
    info.update(meta or {})
    encoder = _Encoder()
    tree = {"meta": info, "estimator": encoder.encode(estimator)}
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MODEL_JSON, json.dumps(tree, ensure_ascii=False))
            for member, array in encoder.arrays.items():
                buffer = io.BytesIO()
                np.save(buffer, array, allow_pickle=False)
                # stored, not deflated: floating-point arrays hardly compress, and inflating them is slow to load
                archive.writestr(member, buffer.getvalue(), compress_type=zipfile.ZIP_STORED)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return sha256_file(path)


def _read_tree(archive: zipfile.ZipFile, path: Path) -> dict:
    names = set(archive.namelist())
    if MODEL_JSON not in names:
        if "schema.json" in names:
            raise ModelError(
                path, "an older nq35cls model file (skops, format 2); retrain it with `nq35cls train` (or train.py)"
            )
        raise ModelError(path, "not an nq35cls model file (no model.json)")
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise ModelError(path, f"refused: unpacks to more than {MAX_UNPACKED_BYTES >> 20} MB")
    if archive.getinfo(MODEL_JSON).file_size > MAX_JSON_BYTES:
        raise ModelError(path, f"refused: {MODEL_JSON} is larger than {MAX_JSON_BYTES:,} bytes")
    tree = json.loads(archive.read(MODEL_JSON).decode("utf-8"))
    if not (isinstance(tree, dict) and isinstance(tree.get("meta"), dict) and "estimator" in tree):
        raise ModelError(path, "not an nq35cls model file (no metadata)")
    return tree


def load_model(path: str | os.PathLike | None = None, *, for_labeling: bool = False) -> ReportClassifier:
    """Load a model saved by :func:`save_model` (the shipped one by default).

    Parameters
    ----------
    path : str or os.PathLike, optional
        A model file; None loads the shipped model.
    for_labeling : bool, default=False
        Load only what labeling needs, as a :class:`~nq35cls.scoring.LabelingModel`
        that predicts as the estimator does without importing scikit-learn
        (a fast start for the command line). Models whose text features
        include character n-grams are loaded as the estimator.

    Returns
    -------
    ReportClassifier or LabelingModel
        The fitted model; its metadata is in ``model.meta_``.

    Raises
    ------
    ModelError
        If the file is missing, empty, damaged, names classes that are not
        trusted, or was made by an incompatible version.
    """
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
        with zipfile.ZipFile(path) as archive:
            tree = _read_tree(archive, path)
            meta = tree["meta"]
            if meta.get("format") not in READ_FORMATS:
                raise ModelError(
                    path,
                    f"model format {meta.get('format')!r} is not one this nq35cls reads ({', '.join(READ_FORMATS)}); "
                    "retrain it with `nq35cls train` (or train.py)",
                )
            made_with, installed = str(meta.get("sklearn_version", "?")), _sklearn_version()
            if _minor(made_with) != _minor(installed):
                raise ModelError(
                    path,
                    f"made with scikit-learn {made_with}, but {installed} is installed; "
                    f"install scikit-learn=={made_with} or retrain the model with `nq35cls train` (or train.py)",
                )
            lean = for_labeling and _word_features_only(tree["estimator"])
            classes = _classes(for_labeling=lean)
            estimator = _Decoder(archive, classes).decode(tree["estimator"])
    except ModelError:
        raise
    except _Untrusted as exc:
        raise ModelError(path, f"refused: the file holds a class that is not trusted: {exc}") from None
    except Exception as exc:  # a damaged archive, member or tree fails in many ways
        raise ModelError(path, f"not a readable nq35cls model file ({type(exc).__name__})") from None
    model_cls, featurizer_cls, classifier_cls = classes.values()
    if not (
        isinstance(estimator, model_cls)
        and isinstance(getattr(estimator, "featurizer_", None), featurizer_cls)
        and isinstance(getattr(estimator, "classifier_", None), classifier_cls)
    ):
        raise ModelError(path, "not an nq35cls model file (wrong estimator type)")
    model = cast("ReportClassifier", estimator)  # or its LabelingModel twin: the same predicting surface
    try:
        _check_fitted(model)
    except ValueError as exc:
        raise ModelError(path, f"refused: {exc}") from None
    except Exception as exc:  # an inconsistent featurizer fails in many ways when tried
        raise ModelError(path, f"refused: its features cannot be computed ({type(exc).__name__})") from None
    model.meta_ = meta
    return model


def _word_features_only(tree: object) -> bool:
    """Whether a model tree's fitted featurizer uses word (syllable) n-grams only: what a
    :class:`~nq35cls.scoring.LabelingModel` computes without scikit-learn."""
    try:
        state = tree["state"]["dict"]["featurizer_"]["state"]["dict"]  # type: ignore[index]
        names = [item["tuple"][0] for item in state["vectorizers_"]["list"]]
    except (KeyError, TypeError, IndexError):
        return False  # not the expected layout: the full loader tells what is wrong
    return bool(names) and all(name in ("syllable", "word") for name in names)
