import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from dashiji.errors import SearchQueryError, StoreError
from dashiji.model import Article, Block, DocError, Document, Raw, Span, content_id
from dashiji.segment import segment_for_index
from dashiji.store import SCHEMA_VERSION, Store
from dashiji.store.schema import migrate, user_version

SUMMIT_TITLE = "普京与特朗普在阿拉斯加举行会晤"
SUMMIT_BODY = [
    "新华社安克雷奇8月15日电 俄罗斯总统普京15日抵达美国阿拉斯加州安克雷奇，"
    "与美国总统特朗普举行会晤。"
    "这是两国元首自2021年以来首次面对面会谈。",
    "普京表示，会谈是在建设性和相互尊重的氛围中进行的。分析人士认为，此次会晤释放出美俄关系缓和的信号。",
]
# a traditional-script report from another outlet
TW_TITLE = "川普與普丁會晤後 烏克蘭總統澤倫斯基將訪白宮"
TW_BODY = [
    "中央社華盛頓16日綜合外電報導，美國總統川普與俄羅斯總統普丁在阿拉斯加會晤後表示，"
    "烏克蘭總統澤倫斯基將於18日訪問白宮，討論結束戰爭的方案。",
]
GRAIN_TITLE = "我国夏粮再获丰收"
GRAIN_BODY = ["国家统计局8月15日发布数据显示，2025年全国夏粮总产量14974万吨，比2024年增加7.2万吨。"]


def make_doc(title, body, *, uri=None, published="2025-08-15", script="zh-Hans", **kw):
    data = (title + "\n" + "\n".join(body)).encode("utf-8")
    doc = Document(
        id=content_id(data),
        raw=Raw(
            data=data,
            uri=uri or f"https://example.com/{content_id(data)}.html",
            media_type="text/html",
            fetched_at="2025-08-16T08:00:00+00:00",
            encoding="utf-8",
            metadata={"date": "Sat, 16 Aug 2025 08:00:00 GMT", "tags": ["国际", "美俄"]},
        ),
        source_text="<html>" + "".join(f"<p>{p}</p>" for p in body) + "</html>",
        **kw,
    )
    blocks = [Block("title", title)] + [Block("body", p, source_start=6) for p in body]
    doc.set_article(
        Article(
            title=title,
            published=published,
            published_from="meta",
            author="记者 王晓",
            outlet="新华社",
            script=script,
            blocks=blocks,
            boilerplate=["责任编辑：李明"],
        )
    )
    return doc


def failed_doc(data=b"\x00\x01\x02binary", code="binary"):
    return Document(
        id=content_id(data),
        raw=Raw(data=data, uri="file:///in/x.bin", media_type="application/octet-stream"),
        error=DocError(code, "The input is binary data, not text or HTML.", "read"),
    )


@pytest.fixture
def store(store_location):
    """A new store: SQLite, then PostgreSQL (the tests that use it run on both)."""
    with Store.open(store_location) as s:
        yield s


@pytest.fixture
def filled(store):
    docs = [
        make_doc(SUMMIT_TITLE, SUMMIT_BODY),
        make_doc(TW_TITLE, TW_BODY, script="zh-Hant", published="2025-08-16"),
        make_doc(GRAIN_TITLE, GRAIN_BODY, published="2025-08-14"),
    ]
    for d in docs:
        assert store.put(d)
    return store, docs


# ---- opening, schema, migrations ------------------------------------------------------------
def test_open_creates_a_wal_file_at_the_latest_version(tmp_path):
    path = tmp_path / "sub" / "dir" / "news.db"
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION >= 2
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"raw_inputs", "documents", "blocks", "spans", "runs", "search_index", "minhash"} <= (
        tables
    )


