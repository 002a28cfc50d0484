"""The audit trail becomes append-only and hash-chained: every entry gets a number, the
previous entry's hash and its own, the existing entries are chained in the order they
were written (time, then id), ``audit_head`` holds the newest entry's number and hash,
and triggers refuse any UPDATE or DELETE of an entry (on PostgreSQL, TRUNCATE too).

A later migration that rebuilds ``audit_event`` (a batch operation on SQLite copies the
table) drops these triggers with the old table and must create them again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from centre_desk.store.audit_chain import GENESIS, HEAD_ID, entry_hash

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Kept to these words: tests and `audit verify`'s users may meet them.
_TRIGGERS = {
    'audit_event_no_update': ('UPDATE', 'audit entries cannot be changed'),
    'audit_event_no_delete': ('DELETE', 'audit entries cannot be deleted'),
}


# No '%' in it: the driver would read one as a parameter.
_PG_REFUSAL = """
CREATE FUNCTION audit_event_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = 'audit entries cannot be '
        || CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    seq, last = _chain_existing_entries(op.get_bind())
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index(batch_op.f('ix_audit_event_seq'), ['seq'], unique=True)
    head = op.create_table(
        'audit_head',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_one_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head')))
    op.bulk_insert(head, [{'id': HEAD_ID, 'seq': seq, 'hash': last}])
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for name, (statement, message) in _TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} BEFORE {statement} ON audit_event "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
    elif dialect == 'postgresql':
        op.execute(_PG_REFUSAL)
        op.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR "
                   "TRUNCATE ON audit_event FOR EACH STATEMENT "
                   "EXECUTE FUNCTION audit_event_refuse()")


def _chain_existing_entries(connection) -> tuple[int, str]:
    """Number and hash the entries already written; returns the last number and hash.

    Columns are read as stored (no type conversion), because the hash canonicalises
    them itself and an unexpected value must not stop the program from starting."""
    audit = sa.table('audit_event', *(sa.column(name) for name in (
        'id', 'at', 'user_id', 'username', 'action', 'entity', 'entity_id', 'detail',
        'seq', 'prev_hash', 'hash')))
    rows = connection.execute(sa.select(
        audit.c.id, audit.c.at, audit.c.user_id, audit.c.username, audit.c.action,
        audit.c.entity, audit.c.entity_id, audit.c.detail).order_by(audit.c.at, audit.c.id))
    previous, links = GENESIS, []
    for seq, row in enumerate(rows.all(), start=1):
        try:
            digest = entry_hash(seq, row.at, row.user_id, row.username, row.action,
                                row.entity, row.entity_id, row.detail, previous)
        except ValueError:
            # A time or user id that is not one was written by hand before the chain
            # existed: chained without them, so `audit verify` names that entry.
            digest = entry_hash(seq, None, None, row.username, str(row.action),
                                row.entity, row.entity_id, row.detail, previous)
        links.append({'row_id': row.id, 'seq': seq, 'prev_hash': previous, 'hash': digest})
        previous = digest
    if links:
        connection.execute(
            audit.update().where(audit.c.id == sa.bindparam('row_id')).values(
                seq=sa.bindparam('seq'), prev_hash=sa.bindparam('prev_hash'),
                hash=sa.bindparam('hash')),
            links)
    return len(links), previous


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for name in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_refuse()")
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_seq'))
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
