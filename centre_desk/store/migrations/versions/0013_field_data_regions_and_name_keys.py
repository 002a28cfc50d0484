"""Field data of 2026: the 2022 decree's Russian names of three regions, and name
search keys folded again (passport spellings under ICAO 9303 and the older ones,
Kazakh doubled s) with a second key that finds a person by the given name.

Regions: «Абайская область», «Жетысуская область», «Улытауская область» become
«область Абай», «область Жетісу», «область Ұлытау» wherever a region is stored
(persons, partner organisations, this site, its peers). The keys are recomputed for
every person from their names. Neither is stamped as an edit: every site makes the
same rewrite at this migration, and a package from a site still before it is
rewritten the same way as it is imported (sync.older_peers), so all converge.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from centre_desk.domain.names import given_key, search_key

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_BATCH = 5000
# Written out rather than read from domain.regions: this migration moves these
# exact names whatever later versions call the regions.
RENAMED_REGIONS = {
    'Абайская область': 'область Абай',
    'Жетысуская область': 'область Жетісу',
    'Улытауская область': 'область Ұлытау',
}
_REGION_TABLES = ('person', 'organisation', 'site', 'peer')


def upgrade() -> None:
    op.add_column('person', sa.Column('given_key', sa.String(length=320), nullable=False,
                                      server_default=''))
    _rename_regions(RENAMED_REGIONS)
    _fill_name_keys()
    # Built once the keys are in: cheaper than keeping it up to date row by row.
    op.create_index('ix_person_given_key', 'person', ['given_key'], unique=False)


def _rename_regions(names: dict[str, str]) -> None:
    connection = op.get_bind()
    for name in _REGION_TABLES:
        table = sa.table(name, sa.column('region', sa.String()))
        for old, new in names.items():
            connection.execute(sa.update(table).where(table.c.region == old)
                               .values(region=new))


def _fill_name_keys() -> None:
    connection = op.get_bind()
    person = sa.table('person', sa.column('id', sa.Uuid()), sa.column('surname'),
                      sa.column('given_name'), sa.column('patronymic'),
                      sa.column('search_key'), sa.column('given_key'))
    rows = connection.execute(sa.select(
        person.c.id, person.c.surname, person.c.given_name, person.c.patronymic,
        person.c.search_key)).all()
    update = (sa.update(person).where(person.c.id == sa.bindparam('person_id'))
              .values(search_key=sa.bindparam('key'), given_key=sa.bindparam('given')))
    changes = [
        {'person_id': row.id, 'key': search_key(row.surname, row.given_name, row.patronymic),
         'given': given_key(row.surname, row.given_name, row.patronymic)}
        for row in rows]
    for start in range(0, len(changes), _BATCH):
        connection.execute(update, changes[start:start + _BATCH])


def downgrade() -> None:
    _rename_regions({new: old for old, new in RENAMED_REGIONS.items()})
    op.drop_index('ix_person_given_key', table_name='person')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('given_key')
