"""An article's profile for story grouping: its most telling words, weighted by tf-idf.

Words come from jieba (:mod:`dashiji.segment`) over the title (counted three times), the first
:data:`BODY_CHARS` characters of the body, and the names of the people and organisations the
entity layer found (counted twice, in their KB form, so 川普 and 特朗普 are one word).  A word's
rarity is taken from jieba's own dictionary frequencies (a large general corpus), so the weights
are meaningful from the first article on; a word jieba does not know — usually a name — counts
as rare.  Numbers, single characters and punctuation are not words here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from ..model import Document
from ..segment import _segmenter, normalize_for_search

#: How much of the body is read (the lead carries what an article is about).
BODY_CHARS = 1500
#: How many words a profile keeps.
PROFILE_SIZE = 40
TITLE_WEIGHT = 3
NAME_WEIGHT = 2
_ENTITY_LABELS = frozenset({"PER", "ORG"})
_WORD = re.compile(r"^(?:[\u3400-\u9fff]{2,}|[a-z][a-z0-9]+)$")


@cache
def _freq_total() -> tuple[Any, float]:
    jb = _segmenter()
    return jb, float(jb.dt.total)


@lru_cache(maxsize=1 << 16)
def idf(word: str) -> float:
    """log(total / frequency) from jieba's dictionary; unknown words get the rarest weight.

    Cached (a news text's words recur from article to article; jieba's look-up is three
    Python calls deep)."""
    jb, total = _freq_total()
    freq = jb.get_FREQ(word) or 0
    return math.log(total / (freq + 1.0)) if freq else math.log(total)


def words(text: str) -> list[str]:
    """The profile words of ``text`` (normalised: simplified script, folded, lower case)."""
    # segment()'s words less those _WORD refuses: jieba's words filtered once, in C (the
    # whitespace tokens segment() drops are refused by _WORD too)
    text = normalize_for_search(text)
    return list(filter(_WORD.match, _segmenter().lcut(text, HMM=True))) if text else []


def profile(doc: Document) -> dict[str, float]:
    """The article's words and weights (L2-normalised, at most :data:`PROFILE_SIZE`)."""
    art = doc.article
    title = (art.title if art else None) or ""
    body = doc.text
    start = len(title) if title and body.startswith(title) else 0
    # counted in C (Counter's own loop); a word's count is the same whatever order it is
    # counted in, and the weights are ranked by (weight, word) alone
    counts = Counter(words(body[start : start + BODY_CHARS]))
    # a title is never that long, but a record's may be
    for w, n in Counter(words(title[:BODY_CHARS])).items():
        counts[w] += TITLE_WEIGHT * n
    names: Counter[str] = Counter()
    for span in doc.spans:
        if span.layer == "entity" and span.label in _ENTITY_LABELS and span.start < BODY_CHARS:
            name = (span.attrs or {}).get("name") or doc.text[span.start : span.end]
            key = normalize_for_search(str(name)).replace(" ", "")
            if len(key) >= 2:
                names[key] += 1
    for key, n in names.items():
        counts[key] += NAME_WEIGHT * min(n, 5)
    # heaviest first, then by word: (-weight, word) pairs sort so without a key function
    top = sorted([(-(1.0 + math.log(c)) * idf(w), w) for w, c in counts.items()])[:PROFILE_SIZE]
    norm = math.sqrt(sum(v * v for v, _ in top)) or 1.0
    return {w: -v / norm for v, w in top}
