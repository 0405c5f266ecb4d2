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
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .entity_lac import Token
from .entity_lexicon import rules

__all__ = ["Candidate", "lac_candidates"]

# The tags lac_candidates reads a token of: names, and nouns that may end in a head
_READ = frozenset({"PER", "LOC", "ORG", "n", "nz"})
# One-character administrative levels that open an organisation's name (市 住房保障办)
_ADMIN = frozenset("省市县区州镇乡村")
_NUMBERED = re.compile(r"^[0-9０-９一二三四五六七八九十百零]+[号號]$")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str  # PER LOC ORG, or SPORTS_LOC: a place in sports copy (maybe a club)


class _Heads(tuple[str, ...]):
    """Head words: a tuple (as the rules list them) that also holds them as a set and the
    lengths they have, shortest first, so that :func:`_ends_with` looks up a text's last
    characters of each length (four at most) rather than trying every head (~90)."""

    words: frozenset[str]
    lengths: tuple[int, ...]

    def __new__(cls, heads: Iterable[str]) -> _Heads:
        self = super().__new__(cls, heads)
        self.words = frozenset(self)
        self.lengths = tuple(sorted({len(h) for h in self}))
        return self


@dataclass(frozen=True, slots=True)
class _Lex:
    place: _Heads
    org: _Heads
    venue: _Heads
    directions: frozenset[str]
    versus: tuple[str, ...]
    sports: tuple[str, ...]
    nominal_min: int
    company: _Heads
    dept: _Heads
    place_chars: _Heads
    joiners: frozenset[str]
    org1: tuple[str, ...]  # the one-character organisation heads (局, 部, 队…)
    place_venue: _Heads  # place + venue (made once, not joined at each look-up)
    venue_shop: _Heads  # venue + 店


@cache
def _lex() -> _Lex:
    r = rules()

    def longest_first(key: str) -> _Heads:
        return _Heads(sorted(r[key]["forms"], key=len, reverse=True))

    place, venue = longest_first("place_heads"), longest_first("venue_heads")
    return _Lex(
        place=place,
        org=longest_first("org_heads"),
        venue=venue,
        directions=frozenset(r["place_heads"]["directions"]),
        versus=tuple(r["versus"]["forms"]),
        sports=tuple(r["sports_cues"]["forms"]),
        nominal_min=int(r["org_heads"]["nominal_min_chars"]),
        company=_Heads(r["org_heads"]["company"]),
        dept=_Heads(r["org_heads"]["department"]),
        place_chars=_Heads(r["place_heads"]["name_endings"]),
        joiners=frozenset(r["names"]["joiners"]),
        org1=tuple(h for h in r["org_heads"]["forms"] if len(h) == 1),
        place_venue=_Heads((*place, *venue)),
        venue_shop=_Heads((*venue, "店")),
    )


def _ends_with(text: str, heads: _Heads) -> bool:
    """``text`` ends with a head; a one-character head (局, 队, 岛) only as the whole word or
    after at least two characters (消防局 but not 布局, 两队)."""
    n = len(text)
    if n >= 3:
        # (as text.endswith(heads): its last characters of some head's length are that head)
        words = heads.words
        for k in heads.lengths:
            if k > n:
                break
            if text[n - k :] in words:
                return True
        return False
    # a text of two characters ends with a head of two or more only by being it
    return n == 2 and text in heads.words


def ends_with_org_head(text: str) -> bool:
    """Does ``text`` end with an organisation head of entity_rules org_heads (北京市公安局,
    清华大学, 某某公司: a body named by its kind, no company's bare name)?"""
    return _ends_with(text, _lex().org)


