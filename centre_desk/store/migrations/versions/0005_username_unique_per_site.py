"""A user name is unique per site, so every site's own ``admin`` syncs everywhere.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint('uq_user_account_username', type_='unique')
        batch_op.create_unique_constraint('uq_user_account_origin_site_username',
                                          ['origin_site', 'username'])


def downgrade() -> None:
    # Fails, as it should, while two sites' accounts share a user name.
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_constraint('uq_user_account_origin_site_username', type_='unique')
        batch_op.create_unique_constraint('uq_user_account_username', ['username'])
