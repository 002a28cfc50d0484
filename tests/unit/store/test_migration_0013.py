"""Migration 0013 moves the three regions the 2022 decree renamed to their new names
wherever a region is stored, folds every person's name keys again and fills the key
that finds a person by the given name; nothing else in a row changes, no row is lost,
and going back restores the former names."""

import datetime as dt
import uuid

from alembic import command
from sqlalchemy import create_engine, text

from centre_desk.store import migrate

SYNC = dict(o=uuid.uuid4().hex, c=dt.datetime(2026, 1, 1), h="x")
PEOPLE = [  # surname, given name, region as an older version stored it
    ("Қасымова", "Әсел", "Абайская область"),
    ("Смирнова", "Наталья", "Жетысуская область"),
    ("Иванов", "Юрий", "Улытауская область"),
    ("Ахметов", "Ерлан", "Алматы"),
    ("Ким", "Майя", None),
    ("Байжанов", "Олжас", "Байконур"),  # typed by hand: kept as typed
]


def _old_database(path):
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0012")
    with engine.begin() as connection:
        for surname, given, region in PEOPLE:
            connection.execute(text(
                "INSERT INTO person (id, surname, given_name, region, phone, search_key, "
                "sort_key, origin_site, created_at, updated_at, hlc) VALUES "
                "(:i, :s, :g, :r, '+7 701 000 00 00', 'old key', 'old sort', :o, :c, :c, :h)"),
                dict(i=uuid.uuid4().hex, s=surname, g=given, r=region, **SYNC))
        connection.execute(text(
            "INSERT INTO organisation (id, name, kind, region, origin_site, created_at, "
            "updated_at, hlc) VALUES (:i, 'ТОО Семей', 'employer', 'Абайская область', "
            ":o, :c, :c, :h)"), dict(i=uuid.uuid4().hex, **SYNC))
        connection.execute(text(
            "INSERT INTO site (id, centre_name, region, created_at) VALUES "
            "(:i, 'Центр', 'Улытауская область', :c)"), dict(i=uuid.uuid4().hex, c=SYNC["c"]))
    return engine


def _rows(engine):
    with engine.connect() as connection:
        people = connection.execute(text(
            "SELECT surname, given_name, region, phone, sort_key, hlc, updated_at, "
            "search_key FROM person ORDER BY surname")).all()
        partners = connection.execute(text("SELECT name, region FROM organisation")).all()
        sites = connection.execute(text("SELECT centre_name, region FROM site")).all()
    return people, partners, sites


def test_old_region_names_move_to_the_decree_names_without_loss(tmp_path):
    engine = _old_database(tmp_path / "old.sqlite3")
    before, _partners, _sites = _rows(engine)
    migrate.upgrade_to_head(engine)
    people, partners, sites = _rows(engine)
    assert [(p.surname, p.region) for p in people] == [
        ("Ахметов", "Алматы"), ("Байжанов", "Байконур"), ("Иванов", "область Ұлытау"),
        ("Ким", None), ("Смирнова", "область Жетісу"), ("Қасымова", "область Абай")]
    # Only the region and the search key moved: not a stamp, not another field.
    assert [p[:2] + p[3:7] for p in people] == [b[:2] + b[3:7] for b in before]
    assert partners == [("ТОО Семей", "область Абай")]
    assert sites == [("Центр", "область Ұлытау")]


def test_name_keys_are_folded_again_and_the_given_name_key_is_filled(tmp_path):
    engine = _old_database(tmp_path / "old.sqlite3")
    migrate.upgrade_to_head(engine)
    with engine.connect() as connection:
        keys = dict(connection.execute(text(
            "SELECT search_key, given_key FROM person")).all())
    assert keys["kasimova asel"] == "asel kasimova"
    assert keys["smirnova natalia"] == "natalia smirnova"
    assert keys["ivanov iuri"] == "iuri ivanov"


def test_going_back_restores_the_former_names(tmp_path):
    engine = _old_database(tmp_path / "old.sqlite3")
    before = _rows(engine)[0]
    migrate.upgrade_to_head(engine)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0012")
    after = _rows(engine)[0]
    assert [(p.surname, p.region) for p in after] == [(p.surname, p.region) for p in before]
