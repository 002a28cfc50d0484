"""My work: a user's open cases and every specialist's caseload read from indexes alone.
``case_specialist`` gets covering indexes by user and by case (the live assignments,
with the other side's id), and ``case_file`` one by id holding what My work reads of
a case (deleted, stage, next follow-up, person, created), so neither walks a table.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""

from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_case_specialist_user_live', 'case_specialist',
                    ['user_id', 'deleted_at', 'case_id'])
    op.create_index('ix_case_specialist_case_live', 'case_specialist',
                    ['case_id', 'deleted_at', 'user_id'])
    op.create_index('ix_case_file_open', 'case_file',
                    ['id', 'deleted_at', 'stage', 'next_follow_up', 'person_id',
                     'created_at'])


def downgrade() -> None:
    op.drop_index('ix_case_file_open', table_name='case_file')
    op.drop_index('ix_case_specialist_case_live', table_name='case_specialist')
    op.drop_index('ix_case_specialist_user_live', table_name='case_specialist')
