import type { Language, LinkItem, LinkSummary } from '@jalon/contracts';
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface DecisionLinksTable {
  id: Generated<string>;
  token_hash: string;
  workflow_id: string;
  round_id: string;
  step: string;
  person_id: string;
  person_name: string;
  language: Language;
  plan_id: string;
  plan_version: number;
  plan_sha256: string;
  items: Json<LinkItem[]>;
  summary: Json<LinkSummary>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  superseded_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface SignInLinksTable {
  id: Generated<string>;
  token_hash: string;
  person_id: string;
  /** where the person was going when asked to sign in */
  next_path: Generated<string>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  person_id: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  /** the provider's ID token, handed back when signing out; null for a session opened by e-mail */
  id_token: Generated<string | null>;
  created_at: Generated<Date>;
}

/** Who a person is at an identity provider: found by subject once linked. */
export interface Database {
  decision_links: DecisionLinksTable;
  sign_in_links: SignInLinksTable;
  sessions: SessionsTable;
}

export type DecisionLinkRow = Selectable<DecisionLinksTable>;
