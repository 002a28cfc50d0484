"""Fuzz: mutated sync packages, imported in process by a receiving site.

The property, for every mutated package: it is EITHER refused with the project's own
error (``SyncRefused``) and the receiver's database is exactly as before (digest of
every table but the audit trail), OR it is applied and the receiver is healthy:

* its clock (``database.clock.tick()``) is at most 24 hours ahead of real time, in the
  importing process and after opening the site again;
* it opens again (``open_database``, which builds the clock from the stored stamps);
* its own accounts (rows whose id is one of its accounts or whose origin is the
  receiver) and the credentials are exactly as before, and so are its site row, keys
  and peers (the trust model: each site is the only authority over its accounts,
  credentials, peers and settings);
* every live person reads back through the services (person, family, timeline,
  activities, and the case file when there is one), every live activity and its
  checklist too, and the list of accounts.

A package applied with the same result as the unmutated one (same digest) is counted
as "applied identically"; it must be healthy all the same.

Mutations, one hypothesis strategy per layer, so the fuzz reaches past the first check:
(a) bytes of the encrypted file (anyone), (b) bytes and headers of the inner zip,
re-encrypted for the receiver from its public card (anyone holding the card), (c) the
manifest, re-signed with the sender's real key (a hostile peer), (d) the rows' SQLite
database, recompressed, counts and checksum sealed and re-signed with the sender's key
(a hostile peer).

Cost: two sites are made once per module; the receiver's data dir is copied from a
template for each example. The example count is shared among the layers:
``CENTRE_DESK_FUZZ_EXAMPLES`` (default 200) in all, e.g.::

    CENTRE_DESK_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/security/test_fuzz_packages.py

The module is marked ``fuzz`` (``-m "not fuzz"`` leaves it out). Runs are deterministic
(``derandomize``); ``CENTRE_DESK_FUZZ_SEED=N`` draws other examples from seed N
instead; ``CENTRE_DESK_FUZZ_SHRINK=0`` reports failures unshrunk (quick, while many
fail). Shrinking and the per-layer outcomes: add ``--hypothesis-show-statistics``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import struct
import tempfile
import time
import uuid
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, note, seed, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from centre_desk.config import Paths
from centre_desk.domain.clock import Stamp
from centre_desk.domain.enums import ActivityKind, CaseCategory, Programme, Role, Sex
from centre_desk.services import activities, cases, family, persons, timeline, users
from centre_desk.services.errors import NotFound
from centre_desk.store.database import open_database
from centre_desk.store.models import Activity, Person
from centre_desk.sync import api
from centre_desk.sync.errors import SyncRefused
from centre_desk.sync.tables import synced_tables
from tests.security import crafting
from tests.unit.sync.sites import create_person, edit_person, introduce, make_site

pytestmark = pytest.mark.fuzz

# --- how many examples ------------------------------------------------------------------------

TOTAL_EXAMPLES = int(os.environ.get("CENTRE_DESK_FUZZ_EXAMPLES", "200"))
SHARES = {"encrypted": 0.10, "zip": 0.25, "manifest": 0.30, "rows": 0.35}
"""Each layer's share of the examples: the deeper layers reach more code."""
SEED = os.environ.get("CENTRE_DESK_FUZZ_SEED")
SHRINK = os.environ.get("CENTRE_DESK_FUZZ_SHRINK", "1") != "0"
"""``CENTRE_DESK_FUZZ_SHRINK=0`` reports failing examples as found, unshrunk: a quick
look while many examples fail (shrinking each distinct failure takes minutes)."""

settings.register_profile(
    "centre-desk-fuzz",
    derandomize=SEED is None,
    database=None,  # no example database: a CI run is the same every time
    deadline=None,  # an import takes a few hundred ms, more with a huge cell
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
    # No "explain" phase: it re-runs a failing example a thousand times over.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target]
    + ([Phase.shrink] if SHRINK else []),
)


def fuzz_settings(layer: str):
    """The module's profile with ``layer``'s share of the examples (and the seed
    asked for, if any)."""
    examples = max(1, round(TOTAL_EXAMPLES * SHARES[layer]))
    configured = settings(settings.get_profile("centre-desk-fuzz"), max_examples=examples)

    def decorate(test):
        test = configured(test)
        return seed(int(SEED))(test) if SEED is not None else test
    return decorate


