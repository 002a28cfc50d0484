"""Codes the centre's records are made of; the UI turns them into words."""

import enum


class Sex(enum.StrEnum):
    """A person's sex as recorded in the IIN and documents."""

    MALE = "male"
    FEMALE = "female"


class Language(enum.StrEnum):
    """Languages the program and its printouts speak."""

    RUSSIAN = "ru"
    KAZAKH = "kk"
    ENGLISH = "en"


class Role(enum.StrEnum):
    """What a signed-in user may do."""

    ADMINISTRATOR = "administrator"
    SUPERVISOR = "supervisor"
    SPECIALIST = "specialist"
    READ_ONLY = "read_only"


class CaseCategory(enum.StrEnum):
    """Why a person has a rehabilitation file."""

    INMATE = "inmate"
    EX_CONVICT = "ex_convict"
    AT_RISK = "at_risk"
    RETURNEE = "returnee"
    """Brought back from a conflict zone (often a mother with children): their
    children are kept in the case's children's register (services.returnees)."""


class Stage(enum.StrEnum):
    """Where a participant stands on the road out of radicalism."""

    INTAKE = "intake"
    ACTIVE = "active"
    RENOUNCED = "renounced"
    REHABILITATED = "rehabilitated"
    RELAPSED = "relapsed"
    CLOSED = "closed"


class ApprovalStatus(enum.StrEnum):
    """Where a request for an outcome (rehabilitated, closed, reopened) stands: it
    waits for a second supervisor, who approves it or returns it with a note."""

    PENDING = "pending"
    APPROVED = "approved"
    RETURNED = "returned"


class Schooling(enum.StrEnum):
    """Where a returnee's child learns (the children's register)."""

    UNDER_AGE = "under_age"
    """Too young for a nursery or school."""
    NURSERY = "nursery"
    SCHOOL = "school"
    NOT_ENROLLED = "not_enrolled"
    """Of an age to learn but in no nursery or school: the centre acts on it."""


class RiskLevel(enum.StrEnum):
    """The specialists' assessment of a participant's risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RelationshipKind(enum.StrEnum):
    """How two persons are related; read as 'person is KIND of relative'."""

    PARENT = "parent"
    SPOUSE = "spouse"
    GUARDIAN = "guardian"


class Programme(enum.StrEnum):
    """The centre's programmes; every activity belongs to one."""

    CASE_WORK = "case_work"
    MOTHERS_CLUB = "mothers_club"
    CHILDREN_EVENTS = "children_events"
    ARABIC_COURSES = "arabic_courses"


class ActivityKind(enum.StrEnum):
    """What was held on a date."""

    INDIVIDUAL_CONSULTATION = "individual_consultation"
    GROUP_TRAINING = "group_training"
    THEOLOGICAL_LECTURE = "theological_lecture"
    CONVERSATION = "conversation"
    CLUB_GROUP_SESSION = "club_group_session"
    CLUB_ONE_ON_ONE = "club_one_on_one"
    ATHLETIC_EVENT = "athletic_event"
    CHILDREN_EVENT = "children_event"
    COURSE_LESSON = "course_lesson"


class CourseGroup(enum.StrEnum):
    """Arabic courses are held separately for men and for women."""

    MEN = "men"
    WOMEN = "women"


class EnrolmentStatus(enum.StrEnum):
    """A student's standing in a course."""

    ENROLLED = "enrolled"
    COMPLETED = "completed"
    DROPPED = "dropped"


class PlacementKind(enum.StrEnum):
    """The help a former participant is given."""

    JOB = "job"
    HOUSING = "housing"
    NURSERY = "nursery"


class PlacementStatus(enum.StrEnum):
    """Where a placement request stands."""

    REQUESTED = "requested"
    IN_PROGRESS = "in_progress"
    PLACED = "placed"
    DECLINED = "declined"
    ENDED = "ended"


class OrganisationKind(enum.StrEnum):
    """Partner organisations the centre works with."""

    EMPLOYER = "employer"
    HOUSING = "housing"
    NURSERY = "nursery"
    NGO = "ngo"


class ConflictStatus(enum.StrEnum):
    """A sync conflict waits for a supervisor, then is decided: here, or elsewhere
    (superseded: a later change of the field, a decision made at another site,
    arrived by sync)."""

    OPEN = "open"
    DECIDED = "decided"
    SUPERSEDED = "superseded"


class AuditAction(enum.StrEnum):
    """What an audit event records."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    VIEWED = "viewed"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGNED_OUT = "signed_out"
    LOCKED = "locked"
    """The program locked itself after the user was away (the idle lock)."""
    UNLOCKED = "unlocked"
    SEEDED = "seeded"
    MERGED = "merged"
