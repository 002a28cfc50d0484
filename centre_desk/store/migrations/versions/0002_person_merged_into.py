"""person merged into

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 00:33:23.903079
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_person_merged_into_id_person'), 'person', ['merged_into_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_person_merged_into_id_person'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')