MAX_SKEW = dt.timedelta(hours=24)
"""How far ahead of real time the receiver's clock may be after any package."""
NOW_MS = time.time_ns() // 1_000_000
"""Real time when the module was loaded: stamps the strategies make are built on it."""
YEAR_2100_MS = int(dt.datetime(2100, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
SITE_C = uuid.UUID("c0c0c0c0-0000-4000-8000-00000000000c")
"""A third site neither side knows."""


# --- the two sites, made once -----------------------------------------------------------------

@dataclasses.dataclass(repr=False)
class World:
    """A sender A and a receiver B (both real sites that know each other); B's data dir
    kept as a template; A's real package for B taken apart."""

    root: Path
    template: Path
    work: Path
    incoming: Path
    receiver_id: uuid.UUID
    sender_id: uuid.UUID
    admin: object
    sender_keys: object
    recipient: str
    original: bytes
    parts: crafting.PackageParts
    zip_bytes: bytes
    digest_before: str
    digest_applied: str
    accounts_before: tuple
    ids: dict[str, uuid.UUID]
    rows_tables: dict[str, list[str]]
    """Tables holding rows in the original package, with their columns."""
    values: dict[str, st.SearchStrategy] = dataclasses.field(default_factory=dict)
    """Value strategies built on this world's ids (once: building them costs)."""

    # Short, when hypothesis prints the arguments of a failing example.
    def __repr__(self) -> str:
        return f"World(sender {self.sender_id}, receiver {self.receiver_id})"

    def _repr_pretty_(self, printer, _cycle) -> None:
        printer.text(repr(self))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[World]:
    # In memory when the machine has a tmpfs: thousands of small databases are written.
    shm = Path("/dev/shm")
    root = (Path(tempfile.mkdtemp(prefix="centre-desk-fuzz-", dir=shm)) if shm.is_dir()
            and os.access(shm, os.W_OK) else tmp_path_factory.mktemp("fuzz"))
    try:
        yield _make_world(root)
    finally:
        if root.parent == shm:
            shutil.rmtree(root, ignore_errors=True)


def _make_world(root: Path) -> World:
    a, b = make_site(root, "A"), make_site(root, "B")
    try:
        introduce(a, b)
        ids = _fill(a, b, root)
        original_path = a.export_to(b, folder=root, full=True, name="original.cdsync")
        sender_keys = crafting.keys_of(a.db)
        receiver_keys = crafting.keys_of(b.db)
        recipient = crafting.recipient_of(b.db)
        ids.update(A=a.db.site_id, B=b.db.site_id, admin_A=a.admin.user_id,
                   admin_B=b.admin.user_id)
        receiver_id, admin, receiver_paths = b.db.site_id, b.admin, b.paths
    finally:
        a.db.close()
        b.db.close()
    template = root / "B-template"
    shutil.copytree(receiver_paths.data_dir, template)
    original = original_path.read_bytes()
    parts = crafting.open_parts(original, receiver_keys)
    counts = crafting.count_rows(parts.rows)
    with crafting.rows_connection(parts.rows) as connection:
        stamped = connection.execute("SELECT count(*) FROM field_stamp").fetchone()[0]
        rows_tables = {
            name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            for name in [n for n, count in counts.items() if count]
            + ([crafting.FIELD_STAMP] if stamped else [])}
    world = World(root, template, root / "B-work", root / "incoming.cdsync", receiver_id,
                  ids["A"], admin, sender_keys, recipient, original, parts,
                  crafting.decrypt(original, receiver_keys), "", "", (), ids, rows_tables)
    world.values.update(stamp=stamps(ids), good_stamp=good_stamps(ids), json=json_values(ids),
                        cell=cell_values(ids))
    db = _restore(world)
    try:
        world.digest_before = database_digest(db)
        world.accounts_before = _own_accounts(db, world)
        api.import_package(db, admin, original_path)
        world.digest_applied = database_digest(db)
    finally:
        db.close()
    return world


def _fill(a, b, root: Path) -> dict[str, uuid.UUID]:
    """A: three persons (one edited), a participant with a case, an activity two of
    them attended, a specialist. B: a person and a read-only account, sent to A first,
    so A's package relays B's own rows back to B (as a hub's would)."""
    ids = {}
    with b.db.session(b.admin) as session, session.begin():
        ids["viewer_B"] = users.create_user(session, "viewer", "Viewer B", Role.READ_ONLY,
                                            "staple paper clip")
    ids["person_B"] = create_person(b, "Серикова", "Мадина", sex=Sex.FEMALE,
                                    birth_date=dt.date(2017, 9, 9))
    a.import_(b.export_to(a, folder=root, name="B-to-A.cdsync"))
    ids["mother"] = create_person(a, "Ахметова", "Айгерим", sex=Sex.FEMALE,
                                  birth_date=dt.date(1990, 3, 1))
    ids["son"] = create_person(a, "Ахметов", "Арман", sex=Sex.MALE,
                               birth_date=dt.date(2016, 6, 1))
    ids["man"] = create_person(a, "Жумабаев", "Нурлан", sex=Sex.MALE)
    edit_person(a, ids["man"], phone="+7 700 000 00 01", notes="Пришёл сам")
    with a.db.session(a.admin) as session, session.begin():
        ids["specialist_A"] = users.create_user(session, "specialist", "Specialist A",
                                                Role.SPECIALIST, "staple paper clip")
        participant = cases.register_participant(session, persons.PersonInput(
            surname="Ермуханов", given_name="Қайрат", iin="850301301239"), cases.CaseInput(
            category=CaseCategory.INMATE, facility="ИК-5", sentence_start=dt.date(2020, 2, 1),
            sentence_end=dt.date(2027, 2, 1), consent_given=True,
            consent_on=dt.date(2024, 1, 5)), dt.date(2024, 11, 20))
        ids["participant"], ids["case"] = participant.person_id, participant.case_id
        ids["activity"] = activities.create_activity(session, activities.ActivityInput(
            Programme.CASE_WORK, ActivityKind.CONVERSATION, dt.date(2024, 11, 1),
            title="Беседа"))
        activities.set_attendance(session, ids["activity"],
                                  [ids["participant"], ids["man"]], dt.date(2024, 11, 20))
    return ids


# --- one example: restore the receiver, import, check -----------------------------------------

AUDIT_TABLES = frozenset({"audit_event", "audit_head"})
"""The audit trail and its chain's head: every import adds to them, so the digest
leaves them out (as tests/unit/sync/sites.py database_digest leaves out audit_event)."""


def database_digest(db) -> str:
    """A hash of every table's rows but the audit trail's: equal means nothing changed."""
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        names = [row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))]
        for name in names:
            if name in AUDIT_TABLES:
                continue
            rows = sorted(repr(tuple(row)) for row in connection.execute(
                text(f'SELECT * FROM "{name}"')))
            digest.update(f"{name}:{len(rows)}:{''.join(rows)}".encode())
    return digest.hexdigest()


def _restore(world: World):
    """The receiver as the template holds it, open."""
    shutil.rmtree(world.work, ignore_errors=True)
    shutil.copytree(world.template, world.work)
    return open_database(Paths(world.work))


def _normal_id(value) -> str:
    return str(value).replace("-", "").lower()


