"""Structural features of a paragraph in its document: position, length, layout, cue counts.

Each paragraph gets one row of named columns (:data:`STRUCTURE_FEATURES`),
built as a mapping from name to value, so a column is added or removed in
one place. :func:`structure_rows` also returns, for every paragraph, the row
of its nearest preceding heading or lead-in (a short line without final
punctuation, an upper-case line, a numbered heading, a line ending in ``:``),
whose text the featurizer copies in as context, and (with ``parts``) the part
each paragraph sits in, from its enclosing headings nested by their numbering,
with the row of the heading that opens that part.
"""

from __future__ import annotations

import math

import numpy as np

from .cues import BOILERPLATE, BYLINE, CAPTION, CITATION, Cues

#: Documents with fewer paragraphs than this count as short.
SHORT_DOCUMENT = 15
#: A paragraph with at most this many words counts as a short line.
SHORT_LINE_WORDS = 8
#: A paragraph with at least this many words counts as body text.
LONG_PARAGRAPH_WORDS = 30
#: Longest line (in words) taken for a line of web chrome by its cue phrases.
CHROME_LINE_WORDS = 12

#: Names of the structural columns, in column order.
STRUCTURE_FEATURES: tuple[str, ...] = (
    "rel_pos",
    "rel_pos_long_doc",
    "short_doc",
    "first",
    "last",
    "log_words",
    "words_le3",
    "words_le10",
    "words_le25",
    "ends_colon",
    "no_final_punct",
    "upper",
    "roman_heading",
    "arabic_heading",
    "letter_item",
    "enumerator",
    "bullet",
    "digits",
    "separators",
    "boilerplate_cues",
    "byline_cues",
    "short_run",
    "after_body",
    "before_body",
    "is_heading",
    "heading_distance",
    "ctx_none",
    "ctx_results",
    "ctx_limitations",
    "ctx_solutions",
    "own_results",
    "own_limitations",
    "own_solutions",
    "no_letters",
    "quoted",
    "caption_cues",
    "citation",
    "last_body",
    "after_separator",
    "chrome_line",
)


def _word_count(text: str) -> int:
    return len(text.split())


def _is_chrome_line(ftext: str, words: int, boilerplate_cues: int, cues: Cues) -> bool:
    """A short line of web chrome: only chrome phrases (and punctuation), or
    several of them ("A- A A+ | Tăng tương phản Giảm tương phản")."""
    if words > CHROME_LINE_WORDS or not boilerplate_cues:
        return False
    return boilerplate_cues >= 2 or cues.chrome_line.fullmatch(ftext) is not None


def _no_final_punct(raw: str, cues: Cues) -> bool:
    return not raw or raw[-1] not in cues.final_punct


#: Names of the columns of the part a paragraph sits in (``structure_rows(parts=True)``), after the others.
PART_FEATURES: tuple[str, ...] = ("part_none", "part_results", "part_limitations", "part_solutions")
#: Outline level of a lead-in (a line ending in ":"): below every numbered heading.
LEAD_IN_LEVEL = 6


def _outline_level(ftext: str, upper: float, cues: Cues) -> int:
    """A heading's level in the document's outline, 0 the outermost: a part or chapter ("Phần thứ hai",
    "Chương 3") 0, a Roman-numbered heading or an upper-case line 1, an Arabic-numbered one 2 and one more per
    level of its number ("1.2." is 3), a lettered one 5, anything else a lead-in."""
    if cues.part.match(ftext):
        return 0
    if cues.roman.match(ftext) or upper > 0.6:
        return 1
    arabic = cues.arabic.match(ftext)
    if arabic:
        return min(2 + arabic.group().strip().rstrip(".)/:-").count("."), LEAD_IN_LEVEL - 1)
    if cues.letter.match(ftext):
        return LEAD_IN_LEVEL - 1
    return LEAD_IN_LEVEL


def _is_heading(raw: str, ftext: str, words: int, upper: float, cues: Cues) -> bool:
    if words <= 20 and _no_final_punct(raw, cues):
        return True
    if upper > 0.6 and words <= 40:
        return True
    return bool(cues.roman.match(ftext)) and words <= 30


def _quoted_share(raw: str, cues: Cues) -> float:
    """Share of the paragraph's characters inside quotation marks."""
    inside = sum(len(m.group()) for m in cues.quotation.finditer(raw))
    return inside / len(raw) if raw else 0.0


def _upper_ratio(raw: str, prefix: int = 160) -> float:
    """Share of upper-case letters among the first ``prefix`` characters
    (enough to tell an upper-case heading; long paragraphs are never one)."""
    head = raw[:prefix]
    letters = sum(map(str.isalpha, head))
    return sum(map(str.isupper, head)) / letters if letters else 0.0


def _short_runs(short: list[bool]) -> list[int]:
    """For each paragraph, the length of the run of short lines it sits in (0 if it is not short)."""
    n, runs, i = len(short), [0] * len(short), 0
    while i < n:
        if short[i]:
            j = i
            while j < n and short[j]:
                j += 1
            runs[i:j] = [j - i] * (j - i)
            i = j
        else:
            i += 1
    return runs


