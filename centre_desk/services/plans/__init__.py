"""The week's plans: recurring weekly sessions per facility or programme, their single
occurrences (cancelled, moved, held, missed), holidays and saved group lists.

- ``rules``: a plan is a weekly rule (weekdays, start minute, duration, from a date to
  an optional date) with its leader (a staff account) and expected group (a saved group
  list, or, with none, the live cases of its facility). A rule changed from a date
  onward splits the plan (``change_plan_from``): the past stays as it was planned.
- ``week``: ``occurrences(start, end, facility=None, leader=None, unplanned=True)``
  reads a period in at most five queries, the activities held without a plan among
  them (held, ``plan_id`` None, no time); ``cancel_occurrence``, ``move_occurrence``,
  ``add_holiday``;
  ``group_members`` lists who is on a saved group list;
  ``hold_occurrence`` turns an occurrence into an activity with its expected group
  ticked, in one step (then it shows as held; a past one without an activity as missed).

Refusals are ``InvalidInput`` and change nothing: ``{"weekdays" | "title": "required"}``
(a children's event needs a title),
``{"start_minute" | "duration_minutes" | "moved_minute": "invalid"}``, ``{"end_on":
"before_start"}``, ``{"kind": "not_for_programme"}``, ``{"leader_id" | "group_id" |
"course_id": "unknown"}``, ``{"title" | "facility" | "place" | "notes" | "reason":
"too_long"}``, ``{"start_on": "after_plan_end"}``, ``{"occurs_on": "not_planned" |
"cancelled" | "in_future" | "already_held"}``, ``{"name": "required"}``, ``{"members":
"unknown_person"}``, ``{"end": "before_start"}``.
"""

from centre_desk.domain.plans import OccurrenceStatus, week_of
from centre_desk.services.plans.rules import (
    GroupView, PlanInput, PlanView, change_plan_from, create_group, create_plan, delete_plan,
    end_plan, facilities, get_plan, groups, leaders, plans, set_group_members)
from centre_desk.services.plans.week import (
    ExpectedMember, Occurrence, add_holiday, cancel_occurrence, expected_group,
    group_members, hold_occurrence, move_occurrence, occurrences)

__all__ = [
    "ExpectedMember", "GroupView", "Occurrence", "OccurrenceStatus", "PlanInput", "PlanView",
    "add_holiday", "cancel_occurrence", "change_plan_from", "create_group", "create_plan",
    "delete_plan", "end_plan", "expected_group", "facilities", "get_plan", "group_members",
    "groups",
    "hold_occurrence", "leaders",
    "move_occurrence", "occurrences", "plans", "set_group_members", "week_of",
]
