"""The half-year statistics as JSON for the central office's own tools: codes and
numbers only, so the file reads the same whatever the language of the PC that wrote it.

    write_json(path, report, context, plans)        # complete or not at all

With ``plans`` (services.statistics_plans) the file holds "planned_against_held": per
facility (null: none), per programme and in all, the sessions planned, held, missed, still
to come and cancelled, and the activities held without a plan.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from centre_desk.services.participant_report import PrintContext
from centre_desk.services.statistics import HalfYearReport
from centre_desk.services.statistics_plans import COUNTS, PlanLine, PlansAgainstHeld
from centre_desk.store.atomic import replacing

FORMAT = "centre-desk.half-year-statistics/1"


def _counts(line: PlanLine) -> dict[str, int]:
    return {name: getattr(line, name) for name in COUNTS}


def plans_data(plans: PlansAgainstHeld) -> dict[str, Any]:
    """Planned against held as plain JSON-ready data."""
    return {"by_facility": [{"facility": line.facility, **_counts(line)}
                            for line in plans.by_facility],
            "by_programme": [{"programme": line.programme.value, **_counts(line)}
                             for line in plans.by_programme if line.programme],
            "total": _counts(plans.total)}


def report_data(report: HalfYearReport, context: PrintContext,
                plans: PlansAgainstHeld | None = None) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    scope = report.scope
    extra = {"planned_against_held": plans_data(plans)} if plans is not None else {}
    return {
        "format": FORMAT,
        "centre": context.centre_name,
        "made_by": context.printed_by,
        "made_at": context.printed_at.isoformat(),
        "period": {"from": scope.start.isoformat(), "to": scope.end.isoformat()},
        "facility": scope.facility,
        "region": scope.region,
        "figures": [{"figure": f.key.value, "value": f.value,
                     **({"programme": f.programme.value} if f.programme else {}),
                     **({"placement_kind": f.placement_kind.value}
                        if f.placement_kind else {})}
                    for f in report.figures],
        "charts": {
            "activities_by_month": [
                {"month": f"{m.year:04d}-{m.month:02d}", "programme": m.programme.value,
                 "activities": m.activities} for m in report.activities_by_month],
            "participants_by_stage": {stage.value: count
                                      for stage, count in report.participants_by_stage},
            "placements_by_kind_and_status": [
                {"kind": kind.value, "status": status.value, "placements": count}
                for kind, status, count in report.placements_by_kind_and_status],
        },
        **extra,
    }


def write_json(target: Path | str, report: HalfYearReport, context: PrintContext,
               plans: PlansAgainstHeld | None = None) -> None:
    """Write the report as UTF-8 JSON at ``target``, complete or not at all."""
    with replacing(target) as partial:
        partial.write_text(json.dumps(report_data(report, context, plans),
                                      ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
