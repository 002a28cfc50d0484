"""Every top-level window and dialog of the program on the smallest screen the centres
have, 1366 × 768, in Russian, Kazakh and English, filled with realistic data (long
Russian and Kazakh names, notes, partners): each opens within the screen less the
taskbar, its minimum size is within it too, and nothing is cut off as opened, at its
minimum size and maximised (tests/gui/screens.py assert_fits).

The main window's tabs, the statistics window, the participant file and the placement
window are also checked, in more detail, in test_screen_fit.py. Each window below is
opened as the program opens it, from the entry of ``WINDOWS`` of its name."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable

import pytest
from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QWidget

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, RiskLevel, Role, Sex, Stage)
from centre_desk.services import (
    activities, cases, children_events, club, courses, organisations, persons, placements,
    statistics)
from centre_desk.services.activities import ActivityInput
from centre_desk.services.cases import CaseInput
from centre_desk.services.courses import CourseInput
from centre_desk.services.organisations import OrganisationInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import window_memory
from tests.gui.conftest import open_files
from tests.gui.screens import assert_fits
from tests.gui.test_screen_fit import OPENING, _fits_the_screen
from tests.unit.services.test_activities import build_families

TODAY = dt.date.today()
LONG_NOTE = ("Гүлжаһан Қуанышбекқызы үш баланың анасы; күйеуі Атырау облысындағы ИК-5 "
             "мекемесінде жазасын өтеуде. Просит помочь с трудоустройством поближе к дому "
             "и с местом в детском саду для младшей дочери.")
FACILITY = "Учреждение ЛА-155/14 (Қарағанды облысы, Долинка кенті)"


@pytest.fixture
def centre(db, admin) -> types.SimpleNamespace:
    """The families of build_families, a participant and a partner with long Kazakh and
    Russian names, and one of everything the windows show: a case with a stage, a
    placement with a follow-up, a club membership, a children's event with a child
    registered, an Arabic course with a student and a lesson."""
    ws = Workspace(db, admin)
    run = ws.run
    f = build_families(db, admin)
    ids = run(cases.register_participant, PersonInput(
        surname="Нұрмағанбетова-Сейітқалиева", given_name="Гүлжаһан",
        patronymic="Қуанышбекқызы", sex=Sex.FEMALE, birth_date=dt.date(1987, 11, 23),
        phone="+7 701 555 12 34", region="Қарағанды облысы", district="Шахтинск қаласы",
        address="Шахтинск қ., Абай даңғылы, 118-үй, 47-пәтер", notes=LONG_NOTE), CaseInput(
        category=CaseCategory.INMATE, facility=FACILITY,
        referral_source="Ақмола облысы әкімдігінің жастар саясаты басқармасы",
        risk_level=RiskLevel.MEDIUM, consent_given=True, consent_on=TODAY, notes=LONG_NOTE))
    f.long_person, f.long_case = ids.person_id, ids.case_id
    f.partner = run(organisations.create_organisation, OrganisationInput(
        name="«Қарағанды өңірлік жұмыспен қамту орталығы» коммуналдық мемлекеттік мекемесі",
        kind=OrganisationKind.EMPLOYER, region="Қарағанды облысы",
        contact_person="Әбдіхалықова Мөлдір Серікқызы", phone="+7 7212 41 22 33",
        address="Қарағанды қ., Бұқар жырау даңғылы, 47", notes=LONG_NOTE))
    f.placement = run(placements.request_placement, placements.PlacementInput(
        kind=PlacementKind.JOB, person_id=f.long_person, organisation_id=f.partner,
        notes=LONG_NOTE))
    run(placements.change_status, f.placement, PlacementStatus.IN_PROGRESS, TODAY, LONG_NOTE)
    run(placements.schedule_follow_up, f.placement, TODAY + dt.timedelta(days=30), LONG_NOTE)
    f.membership = run(club.join_club, f.long_person, TODAY - dt.timedelta(days=40),
                       "Шахтинск қаласы әкімдігінің әлеуметтік қызметкері", LONG_NOTE)
    f.event = run(children_events.create_event,
                  "Балалар күніне арналған мерекелік іс-шара «Күн шуағы»",
                  TODAY - dt.timedelta(days=3), "Центр, актовый зал, 2-й этаж",
                  "Сәрсенова Ә., Нұрмағанбетова Г.")
    run(children_events.register_child, f.event, f.son, f.mother, TODAY - dt.timedelta(days=5))
    f.course = run(courses.create_course, CourseInput(
        title="Араб жазуы мен Құран оқу негіздері — әйелдер тобы №2",
        group=CourseGroup.WOMEN, starts_on=TODAY - dt.timedelta(days=60), capacity=20,
        level="Бастауыш", teacher="Сәрсенова Гүлнар Қайратқызы", schedule="Сс, Бс 10:00",
        ends_on=TODAY + dt.timedelta(days=60)))
    run(courses.enrol, f.course, f.long_person, TODAY - dt.timedelta(days=60))
    run(courses.add_lesson, f.course, TODAY - dt.timedelta(days=7))
    f.meeting = run(activities.create_activity, ActivityInput(
        programme=Programme.MOTHERS_CLUB, kind=ActivityKind.CLUB_GROUP_SESSION,
        held_on=TODAY - dt.timedelta(days=2),
        title="Ана мен бала: жасөспірімдермен сенімді қарым-қатынас құру",
        place="Центр «Ақниет», зал для занятий на 2-м этаже",
        facilitators="Сәрсенова Ә. Қ., Нұрмағанбетова-Сейітқалиева Г. Қ.", notes=LONG_NOTE))
    run(activities.set_attendance, f.meeting,
        [f.long_person, f.mother, f.second_mother, f.grandmother, f.woman])
    f.run = run
    return f


def _week_plan(ws, f, _qtbot):
    """The week with every status, long facility names and a long leader's name."""
    from centre_desk.services import plans
    from centre_desk.ui.plans.week_window import WeekWindow
    run = f.run  # the administrator's: a read-only user's window shows it too
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    start = monday - dt.timedelta(days=14)
    for facility, days, title in (
            (FACILITY, (1, 3, 5), "Групповой тренинг «Жизнь без насилия» (модуль 2)"),
            ("Учреждение АП-162/4 (Алматы облысы, Жетісу ауданы)", (2, 4),
             "Теологиялық дәріс: «Исламдағы орташылдық»"),
            (None, (6,), "Ата-аналарға арналған кеңес")):
        plan = run(plans.create_plan, plans.PlanInput(
            Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, days, 600, 90, start,
            facility=facility, title=title, leader_id=ws.actor.user_id))
        if facility == FACILITY:
            run(plans.hold_occurrence, plan, monday, TODAY)
    return WeekWindow(ws, today=TODAY)


