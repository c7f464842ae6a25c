"""The real-anchored corpus: held-out documents kept out, the copy check, the manifest."""

from __future__ import annotations

import csv
import json

import pytest

from nq35cls.copycheck import check_rewrite, load_rules, marker_kind, syllables
from nq35cls.corpus import MANIFEST_COLUMNS, build_manifest
from nq35cls.data import load_data
from nq35cls.errors import DataError
from nq35cls.holdout import ExclusionList, para_hash, repo_hash, repo_of, url_hash

EXCLUDE = "../shared/holdout-exclude.txt"

ORIGINAL = [
    {"text": "I. KẾT QUẢ ĐẠT ĐƯỢC", "label": "results"},
    {
        "text": "1. Huyện đã tổ chức 45 hội nghị quán triệt cho hơn 3.200 lượt cán bộ, đảng viên tham dự.",
        "label": "results",
    },
    {
        "text": "Tuy nhiên, công tác nắm bắt dư luận xã hội ở một số cơ sở còn chậm, thiếu chủ động.",
        "label": "limitations",
    },
    {"text": "- Tiếp tục đẩy mạnh tuyên truyền trên nền tảng số trong thời gian tới.", "label": "solutions"},
]
REWRITE = [
    {"text": "I. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC", "label": "results"},
    {
        "text": "1. Thị xã đã mở 38 buổi học tập nghị quyết, thu hút khoảng 2.700 người là đảng viên và công chức.",
        "label": "results",
    },
    {
        "text": "Tuy nhiên, việc theo dõi tâm tư dư luận tại vài xã, phường vẫn còn chậm trễ, bị động.",
        "label": "limitations",
    },
    {
        "text": "- Thời gian tới cần tăng cường thông tin qua mạng xã hội, trang điện tử của địa phương.",
        "label": "solutions",
    },
]


def test_a_faithful_rewrite_passes():
    result = check_rewrite(ORIGINAL, REWRITE)
    assert result.ok, result.copied_runs + result.problems
    assert result.summary().startswith("pass (4 paragraphs")


def test_a_copied_run_of_five_syllables_fails():
    copied = [dict(r) for r in REWRITE]
    copied[2] = {**copied[2], "text": "Tuy nhiên, ở một vài nơi công tác nắm bắt dư luận xã hội chưa sâu, còn chậm."}
    result = check_rewrite(ORIGINAL, copied)
    assert not result.ok
    assert any("công tác nắm bắt dư" in run for run in result.copied_runs)
    # Four syllables in common are allowed.
    four = [dict(r) for r in REWRITE]
    four[2] = {**four[2], "text": "Tuy nhiên, ở vài xã công tác nắm bắt tình hình vẫn còn chậm trễ, bị động hơn."}
    assert check_rewrite(ORIGINAL, four).ok


def test_a_word_segmented_original_is_compared_syllable_by_syllable():
    """NLP corpora join a word's syllables with "_": a run copied from one is still five syllables."""
    original = [
        {"text": "Ủy_ban nhân_dân huyện đã tổ_chức 12 hội_nghị quán_triệt .", "label": "results"},
        {"text": "Thời_gian tới cần tăng_cường kiểm_tra .", "label": "solutions"},
    ]
    copied = [
        {"text": "Huyện đã tổ chức 12 hội nghị quán triệt cho cán bộ.", "label": "results"},
        {"text": "Sắp tới phải đẩy mạnh việc giám sát.", "label": "solutions"},
    ]
    result = check_rewrite(original, copied)
    assert "paragraph 0: 'đã tổ chức 12 hội'" in result.copied_runs and not result.ok
    fresh = [dict(copied[0], text="Trong kỳ, địa phương mở 9 lớp phổ biến cho đảng viên."), copied[1]]
    assert check_rewrite(original, fresh).ok
    # identifiers in an ordinary text stay one token each
    assert syllables("biến gas_value_max") == ["biến", "gas_value_max"]