def test_the_write_ahead_log_is_checkpointed_every_many_batches_and_emptied_at_close(tmp_path):
    # a batch writes hundreds of pages, the same ones batch after batch: the log is copied
    # into the file once it holds WAL_CHECKPOINT_PAGES pages, not SQLite's 1,000
    from dashiji.store.sqlite import WAL_CHECKPOINT_PAGES

    path = tmp_path / "news.db"
    with Store.open(path) as s:
        got = s.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert got == WAL_CHECKPOINT_PAGES > 1000
        doc = make_doc("日志", ["检查点之前的一段正文。"])
        with s.batch():
            assert s.put(doc)
    assert not (tmp_path / "news.db-wal").exists()  # the last connection checkpointed it
    with Store.open(path) as s:
        assert s.has_doc(doc.id)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store.open(path)


def test_unusable_path_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        Store.open(blocker / "news.db")


def write_as_old_version(path, version, docs):
    """A store file at schema ``version`` holding ``docs`` as that dashiji wrote them: the rows
    of today's store (tables 1-3 keep their columns) and the word index of versions 1-3."""
    fresh = path.with_name(path.stem + "-fresh.db")
    with Store.open(fresh) as new:
        for doc in docs:
            new.put(doc)
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=version) == version
    conn.execute("ATTACH DATABASE ? AS fresh", (str(fresh),))
    for table in ("raw_inputs", "documents", "blocks", "spans"):
        # by name: a column's place may have changed since (raw_inputs.data ends the row in 13)
        cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM fresh.{table}")
    conn.execute("DETACH DATABASE fresh")
    for doc_id, title, text in conn.execute(
        "SELECT id, coalesce(title, ''), text FROM documents WHERE status = 'ok'"
    ).fetchall():
        conn.execute(
            "INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)",
            (doc_id, segment_for_index(title), segment_for_index(text)),
        )
    conn.close()


def test_old_version_file_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    write_as_old_version(path, 1, [doc])  # what a version-1 dashiji wrote

    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert s.get(doc.id) == doc
        assert s.search("普京").hits[0].id == doc.id
        s.put_minhashes([("x", "h", "affine32", 128, 1, 5, None)])  # the version-2 table
    conn = sqlite3.connect(path)
    assert user_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def write_version_12(path, docs):
    """A store file at schema version 12 (raw_inputs.data before stored_at) holding ``docs``,
    put by today's Store into that schema."""
    from dashiji.store.search import register_functions

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    register_functions(conn)
    assert migrate(conn, target=12) == 12
    old = Store(conn, path)
    for doc in docs:
        assert old.put(doc)
    old.close()


