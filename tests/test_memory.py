"""dashiji.memory: freed large blocks go back to the system (issue 12).

The project runs on Linux with glibc (CI: Debian): there the test runs, never skips."""

from __future__ import annotations

import gc
from pathlib import Path

from dashiji.memory import return_freed_memory
from dashiji.work import DocumentWork


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_a_freed_large_block_leaves_the_process() -> None:
    DocumentWork()  # an ingest's work sets the thresholds
    assert return_freed_memory() is True  # once, then the same answer
    assert return_freed_memory() is True
    # Without fixed thresholds glibc, once a 30 MB block is freed, serves the next ones from
    # its heap and keeps up to 60 MB of them resident after they are freed.
    blocks = [bytearray(30_000_000)]
    del blocks
    gc.collect()
    before = _rss_mb()
    blocks = [bytearray(8_000_000) for _ in range(6)]  # 48 MB, touched (zeroed)
    assert _rss_mb() > before + 40
    del blocks
    gc.collect()
    assert _rss_mb() < before + 10
