import type { DecisionLinkRow } from '../database.js';
import { formatDue, pick } from '../ui/catalogue.js';
import { html } from '../ui/html.js';
import type { PageLanguage } from '../ui/page-language.js';
import { webCopy } from '../ui/web-catalogue.js';
import { taskPageOf } from './drafting/task-pages.js';

/**
 * The steps waiting for the signed-in person: a drafting or consolidation task opens its page (where
 * the work is done, and "I have finished"), any other step the same form as its e-mailed link.
 */
export function tasksContent(language: PageLanguage, links: DecisionLinkRow[]) {
  const t = webCopy[language].tasks;
  if (links.length === 0) return html`<h1>${t.title}</h1><p>${t.none}</p>`;
  return html`<h1>${t.title}</h1>
<table class="data">
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.step}</th><th scope="col">${t.plan}</th><th scope="col">${t.version}</th><th scope="col">${t.due}</th></tr></thead>
<tbody>
${links.map((l) => html`<tr>
<th scope="row"><a href="${taskPageOf(l) ?? `/tasks/${l.id}`}">${pick(l.summary.stepTitle, language)}</a></th>
<td>${pick(l.summary.planTitle, language)}</td>
<td>v${l.plan_version} <code title="${l.plan_sha256}">${l.plan_sha256.slice(0, 12)}</code></td>
<td>${l.summary.due ? formatDue(l.summary.due, language) : t.noDue}</td>
</tr>`)}
</tbody>
</table>`;
}
