"""Synthetic data for demos and benchmarks: a region's people and work, in one go.

``seed()`` fills an installation that holds no persons yet with realistic records:
Kazakh and Russian families with valid IINs, case files in every category and stage,
the four programmes' activities with about ten attendances per person, courses,
the facilities' week plans for the past year (seed.plans), organisations and
placements. Everything, including one SEEDED audit event, is written in one
transaction: an error or Ctrl-C leaves the database as it was.

Seeding also creates the staff cases are assigned to, all with the password
``SEED_PASSWORD`` ("seeded staff password"): specialist1 … specialist4 (specialists),
supervisor1 and supervisor2 (supervisors) and viewer (read-only). A user name that
already exists is reused as it is, password and all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from centre_desk.domain.enums import AuditAction, Role
from centre_desk.services import audit, users
from centre_desk.services.seed import vocabulary as words
from centre_desk.services.errors import ServiceError
from centre_desk.services.seed.cases import seed_cases
from centre_desk.services.seed.people import seed_people
from centre_desk.services.seed.placements import seed_placements
from centre_desk.services.seed.programmes import seed_programmes
from centre_desk.services.seed.writer import Binder, BulkWriter, SeedContext, StaffMember
from centre_desk.store import stamping
from centre_desk.store.bulk import bulk_connection
from centre_desk.store.base import utc_now
from centre_desk.store.database import Database
from centre_desk.store.models import Credential, Person, User

SEED_PASSWORD = "seeded staff password"
MAX_PERSONS = 1_000_000
# Rows written per seeded person, roughly; only for the progress estimate.
_ROWS_PER_PERSON = 17


class SeedRefused(ServiceError):
    """The seed cannot run here; nothing was written."""


@dataclasses.dataclass(frozen=True)
class SeedSummary:
    """How many rows the seed wrote to each table."""

    users: int
    persons: int
    relationships: int
    cases: int
    case_specialists: int
    stage_changes: int
    follow_ups: int
    organisations: int
    placements: int
    placement_status_changes: int
    courses: int
    enrolments: int
    activities: int
    attendances: int
    club_memberships: int
    event_registrations: int
    plans: int
    plan_exceptions: int

    @property
    def rows(self) -> int:
        """Every row written, all tables together."""
        return sum(dataclasses.astuple(self))


_SUMMARY_TABLES = {
    "persons": "person", "relationships": "relationship", "cases": "case_file",
    "case_specialists": "case_specialist", "stage_changes": "stage_change",
    "follow_ups": "follow_up", "organisations": "organisation", "placements": "placement",
    "placement_status_changes": "placement_status_change", "courses": "course",
    "enrolments": "enrolment", "activities": "activity", "attendances": "attendance",
    "club_memberships": "club_membership", "event_registrations": "event_registration",
    "plans": "plan", "plan_exceptions": "plan_exception",
}


def seed(database: Database, persons: int, random_seed: int = 1,
         progress: Callable[[int, int], None] | None = None, *,
         today: dt.date | None = None) -> SeedSummary:
    """Fill an installation without persons with ``persons`` synthetic persons and all
    that goes with them, on behalf of the site itself (the ``seed`` command: no staff
    member did it, so none is named in the rows or the audit trail).

    The same ``random_seed`` and ``today`` give the same records (ids and time stamps
    apart). ``progress(done, total)`` is called as rows are written (``total`` is an
    estimate until the last call); it may raise to cancel, and then nothing is kept.
    Raises SeedRefused for a count out of range or a database that has persons.
    """
    if not 1 <= persons <= MAX_PERSONS:
        raise SeedRefused(f"The number of persons to seed must be between 1 and "
                          f"{MAX_PERSONS:,}.")
    actor = audit.site_actor()
    with bulk_connection(database.engine) as connection:
        with Session(bind=connection) as session, session.begin():
            session.info[stamping.CONTEXT_KEY] = stamping.Context(
                actor, database.site_id, database.clock)
            return _seed_in(session, database, actor, persons, random_seed, progress,
                            today or dt.date.today())


def _seed_in(session: Session, database: Database, actor: stamping.Actor, persons: int,
             random_seed: int, progress: Callable[[int, int], None] | None,
             today: dt.date) -> SeedSummary:
    if session.scalar(select(Person.id).limit(1)) is not None:
        raise SeedRefused("This database already holds persons: seed only a new, empty "
                          "installation.")
    staff, created = _staff(session)
    connection = session.connection()
    done = 0
    estimate = persons * _ROWS_PER_PERSON

    def written(rows: int) -> None:
        nonlocal done
        done += rows
        if progress:
            progress(done, max(estimate, done))

    binder = Binder(connection)
    writer = BulkWriter(connection, binder, site_id=database.site_id, actor_id=actor.user_id,
                        now=utc_now(), clock=database.clock, on_written=written)
    ctx = SeedContext(random.Random(random_seed), today, binder, writer,
                      [StaffMember(binder.uuid(u.id), u.full_name, u.role.value)
                       for u in staff])
    indexes = _drop_indexes(connection, _SUMMARY_TABLES.values())
    population = seed_people(ctx, persons)
    cases = seed_cases(ctx, population)
    club_members = seed_programmes(ctx, population, cases)
    seed_placements(ctx, population, cases, club_members)
    writer.flush_all()
    for statement in indexes:
        connection.exec_driver_sql(statement)
    if progress:
        progress(done, done)
    counts = writer.counts()
    summary = SeedSummary(users=created, **{field: counts.get(table, 0)
                                            for field, table in _SUMMARY_TABLES.items()})
    audit.record(session, AuditAction.SEEDED, "person", None, random_seed=random_seed,
                 **dataclasses.asdict(summary))
    return summary


def _drop_indexes(connection: Connection, tables: Iterable[str]) -> list[str]:
    """On SQLite, drop the seeded tables' own indexes (those a unique constraint or the
    primary key makes stay) and return the statements that make them again, run once
    every row is written: an index made in one sorted pass costs a fraction of
    1.8 million rows each put in its place in every index. Inside the seed's
    transaction, so an error or Ctrl-C leaves them as they were."""
    if connection.dialect.name != "sqlite":
        return []
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")  # DDL does not open one in the driver
    names = sorted(tables)
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(names))}) ORDER BY name",
        tuple(names)).all()
    for name, _sql in rows:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _staff(session: Session) -> tuple[list[User], int]:
    """The seeded staff, made now or, when the user name exists, the existing account;
    and how many were made."""
    found, created = [], 0
    for username, full_name, role in words.STAFF:
        # This PC's account of that name, not another site's that arrived by sync.
        local = select(User).where(User.username == username,
                                   User.id.in_(select(Credential.user_id)))
        user = session.scalars(local).first()
        if user is None:
            users.create_user(session, username, full_name, Role(role), SEED_PASSWORD)
            user = session.scalars(local).one()
            created += 1
        found.append(user)
    return found, created
