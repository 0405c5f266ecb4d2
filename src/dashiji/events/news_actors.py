"""Actors of everyday news: named entities of the entity layer (KB-linked or not) and generic
actors (警方, 法院, 犯罪嫌疑人, 市民…) with their CAMEO actor-type codes and a country from the
context.

A generic noun takes the place written right before it (临夏市公安局 → 临夏市, a mainland
place; 香港警方 → HKG) as part of its name and its country; institutions that exist in one
jurisdiction carry it (人民法院 → CHN, 律政司 → HKG).  An actor with no country of its own takes
the one country its sentence's places name (上海车展…该车主 → CHN); a name or place ending in a
mainland administrative suffix (省, 市, 县…) not linked to a foreign country is mainland.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..annotate.entity_lexicon import TagTable
from ..annotate.time_tense import _parts_of_speech
from ..segment import straddles
from ..wordscan import SHARED, WordScanner
from .news_cues import cue, cue_words
from .pattern_gates import required_gate

_GENERIC_FILE = "generic_actors.json"
_NATIONALS_FILE = "nationals.json"


@dataclass(slots=True)
class Actor:
    """A participant candidate, in analysis-view offsets."""

    start: int
    end: int
    text: str
    kind: str  # PER ORG GPE LOC generic
    kb_id: str | None = None
    country: str | None = None
    cameo: str | None = None  # full CAMEO actor code (CHNCOP) once the country is known
    agent_type: str | None = None  # COP JUD GOV … for generic actors
    members: list[str] = field(default_factory=list)
    place: bool = False  # a place (a location, not an actor of its own)
    alias_of: str | None = None  # the full name a short mention stands for (苏裁判官 → 苏惠德)
    home: str | None = None  # the article's country, for a person named in full (legal acts)


@dataclass(frozen=True, slots=True)
class GenericTable:
    automaton: Any
    country: dict[str, str]
    suffixes: tuple[str, ...]
    regions: dict[str, str]
    # words that hold a generic noun at their start and are no actor (被告知: was told)
    not_nouns: tuple[str, ...] = ()
    # kin words (父亲, 妻子): after a person's name, that person's relative (张女士父亲)
    kin: frozenset[str] = frozenset()
    # regions written in full (香港 → HKG): a sentence that writes one shows where it is
    region_names: tuple[tuple[str, str], ...] = ()
    # kin words also said to strangers (警察叔叔): right after a kind of people, an address form
    address_kin: frozenset[str] = frozenset()
    # short nouns found only where the segmentation does not cut across them (沿海关口: no 海关)
    whole_words: frozenset[str] = frozenset()
    # place suffixes of two characters (新区): 某某新区 is a unit, before a body's noun
    unit_words: frozenset[str] = frozenset()
    # a body's words after a kind of people (员工阵线, 业主委员会): the body those people form
    bodies_of_people: tuple[str, ...] = ()
    # words for the court only where their sentence names a penalty and the accused (院方:
    # else the hospital)
    sentencing_courts: frozenset[str] = frozenset()
    # words that tell which of a kind of people is meant (其他, 另一, 涉事): part of its name
    qualifiers: frozenset[str] = frozenset()
    # relation words (朋友, 闺蜜) that name someone only as someone's: 某某的朋友, 其闺蜜
    owned_only: frozenset[str] = frozenset()
    # the nouns of the kinds of people (PEOPLE_KINDS, and kin): 乘客, 司机, 飞行员, 妻子…
    people_words: frozenset[str] = frozenset()


@cache
def generic_table() -> GenericTable:
    path = resources.files("dashiji") / "data" / "events" / _GENERIC_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    kin = data.get("kin", [])  # (kin words are CVL nouns: listed once, under kin)
    sentencing = data.get("sentencing_courts", [])  # (JUD nouns: listed once, there)
    auto = WordScanner(
        {w: (w, code) for code, words in data["types"].items() for w in words}
        | {w: (w, "CVL") for w in kin}
        | {w: (w, "JUD") for w in sentencing}
    )
    SHARED.add(auto)  # one pass per article with the other tables
    country = {w: c for c, words in data["country"].items() for w in words}
    return GenericTable(
        auto,
        country,
        tuple(data["place_suffixes"]),
        dict(data["region_codes"]),
        tuple(data.get("not_nouns", [])),
        frozenset(kin),
        tuple(data.get("region_names", {}).items()),
        frozenset(data.get("address_kin", [])),
        frozenset(data.get("whole_words", [])),
        frozenset(data.get("unit_suffix_words", [])),
        tuple(data.get("bodies_of_people", [])),
        frozenset(sentencing),
        frozenset(data.get("people_qualifiers", [])),
        frozenset(data.get("owned_only", [])),
        frozenset(kin).union(*(data["types"].get(code, ()) for code in PEOPLE_KINDS)),
    )


@cache
def known_nationals() -> dict[str, str]:
    """Name → country of the well-known people ``nationals.json`` lists (刘德华 → HKG), in
    both scripts."""
    from ..kb.model import _script_variants

    path = resources.files("dashiji") / "data" / "events" / _NATIONALS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        form: country
        for country, names in data["people"].items()
        for name in names
        for form in _script_variants(name)
    }


_PERSON_TYPES = frozenset({"CVL", "CRM"})  # (受害人姐姐: a victim's sister, a relative)
#: the generic nouns for people (not bodies: the police, a court, a company)
PEOPLE_KINDS = frozenset({"CVL", "CRM", "OPP", "LAB", "HLH"})
_DESCRIBING = re.compile("(?:" + cue("people_describing").pattern + "){1,2}")
_BODY_DESCRIBING = re.compile("的?(?:" + cue("body_describing").pattern + "){1,2}")
_QUOTED_EPITHET = re.compile(r"“[^“”\"，。]{1,8}[”\"]")  # (a straight quote may close it)
_EPITHET_HOLDER = re.compile(r"(?:车辆|汽车|电动车|轿车|的)?(?:女|男)?")
_PLACE_REACH = 12  # characters between a place and the kind of people it qualifies


def modifier_gap(vt: str, a: int, b: int) -> bool:
    """Is ``vt[a:b]`` (between a place and a kind of people) words describing the people
    (澳门极端暴力分子, 本地极端分子, 某地的激进分子), or only 的 (某市的居民)?"""
    if 0 < b - a <= 8 and _DESCRIBING.fullmatch(vt, a + (vt[a] == "的"), b) is not None:
        return True
    if vt[a:b] == "的":
        return True  # 某国的消费者: the people of that place
    # 某省某市“投诉”的车主, 某地“异响”汽车车主: a quoted epithet (and 的, or what it is of)
    gap = _QUOTED_EPITHET.sub("", vt[a:b])
    return len(gap) < b - a and (gap in ("", "的") or _EPITHET_HOLDER.fullmatch(gap) is not None)


def body_qualifier_gap(vt: str, a: int, b: int) -> bool:
    """Is ``vt[a:b]`` (between a place and a generic body) one or two words saying what kind
    of body it is, after a 的 or not (某州的公立大学, 某市市立医院, 某国的地方政府)?"""
    return 0 < b - a <= 6 and _BODY_DESCRIBING.fullmatch(vt, a, b) is not None


def people_after_place(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """The kind of people a place ending at ``end`` qualifies, written right after it (某市市民,
    某地的居民, 某地“维权”车主, 某地极端分子) and not qualifying a noun in turn (某国用户数据):
    (the end of the kind's noun, its type code), or None — the people are the participant, of
    the place's country, not the place."""
    starts, hits = _generic_hits(text)
    for k in range(bisect_left(starts, end), len(hits)):
        a, b, code = hits[k]
        if a - end > _PLACE_REACH or b > limit:
            return None
        if code in PEOPLE_KINDS and (a == end or modifier_gap(text, end, a)):
            if tag_at(text, b) == "n":
                return None  # 某国用户数据: the people qualify a thing in turn
            table = generic_table()
            word = text[a:b]
            if not (table.not_nouns and _inside_not_noun(text, a, word, table.not_nouns)):
                return b, code
    return None


#: the generic nouns for a state's bodies a country's name qualifies (英国地方政府, 某国法院)
STATE_BODY_KINDS = frozenset({"GOV", "JUD", "COP", "MIL"})


def body_after_country(text: str, end: int, limit: int) -> tuple[int, str] | None:
    """The state body a country ending at ``end`` qualifies, written right after it (英国地方政府,
    某国州政府, 某国法院): (the end of the body's noun, its type code), or None - the body is the
    participant, of the country, not the country."""
    starts, hits = _generic_hits(text)
    k = bisect_left(starts, end)
    if k == len(hits) or hits[k][0] != end:
        return None
    _, b, code = hits[k]  # (the longest noun at that start comes first)
    if code not in STATE_BODY_KINDS or b > limit or tag_at(text, b) == "n":
        return None  # (某国政府官员, 某国法院判决书: the body qualifies a noun in turn)
    return b, code


def leaders_government(text: str, end: int, limit: int) -> int | None:
    """The end of the government a person's name ending at ``end`` names by its leader, written
    right after it (拜登政府, 某某当局: a generic noun of the GOV kind), or None - the government
    is the participant, of the leader's country, not the person (nor the country).  Not one
    qualifying a noun in turn (某某政府官员: the officials), nor the start of a longer noun
    (某某外交部长: the title the person holds, written after the name)."""
    if end >= limit or text[end] not in _gov_initials():
        return None  # (most names: no government word opens right after them - no scan)
    body = body_after_country(text, end, limit)
    if body is None or body[1] != "GOV":
        return None
    b = body[0]
    pos_of = _parts_of_speech()
    if any((pos_of.get(text[end : b + k]) or "").startswith("n") for k in (1, 2) if b + k <= limit):
        return None  # (外交部长, 财政部长: one word, the title)
    return b


@cache
def _gov_initials() -> frozenset[str]:
    """The first characters of the generic nouns of the GOV kind (政, 当…)."""
    path = resources.files("dashiji") / "data" / "events" / _GENERIC_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(w[0] for w in data["types"]["GOV"] if w)


def tag_at(text: str, i: int) -> str:
    """The part of speech of the longest word of the dictionary (three characters at most)
    that opens at ``i``; "" when none does."""
    pos_of = _parts_of_speech()
    for n in (3, 2, 1):
        tag = pos_of.get(text[i : i + n])
        if tag is not None:
            return tag
    return ""


def _inside_not_noun(text: str, a: int, word: str, not_nouns: tuple[str, ...]) -> bool:
    """Is the generic noun ``word`` at ``a`` part of one of ``not_nouns`` written around it?"""
    for w in not_nouns:
        k = w.find(word)
        if k >= 0 and a >= k and text.startswith(w, a - k):
            return True
    return False


@lru_cache(maxsize=4)
def _not_noun_parts(not_nouns: tuple[str, ...]) -> frozenset[str]:
    """Every string written inside one of ``not_nouns`` (the empty one too): a word that is
    none of them is found in none (``w.find(word)`` is -1 for each), so :func:`_inside_not_noun`
    answers False for it without being asked."""
    return frozenset(
        w[i:j] for w in not_nouns for i in range(len(w) + 1) for j in range(i, len(w) + 1)
    )


def generic_actors(text: str, start: int, end: int, taken: bytearray) -> list[Actor]:
    """Generic actor nouns in ``text[start:end]`` not inside an entity (``taken`` marks entity
    characters, view offsets)."""
    table = generic_table()
    starts, hits = _generic_hits(text)
    out: list[Actor] = []
    upto = -1
    for k in range(bisect_left(starts, start), len(hits)):
        a, b, code = hits[k]
        if a >= end:
            break
        if a < upto or b > end:
            continue
        if any(taken[a:b]):
            continue
        # 公司 inside 有限公司 is found as the longest; a shorter word inside a longer one is not
        word = text[a:b]
        if word in table.owned_only and not _owned(text, a, start, taken):
            continue  # 女朋友, 做朋友, 和朋友们: no one's friend told - no participant named
        if word in table.sentencing_courts and not _sentencing(text, start, end):
            continue  # 院方已退回医药费: the hospital, no court - one only where a penalty is told
        if (
            table.not_nouns
            and word in _not_noun_parts(table.not_nouns)  # (else inside none of them)
            and _inside_not_noun(text, a, word, table.not_nouns)
        ):
            continue  # 被告知: a passive of 告知 (was told); 涉嫌犯罪: suspected of, no suspect
        if (
            word in table.address_kin
            and out
            and out[-1].end == a
            and out[-1].agent_type not in _PERSON_TYPES
        ):
            continue  # 警察叔叔, 交警阿姨: how one addresses the police officer, no relative
        if word in table.address_kin and _nickname_noun(text, a, max(start, upto), taken):
            out.append(Actor(a - 2, b, text[a - 2 : b], "PER"))  # 蝴蝶姐姐: a nickname, whole
            upto = b
            continue
        if (
            word.endswith(_MINISTRY_END)
            and text.startswith(_DEPARTMENT_CLOSE, b)
            and b < end
            and _parts_of_speech().get(text[b : b + 2]) is None
        ):  # 民政部门, 教育部门: a department of that kind (a local one), not the ministry;
            # not when 门 opens a word of its own (民政部门口, 教育部门户网站: the ministry's)
            b += 1
            word += _DEPARTMENT_CLOSE
        told = a
        if code in PEOPLE_KINDS and (body := _body_after(text, b, end, table)):
            b += len(body)  # 某局员工阵线: the union, not its members
            word += body
        elif code in PEOPLE_KINDS:
            # 姓韩的车主, 王姓男子: the one the surname tells, the whole description his name
            told = _surname_told(text, a, max(start, upto))
            told = _qualifier_told(text, told, max(start, upto), table.qualifiers)
        country = table.country.get(word)
        out.append(Actor(told, b, text[told:b], "generic", country=country, agent_type=code))
        upto = b
    return out


_PENALTY = cue("penalty_words")  # 有期徒刑, 罚款, 监禁…
_ACCUSED = cue("accused_titles")  # 被告人, 被告


def _sentencing(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (a sentence) name a penalty and the accused it falls on (被告人…
    判处…有期徒刑, 同时罚款) - a court's sentence, not a hospital fined (院方被罚款)?"""
    return (
        _PENALTY.search(text, start, end) is not None
        and _ACCUSED.search(text, start, end) is not None
    )


# 部 closing a ministry's word (民政部, 教育部) and 门 going on with it: 部门, a department
_MINISTRY_END = "部"
_DEPARTMENT_CLOSE = "门"


def _nickname_noun(text: str, a: int, low: int, taken: bytearray) -> bool:
    """Is the word of address at ``a`` (姐姐, 叔叔, 阿姨…) written right after a noun of two
    characters no entity covers and no word runs into (蝴蝶姐姐, 眼镜哥哥) - a nickname the two
    make, no relative of anyone?"""
    s = a - 2
    if s < low or any(taken[s:a]) or not "\u4e00" <= text[s] <= "\u9fff":
        return False
    pos_of = _parts_of_speech()
    if pos_of.get(text[s:a]) != "n" or generic_head(text[s:a]) is not None:
        return False
    if s > 0 and opens_with_surname(text[s - 1]):
        return False  # (张女士姐姐: a person named by a courtesy word, and her sister)
    return s == 0 or pos_of.get(text[s - 1 : s + 1]) is None


def _surname_told(text: str, a: int, low: int) -> int:
    """Where a description by surname ends right before the kind of people at ``a`` opens: 姓韩
    的 (姓韩的车主) or 韩姓 (一名韩姓男子), a surname of one or two characters, not before
    ``low``; ``a`` when none is written there."""
    if a < low + 2 or text[a - 1] not in "的姓":
        return a  # (the cheap tests first: 姓 right before, or two or three before 的)
    if text[a - 1] == "的" and "姓" not in text[max(low, a - 4) : a - 2]:
        return a
    _, surnames = _name_rules()
    by_mark = text[a - 1] == "姓"  # 韩姓男子, 欧阳姓男子 (else 姓韩的车主, 姓欧阳的男子)
    for n in (2, 1):  # (two characters only a double surname: not 和王 of 张某和王姓男子)
        s = a - 1 - n
        told = text[s : a - 1]
        if s < low or (told not in double_surnames() if n == 2 else told not in surnames):
            continue
        if by_mark:
            return s
        if s > low and text[s - 1] == "姓":
            return s - 1
    return a


def _owned(text: str, a: int, start: int, taken: bytearray) -> bool:
    """Is the relation word at ``a`` written right after whose it is: 的 or 其 (某某的朋友, 其闺蜜)
    or a name an entity covers (某某好友)?  Or counted (两名好友, 6位友人, 其他三个朋友): a
    count of them names those who were with the one the sentence is about, not friends at
    large (和朋友们)."""
    return a > start and (
        text[a - 1] in "的其" or taken[a - 1] != 0 or _counted_at(text, a - 1, start)
    )


# a count's last character before a measure word (两名, 6位, 十余个, 几位)
_COUNT_ENDS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百几数多余")


def _counted_at(text: str, b: int, start: int) -> bool:
    """Is ``text[b]`` a measure word of people (名, 位, 个) after a count?"""
    return b > start and text[b] in _MEASURE_WORDS and text[b - 1] in _COUNT_ENDS


# news_cues people_measures (名, 位, 个): 另一名男子 - the qualifier, the measure word, the kind
_MEASURE_WORDS = frozenset(cue_words("people_measures"))


def _qualifier_told(text: str, a: int, low: int, qualifiers: frozenset[str]) -> int:
    """Where a word that tells which of a kind of people is meant (其他, 另一, 涉事, 热心…:
    ``people_qualifiers``) opens, written right before the kind at ``a`` or before a measure
    word and it (其他车主, 另一名男子, 涉事司机) - the one told apart from the others of that
    kind, the qualifier part of the name; ``a`` when none is written there, not before
    ``low``."""
    j = a - 1 if a > low and text[a - 1] in _MEASURE_WORDS else a
    if j - 2 >= low and text[j - 2 : j] in qualifiers:  # (words of two characters each)
        return j - 2
    return a


def _body_after(text: str, b: int, end: int, table: GenericTable) -> str:
    """The body's word (阵线, 联盟, 委员会…) written right after a kind of people ending at
    ``b``, the longest; "" when none is."""
    if b >= end or text[b] not in _body_openings(table.bodies_of_people):
        return ""  # (no body's word opens there: none of them is found - the same "")
    found = [w for w in table.bodies_of_people if text.startswith(w, b) and b + len(w) <= end]
    return max(found, key=len, default="")


@lru_cache(maxsize=4)
def _body_openings(bodies: tuple[str, ...]) -> frozenset[str]:
    """The first characters of the body words (阵, 联, 委…): one of them must be written at the
    place a body word is looked for, else none is found there."""
    return frozenset(w[0] for w in bodies if w)


# The generic nouns of the last text scanned: the coder asks for those of one sentence after
# another of one article (view text), so the article is scanned once.  (text, starts, hits)
_last_scan: tuple[str, list[int], list[tuple[int, int, str]]] | None = None


def _is_generic(word: str) -> bool:
    """A word the segmenter reads across a generic noun that is itself one (公安局 over 公安)."""
    head = generic_head(word)
    return head is not None and head[0] == word


def _generic_hits(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """(start, end, type code) of every generic noun in ``text``, by start and at one start
    the longest first, with the list of their starts.  A noun of ``whole_words`` that the
    segmentation cuts across is none (沿海关口: 沿海 / 关口, no 海关; 家中院子: 院子, no 中院;
    老城管理处: 管理处, no 城管; 小区院内: 院内, no 区院 — as for trigger words,
    :func:`..segment.straddles`)."""
    global _last_scan
    last = _last_scan
    if last is not None and last[0] is text:
        return last[1], last[2]
    table = generic_table()
    hits: list[tuple[int, int, str]] = []
    for e, (word, code) in table.automaton.iter(text):
        a = e + 1 - len(word)
        if cut_across(text, a, e + 1):
            continue
        hits.append((a, e + 1, code))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    starts = [h[0] for h in hits]
    _last_scan = (text, starts, hits)
    return starts, hits


def cut_across(text: str, a: int, b: int) -> bool:
    """Is the generic noun ``text[a:b]`` one of ``whole_words`` that the segmentation cuts
    across (沿海关口: no 海关; 以军人身份: 以 / 军人 / 身份, no 以军)?"""
    return text[a:b] in generic_table().whole_words and straddles(
        text, a, b, 0, len(text), _is_generic
    )


@lru_cache(maxsize=8192)  # asked of every entity the coders read: names recur
def generic_head(text: str) -> tuple[str, str] | None:
    """(word, type code) of the generic actor noun ``text`` ends with (临夏市公安局 → 公安局,
    COP), the longest."""
    best: tuple[str, str] | None = None
    for last, (word, code) in generic_table().automaton.iter(text):
        if last == len(text) - 1 and (best is None or len(word) > len(best[0])):
            best = (word, code)
    return best


def institution_country(word: str) -> str | None:
    return generic_table().country.get(word)


def has_mainland_place(text: str) -> bool:
    """大理州大理市检察院: a name that opens with a mainland-style place (…省/市/县/区/州)."""
    suffixes = generic_table().suffixes
    return any(ch in suffixes for ch in text[1:-1])


@cache
def _unit_chain() -> re.Pattern[str]:
    suffixes = "".join(re.escape(s) for s in generic_table().suffixes)
    return re.compile(rf"(?:[\u4e00-\u9fff]{{2,3}}[{suffixes}]){{1,2}}")


def place_units(text: str) -> bool:
    """``text`` is one or two administrative units of two or three characters and a place
    suffix (青浦区, 东城区, 南山区): the districts written between a city and its court or
    police (杭州市萧山区人民法院), which the knowledge base need not hold."""
    return _unit_chain().fullmatch(text) is not None


def _unit_at(text: str, s: int, e: int, bounded: bool = False) -> bool:
    """Is ``text[s:e]`` one administrative unit a name may be (闵行区, 饶平县, 浦东新区): a stem
    of two characters (three when the dictionary knows the unit as a place, or, when
    ``bounded``, a stem and a suffix of two characters: 某某新区) and a place suffix, no function
    character, not a common noun ending in a suffix (小区, 市区, 社区, 特区) and, unless
    ``bounded`` (a name read at ``e`` opens there), not opening a word with the next character
    (区域)?"""
    if not (3 <= e - s <= 4 and 0 <= s and e <= len(text)) or text[e - 1] not in _suffix_chars():
        return False
    if any(c in _NOT_GIVEN or not "\u4e00" <= c <= "\u9fff" for c in text[s:e]):
        return False
    pos_of = _parts_of_speech()
    known = (pos_of.get(text[s:e]) or "").startswith("ns")
    if e - s == 4 and not known and not (bounded and text[e - 2 : e] in generic_table().unit_words):
        return False  # (某某新区 before a body: a stem and a suffix of two characters)
    tail = pos_of.get(text[e - 2 : e])
    if not known and tail is not None and not tail.startswith("ns"):
        return False
    return bounded or pos_of.get(text[e - 1 : e + 1]) is None


@cache
def _suffix_chars() -> frozenset[str]:
    return frozenset(s for s in generic_table().suffixes if len(s) == 1)


def units_before(text: str, low: int, at: int) -> int | None:
    """Where the administrative units written right before ``at`` open (海淀区 of 海淀区人民法院,
    滨湖新区 of 滨湖新区税务局, 市 of ，市公安局: a lone suffix after punctuation), one or
    two of them and none before ``low``, opening at a word's boundary - each ends where the body
    or the next unit opens; a unit may be a place of two characters the dictionary knows,
    written without its suffix (海淀法院, 东城法院, 沈阳海事法院: the recognisers need not
    have read it, in a long article); None when there are none."""
    pos_of = _parts_of_speech()
    best = None
    e = at
    for _ in range(2):
        s = _unit_opening(text, low, e, pos_of)
        if s is None or (s > 0 and _word_across(text, s, pos_of.get(text[s - 1 : s + 1]))):
            break
        best = e = s
    if best is None and at - 1 >= low and text[at - 1] in _suffix_chars():
        if at - 1 == 0 or not ("\u4e00" <= text[at - 2] <= "\u9fff"):
            best = at - 1
    return best


def _unit_opening(text: str, low: int, e: int, pos_of: TagTable) -> int | None:
    """Where one administrative unit ending at ``e`` opens, none before ``low`` (of four, three,
    then two characters: the first found); None when none ends there.  (Plain loops: asked of
    most bodies no prefix names, a generator per unit cost more than the tests.)"""
    # (a unit of three or four characters ends with a place suffix: where none ends at e,
    # _unit_at finds none, and only the place word of two is looked for)
    if e > 0 and text[e - 1] in _suffix_chars():
        for n in (4, 3):
            if e - n >= low and _unit_at(text, e - n, e, bounded=True):
                return e - n
    # (not right after a name read before: 某国城市警察 - the name is the place)
    if e - 2 >= low and (low == 0 or e - 2 > low):
        if (pos_of.get(text[e - 2 : e]) or "").startswith("ns"):
            return e - 2
    return None


# a preposition a given name may open with (向海, 向东: names in the dictionary) - before a
# place, the preposition, and no name read across it (向海珠区法院)
_PLACE_PREPOSITIONS = frozenset("向往在到从于对")


def _word_across(text: str, s: int, tag: str | None) -> bool:
    """Does the dictionary word of ``tag`` written across ``s`` (its character before and the
    one at it) cut the unit opening at ``s`` - not a person's name opened by a preposition?"""
    return tag is not None and not (tag == "nr" and text[s - 1] in _PLACE_PREPOSITIONS)


def units_after(text: str, at: int, end: int) -> int:
    """Where the administrative units written right after a place at ``at`` end (上海闵行区:
    闵行区), one or two and none past ``end``, the first may be a place the dictionary knows
    without its suffix (广东某州某平县); with no unit, a place the dictionary knows as a city
    or a county (with 市 or 县 after it), two characters that are a word where they stand
    (广东某州一辆…; not 某山路 of 广东某山路口, nor 城市 of 某国城市警察); ``at`` when there are
    none."""
    pos_of = _parts_of_speech()
    suffixes = _suffix_chars()
    stop = min(end, len(text))
    last = k = at
    for _ in range(2):
        e = None
        for n in (4, 3):  # (a plain loop: no generator per place)
            if (
                k + n <= stop  # (past the text, _unit_at finds none either)
                and text[k + n - 1] in suffixes  # (else _unit_at finds no unit: the same None)
                and _unit_at(text, k, k + n)
            ):
                e = k + n
                break
        if e is not None:
            last = k = e
        elif k == at and k + 2 <= end and (pos_of.get(text[k : k + 2]) or "").startswith("ns"):
            k += 2  # (a place word without its suffix counts only before a unit…)
        else:
            break
    if (
        last == at < k
        and next(tagged_words(text, at, end))[0] == 2
        and any(pos_of.get(text[at:k] + c) is not None for c in _CITY_SUFFIXES)
    ):
        return k  # (…or as a word of its own the dictionary knows as a city: 某州, not 城市)
    return last


_CITY_SUFFIXES = "市县"  # 某州市: a bare place word the dictionary knows with one is a city


def mainland_by_suffix(name: str) -> bool:
    """临夏市, 海淀区: a mainland-style administrative name — not a transliterated foreign one
    (洛杉矶县, 蒙大拿州)."""
    if not (name.endswith(generic_table().suffixes) and len(name) >= 2):
        return False
    return not looks_foreign(name[:-1])


@cache
@cache
def _name_rules() -> tuple[frozenset[str], str]:
    from ..annotate.entity_lexicon import rules

    names = rules()["names"]
    return frozenset(names["translit"]), names["surnames"]


@cache
def double_surnames() -> frozenset[str]:
    """The surnames of two characters (欧阳, 司马…), entity_rules.json's double_surnames."""
    from ..annotate.entity_lexicon import rules

    return frozenset(rules()["names"]["double_surnames"])


@cache
def _surname_seek() -> re.Pattern[str]:
    """The next character that may open a name: a surname not far more often a function word."""
    _, surnames = _name_rules()
    chars = sorted(set(surnames) - _FUNCTION_SURNAMES)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def opens_with_surname(text: str) -> bool:
    """Does ``text`` open with a surname's character (not one far more often a function word)?"""
    _, surnames = _name_rules()
    return bool(text) and text[0] in surnames and text[0] not in _FUNCTION_SURNAMES


_FULL_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HAN = re.compile(r"[\u4e00-\u9fff]+")  # Chinese characters only (a name candidate's)


def shown_region(text: str) -> str | None:
    """香港国安法, 香港法院: the one region ``text`` writes in full, if any."""
    found = {c for name, c in generic_table().region_names if name in text}
    return next(iter(found)) if len(found) == 1 else None


def full_chinese_name(x: Actor) -> bool:
    """郭美美, 何桂蓝: a person written with a surname and a given name — not anonymised (张某,
    小花), not a courtesy form (张女士), not a transliteration (a surname no transliteration is
    spelled with, 刘 of 刘某某, opens a Chinese name whatever its given name)."""
    if x.kind != "PER" or x.kb_id or not _FULL_NAME.fullmatch(x.text):
        return False
    translit, surnames = _name_rules()
    return (
        x.text[0] in surnames
        and _HONORIFIC.search(x.text) is None
        and (x.text[0] not in translit or not looks_foreign(x.text))
    )


def looks_foreign(name: str) -> bool:
    """Most characters of ``name`` are those transliterated names are spelled with."""
    translit, _ = _name_rules()
    if len(name) < 2:
        return False
    return sum(ch in translit for ch in name) * 3 >= len(name) * 2


_HONORIFIC = re.compile(r"(?:女士|先生|小姐|某某|某)")


_NAME_BEFORE = frozenset("，。、；：“”（）()《》 和与及对向将被由让称了是把跟同给据")
_NAME_AFTER = frozenset("，。、；：“”（）()《》 和与及在于因被向对将称说也已曾就都还等的")
# surname characters that are far more often function words (于是, 向法院, 解到, 方面)
_FUNCTION_SURNAMES = frozenset("于和向时应解方安祝及与从由")
# characters that end a name rather than belong to it
_CLOSING = frozenset("，。、；")
# 和, 与…: the coordinators that join two names alone (甲和乙; not 、 nor 以及: lists)
# 和, 及, 与, 跟, 同: the one-character coordinators of news_cues (not the list comma 、)
PAIR_COORDINATORS = tuple(c for c in cue_words("coordinators") if len(c) == 1 and c != "、")
_JOINERS = frozenset((*PAIR_COORDINATORS, "、"))  # a coordinator between two names
_LIST_CLOSE = _CLOSING | frozenset("及和与")  # (the same, and a coordinator)
_NOT_GIVEN = frozenset(
    "的在以方已未被与终是先案因坐还之后今目又对称喊和及等也都将曾再正就把向于"
    "并只从仍昨"  # 朱军并没有, 韩某从不, 王强仍坚持, 刘某昨离开: adverbs and 昨 after a name
)
_VERB_AFTER_NAME = re.compile(
    r"(?:宣布|表示|回应|承认|否认|透露|发文|发布|出席|接受|携|曾|再|又|正|一审|二审|本人|夫妇|两人|二人|"
    r"犯[^人罪]{0,8}罪)"  # 被告人郭某犯开设赌场罪
)
# a title right before a name (歌手, 行政总监, 被告人…): the person_title cue words, the
# police officers' titles (news_cues officer_titles, 警官, 民警: generic actors elsewhere, no
# person_title) and the accused's (accused_titles: 被告)
_TITLE_WORDS = sorted(
    {*cue_words("person_title"), *cue_words("officer_titles"), *cue_words("accused_titles")},
    key=len,
    reverse=True,
)
_TITLES_BEFORE = re.compile("(?:" + "|".join(map(re.escape, _TITLE_WORDS)) + ")$")
_TITLE_SPAN = max(map(len, _TITLE_WORDS))
# the characters a title word ends with, and a line break (``$`` matches before a final one):
# a character before a name that is none of these ends no title, and the search is not needed
_TITLE_LAST = frozenset({w[-1] for w in _TITLE_WORDS} | {"\n"})


def _titled_at(text: str, start: int, i: int) -> bool:
    """Does a title word (歌手, 法官…) end right before ``i``, after ``start``?  The same answer
    as the search alone: a title word is found there only if ``text[i - 1]`` ends one (or is the
    line break ``$`` may match before), so the search runs only then."""
    return (
        i > start
        and text[i - 1] in _TITLE_LAST
        and _TITLES_BEFORE.search(text, max(start, i - _TITLE_SPAN), i) is not None
    )


# what opens a clause, before its subject (a name standing before a verb: 王建国驾驶…)
_CLAUSE_OPEN = frozenset("，。；：“（(\n")


# a phrase of at most this many characters before 的 at a clause's start describes the subject
# after it (大学时的, 年仅19岁的); a longer one is more often a clause of its own (他起诉了转载
# 此文的…: the one named is the object)
_OPENING_PHRASE = 6


def _opening_phrase(text: str, start: int, de: int) -> bool:
    """Does the clause open at most :data:`_OPENING_PHRASE` characters before the 的 at ``de``
    (at ``start`` or after a punctuation mark)?"""
    lo = max(start, de - _OPENING_PHRASE)
    return lo == start or any(text[k] in _CLAUSE_OPEN for k in range(lo - 1, de))


def _opening_time(pos_of: Callable[[str], str | None], text: str, start: int, i: int) -> bool:
    """Does a two-character time word of the dictionary (昨日, 当晚, 去年) open the clause right
    before ``i`` (at ``start`` or after a punctuation mark)?"""
    k = i - 2
    return (
        k >= start
        and (k == start or text[k - 1] in _CLAUSE_OPEN)
        and (pos_of(text[k:i]) or "").startswith("t")
    )


def _verb_after(
    pos_of: Callable[[str], str | None], text: str, i: int, j: int, untitled: bool
) -> bool:
    """Does a two-character verb of the dictionary start at ``text[j]``, right after the name
    ``text[i:j]``?  Not where a word of the dictionary runs from the name's last character
    past ``j`` (朱军成|为: 成为; 黎有|没有).  ``untitled`` (no title nor name before it: a
    subject at a clause's start): a preposition too (凭借, 通过), but a name holding a clan
    mark (唐氏筛查) or a particle (成了) is none, nor a three-character one ending with an
    adverb or a pronoun (朱军才|停止, 全靠他|工作): that character opens what follows; nor one
    ending as a place's name does (金山寺|举行: :func:`_place_endings`)."""
    tag = pos_of(text[j : j + 2]) or ""
    if not (tag.startswith("v") or (untitled and tag.startswith("p"))):
        return False
    if pos_of(text[j - 1 : j + 1]) is not None or pos_of(text[j - 1 : j + 2]) is not None:
        return False
    if not untitled:
        return True
    if any(c in _clan_marks() for c in text[i + 1 : j]):
        return False  # 唐氏|筛查: a family or an eponym, no one person
    if any((pos_of(c) or "").startswith("u") for c in text[i + 1 : j]):
        return False  # 如今成了|烫手: a particle is no given name's character
    if j - i == 3 and text[j - 1] in _place_endings():
        return False  # 金山寺|举行: a place's name (寺, 村, 桥…), no one person
    return j - i < 3 or not (pos_of(text[j - 1]) or "").startswith(_NOT_SUBJECT_END)


@cache
def _clan_marks() -> frozenset[str]:
    """The characters that after a surname name a family or an eponym (氏: ``clan_marks`` of
    ``entity_rules.json``)."""
    from ..annotate.entity_lexicon import rules

    return frozenset(rules()["names"]["clan_marks"])


@cache
def _place_endings() -> frozenset[str]:
    """The characters that end a three-character place's name (寺, 村, 桥: ``name_endings``
    of ``place_heads`` in ``entity_rules.json``, 金山寺, 董家河)."""
    from ..annotate.entity_lexicon import rules

    return frozenset(rules()["place_heads"]["name_endings"])


# the parts of speech (of the dictionary) of a character that ends no three-character name
# before a verb: an adverb, a pronoun, a conjunction, a preposition (才, 他, 而, 把) - not
# news._NOT_NAME_END (name_end_not_tags: a character joining no two-character name before a count)
_NOT_SUBJECT_END = ("d", "r", "c", "p")


def chinese_names(
    text: str,
    start: int,
    end: int,
    taken: bytearray,
    cut_at: set[int],
    repeated: Callable[[str], int] | None = None,
    opens_clause: bool = True,
) -> list[Actor]:
    """周扬青, 罗志祥: a surname and one or two given characters, between word boundaries (a
    punctuation mark, a function word, a title such as 歌手; after it a function word or an
    event word starting at ``cut_at``), that the dictionary does not read as another word.  A
    cheap stand-in for the statistical recogniser where it does not run.

    ``repeated`` (how often a string occurs in the whole article) lets a candidate that the
    article repeats (:data:`REPEATED_NAME` times or more) stand without a boundary on one side
    (钱某凭着…, 当时孙某某向…): a story names its people again and again, and a word run into
    one mention is bounded in another (never on both sides: 刹车失灵 holds no 车失灵).  A
    three-character candidate is taken so only when its first two characters do not occur much
    more often on their own (朱军说 of 朱军).

    ``opens_clause``: does ``start`` open a clause (a sentence's or a span's start), so that a
    name there is a subject a verb may close?  Not where ``start`` only opens a window on a
    name read elsewhere (法院判决王强|母赔偿: the recogniser's 王强, no clause at its start)."""
    pos_of = _parts_of_speech()
    out: list[Actor] = []
    seek = _surname_seek().search
    i = start
    while i < end:
        m = seek(text, i, end)  # skip to the next surname character
        if m is None:
            break
        i = m.start()
        if taken[i]:
            # (past the taken run: each of its characters would be skipped so, one by one)
            i = taken.find(0, i, end)
            if i < 0:
                break
            continue
        titled = _titled_at(text, start, i)
        lead_ok = i == start or text[i - 1] in _NAME_BEFORE or titled
        unbounded = (
            not lead_ok
            and (
                repeated is None
                or pos_of.get(text[i - 1 : i + 1]) is not None  # (刹车: a word across it)
                or repeated(text[i : i + 2]) < REPEATED_NAME
            )
        )
        # 转发此文的林涛，: after 的, a name closed by a punctuation mark
        after_de = not lead_ok and text[i - 1] == "的"
        # 昨日王建国驾驶…: a time word opening the clause, then its subject (read before a verb)
        after_time = (
            unbounded and not after_de and _opening_time(pos_of.get, text, start, i)
        )
        if unbounded and not after_de and not after_time:
            i += 1
            continue
        # 甲与乙举办了婚礼: joined to a name read before, a name may end before a verb as after
        # a title (worked out past the skip above, which does not read it)
        joined = (
            i - 2 >= start
            and text[i - 1] in _JOINERS
            and (bool(taken[i - 2]) or bool(out) and out[-1].end == i - 1)
        )
        # a clause opens here (its start, a punctuation mark, or 的 closing a short phrase that
        # opens the clause: 大学时的): a subject's place
        clause_open = (
            (i == start and opens_clause)
            or text[i - 1] in _CLAUSE_OPEN
            or (after_de and _opening_phrase(text, start, i - 1))
            or after_time
        ) and text[i] not in _NOT_GIVEN
        found = None
        for size in (3, 2):
            j = i + size
            if j > end or any(taken[i:j]):
                continue
            cand = text[i:j]
            if _HAN.fullmatch(cand) is None:  # (the same test as each character's range)
                continue
            if not _NOT_GIVEN.isdisjoint(cand[1:]):
                continue  # 朱军的, 朱军在: a name and the word after it
            if _CAPTION_PLACE.fullmatch(cand):
                continue  # 某某（左二）: where one stands in a photo, no name
            # 法官冯立群听完…: after a title, a verb of the dictionary ends the name; so at a
            # clause's start (王建国驾驶…, 大学时的王建国凭借…), a verb or a preposition
            verb_tail = (titled or joined or clause_open) and _verb_after(
                pos_of.get, text, i, j, clause_open and not titled and not joined
            )
            tail_ok = (
                j >= end
                or text[j] in _NAME_AFTER
                or j in cut_at
                or _VERB_AFTER_NAME.match(text, j) is not None
                or verb_tail
            )
            lead = (
                lead_ok
                or (after_de and (j >= end or text[j] in _CLOSING or verb_tail))
                or (after_time and verb_tail)
            )
            if not (lead and tail_ok) and (
                unbounded
                or repeated is None
                or not (lead or tail_ok)
                or not _repeated_name(cand, text, i, end, repeated, after=lead)
            ):
                continue
            tag = pos_of.get(cand)
            if tag is not None and (size == 2 or not tag.startswith("nr")):
                # 明白, 高潮: a word of the dictionary (its 'nr' tags are unreliable) - but a
                # two-character one it tags as a name is one when it is the next item of a list
                # of names, closed as a list item is (拘捕了甲、乙和杨森，)
                if not (joined and tag.startswith("nr") and (j >= end or text[j] in _LIST_CLOSE)):
                    continue
            # 运营总监石家栋、: a title (or 、) before, a punctuation mark or a coordinator after —
            # three characters so framed are the name, whatever words of the dictionary they hold
            # (石家, 启航)
            framed = (
                size == 3
                # (or the next item of a list of names: 邹文礼、梁国平、)
                and (titled or (text[i - 1] == "、" and bool(out) and out[-1].end == i - 1))
                and j < end
                and text[j] in _LIST_CLOSE
            )
            framed = framed and cand[0] not in _NOT_GIVEN  # (not 新闻官曾宣称，)
            head = pos_of.get(cand[:2]) if size == 3 else None
            if head is not None and not head.startswith("nr"):
                if not framed or head.startswith(("m", "t", "q")):
                    continue  # (framed or not, no name opens with a number or a time: 周岁)
            if pos_of.get(cand[1:]) is not None and size == 3 and not tag and not framed:
                tail = pos_of[cand[1:]]
                if tail.startswith(("v", "a", "d", "p")):
                    continue  # 张贴出, 王说过: a surname char before a word
                if (pos_of.get(cand[0]) or "").startswith("d") and (
                    pos_of.get(cand[1]) or ""
                ).startswith("v"):
                    continue  # 男子曾持刀: an adverb before a verb and its object, no name
            if size == 2 and not (j >= end or text[j] in _NAME_AFTER):
                if (pos_of.get(text[i + 1 : j + 1]) or "").startswith("v"):
                    continue  # 总统曾发布: an adverb before a verb, no name 曾发
            found = cand
            break
        if found:
            out.append(Actor(i, i + len(found), found, "PER"))
            i += len(found)
        else:
            i += 1
    return out


# a photo caption's place of a person (左二, 右三, 左起): 左 opens names too, not these
_CAPTION_PLACE = re.compile("[左右][一二三四五六七八九十]{1,2}|[左右]起[一二三四五六七八九十]?")


# an article repeats a person's name: this many mentions let one stand without a boundary
REPEATED_NAME = 3
_BOUNDED_AFTER = "，。、的在和"
_BOUNDED_BEFORE = "，。、和与"


def _repeated_name(
    cand: str, text: str, i: int, end: int, count: Callable[[str], int], after: bool
) -> bool:
    """Does the article repeat ``cand`` (at ``text[i:]``) as a name of its own: at least
    :data:`REPEATED_NAME` times, and (three characters) not mostly as its first two characters'
    continuation, nor (two) mostly followed by one same character (朱军 + 说), and written at
    least once with a boundary on the side ``text[i:]`` lacks (``after``: a comma, a full stop,
    、, 的, 在 or 和 after it; else a comma, a full stop, 、, 和 or 与 before it)?"""
    n = count(cand)
    if n < REPEATED_NAME:
        return False
    if len(cand) == 3:
        if n * 2 <= count(cand[:2]):
            return False
    else:
        j = i + len(cand)
        if j < end and count(text[i : j + 1]) * 2 > n:
            return False
    # and bounded on the side this mention lacks at least once elsewhere (郭美美，…; not 单处
    # of 单处或并处罚金, nor 车失灵 of 刹车失灵)
    if after:
        return any(count(cand + c) for c in _BOUNDED_AFTER)
    return any(count(c + cand) for c in _BOUNDED_BEFORE)


def surname_people(text: str, start: int, end: int, taken: bytearray) -> list[Actor]:
    """张女士, 李先生, 吉某某: a surname and a courtesy or anonymising word is a person (before
    某某 any character that opens a name, a rarer surname too: 鞠某某)."""
    _, surnames = _name_rules()
    out: list[Actor] = []
    for m in _HONORIFIC.finditer(text, start + 1, end):
        a = m.start() - 1
        if any(taken[a : m.end()]):
            continue
        if text[a] not in surnames and (m.group() != "某某" or not _rare_surname(text[a])):
            continue
        if m.group() == "某" and text.startswith("某", m.end()):
            continue
        j = anonymised_end(text, m.end(), end) if "某" in m.group() else m.end()
        out.append(Actor(a, j, text[a:j], "PER"))
    return out


def _rare_surname(c: str) -> bool:
    """May ``c``, no surname of the list, be one before 某某 (鞠某某): a Chinese character that
    is no function word, number or demonstrative (在某某, 一某某, 该某某)?"""
    return "\u4e00" <= c <= "\u9fff" and c not in _stop_chars() and c not in _NOT_SURNAMES


_NOT_SURNAMES = frozenset("一二三四五六七八九十两几某此每各本同")


@cache
def _stop_chars() -> frozenset[str]:
    from ..annotate.entity_lexicon import rules

    return frozenset(rules()["names"]["stop_chars"]) | _FUNCTION_SURNAMES


# 马某甲, 马某乙: the ordinal a judgment adds to tell apart people anonymised alike
_ANON_ORDINALS = frozenset("甲乙丙丁戊己庚辛")


def anonymised_end(text: str, j: int, end: int) -> int:
    """Where an anonymised name ending at ``j`` (马某, 李某某) ends: past an ordinal written right
    after it (马某甲, 李某某乙) that opens no word of the dictionary (乙醇, 丙烯, 丁香)."""
    if j < end and text[j] in _ANON_ORDINALS and not taken_word(text, j, end):
        return j + 1
    return j


def taken_word(text: str, j: int, end: int) -> bool:
    """Does a word of the dictionary of two or three characters open at ``text[j]``?"""
    pos_of = _parts_of_speech()
    return any(j + n <= end and text[j : j + n] in pos_of for n in (2, 3))


def region_country(text: str) -> str | None:
    """港媒, 港府, 台媒: a region's one-character short form opening a word."""
    if text:
        return generic_table().regions.get(text[0])
    return None


_DOTS = "·•・"


@cache
def _dotted_name() -> re.Pattern[str]:
    translit, _ = _name_rules()
    part = "[" + "".join(re.escape(c) for c in sorted(translit)) + "]{2,}"
    return re.compile(part + "(?:[" + _DOTS + "]" + part + ")+")


# a road, a street or a crossing named after a preposition of place (在槐荫路和鲁山东街路口,
# 沿着207国道, 于某某巷): where LAC does not run, the gazetteer knows no streets
_ROAD_NAME = r"(?:[0-9]{1,4}|[\u4e00-\u9fff]{2,5}?)"
_ROAD = r"(?:大街|大道|胡同|国道|省道|高速公路|公路|路|街|巷)"
_STREET = re.compile(
    r"(?:在|于|沿着|沿|途经|至)("
    + _ROAD_NAME + _ROAD
    + r"(?:[和与、]" + _ROAD_NAME + _ROAD + r")?"
    + r"(?:交叉路口|交叉口|十字路口|路口|口)?)"
)  # fmt: skip
_ROAD_FIRST = re.compile(_ROAD_NAME + _ROAD)
# a road of no name where something happens on it (在高速路上, 于国道上): the word, then 上
_ROAD_ON = re.compile(r"(?:在|于)(" + cue("road_nouns").pattern + r")上")
# (a character every match holds - of a street, a road word's: 街道同路巷; of a road of no name,
# 上 - from the patterns: a sentence holding none has no match there and is not searched)
_STREET_HOLDS = required_gate(_STREET)[0]
_ROAD_ON_HOLDS = required_gate(_ROAD_ON)[0]
_PLACE_KINDS = ("GPE", "LOC")
# characters no street's own name holds: function words, demonstratives, numbers written out
_NOT_STREET = frozenset(
    "的了着过在是有上下这那此该个些将把被对向从到往一二三四五六七八九十每某各条"
)


def street_places(text: str, start: int, end: int, others: Sequence[Actor]) -> list[Actor]:
    """在槐荫路和鲁山东街交叉口, 沿着207国道: a road or a crossing after a preposition of
    place is a place — not a word of the dictionary other than a place name (马路), not a run
    holding a function word or a demonstrative (在这条路上), nor one crossing a participant of
    ``others`` that is no place (a place inside it, 山东 of 鲁山东街, gives way to it)."""
    pos_of = _parts_of_speech()
    out: list[Actor] = []
    # (a sentence holding no character every match holds is not searched: _STREET_HOLDS)
    streets = _STREET.finditer(text, start, end) if _STREET_HOLDS.search(text, start, end) else ()
    for m in streets:
        a, b = m.span(1)
        if any(c in _NOT_STREET for c in text[a:b]):
            continue
        if any(x.start < b and a < x.end and x.kind not in _PLACE_KINDS for x in others):
            continue  # (a place read inside it gives way: 山东 of 鲁山东街)
        road = _ROAD_FIRST.match(text, a, b)
        if road is None:
            continue
        tag = pos_of.get(road.group())
        if tag is not None and not tag.startswith("ns"):
            continue  # (马路: a word; a place of the dictionary is kept)
        if b == road.end() and text[b - 1] in "路街巷" and pos_of.get(text[b - 1 : b + 1]):
            continue  # 在芜湖街头: 路, 街, 巷 opening a word (街头, 路边) end no street
        out.append(Actor(a, b, text[a:b], "LOC", place=True))
    road_on = _ROAD_ON.finditer(text, start, end) if _ROAD_ON_HOLDS.search(text, start, end) else ()
    for m in road_on:
        a, b = m.span(1)
        if not any(x.start < b and a < x.end for x in [*others, *out]):
            out.append(Actor(a, b, text[a:b], "LOC", place=True))
    return out


_ROAD_END = re.compile(_ROAD + "$")


def named_roads(text: str, actors: Sequence[Actor]) -> list[Actor]:
    """在某阁老巷路: a person's or a body's name written straight before a road read as a place
    names that road (one place, no participant of its own). ``actors`` in text order."""
    out: list[Actor] = []
    for x in actors:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in ("PER", "ORG")
            and last.end == x.start
            and x.place
            and _ROAD_END.search(x.text) is not None
        ):
            out[-1] = replace(x, start=last.start, text=text[last.start : x.end])
            continue
        out.append(x)
    return out


def dotted_names(text: str, start: int, end: int, taken: bytearray) -> list[Actor]:
    """约翰·史密斯: transliterated parts joined by a middle dot, before a word boundary, is a
    person's name where no recogniser read one (the dead of a crash listed one after another)."""
    if not any(dot in text[start:end] for dot in _DOTS):
        return []
    pos_of = _parts_of_speech()
    out: list[Actor] = []
    for m in _dotted_name().finditer(text, start, end):
        i, j = m.span()
        if i > start and pos_of.get(text[i - 1 : i + 1]) is not None:
            i += 1  # 富豪尤里·米尔纳: the first character ends the word before
        last = max(text.rfind(dot, i, j) for dot in _DOTS) + 1  # where the last part opens
        # 梅耶尔因被…: the name ends before a function word and a boundary
        while j - last > 2 and (text[j - 1] in _NAME_AFTER or text[j - 1] in _NOT_GIVEN):
            j -= 1
        if j - i < 5 or any(taken[i:j]) or (j < end and not _ends_word(text, j)):
            continue
        out.append(Actor(i, j, text[i:j], "PER"))
    return out


def _ends_word(text: str, j: int) -> bool:
    """Does a word end at ``j``: a boundary character (，被, 的…) or a word of the dictionary
    opening there with none across it (某某·某某则被…, 某某·某某昨日…)?"""
    if text[j] in _NAME_AFTER:
        return True
    pos_of = _parts_of_speech()
    return pos_of.get(text[j - 1 : j + 1]) is None and any(
        pos_of.get(text[j : j + n]) is not None for n in (1, 2, 3)
    )


_FOREIGN_NAMED = ("CVL", "CRM")  # the kinds of person noun a foreign name may follow


def foreign_names_after(text: str, actors: list[Actor], end: int, taken: bytearray) -> list[Actor]:
    """遗孀克劳迪娅, 妻子娜塔莉亚: a run of the characters transliterated names are spelled with,
    right after a generic person noun (a kin word, a title) and before a word boundary, is that
    person's name where the recogniser did not read one."""
    translit, _ = _name_rules()
    out: list[Actor] = []
    for x in actors:
        if x.kind != "generic" or x.agent_type not in _FOREIGN_NAMED:
            continue
        k = x.end
        while k < end and k - x.end < 6 and text[k] in translit and not taken[k]:
            k += 1
        for j in range(k, x.end + 1, -1):  # the longest name followed by a boundary
            cand = text[x.end : j]
            if looks_foreign(cand) and (
                j >= end or text[j] in _NAME_AFTER or _VERB_AFTER_NAME.match(text, j)
            ):
                out.append(Actor(x.end, j, cand, "PER"))
                break
    return out


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A name the article shortens in brackets right after it (某某市某某区人民法院（以下简称某某
    法院））: the full name's span and text, the bracket's end, the short form."""

    start: int
    end: int
    close: int
    full: str
    short: str


@cache
def _abbreviation_mark() -> re.Pattern[str]:
    return re.compile(
        r"[（(]\s*(?:" + cue("abbreviation_marks").pattern + r")\s*[：:为]?\s*[“\"「『]?"
        r"([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"」』]?\s*[)）]"
    )


@cache
def _initials_mark() -> re.Pattern[str]:
    """某大学（Texas A&M University，简称TAMU）: a name glossed in Latin letters, then shortened
    to capitals after a mark of ``abbreviation_marks`` (the gloss in group 1, the short form in
    group 2)."""
    return re.compile(
        r"[（(]\s*([A-Za-z][A-Za-z&.'\- ]{2,80}?)\s*[，,]\s*(?:"
        + cue("abbreviation_marks").pattern
        + r")\s*[：:为]?\s*[“\"「『]?([A-Z]{2,10})[”\"」』]?\s*[)）]"
    )


def _initials_of(gloss: str, short: str) -> bool:
    """Are the capitals ``short`` the capitals of ``gloss``, in order, the first its first
    (Texas A&M University: TAMU; Committee on Foreign Investment in the United States: CFIUS)?"""
    caps = iter(c for c in gloss if "A" <= c <= "Z")
    return gloss[:1] == short[:1] and all(c in caps for c in short)


_FULL_NAME_MAX = 32  # characters a shortened name may run back from its bracket
_FULL_NAME_STOPS = frozenset("，。；：、！？,.;:!?“”\"'‘’《》「」『』\n\t ")


def abbreviations(text: str, spans: Sequence[tuple[int, int]]) -> list[Abbreviation]:
    """The bodies ``text`` names in full and then shortens (a court, a company, an office: a
    name ending in a generic actor noun, 法院, 公司, 检察院…), with their short forms: 上游水务科技
    有限公司（以下简称“上游公司”）.  The full name runs back from the bracket over the short form's
    characters, in order (an abbreviation keeps some of its name's characters: 上游公司), and
    over a place or a body ``spans`` (the recognisers' entities, sorted) read right before it or
    across its first character (北京市 of 北京市某区人民法院); no punctuation inside, brackets
    aside (某科技（深圳）有限公司)."""
    out: list[Abbreviation] = []
    if "称" not in text:
        return out
    for hit in _abbreviation_mark().finditer(text):
        short = hit.group(1)
        at = hit.start()
        k, i = at - 1, len(short) - 1
        low = max(0, at - _FULL_NAME_MAX)
        while k >= low and i >= 0:
            if text[k] in _FULL_NAME_STOPS:
                break
            if text[k] == short[i]:
                i -= 1
            k -= 1
        if i >= 0:
            continue  # (not a shortening of the words before the bracket)
        start = k + 1
        for a, b in reversed(spans):
            if a < start <= b <= at:
                start = a
        full = text[start:at]
        head = generic_head(full)
        if head is None or len(full) <= len(short) or head[0] == short:
            continue  # (a law, an event, a case; or a bare 公司: no body named)
        out.append(Abbreviation(start, at, hit.end(), full, short))
    out.extend(_glossed_initials(text, spans))
    return out


def _glossed_initials(text: str, spans: Sequence[tuple[int, int]]) -> list[Abbreviation]:
    """The bodies ``text`` names in Chinese, glosses in Latin letters and shortens to the
    gloss's initials (得州某大学（Texas A&M University，简称TAMU）): the Chinese name runs back
    from the bracket, over Chinese characters only, to the last start of a place or a body
    ``spans`` read in it (得州; 校长某某宣布某州立大学（…）: the place, not the person before the
    verb), and ends in a generic actor noun (大学, 委员会)."""
    out: list[Abbreviation] = []
    for hit in _initials_mark().finditer(text):
        gloss, short = hit.group(1), hit.group(2)
        at = hit.start()
        if not _initials_of(gloss, short):
            continue
        start = max(
            (
                a
                for a, _ in spans
                if max(0, at - _FULL_NAME_MAX) <= a < at
                and all("\u4e00" <= c <= "\u9fff" and c != "的" for c in text[a:at])
            ),
            default=None,
        )  # (the last such start, nearest the bracket: not a name before a verb, 张某宣布某大学)
        if start is None or generic_head(text[start:at]) is None:
            continue
        out.append(Abbreviation(start, at, hit.end(), text[start:at], short))
    return out


def tagged_words(vt: str, s: int, e: int) -> Iterator[tuple[int, str]]:
    """The words of ``vt[s:e]`` (the dictionary's longest first, up to four characters) as
    (length, part of speech; "" for a word the dictionary lacks)."""
    pos = _parts_of_speech()
    i = s
    while i < e:
        for n in (4, 3, 2, 1):
            if i + n <= e and (n == 1 or pos.get(vt[i : i + n]) is not None):
                break
        yield n, pos.get(vt[i : i + n]) or ""
        i += n


# ---- outlets ----------------------------------------------------------------------------------
# 杭州网, 某某日报, 某电视台, 记者: an outlet or its reporter tells the news, it takes no part in
# it - unless the act is done to it (某报社被起诉, 对某网站罚款)
_OUTLET_END = re.compile("(?:" + cue("outlet_ends").pattern + ")$")
_OUTLET_NOT_END = re.compile("(?:" + cue("outlet_not_ends").pattern + ")$")
_OUTLET_AS_PARTY = re.compile("(?:" + cue("outlet_as_party").pattern + r")[^，。；！？]{0,10}$")
_OUTLET_PASSIVE = ("被", "遭")


def is_outlet(name: str, cameo: str | None, role: str | None) -> bool:
    """Is the actor an outlet or a reporter: coded media (…MED), or named as one (杭州网, 某某
    日报, 某市电视台, 记者; not 国家电网, 互联网)?"""
    if (cameo or "").endswith("MED") or role in ("MED", "media", "reporter"):
        return True
    return len(name) >= 3 and bool(_OUTLET_END.search(name)) and not _OUTLET_NOT_END.search(name)


def outlet_is_party(text: str, start: int | None, end: int | None, triggers: list[int]) -> bool:
    """Is the outlet at ``text[start:end]`` a party of the act: its subject, written right
    before the trigger (某网站起诉…; ``triggers``: where the event's triggers start), or the
    one acted on (某报社被起诉, 起诉某网站, 对某报罚款: a passive mark right after it, or a
    legal act or 对 shortly before it in its clause)?"""
    if start is None or end is None:
        return False
    if text.startswith(_OUTLET_PASSIVE, end) or any(
        end <= t <= end + _OUTLET_SUBJECT_GAP for t in triggers
    ):
        return True
    return bool(_OUTLET_AS_PARTY.search(text[max(0, start - 12) : start]))


_OUTLET_SUBJECT_GAP = 4  # characters between an outlet and the trigger it is the subject of


# a quoted or bracketed name right after a place, then a reporting word (香港“某新闻”报道称,
# 台湾《某报》消息): the place is the outlet's home
_OUTLET_AFTER = re.compile(
    r"[“\"《「]([^”\"》」，。]{1,12})[”\"》」](?:网站|网|电视台|频道)?"
    r"(?:报道|报导|消息|称|援引|引述|披露|透露|指出|刊文|发文|评论|社论|记者)"
)


# a quoted name ending so is an outlet (“某新闻”, 《某报》; not 《某情况通报》, a document)
_QUOTED_OUTLET = tuple(cue_words("outlet_quoted_ends"))
_QUOTED_NOT_OUTLET = tuple(cue_words("outlet_quoted_not_ends"))


def outlet_home(text: str, end: int | None) -> bool:
    """Does the actor ending at ``text[end]`` name the home of an outlet quoted right after it,
    whose report follows (香港“某新闻”报道称, 台湾《某报》称: the place is no actor)?"""
    m = None if end is None else _OUTLET_AFTER.match(text, end)
    if m is None:
        return False
    name = m.group(1)  # (甘肃省某公安局《不予立案通知书》称: a document the body issues)
    if _OUTLET_NOT_END.search(name) or name.endswith(_QUOTED_NOT_OUTLET):
        return False
    return bool(_OUTLET_END.search(name)) or name.endswith(_QUOTED_OUTLET)


def drop_outlets(events: Sequence[Any], text: str) -> None:
    """Take the outlets and reporters out of each event's actors and arguments, whichever coder
    coded it (the name an argument gives the actor goes with it), unless the outlet is acted
    on."""
    for e in events:
        triggers = [m.trigger_start for m in e.mentions] or [e.trigger_start]
        gone = {
            a.name
            for a in e.actors
            if is_outlet(a.name, a.cameo, a.role)
            and not outlet_is_party(text, a.start, a.end, triggers)
        }
        homes = [a for a in e.actors if outlet_home(text, a.end)]
        if homes:  # 香港“某新闻”报道称，…: the outlet's home is no actor of what it reports
            e.actors = [a for a in e.actors if a not in homes]
            gone |= {a.name for a in homes} - {a.name for a in e.actors}
        if not gone:
            continue
        e.actors = [a for a in e.actors if a.name not in gone]
        e.arguments = [x for x in e.arguments if x.text not in gone]


# a listed company's ticker or its quote in brackets right after its name: （600884）,
# （600884.SH）, （TSLA.US）, （00700.HK）, （NASDAQ: BLHT）, （14.900， 0.59， 4.12%）
_TICKER = re.compile(
    r"[（(]\s*(?:(?:SH|SZ|sh|sz)?\d{6}(?:\.(?:SH|SZ|BJ|sh|sz))?|\d{4,5}\.(?:HK|hk)"
    r"|[A-Z]{1,5}\.[A-Z]{1,2}|[A-Za-z\u4e00-\u9fff]{2,6}\s?[:：]\s?[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?"
    r"|\d+(?:\.\d+)?[，,]\s*[+-]?\d+(?:\.\d+)?[，,]\s*[+-]?\d+(?:\.\d+)?%)\s*[）)]"
)
_TICKER_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}$")
_TICKER_DAY = re.compile(r"(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?")
_TICKER_LEADS = tuple(cue_words("ticker_name_leads"))
_TICKER_NAME_MAX = 10
_TICKER_NOT_NAME = frozenset({"t", "c", "d", "p"})  # a time word, a conjunction, an adverb…
# the tags of a common word of the dictionary, no company's name (罚款, 增长, 报告)
_TICKER_COMMON = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "m", "q", "t", "p", "c", "r"})


def ticker_names(text: str, start: int, end: int, actors: list[Actor]) -> list[Actor]:
    """某某股份（600884）, 某某科技（NASDAQ: XX）, 某某股份（14.900， 0.59， 4.12%）: the name right
    before a listed company's ticker or stock quote in brackets is that company, where the
    recogniser read no name ending there (the bracket is part of its mention, no break).  The
    name runs back to a boundary - a punctuation mark, a day, a generic noun (上市公司), a
    leading word (news_cues ticker_name_leads: 巨头, 旗下) or a verb (宣布收购) - and is longer
    than a place the recogniser read inside it (华东|重机)."""
    pos_of = _parts_of_speech()
    out: list[Actor] = []
    for m in _TICKER.finditer(text, start, end):
        i = m.start()
        if any(x.end == i and x.kind != "generic" for x in actors):
            continue  # (某巨头特斯拉（TSLA.US）: the recogniser's name)
        run = _TICKER_RUN.search(text, max(start, i - 16), i)
        if run is None:
            continue
        j = run.start()
        j = max([j] + [x.end for x in actors if x.kind == "generic" and j < x.end < i])
        day = _TICKER_DAY.match(text, j, i)
        j = day.end() if day is not None else j
        for w in _TICKER_LEADS:
            at = text.rfind(w, j, i)
            if at >= 0 and i - at - len(w) >= 2:
                j = at + len(w)
        while i - j > 2 and (pos_of.get(text[j : j + 2]) or "") in _TICKER_NOT_NAME:
            j += 2  # 昨日, 同时: no part of the name
        while i - j > 2 and (pos_of.get(text[j]) or "") in _TICKER_NOT_NAME:
            j += 1  # 被, 并
        for k in range(i - 4, j - 1, -1):  # 宣布收购某某控股: past the last verb, two characters on
            if pos_of.get(text[k : k + 2]) == "v":
                j = k + 2
                break
        if not 2 <= i - j <= _TICKER_NAME_MAX or text[j].isdigit():
            continue
        if (pos_of.get(text[j:i]) or "") in _TICKER_COMMON:
            continue  # 罚款（100000）元: a common word and a sum, no company
        out.append(Actor(j, i, text[j:i], "ORG"))
    return out
