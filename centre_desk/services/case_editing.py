"""Correcting a case's specialists, and the value and stamp an editor's check at save
(services.concurrency) reads for them: they live in rows of their own, not in the
case's columns."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from centre_desk.services.concurrency import Current
from centre_desk.store.base import utc_now
from centre_desk.store.models import CaseSpecialist

SPECIALISTS = "specialist_ids"
"""The name the case form, the audit trail and the check at save give the specialists."""


def specialists_of(session: Session,
                   case_id: uuid.UUID) -> tuple[list[CaseSpecialist], Current]:
    """The case's live assignments, and the specialists as the check at save sees
    them: the set of their ids, and the newest stamp of any assignment row of the case
    (made or removed, each moves it)."""
    assigned = session.scalars(select(CaseSpecialist).where(
        CaseSpecialist.case_id == case_id, CaseSpecialist.deleted_at.is_(None))).all()
    stamp = session.scalar(select(func.max(CaseSpecialist.hlc))
                           .where(CaseSpecialist.case_id == case_id)) or ""
    return list(assigned), {SPECIALISTS: (frozenset(a.user_id for a in assigned), stamp)}


def reassign(session: Session, case_id: uuid.UUID, assigned: Iterable[CaseSpecialist],
             specialist_ids: Iterable[uuid.UUID]) -> None:
    """Assign exactly these specialists: assignments kept stay, others are removed by
    tombstone, new ones added."""
    wanted = list(dict.fromkeys(specialist_ids))
    now, kept = utc_now(), set()
    for assignment in assigned:
        if assignment.user_id in wanted and assignment.user_id not in kept:
            kept.add(assignment.user_id)
        else:
            assignment.deleted_at = now
    session.add_all(CaseSpecialist(case_id=case_id, user_id=user_id)
                    for user_id in wanted if user_id not in kept)
