"""Hostile input, CI size (issue 12): the fuzzing harness on a few hundred inputs, properties of the
readers and the store under hypothesis, and the bugs the full harness found.

``bench/fuzz.py`` runs the real CLI (``dashiji extract`` and ``dashiji ingest``) over mutated bench
pages, texts and records; here it runs on 300 of them with a fixed seed and must find no crash, no
traceback, no input without an answer and no JSONL line without its row.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import load_bench
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashiji.errors import InputTooLarge
from dashiji.extract.html_article import MAX_ELEMENTS, extract_html
from dashiji.model import Document, Raw
from dashiji.read import read_inputs
from dashiji.read.feed import parse_feed
from dashiji.store import Store

fuzz = load_bench("fuzz")
NAMED = fuzz.NAMED
ARTICLE = "国务院总理今天在北京会见了来访的外国客人，双方就经贸合作和地区形势深入交换了意见。"


def _dashiji(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashiji", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


# ---- the harness, CI size ----------------------------------------------------------------------
def test_the_harness_finds_no_crash_no_traceback_and_no_lost_input(shared: Path) -> None:
    report = fuzz.fuzz(n=300, seed=12, batch=100, jobs=2, ingest_every=3, small=True, shared=shared)
    assert report.inputs == 300
    assert report.ok, report.table() + "\n" + "\n".join(report.problems)
    assert report.peak_mb <= fuzz.LIMIT_MB, report.table()
    # every kind of input and the common error names were exercised
    assert set(report.kinds) >= {"html", "plain", "jsonl", "json", "warc", "feed", "gz", "bomb"}
    assert {"bad_record", "truncated", "binary", "undecodable"} <= set(report.errors)


def test_rows_are_matched_to_inputs_by_marker_then_by_order() -> None:
    inputs = [fuzz.Input(i, f"fuzz{i:05d}.html", "html", "none", b"") for i in range(4)]
    rows = [
        {"source": "fuzz00000.html"},
        {"source": "http://fuzz.example/fuzz00001/0.html"},
        {"source": "http://mangled.example/0.html"},  # a flipped byte hit input 2's marker
        {"source": "fuzz00003.html#L1"},
    ]
    run = fuzz.Run("extract", inputs, stdout="\n".join(json.dumps(r) for r in rows) + "\nnot json")
    assert fuzz.attribute(run) == 1
    assert [len(i.rows) for i in inputs] == [1, 1, 1, 1]


def test_the_peak_memory_is_the_childs_own_not_the_harness(tmp_path: Path) -> None:
    """Linux's ru_maxrss of a child starts from what its parent held when it forked: a child that
    does nothing "peaked" at 773 MB beside a harness holding 800 MB."""
    ballast = b"x" * 300_000_000
    run = fuzz.run_cli(["--version"], tmp_path, 60)
    assert run.returncode == 0 and run.peak_mb < 200 and len(ballast) == 300_000_000


# ---- properties ---------------------------------------------------------------------------------
def _codes(docs: list[Document]) -> list[str]:
    return [d.error.code if d.error else "ok" for d in docs]


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_lines = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.dictionaries(
        st.sampled_from(["id", "text", "content", "html", "title", "date", "x"]),
        _json_values,
        max_size=5,
    ).map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(_lines, min_size=1, max_size=6))
def test_every_jsonl_line_reads_as_one_document_or_one_named_error(
    tmp_path: Path, lines: list[bytes]
) -> None:
    path = tmp_path / "x.jsonl"
    lines = [line.replace(b"\n", b" ") for line in lines]
    path.write_bytes(b"\n".join(lines) + b"\n")
    docs = list(read_inputs([str(path)], max_bytes=10_000))
    expected = [f"{path}#L{n}" for n, line in enumerate(lines, 1) if line.strip()]
    if not expected:  # a file of blank lines answers with its one 'empty' error
        assert [(d.raw.uri, _codes([d])) for d in docs] == [(str(path), ["empty"])]
        return
    assert [d.raw.uri for d in docs] == expected
    assert set(_codes(docs)) <= NAMED | {"ok"}
    for doc in docs:
        assert doc.error is not None or doc.source_text is not None
        (doc.source_text or "").encode("utf-8")  # valid text: no lone surrogates


_html = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<script>",
                "<!--",
                "-->",
                "<br/>",
                "<meta charset='gbk'>",
                "<title>",
                "</title>",
                "&#xD800;",
                "&amp;",
                "<table><tr><td>",
                "\0",
                "<![CDATA[",
                "<?xml version='1.0'?>",
            ]
        ),
        st.text(max_size=40),
        st.just(ARTICLE),
    ),
    max_size=30,
).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=_html, encoding=st.sampled_from(["utf-8", "gbk", "big5", "utf-16"]))
def test_any_html_reads_and_extracts_to_an_article_or_a_named_error(
    tmp_path: Path, page: str, encoding: str
) -> None:
    from dashiji.pipeline import articles

    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding, "replace"))
    docs = list(articles(read_inputs([str(path)])))
    assert len(docs) == 1
    [doc] = docs
    if doc.error is not None:
        assert doc.error.code in NAMED
    else:
        assert doc.article is not None and doc.article.body


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(), uri=st.text(min_size=1), title=st.text(), data=st.binary(max_size=64))
def test_any_text_round_trips_through_the_store_or_is_a_named_error(
    tmp_path: Path, text: str, uri: str, title: str, data: bytes
) -> None:
    doc = Document(
        id="d" + str(abs(hash((text, uri, title, data)))),
        raw=Raw(data, uri, "text/plain", None, "utf-8", {"title": title}),
        source_text=text,
    )
    with Store.open(tmp_path / "s.db") as store:
        try:
            store.put(doc)
        except Exception as exc:
            assert getattr(exc, "code", None) in NAMED, repr(exc)
            return
        back = store.get(doc.id)
    assert back is not None
    assert back.raw.data == data and back.raw.uri == uri
    assert back.source_text == text and back.raw.metadata["title"] == title


# ---- what the full harness found ----------------------------------------------------------------
def test_an_xml_declaration_with_an_undecodable_encoding_name_is_read(tmp_path: Path) -> None:
    """feedparser decoded the declared encoding's name as UTF-8 and stopped with a traceback."""
    feed = (
        '<?xml version="1.0" encoding="\udcbd\udcbd"?><rss version="2.0"><channel><title>f</title>'
        f"<item><title>t</title><description>{ARTICLE}</description></item></channel></rss>"
    ).encode("utf-8", "surrogateescape")
    assert parse_feed(feed) is not None
    path = tmp_path / "news.rss"
    path.write_bytes(feed)
    proc = _dashiji("extract", "--format", "jsonl", str(path))
    assert "Traceback" not in proc.stderr
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["error"] is None and ARTICLE in "".join(row["body"])


