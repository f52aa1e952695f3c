/** The `name=value` pairs a response sets, as a Cookie header sends them back. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !/=$/.test(c));

const decodeEntities = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&#x3D;', '=').replaceAll('&#61;', '=');

/**
 * Signs in at the provider the way a browser does, over plain HTTP: leave the portal for the
 * provider, post the provider's login form, and stop at the redirection back to the portal, so a
 * test can look at (or alter) what comes back before the portal sees it.
 */
export async function loginAtProvider(portalUrl: string, username: string, password: string, next = '/dashboard') {
  const leaving = await fetch(`${portalUrl}/sign-in/provider?next=${encodeURIComponent(next)}`, { redirect: 'manual' });
  const toProvider = leaving.headers.get('location');
  if (leaving.status !== 303 || !toProvider) throw new Error(`the portal did not send the browser to the provider (${leaving.status})`);
  const portalCookie = cookiesOf(leaving).join('; ');

  const loginPage = await fetch(toProvider, { redirect: 'manual' });
  const providerCookie = cookiesOf(loginPage).join('; ');
  const html = await loginPage.text();
  const form = /<form\b[^>]*\bid="kc-form-login"[^>]*>/.exec(html)?.[0];
  const action = form && /\baction="([^"]+)"/.exec(form)?.[1];
  if (!action) throw new Error(`no login form on the provider's page (${loginPage.status}): ${html.slice(0, 500)}`);

  const posted = await fetch(decodeEntities(action), {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: providerCookie },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const back = posted.headers.get('location');
  if (posted.status !== 302 || !back) throw new Error(`the provider did not accept the login of ${username} (${posted.status}): ${(await posted.text()).slice(0, 500)}`);
  const callback = new URL(back);
  return { callback, path: `${callback.pathname}${callback.search}`, portalCookie };
}
