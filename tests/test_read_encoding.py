"""decode_bytes: real bytes in each encoding Chinese news arrives in, and input that is not text."""

from __future__ import annotations

import codecs
import gzip
import random

import pytest

from dashiji.errors import BinaryInput, EmptyInput, UndecodableInput
from dashiji.read.encoding import (
    _CONTROL_BYTES,
    _MAGIC,
    CONTROL_SHARE,
    SNIFF_WINDOW,
    charset_from_content_type,
    decode_bytes,
    looks_binary,
    meta_charset,
    normalize_charset,
)

SIMPLIFIED = (
    "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作和地区形势深入交换了意见。"
)
GB2312_ONLY = SIMPLIFIED.replace("镕", "荣")  # 镕 is GBK, not GB2312
TRADITIONAL = (
    "俄羅斯總統普京和美國總統特朗普將於8月15日在美國阿拉斯加會晤。這是普京十年來首次訪問美國。"
)
HKSCS = "香港人講嘢嘅時候好鍾意用廣東話，呢種講法喺報紙上面都好常見。"  # 嘢 嘅 呢 喺: HKSCS
GB18030_ONLY = "古籍整理中常见的生僻字如𠀀和㐀都需要正确编码，国家标准对此有明确规定。"

# (text, encoding it is written in, the codec decode_bytes should report)
CASES = [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (TRADITIONAL, "utf-8", "utf-8"),
    (GB2312_ONLY, "gb2312", "gb18030"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (GB18030_ONLY, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5hkscs"),
    (HKSCS, "big5hkscs", "big5hkscs"),
]
IDS = [f"{enc}-{text[:2]}" for text, enc, _ in CASES]


def page(text: str, charset: str | None = None, *, http_equiv: bool = False) -> str:
    if charset is None:
        meta = ""
    elif http_equiv:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        meta = f'<meta charset="{charset}">'
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{text[:6]}</title></head>"
        f"<body><h1>{text[:10]}</h1><p>{text}</p></body></html>"
    )


def test_the_test_texts_need_their_encodings() -> None:
    for text, narrower in ((SIMPLIFIED, "gb2312"), (HKSCS, "big5"), (GB18030_ONLY, "gbk")):
        with pytest.raises(UnicodeEncodeError):
            text.encode(narrower)


@pytest.mark.parametrize(("text", "encoding", "codec"), CASES, ids=IDS)
def test_plain_text_without_declaration(text: str, encoding: str, codec: str) -> None:
    assert decode_bytes(text.encode(encoding)) == (text, codec)


@pytest.mark.parametrize(("text", "encoding", "codec"), CASES, ids=IDS)
def test_html_with_meta_charset(text: str, encoding: str, codec: str) -> None:
    html = page(text, encoding)
    assert decode_bytes(html.encode(encoding), html=True) == (html, codec)


@pytest.mark.parametrize(("text", "encoding", "codec"), CASES, ids=IDS)
def test_html_with_http_equiv(text: str, encoding: str, codec: str) -> None:
    html = page(text, encoding, http_equiv=True)
    assert decode_bytes(html.encode(encoding), html=True) == (html, codec)


@pytest.mark.parametrize(("text", "encoding", "codec"), CASES, ids=IDS)
def test_html_without_meta(text: str, encoding: str, codec: str) -> None:
    html = page(text)
    assert decode_bytes(html.encode(encoding), html=True) == (html, codec)


@pytest.mark.parametrize(("text", "encoding", "codec"), CASES, ids=IDS)
def test_declared_by_the_transport(text: str, encoding: str, codec: str) -> None:
    assert decode_bytes(text.encode(encoding), encoding.upper()) == (text, codec)


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode()) == (SIMPLIFIED, "utf-8")


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le")
    assert decode_bytes(data) == (TRADITIONAL, "utf-16-le")


def test_gb2312_label_on_gbk_text_decodes_as_superset() -> None:
    html = page(SIMPLIFIED, "gb2312")
    assert decode_bytes(html.encode("gbk"), html=True) == (html, "gb18030")
    assert decode_bytes(SIMPLIFIED.encode("gbk"), "gb2312")[0] == SIMPLIFIED


