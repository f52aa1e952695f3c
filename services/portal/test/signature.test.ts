import { worker } from '@jalon/plans/test-support/plans-app';
import { lifecycleState } from '@jalon/workflows';
import t from 'tap';
import { launchChromium, screenshot } from '../test-support/chromium.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { signInByEmail } from '../test-support/email-sign-in.js';
import { csrfOf, form, formHeaders } from '../test-support/portal-app.js';
import { strategicPlanAwaitingSignature } from '../test-support/strategic-lifecycle.js';

/*
 * The Minister's signature of the strategic plan: only from a person holding minister_cell that
 * day, in a signed-in session, on the frozen version the lifecycle shows; never from a link, an
 * access token or another role, and every refusal leaves the plan awaiting its signature.
 */

t.setTimeout(300_000);
const w = await cycleWorld(t, { strategicPlanSigned: false });
const { handle, version, committee } = await strategicPlanAwaitingSignature(w);
const pages = w.portal.pages;
const url = `/signature/${w.plans.planId}`;
const minister = await signInByEmail(w, w.people.verlinden.email);
const member = await signInByEmail(w, w.people.dgsp.email);
const sign = (headers: Record<string, string>, fields: Record<string, string>) =>
  pages.inject({ method: 'POST', url, headers: { ...formHeaders, ...headers }, payload: form(fields) });

