"""What reading one file may cost: wall time, paragraphs, expanded bytes.

A small file can still be expensive: a PDF stream that inflates to
gigabytes, a .docx of millions of empty paragraphs, a page layout that
keeps pdfminer busy for minutes. Each of these budgets turns such a file
into an :class:`~nq35cls.errors.InputError` for that file alone, so that a
batch goes on.

The wall-time budget is a timer (``SIGALRM``): it interrupts pure-Python
work such as pdfminer's layout analysis. It applies where a timer can be
set, in a process's main thread on POSIX systems (the command line, its
local workers); elsewhere (a thread, Windows) only the size budgets apply.
"""

from __future__ import annotations

import io
import os
import signal
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import InputError, cause

#: Default wall-time budget for reading one file, in seconds.
DEFAULT_TIME_LIMIT = 120.0
#: Seconds between the timer's repeated firings once the wall-time budget is spent.
RETRY = 0.05
#: Default cap on a file's paragraphs (a 1,000-page report has about 20,000).
DEFAULT_MAX_PARAGRAPHS = 200_000
#: Cap on the bytes a compressed part may expand to: a .docx's ZIP members
#: together, or any one PDF stream.
MAX_EXPANDED_BYTES = 512 * 1024 * 1024


class _Expired(BaseException):
    """Raised by the timer. A BaseException, so that a reader's ``except
    Exception`` (which turns library errors into "damaged file") lets it through."""


@contextmanager
def time_limit(path: str | os.PathLike, seconds: float | None) -> Iterator[None]:
    """Stop the work inside with an :class:`InputError` after ``seconds``.

    Parameters
    ----------
    path : path-like
        The file being read, named in the error.
    seconds : float or None
        The budget; None (or a context where no timer can be set: a thread
        other than the main one, a system without ``setitimer``) sets none.

    Raises
    ------
    InputError
        When the budget runs out.
    """
    if seconds is None or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    # The timer fires again every RETRY seconds after the budget: an exception raised while a
    # finalizer (__del__) happens to run is swallowed by Python, and the next one gets through.
    signal.setitimer(signal.ITIMER_REAL, seconds, RETRY)
    try:
        yield
    except _Expired:
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise InputError(
            path, f"reading took longer than {seconds:g} s: stopped (raise the limit with --time-limit)"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_paragraphs(path: str | os.PathLike, count: int, limit: int) -> None:
    """Refuse a file of more than ``limit`` paragraphs.

    Raises
    ------
    InputError
        Naming the count and the limit.
    """
    if count > limit:
        raise InputError(
            path, f"has {count:,} paragraphs, over the limit of {limit:,} (raise it with --max-paragraphs)"
        )


#: A ZIP container's part (.docx, .xlsx, .odt) that expands more than this many times its compressed size
#: is refused (zip bomb); so is a .docx whose parts expand past
#: :data:`MAX_EXPANDED_BYTES`.
MAX_COMPRESSION_RATIO = 200


def check_archive(data: bytes, path: str | os.PathLike, kind: str = ".docx") -> zipfile.ZipFile:
    """Open a ZIP container, refusing damaged archives and zip bombs.

    Raises
    ------
    InputError
        If the archive is damaged, or would expand past
        :data:`MAX_EXPANDED_BYTES` or :data:`MAX_COMPRESSION_RATIO`.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InputError(path, f"damaged {kind} file (not a readable ZIP archive)", detail=cause(exc)) from None
    expanded = sum(m.file_size for m in members)
    if expanded > MAX_EXPANDED_BYTES:
        raise InputError(
            path, f"{kind} expands to {expanded:,} bytes, over the limit of {MAX_EXPANDED_BYTES:,}: refused"
        )
    for m in members:
        if m.compress_size and m.file_size / m.compress_size > MAX_COMPRESSION_RATIO and m.file_size > 10 * 1024 * 1024:
            raise InputError(
                path,
                f"{kind} part {m.filename} is compressed {m.file_size // m.compress_size}:1, like a zip bomb: refused",
            )
    return archive
