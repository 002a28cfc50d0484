"""What the Arabic course windows share: the courses' refusals in one sentence each, a
form that shows them beside its fields, and the small OK/Cancel dialog they sit in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.courses import CAPACITY_MAX, CAPACITY_MIN
from centre_desk.domain.enums import CourseGroup
from centre_desk.services.errors import InvalidInput
from centre_desk.ui.toolkit.forms import Form
from centre_desk.ui.toolkit.operations import COURSES
from centre_desk.ui.toolkit.steps import StepDialog
from centre_desk.ui.toolkit.messages import error_text, problem_text

_CONTEXT = "CourseMessages"

# (field, code) → sentence; codes not listed fall back to messages.problem_text.
_SENTENCES: dict[tuple[str, str], str] = {
    ("person", "sex_unknown"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The person's sex is not recorded: fill it in on their file, "
                          "then enrol them."),
    ("person", "already_enrolled"): QT_TRANSLATE_NOOP(
        "CourseMessages", "This person is already a student of this course."),
    ("course", "full"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The course is full: every place is taken. Add places to the "
                          "course or wait until a student drops out."),
    ("course", "not_active"): QT_TRANSLATE_NOOP(
        "CourseMessages", "This course no longer takes students."),
    ("enrolled_on", "in_future"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The enrolment date is in the future."),
    ("on", "before_enrolment"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The date is before the student enrolled."),
    ("on", "in_future"): QT_TRANSLATE_NOOP("CourseMessages", "The date is in the future."),
    ("status", "not_allowed"): QT_TRANSLATE_NOOP(
        "CourseMessages", "A completed course is final: its status cannot change."),
    ("enrolment", "not_completed"): QT_TRANSLATE_NOOP(
        "CourseMessages", "A certificate is printed only for a completed course."),
    ("attendance", "not_expected"): QT_TRANSLATE_NOOP(
        "CourseMessages", "This student dropped out: bring them back to the course before "
                          "marking them present."),
    ("attendance", "not_held_yet"): QT_TRANSLATE_NOOP(
        "CourseMessages", "This lesson has not been held yet: mark who came on its day."),
    ("attendance", "unknown_person"): QT_TRANSLATE_NOOP(
        "CourseMessages", "This person's record no longer exists."),
    ("held_on", "outside_course"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The lesson's date is outside the course's dates."),
    ("held_on", "in_future_with_attendance"): QT_TRANSLATE_NOOP(
        "CourseMessages", "A lesson with attendance cannot move into the future."),
    ("group", "has_students"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The group cannot change while the course has students."),
    ("capacity", "below_taken"): QT_TRANSLATE_NOOP(
        "CourseMessages", "More students hold a place than this: drop students first or "
                          "keep more places."),
    ("capacity", "out_of_range"): QT_TRANSLATE_NOOP(
        "CourseMessages", "A course has from %1 to %2 places."),
    ("starts_on", "after_first_lesson"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The course cannot start after its first lesson."),
    ("ends_on", "before_last_lesson"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The course cannot end before its last lesson."),
    ("course", "has_enrolments"): QT_TRANSLATE_NOOP(
        "CourseMessages", "The course has students."),
    ("course", "has_lessons"): QT_TRANSLATE_NOOP("CourseMessages", "The course has lessons."),
}
_WRONG_GROUP = {
    CourseGroup.MEN: QT_TRANSLATE_NOOP(
        "CourseMessages", "This course is for men, and the person's file records a woman: "
                          "enrol her in a women's course."),
    CourseGroup.WOMEN: QT_TRANSLATE_NOOP(
        "CourseMessages", "This course is for women, and the person's file records a man: "
                          "enrol him in a men's course."),
}


def course_problem(field: str, code: str, group: CourseGroup | None = None) -> str:
    """One sentence for a course service's problem code on a field."""
    if code == "wrong_group" and group is not None:
        return QCoreApplication.translate(_CONTEXT, _WRONG_GROUP[group])
    text = _SENTENCES.get((field, code))
    if text is None:
        return problem_text(code)
    return QCoreApplication.translate(_CONTEXT, text).replace(
        "%1", str(CAPACITY_MIN)).replace("%2", str(CAPACITY_MAX))


def refusal_text(refusal: Exception, group: CourseGroup | None = None) -> str:
    """The whole refusal in as few sentences as it has problems (usually one)."""
    if isinstance(refusal, InvalidInput):
        return " ".join(course_problem(field, code, group)
                        for field, code in refusal.problems.items())
    return error_text(refusal)


class CourseForm(Form):
    """A Form whose field messages use the courses' own sentences."""

    def show_problems(self, problems: dict[str, str]) -> None:
        """Override: each field's sentence from ``course_problem``."""
        super().show_problems(problems)
        for name, code in problems.items():
            if name in self._errors:
                self._errors[name].setText(course_problem(name, code))


class CourseStepDialog(StepDialog):
    """A StepDialog speaking the courses' sentences: problems with a field show beside
    it, others (a full course) on the message line."""

    form_class = CourseForm
    changes = frozenset({COURSES})
    message_name = "courseDialogMessage"
    minimum_width = 480

    def form_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Override: the courses' codes, worded by CourseForm."""
        return {f: c for f, c in problems.items() if f in self.field_names()}

    def other_problem(self, field: str, code: str) -> str | None:
        """Override: a course refusal not about a field on the form."""
        return refusal_text(InvalidInput({field: code}))
