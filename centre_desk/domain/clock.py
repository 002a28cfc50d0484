"""Hybrid logical clock: stamps that order changes across offline sites."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable

# Fixed widths make the stamp's text order its causal order, so the database can
# compare stamps with plain string comparison and an index.
_WALL_DIGITS = 15
_COUNTER_DIGITS = 6
_MAX_COUNTER = 10 ** _COUNTER_DIGITS - 1
_HEX = "[0-9a-f]"
SITE_PATTERN = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
"""A site id as it stands in a stamp: a lowercase UUID with dashes (a SQLite GLOB
pattern, also a regular expression)."""
STAMP_LENGTH = _WALL_DIGITS + 1 + _COUNTER_DIGITS + 1 + 36
_STAMP = re.compile(rf"(\d{{{_WALL_DIGITS}}})\.(\d{{{_COUNTER_DIGITS}}})\.({SITE_PATTERN})")

_HIGHEST_SITE = "ffffffff-ffff-ffff-ffff-ffffffffffff"

MAX_SKEW_MS = 24 * 3600 * 1000
"""How far ahead of this PC's clock another site's stamp may be (PCs' clocks drift,
some are set wrong by hours): a stamp further ahead is refused, never observed, so no
package can move this site's clock into the future."""


@dataclasses.dataclass(frozen=True, order=True)
class Stamp:
    """One clock reading: wall milliseconds, a counter, and the site that made it."""

    wall_ms: int
    counter: int
    site: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.site}"

    @classmethod
    def parse(cls, text: object) -> Stamp:
        """Read a stamp written by ``str(stamp)``; raises ValueError on anything else
        (a stamp from a package is untrusted text)."""
        match = _STAMP.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a clock stamp: {str(text)[:80]!r}")
        return cls(int(match[1]), int(match[2]), match[3])


def is_stamp(text: object) -> bool:
    """Whether ``text`` is a well-formed stamp."""
    return isinstance(text, str) and _STAMP.fullmatch(text) is not None


def latest_allowed(now_ms: int, skew_ms: int = MAX_SKEW_MS) -> str:
    """The text every acceptable stamp sorts at or below: ``skew_ms`` past ``now_ms``,
    the last counter value, the highest site id."""
    return str(Stamp(now_ms + skew_ms, _MAX_COUNTER, _HIGHEST_SITE))


def wall_now_ms() -> int:
    """This PC's clock in milliseconds."""
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Hands out strictly increasing stamps for one site.

    The wall part follows real time when it can, so stamps read as dates; the
    counter keeps order when the PC's clock stands still or goes back, and carries
    into the wall part when it is full, so a stamp never outgrows its fixed width.
    Stamps from elsewhere move it only up to ``skew_ms`` (by default MAX_SKEW_MS)
    ahead of real time.
    """

    def __init__(self, site: str, last: str | None = None,
                 now_ms: Callable[[], int] = wall_now_ms, skew_ms: int = MAX_SKEW_MS) -> None:
        self._site = site
        self._now_ms = now_ms
        self.skew_ms = skew_ms
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
            elif self._counter < _MAX_COUNTER:
                self._counter += 1
            else:
                self._wall, self._counter = self._wall + 1, 0
            # Stamp's text, made without the Stamp (a seed ticks 1.8 million times).
            return f"{self._wall:0{_WALL_DIGITS}d}.{self._counter:0{_COUNTER_DIGITS}d}.{self._site}"

    def ticks(self, count: int) -> list[str]:
        """``count`` new stamps in increasing order, as ``count`` ticks in one
        millisecond would give them (a bulk write stamps thousands of rows at once)."""
        with self._lock:
            now = self._now_ms()
            wall, counter = (now, 0) if now > self._wall else (self._wall, self._counter + 1)
            stamps: list[str] = []
            while len(stamps) < count:
                if counter > _MAX_COUNTER:
                    wall, counter = wall + 1, 0
                end = min(_MAX_COUNTER + 1, counter + count - len(stamps))
                prefix, suffix = f"{wall:0{_WALL_DIGITS}d}.", f".{self._site}"
                stamps += [f"{prefix}{n:0{_COUNTER_DIGITS}d}{suffix}" for n in range(counter, end)]
                counter = end
            if stamps:
                self._wall, self._counter = wall, counter - 1
            return stamps

    def tick_after(self, previous: str | None) -> str:
        """A new stamp later than ``previous`` too (the value an edit replaces)."""
        if previous and is_stamp(previous):
            self.observe(previous)
        return self.tick()

    def observe(self, stamp: str) -> bool:
        """Move past a stamp seen from another site so our next stamp is later;
        returns False, moving nothing, for a stamp that is not one or lies more than
        ``skew_ms`` ahead of this PC's clock."""
        try:
            seen = Stamp.parse(stamp)
        except ValueError:
            return False
        if seen.wall_ms > self._now_ms() + self.skew_ms:
            return False
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter
        return True

    def bound(self) -> str:
        """No stamp from elsewhere is taken above this one now (see latest_allowed)."""
        return latest_allowed(self._now_ms(), self.skew_ms)

    @property
    def last(self) -> str:
        """The newest stamp this clock has made or observed (none made: wall 0)."""
        with self._lock:
            return str(Stamp(self._wall, self._counter, self._site))
