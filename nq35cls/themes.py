"""Group the paragraphs of many reports into themes: the same point raised by several reports.

A synthesis of 60 reports has hundreds of paragraphs per part, most of them
the same dozen points worded differently. :func:`find_themes` groups them:

1. each text becomes a TF-IDF vector of its syllables and syllable pairs,
   computed on :func:`~nq35cls.normalize.feature_text` with the stop words and
   generic report words of ``resources/themes.json`` left out (digits too: the
   same point with other figures is the same point), L2-normalized;
2. a sparse graph links the texts whose cosine similarity is at least
   ``threshold`` (scikit-learn's radius-neighbours graph, computed in chunks
   of bounded memory: no dense n × n matrix);
3. average-linkage agglomeration on that graph merges the two most similar
   groups while their mean pairwise similarity (pairs that are not linked
   count as 0) stays at least ``threshold``.

Each :class:`Theme` has a title (the syllable n-gram that best sums up its
members: shared by most of them, made of distinctive syllables), the reports
that raise it, a representative (the member closest to the centroid) and
every member. Pure: no I/O beyond reading the packaged word list once.
"""

from __future__ import annotations

import heapq
import json
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .normalize import feature_text

#: Default least mean similarity within a theme (cosine of TF-IDF vectors), tuned on benchmarks/bench_themes.py.
DEFAULT_THRESHOLD = 0.1
#: Default least similarity of the closest pair of two groups that merge.
DEFAULT_ANCHOR = 0.2
#: Default least similarity of a pair counted in a theme's mean.
DEFAULT_LINK_THRESHOLD = 0.05
#: Terms in a larger share of the texts are left out (the batch's common topic, "chuyển đổi số").
MAX_DF = 0.2
#: Memory (MB) of one chunk of the similarity computation.
WORKING_MEMORY_MB = 64
#: Share of a theme's members that its title's phrases should appear in, when some do.
TITLE_COVERAGE = 0.4
#: Most members a title is computed from (those closest to the centroid).
TITLE_SAMPLE = 200

_TOKEN = re.compile(r"[^\W_]+")
# breaks between phrases: a title never spans punctuation or a figure
_BREAK = re.compile(r"[^\w\s]|\d+|_")


@dataclass(frozen=True)
class Theme:
    """A group of similar texts.

    Attributes
    ----------
    title : str
        A short phrase from the members' own words ("tổ công nghệ số cộng đồng").
    terms : tuple of str
        The theme's most distinctive TF-IDF terms, strongest first.
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
    raw = json.loads(resources.files("nq35cls.resources").joinpath("themes.json").read_text(encoding="utf-8"))
    syllables = frozenset(feature_text(w) for w in raw["syllables"])
    phrases: dict[tuple[str, ...], str | None] = {tuple(_words(p)): None for p in raw["phrases"]}
    for canonical, variants in raw["concepts"].items():
        for v in variants:
            phrases[tuple(_words(v))] = canonical
    return syllables, phrases


def _words(text: str) -> list[str]:
    return _TOKEN.findall(feature_text(text))


def content_syllables(text: str, *, concepts: bool = True) -> list[str]:
    """The terms of ``text`` that carry its point.

    Normalized syllables, without figures, stop phrases or stop words; with
    ``concepts``, the synonyms of ``resources/themes.json`` replaced by their
    canonical term (longest match first).

    Parameters
    ----------
    text : str
    concepts : bool, default=True

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
    syllables, phrases = stop_words()
    longest = _longest_phrase()
    words = _words(text)
    kept: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            key = tuple(words[i : i + n])
            if key in phrases and (concepts or phrases[key] is None):
                if phrases[key] is not None:
                    kept.append(phrases[key])  # type: ignore[arg-type]
                i += n
                break
        else:
            w = words[i]
            entry = phrases.get((w,), "")  # "": not listed
            if entry is None:
                pass  # a one-word stop phrase
            elif entry and concepts:
                kept.append(entry)
            elif w not in syllables and not w.isdigit():
                kept.append(w)
            i += 1
    return kept


@lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max((len(p) for p in stop_words()[1]), default=1)


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


def vectorize(texts: Sequence[str], *, ngram_range: tuple[int, int] = (1, 2), concepts: bool = True) -> tuple[Any, Any]:
    """L2-normalized TF-IDF rows of ``texts`` (sparse) and the fitted vectorizer.

    Parameters
    ----------
    texts : sequence of str
    ngram_range : (int, int), default=(1, 2)
        Syllable n-grams used as terms.
    concepts : bool, default=True
        Replace synonyms by their concept (see :func:`content_syllables`).

    Returns
    -------
    X : scipy.sparse.csr_matrix of shape (len(texts), n_terms)
    vectorizer : sklearn.feature_extraction.text.TfidfVectorizer
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        analyzer=lambda t: _ngrams(content_syllables(t, concepts=concepts), ngram_range),
        sublinear_tf=True,
        max_df=max(MAX_DF, min(1.0, 10 / max(len(texts), 1))),
        norm="l2",
        dtype=np.float32,
    )
    return vectorizer.fit_transform(texts).tocsr(), vectorizer


def _ngrams(words: list[str], ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    return [" ".join(words[i : i + n]) for n in range(lo, hi + 1) for i in range(len(words) - n + 1)]


def similarity_graph(X: Any, threshold: float) -> Any:
    """The sparse graph of pairs of rows of ``X`` (L2-normalized) whose cosine similarity is ``>= threshold``.

    Computed by scikit-learn's brute-force radius neighbours in chunks of
    :data:`WORKING_MEMORY_MB`; the diagonal is left out.

    Returns
    -------
    scipy.sparse.csr_matrix
        Similarities of the linked pairs (symmetric).
    """
    import sklearn
    from sklearn.neighbors import NearestNeighbors

    with sklearn.config_context(working_memory=WORKING_MEMORY_MB):
        nn = NearestNeighbors(radius=1.0 - threshold + 1e-6, metric="cosine", algorithm="brute").fit(X)
        graph = nn.radius_neighbors_graph(X, mode="distance", sort_results=False)
    graph = graph.tocsr()
    graph.data = np.clip(1.0 - graph.data, 0.0, 1.0)
    graph.setdiag(0)
    graph.eliminate_zeros()
    graph = graph.maximum(graph.T)  # symmetric whatever the rounding
    return graph.tocsr()


def average_linkage(
    graph: Any, threshold: float, groups: Sequence[int] | None = None, anchor: float = 0.0
) -> np.ndarray:
    """Clusters of an average-linkage agglomeration restricted to the edges of ``graph``.

    Two groups merge, most similar first, while the mean similarity over all
    their pairs (pairs without an edge count as 0) is at least ``threshold``
    and their most similar pair at least ``anchor``.

    Parameters
    ----------
    graph : scipy.sparse matrix of shape (n, n)
        Symmetric similarities, as from :func:`similarity_graph`.
    threshold : float
    groups : sequence of int, optional
        A group per row (its report): two clusters that hold rows of the same
        group never merge (a report makes a point once).
    anchor : float, default=0.0
        Least similarity of the closest pair of two groups that merge: a
        weak resemblance spread over many pairs is not enough.

    Returns
    -------
    ndarray of int of shape (n,)
        A cluster number per row, numbered by first appearance.
    """
    n = graph.shape[0]
    coo = graph.tocoo()
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed similarity to each linked group
    strong: list[dict[int, float]] = [{} for _ in range(n)]  # the closest pair with each linked group
    for i, j, s in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist()):
        if i != j:
            links[i][j] = s
            strong[i][j] = s
    size = [1] * n
    version = [0] * n
    parent = list(range(n))
    members: list[set[int]] | None = [{g} for g in groups] if groups is not None else None
    least = max(threshold, anchor)
    heap = [(-s, i, j, 0, 0) for i in range(n) for j, s in links[i].items() if i < j and s >= least]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb or parent[a] != a or parent[b] != b:
            continue
        if members is not None and not members[a].isdisjoint(members[b]):
            continue
        if len(links[a]) < len(links[b]):
            a, b = b, a
        if members is not None:
            ma, mb = (members[a], members[b]) if len(members[a]) >= len(members[b]) else (members[b], members[a])
            ma |= mb
            members[a], members[b] = ma, set()
        # b joins a
        parent[b] = a
        total = size[a] + size[b]
        la, lb, sa, sb = links[a], links[b], strong[a], strong[b]
        del la[b], sa[b]
        for c, s in lb.items():
            if c == a:
                continue
            la[c] = la.get(c, 0.0) + s
            sa[c] = max(sa.get(c, 0.0), sb[c])
            lc, sc = links[c], strong[c]
            lc[a] = lc.get(a, 0.0) + lc.pop(b)
            sc[a] = max(sc.get(a, 0.0), sc.pop(b))
        links[b], strong[b] = {}, {}
        size[a] = total
        version[a] += 1
        version[b] += 1
        for c, s in la.items():
            mean = s / (total * size[c])
            if mean >= threshold and sa[c] >= anchor:
                x, y = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-mean, x, y, version[x], version[y]))
    roots = [_root(parent, i) for i in range(n)]
    numbers: dict[int, int] = {}
    return np.array([numbers.setdefault(r, len(numbers)) for r in roots], dtype=np.intp)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def find_themes(
    texts: Sequence[str],
    reports: Sequence[Hashable],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    link_threshold: float = DEFAULT_LINK_THRESHOLD,
    anchor: float = DEFAULT_ANCHOR,
    ngram_range: tuple[int, int] = (1, 1),
    concepts: bool = True,
    separate_reports: bool = True,
    n_terms: int = 5,
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
    link_threshold : float, default=DEFAULT_LINK_THRESHOLD
        Least similarity of a pair counted in that mean (weaker pairs count
        as 0), at most ``threshold``: lower is more exact, and slower on
        large batches.
    anchor : float, default=DEFAULT_ANCHOR
        Least similarity of the closest pair of two groups that merge, in
        [0, 1): two texts that share one word are not yet a theme.
    ngram_range : (int, int), default=(1, 1)
        Syllable n-grams used as TF-IDF terms.
    concepts : bool, default=True
        Replace the synonyms of ``resources/themes.json`` by their concept.
    separate_reports : bool, default=True
        Never put two texts of the same report in one theme (a report makes
        a point once; two of its paragraphs are two points).
    n_terms : int, default=5
        How many distinctive terms each theme keeps in ``terms``.

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
    if isinstance(link_threshold, bool) or not isinstance(link_threshold, (int, float)):
        raise ValueError(f"link_threshold must be a number, not {link_threshold!r}")
    if not 0.0 < link_threshold <= threshold:
        raise ValueError(f"link_threshold must be in (0, threshold={threshold}], not {link_threshold!r}")
    if isinstance(anchor, bool) or not isinstance(anchor, (int, float)) or not 0.0 <= anchor < 1.0:
        raise ValueError(f"anchor must be a number in [0, 1), not {anchor!r}")
    if not isinstance(n_terms, int) or isinstance(n_terms, bool) or n_terms < 0:
        raise ValueError(f"n_terms must be a non-negative integer, not {n_terms!r}")
    if not len(texts):
        return []
    try:
        X, vectorizer = vectorize(texts, ngram_range=ngram_range, concepts=concepts)
    except ValueError:  # no content word in any text: each text its own theme
        X, vectorizer = None, None
        labels = np.arange(len(texts))
    else:
        codes: dict[Hashable, int] = {}
        report_codes = [codes.setdefault(r, len(codes)) for r in reports] if separate_reports else None
        labels = average_linkage(similarity_graph(X, link_threshold), threshold, report_codes, anchor)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(labels.tolist()):
        groups.setdefault(c, []).append(i)
    idf = syllable_idf(texts)
    names = vectorizer.get_feature_names_out() if vectorizer is not None else None
    themes = []
    for members in groups.values():
        if X is not None and names is not None:
            rows = X[members]
            centroid = np.asarray(rows.mean(axis=0)).ravel()
            order = np.argsort(-(rows @ centroid), kind="stable")
            representative = members[int(order[0])]
            top = np.argsort(-centroid, kind="stable")[:n_terms]
            terms = tuple(str(names[k]) for k in top if centroid[k] > 0)
            sample = [texts[members[k]] for k in order[:TITLE_SAMPLE]]
        else:
            representative, terms, sample = members[0], (), [texts[members[0]]]
        seen: dict[Hashable, None] = {}
        for m in members:
            seen.setdefault(reports[m], None)
        title = theme_title(sample, idf) or _first_words(texts[representative])
        themes.append(Theme(title, terms, tuple(members), representative, tuple(seen)))
    themes.sort(key=lambda t: (-t.n_reports, -len(t.members), t.members[0]))
    return themes


def syllable_idf(texts: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each normalized syllable of ``texts`` (stop syllables weigh 0).

    Parameters
    ----------
    texts : sequence of str

    Returns
    -------
    dict of str to float
        ``log((1 + n) / (1 + df)) + 1``, as scikit-learn's smoothed idf; 0 for the
        syllables in more than :data:`MAX_DF` of the texts.
    """
    stop, _ = stop_words()
    df: Counter = Counter()
    for t in texts:
        df.update(set(_words(t)))
    n = len(texts)
    common = max(MAX_DF * n, 10)
    return {
        w: 0.0 if w in stop or w.isdigit() or c > common else float(np.log((1 + n) / (1 + c)) + 1)
        for w, c in df.items()
    }


