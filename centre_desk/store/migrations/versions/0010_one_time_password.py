"""A one-time password: ``credential.must_change`` is set when an administrator resets
a password, and cleared when its holder sets their own at the next sign-in. It lives
with the credential, which never leaves this PC, not in the synced ``user_account``.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Passwords set before this version were chosen by their holders: none must change.
    with op.batch_alter_table('credential') as batch:
        batch.add_column(sa.Column('must_change', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('credential') as batch:
        batch.drop_column('must_change')
