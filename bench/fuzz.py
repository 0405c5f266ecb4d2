"""Fuzzing harness (issue 12): hostile inputs of every kind the readers accept, run through the CLI.

Generates N inputs (default 10,000, fixed seed) by mutating the public bench pages and texts —
``bench/extraction/*/*.html`` and ``*.json``, ``seeds/*.txt``, the records of
``bench/stories/dtels-dev/articles.jsonl`` — read at run time from the shared folder: byte flips,
truncation, encoding confusion (GBK / Big5 / UTF-8 / UTF-16 declared wrong), NUL bytes, huge lines,
deep nesting (HTML, JSON, XML), malformed JSONL / JSON / WARC / gzip / RSS / Atom, gzip bombs,
binary data under text names, kinds under the wrong name, and odd file names (spaces, unicode,
very long, leading dashes, undecodable bytes, glob characters).  They are written to a temporary
directory and run through ``dashiji extract --format jsonl`` in batches (one process per batch, so
each batch's peak memory is its own), and a subset through ``dashiji ingest`` into a temporary
SQLite store.

Every input must yield at least one output row (a document or a named error), every non-blank line
of a JSONL file exactly one, and no process may crash (exit code other than 0/1) or print a Python
traceback.  Rows are matched to inputs by a marker (``fuzz00042``) in the file name and in every
URL written inside the input (WARC target URIs, feed links), and by order (the CLI writes rows in
input order) for rows whose marker a mutation destroyed.

    python bench/fuzz.py                      # 10,000 inputs, seed 12, report table
    python bench/fuzz.py -n 300 --small       # the CI size (tests/test_fuzz.py)
    python bench/fuzz.py -n 500 --keep /tmp/f # keep the inputs and outputs to look at
"""

from __future__ import annotations

import argparse
import gzip
import inspect
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dashiji import errors  # noqa: E402

# Every code a document error can have (a named error), and not_found (a path that is not there).
NAMED: set[str] = {
    str(getattr(cls, "code", ""))
    for cls in vars(errors).values()
    if inspect.isclass(cls) and issubclass(cls, errors.DocumentError)
} | {"not_found"}
MARKER = re.compile(r"fuzz(\d{5})")
LIMIT_MB = 400  # the bound on one process's peak memory


# ---- the corpus ---------------------------------------------------------------------------------
@dataclass
class Corpus:
    pages: list[bytes]  # HTML pages as published
    jsons: list[bytes]  # the bench's JSON files
    texts: list[str]  # plain texts
    records: list[dict[str, Any]]  # news records (JSONL)


def shared_dir() -> Path:
    path = Path(os.environ.get("DASHIJI_SHARED", REPO.parent / "shared"))
    if not (path / "bench").is_dir():
        raise SystemExit(f"shared data not found at {path} (set DASHIJI_SHARED)")
    return path


