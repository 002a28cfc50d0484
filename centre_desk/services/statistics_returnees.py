"""The returnees' figures of the half-year statistics (see services.statistics).

- **Returnees in work**: live persons with a live case of the category "returnee" (on
  the period's last day: services.categories) taken in by the period's end and not
  closed before it began; each person once.
- **Returnees' children in the register**: live children in the children's register
  of those cases (services.returnees); each child once.

A facility narrows to cases naming it; a region to returnees living in it (their
children are counted with them).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import ColumnElement, Select, and_, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import CaseCategory, Stage
from centre_desk.services.categories import category_on
from centre_desk.services.records import is_live_person
from centre_desk.services.statistics import Figure, FigureKey, ReportScope, people_where
from centre_desk.store.models import Case, CategoryChange, ReturneeChild, StageChange


def _intake_on() -> ColumnElement:
    """The day the case was taken in (its first stage change), for the joined Case."""
    return (select(func.min(StageChange.changed_on))
            .where(StageChange.case_id == Case.id, StageChange.from_stage.is_(None),
                   StageChange.deleted_at.is_(None))
            .correlate(Case).scalar_subquery())


def _a_returnee_on(day) -> ColumnElement[bool]:
    """The case (Case in the query) was a returnee's on ``day`` (services.categories).
    Most cases never change category, and theirs is the category of every day: only a
    case in the list of those that did change (read once per statement) has the day
    looked up, rather than every case (a third of the figures' time for returnees)."""
    changed = select(CategoryChange.case_id).where(CategoryChange.deleted_at.is_(None))
    # Wrapped in coalesce() so that SQLite probes the list for each case (as in
    # statistics_where) rather than reading the cases through the list.
    case_id = func.coalesce(Case.id, Case.id)
    return or_(and_(Case.category == CaseCategory.RETURNEE, case_id.not_in(changed)),
               and_(case_id.in_(changed),
                    category_on(Case.id, Case.category, day) == CaseCategory.RETURNEE))


def returnee_cases_where(scope: ReportScope) -> list[ColumnElement[bool]]:
    """Live returnees' cases in work during the period (Case in the query)."""
    wanted = [Case.deleted_at.is_(None), _a_returnee_on(scope.end),
              func.coalesce(_intake_on(), Case.stage_since) <= scope.end,
              or_(Case.stage != Stage.CLOSED, Case.stage_since >= scope.start),
              *people_where(dataclasses.replace(scope, facility=None), Case.person_id)]
    if scope.facility is not None:
        wanted.append(Case.facility == scope.facility)
    return wanted


def _children_of_case() -> ColumnElement:
    return (select(func.count(func.distinct(ReturneeChild.person_id)))
            .where(ReturneeChild.case_id == Case.id, ReturneeChild.deleted_at.is_(None),
                   is_live_person(ReturneeChild.person_id))
            .correlate(Case).scalar_subquery())


def returnees(scope: ReportScope) -> Select:
    """(person, day taken in, nothing, children in the register) of the returnees."""
    return (select(Case.person_id.label("person_id"),
                   func.min(func.coalesce(_intake_on(), Case.stage_since)).label("on"),
                   literal(None).label("detail"),
                   func.sum(_children_of_case()).label("activities"))
            .where(*returnee_cases_where(scope)).group_by(Case.person_id))


def returnee_children(scope: ReportScope) -> Select:
    """(child, last health check, school) of the children in the register."""
    return (select(ReturneeChild.person_id.label("person_id"),
                   func.max(ReturneeChild.health_check_on).label("on"),
                   func.max(ReturneeChild.school).label("detail"))
            .join(Case, and_(Case.id == ReturneeChild.case_id))
            .where(ReturneeChild.deleted_at.is_(None),
                   is_live_person(ReturneeChild.person_id), *returnee_cases_where(scope))
            .group_by(ReturneeChild.person_id))


def figures(session: Session, scope: ReportScope) -> list[Figure]:
    """The two figures' lines, in the report's order: how many persons ``returnees`` and
    ``returnee_children`` list, counted in one pass over the returnees' cases with their
    children joined (the lists' days, schools and counts per case unread)."""
    returnee, child = session.execute(
        select(func.count(distinct(Case.person_id)),
               func.count(distinct(ReturneeChild.person_id)))
        .select_from(Case)
        .outerjoin(ReturneeChild, and_(ReturneeChild.case_id == Case.id,
                                       ReturneeChild.deleted_at.is_(None),
                                       is_live_person(ReturneeChild.person_id)))
        .where(*returnee_cases_where(scope))).one()
    return [Figure(FigureKey.RETURNEES, returnee),
            Figure(FigureKey.RETURNEE_CHILDREN, child)]