def _first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _units(words: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """Words grouped into the phrases of ``resources/themes.json`` (never cut by a title), each marked stop or not."""
    syllables, phrases = stop_words()
    longest = _longest_phrase()
    units = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            key = tuple(words[i : i + n])
            if key in phrases:
                units.append((key, phrases[key] is None))
                i += n
                break
        else:
            units.append(((words[i],), words[i] in syllables or phrases.get((words[i],), "") is None))
            i += 1
    return units


def theme_title(texts: Sequence[str], idf: dict[str, float], *, max_words: int = 6) -> str:
    """A phrase of 2 to ``max_words`` syllables that sums up ``texts``.

    Candidates are the syllable n-grams of the texts (never across
    punctuation or figures, never cutting a listed phrase, never starting
    or ending with a stop word);
    each scores its share of texts that contain it times the summed inverse
    document frequency of its syllables (``idf``: syllable -> weight; stop
    words weigh nothing). The best is returned, followed by a second one
    that shares no syllable with it when that one is nearly as good.

    Parameters
    ----------
    texts : sequence of str
    idf : dict of str to float
    max_words : int, default=6

    Returns
    -------
    str
        Empty when there is no candidate.
    """
    counts: Counter = Counter()
    for text in texts:
        found = set()
        for segment in _BREAK.split(feature_text(text)):
            units = _units(segment.split())
            for i, (_, stop_first) in enumerate(units):
                if stop_first:
                    continue
                gram: tuple[str, ...] = ()
                for unit, stop in units[i:]:
                    gram += unit
                    if len(gram) > max_words:
                        break
                    if len(gram) >= 2 and not stop:
                        found.add(gram)
        counts.update(found)
    if not counts:
        return ""
    share = 1.0 / len(texts)

    def score(gram: tuple[str, ...], count: int) -> float:
        return (count * share) ** 2 * sum(idf.get(w, 0.0) for w in gram)

    # phrases most members share, when there are some
    common = [kv for kv in counts.items() if kv[1] * share >= TITLE_COVERAGE] or list(counts.items())
    ranked = sorted(common, key=lambda kv: (-score(*kv), kv[0]))
    best, best_count = ranked[0]
    if score(best, best_count) <= 0:
        return ""
    title = " ".join(best)
    for gram, count in ranked[1:50]:
        if count * share >= 0.5 and score(gram, count) >= 0.6 * score(best, best_count) and not set(gram) & set(best):
            title += ", " + " ".join(gram)
            break
    return title
