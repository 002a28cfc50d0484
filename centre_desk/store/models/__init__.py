"""Every mapped table, imported here so the metadata is complete."""

from centre_desk.store.base import Base
from centre_desk.store.flush_order import order_flushes_by_foreign_keys
from centre_desk.store.models.admin import (
    AuditEvent, AuditHead, Conflict, Credential, Peer, SignInThrottle, Site, User)
from centre_desk.store.models.assessments import (
    Assessment, AssessmentInstrument, AssessmentScore)
from centre_desk.store.models.documents import Document
from centre_desk.store.models.imports import ImportBatch, ImportItem
from centre_desk.store.models.people import (
    Case, CaseSpecialist, CategoryChange, FollowUp, Person, Relationship, StageChange)
from centre_desk.store.models.outcomes import ApprovalRequest, ReturneeChild
from centre_desk.store.models.plans import GroupList, GroupMember, Plan, PlanException
from centre_desk.store.models.placements import Organisation, Placement, PlacementStatusChange
from centre_desk.store.models.programmes import (
    Activity, Attendance, ClubMembership, Course, Enrolment, EventRegistration)
from centre_desk.store.models.sync import (
    FieldStamp, PeerSeenStamp, QuarantinedRow, SeenStamp, SiteKey)

__all__ = [
    "Activity", "ApprovalRequest", "Assessment", "AssessmentInstrument", "AssessmentScore",
    "Attendance", "AuditEvent", "AuditHead", "Case", "CaseSpecialist", "CategoryChange",
    "ClubMembership", "Conflict", "Course", "Credential", "Document", "Enrolment",
    "EventRegistration", "FieldStamp", "FollowUp", "GroupList", "GroupMember",
    "ImportBatch", "ImportItem", "Organisation", "Peer", "PeerSeenStamp", "Person",
    "Placement", "PlacementStatusChange", "Plan", "PlanException", "QuarantinedRow",
    "Relationship", "ReturneeChild", "SeenStamp", "SignInThrottle", "Site", "SiteKey",
    "StageChange", "User",
]

order_flushes_by_foreign_keys(Base.registry)
