"""A participant's file as it is printed: plain sections, redacted by the printer's role,
and the audit event that says which files were printed or saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import (
    AuditAction, Language, Sex, Stage)
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit, cases, club, courses, family, placements, persons
from centre_desk.services.activities import present_count
from centre_desk.services.assessments import AssessmentHistory, history_of
from centre_desk.services.documents import DocumentView, list_documents
from centre_desk.services.redaction import (  # noqa: F401 - WITHHELD, Withheld: re-exported
    WITHHELD, PrivateText, Withheld, may_see_full_identity, private)
from centre_desk.services.errors import InvalidInput, NotFound
from centre_desk.services.listing import ListQuery, count_participants, participants_page
from centre_desk.services.site import this_site
from centre_desk.services.timeline import TimelineEntry, TimelineKind, person_timeline
from centre_desk.store.models import Activity, Case, Person, User


class Section(enum.StrEnum):
    """The parts of a printed file a user can choose, in the order they print."""

    PERSONAL = "personal"
    CASE = "case"
    ASSESSMENTS = "assessments"
    INTERVENTIONS = "interventions"
    PROGRAMMES = "programmes"
    PLACEMENTS = "placements"
    FAMILY = "family"
    NOTES = "notes"
    DOCUMENTS = "documents"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)


@dataclasses.dataclass(frozen=True)
class PersonalDetails:
    """Who the participant is; ``iin``, ``phone`` and ``address`` may be withheld."""

    surname: str
    given_name: str
    patronymic: str | None
    iin: PrivateText
    sex: Sex | None
    birth_date: dt.date | None
    phone: PrivateText
    address: PrivateText
    region: str | None
    district: str | None
    language: Language | None


@dataclasses.dataclass(frozen=True)
class CaseDetails(cases.CaseFacts):
    """The case file and its stage history, newest step first."""

    stage: Stage
    stage_since: dt.date
    next_follow_up: dt.date | None
    specialists: tuple[str, ...]
    stage_history: tuple[cases.StageChangeView, ...]


@dataclasses.dataclass(frozen=True)
class AttendedActivity(TimelineEntry):
    """An activity the participant came to, as its printed row tells it: with who led it
    (the activity's facilitators) and how many came, so a group session reads as one."""

    led_by: str | None = None
    attended: int = 0


@dataclasses.dataclass(frozen=True)
class ProgrammeRecord:
    """The mothers' club, children's events and Arabic courses on the file."""

    memberships: tuple[club.MembershipView, ...]
    club_meetings: tuple[AttendedActivity, ...]
    children_events: tuple[AttendedActivity, ...]
    courses: tuple[courses.StudentCourse, ...]


@dataclasses.dataclass(frozen=True)
class Notes:
    """Free text kept on the person and on the case."""

    person: str | None
    case: str | None


@dataclasses.dataclass(frozen=True)
class ParticipantReport:
    """One participant's printable file. A section not asked for is None (or empty).

    ``redacted`` says the IIN, address and phone were withheld for the printer's role.
    """

    person_id: uuid.UUID
    case_id: uuid.UUID | None
    full_name: str
    sections: tuple[Section, ...]
    redacted: bool
    personal: PersonalDetails | None = None
    case: CaseDetails | None = None
    interventions: tuple[AttendedActivity, ...] = ()
    programmes: ProgrammeRecord | None = None
    placements: tuple[placements.PlacementView, ...] = ()
    family: tuple[family.RelativeView, ...] = ()
    notes: Notes | None = None
    assessments: AssessmentHistory | None = None
    documents: tuple[DocumentView, ...] = ()
    """The attached documents listed (names, kinds, dates), never their content."""


@dataclasses.dataclass(frozen=True)
class PrintContext:
    """What every printed page names: the centre, who printed it and when (local time)."""

    centre_name: str
    printed_by: str
    printed_at: dt.datetime


# --- reading -----------------------------------------------------------------------------

def may_print_full_file(session: Session) -> bool:
    """Whether this session's user prints IIN, address and phone (else "withheld"):
    the one rule of what they see on screen and export too (services.redaction)."""
    return may_see_full_identity(session)


def print_context(session: Session, now: dt.datetime | None = None) -> PrintContext:
    """The centre's name, the printing user's full name and the time, for page margins."""
    actor = audit.require(session, Permission.VIEW)
    name = session.scalar(select(User.full_name).where(User.id == actor.user_id))
    return PrintContext(this_site(session).centre_name, name or actor.username,
                        now or dt.datetime.now().replace(microsecond=0))


def find_person(session: Session, key: str) -> uuid.UUID:
    """The live person an IIN, a person id or a case id names; NotFound otherwise."""
    audit.require(session, Permission.VIEW)
    key = key.strip()
    if key.isdigit():
        found = session.scalar(select(Person.id).where(Person.iin == key,
                                                       Person.deleted_at.is_(None)))
        if found is None:
            raise NotFound("person", key)
        return found
    try:
        wanted = uuid.UUID(key)
    except ValueError:
        raise InvalidInput({"person": "invalid"}) from None
    found = session.scalar(select(Person.id).where(Person.id == wanted,
                                                   Person.deleted_at.is_(None)))
    if found is None:
        found = session.scalar(select(Case.person_id).join(Person, Person.id == Case.person_id)
                               .where(Case.id == wanted, Case.deleted_at.is_(None),
                                      Person.deleted_at.is_(None)))
    if found is None:
        raise NotFound("person", key)
    return found


def _personal(person: persons.PersonView, full: bool) -> PersonalDetails:
    return PersonalDetails(
        surname=person.surname, given_name=person.given_name, patronymic=person.patronymic,
        iin=private(person.iin, full), sex=person.sex, birth_date=person.birth_date,
        phone=private(person.phone, full), address=private(person.address, full),
        region=person.region, district=person.district, language=person.language)


def _case(session: Session, case: cases.CaseView) -> CaseDetails:
    names = session.scalars(select(User.full_name).where(User.id.in_(case.specialist_ids))
                            .order_by(User.full_name)) if case.specialist_ids else ()
    return CaseDetails(
        **case.facts(), stage=case.stage, stage_since=case.stage_since,
        next_follow_up=case.next_follow_up, specialists=tuple(names),
        stage_history=cases.stage_history(session, case.id))


def _of_kind(entries: tuple[AttendedActivity, ...],
             kind: TimelineKind) -> tuple[AttendedActivity, ...]:
    return tuple(entry for entry in entries if entry.kind is kind)


_ACTIVITY_KINDS = frozenset({TimelineKind.INTERVENTION, TimelineKind.CLUB_MEETING,
                             TimelineKind.CHILDREN_EVENT})
"""The timeline's activities the printed file lists (lessons are counted per course)."""


def _attended(session: Session, entries: tuple[TimelineEntry, ...],
              ) -> tuple[AttendedActivity, ...]:
    """The timeline's activities, each with its leader and head count (one query)."""
    wanted = [entry for entry in entries if entry.kind in _ACTIVITY_KINDS]
    facts = {row.id: row for row in session.execute(
        select(Activity.id, Activity.facilitators, present_count().label("attended"))
        .where(Activity.id.in_({entry.source_id for entry in wanted})))} if wanted else {}
    fields = [field.name for field in dataclasses.fields(TimelineEntry)]
    return tuple(AttendedActivity(**{name: getattr(entry, name) for name in fields},
                                  led_by=facts[entry.source_id].facilitators,
                                  attended=facts[entry.source_id].attended)
                 for entry in wanted if entry.source_id in facts)


def participant_report(session: Session, person_id: uuid.UUID,
                       sections: tuple[Section, ...] | frozenset[Section] = ALL_SECTIONS,
                       ) -> ParticipantReport:
    """One person's file, the chosen sections only, redacted unless the user's role may
    print the full file. Reads a dozen indexed queries; records nothing (the caller
    records the print once the file is out, with :func:`record_print`)."""
    full = may_print_full_file(session)
    wanted = tuple(s for s in ALL_SECTIONS if s in set(sections))
    person = persons.get_person(session, person_id)
    case_id = cases.case_for_person(session, person_id)
    case = cases.get_case(session, case_id) if case_id is not None else None
    parts: dict[str, object] = {}
    if Section.PERSONAL in wanted:
        parts["personal"] = _personal(person, full)
    if Section.CASE in wanted and case is not None:
        parts["case"] = _case(session, case)
    if Section.ASSESSMENTS in wanted and case is not None:
        parts["assessments"] = history_of(session, case.id, dt.date.today())
    if {Section.INTERVENTIONS, Section.PROGRAMMES} & set(wanted):
        entries = _attended(session, person_timeline(session, person_id))
        if Section.INTERVENTIONS in wanted:
            parts["interventions"] = _of_kind(entries, TimelineKind.INTERVENTION)
        if Section.PROGRAMMES in wanted:
            history = club.member_history(session, person_id)
            parts["programmes"] = ProgrammeRecord(
                memberships=history.memberships,
                club_meetings=_of_kind(entries, TimelineKind.CLUB_MEETING),
                children_events=_of_kind(entries, TimelineKind.CHILDREN_EVENT),
                courses=courses.student_courses(session, person_id))
    if Section.PLACEMENTS in wanted:
        parts["placements"] = tuple(placements.placements_of(session, person_id))
    if Section.FAMILY in wanted:
        parts["family"] = family.family_of(session, person_id)
    if Section.NOTES in wanted:
        parts["notes"] = Notes(person.notes, case.notes if case else None)
    if Section.DOCUMENTS in wanted:
        parts["documents"] = tuple(list_documents(session, person_id))
    return ParticipantReport(person_id=person.id, case_id=case_id, full_name=person.full_name,
                             sections=wanted, redacted=not full, **parts)


def participants_in_list(session: Session, query: ListQuery = ListQuery(),
                         progress=None) -> list[uuid.UUID]:
    """The person of every participant the participants list shows for this search,
    filter and order, in that order; read page by page as the list itself does."""
    audit.require(session, Permission.VIEW)
    total = count_participants(session, query.text, query.filter)
    found: list[uuid.UUID] = []
    after = None
    while True:
        page = participants_page(session, query, after, 1000)
        found += [row.person_id for row in page.rows]
        if progress is not None:
            progress(len(found), total)
        if page.next is None:
            return list(dict.fromkeys(found))
        after = page.next


# --- recording ---------------------------------------------------------------------------

class PrintedHow(enum.StrEnum):
    """Where printed files went."""

    PRINTER = "printer"
    PDF = "pdf"
    PREVIEW = "preview"
    """Shown in a print preview, from which it may also be printed."""


def record_print(session: Session, person_ids: list[uuid.UUID] | tuple[uuid.UUID, ...],
                 how: PrintedHow | str, sections: tuple[Section, ...] = ALL_SECTIONS,
                 target: str | None = None) -> None:
    """One audit event naming every participant's file that was printed or saved, how,
    which sections, and whether IIN, address and phone were withheld."""
    full = may_print_full_file(session)
    ids = list(dict.fromkeys(person_ids))
    audit.record(session, AuditAction.PRINTED, "person" if len(ids) == 1 else "person_list",
                 ids[0] if len(ids) == 1 else None, how=str(PrintedHow(how)),
                 persons=[str(i) for i in ids], count=len(ids),
                 sections=[str(s) for s in sections], redacted=not full,
                 target=target)
