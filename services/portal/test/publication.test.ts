import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import t from 'tap';
import { actor, worker } from '@jalon/plans/test-support/plans-app';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** who signed the reference plan in the test world (services/plans/test-support/sign-plan.ts) */
const SIGNER = 'Annelies Verlinden';

t.test('the public page lists a published plan with the SHA-256 of its PDF and canonical JSON, which the downloaded files have; no person is named', async (t) => {
  const w = await cycleWorld(t, { portal: { emailSignIn: true, logger: { level: 'error' } } });
  const publicPath = `/publication/${w.ORG}`;

  const before = await fetch(`${w.portalUrl}${publicPath}`);
  t.equal(before.status, 200, 'the public page opens without signing in');
  const beforeBody = await before.text();
  t.notMatch(beforeBody, /data-sha256/, 'the signed plan is not listed before it is published');
  t.notMatch(beforeBody, /<form method="post" action="\/publication/, 'and a reader who has not signed in has nothing to publish');

  // A committee member may not publish; the President's office does, from the same page.
  const member = await signInByEmail(w, w.people.dgsp.email);
  const memberPage = await w.portal.pages.inject({ url: publicPath, headers: { cookie: member } });
  t.notMatch(memberPage.body, /<form method="post" action="\/publication/, 'no "Publier" for a committee member');
  const action = `${publicPath}/strategic/${w.plans.planId}/1`;
  const refused = await w.portal.pages.inject({ method: 'POST', url: action, headers: { ...formHeaders, cookie: member }, payload: form({ csrf: csrfOf((await w.portal.pages.inject({ url: '/tasks', headers: { cookie: member } })).body) }) });
  t.equal(refused.statusCode, 403, 'a committee member\'s "Publier" is refused');

  const president = await signInByEmail(w, w.people.president.email);
  const presidentPage = await w.portal.pages.inject({ url: publicPath, headers: { cookie: president } });
  t.match(presidentPage.body, /<form method="post" action="\/publication\//, 'the President\'s office sees "Publier" beside the signed version');

  // The communication plan (7.3) is carried by the Corporate cell and the Infocom service: the
  // organisation gives Infocom's communicator the role, who finds the page in the navigation and publishes.
  const communicator = { name: 'Service Infocom', email: 'infocom@ibz.example' };
  const registered = await w.plans.app.inject({ method: 'POST', url: `/organisations/${w.ORG}/people`, headers: actor, payload: { ...communicator, language: 'fr', roles: [{ role: 'communicator', entityCode: 'INFOCOM' }] } });
  t.equal(registered.statusCode, 201, 'a communicator is registered');
  const infocom = await signInByEmail(w, communicator.email);
  const tasks = await w.portal.pages.inject({ url: '/tasks', headers: { cookie: infocom } });
  t.match(tasks.body, new RegExp(`<a href="${publicPath}">Publication</a>`), 'the navigation leads the communicator to the publication page');
  const page = await w.portal.pages.inject({ url: publicPath, headers: { cookie: infocom } });
  const formAction = page.body.match(/<form method="post" action="(\/publication\/[^"]+)"/)?.[1];
  t.ok(formAction, 'the communicator sees "Publier" beside the signed version');
  const published = await w.portal.pages.inject({ method: 'POST', url: formAction!, headers: { ...formHeaders, cookie: infocom }, payload: form({ csrf: csrfOf(page.body) }) });
  t.equal(published.statusCode, 303, 'published');
  const audit = await w.plans.app.inject({ url: `/audit?subjectType=strategic_plan&subjectId=${w.plans.planId}`, headers: actor });
  t.match(audit.body, /"version\.published"/, 'the publication is in the audit log');

  // Anyone: the page, then each file through the public address, hashed here and by sha256sum.
  const listing = await (await fetch(`${w.portalUrl}${publicPath}?lang=nl`)).text();
  t.match(listing, /lang="nl"/, 'in Dutch when asked');
  const pdfHref = listing.match(/href="([^"]+\/document\.pdf)"/)?.[1];
  const jsonHref = listing.match(/href="([^"]+\/canonical\.json)"/)?.[1];
  const pdfHash = listing.match(/data-sha256="pdf">([0-9a-f]{64})</)?.[1];
  const jsonHash = listing.match(/data-sha256="json">([0-9a-f]{64})</)?.[1];
  t.ok(pdfHref && jsonHref && pdfHash && jsonHash, 'the page links the PDF and the JSON and shows both hashes');
  const pdf = Buffer.from(await (await fetch(`${w.portalUrl}${pdfHref}`)).arrayBuffer());
  const json = Buffer.from(await (await fetch(`${w.portalUrl}${jsonHref}`)).arrayBuffer());
  t.equal(sha256(pdf), pdfHash, 'the downloaded PDF has the SHA-256 the page shows');
  t.equal(sha256(json), jsonHash, 'the downloaded JSON has the SHA-256 the page shows');
  const version = (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}/versions/1`, headers: worker })).json() as { sha256: string; pdfSha256: string };
  t.same([jsonHash, pdfHash], [version.sha256, version.pdfSha256], 'the hashes are the version\'s own, as recorded beside it');

  const folder = path.join(root, 'test-results/publication');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'plan.pdf'), pdf);
  await writeFile(path.join(folder, 'plan.json'), json);
  const { stdout } = await promisify(execFile)('sha256sum', ['plan.pdf', 'plan.json'], { cwd: folder });
  t.equal(stdout, `${pdfHash}  plan.pdf\n${jsonHash}  plan.json\n`, 'sha256sum agrees with the page');

  // No personal data: names and e-mail addresses of the people, the signer, in the page or the JSON.
  const people = Object.values(w.people) as Array<{ email: string; name?: string }>;
  const personal = [SIGNER, 'Laura Szabo', communicator.name, communicator.email, ...people.map((p) => p.email), ...people.map((p) => p.name).filter((n): n is string => Boolean(n))];
  const texts = { page: listing, json: json.toString('utf8') };
  for (const [where, text] of Object.entries(texts)) {
    t.same(personal.filter((p) => text.toLowerCase().includes(p.toLowerCase())), [], `no name or e-mail address in the ${where}`);
  }
  t.notMatch(listing, /@/, 'no e-mail address of any kind on the page');

  t.equal((await fetch(`${w.portalUrl}${publicPath}/strategic/${w.plans.planId}/2/document.pdf`)).status, 404, 'an unpublished version is not served');
  t.equal((await fetch(`${w.portalUrl}/publication/nobody`)).status, 404, 'an unknown organisation: 404');
});
