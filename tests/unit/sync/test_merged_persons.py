"""Rows naming a person merged away at another site (or here, before they arrived)
land on the survivor after sync, and count in the figures (issue 21, point 2)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from centre_desk.domain.enums import ActivityKind, Programme
from centre_desk.services import duplicates, statistics
from centre_desk.store.models import Activity, Attendance
from tests.unit.sync.sites import Site, create_person

HELD = dt.date(2024, 3, 5)


def _meeting_with(site: Site, person_id: uuid.UUID, note: str | None = None) -> uuid.UUID:
    with site.db.session(site.admin) as session, session.begin():
        meeting = Activity(programme=Programme.CASE_WORK,
                           kind=ActivityKind.INDIVIDUAL_CONSULTATION,
                           held_on=HELD, facility="ИК-5")
        session.add(meeting)
        session.flush()
        session.add(Attendance(activity_id=meeting.id, person_id=person_id, note=note))
        return meeting.id


def _present(site: Site, meeting: uuid.UUID) -> list[uuid.UUID]:
    with site.db.session(site.admin) as session:
        return list(session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == meeting, Attendance.deleted_at.is_(None))))


def _involved(site: Site) -> int:
    scope = statistics.ReportScope(dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    with site.db.session(site.admin) as session:
        report = statistics.half_year_report(session, scope)
    return report.value(statistics.FigureKey.PEOPLE_INVOLVED)


def _merge(site: Site, survivor: uuid.UUID, duplicate: uuid.UUID) -> None:
    with site.db.session(site.admin) as session, session.begin():
        duplicates.merge_persons(session, survivor, duplicate)


def test_an_attendance_for_a_person_merged_at_the_other_site_lands_on_the_survivor(
        two_sites, tmp_path):
    a, b = two_sites
    kept = create_person(a, "Сәрсенов", "Ерлан")
    gone = create_person(a, "Sarsenov", "Erlan")
    b.import_(a.export_to(b, folder=tmp_path, name="1.cdsync"))
    # B records a meeting with the second record; A meanwhile merges it away.
    meeting = _meeting_with(b, gone, note="пришёл сам")
    _merge(a, kept, gone)
    a.import_(b.export_to(a, folder=tmp_path, name="2.cdsync"))
    assert _present(a, meeting) == [kept]
    assert _involved(a) == 1
    # The merge reaches B; B's own attendance follows it there too.
    b.import_(a.export_to(b, folder=tmp_path, name="3.cdsync"))
    assert _present(b, meeting) == [kept]
    assert _involved(b) == 1
    # And nothing more moves when the sites talk again: both hold the same rows.
    a.import_(b.export_to(a, folder=tmp_path, name="4.cdsync"))
    assert _present(a, meeting) == _present(b, meeting) == [kept]


def test_an_attendance_for_both_records_at_one_meeting_leaves_one(two_sites, tmp_path):
    a, b = two_sites
    kept = create_person(a, "Сәрсенов", "Ерлан")
    gone = create_person(a, "Sarsenov", "Erlan")
    b.import_(a.export_to(b, folder=tmp_path, name="1.cdsync"))
    meeting = _meeting_with(b, gone)
    with b.db.session(b.admin) as session, session.begin():
        session.add(Attendance(activity_id=meeting, person_id=kept))
    _merge(a, kept, gone)
    a.import_(b.export_to(a, folder=tmp_path, name="2.cdsync"))
    assert _present(a, meeting) == [kept]