def load_corpus(shared: Path, max_records: int = 400) -> Corpus:
    extraction = shared / "bench" / "extraction"
    pages = [p.read_bytes() for p in sorted(extraction.glob("*/*.html"))]
    jsons = [p.read_bytes() for p in sorted(extraction.glob("*/*.json"))]
    texts = [p.read_text("utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    records: list[dict[str, Any]] = []
    with open(shared / "bench" / "stories" / "dtels-dev" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            if len(records) >= max_records:
                break
            if line.strip():
                records.append(json.loads(line))
    texts += [r["content"] for r in records[:50] if isinstance(r.get("content"), str)]
    if not (pages and texts and records):
        raise SystemExit(f"no bench pages, texts or records under {shared}")
    return Corpus(pages, jsons, texts, records)


# ---- mutations ----------------------------------------------------------------------------------
ENCODINGS = ("utf-8", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "shift_jis", "latin-1")


class Gen:
    """Makes hostile inputs from the corpus with one random generator (a fixed seed: the same
    inputs every run)."""

    def __init__(self, corpus: Corpus, rng: random.Random, small: bool) -> None:
        self.c = corpus
        self.r = rng
        self.small = small
        self.scale = 0.05 if small else 1.0  # CI: smaller huge lines and deep nests

    def size(self, n: int) -> int:
        return max(16, int(n * self.scale))

    # -- byte-level ----------------------------------------------------------------------------
    def flip(self, data: bytes) -> bytes:
        if not data:
            return data
        b = bytearray(data)
        for _ in range(self.r.randint(1, 12)):
            b[self.r.randrange(len(b))] = self.r.randrange(256)
        return bytes(b)

    def truncate(self, data: bytes) -> bytes:
        return data[: self.r.randrange(len(data) + 1)] if data else data

    def nuls(self, data: bytes) -> bytes:
        b = bytearray(data)
        for _ in range(self.r.randint(1, 20)):
            pos = self.r.randrange(len(b) + 1)
            b[pos:pos] = b"\0" * self.r.randint(1, 50)
        return bytes(b)

    def huge_line(self, data: bytes) -> bytes:
        unit = self.r.choice([b"x", "新闻".encode(), b"<b>", b"\xe4\xb8", b"\0", b" "])
        line = unit * (self.size(self.r.randint(100_000, 2_000_000)) // len(unit))
        pos = self.r.randrange(len(data) + 1)
        return data[:pos] + line + data[pos:]

    def splice(self, data: bytes) -> bytes:
        other = self.r.choice(self.c.pages)
        a, b = self.r.randrange(len(data) + 1), self.r.randrange(len(other) + 1)
        return data[:a] + other[b:]

    def crlf(self, data: bytes) -> bytes:
        return data.replace(
            b"\n", self.r.choice([b"\r\n", b"\r", b"\n\n\n", b"\x85", "\u2028".encode()])
        )

    def bom(self, data: bytes) -> bytes:
        return (
            self.r.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf" * 3]) + data
        )

    def mutate(self, data: bytes, rate: float = 0.7) -> tuple[bytes, str]:
        """Zero to three random byte-level mutations; and their names."""
        names: list[str] = []
        ops: list[tuple[str, Callable[[bytes], bytes]]] = [
            ("flip", self.flip),
            ("truncate", self.truncate),
            ("nul", self.nuls),
            ("huge_line", self.huge_line),
            ("splice", self.splice),
            ("crlf", self.crlf),
            ("bom", self.bom),
        ]
        while self.r.random() < rate and len(names) < 3:
            name, op = self.r.choice(ops)
            data = op(data)
            names.append(name)
            rate *= 0.6
        return data, "+".join(names) or "none"

    # -- text and encodings --------------------------------------------------------------------
    def text(self) -> str:
        return self.r.choice(self.c.texts)

    def record(self) -> dict[str, Any]:
        return dict(self.r.choice(self.c.records))

    def encode(self, text: str, encoding: str) -> bytes:
        return text.encode(
            encoding, errors=self.r.choice(["replace", "ignore", "xmlcharrefreplace"])
        )

    def confused(self, text: str) -> tuple[bytes, str, str]:
        """The text in one encoding, and another one to declare."""
        real = self.r.choice(ENCODINGS)
        declared = self.r.choice([e for e in ENCODINGS if e != real] + ["x-bogus", ""])
        return self.encode(text, real), real, declared

    def deep_html(self) -> bytes:
        tag = self.r.choice(["div", "span", "b", "table", "p", "font", "a"])
        depth = self.size(self.r.choice([500, 5_000, 50_000, 300_000]))
        close = f"</{tag}>" * depth if self.r.random() < 0.5 else ""
        body = f"<{tag}>" * depth + self.text()[:500] + close
        return f"<!DOCTYPE html><html><body>{body}</body></html>".encode()

    def deep_json(self) -> str:
        depth = self.size(self.r.choice([99, 101, 1_000, 20_000, 200_000]))
        if self.r.random() < 0.5:
            return '{"text": "' + self.text()[:200] + '", "x": ' + "[" * depth + "]" * depth + "}"
        return '{"a":' * depth + '"' + self.text()[:100] + '"' + "}" * depth

    # -- kinds ---------------------------------------------------------------------------------
    def html(self, marker: str) -> tuple[bytes, str, str]:
        how = self.r.random()
        if how < 0.12:
            return self.deep_html(), ".html", "deep_html"
        if how < 0.3:
            text = self.r.choice(self.c.pages).decode("utf-8", "replace")
            text = re.sub(r"(?i)<meta[^>]*charset[^>]*>", "", text)
            data, real, declared = self.confused(text)
            if declared:
                meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
                data = meta.encode("ascii") + data
            return data, self.r.choice([".html", ".htm", ".shtml", ""]), f"{real}_as_{declared}"
        data, how_ = self.mutate(self.r.choice(self.c.pages))
        return data, self.r.choice([".html", ".htm", ".xhtml", ".shtml", ""]), how_

    def plain(self, marker: str) -> tuple[bytes, str, str]:
        text = self.text()
        if self.r.random() < 0.3:
            data, real, _ = self.confused(text)
            return data, self.r.choice([".txt", ".md", ""]), f"text_{real}"
        if self.r.random() < 0.2:
            text = f"date {self.r.choice(['2025-08-13', '2025-13-45', '9999-99-99', 'x'])} {text}"
        data, how = self.mutate(text.encode("utf-8"))
        return data, self.r.choice([".txt", ".md", ""]), how

    def jsonl_line(self, marker: str) -> tuple[bytes, str]:
        rec = self.record()
        rec["id"] = f"{marker}-{self.r.randrange(10**6)}"
        how = self.r.random()
        if how < 0.35:
            line, name = json.dumps(rec, ensure_ascii=self.r.random() < 0.3), "ok"
        elif how < 0.45:
            line = json.dumps(rec, ensure_ascii=False)
            line, name = line[: self.r.randrange(len(line))], "cut"
        elif how < 0.5:
            line, name = self.deep_json(), "deep"
        elif how < 0.55:
            rec["text"] = rec.pop("content", "") + "\ud83d"
            line, name = json.dumps(rec), "surrogate"
        elif how < 0.6:
            key = self.r.choice(["content", "text", "html", "title", "publish_date", "id"])
            rec[key] = self.r.choice([None, 1, 1.5e308, [], {}, True, "", " ", ["a"], {"b": 1}])
            line, name = json.dumps(rec, ensure_ascii=False), "wrong_type"
        elif how < 0.63:
            line, name = '{"text": "x", "n": ' + "9" * self.size(100_000) + "}", "big_int"
        elif how < 0.66:
            line, name = self.r.choice(["[]", "null", "1", '"text"', "{}", "{", "}{"]), "not_object"
        elif how < 0.7:
            raw = json.dumps(rec, ensure_ascii=False).encode(
                self.r.choice(["gbk", "big5", "utf-16"]), "replace"
            )
            return raw, "encoded"
        elif how < 0.73:
            rec["html"] = self.r.choice(self.c.pages).decode("utf-8", "replace")
            rec.pop("content", None)
            line, name = json.dumps(rec, ensure_ascii=False), "html"
        elif how < 0.76:
            line, name = json.dumps({"text": "x" * self.size(3_000_000)}), "huge"
        else:
            data, name = self.mutate(json.dumps(rec, ensure_ascii=False).encode(), rate=0.9)
            return data.replace(b"\n", b" "), name
        return line.encode("utf-8", "surrogatepass"), name

    def jsonl(self, marker: str) -> tuple[bytes, str, str]:
        lines, names = [], Counter[str]()
        for _ in range(self.r.randint(1, 8 if self.small else 25)):
            line, name = self.jsonl_line(marker)
            lines.append(line)
            names[name] += 1
            if self.r.random() < 0.1:
                lines.append(self.r.choice([b"", b"   ", b"\t", b"\r"]))
        data = b"\n".join(lines) + (b"\n" if self.r.random() < 0.8 else b"")
        if self.r.random() < 0.2:
            data, how = self.mutate(data)
            names[how] += 1
        how = ",".join(sorted(names))
        return data, self.r.choice([".jsonl", ".ndjson", ".JSONL"]), how

    def json(self, marker: str) -> tuple[bytes, str, str]:
        how = self.r.random()
        if how < 0.25 and self.c.jsons:
            data, name = self.mutate(self.r.choice(self.c.jsons))
            return data, ".json", f"bench_json_{name}"
        if how < 0.35:
            return self.deep_json().encode("utf-8", "surrogatepass"), ".json", "deep"
        records: list[Any] = []
        for _ in range(self.r.randint(1, 6)):
            rec: Any = self.record()
            if self.r.random() < 0.2:
                rec = self.r.choice([1, None, "x", [], rec])
            records.append(rec)
        value: Any = records if self.r.random() < 0.7 else records[0]
        data = json.dumps(value, ensure_ascii=self.r.random() < 0.5).encode()
        data, name = self.mutate(data, rate=0.5)
        return data, ".json", name

    def http_payload(self, marker: str) -> bytes:
        body = self.r.choice(self.c.pages)
        headers = ["HTTP/1.1 200 OK"]
        ctype = self.r.choice(
            [
                "text/html; charset=utf-8",
                "text/html",
                "text/html; charset=gbk",
                "image/png",
                "application/xhtml+xml",
                "text/html; charset=bogus",
            ]
        )
        headers.append(f"Content-Type: {ctype}")
        coding = self.r.random()
        if coding < 0.15:
            body = gzip.compress(body)
            headers.append("Content-Encoding: gzip")
            if self.r.random() < 0.3:
                body = self.truncate(body)
        elif coding < 0.2:
            body = gzip.compress(b"\0" * self.size(60_000_000), 9)
            headers.append("Content-Encoding: gzip")
        elif coding < 0.25:
            headers.append("Content-Encoding: deflate")
            body = self.flip(body)
        elif coding < 0.3:
            headers.append("Content-Encoding: br")
        if self.r.random() < 0.1:
            headers.append("Transfer-Encoding: chunked")
            body = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
            if self.r.random() < 0.5:
                body = self.truncate(body)
        if self.r.random() < 0.1:
            headers[0] = self.r.choice(["HTTP/1.1 404 Not Found", "HTTP/1.1 999 ?", "garbage"])
        headers.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(headers) + "\r\n\r\n").encode() + body

    def warc_record(self, kind: str, uri: str, payload: bytes) -> bytes:
        length = len(payload)
        if self.r.random() < 0.05:
            length = self.r.choice([0, length + 100, max(0, length - 100), 10**12])
        mime = (
            "application/warc-fields"
            if kind == "warcinfo"
            else "application/http; msgtype=response"
        )
        head = (
            f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-05-0{self.r.randint(1, 9)}T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=self.r.getrandbits(128))}>\r\n"
            f"Content-Type: {mime}\r\nContent-Length: {length}\r\n\r\n"
        )
        return head.encode() + payload + b"\r\n\r\n"

    def warc(self, marker: str) -> tuple[bytes, str, str]:
        records = [self.warc_record("warcinfo", "", b"software: fuzz\r\n")]
        for n in range(self.r.randint(1, 5 if self.small else 12)):
            uri = f"http://fuzz.example/{marker}/{n}.html"
            if self.r.random() < 0.3:
                records.append(self.warc_record("request", uri, b"GET / HTTP/1.1\r\n\r\n"))
            records.append(self.warc_record("response", uri, self.http_payload(marker)))
        gz = self.r.random() < 0.5
        if gz:
            members = [gzip.compress(r) for r in records]
            data = b"".join(members) if self.r.random() < 0.8 else gzip.compress(b"".join(records))
        else:
            data = b"".join(records)
        data, how = self.mutate(data, rate=0.6)
        return data, ".warc.gz" if gz else ".warc", how

    def feed(self, marker: str) -> tuple[bytes, str, str]:
        atom = self.r.random() < 0.4
        entries = []
        for n in range(self.r.randint(0, 6 if self.small else 40)):
            rec = self.record()
            link = f"http://fuzz.example/{marker}/{n}"
            content = str(rec.get("content", ""))[: self.r.choice([0, 50, 2000, 20000])]
            content = content.replace("&", "&amp;").replace("<", "&lt;")
            if self.r.random() < 0.1:
                content += self.r.choice(["&#xD800;", "&#99999999999;", "&bogus;", "&#0;", "\0"])
            date = self.r.choice(
                ["Wed, 13 Aug 2025 06:30:00 +0800", "2025-08-13T06:30:00Z", "x", ""]
            )
            title = str(rec.get("title", ""))
            if atom:
                entries.append(
                    f'<entry><title>{title}</title><link href="{link}"/><updated>{date}</updated>'
                    f'<content type="html">{content}</content></entry>'
                )
            else:
                entries.append(
                    f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                    f"<description>{content}</description></item>"
                )
        how = self.r.random()
        prolog = '<?xml version="1.0" encoding="utf-8"?>'
        if how < 0.05:
            chain = "".join(
                f'<!ENTITY {b} "{("&" + a + ";") * 10}">'
                for a, b in zip("abcde", "bcdef", strict=True)
            )
            prolog += f'<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">{chain}]>'  # a billion laughs
            entries.append("<item><title>&f;</title><description>&f;&f;&f;</description></item>")
        elif how < 0.1:
            depth = self.size(100_000)
            entries.append("<item><description>" + "<x>" * depth + "</description></item>")
        if atom:
            head, tail = '<feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>', "</feed>"
        else:
            head, tail = '<rss version="2.0"><channel><title>f</title>', "</channel></rss>"
        text = prolog + head + "".join(entries) + tail
        if self.r.random() < 0.2:
            data, real, declared = self.confused(text)
            data = data.replace(b'encoding="utf-8"', f'encoding="{declared}"'.encode())
            name = f"{real}_as_{declared}"
        else:
            data, name = self.mutate(text.encode("utf-8", "surrogatepass"), rate=0.5)
        return (
            data,
            self.r.choice([".xml", ".rss", ".atom", ".txt", ""]),
            f"{'atom' if atom else 'rss'}_{name}",
        )

    def binary(self, marker: str) -> tuple[bytes, str, str]:
        heads = [
            b"\x89PNG\r\n\x1a\n",
            b"%PDF-1.4\n",
            b"PK\x03\x04",
            b"\xff\xd8\xff",
            b"\x1f\x8b",
            b"",
        ]
        data = self.r.choice(heads) + self.r.randbytes(self.r.randint(0, 20_000))
        return (
            data,
            self.r.choice([".html", ".txt", ".jsonl", ".json", ".warc", ".xml", ""]),
            "binary",
        )

    def empty(self, marker: str) -> tuple[bytes, str, str]:
        data = self.r.choice(
            [b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\0", b"<html></html>", b"{}"]
        )
        return (
            data,
            self.r.choice([".html", ".txt", ".jsonl", ".json", ".warc", ".xml", ".gz"]),
            "empty",
        )

    def bomb(self, marker: str) -> tuple[bytes, str, str]:
        mb = self.size(self.r.choice([25, 200, 1000]))
        if self.r.random() < 0.8:
            data = gzip.compress(b"\0" * (1 << 20), 9) * mb  # one member per MB
        else:  # one stream of markup
            packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            unit = b"<p>" * (1 << 18)
            data = b"".join(packer.compress(unit) for _ in range(min(mb, 200))) + packer.flush()
        return (
            data,
            self.r.choice([".html.gz", ".jsonl.gz", ".txt.gz", ".json.gz", ".xml.gz"]),
            f"bomb_{mb}MB",
        )

    def misnamed(self, marker: str) -> tuple[bytes, str, str]:
        maker = self.r.choice([self.html, self.plain, self.jsonl, self.json, self.warc, self.feed])
        data, ext, how = maker(marker)
        wrong = self.r.choice(
            [".html", ".txt", ".jsonl", ".json", ".warc", ".xml", ".warc.gz", ".gz"]
        )
        return data, wrong, f"{maker.__name__}_as{wrong}_{how}"

    def gz(self, marker: str) -> tuple[bytes, str, str]:
        maker = self.r.choice([self.html, self.plain, self.jsonl, self.json, self.feed])
        data, ext, how = maker(marker)
        data = gzip.compress(data)
        post = self.r.random()
        if post < 0.3:
            data, how2 = self.truncate(data), "gz_truncated"
        elif post < 0.5:
            data, how2 = self.flip(data), "gz_flipped"
        elif post < 0.55:
            data, how2 = data + self.r.randbytes(100), "gz_trailing"
        else:
            how2 = "gz"
        return data, (ext or ".txt") + ".gz", f"{maker.__name__}_{how}_{how2}"

    KINDS: tuple[tuple[str, float], ...] = (
        ("html", 0.20),
        ("plain", 0.10),
        ("jsonl", 0.18),
        ("json", 0.08),
        ("warc", 0.12),
        ("feed", 0.12),
        ("gz", 0.08),
        ("misnamed", 0.05),
        ("binary", 0.03),
        ("empty", 0.02),
        ("bomb", 0.02),
    )

    def name(self, marker: str, ext: str) -> str:
        """A file name holding the marker, often an odd one."""
        how = self.r.random()
        if how < 0.55:
            stem = marker
        else:
            stem = self.r.choice(
                [
                    f"-{marker}",
                    f"--{marker}",
                    f"- {marker}",
                    f"{marker} with spaces ",
                    f"新闻 {marker} 报道",
                    f"{marker}\u200b\u202e",
                    f"{marker}\n2",
                    f"{marker}\udcff\udcfe",  # bytes that are no UTF-8 (os.fsencode)
                    f"{marker}[1]*?",
                    f"{marker}#L1",
                    f"{marker}" + "长" * 75,
                    f"{marker}" + "x" * (240 - len(ext)),
                    f"{marker}'\"$(x)`;|&",
                    f"{marker}.gz.html",
                ]
            )
        return stem + ext

    def make(self, idx: int) -> Input:
        marker = f"fuzz{idx:05d}"
        kinds, weights = zip(*self.KINDS, strict=True)
        kind = self.r.choices(kinds, weights)[0]
        data, ext, how = getattr(self, kind)(marker)
        return Input(idx, self.name(marker, ext), kind, how, data)


@dataclass
class Input:
    idx: int
    name: str
    kind: str
    how: str
    data: bytes = field(repr=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    lines: list[int] | None = None

    def __post_init__(self) -> None:
        self.lines = self.expected_lines()

    def expected_lines(self) -> list[int] | None:
        """For a plain JSONL file: the numbers of its non-blank lines, each of which must have a
        row of its own (``path#L<n>``); None for any other file."""
        if self.name.lower().endswith((".jsonl", ".ndjson")):
            lines = self.data.split(b"\n")
            if lines and lines[-1] == b"":
                lines.pop()
            return [n for n, line in enumerate(lines, 1) if line.strip()]
        return None


def generate(n: int, seed: int, corpus: Corpus, small: bool) -> Iterator[Input]:
    gen = Gen(corpus, random.Random(seed), small)
    for idx in range(n):
        yield gen.make(idx)


# ---- running ------------------------------------------------------------------------------------
@dataclass
class Run:
    """One CLI process over a batch of inputs."""

    command: str
    inputs: list[Input]
    returncode: int = 0
    stdout: str = ""
    stderr: str = ""
    peak_mb: float = 0.0
    seconds: float = 0.0
    timed_out: bool = False
    peak_doc: str = ""  # the document worked on at the highest sampled RSS

    @classmethod
    def of(cls, command: str, inputs: list[Input], m: Measured, seconds: float) -> Run:
        return cls(
            command,
            inputs,
            m.returncode,
            m.stdout,
            m.stderr,
            m.peak_mb,
            seconds,
            m.timed_out,
            m.peak_doc,
        )

    @property
    def crashed(self) -> bool:
        return self.timed_out or self.returncode not in (0, 1)

    @property
    def tracebacks(self) -> int:
        return self.stderr.count("Traceback (most recent call last)")


# ``python -m dashiji`` that writes its own peak RSS (VmHWM, kB) to $DASHIJI_FUZZ_HWM at exit.
# Not ru_maxrss: Linux carries the high-water mark of the memory a child had before exec — the
# harness's own, shared by (v)fork — into the child's ru_maxrss, so it would measure the harness.
# A thread samples the resident size every 20 ms and, at each new high, notes the document the
# main thread is working on (the ``doc`` of the innermost dashiji frame that has one): the second
# line of the file is the source of the document at the highest sample.
_MEASURED = """
import atexit, os, runpy, sys, threading, time
_main, _high, _at = threading.get_ident(), [0, ""], os.sysconf("SC_PAGE_SIZE")
def _doc():
    frame = sys._current_frames().get(_main)
    while frame is not None:
        code = frame.f_code
        if code.co_flags & 1 and "doc" in code.co_varnames and "dashiji" in code.co_filename:
            names = frame.f_locals  # a function's: a snapshot dict the frame keeps
            raw = getattr(names.get("doc"), "raw", None)
            names.clear()  # (kept, it held every local's value on after the function let go)
            if raw is not None:
                return str(getattr(raw, "uri", ""))
        frame = frame.f_back
    return ""
def _sample():
    while True:
        with open("/proc/self/statm") as statm:
            rss = int(statm.read().split()[1]) * _at
        if rss > _high[0] + (1 << 20):
            _high[0], _high[1] = rss, _doc()
        time.sleep(0.02)
def _hwm():
    with open("/proc/self/status") as status:
        kb = next((ln.split()[1] for ln in status if ln.startswith("VmHWM:")), "")
    with open(os.environ["DASHIJI_FUZZ_HWM"], "w", encoding="utf-8", errors="replace") as out:
        out.write(kb + "\\n" + _high[1].replace("\\n", " "))
if os.path.exists("/proc/self/status"):
    atexit.register(_hwm)
    threading.Thread(target=_sample, daemon=True).start()
sys.argv[0] = "dashiji"
runpy.run_module("dashiji", run_name="__main__", alter_sys=True)
"""


@dataclass
class Measured:
    """One CLI process: exit code, output, peak RSS (MB), whether it was killed for taking too
    long, and the source of the document it was working on at its highest sampled RSS."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    timed_out: bool
    peak_doc: str = ""


def run_cli(args: Sequence[str], cwd: Path, timeout: float) -> Measured:
    """Run ``python -m dashiji args`` in ``cwd``: exit code, stdout, stderr, peak RSS (MB) of the
    process itself (its VmHWM; ru_maxrss where there is no /proc), whether it was killed for
    taking longer than ``timeout``, the document it worked on at its highest sampled RSS."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", suffix=".hwm", encoding="utf-8") as hwm,
    ):
        proc = subprocess.Popen(
            [sys.executable, "-c", _MEASURED, *args],
            cwd=cwd,
            stdout=out,
            stderr=err,
            env={
                **os.environ,
                "PYTHONIOENCODING": "utf-8",
                "COLUMNS": "200",
                "DASHIJI_FUZZ_HWM": hwm.name,
            },
        )
        deadline = time.monotonic() + timeout
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        own_kb, _, peak_doc = hwm.read().partition("\n")
    own_kb = own_kb.strip()
    peak_kb = int(own_kb) if own_kb.isdigit() else usage.ru_maxrss
    return Measured(proc.returncode, stdout, stderr, peak_kb / 1024, timed_out, peak_doc)


def extract_batch(batch: list[Input], root: Path, timeout: float) -> Run:
    started = time.monotonic()
    args = ["extract", "--format", "jsonl", "--", *(i.name for i in batch)]
    return Run.of("extract", batch, run_cli(args, root, timeout), time.monotonic() - started)


_SUMMARY = re.compile(r"(stored|duplicates|already stored|failed) (\d+)")


def ingest_batch(batch: list[Input], root: Path, db: Path, timeout: float) -> tuple[Run, int]:
    """Ingest the batch into a fresh store: the run, and how many documents the summary counted
    (stored + duplicates + already stored + failed)."""
    started = time.monotonic()
    args = ["ingest", "--db", str(db), "--", *(i.name for i in batch)]
    run = Run.of("ingest", batch, run_cli(args, root, timeout), time.monotonic() - started)
    counted = sum(int(n) for _, n in _SUMMARY.findall(run.stderr))
    return run, counted


def ingest_baseline(corpus: Corpus, root: Path, timeout: float) -> float:
    """Peak RSS (MB) of an ingest of one clean news record: the models loaded and one article
    annotated, coded and stored — what every ingest holds before its inputs add to it."""
    path = root / "baseline.jsonl"
    path.write_text(json.dumps(corpus.records[0], ensure_ascii=False) + "\n", "utf-8")
    m = run_cli(["ingest", "--db", str(root / "baseline.db"), "--", path.name], root, timeout)
    return m.peak_mb


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return -1


def attribute(run: Run) -> int:
    """Hand the run's output rows to its inputs (see the module docstring); the number of stdout
    lines that are not JSON objects."""
    bad = 0
    rows: list[dict[str, Any]] = []
    for line in run.stdout.split("\n"):  # not splitlines: U+2028 and U+0085 are in the text
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(row, dict):  # what the checks need, not the article
            rows.append({"source": row.get("source"), "error": row.get("error")})
        else:
            bad += 1
    by_idx = {i.idx: i for i in run.inputs}
    order = [i.idx for i in run.inputs]
    position = {idx: n for n, idx in enumerate(order)}
    current = -1  # position of the input the last marked row belonged to
    floating: list[dict[str, Any]] = []

    def settle(upto: int) -> None:
        """Rows without a marker between inputs ``current`` and ``upto``: one to each input in
        between that has none, the rest to the input before them."""
        nonlocal floating
        for pos in range(current + 1, upto):
            if floating and not by_idx[order[pos]].rows:
                by_idx[order[pos]].rows.append(floating.pop(0))
        if current >= 0:
            by_idx[order[current]].rows.extend(floating)
        floating = []

    for row in rows:
        source = str(row.get("source", ""))
        marks = [int(m) for m in MARKER.findall(source)]
        pos = next((position[m] for m in marks if m in position and position[m] >= current), None)
        if pos is None:
            floating.append(row)
            continue
        if pos != current:
            settle(pos)
            current = pos
        by_idx[order[pos]].rows.append(row)
    settle(len(order))
    return bad


@dataclass
class Report:
    inputs: int = 0
    rows: int = 0
    crashes: int = 0
    without_answer: int = 0
    lines_without_row: int = 0
    tracebacks: int = 0
    bad_output: int = 0
    unnamed_errors: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    peak_mb: float = 0.0
    seconds: float = 0.0
    ingest_inputs: int = 0
    ingest_crashes: int = 0
    ingest_tracebacks: int = 0
    ingest_lost: int = 0
    ingest_peak_mb: float = 0.0
    ingest_baseline_mb: float = 0.0
    #: the ingest run with the highest peak: its batch, the document at its highest sample, and
    #: its largest inputs (name, kind, bytes)
    ingest_peak_batch: int = -1
    ingest_peak_doc: str = ""
    ingest_peak_inputs: list[tuple[str, str, int]] = field(default_factory=list)
    ingest_peaks: list[tuple[int, float]] = field(default_factory=list)  # (batch, MB) each
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.crashes
            or self.without_answer
            or self.lines_without_row
            or self.tracebacks
            or self.bad_output
            or self.unnamed_errors
            or self.ingest_crashes
            or self.ingest_tracebacks
            or self.ingest_lost
        )

    def note(self, text: str) -> None:
        if len(self.problems) < 40:
            self.problems.append(text)

    def table(self) -> str:
        rows = [
            ("inputs", f"{self.inputs:,}"),
            ("output rows", f"{self.rows:,}"),
            ("crashes (exit not 0/1, killed, timed out)", str(self.crashes)),
            ("inputs without an output row or named error", str(self.without_answer)),
            ("JSONL lines without their row", str(self.lines_without_row)),
            ("tracebacks on stderr", str(self.tracebacks)),
            ("stdout lines that are not JSON objects", str(self.bad_output)),
            ("rows with an unnamed error", str(self.unnamed_errors)),
            ("peak memory of one process (MB)", f"{self.peak_mb:.0f}"),
            ("wall time (s)", f"{self.seconds:.1f}"),
            ("ingest: inputs", str(self.ingest_inputs)),
            ("ingest: crashes / tracebacks", f"{self.ingest_crashes} / {self.ingest_tracebacks}"),
            ("ingest: documents not counted in the store", str(self.ingest_lost)),
            ("ingest: peak memory (MB)", f"{self.ingest_peak_mb:.0f}"),
            (
                "ingest: peak of one clean article, models loaded (MB)",
                f"{self.ingest_baseline_mb:.0f}",
            ),
            (
                "ingest: peak of each batch (MB)",
                ", ".join(f"{k}: {mb:.0f}" for k, mb in self.ingest_peaks),
            ),
            ("ingest: batch of the peak", str(self.ingest_peak_batch)),
            ("ingest: document at the peak", repr(self.ingest_peak_doc[:120])),
        ]
        rows += [
            (f"ingest: largest input of the peak batch #{n}", f"{name[:60]!r} {kind} {size:,} B")
            for n, (name, kind, size) in enumerate(self.ingest_peak_inputs, 1)
        ]
        rows += [(f"error: {name}", f"{n:,}") for name, n in self.errors.most_common()]
        rows += [(f"kind: {name}", f"{n:,}") for name, n in self.kinds.most_common()]
        width = max(len(k) for k, _ in rows)
        lines = [f"| {'measure':<{width}} | value |", f"|{'-' * (width + 2)}|-------|"]
        lines += [f"| {k:<{width}} | {v} |" for k, v in rows]
        return "\n".join(lines)


