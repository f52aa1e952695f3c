import { sql, type Kysely } from 'kysely';

/**
 * Organisations as data, configured by their administrators: names in German beside French and
 * Dutch (the German-speaking readers), the languages an organisation works in, and its cycle
 * settings (committee rule, review days, who drafts "(Tous)" objectives, who consolidates, who
 * reviews) as one JSON document: each setting absent there keeps its default, so the
 * organisations that exist behave as before and a new setting needs no migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table organisations add column name_de text;
    alter table organisations add column languages text[] not null default '{fr,nl}';
    alter table organisations add column cycle_settings jsonb not null default '{}'::jsonb;
    alter table entities add column name_de text;
    alter table authorities add column title_de text;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table authorities drop column if exists title_de;
    alter table entities drop column if exists name_de;
    alter table organisations drop column if exists cycle_settings;
    alter table organisations drop column if exists languages;
    alter table organisations drop column if exists name_de;
  `.execute(db);
}
