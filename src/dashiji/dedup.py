"""Duplicate detection: link each copy of an article to the first copy seen.

:class:`Deduplicate` (step name ``dedup``) looks at each document's article text and, when it is
a copy of a document seen before, sets ``doc.duplicate_of`` to that first document's id; later
steps then pass the copy through untouched.  Documents without article text pass through.

Two tests, on the *normalised* article text -- the body paragraphs and captions (the title is
left out, so a re-headlined copy is still a copy), NFKC, simplified script (OpenCC ``t2s``), all
whitespace removed:

* **exact**: the SHA-256 of the normalised text is one already seen;
* **near**: MinHash (:mod:`dashiji.minhash`, 128 permutations) of the set of character
  5-shingles, looked up in an LSH index and confirmed when the estimated Jaccard similarity is at
  least :data:`THRESHOLD`.

Calibration (real-style Xinhua reports, tests/test_dedup.py; Jaccard of 5-shingles):

=============================================================  ===========
same ~500-character report, one sentence rewritten               0.92
same report with a source line and an editor/footer line added   0.91
same report, another headline (title excluded: identical body)   1.00
66-character wire item with two small insertions                 0.73
two wire items from one template (different visit, people)       0.26
two different reports on the same meeting, same names and day    0.03
two unrelated reports                                            0.00
=============================================================  ===========

Copies sit at 0.9 and above unless the text is very short; different articles stay below 0.4
even when they share a template.  :data:`THRESHOLD` is therefore 0.6 rather than the textbook
0.8, which would lose lightly edited short items: 128 values estimate J with a standard deviation
of about 0.04, so a short copy at J = 0.73 estimated below 0.7 is common (one draw in four) and
below 0.6 rare, while the nearest non-copy (0.26) stays far below.  On the DTELS dev articles
0.6 finds 37 copies where 0.7 found 26; every added pair is a republished report (J 0.58–0.70).
The LSH bands are chosen for recall at that threshold (16 bands of 4 rows: a pair at J = 0.7
becomes a candidate with probability 0.99, at 0.6 with 0.89, at 0.3 with 0.12); every candidate
is then checked against the full 128-value signature, so false candidates cost a comparison, not
a wrong link.  (The choice that minimises errors at threshold 0.8, 9 bands of 13 rows, finds a
pair at J = 0.9 only 93% of the time.)  Texts under :data:`MIN_NEAR_CHARS` characters are only
checked for exact copies: a handful of shingles gives no reliable estimate.

The index can be seeded from a store (:meth:`DedupIndex.from_store`): signatures live in the
store's ``minhash`` table, so a later run also catches copies of documents stored earlier, and
only documents without a saved signature are hashed again.  Save the signatures of a run with
:meth:`DedupIndex.save`.

Duplicate detection needs to see every document, so run this step in one process (after a
process pool, not inside it): a copy of the step in each worker would only see its own share.
The costly half, the signature, can be made anywhere (:meth:`DedupIndex.signature_of`, run in
the pool's workers by :mod:`dashiji.work`); the decision (:meth:`DedupIndex.check_signature`)
is made in one process, in input order.
Memory: about 1.5 KB per indexed document (the signature, its bands' hashes in numpy arrays
(:class:`~dashiji.minhash.BandIndex`), its id and exact hash), so about 150 MB for 100,000 first
copies; an ingest saves the signatures it registers batch by batch rather than holding them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from .minhash import SCHEME, BandIndex, MinHasher, similarity
from .model import Document
from .segment import nfkc, to_simplified
from .steps import DocumentStep

if TYPE_CHECKING:
    from .store import Store

THRESHOLD = 0.6
NUM_PERM = 128
BANDS, ROWS = 16, 4
SHINGLE = 5
SEED = 1
MIN_NEAR_CHARS = 30

_SPACE = re.compile(r"\s+")


def article_text(doc: Document) -> str:
    """The text compared for duplicates: body paragraphs and captions, else ``doc.text``."""
    if doc.article is not None:
        parts = [b.text for b in doc.article.blocks if b.kind != "title"]
        if any(p.strip() for p in parts):
            return "\n".join(parts)
    return doc.text


def normalize(text: str) -> str:
    """NFKC, simplified script, no whitespace."""
    return _SPACE.sub("", to_simplified(nfkc(text)))


def exact_hash(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


#: Shingles are made and hashed this many start positions at a time (:func:`shingle_parts`).
SHINGLE_WINDOW = 100_000


def shingles(normalized: str, k: int = SHINGLE) -> set[bytes]:
    if len(normalized) <= k:
        return {normalized.encode("utf-8")}
    return _shingles_of(normalized, k)


def _shingles_of(text: str, k: int) -> set[bytes]:
    """The UTF-8 bytes of every ``k``-character slice of ``text`` (at least ``k`` characters):
    slices of the text encoded once, at each character's byte offset, not each slice encoded."""
    data = text.encode("utf-8")
    last = len(text) - k + 1
    if len(data) == len(text):  # ASCII: a byte a character
        return {data[i : i + k] for i in range(last)}
    at = _utf8_offsets(text)
    return {data[at[i] : at[i + k]] for i in range(last)}


