"""One activity and attendance core for every programme: anything held on a date, who
was expected, who came, and the "activities held, unique people involved" statistics.

The mothers' club, children's events, Arabic courses and case work all store their
sessions, events, lessons and interventions here; ``club``, ``children_events`` and
``courses`` add what is particular to each (members, registrations, enrolments).

Who a checklist expects depends on the programme (``expected_people``):

- mothers' club: members whose membership covers the activity's date; anyone else
  (a guest, a former member) may still be marked present;
- children's events: the registered children; a child whose guardian's consent has
  no date yet cannot be marked present;
- Arabic courses: the course's students, dropped-out ones excepted;
- case work: nobody in advance; any live person may be marked present.

Refusals are ``InvalidInput`` (field → code) and change nothing. The codes are plain,
shared by every programme: each window words them its programme's way (the GUI's
ui/toolkit/messages.py has "event.no_consent", "course.not_expected",
"attendance.not_held_yet"…).


- ``{"programme": "invalid" | "cannot_change"}``, ``{"kind": "invalid" |
  "not_for_programme"}`` (see KINDS), ``{"held_on": "required" | "outside_course" |
  "in_future_with_attendance"}``, ``{"title": "required" | "too_long"}`` (children's
  events need a title), ``{"course_id": "required" | "unknown" | "not_for_kind" |
  "cannot_change"}``, ``{"place" | "facility" | "facilitators" | "notes": "too_long"}``;
- ``{"activity": "has_attendance" | "has_registrations"}`` from ``delete_activity``
  without ``confirmed=True``;
- ``AttendanceRefused`` (an InvalidInput naming the persons) from ``set_attendance``:
  ``{"attendance": "unknown_person" | "not_expected" | "no_consent" | "not_held_yet" |
  "age.not_an_adult"}`` (case work, the club and the courses are for adults);
- ``{"end": "before_start"}`` for a statistics period that ends before it starts.
"""

from centre_desk.services.activities.attendance import (
    ADULT_PROGRAMMES, CHECKED_LISTS, NO_CONSENT, NOT_EXPECTED, AttendanceChange, AttendanceRefused,
    ExpectedPerson, expected_people, set_attendance, set_present)
from centre_desk.services.activities.core import (
    KINDS, TEXT_LIMITS, TITLE_REQUIRED, ActivityInput, ActivitySummary, ActivityView,
    PersonActivity, activities_of, create_activity, delete_activity, get_activity, kinds_for,
    live_activity, normalise, person_activities, present_count, store_activity,
    tombstone_activities, update_activity)
from centre_desk.services.activities.figures import (
    ProgrammeStatistics, programme_statistics, statistics_by_programme)

__all__ = [
    "ADULT_PROGRAMMES", "CHECKED_LISTS", "KINDS", "NOT_EXPECTED", "NO_CONSENT", "TEXT_LIMITS",
    "TITLE_REQUIRED",
    "ActivityInput", "ActivitySummary", "ActivityView", "AttendanceChange",
    "AttendanceRefused", "ExpectedPerson", "PersonActivity", "ProgrammeStatistics",
    "activities_of", "create_activity", "delete_activity", "expected_people", "get_activity",
    "kinds_for", "live_activity", "normalise", "person_activities", "present_count",
    "programme_statistics", "set_attendance", "set_present", "statistics_by_programme",
    "store_activity", "tombstone_activities", "update_activity",
]