AUTHORITY = ("account", "credential", "site", "site key", "peer")


def _own_accounts(db, world: World) -> tuple:
    """What only the receiver decides, raw: its own accounts (by id, or by origin),
    every credential, and (the trust model's "peers and settings") its site row, its
    keys and its peers as added (the acknowledged stamp left out: imports move it)."""
    own_ids = {_normal_id(world.ids["admin_B"]), _normal_id(world.ids["viewer_B"])}
    with db.engine.connect() as connection:
        def rows(sql, keep=lambda row: True, drop=()):
            result = connection.execute(text(sql))
            names = list(result.keys())
            return tuple(sorted(
                repr(tuple(v for n, v in zip(names, row) if n not in drop))
                for row in result if keep(row)))
        site_keys = ("SELECT * FROM site_key" if connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE name = 'site_key'")).first() else "SELECT 1")
        return (rows("SELECT * FROM user_account", lambda row: _normal_id(row.id) in own_ids
                     or _normal_id(row.origin_site) == world.receiver_id.hex),
                rows("SELECT * FROM credential"), rows("SELECT * FROM site"),
                rows(site_keys), rows("SELECT * FROM peer", drop=("acked_hlc",)))


def _check_clock(db, when: str) -> None:
    latest = dt.datetime.now(dt.UTC) + MAX_SKEW + dt.timedelta(minutes=1)
    stamp = db.clock.tick()
    try:
        wall = Stamp.parse(stamp).wall_ms
    except ValueError as error:
        raise AssertionError(f"{when}: the clock makes a stamp that is none: {stamp!r}") \
            from error
    assert wall <= latest.timestamp() * 1000, (
        f"{when}: the clock is more than 24 h ahead: {stamp}")


def _read_everything(db, world: World) -> None:
    """Every live person and activity through the services, as the GUI opens them."""
    with db.session(world.admin) as session, session.begin():
        try:
            person_ids = list(session.scalars(
                select(Person.id).where(Person.deleted_at.is_(None))))
            activity_ids = list(session.scalars(
                select(Activity.id).where(Activity.deleted_at.is_(None))))
        except Exception as error:
            raise AssertionError(f"listing the persons or activities raised {error!r}") \
                from error
        for person_id in person_ids:
            for what, read in (("get_person", persons.get_person),
                               ("family_of", family.family_of),
                               ("person_timeline", timeline.person_timeline),
                               ("person_activities", activities.person_activities)):
                try:
                    read(session, person_id)
                except NotFound:
                    if what == "get_person":
                        raise
                except Exception as error:
                    raise AssertionError(
                        f"{what}({person_id}) raised {error!r}") from error
            try:
                case_id = cases.case_for_person(session, person_id)
                if case_id is not None:
                    cases.participant_file(session, case_id)
            except Exception as error:
                raise AssertionError(f"the case file of {person_id} raised {error!r}") \
                    from error
        for activity_id in activity_ids:
            try:
                activities.get_activity(session, activity_id)
                activities.expected_people(session, activity_id)
            except Exception as error:
                raise AssertionError(f"activity {activity_id} raised {error!r}") from error
        try:
            users.list_users(session)
        except Exception as error:
            raise AssertionError(f"list_users raised {error!r}") from error


def _changed(before: tuple, after: tuple) -> str:
    lines = []
    for what, old, new in zip(AUTHORITY, before, after):
        lines += [f"{what} gone: {row}" for row in sorted(set(old) - set(new))]
        lines += [f"{what} now: {row}" for row in sorted(set(new) - set(old))]
    return "\n".join(line[:400] for line in lines)


def _note(message: str) -> None:
    try:
        note(message)
    except Exception:  # noqa: BLE001  (outside a hypothesis test: nobody to tell)
        pass


def receive(world: World, package: bytes) -> str:
    """Import ``package`` at a fresh copy of the receiver and check the property;
    returns the outcome ("refused: reason", "applied", "applied identically")."""
    world.incoming.write_bytes(package)
    db = _restore(world)
    try:
        before = database_digest(db)
        try:
            api.import_package(db, world.admin, world.incoming)
        except SyncRefused as refusal:
            _note(f"refused: {refusal.reason} ({refusal.detail})")
            assert database_digest(db) == before, (
                f"refused ({refusal.reason}) but the database changed")
            return f"refused: {refusal.reason}"
        except Exception as error:
            raise AssertionError(
                f"the import raised {type(error).__name__}, not SyncRefused: {error}") \
                from error
        digest = database_digest(db)
        _check_clock(db, "in the importing process")
        accounts = _own_accounts(db, world)
        assert accounts == world.accounts_before, (
            "the receiver's own accounts, credentials, site or peers changed:\n"
            + _changed(world.accounts_before, accounts))
    finally:
        db.close()
    try:
        db = open_database(Paths(world.work))
    except Exception as error:
        raise AssertionError(f"the site no longer opens: {error!r}") from error
    try:
        _check_clock(db, "after opening again")
        _read_everything(db, world)
    finally:
        db.close()
    return "applied identically" if digest == world.digest_applied else "applied"


def test_the_unmutated_package_applies_and_the_receiver_stays_healthy(world):
    """The baseline every example is measured against."""
    assert world.digest_applied != world.digest_before
    assert receive(world, world.original) == "applied identically"
    repacked = crafting.build(world.parts.manifest, world.parts.rows, world.sender_keys,
                              [world.recipient])
    assert receive(world, repacked).startswith("applied")


# --- bytes: flips, inserts, deletes, truncation -----------------------------------------------

def byte_edits(length: int, hot: list[tuple[int, int]]):
    """1-4 edits of a byte string of ``length``; positions often in the ``hot``
    ranges (headers), else anywhere (taken modulo the current length)."""
    anywhere = st.integers(0, max(0, length - 1))
    position = st.one_of([anywhere] + [st.integers(lo, max(lo, hi - 1)) for lo, hi in hot])
    edit = st.one_of(
        st.tuples(st.just("flip"), position, st.integers(1, 255)),
        st.tuples(st.just("set"), position, st.sampled_from([0, 0xFF, 0x7F, 0x80, 0x0A])),
        st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("delete"), position, st.integers(1, 512)),
        st.tuples(st.just("truncate"), position),
        st.tuples(st.just("repeat"), position, st.integers(1, 512)),
    )
    return st.lists(edit, min_size=1, max_size=4)


