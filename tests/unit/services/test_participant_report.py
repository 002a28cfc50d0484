"""A participant's printable file: every section, chosen sections only, redaction by
role, finding a person by IIN or id, and the audit event of a print."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, Role, Stage
from centre_desk.domain.family import Relation
from centre_desk.services import audit
from centre_desk.services import participant_report as report
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.listing import ListQuery, ParticipantFilter
from centre_desk.services.participant_report import WITHHELD, PrintedHow, Section
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from tests import printing_data
from tests.printing_data import ADDRESS, IIN, PHONE


@pytest.fixture
def printed(run):
    return printing_data.register(run)


def test_a_full_file_holds_every_section(run, printed):
    file = run(report.participant_report, printed.person_id)

    assert file.full_name == printing_data.NAME
    assert file.sections == report.ALL_SECTIONS and not file.redacted
    assert (file.personal.iin, file.personal.phone, file.personal.address) == (
        IIN, PHONE, ADDRESS)
    assert file.case.stage is Stage.ACTIVE
    assert [s.to_stage for s in file.case.stage_history] == [Stage.ACTIVE, Stage.INTAKE]
    assert [e.note for e in file.interventions] == ["Лекция о семье"]
    assert [m.reason for m in file.programmes.memberships] == ["Муж в местах лишения свободы"]
    assert [c.course_title for c in file.programmes.courses] == ["Араб тілі — бастауыш"]
    assert [(p.organisation_name, p.notes) for p in file.placements] == [("ТОО «Өрлеу»",
                                                                         "Швея")]
    assert [(r.full_name, r.relation) for r in file.family] == [("Сұлтанбеков Нұрлан",
                                                                 Relation.CHILD)]
    assert (file.notes.person, file.notes.case) == ("Ана тілі — қазақ тілі",
                                                    "Регулярно посещает занятия")


def test_only_the_chosen_sections_are_read(run, printed):
    file = run(report.participant_report, printed.person_id, (Section.FAMILY, Section.PERSONAL))

    assert file.sections == (Section.PERSONAL, Section.FAMILY)  # always in print order
    assert file.personal is not None and len(file.family) == 1
    assert file.case is None and file.programmes is None and file.notes is None
    assert file.interventions == () and file.placements == ()


def test_without_the_full_file_permission_iin_phone_and_address_are_withheld(
        db, run, printed, make_user):
    file = Workspace(db, make_user(Role.READ_ONLY)).run(report.participant_report,
                                                        printed.person_id)

    assert file.redacted
    assert (file.personal.iin, file.personal.phone, file.personal.address) == (
        WITHHELD, WITHHELD, WITHHELD)
    assert file.personal.surname == "Сұлтанбекова"  # the rest is the same file
    assert IIN not in repr(file) and PHONE not in repr(file) and ADDRESS not in repr(file)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.SPECIALIST])
def test_a_role_that_edits_the_person_prints_the_full_file(db, printed, make_user, role):
    # A specialist types the IIN, address and phone and sees them on screen: the
    # printed file shows what the screen does (services.redaction).
    file = Workspace(db, make_user(role)).run(report.participant_report, printed.person_id)
    assert not file.redacted and file.personal.iin == IIN


def test_a_person_is_found_by_iin_person_id_or_case_id(run, printed):
    assert run(report.find_person, IIN) == printed.person_id
    assert run(report.find_person, str(printed.person_id)) == printed.person_id
    assert run(report.find_person, f" {printed.case_id} ") == printed.person_id
    with pytest.raises(NotFound):
        run(report.find_person, "000000000000")
    with pytest.raises(NotFound):
        run(report.find_person, str(uuid.uuid4()))
    with pytest.raises(InvalidInput):
        run(report.find_person, "Сұлтанбекова")


def test_the_participants_of_a_list_follow_its_filter_and_order(run, printed):
    everyone = run(report.participants_in_list, ListQuery())
    inmates = run(report.participants_in_list,
                  ListQuery(filter=ParticipantFilter(facility="ИК-5")))

    assert everyone == [printed.other_id, printed.person_id]  # Ахметов before Сұлтанбекова
    assert inmates == [printed.other_id]


def _print_events(db):
    with db.session() as session:
        return session.scalars(select(AuditEvent).where(
            AuditEvent.action == AuditAction.PRINTED)).all()


def test_a_print_is_one_audit_event_listing_the_files(db, run, printed):
    run(report.record_print, [printed.person_id, printed.other_id, printed.person_id],
        PrintedHow.PDF, (Section.PERSONAL,), "/tmp/files.pdf")

    [event] = _print_events(db)
    detail = json.loads(event.detail)
    assert event.username == "admin" and event.entity == "person_list"
    assert detail["persons"] == [str(printed.person_id), str(printed.other_id)]
    assert detail["count"] == 2 and detail["how"] == "pdf" and detail["redacted"] is False
    assert detail["sections"] == ["personal"] and detail["target"] == "/tmp/files.pdf"


def test_a_read_only_print_is_recorded_as_redacted(db, printed, make_user):
    viewer = make_user(Role.READ_ONLY)
    Workspace(db, viewer).run(report.record_print, [printed.person_id], PrintedHow.PRINTER)

    [event] = _print_events(db)
    assert (event.username, event.entity, event.entity_id) == (
        "read_only", "person", str(printed.person_id))
    assert json.loads(event.detail)["redacted"] is True


def test_the_print_context_names_the_centre_and_the_user(run):
    context = run(report.print_context)
    assert (context.centre_name, context.printed_by) == ("Центр «Ақниет»", "Әлия Сәрсенова")


def test_the_site_itself_prints_the_full_file_and_is_audited_as_the_site(db, printed):
    """What the command line does without --as-user: no account is named."""
    site = Workspace(db, audit.site_actor())
    file = site.run(report.participant_report, printed.person_id)
    assert not file.redacted and file.personal.iin == IIN
    assert site.run(report.print_context).printed_by == audit.SITE_USERNAME
    site.run(report.record_print, [printed.person_id], PrintedHow.PDF, target="file.pdf")

    [event] = _print_events(db)
    assert (event.user_id, event.username) == (None, audit.SITE_USERNAME)
    assert json.loads(event.detail)["redacted"] is False
