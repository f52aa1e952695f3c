import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { temporaryFolder } from '@jalon/testkit';
import { sql } from 'kysely';
import t from 'tap';
import { organisationFileSchema } from '../src/reference/organisation.references.js';
import referenceData from '../src/reference/spf-interieur-2022-2024.json' with { type: 'json' };
import { as, plansApp } from '../test-support/plans-app.js';
import { runsTypeScript } from '@jalon/infra';

/* `npm run load-organisation -- FILE`: an organisation from a JSON file shaped as the reference's organisation part. */

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '../src/cli/load-organisation.ts');
const example = path.join(here, '../src/reference/spf-securite-sociale.organisation.json');

async function loadOrganisation(databaseUrl: string, file: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...runsTypeScript, cli, file], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

t.test('the reference\'s organisation part is an organisation file: one schema for both', async (t) => {
  const { organisation, entities, authorities } = referenceData;
  const parsed = organisationFileSchema.safeParse({ organisation, entities, authorities });
  t.ok(parsed.success, parsed.success ? 'the SPF Interior as an organisation file' : JSON.stringify(parsed.error.issues.slice(0, 3)));
});

t.test('the example loads a second federal service without a State Secretary; loading it again changes nothing', async (t) => {
  const { app, db, url } = await plansApp(t);
  const state = async () => (await sql<{ s: string }>`select concat_ws(' ', (select count(*) from organisations), (select count(*) from entities),
    (select count(*) from authorities), (select count(*) from people), (select count(*) from person_roles), (select count(*) from audit_log)) as s`.execute(db)).rows[0]!.s;

  const first = await loadOrganisation(url, example);
  t.equal(first.code, 0, first.stderr);
  t.match(first.stdout, /load-organisation: loaded 1 organisations, 5 entities, 1 authorities, 2 people \(organisation spf-securite-sociale\)/);
  const loaded = await state();

  const organisation = await app.inject({ url: '/organisations/spf-securite-sociale', headers: await as.worker() });
  t.match(organisation.json(), {
    name: { de: 'Föderaler Öffentlicher Dienst Soziale Sicherheit' }, languages: ['fr', 'nl', 'de'],
    settings: { emailSignIn: false, committeeRule: { kind: 'quorum', approvals: 2 }, reviewDays: 10, consolidatorName: { fr: 'Service Stratégie et Appui' } },
  }, 'its names, languages, its own settings and the defaults of the others');
  const authorities = (await app.inject({ url: '/organisations/spf-securite-sociale/authorities', headers: await as.worker() })).json();
  t.same(authorities.map((a: { kind: string; signs: boolean }) => [a.kind, a.signs]), [['minister', true]], 'one Minister who signs, no State Secretary');

  const again = await loadOrganisation(url, example);
  t.equal(again.code, 0);
  t.match(again.stdout, /already loaded, nothing changed/);
  t.equal(await state(), loaded, 'not a row more, not an audit entry more');

  // Its administrator, from the file, manages it; a change survives a reload.
  const admin = await db.selectFrom('people').select('id').where('email', '=', 'admin@socsec.example').executeTakeFirstOrThrow();
  const changed = await app.inject({ method: 'PATCH', url: '/organisations/spf-securite-sociale/settings', headers: await as.person(admin.id), payload: { reviewDays: 7 } });
  t.equal(changed.statusCode, 200, 'the administrator the file names manages the organisation');
  t.equal((await loadOrganisation(url, example)).code, 0);
  const kept = await app.inject({ url: '/organisations/spf-securite-sociale', headers: await as.worker() });
  t.equal(kept.json().settings.reviewDays, 7, 'reloading keeps the administrator\'s change');
});

t.test('a file at fault: every problem named by its JSON path, exit 1, nothing written', async (t) => {
  const { db, url } = await plansApp(t);
  const dir = temporaryFolder(t, 'organisation');
  const good = JSON.parse(await readFile(example, 'utf8')) as {
    entities: Array<Record<string, unknown>>; authorities: Array<Record<string, unknown>>; people: Array<Record<string, unknown>>;
  };
  const count = async () => (await db.selectFrom('organisations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
  const before = await count();

  const broken = structuredClone(good);
  broken.entities[1]!.parentCode = 'NOWHERE';
  broken.authorities[0]!.signs = false;
  broken.people[0]!.roles = [{ role: 'drafter', entityCode: 'DGX' }];
  const brokenFile = path.join(dir, 'broken.json');
  await writeFile(brokenFile, JSON.stringify(broken));
  const refused = await loadOrganisation(url, brokenFile);
  t.equal(refused.code, 1);
  t.match(refused.stderr, /entities\[1\]\.parentCode: unknown entity code NOWHERE/);
  t.match(refused.stderr, /authorities: some authority must sign the plan/);
  t.match(refused.stderr, /people\[0\]\.roles\[0\]\.entityCode: unknown entity code DGX/);
  t.notMatch(refused.stderr, /at .*\.ts:\d+/, 'no stack trace');

  const notJson = path.join(dir, 'not.json');
  await writeFile(notJson, '{ "organisation": ');
  t.match((await loadOrganisation(url, notJson)).stderr, /not JSON/);

  // An e-mail that another organisation's person holds: the whole file is refused.
  const taken = structuredClone(good);
  taken.people[0]!.email = 'org-admin@jalon.test';
  const takenFile = path.join(dir, 'taken.json');
  await writeFile(takenFile, JSON.stringify(taken));
  const conflict = await loadOrganisation(url, takenFile);
  t.equal(conflict.code, 1);
  t.match(conflict.stderr, /people\[0\]\.email: org-admin@jalon\.test belongs to a person of spf-interieur/);
  t.equal(await count(), before, 'no organisation was created by any of them');
});
