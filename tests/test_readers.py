import codecs
import unicodedata

import pytest

from nq35cls.errors import InputError
from nq35cls.readers import read
from nq35cls.readers.txt import decode, repair_mojibake

FIXTURES = __import__("pathlib").Path(__file__).resolve().parent / "fixtures"

TEXT = "Kết quả thực hiện Nghị quyết\nHạn chế: còn chậm đổi mới.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM, native order
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data, encoding):
    text, found = decode(data)
    assert text == TEXT
    assert found == encoding


def _encode_cp1258(text):
    """Encode as Windows does: base letters precomposed, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tone).encode("cp1258")
    return out


def test_windows_1258_is_detected_and_decoded():
    data = _encode_cp1258(TEXT)
    text, found = decode(data)
    assert found == "cp1258"
    assert unicodedata.normalize("NFC", text) == TEXT


def test_cp1252_mojibake_is_repaired():
    mangled = TEXT.encode("utf-8").decode("cp1252", errors="replace")
    # build it the way a real round trip does: bytes read as cp1252, then saved as UTF-8
    mangled = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in TEXT.encode("utf-8")
    )
    assert "áº" in mangled or "á»" in mangled
    text, found = decode(mangled.encode("utf-8"))
    assert text == TEXT
    assert "repaired" in found


def test_plain_utf8_is_not_taken_for_mojibake():
    assert repair_mojibake(TEXT) is None


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\t\r\n ", "only whitespace"),
        (b"\x00\x01\x02binary\x00\xff" * 20, "binary"),
        (bytes([0x81, 0x8A, 0x8D, 0x8E, 0x90, 0x9A, 0x9D, 0x9E]) * 4, "not valid"),
    ],
)
def test_bad_bytes_are_refused_with_the_file_named(data, problem):
    with pytest.raises(InputError) as err:
        decode(data, "report.txt")
    assert "report.txt" in str(err.value)
    assert problem in str(err.value)


def test_read_names_the_file(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text(TEXT, encoding="utf-8")
    assert read(good).text == TEXT
    with pytest.raises(InputError, match="missing.txt: no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read(tmp_path)


@pytest.mark.parametrize(
    "magic, word", [(b"PK\x03\x04", "ZIP"), (b"%PDF-1.7", "PDF"), (b"\xd0\xcf\x11\xe0", "Word 97")]
)
def test_other_formats_are_refused_by_content_not_extension(tmp_path, magic, word):
    path = tmp_path / "report.txt"
    path.write_bytes(magic + b"\x00" * 64)
    with pytest.raises(InputError, match=word):
        read(path)


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 100, encoding="utf-8")
    with pytest.raises(InputError, match="over the limit"):
        read(path, max_bytes=100)
    assert read(path, max_bytes=10_000).text == TEXT * 100


def test_dangling_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="gone.txt"):
        read(link)


def test_docx_footnotes_text_boxes_tracked_changes_and_nfc(tmp_path):
    """Footnotes and endnotes follow the paragraph or row that cites them, with no mark glued
    into the word; a text box's paragraphs follow their anchor (once, not again from the VML
    fallback); insertions are read, deletions not; text is NFC."""
    import unicodedata

    import hostile_files as h

    from nq35cls.readers import read

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = "<w:txbxContent><w:p><w:r><w:t>Chú thích trong khung</w:t></w:r></w:p></w:txbxContent>"
    nfd = unicodedata.normalize("NFD", "Kết quả đạt được")
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {w} {mc}><w:body>'
        f"<w:p><w:r><w:t>{nfd}</w:t></w:r></w:p>"
        '<w:p><w:r><w:t>Đã tổ chức 12 hội nghị</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
        '<w:r><w:t xml:space="preserve"> quán triệt</w:t></w:r>'
        '<w:ins w:id="9" w:author="A"><w:r><w:t xml:space="preserve"> cho cán bộ</w:t></w:r></w:ins>'
        '<w:del w:id="10" w:author="A"><w:r><w:delText> đã xoá</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>'
        f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Đoạn có khung.</w:t></w:r></w:p>"
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Chỉ tiêu</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p></w:tc>'
        "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>Hết.</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    notes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:t>Theo Kế hoạch số 15-KH/HU.</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()
    endnotes = f'<?xml version="1.0" encoding="UTF-8"?><w:endnotes {w}><w:endnote w:id="1"><w:p><w:r><w:t>Số liệu đến tháng 6.</w:t></w:r></w:p></w:endnote></w:endnotes>'.encode()
    path = h.write_docx(tmp_path / "notes.docx", body, {"word/footnotes.xml": notes, "word/endnotes.xml": endnotes})
    text = read(path)
    assert text.text.splitlines() == [
        "Kết quả đạt được",
        "Đã tổ chức 12 hội nghị quán triệt cho cán bộ.",
        "Theo Kế hoạch số 15-KH/HU.",
        "Đoạn có khung.",
        "Chú thích trong khung",
        "Chỉ tiêu | 12",
        "Số liệu đến tháng 6.",
        "Hết.",
    ]
    assert text.text.splitlines()[0] == unicodedata.normalize("NFC", nfd)
    assert (
        text.locations[2] == "footnote 2"
        and text.locations[4] == "text box in paragraph 3"
        and text.locations[6] == "endnote 1"
    )


@pytest.mark.parametrize("name", ["report.doc", "report.rtf"])
def test_word97_and_rtf_files_are_read(name):
    """Made by tests/fixtures/make_office.py: paragraphs in order, a table row as one block."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from make_office import EXPECTED

    text = read(FIXTURES / name)
    assert text.format == name.rsplit(".", 1)[1]
    assert text.text.splitlines() == EXPECTED
    assert text.locations[3].startswith("table 1, row 1" if name.endswith(".doc") else "paragraph")


