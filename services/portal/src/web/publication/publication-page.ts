import type { LocalizedText, PublishedVersion } from '@jalon/contracts';
import { formatInstant } from '../../ui/catalogue.js';
import { html, type Html } from '../../ui/html.js';
import { layout } from '../../ui/layout.js';
import type { PageLanguage } from '../../ui/page-language.js';
import { publicationCopy } from './publication-catalogue.js';

/** A plan's name as shown, with the language it is written in when that is not the page's (a German reader sees the French title). */
export interface ShownName { text: string; lang: 'fr' | 'nl' | undefined }

/** A version the organisation's publishers (President's office, communicator) may publish: the signed / transmitted one, not yet public. */
export interface Publishable { kind: PublishedVersion['kind']; planId: string; number: number; name: ShownName }

export interface PublicationPageData {
  organisationCode: string;
  organisationName: string;
  published: readonly PublishedVersion[];
  /** present for the organisation's publishers only (President's office, communicator) */
  publisher?: { csrf: string; publishable: readonly Publishable[] } | undefined;
  notice?: string | undefined;
  error?: string | undefined;
}

/** A strategic plan's title in the reader's language, French for German readers (plan data has no German). */
export const titleIn = (title: LocalizedText, language: PageLanguage): ShownName =>
  (language === 'nl' ? { text: title.nl, lang: undefined } : { text: title.fr, lang: language === 'de' ? 'fr' : undefined });

/** How a published version is named on the page: the strategic plan's title, or the operational plan's year. */
export function publishedName(v: Pick<PublishedVersion, 'title' | 'year'>, language: PageLanguage): ShownName {
  if (v.title) return titleIn(v.title, language);
  return { text: publicationCopy[language].operationalPlan(v.year ?? 0), lang: undefined };
}

const named = (name: ShownName) => (name.lang ? html`<span lang="${name.lang}">${name.text}</span>` : html`${name.text}`);

export const fileHref = (org: string, v: Pick<PublishedVersion, 'kind' | 'planId' | 'number'>, file: 'document.pdf' | 'canonical.json') =>
  `/publication/${encodeURIComponent(org)}/${v.kind}/${v.planId}/${v.number}/${file}`;

function publishForms(language: PageLanguage, data: PublicationPageData): Html {
  const t = publicationCopy[language];
  const publisher = data.publisher;
  if (!publisher) return html``;
  return html`<section aria-labelledby="publish-heading">
<h2 id="publish-heading">${t.publishHeading}</h2>
<p>${t.publishIntro}</p>
${publisher.publishable.length === 0 ? html`<p>${t.nothingToPublish}</p>` : html`<ul class="publishable">${publisher.publishable.map((p) => html`<li>
<form method="post" action="/publication/${encodeURIComponent(data.organisationCode)}/${p.kind}/${p.planId}/${p.number}">
<input type="hidden" name="csrf" value="${publisher.csrf}">
<span>${named(p.name)}</span> – <span>${t.versionNumber(p.number)}</span>
<button type="submit">${t.publish}<span class="visually-hidden"> – ${named(p.name)}</span></button>
</form></li>`)}</ul>`}
</section>`;
}

/** The public page: no person is named, only plans, versions, dates, files and their hashes. */
export function publicationPage(language: PageLanguage, data: PublicationPageData): string {
  const t = publicationCopy[language];
  const title = t.title(data.organisationName);
  const rows = data.published.map((v) => {
    const name = publishedName(v, language);
    return html`<tr>
<th scope="row">${named(name)}</th>
<td>${t.versionNumber(v.number)}</td>
<td>${formatInstant(v.publishedAt, language)}</td>
<td><a href="${fileHref(data.organisationCode, v, 'document.pdf')}" type="application/pdf">PDF<span class="visually-hidden"> – ${named(name)}</span></a><br><span class="visually-hidden">${t.sha256} </span><code class="hash" data-sha256="pdf">${v.pdfSha256}</code></td>
<td><a href="${fileHref(data.organisationCode, v, 'canonical.json')}" type="application/json">JSON<span class="visually-hidden"> – ${named(name)}</span></a><br><span class="visually-hidden">${t.sha256} </span><code class="hash" data-sha256="json">${v.sha256}</code></td>
</tr>`;
  });
  return layout(language, title, html`<h1>${title}</h1>
${data.notice ? html`<p class="notice" role="status">${data.notice}</p>` : ''}
${data.error ? html`<div class="error-summary" role="alert"><p>${data.error}</p></div>` : ''}
<p>${t.intro}</p>
<p>${t.howToCheck}</p>
${data.published.length === 0 ? html`<p>${t.none}</p>` : html`<table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.plan}</th><th scope="col">${t.version}</th><th scope="col">${t.publishedOn}</th><th scope="col">${t.document} – ${t.sha256}</th><th scope="col">${t.content} – ${t.sha256}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`}
${publishForms(language, data)}`, true);
}