def apply_byte_edits(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for edit in edits:
        kind, position = edit[0], edit[1] % max(1, len(out))
        if kind == "flip" and out:
            out[position] ^= edit[2]
        elif kind == "set" and out:
            out[position] = edit[2]
        elif kind == "insert":
            out[position:position] = edit[2]
        elif kind == "delete":
            del out[position:position + edit[2]]
        elif kind == "truncate":
            del out[position:]
        elif kind == "repeat":
            out[position:position] = out[position:position + edit[2]]
    return bytes(out)


def _age_hot(data: bytes) -> list[tuple[int, int]]:
    """The age header (recipient stanza, MAC), the payload nonce and the last chunk."""
    end = data.index(b"\n---") + 48
    return [(0, end), (end, end + 16), (max(0, len(data) - 64), len(data))]


@st.composite
def encrypted_mutations(draw, world_bytes: bytes):
    return draw(byte_edits(len(world_bytes), _age_hot(world_bytes)))


@fuzz_settings("encrypted")
@given(data=st.data())
def test_a_mutated_encrypted_file(world, data):
    """(a) Anyone: bytes of the .cdsync file changed."""
    edits = data.draw(encrypted_mutations(world.original), label="edits")
    mutated = apply_byte_edits(world.original, edits)
    event(receive(world, mutated))


# --- the inner zip ----------------------------------------------------------------------------

_LOCAL = {"version": (4, "<H"), "flags": (6, "<H"), "method": (8, "<H"), "crc": (14, "<I"),
          "compressed_size": (18, "<I"), "size": (22, "<I"), "name_length": (26, "<H"),
          "extra_length": (28, "<H")}
_CENTRAL = {"version": (6, "<H"), "flags": (8, "<H"), "method": (10, "<H"), "crc": (16, "<I"),
            "compressed_size": (20, "<I"), "size": (24, "<I"), "name_length": (28, "<H"),
            "extra_length": (30, "<H"), "comment_length": (32, "<H"), "disk": (34, "<H"),
            "offset": (42, "<I")}
_EOCD = {"disk": (4, "<H"), "cd_disk": (6, "<H"), "entries_here": (8, "<H"),
         "entries": (10, "<H"), "cd_size": (12, "<I"), "cd_offset": (16, "<I"),
         "comment_length": (20, "<H")}
_FIELD_VALUES = {
    "flags": [0x1, 0x8, 0x40, 0x800, 0x2000, 0x41, 0xFFFF],
    "method": [0, 1, 6, 8, 9, 12, 14, 93, 95, 98, 99, 0xFFFF],
    "version": [0, 20, 45, 46, 51, 63, 99, 0xFFFF],
}
_WIDE = [0, 1, 2, 0x7FFF, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFFE]


def zip_layout(zip_bytes: bytes) -> tuple[list[int], list[int], int]:
    """(local header offsets, central directory entry offsets, end record offset), as
    zipfile finds them or, in a zip it cannot read, wherever their signatures stand."""
    try:
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
            local = [info.header_offset for info in archive.infolist()]
            start = archive.start_dir
    except Exception:  # noqa: BLE001  (a rebuilt zip with a false end record)
        local, start = _offsets(zip_bytes, b"PK\x03\x04"), None
    central = []
    if start is not None:
        at = start
        while zip_bytes[at:at + 4] == b"PK\x01\x02":
            central.append(at)
            name, extra, comment = struct.unpack("<HHH", zip_bytes[at + 28:at + 34])
            at += 46 + name + extra + comment
    else:
        central = _offsets(zip_bytes, b"PK\x01\x02")
    end = zip_bytes.rfind(b"PK\x05\x06")
    return local, central, end if end >= 0 else max(0, len(zip_bytes) - 22)


def _offsets(data: bytes, signature: bytes) -> list[int]:
    found, at = [], data.find(signature)
    while at >= 0:
        found.append(at)
        at = data.find(signature, at + 1)
    return found


def _header_edit():
    field = st.sampled_from(sorted(set(_LOCAL) | set(_CENTRAL)))
    return st.tuples(st.just("header"), st.sampled_from(["local", "central", "both"]),
                     st.integers(0, 2), field, st.integers(0, 2 ** 32 - 1), st.booleans())


def _eocd_edit():
    return st.tuples(st.just("eocd"), st.sampled_from(sorted(_EOCD)),
                     st.one_of(st.sampled_from(_WIDE), st.integers(0, 2 ** 32 - 1)))


def _value_for(field: str, raw: int, pick_known: bool) -> int:
    known = _FIELD_VALUES.get(field, _WIDE)
    return known[raw % len(known)] if pick_known else raw


def _put(out: bytearray, at: int, fmt: str, value: int) -> None:
    size = struct.calcsize(fmt)
    if at + size <= len(out):
        out[at:at + size] = struct.pack(fmt, value & (2 ** (8 * size) - 1))


def apply_zip_edits(zip_bytes: bytes, edits) -> bytes:
    """Header and end-record fields set, then any byte edits (offsets from the
    original's layout)."""
    local, central, eocd = zip_layout(zip_bytes)
    out = bytearray(zip_bytes)
    for edit in edits:
        if edit[0] == "header":
            _kind, where, member, field, raw, pick_known = edit
            value = _value_for(field, raw, pick_known)
            if where in ("local", "both") and field in _LOCAL and local:
                _put(out, local[member % len(local)] + _LOCAL[field][0], _LOCAL[field][1], value)
            if where in ("central", "both") and field in _CENTRAL and central:
                _put(out, central[member % len(central)] + _CENTRAL[field][0],
                     _CENTRAL[field][1], value)
        elif edit[0] == "eocd":
            _kind, field, value = edit
            _put(out, eocd + _EOCD[field][0], _EOCD[field][1], value)
        else:
            out = bytearray(apply_byte_edits(bytes(out), [edit]))
    return bytes(out)


_ODD_MEMBER_NAMES = ["manifest.json", "manifest.sig", crafting.ROWS, "../evil", "/abs",
                     "manifest.json/", "MANIFEST.JSON", "rows.sqlite3.zst ", "a" * 300, "ё"]


@st.composite
def zip_rebuilds(draw, parts: crafting.PackageParts):
    """How to rebuild the zip from the original's members: other compression, other
    order, a member doubled, dropped or added, an archive comment (a printable tuple;
    rebuild_zip makes it)."""
    names = list(parts.members)
    shape = draw(st.sampled_from(["compression", "order", "double", "drop", "add",
                                  "comment"]), label="rebuild")
    if shape == "compression":
        return shape, draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2,
                                            zipfile.ZIP_LZMA]))
    if shape == "order":
        return shape, tuple(draw(st.permutations(names)))
    if shape == "double":
        return (shape, draw(st.sampled_from(names)), draw(st.one_of(
            st.none(), st.binary(max_size=64), st.just(json.dumps({"format": "x"}).encode()))),
            draw(st.integers(0, len(names))))
    if shape == "drop":
        return shape, draw(st.sampled_from(names))
    if shape == "add":
        return shape, draw(st.sampled_from(_ODD_MEMBER_NAMES)), draw(st.binary(max_size=128))
    return shape, draw(st.sampled_from([b"x", b"PK\x05\x06" + b"\0" * 18, b"z" * 65535]))


