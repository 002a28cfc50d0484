"""The participants list's filter bar and its assigned-specialists column."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from centre_desk.domain.enums import CaseCategory, Role, Stage
from centre_desk.services import cases, listing, persons, users
from centre_desk.services.errors import NotPermitted
from centre_desk.services.listing import ListQuery, ParticipantFilter, ParticipantSort
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import Case, CaseSpecialist, Person, User

TODAY = dt.date(2024, 11, 20)
DAY = dt.timedelta(days=1)


@pytest.fixture
def centre(db, admin, run):
    """Five participants across categories, stages, facilities, regions and specialists."""
    with db.session(admin) as session, session.begin():
        for username, name in (("dana", "Психолог Дана"), ("ahmad", "Богослов Ахмад"),
                               ("gone", "Уволенный Сотрудник")):
            users.create_user(session, username, name, Role.SPECIALIST, "password1")
    with db.session() as session:
        staff = {u.username: u.id for u in users.list_users(session)}

    def participant(surname, given, region, category, facility, follow_up, *specialists):
        return run(cases.register_participant,
                   persons.PersonInput(surname, given, region=region),
                   cases.CaseInput(category, facility=facility, next_follow_up=follow_up,
                                   specialist_ids=tuple(staff[s] for s in specialists)),
                   dt.date(2024, 1, 1))
    ids = {
        "ahmetov": participant("Ахметов", "Ерлан", "Алматы", CaseCategory.INMATE, "ИК-5",
                               TODAY - DAY, "dana", "ahmad"),
        "bekova": participant("Бекова", "Асель", "Астана", CaseCategory.AT_RISK, None,
                              TODAY + DAY, "dana"),
        "zhumabaev": participant("Жумабаев", "Нурлан", "Алматы", CaseCategory.EX_CONVICT,
                                 "ИК-1", None, "ahmad", "gone"),
        "serikov": participant("Сериков", "Данияр", None, CaseCategory.INMATE, "ИК-5",
                               TODAY - 10 * DAY),
        "omarova": participant("Омарова", "Гульнара", "Шымкент", CaseCategory.INMATE,
                               "ИК-12", TODAY - DAY, "dana"),
    }
    run(cases.change_stage, ids["zhumabaev"].case_id, Stage.ACTIVE, dt.date(2024, 2, 1), "н",
        today=TODAY)
    with db.session(admin) as session, session.begin():
        session.get(Person, ids["omarova"].person_id).deleted_at = utc_now()
        session.get(User, staff["gone"]).deleted_at = utc_now()
    return {"cases": {name: i.case_id for name, i in ids.items()}, "staff": staff}


def _names(run, wanted, **query):
    rows = run(listing.participants_page, ListQuery(filter=wanted, **query), None, 1000,
               TODAY).rows
    assert run(listing.count_participants, query.get("text", ""), wanted, TODAY) == len(rows)
    return [row.full_name for row in rows]


@pytest.mark.parametrize("wanted, expected", [
    (ParticipantFilter(), ["Ахметов Ерлан", "Бекова Асель", "Жумабаев Нурлан",
                           "Сериков Данияр"]),
    (ParticipantFilter(category=CaseCategory.INMATE), ["Ахметов Ерлан", "Сериков Данияр"]),
    (ParticipantFilter(stage=Stage.ACTIVE), ["Жумабаев Нурлан"]),
    (ParticipantFilter(facility="ИК-5"), ["Ахметов Ерлан", "Сериков Данияр"]),
    (ParticipantFilter(region="Алматы"), ["Ахметов Ерлан", "Жумабаев Нурлан"]),
    (ParticipantFilter(overdue_only=True), ["Ахметов Ерлан", "Сериков Данияр"]),
    (ParticipantFilter(category=CaseCategory.INMATE, facility="ИК-5", region="Алматы",
                       overdue_only=True), ["Ахметов Ерлан"]),
    (ParticipantFilter(stage=Stage.RENOUNCED), []),
])
def test_each_filter_narrows_the_list_and_its_count(run, centre, wanted, expected):
    assert _names(run, wanted) == expected


def test_the_specialist_filter_lists_the_cases_assigned_to_them(run, centre):
    staff = centre["staff"]
    assert _names(run, ParticipantFilter(specialist_id=staff["dana"])) == [
        "Ахметов Ерлан", "Бекова Асель"]
    assert _names(run, ParticipantFilter(specialist_id=staff["ahmad"])) == [
        "Ахметов Ерлан", "Жумабаев Нурлан"]


def test_an_unassigned_specialist_no_longer_finds_the_case(run, centre):
    dana = centre["staff"]["dana"]
    run(cases.update_case, centre["cases"]["bekova"],
        cases.CaseInput(CaseCategory.AT_RISK, next_follow_up=TODAY + DAY))
    assert _names(run, ParticipantFilter(specialist_id=dana)) == ["Ахметов Ерлан"]


def test_filters_combine_with_search_and_every_sort(run, centre):
    wanted = ParticipantFilter(category=CaseCategory.INMATE)
    assert _names(run, wanted, text="ахм") == ["Ахметов Ерлан"]
    for sort in ParticipantSort:
        for descending in (False, True):
            assert sorted(_names(run, wanted, sort=sort, descending=descending)) == [
                "Ахметов Ерлан", "Сериков Данияр"]


def test_paging_through_a_filtered_list_returns_each_row_once(run, centre):
    wanted = ParticipantFilter(overdue_only=True)
    paged, after = [], None
    while True:
        page = run(listing.participants_page, ListQuery(filter=wanted), after, 1, TODAY)
        paged += [row.case_id for row in page.rows]
        if page.next is None:
            break
        after = page.next
    assert paged == [centre["cases"]["ahmetov"], centre["cases"]["serikov"]]


def test_rows_show_the_assigned_specialists_alphabetically_without_deleted_staff(
        run, centre):
    rows = {row.case_id: row.specialists for row in run(
        listing.participants_page, ListQuery(), None, 1000, TODAY).rows}
    assert rows == {centre["cases"]["ahmetov"]: "Богослов Ахмад, Психолог Дана",
                    centre["cases"]["bekova"]: "Психолог Дана",
                    centre["cases"]["zhumabaev"]: "Богослов Ахмад",
                    centre["cases"]["serikov"]: ""}


def test_a_page_loads_its_specialists_without_a_query_per_row(db, admin, run, centre):
    statements = []

    def count(*_args):
        statements.append(1)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        run(listing.participants_page, ListQuery(), None, 1000, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) <= 3  # the keys, the page's details, nothing per row


def test_the_filter_bar_offers_facilities_and_regions_of_live_participants(
        db, admin, run, centre):
    with db.session(admin) as session, session.begin():
        session.get(Case, centre["cases"]["serikov"]).facility = "  "
    assert run(listing.participant_facilities) == ["ИК-1", "ИК-5"]
    assert run(listing.participant_regions) == ["Алматы", "Астана"]


def test_a_filter_of_another_list_is_refused(run, centre):
    with pytest.raises(ValueError, match="cannot filter"):
        run(listing.participants_page, ListQuery(filter=object()))


def test_the_filter_choices_need_a_signed_in_user(db, centre):
    for choices in (listing.participant_facilities, listing.participant_regions):
        with pytest.raises(NotPermitted):
            Workspace(db, None).run(choices)


def test_a_deleted_assignment_is_not_shown(db, admin, run, centre):
    with db.session(admin) as session, session.begin():
        for row in session.query(CaseSpecialist).filter_by(case_id=centre["cases"]["bekova"]):
            row.deleted_at = utc_now()
    rows = {row.case_id: row.specialists for row in run(
        listing.participants_page, ListQuery(), None, 1000, TODAY).rows}
    assert rows[centre["cases"]["bekova"]] == ""
