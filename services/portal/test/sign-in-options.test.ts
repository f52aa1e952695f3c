import { actor } from '@jalon/plans/test-support/plans-app';
import t from 'tap';
import { cycleWorld } from '../test-support/cycle-world.js';
import { csrfOf, formHeaders, portalApp, SESSION_COOKIE_NAME } from '../test-support/portal-app.js';

type Injected = { cookies: Array<{ name: string; value: string }> };
const cookieHeader = (response: unknown) => (response as Injected).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/* The e-mailed sign-in as an option beside the provider, for the organisations that allow it, and the limit on the e-mails one person receives. */

t.test('one person gets at most SIGN_IN_EMAILS_PER_HOUR sign-in e-mails, however many ask', async (t) => {
  const w = await cycleWorld(t, { portal: { signInEmailsPerHour: 2 } });
  const app = w.portal.pages;
  const form = await app.inject({ url: '/sign-in' });
  const cookie = cookieHeader(form);
  const ask = (email: string, from: string) => app.inject({
    method: 'POST', url: '/sign-in', remoteAddress: from, headers: { ...formHeaders, cookie },
    payload: new URLSearchParams({ csrf: csrfOf(form.body), email }).toString(),
  });
  const answers = [];
  // From four different addresses, so that only the limit per person can stop them.
  for (const from of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) answers.push(await ask('corporate@ibz.example', from));
  t.same(answers.map((a) => a.statusCode), [200, 200, 200, 200], 'every request gets the same answer (nothing tells the limit apart from an unknown address)');
  t.ok(answers.every((a) => /Consultez votre messagerie/.test(a.body)));
  const links = await w.portal.db.selectFrom('sign_in_links').select('person_id').where('person_id', '=', w.people.president.id).execute();
  t.equal(links.length, 2, 'two links were made');
  await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example'), { count: 2, timeoutMs: 20_000 });
  await new Promise((r) => setTimeout(r, 500));
  t.equal(w.mailTo('corporate@ibz.example').length, 2, 'and two e-mails sent');
  await ask('dgsp@ibz.example', '192.0.2.1');
  await w.notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example'), { count: 1, timeoutMs: 20_000 });
  t.pass('another person still gets theirs');
});

t.test('with EMAIL_SIGN_IN off, the sign-in page offers the provider only and the e-mail routes do not exist', async (t) => {
  const portal = await portalApp(t, {
    worker: false, emailSignIn: false,
    // Never reached in this test: the page only links to it.
    provider: { issuer: 'https://login.ibz.example/realms/jalon', clientId: 'jalon-portal', clientSecret: 'secret', audience: 'jalon' },
  });
  const page = await portal.pages.inject({ url: '/sign-in?next=%2Fdashboard' });
  t.equal(page.statusCode, 200);
  t.match(page.body, /href="\/sign-in\/provider\?next=%2Fdashboard"/, 'the provider, carrying where the person was going');
  t.notMatch(page.body, /name="email"/, 'no e-mail form');
  t.match(page.headers['content-security-policy'], /form-action 'self' https:\/\/login\.ibz\.example;/, 'signing out may continue at the provider');
  t.equal((await portal.pages.inject({ method: 'POST', url: '/sign-in', headers: formHeaders, payload: 'email=corporate%40ibz.example' })).statusCode, 404);
  t.equal((await portal.pages.inject({ url: `/sign-in/${'a'.repeat(43)}` })).statusCode, 404);
});

t.test('with EMAIL_SIGN_IN on, a person whose organisation does not allow e-mailed sign-in gets nothing, and the page says the same', async (t) => {
  const w = await cycleWorld(t);
  const app = w.portal.pages;
  const setting = async (emailSignIn: boolean) => {
    const changed = await w.plans.app.inject({ method: 'PATCH', url: `/organisations/${w.ORG}/settings`, headers: actor, payload: { emailSignIn } });
    t.equal(changed.statusCode, 200, `the organisation's administrator sets emailSignIn: ${emailSignIn}`);
  };
  const form = await app.inject({ url: '/sign-in' });
  const ask = (email: string) => app.inject({
    method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: cookieHeader(form) },
    payload: new URLSearchParams({ csrf: csrfOf(form.body), email }).toString(),
  });
  const linksOf = async (personId: string) => (await w.portal.db.selectFrom('sign_in_links').select('id').where('person_id', '=', personId).execute()).length;

  t.equal((await ask('dgsp@ibz.example')).statusCode, 200);
  const [earlier] = await w.notifications.catcher.waitFor((m) => m.to.includes('dgsp@ibz.example'), { count: 1, timeoutMs: 20_000 });
  const earlierLink = earlier!.text.match(/https:\/\/jalon\.ibz\.example(\/sign-in\/[A-Za-z0-9_-]+)/)?.[1];
  t.ok(earlierLink, 'while the SPF Interior allows it (as the reference organisation starts), a link is sent');
  const earlierPage = await app.inject({ url: earlierLink! });
  t.equal(earlierPage.statusCode, 200);

  await setting(false);
  const refused = await ask('corporate@ibz.example');
  const unknown = await ask('nobody@ibz.example');
  t.equal(refused.statusCode, 200);
  t.equal(refused.body, unknown.body, 'the same page as for an address Jalon does not know');
  t.match(refused.body, /Si cette adresse est connue/);
  t.equal(await linksOf(w.people.president.id), 0, 'no link was made');
  await new Promise((r) => setTimeout(r, 500));
  t.same(w.mailTo('corporate@ibz.example'), [], 'and no e-mail sent');

  t.equal((await app.inject({ url: earlierLink! })).statusCode, 404, 'a link sent before no longer opens');
  const used = await app.inject({ method: 'POST', url: earlierLink!, headers: formHeaders, payload: new URLSearchParams({ csrf: csrfOf(earlierPage.body) }).toString() });
  t.equal(used.statusCode, 404, 'nor signs in');
  t.notOk((used as unknown as Injected).cookies.some((c) => SESSION_COOKIE_NAME.test(c.name)), 'no session');

  await setting(true);
  t.equal((await ask('corporate@ibz.example')).statusCode, 200);
  await w.notifications.catcher.waitFor((m) => m.to.includes('corporate@ibz.example'), { count: 1, timeoutMs: 20_000 });
  t.equal(await linksOf(w.people.president.id), 1, 'allowed again: the link is sent');
});
