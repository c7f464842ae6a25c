"""Property tests (hypothesis): readers, segmenter and labeling on arbitrary input."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nq35cls.errors import InputError
from nq35cls.labeling import LabeledReport, label_text
from nq35cls.options import Options
from nq35cls.readers import read
from nq35cls.readers.txt import decode
from nq35cls.segment import split_paragraphs, split_sentences
from nq35cls.writers import open_writer

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐẮỀ"
text_strategy = st.text(
    alphabet=st.one_of(st.sampled_from(VIETNAMESE + ' .,:;!?…\n\r\t\u2028\u00a0"“”-0123456789'), st.characters()),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_raises_only_input_error(data):
    try:
        text, encoding = decode(data, "x.txt")
    except InputError as err:
        assert str(err).startswith("x.txt: ")
    else:
        assert isinstance(text, str) and text.strip()


# Starts of the formats the readers sniff, so that arbitrary bytes reach every reader.
PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF-1.4\n",
    b"<!DOCTYPE html><html><body>",
    b"\xd0\xcf\x11\xe0",
    b"\xef\xbb\xbf",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PREFIXES), st.binary(max_size=2000))
def test_read_raises_only_input_error_naming_the_file(tmp_path, prefix, data):
    path = tmp_path / "x.bin"
    path.write_bytes(prefix + data)
    try:
        text = read(path)
    except InputError as err:
        assert str(err).startswith(f"{path}: ")
    else:
        assert text.text.strip()
        if text.locations is not None:
            assert len(text.locations) == len(split_paragraphs(text.text))


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_paragraph_offsets_point_back_to_their_text(text):
    paragraphs = split_paragraphs(text)
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))
    for p in paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.text and p.text == p.text.strip()
        for a, b in split_sentences(p.text):
            assert 0 <= a < b <= len(p.text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text_strategy)
def test_labeling_is_deterministic_and_jsonl_parses(small_model, text):
    first = label_text(text, small_model, Options(keep_boilerplate=True))
    assert first == label_text(text, small_model, Options(keep_boilerplate=True))
    assert len(first) == len(split_paragraphs(text))
    plain = label_text(text, small_model)
    stream = io.StringIO()
    writer = open_writer("jsonl", stream)
    writer.write(LabeledReport("r.txt", "utf-8", tuple(plain)))
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(records) == sum(1 for p in first if p.label != "boilerplate")
    assert [r["text"] for r in records] == [p.text for p in plain]
