import { freePort } from '@jalon/infra';
import { testIdentityProvider } from '@jalon/testkit';
import { roundState } from '@jalon/workflows';
import t from 'tap';
import { launchChromium, screenshot as shot } from '../test-support/chromium.js';
import { cycleWorld } from '../test-support/cycle-world.js';

/*
 * Issue 13's end to end: a committee member signs in through the identity provider's own login page
 * (the run's Keycloak, in Chromium), opens "My tasks" and approves the committee round of a running
 * yearly cycle, and the round records it. The portal is a confidential client of its own at the
 * provider, whose access tokens also open the cycle API the test drives the cycle with.
 */

t.setTimeout(420_000);
const provider = testIdentityProvider();
const portalPort = await freePort();
const client = await provider.portalClient(`http://127.0.0.1:${portalPort}`);
const w = await cycleWorld(t, { portalPort, portal: { provider: { issuer: provider.issuer, ...client, audience: provider.audience } } });

t.test('in Chromium: a committee member signs in at Keycloak, opens "My tasks" and approves the committee round', async (t) => {
  // The run's Temporal server is shared by every test file: a year no other file's cycle uses.
  const year = new Date().getUTCFullYear() + 6;
  const launched = await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.president, { year });
  t.equal(launched.statusCode, 201, `the President's office launches ${year} through the API, with its access token`);
  const committeeMails = await w.driveToCommittee(year);
  const atCommittee = await w.waitFor(year, 'the committee', (v) => v.stage === 'committee' && v.holders.length === 2);
  t.same(atCommittee.holders.map((h: { name: string }) => h.name).sort(), ['Directeur DGSP', 'Directeur-generaal DVZ'], 'the committee\'s round waits for both members');

  const browser = await launchChromium(t);
  if (!browser) return;
  const page = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  await page.goto(`${w.portalUrl}/tasks`);
  t.match(page.url(), /\/sign-in\?next=%2Ftasks$/, 'signed out: the sign-in page');
  await page.getByRole('link', { name: 'Se connecter avec le compte de l’organisation' }).click();
  await page.locator('#username').waitFor();
  t.equal(new URL(page.url()).origin, new URL(provider.issuer).origin, 'at the identity provider\'s own login page');
  await page.locator('#username').fill(w.people.dgsp.email);
  await page.locator('#password').fill(provider.passwordOf(w.people.dgsp.email));
  await shot(page, 'oidc-decide-01-keycloak-login');
  await page.locator('#kc-login').click();

  await page.getByRole('heading', { name: 'Mes tâches' }).waitFor();
  t.equal(page.url(), `${w.portalUrl}/tasks`, 'signed in, back on "My tasks"');
  t.match(await page.textContent('header'), /Connecté·e\s*: Directeur DGSP/, 'as the committee member');
  await shot(page, 'oidc-decide-02-my-tasks');
  await page.getByRole('link', { name: 'Validation par le comité de direction' }).click();
  await page.getByLabel('J’approuve').check();
  await shot(page, 'oidc-decide-03-task-form');
  await page.getByRole('button', { name: 'Envoyer ma décision' }).click();
  await page.getByRole('heading', { name: /enregistrée/i }).waitFor();
  await shot(page, 'oidc-decide-04-decision-recorded');

  const round = await w.portal.temporal.client.workflow.getHandle(atCommittee.currentRoundId).query(roundState);
  t.same(round.decisions.map((d) => [d.personId, d.decisions.map((i) => `${i.item}:${i.outcome}`)]), [[w.people.dgsp.id, ['plan:approve']]], 'the round holds the member\'s approval');
  t.same(round.pending, [w.people.oe.id], 'and waits for the other member only');
  const afterDecision = await w.waitFor(year, 'one member left', (v) => v.holders.length === 1);
  t.same(afterDecision.holders.map((h: { name: string }) => h.name), ['Directeur-generaal DVZ'], 'the cycle view says so too');

  // Decided through the session: the e-mailed link was never opened, and is spent all the same.
  const ownMail = committeeMails.find((m) => m.to.includes(w.people.dgsp.email))!;
  const emailed = await w.portal.pages.inject({ url: new URL(ownMail.text.match(/https?:\/\/\S+\/decisions\/[A-Za-z0-9_-]+/)![0]).pathname });
  t.match(emailed.body, /Ce lien a déjà été utilisé/, 'the e-mailed link of the same step is used up by the decision made from "My tasks"');
  await page.goto(`${w.portalUrl}/tasks`);
  await shot(page, 'oidc-decide-05-my-tasks-after');
  t.match(await page.textContent('main'), /Aucune étape n’attend votre réponse/, 'and the task is gone');

  const other = committeeMails.find((m) => m.to.includes(w.people.oe.email))!;
  t.equal((await w.actOnEmail(other, { 'outcome:plan': 'approve' })).posted.statusCode, 200, 'the other member approves from his e-mail');
  const transmitted = await w.waitFor(year, 'transmitted', (v) => v.transmission !== null);
  const committeeLog = transmitted.decisions.filter((d: { step: string }) => d.step === 'committee').map((d: { personName: string }) => d.personName).sort();
  t.same(committeeLog, ['Directeur DGSP', 'Directeur-generaal DVZ'], 'the committee approved: the cycle went on to transmission, the decision in its log');
  const channels = Object.fromEntries(transmitted.decisions.filter((d: { step: string }) => d.step === 'committee').map((d: { personName: string; channel: string }) => [d.personName, d.channel]));
  t.same(channels, { 'Directeur DGSP': 'session', 'Directeur-generaal DVZ': 'link' }, 'the decision record says how each decided: signed in, or through the e-mailed link');
});
