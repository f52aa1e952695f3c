import type { Language } from '@jalon/contracts';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** int[] and text[] columns arrive as JS arrays (pg parses them). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns stay YYYY-MM-DD strings (see the type parser in service-kit). */
type CalendarDateColumn = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;
/** A text column added later: optional on insert. */
type OptionalText = ColumnType<string | null, string | null | undefined, string | null>;

export interface OrganisationsTable {
  code: string; name_fr: string; name_nl: string; name_de: OptionalText; short_name: string;
  /** its people may sign in with an e-mailed link, when the installation allows it */
  email_sign_in: Generated<boolean>;
  languages: Generated<string[]>;
  /** the cycle settings that differ from their defaults (storedCycleSettingsSchema) */
  cycle_settings: ColumnType<unknown, string | undefined, string>;
  created_at: Generated<Date>;
}
export interface EntitiesTable {
  organisation_code: string; code: string; abbreviation: string | null; kind: string; name_fr: string; name_nl: string; name_de: OptionalText;
  name_nl_verified: Generated<boolean>; parent_code: string | null; aliases: Generated<string[]>; independent: Generated<boolean>;
}
export interface AuthoritiesTable {
  organisation_code: string; code: string; kind: 'minister' | 'state_secretary'; title_fr: string; title_nl: string; title_de: OptionalText;
  holder_name: string; signs: boolean; scope_objective_numbers: number[]; scope_entity_codes: string[]; scope_budget_envelopes: number[];
}
export interface PeopleTable {
  id: Generated<string>; organisation_code: string; name: string; email: string; language: Language;
  /** the identity provider's issuer and subject this person signs in as, once linked */
  identity_issuer: string | null; identity_subject: string | null;
  revision: Generated<number>; created_at: Generated<Date>;
}
export interface PersonRolesTable {
  id: Generated<string>; person_id: string; role: string; entity_code: string | null; authority_code: string | null; created_at: Generated<Date>;
}
export interface RoleDelegationsTable {
  id: Generated<string>; role_id: string; deputy_id: string; starts_on: CalendarDateColumn; ends_on: CalendarDateColumn; created_at: Generated<Date>;
}
export interface StrategicPlansTable {
  id: Generated<string>; organisation_code: string; code: string; period_from: number; period_to: number;
  title_fr: string; title_nl: string; status: string; signed_at: Timestamp | null; signed_by: string | null;
  signed_version: number | null; supersedes_id: string | null; replaces_text: string | null;
  revision: Generated<number>; created_at: Generated<Date>; updated_at: Generated<Date>;
}
export interface PrioritiesTable { id: Generated<string>; plan_id: string; number: number; title: string; text: string }
export interface StrategicObjectivesTable {
  id: Generated<string>; plan_id: string; number: number; title: string; text: string; category: string; domain: string | null;
  owner_entity_codes: string[]; revision: Generated<number>; updated_at: Generated<Date>;
}
export interface AmbitionsTable {
  id: Generated<string>; objective_id: string; position: number; text: string; owner_tags: string[]; owner_entity_codes: string[];
}
export interface RiskDomainsTable {
  id: Generated<string>; plan_id: string; number: number; title: string; weaknesses: string[]; threats: string[]; objective_numbers: number[];
}
export interface AddendaTable {
  id: Generated<string>; plan_id: string; number: number; title: string; text: string; adopted_on: CalendarDateColumn | null; created_at: Generated<Date>;
}
export interface CommunicationItemsTable {
  plan_id: string; code: string; audience: string; target_group: string; timing: string; message: string; channels: string[]; material: string;
}
/** Chapter 7's tables (migration 2026-12-06T0900-plan-figures): NUMERIC values arrive as exact strings. */
export interface FigureTablesTable {
  plan_id: string; code: string; kind: 'staff' | 'budget'; position: number; title: string | null; unit: 'FTE' | 'kEUR'; scope_note: string | null; footnote: string | null;
}
export interface FigureYearsTable { plan_id: string; table_code: string; year: number; label: string }
export interface FigureRowsTable {
  plan_id: string; table_code: string; position: number; label: string; kind: 'line' | 'subtotal' | 'total'; entity_code: string | null; envelope: number | null; note: string | null;
}
export interface FigureValuesTable { plan_id: string; table_code: string; row_position: number; year: number; measure: FigureMeasure; value: string }
/** A plan's chapters of running text (migration 2026-12-06T1000-plan-chapters). */
export interface PlanChaptersTable { plan_id: string; number: number; title: string; text: string }
export type FigureMeasure = 'mandate_holders' | 'statutory' | 'contractual' | 'total' | 'ce' | 'cl';
export interface OperationalPlansTable {
  id: Generated<string>; organisation_code: string; strategic_plan_id: string; year: number; status: string;
  budget_adopted_on: CalendarDateColumn | null; transmitted_at: Timestamp | null; transmitted_version: number | null;
  revision: Generated<number>; created_at: Generated<Date>; updated_at: Generated<Date>;
}
/** Progress during the year (migration 2026-12-07T0900-progress). */
export interface ProgressCheckpointsTable {
  operational_plan_id: string; checkpoint: string; due_date: CalendarDateColumn; opened_at: Generated<Date>; overdue_at: Timestamp | null;
}
export interface ObjectiveProgressTable {
  operational_plan_id: string; objective_code: string; revision: Generated<number>;
  result_value: string | null; result_status: string | null; result_explanation: string | null; result_recorded_by: string | null; result_recorded_at: Timestamp | null;
}
export interface ProgressUpdatesTable {
  id: Generated<string>; operational_plan_id: string; objective_code: string; checkpoint: CalendarDateColumn; indicator_value: string; status: string;
  comment: string; dropped_reason: string | null; recorded_by: string; recorded_at: Generated<Date>; plan_version: number | null; revision: number;
}
export interface OperationalObjectivesTable {
  id: Generated<string>; operational_plan_id: string; code: string; strategic_objective_number: number; statement: string;
  indicator: string; target: string; owner_entity_code: string; means: string; deadline: CalendarDateColumn;
  result: string | null; previous_result: string | null; carried_from_year: number | null; carried_from_code: string | null;
  revision: Generated<number>; updated_at: Generated<Date>;
}
export interface ProjectsTable {
  id: Generated<string>; operational_plan_id: string; title: string; owner_entity_code: string; status: 'active' | 'withdrawn'; created_at: Generated<Date>;
  /** set for projects drafted with the plan; null for those added at a party's request before */
  deadline: OptionalText; objective_code: OptionalText; revision: Generated<number>;
}
export interface ProjectChangesTable {
  id: Generated<string>; project_id: string; action: 'add' | 'withdraw'; requested_by_party: string; requested_by: string;
  reason: string; requested_on: CalendarDateColumn; created_at: Generated<Date>;
}
export interface PlanVersionsTable {
  plan_kind: 'strategic' | 'operational'; plan_id: string; number: number; sha256: string; snapshot: Json; created_by: string; created_at: Generated<Date>;
}
/** A frozen version's PDF and its hash (migration 2026-12-07T1100-version-documents); append-only. */
export interface VersionDocumentsTable {
  plan_kind: 'strategic' | 'operational'; plan_id: string; number: number; pdf_sha256: string; pdf: Buffer; rendered_at: Generated<Date>;
}
/** A version still without its kept PDF: queued by a trigger on plan_versions, removed when the document is kept. */
export interface VersionsToRenderTable {
  plan_kind: 'strategic' | 'operational'; plan_id: string; number: number; frozen_at: Date;
}
/** A version made public by the communication plan's publishing step; append-only. */
export interface VersionPublicationsTable {
  plan_kind: 'strategic' | 'operational'; plan_id: string; number: number; organisation_code: string; published_by: string; published_at: Generated<Date>;
}
export interface AuditLogTable {
  id: Generated<number>; at: Generated<Date>; actor: string; action: string; subject_type: string; subject_id: string; before: Json | null; after: Json | null;
  /** the chain (audit-chain/row-hash.ts): the previous row's row_hash (null for the first), this row's */
  prev_hash: string | null; row_hash: string;
}