def test_an_ingest_of_a_file_whose_name_is_no_text_stores_it(tmp_path: Path) -> None:
    """The run's list of inputs held the file name's undecodable bytes: SQLite refused it and
    the whole ingest stopped with a traceback before reading anything."""
    name = os.fsdecode(b"news\xff\xfe.txt")
    other = (
        "俄罗斯总统普京和美国总统特朗普将于8月15日在美国阿拉斯加会晤。这是普京十年来首次访问美国。"
    )
    (tmp_path / "good.txt").write_text(other, "utf-8")
    with open(os.fsencode(tmp_path / name), "wb") as f:
        f.write((ARTICLE + "第二段。").encode())
    proc = _dashiji("ingest", "--db", "s.db", "--", name, "good.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "stored 2" in proc.stderr
    with Store.open(tmp_path / "s.db") as store:
        [run] = store.runs()
    assert run["inputs"] == ["news\ufffd\ufffd.txt", "good.txt"]


def test_a_page_of_millions_of_elements_is_too_large_not_gigabytes(tmp_path: Path) -> None:
    """12 MB of <p> (a gzip file of 30 KB) took 2.8 GB and 193 s; now a named error at once
    (the gzip file as a decompression bomb, the page itself for its elements)."""
    page = "<html><body>" + "<p>" * (4 << 20) + "</body></html>"
    with pytest.raises(InputTooLarge):
        extract_html(page)
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(page.encode(), 9))
    (tmp_path / "page.html").write_text(page)
    proc = _dashiji("extract", "--format", "jsonl", str(tmp_path / "bomb.html.gz"))
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["error"] == "too_large" and "decompression bomb" in row["error_detail"]
    proc = _dashiji("extract", "--format", "jsonl", str(tmp_path / "page.html"))
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["error"] == "too_large" and f"{MAX_ELEMENTS:,}" in row["error_detail"]


