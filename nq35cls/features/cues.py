"""Cue words and patterns: the bundled table (``resources/cues.json``) and its compiled form.

A paragraph is scanned once for all cue phrases: they are merged into one
trie-shaped pattern (:func:`phrase_pattern`), and :class:`Cues` counts each
family's phrases (the parts, web chrome, bylines, captions, citations).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources

#: The parts whose cue phrases are counted, in this order.
SECTIONS: tuple[str, ...] = ("results", "limitations", "solutions")


def load_cues() -> dict:
    """The bundled cue table (``nq35cls/resources/cues.json``)."""
    with resources.files("nq35cls").joinpath("resources/cues.json").open(encoding="utf-8") as fh:
        cues = json.load(fh)
    cues.pop("_comment", None)
    return cues


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern:
    """A regular expression matching any of ``phrases``, longest first.

    The phrases are merged into a trie ("kết quả", "kết luận" ->
    ``kết (?:luận|quả)``), which Python's regex engine scans faster than a
    flat alternation of many literals.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return re.compile(build(trie) if phrases else "(?!)")


PHRASE_FAMILIES = (*SECTIONS, "boilerplate", "byline", "caption", "citation")
#: Positions in those counts of the families that are not parts.
BOILERPLATE, BYLINE, CAPTION, CITATION = range(len(SECTIONS), len(PHRASE_FAMILIES))


class Cues:
    """Compiled view of a cue table (see :meth:`DocumentFeaturizer._compiled_cues`).

    All cue phrases are merged into one pattern, so a paragraph is scanned
    once; where phrases overlap, the longest match counts.
    """

    def __init__(self, cues: dict) -> None:
        lists = {name: cues["section_cues"][name] for name in SECTIONS}
        lists.update({name: cues[f"{name}_cues"] for name in PHRASE_FAMILIES[len(SECTIONS) :]})
        families: dict[str, list[int]] = {}
        for k, name in enumerate(PHRASE_FAMILIES):
            for phrase in lists[name]:
                families.setdefault(phrase, []).append(k)
        self.families = families
        self.phrases = phrase_pattern(list(families))
        self.enumerator = re.compile("|".join(cues["enumerator_patterns"]))
        self.bullet = re.compile(cues["bullet_pattern"])
        self.roman = re.compile(cues["roman_heading_pattern"])
        self.arabic = re.compile(cues["arabic_heading_pattern"])
        self.letter = re.compile(cues["letter_item_pattern"])
        # a model saved before the pattern existed has none: no heading is then taken for a part or chapter
        self.part = re.compile(cues.get("part_heading_pattern", r"(?!)"))
        self.final_punct = cues["final_punctuation"]
        self.quotation = re.compile(cues["quotation_pattern"])
        self.menu_separator = re.compile(cues["menu_separator_pattern"])
        # a line made of nothing but chrome phrases ("Phản hồi", "Tin liên quan | Chia sẻ")
        self.chrome_line = re.compile(r"(?:[\W\d_]|" + phrase_pattern(cues["boilerplate_cues"]).pattern + ")+")

    def scan(self, ftext: str) -> tuple[list[int], int]:
        """Count each family's phrases in ``ftext`` (see :data:`PHRASE_FAMILIES`),
        and the index in ``SECTIONS`` of the part whose cue occurs last (-1 if none)."""
        counts = [0] * len(PHRASE_FAMILIES)
        last = -1
        for found in self.phrases.findall(ftext):
            for k in self.families[found]:
                counts[k] += 1
                if k < len(SECTIONS):
                    last = k
        return counts, last
