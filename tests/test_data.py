import json

import pytest

from nq35cls.data import Record, load_data, read_records, write_records
from nq35cls.errors import DataError

GOOD = {"doc": "d1", "idx": 0, "text": "Kết quả đạt được.", "label": "results", "source": "authored", "mixed": False}


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_round_trip(tmp_path):
    recs = [
        Record("d1", 0, "Tiêu đề", "other", "real"),
        Record(
            "d1",
            1,
            "Đã làm. Còn chậm.",
            "results",
            "real",
            True,
            (("Đã làm.", "results"), ("Còn chậm.", "limitations")),
        ),
    ]
    write_records(tmp_path / "d1.jsonl", recs)
    assert read_records(tmp_path / "d1.jsonl") == recs
    docs = load_data(tmp_path)
    assert [d.doc for d in docs] == ["d1"] and docs[0].labels == ["other", "results"]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"label": "ketqua"}, "unknown label 'ketqua'"),
        ({"source": "web"}, "unknown source"),
        ({"idx": -1}, "'idx'"),
        ({"text": "a\nb"}, "line break"),
        ({"text": "   "}, "non-empty"),
        ({"mixed": "no"}, "'mixed'"),
        ({"extra": 1}, "unknown field"),
        ({"mixed": True, "sentences": [["không có trong đoạn", "results"]]}, "sentence not found"),
    ],
)
def test_invalid_record_names_file_and_line(tmp_path, change, message):
    path = _write(tmp_path / "bad.jsonl", [GOOD, {**GOOD, "idx": 1, **change}])
    with pytest.raises(DataError) as err:
        read_records(path)
    assert f"{path}:2" in str(err.value)
    assert message in str(err.value)


def test_missing_field_and_bad_json(tmp_path):
    row = dict(GOOD)
    del row["label"]
    with pytest.raises(DataError, match=r"bad.jsonl:1: missing field\(s\): label"):
        read_records(_write(tmp_path / "bad.jsonl", [row]))
    (tmp_path / "bad.jsonl").write_text('{"doc": \n', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.jsonl:1: not valid JSON"):
        read_records(tmp_path / "bad.jsonl")


def test_duplicate_idx_and_empty_folder(tmp_path):
    _write(tmp_path / "a.jsonl", [GOOD, GOOD])
    with pytest.raises(DataError, match="two paragraphs with idx 0"):
        load_data(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match="no \\*.jsonl"):
        load_data(empty)


def test_repository_data_is_valid(repo):
    docs = load_data(repo / "data")
    sources = {d.source for d in docs}
    assert "real" in sources
    real = [d for d in docs if d.source == "real"]
    assert len(real) == 3


def test_authored_manifest_lists_every_authored_document(repo):
    import csv

    from nq35cls.data import load_data

    with open(repo / "data" / "authored" / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    docs = {d.doc: d for d in load_data(repo / "data" / "authored")}
    assert {r["doc"] for r in rows} == set(docs)
    for r in rows:
        assert int(r["paragraphs"]) == len(docs[r["doc"]].records)
        assert all(r[k].strip() for k in ("sector", "level", "genre", "layout"))
    assert all(d.source == "authored" for d in docs.values())


def test_real_rewritten_is_a_source_of_its_own(tmp_path):
    row = {**GOOD, "source": "real-rewritten"}
    assert read_records(_write(tmp_path / "r.jsonl", [row]))[0].source == "real-rewritten"
    _write(tmp_path / "mix.jsonl", [row, {**GOOD, "idx": 1, "source": "real"}])
    with pytest.raises(DataError, match="mixes sources"):
        load_data(tmp_path / "mix.jsonl")


def test_manifests_give_facts_by_document(repo):
    from nq35cls.data import load_manifests

    facts = load_manifests(repo / "data")
    assert facts["002_efad35979b3fc3cf"]["genre"] == "page"
    assert all(doc in facts for doc in (d.doc for d in load_data(repo / "data" / "real")))


def test_originals_are_read_from_a_local_cache_only_where_they_line_up(tmp_path, real_docs):
    """load_originals: an original as long as its document is taken; short, broken or missing ones are not."""
    import json

    from nq35cls.data import LabeledDocument, Record, load_originals

    whole, short, broken = real_docs
    authored = LabeledDocument("x", "authored", (Record("x", 0, "Một đoạn.", "other", "authored"),))
    cache = tmp_path / "cache"

    def write(doc, lines):
        (cache / doc).mkdir(parents=True)
        (cache / doc / "original.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")

    originals = [f"Bản gốc: {t}" for t in whole.texts]
    write(whole.doc, [json.dumps({"idx": i, "text": t}, ensure_ascii=False) for i, t in enumerate(originals)])
    write(short.doc, [json.dumps({"idx": i, "text": t}) for i, t in enumerate(short.texts[:-1])])
    write(broken.doc, ["{not json"])
    write("x", [json.dumps({"idx": 0, "text": "Một đoạn gốc."})])  # not real-anchored: never scored

    assert load_originals(cache, [*real_docs, authored]) == {whole.doc: tuple(originals)}
    assert load_originals(tmp_path / "no-such-folder", real_docs) == {}
