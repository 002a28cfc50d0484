"""The completion certificate: an A4 PDF in the student's own language, written whole or
not at all, and its printing recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from sqlalchemy import select

from centre_desk.domain.enums import AuditAction, CourseGroup, EnrolmentStatus, Language, Sex
from centre_desk.reports.certificate import save_certificate
from centre_desk.services import courses, persons
from centre_desk.services.courses import CourseInput
from centre_desk.services.errors import InvalidInput
from centre_desk.services.persons import PersonInput
from centre_desk.services.workspace import Workspace
from centre_desk.store.models import AuditEvent
from tests.unit.services.test_placements import snapshot

TODAY = dt.date(2024, 11, 20)


def _student(workspace, surname, given, patronymic, sex, language):
    return workspace.run(persons.create_person, PersonInput(
        surname=surname, given_name=given, patronymic=patronymic, sex=sex,
        birth_date=dt.date(1994, 4, 4), language=language))


def _completed(workspace, person_id, group, complete=True):
    course_id = workspace.run(courses.create_course, CourseInput(
        title="Араб жазуы — бастауыш", group=group, starts_on=dt.date(2024, 2, 1),
        ends_on=dt.date(2024, 6, 30), capacity=12, level="A1", teacher="Нұрланова Айгүл"))
    enrolment = workspace.run(courses.enrol, course_id, person_id, dt.date(2024, 1, 25),
                              today=TODAY)
    if complete:
        workspace.run(courses.set_enrolment_status, enrolment, EnrolmentStatus.COMPLETED,
                      dt.date(2024, 6, 30), today=TODAY)
    return enrolment


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _printed(db, enrolment):
    with db.session() as session:
        return session.scalars(select(AuditEvent).where(
            AuditEvent.entity_id == str(enrolment), AuditEvent.action == AuditAction.PRINTED)).all()


@pytest.fixture
def workspace(db, admin) -> Workspace:
    return Workspace(db, admin)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the printouts (tmp_path also holds the database)."""
    folder = tmp_path / "printouts"
    folder.mkdir()
    return folder


def test_a_kazakh_students_certificate_is_an_a4_pdf_in_kazakh_with_her_name(
        qapp, db, workspace, out):
    student = _student(workspace, "Нұрланова", "Әлия", "Қасымқызы", Sex.FEMALE,
                       Language.KAZAKH)
    enrolment = _completed(workspace, student, CourseGroup.WOMEN)
    pdf = out / "certificate.pdf"

    assert save_certificate(workspace, enrolment, pdf) is Language.KAZAKH

    text = _text(pdf)
    assert "Нұрланова Әлия Қасымқызы" in text
    assert "КУӘЛІК" in text and "Берілген күні: 30.06.2024" in text
    assert "«Араб жазуы — бастауыш»" in text and "Нұрланова Айгүл" in text
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M) and "(A4)" in info
    assert len(_printed(db, enrolment)) == 1


def test_a_russian_speaking_man_gets_the_russian_text_in_the_masculine(
        qapp, workspace, out):
    student = _student(workspace, "Жумабаев", "Нурлан", None, Sex.MALE, Language.RUSSIAN)
    enrolment = _completed(workspace, student, CourseGroup.MEN)
    pdf = out / "certificate.pdf"
    save_certificate(workspace, enrolment, pdf)
    text = " ".join(_text(pdf).split())
    assert "СВИДЕТЕЛЬСТВО" in text and "Жумабаев Нурлан" in text
    assert "он окончил курс арабской грамоты" in text


def test_without_a_recorded_language_the_certificate_speaks_the_given_fallback(
        qapp, workspace, out):
    student = _student(workspace, "Smith", "Anna", None, Sex.FEMALE, None)
    enrolment = _completed(workspace, student, CourseGroup.WOMEN)
    pdf = out / "certificate.pdf"
    assert save_certificate(workspace, enrolment, pdf, fallback=Language.ENGLISH) \
        is Language.ENGLISH
    assert "CERTIFICATE" in _text(pdf) and "Smith Anna" in _text(pdf)


def test_no_certificate_before_completion_and_nothing_written_or_recorded(
        qapp, db, workspace, out):
    student = _student(workspace, "Касымова", "Жанар", None, Sex.FEMALE, Language.KAZAKH)
    enrolment = _completed(workspace, student, CourseGroup.WOMEN, complete=False)
    before = snapshot(db)
    with pytest.raises(InvalidInput) as refusal:
        save_certificate(workspace, enrolment, out / "certificate.pdf")
    assert refusal.value.problems == {"enrolment": "course.not_completed"}
    assert list(out.iterdir()) == [] and snapshot(db) == before


def test_a_certificate_that_cannot_be_written_records_no_printing(
        qapp, db, workspace, out):
    student = _student(workspace, "Касымова", "Жанар", None, Sex.FEMALE, Language.KAZAKH)
    enrolment = _completed(workspace, student, CourseGroup.WOMEN)
    with pytest.raises(OSError):
        save_certificate(workspace, enrolment, out / "no such folder" / "c.pdf")
    assert _printed(db, enrolment) == []


def test_printing_again_replaces_the_old_file_whole(qapp, workspace, out):
    student = _student(workspace, "Нұрланова", "Әлия", "Қасымқызы", Sex.FEMALE,
                       Language.KAZAKH)
    enrolment = _completed(workspace, student, CourseGroup.WOMEN)
    pdf = out / "certificate.pdf"
    pdf.write_text("an older, unrelated file")
    save_certificate(workspace, enrolment, pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and "Әлия" in _text(pdf)
    assert [p.name for p in out.iterdir()] == ["certificate.pdf"]
