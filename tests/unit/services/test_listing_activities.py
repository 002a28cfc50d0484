"""A programme's list of activities: only its own live ones, search, filters, every
order paged one row at a time without losing or repeating a row, read-only allowed."""

from __future__ import annotations

import datetime as dt

import pytest

from centre_desk.domain.enums import ActivityKind, Programme, Role
from centre_desk.services import activities, club
from centre_desk.services.activities import ActivityInput
from centre_desk.services.listing import (
    ActivityFilter, ActivitySort, ListQuery, activity_list)
from tests.unit.services.test_activities import TODAY, build_families, run

K, P = ActivityKind, Programme


@pytest.fixture
def centre(db, admin):
    f = build_families(db, admin)
    run(db, admin, club.join_club, f.mother, dt.date(2024, 1, 5), today=TODAY)
    run(db, admin, club.join_club, f.grandmother, dt.date(2024, 1, 5), today=TODAY)

    def activity(programme, kind, day, **fields):
        return run(db, admin, activities.create_activity,
                   ActivityInput(programme=programme, kind=kind, held_on=day, **fields))

    f.session = activity(P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, dt.date(2024, 3, 1),
                         title="Встреча клуба", place="Центр")
    f.sports = activity(P.MOTHERS_CLUB, K.ATHLETIC_EVENT, dt.date(2024, 4, 1),
                        title="Спортивный день", place="Стадион", facilitators="Тренер Ким")
    f.talk = activity(P.MOTHERS_CLUB, K.CLUB_ONE_ON_ONE, dt.date(2024, 2, 1))
    f.gone = activity(P.MOTHERS_CLUB, K.CLUB_GROUP_SESSION, dt.date(2024, 5, 1))
    run(db, admin, activities.delete_activity, f.gone)
    f.elsewhere = activity(P.CASE_WORK, K.CONVERSATION, dt.date(2024, 3, 2))
    run(db, admin, activities.set_attendance, f.session, [f.mother, f.grandmother],
        today=TODAY)
    run(db, admin, activities.set_attendance, f.sports, [f.mother], today=TODAY)
    return f


def _all(db, actor, listed, query=ListQuery(), limit=1):
    rows, after = [], None
    while True:
        page = run(db, actor, listed.page, query, after, limit)
        rows += page.rows
        if page.next is None:
            return rows
        after = page.next


def test_the_club_list_holds_its_own_live_activities_with_who_came(db, admin, centre):
    club_list = activity_list(P.MOTHERS_CLUB)
    rows = _all(db, admin, club_list, ListQuery(descending=True))
    assert [(r.held_on, r.kind, r.title, r.place, r.present_count) for r in rows] == [
        (dt.date(2024, 4, 1), K.ATHLETIC_EVENT, "Спортивный день", "Стадион", 1),
        (dt.date(2024, 3, 1), K.CLUB_GROUP_SESSION, "Встреча клуба", "Центр", 2),
        (dt.date(2024, 2, 1), K.CLUB_ONE_ON_ONE, None, None, 0)]
    assert run(db, admin, club_list.count) == 3
    assert run(db, admin, activity_list(P.CASE_WORK).count) == 1


@pytest.mark.parametrize("sort", list(ActivitySort))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_pages_through_every_row_once(db, admin, centre, sort, descending):
    query = ListQuery(sort=sort, descending=descending)
    one_by_one = _all(db, admin, activity_list(P.MOTHERS_CLUB), query, limit=1)
    at_once = run(db, admin, activity_list(P.MOTHERS_CLUB).page, query, None, 100).rows
    assert one_by_one == list(at_once)
    assert len({r.activity_id for r in one_by_one}) == 3


def test_orders_follow_the_column(db, admin, centre):
    def titles(sort, descending=False):
        return [r.title for r in _all(db, admin, activity_list(P.MOTHERS_CLUB),
                                      ListQuery(sort=sort, descending=descending))]
    assert titles(ActivitySort.PRESENT, True) == ["Встреча клуба", "Спортивный день", None]
    assert titles(ActivitySort.KIND) == ["Встреча клуба", None, "Спортивный день"]
    assert titles(ActivitySort.TITLE) == ["Встреча клуба", "Спортивный день", None]


@pytest.mark.parametrize("typed", ["стадион", "СПОРТ", "ким"])
def test_search_looks_in_title_place_and_facilitators(db, admin, centre, typed):
    listed = activity_list(P.MOTHERS_CLUB)
    rows = run(db, admin, listed.page, ListQuery(text=typed)).rows
    assert [r.title for r in rows] == ["Спортивный день"]
    assert run(db, admin, listed.count, typed) == 1


def test_the_filter_narrows_by_kind_and_period(db, admin, centre):
    listed = activity_list(P.MOTHERS_CLUB)
    by_kind = ActivityFilter(kind=K.CLUB_ONE_ON_ONE)
    period = ActivityFilter(start=dt.date(2024, 2, 15), end=dt.date(2024, 3, 31))
    assert [r.activity_id for r in run(db, admin, listed.page,
                                       ListQuery(filter=by_kind)).rows] == [centre.talk]
    assert [r.activity_id for r in run(db, admin, listed.page,
                                       ListQuery(filter=period)).rows] == [centre.session]
    assert run(db, admin, listed.count, "", period) == 1


def test_a_read_only_user_may_read_the_list(db, admin, make_user, centre):
    reader = make_user(Role.READ_ONLY)
    assert run(db, reader, activity_list(P.MOTHERS_CLUB).count) == 3
