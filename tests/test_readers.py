import codecs
import unicodedata

import pytest

from nq35cls.errors import InputError
from nq35cls.readers import read
from nq35cls.readers.txt import decode, repair_mojibake

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
    mangled = "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in TEXT.encode("utf-8"))
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


@pytest.mark.parametrize("magic, word", [(b"PK\x03\x04", "ZIP"), (b"%PDF-1.7", "PDF"), (b"\xd0\xcf\x11\xe0", "Word 97")])
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