def _utf8_offsets(text: str) -> list[int]:
    """The byte offset of each character of ``text`` in its UTF-8 form, and its length."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
    sizes = np.ones(len(text) + 1, dtype=np.int64)  # 1 to 4 bytes a character, by code point
    sizes[0] = 0
    for bound in (0x80, 0x800, 0x10000):
        sizes[1:] += points >= bound
    return np.cumsum(sizes).tolist()


def shingle_parts(normalized: str, k: int = SHINGLE) -> Iterator[set[bytes]]:
    """The shingles of :func:`shingles`, in sets of those starting in one window of
    :data:`SHINGLE_WINDOW` positions: a text of millions of characters is never a set of
    millions of byte strings at once (its signature is the same, see
    :meth:`~dashiji.minhash.MinHasher.signature_of_parts`)."""
    last = len(normalized) - k + 1
    if last <= SHINGLE_WINDOW:
        yield shingles(normalized, k)
        return
    for lo in range(0, last, SHINGLE_WINDOW):
        hi = min(lo + SHINGLE_WINDOW, last)
        yield _shingles_of(normalized[lo : hi + k - 1], k)


class DedupIndex:
    """The first copies seen so far: their exact hashes and MinHash signatures, in LSH bands."""

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        bands: int = BANDS,
        rows: int = ROWS,
        shingle: int = SHINGLE,
        seed: int = SEED,
        min_near_chars: int = MIN_NEAR_CHARS,
    ) -> None:
        if bands * rows > num_perm:
            raise ValueError(f"{bands} bands x {rows} rows need more than {num_perm} permutations")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        self.min_near_chars = min_near_chars
        self._lsh = BandIndex(bands, rows)
        self._exact: dict[str, str] = {}  # exact hash -> first id
        self._sigs: dict[str, np.ndarray] = {}  # id -> hash values
        self._order: dict[str, int] = {}  # id -> sequence number (smaller = seen first)
        self._next = 1
        self._pending: list[tuple[Any, ...]] = []
        self._hasher = MinHasher(num_perm, seed)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._order

    # ---- signatures ------------------------------------------------------------------------
    def signature(self, text: str) -> tuple[str, np.ndarray | None]:
        """``(exact hash, MinHash values or None if too short)`` of an article text."""
        norm = normalize(text)
        digest = exact_hash(norm)
        if len(norm) < self.min_near_chars:
            return digest, None
        return digest, self._hasher.signature_of_parts(shingle_parts(norm, self.shingle))

    # ---- lookups ---------------------------------------------------------------------------
    def find(self, digest: str, values: np.ndarray | None) -> tuple[str | None, str]:
        """The first copy matching this signature, and how (``"exact"`` / ``"near"``)."""
        first = self._exact.get(digest)
        if first is not None:
            return first, "exact"
        if values is None:
            return None, ""
        best: tuple[int, str] | None = None
        for cand in self._lsh.query(values):
            sim = similarity(self._sigs[cand], values)
            if sim >= self.threshold and (best is None or self._order[cand] < best[0]):
                best = (self._order[cand], cand)
        return (best[1], "near") if best else (None, "")

    def add(
        self,
        doc_id: str,
        digest: str,
        values: np.ndarray | None,
        *,
        seq: int | None = None,
        pending: bool = True,
        band: bool = True,
    ) -> None:
        """Register ``doc_id`` as a first copy (``band``: into the LSH bands too; the caller
        inserts it there otherwise)."""
        if doc_id in self._order:
            return
        if seq is None:
            seq = self._next
        self._next = max(self._next, seq + 1)
        self._order[doc_id] = seq
        self._exact.setdefault(digest, doc_id)
        if values is not None:
            self._sigs[doc_id] = values
            if band:
                self._lsh.insert(doc_id, values)
        if pending:
            self._pending.append(self._row(doc_id, digest, values))

    def check(self, doc_id: str, text: str) -> tuple[str | None, str]:
        """Is this text a copy of a first copy?  If not, register it as one.

        Returns ``(first id, "exact" | "near")`` for a copy, ``(None, "")`` otherwise (also when
        ``doc_id`` itself is already registered: a document is not a copy of itself).
        """
        if doc_id in self._order:
            return None, ""
        digest, values = self.signature(text)
        return self.check_signature(doc_id, digest, values)

    def check_signature(
        self, doc_id: str, digest: str, values: np.ndarray | None
    ) -> tuple[str | None, str]:
        """:meth:`check` with the signature already made (by :meth:`signature`, perhaps in
        another process: a process pool signs documents in its workers and decides here)."""
        if doc_id in self._order:
            return None, ""
        first, how = self.find(digest, values)
        if first is not None:
            return first, how
        self.add(doc_id, digest, values)
        return None, ""

    def signature_of(self, doc: Document) -> tuple[str, np.ndarray | None] | None:
        """The signature of a document's article text; None when it has none to compare (a
        failed document, or no text), as :class:`Deduplicate` leaves those alone."""
        if doc.error is not None or doc.duplicate_of is not None:
            return None
        text = article_text(doc)
        if not text.strip():
            return None
        return self.signature(text)

    # ---- persistence -----------------------------------------------------------------------
    def _row(self, doc_id: str, digest: str, values: np.ndarray | None) -> tuple[Any, ...]:
        blob = None if values is None else values.astype("<u4").tobytes()
        return (doc_id, digest, SCHEME, self.num_perm, self.seed, self.shingle, blob)

    def _matches(self, scheme: str, num_perm: int, seed: int, shingle: int) -> bool:
        return (scheme, num_perm, seed, shingle) == (SCHEME, self.num_perm, self.seed, self.shingle)

    @classmethod
    def from_store(cls, store: Store, **params: Any) -> DedupIndex:
        """An index of every ``ok`` document in ``store``.

        Saved signatures are loaded as they are; documents without one (stored before
        duplicate detection ran, or by a run killed before it saved) are hashed now and their
        signatures saved.  Signatures made with other parameters are recomputed.
        """
        index = cls(**params)
        stale: list[str] = []
        signed: list[tuple[str, str, int]] = []  # with a signature: id, digest, seq
        blobs: list[bytes] = []
        for doc_id, digest, scheme, num_perm, seed, shingle, blob, seq in store.iter_minhashes():
            if not index._matches(scheme, num_perm, seed, shingle):
                stale.append(doc_id)
                continue
            if blob is None or len(blob) != 4 * index.num_perm:
                index.add(doc_id, digest, None, seq=seq, pending=False)
            else:
                signed.append((doc_id, digest, seq))
                blobs.append(blob)
        # the signatures in one matrix, banded at once (a Python step per band and signature
        # was most of a run's start on a store of 10,000)
        matrix = np.frombuffer(b"".join(blobs), dtype="<u4").astype(np.uint32)
        matrix = matrix.reshape(len(blobs), index.num_perm)
        for (doc_id, digest, seq), sig in zip(signed, matrix, strict=True):
            index.add(doc_id, digest, sig, seq=seq, pending=False, band=False)
        index._lsh.insert_many([doc_id for doc_id, _, _ in signed], matrix)
        if stale:
            store.delete_minhashes(stale)
        for seq, doc in store.iter_unsigned():
            text = article_text(doc)
            if text.strip():
                digest, values = index.signature(text)
                index.add(doc.id, digest, values, seq=seq)
        index.save(store)
        return index

    def save(self, store: Store) -> int:
        """Write the signatures registered since the last save to ``store``; return how many."""
        rows, self._pending = self._pending, []
        if rows:
            store.put_minhashes(rows)
        return len(rows)

    def pending(self) -> int:
        return len(self._pending)


class Deduplicate(DocumentStep):
    """Link exact and near copies of an article to the first copy seen (``doc.duplicate_of``).

    ``Deduplicate(index=DedupIndex.from_store(store))`` also catches copies of documents stored
    by earlier runs; call ``step.index.save(store)`` after storing the run's documents.
    """

    name = "dedup"

    def __init__(self, index: DedupIndex | None = None, **params: Any) -> None:
        super().__init__()
        self.index = index if index is not None else DedupIndex(**params)
        self.found: Counter[str] = Counter()

    def process(self, doc: Document) -> Document:
        text = article_text(doc)
        if not text.strip():
            return doc
        first, how = self.index.check(doc.id, text)
        if first is not None and first != doc.id:
            doc.duplicate_of = first
            self.found[how] += 1
        return doc
