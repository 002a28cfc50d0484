"""The programmes a staff member may be said to work in: the centre's programmes, and
placements (finding jobs, housing and nursery places), whose records are placements
rather than activities."""

from __future__ import annotations

from centre_desk.domain.enums import Programme

PLACEMENTS = "placements"
WORK_PROGRAMMES: tuple[str, ...] = (*(p.value for p in Programme), PLACEMENTS)
"""Their keys, in the order lists show them."""
