import { html, type Html } from './html.js';
import { documentFrame } from './layout.js';
import { languageSwitch } from './language-switch.js';
import type { PageLanguage } from './page-language.js';
import { organisationCopy } from '../web/organisation/organisation-catalogue.js';
import { draftingCopy } from '../web/drafting/drafting-catalogue.js';
import { webCopy } from './web-catalogue.js';

export interface PageFrame {
  language: PageLanguage;
  /** the current path, for the language switch to come back to */
  path: string;
  /** the signed-in person, when there is one */
  viewer?: { name: string; isPresidentOffice: boolean; isMinisterCell?: boolean; isOrgAdmin?: boolean; isDrafter?: boolean; isPublisher?: boolean; organisationCode?: string; csrf: string } | undefined;
}

/**
 * The frame of the signed-in pages and the sign-in page: a skip link, the navigation, the language
 * switch (a plain link, it works without script) and sign-out as a form, since it changes state.
 */
export function appLayout(frame: PageFrame, title: string, content: Html): string {
  const t = webCopy[frame.language];
  const v = frame.viewer;
  return documentFrame(frame.language, title, html`<a class="skip-link" href="#content">${t.skip}</a>
<header class="banner app-banner">
<p class="brand"><a href="/">Jalon</a></p>
${v ? html`<nav aria-label="${t.nav.label}"><ul class="nav">
${v.isPresidentOffice ? html`<li><a href="/dashboard"${frame.path.startsWith('/dashboard') ? html` aria-current="page"` : ''}>${t.nav.dashboard}</a></li>` : ''}
<li><a href="/tasks"${frame.path.startsWith('/tasks') ? html` aria-current="page"` : ''}>${t.nav.tasks}</a></li>
${v.isDrafter ? html`<li><a href="/drafting"${frame.path.startsWith('/drafting') ? html` aria-current="page"` : ''}>${draftingCopy[frame.language].drafting.nav}</a></li>` : ''}
<li><a href="/plans"${frame.path.startsWith('/plans') ? html` aria-current="page"` : ''}>${t.nav.plans}</a></li>
${v.isMinisterCell ? html`<li><a href="/signature"${frame.path.startsWith('/signature') ? html` aria-current="page"` : ''}>${t.nav.signature}</a></li>` : ''}
${v.isPublisher && v.organisationCode ? html`<li><a href="/publication/${v.organisationCode}"${frame.path.startsWith('/publication') ? html` aria-current="page"` : ''}>${t.nav.publication}</a></li>` : ''}
${v.isOrgAdmin ? html`<li><a href="/organisation"${frame.path.startsWith('/organisation') ? html` aria-current="page"` : ''}>${organisationCopy[frame.language].nav}</a></li>` : ''}
</ul></nav>` : ''}
<div class="session">
${languageSwitch(frame.language, (l) => `/language/${l}?back=${encodeURIComponent(frame.path)}`)}
${v ? html`<span class="who">${t.nav.signedInAs(v.name)}</span>
<form method="post" action="/sign-out" class="inline"><input type="hidden" name="csrf" value="${v.csrf}"><button type="submit" class="link-button">${t.nav.signOut}</button></form>` : ''}
</div>
</header>
<main id="content" class="app" tabindex="-1">
${content}
</main>`);
}
