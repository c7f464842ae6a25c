"""The label set, in one place."""

from __future__ import annotations

#: The four parts of a report, the labels that quality is measured on.
SECTION_LABELS: tuple[str, ...] = ("results", "limitations", "solutions", "other")

#: Web-page chrome wrapped around a report; left out of normal output.
BOILERPLATE = "boilerplate"

#: Every label a paragraph can carry.
LABELS: tuple[str, ...] = SECTION_LABELS + (BOILERPLATE,)
