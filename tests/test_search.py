"""Search that behaves like a search engine: the query language, exact totals, ranking, pages,
snippets with highlight offsets, the CLI, the migration of old stores and datasette.

The store is filled through the real pipeline (``dashiji.pipeline.ingest``) with the seeds, the
public magic-html pages of the bench (Apache-2.0) and articles invented here; every total is
checked against a brute-force substring scan of the stored texts.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as hyp
from typer.testing import CliRunner

from dashiji.cli import app
from dashiji.errors import SearchQueryError
from dashiji.pipeline import ingest
from dashiji.segment import segment_for_index
from dashiji.store import SCHEMA_VERSION, Store, search, search_text
from dashiji.store.schema import migrate
from dashiji.store.search_query import All, Any, Term, parse_query
from dashiji.store.search_text import index_tokens, search_view, term_expression, view_of

REPO = Path(__file__).resolve().parents[1]

# Invented articles (no real reporting): one-character hits inside words, both scripts, Latin
# words, phrases across word boundaries, hostile strings.
INVENTED = [
    {
        "id": "inv-guo",
        "title": "郭美美案再审开庭",
        "date": "2025-03-02",
        "outlet": "测试日报",
        "text": "本报讯 郭美美案今日在某地法院再审开庭，旁听席座无虚席。\n\n"
        "庭审持续四个小时，控辩双方围绕美元账户的来源展开辩论，法院将择期宣判。",
    },
    {
        "id": "inv-lai",
        "title": "黎智英案庭审进入第三周",
        "date": "2025-03-05",
        "outlet": "测试日报",
        "text": "本报讯 黎智英案庭审进入第三周，控方继续传召证人出庭作证。\n\n"
        "法庭今日听取了两名证人的证词，辩方律师对证据提出质疑，审讯将于下周继续。",
    },
    {
        "id": "inv-zel-hant",
        "title": "澤連斯基抵達華盛頓 將與美國總統會談",
        "date": "2025-08-17",
        "outlet": "測試新聞",
        "text": "本報訊 烏克蘭總統澤連斯基週日抵達華盛頓，預計週一在白宮與美國總統會談。\n\n"
        "分析人士認為，此次會談將討論停火方案與安全保障，歐洲多國領導人也將出席。",
    },
    {
        "id": "inv-zel-body",
        "title": "欧洲领导人将赴华盛顿出席会谈",
        "date": "2025-08-17",
        "outlet": "测试日报",
        "text": "本报讯 多位欧洲领导人将前往华盛顿出席会谈，各方立场仍有分歧。\n\n"
        "据悉，泽连斯基此前曾表示希望各方尽快达成协议，会谈地点设在白宫。",
    },
    {
        "id": "inv-covid",
        "title": "ＣＯＶＩＤ－１９疫情后 White House 公布新计划",
        "date": "2025-04-01",
        "outlet": "Test Wire",
        "text": "本报讯 COVID-19 疫情结束两年后，White House 今日公布一项公共卫生新计划。\n\n"
        "计划提出在全国设立监测站点，Whitehouse 一词在网络上被误用的情况也引起讨论。",
    },
    {
        "id": "inv-epidemic",
        "title": "某省疫情防控工作会议召开",
        "date": "2025-01-10",
        "outlet": "测试日报",
        "text": "本报讯 某省召开疫情防控工作会议，部署冬春季防控任务。\n\n"
        "会议要求各地加强监测预警，做好物资储备，确保群众生活平稳有序。",
    },
    {
        "id": "inv-relations",
        "title": "学者谈美俄关系缓和的前景",
        "date": "2025-08-20",
        "outlet": "测试日报",
        "text": "本报讯 多位学者在研讨会上讨论美俄关系缓和的前景，认为双方仍存在深层分歧。\n\n"
        "与会者指出，美俄关系的走向将影响欧洲安全格局，也将影响全球能源市场。",
    },
    {
        "id": "inv-hostile",
        "title": '<script>alert("x")</script> [red]标记[/red] " OR 1=1 -- NEAR( 疫情',
        "date": "2025-05-05",
        "outlet": "<b>坏</b>",
        "text": '本报讯 这篇文章的标题带有脚本标签 <img src=x onerror=alert(1)> 和 " OR 1=1 --，'
        "以及 [bold]富文本标记[/bold] 与 NEAR( 等字样，用来检验搜索的转义。\n\n"
        "正文还提到疫情与美国，星号 * 和反斜杠 \\ 也在其中。",
    },
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    tmp = tmp_path_factory.mktemp("search")
    news = tmp / "invented.jsonl"
    news.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in INVENTED) + "\n", "utf-8")
    public = shared / "bench" / "extraction" / "magic-html-zh-dev"
    path = tmp / "news.db"
    with Store.open(path) as store:
        ingest([str(news), str(shared / "seeds"), str(public / "*.html")], store)
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path) as s:
        yield s


def _stored(store: Store) -> dict[str, tuple[str, str]]:
    """id -> (title, text) of every ok document, as stored."""
    return {
        doc_id: (title or "", text or "")
        for doc_id, title, text in store.connection.execute(
            "SELECT id, title, text FROM documents WHERE status = 'ok'"
        )
    }


def _has(fields: tuple[str, str], term: str) -> bool:
    needle = view_of(term)
    return any(needle in view_of(f) for f in fields)


def _all_ids(store: Store, query: str) -> list[str]:
    result = store.search(query, limit=1000)
    assert len(result.hits) == result.total
    return [h.id for h in result.hits]


# ---- the totals are exact ---------------------------------------------------------------
BRUTE: list[tuple[str, Callable[[Callable[[str], bool]], bool]]] = [
    ("美", lambda has: has("美")),
    ("疫", lambda has: has("疫")),
    ("的", lambda has: has("的")),
    ("美国", lambda has: has("美国")),
    ("郭美美", lambda has: has("郭美美")),
    ("郭美美 OR 黎智英", lambda has: has("郭美美") or has("黎智英")),
    ("郭美美 | 黎智英", lambda has: has("郭美美") or has("黎智英")),
    ("疫情 -美国", lambda has: has("疫情") and not has("美国")),
    ("疫情 NOT 美国", lambda has: has("疫情") and not has("美国")),
    ("美国 特朗普", lambda has: has("美国") and has("特朗普")),
    (
        "普京 (会晤 OR 峰会) -布达佩斯",
        lambda has: has("普京") and (has("会晤") or has("峰会")) and not has("布达佩斯"),
    ),
    ('"美俄关系"', lambda has: has("美俄关系")),
    ("俄关", lambda has: has("俄关")),
    ("澤連斯基", lambda has: has("泽连斯基")),
    ("泽连斯基", lambda has: has("澤連斯基")),
    ("white house", lambda has: has("white") and has("house")),
    ('"white house"', lambda has: has("white house")),
    ("ＣＯＶＩＤ－１９", lambda has: has("covid-19")),
    ("2025年", lambda has: has("2025年")),
    ("新华社 -(美国 OR 俄罗斯)", lambda has: has("新华社") and not (has("美国") or has("俄罗斯"))),
]


@pytest.mark.parametrize("query,predicate", BRUTE, ids=[q for q, _ in BRUTE])
def test_totals_equal_a_brute_force_substring_scan(store, query, predicate):
    docs = _stored(store)
    assert len(docs) >= 30  # invented, seeds and public pages
    expected = {i for i, fields in docs.items() if predicate(lambda t, f=fields: _has(f, t))}
    result = store.search(query, limit=1000)
    assert result.total == len(expected)
    assert {h.id for h in result.hits} == expected


def test_one_character_counts_every_article_holding_it(store):
    """美 inside 美国, 美元, 郭美美 ...: the old word index missed most of them."""
    raw = {i for i, (title, text) in _stored(store).items() if "美" in title or "美" in text}
    assert len(raw) >= 10
    assert set(_all_ids(store, "美")) == raw
    assert {"inv-guo", "inv-relations", "inv-zel-hant"} <= raw  # 郭美美, 美俄, 美國


def test_either_script_and_width_and_case(store):
    assert _all_ids(store, "澤連斯基") == _all_ids(store, "泽连斯基")
    assert {"inv-zel-hant", "inv-zel-body"} <= set(_all_ids(store, "泽连斯基"))
    assert _all_ids(store, "covid-19") == _all_ids(store, "ＣＯＶＩＤ－１９") == ["inv-covid"]
    assert _all_ids(store, "WHITE HOUSE") == _all_ids(store, "white house")


def test_phrases_match_across_word_boundaries_and_literally(store):
    assert "inv-relations" in _all_ids(store, "俄关")  # 美俄 | 关系: inside no word
    assert _all_ids(store, "“美俄关系缓和”") == ["inv-relations"]
    assert _all_ids(store, "「美俄关系缓和」") == ["inv-relations"]
    # "white house" needs the space; whitehouse alone is another string
    assert _all_ids(store, '"white house"') == ["inv-covid"]
    assert _all_ids(store, '"whitehouse"') == ["inv-covid"]
    assert _all_ids(store, '"white  house"') == ["inv-covid"]  # whitespace runs fold
    assert _all_ids(store, '"house white"') == []


def test_or_exclusion_and_groups(store):
    guo, lai = set(_all_ids(store, "郭美美")), set(_all_ids(store, "黎智英"))
    assert guo == {"inv-guo"} and lai == {"inv-lai"}
    assert set(_all_ids(store, "郭美美 OR 黎智英")) == guo | lai
    assert set(_all_ids(store, "庭审 (郭美美 OR 黎智英)")) == {"inv-guo", "inv-lai"} & set(
        _all_ids(store, "庭审")
    )
    assert "inv-hostile" in _all_ids(store, "疫情")
    assert "inv-hostile" not in _all_ids(store, "疫情 -美国")
    assert "inv-epidemic" in _all_ids(store, "疫情 -美国")
    assert _all_ids(store, "疫情 -美国 -防控") == [
        i for i in _all_ids(store, "疫情 -美国") if i not in _all_ids(store, "防控")
    ]


# ---- the query language -----------------------------------------------------------------------
def test_parser_builds_the_tree():
    assert parse_query("美") == Term("美")
    assert parse_query("郭美美 OR 黎智英") == Any((Term("郭美美"), Term("黎智英")))
    assert parse_query("a b OR c") == All((Term("a"), Any((Term("b"), Term("c")))))
    assert parse_query('"White House" -Trump') == All((Term("white house"),), (Term("trump"),))
    assert parse_query("普京，特朗普") == All((Term("普京"), Term("特朗普")))
    assert parse_query("唐納德·川普") == Term("唐纳德·川普")
    assert parse_query("covid-19 u.s.") == All((Term("covid-19"), Term("u.s")))
    assert parse_query("普京*") == Term("普京")
    assert parse_query("美 美 美") == parse_query("美 OR 美") == Term("美")  # repeats count once
    assert parse_query("美国 -俄 -俄") == All((Term("美国"),), (Term("俄"),))
    assert parse_query("a -- b") == All((Term("a"), Term("b")))
    assert parse_query("（美国 ｜ 俄罗斯） －乌克兰") == All(
        (Any((Term("美国"), Term("俄罗斯"))),), (Term("乌克兰"),)
    )


@pytest.mark.parametrize(
    "query,message",
    [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("，。！", "nothing to search for"),
        ("*", "nothing to search for"),
        ('"普京', "unbalanced quote"),
        ("“普京", "unbalanced quote"),
        ('" OR 1=1 --', "unbalanced quote"),
        ("-", "lone '-'"),
        ("普京 -", "lone '-'"),
        ("普京 - 特朗普", "lone '-'"),
        ("-普京", "only excludes"),
        ("NEAR(", "unbalanced '('"),
        ("普京)", "unbalanced ')'"),
        ("普京 OR", "OR"),
        ("OR 普京", "OR"),
        ("普京 OR -特朗普", "excluded"),
        ('""', "empty phrase"),
        ("x" * 1001, "longer than"),
        (" ".join(["美"] * 33), "more than 32 terms"),
        ("美" * 201, "longer than 200 characters"),
        ("(" * 20 + "美" + ")" * 20, "nested"),
    ],
)
def test_malformed_queries_raise_a_clear_error(store, query, message):
    with pytest.raises(SearchQueryError, match=re.escape(message)):
        store.search(query)


@pytest.mark.parametrize(
    "query",
    [
        "NEAR(普京 会晤)",
        "title:普京",
        "普京*",
        "AND 普京",
        "'); DROP TABLE documents; --",
        "1=1 --",
        '"NEAR("',
        '"* OR 1=1"',
        "{body}:普京 ^普京",
        '"\\"',
    ],
)
def test_hostile_queries_never_reach_fts5_or_sql(store, query):
    try:
        result = store.search(query)
    except SearchQueryError:
        pass
    else:
        assert result.total >= 0
    assert store.connection.execute("SELECT count(*) FROM documents").fetchone()[0] > 0


@pytest.mark.parametrize("literal", ["NEAR(", " OR 1=1 --", "<script>", "*", "[bold]", "\\"])
def test_hostile_strings_are_found_literally(store, literal):
    ids = _all_ids(store, f'"{literal}"')
    assert "inv-hostile" in ids
    docs = _stored(store)
    assert set(ids) == {i for i, fields in docs.items() if _has(fields, literal)}


# ---- results: ranking, pages, snippets ----------------------------------------------------------
def test_title_matches_rank_above_body_matches(store):
    ids = _all_ids(store, "泽连斯基")
    assert ids.index("inv-zel-hant") < ids.index("inv-zel-body")


def test_pages_partition_the_ranked_hits(store):
    full = store.search("的", limit=1000)
    assert full.total >= 20
    pages = [store.search("的", limit=7, offset=k) for k in range(0, full.total, 7)]
    assert all(p.total == full.total for p in pages)
    assert [h.id for p in pages for h in p.hits] == [h.id for h in full.hits]
    assert store.search("的", limit=5, offset=full.total).hits == []
    assert store.search("的", limit=0).total == full.total
    with pytest.raises(SearchQueryError):
        store.search("的", limit=-1)
    with pytest.raises(SearchQueryError):
        store.search("的", offset=-1)
    with pytest.raises(SearchQueryError):
        store.search("的", limit=100_000)


def test_snippets_are_original_text_with_exact_highlights(store):
    hits = store.search("美国总统").hits
    assert len(hits) > 1
    (hit,) = [h for h in hits if h.id == "inv-zel-hant"]
    assert hit.marked_title() == "澤連斯基抵達華盛頓 將與[美國總統]會談"
    assert "[美國總統]" in hit.marked()  # traditional original, not the simplified view
    for s, e in hit.highlights:
        assert view_of(hit.snippet[s:e]) == "美国总统"
    text = store.get(hit.id).text
    body = hit.snippet.strip("…")
    assert body in " ".join(text.split())
    hits = store.search("郭美美 OR 美元").hits
    (guo,) = [h for h in hits if h.id == "inv-guo"]
    marked = {guo.snippet[s:e] for s, e in guo.highlights}
    assert marked == {"郭美美", "美元"}


def test_a_long_article_shows_the_passage_with_the_most_terms(tmp_path):
    filler = "无关的句子反复出现。" * 40
    text = "开头提到了普京。" + filler + "普京与特朗普在安克雷奇会晤。" + filler
    with Store.open(tmp_path / "long.db") as s:
        _put_text(s, "long", "一篇长文", text)
        (hit,) = s.search("普京 特朗普").hits
    assert "[普京]与[特朗普]在安克雷奇" in hit.marked()
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 102


def _put_text(store: Store, doc_id: str, title: str, text: str) -> None:
    from dashiji.model import Article, Block, Document, Raw

    data = (title + "\n" + text).encode()
    doc = Document(id=doc_id, raw=Raw(data=data, uri=f"file:///{doc_id}.txt"))
    doc.set_article(Article(title=title, blocks=[Block("title", title), Block("body", text)]))
    store.put(doc)


def test_search_view_maps_back_to_the_original():
    for text in ["ＡＢＣ…ﬁ①İ", "a\u200bb\t\n c", "  美國  總統 ", "", "﹁引號﹂ 𠮷野家", "\ud800x"]:
        view, origin = search_view(text)
        assert view == view_of(text)
        assert len(origin) == len(view)
        assert origin == sorted(origin)
        assert all(0 <= o < len(text) for o in origin)
        assert not view.startswith(" ") and not view.endswith(" ") and "  " not in view
    assert search_view("ＡＢ美國")[0] == "ab美国"
    assert search_view("a\u200bb")[0] == "ab"


def _reference_view(text: str) -> tuple[str, list[int]]:
    """The search view character by character, as the module docstring defines it."""
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        for x in search_text._fold_char(c):
            if x == " " and (not out or out[-1] == " "):
                continue
            out.append(x)
            origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


_TEXT = hyp.text(
    alphabet=hyp.sampled_from(list("美國总统俄关系 \n\t\u3000ＡＢｃab…ﬁ①İ\u200b，。𠮷ﷺ\x00-"))
    | hyp.characters(),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_the_fast_view_equals_the_character_by_character_definition(text):
    assert search_view(text) == _reference_view(text)
    # both ways of folding, whatever the length (search_view picks one by length)
    assert search_text._search_view_long(text) == _reference_view(text)
    assert search_text._search_view_short(text) == _reference_view(text)
    long_text = text * (search_text.SHORT // max(1, len(text)) + 1)
    assert search_view(long_text) == _reference_view(long_text)
    assert view_of(text) == _reference_view(text)[0]
    view = _reference_view(text)[0]
    expected = " ".join(
        search_text._code(a) + search_text._code(b)
        for a, b in zip(view, view[1:] + search_text.END, strict=False)
    )
    assert index_tokens(text) == (expected if view else "")


@settings(max_examples=150, deadline=None)
@given(hyp.lists(_TEXT, min_size=1, max_size=6), _TEXT)
def test_a_term_matches_exactly_the_texts_that_contain_it(texts, term):
    needle = view_of(term)
    assume(needle)
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(body, content='', prefix='4', tokenize='ascii')"
    )
    for i, text in enumerate(texts):
        conn.execute("INSERT INTO t (rowid, body) VALUES (?, ?)", (i, index_tokens(text)))
    got = {
        r[0]
        for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (term_expression(needle),))
    }
    assert got == {i for i, text in enumerate(texts) if needle in view_of(text)}


def test_a_search_past_its_time_limit_is_stopped_with_a_clear_error(tmp_path):
    with Store.open(tmp_path / "slow.db") as s:
        with s.batch():
            for i in range(300):
                _put_text(s, f"d{i}", f"第{i}号", "的是在了和有一不这中人国大为上个以说到时" * 5)
        many = " OR ".join("的是在了和有一不这中人国大为上个以说到时")
        assert s.search(many, time_limit=None).total == 300
        with pytest.raises(SearchQueryError, match="took longer than"):
            s.search(many, time_limit=1e-9)
        assert s.search("的").total == 300  # the connection is usable again, no handler left


def test_the_time_limit_stops_a_statement_inside_sqlite_and_only_its_own():
    """The watchdog thread interrupts a statement that runs past its deadline (the search's SQL
    runs without a Python callback), and never one of a search that has ended."""
    import threading
    import time

    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    start = time.monotonic()
    token = search._WATCHDOG.watch(conn, time.monotonic() + 0.05)
    try:
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            conn.execute(endless).fetchone()
    finally:
        search._WATCHDOG.done(token)
    assert time.monotonic() - start < 2.0
    # a search that ended is not interrupted later, though its deadline passes
    token = search._WATCHDOG.watch(conn, time.monotonic() + 0.05)
    search._WATCHDOG.done(token)
    time.sleep(0.15)
    assert conn.execute("SELECT count(*) FROM (SELECT 1 UNION ALL SELECT 2)").fetchone() == (2,)
    # two connections, one past its deadline: the other runs on
    other = sqlite3.connect(":memory:", check_same_thread=False)
    long_ok = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000)"
    got: list[object] = []
    t = threading.Thread(
        target=lambda: got.append(other.execute(long_ok + " SELECT max(x) FROM c").fetchone())
    )
    mine = search._WATCHDOG.watch(conn, time.monotonic() + 0.02)
    theirs = search._WATCHDOG.watch(other, time.monotonic() + 60)
    try:
        t.start()
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            conn.execute(endless).fetchone()
        t.join()
    finally:
        search._WATCHDOG.done(mine)
        search._WATCHDOG.done(theirs)
    assert got == [(3000000,)]


# ---- the index follows the writes ---------------------------------------------------------------
def test_index_follows_replacement_of_a_failed_document(tmp_path):
    from dashiji.model import DocError, Document, Raw

    with Store.open(tmp_path / "w.db") as s:
        failed = Document(
            id="d1",
            raw=Raw(data=b"x", uri="file:///d1"),
            error=DocError("no_article", "x", "extract"),
        )
        s.put(failed)
        assert s.search("普京").total == 0
        _put_text(s, "d1", "普京抵达", "普京今日抵达。")  # replaces the failed one
        assert [h.id for h in s.search("普京").hits] == ["d1"]
        from dashiji.store.search import unindex_document

        with s.batch():
            unindex_document(s.connection, "d1")
        assert s.search("普京").total == 0
        c = s.connection
        c.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        assert c.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 0


# ---- old stores ----------------------------------------------------------------------------------
def test_a_version_2_store_gets_its_index_on_open(tmp_path, store_path):
    """Documents stored by a version-2 dashiji (word index only) are searchable after open."""
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 2
    conn.execute("ATTACH DATABASE ? AS src", (str(store_path),))
    for table in ("raw_inputs", "documents", "blocks", "spans"):
        # by name: a column's place may have changed since (raw_inputs.data ends the row in 13)
        cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}")
    conn.execute("DETACH DATABASE src")
    for doc_id, title, text in conn.execute(
        "SELECT id, coalesce(title, ''), text FROM documents WHERE status = 'ok'"
    ).fetchall():
        conn.execute(  # what version 2 wrote
            "INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)",
            (doc_id, segment_for_index(title), segment_for_index(text)),
        )
    conn.close()

    with Store.open(path) as old, Store.open(store_path) as new:
        assert old.schema_version == SCHEMA_VERSION
        c = old.connection
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        assert "documents_fts" not in tables
        ok = c.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        assert c.execute("SELECT count(*) FROM search_docs").fetchone()[0] == ok
        for query in ("美", "郭美美 OR 黎智英", "疫情 -美国", "澤連斯基"):
            a, b = old.search(query, limit=1000), new.search(query, limit=1000)
            assert a.total == b.total > 0
            assert {h.id for h in a.hits} == {h.id for h in b.hits}
        c.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


# ---- the CLI ----------------------------------------------------------------------------
runner = CliRunner()


def test_cli_prints_the_total_and_highlighted_hits(store_path):
    res = runner.invoke(app, ["search", "郭美美 OR 黎智英", "--db", str(store_path)])
    assert res.exit_code == 0, res.output
    assert "2 matches" in res.stdout
    assert "郭美美" in res.stdout and "黎智英" in res.stdout


def test_cli_jsonl_hits_with_offsets_and_total_on_stderr(store_path):
    res = runner.invoke(
        app,
        ["search", "美", "--db", str(store_path), "--format", "jsonl", "-n", "3", "--offset", "1"],
    )
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    with Store.open(store_path) as s:
        full = s.search("美", limit=4)
    assert [r["id"] for r in lines] == [h.id for h in full.hits[1:4]]
    assert f"{full.total} matches" in res.stderr
    for r in lines:
        for start, end in r["highlights"]:
            assert r["snippet"][start:end] == "美"


def test_cli_escapes_hostile_text_and_reports_bad_queries(store_path):
    res = runner.invoke(
        app, ["search", '"[bold]"', "--db", str(store_path)], env={"COLUMNS": "500"}
    )
    assert res.exit_code == 0, res.output
    assert "[bold]" in res.stdout  # shown literally, not taken as markup
    assert "[red]标记[/red]" in res.stdout
    bad = runner.invoke(app, ["search", '" OR 1=1 --', "--db", str(store_path)])
    assert bad.exit_code == 2
    assert "unbalanced quote" in bad.stderr
    none = runner.invoke(app, ["search", "无此字符串之文章", "--db", str(store_path)])
    assert none.exit_code == 1 and "no match" in none.stderr


# ---- datasette -----------------------------------------------------------------------------------
def test_the_plugin_is_declared_as_a_datasette_entry_point():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert meta["project"]["entry-points"]["datasette"] == {"dashiji": "dashiji.datasette_plugin"}


def _datasette_get(path: Path, url: str, **params: str) -> object:
    from datasette.app import Datasette
    from datasette.plugins import pm

    import dashiji.datasette_plugin as plugin

    ours = not pm.is_registered(plugin)  # the entry point registers it once installed
    if ours:
        pm.register(plugin, name="dashiji-search-test")
    try:

        async def fetch() -> object:
            ds = Datasette([str(path)])
            return await ds.client.get(url, params=params)

        return asyncio.run(fetch())
    finally:
        if ours:
            pm.unregister(plugin)


@pytest.mark.parametrize(
    "query", ["美", "郭美美 OR 黎智英", "疫情 -美国", "澤連斯基", '"white house"']
)
def test_datasette_search_finds_what_dashiji_search_finds(store_path, query):
    resp = _datasette_get(store_path, f"/{store_path.stem}/search.json", q=query, _shape="array")
    assert resp.status_code == 200, resp.text
    rows = resp.json()
    with Store.open(store_path) as s:
        ours = s.search(query, limit=50)
    assert [r["id"] for r in rows] == [h.id for h in ours.hits]
    assert all(r["total"] == ours.total for r in rows)
    for r, h in zip(rows, ours.hits, strict=True):
        assert r["title"] == h.title and r["published"] == h.published
        assert r["snippet"] == h.snippet
        assert [tuple(x) for x in json.loads(r["highlights"])] == h.highlights


def test_datasette_hides_the_index_tables_and_offers_the_search_query(store_path):
    resp = _datasette_get(store_path, f"/{store_path.stem}.json")
    assert resp.status_code == 200
    data = resp.json()
    hidden = {t["name"] for t in data["tables"] if t["hidden"]}
    assert {"search_index", "search_docs"} <= hidden
    assert "documents" not in hidden
    assert "search" in {q["name"] for q in data["queries"]}


def test_datasette_shows_query_errors_and_escapes_snippets(store_path):
    resp = _datasette_get(store_path, f"/{store_path.stem}/search.json", q='"普京', _shape="array")
    assert resp.status_code == 200
    (row,) = resp.json()
    assert "unbalanced quote" in row["title"] and row["id"] is None
    page = _datasette_get(store_path, f"/{store_path.stem}/search", q='"<img src=x"')
    assert page.status_code == 200
    html = page.text
    assert "<mark>&lt;img src=x</mark>" in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_migration_4_run_again_indexes_nothing_twice(tmp_path, store_path):
    path = tmp_path / "again.db"
    src = sqlite3.connect(store_path)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA user_version = 3")  # as if schema 4 had never been applied
    dst.close()
    with Store.open(path) as again, Store.open(store_path) as new:
        assert again.schema_version == SCHEMA_VERSION
        c = again.connection
        assert (
            c.execute("SELECT count(*) FROM search_docs").fetchone()
            == new.connection.execute("SELECT count(*) FROM search_docs").fetchone()
        )
        assert again.search("美").total == new.search("美").total
        c.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def _reference_best_window(
    occ: list[tuple[int, int, int]], size: int, width: int
) -> tuple[int, int]:
    """The passage choice as first written (a Counter of the terms in the window)."""
    from collections import Counter

    best: tuple[int, int, int] | None = None
    best_start = 0
    counts: Counter[int] = Counter()
    j = 0
    for i, (start, _, _) in enumerate(occ):
        if j < i:
            j = i
            counts.clear()
        limit = start + width - search.SNIPPET_BEFORE
        while j < len(occ) and occ[j][1] <= limit:
            counts[occ[j][2]] += 1
            j += 1
        score = (1, 1, -start) if j <= i else (len(counts), j - i, -start)
        if best is None or score > best:
            best, best_start = score, start
        if j > i:
            counts[occ[i][2]] -= 1
            if not counts[occ[i][2]]:
                del counts[occ[i][2]]
    begin = max(0, best_start - search.SNIPPET_BEFORE)
    end = min(size, begin + width)
    return max(0, min(begin, end - width)), end


@settings(max_examples=300, deadline=None)
@given(
    hyp.lists(
        hyp.tuples(hyp.integers(0, 400), hyp.integers(1, 130), hyp.integers(0, 3)),
        min_size=1,
        max_size=60,
    ),
    hyp.integers(20, 120),
)
def test_the_passage_choice_equals_the_counter_definition(raw, width):
    occ = sorted((s, s + n, k) for s, n, k in raw)
    size = max(e for _, e, _ in occ) + 10
    assert search._best_window(occ, size, width) == _reference_best_window(occ, size, width)


# ---- ranking common terms from their postings (search_postings) ---------------------------------
POSTINGS_QUERIES = [
    "的",
    "美",
    "国",
    "a",
    "3",
    "美国",
    "法院",
    '"。"',
    "的 是",
    "的 OR 是",
    "的 -美",
    "(的 是) OR 在",
    "中国 美国 的",
    "(美国 -中国) OR 俄罗斯",
    "新闻 -(央视 OR 新华)",
    "的 OR 郭美美",
    "普京 OR 的",
    "(判决 OR 宣判) -上诉",
    "了 (美国 OR 日本)",
    "郭美美",
    "特朗普 OR 普京",
    "哈哈哈",
    "法院的 -美国",
    "com",
]


def _fts5_ranking(store: Store, query: str) -> list[tuple[str, float]]:
    """Every hit by FTS5's own bm25 (the SQL the search runs below the postings' threshold)."""
    expr = search.match_expression(parse_query(query))
    rows = store.connection.execute(
        search._PAGE_SQL.replace("LIMIT ? OFFSET ?", "LIMIT -1"), (expr,)
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


@pytest.fixture
def postings_store(tmp_path, store_path, monkeypatch) -> Iterator[Store]:
    """A copy of the search store whose postings track every term held by 5 documents, with
    every query ranked from them."""
    import shutil

    from dashiji.store import search_postings

    path = tmp_path / "p.db"
    shutil.copy(store_path, path)
    monkeypatch.setattr(search_postings, "MIN_DF_ABS", 5)
    monkeypatch.setattr(search_postings, "MIN_DF_SHARE", 0.0)
    monkeypatch.setattr(search_postings, "FAST_MIN", 0)
    with Store.open(path) as s:
        with s.batch():
            search_postings.invalidate(s.connection)
        n_docs = s.connection.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        assert s.refresh_search() == n_docs > 30
        assert s.connection.execute("SELECT count(*) FROM search_terms").fetchone()[0] > 100
        yield s


def _same_answers(store: Store, query: str) -> None:
    want = _fts5_ranking(store, query)
    got = store.search(query, limit=1000)
    assert got.total == len(want)
    assert [(h.id, h.score) for h in got.hits] == want[:1000]  # the same floats, the same order


@pytest.mark.parametrize("query", POSTINGS_QUERIES)
def test_postings_rank_exactly_as_fts5_bm25(postings_store, query):
    _same_answers(postings_store, query)


def test_postings_pages_and_documents_added_after_them(postings_store):
    s = postings_store
    for i in range(12):  # not yet in the postings: ranked by FTS5 alongside them
        _put_text(s, f"late{i}", f"后来的文章{i}", "的的的美国法院的判决。" * (i + 1))
    for query in ("的", "美国 OR 的", "法院 的"):
        _same_answers(s, query)
        full = s.search(query, limit=1000).hits
        for offset in (0, 3, 17):
            page = s.search(query, limit=5, offset=offset).hits
            assert [h.id for h in page] == [h.id for h in full[offset : offset + 5]]
    assert s.refresh_search() == 12
    assert s.refresh_search() == 0
    for query in ("的", "美国 OR 的"):
        _same_answers(s, query)


def test_postings_are_rebuilt_after_a_covered_document_leaves(postings_store):
    from dashiji.store import search_postings
    from dashiji.store.search import unindex_document

    s = postings_store
    doc_id = s.search("的", limit=1).hits[0].id
    with s.batch():
        unindex_document(s.connection, doc_id)
    assert not search_postings.covers(s.connection, 1)  # forgotten, FTS5 ranks meanwhile
    _same_answers(s, "的")
    assert (
        s.refresh_search() == s.connection.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    )
    _same_answers(s, "的")
    assert doc_id not in {h.id for h in s.search("的", limit=1000).hits}


def test_postings_segments_are_merged(postings_store, monkeypatch):
    from dashiji.store import search_postings

    s = postings_store
    monkeypatch.setattr(search_postings, "MAX_SEGMENTS", 2)
    for i in range(5):
        _put_text(s, f"seg{i}", f"分段{i}", "的美国" * 3)
        s.refresh_search()
    most = s.connection.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM search_postings GROUP BY term)"
    ).fetchone()[0]
    assert most <= 2
    _same_answers(s, "的 OR 美国")


def test_an_ingest_run_brings_the_postings_up_to_date(tmp_path, shared):
    from dashiji.store import search_postings

    with Store.open(tmp_path / "i.db") as s:
        ingest([str(shared / "seeds")], s)
        n = s.connection.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        assert n and search_postings.covers(s.connection, n)
        # a store this small tracks no term (none can be common enough): nothing is written
        assert s.connection.execute("SELECT count(*) FROM search_terms").fetchone()[0] == 0
        assert s.connection.execute("SELECT count(*) FROM search_sizes").fetchone()[0] == 0


def test_postings_choose_their_terms_again_when_the_store_doubles(postings_store):
    s = postings_store
    n_docs = s.connection.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    for i in range(n_docs):
        _put_text(s, f"more{i}", f"新词汇{i}", "新词汇不断出现，的确如此。")
    assert s.refresh_search() == 2 * n_docs  # built anew over every document
    assert s.connection.execute("SELECT 1 FROM search_terms WHERE term = '汇'").fetchone()
    _same_answers(s, "词汇 OR 的")


def test_the_sample_s_terms_are_counted_a_few_documents_at_a_time(postings_store, monkeypatch):
    """Choosing the tracked terms never holds the terms of more than ``_DF_PART`` sampled
    documents at once, and counts the same documents per term as counting them all at once."""
    import numpy as np

    from dashiji.store import search_postings

    conn = postings_store.connection
    views = list(search_postings._views(conn, 0))
    each = [
        np.union1d(search_postings._keys_counts(t)[0], search_postings._keys_counts(b)[0])
        for _, t, b in views
    ]
    want_keys, want_df = np.unique(np.concatenate(each), return_counts=True)
    monkeypatch.setattr(search_postings, "_DF_PART", 7)
    parts: list[int] = []
    add_df = search_postings._add_df

    def counted(keys, df, part):  # type: ignore[no-untyped-def]
        parts.append(len(part))
        return add_df(keys, df, part)

    monkeypatch.setattr(search_postings, "_add_df", counted)
    keys, df = search_postings._sample_df(iter(views))
    assert max(parts) <= 7 and sum(parts) == len(views) > 30
    assert np.array_equal(keys, want_keys) and np.array_equal(df, want_df)


def test_postings_without_triples_are_built_again_at_migration_12(postings_store):
    """Postings built before triples of characters were tracked (schema 11) are forgotten by
    migration 12 and built again as the store opens; postings with triples are kept."""
    from dashiji.store import search_postings

    s = postings_store
    conn = s.connection
    path = s.path
    triples = [r[0] for r in conn.execute("SELECT term FROM search_terms WHERE length(term) = 3")]
    assert triples
    kept = triples[0]
    with s.batch():  # postings with triples: marked by a missing segment of one of them
        conn.execute("DELETE FROM search_postings WHERE term = ?", (kept,))
    conn.execute("PRAGMA user_version = 11")
    s.close()
    with Store.open(path) as again:
        assert again.schema_version == SCHEMA_VERSION
        assert not again.connection.execute(  # kept as they were, not built again
            "SELECT 1 FROM search_postings WHERE term = ?", (kept,)
        ).fetchone()
        with again.batch():  # as the old rule left them: characters and pairs only
            again.connection.execute("DELETE FROM search_terms WHERE length(term) = 3")
            again.connection.execute("DELETE FROM search_postings WHERE length(term) = 3")
        again.connection.execute("PRAGMA user_version = 11")
    with Store.open(path) as again:
        c = again.connection
        got = {r[0] for r in c.execute("SELECT term FROM search_terms WHERE length(term) = 3")}
        assert kept in got and set(triples) <= got
        assert c.execute("SELECT 1 FROM search_postings WHERE term = ?", (kept,)).fetchone()
        n_docs = c.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        assert search_postings.covers(c, n_docs)
        _same_answers(again, kept)


def test_every_query_message_is_worded_in_both_languages():
    from string import Formatter

    from dashiji.store.search_query import MESSAGES, message, query_error

    for key, (zh, en) in MESSAGES.items():
        fields = [{f for _, f, _, _ in Formatter().parse(text) if f} for text in (zh, en)]
        assert fields[0] == fields[1], key  # the same values in both
        assert zh != en and re.search(r"[\u4e00-\u9fff]", zh), key
        err = query_error(key, **{f: 7 for f in fields[0]})
        assert str(err) == en.format(**{f: 7 for f in fields[0]}) == message(err, "en")
        assert message(err, "zh") == zh.format(**{f: 7 for f in fields[0]})
    with pytest.raises(SearchQueryError) as bad:
        parse_query('美国 "日本')
    assert message(bad.value, "zh") == '第 4 个字符处的引号 " 没有配对：请用 " 结束短语'
    assert message(SearchQueryError("plain words"), "zh") == "plain words"


def test_the_tokens_of_a_text_longer_than_a_window_are_those_of_the_whole() -> None:
    """index_tokens writes TOKEN_WINDOW characters at a time (a text of 3 million characters
    held five arrays of its size: 117 MB, now 75 MB of which the result is 27)."""
    n = search_text.TOKEN_WINDOW
    text = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(2 * n + 3))
    view = _reference_view(text)[0]
    expected = " ".join(
        search_text._code(a) + search_text._code(b)
        for a, b in zip(view, view[1:] + search_text.END, strict=False)
    )
    assert index_tokens(text) == expected