def structure_rows(
    raw: list[str], ftexts: list[str], cues: Cues, *, parts: bool = False
) -> tuple[np.ndarray, list[int], list[int]]:
    """Structural features of one document and, per paragraph, the row of its
    nearest preceding heading or lead-in and that of the heading that opens its
    part (-1 if none).

    Parameters
    ----------
    raw : list of str
        The document's paragraphs as written.
    ftexts : list of str
        The same paragraphs' feature texts (:func:`nq35cls.normalize.feature_text`).
    cues : Cues
        The compiled cue table.
    parts : bool, default=False
        Also the part each paragraph sits in (:data:`PART_FEATURES`, the last
        columns): that of the innermost enclosing heading or lead-in whose cue
        words point to a part, the headings nested by their numbering
        (:func:`_outline_level`); a heading closes those at its level and below.
        A list of features under "1.5. Các tính năng" inside "1. Những gì đã làm
        được" sits in the results part, which the nearest heading alone does not tell.

    Returns
    -------
    rows : ndarray of shape (n_paragraphs, len(STRUCTURE_FEATURES) [+ len(PART_FEATURES)])
    context_rows : list of int
    part_rows : list of int
        With ``parts``, the row of the heading whose part each paragraph sits in (else all -1).
    """
    n = len(raw)
    words = [_word_count(t) for t in raw]
    runs = _short_runs([w <= SHORT_LINE_WORDS for w in words])
    long_rows = [i for i, w in enumerate(words) if w >= LONG_PARAGRAPH_WORDS]
    first_body = long_rows[0] if long_rows else n
    last_body = long_rows[-1] if long_rows else -1
    no_letters = [not any(map(str.isalpha, t)) for t in raw]
    long_doc = n >= SHORT_DOCUMENT
    context_row = -1
    context_rows = []
    part_rows = []
    ctx_section = -1  # the part (index in SECTIONS) the current context row's cues point to
    # the enclosing headings and lead-ins, outermost first: (level, part their cues point to or -1, row)
    outline: list[tuple[int, int, int]] = []
    out = np.zeros((n, len(STRUCTURE_FEATURES) + (len(PART_FEATURES) if parts else 0)), dtype=np.float64)
    for i, (r, f) in enumerate(zip(raw, ftexts)):
        # cue phrases inside quotation marks are the quoted source's words, not the unit's
        found, last_section = cues.scan(cues.quotation.sub(" ", f) if '"' in f or "«" in f else f)
        upper = _upper_ratio(r)
        chrome = _is_chrome_line(f, words[i], found[BOILERPLATE], cues)
        heading = not chrome and _is_heading(r, f, words[i], upper, cues)  # chrome opens no part
        rel = i / (n - 1) if n > 1 else 0.0
        quoted = _quoted_share(r, cues)
        row = {
            "rel_pos": rel,
            "rel_pos_long_doc": rel if long_doc else 0.0,
            "short_doc": 0.0 if long_doc else 1.0,
            "first": i == 0,
            "last": i == n - 1,
            "log_words": math.log1p(words[i]) / 5.0,
            "words_le3": words[i] <= 3,
            "words_le10": words[i] <= 10,
            "words_le25": words[i] <= 25,
            "ends_colon": r.endswith(":"),
            "no_final_punct": _no_final_punct(r, cues),
            "upper": upper > 0.6,
            "roman_heading": bool(cues.roman.match(f)),
            "arabic_heading": bool(cues.arabic.match(f)),
            "letter_item": bool(cues.letter.match(f)),
            "enumerator": bool(cues.enumerator.match(f)),
            "bullet": bool(cues.bullet.match(f)),
            "digits": min(f.count("0"), 10) / 10.0,
            "separators": min(len(cues.menu_separator.findall(r)), 5) / 5.0,
            "boilerplate_cues": min(found[BOILERPLATE], 3) / 3.0,
            "byline_cues": min(found[BYLINE], 3) / 3.0,
            "short_run": math.log1p(runs[i]) / 3.0,
            "after_body": i > last_body,
            "before_body": i < first_body,
            "is_heading": heading,
            "heading_distance": math.log1p(i - context_row) / 3.0 if context_row >= 0 else 1.0,
            "ctx_none": ctx_section == -1,
            "ctx_results": ctx_section == 0,
            "ctx_limitations": ctx_section == 1,
            "ctx_solutions": ctx_section == 2,
            "own_results": min(found[0], 3) / 3.0,
            "own_limitations": min(found[1], 3) / 3.0,
            "own_solutions": min(found[2], 3) / 3.0,
            "no_letters": no_letters[i],
            "quoted": quoted > 0.3,
            "caption_cues": min(found[CAPTION], 2) / 2.0,
            "citation": quoted > 0.2 and found[CITATION] > 0,
            "last_body": i == last_body,
            "after_separator": i > 0 and no_letters[i - 1],
            "chrome_line": chrome,
        }
        if i == 0 and tuple(row) != STRUCTURE_FEATURES:
            raise AssertionError("the structure row's columns differ from STRUCTURE_FEATURES")
        part, part_row = -1, -1
        if parts:
            part, part_row = next(((section, at) for _, section, at in reversed(outline) if section >= 0), (-1, -1))
            row.update({name: part == k - 1 for k, name in enumerate(PART_FEATURES)})
        out[i] = tuple(row.values())
        context_rows.append(context_row)
        part_rows.append(part_row)
        if heading or r.endswith(":"):
            context_row = i
            ctx_section = last_section
            if parts and (r.endswith(":") or not (cues.bullet.match(f) or cues.enumerator.match(f))):
                level = _outline_level(f, upper, cues)
                while outline and outline[-1][0] >= level:
                    outline.pop()
                outline.append((level, last_section, i))
    return out, context_rows, part_rows