def check(run: Run, report: Report) -> None:
    """Count what went wrong in one extract run."""
    report.bad_output += attribute(run)
    report.peak_mb = max(report.peak_mb, run.peak_mb)
    names = ", ".join(repr(i.name) for i in run.inputs[:3])
    if run.crashed:
        report.crashes += 1
        why = "timed out" if run.timed_out else f"exit {run.returncode}"
        report.note(f"crash ({why}) in the batch of {names}…: {run.stderr[-800:]}")
    if run.tracebacks:
        report.tracebacks += run.tracebacks
        report.note(f"traceback in the batch of {names}…: {_first_traceback(run.stderr)}")
    for inp in run.inputs:
        report.inputs += 1
        report.kinds[inp.kind] += 1
        report.rows += len(inp.rows)
        for row in inp.rows:
            code = row.get("error")
            if code is not None:
                report.errors[code] += 1
                if code not in NAMED:
                    report.unnamed_errors += 1
                    report.note(f"unnamed error {code!r} for {inp.name!r} ({inp.kind}, {inp.how})")
        if not inp.rows and not run.crashed:
            report.without_answer += 1
            report.note(f"no row for {inp.name!r} ({inp.kind}, {inp.how})")
        expected = inp.lines
        if expected is not None and not run.crashed:
            got = {
                int(m.group(1))
                for row in inp.rows
                if (m := re.search(r"#L(\d+)$", str(row.get("source", ""))))
            }
            missing = [n for n in expected if n not in got]
            if missing:
                report.lines_without_row += len(missing)
                report.note(f"{inp.name!r} ({inp.how}): no row for lines {missing[:10]}")


