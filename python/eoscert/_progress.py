"""Progress display for long runs: a tqdm bar when tqdm is installed, else one line at the
start and one at the end (on stderr)."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

try:  # optional dependency
    from tqdm.auto import tqdm as _tqdm
except ImportError:  # pragma: no cover - exercised only without tqdm
    _tqdm = None


@contextmanager
def progress(enabled: bool, desc: str) -> Iterator[Optional[Callable[[int, int], None]]]:
    """Yield a callback ``(done, total)`` for the native code, or ``None`` when disabled."""
    if not enabled:
        yield None
        return
    if _tqdm is None:
        start = time.perf_counter()
        print(f"eoscert: {desc} …", file=sys.stderr, flush=True)
        try:
            yield None
        finally:
            print(f"eoscert: {desc} done in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
        return
    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if not total:
            # A run that reports no step counts: an elapsed-time line (like the CLI's spinner),
            # shown once the run has taken more than half a second.
            if bar is None:
                bar = _tqdm(total=None, desc=desc, leave=False, delay=0.5, bar_format="{desc} [{elapsed}]")
            bar.refresh()
            return
        if bar is None or bar.total is None:
            if bar is not None:
                bar.close()
            bar = _tqdm(total=total, desc=desc, unit="step", leave=False, dynamic_ncols=True, delay=0.5)
        if bar.total != total:
            bar.total = total
        if done > bar.n:
            bar.update(done - bar.n)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()
