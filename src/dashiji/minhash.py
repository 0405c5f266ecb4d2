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


@dataclass(frozen=True, slots=True)
class _Block:
    """Signatures inserted at once (:meth:`BandIndex.insert_many`): per band, the rows' band
    hashes sorted, and the row of each."""

    keys: list[str]
    values: np.ndarray  # (rows, num_perm) uint32
    hashes: list[np.ndarray]  # per band: sorted uint64 band hashes
    order: list[np.ndarray]  # per band: the row of each sorted hash


class BandIndex:
    """LSH: signatures by band; a query returns the ids that share at least one band.

    Signatures come one at a time (:meth:`insert`: a dict per band) or many at once
    (:meth:`insert_many`, a store's signatures when a run starts: per band, a sorted array of
    band hashes, searched by bisection) — the same answers, without a Python step per band and
    signature."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._tables: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
        self._blocks: list[_Block] = []

    def _keys(self, values: np.ndarray) -> list[bytes]:
        r = self.rows
        return [values[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def _hashes(self, matrix: np.ndarray) -> np.ndarray:
        """(n, bands) uint64: a polynomial hash of each band of each row (equal bands, equal
        hashes; a collision only adds a candidate that :meth:`query` then drops)."""
        r = self.rows
        m = matrix[:, : self.bands * r].astype(np.uint64).reshape(len(matrix), self.bands, r)
        h = np.zeros((len(matrix), self.bands), dtype=np.uint64)
        with np.errstate(over="ignore"):  # arithmetic mod 2⁶⁴
            for j in range(r):
                h = h * _MIX + m[:, :, j]
        return h

    def insert(self, key: str, values: np.ndarray) -> None:
        for table, band in zip(self._tables, self._keys(values), strict=True):
            table.setdefault(band, []).append(key)

    def insert_many(self, keys: Sequence[str], matrix: np.ndarray) -> None:
        """Insert the signatures ``matrix`` (one row each, uint32) under ``keys``."""
        if not len(keys):
            return
        h = self._hashes(matrix)
        order = [np.argsort(h[:, b], kind="stable") for b in range(self.bands)]
        hashes = [h[o, b] for b, o in enumerate(order)]
        self._blocks.append(_Block(list(keys), matrix, hashes, order))

    def query(self, values: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, band in zip(self._tables, self._keys(values), strict=True):
            found.update(table.get(band, ()))
        if self._blocks:
            q = self._hashes(values[None, :])[0]
            r = self.rows
            for block in self._blocks:
                for b in range(self.bands):
                    sorted_h = block.hashes[b]
                    lo = int(np.searchsorted(sorted_h, q[b], "left"))
                    hi = int(np.searchsorted(sorted_h, q[b], "right"))
                    want = values[b * r : (b + 1) * r]
                    for row in block.order[b][lo:hi]:
                        if np.array_equal(block.values[row, b * r : (b + 1) * r], want):
                            found.add(block.keys[row])
        return found
