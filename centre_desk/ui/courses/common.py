"""What the Arabic course windows share: a refusal in the courses' words (the sentences
are in ui/toolkit/messages.py, under "course." codes) and the small OK/Cancel dialog
the course windows sit in, whose form shows them beside its fields."""

from __future__ import annotations

from centre_desk.domain.enums import CourseGroup
from centre_desk.services.errors import InvalidInput
from centre_desk.ui.toolkit.operations import COURSES
from centre_desk.ui.toolkit.steps import StepDialog
from centre_desk.ui.toolkit.messages import error_text, problem_text


def course_problem(code: str, group: CourseGroup | None = None) -> str:
    """One sentence for a course refusal code, in the courses' words
    (``messages.problem_text`` with the namespace "course"); a person of the other sex
    is told which group the course is for when ``group`` is given."""
    if code == "course.wrong_group" and group is not None:
        code = f"{code}.{group.value}"
    return problem_text(code, "course")


def refusal_text(refusal: Exception, group: CourseGroup | None = None) -> str:
    """The whole refusal in as few sentences as it has problems (usually one)."""
    if isinstance(refusal, InvalidInput):
        return " ".join(course_problem(code, group) for code in refusal.problems.values())
    return error_text(refusal)


class CourseStepDialog(StepDialog):
    """A StepDialog speaking the courses' sentences: problems with a field show beside
    it, others (a full course) on the message line."""

    namespace = "course"
    changes = frozenset({COURSES})
    message_name = "courseDialogMessage"
    minimum_width = 480

    def form_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Override: only the problems of this form's fields show beside them."""
        return {f: c for f, c in problems.items() if f in self.field_names()}

    def other_problem(self, field: str, code: str) -> str | None:
        """Override: a course refusal not about a field on the form."""
        return course_problem(code)
