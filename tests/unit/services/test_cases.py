"""Case files: registering a participant, correcting the case, stages, the whole file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from centre_desk.domain.enums import AuditAction, CaseCategory, RiskLevel, Role, Sex, Stage
from centre_desk.domain.stages import can_change, needs_approval
from centre_desk.services import cases, persons, users
from centre_desk.services.errors import DuplicateIin, InvalidInput, NotFound, NotPermitted
from centre_desk.services.workspace import Workspace
from centre_desk.store.base import utc_now
from centre_desk.store.models import AuditEvent, Case, CaseSpecialist, Person, StageChange, User
from centre_desk.store.stamping import synced_classes
from tests.approving import approved_stage

TODAY = dt.date(2024, 11, 20)
IIN_MAN_1985 = "850301301239"     # 1 March 1985, male
KAIRAT = persons.PersonInput(surname="Ермуханов", given_name="Қайрат", iin=IIN_MAN_1985)
INMATE = cases.CaseInput(category=CaseCategory.INMATE, facility="ИК-5",
                         offence_article="ст. 256 ч. 2 УК РК",
                         sentence_start=dt.date(2020, 2, 1), sentence_end=dt.date(2027, 2, 1),
                         referral_source="Администрация учреждения", risk_level=RiskLevel.HIGH,
                         consent_given=True, consent_on=dt.date(2024, 1, 5),
                         next_follow_up=dt.date(2024, 12, 1), notes="Первичная беседа")


def snapshot(db) -> dict[str, int]:
    """Row counts of every synced table and the audit trail: "nothing changed" compares two."""
    with db.session() as session:
        counts = {cls.__tablename__: session.scalar(select(func.count()).select_from(cls))
                  for cls in synced_classes()}
        counts["audit_event"] = session.scalar(select(func.count()).select_from(AuditEvent))
    return counts


@pytest.fixture
def as_admin(db, admin):
    return Workspace(db, admin).run


@pytest.fixture
def staff(db, admin, make_user):
    """A specialist and a supervisor (signed in) and a read-only user."""
    return {role: make_user(role) for role in (Role.SPECIALIST, Role.SUPERVISOR,
                                              Role.READ_ONLY)}


def _register(run, person=KAIRAT, case=INMATE, today=TODAY) -> cases.ParticipantIds:
    return run(cases.register_participant, person, case, today)


def _case(db, case_id) -> Case:
    with db.session() as session:
        return session.get(Case, case_id)


# --- registering ----------------------------------------------------------------------------

def test_registering_makes_a_person_and_a_case_at_intake_with_its_first_history_step(
        db, as_admin, staff):
    specialist = staff[Role.SPECIALIST]
    ids = _register(as_admin, case=INMATE.__class__(
        **{**INMATE.__dict__, "specialist_ids": (specialist.user_id, specialist.user_id)}))
    with db.session() as session:
        person = session.get(Person, ids.person_id)
        case = session.get(Case, ids.case_id)
        history = session.scalars(select(StageChange).where(
            StageChange.case_id == ids.case_id)).all()
        assigned = session.scalars(select(CaseSpecialist.user_id).where(
            CaseSpecialist.case_id == ids.case_id)).all()
        events = session.execute(select(AuditEvent.action, AuditEvent.entity).where(
            AuditEvent.action == AuditAction.CREATED,
            AuditEvent.entity.in_(("person", "case_file")))).all()
    assert (person.surname, person.birth_date, person.sex) == (
        "Ермуханов", dt.date(1985, 3, 1), Sex.MALE)
    assert (case.person_id, case.stage, case.stage_since, case.category, case.facility,
            case.consent_on, case.risk_level) == (
        ids.person_id, Stage.INTAKE, TODAY, CaseCategory.INMATE, "ИК-5", dt.date(2024, 1, 5),
        RiskLevel.HIGH)
    assert [(c.from_stage, c.to_stage, c.changed_on) for c in history] == [
        (None, Stage.INTAKE, TODAY)]
    assert assigned == [specialist.user_id]  # listed twice, assigned once
    assert sorted(events) == [(AuditAction.CREATED, "case_file"),
                              (AuditAction.CREATED, "person")]


def test_registering_reports_every_problem_of_both_parts_and_writes_nothing(db, as_admin):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused:
        _register(as_admin, persons.PersonInput(surname=" ", given_name="Қайрат",
                                                phone="call me"),
                  cases.CaseInput(category=CaseCategory.INMATE,
                                  sentence_start=dt.date(2024, 1, 1),
                                  sentence_end=dt.date(2023, 1, 1), consent_given=True,
                                  facility="И" * 201))
    assert refused.value.problems == {"surname": "required", "phone": "invalid",
                                      "sentence_end": "before_start", "consent_on": "required",
                                      "facility": "too_long"}
    assert snapshot(db) == before


def test_registering_an_iin_on_file_is_refused_with_the_existing_person(db, as_admin):
    first = _register(as_admin)
    before = snapshot(db)
    with pytest.raises(DuplicateIin) as refused:
        _register(as_admin, persons.PersonInput(surname="Другой", given_name="Человек",
                                                iin=IIN_MAN_1985))
    assert refused.value.existing_id == first.person_id
    assert snapshot(db) == before


@pytest.mark.parametrize("change, problems", [
    ({"consent_on": dt.date(2024, 11, 21)}, {"consent_on": "in_future"}),
    ({"consent_given": True, "consent_on": None}, {"consent_on": "required"}),
    ({"notes": "н" * 10001}, {"notes": "too_long"}),
    ({"offence_article": "с" * 101, "referral_source": "р" * 201},
     {"offence_article": "too_long", "referral_source": "too_long"}),
    ({"sentence_start": dt.date(2028, 1, 1)}, {"sentence_end": "before_start"}),
])
def test_case_fields_are_checked(db, as_admin, change, problems):
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused:
        _register(as_admin, case=cases.CaseInput(**{**INMATE.__dict__, **change}))
    assert refused.value.problems == problems
    assert snapshot(db) == before


def test_an_unknown_or_deleted_specialist_is_refused(db, admin, as_admin, staff):
    gone = staff[Role.SPECIALIST].user_id
    with db.session(admin) as session, session.begin():
        session.get(User, gone).deleted_at = utc_now()
    for user_id in (gone, persons.PersonView(surname="x", given_name="y").id):
        with pytest.raises(InvalidInput) as refused:
            _register(as_admin, case=cases.CaseInput(CaseCategory.AT_RISK,
                                                     specialist_ids=(user_id,)))
        assert refused.value.problems == {"specialist_ids": "invalid"}


def test_consent_date_without_consent_is_not_kept(db, as_admin):
    ids = _register(as_admin, case=cases.CaseInput(CaseCategory.AT_RISK,
                                                   consent_on=dt.date(2024, 1, 1)))
    assert _case(db, ids.case_id).consent_on is None


def test_read_only_users_cannot_register_or_open_cases(db, as_admin, staff):
    reader = Workspace(db, staff[Role.READ_ONLY]).run
    person_id = as_admin(persons.create_person, persons.PersonInput("Бекова", "Асель"))
    before = snapshot(db)
    with pytest.raises(NotPermitted):
        _register(reader)
    with pytest.raises(NotPermitted):
        reader(cases.open_case, person_id, INMATE, TODAY)
    assert snapshot(db) == before


# --- opening and correcting ------------------------------------------------------------------

def test_a_person_on_file_gets_one_live_case(db, as_admin):
    person_id = as_admin(persons.create_person, persons.PersonInput("Бекова", "Асель"))
    case_id = as_admin(cases.open_case, person_id, INMATE, TODAY)
    assert as_admin(cases.case_for_person, person_id) == case_id
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused:
        as_admin(cases.open_case, person_id, cases.CaseInput(CaseCategory.AT_RISK), TODAY)
    assert refused.value.problems == {"case": "already_open"}
    assert snapshot(db) == before


def test_opening_a_case_for_a_deleted_person_is_not_found(db, admin, as_admin):
    person_id = as_admin(persons.create_person, persons.PersonInput("Бекова", "Асель"))
    with db.session(admin) as session, session.begin():
        session.get(Person, person_id).deleted_at = utc_now()
    with pytest.raises(NotFound):
        as_admin(cases.open_case, person_id, INMATE, TODAY)
    assert as_admin(cases.case_for_person, person_id) is None


def test_update_returns_changed_fields_and_replaces_specialists_by_tombstone(
        db, admin, as_admin, staff):
    specialist, supervisor = staff[Role.SPECIALIST], staff[Role.SUPERVISOR]
    ids = _register(as_admin, case=cases.CaseInput(
        **{**INMATE.__dict__, "specialist_ids": (specialist.user_id,)}))
    changed = as_admin(cases.update_case, ids.case_id, cases.CaseInput(
        **{**INMATE.__dict__, "facility": "  ИК-12 ", "risk_level": RiskLevel.MEDIUM,
           "specialist_ids": (supervisor.user_id,)}))
    assert changed == ["facility", "risk_level", "specialist_ids"]
    with db.session() as session:
        rows = session.execute(select(CaseSpecialist.user_id, CaseSpecialist.deleted_at).where(
            CaseSpecialist.case_id == ids.case_id)).all()
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.UPDATED)).one()
    assert {(user, gone is not None) for user, gone in rows} == {
        (specialist.user_id, True), (supervisor.user_id, False)}
    assert (event.entity, event.entity_id) == ("case_file", str(ids.case_id))
    assert '"facility"' in event.detail
    view = as_admin(cases.get_case, ids.case_id)
    assert (view.facility, view.risk_level, view.specialist_ids, view.stage) == (
        "ИК-12", RiskLevel.MEDIUM, (supervisor.user_id,), Stage.INTAKE)


def test_an_update_that_changes_nothing_writes_nothing(db, as_admin):
    ids = _register(as_admin)
    before = snapshot(db)
    assert as_admin(cases.update_case, ids.case_id, INMATE) == []
    assert snapshot(db) == before


def test_the_view_gives_back_the_form_it_was_saved_from(as_admin):
    ids = _register(as_admin)
    assert as_admin(cases.get_case, ids.case_id).as_input() == INMATE


# --- stages ------------------------------------------------------------------------------------

def _stage(run, case_id, to, on=TODAY, note="Беседа с богословом", witness=None):
    return run(cases.change_stage, case_id, to, on, note, witness, TODAY)


def test_a_renunciation_is_kept_in_the_history_with_its_witness(db, as_admin):
    ids = _register(as_admin, today=dt.date(2024, 1, 10))
    _stage(as_admin, ids.case_id, Stage.ACTIVE, dt.date(2024, 2, 1))
    _stage(as_admin, ids.case_id, Stage.RENOUNCED, dt.date(2024, 10, 5),
           "Публично отказался от радикальных взглядов", " Сериков А.Б., начальник отряда ")
    case = _case(db, ids.case_id)
    assert (case.stage, case.stage_since) == (Stage.RENOUNCED, dt.date(2024, 10, 5))
    history = as_admin(cases.stage_history, ids.case_id)
    assert [(h.from_stage, h.to_stage, h.changed_on) for h in history] == [
        (Stage.ACTIVE, Stage.RENOUNCED, dt.date(2024, 10, 5)),
        (Stage.INTAKE, Stage.ACTIVE, dt.date(2024, 2, 1)),
        (None, Stage.INTAKE, dt.date(2024, 1, 10))]
    assert history[0].witness == "Сериков А.Б., начальник отряда"
    assert history[0].note == "Публично отказался от радикальных взглядов"
    assert history[0].recorded_by_name == "Әлия Сәрсенова"


@pytest.mark.parametrize("to, on, note, witness, problems", [
    (Stage.REHABILITATED, TODAY, "н", None, {"stage": "stage.not_allowed"}),
    (Stage.ACTIVE, TODAY, "  ", None, {"note": "required"}),
    (Stage.ACTIVE, TODAY + dt.timedelta(days=1), "н", None, {"on": "in_future"}),
    (Stage.ACTIVE, dt.date(2024, 1, 9), "н", None, {"on": "stage.before_last_change"}),
    (Stage.ACTIVE, TODAY, "н" * 10001, "w" * 201, {"note": "too_long",
                                                     "witness": "too_long"}),
])
def test_a_stage_change_is_refused_with_the_reason_and_nothing_changes(
        db, as_admin, to, on, note, witness, problems):
    ids = _register(as_admin, today=dt.date(2024, 1, 10))
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refused:
        _stage(as_admin, ids.case_id, to, on, note, witness)
    assert refused.value.problems == problems
    assert snapshot(db) == before
    assert _case(db, ids.case_id).stage is Stage.INTAKE


def test_a_renunciation_without_a_witness_is_refused(db, as_admin):
    ids = _register(as_admin, today=dt.date(2024, 1, 10))
    _stage(as_admin, ids.case_id, Stage.ACTIVE)
    with pytest.raises(InvalidInput) as refused:
        _stage(as_admin, ids.case_id, Stage.RENOUNCED, witness=" ")
    assert refused.value.problems == {"witness": "required"}


def test_a_change_on_the_same_day_as_the_last_is_allowed(db, as_admin):
    ids = _register(as_admin)
    _stage(as_admin, ids.case_id, Stage.ACTIVE, TODAY)
    assert _case(db, ids.case_id).stage is Stage.ACTIVE


def test_specialists_move_stages_but_closing_and_reopening_are_asked_for(db, as_admin, staff):
    specialist = Workspace(db, staff[Role.SPECIALIST]).run
    supervisor = Workspace(db, staff[Role.SUPERVISOR]).run
    ids = _register(as_admin, today=dt.date(2024, 1, 10))
    _stage(specialist, ids.case_id, Stage.ACTIVE)
    before = snapshot(db)
    with pytest.raises(NotPermitted):
        _stage(specialist, ids.case_id, Stage.CLOSED)
    with pytest.raises(InvalidInput) as refused:  # four eyes: services.approvals
        _stage(supervisor, ids.case_id, Stage.CLOSED)
    assert refused.value.problems == {"stage": "stage.needs_approval"}
    assert snapshot(db) == before
    assert [h.to_stage for h in as_admin(cases.stage_history, ids.case_id)] == [
        Stage.ACTIVE, Stage.INTAKE]


def test_read_only_users_cannot_change_anything_on_a_case(db, as_admin, staff):
    reader = Workspace(db, staff[Role.READ_ONLY]).run
    ids = _register(as_admin)
    before = snapshot(db)
    with pytest.raises(NotPermitted):
        _stage(reader, ids.case_id, Stage.ACTIVE)
    with pytest.raises(NotPermitted):
        reader(cases.update_case, ids.case_id, cases.CaseInput(CaseCategory.AT_RISK))
    assert snapshot(db) == before


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(list(Stage)), min_size=1, max_size=8))
def test_a_case_follows_exactly_the_workflow_table(db, admin, steps):
    run = Workspace(db, admin).run
    person_id = run(persons.create_person, persons.PersonInput("Тестов", "Тест"))
    case_id = run(cases.open_case, person_id, cases.CaseInput(CaseCategory.AT_RISK),
                  dt.date(2024, 1, 1))
    stage, taken = Stage.INTAKE, [Stage.INTAKE]
    for to in steps:
        try:
            if needs_approval(to, stage):
                approved_stage(run, case_id, to, TODAY, "Беседа", "Свидетель", TODAY)
            else:
                _stage(run, case_id, to, witness="Свидетель")
        except InvalidInput as refused:
            assert not can_change(stage, to)
            assert refused.problems == {"stage": "stage.not_allowed"}
        else:
            assert can_change(stage, to)
            stage = to
            taken.append(to)
    assert _case(db, case_id).stage is stage
    assert [h.to_stage for h in run(cases.stage_history, case_id)] == taken[::-1]
    with db.session(admin) as session, session.begin():  # the next example starts afresh
        session.get(Case, case_id).deleted_at = utc_now()


# --- the whole file ---------------------------------------------------------------------------

def test_the_file_holds_person_case_specialists_history_and_is_audited_as_viewed(
        db, admin, as_admin, staff):
    specialist = staff[Role.SPECIALIST]
    ids = _register(as_admin, case=cases.CaseInput(
        **{**INMATE.__dict__, "specialist_ids": (specialist.user_id,)}),
        today=dt.date(2024, 1, 10))
    _stage(as_admin, ids.case_id, Stage.ACTIVE, dt.date(2024, 3, 1))
    reader = Workspace(db, staff[Role.READ_ONLY])
    record = reader.run(cases.participant_file, ids.case_id)
    assert record.person.full_name == "Ермуханов Қайрат"
    assert (record.case.id, record.case.stage, record.case.facility,
            record.case.specialist_ids) == (ids.case_id, Stage.ACTIVE, "ИК-5",
                                            (specialist.user_id,))
    assert [u.full_name for u in record.specialists] == ["Test specialist"]
    assert [h.to_stage for h in record.stage_history] == [Stage.ACTIVE, Stage.INTAKE]
    assert [(e.on, e.stage) for e in record.timeline] == [
        (dt.date(2024, 3, 1), Stage.ACTIVE), (dt.date(2024, 1, 10), Stage.INTAKE)]
    assert record.family == () and record.possible_duplicates == ()
    with db.session() as session:
        viewed = session.execute(select(AuditEvent.user_id, AuditEvent.entity,
                                        AuditEvent.entity_id).where(
            AuditEvent.action == AuditAction.VIEWED)).all()
    assert viewed == [(staff[Role.READ_ONLY].user_id, "case_file", str(ids.case_id))]


def test_the_file_warns_of_a_namesake_born_the_same_day(as_admin):
    ids = _register(as_admin)
    twin = as_admin(persons.create_person, persons.PersonInput(
        "Ermukhanov", "Kairat", birth_date=dt.date(1985, 3, 1)))
    record = as_admin(cases.participant_file, ids.case_id)
    assert [c.person_id for c in record.possible_duplicates] == [twin]


def test_the_file_of_a_deleted_case_or_person_is_not_found(db, admin, as_admin, staff):
    first, second = _register(as_admin), _register(
        as_admin, persons.PersonInput("Бекова", "Асель"))
    with db.session(admin) as session, session.begin():
        session.get(Case, first.case_id).deleted_at = utc_now()
        session.get(Person, second.person_id).deleted_at = utc_now()
    for case_id in (first.case_id, second.case_id):
        with pytest.raises(NotFound):
            as_admin(cases.participant_file, case_id)


def test_opening_a_file_needs_a_signed_in_user(db, as_admin):
    ids = _register(as_admin)
    with pytest.raises(NotPermitted):
        Workspace(db, None).run(cases.participant_file, ids.case_id)


def test_the_specialist_picker_offers_active_staff_who_can_work_on_cases(
        db, admin, as_admin, staff):
    with db.session(admin) as session, session.begin():
        users.create_user(session, "gone", "Ушедший Сотрудник", Role.SPECIALIST, "password1")
        session.scalars(select(User).where(User.username == "gone")).one().active = False
    names = [u.full_name for u in as_admin(cases.list_specialists)]
    assert names == ["Test specialist", "Test supervisor", "Әлия Сәрсенова"]


def test_codes_typed_as_plain_text_are_read_and_unknown_ones_refused(db, as_admin):
    ids = _register(as_admin, case=cases.CaseInput("ex_convict", risk_level="low"))
    assert (_case(db, ids.case_id).category, _case(db, ids.case_id).risk_level) == (
        CaseCategory.EX_CONVICT, RiskLevel.LOW)
    with pytest.raises(InvalidInput) as refused:
        _register(as_admin, persons.PersonInput("Бекова", "Асель"),
                  cases.CaseInput(None, risk_level="extreme"))
    assert refused.value.problems == {"category": "required", "risk_level": "invalid"}
    with pytest.raises(InvalidInput) as refused:
        _stage(as_admin, ids.case_id, "no such stage")
    assert refused.value.problems == {"stage": "stage.not_allowed"}
