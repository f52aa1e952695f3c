import { html, type Html } from '../../ui/html.js';
import { dataText, dataTextHtml } from '../../ui/data-text.js';
import { planViewerCopy } from '../../ui/plan-viewer-catalogue.js';
import { webCopy } from '../../ui/web-catalogue.js';
import type { PageLanguage } from '../../ui/page-language.js';
import type { DecisionRecord } from './decision-record.js';
import { dateTimeTag } from './format.js';
import { badge, hashCode } from './markup.js';

/** Who decided what, when and on which exact version: the hash ties each decision to the content seen. */
export function decisionsSection(decisions: readonly DecisionRecord[], language: PageLanguage): Html {
  const t = planViewerCopy[language].decisions;
  const newestFirst = [...decisions].sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
  const row = (d: DecisionRecord) => html`<tr>
<th scope="row">${dateTimeTag(d.decidedAt, language)}</th>
<td>${d.personName}</td>
<td>${stepLabel(d, language)}</td>
<td>${t.version(d.version)}<br>${hashCode(d.sha256)}</td>
<td><ul class="plain">${d.items.map((i) => itemOutcome(i, language))}</ul></td>
</tr>`;
  return html`<section aria-labelledby="decisions-heading">
<h2 id="decisions-heading">${t.heading}</h2>
${newestFirst.length === 0 ? html`<p>${t.empty}</p>` : html`<table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.columns.date}</th><th scope="col">${t.columns.person}</th><th scope="col">${t.columns.step}</th><th scope="col">${t.columns.version}</th><th scope="col">${t.columns.outcome}</th></tr></thead>
<tbody>
${newestFirst.map(row)}
</tbody>
</table>`}
</section>`;
}

function itemOutcome(item: DecisionRecord['items'][number], language: PageLanguage): Html {
  const { decisions: t, colon } = planViewerCopy[language];
  const outcome = item.outcome === 'approve' ? badge(t.approve, 'approve') : badge(t.requestChanges, 'changes');
  return html`<li>${itemName(item.item, language)}${colon}${outcome}${item.comment ? html`<blockquote><span class="visually-hidden">${t.comment}${colon}</span>${item.comment}</blockquote>` : ''}</li>`;
}

/** Items are 'plan', an objective number in a scoped review, or an operational objective's code. */
function itemName(key: string, language: PageLanguage): string {
  const t = planViewerCopy[language].decisions;
  if (key === 'plan') return t.wholePlan;
  if (/^\d+$/.test(key)) return t.objective(key);
  // a task's item (the consolidation) is named by its stage; an operational objective by its code
  return webCopy[language].stages[key] ?? key;
}

/**
 * A step as the workflow named it, in the reader's language when it has it (French and Dutch);
 * otherwise (German) the catalogue's name of the stage, and failing that the French, marked so.
 */
function stepLabel(d: DecisionRecord, language: PageLanguage): Html {
  const named = dataText(d.stepName, language);
  const known = webCopy[language].stages[d.step];
  return named.lang !== language && known ? html`${known}` : dataTextHtml(d.stepName, language);
}
