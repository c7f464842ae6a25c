"""Plain-text reports: find the encoding, decode, and repair mojibake.

Handled: UTF-8 with or without BOM, UTF-16/UTF-32 with BOM, Windows-1258
(the Vietnamese Windows code page), UTF-8 text that was once decoded as
Windows-1252 and saved again ("Káº¿t quáº£" for "Kết quả"), which is repaired,
and text typed in the legacy TCVN3 (ABC) or VNI fonts ("KÕt qu¶",
"Keát quaû"), raw or saved again as UTF-8, which is converted
(:mod:`nq35cls.readers.legacy`). Anything else is refused with an
:class:`~nq35cls.errors.InputError`.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata

from ..errors import InputError
from . import legacy

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters that only Vietnamese uses among Latin scripts (base letters and the
# precomposed tone-marked vowels); their share tells a right decoding from a
# wrong one.
_VIET_BASE = set("ăâđêôơưĂÂĐÊÔƠƯ")
# Sequences that UTF-8 Vietnamese shows when read as Windows-1252.
_MOJIBAKE_MARKERS: tuple[str, ...] = ("áº", "á»", "Æ°", "Ä‘", "Ã¡", "Ã ", "Ã´", "Ãª", "Ã¢", "Ä\x90", "Æ¡")


def viet_score(text: str) -> float:
    """Share of letters that are Vietnamese-specific (tone-marked or base)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    viet = 0
    for c in letters:
        if c in _VIET_BASE:
            viet += 1
            continue
        decomposed = unicodedata.normalize("NFD", c)
        if len(decomposed) > 1 and decomposed[0].isascii():
            viet += 1
    return viet / len(letters)


def _mojibake_count(text: str) -> int:
    return sum(text.count(m) for m in _MOJIBAKE_MARKERS)


def _encode_cp1252_lenient(text: str) -> bytes | None:
    """Re-encode text that was decoded as cp1252, keeping C1 bytes as-is."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                return None
    return bytes(out)


def repair_mojibake(text: str) -> str | None:
    """Undo a UTF-8 -> cp1252 -> UTF-8 round trip, or return None if it is not one."""
    if _mojibake_count(text) < 2:
        return None
    raw = _encode_cp1252_lenient(text)
    if raw is None:
        return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _mojibake_count(fixed) < _mojibake_count(text) and viet_score(fixed) > viet_score(text):
        return fixed
    return None


#: Encodings that :func:`decode` converted rather than just decoded, with
#: the warning the user gets: the text may hold conversion errors.
CONVERTED: dict[str, str] = {
    f"{key} (converted)": f"text in the legacy {name} font encoding was converted to Unicode; check the result"
    for key, name in legacy.ENCODING_NAMES.items()
}


#: A UTF-8 file with a few invalid bytes (damaged, or one line pasted from
#: another encoding) is read with those bytes replaced by U+FFFD, when its
#: valid non-ASCII characters outnumber the invalid sequences this many
#: times (a file in another encoding has hardly any valid UTF-8 sequence).
MIN_VALID_PER_INVALID_UTF8 = 10
DAMAGED_UTF8 = "utf-8 (invalid bytes replaced)"

#: The warning the user gets for each encoding that :func:`decode` did not just decode.
WARNINGS: dict[str, str] = CONVERTED | {
    DAMAGED_UTF8: "some bytes are not valid UTF-8 (a damaged file, or text pasted from another encoding): they are shown as \ufffd",
}


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid sequences replaced, or None if they are not few."""
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid = sum(1 for c in text if ord(c) > 127) - invalid
    return text if valid >= MIN_VALID_PER_INVALID_UTF8 * invalid else None


def _legacy(text: str) -> tuple[str, str] | None:
    found = legacy.convert(text)
    return (found[0], f"{found[1]} (converted)") if found else None


_UNDEFINED_CP1252 = re.compile(rb"([\x81\x8d\x8f\x90\x9d]+)")


def _decode_western(data: bytes) -> str:
    """Bytes as Windows-1252 characters, the five bytes it leaves undefined as Latin-1."""
    return "".join(
        chunk.decode("cp1252") if i % 2 == 0 else chunk.decode("latin-1")
        for i, chunk in enumerate(_UNDEFINED_CP1252.split(data))
    )


# Bytes that are not control characters (tab, line feed, form feed and carriage return count as text).
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\x0c\r"


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, path: str | os.PathLike = "<bytes>", *, declared: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text report.

    Parameters
    ----------
    data : bytes
        The file's content.
    path : str or os.PathLike
        Used in error messages only.
    declared : str, optional
        The encoding the file declares (a web page's ``<meta charset>``): the
        bytes are decoded with it when they are none of the encodings above
        (a page in ISO-8859-1 whose Vietnamese letters are character
        references is plain ASCII, decoded as UTF-8 already).

    Returns
    -------
    text : str
        The decoded text (not yet normalized; offsets refer to it).
    encoding : str
        What was detected: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``,
        ``cp1258``, ``utf-8 (repaired from cp1252 mojibake)``,
        :data:`DAMAGED_UTF8`, or one of the legacy encodings of
        :data:`CONVERTED`; :data:`WARNINGS` has what to tell the user of the
        last three.

    Raises
    ------
    InputError
        If the bytes are empty, binary, or not Vietnamese text in a supported encoding.
    """
    if not data:
        raise InputError(path, "empty file")
    text, encoding = _decode(data, path, declared)
    if not text.strip():
        raise InputError(path, "file holds only whitespace")
    return text, encoding


def _decode(data: bytes, path: str | os.PathLike, declared: str | None = None) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {enc.upper()} text after its byte-order mark ({exc.reason})") from None
    if _looks_binary(data):
        raise InputError(path, "binary file, not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        fixed = repair_mojibake(text)
        if fixed is not None:
            return fixed, "utf-8 (repaired from cp1252 mojibake)"
        return _legacy(text) or (text, "utf-8")
    mostly = _mostly_utf8(data)
    if mostly is not None and viet_score(unicodedata.normalize("NFC", mostly)) >= 0.05:
        return mostly, DAMAGED_UTF8
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    converted = _legacy(_decode_western(data))
    if converted and (not text or legacy.plausibility(converted[0]) > legacy.plausibility(text)):
        return converted
    if text and viet_score(unicodedata.normalize("NFC", text)) >= 0.05:
        return text, "cp1258"
    if declared is not None:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    raise InputError(path, "not valid UTF-8, UTF-16, Windows-1258, TCVN3 or VNI Vietnamese text; save it as UTF-8")
