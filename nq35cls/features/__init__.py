"""Features of a paragraph in its document.

:class:`DocumentFeaturizer` (:mod:`.featurizer`) turns documents into a
feature matrix from four parts: the cue table (:mod:`.cues`), the structural
columns (:mod:`.structure`), the fast TF-IDF path (:mod:`.tfidf`) and the
block algebra the model scores without building the wide matrix
(:mod:`.blocks`).
"""

from .blocks import DocumentBlock, FeatureParts
from .cues import load_cues, phrase_pattern
from .featurizer import (
    SYLLABLE_TOKEN_PATTERN,
    TEXT_FEATURE_SETS,
    DocumentFeaturizer,
    check_documents,
    init_defaults,
)
from .structure import STRUCTURE_FEATURES

__all__ = [
    "STRUCTURE_FEATURES",
    "SYLLABLE_TOKEN_PATTERN",
    "TEXT_FEATURE_SETS",
    "DocumentBlock",
    "DocumentFeaturizer",
    "FeatureParts",
    "check_documents",
    "init_defaults",
    "load_cues",
    "phrase_pattern",
]
