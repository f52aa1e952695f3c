import { sql } from 'kysely';
import t from 'tap';
import { verifyChain } from '../src/audit-chain/verify-chain.js';
import { recordAudit } from '../src/repositories/audit.js';
import { actor, plansApp } from '../test-support/plans-app.js';


t.test('the plans service\'s role may add to the audit log and read it, never change it, drop its triggers or create tables', async (t) => {
  const { app, db, organisationCode } = await plansApp(t, { asServiceRole: true });
  // PostgreSQL's "insufficient privilege" (42501): the role may not, whatever the triggers say.
  const denied = (statement: ReturnType<typeof sql>, what: string) => t.rejects(statement.execute(db), { code: '42501' }, what);
  t.notOk((await sql<{ s: boolean }>`select rolsuper as s from pg_roles where rolname = current_user`.execute(db)).rows[0]?.s, 'not a superuser');

  const created = await app.inject({
    method: 'POST', url: `/organisations/${organisationCode}/people`, headers: actor,
    payload: { name: 'Laura Szabo', email: 'laura.szabo@ibz.example', language: 'fr', roles: [{ role: 'president_office' }] },
  });
  t.equal(created.statusCode, 201, 'the service works as its role: a change and its audit row');
  await recordAudit(db, { actor: 'test', action: 'test.row', subjectType: 'test', subjectId: '1' });
  t.ok((await db.selectFrom('audit_log').select('id').where('action', '=', 'person.created').executeTakeFirst()), 'it reads the log');

  await denied(sql`update audit_log set actor = 'someone else'`, 'UPDATE of the audit log');
  await denied(sql`delete from audit_log`, 'DELETE from the audit log');
  await denied(sql`truncate audit_log`, 'TRUNCATE of the audit log');
  await denied(sql`drop trigger audit_log_no_change on audit_log`, 'dropping its trigger');
  await denied(sql`alter table audit_log disable trigger audit_log_no_truncate`, 'disabling its trigger');
  await denied(sql`create table notes (text text)`, 'creating a table in its schema');
  await denied(sql`create table public.notes (text text)`, 'creating a table in the public schema');
  await denied(sql`select * from kysely_migration`, 'reading the migrations');
  await denied(sql`create schema elsewhere`, 'creating a schema');
  t.equal((await verifyChain(db, [])).intact, true, 'the chain written as the role is intact');
});

t.test('concurrent appends keep one linear chain (and what the chain\'s lock costs)', async (t) => {
  const { db, ownerDb } = await plansApp(t, { asServiceRole: true, loadReference: false });
  const chained = (w: number, i: number) => db.transaction().execute(async (trx) => {
    await recordAudit(trx, { actor: `writer-${w}`, action: 'test.concurrent', subjectType: 'test', subjectId: `${w}-${i}`, after: { w, i } });
  });
  // The same inserts without chain, lock or hash, for comparison: a copy of the table without its triggers.
  await sql`create table plain_log (like audit_log including defaults)`.execute(ownerDb);
  await sql`grant insert on plain_log to jalon_plans`.execute(ownerDb);
  let plainId = 0;
  const plain = (w: number, i: number) => db.transaction().execute(async (trx) => {
    await sql`insert into plain_log (actor, action, subject_type, subject_id, after, row_hash, id)
      values (${`writer-${w}`}, 'test.concurrent', 'test', ${`${w}-${i}`}, ${JSON.stringify({ w, i })}, '', ${plainId += 1})`.execute(trx);
  });
  /** Milliseconds per append, `writers` connections appending `each` rows one after the other. */
  const run = async (writers: number, each: number, one: (w: number, i: number) => Promise<unknown>) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: writers }, async (_, w) => { for (let i = 0; i < each; i += 1) await one(w, i); }));
    return ((performance.now() - started) / (writers * each)).toFixed(2);
  };
  const concurrent = { chained: await run(10, 30, chained), plain: await run(10, 30, plain) };
  const verdict = await verifyChain(db, []);
  t.same(verdict.intact && verdict.rows, 300, 'every row in one intact chain');
  const alone = { chained: await run(1, 50, chained), plain: await run(1, 50, plain) };
  t.equal((await verifyChain(db, [])).intact, true);
  t.comment(`ms per append, 10 writers: chained ${concurrent.chained}, plain ${concurrent.plain}; one writer: chained ${alone.chained}, plain ${alone.plain}`);
});