def _plan_of(f):
    """A plan with long names: its first session is the first of this week."""
    from centre_desk.services import plans
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    plan = f.run(plans.create_plan, plans.PlanInput(
        Programme.CASE_WORK, ActivityKind.GROUP_TRAINING, (1, 3, 5), 600, 90,
        monday - dt.timedelta(days=14), facility=FACILITY,
        title="Групповой тренинг «Жизнь без насилия» (модуль 2)"))
    return f.run(plans.get_plan, plan), f.run(plans.occurrences, monday, monday)[0]


def _new_plan(ws, f, _qtbot):
    from centre_desk.ui.plans.plan_dialog import PlanDialog
    return PlanDialog(ws, today=TODAY)


def _plan_changed(ws, f, _qtbot):
    from centre_desk.ui.plans.plan_dialog import PlanDialog
    plan, _session = _plan_of(f)
    return PlanDialog(ws, plan, today=TODAY, from_on=TODAY)


def _plan_session(dialog_name: str):
    def opener(ws, f, _qtbot):
        from centre_desk.ui.plans.session_dialogs import CancelSessionDialog
        from centre_desk.ui.plans.session_dialogs import EndPlanDialog
        from centre_desk.ui.plans.session_dialogs import HolidayDialog
        from centre_desk.ui.plans.session_dialogs import MoveSessionDialog
        plan, session = _plan_of(f)
        return {"CancelSessionDialog": lambda: CancelSessionDialog(ws, session),
                "MoveSessionDialog": lambda: MoveSessionDialog(ws, session),
                "HolidayDialog": lambda: HolidayDialog(ws, TODAY),
                "EndPlanDialog": lambda: EndPlanDialog(ws, plan, today=TODAY)}[dialog_name]()
    return opener


