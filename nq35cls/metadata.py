"""A report's identity from its header block: issuing body, number, date, type, subject, period.

Vietnamese administrative documents open with the header of Decree
30/2020/NĐ-CP: on the left the issuing body (often two lines, the superior
body then the issuing one: ``UBND TỈNH X`` / ``SỞ Y TẾ``) and the number and
symbol (``Số: 329/BC-UBND``, a Party document ``Số 12-BC/HU``); on the right
the national motto (or ``ĐẢNG CỘNG SẢN VIỆT NAM``) and the place and date
(``An Lâm, ngày 15 tháng 6 năm 2025``); then the document type (``BÁO
CÁO``) and its subject. Read from a file, the two columns arrive one after the
other, as the cells of a table row joined by `` | `` (.docx), or interleaved on
one line (PDF text): :func:`extract_metadata` handles the three.

Pure functions on the report's first paragraphs; no I/O. Patterns live in
``resources/metadata.json``. Odd text never raises: a field that cannot be
found is None (a web page without a header gives no field at all).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from .normalize import normalize_text
from .syllables import is_syllable

#: How many leading paragraphs are searched for the header.
HEADER_PARAGRAPHS = 30
#: The type line is looked for among this many leading paragraphs.
TYPE_PARAGRAPHS = 20
#: Without a type line, the header is taken to be this many leading paragraphs.
HEADER_WITHOUT_TYPE = 12
#: Only this many first characters of a paragraph are looked at (header lines are short).
MAX_LINE_CHARS = 2000
#: The longest place before a header's date ("Thành phố Hồ Chí Minh, ngày ...").
MAX_PLACE_CHARS = 60
#: Header marks (motto, number, date) further apart than this many paragraphs are not one header.
MAX_MARK_GAP = 4
#: A body name not in capitals (``Ủy ban Trung ương``) is at most this long: longer, it is a sentence.
MAX_MIXED_CASE_BODY = 50
#: A motto not in capitals counts only on a line (or cell) at most this long.
MAX_MOTTO_LINE = 120
#: A line longer than this holds no draft's blank dateline ("Tây Trạch, ngày    tháng    năm 2018").
MAX_BLANK_DATELINE = 160
#: The most lines (bodies and rules) a header's left column holds above its motto.
MAX_BODY_LINES = 5
#: A piece of the header longer than this is not an issuing body.
MAX_BODY_CHARS = 120
#: Most lines of an official letter's abstract without "V/v", under its number.
MAX_ABSTRACT_LINES = 3


@dataclass(frozen=True)
class ReportMetadata:
    """What a report's header says about it; each field None when not found.

    Attributes
    ----------
    issuing_body : str or None
        The body that issued the report, as written (``SỞ Y TẾ``).
    superior_body : str or None
        The body above it, on the line before (``UBND TỈNH AN LÂM``).
    number : str or None
        Number and symbol without spaces (``329/BC-UBND``, ``12-BC/HU``).
    date : str or None
        The date of issue, ISO 8601 (``2025-06-15``).
    place : str or None
        The place before the date (``An Lâm``).
    doc_type : str or None
        The document type in capitals (``BÁO CÁO``, ``KẾ HOẠCH``), from the
        type line (None without one, whatever the number's symbol says).
    subject : str or None
        The lines after the type line (``Sơ kết 5 năm thực hiện ...``).
    period : str or None
        The reporting period named in the title (``6 tháng đầu năm 2025``,
        ``giai đoạn 2021-2025``, ``quý III/2025``).
    """

    issuing_body: str | None = None
    superior_body: str | None = None
    number: str | None = None
    date: str | None = None
    place: str | None = None
    doc_type: str | None = None
    subject: str | None = None
    period: str | None = None

    @cached_property  # the writers name a report at each of its paragraphs
    def name(self) -> str | None:
        """The report named by its metadata: ``Sở Y tế, 329/BC-UBND, 15/6/2025``.

        An issuing body that names no unit of its own (``TỈNH ỦY``, ``VĂN
        PHÒNG``) is followed by the body above it: ``Tỉnh ủy (Đảng bộ tỉnh X)``.
        None when neither the issuing body nor the number is known (a date alone names nothing).
        """
        if not (self.issuing_body or self.number):
            return None
        parts = []
        if self.issuing_body:
            body = display_body(self.issuing_body)
            bare = header_patterns().heads.fullmatch(self.issuing_body.strip())
            if bare is not None and bare.group("head") and self.superior_body:  # "TỈNH ỦY" under "ĐẢNG BỘ TỈNH X"
                body = f"{body} ({display_body(self.superior_body)})"
            parts.append(body)
        if self.number:
            parts.append(self.number)
        if self.date:
            y, m, d = (int(x) for x in self.date.split("-"))
            parts.append(f"{d}/{m}/{y}")
        return ", ".join(parts) if parts else None


@dataclass(frozen=True)
class _Hint:
    """A quick test before a pattern: a regular expression that every match of the pattern contains (most lines
    hold none: the pattern's own search, much slower, is then skipped)."""

    pattern: re.Pattern
    lowered: bool  # searched in the text lower-cased (the hint of a pattern matched ignoring case)

    def allows(self, text: str, lowered: str) -> bool:
        """False when ``text`` (``lowered``: the same, lower-cased) holds no match of the hint's pattern."""
        return self.pattern.search(lowered if self.lowered else text) is not None


@dataclass(frozen=True)
class _Patterns:
    motto: tuple[re.Pattern, ...]  # the whole mottos first, then pieces of one wrapped over lines
    motto_words: tuple[str, ...]  # a word of every whole motto in capitals, as any text writes it
    whole_mottos: int
    not_place: re.Pattern
    lone_number: re.Pattern
    head_fragment: re.Pattern  # the first word of a body's name alone on a line ("ỦY" / "BAN NHÂN DÂN ...")
    number_label: re.Pattern  # a number label with its kind ("Luật số: ..."), read as "Số:"
    cut_date: re.Pattern
    date_rest: re.Pattern
    place_rest: re.Pattern
    page_mark: re.Pattern
    cited_number: re.Pattern
    in_a_title: re.Pattern
    day_before: re.Pattern
    draft_mark: re.Pattern
    date_before: re.Pattern
    heading_mark: re.Pattern  # a numbered heading's mark ("I- ", "2. "): its line holds no motto
    style_residue: re.Pattern  # a style attribute's residue of a broken conversion to HTML: removed like a tag
    glued_rule: re.Pattern  # a rule glued to a line's last word ("TỈNH X--------"): cut off
    literal_escape: re.Pattern  # a line break written out as text by a page ("\\r\\n"): a space
    numbered_place: re.Pattern  # a place named by its number ("Quận 2"), the one place with a digit
    place_abbreviation: re.Pattern  # a city written short before its date ("TP.HCM"), a place although in capitals
    end_note_mark: re.Pattern  # a footnote's mark glued to the end of a header line ("QUYẾT ĐỊNH[1]"): left out
    inner_rule: re.Pattern  # a rule glued between two words of a header run into one line: a cell separator
    glued_youth_motto: re.Pattern  # the Youth Union's motto glued to the symbol before it: a cell of its own
    glued_subject: re.Pattern  # a title's "Về ..." glued to the type line before it: a space
    office: re.Pattern  # an office's title before its body's name ("CHỦ TỊCH ")
    site_label: re.Pattern
    abstract: re.Pattern  # an official letter's abstract ("V/v ...")
    addressee: re.Pattern  # its addressee line ("Kính gửi: ...")
    decoration: re.Pattern
    number: re.Pattern
    date_words: re.Pattern
    date_numeric: re.Pattern
    date_blank: re.Pattern
    place_date: re.Pattern
    type_line: re.Pattern
    subject_stops: tuple[re.Pattern, ...]
    subject_max_lines: int
    subject_max_chars: int
    subject_max_line_chars: int
    sentence_openers: tuple[re.Pattern, ...]  # a report's first sentence after a title in capitals
    open_ends: frozenset[str]  # words that leave a title line open: the next line continues it
    enacting_types: frozenset[str]  # the types whose preamble names the issuing body under the title
    period: tuple[re.Pattern, ...]
    congress_term: re.Pattern  # a period that may be a congress's term ("nhiệm kỳ 2020 - 2025")
    congress_before: re.Pattern  # ... when the title names the congress just before it
    heads: re.Pattern
    glued: re.Pattern
    body_links: tuple[str, ...]  # words after which a body head names the body of which this one is
    needs_complement: frozenset[str]
    joint_heads: re.Pattern  # an organ that issues documents with another of its level ("ỦY BAN NHÂN DÂN", "HĐND")
    joint_symbol: re.Pattern  # the kind of a joint document in its symbol ("TTLT", "NQLT")
    place_start: re.Pattern
    proper_forms: dict[str, str]
    place_leads: frozenset[str]  # heads after which each word of the name is capitalized: a place's, a school level
    proper_re: re.Pattern
    acronyms: frozenset[str]
    hints: dict[str, _Hint]  # by the key of the pattern (or list of patterns) in metadata.json
    rule_chars: frozenset[str]  # the characters of a rule (decoration) besides white space


def _alternation(phrases: Sequence[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any white space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@lru_cache(maxsize=1)
def header_patterns() -> _Patterns:
    """The compiled patterns of ``resources/metadata.json`` (loaded once, at first use)."""
    with resources.files("nq35cls").joinpath("resources/metadata.json").open(encoding="utf-8") as fh:
        table: dict[str, Any] = json.load(fh)
    types: list[str] = table["doc_types"]
    prefixes = _alternation(table["type_prefixes"])
    word_end = r"(?![^\W_])"
    acronyms = {a.upper() for a in table["acronyms"]}
    named = table["body_heads"] + table["place_heads"] + table["school_levels"]
    forms = {h: h if h in acronyms else h[:1] + h[1:].lower() for h in named}
    forms.update({" ".join(k.upper().split()): v for k, v in table["proper_forms"].items()})
    forms.update({k: "" for k in table["not_heads"]})  # written word by word
    not_heads = _alternation(table["not_heads"])
    heads = _alternation(table["place_heads"] + table["body_heads"])
    return _Patterns(
        motto=tuple(re.compile(p, re.IGNORECASE) for p in table["motto_i"] + table["motto_pieces_i"]),
        whole_mottos=len(table["motto_i"]),
        motto_words=tuple(table["motto_words"]),
        not_place=re.compile(table["not_places_i"], re.IGNORECASE),
        lone_number=re.compile(table["lone_number"]),
        head_fragment=re.compile(table["head_fragment_i"], re.IGNORECASE),
        number_label=re.compile(table["number_label_i"], re.IGNORECASE),
        cut_date=re.compile(table["cut_date_i"], re.IGNORECASE),
        date_rest=re.compile(table["date_rest_i"], re.IGNORECASE),
        place_rest=re.compile(table["place_rest_i"], re.IGNORECASE),
        page_mark=re.compile(table["page_mark"]),
        cited_number=re.compile(table["cited_number"]),
        in_a_title=re.compile(table["in_a_title"]),
        day_before=re.compile(table["day_before_i"], re.IGNORECASE),
        draft_mark=re.compile(table["draft_mark"]),
        date_before=re.compile(table["date_before_i"], re.IGNORECASE),
        heading_mark=re.compile(table["heading_mark"]),
        style_residue=re.compile(table["style_residue"]),
        glued_rule=re.compile(table["glued_rule"]),
        literal_escape=re.compile(table["literal_escape"]),
        numbered_place=re.compile(table["numbered_place_i"], re.IGNORECASE),
        place_abbreviation=re.compile(table["place_abbreviation"]),
        end_note_mark=re.compile(table["end_note_mark"]),
        inner_rule=re.compile(table["inner_rule"]),
        glued_youth_motto=re.compile(table["glued_youth_motto"]),
        glued_subject=re.compile(table["glued_subject"]),
        office=re.compile(rf"(?:{_alternation(table['offices'])})\s+"),
        site_label=re.compile(table["site_labels_i"], re.IGNORECASE),
        abstract=re.compile(table["abstract_i"], re.IGNORECASE),
        addressee=re.compile(table["addressee_i"], re.IGNORECASE),
        decoration=re.compile(table["decoration"]),
        number=re.compile(table["number"]),
        date_words=re.compile(table["date_words_i"], re.IGNORECASE),
        date_numeric=re.compile(table["date_numeric"]),
        date_blank=re.compile(table["date_blank_i"], re.IGNORECASE),
        place_date=re.compile(table["place_date_i"], re.IGNORECASE),
        type_line=re.compile(rf"^(?:(?:{prefixes})\s*)?(?P<type>{_alternation(types)}){word_end}\s*[:.\-]?\s*"),
        subject_stops=tuple(re.compile(p, re.IGNORECASE) for p in table["subject_stops_i"]),
        subject_max_lines=int(table["subject_max_lines"]),
        subject_max_chars=int(table["subject_max_chars"]),
        subject_max_line_chars=int(table["subject_max_line_chars"]),
        sentence_openers=tuple(re.compile(p, re.IGNORECASE) for p in table["sentence_openers_i"]),
        open_ends=frozenset(w.upper() for w in table["title_open_ends"]),
        enacting_types=frozenset(table["enacting_types"]),
        period=tuple(re.compile(p, re.IGNORECASE) for p in table["period_i"]),
        congress_term=re.compile(table["congress_term_i"], re.IGNORECASE),
        congress_before=re.compile(table["congress_before_i"], re.IGNORECASE),
        # a head at a word start; phrases that merely contain a head word ("CƠ SỞ") are matched first and skipped
        heads=re.compile(rf"(?<![^\W_])(?:(?P<skip>{not_heads})|(?P<head>{heads})){word_end}", re.IGNORECASE),
        body_links=tuple(f" {' '.join(w.upper().split())}" for w in table["body_links"]),
        glued=re.compile(rf"(?<=[A-ZĐÀ-Ỹ])(?:{_alternation(table['glued_heads'])}){word_end}"),
        needs_complement=frozenset(" ".join(p.upper().split()) for p in table["needs_complement"]),
        joint_heads=re.compile(rf"(?:{_alternation(table['joint_heads'])}){word_end}", re.IGNORECASE),
        joint_symbol=re.compile(table["joint_symbol"]),
        place_start=re.compile(rf"^(?:{_alternation(table['places'])}){word_end}", re.IGNORECASE),
        proper_forms=forms,
        place_leads=frozenset(table["place_heads"] + table["school_levels"]),
        proper_re=re.compile(rf"(?<![^\W_])(?:{_alternation(list(forms))}){word_end}"),
        acronyms=frozenset(acronyms),
        hints={key: _Hint(re.compile(hint), key.endswith("_i")) for key, hint in table["hints"].items()},
        rule_chars=frozenset(table["rule_chars"]),
    )


# -- pieces of the header -------------------------------------------------------------------------------------------


#: What separates the pieces of a header line (stripped from them).
_SEPARATORS = " \t,;:|"


@dataclass(frozen=True)
class _Piece:
    """A stretch of header text between the marks found in it (motto, number, date, rules)."""

    text: str
    kind: str  # "text", "number", "date", "motto"
    match: re.Match | None = None
    first: bool = False  # the cell's first piece
    cell: str = ""  # the line or table cell it is part of


class _Cell:
    """A line (or table cell) of the leading texts with what is worked out once about it: its text lower-cased
    and which hints it holds (the header's marks, the evidence check and the pieces ask the same of it).

    Parameters
    ----------
    raw : str
        The cell as split from its line.
    """

    __slots__ = ("raw", "text", "lowered", "_holds")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw.strip()
        # a hint neither starts nor ends with white space: the stripped cell holds it as the raw one does
        self.lowered = self.text.lower()
        self._holds: dict[str, bool] = {}

    def may_match(self, key: str, pat: _Patterns) -> bool:
        """False when the cell holds no match of the pattern ``key`` of metadata.json (its hint is not in it)."""
        holds = self._holds.get(key)
        if holds is None:
            holds = self._holds[key] = pat.hints[key].allows(self.text, self.lowered)
        return holds


def _cells(texts: Sequence[str]) -> list[list[_Cell]]:
    """Each text's cells (a table row's, else the line alone)."""
    return [[_Cell(raw) for raw in text.split("|")] for text in texts]


def _pieces(line: _Cell, pat: _Patterns) -> list[_Piece]:
    """A cell (or line) cut at its marks, in order: texts between them and the marks themselves."""
    marks: list[tuple[int, int, str, re.Match | None]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _, _ in marks)

    cell = line.text
    for kind, key, patterns in (
        ("number", "number", (pat.number,)),
        ("date", "date_words_i", (pat.date_words,)),
        ("motto", "motto_i", pat.motto[: pat.whole_mottos]),
        ("motto", "motto_pieces_i", pat.motto[pat.whole_mottos :]),
        ("date", "date_numeric", (pat.date_numeric,)),
        ("blank", "date_blank_i", (pat.date_blank,)),
        ("rule", "decoration", (pat.decoration,)),
    ):
        if not line.may_match(key, pat):
            continue
        for p in patterns:
            for found in p.finditer(cell):
                if kind == "number" and not _is_number(found):
                    continue
                if kind == "motto" and not _is_motto(found, cell, pat):
                    continue
                if found.end() > found.start() and free(found.start(), found.end()):
                    marks.append((found.start(), found.end(), kind, found))
    marks.sort(key=lambda t: t[0])
    out, pos = [], 0
    for start, end, kind, mark in marks:
        between = cell[pos:start].strip(_SEPARATORS)
        if between:
            out.append(_Piece(between, "text"))
        if kind != "rule":
            out.append(_Piece(cell[start:end], kind, mark))
        pos = end
    rest = cell[pos:].strip(_SEPARATORS)
    if rest:
        out.append(_Piece(rest, "text"))
    return [_Piece(p.text, p.kind, p.match, k == 0, cell) for k, p in enumerate(out)]


def _may_give_evidence(cells: Sequence[_Cell], pat: _Patterns) -> bool:
    """False when no cell can hold a number, a whole motto or a "place, ngày ..." date: the pieces that make a
    header's evidence (a numeric date counts only beside a number or a motto)."""
    if any(cell.may_match(key, pat) for cell in cells for key in ("number", "motto_i")):
        return True
    # without a number or a motto, a worded date is evidence only as a "place, ngày ..." line: the last piece of
    # its cell, followed by nothing but separators and rules (not a date inside a sentence)
    return any(_ends_with_a_worded_date(cell.text, pat) for cell in cells if cell.may_match("date_words_i", pat))


def _ends_with_a_worded_date(cell: str, pat: _Patterns) -> bool:
    """Whether the cell's last worded date is followed by nothing but separators and the characters of rules."""
    dates = list(pat.date_words.finditer(cell))
    return bool(dates) and all(c in pat.rule_chars or c in _SEPARATORS or c.isspace() for c in cell[dates[-1].end() :])


def _is_motto(m: re.Match, cell: str, pat: _Patterns) -> bool:
    """A motto of the header: in capitals, on a short line after nothing but capitals ("Độc lập - Tự do - Hạnh
    phúc"), or after the motto's first half in capitals on a long line that holds the whole header; not "Đảng
    Cộng sản Việt Nam" or "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" inside a sentence, nor
    opening a numbered heading ("I- ĐẢNG CỘNG SẢN VIỆT NAM RA ĐỜI ...")."""
    if (heading := pat.heading_mark.match(cell)) is not None and heading.end() == m.start():
        return False
    if _upper_share(m.group()) >= 0.8:
        return True
    if len(cell) <= MAX_MOTTO_LINE:
        before = cell[: m.start()]
        return not any(c.islower() for c in before)
    first = pat.motto[0].search(cell, max(0, m.start() - MAX_MOTTO_LINE), m.start())
    return first is not None and _upper_share(first.group()) >= 0.8


def _is_number(m: re.Match) -> bool:
    """A document's number and symbol (``329/BC-UBND``, a blank ``/BC-UBND``), not "Số 5/2020" of a journal
    or the words "Số hóa - cơ hội": the symbol has a capital letter, and without a number starts with / or -."""
    symbol = m.group("sym")
    if not any(c.isupper() for c in symbol):
        return False
    return bool(m.group("num")) or symbol.lstrip()[:1] in "/-"


def _upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _split_units(text: str, pat: _Patterns, joint: bool = False) -> list[str]:
    """A piece cut before every body head that does not directly follow another (``UBND TỈNH X SỞ Y TẾ``),
    where what comes before the cut starts with a head too (``ĐẢNG BỘ X - ĐẢNG ỦY Y``: two bodies on one line).
    A head glued to the word before it by a web page (``MỸ LỘCTRƯỜNG``) is cut there too. In a ``joint``
    document (its symbol says so: "TTLT") a head after a dash is not cut: ``VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ`` is
    its joint issuer."""
    text = pat.glued.sub(lambda m: "\n" + m.group(), text) if _upper_share(text) >= 0.8 else text
    if "\n" in text:
        return [u for part in text.split("\n") for u in _split_units(part, pat, joint)]
    cuts, last_end, start = [], -10, 0
    for m in pat.heads.finditer(text):
        if m.group("head") is None:
            last_end = m.end()
            continue
        between = text[last_end : m.start()].strip()
        preceding = text[: m.start()].rstrip()
        # "ĐẢNG BỘ CƠ QUAN UBND HUYỆN X": a body named after another ("CƠ QUAN", "KHỐI"), one name
        linked = preceding.endswith("&") or preceding.upper().endswith(pat.body_links)
        # "HĐND - UBND TỈNH X": two heads joined by a dash alone, one joint body; any two in a joint document
        linked = linked or between in ("-", "&") or joint and preceding.endswith("-")
        if m.start() > 0 and between and not linked:
            before = pat.heads.match(text, start)
            if before is not None and before.group("head") is not None:
                cuts.append(m.start())
                start = m.start()
        last_end = m.end()
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].strip(" ,") for a, b in zip(bounds, bounds[1:])]
    parts = [p.rstrip(" -") if k < len(parts) - 1 else p for k, p in enumerate(parts)]  # the dash between two
    return [p for p in parts if p]


def _join_units(units: list[str], pat: _Patterns) -> list[str]:
    """Lines that continue the one before (``ỦY BAN NHÂN DÂN`` / ``HUYỆN AN LÂM``, ``VĂN PHÒNG CHÍNH`` / ``PHỦ``)
    joined to it: after a head that needs a complement, or a line that names no body at all. An organ alone on
    its line, then another of its level (``ỦY BAN NHÂN DÂN`` / ``ỦY BAN MTTQ VIỆT NAM``), is one joint body,
    joined with a dash."""
    out: list[str] = []
    for unit in units:
        if out:
            previous = " ".join(out[-1].upper().split())
            names_a_body = any(m.group("head") for m in pat.heads.finditer(unit))
            joint = unit.startswith(("-", "&"))  # "BAN X" / "- ỦY BAN Y": one joint body
            if (alone := pat.joint_heads.fullmatch(previous)) and (other := pat.joint_heads.match(unit.upper())):
                if alone[0] != other[0]:
                    out[-1] = f"{out[-1]} - {unit}"
                    continue
            if previous in pat.needs_complement or not names_a_body or joint:
                out[-1] = f"{out[-1]} {unit}"
                continue
        out.append(unit)
    return out


def _spaced_joint(body: str, pat: _Patterns) -> str:
    """A joint issuer with " - " before each of its bodies that a dash alone sets apart ("BỘ VĂN HÓA - THÔNG
    TIN-BỘ Y TẾ" -> "BỘ VĂN HÓA - THÔNG TIN - BỘ Y TẾ"); a dash inside a body's name stays as written."""
    out, pos = [], 0
    for m in pat.heads.finditer(body):
        if m.group("head") is None or m.start() == 0:
            continue
        before = body[pos : m.start()].rstrip()
        if before.endswith("-"):
            out.append(before[:-1].rstrip() + " - ")
            pos = m.start()
    return "".join(out) + body[pos:]


def _is_body_piece(text: str, pat: _Patterns) -> bool:
    if not text or len(text) > MAX_BODY_CHARS or not text.lstrip("-& ")[:1].isalpha():
        return False
    if _upper_share(text) >= 0.8:
        return True
    starts_with_head = (m := pat.heads.match(text)) is not None and m.group("head") is not None
    return starts_with_head and len(text) <= MAX_MIXED_CASE_BODY


def _place(before: str, pat: _Patterns) -> str | None:
    """The place of a "place, ngày ..." line from the text before the date ("Tân Lâm, ngày" -> "Tân Lâm")."""
    before = pat.day_before.sub("", before)
    for motto in pat.motto[: pat.whole_mottos]:  # a motto that a one-paragraph header left before the place
        before = motto.sub("", before)
    before = pat.draft_mark.sub("", before).strip(" ,")  # a draft's mark beside the place
    before = _NOT_A_LETTER.sub("", before)  # a converted file's stray mark before it ("§ Tuân Giáo")
    if pat.place_abbreviation.match(before):  # "TP.HCM": in capitals, yet no body
        return before
    if (
        not before
        or len(before) > 40
        or _digit_off_place(before, pat)
        or before[0].islower()
        or _is_body_piece(before, pat)
    ):
        return None  # a place's name starts with a capital ("cho hội viên, ngày ..." ends a sentence)
    if pat.not_place.match(before):  # "Thứ hai, ngày ..." on a web page: a weekday, no place
        return None
    return before


def _digit_off_place(before: str, pat: _Patterns) -> bool:
    """Whether the text before a date holds a digit, unless it is a place named by its number ("Quận 2")."""
    return _DIGIT.search(before) is not None and pat.numbered_place.match(before) is None


def _iso(d: str, m: str, y: str) -> str | None:
    try:
        return date(int(y), int(m.replace(" ", "")), int(d.replace(" ", ""))).isoformat()  # "0 3": digits spaced
    except ValueError:
        return None


# -- the type line, subject and period -------------------------------------------------------------------------------


_MARKUP = " \t*_#>`"
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
# the pieces of a header line that a page wrapped: a lone "Số:", a date cut after "ngày" or "tháng"
# a place name that a page wrapped before its dateline: "Hà" / "Nội, ngày 06 tháng 7 năm 2010"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# an emphasis mark opens a word (after a space or an opening bracket) or closes one (before a space or punctuation),
# or sits between two digits ("202**5")
_EMPHASIS = re.compile(r"(?<![^\s(\[“\"])\*+(?=[^\s*])|(?<=[^\s*])\*+(?![^\s,.;:!?)\]”\"])|(?<=\d)\*+(?=\d)")
_DIGIT = re.compile(r"\d")
_NOT_A_LETTER = re.compile(r"^[^\w(]+")


def _joined_splits(paragraphs: Iterable[str], pat: _Patterns) -> Iterator[str]:
    """Paragraphs with Markdown emphasis marks stripped and header lines that a page wrapped joined again: a lone
    ``Số:`` with its number, ``..., ngày 24`` with ``tháng 11 năm 2025``. Lazy: each text is given once the
    paragraph after it is read (nothing more can join it), the paragraphs further on are not read yet."""
    last = None
    for text in paragraphs:
        text = _TAG.sub(" ", text) if "<" in text else text
        text = pat.style_residue.sub(" ", text) if '">' in text else text
        text = text.strip(_MARKUP)
        text = pat.page_mark.sub("", text)  # "Trang 1BỘ GIÁO DỤC", "(1)NGÂN HÀNG": a page's or a note's mark
        if text.endswith("]"):
            text = pat.end_note_mark.sub("", text)  # "QUYẾT ĐỊNH[1]": a footnote's mark
        if pat.rule_chars.issuperset(text[-3:]) and (rule := pat.glued_rule.search(text, max(0, len(text) - 80))):
            text = text[: rule.start()]  # "TỈNH TRÀ VINH--------" (the end of the text only is searched)
        if text[:1] in "Ll":
            text = pat.number_label.sub("Số", text)  # "Luật số: 60/2024/QH15"
        if "\\" in text:  # a page's line breaks written out ("\\r\\n"), Markdown escapes ("57\\-NQ/TW")
            text = _ESCAPE.sub(r"\1", pat.literal_escape.sub(" ", text)).strip(_MARKUP)
        if "*" in text:  # emphasis inside the line ("*Hà Nội*, *ngày ...*"); a rule of stars stays
            text = _EMPHASIS.sub("", text).strip(_MARKUP)
        if len(text) > MAX_MOTTO_LINE and text[:2].isupper():  # a header run into one line (a body's name first):
            # its rules, a motto and a title glued on
            text = pat.inner_rule.sub(" | ", text)
            if "ĐOÀN" in text:
                text = pat.glued_youth_motto.sub(r" | \1 | ", text)
            if "Về" in text or "V/v" in text:
                text = pat.glued_subject.sub(" ", text)
        if not text:
            continue
        if last is not None and (
            pat.lone_number.fullmatch(last)
            or pat.head_fragment.fullmatch(last)
            or _splits_a_motto(last, text, pat)
            or _is_place_fragment(last, pat)
            and pat.place_rest.match(text)
            and _is_place_fragment(text.split(",", 1)[0], pat)
            or _may_end_a_cut_date(last)
            and pat.cut_date.search(last)
            and pat.date_rest.match(text)
        ):
            last = f"{last} {text}"
            continue
        if last is not None:
            yield from _one_paragraph_header(last, pat)
        last = text
    if last is not None:
        yield from _one_paragraph_header(last, pat)


def _splits_a_motto(line: str, following: str, pat: _Patterns) -> bool:
    """Whether two short lines hold a motto only when joined ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM",
    "Độc lập -" / "Tự do - Hạnh phúc"): a page that wrapped the motto's cell."""
    if len(line) > MAX_MOTTO_LINE or len(following) > MAX_MOTTO_LINE:
        return False
    joined = f"{line} {following}"
    if not pat.hints["motto_i"].allows(joined, joined.lower()):  # most pairs of lines: at once
        return False
    whole = pat.motto[: pat.whole_mottos]
    if any(m.search(line) or m.search(following) for m in whole):
        return False
    return any(m.search(joined) for m in whole)


def _one_paragraph_header(text: str, pat: _Patterns) -> list[str]:
    """A long paragraph that holds a whole header (a page that lost its line breaks) cut after its dateline when
    a type line in capitals follows it, and that title where the report's first sentence starts:
    ``... Võ Nhai, ngày 5 tháng 9 năm 2011 BÁO CÁO TỔNG KẾT ... NHIỆM KỲ 2011-2016 Đại hội đại biểu ...``.
    A list mark before it ("1. ỦY BAN NHÂN DÂN ...": a page that numbered its document's text) is left out."""
    if len(text) <= MAX_MOTTO_LINE:
        return [text]
    mark = pat.heading_mark.match(text)
    whole = text[mark.end() :] if mark is not None else text
    # such a paragraph opens with a body's name in capitals (a report's paragraphs do not: at once)
    if not whole[:2].isupper() or _upper_share(whole[:40]) < 0.8:
        return [text]
    head = whole[: MAX_BODY_CHARS * 3]  # the dateline is near the start (after the bodies and the motto)
    date = pat.date_words.search(head) or pat.date_blank.search(head)
    if date is None:
        return [text]
    title = whole[date.end() :].lstrip(" .,")
    if pat.type_line.match(title) is None or _upper_share(title[:40]) < 0.8:
        return [whole]  # a header with its dateline, then no type line (an official letter): the mark left out
    words = title.split(" ")
    for k in range(1, len(words) - 1):  # the first word in sentence case followed by one in lower case
        word, after = words[k], words[k + 1]
        if word[:1].isupper() and word[1:].islower() and after[:1].islower():
            return [whole[: date.end()], " ".join(words[:k]), " ".join(words[k:])]
    return [whole[: date.end()], title]


def _is_place_fragment(text: str, pat: _Patterns) -> bool:
    """One or two words, each capitalized and the rest in lower case ("Hà", "Tây Trạch"), or a city's name
    after its short mark ("TP Hồ Chí"): a piece of a place."""
    if len(text) > 30:  # most lines: at once
        return False
    words = text.split()
    if 0 < len(words) <= 2 and all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words):
        return True
    return pat.place_abbreviation.match(text) is not None


def _may_end_a_cut_date(line: str) -> bool:
    """False when ``line`` cannot end with a date cut after "ngày", "tháng" or "năm" (it ends in neither y, g, m nor a
    digit, before an optional final newline): a quick test before the search, which reads the whole line."""
    end = line[:-1] if line.endswith("\n") else line
    return bool(end) and (end[-1] in "yYgGmM" or end[-1].isdecimal())


def _type_lines(paragraphs: Sequence[str], pat: _Patterns) -> list[tuple[int, str, str]]:
    """Index, type and rest of the line of every type line (``BÁO CÁO``, ``KẾ HOẠCH Tuyên truyền ...``)."""
    out = []
    for i, text in enumerate(paragraphs[:TYPE_PARAGRAPHS]):
        line = text.strip(" |")
        if "|" in line:
            continue
        m = pat.type_line.match(line)
        if m is None:
            alone = pat.type_line.fullmatch(line.upper())  # "báo cáo" alone on its line
            if alone is not None:
                out.append((i, " ".join(alone.group("type").split()), ""))
            continue
        rest = line[m.end() :].strip()
        if not rest and line.endswith(":"):  # "QUYẾT ĐỊNH:" after the grounds ("Căn cứ ..."): the enacting words
            continue
        if pat.cited_number.match(rest):  # "CHỈ THỊ SỐ 32/CT-TTG ...": a document cited in a title, not a type line
            continue
        # the type in capitals, alone or before its subject; not a sentence that starts with the words
        if not rest or _upper_share(rest) >= 0.8 or not rest[0].islower():
            out.append((i, " ".join(m.group("type").split()), rest))
    return out


def _place_date(line: _Cell, pat: _Patterns) -> re.Match | None:
    """The worded date of a header's "place, ngày ..." line: at most a short place (and a number or the
    motto, on a line that interleaves the columns) before it, not a date inside a sentence. A draft's blank
    date ("Tây Trạch, ngày    tháng    năm 2018") counts after its place."""
    cell = line.raw
    m = pat.date_words.search(cell) if line.may_match("date_words_i", pat) else None
    blank = m is None
    if m is None and len(cell) <= MAX_BLANK_DATELINE and line.may_match("date_blank_i", pat):
        m = pat.date_blank.search(cell)
    if m is None:
        return None
    before = cell[: m.start()]
    for p in (pat.number, *pat.motto):
        before = p.sub(" ", before)
    before = pat.decoration.sub(" ", before).strip(" ,|")
    if len(before) > MAX_PLACE_CHARS or _digit_off_place(before, pat) or before[:1].islower() or blank and not before:
        return None  # a date inside a sentence ("quyền địa phương ngày 19 tháng 6 năm 2015")
    # a header's dateline ends with its date (a line that interleaves the columns may go on with the type line):
    # "Ngày 09 tháng 3 năm 2022, tại ..." opens a sentence, "... năm 2015;" ends a citation
    rest = cell[m.end() :].strip(" \t|" + "".join(pat.rule_chars))
    return m if not rest or pat.type_line.match(rest) else None


def _header_marks(paragraphs: Sequence[list[_Cell]], pat: _Patterns) -> list[int]:
    """Indices of the leading paragraphs (given by their cells) that hold a motto, a number (``Số: ...``) or a
    "place, ngày ..." line, in one cluster (a gap of at most :data:`MAX_MARK_GAP` paragraphs between two): the
    cluster with the most marks, the first of equals (a web page's summary line that cites the number and date
    above the header itself is a cluster of one)."""
    clusters: list[list[int]] = []
    for i, cells in enumerate(paragraphs[:TYPE_PARAGRAPHS]):
        if any(_holds_a_mark(cell, pat) for cell in cells):
            if clusters and i - clusters[-1][-1] <= MAX_MARK_GAP:
                clusters[-1].append(i)
            else:
                clusters.append([i])
    return max(clusters, key=len, default=[])


def _holds_a_mark(line: _Cell, pat: _Patterns) -> bool:
    """Whether a line (or table cell) holds a whole motto, starts with a number or holds a "place, ngày ..." date."""
    cell = line.raw
    if line.may_match("motto_i", pat) and any(
        _is_motto(found, cell, pat) for m in pat.motto[: pat.whole_mottos] for found in m.finditer(cell)
    ):
        return True
    return pat.number.match(line.text) is not None or _place_date(line, pat) is not None


def _starts_a_body(text: str, pat: _Patterns) -> bool:
    """Whether a line in capitals names a body, or an office of one: a decision's enacting authority under its
    title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), a signature block."""
    office = pat.office.match(text)
    head = pat.heads.match(text, office.end() if office else 0)
    return head is not None and head.group("head") is not None and _upper_share(text) >= 0.8


def _subject(first: str, following: Sequence[str], pat: _Patterns) -> str | None:
    lines = [first] if first else []
    for text in following[: pat.subject_max_lines]:
        if len(lines) >= pat.subject_max_lines:
            break
        if lines and _leaves_open(lines[-1], pat) and not any(s.search(text) for s in pat.subject_stops):
            lines.append(text)  # "... CỦA" / "ỦY BAN NHÂN DÂN TỈNH VỀ ...": the title goes on
            continue
        title_case = _upper_share(" ".join(lines)) if lines else None  # the share of capitals of the title so far
        if (
            # a title in sentence case does not go on in capitals (a decision's enacting authority: "HIỆU TRƯỞNG")
            title_case is not None
            and title_case < 0.5
            and _upper_share(text) >= 0.8
            # a title in capitals, then a line in sentence case that opens the report's first sentence
            or title_case is not None
            and title_case >= 0.8
            and _upper_share(text) < 0.5
            and text[:1].isupper()
            and (text.rstrip().endswith(",") or any(s.search(text) for s in pat.sentence_openers))
            or not text
            or "|" in text
            or pat.decoration.fullmatch(text.strip())
            or any(s.search(text) for s in pat.subject_stops)
            # a type line ends the subject; not "CHỈ THỊ SỐ 32/..." or "KẾT LUẬN CỦA ..." in a title, nor a title's
            # first line that opens with a type word ("QUYẾT ĐỊNH" / "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ...")
            or (t := pat.type_line.match(text)) is not None
            and not pat.in_a_title.match(text[t.end() :])
            and (lines or t.end() == len(text))
            or sum(map(len, lines)) + len(text) > pat.subject_max_chars
            or len(text) > pat.subject_max_line_chars
            and _upper_share(text) < 0.8  # a paragraph of the report
            # a sentence of the report, not a title line (unless it ends a title the line above left open)
            or text.rstrip().endswith(":")
            or text.rstrip().endswith(";")
            and _upper_share(text) < 0.8  # a title in capitals goes on after ";" ("NĂM 2020; PHƯƠNG HƯỚNG ...")
            and bool(lines)  # as does a title's first line ("Kết quả 6 tháng đầu năm;" / "Phương hướng ...")
            or text.rstrip().endswith(".")
            and not (lines and lines[-1].rstrip().endswith(","))
            or _starts_a_body(text, pat)  # the signature block, a cover's school
            or _holds_a_mark(_Cell(text), pat)  # the dateline under a title
            or text in lines  # the title repeated (a page that shows it twice)
        ):
            break
        lines.append(text)
    subject = " ".join(" ".join(lines).split()).strip(" -:")
    return subject or None


def _letter_abstract(texts: Sequence[str], number_cell: str, pat: _Patterns) -> str | None:
    """An official letter's abstract without "V/v": the lines in sentence case right under its number, up to the
    motto, the dateline or the addressee ("Số: 21/TTVH" / "Về thực hiện chế độ thông tin," / "báo cáo định kỳ." /
    "CỘNG HÒA ..."); None unless one of those ends them within :data:`MAX_ABSTRACT_LINES` lines (a report's first
    sentences under its number go on to its numbered parts or to more sentences)."""
    at = next((k for k, t in enumerate(texts) if number_cell in t), None)
    if at is None:
        return None
    lines: list[str] = []
    for text in texts[at + 1 : at + 2 + MAX_ABSTRACT_LINES]:
        if _holds_a_mark(_Cell(text), pat) or pat.addressee.match(text):
            break
        if (
            any(s.search(text) for s in pat.subject_stops)  # a page's "Tình trạng: ...", a numbered part
            or _upper_share(text) >= 0.5
            or len(text) > pat.subject_max_line_chars
            or pat.type_line.match(text) is not None  # "BÁO CÁO sơ kết ...": a title, not a letter's abstract
            or not (lines or text[:1].isupper())
        ):
            return None
        lines.append(text)
    else:
        return None
    return " ".join(" ".join(lines).split()) or None


def _without_repeats(subject: str, doc_type: str | None, body: str | None, pat: _Patterns) -> str | None:
    """A subject without what a page repeated into it: its document's type before it ("THÔNG TƯ" / "THÔNG TƯ QUY
    ĐỊNH ..."), and the issuing body after it, where a decision (``enacting_types``) names it as the enacting
    authority and a page ran it into the title ("... TRÊN ĐỊA BÀN TỈNH X ỦY BAN NHÂN DÂN TỈNH X"; not "QUY CHẾ
    LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ X", whose title the body ends)."""
    if doc_type and subject.startswith(doc_type + " "):
        subject = subject[len(doc_type) + 1 :].lstrip(" :-")
    if body and doc_type in pat.enacting_types and subject.endswith(" " + body):
        rest = subject[: -len(body) - 1].rstrip()
        if rest and not _leaves_open(rest, pat):
            subject = rest
    return subject or None


def _is_title_line(text: str, pat: _Patterns) -> bool:
    """Whether a line can be a title in capitals: no body's name, no numbered heading, no header mark."""
    return (
        len(text) <= pat.subject_max_line_chars
        and _upper_share(text) >= 0.8
        and "|" not in text
        and not any(s.search(text) for s in pat.subject_stops)
        and not _starts_a_body(text, pat)
        and not _holds_a_mark(_Cell(text), pat)
    )


def _leaves_open(line: str, pat: _Patterns) -> bool:
    """Whether a title line ends with a word that needs more after it ("CỦA", "VỀ", "VÀ")."""
    words = line.rstrip(" ,").split()
    return bool(words) and words[-1].upper() in pat.open_ends


def find_period(text: str) -> str | None:
    """The reporting period a title names, as written (white space collapsed), or None.

    Parameters
    ----------
    text : str
        A title or subject (``Báo cáo kết quả 6 tháng đầu năm 2025``).

    Returns
    -------
    str or None
        ``6 tháng đầu năm 2025``, ``giai đoạn 2021-2025``, ``quý III/2025``, ``năm 2024``...

    Examples
    --------
    >>> find_period("Kết quả công tác tuyên giáo quý III/2025")
    'quý III/2025'
    """
    text = normalize_text(text)
    pat = header_patterns()
    found: list[tuple[int, int, str]] = []
    for p in pat.period:
        for m in p.finditer(text):
            # "ngày 22 tháng 10 năm 2018" is a date, not a period
            if pat.date_before.search(text[: m.start()]):
                continue
            # "Đại hội đại biểu ... lần thứ X, nhiệm kỳ 2020 - 2025": the term of the congress, not a period
            if pat.congress_term.match(m.group()) and pat.congress_before.search(text[: m.start()]):
                continue
            words = " ".join(m.group().split())
            year = m.groupdict().get("year")  # "6 tháng đầu năm ... 2024": the title's year completes it
            found.append((m.start(), -len(words), f"{words} {year}" if year else words))
            break
    return min(found)[2] if found else None  # the first named


# -- the whole header ------------------------------------------------------------------------------------------------


def extract_metadata(paragraphs: Sequence[str]) -> ReportMetadata:
    """Read a report's metadata from its first paragraphs.

    Parameters
    ----------
    paragraphs : sequence of str
        The report's paragraphs in order (only the first
        :data:`HEADER_PARAGRAPHS` are looked at). A table row is one
        paragraph with its cells joined by `` | ``.

    Returns
    -------
    ReportMetadata
        Each field found, None for the others. The issuing body, number and
        date are taken only from a header (a motto, a number or a "place,
        ngày ..." line before the type line): a web page's title gives
        none of them.

    Examples
    --------
    >>> meta = extract_metadata(["UBND HUYỆN AN LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ...                          "Số: 12/BC-UBND | An Lâm, ngày 05 tháng 3 năm 2025", "BÁO CÁO"])
    >>> meta.issuing_body, meta.number, meta.date, meta.doc_type
    ('UBND HUYỆN AN LÂM', '12/BC-UBND', '2025-03-05', 'BÁO CÁO')
    """
    pat = header_patterns()
    # the header and the type line are among the first TYPE_PARAGRAPHS texts, the subject in the lines after
    # the type line: the texts further on are read (and normalized, the costly step on long paragraphs) only
    # for a subject
    normalized = (normalize_text(str(p)[:MAX_LINE_CHARS]).strip() for p in islice(paragraphs, HEADER_PARAGRAPHS))
    further = _joined_splits((t for t in normalized if t), pat)
    texts = list(islice(further, TYPE_PARAGRAPHS))
    lines = _cells(texts)  # the header (the zone below) is among them
    marks = _header_marks(lines, pat)
    if (not marks or marks[0] >= TYPE_PARAGRAPHS - 2 * MAX_MARK_GAP) and _may_hold_a_late_motto(paragraphs, pat):
        # a web page may put the header after many lines of its own (a catalogue of the document's fields), so that
        # none of it, or only its first marks (two gaps or less before the end), are among the texts read: they are
        # then read from where the header starts
        ahead = texts + list(further)
        start = _late_header(ahead, marks[0] if marks else len(texts), pat)
        if start is not None:
            texts = ahead[start : start + TYPE_PARAGRAPHS]
            lines = _cells(texts)
            marks = _header_marks(lines, pat)
        further = iter(ahead[len(texts) + (start or 0) :])
    candidates = _type_lines(texts, pat)
    found = None
    if marks:
        # the header is a cluster of marks; a web page's title above it may look like a type line
        last = marks[-1]
        found = next((c for c in candidates if c[0] > last), None)
        zone = texts[: found[0]] if found else texts[: last + 1]
        if found is None and len(marks) == 1 and all(dated := [_place_date(cell, pat) for cell in lines[last]]):
            # a title block in capitals, then a dateline alone (a speech): no issuing block above the title; a
            # cover's blank dateline at its foot ("Thành phố Hồ Chí Minh, Ngày Tháng Năm 2025") may be further down
            blank = all(m.re is not pat.date_words for m in dated if m is not None)
            found = next(
                (
                    c
                    for c in reversed(candidates)
                    if 0 < marks[0] - c[0] <= (TYPE_PARAGRAPHS if blank else MAX_MARK_GAP)
                    and _upper_share(texts[c[0]]) >= 0.8
                ),
                None,
            )
    else:  # no header: only a type line in capitals (not a web page's menu item "Báo cáo")
        found = next((c for c in candidates if _upper_share(texts[c[0]]) >= 0.8), None)
        zone = texts[: found[0]] if found else texts[:HEADER_WITHOUT_TYPE]
    cells = [cell for line in lines[: len(zone)] for cell in line]
    # most reports' leading paragraphs hold no number, motto or "place, ngày ..." date: no evidence of a header,
    # their pieces are not needed (the header's fields stay None; a cover page is read from the zone's lines)
    pieces = [piece for cell in cells for piece in _pieces(cell, pat)] if _may_give_evidence(cells, pat) else []
    type_like = {c[0] for c in candidates}
    zone_types = {zone[i] for i in type_like if i < len(zone)}

    number = symbol = None
    iso = place = None
    has_motto = any(
        p.kind == "motto" and p.match is not None and p.match.re in pat.motto[: pat.whole_mottos] for p in pieces
    )
    # the header's own number line ("Số: ..." at the start of a line or cell) before a title that cites one
    numbers = sorted((k for k, p in enumerate(pieces) if p.kind == "number"), key=lambda k: not pieces[k].first)
    number_at = numbers[0] if numbers else None
    if number_at is not None and (found_number := pieces[number_at].match) is not None:
        num = found_number.group("num")
        symbol = " ".join(found_number.group("sym").split())
        if num and num[0].isdigit():  # as written, white space collapsed ("32 /KH-X"); a blank number: the symbol
            number = " ".join(found_number.string[found_number.start("num") : found_number.end("sym")].split())
        else:
            number = symbol
    dates = []
    for k, piece in enumerate(pieces):
        if piece.kind != "date" or piece.match is None:
            continue
        before = pieces[k - 1].text if k > 0 and pieces[k - 1].kind == "text" and not piece.first else ""
        if pat.site_label.match(piece.cell):  # a portal's catalogue row or posting time, not the header's date
            continue
        has_place = (
            0 < len(before) <= MAX_PLACE_CHARS
            and pat.place_date.search(f"{before}, ngày 1 tháng") is not None
            and _place(before, pat) is not None  # not a title's "... Quyết định số 22/2013/QĐ-TTg ngày ..."
        )
        is_words = piece.match.re is pat.date_words
        # "place, ngày ..." first, then a worded date in a header, then "place, 05/3/2025" in a header
        rank = 0 if is_words and has_place else 1 if is_words else 2
        in_header = has_motto or symbol is not None
        ends_line = k + 1 >= len(pieces) or pieces[k + 1].first  # "An Lâm, ngày ..." as a line of its own
        # a worded date without a place counts only on a short line of its own, not inside a sentence
        alone = rank != 1 or len(piece.cell) <= MAX_PLACE_CHARS + 30
        if (in_header or (rank == 0 and ends_line)) and (rank < 2 or has_place) and alone:
            dates.append((rank, k, piece.match, before if has_place else ""))
    for _, _, m, before in sorted(dates, key=lambda t: (t[0], t[1])):
        value = _iso(m.group("d"), m.group("m"), m.group("y"))
        if value is None:
            continue
        iso = value
        place = _place(before, pat)
        break
    if place is None and (has_motto or symbol is not None):  # a draft's blank date still has its place
        blanks = [k for k, p in enumerate(pieces) if p.kind == "blank" and not p.first and pieces[k - 1].kind == "text"]
        place = _place(pieces[blanks[0] - 1].text, pat) if blanks else None
    evidence = has_motto or symbol is not None or iso is not None
    cover: list[str] = []
    if not evidence and found is not None:
        # a cover page (a thesis, a project): the bodies in capitals, one a line, right above the type line, else
        # near the top (above the author's name)
        for text in reversed(zone[-3:]):
            if not _starts_a_body(text, pat):
                break
            cover.insert(0, text)
        for text in zone[:6] if not cover else ():
            if _starts_a_body(text, pat):
                cover.append(text)
            elif cover:
                break

    body = superior = None
    units: list[str] = []
    if evidence:
        # the body is above (or left of) the number, else of the "place, ngày ..." date; a web page's
        # numeric dates ("Friday, 30/09/2022") are no stop
        stop = number_at
        if stop is None:
            stop = next((k for k, p in enumerate(pieces) if p.match is not None and p.match.re is pat.date_words), None)
        if stop is None:
            stop = len(pieces)
        texts_before = [p.text for p in pieces[:stop] if p.kind == "text"]
        is_body = [
            _is_body_piece(t, pat)
            and t not in zone_types
            and not pat.type_line.match(t)
            and bool(pat.draft_mark.sub("", t))  # a draft's mark on its own line ("DỰ THẢO") names no body
            for t in texts_before
        ]
        # a body not in capitals counts only after the last text that is none: a page's "Bộ lọc tìm kiếm" above its
        # menu lines is no body
        last_other = max((k for k, body in enumerate(is_body) if not body), default=-1)
        bodies = [t for k, t in enumerate(texts_before) if is_body[k] and (k > last_other or _upper_share(t) >= 0.8)]
        headed = [k for k, c in enumerate(bodies) if (h := pat.heads.match(c)) and h.group("head")]
        if headed:
            bodies = bodies[headed[0] :]
        elif not (has_motto or symbol is not None):  # a dateline alone: only a line that names a body
            bodies = []
        joint = symbol is not None and pat.joint_symbol.search(symbol) is not None  # "TTLT-VPCP-BNV"
        units = _join_units([u for c in bodies for u in _split_units(c, pat, joint)], pat)
        if not headed:  # no head: a name of one word is a page's category ("GDTX"), not a body
            units = [u for u in units if " " in u.strip()]
        if joint and len(units) > 1:  # a joint document's bodies one a line ("TÒA ÁN ..." / "VIỆN KIỂM SÁT ..."):
            units = [" - ".join(units)]  # its joint issuer, not a body and the one above it
        if joint and units:  # its bodies set apart by " - " as a line that glued them wrote it ("THÔNG TIN-BỘ Y TẾ")
            units[-1] = _spaced_joint(units[-1], pat)
    else:
        units = [u for c in cover for u in _split_units(c, pat)]
    if units:
        body = units[-1]
        superior = units[-2] if len(units) > 1 else None

    def title(first: str, start: int, doc_type: str | None = None) -> tuple[str | None, str | None]:
        """The subject that ``first`` opens, going on over the lines from ``texts[start]``, and its period."""
        following = texts[start:]
        following += islice(further, max(0, pat.subject_max_lines - len(following)))
        subject = _subject(first, following, pat)
        if subject is not None:
            subject = _without_repeats(subject, doc_type, body, pat)
        return subject, find_period(" ".join(filter(None, (first, subject))))

    doc_type = subject = period = None
    if found is not None:
        index, doc_type, rest = found
        subject, period = title(rest, index + 1, doc_type)
    elif marks and (k := next((i for i, t in enumerate(texts) if pat.abstract.match(t)), -1)) >= 0:
        # an official letter: its abstract ("V/v ...") under the number is its subject
        subject = _subject(texts[k], texts[k + 1 :], pat)
        period = find_period(subject) if subject else None
    elif marks and number is not None and len(texts) > marks[-1] + 1 and _is_title_line(texts[marks[-1] + 1], pat):
        # a page that dropped the type line: the title in capitals directly under the header (with its number)
        subject, period = title("", marks[-1] + 1)
    elif number_at is not None and (subject := _letter_abstract(texts, pieces[number_at].cell, pat)) is not None:
        period = find_period(subject)
    return ReportMetadata(body, superior, number, iso, place, doc_type, subject, period)


def _may_hold_a_late_motto(paragraphs: Sequence[str], pat: _Patterns) -> bool:
    """Whether a short paragraph among the first :data:`HEADER_PARAGRAPHS` holds a word that every whole motto in
    capitals holds ("NAM", "MINH"): a quick test before the paragraphs after the first ones are normalized."""
    return any(
        len(p) <= MAX_MOTTO_LINE * 2 and any(w in p for w in pat.motto_words)
        for p in map(str, islice(paragraphs, HEADER_PARAGRAPHS))
    )


def _late_header(texts: list[str], first: int, pat: _Patterns) -> int | None:
    """Where a header starts that comes late (its motto at ``first`` or after): the motto's line in capitals, with
    the body lines in capitals and the rules right above it (at most :data:`MAX_BODY_LINES`); None without one."""
    whole = pat.motto[: pat.whole_mottos]
    for j in range(first, len(texts)):
        text = texts[j]
        if len(text) > MAX_MOTTO_LINE * 2 or not pat.hints["motto_i"].allows(text, text.lower()):
            continue
        if not any((m := motto.search(text)) is not None and m[0].isupper() for motto in whole):
            continue
        start = j
        while start > max(0, j - MAX_BODY_LINES) and (
            not pat.decoration.sub("", texts[start - 1]).strip() or _is_body_piece(texts[start - 1], pat)
        ):
            start -= 1
        return start
    return None


def metadata_from_text(text: str) -> ReportMetadata:
    """:func:`extract_metadata` on a text whose lines are its paragraphs."""
    return extract_metadata(text.splitlines()[: HEADER_PARAGRAPHS * 2])


# -- display --------------------------------------------------------------------------------------------------------


# a vowel letter, looked for in a word's letters without their marks ("Ư" is "U" and a horn; "Đ" is no vowel)
_VOWEL = re.compile("[AEIOUY]")
_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def _acronym(word: str, acronyms: frozenset[str], in_place: bool) -> bool:
    """Whether a word of a name in capitals is an acronym, written as it is: a listed one ("UBND"), one without
    a vowel ("HĐND", "PKĐK"), or, outside a place's name, a word of unmarked letters that is no Vietnamese
    syllable ("TTYT"); a place's name ("KON TUM", "ĐẮK LẮK") is capitalized word by word even so."""
    bare = _EDGE_MARKS.sub("", word).upper()
    if len(bare) < 2:
        return bare in acronyms
    letters = unicodedata.normalize("NFD", bare)
    if bare in acronyms or not _VOWEL.search(letters):
        return True
    return not in_place and letters == bare and bare.isalpha() and not is_syllable(bare)


def _cap(word: str) -> str:
    """The word with its first letter (after any opening quote or bracket) capitalized, the rest lower-cased."""
    k = next((i for i, c in enumerate(word) if c.isalpha()), 0)
    return word[:k] + word[k : k + 1].upper() + word[k + 1 :].lower()


def display_body(body: str) -> str:
    """A body's name as in running text: ``SỞ Y TẾ`` -> ``Sở Y tế``, ``UBND TỈNH AN LÂM`` -> ``UBND tỉnh An Lâm``.

    Body words take their form from ``resources/metadata.json``; the first
    word of a name (and the first after "và" or a comma) is capitalized, the
    rest lower-cased; place names (after "tỉnh", "huyện"..., a Party committee
    or a school level) capitalize every word; acronyms stay. A name not in
    capitals is returned as it is.
    """
    if _upper_share(body) < 0.8:
        return body
    pat = header_patterns()
    text = " ".join(body.split())
    out: list[str] = []
    mode, capital = "name", True  # "place": every word capitalized; "name": only where ``capital``
    pos = 0
    while pos < len(text):
        m = pat.proper_re.match(text, pos)
        form = pat.proper_forms[" ".join(m.group().upper().split())] if m is not None else None
        if m is not None and form:
            out.append(form)
            if form == "và":
                mode, capital = "name", True
            elif form[0].islower() or form.upper() in pat.place_leads:
                mode = "place"
            else:
                mode, capital = "name", True
            pos = m.end()
        else:
            end = m.end() if m is not None else text.find(" ", pos)
            end = len(text) if end < 0 else end
            for word in text[pos:end].split():
                if _acronym(word, pat.acronyms, mode == "place"):
                    out.append(word)
                    mode = "place"
                elif mode == "place" or capital:
                    out.append(_cap(word))
                else:
                    out.append(word.lower())
                capital = word.endswith(",") or word in ("-", "–")  # a new name after a comma or a joint dash
            pos = max(end, pos + 1)
        while pos < len(text) and text[pos] == " ":
            pos += 1
    name = " ".join(out)
    return name[:1].upper() + name[1:]
