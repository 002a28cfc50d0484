"""Fast bulk writing for the seed, and the context every part of the seed shares.

SQLAlchemy's ``session.execute(insert(Model), dicts)`` runs every value of every row
through the column types' bind processors and the ORM's bulk machinery; for a million
attendances that took 32 s where SQLite's own work took 12 s. Here each distinct value
is converted once (dates, enum codes), every id is made in its bound form and what
every row of a table shares (the sync columns, the defaults) stands in the statement
as a constant, so a row is a short plain tuple the driver takes as it is; its clock
stamps are handed out a chunk at a time. The statement itself is still compiled by
SQLAlchemy for the connection's dialect, and the conversions are the dialect's own
bind and literal processors, so what lands in the database is what the ORM would have
written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import itertools
import operator
import os
import random
import uuid
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import (Boolean, Column, ColumnElement, Connection, Date, DateTime, Dialect, Uuid,
                        insert, literal_column, null)

from centre_desk.domain.clock import HybridLogicalClock
from centre_desk.store import models  # noqa: F401  (fills the metadata)
from centre_desk.store.base import Base, enum_column

CHUNK = 5000
_TABLE_ORDER = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
_UUID_BATCH = 4096
# Per uuid: the version nibble (byte 6) and the variant's two top bits (byte 8) cleared,
# then set to 4 and 0b10.
_UUID_KEEP = int.from_bytes(bytes.fromhex("ffffffffffff0fff3fffffffffffffff") * _UUID_BATCH)
_UUID_SET = int.from_bytes(bytes.fromhex("00000000000040008000000000000000") * _UUID_BATCH)


def _same(value):
    return value


def _constant(column: Column, value: object, dialect: Dialect) -> ColumnElement:
    """``value`` as an SQL constant of ``column``'s type, written by the dialect."""
    if value is None:
        return null()
    render = column.type.dialect_impl(dialect).literal_processor(dialect)
    if render is None:
        raise ValueError(f"the seed cannot write {column} as a constant")
    return literal_column(render(value), column.type)


def _uuid4_hex_batches() -> Iterator[list[str]]:
    """uuid4s as 32 hex digits, 4,096 at a time: random bytes read in bulk and given
    uuid4's version and variant bits by one mask over the whole batch, as uuid.uuid4()
    does one at a time (a tenth of uuid4().hex's CPU, a half of setting the bits per
    id)."""
    size = 16 * _UUID_BATCH
    while True:
        number = int.from_bytes(os.urandom(size)) & _UUID_KEEP | _UUID_SET
        yield number.to_bytes(size).hex(" ", 16).split()


class Binder:
    """Turns Python values into what this dialect's driver receives."""

    def __init__(self, connection: Connection) -> None:
        dialect = connection.dialect

        def processor(type_) -> Callable:
            return type_.dialect_impl(dialect).bind_processor(dialect) or _same
        self._uuid = processor(Uuid())
        self._date = processor(Date())
        self._datetime = processor(DateTime())
        self._boolean = processor(Boolean())
        self._processor = processor
        # A fresh uuid4 in bound form; made in bulk where the driver takes uuids as 32
        # hex digits (SQLite).
        probe = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF)
        self.new_id: Callable[[], object] = (
            itertools.chain.from_iterable(_uuid4_hex_batches()).__next__
            if self._uuid(probe) == probe.hex else lambda: self._uuid(uuid.uuid4()))
        self._dates: dict[dt.date, object] = {}
        self._enums: dict[type[enum.Enum], dict[enum.Enum, object]] = {}

    def uuid(self, value: uuid.UUID | None) -> object:
        return None if value is None else self._uuid(value)

    def date(self, value: dt.date | None) -> object:
        if value is None:
            return None
        bound = self._dates.get(value)
        if bound is None:
            bound = self._dates[value] = self._date(value)
        return bound

    def datetime(self, value: dt.datetime | None) -> object:
        return None if value is None else self._datetime(value)

    def flag(self, value: bool) -> object:
        return self._boolean(value)

    def enum(self, member: enum.Enum | None) -> object:
        if member is None:
            return None
        table = self._enums.get(type(member))
        if table is None:
            convert = self._processor(enum_column(type(member)))
            table = self._enums[type(member)] = {m: convert(m) for m in type(member)}
        return table[member]