def _group_lists(ws, f, _qtbot):
    from centre_desk.services import plans
    from centre_desk.ui.plans.group_lists import GroupListsWindow
    f.run(plans.create_group, "Отряд №3 — жасақ (Қарағанды облысы, Долинка кенті)",
          [f.long_person, f.mother], FACILITY)
    return GroupListsWindow(ws)


def _my_work(ws, f, _qtbot):
    """My work of the signed-in user: a follow-up and a reassessment of the long-named
    participant, assigned to them, and the placement's follow-up due this week."""
    from centre_desk.ui.my_work.page import MyWorkPage
    run = f.run  # the administrator's: a read-only user's page shows it too
    case = run(cases.get_case, f.long_case)
    fields = {name: getattr(case, name) for name in CaseInput.__dataclass_fields__}
    mine = ws.actor.role is not Role.READ_ONLY  # a viewer carries no cases
    fields.update(next_follow_up=TODAY - dt.timedelta(days=2),
                  specialist_ids=(ws.actor.user_id,) if mine else ())
    run(cases.update_case, f.long_case, CaseInput(**fields))
    page = MyWorkPage(ws)
    page.reload()  # shown filled at once (at sign-in it fills once painted)
    return page


Opener = Callable[[Workspace, types.SimpleNamespace, object], QWidget]


def _returnee_with_a_daughter(ws, f):
    """A returnee's case with a daughter in the children's register, long names."""
    from centre_desk.domain.enums import Schooling
    from centre_desk.domain.family import Relation
    from centre_desk.services import family, returnees
    run = f.run  # the administrator's: a read-only user's window shows it too
    ids = run(cases.register_participant, PersonInput(
        surname="Жұмабайқызы-Сәрсенбаева", given_name="Әйгерім", patronymic="Қайратқызы",
        sex=Sex.FEMALE, birth_date=dt.date(1994, 5, 2)), CaseInput(
        category=CaseCategory.RETURNEE, referral_source="Операция «Жусан», 2019 жыл"))
    girl = run(persons.create_person, PersonInput(
        surname="Жұмабайқызы-Сәрсенбаева", given_name="Айшабибі", sex=Sex.FEMALE,
        birth_date=dt.date(2016, 3, 8)))
    run(family.link_relative, ids.person_id, girl, Relation.CHILD)
    run(returnees.register_child, ids.case_id, girl, returnees.ChildRecord(
        schooling=Schooling.SCHOOL, school="Шахтинск қаласының №12 жалпы білім беретін мектебі",
        health_check_on=TODAY - dt.timedelta(days=20), health_result="Дені сау, тіс емдеу керек",
        psychologist_sessions=7, last_session_on=TODAY - dt.timedelta(days=3), notes=LONG_NOTE))
    return ids.case_id


def _children_register(ws, f, _qtbot):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    file = ParticipantFileDialog(ws, case_id=_returnee_with_a_daughter(ws, f))
    file.tabs.setCurrentWidget(file.returnee_children)
    return file


def _child_record(ws, f, _qtbot):
    from centre_desk.services import returnees
    from centre_desk.ui.participants.file_returnees import ChildRecordDialog
    case_id = _returnee_with_a_daughter(ws, f)
    return ChildRecordDialog(ws, case_id, f.run(returnees.children_register, case_id)[0])