def test_a_doc_that_is_not_a_word_document_or_is_damaged_is_named(tmp_path):
    import olefile  # noqa: F401 - the .doc reader's library is installed with the test extras

    data = (FIXTURES / "report.doc").read_bytes()
    path = tmp_path / "cut.doc"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match=r"cut.doc: damaged Word 97 \(.doc\) file"):
        read(path)


def _without_modules(monkeypatch, names):
    import builtins

    real_import = builtins.__import__

    def without(name, *args, **kwargs):
        if name in names:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without)


def test_missing_extras_are_named(tmp_path, monkeypatch):
    import builtins

    from nq35cls.readers import libreoffice

    monkeypatch.setattr(libreoffice, "program", lambda: None)  # no LibreOffice to fall back on either
    real_import = builtins.__import__

    def without(name, *args, **kwargs):
        if name in ("olefile", "striprtf.striprtf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without)
    with pytest.raises(InputError, match=r'pip install "nq35cls\[doc\]".*or install LibreOffice'):
        read(FIXTURES / "report.doc")
    with pytest.raises(InputError, match=r'pip install "nq35cls\[rtf\]"'):
        read(FIXTURES / "report.rtf")


@pytest.mark.skipif(
    not __import__("nq35cls.readers.libreoffice").readers.libreoffice.program(), reason="needs LibreOffice"
)
def test_a_doc_this_reader_cannot_read_goes_through_libreoffice(monkeypatch):
    """Without olefile (or for a Word 6/95 file) LibreOffice converts the file, and a warning says so."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    from make_office import EXPECTED

    _without_modules(monkeypatch, ("olefile",))
    text = read(FIXTURES / "report.doc")
    assert text.format == "doc" and text.text.splitlines() == EXPECTED
    assert any("read through LibreOffice" in w for w in text.warnings)


def test_a_damaged_doc_is_not_sent_to_libreoffice(tmp_path, monkeypatch):
    from nq35cls.readers import libreoffice

    def refuse(*args):
        raise AssertionError("a damaged file must not be converted")

    monkeypatch.setattr(libreoffice, "to_docx", refuse)
    data = (FIXTURES / "report.doc").read_bytes()
    path = tmp_path / "cut.doc"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="damaged"):
        read(path)
