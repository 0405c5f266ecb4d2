"""The KB's surface forms as one Aho-Corasick automaton, and the one-character country forms.

:class:`AliasIndex` matches every name, alias and role word of the KB (both scripts, as
:meth:`KnowledgeBase.aliases` gives them, folded to the analysis view: simplified, half-width)
plus the stop-words of ``entity_rules.json`` in one pass (:mod:`dashiji.wordscan`), then picks
one reading where matches overlap: the one covering most characters, then the one with fewer
pieces, then a name over a stop-word, then the leftmost.  So 美国务卿 reads 美 + 国务卿 (4
characters) rather than 美国 + 务卿, 特朗普普京 reads 特朗普 + 普京, and 美元首 reads 美 + 元首
rather than 美元.

:meth:`AliasIndex.short_runs` then finds the one-character country forms (美, 俄, 中…) in the
characters no name covers: runs (美俄, 中印, 美欧乌), a run with a bound suffix (美方, 俄军, 美媒),
and single forms.  A form inside an ordinary word is not a country: 美元, 集中印发 (集中 and 印发
are words), 白马 (a dictionary word that is not a known country pair).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..kb import Entry, KnowledgeBase, ShortForm
from ..normalize import fold_width, to_simplified
from ..segment import straddles
from ..wordscan import WordScanner
from .entity_lexicon import WordSet, dictionary, rules
from .numerals import NUMERAL_CHARS

# what a number may open with after 约 (30, 两百, 半, 几十, 数百)
_NUMBER_OPENERS = frozenset(NUMERAL_CHARS + "半几数")
# a score: figures, 比 or a colon or a dash, figures (3比1, 90:81, 0-2; the view is width-folded)
# - up to three on each side, not a date (中以1992-01-24建交)
_SCORE = re.compile(r"\s?[0-9]{1,3}\s?[比:：\-－—]\s?[0-9]{1,3}(?![0-9])")

__all__ = ["AliasIndex", "Hit", "ShortRun"]


@dataclass(slots=True)
class Hit:
    """A KB surface form (``kind`` entry or role) or a stop-word found in the view."""

    start: int
    end: int
    kind: str  # "entry" | "role" | "stop"
    entries: tuple[Entry, ...] = ()

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass(slots=True)
class ShortRun:
    """A run of one-character country forms, with its bound suffix (方 军 媒 警 企 官) if any."""

    start: int
    end: int  # end of the run, before the suffix
    members: list[tuple[int, Entry]]  # (offset of the character, its entry)
    suffix: Entry | None = None

    @property
    def stop(self) -> int:
        return self.end + (1 if self.suffix is not None else 0)


def _norm(form: str) -> str:
    return fold_width(to_simplified(form))


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "._-&")


class AliasIndex:
    """Every surface form of a KB in one automaton, with the rules that resolve overlaps."""

    def __init__(self, kb: KnowledgeBase) -> None:
        r = rules()
        false = {_norm(f) for f in r["false_aliases"]["forms"]}
        table: dict[str, tuple[str, list[Entry]]] = {}
        for form, entry in kb.aliases():
            if entry.kind == "role_word" and entry.extra.get("bound") == "suffix":
                continue  # 方 军 媒…: only after a country form (see short_runs)
            key = _norm(form)
            if not key or key in false:
                continue
            kind = "role" if entry.kind == "role_word" else "entry"
            have = table.get(key)
            if have is None:
                table[key] = (kind, [entry])
            elif entry not in have[1]:
                have[1].append(entry)
        for form in r["not_entities"]["forms"]:
            key = _norm(form)
            if key not in table:
                table[key] = ("stop", [])
        for form in r["sports_leagues"]["forms"]:
            for key in (_norm(form), _norm(form) + "联赛"):  # 英超, 英超联赛
                if key not in table:
                    table[key] = ("league", [])  # an organisation the KB does not hold
        for form in r["pair_abbreviations"]["forms"]:
            key = _norm(form)
            if not form.startswith("_") and key not in table:
                table[key] = ("pair", [])  # 普特: read as a pair only before a meeting word
        self._automaton = WordScanner(
            {key: (len(key), kind, tuple(entries)) for key, (kind, entries) in table.items()}
        )
        self.kb = kb
        # one-character forms of countries and blocs; suffixes (方 军 媒 警 企 官)
        self.shorts: dict[str, tuple[ShortForm, Entry]] = {}
        for short, entry in kb.short_forms():
            self.shorts.setdefault(_norm(short.form), (short, entry))
        self.suffixes: dict[str, Entry] = {}
        for entry in kb.entries(kind="role_word"):
            if entry.extra.get("bound") == "suffix":
                for form in entry.surface_forms():
                    self.suffixes.setdefault(_norm(form), entry)
        self._short_char = re.compile(
            "[" + "".join(re.escape(ch) for ch in sorted(self.shorts) if len(ch) == 1) + "]"
        )
        self.short_alone = {_norm(f) for f in r["short_alone"]["forms"]}
        self.compound_words = {_norm(f) for f in r["compound_words"]["forms"]}
        self.before_role = {_norm(f) for f in r["short_alone"]["before_role"]}
        self.alone_after = frozenset(r["short_alone"]["after"])
        self.alone_not_before = frozenset(r["short_alone"]["not_before"])
        self.form_heads = frozenset(_norm(w) for w in r["form_heads"]["words"])
        self.capacity_forms = frozenset(r["capacity"]["forms"])
        self.approximations = tuple(r["approximations"]["forms"])
        self.closing_words = frozenset(r["approximations"]["closing_words"])
        self.capacity_nouns = tuple(r["capacity"]["nouns"])
        self.score_prepositions = frozenset(r["score_prepositions"]["forms"])

    # ---- names ---------------------------------------------------------------------------------
    def hits(self, view: str) -> list[Hit]:
        """The KB forms and stop-words in ``view``, overlaps resolved, in text order."""
        found: list[Hit] = []
        n = len(view)
        words = dictionary()
        for end_idx, (length, kind, entries) in self._automaton.iter(view):
            end = end_idx + 1
            start = end - length
            first, last = view[start], view[end - 1]
            # (a Chinese character is never a word character: test ASCII ones only)
            if (
                first <= "\x7f"
                and _is_word_char(first)
                and start > 0
                and _is_word_char(view[start - 1])
            ):
                continue  # "US" inside "USB"
            if last <= "\x7f" and _is_word_char(last) and end < n and _is_word_char(view[end]):
                continue
            if length == 2 and kind == "entry":
                if entries[0].kind == "person":
                    if _in_longer_word(view, start, end, words):
                        continue  # 石破 in 石破天惊
                elif self._split_by_a_word(view, start, end) or self._approximation(
                    view, start, end, words
                ):
                    continue  # 以军 in 以军人身份, 人大 in 个人大号, 北约 in 以北约30公里
            elif self._name_then_word(view, start, end, kind, entries, found):
                continue  # 美国会 in 美国会见政要: 美国 / 会见
            found.append(Hit(start, end, kind, entries))
        return _resolve(found)

    # ---- one-character country forms -------------------------------------------------------------
    def short_runs(
        self, view: str, covered: bytearray, role_ends: Mapping[int, int]
    ) -> list[ShortRun]:
        """Runs of country forms in the characters not ``covered`` by a name.  ``role_ends``:
        where a role word begins, and where it ends (a form right before one may stand alone:
        德外长, 日首相)."""
        words = dictionary()
        out: list[ShortRun] = []
        n = len(view)
        i = 0
        next_form = self._short_char.search
        suffixes, alone = self.suffixes, self.short_alone
        while i < n:
            m = next_form(view, i)  # skip ahead to the next country form
            if m is None:
                break
            i = m.start()
            if covered[i]:
                i += 1
                continue
            j = i
            while j < n and not covered[j] and view[j] in self.shorts:
                j += 1
            if (
                j == i + 1
                and j not in role_ends
                and (j >= n or covered[j] or view[j] not in suffixes)
                and (view[i] not in alone or not self._alone_ok(view, i))
            ):
                # _accept's first test, written out here (most forms, 中 of 其中, are passed
                # over by it: ~30 an article, each three calls): a lone form with no suffix
                # after it (_suffix: past the end, a covered character or none of them), no role
                # word and that may not stand alone (_alone_ok, False for a character outside
                # short_alone without reading further) makes no run
                i += 1
                continue
            run = self._accept(view, i, j, covered, role_ends, words)
            if run is not None:
                out.append(run)
                i = run.stop
            else:
                i += 1
        return out

    def _accept(
        self,
        view: str,
        i: int,
        j: int,
        covered: bytearray,
        role_ends: Mapping[int, int],
        words: WordSet,
    ) -> ShortRun | None:
        """The longest acceptable run starting at ``i`` and ending at most at ``j``."""
        if (
            j == i + 1
            and j not in role_ends
            and self._suffix(view, j, covered, words) is None
            and not self._alone_ok(view, i)
        ):
            return None  # (most runs: one form, 中 of 其中, that may not stand alone there)
        for end in range(j, i, -1):
            text = view[i:end]
            forms = [self.shorts[ch][0] for ch in text]
            suffix = self._suffix(view, end, covered, words)
            before_role = end in role_ends
            if len(text) == 1:
                if suffix is None and not before_role and not self._alone_ok(view, i):
                    continue
                if (
                    suffix is None
                    and before_role
                    and not (forms[0].alone or text in self.before_role)
                ):
                    continue
                if suffix is None and before_role and self._capacity(view, i, role_ends[end]):
                    continue  # 以军人身份: 以 is "as", the role a capacity
                if suffix is not None and not forms[0].in_compounds:
                    continue
            else:
                if not all(f.in_compounds for f in forms):
                    continue
                if len(set(text)) < len(text):
                    continue  # 哈哈, 美美
                if self._ordinary(text, words):
                    continue
                if text not in self.compound_words and not all(
                    ch in self.short_alone for ch in text
                ):
                    continue  # 也以, 新韩, 意西: a known pair, or 美 俄 乌 韩 欧 only
                if text[-1] in self.score_prepositions and _SCORE.match(view, end):
                    continue  # 决赛中以10比9: 以 is "by", a score after it, no China-Israel
            stop = end + (1 if suffix is not None else 0)
            if _crosses_free_word(view, i, stop, covered, words):
                if suffix is None:
                    continue
                # 美方面临: the suffix reading stands when 美方 itself is a word, one the
                # segmentation keeps (not 以军 in 以军训教官)
                if (
                    view[i:stop] not in words
                    or _crosses_free_word(view, i, i, covered, words)
                    or self._split_by_a_word(view, i, stop)
                ):
                    continue
            members = [(i + k, self.shorts[ch][1]) for k, ch in enumerate(text)]
            return ShortRun(i, end, members, suffix)
        return None

    def _alone_ok(self, view: str, i: int) -> bool:
        """A lone form (对俄施压): allowed for this character, after a preposition or
        punctuation, and not running into a noun (美版, 之美)."""
        if view[i] not in self.short_alone:
            return False
        if i > 0 and view[i - 1] not in self.alone_after:
            return False
        return not (i + 1 < len(view) and view[i + 1] in self.alone_not_before)

    def _split_by_a_word(self, view: str, start: int, end: int) -> bool:
        """A word of the segmentation starts inside ``view[start:end]`` and runs past its end:
        the form is the inside of other words, not a name (以军人身份: 以 / 军人 / 身份; 朱军委托:
        委托; 舞台中央: 中央) - the test trigger words and the whole-word generic nouns pass
        (:func:`..segment.straddles`; a word that only ends inside, 西北约: 西北, is
        the segmenter's guess and is let be); not a word the form heads (``form_heads``: 美军舰:
        军舰, 法国家队: 国家队)."""
        return straddles(view, start, end, 0, len(view), self.form_heads.__contains__)

    def _name_then_word(
        self,
        view: str,
        start: int,
        end: int,
        kind: str,
        entries: tuple[Entry, ...],
        found: list[Hit],
    ) -> bool:
        """Is the form ``view[start:end]`` of three characters or more (no person's) a shorter
        name found at its start (``found``) and then the opening of a word of the segmentation
        that runs past its end (美国会见: 美国 / 会见, not 美国会, Congress; 深圳市场: 深圳 / 市场)
        - the shorter name is the one meant?  (美国会通过…: no word runs past; 美国会议员 is
        still one American legislator: 美 and the role 国会议员.)"""
        if end - start < 3 or kind != "entry" or entries[0].kind == "person":
            return False
        shorter = any(h.start == start and h.end == end - 1 for h in found[-3:])
        return shorter and self._split_by_a_word(view, start, end)

    def _approximation(self, view: str, start: int, end: int, words: WordSet) -> bool:
        """Is the two-character form ``view[start:end]`` the end of a word begun before it and
        the start of a word of 'about' before a numeral (以北约30公里: 以北 / 约30公里, not
        NATO; 这里约有200人: 这里 / 约有, not Rio)?  Not 以北约为首, nor 北约30国."""
        closed = view[start - 1 : start + 1]
        if start == 0 or (closed not in words and closed not in self.closing_words):
            return False
        return any(
            view.startswith(form, end - 1)
            and (k := end - 1 + len(form)) < len(view)
            and (view[k].isdigit() or view[k] in _NUMBER_OPENERS)
            for form in self.approximations
        )

    def _capacity(self, view: str, i: int, role_end: int) -> bool:
        """The form at ``i`` is a preposition whose object is the role word ending at
        ``role_end`` followed by a capacity noun (以 + 外长 + 身份: "as foreign minister")."""
        if view[i] not in self.capacity_forms:
            return False
        if view.startswith("的", role_end):
            role_end += 1
        return view.startswith(self.capacity_nouns, role_end)

    def _ordinary(self, text: str, words: WordSet) -> bool:
        """A run that holds a dictionary word which is not a known country pair (白马, 中古)."""
        for a in range(len(text)):
            for b in range(a + 2, len(text) + 1):
                sub = text[a:b]
                if sub in words and sub not in self.compound_words:
                    return True
        return False

    def _suffix(self, view: str, end: int, covered: bytearray, words: WordSet) -> Entry | None:
        if end >= len(view) or covered[end]:
            return None
        return self.suffixes.get(view[end])


def _crosses_free_word(view: str, start: int, end: int, covered: bytearray, words: WordSet) -> bool:
    """A dictionary word in uncovered text crossing an edge of ``view[start:end]``."""
    if not words:
        return False
    n = len(view)
    edges = (start,) if start == end else (start, end)
    for edge in edges:
        if edge <= 0 or edge >= n:
            continue
        for a in range(max(0, edge - 3), edge):
            for b in range(edge + 1, min(n, a + 4) + 1):
                if b - a < 2 or any(covered[a:b]):
                    continue
                if view[a:b] in words:
                    return True
    return False


def _in_longer_word(view: str, start: int, end: int, words: WordSet) -> bool:
    """A dictionary word of 3-4 characters contains ``view[start:end]`` (an idiom: 石破天惊)."""
    n = len(view)
    for a in range(max(0, end - 4), start + 1):
        for b in range(max(end, a + 3), min(n, a + 4) + 1):
            if view[a:b] in words:
                return True
    return False




def _resolve(found: list[Hit]) -> list[Hit]:
    """One reading of overlapping matches: most characters covered, then fewest pieces, then
    names over stop-words, then leftmost."""
    found.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    cluster: list[Hit] = []
    reach = -1
    for hit in found:
        if cluster and hit.start >= reach:
            out.extend(_best(cluster))
            cluster = []
        cluster.append(hit)
        reach = max(reach, hit.end) if len(cluster) > 1 else hit.end
    if cluster:
        out.extend(_best(cluster))
    return out


def _best(cluster: list[Hit]) -> list[Hit]:
    """Weighted interval scheduling over one cluster of overlapping matches; the weight of a
    reading is (characters covered, -pieces, characters covered by names), compared in order."""
    if len(cluster) == 1:
        return cluster
    hits = sorted(cluster, key=lambda h: (h.end, h.start))
    zero = (0, 0, 0)
    best: list[tuple[tuple[int, int, int], list[Hit]]] = [(zero, [])]
    for k, hit in enumerate(hits):
        p = k
        while p > 0 and hits[p - 1].end > hit.start:
            p -= 1
        # best[p] is the best reading of hits[:p]; every hit before p ends by hit.start
        size = hit.end - hit.start
        base, chosen = best[p]
        weight = (base[0] + size, base[1] - 1, base[2] + (size if hit.kind != "stop" else 0))
        take = (weight, [*chosen, hit])
        skip = best[k]
        best.append(take if take[0] > skip[0] else skip)
    return sorted(best[-1][1], key=lambda h: h.start)
