"""Tells the unit of work the order the foreign keys ask for, so one flush can insert a
person, their case and its stage change together.

The models declare foreign keys but no relationships (the services read and write ids),
and without a relationship SQLAlchemy orders a flush's inserts by class name: a case
would go in before its person. Each foreign key between two different mapped tables is
given an inert many-to-one relationship (never loaded, never set), which is all the unit
of work needs to insert parents first; and with the order known it sends each table's
rows in one statement, which a flush per row (spreadsheet import, seed) cannot."""

from __future__ import annotations

from sqlalchemy.orm import registry, relationship

PREFIX = "_after_"
"""The relationships' names: ``_after_person_id`` on a case."""


def order_flushes_by_foreign_keys(mappers: registry) -> None:
    by_table = {mapper.local_table: mapper for mapper in mappers.mappers}
    for mapper in list(mappers.mappers):
        for key in mapper.local_table.foreign_keys:
            target = by_table.get(key.column.table)
            if target is None or target is mapper or PREFIX + key.parent.name in mapper.attrs:
                continue
            mapper.add_property(PREFIX + key.parent.name, relationship(
                target.class_, foreign_keys=[key.parent], primaryjoin=key.parent == key.column,
                lazy="raise", cascade="none"))
