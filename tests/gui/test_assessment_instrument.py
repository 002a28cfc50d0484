"""Settings → Assessment instrument: the administrator words domains and items, saves
only a whole instrument, and assessments use it from then on."""

from __future__ import annotations

from centre_desk.domain.assessments import DEFAULT_INSTRUMENT, DomainKind
from centre_desk.domain.enums import Role
from centre_desk.services import assessment_instrument
from centre_desk.services.workspace import Workspace
from centre_desk.ui.admin.instrument import DOMAIN, ITEM, InstrumentDialog


def _dialog(qtbot, workspace) -> InstrumentDialog:
    dialog = InstrumentDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_default_is_shown_and_saved_unchanged(qtbot, workspace, translations):
    dialog = _dialog(qtbot, workspace)
    assert dialog.table.rowCount() == sum(len(d.items) for d in DEFAULT_INSTRUMENT.domains)
    assert dialog.table.item(0, DOMAIN).text() == "Views and attitudes"
    assert dialog.value() == DEFAULT_INSTRUMENT
    dialog.accept()
    assert not dialog.isVisible()
    assert workspace.run(assessment_instrument.current_instrument) == DEFAULT_INSTRUMENT


def test_an_administrator_adds_a_domain_and_an_item_in_their_own_words(
        qtbot, workspace, translations):
    dialog = _dialog(qtbot, workspace)
    dialog.add_domain()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, DOMAIN).setText("Жильё и быт")
    dialog.table.item(row, ITEM).setText("Нужна временная регистрация")
    dialog.table.setCurrentCell(row, ITEM)
    dialog.add_item()
    dialog.table.item(row + 1, ITEM).setText("Нужна помощь с оформлением документов")
    dialog.months.setValue(4)
    dialog.accept()
    assert not dialog.isVisible()
    saved = workspace.run(assessment_instrument.current_instrument)
    added = saved.domains[-1]
    assert (added.name, added.kind, [i.text for i in added.items], saved.reassess_months) == (
        "Жильё и быт", DomainKind.NEED,
        ["Нужна временная регистрация", "Нужна помощь с оформлением документов"], 4)
    assert saved.domains[:-1] == DEFAULT_INSTRUMENT.domains


def test_an_item_without_words_is_refused_in_one_sentence(qtbot, workspace, translations):
    dialog = _dialog(qtbot, workspace)
    dialog.table.item(0, ITEM).setText("  ")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message() == "Every domain and every item needs its words."
    assert workspace.run(assessment_instrument.current_instrument) == DEFAULT_INSTRUMENT


def test_only_an_administrator_may_save_it(qtbot, db, make_user, translations):
    supervisor = Workspace(db, make_user(Role.SUPERVISOR))
    dialog = _dialog(qtbot, supervisor)
    assert not dialog._ok.isEnabled()
