import { ensureTemporalSchemas, ensureTemporalServer, ensureTemporalUi, startTemporalUi, startTestServers, Supervisor, freePort, TEMPORAL_ROLE } from '@jalon/infra';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import t from 'tap';
import { parse } from 'yaml';

/**
 * `--engine server` (issue 17): Temporal's own server on PostgreSQL, started as the test command
 * starts it (its own PostgreSQL and server, not this run's), with a cycle run on it from launch to
 * transmission, as people drive it.
 */
// A first build of the server takes minutes on a busy machine; later runs take it from the cache.
t.setTimeout(1_500_000);

t.test('Jalon\'s test servers on the server engine: databases set up by the SQL tool, a cycle run to transmission', async (t) => {
  const lines: string[] = [];
  const build = await ensureTemporalServer((line) => { lines.push(line); t.comment(line); });
  // Not this run's servers: the ones the server engine starts for itself.
  const inherited = { TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS, DATABASE_URL: process.env.DATABASE_URL };
  delete process.env.TEMPORAL_ADDRESS;
  delete process.env.DATABASE_URL;
  const servers = await startTestServers((line) => { lines.push(line); t.comment(line); }, { engine: 'server' })
    .finally(() => Object.assign(process.env, inherited));
  t.teardown(() => servers.stop());
  t.match(lines.join('\n'), /database temporal created at schema version 1\.\d+/, 'the temporal database is created and set up');
  t.match(lines.join('\n'), /database temporal_visibility created at schema version 1\.\d+/, 'and the visibility database');

  const client = new pg.Client({ connectionString: servers.env.DATABASE_URL.replace(/\/[^/]*$/, '/temporal') });
  await client.connect();
  const shards = (await client.query('select count(*)::int as n from shards')).rows[0].n;
  t.ok(shards > 0, `the server keeps its history shards in PostgreSQL (${shards})`);
  // As the operator sees it: who is connected to Temporal's databases, who owns them and their tables.
  const sessions = (await client.query<{ usename: string }>(
    "select distinct usename from pg_stat_activity where datname in ('temporal', 'temporal_visibility') and pid <> pg_backend_pid()")).rows.map((r) => r.usename);
  t.same(sessions, [TEMPORAL_ROLE], 'the server connects as its own role, not as the administrator');
  const owners = (await client.query<{ datname: string; owner: string }>(
    "select datname, pg_get_userbyid(datdba) as owner from pg_database where datname like 'temporal%' order by datname")).rows;
  t.same(owners, [{ datname: 'temporal', owner: TEMPORAL_ROLE }, { datname: 'temporal_visibility', owner: TEMPORAL_ROLE }], 'the role owns both databases');
  const tables = (await client.query<{ owner: string }>("select distinct tableowner as owner from pg_tables where schemaname = 'public'")).rows;
  t.same(tables, [{ owner: TEMPORAL_ROLE }], 'the SQL tool made the schema as that role: it owns every table');
  const role = (await client.query('select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = $1', [TEMPORAL_ROLE])).rows[0];
  t.same(role, { rolsuper: false, rolcreatedb: false, rolcreaterole: false }, 'and it may do nothing else on the server');
  const ownedElsewhere = (await client.query("select datname from pg_database where pg_get_userbyid(datdba) = $1 and datname not like 'temporal%'", [TEMPORAL_ROLE])).rowCount;
  t.equal(ownedElsewhere, 0, 'it owns no other database');
  await client.end();

  // The configuration the server reads names the role and its password, never the administrator's.
  const config = parse(readFileSync(path.join(servers.env.JALON_TEST_DIR, 'temporal-server', 'temporal-server.yaml'), 'utf8'));
  const sql = config.persistence.datastores['postgres-default'].sql;
  const admin = new URL(servers.env.DATABASE_URL);
  t.equal(sql.user, TEMPORAL_ROLE, 'the configuration names the role');
  t.not(sql.password, decodeURIComponent(admin.password), 'with a password of its own');
  const roleUrl = new URL(servers.env.DATABASE_URL);
  roleUrl.username = sql.user;
  roleUrl.password = sql.password;
  const again = await ensureTemporalSchemas(build, roleUrl.toString());
  t.same(again.map((r) => r.action), ['updated', 'updated'], 'a second start upgrades in place as the role: nothing is created again');

  // The Web UI npm start puts beside this engine answers against the server's frontend.
  const ui = await ensureTemporalUi((line) => t.comment(line));
  const supervisor = new Supervisor();
  t.teardown(() => supervisor.stopAll());
  const uiUrl = await startTemporalUi(supervisor, {
    binary: ui, port: await freePort(), temporalAddress: servers.env.TEMPORAL_ADDRESS, namespace: 'default', folder: path.join(servers.env.JALON_TEST_DIR, 'temporal-ui'),
  });
  const namespaces = await fetch(`${uiUrl}/api/v1/namespaces`);
  t.equal(namespaces.status, 200, 'the UI\'s API reaches the server');
  t.match(await namespaces.text(), /"default"/, 'and lists the namespace Jalon runs in');
  t.match(await (await fetch(`${uiUrl}/namespaces/default/workflows`)).text(), /<html/i, 'its workflow list page is served');

  // The cycle's world reads the servers from the environment, as every test does.
  Object.assign(process.env, { TEMPORAL_ADDRESS: servers.env.TEMPORAL_ADDRESS, DATABASE_URL: servers.env.DATABASE_URL });
  t.teardown(() => Object.assign(process.env, inherited));
  const { cycleWorld } = await import('@jalon/portal/test-support/cycle-world');
  const w = await cycleWorld(t);
  const year = new Date().getUTCFullYear() + 68;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  t.equal(launched.statusCode, 201, 'the President\'s office launches the year on the server engine');
  const transmitted = await w.driveToTransmission(year);
  t.ok(transmitted.transmission, 'the plan is transmitted: drafting, consolidation and the committee\'s decisions all ran on it');
  const mails = w.notifications.catcher.messages.map((m) => `${m.to.join(',')}|${m.subject}`);
  t.equal(new Set(mails).size, mails.length, 'no e-mail was sent twice');
});