def rebuild_zip(parts: crafting.PackageParts, rebuild: tuple) -> bytes:
    members = list(parts.members.items())
    compression, comment = zipfile.ZIP_STORED, b""
    shape = rebuild[0]
    if shape == "compression":
        compression = rebuild[1]
    elif shape == "order":
        members = [(name, parts.members[name]) for name in rebuild[1]]
    elif shape == "double":
        _shape, name, replacement, position = rebuild
        members.insert(position, (name, parts.members[name] if replacement is None
                                  else replacement))
    elif shape == "drop":
        members = [(name, data) for name, data in members if name != rebuild[1]]
    elif shape == "add":
        members.append((rebuild[1], rebuild[2]))
    else:
        comment = rebuild[1]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": meant
        for name, data in members:
            archive.writestr(name, data)
        archive.comment = comment
    return buffer.getvalue()


@st.composite
def zip_mutations(draw, zip_bytes: bytes, parts: crafting.PackageParts):
    """(rebuild or None, edits): the zip rebuilt (one in five), then header, end
    record and byte edits (positions often in the headers)."""
    if draw(st.integers(0, 4), label="rebuild?") == 0:
        rebuild = draw(zip_rebuilds(parts))
        return rebuild, draw(st.lists(st.one_of(_header_edit(), _eocd_edit()), max_size=2))
    local, central, _eocd = zip_layout(zip_bytes)
    hot = [(at, at + 80) for at in local] + [(central[0], len(zip_bytes))]
    return None, draw(st.lists(st.one_of(
        _header_edit(), _header_edit(), _eocd_edit(),
        byte_edits(len(zip_bytes), hot).map(lambda edits: edits[0])),
        min_size=1, max_size=4), label="edits")


def mutated_zip(world: World, mutation) -> bytes:
    rebuild, edits = mutation
    base = world.zip_bytes if rebuild is None else rebuild_zip(world.parts, rebuild)
    return apply_zip_edits(base, edits) if edits else base


@fuzz_settings("zip")
@given(data=st.data())
def test_a_mutated_inner_zip_reencrypted_for_the_receiver(world, data):
    """(b) Anyone holding the receiver's public card: the zip changed, encrypted again."""
    mutation = data.draw(zip_mutations(world.zip_bytes, world.parts), label="zip mutation")
    event(receive(world, crafting.encrypt(mutated_zip(world, mutation), [world.recipient])))


# --- the manifest, re-signed by the sender ----------------------------------------------------

def stamps(world_ids: dict[str, uuid.UUID]):
    """Clock stamps, well-formed or not, from now to far beyond."""
    sites = st.sampled_from([str(world_ids["A"]), str(world_ids["B"]), str(SITE_C),
                             str(world_ids["A"]).upper(), "not-a-site"])
    walls = st.sampled_from([0, NOW_MS, NOW_MS + 3_600_000, NOW_MS + 23 * 3_600_000,
                             NOW_MS + 25 * 3_600_000, YEAR_2100_MS, 10 ** 15 - 1])
    counters = st.sampled_from([0, 1, 999_999])
    return st.one_of(
        st.builds(lambda w, c, s: f"{w:015d}.{c:06d}.{s}", walls, counters, sites),
        st.builds(lambda w, s: f"{10 ** 15 + w}.000000.{s}", st.integers(0, 10 ** 6), sites),
        st.builds(lambda c, s: f"{NOW_MS:015d}.{c:07d}.{s}", st.integers(10 ** 6, 10 ** 7 - 1),
                  sites),
        st.sampled_from(["~not-a-stamp", "", "\uffff", "0", "x.y.z", "9" * 60,
                         f"{NOW_MS}.0.{world_ids['A']}"]),
    )