/** A photograph of a page as the Minister's cell sees it, in Chromium. */
async function photograph(t: Parameters<typeof launchChromium>[0], pathname: string, name: string) {
  const browser = await launchChromium(t);
  if (!browser) return;
  const context = await browser.newContext({ locale: 'fr-BE' });
  // The portal believes it is behind https (its PUBLIC_BASE_URL), so its session cookie is __Host-:
  // Secure, which Chromium keeps for 127.0.0.1 too, a trustworthy origin.
  const [cookieName, cookieValue] = minister.split('=') as [string, string];
  await context.addCookies([{ name: cookieName, value: cookieValue, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  await page.goto(`${w.portalUrl}${pathname}`);
  await screenshot(page, name);
}

/** Nothing recorded: the lifecycle still awaits the signature, and so does the plan in the plans service. */
async function stillAwaiting(t: { same: (found: unknown, wanted: unknown, message: string) => unknown }, who: string) {
  const state = await handle.query(lifecycleState);
  t.same([state.stage, state.signature], ['awaiting_signature', null], `${who}: the lifecycle still awaits the signature`);
  const plan = (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}`, headers: worker })).json();
  t.same([plan.status, plan.signedBy], ['awaiting_signature', null], `${who}: the plan is not signed`);
}

t.test('the Minister\'s cell sees the plan awaiting its signature, with the frozen version and its SHA-256, in its language', async (t) => {
  const page = await pages.inject({ url: '/signature', headers: { cookie: minister } });
  t.equal(page.statusCode, 200);
  t.match(page.body, /<h1>Signature du plan stratégique<\/h1>/, 'in French, the cell\'s language');
  t.match(page.body, new RegExp(`<dd>v${version.number}</dd>`), 'the frozen version\'s number');
  t.match(page.body, new RegExp(`<code class="hash">${version.sha256}</code>`), 'its whole SHA-256, as the lifecycle holds it');
  t.match(page.body, new RegExp(`Signer la version ${version.number}`));
  t.match(page.body, /href="\/signature" aria-current="page">Signature</, 'the navigation offers the page to the cell');
  const dutch = await pages.inject({ url: '/signature', headers: { cookie: `${minister}; jalon_lang=nl` } });
  t.match(dutch.body, /<h1>Ondertekening van het strategisch plan<\/h1>/, 'and in Dutch');
  t.match(dutch.body, new RegExp(`Versie ${version.number} ondertekenen`));
  await photograph(t, '/signature', 'signature-01-awaiting');

  // The cell's start page (its tasks) leads there too, with the version and its hash.
  const start = await pages.inject({ url: '/', headers: { cookie: minister } });
  t.equal(start.headers.location, '/tasks');
  const tasks = await pages.inject({ url: '/tasks', headers: { cookie: minister } });
  t.match(tasks.body, new RegExp(`<a href="/signature">Signer « [^»]+ », version ${version.number}</a>`), 'the plan to sign among its tasks');
  t.match(tasks.body, new RegExp(`<code class="hash">${version.sha256}</code>`));
  t.notMatch((await pages.inject({ url: '/tasks', headers: { cookie: member } })).body, 'href="/signature"', 'not among a committee member\'s tasks');
});

t.test('nobody else signs: no session, a decision link, an access token, a committee member, a forged form, another version', async (t) => {
  const valid = { csrf: csrfOf((await pages.inject({ url: '/signature', headers: { cookie: minister } })).body), version: String(version.number) };

  const signedOut = await sign({}, valid);
  t.equal(signedOut.statusCode, 303, 'no session: sent to sign in');
  t.equal(signedOut.headers.location, `/sign-in?next=${encodeURIComponent(url)}`);
  t.equal((await pages.inject({ url: '/signature' })).headers.location, '/sign-in?next=%2Fsignature', 'the page too');

  const linkToken = committee[0]!.text.match(/\/decisions\/([A-Za-z0-9_-]+)/)?.[1];
  t.ok(linkToken, 'a committee member\'s decision link');
  t.equal((await sign({ cookie: `${minister.split('=')[0]}=${linkToken}` }, valid)).statusCode, 303, 'a decision link\'s token is no session');

  const bearer = w.as(w.people.verlinden);
  const api = await sign(bearer, valid);
  t.equal(api.statusCode, 403, 'the Minister\'s cell\'s own access token (an API caller): refused');
  t.match(api.body, /Accès refusé/, 'with the refusal page');
  t.equal((await sign({ ...bearer, cookie: minister }, valid)).statusCode, 403, 'even beside the cell\'s session');
  t.equal((await w.portal.internal.inject({ method: 'POST', url, headers: { ...formHeaders, ...bearer }, payload: form(valid) })).statusCode, 404,
    'and the internal API has no such route');

  const memberPage = await pages.inject({ url: '/signature', headers: { cookie: member } });
  t.equal(memberPage.statusCode, 403, 'a committee member, signed in, may not open the page');
  t.match(memberPage.body, /ne vous permet pas de signer le plan stratégique/);
  const memberCsrf = csrfOf((await pages.inject({ url: '/tasks', headers: { cookie: member } })).body);
  t.equal((await sign({ cookie: member }, { ...valid, csrf: memberCsrf })).statusCode, 403, 'nor sign with their own session\'s form value');

  const noCsrf = await sign({ cookie: minister }, { version: valid.version });
  t.equal(noCsrf.statusCode, 403, 'a form without the anti-forgery value');
  t.match(noCsrf.body, /Formulaire expiré/);
  t.equal((await sign({ cookie: minister }, { ...valid, csrf: memberCsrf })).statusCode, 403, 'or with another session\'s');

  const other = await sign({ cookie: minister }, { ...valid, version: String(version.number + 1) });
  t.equal(other.statusCode, 409, 'a version other than the one reviewed');
  t.match(other.body, /La signature n’a pas été enregistrée/);
  await stillAwaiting(t, 'after every refusal');
});

t.test('the Minister\'s cell signs in its session: the lifecycle records it and the plan is signed', async (t) => {
  const page = await pages.inject({ url: '/signature', headers: { cookie: minister } });
  const signed = await sign({ cookie: minister }, { csrf: csrfOf(page.body), version: String(version.number) });
  t.equal(signed.statusCode, 303);
  t.equal(signed.headers.location, `/signature?signed=${version.number}`);
  const outcome = await pages.inject({ url: signed.headers.location as string, headers: { cookie: minister } });
  t.match(outcome.body, new RegExp(`La signature de la version ${version.number} est enregistrée`), 'the outcome is shown');
  t.match(outcome.body, /Aucun plan stratégique n’attend la signature/, 'and nothing awaits it any more');
  await photograph(t, signed.headers.location as string, 'signature-02-signed');

  const final = await handle.result();
  t.equal(final.stage, 'communicated', 'the lifecycle went on to the communication');
  t.same([final.signature?.signedBy, final.signature?.version], [w.people.verlinden.id, version.number], 'signed by the session\'s person, on the version shown');
  const plan = (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}`, headers: worker })).json();
  t.same([plan.status, plan.signedBy, plan.signedVersion], ['signed', w.people.verlinden.id, version.number], 'the plans service holds the signature');
  const again = await sign({ cookie: minister }, { csrf: csrfOf(page.body), version: String(version.number) });
  t.equal(again.statusCode, 303, 'the same form posted again is answered as the first (the same update id)…');
  const after = (await w.plans.app.inject({ url: `/strategic-plans/${w.plans.planId}`, headers: worker })).json();
  t.same([after.signedAt, after.revision], [plan.signedAt, plan.revision], '…and records nothing more');
});
