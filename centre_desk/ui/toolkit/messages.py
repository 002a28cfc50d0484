"""Turns service refusals and field problem codes into sentences in the user's language.

The one vocabulary of refusal codes (services/errors.py says what a code means): every
sentence is keyed here by its code, a feature's own code by its namespace ("club.",
"event.", "course.", "placement.", "stage."). The activity core's plain codes
("not_expected", "no_consent"…) are worded by the window showing them: it passes its
namespace ("event", "course", "activity", "attendance") and ``problem_text`` looks up
"event.no_consent" before the shared sentence, if any."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from centre_desk.domain.courses import CAPACITY_MAX, CAPACITY_MIN
from centre_desk.services.passwords import MIN_LENGTH
from centre_desk.services.errors import (
    DuplicateIin, InvalidInput, NotFound, NotPermitted, ServiceError, SignInRefused)
from centre_desk.store.errors import (
    DatabasePasswordNeeded, NotADatabase, NotInitialised, StoreError, WrongDatabasePassword)

# Marked with QT_TRANSLATE_NOOP so lupdate extracts them; translated when shown.
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_short": QT_TRANSLATE_NOOP("Messages", "Use at least 8 characters."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This is too long."),
    "taken": QT_TRANSLATE_NOOP("Messages", "This user name is already taken."),
    "mismatch": QT_TRANSLATE_NOOP("Messages", "The two entries differ."),
    "invalid": QT_TRANSLATE_NOOP("Messages", "This value is not valid."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "The date is in the future."),
    "date.too_early": QT_TRANSLATE_NOOP("Messages", "The date is earlier than allowed."),
    "date.too_late": QT_TRANSLATE_NOOP("Messages", "The date is later than allowed."),
    "iin_mismatch": QT_TRANSLATE_NOOP("Messages", "This does not match the IIN."),
    "iin.not_12_digits": QT_TRANSLATE_NOOP("Messages", "An IIN has exactly 12 digits."),
    "iin.bad_century_digit": QT_TRANSLATE_NOOP(
        "Messages", "The 7th digit of an IIN must be from 1 to 6."),
    "iin.bad_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "The first six digits of the IIN are not a real date."),
    "iin.bad_check_digit": QT_TRANSLATE_NOOP(
        "Messages", "The IIN's last digit does not match: check for a typo."),
    # Placements and the partner directory (services.placements, services.organisations).
    "placement.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A placement cannot move to this status from its current one."),
    "placement.before_last_change": QT_TRANSLATE_NOOP(
        "Messages", "The date is before the placement's last status change."),
    "placement.not_their_child": QT_TRANSLATE_NOOP(
        "Messages", "This child is not linked to the person as their child or ward: "
                    "link them in the person's file first."),
    "placement.wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "This partner does not offer this kind of help."),
    "placement.has_open_placements": QT_TRANSLATE_NOOP(
        "Messages", "This partner still has open placements: decline, end or move them "
                    "first."),
    "placement.already_listed": QT_TRANSLATE_NOOP(
        "Messages", "This partner is already in the directory for this region."),
    "placement.before_request": QT_TRANSLATE_NOOP(
        "Messages", "The date is before the placement was requested."),
    "placement.already_done": QT_TRANSLATE_NOOP(
        "Messages", "This follow-up is already marked done."),
    # The mothers' club (services.club)
    "club.not_a_woman": QT_TRANSLATE_NOOP(
        "Messages", "The mothers' club is for women: this person is recorded as male."),
    "club.already_member": QT_TRANSLATE_NOOP(
        "Messages", "She is already a member: correct her membership instead."),
    "club.overlaps_membership": QT_TRANSLATE_NOOP(
        "Messages", "She was already a member on this day: two memberships cannot overlap."),
    "club.before_joined": QT_TRANSLATE_NOOP(
        "Messages", "The date she left is before the date she joined."),
    "club.already_left": QT_TRANSLATE_NOOP("Messages", "This membership has already ended."),
    # Children's events (services.children_events; the activity core's codes in the
    # events' windows)
    "event.not_related": QT_TRANSLATE_NOOP(
        "Messages", "This person is not the child's parent or guardian: link them in the "
                    "child's file first."),
    "event.not_a_child": QT_TRANSLATE_NOOP(
        "Messages", "This person is 18 or older on the day of the event."),
    "event.already_registered": QT_TRANSLATE_NOOP(
        "Messages", "This child is already registered for the event."),
    "event.attended": QT_TRANSLATE_NOOP(
        "Messages", "The child is marked present: untick them in the attendance first."),
    "event.no_consent": QT_TRANSLATE_NOOP(
        "Messages", "No guardian's consent is recorded for this child: record the consent "
                    "date first."),
    "event.consent_after_event": QT_TRANSLATE_NOOP(
        "Messages", "The consent is dated after the event: it must be signed on the "
                    "event's day or before."),
    "event.not_expected": QT_TRANSLATE_NOOP(
        "Messages", "Only children registered for the event can be marked present."),
    "event.not_held_yet": QT_TRANSLATE_NOOP(
        "Messages", "The event has not been held yet: attendance is marked on the day or "
                    "later."),
    "event.in_future_with_attendance": QT_TRANSLATE_NOOP(
        "Messages", "Children are marked present: the event cannot move to a later day "
                    "than today."),
    # Arabic courses (services.courses; the activity core's codes in the courses' windows)
    "course.sex_unknown": QT_TRANSLATE_NOOP(
        "Messages", "The person's sex is not recorded: fill it in on their file, then enrol them."),
    "course.already_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "This person is already a student of this course."),
    "course.full": QT_TRANSLATE_NOOP(
        "Messages", "The course is full: every place is taken. Add places to the course or wait "
                    "until a student drops out."),
    "course.not_active": QT_TRANSLATE_NOOP("Messages", "This course no longer takes students."),
    "course.enrolled_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The enrolment date is in the future."),
    "course.before_enrolment": QT_TRANSLATE_NOOP(
        "Messages", "The date is before the student enrolled."),
    "course.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "A completed course is final: its status cannot change."),
    "course.not_completed": QT_TRANSLATE_NOOP(
        "Messages", "A certificate is printed only for a completed course."),
    "course.not_expected": QT_TRANSLATE_NOOP(
        "Messages", "This student dropped out: bring them back to the course before marking them "
                    "present."),
    "course.not_held_yet": QT_TRANSLATE_NOOP(
        "Messages", "This lesson has not been held yet: mark who came on its day."),
    "course.unknown_person": QT_TRANSLATE_NOOP(
        "Messages", "This person's record no longer exists."),
    "course.outside_course": QT_TRANSLATE_NOOP(
        "Messages", "The lesson's date is outside the course's dates."),
    "course.in_future_with_attendance": QT_TRANSLATE_NOOP(
        "Messages", "A lesson with attendance cannot move into the future."),
    "course.has_students": QT_TRANSLATE_NOOP(
        "Messages", "The group cannot change while the course has students."),
    "course.below_taken": QT_TRANSLATE_NOOP(
        "Messages", "More students hold a place than this: drop students first or keep more "
                    "places."),
    "course.out_of_range": QT_TRANSLATE_NOOP("Messages", "A course has from %1 to %2 places."),
    "course.after_first_lesson": QT_TRANSLATE_NOOP(
        "Messages", "The course cannot start after its first lesson."),
    "course.before_last_lesson": QT_TRANSLATE_NOOP(
        "Messages", "The course cannot end before its last lesson."),
    "course.has_enrolments": QT_TRANSLATE_NOOP("Messages", "The course has students."),
    "course.has_lessons": QT_TRANSLATE_NOOP("Messages", "The course has lessons."),
    "course.wrong_group.men": QT_TRANSLATE_NOOP(
        "Messages", "This course is for men, and the person's file records a woman: enrol her in a "
                    "women's course."),
    "course.wrong_group.women": QT_TRANSLATE_NOOP(
        "Messages", "This course is for women, and the person's file records a man: enrol him in a "
                    "men's course."),
    # The activity window (the activity core's codes, services.activities)
    "activity.not_for_programme": QT_TRANSLATE_NOOP(
        "Messages", "This programme does not hold this kind of activity."),
    "activity.outside_course": QT_TRANSLATE_NOOP(
        "Messages", "The date is outside the course's start and end."),
    "activity.in_future_with_attendance": QT_TRANSLATE_NOOP(
        "Messages", "People are marked present: the date cannot move into the future."),
    "activity.unknown": QT_TRANSLATE_NOOP("Messages", "This course no longer exists."),
    "activity.not_for_kind": QT_TRANSLATE_NOOP("Messages", "Only a lesson belongs to a course."),
    "activity.cannot_change": QT_TRANSLATE_NOOP(
        "Messages", "This cannot change once the activity is recorded."),
    # The attendance checklist, whatever the programme (%1: the people refused)
    "attendance.unknown_person": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was saved: these people no longer exist: %1."),
    "attendance.not_expected": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was saved: these people are not on this activity's list: %1."),
    "attendance.no_consent": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was saved: there is no guardian consent date for %1. Record the "
                    "consent first."),
    "attendance.not_held_yet": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was saved: the activity has not been held yet; mark attendance on or "
                    "after its date."),
    "attendance.age.not_an_adult": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was saved: this activity is for adults, and these people are "
                    "under 18 on its day: %1."),
    # Why a checklist row cannot be ticked, or is ticked without being expected
    # (services.activities.ExpectedPerson.reason)
    "attendance.reason.no_consent": QT_TRANSLATE_NOOP("Messages", "no guardian consent date yet"),
    "attendance.reason.not_expected": QT_TRANSLATE_NOOP("Messages", "not on the list"),
    # The week's plans (services.plans; the plan and session windows' namespace "plan")
    "plan.not_for_programme": QT_TRANSLATE_NOOP(
        "Messages", "This programme does not hold this kind of session."),
    "plan.after_plan_end": QT_TRANSLATE_NOOP(
        "Messages", "The plan ended before this date: choose a day on which it still runs."),
    "plan.not_planned": QT_TRANSLATE_NOOP("Messages", "The plan has no session on this day."),
    "plan.already_held": QT_TRANSLATE_NOOP(
        "Messages", "This session is already recorded as held: correct its activity instead."),
    "plan.cancelled": QT_TRANSLATE_NOOP("Messages", "This session was cancelled."),
    "plan.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This choice no longer exists: choose another."),
    # Participants: stages (services.cases.change_stage), cases, family, interventions,
    # merging
    "stage.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "The case cannot move to this stage from its current one."),
    "stage.before_last_change": QT_TRANSLATE_NOOP(
        "Messages", "The date is before the last stage change."),
    # Four eyes on outcomes (services.approvals) and the returnees' children (services.returnees)
    "stage.needs_approval": QT_TRANSLATE_NOOP(
        "Messages", "This stage needs a second supervisor's approval: request it."),
    "approval.not_needed": QT_TRANSLATE_NOOP(
        "Messages", "This stage needs no approval: change the stage directly."),
    "approval.already_pending": QT_TRANSLATE_NOOP(
        "Messages", "A request for this file already awaits approval: it must be approved or "
                    "returned first."),
    "approval.no_account": QT_TRANSLATE_NOOP(
        "Messages", "Only a signed-in staff member can make a request."),
    "approval.own_request": QT_TRANSLATE_NOOP(
        "Messages", "You made this request: a second supervisor must approve or return it."),
    "approval.other_site": QT_TRANSLATE_NOOP(
        "Messages", "This request was made at another centre: only its supervisors decide it."),
    "approval.already_decided": QT_TRANSLATE_NOOP(
        "Messages", "This request has already been decided."),
    "approval.stage_moved": QT_TRANSLATE_NOOP(
        "Messages", "The file's stage has changed since the request: return it with a note."),
    "returnee.not_returnee": QT_TRANSLATE_NOOP(
        "Messages", "Only the file of a returnee from a conflict zone has a children's register."),
    "returnee.not_child": QT_TRANSLATE_NOOP(
        "Messages", "Link the child to the returnee in the family first."),
    "returnee.already_registered": QT_TRANSLATE_NOOP(
        "Messages", "This child is already in the register."),
    "returnee.no_sessions": QT_TRANSLATE_NOOP(
        "Messages", "Enter the number of sessions held before the date of the last one."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."),
    "already_open": QT_TRANSLATE_NOOP("Messages", "This person already has an open case file."),
    "self": QT_TRANSLATE_NOOP("Messages", "A person cannot be their own relative."),
    "already_linked": QT_TRANSLATE_NOOP("Messages", "These two are already linked this way."),
    "contradicts": QT_TRANSLATE_NOOP(
        "Messages", "These two are already linked the other way round."),
    "age_order": QT_TRANSLATE_NOOP(
        "Messages", "The birth dates do not fit: a parent must be older than the child."),
    # Who may take part (services.picking): adults' activities, placements, courses, club
    "age.not_an_adult": QT_TRANSLATE_NOOP(
        "Messages", "This person is under 18 on this day: only adults can take part."),
    "one_only": QT_TRANSLATE_NOOP(
        "Messages", "An individual consultation has exactly one attendee."),
    "same_person": QT_TRANSLATE_NOOP("Messages", "A record cannot be merged with itself."),
    # Staff accounts and passwords (services.staff, services.passwords).
    "password.too_short": QT_TRANSLATE_NOOP("Messages", "Use at least %1 characters."),
    "password.too_common": QT_TRANSLATE_NOOP(
        "Messages", "This is one of the commonest passwords: choose a less guessable one, "
                    "such as a few unrelated words."),
    "password.wrong": QT_TRANSLATE_NOOP("Messages", "The current password is wrong."),
    "password.unchanged": QT_TRANSLATE_NOOP(
        "Messages", "The new password must differ from the current one."),
    "account.unknown": QT_TRANSLATE_NOOP("Messages", "This account no longer exists."),
    "account.other_site": QT_TRANSLATE_NOOP(
        "Messages", "This account belongs to another centre: only that centre can change it."),
    "account.last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "This is the last active administrator: make another account an "
                    "administrator first."),
    "facility.unknown": QT_TRANSLATE_NOOP(
        "Messages", "No case names this facility any more: untick it, or name it on a case "
                    "first."),
    "programme.unknown": QT_TRANSLATE_NOOP("Messages", "This is not one of the centre's "
                                                       "programmes."),
}

# The numbers a sentence names (%1, %2), filled in when it is shown.
_NUMBERS = {"course.out_of_range": (CAPACITY_MIN, CAPACITY_MAX),
            "password.too_short": (MIN_LENGTH,)}

_ERRORS: list[tuple[type[Exception], str]] = [
    (WrongDatabasePassword, QT_TRANSLATE_NOOP(
        "Messages", "The database password is wrong: check it and try again.")),
    (DatabasePasswordNeeded, QT_TRANSLATE_NOOP(
        "Messages", "This database is encrypted: enter its password.")),
    (NotADatabase, QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged or is not a Centre Desk database.")),
    (NotInitialised, QT_TRANSLATE_NOOP(
        "Messages", "There is no Centre Desk database here yet: run first-time set-up.")),
    (NotPermitted, QT_TRANSLATE_NOOP("Messages", "Your role does not allow this change.")),
    (NotFound, QT_TRANSLATE_NOOP(
        "Messages", "This record no longer exists; it may have been deleted.")),
    (DuplicateIin, QT_TRANSLATE_NOOP("Messages", "A person with this IIN is already registered.")),
    (InvalidInput, QT_TRANSLATE_NOOP("Messages", "Please correct the highlighted fields.")),
]
_LOCKED = QT_TRANSLATE_NOOP("Messages", "Too many failed attempts: sign-in is locked for a minute.")
_WRONG_SIGN_IN = QT_TRANSLATE_NOOP("Messages", "The user name or password is wrong.")
UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Something went wrong; the details are in the log file.")


def translated(text: str) -> str:
    """A sentence marked above, in the current language."""
    return QCoreApplication.translate("Messages", text)


def _sentence(key: str) -> str:
    text = translated(_PROBLEMS[key])
    for number, value in enumerate(_NUMBERS.get(key, ()), 1):
        text = text.replace(f"%{number}", str(value))
    return text


def own_text(code: str, namespace: str | None) -> str | None:
    """A namespace's own sentence for a code, or None when it has none: in "course",
    the activity core's plain "not_expected" finds "course.not_expected", and a code
    the service namespaced itself ("course.full") its sentence."""
    if namespace is None:
        return None
    key = code if code.startswith(f"{namespace}.") else f"{namespace}.{code}"
    return _sentence(key) if key in _PROBLEMS else None


def problem_text(code: str, namespace: str | None = None) -> str:
    """The sentence shown for a validation problem code. A window passes its namespace
    ("club", "event", "course", "activity", "attendance") where the shared activity
    core's codes take its programme's words; any other code has one sentence wherever
    it appears ("This value is not valid." when it has none)."""
    return own_text(code, namespace) or _sentence(code if code in _PROBLEMS else "invalid")


def error_text(error: Exception) -> str:
    """One sentence for a refusal the user can act on."""
    if isinstance(error, SignInRefused):
        return translated(_LOCKED if error.locked else _WRONG_SIGN_IN)
    for kind, text in _ERRORS:
        if isinstance(error, kind):
            return translated(text)
    if isinstance(error, ServiceError | StoreError):
        return str(error)
    return translated(UNEXPECTED)
