"""A case's category over time: ``category_change`` records each change of a case's
category with its day, so the figures of a past period count a person by the category
they had then. Existing cases start without history (their category counts for every
day until it next changes).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_CATEGORY = ('inmate', 'ex_convict', 'at_risk')


def upgrade() -> None:
    category = sa.Enum(*_CATEGORY, name='casecategory', native_enum=False, length=32)
    op.create_table(
        'category_change',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('from_category', category, nullable=False),
        sa.Column('to_category', category, nullable=False),
        sa.Column('changed_on', sa.Date(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('origin_site', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.Uuid(), nullable=True),
        sa.Column('hlc', sa.String(length=64), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_category_change_case_id_case_file')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_category_change')))
    op.create_index(op.f('ix_category_change_case_id'), 'category_change', ['case_id'])
    op.create_index(op.f('ix_category_change_hlc'), 'category_change', ['hlc'])


def downgrade() -> None:
    op.drop_index(op.f('ix_category_change_hlc'), table_name='category_change')
    op.drop_index(op.f('ix_category_change_case_id'), table_name='category_change')
    op.drop_table('category_change')
