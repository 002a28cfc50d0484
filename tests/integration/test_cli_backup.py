"""``centre-desk backup`` and ``centre-desk restore``: a verified backup where asked, a
restore that asks nothing and says what it replaced; one line and nothing changed on
any refusal."""

from __future__ import annotations

from centre_desk import cli
from centre_desk.services import backup
from centre_desk.store.database import open_database
from tests.integration.conftest import one_line, secret_file
from tests.unit.sync.sites import create_person, database_digest, make_site


def _digest(paths, password=None) -> str:
    database = open_database(paths, password)
    try:
        return database_digest(database)
    finally:
        database.close()


def test_backup_then_restore_from_the_command_line(tmp_path, capsys):
    site = make_site(tmp_path, "A")
    create_person(site, "Смагулова", "Айгерим")
    site.db.close()
    data_dir = str(site.paths.data_dir)
    assert cli.main(["backup", "--data-dir", data_dir]) == 0
    [made] = backup.backup_files(site.paths.backups)
    assert capsys.readouterr().out == f"Backed up to {made} (1 people, 0 cases, " \
        f"{made.stat().st_size / 1e6:.1f} MB).\n"
    digest = _digest(site.paths)
    database = open_database(site.paths)
    site.db = database
    create_person(site, "Жаңа", "Адам")
    database.close()
    assert _digest(site.paths) != digest

    assert cli.main(["restore", "--data-dir", data_dir, str(made)]) == 0
    out = capsys.readouterr().out
    assert _digest(site.paths) == digest
    before = [p for p in backup.backup_files(site.paths.backups) if p != made]
    assert len(before) == 1 and "before-restore" in before[0].name
    assert f"Restored {site.paths.database} from {made} (1 people" in out
    assert f"is backed up in {before[0]}." in out


def test_backup_to_a_folder_and_refusals(tmp_path, capsys):
    site = make_site(tmp_path, "A")
    other = make_site(tmp_path, "B")
    site.db.close()
    other.db.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli.main(["backup", "--data-dir", str(other.paths.data_dir), "--out",
                     str(usb)]) == 0
    [foreign] = backup.backup_files(usb)
    capsys.readouterr()
    digest = _digest(site.paths)
    assert cli.main(["restore", "--data-dir", str(site.paths.data_dir), str(foreign)]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"The backup {foreign} is of another centre's database, not of this one.")
    assert cli.main(["backup", "--data-dir", str(site.paths.data_dir), "--out",
                     str(tmp_path / "nowhere" / "b.sqlite3")]) == 1
    assert "does not exist" in one_line(capsys.readouterr().err)
    assert cli.main(["restore", "--data-dir", str(site.paths.data_dir),
                     str(tmp_path / "absent.sqlite3")]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"The backup file {tmp_path / 'absent.sqlite3'} does not exist.")
    assert _digest(site.paths) == digest
    assert not site.paths.backups.exists() or backup.backup_files(site.paths.backups) == []


def test_encrypted_site_takes_its_password_file(tmp_path, capsys):
    site = make_site(tmp_path, "E", database_password="база құпиясы")
    site.db.close()
    password = secret_file(tmp_path / "db.pw", "база құпиясы")
    data_dir = str(site.paths.data_dir)
    assert cli.main(["backup", "--data-dir", data_dir]) == 1
    assert "--db-password-file" in one_line(capsys.readouterr().err)
    assert cli.main(["backup", "--data-dir", data_dir, "--db-password-file",
                     str(password)]) == 0
    [made] = backup.backup_files(site.paths.backups)
    assert made.read_bytes()[:16] != b"SQLite format 3\x00"
    assert cli.main(["restore", "--data-dir", data_dir, "--db-password-file", str(password),
                     str(made)]) == 0
