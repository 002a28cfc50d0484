"""Placements into jobs, homes and nursery places: request, move through the workflow,
follow up, and read one back with its history.

Refusals are ``InvalidInput`` with a code per field and change nothing; the codes
particular to placements carry their namespace (see ``services.errors``):

- ``{"status": "placement.not_allowed"}``: the workflow (domain.placements.ALLOWED)
  forbids it;
- ``{"changed_on": "in_future" | "placement.before_last_change"}``;
- ``{"note": "required"}`` when declining or ending;
- ``{"child": "required" | "placement.not_their_child"}`` for a nursery place; the child
  must be linked to the person by a live relationship "person is PARENT (or GUARDIAN)
  of child": many children of these families live with a guardian, who is the one who
  signs them up;
- ``{"organisation": "placement.wrong_kind" | "required"}``: job → employer or NGO,
  housing → housing provider or NGO, nursery → nursery or NGO; a placed placement
  names one;
- ``{"due_on": "placement.before_request"}``, ``{"follow_up": "placement.already_done"}``
  for follow-ups.
"""

from centre_desk.services.placements.details import (
    PARTNER_CHOICES, ChildView, FollowUpView, PlacementDetails, PlacementFilterChoices,
    PlacementView, StatusChangeView, children_of, placement_details, placement_filter_choices,
    placements_of)
from centre_desk.services.placements.workflow import (
    NOTE_LIMIT, PlacementChanges, PlacementInput, change_status, complete_follow_up,
    delete_placement, request_placement, schedule_follow_up, update_placement)

__all__ = [
    "NOTE_LIMIT", "PARTNER_CHOICES", "ChildView", "FollowUpView", "PlacementChanges",
    "PlacementDetails", "PlacementFilterChoices", "PlacementInput", "PlacementView",
    "StatusChangeView", "change_status", "children_of", "complete_follow_up",
    "delete_placement", "placement_details", "placement_filter_choices", "placements_of",
    "request_placement", "schedule_follow_up", "update_placement",
]
