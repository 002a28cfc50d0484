"""After a restore, an edit made at the restored site wins over the older value a peer
holds from before the restore: the clock goes on above every stamp the site issued,
even stamps ahead of this PC's clock, and even after the program restarts."""

from __future__ import annotations

from centre_desk.domain.clock import Stamp, wall_now_ms
from centre_desk.services import backup, persons, restore
from centre_desk.store.database import open_database
from tests.unit.sync.sites import create_person, edit_person


def _surname(site, person_id) -> str:
    with site.db.session(site.admin) as session:
        return persons.get_person(session, person_id).surname


def test_an_edit_after_a_restore_wins_over_the_peers_older_value(two_sites, tmp_path):
    a, b = two_sites
    person = create_person(a, "Ахметов", "Нурлан")
    b.import_(a.export_to(b, folder=tmp_path, name="1.cdsync"))
    with a.db.session(a.admin) as session, session.begin():
        made = backup.make_backup(a.db, session)
    # A peer's clock an hour ahead moved A's: its next edit is stamped in the future.
    a.db.clock.observe(str(Stamp(wall_now_ms() + 3_600_000, 0, str(b.db.site_id))))
    edit_person(a, person, surname="Сейтқали")
    b.import_(a.export_to(b, folder=tmp_path, name="2.cdsync"))
    assert _surname(b, person) == "Сейтқали"

    restore.restore(a.db, a.admin, made.path)
    assert _surname(a, person) == "Ахметов"
    a.db.close()  # the program restarts after the restore
    a.db = open_database(a.paths)
    edit_person(a, person, surname="Жұмабаев")
    b.import_(a.export_to(b, folder=tmp_path, name="3.cdsync"))

    assert _surname(b, person) == "Жұмабаев"
