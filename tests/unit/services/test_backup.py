"""Backups and restore (services.backup, services.restore): round trip, refusals that
change nothing, retention, an SQLCipher site's backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess

import pytest
from sqlalchemy import text

from centre_desk.domain.clock import Stamp, wall_now_ms
from centre_desk.services import backup, persons, restore
from centre_desk.services.errors import NotPermitted
from centre_desk.store import clock_floor
from centre_desk.store.database import open_database
from tests.unit.sync.sites import create_person, database_digest, edit_person, make_site


@pytest.fixture
def site(tmp_path, cheap_password_hashing):
    made = make_site(tmp_path, "A")
    yield made
    made.db.close()


def _backup(site, target=None, **options):
    with site.db.session(site.admin) as session, session.begin():
        return backup.make_backup(site.db, session, target, **options)


def _integrity(site) -> str:
    with site.db.engine.connect() as connection:
        return connection.execute(text("PRAGMA integrity_check")).scalar()


def test_round_trip_restores_exactly_the_backed_up_database(site):
    kept = create_person(site, "Смагулова", "Айгерим")
    gone = create_person(site, "Ахметов", "Нурлан")
    made = _backup(site)
    digest = database_digest(site.db)
    # A peer's clock an hour ahead moved ours: the edits below are stamped in the future.
    site.db.clock.observe(str(Stamp(wall_now_ms() + 3_600_000, 0, str(site.db.site_id))))
    edit_person(site, kept, surname="Сейтқали")
    with site.db.session(site.admin) as session, session.begin():
        persons.delete_person(session, gone)
    create_person(site, "Жаңа", "Адам")
    clock_before = site.db.clock.last
    assert database_digest(site.db) != digest

    result = restore.restore(site.db, site.admin, made.path)

    assert database_digest(site.db) == digest
    assert _integrity(site) == "ok"
    assert result.before.before_restore and result.before.path.exists()
    assert [b.path for b in backup.list_backups(site.db)][-1] == made.path
    # The clock goes on above every stamp made before the restore, also after reopening.
    assert site.db.clock.tick() > clock_before
    site.db.close()
    reopened = open_database(site.paths)
    try:
        assert reopened.clock.tick() > clock_before
        assert clock_floor.read(site.paths.data_dir) >= clock_before
    finally:
        reopened.close()


def test_backup_is_listed_with_counts_and_verified(site):
    create_person(site, "Смагулова", "Айгерим")
    steps = []
    made = _backup(site, progress=lambda done, total: steps.append((done, total)))
    assert made.path.parent == site.paths.backups
    assert made.path.name.startswith("centre-desk-") and made.path.name.endswith(".sqlite3")
    assert steps and steps[-1][0] == steps[-1][1]
    [listed] = backup.list_backups(site.db)
    assert (listed.people, listed.cases, listed.path) == (1, 0, made.path)
    assert not list(site.paths.backups.glob(".*"))  # no temporary file left


def test_cancelled_backup_leaves_nothing(site):
    with pytest.raises(backup.BackupCancelled):
        _backup(site, cancelled=lambda: True)
    assert list(site.paths.backups.iterdir()) == []


def _refused(site, path, reason):
    digest = database_digest(site.db)
    files = sorted(site.paths.backups.iterdir())
    with pytest.raises(backup.BackupRefused) as refused:
        restore.restore(site.db, site.admin, path)
    assert refused.value.reason == reason
    assert str(path) in str(refused.value)
    assert database_digest(site.db) == digest
    assert sorted(site.paths.backups.iterdir()) == files
    return refused.value


def test_truncated_backup_is_refused_and_nothing_changes(site, tmp_path):
    for n in range(30):
        create_person(site, "Ахметов", f"Нурлан{n}")
    made = _backup(site)
    truncated = tmp_path / "truncated.sqlite3"
    data = made.path.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    create_person(site, "Жаңа", "Адам")
    error = _refused(site, truncated, "damaged")
    assert "damaged" in str(error)


def test_not_a_database_is_refused(site, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 8192)
    _refused(site, junk, "unreadable")
    _refused(site, tmp_path / "absent.sqlite3", "missing")
    assert not (tmp_path / "absent.sqlite3").exists()


def test_other_sites_backup_is_refused(site, tmp_path):
    other = make_site(tmp_path, "B")
    try:
        foreign = _backup(other)
    finally:
        other.db.close()
    _refused(site, foreign.path, "foreign")


def test_backup_of_a_newer_schema_is_refused(site, tmp_path):
    made = _backup(site)
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(made.path.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    _refused(site, newer, "newer")


def test_only_an_administrator_restores_or_backs_up_elsewhere(site, tmp_path):
    from centre_desk.domain.enums import Role
    from centre_desk.store.stamping import Actor

    made = _backup(site)
    viewer = Actor(site.admin.user_id, "viewer", Role.SUPERVISOR)
    digest = database_digest(site.db)
    with pytest.raises(NotPermitted):
        restore.restore(site.db, viewer, made.path)
    with pytest.raises(NotPermitted), site.db.session(viewer) as session:
        backup.make_backup(site.db, session, tmp_path)
    assert database_digest(site.db) == digest


def test_retention_keeps_days_weeks_and_months():
    now = dt.datetime(2026, 12, 2, 12, tzinfo=dt.UTC)
    names = [backup.backup_name(now - dt.timedelta(hours=6 * n)) for n in range(4 * 400)]
    names.append(backup.backup_name(now - dt.timedelta(days=3), before_restore=True))
    doomed = set(backup.to_delete(names, now))
    kept = [n for n in names if n not in doomed]
    assert backup.backup_name(now - dt.timedelta(days=3), before_restore=True) in kept
    days = {n[12:20] for n in kept}
    assert len(kept) <= 7 + 4 + 12 + 1 + 1
    for back in range(7):  # one for each of the last 7 days
        assert (now - dt.timedelta(days=back)).strftime("%Y%m%d") in days
    assert not any(n[12:18] == "202511" for n in kept)  # over a year old: none
    assert backup.backup_name(now) in kept


def test_automatic_backup_at_most_once_a_day(site):
    with site.db.session(site.admin) as session, session.begin():
        assert backup.automatic_backup(site.db, session) is not None
        assert backup.automatic_backup(site.db, session) is None
    assert len(backup.backup_files(site.paths.backups)) == 1


def test_encrypted_sites_backup_needs_its_password(tmp_path, cheap_password_hashing):
    site = make_site(tmp_path, "E", database_password="база құпиясы")
    try:
        create_person(site, "Смагулова", "Айгерим")
        made = _backup(site)
        digest = database_digest(site.db)
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(made.path).execute("SELECT count(*) FROM person").fetchone()
        import sqlcipher3

        opened = sqlcipher3.connect(str(made.path))
        opened.execute("PRAGMA key = 'база құпиясы'")
        assert opened.execute("SELECT count(*) FROM person").fetchone() == (1,)
        opened.close()
        create_person(site, "Жаңа", "Адам")
        restore.restore(site.db, site.admin, made.path)
        assert database_digest(site.db) == digest
    finally:
        site.db.close()


def test_a_restore_cancelled_at_any_step_changes_nothing(site, monkeypatch):
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 4)
    monkeypatch.setattr(restore, "_PAGES_PER_STEP", 4)
    made = _backup(site)
    create_person(site, "Жаңа", "Адам")
    digest = database_digest(site.db)
    total = []
    backup.copy_database(site.db, site.paths.data_dir / "probe.sqlite3",  # how many steps
                         progress=lambda done, pages: total.append(pages))
    assert len(total) > 10
    for at in (1, 2, len(total) - 1, len(total) + 1, len(total) + len(total) // 2):
        asked = []

        def cancelled(at=at, asked=asked):
            asked.append(1)
            return len(asked) >= at
        with pytest.raises(backup.BackupCancelled):
            restore.restore(site.db, site.admin, made.path, cancelled=cancelled)
        assert database_digest(site.db) == digest, at
        assert _integrity(site) == "ok"


def test_a_backup_carries_a_digest_that_sha256sum_accepts(site):
    made = _backup(site)
    checked = subprocess.run(["sha256sum", "-c", made.path.name + ".sha256"],
                             cwd=made.path.parent, capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout.strip().endswith(": OK")
    # The listing shows the backup, never its digest.
    assert [info.path for info in backup.list_backups(site.db)] == [made.path]


def test_a_backup_altered_in_one_letter_is_refused_by_its_digest(site, tmp_path):
    create_person(site, "Ахметов", "Нурлан")
    made = _backup(site)
    data = made.path.read_bytes()
    at = data.index("Ахметов".encode())
    # One letter changed inside a record: still a well-formed database.
    made.path.write_bytes(data[:at] + "Ахметоф".encode() + data[at + len("Ахметов".encode()):])
    error = _refused(site, made.path, "damaged")
    assert "altered" in str(error)
    # Without the digest the full check finds nothing wrong with it: the digest is what
    # tells the altered file from the one that was made.
    backup.digest_path(made.path).unlink()
    assert backup.inspect_file(site.db, made.path).people == made.people


def test_a_restore_reports_one_bar_from_start_to_end(site):
    for n in range(40):
        create_person(site, "Ахметов", f"Нурлан{n}")
    made = _backup(site)
    steps = []
    restore.restore(site.db, site.admin, made.path,
                    progress=lambda done, total: steps.append((done, total)))
    assert {total for _, total in steps} == {1000}
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert steps[-1] == (1000, 1000)
