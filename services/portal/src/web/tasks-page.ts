import type { AwaitingSignature } from '../cycles/strategic-gateway.js';
import type { DecisionLinkRow } from '../database.js';
import { formatDue, pick } from '../ui/catalogue.js';
import { readerTextHtml } from '../ui/data-text.js';
import { html } from '../ui/html.js';
import type { PageLanguage } from '../ui/page-language.js';
import { webCopy } from '../ui/web-catalogue.js';
import { strategicCopy } from './strategic/strategic-catalogue.js';
import { taskPageOf } from './drafting/task-pages.js';

/** For the Minister's cell: each plan awaiting its signature, its version and SHA-256, and the way to the signature page. */
function toSign(language: PageLanguage, awaiting: readonly AwaitingSignature[]) {
  if (awaiting.length === 0) return '';
  const t = strategicCopy[language];
  return html`<section aria-labelledby="to-sign"><h2 id="to-sign">${t.toSign}</h2>
<ul>${awaiting.map(({ plan, version }) => html`<li><a href="/signature">${t.toSignItem(pick(plan.title, language), version.number)}</a>
<br><span>${t.sha256}</span> <code class="hash">${version.sha256}</code></li>`)}</ul>
</section>`;
}

/**
 * The steps waiting for the signed-in person: a drafting or consolidation task opens its page (where
 * the work is done, and "I have finished"), any other step the same form as its e-mailed link.
 */
export function tasksContent(language: PageLanguage, links: DecisionLinkRow[], awaitingSignature: readonly AwaitingSignature[] = []) {
  const t = webCopy[language].tasks;
  if (links.length === 0) return html`<h1>${t.title}</h1>${toSign(language, awaitingSignature)}${awaitingSignature.length === 0 ? html`<p>${t.none}</p>` : ''}`;
  return html`<h1>${t.title}</h1>
${toSign(language, awaitingSignature)}
<table class="data">
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.step}</th><th scope="col">${t.plan}</th><th scope="col">${t.version}</th><th scope="col">${t.due}</th></tr></thead>
<tbody>
${links.map((l) => html`<tr>
<th scope="row"><a href="${taskPageOf(l) ?? `/tasks/${l.id}`}">${readerTextHtml(l.summary.stepTitle, language)}</a></th>
<td>${readerTextHtml(l.summary.planTitle, language)}</td>
<td>v${l.plan_version} <code title="${l.plan_sha256}">${l.plan_sha256.slice(0, 12)}</code></td>
<td>${l.summary.due ? formatDue(l.summary.due, language) : t.noDue}</td>
</tr>`)}
</tbody>
</table>`;
}