def _requested_by_another(ws, f):
    from centre_desk.services import approvals
    from tests.approving import second_supervisor
    Workspace(ws.database, second_supervisor(ws.database)).run(
        approvals.request_outcome, f.long_case, Stage.CLOSED, TODAY, LONG_NOTE)


def _file_pending_approval(ws, f, _qtbot):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    _requested_by_another(ws, f)
    return ParticipantFileDialog(ws, case_id=f.long_case)


def _approvals(ws, f, _qtbot):
    from centre_desk.ui.participants.approvals import ApprovalsDialog
    _requested_by_another(ws, f)
    return ApprovalsDialog(ws)


def _outcome_requested(ws, f, _qtbot):
    from centre_desk.ui.participants.file_stage import ChangeStageDialog
    dialog = ChangeStageDialog(ws, f.long_case, Stage.RENOUNCED, True)
    dialog.stage.set_value(Stage.REHABILITATED)
    return dialog


def _placement_window(ws, f, _qtbot):
    from centre_desk.ui.placements.dialog import PlacementDialog
    return PlacementDialog(ws, f.placement)


def _placement_form(ws, f, _qtbot):
    from centre_desk.ui.placements.form import PlacementFormDialog
    return PlacementFormDialog(ws)


def _placement_edit(ws, f, _qtbot):
    from centre_desk.ui.placements.form import PlacementFormDialog
    details = f.run(placements.placement_details, f.placement)
    return PlacementFormDialog(ws, details.placement)


def _status_change(ws, f, _qtbot):
    from centre_desk.ui.placements.steps import StatusChangeDialog
    details = f.run(placements.placement_details, f.placement)
    return StatusChangeDialog(ws, f.placement, details.next_statuses,
                              details.placement.status_since)


def _schedule_follow_up(ws, f, _qtbot):
    from centre_desk.ui.placements.steps import ScheduleFollowUpDialog
    return ScheduleFollowUpDialog(ws, f.placement, TODAY)


def _follow_up_done(ws, f, _qtbot):
    from centre_desk.ui.placements.steps import FollowUpDoneDialog
    details = f.run(placements.placement_details, f.placement)
    return FollowUpDoneDialog(ws, details.follow_ups[0].id)


def _partner_directory(ws, f, _qtbot):
    from centre_desk.ui.placements.partner_directory import PartnerDirectoryDialog
    return PartnerDirectoryDialog(ws)


def _organisation_form(ws, f, _qtbot):
    from centre_desk.ui.placements.partner_directory import OrganisationFormDialog
    return OrganisationFormDialog(ws, f.run(organisations.get_organisation, f.partner))


def _club_member(ws, f, _qtbot):
    from centre_desk.ui.club.member import ClubMemberDialog
    return ClubMemberDialog(ws, f.membership)


def _join_club(ws, f, _qtbot):
    from centre_desk.ui.club.membership import JoinClubDialog
    return JoinClubDialog(ws)


def _membership(ws, f, _qtbot):
    from centre_desk.ui.club.membership import MembershipDialog
    history = f.run(club.member_history, f.long_person)
    return MembershipDialog(ws, history.memberships[0])


def _leave_club(ws, f, _qtbot):
    from centre_desk.ui.club.membership import LeaveClubDialog
    person = f.run(persons.get_person, f.long_person)
    return LeaveClubDialog(ws, f.membership, person.full_name)


def _event(ws, f, qtbot):
    from centre_desk.ui.events.dialog import ChildEventDialog
    return ChildEventDialog(ws, f.event, open_files(qtbot, ws))


def _registered_children(ws, f, qtbot):
    from centre_desk.ui.events.children import RegisteredChildrenDialog
    return RegisteredChildrenDialog(ws, open_files(qtbot, ws))


def _registration(ws, f, _qtbot):
    from centre_desk.ui.events.forms import RegistrationDialog
    return RegistrationDialog(ws, f.event)


def _consent(ws, f, _qtbot):
    from centre_desk.ui.events.forms import ConsentDialog
    return ConsentDialog(ws, f.run(children_events.event_registrations, f.event)[0])


