"""From LAC's tokens to entity spans: the conventions news text follows that a token tagger
splits apart.

LAC tags words; a name in news is often several of its words:

* an address is a chain of places, finest last (北京市 东城区 王府井大街218号), and a place name
  takes a head noun (洛杉矶 会展中心, 斯坦福桥 球场): one location;
* an organisation is a place or a name with an organisation head (北京市 消防局, 福克斯探照灯
  公司, 工行 福建省分行): one organisation;
* a fixture 都灵vs米兰 names two competitors, which are teams (organisations) in sports copy.

The heads are ``place_heads`` / ``org_heads`` in ``entity_rules.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .entity_lac import Token
from .entity_lexicon import rules

__all__ = ["Candidate", "lac_candidates"]

_NUMBERED = re.compile(r"^[0-9０-９一二三四五六七八九十百零]+[号號]$")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str  # PER LOC ORG


@cache
def _heads() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    r = rules()
    place = tuple(sorted(r["place_heads"]["forms"], key=len, reverse=True))
    org = tuple(sorted(r["org_heads"]["forms"], key=len, reverse=True))
    versus = tuple(r["versus"]["forms"])
    return place, org, versus


def _ends_with(text: str, heads: tuple[str, ...]) -> bool:
    return any(text.endswith(h) and len(text) >= len(h) for h in heads)


def lac_candidates(view: str, tokens: list[Token]) -> list[Candidate]:
    """PER/LOC/ORG spans from LAC's tokens over ``view``, merged as described above."""
    place_heads, org_heads, versus = _heads()
    out: list[Candidate] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.tag not in ("PER", "LOC", "ORG"):
            # a versus token between two names: 莫陆军 vs 波兹南
            i += 1
            continue
        start, end, typ = tok.start, tok.end, tok.tag
        j = i + 1
        if typ in ("LOC", "ORG"):
            while j < n:
                nxt = tokens[j]
                if nxt.start != end:
                    break
                word = view[nxt.start : nxt.end]
                if nxt.tag == "LOC" and typ == "LOC":
                    end = nxt.end  # 北京市 东城区
                elif nxt.tag == "ORG" and _ends_with(word, org_heads):
                    end, typ = nxt.end, "ORG"  # 工行 福建省分行
                elif nxt.tag in ("n", "nz", "s", "vn", "m") and word in org_heads:
                    end, typ = nxt.end, "ORG"  # 北京市 消防局
                elif typ == "LOC" and nxt.tag in ("n", "s", "nz") and word in place_heads:
                    end = nxt.end  # 洛杉矶 会展中心
                elif typ == "LOC" and nxt.tag == "m" and _NUMBERED.match(word):
                    end = nxt.end  # 长安 8号
                else:
                    break
                j += 1
        out.extend(_split_versus(view, start, end, typ, versus))
        i = j
    _versus_sides(view, tokens, out, versus)
    return out


def _split_versus(
    view: str, start: int, end: int, typ: str, versus: tuple[str, ...]
) -> list[Candidate]:
    text = view[start:end]
    for sep in versus:
        k = text.find(sep)
        if 0 < k < len(text) - len(sep):
            return [
                Candidate(start, start + k, "ORG"),
                Candidate(start + k + len(sep), end, "ORG"),
            ]
    return [Candidate(start, end, typ)]


def _versus_sides(
    view: str, tokens: list[Token], out: list[Candidate], versus: tuple[str, ...]
) -> None:
    """Names on either side of a separate 'vs' token are competitors: teams (ORG)."""
    seps = {t.start for t in tokens if view[t.start : t.end] in versus}
    seps |= {t.end for t in tokens if view[t.start : t.end] in versus}
    if not seps:
        return
    for c in out:
        if c.end in seps or c.start in seps:
            c.type = "ORG"