def good_stamps(world_ids: dict[str, uuid.UUID]):
    """Well-formed stamps of the sender, the receiver or a third site, from now to the
    largest a stamp can be."""
    return st.builds(
        lambda w, c, s: f"{w:015d}.{c:06d}.{s}",
        st.sampled_from([NOW_MS, NOW_MS + 3_600_000, NOW_MS + 23 * 3_600_000,
                         NOW_MS + 25 * 3_600_000, YEAR_2100_MS, 10 ** 15 - 1]),
        st.sampled_from([0, 1, 999_999]),
        st.sampled_from([str(world_ids["A"]), str(world_ids["B"]), str(SITE_C)]))


def json_values(world_ids):
    """Hostile JSON values."""
    uuids = st.sampled_from([str(world_ids["A"]), str(world_ids["B"]), str(SITE_C),
                             world_ids["B"].hex, str(world_ids["B"]).upper(),
                             "{" + str(world_ids["B"]) + "}", "not-a-uuid", ""])
    scalars = st.one_of(
        st.none(), st.booleans(),
        st.sampled_from([0, 1, -1, 2, 2 ** 31, 2 ** 63, 10 ** 30, -(10 ** 12)]),
        st.integers(), st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=30), uuids, stamps(world_ids),
        st.builds(lambda c, n: c * n, st.sampled_from("xЖ\x00"),
                  st.sampled_from([1000, 100_000])),
    )
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=8), uuids), inner, max_size=3)),
        max_leaves=6)


ODD_TABLES = ["credential", "site_key", "peer", "site", "audit_event", "sqlite_master",
              "sync_seen", "peer_seen", "quarantine", "conflict", "field_stamp", "aside",
              "", "Person", "person ", 'x"; DROP TABLE person; --', "../x", "person.id",
              "sign_in_throttle", "alembic_version", "пользователь"]


def _paths(manifest: dict) -> list[tuple]:
    """Every path into the manifest (dict keys and list indexes)."""
    found = []

    def walk(value, path):
        found.append(path)
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, (*path, key))
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, (*path, index))
    walk(manifest, ())
    return [p for p in found if p]


def _set(manifest, path, value):
    target = manifest
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _delete(manifest, path):
    target = manifest
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]


@st.composite
def manifest_mutations(draw, world: World):
    """(changes, style): 1-4 changes to the manifest, each ("set", path, value) or
    ("drop", path): a value replaced, a key dropped or added, odd tables and counts,
    forged seen entries and clock, recipients and sender in other spellings; then the
    JSON style it is written in (see manifest_for)."""
    manifest = json.loads(world.parts.manifest_bytes)
    ids = world.ids
    changes = []

    def put(path, value):
        _set(manifest, path, copy.deepcopy(value))  # later changes may go inside it
        changes.append(("set", path, value))

    # Mostly one change, and mostly of a plausible type: a manifest whose shape is
    # wrong is refused before anything else is looked at.
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3, 4]), label="changes")):
        kind = draw(st.sampled_from(["set", "set", "drop", "add", "table", "count", "seen",
                                     "seen", "seen", "clock", "clock", "recipients",
                                     "sender"]), label="kind")
        paths = _paths(manifest)
        if kind == "set" and paths:
            put(draw(st.sampled_from(paths)), draw(world.values["json"]))
        elif kind == "drop" and paths:
            path = draw(st.sampled_from(paths))
            _delete(manifest, path)
            changes.append(("drop", path))
        elif kind == "add":
            put((draw(st.text(max_size=10)),), draw(world.values["json"]))
        elif kind == "table":
            if not isinstance(manifest.get("tables"), dict):
                put(("tables",), {})
            put(("tables", draw(st.sampled_from(ODD_TABLES + [t.name for t in synced_tables()]))),
                {"rows": draw(st.one_of(st.integers(0, 3), world.values["json"]))})
        elif kind == "count":
            tables = manifest.get("tables")
            if isinstance(tables, dict) and tables:
                put(("tables", draw(st.sampled_from(sorted(tables)))), {"rows": draw(st.one_of(
                    st.sampled_from([0, -1, 10 ** 9, 10 ** 12, 2 ** 63, 10 ** 100]),
                    world.values["json"]))})
        elif kind == "seen":
            if not isinstance(manifest.get("seen"), dict):
                put(("seen",), {})
            key = draw(st.sampled_from([str(ids["A"]), str(ids["B"]), str(SITE_C)] * 2
                                       + ["not-a-uuid", "", str(ids["B"]).upper()]))
            put(("seen", key), draw(st.one_of(world.values["good_stamp"],
                                              world.values["good_stamp"],
                                              world.values["stamp"], world.values["json"])))
        elif kind == "clock":
            put(("clock",), {
                "from": draw(st.one_of(st.none(), world.values["good_stamp"],
                                       world.values["stamp"])),
                "to": draw(st.one_of(world.values["good_stamp"], world.values["good_stamp"],
                                     world.values["stamp"], world.values["json"]))})
        elif kind == "recipients":
            put(("recipients",), draw(st.lists(st.sampled_from(
                [str(ids["B"]), ids["B"].hex, str(ids["B"]).upper(), str(ids["A"]),
                 str(SITE_C), "not-a-uuid", 7]), max_size=3)))
        elif isinstance(manifest.get("sender"), dict):
            put(("sender", draw(st.sampled_from(["site_id", "centre_name", "region"]))), draw(
                st.one_of(st.sampled_from([str(ids["A"]).upper(), ids["A"].hex,
                                           str(ids["B"]), str(SITE_C), 42]),
                          world.values["json"])))
    style = draw(st.sampled_from(["exporter"] * 4 + ["compact", "bom", "duplicate",
                                                     "not json"]), label="style")
    return changes, style


