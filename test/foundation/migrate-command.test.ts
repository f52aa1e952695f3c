import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, runsTypeScript } from '@jalon/infra';
import { scratchDatabase } from '@jalon/testkit';
import pg from 'pg';
import t, { type Test } from 'tap';

/**
 * `npm run migrate` (issue 17, a deploy's init step): every service's migrations into an empty
 * database, then exit; run again, it applies nothing.
 */
const run = promisify(execFile);
const migrate = (env: NodeJS.ProcessEnv, args: string[] = []) =>
  run(process.execPath, [...runsTypeScript, path.join(repoRoot, 'infra/src/cli/migrate.ts'), ...args], {
    cwd: repoRoot, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, timeout: 120_000,
  });

async function migrations(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const schema of ['plans', 'notifications', 'portal']) {
      counts[schema] = (await client.query(`select count(*)::int as n from ${schema}.kysely_migration`)).rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** An empty database for one test, dropped after it. */
async function emptyDatabase(t: Test): Promise<string> {
  const url = await scratchDatabase(process.env.DATABASE_URL!, 'jalon_migrate');
  t.teardown(async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
    await admin.end();
  });
  return url;
}

t.test('npm run migrate: every schema migrated, then a second run changes nothing', async (t) => {
  const url = await emptyDatabase(t);
  const first = await migrate({ DATABASE_URL: url });
  t.match(first.stdout, /plans: schema plans migrated \(\d+ applied/, 'the plans schema is migrated');
  t.match(first.stdout, /notifications: schema notifications migrated \(\d+ applied/, 'the notifications schema');
  t.match(first.stdout, /portal: schema portal migrated \(\d+ applied/, 'the portal schema');
  t.match(first.stdout, /migrate: plans, notifications, portal up to date/);
  const after = await migrations(url);
  for (const [schema, count] of Object.entries(after)) t.ok(count > 0, `${schema}: ${count} migrations recorded`);

  const second = await migrate({ DATABASE_URL: url });
  t.match(second.stdout, /plans: schema plans already up to date/, 'a second run: plans has nothing to apply');
  t.match(second.stdout, /notifications: schema notifications already up to date/);
  t.match(second.stdout, /portal: schema portal already up to date/);
  t.same(await migrations(url), after, 'and no migration is recorded again');
});

t.test('npm run migrate plans: only the service named, as its own owner URL', async (t) => {
  const url = await emptyDatabase(t);
  const only = await migrate({ PLANS_DATABASE_OWNER_URL: url }, ['plans']);
  t.match(only.stdout, /plans: schema plans migrated/);
  t.notMatch(only.stdout, /notifications|portal/, 'the others are left alone');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schemas = (await client.query("select nspname from pg_namespace where nspname in ('plans', 'notifications', 'portal') order by 1")).rows.map((r) => r.nspname);
  await client.end();
  t.same(schemas, ['plans'], 'only the plans schema exists');
});

t.test('npm run migrate refuses what it cannot do, naming it, and exits non-zero', async (t) => {
  const unknown = await migrate({ DATABASE_URL: 'postgres://x@127.0.0.1:9/x' }, ['planz']).catch((error: { code: number; stdout: string }) => error);
  t.match(unknown, { code: 2, stdout: /unknown service among planz; choose among plans, notifications, portal/ });
  const none = await migrate({}).catch((error: { code: number; stdout: string }) => error);
  t.match(none, { code: 2, stdout: /no database for plans, notifications, portal: set DATABASE_URL/ });
});
