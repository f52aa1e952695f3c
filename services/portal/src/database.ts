import type { Language, LinkItem, LinkSummary, Role } from '@jalon/contracts';
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface DecisionLinksTable {
  id: Generated<string>;
  /** the newest token's hash (every token of the link is in decision_link_tokens) */
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
  /** 'newer_version': a newer version was sent; 'role_ended': the person no longer holds the role */
  superseded_reason: Generated<SupersededReason | null>;
  /** the organisation and roles that entitle the person to decide; null for links issued without them */
  holder_organisation: Generated<string | null>;
  holder_roles: Generated<Role[] | null>;
  created_at: Generated<Date>;
}

export type SupersededReason = 'newer_version' | 'role_ended';

/** Every token a link was sent with (one per e-mail), by hash: each opens the link. */
export interface DecisionLinkTokensTable {
  token_hash: string;
  link_id: string;
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
  /** the provider's ID token, sealed with the session's cookie (session-id-token.ts); null for a session opened by e-mail */
  sealed_id_token: Generated<string | null>;
  created_at: Generated<Date>;
}

/** Who a person is at an identity provider: found by subject once linked. */
export interface Database {
  decision_links: DecisionLinksTable;
  decision_link_tokens: DecisionLinkTokensTable;
  sign_in_links: SignInLinksTable;
  sessions: SessionsTable;
}

export type DecisionLinkRow = Selectable<DecisionLinksTable>;
