"""My work: each signed-in user gets exactly their own due items by the end of the week,
a supervisor also the conflicts, the approvals waiting and every specialist's caseload."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, ConflictStatus, PlacementKind, Programme, Role, Stage)
from centre_desk.services import approvals, cases, my_work, persons, placements, plans
from centre_desk.services.errors import NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Case, Conflict

TODAY = dt.date(2024, 11, 20)  # a Wednesday; the week ends on Sunday the 24th
DAY = dt.timedelta(days=1)


def names(section) -> list[str]:
    return [item.person_name for item in section.items]


@pytest.fixture
def office(db, admin, make_user):
    return make_office(db, admin, make_user)


def make_office(db, admin, make_user):
    """Two specialists and a supervisor, with cases assigned as the desk would:
    (their Workspace.run by name, their user ids, the cases' ids by surname)."""
    ws = {"admin": Workspace(db, admin).run}
    people = {}
    for key, role in (("aida", Role.SPECIALIST), ("bolat", Role.SPECIALIST),
                      ("sup", Role.SUPERVISOR)):
        actor = make_user(role, key)
        ws[key] = Workspace(db, actor).run
        people[key] = actor.user_id

    def participant(surname, follow_up, *who):
        return ws["admin"](cases.register_participant,
                           persons.PersonInput(surname=surname, given_name="Тест"),
                           cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5",
                                           next_follow_up=follow_up,
                                           specialist_ids=tuple(people[w] for w in who)),
                           dt.date(2024, 6, 1))

    ids = {
        "Әлиев": participant("Әлиев", TODAY - 10 * DAY, "aida"),        # overdue
        "Бекова": participant("Бекова", TODAY + 4 * DAY, "aida"),       # Sunday
        "Ванин": participant("Ванин", TODAY + 5 * DAY, "aida"),         # next Monday
        "Галиев": participant("Галиев", TODAY - DAY, "aida"),           # closed
        "Дюсен": participant("Дюсен", TODAY, "bolat"),
        "Ержан": participant("Ержан", TODAY + 2 * DAY, "aida", "bolat"),  # shared
        "Жанова": participant("Жанова", None, "bolat"),
    }
    with db.session(admin) as session, session.begin():
        session.execute(update(Case).where(Case.id == ids["Галиев"].case_id)
                        .values(stage=Stage.CLOSED))
    for surname, due in (("Әлиев", TODAY + 3 * DAY), ("Дюсен", TODAY + 30 * DAY)):
        placement_id = ws["admin"](placements.request_placement, placements.PlacementInput(
            kind=PlacementKind.JOB, person_id=ids[surname].person_id,
            requested_on=dt.date(2024, 10, 1)), TODAY)
        ws["admin"](placements.schedule_follow_up, placement_id, due)
    ws["admin"](cases.change_stage, ids["Ержан"].case_id, Stage.ACTIVE, dt.date(2024, 8, 1),
                "Работа", None, TODAY)
    ws["admin"](cases.change_stage, ids["Ержан"].case_id, Stage.RENOUNCED,
                dt.date(2024, 10, 5), "Отказался", "Сериков А.Б.", TODAY)
    ws["aida"](approvals.request_outcome, ids["Ержан"].case_id, Stage.REHABILITATED,
               dt.date(2024, 11, 1), "Трудоустроен", None, TODAY)
    # Aida leads group training on Tuesdays and Thursdays (Tuesday the 19th is past);
    # Bolat's Monday lecture is next week's.
    for who, weekdays, kind in (("aida", (2, 4), ActivityKind.GROUP_TRAINING),
                                ("bolat", (1,), ActivityKind.THEOLOGICAL_LECTURE)):
        ws["admin"](plans.create_plan, plans.PlanInput(
            programme=Programme.CASE_WORK, kind=kind, weekdays=weekdays, start_minute=600,
            duration_minutes=90, start_on=dt.date(2024, 9, 2), facility="АП-162/4",
            leader_id=people[who]))
    with db.session(admin) as session, session.begin():
        session.add(Conflict(table_name="person", row_id=ids["Дюсен"].person_id,
                             field="phone", kept_value="1", kept_hlc="a", lost_value="2",
                             lost_hlc="b", status=ConflictStatus.OPEN))
    return ws, people, ids


def test_each_specialist_gets_exactly_their_follow_ups_due_this_week(office):
    ws, _people, ids = office
    aida = ws["aida"](my_work.my_work, TODAY)
    assert aida.week_end == dt.date(2024, 11, 24)
    [session] = aida.planned_sessions.items
    assert (session.due_on, session.start_minute, session.detail, session.facility) == (
        dt.date(2024, 11, 21), 600, "group_training", "АП-162/4")
    assert aida.participants == 4  # the closed case is not hers to work on
    assert names(aida.follow_ups) == ["Әлиев Тест", "Ержан Тест", "Бекова Тест"]
    assert [i.overdue for i in aida.follow_ups.items] == [True, False, False]
    assert aida.follow_ups.items[0].case_id == ids["Әлиев"].case_id
    assert names(aida.placement_follow_ups) == ["Әлиев Тест"]
    assert aida.placement_follow_ups.items[0].detail == "job"
    assert aida.placement_follow_ups.items[0].placement_id is not None
    # Never assessed: due since intake, every open case of hers.
    assert sorted(names(aida.reassessments)) == sorted(
        ["Әлиев Тест", "Бекова Тест", "Ванин Тест", "Ержан Тест"])
    assert (aida.conflicts, aida.approvals, aida.caseload) == (None, None, None)

    bolat = ws["bolat"](my_work.my_work, TODAY)
    assert bolat.participants == 3
    assert names(bolat.follow_ups) == ["Дюсен Тест", "Ержан Тест"]
    assert bolat.placement_follow_ups.total == 0  # his placement's check is next month
    assert bolat.conflicts is None
    assert bolat.planned_sessions.total == 0


def test_a_supervisor_gets_conflicts_approvals_and_the_caseloads(office):
    ws, people, ids = office
    sup = ws["sup"](my_work.my_work, TODAY)
    assert (sup.participants, sup.follow_ups.total, sup.reassessments.total,
            sup.placement_follow_ups.total) == (0, 0, 0, 0)
    assert sup.conflicts.total == 1
    assert sup.conflicts.items[0].detail == "person.phone"
    assert sup.approvals.total == 1
    assert (sup.approvals.items[0].case_id, sup.approvals.items[0].detail) == (
        ids["Ержан"].case_id, "rehabilitated")
    by_id = {row.user_id: row for row in sup.caseload}
    assert (by_id[people["aida"]].participants, by_id[people["aida"]].overdue_follow_ups) \
        == (4, 1)  # Галиев's overdue check does not count: his case is closed
    assert (by_id[people["bolat"]].participants,
            by_id[people["bolat"]].overdue_follow_ups) == (3, 0)
    assert by_id[people["sup"]].participants == 0
    assert len(sup.caseload) == 3  # the administrator and read-only staff carry no cases


def test_a_specialist_may_not_read_the_caseloads(office):
    ws, _people, _ids = office
    with pytest.raises(NotPermitted):
        ws["aida"](my_work.caseload, TODAY)