def test_a_long_real_page_is_still_read() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{ARTICLE}</td></tr>" for n in range(MAX_ELEMENTS // 4))
    page = f"<html><body><p>{ARTICLE}</p><table>{rows}</table></body></html>"
    assert extract_html(page).blocks


def test_a_megabyte_line_of_link_text_does_not_stall_the_byline_search() -> None:
    """ "新闻" x 177,000 inside a footer link: ``(\\S+)\\s*发表于`` backtracked over it for over
    half an hour (the full harness's timed-out batch); bylines are now read near a line's ends."""
    page = (
        f"<html><body><h1>会见</h1><p>记者 张三</p><p>{ARTICLE}</p><p>{ARTICLE}</p>"
        f"<div><a href='/x'>{'新闻' * 100_000}</a></div></body></html>"
    )
    started = time.monotonic()
    article = extract_html(page)
    assert time.monotonic() - started < 5
    assert article.author == "张三"


def test_a_warc_without_an_html_response_answers_with_one_named_error(tmp_path: Path) -> None:
    """A WARC of a warcinfo and an image response gave no row at all: the input was lost."""

    def record(kind: str, payload: bytes) -> bytes:
        head = (
            f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://x.example/a.png\r\n"
            "WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}"
            "\r\n\r\n"
        )
        return head.encode() + payload + b"\r\n\r\n"

    png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 8\r\n\r\n\x89PNG\r\n"
    path = tmp_path / "images.warc.gz"
    data = record("warcinfo", b"software: x\r\n") + record("response", png + b"\x1a\n")
    path.write_bytes(gzip.compress(data))
    [doc] = list(read_inputs([str(path)]))
    assert doc.error is not None and doc.error.code == "empty"
    assert "no HTML response (2 records)" in doc.error.message