class Sink:
    """Rows for one table: ``add(id, *values)``, the values in the order of ``columns``.

    Columns not listed are left to their defaults (a scalar default is written as a
    constant; NULL otherwise), so a column added to a model later does not break the
    seed. Listing columns in the table's own order spares a reordering of every row.
    What every row shares (the sync columns but the stamp, the defaults) stands in the
    statement as constants the dialect renders: a row binds only its own values, which
    halves the driver's work for the narrow tables.
    """

    def __init__(self, writer: BulkWriter, model: type[Base], columns: Sequence[str]) -> None:
        table = model.__table__
        connection = writer.connection
        dialect = connection.dialect
        names = [*columns, "id", "hlc"]
        shared = dict(writer.shared)
        unlisted = insert(table).compile(dialect=dialect, column_keys=[*names, *shared])
        for key in unlisted.positiontup if dialect.positional else unlisted.binds:
            if key in names or key in shared:
                continue
            default = table.c[key].default
            if default is None or not default.is_scalar:
                raise ValueError(f"the seed does not fill {table.name}.{key}")
            shared[key] = default.arg
        compiled = insert(table).values(
            {key: _constant(table.c[key], value, dialect) for key, value in shared.items()}
        ).compile(dialect=dialect, column_keys=names)
        keys = list(compiled.positiontup) if dialect.positional else list(compiled.binds)
        if sorted(keys) != sorted(names):
            raise ValueError(f"the seed's statement for {table.name} binds {keys}")
        self.model = model
        self.count = 0  # written
        self._sql = compiled.string
        self._names = None if dialect.positional else names
        self._reorder = (None if not dialect.positional or keys == names else
                         operator.itemgetter(*(names.index(key) for key in keys)))
        self._writer = writer
        self._rows: list[tuple] = []

    @property
    def added(self) -> int:
        """Rows written or waiting."""
        return self.count + len(self._rows)

    def add(self, row_id, *values) -> None:
        rows = self._rows
        rows.append(values + (row_id,))
        if len(rows) >= CHUNK:
            self._writer.flush_through(self)

    def flush(self) -> None:
        """Write the waiting rows, stamped now: in the order they were added, and a
        parent's row (flushed first) before its children's."""
        if not self._rows:
            return
        rows = [row + (stamp,) for row, stamp in
                zip(self._rows, self._writer.clock.ticks(len(self._rows)), strict=True)]
        self._rows = []
        if self._names is not None:
            params = [dict(zip(self._names, row)) for row in rows]
        elif self._reorder is not None:
            params = list(map(self._reorder, rows))
        else:
            params = rows
        self._writer.execute(self._sql, params)
        self.count += len(rows)


class BulkWriter:
    """Sinks in parent-before-child order: a sink flushing first flushes those that
    come before it, so foreign keys always point at rows already written."""

    def __init__(self, connection: Connection, binder: Binder, *, site_id: uuid.UUID,
                 actor_id: uuid.UUID, now: dt.datetime, clock: HybridLogicalClock,
                 on_written: Callable[[int], None] | None = None) -> None:
        self.connection = connection
        self.clock = clock
        self.shared = {"origin_site": site_id, "created_at": now, "created_by": actor_id,
                       "updated_at": now, "updated_by": actor_id, "deleted_at": None}
        self._sinks: list[Sink] = []
        self._on_written = on_written

    def execute(self, sql: str, params: list) -> None:
        """Send one chunk of rows."""
        self.connection.exec_driver_sql(sql, params)
        if self._on_written:
            self._on_written(len(params))

    def sink(self, model: type[Base], columns: Sequence[str]) -> Sink:
        """A sink for one table; whichever order sinks are made in, they flush parents
        first (the metadata's dependency order)."""
        made = Sink(self, model, columns)
        self._sinks.append(made)
        self._sinks.sort(key=lambda sink: _TABLE_ORDER[sink.model.__tablename__])
        return made

    def flush_through(self, last: Sink) -> None:
        for sink in self._sinks:
            sink.flush()
            if sink is last:
                return

    def flush_all(self) -> None:
        for sink in self._sinks:
            sink.flush()

    def counts(self) -> dict[str, int]:
        """Rows written per table name."""
        counts: dict[str, int] = {}
        for sink in self._sinks:
            name = sink.model.__tablename__
            counts[name] = counts.get(name, 0) + sink.count
        return counts


@dataclasses.dataclass(frozen=True)
class StaffMember:
    """A seeded user cases and activities are assigned to."""

    id: object  # bound
    full_name: str
    role: str


@dataclasses.dataclass
class SeedContext:
    """What every part of the seed shares: the random source, the day the data is
    "as of", the value binder and the writer."""

    rng: random.Random
    today: dt.date
    bind: Binder
    writer: BulkWriter
    staff: list[StaffMember]

    def days_ago(self, low: int, high: int) -> dt.date:
        """A day between ``high`` and ``low`` days before today."""
        return self.today - dt.timedelta(days=self.rng.randint(low, high))

    def between(self, first: dt.date, last: dt.date) -> dt.date:
        """A day in [first, last] (first if the range is empty)."""
        span = (last - first).days
        return first if span <= 0 else first + dt.timedelta(days=self.rng.randint(0, span))

    def covering(self, values: Sequence, weights: Sequence[float], count: int) -> list:
        """``count`` values drawn by weight, holding each value at least once when there
        is room, in random order: small seeds still show every code."""
        chosen = list(values[:count]) + self.rng.choices(values, weights,
                                                        k=max(0, count - len(values)))
        self.rng.shuffle(chosen)
        return chosen

    def specialists(self) -> list[StaffMember]:
        """Staff who may carry cases: specialists and supervisors."""
        return [s for s in self.staff if s.role in ("specialist", "supervisor")]
