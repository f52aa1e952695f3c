import { randomBytes } from 'node:crypto';
import { freePort } from '@jalon/infra';
import type { Page } from 'playwright-core';
import t from 'tap';
import { launchChromium, screenshot as shot } from '../test-support/chromium.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { SESSION_COOKIE_NAME } from '../test-support/portal-app.js';
import { testKeycloak } from '../test-support/keycloak.js';
import { loginAtProvider } from '../test-support/provider-login.js';

/*
 * Sign-in through a real Keycloak (the realm of infra/keycloak), a realm for the whole file: the login
 * page in Chromium, the checks on the way back, the link between a person and their identity at the
 * provider, and the cycle API with people's access tokens.
 */

t.setTimeout(540_000);
const password = `Jalon-${randomBytes(9).toString('base64url')}`;
const client = { clientId: 'jalon-portal', clientSecret: randomBytes(24).toString('base64url') };
const portalPort = await freePort();
const portalUrl = `http://127.0.0.1:${portalPort}`;
const people = [
  { name: 'Laura Szabo', email: 'corporate@ibz.example', language: 'fr', password },
  { name: 'Directeur DGSP', email: 'dgsp@ibz.example', language: 'fr', password },
  { name: 'Directeur-generaal DVZ', email: 'dvz@ibz.example', language: 'nl', password },
  { name: 'Agent Inconnu', email: 'inconnu@ibz.example', language: 'fr', password },
];
const keycloak = await testKeycloak(t, { portalUrl, ...client, people });
const { issuer } = keycloak;
const w = await cycleWorld(t, { portalPort, portal: { provider: { issuer, ...client, audience: 'jalon' }, accessTokens: { issuer, audience: 'jalon' } } });
const pages = w.portal.pages;
const sessionCookie = (response: { cookies: Array<{ name: string; value: string }> }) => response.cookies.find((c) => SESSION_COOKIE_NAME.test(c.name) && c.value);
/** The provider identities linked to a person, as the plans service keeps them with the people. */
const identitiesOf = async (personId: string) => (await w.plans.db.selectFrom('people').select(['identity_issuer as issuer', 'identity_subject as subject'])
  .where('id', '=', personId).where('identity_issuer', 'is not', null).execute());

t.test('the way back from the provider is checked: a tampered state or sealed attempt opens nothing', async (t) => {
  const tampered = await loginAtProvider(portalUrl, 'corporate@ibz.example', password);
  const forgedState = tampered.path.replace(/([?&]state=)[^&]+/, `$1${randomBytes(24).toString('base64url')}`);
  const refused = await pages.inject({ url: forgedState, headers: { cookie: tampered.portalCookie } });
  t.equal(refused.statusCode, 400, 'a state that is not the one this browser left with');
  t.match(refused.body, /La connexion n’a pas abouti/);
  t.notOk(sessionCookie(refused), 'no session');

  const sealed = await loginAtProvider(portalUrl, 'corporate@ibz.example', password);
  const [name, value] = sealed.portalCookie.split('=') as [string, string];
  const altered = `${name}=${value.slice(0, 20)}${value[20] === 'A' ? 'B' : 'A'}${value.slice(21)}`;
  t.equal((await pages.inject({ url: sealed.path, headers: { cookie: altered } })).statusCode, 400, 'an altered sealed attempt');
  const noCookie = await pages.inject({ url: sealed.path });
  t.equal(noCookie.statusCode, 400, 'a callback this browser did not start (login CSRF)');
  t.notOk(sessionCookie(noCookie));

  const genuine = await pages.inject({ url: sealed.path, headers: { cookie: sealed.portalCookie } });
  t.equal(genuine.statusCode, 303, 'the genuine answer, in the browser that left');
  t.equal(genuine.headers.location, '/dashboard', 'back where the person was going');
  const session = sessionCookie(genuine)!;
  t.match(session, { name: 'jalon_session', httpOnly: true, sameSite: 'Lax' }, 'over http (this test\'s portal), the plain name: browsers refuse __Host- without Secure');
  const dashboard = await pages.inject({ url: '/dashboard', headers: { cookie: `${session.name}=${session.value}` } });
  t.equal(dashboard.statusCode, 200);
  t.match(dashboard.body, /Tableau de bord – Cellule Corporate/);
  t.same((await identitiesOf(w.people.president.id)).map((i) => i.issuer), [keycloak.issuer], 'the subject is linked to the person');
});

t.test('an e-mail the provider has not verified never finds a person', async (t) => {
  await keycloak.addUser({ email: 'cabinet.verlinden@ibz.example', name: 'Faux Cabinet', password, emailVerified: false });
  const login = await loginAtProvider(portalUrl, 'cabinet.verlinden@ibz.example', password);
  const answer = await pages.inject({ url: login.path, headers: { cookie: login.portalCookie } });
  t.equal(answer.statusCode, 403);
  t.match(answer.body, /Vous n’êtes pas connu·e de Jalon/);
  t.match(answer.body, /n’est pas vérifiée/, 'saying why');
  t.notOk(sessionCookie(answer), 'no session');
  t.same(await identitiesOf(w.people.verlinden.id), [], 'and no link to the person who has that address');
  const token = await keycloak.accessToken('cabinet.verlinden@ibz.example', password);
  const api = await w.portal.internal.inject({ url: `/organisations/${w.ORG}/cycle-schedule`, headers: { authorization: `Bearer ${token}` } });
  t.equal(api.statusCode, 401, 'nor through the API');
});

