import { sql, type Kysely } from 'kysely';

/**
 * People sign in through the organisation's identity provider: a person is linked to the
 * provider's identity (issuer and subject) the first time a verified e-mail matches, and found by
 * that identity afterwards, whatever e-mail the provider then gives. One identity is one person.
 *
 * The role that manages people, roles and delegations is named for what it is, `org_admin`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table people
      add column identity_issuer text,
      add column identity_subject text,
      add constraint people_identity_whole check ((identity_issuer is null) = (identity_subject is null));
    create unique index people_identity on people (identity_issuer, identity_subject) where identity_issuer is not null;

    alter table person_roles drop constraint person_roles_role_check;
    update person_roles set role = 'org_admin' where role = 'administrator';
    alter table person_roles add constraint person_roles_role_check
      check (role in ('president_office','committee_member','drafter','minister_cell','state_secretary_cell','org_admin'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table person_roles drop constraint person_roles_role_check;
    update person_roles set role = 'administrator' where role = 'org_admin';
    alter table person_roles add constraint person_roles_role_check
      check (role in ('president_office','committee_member','drafter','minister_cell','state_secretary_cell','administrator'));

    drop index if exists people_identity;
    alter table people
      drop constraint if exists people_identity_whole,
      drop column if exists identity_subject,
      drop column if exists identity_issuer;
  `.execute(db);
}
