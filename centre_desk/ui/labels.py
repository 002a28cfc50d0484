"""Words for the domain's codes and dates, in the language the user chose.

Each function spells every member of its enum as one literal so pyside6-lupdate
extracts them all; the words are looked up on every call, so a language switch
shows at the next repaint.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from centre_desk.domain.enums import (
    ActivityKind, CaseCategory, CourseGroup, EnrolmentStatus, OrganisationKind, PlacementKind,
    PlacementStatus, Programme, RelationshipKind, RiskLevel, Role, Sex, Stage)


def stage(value: Stage | None) -> str:
    """A participant's stage."""
    if value is None:
        return ""
    return {
        Stage.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        Stage.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        Stage.RENOUNCED: QCoreApplication.translate("Labels", "Renounced radical views"),
        Stage.REHABILITATED: QCoreApplication.translate("Labels", "Rehabilitated"),
        Stage.RELAPSED: QCoreApplication.translate("Labels", "Relapsed"),
        Stage.CLOSED: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def case_category(value: CaseCategory | None) -> str:
    """Why a person has a case file."""
    if value is None:
        return ""
    return {
        CaseCategory.INMATE: QCoreApplication.translate("Labels", "Inmate"),
        CaseCategory.EX_CONVICT: QCoreApplication.translate("Labels", "Ex-convict"),
        CaseCategory.AT_RISK: QCoreApplication.translate("Labels", "At-risk citizen"),
    }[value]


def risk_level(value: RiskLevel | None) -> str:
    """The assessed risk."""
    if value is None:
        return ""
    return {
        RiskLevel.LOW: QCoreApplication.translate("Labels", "Low risk"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Labels", "Medium risk"),
        RiskLevel.HIGH: QCoreApplication.translate("Labels", "High risk"),
    }[value]


def placement_kind(value: PlacementKind | None) -> str:
    """The help a placement gives."""
    if value is None:
        return ""
    return {
        PlacementKind.JOB: QCoreApplication.translate("Labels", "Job"),
        PlacementKind.HOUSING: QCoreApplication.translate("Labels", "Housing"),
        PlacementKind.NURSERY: QCoreApplication.translate("Labels", "Nursery place"),
    }[value]


def placement_status(value: PlacementStatus | None) -> str:
    """Where a placement stands."""
    if value is None:
        return ""
    return {
        PlacementStatus.REQUESTED: QCoreApplication.translate("Labels", "Requested"),
        PlacementStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        PlacementStatus.PLACED: QCoreApplication.translate("Labels", "Placed"),
        PlacementStatus.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        PlacementStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
    }[value]


def course_group(value: CourseGroup | None) -> str:
    """Whom a course is for."""
    if value is None:
        return ""
    return {
        CourseGroup.MEN: QCoreApplication.translate("Labels", "Men"),
        CourseGroup.WOMEN: QCoreApplication.translate("Labels", "Women"),
    }[value]


def enrolment_status(value: EnrolmentStatus | None) -> str:
    """A student's standing in a course."""
    if value is None:
        return ""
    return {
        EnrolmentStatus.ENROLLED: QCoreApplication.translate("Labels", "Enrolled"),
        EnrolmentStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        EnrolmentStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped out"),
    }[value]


def activity_kind(value: ActivityKind | None) -> str:
    """What was held."""
    if value is None:
        return ""
    return {
        ActivityKind.INDIVIDUAL_CONSULTATION:
            QCoreApplication.translate("Labels", "Individual consultation"),
        ActivityKind.GROUP_TRAINING: QCoreApplication.translate("Labels", "Group training"),
        ActivityKind.THEOLOGICAL_LECTURE:
            QCoreApplication.translate("Labels", "Theological lecture"),
        ActivityKind.CONVERSATION: QCoreApplication.translate("Labels", "Conversation"),
        ActivityKind.CLUB_GROUP_SESSION:
            QCoreApplication.translate("Labels", "Club group session"),
        ActivityKind.CLUB_ONE_ON_ONE:
            QCoreApplication.translate("Labels", "Club one-to-one session"),
        ActivityKind.ATHLETIC_EVENT: QCoreApplication.translate("Labels", "Athletic event"),
        ActivityKind.CHILDREN_EVENT: QCoreApplication.translate("Labels", "Children's event"),
        ActivityKind.COURSE_LESSON: QCoreApplication.translate("Labels", "Course lesson"),
    }[value]


def programme(value: Programme | None) -> str:
    """One of the centre's programmes."""
    if value is None:
        return ""
    return {
        Programme.CASE_WORK: QCoreApplication.translate("Labels", "Case work"),
        Programme.MOTHERS_CLUB: QCoreApplication.translate("Labels", "Mothers' club"),
        Programme.CHILDREN_EVENTS: QCoreApplication.translate("Labels", "Children's events"),
        Programme.ARABIC_COURSES: QCoreApplication.translate("Labels", "Arabic courses"),
    }[value]


def role(value: Role | None) -> str:
    """What a user may do."""
    if value is None:
        return ""
    return {
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "Administrator"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.SPECIALIST: QCoreApplication.translate("Labels", "Specialist"),
        Role.READ_ONLY: QCoreApplication.translate("Labels", "Read only"),
    }[value]


def sex(value: Sex | None) -> str:
    """A person's sex."""
    if value is None:
        return ""
    return {
        Sex.MALE: QCoreApplication.translate("Labels", "Male"),
        Sex.FEMALE: QCoreApplication.translate("Labels", "Female"),
    }[value]


def organisation_kind(value: OrganisationKind | None) -> str:
    """What a partner organisation is."""
    if value is None:
        return ""
    return {
        OrganisationKind.EMPLOYER: QCoreApplication.translate("Labels", "Employer"),
        OrganisationKind.HOUSING: QCoreApplication.translate("Labels", "Housing provider"),
        OrganisationKind.NURSERY: QCoreApplication.translate("Labels", "Nursery"),
        OrganisationKind.NGO: QCoreApplication.translate("Labels", "Non-governmental organisation"),
    }[value]


def relationship_kind(value: RelationshipKind | None) -> str:
    """How one person is related to another ("parent of ...")."""
    if value is None:
        return ""
    return {
        RelationshipKind.PARENT: QCoreApplication.translate("Labels", "Parent"),
        RelationshipKind.SPOUSE: QCoreApplication.translate("Labels", "Spouse"),
        RelationshipKind.GUARDIAN: QCoreApplication.translate("Labels", "Guardian"),
    }[value]


_BY_ENUM: dict[type[enum.Enum], Callable[[object], str]] = {
    Stage: stage, CaseCategory: case_category, RiskLevel: risk_level,
    PlacementKind: placement_kind, PlacementStatus: placement_status,
    CourseGroup: course_group, EnrolmentStatus: enrolment_status,
    ActivityKind: activity_kind, Programme: programme, Role: role, Sex: sex,
    OrganisationKind: organisation_kind, RelationshipKind: relationship_kind,
}

LABELLED_ENUMS = tuple(_BY_ENUM)
"""Every enum this module has words for."""


def label(value: enum.Enum | None) -> str:
    """The word for any labelled code; blank for None."""
    if value is None:
        return ""
    return _BY_ENUM[type(value)](value)


def date_text(value: dt.date | None) -> str:
    """A date the way Kazakh and Russian paperwork writes it: 05.03.2024."""
    return value.strftime("%d.%m.%Y") if value is not None else ""


def number_text(value: int | None) -> str:
    """A whole number, blank for None."""
    return "" if value is None else str(value)