def test_official_names_are_exempt():
    original = [
        {
            "text": "Quán triệt Nghị quyết về tăng cường bảo vệ nền tảng tư tưởng của Đảng đến chi bộ.",
            "label": "results",
        }
    ]
    rewrite = [
        {
            "text": "Phổ biến văn kiện về tăng cường bảo vệ nền tảng tư tưởng của Đảng tới các tổ đảng.",
            "label": "results",
        }
    ]
    assert check_rewrite(original, rewrite).ok


@pytest.mark.parametrize(
    "index, change, problem",
    [
        (1, {"label": "other"}, "label 'other'"),
        (2, {"mixed": True}, "'mixed'"),
        (1, {"text": "1. Đã mở 38 buổi học."}, "characters"),
        (
            3,
            {"text": "+ Thời gian tới cần tăng cường thông tin qua mạng xã hội, trang điện tử địa phương."},
            "enumeration marker",
        ),
        (0, {"text": "I. Những việc đã làm được"}, "upper case"),
    ],
)
def test_shape_problems_are_named(index, change, problem):
    changed = [dict(r) for r in REWRITE]
    changed[index] = {**changed[index], **change}
    result = check_rewrite(ORIGINAL, changed)
    assert any(problem in p and f"paragraph {index}" in p for p in result.problems), result.problems


def test_paragraph_count_must_match():
    assert "3 paragraphs, the original has 4" in check_rewrite(ORIGINAL, REWRITE[:3]).problems[0]


def test_markers_and_syllables():
    rules = load_rules()
    assert marker_kind("Một là, nâng cao nhận thức", rules) == "ordinal-word"
    assert marker_kind("a) Về tuyên truyền", rules) == "letter"
    assert marker_kind("IV. PHƯƠNG HƯỚNG", rules) == "roman"
    assert marker_kind("Huyện đã làm", rules) is None
    assert syllables("Nghị quyết 35-NQ/TW") == ["nghị", "quyết", "35", "nq", "tw"]


def test_exclusion_list_hashes(tmp_path):
    para = "Ban Thường vụ Huyện ủy đã chỉ đạo tổ chức 12 hội nghị chuyên đề trong năm."
    path = tmp_path / "exclude.txt"
    path.write_text(
        "# comment\n"
        f"url {url_hash('www.example.vn/a/b.html')}\n"
        f"repo {repo_hash('owner/name')}\n"
        f"para {para_hash(para)}\n",
        encoding="utf-8",
    )
    exclusions = ExclusionList.read(path)
    assert exclusions.matches(url="https://www.example.vn/a/b.html/") == ["url https://www.example.vn/a/b.html/"]
    assert exclusions.matches(repo="Owner/Name")
    # A paragraph matches after NFC, white-space folding and lower case.
    assert exclusions.matches(paragraphs=["ok", "  " + para.upper().replace(" ", "   ") + " "])
    assert not exclusions.matches(url="www.example.vn/a", repo="owner/other", paragraphs=[para + "!"])
    assert para_hash("ngắn") is None
    path.write_text("url nothex\n", encoding="utf-8")
    with pytest.raises(DataError, match="exclude.txt:1"):
        ExclusionList.read(path)


def _exclusions(repo):
    path = repo / EXCLUDE
    if not path.exists():
        pytest.skip("../shared/holdout-exclude.txt is not beside the repository")
    return ExclusionList.read(path)


@pytest.mark.slow
def test_no_held_out_paragraph_in_data(repo):
    exclusions = _exclusions(repo)
    assert len(exclusions) > 0
    hits = []
    for doc in load_data(repo / "data"):
        hits += [f"{doc.doc}: {h}" for h in exclusions.matches(paragraphs=doc.texts)]
    assert not hits, hits[:10]


