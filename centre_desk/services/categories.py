"""A case's category over time, as the figures read it.

A case's category can change (an inmate released becomes an ex-convict); each change
is kept with its day (``CategoryChange``). The category a case had on a day is:

1. the category it was changed to by the last change on or before that day;
2. else, when every change came later, the category the first of them changed from;
3. else (no change recorded) the case's category now.

So a past period's figure does not move when a person's category changes later.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import CaseCategory
from centre_desk.store.models import Case, CategoryChange


def note_change(session: Session, case: Case, to: CaseCategory, on: dt.date) -> None:
    """Keep a change of ``case``'s category on day ``on`` (call before setting it)."""
    if case.category != to:
        session.add(CategoryChange(case_id=case.id, from_category=case.category,
                                   to_category=to, changed_on=on))


def category_on(case_id, category, day) -> ColumnElement:
    """SQL for the category the case ``case_id`` (whose category now is ``category``)
    had on ``day``: columns of the query it goes in, or values."""
    live = (CategoryChange.case_id == case_id, CategoryChange.deleted_at.is_(None))
    last_before = (select(CategoryChange.to_category).where(*live,
                                                            CategoryChange.changed_on <= day)
                   .order_by(CategoryChange.changed_on.desc(), CategoryChange.hlc.desc())
                   .limit(1).correlate_except(CategoryChange).scalar_subquery())
    first_after = (select(CategoryChange.from_category).where(*live,
                                                              CategoryChange.changed_on > day)
                   .order_by(CategoryChange.changed_on, CategoryChange.hlc)
                   .limit(1).correlate_except(CategoryChange).scalar_subquery())
    return func.coalesce(last_before, first_after, category)
