"""A region's people listed from an index alone (the statistics of one region).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_person_region', 'person', ['region', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_person_region', table_name='person')
