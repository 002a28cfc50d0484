"""Risk-and-needs assessments of a case: record one against the site's instrument, read a
case's history with its latest scores, trend and next date, and find overdue cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.assessments import (
    NOTE_LIMIT, DomainKind, add_months, percent)
from centre_desk.domain.enums import AuditAction, RiskLevel, Stage
from centre_desk.domain.permissions import Permission
from centre_desk.services import audit
from centre_desk.services.assessment_instrument import stored_instrument
from centre_desk.services.errors import InvalidInput
from centre_desk.services.records import clean, live_row
from centre_desk.store.models import Assessment, AssessmentScore, Case, User

EARLIEST = dt.date(1990, 1, 1)
"""No assessment is dated before the centres' records begin."""


@dataclasses.dataclass(frozen=True)
class ScoreInput:
    """One item scored: its domain and item codes in the site's instrument."""

    domain_code: str
    item_code: str
    score: int
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class AssessmentInput:
    """What the "New assessment" dialog supplies; ``next_due_on`` None means the site's
    rule (the assessment's day plus the instrument's months)."""

    assessed_on: dt.date
    scores: tuple[ScoreInput, ...]
    risk_level: RiskLevel | None = None
    notes: str | None = None
    next_due_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class ItemScore:
    """An item as it was worded and scored."""

    domain_code: str
    item_text: str
    score: int
    scale_max: int
    note: str | None


@dataclasses.dataclass(frozen=True)
class DomainScore:
    """A domain's total in one assessment; ``percent`` of its top, for the trend."""

    code: str
    kind: DomainKind
    name: str
    total: int
    maximum: int
    percent: int | None


@dataclasses.dataclass(frozen=True)
class AssessmentView:
    """One stored assessment."""

    id: uuid.UUID
    assessed_on: dt.date
    risk_level: RiskLevel | None
    next_due_on: dt.date
    notes: str | None
    assessed_by_name: str | None
    domains: tuple[DomainScore, ...]
    items: tuple[ItemScore, ...]


@dataclasses.dataclass(frozen=True)
class TrendPoint:
    """A domain's percent on an assessment's day."""

    assessed_on: dt.date
    percent: int


@dataclasses.dataclass(frozen=True)
class DomainTrend:
    """One line of the trend chart."""

    code: str
    kind: DomainKind
    name: str
    points: tuple[TrendPoint, ...]


@dataclasses.dataclass(frozen=True)
class AssessmentHistory:
    """A case's assessments, newest first, with what the file shows at the top."""

    assessments: tuple[AssessmentView, ...]
    next_due_on: dt.date | None
    """The latest assessment's next date; None when the case has none (due at intake)."""
    overdue: bool
    trend: tuple[DomainTrend, ...]

    @property
    def latest(self) -> AssessmentView | None:
        return self.assessments[0] if self.assessments else None


# --- recording ----------------------------------------------------------------------

def _check(session: Session, data: AssessmentInput, today: dt.date):
    instrument = stored_instrument(session)
    problems: dict[str, str] = {}
    if not isinstance(data.assessed_on, dt.date):
        problems["assessed_on"] = "required"
    elif data.assessed_on > today:
        problems["assessed_on"] = "in_future"
    elif data.assessed_on < EARLIEST:
        problems["assessed_on"] = "too_early"
    if data.risk_level is not None and data.risk_level not in set(RiskLevel):
        problems["risk_level"] = "invalid"
    notes = clean(data.notes)
    if notes and len(notes) > NOTE_LIMIT:
        problems["notes"] = "too_long"
    due = data.next_due_on
    if due is None and "assessed_on" not in problems:
        due = add_months(data.assessed_on, instrument.reassess_months)
    elif due is not None and "assessed_on" not in problems and due <= data.assessed_on:
        problems["next_due_on"] = "before_start"
    rows, seen = [], set()
    for n, given in enumerate(data.scores):
        domain = instrument.domain(given.domain_code)
        item = next((i for i in domain.items if i.code == given.item_code), None) \
            if domain else None
        where = f"scores.{n}"
        if item is None or (given.domain_code, given.item_code) in seen:
            problems[where] = "invalid"
            continue
        seen.add((given.domain_code, given.item_code))
        if isinstance(given.score, bool) or not isinstance(given.score, int) \
                or not 0 <= given.score <= item.scale_max:
            problems[where] = "out_of_range"
            continue
        note = clean(given.note)
        if note and len(note) > NOTE_LIMIT:
            problems[where] = "too_long"
            continue
        position = [d.code for d in instrument.domains].index(domain.code) * 1000 + \
            domain.items.index(item)
        rows.append(dict(domain_code=domain.code, domain_kind=domain.kind,
                         domain_name=domain.name, item_code=item.code, item_text=item.text,
                         position=position, score=given.score, scale_max=item.scale_max,
                         note=note))
    if not rows and data.risk_level is None and not problems:
        problems["scores"] = "required"
    if problems:
        raise InvalidInput(problems)
    return notes, due, rows


