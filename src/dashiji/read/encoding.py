"""Bytes → text, without garbling.

:func:`decode_bytes` turns the bytes of a page or a text file into ``str``, and says which encoding
it used.  It never returns mojibake quietly: every candidate is decoded *strictly*, and when no
candidate decodes cleanly it raises :class:`~dashiji.errors.UndecodableInput`.  Binary data and
empty input are named too (:class:`~dashiji.errors.BinaryInput`,
:class:`~dashiji.errors.EmptyInput`).

The order of candidates:

1. a byte-order mark (UTF-8, UTF-16, UTF-32); then binary data is refused and pure ASCII is
   simply ASCII;
2. strict UTF-8.  **Valid UTF-8 with multi-byte content wins over a legacy declaration**: legacy
   CJK bytes are practically never valid UTF-8, but UTF-8 bytes often decode "cleanly" as
   GB18030 — a page that says ``gb2312`` and is really UTF-8 would otherwise come out garbled;
3. the declared charset (HTTP ``Content-Type``, a WARC record's header, the caller), then for
   HTML the ``<meta charset>`` / ``http-equiv`` (or an XML declaration) in the first 4 KB;
4. the same declarations, or UTF-8, *but for a few broken bytes* (at most one per thousand
   characters, replaced by U+FFFD): real pages cut strings in the middle of a character, and a
   declaration that fits all but a few bytes is trusted over any guess;
5. GB18030 and Big5-HKSCS (the encodings of Chinese news): if only one decodes, that one; if
   both do, charset-normalizer chooses between the two (GB18030 on a tie);
6. a weak declared charset (see below);
7. charset-normalizer's best guess — never UTF-16/32 without a BOM, and never a single-byte
   codec for data whose non-ASCII bytes come in runs (multi-byte text we could not decode).

Labels are widened to their supersets: ``gb2312``/``gbk`` → ``gb18030`` (pages labelled gb2312
often hold GBK characters such as 镕), ``big5`` → ``big5hkscs``.  Single-byte labels
(``iso-8859-*``, ``windows-1252``, ``ascii``) are weak: servers send them by default and they
decode any bytes, so for non-ASCII data they come after the CJK candidates.

A multi-byte character cut off at the very end (a truncated crawl) is dropped rather than
failing the whole document.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import Any

from charset_normalizer import from_bytes

from dashiji.errors import BinaryInput, EmptyInput, UndecodableInput

__all__ = [
    "decode_bytes",
    "charset_from_content_type",
    "looks_binary",
    "normalize_charset",
    "meta_charset",
    "replace_surrogates",
    "valid_unicode",
]

REPLACEMENT = "\ufffd"
META_WINDOW = 4096
SNIFF_WINDOW = 8192
GUESS_WINDOW = 65536
# Share of control characters (other than tab, newlines, form feed, escape) above which the
# data is binary.  Random bytes have ~11 %; real text, even with stray control bytes, far less.
CONTROL_SHARE = 0.05

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats that are never text: (offset, prefix, name).
_MAGIC = (
    (0, b"%PDF-", "PDF"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"PK\x03\x04", "ZIP"),
    (0, b"PK\x05\x06", "ZIP"),
    (0, b"\x1f\x8b", "GZIP"),
    (4, b"1AY&SY", "BZIP2"),
    (0, b"\xfd7zXZ\x00", "XZ"),
    (0, b"(\xb5/\xfd", "ZSTD"),
    (0, b"7z\xbc\xaf\x27\x1c", "7Z"),
    (0, b"Rar!\x1a\x07", "RAR"),
    (0, b"RIFF", "RIFF (WebP/WAV/AVI)"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (old MS Office)"),
    (0, b"\x7fELF", "ELF"),
    (0, b"\x00asm", "WebAssembly"),
    (0, b"OggS", "Ogg"),
    (0, b"ID3\x03\x00", "MP3"),
    (0, b"ID3\x04\x00", "MP3"),
    (0, b"wOFF", "WOFF"),
    (0, b"wOF2", "WOFF2"),
    (0, b"SQLite format 3\x00", "SQLite"),
    (4, b"ftyp", "MP4/HEIF"),
)

_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_CONTROL_BYTES = frozenset(range(0x20)) - _TEXT_CONTROLS | {0x7F}
#: The same bytes, for ``bytes.translate``'s ``delete``: a head's control bytes are counted as
#: what deleting them takes off its length, in C (a Python step a byte took ~0.5 ms an 8 KB head)
_CONTROL_DELETE = bytes(sorted(_CONTROL_BYTES))

# Labels widened to the superset that decodes what pages so labelled really contain.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859-1": "cp1252",
}
# Labels Python does not know, seen in the wild.
_ALIASES = {
    "x-gbk": "gbk",
    "gb_2312-80": "gb2312",
    "x-gb2312": "gb2312",
    "csgb2312": "gb2312",
    "x-big5": "big5",
    "cn-big5": "big5",
    "csbig5": "big5",
    "unicode-1-1-utf-8": "utf-8",
    "x-sjis": "shift_jis",
}
_WEAK = frozenset({"cp1252", "ascii"}) | {f"iso8859-{n}" for n in range(1, 17)}
_CJK = ("gb18030", "big5hkscs")

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE
)
# An XML declaration, or the ``encoding="…"`` attribute of a wrapping first tag (corpora such as
# CleanEval wrap each page in ``<text id=… encoding="gb2312">``).
_XML_DECL = re.compile(rb"""^\s*<[?a-z][^>]{0,1024}?\bencoding\s*=\s*["']([a-z0-9_.:-]+)""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)


def normalize_charset(label: str | None) -> str | None:
    """A charset label → the Python codec to decode with (its superset), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a ``Content-Type`` header value, as written."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, as written — except that
    a declaration of UTF-16 or UTF-32 read in ASCII bytes is UTF-8 (a document in UTF-16 could
    not have been read so; the HTML standard's prescan does the same)."""
    head = data[:META_WINDOW]
    m = _META_CHARSET.search(head) or _XML_DECL.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii")
    codec = normalize_charset(label) or ""
    return "utf-8" if codec.replace("_", "-").startswith(("utf-16", "utf-32")) else label


def looks_binary(data: bytes) -> str | None:
    """Why ``data`` is binary (a format name or a reason), or None if it may be text.

    Call it on data without a UTF-16/32 byte-order mark (those hold NUL bytes legitimately).
    """
    for offset, magic, name in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return f"{name} data"
    head = data[:SNIFF_WINDOW]
    if b"\x00" in head:
        return "NUL bytes"
    controls = len(head) - len(head.translate(None, _CONTROL_DELETE))
    if head and controls / len(head) > CONTROL_SHARE:
        return f"{controls / len(head):.0%} control characters"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    """``data`` decoded strictly, tolerating only an incomplete character at the very end."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        text = decoder.decode(data, final=False)
    except (UnicodeError, LookupError):  # UnicodeError: UTF-16 without a BOM
        return None
    pending, _ = decoder.getstate()
    # More than a few pending bytes means the tail is not one cut-off character.
    return text if len(pending) <= 3 else None


#: Bytes decoded at a time when only whether they decode is wanted (:func:`_decodes`).
_PIECE = 1 << 20


def _decodes(data: bytes, encoding: str) -> bool:
    """Would :func:`_strict` decode ``data``?  Decoded piece by piece and let go: no text of
    the whole is made (a 20 MB input decoded by two candidates at once held both texts)."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        view = memoryview(data)
        for start in range(0, len(view), _PIECE):
            decoder.decode(view[start : start + _PIECE], final=False)
    except (UnicodeError, LookupError):
        return False
    pending, _ = decoder.getstate()
    return len(pending) <= 3


def _bad_count(data: bytes, encoding: str) -> int | None:
    """How many bad bytes :func:`_tolerant` would find (None: too many, or no such codec),
    counted piece by piece: no text of the whole is made."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        view = memoryview(data)
        bad = chars = 0
        for start in range(0, len(view), _PIECE):
            part = decoder.decode(view[start : start + _PIECE], final=start + _PIECE >= len(view))
            bad += part.count("\ufffd")
            chars += len(part)
    except (UnicodeError, LookupError):
        return None
    return bad if bad <= 1 + chars // 1000 else None


def _fewest_bad(data: bytes, encodings: list[str] | tuple[str, ...]) -> tuple[str, str] | None:
    """What :func:`_tolerant` decodes with the fewest bad bytes (the first of equals), or None.
    The candidates are counted first and only the chosen one decoded: the texts of several
    were held at once (two decodings of a 20 MB input)."""
    counts = [(bad, enc) for enc in encodings if (bad := _bad_count(data, enc)) is not None]
    if not counts:
        return None
    _, choice = min(counts, key=lambda item: item[0])
    got = _tolerant(data, choice)
    return None if got is None else (got[0], choice)


def _tolerant(data: bytes, encoding: str) -> tuple[str, int] | None:
    """``data`` decoded with U+FFFD for bad bytes, and how many there were; None if too many.

    A page from a CMS that cut a string in the middle of a character has a few bad bytes in an
    otherwise clean text: at most one per thousand characters (plus one) is accepted.
    """
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    bad = text.count("\ufffd")
    return (text, bad) if bad <= 1 + len(text) // 1000 else None


def _choose_cjk(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5-HKSCS, whichever decodes strictly; if both do, the more coherent one."""
    fits = [enc for enc in _CJK if _decodes(data, enc)]  # (no text kept: one is made below)
    if not fits:
        return None
    choice = fits[0]
    if len(fits) > 1:
        # Big5 bytes nearly always decode as GB18030 too (and short GBK text as Big5): let the
        # language model of charset-normalizer choose between the two.
        best = from_bytes(data[:GUESS_WINDOW], cp_isolation=list(_CJK)).best()
        choice = "big5hkscs" if best is not None and best.encoding == "big5hkscs" else "gb18030"
    text = _strict(data, choice)
    return None if text is None else (text, choice)


@lru_cache(maxsize=64)
def _single_byte(encoding: str) -> bool:
    decodable = 0
    for byte in range(0xA0, 0x100):
        try:
            bytes([byte]).decode(encoding)
            decodable += 1
        except UnicodeDecodeError:
            pass
    return decodable >= 64


def _high_bytes_in_runs(data: bytes) -> bool:
    """Do most non-ASCII bytes stand next to another one, as in multi-byte (CJK) text?"""
    head = data[:GUESS_WINDOW]
    high = paired = 0
    for i, byte in enumerate(head):
        if byte >= 0x80:
            high += 1
            if (i > 0 and head[i - 1] >= 0x80) or (i + 1 < len(head) and head[i + 1] >= 0x80):
                paired += 1
    return high > 0 and paired / high > 0.5


def _guess_any(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess that decodes strictly.

    Never UTF-16/32 without a BOM, and never a single-byte encoding for data whose non-ASCII
    bytes come in runs: that is multi-byte text we could not decode, and a single-byte codec
    would turn it into mojibake (a GBK page with a few broken bytes "is" PTCP154).
    """
    runs = _high_bytes_in_runs(data)
    for match in from_bytes(data[:GUESS_WINDOW]):
        enc = normalize_charset(match.encoding)
        if enc is None or enc.startswith(("utf_16", "utf_32")) or (runs and _single_byte(enc)):
            continue
        if (text := _strict(data, enc)) is not None:
            return text, enc
    return None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise EmptyInput("the input holds only white space")
    return text, encoding


def decode_bytes(
    data: bytes, declared: str | None = None, *, html: bool = False
) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``.  See the module docstring.

    :param declared: the charset the transport declared (HTTP header, WARC record, caller)
    :param html: look for a ``<meta charset>`` in the first 4 KB
    :raises EmptyInput: no bytes, or only white space
    :raises BinaryInput: binary data (a known file format, NUL bytes, many control characters)
    :raises UndecodableInput: no encoding decodes the bytes cleanly
    """
    if not data.strip():
        raise EmptyInput("the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None:
                raise UndecodableInput(
                    f"the data has a {encoding} byte-order mark but is not {encoding}"
                )
            return _checked(text, encoding)
    reason = looks_binary(data)
    if reason is not None:
        raise BinaryInput(f"binary input: {reason}")
    if data.isascii():
        return _checked(data.decode("ascii"), "ascii")

    meta = meta_charset(data) if html else None
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return _checked(utf8, "utf-8")
    labels = [normalize_charset(declared), normalize_charset(meta)]
    strong = [enc for enc in dict.fromkeys(labels) if enc is not None and enc not in _WEAK]
    weak = [enc for enc in dict.fromkeys(labels) if enc is not None and enc in _WEAK]
    for encoding in strong:
        if (text := _strict(data, encoding)) is not None:
            return _checked(text, encoding)
    # A declaration that fits but for a few broken bytes is trusted over any guess.
    near = _fewest_bad(data, [*strong, "utf-8"])
    if near is not None:
        return _checked(*near)
    found = _choose_cjk(data)
    if found is None:
        for encoding in weak:
            if (text := _strict(data, encoding)) is not None:
                return _checked(text, encoding)
        found = _guess_any(data)
    if found is not None:
        return _checked(*found)
    # Undeclared multi-byte text with a stray broken byte or two: the Chinese encoding that
    # decodes all but a few bytes (at most one per thousand characters) is the right one; the
    # broken bytes become U+FFFD rather than the whole page becoming mojibake.
    if _high_bytes_in_runs(data):
        near = _fewest_bad(data, _CJK)
        if near is not None:
            return _checked(*near)
    tried = ", ".join(dict.fromkeys([*strong, "utf-8", *_CJK, *weak]))
    raise UndecodableInput(f"no encoding decodes the input cleanly (tried {tried})")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone UTF-16 surrogate replaced by U+FFFD, and how many there were.

    A ``str`` can hold what no encoder writes: a JSON escape of half an emoji (``"\\ud83d"`` in
    scraped text), a character reference to a surrogate, an undecodable byte of a file name.
    SQLite, stdout and UTF-8 refuse such text, so it is made valid as it is read.  A high and a low
    surrogate that stand side by side become the character they encode.  Valid text is returned
    as it is (the same object).
    """
    if text.isascii():
        return text, 0
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return fixed, fixed.count(REPLACEMENT) - text.count(REPLACEMENT)
    return text, 0


def valid_unicode(value: Any) -> tuple[Any, int]:
    """:func:`replace_surrogates` in a string, or in every string (keys too) of the lists, tuples
    and dicts in ``value``; returns the value (the same object if nothing changed) and the count.
    """
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, dict):
        pairs = list(value.items())
        fixed_pairs, n = valid_unicode(pairs)
        return (value, 0) if fixed_pairs is pairs else (dict(fixed_pairs), n)
    if isinstance(value, list | tuple):
        fixed = [valid_unicode(item) for item in value]
        if all(new is old for (new, _), old in zip(fixed, value, strict=True)):
            return value, 0
        return type(value)(new for new, _ in fixed), sum(n for _, n in fixed)
    return value, 0
