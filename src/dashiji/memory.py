"""Giving freed memory back to the system (issue 12: a process's peak stays bounded by its largest
document, not by the documents before it).

glibc serves a large allocation (a page's bytes, a long text, a score matrix) from its own mmap and
unmaps it when freed — until one such block is freed: then it raises its mmap threshold to that
block's size (up to 32 MB) and its trim threshold to twice that, so later large blocks come from
the heap and up to 64 MB freed there stays resident.  After a few huge documents, that memory is
carried under everything that follows.  :func:`return_freed_memory` fixes both thresholds at
1 MB (which also turns the adjustment off): a block of 1 MB or more is always unmapped when
freed, and free heap above 1 MB is trimmed.  Small objects are not concerned.

The trim threshold only gives back free memory at the top of the heap; what documents freed
below live objects stays resident.  :func:`trim_freed_heap` (glibc's ``malloc_trim``) gives back
every free page of the heap: an ingest calls it after each stored batch.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import threading
from functools import cache
from typing import Any

__all__ = ["return_freed_memory", "trim_freed_heap"]

#: mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
THRESHOLD = 1 << 20

_lock = threading.Lock()
_done: bool | None = None
_trim: Any = None  # glibc's malloc_trim, once looked up (False: none)


def return_freed_memory() -> bool:
    """Fix glibc's mmap and trim thresholds (once per process); False where the C library is
    not glibc or cannot be reached (nothing is changed there)."""
    global _done
    with _lock:
        if _done is None:
            _done = _set_thresholds()
        return _done


def trim_freed_heap() -> bool:
    """Give every free page of the heap back to the system (glibc's ``malloc_trim(0)``); False
    where the C library is not glibc (nothing is done there).

    After a batch of fuzz inputs an ingest's heap held 19–36 MB of free pages between live
    objects; this returns them (0.3 ms of CPU on a heap with nothing to give back, 10 ms for
    100 MB freed in 4 KB blocks)."""
    global _trim
    if _trim is None:
        libc = _glibc()
        _trim = False if libc is None else libc.malloc_trim
        if _trim is not False:
            _trim.argtypes = [ctypes.c_size_t]
            _trim.restype = ctypes.c_int
    if _trim is False:
        return False
    _trim(0)
    return True


@cache
def _glibc() -> Any:
    """glibc, or None where the C library is another; looked up once a process.

    ``ctypes.util.find_library`` runs ``ldconfig -p`` in a child process, and a child started
    from a big process is charged that process's peak so far (Linux keeps the peak resident
    size of the memory it replaces at ``exec``): looked up again at an ingest's first trim, an
    ldconfig of ~3 MB counted among the ingest's children at the peak of the loaded models
    (~285 MB, the ``ru_maxrss`` of the children bench/throughput.py reports as a worker's)."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def _set_thresholds() -> bool:
    libc = _glibc()
    if libc is None:
        return False
    try:
        mallopt = libc.mallopt
    except AttributeError:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, THRESHOLD)
    )