def test_readability_failing_on_a_control_character_prints_no_traceback(tmp_path: Path) -> None:
    """A control character in a <style> that readability rewrote: it logged a traceback."""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>.a{background:url(javascript:x)}.b\x02{color:red}</style></head>"
        "<body><p>短讯。</p></body></html>",
        "utf-8",
    )
    proc = _dashiji("extract", "--format", "jsonl", str(path))
    assert "Traceback" not in proc.stderr
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["error"] in NAMED | {None}


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.jsonl", b"", "empty"),
        ("blank.jsonl", b"\n  \n\t\n", "empty"),
        ("empty.json", b"[]", "empty"),
        ("empty.warc", b"", "empty"),
    ],
)
def test_a_file_without_records_answers_with_one_named_error(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    """Empty JSONL and WARC files and an empty JSON array gave no row at all."""
    path = tmp_path / name
    path.write_bytes(data)
    [doc] = list(read_inputs([str(path)]))
    assert doc.error is not None and doc.error.code == code and doc.raw.uri == str(path)


def test_a_meta_declaring_utf16_in_ascii_bytes_is_read_as_utf8(tmp_path: Path) -> None:
    """The UTF-16 decoder's UnicodeError (no BOM) escaped as step_failed with a traceback; and a
    page cannot be UTF-16 if its meta was read in ASCII."""
    path = tmp_path / "page.html"
    path.write_bytes(
        f'<meta charset="utf-16"><p>{ARTICLE}</p>'.encode() + b"\xff"  # not strict UTF-8
    )
    proc = _dashiji("extract", "--format", "jsonl", str(path))
    assert "Traceback" not in proc.stderr
    [row] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["error"] is None and ARTICLE in "".join(row["body"])


def test_a_feed_of_a_million_tags_is_too_large_not_minutes_and_hundreds_of_mb(
    tmp_path: Path,
) -> None:
    """1.3 million <b> in a 4 MB feed (the 10,000-input harness's highest peak: 377 MB, 69 s in
    feedparser's SGML fallback) is now a named error at once."""
    item = f"<item><title>t</title><description>{ARTICLE}{'<b>' * 1_000_000}</description></item>"
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>')
    started = time.monotonic()
    [doc] = list(read_inputs([str(path)]))
    assert doc.error is not None and doc.error.code == "too_large"
    assert time.monotonic() - started < 5


def test_an_article_of_a_million_characters_is_too_large_and_one_at_the_limit_is_read() -> None:
    """A text of 1.6 million characters took an ingest from 340 MB to 490 MB (annotation, event
    coding, de-duplication and the index all grow with it): it is refused with a named error."""
    from dashiji.extract import MAX_ARTICLE_CHARS, Extract
    from dashiji.read.documents import text_document

    lines = [f"第{n:05d}段：{ARTICLE}\n" for n in range(MAX_ARTICLE_CHARS // len(ARTICLE) + 1)]
    long = "".join(lines)
    with pytest.raises(InputTooLarge):
        Extract().process(text_document(long.encode(), "long.txt", doc_id="long"))
    [out] = list(Extract()([text_document(long.encode(), "long.txt", doc_id="long")]))
    assert out.error is not None and out.error.code == "too_large"
    assert f"{MAX_ARTICLE_CHARS:,}" in out.error.message
    fits = "".join(lines[: MAX_ARTICLE_CHARS // len(lines[0]) - 1])
    [ok] = list(Extract()([text_document(fits.encode(), "fits.txt", doc_id="fits")]))
    assert ok.error is None and ok.article is not None
    assert sum(len(b.text) for b in ok.article.blocks) <= MAX_ARTICLE_CHARS


def test_a_feed_entry_of_megabytes_of_text_is_too_large_and_a_long_real_one_is_read(
    tmp_path: Path,
) -> None:
    """An entry holding 3 MB of text took the feed's reading from 50 to 200 MB (feedparser's
    sanitiser); a feed with a longer stretch between two tags than MAX_FEED_TEXT_RUN is refused."""
    from dashiji.read.feed import MAX_FEED_TEXT_RUN

    def feed(description: str) -> Path:
        item = f"<item><title>t</title><description>{description}</description></item>"
        other = f"<item><title>u</title><description>{ARTICLE}</description></item>"
        path = tmp_path / "feed.xml"
        path.write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel>{item}{other}</channel></rss>',
            "utf-8",
        )
        return path

    huge = ARTICLE * (MAX_FEED_TEXT_RUN // len(ARTICLE.encode()) + 1)
    [doc] = list(read_inputs([str(feed(huge))]))
    assert doc.error is not None and doc.error.code == "too_large"
    paragraphs = "".join(f"&lt;p&gt;{ARTICLE}&lt;/p&gt;" for _ in range(300))  # ~40 KB escaped
    docs = list(read_inputs([str(feed(paragraphs))]))
    assert [d.error for d in docs] == [None, None]
    assert parse_feed(feed(huge[: MAX_FEED_TEXT_RUN // 4]).read_bytes()) is not None  # 750 KB


def test_a_feed_entry_of_50_000_tags_is_too_large_and_as_many_in_entries_are_read() -> None:
    """295,000 <b> in one Atom entry (under MAX_FEED_TAGS) took a fuzz ingest from 387 to 458 MB
    in feedparser; more than MAX_ENTRY_TAGS in one entry are refused before parsing, while a feed
    whose entries hold as many tags between them is read."""
    from dashiji.read.feed import MAX_ENTRY_TAGS

    head = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>'
    deep = f'<entry><title>t</title><content type="html">{ARTICLE}{"<b>" * MAX_ENTRY_TAGS}'
    with pytest.raises(InputTooLarge, match=f"{MAX_ENTRY_TAGS:,}"):
        parse_feed(f"{head}{deep}</content></entry></feed>".encode())
    per_entry = 2_000
    body = f"<p>{ARTICLE}</p>" * (per_entry // 2)
    entries = [
        f'<entry><title>t{n}</title><content type="html"><![CDATA[{body}]]></content></entry>'
        for n in range(MAX_ENTRY_TAGS // per_entry + 1)
    ]
    parsed = parse_feed(f"{head}{''.join(entries)}</feed>".encode())
    assert parsed is not None and len(parsed.entries) == len(entries)
