"""Four eyes and returnees: ``approval_request`` holds an outcome (rehabilitated,
closed, reopened) asked for by one user until a second supervisor of the same site
approves it (only then is the stage change written) or returns it with a note;
``returnee_child`` is the children's register of a returnee's case (schooling, the last
health check, the psychologist's sessions). Both synced. Outcomes recorded before this
revision stay as they are: they were recorded under the one-person rule of their day.
(The case category 'returnee' is a new value of a plain text column: no change.)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_STAGE = ('intake', 'active', 'renounced', 'rehabilitated', 'relapsed', 'closed')
_STATUS = ('pending', 'approved', 'returned')
_SCHOOLING = ('under_age', 'nursery', 'school', 'not_enrolled')


def _sync_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('origin_site', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.Uuid(), nullable=True),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.Uuid(), nullable=True),
            sa.Column('hlc', sa.String(length=64), nullable=False),
            sa.Column('deleted_at', sa.DateTime(), nullable=True)]


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        'approval_request',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('from_stage', _enum(_STAGE, 'stage'), nullable=False),
        sa.Column('to_stage', _enum(_STAGE, 'stage'), nullable=False),
        sa.Column('changed_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('witness', sa.String(length=200), nullable=True),
        sa.Column('requested_by', sa.Uuid(), nullable=False),
        sa.Column('status', _enum(_STATUS, 'approvalstatus'), nullable=False),
        sa.Column('decided_by', sa.Uuid(), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.Column('decision_note', sa.Text(), nullable=True),
        sa.Column('stage_change_id', sa.Uuid(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_approval_request_case_id_case_file')),
        sa.ForeignKeyConstraint(['stage_change_id'], ['stage_change.id'],
                                name=op.f('fk_approval_request_stage_change_id_stage_change')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_request')))
    op.create_index(op.f('ix_approval_request_case_id'), 'approval_request', ['case_id'])
    op.create_index(op.f('ix_approval_request_hlc'), 'approval_request', ['hlc'])
    op.create_index('ix_approval_request_status', 'approval_request', ['status', 'origin_site'])
    op.create_table(
        'returnee_child',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('schooling', _enum(_SCHOOLING, 'schooling'), nullable=True),
        sa.Column('school', sa.String(length=200), nullable=True),
        sa.Column('health_check_on', sa.Date(), nullable=True),
        sa.Column('health_result', sa.String(length=500), nullable=True),
        sa.Column('psychologist_sessions', sa.Integer(), nullable=False),
        sa.Column('last_session_on', sa.Date(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_returnee_child_case_id_case_file')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_returnee_child_person_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_returnee_child')))
    op.create_index(op.f('ix_returnee_child_case_id'), 'returnee_child', ['case_id'])
    op.create_index(op.f('ix_returnee_child_person_id'), 'returnee_child', ['person_id'])
    op.create_index(op.f('ix_returnee_child_hlc'), 'returnee_child', ['hlc'])


def downgrade() -> None:
    for table in ('returnee_child', 'approval_request'):
        op.drop_table(table)