def test_a_version_12_store_moves_raw_data_last_and_keeps_every_document(tmp_path):
    """Migration 13 makes raw_inputs again with ``data`` last (a zeroblob that ends the row is
    not made in memory): every document and its raw bytes come back exactly, failed ones too,
    rowids and foreign keys hold, and a re-run skips what is stored."""
    from dashiji.store.sqlite import BLOB_PIECE

    path = tmp_path / "v12.db"
    ok = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    other = make_doc(GRAIN_TITLE, GRAIN_BODY)
    bad = failed_doc(bytes(range(256)) * (BLOB_PIECE * 3 // 256) + b"end")  # 3 pieces
    write_version_12(path, [ok, bad, other])
    conn = sqlite3.connect(path, isolation_level=None)
    before = conn.execute("SELECT rowid, sha256 FROM raw_inputs ORDER BY rowid").fetchall()
    assert [r[1] for r in conn.execute("PRAGMA table_info(raw_inputs)")][-1] == "stored_at"
    conn.close()

    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION >= 13
        assert s.get(ok.id) == ok and s.get(other.id) == other and s.get(bad.id) == bad
        assert s.get(bad.id).raw.data == bad.raw.data
        assert s.has_raw(ok.raw.sha256()) and not s.has_raw(bad.raw.sha256())
        assert s.failures()[0]["id"] == bad.id
        assert s.put(ok) is False  # stored once: a re-run adds nothing
        c = s.connection
        assert [r[1] for r in c.execute("PRAGMA table_info(raw_inputs)")][-1] == "data"
        assert c.execute("SELECT rowid, sha256 FROM raw_inputs ORDER BY rowid").fetchall() == (
            before
        )
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):  # still enforced after the migration
            c.execute(
                "INSERT INTO documents (id, raw_sha256, source, status, ingested_at, doc)"
                " VALUES ('orphan', 'no-such-raw', 's', 'ok', 'now', '{}')"
            )
        big = failed_doc(bytes(range(256)) * (BLOB_PIECE * 2 // 256) + b"new")
        assert s.put(big) and s.get(big.id).raw.data == big.raw.data
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "raw_inputs_v13" not in {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


def test_a_table_made_again_is_checked_for_rows_that_refer_to_nothing(tmp_path):
    """Migration 13 runs without foreign keys enforced (it drops the table that documents refer
    to) and is checked before it commits: a row that refers to nothing rolls it back, and the
    file stays at version 12, whole."""
    path = tmp_path / "orphan.db"
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    write_version_12(path, [doc])
    conn = sqlite3.connect(path, isolation_level=None)  # foreign keys off: an orphan can be made
    conn.execute("UPDATE documents SET raw_sha256 = 'gone' WHERE id = ?", (doc.id,))
    conn.close()
    with pytest.raises(StoreError, match="0013"):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert user_version(conn) == 12
    assert [r[1] for r in conn.execute("PRAGMA table_info(raw_inputs)")][-1] == "stored_at"
    assert conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0] == 1


def test_migration_failure_leaves_the_file_at_the_old_version(tmp_path, monkeypatch):
    from dashiji.store import schema

    path = tmp_path / "half.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("CREATE TABLE minhash (x)")  # makes migration 2 fail half-way
    with pytest.raises(StoreError, match="0002"):
        schema.migrate(conn)
    assert user_version(conn) == 1
    assert not conn.in_transaction


# ---- documents ------------------------------------------------------------------------------
def test_round_trip_is_exact(store):
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY, reference_date="2025-08-15")
    doc.add_span(Span("sentence", 0, len(SUMMIT_TITLE), "title", {"n": 1, "注": ["a", None]}))
    doc.add_span(Span("entity", 16, 18, "PER"))
    assert store.put(doc)
    got = store.get(doc.id)
    assert got == doc
    assert got.raw.data == doc.raw.data and isinstance(got.raw.data, bytes)
    assert store.get("no-such-id") is None


def test_failed_and_duplicate_documents_round_trip(store):
    bad = failed_doc()
    dup = make_doc(SUMMIT_TITLE, SUMMIT_BODY, uri="https://mirror.example/1")
    dup.id = "mirror-1"
    dup.duplicate_of = "first"
    assert store.put(bad) and store.put(dup)
    assert store.get(bad.id) == bad
    assert store.get(dup.id) == dup
    row = store.connection.execute(
        "SELECT status, error_code, error_step FROM documents WHERE id = ?", (bad.id,)
    ).fetchone()
    assert row == ("failed", "binary", "read")
    assert (
        store.connection.execute(
            "SELECT data FROM raw_inputs WHERE sha256 = ?", (bad.raw.sha256(),)
        ).fetchone()[0]
        == bad.raw.data
    )


def test_a_failed_document_is_stored_with_its_raw_bytes_not_its_decoded_text(store):
    """The decoded text of a failed document is not kept (its raw bytes are: reading them again
    gives it): a 19 MB line of text took an ingest 44 MB higher as JSON and its copies."""
    data = "特朗普会见普京。".encode() * 1000
    bad = Document(
        id=content_id(data),
        raw=Raw(data=data, uri="file:///in/x.txt", media_type="text/plain", encoding="utf-8"),
        source_text=data.decode("utf-8"),
        error=DocError("too_large", "the article has too many characters", "extract"),
    )
    assert store.put(bad)
    back = store.get(bad.id)
    assert back is not None and back.source_text is None
    assert back.raw.data == data and back.error == bad.error
    (doc_json,) = store.connection.execute(
        "SELECT doc FROM documents WHERE id = ?", (bad.id,)
    ).fetchone()
    assert "特朗普" not in doc_json
    good = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    assert store.put(good) and store.get(good.id).source_text == good.source_text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_large_page_is_restored_from_its_raw_bytes_not_kept_twice(store, encoding):
    """The source text of a page over BLOB_PIECE that is its raw bytes decoded is left out of
    the JSON and restored from the bytes; a text that is not their decoding is kept."""
    from dashiji.store.sqlite import BLOB_PIECE, SOURCE_FROM_RAW

    source = (
        "<html><body>"
        + "<p>普京与特朗普在阿拉斯加举行会晤。</p>" * (BLOB_PIECE // 20)
        + "</body></html>"
    )
    data = source.encode(encoding)
    assert len(data) > BLOB_PIECE
    page = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    page.raw.data, page.raw.encoding, page.source_text = data, encoding, source
    page.id = "page"
    cleaned = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    cleaned.raw.data, cleaned.raw.encoding = data, encoding
    cleaned.source_text = source.replace("普京", "\ufffd", 1)  # not what the bytes decode to
    cleaned.id = "cleaned"
    assert store.put(page) and store.put(cleaned)
    assert store.get("page") == page and store.get("cleaned") == cleaned
    rows = dict(store.connection.execute("SELECT id, doc FROM documents").fetchall())
    assert SOURCE_FROM_RAW in rows["page"] and "阿拉斯加举行会晤。</p>" not in rows["page"]
    assert SOURCE_FROM_RAW not in rows["cleaned"] and "阿拉斯加举行会晤。</p>" in rows["cleaned"]


def test_a_large_jsonl_record_text_is_restored_from_its_field_not_kept_twice(store):
    """The source text of a JSONL record over BLOB_PIECE that is the string of one of its fields
    is left out of the JSON and restored from the record; a text that is not that string (a
    lone surrogate made valid) is kept."""
    import json

    from dashiji.store.sqlite import BLOB_PIECE, SOURCE_FROM_FIELD

    text = "普京与特朗普在阿拉斯加举行会晤。\n" * (BLOB_PIECE // 40)
    line = json.dumps({"id": "r1", "title": SUMMIT_TITLE, "content": text}, ensure_ascii=False)
    record = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    record.raw.data, record.raw.encoding, record.source_text = line.encode(), "utf-8", text
    record.raw.media_type, record.id = "text/plain", "record"
    assert len(record.raw.data) > BLOB_PIECE
    escaped = make_doc(SUMMIT_TITLE, SUMMIT_BODY)  # written with \u escapes, one of them lone
    escaped.raw.data = json.dumps({"text": "\ud83d" + text}).encode()
    escaped.raw.encoding, escaped.source_text, escaped.id = "utf-8", "\ufffd" + text, "escaped"
    assert store.put(record) and store.put(escaped)
    assert store.get("record") == record and store.get("escaped") == escaped
    rows = dict(store.connection.execute("SELECT id, doc FROM documents").fetchall())
    assert f'"{SOURCE_FROM_FIELD}": "content"' in rows["record"]
    assert "阿拉斯加举行会晤。\\n普京" not in rows["record"]
    assert SOURCE_FROM_FIELD not in rows["escaped"] and "阿拉斯加举行会晤" in rows["escaped"]


def test_raw_bytes_of_many_blob_pieces_are_stored_whole_and_once(tmp_path):
    """Raw bytes over BLOB_PIECE are written into their row piece by piece (not bound whole:
    SQLite kept a copy of 20 MB bound to the cached statement); they read back the same."""
    from dashiji.store.sqlite import BLOB_PIECE

    data = bytes(range(256)) * (BLOB_PIECE * 5 // 2 // 256) + b"end"
    big = failed_doc(data)
    copy = failed_doc(data)
    copy.id = "the-same-bytes-again"
    with Store.open(str(tmp_path / "s.db")) as s:
        assert s.put(big) and s.put(copy)
        assert s.get(big.id).raw.data == data and s.get(copy.id).raw.data == data
        rows = s.connection.execute("SELECT size, typeof(data), data FROM raw_inputs").fetchall()
    assert rows == [(len(data), "blob", data)]


def test_put_is_idempotent(store):
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    assert store.put(doc) is True
    assert store.put(doc) is False
    assert store.put(make_doc(SUMMIT_TITLE, SUMMIT_BODY)) is False
    c = store.connection
    for table in ("documents", "raw_inputs", "search_docs"):
        assert c.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 1
    assert c.execute("SELECT count(*) FROM blocks").fetchone()[0] == 3


def test_a_failed_document_is_replaced_by_a_later_success(store):
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    failed = Document(id=doc.id, raw=doc.raw, error=DocError("no_article", "none", "extract"))
    assert store.put(failed)
    assert not store.has_raw(doc.raw.sha256())
    assert store.has_raw(doc.raw.sha256(), any_status=True)
    assert store.put(failed) is False
    assert store.put(doc) is True
    assert store.get(doc.id) == doc
    assert store.has_raw(doc.raw.sha256())
    assert store.put(failed) is False  # a success is never replaced
    assert store.stats()["by_status"] == {"ok": 1}


def test_has_doc_and_has_raw(store):
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    assert not store.has_doc(doc.id) and not store.has_raw(doc.raw.sha256())
    store.put(doc)
    assert store.has_doc(doc.id)
    assert store.has_raw(doc.raw.sha256())
    assert store.has_raw(doc.raw.sha256(), any_status=True)


def test_data_with_sql_characters_is_stored_verbatim(store):
    doc = make_doc("标题'); DROP TABLE documents; --", ["正文 \" ' ; -- /* */ %s ? :x"])
    doc.id = "id'\"; DROP TABLE documents; --"
    assert store.put(doc)
    assert store.get(doc.id) == doc
    assert [h.id for h in store.search('"\'); DROP TABLE documents; --"').hits] == [doc.id]
    with pytest.raises(SearchQueryError, match="unbalanced"):
        store.search("'); DROP TABLE documents; --")
    assert store.stats()["documents"] == 1


def test_iter_documents_in_storage_order(filled):
    store, docs = filled
    store.put(failed_doc())
    assert [d.id for d in store.iter_documents(batch_size=2)] == [d.id for d in docs] + [
        failed_doc().id
    ]
    assert [d.id for d in store.iter_documents(status="failed")] == [failed_doc().id]
    assert list(store.iter_documents(status="duplicate")) == []
    assert next(store.iter_documents()) == docs[0]


def test_put_spans_replaces_one_layer(store):
    doc = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    doc.add_span(Span("entity", 0, 2, "PER"))
    store.put(doc)
    sentences = [Span("sentence", 0, 5), Span("sentence", 6, 10, attrs={"k": "v"})]
    store.put_spans(doc.id, "sentence", sentences)
    store.put_spans(doc.id, "sentence", sentences)  # replaces, does not add
    got = store.get(doc.id)
    assert got.spans_of("entity") == [Span("entity", 0, 2, "PER")]
    assert got.spans_of("sentence") == sentences
    texts = [
        r[0]
        for r in store.connection.execute(
            "SELECT text FROM spans WHERE layer = 'sentence' ORDER BY start"
        )
    ]
    assert texts == [doc.text[0:5], doc.text[6:10]]
    store.put_spans(doc.id, "sentence", [])
    assert store.get(doc.id).spans_of("sentence") == []
    with pytest.raises(ValueError):
        store.put_spans(doc.id, "sentence", [Span("sentence", 0, 10_000)])
    with pytest.raises(ValueError):
        store.put_spans(doc.id, "sentence", [Span("entity", 0, 1)])
    with pytest.raises(KeyError):
        store.put_spans("nope", "sentence", [])
    assert store.get(doc.id).spans_of("entity") == [Span("entity", 0, 2, "PER")]


def test_batch_rolls_back_on_error(store):
    a = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    with pytest.raises(RuntimeError):
        with store.batch():
            store.put(a)
            raise RuntimeError("boom")
    assert not store.has_doc(a.id)
    assert store.put_many([a, make_doc(GRAIN_TITLE, GRAIN_BODY), a], batch_size=2) == 2


# ---- search ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    ["普京", "会晤", "美俄", "特朗普", "安克雷奇", "阿拉斯加", "會晤", "普京 会晤", "普京與特朗普"],
)
def test_search_finds_chinese_words(filled, query):
    store, docs = filled
    ids = [h.id for h in store.search(query).hits]
    assert docs[0].id in ids
    assert docs[2].id not in ids


def test_search_across_scripts(filled):
    store, docs = filled
    # a simplified query finds the traditional document ...
    hits = store.search("乌克兰总统").hits
    assert [h.id for h in hits] == [docs[1].id]
    # ... with a snippet from its original, traditional text
    assert "[烏克蘭總統]" in hits[0].marked()
    # and a traditional query finds the simplified document
    assert docs[0].id in [h.id for h in store.search("俄羅斯總統").hits]


def test_search_hit_fields_and_snippet(filled):
    store, docs = filled
    (hit,) = store.search("美俄关系").hits
    assert hit.id == docs[0].id
    assert hit.title == SUMMIT_TITLE
    assert hit.published == "2025-08-15"
    assert hit.source == docs[0].source
    assert "[美俄关系]" in hit.marked()
    assert " 缓和" not in hit.snippet  # original text, not a segmented index
    assert "释放出" in hit.snippet
    assert hit.snippet.startswith("…") and len(hit.snippet) <= 102
    assert "<b>美俄关系</b>" in hit.marked("<b>", "</b>")


def test_search_ranks_title_matches_first(store):
    about = make_doc("泽连斯基将访问白宫", ["乌克兰总统泽连斯基18日将访问白宫，与特朗普会谈。"])
    mention = make_doc(
        "欧洲领导人将赴华盛顿",
        ["多位欧洲领导人将前往华盛顿。此前，泽连斯基曾表示希望参加会谈。各方立场仍有分歧。"],
    )
    store.put(mention)
    store.put(about)
    assert [h.id for h in store.search("泽连斯基").hits] == [about.id, mention.id]


def test_search_skips_failed_and_duplicates(store):
    first = make_doc(SUMMIT_TITLE, SUMMIT_BODY)
    copy = make_doc(SUMMIT_TITLE, SUMMIT_BODY, uri="https://mirror.example/2")
    copy.id, copy.duplicate_of = "copy", first.id
    broken = make_doc("普京抵达", ["普京抵达"])
    broken.error = DocError("step_failed", "bug", "times")
    for d in (first, copy, broken):
        store.put(d)
    assert [h.id for h in store.search("普京").hits] == [first.id]


def test_search_any_term_and_odd_queries(filled):
    store, docs = filled
    assert store.search("普京 夏粮").hits == []
    assert {h.id for h in store.search("普京 OR 夏粮").hits} == {docs[0].id, docs[2].id}
    for q in [
        "",
        "   ",
        "，。！",
        '"',
        'AND OR NOT "普京',
        "普京*",
        "NEAR(普京 会晤)",
        "title:普京",
    ]:
        try:  # no FTS5 syntax error reaches the caller: a result or a clear query error
            store.search(q)
        except SearchQueryError:
            pass
    assert store.search('"普京"').hits[0].id == docs[0].id
    assert len(store.search("普京", limit=1).hits) == 1


# ---- bookkeeping ----------------------------------------------------------------------------
def test_runs(store):
    run = store.begin_run({"paths": ["a.jsonl"], "workers": 2})
    assert store.put(make_doc(SUMMIT_TITLE, SUMMIT_BODY), run_id=run)
    store.finish_run(run, {"ok": 1, "failed": {}})
    (r,) = store.runs()
    assert r["run_id"] == run and r["inputs"]["paths"] == ["a.jsonl"]
    assert r["counts"] == {"ok": 1, "failed": {}} and r["finished"]
    assert store.connection.execute("SELECT run_id FROM documents").fetchone()[0] == run
    with pytest.raises(KeyError):
        store.finish_run(run + 100, {})


def test_stats(filled):
    store, docs = filled
    store.put(failed_doc())
    store.put(failed_doc(b"\xff\xfe odd", code="undecodable"))
    copy = make_doc(SUMMIT_TITLE, SUMMIT_BODY, uri="https://mirror.example/3")
    copy.id, copy.duplicate_of = "copy", docs[0].id
    store.put(copy)
    st = store.stats()
    assert st["documents"] == 6
    assert st["by_status"] == {"ok": 3, "failed": 2, "duplicate": 1}
    assert st["by_error"] == {"binary": 1, "undecodable": 1}
    assert st["by_script"] == {"zh-Hans": 2, "zh-Hant": 1}
    assert st["duplicates"] == 1
    assert st["published"] == {"min": "2025-08-14", "max": "2025-08-16"}
    assert st["raw_inputs"] == 5  # the copy shares the first document's bytes
    extra = len(failed_doc().raw.data) + len(b"\xff\xfe odd")
    assert st["raw_bytes"] == sum(len(d.raw.data) for d in docs) + extra
    assert st["schema_version"] == SCHEMA_VERSION


# ---- a killed run loses at most the document in flight --------------------------------------
INGEST = textwrap.dedent(
    """
    import sys, time
    from dashiji.model import Article, Block, Document, Raw
    from dashiji.store import Store

    path, n, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    with Store.open(path) as store:
        run = store.begin_run({"n": n})
        new = 0
        for i in range(n):
            doc_id = f"doc-{i:04d}"
            if store.has_doc(doc_id):
                continue
            body = [f"第{i}号新闻。普京与特朗普举行会晤，双方讨论了乌克兰问题。", f"第二段{i}。"]
            doc = Document(id=doc_id, raw=Raw(data=f"raw {i}".encode(), uri=f"https://x/{i}"))
            doc.set_article(Article(title=f"标题{i}", blocks=[Block("title", f"标题{i}")]
                                    + [Block("body", p) for p in body]))
            new += store.put(doc, run_id=run)
            time.sleep(delay)
        store.finish_run(run, {"new": new})
    """
)


def _count(path):
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_and_stores_each_document_once(tmp_path):
    script = tmp_path / "ingest.py"
    script.write_text(INGEST)
    db = tmp_path / "killed.db"
    n = 200
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(n), "0.01"])
    try:
        deadline = time.monotonic() + 60
        while _count(db) < 30:
            assert proc.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    stored = _count(db)
    assert 30 <= stored < n

    subprocess.run([sys.executable, str(script), str(db), str(n), "0"], check=True, timeout=120)
    with Store.open(db) as s:
        c = s.connection
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (n, n)
        assert c.execute("SELECT count(*) FROM raw_inputs").fetchone()[0] == n
        assert c.execute("SELECT count(*) FROM blocks").fetchone()[0] == 3 * n
        assert c.execute("SELECT count(*), count(DISTINCT doc_id) FROM search_docs").fetchone() == (
            n,
            n,
        )
        assert {d.id for d in s.iter_documents()} == {f"doc-{i:04d}" for i in range(n)}
        runs = s.runs()
        assert len(runs) == 2 and runs[0]["finished"] is None
        assert runs[1]["counts"] == {"new": n - stored}
        assert s.search("第199号新闻").total == 1


# ---- the file opens in datasette ------------------------------------------------------------
@pytest.mark.parametrize("store_location", ["sqlite"], indirect=True)
def test_store_opens_in_datasette(filled):
    import datasette.app as datasette_app  # a dev dependency: missing fails

    store, docs = filled
    store.put_spans(docs[0].id, "entity", [Span("entity", 0, 2, "PER")])
    path = store.path

    async def fetch():
        ds = datasette_app.Datasette([str(path)])
        db = path.stem
        docs_resp = await ds.client.get(f"/{db}/documents.json?_shape=array")
        spans_resp = await ds.client.get(f"/{db}/spans.json?_shape=array")
        tables_resp = await ds.client.get(f"/{db}.json")
        return docs_resp, spans_resp, tables_resp

    docs_resp, spans_resp, tables_resp = asyncio.run(fetch())
    assert docs_resp.status_code == 200
    rows = docs_resp.json()
    assert {r["id"] for r in rows} == {d.id for d in docs}
    assert {r["title"] for r in rows} >= {SUMMIT_TITLE, TW_TITLE}
    assert spans_resp.status_code == 200 and spans_resp.json()[0]["text"] == "普京"
    assert tables_resp.status_code == 200
