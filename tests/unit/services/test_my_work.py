"""My work: each signed-in user gets exactly their own due items by the end of the week,
a supervisor also the conflicts, the approvals waiting and every specialist's caseload;
cases never assessed are one "first assessment" item, and a caseload's sessions are the
ones its specialist led this month."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, ConflictStatus, PlacementKind, Programme, RiskLevel, Role,
    Stage)
from centre_desk.services import (
    activities, approvals, assessments, cases, my_work, persons, placements, plans)
from centre_desk.services.errors import NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import Activity, Case, Conflict, User

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
    for key, role, name in (("aida", Role.SPECIALIST, "Асанова Аида"),
                            ("bolat", Role.SPECIALIST, "Болатов Болат"),
                            ("sup", Role.SUPERVISOR, "Сейтова Сауле")):
        actor = make_user(role, key)
        ws[key] = Workspace(db, actor).run
        people[key] = actor.user_id
        with db.session(admin) as session, session.begin():
            session.execute(update(User).where(User.id == actor.user_id)
                            .values(full_name=name))

    def participant(surname, follow_up, *who, taken_in=dt.date(2024, 6, 1)):
        return ws["admin"](cases.register_participant,
                           persons.PersonInput(surname=surname, given_name="Тест"),
                           cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5",
                                           next_follow_up=follow_up,
                                           specialist_ids=tuple(people[w] for w in who)),
                           taken_in)

    ids = {
        "Әлиев": participant("Әлиев", TODAY - 10 * DAY, "aida"),        # overdue
        "Бекова": participant("Бекова", TODAY + 4 * DAY, "aida"),       # Sunday
        "Ванин": participant("Ванин", TODAY + 5 * DAY, "aida",          # next Monday
                             taken_in=dt.date(2024, 5, 20)),
        "Галиев": participant("Галиев", TODAY - DAY, "aida",            # closed
                              taken_in=dt.date(2024, 1, 9)),
        "Дюсен": participant("Дюсен", TODAY, "bolat"),
        "Ержан": participant("Ержан", TODAY + 2 * DAY, "aida", "bolat"),  # shared
        "Жанова": participant("Жанова", None, "bolat", taken_in=dt.date(2024, 3, 4)),
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
    # None of her four open cases was ever assessed: one item says so, due since the
    # intake of the one taken in first (the closed case taken in earlier is not hers).
    [first] = aida.reassessments.items
    assert (first.kind, first.count, first.person_name, first.due_on, first.overdue,
            first.case_id) == (my_work.DueKind.FIRST_ASSESSMENT, 4, "Ванин Тест",
                               dt.date(2024, 5, 20), True, ids["Ванин"].case_id)
    assert aida.reassessments.total == 1
    assert (aida.conflicts, aida.approvals, aida.caseload) == (None, None, None)

    bolat = ws["bolat"](my_work.my_work, TODAY)
    assert bolat.participants == 3
    assert names(bolat.follow_ups) == ["Дюсен Тест", "Ержан Тест"]
    assert bolat.placement_follow_ups.total == 0  # his placement's check is next month
    assert bolat.conflicts is None
    assert bolat.planned_sessions.total == 0
    assert [(i.count, i.person_name) for i in bolat.reassessments.items] == [
        (3, "Жанова Тест")]


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


def _assess(ws, case_id, assessed_on, next_due_on):
    return ws["admin"](assessments.record_assessment, case_id, assessments.AssessmentInput(
        assessed_on=assessed_on, scores=(), risk_level=RiskLevel.LOW, next_due_on=next_due_on),
        TODAY)


def test_reassessments_are_the_dated_ones_and_the_never_assessed_are_one_item(office):
    ws, _people, ids = office
    _assess(ws, ids["Әлиев"].case_id, dt.date(2024, 6, 3), TODAY + 2 * DAY)   # Friday
    _assess(ws, ids["Ержан"].case_id, dt.date(2024, 6, 3), TODAY - 5 * DAY)   # overdue
    # A later assessment decides: Бекова's next one is next month.
    _assess(ws, ids["Бекова"].case_id, dt.date(2024, 5, 1), TODAY - 9 * DAY)
    _assess(ws, ids["Бекова"].case_id, dt.date(2024, 11, 1), TODAY + 30 * DAY)
    # Жанова's only assessment was deleted: she is never assessed again.
    wrong = _assess(ws, ids["Жанова"].case_id, dt.date(2024, 6, 3), TODAY)
    ws["admin"](assessments.delete_assessment, wrong)

    aida = ws["aida"](my_work.my_work, TODAY)
    assert [(i.kind, i.person_name, i.due_on, i.overdue, i.count)
            for i in aida.reassessments.items] == [
        (my_work.DueKind.FIRST_ASSESSMENT, "Ванин Тест", dt.date(2024, 5, 20), True, 1),
        (my_work.DueKind.REASSESSMENT, "Ержан Тест", TODAY - 5 * DAY, True, None),
        (my_work.DueKind.REASSESSMENT, "Әлиев Тест", TODAY + 2 * DAY, False, None)]
    assert aida.reassessments.total == 3
    bolat = ws["bolat"](my_work.my_work, TODAY)
    assert [(i.kind, i.person_name, i.count) for i in bolat.reassessments.items] == [
        (my_work.DueKind.FIRST_ASSESSMENT, "Жанова Тест", 2),
        (my_work.DueKind.REASSESSMENT, "Ержан Тест", None)]

    for case_id in (ids["Ванин"].case_id, ids["Жанова"].case_id, ids["Дюсен"].case_id):
        _assess(ws, case_id, TODAY, TODAY + 180 * DAY)
    aida = ws["aida"](my_work.my_work, TODAY)
    assert [i.kind for i in aida.reassessments.items] == [my_work.DueKind.REASSESSMENT] * 2
    assert ws["bolat"](my_work.my_work, TODAY).reassessments.total == 1  # Ержан's


def _activity(ws, who, day, facilitators=None, kind=ActivityKind.INDIVIDUAL_CONSULTATION):
    return ws[who](activities.create_activity, activities.ActivityInput(
        Programme.CASE_WORK, kind, day, facility="ИК-5", facilitators=facilitators))


def test_a_caseload_counts_the_sessions_its_specialist_led_this_month(office, db, admin):
    ws, people, _ids = office
    aida_plan, bolat_plan = (ws["admin"](
        plans.occurrences, dt.date(2024, 11, 18), dt.date(2024, 11, 19), leader=people[who],
        today=TODAY, unplanned=False)[0].plan_id for who in ("aida", "bolat"))
    # Held from her plan (recorded by the administrator): Aida led them, this month's two.
    ws["admin"](plans.hold_occurrence, aida_plan, dt.date(2024, 10, 31), TODAY)  # October
    ws["admin"](plans.hold_occurrence, aida_plan, dt.date(2024, 11, 5), TODAY)
    ws["admin"](plans.hold_occurrence, aida_plan, dt.date(2024, 11, 19), TODAY)
    ws["admin"](plans.hold_occurrence, bolat_plan, dt.date(2024, 11, 18), TODAY)
    # Without a plan: the facilitators named decide, else who recorded it.
    _activity(ws, "aida", dt.date(2024, 11, 4), "Болатов Болат")
    _activity(ws, "aida", dt.date(2024, 11, 6), "Асанова Аида, Болатов Болат")
    _activity(ws, "aida", dt.date(2024, 11, 7))
    _activity(ws, "bolat", dt.date(2024, 11, 8), "приглашённый богослов")
    gone = _activity(ws, "aida", dt.date(2024, 11, 12))
    ws["admin"](activities.delete_activity, gone)
    _activity(ws, "aida", dt.date(2024, 11, 21))  # after the day read

    by_id = {row.user_id: row for row in ws["sup"](my_work.caseload, TODAY)}
    assert {key: by_id[people[key]].sessions_this_month for key in people} == {
        "aida": 4, "bolat": 3, "sup": 0}
    # The database holds 7 live activities of the month to today: Aida led 4, Bolat 3
    # (one both), the guest theologian's nobody on the staff.
    with db.session(admin) as session:
        assert session.scalar(select(func.count(Activity.id)).where(
            Activity.held_on.between(dt.date(2024, 11, 1), TODAY),
            Activity.deleted_at.is_(None))) == 7


def test_the_statements_compiled_behind_the_sign_in_window_are_the_ones_run(db, admin):
    """compile_statements fills the engine's statement cache as the first reading would:
    the page's statements are then cache hits (no compiling after Enter)."""
    from sqlalchemy import event

    engine = db.engine
    hits = {}

    def executed(_connection, _cursor, statement, _parameters, context, _many) -> None:
        hits[statement] = context.cache_hit
    my_work.compile_statements(engine)
    event.listen(engine, "after_cursor_execute", executed)
    try:
        Workspace(db, admin).run(my_work.my_work, TODAY)
    finally:
        event.remove(engine, "after_cursor_execute", executed)
    ours = [hit for statement, hit in hits.items()
            if statement.startswith("WITH mine") or "AS overdue" in statement]
    assert ours == [engine.dialect.CACHE_HIT] * 2
