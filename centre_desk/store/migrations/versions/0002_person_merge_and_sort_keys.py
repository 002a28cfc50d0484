"""Person: alphabetical sort key, and the survivor a merged person went into.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from centre_desk.domain.names import sort_key

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_key', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('merged_into_id', sa.Uuid(), nullable=True))
    _fill_sort_keys()
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.alter_column('sort_key', existing_type=sa.String(length=320), nullable=False)
        batch_op.create_index(batch_op.f('ix_person_sort_key'), ['sort_key'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_person_merged_into_id_person'), 'person',
                                    ['merged_into_id'], ['id'])


def _fill_sort_keys() -> None:
    connection = op.get_bind()
    person = sa.table('person', sa.column('id', sa.Uuid()), sa.column('surname'),
                      sa.column('given_name'), sa.column('patronymic'), sa.column('sort_key'))
    rows = connection.execute(sa.select(person.c.id, person.c.surname, person.c.given_name,
                                        person.c.patronymic)).all()
    update = (sa.update(person).where(person.c.id == sa.bindparam('person_id'))
              .values(sort_key=sa.bindparam('key')))
    for start in range(0, len(rows), _BATCH):
        connection.execute(update, [
            {'person_id': row.id, 'key': sort_key(row.surname, row.given_name, row.patronymic)}
            for row in rows[start:start + _BATCH]])


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_person_merged_into_id_person'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_person_sort_key'))
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('sort_key')
