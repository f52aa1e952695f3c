import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the lookups every launch and role check makes. Who holds a role in an organisation
 * (each launch, each link issued, each role check) and the organisation's people list filter people
 * by organisation: without an index, each read every person of every organisation (with 500
 * organisations, the open-cycles benchmark's launches made PostgreSQL read 5.6 million rows of people
 * in 30 s). A plan's projects, a project's changes and a role's delegations were read the same way,
 * whole tables for a few rows, and growing every year.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index people_by_organisation on people (organisation_code, name, id);
    create index projects_by_plan on projects (operational_plan_id);
    create index project_changes_by_project on project_changes (project_id);
    create index role_delegations_by_role on role_delegations (role_id);
    create index role_delegations_by_deputy on role_delegations (deputy_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index if exists people_by_organisation;
    drop index if exists projects_by_plan;
    drop index if exists project_changes_by_project;
    drop index if exists role_delegations_by_role;
    drop index if exists role_delegations_by_deputy;
  `.execute(db);
}