def test_big5_label_on_hkscs_text_decodes_as_superset() -> None:
    html = page(HKSCS, "big5")
    assert decode_bytes(html.encode("big5hkscs"), html=True) == (html, "big5hkscs")


def test_wrong_meta_gb2312_on_utf8_page() -> None:
    html = page(SIMPLIFIED, "gb2312")
    data = html.encode("utf-8")
    assert data.decode("gb18030", errors="replace") != html  # what the label would give
    assert decode_bytes(data, html=True) == (html, "utf-8")


def test_wrong_header_gbk_on_utf8_text() -> None:
    assert decode_bytes(TRADITIONAL.encode(), "gbk") == (TRADITIONAL, "utf-8")


def test_wrong_header_utf8_on_gbk_text_falls_back() -> None:
    assert decode_bytes(SIMPLIFIED.encode("gbk"), "utf-8") == (SIMPLIFIED, "gb18030")


def test_header_wins_over_meta() -> None:
    html = page(TRADITIONAL, "gb2312")
    assert decode_bytes(html.encode("big5"), "big5", html=True) == (html, "big5hkscs")


def test_weak_latin1_header_does_not_garble_chinese() -> None:
    # servers send iso-8859-1 by default; any bytes "decode" as Latin-1
    assert decode_bytes(SIMPLIFIED.encode("gbk"), "iso-8859-1") == (SIMPLIFIED, "gb18030")


def test_latin1_text_still_decodes() -> None:
    text = "Le café de la gare a fermé ses portes après trente ans."
    assert decode_bytes(text.encode("cp1252"), "iso-8859-1") == (text, "cp1252")


def test_meta_is_only_read_for_html() -> None:
    text = '<meta charset="big5"> ' + SIMPLIFIED
    assert decode_bytes(text.encode("gbk"), html=False) == (text, "gb18030")


def test_character_cut_at_the_end_is_dropped() -> None:
    data = SIMPLIFIED.encode("gbk")[:-1]  # the last character loses its second byte
    assert decode_bytes(data) == (SIMPLIFIED[:-1], "gb18030")


def test_few_broken_bytes_under_a_declaration_are_replaced() -> None:
    body = (SIMPLIFIED * 20).encode("gbk")
    data = body + b"\xd6" + b" " + body  # one lead byte without its trail byte
    text, codec = decode_bytes(data, "gb2312")
    assert codec == "gb18030"
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd ", "") == SIMPLIFIED * 40


def test_ascii() -> None:
    assert decode_bytes(b"<html><body>Hello</body></html>", "gbk", html=True)[1] == "ascii"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n ", codecs.BOM_UTF8 + b" \n"])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        gzip.compress(SIMPLIFIED.encode()),
        random.Random(1).randbytes(4096),
        "正文".encode() + b"\x00\x00\x00" + "正文".encode(),
        bytes(range(1, 32)) * 8,
    ],
    ids=["png", "pdf", "zip", "jpeg", "gzip", "random", "nul", "controls"],
)
def test_binary(data: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        bytes(b | 0x80 for b in random.Random(7).randbytes(300)),
        "新闻".encode("gbk") + b"\xff\xff\xff " * 30,
    ],
    ids=["random-high-bytes", "gbk-then-garbage"],
)
def test_undecodable(data: bytes) -> None:
    with pytest.raises(UndecodableInput):
        decode_bytes(data)


def test_broken_multibyte_text_is_not_guessed_as_single_byte() -> None:
    # GBK with a broken byte every few characters: no CJK codec fits, and a single-byte codec
    # (PTCP154, cp1251, ...) would "decode" it into mojibake.  Refuse instead.
    data = b"".join(SIMPLIFIED[i : i + 3].encode("gbk") + b"\x80" for i in range(0, 40, 3))
    with pytest.raises(UndecodableInput):
        decode_bytes(data)


