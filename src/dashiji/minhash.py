"""MinHash signatures and LSH bands for near-duplicate detection, with numpy alone.

A signature is, for each of ``num_perm`` hash functions ``((a·h + b) mod 2⁶⁴) >> 32`` —
multiply-shift hashing (Dietzfelbinger), with ``a`` odd and ``b`` random 64-bit numbers drawn
from ``numpy.random.RandomState(seed)`` — the least value over the 32-bit BLAKE2b hashes ``h`` of
a text's shingles.  The fraction of equal values of two signatures estimates the Jaccard
similarity of their shingle sets (unbiased; standard deviation √(J(1−J)/num_perm), checked in
``tests/test_dedup.py``).  :class:`BandIndex` cuts a signature into ``bands`` bands of ``rows``
values; two signatures that agree on a whole band are candidates.

Why not datasketch, which does this well: importing it imports SciPy (for a parameter optimiser
dashiji does not use), which cost every ``dashiji`` process about 2.3 s and 57 MB before
anything else ran.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: The name stored with each signature: signatures of another scheme are recomputed.
SCHEME = "blake2b32-multiply-shift"
_SHIFT = np.uint64(32)
#: Shingles hashed per block (bounds the temporary num_perm × block array: 256 KB for 128
#: permutations, under the 1 MB from which glibc maps a block of its own, see
#: :mod:`dashiji.memory`, and in a core's cache).
_BLOCK = 256


#: A BLAKE2b state of 4 digest bytes with nothing hashed yet: each item's hash starts from a
#: copy of it (a third cheaper than setting up the parameters of a new one each time).
_BLAKE2B_4 = hashlib.blake2b(digest_size=4)


def item_hashes(items: Collection[bytes]) -> np.ndarray:
    """32-bit BLAKE2b hash of each item (its 4 digest bytes, little-endian), as uint64."""
    fresh = _BLAKE2B_4.copy
    digests = []
    for x in items:
        h = fresh()
        h.update(x)
        digests.append(h.digest())
    return np.frombuffer(b"".join(digests), dtype="<u4").astype(np.uint64)


class MinHasher:
    """Signatures of ``num_perm`` values for sets of byte strings."""

    def __init__(self, num_perm: int, seed: int) -> None:
        gen = np.random.RandomState(seed)
        self.num_perm = num_perm
        top = np.iinfo(np.uint64).max
        self._a = (gen.randint(0, top, size=num_perm, dtype=np.uint64) | np.uint64(1))[:, None]
        self._b = gen.randint(0, top, size=num_perm, dtype=np.uint64)[:, None]

    def signature(self, items: Collection[bytes]) -> np.ndarray:
        """The signature (uint32 values) of a non-empty set of items."""
        return self.signature_of_parts([items])

    def signature_of_parts(self, parts: Iterable[Collection[bytes]]) -> np.ndarray:
        """The signature of the union of ``parts`` (at least one item in all), read one part at
        a time: the least value over a union is the least of each part's least values, so a
        huge set never has to be held whole (an item in two parts changes nothing)."""
        # the least of the values shifted is the least value shifted (a shift keeps the order),
        # so only the num_perm least values are shifted
        out = np.full(self.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        least = np.empty(self.num_perm, dtype=np.uint64)
        buf = np.empty((self.num_perm, _BLOCK), dtype=np.uint64)
        with np.errstate(over="ignore"):  # arithmetic mod 2⁶⁴ is the scheme
            for items in parts:
                hv = item_hashes(items)
                for i in range(0, len(hv), _BLOCK):
                    block = hv[None, i : i + _BLOCK]
                    phv = buf[:, : block.shape[1]]
                    np.multiply(self._a, block, out=phv)
                    phv += self._b
                    np.minimum(out, phv.min(axis=1, out=least), out=out)
        return (out >> _SHIFT).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


_MIX = np.uint64(0x9E3779B97F4A7C15)
#: Signatures inserted one at a time are held in a tail of this many, searched whole, before
#: they become a block (:class:`BandIndex`).
TAIL = 256


@dataclass(frozen=True, slots=True)
class _Block:
    """Signatures banded together: their banded values, and for every band of every row its
    band hash salted with the band's number (:meth:`BandIndex._salted`), sorted, with the place
    (``row * bands + band``) of each."""

    keys: list[str]
    values: np.ndarray  # (rows, bands * rows_per_band) uint32
    hashes: np.ndarray  # (rows * bands,) uint64, sorted
    places: np.ndarray  # (rows * bands,) int64


class BandIndex:
    """LSH: signatures by band; a query returns the ids that share at least one band.

    Held in numpy arrays, not a Python object per band and signature (a dict per band of lists
    under bytes keys took ~3 KB a signature: 300 MB for 100,000 documents): the signatures
    inserted one at a time (:meth:`insert`) wait in a tail of :data:`TAIL`, then become a block
    of sorted band hashes, searched by bisection; blocks of like size are merged, so there are
    a few (one per power of two of the signatures); a store's signatures when a run starts come
    as one block (:meth:`insert_many`).  A band hash is only a hint: a candidate shares a band
    of equal values."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        width = bands * rows
        self._blocks: list[_Block] = []
        self._tail_keys: list[str] = []
        self._tail_values = np.empty((TAIL, width), dtype=np.uint32)
        self._tail_hashes = np.empty((TAIL, bands), dtype=np.uint64)
        self._salt = np.arange(bands, dtype=np.uint64)
        #: MIX to the powers rows-1 … 0 (mod 2⁶⁴): a band's hash is its values' sum with them
        self._powers = np.ones(rows, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(rows - 2, -1, -1):
                self._powers[j] = self._powers[j + 1] * _MIX

    def __len__(self) -> int:
        return len(self._tail_keys) + sum(len(b.keys) for b in self._blocks)

    def _hashes(self, matrix: np.ndarray) -> np.ndarray:
        """(n, bands) uint64: a polynomial hash of each band of each row (equal bands, equal
        hashes; a collision only adds a candidate that :meth:`query` then drops)."""
        r = self.rows
        m = matrix[:, : self.bands * r].astype(np.uint64).reshape(len(matrix), self.bands, r)
        return m @ self._powers  # Horner's sum (h·MIX + value, row by row) as one product

    def _salted(self, h: np.ndarray) -> np.ndarray:
        """Band hashes ``h`` (…, bands) made distinct between bands: one sorted array holds them
        all."""
        with np.errstate(over="ignore"):
            return h * _MIX + self._salt

    def _block(self, keys: list[str], matrix: np.ndarray) -> _Block:
        values = np.ascontiguousarray(matrix[:, : self.bands * self.rows], dtype=np.uint32)
        flat = self._salted(self._hashes(values)).ravel()
        places = np.argsort(flat, kind="stable")
        return _Block(keys, values, flat[places], places)

    def insert(self, key: str, values: np.ndarray) -> None:
        n = len(self._tail_keys)
        self._tail_values[n] = values[: self.bands * self.rows]
        self._tail_hashes[n] = self._hashes(values[None, :])[0]
        self._tail_keys.append(key)
        if n + 1 == TAIL:
            self._add_block(self._block(self._tail_keys, self._tail_values.copy()))
            self._tail_keys = []

    def insert_many(self, keys: Sequence[str], matrix: np.ndarray) -> None:
        """Insert the signatures ``matrix`` (one row each, uint32) under ``keys``."""
        if not len(keys):
            return
        self._add_block(self._block(list(keys), matrix))

    def _add_block(self, block: _Block) -> None:
        """Add a block; merge the newest blocks while the newer is as large as the one before."""
        self._blocks.append(block)
        while len(self._blocks) >= 2 and len(self._blocks[-1].keys) >= len(self._blocks[-2].keys):
            newer, older = self._blocks.pop(), self._blocks.pop()
            self._blocks.append(
                self._block(older.keys + newer.keys, np.concatenate([older.values, newer.values]))
            )

    def blocks(self) -> int:
        """How many blocks the signatures are held in (the tail not counted)."""
        return len(self._blocks)

    def query(self, values: np.ndarray) -> set[str]:
        found: set[str] = set()
        bands, r = self.bands, self.rows
        want = values[: bands * r].reshape(bands, r)
        q = self._hashes(values[None, :])
        n = len(self._tail_keys)
        if n:
            rows, band = np.nonzero(self._tail_hashes[:n] == q)
            if rows.size:
                same = self._same(self._tail_values, rows, band, want)
                found.update(self._tail_keys[i] for i in rows[same].tolist())
        if not self._blocks:
            return found
        salted = self._salted(q[0])
        for block in self._blocks:
            lo = np.searchsorted(block.hashes, salted, "left")
            hi = np.searchsorted(block.hashes, salted, "right")
            hit = np.flatnonzero(hi > lo)
            if not hit.size:
                continue
            places = np.concatenate([block.places[lo[b] : hi[b]] for b in hit.tolist()])
            rows, band = np.divmod(places, bands)
            asked = np.repeat(hit, (hi - lo)[hit])
            rows, band = rows[band == asked], band[band == asked]
            same = self._same(block.values, rows, band, want)
            found.update(block.keys[i] for i in rows[same].tolist())
        return found

    def _same(
        self, values: np.ndarray, rows: np.ndarray, band: np.ndarray, want: np.ndarray
    ) -> Any:
        """Which of the (row, band) pairs hold the band ``want`` asks (a band hash is a hint)."""
        held = values.reshape(len(values), self.bands, self.rows)[rows, band]
        return (held == want[band]).all(axis=1)
