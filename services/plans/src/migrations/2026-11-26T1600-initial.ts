import { sql, type Kysely } from 'kysely';

/** Organisations, their entities, supervising authorities, people, roles and delegations. */
const organisationTables = sql`
    create table organisations (
      code text primary key,
      name_fr text not null,
      name_nl text not null,
      short_name text not null,
      created_at timestamptz not null default now()
    );

    create table entities (
      organisation_code text not null references organisations(code),
      code text not null,
      abbreviation text,
      kind text not null check (kind in ('directorate_general','staff_directorate','service','cell','other')),
      name_fr text not null,
      name_nl text not null,
      name_nl_verified boolean not null default false,
      parent_code text,
      aliases text[] not null default '{}',
      independent boolean not null default false,
      primary key (organisation_code, code)
    );

    create table authorities (
      organisation_code text not null references organisations(code),
      code text not null,
      kind text not null check (kind in ('minister','state_secretary')),
      title_fr text not null,
      title_nl text not null,
      holder_name text not null,
      signs boolean not null,
      scope_objective_numbers int[] not null default '{}',
      scope_entity_codes text[] not null default '{}',
      scope_budget_envelopes int[] not null default '{}',
      primary key (organisation_code, code)
    );

    create table people (
      id uuid primary key default gen_random_uuid(),
      organisation_code text not null references organisations(code),
      name text not null,
      email text not null,
      language text not null check (language in ('fr','nl','de','en')),
      revision int not null default 1,
      created_at timestamptz not null default now()
    );
    create unique index people_email on people (lower(email));

    create table person_roles (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people(id) on delete cascade,
      role text not null check (role in ('president_office','committee_member','drafter','minister_cell','state_secretary_cell','administrator')),
      entity_code text,
      authority_code text,
      created_at timestamptz not null default now()
    );
    create unique index person_roles_unique on person_roles (person_id, role, coalesce(entity_code, ''), coalesce(authority_code, ''));

    create table role_delegations (
      id uuid primary key default gen_random_uuid(),
      role_id uuid not null references person_roles(id) on delete cascade,
      deputy_id uuid not null references people(id),
      starts_on date not null,
      ends_on date not null,
      created_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    );
`;

/** Strategic plans: priorities, objectives, ambitions, risk domains, addenda, communication plan. */
const strategicPlanTables = sql`
    create table strategic_plans (
      id uuid primary key default gen_random_uuid(),
      organisation_code text not null references organisations(code),
      code text not null,
      period_from int not null,
      period_to int not null,
      title_fr text not null,
      title_nl text not null,
      status text not null check (status in ('draft','in_committee','under_review','awaiting_signature','signed','superseded')),
      signed_at timestamptz,
      signed_by text,
      signed_version int,
      supersedes_id uuid references strategic_plans(id),
      replaces_text text,
      revision int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_code, code),
      check (period_to >= period_from)
    );

    create table priorities (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      number int not null,
      title text not null,
      text text not null,
      unique (plan_id, number)
    );

    create table strategic_objectives (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      number int not null,
      title text not null,
      text text not null,
      category text not null check (category in ('governance','core_mission')),
      domain text check (domain in ('security','registration_identification','elections','foreigners')),
      owner_entity_codes text[] not null,
      revision int not null default 1,
      updated_at timestamptz not null default now(),
      unique (plan_id, number)
    );

    create table ambitions (
      id uuid primary key default gen_random_uuid(),
      objective_id uuid not null references strategic_objectives(id) on delete cascade,
      position int not null,
      text text not null,
      owner_tags text[] not null,
      owner_entity_codes text[] not null,
      unique (objective_id, position)
    );

    create table risk_domains (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      number int not null,
      title text not null,
      weaknesses text[] not null default '{}',
      threats text[] not null default '{}',
      objective_numbers int[] not null,
      unique (plan_id, number)
    );

    create table addenda (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      number int not null,
      title text not null,
      text text not null,
      adopted_on date,
      created_at timestamptz not null default now(),
      unique (plan_id, number)
    );

    create table communication_items (
      plan_id uuid not null references strategic_plans(id) on delete cascade,
      code text not null,
      audience text not null,
      target_group text not null,
      timing text not null,
      message text not null,
      channels text[] not null,
      material text not null,
      primary key (plan_id, code)
    );
`;

/** Operational plans: SMART objectives, projects and their add/withdraw history. */
const operationalPlanTables = sql`
    create table operational_plans (
      id uuid primary key default gen_random_uuid(),
      organisation_code text not null references organisations(code),
      strategic_plan_id uuid not null references strategic_plans(id),
      year int not null,
      status text not null check (status in ('drafting','in_committee','under_review','validated','transmitted','closed')),
      budget_adopted_on date,
      transmitted_at timestamptz,
      transmitted_version int,
      revision int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_code, year)
    );

    create table operational_objectives (
      id uuid primary key default gen_random_uuid(),
      operational_plan_id uuid not null references operational_plans(id) on delete cascade,
      code text not null,
      strategic_objective_number int not null,
      statement text not null,
      indicator text not null,
      target text not null,
      owner_entity_code text not null,
      means text not null,
      deadline date not null,
      revision int not null default 1,
      updated_at timestamptz not null default now(),
      unique (operational_plan_id, code)
    );

    create table projects (
      id uuid primary key default gen_random_uuid(),
      operational_plan_id uuid not null references operational_plans(id) on delete cascade,
      title text not null,
      owner_entity_code text not null,
      status text not null check (status in ('active','withdrawn')),
      created_at timestamptz not null default now()
    );

    create table project_changes (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references projects(id) on delete cascade,
      action text not null check (action in ('add','withdraw')),
      requested_by_party text not null check (requested_by_party in ('spf','minister_cell','state_secretary_cell')),
      requested_by text not null,
      reason text not null,
      requested_on date not null,
      created_at timestamptz not null default now()
    );
`;

/** Frozen versions and the append-only audit log. */
const versionAndAuditTables = sql`
    create table plan_versions (
      plan_kind text not null check (plan_kind in ('strategic','operational')),
      plan_id uuid not null,
      number int not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      snapshot jsonb not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      primary key (plan_kind, plan_id, number)
    );

    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor text not null,
      action text not null,
      subject_type text not null,
      subject_id text not null,
      before jsonb,
      after jsonb
    );
    create index audit_log_subject on audit_log (subject_type, subject_id, id);

    -- The audit log is append-only: history that can be rewritten proves nothing.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
`;

/**
 * The plans schema: organisations and their people, strategic and operational plans, frozen
 * versions and the audit log. `revision` columns carry optimistic concurrency: a change names the
 * revision it edits and fails when another change came first.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await organisationTables.execute(db);
  await strategicPlanTables.execute(db);
  await operationalPlanTables.execute(db);
  await versionAndAuditTables.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists audit_log, plan_versions, project_changes, projects, operational_objectives,
      operational_plans, communication_items, addenda, risk_domains, ambitions, strategic_objectives,
      priorities, strategic_plans, role_delegations, person_roles, people, authorities, entities, organisations cascade;
    drop function if exists audit_log_is_append_only();
  `.execute(db);
}
