"""Plans: ``plan`` (a weekly rule of sessions per facility or programme, with its
leader and expected group), ``plan_exception`` (a cancelled, moved or held occurrence;
without a plan, a holiday), ``group_list`` and ``group_member`` (saved group lists).
All synced. Nothing recorded before changes.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_PROGRAMME = ('case_work', 'mothers_club', 'children_events', 'arabic_courses')
_KIND = ('individual_consultation', 'group_training', 'theological_lecture', 'conversation',
         'club_group_session', 'club_one_on_one', 'athletic_event', 'children_event',
         'course_lesson')


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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'))


def upgrade() -> None:
    op.create_table(
        'group_list',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('facility', sa.String(length=200), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_group_list')))
    op.create_index(op.f('ix_group_list_hlc'), 'group_list', ['hlc'])
    op.create_table(
        'group_member',
        sa.Column('group_id', sa.Uuid(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        *_sync_columns(),
        _fk('group_member', 'group_id', 'group_list'),
        _fk('group_member', 'person_id', 'person'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_group_member')))
    op.create_index(op.f('ix_group_member_hlc'), 'group_member', ['hlc'])
    op.create_index('ix_group_member_group_live', 'group_member',
                    ['group_id', 'deleted_at', 'person_id'])
    op.create_table(
        'plan',
        sa.Column('programme', _enum(_PROGRAMME, 'programme'), nullable=False),
        sa.Column('kind', _enum(_KIND, 'activitykind'), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=True),
        sa.Column('facility', sa.String(length=200), nullable=True),
        sa.Column('place', sa.String(length=200), nullable=True),
        sa.Column('weekdays', sa.String(length=7), nullable=False),
        sa.Column('start_minute', sa.Integer(), nullable=False),
        sa.Column('duration_minutes', sa.Integer(), nullable=False),
        sa.Column('start_on', sa.Date(), nullable=False),
        sa.Column('end_on', sa.Date(), nullable=True),
        sa.Column('leader_id', sa.Uuid(), nullable=True),
        sa.Column('group_id', sa.Uuid(), nullable=True),
        sa.Column('course_id', sa.Uuid(), nullable=True),
        sa.Column('follows_id', sa.Uuid(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=True),
        *_sync_columns(),
        _fk('plan', 'leader_id', 'user_account'),
        _fk('plan', 'group_id', 'group_list'),
        _fk('plan', 'course_id', 'course'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')))
    op.create_index(op.f('ix_plan_hlc'), 'plan', ['hlc'])
    op.create_index(op.f('ix_plan_leader_id'), 'plan', ['leader_id'])
    op.create_index('ix_plan_live_period', 'plan', ['deleted_at', 'start_on', 'end_on'])
    op.create_table(
        'plan_exception',
        sa.Column('plan_id', sa.Uuid(), nullable=True),
        sa.Column('occurs_on', sa.Date(), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        sa.Column('moved_to', sa.Date(), nullable=True),
        sa.Column('moved_minute', sa.Integer(), nullable=True),
        sa.Column('activity_id', sa.Uuid(), nullable=True),
        sa.Column('reason', sa.String(length=200), nullable=True),
        *_sync_columns(),
        _fk('plan_exception', 'plan_id', 'plan'),
        _fk('plan_exception', 'activity_id', 'activity'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_exception')))
    op.create_index(op.f('ix_plan_exception_hlc'), 'plan_exception', ['hlc'])
    op.create_index('ix_plan_exception_plan', 'plan_exception', ['plan_id', 'occurs_on'])
    op.create_index('ix_plan_exception_moved', 'plan_exception', ['moved_to'])
    op.create_index('ix_plan_exception_holiday', 'plan_exception', ['occurs_on', 'plan_id'])


def downgrade() -> None:
    for table in ('plan_exception', 'plan', 'group_member', 'group_list'):
        op.drop_table(table)
