"""Documents held out to judge the model: the exclusion list and its hashes.

The project is judged outside on real reports it never saw. Their addresses,
file hashes, repositories and paragraphs are listed, hashed, in an exclusion
file (``../shared/holdout-exclude.txt`` beside the repository). A document is
held out as a whole when its address, its file's bytes, its repository or any
one of its paragraphs of 40 characters or more matches a line of that file.
No such document may be collected, trained on, tuned on or rewritten.

The file's lines are ``KIND SHA1`` with KIND one of ``url``, ``file``,
``repo`` and ``para``; ``#`` starts a comment. The hash of each kind is
computed by the function of the same name below.

Run ``python -m nq35cls.holdout --help`` to check a document by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .normalize import normalize_text

#: The exclusion file, relative to the repository's root.
DEFAULT_EXCLUDE = Path("..") / "shared" / "holdout-exclude.txt"
KINDS: tuple[str, ...] = ("url", "file", "repo", "para")
#: Paragraphs shorter than this (after normalization) are not hashed.
MIN_PARA_CHARS = 40

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_SPACES = re.compile(r"\s+")


def _sha1(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha1(data).hexdigest()


def url_hash(url: str) -> str:
    """Hash of an address: without its scheme and trailing slash."""
    return _sha1(_SCHEME.sub("", url.strip()).rstrip("/"))


def file_hash(data: bytes) -> str:
    """Hash of a file's bytes."""
    return _sha1(data)


def repo_hash(repo: str) -> str:
    """Hash of a public repository's ``owner/name``, in lower case."""
    return _sha1(repo.strip().lower())


def normalize_paragraph(text: str) -> str:
    """NFC, white-space runs folded to one space, stripped, lower case."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def para_hash(text: str) -> str | None:
    """Hash of a paragraph, or None for one shorter than :data:`MIN_PARA_CHARS`."""
    norm = normalize_paragraph(text)
    return _sha1(norm) if len(norm) >= MIN_PARA_CHARS else None


def repo_of(address: str) -> str | None:
    """The ``owner/name`` of an address ``github:owner/name:path@commit``, else None."""
    if not address.startswith("github:"):
        return None
    return address[len("github:") :].split(":", 1)[0]


@dataclass(frozen=True)
class ExclusionList:
    """The hashes of held-out documents, by kind."""

    hashes: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str | os.PathLike) -> ExclusionList:
        """Read an exclusion file; raises :class:`DataError` on a bad line."""
        path = Path(path)
        found: dict[str, set[str]] = {k: set() for k in KINDS}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(path, None, f"cannot read the exclusion list ({exc})") from None
        for n, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2 or parts[0] not in found or not re.fullmatch(r"[0-9a-f]{40}", parts[1]):
                raise DataError(path, n, "expected 'KIND SHA1' with KIND one of " + ", ".join(KINDS))
            found[parts[0]].add(parts[1])
        return cls({k: frozenset(v) for k, v in found.items()})

    def __len__(self) -> int:
        return sum(len(v) for v in self.hashes.values())

    def matches(
        self,
        *,
        url: str | None = None,
        file_bytes: bytes | None = None,
        repo: str | None = None,
        paragraphs: Iterable[str] = (),
    ) -> list[str]:
        """Say what of a document matches the list; empty when it is free to use.

        Returns
        -------
        list of str
            One line per match: the kind and what matched.
        """
        hits = []
        if url and url_hash(url) in self.hashes.get("url", ()):
            hits.append(f"url {url}")
        if file_bytes is not None and file_hash(file_bytes) in self.hashes.get("file", ()):
            hits.append("file (its bytes)")
        if repo and repo_hash(repo) in self.hashes.get("repo", ()):
            hits.append(f"repo {repo}")
        paras = self.hashes.get("para", frozenset())
        for i, text in enumerate(paragraphs):
            # also the same text with one tone-mark placement and typography
            # ("HOÀ"/"HÒA"): matching more only ever keeps more out
            variants = {para_hash(text), para_hash(normalize_text(text))}
            if variants & paras:
                hits.append(f"para {i}: {text[:60]}")
        return hits


def _paragraphs_of(path: Path) -> list[str]:
    """Paragraphs of a .jsonl (field ``text``) or plain text file (one per line)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in text.splitlines() if line.strip()]
    return [line for line in text.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Check one document against the exclusion list (exit 1 when held out)."""
    parser = argparse.ArgumentParser(prog="python -m nq35cls.holdout", description=main.__doc__)
    parser.add_argument("--exclude", default=str(DEFAULT_EXCLUDE), help="the exclusion file")
    parser.add_argument("--url", help="the document's address")
    parser.add_argument("--repo", help="its repository, owner/name")
    parser.add_argument("--file", help="the original file (its bytes are hashed)")
    parser.add_argument("--paragraphs", help="its paragraphs: a .jsonl with 'text' or a text file, one per line")
    args = parser.parse_args(argv)
    exclusions = ExclusionList.read(args.exclude)
    hits = exclusions.matches(
        url=args.url,
        repo=args.repo,
        file_bytes=Path(args.file).read_bytes() if args.file else None,
        paragraphs=_paragraphs_of(Path(args.paragraphs)) if args.paragraphs else (),
    )
    for hit in hits:
        print(f"HELD OUT: {hit}")
    if not hits:
        print("free: no match in the exclusion list")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
