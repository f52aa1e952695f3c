import { Writable } from 'node:stream';
import t from 'tap';
import { portalLoggerOptions } from '../src/app.js';
import { cycleWorld } from '../test-support/cycle-world.js';
import { csrfOf, formHeaders, SESSION_COOKIE_NAME } from '../test-support/portal-app.js';

type Injected = { headers: Record<string, unknown>; cookies: Array<{ name: string; value: string; httpOnly?: boolean; secure?: boolean; sameSite?: string }> };
const cookieHeader = (...responses: Injected[]) => responses.flatMap((r) => r.cookies.map((c) => `${c.name}=${c.value}`)).join('; ');

/**
 * Sign-in and access to the pages, through inject(): who may see and do what, and what a signed-out
 * person, a forged form or an unknown address gets.
 */
t.test('sign in by e-mail, then only the President\'s office sees the dashboard and acts on it', async (t) => {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  const w = await cycleWorld(t, { portal: { signInRateLimit: 5, logger: { ...portalLoggerOptions(), level: 'info', stream } } });
  const app = w.portal.pages;

  const signedOut = await app.inject({ url: '/dashboard' });
  t.equal(signedOut.statusCode, 303, 'a signed-out person is sent to sign in');
  t.equal(signedOut.headers.location, '/sign-in?next=%2Fdashboard', 'and comes back where they were going');

  /** The sign-in as a browser does it: the form, the e-mail, the confirmation page, its button. */
  async function signIn(email: string) {
    const form = await app.inject({ url: '/sign-in?next=%2Fdashboard' });
    t.match(form.headers['content-security-policy'], /frame-ancestors 'none'/, 'the page has its security headers');
    const pre = cookieHeader(form as unknown as Injected);
    const before = w.notifications.catcher.messages.length;
    const sent = await app.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: pre }, payload: new URLSearchParams({ csrf: csrfOf(form.body), email, next: '/dashboard' }).toString() });
    t.equal(sent.statusCode, 200);
    const [mail] = await w.notifications.catcher.waitFor((m) => m.to.includes(email), { count: 1, timeoutMs: 20_000 });
    t.ok(w.notifications.catcher.messages.length > before);
    const link = mail!.text.match(/https:\/\/jalon\.ibz\.example(\/sign-in\/[A-Za-z0-9_-]+)/)?.[1];
    if (!link) throw new Error(`no sign-in link in ${mail!.text}`);
    const confirm = await app.inject({ url: link });
    t.equal(confirm.statusCode, 200, 'opening the link only shows a button (mail scanners open links)');
    const done = await app.inject({ method: 'POST', url: link, headers: formHeaders, payload: new URLSearchParams({ csrf: csrfOf(confirm.body) }).toString() });
    t.equal(done.statusCode, 303);
    const again = await app.inject({ method: 'POST', url: link, headers: formHeaders, payload: new URLSearchParams({ csrf: csrfOf(confirm.body) }).toString() });
    t.equal(again.statusCode, 404, 'a sign-in link works once');
    const token = link.split('/').pop()!;
    t.ok(lines.some((l) => l.includes('/sign-in/[token]')), 'sign-in requests are logged…');
    t.notOk(lines.some((l) => l.includes(token)), '…without their token');
    return { done, cookie: cookieHeader(done as unknown as Injected) };
  }

  const president = await signIn('corporate@ibz.example');
  t.equal(president.done.headers.location, '/dashboard', 'signed in, the President\'s office goes where it was going');
  const session = (president.done as unknown as Injected).cookies.find((c) => SESSION_COOKIE_NAME.test(c.name))!;
  t.match(session, { httpOnly: true, secure: true, sameSite: 'Lax' }, 'the session cookie is HttpOnly, Secure over HTTPS, SameSite');
  t.match(session, { name: '__Host-jalon_session', path: '/' }, 'behind https, named __Host-: Secure, Path=/ and no Domain, so no other host can plant it');
  t.notOk((session as { domain?: string }).domain, 'no Domain');
  t.match(president.done.headers['strict-transport-security'], /max-age=\d+/, 'and HSTS');
  const dashboard = await app.inject({ url: '/dashboard', headers: { cookie: president.cookie } });
  t.equal(dashboard.statusCode, 200);
  t.match(dashboard.body, /Tableau de bord – Cellule Corporate/, 'in the person\'s language (French)');
  t.match(dashboard.body, /Lancer le cycle/);
  const dutch = await app.inject({ url: '/language/nl?back=%2Fdashboard', headers: { cookie: president.cookie } });
  t.equal(dutch.headers.location, '/dashboard');
  const inDutch = await app.inject({ url: '/dashboard', headers: { cookie: `${president.cookie}; ${cookieHeader(dutch as unknown as Injected)}` } });
  t.match(inDutch.body, /Overzicht – Cel Corporate/, 'the language switch gives the page in Dutch');

  const forged = await app.inject({ method: 'POST', url: '/dashboard/cycles', headers: { ...formHeaders, cookie: president.cookie }, payload: 'year=2031&csrf=forged' });
  t.equal(forged.statusCode, 403, 'a form without the session\'s anti-forgery value is refused');
  t.equal((await w.api('GET', w.cycleUrl(2031))).statusCode, 404, 'and launches nothing');

  const member = await signIn('dgsp@ibz.example');
  const refused = await app.inject({ url: '/dashboard', headers: { cookie: member.cookie } });
  t.equal(refused.statusCode, 403, 'a committee member may not see the dashboard');
  t.match(refused.body, /Accès refusé/);
  const memberTasks = await app.inject({ url: '/tasks', headers: { cookie: member.cookie } });
  const memberLaunch = await app.inject({ method: 'POST', url: '/dashboard/cycles', headers: { ...formHeaders, cookie: member.cookie }, payload: new URLSearchParams({ year: '2031', csrf: csrfOf(memberTasks.body) }).toString() });
  t.equal(memberLaunch.statusCode, 403, 'nor launch a cycle from a form');
  t.equal((await w.api('POST', `/organisations/${w.ORG}/cycles`, w.people.dgsp, { year: 2031 })).statusCode, 403, 'nor through the API');
  t.equal((await w.api('GET', w.cycleUrl(2031))).statusCode, 404, 'nothing was launched');

  const out = await app.inject({ method: 'POST', url: '/sign-out', headers: { ...formHeaders, cookie: member.cookie }, payload: new URLSearchParams({ csrf: csrfOf(memberTasks.body) }).toString() });
  t.equal(out.headers.location, '/sign-in?signed-out=1');
  t.equal((await app.inject({ url: '/tasks', headers: { cookie: member.cookie } })).statusCode, 303, 'after signing out the session no longer works');

  // An unknown address gets the same page and no e-mail; the form is rate limited.
  const form = await app.inject({ url: '/sign-in' });
  const pre = cookieHeader(form as unknown as Injected);
  const count = w.notifications.catcher.messages.length;
  const unknown = await app.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: pre }, payload: new URLSearchParams({ csrf: csrfOf(form.body), email: 'nobody@ibz.example' }).toString() });
  t.equal(unknown.statusCode, 200);
  t.match(unknown.body, /Si cette adresse est connue/, 'the same answer as for a known address');
  await new Promise((r) => setTimeout(r, 500));
  t.equal(w.notifications.catcher.messages.length, count, 'and no e-mail');
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    statuses.push((await app.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: pre }, payload: new URLSearchParams({ csrf: csrfOf(form.body), email: 'nobody@ibz.example' }).toString() })).statusCode);
  }
  t.equal(statuses.at(-1), 429, `sign-in is rate limited (${statuses.join(', ')})`);
});
