"""The chronicle (大事记): date order with precision labels, the undated section, filters,
status/modality marks, verbs, and the three renderings (Markdown, escaped HTML, JSON)."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from dashiji.chronicle import Chronicle, chronicle, render, short_title, verb_for
from dashiji.events.model import Event, EventActor
from dashiji.export import iter_events
from dashiji.kb import KnowledgeBase, load_kb
from dashiji.model import Article, Block, Document, Raw, content_id
from dashiji.store import Store

TITLE = "美俄峰会另有安排,特朗普犯了普京的忌讳?两国高层会议推迟举行"
BODY = [
    "一周前特朗普还在社媒上兴致勃勃地说,要和普京两周后在布达佩斯开元首峰会。",
    "俄副外长里亚布科夫是这么说的,鲁比奥和拉夫罗夫已经在20日通话。",
    "结果没几天,美国媒体就爆料说,“两人会谈疑似推迟”。",
    "本月初,特朗普曾亲口表示,延长相关倡议是“好主意”。",
    "美国为俄罗斯设置的10天倒计时<script>alert('x')</script>也随之灰飞烟灭。",
]
CAPTION = "2017年11月11日，越南岘港，特朗普和普京在出席亚太经合组织峰会期间交谈。"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def make_doc(
    title: str | None = TITLE,
    body: list[str] = BODY,
    captions: tuple[str, ...] = (CAPTION,),
    uri: str = "https://news.example.com/a/000.html",
) -> Document:
    texts = ([("title", title)] if title else []) + [("body", p) for p in body]
    texts += [("caption", c) for c in captions]
    data = "\n\n".join(t for _, t in texts).encode("utf-8")
    doc = Document(id=content_id(data), raw=Raw(data, uri, "text/plain"))
    blocks = [Block(kind, text) for kind, text in texts]  # type: ignore[arg-type]
    doc.set_article(Article(title=title, published=None, blocks=blocks))
    return doc


def ev(doc: Document, quote: str, type: str, mode: str | None, actors, eid: str, **kw) -> Event:
    start = doc.text.index(quote)
    return Event(
        doc=doc.id, type=type, mode=mode, cameo=kw.pop("cameo", "040"), goldstein=1.0,
        quad_class=1, actors=actors, quote=quote, sentence=quote, start=start,
        end=start + len(quote), id=eid, source=doc.source, **kw,
    )  # fmt: skip


def p(name: str, kb_id: str | None, country: str | None, side: str = "party") -> EventActor:
    return EventActor(name, kb_id, country, None, side)


TRUMP = p("特朗普", "donald-trump", "USA")
PUTIN = p("普京", "vladimir-putin", "RUS")


@pytest.fixture()
def doc() -> Document:
    return make_doc()


@pytest.fixture()
def events(doc: Document) -> list[Event]:
    return [
        ev(doc, "鲁比奥和拉夫罗夫已经在20日通话", "CONSULT", "phone",
           [p("鲁比奥", "marco-rubio", "USA"), p("拉夫罗夫", "sergey-lavrov", "RUS")], "call",
           cameo="041", date="2025-10-20", precision="day", modality="reported",
           attributed_to="俄副外长里亚布科夫"),
        ev(doc, "要和普京两周后在布达佩斯开元首峰会", "CONSULT", "meet", [TRUMP, PUTIN], "summit",
           date="2025-10", precision="early-month", place="布达佩斯", place_kb_id="budapest",
           status="postponed"),
        ev(doc, "两人会谈疑似推迟", "CONSULT", "meet",
           [p("鲁比奥", "marco-rubio", "USA"), p("拉夫罗夫", "sergey-lavrov", "RUS")], "talks",
           date="2025-10-15", precision="approx-day", status="postponed", modality="uncertain"),
        ev(doc, "延长相关倡议是“好主意”", "SUPPORT", "endorse",
           [p("特朗普", "donald-trump", "USA", "source"), p("俄罗斯", "RUS", "RUS", "target")],
           "endorse", date="2025-05", precision="month"),
        ev(doc, "美国为俄罗斯设置的10天倒计时<script>alert('x')</script>", "THREATEN",
           "ultimatum", [p("美国", "USA", "USA", "source"), p("俄罗斯", "RUS", "RUS", "target")],
           "ultimatum", cameo="139"),
        ev(doc, "特朗普和普京在出席亚太经合组织峰会期间交谈", "CONSULT", "third-party",
           [TRUMP, PUTIN], "danang", date="2017-11-11", precision="day", place="岘港",
           place_kb_id="da-nang", source_part="caption"),
        ev(doc, "一周前特朗普还在社媒上", "AGREE", "meet", [TRUMP, PUTIN], "plan",
           date="2026", precision="year", status="planned"),
    ]  # fmt: skip


def lines(ch: Chronicle) -> list[str]:
    return [e.line for e in ch.entries]


# ---- order, precision, undated -----------------------------------------------------------------
def test_dated_entries_in_date_order_with_precision_labels(doc, events, kb) -> None:
    ch = chronicle([(doc, e) for e in events], kb=kb)
    assert [e.event_id for e in ch.entries] == [
        "danang", "endorse", "summit", "talks", "call", "plan",
    ]  # fmt: skip
    assert [e.date_label for e in ch.entries] == [
        "2017-11-11", "2025年5月", "2025年10月上旬", "约2025-10-15", "2025-10-20", "2026年",
    ]  # fmt: skip
    assert [e.event_id for e in ch.undated] == ["ultimatum"]
    assert len(ch) == 7


def test_the_example_line(doc, events, kb) -> None:
    ch = chronicle([(doc, e) for e in events], kb=kb)
    call = next(e for e in ch.entries if e.event_id == "call")
    assert call.line == (
        "2025-10-20\u3000鲁比奥（美国）与拉夫罗夫（俄罗斯）通话〔据俄副外长里亚布科夫〕"
        "— 《美俄峰会另有安排…》：“鲁比奥和拉夫罗夫已经在20日通话”"
    )


def test_summaries_and_marks(doc, events, kb) -> None:
    by_id = {e.event_id: e for e in chronicle([(doc, e) for e in events], kb=kb).all()}
    assert by_id["summit"].summary == "特朗普（美国）与普京（俄罗斯）在布达佩斯会晤"
    assert by_id["summit"].marks == ["推迟"]
    assert by_id["talks"].marks == ["推迟", "疑似"]
    assert by_id["endorse"].summary == "特朗普（美国）对俄罗斯表态支持"
    assert by_id["ultimatum"].summary == "美国向俄罗斯发出最后通牒"
    assert by_id["danang"].summary == "特朗普（美国）与普京（俄罗斯）在岘港会晤"
    assert by_id["danang"].marks == ["图片说明"]
    assert by_id["plan"].marks == ["计划"]
    assert "〔计划〕" in by_id["plan"].line and "〔图片说明〕" in by_id["danang"].line


@pytest.mark.parametrize(
    ("status", "modality", "attributed_to", "expected"),
    [
        ("planned", "asserted", None, ["计划"]),
        ("postponed", "asserted", None, ["推迟"]),
        ("cancelled", "asserted", None, ["取消"]),
        ("occurred", "reported", "塔斯社", ["据塔斯社"]),
        ("occurred", "reported", None, ["据报道"]),
        ("occurred", "uncertain", None, ["疑似"]),
        ("occurred", "hypothetical", None, ["假设"]),
        ("occurred", "negated", None, ["未"]),
        ("occurred", "negated", "克宫", ["克宫否认"]),
        ("planned", "uncertain", "美國媒體", ["计划", "疑似", "据美国媒体"]),
    ],
)
def test_status_and_modality_marks(doc, kb, status, modality, attributed_to, expected) -> None:
    e = ev(doc, "两人会谈疑似推迟", "CONSULT", "meet", [TRUMP, PUTIN], "x", status=status,
           modality=modality, attributed_to=attributed_to)  # fmt: skip
    entry = chronicle([(doc, e)], kb=kb).undated[0]
    assert entry.marks == expected
    assert "".join(f"〔{m}〕" for m in expected) in entry.line


def test_verbs_by_type_and_mode(doc, kb) -> None:
    assert verb_for("CONSULT", "phone")["verb"] == "通话"
    assert verb_for("CONSULT", "meet")["verb"] == "会晤"
    assert verb_for("CONSULT", "visit")["verb"] == "访问"
    assert verb_for("CONSULT", "mediate")["verb"] == "调停"
    assert verb_for("CONSULT", "negotiate")["verb"] == "谈判"
    assert verb_for("THREATEN", "ultimatum")["verb"] == "发出最后通牒"
    assert verb_for("CONSULT", "unheard-of")["verb"] == "磋商"  # the type's default
    assert verb_for("NOVEL", None)["verb"] == "发生互动"

    def summary(*args, **kw) -> str:
        return (
            chronicle([(doc, ev(doc, "两人会谈疑似推迟", *args, **kw))], kb=kb).undated[0].summary
        )

    envoy = EventActor("威特科夫", "steve-witkoff", "USA", None, "source")
    assert summary("CONSULT", "visit", [envoy], "v", place="莫斯科", place_kb_id="moscow") == (
        "威特科夫（美国）访问莫斯科"
    )
    assert summary("CONSULT", "visit", [envoy, p("俄罗斯", "RUS", "RUS", "target")], "v") == (
        "威特科夫（美国）访问俄罗斯"
    )
    mediation = [
        p("特朗普", "donald-trump", "USA", "source"),
        p("印度", "IND", "IND"),
        p("巴基斯坦", "PAK", "PAK"),
    ]
    assert summary("CONSULT", "mediate", mediation, "m") == "特朗普（美国）调停印度与巴基斯坦"
    # traditional-script names without a KB id are shown in simplified script
    zel = EventActor("澤連斯基", None, "UKR", None, "party")
    assert (
        summary("CONSULT", "negotiate", [zel, TRUMP], "n")
        == "泽连斯基（乌克兰）与特朗普（美国）谈判"
    )
    # the country is not repeated when the name says it
    envoy2 = EventActor("美国乌克兰问题特使", None, "USA", None, "source")
    assert (
        summary("CONSULT", "visit", [envoy2], "v", place="莫斯科") == "美国乌克兰问题特使访问莫斯科"
    )


def test_every_plover_mode_has_a_verb() -> None:
    from importlib import resources

    plover = json.loads(
        (resources.files("dashiji") / "data" / "events" / "plover.json").read_text("utf-8")
    )
    table = json.loads(
        (resources.files("dashiji") / "data" / "chronicle_verbs.json").read_text("utf-8")
    )
    for type_, spec in plover["types"].items():
        assert "default" in table[type_], type_
        for mode in spec.get("modes", {}):
            assert mode in table[type_], (type_, mode)
            assert table[type_][mode]["verb"], (type_, mode)


def test_frame_prepositions(doc, kb) -> None:
    e = ev(doc, "两人会谈疑似推迟", "CONCEDE", "policy",
           [p("日本", "JPN", "JPN", "source"), p("美国", "USA", "USA", "target")], "f")  # fmt: skip
    assert chronicle([(doc, e)], kb=kb).undated[0].summary == "日本应美国要求调整政策"
    e.actors = e.actors[:1]
    assert chronicle([(doc, e)], kb=kb).undated[0].summary == "日本调整政策"


def test_short_titles() -> None:
    assert short_title(TITLE, "x") == "美俄峰会另有安排…"
    assert short_title("普京与特朗普在阿拉斯加举行会晤", "x") == "普京与特朗普在阿拉斯加举行会晤"
    assert short_title("一" * 30, "x") == "一" * 20 + "…"
    assert short_title(None, "/data/seeds/002.txt") == "002.txt"


def test_no_title_cites_the_source(kb) -> None:
    d = make_doc(title=None, body=["特朗普与普京通话。"], captions=(), uri="/data/seeds/002.txt")
    e = ev(d, "特朗普与普京通话", "CONSULT", "phone", [TRUMP, PUTIN], "c")
    assert chronicle([(d, e)], kb=kb).undated[0].line == (
        "特朗普（美国）与普京（俄罗斯）通话— 002.txt：“特朗普与普京通话”"
    )


# ---- filters -----------------------------------------------------------------------------------
def test_filters(doc, events, kb) -> None:
    pairs = [(doc, e) for e in events]

    def ids(**kw) -> tuple[list[str], list[str]]:
        ch = chronicle(pairs, kb=kb, **kw)
        return [e.event_id for e in ch.entries], [e.event_id for e in ch.undated]

    assert ids(actor="拉夫罗夫") == (["talks", "call"], [])
    assert ids(actor="Lavrov") == ids(actor="sergey-lavrov") == ids(actor="拉夫羅夫")
    assert ids(actor="RUS") == (["danang", "endorse", "summit", "talks", "call", "plan"],
                                ["ultimatum"])  # fmt: skip
    assert ids(type="THREATEN") == ([], ["ultimatum"])
    assert ids(type="consult", actor="普京") == (["danang", "summit"], [])
    # date bounds: overlap with the event's own date; undated events left out
    assert ids(date_from="2025-10") == (["summit", "talks", "call", "plan"], [])
    assert ids(date_from="2025-10-11", date_to="2025-10-31") == (["talks", "call"], [])
    assert ids(date_to="2025-06") == (["danang", "endorse"], [])
    ch = chronicle(pairs, kb=kb, actor="鲁比奥", date_from="2025-10")
    assert ch.filters == {"actor": "鲁比奥", "type": None, "from": "2025-10", "to": None}
    assert "筛选：行为体：鲁比奥；起：2025-10" in render(ch, "md")


def test_repeated_event_ids_kept_once(doc, events, kb) -> None:
    ch = chronicle([(doc, e) for e in events + events[:2]], kb=kb)
    assert len(ch) == len(events)


# ---- rendering ---------------------------------------------------------------------------------
def test_markdown(doc, events, kb) -> None:
    md = render(chronicle([(doc, e) for e in events], kb=kb), "md")
    head, undated = md.split("## 日期未定")
    assert head.startswith("# 大事记\n")
    body_lines = [line for line in head.splitlines() if line.startswith("- ")]
    assert len(body_lines) == 6 and body_lines[0].startswith("- 2017-11-11\u3000")
    assert (
        "- 2025-10-20\u3000鲁比奥（美国）与拉夫罗夫（俄罗斯）通话〔据俄副外长里亚布科夫〕" in head
    )
    assert "美国向俄罗斯发出最后通牒" in undated
    assert "<script>" not in md and r"\<script\>" in md


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_html_is_a_standalone_escaped_page(kb) -> None:
    d = make_doc(
        title="标题<b>加粗</b>&", body=BODY, uri="javascript:alert(1)//<img src=x onerror=y>"
    )
    events = [
        ev(d, "美国为俄罗斯设置的10天倒计时<script>alert('x')</script>", "THREATEN", "ultimatum",
           [p("美国", "USA", "USA", "source"), p("俄罗斯", "RUS", "RUS", "target")], "u\"q",
           attributed_to="<i>消息人士</i>", modality="reported"),
        ev(d, "鲁比奥和拉夫罗夫已经在20日通话", "CONSULT", "phone", [TRUMP, PUTIN], "c",
           date="2025-10-20", precision="day"),
    ]  # fmt: skip
    page = render(chronicle([(d, e) for e in events], kb=kb), "html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-Hans">')
    assert '<meta charset="utf-8">' in page and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert "<i>" not in page and "〔据&lt;i&gt;消息人士&lt;/i&gt;〕" in page
    assert "<img" not in page
    assert 'href="javascript' not in page  # only http(s) sources become links
    assert 'data-event="u&quot;q"' in page
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags and "b" not in parser.tags
    text = "".join(parser.text)
    assert "<script>alert('x')</script>" in text  # shown to the reader as text
    assert "日期未定" in text


def test_html_links_http_sources(doc, events, kb) -> None:
    page = render(chronicle([(doc, e) for e in events], kb=kb), "html")
    assert '<a href="https://news.example.com/a/000.html">《美俄峰会另有安排…》</a>' in page
    assert '<time class="date" datetime="2025-10-01">2025年10月上旬</time>' in page


def test_json_lists_every_field(doc, events, kb) -> None:
    data = json.loads(render(chronicle([(doc, e) for e in events], kb=kb), "json"))
    assert isinstance(data, list) and len(data) == 7
    assert [d["section"] for d in data] == ["dated"] * 6 + ["undated"]
    call = next(d for d in data if d["event_id"] == "call")
    for key in ("date", "precision", "date_label", "summary", "marks", "line", "type", "mode",
                "cameo", "status", "modality", "attributed_to", "source_part", "actors",
                "place", "quote", "sentence", "title", "source", "doc", "date_first",
                "date_last", "published"):  # fmt: skip
        assert key in call, key
    assert call["actors"][0]["label"] == "鲁比奥（美国）"
    assert call["quote"] == "鲁比奥和拉夫罗夫已经在20日通话"
    assert (call["date_first"], call["date_last"]) == ("2025-10-20", "2025-10-20")


def test_unknown_format(doc, events, kb) -> None:
    with pytest.raises(ValueError, match="unknown chronicle format"):
        render(chronicle([], kb=kb), "pdf")
    assert render(chronicle([], kb=kb), "md") == "# 大事记\n\n（无）\n"


def test_chronicle_from_a_store(tmp_path, doc, events, kb) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.put(doc)
        store.put_spans(doc.id, "event", [e.to_span() for e in events])
        ch = chronicle(iter_events(store), kb=kb, type="CONSULT")
        assert [e.event_id for e in ch.entries] == ["danang", "summit", "talks", "call"]
        assert ch.entries[-1].title == TITLE
