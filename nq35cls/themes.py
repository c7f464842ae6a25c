"""Group the paragraphs of many reports into themes: the same point raised by several reports.

A synthesis of 60 reports has hundreds of paragraphs per part, most of them
the same dozen points worded differently. :func:`find_themes` groups them:

1. each text becomes a TF-IDF vector of its syllables (n-grams of them with
   ``ngram_range``), computed on :func:`~nq35cls.normalize.feature_text` with
   the stop words and generic report words of ``resources/themes.json`` left
   out (digits too: the same point with other figures is the same point) and
   the synonyms listed there replaced by their concept ("tập huấn", "bồi
   dưỡng" -> ``đào_tạo``), L2-normalized; identical vectors are clustered once;
2. a sparse graph links each text to its nearest neighbours (at most
   ``n_neighbors``) whose cosine similarity is at least ``anchor``
   (brute-force nearest neighbours as scikit-learn finds them, computed in
   chunks of bounded memory by :mod:`nq35cls.similarity`: no n × n matrix);
3. average-linkage agglomeration along those links merges the two most
   similar groups while their mean pairwise similarity (exact: the dot
   product of the groups' summed vectors over the product of their sizes)
   stays at least ``threshold``; two groups with texts of the same report
   never merge (a report makes a point once). Steps 2, 3, 4 and 5 are
   :mod:`nq35cls.clustering`'s, which knows nothing of text;
4. a second agglomeration, by the same rule, over the groups themselves,
   linked when their centroids are similar (cosine at least
   ``theme_anchor``): the same point in two wordings whose texts share too
   few words for a link of step 2 is still one theme. Here the texts are
   compared by their words and also by the groups of related words of
   ``resources/themes.json`` they use (``related``: "kinh phí", "ngân sách"
   and "nguồn vốn" share a group, "xuống cấp" and "hư hỏng" another), general
   report vocabulary that brings two wordings of one point closer;
   with ``termspace`` (by default), the texts are also compared by their
   vectors in a term space learned from the project's own corpus
   (:mod:`nq35cls.termspace`), mixed into the cosine with that weight;
5. each theme keeps only the texts that are, on average, similar enough to
   its other texts (mean similarity at least ``member_threshold``, the
   weakest left out first): a text let in by one shared word, which would
   add its report to the theme's "N of M reports", stands alone instead, or
   with the texts of its group of step 3 let out with it.

Before all this, the names of places ("xã Tam Hiệp", "thôn Nà Lũng") are left
out of the texts (:func:`without_place_names`): every report names its own.

Each :class:`Theme` has a title (the syllable n-gram that best sums up its
members: shared by most of them, made of distinctive syllables), the reports
that raise it, a representative (the member closest to the centroid) and
every member. Pure: no I/O beyond reading the packaged word list once.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .clustering import (
    DEFAULT_NEIGHBORS,
    average_linkage,
    first_of_each,
    keep_similar_members,
    neighbour_graph,
    regroup,
    same_rows,
)
from .lexicon import inside_word
from .normalize import feature_text
from .similarity import l2_rows, tfidf_rows

#: The public surface; the steps below are exposed for tests and benchmarks.
__all__ = [
    "Theme",
    "find_themes",
    "is_heading",
    "DEFAULT_THRESHOLD",
    "DEFAULT_ANCHOR",
    "DEFAULT_NEIGHBORS",
    "DEFAULT_THEME_ANCHOR",
    "DEFAULT_MEMBER_THRESHOLD",
    "DEFAULT_RELATED",
    "DEFAULT_TERMSPACE",
    "DEFAULT_TERMSPACE_STEPS",
    "DEFAULT_MIN_SYLLABLES",
]

#: Default least mean similarity within a theme (cosine of TF-IDF vectors), tuned on benchmarks/bench_themes.py.
DEFAULT_THRESHOLD = 0.1
#: Default least similarity of a text to one of its neighbours: groups merge only along such links.
DEFAULT_ANCHOR = 0.2
#: Default least cosine of two themes' centroids for the second agglomeration to link them.
DEFAULT_THEME_ANCHOR = 0.12
#: Default least mean similarity of a member to the other texts of its theme (twice DEFAULT_THRESHOLD).
DEFAULT_MEMBER_THRESHOLD = 0.2
#: The first character of the token of a group of related words ("≈tài_chính"), as written in resources/themes.json.
GROUP_MARK = "≈"
#: Default weight of the related-word groups in the second agglomeration (0: words only; see find_themes).
#: With DEFAULT_THEME_ANCHOR, chosen on the first two benchmark sets together (leave-one-set-out), never on the third.
DEFAULT_RELATED = 1.0
#: Default weight of the term space learned from the project's corpus (nq35cls.termspace) in the similarities
#: of the steps DEFAULT_TERMSPACE_STEPS (0: not used). Chosen on the first two benchmark sets, never on the third.
DEFAULT_TERMSPACE = 0.2
#: The steps that may use the term space: the first agglomeration, the regrouping, the member check.
TERMSPACE_STEPS = ("first", "regroup", "members")
#: Default steps that use it: the regrouping only (in the others it merged or split distinct points).
DEFAULT_TERMSPACE_STEPS: tuple[str, ...] = ("regroup",)
#: Terms in a larger share of the texts are left out (the batch's common topic, "chuyển đổi số").
MAX_DF = 0.2
#: Default least number of distinct syllables (stop words and figures aside) of a text that joins a theme: fewer
#: (two words or less) say no point to share (a lead-in "Cụ thể:", "Lưu ý:", a table's row "- Tỉ lệ đạt | 100%").
DEFAULT_MIN_SYLLABLES = 4
#: Most words of a lead-in: a text ending with a colon ("Cơ sở vật chất:", "Kiến nghị đối với UBND tỉnh:"), whose
#: point is in the lines after it, joins no theme.
LEAD_IN_WORDS = 15
#: Share of a theme's members that its title's phrases should appear in, when some do.
TITLE_COVERAGE = 0.4
#: Most members a title is computed from (those closest to the centroid).
TITLE_SAMPLE = 25

_TOKEN = re.compile(r"[^\W_]+")
# breaks between phrases: a title never spans punctuation or a figure
_BREAK = re.compile(r"[^\w\s]|\d+|_")


# a section heading: "II. HẠN CHẾ", "2.1. Về hạ tầng", "a) Chính quyền số", or a short upper-case line
_HEADING_MARK = re.compile(r"(?:(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,3})\s*[.)/:-]?|[a-zđ][.)])\s", re.IGNORECASE)
HEADING_WORDS = 15


def is_heading(text: str) -> bool:
    """True for a section heading rather than a point ("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác lãnh đạo, chỉ đạo").

    A heading is short (at most :data:`HEADING_WORDS` words), ends without a
    full stop and is numbered or mostly upper case.

    Examples
    --------
    >>> is_heading("II. HẠN CHẾ, NGUYÊN NHÂN"), is_heading("a) Về chính quyền số")
    (True, True)
    >>> is_heading("1. Tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ."), is_heading("Lắp 20 camera")
    (False, False)
    """
    text = text.strip()
    if not text or text[-1] in ".;!?…" or len(text.split()) > HEADING_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    return upper > 0.6 or _HEADING_MARK.match(text) is not None


@dataclass(frozen=True)
class Theme:
    """A group of similar texts.

    Attributes
    ----------
    title : str
        A short phrase from the members' own words ("tổ công nghệ số cộng đồng").
    terms : tuple of str
        The theme's most distinctive TF-IDF terms, strongest first (for a
        text that joins no theme, see ``min_syllables``: its content terms in
        order).
    members : tuple of int
        Positions of the member texts in the input, in input order.
    representative : int
        Position of the member closest to the theme's centroid.
    reports : tuple
        The distinct reports of the members, in order of first appearance.
    """

    title: str
    terms: tuple[str, ...]
    members: tuple[int, ...]
    representative: int
    reports: tuple[Hashable, ...]

    @property
    def n_reports(self) -> int:
        """How many reports raise the theme."""
        return len(self.reports)

    @property
    def singleton(self) -> bool:
        """True when a single report raises the theme ("Ý kiến khác")."""
        return len(self.reports) < 2


@lru_cache(maxsize=1)
def _resource() -> dict[str, Any]:
    """``resources/themes.json``, read once."""
    raw: dict[str, Any] = json.loads(
        resources.files("nq35cls.resources").joinpath("themes.json").read_text(encoding="utf-8")
    )
    return raw


@lru_cache(maxsize=1)
def stop_words() -> tuple[frozenset[str], dict[tuple[str, ...], str | None]]:
    """The word lists of ``resources/themes.json``, normalized as texts are.

    Returns
    -------
    syllables : frozenset of str
        Stop syllables, left out wherever they are.
    phrases : dict of tuple of str to str or None
        Multi-word entries as their syllables: a stop phrase maps to None (left
        out), a synonym to its concept's canonical term (``"đào_tạo"`` for
        "tập huấn", "bồi dưỡng", ...).
    """
    raw = _resource()
    syllables = frozenset(feature_text(w) for w in raw["syllables"])
    phrases: dict[tuple[str, ...], str | None] = {tuple(_words(p)): None for p in raw["phrases"]}
    for canonical, variants in raw["concepts"].items():
        for v in variants:
            phrases[tuple(_words(v))] = canonical
    return syllables, phrases


def _words(text: str, normalized: bool = False) -> list[str]:
    return _TOKEN.findall(text if normalized else feature_text(text))


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    """A place noun of ``resources/themes.json`` ("xã", "thôn", ...) as a whole word, any case, longest first."""
    raw = _resource()
    nouns = sorted(raw.get("place_nouns", []), key=len, reverse=True)
    if not nouns:
        return re.compile(r"(?!)")
    alternatives = "|".join(r"\s+".join(map(re.escape, noun.split())) for noun in nouns)
    # a first letter of a noun looked for first: the many positions that start none are passed over at once
    firsts = "".join(sorted({re.escape(noun[0]) for noun in nouns}))
    return re.compile(rf"(?=[{firsts}])(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]\w*)")


def without_place_names(text: str) -> str:
    """``text`` without the names of places: the capitalized words after a place noun ("xã Tam Hiệp" -> "xã").

    Each report names its own communes, hamlets and districts; those names
    say nothing about the point a text makes, and as rare words they would
    keep apart two reports that word the point alike.

    Examples
    --------
    >>> without_place_names("Số xã đạt chuẩn của xã Tam Hiệp là 12, điển hình là thôn Nà Lũng.")
    'Số xã đạt chuẩn của xã là 12, điển hình là thôn.'
    >>> without_place_names("Ủy ban nhân dân tỉnh ban hành kế hoạch.")
    'Ủy ban nhân dân tỉnh ban hành kế hoạch.'
    """
    pieces: list[str] = []
    pos = 0
    for m in _place_pattern().finditer(text):
        if m.start() < pos:
            continue
        end = m.end()
        while (word := _NEXT_WORD.match(text, end)) is not None and word.group(1)[0].isupper():
            end = word.end()
        if end > m.end():
            pieces.append(text[pos : m.end()])
            pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def content_syllables(text: str, *, concepts: bool = True, normalized: bool = False) -> list[str]:
    """The terms of ``text`` that carry its point.

    Normalized syllables, without figures, stop phrases or stop words; with
    ``concepts``, the synonyms of ``resources/themes.json`` replaced by their
    canonical term (longest match first).

    Parameters
    ----------
    text : str
    concepts : bool, default=True
    normalized : bool, default=False
        ``text`` is already :func:`~nq35cls.normalize.feature_text`.

    Returns
    -------
    list of str

    Examples
    --------
    >>> content_syllables("Đã tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ.")
    ['lớp', 'đào_tạo', 'kỹ_năng_số', 'cán', 'bộ']
    >>> content_syllables("Đã tổ chức 12 lớp tập huấn kỹ năng số cho cán bộ.", concepts=False)
    ['lớp', 'tập', 'huấn', 'kỹ', 'năng', 'số', 'cán', 'bộ']
    """
    return _content(_words(text, normalized), concepts)


@lru_cache(maxsize=1)
def related_groups() -> tuple[dict[tuple[str, ...], tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """The groups of related words of ``resources/themes.json`` ("related"), normalized as texts are.

    Returns
    -------
    groups : dict of tuple of str to tuple of str
        Each listed word or phrase, as its syllables, to the tokens of the
        groups it belongs to.
    starts : dict of str to tuple of int
        For each first syllable of a listed entry, the lengths of the entries
        it starts, longest first.
    """
    raw = _resource()
    groups: dict[tuple[str, ...], tuple[str, ...]] = {}
    for token, entries in raw.get("related", {}).items():
        for entry in entries:
            key = tuple(_words(entry))
            if key:
                groups[key] = groups.get(key, ()) + (token,)
    lengths: dict[str, set[int]] = {}
    for key in groups:
        lengths.setdefault(key[0], set()).add(len(key))
    return groups, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


def _related(words: list[str]) -> list[str]:
    """The tokens of the related-word groups of a text's normalized syllables ``words`` (longest entry first)."""
    groups, starts = related_groups()
    found: list[str] = []
    i = 0
    for h in [k for k, w in enumerate(words) if w in starts]:  # where a listed entry may start
        if h < i:  # inside an entry found
            continue
        for n in starts[words[h]]:
            tokens = groups.get(tuple(words[h : h + n]))
            if tokens is not None:
                found.extend(tokens)
                i = h + n
                break
    return found