def manifest_for(world: World, mutation) -> bytes:
    """The manifest's bytes after ``mutation`` (from manifest_mutations)."""
    changes, style = mutation
    manifest = json.loads(world.parts.manifest_bytes)
    for change in changes:
        if change[0] == "set":
            _set(manifest, change[1], copy.deepcopy(change[2]))
        else:
            _delete(manifest, change[1])
    if style == "compact":
        return json.dumps(manifest, separators=(",", ":")).encode()
    if style == "bom":
        return b"\xef\xbb\xbf" + crafting.manifest_bytes_of(manifest)
    if style == "duplicate":  # json.loads takes the last of two equal keys
        body = crafting.manifest_bytes_of(manifest)
        first = json.dumps({"sender": {"site_id": str(SITE_C)}, "recipients": []})
        return first[:-1].encode() + b", " + body[1:] if manifest else body
    if style == "not json":
        return crafting.manifest_bytes_of(manifest)[:-2]
    return crafting.manifest_bytes_of(manifest)


@fuzz_settings("manifest")
@given(data=st.data())
def test_a_mutated_manifest_signed_by_the_sender(world, data):
    """(c) A hostile peer: its own manifest changed and signed with its real key."""
    manifest = manifest_for(world, data.draw(manifest_mutations(world), label="manifest"))
    package = crafting.build(manifest, None, world.sender_keys, [world.recipient],
                             compressed_rows=world.parts.members[crafting.ROWS])
    event(receive(world, package))


# --- the rows, re-sealed and re-signed by the sender ------------------------------------------

BAD_DATES = ["not a date", "2024-13-45", "0000-00-00", "2024-02-30", "99999-01-01",
             "2024-01-01T25:61:00", "", " 2024-01-01", "2024-01-01 00:00:00+05:00",
             "1900-01-01", "2100-01-01 00:00:00.000000", "31.12.2024"]


def cell_values(world_ids):
    """What a hostile peer puts in a cell."""
    uuids = st.sampled_from(["not-a-uuid", "", "0" * 31, "g" * 32, world_ids["B"].hex + "0",
                             str(world_ids["admin_B"]), str(world_ids["admin_B"]).upper(),
                             world_ids["admin_B"].hex, world_ids["person_B"].hex,
                             uuid.UUID(int=0).hex, "{" + str(world_ids["A"]) + "}"])
    return st.one_of(
        st.none(),
        st.sampled_from([0, 1, -1, 2, 2 ** 63 - 1, -(2 ** 63)]), st.integers(-(2 ** 63),
                                                                             2 ** 63 - 1),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20), st.binary(max_size=20),
        st.builds(lambda c, n: c * n, st.sampled_from(["x", "Ж", "𝄞", "\x00"]),
                  st.sampled_from([101, 201, 1001, 10_001, 100_000, 5_000_000])),
        st.sampled_from(BAD_DATES), uuids, stamps(world_ids),
        st.sampled_from(["administrator", "ADMINISTRATOR", "nobody", "true", "1", "0",
                         "inmate", "read_only"]),
    )


@st.composite
def row_edits(draw, world: World):
    """1-4 changes to the rows' database, as a list of (description, sql callable)."""
    ids = world.ids
    tables = sorted(world.rows_tables)
    synced = sorted(world.rows_tables.keys() - {crafting.FIELD_STAMP})
    edits = []
    for _ in range(draw(st.integers(1, 4), label="changes")):
        kind = draw(st.sampled_from(["cell", "cell", "stamp", "delete", "add", "account",
                                     "account", "field_stamp", "drop_table", "add_table",
                                     "column"]), label="kind")
        if kind in ("cell", "stamp"):
            table = draw(st.sampled_from(tables))
            columns = world.rows_tables[table]
            column = "hlc" if kind == "stamp" and "hlc" in columns else draw(
                st.sampled_from(columns))
            value = draw(st.one_of(world.values["good_stamp"], world.values["stamp"])
                         if kind == "stamp" else world.values["cell"])
            row = draw(st.integers(0, 50))
            edits.append(("set", table, column, row, value))
        elif kind == "delete":
            edits.append(("delete", draw(st.sampled_from(tables)), draw(st.integers(0, 50))))
        elif kind == "add":
            table = draw(st.sampled_from(synced))
            columns = world.rows_tables[table]
            overrides = draw(st.dictionaries(st.sampled_from(columns), world.values["cell"],
                                             max_size=3))
            new_id = draw(st.sampled_from([uuid.UUID(int=draw(st.integers(1, 2 ** 64))).hex,
                                           ids["admin_B"].hex, ids["person_B"].hex,
                                           ids["case"].hex]))
            edits.append(("add", table, draw(st.integers(0, 50)), {"id": new_id, **overrides}))
        elif kind == "account":
            target = draw(st.sampled_from(["admin_B", "viewer_B", "specialist_A", "new"]))
            changes = draw(st.fixed_dictionaries({}, optional={
                "role": st.sampled_from(["administrator", "read_only", "supervisor"]),
                "active": st.sampled_from([0, 1]),
                "username": st.sampled_from(["admin", "viewer", "root", "Admin", "admin "]),
                "deleted_at": st.sampled_from(["2024-01-01 00:00:00.000000", None]),
                "origin_site": st.sampled_from([ids["B"].hex, ids["A"].hex, SITE_C.hex]),
                "full_name": st.sampled_from(["Someone else", "x" * 500]),
            }))
            hlc = draw(st.one_of(st.sampled_from([
                f"{NOW_MS + 1000:015d}.000000.{ids['A']}",
                f"{NOW_MS + 1000:015d}.000000.{ids['B']}",
                f"{NOW_MS + 3_600_000:015d}.000000.{ids['B']}"]), world.values["stamp"]))
            edits.append(("account", target, changes, hlc,
                          draw(st.booleans(), label="with field stamps")))
        elif kind == "field_stamp":
            edits.append(("field_stamp", draw(st.sampled_from(
                [t.name for t in synced_tables()] + ["nonexistent"])),
                draw(st.sampled_from([ids["person_B"].hex, ids["admin_B"].hex,
                                      ids["viewer_B"].hex, ids["mother"].hex, "not-a-uuid",
                                      ids["case"].hex]) | world.values["cell"]),
                draw(st.sampled_from(["*", "surname", "role", "active", "id", "hlc",
                                      "no_such_field"])),
                draw(world.values["stamp"])))
        elif kind == "drop_table":
            edits.append(("drop_table", draw(st.sampled_from(crafting.table_names(
                world.parts.rows)))))
        elif kind == "add_table":
            edits.append(("add_table", draw(st.sampled_from(ODD_TABLES)),
                          draw(st.integers(0, 3))))
        else:
            table = draw(st.sampled_from(tables))
            edits.append(("column", table, draw(st.sampled_from(["drop", "add", "rename"])),
                          draw(st.sampled_from(world.rows_tables[table]))))
    return edits


