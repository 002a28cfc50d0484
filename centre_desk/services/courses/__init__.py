"""Arabic literacy courses: the course, its students (enrolments), its lessons (activities
of Programme.ARABIC_COURSES), the register grid and the completion certificate.
The rules themselves (group and sex, places, status changes) are in domain.courses.

Refusals are ``InvalidInput`` (field → code) and change nothing:

- course details: ``{"title": "required" | "too_long"}``, ``{"group": "required" |
  "invalid" | "has_students"}`` (a group cannot change under its students),
  ``{"starts_on": "required" | "after_first_lesson"}``, ``{"ends_on": "before_start" |
  "before_last_lesson"}``, ``{"capacity": "required" | "out_of_range" | "below_taken"}``,
  ``{"level" | "teacher" | "schedule": "too_long"}``;
- ``{"course": "has_enrolments" | "has_lessons"}`` from ``delete_course`` without
  ``confirmed=True``;
- enrolling: ``{"person": "sex_unknown" | "wrong_group" | "already_enrolled"}``,
  ``{"course": "full" | "not_active"}``, ``{"enrolled_on": "required" | "in_future"}``;
- status: ``{"status": "not_allowed"}`` (domain.courses.ALLOWED), ``{"on": "required" |
  "in_future" | "before_enrolment"}``, ``{"course": "full"}`` when a drop-out comes back;
- lessons: ``{"held_on": "outside_course"}`` and the other activity codes; marking a
  student who is not enrolled (or dropped out) is ``{"attendance": "not_expected"}``;
- ``{"enrolment": "not_completed"}``: a certificate is only for a completed course.
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
