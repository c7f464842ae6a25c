"""An output file that is never half-written and can be resumed.

Output goes to ``.NAME.partial`` beside ``NAME`` and is renamed to ``NAME``
when the run completes. After the records of each input file are written,
the stream is flushed to the operating system and a line is appended to the
state file ``.NAME.state``: the input's path, the SHA-256 of its content and
the output size at that point (only for a format that can be resumed: one
written record by record). A run killed at any moment therefore leaves,
for every input, either all of its records (listed in the state) or bytes
past the last listed offset, which a resumed run cuts off before it appends.
The output is also synced to the disk at most :data:`SYNC_SECONDS` apart,
always before the state lines that point into it (a state line lost to a
power failure only means that file is labeled again), and both files at the
end, so that a power failure loses at most that much work without making
every file pay for a disk sync. The lock file ``.NAME.lock`` that keeps a
second run out is removed when the run ends; so is the partial output of a
format that cannot be resumed (a synthesis, written at the end).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from .errors import OutputError

#: Longest time between two syncs of the output and state files to the disk.
SYNC_SECONDS = 2.0
#: Never follow a link planted where our own files go (0 where unknown).
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def open_new(path: Path, mode: str = "wb") -> IO:
    """Create ``path`` afresh for writing: whatever stood there (a planted link included) is
    removed, never written through, and the file is created exclusively."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    if "b" in mode:
        return os.fdopen(fd, mode)
    return os.fdopen(fd, mode, encoding="utf-8", newline="")


def resolved(path: str | os.PathLike) -> str:
    """The key of an input in the resume state: its resolved path (the same file named
    another way is the same input)."""
    return os.path.realpath(path)


