"""The workbook's reading (statistics_all_rows.workbook_rows: the period's activities and
people involved read once, with a programme and a facility for each activity and the
activities of each programme for each person) holds, for every figure, the rows
``rows_behind`` gives it alone, in the same order."""

from __future__ import annotations

import pytest

from centre_desk.domain.enums import Programme
from centre_desk.services import statistics
from centre_desk.services.statistics import FigureKey as F, ReportScope
from centre_desk.services.statistics_all_rows import ROWS_OF_THEIR_OWN, workbook_rows
from centre_desk.services.statistics_rows import rows_behind
from centre_desk.services.workspace import Workspace
from tests.unit.services.test_statistics import ALMATY, COLONY, END, HALF_YEAR, START, centre

__all__ = ["centre"]  # the fixture, shared with test_statistics


def _behind(rows, figure) -> list[tuple]:
    """The rows of the workbook's reading that stand behind ``figure``, as
    (day, programme, kind, title, facility or place, present) for activities and
    (name, born, region, last came on, activities attended) for people."""
    if figure.key in (F.ACTIVITIES_HELD, F.FACILITY_MEETINGS):
        return [(on, programme, kind, title, facility or place, present)
                for on, programme, kind, title, facility, place, present in rows.activities
                if figure.programme in (None, programme)
                and (figure.key is F.ACTIVITIES_HELD or facility is not None)]
    if figure.programme is None:
        return [row[:5] for row in rows.people]
    column = list(Programme).index(figure.programme)
    return [(name, born, region, None, of[column])
            for name, born, region, _on, _count, of in rows.people if of[column] is not None]


def _alone(line) -> tuple:
    if hasattr(line, "held_on"):
        return (line.held_on, line.programme, line.kind, line.title, line.place, line.present)
    return (line.full_name, line.birth_date, line.region, line.on, line.activities)


@pytest.mark.parametrize("scope", [HALF_YEAR, ReportScope(START, END, facility=COLONY),
                                   ReportScope(START, END, region=ALMATY)])
def test_the_rows_behind_every_figure_at_once_are_those_of_each_figure(db, admin, centre,
                                                                       scope):
    run = Workspace(db, admin).run
    figures = run(statistics.half_year_report, scope).figures
    rows = run(workbook_rows, scope, figures)
    assert list(rows.lines) == [f for f in figures if f.key in ROWS_OF_THEIR_OWN]
    for figure in figures:
        alone = run(rows_behind, scope, figure, limit=None)
        if figure.key in ROWS_OF_THEIR_OWN:
            assert rows.lines[figure] == alone, figure
        elif figure.key is F.PEOPLE_INVOLVED and figure.programme is not None:
            # The sheet of people shows the last day over all programmes, not per programme.
            assert _behind(rows, figure) == [(*_alone(line)[:3], None, line.activities)
                                             for line in alone], figure
        else:
            assert _behind(rows, figure) == [_alone(line) for line in alone], figure
        assert len(_behind(rows, figure) if figure.key not in ROWS_OF_THEIR_OWN
                   else rows.lines[figure]) == figure.value, figure
    assert rows.count() == len(rows.activities) + len(rows.people) + sum(
        len(lines) for lines in rows.lines.values())
    assert any(count is not None for row in rows.people for count in row[5])
