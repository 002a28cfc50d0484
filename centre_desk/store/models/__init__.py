"""Every mapped table, imported here so the metadata is complete."""

from centre_desk.store.models.admin import (
    AuditEvent, Conflict, Credential, Peer, SignInThrottle, Site, User)
from centre_desk.store.models.people import (
    Case, CaseSpecialist, FollowUp, Person, Relationship, StageChange)
from centre_desk.store.models.placements import Organisation, Placement, PlacementStatusChange
from centre_desk.store.models.programmes import (
    Activity, Attendance, ClubMembership, Course, Enrolment, EventRegistration)

__all__ = [
    "Activity", "Attendance", "AuditEvent", "Case", "CaseSpecialist", "ClubMembership",
    "Conflict", "Course", "Credential", "Enrolment", "EventRegistration", "FollowUp",
    "Organisation", "Peer", "Person", "Placement", "PlacementStatusChange", "Relationship",
    "SignInThrottle", "Site", "StageChange", "User",
]
