import type { Recognition } from '../auth/person-identities.js';
import { appLayout, type PageFrame } from '../ui/app-layout.js';
import { html } from '../ui/html.js';
import { webCopy } from '../ui/web-catalogue.js';

type Unknown = Extract<Recognition, { kind: 'unknown' }>;

/**
 * The provider knows the person, Jalon does not: say so, why, and whom to ask. Signing in with
 * another account first ends the provider's session, or the provider would answer for this one again.
 */
export function unknownPersonPage(frame: PageFrame, who: Unknown, otherAccountUrl: string | undefined): string {
  const t = webCopy[frame.language].provider;
  const why = who.reason === 'unverified-email' ? t.unverified(who.email)
    : who.reason === 'linked-to-another-identity' ? t.linkedElsewhere(who.email)
      : t.unknown(who.email);
  return appLayout(frame, t.unknownTitle, html`<h1>${t.unknownTitle}</h1>
<p>${why}</p>
<p>${t.whomToAsk}</p>
${otherAccountUrl ? html`<p><a href="${otherAccountUrl}">${t.otherAccount}</a></p>` : ''}`);
}

/** The provider's answer could not be checked (forged, replayed, too late, another browser): nothing was opened. */
export function providerFailedPage(frame: PageFrame): string {
  const t = webCopy[frame.language].provider;
  return appLayout(frame, t.failedTitle, html`<h1>${t.failedTitle}</h1><p>${t.failed}</p><p><a href="/sign-in">${t.again}</a></p>`);
}

export function providerUnavailablePage(frame: PageFrame): string {
  const t = webCopy[frame.language].provider;
  return appLayout(frame, t.unavailableTitle, html`<h1>${t.unavailableTitle}</h1><p>${t.unavailable}</p><p><a href="/sign-in">${t.again}</a></p>`);
}