def _content_hash(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes ('' when it cannot be read: it then counts as changed)."""
    from .persist import sha256_file  # imported here: persist brings in scikit-learn

    try:
        return sha256_file(path)
    except OSError:
        return ""


def _open_existing(path: Path, flags: int, mode: str) -> IO:
    """Open one of our files to continue it, refusing a link put in its place."""
    fd = os.open(path, flags | _NOFOLLOW)
    return os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8")


class OutputFile:
    """A resumable, atomically published output file.

    Parameters
    ----------
    path : path-like
        The final output path.
    resume : bool, default=False
        Continue an earlier run: keep the records of the inputs the state
        lists, and append.
    force : bool, default=False
        Replace an existing output (without ``resume``).
    binary : bool, default=False
        Open the stream in binary mode (for formats such as xlsx).
    header : bool, default=False
        The format starts with one header line (CSV), kept when records of
        earlier inputs are dropped on resuming.
    resumable : bool, default=True
        The format is written record by record and can be resumed: the state
        file is kept after the run (so that a later ``resume`` adds new inputs)
        and after an interruption with the partial output. A format written
        at the end (a synthesis) keeps neither: an interrupted run leaves
        nothing behind.
    """

    def __init__(
        self,
        path: str | os.PathLike,
        resume: bool = False,
        force: bool = False,
        binary: bool = False,
        header: bool = False,
        resumable: bool = True,
    ) -> None:
        self.path = Path(path)
        self.header = header
        self.resumable = resumable
        self.resume = resume
        self.force = force
        self.binary = binary
        self.partial = self.path.with_name(f".{self.path.name}.partial")
        self.state = self.path.with_name(f".{self.path.name}.state")
        self.lock = self.path.with_name(f".{self.path.name}.lock")
        self.completed: dict[str, str] = {}
        self._lock_fd: int | None = None
        self._stream: IO | _TextStream | None = None
        self._state_fh: IO | None = None
        self._synced = 0.0

    def check(self, inputs: list[Path]) -> None:
        """Refuse an output that is a folder, an input, exists (without ``force``/``resume``),
        or whose folder is missing or not writable."""
        if self.path.is_dir():
            raise OutputError(f"{self.path}: is a folder; give a file name for the output")
        folder = self.path.parent
        if not folder.is_dir():
            raise OutputError(f"{self.path}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{self.path}: the folder {folder} is not writable")
        if not self.path.exists():
            return
        target = os.stat(self.path)  # one stat per input, no path resolution; links to it count too
        if any(_is_file(p, target) for p in inputs):
            raise OutputError(f"{self.path}: is also an input; choose another output file")
        if not (self.force or self.resume):
            raise OutputError(f"{self.path}: exists; use --force to overwrite it or --resume to continue it")
        if self.resume and not self.state.exists():
            # a finished run leaves no state: resuming would have to discard the output
            raise OutputError(
                f"{self.path}: exists with no record of an interrupted run to resume; use --force to label again"
            )

    def _acquire(self) -> None:
        """Hold ``.NAME.lock`` for the run: a second run to the same output is refused."""
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here
            return
        while True:
            fd = os.open(self.lock, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise OutputError(
                    f"{self.path}: another nq35cls run (process {holder}) is writing it; wait for it or choose another output"
                ) from None
            try:  # the run that held it may have removed it meanwhile: then lock the file now in its place
                current = os.stat(self.lock, follow_symlinks=False)
            except FileNotFoundError:
                current = None
            if current is not None and os.path.samestat(current, os.fstat(fd)):
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._lock_fd = fd

    def open(self, inputs: Sequence[str | os.PathLike] = ()) -> IO | _TextStream:
        """Take the output's lock, then open the partial file for writing (appending when resuming).

        When resuming, the records of every input the state lists are kept
        only if that input (by resolved path) is among ``inputs`` with the same
        content; the others' records are cut out of the output first. Inputs
        whose records are kept are in :attr:`completed` (resolved path -> hash).
        """
        self._acquire()
        keep = 0
        if self.resume:
            if not self.partial.exists() and self.path.exists():
                os.replace(self.path, self.partial)
            keep = self._resume(inputs)
        else:
            self.state.unlink(missing_ok=True)
        if keep:
            fh = _open_existing(self.partial, os.O_RDWR, "r+b")
            fh.truncate(keep)
            fh.seek(keep)
            self._state_fh = _open_existing(self.state, os.O_WRONLY | os.O_APPEND, "a")
        else:
            fh = open_new(self.partial)
            self._state_fh = open_new(self.state, "w") if self.resumable else None
        stream = fh if self.binary else _TextStream(fh)
        self._stream = stream
        return stream

    @property
    def has_content(self) -> bool:
        """Whether resumed records are already in the file (no header needed)."""
        return bool(self.completed)

    def _read_state(self, size: int) -> list[tuple[str, str, int]]:
        """The state's entries ``(resolved path, sha256, end offset)``, up to a torn or impossible one."""
        entries: list[tuple[str, str, int]] = []
        with _open_existing(self.state, os.O_RDONLY, "r") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                    offset = int(entry["offset"])
                    name, digest = str(entry["file"]), str(entry["sha256"])
                except (ValueError, KeyError, TypeError):
                    break  # a torn last line: stop at the last good one
                if offset > size or (entries and offset < entries[-1][2]):
                    break
                entries.append((name, digest, offset))
        return entries

    def _resume(self, inputs: Sequence[str | os.PathLike]) -> int:
        """Keep the records of unchanged inputs, cut out the others'; return the size kept."""
        self.completed = {}
        if not (self.partial.exists() and self.state.exists()):
            return 0
        with _open_existing(self.partial, os.O_RDONLY, "rb") as fh:
            data = fh.read()
        entries = self._read_state(len(data))
        if not entries:
            return 0
        preamble = data.index(b"\n") + 1 if self.header and b"\n" in data else 0
        if any(end > preamble and data[end - 1 : end] != b"\n" for _, _, end in entries):
            raise OutputError(
                f"{self.path}: its resume state does not match the partial output; use --force to label again"
            )
        current = {resolved(p): p for p in inputs}
        kept, start, parts = [], preamble, [data[:preamble]]
        for name, digest, end in entries:
            source = current.get(name)
            if source is not None and _content_hash(source) == digest:
                parts.append(data[start:end])
                kept.append((name, digest, sum(map(len, parts))))
            start = end
        self.completed = {name: digest for name, digest, _ in kept}
        if len(kept) == len(entries):
            return entries[-1][2]
        # some inputs changed, moved or went: rewrite the output and the state without their records
        with open_new(self._sibling("partial.tmp")) as out:
            out.write(b"".join(parts))
        with open_new(self._sibling("state.tmp"), "w") as out:
            out.writelines(json.dumps({"file": n, "sha256": d, "offset": o}) + "\n" for n, d, o in kept)
        os.replace(self._sibling("partial.tmp"), self.partial)
        os.replace(self._sibling("state.tmp"), self.state)
        return kept[-1][2] if kept else 0

    def _sibling(self, suffix: str) -> Path:
        return self.path.with_name(f".{self.path.name}.{suffix}")

    def commit(self, source: str, sha256: str) -> None:
        """Mark ``source``'s records as complete: flush, then log the offset."""
        stream, state = self._stream, self._state_fh
        if stream is None:
            raise RuntimeError("commit() before open()")
        if state is None:  # a format that cannot be resumed: nothing to log
            self.completed[resolved(source)] = sha256
            return
        stream.flush()
        raw = stream.raw if isinstance(stream, _TextStream) else stream
        now = time.monotonic()
        if now - self._synced >= SYNC_SECONDS:
            os.fsync(raw.fileno())
            self._synced = now
        offset = raw.tell()
        # ASCII escapes keep a file name that is not UTF-8 (lone surrogates) writable and exact
        name = resolved(source)
        state.write(json.dumps({"file": name, "sha256": sha256, "offset": offset}) + "\n")
        state.flush()
        self.completed[name] = sha256

    def finish(self) -> None:
        """Close and publish the output under its final name (the lock is held until it is)."""
        self._close_files()
        os.replace(self.partial, self.path)
        self._close()

    def abort(self) -> None:
        """Close, keeping the partial output and its state for ``--resume``; of a format that cannot be
        resumed, remove the partial output."""
        ours = self._stream is not None  # open() created the partial output
        self._close_files()
        if ours and not self.resumable:
            self.partial.unlink(missing_ok=True)
        self._close()

    def _close(self) -> None:
        self._close_files()
        if self._lock_fd is not None:
            # removed while still held (a run waiting on this file checks it is still the one in place),
            # then closing the descriptor releases the lock
            try:
                if os.path.samestat(os.stat(self.lock, follow_symlinks=False), os.fstat(self._lock_fd)):
                    os.unlink(self.lock)
            except FileNotFoundError:
                pass
            os.close(self._lock_fd)
            self._lock_fd = None

    def _close_files(self) -> None:
        if self._stream is not None:
            self._stream.flush()
            raw = self._stream.raw if isinstance(self._stream, _TextStream) else self._stream
            os.fsync(raw.fileno())
            raw.close()
            self._stream = None
        if self._state_fh is not None:
            self._state_fh.flush()
            os.fsync(self._state_fh.fileno())
            self._state_fh.close()
            self._state_fh = None


class _TextStream:
    """UTF-8 text writing on a binary file, so that offsets stay exact."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()


def _is_file(path: Path, target: os.stat_result) -> bool:
    """Whether ``path`` names the file ``target`` was read from."""
    try:
        return os.path.samestat(os.stat(path), target)
    except OSError:
        return False