def test_charset_labels() -> None:
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset("x-gbk") == "gb18030"
    assert normalize_charset("cp936") == "gb18030"
    assert normalize_charset("Big5") == "big5hkscs"
    assert normalize_charset('"UTF8"') == "utf-8"
    assert normalize_charset("iso-8859-1") == "cp1252"
    assert normalize_charset("no-such-charset") is None
    assert normalize_charset(None) is None


def test_charset_sources() -> None:
    assert charset_from_content_type("text/html; charset=GBK") == "GBK"
    assert charset_from_content_type('text/html; charset="big5"') == "big5"
    assert charset_from_content_type("text/html") is None
    assert meta_charset(page("x", "gb2312").encode()) == "gb2312"
    assert meta_charset(page("x", "big5", http_equiv=True).encode()) == "big5"
    assert meta_charset(b'<?xml version="1.0" encoding="GBK"?><rss/>') == "GBK"
    assert meta_charset(b"<html>" + b" " * 5000 + b'<meta charset="gbk">') is None


def test_encoding_attribute_of_a_wrapping_tag_is_a_declaration() -> None:
    text = "中华人民共和国外交部发言人表示，双方将继续保持沟通。" * 20
    data = b'<text id="x" encoding="gb2312">\n<p>' + text.encode("gb18030") + b"</p></text>"
    got, enc = decode_bytes(data, html=True)
    assert enc == "gb18030" and text in got


def test_undeclared_gbk_with_a_stray_broken_byte_is_not_garbled() -> None:
    text = "中华人民共和国外交部发言人表示，双方将继续保持沟通。" * 40
    raw = text.encode("gb18030")
    data = raw[:300] + b"\xa8\xbc\xff" + raw[300:]
    got, enc = decode_bytes(data)
    assert enc == "gb18030"
    assert got.count("\ufffd") <= 2
    assert text[:100] in got and text[-100:] in got


def _looks_binary_byte_by_byte(data: bytes) -> str | None:
    """looks_binary as it counted before: a step a byte."""
    for offset, magic, name in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return f"{name} data"
    head = data[:SNIFF_WINDOW]
    if b"\x00" in head:
        return "NUL bytes"
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > CONTROL_SHARE:
        return f"{controls / len(head):.0%} control characters"
    return None


def test_control_share_counted_as_byte_by_byte() -> None:
    """looks_binary counts a head's control bytes with bytes.translate: the same count as a
    step a byte, for heads of every share around CONTROL_SHARE, each byte value, and heads
    longer than SNIFF_WINDOW (only the first SNIFF_WINDOW bytes count)."""
    rng = random.Random(11)
    controls = sorted(_CONTROL_BYTES)
    others = [b for b in range(1, 256) if b not in _CONTROL_BYTES]
    assert 0x7F in controls and 0x09 not in controls and 0x0A not in controls
    for _ in range(400):
        size = rng.choice([1, 19, 20, 21, 100, 1000, SNIFF_WINDOW, SNIFF_WINDOW + 500])
        share = rng.choice([0.0, CONTROL_SHARE / 2, CONTROL_SHARE, CONTROL_SHARE * 1.1, 0.5, 1.0])
        data = bytes(
            rng.choice(controls) if rng.random() < share else rng.choice(others)
            for _ in range(size)
        )
        assert looks_binary(data) == _looks_binary_byte_by_byte(data)
        assert looks_binary(data.replace(b"\x00", b"\x01")) == _looks_binary_byte_by_byte(
            data.replace(b"\x00", b"\x01")
        )
    # exactly at the share is text, one byte more is not (a head of 100 bytes: 5 %)
    assert looks_binary(b"\x01" * 5 + b"a" * 95) is None
    assert looks_binary(b"\x01" * 6 + b"a" * 94) == "6% control characters"
    # every control byte counts, and no other byte does
    assert looks_binary(b"") is None
    for b in range(1, 256):
        got = looks_binary(bytes([b]) * 10)
        assert (got is not None) == (b in _CONTROL_BYTES), b
