"""Words for the domain's codes and dates, in the language the user chose.

Every member of every enum is spelled as one literal marked for pyside6-lupdate; the
word is translated on every call, so a language switch shows at the next repaint.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.enums import (
    ActivityKind, ApprovalStatus, CaseCategory, CourseGroup, EnrolmentStatus, OrganisationKind,
    PlacementKind, PlacementStatus, Programme, RelationshipKind, RiskLevel, Role, Schooling, Sex,
    Stage)
from centre_desk.domain.placements import FollowUpState
from centre_desk.domain.family import Relation
from centre_desk.services.redaction import WITHHELD, PrivateText, Withheld
from centre_desk.services.timeline import TimelineKind

# Keyed by enum class first: members of different enums can share a value ("housing").
_WORDS: dict[type[enum.Enum], dict[enum.Enum, str]] = {
    Stage: {  # A participant's stage
        Stage.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
        Stage.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        Stage.RENOUNCED: QT_TRANSLATE_NOOP("Labels", "Renounced radical views"),
        Stage.REHABILITATED: QT_TRANSLATE_NOOP("Labels", "Rehabilitated"),
        Stage.RELAPSED: QT_TRANSLATE_NOOP("Labels", "Relapsed"),
        Stage.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    CaseCategory: {  # Why a person has a case file
        CaseCategory.INMATE: QT_TRANSLATE_NOOP("Labels", "Inmate"),
        CaseCategory.EX_CONVICT: QT_TRANSLATE_NOOP("Labels", "Ex-convict"),
        CaseCategory.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At-risk citizen"),
        CaseCategory.RETURNEE: QT_TRANSLATE_NOOP("Labels", "Returnee from a conflict zone"),
    },
    ApprovalStatus: {  # Where a request for an outcome stands (four eyes)
        ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
        ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
        ApprovalStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
    },
    Schooling: {  # Where a returnee's child learns
        Schooling.UNDER_AGE: QT_TRANSLATE_NOOP("Labels", "Too young for nursery or school"),
        Schooling.NURSERY: QT_TRANSLATE_NOOP("Labels", "Nursery"),
        Schooling.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
        Schooling.NOT_ENROLLED: QT_TRANSLATE_NOOP("Labels", "Not enrolled anywhere"),
    },
    RiskLevel: {  # The assessed risk
        RiskLevel.LOW: QT_TRANSLATE_NOOP("Labels", "Low risk"),
        RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium risk"),
        RiskLevel.HIGH: QT_TRANSLATE_NOOP("Labels", "High risk"),
    },
    PlacementKind: {  # The help a placement gives
        PlacementKind.JOB: QT_TRANSLATE_NOOP("Labels", "Job"),
        PlacementKind.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing"),
        PlacementKind.NURSERY: QT_TRANSLATE_NOOP("Labels", "Nursery place"),
    },
    PlacementStatus: {  # Where a placement stands
        PlacementStatus.REQUESTED: QT_TRANSLATE_NOOP("Labels", "Requested"),
        PlacementStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        PlacementStatus.PLACED: QT_TRANSLATE_NOOP("Labels", "Placed"),
        PlacementStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
        PlacementStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
    },
    CourseGroup: {  # Whom a course is for
        CourseGroup.MEN: QT_TRANSLATE_NOOP("Labels", "Men"),
        CourseGroup.WOMEN: QT_TRANSLATE_NOOP("Labels", "Women"),
    },
    EnrolmentStatus: {  # A student's standing in a course
        EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("Labels", "Enrolled"),
        EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
        EnrolmentStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped out"),
    },
    ActivityKind: {  # What was held
        ActivityKind.INDIVIDUAL_CONSULTATION:
            QT_TRANSLATE_NOOP("Labels", "Individual consultation"),
        ActivityKind.GROUP_TRAINING: QT_TRANSLATE_NOOP("Labels", "Group training"),
        ActivityKind.THEOLOGICAL_LECTURE: QT_TRANSLATE_NOOP("Labels", "Theological lecture"),
        ActivityKind.CONVERSATION: QT_TRANSLATE_NOOP("Labels", "Conversation"),
        ActivityKind.CLUB_GROUP_SESSION: QT_TRANSLATE_NOOP("Labels", "Club group session"),
        ActivityKind.CLUB_ONE_ON_ONE: QT_TRANSLATE_NOOP("Labels", "Club one-to-one session"),
        ActivityKind.ATHLETIC_EVENT: QT_TRANSLATE_NOOP("Labels", "Athletic event"),
        ActivityKind.CHILDREN_EVENT: QT_TRANSLATE_NOOP("Labels", "Children's event"),
        ActivityKind.COURSE_LESSON: QT_TRANSLATE_NOOP("Labels", "Course lesson"),
    },
    Programme: {  # One of the centre's programmes
        Programme.CASE_WORK: QT_TRANSLATE_NOOP("Labels", "Case work"),
        Programme.MOTHERS_CLUB: QT_TRANSLATE_NOOP("Labels", "Mothers' club"),
        Programme.CHILDREN_EVENTS: QT_TRANSLATE_NOOP("Labels", "Children's events"),
        Programme.ARABIC_COURSES: QT_TRANSLATE_NOOP("Labels", "Arabic courses"),
    },
    Role: {  # What a user may do
        Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
        Role.SPECIALIST: QT_TRANSLATE_NOOP("Labels", "Specialist"),
        Role.READ_ONLY: QT_TRANSLATE_NOOP("Labels", "Read only"),
    },
    Sex: {  # A person's sex
        Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
        Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    },
    OrganisationKind: {  # What a partner organisation is
        OrganisationKind.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "Employer"),
        OrganisationKind.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing provider"),
        OrganisationKind.NURSERY: QT_TRANSLATE_NOOP("Labels", "Nursery"),
        OrganisationKind.NGO: QT_TRANSLATE_NOOP("Labels", "Non-governmental organisation"),
    },
    RelationshipKind: {  # How one person is related to another ("parent of ...")
        RelationshipKind.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
        RelationshipKind.SPOUSE: QT_TRANSLATE_NOOP("Labels", "Spouse"),
        RelationshipKind.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Guardian"),
    },
    FollowUpState: {  # Where a follow-up check stands
        FollowUpState.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        FollowUpState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        FollowUpState.DUE: QT_TRANSLATE_NOOP("Labels", "Due"),
        FollowUpState.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    },
    Relation: {  # How a relative is related to the person whose file is open
        Relation.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
        Relation.CHILD: QT_TRANSLATE_NOOP("Labels", "Child"),
        Relation.SPOUSE: QT_TRANSLATE_NOOP("Labels", "Spouse"),
        Relation.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Guardian"),
        Relation.WARD: QT_TRANSLATE_NOOP("Labels", "Ward (under their guardianship)"),
    },
    TimelineKind: {  # What an entry of a participant's timeline records
        TimelineKind.STAGE_CHANGE: QT_TRANSLATE_NOOP("Labels", "Stage change"),
        TimelineKind.INTERVENTION: QT_TRANSLATE_NOOP("Labels", "Intervention"),
        TimelineKind.CLUB_MEETING: QT_TRANSLATE_NOOP("Labels", "Mothers' club meeting"),
        TimelineKind.CHILDREN_EVENT: QT_TRANSLATE_NOOP("Labels", "Children's event"),
        TimelineKind.COURSE_ENROLMENT: QT_TRANSLATE_NOOP("Labels", "Course enrolment"),
        TimelineKind.COURSE_LESSON: QT_TRANSLATE_NOOP("Labels", "Course lesson"),
        TimelineKind.PLACEMENT_STATUS: QT_TRANSLATE_NOOP("Labels", "Placement"),
    },
    Withheld: {  # Stands for an IIN, address or phone the user's role may not see
        WITHHELD: QT_TRANSLATE_NOOP("Labels", "withheld"),
    },
}

LABELLED_ENUMS = tuple(_WORDS)
"""Every enum this module has words for."""


def label(value: enum.Enum | None) -> str:
    """The word for any labelled code; blank for None."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", _WORDS[type(value)][value])


def date_text(value: dt.date | None) -> str:
    """A date the way Kazakh and Russian paperwork writes it: 05.03.2024."""
    return value.strftime("%d.%m.%Y") if value is not None else ""


def number_text(value: int | None) -> str:
    """A whole number, blank for None."""
    return "" if value is None else str(value)


def private_text(value: PrivateText) -> str:
    """An IIN, address or phone as shown: its text, blank, or "withheld" when the user's
    role may not see it (services.redaction)."""
    return label(value) if isinstance(value, Withheld) else value or ""
