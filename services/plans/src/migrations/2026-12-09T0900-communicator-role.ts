import { sql, type Kysely } from 'kysely';

/**
 * The communication plan (7.3) is carried by the President's office AND the communication service
 * (the reference: "la Cellule Corporate et le service Infocom"): a role of its own, `communicator`,
 * lets an organisation name who publishes without making them President's office.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table person_roles drop constraint person_roles_role_check;
    alter table person_roles add constraint person_roles_role_check
      check (role in ('president_office','committee_member','drafter','minister_cell','state_secretary_cell','org_admin','communicator'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    delete from person_roles where role = 'communicator';
    alter table person_roles drop constraint person_roles_role_check;
    alter table person_roles add constraint person_roles_role_check
      check (role in ('president_office','committee_member','drafter','minister_cell','state_secretary_cell','org_admin'));
  `.execute(db);
}