def _content(words: list[str], concepts: bool) -> list[str]:
    """:func:`content_syllables` of a text's normalized syllables ``words``."""
    _, phrases = stop_words()
    starts = _phrase_starts()
    single = _single_words(concepts)
    kept: list[str] = []
    i, end = 0, len(words)
    last = end - 1
    while i < end:
        w = words[i]
        after = starts.get(w)
        lengths = after.get(words[i + 1]) if after is not None and i < last else None
        if lengths is not None:
            for n in lengths:
                key = tuple(words[i : i + n])
                if key in phrases and (concepts or phrases[key] is None):
                    if phrases[key] is not None:
                        kept.append(phrases[key])  # type: ignore[arg-type]
                    i += n
                    break
            else:
                lengths = None
            if lengths is not None:
                continue
        entry = single.get(w)
        if entry is None:  # not listed: kept, unless a number
            if not w.isdigit():
                kept.append(w)
        elif entry:  # a concept's word
            kept.append(entry)
        i += 1
    return kept


@lru_cache(maxsize=2)
def _single_words(concepts: bool) -> dict[str, str]:
    """The listed words, for :func:`content_syllables`: each stop word and one-word stop phrase maps to ""
    (left out), and with ``concepts`` each one-word synonym to its concept (even a stop word)."""
    syllables, phrases = stop_words()
    out = {w: "" for w in syllables}
    for key, entry in phrases.items():
        if len(key) == 1:
            if entry is None:
                out[key[0]] = ""  # a one-word stop phrase
            elif concepts:
                out[key[0]] = entry
            elif key[0] not in syllables:
                out.pop(key[0], None)  # a concept's word, kept as it is without concepts
    return out


