"""An import undone after a sync package was written may be at a peer already: the
undo then writes tombstones and puts fields back as edits, and the next package takes
them to the peer. Undone before any package, the rows go without a trace in the data."""

from __future__ import annotations

from sqlalchemy import func, select

from centre_desk.services import persons
from centre_desk.services import spreadsheet_import as imports
from centre_desk.store.models import Case, Person
from tests.unit.services.spreadsheet_import.helpers import (
    content_digest, data_digest, preview_of, write_csv)
from tests.unit.sync.sites import create_person, introduced, make_site

HEADER = ["Фамилия", "Имя", "Дата рождения", "Пол", "Категория", "Телефон"]


def _run(site):
    def run(function, *args, **kwargs):
        with site.db.session(site.admin) as session, session.begin():
            return function(session, *args, **kwargs)
    return run


def _import(run, folder, on_file):
    """A new participant and one merged into the person on file (their phone filled)."""
    path = write_csv(folder / "register.csv", [
        HEADER,
        ["Жақсылықова", "Әйгерім", "01.02.1990", "ж", "осужденный", ""],
        ["Сәрсенбаев", "Нұрлан", "", "м", "осужденный", "+7 701 000 00 01"]])
    preview = preview_of(run, path)
    choices = {preview.rows[1].number: imports.Choice(imports.Action.MERGE, on_file)}
    return run(imports.apply_import, preview, choices)


def _people(site) -> dict[str, bool]:
    """Surname → whether the row is live."""
    with site.db.session() as session:
        return {surname: deleted is None for surname, deleted in session.execute(
            select(Person.surname, Person.deleted_at))}


def test_an_undo_after_a_package_was_sent_reaches_the_peer_as_tombstones(tmp_path):
    centre, office = make_site(tmp_path, "centre"), make_site(tmp_path, "office")
    with introduced(centre, office):
        on_file = create_person(centre, "Сәрсенбаев", "Нұрлан", birth_date=None)
        office.import_(centre.export_to(office, folder=tmp_path, name="first.cdsync"))
        run = _run(centre)
        result = _import(run, tmp_path, on_file)
        before_undo = content_digest(centre.db)
        office.import_(centre.export_to(office, folder=tmp_path, name="import.cdsync"))
        assert _people(office) == {"Сәрсенбаев": True, "Жақсылықова": True}

        undone = run(imports.undo_batch, result.batch_id)
        assert (undone.erased, undone.restored, undone.cannot) == (False, 1, ())
        assert content_digest(centre.db) != before_undo
        assert _people(centre) == {"Сәрсенбаев": True, "Жақсылықова": False}
        office.import_(centre.export_to(office, folder=tmp_path, name="undo.cdsync"))
        assert _people(office) == {"Сәрсенбаев": True, "Жақсылықова": False}
        with office.db.session(office.admin) as session:
            assert persons.get_person(session, on_file).phone is None
            assert session.scalar(select(func.count()).select_from(Case)
                                  .where(Case.deleted_at.is_(None))) == 0


def test_an_undo_before_any_package_leaves_the_data_as_it_was(tmp_path):
    centre, office = make_site(tmp_path, "centre"), make_site(tmp_path, "office")
    with introduced(centre, office):
        on_file = create_person(centre, "Сәрсенбаев", "Нұрлан")
        run = _run(centre)
        run(persons.update_person, on_file, persons.PersonInput(
            surname="Сәрсенбаев", given_name="Нұрлан", notes="бұрынғы жазба"))
        before = data_digest(centre.db)
        result = _import(run, tmp_path, on_file)
        assert data_digest(centre.db) != before

        undone = run(imports.undo_batch, result.batch_id)
        assert (undone.erased, undone.tombstoned, undone.restored) == (True, 5, 1)  # 2 cases
        assert data_digest(centre.db) == before
        office.import_(centre.export_to(office, folder=tmp_path))
        assert _people(office) == {"Сәрсенбаев": True}
