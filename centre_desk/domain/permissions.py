"""What each role may do; services enforce it and the UI disables what is refused."""

import enum

from centre_desk.domain.enums import Role


class Permission(enum.StrEnum):
    """A kind of action a service may refuse."""

    VIEW = "view"
    EDIT = "edit"
    MERGE_AND_CLOSE = "merge_and_close"
    PRINT_FULL_FILE = "print_full_file"
    SEE_FULL_IDENTITY = "see_full_identity"
    """IIN, address and phone in full, on screen, in exports and in print: every role
    that may edit a person, since it types them (services.redaction)."""
    APPROVE_OUTCOMES = "approve_outcomes"
    """Approve or return another user's request for an outcome (four eyes)."""
    REVIEW_CONFLICTS = "review_conflicts"
    MANAGE_USERS = "manage_users"
    MANAGE_PEERS = "manage_peers"
    VIEW_AUDIT_TRAIL = "view_audit_trail"
    """Read the audit trail: who viewed, changed, printed or exported what."""
    CONFIGURE_INSTRUMENT = "configure_instrument"
    """Word the site's assessment instrument: its domains, items, scales and how often
    a case is reassessed (the administrator's, like accounts)."""


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.READ_ONLY: frozenset({Permission.VIEW}),
    Role.SPECIALIST: frozenset({Permission.VIEW, Permission.EDIT, Permission.SEE_FULL_IDENTITY}),
    Role.SUPERVISOR: frozenset({Permission.VIEW, Permission.EDIT, Permission.SEE_FULL_IDENTITY,
                                Permission.MERGE_AND_CLOSE, Permission.APPROVE_OUTCOMES,
                                Permission.PRINT_FULL_FILE, Permission.REVIEW_CONFLICTS,
                                Permission.MANAGE_PEERS, Permission.VIEW_AUDIT_TRAIL}),
    Role.ADMINISTRATOR: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    """Whether a user with this role may do this."""
    return permission in _GRANTS[role]
