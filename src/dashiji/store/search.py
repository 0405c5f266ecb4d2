"""Full-text search over the store: FTS5 queries from user text, and snippets.

The ``documents_fts`` table holds each ok document's title and text, normalised and cut into
words (:func:`dashiji.segment.segment_for_index`), for the plain ``unicode61`` tokenizer, which
splits on the spaces.  A query is normalised and cut the same way
(:func:`dashiji.segment.query_groups`); each group becomes a quoted FTS5 string -- never raw
FTS5 syntax from the user -- and all groups must match (or any, on request).  Hits are ranked by
``bm25`` with the title weighted above the body.

Snippets come from the original text, not the segmented index: the first place any query group
occurs in the normalised view of the text is mapped back to the original characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..segment import normalized_view, query_groups

#: bm25 weights of the documents_fts columns: doc_id (unindexed), title, body.
BM25_WEIGHTS = (0.0, 3.0, 1.0)


@dataclass(slots=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    source: str
    snippet: str
    score: float  # bm25: lower is better


def match_expression(query: str, *, any_term: bool = False) -> tuple[str, list[str]]:
    """The FTS5 MATCH expression for a user query, and the groups it was built from.

    Returns ``("", [])`` when the query holds no searchable word.
    """
    groups = query_groups(query)
    if not groups:
        return "", []
    quoted = ['"' + g.replace('"', '""') + '"' for g in groups]
    return (" OR " if any_term else " AND ").join(quoted), groups


def snippet(
    text: str,
    groups: list[str],
    *,
    width: int = 80,
    before: int = 20,
    mark: tuple[str, str] = ("[", "]"),
) -> str:
    """About ``width`` characters of ``text`` around the first query match, matches marked."""
    if not text:
        return ""
    view, origin = normalized_view(text)
    needles = sorted({g.replace(" ", "") for g in groups if g}, key=len, reverse=True)
    if not needles:
        return _clip(text, 0, width)
    # Where does each needle occur in the view?  (A phrase can match across punctuation, which
    # the index ignores; then fall back to its first word.)
    found: list[tuple[int, int]] = []
    for needle in needles:
        pos = view.find(needle)
        if pos < 0:
            first = needle.split()[0] if " " in needle else needle[:1]
            pos = view.find(first) if first else -1
            needle = first
        if pos >= 0:
            found.append((pos, len(needle)))
    if not found:
        return _clip(text, 0, width, mark_spans=[])
    first_pos = min(p for p, _ in found)
    start = max(0, origin[first_pos] - before)
    end = min(len(text), start + width)
    # Mark every occurrence of every needle inside the window, longest first, no overlaps.
    spans: list[tuple[int, int]] = []
    for needle in needles:
        i = view.find(needle)
        while i >= 0:
            s, e = origin[i], origin[i + len(needle) - 1] + 1
            if s >= start and e <= end and all(e <= a or s >= b for a, b in spans):
                spans.append((s, e))
            i = view.find(needle, i + len(needle))
    return _clip(text, start, end, mark_spans=sorted(spans), mark=mark)


def _clip(
    text: str,
    start: int,
    end: int,
    mark_spans: list[tuple[int, int]] | None = None,
    mark: tuple[str, str] = ("[", "]"),
) -> str:
    end = min(len(text), end)
    out: list[str] = ["…"] if start > 0 else []
    pos = start
    for s, e in mark_spans or []:
        out += [text[pos:s], mark[0], text[s:e], mark[1]]
        pos = e
    out.append(text[pos:end])
    if end < len(text):
        out.append("…")
    return " ".join("".join(out).split())
