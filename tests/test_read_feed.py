"""Feed files (RSS, Atom): one document per entry from the feed's own content, no network."""

from __future__ import annotations

from pathlib import Path

from dashiji.model import Document
from dashiji.read import read_inputs

SIMPLIFIED = "国务院总理朱镕基今天在北京会见了来访的外国客人，双方就经贸合作交换了意见。"

RSS = f"""<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>国际新闻</title><link>http://news.example.cn/</link><description>d</description>
<item>
  <title>朱镕基会见外宾</title>
  <link>http://news.example.cn/2025/08/13/a.html</link>
  <guid>a-1</guid>
  <pubDate>Wed, 13 Aug 2025 06:30:00 +0800</pubDate>
  <dc:creator>新华社记者</dc:creator>
  <description>摘要</description>
  <content:encoded><![CDATA[<p>{SIMPLIFIED}</p><script>alert(1)</script>]]></content:encoded>
</item>
<item>
  <title>只有摘要</title>
  <link>http://news.example.cn/2025/08/14/b.html</link>
  <description>{SIMPLIFIED}</description>
</item>
<item><title>什么都没有</title></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom 新闻</title><id>urn:x</id><updated>2025-08-13T00:00:00Z</updated>
  <entry>
    <title>普京訪美</title><id>urn:e1</id>
    <link href="https://news.example.tw/e1"/>
    <updated>2025-08-14T23:30:00+08:00</updated>
    <author><name>中央社</name></author>
    <content type="html">&lt;p&gt;{SIMPLIFIED}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def read(path: Path) -> list[Document]:
    return list(read_inputs([str(path)]))


def test_rss_file(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes(RSS.encode("gbk"))
    full, summary, nothing = read(path)

    assert full.ok and full.raw.uri == "http://news.example.cn/2025/08/13/a.html"
    assert full.raw.media_type == "text/html" and full.source_text is not None
    assert SIMPLIFIED in full.source_text and "<script>" not in full.source_text
    assert full.raw.data == full.source_text.encode() and full.raw.encoding == "utf-8"
    meta = full.raw.metadata
    assert meta["title"] == "朱镕基会见外宾" and meta["author"] == "新华社记者"
    assert meta["date"] == "2025-08-13" and meta["date_from"] == "feed"
    assert meta["entry_id"] == "a-1" and meta["feed_part"] == "content"
    assert meta["feed"] == str(path) and meta["feed_title"] == "国际新闻"

    assert summary.ok and summary.source_text == SIMPLIFIED
    assert summary.raw.metadata["feed_part"] == "summary"

    assert nothing.error is not None and nothing.error.code == "bad_record"
    assert nothing.raw.uri == f"{path}#entry3" and nothing.raw.metadata["title"] == "什么都没有"


def test_atom_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = read(path)
    assert doc.ok and doc.raw.uri == "https://news.example.tw/e1"
    assert doc.source_text == f"<p>{SIMPLIFIED}</p>"
    assert doc.raw.metadata["date"] == "2025-08-14"  # as the feed wrote it, not UTC
    assert doc.raw.metadata["author"] == "中央社"


def test_feed_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = read(path)
    assert doc.ok and doc.raw.metadata["feed_title"] == "Atom 新闻"


def test_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "empty.xml"
    path.write_text('<rss version="2.0"><channel><title>t</title></channel></rss>')
    [doc] = read(path)
    assert doc.error is not None and doc.error.code == "empty"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><records><r id="1">新闻</r></records>', encoding="utf-8")
    [doc] = read(path)
    assert doc.error is not None and doc.error.code == "unsupported"
    assert doc.raw.data == path.read_bytes()


def test_xhtml_in_an_xml_file_is_html(tmp_path: Path) -> None:
    path = tmp_path / "page.xml"
    path.write_text(f"<html><body><p>{SIMPLIFIED}</p></body></html>", encoding="utf-8")
    [doc] = read(path)
    assert doc.ok and doc.raw.media_type == "text/html"