def record_assessment(session: Session, case_id: uuid.UUID, data: AssessmentInput,
                      today: dt.date | None = None) -> uuid.UUID:
    """Record a dated assessment of a case; the case's risk level follows the latest
    assessment that names one. InvalidInput names every problem; nothing is saved."""
    actor = audit.require(session, Permission.EDIT)
    case = live_row(session, Case, case_id, "case")
    notes, due, rows = _check(session, data, today or dt.date.today())
    assessment = Assessment(case_id=case.id, assessed_on=data.assessed_on,
                            assessed_by=actor.user_id, risk_level=data.risk_level,
                            next_due_on=due, notes=notes)
    session.add(assessment)
    session.flush()
    session.add_all(AssessmentScore(assessment_id=assessment.id, **row) for row in rows)
    _follow_latest(session, case)
    audit.record(session, AuditAction.CREATED, "assessment", assessment.id,
                 case=str(case.id), assessed_on=data.assessed_on,
                 risk_level=data.risk_level, next_due_on=due,
                 scores={f"{r['domain_code']}.{r['item_code']}": r["score"] for r in rows})
    return assessment.id


def _follow_latest(session: Session, case: Case) -> None:
    """The case's risk level as the latest live assessment naming one says (kept as it
    is when none does)."""
    session.flush()
    level = session.scalar(
        select(Assessment.risk_level).where(Assessment.case_id == case.id,
                                            Assessment.deleted_at.is_(None),
                                            Assessment.risk_level.is_not(None))
        .order_by(Assessment.assessed_on.desc(), Assessment.next_due_on.desc(),
                  Assessment.created_at.desc()).limit(1))
    if level is not None and case.risk_level != level:
        case.risk_level = level


def delete_assessment(session: Session, assessment_id: uuid.UUID) -> None:
    """Delete an assessment recorded in error, with its scores, by tombstone."""
    audit.require(session, Permission.MERGE_AND_CLOSE)
    assessment = live_row(session, Assessment, assessment_id, "assessment")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assessment.deleted_at = now
    for score in session.scalars(select(AssessmentScore).where(
            AssessmentScore.assessment_id == assessment.id,
            AssessmentScore.deleted_at.is_(None))):
        score.deleted_at = now
    session.flush()
    case = session.get(Case, assessment.case_id)
    if case is not None and case.deleted_at is None:
        _follow_latest(session, case)
    audit.record(session, AuditAction.DELETED, "assessment", assessment.id,
                 case=str(assessment.case_id), assessed_on=assessment.assessed_on)


# --- reading ------------------------------------------------------------------------

def latest_due_on() -> ColumnElement:
    """In a query over cases: the next date of the case's latest live assessment."""
    return (select(Assessment.next_due_on)
            .where(Assessment.case_id == Case.id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.assessed_on.desc(), Assessment.next_due_on.desc())
            .limit(1).correlate(Case).scalar_subquery())


def reassessment_overdue(today: dt.date) -> ColumnElement[bool]:
    """In a query over cases: an open case whose next assessment is before today; a case
    never assessed was due at its intake."""
    return (Case.stage != Stage.CLOSED) & (func.coalesce(latest_due_on(), EARLIEST) < today)


def assessment_history(session: Session, case_id: uuid.UUID,
                       today: dt.date | None = None) -> AssessmentHistory:
    """Every live assessment of a case, newest first, with the trend by domain."""
    audit.require(session, Permission.VIEW)
    return history_of(session, case_id, today or dt.date.today())


def history_of(session: Session, case_id: uuid.UUID, today: dt.date) -> AssessmentHistory:
    """The same, for services that checked their own permission (the printed file)."""
    assessments = session.execute(
        select(Assessment, User.full_name).outerjoin(User, User.id == Assessment.assessed_by)
        .where(Assessment.case_id == case_id, Assessment.deleted_at.is_(None))
        .order_by(Assessment.assessed_on.desc(), Assessment.next_due_on.desc(),
                  Assessment.created_at.desc())).all()
    ids = [row.Assessment.id for row in assessments]
    scores: dict[uuid.UUID, list[AssessmentScore]] = {i: [] for i in ids}
    for score in session.scalars(select(AssessmentScore).where(
            AssessmentScore.assessment_id.in_(ids), AssessmentScore.deleted_at.is_(None))
            .order_by(AssessmentScore.position)):
        scores[score.assessment_id].append(score)
    views = tuple(_view(row.Assessment, row.full_name, scores[row.Assessment.id])
                  for row in assessments)
    due = views[0].next_due_on if views else None
    stage = session.scalar(select(Case.stage).where(Case.id == case_id))
    overdue = stage is not Stage.CLOSED and (due is None or due < today)
    return AssessmentHistory(views, due, overdue, _trend(views))


def _view(row: Assessment, assessor: str | None, scores: list[AssessmentScore]
          ) -> AssessmentView:
    domains: dict[str, DomainScore] = {}
    for s in scores:
        d = domains.get(s.domain_code)
        total = (d.total if d else 0) + s.score
        maximum = (d.maximum if d else 0) + s.scale_max
        domains[s.domain_code] = DomainScore(s.domain_code, s.domain_kind, s.domain_name,
                                             total, maximum, percent(total, maximum))
    items = tuple(ItemScore(s.domain_code, s.item_text, s.score, s.scale_max, s.note)
                  for s in scores)
    return AssessmentView(row.id, row.assessed_on, row.risk_level, row.next_due_on, row.notes,
                          assessor, tuple(domains.values()), items)


def _trend(views: tuple[AssessmentView, ...]) -> tuple[DomainTrend, ...]:
    lines: dict[str, DomainTrend] = {}
    for view in reversed(views):  # oldest first
        for d in view.domains:
            if d.percent is None:
                continue
            line = lines.get(d.code) or DomainTrend(d.code, d.kind, d.name, ())
            lines[d.code] = dataclasses.replace(
                line, name=d.name, points=line.points + (TrendPoint(view.assessed_on,
                                                                    d.percent),))
    return tuple(lines.values())
