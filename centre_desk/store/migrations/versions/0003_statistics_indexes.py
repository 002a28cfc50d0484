"""Covering indexes for the half-year statistics.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_activity_held_on_live', 'activity',
                    ['held_on', 'deleted_at', 'programme', 'id'], unique=False)
    op.create_index('ix_attendance_activity_live', 'attendance',
                    ['activity_id', 'deleted_at', 'person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_attendance_activity_live', table_name='attendance')
    op.drop_index('ix_activity_held_on_live', table_name='activity')
