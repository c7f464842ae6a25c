"""How a scan reads against the same document typed: OCR's paragraphs and labels beside the text layer's.

    python benchmarks/bench_ocr_paragraphs.py FOLDER [--pages 3] [--out benchmarks/results/bench_ocr_paragraphs.md]

FOLDER holds typed PDFs (with a text layer; real documents stay outside the repository). The first pages of
each are read twice: from the text layer, as nq35cls reads a PDF, and from a picture of each page (rendered at
OCR's resolution) by OCR, as nq35cls reads a scan. Both texts are labeled by the shipped model. Their words are
aligned (difflib, on words folded: no tone marks, "đ" as "d", letters and digits only, so that OCR's misread
letters are mostly set aside), and for the aligned words:

* paragraph starts: precision and recall of the OCR text's paragraph starts against the text layer's (a start
  counted where both have the same word);
* labels: the share of aligned words whose OCR paragraph has the label of their text-layer paragraph (what a
  scan loses against the same report typed).

Tesseract with Vietnamese data is needed. ``--ocr-mode`` compares the paragraphs of Tesseract's own grouping
("tesseract", its paragraphs as given) with nq35cls's ("nq35cls", :func:`nq35cls.readers.ocr.tsv_paragraphs`),
both from one OCR run per page.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

from nq35cls import load_model
from nq35cls.readers import ocr, read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_metadata import _folded  # noqa: E402  (words folded as names are there)


def _words(paragraphs: list[str]) -> tuple[list[str], list[int]]:
    """The folded words of ``paragraphs`` in order, and each word's paragraph number."""
    words, owner = [], []
    for k, text in enumerate(paragraphs):
        for w in text.split():
            f = _folded(w)
            if f:
                words.append(f)
                owner.append(k)
    return words, owner


def _tesseract_paragraphs(tsv: str) -> list[str]:
    """Tesseract's own paragraphs: each (block, paragraph) its words joined, as its plain-text output gives."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for row in tsv.translate(ocr.LOOK_ALIKES).splitlines():
        cells = row.split("\t")
        if len(cells) >= 12 and cells[0] == "5" and cells[11].strip():
            groups.setdefault((cells[1], cells[2], cells[3]), []).append(cells[11].strip())
    return [" ".join(words) for words in groups.values()]


def _labels(model, paragraphs: list[str]) -> list[str]:
    """Each paragraph's label by ``model`` (every paragraph kept, web-page chrome included)."""
    from nq35cls.labeling import label_text
    from nq35cls.options import Options

    labeled = label_text("\n".join(paragraphs), model, Options(keep_boilerplate=True))
    assert len(labeled) == len(paragraphs)
    return [p.label for p in labeled]


def compare(path: Path, pages: int, model) -> dict[str, dict[str, int]]:
    """Counts of one PDF: per OCR mode, aligned words, label agreements, paragraph starts matched and found."""
    import pypdfium2

    typed = read(path)
    keep = [k for k, loc in enumerate(typed.locations) if int(re.match(r"page (\d+)", loc).group(1)) <= pages]
    typed_paragraphs = [typed.text.splitlines()[k] for k in keep]
    document = pypdfium2.PdfDocument(str(path))
    tsvs = [
        ocr.picture_tsv(document[n].render(scale=ocr.RESOLUTION / 72).to_pil())
        for n in range(min(pages, len(document)))
    ]
    document.close()
    modes = {
        "tesseract": [p for tsv in tsvs for p in _tesseract_paragraphs(tsv)],
        "nq35cls": [p for tsv in tsvs for p in ocr.tsv_paragraphs(tsv)],
    }
    t_words, t_owner = _words(typed_paragraphs)
    t_labels = _labels(model, typed_paragraphs)
    t_starts = {i for i in range(len(t_words)) if i == 0 or t_owner[i] != t_owner[i - 1]}
    out = {}
    for mode, paragraphs in modes.items():
        o_words, o_owner = _words(paragraphs)
        o_labels = _labels(model, paragraphs)
        matcher = difflib.SequenceMatcher(None, o_words, t_words, autojunk=False)
        counts = {"words": 0, "same_label": 0, "starts_both": 0, "starts_ocr": 0, "starts_typed": 0}
        for a, b, size in matcher.get_matching_blocks():
            for d in range(size):
                i, j = a + d, b + d
                counts["words"] += 1
                counts["same_label"] += o_labels[o_owner[i]] == t_labels[t_owner[j]]
                ocr_start = i == 0 or o_owner[i] != o_owner[i - 1]
                counts["starts_ocr"] += ocr_start
                counts["starts_typed"] += j in t_starts
                counts["starts_both"] += ocr_start and j in t_starts
        out[mode] = counts
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if not ocr.available():
        raise SystemExit("needs Tesseract with Vietnamese data")
    model = load_model()
    totals: dict[str, dict[str, int]] = {}
    files = sorted(args.folder.glob("*.pdf"))
    for path in files:
        result = compare(path, args.pages, model)
        for mode, counts in result.items():
            for key, value in counts.items():
                totals.setdefault(mode, {}).setdefault(key, 0)
                totals[mode][key] += value
        t = result["nq35cls"]
        print(f"{path.name[:50]:50} words {t['words']:5d} labels {t['same_label'] / max(t['words'], 1):.3f}")
    rows = []
    for mode, t in totals.items():
        precision = t["starts_both"] / max(t["starts_ocr"], 1)
        recall = t["starts_both"] / max(t["starts_typed"], 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        rows.append((mode, t["words"], t["same_label"] / max(t["words"], 1), precision, recall, f1))
    print(f"\n{len(files)} PDFs, first {args.pages} pages each")
    print(f"{'paragraphs':10} {'words':>7} {'labels':>7} {'starts P':>9} {'R':>6} {'F1':>6}")
    for mode, words, agree, p, r, f in rows:
        print(f"{mode:10} {words:7d} {agree:7.3f} {p:9.3f} {r:6.3f} {f:6.3f}")
    if args.out:
        lines = [
            "# bench_ocr_paragraphs (`python benchmarks/bench_ocr_paragraphs.py FOLDER`)",
            "",
            f"{len(files)} real typed PDFs (kept outside the repository), their first {args.pages} pages read from the "
            "text layer and, rendered as pictures, by OCR; aligned words, the share whose OCR paragraph has the label "
            "of their text-layer paragraph, and the OCR paragraphs' starts against the text layer's.",
            "",
            "| OCR paragraphs | aligned words | same label | starts precision | starts recall | starts F1 |",
            "|---|---:|---:|---:|---:|---:|",
            *(f"| {m} | {w} | {a:.3f} | {p:.3f} | {r:.3f} | {f:.3f} |" for m, w, a, p, r, f in rows),
            "",
        ]
        args.out.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
