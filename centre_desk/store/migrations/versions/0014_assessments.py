"""Assessments: ``assessment`` and ``assessment_score`` (synced), this site's
``assessment_instrument`` (not synced), an intervention's ``activity.need_code``, and
each case's single ``risk_level`` kept as a first assessment dated at the case's intake.

The intake is the day of the case's first stage change (its registration), else the
day the case was made. The first assessment is the same row at every site that holds
the case: its id is derived from the case's, and it takes the case's origin, times and
clock stamp, so sites that migrate apart merge it as one row, not two. A deleted case's
assessment is deleted with it. ``case_file.risk_level`` stays: it now mirrors the latest
assessment's overall level (services.assessments), which lists and imports still read.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import calendar
import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_BATCH = 5000
# Written out rather than imported: what this migration makes must not change with
# later versions of the services.
FIRST_ASSESSMENT_NAMESPACE = uuid.UUID('6d3c1f0e-5a7b-4c1e-9f3a-2b8e4d6a1c70')
REASSESS_MONTHS = 6


def _sync_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('origin_site', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.Uuid(), nullable=True),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.Uuid(), nullable=True),
            sa.Column('hlc', sa.String(length=64), nullable=False),
            sa.Column('deleted_at', sa.DateTime(), nullable=True)]


def upgrade() -> None:
    op.create_table(
        'assessment',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('assessed_on', sa.Date(), nullable=False),
        sa.Column('assessed_by', sa.Uuid(), nullable=True),
        sa.Column('risk_level', sa.Enum('low', 'medium', 'high', name='risklevel',
                                        native_enum=False, create_constraint=False,
                                        length=32), nullable=True),
        sa.Column('next_due_on', sa.Date(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_assessment_case_id_case_file')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')))
    op.create_index('ix_assessment_case_live', 'assessment',
                    ['case_id', 'deleted_at', 'assessed_on', 'next_due_on'])
    op.create_index(op.f('ix_assessment_hlc'), 'assessment', ['hlc'])
    op.create_table(
        'assessment_score',
        sa.Column('assessment_id', sa.Uuid(), nullable=False),
        sa.Column('domain_code', sa.String(length=40), nullable=False),
        sa.Column('domain_kind', sa.Enum('risk', 'need', 'protective', name='domainkind',
                                         native_enum=False, create_constraint=False,
                                         length=32), nullable=False),
        sa.Column('domain_name', sa.String(length=200), nullable=False),
        sa.Column('item_code', sa.String(length=40), nullable=False),
        sa.Column('item_text', sa.String(length=300), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('scale_max', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(['assessment_id'], ['assessment.id'],
                                name=op.f('fk_assessment_score_assessment_id_assessment')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_score')))
    op.create_index('ix_assessment_score_assessment', 'assessment_score', ['assessment_id'])
    op.create_index(op.f('ix_assessment_score_hlc'), 'assessment_score', ['hlc'])
    op.create_table(
        'assessment_instrument',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('definition', sa.Text(), nullable=False),
        sa.Column('reassess_months', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_instrument')))
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('need_code', sa.String(length=40), nullable=True))
    _first_assessments()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _first_assessments() -> None:
    connection = op.get_bind()
    case = sa.table('case_file', *(sa.column(n, t) for n, t in (
        ('id', sa.Uuid()), ('risk_level', sa.String()), ('origin_site', sa.Uuid()),
        ('created_at', sa.DateTime()), ('created_by', sa.Uuid()),
        ('updated_at', sa.DateTime()), ('updated_by', sa.Uuid()), ('hlc', sa.String()),
        ('deleted_at', sa.DateTime()))))
    change = sa.table('stage_change', sa.column('case_id', sa.Uuid()),
                      sa.column('changed_on', sa.Date()),
                      sa.column('deleted_at', sa.DateTime()))
    intake = (sa.select(sa.func.min(change.c.changed_on))
              .where(change.c.case_id == case.c.id, change.c.deleted_at.is_(None))
              .correlate(case).scalar_subquery())
    rows = connection.execute(sa.select(case, intake.label('intake'))
                              .where(case.c.risk_level.is_not(None))).all()
    assessment = sa.table('assessment', *(sa.column(n, t) for n, t in (
        ('id', sa.Uuid()), ('case_id', sa.Uuid()), ('assessed_on', sa.Date()),
        ('assessed_by', sa.Uuid()), ('risk_level', sa.String()), ('next_due_on', sa.Date()),
        ('notes', sa.Text()), ('origin_site', sa.Uuid()), ('created_at', sa.DateTime()),
        ('created_by', sa.Uuid()), ('updated_at', sa.DateTime()), ('updated_by', sa.Uuid()),
        ('hlc', sa.String()), ('deleted_at', sa.DateTime()))))
    made = []
    for row in rows:
        day = row.intake or row.created_at.date()
        made.append({
            'id': uuid.uuid5(FIRST_ASSESSMENT_NAMESPACE, row.id.hex), 'case_id': row.id,
            'assessed_on': day, 'assessed_by': None, 'risk_level': row.risk_level,
            'next_due_on': add_months(day, REASSESS_MONTHS), 'notes': None,
            'origin_site': row.origin_site, 'created_at': row.created_at,
            'created_by': row.created_by, 'updated_at': row.updated_at,
            'updated_by': row.updated_by, 'hlc': row.hlc, 'deleted_at': row.deleted_at})
    for start in range(0, len(made), _BATCH):
        connection.execute(sa.insert(assessment), made[start:start + _BATCH])


def downgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('need_code')
    op.drop_table('assessment_instrument')
    op.drop_index(op.f('ix_assessment_score_hlc'), table_name='assessment_score')
    op.drop_index('ix_assessment_score_assessment', table_name='assessment_score')
    op.drop_table('assessment_score')
    op.drop_index(op.f('ix_assessment_hlc'), table_name='assessment')
    op.drop_index('ix_assessment_case_live', table_name='assessment')
    op.drop_table('assessment')