def lac_candidates(view: str, tokens: list[Token]) -> list[Candidate]:
    """PER/LOC/ORG spans from LAC's tokens over ``view``, merged as described above."""
    lex = _lex()
    out: list[Candidate] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if tok.tag not in _READ:
            i += 1  # (most tokens: verbs, particles…; their text is not cut out)
            continue
        word = view[tok.start : tok.end]
        if tok.tag not in ("PER", "LOC", "ORG"):
            # a common noun naming an organisation by its head: 商业银行, 监管部门
            if (
                tok.tag == "n"
                and len(word) >= lex.nominal_min
                and _ends_with(word, lex.org)
                and word not in lex.org.words
            ):
                out.append(Candidate(tok.start, tok.end, "ORG"))
            elif tok.tag == "n" and _ends_with(word, lex.venue):
                out.append(Candidate(tok.start, tok.end, "LOC"))  # 博物馆, 美术馆: a venue
            elif tok.tag == "nz" and len(word) >= 3 and _ends_with(word, lex.org):
                out.append(Candidate(tok.start, tok.end, "ORG"))  # 天涯网: a proper name
            elif tok.tag == "nz" and len(word) >= 3 and _ends_with(word, lex.place_venue):
                out.append(Candidate(tok.start, tok.end, "LOC"))
            i += 1
            continue
        if (tok.tag == "PER" and _not_a_name(word)) or (
            tok.tag == "ORG" and len(word) == 1 and word not in _ADMIN
        ):
            i += 1  # 刘, 老刘; an organisation of one character (讯) is a tagging slip
            continue
        start, end, typ = tok.start, tok.end, tok.tag
        j = i + 1
        if typ == "PER" and j < n and tokens[j].start == end:
            # 格拉斯 小镇, 盖蒂 中心, 徐悲鸿 研究会: a place or a body named after someone
            nxt = tokens[j]
            word = view[nxt.start : nxt.end]
            if nxt.tag in ("n", "s", "nz") and _ends_with(word, lex.org):
                end, typ, j = nxt.end, "ORG", j + 1
            elif nxt.tag in ("n", "s", "nz") and _ends_with(word, lex.place_venue):
                end, typ, j = nxt.end, "LOC", j + 1
        while (
            typ == "PER"
            and j + 1 < n
            and tokens[j].start == end
            and view[tokens[j].start : tokens[j].end] in lex.joiners
            and tokens[j + 1].tag == "PER"
            and tokens[j + 1].start == tokens[j].end
        ):
            end, j = tokens[j + 1].end, j + 2  # 汤姆 - 克鲁斯, 加文 · 胡德高: one name
        if typ == "PER" and end - start >= 3 and _ends_with(view[start:end], lex.place_chars):
            typ = "LOC"  # 董家河, 蒋村: a place the tagger took for a name
        if typ in ("LOC", "ORG"):
            while j < n:
                nxt = tokens[j]
                if nxt.start != end:
                    break
                word = view[nxt.start : nxt.end]
                if nxt.tag == "LOC" and typ == "LOC":
                    if _ends_with(view[start:end], lex.venue_shop):
                        break  # 王府井书店 | 北京市东城区…: a shop, then its address
                    end = nxt.end  # 北京市 东城区
                elif nxt.tag == "ORG" and (typ == "LOC" or _ends_with(word, lex.org)):
                    end, typ = nxt.end, "ORG"  # 北京 保利, 工行 福建省分行
                elif (
                    nxt.tag in ("n", "nz", "s", "vn")
                    and (_ends_with(word, lex.org) or (word in lex.org1 and nxt.end - start >= 3))
                    and not (
                        _ends_with(view[start:end], lex.company) and _ends_with(word, lex.dept)
                    )
                ):
                    # 北京市 消防局, 北京 公安部门, 市委 常委会; a one-character head: 建设 部
                    end, typ = nxt.end, "ORG"
                elif typ == "LOC" and nxt.tag in ("n", "s", "nz") and _ends_with(word, lex.place):
                    end = nxt.end  # 洛杉矶 会展中心, 香泉 环岛
                elif (
                    typ == "LOC"
                    and nxt.tag in ("n", "vn", "a")
                    and j + 1 < n
                    and tokens[j + 1].start == nxt.end
                    and tokens[j + 1].tag in ("n", "s")
                    and view[tokens[j + 1].start : tokens[j + 1].end] in lex.place.words
                ):
                    # 清华 灯光 球场, 沃尔库塔 劳工 集中营: a named place with a described head
                    end, typ, j = tokens[j + 1].end, "LOC", j + 1
                elif (
                    nxt.tag in ("n", "vn", "a")
                    and j + 1 < n
                    and tokens[j + 1].start == nxt.end
                    and tokens[j + 1].tag == "n"
                    and view[tokens[j + 1].start : tokens[j + 1].end] in lex.org.words
                    and len(view[tokens[j + 1].start : tokens[j + 1].end]) > 1
                ):
                    # 施罗普郡 地方 政府, 北京 公安 部门: a named body with a described head
                    end, typ, j = tokens[j + 1].end, "ORG", j + 1
                elif typ == "LOC" and nxt.tag in ("f", "s") and word in lex.directions:
                    end = nxt.end  # 德国 北部
                elif typ == "LOC" and nxt.tag == "m" and _NUMBERED.match(word):
                    end = nxt.end  # 长安 8号
                else:
                    break
                j += 1
        if typ == "ORG" and _ends_with(view[start:end], lex.venue):
            typ = "LOC"  # 北京故宫博物院, 香港中央图书馆: a place one goes to
        elif (
            typ == "LOC"
            and _ends_with(view[start:end], lex.org)
            and not _ends_with(view[start:end], lex.place_venue)
            and not any(view.endswith(d, start, end) for d in lex.directions)
        ):
            typ = "ORG"  # 湖南信托, 北京市政府: the tagger's place is an organisation
        out.extend(_split_versus(view, start, end, typ, lex.versus))
        i = j
    _versus_sides(view, tokens, out, lex.versus)
    _sports_clubs(view, tokens, out, lex.sports)
    out = _case_parties(view, tokens, out) if "诉" in view else out  # (cheap: most name no case)
    return _whole_latin_names(view, out)


