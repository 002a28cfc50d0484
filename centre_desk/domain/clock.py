"""Hybrid logical clock: stamps that order changes across offline sites."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable

# Fixed widths make the stamp's text order its causal order, so the database can
# compare stamps with plain string comparison and an index.
_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclasses.dataclass(frozen=True, order=True)
class Stamp:
    """One clock reading: wall milliseconds, a counter, and the site that made it."""

    wall_ms: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.site}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by ``str(stamp)``; raises ValueError on anything else."""
        wall, counter, site = text.split(".", 2)
        if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not site:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), site)


class HybridLogicalClock:
    """Hands out strictly increasing stamps for one site.

    The wall part follows real time when it can, so stamps read as dates; the
    counter keeps order when the PC's clock stands still or goes back.
    """

    def __init__(self, site: str, last: str | None = None,
                 now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000) -> None:
        self._site = site
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._wall, self._counter = 0, 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        """A new stamp, later than every stamp made or observed so far."""
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            else:
                self._counter += 1
            return str(Stamp(self._wall, self._counter, self._site))

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen from another site so our next stamp is later."""
        seen = Stamp.parse(stamp)
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter
