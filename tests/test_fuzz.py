"""Byte mutations of valid files, per reader (.docx, .pdf, .html, .txt, .doc, .rtf): each mutant is read as text or refused with an
InputError naming it, within the time and memory budgets, never any other exception.

The regular run tries :data:`QUICK` mutants per format; the slow run (``pytest -m slow``)
:data:`FULL`. Mutants are made from a seeded generator: a failure names the format and the
mutant's number, which reproduces it.
"""

from __future__ import annotations

import io
import random
import resource
import time
import zipfile
from pathlib import Path

import hostile_files as h
import pytest

from nq35cls.errors import InputError
from nq35cls.readers import read

QUICK = 40
FULL = 500
MAX_SECONDS = 10.0
MAX_GROWTH_MB = 500

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HTML = (
    "<!DOCTYPE html><html><head><title>Sơ kết</title><script>var a = 1;</script></head><body>"
    "<nav><a href='/'>Trang chủ</a> | <a href='/tin'>Tin tức</a></nav><article><h1>Sơ kết công tác 6 tháng</h1>"
    "<p>Đã tổ chức 12 hội nghị quán triệt cho cán bộ, đảng viên.</p><p>Tuy nhiên, một số chi bộ còn chậm đổi mới.</p>"
    "<table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Hội nghị</td><td>12</td></tr></table>"
    "<ul><li>Thời gian tới cần tiếp tục đổi mới.</li></ul></article><footer>Bản quyền</footer></body></html>"
)


def _seed(fmt: str, folder: Path) -> bytes:
    """A valid file of each format."""
    if fmt == "docx":
        return h.numbered_docx(folder / "seed.docx", 0, "1", "upperRoman").read_bytes()
    if fmt == "pdf":
        return (FIXTURES / "report.pdf").read_bytes()
    if fmt == "html":
        return HTML.encode("utf-8")
    if fmt in ("doc", "rtf"):
        return (FIXTURES / f"report.{fmt}").read_bytes()
    return (h.GOOD * 5).encode("utf-8")


def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One to eight random edits: flipped, inserted, deleted or repeated bytes, or a cut."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not out:
            out += bytes([rng.randrange(256)])
        op, at = rng.randrange(5), rng.randrange(len(out))
        if op == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif op == 1:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del out[at : at + rng.randint(1, 64)]
        elif op == 3:
            out[at:at] = out[at : at + rng.randint(1, 256)] * rng.randint(1, 50)
        else:
            del out[at:]
    return bytes(out)


def _mutate_docx_xml(data: bytes, rng: random.Random) -> bytes:
    """A valid ZIP whose document or numbering XML is mutated (reaches the XML and list code)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    name = rng.choice(["word/document.xml", "word/numbering.xml"])
    parts[name] = _mutate(parts[name], rng)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, content in parts.items():
            zf.writestr(part, content)
    return buf.getvalue()


def _fuzz(fmt: str, count: int, folder: Path) -> dict[str, int]:
    seed = _seed(fmt, folder)
    rng = random.Random(f"nq35cls-{fmt}")
    outcomes = {"text": 0, "refused": 0}
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for k in range(count):
        data = _mutate_docx_xml(seed, rng) if fmt == "docx" and k % 2 else _mutate(seed, rng)
        path = folder / f"mutant{k}.{fmt}"
        path.write_bytes(data)
        start = time.monotonic()
        try:
            read(path, time_limit=MAX_SECONDS)
            outcomes["text"] += 1
        except InputError as err:
            assert str(path) in str(err), (fmt, k, str(err))
            outcomes["refused"] += 1
        except Exception as exc:  # noqa: BLE001 - what the test exists to catch
            pytest.fail(f"{fmt} mutant {k}: {type(exc).__name__}: {exc}")
        assert time.monotonic() - start < MAX_SECONDS, (fmt, k)
        path.unlink()
    growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert growth_mb < MAX_GROWTH_MB, (fmt, growth_mb)
    return outcomes


FORMATS = ["docx", "pdf", "html", "txt", "doc", "rtf"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_mutants_are_text_or_a_named_refusal(fmt, tmp_path):
    outcomes = _fuzz(fmt, QUICK, tmp_path)
    assert sum(outcomes.values()) == QUICK
    if fmt in ("txt", "html"):  # mostly still readable: the mutants are not all refused
        assert outcomes["text"] > 0


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_many_mutants_are_text_or_a_named_refusal(fmt, tmp_path):
    outcomes = _fuzz(fmt, FULL, tmp_path)
    print(fmt, outcomes)
    assert sum(outcomes.values()) == FULL