def _course_form(ws, f, _qtbot):
    from centre_desk.ui.courses.form import CourseFormDialog
    return CourseFormDialog(ws, f.run(courses.get_course, f.course))


def _new_course(ws, f, _qtbot):
    from centre_desk.ui.courses.form import CourseFormDialog
    return CourseFormDialog(ws)


def _enrolment_status(ws, f, _qtbot):
    from centre_desk.ui.courses.form import EnrolmentStatusDialog
    return EnrolmentStatusDialog(ws, f.run(courses.enrolments, f.course)[0])


def _add_lesson(ws, f, _qtbot):
    from centre_desk.ui.courses.form import AddLessonDialog
    return AddLessonDialog(ws, f.course)


def _course_window(ws, f, _qtbot):
    from centre_desk.ui.courses.view import CourseWindow
    return CourseWindow(ws, f.course)


def _activity(ws, f, _qtbot):
    from centre_desk.ui.activities.dialog import ActivityDialog
    return ActivityDialog(ws, Programme.MOTHERS_CLUB)


def _meeting(ws, f, _qtbot):
    from centre_desk.ui.activities.dialog import ActivityDialog
    return ActivityDialog(ws, Programme.MOTHERS_CLUB, f.meeting)


def _new_partner(ws, f, _qtbot):
    from centre_desk.ui.placements.partner_directory import OrganisationFormDialog
    return OrganisationFormDialog(ws)


def _new_file(ws, f, _qtbot):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    return ParticipantFileDialog(ws)


def _person_only_file(ws, f, _qtbot):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    return ParticipantFileDialog(ws, person_id=f.grandmother)


def _picker_with_results(ws, f, _qtbot):
    dialog = _person_picker(ws, f, _qtbot)
    dialog.picker.search_edit().setText("Ахмет")
    dialog.picker.search_now()
    assert dialog.picker.results().rowCount() > 0
    return dialog


def _participant_file(ws, f, _qtbot):
    from centre_desk.ui.participants.file_window import ParticipantFileDialog
    return ParticipantFileDialog(ws, case_id=f.long_case)


def _link_relative(ws, f, _qtbot):
    from centre_desk.ui.participants.file_family import LinkRelativeDialog
    return LinkRelativeDialog(ws, f.run(persons.get_person, f.long_person))


def _change_stage(ws, f, _qtbot):
    from centre_desk.ui.participants.file_stage import ChangeStageDialog
    return ChangeStageDialog(ws, f.long_case, Stage.INTAKE, True)


def _log_intervention(ws, f, _qtbot):
    from centre_desk.ui.participants.file_intervention import LogInterventionDialog
    return LogInterventionDialog(ws, f.run(persons.get_person, f.long_person),
                                 [FACILITY, "ИК-5 (Атырау облысы)"], FACILITY)


def _print_files(ws, f, _qtbot):
    from centre_desk.ui.participants.print_dialog import PrintFilesDialog
    return PrintFilesDialog(ws, person_ids=[f.long_person, f.mother])


def _person_picker(ws, f, _qtbot):
    from centre_desk.ui.toolkit.person_picker import PersonPickerDialog
    return PersonPickerDialog(ws, "Выбор участника", "Фамилия и имя или начало ИИН:")


def _export(ws, f, _qtbot):
    from centre_desk.ui.sync.exporting import ExportDialog
    return ExportDialog(ws)


def _import(ws, f, _qtbot):
    from centre_desk.ui.sync.importing import ImportDialog
    return ImportDialog(ws)


def _peers(ws, f, _qtbot):
    from centre_desk.ui.sync.peers import PeersWindow
    return PeersWindow(ws)


def _conflicts(ws, f, _qtbot):
    from centre_desk.ui.sync.conflicts import ConflictReviewWindow
    return ConflictReviewWindow(ws)


def _rows_behind(ws, f, _qtbot):
    from centre_desk.ui.statistics.rows import RowsBehindDialog
    report = f.run(statistics.half_year_report)
    return RowsBehindDialog(ws, report.scope, report.figures[0])


