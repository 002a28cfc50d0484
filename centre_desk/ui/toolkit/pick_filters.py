"""The filters every person picker offers: case category, facility, age band and role
(participant or family member), read as one ``services.picking.PickFilters``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from centre_desk.domain.ages import AgeGroup
from centre_desk.domain.enums import CaseCategory
from centre_desk.services import picking
from centre_desk.services.picking import PickContext, PickFilters, PickRole
from centre_desk.services.workspace import Workspace
from centre_desk.ui.toolkit.choices import CodeCombo, ValueCombo
from centre_desk.ui.toolkit.retranslate import Retranslating

_AGE_WORDS = {
    AgeGroup.UNDER_6: QT_TRANSLATE_NOOP("PickFilters", "Under 6"),
    AgeGroup.AGE_6_9: QT_TRANSLATE_NOOP("PickFilters", "6 to 9"),
    AgeGroup.AGE_10_13: QT_TRANSLATE_NOOP("PickFilters", "10 to 13"),
    AgeGroup.AGE_14_17: QT_TRANSLATE_NOOP("PickFilters", "14 to 17"),
    AgeGroup.ADULT: QT_TRANSLATE_NOOP("PickFilters", "18 and over"),
}
_FIRST_AGES = {AgeGroup.UNDER_6: (0, 5), AgeGroup.AGE_6_9: (6, 9),
               AgeGroup.AGE_10_13: (10, 13), AgeGroup.AGE_14_17: (14, 17),
               AgeGroup.ADULT: (18, 200)}
_ROLE_WORDS = {
    PickRole.PARTICIPANT: QT_TRANSLATE_NOOP("PickFilters", "Participants"),
    PickRole.FAMILY_MEMBER: QT_TRANSLATE_NOOP("PickFilters", "Family members"),
}

_ANY_CATEGORY = QT_TRANSLATE_NOOP("PickFilters", "Any category")
_CATEGORY = QT_TRANSLATE_NOOP("PickFilters", "Case category")
_ANY_FACILITY = QT_TRANSLATE_NOOP("PickFilters", "Any facility")
_FACILITY = QT_TRANSLATE_NOOP("PickFilters", "Facility")
_ANY_AGE = QT_TRANSLATE_NOOP("PickFilters", "Any age")
_AGE = QT_TRANSLATE_NOOP("PickFilters", "Age")
_ANY_ROLE = QT_TRANSLATE_NOOP("PickFilters", "Any role")
_ROLE = QT_TRANSLATE_NOOP("PickFilters", "Role: participant or family member")


def _words(text: str) -> str:
    return QCoreApplication.translate("PickFilters", text)


_EVERYONE_OF = QT_TRANSLATE_NOOP("PickFilters", "Add &everyone of %1")
_EVERYONE = QT_TRANSLATE_NOOP("PickFilters", "Add &everyone of the facility")


def everyone_of(facility: str, longest: int) -> str:
    """The words of the button that adds everyone of a facility: "Add everyone of
    «ИК-5»", a name longer than ``longest`` cut short with "…"."""
    if not facility:
        return _words(_EVERYONE)
    shown = facility if len(facility) <= longest else facility[:longest - 1] + "\u2026"
    return _words(_EVERYONE_OF).replace("%1", shown.replace("&", "&&"))


class PickFilterBar(Retranslating, QWidget):
    """Four choice boxes in two rows (so the bar fits a narrow dialog); each starts at
    "any". Age bands the picker's context rules out are not offered."""

    changed = Signal()
    """A filter changed: search again."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickFilterBar")
        self._workspace = workspace
        self.category = CodeCombo(CaseCategory, self, blank=True)
        self.category.setObjectName("pickCategoryCombo")
        self.facility = ValueCombo(self, blank=True)
        self.facility.setObjectName("pickFacilityCombo")
        self.facility.load_lazily(self._facilities)
        self.age = ValueCombo(self, blank=True)
        self.age.setObjectName("pickAgeCombo")
        self.role = ValueCombo(self, blank=True)
        self.role.setObjectName("pickRoleCombo")
        self._context = picking.ANYONE
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, combo in enumerate((self.category, self.facility, self.age, self.role)):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                ValueCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            layout.addWidget(combo, number // 2, number % 2)
            combo.currentIndexChanged.connect(self.changed)
        self.retranslate_ui()

    def _facilities(self):
        return [(name, name) for name in self._workspace.run(picking.case_facilities)]

    def set_context(self, context: PickContext) -> None:
        """Offer only the age bands the context admits."""
        self._context = context
        self._fill_ages()

    def filters(self) -> PickFilters:
        return PickFilters(category=self.category.value(), facility=self.facility.value(),
                           age_group=self.age.value(), role=self.role.value())

    def set_facility(self, facility: str | None) -> None:
        """Narrow to one facility (None: any)."""
        self.facility.set_value(facility)

    def _fill_ages(self) -> None:
        low = self._context.min_age if self._context.min_age is not None else 0
        high = self._context.max_age if self._context.max_age is not None else 200
        self.age.set_choices((_words(text), band) for band, text in _AGE_WORDS.items()
                             if _FIRST_AGES[band][0] <= high and _FIRST_AGES[band][1] >= low)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.category.set_blank_text(_words(_ANY_CATEGORY))
        self.category.retranslate()
        self.category.setAccessibleName(_words(_CATEGORY))
        self.facility.set_blank_text(_words(_ANY_FACILITY))
        self.facility.setAccessibleName(_words(_FACILITY))
        self._fill_ages()
        self.age.set_blank_text(_words(_ANY_AGE))
        self.age.setAccessibleName(_words(_AGE))
        self.role.set_choices((_words(text), role) for role, text in _ROLE_WORDS.items())
        self.role.set_blank_text(_words(_ANY_ROLE))
        self.role.setAccessibleName(_words(_ROLE))
