import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import t from 'tap';
import { buildMailCatcherWeb, engineFromArguments, ensureTemporalBinary, MailCatcher, PrerequisiteError, timedStep } from '../src/index.js';

/** What a newcomer meets in the first minutes (issue 17 part 7). */
t.test('a long first-time step shows its elapsed time while it runs, and its measured time at the end', async (t) => {
  const lines: string[] = [];
  const result = await timedStep((line) => lines.push(line), 'temporal', 'building something', async () => {
    await new Promise((resolve) => setTimeout(resolve, 230));
    return 42;
  }, { estimate: 'about 6 min', everyMs: 50 });
  t.equal(result, 42, 'the step\'s own result is passed on');
  t.equal(lines[0], 'temporal: building something (first time, about 6 min)…', 'it says what it does and how long it takes');
  const ticks = lines.filter((line) => /^temporal: building something… \d+ s elapsed$/.test(line));
  t.ok(ticks.length >= 2, `elapsed-time lines while it runs (${ticks.length})`);
  t.match(lines.at(-1), /^temporal: building something: done in \d+ s$/, 'and the time it took');
  const failed: string[] = [];
  await t.rejects(timedStep((line) => failed.push(line), 'x', 'failing', async () => { throw new Error('no'); }), /no/);
  t.match(failed.at(-1), /^x: failing: failed after \d+ s$/, 'a failed step says how long it ran');
});

t.test('the built Temporal CLI reports the pinned version, not 0.0.0-DEV', async (t) => {
  const binary = await ensureTemporalBinary(() => undefined);
  const { stdout } = await promisify(execFile)(binary, ['--version']);
  t.match(stdout, /temporal version 1\.5\.1\b/);
  t.notMatch(stdout, /0\.0\.0-DEV/);
});

t.test('the engine is chosen by --engine or JALON_TEMPORAL_ENGINE; the dev server stays the default', async (t) => {
  t.same(engineFromArguments(['test/e2e/a.test.ts'], {}), { engine: 'dev', rest: ['test/e2e/a.test.ts'] });
  t.same(engineFromArguments(['--engine', 'server', 'a.test.ts'], {}), { engine: 'server', rest: ['a.test.ts'] }, 'the argument is taken out of what goes to tap');
  t.same(engineFromArguments(['--engine=server'], {}), { engine: 'server', rest: [] });
  t.same(engineFromArguments([], { JALON_TEMPORAL_ENGINE: 'server' }), { engine: 'server', rest: [] });
  t.same(engineFromArguments(['--engine', 'dev'], { JALON_TEMPORAL_ENGINE: 'server' }).engine, 'dev', 'the argument wins over the variable');
  const error = (() => { try { engineFromArguments(['--engine', 'cluster'], {}); } catch (e) { return e; } })();
  t.ok(error instanceof PrerequisiteError, 'an unknown engine is refused with the choices');
  t.match((error as Error).message, /Unknown Temporal engine "cluster".*--engine server/);
});

t.test('the mail catcher\'s empty page names the README\'s command for reading e-mails as JSON', async (t) => {
  const catcher = new MailCatcher();
  const web = buildMailCatcherWeb(catcher);
  t.teardown(async () => { await web.close(); await catcher.close(); });
  const page = await web.inject({ url: '/', headers: { host: '127.0.0.1:1080' } });
  t.equal(page.statusCode, 200);
  t.match(page.body, /No message caught yet/);
  t.match(page.body, "curl -s http://127.0.0.1:1080/api/messages | jq -r '.[0].text'", 'the command, with this catcher\'s own address');
  t.match(page.body, /<code>npm start<\/code>/);
});
