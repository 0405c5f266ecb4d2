"""dashiji.memory: freed large blocks go back to the system (issue 12).

The project runs on Linux with glibc (CI: Debian): there the test runs, never skips.  Each check
runs in a new interpreter: resident-size deltas mean something only on a heap that the earlier
tests of a long pytest process have not left freed memory in (run after other tests, the 8 MB
blocks below were partly served from such memory and the process grew by 38 MB, not 48)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_PRELUDE = """
import gc
from pathlib import Path

from dashiji.memory import return_freed_memory, trim_freed_heap
from dashiji.work import DocumentWork


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _touched(size: int) -> bytearray:
    # calloc leaves fresh pages untouched (they are zero already): write one byte a page
    block = bytearray(size)
    block[::4096] = b"\\x01" * len(range(0, size, 4096))
    return block
"""


def _in_new_process(body: str) -> None:
    script = _PRELUDE + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_a_freed_large_block_leaves_the_process() -> None:
    _in_new_process(
        """
        DocumentWork()  # an ingest's work sets the thresholds
        assert return_freed_memory() is True  # once, then the same answer
        assert return_freed_memory() is True
        # Without fixed thresholds glibc, once a 30 MB block is freed, serves the next ones from
        # its heap and keeps up to 60 MB of them resident after they are freed.
        blocks = [bytearray(30_000_000)]
        del blocks
        gc.collect()
        before = _rss_mb()
        blocks = [_touched(8_000_000) for _ in range(6)]  # 48 MB
        grown = _rss_mb() - before
        assert grown > 40, grown
        del blocks
        gc.collect()
        left = _rss_mb() - before
        assert left < 10, left
        """
    )


def test_free_heap_between_live_objects_is_given_back_by_a_trim() -> None:
    """Blocks freed below a live one stay resident (the trim threshold only gives back the top
    of the heap); trim_freed_heap gives their pages back."""
    _in_new_process(
        """
        DocumentWork()
        blocks = [bytes(2000) + bytes([n % 256]) * 2000 for n in range(12_000)]  # 48 MB of heap
        before = _rss_mb()
        keep = blocks[::64]  # one block in 64 stays, the last one too: above the freed ones
        keep.append(blocks[-1])
        del blocks
        gc.collect()
        assert _rss_mb() > before - 10  # freed, but still resident
        assert trim_freed_heap() is True
        given_back = before - _rss_mb()
        assert given_back > 30, given_back
        assert len(keep) == 189
        """
    )


def test_a_check_that_fails_in_the_new_process_fails_the_test() -> None:
    """The helper reports a failed check (the tests above cannot pass by not running)."""
    try:
        _in_new_process("assert _rss_mb() < 0, 'impossible'")
    except AssertionError as e:
        assert "impossible" in str(e)
    else:
        raise AssertionError("a failing check passed")