def test_no_held_out_address_in_the_manifests(repo):
    exclusions = _exclusions(repo)
    for manifest in (repo / "data").rglob("MANIFEST.tsv"):
        with open(manifest, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                address = row.get("address", "")
                assert not exclusions.matches(url=address, repo=repo_of(address)), (manifest, row["doc"])


def test_real_rewritten_manifest_lists_every_document_and_its_checks(repo):
    folder = repo / "data" / "real_rewritten"
    docs = {d.doc: d for d in load_data(folder)} if any(folder.glob("*.jsonl")) else {}
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        assert tuple(reader.fieldnames or ()) == MANIFEST_COLUMNS
        rows = list(reader)
    assert {r["doc"] for r in rows} == set(docs)
    for r in rows:
        assert int(r["paragraphs"]) == len(docs[r["doc"]].records)
        assert r["copy_check"].startswith("pass"), r["doc"]
        assert all(r[k].strip() for k in ("genre", "sector", "level", "format", "address")), r["doc"]
    assert all(d.source == "real-rewritten" for d in docs.values())


def _cached_document(corpus, cache, doc, address):
    """A rewrite in ``corpus`` and its original and meta.json in ``cache`` (ORIGINAL and REWRITE)."""
    (cache / doc).mkdir(parents=True)
    meta = {"address": address, "genre": "report", "sector": "health", "level": "district", "format": "docx"}
    (cache / doc / "meta.json").write_text(json.dumps({**meta, "notes": "whole document"}), encoding="utf-8")
    (cache / doc / "original.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ORIGINAL), encoding="utf-8"
    )
    rows = [
        {"doc": doc, "idx": i, "source": "real-rewritten", "mixed": False, "sentences": None, **r}
        for i, r in enumerate(REWRITE)
    ]
    (corpus / f"{doc}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def test_build_manifest_from_a_cache(tmp_path):
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    _cached_document(corpus, cache, "d1", "https://www.example.vn/x")
    exclusions = ExclusionList({"url": frozenset({url_hash("www.example.vn/x")})})
    built, problems = build_manifest(corpus, cache, exclusions)
    assert [r.doc for r in built] == ["d1"] and built[0].copy_check.startswith("pass")
    assert problems == ["d1: held out: url https://www.example.vn/x"]
    assert (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").startswith("doc\tparagraphs\tgenre")


def test_a_partial_cache_rebuilds_its_rows_and_keeps_the_others(tmp_path, capsys):
    """On a machine with part of the cache, the documents it holds are checked again and the others keep their rows."""
    from nq35cls.corpus import main

    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    _cached_document(corpus, cache, "d1", "https://www.example.vn/old")
    _cached_document(corpus, cache, "d2", "github:someone/reports:a.docx@" + "0" * 40)
    built, problems = build_manifest(corpus, cache)
    assert problems == [] and [r.doc for r in built] == ["d1", "d2"]
    before = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8")
    # the first document's original is no longer on this machine; a third one is new
    for name in ("meta.json", "original.jsonl"):
        (cache / "d1" / name).unlink()
    (cache / "d1").rmdir()
    with pytest.raises(DataError, match="no usable original"):
        build_manifest(corpus, cache)  # by default every document needs its original
    _cached_document(corpus, cache, "d3", "https://www.example.vn/new")
    built, problems = build_manifest(corpus, cache, keep_uncached=True)
    assert problems == [] and [r.doc for r in built] == ["d1", "d2", "d3"]
    after = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8")
    assert after.startswith(before)  # d1 and d2 as they were
    assert built[2].address == "https://www.example.vn/new" and built[2].copy_check.startswith("pass")
    # a kept row is still checked against the held-out list, by its address
    exclusions = ExclusionList({"url": frozenset({url_hash("www.example.vn/old")})})
    _, problems = build_manifest(corpus, cache, exclusions, keep_uncached=True)
    assert problems == ["d1: held out: url https://www.example.vn/old"]
    # a rewrite that no longer matches its kept row, or without a row to keep, is an error naming it
    (corpus / "d1.jsonl").write_text(
        (corpus / "d1.jsonl").read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8"
    )
    with pytest.raises(DataError, match="3 paragraphs, the manifest's row says 4"):
        build_manifest(corpus, cache, keep_uncached=True)
    (corpus / "MANIFEST.tsv").write_text(after.replace("d1\t4", "d1\tfour"), encoding="utf-8")
    assert main(["--corpus", str(corpus), "--cache", str(cache), "--keep-uncached", "--exclude", "none"]) == 1
    err = capsys.readouterr().err
    assert "MANIFEST.tsv" in err and "'four', not a count" in err and "Traceback" not in err
    (corpus / "MANIFEST.tsv").unlink()
    assert main(["--corpus", str(corpus), "--cache", str(cache), "--keep-uncached", "--exclude", "none"]) == 1
    err = capsys.readouterr().err
    assert "d1.jsonl: no original in the cache and no row in the manifest to keep" in err and "Traceback" not in err


def test_adjudication_relabels_original_and_rewrite_and_keeps_the_first_labeling(tmp_path):
    from nq35cls.corpus import agreement, apply_adjudications

    corpus, folder = tmp_path / "corpus", tmp_path / "cache" / "d1"
    corpus.mkdir()
    folder.mkdir(parents=True)

    def dump(path, rows):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")

    dump(folder / "original.jsonl", [{"idx": i, **r} for i, r in enumerate(ORIGINAL)])
    (folder / "meta.json").write_text(json.dumps({"genre": "report"}), encoding="utf-8")
    dump(
        corpus / "d1.jsonl",
        [{"doc": "d1", "idx": i, "source": "real-rewritten", "mixed": False, **r} for i, r in enumerate(REWRITE)],
    )
    second = ["results", "results", "results", "solutions"]  # disagrees on paragraph 2
    dump(folder / "second.jsonl", [{"idx": i, "label": lab} for i, lab in enumerate(second)])
    dump(folder / "adjudicated.jsonl", [{"idx": 2, "label": "results", "reason": "test"}])
    assert apply_adjudications(corpus, tmp_path / "cache") == 1
    assert apply_adjudications(corpus, tmp_path / "cache") == 0  # idempotent

    def labels(path):
        return [json.loads(x)["label"] for x in path.read_text(encoding="utf-8").splitlines()]

    assert labels(corpus / "d1.jsonl")[2] == "results"
    assert labels(folder / "original.jsonl")[2] == "results"
    assert labels(folder / "first.jsonl")[2] == "limitations"
    # agreement is measured against the first labeling, before adjudication
    rows = agreement(corpus, tmp_path / "cache")
    assert [(r.group, r.paragraphs, r.agreed) for r in rows] == [("report", 4, 3), ("all", 4, 3)]
    assert agreement(corpus, tmp_path / "cache", docs="d[0-9]") == rows
    assert agreement(corpus, tmp_path / "cache", docs="x*") == []  # a sample by document id
    # and so is the manifest's count
    built, _ = build_manifest(corpus, tmp_path / "cache")
    assert built[0].second_labeling == "yes (3/4 agree before adjudication)"


def _reworded_corpus(tmp_path, second_rows):
    """A corpus of one rewrite (REWRITE's labels), its manifest, and ``SECOND_LABELING.tsv`` with ``second_rows``."""
    from nq35cls.corpus import SECOND_COLUMNS, ManifestRow, write_manifest

    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    records = [
        {"doc": "d1", "idx": i, "source": "real-rewritten", "mixed": False, "sentences": None, **r}
        for i, r in enumerate(REWRITE)
    ]
    (corpus / "d1.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    row = ManifestRow("d1", 4, "report", "health", "district", "web", "https://example.vn/x", "", "pass", "no")
    write_manifest(corpus / "MANIFEST.tsv", [row])
    lines = ["\t".join(SECOND_COLUMNS)] + ["\t".join(map(str, r)) for r in second_rows]
    (corpus / "SECOND_LABELING.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def _labels_of(path):
    return [json.loads(x)["label"] for x in path.read_text(encoding="utf-8").splitlines()]


def test_a_second_labeling_of_the_committed_wording_is_measured_decided_and_marked(tmp_path, capsys):
    from nq35cls.corpus import apply_decisions, main, mark_reworded, read_second_labelings, rewording_agreement

    first = [r["label"] for r in REWRITE]  # results, results, limitations, solutions
    rows = [("d1", i, lab, lab, "") for i, lab in enumerate(first)]
    rows[2] = ("d1", 2, "limitations", "results", "results")  # disagree; decided for the second
    corpus = _reworded_corpus(tmp_path, rows)
    assert [r.second for r in read_second_labelings(corpus)["d1"]] == ["results", "results", "results", "solutions"]
    # measured against the labels before the decision, per genre of the manifest
    agreement = rewording_agreement(corpus)
    assert [(a.group, a.documents, a.paragraphs, a.agreed) for a in agreement] == [
        ("report", 1, 4, 3),
        ("all", 1, 4, 3),
    ]
    assert 0 < agreement[0].kappa < 1
    assert rewording_agreement(corpus, docs="x*") == []
    # the decision goes to the rewrite, once
    assert apply_decisions(corpus) == 1
    assert _labels_of(corpus / "d1.jsonl") == ["results", "results", "results", "solutions"]
    assert apply_decisions(corpus) == 0
    assert rewording_agreement(corpus) == agreement  # still the labels before the decision
    # the manifest says so, the same words whether marked without the cache or rebuilt from it
    assert mark_reworded(corpus) == 1 and mark_reworded(corpus) == 0
    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        marked = next(csv.DictReader(fh, delimiter="\t"))["second_labeling"]
    assert marked == "yes, of the rewritten wording (3/4 agree before adjudication)"
    cache = tmp_path / "cache" / "d1"
    cache.mkdir(parents=True)
    (cache / "meta.json").write_text(json.dumps({"genre": "report"}), encoding="utf-8")
    (cache / "original.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ORIGINAL), encoding="utf-8"
    )
    built, _ = build_manifest(corpus, tmp_path / "cache")
    assert built[0].second_labeling == marked
    # the command line, without the cache
    assert main(["--corpus", str(corpus), "--reworded"]) == 0
    out = capsys.readouterr().out
    assert "0 labels changed by decision, 0 manifest rows marked" in out and "| report | 1 | 4 | 0.750 |" in out


@pytest.mark.parametrize(
    "rows, problem",
    [
        ([("d1", 0, "results", "result", "")], "tsv:2: unknown label"),
        ([("d1", 0, "results", "other", "")], "tsv:2: a decision is given exactly where"),
        ([("d1", 0, "results", "results", "other")], "tsv:2: a decision is given exactly where"),
        ([("d1", 0, "results", "results", ""), ("d1", 2, "results", "results", "")], "tsv:3: paragraph .2. of d1"),
    ],
)
def test_a_bad_second_labeling_row_is_named(tmp_path, capsys, rows, problem):
    from nq35cls.corpus import main, read_second_labelings

    corpus = _reworded_corpus(tmp_path, rows)
    with pytest.raises(DataError, match=problem):
        read_second_labelings(corpus)
    assert main(["--corpus", str(corpus), "--reworded"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "SECOND_LABELING.tsv" in err and "Traceback" not in err


def test_decisions_that_do_not_match_the_rewrite_change_nothing(tmp_path):
    from nq35cls.corpus import apply_decisions

    first = [r["label"] for r in REWRITE]
    short = _reworded_corpus(tmp_path / "a", [("d1", i, lab, lab, "") for i, lab in enumerate(first[:3])])
    with pytest.raises(DataError, match="3 rows in SECOND_LABELING.tsv for 4 paragraphs"):
        apply_decisions(short)
    rows = [("d1", i, lab, lab, "") for i, lab in enumerate(first)]
    rows[3] = ("d1", 3, "other", "results", "results")  # the data says solutions: neither
    other = _reworded_corpus(tmp_path / "b", rows)
    with pytest.raises(DataError, match="neither the first nor the decision"):
        apply_decisions(other)
    assert _labels_of(other / "d1.jsonl") == first


def test_the_committed_second_labelings_are_applied_and_marked(repo):
    from nq35cls.corpus import read_second_labelings

    folder = repo / "data" / "real_rewritten"
    second = read_second_labelings(folder)
    if not second:
        pytest.skip("no second labeling of the committed wording")
    docs = {d.doc: d for d in load_data(folder)}
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        notes = {r["doc"]: r["second_labeling"] for r in csv.DictReader(fh, delimiter="\t")}
    for doc, rows in second.items():
        assert [r.decided or r.first for r in rows] == list(docs[doc].labels), doc
        assert notes[doc].startswith("yes, of the rewritten wording"), doc
