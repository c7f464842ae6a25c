"""Shared fixtures: paths of the repository's data and a small fitted model."""

from __future__ import annotations

from pathlib import Path

import pytest

from nq35cls.data import load_data
from nq35cls.model import ReportClassifier

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def real_docs():
    return load_data(REPO / "data" / "real")


@pytest.fixture(scope="session")
def small_model(real_docs):
    """A model fitted on the three real reports (fast; not for quality claims)."""
    return ReportClassifier().fit([d.texts for d in real_docs], [d.labels for d in real_docs])


@pytest.fixture(scope="session")
def small_model_file(small_model, real_docs, tmp_path_factory) -> Path:
    from nq35cls.persist import save_model
    from nq35cls.training import model_meta

    path = tmp_path_factory.mktemp("model") / "small.model"
    save_model(small_model, path, meta=model_meta(real_docs))  # what nq35cls train records
    return path