def _user_guide(ws, f, _qtbot):
    from centre_desk.ui.shell.guide import UserGuideWindow
    return UserGuideWindow()


def _statistics(ws, f, _qtbot):
    from centre_desk.ui.statistics.view import StatisticsView
    return StatisticsView(ws)


def _audit_trail(ws, f, qtbot):
    from centre_desk.ui.audit.window import AuditTrailWindow
    window = AuditTrailWindow(ws)
    qtbot.waitUntil(lambda: not window.is_checking())
    return window


def _staff(ws, f, _qtbot):
    from centre_desk.ui.admin.staff import StaffWindow
    return StaffWindow(ws)


def _staff_dialog(name):
    def opener(ws, f, _qtbot):
        from centre_desk.services import staff
        from centre_desk.ui.admin.staff import AccountDialog
        from centre_desk.ui.admin.staff import AreasDialog
        from centre_desk.ui.admin.staff import ResetDialog
        from centre_desk.ui.admin.staff import RoleDialog
        if name == "AccountDialog":
            return AccountDialog(ws)
        dialog = {"RoleDialog": RoleDialog, "AreasDialog": AreasDialog}.get(name, ResetDialog)
        return dialog(ws, ws.run(staff.list_staff)[0])
    return opener


def _backups(ws, f, _qtbot):
    from centre_desk.ui.admin.backups import BackupsWindow
    return BackupsWindow(ws)


def _password(current):
    def opener(ws, f, _qtbot):
        from centre_desk.ui.admin.password import PasswordDialog
        return PasswordDialog(ws, current=current)
    return opener


def edit_conflicts(f) -> list:
    """What a participant file's save met after another desk saved the same fields: a
    long note, a facility and the specialists (services.concurrency)."""
    from centre_desk.services.concurrency import FieldConflict
    at = dt.datetime(2026, 3, 4, 9, 41)
    return [FieldConflict("case_file", f.long_case, field, mine, theirs, "", who, at)
            for field, mine, theirs, who in (
                ("facility", FACILITY, "ИК-5 (Атырау облысы)", "Сәрсенова-Нұрмағанбетова Ә."),
                ("notes", LONG_NOTE, LONG_NOTE[:120] + " Келісім алынды.", "aigerim"),
                ("next_follow_up", TODAY, TODAY + dt.timedelta(days=14), None))]


def _edit_conflict(ws, f, _qtbot):
    from centre_desk.ui.toolkit.edit_conflicts import EditConflictDialog
    names = {"facility": "Учреждение", "notes": "Ескертпелер", "next_follow_up": "Келесі кездесу"}
    return EditConflictDialog(edit_conflicts(f), lambda c: names[c.field])


def _assessment(ws, f, _qtbot):
    from centre_desk.services import assessments
    from centre_desk.ui.participants.assessment_dialog import AssessmentDialog
    f.run(assessments.record_assessment, f.long_case, assessments.AssessmentInput(
        TODAY - dt.timedelta(days=200), (assessments.ScoreInput("views", "rejects_others", 2),),
        RiskLevel.HIGH, LONG_NOTE))
    return AssessmentDialog(ws, f.long_case)


def _instrument(ws, f, _qtbot):
    from centre_desk.ui.admin.instrument import InstrumentDialog
    return InstrumentDialog(ws)


def _import_wizard(page):
    def opener(ws, f, qtbot):
        from centre_desk.ui.spreadsheet_import.wizard import ImportWizard
        from tests.gui.test_spreadsheet_import_screens import wizard_at
        wizard = wizard_at(ws, qtbot, page)
        assert isinstance(wizard, ImportWizard)
        return wizard
    return opener


def _imports(ws, f, qtbot):
    from centre_desk.ui.spreadsheet_import.batches import ImportsWindow
    from tests.gui.test_spreadsheet_import_screens import imports_window
    window = imports_window(ws, qtbot)
    assert isinstance(window, ImportsWindow)
    return window


