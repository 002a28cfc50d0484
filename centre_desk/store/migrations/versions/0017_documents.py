"""Documents: ``document`` (synced), a scanned file attached to a person or a case, its
bytes in the row (so an encrypted site encrypts them with the database).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'document',
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('case_id', sa.Uuid(), nullable=True),
        sa.Column('kind', sa.Enum('consent', 'renunciation', 'court', 'other',
                                  name='documentkind', native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('media_type', sa.Enum('pdf', 'jpeg', 'png', name='mediatype',
                                        native_enum=False, create_constraint=False,
                                        length=32), nullable=False),
        sa.Column('size_bytes', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('origin_site', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.Uuid(), nullable=True),
        sa.Column('hlc', sa.String(length=64), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_document_person_id_person')),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_document_case_id_case_file')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_document')))
    op.create_index('ix_document_person', 'document', ['person_id', 'deleted_at'])
    op.create_index(op.f('ix_document_hlc'), 'document', ['hlc'])


def downgrade() -> None:
    op.drop_index(op.f('ix_document_hlc'), table_name='document')
    op.drop_index('ix_document_person', table_name='document')
    op.drop_table('document')
