"""Persons' name keys, sort key and IIN compared byte by byte on PostgreSQL, as SQLite
compares them: the columns take the "C" collation.

A server whose databases were made in a language's collation (ru_RU.UTF-8, an ICU
locale: the default of many installations) compares text by that language's rules,
which skip control characters and punctuation. Then the prefix search's upper bound
(the key typed and "\\x7f"; an IIN's digits and ":") equals the key itself and a search
finds no one, and the lists sort in another order than on SQLite. In "C" the btree
indexes on these columns serve the prefix search as a range (Index Scan / Bitmap Index
Scan on ix_person_search_key and ix_person_given_key, checked with EXPLAIN in
tests/unit/store/test_postgresql_plans.py) and the name order is the same on both
engines. The keys hold folded Latin letters, digits and spaces only. SQLite: nothing
to do (it compares with BINARY).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

COLUMNS = (("search_key", 320), ("given_key", 320), ("sort_key", 320), ("iin", 12))


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, length in COLUMNS:  # the indexes on them are rebuilt with them
        op.execute(f'ALTER TABLE person ALTER COLUMN {column} TYPE VARCHAR({length}) '
                   f'COLLATE {collation}')


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')
