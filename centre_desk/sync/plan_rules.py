"""What a plan's or an occurrence's row from a package must be (validation.VALUE_RULES):
a peer's plan is checked as this site's own is when saved (services.plans)."""

from __future__ import annotations

from centre_desk.domain.plans import DAY_MINUTES, LONGEST_SESSION

PLAN_RULES: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {
    "plan": (
        (("weekdays",), "{weekdays} = '' OR {weekdays} GLOB '*[^1-7]*'", "weekdays"),
        (("start_minute",), f"{{start_minute}} NOT BETWEEN 0 AND {DAY_MINUTES - 1}",
         "start time"),
        (("duration_minutes",), f"{{duration_minutes}} NOT BETWEEN 1 AND {LONGEST_SESSION}",
         "duration"),
        (("start_on", "end_on"), "{end_on} IS NOT NULL AND {end_on} < {start_on}",
         "ends before it starts")),
    "plan_exception": (
        (("moved_minute",), f"{{moved_minute}} NOT BETWEEN 0 AND {DAY_MINUTES - 1}",
         "start time"),),
}
"""Checks of a plan's values against each other, by table (see validation.VALUE_RULES)."""
