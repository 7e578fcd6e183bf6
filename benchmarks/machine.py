"""The machine a benchmark ran on, printed beside its figures: cores, memory, Python, load around the run.

Timings only compare on an otherwise idle machine; a 1-minute load average near the core count at the start or
the end of a run means other processes shared the CPU and the figures are pessimistic.
"""

from __future__ import annotations

import os
import platform


def describe() -> str:
    """One line: "machine: 2 cores, 24 GB, Python 3.11.7, Linux; load average 0.1"."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"machine: {os.cpu_count()} cores, {memory:.0f} GB, Python {platform.python_version()},"
        f" {platform.system()}; load average {load():.1f}"
    )


def load() -> float:
    """The 1-minute load average (runnable processes, all users)."""
    return os.getloadavg()[0]