t.test('once linked, the provider\'s subject finds the person after their e-mail changed there', async (t) => {
  const first = await loginAtProvider(portalUrl, 'dvz@ibz.example', password, '/tasks');
  t.equal((await pages.inject({ url: first.path, headers: { cookie: first.portalCookie } })).statusCode, 303);
  const [link] = await identitiesOf(w.people.oe.id);
  t.equal(link?.issuer, keycloak.issuer, 'linked by the verified address the first time');

  await keycloak.changeEmail('dvz@ibz.example', 'dvz.nieuw@ibz.example');
  const again = await loginAtProvider(portalUrl, 'dvz@ibz.example', password, '/tasks');
  const answer = await pages.inject({ url: again.path, headers: { cookie: again.portalCookie } });
  t.equal(answer.statusCode, 303, 'signed in, though Jalon knows no one at the new address');
  const tasks = await pages.inject({ url: '/tasks', headers: { cookie: `${sessionCookie(answer)!.name}=${sessionCookie(answer)!.value}` } });
  t.equal(tasks.statusCode, 200);
  t.match(tasks.body, /Aangemeld: Directeur-generaal DVZ/, 'as the same person, in their language');
  t.same((await identitiesOf(w.people.oe.id)).map((i) => i.subject), [link!.subject], 'through the same link');
});

t.test('the cycle API: x-jalon-actor alone is 401, a person\'s access token is checked against their role', async (t) => {
  // A year no other test launches, and a change that finds no cycle there: the call is judged and
  // answered, but nothing is created on the Temporal server the test files share.
  const url = `/organisations/${w.ORG}/cycles/2098/budget-adoption`;
  const call = (headers: Record<string, string>) => w.portal.internal.inject({ method: 'PUT', url, headers, payload: { adoptedOn: '2097-12-20' } });
  t.equal((await call({ 'x-jalon-actor': w.people.president.id })).statusCode, 401, 'a header naming the President\'s office');
  t.equal((await call({ authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' })).statusCode, 401, 'an unsigned token');
  const office = await keycloak.accessToken('corporate@ibz.example', password);
  const member = await keycloak.accessToken('dgsp@ibz.example', password);
  const refused = await call({ authorization: `Bearer ${member}` });
  t.equal(refused.statusCode, 403, 'a committee member');
  t.match(refused.json().message, /president_office/);
  const allowed = await call({ authorization: `Bearer ${office}` });
  t.equal(allowed.statusCode, 404, 'the President\'s office is let through, to be told there is no cycle 2098');
  t.match(allowed.json().message, /2098/);
  const read = await w.portal.internal.inject({ url: `/organisations/${w.ORG}/cycles/2098`, headers: { authorization: `Bearer ${member}` } });
  t.equal(read.statusCode, 404, 'a member of the organisation may read the cycles (there is none that year)');
});

t.test('in Chromium: Keycloak\'s login page, the dashboard, and signing out of both', async (t) => {
  const browser = await launchChromium(t);
  if (!browser) return;
  const signInAtKeycloak = async (page: Page, username: string) => {
    await page.getByRole('link', { name: 'Se connecter avec le compte de l’organisation' }).click();
    await page.waitForURL((url) => url.origin !== portalUrl);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.locator('#kc-login').click();
  };

  const page = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  await page.goto(`${portalUrl}/dashboard`);
  t.match(page.url(), /\/sign-in\?next=%2Fdashboard$/, 'signed out: the sign-in page');
  await shot(page, 'oidc-01-sign-in');
  await signInAtKeycloak(page, 'corporate@ibz.example');
  await page.getByRole('heading', { name: 'Tableau de bord – Cellule Corporate' }).waitFor();
  t.equal(page.url(), `${portalUrl}/dashboard`, 'signed in at Keycloak, on the dashboard as the President\'s office');
  await shot(page, 'oidc-02-dashboard');
  const sessions = await keycloak.sessionsOf('corporate@ibz.example');
  t.ok(sessions >= 1, 'Keycloak holds a session');
  const kept = (await w.portal.db.selectFrom('sessions').select('sealed_id_token').where('sealed_id_token', 'is not', null).execute()).map((s) => s.sealed_id_token!);
  t.ok(kept.length >= 1 && kept.every((s) => !s.includes('.')), 'the provider\'s ID token is kept sealed, never as the token itself');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByText('Vous êtes déconnecté·e.').waitFor();
  t.match(page.url(), new RegExp(`^${portalUrl}/sign-in\\?signed-out=1$`), 'back on the sign-in page');
  t.equal(await keycloak.sessionsOf('corporate@ibz.example'), sessions - 1, 'Keycloak\'s session of this browser is ended too');
  await page.getByRole('link', { name: 'Se connecter avec le compte de l’organisation' }).click();
  await page.locator('#username').waitFor();
  t.pass('signing in again asks for the password: no session is left at Keycloak');
  await shot(page, 'oidc-03-keycloak-login-after-sign-out');
  await page.goto(`${portalUrl}/dashboard`);
  t.match(page.url(), /\/sign-in\?next=/, 'and none at Jalon');

  const stranger = await (await browser.newContext({ locale: 'fr-BE' })).newPage();
  await stranger.goto(`${portalUrl}/sign-in`);
  await signInAtKeycloak(stranger, 'inconnu@ibz.example');
  await stranger.getByRole('heading', { name: 'Vous n’êtes pas connu·e de Jalon' }).waitFor();
  t.match(await stranger.textContent('main'), /aucune personne de Jalon n’a l’adresse inconnu@ibz\.example/);
  t.match(await stranger.textContent('main'), /service du Président de votre organisation/, 'and whom to ask');
  await shot(stranger, 'oidc-04-unknown-person');
});
