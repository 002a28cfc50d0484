"""Plans: ``plan_exception`` indexed by the activity an occurrence became, so the week
view tells an activity held from a plan from one held without a plan by the index
(one probe per activity of the week) rather than by reading the table.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_plan_exception_activity', 'plan_exception',
                    ['activity_id', 'deleted_at'])


def downgrade() -> None:
    op.drop_index('ix_plan_exception_activity', table_name='plan_exception')
