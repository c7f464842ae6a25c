"""Why a file could not be labeled, told in Vietnamese for the synthesis pages.

The problems nq35cls reports (:class:`nq35cls.errors.InputError`) are in
English, for the terminal and the logs; a synthesis is read by Vietnamese
staff. ``resources/messages_vi.json`` pairs each known problem (a regular
expression) with its Vietnamese text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[re.Pattern, str], ...]:
    with resources.files("nq35cls").joinpath("resources/messages_vi.json").open(encoding="utf-8") as fh:
        entries = json.load(fh)["problems"]
    return tuple((re.compile(pattern), text) for pattern, text in entries)


def problem_in_vietnamese(problem: str) -> str:
    """A file's problem in Vietnamese where the message is known, else as it is.

    Parameters
    ----------
    problem : str
        The problem of an :class:`~nq35cls.errors.InputError` ("empty file").

    Returns
    -------
    str
        Its Vietnamese text ("tệp rỗng"), the variable parts (sizes, limits,
        names) carried over; ``problem`` itself when no entry matches.

    Examples
    --------
    >>> problem_in_vietnamese("file is 60,000,000 bytes, over the limit of 52,428,800 (raise it with --max-bytes)")
    'tệp có 60,000,000 byte, vượt giới hạn 52,428,800 (tăng bằng --max-bytes)'
    """
    for pattern, text in _table():
        m = pattern.fullmatch(problem)
        if m is not None:
            return text.format(**m.groupdict(default=""))
    return problem
