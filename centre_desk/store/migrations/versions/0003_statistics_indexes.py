"""Covering indexes for the half-year statistics and the programme lists; deleted
persons found by index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_activity_programme_held_on', table_name='activity')
    op.create_index('ix_activity_programme_live', 'activity',
                    ['programme', 'deleted_at', 'held_on'], unique=False)
    op.create_index('ix_activity_held_on_live', 'activity',
                    ['held_on', 'deleted_at', 'programme', 'id'], unique=False)
    op.create_index('ix_attendance_activity_live', 'attendance',
                    ['activity_id', 'deleted_at', 'person_id'], unique=False)
    op.create_index('ix_person_deleted', 'person', ['deleted_at'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NOT NULL'),
                    postgresql_where=sa.text('deleted_at IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_person_deleted', table_name='person')
    op.drop_index('ix_attendance_activity_live', table_name='attendance')
    op.drop_index('ix_activity_held_on_live', table_name='activity')
    op.drop_index('ix_activity_programme_live', table_name='activity')
    op.create_index('ix_activity_programme_held_on', 'activity', ['programme', 'held_on'],
                    unique=False)