@lru_cache(maxsize=1)
def _stop_units() -> frozenset[str]:
    """The words that are a stop unit by themselves: the stop words and the one-word stop phrases."""
    syllables, phrases = stop_words()
    return syllables | {key[0] for key, entry in phrases.items() if len(key) == 1 and entry is None}


@lru_cache(maxsize=1)
def _title_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The syllables a title may not start with, and those it may not end with (``resources/themes.json``'s
    "title_edges", normalized as texts are), beside the stop units."""
    edges = _resource().get("title_edges", {})
    start = frozenset(feature_text(w) for w in edges.get("start", ()))
    end = frozenset(feature_text(w) for w in edges.get("end", ()))
    return start, end


@lru_cache(maxsize=1)
def _phrase_starts() -> dict[str, dict[str, tuple[int, ...]]]:
    """For each first word of a listed phrase of two words or more, and each second word of those phrases, the
    lengths of the phrases that start with the two, longest first (most words that start a phrase are not
    followed by the second word of one: they are passed over after two lookups)."""
    lengths: dict[str, dict[str, set[int]]] = {}
    for p in stop_words()[1]:
        if len(p) > 1:
            lengths.setdefault(p[0], {}).setdefault(p[1], set()).add(len(p))
    return {w: {v: tuple(sorted(ns, reverse=True)) for v, ns in after.items()} for w, after in lengths.items()}


def _check(texts: Sequence[str], reports: Sequence[Hashable], threshold: float, ngram_range: tuple[int, int]) -> None:
    if len(texts) != len(reports):
        raise ValueError(f"texts and reports differ in length ({len(texts)} and {len(reports)})")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be a number strictly between 0 and 1, not {threshold!r}")
    if (
        len(ngram_range) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in ngram_range)
        or not 1 <= ngram_range[0] <= ngram_range[1] <= 4
    ):
        raise ValueError(f"ngram_range must be (low, high) with 1 <= low <= high <= 4, not {ngram_range!r}")


def vectorize(
    texts: Sequence[str], *, ngram_range: tuple[int, int] = (1, 2), concepts: bool = True, normalized: bool = False
) -> tuple[Any, np.ndarray]:
    """L2-normalized TF-IDF rows of ``texts`` (sparse) and their terms.

    Sublinear term frequency and smoothed idf, as scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)``, computed by
    :func:`~nq35cls.similarity.tfidf_rows` (the same values, without
    importing scikit-learn); terms in more than :data:`MAX_DF` of the texts
    (at least 10 texts) left out.

    Parameters
    ----------
    texts : sequence of str
    ngram_range : (int, int), default=(1, 2)
        Syllable n-grams used as terms.
    concepts : bool, default=True
        Replace synonyms by their concept (see :func:`content_syllables`).
    normalized : bool, default=False
        The texts are already :func:`~nq35cls.normalize.feature_text`.

    Returns
    -------
    X : scipy.sparse.csr_matrix of shape (len(texts), n_terms)
    terms : ndarray of str
        The term of each column, in alphabetical order.

    Raises
    ------
    ValueError
        When no text has a content term.
    """

    return _tfidf(texts, lambda t: _words(t, normalized), ngram_range=ngram_range, concepts=concepts)


def _tfidf(
    texts: Sequence[str],
    words_of: Callable[[str], list[str]],
    *,
    ngram_range: tuple[int, int],
    concepts: bool,
    related: float = 0.0,
    content: dict[str, list[str]] | None = None,
) -> tuple[Any, np.ndarray]:
    """:func:`vectorize`, the syllables of a text given by ``words_of``; with ``related`` > 0, the tokens of the
    text's related-word groups (:func:`related_groups`) are terms too, their TF-IDF values weighed by ``related``
    before the rows are L2-normalized. ``content``: each text's content terms (without the groups) as found by an
    earlier call with the same ``ngram_range`` and ``concepts``, read and filled in."""
    known: dict[str, list[str]] = {}  # the same text (figures aside, once normalized) is analyzed once
    found = {} if content is None else content

    def analyzer(text: str) -> list[str]:
        terms = known.get(text)
        if terms is None:
            words = words_of(text)
            terms = found.get(text)
            if terms is None:
                terms = found[text] = _ngrams(_content(words, concepts), ngram_range)
            if related > 0:
                terms = terms + _related(words)
            known[text] = terms
        return terms

    X, names = tfidf_rows(texts, analyzer, max_df=max(MAX_DF, min(1.0, 10 / max(len(texts), 1))))
    if related > 0 and related != 1.0:
        group = np.char.startswith(names, GROUP_MARK)
        if group.any():
            X.data *= np.where(group, np.float32(related), np.float32(1.0))[X.indices]
            X = l2_rows(X, copy=False)
    return X, names


def _ngrams(words: list[str], ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    if lo == hi == 1:  # the syllables themselves
        return words
    return [" ".join(words[i : i + n]) for n in range(lo, hi + 1) for i in range(len(words) - n + 1)]


def find_themes(
    texts: Sequence[str],
    reports: Sequence[Hashable],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    anchor: float = DEFAULT_ANCHOR,
    n_neighbors: int = DEFAULT_NEIGHBORS,
    ngram_range: tuple[int, int] = (1, 1),
    concepts: bool = True,
    separate_reports: bool = True,
    theme_anchor: float | None = DEFAULT_THEME_ANCHOR,
    member_threshold: float | None = DEFAULT_MEMBER_THRESHOLD,
    n_terms: int = 5,
    related: float = DEFAULT_RELATED,
    keep_place_names: bool = False,
    termspace: float = DEFAULT_TERMSPACE,
    termspace_steps: Sequence[str] = DEFAULT_TERMSPACE_STEPS,
    min_syllables: int = DEFAULT_MIN_SYLLABLES,
    n_jobs: int | None = None,
) -> list[Theme]:
    """Group similar texts into themes.

    Parameters
    ----------
    texts : sequence of str
        Paragraphs (or sentences) of one part of many reports.
    reports : sequence of hashable
        The report of each text (a file number, a name): a theme counts the
        distinct reports that raise it.
    threshold : float, default=DEFAULT_THRESHOLD
        Least mean cosine similarity over the pairs of a theme, strictly
        between 0 and 1: higher gives more, tighter themes.
    anchor : float, default=DEFAULT_ANCHOR
        Least similarity of a text to a neighbour it is linked to, in [0, 1):
        two groups merge only when some of their texts are so linked (two
        texts that share one word are not yet a theme).
    n_neighbors : int, default=DEFAULT_NEIGHBORS
        How many nearest neighbours each text is linked to, at least 1:
        bounds the work and memory to n x n_neighbors links.
    ngram_range : (int, int), default=(1, 1)
        Syllable n-grams used as TF-IDF terms.
    concepts : bool, default=True
        Replace the synonyms of ``resources/themes.json`` by their concept.
    separate_reports : bool, default=True
        Never put two texts of the same report in one theme (a report makes
        a point once; two of its paragraphs are two points), unless they are
        the same words (figures aside).
    theme_anchor : float or None, default=DEFAULT_THEME_ANCHOR
        Least cosine of the centroids of two themes, in [0, 1), for the second
        agglomeration to link them (they then merge by ``threshold``, as
        texts do); None leaves the themes of the first agglomeration as they are.
    member_threshold : float or None, default=DEFAULT_MEMBER_THRESHOLD
        Least mean similarity of a text to the other texts of its theme, in
        [0, 1): a text below it (the weakest first) leaves the theme and
        stands alone, so that the theme counts only the reports that make its
        point; None keeps every member.
    n_terms : int, default=5
        How many distinctive terms each theme keeps in ``terms``.
    related : float, default=DEFAULT_RELATED
        Weight, in [0, 1], of the groups of related words of
        ``resources/themes.json`` ("related": general report vocabulary,
        "kinh phí"/"ngân sách"/"nguồn vốn", "xuống cấp"/"hư hỏng", ...) in the
        second agglomeration: each text's group tokens are TF-IDF terms beside
        its words, weighed by ``related``, so that two wordings of one point
        that share groups rather than words are compared closer; 0 leaves
        them out. The first agglomeration and the member check use the words
        only.
    keep_place_names : bool, default=False
        Keep the names of places ("xã Tam Hiệp", "thôn Nà Lũng": capitalized
        words after a place noun of ``resources/themes.json``) in the texts'
        terms; by default they are left out (see :func:`without_place_names`).
    termspace : float, default=DEFAULT_TERMSPACE
        Weight, in [0, 1), of the term space learned from the project's corpus
        (:mod:`nq35cls.termspace`: vectors of syllables used in the same
        contexts, "chậm"/"trễ"/"muộn") in the similarities of the steps
        ``termspace_steps``: there the cosine of two texts is ``1 - termspace``
        times that of their TF-IDF rows plus ``termspace`` times that of their
        vectors in the term space, so that two wordings of one point are
        compared closer; 0 leaves it out (and the space is never loaded).
    termspace_steps : sequence of str, default=DEFAULT_TERMSPACE_STEPS
        Which steps use the term space: ``"first"`` (the first agglomeration),
        ``"regroup"`` (the second), ``"members"`` (the member check).
    min_syllables : int, default=DEFAULT_MIN_SYLLABLES
        Least number of distinct syllables, stop words and figures aside, of
        a text that joins a theme; a text with fewer (a lead-in "Cụ thể:",
        "Lưu ý:", a table's row "- Tỉ lệ đạt | 100%") makes no point to
        share, even word for word in many reports: it stands alone and takes
        no part in the clustering; so does a lead-in, a text of at most
        :data:`LEAD_IN_WORDS` words ending with a colon ("Cơ sở vật chất:"),
        whose point is in the lines after it. 0 lets every text in.
    n_jobs : int, optional
        Threads of the nearest-neighbour products: None or 1 for one, -1 for
        every core (the themes are the same).

    Returns
    -------
    list of Theme
        Every text in exactly one theme; themes raised by more reports first,
        then larger ones, then in input order (so the singletons, raised by
        one report, come last).

    Raises
    ------
    ValueError
        On texts and reports of different lengths or a parameter out of range.

    Examples
    --------
    >>> themes = find_themes(
    ...     ["Mở 5 lớp tập huấn kỹ năng số cho cán bộ.", "Bồi dưỡng kỹ năng số cho 300 cán bộ, công chức.",
    ...      "Lắp 20 camera an ninh."],
    ...     ["a.txt", "b.txt", "b.txt"])
    >>> [(t.n_reports, t.members) for t in themes]
    [(2, (0, 1)), (1, (2,))]
    """
    _check(texts, reports, threshold, ngram_range)
    if isinstance(anchor, bool) or not isinstance(anchor, (int, float)) or not 0.0 <= anchor < 1.0:
        raise ValueError(f"anchor must be a number in [0, 1), not {anchor!r}")
    if not isinstance(n_neighbors, int) or isinstance(n_neighbors, bool) or n_neighbors < 1:
        raise ValueError(f"n_neighbors must be a positive integer, not {n_neighbors!r}")
    for name, value in (("theme_anchor", theme_anchor), ("member_threshold", member_threshold)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value < 1.0
        ):
            raise ValueError(f"{name} must be None or a number in [0, 1), not {value!r}")
    if isinstance(related, bool) or not isinstance(related, (int, float)) or not 0.0 <= related <= 1.0:
        raise ValueError(f"related must be a number in [0, 1], not {related!r}")
    if not isinstance(n_terms, int) or isinstance(n_terms, bool) or n_terms < 0:
        raise ValueError(f"n_terms must be a non-negative integer, not {n_terms!r}")
    if isinstance(termspace, bool) or not isinstance(termspace, (int, float)) or not 0.0 <= termspace < 1.0:
        raise ValueError(f"termspace must be a number in [0, 1), not {termspace!r}")
    if isinstance(termspace_steps, str) or not set(termspace_steps) <= set(TERMSPACE_STEPS):
        raise ValueError(f"termspace_steps must be a sequence of {list(TERMSPACE_STEPS)}, not {termspace_steps!r}")
    if not isinstance(min_syllables, int) or isinstance(min_syllables, bool) or min_syllables < 0:
        raise ValueError(f"min_syllables must be a non-negative integer, not {min_syllables!r}")
    if n_jobs is not None and (not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0):
        raise ValueError(f"n_jobs must be a non-zero integer or None, not {n_jobs!r}")
    if not len(texts):
        return []
    forms: dict[str, str] = {}  # each distinct text normalized once
    normalize = feature_text if keep_place_names else (lambda t: feature_text(without_place_names(t)))
    normalized = [forms[t] if t in forms else forms.setdefault(t, normalize(t)) for t in texts]
    tokens: dict[str, list[str]] = {}  # each distinct text's syllables, for its terms and for the titles' weights

    def words_of(text: str) -> list[str]:
        found = tokens.get(text)
        if found is None:
            found = tokens[text] = _words(text, normalized=True)
        return found

    content: dict[str, list[str]] = {}  # each distinct text's content terms, for both _tfidf calls
    # the texts that join the themes (all, unless some say too little), each its row of X; the others stand alone
    joins = _joining(normalized, words_of, min_syllables)
    joined = normalized if len(joins) == len(texts) else [normalized[i] for i in joins]
    row = np.full(len(texts), -1, dtype=np.intp)
    row[joins] = np.arange(len(joins))
    try:
        X, names = _tfidf(joined, words_of, ngram_range=ngram_range, concepts=concepts, content=content)
    except ValueError:  # no content word in any text (or none joins): each text its own theme
        X, names = None, None
    labels = np.arange(len(texts))  # each text its own theme, unless clustered below
    if X is not None:
        codes: dict[Hashable, int] = {}
        # identical vectors (the same text, or with other figures) are clustered once, with their weight
        node = same_rows(X)
        firsts = first_of_each(node)  # one row per distinct vector
        first_texts = [joined[i] for i in firsts]
        uniq_rows = X[firsts]
        # the rows the regrouping compares: with ``related``, also the groups of related words of each text
        wide_rows = uniq_rows
        if related > 0 and theme_anchor is not None:
            try:
                wide_rows, _ = _tfidf(
                    first_texts, words_of, ngram_range=ngram_range, concepts=concepts, related=related, content=content
                )
            except ValueError:  # every term in too many of the distinct texts: the words' rows as they are
                wide_rows = uniq_rows
        weights = np.bincount(node)
        node_reports: list[set[int]] = [set() for _ in range(len(weights))]
        for i, k in enumerate(joins.tolist()):
            node_reports[node[i]].add(codes.setdefault(reports[k], len(codes)))
        first_rows, member_rows = uniq_rows, uniq_rows
        first_dense = wide_dense = 0  # the dense columns (the term space's) of the rows of each step
        # the steps that run and use the term space (none: the space is not even loaded)
        uses = set(termspace_steps) & (
            {"first"}
            | ({"regroup"} if theme_anchor is not None else set())
            | ({"members"} if member_threshold is not None else set())
        )
        if termspace > 0 and uses:
            reuse = concepts and ngram_range == (1, 1)  # then ``content`` holds the content syllables themselves
            Z = term_vectors(
                first_texts,
                words_of,
                content_of=lambda t: content[t] if reuse and t in content else _content(words_of(t), True),
            )
            if "first" in uses:
                first_rows, first_dense = mix_rows(uniq_rows, Z, termspace), Z.shape[1]
            if "regroup" in uses:
                wide_rows, wide_dense = mix_rows(wide_rows, Z, termspace), Z.shape[1]
            if "members" in uses:
                member_rows = mix_rows(uniq_rows, Z, termspace)
        graph = neighbour_graph(first_rows, anchor, n_neighbors, dense_columns=first_dense, n_jobs=n_jobs)
        node_groups = node_reports if separate_reports else None
        node_labels = average_linkage(first_rows, graph, threshold, node_groups, weights=weights)
        first_labels = node_labels
        if theme_anchor is not None:
            node_labels = regroup(
                wide_rows,
                node_labels,
                threshold,
                theme_anchor,
                node_groups,
                weights=weights,
                n_neighbors=n_neighbors,
                dense_columns=wide_dense,
                n_jobs=n_jobs,
            )
        if member_threshold is not None:
            node_labels = keep_similar_members(
                member_rows, node_labels, member_threshold, weights=weights, origin=first_labels
            )
        labels[joins] = node_labels[node] - len(texts)  # (the texts left out keep their own numbers)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(labels.tolist()):
        groups.setdefault(c, []).append(i)
    idf = _idf(joined, words_of)  # (the texts left out weigh nothing in the titles)
    themes = []
    for members in groups.values():
        rows = row[members]  # (a theme's texts all joined, or it is one text left out)
        if rows[0] < 0:  # a text left out: its content terms in order
            representative, sample = members[0], [normalized[members[0]]]
            own = _ngrams(_content(words_of(normalized[representative]), concepts), ngram_range)
            terms = tuple(dict.fromkeys(own))[:n_terms]
        elif X is not None and names is not None and len(members) == 1:  # its own centroid: read off its row
            representative = members[0]
            start, end = X.indptr[rows[0]], X.indptr[rows[0] + 1]
            columns, values = X.indices[start:end], X.data[start:end]
            top = np.lexsort((columns, -values))[:n_terms]
            terms = tuple(str(names[columns[k]]) for k in top if values[k] > 0)
            sample = [normalized[representative]]
        elif X is not None and names is not None:
            centroid, closeness = _centroid_and_closeness(X, rows.tolist())
            order = np.argsort(-closeness, kind="stable")
            representative = members[int(order[0])]
            found = np.flatnonzero(centroid > 0)  # the terms of the members, strongest first (ties by column)
            top = found[np.argsort(-centroid[found], kind="stable")][:n_terms]
            terms = tuple(str(names[k]) for k in top)
            sample = [normalized[members[k]] for k in order[:TITLE_SAMPLE]]
        else:
            representative, terms, sample = members[0], (), [normalized[members[0]]]
        seen: dict[Hashable, None] = {}
        for m in members:
            seen.setdefault(reports[m], None)
        title = theme_title(sample, idf, normalized=True) or _first_words(texts[representative])
        themes.append(Theme(title, terms, tuple(members), representative, tuple(seen)))
    themes.sort(key=lambda t: (-t.n_reports, -len(t.members), t.members[0]))
    return themes


def _joining(normalized: Sequence[str], words_of: Callable[[str], list[str]], min_syllables: int) -> np.ndarray:
    """The positions of the texts (normalized) that have at least ``min_syllables`` distinct syllables, stop words
    and figures aside, and are not a lead-in (:data:`LEAD_IN_WORDS`), in order."""
    if min_syllables <= 0:
        return np.arange(len(normalized))
    stop = _stop_units()
    known: dict[str, bool] = {}
    for text in normalized:
        if text not in known:
            kept = {w for w in words_of(text) if w not in stop and not w.isdigit()}
            lead_in = text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS
            known[text] = len(kept) >= min_syllables and not lead_in
    return np.flatnonzero([known[text] for text in normalized])


def term_vectors(
    texts: Sequence[str],
    words_of: Callable[[str], list[str]] | None = None,
    *,
    content_of: Callable[[str], list[str]] | None = None,
) -> np.ndarray:
    """The vectors of texts in the packaged term space (:func:`nq35cls.termspace.project`), L2-normalized.

    Parameters
    ----------
    texts : sequence of str
        Texts as :func:`~nq35cls.normalize.feature_text` gives them.
    words_of : callable, optional
        The normalized syllables of a text (by default its words).
    content_of : callable, optional
        The content syllables of a text, with concepts (by default found from
        ``words_of``: a caller that has them already passes them).

    Returns
    -------
    ndarray of float32, shape (len(texts), n_dims)
        Rows of zeros for texts with no term of the space.
    """
    from .termspace import load_termspace, project

    space = load_termspace()
    split = words_of or (lambda t: _words(t, normalized=True))
    content = content_of or (lambda t: _content(split(t), True))
    return project([_ngrams(content(t), space.ngram_range) for t in texts], space=space)


def mix_rows(X: Any, Z: np.ndarray, weight: float) -> Any:
    """Rows whose cosine is ``(1 - weight)`` times that of the rows of ``X`` plus ``weight`` times that of ``Z``.

    Both L2-normalized: the rows of ``X`` scaled by ``sqrt(1 - weight)`` beside those of ``Z`` scaled by
    ``sqrt(weight)`` (a row of zeros in either leaves the other's, L2-normalized again).
    """
    from scipy.sparse import csr_matrix, hstack

    mixed = hstack([X * np.float32(np.sqrt(1.0 - weight)), csr_matrix(Z * np.float32(np.sqrt(weight)))], format="csr")
    return l2_rows(mixed.astype(np.float32), copy=False)


def _centroid_and_closeness(X: Any, members: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The mean of the rows ``members`` of the csr matrix ``X`` and each member's dot product with it.

    The same values as ``X[members].mean(axis=0)`` and ``X[members] @ centroid`` in scipy, to the last bit
    (each value divided by the number of rows, then summed row after row; each product summed in the row's
    stored order), without building the rows' matrix: a theme's rows are read off ``X``'s arrays.
    """
    indptr = X.indptr
    rows = np.asarray(members, dtype=np.intp)
    starts, ends = indptr[rows], indptr[rows + 1]
    lengths = ends - starts
    owner = np.repeat(np.arange(len(rows)), lengths)
    positions = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths) + starts[owner]
    columns, values = X.indices[positions], X.data[positions]
    scaled = values * (1.0 / len(rows))
    centroid = np.zeros(X.shape[1], dtype=scaled.dtype)
    np.add.at(centroid, columns, scaled)
    closeness = np.zeros(len(rows), dtype=np.result_type(values.dtype, centroid.dtype))
    np.add.at(closeness, owner, values * centroid[columns])
    return centroid, closeness


def syllable_idf(texts: Sequence[str], *, normalized: bool = False) -> dict[str, float]:
    """Inverse document frequency of each normalized syllable of ``texts`` (stop syllables weigh 0).

    Parameters
    ----------
    texts : sequence of str
    normalized : bool, default=False
        The texts are already :func:`~nq35cls.normalize.feature_text`.

    Returns
    -------
    dict of str to float
        ``log((1 + n) / (1 + df)) + 1``, as scikit-learn's smoothed idf; 0 for the
        syllables in more than :data:`MAX_DF` of the texts.
    """
    return _idf(texts, lambda t: _words(t, normalized))


def _idf(texts: Sequence[str], words_of: Callable[[str], list[str]]) -> dict[str, float]:
    """:func:`syllable_idf`, the syllables of a text given by ``words_of``."""
    stop, _ = stop_words()
    df: Counter = Counter()
    known: dict[str, set[str]] = {}
    for t in texts:
        words = known.get(t)
        if words is None:
            words = known[t] = set(words_of(t))
        df.update(words)
    n = len(texts)
    common = max(MAX_DF * n, 10)
    return {
        w: 0.0 if w in stop or w.isdigit() or c > common else float(np.log((1 + n) / (1 + c)) + 1)
        for w, c in df.items()
    }


def _first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _segments(text: str) -> list[list[str]]:
    """The syllables of each segment of one normalized text (a title never spans punctuation or a figure)."""
    return [words for words in map(str.split, _BREAK.split(text)) if words]


def _title_grams(
    segments: list[list[str]],
    max_words: int,
    allowed: set[str] | None = None,
    cuts: dict[tuple[str, ...], list[bool]] | None = None,
) -> set[tuple[str, ...]]:
    """The candidate phrases of one normalized text (its :func:`_segments`) for :func:`theme_title`: syllable
    n-grams of 2 to ``max_words`` syllables within a segment, never cutting a listed phrase of
    ``resources/themes.json``, never starting or ending with a stop unit (a stop word or stop phrase) or a
    function word of its "title_edges"; with ``allowed``, only those made of these syllables; with ``cuts``
    (where each segment's :func:`nq35cls.lexicon.inside_word` is kept once computed), never starting or ending
    inside a word of several syllables ("môi" of "môi trường")."""
    _, phrases = stop_words()
    starts = _phrase_starts()
    alone = _stop_units()
    no_start, no_end = _title_edges()
    found: set[tuple[str, ...]] = set()
    add = found.add
    for words in segments:
        if len(words) < 2:  # no phrase of two syllables
            continue
        if allowed is None:
            ok = [True] * len(words)
        else:
            ok = [w in allowed for w in words]
            if sum(ok) < 2:  # no phrase of two allowed syllables
                continue
        flat = tuple(words)
        bounds: list[int] = []  # each unit's first syllable
        stops: list[bool] = []
        usable: list[bool] = []  # each unit's syllables allowed
        i, end = 0, len(words)
        last_word = end - 1
        while i < end:
            bounds.append(i)
            after = starts.get(words[i]) if i < last_word else None
            for n in after.get(words[i + 1], ()) if after is not None else ():
                key = flat[i : i + n]
                if key in phrases:
                    stops.append(phrases[key] is None)
                    usable.append(all(ok[i : i + n]))
                    i += n
                    break
            else:
                stops.append(words[i] in alone)
                usable.append(ok[i])
                i += 1
        bounds.append(end)
        last = len(stops)
        if cuts is None:
            cut = [False] * (end + 1)
        else:  # a segment's boundaries computed once for both passes (never an empty list: always true)
            cut = cuts.get(flat) or cuts.setdefault(flat, inside_word(words))
        for u in range(last):
            start = bounds[u]
            if stops[u] or not usable[u] or cut[start] or words[start] in no_start:
                continue
            for v in range(u, last):
                stop_at = bounds[v + 1]
                if stop_at - start > max_words or not usable[v]:
                    break
                if stop_at - start >= 2 and not stops[v] and not cut[stop_at] and words[stop_at - 1] not in no_end:
                    add(flat[start:stop_at])
    return found


def _title_candidates(
    segmented: list[list[list[str]]], max_words: int, whole_words: bool
) -> list[tuple[tuple[str, ...], int]]:
    """:func:`theme_title`'s candidate phrases of the texts (each its :func:`_segments`) with the number of texts
    that hold each: those in enough of them (:data:`TITLE_COVERAGE`), else all."""
    share = 1.0 / len(segmented)
    counts: Counter = Counter()
    cuts: dict[tuple[str, ...], list[bool]] | None = {} if whole_words else None
    if len(segmented) > 2:
        # the phrases most members share are made of syllables most members use: those phrases counted first
        used: Counter = Counter()
        for segments in segmented:
            used.update({w for words in segments for w in words})
        allowed = {w for w, c in used.items() if c * share >= TITLE_COVERAGE}
        for segments in segmented:
            counts.update(_title_grams(segments, max_words, allowed, cuts))
        common = [kv for kv in counts.items() if kv[1] * share >= TITLE_COVERAGE]
        if common:
            return common
    # none (or two texts or fewer: each phrase shared enough): every phrase a candidate
    counts = Counter()
    for segments in segmented:
        counts.update(_title_grams(segments, max_words, None, cuts))
    return [kv for kv in counts.items() if kv[1] * share >= TITLE_COVERAGE] or list(counts.items())


def theme_title(texts: Sequence[str], idf: dict[str, float], *, max_words: int = 6, normalized: bool = False) -> str:
    """A phrase of 2 to ``max_words`` syllables that sums up ``texts``.

    Candidates are the syllable n-grams of the texts (never across
    punctuation or figures, never cutting a listed phrase or a word of
    several syllables, never starting or ending with a stop word);
    each scores its share of texts that contain it times the summed inverse
    document frequency of its syllables (``idf``: syllable -> weight; stop
    words weigh nothing). The best is returned, followed by a second one
    that shares no syllable with it when that one is nearly as good.

    Parameters
    ----------
    texts : sequence of str
    idf : dict of str to float
    max_words : int, default=6
    normalized : bool, default=False
        The texts are already :func:`~nq35cls.normalize.feature_text`.

    Returns
    -------
    str
        Empty when there is no candidate.
    """
    segmented = [_segments(text if normalized else feature_text(text)) for text in texts]
    share = 1.0 / len(texts)
    weight: dict[str, float] = {}  # each syllable's idf, looked up once

    def score(gram: tuple[str, ...], count: int) -> float:
        total = 0.0
        for w in gram:
            x = weight.get(w)
            if x is None:
                x = weight[w] = idf.get(w, 0.0)
            total += x
        return (count * share) ** 2 * total

    # phrases of whole words; only where none of them weighs anything, any (a word the dictionary does not know)
    for whole_words in (True, False):
        common = _title_candidates(segmented, max_words, whole_words)
        if common:
            ranked = sorted(((-score(g, c), g, c) for g, c in common))
            negative, best, best_count = ranked[0]
            if -negative > 0:
                break
    else:
        return ""
    title = " ".join(best)
    for negative, gram, count in ranked[1:50]:
        if count * share >= 0.5 and -negative >= 0.6 * -ranked[0][0] and not set(gram) & set(best):
            title += ", " + " ".join(gram)
            break
    return title
