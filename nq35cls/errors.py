"""Exceptions raised by nq35cls.

Every error that a user can cause (a bad input file, a damaged model, an
invalid labeled-data file) is an :class:`Nq35Error` whose message names the
file and the problem, so that the command-line tool can print it on one line
instead of a traceback.
"""

from __future__ import annotations

import os


class Nq35Error(Exception):
    """Base class of the errors nq35cls raises on purpose."""


class InputError(Nq35Error):
    """A report file cannot be read: missing, empty, binary, badly encoded...

    Parameters
    ----------
    path : str or os.PathLike
        The file at fault.
    problem : str
        What is wrong with it, in a few words a user can act on.
    detail : str or None, default=None
        The technical cause, when a library failed on the file (its
        exception, in English): kept out of ``problem`` and of the message,
        printed by the command line only with ``--debug``.
    """

    def __init__(self, path: str | os.PathLike, problem: str, *, detail: str | None = None) -> None:
        self.path = os.fspath(path)
        self.problem = problem
        self.detail = detail
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # picklable, so that worker processes can return it (the detail with it)
        return (type(self), (self.path, self.problem), {"detail": self.detail})


class DataError(Nq35Error):
    """A labeled-data file breaks the documented format.

    Parameters
    ----------
    path : str or os.PathLike
        The data file.
    line : int or None
        1-based line number of the offending record, if any.
    problem : str
        What is wrong.
    """

    def __init__(self, path: str | os.PathLike, line: int | None, problem: str) -> None:
        self.path = os.fspath(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):
        return (type(self), (self.path, self.line, self.problem))


class ModelError(Nq35Error):
    """A model file is missing, damaged, untrusted or from another version.

    Parameters
    ----------
    path : str or os.PathLike
        The model file.
    problem : str
        What is wrong with it.
    """

    def __init__(self, path: str | os.PathLike, problem: str) -> None:
        self.path = os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):
        return (type(self), (self.path, self.problem))


class OutputError(Nq35Error):
    """An output cannot be written without losing data (exists, is an input...)."""


def cause(exc: BaseException) -> str:
    """The technical cause of a failure, as an :class:`InputError`'s ``detail``: ``"BadZipFile: File is not a zip
    file"`` (the exception's kind, then its text when it has one)."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
