"""The facilities and programmes a staff member works in: two columns of the synced
``user_account``, JSON lists, NULL for none (every account before this version).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account') as batch:
        batch.add_column(sa.Column('work_facilities', sa.Text(), nullable=True))
        batch.add_column(sa.Column('work_programmes', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('user_account') as batch:
        batch.drop_column('work_programmes')
        batch.drop_column('work_facilities')