/** The decision record (see the migration): one row per item of an act; append-only. */
export interface DecisionsTable {
  id: Generated<number>; idempotency_key: string; act: string; organisation_code: string; plan_kind: 'strategic' | 'operational'; plan_id: string;
  person_id: string; role: string | null; on_behalf_of: string | null; item: string; outcome: string; comment: string | null; objectives: Generated<string[]>;
  version: number | null; sha256: string | null; acted_at: Timestamp; channel: 'link' | 'session';
  workflow_id: string; round_id: string | null; step: string; step_name: Json | null; details: Json | null; recorded_at: Generated<Date>;
}

export interface Database {
  organisations: OrganisationsTable;
  entities: EntitiesTable;
  authorities: AuthoritiesTable;
  people: PeopleTable;
  person_roles: PersonRolesTable;
  role_delegations: RoleDelegationsTable;
  strategic_plans: StrategicPlansTable;
  priorities: PrioritiesTable;
  strategic_objectives: StrategicObjectivesTable;
  ambitions: AmbitionsTable;
  risk_domains: RiskDomainsTable;
  addenda: AddendaTable;
  communication_items: CommunicationItemsTable;
  figure_tables: FigureTablesTable;
  figure_years: FigureYearsTable;
  figure_rows: FigureRowsTable;
  figure_values: FigureValuesTable;
  plan_chapters: PlanChaptersTable;
  operational_plans: OperationalPlansTable;
  operational_objectives: OperationalObjectivesTable;
  projects: ProjectsTable;
  project_changes: ProjectChangesTable;
  plan_versions: PlanVersionsTable;
  version_documents: VersionDocumentsTable;
  versions_to_render: VersionsToRenderTable;
  version_publications: VersionPublicationsTable;
  audit_log: AuditLogTable;
  decisions: DecisionsTable;
  progress_checkpoints: ProgressCheckpointsTable;
  objective_progress: ObjectiveProgressTable;
  progress_updates: ProgressUpdatesTable;
}

export type StrategicPlanRow = Selectable<StrategicPlansTable>;
export type StrategicObjectiveRow = Selectable<StrategicObjectivesTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