def _rowid(connection, table: str, index: int):
    rowids = [r for (r,) in connection.execute(
        f'SELECT rowid FROM "{crafting.quote(table)}" ORDER BY rowid')]
    return rowids[index % len(rowids)] if rowids else None


def _apply_row_edit(connection: sqlite3.Connection, edit, world: World) -> None:
    ids = world.ids
    kind = edit[0]
    if kind == "set":
        _k, table, column, index, value = edit
        rowid = _rowid(connection, table, index)
        if rowid is not None:
            connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                               (value, rowid))
    elif kind == "delete":
        _k, table, index = edit
        rowid = _rowid(connection, table, index)
        if rowid is not None:
            connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    elif kind == "add":
        _k, table, index, values = edit
        rowid = _rowid(connection, table, index)
        if rowid is not None:
            row = {**dict(connection.execute(f'SELECT * FROM "{table}" WHERE rowid = ?',
                                             (rowid,)).fetchone()), **values}
            columns = list(row)
            connection.execute(
                f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)})'
                f' VALUES ({", ".join("?" for _ in columns)})', [row[c] for c in columns])
    elif kind == "account":
        _k, target, changes, hlc, with_stamps = edit
        if target == "new":
            user_id = uuid.UUID(int=0xB00B).hex
            base = {"username": "intruder", "full_name": "Intruder", "role": "administrator",
                    "active": 1, "origin_site": ids["B"].hex}
        else:
            user_id = ids[target].hex
            base = {}
        existing = connection.execute("SELECT * FROM user_account WHERE id = ?",
                                      (user_id,)).fetchone()
        template = existing or connection.execute(
            "SELECT * FROM user_account LIMIT 1").fetchone()
        row = {**dict(template), **base, **changes, "id": user_id, "hlc": hlc}
        if existing is not None:
            connection.execute("DELETE FROM user_account WHERE id = ?", (user_id,))
        columns = list(row)
        connection.execute(
            f'INSERT INTO user_account ({", ".join(columns)}) '
            f'VALUES ({", ".join("?" for _ in columns)})', [row[c] for c in columns])
        if with_stamps:
            for field in ("*", *changes):
                connection.execute("INSERT INTO field_stamp VALUES (?, ?, ?, ?)",
                                   ("user_account", user_id, field, hlc))
    elif kind == "field_stamp":
        _k, table, row_id, field, hlc = edit
        connection.execute("INSERT INTO field_stamp VALUES (?, ?, ?, ?)",
                           (table, row_id, field, hlc))
    elif kind == "drop_table":
        connection.execute(f'DROP TABLE IF EXISTS "{crafting.quote(edit[1])}"')
    elif kind == "add_table":
        _k, name, count = edit
        quoted = crafting.quote(name)
        connection.execute(f'CREATE TABLE IF NOT EXISTS "{quoted}" (id, user_id, password_hash, '
                           "username, role, hlc, origin_site)")
        for n in range(count):
            connection.execute(f'INSERT INTO "{quoted}" VALUES (?, ?, ?, ?, ?, ?, ?)', (
                uuid.UUID(int=n + 1).hex, ids["admin_B"].hex, "$argon2id$forged",
                "admin", "administrator", f"{NOW_MS:015d}.000000.{ids['A']}", ids["B"].hex))
    elif kind == "column":
        _k, table, how, column = edit
        try:
            if how == "drop":
                connection.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
            elif how == "add":
                connection.execute(f'ALTER TABLE "{table}" ADD COLUMN "extra_{column}" '
                                   "DEFAULT 'x'")
            else:
                connection.execute(f'ALTER TABLE "{table}" RENAME COLUMN "{column}" TO '
                                   f'"{column}_renamed"')
        except sqlite3.OperationalError:
            pass  # e.g. the table was dropped by an earlier edit


@fuzz_settings("rows")
@given(data=st.data())
def test_mutated_rows_sealed_and_signed_by_the_sender(world, data):
    """(d) A hostile peer: the rows changed, the manifest's counts, size and checksum
    brought up to date and signed with its real key."""
    edits = data.draw(row_edits(world), label="row edits")

    def edit(connection):
        connection.row_factory = sqlite3.Row
        for one in edits:
            try:
                _apply_row_edit(connection, one, world)
            except sqlite3.Error as error:  # e.g. a table an earlier edit dropped
                _note(f"edit {one[:3]} not made: {error}")
    rows = crafting.edit_rows(world.parts.rows, edit)
    package = crafting.build(json.loads(world.parts.manifest_bytes), rows, world.sender_keys,
                             [world.recipient], keep_tables=world.parts.manifest["tables"])
    event(receive(world, package))
