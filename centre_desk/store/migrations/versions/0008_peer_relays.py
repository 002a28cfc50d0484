"""Whether a peer may relay changes made at third sites (a regional office).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Peers added before this version relayed for everyone; they keep doing so until a
    # supervisor says otherwise, so no centre's exchange stops at the update.
    with op.batch_alter_table('peer') as batch:
        batch.add_column(sa.Column('relays', sa.Boolean(), nullable=False,
                                   server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('peer') as batch:
        batch.drop_column('relays')
