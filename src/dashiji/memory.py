"""Giving freed memory back to the system (issue 12: a process's peak stays bounded by its largest
document, not by the documents before it).

glibc serves a large allocation (a page's bytes, a long text, a score matrix) from its own mmap and
unmaps it when freed — until one such block is freed: then it raises its mmap threshold to that
block's size (up to 32 MB) and its trim threshold to twice that, so later large blocks come from
the heap and up to 64 MB freed there stays resident.  After a few huge documents, that memory is
carried under everything that follows.  :func:`return_freed_memory` fixes both thresholds at
1 MB (which also turns the adjustment off): a block of 1 MB or more is always unmapped when
freed, and free heap above 1 MB is trimmed.  Small objects are not concerned.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import threading

__all__ = ["return_freed_memory"]

#: mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
THRESHOLD = 1 << 20

_lock = threading.Lock()
_done: bool | None = None


def return_freed_memory() -> bool:
    """Fix glibc's mmap and trim thresholds (once per process); False where the C library is
    not glibc or cannot be reached (nothing is changed there)."""
    global _done
    with _lock:
        if _done is None:
            _done = _set_thresholds()
        return _done


def _set_thresholds() -> bool:
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, THRESHOLD)
    )
