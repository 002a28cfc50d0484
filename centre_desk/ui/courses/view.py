"""One Arabic course's window: its details (correct, delete), its students (enrol, complete,
drop out, print the certificate) and its register of lessons."""

from __future__ import annotations

import datetime as dt
import html
import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QTableView, QTabWidget, QVBoxLayout, QWidget)

from centre_desk.domain.enums import EnrolmentStatus
from centre_desk.domain.permissions import Permission
from centre_desk.reports.certificate import save_certificate
from centre_desk.services import courses, picking
from centre_desk.services.courses import CourseView, EnrolmentView
from centre_desk.services.errors import ServiceError
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit import labels
from centre_desk.ui.toolkit.buttons import action_button, button_row, close_box
from centre_desk.ui.courses.common import refusal_text
from centre_desk.ui.courses.form import CourseFormDialog, EnrolmentStatusDialog
from centre_desk.ui.toolkit.messages import UNEXPECTED, translated
from centre_desk.ui.toolkit.rows_model import RowsModel, column
from centre_desk.ui.toolkit.person_picker import PersonPickerDialog
from centre_desk.ui.toolkit.modal import ModalHost, may
from centre_desk.ui.toolkit.operations import ACTIVITIES, COURSES, Operation
from centre_desk.ui.courses.register_grid import RegisterGridPanel
from centre_desk.ui.toolkit.retranslate import Retranslating
from centre_desk.ui.toolkit.colours import problem_label
from centre_desk.ui.toolkit.window_fit import keep_lines_whole

translate = QCoreApplication.translate
"""Called by this name so lupdate finds the strings."""

log = logging.getLogger(__name__)

(COL_NAME, COL_STATUS, COL_ENROLLED_ON, COL_CERTIFICATE_ON) = range(4)

STUDENT_COLUMNS = (
    column(lambda: translate("CourseWindow", "Full name"), "full_name"),
    column(lambda: translate("CourseWindow", "Status"), "status", labels.label),
    column(lambda: translate("CourseWindow", "Enrolled on"), "enrolled_on", labels.date_text),
    column(lambda: translate("CourseWindow", "Certificate date"), "certificate_on",
           labels.date_text),
)