# Every window and dialog of centre_desk/ui (`grep -rn "^class " centre_desk/ui`), some in
# more than one state; the main window is in test_screen_fit.py.
WINDOWS: dict[str, Opener] = {
    "placement window": _placement_window,
    "new placement": _placement_form,
    "placement corrected": _placement_edit,
    "placement status": _status_change,
    "follow-up planned": _schedule_follow_up,
    "follow-up done": _follow_up_done,
    "partner directory": _partner_directory,
    "partner form": _organisation_form,
    "new partner": _new_partner,
    "club member": _club_member,
    "joining the club": _join_club,
    "membership corrected": _membership,
    "leaving the club": _leave_club,
    "children's event": _event,
    "registered children": _registered_children,
    "event registration": _registration,
    "event consent": _consent,
    "new course": _new_course,
    "course corrected": _course_form,
    "enrolment status": _enrolment_status,
    "lesson added": _add_lesson,
    "course window": _course_window,
    "activity": _activity,
    "club meeting held": _meeting,
    "participant file": _participant_file,
    "new participant file": _new_file,
    "file of a person without a case": _person_only_file,
    "relative linked": _link_relative,
    "stage changed": _change_stage,
    "intervention logged": _log_intervention,
    "new assessment": _assessment,
    "assessment instrument": _instrument,
    "files printed": _print_files,
    "person picker": _person_picker,
    "person picker, found": _picker_with_results,
    "sync export": _export,
    "sync import": _import,
    "sync peers": _peers,
    "sync conflicts": _conflicts,
    "rows behind a figure": _rows_behind,
    "statistics": _statistics,
    "audit trail": _audit_trail,
    "user guide": _user_guide,
    "staff accounts": _staff,
    "new staff account": _staff_dialog("AccountDialog"),
    "staff role": _staff_dialog("RoleDialog"),
    "staff works in": _staff_dialog("AreasDialog"),
    "staff password reset": _staff_dialog("ResetDialog"),
    "change password": _password(None),
    "one-time password replaced": _password("Алғашқы құпиясөз"),
    "backups": _backups,
    "spreadsheet import, the file": _import_wizard("file"),
    "spreadsheet import, columns": _import_wizard("columns"),
    "spreadsheet import, preview": _import_wizard("preview"),
    "spreadsheet import, report": _import_wizard("report"),
    "imports": _imports,
    "outcome requested": _outcome_requested,
    "file with an outcome pending approval": _file_pending_approval,
    "approvals waiting": _approvals,
    "returnee's children's register": _children_register,
    "child in the register": _child_record,
    "same fields saved at another desk": _edit_conflict,
    "week plan": _week_plan,  # issue 19
    "new plan": _new_plan,  # issue 19: the plan editor and its small windows
    "plan changed from a date": _plan_changed,
    "session cancelled": _plan_session("CancelSessionDialog"),
    "session moved": _plan_session("MoveSessionDialog"),
    "holiday": _plan_session("HolidayDialog"),
    "plan ended": _plan_session("EndPlanDialog"),
    "group lists": _group_lists,
    "my work": _my_work,  # issue 19: the first tab, here on its own
}


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_window_fits_a_1366_by_768_screen(qtbot, db, admin, centre, translations,
                                                monkeypatch, language, name):
    translations.apply(language)
    window = WINDOWS[name](Workspace(db, admin), centre, qtbot)
    qtbot.addWidget(window)
    if hasattr(window, "ask_unsaved"):  # closing at the end asks nothing
        monkeypatch.setattr(window, "ask_unsaved", lambda *_: "discard", raising=False)
    window.show()
    qtbot.waitExposed(window)
    _fits_the_screen(qtbot, window)


SUPERVISORS_ONLY = {"statistics", "rows behind a figure", "sync export", "sync import",
                    "sync peers", "sync conflicts", "staff accounts", "new staff account",
                    "staff role", "staff works in", "staff password reset", "audit trail",
                    "spreadsheet import, the file", "spreadsheet import, columns",
                    "spreadsheet import, preview", "spreadsheet import, report", "imports"}
