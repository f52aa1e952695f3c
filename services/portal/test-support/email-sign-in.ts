import type { CycleWorld } from './cycle-world.js';
import { csrfOf, form, formHeaders, SESSION_COOKIE_NAME } from './portal-app.js';

type WithCookies = { cookies: Array<{ name: string; value: string }> };
const cookieHeader = (response: unknown) => (response as WithCookies).cookies.map((c) => `${c.name}=${c.value}`).join('; ');

/**
 * Signs a person in with the e-mailed link, as a browser does (the form, the e-mail, the
 * confirmation page, its button), and gives the Cookie header of their session.
 */
export async function signInByEmail(w: CycleWorld, email: string): Promise<string> {
  const pages = w.portal.pages;
  const seen = new Set(w.notifications.catcher.messages.map((m) => m.id));
  const page = await pages.inject({ url: '/sign-in' });
  const sent = await pages.inject({ method: 'POST', url: '/sign-in', headers: { ...formHeaders, cookie: cookieHeader(page) }, payload: form({ csrf: csrfOf(page.body), email }) });
  if (sent.statusCode !== 200) throw new Error(`the sign-in form answered ${sent.statusCode}`);
  const [mail] = await w.notifications.catcher.waitFor((m) => !seen.has(m.id) && m.to.includes(email) && /\/sign-in\//.test(m.text), { timeoutMs: 20_000 });
  const link = mail!.text.match(/https?:\/\/[^\s/]+(\/sign-in\/[A-Za-z0-9_-]+)/)?.[1];
  if (!link) throw new Error(`no sign-in link in the e-mail to ${email}`);
  const confirm = await pages.inject({ url: link });
  const done = await pages.inject({ method: 'POST', url: link, headers: formHeaders, payload: form({ csrf: csrfOf(confirm.body) }) });
  const session = (done as unknown as WithCookies).cookies.find((c) => SESSION_COOKIE_NAME.test(c.name) && c.value);
  if (!session) throw new Error(`${email} was not signed in (${done.statusCode})`);
  return `${session.name}=${session.value}`;
}
