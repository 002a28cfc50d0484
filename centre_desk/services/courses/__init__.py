"""Arabic literacy courses: the course, its students (enrolments), its lessons (activities
of Programme.ARABIC_COURSES), the register grid and the completion certificate.
The rules themselves (group and sex, places, status changes) are in domain.courses.

Refusals are ``InvalidInput`` (field → code) and change nothing; a code that is the
courses' own carries their namespace ("course."):

- course details: ``{"title": "required" | "too_long"}``, ``{"group": "required" |
  "invalid" | "course.has_students"}`` (a group cannot change under its students),
  ``{"starts_on": "required" | "course.after_first_lesson"}``, ``{"ends_on":
  "before_start" | "course.before_last_lesson"}``, ``{"capacity": "required" |
  "course.out_of_range" | "course.below_taken"}``, ``{"level" | "teacher" | "schedule":
  "too_long"}``;
- ``{"course": "course.has_enrolments" | "course.has_lessons"}`` from ``delete_course``
  without ``confirmed=True``;
- enrolling: ``{"person": "course.sex_unknown" | "course.wrong_group" |
  "course.already_enrolled"}``, ``{"course": "course.full" | "course.not_active"}``,
  ``{"enrolled_on": "required" | "course.enrolled_in_future"}``;
- status: ``{"status": "course.not_allowed"}`` (domain.courses.ALLOWED), ``{"on":
  "required" | "in_future" | "course.before_enrolment"}``, ``{"course": "course.full"}``
  when a drop-out comes back;
- lessons: ``{"held_on": "outside_course"}`` and the other codes of the activity core
  (``services.activities``), which every programme shares; marking a student who is not
  enrolled (or dropped out) is ``{"attendance": "not_expected"}``;
- ``{"enrolment": "course.not_completed"}``: a certificate is only for a completed
  course.
"""

from centre_desk.services.courses.course import (
    CourseInput, CourseView, create_course, delete_course, get_course, normalise,
    update_course)
from centre_desk.services.courses.lessons import (
    GridLesson, GridStudent, RegisterGrid, add_lesson, register_grid, set_register_cell)
from centre_desk.services.courses.students import (
    CertificateData, EnrolmentView, StudentCourse, certificate_data, certificate_printed,
    enrol, enrolments, set_enrolment_status, student_courses)

__all__ = [
    "CertificateData", "CourseInput", "CourseView", "EnrolmentView", "GridLesson",
    "GridStudent", "RegisterGrid", "StudentCourse", "add_lesson", "certificate_data",
    "certificate_printed", "create_course", "delete_course", "enrol", "enrolments",
    "get_course", "normalise", "register_grid", "set_enrolment_status", "set_register_cell",
    "student_courses", "update_course",
]