# the Latin words LAC tags apart at their spaces (Island | Express公司, Cathy | McMorris |
# Rodgers): capitalised words, or the joiners a name holds (A&M, of)
_LATIN_BEFORE = re.compile(r"(?:(?:[A-Z][A-Za-z0-9&.'\-]*|&|of) )+$")
_LATIN_AFTER = re.compile(
    r"(?: (?:[A-Z][A-Za-z0-9&.'\-]*|&|of)(?![A-Za-z0-9]))*(?: [A-Z][A-Za-z0-9&.'\-]*)"
)


def _whole_latin_names(view: str, out: list[Candidate]) -> list[Candidate]:
    """A name opening or ending in a Latin word runs over the capitalised Latin words written
    with single spaces before and after it (Island Express公司, Cathy McMorris Rodgers, John
    Smith): one name, not its last word; a candidate inside a name so grown is no other name."""
    grown = False
    for c in out:
        while c.end > c.start + 1 and view[c.end - 1] == " ":
            c.end -= 1  # (John |Smith: the tagger's word keeps its space)
        if view[c.start].isascii() and view[c.start].isalpha():
            hit = _LATIN_BEFORE.search(view, max(0, c.start - 40), c.start)
            if hit is not None:
                c.start, grown = hit.start(), True
        if view[c.end - 1].isascii() and view[c.end - 1].isalpha():
            hit = _LATIN_AFTER.match(view, c.end)
            if hit is not None:
                c.end, grown = hit.end(), True
    if not grown:
        return out
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for c in out:
        if kept and c.end <= kept[-1].end:
            continue  # (Blue | Sky航空公司: Blue Sky航空公司 holds Blue Sky)
        kept.append(c)
    return kept


def _not_a_name(word: str) -> bool:
    """One character (刘), or 老/小 + one character (老刘, 小袁): a way of addressing someone,
    not a name."""
    return len(word) == 1 or (len(word) == 2 and word[0] in "老小")


def _sports_clubs(
    view: str, tokens: list[Token], out: list[Candidate], cues: tuple[str, ...]
) -> None:
    """In sports copy (a sentence with a cue: 主场, 客场, 联赛, 赔率…) a city or a name the
    tagger calls a place is the club: 那不勒斯主场, 曼城客场 (metonymy)."""
    if not cues:
        return
    cue = _any_of(cues).search
    if cue(view) is None:
        return
    lex_place = _lex().place
    bounds = [0]
    bounds.extend(m.end() for m in _SENTENCE_END.finditer(view))
    bounds.append(len(view) + 1)
    sporty = [cue(view, a, b) is not None for a, b in zip(bounds, bounds[1:], strict=False)]
    for c in out:
        k = max(0, _bisect_right(bounds, c.start) - 1)
        if not (k < len(sporty) and sporty[k]):
            continue
        if c.type == "LOC" and not _ends_with(view[c.start : c.end], lex_place):
            c.type = "SPORTS_LOC"  # 那不勒斯, not 西西里岛
        elif c.type == "PER" and _club_context(view, c.start, c.end):
            c.type = "ORG"


