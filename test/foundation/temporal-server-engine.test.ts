import { ensureTemporalSchemas, ensureTemporalServer, startTestServers } from '@jalon/infra';
import pg from 'pg';
import t from 'tap';

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
  await client.end();
  t.ok(shards > 0, `the server keeps its history shards in PostgreSQL (${shards})`);

  const again = await ensureTemporalSchemas(build, servers.env.DATABASE_URL);
  t.same(again.map((r) => r.action), ['updated', 'updated'], 'a second start upgrades in place: nothing is created again');

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
