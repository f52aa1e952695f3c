import { sql, type Kysely } from 'kysely';
// The one definition of the chain's canonical form, imported rather than copied: a migration that
// hashed differently from verify-audit would leave a chain that can never be verified.
import { chainRowsAfter } from '../audit-chain/chain-rows.js';
import { rowHash } from '../audit-chain/row-hash.js';

/**
 * Chains the audit log: prev_hash and row_hash on every row (see audit-chain/row-hash.ts), the
 * existing rows chained here in id order; an insert must link to the current last row, so two
 * writers can never fork the chain; and TRUNCATE is refused, which the row trigger did not catch.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column prev_hash text, add column row_hash text`.execute(db);
  // The rows are append-only; chaining them is the one change ever made to them, in this transaction.
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
  let prevHash: string | null = null;
  let last = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const page = await chainRowsAfter(db, last, 500);
    for (const row of page) {
      const hash = rowHash({ ...row, prevHash });
      await sql`update audit_log set prev_hash = ${prevHash}, row_hash = ${hash} where id = ${row.id}`.execute(db);
      prevHash = hash;
    }
    if (page.length < 500) break;
    last = page[page.length - 1]!.id;
  }
  await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
  await sql`
    alter table audit_log
      alter column row_hash set not null,
      add constraint audit_log_row_hash_is_sha256 check (row_hash ~ '^[0-9a-f]{64}$'),
      add constraint audit_log_prev_hash_is_sha256 check (prev_hash ~ '^[0-9a-f]{64}$');

    -- A row must name the current last row as its predecessor: a writer that did not take the
    -- chain's lock (recordAudit does) fails instead of forking the chain.
    create function audit_log_links_to_last_row() returns trigger language plpgsql as $$
    declare
      last_row audit_log%rowtype;
    begin
      select * into last_row from audit_log order by id desc limit 1;
      if found and (new.id <= last_row.id or new.prev_hash is distinct from last_row.row_hash) then
        raise exception 'audit_log: a row must follow the last row (id %)', last_row.id;
      end if;
      if not found and new.prev_hash is not null then
        raise exception 'audit_log: the first row has no predecessor';
      end if;
      return new;
    end $$;
    create trigger audit_log_chained before insert on audit_log
      for each row execute function audit_log_links_to_last_row();

    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop trigger if exists audit_log_no_truncate on audit_log;
    drop trigger if exists audit_log_chained on audit_log;
    drop function if exists audit_log_links_to_last_row();
    alter table audit_log drop column prev_hash, drop column row_hash;
  `.execute(db);
}