class CourseWindow(Retranslating, QDialog, ModalHost):
    """A course with its students and register. ``changed`` is True once anything was
    stored, so the list behind it knows to reload."""

    def __init__(self, workspace: Workspace, course_id: uuid.UUID,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseWindow")
        keep_lines_whole(self)  # the course's details, wrapped, whole however narrow
        self._workspace = workspace
        self._course_id = course_id
        self._today = today or dt.date.today()
        self.may_edit = may(workspace, Permission.EDIT)
        self.changed = False
        self.deleted = False
        self.course: CourseView | None = None

        self.details = QLabel(self)
        self.details.setObjectName("courseDetails")
        self.details.setWordWrap(True)
        self.edit_button = action_button("editCourseButton", self, self.edit_course)
        self.delete_button = action_button("deleteCourseButton", self, self.delete_course)
        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        # Made in the order Tab visits them, which is the order the eye reads them: the
        # course's buttons, the page tabs, the page (its buttons, then the list or the
        # register), Close last. Tab from the page tabs enters the page, never Close.
        self.pages = QTabWidget(self)
        self.pages.setObjectName("coursePages")
        self.enrol_button = action_button("enrolButton", self, self.enrol_person)
        self.status_button = action_button("changeStatusButton", self, self.change_status)
        self.certificate_button = action_button("printCertificateButton", self,
                                                self.print_certificate)
        self.students = RowsModel(STUDENT_COLUMNS, row_id=lambda row: row.enrolment_id,
                                  person_id=lambda row: row.person_id, parent=self)
        self.students_view = self._students_list()
        self.message = problem_label("courseMessage", self)
        buttons = button_row((self.enrol_button, self.status_button, self.certificate_button))
        students_page = QWidget(self)
        column = QVBoxLayout(students_page)
        column.addLayout(buttons)
        column.addWidget(self.students_view, 1)
        column.addWidget(self.message)

        self.register = RegisterGridPanel(workspace, course_id, self)
        self.register.changed.connect(self._register_changed)
        self.pages.addTab(students_page, "")
        self.pages.addTab(self.register, "")

        self.close_buttons = close_box(self)
        self.close_button = self.close_buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        # Nothing here is the default button: Enter belongs to the list or the register,
        # and must never close the window or add a lesson behind the user's back.
        self.close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.close_buttons)
        self.resize(960, 640)
        self.reload()
        self.retranslate_ui()
        self.students_view.setFocus()  # the work first, never Close

    def _students_list(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("studentsView")
        view.setModel(self.students)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._enable_buttons)
        return view

    # --- own API -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the course and its students again."""
        chosen = self.current_enrolment()
        self.course = self._workspace.run(courses.get_course, self._course_id)
        self.students.set_rows(self._workspace.run(courses.enrolments, self._course_id))
        if chosen is not None:
            self.select_student(chosen.person_id)
        elif self.students.rowCount():
            self.students_view.selectRow(0)
        self._show_details()
        self._enable_buttons()

    def current_enrolment(self) -> EnrolmentView | None:
        """The student selected in the list, if any."""
        index = self.students_view.currentIndex()
        return self.students.row_at(index.row()) if index.isValid() else None

    def select_student(self, person_id: uuid.UUID) -> bool:
        """Select a student's row by their person id; False when not a student."""
        for row in range(self.students.rowCount()):
            if self.students.row_at(row).person_id == person_id:
                self.students_view.selectRow(row)
                return True
        return False

    def message_text(self) -> str:
        """The refusal shown under the students ('' when none)."""
        return self.message.text() if not self.message.isHidden() else ""

    def edit_course(self) -> bool:
        """Correct the course's details in the course form."""
        if not self.may_edit:
            return False
        dialog = CourseFormDialog(self._workspace, self.course, self)
        if not self.run_dialog(dialog):
            return False
        self._stored()
        return True

    def delete_course(self) -> bool:
        """Delete the course after asking; its enrolments, lessons and their attendance
        go with it (tombstones, so the deletion syncs). Closes the window."""
        if not self.may_edit or self.course is None:
            return False
        course = self.course
        if course.taken or course.lessons:
            question = self.tr("Students: %1; lessons held: %2. Delete the course "
                               "“%3” with its students' enrolments, its lessons and who "
                               "came to them?").replace("%1", str(course.taken)).replace(
                "%2", str(course.lessons)).replace("%3", course.title)
        else:
            question = self.tr("Delete the course “%1”?").replace("%1", course.title)
        if not self.confirm(self.tr("Delete course"), question):
            return False
        return Operation(self, self._workspace, {COURSES, ACTIVITIES}, courses.delete_course,
                         self._course_id, confirmed=True).show_errors_in(
            self._show_message).worded(refusal_text).success(self._deleted).run()

    def _deleted(self, _result=None) -> None:
        self.changed = self.deleted = True
        self.accept()

    def enrol_person(self) -> uuid.UUID | None:
        """Pick a person and enrol them today; a refusal shows in one sentence."""
        if not self.may_edit:
            return None
        picker = PersonPickerDialog(
            self._workspace, self.tr("Enrol a student"),
            self.tr("Whom to enrol in “%1”?").replace("%1", self.course.title), self,
            picking.adults(self._today))
        picker.picker.set_excluded(self.students.row_at(row).person_id
                                   for row in range(self.students.rowCount()))
        if not self.run_dialog(picker) or picker.person() is None:
            return None
        return self.enrol(picker.person().id)

    def enrol(self, person_id: uuid.UUID) -> uuid.UUID | None:
        """Enrol a chosen person today; None (and the sentence shown) when refused."""
        self._show_message("")
        enrolling = Operation(self, self._workspace, {COURSES}, courses.enrol, self._course_id,
                              person_id, self._today, self._today).show_errors_in(
            self._show_message).worded(lambda refusal: refusal_text(refusal, self.course.group))
        if not enrolling.success(lambda _id: self._stored()).run():
            return None
        self.select_student(person_id)
        return enrolling.result

    def change_status(self, status: EnrolmentStatus | None = None) -> bool:
        """Complete, drop out or bring back the selected student, on a date asked for."""
        enrolment = self.current_enrolment()
        if not self.may_edit or enrolment is None or not enrolment.next_statuses:
            return False
        dialog = EnrolmentStatusDialog(self._workspace, enrolment, self, self._today, status)
        if not self.run_dialog(dialog):
            return False
        self._stored()
        return True

    def print_certificate(self, path: Path | str | None = None) -> Path | None:
        """Save the selected student's completion certificate as a PDF (asking where,
        unless ``path`` is given); returns where it was written."""
        enrolment = self.current_enrolment()
        if enrolment is None or enrolment.status is not EnrolmentStatus.COMPLETED:
            return None
        if path is None:
            path = self.ask_certificate_path(enrolment)
            if not path:
                return None
        self._show_message("")
        try:
            save_certificate(self._workspace, enrolment.enrolment_id, path)
        except ServiceError as refusal:
            self._show_message(refusal_text(refusal))
            return None
        except OSError:
            log.exception("could not write the certificate at %s", path)
            self._show_message(self.tr("The certificate could not be saved there: choose "
                                       "another folder."))
            return None
        except Exception:  # a bug: logged, the user told in one sentence
            log.exception("printing a certificate failed")
            self._show_message(translated(UNEXPECTED))
            return None
        return Path(path)

    def ask_certificate_path(self, enrolment: EnrolmentView) -> str:
        """Where to save a certificate, from a file dialog ('' when cancelled)."""
        suggested = self.tr("Certificate %1.pdf").replace("%1", enrolment.full_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate"), suggested, self.tr("PDF files (*.pdf)"))
        return path

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Arabic course: %1").replace(
            "%1", self.course.title if self.course else ""))
        self.edit_button.setText(self.tr("&Edit the course\u2026"))
        self.delete_button.setText(self.tr("&Delete the course\u2026"))
        self.enrol_button.setText(self.tr("E&nrol\u2026"))
        self.status_button.setText(self.tr("Change &status\u2026"))
        self.certificate_button.setText(self.tr("&Print certificate\u2026"))
        self.pages.setTabText(0, self.tr("S&tudents"))
        self.pages.setTabText(1, self.tr("&Register"))
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Close"))
        self.students_view.setAccessibleName(self.tr("Students of the course"))
        self.students.retranslate()
        self._show_details()

    # --- reactions ---------------------------------------------------------------------

    def _stored(self) -> None:
        self.changed = True
        self.reload()
        self.register.reload()

    def _register_changed(self) -> None:
        self.changed = True
        self.course = self._workspace.run(courses.get_course, self._course_id)
        self._show_details()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_details(self) -> None:
        course = self.course
        if course is None:
            return
        facts = [labels.label(course.group)]
        if course.level:
            facts.append(self.tr("level %1").replace("%1", html.escape(course.level)))
        if course.teacher:
            facts.append(self.tr("teacher %1").replace("%1", html.escape(course.teacher)))
        if course.schedule:
            facts.append(html.escape(course.schedule))
        dates = labels.date_text(course.starts_on) + (
            f" \u2013 {labels.date_text(course.ends_on)}" if course.ends_on else "")
        places = self.tr("Students: %1 of %2 places; lessons held: %3").replace(
            "%1", str(course.taken)).replace("%2", str(course.capacity)).replace(
            "%3", str(course.lessons))
        if not course.active:
            places += " \u00b7 " + self.tr("no longer takes students")
        self.details.setText(f"<b>{html.escape(course.title)}</b><br/>"
                             f"{' · '.join(facts)}<br/>{dates}<br/>{places}")
        self.setWindowTitle(self.tr("Arabic course: %1").replace("%1", course.title))

    def _enable_buttons(self, *_args) -> None:
        enrolment = self.current_enrolment()
        self.edit_button.setEnabled(self.may_edit)
        self.delete_button.setEnabled(self.may_edit and self.course is not None)
        self.enrol_button.setEnabled(self.may_edit and self.course is not None
                                     and self.course.active)
        self.status_button.setEnabled(self.may_edit and enrolment is not None
                                      and bool(enrolment.next_statuses))
        self.certificate_button.setEnabled(
            enrolment is not None and enrolment.status is EnrolmentStatus.COMPLETED)
