"""Spreadsheet import batches kept for their undo: ``import_batch`` (one applied file)
and ``import_item`` (a row it created or a person whose blank fields it filled, with
the stamp the row had after the import). Local to the site like the audit trail: not
synced (store/models/imports.py says why).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_batch',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=True),
        sa.Column('username', sa.String(length=100), nullable=True),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('created', sa.Integer(), nullable=False),
        sa.Column('merged', sa.Integer(), nullable=False),
        sa.Column('skipped', sa.Integer(), nullable=False),
        sa.Column('refused', sa.Integer(), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('undone_by', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch')))
    op.create_index(op.f('ix_import_batch_imported_at'), 'import_batch', ['imported_at'])
    op.create_table(
        'import_item',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('batch_id', sa.Uuid(), nullable=False),
        sa.Column('row_number', sa.Integer(), nullable=False),
        sa.Column('table_name', sa.String(length=50), nullable=False),
        sa.Column('row_id', sa.Uuid(), nullable=False),
        sa.Column('previous', sa.Text(), nullable=True),
        sa.Column('hlc', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'],
                                name=op.f('fk_import_item_batch_id_import_batch')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_item')))
    op.create_index(op.f('ix_import_item_batch_id'), 'import_item', ['batch_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_import_item_batch_id'), table_name='import_item')
    op.drop_table('import_item')
    op.drop_index(op.f('ix_import_batch_imported_at'), table_name='import_batch')
    op.drop_table('import_batch')