"""Windows a read-only user is not offered."""
SUPERVISORS_ONLY |= {"approvals waiting", "child in the register"}  # issue 18


@pytest.mark.parametrize("name", [name for name in WINDOWS if name not in SUPERVISORS_ONLY])
def test_every_window_fits_for_a_read_only_user_in_kazakh(qtbot, db, make_user, centre,
                                                          translations, name):
    """As a viewer sees it: what may not be changed disabled or hidden, an IIN, address
    and phone withheld (Kazakh, whose words run longest)."""
    translations.apply("kk")
    window = WINDOWS[name](Workspace(db, make_user(Role.READ_ONLY)), centre, qtbot)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _fits_the_screen(qtbot, window)


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_the_first_run_and_sign_in_windows_fit_a_1366_by_768_screen(
        qtbot, paths, installed, translations, language):
    from centre_desk.config import Settings
    from centre_desk.ui.shell.first_run import FirstRunDialog
    from centre_desk.ui.shell.login import LoginDialog
    from centre_desk.ui.shell.startup import Startup

    translations.apply(language)
    settings = Settings.load(installed)
    on_a_server = FirstRunDialog(paths, translations)  # the server's address shown too
    on_a_server._storage.choose_server()
    for window in (FirstRunDialog(paths, translations), on_a_server,
                   LoginDialog(Startup(installed, settings), settings)):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        _fits_the_screen(qtbot, window)


REMEMBERING = ["placement window", "partner directory", "club member", "children's event",
               "registered children", "relative linked", "sync export", "sync import",
               "sync peers", "sync conflicts"]


@pytest.mark.parametrize("name", REMEMBERING)
def test_a_window_opens_as_it_was_last_closed_within_the_screen(qtbot, db, admin, centre,
                                                               monkeypatch, name):
    # The offscreen screen is 800 × 800; the office's is 1366 × 768, less the taskbar.
    monkeypatch.setattr(window_memory, "room", lambda _window: OPENING)
    def opened() -> QWidget:
        window = WINDOWS[name](Workspace(db, admin), centre, qtbot)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    first = opened()
    default = first.size()
    assert default.width() <= OPENING.width() and default.height() <= OPENING.height()
    smaller = default.shrunkBy(QMargins(0, 0, 60, 40)).expandedTo(first.minimumSize())
    first.resize(smaller)
    first.close()
    second = opened()
    assert second.size() == smaller and not second.isMaximized()
    second.showMaximized()
    second.close()
    assert opened().isMaximized()
    # A size from a larger monitor opens within this one, less the taskbar.
    third = opened()
    third.showNormal()
    third.resize(3000, 2000)
    third.close()
    fourth = opened()
    assert fourth.size() == OPENING
    assert_fits(fourth)


def test_every_window_class_of_the_program_is_opened_here():
    """A new window or dialog is added to ``WINDOWS`` (the base classes of others, such
    as StepDialog, are opened through them; the main window, first run and sign-in are
    opened by the tests above and in test_screen_fit.py)."""
    import importlib
    import inspect
    import pkgutil
    import re

    from PySide6.QtWidgets import QDialog, QMainWindow

    import centre_desk.ui

    found = set()
    for module in pkgutil.walk_packages(centre_desk.ui.__path__, "centre_desk.ui."):
        loaded = importlib.import_module(module.name)
        found |= {cls for _name, cls in inspect.getmembers(loaded, inspect.isclass)
                  if cls.__module__ == loaded.__name__
                  and issubclass(cls, (QDialog, QMainWindow))}
    bases = {base for cls in found for base in cls.__mro__[1:]}
    windows = {cls.__name__ for cls in found - bases}
    opened = {"MainWindow", "FirstRunDialog", "LoginDialog"}
    for opener in WINDOWS.values():
        opened |= set(re.findall(r"import (\w+)", inspect.getsource(opener)))
    assert not windows - opened, f"not opened by test_every_window: {windows - opened}"
