"""The hybrid logical clock orders changes even when a PC's clock misbehaves, and no
stamp from elsewhere can break it or move it far into the future."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from centre_desk.domain.clock import (MAX_SKEW_MS, HybridLogicalClock, Stamp, is_stamp,
                                      latest_allowed)

A, B = str(uuid.UUID(int=0xA)), str(uuid.UUID(int=0xB))


def _clock(now, site=A, last=None):
    """A clock whose PC time is ``now[0]`` (a list, so a test can move it)."""
    return HybridLogicalClock(site, last, now_ms=lambda: now[0])


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(times):
    now = [0]
    clock = _clock(now)
    stamps = []
    for reading in times:
        now[0] = reading
        stamps.append(clock.tick())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_stamp_from_the_future_is_overtaken_by_the_next_tick():
    clock = _clock([1_000])
    remote = str(Stamp(5_000, 3, B))
    assert clock.observe(remote)
    assert clock.tick() > remote


def test_clock_resumes_after_the_latest_stored_stamp():
    stored = str(Stamp(9_000, 0, A))
    assert _clock([10], last=stored).tick() > stored


def test_stamp_text_round_trips_and_sorts_like_the_stamp():
    stamps = [Stamp(5, 0, B), Stamp(5, 0, A), Stamp(4, 99, B), Stamp(12, 1, A)]
    assert [Stamp.parse(str(s)) for s in stamps] == stamps
    assert sorted(str(s) for s in stamps) == [str(s) for s in sorted(stamps)]


@pytest.mark.parametrize("text", [
    "~not-a-stamp", "", None, 17, "1" * 16 + ".000000." + A, "000000000000001.0000000." + A,
    "000000000000001.000000.", "000000000000001.000000.site", "00000000000000x.000000." + A,
    "000000000000001.000000." + A.upper(), "000000000000001.000000." + A + "\n"])
def test_anything_but_a_stamp_is_refused_by_parse(text):
    assert not is_stamp(text)
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_a_stamp_further_ahead_than_the_skew_never_moves_the_clock():
    now = [1_700_000_000_000]
    clock = _clock(now)
    year_2100 = str(Stamp(4_102_444_800_000, 0, B))
    assert not clock.observe(year_2100)
    assert not clock.observe("~not-a-stamp")
    assert Stamp.parse(clock.tick()).wall_ms == now[0]
    within = str(Stamp(now[0] + MAX_SKEW_MS, 0, B))
    assert clock.observe(within) and clock.tick() > within


def test_a_full_counter_carries_into_the_wall_part_and_keeps_its_width():
    now = [1_000]
    clock = _clock(now, last=str(Stamp(1_000, 999_999, B)))
    after = clock.tick()
    assert after == str(Stamp(1_001, 0, A)) and is_stamp(after)
    assert after > str(Stamp(1_000, 999_999, B))


def test_an_edit_stamps_above_the_value_it_replaces():
    clock = _clock([1_000])
    replaced = str(Stamp(2_000, 5, B))
    assert clock.tick_after(replaced) > replaced


def test_the_latest_allowed_stamp_bounds_every_site_at_that_wall_time():
    bound = latest_allowed(1_000, skew_ms=0)
    assert str(Stamp(1_000, 999_999, B)) <= bound < str(Stamp(1_001, 0, A))


def test_the_skew_is_the_clocks_own():
    now = [1_000_000]
    clock = HybridLogicalClock(A, now_ms=lambda: now[0], skew_ms=3_600_000)
    assert not clock.observe(str(Stamp(now[0] + 2 * 3_600_000, 0, B)))
    assert clock.observe(str(Stamp(now[0] + 3_600_000, 0, B)))
    assert clock.bound() == latest_allowed(now[0], 3_600_000)


@given(st.lists(st.tuples(st.integers(min_value=0, max_value=10**13),
                          st.integers(min_value=0, max_value=40)), min_size=1, max_size=20),
       st.integers(min_value=0, max_value=999_999))
def test_many_stamps_at_once_are_what_as_many_ticks_in_one_millisecond_give(calls, counter):
    """``ticks(n)`` hands out the stamps n ticks would, the wall clock standing still,
    the counter carrying into the wall part when full."""
    now, frozen = [0], [0]
    clock, single = _clock(now), _clock(frozen)
    clock.observe(str(Stamp(5, counter, A)))
    single.observe(str(Stamp(5, counter, A)))
    for reading, count in calls:
        now[0] = frozen[0] = reading
        assert clock.ticks(count) == [single.tick() for _ in range(count)]
    assert clock.tick() == single.tick()
