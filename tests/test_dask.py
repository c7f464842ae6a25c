"""The Dask backend, against a LocalCluster started here."""

import pytest

distributed = pytest.importorskip("distributed", reason='needs the extra: pip install "nq35cls[dask]"')

from nq35cls.batch import label_files  # noqa: E402
from nq35cls.labeling import LabeledReport  # noqa: E402


@pytest.mark.slow
def test_dask_cluster_labels_like_one_process(tmp_path, real_docs, small_model_file):
    paths = []
    for doc in real_docs:
        path = tmp_path / f"{doc.doc}.txt"
        path.write_text("\n".join(doc.texts), encoding="utf-8")
        paths.append(path)
    paths.append(tmp_path / "missing.txt")
    local = list(label_files(paths, model_path=small_model_file, chunk_size=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = list(
            label_files(
                paths,
                model_path=small_model_file,
                chunk_size=1,
                backend="dask",
                scheduler=cluster.scheduler_address,
                n_jobs=2,
            )
        )
    assert [p for p, _ in remote] == [str(p) for p in paths]
    for (_, a), (_, b) in zip(local, remote):
        assert type(a) is type(b)
        if isinstance(a, LabeledReport):
            assert [(p.index, p.label) for p in a.paragraphs] == [(p.index, p.label) for p in b.paragraphs]
    assert "missing.txt: no such file" in str(remote[-1][1])
