import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateServiceKey, serviceSigningKeySchema } from '@jalon/auth';
import { temporaryFolder, testKeyring } from '@jalon/testkit';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import t from 'tap';
import { chainRowsAfter } from '../src/audit-chain/chain-rows.js';
import { startHeadSigning } from '../src/audit-chain/head-signing.js';
import { HEADS_FILE, readSignedHeads, signHead } from '../src/audit-chain/signed-heads.js';
import { rowHash } from '../src/audit-chain/row-hash.js';
import { verifyChain } from '../src/audit-chain/verify-chain.js';
import { recordAudit } from '../src/repositories/audit.js';
import { plansApp } from '../test-support/plans-app.js';
import { runsTypeScript } from '@jalon/infra';

const cli = fileURLToPath(new URL('../src/cli/verify-audit.ts', import.meta.url));

/** `npm run verify-audit` on the test's database and heads folder, as an operator runs it. */
async function verifyAudit(url: string, headsDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const keys = (await testKeyring()).env('plans');
  return new Promise((resolve) => {
    execFile(process.execPath, [...runsTypeScript, cli, ...args], {
      env: { ...process.env, DATABASE_URL: url, AUDIT_HEADS_DIR: headsDir, ...keys },
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }));
  });
}

/** What a superuser can do that the service's role cannot: SQL on the test database as the test server's administrator. */
async function asSuperuser(url: string, statements: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

async function chainWithRows(t: Parameters<typeof plansApp>[0], extra = 5) {
  const ctx = await plansApp(t);
  for (let i = 0; i < extra; i += 1) {
    await recordAudit(ctx.db, { actor: 'test', action: 'test.row', subjectType: 'test', subjectId: String(i), before: i % 2 ? { n: i, nested: { b: 1, a: [1.5, 'é', null] } } : undefined, after: { n: i + 1 } });
  }
  const ids = (await ctx.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
  return { ...ctx, ids, headsDir: temporaryFolder(t, 'audit-heads') };
}

t.test('verify-audit passes an intact chain, then names the row a superuser changed with the trigger disabled', async (t) => {
  const { url, ids, headsDir } = await chainWithRows(t);
  const intact = await verifyAudit(url, headsDir, '--sign');
  t.equal(intact.code, 0, intact.out);
  t.match(intact.out, new RegExp(`intact: ${ids.length} rows, head row ${ids.at(-1)} `));
  t.match(intact.out, new RegExp(`signed head row ${ids.at(-1)}`));
  t.match((await verifyAudit(url, headsDir)).out, /1 signed heads checked/);

  const victim = ids[2]!;
  await asSuperuser(url, `
    alter table plans.audit_log disable trigger audit_log_no_change;
    update plans.audit_log set actor = 'someone else' where id = ${victim};
    alter table plans.audit_log enable trigger audit_log_no_change;`);
  const broken = await verifyAudit(url, headsDir);
  t.equal(broken.code, 1);
  t.match(broken.out, new RegExp(`BROKEN at row ${victim}: its content .* no longer matches its row_hash`));
});

/** A superuser's rewrite of row `fromId` (new actor) with every hash from there recomputed, triggers off. */
async function rewriteFrom(db: Kysely<any>, fromId: number, onlyThatRow: boolean) {
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
  const rows = await chainRowsAfter(db, fromId - 1, onlyThatRow ? 1 : 1000);
  let prevHash = rows[0]!.prevHash;
  for (const row of rows) {
    const actor = row.id === fromId ? 'someone else' : row.actor;
    const hash = rowHash({ ...row, actor, prevHash });
    await sql`update audit_log set actor = ${actor}, prev_hash = ${prevHash}, row_hash = ${hash} where id = ${row.id}`.execute(db);
    prevHash = hash;
  }
  await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);
}

t.test('a row rewritten with its hash recomputed breaks the next link; the whole tail recomputed, the signed head', async (t) => {
  const { db, url, ids, headsDir } = await chainWithRows(t);
  t.equal((await verifyAudit(url, headsDir, '--sign')).code, 0);
  await rewriteFrom(db, ids[1]!, true);
  const link = await verifyAudit(url, headsDir);
  t.equal(link.code, 1);
  t.match(link.out, new RegExp(`BROKEN at row ${ids[2]}: its prev_hash is not the row_hash of the row before it \\(id ${ids[1]}\\)`));

  await rewriteFrom(db, ids[1]!, false);
  t.equal((await verifyChain(db, [])).intact, true, 'without signed heads the rewrite is consistent');
  const rewritten = await verifyAudit(url, headsDir);
  t.equal(rewritten.code, 1);
  t.match(rewritten.out, new RegExp(`BROKEN at row ${ids.at(-1)}: its hash differs from the head signed on .*: the log was rewritten`));
});

t.test('TRUNCATE is refused; a superuser truncating with the trigger disabled is caught by the signed head', async (t) => {
  const { url, ids, headsDir } = await chainWithRows(t);
  t.equal((await verifyAudit(url, headsDir, '--sign')).code, 0);
  await t.rejects(asSuperuser(url, 'truncate plans.audit_log'), /append-only/, 'even a superuser is refused while the trigger is on');
  await asSuperuser(url, `
    alter table plans.audit_log disable trigger audit_log_no_truncate;
    truncate plans.audit_log;`);
  const broken = await verifyAudit(url, headsDir);
  t.equal(broken.code, 1);
  t.match(broken.out, new RegExp(`BROKEN at row ${ids.at(-1)}: it was signed as the head on .* and is missing: the log is now empty`));
});

t.test('deleting the last rows is caught by the signed head, a row in the middle by the chain', async (t) => {
  const { url, ids, headsDir } = await chainWithRows(t);
  t.equal((await verifyAudit(url, headsDir, '--sign')).code, 0);
  await asSuperuser(url, `
    alter table plans.audit_log disable trigger audit_log_no_change;
    delete from plans.audit_log where id >= ${ids.at(-2)};
    alter table plans.audit_log enable trigger audit_log_no_change;`);
  const tail = await verifyAudit(url, headsDir);
  t.equal(tail.code, 1);
  t.match(tail.out, new RegExp(`BROKEN at row ${ids.at(-1)}: .* missing: the log now ends at row ${ids.at(-3)}`));

  await asSuperuser(url, `
    alter table plans.audit_log disable trigger audit_log_no_change;
    delete from plans.audit_log where id = ${ids[1]};
    alter table plans.audit_log enable trigger audit_log_no_change;`);
  const middle = await verifyAudit(url, headsDir);
  t.match(middle.out, new RegExp(`BROKEN at row ${ids[2]}: its prev_hash is not the row_hash of the row before it \\(id ${ids[0]}\\)`));
});

t.test('signed heads: a forged or altered line fails verification; the service signs at start and on its timer', async (t) => {
  const { db, url, headsDir } = await chainWithRows(t, 2);
  const key = serviceSigningKeySchema.parse(JSON.parse((await testKeyring()).env('plans').JALON_SERVICE_KEY));
  const signing = await startHeadSigning(db, { dir: headsDir, key, everyMs: 50, onError: t.error });
  t.teardown(() => signing.stop());
  const file = path.join(headsDir, HEADS_FILE);
  t.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1, 'signed at start');
  await recordAudit(db, { actor: 'test', action: 'test.later', subjectType: 'test', subjectId: 'x' });
  await new Promise((r) => setTimeout(r, 300));
  t.equal(readFileSync(file, 'utf8').trim().split('\n').length, 2, 'the new head signed by the timer, an unchanged one not again');
  await signing.stop();
  await recordAudit(db, { actor: 'test', action: 'test.after-stop', subjectType: 'test', subjectId: 'y' });
  await new Promise((r) => setTimeout(r, 200));
  t.equal(readFileSync(file, 'utf8').trim().split('\n').length, 2, 'nothing signed once stopped');
  t.equal((await verifyChain(db, readSignedHeads(headsDir, (await testKeyring()).trusted))).intact, true);

  const lines = readFileSync(file, 'utf8');
  const stranger = await generateServiceKey('plans');
  const forged = signHead(stranger, JSON.parse(lines.split('\n')[0]!).head);
  writeFileSync(file, `${lines}${JSON.stringify(forged)}\n`);
  const refused = await verifyAudit(url, headsDir);
  t.equal(refused.code, 1);
  t.match(refused.out, /line 3 of the signed heads has no valid signature by a trusted key of the plans service/);

  const altered = JSON.parse(lines.split('\n')[0]!);
  altered.head.id += 1;
  writeFileSync(file, `${JSON.stringify(altered)}\n`);
  t.match((await verifyAudit(url, headsDir)).out, /line 1 of the signed heads has no valid signature/);
});