_SENTENCE_END = re.compile(r"[。！？!?\n]")


@lru_cache(maxsize=8)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``words`` (one pass, not one substring search a word)."""
    return re.compile("|".join(re.escape(w) for w in words))


def _club_context(view: str, start: int, end: int) -> bool:
    """A name right after 球队/主队/客队 or right before 主场/客场/队: a club, not a player."""
    before, after = view[max(0, start - 2) : start], view[end : end + 2]
    return before in ("球队", "主队", "客队") or after in ("主场", "客场") or after[:1] == "队"


def _bisect_right(seq: list[int], x: int) -> int:
    return bisect_right(seq, x)


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


@dataclass(frozen=True, slots=True)
class _CaseRules:
    forms: tuple[str, ...]
    tail: re.Pattern[str]  # the second name, perhaps what the case is about, to the case word
    not_after: frozenset[str]
    not_before: frozenset[str]


@cache
def _case_rules() -> _CaseRules:
    """``case_parties`` of ``entity_rules.json``, read once."""
    r = rules()["case_parties"]
    words = "|".join(map(re.escape, sorted(r["case_words"], key=len, reverse=True)))
    return _CaseRules(
        forms=tuple(r["forms"]),
        tail=re.compile(r"[^\s\W_]{0,12}?(?=" + words + ")"),
        not_after=frozenset(r["not_after"]),
        not_before=frozenset(r["not_before"]),
    )


def _case_parties(view: str, tokens: list[Token], out: list[Candidate]) -> list[Candidate]:
    """蓝海科技诉星河传媒案: a span LAC read across the separator of a case named by its parties
    is the two parties (entity_rules ``case_parties``); a new list (``out`` is cached), the
    others as they were."""
    cr = _case_rules()
    at = {t.start: t for t in tokens}
    split: list[Candidate] = []
    for c in out:
        split.extend(_case_sides(view, c, cr, at))
    return split


def _case_sides(view: str, c: Candidate, cr: _CaseRules, at: dict[int, Token]) -> list[Candidate]:
    """The two parties of ``c`` when it holds a case's separator between two names of two
    characters or more and the case word follows the second within a few characters; else
    ``c`` alone.  The second name ends where ``c`` does, or runs on past it to an
    organisation's head LAC cut off (星河|传媒案, 星河|传媒 侵权案) - not over the words
    that tell the case (星河传媒 侵权案, 星河传媒 不正当竞争纠纷一案: 星河传媒)."""
    for sep in cr.forms:
        k = view.find(sep, c.start + 2, c.end - 1)
        if k < 0 or view[k + len(sep)] in cr.not_after or view[k - 1] in cr.not_before:
            continue
        right = k + len(sep)
        tail = cr.tail.match(view, right)
        if tail is None or tail.end() < c.end:
            continue
        end = c.end
        if tail.end() > end:
            tok = at.get(end)
            if ends_with_org_head(view[right : tail.end()]):
                end = tail.end()  # 星河|传媒案: the head runs into the case word's token
            elif (
                tok is not None
                and tok.end <= tail.end()
                and view[tok.start : tok.end] in _lex().org.words
            ):
                end = tok.end  # 星河|传媒 侵权案
        if end - right < 2:
            continue
        return [Candidate(c.start, k, c.type), Candidate(right, end, c.type)]
    return [c]


def _versus_sides(
    view: str, tokens: list[Token], out: list[Candidate], versus: tuple[str, ...]
) -> None:
    """Names on either side of a separate 'vs' token are competitors: teams (ORG)."""
    if not any(sep in view for sep in versus):
        return  # (most texts: no token can be one, and no token's text is cut out for it)
    seps = {t.start for t in tokens if view[t.start : t.end] in versus}
    seps |= {t.end for t in tokens if view[t.start : t.end] in versus}
    if not seps:
        return
    for c in out:
        if c.end in seps or c.start in seps:
            c.type = "ORG"