def _first_traceback(stderr: str) -> str:
    start = stderr.find("Traceback (most recent call last)")
    return stderr[start : start + 1500]


def fuzz(
    n: int = 10_000,
    seed: int = 12,
    batch: int = 200,
    jobs: int | None = None,
    ingest_every: int = 10,
    small: bool = False,
    keep: Path | None = None,
    timeout: float = 1800.0,
    shared: Path | None = None,
    log: Callable[[str], None] = lambda s: None,
    only: set[int] | None = None,
) -> Report:
    """Generate ``n`` inputs, run them through the CLI and report (see the module docstring).

    ``only``: run just these batches (numbered from 0; all inputs are still generated, in the
    same order, so a batch holds the same inputs as in a full run)."""
    corpus = load_corpus(shared or shared_dir())
    jobs = jobs or os.cpu_count() or 1
    root = Path(tempfile.mkdtemp(prefix="dashiji-fuzz-")) if keep is None else keep
    root.mkdir(parents=True, exist_ok=True)
    report = Report()
    started = time.monotonic()
    try:
        if ingest_every:
            report.ingest_baseline_mb = ingest_baseline(corpus, root, timeout)
            log(f"ingest of one clean article: peak {report.ingest_baseline_mb:.0f} MB")
        batches: list[list[Input]] = []
        sizes: dict[int, int] = {}  # input → bytes

        def work(k: int) -> tuple[Run, tuple[Run, int, int] | None]:
            run = extract_batch(batches[k], root, timeout)
            ingested = None
            if ingest_every and k % ingest_every == 0:
                db = root / f"store-{k}.db"
                irun, counted = ingest_batch(batches[k], root, db, timeout)
                ingested = (irun, counted, stored_count(db))
            return run, ingested

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures: list[Future[tuple[Run, tuple[Run, int, int] | None]] | None] = []
            current: list[Input] = []
            for inp in generate(n, seed, corpus, small):  # batches start while the rest are made
                wanted = only is None or len(batches) in only
                if wanted:
                    with open(os.fsencode(root / inp.name), "wb") as f:
                        f.write(inp.data)
                    sizes[inp.idx] = len(inp.data)
                inp.data = b""  # on disk now: the harness's memory stays flat
                current.append(inp)
                if len(current) >= batch or inp.idx == n - 1:
                    batches.append(current)
                    futures.append(pool.submit(work, len(batches) - 1) if wanted else None)
                    current = []
                    if only is not None and len(batches) > max(only):
                        break
            log(f"{n} inputs written to {root} ({len(batches)} batches)")
            for k in range(len(futures)):
                future = futures[k]
                if future is None:  # not among ``only``
                    continue
                run, ingested = future.result()
                futures[k] = None  # its output is let go once checked
                check(run, report)
                if ingested is not None:
                    irun, counted, stored = ingested
                    extract_rows = sum(len(i.rows) for i in run.inputs)
                    report.ingest_inputs += len(irun.inputs)
                    report.ingest_peaks.append((k, irun.peak_mb))
                    if irun.peak_mb > report.ingest_peak_mb:
                        report.ingest_peak_mb = irun.peak_mb
                        report.ingest_peak_batch = k
                        report.ingest_peak_doc = irun.peak_doc
                        largest = sorted(irun.inputs, key=lambda i: -sizes.get(i.idx, 0))[:3]
                        report.ingest_peak_inputs = [
                            (i.name, i.kind, sizes.get(i.idx, 0)) for i in largest
                        ]
                    if irun.crashed:
                        report.ingest_crashes += 1
                        report.note(f"ingest crash (exit {irun.returncode}): {irun.stderr[-800:]}")
                    if irun.tracebacks:
                        report.ingest_tracebacks += irun.tracebacks
                        report.note(f"ingest traceback: {_first_traceback(irun.stderr)}")
                    if not irun.crashed and counted != extract_rows:
                        report.ingest_lost += abs(extract_rows - counted)
                        report.note(
                            f"ingest of batch {k} counted {counted} documents, extract gave "
                            f"{extract_rows} rows (store holds {stored})"
                        )
                ingest_note = (
                    f"; ingest {ingested[0].seconds:.1f} s, peak {ingested[0].peak_mb:.0f} MB"
                    if ingested is not None
                    else ""
                )
                log(
                    f"batch {k} (of {len(batches)}): {run.seconds:.1f} s,"
                    f" peak {run.peak_mb:.0f} MB, exit {run.returncode}{ingest_note}"
                )
                if keep is not None:
                    (root / f"batch-{k}.stdout.jsonl").write_text(run.stdout, "utf-8")
                    (root / f"batch-{k}.stderr.txt").write_text(run.stderr, "utf-8")
                    (root / f"batch-{k}.inputs.json").write_text(
                        json.dumps([i.name for i in run.inputs], ensure_ascii=True), "utf-8"
                    )
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-n", type=int, default=10_000, help="how many inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--batch", type=int, default=200, help="inputs per CLI process")
    ap.add_argument("--jobs", "-j", type=int, default=None, help="processes at once (CPUs)")
    ap.add_argument(
        "--ingest-every", type=int, default=10, help="ingest every k-th batch (0: none)"
    )
    ap.add_argument("--small", action="store_true", help="small huge lines and nests (CI)")
    ap.add_argument("--keep", type=Path, help="write the inputs and outputs here and keep them")
    ap.add_argument(
        "--only",
        help="run only these batches, numbered from 0 (e.g. 0,10,20: the ingested ones)",
    )
    args = ap.parse_args()
    only = {int(k) for k in args.only.split(",")} if args.only else None
    report = fuzz(
        args.n,
        args.seed,
        args.batch,
        args.jobs,
        args.ingest_every,
        args.small,
        args.keep,
        log=lambda s: print(s, file=sys.stderr, flush=True),
        only=only,
    )
    print(report.table())
    if report.problems:
        print("\nproblems (first 40):")
        for p in report.problems:
            print(f"- {p}")
    if report.peak_mb > LIMIT_MB:
        print(f"\npeak memory {report.peak_mb:.0f} MB is over {LIMIT_MB} MB")
    raise SystemExit(0 if report.ok and report.peak_mb <= LIMIT_MB else 1)


if __name__ == "__main__":
    main()
