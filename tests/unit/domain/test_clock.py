"""The hybrid logical clock orders changes even when a PC's clock misbehaves."""

from hypothesis import given
from hypothesis import strategies as st

from centre_desk.domain.clock import HybridLogicalClock, Stamp


def _clock(times, site="a", last=None):
    readings = iter(times)
    return HybridLogicalClock(site, last, now_ms=lambda: next(readings))


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(times):
    clock = _clock(times)
    stamps = [clock.tick() for _ in times]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_stamp_from_the_future_is_overtaken_by_the_next_tick():
    clock = _clock([1_000, 1_001])
    remote = str(Stamp(5_000, 3, "b"))
    clock.observe(remote)
    assert clock.tick() > remote


def test_clock_resumes_after_the_latest_stored_stamp():
    stored = str(Stamp(9_000, 0, "a"))
    assert _clock([10], last=stored).tick() > stored


def test_stamp_text_round_trips_and_sorts_like_the_stamp():
    stamps = [Stamp(5, 0, "b"), Stamp(5, 0, "a"), Stamp(4, 99, "z"), Stamp(12, 1, "a")]
    assert [Stamp.parse(str(s)) for s in stamps] == stamps
    assert sorted(str(s) for s in stamps) == [str(s) for s in sorted(stamps)]
