"""My work: a user's open cases and every specialist's caseload read from indexes alone.
``case_specialist`` gets covering indexes by user and by case (the live assignments,
with the other side's id), and ``case_file`` one by id holding what My work reads of
a case (deleted, stage, next follow-up, person, created), so neither walks a table.
On SQLite, ``activity`` gets one by day holding who recorded an activity and its
facilitators, so a month's sessions led by each specialist are counted without reading
the table (PostgreSQL keeps no long text in a B-tree: a facilitators list may be 2,000
characters, over its limit for an index entry).

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
    if op.get_bind().dialect.name == 'sqlite':
        op.create_index('ix_activity_led', 'activity',
                        ['held_on', 'deleted_at', 'created_by', 'facilitators', 'id'])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.drop_index('ix_activity_led', table_name='activity')
    op.drop_index('ix_case_file_open', table_name='case_file')
    op.drop_index('ix_case_specialist_case_live', table_name='case_specialist')
    op.drop_index('ix_case_specialist_user_live', table_name='case_specialist')
