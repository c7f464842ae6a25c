"""Figures quoted in a report: quantities with their unit and what they count.

"146 hội nghị", "3.870 lượt người", "đạt 98%", "12,5 tỷ đồng": the numbers a
consolidated report adds up or cites. A number is a figure only when a unit
or counted noun of ``resources/figures.json`` follows it (longest first, after
an optional scale: "nghìn", "triệu", "tỷ"). Numbers are read the Vietnamese
way: "." between thousands, "," before decimals ("3.870" is 3870, "12,5" is
12.5). Dates ("15/3/2025"), document numbers ("Số: 12/BC-UBND"), years and
numbers after "ngày", "năm", "Nghị quyết", "mức độ" ... are never figures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalize import normalize_text

__all__ = ["Figure", "find_figures", "summarize"]

# a number: thousands groups with "." or plain digits, then an optional ",decimals"
_NUMBER = r"(?<![\w/.,\-])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?(?![\w/]|[.,]\d)"
# words before a percentage that are not what it measures
_LEADS = ("đạt", "chiếm", "bằng", "là", "được", "khoảng", "gần", "hơn", "trên", "có", "lên", "tới", "tăng", "giảm")
# words that, after a percentage, do not name what it measures ("tăng 5% so với", "đạt 90% kế hoạch" does)
_NOT_NOUNS = frozenset(("so", "với", "và", "trở", "trong", "là", "theo", "trên", "của", "thì", "nên", "đến"))
_CLAUSE = re.compile(r"[.;:!?()\n]|,(?!\d)")
# a paragraph's list number glued to a share of 100% ("3.100% số bệnh nhân ..." for "3. 100% ..."): read as one
# number it would be 3,100% (or, with an English decimal point, 3.1%); other digits after the point stay one number
_GLUED_MARK = re.compile(r"\s*(?:[-+•]\s*)?\d{1,2}\.(?=100\s*%)")


@dataclass(frozen=True)
class Figure:
    """A quantity found in a text.

    Attributes
    ----------
    text : str
        As written ("3.870 lượt người", "98%", "12,5 tỷ đồng").
    value : float
        The number as written, scale words applied ("12,5 tỷ đồng" is 12.5e9, unit "đồng").
    unit : str
        The unit or counted noun as written after the scale ("lượt người", "%", "đồng").
    what : str
        What the figure counts: the counted noun, or for a percentage the noun
        after it in its clause ("100% cơ quan"), else the words before it
        ("tỷ lệ hồ sơ nộp trực tuyến").
    start, end : int
        Offsets of ``text`` in the text searched.
    """

    text: str
    value: float
    unit: str
    what: str
    start: int
    end: int

    @property
    def percent(self) -> bool:
        return self.unit in ("%", "phần trăm")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, dict[str, int], tuple[str, ...]]:
    raw = json.loads(resources.files("nq35cls.resources").joinpath("figures.json").read_text(encoding="utf-8"))
    scales = {k.lower(): int(v) for k, v in raw["scales"].items()}
    units = sorted({normalize_text(u) for u in raw["units"]}, key=len, reverse=True)
    unit_re = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in units)
    scale_re = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    pattern = re.compile(
        _NUMBER + rf"(?P<sp>\s*)(?:(?P<scale>{scale_re})\s+)?(?P<unit>{unit_re})(?!\w)",
        re.IGNORECASE,
    )
    not_after = tuple(sorted({normalize_text(w).lower() for w in raw["not_after"]}, key=len, reverse=True))
    return pattern, scales, not_after


def _preceded_by(before: str, words: tuple[str, ...]) -> bool:
    tail = before.rstrip().lower()
    for w in words:
        if tail.endswith(w) and (len(tail) == len(w) or not tail[-len(w) - 1].isalnum()):
            return True
    return False


def find_figures(text: str) -> list[Figure]:
    """The figures of ``text``, in order.

    Parameters
    ----------
    text : str
        A paragraph, as written (normalized to NFC and one tone placement first).

    Returns
    -------
    list of Figure

    Examples
    --------
    >>> [(f.value, f.unit) for f in find_figures("Tổ chức 146 hội nghị cho 3.870 lượt người, chi 12,5 tỷ đồng.")]
    [(146.0, 'hội nghị'), (3870.0, 'lượt người'), (12500000000.0, 'đồng')]
    >>> find_figures("Số: 12/BC-UBND ngày 15/3/2025 về Nghị quyết 35 năm 2025.")
    []
    >>> [(f.text, f.value) for f in find_figures("3.100% số bệnh nhân được tư vấn.")]  # "3." a list number
    [('100%', 100.0)]
    """
    pattern, scales, not_after = _rules()
    text = normalize_text(text)
    glued = _GLUED_MARK.match(text)
    if glued is not None:
        text = " " * glued.end() + text[glued.end() :]  # the list number left out, the offsets kept
    found = []
    for m in pattern.finditer(text):
        unit = " ".join(m.group("unit").split())
        if m.group("sp") and unit == "%":
            pass  # "98 %" is still a percentage
        elif not m.group("sp") and unit != "%":
            continue  # "12abc": not a number followed by a word
        if _preceded_by(text[: m.start()], not_after):
            continue
        whole, dec = m.group("num"), m.group("dec")
        if "." not in whole and not dec and 1900 <= int(whole) <= 2100 and unit != "%":
            continue  # a year
        value = float(whole.replace(".", "") + ("." + dec if dec else ""))
        scale = m.group("scale")
        if scale:
            value *= scales[scale.lower()]
        if unit == "%" or unit.lower() == "phần trăm":
            what = _following(text[m.end() :]) or _measured(text[: m.start()])
        else:
            what = unit
        found.append(Figure(m.group(0), value, unit, what, m.start(), m.end()))
    return found


def _measured(before: str, max_words: int = 14) -> str:
    """What a percentage measures: the words before it in its clause, without "đạt", "chiếm"..."""
    clause = _CLAUSE.split(before)[-1]
    words = clause.split()
    while words and words[-1].lower() in _LEADS:
        words = words[:-1]
    if [w.lower() for w in words] == ["tỷ", "lệ"]:
        return ""
    return " ".join(words[-max_words:])


def _following(after: str, max_words: int = 6) -> str:
    """What a percentage measures when a noun follows it ("100% cơ quan ...", "chiếm 62% tổng số hồ sơ")."""
    words = _CLAUSE.split(after)[0].split()[:max_words]
    return "" if not words or words[0].lower() in _NOT_NOUNS else " ".join(words)


def summarize(figures: Iterable[Figure], limit: int = 12) -> list[str]:
    """Figures as short phrases for a synthesis: each distinct one once, in order.

    Parameters
    ----------
    figures : iterable of Figure
    limit : int, default=12
        Most phrases returned.

    Returns
    -------
    list of str
        "146 hội nghị", "98% (tỷ lệ hồ sơ nộp trực tuyến)".
    """
    out: dict[str, None] = {}
    for f in figures:
        phrase = " ".join(f.text.split())
        if f.percent and f.what:
            phrase += f" ({f.what})"
        out.setdefault(phrase, None)
        if len(out) >= limit:
            break
    return list(out)
