"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 00:02:54.984951
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('username', sa.String(length=100), nullable=True),
    sa.Column('action', sa.Enum('created', 'updated', 'deleted', 'viewed', 'printed', 'exported', 'imported', 'signed_in', 'sign_in_failed', 'seeded', name='auditaction', native_enum=False, length=32), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=True),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_user_id'), ['user_id'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('kept_hlc', sa.String(length=64), nullable=False),
    sa.Column('lost_value', sa.Text(), nullable=True),
    sa.Column('lost_hlc', sa.String(length=64), nullable=False),
    sa.Column('status', sa.Enum('open', 'decided', name='conflictstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index('ix_conflict_row', ['table_name', 'row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_status'), ['status'], unique=False)

    op.create_table('course',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=50), nullable=True),
    sa.Column('group', sa.Enum('men', 'women', name='coursegroup', native_enum=False, length=32), nullable=False),
    sa.Column('teacher', sa.String(length=200), nullable=True),
    sa.Column('schedule', sa.String(length=200), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_hlc'), ['hlc'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('employer', 'housing', 'nursery', 'ngo', name='organisationkind', native_enum=False, length=32), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)

    op.create_table('peer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('centre_name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('signing_key', sa.Text(), nullable=False),
    sa.Column('age_recipient', sa.Text(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.Uuid(), nullable=True),
    sa.Column('acked_hlc', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer'))
    )
    op.create_table('person',
    sa.Column('iin', sa.String(length=12), nullable=True),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=100), nullable=True),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, length=32), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('language', sa.Enum('ru', 'kk', 'en', name='language', native_enum=False, length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_key', sa.String(length=320), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('iin', name=op.f('uq_person_iin'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_search_key'), ['search_key'], unique=False)

    op.create_table('sign_in_throttle',
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_sign_in_throttle'))
    )
    op.create_table('site',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('centre_name', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site'))
    )
    op.create_table('user_account',
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('administrator', 'supervisor', 'specialist', 'read_only', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_account_hlc'), ['hlc'], unique=False)

    op.create_table('activity',
    sa.Column('programme', sa.Enum('case_work', 'mothers_club', 'children_events', 'arabic_courses', name='programme', native_enum=False, length=32), nullable=False),
    sa.Column('kind', sa.Enum('individual_consultation', 'group_training', 'theological_lecture', 'conversation', 'club_group_session', 'club_one_on_one', 'athletic_event', 'children_event', 'course_lesson', name='activitykind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('facility', sa.String(length=200), nullable=True),
    sa.Column('facilitators', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('course_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_activity_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_course_id'), ['course_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_activity_programme_held_on', ['programme', 'held_on'], unique=False)

    op.create_table('case_file',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.Enum('inmate', 'ex_convict', 'at_risk', name='casecategory', native_enum=False, length=32), nullable=False),
    sa.Column('facility', sa.String(length=200), nullable=True),
    sa.Column('offence_article', sa.String(length=100), nullable=True),
    sa.Column('sentence_start', sa.Date(), nullable=True),
    sa.Column('sentence_end', sa.Date(), nullable=True),
    sa.Column('referral_source', sa.String(length=200), nullable=True),
    sa.Column('risk_level', sa.Enum('low', 'medium', 'high', name='risklevel', native_enum=False, length=32), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('stage', sa.Enum('intake', 'active', 'renounced', 'rehabilitated', 'relapsed', 'closed', name='stage', native_enum=False, length=32), nullable=False),
    sa.Column('stage_since', sa.Date(), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_case_file_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_file'))
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_case_file_next_follow_up', ['next_follow_up'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_file_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_case_file_stage', ['stage'], unique=False)

    op.create_table('club_membership',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('referred_by', sa.String(length=200), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_club_membership_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_club_membership'))
    )
    with op.batch_alter_table('club_membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_club_membership_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_club_membership_person_id'), ['person_id'], unique=False)

    op.create_table('credential',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_credential_user_id_user_account')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_credential'))
    )
    op.create_table('enrolment',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('enrolled', 'completed', 'dropped', name='enrolmentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('certificate_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_enrolment_course_id_course')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_enrolment_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment')),
    sa.UniqueConstraint('course_id', 'person_id', name=op.f('uq_enrolment_course_id'))
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_person_id'), ['person_id'], unique=False)

    op.create_table('placement',
    sa.Column('kind', sa.Enum('job', 'housing', 'nursery', name='placementkind', native_enum=False, length=32), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('child_id', sa.Uuid(), nullable=True),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.Enum('requested', 'in_progress', 'placed', 'declined', 'ended', name='placementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('status_since', sa.Date(), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['person.id'], name=op.f('fk_placement_child_id_person')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_placement_organisation_id_organisation')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_placement_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_next_follow_up'), ['next_follow_up'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_placement_status', ['status'], unique=False)

    op.create_table('relationship',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('relative_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('parent', 'spouse', 'guardian', name='relationshipkind', native_enum=False, length=32), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_relationship_person_id_person')),
    sa.ForeignKeyConstraint(['relative_id'], ['person.id'], name=op.f('fk_relationship_relative_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationship'))
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_relationship_relative', ['relative_id'], unique=False)

    op.create_table('attendance',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_attendance_activity_id_activity')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_attendance_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('activity_id', 'person_id', name=op.f('uq_attendance_activity_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_hlc'), ['hlc'], unique=False)
        batch_op.create_index('ix_attendance_person', ['person_id'], unique=False)

    op.create_table('case_specialist',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_case_specialist_case_id_case_file')),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_case_specialist_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_specialist'))
    )
    with op.batch_alter_table('case_specialist', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_specialist_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_specialist_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_specialist_user_id'), ['user_id'], unique=False)

    op.create_table('event_registration',
    sa.Column('activity_id', sa.Uuid(), nullable=False),
    sa.Column('child_id', sa.Uuid(), nullable=False),
    sa.Column('guardian_id', sa.Uuid(), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_event_registration_activity_id_activity')),
    sa.ForeignKeyConstraint(['child_id'], ['person.id'], name=op.f('fk_event_registration_child_id_person')),
    sa.ForeignKeyConstraint(['guardian_id'], ['person.id'], name=op.f('fk_event_registration_guardian_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_registration')),
    sa.UniqueConstraint('activity_id', 'child_id', name=op.f('uq_event_registration_activity_id'))
    )
    with op.batch_alter_table('event_registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_registration_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_registration_hlc'), ['hlc'], unique=False)

    op.create_table('follow_up',
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('placement_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('assigned_to', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_follow_up_case_id_case_file')),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_follow_up_placement_id_placement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_placement_id'), ['placement_id'], unique=False)

    op.create_table('placement_status_change',
    sa.Column('placement_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.Enum('requested', 'in_progress', 'placed', 'declined', 'ended', name='placementstatus', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('requested', 'in_progress', 'placed', 'declined', 'ended', name='placementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_placement_status_change_placement_id_placement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement_status_change'))
    )
    with op.batch_alter_table('placement_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_status_change_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_status_change_placement_id'), ['placement_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('from_stage', sa.Enum('intake', 'active', 'renounced', 'rehabilitated', 'relapsed', 'closed', name='stage', native_enum=False, length=32), nullable=True),
    sa.Column('to_stage', sa.Enum('intake', 'active', 'renounced', 'rehabilitated', 'relapsed', 'closed', name='stage', native_enum=False, length=32), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('witness', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], name=op.f('fk_stage_change_case_id_case_file')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_change'))
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_changed_on'), ['changed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_hlc'), ['hlc'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_hlc'))
        batch_op.drop_index(batch_op.f('ix_stage_change_changed_on'))
        batch_op.drop_index(batch_op.f('ix_stage_change_case_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('placement_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_status_change_placement_id'))
        batch_op.drop_index(batch_op.f('ix_placement_status_change_hlc'))

    op.drop_table('placement_status_change')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_placement_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_hlc'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_on'))
        batch_op.drop_index(batch_op.f('ix_follow_up_case_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('event_registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_registration_hlc'))
        batch_op.drop_index(batch_op.f('ix_event_registration_child_id'))

    op.drop_table('event_registration')
    with op.batch_alter_table('case_specialist', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_specialist_user_id'))
        batch_op.drop_index(batch_op.f('ix_case_specialist_hlc'))
        batch_op.drop_index(batch_op.f('ix_case_specialist_case_id'))

    op.drop_table('case_specialist')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_person')
        batch_op.drop_index(batch_op.f('ix_attendance_hlc'))

    op.drop_table('attendance')
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index('ix_relationship_relative')
        batch_op.drop_index(batch_op.f('ix_relationship_person_id'))
        batch_op.drop_index(batch_op.f('ix_relationship_hlc'))

    op.drop_table('relationship')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index('ix_placement_status')
        batch_op.drop_index(batch_op.f('ix_placement_person_id'))
        batch_op.drop_index(batch_op.f('ix_placement_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_placement_next_follow_up'))
        batch_op.drop_index(batch_op.f('ix_placement_hlc'))

    op.drop_table('placement')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_person_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_hlc'))

    op.drop_table('enrolment')
    op.drop_table('credential')
    with op.batch_alter_table('club_membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_club_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_club_membership_hlc'))

    op.drop_table('club_membership')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index('ix_case_file_stage')
        batch_op.drop_index(batch_op.f('ix_case_file_person_id'))
        batch_op.drop_index('ix_case_file_next_follow_up')
        batch_op.drop_index(batch_op.f('ix_case_file_hlc'))

    op.drop_table('case_file')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_programme_held_on')
        batch_op.drop_index(batch_op.f('ix_activity_hlc'))
        batch_op.drop_index(batch_op.f('ix_activity_held_on'))
        batch_op.drop_index(batch_op.f('ix_activity_course_id'))

    op.drop_table('activity')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_account_hlc'))

    op.drop_table('user_account')
    op.drop_table('site')
    op.drop_table('sign_in_throttle')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_search_key'))
        batch_op.drop_index(batch_op.f('ix_person_hlc'))

    op.drop_table('person')
    op.drop_table('peer')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_hlc'))

    op.drop_table('organisation')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_hlc'))

    op.drop_table('course')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_status'))
        batch_op.drop_index('ix_conflict_row')

    op.drop_table('conflict')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_user_id'))
        batch_op.drop_index('ix_audit_event_entity')
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
