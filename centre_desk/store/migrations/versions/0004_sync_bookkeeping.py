"""Sync bookkeeping: per-field stamps, seen vectors, quarantine, site keys.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('field_stamp',
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', 'field', name=op.f('pk_field_stamp'))
    )
    op.create_table('sync_seen',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_sync_seen'))
    )
    op.create_table('peer_seen',
    sa.Column('peer_id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_peer_seen_peer_id_peer')),
    sa.PrimaryKeyConstraint('peer_id', 'site_id', name=op.f('pk_peer_seen'))
    )
    op.create_table('quarantine',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('sender_site', sa.Uuid(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine'))
    )
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarantine_row_id'), ['row_id'], unique=False)
    op.create_table('site_key',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('signing_key', sa.Text(), nullable=False),
    sa.Column('age_identity', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('site_id', name=op.f('pk_site_key'))
    )


def downgrade() -> None:
    op.drop_table('site_key')
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quarantine_row_id'))
    op.drop_table('quarantine')
    op.drop_table('peer_seen')
    op.drop_table('sync_seen')
    op.drop_table('field_stamp')
